"""Where a sentence is cut into clauses that each tell an event of their own: at coordinations
("…, and …", "; ", "…, having …", "… after the storm closed it on Friday") when each side has a
date that could govern it, so "between 2014 and 2016" and undated coordinations stay whole."""

from __future__ import annotations

import regex as re

from timeline.events import clocks, roles
from timeline.events.cues import cue_patterns
from timeline.events.govern import PERFECT_SINCE, has_own_date, inside_quotes
from timeline.events.refine_cues import refine_patterns
from timeline.models import Timex


def clauses(sentence: str, start: int, timexes: list[Timex], language: str = "en") -> list[tuple[int, int]]:
    """Absolute spans of the clauses of a sentence that have a date of their own.

    A sentence is cut at coordinations only where both sides carry a DATE or TIME that could
    govern them, so "between 2014 and 2016" and undated coordinations stay whole.
    """
    cuts = [m for m in cue_patterns(language)["clause_break"].finditer(sentence)
            if not inside_quotes(sentence, m.start())]
    spans: list[tuple[int, int]] = []
    begin, told = 0, _reporting_tail(sentence, language)
    for cut in cuts:
        left = (start + begin, start + cut.start())
        right = (start + cut.end(), start + max(told, cut.end()))  # (the report's own time cuts nothing)
        if (has_own_date(sentence, start, left, timexes, language) or _state_then_future(sentence, start, cut, left,
                                                                                      timexes, language)
                or _until_then_after(sentence, start, cut, left, timexes, language)) and \
                has_own_date(sentence, start, right, timexes, language) and \
                not clocks.clock_of_day_before(sentence, start, cut, left, right, timexes) and \
                not _when_at_a_clock(cut, right, timexes) and \
                not NAMED_BY_YEAR.match(sentence, right[0] - start, right[1] - start) and \
                not roles.report_then_when(sentence, start, cut, left, timexes, language):
            spans.append(left)
            begin = _next_clause_start(cut)
    spans.append((start + begin, start + len(sentence)))
    return spans


# What follows the cut is only a thing named by its year ("… the largest since the city began holding
# them after [the 1998 Tanimura earthquake]."): a phrase of the clause before, no clause of its own.
NAMED_BY_YEAR = re.compile(r"(?:the|a|an|its|their|his|her)\s+\d{4}(?:\s+[\w'’-]+){1,3}\s*[.!?]?\s*$", re.I)


# An absolute clause keeps its "with" ("The show runs until 4 January, with relaxed performances on
# 14 and 21 December"): without it the clause reads as a verb of the subject ("The show relaxed …").
KEPT_OPENER = re.compile(r"\bwith\s+$", re.I)


def _next_clause_start(cut: re.Match[str]) -> int:
    """Where the clause after a cut starts in the sentence: after the cue, or at a kept opener."""
    kept = KEPT_OPENER.search(cut.group())
    return cut.end() - len(kept.group()) if kept else cut.end()


def _reporting_tail(sentence: str, language: str) -> int:
    """Where a closing report of the sentence starts (", organisers announced on Monday."), else its end."""
    comma = sentence.rfind(", ")
    reported = comma > 0 and cue_patterns(language)["reporting_tail"].match(sentence[comma + 2:])
    return comma if reported else len(sentence)


def _state_then_future(sentence: str, start: int, cut: re.Match[str], left: tuple[int, int], timexes: list[Timex],
                       language: str) -> bool:
    """A state in the perfect since a date, then what will end it: "has been closed since 3 November
    and will reopen on 1 December" is two events ("has burst four times since 2020" stays whole)."""
    if "and" not in cut.group().lower() or cue_patterns(language)["future_opener"].match(sentence, cut.end()) is None:
        return False
    return any(left[0] <= t.start and t.end <= left[1] and t.interval is not None and
               PERFECT_SINCE.search(sentence, max(0, t.start - start - 60), t.start - start) for t in timexes)


def _when_at_a_clock(cut: re.Match[str], right: tuple[int, int], timexes: list[Timex]) -> bool:
    """A when-clause dated by clock times alone happens on the main clause's day: "ends at 3am on
    Sunday 6 April, when clocks go back one hour to 2am" is one event."""
    if "when" not in cut.group().lower():
        return False
    return all(t.type == "TIME" for t in timexes
               if right[0] <= t.start and t.end <= right[1] and t.type in {"DATE", "TIME"})


UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:at\s+least\s+)?$", re.I)


def _until_then_after(sentence: str, start: int, cut: re.Match[str], left: tuple[int, int], timexes: list[Timex],
                      language: str) -> bool:
    """A state the clause's future ends at a time, then what caused it: "will stay shut until Friday
    after a landslip buried the track on Sunday" is two events (the end, as "frozen until 2030" is)."""
    if "after" not in cut.group().lower():
        return False
    clause = sentence[left[0] - start:left[1] - start]
    return refine_patterns(language)["future"].search(clause) is not None and any(
        left[0] <= t.start and t.end <= left[1] and t.type in {"DATE", "TIME"} and t.interval is not None and
        UNTIL_BEFORE.search(sentence, max(0, t.start - start - 20), t.start - start) for t in timexes)
