"""What kind of model server a base URL is, asked without spending a completion.

OpenAI-compatible servers answer `GET /models`, and most say who they are there: the model's
`owned_by` ("llamacpp" from llama.cpp's llama-server, "me" from llama-cpp-python, "library"
from Ollama, "vllm" from vLLM) or the `server` header. llama-cpp-python's FastAPI app also
names itself in `/openapi.json`. The answer picks the best structured-output mode for the
first request (`BEST_MODE`), so `auto` spends no request on modes a server is known to lack.
A server that says nothing, or a failed look-up, leaves `auto` to negotiate as before.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from summarizer._config import InstructorModeName
from summarizer._redact import strip_userinfo

__all__ = ["BEST_MODE", "ServerKind", "identify_server", "kind_from"]

log = logging.getLogger("summarizer")

ServerKind = Literal["llama-cpp-python", "llama.cpp", "ollama", "vllm"]
# The mode each server constrains best: llama-cpp-python takes a schema only inside a
# json_object response_format (a 500 for json_schema); the others take json_schema.
BEST_MODE: dict[ServerKind, InstructorModeName] = {
    "llama-cpp-python": "json_grammar",
    "llama.cpp": "json_schema",
    "ollama": "json_schema",
    "vllm": "json_schema",
}
_OWNERS: dict[str, ServerKind] = {
    "llamacpp": "llama.cpp",
    "library": "ollama",
    "ollama": "ollama",
    "vllm": "vllm",
}
_PROBE_SECONDS = 5.0


def kind_from(models: Any, server_header: str = "", openapi_title: str = "") -> ServerKind | None:
    """The server kind that a `/models` body, a `server` header and an OpenAPI title name."""
    if "llama.cpp python" in openapi_title.lower():
        return "llama-cpp-python"
    data = models.get("data") if isinstance(models, dict) else None
    owners = {str(m.get("owned_by", "")).lower() for m in data or [] if isinstance(m, dict)}
    for owner in sorted(owners):
        if owner in _OWNERS:
            return _OWNERS[owner]
    header = server_header.lower()
    if "llama.cpp" in header:
        return "llama.cpp"
    if "ollama" in header:
        return "ollama"
    return None


def identify_server(base_url: str, api_key: str | None) -> ServerKind | None:
    """Ask the server at `base_url` what it is (one or two GETs); None when it does not say
    or cannot be asked. Never raises."""
    import httpx2

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    root = base_url.split("?", 1)[0].rstrip("/")
    try:
        with httpx2.Client(timeout=_PROBE_SECONDS, headers=headers) as http:
            answer = http.get(f"{root}/models")
            models = answer.json() if answer.status_code == 200 else None
            server = answer.headers.get("server", "")
            title = ""
            owners = {m.get("owned_by") for m in (models or {}).get("data", []) or []}
            if "me" in owners:  # llama-cpp-python's placeholder owner: confirm by its title
                site = root.removesuffix("/v1")
                described = http.get(f"{site}/openapi.json")
                if described.status_code == 200:
                    title = str((described.json().get("info") or {}).get("title", ""))
    except Exception as exc:  # noqa: BLE001 - identification is an optimisation, never a failure
        where = strip_userinfo(root)
        log.debug("could not identify the server at %s: %s", where, type(exc).__name__)
        return None
    kind = kind_from(models, server, title)
    log.debug("the server at %s is %s", strip_userinfo(root), kind or "unidentified")
    return kind
