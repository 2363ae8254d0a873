"""The `summarizer` command: data to stdout, messages to stderr, one-line errors, exit codes.

Exit codes: 0 success; 1 the model could not give a valid answer (or a cassette did not match);
2 bad usage, input or settings; 73 an output cannot be written (read-only, disk full, another run
writing it); 70 an internal error (a bug: please report it); 130 interrupted.

Each command lives in its own module of `summarizer.cli`; this one only assembles them.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from summarizer._errors import OutputError
from summarizer.cli.analyze import COMMAND_TASKS, task_command
from summarizer.cli.batch import batch
from summarizer.cli.chat import chat
from summarizer.cli.digest import digest
from summarizer.cli.eval import eval_command
from summarizer.cli.jobs import jobs_app
from summarizer.cli.schema import schema
from summarizer.cli.view import view

__all__ = ["HELP_EXAMPLES", "app", "main"]

_SETTINGS = """Settings come from options, then environment variables, then defaults. Besides
those the options show: SUMMARIZER_REQUEST_TIMEOUT (seconds per HTTP request, 120; 900
for a server on this machine or a private network), SUMMARIZER_MAX_TRANSPORT_ATTEMPTS (tries
per request on 429, 5xx, timeouts, 5), SUMMARIZER_IDENTIFY_SERVER (under mode auto, ask a new
server what it is and start in its best mode, true), SUMMARIZER_MAX_INPUT_BYTES (5000000),
SUMMARIZER_MAX_ARTICLE_CHARS (longer articles are read in chunks, 48000), SUMMARIZER_CACHE_DIR
(result cache, the user cache directory). Exit codes: 0 done, 1 no valid answer, 2 usage or
input, 73 an output cannot be written, 70 a bug, 130 interrupted."""

app = typer.Typer(
    name="summarizer",
    help="Grounded summaries and event records from news articles.",
    epilog=_SETTINGS,
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion for bash, zsh, fish
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts are plain: "[env: X]" must not be read as markup
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(shown: bool) -> None:
    if shown:
        from importlib.metadata import version

        typer.echo(f"summarizer {version('summarizer')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Grounded summaries and event records from news articles."""


def _examples(*lines: str) -> str:
    # "\b" keeps click from rewrapping the block
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


HELP_EXAMPLES = {
    "analyze": _examples(
        "summarizer analyze article.txt -m gpt-4o-mini > analysis.json",
        "curl -s https://example.org/story.html | summarizer analyze - --compact",
        "summarizer analyze article.md --base-url http://localhost:8080/v1 --on-invalid partial",
        "summarizer analyze examples/valley_strikes.txt "
        "--replay cassettes/examples/valley_strikes.yaml",
    ),
    "summarize": _examples(
        "summarizer summarize article.txt",
        "summarizer summarize article.html --html page.html",
    ),
    "events": _examples(
        "summarizer events article.txt",
        "summarizer events articles.jsonl > events.jsonl",
    ),
    "batch": _examples(
        "summarizer batch articles/ -o results.jsonl",
        "summarizer batch news.jsonl -o results.jsonl --events-csv events.csv --html pages/",
        "summarizer batch news.jsonl -o results.jsonl --via batch-api --no-wait",
        "summarizer batch news.jsonl -o results.jsonl   (again: resumes where it stopped)",
    ),
    "chat": _examples(
        "summarizer chat article.txt", "echo 'Who was hit?' | summarizer chat article.txt"
    ),
    "digest": _examples("summarizer digest report_a.txt report_b.txt report_c.txt"),
    "eval": _examples(
        "summarizer eval gold.jsonl --results results.jsonl",
        "summarizer eval gold.jsonl --replay run.yaml --baseline baseline.json",
    ),
    "schema": _examples("summarizer schema -o schemas", "summarizer schema -o schemas --check"),
    "view": _examples(
        "summarizer view analysis.json --article article.txt -o page.html",
        "summarizer view results.jsonl --article articles.jsonl --id a1 -o page.html",
    ),
}

for _name in COMMAND_TASKS:
    app.command(name=_name, epilog=HELP_EXAMPLES[_name])(task_command(_name))
app.command(epilog=HELP_EXAMPLES["batch"])(batch)
app.command(epilog=HELP_EXAMPLES["chat"])(chat)
app.command(epilog=HELP_EXAMPLES["digest"])(digest)
app.command(name="eval", epilog=HELP_EXAMPLES["eval"])(eval_command)
app.command(epilog=HELP_EXAMPLES["schema"])(schema)
app.command(epilog=HELP_EXAMPLES["view"])(view)
app.add_typer(jobs_app, name="jobs")


def main() -> None:
    """Console entry point: every failure is one line on stderr and an exit code, never a
    traceback; a usage error too, unlike typer's boxed message."""
    from typer import _click

    try:
        code = typer.main.get_command(app).main(prog_name="summarizer", standalone_mode=False)
    except _click.exceptions.NoArgsIsHelpError as exc:  # no command: the help, as typer shows it
        exc.show()
        sys.exit(2)
    except _click.exceptions.UsageError as exc:
        where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        message = " ".join(exc.format_message().split())
        typer.echo(f"summarizer: error: {message}{where}", err=True)
        sys.exit(2)
    except _click.exceptions.ClickException as exc:
        typer.echo(f"summarizer: error: {' '.join(exc.format_message().split())}", err=True)
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("summarizer: interrupted", err=True)
        sys.exit(130)
    except OutputError as exc:
        typer.echo(f"summarizer: error: {exc}", err=True)
        sys.exit(73)
    except OSError as exc:  # a file the command writes: read-only, disk full, gone
        where = f" {exc.filename}" if exc.filename else ""
        typer.echo(f"summarizer: error: cannot write{where}: {exc.strerror or exc}", err=True)
        sys.exit(73)
    except Exception as exc:  # a bug: say so in one line rather than dump a traceback
        typer.echo(
            f"summarizer: internal error: {type(exc).__name__}: {exc} (please report this)",
            err=True,
        )
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)
