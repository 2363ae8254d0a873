"""Every server shape: answers as OpenAI, Ollama, vLLM and llama.cpp really send them parse in
the mode they were asked in, without a re-ask; a content filter stops at once."""

from __future__ import annotations

import json
from typing import Any

import pytest

from summarizer import ModelRefused, RetryPolicy, Summarizer
from summarizer.core.answers import answer_json
from tests.helpers import EXAMPLES_DIR
from tests.scenarios import answer

pytestmark = [pytest.mark.vcr, pytest.mark.scripted_only]

GRAIN = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")
HEADLINE = answer("grain_deal")["summary"]["headline"]


def summarizer(endpoint: dict[str, str], mode: str) -> Summarizer:
    policy = RetryPolicy(max_attempts=2, sleep=lambda seconds: None)
    return Summarizer(**endpoint, mode=mode, retry_policy=policy)


SHAPES = [
    ("server_ollama_fenced_json", "json"),
    ("server_ollama_fenced_json", "json_schema"),
    ("server_reasoning_block_then_json", "json"),
    ("server_json_then_prose", "json"),
    ("server_vllm_reasoning_content", "json_schema"),
    ("server_tool_arguments_as_object", "tools"),
    ("server_content_json_when_tools_requested", "tools"),
    ("server_legacy_function_call", "tools"),
    ("server_content_parts", "json"),
]


@pytest.mark.parametrize(
    "mode",
    [pytest.param(m, marks=pytest.mark.scenario(s), id=f"{s}-{m}") for s, m in SHAPES],
)
def test_each_server_shape_parses_at_the_first_answer(
    mode: str, vcr: Any, endpoint: dict[str, str]
) -> None:
    result = summarizer(endpoint, mode).summarize(GRAIN)
    assert result.metadata.attempts == 1 == len(vcr.requests)
    assert result.summary.headline == HEADLINE


@pytest.mark.scenario("server_content_filter")
def test_a_content_filter_stops_without_a_reask(endpoint: dict[str, str], vcr: Any) -> None:
    with pytest.raises(ModelRefused, match="content filter"):
        summarizer(endpoint, "tools").summarize(GRAIN)
    assert len(vcr.requests) == 1


@pytest.mark.scenario("server_two_objects_then_one")
def test_two_json_objects_are_not_guessed_between(endpoint: dict[str, str], vcr: Any) -> None:
    result = summarizer(endpoint, "json").summarize(GRAIN)
    assert result.metadata.attempts == 2
    assert result.summary.headline == HEADLINE


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('```json\n{"a": 1}\n```', {"a": 1}),
        ('```\n{"a": 1}\n```\n', {"a": 1}),
        ('<think>maybe {"a": 0}</think>{"a": 1}', {"a": 1}),
        ('<THINKING>x</THINKING>\n```json\n{"a": 1}\n```', {"a": 1}),
        ('{"a": 1}\nHope this helps!', {"a": 1}),
        ('Sure! Here it is: {"a": {"b": [1, 2]}} - done.', {"a": {"b": [1, 2]}}),
        ('{"a": 1} {"a": 2}', None),
        ('```json\n{"a": 1}\n```\n```json\n{"a": 2}\n```', None),
        ('<think>never closed {"a": 1}', None),
        ("[1, 2]", None),
        ("no JSON at all", None),
    ],
)
def test_the_one_json_object_is_found(text: str, found: Any) -> None:
    extracted = answer_json(text)
    assert (json.loads(extracted) if extracted else None) == found


# --- mode auto ------------------------------------------------------------------------------------


@pytest.mark.scenario("mode_auto_steps_down")
def test_auto_steps_down_past_a_rejected_mode_and_remembers_it(
    endpoint: dict[str, str], vcr: Any, tmp_path: Any
) -> None:
    policy = RetryPolicy(max_attempts=2, sleep=lambda seconds: None)
    first = Summarizer(**endpoint, cache_dir=tmp_path, retry_policy=policy).summarize(GRAIN)
    again = Summarizer(**endpoint, cache_dir=tmp_path, retry_policy=policy).summarize(GRAIN)

    sent = [json.loads(r.body) for r in vcr.requests]
    assert "tools" in sent[0]  # tools first, as for OpenAI
    assert "tools" not in sent[1] and sent[1]["response_format"]["type"] == "json_schema"
    assert "tools" not in sent[2] and sent[2]["response_format"]["type"] == "json_schema"
    assert first.metadata.mode == again.metadata.mode == "json_schema"
    assert first.metadata.attempts == 1  # the rejected request was no answer
    remembered = json.loads((tmp_path / "modes.json").read_text(encoding="utf-8"))
    assert list(remembered.values()) == ["json_schema"]


@pytest.mark.scenario("mode_auto_keeps_other_rejections")
def test_auto_does_not_step_down_for_other_rejections(endpoint: dict[str, str], vcr: Any) -> None:
    from summarizer import RequestRejected

    with pytest.raises(RequestRejected, match="maximum context length"):
        summarizer(endpoint, "auto").summarize(GRAIN)
    assert len(vcr.requests) == 1


@pytest.mark.parametrize(
    ("needle",),
    [
        pytest.param("a page that is not JSON", marks=pytest.mark.scenario("server_html_page"),
                     id="html"),
        pytest.param("no choices", marks=pytest.mark.scenario("server_no_choices"),
                     id="no-choices"),
    ],
)  # fmt: skip
def test_a_body_that_is_no_answer_is_a_transport_error_not_a_reask(
    needle: str, endpoint: dict[str, str], vcr: Any
) -> None:
    from summarizer import TransportError

    policy = RetryPolicy(max_attempts=1, sleep=lambda seconds: None)
    with pytest.raises(TransportError, match=needle):
        Summarizer(**endpoint, retry_policy=policy).summarize(GRAIN)
    assert len(vcr.requests) == 1  # not sent back to the model as a malformed answer
