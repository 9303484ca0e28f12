"""Read stage: inputs (files, folders, globs, standard input, URLs) become `Article`s.

Formats are detected from the file name, then from the content; `--input-format` overrides
both. Each article's publication date comes from, in order: `--date`, the input's metadata
(front matter, feed entry, JSON field, page metadata), a date extracted from the content
(a dateline, or htmldate's search of the page), or a per-article error. An input that cannot
be read is an error when it was the only one given; inside a folder or a batch it is skipped,
reported with its reason, and the rest goes on.
"""

from __future__ import annotations

import datetime as dt
import glob
import importlib
import itertools
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from timeline.errors import InputError, TimelineError, shown
from timeline.models import Article, Skipped
from timeline.read.files import Entry, folder_entries, read_file, same_file
from timeline.read.options import (
    DATE_HELP,
    ReadOptions,
    as_utf8,
    check_size,
    decode,
    parse_date_option,
    parse_metadata_date,
)
from timeline.read.repair import visible
from timeline.read.text import read_text

__all__ = [
    "DATE_HELP", "FORMATS", "Entry", "ReadOptions", "detect_format", "fetch", "parse_date_option",
    "parse_metadata_date", "read_article", "read_bytes", "read_file", "read_inputs", "read_text", "reads_file",
]

Reader = Callable[[bytes, str, ReadOptions], Iterator[Article | Skipped]]
# Each format's reader as "module:function" under timeline.read, imported when an input of that
# format is read: a build of Markdown files loads neither the e-mail parser nor the CSV module.
FORMATS: dict[str, str] = {
    "text": "text:read", "html": "html:read", "feed": "feed:read", "json": "records:read_json",
    "jsonl": "records:read_jsonl", "csv": "records:read_csv", "email": "mail:read", "newsxml": "newsxml:read",
}
EXTENSIONS = {
    ".txt": "text", ".md": "text", ".markdown": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv", ".eml": "email", ".nitf": "newsxml", ".tml": "newsxml",
}
# The root (in the lower-cased first bytes, with or without a namespace prefix) of news agencies'
# XML (NITF, NewsML-G2) and of TimeML: an .xml file that holds one is a story, not a feed.
NEWS_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:nitf|newsitem|newsmessage|timeml)[\s>]")
URL_PREFIXES = ("http://", "https://")


def detect_format(name: str, data: bytes) -> str:
    """The format of an input: by its extension, else by sniffing its first bytes."""
    suffix = Path(name.split("?")[0]).suffix.lower()
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in ("", ".xml") and _news_xml(head):
        return "newsxml"
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "html" if b"<html" in head else "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith((b"{", b"[")):
        return "jsonl" if head.startswith(b"{") and b"}\n{" in data[:65536].replace(b"\r\n", b"\n") else "json"
    return "text"


def _news_xml(head: bytes) -> bool:
    """Whether the first bytes of a file (lower-cased) are a news agency's XML or TimeML."""
    return head.startswith(b"<") and NEWS_XML_ROOT.search(head) is not None


def read_bytes(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """Articles (and skipped records) from the bytes of one input."""
    check_size(len(data), where, options)
    # A UTF-8 byte-order mark first would hide an e-mail's first header or a text's dateline.
    data = as_utf8(data, where).removeprefix(b"\xef\xbb\xbf")
    fmt = options.input_format or detect_format(where, data)
    if fmt not in FORMATS:
        raise InputError(f"{where}: unknown input format {fmt!r}; choose one of {', '.join(FORMATS)}")
    for item in reader(fmt)(data, where, options):
        yield visible(item) if isinstance(item, Article) else item


def reader(fmt: str) -> Reader:
    """The function that reads one input format (see `FORMATS`)."""
    module, function = FORMATS[fmt].split(":")
    return getattr(importlib.import_module(f"timeline.read.{module}"), function)


def fetch(url: str, options: ReadOptions) -> bytes:
    """The body of a URL (timeline.read.fetch, imported only for a URL)."""
    from timeline.read.fetch import fetch as fetch_url

    return fetch_url(url, options)


def _is_glob(name: str) -> bool:
    return any(ch in name for ch in "*?[")


def expand_inputs(inputs: Iterable[str], follow_links: bool = False) -> Iterator[Entry]:
    """Every input as an `Entry`: folders walked and globs expanded; what a folder holds but
    cannot be read comes with the reason it is skipped, and so does a file reached a second time
    (through a link, or named twice): its articles are read once."""
    first_path: dict[tuple[int, int], str] = {}
    for entry in _expanded(inputs, follow_links):
        yield _once(entry, first_path)


def _once(entry: Entry, first_path: dict[tuple[int, int], str]) -> Entry:
    """The entry, or the entry skipped when the file it names was already given under another path."""
    if entry.skip is not None or entry.name == "-" or entry.name.startswith(URL_PREFIXES):
        return entry
    try:
        info = os.stat(entry.name)
    except OSError:
        return entry  # reading it reports why
    if not stat.S_ISREG(info.st_mode):
        return entry
    identity = (info.st_dev, info.st_ino)
    if identity not in first_path:
        first_path[identity] = entry.name
        return entry
    first = first_path[identity]
    return Entry(entry.name, True, "named twice, read once" if first == entry.name else
                 f"the same file as {shown(first)}, read once")


def _expanded(inputs: Iterable[str], follow_links: bool) -> Iterator[Entry]:
    for name in inputs:
        if not name:
            raise InputError("an input name is empty; give a file, a folder, a glob, - or a URL")
        kind = "" if name == "-" or name.startswith(URL_PREFIXES) else _path_kind(name)
        if kind in ("", "file"):
            yield Entry(name, False)
        elif kind == "folder":
            entries = folder_entries(name, follow_links)
            first = next(entries, None)
            if first is None:
                raise InputError(f"{shown(name)}: folder holds no files")
            yield from itertools.chain([first], entries)
        elif _is_glob(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                raise InputError(f"{shown(name)}: no file matches this pattern")
            for match in matches:
                yield Entry(match, True)
        else:
            yield Entry(name, False)  # reading it will report why it is missing or not a file


def check_outputs(inputs: Iterable[str], outputs: Iterable[str | Path], options: ReadOptions) -> None:
    """Refuse an output that would replace one of the inputs: a file named as an input, matched
    by an input glob, or read from an input folder (the output of an earlier run, say)."""
    names = [name for name in inputs if name != "-" and not name.startswith(URL_PREFIXES)]
    for output in outputs:
        target = Path(output)
        if not os.path.isfile(target):
            continue  # a new file is no input; a folder or a device is refused when written
        for name in names:
            if _holds(name, target, options):
                raise InputError(f"{shown(output)}: is one of the inputs ({shown(name)}); writing there would "
                                 "replace an article: choose another output")


def _holds(name: str, target: Path, options: ReadOptions) -> bool:
    """Whether reading the input `name` reads the file `target`."""
    path = Path(name)
    if os.path.isdir(path):
        readable = target.suffix.lower() in EXTENSIONS or options.input_format is not None
        folder, file = os.path.realpath(name), os.path.realpath(target)
        inside = os.path.commonpath([folder, file]) == folder or options.follow_links  # else walking is useless
        entries = folder_entries(name, options.follow_links) if readable and inside else iter(())
        return any(same_file(entry.name, target) for entry in entries if entry.skip is None)
    if not os.path.exists(path) and _is_glob(name):
        return any(same_file(match, target) for match in glob.iglob(name, recursive=True))
    return same_file(path, target)


def _path_kind(name: str) -> str:
    """"file", "folder" or "other" (missing, a device, or a name the system refuses)."""
    # os.path answers False for a name the system refuses (too long, a NUL byte): reading it says why.
    return "file" if os.path.isfile(name) else "folder" if os.path.isdir(name) else "other"


def _read_one(name: str, options: ReadOptions, stdin: BinaryIO | None,
              data: bytes | None = None) -> Iterator[Article | Skipped]:
    """The articles of one input; `data`: its bytes, already read (by the build cache)."""
    if data is not None:
        yield from read_bytes(data, shown(name), options)
    elif name == "-":
        yield from read_bytes(read_standard_input(options, stdin), "<stdin>", options)
    elif name.startswith(URL_PREFIXES):
        yield from read_bytes(fetch(name, options), shown(name), options)
    else:
        yield from read_bytes(read_file(name, options), shown(name), options)


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None,
                stdin: BinaryIO | None = None, strict: bool | None = None) -> Iterator[Article | Skipped]:
    """Every article of every input, in order; unreadable inputs are yielded as `Skipped`.

    When a single file, URL or `-` is given (or `strict` is set), it must yield articles: any
    failure, and any record it had to skip, is raised as the error instead.
    """
    options = options or ReadOptions()
    names = list(inputs)
    for entry in expand_inputs(names, options.follow_links):
        single = is_single_input(names, entry.in_folder) if strict is None else strict
        yield from read_named(entry, options, stdin, single)


def is_single_input(names: list[str], in_folder: bool) -> bool:
    """Whether an expanded input is the one input named (not a folder's or a glob's file): then
    it must yield articles, and any failure is an error rather than a skip."""
    return len(names) == 1 and not in_folder


def reads_file(entry: Entry, options: ReadOptions) -> bool:
    """Whether `read_named` reads the entry as a local file (not standard input, a URL, an entry
    a folder skips, or a folder's file of another type)."""
    name, in_folder, skip = entry
    if skip is not None or name == "-" or name.startswith(URL_PREFIXES):
        return False
    return not in_folder or file_suffix(name).lower() in EXTENSIONS or options.input_format is not None


def file_suffix(name: str) -> str:
    """`Path(name).suffix` of a file's path (".md" of "notes/a.md"; "" of ".profile" or "a."), without making a
    Path: a rebuild asks it of every file of an archive."""
    base = os.path.basename(name.rstrip("/"))
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


def read_named(entry: Entry, options: ReadOptions, stdin: BinaryIO | None = None,
               strict: bool = False, data: bytes | None = None) -> Iterator[Article | Skipped]:
    """The articles of one expanded input; what a folder holds but cannot read, and files of
    other types found in folders, are skipped with the reason."""
    name, in_folder, skip = entry
    if skip is not None:
        yield Skipped(where=shown(name), reason=skip)
        return
    if in_folder and Path(name).suffix.lower() not in EXTENSIONS and options.input_format is None:
        yield Skipped(where=shown(name), reason=f"not an article format ({shown(Path(name).suffix) or 'no extension'})")
        return
    yield from _read_guarded(name, options, stdin, strict, data)


def _read_guarded(name: str, options: ReadOptions, stdin: BinaryIO | None,
                  strict: bool, data: bytes | None = None) -> Iterator[Article | Skipped]:
    found = 0
    skipped: list[Skipped] = []
    where = shown(name)
    try:
        for item in _read_one(name, options, stdin, data):
            if isinstance(item, Skipped) and strict and ("malformed" in item.reason):
                raise InputError(f"{item.where}: {item.reason}")
            if isinstance(item, Skipped):
                skipped.append(item)
            if isinstance(item, Article):
                item = _within_article_limit(item, options, strict)
            if isinstance(item, Article):
                found += 1
                _note_calendar_edge(item)
            yield item
    except RecursionError as exc:  # a parser of some format ran out of stack on nesting
        error = InputError(f"{where}: nested too deeply to read")
        if strict:
            raise error from exc
        yield Skipped(where=where, reason="nested too deeply to read")
        return
    except TimelineError as exc:
        if strict:
            raise
        yield Skipped(where=where, reason=str(exc).removeprefix(f"{where}: "))
        return
    if strict and not found:
        raise InputError(f"{where}: no usable article in this input{_why(skipped, where)}")


def _why(skipped: list[Skipped], where: str) -> str:
    """What was skipped inside the input `where`, for an error on one line: the first reasons
    ("#2: no text in field 'text'"), and how many more."""
    if not skipped:
        return ""
    shown_reasons = "; ".join(f"{item.where.removeprefix(where) or where}: {item.reason}" for item in skipped[:3])
    more = f"; {len(skipped) - 3} more" if len(skipped) > 3 else ""
    return f" ({shown_reasons}{more})"


def _within_article_limit(article: Article, options: ReadOptions, strict: bool) -> Article | Skipped:
    """The article, or why it is not read: one article longer than `max_article_chars` (a whole
    archive pasted into one file, say) would take memory in proportion to its length."""
    size = len(article.text)
    if size <= options.max_article_chars:
        return article
    where = article.path or "<article>"
    reason = (f"one article of {size:,} characters, over the limit of {options.max_article_chars:,}; "
              "split it into articles (one file, feed entry or JSON record each)")
    if strict:
        raise InputError(f"{where}: {reason}")
    return Skipped(where=where, reason=reason)


CALENDAR_EDGE = 366  # days: a publication date this close to year 1 or 9999 may point past the calendar


def _note_calendar_edge(article: Article) -> None:
    """Warn when relative dates may fall outside years 1 to 9999 (they are then cut at the edge)."""
    day = article.published.date()
    if (day - dt.date.min).days < CALENDAR_EDGE or (dt.date.max - day).days < CALENDAR_EDGE:
        article.notes.append(f"{article.path or article.title or '<article>'}: published {day.isoformat()}, near the "
                             "edge of the calendar (years 1 to 9999); dates past it are cut there or left out")


def _not_a_folder(name: str) -> None:
    """Refuse a folder where one article file is wanted, saying what to pass instead."""
    if Path(name).is_dir():
        raise InputError(f"{shown(name)}: is a directory; pass the article files inside it")


def read_article_as_read(path: str | Path, *, date: object = None,
                         options: ReadOptions | None = None) -> tuple[Article, str | None]:
    """`read_article`, and the file's text exactly as decoded before any repair (None for the formats
    whose article text is not the file's: HTML, feeds, records, e-mail), from one read of the file."""
    options = options or ReadOptions()
    name = str(path)
    _not_a_folder(name)
    data = read_standard_input(options) if name == "-" else read_file(name, options)
    article = read_article(path, date=date, options=options, data=data)
    unicode = as_utf8(data, shown(name))
    if (options.input_format or detect_format(name, unicode)) != "text":
        return article, None
    return article, decode(unicode, shown(name))[0]


def read_standard_input(options: ReadOptions, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of standard input, at most `max_bytes` of them, or a clear error."""
    data = (stdin or sys.stdin.buffer).read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(f"<stdin>: over the {options.max_bytes:,}-byte limit; raise it with --max-bytes")
    return data


def read_article(path: str | Path, *, date: object = None, options: ReadOptions | None = None,
                 data: bytes | None = None) -> Article:
    """Read one article file (text, Markdown, HTML, or a feed or JSON holding exactly one), of
    at most `max_article_chars` characters; `data`: its bytes, already read."""
    options = options or ReadOptions()
    if date is not None:
        options = options.model_copy(update={"date": date})
    name = str(path)
    _not_a_folder(name)
    items = list(_read_one(name, options, None, data))
    articles = [item for item in items if isinstance(item, Article)]
    if len(articles) != 1:
        skipped = "; ".join(f"{s.where}: {s.reason}" for s in items if isinstance(s, Skipped))
        more = f" ({skipped})" if skipped else ""
        raise InputError(f"{shown(name)}: holds {len(articles)} articles, not one{more}")
    article = _within_article_limit(articles[0], options, strict=True)  # (as a build holds it to)
    assert isinstance(article, Article)
    return article
