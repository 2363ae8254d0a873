"""What users install: schemas in step with the models, prompts inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import summarizer
from summarizer.render.schemas import stale_schemas
from tests.helpers import ROOT, SCHEMAS


def test_published_schemas_are_up_to_date() -> None:
    stale = stale_schemas(SCHEMAS)
    assert not stale, f"stale schemas {stale}: run `summarizer schema --out schemas`"


def test_wheel_ships_prompts_and_type_marker(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["--wheel-dir", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("summarizer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    prompts = {p.name for p in (ROOT / "prompts").glob("*.md")}
    assert {f"summarizer/prompts/{name}" for name in prompts} <= names
    assert "summarizer/py.typed" in names


def test_public_api_is_flat_and_complete() -> None:
    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None
    assert {"Summarizer", "AsyncSummarizer", "analyze", "Analysis", "AttemptsExhausted"} <= set(
        summarizer.__all__
    )


def test_the_lazy_public_api_matches_its_type_checking_imports() -> None:
    """`summarizer/__init__.py` lists each public name twice: in the imports type checkers read
    and in the table that loads it on first use. The two must agree, and with __all__."""
    import ast

    tree = ast.parse(Path(summarizer.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name: node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("summarizer")
        for alias in node.names
    }
    assert imported == summarizer._WHERE
    assert sorted(imported) == summarizer.__all__


# What a command that calls no model must not load: the model client and its HTTP stack, the
# recorder, chat retrieval's numpy, and the libraries only a run uses.
HEAVY = (
    "openai", "instructor", "httpx2", "aiohttp", "vcr", "numpy", "rank_bm25", "jinja2",
    "dateparser", "trafilatura", "genai_prices", "rouge_score", "pydantic_settings",
    "ray", "pandas", "pyarrow", "py3langid",
)  # fmt: skip


def _loaded_by(*argv: str) -> set[str]:
    """The heavy modules loaded by running `summarizer ARGV...` in a fresh interpreter."""
    probe = (
        "import sys\n"
        f"sys.argv = ['summarizer', *{list(argv)!r}]\n"
        "from summarizer.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('LOADED', *(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)  # fmt: skip
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("LOADED")]
    return set(line.split()[1:])


def test_help_loads_no_heavy_module() -> None:
    assert _loaded_by("--help") == set()
    assert _loaded_by("batch", "--help") == set()


def test_schema_and_scoring_a_results_file_load_no_model_client(tmp_path: Path) -> None:
    assert _loaded_by("schema") == set()
    gold = ROOT / "examples" / "gold" / "gold.jsonl"
    results = tmp_path / "results.jsonl"
    results.write_text("", encoding="utf-8")  # every article unanswered: still a full report
    loaded = _loaded_by("eval", str(gold), "--results", str(results))
    assert not loaded & {"openai", "instructor", "httpx2", "aiohttp", "vcr", "numpy"}


def test_an_english_article_is_told_without_the_language_model() -> None:
    """English is told by its function words; the detector's model (0.5 s) is for the rest."""
    loaded = _loaded_by("analyze", "examples/valley_strikes.txt",
                        "--replay", "cassettes/examples/valley_strikes.yaml")  # fmt: skip
    assert "openai" in loaded  # the analysis ran
    assert "py3langid" not in loaded


def test_the_library_does_not_load_ray_unless_asked() -> None:
    probe = (
        "import sys, summarizer\n"
        "summarizer.Summarizer, summarizer.analyze_many, summarizer.ChatSession\n"
        "print(' '.join(m for m in ('ray', 'pandas', 'pyarrow') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
