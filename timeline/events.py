"""Events stage: clauses that carry a time expression become dated events.

A sentence is cut into clauses at coordinations ("…, and …", "; ", "… before …") when each
side has a date of its own; each such clause is an event dated by its governing expression
(see `rank_timex`). "between 2014 and 2016" and "from March to May" date one event with one
interval. A sentence without a date that continues the event before it (a quote, "he added",
a pronoun, or a name the event sentence used) becomes that event's detail; other undated
sentences are background, except the article's lead, which reports the news of the day and
is dated to the publication date. Boilerplate lines ("Read more:", bylines, captions) are
skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex as re

from timeline.language.boilerplate import comments_start, is_boilerplate
from timeline.language.resources import word_list
from timeline.language.sentences import sentence_spans
from timeline.models import FUZZY_VALUES, Article, Event, Interval, Source, Timex, iso_minutes
from timeline.tag.tagger import tag_article

QUOTE_OPEN = "\"“‘'"
QUOTE_CHARS = "\"“”"
PART_OF_DAY_HINT = {"MO": -1, "AF": 1, "EV": 2, "NI": 3}
# A capitalised word that does not open the sentence: a cheap stand-in for a named entity.
NAME = re.compile(r"(?<=[\w,;:)]\s)([A-Z][a-z]{2,})")
HEADLINE_WORDS = 14
MAX_SUBJECT_WORDS = 8


def _alternation(words: list[str]) -> str:
    """Regex alternation of words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _words(language: str, name: str) -> str:
    """Regex alternation of one of the language's word lists, longest first."""
    return _alternation(word_list(language, name))


@lru_cache(maxsize=4)
def _resources(language: str) -> dict[str, re.Pattern[str]]:
    past = _alternation([*word_list(language, "past_cues"), *word_list(language, "irregular_past")])
    return {
        "openers": re.compile(rf"^[\"“‘']?(?:{_words(language, 'continuation_openers')})\b", re.I),
        "speech": re.compile(rf"\b(?:{_words(language, 'speech_verbs')})\b", re.I),
        "reporting": re.compile(
            rf"(?<!\b(?:was|were|is|are|been|be)\s+)\b(?:{_words(language, 'speech_verbs')})\s+(?:on\s+)?$", re.I),
        "weak": re.compile(rf"\b(?:{_words(language, 'weak_time_cues')})\s+$", re.I),
        "comparison": re.compile(rf"\b(?:{_words(language, 'comparison_cues')})\b[^.;]{{0,40}}\bsince\s+$", re.I),
        "preposition": re.compile(rf"\b(?:{_words(language, 'time_prepositions')})\s+$", re.I),
        "parenthetical": re.compile(rf",\s+(?:{_words(language, 'parenthetical_openers')})\b[^,]*$", re.I),
        "participial": re.compile(rf",\s+(?:{_words(language, 'participles')}|\w+ed)\b[^,]*$", re.I),
        "clause_break": re.compile(
            rf",\s+(?:and|but|while)\s+|;\s+|\s+(?:before|after|and\s+then|then)\s+(?=(?:the|a|an|his|her|its|their)\s|"
            rf"[a-z]+\s+(?:was|were|had|has|{past})\b)|\s+and\s+(?=(?:{past}|[a-z]+ed)\b)", re.I),
        "period": re.compile("|".join(f"(?:{p})" for p in word_list(language, "period_cues")) or "(?!)", re.I),
        "habitual": re.compile(rf"\b(?:{_words(language, 'habitual_cues')})\b(?:\s+\S+){{0,4}}\s+$", re.I),
        "range": re.compile(r"^\s*(?:and|to|until|till|through|-|–|—)\s*$", re.I),
        "pair": re.compile(r"^\s*(?:and|or|,)\s*$", re.I),
        "relative_aside": re.compile(r",\s+(?:which|who)\s+[^,;]+?(?=,\s)", re.I),
        "headline_aside": re.compile(
            rf",\s+(?:(?:which|who|whom|whose)\s+[^,;]+|(?:{_words(language, 'participles')}|\w+ed)\b[^,;]*"
            rf"|\d{{1,3}}),(?=\s)", re.I),
        "range_opener": re.compile(r"\b(?:between|from)\s+$", re.I),
        "lead_verb": re.compile(rf"\b(?:has|have|is|are|was|were)\s+\w+(?:ed|en|ing)\b|\b(?:{past})\b|\b\w+ed\b", re.I),
    }


def _line_of(text: str, start: int) -> str:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin: end if end >= 0 else len(text)]


def _inside_quotes(sentence: str, offset: int) -> bool:
    """True when a position in a sentence lies between straight or curly double quotes."""
    before = sentence[:offset]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


@dataclass
class Dating:
    """The time of an event: its governing expression, widened to a range's end if any."""

    timex: Timex
    interval: Interval
    time_text: str
    end: int = -1  # absolute end of the dating phrase (a range's second expression), if wider

    @property
    def phrase_end(self) -> int:
        return max(self.end, self.timex.end)


def rank_timex(sentence: str, offset: int, timex: Timex, language: str = "en") -> tuple[int, ...]:
    """How well an expression dates its clause; lower is better.

    Outside quotes first; then not a state's bound ("since March", "until 2026"); then
    specific rather than fuzzy; then not the time of a report ("said today that profit fell
    in the third quarter" is about the quarter); then in the main clause rather than an aside
    (", which opened in 1968,"); then not a modifier ("fourth-quarter results on February
    12"); then earlier.
    """
    patterns = _resources(language)
    before = sentence[max(0, offset - 60):offset]
    interval = timex.interval
    assert interval is not None
    return (
        int(_inside_quotes(sentence, offset)),
        int(patterns["weak"].search(before[-12:]) is not None),
        int(timex.value in FUZZY_VALUES),
        int(patterns["reporting"].search(before[-20:]) is not None),
        int(patterns["parenthetical"].search(sentence[:offset]) is not None and "," in sentence[offset:]),
        int(_is_modifier(sentence, offset, timex)),
        offset,
    )


def _is_modifier(sentence: str, offset: int, timex: Timex) -> bool:
    """A hyphenated expression before a noun ("fourth-quarter results", "a two-week trip")."""
    return "-" in timex.text and re.match(r"\s+[a-z]", sentence[offset + len(timex.text):]) is not None


def dates_no_event(sentence: str, offset: int, language: str = "en") -> bool:
    """True for dates that never date an event: comparisons ("the largest since 2008"),
    periods a figure covers ("profit for 2021"), habits ("usually falls in January") and
    descriptive asides (", built in 1911,")."""
    patterns = _resources(language)
    before = sentence[max(0, offset - 60):offset]
    if any(patterns[name].search(before) for name in ("comparison", "period", "habitual")):
        return True
    return patterns["participial"].search(sentence[:offset]) is not None and "," in sentence[offset:]


def _range_end(sentence: str, start: int, timex: Timex, dated: list[Timex], language: str) -> Timex | None:
    """The second expression of "between X and Y", "from X to Y", or of a pair of like dates
    ("on Monday and Tuesday", "in March or April"), when timex is X."""
    patterns = _resources(language)
    following = [t for t in dated if t.start >= timex.end]
    if not following:
        return None
    gap = sentence[timex.end - start:following[0].start - start]
    if patterns["range_opener"].search(sentence[max(0, timex.start - start - 10):timex.start - start]):
        return following[0] if patterns["range"].match(gap) else None
    same_kind = timex.interval and following[0].interval and \
        timex.interval.granularity == following[0].interval.granularity
    return following[0] if same_kind and patterns["pair"].match(gap) else None


def governing_dating(sentence: str, start: int, timexes: list[Timex], language: str = "en") -> Dating | None:
    """The time that dates a clause (offsets of timexes are absolute; the clause starts at start)."""
    dated = [t for t in timexes if t.type in {"DATE", "TIME"} and t.interval is not None
             and not dates_no_event(sentence, t.start - start, language)]
    if not dated:
        return None
    best = min(dated, key=lambda t: rank_timex(sentence, t.start - start, t, language))
    if best.value == "PRESENT_REF" and _inside_quotes(sentence, best.start - start):
        return None  # "now" inside a quote dates the quote, not an event of the story
    assert best.interval is not None
    end = _range_end(sentence, start, best, dated, language)
    if end is None or end.interval is None or end.interval.end < best.interval.start:
        return Dating(best, best.interval, best.text)
    widened = best.interval.model_copy(update={"end": end.interval.end})
    return Dating(best, widened, sentence[best.start - start:end.end - start], end.end)


def clauses(sentence: str, start: int, timexes: list[Timex], language: str = "en") -> list[tuple[int, int]]:
    """Absolute spans of the clauses of a sentence that have a date of their own.

    A sentence is cut at coordinations only where both sides carry a DATE or TIME that could
    govern them, so "between 2014 and 2016" and undated coordinations stay whole.
    """
    cuts = [m for m in _resources(language)["clause_break"].finditer(sentence)
            if not _inside_quotes(sentence, m.start())]
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in cuts:
        left = (start + begin, start + cut.start())
        right = (start + cut.end(), start + len(sentence))
        if _has_own_date(sentence, start, left, timexes, language) and \
                _has_own_date(sentence, start, right, timexes, language):
            spans.append(left)
            begin = cut.end()
    spans.append((start + begin, start + len(sentence)))
    return spans


def _has_own_date(sentence: str, start: int, span: tuple[int, int], timexes: list[Timex], language: str) -> bool:
    weak = _resources(language)["weak"]
    for timex in timexes:
        if span[0] <= timex.start and timex.end <= span[1] and timex.type in {"DATE", "TIME"} and timex.interval:
            offset = timex.start - start
            if not weak.search(sentence[max(0, offset - 12):offset]) and not _inside_quotes(sentence, offset):
                return True
    return False


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
    return bool(_names(sentence) & _names(previous))


def _without_time(sentence: str, start: int, end: int, language: str) -> str:
    """The sentence with its time phrase (and the preposition before it) taken out; an aside
    that held only the time (", in November 2009,") goes with its commas."""
    before = _resources(language)["preposition"].sub("", sentence[:start]).rstrip()
    after = sentence[end:].lstrip()
    if before.endswith(",") and after.startswith(","):
        before, after = before[:-1], after[1:].lstrip()
    return re.sub(r"\s+([,.;:])", r"\1", f"{before} {after}").strip()


def _without_asides(text: str, language: str) -> str:
    """Text without the asides a headline can do without: relative and participial clauses
    and ages between commas ("Brandt, who denied all charges, will …" → "Brandt will …")."""
    return _resources(language)["headline_aside"].sub("", text)


def headline(sentence: str, time_start: int = 0, time_end: int = 0, language: str = "en") -> str:
    """A short extractive label: the main clause without the time phrase, cut to a few words."""
    text = _without_time(sentence, time_start, time_end, language) if time_end > time_start else sentence
    text = _without_asides(text, language)
    text = re.sub(r"^\s*(?:[\"“‘']|(?:In|On|At|By|During|Over)\s+[^,]{0,40},\s*)", "", text)
    text = re.split(r",\s+(?:as|which|while|who|after|before|amid|but)\b|\s+(?:as|which|while|amid)\s+|[;:–—]",
                    text)[0]
    words = text.split()
    label = " ".join(words[:HEADLINE_WORDS]).rstrip(" ,.;:")
    if len(words) > HEADLINE_WORDS:
        label += "…"
    return label[:1].upper() + label[1:] if label else sentence.strip()[:80]


def day_hint(timex: Timex | None) -> int:
    """Order within a day: earlier today < this morning < today < afternoon < evening < later."""
    if timex is None:
        return 0
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
        return interval.start > iso_minutes(published) and published.hour + published.minute > 0
    return hint >= 4 or (hint == 3 and interval.granularity == "partofday")


def make_event(article: Article, sentence: str, position: int, dating: Dating,
               clause: tuple[int, int] | None = None, aside: tuple[int, int] | None = None,
               subject: str | None = None, language: str = "en", source: Source | None = None) -> Event:
    """An event from its sentence, its clause and its dating. An aside inside the clause (a
    relative clause that is an event of its own) is left out of the headline; a relative
    clause's own headline takes its antecedent as subject ("which opened" → "The bridge opened")."""
    timex, interval = dating.timex, dating.interval
    hint = day_hint(timex)
    approximate = interval.approximate or timex.value in FUZZY_VALUES or timex.mod in {"APPROX"}
    begin, end = clause or (position, position + len(sentence))
    label_source = article.text[begin:end]
    time_start, time_end = timex.start - begin, dating.phrase_end - begin
    if aside is not None and begin <= aside[0] < aside[1] <= end:
        label_source = article.text[begin:aside[0]] + article.text[aside[1]:end]
        if timex.start >= aside[1]:
            time_start, time_end = time_start - (aside[1] - aside[0]), time_end - (aside[1] - aside[0])
    if subject is None and aside is None:
        subject, label_source, time_start, time_end = _dated_by_relative_clause(label_source, time_start, time_end,
                                                                                language)
    if subject:
        pronoun = re.match(r"\s*(?:which|who)\s+", label_source, re.I)
        if pronoun:
            shift = len(subject) + 1 - pronoun.end()
            label_source = f"{subject} {label_source[pronoun.end():]}"
            time_start, time_end = time_start + shift, time_end + shift
    return Event(
        start=interval.start, end=interval.end, granularity=interval.granularity, approximate=approximate,
        upcoming=is_upcoming(interval, hint, article.published), text=sentence.strip(),
        headline=headline(label_source, time_start, time_end, language),
        time_text=dating.time_text, value=timex.value, type=timex.type,
        source=source or article.source, sources=[source or article.source], position=begin, day_hint=hint,
    )


def _dated_by_relative_clause(text: str, time_start: int, time_end: int,
                              language: str) -> tuple[str | None, str, int, int]:
    """When the time lies in a relative clause ("Bus fares, which rose twice last year, will be
    frozen"), the event is that clause: (its antecedent, the clause, shifted time offsets)."""
    for found in _resources(language)["relative_aside"].finditer(text):
        if found.start() <= time_start and time_end <= found.end():
            antecedent = text[:found.start()].strip()
            if 0 < len(antecedent.split()) <= MAX_SUBJECT_WORDS:
                clause_start = found.start() + 2
                return antecedent, text[clause_start:found.end()], time_start - clause_start, time_end - clause_start
    return None, text, time_start, time_end


def lead_event(article: Article, sentence: str, position: int, source: Source | None = None) -> Event:
    """The undated lead of a news story: the news of the publication day."""
    day = article.published.date().isoformat()
    return Event(
        start=day, end=day, granularity="day", approximate=False, upcoming=False, text=sentence.strip(),
        headline=headline(sentence), time_text="", value=day, type="DATE", dated_by="publication",
        source=source or article.source, sources=[source or article.source], position=position,
    )


def _is_news_lead(sentence: str, language: str) -> bool:
    """A lead sentence that reports something done (a finite verb), not a quote or a question."""
    stripped = sentence.strip()
    return bool(stripped) and stripped[0] not in QUOTE_OPEN and not stripped.endswith("?") and \
        _resources(language)["lead_verb"].search(stripped) is not None


def extract_events(article: Article, timexes: list[Timex] | None = None, language: str = "en") -> list[Event]:
    """Dated events of one article, in document order, with their continuing sentences as details."""
    if timexes is None:
        timexes = tag_article(article, language)
    events: list[Event] = []
    source = article.source  # one object shared by every event of the article (memory)
    previous_event_text: str | None = None
    comments = comments_start(article.text, article.content_offset, language)  # reader comments: not the article
    content = article.text[article.content_offset:comments]
    first = True
    for start, end in sentence_spans(content, language):
        start, end = start + article.content_offset, end + article.content_offset
        sentence = article.text[start:end]
        if is_boilerplate(_line_of(article.text, start), language):
            continue  # skipped without breaking the thread of the event before it
        inside = [t for t in timexes if start <= t.start < end]
        found = _clause_events(article, sentence, start, inside, language, source)
        if found:
            events.extend(found)
            previous_event_text = sentence
        elif first and _is_news_lead(sentence, language):
            events.append(lead_event(article, sentence, start, source))
            previous_event_text = sentence
        elif events and previous_event_text is not None and continues(sentence, previous_event_text, language):
            events[-1].details.append(sentence.strip())
            previous_event_text = sentence
        else:
            previous_event_text = None  # background: the thread of the last event is broken
        first = False
    return events


def relative_aside(sentence: str, start: int, timexes: list[Timex], language: str = "en") -> tuple[int, int] | None:
    """The absolute span of a relative clause between commas (", who won the cup in 2023,")
    when it and the rest of the sentence each have a date of their own: two events."""
    for found in _resources(language)["relative_aside"].finditer(sentence):
        aside = (start + found.start(), start + found.end() + 1)  # with its closing comma
        outside = [t for t in timexes if not aside[0] <= t.start < aside[1]]
        if _has_own_date(sentence, start, aside, timexes, language) and \
                _has_own_date(sentence, start, (start, start + len(sentence)), outside, language):
            return aside
    return None


def _clause_events(article: Article, sentence: str, start: int, timexes: list[Timex], language: str,
                   source: Source | None = None) -> list[Event]:
    events = []
    aside = relative_aside(sentence, start, timexes, language)
    main = timexes
    if aside is not None:
        main = [t for t in timexes if not aside[0] <= t.start < aside[1]]
        inner = [t for t in timexes if aside[0] <= t.start < aside[1]]
        dating = governing_dating(sentence, start, inner, language)
        if dating is not None:
            label = (aside[0] + 2, aside[1])  # after the comma: "who won the cup …"
            antecedent = article.text[start:aside[0]].strip()
            subject = antecedent if 0 < len(antecedent.split()) <= MAX_SUBJECT_WORDS else None
            events.append(make_event(article, sentence, start, dating, label, subject=subject, language=language,
                                     source=source))
    for begin, end in clauses(sentence, start, main, language):
        inside = [t for t in main if begin <= t.start < end]
        dating = governing_dating(sentence, start, inside, language)
        if dating is not None:
            events.append(make_event(article, sentence, start, dating, (begin, end), aside, language=language,
                                     source=source))
    events.sort(key=lambda event: event.position)
    return events
