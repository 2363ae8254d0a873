"""Names for the rules a re-ask was for, read from the message the model was sent.

Every message the checks write has a stable shape, so one table names them; metadata records
the name per attempt and batch and eval summaries count re-asks by name, so a user sees what
the checks cost."""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["RULES", "reasks_line", "rule_of"]

# (rule, a pattern its messages match), most specific first.
RULES: list[tuple[str, re.Pattern[str]]] = [
    (rule, re.compile(pattern))
    for rule, pattern in [
        ("quote_not_in_article", r"is not in the article; (?:nearest passage|quote the article)"),
        ("quote_too_short", r"is too short to back a fact"),
        ("quote_cuts_word", r"cuts a word in two"),
        ("quote_from_injection", r"passage that addresses AI systems"),
        ("figure_not_in_quote", r"figure \d+ does not appear in its evidence"),
        ("figure_phrase", r"figure: its phrase '.*' is not in its evidence"),
        ("figure_bounds", r"figure: (?:min/max .* is not what its phrase|its phrase '.*' states)"),
        ("figure_qualifier", r"the quote's wording makes its qualifier|gives no bound or approxim"),
        ("figure_kind", r"does not state that number as"),
        ("figure_source", r"is credited to '.*', who is not named"),
        ("figure_consistency", r"needs min|is exact, so min and max|is greater than max"),
        ("statement_number", r"states the number \d+, which is not stated in"),
        ("statement_date", r"says '.*', but no such date is in"),
        ("statement_name", r"names '.*', which is not named in"),
        ("dateline", r"\bdateline '.*' states|dateline date .* disagrees"),
        ("time_phrase_not_in_article", r"time phrase '.*' does not occur in the article"),
        ("date_without_phrase", r"has no time phrase to stand on"),
        ("date_after_dateline", r"is after the dateline"),
        ("date_reading", r"read against the dateline .* means"),
        ("place_not_in_article", r"is not named in the article, nor is any place in it"),
        ("place_in_other_country", r"lies in .*, not "),
        ("name_not_in_article", r"does not occur in the article; use the words it uses"),
        ("missed_casualty_figure", r"but no event records that figure"),
        ("event_links", r"event ids must be unique|links to itself|which is not an event id"),
        ("citation", r"article id '.*' is not one of|an answer needs at least one citation"),
        ("invalid_json", r"(?i)invalid json|json_invalid|EOF while parsing|expected value"),
    ]
]


def rule_of(message: str) -> str:
    """The rule a re-ask message was written by; `schema` for the answer's shape and types."""
    for rule, pattern in RULES:
        if pattern.search(message):
            return rule
    return "schema"


def reasks_line(counts: Mapping[str, int]) -> str:
    """ "re-asks: figure_kind 2, quote_not_in_article 1" (most first), or "" for none."""
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "re-asks: " + ", ".join(f"{rule} {count}" for rule, count in ranked)
