"""Each bundled example, end to end through the CLI, replayed from its cassette."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.core.inputs import read_articles
from tests.helpers import CASSETTES, EXAMPLES_DIR, ROOT, SCHEMAS, assert_grounded, without_volatile
from tests.scenarios import EXAMPLES

GOLDENS = ROOT / "tests" / "goldens"
runner = CliRunner()


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=pytest.mark.scenario(f"example_{n}")) for n in EXAMPLES]
)
def test_example_end_to_end(name: str, recording: bool, endpoint: dict[str, str]) -> None:
    article = EXAMPLES_DIR / EXAMPLES[name]
    cassette = CASSETTES / "examples" / f"{name}.yaml"
    golden = GOLDENS / f"{name}.json"
    if recording:
        env = {"OPENAI_BASE_URL": endpoint["base_url"]} if endpoint else None
        outcome = runner.invoke(app, ["analyze", str(article), "--record", str(cassette)], env=env)
    else:
        outcome = runner.invoke(app, ["analyze", str(article), "--replay", str(cassette)])
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.stdout)

    # every quote occurs verbatim in the article (for HTML: its main text), at the offsets
    # the library computed
    (record,) = read_articles(str(article))
    assert record.article is not None
    assert assert_grounded(result, record.article.text) >= 5
    # the output honours the published contract
    schema = json.loads((SCHEMAS / "analysis.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(result)

    if recording:
        golden.write_text(json.dumps(without_volatile(result), indent=2, ensure_ascii=False) + "\n")
    assert without_volatile(result) == json.loads(golden.read_text(encoding="utf-8"))


def test_examples_cover_the_hard_cases() -> None:
    """The goldens together show what the examples exist for (see examples/README.md)."""
    results = {n: json.loads((GOLDENS / f"{n}.json").read_text()) for n in EXAMPLES}
    events = [e for r in results.values() for e in r["events"]]
    # conflicting figures from different sources, kept side by side, with the conservative one
    strikes = results["valley_strikes"]["events"][0]
    killed = [c for c in strikes["casualties"] if c["kind"] == "killed"]
    assert {c["source"] for c in killed} == {"Colonel Idris Makon", "Samir Dahan"}
    assert strikes["conservative_casualties"]["killed"] == 14
    # approximate numbers, a denial, a threat, a planned event after the dateline, aliases
    qualifiers = {c["count"]["qualifier"] for e in events for c in e["casualties"]}
    assert {"at_least", "more_than", "about"} <= qualifiers
    assert any(c["stance"] == "denial" for e in events for c in e["claims"])
    assert any(e["type"] == "THREATEN" for e in events)
    assert any(e["status"] == "planned" for e in events)
    assert any(a["aliases"] for r in results.values() for a in r["entities"])
    # one story that is not about conflict
    assert {e["type"] for e in results["grain_deal"]["events"]} <= {"AGREE", "CONSULT", "REQUEST"}
    # the web page of that story yields the same analysis of its main text
    page, text = results["grain_deal_html"], results["grain_deal"]
    assert without_offsets(page["events"]) == without_offsets(text["events"])
    assert without_offsets(page["summary"]) == without_offsets(text["summary"])


def without_offsets(node: object) -> object:
    """Offsets differ between two texts of one story; the quotes must not."""
    if isinstance(node, dict):
        offsets = ("start", "end") if "quote" in node else ()
        return {k: without_offsets(v) for k, v in node.items() if k not in offsets}
    if isinstance(node, list):
        return [without_offsets(v) for v in node]
    return node
