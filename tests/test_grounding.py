"""Grounding: the checks that tie an answer to its article, without any model in the loop."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from pydantic import ValidationError

from summarizer import Analysis, GroundingContext
from summarizer.checks.alignment import ArticleText, mentions_number, normalize
from summarizer.checks.time_phrases import resolve_phrase
from summarizer.core.models import AnalysisBody, EventsBody
from tests.helpers import EXAMPLES_DIR
from tests.scenarios import answer

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")


def ground(
    body: dict[str, Any], text: str = VALLEY, dateline: dt.date | None = None
) -> AnalysisBody:
    context = GroundingContext(article=ArticleText(text), dateline=dateline).as_context()
    return AnalysisBody.model_validate(body, context=context)


def problems(body: dict[str, Any], **kwargs: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        ground(body, **kwargs)
    return str(caught.value)


# --- the quote matcher -------------------------------------------------------------------------


def test_locate_forgives_typography_but_reports_original_offsets() -> None:
    text = "BAGHDAD \u2014 The group said  its \u201cfinal warning\u201d\nstood.\u00a0Nothing more."
    article = ArticleText(text)
    start, end = article.locate('The group said its "final warning" stood.')
    assert text[start:end] == "The group said  its \u201cfinal warning\u201d\nstood."
    assert article.locate("BAGHDAD - The group") == (0, len("BAGHDAD \u2014 The group"))


def test_locate_refuses_changed_words_and_case() -> None:
    article = ArticleText("The army said at least 14 militants had been killed.")
    assert article.locate("The army said at least 15 militants had been killed.") is None
    assert article.locate("The Army said") is None  # case inside the quote is a changed word
    assert article.locate("") is None


@pytest.mark.parametrize(
    ("quote", "status"),
    [
        ("The army said at least 14 militants", "exact"),
        ("the army said at least 14 militants", "typography"),  # first letter's case
        ("had been killed", "exact"),
        ("at least 14 militants had been killed", "exact"),
        ("At least 14 militants had been killed.", "typography"),
        ("militants had been killed,", "typography"),  # a trailing stop changed
        ("that week , he said", "exact"),
        ("that week, he said", "typography"),  # the article's stray space before a comma
        ("we will answer, Dahan said", "typography"),  # quote marks dropped
        ("'we will answer,' Dahan said", "typography"),  # ... or changed
    ],
)
def test_typographic_slips_align_without_changing_a_word(quote: str, status: str) -> None:
    text = (
        "The army said at least 14 militants had been killed. "
        'Later that week , he said "we will answer," Dahan said.'
    )
    article = ArticleText(text)
    (start, end), found = article.ground_aligned(quote)
    assert found == status
    words = [w.lower() for w in quote.replace(",", " ").replace(".", " ").replace("'", " ").split()]
    assert [
        w.lower()
        for w in text[start:end].replace(",", " ").replace(".", " ").replace('"', " ").split()
    ] == words


@pytest.mark.parametrize(
    "quote",
    [
        "An army said at least 14",  # "An" for "The": a word
        "The army said at least fourteen militants",  # digits for words
        "The army said 14 militants",  # a dropped word
        "at least 14 militants ... killed",  # an ellipsis joining fragments
        "the U.S. army said",
    ],
)
def test_word_changes_are_never_forgiven(quote: str) -> None:
    article = ArticleText("The army said at least 14 militants had been killed.")
    assert article.align(quote) is None


def test_a_typographic_quote_is_stored_as_the_article_writes_it() -> None:
    body = answer("valley_strikes")
    body["events"][1]["casualties"][0]["evidence"]["quote"] = (
        "two soldiers were killed and five were injured"
    )
    figure = ground(body).events[1].casualties[0]
    assert figure.evidence.alignment == "typography"
    assert figure.evidence.quote == "Two soldiers were killed and five were injured"
    assert ground(answer("valley_strikes")).events[0].evidence[0].alignment == "exact"


def test_locate_accepts_a_quote_wrapped_in_quote_marks() -> None:
    article = ArticleText("He said the talks had failed.")
    start, end = article.locate('"the talks had failed"')
    assert article.text[start:end] == "the talks had failed"


def test_normalize_is_idempotent_on_typography() -> None:
    once = normalize("  \u2018Yes\u2019 \u2013 she said\u2026\u00a0 ")
    assert once == "'Yes' - she said..."
    assert normalize(once) == once


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("at least 19 fighters died", 19, True),
        ("at least 190 fighters died", 19, False),
        ("5,000 troops", 5000, True),
        ("Twenty-five were killed", 25, True),
        ("twenty five were killed", 25, True),
        ("a contractor was killed", 1, True),
        ("dozens were arrested", 24, True),
        ("killed 2.5 people", 2, False),
        ("1,200 workers", 200, False),
    ],
)
def test_mentions_number(text: str, number: int, expected: bool) -> None:
    assert mentions_number(text, number) is expected


def test_mentions_needs_whole_words() -> None:
    article = ArticleText("Iranian officials met in Tehran.")
    assert article.mentions("Tehran") and article.mentions("iranian officials")
    assert not article.mentions("Iran")


# --- validators on a full answer --------------------------------------------------------------


def test_a_careful_answer_grounds_and_gets_offsets() -> None:
    body = ground(answer("valley_strikes"))
    evidence = body.events[0].evidence[0]
    assert VALLEY[evidence.start : evidence.end] == evidence.quote
    assert body.events[0].conservative_casualties == {"killed": 14, "wounded": 40}


def test_fabricated_quote_is_reported_with_nearest_passage() -> None:
    body = answer("valley_strikes")
    body["events"][0]["evidence"][0]["quote"] = "The Tarsovan Air Force flattened four sites"
    message = problems(body)
    assert "events.0.evidence.0" in message
    assert (
        "is not in the article; nearest passage: 'The Tarsovan Air Force bombed four sites"
        in message
    )


def test_casualty_number_must_stand_in_its_evidence() -> None:
    body = answer("valley_strikes")
    body["events"][1]["casualties"][0]["count"] = {
        "phrase": "Two",
        "qualifier": "exact",
        "min": 3,
        "max": 3,
    }
    assert "killed figure 3 does not appear in its evidence" in problems(body)


def test_actor_must_be_named_in_the_article_directly_or_by_alias() -> None:
    body = answer("valley_strikes")
    target = {"name": "Valley Front", "canonical_name": "Valley Brigades", "kind": "militia"}
    body["events"][0]["target"] = {**target, "aliases": []}
    assert "actor 'Valley Front' does not occur in the article" in problems(body)
    body["events"][0]["target"]["aliases"] = ["Liwa al-Wadi"]
    assert ground(body).events[0].target.name == "Valley Front"  # an alias in the text is enough


def test_past_event_cannot_be_dated_after_the_dateline() -> None:
    body = answer("valley_strikes")
    body["events"][0]["time"] = {"phrase": "on Sunday", "start": "2026-03-15", "precision": "day"}
    assert "date 2026-03-15 is after the dateline 2026-03-09" in problems(body)
    body["events"][0]["status"] = "planned"
    assert ground(body).events[0].time.end == dt.date(2026, 3, 15)


def test_dateline_from_the_input_wins_over_the_models() -> None:
    body = answer("valley_strikes")
    message = problems(body, dateline=dt.date(2026, 3, 1))
    assert "dateline date 2026-03-09 disagrees with the input's own date 2026-03-01" in message
    body["summary"]["dateline"] = None  # the input's date still grounds every event's date
    assert "is after the dateline 2026-03-01" in problems(body, dateline=dt.date(2026, 3, 1))


def test_event_ids_unique_and_links_resolve() -> None:
    body = answer("valley_strikes")
    body["events"][1]["id"] = "E1"
    assert "event ids must be unique; repeated: E1" in problems(body)
    body = answer("valley_strikes")
    body["events"][0]["links"] = [{"kind": "response_to", "event_id": "E9"}]
    assert "links to 'E9', which is not an event id" in problems(body)


@pytest.mark.parametrize(
    ("count", "message"),
    [
        ({"phrase": "22", "qualifier": "exact", "min": 22, "max": 23}, "is exact"),
        ({"phrase": "at least 14", "qualifier": "at_least", "max": 14}, "needs min"),
        ({"phrase": "22", "qualifier": "about", "min": 30, "max": 22}, "greater than max"),
    ],
)
def test_counts_are_consistent(count: dict[str, Any], message: str) -> None:
    body = answer("valley_strikes")
    body["events"][0]["casualties"][1]["count"] = count
    assert message in problems(body)


def test_without_an_article_only_types_are_checked() -> None:
    body = answer("valley_strikes")
    body["events"][0]["evidence"][0]["quote"] = "words from nowhere"
    assert AnalysisBody.model_validate(body).events[0].evidence[0].start is None


def test_saved_result_round_trips_without_the_article() -> None:
    body = ground(answer("valley_strikes"))
    metadata = {
        "model": "m", "mode": "tools", "prompt_version": "p", "attempts": 1,
        "usage": {}, "input_sha256": "0" * 64, "created_at": "2026-01-01T00:00:00Z",
    }  # fmt: skip
    saved = Analysis.model_validate({**dict(body), "metadata": metadata}).model_dump_json()
    again = Analysis.model_validate_json(saved)
    assert again.events[0].evidence[0].start == body.events[0].evidence[0].start
    assert json.loads(again.model_dump_json()) == json.loads(saved)


def test_events_body_checks_dates_only_against_a_known_dateline() -> None:
    events = copy.deepcopy(answer("valley_strikes"))
    events.pop("summary")
    events["events"][0]["time"]["start"] = "2027-01-01"
    events["events"][0]["time"]["end"] = "2027-01-01"
    context = GroundingContext(article=ArticleText(VALLEY)).as_context()
    EventsBody.model_validate(events, context=context)  # no dateline known: nothing to compare
    context = GroundingContext(
        article=ArticleText(VALLEY), dateline=dt.date(2026, 3, 9)
    ).as_context()
    with pytest.raises(ValidationError, match="after the dateline"):
        EventsBody.model_validate(events, context=context)


# --- dates read by code ----------------------------------------------------------------------

MONDAY = dt.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("phrase", "forward", "meant"),
    [
        ("on Sunday", False, ("2026-03-08", "2026-03-08")),
        ("on Monday", False, ("2026-03-09", "2026-03-09")),  # the dateline's own weekday
        ("early on Thursday", False, ("2026-03-05", "2026-03-05")),
        ("Friday night", False, ("2026-03-06", "2026-03-06")),
        ("on Friday", True, ("2026-03-13", "2026-03-13")),  # a plan: the next Friday
        ("last week", False, ("2026-03-02", "2026-03-08")),
        ("since October", False, ("2025-10-01", "2025-10-31")),
        ("in September", True, ("2026-09-01", "2026-09-30")),
        ("last month", False, ("2026-02-01", "2026-02-28")),
        ("a day after the attack", False, None),  # anchored to another event: not checked
        ("the weekend", False, None),
    ],
)
def test_time_phrases_resolve_against_the_dateline(
    phrase: str, forward: bool, meant: tuple[str, str] | None
) -> None:
    resolved = resolve_phrase(phrase, MONDAY, forward=forward)
    assert resolved == (tuple(dt.date.fromisoformat(d) for d in meant) if meant else None)


def test_a_date_that_disagrees_with_its_phrase_is_reported() -> None:
    body = answer("valley_strikes")
    body["events"][1]["time"].update(start="2026-02-26", end="2026-02-26")
    message = problems(body)
    assert (
        "'on Thursday' read against the dateline 2026-03-09 means 2026-03-05, not 2026-02-26"
        in message
    )


def test_coarse_precision_is_judged_at_its_own_grain() -> None:
    body = answer("valley_strikes")
    body["events"][3]["time"] = {
        "phrase": "since October",
        "start": "2025-10-15",
        "precision": "month",
    }
    assert ground(body).events[3].time.start == dt.date(2025, 10, 15)
    body["events"][3]["time"] = {
        "phrase": "since October",
        "start": "2025-11-15",
        "precision": "day",
    }
    assert "means 2025-10-01 to 2025-10-31" in problems(body)
