"""Times placed against the publication day once the governing expression is known.

A month or day without a year after a past verb is the last one before publication ("the talks
ended in March", written in February), one after a present of schedules the coming one ("the
deadline for claims is 31 March"); a clock time after a past verb that would lie after the
publication was the day before; and periods that contain the publication day are cut at it
("earlier this year" ends on publication; "will be finished by the end of the month" starts there).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.events.refine import BARE_CLOCK, DAY_OR_MONTH_VALUE, WEEKDAY_TEXT, YEAR_TEXT
from timeline.events.refine_cues import refine_patterns
from timeline.language.compiled import lazy
from timeline.language.resources import word_list
from timeline.models import Interval, Timex
from timeline.tag.intervals import written_interval

SOON_DAYS = 7
PASSIVE = lazy(r"\b(?:is|are)\s+(?-i:[a-z]{2,}ed)\b", re.I)


def past_year(sentence: str, offset: int, timex: Timex, interval: Interval, published: dt.datetime,
              language: str = "en") -> Interval:
    """A month or day named without a year right after a past verb ("the talks ended in March",
    written in February) is the last one before publication, not the coming one; so is a clock
    time (`past_clock`)."""
    if interval.granularity == "time":
        return past_clock(sentence, offset, timex, interval, published, language)
    if ORDINAL_DAY.match(timex.text) and interval.start[:10] == published.date().isoformat():
        return _day_a_month_before(sentence, offset, interval, language)
    soon = (published + dt.timedelta(days=SOON_DAYS)).date().isoformat()
    if YEAR_TEXT.search(timex.text) or WEEKDAY_TEXT.search(timex.text) or interval.start[:10] <= soon:
        return interval  # a weekday pins the year; a date days ahead is often the next edition's
    if not DAY_OR_MONTH_VALUE.match(timex.value):
        return interval
    patterns = refine_patterns(language)
    clause = re.split(r"[,;]\s", sentence[:offset])[-1]
    surely_past = patterns["since_before"].search(clause) or _opens_past_sentence(sentence, offset, timex, language)
    if not surely_past and (patterns["future"].search(clause) or not _after_past_verb(clause, language)):
        return interval
    return written_interval(f"{int(timex.value[:4]) - 1}{timex.value[4:]}") or interval


ORDINAL_DAY = lazy(r"^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$", re.I)


def _day_a_month_before(sentence: str, offset: int, interval: Interval, language: str) -> Interval:
    """A bare day of the month after a past verb that falls on the day of writing ("temperatures
    reached 29C on the 3rd", written on 3 July about June): a report says "today" of its own day,
    so the day is the month before's."""
    clause = re.sub(r"(?<=\d)[.°](?=\w)|°", "", re.split(r"[,;]\s", sentence[:offset])[-1])  # "29.4°C" is a word
    if refine_patterns(language)["future"].search(clause) or not _after_past_verb(clause, language):
        return interval
    day = dt.date.fromisoformat(interval.start[:10])
    before = (day.replace(day=1) - dt.timedelta(days=1))
    if day.day > before.day:
        return interval
    earlier = before.replace(day=day.day).isoformat()
    return Interval(start=earlier, end=earlier, granularity="day")


def coming_year(sentence: str, offset: int, timex: Timex, interval: Interval, published: dt.datetime,
                language: str = "en") -> Interval:
    """A month or day named without a year a few words after a present "is" or a present verb of
    schedules in a clause of its own ("…; the deadline for claims is 31 March", "his licence comes
    up for renewal on September 30th") is the coming one, though the tagger, reading the tense of
    the whole sentence or the date named before, put it in the past."""
    if YEAR_TEXT.search(timex.text) or WEEKDAY_TEXT.search(timex.text) or \
            not DAY_OR_MONTH_VALUE.match(timex.value) or \
            interval.end[:10] >= published.date().isoformat():
        return interval
    patterns = refine_patterns(language)
    clause = re.split(r";\s|,\s+(?:and|but)\s|\s+and\s", sentence[:offset])[-1]
    if not patterns["present_is"].search(clause) or patterns["past_main"].search(PASSIVE.sub(" ", clause)):
        return interval  # (a present passive is no past: "the album is released on 3 October")
    if _runs_from(clause, language):
        return interval  # "the consultation runs for six weeks from 3 November": begun, and still running
    # (one year on from where it lies now, which may be a year before the tagger's: see past_year)
    return written_interval(f"{int(interval.start[:4]) + 1}{timex.value[4:]}") or interval


def _runs_from(clause: str, language: str) -> bool:
    """The clause ends with a present verb of running and "from": the start of a span still under way."""
    return _run_from_pattern(language).search(clause) is not None


@lru_cache(maxsize=4)
def _run_from_pattern(language: str) -> re.Pattern[str]:
    verbs = "|".join(re.escape(verb) for verb in word_list(language, "run_verbs") if " " not in verb)
    return re.compile(rf"\b(?:{verbs})\b[^,;]{{0,40}}\bfrom\s+$", re.I)


def _opens_past_sentence(sentence: str, offset: int, timex: Timex, language: str) -> bool:
    """The date opens a sentence in the past tense: "In January, a bomb killed a guard"."""
    patterns = refine_patterns(language)
    rest = sentence[offset + len(timex.text):]
    return patterns["opening"].match(sentence[:offset]) is not None and rest.lstrip().startswith(",") and \
        patterns["past_main"].search(rest) is not None and patterns["future"].search(rest) is None


def _after_past_verb(clause: str, language: str) -> bool:
    """The clause ends with a past verb, a few words and a preposition ("ended in", "was called
    at"); not a verb of saying, whose clause reports what may still come ("said the march starts at")."""
    found = refine_patterns(language)["past_verb"].search(clause[-60:])
    return found is not None and found.group().split()[0].lower() not in word_list(language, "speech_verbs")


def past_clock(sentence: str, offset: int, timex: Timex, interval: Interval, published: dt.datetime,
               language: str = "en") -> Interval:
    """A clock time after a past verb that would lie later on the publication day than the
    publication itself ("the blast came at 10 p.m.", published at 9 a.m.; "reached the vessel shortly
    after midnight", the one that ends the day) was the day before."""
    clock = timex.text.strip()
    if interval.granularity != "time" or (published.hour, published.minute) == (0, 0) or not (
            BARE_CLOCK.match(clock) or clock.lower() == "midnight"):
        return interval
    day = published.date().isoformat()
    if interval.start[:10] != day or interval.start[11:16] <= published.strftime("%H:%M"):
        return interval
    patterns = refine_patterns(language)
    clause = re.split(r"[,;]\s", sentence[:offset])[-1]
    if patterns["future"].search(clause) or not _after_past_verb(clause, language):
        return interval
    earlier = (published.date() - dt.timedelta(days=1)).isoformat()
    moment = f"{earlier}T{interval.start[11:16]}"
    return Interval(start=moment, end=moment, granularity="time")


def around_publication(sentence: str, offset: int, timex: Timex, interval: Interval, published: dt.datetime,
                       language: str = "en") -> tuple[Interval, bool]:
    """A period that holds the publication day is cut at it: what happened "earlier this year" or
    "so far this month" ends on publication; what a future clause or a deadline puts "by the end
    of the week" ("is due by …", "must … by …") or "later this month" starts there and is still to
    come. Returns (interval, upcoming)."""
    day = published.date().isoformat()
    if interval.granularity in {"day", "time", "partofday"} or not interval.start[:10] <= day <= interval.end[:10]:
        return interval, False
    patterns = refine_patterns(language)
    if patterns["earlier"].search(timex.text) or patterns["earlier"].search(sentence[max(0, offset - 12):offset]):
        return interval.model_copy(update={"end": day}), False
    clause = re.split(r"[,;]\s", sentence[:offset])[-1]
    if patterns["opening"].match(sentence[:offset]):  # "By the end of the week, the committee will …"
        clause = re.split(r"[;.]\s", sentence[offset:])[0]
    if patterns["later"].search(timex.text) or (
            interval.granularity in {"week", "weekend", "month"} and (
                patterns["future"].search(clause) or patterns["deadline"].search(clause))):
        return interval.model_copy(update={"start": day}), True
    return interval, False  # "will finish by the end of the year" keeps its year, as readers take it


BEFORE_TIME = lazy(r"\bbefore\s+$", re.I)
# "would not reopen before mid-December", "are unlikely to move before January": as "not until", it happens then
NOT_BEFORE = lazy(r"(?:\bnot|n['’]t|\bunlikely|\bnever)\s+(?:[\w'’-]+\s+){0,5}?before\s+$"
                  r"|\bon\s+or\s+before\s+$", re.I)  # (and a deadline: "must be held on or before 21 October")


# "before Sunday's final": the day names the final, which the silence comes before, on that day
POSSESSIVE_AFTER = lazy(r"['’]s\s")


def until_before(sentence: str, offset: int, timex: Timex, interval: Interval, published: dt.datetime,
                 language: str = "en") -> tuple[Interval, bool]:
    """What a future clause puts "before" a time still to come may happen any day from publication
    to then ("A ruling is expected before Christmas", "hopes to make an appointment before the end
    of November"); not what a participle before the verb tells ("Every donation made before 31
    December will be doubled"), nor what comes before a day's own event ("A silence will be kept
    before Sunday's final" is on Sunday). Returns (interval, upcoming)."""
    day = published.date().isoformat()
    if interval.start[:10] <= day or not BEFORE_TIME.search(sentence, 0, offset) or \
            NOT_BEFORE.search(sentence, max(0, offset - 80), offset) or \
            POSSESSIVE_AFTER.match(sentence, offset + len(timex.text)):
        return interval, False
    clause = re.split(r"[,;]\s", sentence[:offset])[-1]
    if not refine_patterns(language)["future"].search(clause):
        return interval, False
    return Interval(start=day, end=interval.end[:10], granularity="day"), True

