"""Fiscal years written across two calendar years ("the financial year 2024/25", "in 2024-25, the
last fiscal year …"): the tagger reads the two years as a span of both; the fiscal year runs from the
month the article's fiscal year starts in (April where it does not say) to the month before, a year
later. And the month fiscal years start in where the article writes them as India counts them."""

from __future__ import annotations

import datetime as dt

import regex as re

from timeline.language.compiled import compile_kept_regex
from timeline.language.resources import resource, word_list
from timeline.models import Event, Timex

APRIL = 4
SECOND_YEAR = re.compile(r"[-–/](\d\d)(?!\d)")  # what follows the first year: "-25", "/25"


def april_start(text: str, language: str = "en") -> int | None:
    """April when the article writes fiscal years as those counted from April are written
    ("Q3FY25", sums in crore, "the financial year 2024/25"), else None."""
    cues = word_list(language, "april_fiscal_year_cues")
    return APRIL if any(compile_kept_regex(cue, re.I).search(text) for cue in cues) else None


def across_two_years(event: Event, start_month: int | None, timexes: list[Timex], text: str,
                     language: str = "en") -> bool:
    """An event dated by two years joined as one fiscal year ("overspent … in the financial year
    2024/25") moved to that fiscal year: from its start month in the first year to the month before
    it in the second. Not two years of anything else ("the 2024-25 season"). True when moved."""
    if event.start[4:10] != "-01-01" or event.end[4:10] != "-12-31" or \
            int(event.end[:4]) != int(event.start[:4]) + 1:
        return False
    first = int(event.start[:4])
    words = compile_kept_regex(resource(language, "fiscal_year_words"))
    for timex in timexes:
        after = SECOND_YEAR.match(text, timex.end)
        if not timex.text.endswith(str(first)) or after is None or int(after.group(1)) != (first + 1) % 100:
            continue
        if words.search(_sentence(text, timex.start, after.end())) is None:
            return False
        month = start_month or APRIL
        start, end = dt.date(first, month, 1), _last_day(first + 1, month - 1)
        event.start, event.end, event.granularity = start.isoformat(), end.isoformat(), "month"
        return True
    return False


def _last_day(year: int, month: int) -> dt.date:
    """The last day of a month (month 0 is the December before)."""
    if month == 0:
        return dt.date(year - 1, 12, 31)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (roughly: between full stops or lines) around text[start:end]."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[opening:min(stops, default=len(text))]
