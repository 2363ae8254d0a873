"""The rate gate every HTTP attempt of a batch passes: requests and tokens per minute, requests
in flight, and a pause for the whole pool when the endpoint answers 429.
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

__all__ = ["RateGate"]


def estimate_tokens(body: bytes) -> int:
    """Tokens a request may use, counted before sending: its JSON body (about four bytes a
    token, an overestimate for the schema's punctuation), plus the output allowance."""
    try:
        request = json.loads(body)
        allowance = request.get("max_completion_tokens") or request.get("max_tokens")
    except (ValueError, AttributeError):
        allowance = None
    return len(body) // 4 + int(allowance or 1024)


class RateGate:
    """Admits HTTP attempts: at most `concurrency` in flight, within requests and tokens per
    minute, and none at all while the endpoint's last 429 asks everyone to wait."""

    def __init__(
        self, rpm: float | None = None, tpm: float | None = None, concurrency: int | None = None
    ) -> None:
        self._requests = AsyncLimiter(rpm, 60) if rpm else None
        self._tokens = AsyncLimiter(tpm, 60) if tpm else None
        self._tpm = tpm
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
        if self._tokens is not None and self._tpm:
            await self._tokens.acquire(min(estimate_tokens(request.content), self._tpm))

    def rate_limited(self, retry_after: float | None) -> None:
        self.rate_limited_count += 1
        pause = retry_after if retry_after is not None else 1.0
        self._resume_at = max(self._resume_at, time.monotonic() + pause)
