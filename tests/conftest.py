"""Test wiring: cassettes, the scripted server, and a guard against unrecorded model calls.

Tests run offline on cassettes (pytest-recording, record mode `none`, network blocked). To author
a cassette, run the test with `--record-mode=rewrite`: the model endpoint is then the scripted
server playing the test's scenario (tests/scenarios.py), or, with SUMMARIZER_LIVE=1, the real
endpoint that OPENAI_API_KEY / OPENAI_BASE_URL name. Fault scenarios no real endpoint could
produce (`scripted_only`) are not stored: the scripted server plays them at test time, on the
loopback interface.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer import CassetteMismatch
from summarizer.core.cassettes import VCR_OPTIONS, configure
from tests.scenarios import SCENARIOS
from tests.scripted_server import ScriptedServer

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
LIVE = os.environ.get("SUMMARIZER_LIVE") == "1"
# Replayed exchanges need no endpoint; any URL will do as requests match on path and body.
REPLAY_SETTINGS = {"base_url": "http://replay.invalid/v1", "api_key": "replay-no-key-needed"}


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    configure(vcr)


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return dict(VCR_OPTIONS)


def played_at_test_time(request: pytest.FixtureRequest) -> bool:
    """A fault no real endpoint could be asked for (`scripted_only`): the scripted server plays
    its scenario at test time and the exchange is recorded to a scratch cassette, so the test
    reads it as it would a stored one; nothing is stored that no endpoint could re-record."""
    return not LIVE and request.node.get_closest_marker("scripted_only") is not None


@pytest.fixture
def record_mode(request: pytest.FixtureRequest, pytestconfig: pytest.Config) -> str:
    if played_at_test_time(request):
        return "all"
    return str(pytestconfig.getoption("--record-mode") or "none")


@pytest.fixture
def vcr_cassette_dir(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    if played_at_test_time(request):
        return str(tmp_path_factory.mktemp("exchange"))
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_"))


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A developer's own keys and settings never leak into a test (unless recording live)."""
    if LIVE:
        return
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "SUMMARIZER_")):
            monkeypatch.delenv(name)
    # the result cache lives in the test's own folder, never in the user's cache
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    # the scripted server's exchanges hold completions only; identifying a server is tested
    # where it is the subject (tests/test_modes_real.py, the real-model lane)
    monkeypatch.setenv("SUMMARIZER_IDENTIFY_SERVER", "false")


def scenario_name(request: pytest.FixtureRequest) -> str:
    marker = request.node.get_closest_marker("scenario")
    return marker.args[0] if marker else request.node.originalname.removeprefix("test_")


@pytest.fixture
def recording(record_mode: str) -> bool:
    return record_mode != "none"


@pytest.fixture
def endpoint(request: pytest.FixtureRequest, recording: bool) -> Iterator[dict[str, str]]:
    """Settings that reach the model for this test: replay, scripted server, or live."""
    if not recording:
        yield dict(REPLAY_SETTINGS)
    elif LIVE:
        if request.node.get_closest_marker("scripted_only"):
            pytest.skip("this scenario scripts a fault a live endpoint cannot be asked for")
        yield {}
    else:
        with ScriptedServer(SCENARIOS.get(scenario_name(request), [])) as server:
            yield {"base_url": server.url, "api_key": "scripted-no-key"}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A test that failed on a stale cassette says how to re-record it."""
    report = yield
    if call.excinfo is not None and call.excinfo.errisinstance(CassetteMismatch):
        report.sections.append(
            ("cassette", f"re-record: python -m pytest --record-mode=rewrite '{item.nodeid}'")
        )
    return report
