"""What the readers share: options, decoding, and the publication-date rules."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field

from timeline.errors import DateError, InputError
from timeline.read.repair import INVISIBLE

DATE_OPTION = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$")
DATE_HELP = "pass --date YYYY-MM-DD or add 'date: YYYY-MM-DD' to its front matter"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_FETCH_TIMEOUT = 20.0
# One article's text, in characters: its expressions and events are held in memory together (some
# 50 bytes for each character of dense dated text), so one article may not be a whole archive.
DEFAULT_MAX_ARTICLE_CHARS = 2_000_000
DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024  # one HTML page: lxml and trafilatura hold its whole tree
DEFAULT_MAX_FEED_BYTES = 20 * 1024 * 1024  # one feed: feedparser holds every entry (some 10 times its size)
BINARY_PROBE = 8192
# A year before 1 AD, which Python's calendar (years 1 to 9999) cannot hold: "-0044-03-15", "44 BC".
# An ISO 8601 ordinal date, the year's day by number ("2019-052" is 21 February), time optional.
ORDINAL_DATE = re.compile(r"(\d{4})-(\d{3})(?=$|[T ])")
DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")  # day first wherever dates are dotted ("05.11.2026")
BEFORE_YEAR_ONE = re.compile(r"^[-\u2212]\s*\d|\b(?:B\.?C\.?E?|BCE)(?![\w.])", re.I)


InputFormat = Literal["text", "html", "feed", "json", "jsonl", "csv", "email", "newsxml"]
INPUT_FORMATS: tuple[str, ...] = get_args(InputFormat)


class ReadOptions(BaseModel):
    """How inputs are read: the date override, time zone, format and record field names."""

    model_config = ConfigDict(frozen=True)

    date: dt.datetime | None = None
    timezone: str | None = None
    input_format: InputFormat | None = None
    text_field: str = "text"
    date_field: str = "date"
    title_field: str = "title"
    url_field: str = "url"
    id_field: str = "id"
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, gt=0)
    max_article_chars: int = Field(default=DEFAULT_MAX_ARTICLE_CHARS, gt=0)
    max_page_bytes: int = Field(default=DEFAULT_MAX_PAGE_BYTES, gt=0)
    max_feed_bytes: int = Field(default=DEFAULT_MAX_FEED_BYTES, gt=0)
    follow_links: bool = False  # follow symbolic links in folders that lead outside them
    day_first: bool = False  # an all-number date with slashes is day first ("05/11/2026": 5 November)
    fetch_timeout: float = Field(default=DEFAULT_FETCH_TIMEOUT, gt=0)  # seconds for a whole URL fetch


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


def zone(name: str | None) -> ZoneInfo | None:
    """The IANA time zone named by --timezone (or metadata), or a clear error."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DateError(f"unknown time zone {name!r}: use an IANA name such as Europe/London") from exc


def wall_time(moment: dt.datetime, options: ReadOptions) -> dt.datetime:
    """The local wall-clock time of a publication moment, which anchors "today".

    A moment with a UTC offset is converted to --timezone when one is given, and otherwise
    kept in its own offset (the author's local time); the result is naive.
    """
    target = zone(options.timezone)
    if moment.tzinfo is not None and target is not None:
        try:
            moment = moment.astimezone(target)
        except (OverflowError, ValueError) as exc:  # 9999-12-31T23:00-05:00 is in year 10000 in UTC
            raise DateError(f"the date {moment.isoformat()} falls outside years 1 to 9999 in {options.timezone}; "
                            f"{DATE_HELP}") from exc
    return moment.replace(tzinfo=None)


SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?![\d/])")


def slashed_day_first(text: str) -> bool:
    """Whether a file writes its all-number dates day first: some slashed date of it is
    impossible month first ("13/11/2026") and none is impossible day first ("11/13/2026").
    One export comes from one system, so a British CMS's "05/11/2026" is 5 November."""
    day_first = month_first = False
    for found in SLASHED_DATE.finditer(text):
        first, second = int(found.group(1)), int(found.group(2))
        day_first = day_first or (12 < first <= 31 and 1 <= second <= 12)
        month_first = month_first or (12 < second <= 31 and 1 <= first <= 12)
        if month_first:
            return False
    return day_first


def parse_metadata_date(value: Any, where: str, options: ReadOptions | None = None) -> dt.datetime:
    """A date from metadata: a YAML date/datetime, ISO text, or any form dateparser reads. When
    the date option is given it stands in: the metadata it overrides is not read, so a date
    written wrong is no error then."""
    options = options or ReadOptions()
    if options.date is not None:
        return options.date
    if isinstance(value, dt.datetime):
        return _local(value, where, options)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= MIN_EPOCH:
        return _local(_from_epoch(value, where), where, options)
    text = INVISIBLE.sub("", str(value)).strip()  # "20\u200b19-02-21": invisible as in the text (repair.py)
    if BEFORE_YEAR_ONE.search(text):  # dateparser would read "-0044-03-15" as 44 AD, or 2044
        raise DateError(f"{where}: the date {text!r} is before year 1; dates from year 1 to 9999 only")
    text = _calendar_date(text, where)
    try:
        return parse_date_option(text)
    except DateError:
        pass
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is not None:
        return _local(moment, where, options)
    parsed = parse_free_date(text, day_first=options.day_first)
    if parsed is None:
        raise DateError(f"{where}: cannot understand the date {text!r}; {DATE_HELP}")
    return _local(parsed, where, options)


def _calendar_date(text: str, where: str) -> str:
    """The text with an ISO ordinal date ("2019-052") written as year, month and day."""
    ordinal = ORDINAL_DATE.match(text)
    if ordinal is None:
        return text
    year, day = int(ordinal.group(1)), int(ordinal.group(2))
    if year < 1 or not 1 <= day <= (dt.date(year, 12, 31) - dt.date(year, 1, 1)).days + 1:
        raise DateError(f"{where}: the date {text!r} has an impossible value (day {day} of {year}); {DATE_HELP}")
    return (dt.date(year, 1, 1) + dt.timedelta(days=day - 1)).isoformat() + text[ordinal.end():]


MIN_EPOCH = 100_000_000  # a number this large is Unix time (1973 on), not a year such as 2021
EPOCH_MILLISECONDS = 100_000_000_000  # … and from this size, in milliseconds (JavaScript's)


def _from_epoch(value: float, where: str) -> dt.datetime:
    """A Unix time in seconds or milliseconds as a moment in UTC (never the machine's zone)."""
    seconds = value / 1000 if value >= EPOCH_MILLISECONDS else value
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError) as exc:
        raise DateError(f"{where}: the time stamp {value} is past the calendar; dates from year 1 to 9999 only") \
            from exc


def _local(moment: dt.datetime, where: str, options: ReadOptions) -> dt.datetime:
    """`wall_time`, with a DateError that names the input."""
    try:
        return wall_time(moment, options)
    except DateError as exc:
        raise DateError(f"{where}: {exc}") from exc


def parse_free_date(text: str, *, day_first: bool = False) -> dt.datetime | None:
    """A date written in a free form ("March 5, 2021 10:15", "Tue, 05 Mar 2021 …"), or None; an
    all-number date with dots is day, month, year ("10.06.2024", as Europe dots it), in a
    metadata field as in a dateline; one with slashes too when `day_first` says so."""
    import dateparser  # slow to import: only when a date is written in a free form

    settings: dict[str, Any] = {
        "STRICT_PARSING": True, "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first"}
    if day_first or DOTTED_DATE.search(text):
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    # A relative date ("yesterday", "2 days ago") names no day by itself: read from another base,
    # it moves. It is refused rather than read from a base of the tool's choosing.
    moved = dateparser.parse(text, languages=["en"], settings={**settings, "RELATIVE_BASE": dt.datetime(2001, 7, 15)})
    return parsed if moved == parsed else None


UTF_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
            (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def as_utf8(data: bytes, where: str) -> bytes:
    """The bytes of a UTF-16 or UTF-32 text as UTF-8 (Windows editors save "Unicode" text as
    UTF-16), so that every reader sees one encoding; other bytes as they are."""
    encoding = next((name for bom, name in UTF_BOMS if data.startswith(bom)), None) or _bomless_utf16(data)
    if encoding is None:
        return data
    try:
        return data.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: damaged {encoding.upper()} text (byte {exc.start}); convert it to UTF-8") from None


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for text written without a byte-order mark: in English text
    most of every other byte is NUL, and none of the others."""
    probe = data[:BINARY_PROBE - BINARY_PROBE % 2]
    if len(probe) < 8:
        return None
    even, odd = probe[0::2], probe[1::2]
    if _mostly_nul(odd) and not even.count(0):
        return "utf-16-le"
    if _mostly_nul(even) and not odd.count(0):
        return "utf-16-be"
    return None


def _mostly_nul(half: bytes) -> bool:
    """True when most of these bytes are NUL: the high bytes of UTF-16 English text, where only
    the characters past U+00FF (curly quotes, dashes, the euro sign) have another."""
    return half.count(0) >= 0.7 * len(half)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes near the start."""
    return b"\x00" in data[:BINARY_PROBE]


def decode(data: bytes, where: str) -> tuple[str, list[str]]:
    """Text of the bytes and any warnings: UTF-8 exactly (no newline translation), otherwise
    the encoding charset-normalizer detects, with a warning that says which."""
    if looks_binary(data):
        raise InputError(f"{where}: binary file, not text; give a text, HTML, feed, JSON, CSV or e-mail article")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        position = exc.start
    from charset_normalizer import from_bytes  # only needed for non-UTF-8 input

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(f"{where}: not UTF-8 text (byte {position}) and no other encoding fits; convert it to UTF-8")
    western = _western_text(data, matches, best)
    if western is not None:
        return western, [f"{where}: not UTF-8 (byte {position}); read as {WESTERN_LEGACY}"]
    return str(best), [f"{where}: not UTF-8 (byte {position}); read as {best.encoding}"]


# What English Windows writes and what browsers read unlabelled Western text as (WHATWG maps
# latin-1 to it). On short texts charset-normalizer ranks cp1250 or a DOS code page first at the
# same chaos or with no language evidence at all, turning "£2.50" into "Ł2.50"; cp1252 wins those
# unless its reading is itself a mess (Cyrillic or Polish bytes read as cp1252 score over 1).
WESTERN_LEGACY = "cp1252"
MESSY = 1.0


def _western_text(data: bytes, matches: Any, best: Any) -> str | None:
    """The bytes read as cp1252 when that reading is as good as charset-normalizer's best."""
    from charset_normalizer.md import mess_ratio

    try:
        text = data.decode(WESTERN_LEGACY)
    except UnicodeDecodeError:
        return None
    ties = any(match.chaos <= best.chaos and WESTERN_LEGACY in (match.encoding, *match.could_be_from_charset)
               for match in matches)
    if ties or (best.coherence == 0 and mess_ratio(text, MESSY) < MESSY):
        return text
    return None


def check_size(size: int, where: str, options: ReadOptions) -> None:
    """Refuse inputs over the size limit (--max-bytes), which protects memory and time."""
    if size > options.max_bytes:
        raise InputError(f"{where}: {size:,} bytes is over the {options.max_bytes:,}-byte limit; "
                         "raise it with --max-bytes")


# A date in a file's name, as static sites and archives name posts ("2025-03-14-pier-repairs.md",
# "20250314_pier.txt", "pier-2025-03-14.html"): the last resort for a page that states none.
FILE_NAME_DATE = re.compile(r"(?:^|(?<=[-_ .]))(?P<year>(?:19|20)\d\d)(?P<sep>[-_]?)(?P<month>\d\d)(?P=sep)"
                            r"(?P<day>\d\d)(?=[-_ .]|$)")


def file_name_date(where: str) -> dt.datetime | None:
    """The day a file's name gives, or None (stdin, URLs and names without a whole date)."""
    if "://" in where:
        return None  # a URL's path is the site's, and its date is in the page
    name = re.split(r"[\\/]", where)[-1]
    for found in FILE_NAME_DATE.finditer(name):
        try:
            return dt.datetime(int(found["year"]), int(found["month"]), int(found["day"]))
        except ValueError:
            continue  # "2025-13-40": no day
    return None


def publication_date(candidates: list[tuple[str, dt.datetime | None]], where: str,
                     options: ReadOptions) -> tuple[dt.datetime, str]:
    """The publication date by precedence: --date, then each (source, date) candidate in order."""
    if options.date is not None:
        return options.date, "option"
    for source, value in candidates:
        if value is not None:
            return value, source
    raise DateError(f"{where}: no publication date; {DATE_HELP}")
