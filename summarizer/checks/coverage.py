"""Coverage: every casualty figure the article states is recorded by some event.

Grounding guards precision; this is the one recall check code can make. A casualty statement is
a number (in digits or words) and a casualty word of one kind in one clause, found with the
same vocabulary and clause rule as the figure checks. It is recorded when some figure of that
kind has that number as a bound, or quotes that sentence for that kind.

Only the paragraphs the answer's events cite are read: a figure there belongs to the story the
events tell. Figures in paragraphs no event draws on (a background toll, a flood's dead) are not
demanded, since demanding them would push the model to invent an event to hold them.

Numbers that are not counts are passed over: years, ages ("a 25-year-old"), times, money,
percentages, ordinals, and a part of a figure already given ("nine of those detained").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from summarizer.checks.alignment import ArticleText
from summarizer.checks.figures import kinds_at, segments
from summarizer.checks.numbers import as_digits, numbers_in
from summarizer.checks.rules import Problem

__all__ = ["casualty_statements", "missing_figure"]

_NOT_A_COUNT_AFTER = re.compile(
    r"(?:\s*-?\s*(?:year|month|week|day)s?[- ]old|\s*(?:%|percent|per cent|km|kilometres|"
    r"kilometers|miles|metres|meters|am|pm|a\.m|p\.m|hours?|minutes?|years?|months?|weeks?|"
    r"days?|times)\b|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"\s*of\s+(?:those|them|whom|the)\b", re.IGNORECASE)
# "the dead included two children", "among them five officers": a part of a figure
_INCLUDED = re.compile(r"\b(?:includ\w*|among(?:\s+them)?)\s+(?:\w+\s+){0,2}$", re.I)
_LOOK_BEHIND = 80  # characters before a number that can make it not a count
_NOT_A_COUNT_BEFORE = re.compile(r"(?:[$\u00a3\u20ac#]|\bno\.|\bage|\baged|\bround)\s*$", re.I)


def casualty_statements(article: ArticleText) -> list[tuple[int, int, int, frozenset[str]]]:
    """(sentence start, sentence end, number, kinds) for each casualty figure `article` states."""
    text = article.text
    found = []
    for start, end in article.sentence_spans:
        digits = as_digits(text[start:end])
        parts = segments(digits, strong=True)
        for at, stop, value in numbers_in(digits):
            if 1900 <= value <= 2100 and stop - at == 4:
                continue  # a year
            # what comes right after and right before the number, read in place: a sentence of
            # many numbers must not cost a copy or a scan of the sentence per number
            before = digits[max(0, at - _LOOK_BEHIND) : at]
            if _NOT_A_COUNT_AFTER.match(digits, stop) or _NOT_A_COUNT_BEFORE.search(before):
                continue
            if _PART_OF.match(digits, stop) or _INCLUDED.search(before):
                continue
            kinds = kinds_at(parts, at)
            if kinds:
                found.append((start, end, value, kinds))
    return found


def missing_figure(
    article: ArticleText, figures: Sequence[Any], cited: Sequence[tuple[int, int]]
) -> Problem | None:
    """The re-ask for the first casualty figure stated in a paragraph the events cite (the
    story they tell) that no figure records."""
    stories = [
        (first, last)
        for first, last in article.paragraph_spans
        if any(start < last and first < end for start, end in cited)
    ]
    recorded: list[tuple[str, set[int], int | None, int | None]] = []
    for figure in figures:  # CasualtyFigure (the data contract sits above this module)
        count, evidence = figure.count, figure.evidence
        bounds = {b for b in (count.min, count.max) if b is not None}
        recorded.append((figure.kind, bounds, evidence.start, evidence.end))
    for start, end, value, kinds in casualty_statements(article):
        if not any(first <= start < last for first, last in stories):
            continue
        for kind, bounds, quote_start, quote_end in recorded:
            if kind not in kinds:
                continue
            quoted = quote_start is not None and quote_end is not None
            if value in bounds or (quoted and quote_start < end and start < quote_end):  # type: ignore[operator]
                break
        else:
            passage = " ".join(article.text[start:end].split())
            shown = passage if len(passage) <= 160 else passage[:160] + "..."
            kind = " or ".join(sorted(kinds))
            return Problem(
                "missed_casualty_figure",
                f"the article states {value} {kind} ('{shown}') but no event records that "
                "figure; add it, with its source and this passage as evidence, to the event "
                "it belongs to",
            )
    return None
