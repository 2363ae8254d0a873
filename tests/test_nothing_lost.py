"""Nothing the user gives is lost: every input line ends as exactly one result or one error,
whatever it holds - a bad byte, JSON nested past any parser's depth, not JSON at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import CASSETTES, EXAMPLES_DIR, ROOT, run_cli
from tests.scenarios import answer, ok
from tests.scripted_server import ScriptedServer

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
GRAIN = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")


def test_every_jsonl_line_ends_as_one_result_or_one_error(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "valley", "text": VALLEY}).encode(),
        b'{"id": "bad-byte", "text": "caf\xe9 owners said"}',  # Latin-1 in a UTF-8 file
        b"[" * 100_000 + b"]" * 100_000,  # nested past any parser's depth
        b"",
        b"not json at all",
        json.dumps({"id": "grain", "text": GRAIN}).encode(),
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    script = [{"match": "HALVAR, March 9", **ok(answer("valley_strikes"))},
              {"match": "KESTRIA CITY, June 3", **ok(answer("grain_deal"))}]  # fmt: skip
    with ScriptedServer(script) as server:
        done = _cli("batch", str(source), "--out", str(out), "--no-cache",
                    env={"OPENAI_BASE_URL": server.url})  # fmt: skip
    assert done.returncode == 1  # some inputs failed; the run says so
    assert "Traceback" not in done.stderr
    results = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    errors = [
        json.loads(line)
        for line in out.with_suffix(".errors.jsonl").read_text("utf-8").splitlines()
    ]  # noqa: E501
    assert sorted(r["id"] for r in results) == ["grain", "valley"]  # the lines after the bad ones
    by_id = {e["id"]: e["error"] for e in errors}
    assert by_id == {
        f"{source}:2": f"{source}:2: not UTF-8 text (byte 0xe9 at column 32)",
        f"{source}:3": f"{source}:3: JSON nested too deeply to read",
        f"{source}:5": f"{source}:5: not JSON (Expecting value)",
    }
    non_blank = sum(1 for line in lines if line.strip())
    assert len(results) + len(errors) == non_blank  # count in == count out


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """In process (tests/helpers.run_cli), in the test's own environment plus `env`."""
    return run_cli(*args, env={**os.environ, **(env or {})})


def _one_line(done: subprocess.CompletedProcess[str], code: int, needle: str) -> None:
    assert done.returncode == code, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error: ") and needle in lines[0]
    assert done.stdout == ""


def test_a_second_run_on_the_same_output_fails_at_once(tmp_path: Path) -> None:
    from filelock import FileLock

    out = tmp_path / "out.jsonl"
    with ScriptedServer([]) as server, FileLock(f"{out}.lock"):  # a first run holds the output
        done = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out),
                    "--no-cache", env={"OPENAI_BASE_URL": server.url})  # fmt: skip
        assert server.requests == []  # refused before any paid call
    _one_line(done, 73, f"another summarizer run is writing to {out}")


def test_an_output_that_cannot_be_written_fails_before_any_call(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with ScriptedServer([]) as server:
        env = {"OPENAI_BASE_URL": server.url}
        batch = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out",
                     str(blocker / "out.jsonl"), "--no-cache", env=env)  # fmt: skip
        record = _cli("analyze", str(EXAMPLES_DIR / "valley_strikes.txt"), "--record",
                      str(blocker / "exchange.yaml"), env=env)  # fmt: skip
        assert server.requests == []
    _one_line(batch, 73, "cannot write")
    _one_line(record, 73, "cannot write the cassette")


def test_record_asks_the_model_even_with_a_warm_cache(tmp_path: Path) -> None:
    script = [ok(answer("valley_strikes")), ok(answer("valley_strikes"))]
    cassette, out = tmp_path / "exchange.yaml", tmp_path / "out.jsonl"
    with ScriptedServer(script) as server:
        env = {"OPENAI_BASE_URL": server.url, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
        warm = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out), env=env)
        assert warm.returncode == 0, warm.stderr
        out.unlink()
        recorded = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out),
                        "--record", str(cassette), env=env)  # fmt: skip
        assert recorded.returncode == 0, recorded.stderr
        assert len(server.requests) == 2  # the cache did not stand in for the model
    out.unlink()
    replayed = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out),
                    "--replay", str(cassette))  # fmt: skip
    assert replayed.returncode == 0, replayed.stderr


def test_a_server_that_never_answers_is_given_up_on_within_the_timeout(tmp_path: Path) -> None:
    silent = [{"delay": 8, **ok(answer("grain_deal"))}] * 3
    with ScriptedServer(silent) as server:
        done = _cli("summarize", str(EXAMPLES_DIR / "grain_deal.txt"), "--timeout", "1.5",
                    env={"OPENAI_BASE_URL": server.url})  # fmt: skip
        # a local server that timed out is still writing: the request is not sent again
        # behind it, and the call gives up at its timeout, not after the 8 s each would take
        assert len(server.requests) == 1
    _one_line(done, 1, "timed out")


def test_a_long_wait_is_announced(monkeypatch: object, caplog: object) -> None:
    import logging

    from summarizer import Summarizer

    assert isinstance(monkeypatch, pytest.MonkeyPatch) and isinstance(
        caplog, pytest.LogCaptureFixture
    )
    slow = [{"delay": 1.0, **ok({"summary": answer("grain_deal")["summary"]})}]
    with ScriptedServer(slow) as server, caplog.at_level(logging.WARNING, logger="summarizer"):
        Summarizer(base_url=server.url, wait_notice=0.2).summarize(
            (EXAMPLES_DIR / "grain_deal.txt").read_text()
        )
    assert any("still waiting for gpt-4o-mini at http://127.0.0.1" in r.getMessage()
               for r in caplog.records)  # fmt: skip


@pytest.mark.parametrize("option", ["--out", "--errors", "--events-csv"])
def test_a_user_file_given_as_an_output_is_refused_and_left_untouched(
    tmp_path: Path, option: str
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# My notes\n\nNothing to do with summarizer.\n", encoding="utf-8")
    before = notes.read_bytes()
    out = ["--out", str(tmp_path / "out.jsonl")] if option != "--out" else []
    done = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), option, str(notes), *out,
                "--replay", str(CASSETTES / "examples" / "valley_strikes.yaml"))  # fmt: skip
    _one_line(done, 2, "notes.md is not an output file of summarizer")
    assert notes.read_bytes() == before


@pytest.mark.parametrize("fault", ["corrupt", "fifo", "directory", "locked"])
def test_a_cache_that_cannot_be_used_costs_a_warning_never_a_paid_answer(
    tmp_path: Path, fault: str
) -> None:
    import os
    import sqlite3

    cache = tmp_path / "cache"
    cache.mkdir()
    database = cache / "results.sqlite3"
    holder = None
    if fault == "corrupt":
        database.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 2000)  # a torn, zeroed file
    elif fault == "fifo":
        os.mkfifo(database)  # opening it would block start-up for ever
    elif fault == "directory":
        database.mkdir()
    else:  # another process holds the write lock for the whole run
        holder = sqlite3.connect(database, isolation_level=None)
        holder.execute("CREATE TABLE results (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
                       " created REAL NOT NULL)")  # fmt: skip
        holder.execute("BEGIN EXCLUSIVE")
    out = tmp_path / "out.jsonl"
    try:
        with ScriptedServer([ok(answer("valley_strikes"))]) as server:
            done = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out),
                        "--quiet", env={"OPENAI_BASE_URL": server.url,
                                        "SUMMARIZER_CACHE_DIR": str(cache)})  # fmt: skip
    finally:
        if holder is not None:
            holder.close()
    assert done.returncode == 0, done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # the paid answer is kept
    assert "results.sqlite3" in done.stderr and "--no-cache" in done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr


def test_a_resumed_batch_reuses_only_results_asked_the_same_way(tmp_path: Path) -> None:
    from tests.scenarios import only

    article = tmp_path / "valley.txt"
    article.write_text((EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8"))
    out = tmp_path / "out.jsonl"
    summary = only(answer("valley_strikes"), "summary")
    with ScriptedServer([ok(answer("valley_strikes")), ok(summary)]) as server:
        env = {"OPENAI_BASE_URL": server.url}
        first = _cli("batch", str(article), "--out", str(out), "--no-cache", env=env)
        assert first.returncode == 0, first.stderr
        again = _cli("batch", str(article), "--out", str(out), "--no-cache", env=env)
        assert again.returncode == 0 and len(server.requests) == 1  # the same ask: done
        other_task = _cli("batch", str(article), "--out", str(out), "--no-cache",
                          "--task", "summarize", env=env)  # fmt: skip
        _one_line(other_task, 2, "task analyze, not summarize")
        other_model = _cli("batch", str(article), "--out", str(out), "--no-cache",
                           "--model", "another-model", env=env)  # fmt: skip
        _one_line(other_model, 2, "model")
        article.write_text(article.read_text(encoding="utf-8") + "\nA late paragraph.\n")
        edited = _cli("batch", str(article), "--out", str(out), "--no-cache", env=env)
        _one_line(edited, 2, "its article changed")
        assert len(server.requests) == 1  # nothing was asked for a refused resume
        redo = _cli("batch", str(article), "--out", str(out), "--no-cache", "--task",
                    "summarize", "--redo-changed", env=env)  # fmt: skip
        assert redo.returncode == 0, redo.stderr
        assert len(server.requests) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 1 and "events" not in lines[0]["result"]  # one line, the new ask


VALLEY_CASSETTE = CASSETTES / "examples" / "valley_strikes.yaml"


def _valley_line(input_id: str, text: str | None = None) -> str:
    article = text or (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
    return json.dumps({"id": input_id, "text": article})


def test_pages_for_standard_input_are_written_by_id(tmp_path: Path) -> None:
    pages, out = tmp_path / "pages", tmp_path / "out.jsonl"
    done = run_cli("batch", "-", "--out", str(out), "--html", str(pages), "--replay",
                   str(VALLEY_CASSETTE), "--quiet", stdin=_valley_line("v1") + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [p.name.split("-")[0] for p in pages.glob("v1-*.html")] == ["v1"]
    assert "v1" in (pages / "index.html").read_text(encoding="utf-8")


def test_a_repeated_id_shows_the_first_input_s_text_and_nothing_over_it(tmp_path: Path) -> None:
    inputs, pages, out = tmp_path / "in.jsonl", tmp_path / "pages", tmp_path / "out.jsonl"
    inputs.write_text(_valley_line("v1") + "\n" + _valley_line("v1", "Another story.") + "\n")
    done = _cli("batch", str(inputs), "--out", str(out), "--html", str(pages),
                "--replay", str(VALLEY_CASSETTE), "--quiet")  # fmt: skip
    assert done.returncode == 1  # the repeated id is an error line
    assert "no page for" not in done.stderr
    (page,) = pages.glob("v1-*.html")
    assert "Valley Brigades" in page.read_text(encoding="utf-8")


def test_a_symbolic_link_among_the_pages_is_not_written_through(tmp_path: Path) -> None:
    pages, out, victim = tmp_path / "pages", tmp_path / "out.jsonl", tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    pages.mkdir()
    (pages / "index.html").symlink_to(victim)
    done = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out", str(out),
                "--html", str(pages), "--replay", str(VALLEY_CASSETTE), "--quiet")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert "no page for index.html" in done.stderr


def test_an_unwritable_pages_folder_is_refused_before_any_request(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with ScriptedServer([ok(answer("valley_strikes"))]) as server:
        done = _cli("batch", str(EXAMPLES_DIR / "valley_strikes.txt"), "--out",
                    str(tmp_path / "out.jsonl"), "--html", str(blocker / "pages"),
                    env={"OPENAI_BASE_URL": server.url})  # fmt: skip
        assert server.requests == []
    _one_line(done, 73, "cannot write evidence pages")


def test_an_interrupted_batch_says_what_was_written_and_how_to_resume(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT) while the second article waits for its answer."""
    import signal
    import time

    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "valley", "text": (EXAMPLES_DIR / "valley_strikes.txt").read_text()})
        + "\n"
        + json.dumps({"id": "grain", "text": (EXAMPLES_DIR / "grain_deal.txt").read_text()})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    script = [{"match": "HALVAR, March 9", **ok(answer("valley_strikes"))},
              {"match": "KESTRIA CITY", "delay": 600, **ok(answer("grain_deal"))}]  # fmt: skip
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    with ScriptedServer(script) as server:
        child = subprocess.Popen(
            [sys.executable, "-m", "summarizer", "batch", str(source), "--out", str(out),
             "--no-cache", "--quiet"], cwd=ROOT, stderr=subprocess.PIPE, text=True,
            env={**clean, "OPENAI_BASE_URL": server.url, "SUMMARIZER_IDENTIFY_SERVER": "false"},
        )  # fmt: skip
        # wait (on the outcome, not on a clock) until the first result is written; the bound
        # only keeps a broken run from hanging the suite
        for _ in range(20_000):
            if out.exists() and out.read_text(encoding="utf-8").count("\n") == 1:
                break
            assert child.poll() is None, child.communicate()[1]
            time.sleep(0.05)
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=120)
    assert child.returncode == 130
    assert "Traceback" not in stderr
    assert (
        f"interrupted: 1 result(s) in {out} and 0 error line(s) in "
        f"{out.with_suffix('.errors.jsonl')} from this run; run the same command again to "
        "resume" in stderr
    )
    (line,) = [json.loads(text) for text in out.read_text(encoding="utf-8").splitlines()]
    assert line["id"] == "valley" and "result" in line


def test_a_terminal_as_standard_input_gets_a_hint(tmp_path: Path) -> None:
    """A real terminal (a pseudo-terminal): the command says it waits for typing."""
    import pty

    controller, terminal = pty.openpty()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    child = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "analyze", "-", "--replay",
         str(CASSETTES / "examples" / "valley_strikes.yaml")],
        cwd=ROOT, stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=clean,
    )  # fmt: skip
    os.close(terminal)
    article = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
    os.write(controller, article.replace("\n", "\r").encode("utf-8") + b"\r\x04")
    stdout, stderr = child.communicate(timeout=120)
    os.close(controller)
    assert "summarizer: reading the article from the terminal" in stderr
    assert "Ctrl-D" in stderr and "Traceback" not in stderr
