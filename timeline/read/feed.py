"""RSS and Atom feeds (feedparser): each entry is an article dated by its published/updated field."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
from collections.abc import Iterator
from typing import Any

from timeline.errors import DateError, InputError
from timeline.models import Article, Skipped
from timeline.read.options import ReadOptions, parse_metadata_date, publication_date, wall_time


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (an entry's summary or content), paragraphs on lines; its
    character references decoded also when it has no tag ("Tom &amp; Jerry")."""
    import lxml.html

    if "<" not in fragment:
        return html.unescape(fragment).strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return html.unescape(fragment).strip()
    for element in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        element.tail = "\n" + (element.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def entry_date(entry: Any, where: str, options: ReadOptions) -> tuple[dt.datetime | None, str]:
    """An entry's date as written (its own offset kept), from `published`, else `updated`."""
    for field in ("published", "updated", "created"):
        raw = entry.get(field)
        if not raw:
            continue
        try:
            return wall_time(email.utils.parsedate_to_datetime(raw), options), field
        except (TypeError, ValueError, IndexError, DateError):
            pass
        try:
            return parse_metadata_date(raw, where, options), field
        except DateError:
            continue
    return None, ""


def entry_text(entry: Any) -> str:
    """The fullest text an entry carries: its content, else its summary (as HTML unless the feed
    says it is plain text, whose "&" and "<" are the writer's own)."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    detail = contents[0] if contents else entry.get("summary_detail") or {"value": entry.get("summary", "")}
    value = detail.get("value", "") or ""
    return value.strip() if detail.get("type") == "text/plain" else html_to_text(value)


def read(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """The feed reader: one article per entry; entries without text or date are skipped."""
    import feedparser

    if len(data) > options.max_feed_bytes:
        raise InputError(f"{where}: a feed of {len(data):,} bytes, over the limit of {options.max_feed_bytes:,} "
                         "for one feed; split it, or give its entries as JSON Lines")
    feed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
    if not feed.entries:
        raise InputError(f"{where}: not a feed with entries{problem}")
    if problem and not any(entry_text(entry) for entry in feed.entries):
        raise InputError(f"{where}: malformed feed{problem}")
    for index, entry in enumerate(feed.entries, start=1):
        name = f"{where}#entry{index}"
        text = entry_text(entry)
        title = entry.get("title") or None
        if not text:
            yield Skipped(where=name, reason="entry has no text")
            continue
        date, field = entry_date(entry, name, options)
        try:
            published, source = publication_date([(f"feed-{field}", date)], name, options)
        except DateError as exc:
            yield Skipped(where=name, reason=str(exc).split(": ", 1)[-1])
            continue
        body = f"{title}\n{text}\n" if title else f"{text}\n"
        yield Article(text=body, published=published, title=title, url=entry.get("link") or None, path=name,
                      date_source=source, content_offset=len(title) + 1 if title else 0)
