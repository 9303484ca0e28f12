"""Every example written in the rule files is an executable test (anchored at 2019-02-21)."""

from __future__ import annotations

import pytest

from tests.conftest import ANCHOR
from timeline.tag.rules import load_rules, parse_example
from timeline.tag.tagger import tag_text

EXAMPLES = [(rule.name, example) for rule in load_rules("en").rules for example in rule.examples]
GENRE_OF = {rule.name: min(rule.genres) if rule.genres else "auto" for rule in load_rules("en").rules}


def test_every_rule_has_an_example() -> None:
    assert [rule.name for rule in load_rules("en").rules if not rule.examples] == []


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=[f"{r}:{e[:30]}" for r, e in EXAMPLES])
def test_rule_example(rule: str, example: str) -> None:
    """The example is tagged by its rule; a rule of some genres only is tried in one of them."""
    sentence, phrase, value = parse_example(example)
    tagged = tag_text(sentence, ANCHOR, genre=GENRE_OF[rule])
    found = [t for t in tagged if t.text == phrase]
    assert found, f"{phrase!r} not tagged in {sentence!r}: {tagged}"
    assert found[0].value == value
    assert found[0].rule == rule, f"{phrase!r} is matched by {found[0].rule}, not by its own rule {rule}"


def test_every_rule_pattern_compiles() -> None:
    for rule in load_rules("en").rules:
        assert rule.regex.pattern == rule.pattern, rule.name


def test_lead_cache_is_rebuilt_when_unreadable(tmp_path, monkeypatch) -> None:
    from timeline.tag.rules import lead_index

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    patterns = [rule.pattern for rule in load_rules("en").rules]
    first = lead_index(patterns)
    [cached] = list(tmp_path.glob("leads-*.pickle"))
    cached.write_bytes(b"not a pickle")
    again = lead_index(patterns)
    assert again.lookup("march") == first.lookup("march")
    assert cached.read_bytes() != b"not a pickle"


def test_lookbehinds_of_several_widths_are_split_for_the_standard_module() -> None:
    from timeline.tag.standard_form import split_lookbehinds as _split_lookbehinds

    assert _split_lookbehinds(r"(?<=in |by |from )x") == r"(?:(?<=in |by )|(?<=from ))x"
    assert _split_lookbehinds(r"(?<!\b(?:Man|Good)\s)x") == r"(?<!\bMan\s)(?<!\bGood\s)x"
    # alternatives of one width stay in one lookbehind (one step back for all of them)
    assert _split_lookbehinds(r"(?<!\b(?:Man|Good|Boy)\s)x") == r"(?<!\b(?:Man|Boy)\s)(?<!\bGood\s)x"
    assert _split_lookbehinds(r"(?<=in |by )x") == r"(?<=in |by )x"  # one width: as it is
    assert _split_lookbehinds(r"(?<![|,])(?<!(?<!\bmid)-)x") == r"(?<![|,])(?<!(?<!\bmid)-)x"  # one width each


def test_only_the_known_rules_need_the_slower_regex_module() -> None:
    """Every rule the standard module can take is matched by it (several times faster); a lookbehind
    with an optional part inside ("(?<=at\\s(?:about\\s)?)") is not split and would push a rule to
    the regex module: write its phrases as a flat alternation ("(?<=\\b(?:at|at\\sabout)\\s)")."""
    assert [rule.name for rule in load_rules("en").rules if rule.standard is None] == [
        "month_alone", "informal_weekday_after_opener", "nth_day_of_the_story_s_event", "per_unit", "clock_dotted"]


@pytest.mark.parametrize("text", ["Girl Friday left on Friday.", "He spoke in 1776 and by 1780.",
                                  "it will two years", "for years, since the spring, early-summer"])
def test_split_lookbehinds_match_as_the_regex_module_does(text: str) -> None:
    for rule in load_rules("en").rules:
        if rule.standard is not None:
            assert [m.span() for m in rule.standard.finditer(text)] == \
                [m.span() for m in rule.regex.finditer(text)], rule.name


def test_ascii_cases_beyond_are_those_of_the_standard_module() -> None:
    """The characters beyond ASCII that the standard module takes for an ASCII letter ignoring
    case are the four that `ascii_pattern` keeps a rule's pattern from re.ASCII for."""
    import re
    import sys

    from timeline.tag.standard_form import ASCII_CASES_BEYOND, ascii_pattern

    letters = re.compile("[a-z]", re.IGNORECASE)
    assert {code for code in range(128, sys.maxunicode + 1) if letters.match(chr(code))} == ASCII_CASES_BEYOND
    assert ascii_pattern(r"(?<![\w])\u017funday") is None  # "ſunday" would match "Sunday" ignoring case
    assert ascii_pattern(r"(?<![\w])sunday") is not None


@pytest.mark.parametrize("text", ["Girl Friday left on Friday.", "He spoke in 1776 and by 1780, at 3 PM.",
                                  "SUNDAY 3 March 2019; the 2nd QUARTER", "dinner at 8 for drinks, open 9-5 daily"])
def test_ascii_patterns_match_as_the_standard_module_does(text: str) -> None:
    for rule in load_rules("en").rules:
        if rule.ascii is not None:
            assert [m.span() for m in rule.ascii.finditer(text)] == \
                [m.span() for m in rule.standard.finditer(text)], rule.name


def test_table_tries_match_as_the_listed_keys_do() -> None:
    """Every table as a trie finds, at every place of a text of its own keys, what the list finds."""
    import regex

    from timeline.tag.rules import _listed_alternation, _table_alternation

    tables = load_rules("en").tables
    for name, table in tables.items():
        keys = list(table)
        text = "  ".join(keys) + " " + " ".join(key.upper() + "s" for key in keys) + " " + " ".join(keys[::-1])
        trie = regex.compile(rf"(?:{_table_alternation(keys, {'may'})})(?!\w)", regex.IGNORECASE)
        listed = regex.compile(rf"(?:{_listed_alternation(keys, {'may'})})(?!\w)", regex.IGNORECASE)
        for start in range(len(text)):
            found, expected = trie.match(text, start), listed.match(text, start)
            assert (found and found.span()) == (expected and expected.span()), (name, text[start:start + 20])
