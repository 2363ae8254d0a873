"""Reading articles: text, Markdown, HTML and JSONL files or stdin, with one-line errors.

Encodings are detected (charset-normalizer), not assumed; HTML is reduced to its main text,
title, date and author (trafilatura); a JSONL file holds one article per line.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import charset_normalizer

from summarizer._errors import InputError
from summarizer.core.models import Article

__all__ = [
    "DEFAULT_MAX_INPUT_BYTES",
    "ARTICLE_SUFFIXES",
    "InputRecord",
    "decode",
    "is_jsonl",
    "jsonl_records",
    "read_articles",
    "read_bytes",
]

DEFAULT_MAX_INPUT_BYTES = 5_000_000
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", *_HTML_SUFFIXES, *_JSONL_SUFFIXES})


def is_jsonl(source: str) -> bool:
    return Path(source).suffix.lower() in _JSONL_SUFFIXES


_TIE_BREAKERS = ("cp1252", "latin_1", "iso8859_15")
# A page whose main text is shorter than a paragraph, or a sliver of the page's text, is a
# caption, a teaser or a paywalled stub: analysing it would ground answers on the wrong text.
_MIN_HTML_TEXT = 200  # characters: a short paragraph
_MIN_HTML_SHARE = 0.15  # of the page's visible text
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


@dataclass(frozen=True)
class InputRecord:
    """One input: an article, or the reason it could not become one (nothing is dropped)."""

    id: str
    article: Article | None = None
    error: str | None = None


def read_bytes(source: str, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> tuple[bytes, str]:
    """The bytes of file `source` (or stdin for '-') and a name to use in messages."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"no such file: {source}")
        if path.is_dir():
            raise InputError(f"{source} is a directory, not an article file")
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
        name = source
    if len(data) > max_bytes:
        raise InputError(f"{name} is larger than the {max_bytes:,}-byte input limit")
    return data, name


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 when it is, else the detected encoding; binary data is refused."""
    if b"\x00" in data and not data.startswith(_WIDE_BOMS):
        raise InputError(f"{name} looks like a binary file, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detected(data, name)
    if not text.strip():
        raise InputError(f"{name} is empty")
    return text


def _detected(data: bytes, name: str) -> str:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(f"{name}: cannot tell its text encoding")
    # Short texts often tie between code pages; Windows-1252 is by far the commonest legacy
    # encoding of news text, so it wins a tie.
    for match in matches:
        if match.encoding in _TIE_BREAKERS and (match.chaos, -match.coherence) <= (
            best.chaos,
            -best.coherence,
        ):
            return str(match)
    return str(best)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def article_from_html(html: str, name: str) -> Article:
    """The main text of a web page, with its title, date and author when the page gives them."""
    import trafilatura  # imported on demand: it is slow to load and only HTML needs it

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.strip()) < 25:  # a menu item or a stray word
        raise InputError(f"{name}: no article text found in the HTML")
    tree = _parse_html(html)
    page = _visible_text(tree) if tree is not None else html
    share = len(text) / max(1, len(page))
    if len(text.strip()) < _MIN_HTML_TEXT or share < _MIN_HTML_SHARE:
        raise InputError(
            f"{name}: the page's main text is {len(text.strip())} characters, {share:.0%} of the "
            "page (a caption, teaser or paywalled page?); save the article's own text instead"
        )
    published = _page_date(html, tree)
    return Article(
        text=text,
        title=getattr(document, "title", None),
        date=published,
        author=getattr(document, "author", None),
        url=getattr(document, "url", None),
    )


def _parse_html(html: str) -> Any:
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html)
    except (ValueError, TypeError):
        return None


def _visible_text(tree: Any) -> str:
    """All the text a reader of the page would see (scripts and styles left out)."""
    for hidden in tree.xpath("//script|//style|//noscript|//template"):
        hidden.drop_tree()
    return " ".join(tree.text_content().split())


_DATE_MARKER = re.compile(r"date|time|publish|posted", re.IGNORECASE)


def _page_date(html: str, tree: Any) -> dt.date | None:
    """The page's publication date from its metadata (meta tags, JSON-LD, <time>), in any
    language, else from an element marked as a date; never a year guessed from the body (a
    copyright line's "2013" is not the article's date)."""
    from htmldate import find_date

    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if found:
        return _iso_date(found)
    if tree is None:
        return None
    for element in tree.xpath("//body//*[@class or @id or @itemprop]"):
        marker = " ".join(element.get(a, "") for a in ("class", "id", "itemprop"))
        if not _DATE_MARKER.search(marker):
            continue
        text = "".join(_plain_digit(c) for c in element.text_content()[:80])
        parsed = _parse_full_date(text)
        if parsed is not None:
            return parsed
    return None


def _plain_digit(char: str) -> str:
    """ "٥" -> "5": any script's decimal digit as ASCII."""
    return str(unicodedata.decimal(char)) if char.isdecimal() else char


def _parse_full_date(text: str) -> dt.date | None:
    import dateparser  # slow to import; only pages without metadata need it

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
    found = dateparser.parse(text, settings=settings)
    if found is None:  # the date inside a longer label ("published on 5 June 2026")
        from dateparser.search import search_dates

        hits = search_dates(text, settings=settings) or []
        found = hits[0][1] if hits else None
    return found.date() if found is not None else None


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def jsonl_records(
    lines: Iterable[str | bytes], name: str, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES
) -> Iterator[InputRecord]:
    """One record per non-blank line: an article, or the reason the line is not one. Each line
    is decoded and parsed on its own, so a bad byte or a pathological line costs that line
    only, never the lines after it."""
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                bad = raw[exc.start : exc.start + 1].hex()
                yield InputRecord(
                    id=where,
                    error=f"{where}: not UTF-8 text (byte 0x{bad} at column {exc.start + 1})",
                )
                continue
        else:
            line = raw
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield InputRecord(id=where, error=f"{where}: larger than the {max_bytes:,}-byte limit")
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputRecord(id=where, error=f"{where}: not JSON ({exc.msg})")
            continue
        except RecursionError:
            yield InputRecord(id=where, error=f"{where}: JSON nested too deeply to read")
            continue
        if not isinstance(data, dict):
            yield InputRecord(id=where, error=f"{where}: expected a JSON object")
            continue
        record_id = str(data.get("id") or where)
        try:
            article = Article.model_validate({**data, "id": record_id})
        except ValueError as exc:
            yield InputRecord(id=record_id, error=f"{where}: {_first_error(exc)}")
            continue
        if not article.text.strip():
            yield InputRecord(id=record_id, error=f"{where}: the article text is empty")
            continue
        yield InputRecord(id=record_id, article=article)


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "record"
        return f"{field}: {first['msg']}"
    return str(exc)


def read_articles(source: str, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> list[InputRecord]:
    """The articles in `source`: one for a text, Markdown or HTML file, one per line of JSONL.

    Raises `InputError` when the source as a whole cannot be read; a bad JSONL line becomes
    an error record instead, so the caller can report it without losing the rest.
    """
    data, name = read_bytes(source, max_bytes=max_bytes)
    suffix = Path(source).suffix.lower() if source != "-" else ""
    if suffix in _JSONL_SUFFIXES:
        return list(jsonl_records(data.splitlines(), name, max_bytes=max_bytes))
    text = decode(data, name)
    record_id = Path(source).stem if source != "-" else "stdin"
    if suffix in _HTML_SUFFIXES or _looks_like_html(text):
        article = article_from_html(text, name)
        return [InputRecord(id=record_id, article=article.model_copy(update={"id": record_id}))]
    return [InputRecord(id=record_id, article=Article(text=text, id=record_id))]
