"""What the command modules share: option types, one-line errors, cassettes, settings, logging."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ._batch import (
    BatchStats,
    ResultFiles,
    reasks_line,
)
from ._cassettes import cassette
from ._config import Config, load_config
from ._errors import (
    ConfigError,
    InputError,
    OutputError,
    SummarizerError,
)
from ._inputs import read_articles
from ._models import Article
from ._redact import scrub

log = logging.getLogger("summarizer")

# A replayed exchange needs no credentials; the SDK still wants a key-shaped value.
_REPLAY_KEY = "replay-no-key-needed"

Source = Annotated[
    str, typer.Argument(help="Article file (.txt, .md, .html, .jsonl), or - for stdin.")
]
Model = Annotated[Optional[str], typer.Option(help="Model name [env: SUMMARIZER_MODEL].")]
BaseUrl = Annotated[
    Optional[str], typer.Option(help="OpenAI-compatible endpoint [env: OPENAI_BASE_URL].")
]
Mode = Annotated[
    Optional[str],
    typer.Option(
        help="Structured-output mode: auto (the default: the first the server accepts, "
        "remembered per base URL), tools, json_schema, json, md_json [env: SUMMARIZER_MODE]."
    ),
]
MaxReasks = Annotated[Optional[int], typer.Option(help="Re-asks after a failed validation.")]
Temperature = Annotated[Optional[float], typer.Option(help="Sampling temperature.")]
Timeout = Annotated[
    Optional[float],
    typer.Option(
        "--timeout",
        min=0.1,
        help="Seconds one model call may take, retries included; each request gets what is "
        "left [env: SUMMARIZER_MAX_TRANSPORT_SECONDS, default 300].",
    ),
]
DateOption = Annotated[
    Optional[dt.datetime],
    typer.Option("--date", formats=["%Y-%m-%d"], help="Publication date, to resolve 'Monday'."),
]
Title = Annotated[Optional[str], typer.Option(help="Article title, if not in the text.")]
Record = Annotated[
    Optional[Path], typer.Option(help="Record the HTTP exchange to this cassette file.")
]
Replay = Annotated[
    Optional[Path], typer.Option(help="Replay this cassette instead of calling the model.")
]
Compact = Annotated[bool, typer.Option("--compact", help="One line of JSON instead of indented.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Log requests and retries.")]


def exit_code(exc: SummarizerError) -> int:
    """The documented exit code for an error: 2 usage, input or settings; 73 an output that
    cannot be written; 1 any other failure."""
    if isinstance(exc, OutputError):
        return 73
    return 2 if isinstance(exc, InputError | ConfigError) else 1


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"summarizer: error: {scrub(message)}", err=True)
    return typer.Exit(code)


def check_exchange(record: Path | None, replay: Path | None) -> None:
    if record and replay:
        raise fail("use --record or --replay, not both", 2)


@contextmanager
def exchange(record: Path | None, replay: Path | None) -> Iterator[None]:
    """Within this block, HTTP exchanges are replayed from or recorded to a cassette, if asked."""
    if replay:
        with cassette(replay, "replay"):
            yield
    elif record:
        with cassette(record, "record"):
            yield
    else:
        yield


def command_settings(replay: Path | None, **settings: Any) -> Config:
    """Settings from options and environment; a replay needs no key, so it gets a stand-in."""
    config = load_config(**settings)
    return load_config(config, api_key=_REPLAY_KEY) if replay and config.api_key is None else config


def articles_of(files: list[str], max_bytes: int) -> list[Article]:
    """Every article in `files`; any that cannot be read is an input error."""
    articles = []
    for source in files:
        for record in read_articles(source, max_bytes=max_bytes):
            if record.article is None:
                raise InputError(record.error or f"cannot read {source}")
            articles.append(record.article)
    return articles


def setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("summarizer: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.DEBUG if verbose else logging.WARNING)
    log.propagate = False
    # instructor logs, at ERROR, failures that this command reports itself in one line.
    quiet = logging.getLogger("instructor")
    quiet.handlers[:] = [handler] if verbose else [logging.NullHandler()]
    quiet.setLevel(logging.DEBUG if verbose else logging.CRITICAL)
    quiet.propagate = False


def batch_report(
    stats: BatchStats, files: ResultFiles, max_cost: float | None, started: float, limited: int
) -> None:
    """The closing line on stderr, and the exit code: 1 when any input failed."""
    elapsed = time.monotonic() - started
    cost = f", ${stats.cost_usd:.4f}" if stats.cost_usd else ""
    cost += f", {limited} rate-limited answers (429)" if limited else ""
    cost += f", {reasks_line(stats.reasks)}" if stats.reasks else ""
    skipped = f", {len(files.finished)} already done" if files.finished else ""
    typer.echo(
        f"summarizer: {stats.done} processed ({stats.cached} from cache{skipped}), "
        f"{stats.failed} failed, {stats.tokens} tokens{cost}, {elapsed:.1f} s",
        err=True,
    )
    if stats.budget_reached:
        typer.echo(
            f"summarizer: the ${max_cost} budget was reached; run again to continue", err=True
        )
    if stats.failed:
        raise fail(f"{stats.failed} of {stats.done} articles failed; see {files.errors}", 1)
