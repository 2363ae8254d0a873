"""Rules that read an answer as a whole against the article: names as written, event links,
who gives each figure, what every free-text statement says, and casualty figures missed.

The data contract (`summarizer.core.models`) sits above this module, so the answer's parts are
read by their field names (events, figures, actors), not by their classes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from summarizer.checks.alignment import ArticleText
from summarizer.checks.coverage import missing_figure
from summarizer.checks.dates import time_problem
from summarizer.checks.figures import ATTRIBUTION
from summarizer.checks.rules import Problem
from summarizer.checks.statements import Support, statement_problem

__all__ = [
    "Path",
    "links_problem",
    "links_problems",
    "meaning_problem",
    "meaning_problems",
    "mention_problem",
    "source_problem",
]

# Where in the answer a problem stands, as field names and list indices:
# ("events", 1, "claims", 0) is the first claim of the second event. () is the whole answer.
Path = tuple[str | int, ...]

_FORWARD_LOOKING = frozenset({"threatened", "planned"})


def mention_problem(article: ArticleText, what: str, *names: str | None) -> Problem | None:
    """One of `names` (a name and its aliases, a place, a source) occurs in the article."""
    present = [n for n in names if n]
    if not present or any(article.mentions(n) for n in present):
        return None
    shown = "' / '".join(present)
    return Problem(
        "name_not_in_article",
        f"{what} '{shown}' does not occur in the article; use the words it uses",
    )


def links_problem(events: Sequence[Any]) -> Problem | None:
    """Event ids are unique and every link points at another event of the answer."""
    return next((problem for _, problem in links_problems(events)), None)


def links_problems(events: Sequence[Any]) -> Iterator[tuple[Path, Problem]]:
    """Every repeated event id (at its later events) and every link that points nowhere."""
    ids = [e.id for e in events]
    seen: set[str] = set()
    for index, event in enumerate(events):
        if event.id in seen:
            repeated = sorted(i for i, n in Counter(ids).items() if n > 1)
            message = f"event ids must be unique; repeated: {', '.join(repeated)}"
            yield ("events", index), Problem("event_links", message)
        seen.add(event.id)
    for index, event in enumerate(events):
        for position, link in enumerate(event.links):
            where: Path = ("events", index, "links", position)
            if link.event_id == event.id:
                yield where, Problem("event_links", f"event {event.id} links to itself")
            elif link.event_id not in ids:
                yield (
                    where,
                    Problem(
                        "event_links",
                        f"event {event.id} links to '{link.event_id}', which is not an event id "
                        f"(ids: {', '.join(ids)})",
                    ),
                )


def source_problem(
    article: ArticleText, groups: tuple[tuple[str, ...], ...], event_id: str, figure: Any
) -> Problem | None:
    """A figure's source, or one of its aliases, is named where the article gives the figure:
    in the quote's sentence when that sentence attributes it ("..., the ministry said"), in
    its paragraph otherwise ("Two soldiers were killed." after "According to the ministry")."""
    evidence = figure.evidence
    if not figure.source or evidence.start is None or evidence.end is None:
        return None
    sentence = article.sentence(evidence.start, evidence.end)
    where = sentence if ATTRIBUTION.search(sentence) else None
    passage = ArticleText(where or article.paragraph(evidence.start, evidence.end))
    names = [figure.source, *_same_actor(figure.source, groups)]
    if any(passage.mentions(name) for name in names if name):
        return None
    return Problem(
        "figure_source",
        f"event {event_id}: {figure.kind} figure '{figure.count.phrase}' is credited to "
        f"'{figure.source}', who is not named where the article gives it; credit the source "
        "that paragraph names, or null when the article states the figure itself",
    )


@lru_cache(maxsize=1024)
def _same_actor(source: str, groups: tuple[tuple[str, ...], ...]) -> list[str]:
    """The names (entity name and aliases) of the actors `source` names or is named by:
    "Governor Anna Petrosk" is the entity "Anna Petrosk", alias "Governor"."""
    named = ArticleText(source)
    found: list[str] = []
    for group in groups:
        forms = [name for name in group if name]
        if any(named.mentions(form) or ArticleText(form).mentions(source) for form in forms):
            found += [group[0], *group[2:]]
    return found


def meaning_problem(
    article: ArticleText,
    reference: dt.date | None,
    summary: Any | None,
    events: Sequence[Any],
    entities: Sequence[Any],
    *,
    coverage: bool = True,
) -> Problem | None:
    """The first problem of an answer read as a whole (see `meaning_problems`)."""
    found = meaning_problems(article, reference, summary, events, entities, coverage=coverage)
    return next((problem for _, problem in found), None)


def meaning_problems(
    article: ArticleText,
    reference: dt.date | None,
    summary: Any | None,
    events: Sequence[Any],
    entities: Sequence[Any],
    *,
    coverage: bool = True,
) -> Iterator[tuple[Path, Problem]]:
    """Every problem of an answer read as a whole, with where it stands: each event's time,
    who gives each figure, what every free-text statement says, and (with `coverage`)
    figures missed. Lazy: the re-ask takes the first, a partial result all of them."""
    actors = [*entities, *(a for e in events for a in (e.initiator, e.target) if a)]
    # an actor of many events is one actor: each is read once, however many events name it
    groups = tuple(dict.fromkeys((a.name, a.canonical_name, *a.aliases) for a in actors))

    def support(evidence: Sequence[Any], **extra: Any) -> Support:
        located = [e for e in evidence if e.start is not None and e.end is not None]
        if not located:
            return Support(article.text, "the article", reference, groups, **extra)
        text = "\n".join(dict.fromkeys(article.paragraph(e.start, e.end) for e in located))
        return Support(text, "its evidence", reference, groups, **extra)

    for number, event in enumerate(events):
        at: Path = ("events", number)
        time, forward = event.time, event.status in _FORWARD_LOOKING
        if time is not None:
            found = time_problem(
                f"event {event.id}",
                time.phrase,
                time.start,
                time.end,
                time.precision,
                reference,
                forward=forward,
                in_article=not time.phrase or article.mentions(time.phrase),
            )
            if found:
                yield (*at, "time"), found
        for position, figure in enumerate(event.casualties):
            found = source_problem(article, groups, event.id, figure)
            if found:
                yield (*at, "casualties", position), found
        own = [n for a in (event.initiator, event.target) if a for n in (a.name, *a.aliases)]
        if event.location:
            own += [event.location.place, event.location.country or "", event.location.region or ""]
        passages = [*event.evidence, *(f.evidence for f in event.casualties)]
        passages += [c.evidence for c in event.claims]
        dates = [(time.start, time.end or time.start)] if time and time.start else []
        found = statement_problem(
            f"event {event.id} description",
            event.description,
            support(passages, own_names=own, own_dates=dates),
        )
        if found:
            yield (*at, "description"), found
        for index, claim in enumerate(event.claims):
            found = statement_problem(
                f"event {event.id} claim {index + 1} statement",
                claim.statement,
                support([claim.evidence], own_names=[claim.source]),
            )
            if found:
                yield (*at, "claims", index), found
    if summary is not None:
        whole = support([])
        statements: list[tuple[Path, str, str, Support]] = [
            (("summary", "headline"), "the headline", summary.headline, whole),
            (("summary", "summary"), "the summary paragraph", summary.summary, whole),
        ]
        statements += [
            (
                ("summary", "key_points", index),
                f"key point {index + 1}",
                point.text,
                support(point.evidence),
            )
            for index, point in enumerate(summary.key_points)
        ]
        for path, label, text, backing in statements:
            found = statement_problem(label, text, backing)
            if found:
                yield path, found
    if coverage:
        figures = [f for e in events for f in e.casualties]
        cited = [
            (e.start, e.end)
            for event in events
            for e in [*event.evidence, *(f.evidence for f in event.casualties)]
            if e.start is not None and e.end is not None
        ]
        missed = missing_figure(article, figures, cited)
        if missed:
            yield ("events",), missed
