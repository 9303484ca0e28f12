"""Benchmarks: tagger throughput against dateparser's search_dates on the same generated text.

Writes bench/RESULTS.md. Every figure is measured side by side in this run (median of several
repetitions), so ratios are comparable across machines. Run with `make bench`.
"""

from __future__ import annotations

import datetime as dt
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.tag import tag_text

ANCHOR = dt.datetime(2019, 2, 21)
SUBJECTS = ["The minister", "Shareholders", "The city council", "Police", "The company", "Negotiators",
            "Local farmers", "The central bank", "Engineers", "The court"]
VERBS = ["said", "announced", "voted", "warned", "agreed", "met", "reported", "confirmed"]
TIMES = ["on Tuesday", "last week", "yesterday", "earlier today", "on March 3", "in 2017",
         "two years ago", "in the coming weeks", "next month", "on Feb. 14, 2019", "this morning",
         "in the third quarter", "recently", "at 3 p.m.", "for three months", "every Monday"]
FILLERS = ["that talks would continue", "a new plan for the harbor", "higher prices for grain",
           "that the vote was close", "plans to hire 200 workers", "the results of an audit"]


def generated_text(size: int, seed: int = 7) -> str:
    """Deterministic news-like text of about `size` characters."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(FILLERS)} {rng.choice(TIMES)}."
        parts.append(sentence)
        total += len(sentence) + 1
    return " ".join(parts)


def median_seconds(function: Callable[[], object], repeat: int) -> float:
    """Median wall time of several calls."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from dateparser.search import search_dates

    text = generated_text(20_000)
    ours = median_seconds(lambda: tag_text(text, ANCHOR), repeat=5)
    theirs = median_seconds(lambda: search_dates(text, settings={"RELATIVE_BASE": ANCHOR}, languages=["en"]),
                            repeat=3)
    found_ours = len(tag_text(text, ANCHOR))
    found_theirs = len(search_dates(text, settings={"RELATIVE_BASE": ANCHOR}, languages=["en"]) or [])
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {platform.machine()}, {platform.system()} {platform.release()}, Python {platform.python_version()}",
        f"Date of run: {dt.date.today().isoformat()}",
        "",
        f"Text: {len(text):,} characters of generated news sentences (bench/run.py).",
        "",
        "| tagger | median s | chars/s | expressions found | speed ratio |",
        "|---|---:|---:|---:|---:|",
        f"| timeline.tag_text | {ours:.3f} | {len(text) / ours:,.0f} | {found_ours} | {theirs / ours:.1f}× |",
        f"| dateparser.search.search_dates | {theirs:.3f} | {len(text) / theirs:,.0f} | {found_theirs} | 1.0× |",
        "",
    ]
    output = Path(__file__).with_name("RESULTS.md")
    output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
