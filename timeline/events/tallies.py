"""Figures for a whole year or decade: "The airline carried 2.1 million passengers in 2024", "In
the 1960s the ferry carried 900 cars a day", "sold 3.1 million devices last year". A count over a
period is a statistic that describes the period, not a happening a timeline can date."""

from __future__ import annotations

from timeline.events.cues import whole_words
from timeline.events.long_states import clause_around
from timeline.models import Timex
from timeline.tag.tense_words import text_pattern

PERIOD_GRANULARITIES = frozenset({"year", "decade"})


def states_a_tally(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The expression is the year or decade a figure in its clause counts over: no event's date."""
    if timex.interval is None or timex.interval.granularity not in PERIOD_GRANULARITIES:
        return False
    clause = clause_around(sentence, offset, timex, text_pattern(language, "tally_clause_breaks"))
    verb = whole_words(language, "tally_verbs").search(clause)
    return (text_pattern(language, "tally_figure").search(clause) is not None and verb is not None
            and not _tolls_a_happening(clause[:verb.start()], language))


def _tolls_a_happening(before_verb: str, language: str) -> bool:
    """A single happening stands before the verb ("floods … killed 1,000"): its toll, not a statistic."""
    return whole_words(language, "tally_incidents").search(before_verb) is not None
