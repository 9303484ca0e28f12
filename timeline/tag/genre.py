"""Genres of text, as HeidelTime's document types: each anchors time its own way.

- `news` counts relative expressions from the publication date ("yesterday", "on Tuesday"),
  re-anchoring only the narrative ones ("the next day") on the last date the text named;
- `narrative` (histories, biographies) counts every relative expression from the time the story
  has reached ("the following year", "that spring", "in March" after 1944 was named);
- `colloquial` (posts, messages) is news anchoring plus the rules that informal writing needs
  ("tmrw", "2nite", a bare "morning", "1hr").

`auto` decides from the text: informal cues (hashtags, mentions, "lol", emoticons) make it
colloquial; explicit years mostly far from the publication date (or very many years, however
recent), with few deictic words, make it a narrative; anything else is news.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import resource, word_list
from timeline.models import GENRES
from timeline.tag.anchor import DEICTIC
from timeline.tag.era import written_year
from timeline.tag.rules import Match

# A text this short with an informal cue is a post; a longer one needs INFORMAL_DENSITY cues per word.
POST_CHARS = 1000
INFORMAL_DENSITY = 0.05
INFORMAL_SAMPLE = 200  # characters of a long text in which informal cues are counted
WORD = lazy(r"\w+")
POST_CHARS_BARE = 280  # one line this short, without a sentence's capital and full stop, is a post too
SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’", ")")
# A narrative: at least STORY_MIN_DATES years written out, STORY_SHARE of them STORY_YEARS or
# more from the creation date, and at most one deictic expression per STORY_DEICTIC_RATIO years.
STORY_YEARS = 2
STORY_MIN_DATES = 5
STORY_SHARE = 0.65
STORY_DEICTIC_RATIO = 5
# A text writing out this many years is a history however near its creation they lie (a war of the
# last decade told year by year, "2003: Invasion … 2008: …"): news names a handful (TimeBank and
# AQUAINT at most 12 in an article); it still needs few deictic expressions.
STORY_MANY_YEARS = 20
LEAD_CHARS = 300  # the lead of a text, where news names the day it reports
DAY_DEIXIS = ("WEEKDAY ", "REF day ", "PART ")  # "on Tuesday", "yesterday", "last night"
TODAY = "REF day 0"
DEICTIC_NAMED = lazy(r"^(?:MONTH|SEASON) \S+ (?:next|last|this)$")  # "next spring", "last March"
YEAR_FIRST = ("1", "2", "B")  # how a value written with its year starts
PLANNED_DAYS = ("WEEKDAY ", "WEEKEND ", "DAYOFMONTH ")  # what a post names to plan it
# "thurs-mon this week": a range's start, which its end and week place (a range with no week, or
# next week's, looks ahead as a weekday alone does: "off Mon-Wed", "earlies Mon-Wed next week")
RANGE_IN_WEEK_FOLLOWS = lazy(r"\.?\s{0,2}[-–]\s{0,2}[A-Za-z]+\.?\s+(?:this|last)\s+(?:week|wk)\b", re.I)


def check_genre(genre: str) -> str:
    """The genre itself, or ValueError naming the choices."""
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r}: choose one of {', '.join(GENRES)}")
    return genre


@lru_cache(maxsize=8)
def _informal_cues(language: str) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The language's informal cues (text.yaml): one pattern, words in any case, lower-case words."""
    patterns = "|".join(f"(?:{cue})" for cue in resource(language, "informal_cues"))
    return (compile_kept(patterns, re.IGNORECASE), frozenset(word_list(language, "informal_words")),
            frozenset(word_list(language, "informal_lower_words")))


def informal_cues(text: str, language: str = "en") -> int:
    """How many informal cues (hashtags, mentions, "lol", emoticons, "tmrw") a text holds."""
    pattern, _, _ = _informal_cues(language)
    return sum(1 for _ in pattern.finditer(text)) + _informal_words(text, language)


def _informal_words(text: str, language: str) -> int:
    """How many informal words ("lol", "gonna", a lower-case "u") a text holds."""
    _, words, lower_words = _informal_cues(language)
    return sum(map(words.__contains__, WORD.findall(text.lower()))) + sum(map(lower_words.__contains__,
                                                                               WORD.findall(text)))


def is_informal(text: str, language: str = "en") -> bool:
    """True for a post or a message: short with an informal cue; longer, dense with informal
    words, hashtags and mentions at its start (a pass over a whole article would cost more than
    tagging it); or one line of a post's length written without a sentence's edges (no capital
    first, or no full stop last: "long day at school, need sleep")."""
    if len(text) > POST_CHARS:
        sample = text[:INFORMAL_SAMPLE]
        _, words, _ = _informal_cues(language)
        cues = sum(map(words.__contains__, WORD.findall(sample.lower()))) + sample.count("#") + sample.count("@")
        return cues >= INFORMAL_DENSITY * len(sample.split())
    return informal_cues(text, language) > 0 or _bare_post(text.strip())


def _bare_post(text: str) -> bool:
    """True for one short line that does not read as a written sentence."""
    if not text or len(text) > POST_CHARS_BARE or "\n" in text:
        return False
    return text[0].islower() or not text.endswith(SENTENCE_ENDS)


def reads_as_history(matches: list[Match], dct: dt.datetime) -> bool:
    """True when `auto` takes a text for a history (`is_history`) that does not open on the day
    of writing (`opens_with_deixis`)."""
    years = [year for year in map(written_year, [m.value for m in matches if m.value[:1] in YEAR_FIRST])
             if year is not None]
    return len(years) >= STORY_MIN_DATES and is_history(years, sum(is_deictic(m.value) for m in matches), dct) \
        and not opens_with_deixis(matches, dct)


def is_deictic(template: str) -> bool:
    """A value counted from the day of writing: "yesterday", "on Friday", "next spring", "last March"."""
    return template.startswith(DEICTIC) or DEICTIC_NAMED.match(template) is not None


def is_history(years: list[int], deictic: int, dct: dt.datetime) -> bool:
    """True when a text reads as a history: most years it writes out lie STORY_YEARS or more from
    its creation, or it writes out STORY_MANY_YEARS or more (a recent war told year by year), and it
    seldom counts from the day it was written ("yesterday", "last week")."""
    far = sum(abs(year - dct.year) >= STORY_YEARS for year in years)
    return (len(years) >= STORY_MANY_YEARS or (len(years) >= STORY_MIN_DATES and far >= STORY_SHARE * len(years))) \
        and deictic * STORY_DEICTIC_RATIO <= len(years)


def opens_with_deixis(matches: list[Match], dct: dt.datetime) -> bool:
    """True when the text's first lines count a day from the day of writing ("On Tuesday, it
    happened", "yesterday") or name that very day (a byline's or a dateline's "May 11, 2009"):
    news that looks back, not a history, whatever years it names. A "today" after a year long
    past is a history's lead saying what its story left ("a line that remains the border today")."""
    today, far_year = dct.date().isoformat(), False
    for m in matches:
        if m.start >= LEAD_CHARS:
            break
        if m.value == TODAY and far_year:
            continue
        if m.value.startswith(DAY_DEIXIS) or m.value == today:
            return True
        year = written_year(m.value) if m.value[:1] in YEAR_FIRST else None
        far_year = far_year or (year is not None and abs(year - dct.year) >= STORY_YEARS)
    return False


def post_plans_ahead(template: str, tense: str | None, text: str, end: int) -> bool:
    """True when a post's weekday, weekend or day of the month looks ahead for want of a past verb:
    a post names a day with no verb, or a present one, to plan it ("physio on Thurs", "deadline Fri
    6.30pm", "Back in stock Friday!", "pint on me at the weekend", "homework due on the 3rd", "off
    Mon-Wed"), where news' bare weekday is mostly one just gone; not a range's start with this week
    or last ("open thurs-mon this week"), which its end and week place."""
    return tense in {None, "present"} and (template.startswith(PLANNED_DAYS) or " ON WEEKDAY " in template) \
        and not RANGE_IN_WEEK_FOLLOWS.match(text, end)
