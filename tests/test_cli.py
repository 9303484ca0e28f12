"""The command line, through click's CliRunner: exit codes, messages and output contracts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from timeline.cli import cli
from timeline.render.formats import output_name

ARTICLE = "Dock strike ends\nDock workers ended their strike on Monday after talks that began last week.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_build_json_without_a_date_exits_2_with_one_line(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["build", str(article), "--format", "json"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "--date" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_build_json_with_date(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["build", str(article), "--date", "2021-06-10", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"] == "Dock strike ends"
    assert [e["time_text"] for e in data["events"]] == ["Monday"]


@pytest.mark.parametrize("bad", ["10/06/2021", "2021-13-01", "tomorrow"])
def test_bad_date_is_a_usage_error(runner: CliRunner, article: Path, bad: str) -> None:
    result = runner.invoke(cli, ["build", str(article), "--date", bad])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_missing_input_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(tmp_path / "missing.txt"), "--date", "2021-06-10"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("no such file")


def test_output_file_is_written_whole_and_old_output_survives_failure(runner: CliRunner, article: Path,
                                                                       tmp_path: Path) -> None:
    target = tmp_path / "timeline.html"
    ok = runner.invoke(cli, ["build", str(article), "--date", "2021-06-10", "-o", str(target)])
    assert ok.exit_code == 0
    first = target.read_text(encoding="utf-8")
    assert first.startswith("<!DOCTYPE html>")
    failed = runner.invoke(cli, ["build", str(article), "-o", str(target)])  # no date: fails
    assert failed.exit_code == 2
    assert target.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_tag_json_offsets_index_the_file_text(runner: CliRunner, tmp_path: Path) -> None:
    content = "---\ntitle: T\ndate: 2021-06-10\n---\n\u00c9lys\u00e9e talks resumed on Monday, 3 May 2021.\r\n"
    path = tmp_path / "fm.md"
    path.write_bytes(content.encode("utf-8"))
    result = runner.invoke(cli, ["tag", str(path)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows, "expected time expressions"
    for row in rows:
        assert {"start", "end", "text", "type", "value"} <= set(row)
        assert content[row["start"]:row["end"]] == row["text"]
    assert any(row["value"] == "2021-05-03" for row in rows)


def test_tag_reads_standard_input_as_build_does(runner: CliRunner) -> None:
    text = "The ferry resumed on Monday, 3 May 2021.\n"
    result = runner.invoke(cli, ["tag", "-", "--date", "2021-05-05"], input=text)
    assert result.exit_code == 0, result.output
    assert [(row["text"], row["value"]) for row in json.loads(result.stdout)] == [("Monday, 3 May 2021", "2021-05-03")]
    timeml = runner.invoke(cli, ["tag", "-", "--date", "2021-05-05", "--format", "timeml"], input=text)
    assert timeml.exit_code == 0 and "<DOCID>stdin</DOCID>" in timeml.stdout
    too_big = runner.invoke(cli, ["tag", "-", "--date", "2021-05-05", "--max-bytes", "10"], input=text)
    assert (too_big.exit_code, too_big.stderr) == (
        2, "timeline: error: <stdin>: over the 10-byte limit; raise it with --max-bytes\n")


def test_tag_timeml_output_reads_back(runner: CliRunner, article: Path) -> None:
    from timeline.evaluation.timeml import read_timeml

    result = runner.invoke(cli, ["tag", str(article), "--date", "2021-06-10", "--format", "timeml"])
    assert result.exit_code == 0, result.output
    document = read_timeml(result.stdout)
    assert [t.text for t in document.timexes] == ["Monday", "last week"]


def test_help_shows_an_example(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["build", "--help"])
    assert result.exit_code == 0
    assert "Example: timeline build" in result.output


def test_examples_build_into_one_timeline(runner: CliRunner) -> None:
    paths = sorted(str(p) for p in EXAMPLES.glob("*.md"))
    assert len(paths) >= 3
    result = runner.invoke(cli, ["build", *paths, "--format", "json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    assert any(e["upcoming"] for e in events) and any(not e["upcoming"] for e in events)
    assert len({e["source"]["path"] for e in events}) == len(paths)


def test_build_selection_options(runner: CliRunner) -> None:
    paths = sorted(str(p) for p in EXAMPLES.glob("*.md"))
    result = runner.invoke(cli, ["build", *paths, "--format", "json", "--upcoming", "--max-events", "1"])
    assert result.exit_code == 0, result.output
    [event] = json.loads(result.stdout)["events"]
    assert event["start"] > "2024-06-20"
    bad = runner.invoke(cli, ["build", *paths, "--from", "March 2024"])
    assert bad.exit_code == 2


@pytest.mark.parametrize("args", [["-h"], ["build", "-h"], ["tag", "-h"], ["eval", "-h"], ["schema", "-h"]])
def test_dash_h_is_help(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 0 and result.stdout.startswith("Usage: ") and "Options:" in result.stdout


@pytest.mark.parametrize(("args", "says"), [
    (["build", "{article}", "--jobs", "0"], "'--jobs': 0 is not in the range"),
    (["build", "{article}", "--format", "pdf"], "'pdf' is not one of 'html'"),
    (["build", "{article}", "--bogus"], "no such option '--bogus'"),
    (["build", "{article}", "--group-by", "fortnight"], "'fortnight' is not one of"),
    (["build", "{article}", "--max-events", "many"], "'many' is not a valid integer"),
    (["build"], "missing argument 'INPUT...'"),
    (["build", "{article}", "--from"], "option '--from' requires an argument"),
    (["--bogus"], "no such option '--bogus'"),
    (["publish"], "no such command 'publish'"),
    (["tag", "{article}", "--format", "xml"], "'xml' is not one of"),
])
def test_usage_errors_are_one_line_and_exit_2(runner: CliRunner, article: Path, args: list[str], says: str) -> None:
    result = runner.invoke(cli, [a.replace("{article}", str(article)) for a in args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("timeline: error: "), result.stderr
    assert says in result.stderr and "--help" in result.stderr and "Usage:" not in result.stderr
    assert args[0] != "build" or " build --help'" in result.stderr  # the help of the command that failed


def test_a_closed_output_pipe_stops_quietly(tmp_path: Path) -> None:
    """`timeline build … | head -1`: no internal error, no traceback, the status a SIGPIPE gives."""
    import subprocess
    import sys

    lines = [f"The council met on {1 + n % 28} March 2020 to discuss item {n}." for n in range(1500)]
    path = tmp_path / "minutes.md"
    path.write_text("---\ntitle: Minutes\ndate: 2020-04-01\n---\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "timeline", "build", str(path), "--format", "md"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == b"# Minutes\n"
    process.stdout.close()  # what `head -1` does once it has its line
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141 and errors == ""


def test_front_matter_needs_the_markdown_format(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["build", str(article), "--date", "2021-06-10", "--front-matter"])
    assert result.exit_code == 2 and "--format md" in result.stderr
    good = runner.invoke(cli, ["build", str(article), "--date", "2021-06-10", "--format", "md", "--front-matter"])
    assert good.exit_code == 0 and good.stdout.startswith("---\ntitle: Dock strike ends\ndate: 2021-06-10\n")


@pytest.mark.parametrize(("alias", "name"), [("markdown", "md"), ("txt", "text"), ("ical", "ics"), ("page", "html")])
def test_a_format_may_be_named_as_people_say_it(runner: CliRunner, article: Path, tmp_path: Path,
                                                alias: str, name: str) -> None:
    by_alias = runner.invoke(cli, ["build", str(article), "--date", "2021-06-10", "--format", alias, "--no-cache"])
    by_name = runner.invoke(cli, ["build", str(article), "--date", "2021-06-10", "--format", name, "--no-cache"])
    assert by_alias.exit_code == 0 and by_alias.stdout == by_name.stdout
    both = runner.invoke(cli, ["build", str(article), "--date", "2021-06-10", "--format", alias, "--format", "json",
                               "-o", str(tmp_path), "--no-cache"])
    assert both.exit_code == 0 and (tmp_path / output_name(name)).read_text() == by_name.stdout


def test_an_email_gmail_would_clip_gets_a_one_line_warning(runner: CliRunner, tmp_path: Path) -> None:
    import datetime as dt

    days = [dt.date(2000, 1, 1) + dt.timedelta(days=30 * n) for n in range(250)]  # a month apart: none merge
    records = [{"text": f"Berth {n} of the harbour was approved on {day:%d %B %Y} after a debate.",
                "date": "2020-04-01", "title": f"Harbour report {n}", "url": f"https://news.example.com/{n}"}
               for n, day in enumerate(days)]
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(cli, ["build", str(path), "--format", "email", "-q", "--highlights", "0",
                                 "-o", str(tmp_path / "mail.html")])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("timeline: warning: the email output is ") and result.stderr.count("\n") == 1
    assert (tmp_path / "mail.html").stat().st_size > 102_000
    small = runner.invoke(cli, ["build", str(path), "--format", "email", "-q", "--max-events", "20"])
    assert small.exit_code == 0 and small.stderr == "" and len(small.stdout.encode()) < 102_000
    keyed = runner.invoke(cli, ["build", str(path), "--format", "email", "-q"])  # a large build: its key dates
    assert keyed.exit_code == 0 and keyed.stderr == "" and len(keyed.stdout.encode()) < 102_000


def test_count_articles_gives_a_total_only_when_the_inputs_tell_it(tmp_path: Path) -> None:
    from timeline import api

    for n in range(3):
        (tmp_path / "news" / f"a{n}.md").parent.mkdir(exist_ok=True)
        (tmp_path / "news" / f"a{n}.md").write_text(ARTICLE, encoding="utf-8")
    assert api.count_articles([str(tmp_path / "news")]) == 3
    (tmp_path / "news" / "feed.rss").write_text("<rss/>", encoding="utf-8")
    assert api.count_articles([str(tmp_path / "news")]) is None  # a feed holds any number
    assert api.count_articles(["-"]) is None and api.count_articles([str(tmp_path / "nothing" / "*.md")]) is None


def _on_a_terminal(args: list[str]) -> str:
    """What `timeline` writes to a terminal (a pseudo-terminal 120 columns wide)."""
    import fcntl
    import os
    import pty
    import struct
    import sys
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, its output on the terminal
        os.execv(sys.executable, [sys.executable, "-m", "timeline", *args])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    out = bytearray()
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        out += data
    os.waitpid(pid, 0)
    return out.decode("utf-8", errors="replace")


def test_the_progress_bar_has_a_total_and_says_when_it_merges_and_writes(tmp_path: Path) -> None:
    for n in range(4):
        (tmp_path / f"a{n}.md").write_text(ARTICLE, encoding="utf-8")
    shown = _on_a_terminal(["build", str(tmp_path), "--date", "2021-06-10", "-o", str(tmp_path / "t.html")])
    frames = shown.replace("\r", "\n")
    assert "reading:" in frames and "/4 [" in frames and "merging:" in frames and "writing:" in frames, shown
    assert "timeline: read 4 articles" in frames


def test_key_dates_are_chosen_only_for_formats_that_show_them(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    from timeline import api

    assert [name for name in api.FORMAT_NAMES if not api.leads_with_key_dates(name)] == ["json", "timelinejs", "ics"]
    chosen: list[int | None] = []
    marking = api.highlight
    monkeypatch.setattr(api, "highlight", lambda timeline, count, selection: chosen.append(count) or marking(
        timeline, count, selection))
    examples = [str(path) for path in sorted(EXAMPLES.glob("*.md"))]
    for formats, calls in ((["json"], []), (["json", "ics"], []), (["json", "md"], [2])):
        chosen.clear()
        options = [option for fmt in formats for option in ("--format", fmt)]
        result = runner.invoke(cli, ["build", *examples, *options, "--highlights", "2", "-q", "-o",
                                     str(tmp_path / "-".join(formats))])
        assert result.exit_code == 0, result.output
        assert chosen == calls, formats


def test_day_first_reads_a_slashed_publication_date_day_first(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("title,date,text\nPool,05/11/2026,The pool shut on Monday.\n", encoding="utf-8")
    days = [json.loads(runner.invoke(cli, ["build", str(path), "--format", "json", *flag]).stdout)["events"][0]["start"]
            for flag in ([], ["--day-first"])]
    assert days == ["2026-05-11", "2026-11-02"]  # 11 May is a Monday; the Monday before 5 November
