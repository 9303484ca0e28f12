"""Section 1: tagger throughput against dateparser.search.search_dates and datefinder.find_dates."""

from __future__ import annotations

import datetime as dt
import statistics
import warnings
from collections.abc import Callable

from common import QUICK, interleaved, log, summary, table, version
from corpus import articles

from timeline.tag.tagger import tag_text

Doc = tuple[str, dt.datetime]
ERRORS: dict[str, int] = {}  # calls that raised, per extractor (over every timed and counted run)


def _docs(count: int, size: int) -> list[Doc]:
    return [(body, dt.datetime.combine(day, dt.time())) for _, day, body in articles(count, size, seed=11)]


def _timeline(docs: list[Doc]) -> int:
    return sum(len(tag_text(text, anchor)) for text, anchor in docs)


def _dateparser(docs: list[Doc]) -> int:
    from dateparser.search import search_dates

    found = 0
    for text, anchor in docs:
        try:
            found += len(search_dates(text, settings={"RELATIVE_BASE": anchor}, languages=["en"]) or [])
        except Exception:  # a crash of the other library is counted, not fatal
            ERRORS["dateparser.search.search_dates"] = ERRORS.get("dateparser.search.search_dates", 0) + 1
    return found


def _datefinder(docs: list[Doc]) -> int:
    import datefinder

    found = 0
    for text, anchor in docs:
        try:
            found += sum(1 for _ in datefinder.find_dates(text, base_date=anchor))
        except Exception:  # a crash of the other library is counted, not fatal
            ERRORS["datefinder.find_dates"] = ERRORS.get("datefinder.find_dates", 0) + 1
    return found


def run() -> list[str]:
    count, size = (20, 2000) if QUICK else (500, 2000)
    subset_chars = 8_000 if QUICK else 160_000  # long enough that timeline's own runs take a tenth of a second
    repeat = 2 if QUICK else 3
    sub_repeat = 2 if QUICK else 5
    docs = _docs(count, size)
    chars = sum(len(text) for text, _ in docs)
    subset: list[Doc] = []
    for doc in docs:
        if sum(len(text) for text, _ in subset) >= subset_chars:
            break
        subset.append(doc)
    sub_chars = sum(len(text) for text, _ in subset)
    warnings.filterwarnings("ignore")  # dateparser warns about pytz / tz-naive bases

    tools: dict[str, Callable[[list[Doc]], int]] = {"timeline.tag_text": _timeline}
    try:
        import dateparser  # noqa: F401

        tools["dateparser.search.search_dates"] = _dateparser
    except ImportError:
        log("dateparser missing: skipped")
    try:
        import datefinder  # noqa: F401

        tools["datefinder.find_dates"] = _datefinder
    except ImportError:
        log("datefinder missing: skipped (pip install -e '.[bench]')")

    log("tagger: warm-up (rule loading, dateparser's language data)")
    warm = [("The council met on Tuesday, March 5, 2019 at 3 p.m.", dt.datetime(2019, 2, 21))]
    for function in tools.values():
        function(warm)

    log(f"tagger: full corpus {chars:,} chars x{repeat} (timeline, datefinder)")
    full_tools = {name: f for name, f in tools.items() if not name.startswith("dateparser")}
    full_times = interleaved({name: (lambda f=f: f(docs)) for name, f in full_tools.items()}, repeat)
    log(f"tagger: subset {sub_chars:,} chars x{sub_repeat} (all three)")
    sub_times = interleaved({name: (lambda f=f: f(subset)) for name, f in tools.items()}, sub_repeat)
    found = {name: f(subset) for name, f in tools.items()}
    found_full = {name: f(docs) for name, f in full_tools.items()}

    ours_full = statistics.median(full_times["timeline.tag_text"])
    ours_sub = statistics.median(sub_times["timeline.tag_text"])
    lines = [
        "## 1. Tagger throughput",
        "",
        f"Corpus: {count} generated news articles, {chars:,} characters (`bench/corpus.py`, seed 11); each is "
        "tagged with its own publication date as the anchor (dateparser: `RELATIVE_BASE`, `languages=['en']`; "
        "datefinder: `base_date`). One call per article, so articles/s counts calls.",
        "",
        f"dateparser is slow, so all three extractors are timed on the same fixed subset, the first "
        f"{len(subset)} articles ({sub_chars:,} characters), and the ratios compare per-character rates "
        "measured side by side on that subset. timeline and datefinder are also timed on the whole corpus. "
        f"Medians of {repeat} (whole corpus) and {sub_repeat} (subset) interleaved repetitions, after a warm-up "
        "call (rule loading is not timed).",
        "",
        "Whole corpus:",
        "",
    ]
    rows = []
    for name, times in full_times.items():
        median = statistics.median(times)
        rows.append([f"`{name}`", f"{median:.2f}", f"{chars / median:,.0f}", f"{count / median:,.1f}",
                     found_full[name], f"{median / ours_full:.2f}×" if name != "timeline.tag_text" else "1×"])
    lines += table(["extractor", "median s", "chars/s", "articles/s", "expressions found",
                    "time relative to timeline"], rows)
    summary("Tagger throughput (timeline.tag_text, 1 MB corpus)",
            f"{chars / ours_full:,.0f} chars/s, {count / ours_full:,.0f} articles/s")
    lines += ["", f"Subset ({sub_chars:,} characters, {len(subset)} articles):", ""]
    rows = []
    for name, times in sub_times.items():
        median = statistics.median(times)
        speed = median / ours_sub
        verdict = "—" if name == "timeline.tag_text" else (
            f"timeline ×{speed:.1f} faster" if speed >= 1 else f"timeline ×{1 / speed:.1f} slower")
        rows.append([f"`{name}`", f"{median:.3f}", f"{sub_chars / median:,.0f}", f"{len(subset) / median:,.1f}",
                     found[name], verdict])
        if name != "timeline.tag_text":
            summary(f"Tagger vs {name.split('.')[0]} (per character, same subset)", verdict)
    lines += table(["extractor", "median s", "chars/s", "articles/s", "expressions found", "ratio"], rows)
    lines += [
        "",
        "The counts are how many expressions (or dates) each tool returns on the subset, not how many are "
        "right: datefinder and dateparser return only what they can turn into one datetime (no durations "
        "such as \"for three months\", no sets such as \"every Monday\"), timeline returns TIMEX3 "
        "expressions of every type (DATE, TIME, DURATION, SET). Accuracy figures are in the README: "
        "[Measured accuracy](../README.md#measured-accuracy) for the tagger (TempEval-3 scoring, `timeline eval`) "
        "and [Measuring extraction](../README.md#measuring-extraction) for events.",
        "",
        *([f"Calls that raised (counted as finding nothing): {ERRORS}", ""] if ERRORS else []),
        f"Versions: dateparser {version('dateparser')}, datefinder {version('datefinder')}, "
        f"regex {version('regex')}.",
        "",
    ]
    return lines
