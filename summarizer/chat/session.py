"""Questions and answers over one or more articles, every answer cited and every citation checked.

An answer is a validated object: the text, whether the articles answer the question at all, and
citations (article id + quote). Each quote is looked up in its article by code, like evidence;
a citation that is not there goes back to the model as a re-ask. When the articles are longer
than the context budget, the passages most relevant to the question (BM25) are sent instead,
and citations still point into the original texts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import Field, ValidationInfo, model_validator
from rank_bm25 import BM25Okapi

from summarizer._config import Config
from summarizer.checks.alignment import ArticleText
from summarizer.core.chunking import paragraph_spans
from summarizer.core.models import (
    Analysis,
    Article,
    Citation,
    ContractModel,
    GroundingContext,
    Metadata,
    check_cited_text,
)
from summarizer.core.pipeline import Call, Summarizer, as_article, metadata_for
from summarizer.core.prompts import fenced, load_prompt

__all__ = ["ChatAnswer", "ChatReply", "ChatSession", "ask"]

_WORD = re.compile(r"\w+")


class ChatAnswer(ContractModel):
    """The model's answer to one question about the articles."""

    answerable: bool = Field(
        description="True only if the articles contain the answer; false if they do not say."
    )
    answer: str = Field(
        min_length=1,
        description="A few sentences; if not answerable, say that the articles do not say.",
    )
    citations: list[Citation] = Field(
        default_factory=list, description="A quote for every fact in the answer."
    )

    @model_validator(mode="after")
    def _cited_when_answered(self, info: ValidationInfo) -> ChatAnswer:
        if self.answerable and not self.citations:
            raise ValueError(
                "an answer needs at least one citation; if the articles do not say, "
                "set answerable to false"
            )
        if self.answerable:
            check_cited_text(info, "the answer", self.answer, self.citations)
        return self


class ChatReply(ChatAnswer):
    """An answer, the question it answers, and how it was made."""

    question: str
    metadata: Metadata


@dataclass
class _Source:
    article: Article
    text: ArticleText


class ChatSession:
    """A conversation over `articles`: follow-up questions see the recent history.

    History is bounded (`max_turns` question/answer pairs, and `max_history_chars`), so a long
    session stays within the context window. Settings are those of `Summarizer` (a `config`,
    or keywords such as `model=` and `api_key=`), unless a `summarizer` is given.
    """

    def __init__(
        self,
        articles: Sequence[Article | str],
        summarizer: Summarizer | None = None,
        *,
        max_turns: int = 6,
        max_history_chars: int = 8000,
        config: Config | None = None,
        history: Sequence[ChatReply] = (),
        **settings: Any,
    ) -> None:
        if not articles:
            raise ValueError("a chat needs at least one article")
        if summarizer is not None and (config is not None or settings):
            raise ValueError("give a summarizer or settings for one, not both")
        self.articles = articles
        self.summarizer = summarizer or Summarizer(config, **settings)
        self.max_turns, self.max_history_chars = max_turns, max_history_chars
        self.history: list[ChatReply] = list(history)
        self.sources: dict[str, _Source] = {}
        for number, item in enumerate(self.articles, start=1):
            article = as_article(item)
            article_id = article.id or f"A{number}"
            while article_id in self.sources:
                article_id += "'"
            article = article.model_copy(update={"id": article_id})
            self.sources[article_id] = _Source(article, ArticleText(article.text))
        self._analyses: dict[str, Analysis] = {}

    # --- asking ---------------------------------------------------------------------------

    def ask(self, question: str) -> ChatReply:
        """Answer `question` from the articles (and the conversation so far)."""
        question = question.strip()
        if not question:
            raise ValueError("empty question")
        assert self.summarizer is not None
        config = self.summarizer.config
        grounding = GroundingContext(
            article=next(iter(self.sources.values())).text,
            library={k: s.text for k, s in self.sources.items()},
        )
        call = Call(config, ChatAnswer, self._messages(question, config), grounding)
        answer = self.summarizer._call(call)
        reply = ChatReply.model_validate(
            {
                **dict(answer),
                "question": question,
                "metadata": metadata_for(config, ["chat"], [call], self._texts()),
            }
        )
        self.history.append(reply)
        return reply

    def _texts(self) -> list[str]:
        return [f"{key}\0{source.article.text}" for key, source in self.sources.items()]

    def reset(self) -> None:
        self.history.clear()

    def _recent(self) -> list[ChatReply]:
        turns, size = [], 0
        for reply in reversed(self.history[-self.max_turns :]):
            size += len(reply.question) + len(reply.answer)
            if size > self.max_history_chars:
                break
            turns.append(reply)
        return list(reversed(turns))

    def _messages(self, question: str, config: Config) -> list[dict[str, str]]:
        recent = self._recent()
        query = " ".join([*(r.question for r in recent[-2:]), question])
        articles = [
            {"id": k, "title": s.article.title, "date": s.article.date, "text": fenced(text)}
            for k, s, text in self._passages(query, config.max_article_chars)
        ]
        messages = [
            {"role": "system", "content": load_prompt("system").render()},
            {"role": "user", "content": load_prompt("chat").render(articles=articles)},
            {"role": "assistant", "content": "I have read the articles. What is your question?"},
        ]
        for reply in recent:
            messages.append({"role": "user", "content": reply.question})
            messages.append({"role": "assistant", "content": reply.answer})
        messages.append({"role": "user", "content": question})
        return messages

    def _passages(self, query: str, budget: int) -> list[tuple[str, _Source, str]]:
        """Each article's text, or, when they do not all fit, its passages most relevant to
        `query`, in their original order (so they can be quoted verbatim)."""
        total = sum(len(s.article.text) for s in self.sources.values())
        if total <= budget:
            return [(k, s, s.article.text) for k, s in self.sources.items()]
        spans = [
            (k, start, end)
            for k, s in self.sources.items()
            for start, end in paragraph_spans(s.article.text, max(200, budget // 8))
        ]
        words = [_WORD.findall(self.sources[k].article.text[a:b].lower()) for k, a, b in spans]
        scores = BM25Okapi(words).get_scores(_WORD.findall(query.lower()))
        chosen, used = set(), 0
        for index in sorted(range(len(spans)), key=lambda i: -scores[i]):
            size = spans[index][2] - spans[index][1]
            if used + size <= budget:
                chosen.add(index)
                used += size
        result = []
        for k, s in self.sources.items():
            parts = [
                s.article.text[a:b]
                for i, (key, a, b) in enumerate(spans)
                if key == k and i in chosen
            ]
            if parts:
                result.append((k, s, "\n[...]\n".join(parts)))
        return result

    # --- commands -------------------------------------------------------------------------

    def analysis(self, article_id: str) -> Analysis:
        """The analysis of one article (computed once per session)."""
        if article_id not in self._analyses:
            assert self.summarizer is not None
            self._analyses[article_id] = self.summarizer.analyze(self.sources[article_id].article)
        return self._analyses[article_id]

    def transcript(self, fmt: str = "markdown") -> str:
        if fmt == "json":
            return json.dumps([r.model_dump(mode="json") for r in self.history], indent=2)
        lines = ["# Chat transcript", ""]
        lines += [f"Articles: {', '.join(self.sources)}", ""]
        for reply in self.history:
            lines += [f"**Q:** {reply.question}", "", f"**A:** {reply.answer}", ""]
            lines += [f"> [{c.article_id}] {c.quote}" for c in reply.citations]
            lines.append("")
        return "\n".join(lines)


def ask(
    question: str,
    articles: Sequence[Article | str],
    history: Sequence[ChatReply] = (),
    **settings: Any,
) -> ChatReply:
    """One question about `articles`, with earlier replies as context; see `ChatSession`."""
    return ChatSession(articles, history=history, **settings).ask(question)
