"""A company's fiscal year: when the article says that its fiscal year runs from October (or begins
in April, or ends in June), "fiscal 2026" and "the first quarter of fiscal 2026" are that fiscal
year's, named by the calendar year it ends in (from October, fiscal 2026 runs from 1 October 2025 to
30 September 2026, and its first quarter from October to December 2025)."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import regex as re

from timeline.events.cues import cue_patterns
from timeline.events.fiscal_spans import across_two_years, april_start
from timeline.events.period_ends import ended_period, on_period_end
from timeline.language.compiled import compile_kept_regex, lazy_regex
from timeline.language.resources import resource, table, word_list
from timeline.models import Event, Timex
from timeline.tag.calendar_units import add_months

FISCAL_TIME = lazy_regex(r"\b(?:fiscal|financial)\s+(?:year\s+)?\d{4}\b|(?:\b|(?<=Q[1-4]\s?))FY\s?\d{2,4}\b", re.I)
# Before a statement of the fiscal year inside a clause that is not the sentence's own: "when",
# "after" … ("will retire when the fiscal year ends"), or a relative aside (", whose fiscal year
# ends in March, said on Tuesday …": the aside alone dates nothing, asides.time_told_of).
SUBORDINATE = lazy_regex(r"\b(?:when|after|before|until|till|once|by|as)\s+(?:[\w'’]+\s+){0,2}$"
                         r"|,\s+(?:whose|which|who)\s+(?:[\w'’]+\s+){0,2}$", re.I)
FUTURE = lazy_regex(r"\b(?:will|shall|won['’]t)\b|['’]ll\b|\bgoing\s+to\b", re.I)
FULL_DAY = lazy_regex(r"^\d{4}-\d{2}-\d{2}$")
WRITTEN_YEAR = lazy_regex(r"\b\d{4}\b|['’]\d{2}\b")
SHIFTED = frozenset({"year", "half", "quarter", "month"})


def fiscal_start_month(text: str, language: str = "en") -> int | None:
    """The month the article's fiscal year starts in, when it says so and it is not January."""
    months = table(language, "month")
    for source in word_list(language, "fiscal_year_statements"):
        found = compile_kept_regex(source, re.I).search(text)
        if found is None:
            continue
        named = found.groupdict()
        word = (named.get("start") or named.get("end") or "").lower()
        if word not in months:
            continue  # ("the financial year starts next week")
        month = int(months[word]) if named.get("start") else int(months[word]) % 12 + 1  # (ends in September)
        return month if month != 1 else None
    return april_start(text, language)  # ("Q3FY25", sums in crore: India's April year)


def states_fiscal_year(sentence: str, language: str = "en") -> bool:
    """A sentence saying when the fiscal year runs ("Our financial year ran from 1 April 2024 to 31
    March 2025, …"): its times tell of the calendar, not of an event."""
    for source in word_list(language, "fiscal_year_statements"):
        found = compile_kept_regex(source, re.I).search(sentence)
        if found is not None and not SUBORDINATE.search(sentence, 0, found.start()):
            return True
    return False  # ("will retire when the fiscal year ends on September 30" is an event)


def in_fiscal_year(event: Event, start_month: int | None) -> None:
    """Move an event dated by a fiscal year or a part of one ("in the first quarter of fiscal
    2026") from the calendar year of that number into the fiscal year that ends in it."""
    if start_month is None or event.granularity not in SHIFTED or not FISCAL_TIME.search(event.time_text or ""):
        return
    months = start_month - 13  # (fiscal 2026 from October starts three months before 2026)
    event.start = _month_start(event.start, months)
    event.end = _month_end(event.end, months)


def _month_start(day: str, months: int) -> str:
    """The first day of the month `months` after the month of an ISO day."""
    return add_months(dt.date.fromisoformat(day[:10]).replace(day=1), months).isoformat()


def _month_end(day: str, months: int) -> str:
    """The last day of the month `months` after the month of an ISO day."""
    first = add_months(dt.date.fromisoformat(day[:10]).replace(day=1), months + 1)
    return (first - dt.timedelta(days=1)).isoformat()


def reviewed_year(text: str, timexes: list[Timex], language: str = "en") -> tuple[str, str] | None:
    """The first and last day of the fiscal year a review says it covers ("Our financial year ran
    from 1 April 2024 to 31 March 2025, and this review follows it"), when it names both."""
    for source in word_list(language, "fiscal_year_statements"):
        found = compile_kept_regex(source, re.I).search(text)
        if found is None:
            continue
        stop = min((i for i in (text.find(". ", found.end()), text.find("\n", found.end())) if i >= 0),
                   default=len(text))
        days = [t.value for t in timexes if found.start() <= t.start < stop and t.type == "DATE"
                and FULL_DAY.match(t.value)]
        if len(days) >= 2 and days[0] < days[-1]:
            return days[0], days[-1]
    return None


def in_reviewed_year(event: Event, reviewed: tuple[str, str] | None, language: str = "en") -> None:
    """A month or day named without its year in what a review tells as done lies in the fiscal
    year it covers ("We moved into our new warehouse in May" in a review of April 2024 to March
    2025 written in May 2025 is May 2024)."""
    if reviewed is None or event.granularity not in {"month", "day", "time", "partofday"} or \
            not event.time_text or WRITTEN_YEAR.search(event.time_text) or \
            cue_patterns(language)["lead_verb"].search(event.text) is None or FUTURE.search(event.text):
        return  # (what it will do is still to come: "We will launch a debt advice service in the autumn")
    first, last = reviewed
    for years in (-1, 1):
        if (event.start[:10] > last if years < 0 else event.end[:10] < first):
            start, end = _in_year(event.start, years), _in_year(event.end, years)
            if first <= start[:10] and end[:10] <= last:
                event.start, event.end, event.upcoming = start, end, False
            return


def _in_year(moment: str, years: int) -> str:
    """An ISO day or moment `years` later (29 February kept only where it exists)."""
    return add_months(dt.date.fromisoformat(moment[:10]), 12 * years).isoformat() + moment[10:]


def lead_by_reported_period(event: Event, sentence: str, start: int, timexes: list[Timex],
                            language: str = "en") -> None:
    """A results lead with no day of its own ("Norton said net income for the third quarter fell
    6%", "expects to report a loss for the third quarter") tells the quarter or half its figures
    cover: it is dated by that period, not by the publication day. Moves the event."""
    patterns = cue_patterns(language)
    if event.dated_by != "publication" or not patterns["figure_noun"].search(" " + sentence) or any(
            t.interval is not None and t.interval.granularity in {"day", "time", "partofday"}
            and not patterns["period"].search(sentence, 0, t.start - start) for t in timexes):
        return  # ("said on Wednesday that fourth-quarter profit fell": that day's news; "ended Sept. 30" is none)
    periods, before = word_list(language, "results_periods"), compile_kept_regex(
        resource(language, "results_period_before"), re.I)
    ended = period_ended(sentence, start, timexes, before)
    if ended is not None:  # "net income for the six months ended Oct. 1 slipped 5%"
        event.start, event.end, event.granularity = ended[0], ended[1], "month"
        event.time_text, event.value, event.dated_by = ended[2], ended[1], "expression"
        return
    for timex in timexes:
        interval = timex.interval
        if interval is None or interval.granularity not in periods or timex.type != "DATE" or \
                before.search(sentence, 0, timex.start - start) is None:
            continue
        event.upcoming = interval.start[:10] > event.start[:10]  # (the lead's start is the publication day)
        event.start, event.end, event.granularity = interval.start, interval.end, interval.granularity
        event.time_text, event.value, event.dated_by = timex.text, timex.value, "expression"
        return



def period_ended(sentence: str, start: int, timexes: list[Timex],
                 before: re.Pattern[str]) -> tuple[str, str, str] | None:
    """The first and last day and the words of a counted period a results lead gives its figures
    for, told by the day it ended ("for the six months ended Oct. 1", "for the year ending June 30",
    "for the 13 weeks to Aug. 28"): that many months or weeks up to that day."""
    for count, day in pairwise(timexes):
        if count.type != "DURATION" or before.search(sentence, 0, count.start - start) is None:
            continue
        ended = ended_period(sentence, _shifted(count, -start), _shifted(day, -start))
        if ended is not None:
            return ended[0], ended[1], sentence[count.start - start:day.end - start]
    return None


def _shifted(timex: Timex, by: int) -> Timex:
    return timex.model_copy(update={"start": timex.start + by, "end": timex.end + by})


def in_fiscal_period(event: Event, start_month: int | None, timexes: list[Timex], text: str) -> None:
    """An event's period as the article counts it: one told by the day it ended ("the fourth quarter
    ended Aug. 28", events/period_ends.py), or a fiscal year's (`in_fiscal_year`). Moves the event."""
    on_period_end(event, timexes, text)
    if not across_two_years(event, start_month, timexes, text):  # ("the financial year 2024/25")
        in_fiscal_year(event, start_month)
