"""`summarizer eval`: scores against gold annotations, regressions, comparisons."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from summarizer._errors import InputError
from summarizer.checks.rules import reasks_line
from summarizer.cli.options import SharedOptions, fail, model_command
from summarizer.cli.options import console as rich_console

if TYPE_CHECKING:
    from summarizer.batch.engine import BatchItem


@model_command
def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="Gold file: JSONL in this project's format, or PLOVER records.",
        ),
    ],
    results: Annotated[
        Optional[Path],
        typer.Option(
            exists=True,
            dir_okay=False,
            help="Score this results JSONL (from batch or --out) instead of a run.",
        ),
    ] = None,
    compare: Annotated[
        Optional[tuple[Path, Path]],
        typer.Option(help="Show what differs between two results files, per article and field."),
    ] = None,
    out: Annotated[
        Optional[Path],
        typer.Option(
            "--out", "-o", dir_okay=False, help="Also write the run's results here, one line each."
        ),
    ] = None,
    baseline: Annotated[
        Optional[Path],
        typer.Option(dir_okay=False, help="Exit 1 when a score falls below this baseline."),
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Write the scores to --baseline instead.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="A JSON report instead of tables.")
    ] = False,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Requests in flight.")] = 4,
    *,
    shared: SharedOptions,
) -> None:
    """Score a run against gold annotations: live, replayed (--replay) or read (--results)."""
    # (imported here: `eval --results` reads files and should not load the model client)
    from summarizer.eval.gold import load_gold
    from summarizer.eval.reports import baseline_of, evaluate, regressions
    from summarizer.eval.reports import compare as compare_runs
    from summarizer.eval.runs import read_run

    if update_baseline and baseline is None:
        raise fail("--update-baseline needs --baseline FILE", 2)
    articles, skipped = load_gold(gold)
    for note in skipped:
        typer.echo(f"summarizer: skipped gold record {note}", err=True)
    if not articles:
        raise InputError(f"{gold} holds no gold articles")
    if compare is not None:
        reports = [evaluate(articles, read_run(p), gold_file=str(gold)) for p in compare]
        _show_differences(compare_runs(*reports), compare, as_json)
        return
    if results is not None:
        run = read_run(results)
    else:
        run = _run_gold(articles, out, concurrency, shared)
    report = evaluate(articles, run, gold_file=str(gold))
    moved: list[str] = []
    if baseline is not None and update_baseline:
        baseline.write_text(json.dumps(baseline_of(report), indent=2) + "\n", "utf-8")
        typer.echo(f"summarizer: wrote {baseline}", err=True)
    elif baseline is not None:
        if not baseline.is_file():
            raise fail(f"baseline not found: {baseline} (create it with --update-baseline)", 2)
        try:
            moved = regressions(report, json.loads(baseline.read_text("utf-8")))
        except ValueError as exc:
            raise fail(f"{baseline}: not valid JSON: {exc}", 2) from None
    if as_json:
        typer.echo(json.dumps({**report.model_dump(mode="json"), "regressions": moved}, indent=2))
    else:
        _show_report(report)
    if report.reasks:
        typer.echo(f"summarizer: {reasks_line(report.reasks)}", err=True)
    partial = [a.id for a in report.articles if a.partial]
    if partial:
        shown = ", ".join(partial[:5]) + (", ..." if len(partial) > 5 else "")
        typer.echo(
            f"summarizer: {len(partial)} of {len(report.articles)} results are partial, "
            f"scored as they are ({shown})",
            err=True,
        )
    failed = [a.id for a in report.articles if a.error is not None]
    if moved:
        for line in moved:
            typer.echo(f"summarizer: regression: {line}", err=True)
        source = f"--results {results}" if results else ""
        source = source or (f"--replay {shared.replay}" if shared.replay else "")
        raise fail(
            f"{len(moved)} scores fell below {baseline}; if the change is intended, run: "
            f"summarizer eval {gold} {source} --baseline {baseline} --update-baseline".replace(
                "  ", " "
            ),
            1,
        )
    if failed:
        shown = ", ".join(failed[:5]) + (", ..." if len(failed) > 5 else "")
        raise fail(f"{len(failed)} of {len(report.articles)} articles failed ({shown})", 1)


def _run_gold(
    articles: list[Any], out: Path | None, concurrency: int, shared: SharedOptions
) -> dict[str, Any]:
    from summarizer.eval.runs import run_gold

    config = shared.config()
    sink = out.open("w", encoding="utf-8") if out else None

    def write(item: BatchItem) -> None:
        if sink is not None:
            sink.write(item.line() + "\n")

    async def run() -> dict[str, Any]:
        return await run_gold(articles, config, concurrency=concurrency, on_item=write)

    try:
        with shared.exchange():
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

    from summarizer.eval.matching import FIELDS

    console = rich_console(width=max(rich_console().width, 100))
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
            a.id,
            str(a.gold),
            str(a.predicted),
            str(a.matched),
            _cell(m["precision"]),
            _cell(m["recall"]),
            f"{sum(votes)}/{len(votes)}",
            _cell(a.rouge_l),
            _cell(a.coverage),
            _cell(a.density, 1),
            str(a.attempts),
            *([(a.error or "")[:40]] if notes else []),
        )
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


_COUNTS = frozenset(
    {"articles", "failed", "events_gold", "events_predicted", "events_matched", "tokens"}
)


def _show_differences(found: list[Any], runs: tuple[Path, Path], as_json: bool) -> None:
    if as_json:
        rows = [{"article": d.article, "measure": d.measure, "a": d.a, "b": d.b} for d in found]
        typer.echo(
            json.dumps({"a": str(runs[0]), "b": str(runs[1]), "differences": rows}, indent=2)
        )
        return
    from rich.table import Table

    table = Table(title=f"A = {runs[0]}, B = {runs[1]}", title_justify="left")
    for name in ("article", "measure", "A", "B", "change"):
        table.add_column(name, justify="left" if name in ("article", "measure") else "right")
    for d in found:
        change = "" if d.a is None or d.b is None else f"{d.b - d.a:+.3f}"
        table.add_row(d.article, d.measure, _cell(d.a, 3), _cell(d.b, 3), change)
    rich_console(width=max(rich_console().width, 100)).print(table)
    if not found:
        typer.echo("summarizer: the two runs score the same", err=True)
