"""The whole pipeline in two calls: `build_timeline(...) -> Timeline`, then `render(...)`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from timeline.events import extract_events
from timeline.models import Article, Timeline
from timeline.order import order_timeline
from timeline.read import read_article


def timeline_from_articles(articles: Iterable[Article], title: str | None = None,
                           language: str = "en") -> Timeline:
    """One ordered timeline from articles already read."""
    articles = list(articles)
    per_article = [extract_events(article, language=language) for article in articles]
    if title is None and len(articles) == 1:
        title = articles[0].title
    return order_timeline(per_article, [a.source for a in articles], title)


def build_timeline(paths: Iterable[str | Path], date: dt.datetime | None = None, title: str | None = None,
                   language: str = "en") -> Timeline:
    """Read article files, tag and date their events, and order them into one timeline."""
    return timeline_from_articles([read_article(p, date=date) for p in paths], title, language)
