"""A digest as a readable report: Markdown, or a self-contained HTML page with the timeline."""

from __future__ import annotations

import html
from collections.abc import Sequence

from summarizer.core.models import Citation
from summarizer.digests.models import Digest, DigestEvent

__all__ = ["to_html", "to_markdown"]


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
    statements = "".join(
        f"<li>{esc(s.text)} <small>{esc(_cite(s.citations))}</small></li>"
        for s in result.summary.statements
    )
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
