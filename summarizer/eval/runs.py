"""A run to score: the outcome of each article, read from a results file or produced by analysing
the gold articles.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from summarizer._errors import InputError
from summarizer.core.models import (
    Analysis,
    Article,
    EventsResult,
    SummaryResult,
)

if TYPE_CHECKING:
    from summarizer._config import Config
    from summarizer.batch.engine import BatchItem
from summarizer.eval.gold import GoldArticle

__all__ = ["RunOutcome", "read_run", "run_gold"]


@dataclass
class RunOutcome:
    """What a run made of one gold article: a result, or the error that stopped it."""

    id: str
    result: Analysis | EventsResult | SummaryResult | None = None
    error: str | None = None
    cost_usd: float | None = None


def outcome_of(item: BatchItem) -> RunOutcome:
    if not item.ok:
        return RunOutcome(item.id, error=item.error)
    result = item.result()
    return RunOutcome(item.id, result=result, cost_usd=item.cost_usd)


def read_run(path: Path) -> dict[str, RunOutcome]:
    """A results JSONL file (from `summarizer batch` or `eval --out`), with the errors file
    beside it if there is one."""
    if not path.is_file():
        raise InputError(f"results file not found: {path}")
    outcomes: dict[str, RunOutcome] = {}
    errors = path.with_suffix(".errors.jsonl")
    for source in (errors, path) if errors.is_file() and errors != path else (path,):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                outcome = _outcome_of_line(json.loads(line))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "result"
                raise InputError(f"{source}:{number}: {where}: {first['msg']}") from None
            except (ValueError, KeyError, TypeError) as exc:
                reason = str(exc).splitlines()[0]
                raise InputError(f"{source}:{number}: not a result line: {reason}") from None
            outcomes[outcome.id] = outcome  # a later result supersedes an earlier error
    return outcomes


def _outcome_of_line(line: dict[str, Any]) -> RunOutcome:
    if "result" not in line:
        return RunOutcome(str(line["id"]), error=str(line.get("error") or "no result"))
    result = line["result"]
    kind: type[Analysis | EventsResult | SummaryResult]
    if "events" in result and "summary" in result:
        kind = Analysis
    elif "events" in result:
        kind = EventsResult
    else:
        kind = SummaryResult
    return RunOutcome(
        str(line["id"]), result=kind.model_validate(result), cost_usd=line.get("cost_usd")
    )


async def run_gold(
    gold: Sequence[GoldArticle],
    config: Config,
    *,
    concurrency: int = 4,
    on_item: Callable[[BatchItem], None] | None = None,
) -> dict[str, RunOutcome]:
    """Analyse every gold article (no cache: an evaluation measures the model, not the cache)."""
    from summarizer.batch.engine import aiter_analyze

    articles = [Article(id=g.id, text=g.text or "", date=g.dateline) for g in gold]
    outcomes: dict[str, RunOutcome] = {}
    async for item in aiter_analyze(articles, concurrency=concurrency, config=config):
        if on_item is not None:
            on_item(item)
        outcomes[item.id] = outcome_of(item)
    return outcomes
