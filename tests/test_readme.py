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


@pytest.mark.parametrize("code", PYTHON_BLOCKS)
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
