"""The provider's Batch API: the requests of live calls, sent as files, answered within 24 hours.

Each article's work is the same sans-IO plan as a live call (`_pipeline.plan_task`). Every call the
plan yields becomes one line of a request file (the very body instructor would send live, built
by instructor itself), and every answer is parsed and validated by instructor with the same
grounding validators. An answer that fails validation is re-asked live, or in a follow-up batch,
within the same attempt bound; a plan that needs another call (a long article's next chunk) gets
it in the next round.

What is in flight is kept in a state file beside the output (`OUT.jobs.json`): the job ids, the
request each custom_id stands for, and each article's answers so far. A plan is rebuilt from its
article and those answers, so a re-run (or `summarizer jobs collect`) resumes collecting instead
of resubmitting.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, cast

import openai
from instructor.core.exceptions import InstructorError
from instructor.processing.response import process_response
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, Field, ValidationError

from summarizer._config import Config
from summarizer._errors import (
    AttemptsExhausted,
    InputError,
    ModelCallError,
    ModelRefused,
    SummarizerError,
)
from summarizer.batch.engine import BatchItem, reasks_by_rule
from summarizer.batch.limits import MAX_BYTES_PER_FILE, MAX_REQUESTS_PER_FILE
from summarizer.core.answers import (
    INSTRUCTOR_MODES,
    read_answer,
    reask_turns,
    reasks_sent,
    request_body,
)
from summarizer.core.cache import ResultCache, cache_key
from summarizer.core.costs import cost_usd
from summarizer.core.inputs import InputRecord
from summarizer.core.models import (
    RESULT_TYPES,
    Article,
    Dropped,
    Usage,
    collecting_problems,
    grounded_on,
)
from summarizer.core.modes import resolved_mode
from summarizer.core.pipeline import Call, Plan, Summarizer, answer_text, first_problem, plan_task
from summarizer.core.prompts import Task
from summarizer.core.transport import make_openai_client, translate_call_error

__all__ = ["BATCH_DISCOUNT", "BatchApiRun", "JobsState", "Job", "jobs_file_for"]

log = logging.getLogger("summarizer")

BATCH_DISCOUNT = 0.5  # the Batch API bills half the price of the same synchronous request
ENDPOINT: Literal["/v1/chat/completions"] = "/v1/chat/completions"
# The service's limits per request file (OpenAI: 50,000 requests, 200 MB).
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
ReaskVia = Literal["live", "batch-api"]


def jobs_file_for(out: Path) -> Path:
    return out.with_suffix(".jobs.json")


class Job(BaseModel):
    """One batch job at the provider."""

    id: str
    input_file_id: str
    round: int
    requests: int
    status: str = "validating"
    done: int = Field(default=0, description="Requests the provider has finished (or failed).")
    output_file_id: str | None = None
    error_file_id: str | None = None
    collected: bool = False


class Request(BaseModel):
    """What one custom_id in flight stands for."""

    input_id: str
    call: int = Field(description="Which of the plan's calls: 0 first, then chunks, combine.")
    attempt: int = Field(default=1, description="1 for the first answer, 2 for a re-ask, ...")
    reask_messages: list[dict[str, Any]] = Field(default_factory=list)
    job: str | None = None


class Progress(BaseModel):
    """An article's validated answers so far, and what they cost."""

    answers: list[dict[str, Any]] = Field(default_factory=list)
    attempts: list[int] = Field(default_factory=list)
    dropped: list[list[Dropped]] = Field(
        default_factory=list, description="What each partial answer left out (one per answer)."
    )
    usage: Usage = Field(default_factory=Usage)
    batch_usage: Usage = Field(default_factory=Usage)


class JobsState(BaseModel):
    """The jobs file: enough to resume collecting after any interruption."""

    task: Task
    model: str
    inputs: list[str] = Field(default_factory=list, description="As given on the command line.")
    directory: str = Field(default="", description="Where the command ran (inputs are relative).")
    jobs: list[Job] = Field(default_factory=list)
    pending: dict[str, Request] = Field(default_factory=dict)
    queued: dict[str, Request] = Field(default_factory=dict)
    progress: dict[str, Progress] = Field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> JobsState | None:
        if not path.is_file():
            return None
        try:
            return cls.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValueError, ValidationError) as exc:
            raise InputError(f"{path} is not a jobs file: {str(exc).splitlines()[0]}") from None

    def save(self, path: Path) -> None:
        # written whole then renamed: a kill never leaves half a jobs file
        temporary = path.with_suffix(".tmp")
        temporary.write_text(self.model_dump_json(indent=1), encoding="utf-8")
        os.replace(temporary, path)

    @property
    def unfinished(self) -> list[Job]:
        return [job for job in self.jobs if not job.collected]


def _minus(a: Usage, b: Usage) -> Usage:
    return Usage(
        prompt_tokens=a.prompt_tokens - b.prompt_tokens,
        completion_tokens=a.completion_tokens - b.completion_tokens,
        total_tokens=a.total_tokens - b.total_tokens,
    )


class BatchApiRun:
    """Submits, polls and collects the Batch API jobs of one output file."""

    def __init__(
        self,
        config: Config,
        task: Task,
        out: Path,
        *,
        cache: ResultCache | None = None,
        reask_via: ReaskVia = "live",
        max_requests: int = MAX_REQUESTS_PER_FILE,
        max_bytes: int = MAX_BYTES_PER_FILE,
        client: openai.OpenAI | None = None,
    ) -> None:
        self.config, self.task, self.cache, self.reask_via = config, task, cache, reask_via
        self.max_requests, self.max_bytes = max_requests, max_bytes
        self.path = jobs_file_for(out)
        self.client = client or cast(openai.OpenAI, make_openai_client(config, is_async=False))
        self.mode_name = resolved_mode(config)
        self.mode = INSTRUCTOR_MODES[self.mode_name]
        found = JobsState.load(self.path)
        if found is not None and (found.task, found.model) != (task, config.model):
            raise InputError(
                f"{self.path} holds {found.task} jobs for model {found.model}; finish them "
                "(summarizer jobs collect) or use another --out"
            )
        self.state = found or JobsState(task=task, model=config.model)
        self.articles: dict[str, Article] = {}
        self.done: set[str] = set()
        self._live: Summarizer | None = None

    # --- submitting -----------------------------------------------------------------------------

    def submit(
        self, records: Iterable[InputRecord], finished: set[str], *, new: bool = True
    ) -> Iterator[BatchItem]:
        """Send a first request for every input not finished and not in flight; an input that
        cannot be read, or is in the cache, ends at once. With `new=False` the inputs are only
        read (to check the answers in flight against them)."""
        self.done |= finished
        in_flight = {
            r.input_id for r in [*self.state.pending.values(), *self.state.queued.values()]
        }
        seen: set[str] = set()
        for record in records:
            if record.id in seen:
                yield BatchItem(record.id, self.task, error="duplicate input id")
                continue
            seen.add(record.id)
            if record.article is not None:
                self.articles[record.id] = record.article  # needed to validate its answers
            if record.id in finished or record.id in in_flight or not new:
                continue
            if record.article is None:
                yield BatchItem(record.id, self.task, error=record.error or "unreadable input")
                continue
            if self.cache is not None:
                key = cache_key(self.config, self.task, record.article)
                hit = self.cache.get_checked(
                    key, self.task, record.article, partial_ok=self.config.on_invalid == "partial"
                )
                if hit is not None:
                    yield BatchItem(record.id, self.task, result_json=hit, cached=True, key=key)
                    continue
            self.state.progress[record.id] = Progress()
            self.state.queued[record.id] = Request(input_id=record.id, call=0)
        self.send_queued()

    def send_queued(self) -> list[Job]:
        """Upload the queued requests, split to the service's limits, one batch job per file.
        Each file is written to disk as it fills, so memory does not grow with the batch."""
        if not self.state.queued:
            return []
        round_ = 1 + max((job.round for job in self.state.jobs), default=0)
        jobs: list[Job] = []
        part: list[str] = []
        with tempfile.TemporaryDirectory(prefix="summarizer-batch-") as folder:
            path = Path(folder) / "requests.jsonl"
            handle = path.open("wb")
            for custom_id, request in list(self.state.queued.items()):
                line = json.dumps(
                    {
                        "custom_id": custom_id,
                        "method": "POST",
                        "url": ENDPOINT,
                        "body": self._body(request),
                    },
                    ensure_ascii=False,
                )
                data = (line + "\n").encode("utf-8")
                full = len(part) >= self.max_requests or handle.tell() + len(data) > self.max_bytes
                if part and full:
                    handle.close()
                    jobs.append(self._create_job(path, part, round_, len(jobs) + 1))
                    handle, part = path.open("wb"), []
                handle.write(data)
                part.append(custom_id)
            handle.close()
            jobs.append(self._create_job(path, part, round_, len(jobs) + 1))
        return jobs

    def _create_job(self, path: Path, custom_ids: list[str], round_: int, number: int) -> Job:
        name = f"summarizer-{self.task}-round{round_}-part{number}.jsonl"
        try:
            with path.open("rb") as handle:
                uploaded = self.client.files.create(file=(name, handle), purpose="batch")
            batch = self.client.batches.create(
                input_file_id=uploaded.id,
                endpoint=ENDPOINT,
                completion_window="24h",
                metadata={"tool": "summarizer", "task": self.task, "round": str(round_)},
            )
        except openai.OpenAIError as exc:
            raise translate_call_error(exc) from None
        job = Job(
            id=batch.id,
            input_file_id=uploaded.id,
            round=round_,
            requests=len(custom_ids),
            status=batch.status,
        )
        for custom_id in custom_ids:
            request = self.state.queued.pop(custom_id)
            self.state.pending[custom_id] = request.model_copy(update={"job": job.id})
        self.state.jobs.append(job)
        self.state.save(self.path)  # at once: from here on a re-run collects, not resubmits
        log.info("submitted batch %s: %d requests (round %d)", job.id, len(custom_ids), round_)
        return job

    def _body(self, request: Request, call: Call | None = None) -> dict[str, Any]:
        """The request body a live call would send, built by instructor for the configured mode
        (`call`, when the caller already has the plan at that call, saves rebuilding it)."""
        if call is None:
            _, call = self._resume(request)
        messages = [*call.kwargs["messages"], *request.reask_messages]
        body = request_body({**call.kwargs, "messages": messages}, self.mode)
        # what the mode adds beyond instructor (json_grammar's schema in response_format)
        body.update(call.request(self.mode_name).get("extra_body", {}))
        return body

    def _resume(self, request: Request) -> tuple[Plan[Any], Call]:
        """The article's plan, rebuilt and fed its earlier answers, at the call `request` asks."""
        article = self.articles[request.input_id]
        # one call at a time: each is one request in a job, and its answer feeds the next
        plan: Plan[Any] = plan_task(
            self.config, self.task, article, RESULT_TYPES[self.task], together=False
        )
        progress = self.state.progress.setdefault(request.input_id, Progress())
        call = _one(next(plan))
        earlier = progress.answers[: request.call]
        dropped = progress.dropped + [[]] * (len(earlier) - len(progress.dropped))
        for answer, attempts, left_out in zip(
            earlier, progress.attempts[: len(earlier)], dropped, strict=False
        ):
            call.attempts.count = attempts
            call.dropped = list(left_out)
            # located again (offsets), not judged again: it passed, or is a partial answer
            # whose recorded gaps the whole-answer rules would raise
            with grounded_on(call.grounding), collecting_problems():
                value = call.kwargs["response_model"].model_validate(answer)
            call = _one(plan.send(value))
        call.attempts.count = request.attempt - 1
        call.attempts.usage = progress.usage  # every earlier attempt's tokens, carried along
        return plan, call

    # --- polling and collecting -----------------------------------------------------------------

    def poll(self) -> list[Job]:
        """Check every job still running; returns the jobs not yet collected."""
        for job in self.state.unfinished:
            if job.status in TERMINAL:
                continue
            try:
                batch = self.client.batches.retrieve(job.id)
            except openai.OpenAIError as exc:
                raise translate_call_error(exc) from None
            job.status = batch.status
            job.output_file_id, job.error_file_id = batch.output_file_id, batch.error_file_id
            counts = batch.request_counts
            job.done = counts.completed + counts.failed if counts else job.done
        self.state.save(self.path)
        return self.state.unfinished

    def collect(self, job: Job) -> Iterator[BatchItem]:
        """Validate every answer of a finished job; each request ends as a result, an error, or
        a follow-up request (a re-ask or the plan's next call) queued for the next round."""
        lines: list[dict[str, Any]] = []
        for file_id in (job.output_file_id, job.error_file_id):
            if file_id:
                try:
                    text = self.client.files.content(file_id).text
                except openai.OpenAIError as exc:
                    raise translate_call_error(exc) from None
                for raw in filter(str.strip, text.splitlines()):
                    try:
                        lines.append(json.loads(raw))
                    except ValueError:  # its request stays pending: it ends as "not run" below
                        log.warning("skipping a malformed line in %s", file_id)
        for line in lines:
            request = self.state.pending.pop(str(line.get("custom_id")), None)
            if request is None or request.input_id in self.done:
                continue  # not ours, or collected before an interruption
            if request.input_id not in self.articles:
                yield self._failed(request, "the input can no longer be read to check its answer")
                continue
            yield from self._settle(request, line)
        for custom_id in [c for c, r in self.state.pending.items() if r.job == job.id]:
            request = self.state.pending.pop(custom_id)
            yield self._failed(
                request,
                f"the batch ended {job.status} before this request ran; run again to resubmit it",
            )
        job.collected = True
        self.state.save(self.path)

    def _settle(self, request: Request, line: dict[str, Any]) -> Iterator[BatchItem]:
        response = line.get("response") or {}
        if response.get("status_code") != 200:
            error = line.get("error") or (response.get("body") or {}).get("error") or {}
            code = error.get("code")
            if code == "batch_expired":
                reason = "not run before the batch's 24 h window closed; run again to resubmit it"
            else:
                status = response.get("status_code")
                reason = f"the Batch API answered HTTP {status}: {error.get('message', 'error')}"
            yield self._failed(request, reason)
            return
        try:
            completion = read_answer(ChatCompletion.model_validate(response["body"]))
        except ModelRefused as refused:  # a kind of ModelCallError: first
            yield self._failed(request, str(refused))
            return
        except (ValidationError, ModelCallError):
            yield self._failed(request, "the Batch API returned something other than an answer")
            return
        plan, call = self._resume(request)
        call.attempts._on_response(completion)
        progress = self.state.progress[request.input_id]
        progress.batch_usage += _minus(call.attempts.usage, progress.usage)
        progress.usage = call.attempts.usage
        try:
            with grounded_on(call.grounding):
                answer = process_response(
                    completion,
                    response_model=call.kwargs["response_model"],
                    stream=False,
                    mode=self.mode,
                )
        except (ValidationError, InstructorError, ValueError) as exc:
            yield from self._reask(request, call, plan, completion, exc)
            return
        yield from self._advance(request, call, plan, answer)

    def _reask(
        self,
        request: Request,
        call: Call,
        plan: Plan[Any],
        completion: ChatCompletion,
        exc: Exception,
    ) -> Iterator[BatchItem]:
        call.attempts.on_parse_error(exc)
        problem = first_problem(exc)
        if request.attempt > self.config.max_reasks:
            message = f"no valid answer after {request.attempt} attempts; last problem: {problem}"
            if self.config.on_invalid == "partial":
                exhausted = AttemptsExhausted(
                    message,
                    attempts=request.attempt,
                    usage=call.attempts.usage,
                    last_answer=answer_text(completion),
                    errors=[problem],
                )
                try:
                    kept = call.partial_answer(exhausted)
                except AttemptsExhausted as failure:
                    message = str(failure)
                else:
                    yield from self._advance(request, call, plan, kept)
                    return
            yield self._failed(request, message, last_answer=answer_text(completion))
            return
        sent = self._body(request, call)
        reask_messages = [*request.reask_messages, *reask_turns(sent, self.mode, completion, exc)]
        log.info(
            "%s: answer failed validation (%s); re-asking via %s",
            request.input_id,
            problem,
            self.reask_via,
        )
        if self.reask_via == "batch-api":
            custom_id = f"{request.input_id}#{request.call}.{request.attempt + 1}"
            self.state.queued[custom_id] = request.model_copy(
                update={
                    "attempt": request.attempt + 1,
                    "reask_messages": reask_messages,
                    "job": None,
                }
            )
            return
        if self._live is None:
            self._live = Summarizer(self.config)
        call.kwargs["max_retries"] = self.config.max_reasks - request.attempt
        try:
            with reasks_sent(len(call.kwargs["messages"]), reask_messages):
                answer = self._live._call(call)
        except SummarizerError as error:
            yield self._failed(request, str(error), last_answer=call.attempts.last_answer)
            return
        finally:
            self.state.progress[request.input_id].usage = call.attempts.usage
        yield from self._advance(request, call, plan, answer)

    def _advance(
        self, request: Request, call: Call, plan: Plan[Any], answer: BaseModel
    ) -> Iterator[BatchItem]:
        progress = self.state.progress[request.input_id]
        progress.answers.append(answer.model_dump(mode="json"))  # before the plan moves offsets
        progress.attempts.append(call.attempts.count)
        progress.dropped.append(call.dropped)
        try:
            plan.send(answer)
        except StopIteration as finished:
            yield self._succeeded(request.input_id, finished.value, progress)
            return
        custom_id = f"{request.input_id}#{request.call + 1}.1"
        self.state.queued[custom_id] = Request(input_id=request.input_id, call=request.call + 1)

    def _succeeded(self, input_id: str, result: Any, progress: Progress) -> BatchItem:
        self.state.progress.pop(input_id, None)
        self.done.add(input_id)
        value = result.model_dump_json()
        key = cache_key(self.config, self.task, self.articles[input_id])
        if self.cache is not None:
            self.cache.put(key, value)
        usage = result.metadata.usage
        return BatchItem(
            input_id,
            self.task,
            key=key,
            result_json=value,
            tokens=usage.total_tokens,
            cost_usd=self._cost(usage, progress.batch_usage),
            reasks=reasks_by_rule(result.metadata),
        )

    def _failed(self, request: Request, reason: str, last_answer: str | None = None) -> BatchItem:
        progress = self.state.progress.pop(request.input_id, Progress())
        cost = self._cost(progress.usage, progress.batch_usage)
        return BatchItem(
            request.input_id,
            self.task,
            error=reason,
            last_answer=last_answer,
            tokens=progress.usage.total_tokens,
            cost_usd=cost,
        )

    def _cost(self, usage: Usage, batch_usage: Usage) -> float | None:
        """Tokens answered by the Batch API at its price, live re-asks at the live price."""
        batch = cost_usd(self.config.model, batch_usage)
        live = cost_usd(self.config.model, _minus(usage, batch_usage))
        if batch is None or live is None:
            return None
        return batch * BATCH_DISCOUNT + live

    # --- the whole run --------------------------------------------------------------------------

    def run(
        self,
        records: Iterable[InputRecord],
        finished: set[str],
        on_item: Callable[[BatchItem], None],
        *,
        wait: bool = True,
        new: bool = True,
        poll_interval: float = 30.0,
        on_poll: Callable[[list[Job]], None] = lambda jobs: None,
    ) -> None:
        """Submit what is new (unless `new` is false), then (with `wait`) poll and collect,
        round after round, until every input has ended as a result or an error."""
        for item in self.submit(records, finished, new=new):
            on_item(item)
        while wait:
            self.send_queued()
            unfinished = self.poll()
            on_poll(unfinished)
            for job in [j for j in unfinished if j.status in TERMINAL]:
                for item in self.collect(job):
                    on_item(item)
            if not self.state.unfinished and not self.state.queued:
                break
            if all(j.status not in TERMINAL for j in self.state.unfinished):
                time.sleep(poll_interval)
        self.close()

    def cancel(self) -> list[Job]:
        """Ask the provider to stop every job still running."""
        cancelled = []
        for job in self.state.unfinished:
            if job.status not in TERMINAL:
                try:
                    job.status = self.client.batches.cancel(job.id).status
                except openai.OpenAIError as exc:
                    raise translate_call_error(exc) from None
                cancelled.append(job)
        self.state.save(self.path)
        return cancelled

    def close(self) -> None:
        if self._live is not None:
            self._live.close()
        self.client.close()


def _one(step: Call | list[Call]) -> Call:
    """The single call a plan made with `together=False` yields."""
    assert isinstance(step, Call), "a plan for the Batch API yields one call at a time"
    return step
