"""From an article to a grounded result: input -> prompt -> model -> validate/ground -> result.

The work for one article is a *plan*: a generator that yields model calls (`Call`) and receives
their validated answers, without doing any I/O itself. `Summarizer` runs plans with plain calls
and `AsyncSummarizer` with awaits, so the two twins share every decision:

* an article that fits the context budget takes one call;
* a longer one is read in overlapping chunks, each grounded on its own text; the events are
  merged (`_merge`), offsets moved back into the article, and the summary combined from the
  chunk summaries by one more call, grounded on the whole article.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar, cast

import openai
from instructor.core.exceptions import (
    IncompleteOutputException,
    InstructorError,
    InstructorRetryException,
)
from instructor.core.hooks import Hooks
from pydantic import BaseModel, ValidationError

from summarizer._config import Config, InstructorModeName, load_config
from summarizer._errors import AnswerTruncated, AttemptsExhausted, InputError, SummarizerError
from summarizer._redact import strip_userinfo
from summarizer.checks.alignment import ArticleText
from summarizer.checks.dates import input_date
from summarizer.checks.language import text_language
from summarizer.checks.rules import RULES, Problem, rule_of
from summarizer.core.answers import (
    INSTRUCTOR_MODES,
    answer_text_of,
    make_structured_create,
    reask_turns,
    reasks_sent,
    request_body,
)
from summarizer.core.cassettes import is_replaying
from summarizer.core.chunking import Chunk, chunk_article, shift_offsets
from summarizer.core.merge import merge_entities, merge_events
from summarizer.core.models import (
    RESULT_TYPES,
    Analysis,
    Article,
    Dropped,
    EventsResult,
    GroundingContext,
    Metadata,
    Reask,
    Summary,
    SummaryBody,
    SummaryResult,
    Usage,
    answer_model,
    decoding_schema,
    grounded_on,
)
from summarizer.core.modes import ModeChoice, resolved_mode
from summarizer.core.partial import NothingKept, keep_from_text
from summarizer.core.prompts import (
    TASK_BODIES,
    Task,
    build_combine_messages,
    build_messages,
    prompt_version,
)
from summarizer.core.transport import Gate, RetryPolicy, make_openai_client, translate_call_error

__all__ = ["Summarizer", "AsyncSummarizer", "analyze", "summarize", "extract_events"]

log = logging.getLogger("summarizer")

if TYPE_CHECKING:
    from summarizer.core.grounding_pool import GroundingPool

ResultT = TypeVar("ResultT", bound=Analysis | SummaryResult | EventsResult)
T = TypeVar("T")
ArticleInput = str | Article
# A plan yields one Call and is sent its answer, or yields a list of independent Calls (the
# chunks of a long article) and is sent their answers in the same order.
Plan = Generator["Call | list[Call]", Any, T]


def as_article(article: ArticleInput, date: dt.date | None = None) -> Article:
    """Accept text or an `Article`; refuse what cannot be analysed."""
    if isinstance(article, str):
        article = Article(text=article)
    elif not isinstance(article, Article):
        raise InputError(f"expected article text or an Article, got {type(article).__name__}")
    if date is not None:
        article = article.model_copy(update={"date": date})
    if not article.text.strip():
        raise InputError("the article is empty")
    return article


class _Attempts:
    """Counts model answers and sums their usage through instructor's hooks."""

    def __init__(self) -> None:
        self.count = 0
        self.last_completion_tokens: int | None = None
        self.usage = Usage()
        self.model: str | None = None
        self.last_answer: str | None = None
        self.last_response: Any = None
        self.reasks: list[Reask] = []
        self.hooks = Hooks()
        self.hooks.on("completion:response", self._on_response)
        self.hooks.on("parse:error", self.on_parse_error)

    def on_parse_error(self, error: Exception, *args: Any, **kwargs: Any) -> None:
        """An answer failed validation: remember which rule, for the result's metadata."""
        rule, message = problem_of(error)
        self.reasks.append(Reask(attempt=max(1, self.count), rule=rule, message=message))

    def _on_response(self, response: Any) -> None:
        self.count += 1
        self.model = getattr(response, "model", None) or self.model
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.last_completion_tokens = usage.completion_tokens
            self.usage += Usage(
                prompt_tokens=usage.prompt_tokens or 0,
                completion_tokens=usage.completion_tokens or 0,
                total_tokens=usage.total_tokens or 0,
            )
        self.last_answer = answer_text(response)
        self.last_response = response


def answer_text(response: Any) -> str | None:
    try:
        message = response.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    return answer_text_of(message)


def problem_of(exc: BaseException) -> Problem:
    """The first problem of a failed answer, with the rule that found it: the validation
    error's type where a grounding rule raised it, else read from the message."""
    message = first_problem(exc)
    if isinstance(exc, ValidationError):
        kind = exc.errors()[0]["type"]
        if kind in RULES:
            return Problem(kind, message)
    return Problem(rule_of(message), message)


def first_problem(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        first = errors[0]
        where = ".".join(str(part) for part in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"{where}: {message}{more}" if where else f"{message}{more}"
    return " ".join(str(exc).split())[:300]


class Call:
    """One structured model call: what to send, what to ground it on, what it cost."""

    def __init__(
        self,
        config: Config,
        body: type[BaseModel],
        messages: list[dict[str, str]],
        grounding: GroundingContext,
        label: str = "",
    ) -> None:
        self.config = config
        self.body = body
        self.grounding = grounding
        self.label = label  # which part of a long article's work ("chunk 2", "combine")
        self.dropped: list[Dropped] = []  # what a partial answer left out
        self.attempts = _Attempts()
        self.kwargs: dict[str, Any] = {
            "response_model": answer_model(body),
            "messages": messages,
            "model": config.model,
            "temperature": config.temperature,
            "max_retries": config.max_reasks,
            "strict": False,
            "hooks": self.attempts.hooks,
        }
        if config.max_output_tokens is not None:
            self.kwargs["max_tokens"] = config.max_output_tokens
        self.max_reasks = config.max_reasks  # answers that may be sent back, after the first
        self._widened = False
        self.mode: InstructorModeName | None = None  # the mode it was last sent in

    def request(self, mode: InstructorModeName) -> dict[str, Any]:
        """What to send in `mode`: in `json_grammar`, response_format carries the decoding
        schema, which a llama.cpp-family server turns into a grammar the answer must follow."""
        if mode != "json_grammar":
            return self.kwargs
        schema = decoding_schema(self.kwargs["response_model"])
        extra = {"response_format": {"type": "json_object", "schema": schema}}
        return {**self.kwargs, "extra_body": extra}

    def widen_after_truncation(self, exc: BaseException) -> bool:
        """After an answer cut off at the token limit, allow one more call with twice the room
        and a little more temperature: the same request at the same temperature gets the same
        looping text back."""
        if not isinstance(exc, IncompleteOutputException) or self._widened:
            return False
        self._widened = True
        used = self.attempts.last_completion_tokens or self.config.max_output_tokens or 4096
        self.kwargs["max_tokens"] = 2 * used
        self.kwargs["temperature"] = min(2.0, self.config.temperature + _WIDER_TEMPERATURE)
        log.warning("the answer was cut off at %d tokens; asking again with %d", used, 2 * used)
        return True

    def partial_answer(self, failure: AttemptsExhausted) -> BaseModel:
        """The last answer less every part that still breaks a rule (`on_invalid="partial"`),
        or `failure`, saying why nothing could be kept."""
        answer = self.attempts.last_answer or ""
        try:
            kept, dropped = keep_from_text(self.kwargs["response_model"], answer, self.grounding)
        except NothingKept as why:
            raise self.nothing_kept(failure, why) from None
        return self.kept(kept, dropped)

    @staticmethod
    def nothing_kept(failure: AttemptsExhausted, why: NothingKept) -> AttemptsExhausted:
        failure.args = (f"{failure}; no partial result: {why}",)
        return failure

    def kept(self, kept: BaseModel, dropped: list[Dropped]) -> BaseModel:
        """`kept`, the answer's grounded part, with `dropped` accounted for in the metadata."""
        self.dropped = dropped
        if self.label:
            for item in self.dropped:
                item.path = f"{self.label}: {item.path}"
        log.warning(
            "kept a partial answer: %d part(s) dropped (%s)",
            len(self.dropped),
            ", ".join(sorted({d.rule for d in self.dropped})),
        )
        return kept

    def exhausted(self, found: Sequence[Problem]) -> AttemptsExhausted:
        """Every attempt answered, none passed: `found` is each failed answer's problem."""
        count = self.attempts.count
        hint = (
            " (--on-invalid partial keeps the parts that pass)"
            if self.config.on_invalid == "fail"
            else ""
        )
        return AttemptsExhausted(
            f"no valid answer after {count} attempts; last problem "
            f"({found[-1].rule}): {found[-1].message}{hint}",
            attempts=count,
            usage=self.attempts.usage,
            last_answer=self.attempts.last_answer,
            errors=[problem.message for problem in found],
            rules=[problem.rule for problem in found],
        )

    def failure(self, exc: BaseException) -> SummarizerError:
        if isinstance(exc, IncompleteOutputException):
            used = self.attempts.last_completion_tokens
            return AnswerTruncated(
                f"the model ran out of tokens twice: its answer was cut off at "
                f"{used if used is not None else self.kwargs.get('max_tokens', 'the limit')} "
                "tokens, then again with twice that; a model that repeats itself never "
                "finishes (use a larger model), otherwise raise --max-output-tokens"
            )
        if isinstance(exc, InstructorRetryException) and exc.failed_attempts:
            if isinstance(exc.__cause__, ValidationError | ValueError):
                return self.exhausted([problem_of(a.exception) for a in exc.failed_attempts])
        cause = exc.__cause__ if isinstance(exc, InstructorError) and exc.__cause__ else exc
        return translate_call_error(cause)


def metadata_for(
    config: Config,
    prompts: Sequence[str],
    calls: Sequence[Call],
    texts: Sequence[str],
    *,
    chunks: int = 1,
    earlier: Sequence[Metadata] = (),
    language: str | None = None,
    answer_language: str | None = None,
) -> Metadata:
    """How a result was made: `calls` made now, plus the `earlier` results it builds on."""
    return Metadata(
        model=next((c.attempts.model for c in calls if c.attempts.model), config.model),
        mode=next((c.mode for c in reversed(calls) if c.mode), resolved_mode(config)),
        prompt_version=prompt_version(*prompts),
        attempts=max(1, sum(m.attempts for m in earlier) + sum(c.attempts.count for c in calls)),
        chunks=chunks,
        reasks=[r for m in earlier for r in m.reasks]
        + [r for c in calls for r in c.attempts.reasks],
        dropped=[d for m in earlier for d in m.dropped] + [d for c in calls for d in c.dropped],
        usage=sum([m.usage for m in earlier] + [c.attempts.usage for c in calls], Usage()),
        input_sha256=hashlib.sha256("\0".join(texts).encode("utf-8")).hexdigest(),
        language=language,
        answer_language=answer_language,
        created_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
    )


def free_text(fields: dict[str, Any]) -> str:
    """What the model wrote in its own words: the summary and its key points, the events'
    descriptions and claims (the language they are in is the answer's)."""
    parts: list[str] = []
    summary = fields.get("summary")
    if summary is not None:
        parts += [summary.headline, summary.summary, *(k.text for k in summary.key_points)]
    for event in fields.get("events") or []:
        parts += [event.description, *(claim.statement for claim in event.claims)]
    return "\n".join(parts)


def _grounding(text: str, date: dt.date | None) -> GroundingContext:
    return GroundingContext(article=ArticleText(text), dateline=date)


def plan_task(
    config: Config,
    task: Task,
    article: Article,
    result_type: type[ResultT],
    *,
    together: bool = True,
) -> Plan[ResultT]:
    """Everything but the I/O of one task on one article.

    A long article's chunk calls are yielded `together` (one list, run concurrently by the
    runners), or one at a time for a driver that takes one call at a time (the Batch API)."""
    if article.date is None:  # the date the text states about itself grounds every date check
        article = article.model_copy(update={"date": input_date(article.text)})
    log.debug(
        "%s: %d characters to %s (mode %s)", task, len(article.text), config.model, config.mode
    )
    chunks = chunk_article(article.text, config.max_article_chars)
    calls: list[Call] = []

    def ask(
        body: type[BaseModel],
        messages: list[dict[str, str]],
        grounding: GroundingContext,
        label: str = "",
    ) -> Call:
        calls.append(Call(config, body, messages, grounding, label))
        return calls[-1]

    if len(chunks) == 1:
        answer = yield ask(
            TASK_BODIES[task],
            build_messages(task, article, config.output_language),
            _grounding(article.text, article.date),
        )
        fields = dict(answer)
        versions: tuple[str, ...] = (task,)
    else:
        log.debug("%s: reading %d characters in %d chunks", task, len(article.text), len(chunks))
        parts: list[BaseModel] = []
        date = article.date

        def ask_chunk(chunk: Chunk) -> Call:
            part = article.model_copy(update={"text": chunk.text, "date": date})
            label = f"chunk {chunks.index(chunk) + 1}"
            messages = build_messages(task, part, config.output_language)
            return ask(TASK_BODIES[task], messages, _grounding(chunk.text, date), label)

        # Every chunk needs the story's date: without one read from the input, the first
        # chunk's dateline gives it, so that chunk is asked first and the rest after it.
        waiting = list(chunks)
        while waiting and (date is None or not together):
            chunk = waiting.pop(0)
            body = yield ask_chunk(chunk)
            shift_offsets(body, chunk.start)
            parts.append(body)
            dateline = getattr(getattr(body, "summary", None), "dateline", None)
            date = date or (dateline.date if dateline else None)
        if waiting:
            bodies = yield [ask_chunk(chunk) for chunk in waiting]
            for chunk, body in zip(waiting, bodies, strict=True):
                shift_offsets(body, chunk.start)
                parts.append(body)
        fields = {}
        if task != "summarize":
            fields["events"] = merge_events([p.events for p in parts])  # type: ignore[attr-defined]
            fields["entities"] = merge_entities([p.entities for p in parts])  # type: ignore[attr-defined]
        versions = (task,)
        if task != "extract_events":
            summaries: list[Summary] = [p.summary for p in parts]  # type: ignore[attr-defined]
            whole = article.model_copy(update={"date": date})
            combined = yield ask(
                SummaryBody,
                build_combine_messages(summaries, whole, config.output_language),
                _grounding(article.text, date),
                "combine",
            )
            fields["summary"] = combined.summary
            versions = (task, "combine")

    metadata = metadata_for(
        config,
        versions,
        calls,
        [article.text],
        chunks=len(chunks),
        language=text_language(article.text),
        answer_language=text_language(free_text(fields)),
    )
    log.debug(
        "%s: valid after %d attempt(s), %d tokens",
        task,
        metadata.attempts,
        metadata.usage.total_tokens,
    )
    # (mypy reads model_validate on a bound type variable as returning the bound)
    result = {**fields, "complete": not metadata.dropped, "metadata": metadata}
    return cast(ResultT, result_type.model_validate(result))


_WAIT_NOTICE_SECONDS = 10.0
_WIDER_TEMPERATURE = 0.3
_MAX_THREADS = 8  # chunk calls of one long article in flight at once (synchronous runner)


def _still_waiting(config: Config, after: float) -> None:
    slow = "; a model on a CPU may take minutes" if config.local else ""
    log.warning(
        "still waiting for %s at %s after %g s (gives up after %g s; see --timeout)%s",
        config.model,
        strip_userinfo(config.base_url or "api.openai.com"),
        after,
        config.max_transport_seconds,
        slow,
    )


class _Base:
    def __init__(
        self,
        config: Config | None = None,
        *,
        retry_policy: RetryPolicy | None = None,
        **settings: Any,
    ) -> None:
        self.config = load_config(config, **settings) if settings or config is None else config
        policy = retry_policy or RetryPolicy.from_config(self.config)
        if policy.request_timeout is None:  # the deadline cuts attempts against the real limit
            policy = dataclasses.replace(policy, request_timeout=self.config.request_timeout)
        self.retry_policy = policy
        self.modes = ModeChoice(self.config)
        self._creates: dict[str, Callable[..., Any]] = {}
        self._client: openai.OpenAI | openai.AsyncOpenAI | None = None

    def _create_for(self, mode: str) -> Callable[..., Any]:
        """instructor's create in `mode` (one per mode, made on first use)."""
        if mode not in self._creates:
            assert self._client is not None
            self._creates[mode] = make_structured_create(self._client, mode, self.retry_policy)
        return self._creates[mode]

    def _retry(self, call: Call, exc: InstructorError | ValidationError) -> BaseModel | None:
        """After a failed call: None to ask again (a wider token limit, or under `auto` the
        next mode), the answer's grounded part when the attempts ran out and the policy is
        `partial`, or raise the call's typed error."""
        if call.widen_after_truncation(exc):
            return None
        return self._after_failure(call, call.failure(exc))

    def _after_failure(self, call: Call, failure: SummarizerError) -> BaseModel | None:
        exhausted = self._part_to_keep(call, failure)
        return None if exhausted is None else call.partial_answer(exhausted)

    def _part_to_keep(self, call: Call, failure: SummarizerError) -> AttemptsExhausted | None:
        """After a failed call: None to ask again (under `auto`, in the next mode); `failure`
        when the attempts ran out and the policy is `partial` (keep the last answer's grounded
        part); or raise the call's typed error."""
        if call.mode is not None and self.modes.fall_back(failure, call.mode):
            return None
        if isinstance(failure, AttemptsExhausted) and self.config.on_invalid == "partial":
            return failure
        raise failure from None

    def _plan(
        self, task: Task, result_type: type[ResultT], article: ArticleInput, date: dt.date | None
    ) -> Plan[ResultT]:
        return plan_task(self.config, task, as_article(article, date), result_type)


class Summarizer(_Base):
    """Analyses articles with one configured model endpoint.

    >>> s = Summarizer(model="gpt-4o-mini")            # doctest: +SKIP
    >>> analysis = s.analyze(open("article.txt").read())  # doctest: +SKIP
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        wait_notice: float = _WAIT_NOTICE_SECONDS,
        **kwargs: Any,
    ) -> None:
        super().__init__(config, **kwargs)
        self.wait_notice = wait_notice  # seconds before saying it is still waiting
        self._client = cast(openai.OpenAI, make_openai_client(self.config, is_async=False))

    def close(self) -> None:
        """Close the HTTP connections (also done by `with Summarizer(...) as s:`)."""
        cast(openai.OpenAI, self._client).close()

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, call: Call) -> BaseModel:
        # a server that accepts the connection and says nothing should not look like a hang;
        # a replay waits for no server
        notice = threading.Timer(self.wait_notice, _still_waiting, (self.config, self.wait_notice))
        notice.daemon = True
        if not is_replaying():
            notice.start()
        try:
            with grounded_on(call.grounding):
                while True:
                    call.mode = self.modes.current
                    try:
                        answer: BaseModel = self._create_for(call.mode)(**call.request(call.mode))
                        return answer
                    except (InstructorError, ValidationError) as exc:
                        kept = self._retry(call, exc)
                        if kept is not None:
                            return kept
        finally:
            notice.cancel()

    def _run(self, plan: Plan[T]) -> T:
        step = next(plan)
        while True:
            try:
                step = plan.send(
                    self._call_all(step) if isinstance(step, list) else self._call(step)
                )
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]

    def _call_all(self, calls: list[Call]) -> list[BaseModel]:
        """Independent calls at once, one thread each (the first failure is raised)."""
        with ThreadPoolExecutor(max_workers=min(len(calls), _MAX_THREADS)) as pool:
            return list(pool.map(self._call, calls))

    def run_task(
        self, task: Task, article: ArticleInput, *, date: dt.date | None = None
    ) -> Analysis | SummaryResult | EventsResult:
        """What `analyze`, `summarize` or `extract_events` returns, named by `task` (the way
        the command line and the batch engine call the pipeline)."""
        return self._run(self._plan(task, RESULT_TYPES[task], article, date))

    def analyze(self, article: ArticleInput, *, date: dt.date | None = None) -> Analysis:
        """Summary, events and entities of `article`, every quote grounded in it."""
        return self._run(self._plan("analyze", Analysis, article, date))

    def summarize(self, article: ArticleInput, *, date: dt.date | None = None) -> SummaryResult:
        return self._run(self._plan("summarize", SummaryResult, article, date))

    def extract_events(self, article: ArticleInput, *, date: dt.date | None = None) -> EventsResult:
        return self._run(self._plan("extract_events", EventsResult, article, date))


class AsyncSummarizer(_Base):
    """The asyncio twin of `Summarizer`. `gate` admits every HTTP attempt (batch rate limits)."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        gate: Gate | None = None,
        grounding_pool: GroundingPool | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(config, **kwargs)
        self.gate = gate
        # where answers are grounded: worker processes, or (None) this event loop
        self.grounding_pool = grounding_pool
        self._client = make_openai_client(self.config, is_async=True, gate=gate)

    async def aclose(self) -> None:
        """Close the HTTP connections and stop the grounding workers (also done by
        `async with AsyncSummarizer(...) as s:`)."""
        await cast(openai.AsyncOpenAI, self._client).close()
        if self.grounding_pool is not None:
            self.grounding_pool.close()

    async def __aenter__(self) -> AsyncSummarizer:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _call(self, call: Call) -> BaseModel:
        if self.grounding_pool is not None:
            return await self._call_grounding_apart(call, self.grounding_pool)
        with grounded_on(call.grounding):
            while True:
                call.mode = self.modes.current
                try:
                    answer: BaseModel = await self._create_for(call.mode)(**call.request(call.mode))
                    return answer
                except (InstructorError, ValidationError) as exc:
                    kept = self._retry(call, exc)
                    if kept is not None:
                        return kept

    async def _call_grounding_apart(self, call: Call, pool: GroundingPool) -> BaseModel:
        """`_call` with grounding in `pool`: on the loop, instructor checks the answer's types
        (and re-asks for those); the pool grounds it; a grounding problem is re-asked here with
        instructor's own re-ask messages, within the same number of attempts."""
        turns: list[dict[str, Any]] = []  # the re-asks for grounding problems so far
        first = call.attempts.count  # answers before this mode (a fallback starts afresh)
        while True:
            call.mode = mode = self.modes.current
            request = call.request(mode)
            if turns:
                used = call.attempts.count - first
                request = {**request, "max_retries": call.max_reasks - used}
            try:
                with reasks_sent(len(request["messages"]), turns):
                    # instructor reads the answer's types, and re-asks for those, on the loop
                    await self._create_for(mode)(**request)
            except (InstructorError, ValidationError) as exc:
                kept = self._retry(call, exc)
                if kept is not None:
                    return kept
                turns, first = [], call.attempts.count
                continue
            try:  # the answer as instructor read it, grounded in a worker
                return await pool.ground(call.body, call.attempts.last_answer or "", call.grounding)
            except ValidationError as exc:
                call.attempts.on_parse_error(exc)
                if call.attempts.count - first <= call.max_reasks:
                    messages = [*request["messages"], *turns]
                    sent = request_body({**request, "messages": messages}, INSTRUCTOR_MODES[mode])
                    completion = call.attempts.last_response
                    turns += reask_turns(sent, INSTRUCTOR_MODES[mode], completion, exc)
                    continue
                failure = call.exhausted([Problem(r.rule, r.message) for r in call.attempts.reasks])
                exhausted = self._part_to_keep(call, failure)
                if exhausted is not None:  # what is kept is worked out in the pool too
                    answer = call.attempts.last_answer or ""
                    try:
                        kept, dropped = await pool.keep(call.body, answer, call.grounding)
                    except NothingKept as why:
                        raise call.nothing_kept(exhausted, why) from None
                    return call.kept(kept, dropped)
                turns, first = [], call.attempts.count

    async def _run(self, plan: Plan[T]) -> T:
        step = next(plan)
        while True:
            try:
                if isinstance(step, list):  # within the same rate gate as every other call
                    step = plan.send(await asyncio.gather(*(self._call(c) for c in step)))
                else:
                    step = plan.send(await self._call(step))
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]

    async def run_task(
        self, task: Task, article: ArticleInput, *, date: dt.date | None = None
    ) -> Analysis | SummaryResult | EventsResult:
        """The asyncio twin of `Summarizer.run_task`."""
        return await self._run(self._plan(task, RESULT_TYPES[task], article, date))

    async def analyze(self, article: ArticleInput, *, date: dt.date | None = None) -> Analysis:
        return await self._run(self._plan("analyze", Analysis, article, date))

    async def summarize(
        self, article: ArticleInput, *, date: dt.date | None = None
    ) -> SummaryResult:
        return await self._run(self._plan("summarize", SummaryResult, article, date))

    async def extract_events(
        self, article: ArticleInput, *, date: dt.date | None = None
    ) -> EventsResult:
        return await self._run(self._plan("extract_events", EventsResult, article, date))


def analyze(article: ArticleInput, *, date: dt.date | None = None, **settings: Any) -> Analysis:
    """Shortcut: `Summarizer(**settings).analyze(article)`."""
    with Summarizer(**settings) as summarizer:
        return summarizer.analyze(article, date=date)


def summarize(
    article: ArticleInput, *, date: dt.date | None = None, **settings: Any
) -> SummaryResult:
    with Summarizer(**settings) as summarizer:
        return summarizer.summarize(article, date=date)


def extract_events(
    article: ArticleInput, *, date: dt.date | None = None, **settings: Any
) -> EventsResult:
    with Summarizer(**settings) as summarizer:
        return summarizer.extract_events(article, date=date)
