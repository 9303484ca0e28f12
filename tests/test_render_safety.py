"""Hostile article text renders inert — and still readable, character for character — in every format."""

from __future__ import annotations

import json

import html5lib
import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from timeline.models import Event, Source, Timeline
from timeline.pipeline import timeline_from_articles
from timeline.read.inputs import read_text
from timeline.render.dispatch import LINE_BREAKS, md_escape, render
from timeline.render.formats import FORMAT_NAMES
from timeline.render.view import CONTROL

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
LINK = "[click me](javascript:alert(4))"
MARKDOWN = "`code` **bold** _under_ # hash | pipe | ~~strike~~ &amp; \\ <!-- c --> ![i](x.png)"
HOSTILE = [SCRIPT, IMAGE, LINK, MARKDOWN]
BAD_URL = "javascript:alert(3)"
ARTICLE = f"""---
title: "Hall {SCRIPT} *notice*"
date: 2021-06-10
url: "{BAD_URL}"
---
Protesters wrote {SCRIPT} on the hall door on Monday.
A banner read {IMAGE} and {LINK} in March 2021.
Organisers said {MARKDOWN} would be cleaned up by June 30.
"""


def hostile_timeline() -> Timeline:
    """Every text field hostile, a javascript: source URL, control characters; independent of the tagger."""
    source = Source(title=f"Hall {SCRIPT} *notice*", url=BAD_URL, path="hall.md", date="2021-06-10")
    events = [
        Event(start=f"2021-06-0{i + 1}", end=f"2021-06-0{i + 1}", granularity="day", approximate=False,
              upcoming=False, text=f"Protesters wrote {text} on the door.\x07", headline=f"Door {text}",
              time_text="on Monday", value=f"2021-06-0{i + 1}", details=[f"They added {text}.\x1b"],
              source=source, sources=[source])
        for i, text in enumerate(HOSTILE)
    ]
    return Timeline(title=f"Hall {SCRIPT} *notice*", as_of="2021-06-10", events=events, sources=[source])


def inert_html(html: str, fragment: bool = False) -> str:
    """Parse strictly, check nothing can run or navigate anywhere but http(s)/mailto, return the visible text."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree = parser.parseFragment(html) if fragment else parser.parse(html)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag not in {"script", "img", "iframe", "object", "embed"}, element.tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"<{element.tag} {name}=…>"
            if name in {"href", "src", "action"}:
                assert value.startswith(("http://", "https://", "mailto:", "#")), value
    return " ".join(" ".join(e.itertext()) for e in tree.iter("body")) if not fragment else " ".join(tree.itertext())


def visible_text(fmt: str, output: str) -> str:
    """What a reader of the format sees, after checking that it is inert."""
    if fmt in {"html", "email"}:
        return inert_html(output)
    if fmt in {"fragment", "email-body"}:
        return inert_html(output, fragment=True)
    if fmt == "md":
        parser = MarkdownIt("commonmark").enable("strikethrough").enable("table")
        assert not [t for t in parser.parse(output) if t.type == "html_block"]
        return inert_html(parser.render(output), fragment=True)
    if fmt == "timelinejs":
        document = json.loads(output)
        parts = [document["title"]["text"]["headline"]]
        for slide in document["events"]:
            parts += [inert_html(slide["text"]["headline"], True), inert_html(slide["text"]["text"], True),
                      inert_html(slide["display_date"], True)]
        return " ".join(parts)
    if fmt == "ics":
        calendar = icalendar.Calendar.from_ical(output)
        components = calendar.walk("VEVENT")
        assert all("URL" not in c for c in components)  # the javascript: source URL is dropped
        return " ".join(str(c[key]) for c in components for key in ("SUMMARY", "DESCRIPTION"))
    if fmt == "json":
        return " ".join(e["text"] + " " + " ".join(e["details"]) for e in json.loads(output)["events"])
    return output


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_hand_built_hostile_text_is_inert_and_intact(fmt: str) -> None:
    output = render(hostile_timeline(), fmt)
    seen = " ".join(visible_text(fmt, output).split())
    for text in HOSTILE:
        assert " ".join(text.split()) in seen, f"{text!r} is not shown as written in {fmt}"
    if fmt != "json":  # JSON keeps the data exactly (escaped as \u0007); every other format drops controls
        assert "\x07" not in output and "\x1b" not in output
    if fmt != "json":  # the unsafe source URL is dropped: its title is shown as plain text
        assert BAD_URL not in output


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_hostile_article_through_the_pipeline_is_inert(fmt: str) -> None:
    timeline = timeline_from_articles([read_text(ARTICLE)])
    assert timeline.events, "the tagger found no dated event in the hostile article"
    output = render(timeline, fmt)
    seen = " ".join(visible_text(fmt, output).split())
    reported = [text for text in HOSTILE if any(text in " ".join([e.text, *e.details]) for e in timeline.events)]
    assert reported, "no hostile sentence became an event"
    for text in reported:
        assert " ".join(text.split()) in seen, f"{text!r} is not shown as written in {fmt}"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_markdown_escaping_keeps_any_text_literal(text: str) -> None:
    """Whatever the text, an escaped list item stays one item whose text is the input (controls as spaces)."""
    tokens = MarkdownIt("commonmark").parse(f"- **d** — {md_escape(text)}\n")
    assert [t.type for t in tokens] == ["bullet_list_open", "list_item_open", "paragraph_open", "inline",
                                        "paragraph_close", "list_item_close", "bullet_list_close"]
    children = tokens[3].children or []
    assert {c.type for c in children} <= {"text", "strong_open", "strong_close"}
    shown = "".join(c.content for c in children if c.type == "text")
    expected = CONTROL.sub(" ", LINE_BREAKS.sub(" ", text))
    assert shown == ("d — " + expected).rstrip()  # a paragraph drops its trailing white space


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_markdown_escaping_reads_back_literally_in_python_markdown(text: str) -> None:
    """MkDocs' parser shows the escaped text as written too: no stray backslash, no markup, no tag."""
    import markdown

    html = markdown.markdown(f"- **d** — {md_escape(text)}\n")
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parseFragment(html)
    assert [e.tag for e in tree.iter() if isinstance(e.tag, str)] == ["DOCUMENT_FRAGMENT", "ul", "li", "strong"]
    expected = " ".join(CONTROL.sub(" ", LINE_BREAKS.sub(" ", text)).split())
    assert " ".join("".join(tree.itertext()).split()) == " ".join(f"d — {expected}".split())


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40), st.text(max_size=20))
def test_any_text_gives_valid_html_that_shows_it(text: str, title: str) -> None:
    source = Source(title=title or None, url="https://example.org/a", date="2021-06-10")
    event = Event(start="2021-06-01", end="2021-06-01", granularity="day", approximate=False, upcoming=False,
                  text=text, headline="", time_text="", value="2021-06-01", source=source, sources=[source])
    timeline = Timeline(title=title or None, as_of="2021-06-10", events=[event], sources=[source])
    expected = " ".join(CONTROL.sub(" ", text).split())
    for fmt in ("html", "fragment", "email"):
        seen = " ".join(visible_text(fmt, render(timeline, fmt)).split())
        assert expected in seen, fmt
    render(timeline, "ics").encode("utf-8")
    icalendar.Calendar.from_ical(render(timeline, "ics"))
