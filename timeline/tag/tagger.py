"""Tag stage: find time expressions in a text and normalize them to TIMEX3 values."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import resource, table, word_list
from timeline.language.sentences import line_sentence_spans, line_spans, sentence_spans
from timeline.language.trie import alternation
from timeline.models import Article, Interval, Timex, trusted
from timeline.tag.anchor import (
    Context,
    counted_day,
    is_literal,
    reads_happened,
    reads_tense,
    resolve,
)
from timeline.tag.genre import check_genre, is_informal, post_plans_ahead, reads_as_history
from timeline.tag.intervals import depends_on_creation, vague_count_hint, value_interval, written_interval
from timeline.tag.lapsed_plans import lapsed_plan_tense
from timeline.tag.match import find_matches
from timeline.tag.named_dates import full_date, named_period, period_unit
from timeline.tag.quarters import YEAR_AGO_QUARTER, ResultsPeriods
from timeline.tag.ranges import (
    PRECISE,
    clock_on_day_before,
    day_after_clock,
    in_year_named_before,
    listed_day_same_year,
    weekday_range_close,
    with_range_ends,
    with_year,
    yearless_range_close,
    years_ahead,
)
from timeline.tag.rules import Match, load_rules
from timeline.tag.story import (
    bounds_a_stretch,
    dates_its_clause,
    ends_range_heading,
    in_the_story,
    names_no_period,
    step_on,
)
from timeline.tag.tense import Tense, TenseCues, tense_cues
from timeline.tag.written import WrittenDays
from timeline.tag.year_windows import weekday_past_story, year_of_weekday

YEARLESS_TEMPLATES = ("MONTH ", "MONTHDAY ", "SEASON ")
THE = ("the ", "The ", "THE ")
BARE_YEAR = lazy(r"^\d{4}$")
WRITTEN_YEAR_END = lazy(r" \d{4}$")  # a feast's template that names its year
YEAR_ONLY = lazy(r"^(?:BC)?\d{4}$")
STORY_OPENING = 25  # characters into its sentence within which a bare year sets a history's story
POSSESSIVE = lazy(r"['’]s\b")
PLAIN_WORD = lazy(r"\w+")
OPENING_QUOTES = frozenset("\"“‘'`")
TITLE_END = lazy(r"[,.]?[\"”’'`](?![a-z])|\s+[A-Z]")  # the quote closes, or the title goes on in capitals


def tag_text(text: str, anchor: dt.datetime | dt.date, language: str = "en", genre: str = "auto") -> list[Timex]:
    """Every time expression in `text`, with values resolved against `anchor` (the DCT) as the
    genre (`news`, `narrative`, `colloquial`, or `auto`: decided from the text) anchors them."""
    dct = anchor if isinstance(anchor, dt.datetime) else dt.datetime.combine(anchor, dt.time())
    if check_genre(genre) == "auto" and is_informal(text, language):
        genre = "colloquial"
    ruleset = load_rules(language, "news" if genre == "auto" else genre)
    matches = with_range_ends(text, find_matches(text, ruleset, dct.date()), language)
    sentences = Sentences(text, language)
    context = Context(dct=dct, reference=dct.date())
    if genre == "auto":
        genre = "narrative" if reads_as_history(matches, dct) else "news"
        if genre == "narrative" and genre in ruleset.written_for:
            matches = with_range_ends(text, find_matches(text, load_rules(language, genre), dct.date()), language)

    context.history = context.narrative = genre == "narrative"
    resolver = Resolver(context, colloquial=genre == "colloquial")
    forward = ForwardWords(text, table(language, "forward_preposition"), sentences.lowered)
    units, weekdays = table(language, "unit"), table(language, "weekday")
    years_before = years_ahead(text, matches)
    days_ahead: dict[int, tuple[str, Resolved | None]] = {}  # by where the day starts
    written = WrittenDays(dct.date())
    dated: tuple[int, dt.date] | None = None  # the last date written with its year: its sentence, its period
    timexes: list[Timex] = []
    periods = ResultsPeriods()
    for index, match in enumerate(matches):
        if match.start and text[match.start - 1] == "#":
            continue  # a hashtag ("#Friday", "#Christmas") labels a topic; it dates nothing
        if _is_quoted_title(text, match, units):
            continue  # a programme or a book: ABC's "This Week", CBS's "60 Minutes"
        kind, template = match.rule.type, match.value
        if match.rule.requires is not None or match.alternatives:  # the sentence decides
            sentence = sentences.at(match.start)
            if match.rule.requires is not None and not match.allowed(sentence.text, sentence.chosen):
                continue
            kind, template = match.choose(sentence.text, sentence.chosen)
        if index in years_before:
            template = with_year(template, years_before[index])
        elif not context.history:
            template = written.same_day(template)  # "March 7" after "March 7 2003"
            template = year_of_weekday(template, text[match.start:match.end], weekdays, dct.date())
        else:  # "in 233": 233 BC; a weekday the story's year lacks is today's ("next walk is on Saturday 12 July")
            template = weekday_past_story(template, text[match.start:match.end], weekdays, dct.date(), context.story) \
                or in_the_story(template, context, text, match, timexes, language)
        day_match = day_after_clock(text, matches, index, template) if template.startswith("CLOCK ") else None
        if day_match is not None:  # "at 8 p.m. on Feb. 28": the day as it is tagged, then the clock on it
            day = _resolve_match(day_match, day_match.value, day_match.rule.type, resolver, sentences, forward)
            days_ahead[day_match.start] = (day_match.value, day)
            if day is not None and PRECISE.match(day.value):
                template = f"{template} ON {day.value[:10]}"
        if timexes and template.startswith(("WEEKDAY ", "CLOCK ")):
            template = weekday_range_close(text, timexes[-1], match, template)
            template = clock_on_day_before(text, timexes, match, template)
        elif timexes and template.startswith(("MONTH ", "MONTHDAY ", "HOLIDAY ", "HALF ")):
            template = in_year_named_before(text, timexes[-1], match, template)
            template = yearless_range_close(text, timexes[-1], match, template)
            template = listed_day_same_year(text, timexes[-1], match, template)
        if context.history and template.startswith(YEARLESS_TEMPLATES) and dated is not None \
                and dated[0] == sentences.at(match.start).span[0]:
            context.story = dated[1]  # "in April 1915, Italy joined … on [May 23]": that month's year
        if template == YEAR_AGO_QUARTER:  # the quarter (or half) "a year earlier" is set against
            context.quarter = periods.compared(sentences.at(match.start).span[0])
        ahead = days_ahead.pop(match.start, None)
        if ahead is not None and ahead[0] == template:
            resolved = ahead[1]  # a day already resolved for the clock time before it
        else:
            resolved = _resolve_match(match, template, kind, resolver, sentences, forward)
        if resolved is None:
            continue  # a match whose parts make no calendar sense (Feb 31) is not tagged
        start = _premodifier_start(text, match, sentences.language) if text.startswith(THE, match.start) \
            else match.start
        timexes.append(trusted(Timex, {  # each field of its type: rule types are checked as rules load
            "start": start, "end": match.end, "text": text[start:match.end], "type": kind,
            "value": resolved.value, "mod": match.mod, "freq": match.freq, "quant": match.quant,
            "rule": match.rule.name, "anchor": resolved.anchor, "interval": resolved.interval,
        }))
        if kind in {"DATE", "TIME"}:
            if template == resolved.value:
                written.record(template)
            if not bounds_a_stretch(text, match.start):
                context.reference = resolved.day or context.reference
            if resolved.period is not None and not names_no_period(template, resolved, context, sentences, match):
                context.period, context.period_unit = resolved.period, period_unit(resolved.value)
            if "-Q" in resolved.value or "-H" in resolved.value:
                periods.note(resolved.value, template, sentences.at(match.start).span[0])
            if _written_out(template, resolved.value) and _sets_story(match, resolved.value, sentences, context):
                context.story = resolved.period or context.story
                context.story_year = context.history and YEAR_ONLY.match(resolved.value) is not None
            step_on(template, resolved, context, sentences, match.start)  # "the following summer"
            if context.history and match.value == resolved.value and resolved.period is not None \
                    and len(resolved.value) >= 7:
                dated = (sentences.at(match.start).span[0], resolved.period)  # a month or a day, written out
    return timexes


def _written_out(template: str, value: str) -> bool:
    """True for a date written out in full: its value is its template, or a feast's template
    names its year ("Lady Day 1402": `HOLIDAY 03-25 tense 1402`), which moves a story as a date does;
    not a date of any year ("winter quarters": `XXXX-WI`), which says nothing of the story's time."""
    if value.startswith("XXXX"):
        return False
    return template == value or (template.startswith("HOLIDAY ") and WRITTEN_YEAR_END.search(template) is not None)


def _premodifier_start(text: str, match: Match, language: str) -> int:
    """Where an expression that opens with "the" starts: after its "the" when it qualifies the
    noun after it ("the [summer] offensive", "the [Spring] Offensive", "the [two day] rally"), as
    TimeML leaves the noun phrase's determiner out ("the [Aug. 7] bombings"); not "the next day
    Iraq attacked"."""
    event, name, relative = _premodifier_patterns(language)
    if relative.search(text, match.start, match.end) is not None:
        return match.start
    if event.match(text, match.end) is not None:
        return match.start + 4
    # a name's part before the rest of the name: "the [Spring] Offensive", "the [Seven Years] War"
    # (not "On the 14 September Austria sent …", a date before its clause's subject)
    words = text[match.start:match.end].split()
    named = words[-1][:1].isupper() and not any(char.isdigit() for char in text[match.start:match.end])
    return match.start + 4 if named and name.match(text, match.end) is not None else match.start


@lru_cache(maxsize=8)
def _premodifier_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What follows an expression that qualifies a noun (a noun of an event; a name's next word),
    and the words of an expression that never does (counted from the story: "the next day")."""
    nouns = alternation(tuple(word_list(language, "event_nouns")))
    relative = alternation(tuple(word_list(language, "story_relative_words")))
    return (compile_kept(rf"\s+(?:{nouns})s?\b", re.I), compile_kept(r"\s+[A-Z][a-z]"),
            compile_kept(rf"\b(?:{relative})\b", re.I))


def _is_quoted_title(text: str, match: Match, units: dict[str, str]) -> bool:
    """True for a title in quotes made of a time phrase with its noun capitalized ("This Week",
    "60 Minutes", "This Week With …"): in running text that noun is written small, and a quoted
    sentence opening with the phrase ("This week we …") keeps it so. A title that says more of the
    time ("57 Days of Hell", "the Ten Year's War") keeps its expression."""
    if not match.start or text[match.start - 1] not in OPENING_QUOTES:
        return False
    words = text[match.start:match.end].split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in units \
        and TITLE_END.match(text, match.end) is not None


def _sets_story(match: Match, value: str, sentences: Sentences, context: Context) -> bool:
    """True when a date written out in full moves a history's story: the first, and a day always;
    a month or a year only when it opens its sentence ("In 1944, …"), not in passing ("…
    declassified in 2005", "… surpassing the May 2007 high"), nor a year before the story's that
    qualifies the noun after it ("The 1614 rules differed …", "Rome had a secret 1902 pact"; "the
    1777 campaigns" after 1776 moves it on)."""
    if context.history and ends_range_heading(sentences.text, match.start, match.end, sentences.language):
        return False  # "1854–55: Stalemate", a lead's "(3 September 1911 – 18 January 1912)": told from the start
    if not context.history or context.story is None or PRECISE.match(value):
        return True
    if match.start - sentences.at(match.start).span[0] > STORY_OPENING:
        return _opens_clause(sentences, match.start) or dates_its_clause(sentences, match, value, context.story)
    before, after = _attributive(sentences.language)
    return not (BARE_YEAR.match(value) and int(value) < context.story.year  # back in time, in passing
                and before.search(sentences.text, max(0, match.start - 40), match.start)
                and after.match(sentences.text, match.end))


def _opens_clause(sentences: Sentences, start: int) -> bool:
    """True when a date opens a clause after a comma or semicolon ("…, and in 332 BC he besieged
    Tyre", "…; by 1799 he was First Consul"): it moves the story as one opening its sentence does."""
    before = _clause_year_before(sentences.language)
    return before.search(sentences.text, max(0, start - 20), start) is not None


@lru_cache(maxsize=8)
def _clause_year_before(language: str) -> re.Pattern[str]:
    """What stands before a date that opens a clause (text.yaml's story_clause_year_before)."""
    return compile_kept(resource(language, "story_clause_year_before"), re.I)


@lru_cache(maxsize=8)
def _attributive(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands before a year that qualifies a noun (a determiner, perhaps an adjective), and after it (a word)."""
    determiners = alternation(tuple(word_list(language, "attributive_determiners")))
    breaks = alternation(tuple(word_list(language, "attributive_breaks")))
    return (compile_kept(rf"(?:\b(?:{determiners})|\w['’]s)\s+(?:[a-z]+\s+)?$", re.I),
            compile_kept(rf"\s+(?!(?:{breaks})\b)[A-Za-z]", re.I))


def _resolve_match(match: Match, template: str, kind: str, resolver: Resolver, sentences: Sentences,
                   forward: ForwardWords) -> Resolved | None:
    """A match's value in the resolver's context, with its clause's tense when the value needs it
    (the sentence's verbs are read only then)."""
    context = resolver.context
    context.tense, context.happened = None, False
    if reads_tense(template, context):
        sentence = sentences.at(match.start)
        sentence.cues = sentence.cues or tense_cues(sentences.text, sentence.span, sentences.language,
                                                    sentences.lowered())
        # (whether the time took place is asked only for a month or a day of a month, which read it)
        context.tense, context.happened, cue_start = _tense(match, sentence, forward,
                                                            not resolver.colloquial and reads_happened(template))
        if context.tense == "future" and cue_start is not None:  # "had been due to expire [Friday]"
            context.tense = lapsed_plan_tense(sentences.text, cue_start, template, context.dct.date(),
                                              sentences.language) or "future"
        if resolver.colloquial and post_plans_ahead(template, context.tense, sentences.text, match.end):
            context.tense = "future"
    return resolver.resolve(template, kind, match.interval)


@dataclass
class Sentence:
    """A sentence as its matches read it: span, text, the alternatives it selects, its tense cues."""

    span: tuple[int, int]
    text: str
    chosen: dict[int, bool] = field(default_factory=dict)
    cues: TenseCues | None = None


class Sentences:
    """The sentence of each match, asked in order of position: a match mostly falls in the
    sentence of the one before it, which is then known without a search. Lines are split into
    sentences only when a match in them asks (no sentence runs over a line end)."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.lines: list[tuple[int, int]] | None = None
        self.line_starts: list[int] = []
        self.split: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}  # a line's sentences and their starts
        self.current: Sentence | None = None
        self.next_start = -1  # where the sentence after the current one (or its line) starts
        self.lowered_text: str | None = None

    def lowered(self) -> str:
        """The text lowered by `str.lower` (made once, when first asked)."""
        if self.lowered_text is None:
            self.lowered_text = self.text.lower()
        return self.lowered_text

    def at(self, position: int) -> Sentence:
        """The sentence a position falls in (the whole text if none); positions never decrease."""
        if self.current is not None and position < self.next_start:
            return self.current
        span, self.next_start = self._locate(position)
        if self.current is None or self.current.span != span:
            self.current = Sentence(span, self.text[span[0]:span[1]])
        return self.current

    def _locate(self, position: int) -> tuple[tuple[int, int], int]:
        """The span of the sentence a position falls in, and where the next one may start."""
        if self.lines is None:
            self.lines = line_spans(self.text)
            self.line_starts = [start for start, _ in self.lines]
        line = bisect.bisect_right(self.line_starts, position) - 1
        if line >= 0 and position < self.lines[line][1]:
            if line not in self.split:
                spans = line_sentence_spans(self.text, *self.lines[line], self.language)
                self.split[line] = (spans, [start for start, _ in spans])
            spans, starts = self.split[line]
            index = bisect.bisect_right(starts, position) - 1
            if index >= 0:  # else the position lies before the line's first sentence (a space)
                return spans[index], starts[index + 1] if index + 1 < len(starts) else self.lines[line][1]
        spans = sentence_spans(self.text, self.language)  # as the whole text is split
        index = bisect.bisect_right([start for start, _ in spans], position) - 1
        return (spans[index] if index >= 0 else (0, len(self.text))), position + 1


class ForwardWords:
    """Where words that look forward ("until", "by") stand, each before a run of spaces: found in
    one pass over the text the first time an expression's tense is asked."""

    def __init__(self, text: str, words: dict[str, str], lowered: Callable[[], str]) -> None:
        self.text = text
        self.words = words
        self.lowered = lowered  # the text lowered by `str.lower`, made when first asked
        self.found: list[tuple[int, int, int]] | None = None  # (word end, word start, end of the spaces)
        self.ends: list[int] = []

    def before(self, floor: int, start: int, end: int) -> bool:
        """True when the word right before an expression (after `floor`, at most 12 characters back)
        looks forward, unless the expression names the day of a thing ("before [Friday]'s purchases")."""
        if POSSESSIVE.match(self.text, end):
            return False
        if self.found is None:
            self.found = self._find()
            self.ends = [word_end for word_end, _, _ in self.found]
        index = bisect.bisect_left(self.ends, start) - 1  # the last such word that ends before the expression
        if index < 0:
            return False
        _, word_start, spaces_end = self.found[index]
        return start <= spaces_end and word_start >= max(floor, start - 12)

    def right_before(self, floor: int, start: int, end: int) -> bool:
        """`before`, read off the few characters before the expression alone (for the rare
        expression that asks, instead of finding every such word of the text first)."""
        words = self.text[max(floor, start - 12):start].split()
        return bool(words) and self.text[start - 1].isspace() and words[-1].lower() in self.words \
            and not POSSESSIVE.match(self.text, end)

    def _find(self) -> list[tuple[int, int, int]]:
        words = tuple(self.words)
        lowered = self.lowered()
        if len(lowered) == len(self.text):  # offsets hold: the words are found in the lowered text
            pattern = _lowered_forward_pattern(words)
            return [] if pattern is None else [(found.end(1), found.start(1), found.end(2))
                                               for found in pattern.finditer(lowered) if found.group(1) in self.words]
        pattern = _forward_pattern(words)
        if pattern is None:
            return []
        return [(found.end(1), found.start(1), found.end(2)) for found in pattern.finditer(self.text)
                if found.group(1).lower() in self.words]  # ignoring case knows a few more look-alikes


def _plain_words(words: tuple[str, ...]) -> list[str]:
    """The words of word characters only (as the one before an expression is), longest first."""
    return sorted((word for word in words if PLAIN_WORD.fullmatch(word)), key=len, reverse=True)


@lru_cache(maxsize=8)
def _forward_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words followed by spaces, ignoring case, or None when there are none."""
    plain = _plain_words(words)
    if not plain:
        return None
    return compile_kept(rf"(?<![\w])({'|'.join(map(re.escape, plain))})(\s+)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _lowered_forward_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words followed by spaces, in lowered text: a word found ignoring case is the same
    word there, or one that is not in the table (a look-alike that `str.lower` keeps, "untıl"),
    which `_find` leaves out all the same. Each word opens its alternative and is checked for a
    word character before it only once it matched, so the search skips in C every character no
    word starts with (twice as fast as testing what lies before each character)."""
    plain = _plain_words(words)
    if not plain:
        return None
    alternatives = "|".join(rf"{word}(?<![\w]{word})" for word in map(re.escape, plain))
    return compile_kept(rf"((?:{alternatives}))(\s+)")


class Resolved(NamedTuple):
    """A value resolved in a context, and what it tells the context after it."""

    value: str
    interval: Interval | None
    anchor: str | None  # the creation date, when the value was worked out from it
    day: dt.date | None  # the day the value names, if it names one
    period: dt.date | None  # the first day of the date, month or year it names, if any


class Resolver:
    """Resolves a text's values against its context, remembering each result: a value depends on
    nothing but its template and the context, and texts repeat both ("on Tuesday", "in 2019").
    Intervals are shared between the expressions that have the same (none is changed later)."""

    def __init__(self, context: Context, colloquial: bool = False) -> None:
        self.context = context
        # a post's past verbs announce what is coming as often as they report ("launched free
        # classes in February", in January): a month after one is read by tense alone
        self.colloquial = colloquial
        self.anchor = context.dct.date().isoformat()
        self.known: dict[tuple[object, ...], Resolved | None] = {}

    def resolve(self, template: str, kind: str, hint: str | None) -> Resolved | None:
        """The value of a template in the current context, or None when it names no calendar
        date (Feb 31)."""
        written = _written(template, kind, hint)
        if written is not None:
            return written  # the same in every text and context
        context = self.context
        key = (template, kind, hint, context.tense, context.happened, context.reference, context.period,
               context.period_unit, context.story, context.quarter, context.reign)
        found = self.known.get(key, False)
        if found is False:
            found = self.known[key] = self._resolve(template, kind, hint)
        return found

    def _resolve(self, template: str, kind: str, hint: str | None) -> Resolved | None:
        context = self.context
        try:
            value = resolve(template, context)
        except (ValueError, KeyError, IndexError, OverflowError):
            return None
        if hint is None and value in {"PAST_REF", "FUTURE_REF"} and not context.history:
            hint = vague_count_hint(template)  # "a few days ago": days back, not a year
        interval = value_interval(value, context.dct, hint) if kind in {"DATE", "TIME"} or hint else None
        if (day := counted_day(template, context)) is not None:
            interval = value_interval(day, context.dct, hint)  # "two weeks later" than a day: that day
        return Resolved(value, interval, self.anchor if value != template else None, full_date(value),
                        named_period(value))


@lru_cache(maxsize=8192)
def _written(template: str, kind: str, hint: str | None) -> Resolved | None:
    """A value written out in full, resolved (it depends on no context), or None for a template
    that needs one."""
    if not is_literal(template) or depends_on_creation(template, hint):
        return None
    return Resolved(template, written_interval(template) if kind in {"DATE", "TIME"} else None, None,
                    full_date(template), named_period(template))


def _tense(match: Match, sentence: Sentence, forward: ForwardWords,
           ask_happened: bool) -> tuple[Tense | None, bool, int | None]:
    """The tense that directs a match (its nearest cue's, forward after "until" unless that is
    past), (when asked) whether that cue tells the match's time took place, and where a future
    cue that decided starts (None for none)."""
    if sentence.cues is None:
        return None, False, None
    tense, cue = sentence.cues.nearest_cue(match.start, match.end)
    if tense != "past" and forward.before(sentence.span[0], match.start, match.end):
        return "future", False, None  # "has issued a warning until [Thursday morning]"
    # ("gave them until [mid-November]": the past verb tells of a time still ahead; the words
    # before are read last, only for a past verb of what took place)
    cue_start = sentence.cues.starts[cue] if tense == "future" and 0 <= cue < len(sentence.cues.starts) else None
    return ("past" if tense == "perfect" else tense), ask_happened \
        and sentence.cues.happened(cue, match.start, match.end) \
        and not forward.right_before(sentence.span[0], match.start, match.end), cue_start


def tag_article(article: Article, language: str = "en", genre: str = "auto") -> list[Timex]:
    """Time expressions of an article's body, with offsets into the whole input text."""
    body = article.text[article.body_offset:]
    shifted = []
    for timex in tag_text(body, article.published, language, genre):
        shifted.append(timex.model_copy(update={
            "start": timex.start + article.body_offset, "end": timex.end + article.body_offset,
        }))
    return shifted
