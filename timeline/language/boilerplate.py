"""Boilerplate: the lines of a scraped page that are never events (bylines, captions, sign-up and
share lines, market-data notices, transcript cues), the page furniture glued inside lines of pages
saved without line breaks ("… Letters for publication should be sent to: …"), and where reader
comments begin.

The patterns are data (`boilerplate`, `furniture`, `comment_section` and `article_end` in
`rules/<lang>/text.yaml`); each carries examples that must match it and counter-examples that must
not, run as tests.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from functools import lru_cache

from timeline.language.compiled import compile_kept
from timeline.language.resources import resource
from timeline.language.table_cells import label_cells

LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True)
class LinePattern:
    """One boilerplate pattern with the lines that prove it (and those it must leave alone)."""

    regex: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    requires: tuple[str, ...] = ()  # one of these words must be in the lowered line for the pattern to be tried

    def may_match(self, lowered: str) -> bool:
        """Whether the pattern is worth trying on a text (given in lower case): it holds one of
        the words the pattern requires, or the pattern requires none."""
        return not self.requires or any(map(lowered.__contains__, self.requires))

    def search(self, line: str, lowered: str) -> bool:
        """True when the pattern matches the line (`lowered`: the same line in lower case)."""
        return self.may_match(lowered) and self.regex.search(line) is not None


@lru_cache(maxsize=8)
def line_patterns(language: str, name: str) -> tuple[LinePattern, ...]:
    """The patterns of one list (`boilerplate`, `furniture`, …), compiled ignoring case."""
    return tuple(LinePattern(compile_kept(spec["pattern"], re.IGNORECASE), tuple(spec.get("examples", [])),
                             tuple(spec.get("counter_examples", [])), tuple(spec.get("requires", [])))
                 for spec in resource(language, name))


def is_boilerplate(line: str, language: str = "en") -> bool:
    """True for lines that are never events: links to other stories, bylines, captions, …"""
    lowered = line.lower()
    return any(p.search(line, lowered) for p in line_patterns(language, "boilerplate"))


def furniture_spans(text: str, start: int = 0, end: int | None = None,
                    language: str = "en") -> list[tuple[int, int]]:
    """The spans of page furniture inside `text[start:end]`, in order and not overlapping: each
    pattern's match says how far the furniture runs (a segment, or to the end of its line)."""
    end = len(text) if end is None else end
    lowered = text[start:end].lower()
    return merged_spans([(match.start(), match.end())
                         for pattern in line_patterns(language, "furniture") if pattern.may_match(lowered)
                         for match in pattern.regex.finditer(text, start, end) if match.end() > match.start()]
                        + label_cells(text, start, end, language))  # ("| Manufactured |": the cells under it)


def merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, those that overlap or touch made one."""
    merged: list[tuple[int, int]] = []
    for begin, finish in sorted(spans):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], finish))
        else:
            merged.append((begin, finish))
    return merged


def comments_start(text: str, start: int = 0, language: str = "en") -> int:
    """Where reader comments begin in a page's text, else the end of the text: nothing after it is
    the article's. That is the first line that opens or heads them, or, when a line that closes an
    article ("… contributed to this report.") comes shortly before it, the line after that one:
    the first comment often comes before the first comment header."""
    patterns = line_patterns(language, "comment_section")
    before: deque[re.Match[str]] = deque(maxlen=ARTICLE_END_REACH)  # the lines read last, not the whole text's
    for line in LINE.finditer(text, start):
        lowered = line.group().lower()
        if any(p.search(line.group(), lowered) for p in patterns):
            return _after_article_end(list(before), language) or line.start()
        before.append(line)
    return len(text)


ARTICLE_END_REACH = 30  # lines before the first comment header in which an article's last line is looked for


def _after_article_end(lines: list[re.Match[str]], language: str) -> int | None:
    """Where the line after the last article-closing line among `lines` starts, if there is one."""
    patterns = line_patterns(language, "article_end")
    for line in reversed(lines):
        lowered = line.group().lower()
        if any(p.search(line.group(), lowered) for p in patterns):
            return line.end() + 1
    return None
