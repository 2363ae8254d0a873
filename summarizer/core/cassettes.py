"""Recorded HTTP exchanges (vcrpy cassettes) for `--record` / `--replay` and for the tests.

One configuration serves both, so a cassette the CLI records replays in the tests and back:

* requests match on method, path and JSON body - a changed prompt, schema, model or setting no
  longer matches and fails loudly instead of replaying a stale answer;
* credentials (Authorization, api-key, cookies, organisation ids) are never written;
* bodies are stored as YAML structures, not escaped strings, so a cassette reads like the JSON.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Literal

import vcr
import yaml
from vcr.cassette import Cassette

from summarizer._errors import InputError, OutputError
from summarizer._redact import scrub, strip_userinfo

log = logging.getLogger("summarizer")

__all__ = [
    "SECRET_HEADERS",
    "VCR_OPTIONS",
    "cassette",
    "configure",
    "differing_part",
    "is_replaying",
    "json_body",
    "replaying",
]

SECRET_HEADERS = (
    "authorization",
    "proxy-authorization",
    "api-key",
    "x-api-key",
    "cookie",
    "set-cookie",
    "openai-organization",
    "openai-project",
)
SECRET_QUERY_PARAMETERS = ("api-key", "api_key", "key")
# Different on every recording and meaningless on replay; dropped so re-recording diffs show
# only what changed. (Retry-After and rate-limit headers are kept: the code reads them.)
VOLATILE_HEADERS = (
    "date",
    "x-request-id",
    "openai-processing-ms",
    "cf-ray",
    "x-envoy-upstream-service-time",
    "alt-svc",
    "strict-transport-security",
)

VCR_OPTIONS: dict[str, Any] = {
    "serializer": "yaml",
    "match_on": ("method", "path", "json_body"),
    "filter_headers": SECRET_HEADERS,
    "filter_query_parameters": SECRET_QUERY_PARAMETERS,
    "decode_compressed_response": True,
    "before_record_request": lambda request: _keep_safe_request_headers(request),
    "before_record_response": lambda response: _drop_headers(response),
}
# A server on this machine listens on whatever port it was given (the test servers on a random
# one): recorded without it, re-recording changes no cassette only in a port number. Requests
# match on path and body, never on host or port.
_LOOPBACK_PORT = re.compile(r"^(https?://(?:127\.0\.0\.1|localhost|\[::1\])):\d+(?=/|$)")
# Request headers are kept by allowlist: the SDK also sends machine details (OS, runtime).
_SAFE_REQUEST_HEADERS = frozenset({"content-type", "accept"})


def _keep_safe_request_headers(request: Any) -> Any:
    """Only harmless headers, a URI without userinfo, and a body without any secret."""
    for name in list(request.headers):
        if name.lower() not in _SAFE_REQUEST_HEADERS:
            del request.headers[name]
    request.uri = _LOOPBACK_PORT.sub(r"\1", scrub(strip_userinfo(request.uri)))
    if isinstance(request.body, bytes | str):
        text = _text(request.body)
        cleaned = scrub(text)
        if cleaned != text:
            request.body = cleaned.encode("utf-8") if isinstance(request.body, bytes) else cleaned
    return request


def _drop_headers(response: dict[str, Any]) -> dict[str, Any]:
    """No secret or volatile header, and a body scrubbed of secrets (error bodies echo keys)."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS or name.lower() in VOLATILE_HEADERS:
            del headers[name]
        else:
            headers[name] = [scrub(str(value)) for value in headers[name]]
    body = response.get("body", {})
    raw = body.get("string")
    described = _parse_json(raw)
    if isinstance(described, dict) and "openapi" in described and "paths" in described:
        # a server's API description: only its name is read (core/servers.py)
        raw = body["string"] = json.dumps({k: described[k] for k in ("openapi", "info")})
    if isinstance(raw, bytes | str):
        text = _text(raw)
        cleaned = scrub(text)
        if cleaned != text:
            body["string"] = cleaned.encode("utf-8") if isinstance(raw, bytes) else cleaned
    return response


def _parse_json(body: Any) -> Any | None:
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    if not isinstance(body, str) or not body.strip():
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def _text(body: Any) -> Any:
    return body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body


def _without_boundary(body: Any) -> Any:
    """A multipart upload (a Batch API request file) with its random boundary made constant."""
    text = _text(body)
    if isinstance(text, str) and text.startswith("--") and "Content-Disposition: form-data" in text:
        return text.replace(text.split("\r\n", 1)[0], "--boundary")
    return text


def differing_part(cassette: Any, request: Any) -> str:
    """What sets a request that is not in `cassette` apart from the recorded requests to the
    same path, in the words a user acts on: "the article", "the prompt", "the model",
    "the schema", "the settings" (or "the request" when nothing recorded is comparable)."""
    sent = _parse_json(request.body)
    recorded = [
        body
        for r in getattr(cassette, "requests", [])
        if r.method == request.method
        and r.path == request.path
        and isinstance(body := _parse_json(r.body), dict)
    ]
    if not isinstance(sent, dict) or not recorded:
        return "the request"

    def parts(body: dict[str, Any]) -> dict[str, Any]:
        messages = [m.get("content") for m in body.get("messages") or [] if isinstance(m, dict)]
        schema = {k: body.get(k) for k in ("tools", "tool_choice", "response_format")}
        settings = {k: v for k, v in body.items() if k not in ("messages", "model", *schema)}
        return {
            "the prompt": messages[:1],  # the system message: the prompt's own text
            "the article": messages[1:2],  # the user message: the article within its template
            "an earlier re-ask": messages[2:],
            "the model": body.get("model"),
            "the schema": schema,
            "the settings": settings,
        }

    mine = parts(sent)
    # the recorded request that differs in the fewest parts is the one this was meant to be
    differences = [
        [name for name, value in parts(b).items() if mine[name] != value] for b in recorded
    ]
    closest = min(differences, key=len)
    return " and ".join(closest) if closest else "the request"


def json_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the bodies are equal as JSON (or as text, multipart boundaries aside)."""
    a, b = _parse_json(r1.body), _parse_json(r2.body)
    if a is None or b is None:
        assert _without_boundary(r1.body) == _without_boundary(r2.body), "bodies differ"
        return
    if a != b:
        keys: list[str] = []
        if isinstance(a, dict) and isinstance(b, dict):
            keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        raise AssertionError(f"JSON bodies differ in {', '.join(keys) or 'content'}")


class _BlockDumper(yaml.SafeDumper):
    """Writes multi-line strings (prompts, articles) as YAML blocks, as they read."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = (
        "|"
        if "\n" in text and not any(line != line.rstrip() for line in text.split("\n"))
        else None
    )
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_BlockDumper.add_representer(str, _represent_str)


class ReadableYaml:
    """vcrpy's YAML, with JSON bodies stored as structures under `json` instead of strings."""

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        data = copy.deepcopy(cassette)
        for interaction in data["interactions"]:
            request, response = interaction["request"], interaction["response"]
            parsed = _parse_json(request.get("body"))
            if parsed is not None:
                request["body"] = {"json": parsed}
            elif request.get("body"):  # an upload: readable, its random boundary made constant
                request["body"] = {"text": _without_boundary(request["body"])}
                types = request.get("headers", {}).get("content-type", [])
                request.get("headers", {})["content-type"] = [
                    re.sub(r"boundary=\S+", "boundary=boundary", t) for t in types
                ]
            parsed = _parse_json(response.get("body", {}).get("string"))
            if parsed is not None:
                response["body"] = {"json": parsed}
                response.get("headers", {}).pop("content-length", None)
        return yaml.dump(data, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=100)

    @staticmethod
    def deserialize(text: str) -> dict[str, Any]:
        data = yaml.safe_load(text) or {}
        for interaction in data.get("interactions", []):
            request, response = interaction["request"], interaction["response"]
            if isinstance(request.get("body"), dict) and "json" in request["body"]:
                request["body"] = json.dumps(request["body"]["json"])
            elif isinstance(request.get("body"), dict) and "text" in request["body"]:
                request["body"] = request["body"]["text"].encode("utf-8")
            body = response.get("body")
            if isinstance(body, dict) and "json" in body:
                response["body"] = {"string": json.dumps(body["json"])}
        return data


def configure(recorder: vcr.VCR) -> vcr.VCR:
    """Register the matcher and serializer that `VCR_OPTIONS` names."""
    recorder.register_matcher("json_body", json_body)
    # Registered under vcrpy's own name so cassette files keep the plain .yaml suffix.
    recorder.register_serializer("yaml", ReadableYaml)
    return recorder


RecordMode = Literal["replay", "record"]
# Whether answers come from a cassette (the innermost `cassette()` block, in any thread): a
# replay never waits for a model, so nothing should say it is waiting (on a busy machine a
# replay can take seconds).
replaying: list[bool] = []


def is_replaying() -> bool:
    return bool(replaying) and replaying[-1]


@contextmanager
def cassette(path: str | Path, mode: RecordMode) -> Iterator[Cassette]:
    """Replay the exchanges in `path` (nothing reaches the network) or record them afresh."""
    path = Path(path)
    if mode == "replay" and not path.is_file():
        raise InputError(f"cassette not found: {path}")
    if mode == "record":  # check now that the cassette can be written, before any paid call
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
            path.touch()
            path.unlink()
        except OSError as exc:
            raise OutputError(f"cannot write the cassette {path}: {exc.strerror or exc}") from None
    recorder = configure(vcr.VCR(record_mode="none" if mode == "replay" else "all"))
    with ExitStack() as stack:
        try:
            recorded = stack.enter_context(recorder.use_cassette(str(path), **VCR_OPTIONS))
        except (yaml.YAMLError, UnicodeDecodeError, AttributeError, KeyError, TypeError):
            raise InputError(
                f"{path} is not a cassette (a YAML file written by --record)"
            ) from None
        replaying.append(mode == "replay")
        try:
            yield recorded
        finally:
            replaying.pop()
            if mode == "record" and len(recorded) == 0:
                log.warning("nothing was recorded to %s: no request was answered", path)
