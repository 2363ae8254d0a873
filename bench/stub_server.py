"""A fast OpenAI-compatible stub for load tests: fixed latency, an RPM limit, injected failures.

Every chat completion is answered with the same hand-written answer (as a tool call when the
request offers tools), after `--latency` seconds; past `--rpm` requests in the last 60 s it
answers 429 with Retry-After; a seeded `--fail-rate` share of requests get a 500, after the
latency too (as from a server that fails while answering) or, with `--fail-fast`, at once.
GET /stats returns the counts. Loopback only.

    python bench/stub_server.py --port 8012 --latency 0.2 --rpm 0 --fail-rate 0.05
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ANSWER = ROOT / "tests" / "scripted" / "answers" / "valley_strikes.json"


class Stub:
    def __init__(
        self,
        answer: dict[str, Any],
        latency: float = 0.2,
        rpm: int = 0,
        fail_rate: float = 0.0,
        seed: int = 7,
        rate_limit_once_at: int = 0,
        retry_after: float = 1.0,
        fail_fast: bool = False,
    ) -> None:
        self.arguments = json.dumps(answer)
        self.rate_limit_once_at, self.retry_after = rate_limit_once_at, retry_after
        self.started = time.monotonic()
        self.arrivals: list[float] = []  # seconds since start, one per request
        self.rate_limited_at: list[float] = []
        self.latency, self.rpm, self.fail_rate = latency, rpm, fail_rate
        self.fail_fast = fail_fast  # an injected 500 comes at once, not after the latency
        self.random = random.Random(seed)
        self.window: collections.deque[float] = collections.deque()
        self.counts = {"requests": 0, "ok": 0, "rate_limited": 0, "failed": 0}
        self.in_flight = self.peak_in_flight = 0  # requests being answered at once
        self.bodies: dict[str, bytes] = {}

    def _body(self, tool: str | None, model: str) -> bytes:
        key = f"{tool}|{model}"
        if key not in self.bodies:
            message: dict[str, Any] = {"role": "assistant", "content": None}
            if tool:
                message["tool_calls"] = [
                    {
                        "id": "call_stub",
                        "type": "function",
                        "function": {"name": tool, "arguments": self.arguments},
                    }
                ]
            else:
                message["content"] = self.arguments
            tokens = len(self.arguments) // 4
            self.bodies[key] = json.dumps(
                {
                    "id": "chatcmpl-stub",
                    "object": "chat.completion",
                    "created": 1_767_225_600,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "message": message,
                            "finish_reason": "tool_calls" if tool else "stop",
                        }
                    ],
                    "usage": {
                        "prompt_tokens": 900,
                        "completion_tokens": tokens,
                        "total_tokens": 900 + tokens,
                    },
                }
            ).encode()
        return self.bodies[key]

    async def completions(self, request: web.Request) -> web.Response:
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            return await self._answer(request)
        finally:
            self.in_flight -= 1

    async def _answer(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.counts["requests"] += 1
        now = time.monotonic()
        self.arrivals.append(now - self.started)
        if self.counts["requests"] == self.rate_limit_once_at:
            self.counts["rate_limited"] += 1
            self.rate_limited_at.append(now - self.started)
            return web.json_response(
                {"error": {"message": "Rate limit reached"}},
                status=429,
                headers={"retry-after": str(self.retry_after)},
            )
        if self.rpm:
            while self.window and now - self.window[0] >= 60:
                self.window.popleft()
            if len(self.window) >= self.rpm:
                self.counts["rate_limited"] += 1
                wait = max(0.05, 60 - (now - self.window[0]))
                return web.json_response(
                    {"error": {"message": "Rate limit reached"}},
                    status=429,
                    headers={"retry-after": f"{wait:.2f}"},
                )
            self.window.append(now)
        failing = self.random.random() < self.fail_rate
        if not (failing and self.fail_fast):
            await asyncio.sleep(self.latency)
        if failing:
            self.counts["failed"] += 1
            return web.json_response({"error": {"message": "injected failure"}}, status=500)
        self.counts["ok"] += 1
        tools = body.get("tools") or []
        tool = tools[0]["function"]["name"] if tools else None
        return web.Response(
            body=self._body(tool, body.get("model", "stub")), content_type="application/json"
        )

    async def stats(self, request: web.Request) -> web.Response:
        return web.json_response(self.counts)


@contextlib.contextmanager
def running_stub(answer: Path = DEFAULT_ANSWER, **options: Any) -> Iterator[tuple[str, Stub]]:
    """The stub on a free loopback port, served from a thread; yields (base URL, stub)."""
    stub = Stub(json.loads(answer.read_text()), **options)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(make_app(stub), access_log=None)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/v1", stub
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


def make_app(stub: Stub) -> web.Application:
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app.router.add_post("/v1/chat/completions", stub.completions)
    app.router.add_get("/stats", stub.stats)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8012)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per answer")
    parser.add_argument("--rpm", type=int, default=0, help="requests per minute; 0 = no limit")
    parser.add_argument("--fail-rate", type=float, default=0.0, help="share of 500 answers")
    parser.add_argument("--fail-fast", action="store_true", help="answer a 500 at once")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--answer", type=Path, default=DEFAULT_ANSWER)
    args = parser.parse_args()
    stub = Stub(
        json.loads(args.answer.read_text()),
        args.latency,
        args.rpm,
        args.fail_rate,
        args.seed,
        fail_fast=args.fail_fast,
    )
    web.run_app(make_app(stub), host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
