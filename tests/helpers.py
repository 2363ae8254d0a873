"""Small shared helpers for the tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summarizer.checks.alignment import normalize
from summarizer.render.evidence_view import evidence_in

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = ROOT / "examples"
CASSETTES = ROOT / "cassettes"
SCHEMAS = ROOT / "schemas"


def spans(node: Any) -> Iterator[Any]:
    """Every evidence object (a dict with a quote and offsets) anywhere in a result."""
    return evidence_in(node)


def assert_grounded(result: dict[str, Any], text: str) -> int:
    """Each quote stands in the article at the offsets the library computed; returns the count."""
    count = 0
    for span in spans(result):
        assert span["start"] is not None and span["end"] is not None, span
        found, quote = normalize(text[span["start"] : span["end"]]), normalize(span["quote"])
        # a quote wrapped in quote marks by the model is located without them
        assert found in (quote, quote.strip("\"'").strip()), (found, quote)
        count += 1
    return count


def without_volatile(result: dict[str, Any]) -> dict[str, Any]:
    """The result minus what changes on every run (the timestamp)."""
    data = json.loads(json.dumps(result))
    data["metadata"].pop("created_at", None)
    return data
