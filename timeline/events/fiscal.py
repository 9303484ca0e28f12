"""A company's fiscal year: when the article says that its fiscal year runs from October (or begins
in April, or ends in June), "fiscal 2026" and "the first quarter of fiscal 2026" are that fiscal
year's, named by the calendar year it ends in (from October, fiscal 2026 runs from 1 October 2025 to
30 September 2026, and its first quarter from October to December 2025)."""

from __future__ import annotations

import calendar
import datetime as dt

import regex as re

from timeline.language.compiled import compile_kept_regex, lazy_regex
from timeline.language.resources import table, word_list
from timeline.models import Event

FISCAL_TIME = lazy_regex(r"\b(?:fiscal|financial)\s+(?:year\s+)?\d{4}\b|\bFY\s?\d{2,4}\b", re.I)
SUBORDINATE = lazy_regex(r"\b(?:when|after|before|until|till|once|by|as)\s+(?:[\w'’]+\s+){0,2}$", re.I)
SHIFTED = frozenset({"year", "half", "quarter", "month"})


def fiscal_start_month(text: str, language: str = "en") -> int | None:
    """The month the article's fiscal year starts in, when it says so and it is not January."""
    months = table(language, "month")
    for source in word_list(language, "fiscal_year_statements"):
        found = compile_kept_regex(source, re.I).search(text)
        if found is None:
            continue
        named = found.groupdict()
        word = (named.get("start") or named.get("end") or "").lower()
        if word not in months:
            continue  # ("the financial year starts next week")
        month = int(months[word]) if named.get("start") else int(months[word]) % 12 + 1  # (ends in September)
        return month if month != 1 else None
    return None


def states_fiscal_year(sentence: str, language: str = "en") -> bool:
    """A sentence saying when the fiscal year runs ("Our financial year ran from 1 April 2024 to 31
    March 2025, …"): its times tell of the calendar, not of an event."""
    for source in word_list(language, "fiscal_year_statements"):
        found = compile_kept_regex(source, re.I).search(sentence)
        if found is not None and not SUBORDINATE.search(sentence, 0, found.start()):
            return True
    return False  # ("will retire when the fiscal year ends on September 30" is an event)


def in_fiscal_year(event: Event, start_month: int | None) -> None:
    """Move an event dated by a fiscal year or a part of one ("in the first quarter of fiscal
    2026") from the calendar year of that number into the fiscal year that ends in it."""
    if start_month is None or event.granularity not in SHIFTED or not FISCAL_TIME.search(event.time_text or ""):
        return
    months = start_month - 13  # (fiscal 2026 from October starts three months before 2026)
    event.start = _month_start(event.start, months)
    event.end = _month_end(event.end, months)


def _moved(day: str, months: int) -> tuple[int, int]:
    """The year and month `months` after the month of an ISO day."""
    index = int(day[:4]) * 12 + int(day[5:7]) - 1 + months
    return index // 12, index % 12 + 1


def _month_start(day: str, months: int) -> str:
    year, month = _moved(day, months)
    return dt.date(year, month, 1).isoformat()


def _month_end(day: str, months: int) -> str:
    year, month = _moved(day, months)
    return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()
