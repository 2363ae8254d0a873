"""`summarizer chat FILE...` (also `python -m summarizer.chat FILE...`): questions about articles.

On a terminal it is a prompt loop with line editing and history (readline), a spinner while the
model thinks, slash commands, and Ctrl-C to cancel the current question. When stdin is not a
terminal it reads one question per line and writes one JSON answer per line, for programs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from summarizer._errors import SummarizerError
from summarizer.chat.session import ChatReply, ChatSession

__all__ = ["run_interactive", "run_lines"]

HELP = """\
Ask a question about the articles, or use a command:
  /summary        the summary of each article
  /events         the events found in each article
  /sources        the articles in this chat
  /save FILE      save the transcript (.md for Markdown, .json for JSON)
  /reset          forget the conversation so far
  /help           this help
  /quit           leave (Ctrl-D works too; Ctrl-C cancels a question)"""


def reply_json(reply: ChatReply) -> str:
    data = reply.model_dump(mode="json")
    return json.dumps(
        {k: data[k] for k in ("question", "answerable", "answer", "citations", "metadata")},
        ensure_ascii=False,
    )


def run_lines(session: ChatSession, lines: Iterable[str], out: TextIO) -> int:
    """One JSON answer per question line; returns how many questions failed."""
    failed = 0
    for line in lines:
        question = line.strip()
        if not question:
            continue
        try:
            out.write(reply_json(session.ask(question)) + "\n")
        except SummarizerError as exc:
            failed += 1
            out.write(json.dumps({"question": question, "error": str(exc)}) + "\n")
        out.flush()
    return failed


def _show_reply(console: Console, reply: ChatReply) -> None:
    if not reply.answerable:
        console.print(f"[yellow]The articles do not say.[/yellow] {escape(reply.answer)}")
        return
    console.print(escape(reply.answer))
    for citation in reply.citations:
        console.print(f'  [dim]\\[{escape(citation.article_id)}][/dim] "{escape(citation.quote)}"')


def _command(session: ChatSession, console: Console, line: str) -> bool:
    """Run a slash command; False means leave."""
    name, _, argument = line.partition(" ")
    if name in ("/quit", "/exit"):
        return False
    if name == "/help":
        console.print(escape(HELP))
    elif name == "/reset":
        session.reset()
        console.print("Conversation forgotten; the articles stay.")
    elif name == "/sources":
        for key, source in session.sources.items():
            article = source.article
            details = ", ".join(x for x in (article.title, str(article.date or "")) if x)
            console.print(
                f"[bold]{escape(key)}[/bold] {escape(details)} ({len(article.text)} characters)"
            )
    elif name == "/save":
        if not argument.strip():
            console.print("usage: /save FILE.md or /save FILE.json")
        else:
            path = Path(argument.strip())
            path.write_text(session.transcript("json" if path.suffix == ".json" else "markdown"))
            console.print(f"Saved {len(session.history)} questions to {escape(str(path))}")
    elif name in ("/summary", "/events"):
        for key in session.sources:
            analysis = session.analysis(key)
            console.print(f"[bold]{escape(key)}[/bold]: {escape(analysis.summary.headline)}")
            if name == "/summary":
                console.print(escape(analysis.summary.summary))
            for event in analysis.events if name == "/events" else []:
                when = event.time.start if event.time and event.time.start else "undated"
                console.print(f"  {event.id} {event.type} ({when}): {escape(event.description)}")
    else:
        console.print(f"Unknown command {escape(name)}; /help lists them.")
    return True


class _ConsoleHandler(logging.Handler):
    def __init__(self, console: Console) -> None:
        super().__init__()
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        self.console.print(escape(self.format(record)), style="dim", highlight=False)


@contextmanager
def _thinking(console: Console) -> Iterator[None]:
    """A spinner where the terminal can draw one, a plain line where it cannot."""
    if console.is_terminal and not console.is_dumb_terminal:
        # messages logged meanwhile (retries) go through the console, which prints them above
        # the spinner instead of over its line
        log = logging.getLogger("summarizer")
        handlers = log.handlers[:]
        through = _ConsoleHandler(console)
        through.setFormatter(logging.Formatter("summarizer: %(message)s"))
        log.handlers[:] = [through]
        try:
            with console.status("thinking...", spinner="dots"):
                yield
        finally:
            log.handlers[:] = handlers
    else:
        console.print("[dim]thinking...[/dim]")
        yield


def run_interactive(
    session: ChatSession, console: Console, read: Callable[[str], str] = input
) -> None:
    """The prompt loop: questions, commands, Ctrl-C cancels the question in progress."""
    try:
        import readline  # noqa: F401  (line editing and history for input())
    except ImportError:  # not on every platform; the loop works without it
        pass
    ids = ", ".join(session.sources)
    console.print(
        f"Chatting about {len(session.sources)} article(s): {escape(ids)}. /help for commands."
    )
    while True:
        try:
            line = read("> ").strip()
        except EOFError:
            console.print()
            return
        except KeyboardInterrupt:
            console.print()
            continue
        if not line:
            continue
        try:
            if line.startswith("/"):
                if not _command(session, console, line):
                    return
                continue
            with _thinking(console):
                reply = session.ask(line)
            _show_reply(console, reply)
        except KeyboardInterrupt:
            console.print("(cancelled)")
        except SummarizerError as exc:
            console.print(f"[red]error:[/red] {escape(str(exc))}")
