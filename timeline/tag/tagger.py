"""Tag stage: find time expressions in a text and normalize them to TIMEX3 values."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import table
from timeline.language.sentences import line_sentence_spans, line_spans, sentence_spans
from timeline.language.trie import alternation
from timeline.models import Article, Interval, Timex, trusted
from timeline.tag.anchor import (
    DEICTIC,
    Context,
    full_date,
    is_literal,
    named_period,
    reads_tense,
    resolve,
)
from timeline.tag.era import written_year
from timeline.tag.genre import STORY_MIN_DATES, check_genre, is_history, is_informal, opens_with_deixis
from timeline.tag.intervals import depends_on_creation, vague_count_hint, value_interval, written_interval
from timeline.tag.match import find_matches
from timeline.tag.rules import Match, load_rules
from timeline.tag.tense import Tense, TenseCues, tense_cues
from timeline.tag.written import WrittenDays

# A month, day or season without a year, and what may stand between it and a date that has one.
YEARLESS = lazy(r"^(MONTH|MONTHDAY|SEASON) (\w+)(?: (\d+))? (\w+)$")
RANGE_CLOSERS = frozenset({"to", "through", "thru", "until", "till", "-", "–", "—"})  # "from May 1 [to] June 3"
RANGE_WORDS = frozenset({"to", "until", "till"})  # closers of a range opened by "from"
RANGE_FROM = lazy(r"\b(?:from|between)\s+$", re.IGNORECASE)
YEARLESS_KINDS = ("MONTH", "SEASON")
RANGE_STARTS = ("MONTHDAY ", "WEEKDAY ")
DASHES = ("-", "–")
GAP_CHARS = 12  # the longest gap RANGE_GAP takes ("  through  ")
YEAR_FIRST = ("1", "2", "B")  # how a value written with its year starts
RANGE_GAP = lazy(r"\s*(?:,|and|or|to|through|until|till|[-–—/])\s*", re.IGNORECASE)
LEADING_YEAR = lazy(r"^(?:\d{4}|BC\d{4})(?=-|$)")
PRECISE = lazy(r"^(?:BC)?\d{4}-\d\d-\d\d")  # a value named to the day
STORY_OPENING = 25  # characters into its sentence within which a bare year sets a history's story
MONTHDAY = lazy(r"^MONTHDAY (\d\d) \d+ (\w+)$")
RANGE_END = lazy(r"\s{0,3}[-–]\s{0,3}(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:1\d|20)\d\d))?"
                       r"(?![\w:.]*\d)(?!\s*(?:%|percent|[ap]\.?m\b|(?!(?:and|or|in|at|on|to|the|with|for|from|when|http)\b)"
                       r"[A-Za-z]{3}))")  # a word after the day that names no unit ("April 6-7 and …") ends the range
# A day listed after another of the same month ("April 24 and [25]", "March 3, [5] and [7]"): only
# where a list would go on or end next, so that a count is not read as a day ("March 3, 5 people").
LIST_DAY = lazy(r"(?:\s{0,2},\s{0,3}|,?\s{1,3}(?:and|or|&)\s{1,3})(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
                r"(?:,?\s+(?P<y>(?:1\d|20)\d\d))?(?![\w:.]*\d)"
                r"(?=\s*(?:[,.;:!?()]|$)|\s+(?:and|or|&|in|at|to|when|with|for|from|but|as|respectively)\b|\s*[-–])",
                re.IGNORECASE)
LIST_OPENERS = (*DASHES, ",", "a", "o", "&")  # what may open the rest of a range or a list of days
POSSESSIVE = lazy(r"['’]s\b")
CLOCK_ON_GAP = lazy(r",?\s+on\s+")  # "at 8 p.m. on Feb. 28": the clock is that day's
DAY_VALUE = lazy(r"^(?:WEEKDAY \d|MONTHDAY \d|REF day |\d{4}-\d\d-\d\d$)")
DEICTIC_NAMED = lazy(r"^(?:MONTH|SEASON) \S+ (?:next|last|this)$")  # "next spring", "last March"
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
    matches = _with_range_ends(text, find_matches(text, ruleset), language)
    sentences = Sentences(text, language)
    context = Context(dct=dct, reference=dct.date())
    if genre == "auto":
        years = [year for year in map(written_year, [m.value for m in matches if m.value[:1] in YEAR_FIRST])
                 if year is not None]
        history = len(years) >= STORY_MIN_DATES and is_history(years, sum(_is_deictic(m.value) for m in matches),
                                                                dct) and not opens_with_deixis(matches)
        genre = "narrative" if history else "news"
        if genre == "narrative" and genre in ruleset.written_for:
            matches = _with_range_ends(text, find_matches(text, load_rules(language, genre)), language)  # + histories'

    context.history = context.narrative = genre == "narrative"
    resolver = Resolver(context)
    forward = ForwardWords(text, table(language, "forward_preposition"))
    units = table(language, "unit")
    years_ahead = _years_ahead(text, matches)
    days_ahead: dict[int, tuple[str, Resolved | None]] = {}  # by where the day starts
    written = WrittenDays(dct.date())
    timexes: list[Timex] = []
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
        if index in years_ahead:
            template = _with_year(template, years_ahead[index])
        elif not context.history:
            template = written.same_day(template)  # "March 7" after "March 7 2003"
        day_match = _day_after_clock(text, matches, index, template) if template.startswith("CLOCK ") else None
        if day_match is not None:  # "at 8 p.m. on Feb. 28": the day as it is tagged, then the clock on it
            day = _resolve_match(day_match, day_match.value, day_match.rule.type, resolver, sentences, forward)
            days_ahead[day_match.start] = (day_match.value, day)
            if day is not None and PRECISE.match(day.value):
                template = f"{template} ON {day.value[:10]}"
        if timexes and template.startswith("WEEKDAY "):
            template = _weekday_range_close(text, timexes[-1], match, template)
        elif timexes and template.startswith(("MONTH ", "MONTHDAY ")):
            template = _yearless_range_close(text, timexes[-1], match, template)
        ahead = days_ahead.pop(match.start, None)
        if ahead is not None and ahead[0] == template:
            resolved = ahead[1]  # a day already resolved for the clock time before it
        else:
            resolved = _resolve_match(match, template, kind, resolver, sentences, forward)
        if resolved is None:
            continue  # a match whose parts make no calendar sense (Feb 31) is not tagged
        timexes.append(trusted(Timex, {  # each field of its type: rule types are checked as rules load
            "start": match.start, "end": match.end, "text": text[match.start:match.end], "type": kind,
            "value": resolved.value, "mod": match.mod, "freq": match.freq, "quant": match.quant,
            "rule": match.rule.name, "anchor": resolved.anchor, "interval": resolved.interval,
        }))
        if kind in {"DATE", "TIME"}:
            if template == resolved.value:
                written.record(template)
            context.reference = resolved.day or context.reference
            context.period = resolved.period or context.period
            if template == resolved.value and _sets_story(match, resolved.value, sentences, context):
                context.story = resolved.period or context.story
    return timexes


def _weekday_range_close(text: str, opening: Timex, match: Match, template: str) -> str:
    """A weekday that closes a range after a day ("Mon-[Fri]", "Friday – [Sunday]") is the first such
    day from the opening one, whatever the tense says of each alone."""
    if text[opening.end:match.start].strip() not in DASHES or not PRECISE.match(opening.value) \
            or opening.value.startswith("BC") or len(opening.value) != 10:
        return template
    opening_day = dt.date.fromisoformat(opening.value)
    ahead = (int(template.split()[1]) - opening_day.isoweekday()) % 7
    return (opening_day + dt.timedelta(days=ahead or 7)).isoformat()


def _yearless_range_close(text: str, opening: Timex, match: Match, template: str) -> str:
    """A month or a day without a year that closes a range after a dated one ("from June 1 to
    [November 30]", "from October 2012 through [March]") is the first such one from the opening,
    whatever the tense says of it alone."""
    gap = text[opening.end:match.start].strip().lower()
    if gap not in RANGE_CLOSERS or (gap in RANGE_WORDS and RANGE_FROM.search(text, 0, opening.start) is None):
        return template  # "to" closes a range only after "from": not "a revision Friday to December's figures"
    opening_day, parts = named_period(opening.value), YEARLESS.match(template)
    if opening_day is None or parts is None or parts.group(4).isdigit() \
            or len(opening.value) != (10 if parts.group(3) else 7):  # a day closes a day's range, a month a month's
        return template
    month, day = int(parts.group(2)), int(parts.group(3) or 1)
    year = opening_day.year + ((month, day) < (opening_day.month, opening_day.day if parts.group(3) else 1))
    # the day in its year, not as a literal date: a range's end moves no history's story
    return f"{year:04d}-{month:02d}" if parts.group(3) is None else f"MONTHDAY {month:02d} {day} {year:04d}"


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


def _is_deictic(template: str) -> bool:
    """A value counted from the day of writing: "yesterday", "on Friday", "next spring", "last March"."""
    return template.startswith(DEICTIC) or DEICTIC_NAMED.match(template) is not None


def _sets_story(match: Match, value: str, sentences: Sentences, context: Context) -> bool:
    """True when a date written out in full moves a history's story: the first, and a day always;
    a month or a year only when it opens its sentence ("In 1944, …"), not in passing ("…
    declassified in 2005", "… surpassing the May 2007 high")."""
    if not context.history or context.story is None or PRECISE.match(value):
        return True
    return match.start - sentences.at(match.start).span[0] <= STORY_OPENING


def _with_range_ends(text: str, matches: list[Match], language: str) -> list[Match]:
    """The matches, with the days that end a range or a list after a month and day ("May 5 -
    [6]", "March 5-[9, 1918]", "April 24 and [25]", "May 2 - [3], [9] - [10]") or a weekday
    ("Fri-[Sun]"), each its own expression as TimeML annotates it (found here, after the first day
    was matched, rather than by a rule tried at every number or weekday). The year that closes a
    range or a list of days belongs to its last day."""
    starts = [index for index, match in enumerate(matches) if match.value.startswith(RANGE_STARTS)
              and text[match.end:match.end + 5].lstrip()[:1] in LIST_OPENERS]  # a dash, comma or "and" next
    added: dict[int, list[Match]] = {}  # by the index of the match that opens the range or list
    dropped: set[int] = set()
    for index in starts:
        match = matches[index]
        following = matches[index + 1:index + 2]
        if match.value.startswith("WEEKDAY "):
            ends = _weekday_range_end(text, match, following, language)
        else:
            ends, year_dropped = _listed_days(text, match, following)
            if year_dropped:
                dropped.add(index + 1)  # the last day's year, matched on its own
        if ends:
            added[index] = ends
    if not added:
        return matches
    extended: list[Match] = []
    for index, match in enumerate(matches):
        if index not in dropped:
            extended.append(match)
        extended += added.get(index, [])
    return extended


def _listed_days(text: str, match: Match, following: list[Match]) -> tuple[list[Match], bool]:
    """The days of the same month that follow a month and day in a range or a list, as matches,
    and whether the last one took the year matched next ("May 5-9, 1918")."""
    monthday = MONTHDAY.match(match.value)
    if monthday is None:
        return [], False
    month, how = monthday.group(1), monthday.group(2)
    limit = following[0].start if following else len(text)
    days: list[Match] = []
    end = match.end
    while True:
        found = RANGE_END.match(text, end) or LIST_DAY.match(text, end)
        if found is None:
            return days, False
        year = found.group("y")
        if found.end() > limit and (not year or (following[0].start, following[0].end) != found.span("y")):
            return days, False  # it runs into the next match, which is not its year
        day = int(found.group("d"))
        value = f"{year}-{month}-{day:02d}" if year else f"MONTHDAY {month} {day} {how}"
        days.append(replace(match, start=found.start("d"), end=found.end(), value=value, mod=None, alternatives=()))
        if year:
            return days, found.end() > limit
        end = found.end()


def _weekday_range_end(text: str, match: Match, following: list[Match], language: str) -> list[Match]:
    """The weekday that ends a range opened by a weekday match ("Fri-[Sun]"), if no match has it."""
    weekdays = table(language, "weekday")
    end = _weekday_range_pattern(tuple(weekdays)).match(text, match.end)
    if end is None or (following and following[0].start < end.end()):
        return []
    number = weekdays[end.group("w").lower().rstrip(".")]
    how = match.value.split("|")[0].split()[2]
    return [replace(match, start=end.start("w"), end=end.end("w"), value=f"WEEKDAY {number} {how}", mod=None,
                    alternatives=())]


@lru_cache(maxsize=8)
def _weekday_range_pattern(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """A dash and a weekday name right after a weekday ("-Sun", " – sunday")."""
    names = alternation(weekdays)
    return compile_kept(rf"\s{{0,2}}[-–]\s{{0,2}}(?P<w>{names})(?![\w-])", re.IGNORECASE)


def _years_ahead(text: str, matches: list[Match]) -> dict[int, str]:
    """The year of each month, day or season written without one right before a date that has
    one, joined as a range or a list ("[April] and June 1955", "[21 March] - 21 June 1952"):
    by the index of its match."""
    found: dict[int, str] = {}
    yearless = [index for index, match in enumerate(matches[:-1]) if match.value.startswith(YEARLESS_KINDS)]
    for index in reversed(yearless):
        here, there = matches[index], matches[index + 1]
        if there.start - here.end > GAP_CHARS or not YEARLESS.match(here.value) \
                or not RANGE_GAP.fullmatch(text, here.end, there.start):
            continue
        year = found.get(index + 1) or (LEADING_YEAR.match(there.value) if is_literal(there.value) else None)
        if year:
            found[index] = year if isinstance(year, str) else year.group()
    return found


def _resolve_match(match: Match, template: str, kind: str, resolver: Resolver, sentences: Sentences,
                   forward: ForwardWords) -> Resolved | None:
    """A match's value in the resolver's context, with its clause's tense when the value needs it
    (the sentence's verbs are read only then)."""
    context = resolver.context
    context.tense = None
    if reads_tense(template, context):
        sentence = sentences.at(match.start)
        sentence.cues = sentence.cues or tense_cues(sentences.text, sentence.span, sentences.language,
                                                    sentences.lowered())
        context.tense = _tense(match, sentence, forward)
    return resolver.resolve(template, kind, match.interval)


def _day_after_clock(text: str, matches: list[Match], index: int, template: str) -> Match | None:
    """The day a clock time is told before ("at 8 p.m. on Feb. 28"; the two stay two expressions,
    as TimeML writes them), or None."""
    if not template.startswith("CLOCK ") or " ON " in template or index + 1 >= len(matches):
        return None
    there = matches[index + 1]
    if there.value.startswith("CLOCK ") and RANGE_GAP.fullmatch(text, matches[index].end, there.start):
        return _day_after_clock(text, matches, index + 1, there.value)  # "from 9am to 5pm on Monday"
    if not CLOCK_ON_GAP.fullmatch(text, matches[index].end, there.start) or not DAY_VALUE.match(there.value):
        return None
    return there


def _with_year(template: str, year: str) -> str:
    """A month, day or season template written out in a year (`MONTH 04 tense` → `1955-04`)."""
    found = YEARLESS.match(template)
    if found is None:
        return template
    kind, first, second = found.group(1, 2, 3)
    if kind == "MONTHDAY":
        return f"{year}-{first}-{int(second):02d}"
    return f"{year}-{first}"


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

    def __init__(self, text: str, words: dict[str, str]) -> None:
        self.text = text
        self.words = words
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

    def _find(self) -> list[tuple[int, int, int]]:
        pattern = _forward_pattern(tuple(self.words))
        if pattern is None:
            return []
        return [(found.end(1), found.start(1), found.end(2)) for found in pattern.finditer(self.text)
                if found.group(1).lower() in self.words]  # ignoring case knows a few more look-alikes


@lru_cache(maxsize=8)
def _forward_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words (those of word characters only, as the one before an expression is) followed by
    spaces, or None when there are none."""
    plain = sorted((word for word in words if PLAIN_WORD.fullmatch(word)), key=len, reverse=True)
    if not plain:
        return None
    return compile_kept(rf"(?<![\w])({'|'.join(map(re.escape, plain))})(\s+)", re.IGNORECASE)


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

    def __init__(self, context: Context) -> None:
        self.context = context
        self.anchor = context.dct.date().isoformat()
        self.known: dict[tuple[object, ...], Resolved | None] = {}

    def resolve(self, template: str, kind: str, hint: str | None) -> Resolved | None:
        """The value of a template in the current context, or None when it names no calendar
        date (Feb 31)."""
        written = _written(template, kind, hint)
        if written is not None:
            return written  # the same in every text and context
        context = self.context
        key = (template, kind, hint, context.tense, context.reference, context.period, context.story)
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
        interval = value_interval(value, context.dct, hint) if kind in {"DATE", "TIME"} else None
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


def _tense(match: Match, sentence: Sentence, forward: ForwardWords) -> Tense | None:
    """The tense that directs a match: its nearest cue's, forward after "until" unless that is past."""
    tense = sentence.cues.nearest(match.start, match.end) if sentence.cues else None
    if tense != "past" and forward.before(sentence.span[0], match.start, match.end):
        return "future"  # "has issued a warning until [Thursday morning]"
    return "past" if tense == "perfect" else tense


def tag_article(article: Article, language: str = "en", genre: str = "auto") -> list[Timex]:
    """Time expressions of an article's body, with offsets into the whole input text."""
    body = article.text[article.body_offset:]
    shifted = []
    for timex in tag_text(body, article.published, language, genre):
        shifted.append(timex.model_copy(update={
            "start": timex.start + article.body_offset, "end": timex.end + article.body_offset,
        }))
    return shifted
