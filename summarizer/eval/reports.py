"""Scores and reports: per-article scores, the overall report, baselines and comparisons.

Events are matched one to one; precision, recall and F1 count the matches; each matched pair
is compared field by field. A baseline stores the overall scores, and a later run regresses
when a score is worse than the baseline's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field

from summarizer.checks.alignment import ArticleText
from summarizer.core.chunking import each_evidence
from summarizer.core.models import (
    Analysis,
    Event,
    EventsResult,
    Evidence,
    SummaryResult,
)
from summarizer.eval.gold import GoldArticle
from summarizer.eval.matching import FIELDS, field_agreement, match_events
from summarizer.eval.metrics import coverage_and_density, rouge_l
from summarizer.eval.runs import RunOutcome

__all__ = [
    "ArticleScore",
    "Difference",
    "EvalReport",
    "baseline_of",
    "compare",
    "evaluate",
    "regressions",
    "score_article",
]


class ArticleScore(BaseModel):
    """One gold article scored: counts, not ratios, so they add up across articles."""

    id: str
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    fields: dict[str, list[bool]] = Field(default_factory=dict)
    rouge_l: float | None = None
    coverage: float | None = None
    density: float | None = None
    quotes: int = 0
    grounded: int = 0
    attempts: int = 0
    partial: bool = False  # the result had parts dropped (scored as it is)
    reasks: dict[str, int] = Field(default_factory=dict)  # rule -> answers sent back for it
    tokens: int = 0
    cost_usd: float | None = None
    error: str | None = None

    def measures(self) -> dict[str, float | None]:
        """The per-article measures the regression check guards (higher is better)."""
        found: dict[str, float | None] = {
            "precision": _ratio(self.matched, self.predicted, empty=1.0 if not self.gold else None),
            "recall": _ratio(self.matched, self.gold, empty=1.0 if not self.predicted else None),
        }
        for name in FIELDS:
            if name in self.fields:
                found[f"field:{name}"] = _ratio(sum(self.fields[name]), len(self.fields[name]))
        found["rouge_l"] = self.rouge_l
        return found


def _ratio(part: float, whole: float, *, empty: float | None = None) -> float | None:
    return part / whole if whole else empty


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_article(
    result: Analysis | EventsResult | SummaryResult | None, gold: GoldArticle, text: str
) -> ArticleScore:
    """Score one result (None: the run failed on this article, so every gold event is missed)."""
    score = ArticleScore(id=gold.id, gold=len(gold.events))
    if result is None:
        return score
    events: list[Event] = list(getattr(result, "events", []))
    pairs = match_events(events, gold.events)
    score.predicted, score.matched = len(events), len(pairs)
    score.attempts = result.metadata.attempts
    score.partial = not result.complete
    score.reasks = dict(Counter(reask.rule for reask in result.metadata.reasks))
    score.tokens = result.metadata.usage.total_tokens
    for i, j in pairs:
        for name, agrees in field_agreement(events[i], gold.events[j]).items():
            if agrees is not None:
                score.fields.setdefault(name, []).append(agrees)
    summary = getattr(result, "summary", None)
    if summary is not None:
        if gold.summary:
            score.rouge_l = rouge_l(summary.summary, gold.summary)
        score.coverage, score.density = coverage_and_density(text, summary.summary)
    located = ArticleText(text)
    quotes = [e.quote for e in _evidence(result)]
    score.quotes = len(quotes)
    score.grounded = sum(located.locate(q) is not None for q in quotes)
    return score


def _evidence(result: Any) -> list[Evidence]:
    found: list[Evidence] = []
    each_evidence(result, found.append)
    return found


# Overall measures the regression check guards, by the direction that is better.
HIGHER_IS_BETTER = (
    "events_precision",
    "events_recall",
    "events_f1",
    *(f"field:{n}" for n in FIELDS),
    "rouge_l",
    "grounding_rate",
    "first_attempt_valid",
)
LOWER_IS_BETTER = ("failed", "mean_attempts")


class EvalReport(BaseModel):
    """A run scored against a gold set: per article, and overall."""

    gold_file: str
    articles: list[ArticleScore]
    measures: dict[str, float | None] = Field(default_factory=dict)
    reasks: dict[str, int] = Field(default_factory=dict)  # rule -> re-asks over the run

    def article(self, article_id: str) -> ArticleScore | None:
        return next((a for a in self.articles if a.id == article_id), None)


def evaluate(
    gold: Sequence[GoldArticle], run: Mapping[str, RunOutcome], *, gold_file: str = ""
) -> EvalReport:
    """Score `run` against `gold`; a gold article the run has no line for counts as failed."""
    scores = []
    for article in gold:
        outcome = run.get(article.id)
        score = score_article(outcome.result if outcome else None, article, article.text or "")
        if outcome is None:
            score.error = "not in the run"
        else:
            score.error, score.cost_usd = outcome.error, outcome.cost_usd
        scores.append(score)
    reasks: Counter[str] = Counter()
    for score in scores:
        reasks.update(score.reasks)
    return EvalReport(
        gold_file=gold_file, articles=scores, measures=overall(scores), reasks=dict(reasks)
    )


def overall(scores: Sequence[ArticleScore]) -> dict[str, float | None]:
    """Micro-averaged event scores and field accuracies; means of the summary measures."""
    done = [s for s in scores if s.error is None]
    precision = _ratio(sum(s.matched for s in scores), sum(s.predicted for s in scores))
    recall = _ratio(sum(s.matched for s in scores), sum(s.gold for s in scores))
    found: dict[str, float | None] = {
        "articles": len(scores),
        "failed": len(scores) - len(done),
        "partial": sum(s.partial for s in scores),
        "events_gold": sum(s.gold for s in scores),
        "events_predicted": sum(s.predicted for s in scores),
        "events_matched": sum(s.matched for s in scores),
        "events_precision": precision,
        "events_recall": recall,
        "events_f1": _f1(precision, recall),
    }
    for name in FIELDS:
        votes = [v for s in scores for v in s.fields.get(name, [])]
        found[f"field:{name}"] = _ratio(sum(votes), len(votes))
    for name in ("rouge_l", "coverage", "density"):
        values = [v for s in scores if (v := getattr(s, name)) is not None]
        found[name] = sum(values) / len(values) if values else None
    found["grounding_rate"] = _ratio(sum(s.grounded for s in scores), sum(s.quotes for s in scores))
    found["first_attempt_valid"] = _ratio(sum(s.attempts == 1 for s in done), len(done))
    found["mean_attempts"] = _ratio(sum(s.attempts for s in done), len(done))
    found["tokens"] = sum(s.tokens for s in scores)
    costs = [s.cost_usd for s in scores if s.cost_usd is not None]
    found["cost_usd"] = sum(costs) if costs else None
    return found


_TOLERANCE = 1e-6  # scores of a replayed run are exact; this only absorbs float rounding
_DIGITS = 4  # a baseline stores scores to this many decimals, and they are compared at it


def baseline_of(report: EvalReport) -> dict[str, Any]:
    """What a baseline file stores: the guarded measures, overall and per article."""
    guarded = (*HIGHER_IS_BETTER, *LOWER_IS_BETTER)
    return {
        "gold_file": report.gold_file,
        "measures": {k: _round(v) for k, v in report.measures.items() if k in guarded},
        "articles": {
            a.id: {k: _round(v) for k, v in a.measures().items()} for a in report.articles
        },
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, _DIGITS)


def regressions(report: EvalReport, baseline: Mapping[str, Any]) -> list[str]:
    """Every guarded measure that got worse than the baseline, overall and per article."""
    moved = []
    for name, before in baseline.get("measures", {}).items():
        after = report.measures.get(name)
        if _worse(name, before, after):
            moved.append(f"overall {name}: {_show(before)} -> {_show(after)}")
    for article_id, measures in baseline.get("articles", {}).items():
        score = report.article(article_id)
        if score is None:
            moved.append(f"{article_id}: missing from this run")
            continue
        now = score.measures()
        for name, before in measures.items():
            if _worse(name, before, now.get(name)):
                moved.append(f"{article_id} {name}: {_show(before)} -> {_show(now.get(name))}")
    return moved


def _worse(name: str, before: float | None, after: float | None) -> bool:
    if before is None:
        return False
    if after is None:
        return True
    after = round(after, _DIGITS)
    if name in LOWER_IS_BETTER:
        return after > before + _TOLERANCE
    return after < before - _TOLERANCE


def _show(value: float | None) -> str:
    return "-" if value is None else f"{value:.4g}"


@dataclass(frozen=True)
class Difference:
    article: str  # an article id, or "overall"
    measure: str
    a: float | None
    b: float | None


def compare(a: EvalReport, b: EvalReport) -> list[Difference]:
    """Every measure that differs between two runs on the same gold set."""
    found = [
        Difference("overall", name, a.measures.get(name), b.measures.get(name))
        for name in dict.fromkeys([*a.measures, *b.measures])
        if _differs(a.measures.get(name), b.measures.get(name))
    ]
    for article in dict.fromkeys([s.id for s in a.articles] + [s.id for s in b.articles]):
        left, right = a.article(article), b.article(article)
        ma = left.measures() if left else {}
        mb = right.measures() if right else {}
        found += [
            Difference(article, name, ma.get(name), mb.get(name))
            for name in dict.fromkeys([*ma, *mb])
            if _differs(ma.get(name), mb.get(name))
        ]
    return found


def _differs(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is not b
    return abs(a - b) > _TOLERANCE
