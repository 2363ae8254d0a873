"""The grounded analysis as a Ray Data job: `pip install 'summarizer[ray]'`.

    import ray, summarizer.ray
    ds = ray.data.read_parquet("s3://bucket/articles/")          # columns: id, text, [date, url]
    out = summarizer.ray.analyze_dataset(ds, actors=8, rpm=3000, model="gpt-4o-mini")
    out.write_parquet("s3://bucket/analyses/")

Each input row becomes exactly one output row: its columns, plus `cache_key` (the CLI cache's
content-hash key), `status` ("ok", "error" or "skipped"), `result` (the result's JSON) and
`error`. An article that fails is an error row, never a failed job. The rate budget (requests
and tokens per minute, requests in flight) is split evenly across the actors, so the whole job
stays within the provider's limits. Rows whose `cache_key` is in `skip_keys` (the keys a
previous run finished) are passed through as "skipped" without a model call.

Every row goes through the same prompts, validation, grounding and re-asks as the CLI: an actor
runs the batch engine (`summarizer.batch.engine.run_batch`) on its rows.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import os
from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from summarizer.batch.engine import BatchItem, run_batch
from summarizer.batch.rate_gate import RateGate
from summarizer.core.cache import cache_key
from summarizer.core.grounding_pool import grounding_pool_for
from summarizer.core.inputs import InputRecord
from summarizer.core.models import Article
from summarizer.core.pipeline import AsyncSummarizer

if TYPE_CHECKING:
    import ray.data

    from summarizer._config import Config
    from summarizer.core.prompts import Task

__all__ = ["OUTPUT_COLUMNS", "Analyzer", "analyze_dataset", "run_on_ray"]

OUTPUT_COLUMNS = ("cache_key", "status", "result", "error", "cost_usd")


class Analyzer:
    """A callable class for `Dataset.map_batches(Analyzer, batch_format="pandas", ...)`: each
    actor holds one model client, one rate gate and one event loop for its whole life."""

    def __init__(
        self,
        *,
        task: Task = "analyze",
        rpm: float | None = None,
        tpm: float | None = None,
        in_flight: int = 8,
        skip_keys: Collection[str] = (),
        text_column: str = "text",
        id_column: str = "id",
        **settings: Any,
    ) -> None:
        from summarizer._config import load_config

        self.config = load_config(**settings)
        self.task, self.in_flight = task, in_flight
        self.skip = frozenset(skip_keys)
        self.text_column, self.id_column = text_column, id_column
        self.gate = (rpm, tpm, in_flight)
        self._loop = asyncio.new_event_loop()
        self._summarizer: AsyncSummarizer | None = None

    def __call__(self, batch: Any) -> Any:  # a pandas DataFrame in, one out
        rows = batch.to_dict("records")
        outcome = self._loop.run_until_complete(self._analyse(rows))
        out = batch.copy()
        for column in OUTPUT_COLUMNS:
            out[column] = [row[column] for row in outcome]
        return out

    async def _analyse(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if self._summarizer is None:  # made on the actor's loop, kept for its life
            gate = RateGate(*self.gate)
            # with `grounding_workers` set, the actor grounds in processes of its own, as the
            # local engine does (give the actor as many CPUs more: num_cpus)
            pool = grounding_pool_for(self.config, by_default=False)
            self._summarizer = AsyncSummarizer(self.config, gate=gate, grounding_pool=pool)
        outcome: list[dict[str, Any]] = []
        records = []
        for position, row in enumerate(rows):
            record = self._record(str(position), row)
            key = cache_key(self.config, self.task, record.article) if record.article else None
            outcome.append(
                {
                    "cache_key": key,
                    "status": "error",
                    "result": None,
                    "error": record.error,
                    "cost_usd": None,
                }
            )
            if key is not None and key in self.skip:
                outcome[-1].update(status="skipped")
            else:
                records.append(record)
        async for item in run_batch(
            records, self._summarizer, task=self.task, concurrency=self.in_flight
        ):
            row = outcome[int(item.id)]  # ids are positions in this batch: duplicates are fine
            row.update(result=item.result_json, error=item.error, cost_usd=item.cost_usd)
            row["status"] = "ok" if item.ok else "error"
        return outcome

    def _record(self, position: str, row: dict[str, Any]) -> InputRecord:
        """The article of one row (its id is its position), or why the row has none."""
        text = row.get(self.text_column)
        if not isinstance(text, str) or not text.strip():
            return InputRecord(id=position, error=f"no text in column '{self.text_column}'")
        given = row.get(self.id_column)
        article_id = str(given) if given is not None else _short_hash(text)
        fields: dict[str, Any] = {"id": article_id, "text": text}
        for name in ("title", "url"):
            if isinstance(row.get(name), str) and row[name].strip():
                fields[name] = row[name]
        date = _date(row.get("date"))
        if date is not None:
            fields["date"] = date
        try:
            return InputRecord(id=position, article=Article(**fields))
        except ValueError as exc:
            return InputRecord(id=position, error=f"not an article: {exc}")


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def analyze_dataset(
    ds: ray.data.Dataset,
    *,
    task: Task = "analyze",
    actors: int = 2,
    rpm: float | None = None,
    tpm: float | None = None,
    in_flight: int = 16,
    batch_size: int | None = None,
    skip_keys: Collection[str] = (),
    num_cpus: float = 1.0,
    text_column: str = "text",
    id_column: str = "id",
    **settings: Any,
) -> ray.data.Dataset:
    """`ds` (a column of article text, and optional id, date, title, url columns) with each row's
    analysis added, as the module docstring describes. `rpm`, `tpm` and `in_flight` are totals
    for the whole job; `settings` are those of `Summarizer` (model=, base_url=, ...)."""
    import ray.data

    if actors < 1:
        raise ValueError("actors must be at least 1")
    per_actor = max(1, in_flight // actors)
    share = {
        "rpm": rpm / actors if rpm else None,
        "tpm": tpm / actors if tpm else None,
        "in_flight": per_actor,
    }
    # an actor works on one batch at a time: a batch several times its requests in flight keeps
    # them busy while the batch's last answers come in
    batch_size = batch_size or 4 * per_actor
    return ds.map_batches(
        Analyzer,
        fn_constructor_kwargs={
            "task": task,
            "skip_keys": frozenset(skip_keys),
            "text_column": text_column,
            "id_column": id_column,
            **share,
            **settings,
        },
        batch_format="pandas",
        batch_size=batch_size,
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=num_cpus,
        # An actor that dies (a lost node, an OOM kill) is restarted and its batch done again,
        # Ray Data's default for actor pools; a batch's rows are emitted only when the whole
        # batch is done, so each row ends once.
    )


def run_on_ray(
    records: Iterable[InputRecord],
    config: Config,
    *,
    task: Task,
    actors: int,
    rpm: float | None,
    tpm: float | None,
    in_flight: int,
    address: str | None = None,
    quiet: bool = False,
) -> Iterator[BatchItem]:
    """`summarizer batch --engine ray`: the records as a Ray dataset, analysed as the local
    engine would, yielded as `BatchItem`s; a record that is no article is an error item at once."""
    import ray

    verbose = logging.getLogger("summarizer").isEnabledFor(logging.DEBUG)
    if not verbose:
        # read by Ray Data when it configures its loggers, here and in the workers it starts
        os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")
    if not ray.is_initialized():  # without an address: Ray in this process's machine
        # Ray starts its workers at nice 15; on this machine they are the command's own work,
        # and at nice 15 a busy machine starves them (each Ray test took 80-140 s, not 3-9 s,
        # with two other processes on both cores)
        os.environ.setdefault("RAY_worker_niceness", "0")
        ray.init(
            address=address,
            include_dashboard=False,
            log_to_driver=verbose,
            # Ray's own start-up and progress lines are not this command's messages
            logging_level=logging.INFO if verbose else logging.ERROR,
        )
    if not verbose:
        for name in ("ray", "ray.data"):
            logging.getLogger(name).setLevel(logging.ERROR)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = not quiet
    context.print_on_execution_start = verbose
    rows = []
    seen: set[str] = set()
    for record in records:
        if record.id in seen:  # as the local engine and the Batch API: the first one counts
            yield BatchItem(id=record.id, task=task, error="duplicate input id")
            continue
        seen.add(record.id)
        if record.article is None:
            yield BatchItem(id=record.id, task=task, error=record.error or "unreadable input")
            continue
        article = record.article
        date = article.date.isoformat() if article.date else None
        rows.append(
            {
                "id": record.id,
                "text": article.text,
                "title": article.title,
                "url": article.url,
                "date": date,
            }
        )
    if not rows:
        return
    settings = config.model_dump(exclude_none=True)
    if config.api_key is not None:
        settings["api_key"] = config.api_key.get_secret_value()
    out = analyze_dataset(
        ray.data.from_items(rows),
        task=task,
        actors=actors,
        rpm=rpm,
        tpm=tpm,
        in_flight=in_flight,
        **settings,
    )
    for row in out.iter_rows():
        yield BatchItem(
            id=str(row["id"]),
            task=task,
            key=row["cache_key"] if row["result"] is not None else None,
            result_json=row["result"],
            error=row["error"],
            cost_usd=row["cost_usd"],
        )
