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
from collections.abc import Iterator
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

from summarizer.checks.alignment import Alignment, ArticleText
from summarizer.checks.coverage import missing_figure
from summarizer.checks.dates import phrase_date, time_problem
from summarizer.checks.figures import ATTRIBUTION, figure_problem
from summarizer.checks.places import place_country_problem, place_problem
from summarizer.checks.statements import Support, statement_problem

SCHEMA_VERSION = "1.0.0"

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

_FORWARD_LOOKING: frozenset[str] = frozenset({"threatened", "planned"})
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


def active_grounding(info: ValidationInfo) -> GroundingContext | None:
    context = info.context
    given = context.get("grounding") if isinstance(context, dict) else None
    return given if isinstance(given, GroundingContext) else _current_grounding.get()


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
        (self.start, self.end), self.alignment = grounding.article.ground_aligned(self.quote)
        if self.alignment == "typography":
            self.quote = grounding.article.text[self.start : self.end]
        return self


def _require_mention(info: ValidationInfo, what: str, *names: str | None) -> None:
    grounding = active_grounding(info)
    present = [n for n in names if n]
    if grounding is None or not present:
        return
    if not any(grounding.article.mentions(n) for n in present):
        shown = "' / '".join(present)
        raise ValueError(f"{what} '{shown}' does not occur in the article; use the words it uses")


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
                problem = place_problem(what, name, grounding.article) if name else None
                if problem:
                    raise ValueError(problem)
            problem = place_country_problem(self.place, self.country)
            if problem:
                raise ValueError(problem)
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
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"time range ends ({self.end}) before it starts ({self.start})")
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
        low, high, q = self.min, self.max, self.qualifier
        if low is None and high is None:
            raise ValueError(f"figure '{self.phrase}' needs min or max")
        if low is not None and high is not None and low > high:
            raise ValueError(f"figure '{self.phrase}': min {low} is greater than max {high}")
        if q == "exact" and low != high:
            raise ValueError(f"figure '{self.phrase}' is exact, so min and max must be equal")
        if q in ("at_least", "more_than") and low is None:
            raise ValueError(f"figure '{self.phrase}' ({q}) needs min")
        if q in ("up_to", "fewer_than") and high is None:
            raise ValueError(f"figure '{self.phrase}' ({q}) needs max")
        if q == "between" and (low is None or high is None):
            raise ValueError(f"figure '{self.phrase}' (between) needs min and max")
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
        problem = figure_problem(
            self.kind,
            count.phrase,
            count.qualifier,
            count.min,
            count.max,
            evidence.quote,
            before=before,
        )
        if problem:
            raise ValueError(problem)
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
        if grounding.article.locate(self.phrase) is None:
            raise ValueError(grounding.article.quote_error(self.phrase))
        stated = phrase_date(self.phrase)
        if stated is not None and self.date != stated:
            raise ValueError(
                f"dateline '{self.phrase}' states {stated}, not {self.date}; give the date "
                "the dateline states"
            )
        known = grounding.dateline
        if known is not None and self.date is not None and self.date != known:
            raise ValueError(
                f"dateline date {self.date} disagrees with the input's own date {known}; use "
                f"{known}"
            )
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


def _check_events(events: list[Event]) -> None:
    """Cross-event rules: unique ids, links that resolve."""
    ids = [e.id for e in events]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise ValueError(f"event ids must be unique; repeated: {', '.join(duplicated)}")
    for event in events:
        for link in event.links:
            if link.event_id == event.id:
                raise ValueError(f"event {event.id} links to itself")
            if link.event_id not in ids:
                raise ValueError(
                    f"event {event.id} links to '{link.event_id}', which is not an event id "
                    f"(ids: {', '.join(ids)})"
                )


def _reference_date(info: ValidationInfo, summary: Summary | None) -> dt.date | None:
    grounding = active_grounding(info)
    if grounding is None:
        return None
    if grounding.dateline is not None:
        return grounding.dateline
    return summary.dateline.date if summary and summary.dateline else None


def _ground_meaning(
    grounding: GroundingContext,
    reference: dt.date | None,
    summary: Summary | None,
    events: list[Event],
    entities: list[Actor],
    *,
    coverage: bool = True,
) -> None:
    """Rules that read an answer as a whole against the article: each event's time, who
    gives each figure, what every free-text statement says, and casualty figures missed."""
    article = grounding.article
    actors = [*entities, *(a for e in events for a in (e.initiator, e.target) if a)]
    groups = [[a.name, a.canonical_name, *a.aliases] for a in actors]

    def support(evidence: list[Evidence], **extra: Any) -> Support:
        located = [e for e in evidence if e.start is not None and e.end is not None]
        if not located:
            return Support(article.text, "the article", reference, groups, **extra)
        text = "\n".join(dict.fromkeys(article.paragraph(e.start, e.end) for e in located))  # type: ignore[arg-type]
        return Support(text, "its evidence", reference, groups, **extra)

    problems: list[str | None] = []
    for event in events:
        time, forward = event.time, event.status in _FORWARD_LOOKING
        if time is not None:
            problems.append(
                time_problem(
                    f"event {event.id}",
                    time.phrase,
                    time.start,
                    time.end,
                    time.precision,
                    reference,
                    forward=forward,
                    in_article=not time.phrase or article.mentions(time.phrase),
                )
            )
        for index, figure in enumerate(event.casualties):
            problems.append(_source_problem(article, groups, event.id, index, figure))
        own = [n for a in (event.initiator, event.target) if a for n in (a.name, *a.aliases)]
        if event.location:
            own += [event.location.place, event.location.country or "", event.location.region or ""]
        passages = [*event.evidence, *(f.evidence for f in event.casualties)]
        passages += [c.evidence for c in event.claims]
        dates = [(time.start, time.end or time.start)] if time and time.start else []
        problems.append(
            statement_problem(
                f"event {event.id} description",
                event.description,
                support(passages, own_names=own, own_dates=dates),
            )
        )
        for index, claim in enumerate(event.claims):
            problems.append(
                statement_problem(
                    f"event {event.id} claim {index + 1} statement",
                    claim.statement,
                    support([claim.evidence], own_names=[claim.source]),
                )
            )
    if summary is not None:
        whole = support([])
        problems.append(statement_problem("the headline", summary.headline, whole))
        problems.append(statement_problem("the summary paragraph", summary.summary, whole))
        for index, point in enumerate(summary.key_points):
            problems.append(
                statement_problem(f"key point {index + 1}", point.text, support(point.evidence))
            )
    if coverage:
        figures = [f for e in events for f in e.casualties]
        cited = [
            (e.start, e.end)
            for event in events
            for e in [*event.evidence, *(f.evidence for f in event.casualties)]
            if e.start is not None and e.end is not None
        ]
        problems.append(missing_figure(article, figures, cited))
    first = next((p for p in problems if p), None)
    if first:
        raise ValueError(first)


def _source_problem(
    article: ArticleText,
    groups: list[list[str]],
    event_id: str,
    index: int,
    figure: CasualtyFigure,
) -> str | None:
    """A figure's source, or one of its aliases, is named where the article gives the figure:
    in the quote's sentence when that sentence attributes it ("..., the ministry said"), in
    its paragraph otherwise ("Two soldiers were killed." after "According to the ministry")."""
    evidence = figure.evidence
    if not figure.source or evidence.start is None or evidence.end is None:
        return None
    sentence = article.sentence(evidence.start, evidence.end)
    where = sentence if ATTRIBUTION.search(sentence) else None
    passage = ArticleText(where or article.paragraph(evidence.start, evidence.end))
    names = [figure.source]
    source = ArticleText(figure.source)
    for group in groups:  # "Governor Anna Petrosk" is the entity "Anna Petrosk", alias "Governor"
        forms = [name for name in group if name]
        if any(
            source.mentions(form) or ArticleText(form).mentions(figure.source) for form in forms
        ):
            names += [group[0], *group[2:]]
    if any(passage.mentions(name) for name in names if name):
        return None
    return (
        f"event {event_id}: {figure.kind} figure '{figure.count.phrase}' is credited to "
        f"'{figure.source}', who is not named where the article gives it; credit the source "
        "that paragraph names, or null when the article states the figure itself"
    )


class SummaryBody(ContractModel):
    """The model's answer to 'summarize'."""

    summary: Summary

    @model_validator(mode="after")
    def _cross_check(self, info: ValidationInfo) -> SummaryBody:
        grounding = active_grounding(info)
        if grounding is not None:
            reference = _reference_date(info, self.summary)
            _ground_meaning(grounding, reference, self.summary, [], [], coverage=False)
        return self


class EventsBody(ContractModel):
    """The model's answer to 'extract events'."""

    events: list[Event] = Field(default_factory=list)
    entities: list[Actor] = Field(
        default_factory=list, description="Every actor the article names, once each."
    )

    @model_validator(mode="after")
    def _cross_check(self, info: ValidationInfo) -> EventsBody:
        _check_events(self.events)
        grounding = active_grounding(info)
        if grounding is not None:
            reference = _reference_date(info, None)
            _ground_meaning(grounding, reference, None, self.events, self.entities)
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
        _check_events(self.events)
        grounding = active_grounding(info)
        if grounding is not None:
            reference = _reference_date(info, self.summary)
            _ground_meaning(grounding, reference, self.summary, self.events, self.entities)
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
    created_at: dt.datetime


class Analysis(AnalysisBody):
    """A grounded analysis of one article: summary, events, entities and how it was made."""

    metadata: Metadata


class SummaryResult(SummaryBody):
    metadata: Metadata


class EventsResult(EventsBody):
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
            raise ValueError(f"article id '{self.article_id}' is not one of: {known}")
        try:
            (self.start, self.end), self.alignment = article.ground_aligned(self.quote)
        except ValueError as problem:
            raise ValueError(f"article {self.article_id}: {problem}") from None
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
    problem = statement_problem(label, text, support)
    if problem:
        raise ValueError(problem)


class Article(ContractModel):
    """One input article. Only `text` is required; `date` is the publication date (dateline)."""

    text: str
    id: str | None = None
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    url: str | None = None

    model_config = ConfigDict(str_strip_whitespace=False)
