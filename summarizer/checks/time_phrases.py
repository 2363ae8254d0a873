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

from summarizer.checks.vocabulary import MONTHS, WEEKDAYS

__all__ = ["MONTHS", "resolve_phrase", "span_of"]

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
_MONTH_NAME = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORDINAL = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
# "October", "Oct. 9", "October 9, 2019", "9 October", "the 9th of October 2019"
_CALENDAR_DATE = re.compile(
    rf"^(?:{_MONTH_NAME}(?:\s+{_ORDINAL})?|(?:the\s+)?{_ORDINAL.replace('day', 'day2')}\s+"
    rf"(?:of\s+)?{_MONTH_NAME.replace('month', 'month2')}){_YEAR}$",
    re.I,
)
_WEEKDAYS = WEEKDAYS
_NEAR_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


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


def _calendar_date(text: str, dateline: dt.date, forward: bool) -> tuple[dt.date, dt.date] | None:
    """A month, or a day of a month, with or without its year, read by code as dateparser would
    read it (the nearest one before the dateline, or after it when `forward`); None for any
    other phrase, which dateparser then reads."""
    match = _CALENDAR_DATE.match(text)
    if match is None:
        return None
    month = MONTHS[(match["month"] or match["month2"]).lower()]
    day_text = match["day"] or match["day2"]
    year = int(match["year"]) if match["year"] else None
    if year:
        years = [year]
    else:
        years = (
            [dateline.year, dateline.year + 1] if forward else [dateline.year, dateline.year - 1]
        )
    for candidate in years:
        try:
            first = dt.date(candidate, month, int(day_text) if day_text else 1)
        except ValueError:
            return None  # "February 30": leave it to dateparser
        last = first if day_text else span_of(first, "month")[1]
        if year or (first > dateline if forward else first <= dateline):
            return first, last
    return None


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
    lower = text.lower()
    if lower in _WEEKDAYS:  # the commonest phrase, read without waking dateparser (~0.25 s)
        back = (dateline.weekday() - _WEEKDAYS[lower]) % 7
        if back == 0:
            return dateline, dateline  # "said on Monday" in a Monday story means that day
        day = dateline + dt.timedelta(days=7 - back if forward else -back)
        return day, day
    if lower in _NEAR_DAYS:
        day = dateline + dt.timedelta(days=_NEAR_DAYS[lower])
        return day, day
    calendar_date = _calendar_date(lower, dateline, forward)
    if calendar_date is not None:
        return calendar_date
    data = _parser(dateline, forward).get_date_data(text)  # type: ignore[attr-defined]
    if data.date_obj is None:
        return None
    return span_of(data.date_obj.date(), data.period or "day")
