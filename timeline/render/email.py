"""The newsletter: what the email templates receive beyond the common context, CSS inlining, and
the size check against Gmail's clipping limit."""

from __future__ import annotations

import warnings
from typing import Any

from timeline.errors import TimelineWarning
from timeline.render.view import Entry, Link

# Gmail hides everything past the first 102 KB of a message's HTML behind "[Message clipped]".
GMAIL_CLIP = 102_000
EVENT_SOURCES = 5  # sources named under one event; the rest are counted ("and 12 more")
EVENT_DETAILS = 3  # details, and other dates given, under one event (an event many articles report gathers dozens)
FOOTER_SOURCES = 20  # sources named in the footer
PREHEADER_CHARS = 140  # what an inbox shows of the preview line, at most


def preheader(entries: list[Entry]) -> str:
    """The inbox preview line: the headlines of what comes next, then of the latest events."""
    ahead = [entry for entry in entries if entry.upcoming]
    latest = [entry for entry in reversed(entries) if not entry.upcoming]
    text = ""
    for headline in dict.fromkeys(entry.headline for entry in [*ahead, *latest]):
        candidate = f"{text} · {headline}" if text else headline
        if len(candidate) > PREHEADER_CHARS:
            return text or headline[:PREHEADER_CHARS - 1].rstrip() + "…"
        text = candidate
    return text


def email_variables(variables: dict[str, Any]) -> dict[str, Any]:
    """The `email` template variable: the preheader, how many sources to name and details to quote
    under an event, and the footer's sources — those of the events shown, not every input article,
    capped."""
    entries = list(variables["entries"])  # an email is built whole (its styles are inlined over it)
    shown: dict[Link, None] = {}
    for entry in entries:
        shown.update(dict.fromkeys(entry.sources))
    sources = list(shown)
    return {"preheader": preheader(entries), "event_sources": EVENT_SOURCES, "event_details": EVENT_DETAILS,
            "sources": sources[:FOOTER_SOURCES], "more_sources": max(0, len(sources) - FOOTER_SOURCES)}


def inline_email(html: str, css: str | None = None) -> str:
    """Every stylesheet rule moved into style attributes: of a whole message (its <style> blocks
    are dropped but for `data-css-inline="keep"`), or of a body-only block given `css`."""
    import css_inline

    if css is not None:
        return css_inline.inline_fragment(html, css)
    inliner = css_inline.CSSInliner(keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False)
    return inliner.inline(html)


def check_size(html: str, fmt: str) -> str:
    """The email unchanged; a warning when Gmail would clip it."""
    size = len(html.encode("utf-8"))
    if size > GMAIL_CLIP:
        warnings.warn(TimelineWarning(
            f"the {fmt} output is {size / 1000:.0f} KB: Gmail clips messages over {GMAIL_CLIP // 1000} KB; keep "
            "fewer events (--max-events, --from, --since)"), stacklevel=2)
    return html
