"""The digest's data contract: events merged across reports, each fact with the reports that
state it, and a summary whose every statement cites them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field, ValidationInfo, computed_field, model_validator

from summarizer.core.models import (
    READ_ONLY,
    Actor,
    Citation,
    ContractModel,
    Event,
    Metadata,
    check_cited_text,
)

__all__ = ["Digest", "DigestEvent"]


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
