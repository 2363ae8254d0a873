"""Property tests for the text normaliser and the quote matcher, on arbitrary unicode."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.checks.alignment import (
    ArticleText,
    _any_with_map,
    _ascii_with_map,
    mentions_number,
    normalize,
    normalize_with_map,
)

# Unicode text with a good share of the characters the normaliser treats specially.
SPECIAL = (
    " \t\n\u00a0\u2002\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ad\u200b\ufb01\u00bd\u0301"
    "e\"'-."
)
texts = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(SPECIAL)), max_size=300)


@given(texts)
def test_normalize_never_crashes_and_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(texts)
def test_offset_map_is_increasing_and_in_range(text: str) -> None:
    normalized, origin = normalize_with_map(text)
    assert len(normalized) == len(origin)
    assert all(0 <= i < len(text) for i in origin)
    assert origin == sorted(origin)


@settings(max_examples=300)
@given(texts, st.data())
def test_every_slice_is_found_and_its_offsets_map_back(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    quote = text[start:end]
    article = ArticleText(text)
    span = article.locate(quote)
    if not normalize(quote):
        return  # nothing to find: white space or characters that normalise away
    assert span is not None
    found = normalize(text[span[0] : span[1]])
    assert found == normalize(quote) or found == normalize(quote).strip("\"'").strip()


@given(texts, texts)
def test_nearest_passage_and_mentions_never_crash(text: str, quote: str) -> None:
    article = ArticleText(text)
    hint = article.nearest_passage(quote)
    assert hint is None or isinstance(hint, str)
    article.mentions(quote)
    article.quote_error(quote)


@given(st.integers(0, 10**7), texts)
def test_a_number_written_in_digits_is_always_recognised(number: int, noise: str) -> None:
    assert mentions_number(f"{noise} reported {number} dead", number)


@given(st.integers(10, 10**7), st.text(alphabet=st.characters(categories=["L", "Zs"]), max_size=50))
def test_a_longer_number_does_not_count(number: int, words: str) -> None:
    assert not mentions_number(f"{words} reported {number}1 dead", number)


@settings(max_examples=500)
@given(st.one_of(texts, st.text(alphabet=st.characters(max_codepoint=127), max_size=200)))
def test_fast_normalize_agrees_with_the_mapped_one(text: str) -> None:
    assert normalize(text) == normalize_with_map(text)[0].strip()


WORDY = st.text(alphabet=st.sampled_from("ab _-.\u00e9\u0130\u00df1"), max_size=40)


@settings(max_examples=500)
@given(st.one_of(texts, WORDY), st.one_of(texts, WORDY, st.sampled_from(["a", "ab", "b a"])))
def test_mentions_is_a_whole_word_search_ignoring_case(text: str, name: str) -> None:
    # the definition, as a regular expression over the same folded forms
    article, needle = ArticleText(text), normalize(name).casefold()
    pattern = rf"(?<!\w){re.escape(needle)}(?!\w)"
    expected = bool(needle) and re.search(pattern, article.normalized.casefold()) is not None
    assert article.mentions(name) == expected


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_the_ascii_map_agrees_with_the_general_one(text: str) -> None:
    assert _ascii_with_map(text) == _any_with_map(text)


# --- number and name extraction (grounding by meaning) -------------------------------------------

from num2words import num2words  # noqa: E402

from summarizer.checks.numbers import as_digits, numbers_in, states_number  # noqa: E402
from summarizer.checks.statements import name_candidates  # noqa: E402


@given(st.integers(0, 999_999))
def test_a_number_in_words_or_digits_is_read_back(number: int) -> None:
    assert states_number(f"officials said {number:,} people were killed", number)
    words = num2words(number).replace(",", "")  # news writes no comma inside spelled numbers
    assert number in [value for _, _, value in numbers_in(as_digits(f"about {words} people"))]


@given(st.integers(0, 99_999), st.integers(1, 9))
def test_a_number_is_never_read_inside_a_larger_one(number: int, digit: int) -> None:
    larger = int(f"{digit}{number}")
    assert not states_number(f"{larger:,} rockets were fired", number) or larger == number


@given(texts)
def test_name_candidates_stand_in_the_text(text: str) -> None:
    for word, run in name_candidates(text):
        assert word in run and run in text


# --- typographic alignment and honest date readings (issue 14) -----------------------------------

import datetime as dt  # noqa: E402

from summarizer.checks.dates import time_problem  # noqa: E402

words = st.lists(
    st.sampled_from(["army", "said", "at", "least", "14", "Two", "killed", "week"]),
    min_size=3,
    max_size=8,
)


@given(words, words, st.booleans(), st.booleans())
def test_a_typographic_variant_aligns_to_the_same_words(
    before: list[str], quoted: list[str], swap_case: bool, add_stop: bool
) -> None:
    text = " ".join(before) + ", " + " ".join(quoted) + " , and more."
    article = ArticleText(text)
    quote = " ".join(quoted)
    variant = (quote[0].swapcase() + quote[1:] if swap_case else quote) + ("." if add_stop else "")
    aligned = article.align(variant)
    assert aligned is not None
    (start, end), _ = aligned
    assert text[start:end].lower().split()[: len(quoted)] == [w.lower() for w in quoted]


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)), st.integers(0, 6))
def test_a_weekday_has_every_honest_reading_and_no_other(dateline: dt.date, weekday: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    back = (dateline.weekday() - weekday) % 7
    past = dateline - dt.timedelta(days=back)
    ahead = dateline + dt.timedelta(days=(weekday - dateline.weekday()) % 7 or 7)

    def problem(day: dt.date, status: str) -> str | None:
        """The re-ask message for an event on `day`, or None."""
        forward = status in ("threatened", "planned")
        found = time_problem(
            "event E1", f"on {name}", day, day, "day", dateline, forward=forward, in_article=True
        )
        return found.message if found else None

    assert problem(past, "occurred") is None
    assert problem(past, "threatened") is None  # the day the threat was made
    if back:  # on the dateline's own weekday "on Monday" is that very day
        assert problem(ahead, "threatened") is None  # or the day it names ahead
        assert problem(ahead, "occurred") is not None
    wrong = past - dt.timedelta(days=7)
    message = problem(wrong, "threatened")
    assert message is not None and str(past) in message  # the re-ask names the readings


# The commonest time phrases are read by code, not dateparser (which takes ~0.25 s to wake up):
# the reading must be dateparser's, forwards and backwards, on any dateline.
_FAST_PHRASES = [
    "Sunday",
    "monday",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "October",
    "Oct. 9",
    "9 October",
    "the 1st of March",
    "Dec 31",
    "December 30, 2019",
    "February 29",
    "Sept. 3",
    "may",
]


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(_FAST_PHRASES),
    st.booleans(),
)
def test_phrases_read_by_code_read_as_dateparser_reads_them(
    dateline: dt.date, phrase: str, forward: bool
) -> None:
    from dateparser.date import DateDataParser

    from summarizer.checks.time_phrases import resolve_phrase, span_of

    if phrase.lower() == dateline.strftime("%A").lower():
        return  # a story's own weekday is that day, by a rule of the project's (see resolve_phrase)
    settings_ = {
        "RELATIVE_BASE": dt.datetime.combine(dateline, dt.time()),
        "PREFER_DATES_FROM": "future" if forward else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    data = DateDataParser(languages=["en"], settings=settings_).get_date_data(phrase)
    expected = span_of(data.date_obj.date(), data.period or "day") if data.date_obj else None
    assert resolve_phrase(phrase, dateline, forward=forward) == expected
