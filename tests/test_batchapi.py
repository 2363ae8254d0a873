"""`batch --via batch-api` and `summarizer jobs`, on recordings of the Files and Batches endpoints.

Each test runs the command line as a user would. Recording (`--record-mode=rewrite`) runs it
against the scripted server, which plays the Batch API (tests/scripted_server.py); replaying
runs it on the cassettes, offline.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from summarizer import Analysis
from tests.helpers import CASSETTES, ROOT, assert_grounded, run_cli

# relative to the project (the commands run there): ids, and so custom_ids, are the same anywhere
EXAMPLES = [f"examples/{n}" for n in ("valley_strikes.txt", "port_strike.md", "grain_deal.txt")]
VALLEY, PORT, GRAIN = EXAMPLES


def cli(
    *args: str, cassette: Path, recording: bool, endpoint: dict[str, str], **env_vars: str
) -> subprocess.CompletedProcess[str]:
    base_url = endpoint.get("base_url", "http://replay.invalid/v1")
    env = {**os.environ, "OPENAI_BASE_URL": base_url, **env_vars}
    if endpoint.get("api_key"):
        env["OPENAI_API_KEY"] = endpoint["api_key"]
    exchange = ["--record" if recording else "--replay", str(cassette)]
    return run_cli(*args, *exchange, env=env)


def batch_api(out: Path, *inputs: str, extra: tuple[str, ...] = (), **kwargs: Any) -> Any:
    return cli("batch", *inputs, "--out", str(out), "--via", "batch-api", "--poll-interval", "0",
               "--no-cache", *extra, **kwargs)  # fmt: skip


def lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def requests_in(cassette: Path) -> list[tuple[str, str]]:
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    return [(i["request"]["method"], i["request"]["uri"].split("/v1", 1)[1])
            for i in data["interactions"]]  # fmt: skip


@pytest.mark.scenario("batch_api_reask_via_batch")
def test_submits_collects_validates_and_reasks_in_a_follow_up_batch(
    recording: bool, endpoint: dict[str, str], tmp_path: Path
) -> None:
    cassette = CASSETTES / "batchapi" / "reask_via_batch.yaml"
    out = tmp_path / "results.jsonl"
    done = batch_api(out, *EXAMPLES, extra=("--reask-via", "batch-api"), cassette=cassette,
                     recording=recording, endpoint=endpoint)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "summarizer: 1 batch jobs running, 0/3 requests done (in_progress)" in done.stderr
    results = {line["id"]: line for line in lines(out)}
    assert sorted(results) == sorted(EXAMPLES)
    for path, line in results.items():  # the same validators as live calls: every quote grounded
        analysis = Analysis.model_validate(line["result"])
        assert assert_grounded(line["result"], (ROOT / path).read_text(encoding="utf-8")) > 5
        assert line["cost_usd"] is not None and line["cost_usd"] > 0
    valley = Analysis.model_validate(results[VALLEY]["result"])
    assert valley.metadata.attempts == 2  # the fabricated quote was re-asked, in round 2
    assert analysis.metadata.attempts == 1 or analysis.metadata.attempts == 2
    jobs = json.loads(out.with_suffix(".jobs.json").read_text())
    assert [(j["round"], j["requests"], j["collected"]) for j in jobs["jobs"]] == [
        (1, 3, True), (2, 1, True)
    ]  # fmt: skip
    assert jobs["pending"] == {} and jobs["progress"] == {}


def test_the_request_file_holds_the_live_request_bodies() -> None:
    """Same prompts, schema and settings as a live call: the uploaded line for the valley
    article is byte for byte the body of the recorded live request."""
    recorded = yaml.safe_load((CASSETTES / "batchapi" / "reask_via_batch.yaml").read_text())
    upload = next(i["request"]["body"]["text"] for i in recorded["interactions"]
                  if i["request"]["uri"].endswith("/files"))  # fmt: skip
    content = upload.split("\r\n\r\n", 1)[1]
    sent = [json.loads(line) for line in content.splitlines() if line.startswith("{")]
    live = yaml.safe_load((CASSETTES / "examples" / "valley_strikes.yaml").read_text())
    valley = next(s for s in sent if s["custom_id"].endswith("valley_strikes.txt"))
    assert valley["body"] == live["interactions"][0]["request"]["body"]["json"]
    assert valley["url"] == "/v1/chat/completions" and valley["method"] == "POST"
    assert [s["custom_id"] for s in sent] == EXAMPLES  # custom_id = input id


@pytest.mark.scenario("batch_api_long_article")
def test_a_long_article_takes_one_round_per_call_and_matches_the_live_result(
    recording: bool, endpoint: dict[str, str], tmp_path: Path
) -> None:
    """Three chunks and the combined summary: four rounds, each plan rebuilt from the answers
    so far; the result is the one a live run makes from the same answers."""
    out = tmp_path / "results.jsonl"
    chunked = {"SUMMARIZER_MAX_ARTICLE_CHARS": "1200"}
    done = batch_api(out, "examples/korvan_siege.txt", endpoint=endpoint, recording=recording,
                     cassette=CASSETTES / "batchapi" / "long_article.yaml", **chunked)  # fmt: skip
    assert done.returncode == 0, done.stderr
    jobs = json.loads(out.with_suffix(".jobs.json").read_text())["jobs"]
    assert [(j["round"], j["requests"]) for j in jobs] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    result = lines(out)[0]["result"]
    live = run_cli("analyze", "examples/korvan_siege.txt", "--replay",
                   str(CASSETTES / "robustness" / "test_long_article_in_chunks.yaml"),
                   env={**os.environ, **chunked})  # fmt: skip
    assert live.returncode == 0, live.stderr
    expected = json.loads(live.stdout)
    assert result["metadata"]["chunks"] == 3 and result["metadata"]["attempts"] == 4
    assert result["events"] == expected["events"] and result["summary"] == expected["summary"]


@pytest.mark.scenario("batch_api_partial_failure")
def test_partial_failure_and_expiry_end_as_error_lines(
    recording: bool, endpoint: dict[str, str], tmp_path: Path
) -> None:
    cassette = CASSETTES / "batchapi" / "partial_failure.yaml"
    out = tmp_path / "results.jsonl"
    # two requests per file: three inputs make two jobs, one of which expires part done
    done = batch_api(out, *EXAMPLES, extra=("--max-requests-per-file", "2"), cassette=cassette,
                     recording=recording, endpoint=endpoint)  # fmt: skip
    assert done.returncode == 1
    assert "2 of 3 articles failed" in done.stderr.splitlines()[-1]
    assert [line["id"] for line in lines(out)] == [VALLEY]
    errors = {line["id"]: line["error"] for line in lines(out.with_suffix(".errors.jsonl"))}
    assert "HTTP 500" in errors[PORT]
    assert "24 h window closed; run again to resubmit it" in errors[GRAIN]
    jobs = json.loads(out.with_suffix(".jobs.json").read_text())["jobs"]
    assert [(j["requests"], j["status"]) for j in jobs] == [(2, "completed"), (1, "expired")]


@pytest.mark.scenario("batch_api_reask_live")
def test_an_invalid_batch_answer_is_reasked_live(
    recording: bool, endpoint: dict[str, str], tmp_path: Path
) -> None:
    cassette = CASSETTES / "batchapi" / "reask_live.yaml"
    out = tmp_path / "results.jsonl"
    done = batch_api(out, VALLEY, cassette=cassette, recording=recording, endpoint=endpoint)
    assert done.returncode == 0, done.stderr
    analysis = Analysis.model_validate(lines(out)[0]["result"])
    assert analysis.metadata.attempts == 2
    assert ("POST", "/chat/completions") in requests_in(cassette)  # the re-ask went live
    # it carries the failed answer and what was wrong with it, as instructor's own re-ask does
    recorded = yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]
    reask = next(i["request"]["body"]["json"] for i in recorded
                 if i["request"]["uri"].endswith("/chat/completions"))  # fmt: skip
    answered, problem = reask["messages"][-2:]
    assert answered["role"] == "assistant" and answered["content"] == ""
    assert "destroyed four camps" in answered["tool_calls"][0]["function"]["arguments"]
    assert problem["role"] == "tool" and "is not in the article" in problem["content"]


@pytest.mark.scenario("batch_api_resume")
def test_a_resumed_run_collects_without_resubmitting(
    recording: bool, endpoint: dict[str, str], tmp_path: Path
) -> None:
    submit = CASSETTES / "batchapi" / "resume_submit.yaml"
    collect = CASSETTES / "batchapi" / "resume_collect.yaml"
    out = tmp_path / "results.jsonl"
    first = batch_api(out, GRAIN, extra=("--no-wait",), cassette=submit, recording=recording,
                      endpoint=endpoint)  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "run the same command" in first.stderr and not out.read_text()
    again = batch_api(out, GRAIN, cassette=collect, recording=recording, endpoint=endpoint)
    assert again.returncode == 0, again.stderr
    assert [line["id"] for line in lines(out)] == [GRAIN]
    asked = requests_in(collect)
    assert not any(path in ("/files", "/batches") for method, path in asked if method == "POST")
    assert ("GET", "/batches/batch_scripted_1") in asked  # it polled the job it had saved


@pytest.mark.scenario("batch_api_cancel")
def test_jobs_cancel_then_collect_accounts_for_every_input(
    recording: bool, endpoint: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    submitted = batch_api(out, PORT, extra=("--no-wait",), endpoint=endpoint, recording=recording,
                          cassette=CASSETTES / "batchapi" / "cancel_submit.yaml")  # fmt: skip
    assert submitted.returncode == 0, submitted.stderr
    cancelled = cli("jobs", "cancel", str(out), cassette=CASSETTES / "batchapi" / "cancel.yaml",
                    recording=recording, endpoint=endpoint)  # fmt: skip
    assert cancelled.returncode == 0, cancelled.stderr
    assert "batch_scripted_1 cancelling" in cancelled.stderr
    collected = cli("jobs", "collect", str(out), "--poll-interval", "0", "--no-cache",
                    cassette=CASSETTES / "batchapi" / "cancel_collect.yaml", recording=recording,
                    endpoint=endpoint)  # fmt: skip
    assert collected.returncode == 1
    errors = lines(out.with_suffix(".errors.jsonl"))
    assert [e["id"] for e in errors] == [PORT]
    assert "ended cancelled before this request ran" in errors[0]["error"]
    listed = run_cli("jobs", "list", str(out), "--json")
    assert [(j["id"], j["status"]) for j in json.loads(listed.stdout)] == [
        ("batch_scripted_1", "cancelled")
    ]  # the jobs recorded beside the output, read without asking the provider
    at_provider = cli("jobs", "list", "--json", cassette=CASSETTES / "batchapi" / "list.yaml",
                      recording=recording, endpoint=endpoint)  # fmt: skip
    assert at_provider.returncode == 0, at_provider.stderr
    assert [(j["id"], j["status"], j["requests"]) for j in json.loads(at_provider.stdout)] == [
        ("batch_scripted_1", "cancelled", 1)
    ]


def test_jobs_commands_without_jobs_fail_in_one_line(tmp_path: Path) -> None:
    for command in ("status", "cancel", "collect", "list"):
        done = run_cli("jobs", command, str(tmp_path / "none.jsonl"))
        assert done.returncode == 2, (command, done.stderr)
        assert done.stderr.startswith("summarizer: error: no Batch API jobs recorded for")
        assert len(done.stderr.strip().splitlines()) == 1


def test_jobs_of_another_model_are_not_mixed_up(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.with_suffix(".jobs.json").write_text(json.dumps({"task": "analyze", "model": "other"}))
    env = {**os.environ, "OPENAI_API_KEY": "test-key-not-used"}
    done = run_cli("batch", GRAIN, "--out", str(out), "--via", "batch-api", "--model",
                   "gpt-4o-mini", env=env)  # fmt: skip
    assert done.returncode == 2
    assert "holds analyze jobs for model other" in done.stderr


class _Content:
    def __init__(self, text: str) -> None:
        self.text = text


class _StubClient:
    """Just enough of the SDK for `collect`: files hold the provider's output."""

    def __init__(self, files: dict[str, str]) -> None:
        stored = files
        self.files = type("Files", (), {"content": staticmethod(lambda i: _Content(stored[i]))})()

    def close(self) -> None:
        pass


def test_refusals_malformed_lines_and_missing_answers_each_end_as_an_error(tmp_path: Path) -> None:
    from summarizer._config import load_config
    from summarizer.batch.batch_api import BatchApiRun, Job, Request
    from summarizer.core.inputs import read_articles

    message = {"role": "assistant", "content": None, "refusal": "I can't help with that."}
    refusal = {"id": "c1", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
               "choices": [{"index": 0, "finish_reason": "stop", "message": message}]}  # fmt: skip
    output = "\n".join([
        json.dumps({"custom_id": VALLEY, "response": {"status_code": 200, "body": refusal}}),
        "{not json",
    ])  # fmt: skip
    run = BatchApiRun(
        load_config(api_key="k"),
        "analyze",
        tmp_path / "out.jsonl",
        client=_StubClient({"file-out": output}),
    )  # type: ignore[arg-type]
    records = [r for p in (VALLEY, PORT) for r in read_articles(str(ROOT / p))]
    for record, name in zip(records, (VALLEY, PORT), strict=True):
        run.articles[name] = record.article  # type: ignore[assignment]
        run.state.pending[name] = Request(input_id=name, call=0, job="b1")
    job = Job(id="b1", input_file_id="f", round=1, requests=2, status="completed",
              output_file_id="file-out")  # fmt: skip
    items = {item.id: item for item in run.collect(job)}
    assert "declined to answer: I can't help with that." in (items[VALLEY].error or "")
    assert "ended completed before this request ran" in (items[PORT].error or "")
    assert job.collected and not run.state.pending


class _RecordingClient:
    """Accepts uploads and batch creations, keeping what was uploaded."""

    def __init__(self) -> None:
        self.uploads: list[bytes] = []
        owner = self

        class Files:
            @staticmethod
            def create(file: tuple[str, Any], purpose: str) -> Any:
                owner.uploads.append(file[1].read())
                return type("File", (), {"id": f"file-{len(owner.uploads)}"})()

        class Batches:
            @staticmethod
            def create(**kwargs: Any) -> Any:
                return type("Batch", (), {"id": f"b{len(owner.uploads)}", "status": "validating"})()

        self.files, self.batches = Files(), Batches()

    def close(self) -> None:
        pass


def test_request_files_are_split_by_bytes_as_well_as_by_count(tmp_path: Path) -> None:
    from summarizer._config import load_config
    from summarizer.batch.batch_api import BatchApiRun
    from summarizer.batch.sources import iter_inputs

    client = _RecordingClient()
    limit = 20_000  # bytes: each request (prompt, article, schema) is 12 to 13 KB, so one a file
    run = BatchApiRun(load_config(api_key="k"), "analyze", tmp_path / "out.jsonl",
                      max_bytes=limit, client=client)  # type: ignore[arg-type]  # fmt: skip
    records = iter_inputs([str(ROOT / p) for p in EXAMPLES], max_bytes=10**6)
    assert list(run.submit(records, set())) == []
    assert len(client.uploads) == 3 and all(len(u) <= limit for u in client.uploads)
    assert [len(u.splitlines()) for u in client.uploads] == [1, 1, 1]
    assert [job.requests for job in run.state.jobs] == [1, 1, 1]
    assert len(run.state.pending) == 3 and not run.state.queued
