"""Scoring analyses against gold annotations.

Events are matched one to one (same type, actors agreeing through names and aliases, then the
best-supported pairs first); precision, recall and F1 count the matches; each matched pair is
compared field by field (a date agrees within the gold precision, a casualty figure when the
ranges overlap). Summaries get ROUGE-L against the reference and the extractive fragment
coverage and density of Grusky et al. (2018).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import Field

from ._chunking import each_evidence
from ._dates import span_of
from ._grounding import ArticleText, normalize
from ._models import (
    Actor,
    Analysis,
    Event,
    EventStatus,
    EventType,
    Evidence,
    Precision,
    _Model,
)

__all__ = [
    "GoldActor",
    "GoldEvent",
    "GoldArticle",
    "match_events",
    "field_agreement",
    "coverage_and_density",
    "ArticleScore",
    "score_article",
]

FIELDS = (
    "type", "mode", "initiator", "target", "country",
    "place", "date", "killed", "wounded", "status",
)  # fmt: skip
_TOKEN = re.compile(r"\w+")


class GoldActor(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)


class GoldRange(_Model):
    min: int | None = None
    max: int | None = None


class GoldEvent(_Model):
    """One hand-annotated event; fields left out are not scored."""

    type: EventType
    mode: str | None = None
    initiator: GoldActor | None = None
    target: GoldActor | None = None
    place: str | None = None
    country: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: Precision = "day"
    killed: GoldRange | None = None
    wounded: GoldRange | None = None
    status: EventStatus = "occurred"


class GoldArticle(_Model):
    """One line of a gold file."""

    id: str
    text: str | None = None
    path: str | None = None
    dateline: dt.date | None = None
    events: list[GoldEvent] = Field(default_factory=list)
    summary: str | None = Field(default=None, description="A reference summary.")


def _names(actor: Actor | GoldActor) -> set[str]:
    names = [actor.name, *actor.aliases]
    if isinstance(actor, Actor):
        names.append(actor.canonical_name)
    return {normalize(n).casefold() for n in names if n}


def _actor_agrees(predicted: Actor | None, gold: GoldActor | None) -> bool | None:
    if gold is None:
        return None
    return predicted is not None and bool(_names(predicted) & _names(gold))


def _date_agrees(event: Event, gold: GoldEvent) -> bool | None:
    if gold.date is None:
        return None
    if event.time is None or event.time.start is None:
        return False
    low = span_of(gold.date, gold.precision)[0]
    high = span_of(gold.date_end or gold.date, gold.precision)[1]
    start, end = event.time.start, event.time.end or event.time.start
    return start <= high and low <= end


def _figure_agrees(event: Event, kind: str, gold: GoldRange | None) -> bool | None:
    if gold is None:
        return None
    figures = [f.count for f in event.casualties if f.kind == kind]
    if not figures:
        return False
    low = min(f.lowest for f in figures)
    highs = [f.max for f in figures]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    gold_low = gold.min if gold.min is not None else 0
    return (high is None or gold_low <= high) and (gold.max is None or low <= gold.max)


def _text_agrees(predicted: str | None, gold: str | None) -> bool | None:
    if gold is None:
        return None
    if predicted is None:
        return False
    a, b = normalize(predicted).casefold(), normalize(gold).casefold()
    return a == b or a in b or b in a


def field_agreement(event: Event, gold: GoldEvent) -> dict[str, bool | None]:
    """Per field: agrees, disagrees, or None when the gold leaves the field out."""
    place = event.location.place if event.location else None
    country = event.location.country if event.location else None
    return {
        "type": event.type == gold.type,
        "mode": None if gold.mode is None else (event.mode or "") == gold.mode.lower(),
        "initiator": _actor_agrees(event.initiator, gold.initiator),
        "target": _actor_agrees(event.target, gold.target),
        "country": _text_agrees(country, gold.country),
        "place": _text_agrees(place, gold.place),
        "date": _date_agrees(event, gold),
        "killed": _figure_agrees(event, "killed", gold.killed),
        "wounded": _figure_agrees(event, "wounded", gold.wounded),
        "status": event.status == gold.status,
    }


def match_events(predicted: Sequence[Event], gold: Sequence[GoldEvent]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs: same type and agreeing actors, the
    pairs that agree on more (actors, date, place) taken first."""
    candidates = []
    for i, event in enumerate(predicted):
        for j, wanted in enumerate(gold):
            if event.type != wanted.type:
                continue
            fields = field_agreement(event, wanted)
            if fields["initiator"] is False or fields["target"] is False:
                continue
            support = sum(fields[k] is True for k in ("initiator", "target", "date", "place"))
            candidates.append((-support, i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return sorted(pairs)


def _fragments(article: list[str], summary: list[str]) -> list[int]:
    """Lengths of the extractive fragments (Grusky et al. 2018, greedy longest match)."""
    lengths, i = [], 0
    while i < len(summary):
        best, j = 0, 0
        while j < len(article):
            if summary[i] == article[j]:
                a, b = i, j
                while a < len(summary) and b < len(article) and summary[a] == article[b]:
                    a, b = a + 1, b + 1
                best, j = max(best, a - i), b
            else:
                j += 1
        if best:
            lengths.append(best)
        i += max(best, 1)
    return lengths


def coverage_and_density(article: str, summary: str) -> tuple[float, float]:
    """Share of summary words inside copied fragments, and mean squared fragment length."""
    words = _TOKEN.findall(summary.lower())
    if not words:
        return 0.0, 0.0
    lengths = _fragments(_TOKEN.findall(article.lower()), words)
    return sum(lengths) / len(words), sum(n * n for n in lengths) / len(words)


def rouge_l(summary: str, reference: str) -> float:
    from rouge_score import rouge_scorer  # imported on demand: it loads nltk

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return float(scorer.score(reference, summary)["rougeL"].fmeasure)


@dataclass
class ArticleScore:
    id: str
    predicted: int
    gold: int
    matched: int
    fields: dict[str, list[bool]] = field(default_factory=dict)
    rouge_l: float | None = None
    coverage: float | None = None
    density: float | None = None
    quotes: int = 0
    grounded: int = 0
    attempts: int = 0
    tokens: int = 0


def score_article(analysis: Analysis, gold: GoldArticle, text: str) -> ArticleScore:
    pairs = match_events(analysis.events, gold.events)
    result = ArticleScore(
        id=gold.id, predicted=len(analysis.events), gold=len(gold.events), matched=len(pairs),
        attempts=analysis.metadata.attempts, tokens=analysis.metadata.usage.total_tokens,
    )  # fmt: skip
    for i, j in pairs:
        for name, agrees in field_agreement(analysis.events[i], gold.events[j]).items():
            if agrees is not None:
                result.fields.setdefault(name, []).append(agrees)
    summary = analysis.summary.summary
    if gold.summary:
        result.rouge_l = rouge_l(summary, gold.summary)
    result.coverage, result.density = coverage_and_density(text, summary)
    located = ArticleText(text)
    quotes = [e.quote for e in _evidence(analysis)]
    result.quotes = len(quotes)
    result.grounded = sum(located.locate(q) is not None for q in quotes)
    return result


def _evidence(analysis: Analysis) -> list[Evidence]:
    found: list[Evidence] = []
    each_evidence(analysis, found.append)
    return found
