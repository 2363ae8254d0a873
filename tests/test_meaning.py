"""Grounding by meaning: every statement, figure, quote and date is checked against what the
article says. Each rule has a fabrication (tests/scenarios.py) that breaks it; the rule names
the fault, the model is re-asked and corrects it, and every correct answer the project has
passes every rule without a re-ask."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from summarizer import AttemptsExhausted, GroundingContext, RetryPolicy, Summarizer
from summarizer.checks.alignment import ArticleText
from summarizer.checks.dates import input_date
from summarizer.checks.rules import Problem
from summarizer.core.chunking import chunk_article
from summarizer.core.models import AnalysisBody, EventsBody, SummaryBody
from tests.helpers import EXAMPLES_DIR, ROOT, scripted
from tests.scenarios import ANSWERS, FABRICATIONS, answer

pytestmark = pytest.mark.vcr

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")

# What each rule tells the model (a part of the message that names the fault precisely).
MESSAGES = {
    "key_point_invented_number": "key point 1 states the number 4000, which is not stated in its",
    "key_point_invented_date": "key point 4 says 'Tuesday', but no such date is in its evidence",
    "description_invented_name": "event E1 description names 'Russian'",
    "headline_invented_number": "the headline states the number 37, which is not stated in the art",
    "one_word_quote": "quote 'warned' is too short to back a fact (1 word)",
    "digit_of_a_number": "quote '2' cuts a word in two (the article has '22')",
    "figure_counts_drones": "does not state that number as killed (it does not say in that",
    "wounded_read_as_killed": "(it speaks of wounded in that clause)",
    "phrase_not_in_quote": "its phrase '22 killed' is not in its evidence",
    "qualifier_dropped": "the quote's wording makes its qualifier at_least, not exact",
    "source_not_in_passage": "is credited to 'Samir Dahan', who is not named where the article",
    "forged_dateline": "dateline 'HALVAR, March 9, 2026' states 2026-03-09, not 2026-06-01",
    "time_phrase_not_in_article": "time phrase 'on Saturday night' does not occur in the article",
    "date_without_phrase": "event E2: date 2026-03-05 has no time phrase to stand on",
    "country_not_in_article": "country 'Syria' is not named in the article",
    "missed_casualty_figure": "the article states 5 wounded ('Two soldiers were killed and five",
    "source_of_another_sentence": "'at least 14' is credited to 'Samir Dahan', who is not named",
    "description_wrong_day": "event E2 description says 'Wednesday', but no such date is in its",
}


def validation_error(body: dict[str, Any], text: str = VALLEY) -> ValidationError:
    context = GroundingContext(article=ArticleText(text), dateline=input_date(text)).as_context()
    with pytest.raises(ValidationError) as caught:
        AnalysisBody.model_validate(body, context=context)
    return caught.value


def problems(body: dict[str, Any], text: str = VALLEY) -> str:
    return str(validation_error(body, text))


@pytest.mark.parametrize("name", sorted(FABRICATIONS))
def test_each_fabrication_is_caught_with_a_precise_message(name: str) -> None:
    assert MESSAGES[name] in problems(FABRICATIONS[name]())


def test_every_fabrication_has_its_message() -> None:
    assert set(MESSAGES) == set(FABRICATIONS) == set(RULES)


# The rule each fabrication's re-ask is counted under (metadata, batch and eval summaries).
RULES = {
    "country_not_in_article": "place_not_in_article",
    "date_without_phrase": "date_without_phrase",
    "description_invented_name": "statement_name",
    "description_wrong_day": "statement_date",
    "digit_of_a_number": "quote_cuts_word",
    "figure_counts_drones": "figure_kind",
    "forged_dateline": "dateline",
    "headline_invented_number": "statement_number",
    "key_point_invented_date": "statement_date",
    "key_point_invented_number": "statement_number",
    "missed_casualty_figure": "missed_casualty_figure",
    "one_word_quote": "quote_too_short",
    "phrase_not_in_quote": "figure_phrase",
    "qualifier_dropped": "figure_qualifier",
    "source_not_in_passage": "figure_source",
    "source_of_another_sentence": "figure_source",
    "time_phrase_not_in_article": "time_phrase_not_in_article",
    "wounded_read_as_killed": "figure_kind",
}


@pytest.mark.parametrize("name", sorted(FABRICATIONS))
def test_each_fabrication_is_counted_under_its_rule(name: str) -> None:
    from summarizer.checks.rules import rule_of

    assert rule_of(problems(FABRICATIONS[name]())) == RULES[name]


@pytest.mark.parametrize("name", sorted(FABRICATIONS))
def test_each_fabrication_carries_its_rule_as_the_error_type(name: str) -> None:
    """The rule travels as the validation error's type: nothing parses the English message."""
    assert validation_error(FABRICATIONS[name]()).errors()[0]["type"] == RULES[name]


# --- precision: no correct answer the project has is re-asked ------------------------------


def _correct_answers() -> list[Any]:
    """(name, answer body, article text, answer model, dateline) for every correct answer."""
    cases: list[Any] = [
        ("valley_strikes", answer("valley_strikes"), VALLEY, AnalysisBody),
        ("port_strike", answer("port_strike"), EXAMPLES_DIR / "port_strike.md", AnalysisBody),
        ("grain_deal", answer("grain_deal"), EXAMPLES_DIR / "grain_deal.txt", AnalysisBody),
        ("clinic", answer("clinic_injection"), ANSWERS.parent / "articles" / "clinic_injection.txt",
         EventsBody),
    ]  # fmt: skip
    for path in sorted((ANSWERS / "gold").glob("*.json")):
        article = EXAMPLES_DIR / "gold" / "articles" / f"{path.stem}.txt"
        cases.append((f"gold/{path.stem}", answer(f"gold/{path.stem}"), article, AnalysisBody))
    for report in "abc":
        article = EXAMPLES_DIR / "digest" / f"report_{report}.txt"
        cases.append((f"digest/{report}", answer(f"digest_report_{report}"), article, AnalysisBody))
    korvan = (EXAMPLES_DIR / "korvan_siege.txt").read_text(encoding="utf-8")
    for index, chunk in enumerate(chunk_article(korvan, 1200), start=1):
        cases.append((f"korvan/{index}", answer(f"korvan_part{index}"), chunk.text, AnalysisBody,
                      input_date(korvan)))  # fmt: skip
    cases.append(("korvan/combined", answer("korvan_combined"), korvan, SummaryBody))
    return cases


@pytest.mark.parametrize("case", _correct_answers(), ids=lambda case: case[0])
def test_every_correct_answer_passes_every_rule(case: Any) -> None:
    _, body, text, model, *dateline = case
    if isinstance(text, Path):
        text = text.read_text(encoding="utf-8")
    date = dateline[0] if dateline else input_date(text)
    context = GroundingContext(article=ArticleText(text), dateline=date).as_context()
    validated: BaseModel = model.model_validate(body, context=context)
    assert validated is not None


# --- the rules, one by one ---------------------------------------------------------------------


def test_a_short_quote_is_accepted_when_it_is_a_whole_sentence() -> None:
    article = ArticleText("The talks failed.\n\nNo.\n\nThey ended.")
    assert article.ground("No.") == (19, 22)
    with pytest.raises(ValueError, match="too short"):
        article.ground("talks failed")


def test_a_quote_found_inside_a_word_prefers_a_whole_word_match() -> None:
    article = ArticleText("Iran attack condemned. Then an attack on the port followed.")
    start, end = article.ground("an attack on the port")
    assert article.text[start:end] == "an attack on the port"


def test_input_dates_are_read_from_headers_and_datelines() -> None:
    assert input_date(" date 2019-12-30 Loading...\n\nA militia said") == dt.date(2019, 12, 30)
    assert input_date("Title\n\n*SELVA PORT, Nov. 18, 2026* - x") == dt.date(2026, 11, 18)
    assert input_date("Published: 3 March 2025\nText") == dt.date(2025, 3, 3)
    assert input_date("No date here.\nNor here, on Monday.") is None


def test_a_threat_dated_the_day_it_was_made_is_not_corrected() -> None:
    body = answer("valley_strikes")
    body["events"][2].update(status="threatened")
    body["events"][2]["time"] = {"phrase": "on Monday", "start": "2026-03-09",
                                 "end": "2026-03-09", "precision": "day"}  # fmt: skip
    context = GroundingContext(article=ArticleText(VALLEY)).as_context()
    AnalysisBody.model_validate(body, context=context)


def test_countries_match_their_demonyms_and_places() -> None:
    text = (
        "BAGHDAD, Dec. 30, 2019 - An Iraqi militia said U.S. strikes killed 25 of its fighters. "
        "In Tehran, a spokesman condemned the strikes."
    )
    article = ArticleText(text)
    from summarizer.checks.places import place_country_problem, place_problem

    assert place_problem("country", "Iraq", article) is None  # "Iraqi"
    assert place_problem("country", "United States", article) is None  # "U.S."
    assert place_problem("country", "Iran", article) is None  # Tehran is in Iran
    problem = place_problem("country", "Syria", article)
    assert problem is not None and problem.rule == "place_not_in_article"
    assert "is not named in the article" in problem.message
    assert place_country_problem("Tehran", "Iran") is None
    assert place_country_problem("Tehran", "Iraq") == Problem(
        "place_in_other_country",
        "place 'Tehran' lies in Iran, Islamic Republic of, not Iraq; give the country the place "
        "is in, or null",
    )


# --- recorded exchanges: re-asked with the precise message, then corrected ----------------------


def summarizer(endpoint: dict[str, str], **settings: Any) -> Summarizer:
    policy = RetryPolicy(max_attempts=5, sleep=lambda seconds: None)
    return Summarizer(**endpoint, retry_policy=policy, **settings)


RECORDED = sorted(FABRICATIONS)  # every rule, re-asked and corrected on the wire


@pytest.mark.scripted_only
@pytest.mark.parametrize(
    "rule", [pytest.param(r, marks=pytest.mark.scenario(f"meaning_{r}"), id=r) for r in RECORDED]
)
def test_reasked_with_the_precise_message_then_corrected(
    rule: str, endpoint: dict[str, str], vcr: Any
) -> None:
    result = summarizer(endpoint).analyze(VALLEY)

    assert result.metadata.attempts == 2
    feedback = json.loads(vcr.requests[1].body)["messages"][-1]["content"]
    assert MESSAGES[rule] in feedback
    (reask,) = result.metadata.reasks  # what the correction cost, and why, is in the result
    assert (reask.attempt, reask.rule) == (1, RULES[rule]) and MESSAGES[rule] in reask.message
    corrected = answer("valley_strikes")
    assert result.summary.headline == corrected["summary"]["headline"]
    killed = sorted(c.count.min for c in result.events[0].casualties if c.kind == "killed")
    assert killed == [14, 22]


@pytest.mark.scripted_only
@pytest.mark.scenario("meaning_persistent")
def test_a_fabrication_kept_after_every_reask_fails(endpoint: dict[str, str], vcr: Any) -> None:
    with pytest.raises(AttemptsExhausted) as caught:
        summarizer(endpoint, max_reasks=2).analyze(VALLEY)
    assert caught.value.attempts == 3 == len(vcr.requests)
    assert all("states the number 4000" in error for error in caught.value.errors)


@pytest.mark.scripted_only  # the scripted server plays the fault
def test_the_command_exits_1_with_one_line_and_no_analysis() -> None:
    from tests.test_cli import assert_one_line_error, run

    with scripted("meaning_persistent") as env:
        outcome = run("analyze", str(EXAMPLES_DIR / "valley_strikes.txt"), env=env)
    assert_one_line_error(outcome, 1, "no valid answer after 3 attempts", "states the number 4000")


def test_chat_answers_and_digest_statements_use_the_same_rule() -> None:
    from summarizer.chat.session import ChatAnswer

    library = {"valley": ArticleText(VALLEY)}
    context = GroundingContext(article=ArticleText(""), library=library).as_context()
    cited = {"article_id": "valley", "quote": "told reporters on Monday that 22 fighters died"}
    honest = {"answerable": True, "answer": "Samir Dahan said 22 fighters died.",
              "citations": [cited]}  # fmt: skip
    ChatAnswer.model_validate(honest, context=context)
    invented = {**honest, "answer": "Samir Dahan said 22 fighters and 9 officers died."}
    with pytest.raises(ValidationError, match="the answer states the number 9"):
        ChatAnswer.model_validate(invented, context=context)


@pytest.mark.scripted_only  # the scripted server plays the fault
def test_a_batch_counts_its_reasks_by_rule(tmp_path: Path) -> None:
    from tests.test_cli import run

    out = tmp_path / "out.jsonl"
    with scripted("meaning_figure_counts_drones") as env:
        done = run("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out),
                   "--no-cache", env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "re-asks: figure_kind 1" in done.stderr
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["result"]["metadata"]["reasks"][0]["rule"] == "figure_kind"


@pytest.mark.scripted_only
@pytest.mark.parametrize(
    "rule",
    [pytest.param(r, marks=pytest.mark.scenario(f"meaning_persistent_{r}"), id=r)
     for r in sorted(FABRICATIONS)],
)  # fmt: skip
def test_a_rule_broken_on_every_attempt_ends_the_command_with_exit_1(
    rule: str, recording: bool, endpoint: dict[str, str], vcr: Any
) -> None:
    """Recorded through the library (the same requests as the command), replayed through the
    command: exit 1, one line naming the rule's fault, nothing on stdout."""
    if recording:
        with pytest.raises(AttemptsExhausted):
            summarizer(endpoint, max_reasks=2).analyze(VALLEY)
        return
    from typer.testing import CliRunner

    from summarizer.cli import app

    name = f"test_a_rule_broken_on_every_attempt_ends_the_command_with_exit_1[{rule}].yaml"
    cassette = ROOT / "cassettes" / "meaning" / name
    outcome = CliRunner().invoke(  # in process: the same command, without a new interpreter
        app, ["analyze", str(EXAMPLES_DIR / "valley_strikes.txt"), "--replay", str(cassette)]
    )
    assert outcome.exit_code == 1 and outcome.stdout == ""
    (line,) = outcome.stderr.strip().splitlines()
    assert line.startswith("summarizer: error: no valid answer after 3 attempts")
    assert MESSAGES[rule][:40] in line
