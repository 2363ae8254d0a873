"""`summarizer chat`: questions about articles, every answer cited from them."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from summarizer.cli.options import SharedOptions, articles_of, console, fail, model_command

__all__ = ["chat"]


@model_command
def chat(
    files: Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html, .jsonl).")],
    max_turns: Annotated[int, typer.Option(min=0, help="Earlier questions kept as context.")] = 6,
    *,
    shared: SharedOptions,
) -> None:
    """Ask questions about articles; every answer cites them verbatim, or says they do not say.

    On a terminal: a prompt loop (/help for commands). Otherwise: one question per stdin line,
    one JSON answer per stdout line."""
    from summarizer.chat.session import ChatSession
    from summarizer.chat.terminal import run_interactive, run_lines
    from summarizer.core.pipeline import Summarizer

    config = shared.config()
    articles = articles_of(files, config.max_input_bytes)
    with shared.exchange():  # the summarizer asks a new server what it is: inside the recording
        session = ChatSession(articles, Summarizer(config), max_turns=max_turns)
        if sys.stdin.isatty():
            run_interactive(session, console())
            return
        failed = run_lines(session, sys.stdin, sys.stdout)
    if failed:
        raise fail(f"{failed} questions got no answer; see their error lines", 1)
