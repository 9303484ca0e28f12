"""Pydantic models: the contract between the pipeline stages (read → tag → events → order → render)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, NamedTuple, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TIMEX_TYPES: tuple[str, ...] = get_args(TimexType)
Granularity = Literal[
    "time", "partofday", "day", "weekend", "week", "month", "season", "quarter", "half",
    "year", "decade", "century", "unknown",
]
# The granularities from the finest to the coarsest: this order ranks them everywhere.
GRANULARITIES: tuple[str, ...] = get_args(Granularity)
GRANULARITY_RANK = {name: rank for rank, name in enumerate(GRANULARITIES)}
# How a text anchors its time expressions (see timeline/tag/genre.py); `auto` decides from the text.
GENRES = ("auto", "news", "narrative", "colloquial")
# The fuzzy TIMEX3 values: a time the text points to without a calendar position.
FUZZY_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


class Season(NamedTuple):
    """A TIMEX3 season code's months (meteorological, northern hemisphere) and English name."""

    first_month: int
    last_month: int
    name: str

    @property
    def middle_month(self) -> int:
        return self.first_month % 12 + 1


SEASONS = {"SP": Season(3, 5, "Spring"), "SU": Season(6, 8, "Summer"), "FA": Season(9, 11, "Autumn"),
           "WI": Season(12, 2, "Winter")}


class Skipped(BaseModel):
    """An input, or one record of it, that could not become an article: reported, never lost."""

    where: str
    reason: str


class Source(BaseModel):
    """Where an article came from: provenance carried onto every event."""

    model_config = ConfigDict(frozen=True)

    title: str | None = None
    url: str | None = None
    path: str | None = None
    date: str | None = None  # publication date as ISO text, e.g. 2019-02-21 or 2019-02-21T09:30
    record: str | None = Field(default=None, description="the record's id, for an article read from JSON records")


class CacheStats(BaseModel):
    """The build cache after a build: how many inputs it gave, and what it holds."""

    folder: str
    reused: int = Field(default=0, description="input files whose extraction came from the cache")
    extracted: int = Field(default=0, description="input files extracted (and written to the cache)")
    entries: int = 0
    bytes: int = 0
    limit: int = Field(default=0, description="the bound on its size (--cache-max), in bytes")
    dropped: int = Field(default=0, description="entries dropped, the oldest first, to stay within the bound")


class Article(BaseModel):
    """One article as read from its input: text exactly as read, plus its publication time."""

    text: str  # the whole input exactly as decoded: offsets index into it
    published: dt.datetime
    title: str | None = None
    url: str | None = None
    path: str | None = None
    record: str | None = None  # the id field of a JSON record
    date_source: str = "unknown"  # where the publication date came from: option, front-matter, …
    body_offset: int = 0  # where the body starts in `text` (after any front matter)
    content_offset: int = 0  # where the article proper starts (after a headline line, if any)
    timezone: str | None = None  # the zone or UTC offset the publication time was given in
    notes: list[str] = Field(default_factory=list)  # warnings about how it was read

    @property
    def source(self) -> Source:
        return Source(title=self.title, url=self.url, path=self.path, date=format_moment(self.published),
                      record=self.record)


class Interval(BaseModel):
    """Inclusive bounds of when something happened, at a granularity (immutable: the tagger
    shares one Interval between all the expressions with the same bounds)."""

    model_config = ConfigDict(frozen=True)

    start: str
    end: str
    granularity: Granularity
    approximate: bool = False


class Timex(BaseModel):
    """A time expression found in a text: its span, TIMEX3 type and normalized value."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    freq: str | None = None
    quant: str | None = None
    rule: str | None = Field(default=None, description="name of the rule that matched")
    anchor: str | None = Field(default=None, description="the reference time a relative value was resolved against")
    interval: Interval | None = Field(default=None, description="inclusive calendar bounds of a DATE/TIME")


Model = TypeVar("Model", bound=BaseModel)


def trusted(model: type[Model], fields: dict[str, Any]) -> Model:
    """An instance of `model` made from every one of its fields, each already of its type (the
    library made them), without validation: what `model_construct` does, less its walk over the
    fields for defaults and aliases. The tagger makes a Timex per expression this way, at a
    quarter of the cost of validating it (tests/test_models.py checks it against validation)."""
    made = model.__new__(model)
    object.__setattr__(made, "__dict__", fields)
    object.__setattr__(made, "__pydantic_fields_set__", set(fields))
    object.__setattr__(made, "__pydantic_extra__", None)
    object.__setattr__(made, "__pydantic_private__", None)
    return made


class TaggedDocument(BaseModel):
    """A document's text, its creation time and the expressions found in it."""

    doc_id: str
    dct: dt.datetime
    text: str
    timexes: list[Timex]


class DateClaim(BaseModel):
    """A date another article gave for the same event (kept visible, never dropped)."""

    start: str
    end: str
    time_text: str
    source: Source


class Support(BaseModel):
    """How strongly the collection supports an event: the reports merged into it."""

    articles: int = Field(default=1, description="distinct articles reporting it")
    mentions: int = Field(default=1, description="reports merged into it")
    explicit: int = Field(default=0, description="reports naming its day outright, written on another day")


Edition = Literal["new", "updated"]
# What made an event of a newsletter edition "updated": a new reporting article, a changed date
# (a more precise one), another date given for it.
Change = Literal["sources", "date", "conflict"]


class Event(BaseModel):
    """A dated event: the sentence that reports it and the time that governs it."""

    id: str | None = Field(default=None, description="the event's stable id (tl-<start day>-<hash of its dates and "
                           "sentence>, -2, -3 … for a repeat), the same in every output; set when rendered")
    start: str
    end: str
    granularity: Granularity
    approximate: bool
    upcoming: bool
    text: str
    headline: str
    time_text: str
    value: str
    type: TimexType = "DATE"
    details: list[str] = Field(default_factory=list)
    dated_by: Literal["expression", "publication"] = Field(
        default="expression", description="a time expression, or the publication date (an undated lead)")
    source: Source
    sources: list[Source] = Field(default_factory=list)
    more_sources: int = Field(default=0, exclude_if=lambda count: count == 0, description=(
        "reports of this event beyond those in `sources` (a list capped at MAX_SOURCES); written only when not 0"))
    conflicts: list[DateClaim] = Field(default_factory=list, description="other dates given for this event")
    article: int = Field(default=0, description="index of the (first) reporting article in the input")
    position: int = Field(default=0, description="character offset of the sentence in its article")
    day_hint: int = Field(default=0, description="order within a day: earlier today < today < later today")
    support: Support = Field(default_factory=Support)
    score: float = Field(default=0.0, description="importance: its reports, weighted (see README, Key dates)")
    edition: Edition | None = Field(default=None, description="with --since: new since the previous edition, or "
                                    "updated (see changes)")
    changes: list[Change] = Field(default_factory=list, description="what changed since the previous edition")


class Timeline(BaseModel):
    """An ordered list of events built from one or many articles."""

    title: str | None = None
    as_of: str | None = Field(default=None, description="latest publication time among the sources")
    events: list[Event] = Field(default_factory=list)
    highlights: list[str] = Field(default_factory=list, exclude=True,
                                  description="ids (event_id) of the key-date events a page leads with")
    day_scores: dict[str, float] = Field(default_factory=dict, exclude=True,
                                         description="each day's importance (timeline.rank), for choosing key dates")
    sources: list[Source] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list, description="inputs that could not be read, and why")
    events_found: int = Field(default=0, description="events extracted before reports were merged")


def event_id(event: Event) -> str:
    """A permalink id derived from the event's content (dates and sentence), so it survives
    reordering, new events and new sources."""
    return _content_id(*_id_fields(event))


def _content_id(start: str, end: str, granularity: str, text: str) -> str:
    content = "\x1f".join([start, end, granularity, text])
    return f"tl-{start[:10]}-{hashlib.sha256(content.encode()).hexdigest()[:8]}"


def _id_fields(event: Event) -> tuple[str, str, str, str]:
    return event.start, event.end, event.granularity, event.text


IdItem = TypeVar("IdItem")


def event_ids(events: Iterable[IdItem], fields: Callable[[Any], tuple[str, str, str, str]] = _id_fields
              ) -> Iterator[tuple[IdItem, str]]:
    """Every event with an id of its own: a repeated id gets -2, -3 … An id starts with the
    event's day and a timeline's events come in order of their start, so repeats are counted
    one day at a time (memory stays flat however many events are read). `fields`: an item's
    start, end, granularity and text, for items other than events (an event's JSON, parsed)."""
    seen: dict[str, int] = {}
    day = ""
    for event in events:
        start, end, granularity, text = fields(event)
        if start[:10] != day:
            seen.clear()
            day = start[:10]
        ident = _content_id(start, end, granularity, text)
        seen[ident] = seen.get(ident, 0) + 1
        yield event, ident if seen[ident] == 1 else f"{ident}-{seen[ident]}"


def iso_minutes(moment: dt.datetime) -> str:
    """"YYYY-MM-DDTHH:MM" with a four-digit year (strftime drops the zeros of years before 1000)."""
    return moment.replace(tzinfo=None).isoformat(timespec="minutes")


def format_moment(moment: dt.datetime) -> str:
    """ISO text for a publication moment: the date alone when it has no time of day."""
    if moment.hour == 0 and moment.minute == 0 and moment.second == 0:
        return moment.date().isoformat()
    return iso_minutes(moment)


def is_ahead(event: Event, as_of: str | None) -> bool:
    """True when an event is still to come for a reader of the latest article.

    An event announced as upcoming by an older article may have happened by the time a later
    article was published, so the timeline's own reference is its latest publication time.
    """
    if as_of is None or event.source.date == as_of:
        return event.upcoming
    return event.start[:10] > as_of[:10]
