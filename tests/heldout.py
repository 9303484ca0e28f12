"""What the held-out tagger batches share: rows as parameters, known misses as strict xfails,
and the expressions a row's text is tagged with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from timeline.tag.tagger import tag_text


def known_miss(text: str, known_misses: Mapping[str, str]) -> str | None:
    """Why a row is still wrong, if its text starts as a known miss does."""
    return next((why for start, why in known_misses.items() if text.startswith(start)), None)


def held_out_row(row: Sequence[Any], reason: str | None) -> Any:
    """A row as a parameter; with a reason, expected to fail (strictly: fixed, it fails the suite
    until its mark goes)."""
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*row, marks=marks, id=row[0][:40])


def tagged(text: str, dct: str, genre: str = "auto") -> list[tuple[str, str, str]]:
    """(text, type, value) of each expression found in `text` written on `dct`."""
    return [(t.text, t.type, t.value) for t in tag_text(text, dt.date.fromisoformat(dct), genre=genre)]


def names_rows(known_misses: Sequence[str], rows: Sequence[Sequence[Any]]) -> bool:
    """Whether every known miss's start names some row (a stale entry would hide nothing)."""
    return all(any(row[0].startswith(start) for row in rows) for start in known_misses)
