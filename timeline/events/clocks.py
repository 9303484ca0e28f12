"""A clock time read with the day written beside it: "Requiem Mass on Friday at 11am", "no later than
11.00am on 13 May 2025", "from 8am to 4pm on Saturday 25 January", "…on Saturday, with kick-off at
3pm". The tagger dates the clock and the day as two expressions; the event is at that time of that day."""

from __future__ import annotations

import re

from timeline.language.compiled import lazy
from timeline.models import Interval, Timex

DAY_VALUE = lazy(r"^\d{4}-\d{2}-\d{2}$")
DAY_OR_PART = lazy(r"^(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI))?$")
CLOCK_VALUE = lazy(r"T(\d{2}:\d{2})$")
BARE_CLOCK = lazy(r"^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|[012]\d[0-5]\d(?:\s*(?:hrs|hours))?|noon|midday)"
                  r"(?:\s+(?:UTC|GMT|[A-Z]{1,3}[SD]?T))?$", re.I)  # ("22 March 2025 at 1423 hrs")
# Between a day and its clock time: "Friday at 11am", "Friday 26 September, 6pm", ", with kick-off at 3pm".
DAY_CLOCK_GAP = lazy(r"^\s*(?:,\s*)?(?:with\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+|(?:starting|beginning)\s+)?"
                     r"(?:at|from|between)?\s*$"
                     # ("on Saturday, kick-off 3pm", "on Friday, doors 7pm": a label between a comma and its clock)
                     r"|^\s*,\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+$"
                     # ("travel to Penrock on Tuesday (19:45)": a fixture's kick-off in brackets)
                     r"|^\s*\($"
                     # ("The last train on Friday will leave at 10.40pm": the subject's day, the verb's clock)
                     r"|^\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:will|would|is\s+to|are\s+to|should|"
                     # ("on Boxing Day the first sailing will leave at")
                     r"must)\s+(?:be\s+)?[a-z]+\s+at\s+$"
                     # ("On Monday, the transport committee meets at 10am": a fronted day, then the verb's clock)
                     r"|^\s*,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:[a-z]{3,}(?:s|ed))"
                     r"\s+at\s+$", re.I)
# An entry's day at the head of its line, then its clock time: "Sat 6 Sep: Castlegate (A) 2.30pm",
# "Day 3 (Mon 5 May): Stavanger, 8am to 6pm", "Sunday: a brass band finale at 8pm".
ENTRY_OPENING = lazy(r"^\s*(?:[-•*·]\s*)?(?:\*\*|__)?(?:day\s+\d{1,2}\s*\(\s*)?$", re.I)  # ("**Thursday:** …")
CLOCK_APART = lazy(r":(?:\*\*|__)?\s|, (?:with|starting|beginning) ")  # ("**Thursday:** …", ", with …"): the day alone
# (an ordinal is a team's name, not a time: "Sat 13 Sep: 1st XV v Ashcombe (H), kick-off 3pm"; the dot
# of "vs." or "St." ends no sentence: "Sat., March 7 – vs. Sacramento Republic, Harbor Park, 7:30 p.m."; a
# diary's bold weekday with its dot heads its entry: "**Sunday.** We left the roadend at 8.15am"; a
# calendar's clock in brackets after a code: "Thursday 2 October: Brightwater Retail, Q3 trading update (07:00)")
ENTRY_GAP = lazy(r"^\)?\s*(?:[:–—-]|\.(?=\*\*|__))(?:[^.;!?\d\n]|\b(?:vs?|St|Mt|Ft)\.|\d{1,2}(?:st|nd|rd|th)\b"
                 r"|\b[A-Z]{1,2}\d{1,2}\b){0,80}?(?:(?:,|\))\s*(?:at\s+)?|\s+at\s+|\s\(?)$")
CLOCK_DAY_GAP = lazy(r"^\s*(?:local\s+time\s+)?(?:,\s*)?(?:on\s+)?(?:the\s+)?$", re.I)  # "11am local time on Thursday"
CLOCK_TO = lazy(r"^\s*(?:to|until|till|and|-|–)\s*$", re.I)


def clock_after_day(sentence: str, start: int, best: Timex, dated: list[Timex]) -> tuple[Interval, int] | None:
    """A day with a clock time, or a range of two, right after it ("Requiem Mass on Friday at
    11am", "on Friday 26 September, 6pm–9pm", "on Thursday evening from 5pm to 7pm"): that time
    of that day. Returns it and where (in the sentence) the phrase ends."""
    day = DAY_OR_PART.match(best.value)
    if day is None:
        return None
    following = [t for t in dated if t.start >= best.end]
    # (an entry's clock may come after a code or a month the tagger dated: "Q3 trading update (07:00)")
    index = next((i for i, t in enumerate(following) if is_clock(t)), None)
    if index is None:
        return None
    gap = sentence[best.end - start:following[index].start - start]
    if not (index == 0 and DAY_CLOCK_GAP.match(gap)) and not (ENTRY_OPENING.match(sentence[:best.start - start])
                                                              and ENTRY_GAP.match(gap)):
        return None
    following = following[index:]
    first = following[0]
    at = clock_of(first)
    end, until = first.end, at
    if len(following) > 1 and is_clock(following[1]) and \
            CLOCK_TO.match(sentence[first.end - start:following[1].start - start]) and clock_of(following[1]) > at:
        end, until = following[1].end, clock_of(following[1])
    moment = f"{day.group(1)}T{at}"
    return Interval(start=moment, end=f"{day.group(1)}T{until}", granularity="time"), end - start


def clock_before_day(sentence: str, start: int, best: Timex, dated: list[Timex]) -> tuple[Interval, int] | None:
    """A clock time, or a range of two, right before the day that dates a clause ("no later than
    11.00am on 13 May 2025", "from 8am to 4pm on Saturday 25 January"): that time of that day.
    Returns it and where (in the sentence) the clock starts."""
    if not DAY_VALUE.match(best.value):
        return None
    before = [t for t in dated if t.end <= best.start and is_clock(t)]
    if not before or not CLOCK_DAY_GAP.match(sentence[before[-1].end - start:best.start - start]):
        return None
    last = first = before[-1]
    if len(before) > 1 and CLOCK_TO.match(sentence[before[-2].end - start:last.start - start]) and \
            clock_of(before[-2]) < clock_of(last):
        first = before[-2]  # "from 8am to 4pm on Saturday 25 January": the hours of that day
    return Interval(start=f"{best.value}T{clock_of(first)}", end=f"{best.value}T{clock_of(last)}",
                    granularity="time"), first.start - start


def is_clock(timex: Timex) -> bool:
    """True for a clock time written bare ("11am", "1423 hrs", "noon"), not a day with its hour."""
    return timex.type == "TIME" and CLOCK_VALUE.search(timex.value) is not None and \
        BARE_CLOCK.match(timex.text.strip()) is not None


def clock_of(timex: Timex) -> str:
    """The HH:MM of a clock time's value."""
    found = CLOCK_VALUE.search(timex.value)
    assert found is not None
    return found.group(1)


def window_hours(best: Timex, dated: list[Timex], day: Timex) -> Interval | None:
    """The hours of a window of two clock times before its day ("from 8am to 4pm on Saturday 25
    January"), when the window lies within that day; one that runs past midnight ("a curfew from
    10pm to 5am on 4 August") is dated by the day alone."""
    following = [t for t in dated if t.start >= best.end]
    if not following or not DAY_VALUE.match(day.value) or not is_clock(best) or not is_clock(following[0]):
        return None
    first, last = clock_of(best), clock_of(following[0])
    if first >= last:
        return None
    return Interval(start=f"{day.value}T{first}", end=f"{day.value}T{last}", granularity="time")


def clock_of_day_before(sentence: str, start: int, cut: re.Match[str], left: tuple[int, int],
                        right: tuple[int, int], timexes: list[Timex]) -> bool:
    """True when a clause cut at ", with" holds only clock times and the clause before ends with a
    day: "…on Saturday, with kick-off at 3pm" is one event, at that time of that day."""
    if not cut.group().strip(" ,").lower().startswith("with"):
        return False
    after = [t for t in timexes if right[0] <= t.start < right[1] and t.type in {"DATE", "TIME"}]
    before = [t for t in timexes if left[0] <= t.start < left[1] and t.type in {"DATE", "TIME"}]
    return bool(after) and bool(before) and all(is_clock(t) for t in after) and \
        DAY_OR_PART.match(before[-1].value) is not None
