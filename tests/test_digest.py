"""Digest: several reports of one story merged into one event set, with per-source claims."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest

from summarizer import Article, Event, RetryPolicy, Summarizer, digest
from summarizer.core.merge import compare
from tests.helpers import CASSETTES, EXAMPLES_DIR, ROOT, run_cli

REPORTS = sorted((EXAMPLES_DIR / "digest").glob("report_*.txt"))
TEXTS = {path.stem: path.read_text(encoding="utf-8") for path in REPORTS}
RECORDED = CASSETTES / "digest" / "test_digest_of_three_reports.yaml"


@pytest.mark.vcr
def test_digest_of_three_reports(endpoint: dict[str, str], vcr: Any) -> None:
    summarizer = Summarizer(**endpoint, retry_policy=RetryPolicy(sleep=lambda s: None))
    result = digest([Article(id=k, text=v) for k, v in TEXTS.items()], summarizer)

    # one attack, reported three times; one air strike, reported once; in timeline order
    attack, strike = result.events
    assert attack.reports == ["report_a", "report_b", "report_c"]
    assert (attack.time.start, strike.time.start) == (dt.date(2026, 11, 7), dt.date(2026, 11, 8))
    assert strike.links[0].kind == "response_to" and strike.links[0].event_id == attack.id
    # every source's figure side by side, with its report, the conservative figure and the range
    figures = {(f.source, f.evidence.document, f.count.min) for f in attack.casualties}
    assert figures == {
        ("the base's commander", "report_a", 12),
        ("Omar Belic", "report_a", 12),
        ("Casmeran health ministry", "report_b", 14),
    }
    assert attack.conservative_casualties == {"wounded": 12}
    assert attack.casualty_ranges == {"wounded": [12, 14]}
    assert any(c.stance == "denial" and c.evidence.document == "report_c" for c in attack.claims)
    # evidence from each report, each quote located in its own report
    for evidence in attack.evidence:
        text = TEXTS[evidence.document or ""]
        assert text[evidence.start : evidence.end] == evidence.quote
    # code merged a and c; the model ruled on the pairs code could not decide
    assert [(d["first"], d["second"], d["same"]) for d in result.decisions] == [
        ("report_a:E1", "report_b:E1", True),
        ("report_b:E1", "report_c:E1", True),
    ]
    # one actor under two names
    shield = [a for a in result.entities if a.canonical_name == "Northern Shield"]
    assert len(shield) == 1 and "Northern Shield Front" in shield[0].aliases
    # every statement of the summary cites verified quotes
    for statement in result.summary.statements:
        for citation in statement.citations:
            assert TEXTS[citation.article_id][citation.start : citation.end] == citation.quote
    assert result.metadata.attempts == 6 == len(vcr.requests)


def run_digest(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("digest", *map(str, REPORTS), *args)


def test_markdown_report_and_html_page(tmp_path: Path) -> None:
    page = tmp_path / "digest.html"
    outcome = run_digest("--markdown", "--html", str(page), "--replay", str(RECORDED))
    assert outcome.returncode == 0, outcome.stderr
    report = outcome.stdout
    assert report.startswith("# Rocket attack on Fort Alden airbase")
    assert "- wounded: conservative 12, range 12 to 14" in report
    assert "  - 14: Casmeran health ministry [report_b]" in report
    assert "| 2026-11-07 | E1: " in report and "| 2026-11-08 | E2: " in report
    html = page.read_text(encoding="utf-8")
    assert '<ol class="timeline">' in html and "&quot;We did not fire" not in html.split("<h2>")[0]


def test_json_output_validates_against_the_published_schema() -> None:
    import json

    import jsonschema

    outcome = run_digest("--replay", str(RECORDED))
    assert outcome.returncode == 0, outcome.stderr
    schema = json.loads((ROOT / "schemas" / "digest.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(json.loads(outcome.stdout))


def test_one_report_is_not_a_digest() -> None:
    outcome = run_cli("digest", str(REPORTS[0]))
    assert outcome.returncode == 2 and "at least two reports" in outcome.stderr


def event(**fields: Any) -> Event:
    base = {"id": "E1", "type": "ASSAULT", "description": "d", "evidence": [{"quote": "q"}]}
    return Event.model_validate({**base, **fields})


def actor(name: str) -> dict[str, str]:
    return {"name": name, "canonical_name": name, "kind": "militia"}


def when(day: str, precision: str = "day") -> dict[str, str]:
    return {"phrase": "x", "start": day, "precision": precision}


def place(name: str) -> dict[str, str]:
    return {"place": name}


SHIELD = {"initiator": actor("Shield")}


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ({"type": "PROTEST"}, {}, "different"),
        ({"initiator": actor("Shield")}, {"initiator": actor("Front")}, "different"),
        ({"time": when("2026-11-07")}, {"time": when("2026-11-09")}, "different"),
        ({**SHIELD, "location": place("Fort Alden"), "time": when("2026-11-07")},
         {**SHIELD, "location": place("Fort Alden airbase"), "time": when("2026-11-07")}, "same"),
        ({"location": place("Fort Alden"), "time": when("2026-11-07")},
         {"location": place("an airfield outside Dunmore"), "time": when("2026-11-07")}, "unsure"),
        ({"initiator": actor("Shield"), "time": when("2026-11-02", "week")},
         {"initiator": actor("Shield"), "time": when("2026-11-07")}, "unsure"),
    ],
)  # fmt: skip
def test_compare_decides_only_what_code_can(
    a: dict[str, Any], b: dict[str, Any], verdict: str
) -> None:
    assert compare(event(**a), event(**b)) == verdict


def test_a_second_digest_reuses_the_cached_analyses(tmp_path: Path) -> None:
    from summarizer import ResultCache
    from tests.scenarios import SCENARIOS
    from tests.scripted_server import ScriptedServer

    steps = SCENARIOS["digest_of_three_reports"]
    rulings_and_summary = [s for s in steps if "Record 1" in s["match"] or "digest" in s["match"]]
    cache = ResultCache(tmp_path)
    with ScriptedServer(steps + rulings_and_summary) as server:
        articles = [Article(id=k, text=v) for k, v in TEXTS.items()]
        first = digest(articles, Summarizer(base_url=server.url), cache=cache)
        second = digest(articles, Summarizer(base_url=server.url), cache=cache)
    assert len(server.requests) == 6 + 3  # the three analyses were not asked for again
    assert len(cache) == 3
    assert second.events == first.events
