"""Render stage: dates, grouping, ids, links, escaping, templates and the CLI's render options."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import html5lib
import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import RenderError
from timeline.models import Event, Source, Timeline
from timeline.pipeline import timeline_from_articles
from timeline.read.inputs import read_text
from timeline.render.dates import period
from timeline.render.dispatch import display_date, md_escape, render, safe_url, schema_json, write_outputs
from timeline.render.formats import FORMAT_NAMES
from timeline.render.view import event_id, sections

BODY = (
    "---\ntitle: Harbour <b>news</b>\ndate: 2021-06-10\nurl: https://example.org/h\n---\n"
    "The port closed on Monday. Dredging will start in the coming weeks. Fees rose in March 2021.\n"
)


@pytest.fixture
def timeline() -> Timeline:
    return timeline_from_articles([read_text(BODY)])


def _event(**fields: object) -> Event:
    base = dict(start="2018-07-01", end="2018-09-30", granularity="quarter", approximate=False, upcoming=False,
                text="t", headline="h", time_text="the third quarter", value="2018-Q3", source=Source())
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def test_html_is_a_valid_escaped_page_listing_every_event(timeline: Timeline) -> None:
    html = render(timeline, "html")
    html5lib.HTMLParser(strict=True).parse(html)  # raises on any parse error
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert "Harbour &lt;b&gt;news&lt;/b&gt;" in html
    assert html.count("<article class=\"tl-article\">") == len(timeline.events) == 3
    assert '<time class="tl-when" datetime="2021-06-07">Mon, 7 Jun 2021</time>' in html
    assert ">Upcoming</h2>" in html
    for request in ("<script", "<link", " src=", "url(", "@import"):  # one file, no external requests
        assert request not in html


def test_markdown_has_period_headings_and_bold_dates(timeline: Timeline) -> None:
    md = render(timeline, "md")
    assert md.startswith("# Harbour &lt;b\\>news&lt;/b\\>\n")
    assert "## March 2021" in md and "## June 2021" in md and "## Upcoming" in md
    assert "- **Mon, 7 Jun 2021** — The port closed on Monday." in md
    assert "[Harbour &lt;b\\>news&lt;/b\\>](<https://example.org/h>)" in md


def test_json_follows_the_contract(timeline: Timeline) -> None:
    data = json.loads(render(timeline, "json"))
    assert set(data) >= {"title", "events"}
    for event in data["events"]:
        assert set(event) >= {"start", "end", "granularity", "approximate", "upcoming", "text", "headline",
                              "time_text", "value", "source"}
    assert [e["start"] for e in data["events"]] == sorted(e["start"] for e in data["events"])
    assert all(e["id"].startswith("tl-") for e in data["events"])  # rendered with its id, else the model itself
    read = Timeline.model_validate({**data, "events": [{**e, "id": None} for e in data["events"]]})
    assert read == timeline.model_copy(update={"day_scores": {}})  # day scores are not written out


def test_schema_describes_the_json_output(timeline: Timeline) -> None:
    schema = json.loads(schema_json())
    assert schema["title"] == "Timeline" and "events" in schema["properties"]
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0 and json.loads(result.output) == schema


@pytest.mark.parametrize(("call", "message"), [
    ({"fmt": "pdf"}, "unknown format"),
    ({"fmt": "html", "locale": "xx"}, "unknown locale"),
    ({"fmt": "html", "group_by": "fortnight"}, "unknown grouping"),
])
def test_bad_options_are_render_errors(timeline: Timeline, call: dict, message: str) -> None:
    with pytest.raises(RenderError, match=message):
        render(timeline, **call)


@pytest.mark.parametrize(("fields", "expected"), [
    ({}, "Q3 2018"),
    ({"start": "2019-02-01", "end": "2019-02-28", "granularity": "month", "value": "2019-02"}, "Feb 2019"),
    ({"start": "2019-02-21", "end": "2019-02-21", "granularity": "day", "value": "2019-02-21"}, "Thu, 21 Feb 2019"),
    ({"start": "2019-02-21T14:05", "end": "2019-02-21T14:05", "granularity": "time", "value": "2019-02-21T14:05"},
     "Thu, 21 Feb 2019, 2:05\u202fpm"),
    ({"start": "2019-02-21", "end": "2019-02-21", "granularity": "partofday", "value": "2019-02-21TEV"},
     "Thu, 21 Feb 2019, evening"),
    ({"start": "2019-02-18", "end": "2019-02-24", "granularity": "week", "value": "2019-W08"}, "18–24 Feb 2019"),
    ({"start": "2019-06-01", "end": "2019-08-31", "granularity": "season", "value": "2019-SU"}, "Summer 2019"),
    ({"start": "2018-12-01", "end": "2019-02-28", "granularity": "season", "value": "2019-WI"}, "Winter 2018–19"),
    ({"start": "2019-01-01", "end": "2019-06-30", "granularity": "half", "value": "2019-H1"}, "H1 2019"),
    ({"start": "2019-01-01", "end": "2019-12-31", "granularity": "year", "value": "2019"}, "2019"),
    ({"start": "1990-01-01", "end": "1999-12-31", "granularity": "decade", "value": "199"}, "1990s"),
    ({"start": "1900-01-01", "end": "1999-12-31", "granularity": "century", "value": "19"}, "20th century"),
    ({"start": "2019-02-22", "end": "2019-04-04", "granularity": "week", "value": "FUTURE_REF",
      "time_text": "in the coming weeks"}, "In the coming weeks (22 Feb\u2009–\u20094 Apr 2019)"),
])
def test_dates_are_displayed_at_their_granularity(fields: dict, expected: str) -> None:
    assert display_date(_event(**fields)) == expected


@pytest.mark.parametrize(("locale", "fields", "expected"), [
    ("fr", {"start": "2019-02-01", "end": "2019-02-28", "granularity": "month", "value": "2019-02"}, "févr. 2019"),
    ("fr", {}, "T3 2018"),
    ("de", {"start": "2019-02-21", "end": "2019-02-21", "granularity": "day", "value": "2019-02-21"},
     "Do., 21. Feb. 2019"),
    ("en_US", {"start": "2019-02-21", "end": "2019-02-21", "granularity": "day", "value": "2019-02-21"},
     "Thu, Feb 21, 2019"),
    ("fr", {"start": "2019-06-01", "end": "2019-08-31", "granularity": "season", "value": "2019-SU"},
     "juin–août 2019"),
])
def test_locale_sets_month_names_and_order(locale: str, fields: dict, expected: str) -> None:
    assert display_date(_event(**fields), locale) == expected


def test_french_page_has_french_headings_and_lang() -> None:
    timeline = Timeline(title="T", events=[_event(start="2019-02-21", end="2019-02-21", granularity="day",
                                                   value="2019-02-21")])
    html = render(timeline, "html", locale="fr")
    assert '<html lang="fr">' in html and ">Février 2019</h2>" in html and "jeu. 21 févr. 2019" in html


@pytest.mark.parametrize(("group_by", "fields", "key", "heading"), [
    ("month", {"start": "2019-02-21", "end": "2019-02-21", "granularity": "day"}, "2019-02", "February 2019"),
    ("day", {"start": "2019-02-21", "end": "2019-02-21", "granularity": "day"}, "2019-02-21",
     "Thursday, 21 February 2019"),
    ("week", {"start": "2019-02-21", "end": "2019-02-21", "granularity": "day"}, "2019-W08", "18–24 Feb 2019"),
    ("year", {"start": "2019-02-21", "end": "2019-02-21", "granularity": "day"}, "2019", "2019"),
    # Coarser than the grouping: filed under a period that holds it, not under its first month.
    ("month", {"start": "2011-06-01", "end": "2011-08-31", "granularity": "season", "value": "2011-SU"}, "2011",
     "2011"),
    ("day", {"start": "2019-02-01", "end": "2019-02-28", "granularity": "month"}, "2019-02", "February 2019"),
    ("month", {"start": "1990-01-01", "end": "1999-12-31", "granularity": "decade", "value": "199"}, "decade-199",
     "1990s"),
])
def test_events_are_filed_under_a_period_that_holds_them(group_by: str, fields: dict, key: str, heading: str) -> None:
    assert period(_event(**fields), group_by) == (key, heading)


def test_upcoming_events_come_last_under_their_own_heading() -> None:
    past = _event(start="2019-02-21", end="2019-02-21", granularity="day", text="a")
    ahead = _event(start="2019-03-01", end="2019-03-01", granularity="day", text="b", upcoming=True)
    parts = sections(Timeline(events=[past, ahead]))
    assert [(s.heading, s.upcoming, len(s.entries)) for s in parts] == [("February 2019", False, 1),
                                                                      ("Upcoming", True, 1)]


def test_permalink_ids_come_from_content_not_position() -> None:
    first = _event(start="2019-02-21", end="2019-02-21", granularity="day", text="The port closed.")
    second = _event(start="2019-02-22", end="2019-02-22", granularity="day", text="It reopened.")
    alone = render(Timeline(events=[first]), "html")
    both = render(Timeline(events=[second.model_copy(update={"start": "2019-02-20", "end": "2019-02-20"}), first]),
                  "html")
    assert event_id(first).startswith("tl-2019-02-21-") and f'id="{event_id(first)}"' in alone
    assert f'id="{event_id(first)}"' in both
    assert event_id(first) != event_id(first.model_copy(update={"text": "The port shut."}))
    twice = next(s.entries for s in sections(Timeline(events=[first, first])))
    assert [e.id for e in twice] == [event_id(first), event_id(first) + "-2"]


@pytest.mark.parametrize(("url", "kept"), [
    ("https://example.org/a?b=1#c", True), ("http://example.org", True), ("mailto:desk@example.org", True),
    ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False), (" javascript:alert(1)", False),
    ("java\tscript:alert(1)", False), ("data:text/html,<script>alert(1)</script>", False),
    ("vbscript:msgbox", False), ("//example.org/x", False), ("/relative/path", False), ("https:///x", False),
    ("https://exa mple.org", False), ("", False), (None, False),
])
def test_only_http_and_mailto_urls_become_links(url: str | None, kept: bool) -> None:
    assert (safe_url(url) == url.strip()) if kept else safe_url(url) is None  # type: ignore[union-attr]


def test_markdown_escaping_neutralises_control_characters() -> None:
    assert md_escape("*bold* [link](x) <b> # _x_ | &amp;") == (
        "\\*bold\\* \\[link\\](x) &lt;b\\> \\# \\_x\\_ &#124; &amp;amp;")
    assert md_escape("{% include x %} {{ y }}") == "&#123;% include x %&#125; &#123;&#123; y &#125;&#125;"
    assert md_escape("one\ntwo\r\nthree\x00four\x1b") == "one two three four "


def test_published_time_renders_in_sources() -> None:
    timeline = timeline_from_articles([read_text("Markets fell on Monday.", date=dt.datetime(2021, 6, 10, 9, 5))])
    assert "(10 Jun 2021, 9:05\u202fam)" in render(timeline, "md")


def test_output_is_byte_identical_across_runs(timeline: Timeline) -> None:
    for fmt in FORMAT_NAMES:
        assert render(timeline, fmt) == render(timeline.model_copy(deep=True), fmt), fmt


def test_template_dir_overrides_a_builtin_template_by_name(timeline: Timeline, tmp_path: Path) -> None:
    (tmp_path / "timeline.md.j2").write_text("{% for s in sections %}{{ s.heading }};{% endfor %}\n")
    assert render(timeline, "md", template_dir=tmp_path) == "March 2021;June 2021;Upcoming;"
    (tmp_path / "macros.j2").write_text(
        (Path(__file__).parents[1] / "templates" / "macros.j2").read_text().replace("tl-when", "my-when"))
    assert 'class="my-when"' in render(timeline, "html", template_dir=tmp_path)


def test_custom_template_gets_the_documented_variables_and_is_autoescaped(timeline: Timeline, tmp_path: Path) -> None:
    custom = tmp_path / "list.html.j2"
    custom.write_text('{% import "macros.j2" as m %}<h1>{{ title }}</h1>{{ lang }} {{ as_of_label }} '
                      '{{ entries | length }} {{ sources | length }} {{ labels.upcoming }} {{ group_by }} {{ format }}'
                      '{% for e in entries %}|{{ e.date_label }}{% endfor %}|{{ m.when(entries[0]) }}\n')
    out = render(timeline, "html", template=custom)
    assert out.startswith("<h1>Harbour &lt;b&gt;news&lt;/b&gt;</h1>en 10 Jun 2021 3 1 Upcoming month html|Mar 2021|")
    assert '<time class="tl-when" datetime="2021-03">Mar 2021</time>' in out
    plain = tmp_path / "list.md.j2"
    plain.write_text("{{ title }}\n")
    assert render(timeline, "md", template=plain) == "Harbour <b>news</b>\n"
    with pytest.raises(RenderError, match="no template"):
        render(timeline, "ics", template=plain)
    broken = tmp_path / "broken.html.j2"
    broken.write_text("{{ nothing_here }}")
    with pytest.raises(RenderError, match=r"broken\.html\.j2 failed"):
        render(timeline, "html", template=broken)


def test_several_formats_go_to_a_folder(timeline: Timeline, tmp_path: Path) -> None:
    paths = write_outputs(timeline, ["html", "ics", "md", "html"], tmp_path / "site")
    assert [p.name for p in paths] == ["timeline.html", "timeline.ics", "timeline.md"]
    assert (tmp_path / "site" / "timeline.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    custom = tmp_path / "mine.html.j2"
    custom.write_text("{{ title }}")
    with pytest.raises(RenderError, match="single --format"):
        write_outputs(timeline, ["html", "email"], tmp_path / "other", template=custom)
    assert not (tmp_path / "other").exists()


def test_cli_builds_several_formats_with_locale_and_grouping(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(BODY, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(article), "--format", "md", "--format", "timelinejs", "--locale", "fr",
                                 "--group-by", "year", "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert "## 2021" in (tmp_path / "out" / "timeline.md").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "out" / "timeline.timelinejs.json").read_text(encoding="utf-8"))["events"]
    result = runner.invoke(cli, ["build", str(article), "--format", "md", "--format", "ics"])
    assert result.exit_code == 2 and "-o FOLDER" in result.output
    result = runner.invoke(cli, ["build", str(article), "--locale", "xx", "-q"])
    assert result.exit_code == 2 and "unknown locale" in result.output
