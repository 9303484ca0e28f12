"""Cells of a Markdown table whose column heading is a label over dates that are no events ("|
Batch code | Manufactured | …", "| Region | Valid from | Valid to |"): page furniture, cut out so
that a row keeps its other cells. The heading words are data (`label_columns` in
`rules/<lang>/text.yaml`)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from timeline.language.resources import resource

ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$")


@lru_cache(maxsize=8)
def _label_heading(language: str) -> re.Pattern[str]:
    """A column heading that is a label: one of the words, alone or before a note in brackets."""
    words = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in resource(language, "label_columns"))
    return re.compile(rf"^\W*(?:{words})\b[^|]{{0,20}}$", re.I)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The absolute spans of a row's cells, in order, without the bars around them."""
    bars = [found.start() for found in re.finditer(r"\|", line)]
    return [(offset + a + 1, offset + b) for a, b in pairwise(bars)]


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(absolute start, text) of each line of text[start:end], empty lines included."""
    found, position = [], start
    for line in text[start:end].split("\n"):
        found.append((position, line.rstrip("\r")))
        position += len(line) + 1
    return found


def label_cells(text: str, start: int = 0, end: int | None = None, language: str = "en") -> list[tuple[int, int]]:
    """The spans of the cells under label headings in the tables of `text[start:end]`."""
    end = len(text) if end is None else end
    if "---" not in text[start:end]:
        return []
    spans: list[tuple[int, int]] = []
    labelled: set[int] = set()
    lines = _lines(text, start, end)
    for index, (offset, line) in enumerate(lines):
        if RULE.match(line) and index and ROW.match(lines[index - 1][1]):
            heading = _cells(*reversed(lines[index - 1]))
            labelled = {n for n, (a, b) in enumerate(heading) if _label_heading(language).match(text[a:b])}
        elif ROW.match(line):
            spans.extend(cell for n, cell in enumerate(_cells(line, offset)) if n in labelled)
        else:
            labelled = set()  # the table has ended
    return spans


CELL_JOIN = " · "


def row_as_text(line: str) -> str:
    """A Markdown table's row as a reader sees it: its non-empty cells joined by a middle dot
    ("| 3 Feb | Union announces ballot |" is "3 Feb · Union announces ballot"); other text as it is."""
    if not ROW.match(line) or RULE.match(line):
        return line
    cells = [line[a:b].strip() for a, b in _cells(line, 0)]
    return CELL_JOIN.join(cell for cell in cells if cell) or line
