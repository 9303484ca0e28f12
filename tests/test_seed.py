"""The founding article through the CLI, as the foundation issue specifies it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli


def _build(seed: Path, *extra: str):
    return CliRunner().invoke(cli, ["build", str(seed), *extra])


def test_seed_events_are_dated_and_ordered(seed_path: Path) -> None:
    result = _build(seed_path, "--date", "2019-02-21", "--format", "json")
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]

    def about(word: str) -> list[dict]:
        return [e for e in events if word in e["text"]]

    for word in ("Trump", "Pompeo"):
        assert any(e["start"] == e["end"] == "2019-02-21" for e in about(word)), word
    [review] = about("coming weeks")
    assert review["upcoming"] and review["approximate"]
    assert "2019-02-21" < review["start"] <= review["end"] <= "2019-04-30"
    assert not any(e["text"].startswith("Read more") for e in events)
    assert not any(d.startswith("Read more") for e in events for d in e["details"])
    keys = [(e["start"], e["end"]) for e in events]
    assert keys == sorted(keys)
    pompeo = about("Pompeo")[0]
    assert any("Fox Business Network" in d for d in pompeo["details"])
    assert events.index(pompeo) < events.index(about("sparked confusion")[0])  # earlier today < today


def test_seed_without_date_exits_2_with_one_line(seed_path: Path) -> None:
    result = _build(seed_path, "--format", "json")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_seed_renders_as_markdown_and_html(seed_path: Path) -> None:
    md = _build(seed_path, "--date", "2019-02-21", "--format", "md")
    html = _build(seed_path, "--date", "2019-02-21", "--format", "html")
    assert md.exit_code == 0 and html.exit_code == 0
    for output in (md.stdout, html.stdout):
        assert "Pompeo" in output and "coming weeks" in output and "Upcoming" in output
