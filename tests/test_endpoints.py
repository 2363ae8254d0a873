"""Several base URLs: requests spread over them by fewest in flight, and a request that fails on
one is retried on another. Two scripted servers stand in for two replicas of one model."""

from __future__ import annotations

import socket
from typing import Any

from summarizer import AsyncSummarizer, Summarizer, analyze_many
from summarizer.core.transport import Endpoints
from tests.helpers import EXAMPLES_DIR
from tests.scenarios import answer, ok
from tests.scripted_server import ScriptedServer

GRAIN = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")


def _grain(n: int) -> list[dict[str, Any]]:
    return [ok(answer("grain_deal")) for _ in range(n)]


def _dead_url() -> str:
    """A loopback port nothing listens on: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def test_requests_spread_over_endpoints_by_fewest_in_flight() -> None:
    with ScriptedServer(_grain(8), port=0) as one, ScriptedServer(_grain(8), port=0) as two:
        items = analyze_many([GRAIN] * 8, concurrency=4, base_url=[one.url, two.url],
                             api_key="scripted-no-key", cache=None)  # fmt: skip
        assert all(item.ok for item in items), [i.error for i in items]
        assert len(one.requests) + len(two.requests) == 8
        assert len(one.requests) >= 2 and len(two.requests) >= 2  # both served a share


def test_a_failing_endpoint_is_left_and_the_request_retried_on_another() -> None:
    with ScriptedServer(_grain(3), port=0) as alive:
        settings = {"base_url": f"{_dead_url()},{alive.url}", "api_key": "scripted-no-key"}
        with Summarizer(**settings) as summarizer:
            for _ in range(3):
                assert summarizer.analyze(GRAIN).events  # each ends well, on the live one
        assert len(alive.requests) == 3


def test_endpoints_pick_the_least_loaded_and_rest_a_failed_one() -> None:
    endpoints = Endpoints(["http://a/v1", "http://b/v1/"])
    first, second = endpoints.pick(), endpoints.pick()
    assert {first, second} == {"http://a/v1", "http://b/v1"}  # one each while both are busy
    endpoints.done(first, failed=True)
    endpoints.done(second, failed=False)
    assert [endpoints.pick() for _ in range(3)] == [second] * 3  # the failed one rests


def test_the_async_client_spreads_too() -> None:
    import asyncio

    async def run(urls: list[str]) -> None:
        async with AsyncSummarizer(base_url=urls, api_key="scripted-no-key") as summarizer:
            await asyncio.gather(*(summarizer.analyze(GRAIN) for _ in range(4)))

    with ScriptedServer(_grain(4), port=0) as one, ScriptedServer(_grain(4), port=0) as two:
        asyncio.run(run([one.url, two.url]))
        assert len(one.requests) == 2 and len(two.requests) == 2


def test_each_endpoint_gets_its_own_credentials_and_never_another_s() -> None:
    import base64

    key = "the-shared-key-123"

    def basic(user: str, password: str) -> str:
        return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    with ScriptedServer(_grain(4), port=0) as a, ScriptedServer(_grain(4), port=0) as b:
        url_a = a.url.replace("http://", "http://alice:PASS-alice-1@")
        url_b = b.url.replace("http://", "http://bob:PASS-bob-22@")
        with Summarizer(base_url=[url_a, url_b], api_key=key) as summarizer:
            for _ in range(4):
                summarizer.summarize(GRAIN)
        assert a.authorizations and b.authorizations  # both served
        assert set(a.authorizations) == {basic("alice", "PASS-alice-1")}
        assert set(b.authorizations) == {basic("bob", "PASS-bob-22")}
    with ScriptedServer(_grain(2), port=0) as plain, ScriptedServer(_grain(2), port=0) as c:
        url_c = c.url.replace("http://", "http://carol:PASS-carol-3@")
        with Summarizer(base_url=[url_c, plain.url], api_key=key) as summarizer:
            for _ in range(4):
                summarizer.summarize(GRAIN)
        # a URL without user-info gets the API key, never the first URL's user-info
        assert set(plain.authorizations) == {"Bearer" + " " + key}
        assert set(c.authorizations) == {basic("carol", "PASS-carol-3")}
