"""Benchmark: one article in 50 slow to ground; are the other articles' results held?

    python bench/slow_grounding.py            # 50 articles, the 10th slow by 4 s of CPU

The stub endpoint (bench/stub_server.py, its own process) answers every request after 0.2 s.
Grounding the marked article's answer spins the CPU for --slow seconds (the quote aligner is
wrapped, in whichever process grounds). Two runs, the same inputs:

    loop   grounding on the event loop (`grounding_workers=0`)
    pool   grounding in worker processes (`summarizer batch`'s default)

For each run: when each result line arrived (seconds from the start), and how many of the other
49 arrived after the slow one's answer came in, held behind it. Nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARTICLE = (ROOT / "examples" / "valley_strikes.txt").read_text(encoding="utf-8")
MARK = "SLOW-TO-GROUND"


def slow_down() -> None:
    """Make grounding spin on an article holding "MARK seconds" for that many seconds of CPU
    (once per answer). The seconds travel in the article's text, so that a spawned worker,
    which does not share this module's settings, spins as long as the loop would."""
    from summarizer.checks.alignment import ArticleText

    if getattr(ArticleText.align, "slowed", False):
        return
    original = ArticleText.align

    def align(self: ArticleText, quote: str) -> Any:
        if MARK in self.text and not getattr(self, "spun", False):
            self.spun = True  # type: ignore[attr-defined]
            seconds = float(self.text.split(MARK, 1)[1].split()[0])
            until = time.process_time() + seconds
            while time.process_time() < until:
                pass
        return original(self, quote)

    align.slowed = True  # type: ignore[attr-defined]
    ArticleText.align = align  # type: ignore[method-assign]


def ground_slowly(body: Any, answer: str, grounding: Any) -> Any:
    """The pool's check, in a worker: `ground`, with the slow aligner."""
    from summarizer.core.grounding_pool import ground

    slow_down()
    return ground(body, answer, grounding)


async def run(url: str, n: int, slow_at: int, seconds: float, pooled: bool) -> dict[str, float]:
    from summarizer.batch.engine import run_batch
    from summarizer.core.grounding_pool import GroundingPool
    from summarizer.core.inputs import InputRecord
    from summarizer.core.models import Article
    from summarizer.core.pipeline import AsyncSummarizer

    records = [
        InputRecord(
            id=f"a{i:03d}",
            article=Article(
                text=ARTICLE + (f"\n\n{MARK} {seconds}\n" if i == slow_at else f"\n\nRef {i}.\n")
            ),
        )
        for i in range(n)
    ]
    pool = GroundingPool(2, check=ground_slowly) if pooled else None
    if not pooled:
        slow_down()
    arrived: dict[str, float] = {}
    async with AsyncSummarizer(
        base_url=url, api_key="stub", model="gpt-4o-mini", mode="tools", grounding_pool=pool
    ) as summarizer:
        started = time.perf_counter()
        async for item in run_batch(records, summarizer, concurrency=8):
            assert item.ok, item.error
            arrived[item.id] = time.perf_counter() - started
    return arrived


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--slow-at", type=int, default=9)
    parser.add_argument("--slow", type=float, default=4.0, help="CPU seconds the slow one takes")
    parser.add_argument("--port", type=int, default=8027)
    args = parser.parse_args()
    options = ["--latency", "0.2", "--fail-rate", "0", "--port", str(args.port)]
    stub = subprocess.Popen([sys.executable, str(ROOT / "bench" / "stub_server.py"), *options])
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{args.port}/stats", timeout=5)
                break
            except OSError:
                time.sleep(0.1)
        url = f"http://127.0.0.1:{args.port}/v1"
        print("| grounding | slow article's line (s) | others: median (s) | others: last (s) "
              "| others after the slow one |")  # fmt: skip
        print("|---|---|---|---|---|")
        for label, pooled in (("pool", True), ("loop", False)):
            arrived = asyncio.run(run(url, args.n, args.slow_at, args.slow, pooled))
            slow = arrived.pop(f"a{args.slow_at:03d}")
            others = sorted(arrived.values())
            held = sum(1 for t in others if t > slow)
            print(f"| {label} | {slow:.2f} | {statistics.median(others):.2f} | "
                  f"{others[-1]:.2f} | {held} of {len(others)} |")  # fmt: skip
    finally:
        stub.terminate()
        stub.wait(timeout=10)


if __name__ == "__main__":
    main()
