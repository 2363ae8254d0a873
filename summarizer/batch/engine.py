"""Many articles at once: concurrent, rate-limited, cached, resumable, nothing lost.

    inputs (streamed) -> bounded queue -> N workers -> AsyncSummarizer -> items, as they complete

* Every HTTP attempt passes one `RateGate` (`summarizer.batch.rate_gate`).
* A `ResultCache` hit costs no request; every input becomes exactly one `BatchItem`, a result
  or an error (unreadable input, failed validation, budget reached, duplicate id).
* `ResultFiles` (`summarizer.batch.outputs`) appends whole lines as items complete and, on the
  next run, skips the ids that already have a result, so an interrupted run resumes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from summarizer._config import Config, load_config
from summarizer._errors import (
    AttemptsExhausted,
    CassetteMismatch,
    GroundingCrashed,
    InputError,
    ModelCallError,
)
from summarizer._redact import scrub
from summarizer.batch.rate_gate import RateGate
from summarizer.batch.sources import as_records
from summarizer.core.cache import ResultCache, cache_key
from summarizer.core.costs import cost_usd
from summarizer.core.inputs import (
    InputRecord,
)
from summarizer.core.models import (
    RESULT_TYPES,
    Analysis,
    Article,
    EventsResult,
    Metadata,
    SummaryResult,
)
from summarizer.core.pipeline import AsyncSummarizer
from summarizer.core.prompts import Task

__all__ = ["BatchItem", "BatchStats", "aiter_analyze", "analyze_many", "run_batch"]


_PARTIAL = re.compile(r'"complete":\s*false')


@dataclass
class BatchItem:
    """What became of one input: a result (as JSON, exactly as written) or an error."""

    id: str
    task: Task = "analyze"
    result_json: str | None = None
    error: str | None = None
    last_answer: str | None = None
    cached: bool = False
    tokens: int = 0
    cost_usd: float | None = None
    reasks: dict[str, int] = field(default_factory=dict)  # rule -> answers sent back for it
    # what was asked (core/cache.cache_key: task, article, model, prompts, schema, settings),
    # written with a result so that a resumed run reuses only what it would ask again
    key: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def partial(self) -> bool:
        """A result with parts dropped (`complete: false`), read without parsing the result:
        inside a JSON string the key's quotes would be escaped, so only the key matches."""
        return self.result_json is not None and _PARTIAL.search(self.result_json) is not None

    def result(self) -> Analysis | SummaryResult | EventsResult:
        """The typed result (parsed on demand: the engine itself passes JSON through)."""
        if self.result_json is None:
            raise ValueError(f"{self.id} has no result: {self.error}")
        return RESULT_TYPES[self.task].model_validate_json(self.result_json)

    def line(self) -> str:
        """One JSON line for a results or errors file, the id first (resume reads it cheaply)."""
        head = '{"id": ' + json.dumps(self.id, ensure_ascii=False)
        if self.key is not None:
            head += f', "key": "{self.key}"'
        if self.result_json is not None:
            flags = f'"cached": {json.dumps(self.cached)}, "cost_usd": {json.dumps(self.cost_usd)}'
            return f'{head}, {flags}, "result": {self.result_json}}}'
        # a model can echo what it was sent, the key included: scrub its answer like the error
        answer = scrub(self.last_answer) if self.last_answer is not None else None
        rest = {"error": scrub(self.error or ""), "last_answer": answer}
        return head + ", " + json.dumps(rest, ensure_ascii=False)[1:]


@dataclass
class BatchStats:
    done: int = 0
    failed: int = 0
    partial: int = 0
    cached: int = 0
    tokens: int = 0
    cost_usd: float = 0.0
    budget_reached: bool = False
    reasks: Counter[str] = field(default_factory=Counter)  # rule -> re-asks over the batch

    def add(self, item: BatchItem) -> None:
        self.done += 1
        self.failed += 0 if item.ok else 1
        self.partial += 1 if item.partial else 0
        self.cached += 1 if item.cached else 0
        self.tokens += item.tokens
        self.cost_usd += item.cost_usd or 0.0
        self.reasks.update(item.reasks)


def reasks_by_rule(metadata: Metadata) -> dict[str, int]:
    """How many answers of a result were sent back, per rule."""
    return dict(Counter(reask.rule for reask in metadata.reasks))


_END = object()


def warm_up(config: Config, task: Task) -> None:
    """Pay one-time costs (the date parser's patterns, the price table, the answer schema) at
    a moment of the caller's choosing, not while a pool of answers waits on the event loop."""
    from summarizer.checks.time_phrases import resolve_phrase
    from summarizer.core.models import Usage, answer_model
    from summarizer.core.prompts import TASK_BODIES

    resolve_phrase("on Sunday", dt.date(2026, 1, 5))
    cost_usd(config.model, Usage(prompt_tokens=1))
    answer_model(TASK_BODIES[task]).model_json_schema()


async def _warm_up_once_requests_are_out(
    config: Config, task: Task, filled: asyncio.Event | None
) -> None:
    """Pay the one-time costs of `warm_up` (0.1 to 0.2 s of CPU) while the first requests are
    out, when the loop has nothing else to do, instead of before sending anything. "Out" is
    when every request slot is taken and then a short sleep ends on time (nothing else was
    ready to run). A gate that never fills (a small or cached batch) waits a second at most;
    without a `RateGate` to tell (`filled` None), warm up at once."""
    if filled is not None:
        with suppress(asyncio.TimeoutError):
            await asyncio.wait_for(filled.wait(), timeout=1.0)
        for _ in range(50):
            started = time.monotonic()
            await asyncio.sleep(0.002)
            if time.monotonic() - started < 0.003:
                break
    warm_up(config, task)


async def run_batch(
    records: Iterable[InputRecord | Article | str],
    summarizer: AsyncSummarizer,
    *,
    task: Task = "analyze",
    concurrency: int = 8,
    cache: ResultCache | None = None,
    max_cost: float | None = None,
    skip: frozenset[str] | set[str] = frozenset(),
    stats: BatchStats | None = None,
) -> AsyncIterator[BatchItem]:
    """Yield one `BatchItem` per input, as each completes. Inputs are read as they are needed,
    so memory does not grow with the batch."""
    stats = stats if stats is not None else BatchStats()
    pending: asyncio.Queue[InputRecord | None] = asyncio.Queue(maxsize=concurrency * 4)
    finished: asyncio.Queue[Any] = asyncio.Queue()
    config = summarizer.config
    spent = [0.0]  # counted as work completes, so the budget check sees it at once

    async def process(record: InputRecord) -> BatchItem:
        item = await attempt(record)
        spent[0] += item.cost_usd or 0.0
        return item

    async def attempt(record: InputRecord) -> BatchItem:
        if record.article is None:
            return BatchItem(record.id, task, error=record.error or "unreadable input")
        key = cache_key(config, task, record.article)
        if (
            cache is not None
            and (
                hit := cache.get_checked(
                    key, task, record.article, partial_ok=config.on_invalid == "partial"
                )
            )
            is not None
        ):
            return BatchItem(record.id, task, result_json=hit, cached=True, key=key)
        if max_cost is not None and spent[0] >= max_cost:
            stats.budget_reached = True
            return BatchItem(
                record.id, task, error=f"not started: the ${max_cost} budget was reached"
            )
        try:
            result = await summarizer.run_task(task, record.article)
        except AttemptsExhausted as exc:
            cost = cost_usd(config.model, exc.usage)
            return BatchItem(
                record.id,
                task,
                error=str(exc),
                last_answer=exc.last_answer,
                tokens=exc.usage.total_tokens,
                cost_usd=cost,
                reasks=dict(Counter(exc.rules)),
            )
        except (ModelCallError, InputError, CassetteMismatch, GroundingCrashed) as exc:
            # a replay that lacks this input's exchange costs this line, not the batch
            return BatchItem(record.id, task, error=str(exc))
        value = result.model_dump_json()
        if cache is not None:
            cache.put(key, value)
        usage = result.metadata.usage
        return BatchItem(
            record.id,
            task,
            key=key,
            result_json=value,
            tokens=usage.total_tokens,
            cost_usd=cost_usd(result.metadata.model, usage),
            reasks=reasks_by_rule(result.metadata),
        )

    async def produce() -> None:
        seen: set[str] = set()
        for record in as_records(records):
            if record.id in skip:
                continue
            if record.id in seen:
                await finished.put(BatchItem(record.id, task, error="duplicate input id"))
                continue
            seen.add(record.id)
            await pending.put(record)
        for _ in range(workers):
            await pending.put(None)

    async def work() -> None:
        while (record := await pending.get()) is not None:
            await finished.put(await process(record))

    # When the gate bounds requests in flight, twice as many workers keep every request slot
    # busy while other articles are being validated or are waiting out a retry.
    gate = getattr(summarizer, "gate", None)
    workers = 2 * concurrency if getattr(gate, "concurrency", None) == concurrency else concurrency

    async def supervise() -> None:
        try:
            await asyncio.gather(produce(), *(work() for _ in range(workers)))
            await finished.put(_END)
        except BaseException as exc:  # surface to the consumer, then stop
            await finished.put(exc)
            raise

    supervisor = asyncio.create_task(supervise())
    filled = gate.filled if isinstance(gate, RateGate) else None
    warmer = asyncio.create_task(_warm_up_once_requests_are_out(config, task, filled))
    try:
        while (item := await finished.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            stats.add(item)
            yield item
    finally:
        for background in (warmer, supervisor):
            background.cancel()  # (no effect on one that has finished)
        await asyncio.gather(warmer, supervisor, return_exceptions=True)


def _summarizer(
    config: Config | None,
    rpm: float | None,
    tpm: float | None,
    concurrency: int,
    settings: dict[str, Any],
) -> AsyncSummarizer:
    from summarizer.core.grounding_pool import grounding_pool_for  # (a batch's, not analyze's)

    gate = RateGate(rpm, tpm, concurrency)
    config = load_config(config, **settings)
    return AsyncSummarizer(
        config, gate=gate, grounding_pool=grounding_pool_for(config, by_default=False)
    )


async def aiter_analyze(
    articles: Iterable[InputRecord | Article | str],
    *,
    task: Task = "analyze",
    concurrency: int = 8,
    rpm: float | None = None,
    tpm: float | None = None,
    cache: ResultCache | None = None,
    max_cost: float | None = None,
    config: Config | None = None,
    **settings: Any,
) -> AsyncIterator[BatchItem]:
    """Analyse many articles concurrently, yielding each `BatchItem` as it completes."""
    async with _summarizer(config, rpm, tpm, concurrency, settings) as summarizer:
        async for item in run_batch(
            articles, summarizer, task=task, concurrency=concurrency, cache=cache, max_cost=max_cost
        ):
            yield item


def analyze_many(
    articles: Iterable[InputRecord | Article | str],
    *,
    task: Task = "analyze",
    concurrency: int = 8,
    rpm: float | None = None,
    tpm: float | None = None,
    cache: ResultCache | None = None,
    max_cost: float | None = None,
    config: Config | None = None,
    **settings: Any,
) -> list[BatchItem]:
    """The synchronous form of `aiter_analyze`: every item, in order of completion."""

    async def collect() -> list[BatchItem]:
        return [
            item
            async for item in aiter_analyze(
                articles,
                task=task,
                concurrency=concurrency,
                rpm=rpm,
                tpm=tpm,
                cache=cache,
                max_cost=max_cost,
                config=config,
                **settings,
            )
        ]

    return asyncio.run(collect())
