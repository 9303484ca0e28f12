"""Ranges and lists of days ("May 5-[6]", "April 24 and [25]", "Fri-[Sun]", "from June 1 to
[November 30]", "[April] and June 1955"): the ends a rule does not match, and the year or the day
a range's other end gives a month, a day or a season written without one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import table
from timeline.language.trie import alternation
from timeline.models import Timex
from timeline.tag.anchor import is_literal
from timeline.tag.clock import minute_of_day
from timeline.tag.holidays import holiday_date
from timeline.tag.named_dates import named_period
from timeline.tag.rules import Match

PRECISE = lazy(r"^(?:BC)?\d{4}-\d\d-\d\d")  # a value named to the day
# A month, day or season without a year, and what may stand between it and a date that has one.
YEARLESS = lazy(r"^(MONTH|MONTHDAY|SEASON) (\w+)(?: (\d+))? (\w+)$")
RANGE_CLOSERS = frozenset({"to", "through", "thru", "until", "till", "-", "–", "—"})  # "from May 1 [to] June 3"
RANGE_CLOSER_CHARS = 9  # the longest gap a closer takes (" through ")
RANGE_WORDS = frozenset({"to", "until", "till"})  # closers of a range opened by "from"
RANGE_FROM = lazy(r"\b(?:from|between)\s+$", re.IGNORECASE)
RANGE_FROM_CHARS = 12  # characters before a range that hold its "between "
YEARLESS_KINDS = ("MONTH", "SEASON")
RANGE_STARTS = ("MONTHDAY ", "WEEKDAY ")
DASHES = ("-", "–")
DATED_CLOCK = lazy(r"\d{4}-\d\d-\d\dT\d\d:\d\d")  # a clock on its day ("2026-12-03T14:00")
BARE_WEEKDAY = lazy(r"^WEEKDAY \d \w+$")  # a weekday alone, no part of the day ("Monday", not "Sunday afternoon")
NIGHT = lazy(r"\d{4}-\d\d-\d\dTNI")  # the night of a day ("1801-03-14TNI")
SMALL_HOURS_END = 6 * 60  # a clock before this minute of the day may run on from the night before
EVENING_FROM = 18  # a clock from this hour on is the evening's, that a night runs on from
BARE_CLOCK = lazy(r"CLOCK ([1-9]|1[01]) (\d\d) -(?= ON |$)")  # a clock with minutes, no am/pm ("2:30")
DOTTED_SMALL_HOUR = lazy(r"CLOCK ([1-5]) (\d\d) -(?= ON |$)")  # ("4.15"): read in the afternoon
DAY_HOURS = (7, EVENING_FROM)  # a clock from 7am to 6pm leads on to an afternoon; others do not
# A post's count in a thread ("2/ ", "3/8 ") and a forum or chat post's header ("**Reply from gullwing · ",
# "Posted by sam_k | ", "**Maya Chen** "), each before the clock the post was written at; the events'
# update stamps are built from the same two (events/refine.py).
THREAD_COUNT = r"\d{1,3}/(?:\d{1,3})?\s+"
POST_HEADER = (r"(?:(?:\*\*|__)?(?:posted|reply|replied|answered|commented|comment|message)\s+"
               r"(?:by|from)\s+[\w.@'’-]+(?:\s+[\w.@'’-]+)?\s*[·|•,–—-]\s*(?:at\s+)?"
               r"|(?:\*\*|__)[^*_\n\d]{1,40}(?:\*\*|__)[ \t]+)")
# Such a clock opening its line is the day of writing's, not the day the post before told of ("Jury
# went out yesterday afternoon", then "2/ [10:12am]: jury back").
THREAD_STAMP_BEFORE = lazy(r"[ \t]*" + THREAD_COUNT + r"(?:\*\*|__|\()?")
POST_HEADER_BEFORE = lazy(r"[ \t]*" + POST_HEADER, re.IGNORECASE)
FOLLOW_ON_GAP = lazy(r"[^.!?;\n]{0,40}")  # what may stand between two clocks of one run of times
OPENING_WEEKDAY = lazy(r"(?:(?:this|next|last|from|on)\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$", re.IGNORECASE)
DATE_THEN_WEEKDAY = frozenset({"(", "", ","})  # what may stand between a date and the weekday it falls on
WEEKDAY_AFTER_DATE_CHARS = 3  # " (" or ", ": a weekday further off is no gloss of the date
GAP_CHARS = 12  # the longest gap RANGE_GAP takes ("  through  ")
RANGE_GAP = lazy(r"\s*(?:,|and|or|to|through|until|till|[-–—/])\s*", re.IGNORECASE)
YEARLESS_HOLIDAY = lazy(r"^HOLIDAY \S+ \w+ ?$")  # a feast without its year ("HOLIDAY 12-25 tense")
IN_ITS_YEAR = lazy(r"(?:BC)?\d{4}")  # the year such a date lies in, written alone
IN_GAP = lazy(r"\s+in\s+")
LEADING_YEAR = lazy(r"^(?:\d{4}|BC\d{4})(?=-|$)")
MONTHDAY = lazy(r"^MONTHDAY (\d\d) \d+ (\w+)$")
RANGE_END = lazy(r"\s{0,3}[-–]\s{0,3}(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:1\d|20)\d\d))?"
                       r"(?![\w:.]*\d)(?!\s*(?:%|percent|[ap]\.?m\b|(?!(?:and|or|in|at|on|to|the|with|for|from|when|http"
                       r"|lol|pls|plz|btw|omg|yay|tho|haha)\b)[A-Za-z]{3}))")  # a word after the day that names no
# unit ("April 6-7 and …", a post's "Jun 3-7 lol") ends the range
# A day listed after another of the same month ("April 24 and [25]", "March 3, [5] and [7]"): only
# where a list would go on or end next, so that a count is not read as a day ("March 3, 5 people").
LIST_DAY = lazy(r"(?:\s{0,2},\s{0,3}|,?\s{1,3}(?:and|or|&)\s{1,3})(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
                r"(?:,?\s+(?P<y>(?:1\d|20)\d\d))?(?![\w:.]*\d)"
                r"(?=\s*(?:[,.;:!?()]|$)|\s+(?:and|or|&|in|at|to|when|with|for|from|but|as|respectively)\b|\s*[-–])",
                re.IGNORECASE)
# A day closing a range opened by "from" ("from Oct. 14 to [16]"): only where a clause or a
# phrase ends next, so that "from May 3 to 5 percent" keeps its count.
RANGE_TO = lazy(r"\s{1,3}(?:to|through|thru|till|until)\s{1,3}(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
                r"(?:,?\s+(?P<y>(?:1\d|20)\d\d))?(?![\w:.]*\d)"
                r"(?=\s*(?:[,.;:!?()]|$)|\s+(?:and|in|at|when|with|for|but|as)\b)", re.IGNORECASE)
FROM_BEFORE = lazy(r"\bfrom\s+$", re.IGNORECASE)  # "from" right before a range's first day
ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})  # a day's ordinal letters ("7th")
LIST_OPENERS = (*DASHES, ",", "a", "o", "&", "t", "u")  # what may open the rest of a range or a list of days


# What may stand between a day and the clock it gives ("tomorrow 10:30 AM", "Friday, at 7pm").
DAY_THEN_CLOCK = lazy(r",?\s*(?:at\s+)?", re.IGNORECASE)


# What may stand between a set of weekdays and the clock it gives ("Thursdays till 9pm").
WEEKDAYS_THEN_CLOCK = lazy(r",?\s*(?:at|from|till|til|until)?\s*", re.IGNORECASE)
WEEKLY = lazy(r"XXXX-WXX-[1-7]")  # a set of one weekday ("Tuesdays", "every Friday")
ANY_DAYS_CLOCK = lazy(r"XXXX-XX-XXT\d\d:\d\d")  # a clock on each of a set's days ("Tuesdays [4]-5pm")

# "at 8 p.m. on Feb. 28": the clock is that day's, also past a bracket or a place's time ("at 10 a.m.
# local time (0800 GMT) on Monday", "5:34 AM Baghdad time on March 20"), or with the zone and no "on"
# ("around 3:30 a.m. local time Thursday", "at 2 p.m. (1800 GMT) Friday"), or right before it as
# "11pm Saturday" is one expression ("at 23:00 Saturday")
CLOCK_ON_GAP = lazy(r",?\s+(?:sharp,?\s+)?(?:(?:(?:local|[A-Z][a-z]+)\s+time,?\s+)?(?:\([^()]{1,24}\)\s*)?on\s+"
                    r"|(?:(?:local|[A-Z][a-z]+)\s+time,?\s+(?:\([^()]{1,24}\)\s*)?|\([^()]{1,24}\)\s*))?")
# a day a clock can fall on: a weekday, a date, the day of a month ("10:40 on the 9th"), a feast ("9pm on NYE")
DAY_VALUE = lazy(r"^(?:WEEKDAY \d|MONTHDAY \d|DAYOFMONTH \d|HOLIDAY |REF day |NARR day |\d{4}-\d\d-\d\d$)")


def afternoon_dotted_clock(text: str, timexes: Sequence[Timex], match: Match, template: str) -> str:
    """A clock written with a dot, an hour from 1 to 5 and no am/pm ("we sat until [4.15]", "At
    [2.30] we were called") is in the afternoon, as waking hours are, unless the paragraph's last
    clock before it is in the evening, the night or the small hours ("paged at 3am, cleared by 3.40",
    "from 11pm until 1.30"): a day told in order does not go back from there to an afternoon."""
    found = DOTTED_SMALL_HOUR.match(template)
    if found is None or not re.fullmatch(r"[1-5]\.\d\d", text[match.start:match.end]):
        return template
    paragraph = text.rfind("\n\n", 0, match.start)
    last = next((t for t in reversed(timexes) if t.type == "TIME" and t.end > paragraph), None)
    if last is not None and (NIGHT.fullmatch(last.value) or (DATED_CLOCK.fullmatch(last.value) and not
                                                             DAY_HOURS[0] <= int(last.value[11:13]) < DAY_HOURS[1])):
        return template
    return f"CLOCK {found[1]} {found[2]} pm{template[found.end():]}"


def clock_on_day_before(text: str, timexes: Sequence[Timex], match: Match, template: str) -> str:
    """A clock written right after a day ("moved to tomorrow [10:30 AM]") is that day's: the day
    tells it, whatever the clause's tense says of a clock alone ("moved" would put it today); after
    a set of weekdays ("Tuesdays at [8pm]") it is on each of them, no day of the calendar."""
    template = clock_after_earlier_clock(text, timexes[-1], match, template)
    template = afternoon_dotted_clock(text, timexes, match, template)  # ("At [2.30] we were called")
    if not template.startswith("CLOCK ") or " ON " in template:
        return template
    line = text.rfind("\n", 0, match.start) + 1
    if THREAD_STAMP_BEFORE.fullmatch(text, line, match.start) or POST_HEADER_BEFORE.fullmatch(text, line, match.start):
        return f"{template} ON REF day 0"  # "2/ [10:12am]: jury back": a thread's post, written that day
    day = timexes[-1]
    if day.type == "SET" and WEEKLY.fullmatch(day.value) and WEEKDAYS_THEN_CLOCK.fullmatch(text, day.end, match.start):
        return _any_days_clock(template)
    if day.type == "TIME" and ANY_DAYS_CLOCK.fullmatch(day.value) and text[day.end:match.start].strip() in DASHES:
        return _any_days_clock(template)  # a range's end after its start on each of a set's days
    if day.type == "TIME" and DATED_CLOCK.fullmatch(day.value) and text[day.end:match.start].strip() in DASHES:
        start, end = int(day.value[11:13]) * 60 + int(day.value[14:16]), minute_of_day(template)
        if end is not None and end > start:  # "Thurs 2-[4pm]": the end on its start's day (one past
            return f"{template} ON {day.value[:10]}"  # midnight stays as the posts' annotators leave it)
    if day.type != "DATE" or len(day.value) != 10 or not PRECISE.match(day.value) or day.value.startswith("BC"):
        return clock_after_night(text, timexes, match, template)
    if DAY_THEN_CLOCK.fullmatch(text, day.end, match.start):
        return f"{template} ON {day.value}"
    return clock_after_night(text, timexes, match, template)


def clock_after_earlier_clock(text: str, before: Timex, match: Match, template: str) -> str:
    """A clock with no am/pm told after an afternoon clock, or after a range's start, that its
    morning reading would come before ("Fed decision 2pm, presser [2:30]", "water off 9:30-[2:30]
    tomorrow") is in the afternoon: the times of one run follow on (not "11pm … until 1:30")."""
    found = BARE_CLOCK.match(template)
    if found is None or before.type != "TIME" or not DATED_CLOCK.fullmatch(before.value):
        return template
    gap = text[before.end:match.start]
    earlier, minute = int(before.value[11:13]) * 60 + int(before.value[14:16]), int(found[1]) * 60 + int(found[2])
    if not FOLLOW_ON_GAP.fullmatch(gap) or not (earlier >= 12 * 60 or gap.strip() in DASHES):
        return template
    if not minute < earlier <= minute + 12 * 60:
        return template
    return f"CLOCK {found[1]} {found[2]} pm{template[found.end():]}"


def _near_writing(day: dt.date, anchor: str | None) -> bool:
    """True for a day within one of the creation date it was counted from ("last night", "tonight")."""
    return anchor is not None and abs((dt.date.fromisoformat(anchor[:10]) - day).days) <= 1


def clock_after_night(text: str, timexes: Sequence[Timex], match: Match, template: str) -> str:
    """A clock in the small hours told after a late-evening clock or a night of the same paragraph
    ("at 23:40 on 2 April … an action that lasted until [01:10]", "the night of 14 March … withdrew
    at [3 a.m.]") is the next day's: the night ran on past midnight. Not when another day is named
    between them, nor after a night counted from the day of writing ("last night … at 5am")."""
    minute = minute_of_day(template)
    if minute is None or minute >= SMALL_HOURS_END:
        return template
    paragraph, days = text.rfind("\n", 0, match.start), set()
    for timex in reversed(timexes):
        if timex.end <= paragraph:
            return template
        if timex.type == "DATE" and PRECISE.match(timex.value):
            days.add(timex.value[:10])
        elif timex.type == "TIME":
            late = (DATED_CLOCK.fullmatch(timex.value) and int(timex.value[11:13]) >= EVENING_FROM) \
                or (NIGHT.fullmatch(timex.value) is not None)
            if not late or days - {timex.value[:10]}:
                return template
            night = dt.date.fromisoformat(timex.value[:10])
            return template if _near_writing(night, timex.anchor) else f"{template} ON {night + dt.timedelta(days=1)}"
    return template


def day_after_clock(text: str, matches: list[Match], index: int, template: str) -> Match | None:
    """The day a clock time is told before ("at 8 p.m. on Feb. 28"; the two stay two expressions,
    as TimeML writes them), or None."""
    if not template.startswith("CLOCK ") or " ON " in template or index + 1 >= len(matches):
        return None
    there = matches[index + 1]
    if there.value.startswith("CLOCK ") and RANGE_GAP.fullmatch(text, matches[index].end, there.start):
        return day_of_range_end(template, there) or day_after_clock(text, matches, index + 1, there.value)
    gap = text[matches[index].end:there.start]  # "on", or nothing before "(by 14:05 UTC) the following day"
    joined = CLOCK_ON_GAP.fullmatch(gap) or (there.value.startswith("NARR day ") and gap.isspace())
    return there if joined and DAY_VALUE.match(there.value) else None


def day_of_range_end(start: str, end: Match) -> Match | None:
    """The day a clock range's end is told with ("from 9am to [9pm Saturday]", "2am-5am tomorrow"),
    as the day of its start too, or None; only when the start comes before the end on that day
    (the start of "from 10pm to 2am Saturday" is the night before)."""
    if " ON " not in end.value:
        return None
    clock, day = end.value.split(" ON ", 1)
    before, after = minute_of_day(start), minute_of_day(clock)
    if before is not None and after is not None and BARE_CLOCK.match(clock) and after < before <= after + 12 * 60:
        after += 12 * 60  # "9:30-[2:30 tomorrow]": the end in the afternoon (clock_after_earlier_clock)
    return replace(end, value=day) if before is not None and after is not None and before < after else None


def _any_days_clock(template: str) -> str:
    """`CLOCK h mm am|pm` as a clock on no day in particular ("XXXX-XX-XXT21:00"); a clock whose
    minute of the day is not yet known (a bare hour, a range's start) is left as it is."""
    minute = minute_of_day(template)
    return template if minute is None else f"XXXX-XX-XXT{minute // 60:02d}:{minute % 60:02d}"


def weekday_range_close(text: str, opening: Timex, match: Match, template: str) -> str:
    """A weekday that closes a range after a day ("Mon-[Fri]", "Friday – [Sunday]") is the first such
    day from the opening one, whatever the tense says of each alone; a weekday written just after a
    date ("May 5 ([Tues])", "May 5 - 6 ([Tues]-Wed)", "14 June, [Saturday]") names that date's days:
    the nearest such day to it."""
    clock, _, weekday = template.rpartition(" ON ")
    if clock.startswith("CLOCK ") and weekday.startswith("WEEKDAY "):  # "Tues-[Wed 9:00am]": the clock on that day
        day = weekday_range_close(text, opening, match, weekday)
        return template if day == weekday else f"{clock} ON {day}"
    gap = text[opening.end:match.start].strip()
    if clock.startswith("CLOCK ") and PRECISE.match(weekday) and len(weekday) == 10:
        return f"{clock} ON {_closing_day(text, opening, gap, dt.date.fromisoformat(weekday))}"
    if BARE_WEEKDAY.match(template) and DATED_CLOCK.match(opening.value) and CLOCK_ON_GAP.fullmatch(
            text, opening.end, match.start):  # "until 6pm on [Monday]": the day the clock was put on
        return opening.value[:10]
    if not template.startswith("WEEKDAY "):  # a clock alone or on a dated day ("9:34 p.m., March 19")
        return template
    if not PRECISE.match(opening.value) or opening.value.startswith("BC") or len(opening.value) != 10:
        return template
    opening_day, target = dt.date.fromisoformat(opening.value), int(template.split()[1])
    if gap in DASHES or _closes_weekday_range(text, opening, gap):
        ahead = (target - opening_day.isoweekday()) % 7
        return (opening_day + dt.timedelta(days=ahead or 7)).isoformat()
    glossed = match.start - opening.end <= WEEKDAY_AFTER_DATE_CHARS
    if gap in DATE_THEN_WEEKDAY and glossed and template.endswith(" tense"):
        return (opening_day + dt.timedelta(days=(target - opening_day.isoweekday() + 3) % 7 - 3)).isoformat()
    return template

def _closing_day(text: str, opening: Timex, gap: str, day: dt.date) -> str:
    """The day of a clock that closes a range opened on a weekday ("from 9am on Friday until [6pm]
    on Monday"): the first such weekday from the opening one, not the one the tense reads alone."""
    if not PRECISE.match(opening.value) or len(opening.value) != 10 or not _closes_weekday_range(text, opening, gap):
        return day.isoformat()
    opening_day = dt.date.fromisoformat(opening.value)
    return (opening_day + dt.timedelta(days=(day.isoweekday() - opening_day.isoweekday()) % 7 or 7)).isoformat()


def _closes_weekday_range(text: str, opening: Timex, gap: str) -> bool:
    """Whether words between two weekdays close a range ("from Friday [to] Sunday", "Friday [until]
    Sunday", "between Friday [and] Sunday"): "and" only after "between". Only a weekday opens such
    a range: after a date ("bought from Sept. 14 to [Thursday]") the weekday is the one of the writing."""
    word = gap.lower()
    if not OPENING_WEEKDAY.match(opening.text):
        return False
    if word == "and":
        return text[max(0, opening.start - RANGE_FROM_CHARS):opening.start].lower().rstrip().endswith("between")
    return word in RANGE_CLOSERS


def yearless_range_close(text: str, opening: Timex, match: Match, template: str) -> str:
    """A month or a day without a year that closes a range after a dated one ("from June 1 to
    [November 30]", "from October 2012 through [March]") is the first such one from the opening,
    whatever the tense says of it alone."""
    if match.start - opening.end > RANGE_CLOSER_CHARS:
        return template  # most expressions stand far from the one before
    gap = text[opening.end:match.start].strip().lower()
    opened = RANGE_FROM.search(text, max(0, opening.start - RANGE_FROM_CHARS), opening.start) is not None
    if gap not in RANGE_CLOSERS or (gap in RANGE_WORDS and not opened):
        return template  # "to" closes a range only after "from": not "a revision Friday to December's figures"
    opening_day, parts = named_period(opening.value), YEARLESS.match(template)
    if opening_day is None or parts is None or parts.group(4).isdigit() \
            or len(opening.value) != (10 if parts.group(3) else 7):  # a day closes a day's range, a month a month's
        return template
    month, day = int(parts.group(2)), int(parts.group(3) or 1)
    year = opening_day.year + ((month, day) < (opening_day.month, opening_day.day if parts.group(3) else 1))
    # the day in its year, not as a literal date: a range's end moves no history's story
    return f"{year:04d}-{month:02d}" if parts.group(3) is None else f"MONTHDAY {month:02d} {day} {year:04d}"

LIST_JOINERS = frozenset({",", "and", "&", "or", ", and", ", or"})  # "March 9 [and] 10", "9 [&] 10 March"


def listed_day_same_year(text: str, previous: Timex, match: Match, template: str) -> str:
    """A day without a year listed after a day of the same month ("March 9 and [10]", "9 and [10
    March]") is of that day's year: a list names days of one stretch, which its first day, next
    to the word that governs the list, places better than a later one alone."""
    parts = YEARLESS.match(template)
    if parts is None or parts.group(1) != "MONTHDAY" or parts.group(4).isdigit() or len(previous.value) != 10 \
            or not PRECISE.match(previous.value) or previous.value[5:7] != parts.group(2):
        return template
    gap = text[previous.end:match.start]
    if len(gap) > RANGE_CLOSER_CHARS or gap.strip().lower() not in LIST_JOINERS:
        return template
    return f"MONTHDAY {parts.group(2)} {parts.group(3)} {previous.value[:4]}"


# "last year [in] August", "in 2016, [in] May"; not across a blank line (a heading's "1811–1815", then "In June …")
IN_YEAR_GAP = lazy(r",?(?!\s*\n\s*\n)\s+in\s+", re.IGNORECASE)
YEAR_VALUE = lazy(r"^\d{4}$")


def in_year_named_before(text: str, previous: Timex, match: Match, template: str) -> str:
    """A month or a day without a year right after a year and "in" ("last year in [August]", "in
    2016, in [May]"): of that year, not of the one its tense points to."""
    if YEAR_VALUE.match(previous.value) and YEARLESS.match(template) \
            and IN_YEAR_GAP.fullmatch(text, previous.end, match.start):
        return with_year(template, previous.value)
    if YEAR_VALUE.match(previous.value) and HALF_TENSE.match(template) \
            and YEAR_TO_HALF_GAP.fullmatch(text, previous.end, match.start):
        return f"{previous.value}-H{template.split()[1]}"
    return feast_by_the_day_before(text, previous, match, template)


# A half without its year a few words after a year, with no clause between ("flat in 2026, weighted
# towards [the second half]"): that year's half, not the one the tense reads.
HALF_TENSE = lazy(r"^HALF [12] tense$")
YEAR_TO_HALF_GAP = lazy(r",?\s+(?:(?!and\b|but\b|while\b|whereas\b|before\b|after\b|then\b)[a-z]+\s+){0,3}",
                        re.IGNORECASE)


FEAST_REACH = 90  # characters from a dated day within which a feast of its sentence is read against it
SENTENCE_END = lazy(r"[.!?]\s+[\"'“‘(]*[A-Z]")
FEAST_NEAR_DAYS = 60  # "on January 4, 2003, after [Christmas]": the last year's feast, ten days before


def feast_by_the_day_before(text: str, previous: Timex, match: Match, template: str) -> str:
    """A feast without its year a few words after a full date in its sentence ("hit on December 26,
    2015, while families slept after [Christmas]", "on January 4, 2003, after [Christmas]") is
    the one of that day's year or, within weeks of it, of the year next to it — not the one the
    tense finds from the writer's ("at Lady Day 1402 and again at [Michaelmas]" is 1402's)."""
    if not YEARLESS_HOLIDAY.match(template) or template.split()[2] != "tense" or not PRECISE.match(previous.value) \
            or previous.value.startswith("BC") or match.start - previous.end > FEAST_REACH \
            or SENTENCE_END.search(text, previous.end, match.start + 1):
        return template
    day, spec = dt.date.fromisoformat(previous.value[:10]), template.split()[1]
    try:  # the day's own year's, unless the next or the last year's lies within weeks of the day
        near = [y for y in (day.year - 1, day.year + 1) if abs((holiday_date(spec, y) - day).days) <= FEAST_NEAR_DAYS]
    except (KeyError, IndexError, ValueError):
        return template  # a feast not listed for those years
    return with_year(template, str(near[0] if near else day.year))


def with_range_ends(text: str, matches: list[Match], language: str) -> list[Match]:
    """The matches, with the days that end a range or a list after a month and day ("May 5 -
    [6]", "March 5-[9, 1918]", "April 24 and [25]", "May 2 - [3], [9] - [10]") or a weekday
    ("Fri-[Sun]"), each its own expression as TimeML annotates it (found here, after the first day
    was matched, rather than by a rule tried at every number or weekday). The year that closes a
    range or a list of days belongs to its last day."""
    starts = [index for index, match in enumerate(matches) if match.value.startswith(RANGE_STARTS)
              and text[match.end:match.end + 5].lstrip()[:1] in LIST_OPENERS]  # a dash, comma or "and" next
    added: dict[int, list[Match]] = {}  # by the index of the match that opens the range or list
    dropped: set[int] = set()
    for index in starts:
        match = matches[index]
        following = matches[index + 1:index + 2]
        if match.value.startswith("WEEKDAY "):
            ends = _weekday_range_end(text, match, following, language)
        else:
            ends, year_dropped = _listed_days(text, match, following)
            if year_dropped:
                dropped.add(index + 1)  # the last day's year, matched on its own
        if ends:
            added[index] = ends
    if not added:
        return matches
    extended: list[Match] = []
    for index, match in enumerate(matches):
        if index not in dropped:
            extended.append(match)
        extended += added.get(index, [])
    return extended

def _listed_days(text: str, match: Match, following: list[Match]) -> tuple[list[Match], bool]:
    """The days of the same month that follow a month and day in a range or a list, as matches,
    and whether the last one took the year matched next ("May 5-9, 1918")."""
    monthday = MONTHDAY.match(match.value)
    if monthday is None:
        return [], False
    month, how = monthday.group(1), monthday.group(2)
    limit = following[0].start if following else len(text)
    days: list[Match] = []
    end = match.end
    while True:
        found = RANGE_END.match(text, end) or LIST_DAY.match(text, end) or _day_after_to(text, match, end, days)
        if found is None:
            return days, False
        year = found.group("y")
        if found.end() > limit and (not year or (following[0].start, following[0].end) != found.span("y")):
            return days, False  # it runs into the next match, which is not its year
        day = int(found.group("d"))
        value = f"{year}-{month}-{day:02d}" if year else f"MONTHDAY {month} {day} {how}"
        days.append(replace(match, start=found.start("d"), end=found.end(), value=value, mod=None, alternatives=()))
        if year:
            return days, found.end() > limit
        end = found.end()

def _day_after_to(text: str, match: Match, end: int, days: list[Match]) -> re.Match[str] | None:
    """The day that closes "from <month> <day> to <day>", right after the range's first day; without
    "from", one written as an ordinal ("June 3rd thru [7th]"), which counts nothing else."""
    found = None if days else RANGE_TO.match(text, end)
    if found is None or FROM_BEFORE.search(text, max(0, match.start - 8), match.start) is not None:
        return found
    return found if text[found.end("d"):found.end("d") + 2].lower() in ORDINAL_ENDS else None

def _weekday_range_end(text: str, match: Match, following: list[Match], language: str) -> list[Match]:
    """The weekday that ends a range opened by a weekday match ("Fri-[Sun]"), if no match has it."""
    weekdays = table(language, "weekday")
    end = _weekday_range_pattern(tuple(weekdays)).match(text, match.end)
    if end is None or (following and following[0].start < end.end()):
        return []
    number = weekdays[end.group("w").lower().rstrip(".")]
    how = match.value.split("|")[0].split()[2]
    return [replace(match, start=end.start("w"), end=end.end("w"), value=f"WEEKDAY {number} {how}", mod=None,
                    alternatives=())]

@lru_cache(maxsize=8)
def _weekday_range_pattern(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """A dash and a weekday name right after a weekday ("-Sun", " – sunday")."""
    names = alternation(weekdays)
    return compile_kept(rf"\s{{0,2}}[-–]\s{{0,2}}(?P<w>{names})(?![\w-])", re.IGNORECASE)

def years_ahead(text: str, matches: list[Match]) -> dict[int, str]:
    """The year of each month, day or season written without one right before a date that has
    one, joined as a range or a list ("[April] and June 1955", "[21 March] - 21 June 1952"):
    by the index of its match."""
    found: dict[int, str] = {}
    yearless = [index for index, match in enumerate(matches[:-1]) if match.value.startswith(YEARLESS_KINDS)
                or YEARLESS_HOLIDAY.match(match.value)]
    for index in reversed(yearless):
        here, there = matches[index], matches[index + 1]
        if _before_its_year(text, here, there):
            found[index] = there.value
            continue
        if there.start - here.end > GAP_CHARS or not YEARLESS.match(here.value) \
                or not RANGE_GAP.fullmatch(text, here.end, there.start):
            continue
        year = found.get(index + 1) or (LEADING_YEAR.match(there.value) if is_literal(there.value) else None)
        if year:
            found[index] = year if isinstance(year, str) else year.group()
    return found

def _before_its_year(text: str, here: Match, there: Match) -> bool:
    """True for a day, month or feast written without its year just before "in" and the year it
    lies in ("on 4 June in 1942", "on Christmas Day in 1914"), whatever the story's year."""
    year = IN_ITS_YEAR.fullmatch(there.value) if is_literal(there.value) else None
    return year is not None and IN_GAP.fullmatch(text, here.end, there.start) is not None \
        and (YEARLESS.match(here.value) is not None or not year.group().startswith("BC"))


def with_year(template: str, year: str) -> str:
    """A month, day, season or feast template written out in a year (`MONTH 04 tense` → `1955-04`)."""
    if YEARLESS_HOLIDAY.match(template):
        return f"{template.rstrip()} {year}"
    found = YEARLESS.match(template)
    if found is None:
        return template
    kind, first, second = found.group(1, 2, 3)
    if kind == "MONTHDAY":
        return f"{year}-{first}-{int(second):02d}"
    return f"{year}-{first}"
