"""Dates: the input's own date, the model's dateline, and each event's time phrase.

* The library reads the input's date itself when the text states it (a header line such as
  `date 2019-12-30`, or a dateline line "CITY, Month D, YYYY -"); HTML metadata and JSONL
  fields reach the pipeline as `Article.date`. The model's dateline must agree with it.
* A dateline phrase that states a full date must carry that date.
* An event's time phrase must occur in the article, and a date needs a phrase to stand on.
* Where a phrase has more than one honest reading - a weekday in a threat or plan (the day
  it was made, or the next one), "last week" near a week's start (the calendar week, or the
  seven days before) - any of them is accepted, and a re-ask names them all.
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.checks.rules import Problem
from summarizer.checks.time_phrases import MONTHS, resolve_phrase, span_of

__all__ = [
    "dateline_problem",
    "input_date",
    "phrase_date",
    "readings",
    "time_problem",
    "time_range_problem",
]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FULL_DATES = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
]
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})\b", re.I)
# A header line naming the date ("date 2019-12-30", "Published: March 9, 2026"), or a
# dateline line ("HALVAR, March 9, 2026 - ...").
_HEADER = re.compile(
    r"^\s*(?:date|dated|published|publication date|posted|updated)\s*[:=]?\s*(?P<rest>.+)$",
    re.I,
)
_DATELINE = re.compile(r"^[\s*_>#]*[A-Z][\w .'\u2019()/-]{1,60},\s+(?P<rest>.+)$")


def phrase_date(text: str) -> dt.date | None:
    """The full calendar date `text` states (month, day and year), if it states one."""
    for pattern in _FULL_DATES:
        match = pattern.search(text)
        if match is None:
            continue
        month = match.group("month")
        number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        try:
            return dt.date(int(match.group("year")), number, int(match.group("day")))
        except ValueError:
            continue
    return None


def input_date(text: str, *, lines: int = 6) -> dt.date | None:
    """The date the input states about itself in its first lines, if any."""
    for line in text.lstrip().splitlines()[:lines]:
        for pattern in (_HEADER, _DATELINE):
            match = pattern.match(line)
            if match:
                found = phrase_date(match.group("rest")[:40])
                if found is not None:
                    return found
    return None


def readings(phrase: str, dateline: dt.date, *, forward: bool) -> list[tuple[dt.date, dt.date]]:
    """Every honest reading of `phrase` in a story dated `dateline` (empty when unsure)."""
    found = []
    past = resolve_phrase(phrase, dateline, forward=False)
    if past is not None:
        found.append(past)
    if forward:  # a threat's weekday: the day it was made, or the one it names ahead
        ahead = resolve_phrase(phrase, dateline, forward=True)
        if ahead is not None and ahead not in found:
            found.append(ahead)
    if re.search(r"\blast week\b", phrase, re.I):  # or the seven days before the story
        found.append((dateline - dt.timedelta(days=7), dateline - dt.timedelta(days=1)))
    return found


def _shown(span: tuple[dt.date, dt.date]) -> str:
    return str(span[0]) if span[0] == span[1] else f"{span[0]} to {span[1]}"


def time_problem(
    label: str,
    phrase: str | None,
    start: dt.date | None,
    end: dt.date | None,
    precision: str,
    reference: dt.date | None,
    *,
    forward: bool,
    in_article: bool,
) -> Problem | None:
    """What is wrong with an event's time, read against the dateline `reference`."""
    if phrase and not in_article:
        return Problem(
            "time_phrase_not_in_article",
            f"{label}: time phrase '{phrase}' does not occur in the article; copy the time "
            "expression as the article writes it",
        )
    if start is None:
        return None
    if not phrase and start != reference:
        return Problem(
            "date_without_phrase",
            f"{label}: date {start} has no time phrase to stand on; give the phrase the "
            "article uses for it, or leave the date empty",
        )
    if reference is None or not phrase or end is None:
        return None
    if start > reference and not forward:
        return Problem(
            "date_after_dateline",
            f"{label}: date {start} is after the dateline {reference} but the event is not "
            f"threatened or planned; resolve '{phrase}' against the dateline, or mark the event "
            "threatened/planned",
        )
    meant = readings(phrase, reference, forward=forward)
    if not meant:
        return None
    given = (span_of(start, precision)[0], span_of(end, precision)[1])
    if any(not (span[1] < given[0] or given[1] < span[0]) for span in meant):
        return None
    options = " or ".join(_shown(span) for span in meant)
    return Problem(
        "date_reading",
        f"{label}: '{phrase}' read against the dateline {reference} means {options}, not "
        f"{start}" + (f" to {end}" if end != start else ""),
    )


def time_range_problem(start: dt.date | None, end: dt.date | None) -> Problem | None:
    """An event's time range may not end before it starts."""
    if start and end and end < start:
        return Problem("time_range", f"time range ends ({end}) before it starts ({start})")
    return None


def dateline_problem(
    phrase: str, date: dt.date | None, known: dt.date | None, *, in_article: Problem | None
) -> Problem | None:
    """The dateline is in the article (`in_article`: the quote rule's verdict on its phrase),
    carries the date its phrase states, and agrees with the input's own date `known`."""
    if in_article is not None:
        return in_article
    stated = phrase_date(phrase)
    if stated is not None and date != stated:
        return Problem(
            "dateline",
            f"dateline '{phrase}' states {stated}, not {date}; give the date the dateline states",
        )
    if known is not None and date is not None and date != known:
        return Problem(
            "dateline",
            f"dateline date {date} disagrees with the input's own date {known}; use {known}",
        )
    return None
