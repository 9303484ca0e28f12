"""Sentences: where each sentence and line of a text starts and ends (abbreviations from the language data)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.language.compiled import compile_kept
from timeline.language.resources import word_list
from timeline.language.trie import alternation

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
# whitespace and an opening capital, digit or quote; a line break always ends one.
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])(?!\n[A-Z]{1,3}\))")
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
WORD_END = re.compile(r"\w+(?=[\"”]?$)")  # the last word (before a closing quote)
# A line; a page saved one sentence a line breaks lines inside a stock ticker ("(IPF.\nL)") or after a
# clock before its zone ("(Update 1:34 p.m. in Cairo, 6:34 am.\nET) …"), which stays one line.
CARRIED_ON = re.compile(r"\.\n[A-Z]{1,3}\)")  # where LINE may carry a line on (searched by its literal ".\n")
LINE = re.compile(r"[^\r\n]+(?:(?<=[A-Za-z]\.)\n(?=[A-Z]{1,3}\))[^\r\n]+)*")


@lru_cache(maxsize=4)
def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(word_list(language, "abbreviations"))


INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
LETTERS_OR_PERIOD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _word_before_period(text: str, end: int) -> str | None:
    """The word a period at text[end-1] ends (WORD_BEFORE's group in the 12 characters before
    `end`), or None: read backwards over ASCII letters and periods (a search tried every start)."""
    floor = max(0, end - 12)
    if end <= floor or text[end - 1] != ".":
        found = WORD_BEFORE.search(text, floor, end)
        return found.group(1) if found else None
    first = end - 1
    while first > floor and text[first - 1] in LETTERS_OR_PERIOD:
        first -= 1
    while first < end - 1 and text[first] == ".":
        first += 1  # the word starts at a letter
    return text[first:end - 1] if first < end - 1 else None


def _closes_abbreviation(text: str, end: int, abbreviations: frozenset[str]) -> bool:
    """True when the period at text[end-1] closes an abbreviation such as `Mr.` or `U.S.`."""
    word = _word_before_period(text, end)
    if word is None:
        return False
    if len(word) == 1 and text[max(0, end - 3):end - 2].isdigit():
        return False  # the plural of a number ("in the 1990s.", "in their 20s.") is no initial
    if len(word) == 1 and text[max(0, end - 3):end - 2] in "'’" and end >= 3:
        return False  # a possessive's s ("belonged to St Ebba's.", "met at Rosa's.") is no initial
    # a name's initials ("Minister R.K. Venkataraman", "J.R.R. Tolkien") are one abbreviation
    return word.lower() in abbreviations or (len(word) == 1 and word.isalpha()) or INITIALS.fullmatch(word) is not None


@lru_cache(maxsize=4)
def _after_abbreviation(language: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """Abbreviations that may end a sentence ("10 p.m.", "the U.S."), and the words that then open the next."""
    openers = alternation(word_list(language, "sentence_openers"))
    return frozenset(word_list(language, "final_abbreviations")), compile_kept(rf"\s+[\"“‘(]*(?:{openers})\b")


def _ends_sentence_after_abbreviation(text: str, end: int, language: str) -> bool:
    """True when an abbreviation that may end a sentence is followed by a word that opens one:
    "The blast came at 10 p.m. The next morning …" is two sentences."""
    finals, opener = _after_abbreviation(language)
    word = _word_before_period(text, end)
    # (a name's initials may end one too: "moved to Washington, D.C. The city …")
    return word is not None and (word.lower() in finals or INITIALS.fullmatch(word) is not None) and \
        opener.match(text, end) is not None


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding whitespace; lines split sentences."""
    spans: list[tuple[int, int]] = []
    for line in LINE.finditer(text):
        spans.extend(line_sentence_spans(text, line.start(), line.end(), language))
    return spans


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of text (no sentence runs over a line end)."""
    if "\r" in text or CARRIED_ON.search(text):  # a carriage return, or perhaps a line LINE carries on
        return [line.span() for line in LINE.finditer(text)]
    spans = []  # (LINE's lines: the text's non-empty pieces between newlines, cut in C by str.split)
    start = 0
    for line in text.split("\n"):
        if line:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


@lru_cache(maxsize=4)
def _run_in(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """Where a run-in sentence starts (`run_in_openers`), and the words it never starts after."""
    openers = alternation(word_list(language, "run_in_openers"))
    # The opener is searched first: its capital is rare inside a line, so the search skips in C
    # what no opener starts with (a search for the spaces before it stopped at every space).
    return compile_kept(rf"(?:{openers})\s+[a-z0-9]"), frozenset(word_list(language, "run_in_not_after"))


# after a word, or after a quote closed without a stop ('… in the autumn" The virus …': the word
# before the quote is checked with the words it never starts after)
RUN_IN_AFTER = frozenset('abcdefghijklmnopqrstuvwxyz0123456789"”')


STAMP_ONLY = re.compile(r"[\d.:]+")  # what a line holds before an opener when it opens with a clock stamp


def _run_in_starts(text: str, start: int, end: int, language: str) -> list[int]:
    """Where a headline, caption or byline run into the next sentence without a stop ends: an
    opener after spaces (within the line) that follow a word or a closing quote."""
    pattern, not_after = _run_in(language)
    starts = []
    for found in pattern.finditer(text, start, end):
        opener = spaces = found.start()
        while spaces > start and text[spaces - 1].isspace():  # (what `\s` matches)
            spaces -= 1
        if spaces == opener or not spaces or text[spaces - 1] not in RUN_IN_AFTER:
            continue
        if STAMP_ONLY.fullmatch(text, start, spaces):
            continue  # a live page's stamp opening its line ("1901 The foreign minister says …") heads nothing
        before = WORD_END.search(text, max(start, spaces - 24), spaces)
        if before is not None and before.group().lower() not in not_after:
            starts.append(opener)
    return starts


def line_sentence_spans(text: str, start: int, end: int, language: str = "en") -> list[tuple[int, int]]:
    """The sentence spans of one line, text[start:end] (see `sentence_spans`)."""
    spans = _line_sentence_spans(text, start, end, language)
    runs = _run_in_starts(text, start, end, language) if spans else []
    if runs:
        spans = _cut_at(text, spans, runs)
    if end - start > MAX_SENTENCE and any(finish - begin > MAX_SENTENCE for begin, finish in spans):
        spans = _cut_at(text, spans, [cut for begin, finish in spans for cut in _long_cuts(text, begin, finish)])
    return spans


def _cut_at(text: str, spans: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """The spans cut at the positions given (in order), each piece trimmed."""
    pieces: list[tuple[int, int]] = []
    for begin, finish in spans:
        # the cuts inside this span only, found by bisection: a long line has many of both
        for cut in cuts[bisect.bisect_right(cuts, begin):bisect.bisect_left(cuts, finish)]:
            _append_trimmed(pieces, text, begin, cut)
            begin = cut
        _append_trimmed(pieces, text, begin, finish)
    return pieces


# Natural sentences stay under this many characters (99.9% of 141,637 in the corpora under 500, the
# longest 1,550); a longer run without a stop is a list, a table or a hostile text, cut into
# pieces of at most this length, so that the work done for each sentence stays bounded.
MAX_SENTENCE = 1500
CLAUSE_BREAK = re.compile(r"[;,:–—]\s")  # where a long run is cut: after a clause break …
SPACE = re.compile(r"\s")  # … else after a space


def _long_cuts(text: str, begin: int, finish: int) -> list[int]:
    """Where to cut a run longer than MAX_SENTENCE: the last clause break (else space) in the second
    half of each stretch of MAX_SENTENCE characters."""
    cuts = []
    while finish - begin > MAX_SENTENCE:
        window = text[begin + MAX_SENTENCE // 2:begin + MAX_SENTENCE]
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(window)] or [m.end() for m in SPACE.finditer(window)]
        begin = begin + MAX_SENTENCE // 2 + breaks[-1] if breaks else begin + MAX_SENTENCE
        cuts.append(begin)
    return cuts


def _line_sentence_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """The sentence spans of one line ended by punctuation."""
    spans: list[tuple[int, int]] = []
    abbreviations = _abbreviations(language)
    quoted = _has_quotes(text, start, end)  # else no quotation holds an end
    if quoted and (QuoteCount(start).open_until(text, end) or _quoted_paragraph(text, start, end)):
        quoted = False  # a quotation running on over paragraphs, or the whole line: its sentences stand apart
    line_end, quotes = end, QuoteCount(start)
    for end_match in SENTENCE_END.finditer(text, start, line_end):
        end = end_match.end()
        if end_match.group() == "." and _closes_abbreviation(text, end, abbreviations) and \
                not _ends_sentence_after_abbreviation(text, end, language):
            continue
        if quoted and quotes.open_until(text, end):
            continue  # a quotation of several sentences stays one sentence
        _append_trimmed(spans, text, start, end)
        start = end
        if quoted:
            quotes = QuoteCount(end)
    _append_trimmed(spans, text, start, line_end)
    return spans


def _quoted_paragraph(text: str, start: int, end: int) -> bool:
    """The line is one quotation, opened at its start and closed at its end, with no one said to say
    it: the last paragraph of a quotation running over several, or a letter quoted whole."""
    line = text[start:end].strip()
    return len(line) > 2 and line[0] in "\"“" and line[-1] in "\"”" and not _has_quotes(line, 1, len(line) - 1)


def _has_quotes(text: str, start: int, end: int) -> bool:
    """True when text[start:end] holds a double quotation mark (“, ” or ", those `QuoteCount` counts)."""
    return text.find("“", start, end) >= 0 or text.find("”", start, end) >= 0 or text.find('"', start, end) >= 0


@dataclass
class QuoteCount:
    """Double quotation marks counted from a sentence's start, a stretch at a time (a long
    quotation is counted once, not again at every period in it)."""

    counted_to: int
    opening: int = 0
    closing: int = 0
    straight: int = 0

    def open_until(self, text: str, end: int) -> bool:
        """True when a double quotation opened between the start and `end` has not been closed yet."""
        stretch = text[self.counted_to:end]
        self.opening += stretch.count("“")
        self.closing += stretch.count("”")
        self.straight += stretch.count('"')
        self.counted_to = end
        return self.opening > self.closing or self.straight % 2 == 1


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    kept = piece.strip()  # what `str.isspace` calls space, at both ends
    if kept:
        start += len(piece) - len(piece.lstrip())
        spans.append((start, start + len(kept)))
