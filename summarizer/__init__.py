"""summarizer: grounded summaries and event records from news articles.

    >>> import summarizer
    >>> analysis = summarizer.analyze(text)                   # doctest: +SKIP
    >>> analysis.events[0].casualties[0].evidence.quote       # doctest: +SKIP

Every quote in a result occurs verbatim in the article (the library locates it and records its
offsets); every casualty number occurs in its quote; every actor is named in the article.
"""

from ._batch import BatchItem, aiter_analyze, analyze_many
from ._cache import ResultCache
from ._cassettes import cassette
from ._chat import ChatAnswer, ChatReply, ChatSession, Citation, ask
from ._client import RetryPolicy
from ._config import Config
from ._digest import Digest, DigestEvent, digest
from ._errors import (
    AnswerTruncated,
    AttemptsExhausted,
    CassetteMismatch,
    ConfigError,
    InputError,
    ModelCallError,
    ModelRefused,
    RequestRejected,
    SummarizerError,
    TransportError,
)
from ._eval import EvalReport, GoldArticle, GoldEvent, evaluate, load_gold, read_run
from ._models import (
    SCHEMA_VERSION,
    Actor,
    Analysis,
    Article,
    CasualtyFigure,
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
from ._pipeline import AsyncSummarizer, Summarizer, analyze, extract_events, summarize

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AnswerTruncated",
    "ModelRefused",
    "Actor",
    "Analysis",
    "Article",
    "AsyncSummarizer",
    "BatchItem",
    "AttemptsExhausted",
    "CassetteMismatch",
    "ChatAnswer",
    "ChatReply",
    "ChatSession",
    "Citation",
    "CasualtyFigure",
    "Claim",
    "Config",
    "ConfigError",
    "Count",
    "Dateline",
    "Digest",
    "DigestEvent",
    "Event",
    "EventLink",
    "EventTime",
    "EventsResult",
    "EvalReport",
    "Evidence",
    "GoldArticle",
    "GoldEvent",
    "GroundingContext",
    "InputError",
    "KeyPoint",
    "Location",
    "Metadata",
    "ModelCallError",
    "RequestRejected",
    "ResultCache",
    "RetryPolicy",
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
