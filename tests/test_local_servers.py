"""What real local servers do, as units: a server named by its `/models`, a refusal recognised by
what it says whatever its status, a cut-off answer recognised from the answer itself, control
characters inside JSON strings, the answer sent back once, the decoding schema's bounds and
keywords, and a local endpoint's timeouts. (The real-model lane runs the same against a real
server: tests/test_real_model.py.)"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import openai
import pytest

from summarizer._config import load_config
from summarizer.core.answers import read_answer
from summarizer.core.models import AnalysisBody, answer_model, decoding_schema
from summarizer.core.servers import BEST_MODE, kind_from
from summarizer.core.transport import RetryPolicy, is_refusal, is_retryable
from tests.scripted_server import ScriptedServer


def status_error(status: int, message: str) -> openai.APIStatusError:
    request = httpx2.Request("POST", "http://127.0.0.1:1/v1/chat/completions")
    response = httpx2.Response(status, request=request, json={"error": {"message": message}})
    return openai.APIStatusError(message, response=response, body={"message": message})


LLAMA_CPP_PYTHON_500 = (
    "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', "
    "'type'), 'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema'}"
)


@pytest.mark.parametrize(
    ("status", "message", "refused"),
    [
        (500, LLAMA_CPP_PYTHON_500, True),
        (500, "Unsupported parameter: 'tools'", True),
        (501, "Not Implemented", True),
        (422, "extra inputs are not permitted", True),
        (400, "This model's maximum context length is 4096 tokens. However, you requested "
         "4633 tokens", True),
        (500, "The server had an error while processing your request", False),
        (503, "overloaded", False),
    ],
)  # fmt: skip
def test_a_refusal_is_known_by_what_it_says_and_never_retried(
    status: int, message: str, refused: bool
) -> None:
    error = status_error(status, message)
    assert is_refusal(error) is refused
    assert is_retryable(error) is not refused


@pytest.mark.parametrize(
    ("models", "header", "title", "kind"),
    [
        ({"data": [{"id": "m", "owned_by": "me"}]}, "uvicorn", "🦙 llama.cpp Python API",
         "llama-cpp-python"),
        ({"data": [{"id": "m", "owned_by": "llamacpp"}]}, "llama.cpp", "", "llama.cpp"),
        ({"data": [{"id": "llama3.1", "owned_by": "library"}]}, "", "", "ollama"),
        ({"data": [{"id": "Qwen", "owned_by": "vllm"}]}, "uvicorn", "", "vllm"),
        ({"data": [{"id": "gpt-4o", "owned_by": "openai"}]}, "", "", None),
        ({"data": [{"id": "m", "owned_by": "me"}]}, "uvicorn", "", None),
        ("not json", "", "", None),
    ],
)  # fmt: skip
def test_a_server_is_named_by_what_it_says(
    models: Any, header: str, title: str, kind: str | None
) -> None:
    assert kind_from(models, header, title) == kind


def test_llama_cpp_python_starts_in_schema_constrained_json() -> None:
    assert BEST_MODE["llama-cpp-python"] == "json_grammar"
    assert all(mode == "json_schema" for k, mode in BEST_MODE.items() if k != "llama-cpp-python")


def answered(content: str | None = None, arguments: str | None = None, **extra: Any) -> Any:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if arguments is not None:
        message["tool_calls"] = [
            {"id": "c1", "type": "function", "function": {"name": "Answer", "arguments": arguments}}
        ]
        message["function_call"] = {"name": "Answer", "arguments": arguments}
    body = {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": message,
                         "finish_reason": extra.get("finish", "stop")}],
            "usage": {"prompt_tokens": 10, "completion_tokens": extra.get("used", 5),
                      "total_tokens": 15}}  # fmt: skip
    return openai.types.chat.ChatCompletion.model_validate(body)


def test_a_cut_off_tool_answer_is_cut_off_whatever_the_server_says() -> None:
    response = read_answer(
        answered(arguments='{"summary": {"headline": "Two kil', finish="tool_calls")
    )
    assert response.choices[0].finish_reason == "length"


def test_an_answer_that_used_the_whole_budget_and_does_not_parse_is_cut_off() -> None:
    response = read_answer(answered('{"a": [1, 2', used=400), {"max_tokens": 400})
    assert response.choices[0].finish_reason == "length"
    whole = read_answer(answered('{"a": [1, 2]}', used=400), {"max_tokens": 400})
    assert whole.choices[0].finish_reason == "stop"  # whole JSON is whole, however long
    malformed = read_answer(answered('{"a": nope}'))
    assert malformed.choices[0].finish_reason == "stop"  # malformed, not cut: a re-ask


def test_raw_control_characters_inside_strings_are_read() -> None:
    response = read_answer(answered('{"text": "line one\nline\ttwo"}'))
    assert json.loads(response.choices[0].message.content) == {"text": "line one\nline\ttwo"}


def test_a_tool_call_is_sent_back_once_not_twice() -> None:
    response = read_answer(answered(arguments='{"a": 1}'))
    assert response.choices[0].message.function_call is None
    assert response.choices[0].message.tool_calls[0].function.arguments == '{"a": 1}'


# What llama.cpp's json-schema-to-grammar converter reads (its grammars/README); anything else
# would be ignored or refused by the grammar.
GRAMMAR_KEYWORDS = {
    "type", "properties", "required", "items", "anyOf", "oneOf", "enum", "const", "$ref",
    "$defs", "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum", "format",
    "description", "title", "default", "additionalProperties",
}  # fmt: skip


def keywords(node: Any, inside_properties: bool = False) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not inside_properties and key not in ("properties", "$defs"):
                found.add(key)
            found |= keywords(value, inside_properties=key in ("properties", "$defs"))
    elif isinstance(node, list):
        for item in node:
            found |= keywords(item)
    return found


def test_the_decoding_schema_bounds_every_list_and_string_with_grammar_keywords_only() -> None:
    schema = decoding_schema(answer_model(AnalysisBody))
    assert keywords(schema) <= GRAMMAR_KEYWORDS, keywords(schema) - GRAMMAR_KEYWORDS
    for node in [schema, *schema["$defs"].values()]:
        for name, prop in node.get("properties", {}).items():
            for option in [prop, *prop.get("anyOf", [])]:
                if option.get("type") == "array":
                    assert "maxItems" in option, name
                if option.get("type") == "string" and "enum" not in option:
                    assert "maxLength" in option or "format" in option, name
    published = answer_model(AnalysisBody).model_json_schema()
    assert "maxItems" not in published["properties"]["events"]  # the contract is unchanged


def test_a_local_endpoint_waits_longer_and_does_not_resend_after_a_timeout() -> None:
    local = load_config(base_url="http://127.0.0.1:8000/v1")
    remote = load_config(base_url="https://api.example.com/v1", api_key="k")
    assert (local.request_timeout, local.max_transport_seconds) == (900, 1800)
    assert (remote.request_timeout, remote.max_transport_seconds) == (120, 300)
    assert load_config(base_url="http://10.1.2.3/v1", request_timeout=30).request_timeout == 30
    timeout = openai.APITimeoutError(httpx2.Request("POST", "http://127.0.0.1:1/v1"))
    assert RetryPolicy.from_config(remote)._retryable(timeout)
    assert not RetryPolicy.from_config(local)._retryable(timeout)


def test_auto_asks_a_new_server_what_it_is_once_and_remembers(tmp_path: Any) -> None:
    from summarizer.core.modes import ModeChoice

    models = {"object": "list", "data": [{"id": "m", "owned_by": "llamacpp"}]}
    with ScriptedServer([], models=models) as server:
        config = load_config(base_url=server.url, cache_dir=tmp_path, identify_server=True)
        assert ModeChoice(config).current == "json_schema"
        assert server.gets == ["/v1/models"] and server.requests == []  # no completion spent
        assert ModeChoice(config).current == "json_schema"  # remembered: not asked again
        assert server.gets == ["/v1/models"]


def test_the_remembered_mode_is_keyed_without_credentials(tmp_path: Any) -> None:
    from summarizer.core.modes import ModeChoice

    models = {"object": "list", "data": [{"id": "m", "owned_by": "llamacpp"}]}
    with ScriptedServer([], models=models) as server:
        secret_url = server.url.replace("http://", "http://alice:PASS-alice-1@")
        config = load_config(base_url=f"{secret_url}?api_key=query-secret-99",
                             cache_dir=tmp_path, identify_server=True)  # fmt: skip
        assert ModeChoice(config).current == "json_schema"
    stored = (tmp_path / "modes.json").read_text(encoding="utf-8")
    assert "PASS-alice-1" not in stored and "query-secret-99" not in stored
    assert json.loads(stored) == {server.url: "json_schema"}


@pytest.mark.parametrize("kind", ["fifo", "list", "wrong values", "directory"])
def test_a_wrong_modes_file_is_ignored_and_never_blocks(tmp_path: Any, kind: str) -> None:
    import os
    import threading

    from summarizer.core.modes import ModeChoice

    store = tmp_path / "modes.json"
    if kind == "fifo":
        os.mkfifo(store)
    elif kind == "list":
        store.write_text("[1, 2, 3]", encoding="utf-8")
    elif kind == "wrong values":
        store.write_text(json.dumps({"http://127.0.0.1:9/v1": 5}), encoding="utf-8")
    else:
        store.mkdir()
    config = load_config(base_url="http://127.0.0.1:9/v1", cache_dir=tmp_path, mode="auto")
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(ModeChoice(config).current), daemon=True)
    reader.start()
    reader.join(60)  # a passing read returns at once; a FIFO read would never return
    assert found == ["tools"]


def test_a_wrong_place_index_file_is_rebuilt(tmp_path: Any, monkeypatch: Any) -> None:
    import marshal

    from summarizer.checks import places

    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    places._place_index.cache_clear()
    built = places._place_index()  # builds and stores the index in tmp_path
    (stored,) = tmp_path.glob("places-*.marshal")
    stored.write_bytes(marshal.dumps([1, 2, 3]))  # the wrong type, as a broken copy would be
    places._place_index.cache_clear()
    try:
        assert places._place_index() == built
    finally:
        places._place_index.cache_clear()
    assert places._is_place_table(marshal.loads(stored.read_bytes()))  # rebuilt on disk too


@pytest.mark.parametrize("directory_listing", [True, False])
def test_a_web_server_that_is_not_an_api_is_named_and_asked_once(
    directory_listing: bool, tmp_path: Any
) -> None:
    """Python's own http.server answers a POST with a 501 page (and a GET-only path with 404
    when the URL is wrong): not retried, and the message says the URL is not an API."""
    import functools
    import http.server
    import threading

    from summarizer import RequestRejected, Summarizer

    seen: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_request(self, *args: Any) -> None:  # once per request answered
            seen.append(self.requestline)

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        if not directory_listing:

            def do_POST(self) -> None:  # noqa: N802 - the http.server name
                self.send_error(404, "File not found")

    handler = functools.partial(Handler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        with (
            Summarizer(base_url=url, mode="tools", identify_server=False) as summarizer,
            pytest.raises(RequestRejected) as caught,
        ):
            summarizer.summarize("TOWN, May 1 - The council met on Monday and voted.")
    finally:
        server.shutdown()
    message = str(caught.value)
    assert "not as an OpenAI-compatible API does; check --base-url" in message
    assert "text/html" in message and f"{url}/chat/completions" in message
    assert len([line for line in seen if line.startswith("POST")]) == 1
