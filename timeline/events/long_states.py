"""States held since a year or a decade: "has chaired the committee since 2019", "The observatory
has kept records since 1881", "Since launching in 2021, we have grown". The year is when a
long-running state began, not a happening a timeline dates; a recent start ("has been closed for
repairs since 3 November", "have been on strike since Monday") still dates its event."""

from __future__ import annotations

import re

from timeline.models import Timex
from timeline.tag.tense_words import text_pattern

LONG_GRANULARITIES = frozenset({"year", "decade", "century"})
CLAUSE_BREAKS = re.compile(r"[;:]\s|\s[–—]\s")


def clause_around(sentence: str, offset: int, timex: Timex, breaks: re.Pattern[str] = CLAUSE_BREAKS) -> str:
    """The stretch of the sentence between the clause breaks around the expression."""
    start = max((m.end() for m in breaks.finditer(sentence, 0, offset)), default=0)
    ahead = breaks.search(sentence, offset + len(timex.text))
    return sentence[start:ahead.start() if ahead else len(sentence)]


def held_since_a_year(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The expression is the year or decade a state in the perfect has held since: no event's date."""
    if timex.interval is None or timex.interval.granularity not in LONG_GRANULARITIES:
        return False
    if text_pattern(language, "since_long_start").search(sentence[max(0, offset - 60):offset]) is None:
        return False
    return text_pattern(language, "perfect_state").search(clause_around(sentence, offset, timex)) is not None


OPENING_NOW = frozenset({"today", "now"})


def still_today(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """An opening "Today" or "Now" before a state the subject is still in ("Today the shell is still
    fenced off"): how things stand on the day of writing, no event."""
    return not sentence[:offset].strip(" \"“'‘") and timex.text.lower() in OPENING_NOW and \
        text_pattern(language, "still_state_after").match(sentence[offset + len(timex.text):]) is not None
