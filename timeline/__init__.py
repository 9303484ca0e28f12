"""timeline: turn news articles into dated, ordered event timelines.

    >>> from timeline import build_timeline, render
    >>> tl = build_timeline(["article.txt"], date=datetime(2019, 2, 21))
    >>> html = render(tl, "html")

Names are imported on first use so that `timeline --help` starts fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "timeline.models",
    "Event": "timeline.models",
    "Interval": "timeline.models",
    "Source": "timeline.models",
    "Timeline": "timeline.models",
    "Timex": "timeline.models",
    "DateError": "timeline.errors",
    "InputError": "timeline.errors",
    "RenderError": "timeline.errors",
    "TimelineError": "timeline.errors",
    "build_timeline": "timeline.pipeline",
    "timeline_from_articles": "timeline.pipeline",
    "stream_timeline": "timeline.pipeline",
    "StoredTimeline": "timeline.store",
    "extract_events": "timeline.events",
    "parse_date_option": "timeline.read",
    "read_article": "timeline.read",
    "read_text": "timeline.read",
    "render": "timeline.render",
    "tag_article": "timeline.tag",
    "tag_text": "timeline.tag",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
