"""Time one in-process build in a fresh interpreter: `python bench/build_child.py INPUT [--profile FILE]`.

Imports and rule loading happen before the clock starts (a one-sentence tag warms the rules), so
the figure is the cost of `build_timeline(...)` plus `render(..., "json")` alone. A fresh process
for each repetition keeps the library's caches from carrying over between repetitions.
Prints one JSON object: build and render seconds, events, peak RSS so far.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time


def main() -> None:
    target = sys.argv[1]
    profile = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--profile" else None
    from timeline.pipeline import build_timeline
    from timeline.render.dispatch import render
    from timeline.tag.tagger import tag_text

    tag_text("The council met on Tuesday, March 5, 2019.", dt.datetime(2019, 2, 21))
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    timeline = build_timeline([target])
    built = time.perf_counter()
    text = render(timeline, "json")
    rendered = time.perf_counter()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    print(json.dumps({"build": built - started, "render": rendered - built, "total": rendered - started,
                      "events": len(timeline.events), "found": getattr(timeline, "events_found", None),
                      "bytes": len(text.encode()),
                      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
