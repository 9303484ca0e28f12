"""Events stage: sentences that carry a time expression become dated events.

A sentence with a DATE or TIME of its own is an event dated by its governing expression.
A sentence without one that continues the event before it (a quote, "he added", a pronoun or
a name the event sentence used) becomes that event's detail; other undated sentences are
background, not events. Boilerplate lines ("Read more:", bylines, captions) are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.engine import load_rules
from timeline.models import Article, Event, Interval, Timex
from timeline.tag import tag_article
from timeline.text import sentence_spans

FUZZY_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
QUOTE_OPEN = "\"“‘'"
QUOTE_CHARS = "\"“”"
PART_OF_DAY_HINT = {"MO": -1, "AF": 1, "EV": 2, "NI": 3}
# A capitalised word that does not open the sentence: a cheap stand-in for a named entity.
NAME = re.compile(r"(?<=[\w,;:)]\s)([A-Z][a-z]{2,})")
HEADLINE_WORDS = 14


def _words(data: dict[str, list[str]], key: str) -> str:
    """Regex alternation of a word list from the language's text resources, longest first."""
    return "|".join(re.escape(w) for w in sorted(data.get(key, []), key=len, reverse=True))


@lru_cache(maxsize=4)
def _resources(language: str) -> dict[str, re.Pattern[str]]:
    data = load_rules(language).text
    return {
        "openers": re.compile(rf"^[\"“‘']?(?:{_words(data, 'continuation_openers')})\b", re.I),
        "speech": re.compile(rf"\b(?:{_words(data, 'speech_verbs')})\b", re.I),
        "weak": re.compile(rf"\b(?:{_words(data, 'weak_time_cues')})\s+$", re.I),
        "preposition": re.compile(rf"\b(?:{_words(data, 'time_prepositions')})\s+$", re.I),
    }


@lru_cache(maxsize=4)
def _boilerplate(language: str) -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in load_rules(language).text.get("boilerplate", [])]


def is_boilerplate(line: str, language: str = "en") -> bool:
    """True for lines that are never events: links to other stories, bylines, captions, …"""
    return any(p.search(line) for p in _boilerplate(language))


def _line_of(text: str, start: int) -> str:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin: end if end >= 0 else len(text)]


def _inside_quotes(sentence: str, offset: int) -> bool:
    """True when a position in a sentence lies between straight or curly double quotes."""
    before = sentence[:offset]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


def governing_timex(sentence: str, start: int, timexes: list[Timex], language: str = "en") -> Timex | None:
    """The expression that dates a sentence: outside quotes, not a state's bound ("since
    March"), specific rather than fuzzy, earliest."""
    dated = [t for t in timexes if t.type in {"DATE", "TIME"} and t.interval is not None]
    if not dated:
        return None
    weak = _resources(language)["weak"]

    def rank(timex: Timex) -> tuple[int, int, int, int]:
        offset = timex.start - start
        quoted = _inside_quotes(sentence, offset)
        bound = weak.search(sentence[max(0, offset - 12):offset]) is not None
        return (int(quoted), int(bound), int(timex.value in FUZZY_VALUES), timex.start)

    best = min(dated, key=rank)
    if best.value == "PRESENT_REF" and _inside_quotes(sentence, best.start - start):
        return None  # "now" inside a quote dates the quote, not an event of the story
    return best


def _names(sentence: str) -> set[str]:
    return {m.group(1) for m in NAME.finditer(sentence)}


def continues(sentence: str, previous: str, language: str = "en") -> bool:
    """True when an undated sentence is detail of the event sentence before it."""
    patterns = _resources(language)
    stripped = sentence.lstrip()
    if stripped[:1] in QUOTE_OPEN or patterns["openers"].search(stripped):
        return True
    if patterns["speech"].search(sentence) and any(q in sentence for q in QUOTE_CHARS):
        return True
    shared = _names(sentence) & _names(previous)
    return bool(shared)


def _without_time(sentence: str, start: int, end: int, language: str) -> str:
    """The sentence with its time phrase (and the preposition before it) taken out."""
    before = _resources(language)["preposition"].sub("", sentence[:start])
    after = sentence[end:]
    if before.rstrip().endswith(",") and after.lstrip().startswith(","):
        after = after.lstrip()[1:]
    return re.sub(r"\s+([,.;:])", r"\1", f"{before.rstrip()} {after.lstrip()}").strip()


def headline(sentence: str, time_start: int = 0, time_end: int = 0, language: str = "en") -> str:
    """A short extractive label: the main clause without the time phrase, cut to a few words."""
    text = _without_time(sentence, time_start, time_end, language) if time_end > time_start else sentence
    text = re.sub(r"^\s*(?:[\"“‘']|(?:In|On|At|By|During|Over)\s+[^,]{0,40},\s*)", "", text)
    text = re.split(r",\s+(?:as|which|while|who|after|before|amid|but)\b|\s+(?:as|which|while|amid)\s+|[;:–—]", text)[0]
    words = text.split()
    label = " ".join(words[:HEADLINE_WORDS]).rstrip(" ,.;:")
    if len(words) > HEADLINE_WORDS:
        label += "…"
    return label[:1].upper() + label[1:] if label else sentence.strip()[:80]


def day_hint(timex: Timex, language: str = "en") -> int:
    """Order within a day: earlier today < this morning < today < afternoon < evening < later."""
    words = timex.text.lower()
    if "earlier" in words:
        return -2
    if "later" in words:
        return 4
    suffix = timex.value.rsplit("T", 1)[-1] if "T" in timex.value else ""
    return PART_OF_DAY_HINT.get(suffix, 0)


def is_upcoming(interval: Interval, hint: int, published: dt.datetime) -> bool:
    """True when the event lies after the publication time ("later today" counts)."""
    day = published.date().isoformat()
    if interval.start[:10] > day:
        return True
    if interval.start[:10] < day:
        return False
    if interval.granularity == "time":
        return interval.start > published.strftime("%Y-%m-%dT%H:%M") and published.hour + published.minute > 0
    return hint >= 4 or (hint == 3 and interval.granularity == "partofday")


def make_event(article: Article, sentence: str, position: int, timex: Timex) -> Event:
    """An event from its sentence and governing expression."""
    interval = timex.interval
    assert interval is not None
    hint = day_hint(timex)
    approximate = interval.approximate or timex.value in FUZZY_VALUES or timex.mod in {"APPROX"}
    return Event(
        start=interval.start, end=interval.end, granularity=interval.granularity, approximate=approximate,
        upcoming=is_upcoming(interval, hint, article.published), text=sentence.strip(),
        headline=headline(sentence, timex.start - position, timex.end - position),
        time_text=timex.text, value=timex.value, type=timex.type,
        source=article.source, sources=[article.source], position=position, day_hint=hint,
    )


def extract_events(article: Article, timexes: list[Timex] | None = None, language: str = "en") -> list[Event]:
    """Dated events of one article, in document order, with their continuing sentences as details."""
    if timexes is None:
        timexes = tag_article(article, language)
    events: list[Event] = []
    previous_event_text: str | None = None
    content = article.text[article.content_offset:]
    for start, end in sentence_spans(content, language):
        start, end = start + article.content_offset, end + article.content_offset
        sentence = article.text[start:end]
        if is_boilerplate(_line_of(article.text, start), language):
            continue  # skipped without breaking the thread of the event before it
        inside = [t for t in timexes if start <= t.start < end]
        governing = governing_timex(sentence, start, inside, language)
        if governing is not None:
            events.append(make_event(article, sentence, start, governing))
            previous_event_text = sentence
        elif events and previous_event_text is not None and continues(sentence, previous_event_text, language):
            events[-1].details.append(sentence.strip())
            previous_event_text = sentence
        else:
            previous_event_text = None  # background: the thread of the last event is broken
    return events
