"""Where a batch's articles come from: files, directories, globs, JSONL files and stdin, streamed
as `InputRecord`s so that a large batch is never held in memory.
"""

from __future__ import annotations

import glob
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from summarizer._errors import InputError
from summarizer.core.inputs import (
    ARTICLE_SUFFIXES,
    InputRecord,
    is_jsonl,
    jsonl_records,
    read_articles,
)
from summarizer.core.models import (
    Article,
)

__all__ = ["count_inputs", "iter_inputs"]


_GLOB_CHARS = re.compile(r"[*?\[]")


def _paths(source: str) -> Iterator[Path] | InputRecord:
    if _GLOB_CHARS.search(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            return InputRecord(id=source, error=f"no file matches {source}")
        return (Path(m) for m in matches if Path(m).is_file())
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        return (p for p in files if p.is_file())
    return iter([path])


def _records_of(path: Path, max_bytes: int) -> Iterator[InputRecord]:
    name = str(path)
    if is_jsonl(name):
        try:
            with path.open("rb") as lines:
                yield from jsonl_records(lines, name, max_bytes=max_bytes)
        except OSError as exc:
            yield InputRecord(id=name, error=f"cannot read {name}: {exc.strerror or exc}")
        return
    try:
        (record,) = read_articles(name, max_bytes=max_bytes)
    except InputError as exc:
        yield InputRecord(id=name, error=str(exc))
        return
    assert record.article is not None
    yield InputRecord(id=name, article=record.article.model_copy(update={"id": name}))


def iter_inputs(sources: Sequence[str], *, max_bytes: int) -> Iterator[InputRecord]:
    """Records from files, directories, globs, JSONL files or stdin ('-', JSONL), lazily."""
    for source in sources:
        if source == "-":
            yield from jsonl_records(sys.stdin.buffer, "stdin", max_bytes=max_bytes)
            continue
        paths = _paths(source)
        if isinstance(paths, InputRecord):
            yield paths
            continue
        for path in paths:
            yield from _records_of(path, max_bytes)


def count_inputs(sources: Sequence[str]) -> int | None:
    """How many records the sources hold, counted cheaply; None when unknowable (stdin)."""
    total = 0
    for source in sources:
        if source == "-":
            return None
        paths = _paths(source)
        if isinstance(paths, InputRecord):
            total += 1
            continue
        for path in paths:
            if is_jsonl(str(path)):
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def as_records(articles: Iterable[InputRecord | Article | str]) -> Iterator[InputRecord]:
    for number, item in enumerate(articles, start=1):
        if isinstance(item, InputRecord):
            yield item
        elif isinstance(item, Article):
            yield InputRecord(id=item.id or str(number), article=item)
        else:
            yield InputRecord(id=str(number), article=Article(text=item, id=str(number)))
