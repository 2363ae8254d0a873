"""Words the rules read by: calendar words, and the small words and abbreviations that are
never names. One definition each, so that two rules cannot disagree on what a month is."""

from __future__ import annotations

import calendar
import re

__all__ = [
    "COMMON_ABBREVIATIONS",
    "CONNECTORS",
    "MONTHS",
    "MONTH_PATTERN",
    "STOP_WORDS",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "function_word_counts",
]

# Each month's name, then its abbreviations.
_MONTH_NAMES = [
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
]
# Month names and their abbreviations -> month number.
MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names
}
WEEKDAYS: dict[str, int] = {name.lower(): number for number, name in enumerate(calendar.day_name)}
# In free text: a weekday; a month written out, or abbreviated with its stop ("Sept.", never a
# bare "mar" or "jun").
WEEKDAY_PATTERN = "(?:" + "|".join(WEEKDAYS) + ")"
MONTH_PATTERN = (
    "(?:"
    + "|".join(names[0] for names in _MONTH_NAMES)
    + "|"
    + "|".join(rf"{short}\." for names in _MONTH_NAMES for short in names[1:])
    + ")"
)
STOP_WORDS = frozenset(
    "a an the in on at of for to by from with and or but as after before during since until "
    "according this that these those it its his her their our we they he she i some all "
    "many no none both each every most several".split()
)
# Small words inside a name: "Bank of England", "Ibn al-Walid", "Commissioner for Refugees".
CONNECTORS = frozenset("of for al el de bin ibn van von da du la".split())
# Abbreviations of common nouns, capitalised as they are but naming nothing.
COMMON_ABBREVIATIONS = frozenset(
    "TV TVs MP MPs PM PMs CEO CEOs CFO GDP VAT ID IDs DNA AI HQ OK FM AM PC SUV SUVs VIP VIPs "
    "IQ PhD MD UFO PR CCTV GPS SMS IT".split()
)


# Function words of the languages whose number words the converter reads (checks/numbers.py):
# what tells the language of a text, and whether a statement is English (checks/statements.py).
_FUNCTION_WORDS = {
    "en": "the of and to in a an is was were are said for on with by at from that has have had "
    "its after",
    "fr": "le les des est et une dans pour par sur qui ont été sont du au aux selon",
    "es": "el los las del que una por para con se según fue han murieron y",
    "pt": "os as do da dos das uma para com não foi pelo pela segundo morreram",
    "de": "der die das und ist nicht mit von den dem ein eine sich wurde wurden nach",
    "it": "il gli della delle che una per con sono è del dei nel secondo",
}
_FUNCTION_SETS = {language: frozenset(words.split()) for language, words in _FUNCTION_WORDS.items()}
_LETTERS = re.compile(r"[^\W\d_]+")


def function_word_counts(text: str) -> dict[str, int]:
    """Per language ("en", "fr", "es", "pt", "de", "it"), how many of its function words
    `text` uses (each counted once)."""
    words = {w.casefold() for w in _LETTERS.findall(text)}
    return {language: len(words & found) for language, found in _FUNCTION_SETS.items()}
