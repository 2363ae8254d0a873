"""Chat: cited answers, honest abstention, history, re-asks, retrieval, the JSONL and PTY loops."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest

from summarizer import Article, RetryPolicy, Summarizer, cassette
from summarizer.chat.session import ChatSession
from tests.helpers import CASSETTES, EXAMPLES_DIR, ROOT, run_cli
from tests.scripted_server import ScriptedServer

pytestmark = pytest.mark.vcr
VALLEY_PATH = EXAMPLES_DIR / "valley_strikes.txt"
VALLEY = VALLEY_PATH.read_text(encoding="utf-8")
KORVAN = (EXAMPLES_DIR / "korvan_siege.txt").read_text(encoding="utf-8")
FOLLOW_UP = CASSETTES / "chat" / "test_follow_up_needs_history.yaml"
QUESTIONS = ["How many fighters did the group say were killed?", "And how many were wounded?"]


def session(endpoint: dict[str, str], *articles: tuple[str, str], **settings: Any) -> ChatSession:
    summarizer = Summarizer(**endpoint, retry_policy=RetryPolicy(sleep=lambda s: None), **settings)
    items = articles or (("valley_strikes", VALLEY),)
    return ChatSession([Article(id=key, text=text) for key, text in items], summarizer)


def sent(vcr: Any, index: int) -> dict[str, Any]:
    return json.loads(vcr.requests[index].body)


def test_answered_with_citations(endpoint: dict[str, str], vcr: Any) -> None:
    reply = session(endpoint).ask("Who carried out the air strikes, and where?")
    assert reply.answerable and "Tarsovan Air Force" in reply.answer
    (citation,) = reply.citations
    assert VALLEY[citation.start : citation.end] == citation.quote  # offsets by the library
    assert reply.metadata.attempts == 1 and reply.metadata.prompt_version == "chat.v1+system.v1"
    request = sent(vcr, 0)["messages"][1]["content"]
    assert '<article id="valley_strikes">' in request


def test_unanswerable(endpoint: dict[str, str], vcr: Any) -> None:
    reply = session(endpoint).ask("What did the United Nations say about the strikes?")
    assert not reply.answerable and reply.citations == []
    assert "does not say" in reply.answer


def test_follow_up_needs_history(endpoint: dict[str, str], vcr: Any) -> None:
    chat = session(endpoint)
    first = chat.ask(QUESTIONS[0])
    second = chat.ask(QUESTIONS[1])
    assert "22" in first.answer and "40" in second.answer
    messages = sent(vcr, 1)["messages"]
    # the follow-up is sent after the earlier question and answer
    assert [m["content"] for m in messages[-3:]] == [QUESTIONS[0], first.answer, QUESTIONS[1]]
    assert len(chat.history) == 2


def test_history_is_bounded(endpoint: dict[str, str]) -> None:
    chat = session(endpoint)
    chat.max_turns = 1
    chat.history.extend([chat_reply(f"question {n}") for n in range(5)])
    messages = chat._messages("next", chat.summarizer.config)  # type: ignore[union-attr]
    assert [m["content"] for m in messages if m["role"] == "user"][1:] == ["question 4", "next"]


def chat_reply(question: str) -> Any:
    from summarizer.chat.session import ChatReply

    metadata = {"model": "m", "mode": "tools", "prompt_version": "p", "attempts": 1, "usage": {},
                "input_sha256": "0", "created_at": "2026-01-01T00:00:00Z"}  # fmt: skip
    return ChatReply(question=question, answerable=False, answer="n/a", metadata=metadata)


@pytest.mark.scripted_only
def test_citation_reask(endpoint: dict[str, str], vcr: Any) -> None:
    reply = session(endpoint).ask("Who carried out the air strikes?")
    feedback = sent(vcr, 1)["messages"][-1]["content"]
    assert "article valley_strikes: quote 'The air force destroyed four camps" in feedback
    assert "nearest passage" in feedback
    assert reply.metadata.attempts == 2 and reply.citations[0].quote.startswith("The Tarsovan")


def test_retrieves_passages_of_long_articles(endpoint: dict[str, str], vcr: Any) -> None:
    chat = session(endpoint, ("korvan_siege", KORVAN), ("valley_strikes", VALLEY),
                   max_article_chars=1200)  # fmt: skip
    reply = chat.ask("Who offered to host talks between the two sides?")
    sent_text = sent(vcr, 0)["messages"][1]["content"]
    assert "Mediators from neighbouring Aslania" in sent_text  # the relevant passage went
    assert "Doctors at Korvan General Hospital" not in sent_text  # an irrelevant one did not
    (citation,) = reply.citations
    assert KORVAN[citation.start : citation.end] == citation.quote  # offset in the original


def test_analysis_command_uses_the_analyzer(endpoint: dict[str, str]) -> None:
    chat = session(endpoint)
    with cassette(CASSETTES / "examples" / "valley_strikes.yaml", "replay"):
        analysis = chat.analysis("valley_strikes")
    assert analysis.events[0].type == "ASSAULT"
    assert chat.analysis("valley_strikes") is analysis  # computed once per session


# --- the command line ------------------------------------------------------------------------


def test_non_tty_mode_answers_one_json_line_per_question() -> None:
    outcome = run_cli("chat", str(VALLEY_PATH), "--replay", str(FOLLOW_UP),
                      stdin="\n".join(QUESTIONS) + "\n")  # fmt: skip
    assert outcome.returncode == 0, outcome.stderr
    answers = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [a["question"] for a in answers] == QUESTIONS
    for answer in answers:
        assert answer["answerable"] and answer["citations"]
        for citation in answer["citations"]:
            assert citation["quote"] in VALLEY
            assert VALLEY[citation["start"] : citation["end"]] == citation["quote"]


def spawn_chat(*args: str, tmp: Path) -> pexpect.spawn:
    env = {"TERM": "dumb", "PATH": "/usr/bin:/bin", "SUMMARIZER_CACHE_DIR": str(tmp)}
    env["PYTHONPATH"] = str(ROOT)
    command = ["-m", "summarizer.chat", *args]
    # the wait bound of each expect: generous, since a loaded 2-core machine can take many
    # seconds to start an interpreter; a test that passes never waits for it
    child = pexpect.spawn(
        sys.executable, command, cwd=str(ROOT), encoding="utf-8", timeout=120, env=env
    )
    child.expect("Chatting about 1 article")
    return child


def test_interactive_loop_commands(tmp_path: Path) -> None:
    child = spawn_chat(str(VALLEY_PATH), "--replay", str(FOLLOW_UP), tmp=tmp_path)
    child.expect("> ")
    child.sendline("/help")
    child.expect("/summary")
    child.expect("> ")
    child.sendline("/sources")
    child.expect("valley_strikes")
    child.expect("> ")
    child.sendline(QUESTIONS[0])
    child.expect("22 fighters")
    child.expect(r"\[valley_strikes\]")
    child.expect("> ")
    child.sendline(QUESTIONS[1])
    child.expect("More than 40")
    child.expect("> ")
    transcript = tmp_path / "chat.md"
    child.sendline(f"/save {transcript}")
    child.expect("Saved 2 questions")
    child.expect("> ")
    child.sendline("/reset")
    child.expect("forgotten")
    child.expect("> ")
    child.sendline("/nonsense")
    child.expect("Unknown command")
    child.expect("> ")
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = transcript.read_text()
    assert QUESTIONS[0] in saved and "> [valley_strikes]" in saved


def test_ctrl_c_cancels_the_question_not_the_session(tmp_path: Path) -> None:
    steps = [{"delay": 5, "answer": {"answerable": False, "answer": "too late", "citations": []}}]
    with ScriptedServer(steps) as server:
        child = spawn_chat(str(VALLEY_PATH), "--base-url", server.url, tmp=tmp_path)
        child.expect("> ")
        child.sendline("Who carried out the strikes?")
        child.expect("thinking")
        child.sendintr()
        child.expect(r"\(cancelled\)")
        child.expect("> ")  # still in the session
        child.sendline("/quit")
        child.expect(pexpect.EOF)
        child.close()
    assert child.exitstatus == 0


def test_messages_logged_while_thinking_print_above_the_spinner_not_over_it() -> None:
    import io
    import logging

    from rich.console import Console

    from summarizer.chat import terminal

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=80)
    log = logging.getLogger("summarizer")
    before = log.handlers[:]
    with terminal._thinking(console):  # the context the prompt loop wraps a question in
        log.warning("rate limited (429); retrying in 1.0 s")
    assert log.handlers == before  # the usual handlers are back
    lines = [line for line in out.getvalue().splitlines() if "rate limited" in line]
    assert lines and all("thinking" not in line for line in lines), out.getvalue()
