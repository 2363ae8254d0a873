"""JSON Schemas of the public models: the published contract, kept in `schemas/`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from summarizer.core.models import SCHEMA_VERSION, Analysis, Article, EventsResult, SummaryResult
from summarizer.digests.models import Digest
from summarizer.eval.gold import GoldArticle
from summarizer.eval.reports import EvalReport

__all__ = ["PUBLIC_MODELS", "json_schemas", "write_schemas", "stale_schemas"]

PUBLIC_MODELS: dict[str, type[BaseModel]] = {
    "analysis": Analysis,
    "summary-result": SummaryResult,
    "events-result": EventsResult,
    "article": Article,
    "digest": Digest,
    "gold-article": GoldArticle,
    "eval-report": EvalReport,
}


def json_schemas() -> dict[str, dict[str, Any]]:
    """File name -> schema. Serialization mode: it describes what this library writes."""
    schemas = {}
    for name, model in PUBLIC_MODELS.items():
        schema = model.model_json_schema(mode="serialization")
        schemas[f"{name}.schema.json"] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"summarizer/{SCHEMA_VERSION}/{name}.schema.json",
            **schema,
        }
    return schemas


def _render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, schema in json_schemas().items():
        path = directory / file_name
        path.write_text(_render(schema), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path) -> list[str]:
    """Names of schema files in `directory` that are missing or differ from the models."""
    stale = []
    for file_name, schema in json_schemas().items():
        path = directory / file_name
        if not path.is_file() or path.read_text(encoding="utf-8") != _render(schema):
            stale.append(file_name)
    return stale
