"""Gold annotations: the project's gold format and an importer for PLOVER/POLECAT-style records."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, get_args

from pydantic import Field, ValidationError

from summarizer._errors import InputError
from summarizer.core.models import (
    ContractModel,
    EventStatus,
    EventType,
    Precision,
)

__all__ = ["GoldActor", "GoldArticle", "GoldEvent", "from_plover", "load_gold"]


class GoldActor(ContractModel):
    name: str
    aliases: list[str] = Field(default_factory=list)


class GoldRange(ContractModel):
    min: int | None = None
    max: int | None = None


class GoldEvent(ContractModel):
    """One hand-annotated event; fields left out are not scored."""

    type: EventType
    mode: str | None = None
    initiator: GoldActor | None = None
    target: GoldActor | None = None
    place: str | None = None
    country: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: Precision = "day"
    killed: GoldRange | None = None
    wounded: GoldRange | None = None
    status: EventStatus = "occurred"


class GoldArticle(ContractModel):
    """One line of a gold file."""

    id: str
    text: str | None = None
    path: str | None = None
    dateline: dt.date | None = None
    events: list[GoldEvent] = Field(default_factory=list)
    summary: str | None = Field(default=None, description="A reference summary.")


# Older PLOVER drafts used these names for the categories this schema (and POLECAT) now uses.
_PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
_EVENT_TYPES = frozenset(get_args(EventType))


def load_gold(path: Path, *, max_bytes: int = 10_000_000) -> tuple[list[GoldArticle], list[str]]:
    """The gold articles in `path` (JSONL, this project's format or PLOVER event records), with
    each article's text read in, and a note for every PLOVER record that could not be used."""
    records = _json_records(path, max_bytes)
    plover = bool(records) and all(_is_plover(r) for _, r in records)
    if plover:
        articles, skipped = from_plover(records)
    else:
        articles, skipped = [], []
        for number, record in records:
            try:
                articles.append(GoldArticle.model_validate(record))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"])
                raise InputError(f"{path}:{number}: {where}: {first['msg']}") from None
    seen: set[str] = set()
    for i, article in enumerate(articles):
        if article.id in seen and plover:  # real exports repeat ids; keep both, say so
            fresh = next(
                f"{article.id}-{n}"
                for n in range(2, len(articles) + 2)
                if f"{article.id}-{n}" not in seen
            )
            skipped.append(f"{article.id}: id repeated for another text; kept as {fresh}")
            article = articles[i] = article.model_copy(update={"id": fresh})
        elif article.id in seen:
            raise InputError(f"{path}: gold id {article.id!r} appears twice")
        seen.add(article.id)
        text = _gold_text(article, path.parent, max_bytes)
        articles[i] = article.model_copy(update={"text": text})
    return articles, skipped


def _json_records(path: Path, max_bytes: int) -> list[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise InputError(f"gold file not found: {path}")
    if path.stat().st_size > max_bytes:
        raise InputError(f"{path} is larger than {max_bytes} bytes")
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):  # a JSON array of records, as some datasets ship
        try:
            loaded = json.loads(text)
        except ValueError as exc:
            raise InputError(f"{path}: not valid JSON: {exc}") from None
        return [(n, r) for n, r in enumerate(loaded, 1) if isinstance(r, dict)]
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{number}: not valid JSON: {exc}") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number}: expected a JSON object")
        records.append((number, record))
    return records


def _gold_text(article: GoldArticle, base: Path, max_bytes: int) -> str:
    if article.text:
        return article.text
    if not article.path:
        raise InputError(f"gold article {article.id!r} has neither text nor path")
    # the readers of every other input (HTML, Markdown)
    from summarizer.core.inputs import read_articles

    source = Path(article.path)
    source = source if source.is_absolute() else base / source
    if not source.is_file():
        raise InputError(f"gold article {article.id!r}: file not found: {source}")
    read = read_articles(str(source), max_bytes=max_bytes)[0]
    if read.article is None:
        raise InputError(f"gold article {article.id!r}: {read.error}")
    return read.article.text


def _is_plover(record: dict[str, Any]) -> bool:
    return isinstance(record.get("event"), str) and "events" not in record


def from_plover(
    records: Sequence[tuple[int, dict[str, Any]]],
) -> tuple[list[GoldArticle], list[str]]:
    """Gold articles from PLOVER event records: records sharing a text become one article.

    Reads id, date, actor (or source), recipient (or target), event, mode, dead / injured and
    text; actors may be strings or lists of {"actorText": ...}. The record date becomes the
    article's dateline; the event date is not scored (PLOVER dates the report, not the event)."""
    by_text: dict[str, GoldArticle] = {}
    skipped: list[str] = []
    for number, record in records:
        name = str(record.get("id") or f"record {number}")
        text = record.get("text")
        kind = str(record.get("event", "")).strip().upper()
        kind = _PLOVER_RENAMED.get(kind, kind)
        if not isinstance(text, str) or not text.strip():
            skipped.append(f"{name}: no text")
            continue
        if kind not in _EVENT_TYPES:
            skipped.append(f"{name}: event type {kind or '(none)'} has no counterpart here")
            continue
        event = GoldEvent(
            type=kind,
            mode=str(record.get("mode") or "").strip() or None,
            initiator=_plover_actor(record.get("actor", record.get("source"))),
            target=_plover_actor(record.get("recipient", record.get("target"))),
            killed=_plover_count(record.get("dead", record.get("killed"))),
            wounded=_plover_count(record.get("injured", record.get("wounded"))),
        )
        if text not in by_text:
            dateline = _plover_date(record.get("date"))
            by_text[text] = GoldArticle(id=name, text=text, dateline=dateline)
        by_text[text].events.append(event)
    return list(by_text.values()), skipped


def _plover_actor(value: Any) -> GoldActor | None:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("actorText") or item.get("name") or item.get("text")
        if isinstance(item, str) and item.strip():
            names.append(item.strip())
    # a compound actor ("Hungarian and Romanian officials") matches through any of its parts
    return GoldActor(name=names[0], aliases=names[1:]) if names else None


# How annotators write a bound: "at least 156", "156+", "more than 40", "up to 30".
_PLOVER_BOUND = re.compile(
    r"^(?:(?P<low>at least|no fewer than|min(?:imum)?|>=)|(?P<above>more than|over|>)|"
    r"(?P<high>up to|at most|as many as|<=)|(?P<below>fewer than|less than|under|<)|"
    r"(?P<about>about|around|approximately|approx\.?|roughly|nearly|some|~))?\s*"
    r"(?P<n>\d+)\s*(?P<plus>\+|or more)?$",
    re.IGNORECASE,
)


def _plover_count(value: Any) -> GoldRange | None:
    if isinstance(value, dict):
        return GoldRange.model_validate(value)
    if isinstance(value, str):
        match = _PLOVER_BOUND.match(" ".join(value.replace(",", "").split()))
        if match is None:
            return None
        n = int(match["n"])
        if match["low"] or match["plus"]:
            return GoldRange(min=n, max=None)  # an open range, not an exact count
        if match["above"]:
            return GoldRange(min=n + 1, max=None)
        if match["high"]:
            return GoldRange(min=None, max=n)
        if match["below"]:
            return GoldRange(min=None, max=max(0, n - 1))
        value = n
    if isinstance(value, int) and not isinstance(value, bool):
        return GoldRange(min=value, max=value)
    return None


# Dates that exports write when the real one is unknown: never a report's date.
_PLACEHOLDER_DATES = frozenset(
    {dt.date(1, 1, 1), dt.date(1900, 1, 1), dt.date(1970, 1, 1), dt.date(2000, 1, 1)}
)


def _plover_date(value: Any) -> dt.date | None:
    try:
        found = dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
    return None if found in _PLACEHOLDER_DATES else found
