"""`summarizer digest`: several reports of one story merged into one event set."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from summarizer._errors import InputError
from summarizer.cli.options import SharedOptions, articles_of, model_command

__all__ = ["digest"]


@model_command
def digest(
    files: Annotated[
        list[str], typer.Argument(help="Reports of one story (.txt, .md, .html, .jsonl).")
    ],
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print a Markdown report instead of JSON.")
    ] = False,
    html_page: Annotated[
        Optional[Path],
        typer.Option("--html", dir_okay=False, help="Also write an HTML page with the timeline."),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor fill the cache.")
    ] = False,
    *,
    shared: SharedOptions,
) -> None:
    """Merge several reports of one story into one event set, keeping who said what."""
    from summarizer.core.cache import ResultCache
    from summarizer.core.pipeline import Summarizer
    from summarizer.digests.build import digest as make_digest
    from summarizer.render.digest import to_html, to_markdown

    config = shared.config()
    reports = articles_of(files, config.max_input_bytes)
    if len(reports) < 2:
        raise InputError("a digest needs at least two reports")
    cache = None if no_cache or shared.uses_cassette else ResultCache(config.cache_dir)
    with shared.exchange():
        result = make_digest(reports, Summarizer(config), cache=cache)
    typer.echo(to_markdown(result) if markdown else result.model_dump_json(indent=2))
    if html_page is not None:
        html_page.write_text(to_html(result), encoding="utf-8")
        typer.echo(f"summarizer: wrote {html_page}", err=True)
