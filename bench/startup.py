"""Section 3: CLI start-up, against `python -c pass` with the same interpreter."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import subprocess
from pathlib import Path

from common import PYTHON, QUICK, TIMELINE, environment, log, run_child, summary, table
from corpus import markdown, sentence


def _import_times(args: list[str], env: dict[str, str]) -> list[tuple[str, float]]:
    """Cumulative import time of each top-level package (python -X importtime), largest first."""
    done = subprocess.run([PYTHON, "-X", "importtime", *args], capture_output=True, text=True, check=False, env=env)
    totals: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
        try:
            cumulative = int(parts[1])
        except ValueError:
            continue
        name = parts[2]
        if line.split("|")[2].startswith("  "):
            continue  # nested import: counted in its top-level parent
        top = name.split(".")[0]
        totals[top] = totals.get(top, 0) + cumulative / 1e6
    return sorted(totals.items(), key=lambda item: item[1], reverse=True)


def run(root: Path) -> list[str]:
    repeat = 3 if QUICK else 12
    rng = random.Random(5)
    day = dt.date(2019, 2, 21)
    article = root / "one.md"
    article.write_text(markdown("Bridge closed", day, " ".join(sentence(rng, day) for _ in range(4))), encoding="utf-8")
    derived = root / "derived"  # the rules' derived data (TIMELINE_CACHE_DIR), warmed by the untimed runs
    # As installed, a package runs from compiled bytecode: let the children write and read it
    # (PYTHONDONTWRITEBYTECODE would have every run compile timeline's modules from source).
    env = environment(PYTHONDONTWRITEBYTECODE=None, TIMELINE_CACHE_DIR=str(derived))
    one = "`timeline build one.md --date D -o page.html`"
    commands = {
        "`python -c pass`": lambda _: [PYTHON, "-c", "pass"],
        "`python -c 'import timeline.cli'`": lambda _: [PYTHON, "-c", "import timeline.cli"],
        "`timeline --help`": lambda _: [TIMELINE, "--help"],
        "`timeline build one.md --format json -o FILE -q --no-cache`": lambda _: [
            TIMELINE, "build", str(article), "--format", "json", "-o", str(root / "one.json"), "-q", "--no-cache"],
        "`timeline build one.md --format html -o FILE -q --no-cache`": lambda _: [
            TIMELINE, "build", str(article), "--format", "html", "-o", str(root / "one.html"), "-q", "--no-cache"],
        one + " (build cache cold)": lambda run: [
            TIMELINE, "build", str(article), "--date", day.isoformat(), "-o", str(root / "page.html"),
            "--cache", str(root / f"cold-cache-{run}")],
    }
    log(f"startup: {len(commands)} commands x{repeat}, interleaved")
    for make in commands.values():  # warm the file cache, the bytecode and the rules' derived data once
        run_child(make("warm"), measure_tree=False, env=env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeat):
        names = list(commands) if round_ % 2 == 0 else list(reversed(commands))
        for name in names:
            result = run_child(commands[name](round_), measure_tree=False, env=env)
            if result.returncode != 0:
                raise RuntimeError(f"{name} failed: {result.stderr[-1000:]}")
            times[name].append(result.seconds)
            cpu[name].append(result.cpu_seconds)
            rss[name].append(result.max_rss_mb)
    first_ever = [run_child(commands[one + " (build cache cold)"](f"first-{n}"), measure_tree=False,
                            env=environment(PYTHONDONTWRITEBYTECODE=None,
                                             TIMELINE_CACHE_DIR=str(root / f"derived-first-{n}"))).cpu_seconds
                  for n in range(3)]
    base = statistics.median(times["`python -c pass`"])
    rows = []
    for name in commands:
        median = statistics.median(times[name])
        rows.append([name, f"{1000 * statistics.median(cpu[name]):.0f}", f"{1000 * min(cpu[name]):.0f}",
                     f"{1000 * median:.0f}", f"{1000 * (median - base):+.0f}", f"{median / base:.1f}×",
                     f"{statistics.median(rss[name]):.0f}"])
    for name in commands:
        if name.startswith("`timeline"):
            summary(f"Start-up: {name}", f"{1000 * statistics.median(cpu[name]):.0f} ms CPU "
                    f"({1000 * statistics.median(times[name]):.0f} ms wall)")
    summary(f"Start-up: {one}, first run ever (no derived data kept yet)",
            f"{1000 * statistics.median(first_ever):.0f} ms CPU")
    lines = [
        "## 3. CLI start-up",
        "",
        f"CPU time (user + system, from `wait4`) and wall time of each command as a child process, median of "
        f"{repeat} runs taken in turn (A B C …, then reversed), after one untimed run of each. \"Over python\" "
        f"is the wall-time difference from `python -c pass` with the same interpreter ({PYTHON}). one.md is a "
        "four-sentence article with front matter. The children run from compiled bytecode, as an installed "
        "package does, and keep the rules' derived data (parsed rule files, lead index, compiled patterns and "
        "templates: `TIMELINE_CACHE_DIR`) from the untimed run; \"build cache cold\" builds with an empty "
        "`--cache` folder each time, as a user's first build of an article does.",
        "",
    ]
    lines += table(["command", "median CPU ms", "min CPU ms", "median wall ms", "over python (ms)", "ratio",
                    "max RSS (MB)"], rows)
    lines += ["", f"The same one-article build run the first time ever, with no derived data kept yet (a fresh "
              f"`TIMELINE_CACHE_DIR`, 3 runs): **{1000 * statistics.median(first_ever):.0f} ms CPU** (median)."]
    imports = _import_times([str(Path(TIMELINE)), "build", str(article), "--format", "html", "-o",
                             str(root / "one.html"), "-q", "--no-cache"], env)
    if imports:
        lines += ["", "Largest top-level imports of `timeline build one.md --format html` (`python -X importtime`, "
                  "cumulative, one run):", ""]
        lines += table(["package", "import ms"], [[f"`{name}`", f"{1000 * s:.0f}"] for name, s in imports[:10]])
    lines.append("")
    return lines
