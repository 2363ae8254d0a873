"""Exceptions. Every error this library raises on purpose is a `SummarizerError`:

    SummarizerError
    ├── ConfigError            settings missing or invalid (no key, unknown mode, ...)
    ├── InputError             the article cannot be used (empty, unreadable, ...)
    ├── OutputError            an output cannot be written (read-only, disk full, in use)
    ├── ModelCallError         the endpoint could not give an answer
    │   ├── TransportError     network, timeout, 429 or 5xx, still failing after the retries
    │   ├── RequestRejected    400/401/403/404/422: retrying cannot help
    │   ├── ModelRefused       the model declined to answer
    │   └── AnswerTruncated    the answer was cut off, even with a larger output budget
    ├── AttemptsExhausted      every answer failed validation or grounding
    ├── GroundingCrashed       checking an answer stopped the process that checked it
    └── CassetteMismatch       replaying: no recorded exchange matches the request

Messages are one line, never carry credentials, and say what to do where that is known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.core.models import Usage

__all__ = [
    "SummarizerError",
    "ConfigError",
    "InputError",
    "OutputError",
    "ModelCallError",
    "TransportError",
    "RequestRejected",
    "ModelRefused",
    "AnswerTruncated",
    "AttemptsExhausted",
    "GroundingCrashed",
    "CassetteMismatch",
]


class SummarizerError(Exception):
    """Base class of every error raised by summarizer."""


class ConfigError(SummarizerError):
    """Settings are missing or invalid."""


class InputError(SummarizerError):
    """The input cannot be analysed."""


class OutputError(SummarizerError):
    """An output cannot be written: a read-only folder, a full disk, or another run holding it
    (the command exits 73, before any paid call where it can tell)."""


class ModelCallError(SummarizerError):
    """The model endpoint did not give an answer."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class TransportError(ModelCallError):
    """A retryable failure (network, timeout, 429, 5xx) outlasted the retry policy."""


class RequestRejected(ModelCallError):
    """The endpoint refused the request in a way retrying cannot fix."""


class ModelRefused(ModelCallError):
    """The model declined to answer (a refusal, not a malformed answer: re-asking will not help)."""


class AnswerTruncated(ModelCallError):
    """The answer hit the output-token limit twice."""


class AttemptsExhausted(SummarizerError):
    """No answer passed validation within the allowed attempts.

    Carries what was spent and seen, so the caller can inspect or log it: `attempts`, `usage`
    (summed over every attempt), `last_answer` (the raw text of the last answer), `errors`
    (one validation message per failed attempt) and `rules` (the rule each of them broke).
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int,
        usage: Usage,
        last_answer: str | None,
        errors: list[str],
        rules: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.usage = usage
        self.last_answer = last_answer
        self.errors = errors
        self.rules = rules if rules is not None else ["schema"] * len(errors)


class GroundingCrashed(SummarizerError):
    """Grounding an answer stopped the worker process that grounded it, even alone."""


class CassetteMismatch(SummarizerError):
    """A replayed request is not in the cassette: prompt, schema, model or settings changed."""
