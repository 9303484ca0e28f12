"""News agencies' XML: NITF and NewsML-G2 stories (as wires deliver them) and TimeML documents (as
annotated news corpora keep them). One article per story: its headline, its paragraphs and the
date the document gives it (NITF `date.issue`, NewsML-G2 `firstCreated`, TimeML's DCT)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.errors import DateError, InputError
from timeline.models import Article, Skipped
from timeline.read.html import flatten_deep
from timeline.read.options import ReadOptions, parse_metadata_date, publication_date

# ISO 8601's basic form, as NITF writes its dates ("20250514T091500Z", "20250514"), made extended.
BASIC_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?([+-]\d{4}|Z)?)?$")
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
BLOCKS = ("p", "hl2", "li", "h1", "h2", "h3", "h4", "blockquote", "pre", "td", "div")


def read(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """The news XML reader: one article per document (a NewsML-G2 message: one per news item)."""
    root = _parse(data, where)
    kind = _local(root.tag)
    items = [root] if kind != "newsMessage" else [item for item in root.iter() if _local(item.tag) == "newsItem"]
    if kind not in ("nitf", "newsItem", "newsMessage", "TimeML") or not items:
        raise InputError(f"{where}: not a NITF, NewsML-G2 or TimeML document")
    for index, item in enumerate(items, start=1):
        name = where if len(items) == 1 else f"{where}#item{index}"
        title, written, paragraphs = _story(item)
        text = "\n\n".join(paragraphs)
        if not text.strip():
            yield Skipped(where=name, reason="story has no text")
            continue
        try:
            date = parse_metadata_date(_extended(written), name, options) if written else None
            published, source = publication_date([("metadata", date)], name, options)
        except DateError as exc:
            yield Skipped(where=name, reason=str(exc).split(": ", 1)[-1])
            continue
        body = f"{title}\n{text}\n" if title else f"{text}\n"
        yield Article(text=body, published=published, title=title, path=name, date_source=source,
                      content_offset=len(title) + 1 if title else 0)


def _parse(data: bytes, where: str):  # type: ignore[no-untyped-def]  # an lxml element
    """The document's root, parsed without entities, DTDs or the network (a hostile file's
    "billion laughs" or external entity is text, never expanded or fetched)."""
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                                  remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lxml.etree.fromstring(_shallow(data) or data, parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise InputError(f"{where}: malformed XML ({exc})") from exc
    if root is None:
        raise InputError(f"{where}: malformed XML")
    return root


def _shallow(data: bytes) -> bytes | None:
    """The document without the tags nested more than MAX_NESTING deep (their text kept), or None
    when none is: libxml2 stops at 256 levels, and the text below would be lost."""
    declared = XML_ENCODING.search(data[:200])
    try:
        text = data.decode(declared.group(1).decode("ascii") if declared else "utf-8", "replace")
    except LookupError:  # an encoding Python does not know: read as UTF-8
        text = data.decode("utf-8", "replace")
    flat = flatten_deep(text)
    # (decoded, so its declaration of another encoding would now be wrong)
    return None if flat is None else XML_DECLARATION.sub("", flat, count=1).encode("utf-8")


def _local(tag: object) -> str:
    """An element's name without its namespace ("{http://iptc.org/std/nar/2006-10-01/}newsItem")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(root, *names: str):  # type: ignore[no-untyped-def]
    """The first element under `root` with one of the local names, in the order of `names`."""
    for name in names:
        for element in root.iter():
            if _local(element.tag) == name:
                return element
    return None


def _words(element) -> str:  # type: ignore[no-untyped-def]
    """An element's text, its inner markup (TimeML's EVENT and TIMEX3 tags) dropped, spaces joined."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _story(item) -> tuple[str | None, str | None, list[str]]:  # type: ignore[no-untyped-def]
    """A document's headline, date as written, and paragraphs."""
    kind = _local(item.tag)
    if kind == "TimeML":
        dct = _find(item, "DCT")
        timex = _find(dct, "TIMEX3") if dct is not None else None
        written = timex.get("value") if timex is not None else None
        title = _words(_find(item, "TITLE")) or None
        text = _find(item, "TEXT")
        raw = "".join(text.itertext()) if text is not None else ""
        return title, written, [" ".join(part.split()) for part in re.split(r"\n\s*\n", raw) if part.strip()]
    if kind == "nitf":
        title = _words(_find(item, "hl1")) or _words(_find(item, "title")) or None
        issued = _find(item, "date.issue", "date.release")
        written = issued.get("norm") if issued is not None else None
        body = _find(item, "body.content")
    else:  # a NewsML-G2 news item
        title = _words(_find(item, "headline")) or None
        stamp = _find(item, "firstCreated", "contentCreated", "versionCreated")
        written = _words(stamp) or None
        body = _find(item, "body.content", "inlineXML", "body")
    return title, written, _paragraphs(body)


def _paragraphs(body) -> list[str]:  # type: ignore[no-untyped-def]
    """The text blocks of a story's body, in order (a block inside another is read with it)."""
    if body is None:
        return []
    blocks = [element for element in body.iter() if _local(element.tag) in BLOCKS
              and not any(_local(parent.tag) in BLOCKS for parent in element.iterancestors() if parent is not body)]
    texts = [_words(block) for block in blocks] if blocks else [_words(body)]
    return [text for text in texts if text]


def _extended(written: str) -> str:
    """A date in ISO 8601's basic form as its extended form; any other as it is."""
    found = BASIC_DATE.match(written.strip())
    if not found:
        return written.strip()
    year, month, day, hour, minute, second, zone = found.groups()
    if hour is None:
        return f"{year}-{month}-{day}"
    zone = "" if zone is None else "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[3:]}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{zone}"
