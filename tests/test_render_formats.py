"""Each output format is valid for the software that reads it: HTML parsers, Markdown, TimelineJS3, iCalendar."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import html5lib
import icalendar
import pytest
from markdown_it import MarkdownIt

from tests.test_render_golden import fixed_timeline
from timeline.models import DateClaim, Event, Source, Timeline
from timeline.render.dispatch import render
from timeline.render.view import entries

GOLDEN = Path(__file__).resolve().parent / "golden"
XHTML = "{http://www.w3.org/1999/xhtml}"
DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second", "millisecond")
SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
              "unique_id"}


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return fixed_timeline()


def parse_html(text: str, fragment: bool = False) -> object:
    """Parse like a browser, but fail on any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parseFragment(text) if fragment else parser.parse(text)


def elements(tree: object, tag: str) -> list:
    return list(tree.iter(f"{XHTML}{tag}"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("source", ["fixed", "examples"])
@pytest.mark.parametrize(("name", "fragment"), [("timeline.html", False), ("timeline.email.html", False),
                                                ("timeline.fragment.html", True), ("timeline.email-body.html", True)])
def test_html_outputs_parse_without_errors(source: str, name: str, fragment: bool) -> None:
    tree = parse_html((GOLDEN / source / name).read_text(encoding="utf-8"), fragment)
    assert elements(tree, "h2") or elements(tree, "h3")


def test_page_is_semantic_and_linkable(timeline: Timeline) -> None:
    tree = parse_html(render(timeline, "html"))
    items = [li for ol in elements(tree, "ol") for li in ol.findall(f"{XHTML}li")]
    assert len(items) == len(timeline.events)
    ids = [li.get("id") for li in items]
    assert len(set(ids)) == len(ids) and all(li.find(f"{XHTML}article") is not None for li in items)
    anchors = {a.get("href")[1:] for a in elements(tree, "a") if a.get("href", "").startswith("#")}
    assert anchors == set(ids)
    datetimes = [t.get("datetime") for t in elements(tree, "time")]
    assert {"2023-04-18T19:30", "2023-W08", "2023-01", "2021", "2023-03-01"} <= set(datetimes)
    assert tree.get("lang") == "en"  # type: ignore[attr-defined]


def test_fragment_is_one_section_with_prefixed_classes_and_scoped_styles(timeline: Timeline) -> None:
    text = render(timeline, "fragment")
    tree = parse_html(text, fragment=True)
    top = [child for child in tree if isinstance(child.tag, str)]  # type: ignore[attr-defined]
    assert [child.tag for child in top] == [f"{XHTML}section"] and top[0].get("class") == "tl"
    classes = {c for e in top[0].iter() for c in (e.get("class") or "").split()}
    assert classes and all(c == "tl" or c.startswith("tl-") for c in classes)
    css = re.sub(r"/\*.*?\*/", "", elements(tree, "style")[0].text, flags=re.DOTALL)
    selectors = [s.strip() for block in re.findall(r"([^{}]+)\{", css) if not block.strip().startswith("@")
                 for s in re.split(r",(?![^()]*\))", block)]  # commas inside :is(…) do not split
    assert len(selectors) > 20 and all(s.startswith(".tl") for s in selectors), selectors
    assert "<html" not in text and "<body" not in text


def test_email_is_tables_with_inlined_styles_and_absolute_links(timeline: Timeline) -> None:
    text = render(timeline, "email")
    for banned in ("<link", "<script", "class=\"tl \"", "tl-page"):
        assert banned not in text
    tree = parse_html(text)
    [style] = elements(tree, "style")  # the dark theme only: every other rule is inlined
    assert style.get("data-css-inline") == "keep" and "@media (prefers-color-scheme: dark)" in style.text
    assert not re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|:root\s*\{[^}]*\}|\{#.*?#\}", "", style.text).strip()
    metas = {m.get("name"): m.get("content") for m in elements(tree, "meta")}
    assert metas["color-scheme"] == "light dark" and metas["supported-color-schemes"] == "light dark"
    containers = [t for t in elements(tree, "table") if t.get("class") == "tl-container"]
    assert len(containers) == 1 and "max-width: 600px" in containers[0].get("style")
    # Outlook (Word's engine) ignores max-width: a 600 px "ghost" table only MSO clients see holds the container.
    assert re.search(r'<!--\[if mso\]><table role="presentation" align="center" width="600"[^>]*><tr><td>'
                     r'<!\[endif\]-->\s*<table class="tl-container"', text)
    assert "<!--[if mso]></td></tr></table><![endif]-->" in text
    for tag in ("h1", "h2", "h3", "p", "a", "td"):
        assert all(e.get("style") for e in elements(tree, tag) if tag != "td" or e.get("class")), tag
    classes = {c for e in tree.iter() for c in (e.get("class") or "").split()}  # type: ignore[attr-defined]
    assert classes and all(c.startswith("tl-") for c in classes), classes  # nothing an ESP's own CSS could match
    hrefs = [a.get("href") for a in elements(tree, "a")]
    assert hrefs and all(h.startswith(("https://", "http://", "mailto:")) for h in hrefs)
    assert not [e for e in tree.iter() if e.get("src")]  # type: ignore[attr-defined]
    [preheader] = [e for e in elements(tree, "div") if e.get("class") == "tl-preheader"]
    assert "display: none" in preheader.get("style")
    assert "".join(preheader.itertext()).startswith("Demolition to start · New library due to open · ")


def test_email_body_is_the_content_block_alone_with_styles_inlined(timeline: Timeline) -> None:
    block = render(timeline, "email-body")
    whole = render(timeline, "email")
    for banned in ("<html", "<head", "<body", "<style", "<!DOCTYPE", "tl-preheader"):
        assert banned not in block
    tree = parse_html(block, fragment=True)
    tables = elements(tree, "table")
    assert tables[0].get("class") == "tl-container" and "max-width: 600px" in tables[0].get("style")
    assert block.strip() in whole.replace("\n<tbody>", "\n<tbody>")  # the same block as in the whole message
    assert all(e.get("style") for e in elements(tree, "p"))


def _reported_everywhere(articles: int, events: int) -> Timeline:
    """A big batch: `articles` sources, and `events` events each reported by every article."""
    sources = [Source(title=f"Harbour report {n}: cranes, berths and the dredging plan", date="2024-03-01",
                      url=f"https://news.example.com/2024/03/01/harbour-report-{n}") for n in range(articles)]
    events_list = [Event(start=f"2024-02-{1 + n % 28:02d}", end=f"2024-02-{1 + n % 28:02d}", granularity="day",
                         value=f"2024-02-{1 + n % 28:02d}", approximate=False, upcoming=False,
                         text=f"The harbour board approved berth {n} after a long debate about dredging.",
                         headline=f"Berth {n} approved", time_text="on Monday", source=sources[0], sources=sources,
                         details=[f"“Berth {n} will take ships in {m} weeks,” harbour master number {m} said."
                                  for m in range(40)],  # what every article added about it
                         conflicts=[DateClaim(start=f"2024-01-{1 + m:02d}", end=f"2024-01-{1 + m:02d}",
                                              time_text="last month", source=sources[m]) for m in range(25)])
                   for n in range(events)]
    return Timeline(title="Harbour", as_of="2024-03-01", events=events_list, sources=sources)


def test_email_of_a_2000_article_batch_stays_under_gmails_clip() -> None:
    import warnings

    from timeline.render.email import GMAIL_CLIP
    from timeline.select import Selection, select_events

    batch = _reported_everywhere(2000, 100)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no size warning either
        text = render(select_events(batch, Selection(max_events=20)), "email")
    assert len(text.encode("utf-8")) < GMAIL_CLIP
    assert text.count("harbour-report-") == 20 * 5 + 20  # five named under each event, twenty in the footer
    assert text.count("and 1995 more") == 20 and "and 1980 more" in text
    assert text.count("harbour master number") == 20 * 3 and text.count("… and 37 more") == 20
    assert text.count("Also reported as") == 20 * 4 and text.count("Also reported as: … and 22 more") == 20


def test_an_email_gmail_would_clip_is_written_with_a_warning() -> None:
    from timeline.errors import TimelineWarning

    with pytest.warns(TimelineWarning, match="Gmail clips messages over 102 KB"):
        text = render(_reported_everywhere(30, 400), "email")
    assert text.endswith("</html>\n") or text.endswith("</html>")


def test_text_is_the_email_alternative(timeline: Timeline) -> None:
    text = render(timeline, "text")
    assert "<" not in text.replace("<https://", "") and "&" not in text
    for line in text.splitlines():
        assert len(line) <= 72 or line.strip().startswith("<http") or " " not in line.strip(), line
    assert text.count("\n* ") == len(timeline.events)


def test_markdown_parses_into_one_item_per_event_and_no_html(timeline: Timeline) -> None:
    md = render(timeline, "md")
    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(md)
    kinds = [t.type for t in tokens]
    assert "html_block" not in kinds
    inline = [child for t in tokens if t.type == "inline" for child in t.children or []]
    assert not [c for c in inline if c.type == "html_inline"]
    assert kinds.count("list_item_open") == len(timeline.events)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert headings[-1] == "Upcoming" and "2022" in headings
    links = [c.attrs["href"] for c in inline if c.type == "link_open"]
    assert links and all(str(h).startswith(("https://", "http://", "mailto:")) for h in links)
    strong = [inline[i + 1].content for i, c in enumerate(inline) if c.type == "strong_open"]
    assert strong[0] == "20th century" and "Tue, 18 Apr 2023, 7:30\u202fpm" in strong


def _date_tuple(date: dict) -> tuple[int, ...]:
    return tuple(date.get(key, 0) for key in DATE_FIELDS)


def check_timelinejs_date(date: object) -> None:
    """A TimelineJS3 date object: an integer year, then optional finer fields, each only with the coarser ones."""
    assert isinstance(date, dict) and isinstance(date.get("year"), int), date
    assert set(date) <= {*DATE_FIELDS, "display_date", "format"}, date
    present = [key for key in DATE_FIELDS if key in date]
    assert present == list(DATE_FIELDS[:len(present)]), f"{date}: a finer field without a coarser one"
    assert all(isinstance(date[key], int) for key in present)
    if "day" in date:
        dt.date(date["year"], date["month"], date["day"])
    elif "month" in date:
        assert 1 <= date["month"] <= 12
    assert 0 <= date.get("hour", 0) <= 23 and 0 <= date.get("minute", 0) <= 59


def check_timelinejs(document: object) -> None:
    """The structure TimelineJS3's JSON format documents: `events` (slides) required, `title` a slide."""
    assert isinstance(document, dict) and set(document) <= {"events", "title", "eras", "scale"}
    assert isinstance(document["events"], list)
    if "title" in document:
        assert set(document["title"]) <= SLIDE_KEYS and "start_date" not in document["title"]
    ids = []
    for slide in document["events"]:
        assert set(slide) <= SLIDE_KEYS, slide
        check_timelinejs_date(slide["start_date"])
        if "end_date" in slide:
            check_timelinejs_date(slide["end_date"])
            assert set(slide["end_date"]) == set(slide["start_date"])
            assert _date_tuple(slide["end_date"]) > _date_tuple(slide["start_date"])
        assert set(slide.get("text", {})) <= {"headline", "text"}
        assert all(isinstance(v, str) for v in slide.get("text", {}).values())
        for key in ("group", "display_date", "unique_id"):
            assert isinstance(slide.get(key, ""), str)
        ids.append(slide.get("unique_id"))
    assert len(set(ids)) == len(ids)


def test_timelinejs_matches_the_documented_structure(timeline: Timeline) -> None:
    document = json.loads(render(timeline, "timelinejs"))
    check_timelinejs(document)
    check_timelinejs(json.loads((GOLDEN / "examples" / "timeline.timelinejs.json").read_text(encoding="utf-8")))
    dates = {slide["display_date"]: (slide["start_date"], slide.get("end_date")) for slide in document["events"]}
    assert dates["Jan 2023"] == ({"year": 2023, "month": 1}, None)  # no invented day
    assert dates["2021"] == ({"year": 2021}, None)
    assert dates["Tue, 18 Apr 2023, 7:30\u202fpm"] == ({"year": 2023, "month": 4, "day": 18, "hour": 19, "minute": 30},
                                                      None)
    assert dates["Summer 2022"] == ({"year": 2022, "month": 6}, {"year": 2022, "month": 8})
    assert dates["1990s"] == ({"year": 1990}, {"year": 1999})
    assert document["title"]["text"]["headline"] == "Riverside Library: closure and rebuild"


def test_ics_parses_back_with_all_day_and_timed_events(timeline: Timeline) -> None:
    text = render(timeline, "ics")
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")
    calendar = icalendar.Calendar.from_ical(text)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == len(timeline.events)
    by_id = {item.id: item for item in entries(timeline)}
    for uid, component in events.items():
        event = by_id[uid.removesuffix("@timeline")].event
        start = component.decoded("DTSTART")
        if event.granularity == "time":  # timed, and an hour long: the articles give no end
            assert start == dt.datetime.fromisoformat(event.start)
            assert component.decoded("DTEND") == start + dt.timedelta(hours=1)
        elif event.granularity in {"month", "season", "quarter", "half", "year", "decade", "century"}:
            # Known to the month or coarser: a one-day marker, free time, its period in the summary.
            assert start == dt.date.fromisoformat(event.start) and component.decoded("DTEND") == start + dt.timedelta(1)
            assert str(component["TRANSP"]) == "TRANSPARENT" and str(component["SUMMARY"]).startswith(
                by_id[uid.removesuffix("@timeline")].date_label + ": ")
        else:
            assert not isinstance(start, dt.datetime) and start == dt.date.fromisoformat(event.start)
            assert component.decoded("DTEND") == dt.date.fromisoformat(event.end) + dt.timedelta(days=1)
        published = dt.datetime.fromisoformat(event.source.date)
        assert component.decoded("DTSTAMP") == published.replace(tzinfo=dt.timezone.utc)  # from the data
        assert str(component["SUMMARY"]) and event.text in str(component["DESCRIPTION"])
    assert "DTSTART;VALUE=DATE:20230301\r\nDTEND;VALUE=DATE:20230302\r\n" in text
    assert "DTSTART:20230418T193000\r\nDTEND:20230418T203000\r\n" in text


def test_json_is_valid_utf8_and_round_trips(timeline: Timeline) -> None:
    data = render(timeline, "json").encode("utf-8")
    read = Timeline.model_validate_json(data.decode("utf-8", errors="strict"))
    assert read.model_copy(update={"events": [e.model_copy(update={"id": None}) for e in read.events]}) == timeline
    assert "£4.2m" in data.decode("utf-8")  # not \u-escaped: readable UTF-8


def _python_markdown(text: str) -> str:
    """What MkDocs shows: Python-Markdown with MkDocs' own extensions (front matter read as meta)."""
    import markdown

    return markdown.markdown(text, extensions=["meta", "tables", "toc"])


def _markdown_it(text: str) -> str:
    """What a CommonMark site (Hugo's goldmark, markdown-it) shows."""
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(text)


LIQUID = Event(start="2023-03-03", end="2023-03-03", granularity="day", value="2023-03-03", approximate=False,
               upcoming=False, text="A sign said {% include x %} and {{ site.title }} | {{< shortcode >}} ~~no~~.",
               headline="Sign", time_text="Friday", details=["Costs rose 5% & fees <b>doubled</b>."],
               source=Source(title="Post [1]", url="https://example.org/p", date="2023-03-04"))


@pytest.mark.parametrize("convert", [_python_markdown, _markdown_it], ids=["python-markdown", "markdown-it"])
def test_markdown_reads_the_same_in_python_markdown_and_commonmark(timeline: Timeline, convert) -> None:
    tricky = timeline.model_copy(update={"events": [*timeline.events, LIQUID]})
    md = render(tricky, "md")
    assert "{%" not in md and "{{" not in md  # Liquid (Jekyll) and Hugo shortcodes never see a tag
    tree = parse_html(convert(md), fragment=True)
    items = [li for ul in elements(tree, "ul") for li in ul.findall(f"{XHTML}li")]
    assert len(items) == len(tricky.events)
    shown = ["".join(li.itertext()) for li in items]
    assert not [text for text in shown if "\\" in text]  # no literal backslash line break or escape
    sign = next(text for text in shown if "A sign said" in text)
    assert LIQUID.text in sign and LIQUID.details[0] in sign and "Source: Post [1]" in sign
    assert [a.get("href") for a in elements(tree, "a")].count("https://example.org/p") == 1
    assert len(elements(tree, "h1")) == 1


def test_front_matter_gives_the_layout_its_title_and_no_second_h1(timeline: Timeline) -> None:
    import yaml

    md = render(timeline, "md", front_matter=True)
    assert md.startswith("---\n")
    _, header, body = md.split("---\n", 2)
    fields = yaml.safe_load(header)
    assert fields == {"title": timeline.title, "date": dt.date(2023, 5, 10), "lastmod": dt.date(2023, 5, 10),
                      "layout": "page"}
    for convert in (_python_markdown, _markdown_it):
        html = convert(md if convert is _python_markdown else body)  # MkDocs strips front matter itself
        tree = parse_html(html, fragment=True)
        assert not elements(tree, "h1") and len(elements(tree, "h2")) > 3
        assert "title:" not in "".join(tree.itertext())  # type: ignore[attr-defined]


HUGO = Path("/usr/bin/hugo")


@pytest.mark.skipif(not HUGO.exists(), reason="hugo is absent (apt-get install hugo)")
def test_hugo_builds_the_markdown_page_with_its_title(timeline: Timeline, tmp_path: Path) -> None:
    import subprocess

    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Site"\n', encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(
        "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}"
        "</body></html>\n", encoding="utf-8")
    tricky = timeline.model_copy(update={"events": [*timeline.events, LIQUID]})
    (site / "content" / "library.md").write_text(render(tricky, "md", front_matter=True), encoding="utf-8")
    done = subprocess.run([str(HUGO), "--quiet", "--source", str(site)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    page = (site / "public" / "library" / "index.html").read_text(encoding="utf-8")
    assert f"<title>{timeline.title}</title>" in page and page.count("<h1") == 1
    assert "A sign said {% include x %} and {{ site.title }} | {{&lt; shortcode &gt;}} ~~no~~." in page


@pytest.mark.parametrize("words", range(4, 14))
def test_text_never_wraps_inside_a_date(words: int) -> None:
    source = Source(title=" ".join(["Harbour"] * words), url=None, date="2024-03-04T19:30")
    event = Event(start="2024-03-04", end="2024-03-04", granularity="day", value="2024-03-04", approximate=False,
                  upcoming=False, text="The harbour closed on Monday.", headline="Harbour closed", time_text="Monday",
                  source=source, sources=[source],
                  conflicts=[DateClaim(start="2024-03-05", end="2024-03-05", time_text="Tuesday", source=source)])
    text = render(Timeline(title="T", events=[event], sources=[source]), "text")
    assert "4 Mar 2024, 7:30\u202fpm" in text and "5 Mar 2024" in text, text


@pytest.mark.parametrize(("start", "end", "granularity", "expected"), [
    ("2024-03-06", "2024-06-05", "month", ({"year": 2024, "month": 3, "day": 6}, {"year": 2024, "month": 6, "day": 5})),
    ("2024-03-01", "2024-05-31", "month", ({"year": 2024, "month": 3}, {"year": 2024, "month": 5})),
    ("2024-03-06", "2024-12-31", "year",
     ({"year": 2024, "month": 3, "day": 6}, {"year": 2024, "month": 12, "day": 31})),
    ("2020-01-01", "2029-12-31", "decade", ({"year": 2020}, {"year": 2029})),
])
def test_timelinejs_dates_say_where_a_window_starts(start: str, end: str, granularity: str, expected: tuple) -> None:
    event = Event(start=start, end=end, granularity=granularity, value="FUTURE_REF", approximate=True, upcoming=True,
                  text="More to come.", headline="More", time_text="in the coming months", source=Source())
    [slide] = json.loads(render(Timeline(events=[event]), "timelinejs"))["events"]
    assert (slide["start_date"], slide["end_date"]) == expected and "group" not in slide


JEKYLL = Path("/usr/bin/jekyll")


@pytest.mark.skipif(not JEKYLL.exists(), reason="jekyll is absent (apt-get install jekyll)")
def test_jekyll_builds_the_markdown_page_without_running_article_text_as_liquid(timeline: Timeline,
                                                                                tmp_path: Path) -> None:
    import subprocess

    site = tmp_path / "site"
    (site / "_layouts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Site\nmarkdown: kramdown\n", encoding="utf-8")
    (site / "_layouts" / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body><h1>{{ page.title }}</h1>"
        "{{ content }}</body></html>\n", encoding="utf-8")
    tricky = timeline.model_copy(update={"events": [*timeline.events, LIQUID]})
    (site / "library.md").write_text(render(tricky, "md", front_matter=True), encoding="utf-8")
    done = subprocess.run([str(JEKYLL), "build", "--quiet", "--source", str(site), "--destination",
                           str(site / "_site")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    page = (site / "_site" / "library.html").read_text(encoding="utf-8")
    assert f"<title>{timeline.title}</title>" in page and page.count("<h1") == 1
    assert page.count("<li>") == len(tricky.events) and "\\" not in page
    assert "A sign said {% include x %} and {{ site.title }} | {{&lt; shortcode &gt;}} ~~no~~." in page
