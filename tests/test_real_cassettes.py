"""Recordings made by a real model, replayed offline.

`cassettes/real/` holds what the real-model lane recorded (`SUMMARIZER_RECORD_REAL=1 pytest -m
real_model -n 0`): llama-cpp-python's server and SmolLM2-135M-Instruct, real output with its
real faults. Each recording's `.json` says how it was made and how it ended; replaying it must
end the same way: the same exit code and the same cause (the rule named, tokens run out, or the
request refused), with the server identified from the recorded `/models` and no request spent
on a mode it lacks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.test_real_model import SETTINGS, outcome

RECORDED = ROOT / "cassettes" / "real"
RUNS = sorted(RECORDED.glob("*.json"))


def test_the_real_recordings_are_here() -> None:
    assert len(RUNS) >= 8, "re-record: SUMMARIZER_RECORD_REAL=1 pytest -m real_model -n 0"


@pytest.mark.parametrize("facts_file", RUNS, ids=[p.stem for p in RUNS])
def test_a_real_recording_replays_to_the_same_end(facts_file: Path, tmp_path: Path) -> None:
    facts = json.loads(facts_file.read_text(encoding="utf-8"))
    args = [str(ROOT / a) if (ROOT / a).is_file() else a for a in facts["args"]]
    mode = ["--mode", facts["mode"]] if facts["mode"] else []
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env |= {"SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"), "SUMMARIZER_IDENTIFY_SERVER": "true"}
    if facts_file.stem.endswith("stepping-down"):  # it starts from a remembered refused mode
        (tmp_path / "cache").mkdir()
        remembered = {"http://127.0.0.1:9/v1": "json_schema"}
        (tmp_path / "cache" / "modes.json").write_text(json.dumps(remembered), encoding="utf-8")
    cassette = facts_file.with_suffix(".yaml")
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", *args, *mode, "--base-url",
         "http://127.0.0.1:9/v1", *SETTINGS, "--replay", str(cassette)],
        input=facts["stdin"] or "", capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=300,
    )  # fmt: skip
    assert "no recorded response" not in done.stderr, done.stderr[-2000:]
    assert outcome(done) == facts["outcome"]
