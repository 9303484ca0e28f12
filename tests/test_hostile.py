"""Hostile inputs: devices, pipes, links, bombs, impossible dates, odd file names, slow servers.

Every case is the contract of `tests/test_errors.py`: given alone, one line `timeline: error: …`
and exit status 2; inside a folder, skipped and reported while the rest is read; never a hang.
Fixtures are made by the tests (nothing large lives in the repository).
"""

from __future__ import annotations

import datetime as dt
import http.server
import io
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import cli
from timeline.read.files import _read_at_most, read_file
from timeline.read.options import ReadOptions

GOOD = "---\ntitle: Port news\ndate: 2021-06-10\n---\nThe port closed on Monday after a storm.\n"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def one_error(result: Result, expected: str) -> None:
    """Exit 2, one line `timeline: error: …` holding `expected`, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error: "), lines
    assert expected.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in result.output


def skipped(result: Result, report: Path) -> dict[str, str]:
    """The build succeeded: the skipped inputs of its --report, by name."""
    assert result.exit_code == 0, (result.exit_code, result.stderr)
    return {item["where"]: item["reason"] for item in json.loads(report.read_text())["skipped"]}


def article(folder: Path, name: str = "a.md", text: str = GOOD) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# 1. Devices and pipes --------------------------------------------------------------------------

@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_character_device_is_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is absent")
    one_error(run("build", device, "--date", "2021-06-10"), "character device, not a regular file")


def test_a_fifo_alone_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "story.md"
    os.mkfifo(fifo)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "timeline", "build", str(fifo)], capture_output=True, text=True,
                          timeout=30)
    assert time.monotonic() - started < 30
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "named pipe (FIFO)" in done.stderr


def test_the_size_limit_holds_when_stat_reports_no_size() -> None:
    # /proc files read as size 0 yet hold text: the limit is enforced on what is read.
    with pytest.raises(Exception, match="over the 10-byte limit"):
        read_file("/proc/self/status", ReadOptions(max_bytes=10))


class _Asked(io.BytesIO):
    """A stream that records the sizes it is asked to read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.asked: list[int] = []

    def read(self, size: int | None = -1, /) -> bytes:
        self.asked.append(-1 if size is None else size)
        return super().read(size)


@pytest.mark.parametrize(("size", "stat_size", "limit"), [
    (100, 100, 1000), (0, 0, 5), (100, 0, 1000), (100, 40, 1000), (100, 40, 60), (100, 99, 100),
    (100, 100, 101), (100, 200, 1000), (5, 4, 5)])
def test_a_file_is_read_as_one_read_of_the_limit_would_read_it(size: int, stat_size: int, limit: int) -> None:
    # stat_size: what stat said before the file was opened (it may have grown or shrunk since)
    data = bytes(i % 251 for i in range(size))
    assert _read_at_most(io.BytesIO(data), stat_size, limit) == data[:limit]


def test_reading_a_small_file_asks_for_no_more_than_its_size() -> None:
    # Asking for the limit (50 MB) would allocate it first: a rebuild reads thousands of small files.
    stream = _Asked(b"x" * 300)
    assert _read_at_most(stream, 300, 50 * 1024 * 1024 + 1) == b"x" * 300
    assert max(stream.asked) == 301


# 2, 15. Folders: pipes, links, loops ------------------------------------------------------------

@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    article(folder)
    article(folder / "sub", "b.md")
    article(outside, "secret.md", GOOD.replace("Port news", "Outside story"))
    os.mkfifo(folder / "pipe.md")
    (folder / "loop1.md").symlink_to("loop2.md")
    (folder / "loop2.md").symlink_to("loop1.md")
    (folder / "dangling.md").symlink_to("nowhere.md")
    (folder / "passwd.txt").symlink_to(outside / "secret.md")
    (folder / "elsewhere").symlink_to(outside)
    (folder / "sub" / "up").symlink_to("..")
    (folder / "alias").symlink_to("sub")
    return folder


def test_a_folder_reports_what_it_cannot_read(hostile_folder: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    out = tmp_path / "out.json"
    result = run("build", str(hostile_folder), "--format", "json", "-o", str(out), "--report", str(report))
    reasons = skipped(result, report)
    root = str(hostile_folder)
    assert reasons[f"{root}/pipe.md"] == "named pipe (FIFO), not a regular file"
    assert reasons[f"{root}/loop1.md"] == reasons[f"{root}/loop2.md"] == "symbolic link loop"
    assert reasons[f"{root}/dangling.md"].startswith("dangling symbolic link")
    assert "outside the folder" in reasons[f"{root}/passwd.txt"] and "--follow-links" in reasons[f"{root}/passwd.txt"]
    assert "outside the folder" in reasons[f"{root}/elsewhere"]
    assert reasons[f"{root}/sub/up"].startswith("symbolic link loop")
    paths = {source["path"] for source in json.loads(out.read_text())["sources"]}
    # A link to a folder inside the one given is followed, each file read once; nothing outside it is read.
    assert paths == {f"{root}/a.md", f"{root}/alias/b.md"}
    assert reasons[f"{root}/sub/b.md"] == f"the same file as {root}/alias/b.md, read once"


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(GOOD, encoding="utf-8")
    out, report = tmp_path / "out.json", tmp_path / "report.json"
    result = run("build", str(article), str(article), "--format", "json", "-o", str(out), "--report", str(report))
    assert skipped(result, report) == {str(article): "named twice, read once"}
    assert len(json.loads(out.read_text())["sources"]) == 1


def test_follow_links_reads_outside_the_folder(hostile_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("build", str(hostile_folder), "--follow-links", "--format", "json", "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    titles = {source["title"] for source in json.loads(out.read_text())["sources"]}
    assert "Outside story" in titles


# 3. Deep JSON ------------------------------------------------------------------------------------

def test_deeply_nested_json_is_an_input_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"text": "x",\n"a": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    one_error(run("build", str(path)), "nested too deeply (more than 100 levels at line 2)")


def test_a_deep_json_file_or_line_is_skipped_inside_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    article(folder)
    (folder / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    good = json.dumps({"text": "The port closed on Monday.", "date": "2021-06-10"})
    (folder / "lines.jsonl").write_text(good + "\n" + '{"a": ' + "[" * 50_000 + "]" * 50_000 + "}\n", encoding="utf-8")
    report = tmp_path / "r.json"
    reasons = skipped(run("build", str(folder), "-o", str(tmp_path / "o.html"), "--report", str(report)), report)
    assert "nested too deeply" in reasons[f"{folder}/deep.json"]
    assert "nested too deeply" in reasons[f"{folder}/lines.jsonl:2"]
    assert json.loads(report.read_text())["articles"] == 2


def test_a_json_number_of_thousands_of_digits_leaves_its_record_readable(tmp_path: Path) -> None:
    """Python refuses int() of over 4,300 digits (a ValueError that was an internal error)."""
    path = tmp_path / "big.json"
    path.write_text('{"date": "2021-06-10", "text": "The port closed on Monday.", "n": ' + "9" * 10_000 + "}")
    result = run("build", str(path), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    assert [event["start"] for event in json.loads(result.stdout)["events"]] == ["2021-06-07"]
    (tmp_path / "big.jsonl").write_text('{"date": "2021-06-10", "text": ' + "1" * 5_000 + "}\n")
    one_error(run("build", str(tmp_path / "big.jsonl")), "no text")


ZWSP_DATE = "20\u200b21-06-10"  # a zero-width space inside the year: copied from a web page
ODD_DATE_INPUTS = {
    "zwsp.md": f"---\ndate: {ZWSP_DATE}\n---\nThe port closed on Monday.\n".encode(),
    "zwsp.json": json.dumps({"date": ZWSP_DATE, "text": "The port closed on Monday."}).encode(),
    "zwsp.csv": f"date,text\n{ZWSP_DATE},The port closed on Monday.\n".encode(),
    "zwsp.rss": ("<rss><channel><item><pubDate>Thu, 10 Jun 20\u200b21 10:00:00 GMT</pubDate><description>The port "
                 "closed on Monday.</description></item></channel></rss>").encode(),
    "zwsp.eml": "Subject: Port\nDate: Thu, 10 Jun 20\u200b21 10:00:00 +0000\n\nThe port closed on Monday.\n".encode(),
    "zwsp.txt": "LONDON, June 10, 20\u200b21 - The port closed on Monday.\n".encode(),
    "bom.eml": b"\xef\xbb\xbfSubject: Port\nDate: Thu, 10 Jun 2021 10:00:00 +0000\n\nThe port closed on Monday.\n",
    "bom.txt": "\ufeffLONDON, June 10, 2021 - The port closed on Monday.\n".encode(),
    # UTF-16 without a byte-order mark, with characters past U+00FF (curly quotes, a dash)
    "utf16le.md": ("---\ndate: 2021-06-10\n---\nThe port closed on Monday \u2014 \u201cat last\u201d.\n"
                   .encode("utf-16-le")),
    "utf16be.json": json.dumps({"date": "2021-06-10", "text": "The port closed on Monday \u2014 \u201cat last\u201d."},
                               ensure_ascii=False).encode("utf-16-be"),
}


@pytest.mark.parametrize("name", sorted(ODD_DATE_INPUTS))
def test_invisible_characters_and_byte_order_marks_never_hide_a_date(tmp_path: Path, name: str) -> None:
    """Invisible characters in a metadata date or a dateline, a UTF-8 byte-order mark before an
    e-mail's first header or a dateline, UTF-16 without a mark holding curly quotes: all read."""
    path = tmp_path / name
    path.write_bytes(ODD_DATE_INPUTS[name])
    result = run("build", str(path), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    assert [event["start"] for event in json.loads(result.stdout)["events"]] == ["2021-06-07"]


# 4. YAML alias bomb ------------------------------------------------------------------------------

def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    path = article(tmp_path, "bomb.md", "---\n" + "\n".join(lines) + "\ntitle: *a11\ndate: 2021-06-10\n---\nText.\n")
    started = time.monotonic()
    one_error(run("build", str(path)), "YAML aliases (*a0) are not allowed in front matter (line 3)")
    assert time.monotonic() - started < 10


def test_deeply_nested_front_matter_is_refused(tmp_path: Path) -> None:
    path = article(tmp_path, "deep.md", "---\ntitle: " + "[" * 100 + "]" * 100 + "\ndate: 2021-06-10\n---\nText.\n")
    one_error(run("build", str(path)), "front matter nested more than 20 levels deep")


def test_a_number_of_thousands_of_digits_in_front_matter_is_one_plain_error(tmp_path: Path) -> None:
    path = article(tmp_path, "digits.md", "---\ntitle: " + "9" * 5000 + "\ndate: 2021-06-10\n---\nText.\n")
    one_error(run("build", str(path)), "front matter holds a number of thousands of digits; quote it")


# 5. Impossible, BC and far-future dates ----------------------------------------------------------

@pytest.mark.parametrize(("date", "expected"), [
    ("2023-02-29", "impossible value (day is out of range for month)"),
    ("0000-01-01", "impossible value (year 0 is out of range)"),
    ("-0044-03-15", "before year 1"),
    ("44 BC", "before year 1"),
    ("'March 15, 44 B.C.'", "before year 1"),
    ("10000-01-01", "cannot understand the date"),
    ("9999-12-31T23:00:00-05:00", "outside years 1 to 9999"),
])
def test_every_date_problem_is_an_input_error_naming_the_file(tmp_path: Path, date: str, expected: str) -> None:
    path = article(tmp_path, "d.md", f"---\ndate: {date}\n---\nThe vote was on Monday.\n")
    result = run("build", str(path), "--timezone", "UTC")
    one_error(result, expected)
    assert "d.md" in result.stderr


def test_an_impossible_date_skips_only_its_file_in_a_folder(tmp_path: Path) -> None:
    article(tmp_path, "good.md")
    article(tmp_path, "bad.md", "---\ndate: 2023-02-29\n---\nThe vote was on Monday.\n")
    report = tmp_path.parent / f"{tmp_path.name}-report.json"
    reasons = skipped(run("build", str(tmp_path), "-o", str(tmp_path.parent / "o.html"), "--report", str(report)),
                      report)
    assert "impossible value" in reasons[f"{tmp_path}/bad.md"]


@pytest.mark.parametrize("day", ["9999-12-30", "0001-01-02"])
@pytest.mark.parametrize("fmt", ["html", "fragment", "email", "text", "md", "json", "timelinejs", "ics"])
def test_dates_at_the_edge_of_the_calendar_render_in_every_format(tmp_path: Path, day: str, fmt: str) -> None:
    text = ("The plan will be published in the coming weeks. Talks ended two years ago. The vote is next week. "
            "This weekend they meet. Recently the council met. The bridge closed yesterday. It opens next year.\n")
    path = article(tmp_path, "edge.md", f"---\ndate: {day}\n---\n{text}")
    result = run("build", str(path), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "near the edge of the calendar" in result.stderr  # reported: values past it are cut or left out


def test_the_coming_weeks_are_cut_at_the_end_of_the_calendar(tmp_path: Path) -> None:
    path = article(tmp_path, "far.md", "---\ndate: 9999-12-20\n---\nThe plan will be published in the coming weeks.\n")
    events = json.loads(run("build", str(path), "--format", "json", "-q").stdout)["events"]
    assert [(e["start"], e["end"]) for e in events] == [("9999-12-21", "9999-12-31")]


# 6. File names -----------------------------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_shown_escaped_in_json(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.md")
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    result = run("build", str(tmp_path / name), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sources"][0]["path"].endswith("caf\\xe9.md")


def test_a_newline_in_a_file_name_cannot_forge_a_second_line(tmp_path: Path) -> None:
    path = tmp_path / "x\ntimeline: read 9 articles, 0 skipped.md"
    path.write_bytes(b"\x00binary")
    result = run("build", str(path))
    one_error(result, "x\\ntimeline: read 9 articles")
    folder_result = run("build", str(tmp_path), "-o", str(tmp_path.parent / "o.html"))
    assert folder_result.exit_code == 2 and folder_result.stderr.count("\n") == 1


# 7. Slow servers ---------------------------------------------------------------------------------

class _Trickle(http.server.BaseHTTPRequestHandler):
    """Answers a byte every tenth of a second, for ever (within the test)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            for _ in range(600):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def trickling_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/story.txt"
    server.shutdown()
    server.server_close()


def test_a_trickling_server_meets_one_overall_deadline(trickling_server: str) -> None:
    started = time.monotonic()
    result = run("build", trickling_server, "--date", "2021-06-10", "--fetch-timeout", "1")
    assert time.monotonic() - started < 5
    one_error(result, "no complete answer within 1 s")


# 12. Workers -------------------------------------------------------------------------------------

def test_jobs_are_capped_by_the_inputs_and_the_cpus(tmp_path: Path) -> None:
    from timeline.pipeline import worker_count

    names = [str(article(tmp_path, f"{i}.md")) for i in range(3)]
    assert worker_count(1000, names) <= min(3, os.cpu_count() or 1)
    assert worker_count(1000, [str(tmp_path)]) <= (os.cpu_count() or 1)
    assert worker_count(1, names) == 1


# 17, 18. Text direction, deep pages --------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["html", "fragment", "email", "text", "md", "json", "timelinejs", "ics"])
def test_bidi_controls_never_reach_an_output_raw(tmp_path: Path, fmt: str) -> None:
    text = ('---\ntitle: "Evil \u202egpj.exe"\ndate: 2021-06-10\nurl: "https://example.org/\u202eabc"\n---\n'
            "The council \u202evoted\u202c on Monday to close the \u2067bridge\u2069. \"It is \u202esad,\" he said.\n")
    path = article(tmp_path, "bidi.md", text)
    result = run("build", str(path), "--format", fmt, "-q")
    assert result.exit_code == 0, result.stderr
    assert not any(char in result.stdout for char in BIDI)
    if fmt == "json":  # escaped, the data unchanged
        assert json.loads(result.stdout)["sources"][0]["title"] == "Evil \u202egpj.exe"


@pytest.mark.parametrize("depth", [100, 10_000])
def test_a_deeply_nested_page_keeps_its_text(tmp_path: Path, depth: int) -> None:
    sentence = "The council voted on Monday to close the bridge for repairs next week."
    page = tmp_path / "deep.html"
    page.write_text(f"<html><body>{'<div>' * depth}<p>{sentence}</p>{'</div>' * depth}</body></html>", encoding="utf-8")
    result = run("build", str(page), "--date", "2021-06-10", "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    assert [event["text"] for event in json.loads(result.stdout)["events"]] == [sentence]


def test_a_tag_of_a_great_many_attributes_is_read_in_linear_time(tmp_path: Path) -> None:
    """libxml2 compares each attribute of a tag with those before it: 100,000 attributes took 160 s
    of CPU; tags are cut to their first 100 attributes before the page is parsed."""
    from timeline.read.html import MAX_ATTRIBUTES, few_attributes

    sentence = "The council voted on Monday to close the bridge for repairs next week."
    attributes = " ".join(f'data-a{i}="x"' for i in range(50_000))
    page = tmp_path / "attrs.html"
    page.write_text(f"<html><body><p {attributes}>{sentence}</p></body></html>", encoding="utf-8")
    started = time.process_time()
    result = run("build", str(page), "--date", "2021-06-10", "--format", "json", "-q")
    assert time.process_time() - started < 20  # was some 40 s at this size
    assert result.exit_code == 0, result.stderr
    assert [event["text"] for event in json.loads(result.stdout)["events"]] == [sentence]
    kept = few_attributes(f"<p {attributes} / class='x'>text</p>")
    assert kept.count("=") == MAX_ATTRIBUTES and kept.endswith(">text</p>")
    assert few_attributes('<p class="a" id="b">text</p>') == '<p class="a" id="b">text</p>'


@pytest.mark.parametrize("header", [
    f"Subject: {'word ' * 200_000}",  # 21 s of CPU before
    "Subject: Port\nContent-Type: text/plain; " + "; ".join(f"p{i}=x" for i in range(50_000))])  # 33 s before
def test_an_email_header_of_a_megabyte_is_read_from_its_start(tmp_path: Path, header: str) -> None:
    """Python's header parsers are quadratic in a header's words or parameters."""
    from timeline.read.mail import MAX_HEADER_CHARS

    message = tmp_path / "long.eml"
    message.write_text(f"{header}\nDate: Thu, 10 Jun 2021 10:00:00 +0000\n\n"
                       "The port closed on Monday after a storm.\n", encoding="utf-8")
    started = time.process_time()
    result = run("build", str(message), "--format", "json", "-q")
    assert time.process_time() - started < 10
    assert result.exit_code == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["sources"][0]["title"].startswith(("word word", "Port"))
    assert len(output["sources"][0]["title"]) < MAX_HEADER_CHARS
    assert [event["start"] for event in output["events"]] == ["2021-06-07"]


# Size: one article, one page, one long line ------------------------------------------------------

def test_one_article_over_the_article_limit_is_refused_or_skipped(tmp_path: Path) -> None:
    from timeline.read.inputs import read_inputs

    path = article(tmp_path, "huge.md", GOOD + "The port closed on Monday. " * 10)
    options = ReadOptions(max_article_chars=100)
    with pytest.raises(Exception, match="over the limit of 100; split it"):
        list(read_inputs([str(path)], options))
    [item] = list(read_inputs([str(tmp_path)], options))
    assert item.reason.startswith("one article of") and "split it" in item.reason  # type: ignore[union-attr]


def test_tag_holds_one_article_to_the_article_limit_as_build_does(tmp_path: Path) -> None:
    """`timeline tag` keeps every expression of its file in memory: a file of dense dates past the
    limit would take gigabytes."""
    from timeline.errors import InputError
    from timeline.read.inputs import read_article

    path = article(tmp_path, "huge.md", GOOD + "The port closed on Monday. " * 10)
    with pytest.raises(InputError, match="over the limit of 100; split it"):
        read_article(path, options=ReadOptions(max_article_chars=100))
    assert read_article(path).text.endswith("Monday. ")


def test_an_html_page_over_the_page_limit_is_refused(tmp_path: Path) -> None:
    from timeline.read.inputs import read_inputs

    page = tmp_path / "big.html"
    page.write_text("<html><body>" + "<p>The council voted on Monday.</p>" * 100 + "</body></html>")
    with pytest.raises(Exception, match="over the limit of 1,000 for one page"):
        list(read_inputs([str(page)], ReadOptions(max_page_bytes=1000, date=dt.datetime(2021, 6, 10))))


def test_a_long_line_is_tested_for_boilerplate_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.events.extract as extract
    from timeline.read.text import read_text

    calls: list[str] = []
    real = extract.is_boilerplate
    monkeypatch.setattr(extract, "is_boilerplate", lambda line, language="en": calls.append(line) or
                        real(line, language))
    # one line of 300 sentences (distinct: an article's repeated sentence is one event)
    body = "".join(f"The council voted on Monday to close bridge number {i}. " for i in range(300))
    events = extract.extract_events(read_text(body, date=dt.datetime(2021, 6, 10)))
    assert len(events) == 300 and len(calls) == 1


def test_tag_and_eval_never_wait_on_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "gold.tml"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "timeline", "tag", str(fifo)], capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 2 and "named pipe (FIFO)" in done.stderr and done.stderr.count("\n") == 1


def test_a_folder_nested_thousands_deep_is_read(tmp_path: Path) -> None:
    folders = [tmp_path / "news"]
    for _ in range(1_500):  # deeper than Python's recursion limit
        folders.append(folders[-1] / "a")
    for folder in folders:  # one at a time: mkdir(parents=True) recurses
        folder.mkdir()
    file = article(folders[-1])
    try:
        result = run("build", str(folders[0]), "--format", "json", "-q")
        assert result.exit_code == 0, result.stderr
        assert len(json.loads(result.stdout)["sources"]) == 1
    finally:  # removed from the deepest up: pytest's recursive clean-up would run out of stack
        file.unlink()
        for folder in reversed(folders):
            folder.rmdir()


def test_a_feed_over_the_feed_limit_is_refused(tmp_path: Path) -> None:
    from timeline.read.inputs import read_inputs

    feed = tmp_path / "big.rss"
    item = "<item><title>T</title><description>The council voted on Monday.</description></item>"
    feed.write_text(f"<?xml version='1.0'?><rss><channel>{item * 50}</channel></rss>")
    with pytest.raises(Exception, match="over the limit of 1,000 for one feed"):
        list(read_inputs([str(feed)], ReadOptions(max_feed_bytes=1000, date=dt.datetime(2021, 6, 10))))


def test_a_record_of_thousands_of_dates_without_a_stop_builds(tmp_path: Path) -> None:
    """Hostile text: per-sentence work was quadratic in the expressions of a sentence (2,000 took
    11 s); runs without a stop are now cut into bounded pieces (language/sentences.py)."""
    from timeline.api import build_timeline

    path = tmp_path / "dense.jsonl"
    path.write_text(json.dumps({"date": "2021-06-10", "text": "On Monday " * 3000}) + "\n", encoding="utf-8")
    timeline = build_timeline([path])
    assert {event.start for event in timeline.events} == {"2021-06-07"}


# 19. Encodings and invisible characters ------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("name", ["note.md", "note"])
def test_utf16_and_utf32_text_is_read_like_utf8(tmp_path: Path, encoding: str, name: str) -> None:
    """Windows editors save "Unicode" text as UTF-16, with or without a byte-order mark."""
    path = tmp_path / name
    path.write_bytes(GOOD.encode(encoding))
    result = run("build", str(path), "--format", "json", "-q", "--no-cache")
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)["events"]
    assert [event["text"] for event in events] == ["The port closed on Monday after a storm."]
    assert json.loads(result.stdout)["sources"][0]["title"] == "Port news"


def test_damaged_utf16_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "half.txt"
    path.write_bytes("\ufeffThe port closed on Monday.".encode("utf-16-le") + b"\x00\xd8")
    one_error(run("build", str(path), "--date", "2021-06-10", "-q"), "damaged UTF-16 text")


def test_zero_width_characters_and_soft_hyphens_do_not_hide_dates(tmp_path: Path) -> None:
    """Invisible characters a page or editor leaves inside words are taken out as the text is read."""
    text = ("\ufeff---\ntitle: \"Port\u200b news\"\ndate: 2021-06-10\n---\n"
            "The port closed on 3 Feb\u00adruary 2021. It opened again on Mon\u200bday, the mayor\u2060 said.\n")
    result = run("build", str(article(tmp_path, "shy.md", text)), "--format", "json", "-q", "--no-cache")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert [(event["start"], event["text"]) for event in document["events"]] == [
        ("2021-02-03", "The port closed on 3 February 2021."),
        ("2021-06-07", "It opened again on Monday, the mayor said.")]
    assert document["sources"][0]["title"] == "Port news"


def test_the_date_option_stands_in_for_a_date_written_wrong(tmp_path: Path) -> None:
    """--date overrides the articles' own dates, so one written wrong is not read at all."""
    path = article(tmp_path, "odd.md", "---\ndate: the 45th of Brumaire\n---\nThe port closed on Monday.\n")
    result = run("build", str(path), "--date", "2021-06-10", "--format", "json", "-q", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert [event["start"] for event in json.loads(result.stdout)["events"]] == ["2021-06-07"]


def test_an_input_without_a_usable_record_says_why_each_was_skipped(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"text": "The port closed on Monday."}, {"date": "2021-06-10"}]))
    one_error(run("build", str(path), "-q"),
              "no usable article in this input (#1: no publication date; pass --date YYYY-MM-DD")
    assert "; #2: no text in field 'text')" in run("build", str(path), "-q").stderr


@pytest.mark.parametrize(("name", "body"), [
    ("export.json", '[{"date": "2021-06-10", "text": "The port closed on Monday."}]'),
    ("export.jsonl", '{"date": "2021-06-10", "text": "The port closed on Monday."}\n'),
    ("export.csv", "date,text\r\n2021-06-10,The port closed on Monday.\r\n")])
def test_a_byte_order_mark_before_json_or_csv_is_no_error(tmp_path: Path, name: str, body: str) -> None:
    """Windows tools write one before UTF-8 exports; JSON itself allows none."""
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + body.encode())
    result = run("build", str(path), "--format", "json", "-q", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert [event["start"] for event in json.loads(result.stdout)["events"]] == ["2021-06-07"]


def test_json_lines_joined_from_files_each_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    """`cat a.jsonl b.jsonl` of two Windows exports: the second mark opens a line."""
    line = '{"date": "2021-06-10", "text": "The port closed on %s."}\n'
    path = tmp_path / "joined.jsonl"
    path.write_bytes(b"".join(b"\xef\xbb\xbf" + (line % day).encode() for day in ("Monday", "Tuesday")))
    result = run("build", str(path), "--format", "json", "-q", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert [event["start"] for event in json.loads(result.stdout)["events"]] == ["2021-06-07", "2021-06-08"]


FORWARDED = ("From: b@example.org\nSubject: Port\nDate: Thu, 10 Jun 2021 09:00:00 +0000\nContent-Type: text/plain\n\n"
             "The port closed on Monday after a storm.\n")


@pytest.mark.parametrize("body", [
    f"Content-Type: message/rfc822\n\n{FORWARDED}",
    f'Content-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: message/rfc822\n'
    f"Content-Disposition: attachment\n\n{FORWARDED}\n--x--\n"])
def test_an_email_forwarding_a_message_as_an_attachment_reads_that_message(tmp_path: Path, body: str) -> None:
    path = tmp_path / "forward.eml"
    path.write_text(f"Subject: Fwd: Port\nDate: Thu, 10 Jun 2021 10:00:00 +0000\nMIME-Version: 1.0\n{body}")
    result = run("build", str(path), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    assert [event["text"] for event in json.loads(result.stdout)["events"]] == [
        "The port closed on Monday after a storm."]


@pytest.mark.parametrize(("written", "expected"), [
    ("2021-161", "2021-06-10"), ("2020-366", "2020-12-31"), ("'2021-161T10:00:00Z'", "2021-06-10T10:00"),
    ("2024-W10-3", "2024-03-06"), ("'Thu, 10 Jun 2021 10:00:00 +0000'", "2021-06-10T10:00"),
    ("1623319200", "2021-06-10T10:00"), ("1623319200000", "2021-06-10T10:00")])
def test_unusual_but_valid_metadata_dates_are_read(tmp_path: Path, written: str, expected: str) -> None:
    """ISO ordinal and week dates, RFC 2822, Unix time in seconds and milliseconds."""
    path = article(tmp_path, "d.md", f"---\ndate: {written}\n---\nThe port closed on Monday.\n")
    result = run("build", str(path), "--format", "json", "-q", "--timezone", "UTC")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["as_of"] == expected


def test_an_ordinal_date_past_the_year_s_end_is_an_impossible_value(tmp_path: Path) -> None:
    path = article(tmp_path, "d.md", "---\ndate: 2021-366\n---\nThe port closed on Monday.\n")
    one_error(run("build", str(path)), "impossible value (day 366 of 2021)")
