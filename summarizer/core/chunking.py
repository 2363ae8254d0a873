"""Splitting a long article into overlapping chunks that each fit the context budget."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from summarizer.checks.alignment import PARAGRAPH
from summarizer.core.models import Evidence

__all__ = ["Chunk", "chunk_article", "each_evidence", "paragraph_spans", "shift_offsets"]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")


@dataclass(frozen=True)
class Chunk:
    start: int  # offset of the chunk's first character in the article
    text: str


def paragraph_spans(text: str, budget: int) -> list[tuple[int, int]]:
    """Paragraph spans; a paragraph longer than the budget is cut at sentence ends."""
    spans: list[tuple[int, int]] = []
    for match in PARAGRAPH.finditer(text):
        start, end = match.start(), match.end()
        while end - start > budget:
            cut = start
            for sentence in _SENTENCE_END.finditer(text, start, start + budget):
                cut = sentence.end()
            cut = cut if cut > start else start + budget  # no sentence end: cut hard
            spans.append((start, cut))
            start = cut
        spans.append((start, end))
    return spans


def chunk_article(text: str, budget: int, overlap: int = 1) -> list[Chunk]:
    """Chunks of whole paragraphs, each at most `budget` characters where paragraphs allow,
    each repeating the last `overlap` paragraphs of the one before (so no event is cut in two)."""
    if len(text) <= budget:
        return [Chunk(0, text)]
    spans = paragraph_spans(text, budget)
    chunks: list[Chunk] = []
    first = 0
    while first < len(spans):
        last = first
        while last + 1 < len(spans) and spans[last + 1][1] - spans[first][0] <= budget:
            last += 1
        start, end = spans[first][0], spans[last][1]
        chunks.append(Chunk(start, text[start:end]))
        if last + 1 >= len(spans):
            break
        first = max(last + 1 - overlap, first + 1)
    return chunks


def each_evidence(node: Any, change: Callable[[Evidence], None]) -> None:
    """Apply `change` to every piece of evidence anywhere in `node`."""
    if isinstance(node, Evidence):
        change(node)
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            each_evidence(getattr(node, name), change)
    elif isinstance(node, list):
        for item in node:
            each_evidence(item, change)


def shift_offsets(node: Any, delta: int) -> None:
    """Move every evidence offset in `node` by `delta` (chunk offsets -> article offsets)."""

    def shift(evidence: Evidence) -> None:
        if evidence.start is not None and evidence.end is not None:
            evidence.start += delta
            evidence.end += delta

    each_evidence(node, shift)
