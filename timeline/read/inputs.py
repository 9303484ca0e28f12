"""Read stage: inputs (files, folders, globs, standard input, URLs) become `Article`s.

Formats are detected from the file name, then from the content; `--input-format` overrides
both. Each article's publication date comes from, in order: `--date`, the input's metadata
(front matter, feed entry, JSON field, page metadata), a date extracted from the content
(a dateline, or htmldate's search of the page), or a per-article error. An input that cannot
be read is an error when it was the only one given; inside a folder or a batch it is skipped,
reported with its reason, and the rest goes on.
"""

from __future__ import annotations

import glob
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from timeline.errors import InputError, TimelineError
from timeline.models import Article, Skipped
from timeline.read import feed, html, records, text
from timeline.read.options import DATE_HELP, ReadOptions, check_size, parse_date_option, parse_metadata_date
from timeline.read.text import read_text

__all__ = [
    "DATE_HELP", "FORMATS", "ReadOptions", "detect_format", "parse_date_option", "parse_metadata_date",
    "read_article", "read_bytes", "read_inputs", "read_text",
]

Reader = Callable[[bytes, str, ReadOptions], Iterator[Article | Skipped]]
FORMATS: dict[str, Reader] = {
    "text": text.read, "html": html.read, "feed": feed.read, "json": records.read_json, "jsonl": records.read_jsonl,
}
EXTENSIONS = {
    ".txt": "text", ".md": "text", ".markdown": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
URL_PREFIXES = ("http://", "https://")


def detect_format(name: str, data: bytes) -> str:
    """The format of an input: by its extension, else by sniffing its first bytes."""
    suffix = Path(name.split("?")[0]).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "html" if b"<html" in head else "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith((b"{", b"[")):
        return "jsonl" if head.startswith(b"{") and b"}\n{" in data[:65536].replace(b"\r\n", b"\n") else "json"
    return "text"


def read_bytes(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """Articles (and skipped records) from the bytes of one input."""
    check_size(len(data), where, options)
    fmt = options.input_format or detect_format(where, data)
    if fmt not in FORMATS:
        raise InputError(f"{where}: unknown input format {fmt!r}; choose one of {', '.join(FORMATS)}")
    yield from FORMATS[fmt](data, where, options)


def _read_file(path: Path, where: str, options: ReadOptions) -> bytes:
    try:
        check_size(path.stat().st_size, where, options)  # before reading: never load an oversized file
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{where}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{where}: is a directory") from exc
    except PermissionError as exc:
        raise InputError(f"{where}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from exc


def fetch(url: str, options: ReadOptions, timeout: float = 20.0) -> bytes:
    """The body of an http(s) URL, within the size limit, or a clear error."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "timeline/0.1 (+https://pypi.org/)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(options.max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"{url}: cannot fetch ({reason}); check the address and your connection") from exc
    if len(data) > options.max_bytes:  # its full size is unknown: only that it is over
        raise InputError(f"{url}: over the {options.max_bytes:,}-byte limit; raise it with --max-bytes")
    return data


def _folder_files(folder: Path) -> Iterator[Path]:
    """Files under a folder, recursively, in the order of their paths; hidden ones left out.
    Folders are listed one at a time as they are walked, so an archive is never listed whole."""
    with os.scandir(folder) as listing:
        # A folder's name sorts with a "/" after it, so files come in the order of their whole paths.
        entries = sorted((entry.name + "/" if entry.is_dir(follow_symlinks=False) else entry.name, entry.path)
                         for entry in listing if not entry.name.startswith("."))
    for key, path in entries:
        if key.endswith("/"):
            yield from _folder_files(Path(path))
        elif os.path.isfile(path):
            yield Path(path)


def _is_glob(name: str) -> bool:
    return any(ch in name for ch in "*?[")


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """(input name, came from a folder or glob) for every input: folders and globs expanded."""
    for name in inputs:
        path = Path(name)
        if name == "-" or name.startswith(URL_PREFIXES) or path.is_file():
            yield name, False
        elif path.is_dir():
            files = _folder_files(path)
            first = next(files, None)
            if first is None:
                raise InputError(f"{name}: folder holds no files")
            for file in itertools.chain([first], files):
                yield str(file), True
        elif _is_glob(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                raise InputError(f"{name}: no file matches this pattern")
            for match in matches:
                yield match, True
        else:
            yield name, False  # reading it will report why it is missing


def _read_one(name: str, options: ReadOptions, stdin: BinaryIO | None) -> Iterator[Article | Skipped]:
    if name == "-":
        data = (stdin or sys.stdin.buffer).read(options.max_bytes + 1)
        yield from read_bytes(data, "<stdin>", options)
    elif name.startswith(URL_PREFIXES):
        yield from read_bytes(fetch(name, options), name, options)
    else:
        yield from read_bytes(_read_file(Path(name), name, options), name, options)


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None,
                stdin: BinaryIO | None = None, strict: bool | None = None) -> Iterator[Article | Skipped]:
    """Every article of every input, in order; unreadable inputs are yielded as `Skipped`.

    When a single file, URL or `-` is given (or `strict` is set), it must yield articles: any
    failure, and any record it had to skip, is raised as the error instead.
    """
    options = options or ReadOptions()
    names = list(inputs)
    for name, in_folder in expand_inputs(names):
        single = is_single_input(names, in_folder) if strict is None else strict
        yield from read_named(name, in_folder, options, stdin, single)


def is_single_input(names: list[str], in_folder: bool) -> bool:
    """Whether an expanded input is the one input named (not a folder's or a glob's file): then
    it must yield articles, and any failure is an error rather than a skip."""
    return len(names) == 1 and not in_folder


def read_named(name: str, in_folder: bool, options: ReadOptions, stdin: BinaryIO | None = None,
               strict: bool = False) -> Iterator[Article | Skipped]:
    """The articles of one expanded input; files of other types found in folders are skipped."""
    if in_folder and Path(name).suffix.lower() not in EXTENSIONS and options.input_format is None:
        yield Skipped(where=name, reason=f"not an article format ({Path(name).suffix or 'no extension'})")
        return
    yield from _read_guarded(name, options, stdin, strict)


def _read_guarded(name: str, options: ReadOptions, stdin: BinaryIO | None,
                  strict: bool) -> Iterator[Article | Skipped]:
    found = 0
    try:
        for item in _read_one(name, options, stdin):
            if isinstance(item, Skipped) and strict and ("malformed" in item.reason):
                raise InputError(f"{item.where}: {item.reason}")
            found += isinstance(item, Article)
            yield item
    except TimelineError as exc:
        if strict:
            raise
        yield Skipped(where=name, reason=str(exc).removeprefix(f"{name}: "))
        return
    if strict and not found:
        raise InputError(f"{name}: no usable article in this input")


def read_article(path: str | Path, *, date: object = None, options: ReadOptions | None = None) -> Article:
    """Read one article file (text, Markdown, HTML, or a feed or JSON holding exactly one)."""
    options = options or ReadOptions()
    if date is not None:
        options = options.model_copy(update={"date": date})
    name = str(path)
    if Path(name).is_dir():
        raise InputError(f"{name}: is a directory; pass the article files inside it")
    items = list(_read_one(name, options, None))
    articles = [item for item in items if isinstance(item, Article)]
    if len(articles) != 1:
        skipped = "; ".join(f"{s.where}: {s.reason}" for s in items if isinstance(s, Skipped))
        raise InputError(f"{name}: holds {len(articles)} articles, not one" + (f" ({skipped})" if skipped else ""))
    return articles[0]
