"""Accuracy floors on the annotated corpora (TempEval-3 Task A scoring); skipped when they are absent.

The floors sit about 1.5 points below the scores measured when they were last raised, so a
rule change that loses accuracy fails here instead of going unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import EvalReport, evaluate_documents
from timeline.tag.tagger import tag_text

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"

# corpus: (strict F1, relaxed F1, value F1), each about one point below the last measurement
# with the genre decided from each text (tbaq 90.3 / 95.0 / 82.6, tweets 92.4 / 97.5 / 75.2,
# wikiwars 92.1 / 96.7 / 89.7).
FLOORS: dict[str, tuple[float, float, float]] = {
    "tbaq-cleaned": (0.890, 0.939, 0.815),
    "tweets-train": (0.914, 0.967, 0.742),
    "wikiwars-train": (0.910, 0.956, 0.883),
}


def _report(name: str) -> EvalReport:
    folder = CORPORA / name
    if not folder.is_dir():
        pytest.skip(f"corpus {folder} is absent")
    return evaluate_documents(folder, tagger=tag_text, ignore_types=name == "wikiwars-train")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_their_floors(name: str) -> None:
    strict, relaxed, value = FLOORS[name]
    report = _report(name)
    scores = f"strict {report.strict.f1:.3f} relaxed {report.relaxed.f1:.3f} value {report.value_f1:.3f}"
    assert report.strict.f1 >= strict, scores
    assert report.relaxed.f1 >= relaxed, scores
    assert report.value_f1 >= value, scores
