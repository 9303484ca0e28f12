"""Tag stage: find time expressions in a text and normalize them to TIMEX3 values."""

from __future__ import annotations

import bisect
import datetime as dt
from pathlib import Path

from pydantic import BaseModel

from timeline.anchor import Context, full_date, resolve
from timeline.engine import Match, RuleSet, find_matches, load_rules
from timeline.intervals import value_interval
from timeline.models import Article, Timex
from timeline.text import sentence_spans, tense_near


def tag_text(text: str, anchor: dt.datetime | dt.date, language: str = "en") -> list[Timex]:
    """Every time expression in `text`, with values resolved against `anchor` (the DCT)."""
    dct = anchor if isinstance(anchor, dt.datetime) else dt.datetime.combine(anchor, dt.time())
    ruleset = load_rules(language)
    matches = find_matches(text, ruleset)
    sentences = sentence_spans(text, language)
    starts = [start for start, _ in sentences]
    context = Context(dct=dct, reference=dct.date())
    timexes: list[Timex] = []
    for match in matches:
        context.tense = _tense_around(text, sentences, starts, match, language)
        timex = _to_timex(text, match, context, ruleset)
        if timex is None:
            continue
        timexes.append(timex)
        moved = full_date(timex.value) if timex.type in {"DATE", "TIME"} else None
        if moved is not None:
            context.reference = moved
    return timexes


def _tense_around(text: str, sentences: list[tuple[int, int]], starts: list[int], match: Match,
                  language: str) -> str | None:
    index = bisect.bisect_right(starts, match.start) - 1
    if index < 0:
        return None
    return tense_near(text, sentences[index], match.start, match.end, language)


def _to_timex(text: str, match: Match, context: Context, ruleset: RuleSet) -> Timex | None:
    try:
        value = resolve(match.value, context)
    except (ValueError, KeyError, IndexError, OverflowError):
        return None  # a match whose parts make no calendar sense (Feb 31) is not tagged
    interval = None
    if match.rule.type in {"DATE", "TIME"}:
        interval = value_interval(value, context.dct, match.interval)
    return Timex(
        start=match.start, end=match.end, text=text[match.start:match.end], type=match.rule.type,  # type: ignore[arg-type]
        value=value, mod=match.mod, freq=match.freq, quant=match.quant, rule=match.rule.name,
        anchor=context.dct.date().isoformat() if value != match.value else None, interval=interval,
    )


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


def tag_document(path: str | Path, date: dt.datetime | None = None, language: str = "en") -> TaggedDocument:
    """Tag an article file, or a TimeML file (its DCT as the date, its own tags ignored)."""
    if str(path).lower().endswith((".tml", ".timeml")):
        from timeline.timeml import read_timeml

        gold = read_timeml(path)
        dct = date or gold.dct
        return TaggedDocument(doc_id=gold.doc_id, dct=dct, text=gold.text, timexes=tag_text(gold.text, dct, language))
    from timeline.read import read_article

    article = read_article(path, date=date)
    return TaggedDocument(doc_id=Path(path).stem, dct=article.published, text=article.text,
                          timexes=tag_article(article, language))
