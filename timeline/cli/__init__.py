"""Command-line interface: parses options and calls the library; nothing else lives here."""

from timeline.cli.commands import cli, main

__all__ = ["cli", "main"]
