"""A small OpenAI-compatible server that plays a script of hand-written answers.

It exists to author cassettes offline: the real client code talks to it over HTTP exactly as it
would to OpenAI, vLLM or Ollama, and vcrpy records the exchange. Each POST to
/v1/chat/completions takes the next step of the script:

    {"answer": {...}}                         the model answers with this object
    {"answer": {...}, "truncate": true}       ... cut off half way, finish_reason "length"
    {"raw": "text"}                           the model answers with this text as is
    {"refusal": "text"}                       the model declines (OpenAI's `refusal` field)
    {"status": 429, "headers": {...}, "error": "message"}   an HTTP error
    {"reset": true}                           the connection drops in the middle of the body
    {"delay": 1.5, ...}                       any step, after a pause (to provoke timeouts)
    {"match": "words", ...}                   any step, served to the first request whose
                                              messages contain "words" (for concurrent callers)

An answer is delivered the way the request asked for it: as a tool call when the request offered
tools, else as message content. Token counts are a deterministic estimate (4 characters a token).

Run it by hand to try the CLI against a script:
    python tests/scripted_server.py tests/scripted/answers/valley_strikes.json --port 8011
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CREATED = 1_767_225_600  # fixed, so recordings are reproducible
PREFERRED_PORT = 18011


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def completion(request: dict[str, Any], step: dict[str, Any], number: int) -> dict[str, Any]:
    """The chat.completion body a careful model would send for `step`."""
    if "raw" in step:
        text = step["raw"]
    elif "refusal" in step:
        text = ""
    else:
        text = json.dumps(step["answer"], ensure_ascii=False)
    finish = "length" if step.get("truncate") else None
    if finish:
        text = text[: len(text) // 2]
    message: dict[str, Any] = {"role": "assistant", "content": None}
    tools = request.get("tools") or []
    if "refusal" in step:
        message["refusal"] = step["refusal"]
        finish = "stop"
    elif tools and "raw" not in step:
        message["tool_calls"] = [
            {
                "id": f"call_scripted_{number}",
                "type": "function",
                "function": {"name": tools[0]["function"]["name"], "arguments": text},
            }
        ]
        finish = finish or "tool_calls"
    else:
        message["content"] = text
        finish = finish or "stop"
    prompt = _tokens(json.dumps(request.get("messages", [])))
    answer = _tokens(text)
    return {
        "id": f"chatcmpl-scripted-{number}",
        "object": "chat.completion",
        "created": CREATED,
        "model": request.get("model", "scripted"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": answer,
            "total_tokens": prompt + answer,
        },
    }


class ScriptedServer:
    """Serves `steps` in order on 127.0.0.1; use as a context manager."""

    def __init__(self, steps: list[dict[str, Any]], port: int | None = None) -> None:
        self.steps = list(steps)
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._server = self._bind(port)
        self.url = f"http://127.0.0.1:{self._server.server_port}/v1"

    def _take(self, request: dict[str, Any]) -> dict[str, Any] | None:
        text = json.dumps(request.get("messages", []), ensure_ascii=False)
        for index, step in enumerate(self.steps):
            if "match" not in step or step["match"] in text:
                return self.steps.pop(index)
        return None

    def _bind(self, port: int | None) -> ThreadingHTTPServer:
        # A fixed port by default keeps recorded URLs identical from one recording to the next.
        for candidate in [port] if port is not None else [PREFERRED_PORT, 0]:
            try:
                return ThreadingHTTPServer(("127.0.0.1", candidate), self._handler())
            except OSError:
                continue
        raise OSError(f"cannot listen on 127.0.0.1:{port}")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("content-length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.requests.append(request)
                    number = len(server.requests)
                    step = server._take(request)
                if step and step.get("delay"):
                    time.sleep(step["delay"])
                if step and step.get("reset"):
                    self._drop_mid_body()
                elif not self.path.endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                elif step is None:
                    self._send(500, {"error": {"message": "the script has no more steps"}})
                elif "status" in step:
                    error = {"error": {"message": step.get("error", "scripted error")}}
                    self._send(step["status"], error, step.get("headers", {}))
                else:
                    self._send(200, completion(request, step, number))

            def _drop_mid_body(self) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", "5000")
                self.end_headers()
                self.wfile.write(b'{"id": "chatcmpl-cut", "choices": [')
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)

            def _send(
                self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def __enter__(self) -> ScriptedServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", nargs="+", type=Path, help="JSON answer files, served in order")
    parser.add_argument("--port", type=int, default=8011)
    args = parser.parse_args()
    steps = [{"answer": json.loads(p.read_text(encoding="utf-8"))} for p in args.answers]
    with ScriptedServer(steps, port=args.port) as server:
        print(f"serving {len(steps)} answer(s) at {server.url}; Ctrl-C to stop")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
