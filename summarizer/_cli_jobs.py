"""`summarizer batch --via batch-api` and `summarizer jobs`: the provider's Batch API."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import openai
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from ._batch import (
    BatchItem,
    BatchStats,
    EventsCsv,
    ResultFiles,
    iter_inputs,
)
from ._batchapi import MAX_BYTES_PER_FILE, MAX_REQUESTS_PER_FILE
from ._cache import ResultCache
from ._cli_common import (
    BaseUrl,
    Record,
    Replay,
    Verbose,
    batch_report,
    check_exchange,
    command_settings,
    exchange,
    exit_code,
    fail,
    setup_logging,
)
from ._client import make_openai_client, translate_call_error
from ._config import Config
from ._errors import (
    ConfigError,
    InputError,
    SummarizerError,
)
from ._prompts import Task

if TYPE_CHECKING:
    from ._batchapi import JobsState


@dataclass(frozen=True)
class BatchApiOptions:
    reask_via: str
    no_wait: bool
    poll_interval: float
    max_requests: int
    max_bytes: int
    new: bool = True  # submit inputs not yet in flight (`jobs collect` only collects)


def batch_via_api(
    config: Config, task: Task, inputs: list[str], files: ResultFiles, csv_file: EventsCsv | None,
    cache: ResultCache | None, stats: BatchStats, options: BatchApiOptions, quiet: bool,
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
        with exchange(record, replay), _jobs_progress(quiet) as report:
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
        raise fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise fail(str(exc), exit_code(exc)) from None
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


jobs_app = typer.Typer(
    help="Batch API jobs of `batch --via batch-api`: list, status, cancel, collect.",
    no_args_is_help=True,
)
Out = Annotated[Path, typer.Argument(help="The --out file the jobs were submitted for.")]
AsJson = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]


def _jobs_state(out: Path) -> JobsState:
    """The jobs file beside `out`; an input error when there is none."""
    from ._batchapi import JobsState, jobs_file_for

    state = JobsState.load(jobs_file_for(out))
    if state is None:
        raise InputError(f"no Batch API jobs recorded for {out} ({jobs_file_for(out)} not found)")
    return state


def _jobs_run(out: Path, base_url: str | None, replay: Path | None) -> Any:
    """The Batch API run recorded beside `out`, with the model and task it was submitted for."""
    from ._batchapi import BatchApiRun

    state = _jobs_state(out)
    config = command_settings(replay, base_url=base_url, model=state.model)
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
    check_exchange(record, replay)
    try:
        if out is not None:
            _show_jobs(_jobs_state(out).jobs, as_json)
            return
        config = command_settings(replay, base_url=base_url)
        with exchange(record, replay):
            client = make_openai_client(config, is_async=False)
            batches = list(client.batches.list(limit=limit).data)  # type: ignore[union-attr]
    except (InputError, ConfigError) as exc:
        raise fail(str(exc), 2) from None
    except openai.OpenAIError as exc:
        raise fail(str(translate_call_error(exc)), 1) from None
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
    check_exchange(record, replay)
    try:
        with exchange(record, replay):
            run = _jobs_run(out, base_url, replay)
            run.poll()
    except (InputError, ConfigError) as exc:
        raise fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise fail(str(exc), exit_code(exc)) from None
    _show_jobs(run.state.jobs, as_json)


@jobs_app.command("cancel")
def jobs_cancel(
    out: Out, base_url: BaseUrl = None, record: Record = None, replay: Replay = None
) -> None:
    """Cancel the jobs of OUT still running (what they finished can still be collected)."""
    check_exchange(record, replay)
    try:
        with exchange(record, replay):
            cancelled = _jobs_run(out, base_url, replay).cancel()
    except (InputError, ConfigError) as exc:
        raise fail(str(exc), 2) from None
    except SummarizerError as exc:
        raise fail(str(exc), exit_code(exc)) from None
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
    """Wait for the jobs of OUT and collect them, as running the batch command again would.

    The inputs are read again from where they were given."""
    setup_logging(verbose)
    check_exchange(record, replay)
    try:
        state = _jobs_state(out)
        config = command_settings(replay, base_url=base_url, model=state.model)
    except (InputError, ConfigError) as exc:
        raise fail(str(exc), 2) from None
    files = ResultFiles(out.resolve(), (errors or out.with_suffix(".errors.jsonl")).resolve())
    csv_file = EventsCsv(events_csv.resolve()) if events_csv else None
    cache = None if no_cache or replay else ResultCache(config.cache_dir)
    stats, started = BatchStats(), time.monotonic()
    options = BatchApiOptions(
        reask_via, False, poll_interval, MAX_REQUESTS_PER_FILE, MAX_BYTES_PER_FILE, new=False
    )
    record, replay = (p.resolve() if p else None for p in (record, replay))
    if state.directory:  # the inputs are read as they were given, from where they were given
        if not Path(state.directory).is_dir():
            raise fail(f"the inputs' directory {state.directory} no longer exists", 2)
        os.chdir(state.directory)
    batch_via_api(config, state.task, state.inputs, files, csv_file, cache, stats,  # type: ignore[arg-type]
                   options, quiet, record, replay)  # fmt: skip
    batch_report(stats, files, None, started, limited=0)
