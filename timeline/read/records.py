"""JSON and JSON Lines exports: records with configurable field names (--text-field, …)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from timeline.errors import DateError, InputError
from timeline.models import Article, Skipped
from timeline.read.options import ReadOptions, decode, parse_metadata_date, publication_date

LIST_KEYS = ("articles", "items", "entries", "records", "data", "results", "posts")


def _records(document: Any, where: str) -> list[Any]:
    """The records of a JSON document: a list, a list under a usual key, or one object."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in LIST_KEYS:
            if isinstance(document.get(key), list):
                return document[key]
        return [document]
    raise InputError(f"{where}: JSON must hold an object or a list of objects")


def record_article(record: Any, where: str, options: ReadOptions) -> Article | Skipped:
    """One record as an article, or the reason it cannot be one."""
    if not isinstance(record, dict):
        return Skipped(where=where, reason="record is not a JSON object")
    text = record.get(options.text_field)
    if not isinstance(text, str) or not text.strip():
        return Skipped(where=where, reason=f"no text in field {options.text_field!r}")
    try:
        raw = record.get(options.date_field)
        metadata = parse_metadata_date(raw, where, options) if raw not in (None, "") else None
        published, source = publication_date([("record", metadata)], where, options)
    except DateError as exc:
        return Skipped(where=where, reason=str(exc).split(": ", 1)[-1])
    title = record.get(options.title_field)
    ident = record.get(options.id_field)
    url = record.get(options.url_field)
    return Article(text=text, published=published, title=str(title) if title else None,
                   url=str(url) if url else None, path=where, date_source=source,
                   record=str(ident) if ident not in (None, "") else None)


def _articles(records: Iterable[tuple[str, Any]], options: ReadOptions) -> Iterator[Article | Skipped]:
    for where, record in records:
        yield record_article(record, where, options)


def read_json(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """A JSON file: one record or a list of them."""
    text, _ = decode(data, where)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    records = _records(document, where)
    yield from _articles(((f"{where}#{i}", r) for i, r in enumerate(records, start=1)), options)


def read_jsonl(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """A JSON Lines file: one record a line; a broken line is skipped with its line number."""
    text, _ = decode(data, where)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name = f"{where}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where=name, reason=f"malformed JSON on line {number}: {exc.msg}")
            continue
        yield record_article(record, name, options)
