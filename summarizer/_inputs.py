"""Reading articles from files and stdin, with one-line errors for what cannot be read."""

from __future__ import annotations

import sys
from pathlib import Path

from ._errors import InputError

__all__ = ["read_text"]


def read_text(source: str) -> str:
    """The text of file `source`, or of stdin when it is '-'."""
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"no such file: {source}")
        if path.is_dir():
            raise InputError(f"{source} is a directory, not an article file")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
        name = source
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{name} is empty")
    return text
