"""What users install: schemas in step with the models, prompts inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import summarizer
from summarizer.render.schemas import stale_schemas
from tests.helpers import ROOT, SCHEMAS


def test_published_schemas_are_up_to_date() -> None:
    stale = stale_schemas(SCHEMAS)
    assert not stale, f"stale schemas {stale}: run `summarizer schema --out schemas`"


def test_wheel_ships_prompts_and_type_marker(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["--wheel-dir", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("summarizer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    prompts = {p.name for p in (ROOT / "prompts").glob("*.md")}
    assert {f"summarizer/prompts/{name}" for name in prompts} <= names
    assert "summarizer/py.typed" in names


def test_public_api_is_flat_and_complete() -> None:
    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None
    assert {"Summarizer", "AsyncSummarizer", "analyze", "Analysis", "AttemptsExhausted"} <= set(
        summarizer.__all__
    )
