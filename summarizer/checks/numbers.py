"""Numbers as news writes them: digits ("1,200"), words ("twenty-two"), and the few words that
state a count without a numeral ("a contractor" is one, "a dozen" twelve)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.checks.alignment import mentions_number

__all__ = ["NUMBER", "as_digits", "numbers_in", "states_number"]

# A whole number or decimal, with thousands separators; not part of a word ("E1", "2nd") nor a
# time ("10:30") nor a date in digits ("2026-03-09").
NUMBER = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w:/]|-\d|[.,]\d)")


_VAGUE_PLURAL = re.compile(
    r"(\b(?:tens|dozens|scores|hundreds|thousands|millions|billions)\b(?:\s+of\b)?)", re.I
)


@lru_cache(maxsize=16384)
def as_digits(text: str) -> str:
    """`text` with numbers written in words turned into digits ("twenty-two" -> "22")."""
    from text_to_num import alpha2digit  # loaded on first use: only grounding needs it

    # "thousands" and "dozens" state no number; the converter would read them as 1000 and 12
    pieces = _VAGUE_PLURAL.split(text)
    try:
        for index in range(0, len(pieces), 2):
            pieces[index] = alpha2digit(pieces[index], "en", threshold=0)
    except Exception:  # noqa: BLE001 - a converter fault must not stop a check; keep the text
        return text
    return "".join(pieces)


def numbers_in(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each whole number in `text` (already in digits)."""
    found = []
    for match in NUMBER.finditer(text):
        if "." in match.group(0):
            continue  # "2.5 million" is not a count this library compares
        found.append((match.start(), match.end(), int(match.group(1).replace(",", ""))))
    return found


def states_number(text: str, number: int) -> bool:
    """Whether `text` states `number`, in digits or in words (or as "a"/"an" for one)."""
    return mentions_number(text, number) or any(
        value == number for _, _, value in numbers_in(as_digits(text))
    )
