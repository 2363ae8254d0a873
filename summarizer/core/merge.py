"""One mechanism to merge event records that describe the same event.

Used across the chunks of a long article, and across several reports of one story. Two events
are the same when code says so: same type, compatible actors (a name, canonical name or alias in
common), compatible places, and dates that overlap. Merged events keep every piece of evidence,
every source's figures and every claim, side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from summarizer.checks.alignment import normalize
from summarizer.checks.time_phrases import span_of
from summarizer.core.models import Actor, Event, EventLink, Location

__all__ = ["compare", "same_actor", "same_event", "unsure_pairs", "merge_events", "merge_entities"]


Verdict = Literal["same", "different", "unsure"]
Key = tuple[int, str]  # (group index, event id): one event as its group reported it


def _names(actor: Actor) -> set[str]:
    return {
        normalize(n).casefold() for n in (actor.name, actor.canonical_name, *actor.aliases) if n
    }


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """Whether two mentions can be one actor; an actor a report does not name fits any."""
    if a is None or b is None:
        return True
    return bool(_names(a) & _names(b))


def _places(a: Location | None, b: Location | None) -> tuple[bool, bool]:
    """(both named and matching, both named and different)."""
    if a is None or b is None:
        return False, False
    x, y = normalize(a.place).casefold(), normalize(b.place).casefold()
    match = x == y or x in y or y in x
    return match, not match


def _dates(a: Event, b: Event) -> tuple[bool, bool]:
    """(overlapping at day precision, known and not overlapping)."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.start is None or tb.start is None:
        return False, False
    a0, a1 = span_of(ta.start, ta.precision)[0], span_of(ta.end or ta.start, ta.precision)[1]
    b0, b1 = span_of(tb.start, tb.precision)[0], span_of(tb.end or tb.start, tb.precision)[1]
    if a1 < b0 or b1 < a0:
        return False, True
    return ta.precision == tb.precision == "day", False


def compare(a: Event, b: Event) -> Verdict:
    """Whether two records describe one event, as far as code can tell.

    Different: another type, initiators that share no name, or dates that cannot overlap.
    Same: none of those, places that do not differ, and at least two positive matches among
    initiator, target, place and day. Anything between is unsure (a model may adjudicate)."""
    if a.type != b.type or not same_actor(a.initiator, b.initiator):
        return "different"
    days_match, days_differ = _dates(a, b)
    if days_differ:
        return "different"
    place_match, places_differ = _places(a.location, b.location)
    confirmed = sum(
        [
            a.initiator is not None and b.initiator is not None,
            a.target is not None and b.target is not None and same_actor(a.target, b.target),
            place_match,
            days_match,
        ]
    )
    return "same" if confirmed >= 2 and not places_differ else "unsure"


def same_event(a: Event, b: Event) -> bool:
    return compare(a, b) == "same"


def unsure_pairs(groups: Sequence[Sequence[Event]]) -> list[tuple[Key, Event, Key, Event]]:
    """Pairs from different groups that code can neither merge nor keep apart."""
    pairs = []
    for i, first in enumerate(groups):
        for j in range(i + 1, len(groups)):
            for a in first:
                for b in groups[j]:
                    if compare(a, b) == "unsure":
                        pairs.append(((i, a.id), a, (j, b.id), b))
    return pairs


def _union_actor(a: Actor | None, b: Actor | None) -> Actor | None:
    if a is None or b is None:
        return a or b
    aliases = [n for n in [*a.aliases, b.name, *b.aliases] if n != a.name]
    return a.model_copy(update={"aliases": list(dict.fromkeys(aliases))})


def _merge_into(kept: Event, other: Event) -> Event:
    def unique(items: list, key) -> list:  # type: ignore[no-untyped-def,type-arg]
        seen, out = set(), []
        for item in items:
            if key(item) not in seen:
                seen.add(key(item))
                out.append(item)
        return out

    return kept.model_copy(
        update={
            "initiator": _union_actor(kept.initiator, other.initiator),
            "target": _union_actor(kept.target, other.target),
            "location": kept.location or other.location,
            "time": kept.time or other.time,
            "mode": kept.mode or other.mode,
            "evidence": unique(
                [*kept.evidence, *other.evidence], lambda e: (e.document, e.start, e.quote)
            ),
            "casualties": unique(
                [*kept.casualties, *other.casualties],
                lambda c: (c.kind, c.source, c.count.min, c.count.max),
            ),
            "claims": unique(
                [*kept.claims, *other.claims], lambda c: (c.source, c.evidence.start, c.statement)
            ),
            "links": [*kept.links, *other.links],
        }
    )


def merge_events(
    groups: Sequence[Sequence[Event]], decide: Callable[[Key, Key], bool] | None = None
) -> list[Event]:
    """Events of several groups (chunks, reports) as one list, duplicates merged, renumbered
    E1, E2, ... in order of first appearance, with links pointed at the new ids.

    Pairs `compare` finds the same are merged; unsure pairs only when `decide(a, b)` says so."""
    merged: list[Event] = []
    members: list[list[Key]] = []
    new_id: dict[Key, str] = {}

    def belongs(position: int, event: Event, key: Key) -> bool:
        verdict = compare(merged[position], event)
        if verdict == "unsure" and decide is not None:
            return any(decide(member, key) for member in members[position])
        return verdict == "same"

    for index, group in enumerate(groups):
        for event in group:
            key = (index, event.id)
            match = next((i for i in range(len(merged)) if belongs(i, event, key)), None)
            if match is None:
                merged.append(event)
                members.append([key])
                match = len(merged) - 1
            else:
                merged[match] = _merge_into(merged[match], event)
                members[match].append(key)
            new_id[key] = f"E{match + 1}"
    # links still name the ids of their own group; map them, drop those that no longer resolve
    owners = {
        id(link): index for index, group in enumerate(groups) for e in group for link in e.links
    }
    result = []
    for number, event in enumerate(merged, start=1):
        links, seen = [], set()
        for link in event.links:
            target = new_id.get((owners.get(id(link), -1), link.event_id))
            if target and target != f"E{number}" and (link.kind, target) not in seen:
                seen.add((link.kind, target))
                links.append(EventLink(kind=link.kind, event_id=target))
        result.append(event.model_copy(update={"id": f"E{number}", "links": links}))
    return result


def merge_entities(groups: Sequence[Sequence[Actor]]) -> list[Actor]:
    """Entities of several groups, one per actor (matched through names and aliases)."""
    merged: list[Actor] = []
    for group in groups:
        for actor in group:
            match = next((i for i, kept in enumerate(merged) if same_actor(kept, actor)), None)
            if match is None:
                merged.append(actor)
            else:
                merged[match] = _union_actor(merged[match], actor) or actor
    return merged
