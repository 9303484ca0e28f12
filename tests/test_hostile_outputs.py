"""Hostile conditions around the outputs: signals, full disks, outputs that are inputs, closed
pipes, templates that try to run code, and one event reported a great many times."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_hostile import GOOD, one_error, run
from timeline.atomic import Terminated, write_atomic
from timeline.models import Event, Source, Timeline
from timeline.order import MAX_SOURCES, merge_events
from timeline.render.dispatch import FORMAT_NAMES, render

PYTHON = [sys.executable, "-m", "timeline"]


def archive(folder: Path, count: int, repeat: int = 30) -> Path:
    """A folder of `count` articles, long enough that a build takes a while."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        body = f"The council voted on Monday to close bridge {number}. Repairs start next week. " * repeat
        (folder / f"a{number:04d}.md").write_text(f"---\ndate: 2021-03-{number % 28 + 1:02d}\n---\n{body}\n")
    return folder


# 8. Signals --------------------------------------------------------------------------------------

@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_during_a_build_leaves_nothing_behind(tmp_path: Path, signum: int) -> None:
    inputs = archive(tmp_path / "news", 150)
    spill = tmp_path / "tmp"
    spill.mkdir()
    out = tmp_path / "out" / "timeline.html"
    out.parent.mkdir()
    out.write_text("earlier output\n")
    # --no-cache: a build cache warmed by an earlier run (or parameter) would let it end before the signal
    process = subprocess.Popen([*PYTHON, "build", str(inputs), "-o", str(out), "--no-cache"], stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "TMPDIR": str(spill)}, start_new_session=True)
    deadline = time.monotonic() + 60
    while not any(spill.glob("timeline-*")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)  # until the build has made its spill folder
    assert process.poll() is None, "the build ended before the signal"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert list(spill.iterdir()) == []
    assert [p.name for p in out.parent.iterdir()] == ["timeline.html"]
    assert out.read_text() == "earlier output\n"


def test_a_signal_right_after_the_spill_folder_is_made_leaves_nothing(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The race the build above can meet: SIGTERM between the folder's creation and its registration."""
    import tempfile

    from timeline import atomic, store

    made: list[Path] = []

    def mkdtemp_then_signal(prefix: str = "") -> str:
        made.append(tmp_path / f"{prefix}race")
        made[0].mkdir()
        os.kill(os.getpid(), signal.SIGTERM)  # delivered before this returns, but for the deferral
        time.sleep(0.05)
        return str(made[0])

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp_then_signal)
    with pytest.raises(Terminated):
        store.spill_folder()
    assert made[0].exists()  # held: deleted at exit, when nothing else will
    atomic._remove_leftovers()
    assert not made[0].exists()


def test_a_worker_thread_making_a_path_does_not_hold_back_the_main_threads_signal() -> None:
    """A cache entry written from a worker thread defers nothing: the main thread's signal is raised there."""
    import threading

    from timeline import atomic

    inside, done = threading.Event(), threading.Event()

    def make_a_path() -> None:
        with atomic.signals_deferred():
            inside.set()
            done.wait(10)

    worker = threading.Thread(target=make_a_path)
    atomic.protect()
    worker.start()
    inside.wait(10)
    try:
        with pytest.raises(Terminated):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)  # the handler runs here, in the main thread
    finally:
        done.set()
        worker.join(10)
        atomic.release(Path())  # nothing held: the handlers are put back


def test_a_signal_while_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    target.write_text("earlier\n")

    def chunks() -> Iterator[str]:
        yield "half a page"
        os.kill(os.getpid(), signal.SIGTERM)
        yield "never written"

    with pytest.raises(Terminated):
        write_atomic(target, chunks())
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]
    assert target.read_text() == "earlier\n"
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # restored once nothing is held


# 9. Full disks and file-size limits ---------------------------------------------------------------

def test_a_file_size_limit_is_a_clear_error_and_keeps_the_earlier_output(tmp_path: Path) -> None:
    import resource

    inputs = archive(tmp_path / "news", 20, repeat=3)
    command = [*PYTHON, "build", str(inputs), "--format", "json", "-q", "--no-cache"]
    # the limit is half of what the build writes, whatever merging makes of these articles
    size = len(subprocess.run(command, capture_output=True, check=True, timeout=120).stdout)
    out = tmp_path / "timeline.html"
    out.write_text("earlier output\n")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))

    done = subprocess.run([*command, "-o", str(out)], capture_output=True, text=True, preexec_fn=limit, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"timeline: error: cannot write {out}: File too large; any earlier file there is intact\n"
    assert out.read_text() == "earlier output\n"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["timeline.html"]


def test_no_space_left_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import tempfile

    if not os.path.exists("/dev/full"):
        pytest.skip("/dev/full is absent")
    source = tmp_path / "a.md"
    source.write_text(GOOD)
    out = tmp_path / "out.html"

    def full_disk(prefix: str, suffix: str, dir: Path) -> tuple[int, str]:
        temporary = Path(dir) / f"{prefix}full{suffix}"
        temporary.touch()
        return os.open("/dev/full", os.O_WRONLY), str(temporary)  # every write: no space left

    monkeypatch.setattr(tempfile, "mkstemp", full_disk)
    # (--no-cache: the build cache, on the same full disk, would add its warning)
    one_error(run("build", str(source), "-o", str(out), "--no-cache"), f"cannot write {out}: No space left on device")
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


# 13. Outputs that are inputs, or not files ---------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["build", "{dir}/a.md", "-o", "{dir}/a.md"],
    ["build", "{dir}/a.md", "--report", "{dir}/a.md"],
    ["build", "{dir}", "-o", "{dir}/a.md"],
    ["build", "{dir}/*.md", "-o", "{dir}/a.md"],
    ["build", "{dir}", "--format", "md", "--format", "json", "-o", "{dir}"],
    ["tag", "{dir}/a.md", "-o", "{dir}/a.md"],
])
def test_an_output_that_is_an_input_is_refused(tmp_path: Path, args: list[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    source = folder / "a.md"
    source.write_text(GOOD)
    (folder / "timeline.md").write_text(GOOD)  # a folder output would replace this input
    folder_args = [a.replace("{dir}", str(folder)) for a in args]
    one_error(run(*folder_args), "is one of the inputs")
    assert source.read_text() == GOOD and (folder / "timeline.md").read_text() == GOOD


def test_a_device_as_output_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text(GOOD)
    one_error(run("build", str(source), "-o", "/dev/null"), "/dev/null: not a regular file")
    assert os.path.exists("/dev/null") and not Path("/dev/null").is_file()


# 14. Templates in the sandbox ---------------------------------------------------------------------

@pytest.mark.parametrize("code", [
    "{{ cycler.__init__.__globals__.os.getcwd() }}",
    "{{ timeline.__class__.__mro__ }}",
    "{{ ''.__class__.__subclasses__() }}",
])
def test_a_template_cannot_reach_python(tmp_path: Path, code: str) -> None:
    source = tmp_path / "a.md"
    source.write_text(GOOD)
    template = tmp_path / "evil.html.j2"
    template.write_text(code)
    one_error(run("build", str(source), "--template", str(template)), "unsafe")


def test_a_template_that_includes_itself_is_an_error(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text(GOOD)
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "page.html.j2").write_text("{% include 'page.html.j2' %}")
    one_error(run("build", str(source), "--template-dir", str(tmp_path / "t")), "includes or calls itself")


# 16. A closed pipe -------------------------------------------------------------------------------

def test_a_reader_that_leaves_ends_the_build_quietly(tmp_path: Path) -> None:
    # (the output must be larger than a pipe's buffer, 64 KB, or the build may write it all and
    # finish before the reader leaves)
    inputs = archive(tmp_path / "news", 600, repeat=1)
    process = subprocess.Popen([*PYTHON, "build", str(inputs), "--format", "json", "-q"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert stderr == ""


# 10. One event reported a great many times ----------------------------------------------------------

def reports(count: int) -> Iterator[Event]:
    """`count` reports of one event by as many articles, in timeline order."""
    for number in range(count):
        source = Source(title=f"Report {number}", path=f"r{number}.md", date="2021-06-10")
        yield Event(start="2021-06-07", end="2021-06-07", granularity="day", approximate=False, upcoming=False,
                    text="The harbor bridge closed on Monday.", headline="The harbor bridge closed",
                    time_text="Monday", value="2021-06-07", source=source, sources=[source], article=number,
                    details=[f"Detail {number}."])


def test_an_event_keeps_a_bounded_list_of_sources_and_counts_the_rest() -> None:
    [event] = list(merge_events(reports(2_000)))
    assert len(event.sources) == MAX_SOURCES and event.more_sources == 2_000 - MAX_SOURCES
    assert len(event.details) <= 50
    timeline = Timeline(events=[event], sources=[])
    for fmt in FORMAT_NAMES:
        text = render(timeline, fmt)
        if fmt == "json":
            assert json.loads(text)["events"][0]["more_sources"] == 1_980
        elif fmt in ("email", "email-body"):  # an email lists fewer sources still, and counts the rest with these
            assert "and 1995 more" in text
        else:
            assert "1,980 more" in text.replace("\r\n ", "").replace("\\,", ","), fmt  # ics folds and escapes


def test_merging_memory_does_not_grow_with_the_reports() -> None:
    def peak(count: int) -> int:
        tracemalloc.start()
        for _ in merge_events(reports(count)):
            pass
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    small, large = peak(1_000), peak(10_000)
    assert large < 1.5 * small, (small, large)
