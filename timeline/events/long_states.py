"""States held since a year or a decade: "has chaired the committee since 2019", "The observatory
has kept records since 1881", "Since launching in 2021, we have grown". The year is when a
long-running state began, not a happening a timeline dates; a recent start ("has been closed for
repairs since 3 November", "have been on strike since Monday") still dates its event. And states a
history reached by a year or a decade: "By 1750 the castle was roofless"."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.language.resources import word_list
from timeline.language.trie import alternation
from timeline.models import Timex
from timeline.tag.tense_words import text_pattern

LONG_GRANULARITIES = frozenset({"year", "decade", "century"})
CLAUSE_BREAKS = re.compile(r"[;:]\s|\s[–—]\s")
BY_OPENING = re.compile(r"^\W*by\s+(?:the\s+)?$", re.I)  # "By 1750", "By the 1860s" opening the sentence


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


@lru_cache(maxsize=4)
def _state_verb(language: str) -> re.Pattern[str]:
    """"was", "were" or "had" before no participle ("was roofless", "were home to", "had three
    cinemas", "was showing films"; not "was built", "had moved", "had been")."""
    done = alternation([*word_list(language, "participles"), *word_list(language, "irregular_past"), "been"])
    return re.compile(rf",?\s+[^.;:,]{{0,50}}?\b(?:was|were|had)\s+(?!(?:{done})\b)(?![a-z]+ed\b)[a-z]", re.I)


def state_by_a_period(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A year, decade or century opening the sentence after "By" before a state its subject was in
    ("By 1750 the castle was roofless", "By the 1860s the cottages were home to quarry workers"):
    where a history had got to, no happening (a day's "By 10 November, 230 villages were under
    water" and a deed done by then, "By 1850 the company had moved to Leeds", keep their date)."""
    if timex.interval is None or timex.interval.granularity not in LONG_GRANULARITIES:
        return False
    return BY_OPENING.match(sentence[:offset]) is not None and \
        _state_verb(language).match(sentence, offset + len(timex.text)) is not None


OPENING_NOW = frozenset({"today", "now"})


def still_today(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """An opening "Today" or "Now" before a state the subject is still in ("Today the shell is still
    fenced off"): how things stand on the day of writing, no event."""
    return not sentence[:offset].strip(" \"“'‘") and timex.text.lower() in OPENING_NOW and \
        text_pattern(language, "still_state_after").match(sentence[offset + len(timex.text):]) is not None
