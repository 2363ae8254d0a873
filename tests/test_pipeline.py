"""The analysis pipeline on recorded exchanges: re-asks, transport retries, typed failures."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx2
import openai
import pytest

from summarizer import (
    AsyncSummarizer,
    AttemptsExhausted,
    RequestRejected,
    RetryPolicy,
    Summarizer,
    TransportError,
)
from tests.helpers import EXAMPLES_DIR, assert_grounded

pytestmark = pytest.mark.vcr

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
GRAIN = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")
PORT = (EXAMPLES_DIR / "port_strike.md").read_text(encoding="utf-8")


class Sleeps(list[float]):
    """Stands in for time.sleep: records the waits instead of spending them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def summarizer(
    endpoint: dict[str, str], sleeps: Sleeps | None = None, **settings: Any
) -> Summarizer:
    policy = RetryPolicy(
        max_attempts=settings.pop("transport_attempts", 5),
        sleep=Sleeps() if sleeps is None else sleeps,
    )
    return Summarizer(**endpoint, retry_policy=policy, **settings)


def sent(cassette: Any, index: int) -> dict[str, Any]:
    return json.loads(cassette.requests[index].body)


def answered_tokens(cassette: Any) -> int:
    total = 0
    for response in cassette.responses:
        body = json.loads(response["body"]["string"])
        total += body.get("usage", {}).get("total_tokens", 0)
    return total


@pytest.mark.scripted_only
def test_reask_fabricated_quote(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).analyze(VALLEY)

    assert result.metadata.attempts == 2
    feedback = sent(vcr, 1)["messages"][-1]["content"]
    assert "destroyed four camps" in feedback  # names the bad quote
    assert "is not in the article; nearest passage:" in feedback
    assert "summary.key_points.0.evidence.0" in feedback  # and where it stands
    assert assert_grounded(result.model_dump(), VALLEY) > 10
    # usage is the sum over both attempts, as the endpoint reported it
    assert result.metadata.usage.total_tokens == answered_tokens(vcr)


@pytest.mark.scripted_only
def test_reask_number_not_in_evidence(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).analyze(VALLEY)

    assert result.metadata.attempts == 2
    feedback = sent(vcr, 1)["messages"][-1]["content"]
    assert "killed figure 25 does not appear in its evidence" in feedback
    killed = sorted(c.count.min for c in result.events[0].casualties if c.kind == "killed")
    assert killed == [14, 22]


@pytest.mark.scripted_only
def test_reask_misread_weekday(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).analyze(VALLEY)

    feedback = sent(vcr, 1)["messages"][-1]["content"]
    assert "'on Thursday' read against the dateline 2026-03-09 means 2026-03-05" in feedback
    assert str(result.events[1].time.start) == "2026-03-05"


@pytest.mark.scripted_only
def test_attempts_exhausted(endpoint: dict[str, str], vcr: Any) -> None:
    with pytest.raises(AttemptsExhausted) as caught:
        summarizer(endpoint, max_reasks=2).analyze(VALLEY)

    error = caught.value
    assert error.attempts == 3 == len(vcr.requests)
    assert len(error.errors) == 3 and all("is not in the article" in e for e in error.errors)
    assert error.usage.total_tokens == answered_tokens(vcr) > 0
    assert error.last_answer is not None and "destroyed four camps" in error.last_answer
    assert "\n" not in str(error)


@pytest.mark.scripted_only
def test_malformed_json_then_valid(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).summarize(GRAIN)

    assert result.metadata.attempts == 2
    assert result.summary.headline.startswith("Kestria and Valmora")


@pytest.mark.scripted_only
def test_rate_limited_then_ok(endpoint: dict[str, str], vcr: Any) -> None:
    sleeps = Sleeps()
    result = summarizer(endpoint, sleeps).summarize(GRAIN)

    assert sleeps == [2.0]  # the server's Retry-After, not our own backoff
    assert len(vcr.requests) == 2
    assert result.metadata.attempts == 1  # a transport retry is not a re-ask
    assert sent(vcr, 0) == sent(vcr, 1)


@pytest.mark.scripted_only
def test_server_error_then_ok(endpoint: dict[str, str], vcr: Any) -> None:
    sleeps = Sleeps()
    result = summarizer(endpoint, sleeps).summarize(GRAIN)

    # "full jitter": the n-th wait is drawn from [0, 0.1 s * 2**(n-1)]
    assert len(sleeps) == 2 and 0 <= sleeps[0] <= 0.1 and 0 <= sleeps[1] <= 0.2
    assert len(vcr.requests) == 3
    assert result.metadata.attempts == 1


@pytest.mark.scripted_only
def test_server_error_persists(endpoint: dict[str, str], vcr: Any) -> None:
    with pytest.raises(TransportError, match="HTTP 502") as caught:
        summarizer(endpoint, transport_attempts=3).summarize(GRAIN)

    assert caught.value.status_code == 502
    assert vcr.play_count == 3 or len(vcr.requests) == 3


@pytest.mark.scripted_only
@pytest.mark.scenario("unauthorized")
def test_unauthorized_fails_fast(endpoint: dict[str, str], vcr: Any) -> None:
    key = "sk-test-" + "k" * 40
    sleeps = Sleeps()
    with pytest.raises(RequestRejected) as caught:
        summarizer({**endpoint, "api_key": key}, sleeps).summarize(GRAIN)

    assert caught.value.status_code == 401
    assert "OPENAI_API_KEY" in str(caught.value)
    assert key not in str(caught.value)
    assert sleeps == [] and len(vcr.requests) == 1


def test_summarize_grain_deal(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).summarize(GRAIN)

    assert 3 <= len(result.summary.key_points) <= 7
    assert result.summary.dateline is not None
    assert str(result.summary.dateline.date) == "2026-06-03"
    assert sent(vcr, 0)["tools"][0]["function"]["name"] == "SummaryAnswer"


def test_extract_events_port_strike(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint).extract_events(PORT)

    arrests = [c for c in result.events[1].casualties if c.kind == "arrested"]
    assert {(c.source, c.count.min) for c in arrests} == {
        ("Harbour Workers' Union", 37),
        ("city police department", 29),
    }
    assert result.events[1].conservative_casualties["arrested"] == 29
    # the model is never asked to fill what the library computes
    schema = sent(vcr, 0)["tools"][0]["function"]["parameters"]
    assert set(schema["$defs"]["Evidence"]["properties"]) == {"quote"}
    assert "conservative_casualties" not in json.dumps(schema)


def test_async_summarize_grain_deal(endpoint: dict[str, str], vcr: Any) -> None:
    async def run() -> Any:
        return await AsyncSummarizer(**endpoint, retry_policy=RetryPolicy()).summarize(GRAIN)

    result = asyncio.run(run())
    assert result.summary.headline.startswith("Kestria and Valmora")
    assert result.metadata.attempts == 1


def test_backoff_waits_are_spread_below_a_doubling_cap() -> None:
    def failing() -> None:
        request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
        raise openai.InternalServerError("down", response=httpx2.Response(500, request=request),
                                         body=None)  # fmt: skip

    waits: list[Sleeps] = []
    for _ in range(200):
        waits.append(Sleeps())
        with pytest.raises(openai.InternalServerError):
            RetryPolicy(max_attempts=4, sleep=waits[-1]).wrap(failing)()
    assert all(len(w) == 3 for w in waits)
    for n, cap in enumerate([0.1, 0.2, 0.4]):
        drawn = [w[n] for w in waits]
        assert all(0 <= d <= cap for d in drawn)
        assert min(drawn) < cap / 4 and max(drawn) > 3 * cap / 4  # spread over the range
