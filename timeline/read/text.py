"""Plain text and Markdown, with an optional YAML front-matter block (`---` … `---`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import yaml

from timeline.errors import InputError
from timeline.models import Article, Skipped
from timeline.read.options import (
    ReadOptions,
    decode,
    file_name_date,
    parse_free_date,
    parse_metadata_date,
    publication_date,
)
from timeline.read.repair import INVISIBLE, repaired

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster, same result
FRONT_MATTER = re.compile(r"\A(\ufeff?---[ \t]*\r?\n)(.*?)(\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z))", re.S)
# Hugo's TOML front matter between "+++" lines.
TOML_FRONT_MATTER = re.compile(r"\A(\ufeff?\+\+\+[ \t]*\r?\n)(.*?)(\r?\n\+\+\+[ \t]*(?:\r?\n|\Z))", re.S)
HEADLINE_MAX_WORDS = 25
# Front-matter keys of the publication date, in order (keys are read in lower case): Jekyll's and
# Hugo's `date`, Hugo's `publishDate`, and what other tools write.
DATE_KEYS = ("date", "publishdate", "published", "publish_date", "pubdate", "published_at", "created")
FRONT_MATTER_DEPTH = 20  # metadata is a few flat keys
# A dateline opening the story: "LONDON, Feb. 21, 2019 —" or a line holding only a date.
# (a state may follow the city, and a wire agency the date: "DALLAS, Texas, March 6, 2021 (Reuters) -")
DATELINE = re.compile(r"^[ \t]*(?:[A-Z][A-Za-z .'-]{1,40},[ \t]+){0,2}(?P<date>[^\r\n—–]{6,40}?)[ \t]*"
                      r"(?:\([A-Za-z][^()\r\n]{0,30}\)[ \t]*)?(?:[—–-]|$)", re.M)
BYLINE_SEPARATOR = re.compile(r"\s+[|·•]\s+")  # "By Jane Doe | March 5, 2021 | 3 min read"
BYLINE_LINES = 4  # the lines at the top where a byline is looked for
# A part of a byline that writes a calendar date: a month's name with a year, or a numeric date.
CALENDAR_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s.*\b\d{4}\b"
                           r"|\b\d{4}\b.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                           r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b"
                           r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.I)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH = rf"(?:{'|'.join(MONTHS)})[a-z]*\.?"
# A whole calendar date inside a header line: "June 10th, 2024", "10 June 2024", "2024-06-10", "10.06.2024".
DATE_IN_LINE = re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
                          rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}\b"
                          r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}([/.])\d{1,2}\1\d{4}\b", re.I)
HEADER_LINE_WORDS = 12  # a header line ("Posted on June 10, 2024 by admin") is short; a sentence is longer
LABELLED_DATE = re.compile(r"^[ \t]*(?:published|posted|updated|date)[ \t]*:?[ \t]*(?P<date>[^\r\n]{6,40})$",
                           re.I | re.M)


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], int]:
    """Front-matter metadata and the offset where the body starts (0 when there is none)."""
    found = FRONT_MATTER.match(text)
    if not found:
        return _toml_front_matter(text, where)
    try:
        _check_front_matter_events(found.group(2), where)
        meta = yaml.load(found.group(2), Loader=YAML_LOADER) or {}  # a safe loader
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        at = f" (line {line + 2})" if line is not None else ""
        raise InputError(f"{where}: malformed YAML front matter{at}") from exc
    except (ValueError, OverflowError) as exc:  # "date: 2023-02-29" parses as YAML but is no day
        if "digits" in str(exc):  # Python refuses to read an integer of thousands of digits
            raise InputError(f"{where}: front matter holds a number of thousands of digits; quote it") from exc
        raise InputError(f"{where}: front matter holds an impossible value ({exc}); check its dates") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{where}: front matter must be 'key: value' lines")
    return {str(k).lower(): v for k, v in meta.items()}, found.end()


def _toml_front_matter(text: str, where: str) -> tuple[dict[str, Any], int]:
    """Hugo's TOML front matter (`+++` … `+++`), read by the standard library's tomllib."""
    found = TOML_FRONT_MATTER.match(text)
    if not found:
        return {}, 0
    import tomllib  # only for the files that have it

    try:
        meta = tomllib.loads(found.group(2))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{where}: malformed TOML front matter ({exc})") from exc
    return {str(k).lower(): v for k, v in meta.items()}, found.end()


def _check_front_matter_events(block: str, where: str) -> None:
    """Refuse YAML aliases (an alias bomb expands a few lines into billions of items) and deep
    nesting, reading the parser's events only: nothing is built or expanded."""
    depth = 0
    for event in yaml.parse(block, Loader=YAML_LOADER):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 2 if event.start_mark is not None else None
            at = f" (line {line})" if line is not None else ""
            raise InputError(f"{where}: YAML aliases (*{event.anchor}) are not allowed in front matter{at}")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > FRONT_MATTER_DEPTH:
                raise InputError(f"{where}: front matter nested more than {FRONT_MATTER_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


LINE = re.compile(r"[ \t]*([^\r\n]+?)[ \t]*(?:\r?\n|\Z)")
# A block of "Label: value" lines at the top, as a message saved as text keeps its header: the
# subject or title is the headline, the other fields are no part of the story.
HEADER_FIELD = re.compile(r"(?P<label>subject|title|headline|date|from|to|cc|author|by|posted|published|updated"
                          r"|tags|category|categories)[ \t]*:[ \t]*(?P<value>.*)", re.I)
TITLE_FIELDS = {"subject", "title", "headline"}
HEADING_MARKS = re.compile(r"^#{1,6}[ \t]+|[ \t]+#+$")  # a Markdown heading's marks: "# Market notes"


def headline_line(text: str, start: int) -> tuple[str | None, int]:
    """A first line that reads as a headline (short, no final period) and the offset after it;
    a header block of "Label: value" lines gives its subject or title, and the story starts after it."""
    found = LINE.match(text, start)
    if not found:
        return None, start
    title, end = None, start
    while found and (field := HEADER_FIELD.fullmatch(found.group(1))):
        if field.group("label").lower() in TITLE_FIELDS and title is None:
            title = field.group("value").strip() or None
        end = found.end()
        found = LINE.match(text, end)
    if end != start:
        return title, end
    line = HEADING_MARKS.sub("", found.group(1))
    rest = text[found.end():].strip()
    if not rest or len(line.split()) > HEADLINE_MAX_WORDS or line.rstrip().endswith((".", ":", ";")):
        return None, start
    return line.strip(), found.end()


def dateline_date(text: str, *, day_first: bool = False) -> dt.datetime | None:
    """A publication date written at the top of the story (a dateline, a labelled date, or a
    byline's part: "By Jane Doe | March 5, 2021 | 3 min read"); `day_first` as --day-first."""
    head = INVISIBLE.sub("", text[:400])  # "Feb 21 20\u200b19": the invisible characters go anyway
    candidates = [found.group("date") for pattern in (LABELLED_DATE, DATELINE) for found in pattern.finditer(head)]
    candidates += [part for line in head.splitlines()[:BYLINE_LINES] if BYLINE_SEPARATOR.search(line)
                   for part in BYLINE_SEPARATOR.split(line) if CALENDAR_DATE.search(part)]
    candidates += header_line_dates(head)
    for candidate in candidates:
        candidate = candidate.strip(" ,.")
        if re.search(r"\d{4}", candidate) and len(candidate) <= 40:
            parsed = parse_free_date(candidate, day_first=day_first)
            if parsed is not None:
                return agreeing_order(parsed.replace(tzinfo=None), candidate, head)
    return None


# An all-number date whose order the numbers alone cannot tell ("12/03/2025": 12 March or 3 December).
AMBIGUOUS_NUMERIC = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}$")
# A month named with its day and no year, as a wire dateline writes it: "BRANSKA, March 12 (Norpress) -".
NAMED_DAY = re.compile(rf"\b(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})\b|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})", re.I)


def named_days(head: str) -> set[tuple[int, int]]:
    """(month, day) pairs the head writes with the month's name: "March 12", "12 March"."""
    pairs = set()
    for found in NAMED_DAY.finditer(head):
        month, day = found.group("m1") or found.group("m2"), found.group("d1") or found.group("d2")
        pairs.add((MONTHS.index(month[:3].lower()) + 1, int(day)))
    return pairs


def agreeing_order(parsed: dt.datetime, candidate: str, head: str) -> dt.datetime:
    """An ambiguous all-number date read in the order the head's named day agrees with: "Published:
    12/03/2025" over "BRANSKA, March 12 (Norpress) -" is 12 March, whatever the default order."""
    if not AMBIGUOUS_NUMERIC.match(candidate) or parsed.day > 12 or parsed.day == parsed.month:
        return parsed
    named = named_days(head)
    if (parsed.month, parsed.day) in named or (parsed.day, parsed.month) not in named:
        return parsed
    return parsed.replace(month=parsed.day, day=parsed.month)


def header_line_dates(head: str) -> list[str]:
    """Whole dates written in the short lines at the top that are not sentences: "ISLAND COUNCIL —
    10 June 2024", "Posted on June 10, 2024 by admin", "Monday 10 June 2024", "2024-06-10"."""
    lines = [line.strip() for line in head.splitlines() if line.strip()][:BYLINE_LINES]
    return [found.group(0) for line in lines
            if len(line.split()) <= HEADER_LINE_WORDS and not line.endswith((".", "?", "!"))
            for found in DATE_IN_LINE.finditer(line)][:1]


def read_text(text: str, *, where: str = "<text>", path: str | None = None,
              options: ReadOptions | None = None, date: dt.datetime | None = None) -> Article:
    """Build an Article from text that may start with YAML front matter."""
    options = options or ReadOptions(date=date)
    if date is not None and options.date is None:
        options = options.model_copy(update={"date": date})
    meta, body = split_front_matter(text, where)
    title = meta.get("title")
    content = body
    if title is None:
        title, content = headline_line(text, body)
    written = next((meta[key] for key in DATE_KEYS if meta.get(key) is not None), None)
    metadata_date = parse_metadata_date(written, where, options) if written is not None else None
    written_top = None if metadata_date else dateline_date(text[body:], day_first=options.day_first)
    published, source = publication_date(
        [("front-matter", metadata_date), ("dateline", written_top),
         ("file-name", None if metadata_date or written_top or path is None else file_name_date(path))],
        where, options,
    )
    return Article(
        text=text, published=published, title=str(title) if title is not None else None,
        url=str(meta["url"]) if meta.get("url") else None, path=path, date_source=source,
        body_offset=body, content_offset=content, timezone=str(meta["timezone"]) if meta.get("timezone") else None,
    )


def read(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """The text reader: one article per file."""
    text, notes = decode(data, where)
    article = read_text(repaired(text), where=where, path=where, options=options)
    article.notes.extend(notes)
    if not text[article.body_offset:].strip():
        article.notes.append(f"{where}: the article is empty")
    yield article
