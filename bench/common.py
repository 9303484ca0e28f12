"""Shared helpers: timing, child processes with peak memory, the machine and package versions."""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PYTHON = sys.executable
TIMELINE = str(BIN / "timeline")
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
SUMMARY: list[tuple[str, str]] = []  # (figure, value) pairs that sections add for the summary table


def summary(figure: str, value: str) -> None:
    SUMMARY.append((figure, value))


def log(message: str) -> None:
    """Progress on stderr (RESULTS.md gets the figures)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median_seconds(function: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    """Median wall time of `repeat` calls, and every time."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def interleaved(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Wall times of several functions run in turn (A B C A B C ...), so that a slow spell of a
    shared machine falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for round_ in range(repeat):
        names = list(functions)
        if round_ % 2:
            names.reverse()
        for name in names:
            started = time.perf_counter()
            functions[name]()
            times[name].append(time.perf_counter() - started)
    return times


@dataclass
class Run:
    """One child process: wall time, exit code, largest single-process RSS and the peak summed
    RSS of its whole process tree (workers included)."""

    seconds: float
    returncode: int
    max_rss_mb: float  # getrusage: the largest RSS of the child or any descendant it waited for
    tree_peak_mb: float | None  # psutil sampling every 20 ms: the sum over the process tree
    stderr: str
    cpu_seconds: float = float("nan")  # user + system CPU of the command and the workers it waited for


# A small launcher between this process and the measured command. Started with `python -S`, it
# is a few MB: a child forked from this (large) benchmark process would inherit its RSS
# high-water mark through fork and exec, and every ru_maxrss would read as this process's size.
# It times the command from fork to exit and reports wait4's rusage for it.
LAUNCHER = """
import json, os, sys, time
out = sys.argv[1]
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - started
with open(out, "w") as handle:
    json.dump({"seconds": seconds, "code": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss,
               "cpu": usage.ru_utime + usage.ru_stime}, handle)
"""


def _sample_tree(pid: int, stop: threading.Event, peak: list[float]) -> None:
    """Peak of the summed RSS of the launcher's descendants (the launcher itself left out)."""
    try:
        import psutil
    except ImportError:
        return
    try:
        launcher = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total = 0
        try:
            processes = launcher.children(recursive=True)
        except psutil.Error:
            break
        for process in processes:
            with contextlib.suppress(psutil.Error):
                total += process.memory_info().rss
        peak[0] = max(peak[0], total / 2**20)
        stop.wait(0.02)


def environment(**changes: str | None) -> dict[str, str]:
    """This process's environment with some variables set (None: removed)."""
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run_child(args: Sequence[str], measure_tree: bool = True, timeout: float | None = None,
              env: dict[str, str] | None = None) -> Run:
    """Run a command (its first item an executable path) through the launcher: wall time from
    fork to exit, max RSS from wait4, and the process tree's summed RSS sampled with psutil."""
    import json
    import shutil
    import tempfile

    executable = args[0] if os.path.isabs(args[0]) else shutil.which(args[0]) or args[0]
    with tempfile.NamedTemporaryFile(prefix="bench-run-", suffix=".json", delete=False) as handle:
        report = handle.name
    try:
        process = subprocess.Popen([PYTHON, "-S", "-c", LAUNCHER, report, executable, *args[1:]],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        stop = threading.Event()
        peak = [0.0]
        sampler = None
        if measure_tree:
            sampler = threading.Thread(target=_sample_tree, args=(process.pid, stop, peak), daemon=True)
            sampler.start()
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            for child in _descendants(process.pid):
                with contextlib.suppress(OSError):
                    os.kill(child, 9)
            process.kill()
            _, stderr = process.communicate()
        stop.set()
        if sampler is not None:
            sampler.join()
        try:
            result = json.loads(Path(report).read_text() or "{}")
        except (OSError, ValueError):
            result = {}
    finally:
        Path(report).unlink(missing_ok=True)
    return Run(result.get("seconds", float("nan")), result.get("code", -1), result.get("maxrss_kb", 0) / 1024,
               peak[0] if measure_tree and peak[0] else None, stderr.decode("utf-8", "replace"),
               result.get("cpu", float("nan")))


def _descendants(pid: int) -> list[int]:
    try:
        import psutil

        return [child.pid for child in psutil.Process(pid).children(recursive=True)]
    except Exception:
        return []


def source_digest(root: Path = ROOT) -> str:
    """SHA-256 of the library's files (code, rules, templates) under `root`."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        if path.suffix in {".py", ".yaml", ".j2", ".css", ".json"} and path.parts[len(root.parts)] in (
                "timeline", "templates"):
            name = path.relative_to(root).as_posix().replace("timeline/templates/", "templates/")
            digest.update(name.encode())
            with contextlib.suppress(OSError):
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def snapshot(folder: Path) -> Path:
    """Copy the library (timeline/, with templates/ as timeline/templates) into `folder` and put
    it first on the import path of this process and of every child (PYTHONPATH): other people
    may edit the working tree during a run, and every figure should measure one version.
    The editable install's finder comes after PYTHONPATH, so the copy wins."""
    import shutil

    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "timeline", folder / "timeline", ignore=ignore)
    if not (folder / "timeline" / "templates").exists():
        shutil.copytree(ROOT / "templates", folder / "timeline" / "templates", ignore=ignore)
    previous = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(folder) + (os.pathsep + previous if previous else "")
    sys.path.insert(0, str(folder))
    return folder


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def git_commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "timeline", "templates"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
        return head + (" (with uncommitted changes under timeline/ or templates/)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def load_average() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "n/a"


def table(header: Sequence[str], rows: Sequence[Sequence[object]], align: str | None = None) -> list[str]:
    """A Markdown table; `align` is one letter per column (l or r)."""
    align = align or "l" + "r" * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" if a == "l" else "---:" for a in align) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines
