"""Grounding off the event loop: answers checked against their article in worker processes.

Grounding one answer (quotes aligned, names, numbers, dates and places checked) takes about
5 ms of CPU, far more than anything else the batch's event loop does for it, and under the GIL a
thread cannot run it beside the loop. So an `AsyncSummarizer` given a `GroundingPool` has
instructor check only the answer's types on the loop, and grounds it here:

    event loop: request -> answer -> types ──► worker process: ground ──► loop: result or re-ask

The pool starts with the first answer it is given (a single `analyze` never starts one), sized
to the cores this process may use; each worker loads the place index and the date reader once.
A worker that dies costs only the answer that killed it: every answer in flight with it is
grounded again, one at a time, in a quarantine process, and the one that kills that process too
ends as `GroundingCrashed`, its article's error. A slow answer holds only its own worker.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from pydantic import BaseModel

from summarizer._config import Config
from summarizer._errors import GroundingCrashed
from summarizer.core.models import (
    Dropped,
    GroundingContext,
    answer_model,
    checking_model,
    grounded_on,
)
from summarizer.core.partial import keep_from_text

__all__ = ["GroundingPool", "default_workers", "ground", "grounding_pool_for", "keep"]


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def grounding_pool_for(config: Config, *, by_default: bool) -> GroundingPool | None:
    """The pool a batch grounds its answers in: `config.grounding_workers` processes when
    set (0: none). Unset, a command (`by_default`) takes one per core when there are several;
    the Python API takes none, because a process pool re-imports the caller's main module,
    which a script without an `if __name__ == "__main__":` guard cannot survive."""
    workers = config.grounding_workers
    if workers is None:
        workers = default_workers() if by_default and default_workers() > 1 else 0
    return GroundingPool(workers) if workers > 0 else None


def ground(body: type[BaseModel], answer: str, grounding: GroundingContext) -> Any:
    """The answer's JSON validated and grounded as `body`'s answer model (as instructor reads
    it), returned as data; or the `ValidationError` saying what is not grounded. The error
    pickles whole, so its re-ask reads exactly as it would had the loop grounded it."""
    with grounded_on(grounding):
        grounded = checking_model(body).model_validate_json(answer, strict=False)
        return grounded.model_dump()


def keep(
    body: type[BaseModel], answer: str, grounding: GroundingContext
) -> tuple[Any, list[Dropped]]:
    """The answer's grounded part as data, and what was dropped (`on_invalid="partial"`), or
    `NothingKept`: in a worker, as grounding is, so a slow answer still holds only its own."""
    kept, dropped = keep_from_text(checking_model(body), answer, grounding)
    return kept.model_dump(), dropped


Checker = Callable[[type[BaseModel], str, GroundingContext], Any]


def _start_worker() -> None:
    """In each worker: Ctrl-C is the parent's to handle (it stops the pool), and the one-time
    costs of grounding are paid before the first answer arrives."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from summarizer.checks.places import place_countries
    from summarizer.checks.time_phrases import resolve_phrase

    place_countries("Paris")
    resolve_phrase("on Sunday", dt.date(2026, 1, 5))


def _executor(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent runs an event loop and threads that a fork would copy
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
    )


class GroundingPool:
    """Worker processes that ground answers for an event loop (see the module's text)."""

    def __init__(self, workers: int | None = None, *, check: Checker | None = None) -> None:
        self.workers = workers or default_workers()
        # what a worker runs on an answer: `ground` (a test may give a module-level variant)
        self.check: Checker = check or ground
        self._executor: ProcessPoolExecutor | None = None
        self._quarantine: ProcessPoolExecutor | None = None
        self._quarantine_lock = asyncio.Lock()
        self.started = False  # whether any worker process was ever started

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor, self.started = _executor(self.workers), True
        return self._executor

    async def ground(
        self, body: type[BaseModel], answer: str, grounding: GroundingContext
    ) -> BaseModel:
        """The answer's JSON grounded on `grounding` in a worker: the grounded answer, or
        raise the `ValidationError` grounding found (or `GroundingCrashed`)."""
        grounded = await self._in_worker(self.check, body, answer, grounding)
        # back in this process, types only: no grounding context is active on the loop
        return answer_model(body).model_validate(grounded)

    async def keep(
        self, body: type[BaseModel], answer: str, grounding: GroundingContext
    ) -> tuple[BaseModel, list[Dropped]]:
        """`keep` in a worker: the grounded part of an answer whose attempts ran out, and
        what was dropped; or `NothingKept` (or `GroundingCrashed`)."""
        data, dropped = await self._in_worker(keep, body, answer, grounding)
        return answer_model(body).model_validate(data), dropped

    async def _in_worker(
        self, work: Callable[..., Any], body: type[BaseModel], answer: str, grounding: Any
    ) -> Any:
        executor = self._pool()
        try:
            return await asyncio.get_running_loop().run_in_executor(
                executor, work, body, answer, grounding
            )
        except BrokenProcessPool:
            self._replace(executor)
            return await self._alone(work, body, answer, grounding)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A dead worker breaks the whole pool: the next answer starts a new one (once, however
        many answers saw this one break)."""
        if self._executor is broken:
            self._executor = None
            broken.shutdown(wait=False, cancel_futures=True)

    async def _alone(
        self, work: Callable[..., Any], body: type[BaseModel], answer: str, grounding: Any
    ) -> Any:
        """Ground in the quarantine process, one answer at a time: an answer that stops it
        there is the one that stopped the pool."""
        async with self._quarantine_lock:
            if self._quarantine is None:
                self._quarantine, self.started = _executor(1), True
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    self._quarantine, work, body, answer, grounding
                )
            except BrokenProcessPool:
                self._quarantine.shutdown(wait=False)
                self._quarantine = None
                raise GroundingCrashed(
                    "checking this article's answer stopped the process that checked it, "
                    "twice (a fault in a check: please report it); the other articles go on"
                ) from None

    def close(self) -> None:
        """Stop the workers (nothing is pending once the batch is done)."""
        for executor in (self._executor, self._quarantine):
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._quarantine = None
