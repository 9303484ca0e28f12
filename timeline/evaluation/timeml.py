"""Read and write TimeML (TempEval-3 style): document text, creation time and TIMEX3 tags."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import get_args
from xml.sax.saxutils import escape, quoteattr

from pydantic import BaseModel, Field

from timeline.errors import InputError, shown
from timeline.models import Timex, TimexType

CREATION_TIME = "CREATION_TIME"
_TIMEX_TYPES: frozenset[str] = frozenset(get_args(TimexType))
_XML_HEADER = (
    '<?xml version="1.0" ?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)
_DCT_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?")
_INVALID_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<!(?:[^>\[]|\[[^\]]*\])*>"
    r"|<(?P<close>/)?(?P<tag>[A-Za-z_][\w:.-]*)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
    r"\s*(?P<empty>/)?>",
    re.DOTALL,
)
_DOCUMENT = "#document"  # synthetic root of a tolerantly parsed document
_ATTR = re.compile(r"([^\s=/>]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


class TimemlError(InputError, ValueError):
    """A TimeML document that cannot be read: names the file (or `<text>`) and what is wrong."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source or "<text>"
        super().__init__(f"{self.source}: {message}")


class TimemlDocument(BaseModel):
    """A TimeML document: its id, creation time, plain text and the gold TIMEX3s in that text."""

    doc_id: str
    dct: dt.datetime
    dct_value: str = Field(default="", description="the DCT value exactly as written")
    text: str
    timexes: list[Timex] = Field(default_factory=list)
    path: str | None = None


def read_timeml(source: str | os.PathLike[str]) -> TimemlDocument:
    """Parse a TimeML file (a path) or TimeML markup (a string that contains '<')."""
    data, name, path = _load(source)
    root = _parse_tree(data, name)
    text_elem = _find(root, "TEXT")
    if text_elem is None:
        raise TimemlError("no <TEXT> element", name)
    dct_value = _dct_value(root, name)
    text, timexes = _flatten(text_elem, name)
    return TimemlDocument(
        doc_id=_doc_id(root, path),
        dct=parse_dct(dct_value, name),
        dct_value=dct_value,
        text=text,
        timexes=timexes,
        path=str(path) if path else None,
    )


def parse_dct(value: str, source: str | None = None) -> dt.datetime:
    """A datetime from a TIMEX3 date value (YYYY[-MM[-DD[Thh:mm[:ss]]]]); a missing part is its minimum."""
    match = _DCT_VALUE.match(value.strip())
    if not match:
        raise TimemlError(f"creation time value {value!r} is not a date", source)
    parts = [int(p) if p else d for p, d in zip(match.groups(), (0, 1, 1, 0, 0, 0), strict=True)]
    try:
        return dt.datetime(*parts)
    except ValueError as exc:
        raise TimemlError(f"creation time value {value!r}: {exc}", source) from exc


def write_timeml(
    doc_id: str,
    dct: dt.datetime | dt.date,
    text: str,
    timexes: Iterable[Timex],
) -> str:
    """TempEval-3 style TimeML for a text and its TIMEX3s (overlapping tags after the first are dropped)."""
    dct_value = format_dct(dct)
    dct_type = "TIME" if "T" in dct_value else "DATE"
    return (
        _XML_HEADER
        + f"\n<DOCID>{_escape_text(doc_id)}</DOCID>\n\n"
        + f'<DCT><TIMEX3 tid="t0" type="{dct_type}" value={quoteattr(dct_value)} '
        + f'temporalFunction="false" functionInDocument="{CREATION_TIME}">'
        + f"{_escape_text(dct_value)}</TIMEX3></DCT>\n\n"
        + f"<TEXT>{_markup(text, timexes)}</TEXT>\n\n</TimeML>\n"
    )


def format_dct(dct: dt.datetime | dt.date) -> str:
    """The TIMEX3 value of a creation time: the date alone at midnight, else date and time."""
    if not isinstance(dct, dt.datetime):
        return dct.isoformat()
    if dct.time() == dt.time(0, 0):
        return dct.date().isoformat()
    return dct.strftime("%Y-%m-%dT%H:%M:%S" if dct.second else "%Y-%m-%dT%H:%M")


def non_overlapping(timexes: Iterable[Timex], length: int) -> list[Timex]:
    """Timexes sorted by position, keeping the first (then longest) of any overlapping ones."""
    kept: list[Timex] = []
    for timex in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if not 0 <= timex.start < timex.end <= length:
            raise ValueError(f"timex span {timex.start}:{timex.end} is outside the text (length {length})")
        if kept and timex.start < kept[-1].end:
            continue
        kept.append(timex)
    return kept


def _markup(text: str, timexes: Iterable[Timex]) -> str:
    """The escaped text with TIMEX3 tags tid=t1.. inserted at the timex spans."""
    out: list[str] = []
    pos = 0
    for tid, timex in enumerate(non_overlapping(timexes, len(text)), start=1):
        out.append(_escape_text(text[pos : timex.start]))
        out.append(f"{_open_tag(timex, tid)}{_escape_text(text[timex.start : timex.end])}</TIMEX3>")
        pos = timex.end
    out.append(_escape_text(text[pos:]))
    return "".join(out)


def _open_tag(timex: Timex, tid: int) -> str:
    """The opening TIMEX3 tag of a system timex."""
    attrs = {"tid": f"t{tid}", "type": timex.type, "value": timex.value}
    attrs.update({k: v for k, v in (("mod", timex.mod), ("freq", timex.freq), ("quant", timex.quant)) if v})
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + ">"


def _escape_text(text: str) -> str:
    """Text escaped for XML content; CR kept as a character reference, invalid characters as U+FFFD."""
    return escape(_INVALID_XML_CHARS.sub("\ufffd", text)).replace("\r", "&#13;")


def _load(source: str | os.PathLike[str]) -> tuple[bytes | str, str, Path | None]:
    """The raw markup, a display name and the path (None for markup given as a string)."""
    if isinstance(source, str) and "<" in source:
        return source, "<text>", None
    from timeline.read.files import read_file  # regular files only: a pipe or a device never hangs a run
    from timeline.read.options import ReadOptions

    path = Path(source)
    try:
        return read_file(str(path), ReadOptions()), str(path), path
    except InputError as exc:
        raise TimemlError(str(exc).removeprefix(f"{shown(path)}: "), str(path)) from exc


def _parse_tree(data: bytes | str, name: str) -> ET.Element:
    """An element tree: a strict XML parse, or a tolerant tag tokenizer when the XML is malformed."""
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        problem = exc
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    root = _tolerant_tree(data)
    if _find(root, "TEXT") is None:
        raise TimemlError(f"not well-formed XML ({problem}) and no <TEXT> element", name)
    return root


def _tolerant_tree(data: str) -> ET.Element:
    """Build a tree from tags found by a regex: stray end tags are skipped, unclosed ones closed."""
    data = data.replace("\r\n", "\n").replace("\r", "\n")
    builder = ET.TreeBuilder()
    builder.start(_DOCUMENT, {})
    stack: list[str] = [_DOCUMENT]
    pos = 0
    for match in _TOKEN.finditer(data):
        _feed_text(builder, stack, data[pos : match.start()])
        pos = match.end()
        if match.group("cdata") is not None:
            _feed_text(builder, stack, match.group("cdata"), raw=True)
        elif match.group("tag"):
            _feed_tag(builder, stack, match)
    _feed_text(builder, stack, data[pos:])
    while stack:
        builder.end(stack.pop())
    return builder.close()


def _feed_text(builder: ET.TreeBuilder, stack: list[str], chunk: str, raw: bool = False) -> None:
    """Pass character data (entities decoded unless raw) to the builder when inside an element."""
    if chunk and stack:
        builder.data(chunk if raw else html.unescape(chunk))


def _feed_tag(builder: ET.TreeBuilder, stack: list[str], match: re.Match[str]) -> None:
    """Pass a start, end or empty tag to the builder, recovering from mismatched nesting."""
    tag = _local(match.group("tag"))
    if match.group("close"):
        if tag in stack:
            while len(stack) > 1:
                top = stack.pop()
                builder.end(top)
                if top == tag:
                    break
        return
    attrs = {k: html.unescape(a if a is not None else b) for k, a, b in _ATTR.findall(match.group("attrs"))}
    builder.start(tag, attrs)
    if match.group("empty"):
        builder.end(tag)
    else:
        stack.append(tag)


def _local(tag: str) -> str:
    """A tag name without its namespace ({uri}name or prefix:name)."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _find(root: ET.Element, tag: str) -> ET.Element | None:
    """The first element (root included) with this local tag name."""
    return next((e for e in root.iter() if _local(e.tag) == tag), None)


def _is_dct(elem: ET.Element) -> bool:
    """Whether an element is the creation-time TIMEX3."""
    return _local(elem.tag) == "TIMEX3" and elem.get("functionInDocument") == CREATION_TIME


def _dct_value(root: ET.Element, name: str) -> str:
    """The value of the creation-time TIMEX3 (else of the first TIMEX3 inside <DCT>)."""
    dct = next((e for e in root.iter() if _is_dct(e)), None)
    if dct is None:
        holder = _find(root, "DCT")
        dct = _find(holder, "TIMEX3") if holder is not None else None
    if dct is None or not dct.get("value"):
        raise TimemlError("no creation time (TIMEX3 with functionInDocument=CREATION_TIME)", name)
    return dct.get("value", "")


def _doc_id(root: ET.Element, path: Path | None) -> str:
    """The DOCID text, else the file name without extension."""
    elem = _find(root, "DOCID")
    if elem is not None and "".join(elem.itertext()).strip():
        return "".join(elem.itertext()).strip()
    return path.stem if path else ""


def _flatten(text_elem: ET.Element, name: str) -> tuple[str, list[Timex]]:
    """The plain text of <TEXT> (all tags stripped) and its TIMEX3s with offsets into that text."""
    parts: list[str] = []
    timexes: list[Timex] = []
    _walk(text_elem, parts, [0], timexes, name)
    return "".join(parts), timexes


def _walk(elem: ET.Element, parts: list[str], pos: list[int], timexes: list[Timex], name: str) -> None:
    """Accumulate text and tails depth-first, recording each TIMEX3's span."""
    _append(parts, pos, elem.text)
    for child in elem:
        start, first = pos[0], len(parts)
        _walk(child, parts, pos, timexes, name)
        if _local(child.tag) == "TIMEX3" and not _is_dct(child) and pos[0] > start:
            timexes.append(_timex(child, start, "".join(parts[first:]), name))
        _append(parts, pos, child.tail)


def _append(parts: list[str], pos: list[int], chunk: str | None) -> None:
    """Append a piece of text and advance the running offset."""
    if chunk:
        parts.append(chunk)
        pos[0] += len(chunk)


def _timex(elem: ET.Element, start: int, text: str, name: str) -> Timex:
    """A Timex from a TIMEX3 element found at `start`."""
    kind = (elem.get("type") or "").strip().upper()
    if kind not in _TIMEX_TYPES:
        raise TimemlError(f"TIMEX3 {elem.get('tid', '?')} has unknown type {elem.get('type')!r}", name)
    return Timex(
        start=start,
        end=start + len(text),
        text=text,
        type=kind,  # type: ignore[arg-type]
        value=elem.get("value", ""),
        mod=elem.get("mod") or None,
        freq=elem.get("freq") or None,
        quant=elem.get("quant") or None,
    )
