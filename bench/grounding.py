"""Benchmark: grounding time against article size, answer size and hostile input.

    python bench/grounding.py            # the documented run (docs/benchmarks.md)
    python bench/grounding.py --quick    # smaller sizes

Every figure is the median of several runs in this one process, and each table is read as
ratios against its own first row (the floor measured in the same run), so a busy machine
shifts every row alike. Nothing here is a timed test; it reports.

* article size: the valley example's answer grounded on the article with 10 KB to 5 MB of
  further reporting after it (the answer cites the first paragraphs; every rule that reads the
  whole article - mentions, coverage, injection, dates - reads all of it);
* answer size: 10 to 1,000 events, each citing the article;
* hostile inputs of 2 KB: long runs without spaces, many numbers, many capitalised words,
  many date phrases, punctuation runs and injection keyword fragments, names and number words
  of scripts without capitals, as the article and as a key point; the slowest rule call is
  reported.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.checks.alignment import ArticleText  # noqa: E402
from summarizer.core.models import AnalysisBody, GroundingContext  # noqa: E402

ARTICLE = (ROOT / "examples" / "valley_strikes.txt").read_text(encoding="utf-8")
ANSWER = {
    k: v
    for k, v in json.loads((ROOT / "tests/goldens/valley_strikes.json").read_text()).items()
    if k != "metadata"
}
DATELINE = dt.date(2026, 3, 9)
# Further reporting: ordinary sentences with names, numbers and dates, none of them casualty
# figures (so coverage does not demand them) and none a place the answer names.
FILLER = (
    "Officials in the province of Derva met on Tuesday to discuss the harvest of 2025, which "
    "traders said was about 12 percent larger than the year before. The council of Halvar "
    "approved a budget of 4,500,000 dinars for roads, and the Grain Board said exports to "
    "Morvania rose in February. Residents of Osk described long queues at fuel stations.\n\n"
)


def median_seconds(action: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ground(article: str, answer: dict[str, Any]) -> None:
    context = GroundingContext(article=ArticleText(article), dateline=DATELINE).as_context()
    AnalysisBody.model_validate(answer, context=context)


def by_article_size(sizes: list[int], runs: int) -> list[tuple[str, float]]:
    rows = []
    for size in sizes:
        article = ARTICLE + "\n\n" + FILLER * max(0, (size - len(ARTICLE)) // len(FILLER))
        seconds = median_seconds(lambda a=article: ground(a, ANSWER), runs)  # type: ignore[misc]
        rows.append((f"{len(article) / 1000:,.0f} KB", seconds))
    return rows


def by_answer_size(counts: list[int], runs: int) -> list[tuple[str, float]]:
    rows = []
    for count in counts:
        answer = copy.deepcopy(ANSWER)
        events = []
        for index in range(count):
            event = copy.deepcopy(ANSWER["events"][index % len(ANSWER["events"])])
            event["id"] = f"E{index + 1}"
            event["links"] = []
            events.append(event)
        answer["events"] = events
        seconds = median_seconds(lambda a=answer: ground(ARTICLE, a), runs)  # type: ignore[misc]
        rows.append((f"{count} events", seconds))
    return rows


HOSTILE = {
    "a run without spaces": "x" * 2048,
    "many numbers": " ".join(str(i) for i in range(450)),
    "many capitalised words": " ".join(f"Name{chr(65 + i % 26)}" for i in range(340)),
    "many date phrases": "on Monday last week March 9 " * 73,
    "punctuation runs": ".,;:!?-—'\"()" * 170,
    "keyword fragments": "ignor" * 410,
    "white space after a keyword": "Note" + " " * 2044,
    "blank lines": "\n" * 2048,
    "connectors and capitals": "Police of al de " * 128,
    # scripts without capitals and number words in other languages (issue 29)
    "Arabic given names": "محمد علي حسن " * 158,
    "Chinese surnames": "王李张刘陈" * 410,
    "Cyrillic number words": "двенадцать девять сто " * 93,
    "Devanagari vowel signs": "हादसे में दस " * 158,
    "a kanji run without its honorific": "森田健太" * 512 + "氏",
    "Urdu words for two days and numbers": "کل آٹھ اسی " * 186,
    "Hebrew bet and vav": "אבי דוד " * 256,
    "Chinese syllables": "王建军" * 683,
    "Arabic number words after a clitic": "وثلاث فأربعة " * 158,
    "accented Greek number words": "δεκατρείς τέσσερις " * 108,
}


def hostile(runs: int) -> list[tuple[str, float]]:
    rows = []
    for name, text in HOSTILE.items():
        as_article = median_seconds(lambda t=text: ground(t + "\n\n" + ARTICLE, ANSWER), runs)
        point = copy.deepcopy(ANSWER)
        point["summary"]["key_points"][0]["text"] = text
        as_statement = median_seconds(lambda p=point: _try(lambda: ground(ARTICLE, p)), runs)
        rows.append((name, max(as_article, as_statement)))
    return rows


def _try(action: Callable[[], Any]) -> None:
    try:
        action()
    except ValueError:
        pass  # a hostile answer is refused; only the time matters here


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = (
        [10_000, 100_000, 500_000]
        if args.quick
        else [10_000, 100_000, 500_000, 1_000_000, 5_000_000]
    )
    counts = [10, 100] if args.quick else [10, 100, 1000]
    ground(ARTICLE, ANSWER)  # warm caches and imports once
    for title, rows in (
        ("article size", by_article_size(sizes, args.runs)),
        ("answer size", by_answer_size(counts, args.runs)),
    ):
        floor_label, floor = rows[0]
        print(f"\n| {title} | seconds | x {floor_label} | size x |")
        print("|---|---|---|---|")
        first = float(floor_label.split()[0].replace(",", ""))
        for label, seconds in rows:
            size = float(label.split()[0].replace(",", ""))
            print(f"| {label} | {seconds:.3f} | {seconds / floor:.1f} | {size / first:.0f} |")
    print("\n| hostile 2 KB input | slowest (s), as article or key point |")
    print("|---|---|")
    for name, seconds in hostile(args.runs):
        print(f"| {name} | {seconds:.4f} |")


if __name__ == "__main__":
    main()
