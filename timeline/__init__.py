"""timeline: turn news articles into dated, ordered event timelines.

    >>> import datetime as dt
    >>> from timeline import read_text, render, tag_text, timeline_from_articles
    >>> article = read_text("The bridge closed on Tuesday, officials said.", date=dt.datetime(2019, 2, 21))
    >>> tl = timeline_from_articles([article], title="Bridge")
    >>> [(event.start, event.headline) for event in tl.events]
    [('2019-02-19', 'The bridge closed, officials said')]
    >>> "<time" in render(tl, "html")
    True
    >>> [(t.text, t.value) for t in tag_text("The vote was held last Tuesday.", dt.datetime(2019, 2, 21))]
    [('last Tuesday', '2019-02-19')]

The names below are the functions of `timeline.api` and the models of `timeline.models`, loaded on
first use so that `timeline --help` starts fast. Stage packages (`timeline.render`, `timeline.tag`,
…) never replace them: `timeline.render` is the function, `import timeline.render.dispatch` the code.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # what static tools see; at run time the same names load lazily (`__getattr__`)
    from timeline.api import (
        build_report,
        build_timeline,
        evaluate_dating,
        evaluate_events,
        evaluate_tagger,
        evaluate_tls,
        extract_events,
        parse_date_option,
        read_article,
        read_edition,
        read_options,
        read_text,
        render,
        render_chunks,
        schema_json,
        select,
        selection,
        since,
        stream_timeline,
        tag_article,
        tag_file,
        tag_text,
        timeline_from_articles,
        write_file,
        write_outputs,
    )
    from timeline.errors import DateError, InputError, RenderError, TimelineError
    from timeline.models import Article, Event, Interval, Source, Timeline, Timex
    from timeline.store import StoredTimeline

__all__ = [
    "Article", "DateError", "Event", "InputError", "Interval", "RenderError", "Source", "StoredTimeline", "Timeline",
    "TimelineError", "Timex", "build_report", "build_timeline", "evaluate_dating", "evaluate_events",
    "evaluate_tagger", "evaluate_tls", "extract_events", "parse_date_option", "read_article", "read_edition",
    "read_options", "read_text", "render", "render_chunks", "schema_json", "select", "selection", "since",
    "stream_timeline", "tag_article", "tag_file", "tag_text", "timeline_from_articles", "write_file", "write_outputs",
]
_MODELS = {"Article", "Event", "Interval", "Source", "Timeline", "Timex"}
_ERRORS = {"DateError", "InputError", "RenderError", "TimelineError"}
_EXPORTS = {name: "timeline.models" if name in _MODELS else "timeline.errors" if name in _ERRORS
            else "timeline.store" if name == "StoredTimeline" else "timeline.api" for name in __all__}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


class _Package(types.ModuleType):
    """The `timeline` module, whose exported names are never shadowed by a stage package of the
    same name: importing `timeline.render` would otherwise replace the function `render`."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return  # the package stays reachable as sys.modules["timeline.render"]
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
