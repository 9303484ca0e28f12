"""Times that describe a noun rather than date a clause: "the 1953 team", "a 2010 raid", "the
11th-century temple", "its Feb. 9 friendly", "the Saturday market", "fourth-quarter results"."""

from __future__ import annotations

import regex as re

from timeline.events import roles
from timeline.events.cues import cue_patterns
from timeline.language.compiled import lazy_regex
from timeline.language.resources import table, word_list
from timeline.models import Timex

SEASON_TAIL = lazy_regex(r"^\s?[-–/]\s?\d{2}\b")  # the "-24" of "2023-24"
# "a" and an adjective before a bare season: what the season was like ("fear for the future after
# a wet [spring]"), background to the clause rather than its date
DESCRIBED_SEASON = lazy_regex(r"\b(?:a|an)\s+[a-z]+\s+$")
ACRONYM_OR_WORD = lazy_regex(r"\s+(?:[a-z]|[A-Z]{2,}\b)")  # the noun a modifier is before
YEAR_TEXT = lazy_regex(r"^(?:FY\s?)?\d{4}$")
BARE_MONTH = lazy_regex(r"^(?P<the>the\s+(?:previous|following)\s+)?(?P<m>(?-i:[A-Z])[a-z]+)$", re.I)
# what ends an appositive before a participle-like verb, which is then the subject's own verb: a
# name ("Kopp, a 44-year-old protester, lived …"), a relative clause, or a common noun's name between
# commas ("said the company, Greystone Carting, paid him …"; events/descriptions.py participial_aside)
APPOSITIVE_END = lazy_regex(r"\b[A-Z][\w.'’-]*,\s+[^,]{1,80}$|,\s+(?:which|who|whose)\b[^,]{1,80}$"
                            r"|\b(?:the|a|an|its|their|his|her|our)\s+(?-i:[a-z]+),\s+(?:the\s+)?"
                            r"(?-i:[A-Z][\w.'’&-]*)(?:\s+(?-i:[A-Z][\w.'’&-]*)){0,3}$")


def is_attributive(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A year, decade, century or quarter before a noun describes it ("the 1953 team", "a 2010 raid",
    "the 11th-century temple", "the revised Q4 budget"), a clock names a departure: it dates the
    clause only when nothing else does."""
    patterns = cue_patterns(language)
    if timex.interval is not None and timex.interval.granularity == "day" and any(c.isdigit() for c in timex.text):
        # a date written out before its noun names the thing: "canceled its Feb. 9 friendly on Tuesday",
        # "approved the 3 March budget" (the tagger may take the article in)
        determined = timex.text.split()[0].lower() in word_list(language, "attributive_determiners") or \
            patterns["attributive_before"].search(sentence[max(0, offset - 30):offset]) is not None
        return determined and patterns["attributive_after"].match(sentence[offset + len(timex.text):]) is not None
    if timex.text.lower() in table(language, "weekday") or timex.text.lower() in table(language, "season"):
        # a bare weekday or season before its noun names a habit or a thing ("the Saturday market will
        # move to the square from May 1", "the Sunday papers", "the winter market opens on 23
        # November"): it dates the clause only when nothing else does
        return patterns["attributive_before"].search(sentence[max(0, offset - 30):offset]) is not None and \
            patterns["attributive_noun"].match(sentence, offset + len(timex.text)) is not None
    if (month := BARE_MONTH.match(timex.text)) is not None and month.group("m").lower() in table(language, "month"):
        # a month alone before its noun names a thing of that month ("The previous April record, 46.1
        # degrees, was set on April 28, 2019", "the March figures"): it dates the clause only when
        # nothing else does
        determined = month.group("the") is not None or \
            patterns["attributive_before"].search(sentence[max(0, offset - 30):offset]) is not None
        return determined and patterns["attributive_noun"].match(sentence, offset + len(timex.text)) is not None
    if timex.interval is None or timex.interval.granularity not in {"year", "decade", "century", "quarter"}:
        return roles.names_a_service(sentence, offset, timex, language)
    if timex.text[:1].isalpha() and timex.text.split()[0].lower() in word_list(language, "attributive_determiners"):
        return False  # "the 1990s" names a period itself
    after = SEASON_TAIL.sub("", sentence[offset + len(timex.text):], count=1)  # "the 2023-24 tax year"
    return patterns["attributive_before"].search(sentence[max(0, offset - 30):offset]) is not None and \
        patterns["attributive_after"].match(after) is not None


def is_described_season(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A bare season after "a" and what it was like ("fear for the future after a wet [spring]"):
    the background of the clause, a weaker date than the day it is reported on."""
    return timex.text.lower() in table(language, "season") and \
        DESCRIBED_SEASON.search(sentence, max(0, offset - 30), offset) is not None


def is_modifier(sentence: str, offset: int, timex: Timex) -> bool:
    """A hyphenated expression before a noun ("fourth-quarter results", "a two-week trip"), or an
    acronym ("second-quarter GDP figures", "first-half EBITDA")."""
    return "-" in timex.text and ACRONYM_OR_WORD.match(sentence, offset + len(timex.text)) is not None


def names_a_document(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A year written between a determiner and a document, a plan or a set of figures names the
    one it covers ("had overspent its 2024 budget", "the 2021 lease forms were clear"): no event's date."""
    if not YEAR_TEXT.match(timex.text) or \
            cue_patterns(language)["attributive_before"].search(sentence[max(0, offset - 30):offset]) is None:
        return False
    after = SEASON_TAIL.sub("", sentence[offset + len(timex.text):], count=1)  # "the 2025-26 budget"
    return cue_patterns(language)["document_after"].match(after) is not None


HOLIDAY_RULES = frozenset({"holiday", "holiday_relative"})  # the tagger's rules that name a holiday


def names_a_holiday_season(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A holiday's name, perhaps joined to another's, before a noun of a season ("its Christmas and
    New Year recess on December 19", "the Easter holidays"): it names the break, so a day written
    in the clause dates it first."""
    if timex.rule not in HOLIDAY_RULES:
        return False
    return cue_patterns(language)["holiday_season_after"].match(sentence, offset + len(timex.text)) is not None


POSSESSIVE_AFTER = lazy_regex(r"^['’]s\b")


def qualifies_the_noun_after(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The time qualifies the noun after it, so a "for" before it names no period a figure covers:
    a possessive ("the location for Friday's ceremony") or a past deed ("is serving a sentence for
    the November 1995 assassination of …", "was jailed for the 2016 fraud": that deed's date)."""
    after = sentence[offset + len(timex.text):]
    return POSSESSIVE_AFTER.match(after) is not None or \
        cue_patterns(language)["past_deed_after"].match(after) is not None
