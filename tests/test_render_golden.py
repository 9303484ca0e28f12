"""Golden files: every output format, byte for byte, for a hand-built timeline and for the examples.

Regenerate them all with ONE command, then review the diff:

    make golden        # = TIMELINE_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_render_golden.py

`tests/golden/fixed/` comes from `fixed_timeline()` below, built from the models alone, so it
changes only when rendering changes. `tests/golden/examples/` comes from `examples/*.md` through
the whole pipeline (as `make demo` builds them), so it also changes when the tagger or the events
stage improves: then regenerate and check that the new output is better.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.models import DateClaim, Event, Source, Timeline
from timeline.render.dispatch import render
from timeline.render.formats import FORMAT_NAMES, output_name

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
REGENERATE = os.environ.get("TIMELINE_REGENERATE_GOLDEN") == "1"
HOW = ("if the change is intended, regenerate the golden files with `make golden` "
       "(TIMELINE_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_render_golden.py) and review `git diff tests/golden`")

LEDGER = Source(title="Riverside Courier: library closes for rebuild", url="https://news.example.com/2023/03/library",
                path="library.md", date="2023-03-02T08:15")
COUNCIL = Source(title="Council minutes, April", url=None, path="minutes.txt", date="2023-05-10")


def _event(start: str, end: str, granularity: str, value: str, text: str, **fields: object) -> Event:
    base: dict[str, object] = dict(start=start, end=end, granularity=granularity, value=value, text=text,
                                   headline=text.rstrip("."), time_text=value, approximate=False, upcoming=False,
                                   source=LEDGER, sources=[LEDGER])
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def fixed_timeline() -> Timeline:
    """A timeline built from the models alone: every granularity, upcoming events, a conflict, two sources."""
    both = [LEDGER, COUNCIL]
    events = [
        _event("1900-01-01", "1999-12-31", "century", "19", "The first reading room opened in the 20th century.",
               headline="First reading room", time_text="the 20th century", approximate=True),
        _event("1990-01-01", "1999-12-31", "decade", "199", "The east wing was added in the 1990s.",
               headline="East wing added", time_text="the 1990s"),
        _event("2021-01-01", "2021-12-31", "year", "2021", "Visits fell by a third in 2021.",
               headline="Visits fell by a third", time_text="2021"),
        _event("2022-01-01", "2022-06-30", "half", "2022-H1", "Roof leaks were logged in the first half of 2022.",
               headline="Roof leaks logged", time_text="the first half of 2022"),
        _event("2022-06-01", "2022-08-31", "season", "2022-SU", "Engineers surveyed the roof in the summer of 2022.",
               headline="Roof survey", time_text="the summer of 2022", approximate=True),
        _event("2022-10-01", "2022-12-31", "quarter", "2022-Q4", "The council budgeted £4.2m in the fourth quarter.",
               headline="Rebuild budgeted", time_text="the fourth quarter",
               details=["“It is the cheapest option,” the finance chair said."]),
        _event("2023-01-01", "2023-01-31", "month", "2023-01", "Tenders were invited in January.",
               headline="Tenders invited", time_text="January"),
        _event("2023-02-20", "2023-02-26", "week", "2023-W08", "Staff packed 40,000 books last week.",
               headline="Books packed", time_text="last week"),
        _event("2023-02-25", "2023-02-26", "weekend", "2023-W08-WE", "Volunteers moved the archive at the weekend.",
               headline="Archive moved", time_text="at the weekend"),
        _event("2023-03-01", "2023-03-01", "day", "2023-03-01", "The library closed its doors on Wednesday.",
               headline="Library closed", time_text="Wednesday", sources=both,
               conflicts=[DateClaim(start="2023-03-02", end="2023-03-02", time_text="on Thursday", source=COUNCIL)]),
        _event("2023-03-02", "2023-03-02", "partofday", "2023-03-02TMO", "Fences went up around the site this morning.",
               headline="Fences went up", time_text="this morning"),
        _event("2023-03-02", "2023-03-02", "partofday", "2023-03-02TMO", "Fences went up around the site this morning.",
               headline="Fences went up", time_text="this morning", source=COUNCIL, sources=[COUNCIL]),
        _event("2023-04-18T19:30", "2023-04-18T19:30", "time", "2023-04-18T19:30",
               "A public meeting on the design was held at 7.30pm on April 18.",
               headline="Public meeting on the design", time_text="7.30pm on April 18", source=COUNCIL,
               sources=[COUNCIL]),
        _event("2023-05-11", "2023-06-21", "week", "FUTURE_REF", "Demolition will start in the coming weeks.",
               headline="Demolition to start", time_text="in the coming weeks", approximate=True, upcoming=True,
               source=COUNCIL, sources=[COUNCIL]),
        _event("2024-09-01", "2024-09-30", "month", "2024-09", "The new library is due to open in September 2024.",
               headline="New library due to open", time_text="September 2024", upcoming=True),
    ]
    return Timeline(title="Riverside Library: closure and rebuild", as_of="2023-05-10", events=events,
                    sources=[LEDGER, COUNCIL])


def check_golden(path: Path, text: str) -> None:
    """Compare text with a golden file byte for byte (or rewrite it when regenerating)."""
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: {HOW}")
    expected = path.read_bytes().decode("utf-8")
    if expected != text:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                                 "golden", "rendered", n=1))[:40])
        pytest.fail(f"{path.relative_to(ROOT)} differs from the rendered output; {HOW}\n{diff}")


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_fixed_timeline_matches_its_golden_file(fmt: str) -> None:
    check_golden(GOLDEN / "fixed" / output_name(fmt), render(fixed_timeline(), fmt))


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_fixed_timeline_in_french_matches_its_golden_file(fmt: str) -> None:
    check_golden(GOLDEN / "fixed-fr" / output_name(fmt), render(fixed_timeline(), fmt, locale="fr", group_by="year"))


def demo_title() -> str:
    """The title `make demo` gives the examples (read from the Makefile, the one place it is set)."""
    found = re.search(r"^DEMO_TITLE\s*:?=\s*(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    assert found, "the Makefile no longer sets DEMO_TITLE"
    return found.group(1).strip()


@pytest.fixture(scope="module")
def example_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    examples = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.md"))
    formats = [arg for fmt in FORMAT_NAMES for arg in ("--format", fmt)]
    cwd = Path.cwd()
    os.chdir(ROOT)  # sources carry the paths as given: relative, as in `make demo`
    try:
        result = CliRunner().invoke(cli, ["build", *examples, "--title", demo_title(), *formats, "-o", str(folder),
                                          "--quiet"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_examples_match_their_golden_files(example_outputs: Path, fmt: str) -> None:
    name = output_name(fmt)
    check_golden(GOLDEN / "examples" / name, (example_outputs / name).read_bytes().decode("utf-8"))
