"""`summarizer analyze`, `summarize` and `events`: one article (or a JSONL file of them) in,
JSON out. The three differ only in the pipeline task they run."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import typer

from summarizer._errors import AttemptsExhausted, InputError, ModelCallError
from summarizer.cli.options import (
    Compact,
    DateOption,
    SharedOptions,
    Source,
    Title,
    fail,
    model_command,
)

if TYPE_CHECKING:
    from summarizer.core.inputs import InputRecord
    from summarizer.core.pipeline import Summarizer
    from summarizer.core.prompts import Task

__all__ = ["COMMAND_TASKS", "task_command"]

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
        *,
        shared: SharedOptions,
    ) -> None:
        from summarizer.core.inputs import is_jsonl, read_articles
        from summarizer.core.pipeline import Summarizer

        config = shared.config()
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
        except (InputError, ModelCallError, AttemptsExhausted) as exc:
            line["error"] = str(exc)
            failed += 1
        typer.echo(json.dumps(line, ensure_ascii=False))
    return failed
