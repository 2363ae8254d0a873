"""Events as CSV: one row per event, ACLED-style, with the conservative figures and who disputes
them.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

__all__ = ["EventsCsv"]


class EventsCsv:
    """One row per event, ACLED-style, with the conservative figures and who disputes them."""

    COLUMNS = (
        "input_id",
        "event_id",
        "date",
        "date_end",
        "precision",
        "event_type",
        "mode",
        "status",
        "initiator",
        "initiator_kind",
        "target",
        "target_kind",
        "location",
        "region",
        "country",
        "killed",
        "wounded",
        "notes",
        "evidence",
    )

    def __init__(self, path: Path) -> None:
        new = not path.exists() or path.stat().st_size == 0
        self._handle = path.open("a", encoding="utf-8", newline="")
        self._writer = csv.writer(self._handle)
        if new:
            self._writer.writerow(self.COLUMNS)

    def write(self, input_id: str, result_json: str) -> None:
        """One row per event of a result (given as its JSON, as the results file holds it)."""
        for event in json.loads(result_json).get("events", []):
            self._writer.writerow(self.row(input_id, event))
        self._handle.flush()

    @staticmethod
    def row(input_id: str, event: dict[str, Any]) -> list[Any]:
        time_ = event.get("time") or {}
        place = event.get("location") or {}
        actor = event.get("initiator") or {}
        target = event.get("target") or {}
        lowest = event.get("conservative_casualties") or {}
        by_kind: dict[str, list[str]] = {}
        for figure in event.get("casualties", []):
            by_kind.setdefault(figure["kind"], []).append(
                f"{figure['count']['phrase']} ({figure.get('source') or 'the article'})"
            )
        notes = "; ".join(
            f"{kind} disputed: " + ", ".join(values)
            for kind, values in by_kind.items()
            if len(values) > 1
        )
        evidence = (event.get("evidence") or [{}])[0].get("quote", "")
        return [
            input_id,
            event["id"],
            time_.get("start"),
            time_.get("end"),
            time_.get("precision"),
            event["type"],
            event.get("mode"),
            event.get("status"),
            actor.get("canonical_name"),
            actor.get("kind"),
            target.get("canonical_name"),
            target.get("kind"),
            place.get("place"),
            place.get("region"),
            place.get("country"),
            lowest.get("killed"),
            lowest.get("wounded"),
            notes,
            evidence,
        ]

    def close(self) -> None:
        self._handle.close()
