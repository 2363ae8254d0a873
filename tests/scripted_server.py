"""A small OpenAI-compatible server that plays a script of hand-written answers.

It exists to author cassettes offline: the real client code talks to it over HTTP exactly as it
would to OpenAI, vLLM or Ollama, and vcrpy records the exchange. Each POST to
/v1/chat/completions takes the next step of the script:

    {"answer": {...}}                         the model answers with this object
    {"answer": {...}, "truncate": true}       ... cut off half way, finish_reason "length"
    {"raw": "text"}                           the model answers with this text as is
    {"html": "<html>...</html>"}              a 200 answer that is a web page, not JSON
    {"body": {...}}                           a 200 answer with exactly this JSON body
    {"message": {...}, "finish_reason": "stop"}   the message object exactly as a server sends
                                              it (for the shapes of Ollama, vLLM, llama.cpp)
    {"refusal": "text"}                       the model declines (OpenAI's `refusal` field)
    {"status": 429, "headers": {...}, "error": "message"}   an HTTP error
    {"status": 401, "error": "...", "echo_key": true}      ... whose body echoes the API key
    {"reset": true}                           the connection drops in the middle of the body
    {"delay": 1.5, ...}                       any step, after a pause (to provoke timeouts)
    {"match": "words", ...}                   any step, served to the first request whose
                                              messages contain "words" (for concurrent callers)

An answer is delivered the way the request asked for it: as a tool call when the request offered
tools, else as message content. Token counts are a deterministic estimate (4 characters a token).

It also plays the Batch API (/v1/files, /v1/batches): an uploaded request file is answered line by
line from the same script when the batch is created; the batch reports `in_progress` on the first
status check and its final status on the next. Steps only the Batch API knows:

    {"expire": true}                          this request is not run before the window closes
                                              (the batch ends `expired`, with partial results)

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
EXPIRED = "This request could not be executed before the completion window expired."


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def completion(request: dict[str, Any], step: dict[str, Any], number: int) -> dict[str, Any]:
    """The chat.completion body a careful model would send for `step`."""
    if "raw" in step:
        text = step["raw"]
    elif "refusal" in step or "message" in step:
        text = ""
    else:
        text = json.dumps(step["answer"], ensure_ascii=False)
    finish = "length" if step.get("truncate") else None
    if finish:
        text = text[: len(text) // 2]
    message: dict[str, Any] = {"role": "assistant", "content": None}
    tools = request.get("tools") or []
    if "message" in step:
        message = {"role": "assistant", **step["message"]}
        text = json.dumps(step["message"], ensure_ascii=False)
        finish = step.get("finish_reason", "stop")
    elif "refusal" in step:
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


def _multipart_file(body: bytes) -> tuple[str, bytes]:
    """The file name and content of the `file` part of a multipart/form-data body."""
    boundary = body.split(b"\r\n", 1)[0]
    for part in body.split(boundary):
        head, _, content = part.partition(b"\r\n\r\n")
        if b'name="file"' in head:
            name = head.split(b'filename="', 1)[1].split(b'"', 1)[0].decode()
            return name, content.removesuffix(b"\r\n")
    raise ValueError("no file part in the upload")


class ScriptedBatches:
    """The Files and Batches endpoints, answering each batch's requests from the script."""

    def __init__(self, server: ScriptedServer) -> None:
        self.server = server
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.outcomes: dict[str, str] = {}  # batch id -> final status

    def upload(self, body: bytes) -> dict[str, Any]:
        name, content = _multipart_file(body)
        file_id = f"file-scripted-{len(self.files) + 1}"
        self.files[file_id] = content
        return {"id": file_id, "object": "file", "bytes": len(content), "created_at": CREATED,
                "filename": name, "purpose": "batch", "status": "processed"}  # fmt: skip

    def create(self, request: dict[str, Any]) -> dict[str, Any]:
        batch_id = f"batch_scripted_{len(self.batches) + 1}"
        lines = self.files[request["input_file_id"]].decode().splitlines()
        output, errors, expired = [], [], False
        for number, line in enumerate(lines, 1):
            item = json.loads(line)
            with self.server._lock:
                self.server.requests.append(item["body"])
                step = self.server._take(item["body"])
            result: dict[str, Any] = {"id": f"batch_req_{batch_id}_{number}",
                                      "custom_id": item["custom_id"]}  # fmt: skip
            if step is None or step.get("expire"):
                expired = True
                error = {"code": "batch_expired", "message": EXPIRED}
                errors.append({**result, "response": None, "error": error})
            elif "status" in step:
                message = {"error": {"message": step.get("error", "scripted error")}}
                response = {"status_code": step["status"], "request_id": f"req_{number}",
                            "body": message}  # fmt: skip
                errors.append({**result, "response": response, "error": None})
            else:
                body = completion(item["body"], step, len(self.server.requests))
                response = {"status_code": 200, "request_id": f"req_{number}", "body": body}
                output.append({**result, "response": response, "error": None})
        batch = {
            "id": batch_id, "object": "batch", "endpoint": request["endpoint"],
            "input_file_id": request["input_file_id"], "completion_window": "24h",
            "status": "validating", "created_at": CREATED, "output_file_id": None,
            "error_file_id": None, "metadata": request.get("metadata"),
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
        }  # fmt: skip
        self.batches[batch_id] = batch
        self.outcomes[batch_id] = "expired" if expired else "completed"
        self._files_of(batch, output, errors)
        return dict(batch)

    def _files_of(self, batch: dict[str, Any], output: list[Any], errors: list[Any]) -> None:
        for kind, lines in (("output", output), ("error", errors)):
            if lines:
                file_id = f"file-scripted-{batch['id']}-{kind}"
                self.files[file_id] = "".join(json.dumps(x) + "\n" for x in lines).encode()
                batch[f"_{kind}"] = file_id
        batch["_counts"] = {"total": len(output) + len(errors), "completed": len(output),
                            "failed": len(errors)}  # fmt: skip

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        batch = self.batches[batch_id]
        if batch["status"] == "validating":
            batch["status"] = "in_progress"
        elif batch["status"] == "in_progress":
            batch["status"] = self.outcomes[batch_id]
        elif batch["status"] == "cancelling":
            batch["status"] = "cancelled"
        if batch["status"] in ("completed", "expired", "cancelled"):
            batch["output_file_id"] = batch.get("_output")
            batch["error_file_id"] = batch.get("_error")
            batch["request_counts"] = batch["_counts"]
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def cancel(self, batch_id: str) -> dict[str, Any]:
        batch = self.batches[batch_id]
        if batch["status"] in ("validating", "in_progress"):
            batch["status"] = "cancelling"
            # cancelled before any request ran: no output, every request unanswered
            batch["_output"] = batch["_error"] = None
            batch["_counts"] = {**batch["_counts"], "completed": 0, "failed": 0}
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def listing(self) -> dict[str, Any]:
        data = [{k: v for k, v in b.items() if not k.startswith("_")}
                for b in reversed(list(self.batches.values()))]  # fmt: skip
        return {"object": "list", "data": data, "has_more": False}


class ScriptedServer:
    """Serves `steps` in order on 127.0.0.1; use as a context manager."""

    def __init__(
        self,
        steps: list[dict[str, Any]],
        port: int | None = None,
        *,
        models: dict[str, Any] | None = None,
    ) -> None:
        self.steps = list(steps)
        self.requests: list[dict[str, Any]] = []
        self.models = models  # served at GET /models, as a server says what it is
        self.authorizations: list[str | None] = []  # each POST's Authorization header
        self.gets: list[str] = []
        self.batch_api = ScriptedBatches(self)
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

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                parts = self.path.split("?")[0].rstrip("/").split("/")
                batches = server.batch_api
                server.gets.append(self.path)
                if parts[-1] == "models" and server.models is not None:
                    self._send(200, server.models)
                elif parts[-2:] == ["v1", "batches"]:
                    self._send(200, batches.listing())
                elif parts[-2] == "batches" and parts[-1] in batches.batches:
                    self._send(200, batches.retrieve(parts[-1]))
                elif parts[-1] == "content" and parts[-2] in batches.files:
                    self._send_text(batches.files[parts[-2]])
                else:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("content-length", 0))
                raw = self.rfile.read(length)
                path = self.path.rstrip("/")
                if path.endswith("/files"):
                    self._send(200, server.batch_api.upload(raw))
                    return
                if path.endswith("/batches"):
                    self._send(200, server.batch_api.create(json.loads(raw)))
                    return
                if path.endswith("/cancel"):
                    self._send(200, server.batch_api.cancel(path.split("/")[-2]))
                    return
                request = json.loads(raw or b"{}")
                with server._lock:
                    server.requests.append(request)
                    server.authorizations.append(self.headers.get("authorization"))
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
                elif "body" in step:  # a 200 body exactly as given
                    self._send(200, step["body"])
                elif "html" in step:  # a proxy's or captive portal's page, served as 200
                    data = step["html"].encode()
                    self.send_response(200)
                    self.send_header("content-type", "text/html; charset=utf-8")
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                elif "status" in step:
                    message = step.get("error", "scripted error")
                    if step.get("echo_key"):  # as providers do: "Incorrect API key provided: ..."
                        message += " " + self.headers.get("authorization", "").removeprefix(
                            "Bearer "
                        )
                    error = {"error": {"message": message}}
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

            def _send_text(self, data: bytes) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/octet-stream")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

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
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a test that times out or kills it on purpose)

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
