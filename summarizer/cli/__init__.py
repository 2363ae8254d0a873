"""The `summarizer` command line: one typer app, one module per command group."""

from summarizer.cli.app import app, main

__all__ = ["app", "main"]
