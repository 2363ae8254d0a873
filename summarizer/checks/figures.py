"""Casualty figures: the phrase stands in the quote, states the bounds, carries the qualifier,
and the quote states the figure's kind in the same clause as the number.

The clause rule reads a sentence as segments cut at punctuation and at conjunctions ("Two
soldiers were killed | and five were injured"); a number's kind is the casualty word of its own
segment, or of the nearest following segment that has no number of its own ("At least 19
people, | including three children, | were killed"). A segment that begins "including" or
"among them" counts the same kind as the segment it qualifies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.checks.alignment import normalize
from summarizer.checks.numbers import as_digits, numbers_in, states_number
from summarizer.checks.rules import Problem

__all__ = [
    "ATTRIBUTION",
    "CASUALTY_WORDS",
    "STRONG_CASUALTY_WORDS",
    "Segment",
    "count_problem",
    "figure_problem",
    "kinds_in",
    "qualifier_readings",
    "segments",
]

# How news writes each kind of casualty (matched on case-folded text, at word starts).
_VOCABULARY: dict[str, list[str]] = {
    "killed": [
        r"kill",
        r"dead\b",
        r"deaths?\b",
        r"die[ds]?\b",
        r"dying\b",
        r"death toll",
        r"toll\b",
        r"fatalit",
        r"fatal",
        r"lives\b",
        r"lost their li",
        r"bod(?:y|ies)\b",
        r"slain\b",
        r"slew\b",
        r"perish",
        r"murder",
        r"massacre",
        r"execut",
        r"shot dead",
        r"corpses?\b",
        r"casualt",
        r"lifeless",
    ],
    "wounded": [
        r"wound",
        r"injur",
        r"hurt\b",
        r"hospitali[sz]",
        r"treated\b",
        r"casualt",
        r"maimed",
    ],
    "missing": [r"missing", r"unaccounted", r"disappear", r"whereabouts"],
    "arrested": [
        r"arrest",
        r"detain",
        r"detention",
        r"custody",
        r"jail",
        r"imprison",
        r"apprehend",
        r"rounded up",
        r"taken into custody",
        r"locked up",
    ],
    "displaced": [
        r"displac",
        r"fled\b",
        r"flee",
        r"evacuat",
        r"homeless",
        r"refugee",
        r"uproot",
        r"forced from",
        r"driven from",
        r"left their homes",
    ],
    "kidnapped": [
        r"kidnap",
        r"abduct",
        r"hostage",
        r"captive",
        r"snatched",
        r"been held\b",
    ],
}
# Words that can state a casualty but often do not ("casualties" of either kind, patients
# "treated" or "evacuated"): a figure may rest on them, coverage does not demand one.
_WEAK = frozenset({r"casualt", r"treated\b", r"hospitali[sz]", r"evacuat", r"toll\b"})


def _compiled(weak: bool) -> dict[str, re.Pattern[str]]:
    return {
        kind: re.compile(
            r"\b(?:" + "|".join(w for w in words if weak or w not in _WEAK) + r")", re.IGNORECASE
        )
        for kind, words in _VOCABULARY.items()
    }


CASUALTY_WORDS = _compiled(weak=True)
STRONG_CASUALTY_WORDS = _compiled(weak=False)

# What the words just before a number (or just after, "or more") say about it, and which
# qualifiers are an honest reading of them.
_QUALIFIER_WORDS: list[tuple[re.Pattern[str], frozenset[str]]] = [
    (re.compile(pattern + r"\s*$", re.IGNORECASE), frozenset(readings))
    for pattern, readings in [
        (
            r"\b(?:at least|no fewer than|no less than|not less than|a minimum of|minimum of)",
            {"at_least"},
        ),
        (
            r"\b(?:more than|over|upwards of|in excess of|above|exceeding|just over)",
            {"more_than", "at_least"},
        ),
        (r"\b(?:up to|as many as|at most|no more than|not more than|a maximum of)", {"up_to"}),
        (r"\b(?:fewer than|less than|under|below|just under)", {"fewer_than", "up_to"}),
        (r"\b(?:nearly|almost|close to)", {"about", "up_to", "fewer_than"}),
        (
            r"\b(?:about|around|roughly|approximately|some|an estimated|estimated|circa|approx\.?|"
            r"some|reportedly|perhaps|possibly)",
            {"about"},
        ),
    ]
]
_AFTER_WORDS = [
    (re.compile(r"^\s*(?:or more|and more|plus)\b", re.IGNORECASE), frozenset({"at_least"})),
    (re.compile(r"^\s*or so\b", re.IGNORECASE), frozenset({"about"})),
]
_RANGE = re.compile(r"\b(?:between\s+)?(\d[\d,]*)\s*(?:and|to|or|-)\s*(\d[\d,]*)\b", re.IGNORECASE)

# Where a clause ends within a sentence: punctuation, and conjunctions that start a new clause.
_CLAUSE_BREAK = re.compile(
    r"[;:!?\u2014]|(?<!\d),(?!\d{3})|\.(?!\d)|\s\u2013\s|\s-\s"
    r"|\b(?:and|but|while|whereas|although|though|as well as|including|among them|of whom|"
    r"of them|after|before|when)\b",
    re.IGNORECASE,
)
# A sentence that says who gives what it reports.
ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|according to|announced|announces|reported|reports|claimed|"
    r"claims|stated|states|estimated|estimates|confirmed|confirms|put the|puts the|added)\b",
    re.IGNORECASE,
)
# A clause that carries on the sentence's subject: "..., were killed".
_CONTINUES = re.compile(
    r"^[\s,]*(?:were|was|are|is|had|have|has|been|being|died|lay|remain(?:ed)?|later|all|"
    r"reportedly|also)\b",
    re.IGNORECASE,
)
# "put the number at 29": the kind is the one the previous sentence counts.
_ANAPHORIC = re.compile(r"\b(?:the|that|this)\s+(?:number|figure|total|tally|count|toll)\b", re.I)
_SUBSET = re.compile(r"^\s*(?:including|among them|of whom|of them)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    numbers: tuple[int, ...]
    kinds: frozenset[str]


def kinds_in(text: str, *, strong: bool = False) -> frozenset[str]:
    """The casualty kinds `text` speaks of (with `strong`, only in words that always do)."""
    vocabulary = STRONG_CASUALTY_WORDS if strong else CASUALTY_WORDS
    return frozenset(kind for kind, words in vocabulary.items() if words.search(text))


def segments(text: str, *, strong: bool = False) -> list[Segment]:
    """`text` (in digits) cut into clauses, each with its numbers and casualty kinds."""
    cuts = [0]
    for match in _CLAUSE_BREAK.finditer(text):
        cuts.append(match.start())
    cuts.append(len(text))
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = text[start:end]
        if piece.strip(" ,.;:"):
            values = tuple(v for _, _, v in numbers_in(piece))
            out.append(Segment(start, end, piece, values, kinds_in(piece, strong=strong)))
    return out


def kinds_at(parts: list[Segment], at: int) -> frozenset[str]:
    """The casualty kinds the clause holding offset `at` gives the number standing there."""
    index = next((i for i, s in enumerate(parts) if s.start <= at < s.end), None)
    if index is None:
        return frozenset()
    if parts[index].kinds:
        return parts[index].kinds
    for later in parts[index + 1 :]:  # "At least 19 people, including three children, were killed"
        if later.kinds and not later.numbers and _CONTINUES.match(later.text):
            return later.kinds
        if later.kinds:
            break
    if _SUBSET.match(parts[index].text):  # "..., including four children"
        for earlier in reversed(parts[:index]):
            if earlier.kinds:
                return earlier.kinds
    return frozenset()


def qualifier_readings(quote: str, phrase_at: int, phrase: str) -> frozenset[str] | None:
    """The qualifiers that honestly read the number `phrase` standing at `phrase_at` in
    `quote` (both in digits), or None when no wording bounds it."""
    values = [v for _, _, v in numbers_in(phrase)]
    if len(values) >= 2 or _RANGE.search(phrase) and len(values) == 2:
        return frozenset({"between"})
    before = quote[:phrase_at] + " " + _leading_words(phrase)
    for pattern, readings in _QUALIFIER_WORDS:
        if pattern.search(before):
            return readings
    after = quote[phrase_at + len(phrase) :]
    for pattern, readings in _AFTER_WORDS:
        if pattern.search(after):
            return readings
    return None


def _leading_words(phrase: str) -> str:
    """The words of `phrase` before its first number ("at least" of "at least 14")."""
    first = numbers_in(phrase)
    return phrase[: first[0][0]] if first else ""


def _find(haystack: str, needle: str) -> int:
    """Where `needle` stands in `haystack` on word boundaries, ignoring case; -1 if not."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", re.IGNORECASE)
    match = pattern.search(haystack)
    return match.start() if match else -1


def figure_problem(
    kind: str,
    phrase: str,
    qualifier: str,
    low: int | None,
    high: int | None,
    quote: str,
    *,
    before: str = "",
) -> Problem | None:
    """What is wrong with a casualty figure read against its evidence quote, if anything.
    `before` is the article's sentence before the quote, read when the quote refers back to
    it ("put the number at 29")."""
    text, said = normalize(quote), normalize(phrase)
    bounds = sorted({b for b in (low, high) if b is not None})
    shown = " and ".join(str(b) for b in bounds)
    for bound in bounds:
        if not states_number(text, bound):
            return Problem(
                "figure_not_in_quote",
                f"{kind} figure {bound} does not appear in its evidence '{text}'; quote the "
                "passage that states it",
            )
    digits_quote, digits_phrase = as_digits(text), as_digits(said)
    at = _find(digits_quote, digits_phrase)
    if at < 0 and _find(text, said) < 0:
        return Problem(
            "figure_phrase",
            f"{kind} figure: its phrase '{said}' is not in its evidence '{text}'; give the "
            "phrase exactly as the quote writes it",
        )
    if at < 0:  # the phrase is there in words that convert differently out of context
        digits_quote, digits_phrase = text, said
        at = _find(text, said)
    for bound in bounds:
        if not states_number(said, bound):
            return Problem(
                "figure_bounds",
                f"{kind} figure: min/max {shown} is not what its phrase '{said}' states; set "
                "min and max to the numbers the phrase gives",
            )
    stated = sorted({v for _, _, v in numbers_in(digits_phrase)})
    if stated and set(stated) - set(bounds):
        given = " and ".join(str(v) for v in stated)
        return Problem(
            "figure_bounds",
            f"{kind} figure: its phrase '{said}' states {given} but min/max give {shown or 'none'}"
            "; set min and max to the numbers the phrase gives",
        )
    readings = qualifier_readings(digits_quote, at, digits_phrase)
    vague = not stated  # "dozens", "a family": any honest bound will do
    if readings is not None and qualifier not in readings:
        allowed = " or ".join(sorted(readings))
        return Problem(
            "figure_qualifier",
            f"{kind} figure '{said}': the quote's wording makes its qualifier {allowed}, not "
            f"{qualifier}",
        )
    if readings is None and qualifier != "exact" and not vague:
        return Problem(
            "figure_qualifier",
            f"{kind} figure '{said}': the quote gives no bound or approximation (such as 'at "
            f"least', 'up to', 'about'), so its qualifier is exact, not {qualifier}",
        )
    number_at = at + (numbers_in(digits_phrase)[0][0] if stated else 0)
    kinds = kinds_at(segments(digits_quote), number_at)
    if not kinds and not kinds_in(digits_quote) and _ANAPHORIC.search(digits_quote):
        kinds = kinds_in(before)
    if kind not in kinds:
        found = f"it speaks of {', '.join(sorted(kinds))}" if kinds else "it does not say"
        return Problem(
            "figure_kind",
            f"{kind} figure '{said}': its evidence '{text}' does not state that number as "
            f"{kind} ({found} in that clause); quote the passage that says {shown or said} "
            f"were {kind}, or drop the figure",
        )
    return None


def count_problem(phrase: str, qualifier: str, low: int | None, high: int | None) -> Problem | None:
    """A figure's bounds fit its qualifier: min <= max, "at least" has a min, exact has one
    number, and so on."""
    message = None
    if low is None and high is None:
        message = f"figure '{phrase}' needs min or max"
    elif low is not None and high is not None and low > high:
        message = f"figure '{phrase}': min {low} is greater than max {high}"
    elif qualifier == "exact" and low != high:
        message = f"figure '{phrase}' is exact, so min and max must be equal"
    elif qualifier in ("at_least", "more_than") and low is None:
        message = f"figure '{phrase}' ({qualifier}) needs min"
    elif qualifier in ("up_to", "fewer_than") and high is None:
        message = f"figure '{phrase}' ({qualifier}) needs max"
    elif qualifier == "between" and (low is None or high is None):
        message = f"figure '{phrase}' (between) needs min and max"
    return Problem("figure_consistency", message) if message else None
