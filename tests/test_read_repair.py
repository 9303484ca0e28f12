"""Repair of text damaged on its way: mis-decoded UTF-8 and stray HTML entities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.read.repair import repaired

CASES = [
    ("The band\u00e2\u20ac\u2122s last tour", "The band\u2019s last tour"),
    # a scraper that split words put a space inside the sequence
    ("The band\u00e2\u20ac \u2122s last tour", "The band\u2019s last tour"),
    ("\u00e2\u20ac\u0153We won,\u00e2\u20ac\u009d she said", "\u201cWe won,\u201d she said"),
    ("The caf\u00c3\u00a9 opened", "The caf\u00e9 opened"),
    ("Marks &amp; Spencer", "Marks & Spencer"),
    ("HIV\\/Aids spread; REUTERS\\/Ann Lee", "HIV/Aids spread; REUTERS/Ann Lee"),
    ("the country\u00e2\u20ac \u2122 s president", "the country\u2019s president"),
    ("a \u00e2\u20ac \u0153free\u00e2\u20ac \ufffd vote", "a \u201cfree\u201d vote"),
    ("I don\u00e2\u20ac\n\u2122 t see it, \u00e2\u20ac\n\u201c\nhe said", "I don\u2019t see it, \u2013 he said"),
]


@pytest.mark.parametrize(("damaged", "expected"), CASES, ids=[c[1][:20] for c in CASES])
def test_damaged_text_is_repaired(damaged: str, expected: str) -> None:
    assert repaired(damaged) == expected


@pytest.mark.parametrize("clean", ["It\u2019s \u201cfine\u201d \u2013 really.", "Caf\u00e9 & bar", "A < B > C",
                                   "\u00c3 is a letter too"])
def test_clean_text_is_left_as_written(clean: str) -> None:
    assert repaired(clean) is clean


def test_a_jsonl_record_is_read_repaired(tmp_path: Path) -> None:
    from timeline.api import build_timeline

    record = {"date": "2021-06-10", "title": "Caf\u00c3\u00a9 news",
              "text": "The caf\u00c3\u00a9\u00e2\u20ac \u2122s owner reopened it on Monday."}
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [event] = build_timeline([path]).events
    assert event.text == "The caf\u00e9\u2019s owner reopened it on Monday."
    assert event.start == "2021-06-07"
