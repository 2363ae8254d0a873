"""Several reports of one story, merged into one event set that keeps who said what.

reports -> analyse each (cache-aware) -> tag evidence with its report
        -> merge events by code (`summarizer.core.merge`), asking the model only about unsure pairs
        -> timeline, and a digest summary whose every statement cites the reports
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from summarizer.checks.alignment import ArticleText
from summarizer.core.cache import ResultCache, cache_key
from summarizer.core.chunking import each_evidence
from summarizer.core.merge import merge_entities, merge_events, unsure_pairs
from summarizer.core.models import (
    Analysis,
    Article,
    Event,
    Evidence,
    GroundingContext,
)
from summarizer.core.pipeline import Call, Plan, Summarizer, as_article, metadata_for
from summarizer.core.prompts import fenced, load_prompt
from summarizer.digests.models import Digest, DigestEvent, DigestSummary, ReportRef, SameEvent

__all__ = ["digest"]


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
    return {
        "id": event.id,
        "type": event.type,
        "description": event.description,
        "reports": event.reports,
        "casualties": figures,
    }


def _timeline_key(event: Event) -> tuple[int, dt.date]:
    start = event.time.start if event.time and event.time.start else None
    return (0, start) if start else (1, dt.date.max)


def _digest_plan(
    config: Any, articles: Sequence[Article], analyses: Sequence[Analysis]
) -> Plan[Digest]:
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
            "adjudicate",
            first=_record(a),
            second=_record(b),
            reports=_reports_block(articles),
            first_report=articles[key_a[0]].id,
            second_report=articles[key_b[0]].id,
        )
        calls.append(Call(config, SameEvent, messages, library))
        ruling: SameEvent = yield calls[-1]
        verdicts[(key_a, key_b)] = verdicts[(key_b, key_a)] = ruling.same
        decisions.append(
            {
                "first": f"{articles[key_a[0]].id}:{key_a[1]}",
                "second": f"{articles[key_b[0]].id}:{key_b[1]}",
                "same": ruling.same,
                "reason": ruling.reason,
                "citations": [c.model_dump(mode="json") for c in ruling.citations],
            }
        )
    merged = merge_events(groups, decide=lambda x, y: verdicts.get((x, y), False))
    timeline = sorted(merged, key=_timeline_key)
    renumber = {e.id: f"E{n}" for n, e in enumerate(timeline, start=1)}
    events: list[DigestEvent] = []
    for event in timeline:
        reports = _reports_of(event)
        links = [
            link.model_copy(update={"event_id": renumber[link.event_id]}) for link in event.links
        ]
        events.append(
            DigestEvent.model_validate(
                {**dict(event), "id": renumber[event.id], "links": links, "reports": reports}
            )
        )

    summary_input = json.dumps([_brief(e) for e in events], ensure_ascii=False, indent=1)
    calls.append(
        Call(
            config,
            DigestSummary,
            _messages("digest", events=summary_input, reports=_reports_block(articles)),
            library,
        )
    )
    summary: DigestSummary = yield calls[-1]

    metadata = metadata_for(
        config,
        ["analyze", "adjudicate", "digest"],
        calls,
        [a.text for a in articles],
        earlier=[a.metadata for a in analyses],
    )
    return Digest(
        reports=[
            ReportRef(
                id=a.id or "",
                title=a.title,
                date=a.date or (an.summary.dateline.date if an.summary.dateline else None),
                headline=an.summary.headline,
            )
            for a, an in zip(articles, analyses, strict=True)
        ],
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
        hit = (
            cache.get_checked(
                key, "analyze", article, partial_ok=summarizer.config.on_invalid == "partial"
            )
            if cache is not None
            else None
        )
        if hit is not None:
            analyses.append(Analysis.model_validate_json(hit))
            continue
        analysis = summarizer.analyze(article)
        if cache is not None:
            cache.put(key, analysis.model_dump_json())
        analyses.append(analysis)
    return summarizer._run(_digest_plan(summarizer.config, articles, analyses))
