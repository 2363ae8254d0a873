"""The data this library produces: summaries, event records and the metadata of a run.

These models are the published contract (their JSON Schemas live in `schemas/`). Two kinds of
field exist:

* fields the model fills (quotes, names as written, figures) - validated and *grounded* against
  the article whenever the article is passed as validation context;
* fields the library computes (quote offsets, the conservative casualty figure, metadata) -
  marked read-only and hidden from the schema the model is shown.

Validation without an article in the context (e.g. loading a saved result) checks types only.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    computed_field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from summarizer.checks.alignment import Alignment, ArticleText
from summarizer.checks.answer import (
    Path,
    links_problem,
    links_problems,
    meaning_problem,
    meaning_problems,
    mention_problem,
)
from summarizer.checks.dates import dateline_problem, time_range_problem
from summarizer.checks.figures import count_problem, figure_problem
from summarizer.checks.places import place_country_problem, place_problem
from summarizer.checks.rules import Problem, guarded
from summarizer.checks.statements import Support, statement_problem

log = logging.getLogger("summarizer")

SCHEMA_VERSION = "1.2.0"

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
ActorKind = Literal[
    "state_forces",
    "government",
    "militia",
    "rebel_group",
    "political_party",
    "civilians",
    "protesters",
    "organisation",
    "person",
    "other",
]
EventStatus = Literal["occurred", "claimed", "alleged", "denied", "threatened", "planned"]
Qualifier = Literal["exact", "at_least", "more_than", "up_to", "fewer_than", "about", "between"]
Precision = Literal["day", "week", "month", "year"]
CasualtyKind = Literal["killed", "wounded", "missing", "arrested", "displaced", "kidnapped"]
ClaimStance = Literal["assertion", "denial", "threat", "condemnation", "demand", "other"]
LinkKind = Literal["retaliation_for", "response_to", "caused_by", "part_of", "follows"]

READ_ONLY: dict[str, Any] = {"readOnly": True}


class GroundingContext(BaseModel):
    """What validators check an answer against; passed as pydantic validation context."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    article: ArticleText
    dateline: dt.date | None = None  # publication date known from the input, if any
    library: dict[str, ArticleText] = Field(default_factory=dict)  # several articles, by id

    def as_context(self) -> dict[str, Any]:
        return {"grounding": self}


# instructor renders message text as a Jinja template whenever it is given a validation context,
# which would let an article's "{{ ... }}" reach a template engine. The pipeline therefore hands
# the article to the validators through this variable instead (one value per thread or task).
_current_grounding: ContextVar[GroundingContext | None] = ContextVar("grounding", default=None)


@contextmanager
def grounded_on(grounding: GroundingContext) -> Iterator[None]:
    """Within this block, validation grounds answers on `grounding`."""
    token = _current_grounding.set(grounding)
    try:
        yield
    finally:
        _current_grounding.reset(token)


# While a partial result is being kept (core/partial.py), the rules that read the answer as a
# whole report every problem with its place here instead of raising the first.
_collected: ContextVar[list[tuple[Path, Problem]] | None] = ContextVar("collected", default=None)


@contextmanager
def collecting_problems() -> Iterator[list[tuple[Path, Problem]]]:
    """Within this block, whole-answer rules add every (path, problem) to the list yielded
    and let validation pass; field rules raise as usual."""
    found: list[tuple[Path, Problem]] = []
    token = _collected.set(found)
    try:
        yield found
    finally:
        _collected.reset(token)


def active_grounding(info: ValidationInfo) -> GroundingContext | None:
    context = info.context
    given = context.get("grounding") if isinstance(context, dict) else None
    return given if isinstance(given, GroundingContext) else _current_grounding.get()


def enforce(rule: str, check: Callable[..., Problem | None], *args: Any, **kwargs: Any) -> None:
    """Run a grounding check (`rule` names it should it fault) and raise what it finds as
    the rule's validation error."""
    problem = guarded(rule, check)(*args, **kwargs)
    if problem is not None:
        raise problem.error()


class ContractModel(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class Evidence(ContractModel):
    """A passage copied verbatim from the article that supports a fact."""

    quote: str = Field(
        min_length=1,
        description="Words copied exactly from the article (a sentence or clause).",
    )
    start: int | None = Field(
        default=None,
        ge=0,
        json_schema_extra=READ_ONLY,
        description="Offset of the quote's first character (computed by the library).",
    )
    end: int | None = Field(
        default=None,
        ge=0,
        json_schema_extra=READ_ONLY,
        description="Offset just past the quote's last character (computed by the library).",
    )
    document: str | None = Field(
        default=None,
        json_schema_extra=READ_ONLY,
        description="The report quoted, when a result combines several (set by the library).",
    )
    alignment: Alignment | None = Field(
        default=None,
        json_schema_extra=READ_ONLY,
        description=(
            "How the quote matched the article (set by the library): exact, or typography "
            "(first-letter case, spaces before punctuation, quote marks or a trailing stop "
            "differed; the quote is then replaced by the article's own text)."
        ),
    )

    @model_validator(mode="after")
    def _locate_in_article(self, info: ValidationInfo) -> Evidence:
        grounding = active_grounding(info)
        if grounding is None:
            return self
        (self.start, self.end), self.alignment = _located(grounding.article, self.quote)
        if self.alignment == "typography":
            self.quote = grounding.article.text[self.start : self.end]
        return self


def _located(article: ArticleText, quote: str) -> tuple[tuple[int, int], Alignment]:
    """Where `quote` stands in `article`, or its rule's validation error (a fault of the
    matcher is a failure of the quote rule, never an internal error)."""
    try:
        return article.ground_aligned(quote)
    except ValueError:
        raise
    except Exception as exc:  # noqa: BLE001 - see guarded(): a fault is the rule's failure
        log.warning("the quote_not_in_article check failed on a quote (%s)", type(exc).__name__)
        shown = " ".join(quote.split())[:120]
        message = f"quote '{shown}' could not be matched to the article; quote it verbatim"
        raise Problem("quote_not_in_article", message).error() from None


def _require_mention(info: ValidationInfo, what: str, *names: str | None) -> None:
    grounding = active_grounding(info)
    if grounding is not None:
        enforce("name_not_in_article", mention_problem, grounding.article, what, *names)


class Actor(ContractModel):
    """A participant: a state, force, group, organisation or person."""

    name: str = Field(min_length=1, description="The name exactly as the article writes it.")
    canonical_name: str = Field(
        min_length=1,
        description=(
            "One standard name for this actor, the same wherever it appears. Model knowledge by "
            "design: the article may not use it, and it is not grounded."
        ),
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other names the article uses for the same actor."
    )
    kind: ActorKind

    @model_validator(mode="after")
    def _named_in_article(self, info: ValidationInfo) -> Actor:
        _require_mention(info, "actor", self.name, *self.aliases)
        return self


class Location(ContractModel):
    place: str = Field(min_length=1, description="The place exactly as the article writes it.")
    country: str | None = Field(default=None, description="Country name in English.")
    region: str | None = Field(
        default=None, description="Province, governorate or state, if known."
    )

    @model_validator(mode="after")
    def _named_in_article(self, info: ValidationInfo) -> Location:
        _require_mention(info, "place", self.place)
        grounding = active_grounding(info)
        if grounding is not None:
            for what, name in (("country", self.country), ("region", self.region)):
                if name:
                    enforce("place_not_in_article", place_problem, what, name, grounding.article)
            enforce("place_in_other_country", place_country_problem, self.place, self.country)
        return self


class EventTime(ContractModel):
    """When an event happened, as written and resolved against the dateline."""

    phrase: str | None = Field(
        default=None, description="The time expression as written, e.g. 'on Sunday', 'last week'."
    )
    start: dt.date | None = Field(default=None, description="First day the phrase can mean (ISO).")
    end: dt.date | None = Field(default=None, description="Last day the phrase can mean (ISO).")
    precision: Precision = "day"

    @model_validator(mode="after")
    def _ordered(self) -> EventTime:
        enforce("time_range", time_range_problem, self.start, self.end)
        if self.start and not self.end:
            self.end = self.start
        return self


class Count(ContractModel):
    """A number as news reports give it: exact, bounded or approximate."""

    phrase: str = Field(min_length=1, description="The figure as written, e.g. 'at least 19'.")
    qualifier: Qualifier = "exact"
    min: int | None = Field(default=None, ge=0, description="Lower bound, when the text gives one.")
    max: int | None = Field(default=None, ge=0, description="Upper bound, when the text gives one.")

    @model_validator(mode="after")
    def _consistent(self) -> Count:
        enforce(
            "figure_consistency", count_problem, self.phrase, self.qualifier, self.min, self.max
        )
        return self

    @property
    def lowest(self) -> int:
        """The smallest number the figure allows that the text states."""
        return self.min if self.min is not None else self.max  # type: ignore[return-value]


class CasualtyFigure(ContractModel):
    """One source's figure for one kind of casualty in one event."""

    kind: CasualtyKind
    count: Count
    source: str | None = Field(
        default=None,
        description="Who gives this figure, as written; null when the article states it itself.",
    )
    evidence: Evidence = Field(description="The passage that states this figure.")

    @model_validator(mode="after")
    def _stated_by_evidence(self, info: ValidationInfo) -> CasualtyFigure:
        if active_grounding(info) is None:
            return self
        count, evidence, article = self.count, self.evidence, active_grounding(info).article  # type: ignore[union-attr]
        before = ""
        if evidence.start is not None:
            before = article.sentence(max(0, evidence.start - 2), max(0, evidence.start - 1))
        enforce(
            "figure_kind",
            figure_problem,
            self.kind,
            count.phrase,
            count.qualifier,
            count.min,
            count.max,
            evidence.quote,
            before=before,
        )
        _require_mention(info, "source", self.source)
        return self


class Claim(ContractModel):
    """Who said what: an attributed statement, denial, threat or condemnation."""

    source: str = Field(min_length=1, description="Who said it, as written.")
    statement: str = Field(min_length=1, description="What they said, in one short sentence.")
    stance: ClaimStance = "assertion"
    evidence: Evidence

    @model_validator(mode="after")
    def _source_in_article(self, info: ValidationInfo) -> Claim:
        _require_mention(info, "source", self.source)
        return self


class EventLink(ContractModel):
    kind: LinkKind = Field(description="How this event relates to the other one.")
    event_id: str = Field(description="The id of the other event.")


class Event(ContractModel):
    """One event: who did what to whom, when, where, with what casualties, according to whom."""

    id: str = Field(min_length=1, description="Unique within the answer: E1, E2, ...")
    type: EventType = Field(description="PLOVER event type.")
    mode: str | None = Field(
        default=None,
        description="PLOVER mode, e.g. aerial, drone, explosives, firearms, demo, arrest.",
    )
    description: str = Field(min_length=1, description="One line: what happened.")
    initiator: Actor | None = None
    target: Actor | None = None
    location: Location | None = None
    time: EventTime | None = None
    status: EventStatus = "occurred"
    casualties: list[CasualtyFigure] = Field(
        default_factory=list, description="Every figure given, one per source; keep conflicts."
    )
    claims: list[Claim] = Field(default_factory=list)
    links: list[EventLink] = Field(default_factory=list)
    evidence: list[Evidence] = Field(min_length=1, description="Passages reporting the event.")

    @field_validator("mode")
    @classmethod
    def _lower_mode(cls, mode: str | None) -> str | None:
        return mode.strip().lower().replace(" ", "_") if mode else None

    @computed_field(json_schema_extra=READ_ONLY)  # type: ignore[prop-decorator]
    @property
    def conservative_casualties(self) -> dict[str, int]:
        """Per kind, the lowest figure any source gives (computed by the library)."""
        lowest: dict[str, int] = {}
        for figure in self.casualties:
            value = figure.count.lowest
            lowest[figure.kind] = min(value, lowest.get(figure.kind, value))
        return lowest


class Dateline(ContractModel):
    phrase: str = Field(min_length=1, description="The dateline or date line as written.")
    place: str | None = None
    date: dt.date | None = Field(default=None, description="Publication date (ISO).")

    @model_validator(mode="after")
    def _in_article(self, info: ValidationInfo) -> Dateline:
        grounding = active_grounding(info)
        if grounding is None:
            return self
        article = grounding.article

        def check() -> Problem | None:
            missing = (
                article.quote_error(self.phrase) if article.locate(self.phrase) is None else None
            )
            return dateline_problem(self.phrase, self.date, grounding.dateline, in_article=missing)

        enforce("dateline", check)
        return self


class KeyPoint(ContractModel):
    text: str = Field(min_length=1, description="One key point, one sentence.")
    evidence: list[Evidence] = Field(min_length=1)


class Summary(ContractModel):
    headline: str = Field(min_length=1, max_length=200)
    summary: str = Field(min_length=1, description="A short paragraph, two to four sentences.")
    key_points: list[KeyPoint] = Field(min_length=3, max_length=7)
    dateline: Dateline | None = Field(
        default=None, description="Only when the text gives a dateline or publication date."
    )


def _reference_date(info: ValidationInfo, summary: Summary | None) -> dt.date | None:
    grounding = active_grounding(info)
    if grounding is None:
        return None
    if grounding.dateline is not None:
        return grounding.dateline
    return summary.dateline.date if summary and summary.dateline else None


def _ground_meaning(
    info: ValidationInfo,
    summary: Summary | None,
    events: list[Event],
    entities: list[Actor],
    *,
    coverage: bool = True,
) -> None:
    """Event links, then the rules that read the answer as a whole (checks/answer.py)."""
    grounding = active_grounding(info)
    reference = _reference_date(info, summary)
    collected = _collected.get()
    if collected is not None:
        collected += _all_problems("event_links", lambda: links_problems(events))
        if grounding is not None:
            collected += _all_problems(
                "statement_name",
                lambda: meaning_problems(
                    grounding.article, reference, summary, events, entities, coverage=coverage
                ),
            )
        return
    enforce("event_links", links_problem, events)
    if grounding is None:
        return
    enforce(
        "statement_name",
        meaning_problem,
        grounding.article,
        reference,
        summary,
        events,
        entities,
        coverage=coverage,
    )


def _all_problems(
    rule: str, problems: Callable[[], Iterator[tuple[Path, Problem]]]
) -> list[tuple[Path, Problem]]:
    """Every problem `problems` yields; a fault inside it is one problem of the whole answer."""
    found: list[tuple[Path, Problem]] = []

    def read() -> Problem | None:
        found.extend(problems())
        return None

    fault = guarded(rule, read)()
    return found + ([((), fault)] if fault else [])


def _records_missed_figure(result: BaseModel) -> bool:
    """A partial result that already records a figure it misses is not re-asked for it."""
    metadata = getattr(result, "metadata", None)
    return any(d.rule == "missed_casualty_figure" for d in getattr(metadata, "dropped", []))


class SummaryBody(ContractModel):
    """The model's answer to 'summarize'."""

    summary: Summary

    @model_validator(mode="after")
    def _cross_check(self, info: ValidationInfo) -> SummaryBody:
        _ground_meaning(info, self.summary, [], [], coverage=False)
        return self


class EventsBody(ContractModel):
    """The model's answer to 'extract events'."""

    events: list[Event] = Field(default_factory=list)
    entities: list[Actor] = Field(
        default_factory=list, description="Every actor the article names, once each."
    )

    @model_validator(mode="after")
    def _cross_check(self, info: ValidationInfo) -> EventsBody:
        coverage = not _records_missed_figure(self)
        _ground_meaning(info, None, self.events, self.entities, coverage=coverage)
        return self


class AnalysisBody(ContractModel):
    """The model's answer to 'analyze': summary, events and entities."""

    summary: Summary
    events: list[Event] = Field(default_factory=list)
    entities: list[Actor] = Field(
        default_factory=list, description="Every actor the article names, once each."
    )

    @model_validator(mode="after")
    def _cross_check(self, info: ValidationInfo) -> AnalysisBody:
        coverage = not _records_missed_figure(self)
        _ground_meaning(info, self.summary, self.events, self.entities, coverage=coverage)
        return self


class Usage(ContractModel):
    """Tokens used, summed over every attempt of one request."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class Reask(ContractModel):
    """One answer that failed a check and was sent back to the model."""

    attempt: int = Field(ge=1, description="Which answer of the request failed (1 = first).")
    rule: str = Field(description="The check that failed (see docs/grounding.md).")
    message: str = Field(description="What the model was told.")


class Dropped(ContractModel):
    """A part of the last answer left out of a partial result, and the rule it broke."""

    path: str = Field(
        description="Where it stood in the model's answer, e.g. 'events[1].claims[0]' (a long "
        "article's parts are prefixed: 'chunk 2: ...', 'combine: ...')."
    )
    rule: str = Field(description="The check it failed (see docs/grounding.md).")
    message: str = Field(description="What the check found.")
    item: Any = Field(
        default=None,
        description="The part as the model gave it; null when nothing could be dropped to mend "
        "the problem (a casualty figure the events miss).",
    )


class Metadata(ContractModel):
    """How a result was made."""

    model: str
    mode: str
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    attempts: int = Field(ge=1, description="Model answers requested, re-asks included.")
    chunks: int = Field(default=1, ge=1, description="Parts a long article was read in.")
    reasks: list[Reask] = Field(
        default_factory=list, description="Every answer sent back for correction, and why."
    )
    usage: Usage
    input_sha256: str
    language: str | None = Field(
        default=None,
        description="The article's language (ISO 639-1), detected from its text: English by "
        "its function words, any other by py3langid. None when it could not be told.",
    )
    answer_language: str | None = Field(
        default=None,
        description="The language the answer's own words are in (headline, summary, key "
        "points, event descriptions, claims), told as `language` is: an English summary of a "
        "French article says en here and fr there.",
    )
    created_at: dt.datetime
    dropped: list[Dropped] = Field(
        default_factory=list,
        description="What a partial result leaves out (empty when complete).",
    )


_COMPLETE = Field(
    default=True,
    description="False for a partial result (--on-invalid partial): the parts of the last "
    "answer that still broke a rule when the attempts ran out were dropped, and "
    "metadata.dropped lists each one. Everything a result holds passes every rule either way.",
)


class Analysis(AnalysisBody):
    """A grounded analysis of one article: summary, events, entities and how it was made."""

    complete: bool = _COMPLETE
    metadata: Metadata


class SummaryResult(SummaryBody):
    complete: bool = _COMPLETE
    metadata: Metadata


class EventsResult(EventsBody):
    complete: bool = _COMPLETE
    metadata: Metadata


# The result each task returns.
RESULT_TYPES: dict[str, type[Analysis] | type[SummaryResult] | type[EventsResult]] = {
    "analyze": Analysis,
    "summarize": SummaryResult,
    "extract_events": EventsResult,
}


def _strip_read_only(schema: dict[str, Any]) -> dict[str, Any]:
    for node in [schema, *schema.get("$defs", {}).values()]:
        properties = node.get("properties", {})
        hidden = [name for name, prop in properties.items() if prop.get("readOnly")]
        for name in hidden:
            del properties[name]
        if "required" in node:
            node["required"] = [name for name in node["required"] if name not in hidden]
    return schema


@cache
def answer_model(body: type[BaseModel]) -> type[BaseModel]:
    """`body` as the model is shown it: the same validators, no library-computed fields."""

    schemas: dict[str, str] = {}

    def model_json_schema(cls: type[BaseModel], *args: Any, **kwargs: Any) -> dict[str, Any]:
        # instructor asks for the schema on every request; building it costs milliseconds,
        # a fresh copy from JSON a few microseconds.
        key = repr((cls, args, sorted(kwargs.items())))
        if key not in schemas:
            schema = super(answer, cls).model_json_schema(*args, **kwargs)  # type: ignore[misc]
            schemas[key] = json.dumps(_strip_read_only(schema))
        result: dict[str, Any] = json.loads(schemas[key])
        return result

    name = body.__name__.replace("Body", "Answer")
    namespace = {
        "__module__": body.__module__,
        "__doc__": body.__doc__,
        "model_json_schema": classmethod(model_json_schema),
    }
    # Deriving from instructor's OpenAISchema here, once, spares instructor from deriving a new
    # class from `body` on every request (it skips models that already are one). Imported
    # here: instructor loads the openai SDK, which reading or printing a result does not need.
    from instructor import OpenAISchema

    answer: type[BaseModel] = type(name, (body, OpenAISchema), namespace)
    return answer


@cache
def checking_model(body: type[BaseModel]) -> type[BaseModel]:
    """`body` under its answer's name, without instructor: what a process that only checks
    answers (core/grounding_pool.py) validates them with, so that it loads no SDK. The same
    validators, and the same title in its errors, as `answer_model(body)`."""
    name = body.__name__.replace("Body", "Answer")
    return type(name, (body,), {"__module__": body.__module__, "__doc__": body.__doc__})


# Bounds a constrained decoder is given that the contract does not state: a small model under
# a grammar otherwise repeats list items or sentences until it runs out of tokens. Answers
# themselves are validated against the contract; these only keep the decoder finite.
_DECODING_MAX_ITEMS = {"events": 12, "entities": 16, "evidence": 3, "casualties": 6}
_DECODING_MAX_ITEMS |= {"claims": 4, "links": 4, "aliases": 4, "citations": 4}
_DECODING_MAX_LENGTH = {"summary": 1000, "id": 8, "event_id": 8, "mode": 24, "country": 60}
_DECODING_DEFAULTS = (8, 300)  # any other list, any other string


@cache
def decoding_schema(answer: type[BaseModel]) -> dict[str, Any]:
    """The schema of `answer` with a bound on every list and string, for grammar-constrained
    decoding (`json_grammar` mode)."""
    schema = answer.model_json_schema()

    def bound(name: str, node: dict[str, Any]) -> None:
        for option in [node, *node.get("anyOf", [])]:
            if option.get("type") == "array" and "maxItems" not in option:
                option["maxItems"] = _DECODING_MAX_ITEMS.get(name, _DECODING_DEFAULTS[0])
            if option.get("type") == "string" and "maxLength" not in option:
                if "enum" not in option and "format" not in option:
                    option["maxLength"] = _DECODING_MAX_LENGTH.get(name, _DECODING_DEFAULTS[1])

    for node in [schema, *schema.get("$defs", {}).values()]:
        for name, prop in node.get("properties", {}).items():
            bound(name, prop)
    return schema


class Citation(ContractModel):
    """A quote from one of the articles that supports the answer."""

    article_id: str = Field(min_length=1, description="The id of the article quoted.")
    quote: str = Field(min_length=1, description="Words copied exactly from that article.")
    start: int | None = Field(default=None, ge=0, json_schema_extra=READ_ONLY)
    end: int | None = Field(default=None, ge=0, json_schema_extra=READ_ONLY)
    alignment: Alignment | None = Field(default=None, json_schema_extra=READ_ONLY)

    @model_validator(mode="after")
    def _in_its_article(self, info: ValidationInfo) -> Citation:
        grounding = active_grounding(info)
        if grounding is None or not grounding.library:
            return self
        article = grounding.library.get(self.article_id)
        if article is None:
            known = ", ".join(grounding.library)
            raise Problem(
                "citation", f"article id '{self.article_id}' is not one of: {known}"
            ).error()
        try:
            (self.start, self.end), self.alignment = _located(article, self.quote)
        except PydanticCustomError as error:
            message = f"article {self.article_id}: {error.message()}"
            raise Problem(error.type, message).error() from None
        if self.alignment == "typography":
            self.quote = article.text[self.start : self.end]
        return self


def check_cited_text(
    info: ValidationInfo, label: str, text: str, citations: list[Citation]
) -> None:
    """Every number, date and name of `text` must stand in the paragraphs its citations come
    from (the same rule as an analysis's key points)."""
    grounding = active_grounding(info)
    if grounding is None or not grounding.library or not citations:
        return
    passages = [
        grounding.library[c.article_id].paragraph(c.start, c.end)
        for c in citations
        if c.article_id in grounding.library and c.start is not None and c.end is not None
    ]
    support = Support("\n".join(dict.fromkeys(passages)), "its citations")
    enforce("statement_name", statement_problem, label, text, support)


class Article(ContractModel):
    """One input article. Only `text` is required; `date` is the publication date (dateline)."""

    text: str
    id: str | None = None
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    url: str | None = None

    model_config = ConfigDict(str_strip_whitespace=False)
