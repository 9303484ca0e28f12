"""E-mail messages (`.eml`): press releases and newsletters as they arrive in an inbox."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import re
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

from timeline.errors import InputError
from timeline.models import Article, Skipped
from timeline.read.html import extract_text
from timeline.read.options import ReadOptions, decode, parse_metadata_date, publication_date

# Python's header parsers are quadratic in a header's words or parameters (a subject of a megabyte
# took 21 s, a Content-Type of 50,000 parameters 33 s); a subject, a sender, a date or a content
# type is one line, and a longer header is read from its start.
MAX_HEADER_CHARS = 2_000


class _ShortHeaders(email.policy.EmailPolicy):
    """The default policy, with every header read from its first MAX_HEADER_CHARS characters."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        return super().header_fetch_parse(name, value[:MAX_HEADER_CHARS])


POLICY = _ShortHeaders()
# A plain-text part this short beside an HTML one is a stub ("View this email in your browser:
# https://…"): the HTML part's text is read when it says more.
STUB_WORDS = 20
MAX_FORWARDS = 20  # a message forwarded within a forwarded message…: read that many levels down
QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?", re.M)  # "> > " opening a quoted line
# Headers that only a message has: a file without any of them is not an e-mail.
MESSAGE_HEADERS = ("from", "date", "subject", "message-id", "received", "mime-version", "to")


def read(data: bytes, where: str, options: ReadOptions) -> Iterator[Article | Skipped]:
    """One message, one article: its subject is the title, its `Date:` header the publication
    date, its plain-text body (else its HTML body's main text) the article."""
    message = email.message_from_bytes(data, policy=POLICY)
    if not isinstance(message, EmailMessage) or not any(_header(message, name) for name in MESSAGE_HEADERS):
        raise InputError(f"{where}: not an e-mail message (no From, Date or Subject header)")
    text = body_text(message, where)
    if not text.split():  # a one-line alert is news; an HTML part's menus were already left out
        raise InputError(f"{where}: no text in this e-mail's body")
    published, source = publication_date([("metadata", _header_date(message, where, options))], where, options)
    yield Article(text=text + "\n", published=published, title=_header(message, "subject"), path=where,
                  date_source=source, record=_header(message, "message-id"))


def body_text(message: EmailMessage, where: str, depth: int = 0) -> str:
    """The text of a message's body: its plain-text part, else the main text of its HTML part,
    followed by the body of the message it forwards as an attachment (message/rfc822): a cover
    note ("See the release below.") does not hide the release it forwards."""
    part = message.get_body(preferencelist=("plain", "html"))
    own = _part_text(part, where, _header(message, "date")) if part is not None else ""
    html = message.get_body(preferencelist=("html",)) if len(own.split()) < STUB_WORDS else None
    if html is not None and html is not part:  # "View this email in your browser: …" over the newsletter
        own = max(own, _part_text(html, where, None), key=lambda text: len(text.split()))
    forwarded = _forwarded(message) if depth < MAX_FORWARDS else None
    inner = body_text(forwarded, where, depth + 1) if forwarded is not None else ""
    sent = _header(forwarded, "date") if inner and forwarded is not None else None
    if sent:  # as a mail client shows it: the forwarded text speaks from its own day ("yesterday")
        inner = f"Date: {sent}\n{inner}"
    return "\n\n".join(text for text in (own, inner) if text)


def _part_text(part: EmailMessage, where: str, sent: str | None) -> str:
    """The text of one body part: plain text without quote marks (see `unquoted`), or an HTML
    part's main text."""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken transfer encoding
        payload = part.get_payload(decode=True)
        content = decode(payload, where)[0] if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return (extract_text(content) if part.get_content_subtype() == "html" else unquoted(content, sent)).strip()


def unquoted(text: str, sent: str | None = None) -> str:
    """A plain-text body without the '>' that mark quoted lines: what was quoted is read as text.
    Where the writer's own text resumes after a quote (a reply written below it), a "Date:" line
    of the message's own date is put back: the quote's "On …, X wrote:" line dated only the quote."""
    if ">" not in text:
        return text
    lines, quoted = [], False
    for line in text.splitlines():
        marks = QUOTE_MARKS.match(line)
        if quoted and marks is None and line.strip() and sent:
            lines.append(f"Date: {sent}")
        quoted = marks is not None or (quoted and not line.strip())
        lines.append(line[marks.end():] if marks else line)
    return "\n".join(lines)


def _forwarded(message: EmailMessage) -> EmailMessage | None:
    """The message this one forwards as an attachment (message/rfc822), or None."""
    parts = [message] if message.get_content_type() == "message/rfc822" else message.iter_attachments()
    for part in parts:
        inner = part.get_payload() if part.get_content_type() == "message/rfc822" else None
        if isinstance(inner, list) and inner and isinstance(inner[0], EmailMessage):
            return inner[0]
    return None


def _header(message: EmailMessage, name: str) -> str | None:
    """A header's value as one line of text, or None when it is missing or empty."""
    try:
        value = message.get(name)
    except (ValueError, IndexError):  # a header the parser cannot read is no title
        return None
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _header_date(message: EmailMessage, where: str, options: ReadOptions) -> dt.datetime | None:
    """The moment the message was sent (`Date:`), in the sender's local time, or None."""
    raw = _header(message, "date")
    if raw is None:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return parse_metadata_date(raw, where, options)
    return parse_metadata_date(moment, where, options)
