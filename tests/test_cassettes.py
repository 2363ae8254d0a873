"""Cassettes: no credentials stored, readable bodies, stale recordings fail loudly."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from summarizer import CassetteMismatch, Summarizer
from summarizer.core.cassettes import SECRET_HEADERS, cassette
from tests.helpers import CASSETTES, EXAMPLES_DIR, ROOT
from tests.scenarios import EXAMPLES, SCENARIOS
from tests.scripted_server import ScriptedServer

ALL_CASSETTES = sorted(CASSETTES.rglob("*.yaml"))
KEY_LIKE = re.compile(r"sk-[A-Za-z0-9_\-]{8,}|Bearer\s+\S+", re.IGNORECASE)
GRAIN = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")


def test_there_are_cassettes() -> None:
    assert len(ALL_CASSETTES) >= 10


@pytest.mark.parametrize("path", ALL_CASSETTES, ids=lambda p: str(p.relative_to(CASSETTES)))
def test_no_credentials_in_cassette(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not KEY_LIKE.search(text)
    data = yaml.safe_load(text)
    for interaction in data["interactions"]:
        for part in (interaction["request"], interaction["response"]):
            names = {name.lower() for name in part.get("headers", {})}
            assert not names & set(SECRET_HEADERS), (path, names)
        body = interaction["request"]["body"]
        # readable: JSON as a structure, an upload (a Batch API file) as text; a GET has none
        assert not body or "json" in body or "text" in body, body


def test_recording_drops_the_key_and_organisation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "sk-test-" + "q" * 40
    monkeypatch.setenv("OPENAI_ORG_ID", "org-test-secretorg")
    path = tmp_path / "recorded.yaml"
    with ScriptedServer(SCENARIOS["summarize_grain_deal"]) as server, cassette(path, "record"):
        Summarizer(base_url=server.url, api_key=key).summarize(GRAIN)
    text = path.read_text(encoding="utf-8")
    assert key not in text and "secretorg" not in text and "qqqq" not in text
    assert "HeadlineWithNoKey" not in text  # sanity: the file is the one we wrote
    assert "Kestria and Valmora" in text
    # the server's random port is not recorded: re-recording changes nothing but what changed
    (interaction,) = yaml.safe_load(text)["interactions"]
    port = server.url.rsplit(":", 1)[1].split("/")[0]
    assert interaction["request"]["uri"] == "http://127.0.0.1/v1/chat/completions", port


def test_no_cassette_records_a_loopback_port() -> None:
    ported = re.compile(r"//(?:127\.0\.0\.1|localhost):\d")
    assert [p for p in ALL_CASSETTES if ported.search(p.read_text(encoding="utf-8"))] == []


def test_replay_with_a_changed_prompt_raises_cassette_mismatch() -> None:
    recorded = CASSETTES / "pipeline" / "test_summarize_grain_deal.yaml"
    with (
        cassette(recorded, "replay"),
        pytest.raises(CassetteMismatch, match="no recorded response"),
    ):
        Summarizer(base_url="http://replay.invalid/v1", temperature=0.7).summarize(GRAIN)


def test_article_text_is_never_templated(tmp_path: Path) -> None:
    """instructor renders Jinja when given a context; the article must reach the model as is."""
    text = "TOWN, May 1, 2026 - The council voted {{ 7*7 }} times {% raw %}on {#the#} budget.\n"
    body = {
        "summary": {
            "headline": "Council votes on budget",
            "summary": "The council voted on the budget.",
            "key_points": [
                {"text": p, "evidence": [{"quote": "The council voted {{ 7*7 }} times"}]}
                for p in "abc"
            ],
        }
    }
    with ScriptedServer([{"answer": body}]) as server:
        result = Summarizer(base_url=server.url).summarize(text)
    sent = server.requests[0]["messages"][1]["content"]
    assert "{{ 7*7 }} times {% raw %}on {#the#} budget." in sent and "49" not in sent
    assert result.summary.key_points[0].evidence[0].start == text.index("The council")


def cassette_users(path: Path) -> list[str]:
    """Where a cassette is used: the test pytest-recording named it after, or a file naming it."""
    folder, stem = path.parent.name, path.stem
    users = []
    module = ROOT / "tests" / f"test_{folder}.py"
    if module.is_file() and f"def {stem.split('[')[0]}(" in module.read_text(encoding="utf-8"):
        users.append(str(module.relative_to(ROOT)))
    if folder == "examples" and stem in EXAMPLES:  # test_examples replays one per example
        users.append("tests/test_examples.py")
    if folder == "real" and path.with_suffix(".json").is_file():  # replayed with its outcome
        users.append("tests/test_real_cassettes.py")
    naming = (f"{folder}/{stem}.yaml", f'"{folder}" / "{stem}.yaml"')
    for candidate in [*ROOT.glob("tests/*.py"), ROOT / "README.md", ROOT / ".ci" / "run",
                      *ROOT.glob("docs/*.md"), *ROOT.glob("examples/**/*.md")]:  # fmt: skip
        if candidate.is_file() and any(n in candidate.read_text(encoding="utf-8") for n in naming):
            users.append(str(candidate.relative_to(ROOT)))
    return users


def test_every_cassette_is_used() -> None:
    unused = [str(p.relative_to(ROOT)) for p in ALL_CASSETTES if not cassette_users(p)]
    assert not unused, f"cassettes no test or document uses (delete them): {', '.join(unused)}"


def test_an_orphaned_cassette_is_reported() -> None:
    assert cassette_users(CASSETTES / "pipeline" / "test_summarize_grain_deal.yaml")
    orphan = "test_" + "no_such_test.yaml"  # spelt apart, or this very line would name it
    assert not cassette_users(CASSETTES / "pipeline" / orphan)


def _invoke(*args: str) -> Any:
    from typer.testing import CliRunner

    from summarizer.cli import app

    return CliRunner().invoke(app, list(args))  # in process: nothing here needs a new process


def test_a_replay_miss_in_a_batch_is_that_line_s_error_and_names_the_article(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    outcome = _invoke("batch", str(EXAMPLES_DIR / "valley_strikes.txt"),
                      str(EXAMPLES_DIR / "grain_deal.txt"), "--out", str(out), "--no-cache",
                      "--replay", str(CASSETTES / "examples" / "valley_strikes.yaml"))  # fmt: skip
    assert outcome.exit_code == 1, outcome.output
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = out.with_suffix(".errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [r["id"] for r in results] == [str(EXAMPLES_DIR / "valley_strikes.txt")]
    (error,) = [json.loads(line) for line in errors]
    assert error["id"] == str(EXAMPLES_DIR / "grain_deal.txt")
    assert "the article differs from what was recorded" in error["error"]
    assert "recorded for another input" in error["error"]


@pytest.mark.parametrize(
    ("options", "part"),
    [((), "the article"), (("--model", "gpt-4.1"), "the model"),
     (("--temperature", "0.7"), "the settings")],
)  # fmt: skip
def test_a_replay_miss_names_what_differs(options: tuple[str, ...], part: str) -> None:
    article = "grain_deal.txt" if part == "the article" else "valley_strikes.txt"
    outcome = _invoke("analyze", str(EXAMPLES_DIR / article), *options,
                      "--replay", str(CASSETTES / "examples" / "valley_strikes.yaml"))  # fmt: skip
    assert outcome.exit_code != 0
    assert f"{part} differs from what was recorded" in outcome.output
