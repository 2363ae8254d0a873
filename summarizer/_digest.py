"""Several reports of one story, merged into one event set that keeps who said what.

reports -> analyse each (cache-aware) -> tag evidence with its report
        -> merge events by code (`_merge`), asking the model only about unsure pairs
        -> timeline, and a digest summary whose every statement cites the reports
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Sequence
from typing import Any

from pydantic import Field, ValidationInfo, computed_field, model_validator

from ._cache import ResultCache, cache_key
from ._chat import Citation, check_cited_text
from ._chunking import each_evidence
from ._grounding import ArticleText
from ._merge import merge_entities, merge_events, unsure_pairs
from ._models import (
    READ_ONLY,
    Actor,
    Analysis,
    Article,
    ContractModel,
    Event,
    Evidence,
    GroundingContext,
    Metadata,
)
from ._pipeline import Call, Plan, Summarizer, as_article, metadata_for
from ._prompts import fenced, load_prompt

__all__ = ["Digest", "DigestEvent", "digest", "to_markdown", "to_html"]


class SameEvent(ContractModel):
    """The model's ruling on two records code could not match or separate."""

    same: bool = Field(description="True only if the reports show one and the same event.")
    reason: str = Field(min_length=1, description="One sentence: why.")
    citations: list[Citation] = Field(min_length=1, description="The passages that decide it.")


class Statement(ContractModel):
    text: str = Field(min_length=1, description="One statement of the digest.")
    citations: list[Citation] = Field(min_length=1, description="The report passages it rests on.")

    @model_validator(mode="after")
    def _backed_by_citations(self, info: ValidationInfo) -> Statement:
        check_cited_text(info, "statement", self.text, self.citations)
        return self


class DigestSummary(ContractModel):
    """The model's digest of the reports."""

    headline: str = Field(min_length=1, max_length=200)
    statements: list[Statement] = Field(min_length=2, max_length=8)


class DigestEvent(Event):
    """A merged event: every report's evidence and every source's figures, side by side."""

    reports: list[str] = Field(description="The reports that describe this event.")

    @computed_field(json_schema_extra=READ_ONLY)  # type: ignore[prop-decorator]
    @property
    def casualty_ranges(self) -> dict[str, list[int | None]]:
        """Per kind, the lowest and highest figure any source gives (null: open-ended)."""
        ranges: dict[str, list[int | None]] = {}
        for figure in self.casualties:
            low, high = figure.count.lowest, figure.count.max
            current = ranges.setdefault(figure.kind, [low, high])
            current[0] = min(current[0] or low, low)
            current[1] = None if current[1] is None or high is None else max(current[1], high)
        return ranges


class ReportRef(ContractModel):
    id: str
    title: str | None = None
    date: dt.date | None = None
    headline: str


class Digest(ContractModel):
    """Several reports of one story as one event set, a timeline and a cited summary."""

    reports: list[ReportRef]
    summary: DigestSummary
    events: list[DigestEvent] = Field(description="Merged events, in timeline order.")
    entities: list[Actor]
    decisions: list[dict[str, Any]] = Field(
        default_factory=list, description="The model's rulings on pairs code could not decide."
    )
    metadata: Metadata


def _library(articles: Sequence[Article]) -> GroundingContext:
    texts = {a.id or "": ArticleText(a.text) for a in articles}
    return GroundingContext(article=next(iter(texts.values())), library=texts)


def _reports_block(articles: Sequence[Article]) -> list[dict[str, Any]]:
    return [{"id": a.id, "date": a.date, "text": fenced(a.text)} for a in articles]


def _record(event: Event) -> str:
    data = event.model_dump(mode="json", exclude={"links", "conservative_casualties"})
    for item in data.get("evidence", []):
        item.pop("start", None), item.pop("end", None)
    return json.dumps(data, ensure_ascii=False, indent=1)


def _messages(template: str, **values: Any) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": load_prompt("system").render()},
        {"role": "user", "content": load_prompt(template).render(**values)},
    ]


def _reports_of(event: Event) -> list[str]:
    reports: set[str] = set()

    def note(evidence: Evidence) -> None:
        if evidence.document:
            reports.add(evidence.document)

    each_evidence(event, note)
    return sorted(reports)


def _brief(event: DigestEvent) -> dict[str, Any]:
    figures = [
        f"{c.kind} {c.count.phrase} ({c.source or 'the report'}, {c.evidence.document})"
        for c in event.casualties
    ]
    return {"id": event.id, "type": event.type, "description": event.description,
            "reports": event.reports, "casualties": figures}  # fmt: skip


def _timeline_key(event: Event) -> tuple[int, dt.date]:
    start = event.time.start if event.time and event.time.start else None
    return (0, start) if start else (1, dt.date.max)


def _plan(config: Any, articles: Sequence[Article], analyses: Sequence[Analysis]) -> Plan[Digest]:
    library = _library(articles)
    groups: list[list[Event]] = []
    for article, analysis in zip(articles, analyses, strict=True):
        copies = [e.model_copy(deep=True) for e in analysis.events]

        def tag(evidence: Evidence, report: str | None = article.id) -> None:
            evidence.document = report

        each_evidence(copies, tag)
        groups.append(copies)

    calls: list[Call] = []
    verdicts: dict[tuple[tuple[int, str], tuple[int, str]], bool] = {}
    decisions = []
    for key_a, a, key_b, b in unsure_pairs(groups):
        messages = _messages(
            "adjudicate", first=_record(a), second=_record(b), reports=_reports_block(articles),
            first_report=articles[key_a[0]].id, second_report=articles[key_b[0]].id,
        )  # fmt: skip
        calls.append(Call(config, SameEvent, messages, library))
        ruling: SameEvent = yield calls[-1]  # type: ignore[assignment]
        verdicts[(key_a, key_b)] = verdicts[(key_b, key_a)] = ruling.same
        decisions.append({
            "first": f"{articles[key_a[0]].id}:{key_a[1]}",
            "second": f"{articles[key_b[0]].id}:{key_b[1]}",
            "same": ruling.same, "reason": ruling.reason,
            "citations": [c.model_dump(mode="json") for c in ruling.citations],
        })  # fmt: skip
    merged = merge_events(groups, decide=lambda x, y: verdicts.get((x, y), False))
    timeline = sorted(merged, key=_timeline_key)
    renumber = {e.id: f"E{n}" for n, e in enumerate(timeline, start=1)}
    events: list[DigestEvent] = []
    for event in timeline:
        reports = _reports_of(event)
        links = [
            link.model_copy(update={"event_id": renumber[link.event_id]}) for link in event.links
        ]
        events.append(DigestEvent.model_validate(
            {**dict(event), "id": renumber[event.id], "links": links, "reports": reports}
        ))  # fmt: skip

    summary_input = json.dumps([_brief(e) for e in events], ensure_ascii=False, indent=1)
    calls.append(Call(config, DigestSummary, _messages(
        "digest", events=summary_input, reports=_reports_block(articles)), library))  # fmt: skip
    summary: DigestSummary = yield calls[-1]  # type: ignore[assignment]

    metadata = metadata_for(
        config, ["analyze", "adjudicate", "digest"], calls, [a.text for a in articles],
        earlier=[a.metadata for a in analyses],
    )  # fmt: skip
    return Digest(
        reports=[
            ReportRef(
                id=a.id or "",
                title=a.title,
                date=a.date or (an.summary.dateline.date if an.summary.dateline else None),
                headline=an.summary.headline,
            )
            for a, an in zip(articles, analyses, strict=True)
        ],  # fmt: skip
        summary=summary,
        events=events,
        entities=merge_entities([an.entities for an in analyses]),
        decisions=decisions,
        metadata=metadata,
    )


def digest(
    reports: Sequence[Article | str],
    summarizer: Summarizer | None = None,
    *,
    cache: ResultCache | None = None,
    **settings: Any,
) -> Digest:
    """Merge several reports of one story (see the module docstring)."""
    summarizer = summarizer or Summarizer(**settings)
    articles = []
    for number, item in enumerate(reports, start=1):
        article = as_article(item)
        articles.append(article.model_copy(update={"id": article.id or f"R{number}"}))
    analyses = []
    for article in articles:
        key = cache_key(summarizer.config, "analyze", article)
        hit = cache.get_checked(key, "analyze", article) if cache is not None else None
        if hit is not None:
            analyses.append(Analysis.model_validate_json(hit))
            continue
        analysis = summarizer.analyze(article)
        if cache is not None:
            cache.put(key, analysis.model_dump_json())
        analyses.append(analysis)
    return summarizer._run(_plan(summarizer.config, articles, analyses))


# --- readable renderings -----------------------------------------------------------------------


def _cite(citations: Sequence[Citation]) -> str:
    return " ".join(f"[{c.article_id}]" for c in citations)


def _figures(event: DigestEvent) -> list[str]:
    lines = []
    for kind, (low, high) in event.casualty_ranges.items():
        span = f"{low}" if low == high else f"{low} to {high if high is not None else 'more'}"
        lines.append(
            f"- {kind}: conservative {event.conservative_casualties.get(kind)}, range {span}"
        )
        for figure in (f for f in event.casualties if f.kind == kind):
            who = figure.source or "the report"
            lines.append(f"  - {figure.count.phrase}: {who} [{figure.evidence.document}]")
    return lines


def to_markdown(result: Digest) -> str:
    out = [f"# {result.summary.headline}", ""]
    out += [f"- {s.text} {_cite(s.citations)}" for s in result.summary.statements]
    out += ["", "## Reports", ""]
    out += [f"- **{r.id}** ({r.date or 'undated'}): {r.headline}" for r in result.reports]
    out += ["", "## Timeline", "", "| date | event | type | reports |", "|---|---|---|---|"]
    for e in result.events:
        when = e.time.start if e.time and e.time.start else "undated"
        out.append(f"| {when} | {e.id}: {e.description} | {e.type} | {', '.join(e.reports)} |")
    for e in result.events:
        out += ["", f"## {e.id}. {e.description}", ""]
        who = e.initiator.canonical_name if e.initiator else "unknown"
        out.append(f"{e.type}{f' ({e.mode})' if e.mode else ''}, {e.status}; initiator: {who}")
        out += _figures(e)
        out += [
            f"- {c.source} ({c.stance}): {c.statement} [{c.evidence.document}]" for c in e.claims
        ]
        out += [f'> "{ev.quote}" [{ev.document}]' for ev in e.evidence]
    if result.decisions:
        out += ["", "## Rulings on uncertain matches", ""]
        for d in result.decisions:
            ruling = "same event" if d["same"] else "different events"
            out.append(f"- {d['first']} and {d['second']}: {ruling} ({d['reason']})")
    return "\n".join(out) + "\n"


def to_html(result: Digest) -> str:
    esc = html.escape
    items = []
    for e in result.events:
        when = e.time.start if e.time and e.time.start else "undated"
        figures = "".join(f"<li>{esc(line.strip('- '))}</li>" for line in _figures(e))
        quotes = "".join(
            f"<blockquote>{esc(ev.quote)} <cite>{esc(ev.document or '')}</cite></blockquote>"
            for ev in e.evidence
        )
        items.append(
            f'<li class="event"><time>{esc(str(when))}</time> '
            f"<strong>{esc(e.id)} {esc(e.type)}</strong> {esc(e.description)} "
            f"<small>({esc(', '.join(e.reports))})</small><ul>{figures}</ul>{quotes}</li>"
        )
    statements = "".join(f"<li>{esc(s.text)} <small>{esc(_cite(s.citations))}</small></li>"
                         for s in result.summary.statements)  # fmt: skip
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(result.summary.headline)}</title><style>"
        "body{font-family:sans-serif;max-width:50rem;margin:2rem auto;line-height:1.4}"
        "ol.timeline{border-left:3px solid #888;list-style:none;padding-left:1rem}"
        "time{font-weight:bold;color:#555}blockquote{color:#333;margin:.3rem 1rem}"
        "</style></head><body>"
        f"<h1>{esc(result.summary.headline)}</h1><ul>{statements}</ul>"
        f'<h2>Timeline</h2><ol class="timeline">{"".join(items)}</ol></body></html>\n'
    )
