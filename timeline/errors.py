"""Typed errors: every user-facing failure is one of these; the CLI prints one line and exits 2."""

from __future__ import annotations

import re

# Characters that would break a one-line message or reorder what a terminal shows: C0 and C1
# controls (a newline in a file name could forge a second line), line and paragraph separators,
# and bidirectional embeddings, overrides and isolates.
UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class TimelineError(Exception):
    """Base class for errors caused by bad input or usage (exit status 2)."""

    exit_code = 2

    def __str__(self) -> str:
        """The message on one line, whatever a file name or a library's message held."""
        return " ".join(super().__str__().splitlines())


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


def shown(name: str | object) -> str:
    """A file name as messages and outputs show it: bytes that are not UTF-8 as `\\xNN`, control
    and bidirectional characters as escapes (`\\n`, `\\u202e`), so that it stays on one line,
    reads as written, and can be written as UTF-8."""
    text = str(name)
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that no file name decoding produced
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return UNSHOWABLE.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)
