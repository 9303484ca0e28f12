"""What every template receives: a Timeline turned into sections of display-ready entries."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from timeline.models import DateClaim, Event, Source, event_id, event_ids, is_ahead
from timeline.render.dates import (
    display_date,
    iso_date,
    labels,
    language_tag,
    machine_date,
    moment_label,
    parse_locale,
    period,
    span_label,
)
from timeline.store import AnyTimeline, Reiterable, with_events

SAFE_SCHEMES = {"http", "https", "mailto"}
# C0/C1 control characters (tab and newline aside), Unicode noncharacters and lone surrogates are
# parse errors in HTML, invalid in iCalendar and unencodable as UTF-8: they become spaces.
NONCHARACTERS = "".join(chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF))
CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{NONCHARACTERS}]")
# Bidirectional embeddings, overrides and isolates reorder the text around them ("gpj.exe"
# shown as "exe.jpg"): they are removed from what is displayed.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BIDI = re.compile(f"[{BIDI_CONTROLS}]")
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
    mark: str | None = None  # "New" or "Updated …" in a newsletter edition (--since)
    more_sources: str = ""  # "and 1,204 more" when the event has more sources than it lists


@dataclass(frozen=True)
class Section:
    """Events under one heading (a period, or "Upcoming")."""

    id: str
    heading: str
    upcoming: bool
    entries: list[Entry] = field(default_factory=list)


def clean(text: str) -> str:
    """Text with control characters replaced by spaces and bidirectional controls removed."""
    return CONTROL.sub(" ", BIDI.sub("", text))


def one_line(text: str) -> str:
    """Clean text on one line (titles and link texts), runs of white space as one space."""
    return " ".join(clean(text).split())


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) or mailto link, else None (shown as plain text)."""
    if not url:
        return None
    url = url.strip()
    if any(char.isspace() for char in url) or CONTROL.search(url) or BIDI.search(url):
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


RECORD_NUMBER = re.compile(r"[:#]\d+$")  # "articles.jsonl:121": the line (or place) of a record in its file


def credit(source: Source) -> str:
    """The name of a source without title or URL: its file's name, with the record's id when known."""
    if not source.path:
        return ""
    name = PurePath(source.path).name
    if source.record is None:
        return name
    return f"{RECORD_NUMBER.sub('', name)} #{source.record}"


def link(source: Source, locale: str = "en") -> Link:
    """A source as a link: its title, else its URL, else its file and record: never a path of the
    machine that built the timeline. The URL is linked only when it is safe."""
    text = one_line(source.title or source.url or credit(source)) or "source"
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
        conflicts=[claim(c, locale) for c in event.conflicts], mark=edition_mark(event, locale),
        more_sources=more_sources_label(event, locale),
    )


def more_sources_label(event: Event, locale: str = "en") -> str:
    """"and 1,204 more" (in the locale) for an event with more sources than it lists, else ""."""
    if not event.more_sources:
        return ""
    from babel.numbers import format_decimal  # only for such events

    return labels(locale)["more"].format(n=format_decimal(event.more_sources, locale=parse_locale(locale)))


def edition_mark(event: Event, locale: str = "en") -> str | None:
    """"New", or "Updated: new sources, date changed", for an event of a newsletter edition."""
    if event.edition is None:
        return None
    words = labels(locale)
    if event.edition == "new" or not event.changes:
        return words[event.edition]
    return f"{words['updated']}: " + ", ".join(words[f"change_{change}"] for change in event.changes)


def entries(timeline: AnyTimeline, locale: str = "en", upcoming: bool | None = None) -> Iterator[Entry]:
    """Every event in timeline order, with unique ids (a repeated event gets -2, -3 …); only the
    upcoming ones, or only the others, when `upcoming` says so."""
    for event, ident in event_ids(timeline.events):
        ahead = is_ahead(event, timeline.as_of)
        if upcoming is None or ahead == upcoming:
            yield entry(event, ahead, locale, ident)


EMAIL_FORMATS = ("email", "email-body")  # rendered whole: their styles are inlined over the whole text


def highlights(timeline: AnyTimeline, locale: str = "en") -> Iterator[Entry]:
    """The key-date events a page leads with, in timeline order; their ids start "tl-key-" so
    that they do not repeat those of the same events in the full record."""
    chosen = set(timeline.highlights)
    if not chosen:
        return
    for event, ident in event_ids(timeline.events):
        if ident in chosen:
            yield entry(event, is_ahead(event, timeline.as_of), locale, "tl-key-" + ident.removeprefix("tl-"))


def only_highlights(timeline: AnyTimeline) -> AnyTimeline:
    """The timeline reduced to its highlighted events (what the email shows when there are some)."""
    chosen = set(timeline.highlights)
    if not chosen:
        return timeline
    return with_events(timeline, lambda events: (e for e, ident in event_ids(events) if ident in chosen))


def sections(timeline: AnyTimeline, group_by: str = "month", locale: str = "en") -> Iterator[Section]:
    """Entries grouped under period headings; upcoming ones in a last section of their own.
    Sections are made as they are read, so only one section's entries are held at a time."""
    seen: set[str] = set()
    for (key, heading), group in groupby(entries(timeline, locale, upcoming=False),
                                         key=lambda item: period(item.event, group_by, locale)):
        yield Section(id=_section_id(f"tl-p-{key}", seen), heading=heading, upcoming=False, entries=list(group))
    ahead = list(entries(timeline, locale, upcoming=True))
    if ahead:
        yield Section(id=_section_id("tl-upcoming", seen), heading=labels(locale)["upcoming"], upcoming=True,
                      entries=ahead)


def _section_id(ident: str, seen: set[str]) -> str:
    """A section id not given before (a period that comes back gets -2, -3 …)."""
    unique, number = ident, 1
    while unique in seen:
        number += 1
        unique = f"{ident}-{number}"
    seen.add(unique)
    return unique


def id_scope(title: str) -> str:
    """The key a fragment's ids carry (`tl-<key>-title`, `tl-<key>-2024-03-04-…`): from its title, so
    that it stays the same from one build to the next while two timelines on one page differ."""
    return hashlib.sha256(title.encode()).hexdigest()[:6]


def scoped(ident: str, scope: str = "") -> str:
    """An element id within a scope: `tl-title` → `tl-3fa2c1-title`; unchanged without one."""
    return f"tl-{scope}-{ident.removeprefix('tl-')}" if scope else ident


def context(timeline: AnyTimeline, group_by: str = "month", locale: str = "en", fmt: str = "html") -> dict[str, Any]:
    """The variables every template receives (documented in the README). Sections, entries and
    sources are read afresh each time a template loops over them."""
    words = labels(locale)
    title = one_line(timeline.title or "") or words["title"]
    leads = fmt not in EMAIL_FORMATS and bool(timeline.highlights)
    full = timeline
    if fmt in EMAIL_FORMATS:
        timeline = only_highlights(timeline)  # a newsletter carries the key dates, not the whole record
    return {
        "timeline": timeline,
        "title": title,
        "highlights": Reiterable(lambda: highlights(full, locale)) if leads else [],
        "folded": leads,  # the full record follows the key dates, folded by period
        "sections": Reiterable(lambda: sections(timeline, group_by, locale)),
        "entries": Reiterable(lambda: entries(timeline, locale)),
        "sources": Reiterable(lambda: (link(source, locale) for source in timeline.sources)),
        "as_of": timeline.as_of,
        "as_of_label": moment_label(timeline.as_of, locale) if timeline.as_of else None,
        "locale": locale,
        "lang": language_tag(locale),
        "labels": words,
        "group_by": group_by,
        "format": fmt,
        "scope": id_scope(title) if fmt == "fragment" else "",
    }
