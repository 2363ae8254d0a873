"""The rate gate every HTTP attempt of a batch passes: requests and tokens per minute, requests
in flight, and a pause for the whole pool when the endpoint answers 429.

A budget per minute is spent evenly, not all at once: a burst of about one second's worth, then a
steady flow (aiolimiter's leaky bucket), set so that no 60-second window - the way servers count -
holds more than the budget. A server that enforces the same limit then never answers 429.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from aiolimiter import AsyncLimiter

if TYPE_CHECKING:
    import httpx2

__all__ = ["RateGate", "estimate_tokens", "paced"]


def estimate_tokens(body: bytes) -> int:
    """Tokens a request may use, counted before sending: its JSON body (about four bytes a
    token, an overestimate for the schema's punctuation), plus the output allowance."""
    try:
        request = json.loads(body)
        allowance = request.get("max_completion_tokens") or request.get("max_tokens")
    except (ValueError, AttributeError):
        allowance = None
    return len(body) // 4 + int(allowance or 1024)


def paced(per_minute: float, *, burst: float) -> AsyncLimiter:
    """A limiter that admits `burst` at once, then flows at the rate that keeps any 60-second
    window within `per_minute` even when requests arrive a little late or early: (per_minute -
    burst) a minute, or for a budget no larger than its burst, one `burst` a minute."""
    per_second = max(per_minute - burst, burst) / 60
    return AsyncLimiter(burst, burst / per_second)


class RateGate:
    """Admits HTTP attempts: at most `concurrency` in flight, within requests and tokens per
    minute, and none at all while the endpoint's last 429 asks everyone to wait."""

    def __init__(
        self, rpm: float | None = None, tpm: float | None = None, concurrency: int | None = None
    ) -> None:
        self._requests = paced(rpm, burst=max(1.0, rpm // 60)) if rpm else None
        # a request takes its estimated tokens at once, so the token bucket holds the largest
        # request it must admit (a larger one is counted as that much)
        self._token_burst = max(tpm / 60, min(tpm / 4, 16_384.0)) if tpm else 0.0
        self._tokens = paced(tpm, burst=self._token_burst) if tpm else None
        self.concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency) if concurrency else None
        self._resume_at = 0.0
        self.rate_limited_count = 0
        self.filled = asyncio.Event()  # set once every request slot has been taken

    @asynccontextmanager
    async def admit(self, request: httpx2.Request) -> AsyncIterator[None]:
        if self._slots is None:
            await self._wait_turn(request)
            yield
            return
        async with self._slots:
            if self._slots.locked():
                self.filled.set()
            await self._wait_turn(request)
            yield

    async def _wait_turn(self, request: httpx2.Request) -> None:
        while (delay := self._resume_at - time.monotonic()) > 0:
            await asyncio.sleep(delay)
        if self._requests is not None:
            await self._requests.acquire()
        if self._tokens is not None:
            await self._tokens.acquire(min(estimate_tokens(request.content), self._token_burst))

    def rate_limited(self, retry_after: float | None) -> None:
        self.rate_limited_count += 1
        pause = retry_after if retry_after is not None else 1.0
        self._resume_at = max(self._resume_at, time.monotonic() + pause)
