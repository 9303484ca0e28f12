"""Frames an article sets for what follows: a log's week, an almanac's day, the day of a thing named.

A police log "for May 9 to May 15" dates its entries by weekday stamps ("Thursday, 2:14 p.m.: …")
inside that week, not around the publication day; a festival "from Friday 11 July to Sunday 13
July" its line-up ("Saturday: Mara Quinn …"). An almanac column ("Today in history … On this
date: In 1936, fire destroyed …") dates each year it lists on the column's own day. The heading
words are data (`almanac_headings` in `rules/<lang>/text.yaml`). "The auction starts at 11am" lies
on the day the article gave the auction, not on that of the viewing named just before.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex as re

from timeline.language.compiled import compile_kept_regex, lazy_regex
from timeline.language.resources import resource, table, word_list
from timeline.language.trie import alternation
from timeline.models import Event, Timex

Within = Callable[[int, int], list[Timex]]  # the expressions that start inside a span of the text

DAY = lazy_regex(r"^\d{4}-\d{2}-\d{2}$")
FRAME_GAP = lazy_regex(r"^\s*(?:to|through|until|till|-|–|—)\s*$", re.I)
LOG_DAYS = 7  # a log's frame is at most a week: a longer range is a story's period, not a log's
WEEKDAY_STAMP = lazy_regex(r"^\W*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:,?\s+\d{1,2}(?:[:.]\d{2})?\s*"
                           r"(?:[ap]\.?m\.?)?)?\s*[:–—-]\s", re.I)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_DATE = lazy_regex(r"(?:^\W*|\bon\s+)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,}|[a-z]{3,}\.?\s+\d{1,2}\b)", re.I)
MONTH_NAME = lazy_regex(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
WRITTEN_YEAR = lazy_regex(r"\b\d{4}\b|['’]\d{2}\b")
YEAR_ENTRY = lazy_regex(r"^\W*(?:in\s+)?\d{3,4}\b|^\W*(?:\w+|\d+)\s+years?\s+ago\b", re.I)


@dataclass(frozen=True)
class Frame:
    """A span of days an earlier line sets for the entries after it (from `position` on)."""

    position: int
    first: dt.date
    last: dt.date


def log_frames(text: str, timexes: list[Timex]) -> list[Frame]:
    """The short ranges of days ("for May 9 to May 15", "from Friday 11 July to Sunday 13 July"), in
    order: a log's week, a festival's days."""
    days = [t for t in timexes if t.type == "DATE" and DAY.match(t.value)]
    frames = []
    for first, last in itertools.pairwise(days):
        if not FRAME_GAP.match(text[first.end:last.start]):
            continue
        begin = dt.date.fromisoformat(weekday_year(first.text, first.value))
        end = dt.date.fromisoformat(weekday_year(last.text, last.value))
        if 0 < (end - begin).days < LOG_DAYS:
            frames.append(Frame(last.end, begin, end))
    return frames


def weekday_year(text: str, value: str, published: dt.date | None = None) -> str:
    """A day written with its weekday but not its year ("Friday 11 July", "Fri, July 11", "7pm on
    Tuesday 22 April") lies in the year, of the tagger's and those either side, then of the
    publication's and those either side, in which that day is that weekday."""
    found = WEEKDAY_DATE.search(text)
    if found is None or WRITTEN_YEAR.search(text) or not DAY.match(value[:10]):
        return value
    day, wanted = dt.date.fromisoformat(value[:10]), WEEKDAYS.index(found.group(1).lower())
    near = [] if published is None or abs(published.year - day.year) < 2 else [published.year - day.year + y
                                                                              for y in (0, 1, -1)]
    for years in (0, 1, -1, *near):  # (a story's year the tagger took, "2019–present", may be far from the day's)
        try:
            moved = day.replace(year=day.year + years)
        except ValueError:  # 29 February
            continue
        if moved.weekday() == wanted:
            return moved.isoformat() + value[10:]
    return value


def in_weekdays_year(event: Event, published: dt.date | None = None) -> None:
    """`weekday_year` for an event dated by such a day ("from Friday 11 July to Sunday 13 July",
    which the tagger put in the year before): the whole span moves. Moves the event in place."""
    if not event.time_text or event.granularity not in {"day", "time"}:
        return
    moved = weekday_year(event.time_text, event.start, published)
    if moved != event.start:
        _shift(event, dt.date.fromisoformat(moved[:10]) - dt.date.fromisoformat(event.start[:10]))


def in_log_frame(event: Event, frames: list[Frame]) -> None:
    """An entry stamped with a weekday ("Thursday, 2:14 p.m.: …") under a log's range lies on that
    weekday inside the range. Moves the event in place."""
    frame = next((f for f in reversed(frames) if f.position <= event.position), None)
    stamp = WEEKDAY_STAMP.match(event.text)
    if frame is None or stamp is None or not event.time_text or \
            not event.text.lstrip().startswith(event.time_text) or event.granularity not in {"day", "time"}:
        return
    day = dt.date.fromisoformat(event.start[:10])
    if frame.first <= day <= frame.last or day.weekday() != WEEKDAYS.index(stamp.group(1).lower()):
        return
    moved = frame.first + dt.timedelta(days=(day.weekday() - frame.first.weekday()) % 7)
    if moved > frame.last:
        return
    _shift(event, moved - day)


@lru_cache(maxsize=4)
def _almanac_heading(language: str) -> re.Pattern[str]:
    return compile_kept_regex(rf"^\W*(?:{alternation(word_list(language, 'almanac_headings'))})\b[^\n.]{{0,40}}$",
                      re.I | re.M)


def almanac_start(text: str, language: str = "en") -> int | None:
    """Where an almanac column's entries begin: after its heading line ("On this date:",
    "Today in history"), or None when the text has no such heading."""
    found = _almanac_heading(language).search(text)
    return found.end() if found else None


def on_almanac_day(event: Event, start: int | None, published: dt.datetime) -> None:
    """An almanac entry that names only its year ("In 1936, fire destroyed …", "Ten years ago: …")
    happened on the column's day of that year. Moves the event in place."""
    if start is None or event.position < start or event.granularity != "year" or not event.time_text:
        return
    opening = re.sub(r"^\W*(?:in\s+)?", "", event.text, flags=re.I).lower()
    if YEAR_ENTRY.match(event.text) is None or not opening.startswith(event.time_text.lower()):
        return
    try:
        day = published.date().replace(year=int(event.start[:4]))
    except ValueError:  # 29 February in a year without one
        return
    event.start = event.end = day.isoformat()
    event.granularity = "day"


def _shift(event: Event, delta: dt.timedelta) -> None:
    """Move an event's bounds by a number of days, keeping their clock times."""
    for name in ("start", "end"):
        value = getattr(event, name)
        moved = (dt.date.fromisoformat(value[:10]) + delta).isoformat()
        setattr(event, name, moved + value[10:])


SUBJECT_NOUN = lazy_regex(r"^\W*the\s+([a-z]{3,})\s", re.I)
DAY_OR_PART = lazy_regex(r"^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$")  # "on Tuesday evening"
THE_NOUN = lazy_regex(r"\bthe\s+([a-z]{3,})\b", re.I)  # "walked out of the meeting … at 9.40pm"
BARE_CLOCK = lazy_regex(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+(?:UTC|GMT|[A-Z]{1,3}[SD]?T))?$", re.I)
ENTRY_CLOCK = lazy_regex(r"^\W*\d{1,2}[:.]\d{2}\b")  # a programme's or an update's time opening its line
ENTRY_PUNCTUATION = " \t*_-•(["
SENTENCE_WINDOW = 600  # characters before a mention to look in for its sentence's start
SENTENCE_END = lazy_regex(r"[.!?](?=\s)|\n")


def day_of_named_thing(event: Event, text: str, within: Within, published: dt.datetime, since: int = 0) -> None:
    """A bare clock time of "the auction" or "the meeting" ("The meeting closed at 9.05pm") lies
    on the day the article first gave that thing ("…the meeting … held on Tuesday 11 March"), not
    on the day the sentence before it happened to name; within its live update, when it has one
    (`since`: an update's stamp is its own). Moves the event in place."""
    clock = event.text.find(event.time_text) if event.time_text else -1
    subject = SUBJECT_NOUN.match(event.text) or THE_NOUN.search(event.text, 0, max(clock, 0))
    if subject is None or event.granularity != "time" or not BARE_CLOCK.match(event.time_text.strip()):
        return
    noun = re.compile(rf"\b{re.escape(subject.group(1))}\b", re.I)
    for found in noun.finditer(text, since, event.position):
        window = max(0, found.start() - SENTENCE_WINDOW)  # (the sentence's start, looked for nearby only)
        begin = max((m.end() for m in SENTENCE_END.finditer(text, window, found.start())), default=window)
        end_found = SENTENCE_END.search(text, found.end())
        end = end_found.start() if end_found else len(text)
        days = [t for t in within(begin, end) if DAY_OR_PART.match(t.value)]
        if days:
            if days[0].value[:10] != event.start[:10]:
                _shift(event, dt.date.fromisoformat(days[0].value[:10]) - dt.date.fromisoformat(event.start[:10]))
                event.upcoming = event.start > published.isoformat(timespec="minutes")
            return


LISTING_DAY = lazy_regex(r"^\W*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)\b"
                         r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.I)
CLOCK = lazy_regex(r"T(\d{2}:\d{2})$")
CLOCK_TO = lazy_regex(r"^\s*(?:to|until|till|-|–)\s*$", re.I)


def listing_day(event: Event, text: str, within: Within, published: dt.datetime) -> None:
    """A listing's line that opens with a weekday and a day number ("Sunday 9th: Family Service
    at 10.30am", "Saturday 22nd: Spring fair, 10am to 2pm") is that day of the month, nearest
    the publication, that falls on that weekday, at the line's clock times. Moves the event."""
    begin = text.rfind("\n", 0, event.position) + 1
    end = text.find("\n", event.position)
    end = len(text) if end < 0 else end
    found = LISTING_DAY.match(text[begin:end])
    if found is None or not event.text.lstrip().lower().startswith(found.group(1).lower()):
        return
    day = _day_of_weekday(int(found.group(2)), WEEKDAYS.index(found.group(1).lower()), published.date())
    if day is None:
        return
    clocks = [t for t in within(begin, end) if t.type == "TIME" and CLOCK.search(t.value)]
    start = last = day.isoformat()
    if clocks:
        start = last = f"{start}T{CLOCK.search(clocks[0].value).group(1)}"  # type: ignore[union-attr]
        if len(clocks) > 1 and CLOCK_TO.match(text[clocks[0].end:clocks[1].start]):
            last = f"{day.isoformat()}T{CLOCK.search(clocks[1].value).group(1)}"  # type: ignore[union-attr]
    event.start, event.end = start, last
    event.granularity = "time" if clocks else "day"
    event.upcoming = start > published.isoformat(timespec="minutes")


def _day_of_weekday(number: int, weekday: int, near: dt.date) -> dt.date | None:
    """The day of that number that is that weekday in the month of `near`, else the month after
    (a listing looks ahead), else the month before."""
    for months in (0, 1, -1):
        month_index = near.year * 12 + near.month - 1 + months
        try:
            day = dt.date(month_index // 12, month_index % 12 + 1, number)
        except ValueError:
            continue
        if day.weekday() == weekday:
            return day
    return None


THE_WEEKDAY = lazy_regex(r"\bthe\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:\s+(?:morning|afternoon|evening|night))?\s*$",
                         re.I)
NEXT_DAY = lazy_regex(r"^(?:the\s+)?(?:next|following)\s+(?:day|morning|evening)$|^the\s+day\s+after$", re.I)
NARRATIVE_DAYS = 7


def narrative_day(event: Event, reference: Event | None, told: Sequence[Event] = ()) -> None:
    """A story told day by day: "On the Saturday morning …" is the Saturday after the day told
    before ("We flew into Porto on Friday 2 May"), "The next day …" the day after it, not days
    around the publication; so is a diary's entry headed by its weekday in bold ("**Tuesday.** A
    rest day …") after days told in the past (`diary_weekday`). Moves the event in place."""
    diary_weekday(event, told)
    if reference is None or event.granularity not in {"day", "time", "partofday"} or not event.time_text or \
            reference.granularity not in {"day", "time", "partofday"}:
        return
    before = reference_day = dt.date.fromisoformat(reference.start[:10])
    found = event.text.find(event.time_text)
    if NEXT_DAY.match(event.time_text.strip()):
        day = before + dt.timedelta(days=1)
    else:
        named = THE_WEEKDAY.search(event.text[:found + len(event.time_text)]) if found >= 0 else None
        if named is None or not event.time_text.lower().startswith(named.group(1).lower()):
            return
        day = reference_day + dt.timedelta(days=(WEEKDAYS.index(named.group(1).lower()) - reference_day.weekday()) % 7
                                           or 7)
    current = dt.date.fromisoformat(event.start[:10])
    if day != current and 0 < (day - reference_day).days <= NARRATIVE_DAYS:
        _shift(event, day - current)


# A diary's entry opening with its weekday in bold: "**Tuesday.** A rest day, waiting out a front."
BOLD_WEEKDAY = lazy_regex(r"^\s*(?:\*\*|__)(mon|tue|wed|thu|fri|sat|sun)[a-z]*[.:]?(?:\*\*|__)", re.I)


def diary_weekday(event: Event, told: Sequence[Event]) -> None:
    """An entry headed by its weekday in bold, read as a coming day, after the days of a story told
    in the past ("Last Sunday we set off …", "**Monday.** We climbed …"): the first such weekday
    after the last day told, when that has passed. Moves the event in place."""
    heading = BOLD_WEEKDAY.match(event.text)
    if heading is None or not event.upcoming or not event.time_text or \
            not event.time_text.lower().startswith(heading.group(1).lower()):
        return
    last = next((e for e in reversed(told) if e.granularity in {"day", "time", "partofday"} and not e.upcoming), None)
    if last is None:
        return
    last_day = dt.date.fromisoformat(last.start[:10])
    day = last_day + dt.timedelta(days=(WEEKDAYS.index(heading.group(1).lower()) - last_day.weekday()) % 7 or 7)
    current = dt.date.fromisoformat(event.start[:10])
    if day < current:
        _shift(event, day - current)
        event.upcoming = False


BARE_WEEKDAY = lazy_regex(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$", re.I)
FIRST_PART = lazy_regex(r"^(?:the\s+)?first\s+(?:day|night|morning|afternoon|evening)$", re.I)
STORY_FRAME_DAYS = 14  # a stay, a camp, a festival told day by day: a longer range is a period


def story_frame(event: Event, frame: Event | None) -> Event | None:
    """The frame of days a story tells after this event: the event itself when it spans from two
    days to a fortnight in days ("spent a week at Hollin Woods from Saturday 2 to Saturday 9
    August"), else the frame before it."""
    if event.granularity == "day" and DAY.match(event.start) and DAY.match(event.end) and \
            0 < (dt.date.fromisoformat(event.end) - dt.date.fromisoformat(event.start)).days < STORY_FRAME_DAYS:
        return event
    return frame


def weekday_in_frame(event: Event, frame: Event | None, reference: Event | None) -> None:
    """A bare weekday in a past clause told inside a frame of days ("… from Saturday 2 to Saturday 9
    August. … On Wednesday the troop hiked twelve miles") is that weekday of the frame, when the
    frame holds it once and the story is still inside it, not the last one before publication;
    "the first night" is the frame's first. Moves the event in place."""
    said = event.time_text.strip()
    if frame is None or reference is None or event is frame or event.upcoming or \
            not (BARE_WEEKDAY.match(said) or FIRST_PART.match(said)) or \
            not frame.start <= reference.start[:10] <= frame.end:
        return
    first, last = dt.date.fromisoformat(frame.start), dt.date.fromisoformat(frame.end)
    current = dt.date.fromisoformat(event.start[:10])
    if FIRST_PART.match(said):
        _shift(event, first - current)  # "On the first night a storm flattened two tents"
        return
    if first <= current <= last:
        return
    wanted = WEEKDAYS.index(said[:3].lower())
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)
            if (first + dt.timedelta(days=n)).weekday() == wanted]
    if len(days) == 1:
        _shift(event, days[0] - current)


def on_heading_day(event: Event, headings: list[tuple[int, str, bool]], published: dt.datetime) -> None:
    """An entry that opens with a bare clock time ("09:30 Opening address", "14:05 — …") under a
    heading that holds only a day ("**Tuesday 17 June**") is at that time of that day, up to the
    next heading: a programme's sessions, a live blog's updates of an earlier day. Moves the event
    in place."""
    index = bisect.bisect_right(headings, (event.position, "~")) - 1
    if index < 0 or not event.time_text:
        return
    _, heading_day, written = headings[index]
    day = dt.date.fromisoformat(heading_day)
    opens_entry = ENTRY_CLOCK.match(event.text, 0) and event.text.lstrip(ENTRY_PUNCTUATION).startswith(event.time_text)
    if event.granularity != "time" or not BARE_CLOCK.match(event.time_text.strip()) or not opens_entry:
        _from_heading_day(event, day, published, written)
        return
    _shift(event, day - dt.date.fromisoformat(event.start[:10]))
    event.upcoming = _after_publication(event.start, published)


@lru_cache(maxsize=4)
def _writing_day(language: str) -> re.Pattern[str]:
    words = alternation(list(resource(language, "writing_day_words")))
    return compile_kept_regex(rf"^(?:(?:at|from|by|until|before|after)\s+)?(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*"
                              rf"(?:[ap]\.?m\.?)?(?=\s|$))?\s*(?P<word>{words})?"
                              rf"(?:\s+at\s+\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?)?$",  # ("tomorrow at 08:30")
                              re.I)


def _after_publication(start: str, published: dt.datetime) -> bool:
    """True when an event starting then is still to come: a clock time on the publication day only
    when the publication's own time is known (a page dated to the day alone is not at midnight)."""
    day = published.date().isoformat()
    if start[:10] != day:
        return start[:10] > day
    return start > published.isoformat(timespec="minutes") and published.hour + published.minute > 0


def _weekday_from_heading_day(event: Event, day: dt.date, weekday: int, published: dt.datetime,
                              written: bool) -> None:
    """A weekday under an earlier day's heading is the one nearest that day. Under the day a
    message was written ("On Mon, 18 Nov 2024, Kim wrote:", then "the van broke down on Saturday")
    it lies in the direction the tagger read it from the publication day: the last Saturday before
    the 18th, not before the reply. Under the day a log or live blog tells ("Saturday 21 June",
    then "found them at 0100 on Sunday"), the story goes on either way: the nearer of the two."""
    if event.granularity not in {"day", "time"} or event.start[:10] != event.end[:10]:
        return
    read = dt.date.fromisoformat(event.start[:10])
    back = day - dt.timedelta(days=(day.isoweekday() - weekday) % 7)
    ahead = day + dt.timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
    if read > published.date():
        moved = ahead
    elif written or (day - back) <= (ahead - day):
        moved = back
    else:
        moved = ahead
    _shift(event, moved - read)
    event.upcoming = _after_publication(event.start, published)


@lru_cache(maxsize=4)
def _named_weekday(language: str) -> re.Pattern[str]:
    """A weekday alone, or with a clock before it or a part of the day after it ("0100 on Sunday")."""
    weekdays = alternation(list(table(language, "weekday")))
    return compile_kept_regex(rf"^(?:\d{{1,2}}[:.]?\d{{2}}\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?(?P<w>{weekdays})"
                              rf"(?:\s+(?:morning|afternoon|evening|night))?$", re.I)


def _from_heading_day(event: Event, day: dt.date, published: dt.datetime, written: bool,
                      language: str = "en") -> None:
    """An entry under an earlier day's heading ("Thursday 6 February", then "22:15 … will meet at
    11:00 tomorrow") speaks from that day: its "tonight", "this evening", "tomorrow" or bare clock
    time, which the tagger read from the publication day, is moved by as many days as the heading
    lies before it. Only a time read from the publication day moves (not a clock time a past verb
    already put on the day before)."""
    found = _writing_day(language).match(event.time_text.strip())
    said = _named_weekday(language).match(event.time_text.strip())
    if said and (day < published.date() or (written and day > published.date())):
        weekday = table(language, "weekday")[said.group("w").lower()]
        _weekday_from_heading_day(event, day, int(weekday), published, written)
        return
    if found is None or not found.group().strip() or day == published.date():
        return
    if day > published.date():  # a dateline a time zone puts after the page: "Sirens sounded at 6:00 a.m."
        if written and not found.group("word") and event.granularity == "time" and event.start[:10] < day.isoformat():
            _shift(event, day - dt.date.fromisoformat(event.start[:10]))
            event.upcoming = _after_publication(event.start, published)
        return
    word = " ".join((found.group("word") or "").lower().split())
    named = int(resource(language, "writing_day_words")[word]) if word else 0
    said_day = dt.date.fromisoformat(event.start[:10])
    if (said_day - published.date()).days != named:
        if not word and said_day < day:  # ("**Mon 10 Feb**", "Came in on Saturday …", "Meeting at 16:00")
            _shift(event, day - said_day)  # a bare clock the tagger read from an earlier day named in the entry
            event.upcoming = _after_publication(event.start, published)
        return
    _shift(event, day - published.date())
    event.upcoming = _after_publication(event.start, published)


ORDINAL_DAY = lazy_regex(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$", re.I)


MONTH_VALUE = lazy_regex(r"^\d{4}-\d{2}$")
# A day of the month the clause names by its number after it: "February 1926: The tramway was
# opened by the mayor on the 18th", "returned to classes on Monday the 16th".
ON_ORDINAL = lazy_regex(r"\b(?:on|by|from|until|till)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
                        r"the\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)


# before a month the count of a state starts from ("its first sitting since [September]"): no month
# a later day's number is told in
SINCE_BEFORE = lazy_regex(r"\bsince\s+(?:early\s+|mid-|late\s+)?$", re.I)


def ordinal_day(event: Event, within: Within, text: str) -> None:
    """A day named by its number alone ("visible from about the 14th") lies in the month of the
    last date or month named before it ("its closest approach on 12 October", a column's "February
    1926:"), not one a state is counted since; a month that dates a clause naming "on the 18th" is
    that day of it. Moves the event in place."""
    found = ORDINAL_DAY.match(event.time_text.strip())
    if found is None:
        _ordinal_in_month(event)
        return
    if event.granularity != "day":
        return
    at = event.position + event.text.find(event.time_text)
    before = [t for t in within(0, at) if t.end <= at and t.type == "DATE" and
              (DAY.match(t.value) or MONTH_VALUE.match(t.value)) and MONTH_NAME.search(t.text)
              and not SINCE_BEFORE.search(text, max(0, t.start - 16), t.start)] \
        if event.time_text in event.text else []
    if not before:
        return
    try:
        day = dt.date.fromisoformat(before[-1].value[:7] + "-01").replace(day=int(found.group(1)))
    except ValueError:
        return
    _shift(event, day - dt.date.fromisoformat(event.start[:10]))


def _ordinal_in_month(event: Event) -> None:
    """A clause dated by a month written out ("February 1926: … opened … on the 18th") that names
    the day by its number after it: that day of the month."""
    if event.granularity != "month" or not MONTH_NAME.search(event.time_text) or event.time_text not in event.text:
        return
    found = ON_ORDINAL.search(event.text, event.text.find(event.time_text) + len(event.time_text))
    if found is None:
        return
    try:
        day = dt.date(int(event.start[:4]), int(event.start[5:7]), int(found.group(1))).isoformat()
    except ValueError:
        return
    event.start, event.end, event.granularity = day, day, "day"
