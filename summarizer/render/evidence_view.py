"""A result seen against its article: one self-contained HTML page (no network, inline CSS and a
little JS) with every evidence span marked at its offsets, one colour per event, beside the
summary, the events as cards and a timeline.

Every piece of text on the page - the article's and the model's - is escaped: both are untrusted.
A result whose offsets do not fit the article given is refused, since its marks would lie.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

__all__ = ["Span", "ViewError", "evidence_in", "evidence_page", "spans_of", "write_pages"]


class ViewError(ValueError):
    """The result cannot be shown against this article (its offsets do not fit)."""


@dataclass
class Span:
    """One evidence quote at its offsets, and what it backs ("event e1: killed 9, police")."""

    id: str
    start: int
    end: int
    quote: str
    group: str  # "summary", or the id of the event it belongs to: its colour
    roles: list[str] = field(default_factory=list)


def _evidence(node: Mapping[str, Any] | None) -> Iterator[Mapping[str, Any]]:
    if node and node.get("start") is not None and node.get("end") is not None:
        yield node


def spans_of(result: Mapping[str, Any]) -> list[Span]:
    """Every located evidence quote of a result (an analysis, events or a summary, as JSON),
    with the facts it backs; one span per distinct (start, end, group)."""
    found: dict[tuple[int, int, str], Span] = {}

    def add(evidence: Mapping[str, Any], group: str, role: str) -> None:
        key = (int(evidence["start"]), int(evidence["end"]), group)
        if key not in found:
            found[key] = Span(f"s{len(found) + 1}", key[0], key[1], str(evidence["quote"]), group)
        if role not in found[key].roles:
            found[key].roles.append(role)

    summary = result.get("summary") or {}
    for number, point in enumerate(summary.get("key_points") or [], start=1):
        for evidence in point.get("evidence") or []:
            for located in _evidence(evidence):
                add(located, "summary", f"key point {number}: {point.get('text', '')}")
    for event in result.get("events") or []:
        label = f"event {event.get('id')} ({event.get('type')})"
        for evidence in event.get("evidence") or []:
            for located in _evidence(evidence):
                add(located, str(event.get("id")), f"{label}: evidence")
        for figure in event.get("casualties") or []:
            role = f"{label}: {figure.get('kind')} {_count(figure.get('count') or {})}"
            role += f", according to {figure['source']}" if figure.get("source") else ""
            for located in _evidence(figure.get("evidence")):
                add(located, str(event.get("id")), role)
        for claim in event.get("claims") or []:
            role = f"{label}: {claim.get('source')} ({claim.get('stance')}): "
            role += str(claim.get("statement"))
            for located in _evidence(claim.get("evidence")):
                add(located, str(event.get("id")), role)
    return sorted(found.values(), key=lambda s: (s.start, s.end))


def _count(count: Mapping[str, Any]) -> str:
    low, high = count.get("min"), count.get("max")
    numbers = f"{low}" if low == high or high is None else f"{low}-{high}" if low else f"<={high}"
    qualifier = str(count.get("qualifier") or "exact").replace("_", " ")
    return numbers if qualifier == "exact" else f"{qualifier} {numbers}"


def _check_offsets(spans: Sequence[Span], text: str) -> None:
    for span in spans:
        shown = text[span.start : span.end]
        if span.end > len(text) or " ".join(shown.split()) != " ".join(span.quote.split()):
            raise ViewError(
                f"the result does not fit this article: offsets {span.start}-{span.end} read "
                f"{shown[:40]!r}, not {span.quote[:40]!r}; give the article it was made from"
            )


def _hue(group: str, groups: Sequence[str]) -> int:
    return 45 if group == "summary" else (200 + 137 * groups.index(group)) % 360


def _marked(text: str, spans: Sequence[Span], groups: Sequence[str]) -> str:
    """The article with each stretch covered by evidence in one <mark>, naming its spans."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        piece = html.escape(text[left:right])
        over = [s for s in spans if s.start <= left and right <= s.end]
        if not over:
            out.append(piece)
            continue
        ids = " ".join(s.id for s in over)
        roles = "; ".join(role for s in over for role in s.roles)
        # an event's colour wins over the key points': the legend names events by colour
        group = next((s.group for s in over if s.group != "summary"), over[0].group)
        hue = _hue(group, groups)
        out.append(
            f'<mark tabindex="0" data-spans="{ids}" style="--hue:{hue}" '
            f'title="{html.escape(roles)}">{piece}</mark>'
        )
    return "".join(out)


def _button(label: str, spans: Sequence[Span], *, cls: str = "fact") -> str:
    ids = " ".join(s.id for s in spans)
    return f'<button type="button" class="{cls}" data-spans="{ids}">{html.escape(label)}</button>'


def _spans_for(spans: Sequence[Span], evidence: Any, group: str) -> list[Span]:
    items = evidence if isinstance(evidence, list) else [evidence] if evidence else []
    keys = {(e.get("start"), e.get("end")) for e in items if isinstance(e, Mapping)}
    return [s for s in spans if (s.start, s.end) in keys and s.group == group]


def _actor(actor: Mapping[str, Any] | None) -> str:
    if not actor:
        return "-"
    name = str(actor.get("canonical_name") or actor.get("name") or "-")
    return f"{name} ({actor.get('kind', 'unknown')})"


def _event_card(event: Mapping[str, Any], spans: Sequence[Span], hue: int) -> str:
    group = str(event.get("id"))
    esc = html.escape
    time_ = event.get("time") or {}
    place = event.get("location") or {}
    when = "-"
    if time_.get("start"):
        end = time_.get("end")
        when = str(time_["start"]) + (f" to {end}" if end and end != time_["start"] else "")
        when += f" ({time_.get('precision', 'day')})"
    phrase = f" <q>{esc(str(time_['phrase']))}</q>" if time_.get("phrase") else ""
    parts = (place.get("place"), place.get("region"), place.get("country"))
    where = ", ".join(str(p) for p in parts if p)
    figures = []
    by_kind: dict[str, list[str]] = {}
    for figure in event.get("casualties") or []:
        said = f"{_count(figure.get('count') or {})} according to "
        said += str(figure.get("source") or "the article")
        label = f"{figure.get('kind')}: {said}"
        by_kind.setdefault(str(figure.get("kind")), []).append(said)
        located = _spans_for(spans, figure.get("evidence"), group)
        figures.append(f"<li>{_button(label, located)}</li>")
    lowest = event.get("conservative_casualties") or {}
    conservative = ", ".join(f"{esc(str(k))} {esc(str(v))}" for k, v in lowest.items() if v)
    disputed = [
        f'<li class="disputed">{esc(kind)} disputed: '
        + " | ".join(esc(v) for v in values)
        + "</li>"
        for kind, values in by_kind.items()
        if len(values) > 1
    ]
    claims = []
    for claim in event.get("claims") or []:
        label = f"{claim.get('source')} ({claim.get('stance')}): {claim.get('statement')}"
        claims.append(f"<li>{_button(label, _spans_for(spans, claim.get('evidence'), group))}</li>")
    own = [s for s in spans if s.group == group]
    rows = [
        ("initiator", esc(_actor(event.get("initiator")))),
        ("target", esc(_actor(event.get("target")))),
        ("where", esc(where or "-")),
        ("when", esc(when) + phrase),
        ("figures", f"<ul>{''.join(figures)}</ul>" if figures else "-"),
        ("conservative", conservative or "-"),
    ]
    rows += [("disputed", f"<ul>{''.join(disputed)}</ul>")] if disputed else []
    rows += [("claims", f"<ul>{''.join(claims)}</ul>")] if claims else []
    cells = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    heading = (event.get("type"), event.get("mode"), event.get("status"))
    title = " · ".join(esc(str(x)) for x in heading if x)
    return (
        f'<section class="event" id="event-{esc(group)}" style="--hue:{hue}" '
        f'aria-label="event {esc(group)}">'
        f"<h3>{_button(f'{group}: ', own, cls='event-title')}{title}</h3>"
        f"<p>{esc(str(event.get('description', '')))}</p><dl>{cells}</dl></section>"
    )


def evidence_page(result: Mapping[str, Any], article: str, *, title: str | None = None) -> str:
    """The page for `result` (a result's JSON, as a dict) over the text it was made from."""
    spans = spans_of(result)
    _check_offsets(spans, article)
    esc = html.escape
    events = list(result.get("events") or [])
    groups = [str(e.get("id")) for e in events]
    summary = result.get("summary") or {}
    headline = summary.get("headline") or title or "Evidence"
    points = [
        f"<li>{_button(str(p.get('text', '')), _spans_for(spans, p.get('evidence'), 'summary'))}"
        "</li>"
        for p in summary.get("key_points") or []
    ]
    cards = "".join(_event_card(e, spans, _hue(str(e.get("id")), groups)) for e in events)
    dated = sorted(
        (e for e in events if (e.get("time") or {}).get("start")),
        key=lambda e: str(e["time"]["start"]),
    )
    timeline = "".join(
        f'<li><a href="#event-{esc(str(e.get("id")))}">{esc(str(e["time"]["start"]))}: '
        f"{esc(str(e.get('type')))} - {esc(str(e.get('description', ''))[:120])}</a></li>"
        for e in dated
    )
    metadata = result.get("metadata") or {}
    reasks = metadata.get("reasks") or []
    rules = ", ".join(sorted({str(r.get("rule")) for r in reasks})) or "none"
    loose = sum(1 for e in evidence_in(result) if e.get("alignment") == "typography")
    facts = (
        f"model {esc(str(metadata.get('model', '-')))} · "
        f"{esc(str(metadata.get('attempts', '-')))} attempt(s) · "
        f"re-asks: {len(reasks)} ({esc(rules)}) · {len(spans)} evidence spans, "
        f"{loose} matched with typography forgiven"
        + (" · partial: some parts were left out" if result.get("complete") is False else "")
    )
    dropped = [
        f"<li><code>{esc(str(d.get('path', '')))}</code> ({esc(str(d.get('rule', '')))}): "
        f"{esc(str(d.get('message', '')))}</li>"
        for d in metadata.get("dropped") or []
        if isinstance(d, Mapping)
    ]
    left_out = (
        '<section id="dropped"><h2>Left out (partial result)</h2><p>These parts of the '
        "model's last answer broke a rule and are not in this result; nothing of them is "
        f"marked in the article.</p><ul>{''.join(dropped)}</ul></section>"
        if dropped
        else ""
    )
    roles = {s.id: s.roles for s in spans}
    legend_items = [
        f'<li><span class="swatch" style="--hue:{_hue(g, groups)}"></span>event {esc(g)}</li>'
        for g in groups
    ]
    legend_items.append(
        f'<li><span class="swatch" style="--hue:{_hue("summary", groups)}"></span>'
        "key points only</li>"
    )
    legend = (
        '<section id="legend" aria-label="Legend"><h2>Colours</h2><ul>'
        + "".join(legend_items)
        + "</ul><p>A passage takes the colour of the event it reports; one that backs key "
        "points only has the key points' colour.</p></section>"
    )
    return _page().substitute(
        legend=legend,
        dropped=left_out,
        title=esc(str(headline)),
        facts=facts,
        summary=esc(str(summary.get("summary", ""))),
        points="".join(points) or "<li>-</li>",
        article=_marked(article, spans, groups),
        cards=cards or "<p>No events.</p>",
        timeline=timeline or "<li>No dated events.</li>",
        # JSON inside a script element: "<" is escaped so that no text can close the element
        roles=json.dumps(roles, ensure_ascii=True).replace("<", "\\u003c"),
    )


def write_pages(
    directory: Path, items: Iterable[tuple[str, Mapping[str, Any], str]]
) -> tuple[int, list[str]]:
    """One page per (input id, result, article text) in `directory`, and an index.html linking
    them; returns the pages written and a problem line for each item that could not be shown."""
    directory.mkdir(parents=True, exist_ok=True)
    rows, problems = [], []
    for input_id, result, text in items:
        try:
            page = evidence_page(result, text, title=input_id)
        except ViewError as exc:
            problems.append(f"{input_id}: {exc}")
            continue
        digest = hashlib.sha256(input_id.encode("utf-8")).hexdigest()[:8]
        name = f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', input_id)[:60]}-{digest}.html"
        try:
            _write_new(directory / name, page)
        except OSError as exc:
            problems.append(f"{input_id}: {directory / name}: {exc.strerror or exc}")
            continue
        headline = (result.get("summary") or {}).get("headline") or ""
        events = len(result.get("events") or [])
        rows.append(
            f'<li><a href="{html.escape(name)}">{html.escape(input_id)}</a> '
            f"{html.escape(str(headline))} ({events} events)</li>"
        )
    index = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Evidence pages'
        "</title><style>:root{color-scheme:light dark}body{font:16px/1.5 system-ui,sans-serif;"
        f"margin:2rem}}</style></head><body><h1>Evidence pages</h1><ol>{''.join(rows)}</ol>"
        "</body></html>\n"
    )
    try:
        _write_new(directory / "index.html", index)
    except OSError as exc:
        problems.append(f"index.html: {exc.strerror or exc}")
    return len(rows), problems


def _write_new(path: Path, text: str) -> None:
    """Write `path` without following a symbolic link placed there (which could point at any
    file the user can write): a link is refused (ELOOP), never written through."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(path, flags, 0o644)
    with os.fdopen(handle, "w", encoding="utf-8") as page:
        page.write(text)


@cache
def _page() -> Template:
    """The page's HTML, CSS and script, kept in evidence_view.html beside this module."""
    return Template(
        (resources.files("summarizer.render") / "evidence_view.html").read_text("utf-8")
    )


def evidence_in(node: Any) -> Iterator[Mapping[str, Any]]:
    """Every evidence object (a quote and its offsets) anywhere in a result's JSON."""
    if isinstance(node, Mapping):
        if "quote" in node and "start" in node:
            yield node
        for value in node.values():
            yield from evidence_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from evidence_in(item)
