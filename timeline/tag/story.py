"""How a history's story moves on when the text counts forward from it ("the following summer")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import resource, table
from timeline.tag.era import FIRST_PROXY, era_year, in_bc_story
from timeline.tag.tense_words import text_pattern
from timeline.tag.year_windows import year_in_window

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline.models import Timex
    from timeline.tag.anchor import Context
    from timeline.tag.rules import Match


Counted = Callable[[list[str], dt.date, dt.datetime], str]  # how anchor counts units from a date


class Sentence(Protocol):
    """A sentence's text and where it stands in the text."""

    text: str
    span: tuple[int, int]


class Found(Protocol):
    """A resolved expression's value and the period it names (the tagger's Resolved)."""

    @property
    def value(self) -> str: ...

    @property
    def period(self) -> dt.date | None: ...


class Written(Protocol):
    """A text and its language, and the sentence at a position (the tagger's sentences)."""

    text: str
    language: str

    def at(self, position: int) -> Sentence: ...

# A period counted forward from the story: "the following year", "two years later", "the next spring".
FORWARD = lazy(r"^(?:NARR (?:year|quarter|half) \+\d+|SEASON (?:SP|SU|FA|WI) following)$")
YEAR_VALUE = lazy(r"^\d{4}$")
COUNTED_YEARS = lazy(r"^NARR (year|decade|century) ([+-]\d+)$")  # "two years later", "a decade earlier"
SENTENCE_BREAK = lazy(r"[.!?]\s|\n")
YEAR_OR_BC = lazy(r"^(?:BC)?\d{4}$")
COMMON_ERA = lazy(r"^\d{4}")
DATED_VALUE = lazy(r"^(?:BC)?\d{4}")  # a value of a year of either era (era_year orders them)
PARAGRAPH_STEP_YEARS = 10  # how far ahead of the story a paragraph's first date may take it
HEADING_CHARS = 100  # a line this short without a full stop heads a section
ACCESSION_REACH = 12  # characters between "came to the throne" and the date it is dated by
ASIDE_REACH = 30  # characters before a date that hold ", elected during "
NEW_YEAR_DAYS = 92  # how far into the next year a year-less month or day goes on from the last day named


def story_stands(story: dt.date, context: Context) -> bool:
    """True when a history's story still dates year-less months: not once it has reached the day of
    writing (a byline's date), nor when its last year lies ahead of it ("a sequel due out in 2027": a
    plan, not a story told; a BC story's stand-in years, ahead of any day of writing, are still one)."""
    written = context.written
    return story != written and (written is None or story.year <= written.year or story.year >= FIRST_PROXY)


def step_on(template: str, resolved: Found, context: Context, sentences: Written, start: int) -> None:
    """In a history, a period counted forward into a later year than the story's becomes the
    story's time: "the following summer … on [August 4]" is that summer's August, "two years
    later … in [March]" that year's March (a date written out moves it as it always did). A year
    named where a ruler comes to the throne starts the reign its regnal years count from."""
    value, period = resolved.value, resolved.period
    if context.history and context.story is not None and period is not None \
            and era_year(period.year) > era_year(context.story.year) and FORWARD.match(template) \
            and DATED_VALUE.match(value):
        context.story, context.story_year = period, YEAR_OR_BC.match(value) is not None
    if context.history and period is not None and template.startswith("REIGN ") and DATED_VALUE.match(value):
        context.story, context.story_year = period, True  # "in the third year of his reign" is a year the story reaches
    if context.history and period is not None and DATED_VALUE.match(value) \
            and _starts_a_reign(template == value and YEAR_OR_BC.match(value) is not None, sentences, start):
        context.reign = period


def _starts_a_reign(year_written: bool, sentences: Written, start: int) -> bool:
    """True for a year written in a sentence where a ruler comes to the throne, or any date just
    after its words ("came to the throne [in January AD 41]", "acceded [the same month]"); not
    after a pluperfect's ("who had succeeded his father [the previous year]": another ruler's
    accession, told in passing)."""
    sentence = sentences.at(start)
    cue = _accession(sentences.language).search(sentence.text)
    if cue is None:
        return False
    told_before = text_pattern(sentences.language, "accession_told_before").search(sentence.text, 0, cue.start())
    return year_written or (told_before is None and 0 <= start - (sentence.span[0] + cue.end()) <= ACCESSION_REACH)


def resolve_reign(words: list[str], context: Context, relative: Counted) -> str:
    """`REIGN n`: the nth year of the reign the history last saw begin ("came to the throne in 12 BC
    … in [the ninth year of his reign]" is 4 BC), counted as `relative` counts years; of no
    year the text names, when it named no accession."""
    if context.reign is None:
        return "XXXX"
    return relative(["year", str(int(words[0]) - 1)], context.reign, context.dct)


@lru_cache(maxsize=8)
def _accession(language: str) -> re.Pattern[str]:
    """Words of a ruler coming to the throne (text.yaml's accession_cues)."""
    return compile_kept(resource(language, "accession_cues"), re.I)


def in_the_story(template: str, context: Context, text: str, match: Match, timexes: Sequence[Timex],
                 language: str) -> str:
    """A history's template as its story reads it: a first-millennium year without its era as BC in
    a BC story (era.in_bc_story), a count "later" from a year named before it in its sentence."""
    template = in_bc_story(template, context.story, text[match.start:match.end], language)
    return counted_from_year_before(text, timexes, match.start, template)


def counted_from_year_before(text: str, timexes: Sequence[Timex], start: int, template: str) -> str:
    """In a history, a count of years, decades or centuries "later" or "earlier" counts from a year
    named before it in its own sentence, not from the story: "a law passed in 1986 …; [a decade
    later] only a fifth had been paid" is ten years on from 1986, told in a story that had reached 2014
    (a count of years from a BC year stays BC: the years past 1 BC are the story's to count)."""
    found = COUNTED_YEARS.match(template)
    if found is None or not timexes:
        return template
    last = timexes[-1]
    if last.type != "DATE" or YEAR_OR_BC.match(last.value) is None or SENTENCE_BREAK.search(text, last.end, start):
        return template
    unit, amount = found[1], int(found[2])
    if last.value.startswith("BC"):  # "came to the throne in 63 BC; [three years later]" is 60 BC
        year = amount - int(last.value[2:]) if unit == "year" else 0
        return f"BC{-year:04d}" if year < 0 else template
    year = int(last.value) + amount * {"year": 1, "decade": 10, "century": 100}[unit]
    if not 1000 <= year <= 9999:
        return template
    return f"{year:04d}" if unit == "year" else f"{year // 10:03d}" if unit == "decade" else f"{year // 100:02d}"


def on_from_last_day(year: int, month: int, day: int | None, how: str, context: Context) -> int:
    """A year-less month or day that the story's window put in a year before the story's, counted
    on from the last day the text named in the story's year instead: "the story reached 1949 in
    January; on 29 August … On [16 October]" is 1949's October, not the October a quarter before
    January (a month a quarter before the last day named still steps back). In a story known to
    the year only, a month more than a quarter before the last day named is the next year's: "the
    campaigns of 1912 … on 5 December … on [14 January]" is January 1913, and the story goes on
    there ("… In [February]" is February 1913)."""
    story, last = context.story, context.reference
    if how not in ("story", "within") or story is None or last.year != story.year or last <= story:
        return year
    moved = year_in_window(month, day, "story", last)
    if year < story.year:
        return moved
    # past New Year only from late in the year: "on 5 December … on [14 January]", not a month
    # that a day named in passing ("White Christmas", "until February 1945") puts a season ahead
    if moved <= year or (dt.date(moved, month, day or 1) - last).days > NEW_YEAR_DAYS:
        return year
    context.story, context.story_year = dt.date(moved, 1, 1), True  # the story goes on into that year
    return moved


def month_named(context: Context) -> dt.date:
    """The month a day of the month ("the 27th") lies in: in a history, the month the text named
    last when it named one after the last day ("on 11 January … tried in February and beheaded on
    [the 27th]"), else the month of the last day named."""
    if context.history and context.period_unit == "month" and context.period is not None \
            and context.period > context.reference:
        return context.period
    return context.reference


def dates_its_clause(sentences: Written, match: Match, value: str, story: dt.date) -> bool:
    """True when a date is followed by the clause it dates ("…, 2008, when the government
    withdrew"): in a history it moves the story as a date opening its clause does. So does the
    first date of a paragraph's first sentence up to ten years ahead of the story ("Aldor's column left
    in the early summer of 1839", told in 1838): it sets the time the paragraph tells of; not a
    year far ahead ("An NSA paper declassified in 2005 …" in 1964) nor one back ("Having secured
    New York in 1776, …")."""
    if _clause_after(sentences.language).match(sentences.text, match.end) is not None:
        return True
    ahead = int(value[:4]) - era_year(story.year) - (story.year >= FIRST_PROXY) if COMMON_ERA.match(value) else -1
    if story.year >= FIRST_PROXY:  # a BC story crosses into the common era with a year near it ("died in AD 2")
        return 0 < ahead <= PARAGRAPH_STEP_YEARS
    return 0 < ahead <= PARAGRAPH_STEP_YEARS and opens_paragraph(sentences.text, match.start, sentences.language)


def opens_paragraph(text: str, start: int, language: str) -> bool:
    """True for the first date of a paragraph's first sentence (no sentence end, no date before it)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _paragraph_opening(language).search(text, line_start, start) is None


@lru_cache(maxsize=8)
def _paragraph_opening(language: str) -> re.Pattern[str]:
    """A sentence's end, or a date's year, month or season (tables.yaml), before a date in its paragraph."""
    names = "|".join(sorted((re.escape(name) for name in (*table(language, "month"), *table(language, "season"))),
                            key=len, reverse=True))
    return compile_kept(rf"[.!?;]\s|(?<![,.\d])\d{{4}}\b|\b(?:{names})\b", re.I)


@lru_cache(maxsize=8)
def _clause_after(language: str) -> re.Pattern[str]:
    """What follows a date that a clause hangs on (text.yaml's story_clause_year_after)."""
    return compile_kept(resource(language, "story_clause_year_after"), re.I)


def names_no_period(template: str, resolved: Found, context: Context, sentences: Written, match: Match) -> bool:
    """True for a date that names no period for "that month" or a count after it: a season without
    its year in a line that heads a section ("The summer battles": it names what the section tells
    of, so "[Two months later]" after "April 6" is June, not two months from midsummer), or a date
    before the period the text had reached, in an aside a participle opens between commas ("The
    parliament, elected the previous autumn, met for the first time [that month]" is the month
    the story had reached; "A government, elected in October 2002, …" ahead of it is its time), or
    a year before it that a stretch runs from ("in command since 1934")."""
    text, start, language = sentences.text, match.start, sentences.language
    if resolved.period is not None and context.period is not None and resolved.period < context.period \
            and text_pattern(language, "story_aside_before").search(text, max(0, start - ASIDE_REACH), start) \
            is not None and text_pattern(language, "story_aside_after").match(text, match.end) is not None:
        return True
    if resolved.period is not None and context.period is not None and resolved.period < context.period \
            and text_pattern(language, "story_since_before").search(text, max(0, start - ASIDE_REACH), start):
        return True  # "had commanded the engineers since [1934]. That winter …": the winter the story reached
    if not template.startswith("SEASON "):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line) < HEADING_CHARS and not any(mark in line for mark in ".!?")


def ends_range_heading(text: str, start: int, end: int, language: str) -> bool:
    """True for the last year (or day) of a range that heads a section ("1854–55: Stalemate", "The
    second war, 1351–1361") or stands in the text's lead ("The war (3 September 1911 – 18 January
    1912) was …"): the sections tell the story from the range's start, so its end moves no story
    (with the clause it dates, "from 1990 to 1996, when …", or in the body, it may)."""
    if _range_end_before(language).search(text, max(0, start - 12), start) is None:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if len(line) < HEADING_CHARS and "." not in line:
        return True
    return in_lead(text, line_start) and _clause_after(language).match(text, end) is None  # not "…, when"


def in_lead(text: str, line_start: int) -> bool:
    """True for a line of the text's lead, its first paragraph (after a title or none): what its
    ranges span is the whole story's, which the sections after it tell from the start."""
    earlier = [line for line in text[:line_start].split("\n") if line.strip()]
    return all(len(line) < HEADING_CHARS and "." not in line for line in earlier)


@lru_cache(maxsize=8)
def _range_end_before(language: str) -> re.Pattern[str]:
    """What stands before the last year of a range (text.yaml's story_range_end_before)."""
    return compile_kept(resource(language, "story_range_end_before"), re.I)


# A day that starts or ends a stretch ("the seven weeks since [July 1]", "the 12 months to [June
# 30]", "the quarter ended [Sept. 30]"), an expectation's deadline ("few expected them to be top by [Christmas]")
# or a record compared with ("beating its previous peak set on [Aug. 6]") says where a count runs or what is
# compared, not where the story has reached: "the next day" or "at midnight" is not counted from it.
STRETCH_BOUND = lazy(r"(?:\bsince|\b(?:months?|years?|weeks?|quarters?|period|half)\s+(?:to|ended|ending|through)"
                     r"|\b(?:expected|expects|hoped|hopes|predicted|tipped)\s[^.;:]{0,60}?\bby"
                     r"|\b(?:previous|prior|earlier|old|record|all-time)\s+(?:[\w-]+\s+){0,2}?(?:set|reached|hit|recorded|"
                     r"posted)\s+(?:on|in))\s+$", re.IGNORECASE)
BOUND_REACH = 90  # characters before a day that hold "expected them to be top of the league by "


def bounds_a_stretch(text: str, start: int) -> bool:
    """True when the day at text[start:] starts or ends a stretch counted to or from it."""
    return STRETCH_BOUND.search(text, max(0, start - BOUND_REACH), start) is not None
