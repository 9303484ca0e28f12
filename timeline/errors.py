"""Typed errors: every user-facing failure is one of these; the CLI prints one line and exits 2."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class for errors caused by bad input or usage (exit status 2)."""

    exit_code = 2


class InputError(TimelineError):
    """An input could not be read or understood."""


class DateError(TimelineError):
    """A publication date is missing or cannot be parsed."""


class RenderError(TimelineError):
    """A template failed to render, or an output format is unknown."""


class RuleError(Exception):
    """A rule file is malformed (a bug in the shipped data, or in a user's rule file)."""


class TimelineWarning(UserWarning):
    """Output was written but may not work as meant (an email Gmail will clip): one line on stderr."""
