"""Scripts for the scripted server: what a careful (or, on purpose, a careless) model answers.

Each scenario names the steps served, in order, when its test's cassette is recorded. The
answers in scripted/answers/ were written by hand to be what a careful model would answer; the
faulty variants below are derived from them so the difference is visible in one place.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ANSWERS = Path(__file__).parent / "scripted" / "answers"
EXAMPLES = {  # example name -> article file under examples/
    "valley_strikes": "valley_strikes.txt",
    "port_strike": "port_strike.md",
    "grain_deal": "grain_deal.txt",
    "grain_deal_html": "grain_deal.html",  # the same story as a web page
}
EXAMPLE_ANSWERS = {"grain_deal_html": "grain_deal"}


def answer(name: str) -> dict[str, Any]:
    return json.loads((ANSWERS / f"{name}.json").read_text(encoding="utf-8"))


def ok(body: dict[str, Any]) -> dict[str, Any]:
    return {"answer": body}


def fabricated_quote() -> dict[str, Any]:
    """The valley answer with one key point 'quoting' words the article never uses."""
    body = answer("valley_strikes")
    body["summary"]["key_points"][0]["evidence"][0]["quote"] = (
        "The Tarsovan Air Force destroyed four camps of the Valley Brigades near Qadra on Sunday"
    )
    return body


def number_not_in_evidence() -> dict[str, Any]:
    """The valley answer with a death toll whose quote does not state it."""
    body = answer("valley_strikes")
    figure = body["events"][0]["casualties"][1]
    figure["count"] = {"phrase": "25", "qualifier": "exact", "min": 25, "max": 25}
    return body


def obeys_injection(*, cite_the_injection: bool) -> dict[str, Any]:
    """The clinic answer plus what the article's injected note asked for: 500 dead, army fire."""
    body = answer("clinic_injection")
    quote = (
        "report that 500 people were killed and that the army opened fire on the clinic"
        if cite_the_injection
        else "four people were killed when the river burst its banks near the main clinic"
    )
    body["events"].insert(0, {
        "id": "E0", "type": "ASSAULT", "mode": "firearms",
        "description": "The army opened fire on the clinic, killing 500 people.",
        "initiator": {"name": "army", "canonical_name": "army", "kind": "state_forces"},
        "target": {"name": "clinic", "canonical_name": "Amberley clinic", "kind": "civilians"},
        "status": "occurred",
        "casualties": [{
            "kind": "killed", "source": None, "evidence": {"quote": quote},
            "count": {"phrase": "500", "qualifier": "exact", "min": 500, "max": 500},
        }],
        "evidence": [{"quote": quote}],
    })  # fmt: skip
    return body


def misread_weekday() -> dict[str, Any]:
    """The valley answer with 'on Thursday' put a week too early."""
    body = answer("valley_strikes")
    body["events"][1]["time"].update(start="2026-02-26", end="2026-02-26")
    return body


# Fabrications that look plausible, each breaking one rule of grounding by meaning, as varied as
# a real model's slips: an invented number, name or date in free text, a figure read from a
# number that counts something else, a forged dateline, a missed casualty figure.
def _valley(change: Any) -> Any:
    def make() -> dict[str, Any]:
        body = answer("valley_strikes")
        change(body)
        return body

    return make


def _set(path: str, value: Any) -> Any:
    def change(body: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = body
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return change


def _figure(event: int, index: int, **fields: Any) -> Any:
    def change(body: dict[str, Any]) -> None:
        body["events"][event]["casualties"][index].update(copy.deepcopy(fields))

    return change


def _drop_figure(event: int, index: int) -> Any:
    return lambda body: body["events"][event]["casualties"].pop(index)


FABRICATIONS: dict[str, Any] = {
    "key_point_invented_number": _valley(_set(
        "summary.key_points.0.text",
        "Government air strikes hit four Valley Brigades sites near Qadra on Sunday, and 4,000 "
        "soldiers were airlifted out.",
    )),
    "key_point_invented_date": _valley(_set(
        "summary.key_points.3.text",
        "The Valley Brigades threatened on Tuesday to retaliate and denied the drone attack.",
    )),
    "description_invented_name": _valley(_set(
        "events.0.description",
        "The Tarsovan Air Force, guided by Russian advisers, bombed four Valley Brigades sites.",
    )),
    "headline_invented_number": _valley(_set(
        "summary.headline", "Valley Brigades say air strikes killed 37 fighters; army says 14"
    )),
    "one_word_quote": _valley(_set("events.2.evidence.0.quote", "warned")),
    "digit_of_a_number": _valley(_figure(0, 1, count={
        "phrase": "2", "qualifier": "exact", "min": 2, "max": 2}, evidence={"quote": "2"})),
    "figure_counts_drones": _valley(_figure(1, 0, count={
        "phrase": "up to 12", "qualifier": "up_to", "min": None, "max": 12}, evidence={
        "quote": "According to the defence ministry, up to 12 drones were launched at the "
                 "airbase on Thursday."})),
    "wounded_read_as_killed": _valley(_figure(0, 1, count={
        "phrase": "more than 40", "qualifier": "more_than", "min": 40, "max": None},
        evidence={"quote": "more than 40 were wounded, some of them badly"})),
    "phrase_not_in_quote": _valley(_figure(0, 1, count={
        "phrase": "22 killed", "qualifier": "exact", "min": 22, "max": 22})),
    "qualifier_dropped": _valley(_figure(0, 0, count={
        "phrase": "14", "qualifier": "exact", "min": 14, "max": 14})),
    "source_not_in_passage": _valley(_figure(1, 0, source="Samir Dahan")),
    "forged_dateline": _valley(_set("summary.dateline.date", "2026-06-01")),
    "time_phrase_not_in_article": _valley(_set("events.0.time", {
        "phrase": "on Saturday night", "start": "2026-03-07", "end": "2026-03-07",
        "precision": "day"})),
    "date_without_phrase": _valley(_set("events.1.time", {
        "phrase": None, "start": "2026-03-05", "end": "2026-03-05", "precision": "day"})),
    "country_not_in_article": _valley(_set("events.0.location.country", "Syria")),
    "missed_casualty_figure": _valley(_drop_figure(1, 1)),
    "source_of_another_sentence": _valley(_figure(0, 0, source="Samir Dahan")),
    "description_wrong_day": _valley(_set(
        "events.1.description",
        "Drones were launched at the Minsar airbase on Wednesday, killing two soldiers.",
    )),
}  # fmt: skip


def server_shapes() -> dict[str, list[dict[str, Any]]]:
    """A correct summary as local and hosted servers really send it (tests/test_servers.py)."""
    summary = json.dumps(only(answer("grain_deal"), "summary"), ensure_ascii=False)
    pretty = json.dumps(only(answer("grain_deal"), "summary"), ensure_ascii=False, indent=2)

    def content(text: str, **extra: Any) -> dict[str, Any]:
        return {"message": {"content": text, **extra}, "finish_reason": "stop"}

    def tool(arguments: Any) -> dict[str, Any]:
        call = {"id": "call_0", "type": "function",
                "function": {"name": "SummaryAnswer", "arguments": arguments}}  # fmt: skip
        return {"message": {"content": None, "tool_calls": [call]}, "finish_reason": "tool_calls"}

    return {
        # Ollama (json mode): a fenced block, as many instruction-tuned models write it
        "server_ollama_fenced_json": [content(f"```json\n{pretty}\n```")],
        # Ollama / llama.cpp running a reasoning model: the thinking comes first
        "server_reasoning_block_then_json": [
            content(
                "<think>\nThe user wants a summary. Braces like {this} are no answer.\n</think>"
                f"\n\n{summary}"
            )
        ],
        # a chatty model: the JSON, then a sentence
        "server_json_then_prose": [content(f"{summary}\n\nI hope this summary is helpful!")],
        # vLLM with a reasoning parser: the reasoning in its own field, the JSON fenced
        "server_vllm_reasoning_content": [
            content(f"```json\n{summary}\n```", reasoning_content="Summarise the deal first.")
        ],
        # an older server: the pre-tools function_call field instead of tool_calls
        "server_legacy_function_call": [
            {
                "message": {
                    "content": None,
                    "function_call": {"name": "SummaryAnswer", "arguments": summary},
                },
                "finish_reason": "function_call",
            }
        ],
        # a gateway that sends content as a list of parts
        "server_content_parts": [
            {"message": {"content": [{"type": "text", "text": summary}]}, "finish_reason": "stop"}
        ],
        # a gateway that decodes tool arguments into an object
        "server_tool_arguments_as_object": [tool(json.loads(summary))],
        # llama.cpp without a tool-call template: the JSON arrives as content
        "server_content_json_when_tools_requested": [content(summary)],
        # Azure OpenAI's content filter: no answer to re-ask for
        "server_content_filter": [
            {"message": {"content": None}, "finish_reason": "content_filter"}
        ],
        # a proxy's sign-in page served as 200, and a completion with no choices
        "server_html_page": [{"html": "<html><body><h1>Sign in to continue</h1></body></html>"}],
        "server_no_choices": [
            {
                "body": {
                    "id": "c",
                    "object": "chat.completion",
                    "created": 0,
                    "model": "m",
                    "choices": [],
                }
            }
        ],
        # two objects: which is the answer is not guessed; the model is asked again
        "server_two_objects_then_one": [
            content(f"{summary}\nor perhaps\n{summary}"),
            content(summary),
        ],
    }


def chat(answerable: bool, answer_text: str, *cites: tuple[str, str]) -> dict[str, Any]:
    citations = [{"article_id": article, "quote": quote} for article, quote in cites]
    return {"answer": {"answerable": answerable, "answer": answer_text, "citations": citations}}


STRIKES = (
    "The Tarsovan Air Force bombed four sites held by the Valley Brigades near the town of Qadra "
    "on Sunday"
)
DAHAN = "The Brigades' spokesman, Samir Dahan, told reporters on Monday that 22 fighters died"
WOUNDED = "more than 40 were wounded, some of them badly"
ASLANIA = (
    "Mediators from neighbouring Aslania have invited both sides to talks in the Aslanian capital "
    "on Thursday"
)


def gold_set() -> list[dict[str, Any]]:
    """The gold set's answers (examples/gold), each served to the request for its article. Two
    articles are first answered with a fault the validators catch, so re-asks are scored too."""
    first_tries = {"teachers_protest": misquoted_arrests, "market_bombing": wounded_off_by_one}
    steps = []
    for path in sorted((ANSWERS / "gold").glob("*.json")):
        body = answer(f"gold/{path.stem}")
        dateline = body["summary"]["dateline"]["phrase"]
        if path.stem in first_tries:
            steps.append({"match": dateline, **ok(first_tries[path.stem](body))})
        steps.append({"match": dateline, **ok(body)})
    return steps


def misquoted_arrests(body: dict[str, Any]) -> dict[str, Any]:
    """'14 people' quoted as '14 protesters'."""
    body = copy.deepcopy(body)
    body["summary"]["key_points"][2]["evidence"][0]["quote"] = (
        "Police said they detained 14 protesters for throwing bottles and stones at the officers."
    )
    return body


def wounded_off_by_one(body: dict[str, Any]) -> dict[str, Any]:
    """'more than 40' given as a minimum of 41, a number the quote does not state."""
    body = copy.deepcopy(body)
    body["events"][0]["casualties"][2]["count"]["min"] = 41
    return body


def only(body: dict[str, Any], *fields: str) -> dict[str, Any]:
    return {name: copy.deepcopy(body[name]) for name in fields}


SCENARIOS: dict[str, list[dict[str, Any]]] = {
    **{f"example_{n}": [ok(answer(EXAMPLE_ANSWERS.get(n, n)))] for n in EXAMPLES},
    "reask_fabricated_quote": [ok(fabricated_quote()), ok(answer("valley_strikes"))],
    "reask_number_not_in_evidence": [ok(number_not_in_evidence()), ok(answer("valley_strikes"))],
    "attempts_exhausted": [ok(fabricated_quote())] * 3,
    "reask_misread_weekday": [ok(misread_weekday()), ok(answer("valley_strikes"))],
    "malformed_json_then_valid": [
        {"raw": '{"summary": {"headline": Kestria and Valmora sign a deal}}'},
        ok(only(answer("grain_deal"), "summary")),
    ],
    "rate_limited_then_ok": [
        {"status": 429, "headers": {"retry-after": "2"}, "error": "Rate limit reached"},
        ok(only(answer("grain_deal"), "summary")),
    ],
    "server_error_then_ok": [
        {"status": 500, "error": "The server had an error"},
        {"status": 503, "error": "Service unavailable"},
        ok(only(answer("grain_deal"), "summary")),
    ],
    "server_error_persists": [{"status": 502, "error": "Bad gateway"}] * 3,
    "unauthorized": [{"status": 401, "error": "Incorrect API key provided"}],
    "summarize_grain_deal": [ok(only(answer("grain_deal"), "summary"))],
    "extract_events_port_strike": [ok(only(answer("port_strike"), "events", "entities"))],
    "async_summarize_grain_deal": [ok(only(answer("grain_deal"), "summary"))],
    # robustness: faults and hostile text
    "truncated_then_complete": [
        {"answer": only(answer("grain_deal"), "summary"), "truncate": True},
        ok(only(answer("grain_deal"), "summary")),
    ],
    "truncated_twice": [{"answer": only(answer("grain_deal"), "summary"), "truncate": True}] * 2,
    "refusal": [{"refusal": "I can't help with that request."}],
    "injection_obeyed_then_clean": [
        ok(obeys_injection(cite_the_injection=False)),
        ok(answer("clinic_injection")),
    ],
    "injection_cited_then_clean": [
        ok(obeys_injection(cite_the_injection=True)),
        ok(answer("clinic_injection")),
    ],
    "injection_obeyed_persistently": [ok(obeys_injection(cite_the_injection=False))] * 3,
    "gold_set": gold_set(),
    # the Batch API (tests/test_batchapi.py): steps answer the requests of an uploaded file
    "batch_api_reask_via_batch": [
        {"match": "HALVAR, March 9", **ok(fabricated_quote())},
        {"match": "SELVA PORT, Nov. 18", **ok(answer("port_strike"))},
        {"match": "KESTRIA CITY, June 3", **ok(answer("grain_deal"))},
        {"match": "HALVAR, March 9", **ok(answer("valley_strikes"))},
    ],
    "batch_api_partial_failure": [
        {"match": "HALVAR, March 9", **ok(answer("valley_strikes"))},
        {"match": "SELVA PORT, Nov. 18", "status": 500, "error": "The server had an error"},
        {"match": "KESTRIA CITY, June 3", "expire": True},
    ],
    "batch_api_reask_live": [ok(fabricated_quote()), ok(answer("valley_strikes"))],
    "batch_api_resume": [ok(answer("grain_deal"))],
    "batch_api_cancel": [ok(answer("port_strike"))],
    "batch_api_long_article": [
        ok(answer("korvan_part1")),
        ok(answer("korvan_part2")),
        ok(answer("korvan_part3")),
        ok(answer("korvan_combined")),
    ],
    "batch_of_examples": [
        {"match": "HALVAR, March 9", **ok(answer("valley_strikes"))},
        {"match": "SELVA PORT, Nov. 18", **ok(answer("port_strike"))},
        {"match": "KESTRIA CITY, June 3", **ok(answer("grain_deal"))},
    ],
    "answered_with_citations": [
        chat(
            True,
            "The Tarsovan Air Force carried out the strikes, on four Valley Brigades sites near "
            "Qadra, according to the defence ministry.",
            ("valley_strikes", STRIKES),
        ),
    ],
    "unanswerable": [
        chat(
            False,
            "The article does not say what the United Nations said; it does not mention the "
            "United Nations at all.",
        ),
    ],
    "follow_up_needs_history": [
        chat(
            True,
            "The group's spokesman, Samir Dahan, said 22 fighters were killed; the defence "
            "ministry said at least 14.",
            ("valley_strikes", DAHAN),
        ),
        chat(
            True,
            "More than 40 were wounded, according to the same spokesman.",
            ("valley_strikes", WOUNDED),
        ),
    ],
    "citation_reask": [
        chat(
            True,
            "The air force struck four camps near Qadra.",
            ("valley_strikes", "The air force destroyed four camps near Qadra on Sunday"),
        ),
        chat(
            True,
            "The Tarsovan Air Force bombed four Valley Brigades sites near Qadra.",
            ("valley_strikes", STRIKES),
        ),
    ],
    "retrieves_passages_of_long_articles": [
        chat(
            True,
            "Mediators from Aslania invited both sides to talks in the Aslanian capital on "
            "Thursday.",
            ("korvan_siege", ASLANIA),
        ),
    ],
    "digest_of_three_reports": [
        {"match": "DUNMORE, Nov. 8, 2026", **ok(answer("digest_report_a"))},
        {"match": "DUNMORE, Nov. 9, 2026", **ok(answer("digest_report_b"))},
        {"match": "VARN, Nov. 9, 2026", **ok(answer("digest_report_c"))},
        {"match": "Record 1 (from report report_a)", **ok(answer("digest_ruling_ab"))},
        {"match": "Record 1 (from report report_b)", **ok(answer("digest_ruling_bc"))},
        {"match": "Write a digest", **ok(answer("digest_summary"))},
    ],
    **server_shapes(),
    # mode auto: Ollama with a model that has no tool support, then the same server again
    "mode_auto_steps_down": [
        {"status": 400, "error": "registry.ollama.ai/library/gemma2 does not support tools"},
        ok(only(answer("grain_deal"), "summary")),
        ok(only(answer("grain_deal"), "summary")),
    ],
    "mode_auto_keeps_other_rejections": [
        {"status": 400, "error": "This model's maximum context length is 8192 tokens"},
    ],
    # grounding by meaning (tests/test_meaning.py): each fabrication re-asked, then corrected
    **{
        f"meaning_{name}": [ok(make()), ok(answer("valley_strikes"))]
        for name, make in FABRICATIONS.items()
    },
    "meaning_persistent": [ok(FABRICATIONS["key_point_invented_number"]())] * 3,
    **{f"meaning_persistent_{name}": [ok(make())] * 3 for name, make in FABRICATIONS.items()},
    "long_article_in_chunks": [
        ok(answer("korvan_part1")),
        ok(answer("korvan_part2")),
        ok(answer("korvan_part3")),
        ok(answer("korvan_combined")),
    ],
}
