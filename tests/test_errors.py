"""Every bad input gets one clear line on stderr, exit status 2, no traceback, no output file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

GOOD = "---\ntitle: Port news\ndate: 2021-06-10\n---\nThe port closed on Monday.\n"
Setup = Callable[[Path], list[str]]


def _file(name: str, content: str | bytes) -> Setup:
    def setup(folder: Path) -> list[str]:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return ["build", str(path)]
    return setup


def _args(*args: str, files: dict[str, str] | None = None) -> Setup:
    def setup(folder: Path) -> list[str]:
        for name, content in (files or {}).items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        return [a.replace("{dir}", str(folder)) for a in args]
    return setup


CASES: dict[str, tuple[Setup, str]] = {
    "missing file": (_args("build", "{dir}/nope.md"), "no such file"),
    "empty folder": (_args("build", "{dir}/empty", files={"empty/.keep": ""}), "holds no files"),
    "folder without articles": (_args("build", "{dir}/f", files={"f/a.yaml": "x: 1\n"}), "no article could be read"),
    "glob matching nothing": (_args("build", "{dir}/*.nothing"), "no file matches"),
    "binary file": (_file("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), "binary file"),
    "no publication date": (_file("a.txt", "Headline\nThe port closed on Monday.\n"), "--date"),
    "bad date option": (_args("build", "{dir}/a.md", "--date", "21/02/2019", files={"a.md": GOOD}), "bad date"),
    "impossible date option": (_args("build", "{dir}/a.md", "--date", "2019-02-30", files={"a.md": GOOD}),
                               "bad date"),
    "unknown time zone": (_args("build", "{dir}/a.md", "--timezone", "Mars/Olympus", files={"a.md": GOOD}),
                          "unknown time zone"),
    "malformed front matter": (_file("a.md", "---\ntitle: [oops\n---\nText.\n"), "front matter"),
    "unreadable front-matter date": (_file("a.md", "---\ndate: sometime soon\n---\nText on Monday.\n"),
                                     "cannot understand the date"),
    "front matter not a mapping": (_file("a.md", "---\n- a\n- b\n---\nText.\n"), "front matter"),
    "over the size limit": (_args("build", "{dir}/a.md", "--max-bytes", "10", files={"a.md": GOOD}), "limit"),
    "html without article text": (_file("p.html", "<html><body><nav>Home</nav></body></html>"), "no article text"),
    "malformed feed": (_file("f.rss", "<?xml version='1.0'?><rss><channel><item><title>x"), "malformed feed"),
    "feed without usable entries": (_file("f.atom", "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/"
                                              "Atom'><entry><title>t</title><content>Fire on Monday.</content>"
                                              "</entry></feed>"), "no usable article"),
    "malformed json": (_file("a.json", '{"text": "x",'), "malformed JSON at line 1"),
    "json of the wrong shape": (_file("a.json", "42"), "JSON must hold"),
    "json record without text": (_file("a.json", '[{"note": "x", "date": "2020-01-01"}]'), "no usable article"),
    "jsonl with a broken line": (_file("a.jsonl", '{"text": "Fire on Monday.", "date": "2020-01-01"}\n{oops\n'),
                                 "line 2"),
    "unknown output format": (_args("build", "{dir}/a.md", "--format", "pdf", files={"a.md": GOOD}), "pdf"),
    "unknown input format": (_args("build", "{dir}/a.md", "--input-format", "docx", files={"a.md": GOOD}), "docx"),
    "output folder missing": (_args("build", "{dir}/a.md", "-o", "{dir}/no/such/dir/out.html", files={"a.md": GOOD}),
                              "does not exist"),
    "output path is a folder": (_args("build", "{dir}/a.md", "-o", "{dir}", files={"a.md": GOOD}), "folder"),
    "bad --from": (_args("build", "{dir}/a.md", "--from", "June", files={"a.md": GOOD}), "--from"),
    "negative --max-events": (_args("build", "{dir}/a.md", "--max-events", "-1", files={"a.md": GOOD}),
                              "--max-events"),
    "unreachable url": (_args("build", "http://127.0.0.1:9/story.html"), "cannot fetch"),
    "template that fails": (_args("build", "{dir}/a.md", "--template", "{dir}/t.j2",
                                  files={"a.md": GOOD, "t.j2": "line one\n{{ timeline.nope.deeper }}\n"}), "t.j2"),
    "tag on a missing file": (_args("tag", "{dir}/nope.txt"), "no such file"),
    "tag on malformed TimeML": (_args("tag", "{dir}/x.tml", files={"x.tml": "<TimeML><TEXT>open"}), "x.tml"),
    "eval on a folder without TimeML": (_args("eval", "{dir}/g", files={"g/a.txt": "x"}), "g"),
    "eval-events without gold files": (_args("eval-events", "{dir}/g", files={"g/a.md": GOOD}), "events.yaml"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input(case: str, tmp_path: Path) -> None:
    setup, expected = CASES[case]
    work = tmp_path / "work"
    work.mkdir()
    args = setup(work)
    before = sorted(p.name for p in work.rglob("*"))
    out = tmp_path / "out.html"
    if args[0] == "build" and "-o" not in args:
        args += ["-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    message = " ".join(lines)
    assert "Traceback" not in result.output + result.stderr
    assert expected.lower() in message.lower(), message
    if not lines[0].startswith(("Usage:", "Error:")):
        assert len(lines) == 1, lines  # our own errors: exactly one line
    assert not out.exists()
    assert sorted(p.name for p in work.rglob("*")) == before  # no partial or temporary files left


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 25


def test_empty_article_is_a_warning_and_an_empty_timeline(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("---\ndate: 2021-06-10\n---\n\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"] == []
    assert "empty" in result.stderr


def test_internal_errors_exit_1_with_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import timeline.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(timeline.pipeline, "stream_timeline", broken)
    path = tmp_path / "a.md"
    path.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "internal error" in result.stderr and "--debug" in result.stderr


def test_no_room_for_temporary_files_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    import errno
    import tempfile

    def full(*args: object, **kwargs: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkdtemp", full)
    path = tmp_path / "a.md"
    path.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "t.json"
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "No space left on device" in result.stderr and "TMPDIR" in result.stderr
    assert not out.exists()
