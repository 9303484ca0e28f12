"""Section 6: adversarial text for the tagger (a catastrophic-backtracking check).

Each case is tagged in its own child process with a time limit, so a pattern that backtracks
catastrophically shows up as a time-out in the report instead of hanging the benchmark. Its
per-character time is compared with ordinary generated news text of the same size, tagged the
same way in the same run; a case in PAGES is an HTML page, read by the HTML reader then tagged, against
ordinary text in paragraphs read the same way. Run alone: `python bench/adversarial.py CASE SIZE[,SIZE...] BUDGET_S`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, QUICK, log, summary, table
from corpus import MONTHS, plain_text

ANCHOR = dt.datetime(2019, 2, 21)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _digit_runs(size: int) -> str:
    rng = random.Random(3)
    parts, total = [], 0
    while total < size:
        run = "".join(rng.choice("0123456789") for _ in range(rng.choice([12, 40, 300, 2000, 20000])))
        parts.append(run)
        total += len(run) + 1
    return " ".join(parts)[:size]


def _separated_numbers(size: int) -> str:
    rng = random.Random(4)
    parts, total = [], 0
    while total < size:
        groups = rng.randint(3, 400)
        sep = rng.choice([",", ".", "-", "/", ":", " ", ", "])
        piece = sep.join(str(rng.randint(0, 999)).zfill(rng.choice([1, 2, 3])) for _ in range(groups))
        parts.append(piece)
        total += len(piece) + 1
    return " ".join(parts)[:size]


def _comma_list(size: int) -> str:
    rng = random.Random(5)
    words = ["May", "2019", "the", "and", "3", "Tuesday", "year", "ago", "12", "March", "1990s", "last", "week"]
    parts, total = [], 0
    while total < size:
        word = rng.choice(words)
        parts.append(word)
        total += len(word) + 2
    return ", ".join(parts)[:size]


def _months_mixed(size: int) -> str:
    return _repeat(" ".join(MONTHS) + " ", size)


def _page(body: str, attributes: str = "") -> str:
    """An HTML page of `body` in paragraphs, the first <p> holding `attributes`."""
    paragraphs = [f"<p>{line}</p>" for line in body.splitlines() if line.strip()] or ["<p></p>"]
    paragraphs[0] = paragraphs[0].replace("<p>", f"<p {attributes}>", 1) if attributes else paragraphs[0]
    return f"<html><body><article>{''.join(paragraphs)}</article></body></html>"


def _many_attributes(size: int) -> str:
    """A page whose size is nearly all one tag's attributes (libxml2 compared each with those before)."""
    news = plain_text(2_000, seed=21)
    count = max(1, (size - len(news)) // 10)
    return _page(news, " ".join(f"d{i:07d}=x" for i in range(count)))


# Cases read as an HTML page (timeline.read.html, then tagged), against ordinary text read the same way.
PAGES = {"many_attributes"}

CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "ordinary": ("generated news text (paragraphs)", lambda n: plain_text(n, seed=21)),
    "no_newline": ("generated news text with no newline at all", lambda n: plain_text(n, seed=21, newlines=False)),
    "digit_runs": ("digit runs of 12 to 20,000 digits, space-separated", _digit_runs),
    "one_digit_run": ("one unbroken run of digits", lambda n: _repeat("1234567890", n)),
    "may_may": ("\"May May May …\"", lambda n: _repeat("May ", n)),
    "months": ("\"January February … December\" repeated", _months_mixed),
    "separators": ("numbers joined by , . - / : and spaces, up to 400 groups", _separated_numbers),
    "the_the": ("\"the the the …\"", lambda n: _repeat("the ", n)),
    "commas": ("commas only: \",,,,…\"", lambda n: _repeat(",", n)),
    "comma_list": ("comma list of words, numbers and date words", _comma_list),
    "number_words": ("\"ten ten ten … years ago\"-style counts: \"ten ten ten …\"", lambda n: _repeat("ten ", n)),
    "last_last": ("\"last last last …\"", lambda n: _repeat("last ", n)),
    "one_word": ("one word without spaces: \"aaaa…\"", lambda n: "a" * n),
    "dots": ("\"... ... ...\" (sentence splitter)", lambda n: _repeat("... ", n)),
    "many_attributes": ("an HTML page whose first <p> has size/10 attributes (read as a page, then tagged)",
                        _many_attributes),
}


def measure(case: str, sizes: list[int], budget: float) -> None:
    """Tag one case at growing sizes (in this process), printing one JSON line per size; stops
    growing once a size took longer than `budget` seconds. Each repetition also tags ordinary
    text of the same size right after the case, so that the ratio compares two times taken side
    by side (a load spike on the shared machine hits both). Five repetitions (medians) when a run
    takes under half a second, else one."""
    from timeline.read.html import read
    from timeline.read.options import ReadOptions
    from timeline.tag.tagger import tag_text

    def tag_page(page: str, _anchor: dt.datetime) -> list[object]:
        articles = read(page.encode(), "bench.html", ReadOptions(date=ANCHOR))
        return [found for article in articles for found in tag_text(article.text, ANCHOR)]  # type: ignore[union-attr]

    tag = tag_page if case in PAGES else tag_text
    tag(_page(plain_text(2_000, seed=1)) if case in PAGES else "warm up on March 3, 2019", ANCHOR)
    for size in sizes:
        text = CASES[case][1](size)
        ordinary = CASES["ordinary"][1](size)
        if case in PAGES:
            ordinary = _page(ordinary)
        times: list[float] = []
        reference: list[float] = []
        found = 0
        while len(times) < (5 if not times or times[0] < 0.5 else 1):
            started = time.perf_counter()
            found = len(tag(text, ANCHOR))
            times.append(time.perf_counter() - started)
            started = time.perf_counter()
            tag(ordinary, ANCHOR)
            reference.append(time.perf_counter() - started)
        print(json.dumps({"size": size, "chars": len(text), "seconds": statistics.median(times), "found": found,
                          "runs": len(times), "reference_seconds": statistics.median(reference),
                          "reference_chars": len(ordinary)}), flush=True)
        if times[0] > budget:
            break


def _child(case: str, sizes: list[int], budget: float, timeout: float) -> tuple[list[dict[str, float]], bool]:
    """Results per size, and whether the child ran out of time."""
    import subprocess

    args = [PYTHON, __file__, case, ",".join(map(str, sizes)), str(budget)]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
        out, timed_out = done.stdout, False
        if done.returncode != 0:
            log(f"adversarial {case} failed: {done.stderr[-800:]}")
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        timed_out = True
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")], timed_out


def _exponent(a: dict[str, float], b: dict[str, float]) -> float:
    """k in time ~ size^k between two sizes: 1 is linear, 2 quadratic."""
    return math.log(b["seconds"] / a["seconds"]) / math.log(b["chars"] / a["chars"])


def run() -> list[str]:
    sizes = [2_000, 10_000] if QUICK else [5_000, 25_000, 250_000]
    big = 100_000 if QUICK else int(float(os.environ.get("BENCH_BIG_MB", "10")) * 1_000_000)
    budget = 1.0 if QUICK else 2.0
    timeout = 60.0 if QUICK else 120.0
    lines = [
        "## 6. Adversarial text for the tagger",
        "",
        f"Each case is tagged in its own child process at {', '.join(f'{n:,}' for n in sizes)} characters (median "
        f"of 5 runs when a run takes under 0.5 s, else one run); a case stops growing once a size takes more than "
        f"{budget:g} s, and a child is stopped after {timeout:.0f} s. **Ratio** is the case's per-character time "
        "over that of ordinary generated news text of the same size, tagged right after it in each repetition of "
        "the same child (medians of both; target ≤ 3×). "
        "**k** is the growth exponent between the last two sizes (time ∝ size^k: 1 is linear, 2 quadratic), and "
        "**1 MB estimate** extrapolates the last size with it.",
        "",
    ]
    results: dict[str, list[dict[str, float]]] = {}
    timeouts: dict[str, bool] = {}
    for case in CASES:
        if case == "no_newline":
            continue  # measured at full size below
        log(f"adversarial: {case}")
        results[case], timeouts[case] = _child(case, sizes, budget if case != "ordinary" else 1e9, timeout)
    rows = []
    worst = ("", 0.0)
    for case, found in results.items():
        label = CASES[case][0]
        if not found:
            rows.append([f"`{case}`", label, "—", "—", "—", "—", "—", f"**time-out at {sizes[0]:,}**"])
            worst = (case, float("inf"))
            continue
        last = found[-1]
        per_char = last["seconds"] / last["chars"]
        relative = per_char / (last["reference_seconds"] / last["reference_chars"])
        k = _exponent(found[-2], last) if len(found) > 1 else float("nan")
        estimate = last["seconds"] * (1_000_000 / last["chars"]) ** max(k, 1.0) if k == k else float("nan")
        stopped = " (stopped growing)" if len(found) < len(sizes) else ""
        if timeouts[case]:
            stopped = " (child timed out at the next size)"
        verdict = "ok" if relative <= 3 else "**over 3×**"
        if relative > worst[1]:
            worst = (case, relative)
        ordinary = next((r for r in results["ordinary"] if r["size"] == last["size"]), None)
        per_expression = "—"
        if last["found"] > 0 and ordinary and ordinary["found"] > 0:
            per_expression = f"{(last['seconds'] / last['found']) / (ordinary['seconds'] / ordinary['found']):.2f}×"
        rows.append([f"`{case}`", label, f"{last['chars']:,}{stopped}", f"{last['seconds']:.3f}",
                     int(last["found"]), f"{k:.2f}", _duration(estimate), f"{relative:.2f}× {verdict}",
                     per_expression])
    lines += table(["case", "text", "largest size done", "s at that size", "expressions", "k",
                    "1 MB estimate", "ratio to ordinary (per character)", "per expression"], rows, "llrrrrrrr")
    lines += ["", "\"Per expression\" divides each time by the number of expressions found, for cases that find "
              "some: a text made only of date words is denser in expressions than news, and costs more per "
              "character for that reason alone."]
    summary("Adversarial: worst per-character ratio to ordinary text", f"{worst[1]:.1f}× (`{worst[0]}`)")

    log(f"adversarial: {big:,} characters with and without newlines")
    whole = {case: _child(case, [big], 1e9, timeout * 3)[0] for case in ("ordinary", "no_newline")}
    big_rows = []
    base = whole["ordinary"][0] if whole["ordinary"] else None
    for case in ("ordinary", "no_newline"):
        if not whole[case]:
            big_rows.append([f"`{case}`", "time-out", "—", "—", "—"])
            continue
        result = whole[case][0]
        relative = (result["seconds"] / result["chars"]) / (base["seconds"] / base["chars"]) if base else float("nan")
        big_rows.append([f"`{case}`", f"{result['chars']:,}", f"{result['seconds']:.2f}",
                         f"{result['chars'] / result['seconds']:,.0f}", f"{relative:.2f}×"])
        if case == "no_newline":
            summary(f"Adversarial: {big / 1e6:g} MB without newlines vs with", f"{relative:.2f}×")
    lines += [
        "",
        f"One {big / 1e6:g} MB text without a single newline against the same text with its paragraph breaks "
        f"(each in its own child process; median of 5 runs under 0.5 s, else one run). "
        "`BENCH_BIG_MB` sets the size (10 MB by default).",
        "",
    ]
    lines += table(["case", "characters", "s", "chars/s", "ratio to ordinary"], big_rows)
    lines.append("")
    return lines


def _duration(seconds: float) -> str:
    if seconds != seconds:
        return "—"
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


if __name__ == "__main__":
    measure(sys.argv[1], [int(n) for n in sys.argv[2].split(",")], float(sys.argv[3]))
