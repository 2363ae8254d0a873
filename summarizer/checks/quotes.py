"""A quote backs a fact only if it is at least a clause and cuts no word in two.

A one-word quote ("killed"), a letter ("a") or a digit of a larger number ("2" of "22") exists
in almost any article and so proves nothing; the model is asked for the clause instead.
"""

from __future__ import annotations

import re

from summarizer.checks.rules import Problem

__all__ = ["MIN_QUOTE_WORDS", "cuts_word", "is_whole_sentence", "quote_shape_problem"]

MIN_QUOTE_WORDS = 3  # "Two were killed" is a clause; shorter only as a whole sentence
_WORD = re.compile(r"\w+")
_OPENERS = "\"'\u201c\u2018([ \t"
_CLOSERS = "\"'\u201d\u2019)] \t"
_SENTENCE_END = ".!?\u2026"


def cuts_word(text: str, index: int) -> bool:
    """Whether a quote edge at `index` falls between two letters or digits of one word."""
    return 0 < index < len(text) and text[index - 1].isalnum() and text[index].isalnum()


def is_whole_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole sentence (or line) of `text`, quote marks aside."""
    before = text[:start].rstrip(_OPENERS)
    after = text[end:].lstrip(_CLOSERS)
    inner = text[start:end].rstrip(_CLOSERS)
    starts = not before or before.endswith(("\n", *_SENTENCE_END))
    ends = not after.strip() or after.startswith("\n") or inner.endswith(tuple(_SENTENCE_END))
    return starts and ends


def quote_shape_problem(text: str, start: int, end: int, shown: str) -> Problem | None:
    """Why the quote at text[start:end] cannot back a fact, or None."""
    if cuts_word(text, start) or cuts_word(text, end):
        first, last = start, end
        while first > 0 and text[first - 1].isalnum():
            first -= 1
        while last < len(text) and text[last].isalnum():
            last += 1
        whole = " ".join(text[first:last].split())
        return Problem(
            "quote_cuts_word",
            f"quote '{shown}' cuts a word in two (the article has '{whole}'); quote whole words",
        )
    words = len(_WORD.findall(text[start:end]))
    if words < MIN_QUOTE_WORDS and not is_whole_sentence(text, start, end):
        return Problem(
            "quote_too_short",
            f"quote '{shown}' is too short to back a fact ({words} word{'s' * (words != 1)}); "
            f"quote the clause or sentence that states it (at least {MIN_QUOTE_WORDS} words)",
        )
    return None
