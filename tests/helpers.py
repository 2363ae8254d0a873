"""Small shared helpers for the tests."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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


def run_cli(
    *args: str,
    stdin: bytes | str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`summarizer ARGS` run in this process, through the same `main()` as the installed
    command (its one-line errors and exit codes), with click's test isolation of stdin,
    stdout, stderr and environment; `env`, when given, is the whole environment, as for a
    child process. Returns what `subprocess.run` would. For what needs a process of its own
    (signals, the entry point, start-up imports), run one."""
    from typer.testing import CliRunner

    from summarizer.cli.app import main

    changes: dict[str, str | None] = {}
    if env is not None:
        changes = {name: None for name in os.environ if name not in env}
        changes.update(env)
    loggers = [logging.getLogger(name) for name in ("summarizer", "instructor")]
    saved = [(lg.handlers[:], lg.level, lg.propagate) for lg in loggers]
    argv, cwd = sys.argv, os.getcwd()
    code: int = 0
    try:
        os.chdir(ROOT)
        with CliRunner().isolation(input=stdin, env=changes) as (out, err, _):
            sys.argv = ["summarizer", *args]
            try:
                main()
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
            stdout = out.getvalue().decode("utf-8", "replace")
            stderr = err.getvalue().decode("utf-8", "replace")
    finally:
        sys.argv = argv
        os.chdir(cwd)
        for logger, (handlers, level, propagate) in zip(loggers, saved, strict=True):
            logger.handlers[:], logger.level, logger.propagate = handlers, level, propagate
    return subprocess.CompletedProcess(["summarizer", *args], code, stdout, stderr)


@contextmanager
def scripted(scenario: str) -> Iterator[dict[str, str]]:
    """The environment for a command talking to the scripted server while it plays
    `scenario` (tests/scenarios.py): a fault played at test time, not read from a cassette."""
    from tests.scenarios import SCENARIOS
    from tests.scripted_server import ScriptedServer

    with ScriptedServer(SCENARIOS[scenario]) as server:
        yield {**os.environ, "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "scripted-no-key"}
