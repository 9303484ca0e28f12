"""The tagger's fast paths give exactly what the patterns they replace gave (issue 18: the tagger
was made faster with identical output)."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from timeline.language.resources import word_list
from timeline.language.sentences import (
    LINE,
    WORD_BEFORE,
    WORD_END,
    _run_in_starts,
    _word_before_period,
    line_spans,
)
from timeline.language.trie import alternation
from timeline.tag.leads import ASCII_DIGITS, ASCII_FOLD, DIGITS, SPACE, fold_behind, fold_once, pattern_behind
from timeline.tag.match import ASCII_SPACES_OR_HYPHEN, ASCII_WORD_CHARS, LAST_WORD, _last_word
from timeline.tag.tense import CLAUSE_BREAK
from timeline.tag.tense_words import word_before

# characters where the classes of `\w`, `\s` and case differ in ways worth trying
PIECES = ["\r", "\x0b", "a", "Z", "_", "7", "é", "٣", " ", "\n", "\t", "\u2003", "\x1c", "\x85", "\u00a0", "-",
          " - ", ".", ",", '"', "”", "Σ", "ſ", "İ", "The", "An", "A", "It", "plan", "and", "as", "which", "between"]
texts = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


def _windows(text: str, data: st.DataObject) -> tuple[int, int]:
    end = data.draw(st.integers(0, len(text)))
    return data.draw(st.integers(0, end)), end


@given(st.text(max_size=14))
def test_fold_behind_is_fold_once_with_every_space_character_a_space(text: str) -> None:
    assert fold_behind(text) == SPACE.sub(" ", fold_once(text))


@given(st.sampled_from(["in ", "in\t", "in\n", "in\u00a0", "IN\r"]))
def test_a_lookbehind_on_spaces_holds_its_tails_before_any_space_character(before: str) -> None:
    # The pre-check may let through more than the pattern does, never less: \s is any space.
    tails = pattern_behind(r"(?<=\bin\s)\d\d")
    assert tails is not None and fold_behind(before).endswith(tails)


@given(texts, st.data())
def test_the_word_before_a_position_is_what_the_pattern_found(text: str, data: st.DataObject) -> None:
    floor, position = _windows(text, data)
    found = re.compile(r"(\w+)\s+$").search(text, floor, position)
    assert word_before(text, floor, position) == ((found.start(1), found.group(1)) if found else
                                                  (word_before(text, floor, position)[0], ""))


def test_str_methods_class_every_character_as_the_pattern_does() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert re.findall(r"\s", every) == [char for char in every if char.isspace()]
    assert re.findall(r"\w", every) == [char for char in every if char.isalnum() or char == "_"]


@given(texts, st.data())
def test_run_in_starts_are_those_of_the_spaces_pattern(text: str, data: st.DataObject) -> None:
    start, end = _windows(text, data)
    openers = alternation(word_list("en", "run_in_openers"))
    spaces = re.compile(rf"(?<=[a-z0-9\"”])\s+(?=(?-i:{openers})\s+[a-z0-9])")
    not_after = frozenset(word_list("en", "run_in_not_after"))
    expected = []
    for found in spaces.finditer(text, start, end):
        before = WORD_END.search(text, max(start, found.start() - 24), found.start())
        if before is not None and before.group().lower() not in not_after:
            expected.append(found.end())
    assert _run_in_starts(text, start, end, "en") == expected


@given(texts, st.data())
def test_clause_breaks_are_those_of_the_plain_pattern(text: str, data: st.DataObject) -> None:
    start, _ = _windows(text, data)
    plain = re.compile(r"[,;:–—]|\s-\s|\b(?:and|but|or|after|before|when|while|because|as|that|which|who)\b")
    assert [(m.start(), m.group()) for m in CLAUSE_BREAK.finditer(text, start)] == \
        [(m.start(), m.group()) for m in plain.finditer(text, start)]


@given(st.text(max_size=14))
def test_fold_once_folds_as_str_translation(text: str) -> None:
    lowered = text.translate(ASCII_FOLD).lower()
    assert fold_once(text) == (lowered.translate(ASCII_DIGITS) if lowered.isascii() else DIGITS.sub("0", lowered))


@given(texts, st.data())
def test_the_last_word_of_a_window_is_what_the_reverse_pattern_found(text: str, data: st.DataObject) -> None:
    start, end = _windows(text, data)
    found = LAST_WORD.search(text, start, end)
    assert _last_word(text, start, end) == (found.group(1) if found else None)


def test_ascii_classes_of_the_regex_module_are_those_the_last_word_reads() -> None:
    ascii_chars = "".join(map(chr, range(128)))
    assert set(regex.findall(r"\w", ascii_chars)) == ASCII_WORD_CHARS
    assert set(regex.findall(r"[\s-]", ascii_chars)) == ASCII_SPACES_OR_HYPHEN


@given(texts.map(lambda text: text.replace("Z", ".")), st.data())
def test_the_word_a_period_ends_is_what_the_pattern_found(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    found = WORD_BEFORE.search(text, max(0, end - 12), end)
    assert _word_before_period(text, end) == (found.group(1) if found else None)


@given(st.lists(st.sampled_from(["a", "Ab", " ", "\n", "\r", ".", "A.", "\nAB)", "\n\n", "\u2028", "\x0b"]),
                max_size=16).map("".join))
def test_line_spans_are_those_of_the_line_pattern(text: str) -> None:
    assert line_spans(text) == [line.span() for line in LINE.finditer(text)]
