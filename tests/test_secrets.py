"""Credentials never reach a cassette, a message, an errors file or a result - whatever their
shape: scrubbed by value (the configured key, a base URL's user and password), with key-shaped
text scrubbed as a second net. Runs the command line against the scripted server on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer._redact import register_secrets, scrub
from tests.helpers import EXAMPLES_DIR, ROOT
from tests.scripted_server import ScriptedServer

KEYS = [
    "correct horse battery staple",  # looks like ordinary text
    "gw_live_9f8e7d6c5b4a3210ffee",  # a self-hosted gateway's token
    "8c1f0e6a2b7d4c9e8f3a1b5c7d9e0f2a",  # an Azure-style hex key
    "sk-proj-test0123456789abcdefXYZ",  # an OpenAI-shaped key
]


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    command = [sys.executable, "-m", "summarizer", *args]
    return subprocess.run(
        command, cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("key", KEYS)
def test_an_echoed_key_reaches_no_cassette_message_or_file(key: str, tmp_path: Path) -> None:
    script = [{"status": 401, "error": "Incorrect API key provided:", "echo_key": True}]
    with ScriptedServer(script) as server:
        url = server.url.replace("http://", "http://analyst:s3cret-pass-word@")
        cassette = tmp_path / "exchange.yaml"
        done = cli("analyze", str(EXAMPLES_DIR / "valley_strikes.txt"), "--record", str(cassette),
                   env={"OPENAI_BASE_URL": url, "OPENAI_API_KEY": key,
                        "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")})  # fmt: skip
    assert done.returncode != 0 and done.stdout == ""
    assert "401" in done.stderr
    written = cassette.read_text(encoding="utf-8") if cassette.exists() else ""
    for text in (done.stderr, written):
        assert key not in text and "s3cret-pass-word" not in text and "analyst:" not in text


def test_a_batch_errors_file_holds_no_key(tmp_path: Path) -> None:
    key = KEYS[0]
    script = [{"status": 400, "error": "bad request for key", "echo_key": True}]
    out = tmp_path / "out.jsonl"
    with ScriptedServer(script) as server:
        settings = {"OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": key}
        done = cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out),
                   "--no-cache", env=settings)  # fmt: skip
    assert done.returncode == 1
    errors = out.with_suffix(".errors.jsonl").read_text(encoding="utf-8")
    assert json.loads(errors)["error"]  # the failure is recorded ...
    for text in (errors, done.stderr, out.read_text(encoding="utf-8") if out.exists() else ""):
        assert key not in text  # ... without the key


def test_scrub_takes_values_of_any_shape_and_key_shapes_as_a_second_net() -> None:
    register_secrets("plain words as a key", "https://bob:hunter2hunter2@gateway.example/v1")
    text = ("sent plain words as a key to https://bob:hunter2hunter2@gateway.example/v1 with "
            "Authorization: Bearer testtoken12345678 and sk-live-0123456789")  # fmt: skip
    cleaned = scrub(text)
    for secret in ("plain words as a key", "hunter2hunter2", "bob:", "testtoken12345678",
                   "sk-live-0123456789"):  # fmt: skip
        assert secret not in cleaned
    assert "gateway.example/v1" in cleaned  # the host stays: the message must still help


def test_an_invalid_answer_that_echoes_the_key_is_scrubbed_in_the_errors_file() -> None:
    from summarizer.batch.engine import BatchItem

    register_secrets("azure-style-key-0f9e8d7c6b", None)
    echoed = '{"summary": {"headline": "my key is azure-style-key-0f9e8d7c6b"}}'
    line = BatchItem("a1", "summarize", error="no valid answer", last_answer=echoed).line()
    assert "azure-style-key-0f9e8d7c6b" not in line
    assert json.loads(line)["last_answer"].startswith('{"summary"')  # the rest is kept
