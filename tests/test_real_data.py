"""Real scraped archives (the dev parts of two timeline-summarization benchmarks): every article's
events are extracted without an error. Crashes on real text have come from sentences no written
test had (two names of one month that dated each other for ever); this runs them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPORA
from timeline.events import extract_events
from timeline.models import Article
from timeline.read.inputs import ReadOptions, read_inputs

ARCHIVES = sorted(CORPORA.glob("*-dev/*/articles.jsonl"))


@pytest.mark.skipif(not ARCHIVES, reason="the dev corpora (../shared/corpora) are absent")
@pytest.mark.parametrize("archive", ARCHIVES, ids=lambda path: f"{path.parent.parent.name}/{path.parent.name}")
def test_every_article_of_a_real_archive_extracts(archive: Path) -> None:
    articles = [item for item in read_inputs([str(archive)], ReadOptions(input_format="jsonl"))
                if isinstance(item, Article)]
    assert articles
    for article in articles:
        for event in extract_events(article):
            assert event.start <= event.end, article.path
