"""Many articles at once: concurrent, rate-limited, cached, resumable, nothing lost.

    inputs (streamed) -> bounded queue -> N workers -> AsyncSummarizer -> items, as they complete

* Every HTTP attempt passes one `RateGate`: requests and tokens per minute (aiolimiter), and a
  pause for the whole pool when the endpoint answers 429, for as long as it asks.
* A `ResultCache` hit costs no request; every input becomes exactly one `BatchItem`, a result
  or an error (unreadable input, failed validation, budget reached, duplicate id).
* `ResultFiles` appends whole lines as items complete and, on the next run, skips the ids that
  already have a result, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import glob
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiolimiter import AsyncLimiter
from filelock import FileLock, Timeout

from ._cache import ResultCache, cache_key
from ._config import Config, load_config
from ._costs import cost_usd
from ._errors import AttemptsExhausted, InputError, ModelCallError, OutputError
from ._inputs import ARTICLE_SUFFIXES, InputRecord, is_jsonl, jsonl_records, read_articles
from ._models import RESULT_TYPES, Analysis, Article, EventsResult, Metadata, SummaryResult
from ._pipeline import AsyncSummarizer
from ._prompts import Task
from ._redact import scrub
from .checks.rules import rule_of

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "BatchItem",
    "BatchStats",
    "RateGate",
    "ResultFiles",
    "EventsCsv",
    "iter_inputs",
    "count_inputs",
    "run_batch",
    "aiter_analyze",
    "analyze_many",
]

_GLOB_CHARS = re.compile(r"[*?\[]")
_ID_PREFIX = re.compile(r'^\{"id": ("(?:[^"\\]|\\.)*")')


# --- inputs ------------------------------------------------------------------------------------


def _paths(source: str) -> Iterator[Path] | InputRecord:
    if _GLOB_CHARS.search(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            return InputRecord(id=source, error=f"no file matches {source}")
        return (Path(m) for m in matches if Path(m).is_file())
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        return (p for p in files if p.is_file())
    return iter([path])


def _records_of(path: Path, max_bytes: int) -> Iterator[InputRecord]:
    name = str(path)
    if is_jsonl(name):
        try:
            with path.open("rb") as lines:
                yield from jsonl_records(lines, name, max_bytes=max_bytes)
        except OSError as exc:
            yield InputRecord(id=name, error=f"cannot read {name}: {exc.strerror or exc}")
        return
    try:
        (record,) = read_articles(name, max_bytes=max_bytes)
    except InputError as exc:
        yield InputRecord(id=name, error=str(exc))
        return
    assert record.article is not None
    yield InputRecord(id=name, article=record.article.model_copy(update={"id": name}))


def iter_inputs(sources: Sequence[str], *, max_bytes: int) -> Iterator[InputRecord]:
    """Records from files, directories, globs, JSONL files or stdin ('-', JSONL), lazily."""
    for source in sources:
        if source == "-":
            yield from jsonl_records(sys.stdin.buffer, "stdin", max_bytes=max_bytes)
            continue
        paths = _paths(source)
        if isinstance(paths, InputRecord):
            yield paths
            continue
        for path in paths:
            yield from _records_of(path, max_bytes)


def count_inputs(sources: Sequence[str]) -> int | None:
    """How many records the sources hold, counted cheaply; None when unknowable (stdin)."""
    total = 0
    for source in sources:
        if source == "-":
            return None
        paths = _paths(source)
        if isinstance(paths, InputRecord):
            total += 1
            continue
        for path in paths:
            if is_jsonl(str(path)):
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def _as_records(articles: Iterable[InputRecord | Article | str]) -> Iterator[InputRecord]:
    for number, item in enumerate(articles, start=1):
        if isinstance(item, InputRecord):
            yield item
        elif isinstance(item, Article):
            yield InputRecord(id=item.id or str(number), article=item)
        else:
            yield InputRecord(id=str(number), article=Article(text=item, id=str(number)))


# --- admission control ------------------------------------------------------------------------


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


# --- items and the engine ---------------------------------------------------------------------


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

    @property
    def ok(self) -> bool:
        return self.error is None

    def result(self) -> Analysis | SummaryResult | EventsResult:
        """The typed result (parsed on demand: the engine itself passes JSON through)."""
        if self.result_json is None:
            raise ValueError(f"{self.id} has no result: {self.error}")
        return RESULT_TYPES[self.task].model_validate_json(self.result_json)

    def line(self) -> str:
        """One JSON line for a results or errors file, the id first (resume reads it cheaply)."""
        head = '{"id": ' + json.dumps(self.id, ensure_ascii=False)
        if self.result_json is not None:
            flags = f'"cached": {json.dumps(self.cached)}, "cost_usd": {json.dumps(self.cost_usd)}'
            return f'{head}, {flags}, "result": {self.result_json}}}'
        rest = {"error": scrub(self.error or ""), "last_answer": self.last_answer}
        return head + ", " + json.dumps(rest, ensure_ascii=False)[1:]


@dataclass
class BatchStats:
    done: int = 0
    failed: int = 0
    cached: int = 0
    tokens: int = 0
    cost_usd: float = 0.0
    budget_reached: bool = False
    reasks: Counter[str] = field(default_factory=Counter)  # rule -> re-asks over the batch

    def add(self, item: BatchItem) -> None:
        self.done += 1
        self.failed += 0 if item.ok else 1
        self.cached += 1 if item.cached else 0
        self.tokens += item.tokens
        self.cost_usd += item.cost_usd or 0.0
        self.reasks.update(item.reasks)


def reasks_by_rule(metadata: Metadata) -> dict[str, int]:
    """How many answers of a result were sent back, per rule."""
    return dict(Counter(reask.rule for reask in metadata.reasks))


def reasks_line(counts: Mapping[str, int]) -> str:
    """ "re-asks: figure_kind 2, quote_not_in_article 1" (most first), or "" for none."""
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "re-asks: " + ", ".join(f"{rule} {count}" for rule, count in ranked)


_END = object()


def warm_up(config: Config, task: Task) -> None:
    """Pay one-time costs (the date parser's patterns, the price table, the answer schema) at
    a moment of the caller's choosing, not while a pool of answers waits on the event loop."""
    from ._dates import resolve_phrase
    from ._models import Usage, answer_model
    from ._prompts import TASK_BODIES

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
        key = cache_key(config, task, record.article) if cache is not None else None
        if (
            cache is not None
            and key is not None
            and (hit := cache.get_checked(key, task, record.article)) is not None
        ):
            return BatchItem(record.id, task, result_json=hit, cached=True)
        if max_cost is not None and spent[0] >= max_cost:
            stats.budget_reached = True
            return BatchItem(
                record.id, task, error=f"not started: the ${max_cost} budget was reached"
            )
        try:
            result = await getattr(summarizer, task)(record.article)
        except AttemptsExhausted as exc:
            cost = cost_usd(config.model, exc.usage)
            return BatchItem(record.id, task, error=str(exc), last_answer=exc.last_answer,
                             tokens=exc.usage.total_tokens, cost_usd=cost,
                             reasks=dict(Counter(rule_of(e) for e in exc.errors)))  # fmt: skip
        except (ModelCallError, InputError) as exc:
            return BatchItem(record.id, task, error=str(exc))
        value = result.model_dump_json()
        if cache is not None and key is not None:
            cache.put(key, value)
        usage = result.metadata.usage
        return BatchItem(record.id, task, result_json=value, tokens=usage.total_tokens,
                         cost_usd=cost_usd(result.metadata.model, usage),
                         reasks=reasks_by_rule(result.metadata))  # fmt: skip

    async def produce() -> None:
        seen: set[str] = set()
        for record in _as_records(records):
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
    gate = RateGate(rpm, tpm, concurrency)
    return AsyncSummarizer(load_config(config, **settings), gate=gate)


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
        async for item in run_batch(articles, summarizer, task=task, concurrency=concurrency,
                                    cache=cache, max_cost=max_cost):  # fmt: skip
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
        return [item async for item in aiter_analyze(
            articles, task=task, concurrency=concurrency, rpm=rpm, tpm=tpm, cache=cache,
            max_cost=max_cost, config=config, **settings)]  # fmt: skip

    return asyncio.run(collect())


# --- output files -----------------------------------------------------------------------------


class ResultFiles:
    """Appends results and errors as whole lines; knows which ids a previous run finished."""

    def __init__(self, out: Path, errors: Path) -> None:
        self.out, self.errors = out, errors
        try:
            for path in (out, errors):
                path.parent.mkdir(parents=True, exist_ok=True)
            # One run per output at a time: two would interleave lines and truncate each
            # other's errors file. The OS lock ends with the process, however it ends.
            self._lock = FileLock(f"{out}.lock", blocking=False)
            self._lock.acquire()
        except Timeout:
            raise OutputError(
                f"another summarizer run is writing to {out}; wait for it, or choose another --out"
            ) from None
        except OSError as exc:
            raise OutputError(f"cannot write beside {out}: {exc.strerror or exc}") from None
        try:
            self.finished = self._finished_ids()
            self._out = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            # errors are retried on every run, so the errors file describes the latest run only
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND
            self._errors = os.open(errors, flags, 0o644)
        except OSError as exc:
            self._lock.release()
            raise OutputError(
                f"cannot write {exc.filename or out}: {exc.strerror or exc}"
            ) from None

    def _finished_ids(self) -> set[str]:
        if not self.out.exists():
            return set()
        ids: set[str] = set()
        good = 0
        with self.out.open("rb") as handle:
            for raw in handle:
                match = _ID_PREFIX.match(raw.decode("utf-8", errors="replace"))
                if not raw.endswith(b"\n") or match is None:
                    break  # a line torn by a kill: drop it and what follows, redo those ids
                ids.add(json.loads(match.group(1)))
                good += len(raw)
        if good < self.out.stat().st_size:
            os.truncate(self.out, good)
        return ids

    def write(self, item: BatchItem) -> None:
        # one write() per line: a line is either in the file whole or not at all (a line torn
        # by a full disk is dropped on resume, and its input done again)
        target = self._out if item.ok else self._errors
        try:
            os.write(target, (item.line() + "\n").encode("utf-8"))
        except OSError as exc:
            raise OutputError(f"cannot write {self.out}: {exc.strerror or exc}") from None

    def close(self) -> None:
        os.close(self._out)
        os.close(self._errors)
        self._lock.release()


class EventsCsv:
    """One row per event, ACLED-style, with the conservative figures and who disputes them."""

    COLUMNS = (
        "input_id", "event_id", "date", "date_end", "precision", "event_type", "mode", "status",
        "initiator", "initiator_kind", "target", "target_kind", "location", "region", "country",
        "killed", "wounded", "notes", "evidence",
    )  # fmt: skip

    def __init__(self, path: Path) -> None:
        new = not path.exists() or path.stat().st_size == 0
        self._handle = path.open("a", encoding="utf-8", newline="")
        self._writer = csv.writer(self._handle)
        if new:
            self._writer.writerow(self.COLUMNS)

    def write(self, item: BatchItem) -> None:
        if item.result_json is None:
            return
        for event in json.loads(item.result_json).get("events", []):
            self._writer.writerow(self.row(item.id, event))
        self._handle.flush()

    @staticmethod
    def row(input_id: str, event: dict[str, Any]) -> list[Any]:
        time_ = event.get("time") or {}
        place = event.get("location") or {}
        actor = event.get("initiator") or {}
        target = event.get("target") or {}
        lowest = event.get("conservative_casualties") or {}
        by_kind: dict[str, list[str]] = {}
        for figure in event.get("casualties", []):
            by_kind.setdefault(figure["kind"], []).append(
                f"{figure['count']['phrase']} ({figure.get('source') or 'the article'})"
            )
        notes = "; ".join(
            f"{kind} disputed: " + ", ".join(values)
            for kind, values in by_kind.items()
            if len(values) > 1
        )
        evidence = (event.get("evidence") or [{}])[0].get("quote", "")
        return [
            input_id, event["id"], time_.get("start"), time_.get("end"), time_.get("precision"),
            event["type"], event.get("mode"), event.get("status"),
            actor.get("canonical_name"), actor.get("kind"),
            target.get("canonical_name"), target.get("kind"),
            place.get("place"), place.get("region"), place.get("country"),
            lowest.get("killed"), lowest.get("wounded"), notes, evidence,
        ]  # fmt: skip

    def close(self) -> None:
        self._handle.close()
