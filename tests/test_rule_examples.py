"""Every example written in the rule files is an executable test (anchored at 2019-02-21)."""

from __future__ import annotations

import pytest

from tests.conftest import ANCHOR
from timeline.engine import load_rules, parse_example
from timeline.tag import tag_text

EXAMPLES = [(rule.name, example) for rule in load_rules("en").rules for example in rule.examples]


def test_every_rule_has_an_example() -> None:
    assert [rule.name for rule in load_rules("en").rules if not rule.examples] == []


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=[f"{r}:{e[:30]}" for r, e in EXAMPLES])
def test_rule_example(rule: str, example: str) -> None:
    sentence, phrase, value = parse_example(example)
    found = [t for t in tag_text(sentence, ANCHOR) if t.text == phrase]
    assert found, f"{phrase!r} not tagged in {sentence!r}: {tag_text(sentence, ANCHOR)}"
    assert found[0].value == value


def test_every_rule_pattern_compiles() -> None:
    for rule in load_rules("en").rules:
        assert rule.regex.pattern == rule.pattern, rule.name


def test_lead_cache_is_rebuilt_when_unreadable(tmp_path, monkeypatch) -> None:
    from timeline.engine import lead_index

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    patterns = [rule.pattern for rule in load_rules("en").rules]
    first = lead_index(patterns)
    [cached] = list(tmp_path.glob("leads-*.pickle"))
    cached.write_bytes(b"not a pickle")
    again = lead_index(patterns)
    assert again.lookup("march") == first.lookup("march")
    assert cached.read_bytes() != b"not a pickle"
