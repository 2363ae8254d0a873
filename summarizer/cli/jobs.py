"""`summarizer jobs`: the provider's Batch API jobs that `batch --via batch-api` submitted."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from summarizer._errors import InputError
from summarizer.cli.options import (
    ErrorsFile,
    EventsCsvFile,
    SharedOptions,
    console,
    endpoint_command,
    fail,
)
from summarizer.cli.progress import polls_progress, report

if TYPE_CHECKING:
    from summarizer.batch.batch_api import JobsState


jobs_app = typer.Typer(
    help="Batch API jobs of `batch --via batch-api`: list, status, cancel, collect.",
    no_args_is_help=True,
)
Out = Annotated[
    Path, typer.Argument(dir_okay=False, help="The --out file the jobs were submitted for.")
]
AsJson = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]


def _jobs_state(out: Path) -> JobsState:
    """The jobs file beside `out`; an input error when there is none."""
    from summarizer.batch.batch_api import JobsState, jobs_file_for

    state = JobsState.load(jobs_file_for(out))
    if state is None:
        raise InputError(f"no Batch API jobs recorded for {out} ({jobs_file_for(out)} not found)")
    return state


def _jobs_run(out: Path, shared: SharedOptions) -> Any:
    """The Batch API run recorded beside `out`, with the model and task it was submitted for."""
    from summarizer.batch.batch_api import BatchApiRun

    state = _jobs_state(out)
    config = shared.config(model=state.model)
    return BatchApiRun(config, state.task, out, cache=None)


def _show_jobs(jobs: list[Any], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps([j.model_dump(mode="json") for j in jobs], indent=2))
        return
    from rich.table import Table

    table = Table()
    for name in ("job", "round", "requests", "status", "collected"):
        table.add_column(name, justify="right" if name in ("round", "requests") else "left")
    for job in jobs:
        table.add_row(
            job.id, str(job.round), str(job.requests), job.status, "yes" if job.collected else "no"
        )
    console().print(table)


@jobs_app.command("list")
@endpoint_command
def jobs_list(
    out: Annotated[
        Optional[Path],
        typer.Argument(help="Its jobs; without it, the provider's most recent batches."),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=100, help="Batches to list.")] = 20,
    as_json: AsJson = False,
    *,
    shared: SharedOptions,
) -> None:
    """The jobs recorded beside OUT, or the provider's recent batches."""
    if out is not None:
        _show_jobs(_jobs_state(out).jobs, as_json)
        return
    import openai

    from summarizer.core.transport import make_openai_client, translate_call_error

    config = shared.config()
    try:
        with shared.exchange():
            client = make_openai_client(config, is_async=False)
            batches = list(client.batches.list(limit=limit).data)  # type: ignore[union-attr]
    except openai.OpenAIError as exc:
        raise fail(str(translate_call_error(exc)), 1) from None
    from summarizer.batch.batch_api import Job

    jobs = [
        Job(
            id=b.id,
            input_file_id=b.input_file_id,
            round=0,
            requests=b.request_counts.total if b.request_counts else 0,
            status=b.status,
        )
        for b in batches
    ]
    _show_jobs(jobs, as_json)


@jobs_app.command("status")
@endpoint_command
def jobs_status(out: Out, as_json: AsJson = False, *, shared: SharedOptions) -> None:
    """Ask the provider how the jobs of OUT are doing."""
    with shared.exchange():
        run = _jobs_run(out, shared)
        run.poll()
    _show_jobs(run.state.jobs, as_json)


@jobs_app.command("cancel")
@endpoint_command
def jobs_cancel(out: Out, *, shared: SharedOptions) -> None:
    """Cancel the jobs of OUT still running (what they finished can still be collected)."""
    with shared.exchange():
        cancelled = _jobs_run(out, shared).cancel()
    for job in cancelled:
        typer.echo(f"summarizer: {job.id} {job.status}", err=True)
    if not cancelled:
        typer.echo("summarizer: no job is running", err=True)


@jobs_app.command("collect")
@endpoint_command
def jobs_collect(
    out: Out,
    errors: ErrorsFile = None,
    events_csv: EventsCsvFile = None,
    reask_via: Annotated[
        str, typer.Option(help="Re-ask failed answers live or batch-api.")
    ] = "live",
    poll_interval: Annotated[float, typer.Option(min=0, help="Seconds between checks.")] = 30.0,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not fill the cache.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress messages.")] = False,
    *,
    shared: SharedOptions,
) -> None:
    """Wait for the jobs of OUT and collect them, as running the batch command again would.

    The inputs are read again from where they were given."""
    from summarizer.batch.engine import BatchStats
    from summarizer.batch.outputs import ResultFiles
    from summarizer.batch.runner import BatchApiOptions, BatchJob, run_job
    from summarizer.core.cache import ResultCache

    state = _jobs_state(out)
    config = shared.config(model=state.model)
    files = ResultFiles(
        out.resolve(),
        (errors or out.with_suffix(".errors.jsonl")).resolve(),
        events_csv.resolve() if events_csv else None,
    )
    options = BatchApiOptions(reask_via, False, poll_interval, new=False)  # type: ignore[arg-type]
    # the paths the user gave, before the inputs' directory becomes the working directory
    record, replay = (p.resolve() if p else None for p in (shared.record, shared.replay))
    shared = SharedOptions(record, replay, shared.settings)
    if state.directory:  # the inputs are read as they were given, from where they were given
        if not Path(state.directory).is_dir():
            raise fail(f"the inputs' directory {state.directory} no longer exists", 2)
        os.chdir(state.directory)
    job = BatchJob(
        state.inputs,
        files,
        config,
        state.task,
        engine="batch-api",
        cache=None if no_cache or shared.replay else ResultCache(config.cache_dir),
        api=options,
        quiet=quiet,
    )
    outcome = run_job(
        job, BatchStats(), exchange=shared.exchange, show_polls=lambda: polls_progress(quiet)
    )
    report(outcome)
