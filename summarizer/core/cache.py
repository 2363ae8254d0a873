"""A result cache in SQLite, so an unchanged article is never paid for twice.

The key covers everything that changes the answer: the article (text, title, date), the task,
the model, endpoint and mode, the prompt texts and answer schema (hashed, not just their
version labels), and the sampling settings. A cached result is untrusted like a fresh answer:
it is validated and grounded against the article when it is read, and a row that fails (edited,
or made by older checks) is dropped, so the caller computes it again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path

from summarizer._config import Config
from summarizer._paths import default_cache_dir
from summarizer.checks.alignment import ArticleText
from summarizer.checks.dates import input_date
from summarizer.core.models import (
    RESULT_TYPES,
    SCHEMA_VERSION,
    Article,
    GroundingContext,
    grounded_on,
)
from summarizer.core.prompts import Task, prompt_version, prompts_digest

__all__ = ["ResultCache", "cache_key"]

log = logging.getLogger("summarizer")


def cache_key(config: Config, task: Task, article: Article) -> str:
    parts = {
        "task": task,
        "text": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "model": config.model,
        "base_url": config.base_url,
        "mode": config.mode,
        "temperature": config.temperature,
        "max_output_tokens": config.max_output_tokens,
        "max_article_chars": config.max_article_chars,
        "output_language": config.output_language,
        "prompts": prompt_version(task, "combine"),
        "prompt_texts_and_schema": prompts_digest(task),
        "schema": SCHEMA_VERSION,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


_BUSY_SECONDS = 5.0  # how long a write waits for another process's lock before giving up


class ResultCache:
    """Maps a cache key to a result's JSON. Safe to share between processes (WAL).

    The cache is an optimisation, never a way to lose work: a cache that cannot be opened,
    read or written (locked, corrupt, not a regular file, a wrong type) is one warning naming
    its file and `--no-cache`, and the run goes on without it; answers already paid for still
    reach the results file."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory else default_cache_dir()
        self.path = self.directory / "results.sqlite3"
        self._db: sqlite3.Connection | None = None
        self._warned = False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not self.path.is_file():  # a FIFO would block the open
                raise OSError(f"{self.path} is not a regular file")
            self._db = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=_BUSY_SECONDS
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
                " created REAL NOT NULL)"
            )
            self._db.execute("SELECT key, value, created FROM results LIMIT 1").fetchall()
        except (sqlite3.Error, OSError) as exc:
            self._give_up(exc)

    def _give_up(self, exc: BaseException) -> None:
        """Go on without the cache, saying so once."""
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None
        if self._warned:
            return
        self._warned = True
        log.warning(
            "the result cache %s cannot be used (%s); going on without it (--no-cache skips "
            "it; delete the file to start a new one)",
            self.path,
            " ".join(str(exc).split())[:120] or type(exc).__name__,
        )

    def _rows(self, sql: str, parameters: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """The rows `sql` gives, or none once the cache cannot be used (said once)."""
        if self._db is None:
            return []
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.Error as exc:
            self._give_up(exc)
            return []

    def get(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM results WHERE key = ?", (key,))
        return rows[0][0] if rows and isinstance(rows[0][0], str) else None

    def get_checked(self, key: str, task: str, article: Article, *, partial_ok: bool) -> str | None:
        """The cached result for `key` if it still passes every check against `article`; a
        row that fails is deleted (and the caller computes the result again). A partial
        result is served only when `partial_ok` (a run whose policy is `partial`)."""
        value = self.get(key)
        if value is None:
            return None
        date = article.date or input_date(article.text)
        grounding = GroundingContext(article=ArticleText(article.text), dateline=date)
        try:
            with grounded_on(grounding):
                result = RESULT_TYPES[task].model_validate_json(value)
        except ValueError as exc:  # pydantic's ValidationError is one
            reason = " ".join(str(exc).split())[:200]
            log.warning("a cached result failed its checks and is computed again: %s", reason)
            self._forget(key)
            return None
        if not result.complete and not partial_ok:
            log.info("a cached partial result is not served to a run that wants it whole")
            return None
        return value

    def _forget(self, key: str) -> None:
        self._rows("DELETE FROM results WHERE key = ?", (key,))

    def put(self, key: str, value: str) -> None:
        self._rows(
            "INSERT OR REPLACE INTO results (key, value, created) VALUES (?, ?, ?)",
            (key, value, time.time()),
        )

    def __len__(self) -> int:
        rows = self._rows("SELECT count(*) FROM results")
        return int(rows[0][0]) if rows else 0  # type: ignore[call-overload]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
