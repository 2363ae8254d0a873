"""`mode = "auto"`: the best structured-output mode a server has, remembered per base URL.

A server that says what it is (`core/servers.py`: llama.cpp, llama-cpp-python, Ollama, vLLM)
starts in the mode that constrains its decoding best, with no request spent finding it. Any
other server is asked in the order of how strongly each mode constrains the answer: `tools`
(function calling), `json_schema` (response_format with the schema), `json_grammar`
(json_object carrying the schema), `json` (json_object, the schema in the prompt), `md_json`
(the schema in the prompt only). A server that refuses a request because it lacks the mode's
feature ("model does not support tools", "tools param requires --jinja flag", a validation
error naming response_format, whatever its status) is asked again in the next mode at once -
one request per unsupported mode, never a retry - and the mode that worked is written to
`modes.json` in the cache folder, so later runs against that base URL start there.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from pathlib import Path

from summarizer._config import Config, InstructorModeName
from summarizer._errors import RequestRejected, SummarizerError, TransportError
from summarizer._redact import strip_userinfo

__all__ = ["MODE_ORDER", "ModeChoice", "resolved_mode"]

log = logging.getLogger("summarizer")

MODE_ORDER: tuple[InstructorModeName, ...] = (
    "tools",
    "json_schema",
    "json_grammar",
    "json",
    "md_json",
)
# What servers say when a request uses a feature they do not have.
_UNSUPPORTED = re.compile(
    r"tool|function.?call|response_format|json_schema|structured output|grammar|jinja|"
    r"not support|unsupported|unknown (?:field|parameter|argument)|extra (?:fields|inputs)|"
    r"unrecognized",
    re.IGNORECASE,
)
_REJECTION_STATUSES = frozenset({400, 404, 422, 500, 501})


def _store(config: Config) -> Path:
    from summarizer._paths import default_cache_dir

    return (config.cache_dir or default_cache_dir()) / "modes.json"


_STORE_MAX_BYTES = 1 << 20


def _remembered(config: Config) -> dict[str, str]:
    """The modes remembered per endpoint; whatever the file holds that is not that (another
    type, another mode, a FIFO that would block, a huge file) is ignored."""
    store = _store(config)
    try:
        if not store.is_file() or store.stat().st_size > _STORE_MAX_BYTES:
            return {}
        data = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and v in MODE_ORDER}


def _endpoint(config: Config) -> str:
    """The base URL as `modes.json` keys it: without user-info or query (credentials live
    there), like every other file the project writes."""
    url = (config.base_urls[0] if config.base_urls else "https://api.openai.com/v1").rstrip("/")
    return strip_userinfo(url.split("?", 1)[0]).rstrip("/")


def resolved_mode(config: Config) -> InstructorModeName:
    """The mode to start with: the configured one, or for `auto` the one remembered for this
    base URL (else `tools`)."""
    if config.mode != "auto":
        return config.mode
    found = _remembered(config).get(_endpoint(config))
    return next((mode for mode in MODE_ORDER if mode == found), "tools")


def _identified_mode(config: Config) -> InstructorModeName | None:
    """For `auto` against a server not met before: the best mode of the kind it says it is."""
    if config.mode != "auto" or not config.base_url or not config.identify_server:
        return None
    if _endpoint(config) in _remembered(config):
        return None
    from summarizer.core.servers import BEST_MODE, identify_server

    kind = identify_server(config.base_urls[0], config.resolved_api_key())
    if kind is None:
        return None
    log.info("the server at %s is %s: using %s mode", _endpoint(config), kind, BEST_MODE[kind])
    return BEST_MODE[kind]


class ModeChoice:
    """The mode requests are made in, and, under `auto`, the step down when a server rejects it."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.auto = config.mode == "auto"
        self._current: InstructorModeName | None = None
        self._lock = threading.Lock()  # a long article's chunk calls ask from several threads

    @property
    def current(self) -> InstructorModeName:
        """The mode to ask in, settled on first use (a new server is asked what it is then,
        inside whatever recording the first request is made in)."""
        if self._current is None:
            with self._lock:
                if self._current is None:
                    identified = _identified_mode(self.config)
                    self._current = identified or resolved_mode(self.config)
                    if identified is not None:
                        self._remember()
        return self._current

    @current.setter
    def current(self, mode: InstructorModeName) -> None:
        self._current = mode

    def fall_back(self, failure: SummarizerError, tried: InstructorModeName) -> bool:
        """Whether to ask again after `failure` of a request made in mode `tried`: in the next
        mode (switching to it), or in the current one if a concurrent call already moved on."""
        if not self.auto or not isinstance(failure, RequestRejected | TransportError):
            return False
        if failure.status_code not in _REJECTION_STATUSES:
            return False
        if not _UNSUPPORTED.search(str(failure)):
            return False
        if tried != self.current:
            return True  # another call stepped down meanwhile: ask again in its mode
        position = MODE_ORDER.index(self.current)
        if position + 1 >= len(MODE_ORDER):
            return False
        rejected, self.current = self.current, MODE_ORDER[position + 1]
        log.warning(
            "the server does not take %s mode (%s); using %s mode for %s",
            rejected,
            failure,
            self.current,
            _endpoint(self.config),
        )
        self._remember()
        return True

    def _remember(self) -> None:
        store = _store(self.config)
        known = _remembered(self.config)
        known[_endpoint(self.config)] = self.current
        try:
            store.parent.mkdir(parents=True, exist_ok=True)
            partial = store.with_name(f".{store.name}.{os.getpid()}.part")
            partial.write_text(json.dumps(known, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            os.replace(partial, store)  # whole or not at all; a FIFO or a wrong file is replaced
        except OSError as exc:  # remembering is an optimisation; never fail a run for it
            log.debug("could not remember the mode in %s: %s", store, exc)
