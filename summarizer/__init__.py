"""summarizer: grounded summaries and event records from news articles.

    >>> import summarizer
    >>> analysis = summarizer.analyze(text)                   # doctest: +SKIP
    >>> analysis.events[0].casualties[0].evidence.quote       # doctest: +SKIP

Every quote in a result occurs verbatim in the article (the library locates it and records its
offsets); every casualty number occurs in its quote; every actor is named in the article.

The names below load on first use (PEP 562), so that `import summarizer` and the command line's
`--help` do not load the model client, the batch engine or the evaluation code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer._config import Config
    from summarizer._errors import (
        AnswerTruncated,
        AttemptsExhausted,
        CassetteMismatch,
        ConfigError,
        GroundingCrashed,
        InputError,
        ModelCallError,
        ModelRefused,
        RequestRejected,
        SummarizerError,
        TransportError,
    )
    from summarizer.batch.engine import BatchItem, aiter_analyze, analyze_many
    from summarizer.chat.session import ChatAnswer, ChatReply, ChatSession, ask
    from summarizer.checks.alignment import ArticleText
    from summarizer.core.cache import ResultCache
    from summarizer.core.cassettes import cassette
    from summarizer.core.grounding_pool import GroundingPool
    from summarizer.core.models import (
        SCHEMA_VERSION,
        Actor,
        Analysis,
        Article,
        CasualtyFigure,
        Citation,
        Claim,
        Count,
        Dateline,
        Event,
        EventLink,
        EventsResult,
        EventTime,
        Evidence,
        GroundingContext,
        KeyPoint,
        Location,
        Metadata,
        Summary,
        SummaryResult,
        Usage,
    )
    from summarizer.core.pipeline import (
        AsyncSummarizer,
        Summarizer,
        analyze,
        extract_events,
        summarize,
    )
    from summarizer.core.transport import RetryPolicy
    from summarizer.digests.build import digest
    from summarizer.digests.models import Digest, DigestEvent
    from summarizer.eval.gold import GoldArticle, GoldEvent, load_gold
    from summarizer.eval.reports import EvalReport, evaluate
    from summarizer.eval.runs import read_run

__version__ = "0.1.0"

# Where each public name lives; tests/test_packaging.py checks this against the imports above.
_WHERE = {
    name: module
    for module, names in {
        "summarizer._config": ("Config",),
        "summarizer._errors": (
            "AnswerTruncated",
            "AttemptsExhausted",
            "CassetteMismatch",
            "ConfigError",
            "GroundingCrashed",
            "InputError",
            "ModelCallError",
            "ModelRefused",
            "RequestRejected",
            "SummarizerError",
            "TransportError",
        ),
        "summarizer.batch.engine": (
            "BatchItem",
            "aiter_analyze",
            "analyze_many",
        ),
        "summarizer.checks.alignment": ("ArticleText",),
        "summarizer.chat.session": (
            "ChatAnswer",
            "ChatReply",
            "ChatSession",
            "ask",
        ),
        "summarizer.core.cache": ("ResultCache",),
        "summarizer.core.cassettes": ("cassette",),
        "summarizer.core.transport": ("RetryPolicy",),
        "summarizer.core.grounding_pool": ("GroundingPool",),
        "summarizer.core.models": (
            "SCHEMA_VERSION",
            "Actor",
            "Analysis",
            "Article",
            "CasualtyFigure",
            "Citation",
            "Claim",
            "Count",
            "Dateline",
            "Event",
            "EventLink",
            "EventsResult",
            "EventTime",
            "Evidence",
            "GroundingContext",
            "KeyPoint",
            "Location",
            "Metadata",
            "Summary",
            "SummaryResult",
            "Usage",
        ),
        "summarizer.core.pipeline": (
            "AsyncSummarizer",
            "Summarizer",
            "analyze",
            "extract_events",
            "summarize",
        ),
        "summarizer.digests.build": ("digest",),
        "summarizer.digests.models": (
            "Digest",
            "DigestEvent",
        ),
        "summarizer.eval.gold": (
            "GoldArticle",
            "GoldEvent",
            "load_gold",
        ),
        "summarizer.eval.reports": (
            "EvalReport",
            "evaluate",
        ),
        "summarizer.eval.runs": ("read_run",),
    }.items()
    for name in names
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found once; later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "Actor",
    "Analysis",
    "AnswerTruncated",
    "Article",
    "ArticleText",
    "AsyncSummarizer",
    "AttemptsExhausted",
    "BatchItem",
    "CassetteMismatch",
    "CasualtyFigure",
    "ChatAnswer",
    "ChatReply",
    "ChatSession",
    "Citation",
    "Claim",
    "Config",
    "ConfigError",
    "Count",
    "Dateline",
    "Digest",
    "DigestEvent",
    "EvalReport",
    "Event",
    "EventLink",
    "EventTime",
    "EventsResult",
    "Evidence",
    "GoldArticle",
    "GoldEvent",
    "GroundingContext",
    "GroundingCrashed",
    "GroundingPool",
    "InputError",
    "KeyPoint",
    "Location",
    "Metadata",
    "ModelCallError",
    "ModelRefused",
    "RequestRejected",
    "ResultCache",
    "RetryPolicy",
    "SCHEMA_VERSION",
    "Summarizer",
    "SummarizerError",
    "Summary",
    "SummaryResult",
    "TransportError",
    "Usage",
    "aiter_analyze",
    "analyze",
    "analyze_many",
    "ask",
    "cassette",
    "digest",
    "evaluate",
    "extract_events",
    "load_gold",
    "read_run",
    "summarize",
]
