"""Tag stage: find time expressions in a text and normalize them to TIMEX3 values."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from timeline.anchor import DEICTIC, Context, full_date, is_history, named_period, resolve, uses_tense
from timeline.engine import Match, find_matches, load_rules
from timeline.intervals import value_interval
from timeline.models import Article, Interval, Timex

if TYPE_CHECKING:
    from timeline.readers.common import ReadOptions
from timeline.text import Tense, TenseCues, sentence_spans, tense_cues

POSSESSIVE = re.compile(r"['’]s\b")
WORD_BEFORE = re.compile(r"(?<![\w])(\w+)\s+$")
WRITTEN_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d(?:-\d\d(?:-\d\d)?)?$")


def tag_text(text: str, anchor: dt.datetime | dt.date, language: str = "en") -> list[Timex]:
    """Every time expression in `text`, with values resolved against `anchor` (the DCT)."""
    dct = anchor if isinstance(anchor, dt.datetime) else dt.datetime.combine(anchor, dt.time())
    ruleset = load_rules(language)
    matches = find_matches(text, ruleset)
    sentences = sentence_spans(text, language)
    starts = [start for start, _ in sentences]
    context = Context(dct=dct, reference=dct.date())
    years = [int(m.value[:4]) for m in matches if WRITTEN_YEAR.match(m.value)]
    context.history = is_history(years, sum(m.value.startswith(DEICTIC) for m in matches), dct)
    resolver = Resolver(context)
    timexes: list[Timex] = []
    current: tuple[int, int] | None = None
    cues: TenseCues | None = None
    for match in matches:
        sentence = _sentence_of(sentences, starts, match.start, len(text))
        if sentence != current:  # matches come in order: each sentence is read once
            current, sentence_text, chosen, cues = sentence, text[sentence[0]:sentence[1]], {}, None
        if not match.allowed(sentence_text, chosen):
            continue
        kind, template = match.choose(sentence_text, chosen)
        context.tense = None
        if uses_tense(template):  # the sentence's verbs are read only when a value needs them
            cues = cues or tense_cues(text, sentence, language)
            context.tense = _tense(text, sentence, match, cues, ruleset.tables)
        resolved = resolver.resolve(template, kind, match.interval)
        if resolved is None:
            continue  # a match whose parts make no calendar sense (Feb 31) is not tagged
        value, interval, anchored = resolved
        timexes.append(Timex.model_validate({
            "start": match.start, "end": match.end, "text": text[match.start:match.end], "type": kind,
            "value": value, "mod": match.mod, "freq": match.freq, "quant": match.quant, "rule": match.rule.name,
            "anchor": anchored, "interval": interval,
        }))
        if kind in {"DATE", "TIME"}:
            context.reference = full_date(value) or context.reference
            context.period = named_period(value) or context.period
            if template == value:  # written out in full, not worked out from the context
                context.story = named_period(value) or context.story
    return timexes


Resolved = tuple[str, "Interval | None", "str | None"]  # value, its interval, the anchor it was resolved against


class Resolver:
    """Resolves a text's values against its context, remembering each result: a value depends on
    nothing but its template and the context, and texts repeat both ("on Tuesday", "in 2019").
    Intervals are shared between the expressions that have the same (none is changed later)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.anchor = context.dct.date().isoformat()
        self.known: dict[tuple[object, ...], Resolved | None] = {}

    def resolve(self, template: str, kind: str, hint: str | None) -> Resolved | None:
        """(value, interval, anchor) of a template in the current context, or None when it names
        no calendar date (Feb 31)."""
        context = self.context
        key = (template, kind, hint, context.tense, context.reference, context.period, context.story)
        if key in self.known:
            return self.known[key]
        try:
            value = resolve(template, context)
        except (ValueError, KeyError, IndexError, OverflowError):
            found = None
        else:
            interval = value_interval(value, context.dct, hint) if kind in {"DATE", "TIME"} else None
            found = (value, interval, self.anchor if value != template else None)
        self.known[key] = found
        return found


def _tense(text: str, sentence: tuple[int, int], match: Match, cues: TenseCues,
           tables: dict[str, dict[str, str]]) -> Tense | None:
    """The tense that directs a match: its nearest cue's, forward after "until" unless that is past."""
    tense = cues.nearest(match.start, match.end)
    if tense != "past" and _after_forward_word(text, sentence[0], match.start, match.end, tables):
        return "future"  # "has issued a warning until [Thursday morning]"
    return "past" if tense == "perfect" else tense


def _after_forward_word(text: str, floor: int, start: int, end: int, tables: dict[str, dict[str, str]]) -> bool:
    """True when the word right before an expression looks forward ("until", "by"), unless the
    expression names the day of a thing ("before [Friday]'s purchases")."""
    if POSSESSIVE.match(text, end):
        return False
    word = WORD_BEFORE.search(text, max(floor, start - 12), start)
    return word is not None and word.group(1).lower() in tables.get("forward_preposition", {})


def _sentence_of(sentences: list[tuple[int, int]], starts: list[int], position: int,
                 length: int) -> tuple[int, int]:
    """The (start, end) of the sentence a position falls in (the whole text if none)."""
    index = bisect.bisect_right(starts, position) - 1
    return sentences[index] if index >= 0 else (0, length)


def tag_article(article: Article, language: str = "en") -> list[Timex]:
    """Time expressions of an article's body, with offsets into the whole input text."""
    body = article.text[article.body_offset:]
    shifted = []
    for timex in tag_text(body, article.published, language):
        shifted.append(timex.model_copy(update={
            "start": timex.start + article.body_offset, "end": timex.end + article.body_offset,
        }))
    return shifted


class TaggedDocument(BaseModel):
    """A document's text, its creation time and the expressions found in it."""

    doc_id: str
    dct: dt.datetime
    text: str
    timexes: list[Timex]


def tag_document(path: str | Path, date: dt.datetime | None = None, language: str = "en",
                 options: ReadOptions | None = None) -> TaggedDocument:
    """Tag an article file, or a TimeML file (its DCT as the date, its own tags ignored)."""
    date = date or (options.date if options else None)
    if str(path).lower().endswith((".tml", ".timeml")):
        from timeline.timeml import read_timeml

        gold = read_timeml(path)
        dct = date or gold.dct
        return TaggedDocument(doc_id=gold.doc_id, dct=dct, text=gold.text, timexes=tag_text(gold.text, dct, language))
    from timeline.read import read_article

    article = read_article(path, date=date, options=options)
    return TaggedDocument(doc_id=Path(path).stem, dct=article.published, text=article.text,
                          timexes=tag_article(article, language))
