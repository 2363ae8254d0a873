"""`summarizer batch`: many articles, through concurrent live requests (the batch engine) or
the provider's Batch API; every input ends as one result line or one error line."""

from __future__ import annotations

import asyncio
import gc
import io
import json
import os
import sys
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from summarizer.batch.limits import MAX_BYTES_PER_FILE, MAX_REQUESTS_PER_FILE
from summarizer.cli.analyze import COMMAND_TASKS
from summarizer.cli.options import (
    ErrorsFile,
    EventsCsvFile,
    SharedOptions,
    fail,
    hint_if_terminal,
    model_command,
)
from summarizer.cli.options import console as shared_console

if TYPE_CHECKING:
    from summarizer._config import Config
    from summarizer.batch.engine import BatchItem, BatchStats
    from summarizer.batch.outputs import ResultFiles
    from summarizer.core.cache import ResultCache
    from summarizer.core.pipeline import AsyncSummarizer
    from summarizer.core.prompts import Task

__all__ = ["BatchApiOptions", "batch", "batch_report", "batch_via_api"]


TaskName = Annotated[
    str, typer.Option("--task", help="analyze, summarize or events.", show_default=True)
]


@model_command
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, directories, globs, JSONL files, or - for JSONL on stdin."),
    ],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", dir_okay=False, help="Results, one JSON line per article."),
    ],
    errors: ErrorsFile = None,
    events_csv: EventsCsvFile = None,
    task: TaskName = "analyze",
    html_dir: Annotated[
        Optional[Path],
        typer.Option(
            "--html",
            file_okay=False,
            help="Also write an evidence page per article, and index.html, into this directory.",
        ),
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=512, help="Requests in flight.")] = 8,
    rpm: Annotated[Optional[float], typer.Option(help="Requests per minute, at most.")] = None,
    tpm: Annotated[Optional[float], typer.Option(help="Tokens per minute, at most.")] = None,
    max_cost: Annotated[
        Optional[float], typer.Option(help="Start no new article once this many USD are spent.")
    ] = None,
    cache_dir: Annotated[
        Optional[Path],
        typer.Option(
            file_okay=False,
            help="Result cache [env: SUMMARIZER_CACHE_DIR; default: the user cache directory].",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor fill the cache.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    grounding_workers: Annotated[
        Optional[int],
        typer.Option(
            min=0,
            help="Processes that ground answers beside the network loop [env: "
            "SUMMARIZER_GROUNDING_WORKERS; default: one per core; 0: on the loop].",
        ),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            help="local (this machine) or ray (Ray Data: pip install 'summarizer[ray]'; "
            "--concurrency, --rpm and --tpm are totals split across the actors)."
        ),
    ] = "local",
    ray_address: Annotated[
        Optional[str],
        typer.Option(help="With --engine ray: the cluster to join [default: Ray on this machine]."),
    ] = None,
    actors: Annotated[int, typer.Option(min=1, help="With --engine ray: analysing actors.")] = 2,
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
    redo_changed: Annotated[
        bool,
        typer.Option(
            "--redo-changed",
            help="On resume, compute again the results in --out made differently from this "
            "run (another task, model, prompts, schema, settings or article); without it such "
            "a resume is refused.",
        ),
    ] = False,
    *,
    shared: SharedOptions,
) -> None:
    """Analyse many articles concurrently; resumable, cached, every input accounted for.

    With --via batch-api the requests go to the provider's Batch API (half the price, a 24 h
    window): the job ids are saved beside --out, so running the command again resumes collecting
    instead of resubmitting."""
    from summarizer.batch.engine import BatchStats, run_batch, warm_up
    from summarizer.batch.outputs import ResultFiles
    from summarizer.batch.rate_gate import RateGate
    from summarizer.batch.sources import count_inputs, iter_inputs
    from summarizer.core.cache import ResultCache
    from summarizer.core.grounding_pool import grounding_pool_for
    from summarizer.core.pipeline import AsyncSummarizer

    if task not in COMMAND_TASKS:
        raise fail(f"--task must be one of {', '.join(COMMAND_TASKS)}", 2)
    if via not in ("live", "batch-api") or reask_via not in ("live", "batch-api"):
        raise fail("--via and --reask-via must be live or batch-api", 2)
    if engine not in ("local", "ray") or (engine == "ray" and via != "live"):
        raise fail("--engine must be local or ray (and ray sends live requests)", 2)
    if engine == "ray" and (shared.record or shared.replay):
        raise fail(
            "--engine ray cannot --record or --replay: its workers send their requests from "
            "other processes, outside the cassette; use --engine local for a cassette",
            2,
        )
    if engine == "ray" and max_cost is not None:
        raise fail("--max-cost applies to the local engine", 2)
    if via == "batch-api" and max_cost is not None:
        raise fail("--max-cost applies to live batches (a Batch API job is priced when done)", 2)
    errors = errors or out.with_suffix(".errors.jsonl")
    if {out.resolve(), errors.resolve()} & {Path(i).resolve() for i in inputs if i != "-"}:
        raise fail("--out and --errors must not be among the inputs", 2)
    workers = {} if grounding_workers is None else {"grounding_workers": grounding_workers}
    config = shared.config(cache_dir=cache_dir, **workers)
    kept_stdin: bytes | None = None
    if html_dir is not None:  # every output is checked before the first paid request
        _check_pages_dir(html_dir)
        if "-" in inputs:  # the pages read the inputs again; standard input reads once
            kept_stdin = sys.stdin.buffer.read()
            _read_stdin_again(kept_stdin)
    files = ResultFiles(out, errors, events_csv)
    hint_if_terminal(inputs, "JSONL articles (one JSON object per line)")
    _resume_what_was_asked(files, inputs, config, COMMAND_TASKS[task], redo_changed)
    cache = None if no_cache or shared.uses_cassette else ResultCache(config.cache_dir)
    stats = BatchStats()
    if via == "batch-api":
        # (a live batch warms up while its first requests are out)
        warm_up(config, COMMAND_TASKS[task])
    # What is loaded by now (the libraries, their tables) lives as long as the process: keep
    # the collector from walking it again. A full collection over it stalls the event loop
    # for ~100 ms while answers wait to be read. (The command owns its process; the library
    # functions leave the collector alone.)
    gc.collect()
    gc.freeze()
    started = time.monotonic()
    if via == "batch-api":  # its own client, for the Files and Batches endpoints
        api = BatchApiOptions(
            reask_via, no_wait, poll_interval, max_requests_per_file, max_bytes_per_file
        )
        batch_via_api(config, COMMAND_TASKS[task], inputs, files, cache, stats, api, quiet, shared)
        _pages(html_dir, inputs, files, config.max_input_bytes, kept_stdin)
        batch_report(stats, files, max_cost, started, limited=0)
        return
    if engine == "ray":
        _batch_on_ray(
            config,
            COMMAND_TASKS[task],
            inputs,
            files,
            stats,
            concurrency,
            (rpm, tpm, actors, ray_address),
            quiet,
        )
        _pages(html_dir, inputs, files, config.max_input_bytes, kept_stdin)
        batch_report(stats, files, max_cost, started, limited=0)
        return
    pool = grounding_pool_for(config, by_default=True)
    summarizer = AsyncSummarizer(config, gate=RateGate(rpm, tpm, concurrency), grounding_pool=pool)
    total = count_inputs(inputs)

    async def run() -> None:
        records = iter_inputs(inputs, max_bytes=config.max_input_bytes)
        with _progress(total, len(files.finished), quiet) as show:
            async for item in run_batch(
                records,
                summarizer,
                task=COMMAND_TASKS[task],
                concurrency=concurrency,
                cache=cache,
                max_cost=max_cost,
                skip=files.finished,
                stats=stats,
            ):
                files.write(item)
                show(stats)

    try:
        with shared.exchange():
            asyncio.run(_closing(summarizer, run()))
    except KeyboardInterrupt:
        raise _interrupted(stats, files) from None
    finally:
        files.close()
    limited = summarizer.gate.rate_limited_count if isinstance(summarizer.gate, RateGate) else 0
    _pages(html_dir, inputs, files, config.max_input_bytes, kept_stdin)
    batch_report(stats, files, max_cost, started, limited)


def _interrupted(stats: BatchStats, files: ResultFiles) -> typer.Exit:
    """Ctrl-C: what was written, and how to go on (every line written is whole)."""
    typer.echo(
        f"summarizer: interrupted: {stats.done - stats.failed} result(s) in {files.out} and "
        f"{stats.failed} error line(s) in {files.errors} from this run; run the same command "
        "again to resume (finished inputs are skipped)",
        err=True,
    )
    return typer.Exit(130)


def _resume_what_was_asked(
    files: ResultFiles, inputs: list[str], config: Config, task: Task, redo: bool
) -> None:
    """A finished result counts as done only when this run would ask for it as it was asked
    (task, model, prompts, schema, settings, article); otherwise the resume is refused before
    any request, saying what differs, or with `redo` those results are computed again."""
    from summarizer.batch.outputs import changed_results
    from summarizer.batch.sources import iter_inputs

    if not files.keys or "-" in inputs:  # standard input cannot be read twice
        return
    records = iter_inputs(inputs, max_bytes=config.max_input_bytes)
    changed = changed_results(files, records, config, task)
    if not changed:
        return
    if not redo:
        first, why = next(iter(changed.items()))
        files.close()
        raise fail(
            f"{files.out} holds {len(changed)} result(s) made differently from this run "
            f"({first}: {why}); --redo-changed computes them again, or choose another --out",
            2,
        )
    files.forget(set(changed))


async def _closing(summarizer: AsyncSummarizer, work: Coroutine[Any, Any, None]) -> None:
    async with summarizer:
        await work


@contextmanager
def _progress(
    total: int | None, finished: int, quiet: bool
) -> Iterator[Callable[[BatchStats], None]]:
    """A progress display on stderr, only for a person watching (a TTY, not --quiet)."""
    console = shared_console(stderr=True)
    if quiet or not console.is_terminal:
        yield lambda stats: None
        return
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("failed {task.fields[failed]}"),
        TextColumn("{task.fields[rate]}/s"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[tokens]} tok {task.fields[cost]}"),
    )
    started = time.monotonic()
    todo = None if total is None else max(total - finished, 0)
    with Progress(*columns, console=console, transient=False) as progress:
        bar = progress.add_task("batch", total=todo, failed=0, rate="0.0", tokens=0, cost="")

        def show(stats: BatchStats) -> None:
            rate = stats.done / max(time.monotonic() - started, 1e-6)
            cost = f"${stats.cost_usd:.4f}" if stats.cost_usd else ""
            progress.update(
                bar,
                completed=stats.done,
                failed=stats.failed,
                rate=f"{rate:.1f}",
                tokens=stats.tokens,
                cost=cost,
            )

        yield show


@dataclass(frozen=True)
class BatchApiOptions:
    reask_via: str
    no_wait: bool
    poll_interval: float
    max_requests: int
    max_bytes: int
    new: bool = True  # submit inputs not yet in flight (`jobs collect` only collects)


def batch_via_api(
    config: Config,
    task: Task,
    inputs: list[str],
    files: ResultFiles,
    cache: ResultCache | None,
    stats: BatchStats,
    options: BatchApiOptions,
    quiet: bool,
    shared: SharedOptions,
) -> None:
    """`batch --via batch-api` (and `jobs collect`): submit, then poll and collect until done."""
    from summarizer.batch.batch_api import BatchApiRun
    from summarizer.batch.sources import iter_inputs

    def write(item: BatchItem) -> None:
        files.write(item)
        stats.add(item)

    try:
        with shared.exchange(), _api_progress(quiet) as report:
            run = BatchApiRun(
                config,
                task,
                files.out,
                cache=cache,
                max_requests=options.max_requests,
                max_bytes=options.max_bytes,
                reask_via=options.reask_via,  # type: ignore[arg-type]
            )
            if not run.state.inputs:  # ids are the inputs as given, so keep them as given
                run.state.inputs, run.state.directory = inputs, os.getcwd()
            records = iter_inputs(inputs, max_bytes=config.max_input_bytes)
            run.run(
                records,
                files.finished,
                write,
                wait=not options.no_wait,
                new=options.new,
                poll_interval=options.poll_interval,
                on_poll=report,
            )
    finally:
        files.close()
    if options.no_wait and run.state.unfinished:
        ids = ", ".join(j.id for j in run.state.unfinished)
        typer.echo(
            f"summarizer: submitted {ids}; saved in {run.path}; run the same command "
            f"(or summarizer jobs collect {files.out}) to collect",
            err=True,
        )


@contextmanager
def _api_progress(quiet: bool) -> Iterator[Callable[[list[Any]], None]]:
    """Batch API jobs on stderr: a bar of requests done for a terminal, else one line a poll."""
    from summarizer.batch.batch_api import TERMINAL

    console = shared_console(stderr=True)
    if quiet:
        yield lambda jobs: None
        return
    if not console.is_terminal:

        def line(jobs: list[Any]) -> None:
            running = [j for j in jobs if j.status not in TERMINAL]
            if running:
                done, total = sum(j.done for j in running), sum(j.requests for j in running)
                statuses = ", ".join(sorted({j.status for j in running}))
                typer.echo(
                    f"summarizer: {len(running)} batch jobs running, {done}/{total} "
                    f"requests done ({statuses})",
                    err=True,
                )

        yield line
        return
    columns = (
        TextColumn("[bold]batch api"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as progress:
        bar = progress.add_task("jobs", total=None, status="submitting")

        def show(jobs: list[Any]) -> None:
            statuses = ", ".join(sorted({j.status for j in jobs})) or "collected"
            progress.update(
                bar,
                total=sum(j.requests for j in jobs) or None,
                completed=sum(j.done for j in jobs),
                status=f"{len(jobs)} jobs: {statuses}",
            )

        yield show


def batch_report(
    stats: BatchStats, files: ResultFiles, max_cost: float | None, started: float, limited: int
) -> None:
    """The closing line on stderr, and the exit code: 1 when any input failed."""
    from summarizer.checks.rules import reasks_line

    elapsed = time.monotonic() - started
    cost = f", ${stats.cost_usd:.4f}" if stats.cost_usd else ""
    cost += f", {limited} rate-limited answers (429)" if limited else ""
    cost += f", {reasks_line(stats.reasks)}" if stats.reasks else ""
    skipped = f", {len(files.finished)} already done" if files.finished else ""
    partial = f", {stats.partial} partial" if stats.partial else ""
    typer.echo(
        f"summarizer: {stats.done} processed ({stats.cached} from cache{skipped}){partial}, "
        f"{stats.failed} failed, {stats.tokens} tokens{cost}, {elapsed:.1f} s",
        err=True,
    )
    if stats.budget_reached:
        typer.echo(
            f"summarizer: the ${max_cost} budget was reached; run again to continue", err=True
        )
    if stats.failed:
        raise fail(f"{stats.failed} of {stats.done} articles failed; see {files.errors}", 1)


def _pages(
    directory: Path | None,
    inputs: list[str],
    files: ResultFiles,
    max_bytes: int,
    stdin: bytes | None = None,
) -> None:
    """--html DIR: an evidence page per article with a result, read back from the results
    file and the inputs (read again: the batch streamed them, it did not keep them)."""
    if directory is None:
        return
    from summarizer.batch.sources import iter_inputs
    from summarizer.render.evidence_view import write_pages

    if stdin is not None:
        _read_stdin_again(stdin)
    results: dict[str, Any] = {}
    with files.out.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if "result" in record:
                results[str(record["id"])] = record["result"]

    def items() -> Iterator[tuple[str, Any, str]]:
        shown: set[str] = set()  # a repeated id was an error line: its first input is shown
        for record in iter_inputs(inputs, max_bytes=max_bytes):
            if record.article is None or record.id not in results or record.id in shown:
                continue
            shown.add(record.id)
            yield record.id, results[record.id], record.article.text

    written, problems = write_pages(directory, items())
    for problem in problems:
        typer.echo(f"summarizer: no page for {problem}", err=True)
    typer.echo(
        f"summarizer: wrote {written} evidence pages and index.html in {directory}", err=True
    )


def _check_pages_dir(directory: Path) -> None:
    """--html DIR must be a directory this run can write, known before anything is paid."""
    probe = directory / f".summarizer-{os.getpid()}.probe"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise fail(
            f"cannot write evidence pages in {directory}: {exc.strerror or exc}", 73
        ) from None


def _read_stdin_again(data: bytes) -> None:
    """Standard input, to be read (again) from `data`: a batch streams its inputs once, and
    --html reads them a second time for the pages."""
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def _batch_on_ray(
    config: Config,
    task: Task,
    inputs: list[str],
    files: ResultFiles,
    stats: BatchStats,
    in_flight: int,
    limits: tuple[float | None, float | None, int, str | None],
    quiet: bool,
) -> None:
    """--engine ray: the inputs not yet in the results file, analysed on Ray, written as the
    local engine writes them (the result cache is not consulted: the results file resumes)."""
    try:
        from summarizer.ray import run_on_ray
    except ImportError:
        raise fail("--engine ray needs the ray extra: pip install 'summarizer[ray]'", 2) from None
    from summarizer.batch.sources import iter_inputs

    rpm, tpm, actors, address = limits
    records = (
        r
        for r in iter_inputs(inputs, max_bytes=config.max_input_bytes)
        if r.id not in files.finished
    )
    try:
        for item in run_on_ray(
            records,
            config,
            task=task,
            actors=actors,
            rpm=rpm,
            tpm=tpm,
            in_flight=in_flight,
            address=address,
            quiet=quiet,
        ):
            files.write(item)
            stats.add(item)
    except KeyboardInterrupt:
        raise _interrupted(stats, files) from None
    finally:
        files.close()
