"""The `timeline` command group: library errors and warnings as one line on stderr, never a traceback."""

from __future__ import annotations

import contextlib
import os
import sys
import warnings
from typing import Any

import click

from timeline.errors import TimelineError, TimelineWarning

# The status of a command whose output pipe was closed early, as the shell reports a process that
# SIGPIPE stopped (128 + 13): `… | head` is not an error worth a message.
BROKEN_PIPE = 141


class UserError(click.ClickException):
    """Bad input or usage: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"timeline: error: {self.format_message()}", err=True)


def usage_error(exc: click.UsageError, command: str = "timeline") -> UserError:
    """Click's usage error (bad option value, unknown option or command) as the one line of every
    other error, instead of Click's usage block; it names the help to read (that of `command`
    when Click does not say which command failed)."""
    message = " ".join(exc.format_message().split())
    message = message[:1].lower() + message[1:]
    where = exc.ctx.command_path if exc.ctx is not None else command
    return UserError(f"{message} (see '{where} --help')")


def quiet_broken_pipe() -> None:
    """The reader of standard output went away (`timeline build … | head`): stop without a word.
    Standard output is pointed at /dev/null so that the interpreter's last flush cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int, file: Any = None,
                 line: str | None = None) -> None:
    """The library's warnings (an email Gmail will clip) as one line on stderr, like its errors."""
    if issubclass(category, TimelineWarning):
        click.echo(f"timeline: warning: {message}", err=True)
    else:
        SHOW_WARNING(message, category, filename, lineno, file, line)


SHOW_WARNING = warnings.showwarning


class Cli(click.Group):
    """A group that turns library errors into one-line messages instead of tracebacks."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:  # an unknown option of `timeline` itself
            raise usage_error(exc) from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", TimelineWarning)  # every time, not once per process
                warnings.showwarning = show_warning
                return super().invoke(ctx)
        except TimelineError as exc:
            raise UserError(str(exc)) from exc
        except UserError:
            raise
        except click.UsageError as exc:  # a subcommand's options, or an unknown subcommand
            raise usage_error(exc, " ".join(filter(None, [ctx.command_path, ctx.invoked_subcommand]))) from exc
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            quiet_broken_pipe()
            ctx.exit(BROKEN_PIPE)
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM/SIGHUP (timeline.atomic.Terminated)
            click.echo("timeline: interrupted; no output was written (earlier output is intact)", err=True)
            ctx.exit(getattr(exc, "exit_code", 130))
        except Exception as exc:
            if ctx.params.get("debug") or "--debug" in sys.argv:
                raise
            click.echo(f"timeline: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the "
                       "traceback, and please report it)", err=True)
            ctx.exit(1)
