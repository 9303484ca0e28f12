"""Newsletter editions: stable event ids in every output, and `--since` an earlier build or a day."""

from __future__ import annotations

import json
import re
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from tests.test_render_golden import fixed_timeline
from timeline import api
from timeline.cli import cli

ARTICLES = {
    "a1.md": ("Larkport closes Harbor Bridge", "2024-03-04",
              "Larkport council closed the Harbor Bridge on Monday after inspectors found cracks in two piers.\n\n"
              "Repairs to the piers will begin in April, the council said."),
    "a2.md": ("Engineers inspect Harbor Bridge piers", "2024-03-10",
              "Engineers inspected the cracked piers of the Harbor Bridge on Thursday."),
    "a3.md": ("Council approves bridge repair budget", "2024-03-15",
              "The Larkport council approved a repair budget of two million pounds on Wednesday."),
    # The fourth reports one new event, the closure again (a new source) and a precise repair date.
    "a4.md": ("Divers survey Harbor Bridge riverbed", "2024-03-20",
              "Divers surveyed the riverbed under the Harbor Bridge on Tuesday.\n\n"
              "Larkport council closed the Harbor Bridge on March 4 after inspectors found cracks in two piers.\n\n"
              "Repairs to the piers will begin on April 8, the council said."),
}


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = []
    for name, (title, date, body) in ARTICLES.items():
        path = tmp_path / name
        path.write_text(f"---\ntitle: {title}\ndate: {date}\nurl: https://example.org/{name}\n---\n{body}\n",
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def _build(*args: str) -> dict:
    result = CliRunner().invoke(cli, ["build", *args, "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_since_an_earlier_build_keeps_the_new_and_the_changed_events(articles: list[str], tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    first.write_text(json.dumps(_build(*articles[:3])), encoding="utf-8")
    edition = _build(*articles, "--since", str(first))["events"]
    marks = {event["text"][:30]: (event["edition"], event["changes"]) for event in edition}
    assert marks == {
        "Divers surveyed the riverbed u": ("new", []),
        "Larkport council closed the Ha": ("updated", ["sources"]),
        "Repairs to the piers will begi": ("updated", ["sources", "date"]),
    }
    assert all(any(s["path"].endswith("a4.md") for s in event["sources"]) for event in edition)
    again = tmp_path / "second.json"
    again.write_text(json.dumps(_build(*articles)), encoding="utf-8")
    assert _build(*articles, "--since", str(again))["events"] == []  # nothing new since the same build


def test_updated_events_are_marked_in_the_reading_formats(articles: list[str], tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    first.write_text(json.dumps(_build(*articles[:3])), encoding="utf-8")
    with api.stream_timeline(articles) as stored:
        edition = api.since(stored, first)
        md, html, text, slides = (api.render(edition, fmt) for fmt in ("md", "html", "text", "timelinejs"))
    assert "*Updated: new sources, date changed* · **Mon, 8 Apr 2024**" in md and "*New* · **Tue, 19 Mar" in md
    assert '<strong class="tl-mark">Updated: new sources</strong>' in html
    assert "* [New] Tue, 19 Mar 2024" in text
    assert "<p><strong>Updated: new sources</strong></p>" in slides


def test_since_a_day_keeps_the_events_first_reported_after_it(articles: list[str]) -> None:
    events = _build(*articles, "--since", "2024-03-12")["events"]
    assert {e["text"][:20] for e in events} == {"The Larkport council", "Divers surveyed the "}
    assert all(e["edition"] == "new" and min(s["date"] for s in e["sources"]) > "2024-03-12" for e in events)


@pytest.mark.parametrize(("value", "says"), [
    ("2024-13-01", "not a day"), ("{dir}/missing.json", "cannot read the earlier edition"),
    ("{dir}/bad.json", "not the JSON output of a timeline build"),
])
def test_a_bad_since_is_one_line_and_exit_2(articles: list[str], tmp_path: Path, value: str, says: str) -> None:
    (tmp_path / "bad.json").write_text('{"events": [{"start": 3}]}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", *articles, "--since", value.replace("{dir}", str(tmp_path))])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and says in result.stderr


def test_every_output_gives_each_event_the_same_stable_id() -> None:
    timeline = fixed_timeline()
    ids = [event["id"] for event in json.loads(api.render(timeline, "json"))["events"]]
    assert len(ids) == len(set(ids)) == len(timeline.events)
    assert all(re.fullmatch(r"tl-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}(-\d+)?", ident) for ident in ids)
    assert [s["unique_id"] for s in json.loads(api.render(timeline, "timelinejs"))["events"]] == ids
    calendar = icalendar.Calendar.from_ical(api.render(timeline, "ics"))
    assert sorted(str(e["UID"]).removesuffix("@timeline") for e in calendar.walk("VEVENT")) == sorted(ids)
    page = api.render(timeline, "html")
    assert re.findall(r'<li class="tl-event" id="([^"]+)"', page) == ids
    # The id stays while the event's dates and sentence do: a new event or a new source changes nothing.
    grown = timeline.model_copy(update={"events": [timeline.events[0].model_copy(
        update={"sources": [*timeline.events[0].sources, timeline.sources[1]]}), *timeline.events[1:]]})
    assert [event["id"] for event in json.loads(api.render(grown, "json"))["events"]] == ids
