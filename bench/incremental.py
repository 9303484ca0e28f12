"""Section 8: the build cache. A cold build of an archive, then the rebuild after 10 articles
were added, as CPU time of the whole `timeline build` process (workers included)."""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

from common import QUICK, TIMELINE, Run, log, run_child, summary, table
from corpus import write_articles

ARTICLE_SIZE = 450  # characters of body per article, as in sections 2 and 5
ARCHIVE = 200 if QUICK else 2_000  # 10,000 takes some 4 minutes a repetition on 2 cores: see bench/README.md
ADDED = 10
REPEAT = 1 if QUICK else 3


def _build(archive: Path, output: Path, *options: str) -> Run:
    run = run_child([TIMELINE, "build", str(archive), "--format", "json", "-o", str(output), "-q", *options],
                    measure_tree=False)
    if run.returncode != 0:
        raise RuntimeError(f"timeline build failed ({run.returncode}): {run.stderr[-2000:]}")
    return run


def _repetition(root: Path, articles: list[Path]) -> tuple[Run, Run, Run, bool]:
    """Cold build (empty cache), rebuild after ADDED articles, and a build without the cache."""
    archive, cache = root / "archive", root / "cache"
    shutil.rmtree(archive, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    archive.mkdir()
    for path in articles[:ARCHIVE]:
        (archive / path.name).hardlink_to(path)
    cold = _build(archive, root / "cold.json", "--cache", str(cache))
    for path in articles[ARCHIVE:]:
        (archive / path.name).hardlink_to(path)
    rebuild = _build(archive, root / "rebuild.json", "--cache", str(cache))
    uncached = _build(archive, root / "uncached.json", "--no-cache")
    same = (root / "rebuild.json").read_bytes() == (root / "uncached.json").read_bytes()
    return cold, rebuild, uncached, same


def run(root: Path) -> list[str]:
    articles = write_articles(root / "articles", ARCHIVE + ADDED, size=ARTICLE_SIZE, seed=1)
    log(f"incremental: {ARCHIVE:,} + {ADDED} articles, x{REPEAT}")
    results = [_repetition(root, articles) for _ in range(REPEAT)]
    cold, rebuild, uncached = (statistics.median(r[i].cpu_seconds for r in results) for i in range(3))
    identical = all(r[3] for r in results)
    ratio, overhead = rebuild / cold, cold / uncached
    summary(f"Rebuild of {ARCHIVE:,} + {ADDED} articles with the build cache (CPU, vs the cold build)",
            f"{ratio:.0%} ({rebuild:.1f} s vs {cold:.1f} s); output identical to an uncached build: "
            f"{'yes' if identical else 'NO'}")
    rows = [
        [f"cold build of {ARCHIVE:,} articles, empty cache (`--cache DIR`)", f"{cold:.2f}", "1×"],
        [f"rebuild after {ADDED} articles were added (same cache)", f"{rebuild:.2f}", f"{ratio:.2f}×"],
        [f"build of the {ARCHIVE + ADDED:,} articles without the cache (`--no-cache`)", f"{uncached:.2f}",
         f"{uncached / cold:.2f}×"],
    ]
    lines = [
        "## 8. Incremental rebuilds (build cache)",
        "",
        f"An archive of {ARCHIVE:,} generated articles (as in section 5, seed 1) built into an empty cache folder "
        f"(`timeline build FOLDER --format json -o FILE -q --cache DIR`), then {ADDED} more articles added and the "
        "folder built again with the same cache, then built once more with `--no-cache`. Figures are CPU seconds "
        "(user + system) of the whole process with its workers, medians of "
        f"{REPEAT} repetitions, each from an empty cache.",
        "",
    ]
    lines += table(["build", "CPU s", "vs cold"], rows, "lrr")
    lines += [
        "",
        f"The rebuild's output is byte-identical to the uncached build's: {'yes' if identical else 'NO'}. "
        f"Writing the cache costs the cold build {overhead - 1:+.0%} against a build without it. The rebuild "
        f"still reads and hashes every file, and merges, ranks and renders every event of the {ARCHIVE + ADDED:,} "
        "articles (the cache keeps extraction only): that, and start-up, is what remains.",
        "",
    ]
    return lines
