"""Keeping credentials out of everything the project writes: logs, messages, cassettes, files.

Providers echo a rejected key in their error bodies ("Incorrect API key provided: ..."), and the
SDK and instructor log those bodies. Secrets are scrubbed by *value* - the configured key, and
the user and password of a base URL - whatever their shape (an Azure key, a gateway token, a
passphrase), and text shaped like a key is scrubbed as a second net. `scrub` is what every
writer calls; a filter on the libraries' loggers applies it before any handler sees a record.
"""

from __future__ import annotations

import logging
import re

__all__ = ["guard_logs", "redact", "register_secrets", "scrub", "strip_userinfo"]

_KEY_LIKE = re.compile(
    r"\b(?:sk|pk|rk|key)-[A-Za-z0-9_\-.*]{4,}"
    r"|(?<=Bearer )[A-Za-z0-9_\-.~+/=]{8,}"
    r"|(?<=api-key: )[A-Za-z0-9_\-.]{8,}|(?<=api_key=)[A-Za-z0-9_\-.]{8,}"
)
_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")
_GUARDED_LOGGERS = (
    "openai",
    "instructor",
    "httpx",
    "httpx2",
    "httpcore",
    "httpcore2",
    "summarizer",
)
_MIN_SECRET = 8  # shorter values are placeholders, not secrets worth matching everywhere


def redact(text: str, secrets: frozenset[str] | set[str] = frozenset()) -> str:
    for secret in secrets:
        if len(secret) >= _MIN_SECRET:
            text = text.replace(secret, "[redacted]")
    return _KEY_LIKE.sub("[redacted]", text)


class _RedactingFilter(logging.Filter):
    def __init__(self) -> None:
        super().__init__("summarizer.redact")
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


_FILTER = _RedactingFilter()


def register_secrets(api_key: str | None = None, base_url: str | None = None) -> None:
    """Remember the values to scrub: the key, and a base URL's user and password."""
    if api_key:
        _FILTER.secrets.add(api_key)
    for found in _USERINFO.finditer(base_url or ""):  # one base URL, or several, comma-separated
        userinfo = found.group(0)[:-1]
        _FILTER.secrets.update(p for p in (userinfo, *userinfo.split(":", 1)) if p)


def scrub(text: str) -> str:
    """`text` without any registered secret, URL userinfo or key-shaped string."""
    return _USERINFO.sub("[redacted]@", redact(text, _FILTER.secrets))


def strip_userinfo(url: str) -> str:
    return _USERINFO.sub("", url)


def guard_logs(secret: str | None = None) -> None:
    """Scrub `secret` (and key-shaped text) from the records of every logger that may see it."""
    if secret:
        _FILTER.secrets.add(secret)
    existing = list(logging.root.manager.loggerDict)
    for name in existing:
        if name.split(".")[0] in _GUARDED_LOGGERS:
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
