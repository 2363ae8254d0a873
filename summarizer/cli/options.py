"""What every command shares, declared once: the options, the set-up, the one-line errors.

The command modules load the engine inside their command bodies, not at the top: `--help` (and
any command that calls no model) then loads typer and these declarations only.

A command that talks to a model is declared with `@model_command` (or `@endpoint_command` for
the `jobs` commands, which need an endpoint but no model settings). The decorator adds the shared
options to the command's signature (typer reads the signature), and runs the same preamble for
all: logging, the --record/--replay check, settings from options and environment, and the
translation of the library's errors into one line and an exit code.

    @model_command
    def digest(files: ..., shared: SharedOptions) -> None:
        config = shared.config()
        with shared.exchange():
            ...
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from summarizer._errors import ConfigError, InputError, OutputError, SummarizerError
from summarizer._redact import scrub

__all__ = [
    "Compact",
    "DateOption",
    "ErrorsFile",
    "EventsCsvFile",
    "SharedOptions",
    "Source",
    "Title",
    "articles_of",
    "console",
    "endpoint_command",
    "exit_code",
    "fail",
    "hint_if_terminal",
    "model_command",
    "setup_logging",
]

if TYPE_CHECKING:
    from rich.console import Console

    from summarizer._config import Config
    from summarizer.core.models import Article

log = logging.getLogger("summarizer")

# A replayed exchange needs no credentials; the SDK still wants a key-shaped value.
_REPLAY_KEY = "replay-no-key-needed"

Source = Annotated[
    str, typer.Argument(help="Article file (.txt, .md, .html, .jsonl), or - for stdin.")
]
DateOption = Annotated[
    Optional[dt.datetime],
    typer.Option("--date", formats=["%Y-%m-%d"], help="Publication date, to resolve 'Monday'."),
]
Title = Annotated[Optional[str], typer.Option(help="Article title, if not in the text.")]
# The output files a batch writes beside its results (`batch`, and `jobs collect` for a batch
# sent to the Batch API).
ErrorsFile = Annotated[
    Optional[Path],
    typer.Option(dir_okay=False, help="Error lines [default: OUT with .errors.jsonl]."),
]
EventsCsvFile = Annotated[
    Optional[Path],
    typer.Option("--events-csv", dir_okay=False, help="Also write one CSV row per event."),
]
Compact = Annotated[bool, typer.Option("--compact", help="One line of JSON instead of indented.")]

Model = Annotated[
    Optional[str],
    typer.Option("--model", "-m", help="Model name [env: SUMMARIZER_MODEL; default: gpt-4o-mini]."),
]
BaseUrl = Annotated[
    Optional[str],
    typer.Option(
        help="OpenAI-compatible endpoint, or several comma-separated (each request goes to "
        "the one with the fewest in flight; a failing one is left for a while) "
        "[env: SUMMARIZER_BASE_URL or OPENAI_BASE_URL; default: OpenAI's]. "
        "The key: SUMMARIZER_API_KEY or OPENAI_API_KEY."
    ),
]
Mode = Annotated[
    Optional[str],
    typer.Option(
        help="Structured-output mode: auto (the default: the best mode of a server that says "
        "what it is, else the first the server accepts; remembered per base URL), tools, "
        "json_schema, json_grammar (llama-cpp-python's schema-constrained decoding), json, "
        "md_json [env: SUMMARIZER_MODE; default: auto]."
    ),
]
MaxReasks = Annotated[
    Optional[int],
    typer.Option(
        help="Re-asks after a failed validation [env: SUMMARIZER_MAX_REASKS; default: 2]."
    ),
]
OnInvalidOption = Annotated[
    Optional[str],
    typer.Option(
        "--on-invalid",
        help="When the attempts run out and the answer still breaks a rule: fail (an error, "
        "no result) or partial (keep every part that passes, mark the result complete: false "
        "and list what was dropped) [env: SUMMARIZER_ON_INVALID; default: fail].",
    ),
]
OutputLanguage = Annotated[
    Optional[str],
    typer.Option(
        "--output-language",
        help="The language to write summaries and descriptions in: a language such as "
        "English, or 'article' for the article's own; quotes stay as written "
        "[env: SUMMARIZER_OUTPUT_LANGUAGE; default: unset, the prompt does not say].",
    ),
]
Temperature = Annotated[
    Optional[float],
    typer.Option(help="Sampling temperature [env: SUMMARIZER_TEMPERATURE; default: 0.0]."),
]
Timeout = Annotated[
    Optional[float],
    typer.Option(
        "--timeout",
        min=0.1,
        help="Seconds one model call may take, retries included; each request gets what is "
        "left [env: SUMMARIZER_MAX_TRANSPORT_SECONDS; default: 300, or 1800 for a server on "
        "this machine or a private network].",
    ),
]
MaxOutputTokens = Annotated[
    Optional[int],
    typer.Option(
        "--max-output-tokens",
        min=1,
        help="Most tokens one answer may take (a cut-off answer is asked again once with "
        "twice as many) [env: SUMMARIZER_MAX_OUTPUT_TOKENS; default: the server's].",
    ),
]
Record = Annotated[
    Optional[Path],
    typer.Option(dir_okay=False, help="Record the HTTP exchange to this cassette file."),
]
Replay = Annotated[
    Optional[Path],
    typer.Option(dir_okay=False, help="Replay this cassette instead of calling the model."),
]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Log requests and retries.")]


def _option(name: str, annotation: Any, default: Any = None) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
    )


# The options of every command that calls a model, in the order --help lists them. The first
# group becomes settings (option name -> `Config` field); the rest steer the command itself.
_MODEL_SETTINGS = {
    "model": "model",
    "base_url": "base_url",
    "mode": "mode",
    "max_reasks": "max_reasks",
    "on_invalid": "on_invalid",
    "output_language": "output_language",
    "temperature": "temperature",
    "timeout": "max_transport_seconds",
    "max_output_tokens": "max_output_tokens",
}
_MODEL_OPTIONS = (
    _option("model", Model),
    _option("base_url", BaseUrl),
    _option("mode", Mode),
    _option("max_reasks", MaxReasks),
    _option("on_invalid", OnInvalidOption),
    _option("output_language", OutputLanguage),
    _option("temperature", Temperature),
    _option("timeout", Timeout),
    _option("max_output_tokens", MaxOutputTokens),
    _option("record", Record),
    _option("replay", Replay),
    _option("verbose", Verbose, False),
)
_ENDPOINT_OPTIONS = (
    _option("base_url", BaseUrl),
    _option("record", Record),
    _option("replay", Replay),
    _option("verbose", Verbose, False),
)


@dataclass(frozen=True)
class SharedOptions:
    """What the shared options said: settings for the model, and where its exchanges go."""

    record: Path | None = None
    replay: Path | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    def config(self, **more: Any) -> Config:
        """Settings from these options, `more`, and the environment. A replay needs no key,
        so it gets a stand-in."""
        from summarizer._config import load_config

        config = load_config(**{**self.settings, **more})
        if self.replay and config.api_key is None:
            return load_config(config, api_key=_REPLAY_KEY)
        return config

    @property
    def uses_cassette(self) -> bool:
        """Replayed answers come from a cassette, not the model, so they must not fill the real
        cache; and a recording asks the model for every answer, so it must not read it."""
        return self.record is not None or self.replay is not None

    @contextmanager
    def exchange(self) -> Iterator[None]:
        """Within this block, HTTP exchanges are replayed from or recorded to a cassette."""
        from summarizer.core.cassettes import cassette

        if self.replay:
            with cassette(self.replay, "replay"):
                yield
        elif self.record:
            with cassette(self.record, "record"):
                yield
        else:
            yield


def model_command(command: Callable[..., None]) -> Callable[..., None]:
    """Give `command` (which takes `shared: SharedOptions`) the options of every model call."""
    return _with_shared(command, _MODEL_OPTIONS)


def endpoint_command(command: Callable[..., None]) -> Callable[..., None]:
    """Give `command` --base-url, --record, --replay and --verbose (the `jobs` commands)."""
    return _with_shared(command, _ENDPOINT_OPTIONS)


def _with_shared(
    command: Callable[..., None], shared: tuple[inspect.Parameter, ...]
) -> Callable[..., None]:
    names = [p.name for p in shared]
    own = [
        p
        for p in inspect.signature(command, eval_str=True).parameters.values()
        if p.name != "shared"
    ]

    @functools.wraps(command)
    def run(**kwargs: Any) -> None:
        given = {name: kwargs.pop(name) for name in names}
        setup_logging(given.pop("verbose"))
        record, replay = given.pop("record"), given.pop("replay")
        if record and replay:
            raise fail("use --record or --replay, not both", 2)
        settings = {_MODEL_SETTINGS[k]: v for k, v in given.items() if v is not None}
        try:
            command(shared=SharedOptions(record, replay, settings), **kwargs)
        except SummarizerError as exc:
            raise fail(str(exc), exit_code(exc)) from None
        if record:
            typer.echo(f"summarizer: recorded {record}", err=True)

    run.__signature__ = inspect.Signature([*own, *shared])  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in (*own, *shared)}
    return run


def exit_code(exc: SummarizerError) -> int:
    """The documented exit code for an error: 2 usage, input or settings; 73 an output that
    cannot be written; 1 any other failure."""
    if isinstance(exc, OutputError):
        return 73
    return 2 if isinstance(exc, InputError | ConfigError) else 1


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"summarizer: error: {scrub(message)}", err=True)
    return typer.Exit(code)


def hint_if_terminal(sources: list[str], what: str = "the article") -> None:
    """Reading '-' from a terminal waits for typing: say so, once, instead of seeming to hang."""
    if "-" in sources and sys.stdin.isatty():
        typer.echo(
            f"summarizer: reading {what} from the terminal: paste or type it, then press "
            "Ctrl-D on a new line (Ctrl-C to stop)",
            err=True,
        )


def articles_of(files: list[str], max_bytes: int) -> list[Article]:
    """Every article in `files`; any that cannot be read is an input error."""
    from summarizer.core.inputs import read_articles

    articles = []
    for source in files:
        for record in read_articles(source, max_bytes=max_bytes):
            if record.article is None:
                raise InputError(record.error or f"cannot read {source}")
            articles.append(record.article)
    return articles


def console(*, stderr: bool = False, width: int | None = None) -> Console:
    """A rich console that honours NO_COLOR fully: no colour and no bold or dim either."""
    import os

    from rich.console import Console

    plain = "NO_COLOR" in os.environ
    return Console(
        stderr=stderr, width=width, color_system=None if plain else "auto", no_color=plain
    )


def setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("summarizer: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.DEBUG if verbose else logging.WARNING)
    log.propagate = False
    # instructor logs, at ERROR, failures that this command reports itself in one line.
    quiet = logging.getLogger("instructor")
    quiet.handlers[:] = [handler] if verbose else [logging.NullHandler()]
    quiet.setLevel(logging.DEBUG if verbose else logging.CRITICAL)
    quiet.propagate = False
