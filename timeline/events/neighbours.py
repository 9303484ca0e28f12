"""Refinements read from the words right around an event's time expression.

The tagger dates each expression alone; these read it with the words beside it: the day numbers
listed before a date ("on 4 and 5 January"), an anniversary's period ("Fifty years ago this
week"), a weekday with "next" after it ("on Saturday next", Irish and Indian English), a weekday
after a present perfect ("has cancelled all sailings on Friday": what was cancelled is still to
come), the dates a habit covers ("run every Saturday in October", "Saturday services will
run every 30 minutes"), which date no event, and a day without a year soon after a day written
with one ("13 February 1974 … 14 February").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.events.clocks import BARE_CLOCK, CLOCK_TO, DAY_VALUE, is_clock
from timeline.events.outlook import fronted_past
from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import future_cue_source, word_list
from timeline.language.trie import alternation
from timeline.models import Event, Interval, Timex

DAY_FIRST = lazy(r"^\d{1,2}(?:st|nd|rd|th)?\s", re.I)
BARE_DAY = lazy(r"^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?$", re.I)  # a day number listed before its month's day
# "4 and ", "4, 5 and ", "4th & ": the days listed before the last one of a month.
LISTED_DAYS = lazy(r"(?<![\w.,:£$€])(\d{1,2})(?:st|nd|rd|th)?((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*)"
                   r"\s*(?:,\s*)?(?:and|&)\s+$", re.I)
# "from 9 to ", "between 9th and ": a range's first day before a date of the same month.
RANGE_DAYS = lazy(r"\b(?:from|between)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|till|through|and|-|–)\s*$", re.I)
YEARS_AGO = lazy(r"^(?:\w+|\d+)\s+years?\s+ago$", re.I)
THIS_PERIOD = lazy(r"^,?\s+(this\s+week|this\s+month|today)\b", re.I)
WEEKDAY = lazy(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?$", re.I)
WEEKDAYS_OPENING = lazy(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b", re.I)
JOINED = lazy(r"^\s*(?:,|,?\s*and|,?\s*or|&)\s*$", re.I)
# A clock time after a weekday: a bare number only after "at"/"from" ("Saturday 1" is a date's day).
_WEEKDAY_CLOCK = (r"(?:(?:at|from)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
                  r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)")
# A weekday, and a clock time or range after it ("Friday at 11am", "Friday from 5pm to 7pm").
WEEKDAY_AT = lazy(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
                  rf"(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+{_WEEKDAY_CLOCK}"
                  r"(?:\s*(?:to|until|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?)?$",
                  re.I)
NEXT_AFTER = lazy(r"^\s+next\b(?!\s+(?:week|month|year|to)\b)", re.I)
WEEK = dt.timedelta(days=7)
# A weekday alone, with a part of the day or a clock time ("late Friday night", "11am local time on
# Thursday"); and what may follow a weekday that is its clause's subject ("and Thursday looks
# dry", "Friday's stage ends"): the weekday's direction is the clause's (events/refine.py).
# (a 24-hour clock as well: "from 18:00 on Friday until 12:00 on Saturday")
WEEKDAY_ONLY = lazy(r"^(?:(?:midnight|noon|midday|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|[012]?\d[:.][0-5]\d)\s+"
                    r"(?:local\s+time\s+)?on\s+"
                    r"|(?:late|early)\s+)?"
                    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)"
                    r"(?:day)?\.?(?:\s+(?:morning|afternoon|evening|night))?"
                    rf"(?:,?\s+{_WEEKDAY_CLOCK}|\s+\({_WEEKDAY_CLOCK}\)?)?$", re.I)  # ("Tuesday (19:45)")
SUBJECT_WEEKDAY = lazy(r"^\W*(?:(?:and|but|while)\s+)?(?:\s(?-i:[a-z]+s)\b|['’]s\s)", re.I)
PAIR_WORD = lazy(r"\s+(?:and|or|to|until|till)\s+|\s*[-–]\s*", re.I)
HOURS_GAP = lazy(r"^[^;.!?a-z]{0,20}$|^[^;.!?]{0,20}(?:from|to|until)\s+$", re.I)
HOURS_GAP_CHARS = 40  # the longest gap HOURS_GAP can match
OPENING_WORD = lazy(r"\b(?:open|opens|closed|closes|available|staffed|served|runs?|operates?|sits?)\b[^.;]*$", re.I)
HOURS_AFTER = lazy(r"^\s*[,:]?\s*(?:from\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:to|until|-|–)", re.I)
_CLOCK_WORDS, _DAY_WORDS = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?", r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
# (or with no opening word, when the hours carry am or pm and then a zone or a comma: a contact
# line's "8am to 6pm AEST Monday to Friday", "Call 9am to 5pm, Monday to Friday")
HOURS_THEN_DAYS = lazy(rf"(?:\b(?:open|opens|staffed|available|operates?|runs?)\b[^.;]{{0,20}}?\bfrom\s+"
                       rf"{_CLOCK_WORDS}\s*"
                       rf"(?:to|until|till|-|–)\s*{_CLOCK_WORDS}|(?<![\w:.])\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?\s*"
                       rf"(?:to|until|till|-|–)\s*\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?(?:\s+(?-i:[A-Z]{{2,5}})|,))"
                       rf",?\s+{_DAY_WORDS}\s*(?:to|through|-|–)\s*{_DAY_WORDS}", re.I)
WEEKDAY_TO = lazy(r"^\s*(?:to|through|until|till|-|–)\s*$", re.I)
WEEKDAY_GAP = 24  # characters WEEKDAY_TO can span, spaces around the word included
RANGE_OPENER = lazy(r"\b(?:from|between)\s+$", re.I)
OPEN_FROM = lazy(r"\b(?:(?:is|are)\s+(?:open|served)|sits|sit)\s+from\s+$", re.I)


@lru_cache(maxsize=4)
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    """The cue patterns of these refinements, from the language's word lists."""
    participles = alternation([*word_list(language, "participles"), *word_list(language, "irregular_past")])
    return {
        # "has cancelled all sailings on", "have postponed the vote until" (not "has been …").
        "perfect": compile_kept(rf"\b(?:has|have)\s+(?!been\b)(?:\w+ly\s+)?(?:(?-i:[a-z]{{2,}}ed)|{participles})\b"
                                r"(?:\s+[\w'’-]+){0,5}?\s+(?:on|until|till|for)\s+$", re.I),
        "runs_until": compile_kept(rf"^,?\s+and\s+(?:{alternation(word_list(language, 'run_verbs'))})"
                                   r"(?:\s+(?:open|on))?\s+(?:until|till|to|through)\s+$", re.I),
        # "opens on 2 October [and ends at the Roundhouse in London on] 25 October": one span.
        "ends_on": compile_kept(rf"^,?\s+and\s+(?:{alternation(word_list(language, 'end_verbs'))})\b"
                                r"(?:\s+[^,;:.!?\d]{0,50}?)?\s+(?:on|in)\s+$", re.I),
        "verbless_until": compile_kept(r"^\s[^,;:.!?\d]{0,50}\s(?:until|till)\s+$", re.I),
        "gap_verb": compile_kept(rf"\b(?:{participles}|will|would|was|were|is|are|has|have|had|be|been|"
                                 r"(?-i:[a-z]{2,}ed)|and\s+(?-i:[a-z]{2,}s))\b", re.I),
        "habit": compile_kept(r"^\s+(?:in|during|of|throughout)\s+$", re.I),
        "season_habit": compile_kept(r"^(?:every|each)\b[^,;.]{0,30}?\s+(?:from|between)\s+"
                                     r"(?:[^,;.]{1,20}?\s+(?:to|until|till|and|-|–)\s+)?$", re.I),
        "future": compile_kept(future_cue_source(language), re.I),
        "attributive_weekday": compile_kept(
            rf"^\s+(?!(?:{alternation(word_list(language, 'attributive_breaks'))})\b)(?-i:[a-z]+s)\b"),
    }


def listed_days(sentence: str, start: int, best: Timex) -> tuple[Interval, int] | None:
    """A date with the day numbers listed before it ("on 4 and 5 January", "on 3, 4 and 5 May",
    "from 9 to 11 September"): the days from the first listed to the date's. Returns it and
    where the first number starts."""
    if not DAY_VALUE.match(best.value) or not DAY_FIRST.match(best.text):
        return None
    offset = best.start - start
    window = max(0, offset - 24)
    found = LISTED_DAYS.search(sentence[window:offset]) or RANGE_DAYS.search(sentence[window:offset])
    if found is None:
        return None
    span = days_of_month(dt.date.fromisoformat(best.value), int(found.group(1)))
    if span is None or span.end != best.value[:10]:
        return None  # the numbers listed come before the date's own day: "on 4 and 5 January"
    return span, window + found.start(1)


def last_listed_day(sentence: str, start: int, first: Timex, following: list[Timex],
                    pair: re.Pattern[str]) -> Timex | None:
    """The day that closes a list of day numbers of one month ("3, 4 and 5 October" from "3"), or
    None when the numbers are not joined as a list."""
    last: Timex | None = None
    for timex in following:
        if not pair.match(sentence[(last or first).end - start:timex.start - start]):
            break
        last = timex
        if not BARE_DAY.match(timex.text):
            break
    return last


def days_of_month(known: dt.date, other_day: int) -> Interval | None:
    """The days from one day of a month to another day number of the same month, in either
    order, or None when that number is no later or earlier day of it."""
    try:
        other = known.replace(day=other_day)
    except ValueError:
        return None
    if other == known:
        return None
    first, last = min(known, other), max(known, other)
    return Interval(start=first.isoformat(), end=last.isoformat(), granularity="day")


def years_ago_this(sentence: str, start: int, best: Timex, published: dt.datetime) -> tuple[Interval, int] | None:
    """"Fifty years ago this week" (or "this month", "today"): that period of the publication's
    calendar, so many years back. Returns it and where (in the sentence) the phrase ends."""
    if not YEARS_AGO.match(best.text.strip()) or not re.fullmatch(r"\d{4}", best.value):
        return None
    end = best.end - start
    found = THIS_PERIOD.match(sentence[end:])
    if found is None:
        return None
    years = published.year - int(best.value)
    day = published.date()
    try:
        then = day.replace(year=day.year - years)
    except ValueError:  # 29 February of a year that has none
        then = day.replace(year=day.year - years, day=28)
    unit = found.group(1).lower()
    if unit.endswith("week"):
        monday = then - dt.timedelta(days=then.weekday())
        interval = Interval(start=monday.isoformat(), end=(monday + dt.timedelta(days=6)).isoformat(),
                            granularity="week")
    elif unit.endswith("month"):
        following = (then.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        interval = Interval(start=then.replace(day=1).isoformat(),
                            end=(following - dt.timedelta(days=1)).isoformat(), granularity="month")
    else:
        interval = Interval(start=then.isoformat(), end=then.isoformat(), granularity="day")
    return interval, end + found.end()


def coming_weekday(sentence: str, offset: int, time_text: str, interval: Interval, published: dt.datetime,
                   language: str = "en") -> Interval:
    """A weekday that is still to come though the tagger took the last one: "on Saturday next",
    and a weekday after a present perfect ("has cancelled all sailings on Friday": a perfect
    tells of a past act without a past time, so the time is what the act concerns)."""
    first = PAIR_WORD.split(time_text.strip(), maxsplit=1)[0]  # "Friday and Saturday": both move
    if not WEEKDAY_AT.match(first) or interval.start[:10] > published.date().isoformat():
        return interval
    after = sentence[offset + len(time_text):]
    if not NEXT_AFTER.match(after) and (not _patterns(language)["perfect"].search(sentence[max(0, offset - 80):offset])
                                        or fronted_past(sentence, offset, time_text, language)):
        return interval  # ("has rejected the claims, but on Saturday a member resigned": that clause's own past)
    while interval.start[:10] <= published.date().isoformat():
        interval = interval.model_copy(update={"start": _later(interval.start), "end": _later(interval.end)})
    return interval


def _near(timex: Timex, other: Timex, gap: int) -> bool:
    """True when at most `gap` characters lie between the two expressions (checked before any
    pattern: a sentence of a thousand dates asks it a million times)."""
    return other.start - timex.end <= gap and timex.start - other.end <= gap


def _later(moment: str) -> str:
    return (dt.date.fromisoformat(moment[:10]) + WEEK).isoformat() + moment[10:]


def _weekly_hours(sentence: str, start: int, timex: Timex, timexes: list[Timex]) -> bool:
    """True for either end of a range of bare weekdays that no "from" or "between" opens ("is
    open Tuesday to Sunday", "Monday–Friday"): a week's opening hours, not days of the calendar."""
    if not WEEKDAY.match(timex.text.strip()):
        return False
    for other in timexes:
        if other is timex or not _near(timex, other, WEEKDAY_GAP) or not WEEKDAY.match(other.text.strip()):
            continue
        first, second = (timex, other) if other.start >= timex.end else (other, timex)
        if WEEKDAY_TO.match(sentence[first.end - start:second.start - start]) and \
                (not RANGE_OPENER.search(sentence[max(0, first.start - start - 10):first.start - start]) or
                 OPEN_FROM.search(sentence[max(0, first.start - start - 20):first.start - start])) and \
                (OPENING_WORD.search(sentence[max(0, first.start - start - 30):first.start - start]) or
                 HOURS_AFTER.match(sentence[second.end - start:])):
            return True  # "open Tuesday to Sunday", "Monday to Friday, 9am to 5pm"; not "Outlook for Monday to …"
    return False


def _hours_of_weekly(sentence: str, start: int, timex: Timex, timexes: list[Timex]) -> bool:
    """True for a clock time right after a week's opening days ("Tuesday to Sunday, 10am–5pm")."""
    if timex.type != "TIME" or not BARE_CLOCK.match(timex.text.strip()):
        return False
    for other in timexes:
        if other.end > timex.start or timex.start - other.end > HOURS_GAP_CHARS or \
                not HOURS_GAP.match(sentence[other.end - start:timex.start - start]):
            continue
        if _weekly_hours(sentence, start, other, timexes) or (
                CLOCK_TO.match(sentence[other.end - start:timex.start - start]) and
                _hours_of_weekly(sentence, start, other, timexes)):  # "10am–5pm": the range's end too
            return True
    return False


def runs_until(gap: str, language: str = "en") -> bool:
    """True for the words between an opening and its end: "opens on 20 September [and runs
    until] 8 March", "opens on 2 October [and ends in London on] 25 October", "closed on Monday
    27 May [for the bank holiday and half term until] Friday 31 May" (a few words without a verb
    or a clause break of their own) are one span."""
    patterns = _patterns(language)
    return patterns["runs_until"].match(gap) is not None or patterns["ends_on"].match(gap) is not None or (
        patterns["verbless_until"].match(gap) is not None and patterns["gap_verb"].search(gap) is None)


def in_habit(sentence: str, start: int, timex: Timex, timexes: list[Timex], language: str = "en") -> bool:
    """True for a date a habit covers: right after a repeating expression ("every Saturday in
    October"), a timetable's clock times ("at 06:40 on Mondays"), or a weekday before a plural
    noun in a clause that repeats ("Saturday services will run every 30 minutes")."""
    if _weekly_hours(sentence, start, timex, timexes) or _hours_of_weekly(sentence, start, timex, timexes):
        return True
    if any(found.start() <= timex.start - start < found.end() for found in HOURS_THEN_DAYS.finditer(sentence)):
        return True  # "is open from 8am to 8pm, Monday to Saturday": a week's hours
    before, after = sentence[:timex.start - start], sentence[timex.end - start:]
    if (NTH_BEFORE.search(before) or NTH_WEEKDAY.match(timex.text)) and (
            OF_EACH_MONTH.match(after) or (IN_A_MONTH.match(after) and PRESENT_CUSTOM.search(before))):
        return True  # "meets on the second Tuesday of each month", "is held on the last Saturday in August"
    if NTH_WEEKDAY_IN.search(before) and PRESENT_CUSTOM.search(before):
        return True  # the month of that custom: "… on the last Saturday in August"
    sets = [t for t in timexes if t.type == "SET"]
    if not sets:
        return False
    if WEEKDAY.match(timex.text.strip()) and any(s.start >= timex.end and WEEKDAYS_OPENING.match(s.text)
                                                 and JOINED.match(sentence[timex.end - start:s.start - start])
                                                 for s in sets):
        return True  # "leave on Monday and Tuesday nights from March 30": the weekday repeats with its partner
    if is_clock(timex) and any(is_clock(c) and SET_AFTER_CLOCK.match(sentence[c.end - start:s.start - start])
                                for s in sets for c in timexes if c.end <= s.start):
        return True  # a timetable: "leave at 06:40 on Mondays, Wednesdays and Fridays, returning at 11:15"
    patterns = _patterns(language)
    months = timex.interval is not None and timex.interval.granularity in {"month", "season"}
    if any(s.end <= timex.start and (patterns["habit"].match(sentence[s.end - start:timex.start - start]) or (
            months and patterns["season_habit"].match(sentence[s.start - start:timex.start - start]))) for s in sets):
        return True  # ("swims every morning from May to September": the months of a habit, not "£12 a year from")
    if months and MONTHS_RANGE_BEFORE.search(sentence, 0, timex.start - start) and any(
            s.start >= timex.end and PRESENT_REPEAT.fullmatch(sentence, timex.end - start, s.start - start)
            for s in sets):
        return True  # "From April to October a ferry crosses the reservoir every hour": the months of a habit
    clause = _clause_of(sentence, timex.start - start)
    if any(clause[0] <= s.start - start and s.end <= timex.start and REPEATING.match(s.text) for s in sets) and \
            (is_clock(timex) or (months and not timex.text.lower().startswith(("this", "last", "next", "the")))):
        return True  # "Every morning at 6.40 …", "open daily from 10am to 5pm between April and October"
    return WEEKDAY.match(timex.text.strip()) is not None and \
        patterns["attributive_weekday"].match(sentence[timex.end - start:]) is not None and \
        any(clause[0] <= s.start - start < clause[1] for s in sets)


def _clause_of(sentence: str, offset: int) -> tuple[int, int]:
    """The span of the part of the sentence between semicolons that holds the offset."""
    begin = sentence.rfind(";", 0, offset) + 1
    end = sentence.find(";", offset)
    return begin, end if end >= 0 else len(sentence)


REPEATING = lazy(r"^(?:every|each)\b|^(?:daily|nightly|hourly)$", re.I)  # a repeating set, not "twice a week"
# "from 1981 [until her retirement in] 1996", "between March 2016 [and his resignation in] July 2022": a
# range's end named through the event that ends it
RANGE_VIA_NOUN = lazy(r"^\s*(?:to|until|till|and)\s+(?:(?:his|her|their|its|the)\s+)?[a-z]+\s+(?:in|on)\s+$", re.I)
NTH_BEFORE = lazy(r"\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th)\s+$", re.I)
OF_EACH_MONTH = lazy(r"^\s+(?:of\s+)?(?:each|every|the)\s+month\b|^\s+of\s+(?:each|every)\b", re.I)
NTH_WEEKDAY = lazy(r"^(?:first|second|third|fourth|fifth|last)\s+(?:mon|tue|wed|thu|fri|sat|sun)", re.I)
NTH_WEEKDAY_IN = lazy(r"\b(?:first|second|third|fourth|fifth|last)\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+"
                      r"(?:in|of)\s+$", re.I)
IN_A_MONTH = lazy(r"^\s+(?:in|of)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s+\d)", re.I)
PRESENT_CUSTOM = lazy(r"\b(?:is|are)\s+(?:usually\s+|always\s+|normally\s+|traditionally\s+)?"
                      r"(?:held|celebrated|staged|run|marked|observed)\b[^.;]*$", re.I)
# Between a period and a repeating expression later in its clause: a present verb in -s, no past,
# perfect or future and no comma ("… to October a ferry crosses the reservoir every")
MONTHS_RANGE_BEFORE = lazy(r"\b(?:from|between)\s+(?:(?:[\w.'’-]+\s+){1,3}(?:to|and|until|till|through|-|–)\s+)?$",
                           re.I)  # "From [April] to [October]"
PRESENT_REPEAT = lazy(r"(?:(?!\b(?:will|would|was|were|had|has|have|did|shall|(?-i:[a-z]+ed))\b)[^,;.])*?"
                      r"\b(?-i:[a-z]{3,}s)\b(?:(?!\b(?:will|would|was|were|had|has|have|did|shall|(?-i:[a-z]+ed))\b)"
                      r"[^,;.])*", re.I)
SET_AFTER_CLOCK = lazy(r"^\s*,?\s*(?:on|every)?\s*$", re.I)
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WRITTEN_YEAR = lazy(r"\b\d{4}\b")
WEEKDAY_WORD = lazy(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)
NARRATIVE_DAYS = 31
FINE_GRAINS = frozenset({"day", "partofday", "time"})


def in_year_of_reference(event: Event, reference: Event | None, published: dt.datetime, language: str = "en") -> None:
    """A day named without a year soon after a day written with its year in another year ("The
    alarm was raised on 13 February 1974. … into the afternoon of 14 February") lies in that
    year when it falls within a month after it: the story has moved there, not to the
    publication's year; so does a season ("On the 19th, councillors voted … Work was to begin in
    the spring"). A future clause's day still to come stays ahead. Moves the event in place."""
    if reference is None or event.granularity not in {*FINE_GRAINS, "month", "season"} or \
            reference.granularity not in FINE_GRAINS:
        return
    storied = WRITTEN_YEAR.search(reference.time_text) or reference.start[:4] < str(published.year - 1)
    if WRITTEN_YEAR.search(event.time_text) or WEEKDAY_WORD.search(event.time_text) or not storied or \
            reference.start[:4] == event.start[:4]:
        return
    year = reference.start[:4]
    try:
        moved = dt.date.fromisoformat(year + event.start[4:10])
        end = dt.date.fromisoformat(year + event.end[4:10])
    except ValueError:
        return
    if not 0 <= (moved - dt.date.fromisoformat(reference.start[:10])).days <= NARRATIVE_DAYS or end < moved:
        return
    if event.upcoming and moved <= published.date() and _patterns(language)["future"].search(event.text):
        return  # "… on 3 February 2024. Owners will be contacted from 3 March": this March, ahead
    event.start, event.end = year + event.start[4:], year + event.end[4:]
    event.upcoming = event.upcoming and moved > published.date()


NAMED_DATE = lazy(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                  r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I)
MONTH_WORD = lazy(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}\b", re.I)
FOUR_DIGITS = lazy(r"\b\d{4}\b")
STORY_WEEK = 6  # days after a dated day that a bare weekday of the story told next may reach


def on_day_told_before(event: Event, reference: Event | None, published: dt.datetime) -> None:
    """A bare weekday right after a recent day written out with its year ("At 11.42pm on 29 December
    2025, a lorry caught fire. … fought the blaze on Monday night and declared it out on Tuesday")
    is that day when it names the day's own weekday, or the next day's: the story goes on from it,
    not from the week of publication, when that week lies past the story's. (A day written without
    its year, "lifted the order March 4. … said in a statement Wednesday", leaves the weekday to the
    week of publication, as news writes it.) Moves the event in place."""
    if reference is None or event.upcoming or reference.upcoming or event.granularity not in FINE_GRAINS or \
            reference.granularity not in FINE_GRAINS or not NAMED_DATE.search(reference.time_text) or \
            not FOUR_DIGITS.search(reference.time_text) or \
            MONTH_WORD.search(event.time_text) or (named := WEEKDAY_WORD.search(event.time_text)) is None:
        return
    told, day = dt.date.fromisoformat(reference.start[:10]), dt.date.fromisoformat(event.start[:10])
    if day.weekday() != WEEKDAY_NAMES.index(named.group().lower()[:3]) or (day - told).days <= STORY_WEEK or \
            (published.date() - told).days > 5 * WEEK.days:
        return
    moved = told + dt.timedelta(days=(day.weekday() - told.weekday()) % 7)
    if (moved - told).days > 1:
        return  # (only the day itself or the next: "… on 3 March. On Friday the firm appealed" is this week's)
    shift = (day - moved).days
    event.start = (day - dt.timedelta(days=shift)).isoformat() + event.start[10:]
    event.end = (dt.date.fromisoformat(event.end[:10]) - dt.timedelta(days=shift)).isoformat() + event.end[10:]


def weekday_pins(timex: Timex, moved: Interval) -> bool:
    """True when the expression names the weekday of its value's day and not that of the moved one."""
    named = WEEKDAY_WORD.search(timex.text)
    if named is None or not DAY_VALUE.match(timex.value):
        return False
    day = WEEKDAY_NAMES.index(named.group().lower()[:3])  # by number: a locale's names are not the rules'
    return dt.date.fromisoformat(timex.value).weekday() == day and \
        dt.date.fromisoformat(moved.start[:10]).weekday() != day


NOON, EVENING = "12", "18"  # hours, as written in ISO moments


def after_the_night_before(event: Event, reference: Event | None, published: dt.datetime) -> None:
    """A bare clock time that the tagger put on the day of the event before it, but earlier than
    that event's own clock time, is the next day's: the story has gone on through the night
    ("Polls closed at 10pm on Thursday. … The result was declared at 4.12am"), when that day is
    not after publication. Moves the event in place."""
    if reference is None or event.granularity != "time" or reference.granularity != "time" or \
            not BARE_CLOCK.match(event.time_text.strip()) or event.start[:10] != reference.start[:10] or \
            event.start >= reference.start or not event.start[11:13] < NOON <= EVENING <= reference.start[11:13]:
        return  # (only from the evening into the small hours: "…began shortly after … at 13:02" looks back)
    following = dt.date.fromisoformat(event.start[:10]) + dt.timedelta(days=1)
    if following > published.date():
        return
    event.start = following.isoformat() + event.start[10:]
    event.end = (dt.date.fromisoformat(event.end[:10]) + dt.timedelta(days=1)).isoformat() + event.end[10:]


def weekday_range_end(sentence: str, start: int, first: Timex, last: Timex) -> Timex:
    """The end of a range of two bare weekdays ("Monday to Wednesday") as the first such day on
    or after its start: the tagger dates each weekday alone and may put them in different weeks.
    A pair ("Friday and Thursday") is left alone."""
    if not WEEKDAY_TO.match(sentence[first.end - start:last.start - start]):
        return last
    if first.interval is None or last.interval is None or not WEEKDAY.match(first.text.strip()) or \
            not WEEKDAY.match(last.text.strip()) or not DAY_VALUE.match(last.value) or \
            not DAY_VALUE.match(first.value):
        return last
    begin, end = dt.date.fromisoformat(first.value), dt.date.fromisoformat(last.value)
    moved = begin + dt.timedelta(days=(end.weekday() - begin.weekday()) % 7)
    if moved == end:
        return last
    day = moved.isoformat()
    interval = last.interval.model_copy(update={"start": day, "end": day})
    return last.model_copy(update={"value": day, "interval": interval})


def range_end_after_start(end: Interval, text: str, opening: Interval) -> Interval:
    """A range's closing weekday lies after its opening: "from 16:00 today until 05:00 on Friday,
    the utility said" runs to the coming Friday, though the tagger read the Friday from "said"."""
    if end.end >= opening.start or not WEEKDAY_WORD.search(text):  # (the text from the range's end on)
        return end
    weeks = -(-(dt.date.fromisoformat(opening.start[:10]) - dt.date.fromisoformat(end.end[:10])).days // 7)
    shift = dt.timedelta(days=7 * max(1, weeks))
    moved = {name: (dt.date.fromisoformat(getattr(end, name)[:10]) + shift).isoformat() + getattr(end, name)[10:]
             for name in ("start", "end")}
    return end.model_copy(update=moved) if moved["end"] >= opening.start else end


def years_apart(first: Timex, second: Timex, gap: str, after: str) -> bool:
    """True for two years joined by "and" that do not follow each other where a clause goes on
    after the second: two clauses ("was first run in 1998 and last year drew 6,400 runners"),
    never one span from the first to the second ("won in 2019 and 2021." stays one)."""
    if first.interval is None or second.interval is None or first.interval.granularity != "year":
        return False
    return gap.strip().lower() == "and" and int(second.interval.start[:4]) - int(first.interval.end[:4]) > 1 \
        and CLAUSE_GOES_ON.match(after) is not None


CLAUSE_GOES_ON = lazy(r"^\s+(?!(?:respectively|and|or|as|in|at|on|for|to|with|when)\b)(?-i:[a-z]{3,})\b", re.I)


LIST_GAP = lazy(r"^\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)$", re.I)


def last_listed_year(sentence: str, start: int, following: list[Timex]) -> Timex:
    """The last year of a list of years ("won medals in 1957, 1958 and 1959" runs to 1959), from the
    second on; any other kind of expression ends with the second."""
    last = following[0]
    for after in following[1:]:
        if last.interval is None or last.interval.granularity != "year" or after.interval is None or \
                after.interval.granularity != "year" or \
                not LIST_GAP.match(sentence[last.end - start:after.start - start]):
            break
        last = after
    return last
