"""Boilerplate: the lines of a scraped page that are never events (bylines, captions, sign-up and
share lines, market-data notices, transcript cues) and where reader comments begin.

The patterns are data (`boilerplate` and `comment_section` in `rules/<lang>/text.yaml`); each
carries examples that must match it and counter-examples that must not, run as tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.language.compiled import compile_kept
from timeline.language.resources import resource

LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True)
class LinePattern:
    """One boilerplate pattern with the lines that prove it (and those it must leave alone)."""

    regex: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    requires: tuple[str, ...] = ()  # one of these words must be in the lowered line for the pattern to be tried

    def search(self, line: str, lowered: str) -> bool:
        """True when the pattern matches the line (`lowered`: the same line in lower case)."""
        if self.requires and not any(word in lowered for word in self.requires):
            return False
        return self.regex.search(line) is not None


@lru_cache(maxsize=8)
def line_patterns(language: str, name: str) -> tuple[LinePattern, ...]:
    """The patterns of one list (`boilerplate` or `comment_section`), compiled ignoring case."""
    return tuple(LinePattern(compile_kept(spec["pattern"], re.IGNORECASE), tuple(spec.get("examples", [])),
                             tuple(spec.get("counter_examples", [])), tuple(spec.get("requires", [])))
                 for spec in resource(language, name))


def is_boilerplate(line: str, language: str = "en") -> bool:
    """True for lines that are never events: links to other stories, bylines, captions, …"""
    lowered = line.lower()
    return any(p.search(line, lowered) for p in line_patterns(language, "boilerplate"))


def comments_start(text: str, start: int = 0, language: str = "en") -> int:
    """Where reader comments begin in a page's text (the first line that opens or heads them),
    else the end of the text: nothing after it is the article's."""
    patterns = line_patterns(language, "comment_section")
    for line in LINE.finditer(text, start):
        lowered = line.group().lower()
        if any(p.search(line.group(), lowered) for p in patterns):
            return line.start()
    return len(text)
