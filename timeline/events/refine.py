"""Refinements of an event's time once its governing expression is known.

The tagger dates each expression alone; an event's time sometimes needs its neighbours or its
clause: a clock time joined to a date ("at 02:27 on 20 May 2009"), a month and the year after it
("that January day in 2011"), a season span ("the 1957-58 season"), a weekday a week on ("a week
on Tuesday"), "early/mid/late" parts of a period ("the late 1960s"), a chronology line in the
historical present ("Feb. 24 – Militias take Misrata": the latest such day on or before
publication). Durations that date a clause are in periods.py; times placed against the
publication day in publication.py.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.events.clocks import CLOCK_TO, DAY_VALUE
from timeline.events.cues import cue_patterns
from timeline.events.headline import LEADING_UPDATE
from timeline.events.long_weekends import named_stretch
from timeline.events.neighbours import SUBJECT_WEEKDAY, WEEKDAY_ONLY, days_of_month, weekday_pins
from timeline.events.refine_cues import refine_patterns as _patterns
from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import resource, word_list
from timeline.language.trie import alternation
from timeline.models import Interval, Timex
from timeline.tag.intervals import written_interval
from timeline.tag.ranges import POST_HEADER, THREAD_COUNT
from timeline.tag.tense import RELATIVE_ASIDE  # ("the general, who the minister wants to remove, ordered …")

CLOCK = lazy(r"T(\d{2}:\d{2})")
YEAR_TEXT = lazy(r"(?:\b|(?<=FY))\d{4}\b|'\d{2}\b")  # a year written out ("FY2023" too)
WEEKDAY_TEXT = lazy(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?", re.I)
# ("in the week of September 23", "week commencing 22 September", a minute's "w/c 22 September")
WEEK_OF = lazy(r"\b(?:the\s+(week|weekend)\s+(?:of|beginning|starting|commencing)"
               r"|(?<!the\s)week\s+(?:beginning|starting|commencing)|w/c|(?-i:WC))\s+$", re.I)
SEASON_SPAN = lazy(r"^\s?[-–/]\s?(\d{2})\b")
CHRONOLOGY_LINE = lazy(r"^\s*(?:[-•*·]\s*)?(?:\*\*|__)?$")  # ("**January** – Storm Ingrid …": bold)
ENTRY_HEAD = lazy(r"^\s*(?:[-•*·]\s*)?(?:\*\*|__)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                  r"(?:\s+\d{1,2})?(?:\*\*|__)?\s*[-–—:]\s", re.I)  # a year-less month heading opening a line
DAY_NUMBER_END = lazy(r"^\s*(?:to|until|till|through|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b"
                      r"(?![:.,]?\d|\s*(?:%|percent|per\b|[ap]\.?m\b|hours?\b|days?\b))", re.I)
MONTH_TEXT = lazy(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s", re.I)
DAY_BEFORE = lazy(r"(?<![\d.,:])\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.I)
DAY_OR_MONTH_VALUE = lazy(r"^\d{4}-\d{2}(?:-\d{2})?$")  # a day or a month, year written
PART_OF_DAY_VALUE = lazy(r"T(?:MO|AF|EV|NI|DT)$")
RANGE_WORD = lazy(r"\s+(?:until|till|to|through|and|-|–)\s+", re.I)
CHRONOLOGY_DASH = lazy(r"^(?:\*\*|__)?\s*(?:[-–—:]|\s-)\s")


# (in bold too, as a live page sets its stamps: "**11.42** …", with its zone: "**9:37 p.m. ET**";
# after a thread's count: "2/ 10:12am: …")
UPDATE_STAMP = lazy(r"^\s*(?:" + THREAD_COUNT + r")?(?:\*\*|__)?\(?(?:update[d:]?\s+)?\d{1,2}[:.]\d{2}\s*"
                    r"(?:[ap]\.?m\.?)?(?-i:\s+(?:[A-Z]{1,4}T|UTC))?\)?(?:\*\*|__)?\s*(?:[-–—:|]\s|\s|$)",
                    re.I)
# A chat export's stamp and sender opening a message: "[01/09/2025, 18:02] Priya: …", "01/09/2025, 18:02 - Priya: …"
# (and an IRC log's clock and nick: "[14:02] <kestrel> …", "[14:02] kestrel: …")
CHAT_STAMP = lazy(r"^\s*(?:\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]?\s*"
                  r"(?:[-–]\s*)?[^:\n\[\]]{1,40}:\s|\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(?:<[^<>\n]{1,30}>|[\w.@-]{1,30}:)\s)",
                  re.I)
# A forum's or a comment thread's post header with the clock it was posted at, on a line of its own:
# "**Reply from gullwing · 14:32**", "Posted by sam_k | 9:05 pm"
# "**Maya Chen** 09:14" (a chat export's author in bold and the clock)
POST_HEADER_STAMP = lazy(r"^\s*" + POST_HEADER + r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\*\*|__)?[ \t]*(?=\n|$)", re.I)
# A text message's sender and stamp in brackets: "Dad (Thu 10 Jul, 19:02): …", "Me (Sat 12 Jul, 22:35): …"
SMS_STAMP = lazy(r"^\s*[\w.'’ -]{1,30}\s\([^()\n]{0,20}\d{1,2}[:.]\d{2}[^()\n]{0,8}\):\s", re.I)
# A live page opened in the evening whose stamp reads in the small hours has run past midnight:
# "**11:58 p.m. ET** … **12:20 a.m. ET** …" on a page published at 18:30.
EVENING_OPENED, SMALL_HOURS_END = 18, "06:00"
SUBORDINATE = lazy(r"\s(?:after|before|when|while|because|since|as|which|who|that|until)\s"
                   r"|[,;]\s+(?:and|but)\s|;", re.I)
FRONTED_DAY_CLOCK = lazy(r"^([a-z]+day),\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?-i:[a-z]{3,}s)\s+at\s+\d", re.I)
# (a fixture's kick-off in brackets too: "travel to Penrock on Tuesday (19:45)")
WEEKDAY_FOLLOWER = lazy(r"\s*(?:[,.;:)!?]|$|(?:at|to|in|and|after|before|with|for|from|on|as|when|is|are)\b"
                        r"|\(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\))")
DETERMINER_ED = lazy(r"\b(?:a|an|the|its|their|his|her|our|(?:is|are)(?:\s+(?:still|now|already))?)"
                     r"\s+(?-i:[a-z]{2,}ed)\b", re.I)
NAMES_A_DATE = lazy(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
FOLLOWED_BY = lazy(r",\s+(?:[a-z]{2,}ed)\s+by\b")
UNTIL_BEFORE = lazy(r"\b(?:until|till|through)\s+"
                    r"(?:(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)\s+on\s+)?$", re.I)
BARE_CLOCK = lazy(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?-i:\s+(?:[A-Z]{1,4}T|UTC))?$", re.I)  # ("9:37 p.m. ET")


@lru_cache(maxsize=256)  # (asked for each expression of a clause as it is ranked: once a sentence)
def stamp_end(sentence: str) -> int:
    """Where an update's time stamp that opens the sentence ends ("(Update 9:30 a.m.) …", "(Update
    1:00 a.m. in Cairo, 6:00 p.m. ET) …": every clock of it; a chat message's stamp and sender), or 0."""
    found = UPDATE_STAMP.match(sentence) or CHAT_STAMP.match(sentence) or POST_HEADER_STAMP.match(sentence)
    note = LEADING_UPDATE.match(sentence)
    return max(found.end() if found else 0, note.end() if note else 0)


# a name after an acknowledgement ("thanks Mo"), not a day's ("ok Monday", "thanks, tomorrow then")
NOT_A_DAY = r"(?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|to))"


@lru_cache(maxsize=4)
def _acknowledgement(language: str) -> re.Pattern[str]:
    words = alternation(word_list(language, "acknowledgements"))
    return re.compile(rf"^(?:[\W_]*\b(?:{words})\b)+(?:,?\s+{NOT_A_DAY}(?-i:[A-Z][a-z]+)){{0,2}}[\W_]*$", re.I)


def acknowledges_only(sentence: str, language: str = "en") -> bool:
    """True when a stamped message says nothing but an acknowledgement after its stamp ("**Tom**
    09:40\nThanks!", "[03/09/2025, 08:15] Priya: Legend, thank you!!", "Me (Thu 10 Jul, 19:10): OK.",
    to someone by name: "no worries, thanks Mo.")."""
    stamp = stamp_end(sentence) or (found.end() if (found := SMS_STAMP.match(sentence)) else 0)
    return stamp > 0 and _acknowledgement(language).match(sentence[stamp:]) is not None


def stamps_update(sentence: str) -> bool:
    """A stamp's line joined to the update under it ("Updated 14:32 GMT", a blank line, then the
    update): a live page's stamp, not the page's own furniture; no day named above it dates it."""
    stamp = stamp_end(sentence.strip())
    return 0 < stamp < len(sentence.strip()) and "\n" in sentence.strip()[:stamp + 2]


def unstamped(sentence: str, offset: int) -> str:
    """The sentence with its update stamp blanked when the offset lies after it: the stamp ("Updated
    11:48 GMT", "**11.48**") is no part of the clause a time in it belongs to."""
    stamp = stamp_end(sentence)
    return " " * stamp + sentence[stamp:] if 0 < stamp <= offset else sentence


def by_own_stamp(sentence: str, position: int, timex: Timex) -> bool:
    """True when the time is the sentence's own update stamp ("Update 19:40 The board voted …"):
    when the update was written, past however late in the day the page was first published."""
    return timex.type == "TIME" and timex.start - position < stamp_end(sentence)


def stamp_of_its_day(sentence: str, position: int, best: Timex, dated: list[Timex]) -> Timex:
    """An update's own stamp when the clause's time is only the day the stamp falls on ("**08.30**
    The council says 41 schools are closed today"): the stamp tells the same day to the minute."""
    if best.type != "DATE" or best.interval is None or best.interval.granularity != "day":
        return best
    stamp = next((t for t in dated if by_own_stamp(sentence, position, t)), None)
    if stamp is None or stamp.interval is None or stamp.interval.start[:10] != best.interval.start[:10]:
        return best
    return stamp


def end_over_report(sentence: str, position: int, best: Timex, dated: list[Timex], language: str = "en") -> Timex:
    """The end a reported state runs to, over the day it was said ("Fares will be frozen until 31
    March 2027, the province said on Tuesday"): the report's own clause is dated by its end, as
    it would be were the report's day not written; so is an update's stamp ("**14:40** Income tax
    thresholds are frozen until April 2030")."""
    patterns = cue_patterns(language)
    offset = best.start - position
    if patterns["reporting"].search(sentence[max(0, offset - 26):offset]) is None and \
            not by_own_stamp(sentence, position, best):
        return best
    return next((t for t in dated if t is not best and t.type == "DATE" and
                 UNTIL_BEFORE.search(sentence, max(0, t.start - position - 30), t.start - position)), best)


def past_state_end(clause_before: str, language: str = "en") -> bool:
    """A clause that opens with a past verb of holding a post and its object and runs to "until"
    a time: the post's end, an event of its own ("[and] held the post until 2003", "led the band
    until 1998"; not "[and] held until Friday" nor "remanded in custody till August 7", details of an arrest)."""
    return cue_patterns(language)["past_state_end"].match(clause_before) is not None


def present_weekday(sentence: str, offset: int, time_text: str, interval: Interval, published: dt.datetime,
                    language: str = "en") -> Interval:
    """A weekday in a sentence in the present tense, with no past verb before it or after it in its
    clause, is the coming one: "Voters choose a mayor on Sunday after …", "Campaigning ends at
    midnight on Friday" (the tagger, without a tense, takes the last one, as news mostly reports
    the past). A weekday before a noun ("its Friday issue", "Sunday's debate") is left alone."""
    first, end = RANGE_WORD.split(time_text, maxsplit=1)[0], offset + len(time_text)  # "6pm on Friday until 9am …"
    fronted = FRONTED_DAY_CLOCK.match(first)  # "Monday, the committee meets at 10am": the day read with its clock
    first = fronted.group(1) if fronted else first
    if not WEEKDAY_ONLY.match(first) or interval.start[:10] >= published.date().isoformat():
        return interval
    if not WEEKDAY_FOLLOWER.match(sentence[end:]) and not SUBJECT_WEEKDAY.match(sentence[:offset] + sentence[end:]):
        return interval  # (but a weekday that opens its clause is its subject: "and Thursday looks dry")
    patterns = _patterns(language)
    sentence = RELATIVE_ASIDE.sub(  # (offsets kept; only after the weekday: one before may run on up to it)
        lambda aside: " " * len(aside.group()) if aside.start() >= end else aside.group(), sentence)
    subordinate = SUBORDINATE.search(sentence, end)
    if subordinate is not None and not re.search(r"\w", sentence[end:subordinate.start()]) and \
            len(sentence[:offset].split()) <= 3 and subordinate.group().strip()[:1].isalpha():
        subordinate = None  # "On Friday, when …, the department lifted": the main clause comes later
    around = sentence[:offset] + " " + sentence[end:subordinate.start() if subordinate else len(sentence)]
    around = FOLLOWED_BY.sub(" ", around)  # "Mass on Friday at 11am, followed by burial": no past verb
    around = DETERMINER_ED.sub(" ", around)  # "a signed performance", "are switched on": no past verb
    around = patterns["present_passive"].sub(" ", around)  # "is sold out", "is held"
    if patterns["any_past"].search(around) or patterns["future"].search(around):
        return interval
    week = dt.timedelta(days=7)
    start, last = (_later(moment, week) for moment in (interval.start, interval.end))
    return interval.model_copy(update={"start": start, "end": last})


def deferred_weekday(sentence: str, offset: int, time_text: str, interval: Interval, published: dt.datetime,
                     language: str = "en") -> Interval:
    """A weekday something was put off until is still to come: "postponed until Tuesday morning
    any action on …" (the tagger, seeing a past verb, takes the last Tuesday)."""
    if not WEEKDAY_ONLY.match(time_text) or interval.start[:10] > published.date().isoformat():
        return interval
    if not _patterns(language)["deferred"].search(sentence[max(0, offset - 60):offset]):
        return interval
    week = dt.timedelta(days=7)
    while interval.start[:10] <= published.date().isoformat():
        interval = interval.model_copy(update={"start": _later(interval.start, week),
                                               "end": _later(interval.end, week)})
    return interval


def _later(moment: str, delta: dt.timedelta) -> str:
    return (dt.date.fromisoformat(moment[:10]) + delta).isoformat() + moment[10:]


def update_clock(sentence: str, start: int, best: Timex, published: dt.datetime) -> Interval | None:
    """A bare clock time on a line that opens with an update's time stamp ("14:10 — Temperatures
    reached 41C at 13:00") is a time of the publication day: a live blog's updates are not dated
    from a date an earlier, unrelated update named."""
    clock = CLOCK.search(best.value) if best.type == "TIME" else None
    if clock is None or not UPDATE_STAMP.match(sentence) or not BARE_CLOCK.match(best.text.strip()):
        return None
    day = published.date()
    if published.hour >= EVENING_OPENED and clock.group(1) < SMALL_HOURS_END:
        day += dt.timedelta(days=1)
    return _moment(day.isoformat(), clock.group(1))


def clock_at_date(sentence: str, start: int, best: Timex, dated: list[Timex], language: str = "en") -> Interval | None:
    """A clock time right before or after a full date ("at 02:27 am on 20 May 2009", "May 20,
    2009, at 2:27") happened at that time of that date."""
    clock = CLOCK.search(best.value) if best.type == "TIME" else None
    patterns = _patterns(language)
    for other in dated:  # (a month with the day number the tagger left out: "at 7pm on 14 March last year")
        number = None if other is best or DAY_VALUE.match(other.value) else day_before_month(sentence, start, other)
        if other is best or not (number or DAY_VALUE.match(other.value)):
            continue
        if clock and other.start >= best.end:
            day = number[0].start if number else other.value
            gap, at = sentence[best.end - start:number[1] if number else other.start - start], clock.group(1)
            if patterns["clock_date_gap"].match(gap):
                return _moment(day, at)
        elif other.end <= best.start and clock:
            gap, day, at = sentence[other.end - start:best.start - start], other.value, clock.group(1)
            if patterns["date_clock_gap"].match(gap):
                return _moment(day, at)
    return None


def clock_window(sentence: str, start: int, best: Timex, dated: list[Timex], language: str = "en") -> Timex | None:
    """The date after a range of two clock times ("a curfew from 10pm to 5am on 4 August", "open
    from 9am to 5pm on Saturday"): hours of the day, which that day dates."""
    if best.type != "TIME" or not BARE_CLOCK.match(best.text.strip()):
        return None
    following = [t for t in dated if t.start >= best.end]
    if len(following) < 2 or following[0].type != "TIME" or not BARE_CLOCK.match(following[0].text.strip()):
        return None
    to, day = following[0], following[1]
    if not CLOCK_TO.match(sentence[best.end - start:to.start - start]) or not DAY_VALUE.match(day.value):
        return None
    return day if _patterns(language)["clock_date_gap"].match(sentence[to.end - start:day.start - start]) else None


def part_of_day_on(sentence: str, start: int, best: Timex, dated: list[Timex], language: str = "en") -> Timex | None:
    """The day after a part of the day the tagger dated alone ("overnight on Sunday", "in the
    evening of 4 May"): that day dates the clause."""
    if best.type != "TIME" or not PART_OF_DAY_VALUE.search(best.value) or WEEKDAY_TEXT.search(best.text):
        return None
    following = [t for t in dated if t.start >= best.end]
    if not following or not DAY_VALUE.match(following[0].value):
        return None
    gap = sentence[best.end - start:following[0].start - start]
    return following[0] if _patterns(language)["clock_date_gap"].match(gap) else None


def _moment(day: str, at: str) -> Interval:
    return Interval(start=f"{day}T{at}", end=f"{day}T{at}", granularity="time")


def month_in_year(sentence: str, start: int, best: Timex, dated: list[Timex],
                  language: str = "en") -> tuple[Interval, Timex] | None:
    """A month (or month and day) written without a year and followed by the year it is in:
    "that January day in 2011", "the March of 1998"."""
    if YEAR_TEXT.search(best.text) or best.interval is None or best.interval.granularity not in {"day", "month"}:
        return None
    following = [t for t in dated if t.start >= best.end and re.fullmatch(r"\d{4}", t.value)]
    if not following:
        return None
    year = following[0]
    if not _patterns(language)["year_gap"].match(sentence[best.end - start:year.start - start]):
        return None
    value = year.value + best.value[4:]
    interval = written_interval(value)
    return (interval, year) if interval is not None else None


def season_span(sentence: str, start: int, best: Timex) -> Interval | None:
    """A year followed by the last two digits of a later one: "the 1957-58 season", "the 1980-88 war",
    "the winter of 2018-19" (December 2018 to February 2019)."""
    if best.interval is None or not re.match(r"\d{4}", best.value) or not YEAR_TEXT.search(best.text):
        return None
    found = SEASON_SPAN.match(sentence[best.end - start:])
    if not found or best.interval.granularity not in {"year", "season"}:
        return None
    first = int(best.value[:4])
    if best.interval.granularity == "season":
        if not best.value.endswith("-WI") or int(found.group(1)) != (first + 1) % 100:
            return None
        return Interval(start=f"{first}-12-01", end=written_interval(f"{first + 1}-02").end,  # type: ignore[union-attr]
                        granularity="season", approximate=True)
    last = first // 100 * 100 + int(found.group(1))  # "1980-88": the war's years; "1999-00": the next
    last = first + 1 if first % 100 == 99 and found.group(1) == "00" else last
    return Interval(start=f"{first}-01-01", end=f"{last}-12-31", granularity="year") if last > first else None


def day_range_end(sentence: str, start: int, best: Timex, opener: re.Pattern[str]) -> tuple[Interval, int] | None:
    """A day and a bare day number after it in a range ("from January 6 to 9", "between 3 and 5
    May" is the tagger's): the days from the first to that one of the same month, and where the
    number ends."""
    offset = best.start - start
    if not DAY_VALUE.match(best.value) or not opener.search(sentence[max(0, offset - 10):offset]):
        return None
    found = DAY_NUMBER_END.match(sentence[best.end - start:])
    if found is None:
        return None
    first = dt.date.fromisoformat(best.value)
    span = days_of_month(first, int(found.group(1)))
    if span is None or span.start != first.isoformat():
        return None  # the number must come after the day: "from January 6 to 9"
    return span, best.end + found.end()


RANGE_AFTER = lazy(r"\s*(?:to|until|till|through|thru|-|–)\b", re.I)


def week_on(sentence: str, offset: int, best: Timex, language: str = "en",
            published: dt.datetime | None = None) -> tuple[Interval, int] | None:
    """A weekday "a week on" or "a fortnight on" ("a week from Saturday", as Americans write it), or
    "Wednesday week" (British, Australian): that weekday one or two weeks after the coming one.
    Returns it and the length of the phrase from the weekday on ("a week from Monday to Friday" is
    a span, no such day)."""
    if best.interval is None or best.interval.granularity != "day":
        return None
    found = _patterns(language)["week_on"].search(sentence[max(0, offset - 20):offset])
    after = _patterns(language)["weekday_week"].match(sentence[offset + len(best.text):])
    day = dt.date.fromisoformat(best.interval.start)
    if found and found.group("on").lower() == "from" and \
            RANGE_AFTER.match(sentence, offset + len(best.text)) is not None:
        return None
    if found:
        weeks, length = int(resource(language, "weeks_on")[" ".join(found.group("lead").lower().split())]), 0
    elif after and WEEKDAY_TEXT.fullmatch(best.text.strip()):
        weeks, length = int(resource(language, "weekday_weeks")[after.group("unit").lower()]), after.end()
        while published is not None and day <= published.date():
            day += dt.timedelta(days=7)  # "Wednesday week" counts from the coming Wednesday
    else:
        return None
    day += dt.timedelta(days=7 * weeks)
    return Interval(start=day.isoformat(), end=day.isoformat(), granularity="day"), len(best.text) + length


def period_part(best: Timex, interval: Interval) -> Interval:
    """The early, middle or late part of a decade or century: "the late 1960s" is 1967–1969, "the
    early 20th century" 1900–1929."""
    found = _patterns("en")["period_part"].search(best.text)
    if not found or best.mod not in {"START", "MID", "END"} or interval.granularity not in {"decade", "century"}:
        return interval  # "late September" keeps its month: a reader takes it as the month
    part = ("early", "mid", "late").index(found.group(1).lower())
    first, last = dt.date.fromisoformat(interval.start[:10]), dt.date.fromisoformat(interval.end[:10])
    span = last.year - first.year + 1
    years = [(0, span * 3 // 10 - 1), (span * 3 // 10, span * 7 // 10 - 1), (span * 7 // 10, span - 1)][part]
    low, high = first.replace(year=first.year + years[0]), last.replace(year=first.year + years[1])
    return interval.model_copy(update={"start": low.isoformat(), "end": high.isoformat()})


def is_chronology_entry(text: str, timex: Timex, language: str = "en") -> bool:
    """A line that opens with a year-less date and a dash ("Feb. 24 – Militias take control"), in
    the present tense: an entry of a chronology or a factbox."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.end)
    rest, before = text[timex.end:len(text) if line_end < 0 else line_end], text[line_start:timex.start]
    head = ENTRY_HEAD.match(before)  # (a later date of an entry's line: "**January** – … on 21 January")
    if head is not None and not YEAR_TEXT.search(before):
        rest = before[head.end():] + rest
    elif head is not None or CHRONOLOGY_LINE.match(before) is None or CHRONOLOGY_DASH.match(rest) is None:
        return False
    patterns = _patterns(language)
    return not YEAR_TEXT.search(timex.text) and not patterns["future"].search(rest) and \
        not patterns["entry_ahead"].search(rest)


def chronology_year(text: str, timex: Timex, interval: Interval, published: dt.datetime,
                    anchor: int | None = None, language: str = "en") -> Interval:
    """An entry of a chronology tells the past: its date lies in the year the story is about (the
    last year an expression before the chronology named, `anchor`: "Ten years ago this week, …"),
    else in the publication year, never after publication (then the year before); kept if its year stands."""
    if not DAY_OR_MONTH_VALUE.match(timex.value) or not NAMES_A_DATE.search(timex.text) or \
            not is_chronology_entry(text, timex, language):
        return interval  # (a weekday or "Tomorrow" names no year to choose: "Sunday: a finale at 8pm")
    year = anchor if anchor is not None and anchor <= published.year else published.year
    moved = written_interval(f"{year:04d}{timex.value[4:]}")
    if moved is not None and moved.start[:10] > published.date().isoformat():
        moved = written_interval(f"{year - 1:04d}{timex.value[4:]}")
    if moved is not None and weekday_pins(timex, moved):
        return interval  # "Sat 14 Sep: Flyers v Stars": the weekday the tagger matched pins the year
    return interval if moved is None or moved.start == interval.start[:10] else moved


def day_before_month(sentence: str, start: int, best: Timex) -> tuple[Interval, int] | None:
    """A day number the tagger left out before a month it dated ("on 9 January last year"): that
    day of the month. Returns it and where (in the sentence) the day number starts."""
    if not re.fullmatch(r"\d{4}-\d{2}", best.value) or not MONTH_TEXT.match(best.text):
        return None
    window = max(0, best.start - start - 8)
    found = DAY_BEFORE.search(sentence[window:best.start - start])
    if found is None:
        return None
    try:
        day = dt.date(int(best.value[:4]), int(best.value[5:7]), int(found.group(1)))
    except ValueError:
        return None
    return Interval(start=day.isoformat(), end=day.isoformat(), granularity="day"), window + found.start(1)


def week_of(sentence: str, start: int, best: Timex) -> Interval | None:
    """A day after "the week of" or "the weekend of" that the tagger left out: the week (or
    weekend) that holds it ("in the week of September 23")."""
    found = WEEK_OF.search(sentence[max(0, best.start - start - 20):best.start - start])
    if found is None or not DAY_VALUE.match(best.value):
        return None
    day = dt.date.fromisoformat(best.value)
    monday = day - dt.timedelta(days=day.weekday())
    weekend = (found.group(1) or "").lower() == "weekend"
    first = monday + dt.timedelta(days=5) if weekend else monday
    return Interval(start=first.isoformat(), end=(monday + dt.timedelta(days=6)).isoformat(),
                    granularity="weekend" if weekend else "week")


def weekend_of(sentence: str, start: int, best: Timex, dated: list[Timex]) -> tuple[Interval, Timex] | None:
    """"the weekend of May 11", "the week of March 3": the weekend or the week holding that day."""
    if best.interval is None or best.interval.granularity not in {"weekend", "week"}:
        return None
    following = [t for t in dated if t.start >= best.end and DAY_VALUE.match(t.value)]
    if not following or not re.fullmatch(r"\s+of\s+", sentence[best.end - start:following[0].start - start]):
        return None
    day = dt.date.fromisoformat(following[0].value)
    monday = day - dt.timedelta(days=day.weekday())
    first = monday + dt.timedelta(days=5) if best.interval.granularity == "weekend" else monday
    last = monday + dt.timedelta(days=6)
    return Interval(start=first.isoformat(), end=last.isoformat(), granularity=best.interval.granularity), \
        following[0]


HOLIDAY_RULES = frozenset({"holiday", "holiday_relative"})  # the tagger's rules that name a holiday


@lru_cache(maxsize=4)
def _season_noun(language: str) -> re.Pattern[str]:
    return compile_kept(rf"^\s+(?:{alternation(word_list(language, 'holiday_season_nouns'))})\b", re.IGNORECASE)


def holiday_season(sentence: str, offset: int, timex: Timex, interval: Interval, language: str = "en") -> Interval:
    """A holiday's name before a noun of a season ("the Christmas quarter", "the Easter holidays")
    names the weeks around the day rather than the day: the event is dated to its month. A long
    weekend runs on to its Monday, half a month is its half (events/long_weekends.py)."""
    interval = named_stretch(sentence, offset, timex, interval, language)
    if timex.rule not in HOLIDAY_RULES or interval.granularity != "day" or \
            _season_noun(language).match(sentence[offset + len(timex.text):]) is None:
        return interval
    return written_interval(interval.start[:7]) or interval
