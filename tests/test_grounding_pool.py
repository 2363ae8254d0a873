"""Grounding in worker processes (core/grounding_pool.py): the same answers, re-asks and
failures as grounding on the event loop; a worker that dies costs only its answer; a slow
answer holds only its own worker.

The scripted server plays each scenario at test time; the pool's workers are real processes."""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from summarizer import AsyncSummarizer, AttemptsExhausted
from summarizer._config import load_config
from summarizer._errors import GroundingCrashed
from summarizer.checks.alignment import ArticleText
from summarizer.core.grounding_pool import GroundingPool, ground, grounding_pool_for
from summarizer.core.models import AnalysisBody, GroundingContext, answer_model, grounded_on
from summarizer.core.pipeline import as_article
from tests.helpers import EXAMPLES_DIR
from tests.scenarios import SCENARIOS, answer
from tests.scripted_server import ScriptedServer

VALLEY = (EXAMPLES_DIR / "valley_strikes.txt").read_text(encoding="utf-8")
GRAIN = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")


def run(
    scenario: str, pool: GroundingPool | None, task: str, text: str, settings: dict[str, Any]
) -> tuple[Any, list[Any]]:
    """`task` on `text` against `scenario`, grounding in `pool` (None: on the loop): the
    result (or the error raised) and the requests the server received."""

    async def analyse() -> Any:
        async with AsyncSummarizer(
            base_url=server.url, api_key="scripted-no-key", grounding_pool=pool, **settings
        ) as summarizer:
            try:
                return await summarizer.run_task(task, as_article(text))  # type: ignore[arg-type]
            except AttemptsExhausted as exc:
                return exc

    with ScriptedServer(SCENARIOS.get(scenario) or HERE[scenario]()) as server:
        outcome = asyncio.run(analyse())
        return outcome, server.requests


def _invented_headline() -> list[dict[str, Any]]:
    from tests.test_partial import invented_headline

    return [{"answer": invented_headline()}] * 3


HERE = {"invented_headline": _invented_headline}  # scenarios of this module


def comparable(result: Any) -> Any:
    if isinstance(result, AttemptsExhausted):
        return (str(result), result.attempts, result.errors, result.rules, result.usage)
    data = result.model_dump(mode="json")
    del data["metadata"]["created_at"]
    return data


@pytest.mark.parametrize(
    ("scenario", "task", "text", "settings"),
    [  # a grounding re-ask, then a grounded answer
        ("reask_fabricated_quote", "analyze", VALLEY, {}),
        ("reask_misread_weekday", "analyze", VALLEY, {}),
        # an answer that is not JSON: re-asked by instructor for its types, then grounded
        ("malformed_json_then_valid", "summarize", GRAIN, {}),
        # every attempt ungrounded: the same error, or under `partial` the same result
        ("attempts_exhausted", "analyze", VALLEY, {}),
        ("attempts_exhausted", "analyze", VALLEY, {"on_invalid": "partial"}),
        # nothing can be kept (the headline is invented): the same error, saying why
        ("invented_headline", "analyze", VALLEY, {"on_invalid": "partial"}),
    ],
)
def test_grounding_apart_asks_and_answers_as_the_loop_does(
    scenario: str, task: str, text: str, settings: dict[str, Any]
) -> None:
    on_loop, asked_on_loop = run(scenario, None, task, text, settings)
    pool = GroundingPool(1)
    apart, asked_apart = run(scenario, pool, task, text, settings)
    assert pool.started  # the answers were grounded in the worker, not on the loop
    assert asked_apart == asked_on_loop  # the same requests, re-ask messages included
    assert comparable(apart) == comparable(on_loop)
    if not isinstance(on_loop, AttemptsExhausted):
        assert on_loop.metadata.attempts == len(asked_on_loop)
    elif scenario == "invented_headline":
        assert "no partial result" in str(apart)


def test_a_pool_starts_with_its_first_answer_and_as_configured() -> None:
    """No process before an answer needs one; the setting decides, and only a command takes
    the cores unasked (the Python API may run in a script a process pool cannot re-import)."""
    pool = GroundingPool(2)
    assert not pool.started
    pool.close()
    assert (
        grounding_pool_for(load_config(api_key="k", grounding_workers=0), by_default=True) is None
    )
    unset = load_config(api_key="k")
    assert grounding_pool_for(unset, by_default=False) is None
    chosen = grounding_pool_for(load_config(api_key="k", grounding_workers=3), by_default=False)
    assert chosen is not None and chosen.workers == 3 and not chosen.started


# --- faults in the workers: module-level, so that a spawned worker can import them ----------

RELEASE = "SUMMARIZER_TEST_RELEASE_FILE"


def ground_or_die(body: type[BaseModel], answer: str, grounding: Any) -> Any:
    """`ground`, except that an article saying DIE stops the process checking it."""
    if "DIE" in grounding.article.text:
        os._exit(3)
    return ground(body, answer, grounding)


def ground_slowly(body: type[BaseModel], answer: str, grounding: Any) -> Any:
    """`ground`, except that an article saying SLOW waits until the test releases it."""
    if "SLOW" in grounding.article.text:
        release = Path(grounding.article.text.split("SLOW ")[1].split("\n")[0])
        while not release.exists():
            time.sleep(0.01)
    return ground(body, answer, grounding)


def answer_text() -> str:
    return json.dumps(answer("valley_strikes"))


def context(extra: str) -> GroundingContext:
    return GroundingContext(article=ArticleText(f"{VALLEY}\n\n{extra}\n"))


def test_a_worker_that_dies_costs_only_its_answer() -> None:
    async def run() -> list[Any]:
        pool = GroundingPool(2, check=ground_or_die)
        try:
            jobs = [context(f"Note {i}.") for i in range(5)]
            jobs.insert(2, context("DIE"))
            return await asyncio.gather(
                *(pool.ground(AnalysisBody, answer_text(), job) for job in jobs),
                return_exceptions=True,
            )
        finally:
            pool.close()

    outcomes = asyncio.run(run())
    assert isinstance(outcomes[2], GroundingCrashed)
    rest = outcomes[:2] + outcomes[3:]
    assert all(isinstance(o, BaseModel) for o in rest), rest
    # grounded, not merely typed: every quote was located in its article
    assert all(o.summary.key_points[0].evidence[0].start is not None for o in rest)


def test_a_slow_answer_holds_only_its_own_worker(tmp_path: Path) -> None:
    """Four answers finish while a fifth is still being grounded; no clock is read."""
    release = tmp_path / "release"

    async def run() -> tuple[int, Any]:
        pool = GroundingPool(2, check=ground_slowly)
        try:
            slow = asyncio.ensure_future(
                pool.ground(AnalysisBody, answer_text(), context(f"SLOW {release}"))
            )
            fast = [pool.ground(AnalysisBody, answer_text(), context(f"N{i}.")) for i in range(4)]
            done = await asyncio.gather(*fast)
            held = not slow.done()
            release.write_text("")
            return len(done) if held else -1, await slow
        finally:
            pool.close()

    finished_while_held, slow_result = asyncio.run(run())
    assert finished_while_held == 4
    assert isinstance(slow_result, BaseModel)


def test_an_ungrounded_answer_comes_back_as_the_loop_would_see_it() -> None:
    """The worker's ValidationError crosses the process whole: rule, place and message."""
    body = answer("valley_strikes")
    body["summary"]["key_points"][0]["evidence"][0]["quote"] = "words the article never uses"
    typed = json.dumps(body)
    grounding = GroundingContext(article=ArticleText(VALLEY))

    async def run() -> BaseException | None:
        pool = GroundingPool(1)
        try:
            await pool.ground(AnalysisBody, typed, grounding)
        except ValidationError as exc:
            return exc
        finally:
            pool.close()
        return None

    apart = asyncio.run(run())
    assert isinstance(apart, ValidationError)
    with pytest.raises(ValidationError) as on_loop:
        with grounded_on(grounding):
            answer_model(AnalysisBody).model_validate_json(typed, strict=False)
    assert str(apart) == str(on_loop.value)
    assert apart.errors() == on_loop.value.errors()


def test_in_a_batch_a_dying_worker_costs_one_error_line() -> None:
    """Three articles; grounding the second stops its worker (twice): that input is an error
    line naming what happened, the other two are grounded results. Nothing is lost."""
    from summarizer.batch.engine import run_batch
    from summarizer.core.inputs import InputRecord
    from summarizer.core.models import Article

    records = [
        InputRecord(id=name, article=Article(text=f"{VALLEY}\n\n{extra}\n"))
        for name, extra in (("first", "Note 1."), ("second", "DIE"), ("third", "Note 3."))
    ]

    async def run() -> list[Any]:
        async with AsyncSummarizer(
            base_url=server.url,
            api_key="scripted-no-key",
            mode="tools",
            grounding_pool=GroundingPool(1, check=ground_or_die),
        ) as summarizer:
            return [item async for item in run_batch(records, summarizer, concurrency=1)]

    with ScriptedServer([{"answer": answer("valley_strikes")}] * 3) as server:
        items = {item.id: item for item in asyncio.run(run())}
    assert sorted(items) == ["first", "second", "third"]
    assert not items["second"].ok and "stopped the process" in (items["second"].error or "")
    for name in ("first", "third"):
        result = items[name].result()
        assert result.summary.key_points[0].evidence[0].start is not None  # grounded
