"""Benchmark: the batch engine against plain instructor loops, on a local stub endpoint.

    python bench/run.py                       # the documented run (see docs/benchmarks.md)
    python bench/run.py --n 400 --quick       # a smaller one

It starts `bench/stub_server.py` in its own process (fixed latency, optional RPM limit and
injected 500s), writes N articles to a JSONL file, and runs each contender in a fresh process,
so CPU time and peak memory are its own:

    sequential   a plain instructor loop, one article after another (the first --sequential-limit)
    gather       instructor with asyncio.gather and a semaphore of --concurrency
    engine       `summarizer batch` (streamed JSONL in, JSONL out, no cache)
    engine-loop  the same, grounding on its event loop (`--grounding-workers 0`)
    cached       `summarizer batch` again on a warm cache, into a new output file
    bare-sdk     AsyncOpenAI alone with a semaphore (no validation): the SDK's floor
    raw          aiohttp posting prepared bodies, retrying a failure at once: the harness's floor

Efficiency = achieved / ceiling, ceiling = min(concurrency / latency, RPM / 60) articles/s
(the sequential loop's ceiling is 1 / latency). Nothing here is a timed test; it reports.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARTICLE = (ROOT / "examples" / "valley_strikes.txt").read_text(encoding="utf-8")


def write_inputs(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = {"id": f"a{i:06d}", "text": ARTICLE + f"\n\nReference {i}.\n"}
            handle.write(json.dumps(record) + "\n")


def read_inputs(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


# --- contenders (each runs in its own process, see worker()) ----------------------------------


def _messages(text: str) -> list[dict[str, str]]:
    from summarizer.core.models import Article
    from summarizer.core.prompts import build_messages

    return build_messages("analyze", Article(text=text))


def run_sequential(url: str, inputs: Path, limit: int, **_: Any) -> dict[str, int]:
    import instructor
    import openai

    from summarizer.core.models import AnalysisBody

    client = instructor.from_openai(openai.OpenAI(base_url=url, api_key="bench"))
    ok = failed = 0
    for record in read_inputs(inputs, limit):
        try:
            client.chat.completions.create(
                model="gpt-4o-mini", response_model=AnalysisBody, max_retries=2,
                messages=_messages(record["text"]),
            )  # fmt: skip
            ok += 1
        except Exception:
            failed += 1
    return {"articles": ok + failed, "ok": ok, "failed": failed}


def _gather(records: list[dict[str, str]], concurrency: int, call: Any) -> dict[str, int]:
    """Every article through `call(text)`, at most `concurrency` at once; count the outcomes."""

    async def main() -> list[bool]:
        limit = asyncio.Semaphore(concurrency)

        async def one(text: str) -> bool:
            async with limit:
                try:
                    await call(text)
                    return True
                except Exception:
                    return False

        return await asyncio.gather(*(one(r["text"]) for r in records))

    results = asyncio.run(main())
    return {"articles": len(results), "ok": sum(results), "failed": len(results) - sum(results)}


def run_gather(url: str, inputs: Path, concurrency: int, **_: Any) -> dict[str, int]:
    import instructor
    import openai

    from summarizer.core.models import AnalysisBody

    client = instructor.from_openai(openai.AsyncOpenAI(base_url=url, api_key="bench"))

    async def call(text: str) -> Any:
        return await client.chat.completions.create(
            model="gpt-4o-mini", response_model=AnalysisBody, max_retries=2,
            messages=_messages(text),
        )  # fmt: skip

    return _gather(read_inputs(inputs), concurrency, call)


def run_bare_sdk(url: str, inputs: Path, concurrency: int, **_: Any) -> dict[str, int]:
    import openai

    from summarizer.core.models import AnalysisBody, answer_model

    schema = answer_model(AnalysisBody).model_json_schema()
    tool = {"type": "function", "function": {"name": "AnalysisAnswer", "parameters": schema}}
    client = openai.AsyncOpenAI(base_url=url, api_key="bench")

    async def call(text: str) -> Any:
        return await client.chat.completions.create(
            model="gpt-4o-mini", messages=_messages(text), tools=[tool],  # type: ignore[list-item]
            tool_choice={"type": "function", "function": {"name": "AnalysisAnswer"}},
        )  # fmt: skip

    return _gather(read_inputs(inputs), concurrency, call)


def run_raw(url: str, inputs: Path, concurrency: int, **_: Any) -> dict[str, int]:
    """What this machine and stub allow at all: no SDK, no parsing, no back-off."""
    import aiohttp

    from summarizer.core.models import AnalysisBody, answer_model

    schema = answer_model(AnalysisBody).model_json_schema()
    tool = {"type": "function", "function": {"name": "AnalysisAnswer", "parameters": schema}}
    choice = {"type": "function", "function": {"name": "AnalysisAnswer"}}

    async def main() -> list[bool]:
        limit = asyncio.Semaphore(concurrency)
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def one(text: str) -> bool:
                body = json.dumps({"model": "gpt-4o-mini", "messages": _messages(text),
                                   "tools": [tool], "tool_choice": choice})  # fmt: skip
                async with limit:
                    for _ in range(5):
                        async with session.post(f"{url}/chat/completions", data=body,
                                                headers={"content-type": "application/json"},
                                                ) as answer:  # fmt: skip
                            await answer.read()
                            if answer.status == 200:
                                return True
                    return False

            return await asyncio.gather(*(one(r["text"]) for r in read_inputs(inputs)))

    results = asyncio.run(main())
    return {"articles": len(results), "ok": sum(results), "failed": len(results) - sum(results)}


def run_engine(
    url: str,
    inputs: Path,
    concurrency: int,
    out: Path,
    cache: bool,
    rpm: int = 0,
    mode: str = "engine",
    **_: Any,
) -> dict[str, int]:
    from summarizer.cli import app

    args = ["batch", str(inputs), "--out", str(out), "--concurrency", str(concurrency), "--quiet"]
    args += ["--rpm", str(rpm)] if rpm else []
    args += ["--engine", "ray", "--actors", "2"] if mode == "ray" else []
    args += ["--grounding-workers", "0"] if mode == "engine-loop" else []
    if not cache:
        args.append("--no-cache")
    os.environ["OPENAI_BASE_URL"] = url
    try:
        app(args, standalone_mode=False)
    except SystemExit:
        pass
    ok = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    errors = out.with_suffix(".errors.jsonl")
    failed = sum(1 for _ in errors.open(encoding="utf-8")) if errors.exists() else 0
    return {"articles": ok + failed, "ok": ok, "failed": failed}


CONTENDERS = {
    "sequential": run_sequential,
    "gather": run_gather,
    "engine": run_engine,
    "engine-loop": run_engine,  # the engine grounding on its event loop (no worker processes)
    "cached": run_engine,
    "ray": run_engine,  # the engine on Ray Data, local mode: its start-up is in its wall time
    "bare-sdk": run_bare_sdk,
    "raw": run_raw,
}


def worker(spec: dict[str, Any]) -> None:
    """Run one contender in this (fresh) process and print its measurements as JSON."""
    # Module imports are process start-up, not throughput: load them all before the clock.
    import dateparser.date  # noqa: F401
    import instructor  # noqa: F401
    import openai.resources.chat  # noqa: F401

    import summarizer.cli  # noqa: F401
    from summarizer.checks.places import place_countries

    place_countries("Kirkuk")  # the place index: built once per machine, then read from disk

    spec["inputs"], spec["out"] = Path(spec["inputs"]), Path(spec["out"])
    started_wall, started_cpu = time.perf_counter(), time.process_time()
    started_machine = machine_cpu_s()
    counts = CONTENDERS[spec["mode"]](**spec)
    wall, cpu = time.perf_counter() - started_wall, time.process_time() - started_cpu
    machine = machine_cpu_s() - started_machine
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({**counts, "wall_s": wall, "cpu_s": cpu, "machine_cpu_s": machine,
                      "peak_rss_mb": peak_mb}))  # fmt: skip


def machine_cpu_s() -> float:
    """CPU seconds the whole machine has spent (/proc/stat): it counts processes that are not
    this one's children, such as Ray's workers, and everything else running too."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:8]]
    user, nice, system, _idle, _iowait, irq, softirq = fields
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


# --- orchestration ---------------------------------------------------------------------------


def stub_stats(port: int) -> dict[str, int]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/stats", timeout=10) as answer:
        return json.loads(answer.read())  # type: ignore[no-any-return]


def measure(
    mode: str,
    port: int,
    inputs: Path,
    workdir: Path,
    n: int,
    args: argparse.Namespace,
    out_name: str,
    cache_dir: Path,
    limit: int | None = None,
) -> dict[str, Any]:
    """Run one contender in a fresh process; the engine fills `cache_dir`, cached reads it."""
    before = stub_stats(port)
    spec = {
        "mode": mode,
        "url": f"http://127.0.0.1:{port}/v1",
        "inputs": str(inputs),
        "concurrency": args.concurrency,
        "out": str(workdir / out_name),
        # the engine fills the cache only for a `cached` run to read (a repeated engine run
        # would otherwise read what the first one wrote)
        "cache": mode == "cached" or (mode == "engine" and "cached" in args.modes.split(",")),
        "limit": limit or n,
        "rpm": args.rpm,
    }
    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(cache_dir), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, __file__, "--worker", json.dumps(spec)], env=env,
                          capture_output=True, text=True, check=True)  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    after = stub_stats(port)
    articles = result["articles"]
    ceiling = 1 / args.latency if mode == "sequential" else args.concurrency / args.latency
    if args.rpm:
        ceiling = min(ceiling, args.rpm / 60)
    throughput = articles / result["wall_s"] if result["wall_s"] else 0.0
    return {
        "mode": mode, "n": articles, "wall_s": round(result["wall_s"], 2),
        "per_s": round(throughput, 1),
        "efficiency": None if mode == "cached" else round(throughput / ceiling, 3),
        "requests": after["requests"] - before["requests"],
        "http_429": after["rate_limited"] - before["rate_limited"],
        "http_500": after["failed"] - before["failed"],
        "failed": result["failed"], "lost": (limit or n) - articles,
        "cpu_ms_per_article": round(1000 * result["cpu_s"] / max(articles, 1), 2),
        "machine_cpu_ms_per_article": round(1000 * result["machine_cpu_s"] / max(articles, 1), 1),
        "peak_rss_mb": round(result["peak_rss_mb"], 1),
    }  # fmt: skip


def cold_start(runs: int = 7) -> str:
    """Whole-process wall times of commands against the imports they cannot avoid, run in
    turn (A B A B ...) so that a drifting machine moves both; the median of the paired ratios."""
    exe = str(ROOT / ".venv" / "bin" / "summarizer")
    example = ["analyze", str(ROOT / "examples" / "valley_strikes.txt"), "--replay",
               str(ROOT / "cassettes" / "examples" / "valley_strikes.yaml")]  # fmt: skip
    pairs = [
        ("summarizer --help", [exe, "--help"], "import typer, pydantic", 3.0),
        ("summarizer analyze EXAMPLE --replay CASSETTE", [exe, *example],
         "import openai, instructor, pydantic", 1.3),
    ]  # fmt: skip

    def wall(argv: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True, cwd=ROOT)
        return time.perf_counter() - started

    lines = [
        "| command | median s | floor | floor s | ratio | target |",
        "|---|---|---|---|---|---|",
    ]
    for name, argv, floor, target in pairs:
        floor_argv = [sys.executable, "-c", floor]
        wall(argv), wall(floor_argv)  # warm the file cache
        samples = [(wall(argv), wall(floor_argv)) for _ in range(runs)]
        ratio = statistics.median(a / b for a, b in samples)
        a = statistics.median(a for a, _ in samples)
        b = statistics.median(b for _, b in samples)
        lines.append(f"| `{name}` | {a:.2f} | `{floor}` | {b:.2f} | {ratio:.2f}x | <= {target}x |")
    return "\n".join(lines)


def long_article(copies: int = 150, latency: float = 1.0) -> str:
    """A ~200 KB article (the example, repeated) through `Summarizer.analyze` against the stub:
    its chunk calls together (the default) and one at a time (one thread)."""
    import summarizer.core.pipeline as pipeline
    from bench.stub_server import running_stub
    from summarizer import Summarizer

    text = "\n\n".join([ARTICLE] * copies)
    lines = [
        "| chunk calls | size KB | chunks | calls | wall s | latency s |",
        "|---|---|---|---|---|---|",
    ]
    with running_stub(latency=latency, rpm=0, fail_rate=0.0) as (url, _):
        for threads, name in ((8, "together"), (1, "one at a time")):
            pipeline._MAX_THREADS = threads  # the bench's switch, not an API
            with Summarizer(base_url=url, api_key="bench", model="stub", mode="tools") as s:
                started = time.perf_counter()
                result = s.analyze(text)
                wall = time.perf_counter() - started
            lines.append(f"| {name} | {len(text) // 1024} | {result.metadata.chunks} | "
                         f"{result.metadata.attempts} | {wall:.2f} | {latency} |")  # fmt: skip
    return "\n".join(lines)


def table(rows: list[dict[str, Any]]) -> str:
    heads = list(rows[0])
    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    lines += [
        "| " + " | ".join("" if r[h] is None else str(r[h]) for h in heads) + " |" for r in rows
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rpm", type=int, default=0)
    parser.add_argument("--fail-rate", type=float, default=0.05)
    parser.add_argument("--fail-fast", action="store_true", help="the stub answers 500s at once")
    parser.add_argument("--sequential-limit", type=int, default=100)
    parser.add_argument("--rss-n", type=int, default=20000, help="second size for the memory check")
    parser.add_argument("--quick", action="store_true", help="skip the memory check at --rss-n")
    parser.add_argument("--modes", default="sequential,gather,raw,bare-sdk,engine,cached")
    parser.add_argument("--port", type=int, default=8019)
    parser.add_argument("--cold-start", action="store_true", help="only the cold-start rows")
    parser.add_argument("--long-article", action="store_true", help="only the long-article row")
    parser.add_argument("--busy", type=int, default=0, help="processes keeping a core busy")
    args = parser.parse_args()
    if args.worker:
        worker(json.loads(args.worker))
        return
    if args.cold_start:
        print(cold_start())
        return
    if args.long_article:
        print(long_article())
        return
    options = ["--latency", str(args.latency), "--rpm", str(args.rpm)]
    options += ["--fail-rate", str(args.fail_rate), "--port", str(args.port)]
    options += ["--fail-fast"] if args.fail_fast else []
    stub = subprocess.Popen([sys.executable, str(ROOT / "bench" / "stub_server.py"), *options])
    # another job's load on the machine: a process spinning on a core, at normal priority
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    try:
        for _ in range(100):
            try:
                stub_stats(args.port)
                break
            except OSError:
                time.sleep(0.1)
        with tempfile.TemporaryDirectory() as tmp:
            workdir, cache = Path(tmp), Path(tmp) / "cache"
            inputs = workdir / "inputs.jsonl"
            write_inputs(inputs, args.n)
            limit = min(args.sequential_limit, args.n)
            rows = [
                measure(
                    mode,
                    args.port,
                    inputs,
                    workdir,
                    args.n,
                    args,
                    f"{number}-{mode}-out.jsonl",
                    cache,
                    limit=limit if mode == "sequential" else None,
                )  # fmt: skip
                for number, mode in enumerate(args.modes.split(","))
            ]
            if not args.quick:  # memory at a larger N: inputs and outputs must be streamed
                big = workdir / "big.jsonl"
                write_inputs(big, args.rss_n)
                big_cache = workdir / "cache-big"
                rows.append(
                    measure(
                        "engine",
                        args.port,
                        big,
                        workdir,
                        args.rss_n,
                        args,
                        "big-out.jsonl",
                        big_cache,
                    )
                )
        print(f"\nN={args.n}, latency {args.latency}s, concurrency {args.concurrency}, "
              f"rpm {args.rpm or 'unlimited'}, injected 500s {args.fail_rate:.0%}, "
              f"{args.busy} core(s) kept busy"
              f"{' (answered at once)' if args.fail_fast else ''}\n")  # fmt: skip
        print(table(rows))
    finally:
        for process in [stub, *hogs]:
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
