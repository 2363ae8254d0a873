"""The README's Python example runs as written (offline, from its cassette)."""

from __future__ import annotations

import contextlib
import io
import os
import re

import pytest

from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_readme_has_a_python_example() -> None:
    assert PYTHON_BLOCKS


@pytest.mark.parametrize("code", [c for c in PYTHON_BLOCKS if "summarizer.ray" not in c])
def test_readme_python_block_runs(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    output = printed.getvalue()
    assert "Kestria and Valmora" in output and "E1 AGREE occurred" in output


def test_readme_first_commands_are_install_demo_and_tests() -> None:
    commands = re.findall(r"```bash\n(.*?)```", README, re.DOTALL)[:2]
    assert "pip install" in commands[0] and "--replay cassettes/examples/" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1].strip() in ci
    assert os.access(ROOT / ".ci" / "run", os.R_OK)


def _shell_commands() -> list[str]:
    """The offline commands of each of the README's bash blocks (those that replay a recording,
    and `view`, which reads their output), continuation lines joined, one script per block."""
    scripts = []
    for block in re.findall(r"^```bash\n(.*?)^```", README, re.DOTALL | re.MULTILINE):
        offline = []
        for command in block.replace("\\\n", " ").splitlines():
            command = command.split("  #")[0].strip()
            if "pytest" in command or "pip install" in command:
                continue  # installing and re-recording are not examples to run here
            if "--replay" in command or command.startswith("summarizer view"):
                offline.append(command)
        if offline:
            scripts.append(" && ".join(offline))
    return scripts


def test_readme_has_offline_shell_examples() -> None:
    assert len(_shell_commands()) >= 5


@pytest.mark.parametrize("command", _shell_commands())
def test_readme_shell_example_runs(command: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run as written, in a scratch directory that sees the repository's examples and
    cassettes, with the environment's `summarizer` on PATH, as after `source .venv/bin/activate`."""
    import subprocess
    import sys

    for name in ("examples", "cassettes", "README.md"):
        (tmp_path / name).symlink_to(ROOT / name)
    bin_dir = os.path.dirname(sys.executable)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("OPENAI_API_KEY", None)
    done = subprocess.run(["bash", "-c", command.replace(".venv/bin/", "")], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower(), done.stderr


def test_readme_ray_example_runs_in_local_mode() -> None:
    """The Ray example, as written, in its own interpreter (Ray's workers are processes a
    cassette cannot reach), against the scripted server playing a careful model."""
    import subprocess
    import sys

    pytest.importorskip("ray", reason="the ray extra is not installed")
    from tests.scenarios import answer, ok
    from tests.scripted_server import ScriptedServer

    (code,) = [c for c in PYTHON_BLOCKS if "summarizer.ray" in c]
    with ScriptedServer([{**ok(answer("grain_deal")), "match": "Kestria"}]) as server:
        env = {**os.environ, "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "scripted-no-key"}
        env["RAY_worker_niceness"] = "0"  # a busy machine would starve workers at nice 15
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "a1 ok None" in done.stdout
