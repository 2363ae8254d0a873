"""The rule registry, and checks that never raise on any text.

Every grounding check returns None or a `Problem(rule, message)`; the validators raise it as
pydantic's custom error whose type is the rule. A fault inside a check is a failure of its rule,
so an article is never lost to a crash. Speed on hostile input is measured in bench/grounding.py
(no test here depends on the machine's speed).
"""

from __future__ import annotations

import ast
import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from summarizer.checks.alignment import ArticleText
from summarizer.checks.answer import mention_problem
from summarizer.checks.coverage import casualty_statements
from summarizer.checks.dates import time_problem
from summarizer.checks.figures import count_problem, figure_problem
from summarizer.checks.injection import addresses_the_model
from summarizer.checks.numbers import as_digits, numbers_in
from summarizer.checks.places import place_country_problem, place_problem
from summarizer.checks.quotes import quote_shape_problem
from summarizer.checks.rules import RULES, Problem, readme_table, rule_list
from summarizer.checks.statements import (
    Support,
    date_expressions,
    name_candidates,
    statement_problem,
)
from summarizer.core.models import AnalysisBody, GroundingContext
from tests.helpers import EXAMPLES_DIR

ROOT = Path(__file__).resolve().parent.parent
VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
GOLDEN = json.loads((ROOT / "tests" / "goldens" / "valley_strikes.json").read_text("utf-8"))

# Text with a good share of what trips naive rules: capitals, connectors, digits, units, dates,
# punctuation runs, keyword fragments and scripts without case.
PIECES = [
    "Police", "said", "of", "al", "de", "the", "a total of", "14", "4,000", "£50m", "46m",
    "77-72", "3rd", "on Monday", "March 9", "three months ago", "U.S.", "UN", "TV", "HERE",
    "ignor", "Note", "SYSTEM:", "...", "—", "\n\n", " ", ".", ",", "(", "'", "\u200b", "Kyiv",
    "Київ", "القدس", "東京", "١٢", "twenty-two", "at least", "killed", "wounded", "Mr.",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join),
)


def test_the_readme_table_and_the_rule_list_are_generated_from_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    grounding = (ROOT / "docs" / "grounding.md").read_text(encoding="utf-8")
    assert readme_table() in readme, "README drifted: python -m summarizer.checks.rules"
    assert rule_list() in grounding, "docs/grounding.md drifted: python -m summarizer.checks.rules"
    for name in RULES:
        assert f"`{name}`" in readme and f"`{name}`" in grounding


def test_every_rule_the_code_raises_is_in_the_registry() -> None:
    used: set[str] = set()
    for path in (ROOT / "summarizer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", ""))
                in ("Problem", "enforce")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                used.add(node.args[0].value)
    assert used, "no rule found: the scan is broken"
    assert used <= set(RULES), used - set(RULES)


def test_a_key_point_ending_in_a_connector_before_a_number_does_not_crash() -> None:
    sentence = "Police said the blast killed a total of 14."
    assert name_candidates(sentence) == []  # "Police" only starts the sentence
    support = Support("The blast killed a total of 14 people, police said.", "its evidence")
    assert statement_problem("key point 1", sentence, support) is None


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts, texts)
def test_no_check_raises_on_any_text(text: str, other: str) -> None:
    article = ArticleText(text)
    reference = dt.date(2026, 3, 9)
    support = Support(text, "its evidence", reference, [[other, other]], own_names=[other])
    results: list[Any] = [
        name_candidates(other),
        date_expressions(other),
        numbers_in(as_digits(other)),
        statement_problem("key point 1", other, support),
        figure_problem("killed", other, "at_least", 3, None, text),
        count_problem(other, "between", 5, 2),
        place_problem("country", other or "x", article),
        place_country_problem(other or "x", text or None),
        casualty_statements(article),
        time_problem(
            "event E1",
            other,
            reference,
            reference,
            "day",
            reference,
            forward=False,
            in_article=True,
        ),  # fmt: skip
        quote_shape_problem(text, 0, len(text), other),
        mention_problem(article, "actor", other),
        addresses_the_model(other),
        article.instruction_spans,
        article.quote_error(other or "x"),
    ]
    for result in results:
        assert result is None or isinstance(result, Problem | list | bool)
        if isinstance(result, Problem):
            assert result.rule in RULES and result.message


def _strings(node: Any) -> list[list[Any]]:
    """The paths of every string field in a JSON value."""
    found: list[list[Any]] = []
    if isinstance(node, dict):
        items: list[tuple[Any, Any]] = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return found
    for key, value in items:
        if isinstance(value, str):
            found.append([key])
        found += [[key, *rest] for rest in _strings(value)]
    return found


ANSWER = {k: v for k, v in GOLDEN.items() if k != "metadata"}
STRING_PATHS = _strings(ANSWER)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(STRING_PATHS), texts)
def test_any_string_in_any_answer_field_is_valid_or_a_validation_error(
    path: list[Any], value: str
) -> None:
    answer = copy.deepcopy(ANSWER)
    node: Any = answer
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    context = GroundingContext(article=ArticleText(VALLEY), dateline=dt.date(2026, 3, 9))
    try:
        AnalysisBody.model_validate(answer, context=context.as_context())
    except ValidationError as error:
        assert error.errors()[0]["msg"]  # a message for the model, never an internal error


def test_a_fault_inside_a_check_is_a_failure_of_its_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.core.models as models

    def broken(*args: Any, **kwargs: Any) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(models, "figure_problem", broken)
    context = GroundingContext(article=ArticleText(VALLEY), dateline=dt.date(2026, 3, 9))
    with pytest.raises(ValidationError) as caught:
        AnalysisBody.model_validate(ANSWER, context=context.as_context())
    error = caught.value.errors()[0]
    assert error["type"] == "figure_kind"
    assert "could not read this part of the answer" in error["msg"]


# --- real-text precision, by class: each faithful form accepted, each wrong one caught --------

DATELINE = dt.date(2026, 3, 9)
CURRENCIES = ["£", "$", "€"]


def problem_of(statement: str, support: str) -> Problem | None:
    return statement_problem("key point 1", statement, Support(support, "its evidence", DATELINE))


@given(st.integers(2, 999), st.sampled_from(CURRENCIES), st.sampled_from(["m", "bn"]))
def test_a_number_glued_to_its_scale_is_that_number_at_that_scale(
    number: int, sign: str, short: str
) -> None:
    word = {"m": "million", "bn": "billion"}[short]
    other = {"m": "bn", "bn": "m"}[short]
    support = f"The company paid {sign}{number} {word} for the port, officials said."
    assert problem_of(f"It paid {sign}{number}{short} for the port.", support) is None
    assert problem_of(f"It paid {number} {word} for the port.", support) is None
    wrong_scale = problem_of(f"It paid {sign}{number}{other} for the port.", support)
    wrong_number = problem_of(f"It paid {sign}{number + 1}{short} for the port.", support)
    assert wrong_scale is not None and wrong_scale.rule == "statement_number"
    assert wrong_number is not None and wrong_number.rule == "statement_number"


@given(st.integers(2, 500), st.sampled_from([("m", "metres"), ("km", "kilometres"), ("lb", "lb")]))
def test_a_number_glued_to_its_unit_is_read(number: int, unit: tuple[str, str]) -> None:
    short, long = unit
    support = f"The wall is {number} {long} long, engineers said."
    assert problem_of(f"The wall is {number}{short} long.", support) is None
    assert problem_of(f"The wall is {number + 1}{short} long.", support) is not None


@given(st.integers(0, 150), st.integers(0, 150))
def test_both_numbers_of_a_score_or_range_are_checked(first: int, second: int) -> None:
    support = f"The home side won {first}-{second} on Sunday."
    assert problem_of(f"The home side won {first}-{second}.", support) is None
    assume(second + 1 != first)  # numbers are checked by value: "1-1" reads 1 twice
    wrong = problem_of(f"The home side won {first}-{second + 1}.", support)
    assert wrong is not None and wrong.rule == "statement_number"


@pytest.mark.parametrize(
    ("acronym", "expansion"),
    [("IMF", "International Monetary Fund"), ("UNHCR", "United Nations High Commissioner "
     "for Refugees"), ("WHO", "World Health Organization"), ("BoE", "Bank of England")],
)  # fmt: skip
def test_an_acronym_spelled_out_is_the_acronym(acronym: str, expansion: str) -> None:
    support = f"The {acronym.upper()} approved the plan on Monday, its spokesman said."
    assert problem_of(f"The {expansion} approved the plan.", support) is None
    invented = problem_of("The Asian Development Bank approved the plan.", support)
    assert invented is not None and invented.rule == "statement_name"


@pytest.mark.parametrize("word", ["TV", "MPs", "PM", "CEO", "GDP"])
def test_abbreviations_of_common_nouns_are_not_names(word: str) -> None:
    support = "The minister said on Monday that the plan would pass."
    assert problem_of(f"The minister told {word} reporters the plan would pass.", support) is None


def test_a_statement_in_capitals_throughout_is_not_read_for_names() -> None:
    support = "Officials said on Monday that the road would reopen."
    assert problem_of("ROAD WILL REOPEN HERE, OFFICIALS SAY", support) is None


@pytest.mark.parametrize("end", [" -", " \u2014", " |", ":", "\u2026", "\n"])
def test_a_capital_after_a_sentence_without_a_full_stop_is_not_a_name(end: str) -> None:
    support = "Floods hit the north on Monday and residents fled their homes."
    assert problem_of(f"Floods hit the north{end} Residents fled", support) is None


@given(st.integers(2, 12), st.sampled_from(["days", "weeks", "months", "years"]))
def test_a_relative_date_in_words_matches_the_same_in_digits(count: int, unit: str) -> None:
    from num2words import num2words

    support = f"Prices began rising {num2words(count)} {unit} ago, traders said."
    assert problem_of(f"Prices began rising {num2words(count)} {unit} ago.", support) is None
    assert problem_of(f"Prices began rising {count} {unit} ago.", support) is None
    wrong = problem_of(f"Prices began rising {num2words(count + 1)} {unit} ago.", support)
    assert wrong is not None and wrong.rule == "statement_date"


@pytest.mark.parametrize(
    ("demonym", "country"),
    [("Portuguese", "Portugal"), ("Argentine", "Argentina"), ("Welsh", "Wales"),
     ("Turkish", "Turkey"), ("Belgian", "Belgium"), ("Norwegian", "Norway"),
     ("New Zealander", "New Zealand"), ("Kenyan", "Kenya"), ("Emirati", "the United Arab "
     "Emirates"), ("Salvadoran", "El Salvador")],
)  # fmt: skip
def test_demonyms_come_from_a_data_set(demonym: str, country: str) -> None:
    support = f"Police in {country} arrested two men on Monday."
    assert problem_of(f"{demonym} police arrested two men.", support) is None
    wrong = problem_of(f"Mongolian police arrested two men in {country}.", support)
    assert wrong is not None and wrong.rule == "statement_name"


def test_a_or_an_states_one_only_of_the_same_noun() -> None:
    support = "A soldier was killed and a total of 14 people were wounded."
    assert problem_of("One soldier was killed.", support) is None
    wrong = problem_of("1 person was wounded.", support)
    assert wrong is not None and wrong.rule == "statement_number"


@given(st.integers(1, 40))
def test_ordinals_are_checked(number: int) -> None:
    from num2words import num2words

    support = f"It was the {num2words(number, to='ordinal')} attack on the town this year."
    assert problem_of(f"It was the {num2words(number, to='ordinal')} attack.", support) is None
    wrong = problem_of(f"It was the {num2words(number + 1, to='ordinal')} attack.", support)
    assert wrong is not None and wrong.rule == "statement_number"


def test_a_fault_in_the_quote_matcher_is_a_failure_of_the_quote_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: ArticleText, quote: str) -> Any:
        raise IndexError("string index out of range")

    monkeypatch.setattr(ArticleText, "ground_aligned", broken)
    context = GroundingContext(article=ArticleText(VALLEY), dateline=dt.date(2026, 3, 9))
    with pytest.raises(ValidationError) as caught:
        AnalysisBody.model_validate(ANSWER, context=context.as_context())
    assert caught.value.errors()[0]["type"] == "quote_not_in_article"
