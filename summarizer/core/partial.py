"""What is kept of an answer when the attempts run out (`on_invalid="partial"`).

The last answer is validated again, and every part that still breaks a rule is dropped: a key
point, an event, a claim, a casualty figure, a link, an entity, or an optional part of an event
(its time, place or actors). Dropping may break another rule (a link to a dropped event), so
this repeats until what remains passes every rule; every round drops at least one part, so it
ends. A problem no drop can mend - the headline, the summary paragraph, fewer key points than the
schema requires, an answer that is not JSON - means nothing is kept, and the call fails as
before. A casualty figure the events miss is recorded (with no item) rather than failing the
whole answer: nothing that remains says anything false.

Paths are reported as they stood in the model's answer (`events[2].claims[0]`), whatever was
dropped before them.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ValidationError

from summarizer.checks.answer import Path
from summarizer.checks.rules import RULES, Problem
from summarizer.core.models import Dropped, GroundingContext, collecting_problems, grounded_on

__all__ = ["NothingKept", "keep_from_text", "keep_grounded", "path_text"]

# Optional parts of an item: set to null rather than dropping the item that holds them.
_NULLABLE = frozenset({"initiator", "target", "location", "time", "dateline", "country", "region"})
# A problem of the answer as a whole that dropping cannot mend but that leaves nothing false.
_RECORDED_ONLY = frozenset({"missed_casualty_figure"})
_MAX_ROUNDS = 200


class NothingKept(Exception):
    """No part of the answer could be kept: `str()` says why, in one line."""


def path_text(path: Path) -> str:
    """("events", 1, "claims", 0) -> "events[1].claims[0]"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def keep_from_text(
    answer_type: type[BaseModel], answer: str, grounding: GroundingContext
) -> tuple[BaseModel, list[Dropped]]:
    """`keep_grounded` on a model's answer as it sent it (its one JSON object is read from
    fences or prose, as instructor's is)."""
    from summarizer.core.answers import answer_json

    found = answer_json(answer)
    if found is None:
        raise NothingKept("the last answer holds no JSON object")
    return keep_grounded(answer_type, json.loads(found, strict=False), grounding)


def keep_grounded(
    answer_type: type[BaseModel], data: Any, grounding: GroundingContext
) -> tuple[BaseModel, list[Dropped]]:
    """`data` (the model's parsed answer) as `answer_type`, less every part that breaks a rule
    against `grounding`, with an account of each part dropped; `NothingKept` if that cannot
    leave a valid answer."""
    if not isinstance(data, dict):
        raise NothingKept("the answer is not a JSON object")
    dropped: dict[Path, Dropped] = {}
    recorded: dict[str, Dropped] = {}
    for _ in range(_MAX_ROUNDS):
        view = _without(data, dropped)
        with grounded_on(grounding), collecting_problems() as whole:
            try:
                kept = answer_type.model_validate(view)
                problems = list(whole)
            except ValidationError as exc:
                problems = [(tuple(e["loc"]), _problem(e)) for e in exc.errors()]
        mended = False
        seen = dict(dropped)  # what the validated view left out: locations are read against it
        for loc, problem in problems:
            original = _original_path(data, loc, seen)
            problem = _emptied_by(problem, data, original, dropped)
            target = _droppable(original)
            if target is None and problem.rule in _RECORDED_ONLY:
                recorded.setdefault(
                    problem.message,
                    Dropped(path=path_text(original), rule=problem.rule, message=problem.message),
                )
                continue
            if target is None:
                raise NothingKept(f"{path_text(original) or 'the answer'}: {problem.message}")
            if any(target[: len(done)] == done for done in dropped):
                continue  # inside a part already dropped
            dropped[target] = Dropped(
                path=path_text(target),
                rule=problem.rule,
                message=problem.message,
                item=_at(data, target),
            )
            mended = True
        if not mended:
            return kept, [*dropped.values(), *recorded.values()]
    raise NothingKept("the answer kept breaking rules as parts were dropped")


def _problem(error: Any) -> Problem:
    kind, message = error["type"], error["msg"].removeprefix("Value error, ")
    if kind in RULES:
        return Problem(kind, message)
    where = path_text(tuple(error["loc"]))
    return Problem("schema", f"{where}: {message}" if where else message)


def _emptied_by(problem: Problem, data: Any, path: Path, dropped: dict[Path, Dropped]) -> Problem:
    """A list emptied by earlier drops (an event whose only quotes were dropped) fails for
    the rule that emptied it, not for the schema."""
    items = _at(data, path, copy=False)
    if problem.rule != "schema" or not isinstance(items, list) or not items:
        return problem
    causes = [dropped.get((*path, index)) for index in range(len(items))]
    if any(cause is None for cause in causes):
        return problem
    last = causes[-1]
    assert last is not None
    return Problem(last.rule, f"every item of {path_text(path)} was dropped: {last.message}")


def _droppable(path: Path) -> Path | None:
    """The smallest part holding `path` that can go: a list item or an optional part."""
    for end in range(len(path), 0, -1):
        last = path[end - 1]
        if isinstance(last, int) or last in _NULLABLE:
            return path[:end]
    return None


def _without(node: Any, dropped: dict[Path, Dropped], at: Path = ()) -> Any:
    """`node` with the dropped parts left out (list items) or set to null (optional parts)."""
    if isinstance(node, dict):
        return {
            key: None if (*at, key) in dropped else _without(value, dropped, (*at, key))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [
            _without(value, dropped, (*at, index))
            for index, value in enumerate(node)
            if (*at, index) not in dropped
        ]
    return node


def _original_path(data: Any, loc: tuple[Any, ...], dropped: dict[Path, Dropped]) -> Path:
    """A validation error's location (in the answer less what was dropped) as a path in the
    answer as the model gave it; it stops where the location leaves the data (a missing
    field, a type's tag)."""
    path: Path = ()
    node = data
    for part in loc:
        if isinstance(node, list) and isinstance(part, int):
            kept = [i for i in range(len(node)) if (*path, i) not in dropped]
            if not 0 <= part < len(kept):
                break
            part = kept[part]
        elif not (isinstance(node, dict) and isinstance(part, str) and part in node):
            break
        path = (*path, part)
        node = node[part]
    return path


def _at(data: Any, path: Path, *, copy: bool = True) -> Any:
    for part in path:
        data = data[part]
    return json.loads(json.dumps(data)) if copy else data  # a copy, detached from the answer
