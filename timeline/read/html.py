"""Saved web pages: main text and title by trafilatura, publication date by htmldate."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from timeline.errors import InputError
from timeline.models import Article, Skipped
from timeline.read.options import ReadOptions, decode, file_name_date, parse_metadata_date, publication_date

# htmldate discards dates outside [min_date, max_date] and by default ends the window at
# today; fixed bounds keep the output independent of the day it runs.
DATE_WINDOW = {"min_date": "1900-01-01", "max_date": "2099-12-31"}
MIN_WORDS = 5
# libxml2 stops building the tree some 256 elements deep, and the text below is lost: a page
# that yields no text is read again with tags nested deeper than this left out (text kept).
MAX_NESTING = 200
TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*>")
# libxml2 checks each attribute of a tag against those before it: a tag of 100,000 attributes
# took minutes to parse (and htmldate and jusText walk them again). A real tag has a few dozen.
MAX_ATTRIBUTES = 100
LONG_TAG = re.compile(r"<[A-Za-z][^<>]{1000,}>")  # [^<>]: a scan stops at the next "<" (linear on "<a<a<a…")
ATTRIBUTE = re.compile(r"""[\s/]+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr"})


def flatten_deep(html: str, limit: int = MAX_NESTING) -> str | None:
    """The markup without the tags nested more than `limit` deep (their text kept), or None when
    no tag is that deep."""
    depth, parts, last = 0, [], 0
    for tag in TAG.finditer(html):
        if tag.group(2).lower() in VOID or tag.group().endswith("/>"):
            continue
        if tag.group(1):
            drop, depth = depth > limit, max(0, depth - 1)
        else:
            depth += 1
            drop = depth > limit
        if drop:
            parts.append(html[last:tag.start()])
            last = tag.end()
    if not parts:
        return None
    parts.append(html[last:])
    return "".join(parts)


def few_attributes(html: str) -> str:
    """The markup with each tag cut to its first MAX_ATTRIBUTES attributes (see there)."""
    return LONG_TAG.sub(_cut_attributes, html)


def _cut_attributes(tag: re.Match[str]) -> str:
    markup = tag.group()
    end = re.match(r"<[^\s/>]*", markup).end()  # type: ignore[union-attr]  # LONG_TAG starts so
    for _ in range(MAX_ATTRIBUTES):  # anchored matches, one after another: linear in the tag
        attribute = ATTRIBUTE.match(markup, end)
        if attribute is None:
            return markup
        end = attribute.end()
    return markup[:end] + ">" if ATTRIBUTE.match(markup, end) else markup


def _head(html: str) -> str | None:
    """The page's <head> as markup: where its metadata lives (meta tags, JSON-LD)."""
    import lxml.html

    try:
        head = lxml.html.document_fromstring(html).find("head")
    except (ValueError, lxml.etree.ParserError):
        return None
    return lxml.html.tostring(head, encoding="unicode") if head is not None and len(head) else None


def page_dates(html: str, where: str, options: ReadOptions) -> tuple[dt.datetime | None, dt.datetime | None]:
    """(date from the page's metadata, date found in its content) — either may be None.

    htmldate reads both; asking it about the <head> alone tells the two sources apart.
    """
    from htmldate import find_date

    def find(markup: str, extensive: bool) -> dt.datetime | None:
        found = find_date(markup, extensive_search=extensive, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M:%S%z", **DATE_WINDOW)
        return parse_metadata_date(found, where, options) if found else None

    head = _head(html)
    metadata = find(f"<html>{head}<body></body></html>", extensive=False) if head else None
    return metadata, None if metadata else find(html, extensive=True)


def _extract(html: str, recall: bool = False) -> tuple[object, str]:
    """trafilatura's reading of a page: the document (with metadata) and its main text; with
    `recall`, text that a page would hold in asides is kept (a message has none).

    A page's tables are kept, as Markdown tables: a chronology or a factbox is often one ("3 Feb |
    Union announces ballot"), and its rows are dated like any table's. A message's are not: an
    e-mail lays its text out in tables, which are no tables of its content."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=not recall, favor_precision=not recall,
                                           favor_recall=recall, deduplicate=False,
                                           date_extraction_params=DATE_WINDOW)
    return document, (getattr(document, "text", None) or "").strip() if document is not None else ""


def main_text(html: str, recall: bool = False) -> tuple[object, str]:
    """The document and main text of a page, read again without its deepest nesting when the
    first reading finds no text (see MAX_NESTING)."""
    document, text = _extract(html, recall)
    if len(text.split()) < MIN_WORDS and (flat := flatten_deep(html)) is not None:
        document, text = _extract(flat, recall)
    return document, text


def extract_text(html: str) -> str:
    """The text of an e-mail's HTML body: laid out in tables, with no page furniture around it."""
    return main_text(few_attributes(html), recall=True)[1]


def read(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """The HTML reader: one article per page."""
    if len(data) > options.max_page_bytes:  # parsed whole, a page takes some 30 times its size in memory
        raise InputError(f"{where}: an HTML page of {len(data):,} bytes, over the limit of "
                         f"{options.max_page_bytes:,} for one page (a saved news page is far smaller)")
    html, notes = decode(data, where)
    html = few_attributes(html)
    document, text = main_text(html)
    if len(text.split()) < MIN_WORDS:  # a menu or a title alone is not an article
        raise InputError(f"{where}: no article text found in this HTML page")
    metadata, extracted = page_dates(html, where, options)
    named = None if metadata or extracted else file_name_date(where)
    published, source = publication_date([("metadata", metadata), ("extracted", extracted), ("file-name", named)],
                                         where, options)
    yield Article(
        text=text + "\n", published=published, title=getattr(document, "title", None) or None,
        url=getattr(document, "url", None) or None, path=where, date_source=source, notes=notes,
    )
