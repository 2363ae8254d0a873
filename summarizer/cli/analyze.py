"""`summarizer analyze`, `summarize` and `events`: one article (or a JSONL file of them) in,
JSON out. The three differ only in the pipeline task they run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from summarizer._errors import ConfigError, InputError, OutputError, SummarizerError
from summarizer.cli.options import (
    Compact,
    DateOption,
    SharedOptions,
    Source,
    Title,
    fail,
    hint_if_terminal,
    model_command,
)

if TYPE_CHECKING:
    from summarizer.core.inputs import InputRecord
    from summarizer.core.models import Metadata
    from summarizer.core.pipeline import Summarizer
    from summarizer.core.prompts import Task

__all__ = ["COMMAND_TASKS", "closing_line", "task_command", "write_page"]

# The article commands and the pipeline task each runs (`Summarizer.run_task`).
COMMAND_TASKS: dict[str, Task] = {
    "analyze": "analyze",
    "summarize": "summarize",
    "events": "extract_events",
}

_SUMMARIES = {
    "analyze": "Summary, events and entities of one article, as JSON.",
    "summarize": "Headline, summary and key points of one article, as JSON.",
    "events": "Event records and entities of one article, as JSON.",
}


def task_command(name: str) -> Any:
    """The command `name` (one of COMMAND_TASKS), ready for `app.command(name=name)`."""
    task = COMMAND_TASKS[name]

    @model_command
    def command(
        source: Source,
        date: DateOption = None,
        title: Title = None,
        compact: Compact = False,
        html_page: Annotated[
            Optional[Path],
            typer.Option(
                "--html", dir_okay=False, help="Also write the evidence page (see 'view')."
            ),
        ] = None,
        quiet: Annotated[
            bool, typer.Option("--quiet", "-q", help="No closing line (tokens, cost) on stderr.")
        ] = False,
        *,
        shared: SharedOptions,
    ) -> None:
        from summarizer.core.inputs import is_jsonl, read_articles
        from summarizer.core.pipeline import Summarizer

        config = shared.config()
        if html_page is not None and is_jsonl(source):
            raise InputError("--html shows one article; for a JSONL file use batch --html DIR")
        hint_if_terminal([source])
        records = read_articles(source, max_bytes=config.max_input_bytes)
        with shared.exchange():
            summarizer = Summarizer(config)
            if is_jsonl(source):
                failed = _run_lines(summarizer, task, records)
            else:
                article = records[0].article
                assert article is not None  # a single-article source raises instead
                overrides = {"title": title, "date": date.date() if date else None}
                article = article.model_copy(update={k: v for k, v in overrides.items() if v})
                result = summarizer.run_task(task, article)
                typer.echo(result.model_dump_json(indent=None if compact else 2))
                failed = 0
                if html_page is not None:
                    write_page(html_page, result.model_dump(mode="json"), article.text)
                if not quiet:
                    typer.echo(f"summarizer: {closing_line(result.metadata)}", err=True)
        if failed:
            raise fail(f"{failed} of {len(records)} articles failed; see their error lines", 1)

    command.__doc__ = _SUMMARIES[name]
    return command


def _run_lines(summarizer: Summarizer, task: Task, records: list[InputRecord]) -> int:
    """One JSON line per input, a result or an error, in input order; returns the failures."""
    failed = 0
    for record in records:
        line: dict[str, Any] = {"id": record.id}
        try:
            if record.article is None:
                raise InputError(record.error or "unreadable record")
            line["result"] = summarizer.run_task(task, record.article).model_dump(mode="json")
        except (ConfigError, OutputError):
            raise  # the same for every line: stop
        except SummarizerError as exc:  # this line's own failure, a cassette's missing entry too
            line["error"] = str(exc)
            failed += 1
        typer.echo(json.dumps(line, ensure_ascii=False))
    return failed


def closing_line(metadata: Metadata) -> str:
    """ "1 article, 2,345 tokens, $0.0012, 2 attempts (re-asks: figure_kind 1)"."""
    from summarizer.batch.engine import reasks_by_rule
    from summarizer.checks.rules import reasks_line
    from summarizer.core.costs import cost_usd

    usage = metadata.usage
    cost = cost_usd(metadata.model, usage)
    shown = f", ${cost:.4f}" if cost is not None else ""
    counts = reasks_by_rule(metadata)
    reasks = f" ({reasks_line(counts)})" if counts else ""
    dropped = [d for d in metadata.dropped if d.item is not None]
    partial = ""
    if metadata.dropped:
        rules = ", ".join(sorted({d.rule for d in metadata.dropped}))
        partial = f"; partial: {len(dropped)} part(s) dropped ({rules}), see metadata.dropped"
    return (
        f"1 article, {usage.total_tokens:,} tokens{shown}, {metadata.model}, "
        f"{metadata.attempts} attempt{'s' if metadata.attempts != 1 else ''}{reasks}{partial}"
    )


def write_page(path: Path, result: dict[str, Any], text: str) -> None:
    """The evidence page of `result` over `text`, written to `path`."""
    from summarizer.render.evidence_view import ViewError, evidence_page

    try:
        page = evidence_page(result, text)
    except ViewError as exc:
        raise InputError(str(exc)) from None
    path.write_text(page, encoding="utf-8")
    typer.echo(f"summarizer: wrote {path}", err=True)
