"""Read stage: an input file becomes an `Article` (exact text, publication date, title, source)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from timeline.errors import DateError, InputError
from timeline.models import Article

FRONT_MATTER = re.compile(r"\A(\ufeff?---[ \t]*\r?\n)(.*?)(\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z))", re.S)
DATE_OPTION = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$")
HEADLINE_MAX_WORDS = 25
DATE_HELP = "pass --date YYYY-MM-DD or add 'date: YYYY-MM-DD' to its front matter"


def parse_date_option(text: str) -> dt.datetime:
    """Parse `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` strictly (the --date option)."""
    found = DATE_OPTION.match(text.strip())
    if not found:
        raise DateError(f"bad date {text!r}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    parts = [int(p) if p else 0 for p in found.groups()]
    try:
        return dt.datetime(*parts)  # type: ignore[misc]
    except ValueError as exc:
        raise DateError(f"bad date {text!r}: {exc}") from exc


def parse_metadata_date(value: Any, where: str) -> dt.datetime:
    """A date from metadata: a YAML date/datetime, ISO text, or any form dateparser reads."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)  # keep the wall-clock time the author wrote
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = str(value).strip()
    try:
        return parse_date_option(text)
    except DateError:
        pass
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        pass
    import dateparser  # slow to import: only when a date is written in a free form

    parsed = dateparser.parse(text, languages=["en"], settings={
        "STRICT_PARSING": True, "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first",
    })
    if parsed is None:
        raise DateError(f"{where}: cannot understand the date {text!r}; {DATE_HELP}")
    return parsed.replace(tzinfo=None)


def decode(data: bytes, where: str) -> str:
    """Decode UTF-8 exactly (no newline translation), or fail with a clear message."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text (byte {exc.start}); convert it to UTF-8") from exc


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], int]:
    """Front-matter metadata and the offset where the body starts (0 when there is none)."""
    found = FRONT_MATTER.match(text)
    if not found:
        return {}, 0
    try:
        meta = yaml.safe_load(found.group(2)) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        at = f" (line {line + 2})" if line is not None else ""
        raise InputError(f"{where}: malformed YAML front matter{at}") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{where}: front matter must be 'key: value' lines")
    return {str(k).lower(): v for k, v in meta.items()}, found.end()


def headline_line(text: str, start: int) -> tuple[str | None, int]:
    """A first line that reads as a headline (short, no final period) and the offset after it."""
    found = re.compile(r"[ \t]*([^\r\n]+?)[ \t]*(?:\r?\n|\Z)").match(text, start)
    if not found:
        return None, start
    line = found.group(1)
    rest = text[found.end():].strip()
    if not rest or len(line.split()) > HEADLINE_MAX_WORDS or line.rstrip().endswith((".", ":", ";")):
        return None, start
    return line.strip(), found.end()


def read_text(text: str, *, date: dt.datetime | None = None, path: str | None = None,
              where: str = "<text>") -> Article:
    """Build an Article from text that may start with YAML front matter."""
    meta, body = split_front_matter(text, where)
    published, date_source = _publication_date(meta, date, where)
    title = meta.get("title")
    content = body
    if title is None:
        title, content = headline_line(text, body)
    return Article(
        text=text, published=published, title=str(title) if title is not None else None,
        url=str(meta["url"]) if meta.get("url") else None, path=path, date_source=date_source,
        body_offset=body, content_offset=content,
    )


def _publication_date(meta: dict[str, Any], date: dt.datetime | None, where: str) -> tuple[dt.datetime, str]:
    if date is not None:
        return date, "option"
    if meta.get("date") is not None:
        return parse_metadata_date(meta["date"], where), "front-matter"
    raise DateError(f"{where}: no publication date; {DATE_HELP}")


def read_article(path: str | Path, *, date: dt.datetime | None = None) -> Article:
    """Read one article file (UTF-8 text or Markdown, optional front matter)."""
    file = Path(path)
    where = str(path)
    if file.is_dir():
        raise InputError(f"{where}: is a directory; pass the article files inside it")
    try:
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{where}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror})") from exc
    return read_text(decode(data, where), date=date, path=where, where=where)
