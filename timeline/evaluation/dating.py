"""Score event dating on real news annotated with TimeML: `timeline eval-events --timeml DIR`.

For each event the tool outputs, the gold events whose words lie inside its text (its sentence,
or its clause when the sentence holds several events) are found.
With the gold events' times (from TLINKs to DATE/TIME expressions, or from TimeBank-EventTime):

- **lenient**: the share of tool events (among those with a dated gold event in their sentence)
  whose interval lies inside or overlaps the time of some gold event there;
- **strict**: the share whose own time expression is one gold links to an event of that sentence,
  or a gold TIMEX coreferent with it (the same value: gold links to one token of a time said
  several times); a tool event dated by the publication date or by a present reference ("now")
  counts when gold links it to the creation time (or a TIMEX valued the creation day);
  with EventTime, whose interval lies wholly inside some gold event's interval;
- **recall**: the share of gold events with a bounded time, in sentences that carry a date (a
  gold DATE or TIME expression), that lie inside some tool event's sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from timeline.errors import InputError
from timeline.evaluation.timeml_events import (
    DCT_ID,
    Bounds,
    GoldEventTime,
    LinkedDocument,
    read_event_times,
    read_linked,
    with_event_times,
)
from timeline.events import extract_events
from timeline.language.sentences import sentence_spans
from timeline.models import Article, Event


class DatingError(BaseModel):
    """A tool event dated outside every gold time of its sentence, or a gold event no tool event covers."""

    document: str
    kind: str  # date | strict (right by lenient, not by its own expression) | miss
    text: str
    found: str | None = None
    expected: str | None = None


class DatingReport(BaseModel):
    """Pooled figures over the documents scored."""

    documents: int
    gold_source: str  # tlinks | event-times
    scored: int  # tool events with a dated gold event in their sentence
    lenient: int
    strict: int
    coverable: int  # gold events with a bounded time in sentences that carry a date
    covered: int
    lenient_accuracy: float
    strict_accuracy: float
    recall: float
    errors: list[DatingError]


def _overlaps(low: dt.date, high: dt.date, bounds: Bounds) -> bool:
    return (bounds[0] is None or high >= bounds[0]) and (bounds[1] is None or low <= bounds[1])


def _inside(low: dt.date, high: dt.date, bounds: Bounds) -> bool:
    return (bounds[0] is None or low >= bounds[0]) and (bounds[1] is None or high <= bounds[1])


def _sentence_span(text: str, event: Event) -> tuple[int, int]:
    """Where the event's text lies in the document: its sentence, or its own clause when the
    sentence holds several events (it starts at or before the event's position). A clause
    led by the sentence's subject ("Hackworth died …") is found by its own words."""
    since = max(0, event.position - len(event.text))
    start = text.find(event.text, since)
    if start >= 0:
        return start, start + len(event.text)
    words = event.text.rstrip(".").split()  # a clause's text ends with a full stop of its own
    for dropped in range(min(len(words), 10)):
        needle = " ".join(words[dropped:])
        start = text.find(needle, since)
        if start >= 0:
            return (min(start, event.position) if dropped else start), start + len(needle)
    return event.position, event.position + len(event.text)


def _time_span(text: str, event: Event, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """Where the event's own time expression lies (searched from its clause on)."""
    if not event.time_text:
        return None
    start = text.find(event.time_text, max(sentence[0], event.position), sentence[1])
    if start < 0:
        start = text.find(event.time_text, sentence[0], sentence[1])
    return (start, start + len(event.time_text)) if start >= 0 else None


def _format(bounds: list[Bounds]) -> str:
    return " | ".join(f"{low or '…'}..{high or '…'}" for low, high in bounds)


class _Tally:
    def __init__(self) -> None:
        self.scored = self.lenient = self.strict = self.coverable = self.covered = 0
        self.errors: list[DatingError] = []


def _score_document(document: LinkedDocument, events: list[Event], tlinks: bool, tally: _Tally) -> None:
    """Add one document's tool events and gold events to the tally."""
    text = document.text
    sentences = [_sentence_span(text, event) for event in events]
    for event, sentence in zip(events, sentences, strict=True):
        inside = [g for g in document.events.values() if sentence[0] <= g.span[0] < sentence[1] and g.times]
        if not inside:
            continue
        low, high = dt.date.fromisoformat(event.start[:10]), dt.date.fromisoformat(event.end[:10])
        tally.scored += 1
        lenient = any(_overlaps(low, high, b) for g in inside for b in g.times)
        if lenient:
            tally.lenient += 1
        else:
            tally.errors.append(DatingError(document=document.doc_id, kind="date", text=event.text,
                                            found=f"{event.start}..{event.end} ({event.time_text})",
                                            expected=_format([b for g in inside for b in g.times])))
        if _strict(document, event, sentence, inside, tlinks, low, high):
            tally.strict += 1
        elif lenient:
            tally.errors.append(DatingError(document=document.doc_id, kind="strict", text=event.text,
                                            found=f"{event.start}..{event.end} ({event.time_text})",
                                            expected=_linked_texts(document, inside)))
    dated_sentences = [s for s in sentence_spans(text) if any(
        t.span and s[0] <= t.span[0] < s[1] and t.type in {"DATE", "TIME"} for t in document.times.values())]
    for gold in document.events.values():
        if not gold.finite or not any(s[0] <= gold.span[0] < s[1] for s in dated_sentences):
            continue
        tally.coverable += 1
        if any(s[0] <= gold.span[0] < s[1] for s in sentences):
            tally.covered += 1
        else:
            sentence = next(s for s in dated_sentences if s[0] <= gold.span[0] < s[1])
            tally.errors.append(DatingError(document=document.doc_id, kind="miss", text=text[slice(*sentence)],
                                            expected=f"{text[slice(*gold.span)]}: {_format(gold.times)}"))


def _strict(document: LinkedDocument, event: Event, sentence: tuple[int, int], inside: list[GoldEventTime],
            tlinks: bool, low: dt.date, high: dt.date) -> bool:
    """The tool event's own time expression is one gold dates an event of its sentence by: the
    linked TIMEX itself or one coreferent with it (see `_coreferent`); an event dated by the
    publication date, or by a present reference ("now", "currently"), is dated by the creation time."""
    if not tlinks:
        return any(_inside(low, high, b) for g in inside for b in g.times)
    linked = {_time_value(document, tid) for g in inside for tid in g.tids}
    if event.dated_by == "publication" or event.value == PRESENT:
        return _time_value(document, DCT_ID) in linked
    own = _time_span(document.text, event, sentence)
    return own is not None and any(
        time.span is not None and time.span[0] < own[1] and own[0] < time.span[1]
        and _time_value(document, tid) in linked for tid, time in document.times.items())


PRESENT = "PRESENT_REF"


def _linked_texts(document: LinkedDocument, inside: list[GoldEventTime]) -> str:
    """The time expressions gold dates the sentence's events by, as written ("t0" the creation time)."""
    tids = sorted({tid for g in inside for tid in g.tids})
    return ", ".join(DCT_ID if tid == DCT_ID else repr(document.text[slice(*document.times[tid].span)])
                     for tid in tids if tid == DCT_ID or document.times[tid].span) or "(no link)"


def _time_value(document: LinkedDocument, tid: str) -> str:
    """The time a TIMEX denotes, so that coreferent expressions compare equal: its value, the
    creation time's day for the creation time itself and for PRESENT_REF ("now", "this moment").
    Gold links an event to one token of a time said several times (the "Friday" of the next
    sentence, "the day" in apposition to "Oct. 12"); the tool's expression, a gold TIMEX of the
    same value, names the same time."""
    value = document.times[tid].value
    return document.dct.date().isoformat() if tid == DCT_ID or value == PRESENT else value


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _article(document: LinkedDocument) -> Article:
    return Article(text=document.text, published=document.dct, path=document.doc_id, date_source="timeml")


def evaluate_dating(folder: str | Path, event_times: str | Path | None = None,
                    extractor: Callable[[Article], list[Event]] = extract_events) -> DatingReport:
    """Score the extractor's dates on the TimeML files of a folder (recursively), against their
    TLINKs, or against TimeBank-EventTime's dates for the documents that file lists."""
    root = Path(folder)
    paths = sorted(root.rglob("*.tml")) if root.is_dir() else [root] if root.is_file() else []
    if not paths:
        raise InputError(f"{root}: no TimeML (.tml) files")
    dates = read_event_times(event_times) if event_times else None
    if dates is not None:
        paths = [p for p in paths if p.stem in dates]
        if not paths:
            raise InputError(f"{root}: none of the documents {event_times} dates is there")
    tally = _Tally()
    for path in paths:
        document = read_linked(path)
        if dates is not None:
            document = with_event_times(document, dates[path.stem])
        _score_document(document, extractor(_article(document)), dates is None, tally)
    return DatingReport(
        documents=len(paths), gold_source="event-times" if dates is not None else "tlinks", scored=tally.scored,
        lenient=tally.lenient, strict=tally.strict, coverable=tally.coverable, covered=tally.covered,
        lenient_accuracy=_ratio(tally.lenient, tally.scored), strict_accuracy=_ratio(tally.strict, tally.scored),
        recall=_ratio(tally.covered, tally.coverable), errors=tally.errors,
    )


def format_dating_report(report: DatingReport, errors: bool = False) -> str:
    """A short human-readable report, with every wrong date and miss when asked."""
    lines = [
        f"documents {report.documents}   gold {report.gold_source}   tool events scored {report.scored}   "
        f"gold events to cover {report.coverable}",
        f"lenient {report.lenient_accuracy:.3f} ({report.lenient}/{report.scored})   "
        f"strict {report.strict_accuracy:.3f} ({report.strict}/{report.scored})   "
        f"recall {report.recall:.3f} ({report.covered}/{report.coverable})",
    ]
    if errors:
        for error in report.errors:
            detail = " ".join(filter(None, [f"found {error.found}" if error.found else "",
                                            f"expected {error.expected}" if error.expected else ""]))
            lines.append(f"{error.kind:5} {error.document}: {' '.join(error.text.split())[:160]}  {detail}")
    return "\n".join(lines) + "\n"
