"""The scorer: event matching edge cases, field agreement, summary measures."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from summarizer import Analysis, Event
from summarizer.eval.gold import GoldArticle, GoldEvent, load_gold
from summarizer.eval.matching import field_agreement, match_events
from summarizer.eval.metrics import coverage_and_density
from summarizer.eval.reports import score_article
from tests.helpers import CASSETTES, EXAMPLES_DIR, ROOT, run_cli

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


# --- the gold set, replayed: the regression guard ------------------------------------------------

GOLD = EXAMPLES_DIR / "gold" / "gold.jsonl"
GOLD_CASSETTE = CASSETTES / "eval" / "gold.yaml"
BASELINE = EXAMPLES_DIR / "gold" / "baseline.json"
RERECORD = "python -m pytest --record-mode=rewrite tests/test_eval.py -k gold_set"


def eval_cli(*args: str, base_url: str = "http://replay.invalid/v1", api_key: str | None = None
             ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    env = {**os.environ, "OPENAI_BASE_URL": base_url, "COLUMNS": "160"}
    if api_key:
        env["OPENAI_API_KEY"] = api_key
    return run_cli("eval", *args, env=env)


@pytest.fixture(scope="module")
def gold_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The recorded gold-set run, replayed once, as a results file."""
    out = tmp_path_factory.mktemp("gold") / "run.jsonl"
    done = eval_cli(str(GOLD), "--replay", str(GOLD_CASSETTE), "--out", str(out), "--json")
    if "no recorded response" in done.stderr:
        pytest.fail(f"the gold cassette is stale; re-record: {RERECORD}")
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.scenario("gold_set")
def test_gold_set_scores_hold_the_baseline(
    recording: bool, endpoint: dict[str, str], tmp_path: Path
) -> None:
    if recording:  # author the cassette: the scripted model (or a live one) answers the gold set
        # one at a time, so the cassette's order (and a re-recording's diff) is stable
        done = eval_cli(str(GOLD), "--record", str(GOLD_CASSETTE), "--json", "--concurrency", "1",
                        base_url=endpoint.get("base_url", os.environ.get("OPENAI_BASE_URL", "")),
                        api_key=endpoint.get("api_key"))  # fmt: skip
        assert done.returncode == 0, done.stderr
    done = eval_cli(
        str(GOLD), "--replay", str(GOLD_CASSETTE), "--baseline", str(BASELINE), "--json"
    )
    if "no recorded response" in done.stderr:
        pytest.fail(f"the gold cassette is stale; re-record: {RERECORD}")
    assert done.returncode == 0, done.stderr  # on a drop, stderr names each article and measure
    report = json.loads(done.stdout)
    assert report["regressions"] == []
    measures = report["measures"]
    assert measures["articles"] == 12 and measures["failed"] == 0
    # the recorded answers are plausible but imperfect: the scorer sees real disagreements
    assert 0.5 < measures["events_f1"] < 1.0
    assert any(0 < (v or 0) < 1 for k, v in measures.items() if k.startswith("field:"))
    assert measures["first_attempt_valid"] < 1.0 < measures["mean_attempts"]
    assert measures["grounding_rate"] == 1.0
    # which checks the re-asks were for, counted by rule
    assert report["reasks"] == {"quote_not_in_article": 1, "figure_not_in_quote": 1}
    by_article = {a["id"]: a["reasks"] for a in report["articles"] if a["reasks"]}
    assert by_article == {"teachers_protest": {"quote_not_in_article": 1},
                          "market_bombing": {"figure_not_in_quote": 1}}  # fmt: skip


def test_the_readme_eval_command_prints_the_tables() -> None:
    done = eval_cli(str(GOLD), "--replay", str(GOLD_CASSETTE))
    assert done.returncode == 0, done.stderr
    for heading in ("Evaluation against", "Fields of matched events", "Overall", "events_f1"):
        assert heading in done.stdout
    assert "hostage_release" in done.stdout


def drop_event(run: Path, article: str, out: Path) -> Path:
    """A copy of `run` in which `article` lost its first event (a simulated regression)."""
    lines = []
    for line in run.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if data["id"] == article:
            data["result"]["events"] = data["result"]["events"][1:]
            for event in data["result"]["events"]:
                event["links"] = []  # they may point at the dropped event
        lines.append(json.dumps(data))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_a_score_below_the_baseline_fails_naming_article_and_measure(
    gold_run: Path, tmp_path: Path
) -> None:
    worse = drop_event(gold_run, "market_bombing", tmp_path / "worse.jsonl")
    done = eval_cli(str(GOLD), "--results", str(worse), "--baseline", str(BASELINE))
    assert done.returncode == 1
    assert "regression: market_bombing recall: 1 -> 0.5" in done.stderr
    assert "regression: overall events_recall" in done.stderr
    assert "--update-baseline" in done.stderr.splitlines()[-1]
    assert "Traceback" not in done.stderr


def test_updating_the_baseline_is_one_command(gold_run: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    worse = drop_event(gold_run, "market_bombing", tmp_path / "worse.jsonl")
    made = eval_cli(str(GOLD), "--results", str(worse), "--baseline", str(baseline),
                    "--update-baseline")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert json.loads(baseline.read_text())["articles"]["market_bombing"]["recall"] == 0.5
    again = eval_cli(str(GOLD), "--results", str(worse), "--baseline", str(baseline))
    assert again.returncode == 0, again.stderr


def test_compare_shows_what_moved_per_article_and_field(gold_run: Path, tmp_path: Path) -> None:
    worse = drop_event(gold_run, "market_bombing", tmp_path / "worse.jsonl")
    done = eval_cli(str(GOLD), "--compare", str(gold_run), str(worse), "--json")
    assert done.returncode == 0, done.stderr
    moved = {(d["article"], d["measure"]): (d["a"], d["b"])
             for d in json.loads(done.stdout)["differences"]}  # fmt: skip
    assert moved[("market_bombing", "recall")] == (1.0, 0.5)
    assert ("overall", "events_predicted") in moved
    assert not any(article == "water_pact" for article, _ in moved)  # untouched articles stay out


def test_a_results_file_with_a_failed_article_scores_it_as_missed(
    gold_run: Path, tmp_path: Path
) -> None:
    lines = gold_run.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if json.loads(line)["id"] != "water_pact"]
    results = tmp_path / "partial.jsonl"
    results.write_text("\n".join(kept) + "\n", encoding="utf-8")
    results.with_suffix(".errors.jsonl").write_text(
        json.dumps({"id": "water_pact", "error": "no valid answer after 3 attempts"}) + "\n"
    )
    done = eval_cli(str(GOLD), "--results", str(results), "--json")
    report = json.loads(done.stdout)
    water = next(a for a in report["articles"] if a["id"] == "water_pact")
    assert water["error"] == "no valid answer after 3 attempts" and water["matched"] == 0
    assert report["measures"]["failed"] == 1
    # the report is printed, and the command says how many failed and exits 1
    assert done.returncode == 1
    assert "summarizer: error: 1 of 12 articles failed (water_pact)" in done.stderr


def test_a_malformed_results_file_is_a_one_line_error(gold_run: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    first = json.loads(gold_run.read_text(encoding="utf-8").splitlines()[0])
    first["result"]["events"][0]["links"] = [{"kind": "follows", "event_id": "E9"}]
    broken.write_text(json.dumps(first) + "\n", encoding="utf-8")
    done = eval_cli(str(GOLD), "--results", str(broken))
    assert done.returncode == 2
    assert done.stderr.startswith(f"summarizer: error: {broken}:1: ")
    assert "'E9', which is not an event id" in done.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "events": []}\n', "neither text nor path"),
        ('{"id": "a", "text": "x", "events": [{"type": "RIOT"}]}\n', "events.0.type"),
        ("not json\n", ":1: not valid JSON"),
        ('{"id": "a", "path": "missing.txt"}\n', "file not found"),
    ],
)
def test_bad_gold_files_get_a_one_line_error(tmp_path: Path, content: str, message: str) -> None:
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(content, encoding="utf-8")
    done = eval_cli(str(gold_file), "--results", str(gold_file))
    assert done.returncode == 2
    assert done.stderr.startswith("summarizer: error: ") and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --- PLOVER records as gold ---------------------------------------------------------------------


def test_plover_records_become_gold_articles(tmp_path: Path) -> None:
    text = "Rebels shelled the town of Ardo on Monday, killing 3 people, and police arrested two."
    records = [
        {"id": "P-1", "date": "2026-02-03", "event": "ASSAULT", "mode": "artillery",
         "source": [{"actorText": "Rebels", "code": "REB"}], "target": "town of Ardo",
         "dead": "3", "text": text},
        {"id": "P-2", "date": "2026-02-03", "event": "COERCE", "actor": "police",
         "recipient": [], "text": text},
        {"id": "P-3", "event": "DISAPPROVE", "actor": "Ardo council",
         "text": "The council objected."},
        {"id": "P-4", "event": "CRIME", "actor": "thieves", "text": "Thieves robbed a bank."},
        {"id": "P-5", "event": "ASSAULT", "actor": "army"},
    ]  # fmt: skip
    path = tmp_path / "plover.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    articles, skipped = load_gold(path)
    assert [a.id for a in articles] == ["P-1", "P-3"]  # records sharing a text are one article
    ardo = articles[0]
    assert ardo.dateline == dt.date(2026, 2, 3) and ardo.text == text
    assert [e.type for e in ardo.events] == ["ASSAULT", "COERCE"]
    assault = ardo.events[0]
    assert assault.initiator is not None and assault.initiator.name == "Rebels"
    assert assault.target is not None and assault.target.name == "town of Ardo"
    assert assault.killed is not None and (assault.killed.min, assault.killed.max) == (3, 3)
    assert ardo.events[1].target is None
    assert articles[1].events[0].type == "ACCUSE"  # an older PLOVER name, mapped
    assert skipped == ["P-4: event type CRIME has no counterpart here", "P-5: no text"]


def test_gold_modes_compare_as_the_model_modes_are_normalised() -> None:
    raid = predicted()[0].model_copy(update={"mode": "air_strike"})
    assert field_agreement(raid, gold(mode="Air strike"))["mode"] is True


def test_the_gold_file_follows_its_published_schema() -> None:
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "gold-article.schema.json").read_text())
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        jsonschema.validate(json.loads(line), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x", "events": [{"type": "RIOT"}]}, schema)


def test_a_real_plover_export_is_read_whole(tmp_path: Path) -> None:
    """A repeated id is kept under a suffix (with a note), placeholder dates are no dateline,
    and "at least 156" stays an open range instead of becoming exactly 156."""
    articles, notes = load_gold(ROOT / "tests" / "data" / "plover_export.jsonl")
    assert [a.id for a in articles] == ["X-101", "X-101-2", "X-102", "X-103"]
    assert notes == ["X-101: id repeated for another text; kept as X-101-2"]
    datelines = {a.id: a.dateline for a in articles}
    assert datelines == {"X-101": None, "X-101-2": dt.date(2026, 5, 2), "X-102": None,
                         "X-103": dt.date(2026, 5, 4)}  # fmt: skip
    strikes = articles[0].events[0]
    assert strikes.killed is not None and (strikes.killed.min, strikes.killed.max) == (156, None)
    assert strikes.wounded is not None and (strikes.wounded.min, strikes.wounded.max) == (41, None)
    protest = articles[1].events[0]
    assert protest.killed is not None and (protest.killed.min, protest.killed.max) == (None, 3)
    accusation = articles[2].events[0]
    assert accusation.killed is not None and (accusation.killed.min, accusation.killed.max) == (
        12,
        None,
    )
