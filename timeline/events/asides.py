"""Relative and when-clauses beside a clause's time: a relative clause between commas with a date of
its own is an event of its own (", who won the cup in 2023,"), one that tells of the time before it
dates nothing (", which starts on October 1"), and a when-clause after the "until" that ends a range
tells what happened at that end ("from the 1790s until 1931, when it was sold"); one in brackets
dates nothing ("Ann Lee (who takes over tomorrow) was present")."""

from __future__ import annotations

import regex as re

from timeline.events.cues import cue_patterns
from timeline.events.fiscal import states_fiscal_year
from timeline.events.govern import Dating, has_own_date
from timeline.language.compiled import lazy_regex
from timeline.models import Timex

DEICTIC = frozenset({"today", "now", "tonight", "nowadays", "currently", "these days"})
WHEN_AFTER = lazy_regex(r",\s+(?=when\s)", re.I)
UNTIL_BEFORE = lazy_regex(r"\b(?:until|till)\s+(?:the\s+)?$", re.I)
CLAUSE_END = lazy_regex(r"[,;:]\s|[.!?]?[\"”’']?\s*$")
OPENING_COMMA = lazy_regex(r",\s")  # the comma that closes an opening participle clause (not one inside a date)
OPENING_REACH = 90  # characters an opening participle clause may run to
# a relative clause in brackets ("his successor, Ann Lee (who takes over tomorrow), was present")
BRACKETED_RELATIVE = lazy_regex(r"\(\s*(?:who|whom|whose|which)\s[^()]*\)", re.I)


def relative_aside(sentence: str, start: int, timexes: list[Timex], language: str = "en") -> tuple[int, int] | None:
    """The absolute span of a relative clause between commas (", who won the cup in 2023,")
    when it and the rest of the sentence each have a date of their own: two events."""
    for found in cue_patterns(language)["relative_aside"].finditer(sentence):
        aside = (start + found.start(), start + found.end() + 1)  # with its closing comma
        inner = [t for t in timexes if aside[0] <= t.start < aside[1]]
        outside = [t for t in timexes if not aside[0] <= t.start < aside[1]]
        if found.end() >= len(sentence.rstrip()) - 2 and (all(t.text.lower() in DEICTIC for t in inner) or
                                                          all(t.text.lower() in DEICTIC for t in outside)):
            continue  # "…, which is still performed today.", "The bill now goes to committee, which …": now
        if has_own_date(sentence, start, aside, timexes, language) and \
                has_own_date(sentence, start, (start, start + len(sentence)), outside, language):
            return aside
    return None


def opening_aside(sentence: str, start: int, timexes: list[Timex], language: str = "en") -> tuple[int, int] | None:
    """The absolute span of an opening participle clause up to its comma ("Born in Tullavane in 1946,
    she rode her first winner … in 1964") when it and the main clause each have a date of their
    own: two events, as with a relative aside."""
    inside_times = [(t.start - start, t.end - start) for t in timexes]
    comma = next((found for found in OPENING_COMMA.finditer(sentence, 0, OPENING_REACH)
                  if not any(begin <= found.start() < end for begin, end in inside_times)), None)  # "Aug. 2, 1938"
    if comma is None:
        return None
    opener = "".join(" " if char == "," else char for char in sentence[:comma.start()])  # (a date's own commas)
    if cue_patterns(language)["opening_participle"].match(opener) is None:
        return None
    aside = (start, start + comma.end())
    outside = [t for t in timexes if not aside[0] <= t.start < aside[1]]
    if has_own_date(sentence, start, aside, timexes, language) and \
            has_own_date(sentence, start, (start, start + len(sentence)), outside, language):
        return aside
    return None


def bracketed_relatives(sentence: str, start: int) -> list[tuple[int, int]]:
    """The absolute spans of relative clauses in brackets: they tell of the person or thing before
    them ("his successor (who takes over tomorrow) was also present"), and their times date neither
    the sentence's event nor one of their own (a bracket is an editor's note, not news)."""
    return [(start + found.start(), start + found.end()) for found in BRACKETED_RELATIVE.finditer(sentence)]


def time_told_of(sentence: str, start: int, timexes: list[Timex], language: str = "en") -> tuple[int, int] | None:
    """The absolute span of a relative clause that tells of the time right before it ("in the first
    quarter of fiscal 2026, which starts on October 1", "until 4 March, which is a Tuesday") or of
    the calendar ("The company, whose fiscal year ends in December, …")."""
    patterns = cue_patterns(language)
    for found in patterns["relative_aside"].finditer(sentence):
        if patterns["time_clause"].match(found.group()) and any(
                t.end <= start + found.start() and not sentence[t.end - start:found.start()].strip() for t in timexes):
            return start + found.start(), start + found.end() + 1
        if states_fiscal_year(found.group()[1:], language):
            return start + found.start(), start + found.end() + 1
    return None


def when_after_range_end(sentence: str, start: int, dating: Dating,
                         timexes: list[Timex]) -> tuple[Dating, int, int] | None:
    """A when-clause without a time of its own right after the "until" that ends the range dating its
    clause ("owned … from the 1790s until 1931, when it was sold"): what happened at that end, with
    its absolute span ("last played in 1991, when they lost" is the clause's own event)."""
    ending = next((t for t in timexes if t.end == dating.phrase_end and t.interval is not None), None)
    if ending is None or ending is dating.timex or ending.interval == dating.interval or \
            UNTIL_BEFORE.search(sentence, 0, ending.start - start) is None:
        return None  # (", when" after "from 5 to 26 January" tells of the whole span)
    found = WHEN_AFTER.match(sentence, ending.end - start)
    if found is None:
        return None
    closing = CLAUSE_END.search(sentence, found.end())
    stop = closing.start() if closing else len(sentence)
    if any(found.end() <= t.start - start < stop for t in timexes):
        return None  # a time of its own: the clause is cut there
    assert ending.interval is not None
    return Dating(ending, ending.interval, ending.text), start + found.end(), start + stop
