"""The result cache serves nothing forged or stale: a cached result is validated and grounded
against its article on read (a failing row is dropped and computed again), and the key covers
the prompt texts and schema, not just their version labels."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from summarizer import Article
from summarizer._config import load_config
from summarizer.core.cache import ResultCache, cache_key
from tests.helpers import EXAMPLES_DIR, ROOT, run_cli
from tests.scenarios import answer, ok
from tests.scripted_server import ScriptedServer

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
_SAVED = json.loads((ROOT / "tests" / "goldens" / "valley_strikes.json").read_text("utf-8"))
_SAVED["metadata"]["created_at"] = "2026-03-09T12:00:00Z"  # goldens leave the timestamp out
GOLDEN = json.dumps(_SAVED)


def forged(change: str) -> str:
    result = json.loads(GOLDEN)
    if change == "headline":
        result["summary"]["headline"] = "Air strikes killed 500 fighters, the Valley Brigades say"
    elif change == "figure":
        result["events"][0]["casualties"][1]["count"] = {
            "phrase": "500", "qualifier": "exact", "min": 500, "max": 500}  # fmt: skip
    elif change == "quote":
        result["events"][0]["evidence"][0]["quote"] = "The army razed the town of Qadra"
    return json.dumps(result)


def test_a_valid_cached_result_is_served(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    cache.put("k", GOLDEN)
    assert cache.get_checked("k", "analyze", Article(text=VALLEY), partial_ok=False) == GOLDEN


@pytest.mark.parametrize("change", ["headline", "figure", "quote"])
def test_a_forged_row_is_dropped_not_served(change: str, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    cache.put("k", forged(change))
    assert cache.get_checked("k", "analyze", Article(text=VALLEY), partial_ok=False) is None
    assert len(cache) == 0  # gone, so the caller's fresh answer takes its place


def test_the_key_changes_with_a_prompt_text_under_the_same_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.core import prompts as _prompts

    config = load_config(api_key="k")
    article = Article(text=VALLEY)
    before = cache_key(config, "analyze", article)
    edited = tmp_path / "prompts"
    edited.mkdir()
    for source in (ROOT / "prompts").glob("*.md"):
        (edited / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    system = edited / "system.md"
    system.write_text(system.read_text(encoding="utf-8") + "\n- Be brief.\n", encoding="utf-8")
    monkeypatch.setattr(_prompts, "_prompt_dir", lambda: edited)
    _prompts.load_prompt.cache_clear()
    try:
        assert _prompts.prompt_version("analyze") == "analyze.v1+system.v1"  # labels unchanged
        assert cache_key(config, "analyze", article) != before
    finally:
        _prompts.load_prompt.cache_clear()


def test_a_batch_recomputes_a_forged_cached_row_and_says_so(tmp_path: Path) -> None:
    script = [ok(answer("valley_strikes")), ok(answer("valley_strikes"))]
    out, cache_dir = tmp_path / "out.jsonl", tmp_path / "cache"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    with ScriptedServer(script) as server:
        env = {**clean, "OPENAI_BASE_URL": server.url, "SUMMARIZER_CACHE_DIR": str(cache_dir)}

        def batch() -> subprocess.CompletedProcess[str]:
            out.unlink(missing_ok=True)
            return run_cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out),
                           env=env)  # fmt: skip

        first = batch()
        assert first.returncode == 0, first.stderr
        with sqlite3.connect(cache_dir / "results.sqlite3") as db:
            (key,) = db.execute("SELECT key FROM results").fetchone()
            db.execute("UPDATE results SET value = ? WHERE key = ?", (forged("figure"), key))
        second = batch()
        assert second.returncode == 0, second.stderr
        assert len(server.requests) == 2  # asked again instead of serving the edited row
    assert "a cached result failed its checks and is computed again" in second.stderr
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["cached"] is False
    killed = [c["count"]["min"] for c in line["result"]["events"][0]["casualties"]]
    assert 500 not in killed
