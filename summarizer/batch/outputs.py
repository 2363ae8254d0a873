"""A batch's result and error files (and, if asked, its events CSV): whole lines appended as
items complete, one writer at a time, and the ids a previous run finished (so a run resumes
where it stopped).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from summarizer._config import Config
from summarizer._errors import InputError, OutputError
from summarizer.batch.engine import BatchItem
from summarizer.core.cache import cache_key
from summarizer.core.inputs import InputRecord
from summarizer.core.models import SCHEMA_VERSION
from summarizer.core.prompts import Task, prompt_version
from summarizer.render.events_csv import EventsCsv

__all__ = ["ResultFiles", "changed_results"]


_ID_PREFIX = re.compile(r'^\{"id": ("(?:[^"\\]|\\.)*")(?:, "key": "([0-9a-f]{64})")?')


def _line_id(line: bytes) -> tuple[str, str | None] | None:
    """The id (and key, if written) a result line starts with; None for any other line."""
    match = _ID_PREFIX.match(line.decode("utf-8", errors="replace"))
    return (json.loads(match.group(1)), match.group(2)) if match else None


def _is_result_line(line: bytes) -> bool:
    return _line_id(line) is not None


def _is_events_header(line: bytes) -> bool:
    return line.decode("utf-8", errors="replace").rstrip("\r\n") == ",".join(EventsCsv.COLUMNS)


def _refuse_foreign(path: Path, ours: Callable[[bytes], bool]) -> None:
    """Refuse `path` when it holds something this project did not write: its first line is
    whole and not one of ours. (A missing or empty file, or one whose only line was torn by a
    kill, is fine.)"""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            if path.exists() and not path.is_file():
                raise InputError(f"{path} is not a regular file; choose another output file")
            return
        with path.open("rb") as handle:
            first = handle.readline(1 << 20)
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if first.endswith(b"\n") and not ours(first):
        raise InputError(
            f"{path} is not an output file of summarizer (its first line is not one it "
            "writes); it was left untouched: choose another output file"
        )


class ResultFiles:
    """Appends results and errors as whole lines; knows which ids a previous run finished."""

    def __init__(self, out: Path, errors: Path, events_csv: Path | None = None) -> None:
        self.out, self.errors = out, errors
        # only a file of this project (or an empty one) is appended to or truncated: a user's
        # notes.md given as --out by mistake is refused before anything is paid for
        for path, ours in ((out, _is_result_line), (errors, _is_result_line)):
            _refuse_foreign(path, ours)
        if events_csv is not None:
            _refuse_foreign(events_csv, _is_events_header)
        try:
            for path in (out, errors):
                path.parent.mkdir(parents=True, exist_ok=True)
            # One run per output at a time: two would interleave lines and truncate each
            # other's errors file. The OS lock ends with the process, however it ends.
            lock = f"{out}.lock"
            # filelock reports a lock file it cannot create (a read-only or virtual file
            # system) as a lock held by another run: create it first, so the cause is named
            os.close(os.open(lock, os.O_WRONLY | os.O_CREAT, 0o644))
            self._lock = FileLock(lock, blocking=False)
            self._lock.acquire()
        except Timeout:
            raise OutputError(
                f"another summarizer run is writing to {out}; wait for it, or choose another --out"
            ) from None
        except OSError as exc:
            where = exc.filename or out
            raise OutputError(f"cannot write {where}: {exc.strerror or exc}") from None
        try:
            self.finished = self._finished_ids()
            self._out = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            # errors are retried on every run, so the errors file describes the latest run only
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND
            self._errors = os.open(errors, flags, 0o644)
            self.events = EventsCsv(events_csv) if events_csv is not None else None
        except OSError as exc:
            self._lock.release()
            raise OutputError(
                f"cannot write {exc.filename or out}: {exc.strerror or exc}"
            ) from None

    def _finished_ids(self) -> set[str]:
        """The ids of whole result lines (and what each was asked with, `keys`); a last line
        torn by a kill is dropped."""
        self.keys: dict[str, str] = {}
        if not self.out.exists():
            return set()
        ids: set[str] = set()
        good = 0
        with self.out.open("rb") as handle:
            for raw in handle:
                line_id = _line_id(raw)
                if not raw.endswith(b"\n") or line_id is None:
                    break  # a line torn by a kill: drop it and what follows, redo those ids
                input_id, key = line_id
                ids.add(input_id)
                if key:
                    self.keys[input_id] = key
                good += len(raw)
        if good < self.out.stat().st_size:
            os.truncate(self.out, good)
        return ids

    def made_with(self, input_ids: set[str]) -> dict[str, dict[str, Any]]:
        """What the finished results for `input_ids` say of how they were made (one pass over
        the file): task (read from its parts), model, prompts, schema, the article's hash."""
        found: dict[str, dict[str, Any]] = {}
        with self.out.open("rb") as handle:
            for raw in handle:
                line_id = _line_id(raw)
                input_id = line_id[0] if line_id else None
                if input_id is None or input_id not in input_ids:
                    continue
                result = json.loads(raw).get("result") or {}
                parts = ("summary" in result, "events" in result)
                task = {(True, True): "analyze", (True, False): "summarize"}.get(
                    parts, "extract_events"
                )
                found[input_id] = {"task": task, **(result.get("metadata") or {})}
        return found

    def forget(self, ids: set[str]) -> None:
        """Drop the result lines of `ids` (their inputs are done again), rewriting the file
        whole: a crash leaves the old file or the new one, never a mix."""
        partial = self.out.with_name(f".{self.out.name}.{os.getpid()}.part")
        try:
            with self.out.open("rb") as source, partial.open("wb") as kept:
                for raw in source:
                    line_id = _line_id(raw)
                    if line_id is None or line_id[0] not in ids:
                        kept.write(raw)
            os.close(self._out)
            os.replace(partial, self.out)
            self._out = os.open(self.out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise OutputError(f"cannot rewrite {self.out}: {exc.strerror or exc}") from None
        self.finished -= ids
        for input_id in ids:
            self.keys.pop(input_id, None)

    def write(self, item: BatchItem) -> None:
        # one write() per line: a line is either in the file whole or not at all (a line torn
        # by a full disk is dropped on resume, and its input done again)
        target = self._out if item.ok else self._errors
        try:
            os.write(target, (item.line() + "\n").encode("utf-8"))
        except OSError as exc:
            raise OutputError(f"cannot write {self.out}: {exc.strerror or exc}") from None
        if self.events is not None and item.result_json is not None:
            self.events.write(item.id, item.result_json)

    def close(self) -> None:
        os.close(self._out)
        os.close(self._errors)
        if self.events is not None:
            self.events.close()
        self._lock.release()


def changed_results(
    files: ResultFiles, records: Iterable[InputRecord], config: Config, task: Task
) -> dict[str, str]:
    """The finished results that this run would not ask for as they were asked (another task,
    model, prompts, schema, settings or article: their `key` differs), each with what differs.
    Lines written before keys were kept are taken as they are."""
    asked_otherwise = [
        record
        for record in records
        if record.article is not None
        and (stored := files.keys.get(record.id)) is not None
        and cache_key(config, task, record.article) != stored
    ]
    made_with = files.made_with({record.id for record in asked_otherwise})
    changed: dict[str, str] = {}
    for record in asked_otherwise:
        if record.article is None:  # (filtered above; said again for the type checker)
            continue
        made = made_with.get(record.id, {})
        differs = []
        if made.get("task") != task:
            differs.append(f"task {made.get('task')}, not {task}")
        if made.get("input_sha256") != hashlib.sha256(record.article.text.encode()).hexdigest():
            differs.append("its article changed")
        model = str(made.get("model", ""))
        if model and not model.startswith(config.model) and not config.model.startswith(model):
            differs.append(f"model {model}, not {config.model}")
        stored_prompts = str(made.get("prompt_version") or "")
        if stored_prompts and set(prompt_version(task).split("+")) - set(stored_prompts.split("+")):
            differs.append(f"prompts {stored_prompts}")
        if made.get("schema_version") not in (None, SCHEMA_VERSION):
            differs.append(f"schema {made.get('schema_version')}")
        changed[record.id] = "; ".join(differs) or "other settings (endpoint, mode, limits)"
    return changed
