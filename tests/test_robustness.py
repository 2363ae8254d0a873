"""Faults and hostile text: truncation, refusals, dropped connections, timeouts, prompt
injection, and credentials that must never leak."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from summarizer import (
    AnswerTruncated,
    AttemptsExhausted,
    ModelRefused,
    RequestRejected,
    RetryPolicy,
    Summarizer,
)
from tests.helpers import EXAMPLES_DIR, ROOT, assert_grounded, run_cli, scripted
from tests.scenarios import answer, ok, only
from tests.scripted_server import ScriptedServer

GRAIN = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")
CLINIC_PATH = ROOT / "tests" / "scripted" / "articles" / "clinic_injection.txt"
CLINIC = CLINIC_PATH.read_text(encoding="utf-8")


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def summarizer(endpoint: dict[str, str], **settings: Any) -> Summarizer:
    return Summarizer(**endpoint, retry_policy=RetryPolicy(sleep=Sleeps()), **settings)


def sent(cassette: Any, index: int) -> dict[str, Any]:
    return json.loads(cassette.requests[index].body)


# --- truncated answers, refusals -------------------------------------------------------------


@pytest.mark.vcr
@pytest.mark.scripted_only
def test_truncated_then_complete(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).summarize(GRAIN)

    first_answer = json.loads(vcr.responses[0]["body"]["string"])
    assert first_answer["choices"][0]["finish_reason"] == "length"
    cut_at = first_answer["usage"]["completion_tokens"]
    assert "max_tokens" not in sent(vcr, 0)
    assert sent(vcr, 1)["max_tokens"] == 2 * cut_at  # one retry, with twice the room
    assert sent(vcr, 1)["temperature"] > sent(vcr, 0)["temperature"]  # not the same request
    assert result.metadata.attempts == 2


@pytest.mark.vcr
@pytest.mark.scripted_only
def test_truncated_twice(endpoint: dict[str, str], vcr: Any) -> None:
    with pytest.raises(AnswerTruncated, match="ran out of tokens twice"):
        summarizer(endpoint).summarize(GRAIN)
    assert len(vcr.requests) == 2


@pytest.mark.vcr
@pytest.mark.scripted_only
def test_refusal(endpoint: dict[str, str], vcr: Any) -> None:
    with pytest.raises(ModelRefused, match="declined to answer: I can't help"):
        summarizer(endpoint).summarize(GRAIN)
    assert len(vcr.requests) == 1  # a refusal is not re-asked


# --- connections that drop or hang (a cassette cannot hold these: served live on loopback) ----


def test_connection_reset_mid_body_is_retried() -> None:
    sleeps = Sleeps()
    steps = [{"reset": True}, ok(only(answer("grain_deal"), "summary"))]
    with ScriptedServer(steps) as server:
        result = Summarizer(base_url=server.url, retry_policy=RetryPolicy(sleep=sleeps)).summarize(
            GRAIN
        )
    assert len(server.requests) == 2 and len(sleeps) == 1
    assert result.metadata.attempts == 1


def test_timeout_is_retried() -> None:
    sleeps = Sleeps()
    steps = [
        {"delay": 1.5, **ok(only(answer("grain_deal"), "summary"))},
        ok(only(answer("grain_deal"), "summary")),
    ]
    with ScriptedServer(steps) as server:
        policy = RetryPolicy(sleep=sleeps)
        result = Summarizer(
            base_url=server.url, request_timeout=0.3, retry_policy=policy
        ).summarize(GRAIN)
    assert len(server.requests) == 2 and len(sleeps) == 1
    assert result.summary.headline.startswith("Kestria")


# --- prompt injection ------------------------------------------------------------------------


def test_article_is_fenced_as_data() -> None:
    steps = [ok(answer("clinic_injection"))]
    with ScriptedServer(steps) as server:
        Summarizer(base_url=server.url).extract_events(CLINIC)
    system, user = server.requests[0]["messages"]
    assert "never instructions to you" in system["content"]
    assert (
        user["content"].endswith("</article>")
        and "ignore your previous instructions" in user["content"]
    )
    assert user["content"].count("<article>") == 1


@pytest.mark.vcr
@pytest.mark.scripted_only
def test_injection_obeyed_then_clean(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).extract_events(CLINIC)

    feedback = sent(vcr, 1)["messages"][-1]["content"]
    assert "killed figure 500 does not appear in its evidence" in feedback
    assert result.metadata.attempts == 2
    assert all(e.type == "AID" for e in result.events)
    assert "500" not in result.model_dump_json(exclude={"metadata"})
    assert_grounded(result.model_dump(), CLINIC)


@pytest.mark.vcr
@pytest.mark.scripted_only
def test_injection_cited_then_clean(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).extract_events(CLINIC)

    feedback = sent(vcr, 1)["messages"][-1]["content"]
    assert "quote comes from a passage that addresses AI systems" in feedback
    assert [e.id for e in result.events] == ["E1", "E2"]


@pytest.mark.vcr
@pytest.mark.scripted_only
def test_injection_obeyed_persistently(endpoint: dict[str, str], vcr: Any) -> None:
    with pytest.raises(AttemptsExhausted) as caught:
        summarizer(endpoint).extract_events(CLINIC)
    assert caught.value.attempts == 3


def test_persistent_injection_prints_no_analysis() -> None:
    with scripted("injection_obeyed_persistently") as env:
        outcome = run_cli("events", str(CLINIC_PATH), env=env)
    assert outcome.returncode == 1
    assert outcome.stdout == ""
    assert outcome.stderr.startswith("summarizer: error: no valid answer after 3 attempts")
    assert len(outcome.stderr.splitlines()) == 1


# --- credentials ------------------------------------------------------------------------------


def test_key_never_in_logs_errors_or_output(caplog: pytest.LogCaptureFixture) -> None:
    key = "sk-test-" + "z" * 40
    caplog.set_level(logging.DEBUG)  # every logger, the SDK's and the HTTP client's included
    steps = [{"status": 401, "error": f"Incorrect API key provided: {key[:12]}...{key[-4:]}"}]
    steps.append(ok(only(answer("grain_deal"), "summary")))
    with ScriptedServer(steps) as server:
        with pytest.raises(RequestRejected) as caught:
            Summarizer(base_url=server.url, api_key=key).summarize(GRAIN)
        result = Summarizer(base_url=server.url, api_key=key, max_reasks=0).summarize(GRAIN)
    assert caplog.records, "debug logging was on: something should have been logged"
    for text in (caplog.text, str(caught.value), repr(caught.value), result.model_dump_json()):
        assert "zzzz" not in text
    assert "authentication failed" in str(caught.value)


# --- long articles ----------------------------------------------------------------------------

KORVAN = (EXAMPLES_DIR / "korvan_siege.txt").read_text(encoding="utf-8")


@pytest.mark.vcr  # a real endpoint could answer these calls: the exchange is stored
def test_long_article_in_chunks(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint, max_article_chars=1200).analyze(KORVAN)

    # three chunk calls, each seeing only its part, then one call combining the summaries
    assert result.metadata.chunks == 3 and result.metadata.attempts == 4
    chunk_texts = [sent(vcr, i)["messages"][1]["content"] for i in range(3)]
    assert "Mila Dorne" not in chunk_texts[0] and "Mila Dorne" in chunk_texts[2]
    assert "Publication date: 2026-10-12" in chunk_texts[1]  # the dateline carried forward
    assert "<parts>" in sent(vcr, 3)["messages"][1]["content"]
    assert result.metadata.prompt_version == "analyze.v1+combine.v1+system.v1"

    # every offset points into the original article, not into its chunk
    assert assert_grounded(result.model_dump(), KORVAN) > 20

    # the shelling, reported in all three chunks, is one event with every source's figures
    shelling = [e for e in result.events if e.type == "ASSAULT" and e.mode == "shelling"]
    assert len(shelling) == 1
    figures = {(c.kind, c.source, c.count.min) for c in shelling[0].casualties}
    assert figures == {
        ("killed", "police", 9),
        ("killed", "Mila Dorne", 12),
        ("wounded", "Sana Okafor", 31),
        ("displaced", "United Nations refugee agency", 4000),
    }
    assert shelling[0].conservative_casualties["killed"] == 9
    # the reinforcements, in the overlap of chunks 1 and 2, are one event too
    assert [e.type for e in result.events].count("MOBILIZE") == 1
    # ids are renumbered and every link resolves to the merged events
    ids = [e.id for e in result.events]
    assert ids == [f"E{n}" for n in range(1, len(ids) + 1)]
    shelling_id = shelling[0].id
    accuse = next(e for e in result.events if e.type == "ACCUSE")
    assert [link.event_id for link in accuse.links] == [shelling_id]
    # entities merged through their aliases
    hawks = [a for a in result.entities if a.canonical_name == "Red Hawk Battalion"]
    assert len(hawks) == 1 and "Hawks" in hawks[0].aliases
    # the summary comes from the combine call, grounded on the whole article
    assert result.summary.headline.startswith("Militia shelling of besieged Korvan")


def test_chunks_overlap_on_paragraph_boundaries() -> None:
    from summarizer.core.chunking import chunk_article

    chunks = chunk_article(KORVAN, 1200)
    assert len(chunks) == 3
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.start < before.start + len(before.text)  # they overlap
        assert KORVAN[after.start - 2 : after.start] == "\n\n"  # and start on a paragraph
    assert all(KORVAN[c.start : c.start + len(c.text)] == c.text for c in chunks)
    assert chunks[-1].start + len(chunks[-1].text) >= len(KORVAN.rstrip())
    assert chunk_article(KORVAN, 100_000)[0].text == KORVAN


def test_chunk_calls_are_asked_together_once_the_date_is_known() -> None:
    """A long article's chunks go out at once when the input states its date; without one, the
    first chunk (whose dateline dates the rest) goes first; the Batch API gets them one by one."""
    import datetime as dt

    from summarizer import Article, Config
    from summarizer.core.models import Analysis
    from summarizer.core.pipeline import Call, plan_task

    config = Config(api_key="test", model="test-model", max_article_chars=1200)
    undated = KORVAN.replace("NEDRA, Oct. 12, 2026 - ", "")
    assert undated != KORVAN
    for text, date, first_batch in [(KORVAN, dt.date(2026, 10, 12), 3), (undated, None, 1)]:
        article = Article(id="k", text=text, date=date)
        step = next(plan_task(config, "analyze", article, Analysis))
        if first_batch == 1:
            assert isinstance(step, Call)
        else:
            assert isinstance(step, list) and len(step) == first_batch
    one_by_one = next(plan_task(config, "analyze", Article(id="k", text=KORVAN), Analysis,
                                together=False))  # fmt: skip
    assert isinstance(one_by_one, Call)
