"""What every template receives: a Timeline turned into sections of display-ready entries."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any
from urllib.parse import urlsplit

from timeline.models import DateClaim, Event, Source, Timeline
from timeline.order import is_ahead
from timeline.render_dates import (
    display_date,
    iso_date,
    labels,
    language_tag,
    machine_date,
    moment_label,
    period,
    span_label,
)

SAFE_SCHEMES = {"http", "https", "mailto"}
# C0/C1 control characters (tab and newline aside), Unicode noncharacters and lone surrogates are
# parse errors in HTML, invalid in iCalendar and unencodable as UTF-8: they become spaces.
NONCHARACTERS = "".join(chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF))
CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{NONCHARACTERS}]")
NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Link:
    """A source article: its title, a safe URL (or None) and its publication date."""

    text: str
    url: str | None
    date: str | None
    date_label: str | None


@dataclass(frozen=True)
class Claim:
    """Another date that another article gave for the same event (shown, never hidden)."""

    date_label: str
    datetime: str
    time_text: str
    source: Link


@dataclass(frozen=True)
class Entry:
    """One event ready to display."""

    event: Event
    id: str
    date_label: str
    datetime: str
    headline: str
    text: str
    show_text: bool
    details: list[str]
    upcoming: bool
    approximate: bool
    sources: list[Link]
    conflicts: list[Claim] = field(default_factory=list)


@dataclass(frozen=True)
class Section:
    """Events under one heading (a period, or "Upcoming")."""

    id: str
    heading: str
    upcoming: bool
    entries: list[Entry] = field(default_factory=list)


def clean(text: str) -> str:
    """Text with control characters replaced by spaces."""
    return CONTROL.sub(" ", text)


def one_line(text: str) -> str:
    """Clean text on one line (titles and link texts), runs of white space as one space."""
    return " ".join(clean(text).split())


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) or mailto link, else None (shown as plain text)."""
    if not url:
        return None
    url = url.strip()
    if any(char.isspace() for char in url) or CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return None
    if scheme in {"http", "https"} and not parts.netloc:
        return None
    if scheme == "mailto" and not parts.path:
        return None
    return url


def event_id(event: Event) -> str:
    """A permalink id derived from the event's content, so it survives reordering and new events."""
    content = "\x1f".join([event.start, event.end, event.granularity, event.text])
    return f"tl-{event.start[:10]}-{hashlib.sha256(content.encode()).hexdigest()[:8]}"


def link(source: Source, locale: str = "en") -> Link:
    """A source as a link: title (or path) text, a URL only when it is safe."""
    text = one_line(source.title or source.url or source.path or "") or "source"
    label = moment_label(source.date, locale) if source.date else None
    return Link(text=text, url=safe_url(source.url), date=source.date, date_label=label)


def claim(conflict: DateClaim, locale: str = "en") -> Claim:
    """A conflicting date with the article that gave it."""
    label = span_label(iso_date(conflict.start), iso_date(conflict.end), locale)
    return Claim(date_label=label, datetime=conflict.start[:10], time_text=clean(conflict.time_text),
                 source=link(conflict.source, locale))


def _same_words(first: str, second: str) -> bool:
    return NOT_WORD.sub(" ", first).strip().lower() == NOT_WORD.sub(" ", second).strip().lower()


def entry(event: Event, upcoming: bool, locale: str = "en", ident: str | None = None) -> Entry:
    """An event with its display strings."""
    sources = event.sources or [event.source]
    headline, text = clean(event.headline), clean(event.text)
    return Entry(
        event=event, id=ident or event_id(event), date_label=display_date(event, locale),
        datetime=machine_date(event), headline=headline or text, text=text,
        show_text=bool(headline) and not _same_words(headline, text), details=[clean(d) for d in event.details],
        upcoming=upcoming, approximate=event.approximate, sources=[link(s, locale) for s in sources],
        conflicts=[claim(c, locale) for c in event.conflicts],
    )


def _unique(ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for ident in ids:
        seen[ident] = seen.get(ident, 0) + 1
        result.append(ident if seen[ident] == 1 else f"{ident}-{seen[ident]}")
    return result


def entries(timeline: Timeline, locale: str = "en") -> list[Entry]:
    """Every event in timeline order, with unique ids (a repeated event gets -2, -3 …)."""
    ids = _unique([event_id(event) for event in timeline.events])
    return [entry(event, is_ahead(event, timeline.as_of), locale, ident)
            for event, ident in zip(timeline.events, ids, strict=True)]


def sections(timeline: Timeline, group_by: str = "month", locale: str = "en") -> list[Section]:
    """Entries grouped under period headings; upcoming ones in a last section of their own."""
    items = entries(timeline, locale)
    past = [item for item in items if not item.upcoming]
    result = []
    for (key, heading), group in groupby(past, key=lambda item: period(item.event, group_by, locale)):
        result.append(Section(id=f"tl-p-{key}", heading=heading, upcoming=False, entries=list(group)))
    ahead = [item for item in items if item.upcoming]
    if ahead:
        result.append(Section(id="tl-upcoming", heading=labels(locale)["upcoming"], upcoming=True, entries=ahead))
    ids = _unique([section.id for section in result])
    return [Section(id=ident, heading=s.heading, upcoming=s.upcoming, entries=s.entries)
            for s, ident in zip(result, ids, strict=True)]


def context(timeline: Timeline, group_by: str = "month", locale: str = "en", fmt: str = "html") -> dict[str, Any]:
    """The variables every template receives (documented in the README)."""
    words = labels(locale)
    parts = sections(timeline, group_by, locale)
    return {
        "timeline": timeline,
        "title": one_line(timeline.title or "") or words["title"],
        "sections": parts,
        "entries": [item for part in parts for item in part.entries],
        "sources": [link(source, locale) for source in timeline.sources],
        "as_of": timeline.as_of,
        "as_of_label": moment_label(timeline.as_of, locale) if timeline.as_of else None,
        "locale": locale,
        "lang": language_tag(locale),
        "labels": words,
        "group_by": group_by,
        "format": fmt,
    }
