"""Matching predicted events to gold ones, one to one, and comparing each matched pair field by
field (a date agrees within the gold precision, a casualty figure when the ranges overlap).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.checks.alignment import normalize
from summarizer.checks.time_phrases import span_of
from summarizer.core.models import (
    Actor,
    Event,
)
from summarizer.eval.gold import GoldActor, GoldEvent, GoldRange

__all__ = ["field_agreement", "match_events"]


FIELDS = (
    "type",
    "mode",
    "initiator",
    "target",
    "country",
    "place",
    "date",
    "killed",
    "wounded",
    "status",
)


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
        "mode": None if gold.mode is None else (event.mode or "") == _mode(gold.mode),
        "initiator": _actor_agrees(event.initiator, gold.initiator),
        "target": _actor_agrees(event.target, gold.target),
        "country": _text_agrees(country, gold.country),
        "place": _text_agrees(place, gold.place),
        "date": _date_agrees(event, gold),
        "killed": _figure_agrees(event, "killed", gold.killed),
        "wounded": _figure_agrees(event, "wounded", gold.wounded),
        "status": event.status == gold.status,
    }


def _mode(mode: str) -> str:
    return mode.strip().lower().replace(" ", "_")  # as Event normalises the model's mode


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
