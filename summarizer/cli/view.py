"""`summarizer view`: a result and its article as one evidence page (self-contained HTML)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from summarizer._errors import InputError
from summarizer.cli.options import fail

__all__ = ["view"]


def view(
    result: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="A result: the JSON that analyze, summarize or events print, or a file of "
            "batch result lines (then give --id).",
        ),
    ],
    article: Annotated[
        Path,
        typer.Option(
            "--article",
            exists=True,
            dir_okay=False,
            help="The article the result was made from (.txt, .md, .html, .jsonl).",
        ),
    ],
    out: Annotated[
        Optional[Path],
        typer.Option("--out", "-o", dir_okay=False, help="Write the page here [default: stdout]."),
    ] = None,
    item: Annotated[
        Optional[str], typer.Option("--id", help="Which line of a batch results file.")
    ] = None,
) -> None:
    """Show a result against its article: every evidence span marked, the summary, the events
    as cards and a timeline, in one HTML file that needs no network."""
    from summarizer.core.inputs import read_articles
    from summarizer.render.evidence_view import ViewError, evidence_page

    try:
        found, wanted = _result_of(result, item)
        records = read_articles(str(article))
        chosen = [r for r in records if wanted is None or r.id == wanted] or records[:1]
        if chosen[0].article is None:
            raise InputError(chosen[0].error or f"cannot read {article}")
        page = evidence_page(found, chosen[0].article.text)
    except (InputError, ViewError) as exc:
        raise fail(str(exc), 2) from None
    if out is None:
        typer.echo(page)
        return
    out.write_text(page, encoding="utf-8")
    typer.echo(f"summarizer: wrote {out}", err=True)


def _result_of(path: Path, item: str | None) -> tuple[dict[str, Any], str | None]:
    """The result in `path` (a result's JSON, or batch result lines and the one `item` names),
    and the input id it belongs to, if known."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        whole = json.loads(text)
        lines = [whole]
    except ValueError:
        try:
            lines = [json.loads(line) for line in text.splitlines() if line.strip()]
        except ValueError:
            raise InputError(f"{path} holds neither a result's JSON nor result lines") from None
    if not lines or not all(isinstance(line, dict) for line in lines):
        raise InputError(f"{path} holds no result")
    batch = [line for line in lines if "result" in line and "id" in line]
    if batch:
        picked = [line for line in batch if item is None or line["id"] == item]
        if item is None and len(batch) > 1:
            raise InputError(f"{path} holds {len(batch)} results; choose one with --id")
        if not picked:
            raise InputError(f"{path} has no result with id {item!r}")
        return _checked(picked[0]["result"], path), str(picked[0]["id"])
    if not any(key in lines[0] for key in ("summary", "events")):
        raise InputError(f"{path} is not a result of analyze, summarize or events")
    return _checked(lines[0], path), item


def _checked(result: Any, path: Path) -> dict[str, Any]:
    """`result` if it has a result's shape and types (offsets whole numbers from 0, ...); the
    page is built from nothing else."""
    from pydantic import ValidationError

    from summarizer.core.models import AnalysisBody, EventsBody, SummaryBody

    if not isinstance(result, dict):
        raise InputError(f"{path} holds no result")
    has_summary, has_events = "summary" in result, "events" in result
    body = (
        AnalysisBody if has_summary and has_events else SummaryBody if has_summary else EventsBody
    )
    try:
        body.model_validate(result)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(f"{path} is not a valid result: {where}: {first['msg']}") from None
    return result
