"""Keeping credentials out of logs and messages, including those of the libraries we drive.

Providers echo parts of a rejected key in their error bodies ("Incorrect API key provided:
sk-ab...wxyz"), and the SDK and instructor log those bodies. A filter on their loggers scrubs
the configured key and anything shaped like a key before any handler sees the record.
"""

from __future__ import annotations

import logging
import re

__all__ = ["redact", "guard_logs"]

_KEY_LIKE = re.compile(r"\b(?:sk|pk|rk|key)-[A-Za-z0-9_\-.*]{4,}")
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
        cleaned = redact(message, self.secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


_FILTER = _RedactingFilter()


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
