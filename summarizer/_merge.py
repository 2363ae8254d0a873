"""One mechanism to merge event records that describe the same event.

Used across the chunks of a long article, and across several reports of one story. Two events
are the same when code says so: same type, compatible actors (a name, canonical name or alias in
common), compatible places, and dates that overlap. Merged events keep every piece of evidence,
every source's figures and every claim, side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._grounding import normalize
from ._models import Actor, Event, EventLink, Location

__all__ = ["same_actor", "same_event", "merge_events", "merge_entities"]


def _names(actor: Actor) -> set[str]:
    return {
        normalize(n).casefold() for n in (actor.name, actor.canonical_name, *actor.aliases) if n
    }


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """Whether two mentions can be one actor; an actor a report does not name fits any."""
    if a is None or b is None:
        return True
    return bool(_names(a) & _names(b))


def _same_place(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True  # one report names no place: no contradiction
    x, y = normalize(a.place).casefold(), normalize(b.place).casefold()
    return x == y or x in y or y in x


def same_event(a: Event, b: Event) -> bool:
    if a.type != b.type or not same_actor(a.initiator, b.initiator):
        return False
    if not same_actor(a.target, b.target) or not _same_place(a.location, b.location):
        return False
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.start is None or tb.start is None:
        return True
    return ta.start <= (tb.end or tb.start) and tb.start <= (ta.end or ta.start)


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
            "evidence": unique([*kept.evidence, *other.evidence], lambda e: (e.start, e.quote)),
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


def merge_events(groups: Sequence[Sequence[Event]]) -> list[Event]:
    """Events of several groups (chunks, reports) as one list, duplicates merged, renumbered
    E1, E2, ... in order of first appearance, with links pointed at the new ids."""
    merged: list[Event] = []
    new_id: dict[tuple[int, str], str] = {}
    for index, group in enumerate(groups):
        for event in group:
            match = next((i for i, kept in enumerate(merged) if same_event(kept, event)), None)
            if match is None:
                merged.append(event)
                match = len(merged) - 1
            else:
                merged[match] = _merge_into(merged[match], event)
            new_id[(index, event.id)] = f"E{match + 1}"
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
