"""The command line: data on stdout, one-line errors on stderr, meaningful exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.helpers import CASSETTES, EXAMPLES_DIR, ROOT, run_cli, scripted

GRAIN = EXAMPLES_DIR / "grain_deal.txt"


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """In process (tests/helpers.run_cli): what is tested here is the command, not a process."""
    return run_cli(*args, stdin=stdin if stdin is not None else b"", env=env)


def assert_one_line_error(
    outcome: subprocess.CompletedProcess[str], code: int, *needles: str
) -> None:
    assert outcome.returncode == code, outcome.stderr
    assert outcome.stdout == ""
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error: "), outcome.stderr
    assert "Traceback" not in outcome.stderr
    for needle in needles:
        assert needle in lines[0]


def test_replay_example_prints_analysis_json() -> None:
    outcome = run(
        "analyze", str(GRAIN), "--replay", str(CASSETTES / "examples" / "grain_deal.yaml")
    )
    assert outcome.returncode == 0, outcome.stderr
    assert json.loads(outcome.stdout)["events"][0]["type"] == "AGREE"
    # one closing line on stderr, as batch and eval have: tokens, cost, model, attempts
    assert re.fullmatch(r"summarizer: 1 article, [\d,]+ tokens, \$[\d.]+, \S+, \d attempts?\n",
                        outcome.stderr), outcome.stderr  # fmt: skip
    quiet = run(
        "analyze", str(GRAIN), "--replay", str(CASSETTES / "examples" / "grain_deal.yaml"), "-q"
    )
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert json.loads(quiet.stdout)["events"] == json.loads(outcome.stdout)["events"]


def test_reads_the_article_from_stdin() -> None:
    cassette = str(CASSETTES / "examples" / "grain_deal.yaml")
    outcome = run("analyze", "-", "--replay", cassette, "--compact", stdin=GRAIN.read_bytes())
    assert outcome.returncode == 0, outcome.stderr
    assert len(outcome.stdout.strip().splitlines()) == 1


def test_summarize_and_events_commands() -> None:
    summary = run(
        "summarize",
        str(GRAIN),
        "--replay",
        str(CASSETTES / "pipeline" / "test_summarize_grain_deal.yaml"),
    )
    assert summary.returncode == 0, summary.stderr
    assert set(json.loads(summary.stdout)) == {"summary", "complete", "metadata"}
    port = EXAMPLES_DIR / "port_strike.md"
    events = run(
        "events",
        str(port),
        "--replay",
        str(CASSETTES / "pipeline" / "test_extract_events_port_strike.yaml"),
    )
    assert events.returncode == 0, events.stderr
    assert set(json.loads(events.stdout)) == {"events", "entities", "complete", "metadata"}


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ],
)
def test_unusable_input_is_a_one_line_error(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    assert_one_line_error(run("analyze", str(path)), 2, needle)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert_one_line_error(run("analyze", str(tmp_path / "nope.txt")), 2, "no such file")
    assert_one_line_error(run("analyze", str(tmp_path)), 2, "is a directory")
    assert_one_line_error(run("analyze", "-", stdin=b""), 2, "standard input is empty")


def test_missing_key_says_how_to_set_it() -> None:
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if not k.startswith(("OPENAI_", "SUMMARIZER_"))
    }
    assert_one_line_error(
        run("analyze", str(GRAIN), env=env), 2, "OPENAI_API_KEY", "OPENAI_BASE_URL"
    )


def test_bad_setting_is_a_one_line_error() -> None:
    assert_one_line_error(
        run("analyze", str(GRAIN), "--mode", "telepathy"), 2, "invalid setting mode"
    )


def test_record_and_replay_are_exclusive(tmp_path: Path) -> None:
    outcome = run(
        "analyze",
        str(GRAIN),
        "--record",
        str(tmp_path / "a.yaml"),
        "--replay",
        str(tmp_path / "b.yaml"),
    )
    assert_one_line_error(outcome, 2, "not both")


def test_replay_of_a_changed_request_says_how_to_rerecord(tmp_path: Path) -> None:
    changed = tmp_path / "grain.txt"
    changed.write_text(GRAIN.read_text() + "\nOne more sentence.\n")
    outcome = run(
        "analyze", str(changed), "--replay", str(CASSETTES / "examples" / "grain_deal.yaml")
    )
    assert_one_line_error(outcome, 1, "no recorded response", "re-record")
    missing = run("analyze", str(GRAIN), "--replay", str(tmp_path / "none.yaml"))
    assert_one_line_error(missing, 2, "cassette not found")
    not_one = run("analyze", str(GRAIN), "--replay", str(ROOT / "README.md"))
    assert_one_line_error(not_one, 2, "README.md is not a cassette")


def test_schema_check_detects_stale_files(tmp_path: Path) -> None:
    assert_one_line_error(run("schema", "--out", str(tmp_path), "--check"), 1, "stale schemas")
    assert run("schema", "--out", str(tmp_path)).returncode == 0
    assert run("schema", "--out", str(tmp_path), "--check").returncode == 0
    printed = json.loads(run("schema").stdout)
    assert "analysis.schema.json" in printed


def test_html_page_yields_an_analysis_of_its_main_text() -> None:
    page = EXAMPLES_DIR / "grain_deal.html"
    outcome = run(
        "analyze", str(page), "--replay", str(CASSETTES / "examples" / "grain_deal_html.yaml")
    )
    assert outcome.returncode == 0, outcome.stderr
    result = json.loads(outcome.stdout)
    assert result["summary"]["dateline"]["date"] == "2026-06-03"
    assert all("Advertisement" not in e["evidence"][0]["quote"] for e in result["events"])


def test_jsonl_input_gives_one_line_per_article_in_order(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    good = {"id": "grain", "text": GRAIN.read_text(encoding="utf-8")}
    batch.write_text(
        "\n".join([json.dumps({"id": "blank", "text": " "}), json.dumps(good), "{oops"]) + "\n",
        encoding="utf-8",
    )
    outcome = run(
        "analyze", str(batch), "--replay", str(CASSETTES / "examples" / "grain_deal.yaml")
    )
    lines = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["blank", "grain", f"{batch}:3"]
    assert "error" in lines[0] and "error" in lines[2]
    assert lines[1]["result"]["events"][0]["type"] == "AGREE"
    assert outcome.returncode == 1
    assert (
        outcome.stderr.strip() == "summarizer: error: 2 of 3 articles failed; see their error lines"
    )


def test_oversized_input_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100, encoding="utf-8")
    env = {**__import__("os").environ, "SUMMARIZER_MAX_INPUT_BYTES": "100"}
    assert_one_line_error(run("analyze", str(big), env=env), 2, "input limit")


def test_fabricated_quote_is_reasked_into_a_grounded_result() -> None:
    valley = EXAMPLES_DIR / "valley_strikes.txt"
    with scripted("reask_fabricated_quote") as env:
        outcome = run("analyze", str(valley), env=env)
    assert outcome.returncode == 0, outcome.stderr
    result = json.loads(outcome.stdout)
    assert result["metadata"]["attempts"] == 2
    reasks = result.pop("metadata")["reasks"]
    assert "destroyed four camps" not in json.dumps(result)  # the corrected answer is served
    assert [r["rule"] for r in reasks] == ["quote_not_in_article"]  # the fault is on record


def test_persistent_fabrication_exits_non_zero_with_no_analysis() -> None:
    valley = EXAMPLES_DIR / "valley_strikes.txt"
    with scripted("attempts_exhausted") as env:
        outcome = run("analyze", str(valley), env=env)
    assert_one_line_error(outcome, 1, "no valid answer after 3 attempts", "is not in the article")


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("analyze",), ("Missing argument", "summarizer analyze --help")),
        (("analyze", "x.txt", "--bogus"), ("No such option: --bogus",)),
        (("schema", "--out", "README.md"), ("--out", "README.md", "is a file")),
        (("batch", "examples", "--out", "examples"), ("--out", "is a directory")),
        (("analyze", "examples/grain_deal.txt", "--record", "examples"), ("--record",)),
        (("eval", "examples/gold/gold.jsonl", "--results", "none.jsonl"), ("does not exist",)),
        (("digest", "a.txt", "b.txt", "--html", "examples"), ("--html", "is a directory")),
    ],
)
def test_usage_mistakes_are_one_line_with_the_usage_exit_code(
    args: tuple[str, ...], needles: tuple[str, ...]
) -> None:
    assert_one_line_error(run(*args), 2, *needles)


def test_help_shows_environment_variables_and_defaults() -> None:
    shown = run("batch", "--help").stdout
    for note in ("[env: SUMMARIZER_MODEL", "[env: SUMMARIZER_CACHE_DIR", "[default: 8"):
        assert note in " ".join(shown.split()), note


def test_every_setting_is_named_in_some_help_and_the_version_is_printed() -> None:
    from summarizer import Config

    shown = " ".join((run("--help").stdout + run("batch", "--help").stdout).split())
    for name in Config.model_fields:
        assert f"SUMMARIZER_{name.upper()}" in shown, name
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("summarizer 0.")


def test_an_unreachable_endpoint_is_named_without_its_credentials() -> None:
    # port 9 (discard) on loopback: nothing listens, the connection is refused at once
    env = {**os.environ, "OPENAI_BASE_URL": "http://user:s3cret@127.0.0.1:9/v1",
           "SUMMARIZER_MAX_TRANSPORT_ATTEMPTS": "1"}  # fmt: skip
    outcome = run("analyze", "examples/grain_deal.txt", env=env)
    assert outcome.returncode == 1
    last = outcome.stderr.strip().splitlines()[-1]
    assert "cannot reach the model endpoint at http://127.0.0.1:9/v1/chat/completions" in last
    assert "s3cret" not in outcome.stderr and "user" not in outcome.stderr


def test_no_color_means_no_escape_codes_at_all(tmp_path: Path) -> None:
    empty = tmp_path / "results.jsonl"
    empty.write_text("", encoding="utf-8")
    args = ("eval", "examples/gold/gold.jsonl", "--results", str(empty))
    styled = run(*args, env={**os.environ, "FORCE_COLOR": "1"})
    plain = run(*args, env={**os.environ, "FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" in styled.stdout  # a terminal gets styles (bold titles)...
    assert "\x1b[" not in plain.stdout and "Evaluation against" in plain.stdout  # ...NO_COLOR none


def test_a_jsonl_line_missing_from_the_cassette_is_that_lines_error(tmp_path: Path) -> None:
    lines = tmp_path / "two.jsonl"
    lines.write_text(
        json.dumps({"id": "recorded", "text": GRAIN.read_text(encoding="utf-8")}) + "\n"
        + json.dumps({"id": "new", "text": "A different article, never recorded. " * 5}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    outcome = run(
        "analyze", str(lines), "--replay", str(CASSETTES / "examples" / "grain_deal.yaml")
    )
    assert outcome.returncode == 1
    printed = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [p["id"] for p in printed] == ["recorded", "new"]
    assert "result" in printed[0] and "no recorded response" in printed[1]["error"]


def test_help_examples_use_only_options_their_command_has() -> None:
    """The examples in --help are kept true: every option they use exists on the command,
    and short options (-h, -o, -m) work where the conventions of CLIs put them."""
    import typer.main
    from typer.testing import CliRunner

    from summarizer.cli.app import HELP_EXAMPLES, app

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    for name, examples in HELP_EXAMPLES.items():
        known = {opt for p in commands[name].params for opt in (*p.opts, *p.secondary_opts)}
        used = {word for line in examples.splitlines()[2:] for word in line.split()
                if word.startswith("-") and word != "-"}  # fmt: skip
        assert used <= known | {"-s"}, (name, used - known)  # (-s is curl's, in a pipe)
        shown = CliRunner().invoke(app, [name, "-h"])
        assert shown.exit_code == 0 and "Examples:" in shown.output, name
    for name in ("batch", "view", "eval", "schema"):
        assert "-o" in {o for p in commands[name].params for o in p.opts}, name
    for name in ("batch", "analyze", "summarize", "events", "digest", "chat"):
        assert "-m" in {o for p in commands[name].params for o in p.opts}, name
