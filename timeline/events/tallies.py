"""Figures for a whole year or decade: "The airline carried 2.1 million passengers in 2024", "In
the 1960s the ferry carried 900 cars a day", "sold 3.1 million devices last year". A count over a
period is a statistic that describes the period, not a happening a timeline can date."""

from __future__ import annotations

import re

from timeline.events.cues import whole_words
from timeline.events.long_states import clause_around
from timeline.language.compiled import lazy
from timeline.models import Timex

PERIOD_GRANULARITIES = frozenset({"year", "decade"})
# a count big enough to be a tally: an amount of money, a share, a figure in millions or thousands
FIGURE = lazy(r"[$£€]\s?\d|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:million|billion|bn|thousand|%|percent|"
              r"per\s+cent)(?!\w)|\ba\s+(?:record|third|quarter|fifth|half|tenth)\b|\b\d+\s+(?:[a-z]+\s+)?a\s+day\b",
              re.I)
# (a clause of its own after "and" with a finite verb: "was last resurfaced in 2011 and has handled
# more than 900,000 movements since" is dated by its first clause)
CLAUSE_BREAKS = lazy(r"[;:]\s|\band\s+(?:has|have|had|is|are|was|were|will)\b", re.I)


def states_a_tally(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The expression is the year or decade a figure in its clause counts over: no event's date."""
    if timex.interval is None or timex.interval.granularity not in PERIOD_GRANULARITIES:
        return False
    clause = clause_around(sentence, offset, timex, CLAUSE_BREAKS)
    return FIGURE.search(clause) is not None and whole_words(language, "tally_verbs").search(clause) is not None
