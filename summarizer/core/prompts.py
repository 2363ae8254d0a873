"""Prompt templates: versioned files in `prompts/`, rendered with the article as delimited data."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import jinja2
import yaml

from summarizer.core.models import AnalysisBody, Article, EventsBody, Summary, SummaryBody

__all__ = [
    "TASK_BODIES",
    "Prompt",
    "Task",
    "build_messages",
    "load_prompt",
    "prompt_version",
    "prompts_digest",
]

Task = Literal["analyze", "summarize", "extract_events"]
TASK_BODIES: dict[str, type[AnalysisBody] | type[SummaryBody] | type[EventsBody]] = {
    "analyze": AnalysisBody,
    "summarize": SummaryBody,
    "extract_events": EventsBody,
}
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
# An article must not be able to close its own delimiter and speak outside it.
_CLOSING_TAG = re.compile(r"</(\s*)article", re.IGNORECASE)
_environment = jinja2.Environment(
    undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False
)


def _prompt_dir() -> Path:
    installed = resources.files("summarizer") / "prompts"
    if installed.is_dir():  # inside a wheel
        return Path(str(installed))
    return Path(__file__).resolve().parents[2] / "prompts"  # source checkout


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    template: jinja2.Template
    sha256: str  # of the file as read: a changed text changes it even under the same version

    def render(self, **values: Any) -> str:
        return self.template.render(**values).strip()


@cache
def load_prompt(name: str) -> Prompt:
    path = _prompt_dir() / f"{name}.md"
    source = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(source)
    if match is None:
        raise ValueError(f"{path}: missing front matter with a version")
    meta = yaml.safe_load(match.group(1)) or {}
    return Prompt(
        name=name,
        version=str(meta["version"]),
        template=_environment.from_string(source[match.end() :]),
        sha256=hashlib.sha256(source.encode("utf-8")).hexdigest(),
    )


def prompts_digest(task: str) -> str:
    """A hash of everything a task's answers depend on besides the article and settings: the
    texts of its prompts and the schema its answers are validated against."""
    from summarizer.core.models import answer_model

    names = (task, "combine", "system")
    schema = json.dumps(answer_model(TASK_BODIES[task]).model_json_schema(), sort_keys=True)
    parts = [load_prompt(name).sha256 for name in names] + [schema]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def prompt_version(*names: str) -> str:
    """The version label stored in results, e.g. 'analyze.v1+system.v1'."""
    return "+".join(f"{name}.v{load_prompt(name).version}" for name in (*names, "system"))


def fenced(text: str) -> str:
    """Article text made safe to place between <article> tags: it cannot close them."""
    return _CLOSING_TAG.sub(r"<\\/\1article", text)


def build_combine_messages(
    summaries: list[Summary], article: Article, language: str | None = None
) -> list[dict[str, str]]:
    """Ask for one summary of a long article from the summaries of its parts (its free text
    in `language`, as `build_messages`)."""
    parts = json.dumps(
        [
            {"part": number, **summary.model_dump(mode="json", exclude_none=True)}
            for number, summary in enumerate(summaries, start=1)
        ],
        indent=1,
        ensure_ascii=False,
    )
    user = load_prompt("combine").render(
        parts=fenced(parts).replace("</parts", "<\\/parts"),
        title=article.title,
        dateline=article.date.isoformat() if article.date else None,
    )
    return [
        {"role": "system", "content": load_prompt("system").render(language=language)},
        {"role": "user", "content": user},
    ]


def build_messages(
    task: Task, article: Article, language: str | None = None
) -> list[dict[str, str]]:
    """System rules plus the task, with the article fenced as data. `language`: the language
    of the answer's free text, "article" for the article's own; None says nothing of it."""
    user = load_prompt(task).render(
        article=fenced(article.text.strip()),
        title=article.title,
        dateline=article.date.isoformat() if article.date else None,
    )
    return [
        {"role": "system", "content": load_prompt("system").render(language=language)},
        {"role": "user", "content": user},
    ]
