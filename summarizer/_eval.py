"""Scoring analyses against gold annotations.

Events are matched one to one (same type, actors agreeing through names and aliases, then the
best-supported pairs first); precision, recall and F1 count the matches; each matched pair is
compared field by field (a date agrees within the gold precision, a casualty figure when the
ranges overlap). Summaries get ROUGE-L against the reference and the extractive fragment
coverage and density of Grusky et al. (2018).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from pydantic import BaseModel, Field, ValidationError

from ._chunking import each_evidence
from ._dates import span_of
from ._errors import InputError
from ._grounding import ArticleText, normalize
from ._models import (
    Actor,
    Analysis,
    Article,
    ContractModel,
    Event,
    EventsResult,
    EventStatus,
    EventType,
    Evidence,
    Precision,
    SummaryResult,
)

if TYPE_CHECKING:
    from ._batch import BatchItem
    from ._config import Config

__all__ = [
    "GoldActor",
    "GoldEvent",
    "GoldArticle",
    "load_gold",
    "from_plover",
    "RunOutcome",
    "read_run",
    "match_events",
    "field_agreement",
    "coverage_and_density",
    "ArticleScore",
    "score_article",
    "EvalReport",
    "evaluate",
    "baseline_of",
    "regressions",
    "Difference",
    "compare",
    "run_gold",
]

FIELDS = (
    "type", "mode", "initiator", "target", "country",
    "place", "date", "killed", "wounded", "status",
)  # fmt: skip
_TOKEN = re.compile(r"\w+")


class GoldActor(ContractModel):
    name: str
    aliases: list[str] = Field(default_factory=list)


class GoldRange(ContractModel):
    min: int | None = None
    max: int | None = None


class GoldEvent(ContractModel):
    """One hand-annotated event; fields left out are not scored."""

    type: EventType
    mode: str | None = None
    initiator: GoldActor | None = None
    target: GoldActor | None = None
    place: str | None = None
    country: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: Precision = "day"
    killed: GoldRange | None = None
    wounded: GoldRange | None = None
    status: EventStatus = "occurred"


class GoldArticle(ContractModel):
    """One line of a gold file."""

    id: str
    text: str | None = None
    path: str | None = None
    dateline: dt.date | None = None
    events: list[GoldEvent] = Field(default_factory=list)
    summary: str | None = Field(default=None, description="A reference summary.")


def _names(actor: Actor | GoldActor) -> set[str]:
    names = [actor.name, *actor.aliases]
    if isinstance(actor, Actor):
        names.append(actor.canonical_name)
    return {normalize(n).casefold() for n in names if n}


def _actor_agrees(predicted: Actor | None, gold: GoldActor | None) -> bool | None:
    if gold is None:
        return None
    return predicted is not None and bool(_names(predicted) & _names(gold))


def _date_agrees(event: Event, gold: GoldEvent) -> bool | None:
    if gold.date is None:
        return None
    if event.time is None or event.time.start is None:
        return False
    low = span_of(gold.date, gold.precision)[0]
    high = span_of(gold.date_end or gold.date, gold.precision)[1]
    start, end = event.time.start, event.time.end or event.time.start
    return start <= high and low <= end


def _figure_agrees(event: Event, kind: str, gold: GoldRange | None) -> bool | None:
    if gold is None:
        return None
    figures = [f.count for f in event.casualties if f.kind == kind]
    if not figures:
        return False
    low = min(f.lowest for f in figures)
    highs = [f.max for f in figures]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    gold_low = gold.min if gold.min is not None else 0
    return (high is None or gold_low <= high) and (gold.max is None or low <= gold.max)


def _text_agrees(predicted: str | None, gold: str | None) -> bool | None:
    if gold is None:
        return None
    if predicted is None:
        return False
    a, b = normalize(predicted).casefold(), normalize(gold).casefold()
    return a == b or a in b or b in a


def field_agreement(event: Event, gold: GoldEvent) -> dict[str, bool | None]:
    """Per field: agrees, disagrees, or None when the gold leaves the field out."""
    place = event.location.place if event.location else None
    country = event.location.country if event.location else None
    return {
        "type": event.type == gold.type,
        "mode": None if gold.mode is None else (event.mode or "") == _mode(gold.mode),
        "initiator": _actor_agrees(event.initiator, gold.initiator),
        "target": _actor_agrees(event.target, gold.target),
        "country": _text_agrees(country, gold.country),
        "place": _text_agrees(place, gold.place),
        "date": _date_agrees(event, gold),
        "killed": _figure_agrees(event, "killed", gold.killed),
        "wounded": _figure_agrees(event, "wounded", gold.wounded),
        "status": event.status == gold.status,
    }


def _mode(mode: str) -> str:
    return mode.strip().lower().replace(" ", "_")  # as Event normalises the model's mode


def match_events(predicted: Sequence[Event], gold: Sequence[GoldEvent]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs: same type and agreeing actors, the
    pairs that agree on more (actors, date, place) taken first."""
    candidates = []
    for i, event in enumerate(predicted):
        for j, wanted in enumerate(gold):
            if event.type != wanted.type:
                continue
            fields = field_agreement(event, wanted)
            if fields["initiator"] is False or fields["target"] is False:
                continue
            support = sum(fields[k] is True for k in ("initiator", "target", "date", "place"))
            candidates.append((-support, i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return sorted(pairs)


def _fragments(article: list[str], summary: list[str]) -> list[int]:
    """Lengths of the extractive fragments (Grusky et al. 2018, greedy longest match)."""
    lengths, i = [], 0
    while i < len(summary):
        best, j = 0, 0
        while j < len(article):
            if summary[i] == article[j]:
                a, b = i, j
                while a < len(summary) and b < len(article) and summary[a] == article[b]:
                    a, b = a + 1, b + 1
                best, j = max(best, a - i), b
            else:
                j += 1
        if best:
            lengths.append(best)
        i += max(best, 1)
    return lengths


def coverage_and_density(article: str, summary: str) -> tuple[float, float]:
    """Share of summary words inside copied fragments, and mean squared fragment length."""
    words = _TOKEN.findall(summary.lower())
    if not words:
        return 0.0, 0.0
    lengths = _fragments(_TOKEN.findall(article.lower()), words)
    return sum(lengths) / len(words), sum(n * n for n in lengths) / len(words)


def rouge_l(summary: str, reference: str) -> float:
    from rouge_score import rouge_scorer  # imported on demand: it loads nltk

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return float(scorer.score(reference, summary)["rougeL"].fmeasure)


# --- gold files ---------------------------------------------------------------------------------

# Older PLOVER drafts used these names for the categories this schema (and POLECAT) now uses.
_PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
_EVENT_TYPES = frozenset(get_args(EventType))


def load_gold(path: Path, *, max_bytes: int = 10_000_000) -> tuple[list[GoldArticle], list[str]]:
    """The gold articles in `path` (JSONL, this project's format or PLOVER event records), with
    each article's text read in, and a note for every PLOVER record that could not be used."""
    records = _json_records(path, max_bytes)
    plover = bool(records) and all(_is_plover(r) for _, r in records)
    if plover:
        articles, skipped = from_plover(records)
    else:
        articles, skipped = [], []
        for number, record in records:
            try:
                articles.append(GoldArticle.model_validate(record))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"])
                raise InputError(f"{path}:{number}: {where}: {first['msg']}") from None
    seen: set[str] = set()
    for i, article in enumerate(articles):
        if article.id in seen and plover:  # real exports repeat ids; keep both, say so
            fresh = next(f"{article.id}-{n}" for n in range(2, len(articles) + 2)
                         if f"{article.id}-{n}" not in seen)  # fmt: skip
            skipped.append(f"{article.id}: id repeated for another text; kept as {fresh}")
            article = articles[i] = article.model_copy(update={"id": fresh})
        elif article.id in seen:
            raise InputError(f"{path}: gold id {article.id!r} appears twice")
        seen.add(article.id)
        text = _gold_text(article, path.parent, max_bytes)
        articles[i] = article.model_copy(update={"text": text})
    return articles, skipped


def _json_records(path: Path, max_bytes: int) -> list[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise InputError(f"gold file not found: {path}")
    if path.stat().st_size > max_bytes:
        raise InputError(f"{path} is larger than {max_bytes} bytes")
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):  # a JSON array of records, as some datasets ship
        try:
            loaded = json.loads(text)
        except ValueError as exc:
            raise InputError(f"{path}: not valid JSON: {exc}") from None
        return [(n, r) for n, r in enumerate(loaded, 1) if isinstance(r, dict)]
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{number}: not valid JSON: {exc}") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number}: expected a JSON object")
        records.append((number, record))
    return records


def _gold_text(article: GoldArticle, base: Path, max_bytes: int) -> str:
    if article.text:
        return article.text
    if not article.path:
        raise InputError(f"gold article {article.id!r} has neither text nor path")
    from ._inputs import read_articles  # the same readers as every other input (HTML, Markdown)

    source = Path(article.path)
    source = source if source.is_absolute() else base / source
    if not source.is_file():
        raise InputError(f"gold article {article.id!r}: file not found: {source}")
    read = read_articles(str(source), max_bytes=max_bytes)[0]
    if read.article is None:
        raise InputError(f"gold article {article.id!r}: {read.error}")
    return read.article.text


def _is_plover(record: dict[str, Any]) -> bool:
    return isinstance(record.get("event"), str) and "events" not in record


def from_plover(
    records: Sequence[tuple[int, dict[str, Any]]],
) -> tuple[list[GoldArticle], list[str]]:
    """Gold articles from PLOVER event records: records sharing a text become one article.

    Reads id, date, actor (or source), recipient (or target), event, mode, dead / injured and
    text; actors may be strings or lists of {"actorText": ...}. The record date becomes the
    article's dateline; the event date is not scored (PLOVER dates the report, not the event)."""
    by_text: dict[str, GoldArticle] = {}
    skipped: list[str] = []
    for number, record in records:
        name = str(record.get("id") or f"record {number}")
        text = record.get("text")
        kind = str(record.get("event", "")).strip().upper()
        kind = _PLOVER_RENAMED.get(kind, kind)
        if not isinstance(text, str) or not text.strip():
            skipped.append(f"{name}: no text")
            continue
        if kind not in _EVENT_TYPES:
            skipped.append(f"{name}: event type {kind or '(none)'} has no counterpart here")
            continue
        event = GoldEvent(
            type=kind,
            mode=str(record.get("mode") or "").strip() or None,
            initiator=_plover_actor(record.get("actor", record.get("source"))),
            target=_plover_actor(record.get("recipient", record.get("target"))),
            killed=_plover_count(record.get("dead", record.get("killed"))),
            wounded=_plover_count(record.get("injured", record.get("wounded"))),
        )
        if text not in by_text:
            dateline = _plover_date(record.get("date"))
            by_text[text] = GoldArticle(id=name, text=text, dateline=dateline)
        by_text[text].events.append(event)
    return list(by_text.values()), skipped


def _plover_actor(value: Any) -> GoldActor | None:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("actorText") or item.get("name") or item.get("text")
        if isinstance(item, str) and item.strip():
            names.append(item.strip())
    # a compound actor ("Hungarian and Romanian officials") matches through any of its parts
    return GoldActor(name=names[0], aliases=names[1:]) if names else None


# How annotators write a bound: "at least 156", "156+", "more than 40", "up to 30".
_PLOVER_BOUND = re.compile(
    r"^(?:(?P<low>at least|no fewer than|min(?:imum)?|>=)|(?P<above>more than|over|>)|"
    r"(?P<high>up to|at most|as many as|<=)|(?P<below>fewer than|less than|under|<)|"
    r"(?P<about>about|around|approximately|approx\.?|roughly|nearly|some|~))?\s*"
    r"(?P<n>\d+)\s*(?P<plus>\+|or more)?$",
    re.IGNORECASE,
)


def _plover_count(value: Any) -> GoldRange | None:
    if isinstance(value, dict):
        return GoldRange.model_validate(value)
    if isinstance(value, str):
        match = _PLOVER_BOUND.match(" ".join(value.replace(",", "").split()))
        if match is None:
            return None
        n = int(match["n"])
        if match["low"] or match["plus"]:
            return GoldRange(min=n, max=None)  # an open range, not an exact count
        if match["above"]:
            return GoldRange(min=n + 1, max=None)
        if match["high"]:
            return GoldRange(min=None, max=n)
        if match["below"]:
            return GoldRange(min=None, max=max(0, n - 1))
        value = n
    if isinstance(value, int) and not isinstance(value, bool):
        return GoldRange(min=value, max=value)
    return None


# Dates that exports write when the real one is unknown: never a report's date.
_PLACEHOLDER_DATES = frozenset(
    {dt.date(1, 1, 1), dt.date(1900, 1, 1), dt.date(1970, 1, 1), dt.date(2000, 1, 1)}
)


def _plover_date(value: Any) -> dt.date | None:
    try:
        found = dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
    return None if found in _PLACEHOLDER_DATES else found


# --- runs ---------------------------------------------------------------------------------------


@dataclass
class RunOutcome:
    """What a run made of one gold article: a result, or the error that stopped it."""

    id: str
    result: Analysis | EventsResult | SummaryResult | None = None
    error: str | None = None
    cost_usd: float | None = None


def outcome_of(item: BatchItem) -> RunOutcome:
    if not item.ok:
        return RunOutcome(item.id, error=item.error)
    result = item.result()
    return RunOutcome(item.id, result=result, cost_usd=item.cost_usd)


def read_run(path: Path) -> dict[str, RunOutcome]:
    """A results JSONL file (from `summarizer batch` or `eval --out`), with the errors file
    beside it if there is one."""
    if not path.is_file():
        raise InputError(f"results file not found: {path}")
    outcomes: dict[str, RunOutcome] = {}
    errors = path.with_suffix(".errors.jsonl")
    for source in (errors, path) if errors.is_file() and errors != path else (path,):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                outcome = _outcome_of_line(json.loads(line))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "result"
                raise InputError(f"{source}:{number}: {where}: {first['msg']}") from None
            except (ValueError, KeyError, TypeError) as exc:
                reason = str(exc).splitlines()[0]
                raise InputError(f"{source}:{number}: not a result line: {reason}") from None
            outcomes[outcome.id] = outcome  # a later result supersedes an earlier error
    return outcomes


def _outcome_of_line(line: dict[str, Any]) -> RunOutcome:
    if "result" not in line:
        return RunOutcome(str(line["id"]), error=str(line.get("error") or "no result"))
    result = line["result"]
    kind: type[Analysis | EventsResult | SummaryResult]
    if "events" in result and "summary" in result:
        kind = Analysis
    elif "events" in result:
        kind = EventsResult
    else:
        kind = SummaryResult
    return RunOutcome(str(line["id"]), result=kind.model_validate(result),
                      cost_usd=line.get("cost_usd"))  # fmt: skip


# --- scores -------------------------------------------------------------------------------------


class ArticleScore(BaseModel):
    """One gold article scored: counts, not ratios, so they add up across articles."""

    id: str
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    fields: dict[str, list[bool]] = Field(default_factory=dict)
    rouge_l: float | None = None
    coverage: float | None = None
    density: float | None = None
    quotes: int = 0
    grounded: int = 0
    attempts: int = 0
    reasks: dict[str, int] = Field(default_factory=dict)  # rule -> answers sent back for it
    tokens: int = 0
    cost_usd: float | None = None
    error: str | None = None

    def measures(self) -> dict[str, float | None]:
        """The per-article measures the regression check guards (higher is better)."""
        found: dict[str, float | None] = {
            "precision": _ratio(self.matched, self.predicted, empty=1.0 if not self.gold else None),
            "recall": _ratio(self.matched, self.gold, empty=1.0 if not self.predicted else None),
        }
        for name in FIELDS:
            if name in self.fields:
                found[f"field:{name}"] = _ratio(sum(self.fields[name]), len(self.fields[name]))
        found["rouge_l"] = self.rouge_l
        return found


def _ratio(part: float, whole: float, *, empty: float | None = None) -> float | None:
    return part / whole if whole else empty


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_article(result: Analysis | EventsResult | SummaryResult | None, gold: GoldArticle,
                  text: str) -> ArticleScore:  # fmt: skip
    """Score one result (None: the run failed on this article, so every gold event is missed)."""
    score = ArticleScore(id=gold.id, gold=len(gold.events))
    if result is None:
        return score
    events: list[Event] = list(getattr(result, "events", []))
    pairs = match_events(events, gold.events)
    score.predicted, score.matched = len(events), len(pairs)
    score.attempts = result.metadata.attempts
    score.reasks = dict(Counter(reask.rule for reask in result.metadata.reasks))
    score.tokens = result.metadata.usage.total_tokens
    for i, j in pairs:
        for name, agrees in field_agreement(events[i], gold.events[j]).items():
            if agrees is not None:
                score.fields.setdefault(name, []).append(agrees)
    summary = getattr(result, "summary", None)
    if summary is not None:
        if gold.summary:
            score.rouge_l = rouge_l(summary.summary, gold.summary)
        score.coverage, score.density = coverage_and_density(text, summary.summary)
    located = ArticleText(text)
    quotes = [e.quote for e in _evidence(result)]
    score.quotes = len(quotes)
    score.grounded = sum(located.locate(q) is not None for q in quotes)
    return score


def _evidence(result: Any) -> list[Evidence]:
    found: list[Evidence] = []
    each_evidence(result, found.append)
    return found


# Overall measures the regression check guards, by the direction that is better.
HIGHER_IS_BETTER = (
    "events_precision", "events_recall", "events_f1", *(f"field:{n}" for n in FIELDS),
    "rouge_l", "grounding_rate", "first_attempt_valid",
)  # fmt: skip
LOWER_IS_BETTER = ("failed", "mean_attempts")


class EvalReport(BaseModel):
    """A run scored against a gold set: per article, and overall."""

    gold_file: str
    articles: list[ArticleScore]
    measures: dict[str, float | None] = Field(default_factory=dict)
    reasks: dict[str, int] = Field(default_factory=dict)  # rule -> re-asks over the run

    def article(self, article_id: str) -> ArticleScore | None:
        return next((a for a in self.articles if a.id == article_id), None)


def evaluate(gold: Sequence[GoldArticle], run: Mapping[str, RunOutcome], *,
             gold_file: str = "") -> EvalReport:  # fmt: skip
    """Score `run` against `gold`; a gold article the run has no line for counts as failed."""
    scores = []
    for article in gold:
        outcome = run.get(article.id)
        score = score_article(outcome.result if outcome else None, article, article.text or "")
        if outcome is None:
            score.error = "not in the run"
        else:
            score.error, score.cost_usd = outcome.error, outcome.cost_usd
        scores.append(score)
    reasks: Counter[str] = Counter()
    for score in scores:
        reasks.update(score.reasks)
    return EvalReport(
        gold_file=gold_file, articles=scores, measures=overall(scores), reasks=dict(reasks)
    )


def overall(scores: Sequence[ArticleScore]) -> dict[str, float | None]:
    """Micro-averaged event scores and field accuracies; means of the summary measures."""
    done = [s for s in scores if s.error is None]
    precision = _ratio(sum(s.matched for s in scores), sum(s.predicted for s in scores))
    recall = _ratio(sum(s.matched for s in scores), sum(s.gold for s in scores))
    found: dict[str, float | None] = {
        "articles": len(scores), "failed": len(scores) - len(done),
        "events_gold": sum(s.gold for s in scores),
        "events_predicted": sum(s.predicted for s in scores),
        "events_matched": sum(s.matched for s in scores),
        "events_precision": precision, "events_recall": recall,
        "events_f1": _f1(precision, recall),
    }  # fmt: skip
    for name in FIELDS:
        votes = [v for s in scores for v in s.fields.get(name, [])]
        found[f"field:{name}"] = _ratio(sum(votes), len(votes))
    for name in ("rouge_l", "coverage", "density"):
        values = [v for s in scores if (v := getattr(s, name)) is not None]
        found[name] = sum(values) / len(values) if values else None
    found["grounding_rate"] = _ratio(sum(s.grounded for s in scores), sum(s.quotes for s in scores))
    found["first_attempt_valid"] = _ratio(sum(s.attempts == 1 for s in done), len(done))
    found["mean_attempts"] = _ratio(sum(s.attempts for s in done), len(done))
    found["tokens"] = sum(s.tokens for s in scores)
    costs = [s.cost_usd for s in scores if s.cost_usd is not None]
    found["cost_usd"] = sum(costs) if costs else None
    return found


# --- baseline and comparison --------------------------------------------------------------------

_TOLERANCE = 1e-6  # scores of a replayed run are exact; this only absorbs float rounding
_DIGITS = 4  # a baseline stores scores to this many decimals, and they are compared at it


def baseline_of(report: EvalReport) -> dict[str, Any]:
    """What a baseline file stores: the guarded measures, overall and per article."""
    guarded = (*HIGHER_IS_BETTER, *LOWER_IS_BETTER)
    return {
        "gold_file": report.gold_file,
        "measures": {k: _round(v) for k, v in report.measures.items() if k in guarded},
        "articles": {
            a.id: {k: _round(v) for k, v in a.measures().items()} for a in report.articles
        },
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, _DIGITS)


def regressions(report: EvalReport, baseline: Mapping[str, Any]) -> list[str]:
    """Every guarded measure that got worse than the baseline, overall and per article."""
    moved = []
    for name, before in baseline.get("measures", {}).items():
        after = report.measures.get(name)
        if _worse(name, before, after):
            moved.append(f"overall {name}: {_show(before)} -> {_show(after)}")
    for article_id, measures in baseline.get("articles", {}).items():
        score = report.article(article_id)
        if score is None:
            moved.append(f"{article_id}: missing from this run")
            continue
        now = score.measures()
        for name, before in measures.items():
            if _worse(name, before, now.get(name)):
                moved.append(f"{article_id} {name}: {_show(before)} -> {_show(now.get(name))}")
    return moved


def _worse(name: str, before: float | None, after: float | None) -> bool:
    if before is None:
        return False
    if after is None:
        return True
    after = round(after, _DIGITS)
    if name in LOWER_IS_BETTER:
        return after > before + _TOLERANCE
    return after < before - _TOLERANCE


def _show(value: float | None) -> str:
    return "-" if value is None else f"{value:.4g}"


@dataclass(frozen=True)
class Difference:
    article: str  # an article id, or "overall"
    measure: str
    a: float | None
    b: float | None


def compare(a: EvalReport, b: EvalReport) -> list[Difference]:
    """Every measure that differs between two runs on the same gold set."""
    found = [
        Difference("overall", name, a.measures.get(name), b.measures.get(name))
        for name in dict.fromkeys([*a.measures, *b.measures])
        if _differs(a.measures.get(name), b.measures.get(name))
    ]
    for article in dict.fromkeys([s.id for s in a.articles] + [s.id for s in b.articles]):
        left, right = a.article(article), b.article(article)
        ma = left.measures() if left else {}
        mb = right.measures() if right else {}
        found += [
            Difference(article, name, ma.get(name), mb.get(name))
            for name in dict.fromkeys([*ma, *mb])
            if _differs(ma.get(name), mb.get(name))
        ]
    return found


def _differs(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is not b
    return abs(a - b) > _TOLERANCE


async def run_gold(
    gold: Sequence[GoldArticle],
    config: Config,
    *,
    concurrency: int = 4,
    on_item: Callable[[BatchItem], None] | None = None,
) -> dict[str, RunOutcome]:
    """Analyse every gold article (no cache: an evaluation measures the model, not the cache)."""
    from ._batch import aiter_analyze

    articles = [Article(id=g.id, text=g.text or "", date=g.dateline) for g in gold]
    outcomes: dict[str, RunOutcome] = {}
    async for item in aiter_analyze(articles, concurrency=concurrency, config=config):
        if on_item is not None:
            on_item(item)
        outcomes[item.id] = outcome_of(item)
    return outcomes
