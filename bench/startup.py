"""Section 3: CLI start-up, against `python -c pass` with the same interpreter."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import subprocess
from pathlib import Path

from common import PYTHON, QUICK, TIMELINE, log, run_child, summary, table
from corpus import markdown, sentence


def _import_times(args: list[str]) -> list[tuple[str, float]]:
    """Cumulative import time of each top-level package (python -X importtime), largest first."""
    done = subprocess.run([PYTHON, "-X", "importtime", *args], capture_output=True, text=True, check=False)
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
    commands = {
        "`python -c pass`": [PYTHON, "-c", "pass"],
        "`python -c 'import timeline.cli'`": [PYTHON, "-c", "import timeline.cli"],
        "`timeline --help`": [TIMELINE, "--help"],
        "`timeline build one.md --format json -o FILE -q`": [TIMELINE, "build", str(article), "--format", "json",
                                                             "-o", str(root / "one.json"), "-q", "--no-cache"],
        "`timeline build one.md --format html -o FILE -q`": [TIMELINE, "build", str(article), "--format", "html",
                                                             "-o", str(root / "one.html"), "-q", "--no-cache"],
    }
    log(f"startup: {len(commands)} commands x{repeat}, interleaved")
    for args in commands.values():  # warm the file cache once
        run_child(args, measure_tree=False)
    times: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeat):
        names = list(commands) if round_ % 2 == 0 else list(reversed(commands))
        for name in names:
            result = run_child(commands[name], measure_tree=False)
            if result.returncode != 0:
                raise RuntimeError(f"{name} failed: {result.stderr[-1000:]}")
            times[name].append(result.seconds)
            rss[name].append(result.max_rss_mb)
    base = statistics.median(times["`python -c pass`"])
    rows = []
    for name in commands:
        median = statistics.median(times[name])
        rows.append([name, f"{1000 * median:.0f}", f"{1000 * min(times[name]):.0f}", f"{1000 * (median - base):+.0f}",
                     f"{median / base:.1f}×", f"{statistics.median(rss[name]):.0f}"])
    for name in commands:
        if name.startswith("`timeline"):
            median = statistics.median(times[name])
            summary(f"Start-up: {name}", f"{1000 * median:.0f} ms ({1000 * (median - base):+.0f} ms over python)")
    lines = [
        "## 3. CLI start-up",
        "",
        f"Wall time of each command as a child process, median of {repeat} runs taken in turn (A B C …, then "
        "reversed), after one untimed run of each. \"Over python\" is the difference from `python -c pass` "
        f"with the same interpreter ({PYTHON}). one.md is a four-sentence article with front matter.",
        "",
    ]
    lines += table(["command", "median ms", "min ms", "over python (ms)", "ratio", "max RSS (MB)"], rows)
    imports = _import_times([str(Path(TIMELINE)), "build", str(article), "--format", "html", "-o",
                             str(root / "one.html"), "-q", "--no-cache"])
    if imports:
        lines += ["", "Largest top-level imports of `timeline build one.md --format html` (`python -X importtime`, "
                  "cumulative, one run):", ""]
        lines += table(["package", "import ms"], [[f"`{name}`", f"{1000 * s:.0f}"] for name, s in imports[:10]])
    lines.append("")
    return lines
