"""`summarizer schema`: the JSON Schemas of the public models, printed or kept in files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from summarizer.cli.options import fail

__all__ = ["schema"]


def schema(
    out: Annotated[
        Optional[Path],
        typer.Option(
            "--out", "-o", file_okay=False, help="Write one file per model into this directory."
        ),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 if the files in --out are stale.")
    ] = False,
) -> None:
    """Print the JSON Schemas of the public models, or write them with --out."""
    from summarizer.render.schemas import json_schemas, stale_schemas, write_schemas

    if check:
        if out is None:
            raise fail("--check needs --out DIR", 2)
        stale = stale_schemas(out)
        if stale:
            raise fail(
                f"stale schemas in {out}: {', '.join(stale)}; run: summarizer schema --out {out}", 1
            )
        typer.echo(f"summarizer: schemas in {out} are up to date", err=True)
        return
    if out is None:
        typer.echo(json.dumps(json_schemas(), indent=2, ensure_ascii=False))
        return
    for path in write_schemas(out):
        typer.echo(f"summarizer: wrote {path}", err=True)
