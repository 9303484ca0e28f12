"""JSON, JSON Lines and CSV exports: records with configurable field names (--text-field, …)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from timeline.errors import DateError, InputError
from timeline.models import Article, Skipped
from timeline.read.options import ReadOptions, decode, parse_metadata_date, publication_date, slashed_day_first
from timeline.read.repair import repaired

LIST_KEYS = ("articles", "items", "entries", "records", "data", "results", "posts", "docs", "stories")
# An API's answer wraps its list of records: {"data": {"articles": […]}}, {"response": {"results": […]}}.
ENVELOPE_KEYS = ("data", "response", "result", "payload", "feed")
MAX_DEPTH = 100  # records are flat; where Python's decoder runs out of stack, the line past this depth is named
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_INT_DIGITS = 4000  # under Python's limit on int() of a string (4,300 digits, sys.int_info)
JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def too_deep(text: str, limit: int = MAX_DEPTH) -> int | None:
    """The line (from 1) where JSON text nests more than `limit` arrays and objects, or None."""
    depth = 0
    for token in JSON_TOKEN.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > limit:
                return text.count("\n", 0, token.start()) + 1
        elif bracket in "]}":
            depth -= 1
    return None


def _integer(digits: str) -> int | float:
    """A JSON integer; one too long for Python to convert (over 4,300 digits) is read as the float
    it overflows to (inf), as a number still, so that its record is read or refused for its own
    reason rather than stopping the build."""
    return int(digits) if len(digits) <= MAX_INT_DIGITS else float(digits)


def _loads(text: str, where: str) -> Any:
    """`json.loads`, with nesting too deep for Python's decoder as an input error naming the line."""
    try:
        return json.loads(text, parse_int=_integer)
    except RecursionError as exc:
        line = too_deep(text) or 1
        raise InputError(f"{where}: JSON nested too deeply (more than {MAX_DEPTH} levels at line {line})") from exc


def _records(document: Any, where: str) -> list[Any]:
    """The records of a JSON document: a list, a list under a usual key, or one object."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        listed = _listed(document)
        if listed is None:
            wrapped = (document[key] for key in ENVELOPE_KEYS if isinstance(document.get(key), dict))
            listed = next((found for found in map(_listed, wrapped) if found is not None), None)
        return [document] if listed is None else listed
    raise InputError(f"{where}: JSON must hold an object or a list of objects")


def _listed(document: dict[str, Any]) -> list[Any] | None:
    """The list of records under a usual key of an object, if it has one."""
    return next((document[key] for key in LIST_KEYS if isinstance(document.get(key), list)), None)


def record_article(record: Any, where: str, options: ReadOptions) -> Article | Skipped:
    """One record as an article, or the reason it cannot be one."""
    if not isinstance(record, dict):
        return Skipped(where=where, reason="record is not a JSON object")
    text = _text(_field(record, options.text_field, "text"))
    if text is None:
        return Skipped(where=where, reason=f"no text in field {options.text_field!r}")
    try:
        raw = _unwrapped_date(_field(record, options.date_field, "date"))
        metadata = parse_metadata_date(raw, where, options) if raw not in (None, "") else None
        published, source = publication_date([("record", metadata)], where, options)
    except DateError as exc:
        return Skipped(where=where, reason=str(exc).split(": ", 1)[-1])
    title = _scalar(_field(record, options.title_field, "title"))
    url, ident = _scalar(_field(record, options.url_field, "url")), _scalar(_field(record, options.id_field, "id"))
    return Article(text=repaired(whole_characters(text)), published=published,
                   title=title and repaired(whole_characters(title)),
                   url=url and whole_characters(url), path=where, date_source=source,
                   record=ident and whole_characters(ident))


def _text(value: Any) -> str | None:
    """A text field's article: a string, or a list of paragraph strings (as some scrapers and APIs
    give a body) joined by blank lines; None when it holds no words."""
    if isinstance(value, list) and value and all(isinstance(part, str) for part in value):
        value = "\n\n".join(part.strip() for part in value if part.strip())
    return value if isinstance(value, str) and value.strip() else None


def _unwrapped_date(value: Any) -> Any:
    """A date field as MongoDB's extended JSON exports it, unwrapped: {"$date": "2025-01-01T…Z"} or
    {"$date": {"$numberLong": "1735689600000"}} (milliseconds) is that string or number."""
    if isinstance(value, dict) and len(value) == 1 and "$date" in value:
        value = value["$date"]
        if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("$numberLong"), str) \
                and value["$numberLong"].lstrip("-").isdigit():
            return int(value["$numberLong"])
    return value


# The names exports commonly give each field, tried in this order when its option keeps the
# default name and a record has no field of that name ("body", "published_at", "headline"…).
# Scrapers' and schema.org's names are among them: news-please writes `maintext` and `date_publish`
# beside a one-line `description` (so a whole text comes before a summary), newspaper3k
# `publish_date`, schema.org's NewsArticle `articleBody` and `datePublished`.
FIELD_NAMES = {
    "text": ("text", "body", "content", "article", "full_text", "maintext", "articleBody", "article_body",
             "body_text", "bodyText", "article_text", "description", "summary"),
    "date": ("date", "published", "published_at", "publishedAt", "pubDate", "pub_date", "publication_date",
             "datePublished", "date_published", "date_publish", "publish_date", "published_date", "publishDate",
             "datetime", "created_at", "createdAt", "dateCreated", "timestamp", "time"),
    "title": ("title", "headline", "name"),
    "url": ("url", "link", "href"),
    "id": ("id", "guid", "uuid"),
}


def _field(record: dict[str, Any], name: str, default: str) -> Any:
    """A record's field: the one named (a dotted name reaches into nested objects when the record
    has no field of that very name: "fields.bodyText"), or, when the name is the default one and
    absent, the first of the usual names the record has."""
    if name in record:
        return record[name]
    if name != default:
        return _nested(record, name.split(".")) if "." in name else None
    return next((record[alias] for alias in FIELD_NAMES[default] if alias in record), None)


def _nested(record: dict[str, Any], path: list[str]) -> Any:
    """The value at a path of keys through nested objects, or None where the path breaks off."""
    value: Any = record
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def whole_characters(text: str) -> str:
    """Text with any lone surrogate (JSON may escape "\\ud800" alone) as U+FFFD, so that it can be
    written as UTF-8; one character for one, so offsets stay the same."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub("\ufffd", text)
    return text


def _scalar(value: Any) -> str | None:
    """A title, URL or id field as text: strings and numbers only (a nested value is no title)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value) if value not in (None, "") else None


def file_order(text: str, options: ReadOptions) -> ReadOptions:
    """The options with the day order of the file's slashed dates (see `slashed_day_first`)."""
    return options.model_copy(update={"day_first": True}) if slashed_day_first(text) else options


def _articles(records: Iterable[tuple[str, Any]], options: ReadOptions) -> Iterator[Article | Skipped]:
    for where, record in records:
        yield record_article(record, where, options)


def read_json(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """A JSON file: one record or a list of them."""
    text, _ = decode(data, where)
    options = file_order(text, options)
    try:
        document = _loads(text, where)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    records = _records(document, where)
    yield from _articles(((f"{where}#{i}", r) for i, r in enumerate(records, start=1)), options)


def _lines(text: str) -> Iterator[str]:
    """The lines of a text one at a time (a list of them all would double the memory a large
    file takes); a JSON Lines file ends its lines with "\n" (a raw U+2028 may sit in a string)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        # each line without its own byte-order mark: files joined with `cat` keep every file's mark
        yield text[start:end].removesuffix("\r").removeprefix("\ufeff")
        start = end + 1


def read_jsonl(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """A JSON Lines file: one record a line; a broken line is skipped with its line number."""
    text, _ = decode(data, where)
    options = file_order(text, options)
    for number, line in enumerate(_lines(text), start=1):
        if not line.strip():
            continue
        name = f"{where}:{number}"
        try:
            record = _loads(line, name)
        except json.JSONDecodeError as exc:
            yield Skipped(where=name, reason=f"malformed JSON on line {number}: {exc.msg}")
            continue
        except InputError:
            yield Skipped(where=name, reason=f"malformed JSON on line {number}: nested too deeply")
            continue
        yield record_article(record, name, options)


# A CSV cell may hold a whole article: the csv module's default limit (131,072 characters) is
# raised to the size limit of an input, which bounds every cell anyway.
CSV_DELIMITERS = ",;\t|"
CSV_CELL_MAX = 2**31 - 1  # the largest limit the csv module takes (a C long on every platform)


def read_csv(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """A CSV or TSV export (a spreadsheet, a CMS's list of posts): a header row names the fields,
    each other row is a record; the delimiter is sniffed (",", ";", tab or "|"). Quotes are read
    strictly: a quote left open would otherwise swallow every row after it into one cell."""
    text, _ = decode(data, where)
    options = file_order(text, options)
    csv.field_size_limit(max(csv.field_size_limit(), min(options.max_bytes, CSV_CELL_MAX)))
    rows = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text, where), strict=True)
    try:
        header = next(rows, None)
        if header is None or not any(name.strip() for name in header):
            raise InputError(f"{where}: empty CSV file; its first row must name the fields (text, date, title …)")
        names = _header_names(header)
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            name = f"{where}:{rows.line_num}"
            if len(row) > len(names):
                yield Skipped(where=name, reason=f"{len(row)} cells in a row under a header of {len(names)}")
                continue
            yield record_article(dict(zip(names, row, strict=False)), name, options)
    except csv.Error as exc:
        raise InputError(f"{where}: malformed CSV at line {rows.line_num}: {exc}") from exc


def _dialect(text: str, where: str) -> type[csv.Dialect] | csv.Dialect:
    """The file's CSV dialect: a spreadsheet's (RFC 4180) with the delimiter sniffed from the header
    row; a tab-named file is tab-separated. Only the delimiter is taken from the sniffer: from a
    header without quotes it also guesses that quotes are not doubled, and a cell holding a doubled
    quote (`He said ""no""` quoted) is then split."""
    if where.lower().split("#")[0].endswith(".tsv"):
        return csv.excel_tab
    try:
        sniffed = csv.Sniffer().sniff(text[:65536].split("\n", 1)[0], delimiters=CSV_DELIMITERS)
    except csv.Error:
        return csv.excel
    return type("Sniffed", (csv.excel,), {"delimiter": sniffed.delimiter})


def _header_names(header: list[str]) -> list[str]:
    """A header's field names, stripped; a spreadsheet's capitalised name ("Title", "Published At")
    also answers to the usual lower-case one when the file has no field of that name."""
    names = [name.strip().lstrip("\ufeff") for name in header]
    usual = {alias.lower(): alias for aliases in FIELD_NAMES.values() for alias in aliases}
    present = set(names)
    result = []
    for name in names:
        alias = usual.get(name.lower().replace(" ", "_"))
        result.append(alias if alias and alias not in present else name)
    return result
