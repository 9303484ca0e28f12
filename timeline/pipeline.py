"""The whole pipeline in two calls: `build_timeline(...) -> Timeline`, then `render(...)`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from timeline.events import extract_events
from timeline.models import Article, Event, Skipped, Source, Timeline
from timeline.order import order_timeline
from timeline.read import ReadOptions, read_inputs


def timeline_from_articles(articles: Iterable[Article], title: str | None = None, language: str = "en",
                           skipped: Iterable[Skipped] = ()) -> Timeline:
    """One ordered timeline from articles already read."""
    per_article: list[list[Event]] = []
    sources: list[Source] = []
    first_title: str | None = None
    for article in articles:
        per_article.append(extract_events(article, language=language))
        sources.append(article.source)
        first_title = first_title or article.title
    if title is None and len(sources) == 1:
        title = first_title
    timeline = order_timeline(per_article, sources, title)
    timeline.skipped = list(skipped)
    timeline.events_found = sum(len(events) for events in per_article)
    return timeline


def build_timeline(inputs: Iterable[str | Path], date: dt.datetime | None = None, title: str | None = None,
                   language: str = "en", options: ReadOptions | None = None, stdin: BinaryIO | None = None,
                   on_article: Callable[[Article | Skipped], None] | None = None) -> Timeline:
    """Read inputs (files, folders, globs, `-`, URLs), tag and date their events, and order
    them into one timeline. Inputs that could not be read are listed in `timeline.skipped`."""
    options = options or ReadOptions()
    if date is not None:
        options = options.model_copy(update={"date": date})
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in read_inputs([str(i) for i in inputs], options, stdin):
        (skipped if isinstance(item, Skipped) else articles).append(item)  # type: ignore[arg-type]
        if on_article is not None:
            on_article(item)
    return timeline_from_articles(articles, title, language, skipped)
