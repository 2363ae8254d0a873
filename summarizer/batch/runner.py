"""One batch, whichever engine runs it: the same inputs, resume rule, files and closing line.

    BatchJob ─ check_resume ─► run_job ─► local engine (batch/engine.py: concurrent requests)
                                     ├─► Ray Data (summarizer/ray.py: actors on a cluster)
                                     └─► the provider's Batch API (batch/batch_api.py)
                                   ─► ResultFiles (results, errors, events CSV) ─► pages
                                   ─► BatchOutcome (the closing line, the exit status)

A resumed run skips the inputs whose results are already in the results file, but only those
asked for as this run would ask (`check_resume`). The command line parses options, shows
progress and prints; everything in between is here.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import sys
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from summarizer._config import Config
from summarizer._errors import ConfigError, InputError, OutputError
from summarizer.batch.engine import BatchItem, BatchStats, run_batch
from summarizer.batch.limits import MAX_BYTES_PER_FILE, MAX_REQUESTS_PER_FILE
from summarizer.batch.outputs import ResultFiles, changed_results
from summarizer.batch.rate_gate import RateGate
from summarizer.batch.sources import count_inputs, iter_inputs
from summarizer.core.cache import ResultCache
from summarizer.core.grounding_pool import grounding_pool_for
from summarizer.core.pipeline import AsyncSummarizer
from summarizer.core.prompts import Task

__all__ = [
    "BatchApiOptions",
    "BatchJob",
    "BatchOutcome",
    "LiveLimits",
    "RayOptions",
    "check_resume",
    "interrupted_line",
    "run_job",
]

Engine = Literal["local", "ray", "batch-api"]


@dataclass(frozen=True)
class LiveLimits:
    """Live requests (the local engine; Ray splits them across its actors)."""

    concurrency: int = 8
    rpm: float | None = None
    tpm: float | None = None
    max_cost: float | None = None  # the local engine only


@dataclass(frozen=True)
class RayOptions:
    actors: int = 2
    address: str | None = None  # None: Ray on this machine


@dataclass(frozen=True)
class BatchApiOptions:
    reask_via: Literal["live", "batch-api"] = "live"
    no_wait: bool = False
    poll_interval: float = 30.0
    max_requests: int = MAX_REQUESTS_PER_FILE
    max_bytes: int = MAX_BYTES_PER_FILE
    new: bool = True  # submit inputs not yet in flight (`jobs collect` only collects)


@dataclass
class BatchJob:
    """What to run: the inputs as given, where results go, and how to get them."""

    inputs: list[str]
    files: ResultFiles
    config: Config
    task: Task
    engine: Engine = "local"
    cache: ResultCache | None = None
    limits: LiveLimits = field(default_factory=LiveLimits)
    ray: RayOptions = field(default_factory=RayOptions)
    api: BatchApiOptions = field(default_factory=BatchApiOptions)
    html_dir: Path | None = None  # an evidence page per result, and index.html
    quiet: bool = False


@dataclass
class BatchOutcome:
    """What a run did, for the closing line and the exit status."""

    job: BatchJob
    stats: BatchStats
    seconds: float = 0.0
    rate_limited: int = 0
    submitted: list[str] = field(default_factory=list)  # Batch API jobs left running
    jobs_file: Path | None = None
    pages: tuple[int, list[str]] | None = None  # pages written, inputs with no page

    @property
    def files(self) -> ResultFiles:
        return self.job.files

    def closing_line(self) -> str:
        from summarizer.checks.rules import reasks_line

        stats = self.stats
        cost = f", ${stats.cost_usd:.4f}" if stats.cost_usd else ""
        cost += f", {self.rate_limited} rate-limited answers (429)" if self.rate_limited else ""
        cost += f", {reasks_line(stats.reasks)}" if stats.reasks else ""
        skipped = f", {len(self.files.finished)} already done" if self.files.finished else ""
        partial = f", {stats.partial} partial" if stats.partial else ""
        return (
            f"{stats.done} processed ({stats.cached} from cache{skipped}){partial}, "
            f"{stats.failed} failed, {stats.tokens} tokens{cost}, {self.seconds:.1f} s"
        )


def interrupted_line(stats: BatchStats, files: ResultFiles) -> str:
    """Ctrl-C: what was written, and how to go on (every line written is whole)."""
    return (
        f"interrupted: {stats.done - stats.failed} result(s) in {files.out} and "
        f"{stats.failed} error line(s) in {files.errors} from this run; run the same command "
        "again to resume (finished inputs are skipped)"
    )


def check_resume(job: BatchJob, redo: bool) -> None:
    """A finished result counts as done only when this run would ask for it as it was asked
    (task, model, prompts, schema, settings, article). Otherwise the run is refused before
    any request, saying what differs (`InputError`), or with `redo` those results are
    computed again."""
    files = job.files
    if not files.keys or "-" in job.inputs:  # standard input cannot be read twice
        return
    records = iter_inputs(job.inputs, max_bytes=job.config.max_input_bytes)
    changed = changed_results(files, records, job.config, job.task)
    if not changed:
        return
    if not redo:
        first, why = next(iter(changed.items()))
        files.close()
        raise InputError(
            f"{files.out} holds {len(changed)} result(s) made differently from this run "
            f"({first}: {why}); --redo-changed computes them again, or choose another --out"
        )
    files.forget(set(changed))


ItemsShown = Callable[[BatchStats], None]
PollsShown = Callable[[list[Any]], None]


def run_job(
    job: BatchJob,
    stats: BatchStats,
    *,
    exchange: Callable[[], AbstractContextManager[Any]] = nullcontext,
    show_items: Callable[[Callable[[], int | None], int], AbstractContextManager[ItemsShown]]
    | None = None,
    show_polls: Callable[[], AbstractContextManager[PollsShown]] | None = None,
) -> BatchOutcome:
    """Run `job` to the end: every input becomes one line in the results or errors file.
    `stats` fills as lines are written (so that an interrupted caller can say what was);
    `exchange` wraps the requests (a cassette); `show_items(count, finished)` and
    `show_polls()` give the progress displays (`count()` counts the inputs, a read of them
    that only a display that shows a total should pay for). The files are closed however it ends."""
    stdin = _keep_stdin(job)
    started = time.monotonic()
    outcome = BatchOutcome(job, stats)
    try:
        if job.engine == "batch-api":
            _via_batch_api(job, stats, outcome, exchange, show_polls)
        elif job.engine == "ray":
            _on_ray(job, stats)
        else:
            _locally(job, stats, outcome, exchange, show_items)
    finally:
        job.files.close()
    outcome.seconds = time.monotonic() - started
    if job.html_dir is not None:
        outcome.pages = _pages(job, stdin)
    return outcome


def _keep_stdin(job: BatchJob) -> bytes | None:
    """--html reads the inputs again for the pages, and standard input reads once: keep it.
    The pages' directory is checked here too, before anything is paid for."""
    if job.html_dir is None:
        return None
    probe = job.html_dir / f".summarizer-{os.getpid()}.probe"
    try:
        job.html_dir.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(
            f"cannot write evidence pages in {job.html_dir}: {exc.strerror or exc}"
        ) from None
    if "-" not in job.inputs:
        return None
    kept = sys.stdin.buffer.read()
    _read_stdin_again(kept)
    return kept


def _read_stdin_again(data: bytes) -> None:
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def _locally(
    job: BatchJob,
    stats: BatchStats,
    outcome: BatchOutcome,
    exchange: Callable[[], AbstractContextManager[Any]],
    show_items: Callable[[Callable[[], int | None], int], AbstractContextManager[ItemsShown]]
    | None,
) -> None:
    limits = job.limits
    gate = RateGate(limits.rpm, limits.tpm, limits.concurrency)
    pool = grounding_pool_for(job.config, by_default=True)  # a command owns its process
    summarizer = AsyncSummarizer(job.config, gate=gate, grounding_pool=pool)
    shown = show_items or (lambda count, finished: nullcontext(lambda stats: None))

    def count() -> int | None:
        return count_inputs(job.inputs)

    async def run() -> None:
        records = iter_inputs(job.inputs, max_bytes=job.config.max_input_bytes)
        with shown(count, len(job.files.finished)) as show:
            async for item in run_batch(
                records,
                summarizer,
                task=job.task,
                concurrency=limits.concurrency,
                cache=job.cache,
                max_cost=limits.max_cost,
                skip=job.files.finished,
                stats=stats,
            ):
                job.files.write(item)
                show(stats)

    with exchange():
        asyncio.run(_closing(summarizer, run()))
    outcome.rate_limited = gate.rate_limited_count


async def _closing(summarizer: AsyncSummarizer, work: Coroutine[Any, Any, None]) -> None:
    async with summarizer:
        await work


def _on_ray(job: BatchJob, stats: BatchStats) -> None:
    """The inputs not yet in the results file, analysed on Ray, written as the local engine
    writes them (the result cache is not consulted: the results file resumes)."""
    try:
        from summarizer.ray import run_on_ray
    except ImportError:
        raise ConfigError(
            "--engine ray needs the ray extra: pip install 'summarizer[ray]'"
        ) from None

    records = (
        r
        for r in iter_inputs(job.inputs, max_bytes=job.config.max_input_bytes)
        if r.id not in job.files.finished
    )
    for item in run_on_ray(
        records,
        job.config,
        task=job.task,
        actors=job.ray.actors,
        rpm=job.limits.rpm,
        tpm=job.limits.tpm,
        in_flight=job.limits.concurrency,
        address=job.ray.address,
        quiet=job.quiet,
    ):
        job.files.write(item)
        stats.add(item)


def _via_batch_api(
    job: BatchJob,
    stats: BatchStats,
    outcome: BatchOutcome,
    exchange: Callable[[], AbstractContextManager[Any]],
    show_polls: Callable[[], AbstractContextManager[PollsShown]] | None,
) -> None:
    """Submit, then poll and collect until done (or, with `no_wait`, until submitted)."""
    from summarizer.batch.batch_api import BatchApiRun
    from summarizer.batch.engine import warm_up

    warm_up(job.config, job.task)  # (a live batch warms up while its first requests are out)

    def write(item: BatchItem) -> None:
        job.files.write(item)
        stats.add(item)

    polls = show_polls or (lambda: nullcontext(lambda jobs: None))
    options = job.api
    with exchange(), polls() as report:
        run = BatchApiRun(
            job.config,
            job.task,
            job.files.out,
            cache=job.cache,
            max_requests=options.max_requests,
            max_bytes=options.max_bytes,
            reask_via=options.reask_via,
        )
        if not run.state.inputs:  # ids are the inputs as given, so keep them as given
            run.state.inputs, run.state.directory = job.inputs, os.getcwd()
        run.run(
            iter_inputs(job.inputs, max_bytes=job.config.max_input_bytes),
            job.files.finished,
            write,
            wait=not options.no_wait,
            new=options.new,
            poll_interval=options.poll_interval,
            on_poll=report,
        )
    if options.no_wait:
        outcome.submitted = [j.id for j in run.state.unfinished]
        outcome.jobs_file = run.path


def _pages(job: BatchJob, stdin: bytes | None) -> tuple[int, list[str]]:
    """An evidence page per article with a result, read back from the results file and the
    inputs (read again: the batch streamed them, it did not keep them)."""
    from summarizer.render.evidence_view import write_pages

    assert job.html_dir is not None
    if stdin is not None:
        _read_stdin_again(stdin)
    results: dict[str, Any] = {}
    with job.files.out.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if "result" in record:
                results[str(record["id"])] = record["result"]

    def items() -> Iterator[tuple[str, Any, str]]:
        shown: set[str] = set()  # a repeated id was an error line: its first input is shown
        for record in iter_inputs(job.inputs, max_bytes=job.config.max_input_bytes):
            if record.article is None or record.id not in results or record.id in shown:
                continue
            shown.add(record.id)
            yield record.id, results[record.id], record.article.text

    written, problems = write_pages(job.html_dir, items())
    return written, [str(problem) for problem in problems]
