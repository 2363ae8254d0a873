"""`summarizer batch`: many articles, through concurrent live requests (the batch engine), Ray
Data, or the provider's Batch API; every input ends as one result line or one error line. The
running is `batch/runner.py`'s; this parses the options, shows progress and prints."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Annotated, Optional

import typer

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
from summarizer.cli.progress import items_progress, polls_progress, report

__all__ = ["batch"]


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
    from summarizer.batch.engine import BatchStats
    from summarizer.batch.outputs import ResultFiles
    from summarizer.batch.runner import (
        BatchApiOptions,
        BatchJob,
        LiveLimits,
        RayOptions,
        check_resume,
        interrupted_line,
        run_job,
    )
    from summarizer.core.cache import ResultCache

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
    hint_if_terminal(inputs, "JSONL articles (one JSON object per line)")
    job = BatchJob(
        inputs,
        ResultFiles(out, errors, events_csv),
        config,
        COMMAND_TASKS[task],
        engine="batch-api" if via == "batch-api" else engine,  # type: ignore[arg-type]
        cache=None if no_cache or shared.uses_cassette else ResultCache(config.cache_dir),
        limits=LiveLimits(concurrency, rpm, tpm, max_cost),
        ray=RayOptions(actors, ray_address),
        api=BatchApiOptions(
            reask_via,  # type: ignore[arg-type]
            no_wait,
            poll_interval,
            max_requests_per_file,
            max_bytes_per_file,
        ),
        html_dir=html_dir,
        quiet=quiet,
    )
    check_resume(job, redo_changed)
    # What is loaded by now (the libraries, their tables) lives as long as the process: keep
    # the collector from walking it again. A full collection over it stalls the event loop
    # for ~100 ms while answers wait to be read. (The command owns its process; the library
    # functions leave the collector alone.)
    gc.collect()
    gc.freeze()
    stats = BatchStats()
    try:
        outcome = run_job(
            job,
            stats,
            exchange=shared.exchange,
            show_items=lambda count, finished: items_progress(count, finished, quiet),
            show_polls=lambda: polls_progress(quiet),
        )
    except KeyboardInterrupt:
        typer.echo(f"summarizer: {interrupted_line(stats, job.files)}", err=True)
        raise typer.Exit(130) from None
    report(outcome)
