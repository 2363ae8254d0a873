"""Time phrases read against the dateline by code (dateparser), to check the model's dates.

Only phrases that can be read without the story's context are checked ("on Sunday", "last
week", "in September", "Nov. 9"); phrases anchored to another event ("a day after the attack")
are left to the model.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache, lru_cache

__all__ = ["resolve_phrase", "span_of"]

# Words around a time expression that do not move its date: "late on Sunday", "Friday's",
# "earlier this year", "midnight Sunday", "Sunday night".
_LEADING = re.compile(
    r"^(?:(?:early|late|earlier|later|mid|midnight|around|about|just)\s+)*"
    r"(?:(?:on|in|since|during|from|by|until|over|at|against)\s+)?",
    re.I,
)
_TRAILING = re.compile(
    r"(?:'s|\u2019s)?(?:\s+(?:morning|afternoon|evening|night|overnight))?$", re.I
)
_ANCHORED = re.compile(r"\b(after|before|following|prior|earlier than|later than|then)\b", re.I)
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}


def span_of(day: dt.date, period: str) -> tuple[dt.date, dt.date]:
    """The whole day, week (Monday to Sunday), month or year that contains `day`."""
    if period == "week":
        first = day - dt.timedelta(days=day.weekday())
        return first, first + dt.timedelta(days=6)
    if period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if period == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return day, day


@cache
def _parser(base: dt.date, forward: bool) -> object:
    from dateparser.date import DateDataParser  # slow to import; only date checks need it

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": "future" if forward else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8192)  # batches repeat phrases ("on Sunday"); parsing is the costly part
def resolve_phrase(
    phrase: str, dateline: dt.date, *, forward: bool = False
) -> tuple[dt.date, dt.date] | None:
    """The dates `phrase` can mean in a story dated `dateline`, or None when unsure.

    `forward` reads weekday and month names as the next ones (for threats and plans).
    """
    text = " ".join(phrase.split()).strip(" ,.")
    if not text or _ANCHORED.search(text):
        return None
    text = _TRAILING.sub("", _LEADING.sub("", text))
    if text.lower() in _WEEKDAYS and _WEEKDAYS[text.lower()] == dateline.weekday():
        return dateline, dateline  # "said on Monday" in a Monday story means that day
    data = _parser(dateline, forward).get_date_data(text)  # type: ignore[attr-defined]
    if data.date_obj is None:
        return None
    return span_of(data.date_obj.date(), data.period or "day")
