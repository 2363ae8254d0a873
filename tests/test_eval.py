"""The scorer: event matching edge cases, field agreement, summary measures."""

from __future__ import annotations

import json
from typing import Any

import pytest

from summarizer import Analysis, Event
from summarizer._eval import (
    GoldArticle,
    GoldEvent,
    coverage_and_density,
    field_agreement,
    match_events,
    score_article,
)
from tests.helpers import EXAMPLES_DIR, ROOT

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
GOLDEN = json.loads((ROOT / "tests" / "goldens" / "valley_strikes.json").read_text())


def predicted() -> list[Event]:
    return [Event.model_validate(e) for e in GOLDEN["events"]]


def gold(**fields: Any) -> GoldEvent:
    return GoldEvent.model_validate({"type": "ASSAULT", **fields})


def test_no_events_on_either_side_matches_nothing() -> None:
    assert match_events([], []) == []
    assert match_events([], [gold()]) == []  # everything missed: recall 0
    assert match_events(predicted(), []) == []  # everything extra: precision 0


def test_extra_predicted_events_stay_unmatched() -> None:
    wanted = [gold(initiator={"name": "Tarsovan Air Force"}, date="2026-03-08")]
    assert match_events(predicted(), wanted) == [(0, 0)]  # E1; E2 to E4 are extra


def test_actors_match_through_aliases() -> None:
    by_alias = gold(initiator={"name": "Tarsovan Air Force"}, target={"name": "Liwa al-Wadi"})
    assert match_events(predicted(), [by_alias]) == [(0, 0)]
    unknown = gold(initiator={"name": "Kestrian Navy"})
    assert match_events(predicted(), [unknown]) == []


def test_one_to_one_prefers_the_better_supported_pair() -> None:
    # two ASSAULTs in gold; each must go to its own predicted event, not both to E1
    wanted = [
        gold(initiator={"name": "Valley Brigades"}, date="2026-03-05", place="Minsar airbase"),
        gold(initiator={"name": "Tarsovan Air Force"}, date="2026-03-08", place="Qadra"),
    ]
    assert match_events(predicted(), wanted) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("figure", "agrees"),
    [
        ({"min": 14, "max": 22}, True),  # the sources' range, 14 and 22
        ({"min": 20, "max": 25}, True),  # overlaps
        ({"min": 30}, True),  # "at least 30" fits a source's open-ended "at least 14"
        ({"min": 5, "max": 10}, False),  # below every source
    ],
)
def test_casualty_ranges_agree_when_they_overlap(figure: dict[str, int], agrees: bool) -> None:
    assert field_agreement(predicted()[0], gold(killed=figure))["killed"] is agrees


def test_a_figure_above_every_exact_source_disagrees() -> None:
    drone_attack = predicted()[1]  # two killed, five wounded: exact figures
    assert field_agreement(drone_attack, gold(killed={"min": 30}))["killed"] is False
    assert field_agreement(drone_attack, gold(wounded={"min": 5, "max": 5}))["wounded"] is True


def test_dates_agree_within_the_gold_precision() -> None:
    strike = predicted()[0]  # 2026-03-08
    assert field_agreement(strike, gold(date="2026-03-08"))["date"] is True
    assert field_agreement(strike, gold(date="2026-03-01", precision="month"))["date"] is True
    assert field_agreement(strike, gold(date="2026-03-07"))["date"] is False
    assert field_agreement(strike, gold())["date"] is None  # not annotated: not scored


def test_coverage_and_density() -> None:
    article = "the army said that at least fourteen militants were killed on sunday"
    assert coverage_and_density(article, article) == (1.0, 12.0)
    cov, dens = coverage_and_density(article, "militants were killed, the army said")
    assert cov == 1.0 and dens == pytest.approx((9 + 9) / 6)
    assert coverage_and_density(article, "a wholly new sentence") == (0.0, 0.0)


def test_score_article_on_the_golden_analysis() -> None:
    analysis = Analysis.model_validate(
        {**GOLDEN, "metadata": {**GOLDEN["metadata"], "created_at": "2026-01-01T00:00:00Z"}}
    )
    wanted = GoldArticle(
        id="valley",
        events=[gold(initiator={"name": "Tarsovan Air Force"}, killed={"min": 14, "max": 22},
                     wounded={"min": 40}, country="Tarsova", date="2026-03-08", mode="aerial")],
        summary="Air strikes killed at least 14 and perhaps 22 militia fighters near Qadra.",
    )  # fmt: skip
    result = score_article(analysis, wanted, VALLEY)
    assert (result.predicted, result.gold, result.matched) == (4, 1, 1)
    assert all(all(values) for values in result.fields.values())
    assert set(result.fields) == {
        "type",
        "mode",
        "initiator",
        "country",
        "date",
        "killed",
        "wounded",
        "status",
    }
    assert result.grounded == result.quotes > 20
    assert 0 < (result.rouge_l or 0) < 1
    assert 0 < (result.coverage or 0) < 1
