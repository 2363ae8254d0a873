"""Partial results: when the attempts run out, the grounded part of the last answer is kept.

The scripted server plays each scenario at test time (no cassette: no real endpoint could be
asked for these faults), on the loopback interface the suite allows.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from summarizer import AttemptsExhausted, Summarizer
from summarizer.checks.alignment import ArticleText
from summarizer.core.models import AnalysisBody, GroundingContext, answer_model
from summarizer.core.partial import NothingKept, keep_grounded, path_text
from tests.helpers import EXAMPLES_DIR, ROOT, SCHEMAS, assert_grounded, run_cli
from tests.scenarios import answer, ok
from tests.scripted_server import ScriptedServer

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
GROUNDING = GroundingContext(article=ArticleText(VALLEY), dateline=None)
ANALYSIS_SCHEMA = json.loads((SCHEMAS / "analysis.schema.json").read_text(encoding="utf-8"))


def invented_key_point() -> dict[str, Any]:
    """The valley answer whose second key point quotes (twice) words the article never uses."""
    body = answer("valley_strikes")
    for evidence in body["summary"]["key_points"][1]["evidence"]:
        evidence["quote"] = "the ministry said that ninety militants had been killed in the raids"
    return body


def invented_event() -> dict[str, Any]:
    """The valley answer whose event E2 (linked to from E1) claims a toll nobody gives."""
    body = answer("valley_strikes")
    body["events"][1]["description"] = "Drones hit the Minsar airbase, killing 93 soldiers."
    return body


def invented_headline() -> dict[str, Any]:
    body = answer("valley_strikes")
    body["summary"]["headline"] = "Air strikes kill 77 in Qadra"
    return body


def analyze(server: ScriptedServer, **settings: Any) -> Any:
    with Summarizer(base_url=server.url, api_key="scripted-no-key", **settings) as summarizer:
        return summarizer.analyze(VALLEY)


def assert_valid_partial(result: Any) -> dict[str, Any]:
    """A partial result: complete false, valid against the published schema, every quote
    grounded, and every statement passes every rule when checked again from scratch."""
    data = result.model_dump(mode="json")
    assert data["complete"] is False and data["metadata"]["dropped"]
    jsonschema.Draft202012Validator(ANALYSIS_SCHEMA).validate(data)
    assert assert_grounded(data, VALLEY) > 0
    again = {k: v for k, v in data.items() if k in ("summary", "events", "entities")}
    kept, dropped = keep_grounded(answer_model(AnalysisBody), again, GROUNDING)
    assert [d for d in dropped if d.item is not None] == []  # nothing more to drop
    return data


def test_a_persistent_bad_key_point_is_dropped_and_the_rest_kept() -> None:
    with ScriptedServer([ok(invented_key_point())] * 3) as server:
        result = analyze(server, max_reasks=2, on_invalid="partial")
        assert len(server.requests) == 3  # every attempt was spent first

    data = assert_valid_partial(result)
    whole = answer("valley_strikes")
    kept = [p["text"] for p in data["summary"]["key_points"]]
    assert kept == [p["text"] for i, p in enumerate(whole["summary"]["key_points"]) if i != 1]
    assert [e["id"] for e in data["events"]] == [e["id"] for e in whole["events"]]
    paths = [(d["path"], d["rule"]) for d in data["metadata"]["dropped"]]
    assert paths == [
        ("summary.key_points[1].evidence[0]", "quote_not_in_article"),
        ("summary.key_points[1].evidence[1]", "quote_not_in_article"),
        ("summary.key_points[1]", "quote_not_in_article"),
    ]
    dropped_point = data["metadata"]["dropped"][-1]
    assert dropped_point["item"]["text"] == whole["summary"]["key_points"][1]["text"]
    assert "every item of summary.key_points[1].evidence was dropped" in dropped_point["message"]
    assert result.metadata.attempts == 3


def test_a_dropped_event_takes_the_links_to_it() -> None:
    with ScriptedServer([ok(invented_event())] * 2) as server:
        result = analyze(server, max_reasks=1, on_invalid="partial")

    data = assert_valid_partial(result)
    assert [e["id"] for e in data["events"]] == ["E1", "E3", "E4"]
    assert all(link["event_id"] != "E2" for e in data["events"] for link in e["links"])
    dropped = {d["path"]: d for d in data["metadata"]["dropped"]}
    assert dropped["events[1]"]["rule"] == "statement_number"
    assert "93" in dropped["events[1]"]["message"]
    assert dropped["events[1]"]["item"]["id"] == "E2"
    # E1 linked to E2: the link went with it, for the links rule
    assert dropped["events[0].links[0]"]["rule"] == "event_links"
    assert dropped["events[0].links[0]"]["item"]["event_id"] == "E2"


def test_fail_stays_the_default_and_names_the_other_policy() -> None:
    with ScriptedServer([ok(invented_key_point())] * 2) as server:
        with pytest.raises(AttemptsExhausted) as caught:
            analyze(server, max_reasks=1)
    assert "--on-invalid partial keeps the parts that pass" in str(caught.value)


def test_a_problem_no_drop_can_mend_still_fails() -> None:
    with ScriptedServer([ok(invented_headline())] * 2) as server:
        with pytest.raises(AttemptsExhausted) as caught:
            analyze(server, max_reasks=1, on_invalid="partial")
    message = str(caught.value)
    assert "no partial result: summary.headline:" in message and "77" in message
    assert "\n" not in message


def test_fewer_key_points_than_the_schema_allows_is_nothing_kept() -> None:
    body = answer("valley_strikes")
    for point in body["summary"]["key_points"][:3]:
        point["evidence"] = [{"quote": "words that are nowhere in the article at all"}]
    with pytest.raises(NothingKept, match=r"summary.key_points: .*at least 3"):
        keep_grounded(answer_model(AnalysisBody), body, GROUNDING)


def test_an_optional_part_is_nulled_not_the_event() -> None:
    body = answer("valley_strikes")
    body["events"][1]["location"]["place"] = "Verdane Heights"  # never named in the article
    kept, dropped = keep_grounded(answer_model(AnalysisBody), body, GROUNDING)
    assert [d.path for d in dropped] == ["events[1].location"]
    assert dropped[0].rule == "name_not_in_article"
    event = kept.events[1]  # type: ignore[attr-defined]
    assert event.id == "E2" and event.location is None and event.casualties


def test_a_whole_answer_that_passes_is_kept_whole() -> None:
    body = answer("valley_strikes")
    kept, dropped = keep_grounded(answer_model(AnalysisBody), copy.deepcopy(body), GROUNDING)
    assert dropped == []
    assert len(kept.summary.key_points) == len(body["summary"]["key_points"])  # type: ignore[attr-defined]


@pytest.mark.parametrize("data", [[], "text", None, 3])
def test_an_answer_that_is_not_an_object_is_nothing_kept(data: Any) -> None:
    with pytest.raises(NothingKept, match="not a JSON object"):
        keep_grounded(answer_model(AnalysisBody), data, GROUNDING)


def test_paths_read_as_written() -> None:
    assert path_text(("events", 1, "claims", 0)) == "events[1].claims[0]"
    assert path_text(("summary", "headline")) == "summary.headline"
    assert path_text(()) == ""


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={**os.environ, **env})


def test_batch_counts_partial_results_and_the_cache_keeps_them_from_fail_runs(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    source = str(EXAMPLES_DIR / "valley_strikes.txt")
    with ScriptedServer([ok(invented_key_point())] * 4) as server:
        env = {"OPENAI_BASE_URL": server.url, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
        partial = _cli("batch", source, "--out", str(out), "--max-reasks", "1",
                       "--on-invalid", "partial", env=env)  # fmt: skip
        assert partial.returncode == 0, partial.stderr
        assert "1 processed (0 from cache), 1 partial, 0 failed" in partial.stderr
        line = json.loads(out.read_text(encoding="utf-8"))
        assert line["result"]["complete"] is False
        assert len(server.requests) == 2
        # a run that wants whole results is not served the cached partial one: it asks again
        whole = _cli("batch", source, "--out", str(tmp_path / "whole.jsonl"),
                     "--max-reasks", "1", env=env)  # fmt: skip
        assert whole.returncode == 1
        assert len(server.requests) == 4
        assert "0 from cache" in whole.stderr and "1 failed" in whole.stderr


def test_the_evidence_view_lists_what_was_left_out_escaped() -> None:
    from summarizer.render.evidence_view import evidence_page

    result = json.loads((ROOT / "tests" / "goldens" / "valley_strikes.json").read_text("utf-8"))
    result["complete"] = False
    result["metadata"]["dropped"] = [
        {"path": "events[4]", "rule": "statement_number", "message": "says <b>93</b> killed"}
    ]
    page = evidence_page(result, VALLEY)
    assert "Left out (partial result)" in page and "partial: some parts were left out" in page
    assert "<code>events[4]</code> (statement_number): says &lt;b&gt;93&lt;/b&gt; killed" in page
    whole = json.loads((ROOT / "tests" / "goldens" / "valley_strikes.json").read_text("utf-8"))
    assert "Left out" not in evidence_page(whole, VALLEY)


def test_analyze_prints_the_partial_result_and_says_so(tmp_path: Path) -> None:
    with ScriptedServer([ok(invented_key_point())] * 2) as server:
        done = _cli("analyze", str(EXAMPLES_DIR / "valley_strikes.txt"), "--max-reasks", "1",
                    "--on-invalid", "partial", env={"OPENAI_BASE_URL": server.url})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["complete"] is False
    assert "partial: 3 part(s) dropped (quote_not_in_article), see metadata.dropped" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unknown_policy_is_a_usage_error() -> None:
    done = _cli("analyze", str(EXAMPLES_DIR / "valley_strikes.txt"), "--on-invalid", "maybe",
                env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})  # fmt: skip
    assert done.returncode == 2
    assert "on_invalid" in done.stderr and "Traceback" not in done.stderr


def test_the_batch_api_keeps_a_partial_result(
    tmp_path: Path,
) -> None:
    out = tmp_path / "results.jsonl"
    script = [{"match": "HALVAR, March 9", **ok(invented_key_point())}] * 2
    with ScriptedServer(script) as server:
        env = {"OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "scripted-no-key"}
        options = ["--via", "batch-api", "--reask-via", "batch-api", "--poll-interval", "0",
                   "--no-cache", "--max-reasks", "1", "--on-invalid", "partial"]  # fmt: skip
        done = _cli("batch", "examples/valley_strikes.txt", "--out", str(out), *options, env=env)
    assert done.returncode == 0, done.stderr
    assert "1 partial, 0 failed" in done.stderr
    (line,) = [json.loads(text) for text in out.read_text(encoding="utf-8").splitlines()]
    result = line["result"]
    assert result["complete"] is False
    assert [d["path"] for d in result["metadata"]["dropped"]][-1] == "summary.key_points[1]"
    jsonschema.Draft202012Validator(ANALYSIS_SCHEMA).validate(result)
