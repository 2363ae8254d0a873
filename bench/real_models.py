"""Measure a real model through the whole pipeline, per structured-output mode.

    python bench/real_models.py                        # starts the local server (summarizer[local])
    python bench/real_models.py --base-url URL --model NAME   # any OpenAI-compatible server

For each mode and article, one `summarize` call with no re-ask (`max_reasks=0`), so each row
describes first answers: the share that parse as JSON, that have the answer schema's shape, and
that pass every grounding rule; the requests each article took (a cut-off answer is asked once
more with twice the budget) and the seconds. It reports; nothing here is a timed test. The
table in docs/real-models.md was made with it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import AnswerTruncated, AttemptsExhausted, Summarizer, SummarizerError  # noqa: E402
from summarizer.checks.rules import RULES  # noqa: E402

ARTICLES = [
    ROOT / "tests" / "data" / "real" / "bridge.txt",
    ROOT / "tests" / "data" / "real" / "market.txt",
    ROOT / "examples" / "valley_strikes.txt",
]
MODES = ["json_grammar", "tools", "json", "md_json"]
GROUNDING = set(RULES) - {"invalid_json", "schema"}


def first_answer(summarizer: Summarizer, text: str) -> tuple[str, int]:
    """How the first answer fared (grounded, ungrounded, schema, unparsed, cut off, error)
    and the requests it took."""
    try:
        result = summarizer.summarize(text)
    except AttemptsExhausted as exc:
        rule = exc.rules[-1] if exc.rules else "schema"
        fared = (
            "ungrounded"
            if rule in GROUNDING
            else "unparsed"
            if rule == "invalid_json"
            else "schema"
        )
        return fared, exc.attempts
    except AnswerTruncated:
        return "cut off", 2
    except SummarizerError as exc:
        return f"error: {str(exc)[:60]}", 1
    return "grounded", result.metadata.attempts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url")
    parser.add_argument("--model", default="smollm2-135m-instruct")
    parser.add_argument("--max-output-tokens", type=int, default=800)
    parser.add_argument("--modes", default=",".join(MODES))
    args = parser.parse_args()
    if args.base_url:
        measure(args.base_url, args)
        return
    from tests.real_server import RealServer

    with RealServer() as server:
        measure(server.url, args)


def measure(url: str, args: argparse.Namespace) -> None:
    print(
        "| mode | articles | parse | schema | grounded | cut off | requests/article | s/article |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for mode in args.modes.split(","):
        fared: Counter[str] = Counter()
        requests, seconds = [], []
        for path in ARTICLES:
            with Summarizer(base_url=url, model=args.model, mode=mode, max_reasks=0,
                            max_output_tokens=args.max_output_tokens) as summarizer:  # fmt: skip
                started = time.perf_counter()
                outcome, spent = first_answer(summarizer, path.read_text(encoding="utf-8"))
                seconds.append(time.perf_counter() - started)
            fared[outcome] += 1
            requests.append(spent)
        n = len(ARTICLES)
        parsed = (
            n
            - fared["unparsed"]
            - fared["cut off"]
            - sum(v for k, v in fared.items() if k.startswith("error"))
        )
        shaped = parsed - fared["schema"]
        others = ", ".join(f"{k} {v}" for k, v in fared.items() if k.startswith("error"))
        print(
            f"| {mode} | {n} | {parsed}/{n} | {shaped}/{n} | {fared['grounded']}/{n} | "
            f"{fared['cut off']}/{n} | {statistics.mean(requests):.1f} | "
            f"{statistics.median(seconds):.0f} |" + (f" {others}" if others else "")
        )


if __name__ == "__main__":
    main()
