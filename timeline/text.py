"""Plain-text helpers shared by the stages: sentence spans and tense cues (driven by rule data)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from timeline.engine import load_rules

Tense = Literal["past", "present", "future"]

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
# whitespace and an opening capital, digit or quote; a line break always ends one.
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])")
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@lru_cache(maxsize=4)
def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(load_rules(language).text.get("abbreviations", []))


def _is_abbreviation(text: str, end: int, language: str) -> bool:
    """True when the period at text[end-1] closes an abbreviation such as `Mr.` or `U.S.`."""
    found = WORD_BEFORE.search(text, max(0, end - 12), end)
    if not found:
        return False
    word = found.group(1).lower()
    return word in _abbreviations(language) or (len(word) == 1 and word.isalpha())


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding whitespace; lines split sentences."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\r\n]+", text):
        start = line.start()
        for end_match in SENTENCE_END.finditer(text, line.start(), line.end()):
            end = end_match.end()
            if end_match.group().startswith(".") and len(end_match.group()) == 1 and \
                    _is_abbreviation(text, end, language):
                continue
            if _quote_open(text[start:end]):
                continue  # a quotation of several sentences stays one sentence
            _append_trimmed(spans, text, start, end)
            start = end
        _append_trimmed(spans, text, start, line.end())
    return spans


def _quote_open(span: str) -> bool:
    """True when a double quotation opened in the span has not been closed yet."""
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@lru_cache(maxsize=4)
def _tense_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_rules(language).text

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    future = re.compile(rf"(?<![\w])(?:{alternation(data.get('future_cues', []))})(?![\w])", re.I)
    suffix = re.escape(data.get("past_suffix", "ed"))
    past = re.compile(rf"(?<![\w])(?:{alternation(data.get('past_cues', []))}|[a-z]{{3,}}{suffix})(?![\w])", re.I)
    return future, past


def tense_near(text: str, sentence: tuple[int, int], start: int, end: int, language: str = "en") -> Tense | None:
    """Tense of the cue word nearest to text[start:end] within its sentence (future wins ties).

    The nearest verb governs a time expression far more often than the first one of a long
    sentence ("X said Friday it will ..." dates Friday by "said", not by "will").
    """
    future, past = _tense_patterns(language)
    best: tuple[int, int, Tense] | None = None
    for rank, tense, pattern in ((0, "future", future), (1, "past", past)):
        for found in pattern.finditer(text, sentence[0], sentence[1]):
            if found.start() < end and start < found.end():
                continue  # a cue inside the expression itself ("ago", "earlier") is not the verb
            distance = start - found.end() if found.end() <= start else found.start() - end
            candidate = (distance, rank, tense)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else None


def tense_of(clause: str, language: str = "en") -> Tense | None:
    """Rough tense of a clause from cue words: future cues win over past ones."""
    future, past = _tense_patterns(language)
    if future.search(clause):
        return "future"
    if past.search(clause):
        return "past"
    return None
