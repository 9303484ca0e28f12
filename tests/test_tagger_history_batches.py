"""What every batch of histories written for the project must hold (tests/data/narratives_*): `auto`
reads each as a history, the batch scores at its floor read either way, and its creation dates are
a Wikipedia page's. The batches' own rows and kinds are in tests/test_tagger_narratives_*.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.heldout import at_floor, created_between, reads_as_history, timeml_batch_report

DATA = Path(__file__).parent / "data"
# Each batch's floors just below the figures it reaches (strict, relaxed, value F1; the same read
# as `auto` and as `narrative`), and the first year of its creation dates.
BATCHES: dict[str, tuple[tuple[float, float, float], int]] = {
    "narratives_long": ((0.95, 0.99, 0.96), 2010),
    "narratives_wars": ((0.95, 0.975, 0.92), 2009),
    "narratives_second_fresh": ((0.985, 0.995, 0.95), 2010),
    "narratives_third_fresh": ((0.995, 0.995, 0.985), 2010),
    "narratives_fourth_fresh": ((0.995, 0.995, 0.98), 2010),
}
DOCUMENTS = {batch: sorted((DATA / batch).glob("*.tml")) for batch in BATCHES}
EVERY_DOCUMENT = [path for paths in DOCUMENTS.values() for path in paths]


@pytest.mark.parametrize("path", EVERY_DOCUMENT, ids=[f"{path.parent.name}/{path.stem}" for path in EVERY_DOCUMENT])
def test_auto_reads_a_history_as_a_narrative(path: Path) -> None:
    assert reads_as_history(path)


@pytest.mark.parametrize("genre", ["auto", "narrative"])
@pytest.mark.parametrize("batch", BATCHES)
def test_a_batch_of_histories_scores_at_its_floor(tmp_path: Path, batch: str, genre: str) -> None:
    assert at_floor(timeml_batch_report(DOCUMENTS[batch], tmp_path, genre), BATCHES[batch][0])


@pytest.mark.parametrize("batch", BATCHES)
def test_the_creation_dates_are_a_wikipedia_page_s(batch: str) -> None:
    assert DOCUMENTS[batch] and created_between(DOCUMENTS[batch], dt.date(BATCHES[batch][1], 1, 1), dt.date(2020, 1, 1))
