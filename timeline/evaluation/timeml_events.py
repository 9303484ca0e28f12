"""Gold event times of real news: TimeML EVENTs with their event–time TLINKs, or the dates
TimeBank-EventTime gives every event of 36 TimeBank documents.

A gold event's time is a list of alternative inclusive day intervals `(low, high)`, either bound
None when open ("before 1998-01-08" has no low).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import InputError
from timeline.evaluation.timeml import CREATION_TIME, _find, _load, _local, _parse_tree, read_timeml
from timeline.tag.intervals import value_interval

Bounds = tuple[dt.date | None, dt.date | None]
# Relations that put an event inside, around or at an edge of a time: the time dates the event.
DATING_RELATIONS = frozenset({"IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "BEGINS",
                              "BEGUN_BY", "ENDS", "ENDED_BY", "IDENTITY"})
DCT_ID = "t0"


@dataclass(frozen=True)
class GoldTime:
    """A time expression of a TimeML document: its id, span (None for the creation time) and value."""

    tid: str
    span: tuple[int, int] | None
    type: str
    value: str


@dataclass
class GoldEventTime:
    """A gold event: its span in the text, the intervals it may lie in, and the time expressions
    that date it (TLINKs only)."""

    eid: str
    span: tuple[int, int]
    times: list[Bounds] = field(default_factory=list)
    tids: set[str] = field(default_factory=set)

    @property
    def finite(self) -> bool:
        """True when some alternative is bounded on both sides."""
        return any(low is not None and high is not None for low, high in self.times)


@dataclass
class LinkedDocument:
    """A TimeML document read for event dating: text, creation time, time expressions, events."""

    doc_id: str
    dct: dt.datetime
    text: str
    times: dict[str, GoldTime]
    events: dict[str, GoldEventTime]


def read_linked(path: str | Path) -> LinkedDocument:
    """A TimeML file with its EVENT spans, TIMEX3s and the event–time TLINKs that date events."""
    document = read_timeml(path)
    data, name, _ = _load(path)
    root = _parse_tree(data, name)
    text_elem = _find(root, "TEXT")
    assert text_elem is not None  # read_timeml found it
    spans: list[tuple[str, dict[str, str], int, int]] = []
    _walk(text_elem, [0], spans)
    times = {attrs["tid"]: GoldTime(attrs["tid"], (start, end), attrs.get("type", ""), attrs.get("value", ""))
             for tag, attrs, start, end in spans if tag == "TIMEX3" and "tid" in attrs}
    times[DCT_ID] = GoldTime(DCT_ID, None, "DATE", document.dct_value)
    events = {attrs["eid"]: GoldEventTime(attrs["eid"], (start, end))
              for tag, attrs, start, end in spans if tag == "EVENT" and "eid" in attrs}
    _add_links(root, document.dct, times, events)
    return LinkedDocument(document.doc_id, document.dct, document.text, times, events)


def _walk(elem: ET.Element, pos: list[int], spans: list[tuple[str, dict[str, str], int, int]]) -> None:
    """Record (tag, attributes, start, end) of every element inside <TEXT>, offsets as read_timeml's."""
    pos[0] += len(elem.text or "")
    for child in elem:
        start = pos[0]
        _walk(child, pos, spans)
        if not (_local(child.tag) == "TIMEX3" and child.get("functionInDocument") == CREATION_TIME):
            spans.append((_local(child.tag), dict(child.attrib), start, pos[0]))
        pos[0] += len(child.tail or "")


def _add_links(root: ET.Element, dct: dt.datetime, times: dict[str, GoldTime],
               events: dict[str, GoldEventTime]) -> None:
    """Give each event the intervals of the DATE/TIME expressions its TLINKs date it by."""
    instances = {e.get("eiid", ""): e.get("eventID", "") for e in root.iter() if _local(e.tag) == "MAKEINSTANCE"}
    for link in (e for e in root.iter() if _local(e.tag) == "TLINK"):
        if link.get("relType", "").upper() not in DATING_RELATIONS:
            continue
        instance = link.get("eventInstanceID") or link.get("relatedToEventInstance")
        tid = link.get("relatedToTime") or link.get("timeID")
        if not instance or not tid or (link.get("eventInstanceID") and link.get("relatedToEventInstance")):
            continue
        event, time = events.get(instances.get(instance, "")), times.get(tid)
        if event is None or time is None or time.type not in {"DATE", "TIME"}:
            continue
        interval = value_interval(time.value, dct)
        if interval is None:
            continue
        event.times.append((_day(interval.start), _day(interval.end)))
        event.tids.add(tid)


def _day(moment: str) -> dt.date:
    return dt.date.fromisoformat(moment[:10])


# TimeBank-EventTime values: a day, "before"/"after" bounds (exclusive), or begin and end points.
_DAY = r"\d{4}-\d{2}-\d{2}"
_BOUNDED = re.compile(rf"^(?:after(?P<after>{_DAY}))?(?:before(?P<before>{_DAY}))?$")
_POINTS = re.compile(r"^beginPoint=(?P<begin>.*?)endPoint=(?P<end>.*)$")


def event_time_bounds(value: str) -> list[Bounds]:
    """The alternative intervals of one TimeBank-EventTime value (empty for `n/a`)."""
    bounds = []
    for alternative in (v.strip() for v in value.split(",")):
        points = _POINTS.match(alternative)
        if points:
            begin_text, end_text = points.group("begin").strip(), points.group("end").strip()
            if _BOUNDED.match(begin_text + end_text) and begin_text.startswith("after"):
                bounds.append(_point(begin_text + end_text))  # (a whole month or year told as two points)
                continue
            begin, end = _point(begin_text), _point(end_text)
            if begin is not None and end is not None:
                bounds.append((begin[0], end[1]))
            continue
        point = _point(alternative)
        if point is not None:
            bounds.append(point)
    return bounds


def _point(text: str) -> Bounds | None:
    """A day ("1998-01-08") or exclusive bounds ("after1998-01-07before1998-01-09") as inclusive
    days. Whole months are written from their 1st: "after the 1st before the 28th" of one month
    is that month (the corpus's convention), and so is "after the 1st before the last day"; a
    year is "after1996-01-01before1996-12-31", months "after1996-05-01before1996-07-31"."""
    text = text.strip()
    if re.fullmatch(_DAY, text):
        day = dt.date.fromisoformat(text)
        return day, day
    found = _BOUNDED.match(text)
    if not found or not (found.group("after") or found.group("before")):
        return None
    after = dt.date.fromisoformat(found.group("after")) if found.group("after") else None
    before = dt.date.fromisoformat(found.group("before")) if found.group("before") else None
    if after and before and after.day == 1 and after <= before and (
            _last_of_month(before) == before or (before.day == 28 and (after.year, after.month) == (
                before.year, before.month))):
        return after, _last_of_month(before)
    one = dt.timedelta(days=1)
    return (after + one if after else None), (before - one if before else None)


def _last_of_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def read_event_times(path: str | Path) -> dict[str, dict[str, list[Bounds]]]:
    """TimeBank-EventTime's table: document → eid → alternative intervals (tab-separated columns:
    document, sentence, token, `event`, eid, instance, `time`, value)."""
    table: dict[str, dict[str, list[Bounds]]] = defaultdict(dict)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read event times ({exc.strerror or exc})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        columns = line.split("\t")
        if len(columns) < 8:
            raise InputError(f"{path}:{number}: expected 8 tab-separated columns")
        table[columns[0]][columns[4]] = event_time_bounds(columns[7])
    return dict(table)


def with_event_times(document: LinkedDocument, dates: dict[str, list[Bounds]]) -> LinkedDocument:
    """The document's events dated by EventTime instead of TLINKs (events it does not list dropped)."""
    events = {eid: GoldEventTime(eid, event.span, list(dates[eid]))
              for eid, event in document.events.items() if eid in dates}
    return LinkedDocument(document.doc_id, document.dct, document.text, document.times, events)
