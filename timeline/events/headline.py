"""An event's headline: a short extractive label made from its sentence's main clause.

The time phrase, asides, an update's stamp, an opening adverbial and a list item's bullet are
taken out; the main clause is cut where a subordinate clause begins, and to a few words.
"""

from __future__ import annotations

import regex as re

from timeline.events.cues import cue_patterns
from timeline.language.compiled import lazy_regex

HEADLINE_WORDS = 14
HEADLINE_MIN_WORDS = 3  # a shorter main clause ("Or", "The latest year for") is a wrong cut: keep the sentence
# A list item's bullet or number; a Markdown export escapes a bullet's star ("\* In 1976, …").
LIST_MARKER = lazy_regex(r"(?:\\?[-*•·▪◦–—]|\d{1,3}[.)])\s+")
# An update's stamp opening a sentence, nested brackets and all: "(Updated 5:31 p.m. (0031 in Cairo)) …".
LEADING_UPDATE = lazy_regex(r"^\s*\((?:updated?|update\s+\d+|correction|corrected|new)\b(?:[^()]|\([^()]*\))*\)\s*",
                            re.IGNORECASE)
# The patterns headlines are cut with (module constants: called per event, `re.sub(pattern, …)` looks each up).
POSSESSIVE_AFTER = lazy_regex(r"['’]s\b")
SPACE_BEFORE_PUNCTUATION = lazy_regex(r"\s+([,.;:])")
# An opening phrase ends at a comma before a space, not at a thousands comma ("During X more than 8,000 …").
# A quote mark and a comma left where the time was go too ("\"As of May 2, …" → ", …").
HEADLINE_OPENING = lazy_regex(r"^(?:\s*(?:[\"“‘']|(?:In|On|At|By|During|Over)\s+[^,]{0,40},(?=\s)|[,;:]))+\s*")
# A wire dateline before the story: "TOKYO, (Reuters) - " once its date is out, "CAPE TOWN, South Africa (AP) -- ".
DATELINE = lazy_regex(r"^\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[^,()\n]{1,30}){0,2}\s*(?:\([^)\n]{1,30}\))?\s*(?:--|[-–—])\s+")
# Where a headline's main clause ends. "as well as" and "for which" go on with it.
_AS = r"as(?!\s+well\s+as\b)(?<!\bwell\s+as)"
HEADLINE_BREAK = lazy_regex(rf",\s+(?:{_AS}|which|while|who|after|before|amid|but)\b"
                            rf"|\s+(?:{_AS}|(?<!\b(?:for|in|of|by|with|from|to|on|at|through)\s+)which|while|amid)\s+"
                            r"|[;–—]|:(?!\d)")


def headline(sentence: str, time_start: int = 0, time_end: int = 0, language: str = "en") -> str:
    """A short extractive label: the main clause without the time phrase, cut to a few words."""
    if (bullet := LIST_MARKER.match(sentence)) and bullet.end() <= time_start:
        sentence, time_start, time_end = (sentence[bullet.end():], time_start - bullet.end(),
                                          time_end - bullet.end())
    text = _without_time(sentence, time_start, time_end, language) if time_end > time_start else sentence
    text = DATELINE.sub("", LEADING_UPDATE.sub("", _without_asides(text, language)), count=1)
    text = max(text.split("|"), key=_wordy)  # "March 3 at 9 pm | What was said"
    text = HEADLINE_OPENING.sub("", text, count=1)
    clause = HEADLINE_BREAK.split(text)[0]
    text = clause if len(clause.split()) >= HEADLINE_MIN_WORDS else text
    words = text.replace("\n", "").split()  # a break inside a stock ticker (see `shown_text`)
    label = " ".join(words[:HEADLINE_WORDS]).rstrip(" ,.;:")
    if len(words) > HEADLINE_WORDS:
        label += "…"
    return label[:1].upper() + label[1:] if label else sentence.strip()[:80]


def _without_time(sentence: str, start: int, end: int, language: str) -> str:
    """The sentence with its time phrase (and the preposition before it) taken out; an aside
    that held only the time (", in November 2009,") goes with its commas."""
    if POSSESSIVE_AFTER.match(sentence[end:]):
        return sentence  # "Friday's ceremony": the time is part of a noun phrase
    before = cue_patterns(language)["preposition"].sub("", sentence[:start]).rstrip()
    after = sentence[end:].lstrip()
    if before.endswith(",") and after.startswith(","):
        before, after = before[:-1], after[1:].lstrip()
    return SPACE_BEFORE_PUNCTUATION.sub(r"\1", f"{before} {after}").strip()


def _without_asides(text: str, language: str) -> str:
    """Text without the asides a headline can do without: relative and participial clauses
    and ages between commas ("Brandt, who denied all charges, will …" → "Brandt will …")."""
    return cue_patterns(language)["headline_aside"].sub("", text)


def _wordy(text: str) -> int:
    """How many words without digits a piece of text has (a date and time stamp has few)."""
    return sum(1 for word in text.split() if not any(map(str.isdigit, word)))
