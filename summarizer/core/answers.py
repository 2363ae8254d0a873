"""Reading a model's answer: what real servers send (fences, <think> blocks, tool arguments as
objects, JSON as content when a tool was asked for, an answer cut off at the token limit) in
the shape instructor reads, and instructor's structured `create` on top of the transport.

    openai SDK create(), wrapped in the transport's RetryPolicy (core/transport.py)
    read_answer()                refusals, content filters, envelopes unwrapped
    instructor                   structured output, validation, re-ask on validation errors
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import instructor
import openai
from openai.types.chat.chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCall,
    Function,
)

from summarizer._errors import (
    ModelRefused,
    TransportError,
)
from summarizer._redact import scrub
from summarizer.core.transport import RetryPolicy

__all__ = [
    "INSTRUCTOR_MODES",
    "answer_json",
    "answer_text_of",
    "make_structured_create",
    "read_answer",
    "reask_turns",
    "reasks_sent",
    "request_body",
]


INSTRUCTOR_MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    # instructor's JSON mode; the pipeline adds the schema to response_format (see Call)
    "json_grammar": instructor.Mode.JSON,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}


def _check_async_validators_once_per_class() -> None:
    """instructor (1.17) walks the whole response model, every field and Literal value, looking
    for async validators, about six times per request: half the client's CPU for these models
    under batch load. The answer depends only on the class, so remember it per class. Should a
    later instructor rename the function, this does nothing and only speed is lost."""
    try:
        from instructor.v2.core import patch as patch_module
        from instructor.v2.validation import async_validators
    except ImportError:
        return
    original = getattr(async_validators, "reject_async_validators", None)
    if original is None or getattr(original, "_once_per_class", False):
        return
    cached = functools.lru_cache(maxsize=256)(original)  # raising calls are not remembered

    @functools.wraps(original)
    def once_per_class(response_model: Any) -> None:
        try:
            hash(response_model)
        except TypeError:
            return original(response_model)  # type: ignore[no-any-return]
        return cached(response_model)  # type: ignore[no-any-return]

    once_per_class._once_per_class = True  # type: ignore[attr-defined]
    async_validators.reject_async_validators = once_per_class
    if getattr(patch_module, "reject_async_validators", None) is original:
        setattr(patch_module, "reject_async_validators", once_per_class)  # noqa: B010


_check_async_validators_once_per_class()


_REASONING = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.DOTALL | re.IGNORECASE)

_FENCE = re.compile(r"```[ \t]*(?:json|JSON)?[ \t]*\n?(.*?)```", re.DOTALL)


def answer_json(text: str) -> str | None:
    """The one JSON object in a model's text reply, or None when there is none or when more
    than one could be meant (two fenced blocks, two objects)."""
    body = _REASONING.sub("", text).strip()
    if re.search(r"<(?:think|thinking|reasoning)>", body, re.IGNORECASE):
        return None  # reasoning that never closed: whatever follows is not an answer
    fenced = _FENCE.findall(body)
    if len(fenced) > 1:
        return None
    if fenced:
        body = fenced[0].strip()
    start = body.find("{")
    if start < 0:
        return None
    decoder = json.JSONDecoder(strict=False)  # raw control characters inside strings are read
    try:
        value, end = decoder.raw_decode(body, start)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    later = body.find("{", end)
    if later >= 0:
        try:
            decoder.raw_decode(body, later)
            return None  # a second object: which one is the answer is not ours to guess
        except ValueError:
            pass
    return body[start:end]


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _readable_json(text: str) -> str:
    """The one JSON object in `text` (unwrapped from fences or prose, see `answer_json`), with
    raw control characters inside its strings (newlines, tabs: what a small model writes)
    escaped so that strict parsing reads it. Otherwise `text` as it is."""
    found = answer_json(text)
    if found is None:
        return text
    if _is_json(found):
        return found
    return json.dumps(json.loads(found, strict=False), ensure_ascii=False)


def _cut_off(response: Any, request: Mapping[str, Any] | None) -> bool:
    """Whether the answer stopped at the token limit, read from the answer itself: it is not
    whole JSON, and it used the whole budget or its JSON ends unterminated (some servers say
    'tool_calls' or 'stop' either way)."""
    choice = response.choices[0]
    if choice.finish_reason == "length":
        return True
    text = answer_text_of(choice.message)
    if not isinstance(text, str) or not text.strip() or _is_json(text):
        return False  # a whole answer, however many tokens it took
    budget = (request or {}).get("max_tokens") or (request or {}).get("max_completion_tokens")
    used = getattr(getattr(response, "usage", None), "completion_tokens", None)
    if isinstance(budget, int) and isinstance(used, int) and used >= budget:
        return True
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return False
    try:
        json.JSONDecoder(strict=False).raw_decode(stripped)
    except ValueError as error:
        # an unterminated value fails at (or just before) the very end of the text
        return getattr(error, "pos", 0) >= len(stripped) - 2 or "Unterminated" in str(error)
    return False


def answer_text_of(message: Any) -> str | None:
    """The answer's text: the first tool call's arguments, else the content."""
    calls = getattr(message, "tool_calls", None) or []
    text = calls[0].function.arguments if calls else getattr(message, "content", None)
    return text if isinstance(text, str) else None


def read_answer(response: Any, request: Mapping[str, Any] | None = None) -> Any:
    """The server's answer, in the shape instructor reads, or a typed error where there is no
    answer to read. A refusal or a content filter is an answer, not a malformed one: it stops
    here rather than being re-asked. JSON that local servers wrap (code fences, a reasoning
    block, trailing prose), tool arguments sent as an object, and JSON sent as content when a
    tool was requested are unwrapped when the JSON is unambiguous."""
    if isinstance(response, str):  # the SDK hands back a body it could not read as JSON
        raise TransportError(
            "the model endpoint answered with a page that is not JSON (a proxy or sign-in "
            "page?); check OPENAI_BASE_URL"
        )
    choices = getattr(response, "choices", None)
    if not choices:
        raise TransportError("the model endpoint answered with no choices: no answer to read")
    choice = choices[0]
    message = choice.message
    refusal = getattr(message, "refusal", None)
    if refusal:
        said = scrub(" ".join(str(refusal).split()))[:200]
        raise ModelRefused(f"the model declined to answer: {said}")
    if choice.finish_reason == "content_filter":
        raise ModelRefused("the provider's content filter stopped the answer")
    content = message.content
    if isinstance(content, list):  # content as parts: [{"type": "text", "text": "..."}]
        texts = [
            p.get("text") if isinstance(p, dict) else getattr(p, "text", None) for p in content
        ]
        message.content = "".join(t for t in texts if isinstance(t, str)) or None
    if message.tool_calls and getattr(message, "function_call", None) is not None:
        message.function_call = None  # the same call again (llama-cpp-python): once is enough
    for call in message.tool_calls or []:
        arguments = getattr(call.function, "arguments", None)
        if isinstance(arguments, dict | list):
            call.function.arguments = json.dumps(arguments, ensure_ascii=False)
        elif isinstance(arguments, str) and not _is_json(arguments):
            call.function.arguments = _readable_json(arguments)
    content = message.content
    if isinstance(content, str) and not _is_json(content):
        message.content = _readable_json(content)
    if _cut_off(response, request):
        choice.finish_reason = "length"  # whatever the server said: instructor stops on it
    tools = (request or {}).get("tools") or []
    if tools and not message.tool_calls and message.content and _is_json(message.content):
        name = tools[0]["function"]["name"]
        message.tool_calls = [
            ChatCompletionMessageFunctionToolCall(
                id="call_from_content",
                type="function",
                function=Function(name=name, arguments=message.content),
            )
        ]
        message.content = None
        choice.finish_reason = "tool_calls"
    return response


# Re-asks made outside instructor's loop (grounding in worker processes, core/pipeline.py) go
# in after a call's own messages, as instructor's loop adds its own: past its message converter,
# which would rewrite an earlier answer's turn (its empty content becomes a list).
_earlier_reasks: ContextVar[tuple[int, list[dict[str, Any]]] | None] = ContextVar(
    "earlier_reasks", default=None
)


@contextmanager
def reasks_sent(after: int, turns: list[dict[str, Any]]) -> Iterator[None]:
    """Within this block, every request carries `turns` after its first `after` messages."""
    token = _earlier_reasks.set((after, turns) if turns else None)
    try:
        yield
    finally:
        _earlier_reasks.reset(token)


def _with_earlier_reasks(kwargs: dict[str, Any]) -> dict[str, Any]:
    earlier = _earlier_reasks.get()
    if earlier is None:
        return kwargs
    after, turns = earlier
    messages = kwargs["messages"]
    return {**kwargs, "messages": [*messages[:after], *turns, *messages[after:]]}


def make_structured_create(
    client: openai.OpenAI | openai.AsyncOpenAI, mode: str, policy: RetryPolicy
) -> Callable[..., Any]:
    """instructor's structured `create`, over the SDK call wrapped in `policy`."""
    if isinstance(client, openai.AsyncOpenAI):
        async_create = client.chat.completions.create

        # The SDK's async create returns an awaitable but is not itself a coroutine function,
        # which tenacity needs to see in order to await each attempt.
        async def create_async(*args: Any, **kwargs: Any) -> Any:
            kwargs = _with_earlier_reasks(kwargs)
            return read_answer(await async_create(*args, **kwargs), kwargs)

        create = policy.wrap_async(create_async)
    else:
        sync_create = client.chat.completions.create

        def create_sync(*args: Any, **kwargs: Any) -> Any:
            kwargs = _with_earlier_reasks(kwargs)
            return read_answer(sync_create(*args, **kwargs), kwargs)

        create = policy.wrap(create_sync)
    return instructor.patch(create=create, mode=INSTRUCTOR_MODES[mode])


_SENT_FIELDS = ("messages", "model", "temperature", "max_tokens")


def _handlers(mode: instructor.Mode) -> Any:
    """instructor's handlers for `mode` on OpenAI: the same request and re-ask builders its
    own retry loop uses."""
    from instructor.v2.core.providers import Provider
    from instructor.v2.core.registry import mode_registry

    return mode_registry.get_handlers(Provider.OPENAI, mode)


def request_body(kwargs: Mapping[str, Any], mode: instructor.Mode) -> dict[str, Any]:
    """The body instructor sends for a call's `kwargs` (its response_model, messages and
    settings) in `mode`: tools or response_format added."""
    from instructor.v2.core.response_model import prepare_response_model

    sent = {k: v for k, v in kwargs.items() if k in _SENT_FIELDS}
    model = prepare_response_model(kwargs["response_model"])
    _, body = _handlers(mode).request_handler(response_model=model, kwargs=sent)
    return dict(body)


def reask_turns(
    body: dict[str, Any], mode: instructor.Mode, completion: Any, error: Exception
) -> list[dict[str, Any]]:
    """The messages instructor appends to `body` to ask again after `completion` failed
    with `error`: the answer as the model gave it, then what was wrong with it."""
    sent = len(body["messages"])
    asked = _handlers(mode).reask_handler(kwargs=body, response=completion, exception=error)
    return list(asked["messages"][sent:])
