"""Direction of expressions a future clause names though the tagger put them in the past.

"Regular services will start at 4 pm" lies on the day still to come that the story named before
("will be thrown open to commuters on the 14th"), or else later on the publication day: the
tagger anchors a bare clock time on the last date it read, which may be a day gone by ("had
inspected the stretch on Monday last"). The cue words are data (`future_cues` in
`rules/<lang>/text.yaml`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from functools import lru_cache

import regex as re

from timeline.language.compiled import compile_kept_regex, lazy_regex
from timeline.language.resources import future_cue_source, past_forms, word_list
from timeline.models import Event, Interval, Timex
from timeline.tag.intervals import written_interval
from timeline.tag.tense_words import names_past_outcome

NEXT = lazy_regex(r"\bnext\b", re.I)
DAY = lazy_regex(r"^\d{4}-\d{2}-\d{2}$")
BARE_CLOCK = lazy_regex(r"^(?:(?:at|around|about|approximately)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
                        r"(?:\s+(?:UTC|GMT|[A-Z]{1,3}[SD]?T))?$", re.I)


@lru_cache(maxsize=4)
def _future(language: str) -> re.Pattern[str]:
    return compile_kept_regex(future_cue_source(language), re.I)


def coming_clock(sentence: str, offset: int, timex: Timex, interval: Interval, published: dt.datetime,
                 language: str = "en") -> Interval:
    """A bare clock time in a future clause ("will be issued at 11 p.m.") that the tagger put
    before the publication is the next such time after it: later on the publication day, or the
    day after."""
    if interval.granularity != "time" or not BARE_CLOCK.match(timex.text.strip()) or \
            (published.hour, published.minute) == (0, 0):
        return interval
    clause = re.split(r"[,;:]\s", sentence[:offset])[-1]
    if interval.start >= published.isoformat(timespec="minutes") or not _future(language).search(clause):
        return interval
    clock = interval.start[11:16]
    day = published.date() if clock > published.strftime("%H:%M") else published.date() + dt.timedelta(days=1)
    moment = f"{day.isoformat()}T{clock}"
    return interval.model_copy(update={"start": moment, "end": moment})


def coming_days(timexes: list[Timex], published: dt.datetime) -> list[tuple[int, str]]:
    """(position, day) of the days after the publication that the article names, in order."""
    day = published.date().isoformat()
    return [(t.start, t.value) for t in timexes if t.type == "DATE" and DAY.match(t.value) and t.value > day]


PLUPERFECT = lazy_regex(r"\bhad\s+(?:already\s+|just\s+)?(?-i:[a-z]+(?:ed|en|wn|ne|lt|ght|ung))\b", re.I)


def on_coming_day(event: Event, days: list[tuple[int, str]], published: dt.datetime, language: str = "en") -> None:
    """A future clause's bare clock time that the tagger put before the publication (moved by
    `coming_clock`) or on its day lies on the last day still to come named before it, if any
    ("will open on Saturday … will cut the ribbon at 11am"). Moves the event."""
    now = published.isoformat(timespec="minutes")
    undated_day = (published.hour, published.minute) == (0, 0) and event.value[:10] == now[:10] and \
        _future(language).search(event.text.split(event.time_text)[0]) is not None
    if event.granularity != "time" or not (event.upcoming or undated_day) or event.start < now or \
            not BARE_CLOCK.match(event.time_text.strip()) or (event.value[:10] > now[:10] and not undated_day):
        return  # (a publication without its clock: "are expected at around 10.30pm" on the day named before)
    if NEXT.search(event.text.split(event.time_text)[0]):
        return  # "The next advisory will be issued at 11 p.m.": the next 11 p.m. from now
    if PLUPERFECT.search(event.text.split(event.time_text)[0]):
        return  # "Shares had fallen 23% by 8.15am": a time already past, whatever days the story names ahead
    named = [day for position, day in days if position < event.position]
    if named and named[-1] != event.start[:10]:
        event.start, event.end = named[-1] + event.start[10:], named[-1] + event.end[10:]


WEEKDAY_PHRASE = lazy_regex(r"^(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?,?\s+(?:on\s+)?)?"
                            r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+(?:morning|afternoon|evening|night))?"
                            r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)?$", re.I)
WEEK = dt.timedelta(days=7)
NEXT_NOUN = lazy_regex(r"\bnext\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:on\s+)?$", re.I)


def coming_weekday(sentence: str, offset: int, time_text: str, interval: Interval, published: dt.datetime,
                   language: str = "en") -> Interval:
    """A weekday in a future clause ("A funeral Mass will be celebrated at 10 a.m. Saturday") that
    the tagger put before the publication, reading it from a story's past ("Born Aug. 2, 1938"),
    is the first such weekday from the publication day on."""
    day = published.date()
    if not WEEKDAY_PHRASE.match(time_text.strip()) or interval.start[:10] >= day.isoformat():
        return interval
    clause = re.split(r"[,;:][\"”’']?\s", sentence[:offset])[-1]
    future = _future(language).search(clause)
    ahead = future or NEXT_NOUN.search(sentence[:offset]) \
        or fronted_future(sentence, offset, time_text, language)  # "The next draw, on Wednesday"
    if not ahead or _after_past_verb(clause, language) or fronted_past(sentence, offset, time_text, language) \
            or names_past_outcome(sentence, offset, offset + len(time_text), language) \
            or (future is not None and PAST_PERFECT_BEFORE_CUE.search(clause, 0, future.start()) is not None):
        return interval  # (nor "will challenge [Wednesday]'s ruling": what was decided is gone, as the tagger says;
        # nor a lapsed plan, "had been due to expire Friday": the tagger put it on the nearer side of the day)
    shift = dt.timedelta(days=7 * -(-(day - dt.date.fromisoformat(interval.start[:10])).days // 7))
    return interval.model_copy(update={name: (dt.date.fromisoformat(getattr(interval, name)[:10]) + shift).isoformat()
                                       + getattr(interval, name)[10:] for name in ("start", "end")})


# A plan told in the past perfect: "It had been due to expire Friday evening" (tag/lapsed_plans.py reads its weekday).
PAST_PERFECT_BEFORE_CUE = lazy_regex(r"\bhad\s+(?:(?:originally|initially|once|also)\s+)?(?:been\s+)?"
                                     r"(?:(?:still|also|originally|initially|once)\s+)?$", re.I)
LAST_WORDS = lazy_regex(r"(?:(\w+)\s+)?(\w+)\s+(?:(?:on|at|by)\s+)?$")
PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were"})


def _after_past_verb(clause: str, language: str) -> bool:
    """The weekday follows a past verb of its own ("after the market closed Wednesday", "said
    Friday"), not a passive after "be" ("will be celebrated at 10 a.m. Saturday")."""
    found = LAST_WORDS.search(re.sub(r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?\s*$", "", clause))
    if found is None:
        return False
    before, word = (found.group(1) or "").lower(), found.group(2).lower()
    past = word.endswith("ed") or word in past_forms(language) or word in word_list(language, "speech_verbs")
    return past and before not in PASSIVE_AUXILIARIES


HOURS_FROM = lazy_regex(r"\bfrom\s+(\d{1,2})(?:[:.](\d{2}))?\s*(?:to|until|till|-|–)\s*$", re.I)


def hours_from(sentence: str, offset: int, timex: Timex, interval: Interval) -> Interval:
    """A clock time whose range opens with a bare hour ("from 4 to 7 p.m. Friday") runs from that
    hour, read in the same half of the day."""
    found = HOURS_FROM.search(sentence[max(0, offset - 20):offset])
    if found is None or interval.granularity != "time" or interval.start != interval.end:
        return interval
    hour, minute = int(found.group(1)), found.group(2) or "00"
    end_hour = int(interval.end[11:13])
    if end_hour >= 12 and hour < 12:
        hour += 12  # "from 4 to 7 p.m.": both after noon
    if not 0 <= hour <= 23 or f"{hour:02d}:{minute}" >= interval.end[11:16]:
        return interval
    return interval.model_copy(update={"start": f"{interval.start[:10]}T{hour:02d}:{minute}"})


PAST_AUXILIARIES = frozenset({"was", "were", "had"})
PRESENT_OR_FUTURE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "am", "will", "would", "to"})


def past_weekday(sentence: str, offset: int, time_text: str, interval: Interval, published: dt.datetime,
                 language: str = "en") -> Interval:
    """A weekday right after a past verb of its clause ("The State of Emergency was declared at
    11.15pm on Wednesday and will be reviewed on Monday") that the tagger, reading the sentence's
    future, put after the publication is the last such weekday before it."""
    day = published.date()
    if not WEEKDAY_PHRASE.match(time_text.strip()) or interval.start[:10] <= day.isoformat():
        return interval
    if fronted_past(sentence, offset, time_text, language):
        return _weeks_back(interval, day)
    clause = re.split(r"[,;:][\"”’']?\s|\s(?:and|but)\s", sentence[:offset])[-1]
    found = LAST_WORDS.search(re.sub(r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?\s*$", "", clause))
    if found is None or _future(language).search(clause):
        return interval
    before, word = (found.group(1) or "").lower(), found.group(2).lower()
    # (a bare -ed word may be a participle: "a study published on Wednesday" is still to come)
    past = (word.endswith("ed") and before in PAST_AUXILIARIES) or word in word_list(language, "irregular_past")
    distinct = not set(re.findall(r"[a-z]+", clause.lower())).isdisjoint(word_list(language, "distinct_past"))
    if not distinct and (not past or before in PRESENT_OR_FUTURE_AUXILIARIES):
        return interval  # (after "flew", "took", "came" anywhere in its clause the weekday is past)
    return _weeks_back(interval, day)


def _weeks_back(interval: Interval, day: dt.date) -> Interval:
    """The interval moved back by whole weeks to the last such weekday before `day`."""
    shift = dt.timedelta(days=-7 * -(-(dt.date.fromisoformat(interval.start[:10]) - day).days // 7))
    return interval.model_copy(update={name: (dt.date.fromisoformat(getattr(interval, name)[:10]) + shift).isoformat()
                                       + getattr(interval, name)[10:] for name in ("start", "end")})


# A weekday that opens its clause: at the sentence's start, or after a comma, a semicolon or a
# joining word ("…, and on Monday the club lost its sponsor").
CLAUSE_OPENING = lazy_regex(r"(?:^\W*|[,;]\s*|\s(?:and|but|yet|while|whereas)\s+)(?:on\s+)?$", re.I)
CLAUSE_END = lazy_regex(r"[,;:.!?]|\s(?:and|but|when|while|because|after|before|as|that|which|who)\s", re.I)
WORD = lazy_regex(r"[A-Za-z][A-Za-z'’-]*")
FRONTED_REACH = 12  # words of the clause after the weekday in which its verb stands


def fronted_past(sentence: str, offset: int, time_text: str, language: str = "en") -> bool:
    """True for a weekday that opens its clause and is followed by that clause's own past verb
    ("The bank will ask for its money back, and on Monday the club lost its sponsor"): the clause
    tells of the past, whatever a perfect or a future elsewhere in the sentence says."""
    if not CLAUSE_OPENING.search(sentence[:offset]):
        return False
    rest = re.sub(r"^\s*,?", "", sentence[offset + len(time_text):])
    end = CLAUSE_END.search(rest)
    clause = rest[:end.start()] if end else rest
    if any(not _plan_in_past(clause, cue, language) for cue in _future(language).finditer(clause)):
        return False
    words = [word.lower() for word in WORD.findall(clause)[:FRONTED_REACH]]
    prepositions = {*word_list(language, "time_prepositions"), *word_list(language, "attributive_prepositions")}
    if not words or words[0] in prepositions:
        return False  # "…the polls tomorrow and Sunday in the most hotly contested vote": no clause of its own
    blockers = {*word_list(language, "not_after_infinitive_to"), *word_list(language, "adjective_intensifiers"),
                *PRESENT_OR_FUTURE_AUXILIARIES, "has", "have"}
    past = {*past_forms(language)}
    return any((word in past or (len(word) > 4 and word.endswith("ed"))) and previous not in blockers
               for previous, word in itertools.pairwise(words))


SENTENCE_PART_END = lazy_regex(r"[;:.!?]")
RELATIVE_ASIDE = lazy_regex(r",\s+(?:who|whom|whose|which|that)\b[^,]*,", re.I)


def fronted_future(sentence: str, offset: int, time_text: str, language: str = "en") -> bool:
    """True for a weekday that opens its clause and is followed, past an aside, by that clause's
    own future ("On Wednesday, the anniversary, a service will be held at the chapel"): still to
    come, whatever year a story told before."""
    if not CLAUSE_OPENING.search(sentence[:offset]):
        return False
    rest = sentence[offset + len(time_text):]
    end = SENTENCE_PART_END.search(rest)
    rest = RELATIVE_ASIDE.sub(",", rest[:end.start()] if end else rest)  # (", who the council wants to replace,")
    cue = _future(language).search(rest)
    if cue is None or _plan_in_past(rest, cue, language):
        return False
    past, words = past_forms(language), [word.lower() for word in WORD.findall(rest)]
    return len(WORD.findall(rest[:cue.start()])) <= FRONTED_REACH and not any(  # (not a passive: "will be laid")
        (word in past or (len(word) > 4 and word.endswith("ed"))) and previous not in PRESENT_OR_FUTURE_AUXILIARIES
        for previous, word in itertools.pairwise(["", *words]))


PAST_BEFORE_CUE = lazy_regex(r"\b(?:was|were|had(?:\s+been)?)\s+(?:(?:still|also|originally|initially|once)\s+)?$",
                             re.I)


def _plan_in_past(clause: str, cue: re.Match[str], language: str) -> bool:
    """The future cue is a plan told in the past: a past form itself ("the council planned to
    publish"), or after "was", "were", "had been" ("the ferry was due to sail"). After a weekday
    that opens the clause ("On Friday, the council planned to …") the clause tells of that past day."""
    before = clause[max(0, cue.start() - 30):cue.start()]
    if PAST_BEFORE_CUE.search(before):
        return True
    first = cue.group().split()[0].lower()
    previous = (WORD.findall(before) or [""])[-1].lower()
    # ("expected" stands as often for a participle: "the crowds expected to attend")
    return (first.endswith("ed") or first in past_forms(language)) and first != "expected" and \
        previous not in PRESENT_OR_FUTURE_AUXILIARIES and previous not in {"has", "have"}


MONTH_NAME = lazy_regex(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


@lru_cache(maxsize=4)
def _future_then(language: str) -> re.Pattern[str]:
    ahead = r"(?:\s+[\w'’-]+){0,8}?\s+(?:in|on|by|at|during|for|from)\s+$"
    return compile_kept_regex(future_cue_source(language) + ahead, re.I)


MONTH_OR_DAY = lazy_regex(r"^\d{4}-\d{2}(?:-\d{2})?$")
WRITTEN_YEAR = lazy_regex(r"\b\d{4}\b|['’]\d{2}\b")


def coming_date(sentence: str, offset: int, timex: Timex, interval: Interval, published: dt.datetime,
                language: str = "en") -> Interval:
    """A month or day named without its year in a future clause ("A new biography will be
    published in October", "Her funeral will be held on 16 May") that the tagger put in a year
    the story told of before ("Pike died in 1989") is the next one from the publication on."""
    if not MONTH_OR_DAY.match(timex.value) or WRITTEN_YEAR.search(timex.text) or not MONTH_NAME.search(timex.text) \
            or interval.end[:10] >= published.date().isoformat():
        return interval
    clause = re.split(r"[,;:][\"”’']?\s", sentence[:offset])[-1]
    if not _future_then(language).search(clause) or _after_past_verb(clause, language):
        return interval  # (the time must follow the future verb's own words: "will be published in")
    for year in (published.year, published.year + 1):
        moved = written_interval(f"{year:04d}{timex.value[4:]}")
        if moved is not None and moved.end[:10] >= published.date().isoformat():
            return moved.model_copy(update={"start": moved.start[:10] + interval.start[10:],
                                            "end": moved.end[:10] + interval.end[10:]}) \
                if interval.granularity == "time" else moved
    return interval


DEICTIC = lazy_regex(r"^(?:this|the\s+current)\s+(week|month|year)$|^(?:today|tonight)$", re.I)


def at_publication(timex: Timex, interval: Interval, published: dt.datetime) -> Interval:
    """"this month", "this year", "today" name the publication's month, year or day, whatever a
    story's past the tagger anchored them on ("First published in 1957 …, the novel is reissued
    this month")."""
    found = DEICTIC.match(timex.text.strip())
    day = published.date()
    if found is None or interval.start[:10] <= day.isoformat() <= interval.end[:10]:
        return interval
    unit = (found.group(1) or "day").lower()
    if unit == "year":
        return written_interval(f"{day.year:04d}") or interval
    if unit == "month":
        return written_interval(f"{day.year:04d}-{day.month:02d}") or interval
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return Interval(start=monday.isoformat(), end=(monday + dt.timedelta(days=6)).isoformat(), granularity="week")
    return Interval(start=day.isoformat(), end=day.isoformat(), granularity="day")


def overnight_at_publication(timex: Timex, interval: Interval, published: dt.datetime) -> Interval:
    """What happened "overnight" before the day of writing (the tagger's night before it, as
    TimeML values it) is dated to that day, on which the night ended ("41 people were arrested
    overnight" in the morning's report)."""
    if timex.rule != "overnight" or interval.start[:10] != (published.date() - dt.timedelta(days=1)).isoformat():
        return interval
    day = published.date().isoformat()
    return Interval(start=day, end=day, granularity="day")
