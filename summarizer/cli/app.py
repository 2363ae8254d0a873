"""The `summarizer` command: data to stdout, messages to stderr, one-line errors, exit codes.

Exit codes: 0 success; 1 the model could not give a valid answer (or a cassette did not match);
2 bad usage, input or settings; 73 an output cannot be written (read-only, disk full, another run
writing it); 70 an internal error (a bug: please report it); 130 interrupted.

Each command lives in its own module of `summarizer.cli`; this one only assembles them.
"""

from __future__ import annotations

import sys

import typer

from summarizer._errors import OutputError
from summarizer.cli.analyze import COMMAND_TASKS, task_command
from summarizer.cli.batch import batch
from summarizer.cli.chat import chat
from summarizer.cli.digest import digest
from summarizer.cli.eval import eval_command
from summarizer.cli.jobs import jobs_app
from summarizer.cli.schema import schema

__all__ = ["app", "main"]

app = typer.Typer(
    name="summarizer",
    help="Grounded summaries and event records from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _name in COMMAND_TASKS:
    app.command(name=_name)(task_command(_name))
app.command()(batch)
app.command()(chat)
app.command()(digest)
app.command(name="eval")(eval_command)
app.command()(schema)
app.add_typer(jobs_app, name="jobs")


def main() -> None:
    """Console entry point: no traceback reaches the user."""
    try:
        app()
    except KeyboardInterrupt:
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
