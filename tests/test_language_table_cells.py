"""A Markdown table's row as an event's text, and the label cells left out of dating
(timeline/language/table_cells.py)."""

from __future__ import annotations

import pytest

from timeline.language.table_cells import label_cells, row_as_text


@pytest.mark.parametrize(("line", "shown"), [
    ("| 3 Feb | Union announces ballot |", "3 Feb · Union announces ballot"),
    ("| Esplanade, Beach Road | 5.30am |  | 12.30pm |", "Esplanade, Beach Road · 5.30am · 12.30pm"),
    ("|---|---|", "|---|---|"),
    ("The union announced a ballot on 3 Feb.", "The union announced a ballot on 3 Feb."),
    ("Prices rose 3% | Markets", "Prices rose 3% | Markets"),
])
def test_a_table_row_reads_as_its_cells(line: str, shown: str) -> None:
    assert row_as_text(line) == shown


def test_dates_under_a_label_heading_are_furniture() -> None:
    text = "| Batch code | Best before |\n|---|---|\n| AB12 | 3 March 2026 |\n"
    assert [text[a:b].strip() for a, b in label_cells(text)] == ["3 March 2026"]
