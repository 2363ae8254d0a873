"""Batch: every input accounted for, rate limits shared by the pool, cache, resume."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx2
import pytest

import summarizer.batch.engine as batch_module
from bench.stub_server import running_stub
from summarizer import Analysis, AsyncSummarizer, ResultCache, analyze_many
from summarizer.batch.engine import BatchStats, run_batch
from summarizer.batch.outputs import ResultFiles
from summarizer.batch.rate_gate import RateGate, estimate_tokens
from tests.helpers import CASSETTES, EXAMPLES_DIR, ROOT

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")


def articles(n: int) -> list[str]:
    return [VALLEY + f"\n\nReference {i}.\n" for i in range(n)]


def write_jsonl(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(articles(n)):
            handle.write(json.dumps({"id": f"a{i:03d}", "text": text}) + "\n")
    return path


def batch_cli(*args: str, base_url: str, **popen: Any) -> subprocess.Popen[str]:
    env = {**os.environ, "OPENAI_BASE_URL": base_url}
    command = [sys.executable, "-m", "summarizer", "batch", *args]
    return subprocess.Popen(command, cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)  # fmt: skip


def ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_input_ends_as_a_result_despite_injected_failures(tmp_path: Path) -> None:
    with running_stub(latency=0.01, fail_rate=0.15, seed=3) as (url, stub):
        items = analyze_many(articles(40), base_url=url, concurrency=8)
    assert len(items) == 40 and all(item.ok for item in items)
    assert stub.counts["failed"] > 0  # failures happened, and were retried away
    assert stub.counts["requests"] == 40 + stub.counts["failed"]
    assert isinstance(items[0].result(), Analysis)
    assert sorted(item.id for item in items) == sorted(str(n) for n in range(1, 41))


def test_rerun_makes_no_request_and_the_cache_serves_a_new_output(tmp_path: Path) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", 12)
    out = tmp_path / "out.jsonl"
    with running_stub(latency=0.01) as (url, stub):
        first = batch_cli(str(inputs), "--out", str(out), "--events-csv", str(tmp_path / "e.csv"),
                          base_url=url)  # fmt: skip
        assert first.wait(timeout=120) == 0, first.stderr.read() if first.stderr else ""
        assert stub.counts["requests"] == 12
        again = batch_cli(str(inputs), "--out", str(out), base_url=url)
        assert again.wait(timeout=120) == 0
        assert "12 already done" in (again.stderr.read() if again.stderr else "")
        fresh = batch_cli(str(inputs), "--out", str(tmp_path / "other.jsonl"), base_url=url)
        assert fresh.wait(timeout=120) == 0
        assert stub.counts["requests"] == 12  # neither re-run asked the model again
    assert Counter(ids(out)) == Counter(f"a{i:03d}" for i in range(12))
    cached = [
        json.loads(line)["cached"] for line in (tmp_path / "other.jsonl").read_text().splitlines()
    ]
    assert cached == [True] * 12
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert len(rows) == 12 * 4
    first_strike = next(r for r in rows if r["event_id"] == "E1")
    assert first_strike["killed"] == "14"
    assert (
        first_strike["notes"]
        == "killed disputed: at least 14 (Colonel Idris Makon), 22 (Samir Dahan)"
    )


def test_killed_midway_then_resumed_yields_every_article_exactly_once(tmp_path: Path) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", 40)
    out = tmp_path / "out.jsonl"
    with running_stub(latency=0.25) as (url, stub):
        run = batch_cli(str(inputs), "--out", str(out), "--concurrency", "4", "--no-cache",
                        base_url=url)  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (
            not out.exists() or len(out.read_bytes().splitlines()) < 8
        ):
            time.sleep(0.05)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
        done_before = len(ids(out))
        assert 8 <= done_before < 40
        resumed = batch_cli(str(inputs), "--out", str(out), "--concurrency", "8", "--no-cache",
                            base_url=url)  # fmt: skip
        assert resumed.wait(timeout=120) == 0
    assert Counter(ids(out)) == Counter(f"a{i:03d}" for i in range(40))  # each exactly once
    assert stub.counts["requests"] < 40 + 8  # only what was in flight at the kill is asked twice


def test_a_torn_last_line_is_dropped_and_redone(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good = '{"id": "a", "result": {}}\n{"id": "b", "result": {}}\n'
    out.write_text(good + '{"id": "c", "resu', encoding="utf-8")
    files = ResultFiles(out, tmp_path / "errors.jsonl")
    files.close()
    assert files.finished == {"a", "b"}
    assert out.read_text(encoding="utf-8") == good


def test_a_429_pauses_the_whole_pool() -> None:
    with running_stub(latency=0.05, rate_limit_once_at=6, retry_after=0.6) as (url, stub):
        items = analyze_many(articles(24), base_url=url, concurrency=4)
    assert all(item.ok for item in items)
    (limited_at,) = stub.rate_limited_at
    # After the 429 nobody is admitted until Retry-After has passed. Unpaused, this pool sends
    # about 40 requests in that window; the only ones that may still arrive are the other 3
    # already admitted when the 429 came back (under load the stub's clock may see them late).
    in_window = [t for t in stub.arrivals if limited_at < t < limited_at + 0.55]
    assert len(in_window) <= 3
    assert any(t >= limited_at + 0.6 for t in stub.arrivals)


def test_requests_on_the_wire_never_exceed_the_concurrency() -> None:
    with running_stub(latency=0.05) as (url, stub):
        items = analyze_many(articles(24), base_url=url, concurrency=4)
    assert len(items) == 24 and all(item.ok for item in items)
    assert stub.peak_in_flight == 4  # the pool is kept full, and never overfilled


def test_warm_up_waits_until_the_first_requests_are_out(monkeypatch: pytest.MonkeyPatch) -> None:
    # the one-time warm-up runs while the first answers are awaited, not before sending
    gate, stats = RateGate(concurrency=2), BatchStats()
    seen: list[tuple[bool, int]] = []
    monkeypatch.setattr(
        batch_module, "warm_up", lambda *_: seen.append((gate.filled.is_set(), stats.done))
    )

    async def run(url: str) -> int:
        async with AsyncSummarizer(base_url=url, gate=gate) as summarizer:
            items = run_batch(articles(6), summarizer, concurrency=2, stats=stats)
            return len([item async for item in items if item.ok])

    with running_stub(latency=0.2) as (url, _):
        assert asyncio.run(run(url)) == 6
    assert seen == [(True, 0)]  # every slot taken, no answer in yet


def _request(body: bytes) -> httpx2.Request:
    return httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions", content=body)


def test_rate_gate_spaces_requests_per_minute() -> None:
    async def admit_all(gate: RateGate, n: int) -> float:
        started = time.monotonic()
        for _ in range(n):
            async with gate.admit(_request(b'{"messages": []}')):
                pass
        return time.monotonic() - started

    # 1,200 a minute are spent evenly: a burst of one second's worth (20), then a steady flow
    # of (1,200 - 20) a minute, so that no 60-second window holds more than 1,200
    assert asyncio.run(admit_all(RateGate(rpm=1200), 20)) < 0.5
    assert asyncio.run(admit_all(RateGate(rpm=1200), 40)) >= 20 / (1180 / 60)
    assert asyncio.run(admit_all(RateGate(rpm=60), 2)) >= 0.95  # one a second: no burst


def test_rate_gate_counts_tokens_before_sending() -> None:
    # about 4,000 bytes of body (1,000 tokens) plus the 1,000-token output allowance it asks
    body = json.dumps({"max_tokens": 1000, "messages": [{"content": "x" * 3970}]}).encode()
    assert estimate_tokens(body) == len(body) // 4 + 1000
    assert estimate_tokens(b"not json") == 2 + 1024  # unknown allowance: the default

    async def admit_all(gate: RateGate, n: int) -> float:
        started = time.monotonic()
        for _ in range(n):
            async with gate.admit(_request(body)):
                pass
        return time.monotonic() - started

    # at about 2,000 tokens each, 120,000 a minute admit 8 at once (a burst the size of the
    # largest request it must admit, 16,384), then one every ~1.2 s, not 60 at once
    assert asyncio.run(admit_all(RateGate(tpm=120_000), 8)) < 0.5
    assert asyncio.run(admit_all(RateGate(tpm=120_000), 10)) >= 0.9


def test_bad_inputs_become_error_lines_and_nothing_is_lost(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    (folder / "good.txt").write_text(VALLEY, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    lines = [
        json.dumps({"id": "j1", "text": VALLEY + "\nJ.\n"}),
        "{broken",
        json.dumps({"id": "j3"}),
    ]
    (folder / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with running_stub(latency=0.01) as (url, _):
        run = batch_cli(str(folder), "--out", str(out), base_url=url)
        assert run.wait(timeout=120) == 1  # something failed: the exit code says so
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert sorted(ids(out)) == [str(folder / "good.txt"), "j1"]
    assert sorted(e["id"] for e in errors) == sorted(
        [str(folder / "binary.txt"), str(folder / "empty.txt"), f"{folder / 'more.jsonl'}:2", "j3"]
    )
    assert all(e["error"] for e in errors)


def test_max_cost_stops_starting_new_work(tmp_path: Path) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", 10)
    out = tmp_path / "out.jsonl"
    with running_stub(latency=0.05) as (url, stub):
        capped = batch_cli(str(inputs), "--out", str(out), "--concurrency", "1",
                           "--max-cost", "0.0001", base_url=url)  # fmt: skip
        assert capped.wait(timeout=120) == 1
        assert "budget was reached" in (capped.stderr.read() if capped.stderr else "")
        spent = stub.counts["requests"]
        assert 1 <= spent <= 2  # what was already started when the budget ran out
        errors = (tmp_path / "out.errors.jsonl").read_text().splitlines()
        assert len(ids(out)) + len(errors) == 10
        assert all("not started" in json.loads(line)["error"] for line in errors)
        finish = batch_cli(str(inputs), "--out", str(out), base_url=url)
        assert finish.wait(timeout=120) == 0
    assert Counter(ids(out)) == Counter(f"a{i:03d}" for i in range(10))


def test_cache_key_changes_with_what_changes_the_answer(tmp_path: Path) -> None:
    from summarizer import Article, Config
    from summarizer.core.cache import cache_key

    article = Article(text=VALLEY)
    base = cache_key(Config(model="m"), "analyze", article)
    assert base == cache_key(Config(model="m"), "analyze", Article(text=VALLEY))
    assert base != cache_key(Config(model="other"), "analyze", article)
    assert base != cache_key(Config(model="m", temperature=0.5), "analyze", article)
    assert base != cache_key(Config(model="m"), "summarize", article)
    assert base != cache_key(Config(model="m"), "analyze", Article(text=VALLEY + " "))
    cache = ResultCache(tmp_path)
    cache.put(base, '{"x": 1}')
    assert cache.get(base) == '{"x": 1}' and len(cache) == 1


@pytest.mark.scenario("batch_of_examples")
def test_batch_of_examples_offline(
    recording: bool, endpoint: dict[str, str], tmp_path: Path
) -> None:
    cassette = CASSETTES / "batch" / "examples.yaml"
    inputs = [
        str(EXAMPLES_DIR / name)
        for name in ("valley_strikes.txt", "port_strike.md", "grain_deal.txt")
    ]
    out = tmp_path / "results.jsonl"
    mode = ["--record", str(cassette)] if recording else ["--replay", str(cassette)]
    run = batch_cli(*inputs, "--out", str(out), "--concurrency", "3", "--no-cache", *mode,
                    base_url=endpoint.get("base_url", "http://replay.invalid/v1"))  # fmt: skip
    assert run.wait(timeout=120) == 0, run.stderr.read() if run.stderr else ""
    assert sorted(ids(out)) == sorted(inputs)


def test_output_may_not_overwrite_an_input(tmp_path: Path) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", 2)
    run = batch_cli(str(inputs), "--out", str(inputs), base_url="http://127.0.0.1:9/v1")
    assert run.wait(timeout=60) == 2
    assert "must not be among the inputs" in (run.stderr.read() if run.stderr else "")
    assert len(inputs.read_text().splitlines()) == 2  # untouched


def test_replayed_answers_do_not_fill_the_cache(tmp_path: Path) -> None:
    cassette = CASSETTES / "batch" / "examples.yaml"
    inputs = [
        str(EXAMPLES_DIR / n) for n in ("valley_strikes.txt", "port_strike.md", "grain_deal.txt")
    ]
    cache_dir = tmp_path / "cache"
    run = batch_cli(*inputs, "--out", str(tmp_path / "out.jsonl"), "--cache-dir", str(cache_dir),
                    "--replay", str(cassette), base_url="http://replay.invalid/v1")  # fmt: skip
    assert run.wait(timeout=120) == 0
    assert len(ids(tmp_path / "out.jsonl")) == 3
    assert not (cache_dir / "results.sqlite3").exists() or len(ResultCache(cache_dir)) == 0


def test_batch_writes_an_evidence_page_per_article_and_an_index(tmp_path: Path) -> None:
    cassette = CASSETTES / "batch" / "examples.yaml"
    inputs = [
        str(EXAMPLES_DIR / n) for n in ("valley_strikes.txt", "port_strike.md", "grain_deal.txt")
    ]
    pages = tmp_path / "pages"
    run = batch_cli(*inputs, "--out", str(tmp_path / "out.jsonl"), "--html", str(pages),
                    "--replay", str(cassette), base_url="http://replay.invalid/v1")  # fmt: skip
    assert run.wait(timeout=120) == 0, run.stderr.read() if run.stderr else ""
    written = sorted(p for p in pages.glob("*.html") if p.name != "index.html")
    assert len(written) == 3
    index = (pages / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{p.name}"' in index for p in written)
    assert all("<mark " in p.read_text(encoding="utf-8") for p in written)
