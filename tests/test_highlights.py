"""A large collection built without selection leads with its key dates; the full record follows,
folded by period (page, fragment), after them (Markdown, text), or is left out (email)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import html5lib
import pytest
from click.testing import CliRunner

from timeline import api
from timeline.cli import cli

XHTML = "{http://www.w3.org/1999/xhtml}"


def _archive(folder: Path, count: int = 90) -> Path:
    """`count` reports a month apart (none merge), plus one day that nine outlets report."""
    days = [dt.date(2010, 1, 4) + dt.timedelta(days=30 * n) for n in range(count)]
    records = [{"id": n, "date": (day + dt.timedelta(days=1)).isoformat(), "title": "",
                "text": f"Pier {n} of the harbour was closed on {day:%B} {day.day} for repairs."}
               for n, day in enumerate(days)]
    records += [{"id": 1000 + n, "date": "2022-06-02", "title": "",
                 "text": "The harbour flooded on June 1 when the old sea wall gave way."} for n in range(9)]
    records = [{**r, "date": "2022-06-02"} if r["id"] >= 1000 else r for r in records]
    path = folder / "archive.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _archive(tmp_path_factory.mktemp("archive"))


def _build(archive: Path, *options: str) -> str:
    done = CliRunner().invoke(cli, ["build", str(archive), "-q", *options])
    assert done.exit_code == 0, done.output
    return done.stdout


def test_a_large_page_leads_with_its_key_dates_and_folds_the_full_record(archive: Path) -> None:
    page = _build(archive, "--format", "html")
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)
    [key] = [s for s in tree.iter(f"{XHTML}section") if s.get("class") == "tl-key-dates"]
    items = key.findall(f".//{XHTML}li")
    assert len(items) == 10
    assert any("sea wall" in "".join(li.itertext()) for li in items)  # the day nine outlets report
    folds = list(tree.iter(f"{XHTML}details"))
    assert folds and all(fold.get("open") is None for fold in folds)  # the record is there, closed
    ids = Counter(e.get("id") for e in tree.iter() if e.get("id"))
    assert max(ids.values()) == 1
    assert page.index("tl-key-dates") < page.index("tl-fold")


@pytest.mark.parametrize("fmt", ["md", "text", "fragment"])
def test_other_formats_lead_with_the_key_dates_too(archive: Path, fmt: str) -> None:
    out = _build(archive, "--format", fmt)
    assert out.lower().index("key dates") < out.lower().index("the full record")


def test_the_email_carries_only_the_key_dates(archive: Path) -> None:
    email = _build(archive, "--format", "email")
    piers = set(re.findall(r"Pier (\d+)", email))
    assert "sea wall" in email and len(piers) == 9 and 'class="tl-fold' not in email  # ten events in all


@pytest.mark.parametrize("options", [["--highlights", "0"], ["--max-events", "50"], ["--from", "2021-01-01"]])
def test_no_key_dates_when_asked_or_when_events_are_selected(archive: Path, options: list[str]) -> None:
    assert 'class="tl-key-dates"' not in _build(archive, "--format", "html", *options)


def test_a_small_timeline_opens_on_its_record_and_highlights_can_be_asked_for() -> None:
    from tests.conftest import EXAMPLES

    timeline = api.build_timeline(sorted(EXAMPLES.glob("*.md")))
    assert api.highlight(timeline).highlights == []
    marked = api.highlight(timeline, 2)
    assert len(marked.highlights) == 2 and 'class="tl-key-dates"' in api.render(marked, "html")


def test_asked_highlights_are_the_key_dates_of_the_selected_window(archive: Path) -> None:
    # Outside the window: the flood of 2022 (most reported) and, on equal scores, every earlier pier.
    page = _build(archive, "--format", "md", "--from", "2016-06-01", "--to", "2017-12-31", "--highlights", "3")
    key_dates = page[page.lower().index("key dates"):page.lower().index("the full record")]
    assert len(re.findall(r"Pier \d+", key_dates)) == 3
    assert "sea wall" not in key_dates
