"""The `summarizer` command: data to stdout, messages to stderr, one-line errors, exit codes.

Exit codes: 0 success; 1 the model could not give a valid answer (or a cassette did not match);
2 bad usage, input or settings; 73 an output cannot be written (read-only, disk full, another run
writing it); 70 an internal error (a bug: please report it); 130 interrupted.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import json
import logging
import sys
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from ._batch import (
    BatchStats,
    EventsCsv,
    RateGate,
    ResultFiles,
    count_inputs,
    iter_inputs,
    run_batch,
    warm_up,
)
from ._batchapi import MAX_BYTES_PER_FILE, MAX_REQUESTS_PER_FILE
from ._cache import ResultCache
from ._cli_common import (
    BaseUrl,
    Compact,
    DateOption,
    MaxReasks,
    Mode,
    Model,
    Record,
    Replay,
    Source,
    Temperature,
    Timeout,
    Title,
    Verbose,
    articles_of,
    batch_report,
    check_exchange,
    command_settings,
    exchange,
    exit_code,
    fail,
    setup_logging,
)
from ._cli_eval import eval_command
from ._cli_jobs import BatchApiOptions, batch_via_api, jobs_app
from ._errors import (
    AttemptsExhausted,
    ConfigError,
    InputError,
    ModelCallError,
    OutputError,
    SummarizerError,
)
from ._inputs import InputRecord, is_jsonl, read_articles
from ._pipeline import AsyncSummarizer, Summarizer
from ._prompts import Task
from ._schemas import json_schemas, stale_schemas, write_schemas

__all__ = ["app", "main"]

app = typer.Typer(
    name="summarizer",
    help="Grounded summaries and event records from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("summarizer")


def _run(
    task: Task,
    source: str,
    *,
    model: str | None,
    base_url: str | None,
    mode: str | None,
    max_reasks: int | None,
    temperature: float | None,
    date: dt.datetime | None,
    title: str | None,
    record: Path | None,
    replay: Path | None,
    compact: bool,
    verbose: bool,
    timeout: float | None = None,
) -> None:
    setup_logging(verbose)
    check_exchange(record, replay)
    try:
        config = command_settings(replay, model=model, base_url=base_url, mode=mode,
                           max_transport_seconds=timeout,
                           max_reasks=max_reasks, temperature=temperature)  # fmt: skip
        records = read_articles(source, max_bytes=config.max_input_bytes)
        with exchange(record, replay):
            summarizer = Summarizer(config)
            if is_jsonl(source):
                failed = _run_lines(summarizer, task, records)
            else:
                article = records[0].article
                assert article is not None  # a single-article source raises instead
                overrides = {"title": title, "date": date.date() if date else None}
                article = article.model_copy(update={k: v for k, v in overrides.items() if v})
                result = getattr(summarizer, task)(article)
                typer.echo(result.model_dump_json(indent=None if compact else 2))
                failed = 0
    except (InputError, ConfigError) as exc:
        raise fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise fail(str(exc), exit_code(exc)) from None
    if record:
        typer.echo(f"summarizer: recorded {record}", err=True)
    if failed:
        raise fail(f"{failed} of {len(records)} articles failed; see their error lines", 1)


def _run_lines(summarizer: Summarizer, task: Task, records: list[InputRecord]) -> int:
    """One JSON line per input, a result or an error, in input order; returns the failures."""
    failed = 0
    for record in records:
        line: dict[str, Any] = {"id": record.id}
        try:
            if record.article is None:
                raise InputError(record.error or "unreadable record")
            result = getattr(summarizer, task)(record.article)
            line["result"] = result.model_dump(mode="json")
        except (InputError, ModelCallError, AttemptsExhausted) as exc:
            line["error"] = str(exc)
            failed += 1
        typer.echo(json.dumps(line, ensure_ascii=False))
    return failed


def _task_command(name: str, task: Task, summary: str) -> None:
    """Register one article command; the three differ only in the task they run."""

    def command(
        source: Source,
        model: Model = None,
        base_url: BaseUrl = None,
        mode: Mode = None,
        max_reasks: MaxReasks = None,
        temperature: Temperature = None,
        date: DateOption = None,
        title: Title = None,
        record: Record = None,
        replay: Replay = None,
        compact: Compact = False,
        verbose: Verbose = False,
        timeout: Timeout = None,
    ) -> None:
        _run(
            task, source, model=model, base_url=base_url, mode=mode, max_reasks=max_reasks,
            temperature=temperature, date=date, title=title, record=record, replay=replay,
            compact=compact, verbose=verbose, timeout=timeout,
        )  # fmt: skip

    command.__doc__ = summary
    app.command(name=name)(command)


_task_command("analyze", "analyze", "Summary, events and entities of one article, as JSON.")
_task_command("summarize", "summarize", "Headline, summary and key points of one article, as JSON.")
_task_command("events", "extract_events", "Event records and entities of one article, as JSON.")


TaskName = Annotated[
    str, typer.Option("--task", help="analyze, summarize or events.", show_default=True)
]


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, directories, globs, JSONL files, or - for JSONL on stdin."),
    ],
    out: Annotated[Path, typer.Option("--out", help="Results, one JSON line per article.")],
    errors: Annotated[
        Optional[Path], typer.Option(help="Error lines [default: OUT with .errors.jsonl].")
    ] = None,
    events_csv: Annotated[
        Optional[Path], typer.Option("--events-csv", help="Also write one CSV row per event.")
    ] = None,
    task: TaskName = "analyze",
    concurrency: Annotated[int, typer.Option(min=1, max=512, help="Requests in flight.")] = 8,
    rpm: Annotated[Optional[float], typer.Option(help="Requests per minute, at most.")] = None,
    tpm: Annotated[Optional[float], typer.Option(help="Tokens per minute, at most.")] = None,
    max_cost: Annotated[
        Optional[float], typer.Option(help="Start no new article once this many USD are spent.")
    ] = None,
    cache_dir: Annotated[
        Optional[Path], typer.Option(help="Result cache [env: SUMMARIZER_CACHE_DIR].")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor fill the cache.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    via: Annotated[
        str,
        typer.Option(help="live (concurrent requests) or batch-api (the provider's Batch API)."),
    ] = "live",
    reask_via: Annotated[
        str, typer.Option(help="With --via batch-api: re-ask failed answers live or as a batch.")
    ] = "live",
    no_wait: Annotated[
        bool,
        typer.Option("--no-wait", help="With --via batch-api: submit, save the job ids, exit."),
    ] = False,
    poll_interval: Annotated[
        float, typer.Option(min=0, help="With --via batch-api: seconds between status checks.")
    ] = 30.0,
    max_requests_per_file: Annotated[
        int, typer.Option(min=1, help="With --via batch-api: requests per uploaded file, at most.")
    ] = MAX_REQUESTS_PER_FILE,
    max_bytes_per_file: Annotated[
        int, typer.Option(min=1024, help="With --via batch-api: bytes per uploaded file, at most.")
    ] = MAX_BYTES_PER_FILE,
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    max_reasks: MaxReasks = None,
    temperature: Temperature = None,
    record: Record = None,
    replay: Replay = None,
    verbose: Verbose = False,
    timeout: Timeout = None,
) -> None:
    """Analyse many articles concurrently; resumable, cached, every input accounted for.

    With --via batch-api the requests go to the provider's Batch API (half the price, a 24 h
    window): the job ids are saved beside --out, so running the command again resumes collecting
    instead of resubmitting."""
    setup_logging(verbose)
    tasks: dict[str, Task] = {
        "analyze": "analyze", "summarize": "summarize", "events": "extract_events"
    }  # fmt: skip
    if task not in tasks:
        raise fail(f"--task must be one of {', '.join(tasks)}", 2)
    check_exchange(record, replay)
    if via not in ("live", "batch-api") or reask_via not in ("live", "batch-api"):
        raise fail("--via and --reask-via must be live or batch-api", 2)
    if via == "batch-api" and max_cost is not None:
        raise fail("--max-cost applies to live batches (a Batch API job is priced when done)", 2)
    errors = errors or out.with_suffix(".errors.jsonl")
    if {out.resolve(), errors.resolve()} & {Path(i).resolve() for i in inputs if i != "-"}:
        raise fail("--out and --errors must not be among the inputs", 2)
    try:
        config = command_settings(
            replay, model=model, base_url=base_url, mode=mode, max_reasks=max_reasks,
            temperature=temperature, cache_dir=cache_dir, max_transport_seconds=timeout,
        )  # fmt: skip
    except ConfigError as exc:
        raise fail(str(exc), 2) from None
    files = ResultFiles(out, errors)
    csv_file = EventsCsv(events_csv) if events_csv else None
    # replayed answers come from a cassette, not the model: they must not fill the real cache
    # nor may a recording skip the model: --record means every answer is asked for
    cache = None if no_cache or replay or record else ResultCache(config.cache_dir)
    stats = BatchStats()
    if via == "batch-api":
        warm_up(config, tasks[task])  # (a live batch warms up while its first requests are out)
    # What is loaded by now (the libraries, their tables) lives as long as the process: keep
    # the collector from walking it again. A full collection over it stalls the event loop
    # for ~100 ms while answers wait to be read. (The command owns its process; the library
    # functions leave the collector alone.)
    gc.collect()
    gc.freeze()
    started = time.monotonic()
    if via == "batch-api":  # its own client, for the Files and Batches endpoints
        api = BatchApiOptions(reask_via, no_wait, poll_interval, max_requests_per_file,
                               max_bytes_per_file)  # fmt: skip
        batch_via_api(config, tasks[task], inputs, files, csv_file, cache, stats, api, quiet,
                       record, replay)  # fmt: skip
        batch_report(stats, files, max_cost, started, limited=0)
        return
    summarizer = AsyncSummarizer(config, gate=RateGate(rpm, tpm, concurrency))
    total = count_inputs(inputs)

    async def run() -> None:
        records = iter_inputs(inputs, max_bytes=config.max_input_bytes)
        with _progress(total, len(files.finished), quiet) as show:
            async for item in run_batch(
                records, summarizer, task=tasks[task], concurrency=concurrency,
                cache=cache, max_cost=max_cost, skip=files.finished, stats=stats,
            ):  # fmt: skip
                files.write(item)
                if csv_file is not None:
                    csv_file.write(item)
                show(stats)

    try:
        with exchange(record, replay):
            asyncio.run(_closing(summarizer, run()))
    except SummarizerError as exc:
        raise fail(str(exc), exit_code(exc)) from None
    finally:
        files.close()
        if csv_file is not None:
            csv_file.close()
    limited = summarizer.gate.rate_limited_count if isinstance(summarizer.gate, RateGate) else 0
    batch_report(stats, files, max_cost, started, limited)


async def _closing(summarizer: AsyncSummarizer, work: Coroutine[Any, Any, None]) -> None:
    async with summarizer:
        await work


@contextmanager
def _progress(
    total: int | None, finished: int, quiet: bool
) -> Iterator[Callable[[BatchStats], None]]:
    """A progress display on stderr, only for a person watching (a TTY, not --quiet)."""
    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield lambda stats: None
        return
    columns = (
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("failed {task.fields[failed]}"), TextColumn("{task.fields[rate]}/s"),
        TimeRemainingColumn(), TextColumn("{task.fields[tokens]} tok {task.fields[cost]}"),
    )  # fmt: skip
    started = time.monotonic()
    todo = None if total is None else max(total - finished, 0)
    with Progress(*columns, console=console, transient=False) as progress:
        bar = progress.add_task("batch", total=todo, failed=0, rate="0.0", tokens=0, cost="")

        def show(stats: BatchStats) -> None:
            rate = stats.done / max(time.monotonic() - started, 1e-6)
            cost = f"${stats.cost_usd:.4f}" if stats.cost_usd else ""
            progress.update(bar, completed=stats.done, failed=stats.failed, rate=f"{rate:.1f}",
                            tokens=stats.tokens, cost=cost)  # fmt: skip

        yield show


@app.command()
def chat(
    files: Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html, .jsonl).")],
    max_turns: Annotated[int, typer.Option(min=0, help="Earlier questions kept as context.")] = 6,
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    max_reasks: MaxReasks = None,
    temperature: Temperature = None,
    record: Record = None,
    replay: Replay = None,
    verbose: Verbose = False,
) -> None:
    """Ask questions about articles; every answer cites them verbatim, or says they do not say.

    On a terminal: a prompt loop (/help for commands). Otherwise: one question per stdin line,
    one JSON answer per stdout line."""
    from ._chat import ChatSession
    from .chat import run_interactive, run_lines

    setup_logging(verbose)
    check_exchange(record, replay)
    try:
        config = command_settings(replay, model=model, base_url=base_url, mode=mode,
                           max_reasks=max_reasks, temperature=temperature)  # fmt: skip
        articles = articles_of(files, config.max_input_bytes)
        session = ChatSession(articles, Summarizer(config), max_turns=max_turns)
    except (InputError, ConfigError) as exc:
        raise fail(str(exc), 2) from None
    with exchange(record, replay):
        if sys.stdin.isatty():
            run_interactive(session, Console())
            return
        failed = run_lines(session, sys.stdin, sys.stdout)
    if failed:
        raise fail(f"{failed} questions got no answer; see their error lines", 1)


@app.command()
def digest(
    files: Annotated[
        list[str], typer.Argument(help="Reports of one story (.txt, .md, .html, .jsonl).")
    ],
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print a Markdown report instead of JSON.")
    ] = False,
    html_page: Annotated[
        Optional[Path], typer.Option("--html", help="Also write an HTML page with the timeline.")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor fill the cache.")
    ] = False,
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    max_reasks: MaxReasks = None,
    temperature: Temperature = None,
    record: Record = None,
    replay: Replay = None,
    verbose: Verbose = False,
) -> None:
    """Merge several reports of one story into one event set, keeping who said what."""
    from ._digest import digest as make_digest
    from ._digest import to_html, to_markdown

    setup_logging(verbose)
    check_exchange(record, replay)
    try:
        config = command_settings(replay, model=model, base_url=base_url, mode=mode,
                           max_reasks=max_reasks, temperature=temperature)  # fmt: skip
        reports = articles_of(files, config.max_input_bytes)
        if len(reports) < 2:
            raise InputError("a digest needs at least two reports")
        cache = None if no_cache or replay or record else ResultCache(config.cache_dir)
        with exchange(record, replay):
            result = make_digest(reports, Summarizer(config), cache=cache)
    except (InputError, ConfigError) as exc:
        raise fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise fail(str(exc), exit_code(exc)) from None
    typer.echo(to_markdown(result) if markdown else result.model_dump_json(indent=2))
    if html_page is not None:
        html_page.write_text(to_html(result), encoding="utf-8")
        typer.echo(f"summarizer: wrote {html_page}", err=True)


app.command(name="eval")(eval_command)


@app.command()
def schema(
    out: Annotated[
        Optional[Path], typer.Option(help="Write one file per model into this directory.")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 if the files in --out are stale.")
    ] = False,
) -> None:
    """Print the JSON Schemas of the public models, or write them with --out."""
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


app.add_typer(jobs_app, name="jobs")


def main() -> None:
    """Console entry point: no traceback reaches the user."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("summarizer: interrupted", err=True)
        sys.exit(130)
    except OutputError as exc:
        typer.echo(f"summarizer: error: {exc}", err=True)
        sys.exit(73)
    except OSError as exc:  # a file the command writes: read-only, disk full, gone
        where = f" {exc.filename}" if exc.filename else ""
        typer.echo(f"summarizer: error: cannot write{where}: {exc.strerror or exc}", err=True)
        sys.exit(73)
    except Exception as exc:  # a bug: say so in one line rather than dump a traceback
        typer.echo(
            f"summarizer: internal error: {type(exc).__name__}: {exc} (please report this)",
            err=True,
        )
        sys.exit(70)
