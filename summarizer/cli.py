"""The `summarizer` command: data to stdout, messages to stderr, one-line errors, exit codes.

Exit codes: 0 success; 1 the model could not give a valid answer (or a cassette did not match);
2 bad usage, input or settings; 70 an internal error (a bug: please report it); 130 interrupted.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Optional

import openai
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ._batch import (
    BatchItem,
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
from ._cassettes import cassette
from ._client import make_openai_client, translate_call_error
from ._config import Config, load_config
from ._errors import (
    AttemptsExhausted,
    ConfigError,
    InputError,
    ModelCallError,
    SummarizerError,
)
from ._inputs import InputRecord, is_jsonl, read_articles
from ._models import Article
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
    typer.Option(help="instructor mode: tools, json_schema, json, md_json [env: SUMMARIZER_MODE]."),
]
MaxReasks = Annotated[Optional[int], typer.Option(help="Re-asks after a failed validation.")]
Temperature = Annotated[Optional[float], typer.Option(help="Sampling temperature.")]
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


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"summarizer: error: {message}", err=True)
    return typer.Exit(code)


def _check_exchange(record: Path | None, replay: Path | None) -> None:
    if record and replay:
        raise _fail("use --record or --replay, not both", 2)


@contextmanager
def _exchange(record: Path | None, replay: Path | None) -> Iterator[None]:
    """Within this block, HTTP exchanges are replayed from or recorded to a cassette, if asked."""
    if replay:
        with cassette(replay, "replay"):
            yield
    elif record:
        with cassette(record, "record"):
            yield
    else:
        yield


def _settings(replay: Path | None, **settings: Any) -> Config:
    """Settings from options and environment; a replay needs no key, so it gets a stand-in."""
    config = load_config(**settings)
    return load_config(config, api_key=_REPLAY_KEY) if replay and config.api_key is None else config


def _articles(files: list[str], max_bytes: int) -> list[Article]:
    """Every article in `files`; any that cannot be read is an input error."""
    articles = []
    for source in files:
        for record in read_articles(source, max_bytes=max_bytes):
            if record.article is None:
                raise InputError(record.error or f"cannot read {source}")
            articles.append(record.article)
    return articles


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
) -> None:
    _setup_logging(verbose)
    _check_exchange(record, replay)
    try:
        config = _settings(replay, model=model, base_url=base_url, mode=mode,
                           max_reasks=max_reasks, temperature=temperature)  # fmt: skip
        records = read_articles(source, max_bytes=config.max_input_bytes)
        with _exchange(record, replay):
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
        raise _fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise _fail(str(exc), 1) from None
    if record:
        typer.echo(f"summarizer: recorded {record}", err=True)
    if failed:
        raise _fail(f"{failed} of {len(records)} articles failed; see their error lines", 1)


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
    ) -> None:
        _run(
            task, source, model=model, base_url=base_url, mode=mode, max_reasks=max_reasks,
            temperature=temperature, date=date, title=title, record=record, replay=replay,
            compact=compact, verbose=verbose,
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
) -> None:
    """Analyse many articles concurrently; resumable, cached, every input accounted for.

    With --via batch-api the requests go to the provider's Batch API (half the price, a 24 h
    window): the job ids are saved beside --out, so running the command again resumes collecting
    instead of resubmitting."""
    _setup_logging(verbose)
    tasks: dict[str, Task] = {
        "analyze": "analyze", "summarize": "summarize", "events": "extract_events"
    }  # fmt: skip
    if task not in tasks:
        raise _fail(f"--task must be one of {', '.join(tasks)}", 2)
    _check_exchange(record, replay)
    if via not in ("live", "batch-api") or reask_via not in ("live", "batch-api"):
        raise _fail("--via and --reask-via must be live or batch-api", 2)
    if via == "batch-api" and max_cost is not None:
        raise _fail("--max-cost applies to live batches (a Batch API job is priced when done)", 2)
    errors = errors or out.with_suffix(".errors.jsonl")
    if {out.resolve(), errors.resolve()} & {Path(i).resolve() for i in inputs if i != "-"}:
        raise _fail("--out and --errors must not be among the inputs", 2)
    try:
        config = _settings(replay, model=model, base_url=base_url, mode=mode, max_reasks=max_reasks,
                           temperature=temperature, cache_dir=cache_dir)  # fmt: skip
        summarizer = AsyncSummarizer(config, gate=RateGate(rpm, tpm, concurrency))
    except ConfigError as exc:
        raise _fail(str(exc), 2) from None
    files = ResultFiles(out, errors)
    csv_file = EventsCsv(events_csv) if events_csv else None
    # replayed answers come from a cassette, not the model: they must not fill the real cache
    cache = None if no_cache or replay else ResultCache(config.cache_dir)
    stats = BatchStats()
    total = count_inputs(inputs)
    warm_up(config, tasks[task])
    started = time.monotonic()
    if via == "batch-api":
        api = _BatchApiOptions(reask_via, no_wait, poll_interval, max_requests_per_file,
                               max_bytes_per_file)  # fmt: skip
        _batch_via_api(config, tasks[task], inputs, files, csv_file, cache, stats, api, quiet,
                       record, replay)  # fmt: skip
        _batch_report(stats, files, max_cost, started, limited=0)
        return

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
        with _exchange(record, replay):
            asyncio.run(_closing(summarizer, run()))
    except SummarizerError as exc:
        raise _fail(str(exc), 1) from None
    finally:
        files.close()
        if csv_file is not None:
            csv_file.close()
    limited = summarizer.gate.rate_limited_count if isinstance(summarizer.gate, RateGate) else 0
    _batch_report(stats, files, max_cost, started, limited)


def _batch_report(
    stats: BatchStats, files: ResultFiles, max_cost: float | None, started: float, limited: int
) -> None:
    """The closing line on stderr, and the exit code: 1 when any input failed."""
    elapsed = time.monotonic() - started
    cost = f", ${stats.cost_usd:.4f}" if stats.cost_usd else ""
    cost += f", {limited} rate-limited answers (429)" if limited else ""
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
        raise _fail(f"{stats.failed} of {stats.done} articles failed; see {files.errors}", 1)


@dataclass(frozen=True)
class _BatchApiOptions:
    reask_via: str
    no_wait: bool
    poll_interval: float
    max_requests: int
    max_bytes: int
    new: bool = True  # submit inputs not yet in flight (`jobs collect` only collects)


def _batch_via_api(
    config: Config, task: Task, inputs: list[str], files: ResultFiles, csv_file: EventsCsv | None,
    cache: ResultCache | None, stats: BatchStats, options: _BatchApiOptions, quiet: bool,
    record: Path | None, replay: Path | None,
) -> None:  # fmt: skip
    """`batch --via batch-api` (and `jobs collect`): submit, then poll and collect until done."""
    from ._batchapi import BatchApiRun

    def write(item: BatchItem) -> None:
        files.write(item)
        if csv_file is not None:
            csv_file.write(item)
        stats.add(item)

    try:
        with _exchange(record, replay), _jobs_progress(quiet) as report:
            run = BatchApiRun(
                config, task, files.out, cache=cache, max_requests=options.max_requests,
                max_bytes=options.max_bytes, reask_via=options.reask_via,  # type: ignore[arg-type]
            )  # fmt: skip
            if not run.state.inputs:  # ids are the inputs as given, so keep them as given
                run.state.inputs, run.state.directory = inputs, os.getcwd()
            records = iter_inputs(inputs, max_bytes=config.max_input_bytes)
            run.run(records, files.finished, write, wait=not options.no_wait, new=options.new,
                    poll_interval=options.poll_interval, on_poll=report)  # fmt: skip
    except InputError as exc:
        raise _fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise _fail(str(exc), 1) from None
    finally:
        files.close()
        if csv_file is not None:
            csv_file.close()
    if options.no_wait and run.state.unfinished:
        ids = ", ".join(j.id for j in run.state.unfinished)
        typer.echo(f"summarizer: submitted {ids}; saved in {run.path}; run the same command "
                   f"(or summarizer jobs collect {files.out}) to collect", err=True)  # fmt: skip


@contextmanager
def _jobs_progress(quiet: bool) -> Iterator[Callable[[list[Any]], None]]:
    """Batch API jobs on stderr: a bar of requests done for a terminal, else one line a poll."""
    from ._batchapi import TERMINAL

    console = Console(stderr=True)
    if quiet:
        yield lambda jobs: None
        return
    if not console.is_terminal:

        def line(jobs: list[Any]) -> None:
            running = [j for j in jobs if j.status not in TERMINAL]
            if running:
                done, total = sum(j.done for j in running), sum(j.requests for j in running)
                statuses = ", ".join(sorted({j.status for j in running}))
                typer.echo(f"summarizer: {len(running)} batch jobs running, {done}/{total} "
                           f"requests done ({statuses})", err=True)  # fmt: skip

        yield line
        return
    columns = (TextColumn("[bold]batch api"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[status]}"), TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=console) as progress:
        bar = progress.add_task("jobs", total=None, status="submitting")

        def show(jobs: list[Any]) -> None:
            statuses = ", ".join(sorted({j.status for j in jobs})) or "collected"
            progress.update(bar, total=sum(j.requests for j in jobs) or None,
                            completed=sum(j.done for j in jobs),
                            status=f"{len(jobs)} jobs: {statuses}")  # fmt: skip

        yield show


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


jobs_app = typer.Typer(
    help="Batch API jobs of `batch --via batch-api`: list, status, cancel, collect.",
    no_args_is_help=True,
)
app.add_typer(jobs_app, name="jobs")
Out = Annotated[Path, typer.Argument(help="The --out file the jobs were submitted for.")]
AsJson = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]


def _jobs_run(out: Path, base_url: str | None, replay: Path | None) -> Any:
    """The Batch API run recorded beside `out`, with the model and task it was submitted for."""
    from ._batchapi import BatchApiRun, JobsState, jobs_file_for

    state = JobsState.load(jobs_file_for(out))
    if state is None:
        raise InputError(f"no Batch API jobs recorded for {out} ({jobs_file_for(out)} not found)")
    config = _settings(replay, base_url=base_url, model=state.model)
    return BatchApiRun(config, state.task, out, cache=None)  # type: ignore[arg-type]


def _show_jobs(jobs: list[Any], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps([j.model_dump(mode="json") for j in jobs], indent=2))
        return
    from rich.table import Table

    table = Table()
    for name in ("job", "round", "requests", "status", "collected"):
        table.add_column(name, justify="right" if name in ("round", "requests") else "left")
    for job in jobs:
        table.add_row(job.id, str(job.round), str(job.requests), job.status,
                      "yes" if job.collected else "no")  # fmt: skip
    Console().print(table)


@jobs_app.command("list")
def jobs_list(
    out: Annotated[
        Optional[Path],
        typer.Argument(help="Its jobs; without it, the provider's most recent batches."),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=100, help="Batches to list.")] = 20,
    as_json: AsJson = False,
    base_url: BaseUrl = None,
    record: Record = None,
    replay: Replay = None,
) -> None:
    """The jobs recorded beside OUT, or the provider's recent batches."""
    from ._batchapi import JobsState, jobs_file_for

    _check_exchange(record, replay)
    try:
        if out is not None:
            state = JobsState.load(jobs_file_for(out))
            if state is None:
                raise InputError(f"no Batch API jobs recorded for {out}")
            _show_jobs(state.jobs, as_json)
            return
        config = _settings(replay, base_url=base_url)
        with _exchange(record, replay):
            client = make_openai_client(config, is_async=False)
            batches = list(client.batches.list(limit=limit).data)  # type: ignore[union-attr]
    except (InputError, ConfigError) as exc:
        raise _fail(str(exc), 2) from None
    except openai.OpenAIError as exc:
        raise _fail(str(translate_call_error(exc)), 1) from None
    from ._batchapi import Job

    jobs = [Job(id=b.id, input_file_id=b.input_file_id, round=0,
                requests=b.request_counts.total if b.request_counts else 0, status=b.status)
            for b in batches]  # fmt: skip
    _show_jobs(jobs, as_json)


@jobs_app.command("status")
def jobs_status(
    out: Out, as_json: AsJson = False, base_url: BaseUrl = None, record: Record = None,
    replay: Replay = None,
) -> None:  # fmt: skip
    """Ask the provider how the jobs of OUT are doing."""
    _check_exchange(record, replay)
    try:
        with _exchange(record, replay):
            run = _jobs_run(out, base_url, replay)
            run.poll()
    except (InputError, ConfigError) as exc:
        raise _fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise _fail(str(exc), 1) from None
    _show_jobs(run.state.jobs, as_json)


@jobs_app.command("cancel")
def jobs_cancel(
    out: Out, base_url: BaseUrl = None, record: Record = None, replay: Replay = None
) -> None:
    """Cancel the jobs of OUT still running (what they finished can still be collected)."""
    _check_exchange(record, replay)
    try:
        with _exchange(record, replay):
            cancelled = _jobs_run(out, base_url, replay).cancel()
    except (InputError, ConfigError) as exc:
        raise _fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise _fail(str(exc), 1) from None
    for job in cancelled:
        typer.echo(f"summarizer: {job.id} {job.status}", err=True)
    if not cancelled:
        typer.echo("summarizer: no job is running", err=True)


@jobs_app.command("collect")
def jobs_collect(
    out: Out,
    errors: Annotated[
        Optional[Path], typer.Option(help="Error lines [default: OUT with .errors.jsonl].")
    ] = None,
    events_csv: Annotated[
        Optional[Path], typer.Option("--events-csv", help="Also write one CSV row per event.")
    ] = None,
    reask_via: Annotated[
        str, typer.Option(help="Re-ask failed answers live or batch-api.")
    ] = "live",
    poll_interval: Annotated[float, typer.Option(min=0, help="Seconds between checks.")] = 30.0,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not fill the cache.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress messages.")] = False,
    base_url: BaseUrl = None,
    record: Record = None,
    replay: Replay = None,
    verbose: Verbose = False,
) -> None:
    """Wait for the jobs of OUT and collect them (the inputs are read again from where they
    were); the same as running the `batch --via batch-api` command again."""
    from ._batchapi import JobsState, jobs_file_for

    _setup_logging(verbose)
    _check_exchange(record, replay)
    state = JobsState.load(jobs_file_for(out))
    if state is None:
        raise _fail(f"no Batch API jobs recorded for {out} ({jobs_file_for(out)} not found)", 2)
    try:
        config = _settings(replay, base_url=base_url, model=state.model)
    except ConfigError as exc:
        raise _fail(str(exc), 2) from None
    files = ResultFiles(out.resolve(), (errors or out.with_suffix(".errors.jsonl")).resolve())
    csv_file = EventsCsv(events_csv.resolve()) if events_csv else None
    cache = None if no_cache or replay else ResultCache(config.cache_dir)
    stats, started = BatchStats(), time.monotonic()
    options = _BatchApiOptions(
        reask_via, False, poll_interval, MAX_REQUESTS_PER_FILE, MAX_BYTES_PER_FILE, new=False
    )
    record, replay = (p.resolve() if p else None for p in (record, replay))
    if state.directory:  # the inputs are read as they were given, from where they were given
        if not Path(state.directory).is_dir():
            raise _fail(f"the inputs' directory {state.directory} no longer exists", 2)
        os.chdir(state.directory)
    _batch_via_api(config, state.task, state.inputs, files, csv_file, cache, stats,  # type: ignore[arg-type]
                   options, quiet, record, replay)  # fmt: skip
    _batch_report(stats, files, None, started, limited=0)


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

    _setup_logging(verbose)
    _check_exchange(record, replay)
    try:
        config = _settings(replay, model=model, base_url=base_url, mode=mode,
                           max_reasks=max_reasks, temperature=temperature)  # fmt: skip
        articles = _articles(files, config.max_input_bytes)
        session = ChatSession(articles, Summarizer(config), max_turns=max_turns)
    except (InputError, ConfigError) as exc:
        raise _fail(str(exc), 2) from None
    with _exchange(record, replay):
        if sys.stdin.isatty():
            run_interactive(session, Console())
            return
        failed = run_lines(session, sys.stdin, sys.stdout)
    if failed:
        raise _fail(f"{failed} questions got no answer; see their error lines", 1)


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

    _setup_logging(verbose)
    _check_exchange(record, replay)
    try:
        config = _settings(replay, model=model, base_url=base_url, mode=mode,
                           max_reasks=max_reasks, temperature=temperature)  # fmt: skip
        reports = _articles(files, config.max_input_bytes)
        if len(reports) < 2:
            raise InputError("a digest needs at least two reports")
        cache = None if no_cache or replay or record else ResultCache(config.cache_dir)
        with _exchange(record, replay):
            result = make_digest(reports, Summarizer(config), cache=cache)
    except (InputError, ConfigError) as exc:
        raise _fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise _fail(str(exc), 1) from None
    typer.echo(to_markdown(result) if markdown else result.model_dump_json(indent=2))
    if html_page is not None:
        html_page.write_text(to_html(result), encoding="utf-8")
        typer.echo(f"summarizer: wrote {html_page}", err=True)


@app.command(name="eval")
def eval_command(
    gold: Annotated[
        Path, typer.Argument(help="Gold file: JSONL in this project's format, or PLOVER records.")
    ],
    results: Annotated[
        Optional[Path],
        typer.Option(help="Score this results JSONL (from batch or --out) instead of a run."),
    ] = None,
    compare: Annotated[
        Optional[tuple[Path, Path]],
        typer.Option(help="Show what differs between two results files, per article and field."),
    ] = None,
    out: Annotated[
        Optional[Path], typer.Option(help="Also write the run's results here, one line each.")
    ] = None,
    baseline: Annotated[
        Optional[Path], typer.Option(help="Exit 1 when a score falls below this baseline.")
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Write the scores to --baseline instead.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="A JSON report instead of tables.")
    ] = False,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Requests in flight.")] = 4,
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = None,
    max_reasks: MaxReasks = None,
    temperature: Temperature = None,
    record: Record = None,
    replay: Replay = None,
    verbose: Verbose = False,
) -> None:
    """Score a run against gold annotations: live, replayed (--replay) or read (--results)."""
    from . import _eval

    _setup_logging(verbose)
    _check_exchange(record, replay)
    if update_baseline and baseline is None:
        raise _fail("--update-baseline needs --baseline FILE", 2)
    try:
        articles, skipped = _eval.load_gold(gold)
        for note in skipped:
            typer.echo(f"summarizer: skipped gold record {note}", err=True)
        if not articles:
            raise InputError(f"{gold} holds no gold articles")
        if compare is not None:
            reports = [_eval.evaluate(articles, _eval.read_run(p), gold_file=str(gold))
                       for p in compare]  # fmt: skip
            _show_differences(_eval.compare(*reports), compare, as_json)
            return
        if results is not None:
            run = _eval.read_run(results)
        else:
            run = _run_gold(articles, out, concurrency, record, replay, model=model,
                            base_url=base_url, mode=mode, max_reasks=max_reasks,
                            temperature=temperature)  # fmt: skip
    except (InputError, ConfigError) as exc:
        raise _fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise _fail(str(exc), 1) from None
    report = _eval.evaluate(articles, run, gold_file=str(gold))
    moved: list[str] = []
    if baseline is not None and update_baseline:
        baseline.write_text(json.dumps(_eval.baseline_of(report), indent=2) + "\n", "utf-8")
        typer.echo(f"summarizer: wrote {baseline}", err=True)
    elif baseline is not None:
        if not baseline.is_file():
            raise _fail(f"baseline not found: {baseline} (create it with --update-baseline)", 2)
        try:
            moved = _eval.regressions(report, json.loads(baseline.read_text("utf-8")))
        except ValueError as exc:
            raise _fail(f"{baseline}: not valid JSON: {exc}", 2) from None
    if as_json:
        typer.echo(json.dumps({**report.model_dump(mode="json"), "regressions": moved}, indent=2))
    else:
        _show_report(report)
    if moved:
        for line in moved:
            typer.echo(f"summarizer: regression: {line}", err=True)
        source = f"--results {results}" if results else f"--replay {replay}" if replay else ""
        raise _fail(
            f"{len(moved)} scores fell below {baseline}; if the change is intended, run: "
            f"summarizer eval {gold} {source} --baseline {baseline} --update-baseline".replace(
                "  ", " "
            ),
            1,
        )


def _run_gold(
    articles: list[Any], out: Path | None, concurrency: int, record: Path | None,
    replay: Path | None, **settings: Any,
) -> dict[str, Any]:  # fmt: skip
    from ._eval import run_gold

    config = _settings(replay, **settings)
    summarizer = AsyncSummarizer(config, gate=RateGate(None, None, concurrency))
    sink = out.open("w", encoding="utf-8") if out else None

    def write(item: BatchItem) -> None:
        if sink is not None:
            sink.write(item.line() + "\n")

    async def run() -> dict[str, Any]:
        async with summarizer:
            return await run_gold(articles, summarizer, concurrency=concurrency, on_item=write)

    try:
        with _exchange(record, replay):
            return asyncio.run(run())
    finally:
        if sink is not None:
            sink.close()
            typer.echo(f"summarizer: wrote {out}", err=True)


def _cell(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _show_report(report: Any) -> None:
    """The per-article table, then the overall measures, on stdout."""
    from rich.table import Table

    from ._eval import FIELDS

    console = Console(width=max(Console().width, 100))
    table = Table(title=f"Evaluation against {report.gold_file}", title_justify="left")
    table.add_column("article", no_wrap=True)
    for name in ("gold", "pred", "match", "P", "R", "fields", "ROUGE-L", "cover", "dens", "tries"):
        table.add_column(name, justify="right")
    notes = any(a.error for a in report.articles)
    if notes:
        table.add_column("note")
    for a in report.articles:
        m = a.measures()
        votes = [v for vs in a.fields.values() for v in vs]
        table.add_row(
            a.id, str(a.gold), str(a.predicted), str(a.matched), _cell(m["precision"]),
            _cell(m["recall"]), f"{sum(votes)}/{len(votes)}", _cell(a.rouge_l),
            _cell(a.coverage), _cell(a.density, 1), str(a.attempts),
            *([(a.error or "")[:40]] if notes else []),
        )  # fmt: skip
    console.print(table)
    measures = report.measures
    fields = Table(title="Fields of matched events", title_justify="left")
    for name in ("field", "agree", "accuracy"):
        fields.add_column(name, justify="left" if name == "field" else "right")
    for name in FIELDS:
        votes = [v for a in report.articles for v in a.fields.get(name, [])]
        fields.add_row(name, f"{sum(votes)}/{len(votes)}", _cell(measures.get(f"field:{name}")))
    console.print(fields)
    totals = Table(title="Overall", title_justify="left")
    totals.add_column("measure")
    totals.add_column("value", justify="right")
    for name, value in measures.items():
        if name.startswith("field:"):
            continue
        shown = str(int(value)) if name in _COUNTS and value is not None else _cell(value, 3)
        shown = f"${value:.4f}" if name == "cost_usd" and value is not None else shown
        totals.add_row(name, shown)
    console.print(totals)


_COUNTS = frozenset({"articles", "failed", "events_gold", "events_predicted", "events_matched",
                     "tokens"})  # fmt: skip


def _show_differences(found: list[Any], runs: tuple[Path, Path], as_json: bool) -> None:
    if as_json:
        rows = [{"article": d.article, "measure": d.measure, "a": d.a, "b": d.b} for d in found]
        typer.echo(json.dumps({"a": str(runs[0]), "b": str(runs[1]), "differences": rows},
                              indent=2))  # fmt: skip
        return
    from rich.table import Table

    table = Table(title=f"A = {runs[0]}, B = {runs[1]}", title_justify="left")
    for name in ("article", "measure", "A", "B", "change"):
        table.add_column(name, justify="left" if name in ("article", "measure") else "right")
    for d in found:
        change = "" if d.a is None or d.b is None else f"{d.b - d.a:+.3f}"
        table.add_row(d.article, d.measure, _cell(d.a, 3), _cell(d.b, 3), change)
    Console(width=max(Console().width, 100)).print(table)
    if not found:
        typer.echo("summarizer: the two runs score the same", err=True)


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
            raise _fail("--check needs --out DIR", 2)
        stale = stale_schemas(out)
        if stale:
            raise _fail(
                f"stale schemas in {out}: {', '.join(stale)}; run: summarizer schema --out {out}", 1
            )
        typer.echo(f"summarizer: schemas in {out} are up to date", err=True)
        return
    if out is None:
        typer.echo(json.dumps(json_schemas(), indent=2, ensure_ascii=False))
        return
    for path in write_schemas(out):
        typer.echo(f"summarizer: wrote {path}", err=True)


def _setup_logging(verbose: bool) -> None:
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


def main() -> None:
    """Console entry point: no traceback reaches the user."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("summarizer: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: say so in one line rather than dump a traceback
        typer.echo(
            f"summarizer: internal error: {type(exc).__name__}: {exc} (please report this)",
            err=True,
        )
        sys.exit(70)
