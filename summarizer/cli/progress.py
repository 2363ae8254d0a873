"""What a batch shows while it runs, and its closing line: a progress bar for a person watching
(a terminal, not --quiet), one line a poll for a log, and the exit status."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from summarizer.cli.options import console as shared_console
from summarizer.cli.options import fail

if TYPE_CHECKING:
    from summarizer.batch.engine import BatchStats
    from summarizer.batch.runner import BatchOutcome

__all__ = ["items_progress", "polls_progress", "report"]


@contextmanager
def items_progress(
    count: Callable[[], int | None], finished: int, quiet: bool
) -> Iterator[Callable[[BatchStats], None]]:
    """A progress display on stderr, only for a person watching (a TTY, not --quiet); only
    it counts the inputs (`count()`), for its total."""
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
    total = count()
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


@contextmanager
def polls_progress(quiet: bool) -> Iterator[Callable[[list[Any]], None]]:
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


def report(outcome: BatchOutcome) -> None:
    """What the run left behind, on stderr, and the exit status: 1 when any input failed."""
    if outcome.submitted:
        typer.echo(
            f"summarizer: submitted {', '.join(outcome.submitted)}; saved in "
            f"{outcome.jobs_file}; run the same command (or summarizer jobs collect "
            f"{outcome.files.out}) to collect",
            err=True,
        )
    if outcome.pages is not None:
        written, problems = outcome.pages
        for problem in problems:
            typer.echo(f"summarizer: no page for {problem}", err=True)
        typer.echo(
            f"summarizer: wrote {written} evidence pages and index.html in {outcome.job.html_dir}",
            err=True,
        )
    stats = outcome.stats
    typer.echo(f"summarizer: {outcome.closing_line()}", err=True)
    if stats.budget_reached:
        typer.echo(
            f"summarizer: the ${outcome.job.limits.max_cost} budget was reached; run again to "
            "continue",
            err=True,
        )
    if stats.failed:
        raise fail(f"{stats.failed} of {stats.done} articles failed; see {outcome.files.errors}", 1)
