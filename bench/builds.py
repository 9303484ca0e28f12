"""Sections 2, 4, 5 and 7: end-to-end builds, peak memory, batch engines and a profile.

All builds read the same generated corpus (short news articles, `bench/corpus.py`, seed 1):
the 1-, 100- and 1,000-article folders are the first articles of the 10,000-article batch, so
every figure is on the same kind of text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pstats
import statistics
import subprocess
from pathlib import Path

from common import PYTHON, QUICK, TIMELINE, Run, log, run_child, summary, table
from corpus import write_articles

ARTICLE_SIZE = 450  # characters of body text per article, on average (300 to 600): short news items
HERE = Path(__file__).resolve().parent


def _folder(root: Path, batch: list[Path], count: int) -> Path:
    folder = root / f"n{count}"
    folder.mkdir()
    for path in batch[:count]:
        os.link(path, folder / path.name)
    return folder


def _api(folder: Path, profile: Path | None = None) -> dict[str, float]:
    args = [PYTHON, str(HERE / "build_child.py"), str(folder)]
    if profile is not None:
        args += ["--profile", str(profile)]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _cli(inputs: list[Path], output: Path, *extra: str) -> Run:
    # --no-cache: every figure here is a build from scratch (section 8 measures the build cache)
    run = run_child([TIMELINE, "build", *map(str, inputs), "--format", "json", "-o", str(output), "-q", "--no-cache",
                     *extra])
    if run.returncode != 0:
        raise RuntimeError(f"timeline build failed ({run.returncode}): {run.stderr[-2000:]}")
    return run


def _mb(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def run(root: Path) -> dict[str, list[str]]:
    """Every section's lines, keyed by section number."""
    batch_count = 600 if QUICK else 10_000
    counts = [1, 10, 100] if QUICK else [1, 100, 1000]
    api_repeat = {1: 10, 10: 5, 100: 5, 1000: 3} if not QUICK else {1: 3, 10: 3, 100: 2}
    cli_repeat = {1: 10, 10: 3, 100: 3, 1000: 1} if not QUICK else {1: 2, 10: 1, 100: 1}
    log(f"build: writing {batch_count:,} articles")
    batch = write_articles(root / "batch", batch_count, size=ARTICLE_SIZE, seed=1)
    batch_chars = sum(len(p.read_text(encoding="utf-8")) for p in batch)
    folders = {n: _folder(root, batch, n) for n in counts}

    # Section 2: end-to-end, in-process API (fresh process per repetition) and CLI.
    api: dict[int, list[dict[str, float]]] = {}
    cli: dict[int, list[Run]] = {}
    for n in counts:
        log(f"build: {n} articles, API x{api_repeat[n]}, CLI x{cli_repeat[n]}")
        api[n] = [_api(folders[n]) for _ in range(api_repeat[n])]
        cli[n] = [_cli([folders[n]], root / f"cli{n}.json") for _ in range(cli_repeat[n])]
    rows = []
    per_article: dict[int, float] = {}
    for n in counts:
        total = statistics.median(r["total"] for r in api[n])
        render_s = statistics.median(r["render"] for r in api[n])
        wall = statistics.median(r.seconds for r in cli[n])
        per_article[n] = total / n
        rows.append([f"{n:,}", f"{total:.3f}", f"{render_s:.3f}", f"{1000 * total / n:.1f}",
                     f"{wall:.2f}", f"{1000 * wall / n:.1f}", int(statistics.median(r["events"] for r in api[n])),
                     f"{len(api[n])} / {len(cli[n])}"])
    big, mid = counts[-1], counts[-2]
    section2 = [
        "## 2. End-to-end build time",
        "",
        f"Folders of {', '.join(f'{n:,}' for n in counts)} generated articles (about {ARTICLE_SIZE} characters of "
        "body each, YAML front matter with title and date; the first articles of the batch in section 5). "
        "**API**: `build_timeline([folder])` then `render(timeline, \"json\")`, timed inside a fresh Python "
        "process for each repetition (imports and rule loading excluded, no cache carried over). **CLI**: "
        "`timeline build FOLDER --format json -o FILE -q`, wall time of the whole process (start-up included). "
        "Medians; repetitions are given as API / CLI.",
        "",
    ]
    section2 += table(["articles", "API s", "of which render s", "API ms/article", "CLI s", "CLI ms/article",
                       "events", "reps"], rows)
    section2 += [
        "",
        f"Linearity: API cost per article at {big:,} articles is **{per_article[big] / per_article[mid]:.2f}×** "
        f"the cost per article at {mid:,} (1.00× is perfectly linear).",
        "",
    ]

    summary(f"Build cost per article, {big:,} vs {mid:,} articles (API; 1.00× = linear)",
            f"{per_article[big] / per_article[mid]:.2f}× "
            f"({1000 * per_article[mid]:.1f} → {1000 * per_article[big]:.1f} ms)")

    # Section 5: batch of many articles with three engines.
    engines = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"], "--engine dask": ["--engine", "dask"]}
    batch_runs: dict[str, Run] = {}
    digests: dict[str, str] = {}
    outputs: dict[str, Path] = {}
    for name, extra in engines.items():
        log(f"batch: {batch_count:,} articles with {name}")
        outputs[name] = root / f"batch-{name.strip('-').replace(' ', '')}.json"
        batch_runs[name] = _cli([root / "batch"], outputs[name], *extra)
        digests[name] = hashlib.sha256(outputs[name].read_bytes()).hexdigest()
        size = outputs[name].stat().st_size
    identical = len(set(digests.values())) == 1
    one = batch_runs["--jobs 1"].seconds
    rows = [[f"`{name}`", f"{run.seconds:.1f}", f"{batch_count / run.seconds:,.1f}",
             f"{batch_chars / run.seconds / 1000:,.0f}", f"{one / run.seconds:.2f}×", _mb(run.max_rss_mb),
             _mb(run.tree_peak_mb), digests[name][:12]] for name, run in batch_runs.items()]
    per_article_batch = one / batch_count
    section5 = [
        "## 5. Batch: many articles, three engines",
        "",
        f"{batch_count:,} generated articles ({batch_chars / 1e6:.1f} MB of files) in one temporary folder: "
        "`timeline build FOLDER --format json -o FILE -q` with each engine, one run each (each takes minutes; "
        "the 2-core machine allows no more within the benchmark's time budget). `--engine dask` uses dask's "
        "local process scheduler (one worker per core).",
        "",
    ]
    section5 += table(["engine", "wall s", "articles/s", "KB of files/s", "speed-up vs --jobs 1",
                       "max RSS of one process (MB)", "peak RSS of process tree (MB)", "output sha256"], rows)
    section5 += [
        "",
        (f"The three outputs are **byte-identical** ({size:,} bytes of JSON, same SHA-256)." if identical else
         "**The outputs differ** between engines: " + ", ".join(f"{k}: {v[:12]}" for k, v in digests.items())
         + _first_difference(outputs)),
        "",
        f"Cost per article at {batch_count:,} articles with `--jobs 1` (CLI): {1000 * per_article_batch:.1f} ms, "
        f"**{per_article_batch / (statistics.median(r.seconds for r in cli[big]) / big):.2f}×** the CLI cost per "
        f"article at {big:,} articles (section 2).",
        "",
    ]

    for name, run_ in batch_runs.items():
        summary(f"Batch {batch_count:,} articles, `{name}`",
                f"{batch_count / run_.seconds:,.0f} articles/s, tree peak {_mb(run_.tree_peak_mb)} MB")
    summary("Batch outputs byte-identical across engines", "yes" if identical else "**no**")
    summary(f"Build cost per article, {batch_count:,} vs {big:,} articles (CLI)",
            f"{per_article_batch / (statistics.median(r.seconds for r in cli[big]) / big):.2f}×")

    # Section 4: peak memory at 1,000 (the CLI run of section 2) and 10,000 articles (the --jobs 1
    # batch run), then at 20,000 and 40,000: the batch and more articles dated in the three-year
    # spans after it (an archive growing over time: as many events per day), and at 20,000 with
    # the 10,000 more dated in the same three years (twice the events per day).
    double, quadruple = 2 * batch_count, 4 * batch_count
    log(f"memory: writing {4 * batch_count:,} more articles, then builds of {double:,} and {quadruple:,}")
    later = [root / f"later{index}" for index in range(3)]
    for index, folder in enumerate(later):
        write_articles(folder, batch_count, size=ARTICLE_SIZE, seed=3 + index,
                       first_day=dt.date(2021 + 3 * index, 1, 1))
    write_articles(root / "denser", batch_count, size=ARTICLE_SIZE, seed=2)
    runs = {
        f"{big:,}": cli[big][-1],
        f"{batch_count:,}": batch_runs["--jobs 1"],
        f"{double:,}, over six years": _cli([root / "batch", later[0]], root / "later2.json"),
        f"{quadruple:,}, over twelve years": _cli([root / "batch", *later], root / "later4.json"),
        f"{double:,}, over the same three years (twice the events per day)": _cli(
            [root / "batch", root / "denser"], root / "denser.json"),
    }
    rows = [[name, f"{run.seconds:.1f}", _mb(run.max_rss_mb), _mb(run.tree_peak_mb)] for name, run in runs.items()]
    rss = [run.max_rss_mb for run in runs.values()]
    section4 = [
        "## 4. Peak memory",
        "",
        "`timeline build FOLDER… --format json -o FILE -q` (`--jobs 1`) in a child process. Max RSS is the "
        "kernel's high-water mark for the process (`os.wait4` rusage, as `getrusage(RUSAGE_CHILDREN)`); the "
        "process-tree peak is psutil's RSS summed over the process and its children, sampled every 20 ms. "
        f"The first {batch_count:,} articles are dated within three years (2018–2020); larger builds add "
        f"{batch_count:,} articles from the same generator (other seeds) for each three years after (an "
        "archive growing over time, with as many events per day), and one adds them within the same three "
        "years (twice as many events per day).",
        "",
    ]
    section4 += table(["articles", "wall s", "max RSS (MB)", "peak RSS of tree (MB)"], rows)
    summary("Peak memory, 1k / 10k / 20k / 40k articles (max RSS)", " / ".join(_mb(value) for value in rss[:4])
            + " MB")
    if all(rss):
        summary(f"Peak memory, {quadruple:,} vs {batch_count:,} articles", f"{rss[3] / rss[1]:.2f}×")
        section4 += [
            "",
            f"From {batch_count:,} to {quadruple:,} articles the peak grows {rss[3] / rss[1]:.2f}× "
            f"({_mb(rss[1])} → {_mb(rss[2])} → {_mb(rss[3])} MB: +{rss[2] - rss[1]:.0f} MB for the first "
            f"doubling, +{rss[3] - rss[2]:.0f} MB for the second). What a "
            "build holds: the interpreter, libraries and rules (about the RSS of the start-up runs in "
            "section 3), caches of fixed size (tokens, templates, date intervals, stems) that fill over the "
            "first tens of thousands of articles, a run of at most 1,000 events before it is written to disk, "
            "and the events whose dates are still open while merging (those of the last days and the wider "
            "ones that span them: more when there are more events per day, never more than 5,000, "
            "`order.MAX_LIVE`). Events and sources go to temporary files and are read back in order as the "
            "output is written.",
            "",
        ]

    # Section 7: where the time goes, from profiled API builds of 1,000 and of all the articles.
    profiles = {}
    for n in (big, batch_count):
        log(f"profile: {n:,} articles under cProfile")
        profiles[n] = root / f"build-{n}.prof"
        _api(folders[n] if n in folders else root / "batch", profiles[n])
    section7 = _profile_lines(profiles)
    return {"2": section2, "4": section4, "5": section5, "7": section7}


def _first_difference(outputs: dict[str, Path]) -> str:
    """Where the first output that differs from the first engine's departs from it."""
    names = list(outputs)
    reference = outputs[names[0]].read_text(encoding="utf-8").splitlines()
    for name in names[1:]:
        other = outputs[name].read_text(encoding="utf-8").splitlines()
        for number, (a, b) in enumerate(zip(reference, other, strict=False), start=1):
            if a != b:
                return (f". First difference ({names[0]} vs {name}) at line {number}: "
                        f"`{a.strip()[:80]}` vs `{b.strip()[:80]}`.")
        if len(reference) != len(other):
            return f". {names[0]} has {len(reference):,} lines, {name} {len(other):,}."
    return "."


STAGES = [
    ("read inputs (files, front matter)", "read.py", "read_inputs"),
    ("extract events (tag + clauses)", "events.py", "extract_events"),
    ("  tag (tag_text)", "tag.py", "tag_text"),
    ("    rule matching (find_matches)", "engine.py", "find_matches"),
    ("    tense cues (tense_cues)", "text.py", "tense_cues"),
    ("events to and from disk: write runs (Spill._write)", "store.py", "_write"),
    ("events to and from disk: read runs (Spill._read)", "store.py", "_read"),
    ("order and merge (merge_events, reading the sorted events)", "order.py", "merge_events"),
    ("  content_stems (Snowball)", "order.py", "content_stems"),
    ("  same_event", "order.py", "same_event"),
    ("  candidates (merge index)", "order.py", "candidates"),
    ("render JSON (render)", "render.py", "render"),
]


def _profile_lines(profiles: dict[int, Path]) -> list[str]:
    """Cumulative time per stage for each profiled build, and the hottest functions of the largest."""
    loaded = {n: pstats.Stats(str(path)).stats for n, path in profiles.items()}  # type: ignore[attr-defined]
    totals = {n: sum(value[2] for value in entries.values()) for n, entries in loaded.items()}  # own times

    def cumulative(entries: dict, filename: str, function: str) -> tuple[float, int] | None:
        for (file, _, name), (_, calls, _, cum, _) in entries.items():
            if name == function and file.replace("\\", "/").endswith(f"timeline/{filename}"):
                return cum, calls
        return None

    rows = []
    for label, filename, function in STAGES:
        row = [label.replace("  ", "&nbsp;&nbsp;")]
        for n, entries in loaded.items():
            found = cumulative(entries, filename, function)
            row += [f"{found[0]:.2f}", f"{100 * found[0] / totals[n]:.0f} %", f"{found[1]:,}"] if found else \
                ["—", "—", "—"]
        if any(cell != "—" for cell in row[1:]):
            rows.append(row)
    largest = max(loaded)
    top = sorted(loaded[largest].items(), key=lambda item: item[1][2], reverse=True)[:12]
    top_rows = [[f"`{Path(file).name}:{line}({name})`", f"{tt:.2f}", f"{100 * tt / totals[largest]:.0f} %",
                 f"{calls:,}"] for (file, line, name), (_, calls, tt, _, _) in top]
    header = ["stage"]
    for n in loaded:
        header += [f"{n:,}: s", f"{n:,}: share", f"{n:,}: calls"]
    lines = [
        "## 7. Where the time goes (profile)",
        "",
        "API builds (`build_timeline` + JSON `render`) of " + " and ".join(f"{n:,}" for n in loaded)
        + " articles under cProfile, in fresh processes (profiling slows Python code, so read shares, not "
        "seconds): " + ", ".join(f"{totals[n]:.1f} s" for n in loaded) + " profiled. Cumulative time by stage:",
        "",
    ]
    lines += table(header, rows)
    lines += ["", f"Functions with the most own time in the {largest:,}-article build:", ""]
    lines += table(["function", "own s", "share", "calls"], top_rows)
    lines.append("")
    return lines
