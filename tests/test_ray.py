"""The Ray Data engine, in local mode on two CPUs, against the scripted server: one output row per
input row, with the same results and errors as the local engine, and a re-run that skips what is
done. (Ray's workers are separate processes, which a cassette cannot reach: these tests talk to
the scripted server, which plays the answers each article's text selects.)"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray", reason="the ray extra is not installed")

from summarizer.ray import analyze_dataset  # noqa: E402
from tests.helpers import EXAMPLES_DIR  # noqa: E402
from tests.scenarios import answer, fabricated_quote, ok  # noqa: E402
from tests.scripted_server import ScriptedServer  # noqa: E402

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
GRAIN = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")
PORT = (EXAMPLES_DIR / "port_strike.md").read_text(encoding="utf-8")


def _steps() -> list[dict[str, Any]]:
    """Valley needs one re-ask; grain is right at once; port's answers never ground (its
    article is not the one they quote), so it ends as an error after every attempt."""
    # port's steps come first: its re-asks quote the valley answer back, so they would
    # otherwise take valley's steps (a step goes to the first request whose text it matches)
    return [
        *({**ok(answer("valley_strikes")), "match": "Selva Port"} for _ in range(3)),
        {**ok(fabricated_quote()), "match": "Tarsovan"},
        {**ok(answer("valley_strikes")), "match": "Tarsovan"},
        {**ok(answer("grain_deal")), "match": "Kestria"},
    ]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    # the workers at normal priority, as `batch --engine ray` starts them (summarizer/ray.py)
    os.environ.setdefault("RAY_worker_niceness", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    yield
    ray.shutdown()


def _rows() -> list[dict[str, Any]]:
    return [
        {"id": "valley", "text": VALLEY},
        {"id": "grain", "text": GRAIN},
        {"id": "empty", "text": "   "},
        {"id": "port", "text": PORT},
    ]


def test_one_output_row_per_input_row_with_results_and_errors(local_ray: None) -> None:
    with ScriptedServer(_steps()) as server:
        ds = ray.data.from_items(_rows())
        out = analyze_dataset(ds, actors=2, batch_size=2, rpm=600, in_flight=4,
                              base_url=server.url, api_key="scripted-no-key")  # fmt: skip
        rows = {row["id"]: row for row in out.take_all()}
    assert sorted(rows) == ["empty", "grain", "port", "valley"]
    assert rows["valley"]["status"] == "ok" and rows["grain"]["status"] == "ok"
    valley = json.loads(rows["valley"]["result"])
    assert valley["metadata"]["attempts"] == 2  # the re-ask happened inside the actor
    assert [r["rule"] for r in valley["metadata"]["reasks"]] == ["quote_not_in_article"]
    assert rows["empty"]["status"] == "error" and "no text" in rows["empty"]["error"]
    assert rows["port"]["status"] == "error" and "attempts" in rows["port"]["error"]
    assert rows["valley"]["cache_key"] and rows["valley"]["cache_key"] != rows["grain"]["cache_key"]


def test_a_rerun_skips_the_rows_a_previous_run_finished(local_ray: None) -> None:
    with ScriptedServer([{**ok(answer("grain_deal")), "match": "Kestria"}]) as server:
        settings = {"base_url": server.url, "api_key": "scripted-no-key"}
        first = analyze_dataset(ray.data.from_items(_rows()[1:2]), actors=1, **settings)
        (done,) = first.take_all()
        again = analyze_dataset(
            ray.data.from_items(_rows()[1:2]), actors=1, skip_keys={done["cache_key"]}, **settings
        )
        (skipped,) = again.take_all()
        assert len(server.requests) == 1  # the second run asked nothing
    assert done["status"] == "ok" and skipped["status"] == "skipped"
    assert skipped["cache_key"] == done["cache_key"]


def test_the_cli_runs_a_batch_on_ray_with_the_same_outputs(local_ray: None, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in _rows()), encoding="utf-8")
    out = tmp_path / "results.jsonl"
    with ScriptedServer(_steps()) as server:
        outcome = CliRunner().invoke(app, [
            "batch", str(inputs), "--out", str(out), "--engine", "ray", "--concurrency", "4",
            "--base-url", server.url, "--no-cache", "--quiet",
        ], env={"OPENAI_API_KEY": "scripted-no-key"})  # fmt: skip
    assert outcome.exit_code == 1  # two articles failed, and the run says so
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = out.with_suffix(".errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(r["id"] for r in results) == ["grain", "valley"]
    assert sorted(json.loads(e)["id"] for e in errors) == ["empty", "port"]


def test_a_killed_worker_s_rows_end_once(local_ray: None, tmp_path: Path) -> None:
    """An actor that dies mid-batch (here: it exits the first time it is called) is restarted
    and its batch done again; every row ends once, none twice, none lost."""
    import os

    from summarizer.ray import Analyzer

    class DiesOnce(Analyzer):  # defined here, so Ray ships it to the workers by value
        def __init__(self, *, marker: str, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.marker = Path(marker)

        def __call__(self, batch: Any) -> Any:
            if not self.marker.exists():
                self.marker.write_text("died once", encoding="utf-8")
                os._exit(1)  # as a lost node or an OOM kill would end it
            return super().__call__(batch)

    rows = [{"id": "grain", "text": GRAIN}, {"id": "empty", "text": ""}]
    marker = tmp_path / "died"
    with ScriptedServer([{**ok(answer("grain_deal")), "match": "Kestria"}]) as server:
        out = ray.data.from_items(rows).map_batches(
            DiesOnce, batch_format="pandas", batch_size=2, concurrency=1,
            fn_constructor_kwargs={"marker": str(marker), "base_url": server.url,
                                   "api_key": "scripted-no-key"},
        )  # fmt: skip
        done = out.take_all()
        assert len(server.requests) == 1  # the batch was redone, and asked once
    assert marker.exists()  # the worker did die
    assert sorted((r["id"], r["status"]) for r in done) == [("empty", "error"), ("grain", "ok")]


def test_a_partial_result_comes_out_of_an_actor_with_its_account(local_ray: None) -> None:
    from tests.test_partial import invented_key_point

    with ScriptedServer([{**ok(invented_key_point()), "match": "Tarsovan"}] * 2) as server:
        out = analyze_dataset(ray.data.from_items(_rows()[:1]), actors=1, max_reasks=1,
                              on_invalid="partial", base_url=server.url,
                              api_key="scripted-no-key")  # fmt: skip
        (row,) = out.take_all()
    assert row["status"] == "ok", row["error"]
    result = json.loads(row["result"])
    assert result["complete"] is False
    assert result["metadata"]["dropped"][-1]["path"] == "summary.key_points[1]"


def test_an_actor_grounds_in_processes_of_its_own_when_asked(local_ray: None) -> None:
    """`grounding_workers` in an actor: its answers are grounded in a pool the actor starts
    (a spawn from inside a Ray worker), with the same re-ask and result as on its loop."""
    steps = [{**ok(fabricated_quote()), "match": "Tarsovan"},
             {**ok(answer("valley_strikes")), "match": "Tarsovan"}]  # fmt: skip
    with ScriptedServer(steps) as server:
        out = analyze_dataset(ray.data.from_items(_rows()[:1]), actors=1, grounding_workers=1,
                              base_url=server.url, api_key="scripted-no-key")  # fmt: skip
        (row,) = out.take_all()
    assert row["status"] == "ok", row["error"]
    valley = json.loads(row["result"])
    assert valley["metadata"]["attempts"] == 2
    assert [r["rule"] for r in valley["metadata"]["reasks"]] == ["quote_not_in_article"]
    assert valley["summary"]["key_points"][0]["evidence"][0]["start"] is not None


def test_ray_refuses_a_cassette_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    outcome = CliRunner().invoke(app, [
        "batch", str(EXAMPLES_DIR / "grain_deal.txt"), "--out", str(tmp_path / "out.jsonl"),
        "--engine", "ray", "--replay", "cassettes/examples/grain_deal.yaml",
    ])  # fmt: skip
    assert outcome.exit_code == 2
    assert "--engine ray cannot --record or --replay" in outcome.output
    assert not (tmp_path / "out.jsonl").exists()


def test_ray_s_own_logs_stay_off_stderr_unless_verbose(tmp_path: Path) -> None:
    """A process of its own: Ray is started by the command, as a user's run starts it."""
    import os
    import subprocess
    import sys

    out = tmp_path / "out.jsonl"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    with ScriptedServer([{**ok(answer("grain_deal")), "match": "Kestria"}]) as server:
        done = subprocess.run(
            [sys.executable, "-m", "summarizer", "batch", str(EXAMPLES_DIR / "grain_deal.txt"),
             "--out", str(out), "--engine", "ray", "--actors", "1", "--no-cache", "--quiet"],
            capture_output=True, text=True, timeout=600,
            env={**clean, "OPENAI_BASE_URL": server.url, "SUMMARIZER_IDENTIFY_SERVER": "false",
                 "RAY_ENABLE_UV_RUN_RUNTIME_ENV": "0"},
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    foreign = [line for line in done.stderr.splitlines() if not line.startswith("summarizer: ")]
    # Ray's C++ core writes one warning of its own to the process's stderr whenever an actor
    # pool may restart its actors (ray-project/ray#53727); Python's logging cannot reach it
    assert [line for line in foreign if "core_worker.cc" not in line] == [], done.stderr
    assert len(foreign) <= 1, done.stderr


def test_a_repeated_id_is_an_error_line_as_in_the_local_engine(
    local_ray: None, tmp_path: Path
) -> None:
    from summarizer._config import load_config
    from summarizer.core.inputs import InputRecord
    from summarizer.core.models import Article
    from summarizer.ray import run_on_ray

    records = [
        InputRecord("grain", Article(text=GRAIN)),
        InputRecord("grain", Article(text=VALLEY)),
    ]
    with ScriptedServer([{**ok(answer("grain_deal")), "match": "Kestria"}]) as server:
        config = load_config(base_url=server.url, api_key="scripted-no-key")
        items = list(run_on_ray(records, config, task="analyze", actors=1, rpm=None, tpm=None,
                                in_flight=2, quiet=True))  # fmt: skip
        assert len(server.requests) == 1  # the repeated id was never sent
    assert sorted((i.id, i.ok) for i in items) == [("grain", False), ("grain", True)]
    assert [i.error for i in items if not i.ok] == ["duplicate input id"]
