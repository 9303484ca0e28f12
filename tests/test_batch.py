"""Batch builds: worker processes, the dask engine, and interruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from timeline.pipeline import build_timeline, stream_timeline

MIXED = EXAMPLES / "mixed"


def _json(**options: object) -> str:
    return build_timeline([str(MIXED), *map(str, sorted(EXAMPLES.glob("*.md")))], **options).model_dump_json()


def test_output_is_identical_whatever_the_number_of_jobs() -> None:
    assert _json(jobs=1) == _json(jobs=2) == _json(jobs=3)


def test_dask_engine_on_a_local_cluster_gives_the_same_timeline() -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        assert _json(engine="dask", scheduler=cluster.scheduler_address) == _json()


def test_dask_engine_on_a_cluster_of_worker_processes_gives_the_same_timeline_with_or_without_a_cache(
        tmp_path: Path) -> None:
    """Two worker processes, as on a real cluster (functions and results travel pickled), with a
    build cache the workers share: byte-identical to --jobs 1, and the second build reuses every file."""
    distributed = pytest.importorskip("distributed")
    expected = _json()
    store = tmp_path / "cache"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert _json(engine="dask", scheduler=cluster.scheduler_address) == expected
        for extracted in (True, False):
            with stream_timeline([str(MIXED), *map(str, sorted(EXAMPLES.glob("*.md")))], engine="dask",
                                 scheduler=cluster.scheduler_address, cache=store) as stored:
                assert stored.materialize().model_dump_json() == expected
                stats = stored.cache
            assert stats is not None and stats.entries > 0
            assert (stats.extracted, stats.reused) == ((stats.entries, 0) if extracted else (0, stats.entries))


def test_dask_engine_reports_unreadable_files(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    (tmp_path / "ok.md").write_text("---\ndate: 2020-01-02\n---\nThe dam burst on Monday.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_text("No date anywhere.\n", encoding="utf-8")
    timeline = build_timeline([str(tmp_path)], engine="dask")
    assert len(timeline.sources) == 1
    assert [s.where for s in timeline.skipped] == [str(tmp_path / "bad.md")]


def _article(index: int) -> str:
    return (f"---\ntitle: Story {index}\ndate: 2020-03-{index % 28 + 1:02d}\n---\n"
            f"The council of town {index} voted on Monday to build a new bridge. "
            f"Work will start next month and finish in 2022.\n")


def test_interrupt_leaves_no_output_and_exits_non_zero(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(3000):
        (folder / f"{index:05d}.md").write_text(_article(index), encoding="utf-8")
    target = tmp_path / "out.json"
    target.write_text("previous", encoding="utf-8")
    spills = tmp_path / "tmp"
    spills.mkdir()
    # --no-cache: a build cache warmed by an earlier run would let it end before the signal
    process = subprocess.Popen([sys.executable, "-m", "timeline.cli", "build", str(folder), "--format", "json",
                                "-o", str(target), "--no-cache"], stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(spills)})
    deadline = time.monotonic() + 60
    while not any(spills.glob("timeline-*")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)  # until the build is under way (its spill folder made), however loaded the machine
    assert process.poll() is None, "the build ended before the signal"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert list(spills.iterdir()) == []  # the events spilled so far are deleted too


def test_json_lists_skipped_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(_article(1), encoding="utf-8")
    (tmp_path / "b.md").write_text("undated\n", encoding="utf-8")
    data = json.loads(build_timeline([str(tmp_path)]).model_dump_json())
    assert [s["where"] for s in data["skipped"]] == [str(tmp_path / "b.md")]


def test_inputs_handed_out_in_small_waves_give_the_same_timeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.pipeline

    expected = _json()
    monkeypatch.setattr(timeline.pipeline, "POOL_WAVE", 2)
    assert _json(jobs=2) == expected
    pytest.importorskip("dask")
    monkeypatch.setattr(timeline.pipeline, "DASK_PARTITION", 1)
    monkeypatch.setattr(timeline.pipeline, "DASK_WAVE", 2)
    assert _json(engine="dask") == expected


def test_pool_workers_die_on_sigterm_even_after_the_parent_catches_it(tmp_path: Path) -> None:
    """Pool.terminate ends workers with SIGTERM. A worker that kept the parent's handler (which turns
    SIGTERM into an exception while temporary files exist) could wait for ever on the pool's task
    lock, and the build with it (seen with eval-tls running builds one after another)."""
    import multiprocessing
    import signal

    from timeline import atomic
    from timeline.pipeline import _ignore_interrupts

    atomic.hold(tmp_path)  # the parent now catches SIGTERM, as during a build
    try:
        assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None)
        with multiprocessing.get_context("fork").Pool(1, initializer=_ignore_interrupts) as pool:
            dispositions = pool.apply(_worker_dispositions)
    finally:
        atomic.release(tmp_path)
    assert dispositions == (int(signal.SIG_DFL), int(signal.SIG_DFL), int(signal.SIG_IGN))


def _worker_dispositions() -> tuple[int, ...]:
    import signal

    return tuple(int(signal.getsignal(s)) for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT))
