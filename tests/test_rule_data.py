"""Rule data does not drift: every table, pattern and word list is used, and every name the code
reads exists (a missing one would otherwise read as empty and silently change the output)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from timeline.language.resources import load_patterns, load_tables, load_text, load_yaml, rule_files
from timeline.tag.rules import MODIFIER_TABLES

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
REFERENCE = re.compile(r"%([a-z_0-9]+)")
FILTER = re.compile(r"\|([a-z_0-9]+)")
# functions that read a resource by name
ACCESSORS = {"table", "word_list", "resource", "_words", "whole_words", "word_set", "text_pattern", "line_patterns"}


def _strings(value: object) -> list[str]:
    """Every string inside a YAML value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _code_trees() -> list[ast.AST]:
    return [ast.parse(path.read_text(encoding="utf-8")) for path in PACKAGE.rglob("*.py")]


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name_read(node: ast.AST) -> str | None:
    """The resource a piece of code reads by name: `table(language, "name")` (and the other
    accessors), `ruleset.tables["name"]`, `ruleset.normalize("name", …)`."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ACCESSORS and len(node.args) == 2:
        return _literal(node.args[1])
    if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "normalize" and node.args:
        return _literal(node.args[0])
    if isinstance(node, ast.Subscript) and getattr(node.value, "attr", None) == "tables":
        return _literal(node.slice)
    return None


def _names_read_by_code() -> set[str]:
    """The resource names the code reads."""
    return {name for tree in _code_trees() for node in ast.walk(tree) if (name := _name_read(node))}


def _rule_strings() -> list[str]:
    return [s for path in rule_files("en") for spec in load_yaml(path) or [] for s in _strings(spec)]


def _references() -> set[str]:
    """Names the rule data refers to: `%name` in patterns and `|name` filters in value templates."""
    texts = _rule_strings() + _strings(load_patterns("en")) + _strings(load_text("en"))
    return {name for text in texts for name in REFERENCE.findall(text) + FILTER.findall(text)}


@pytest.mark.parametrize("kind", ["tables", "patterns", "text"])
def test_every_resource_is_used(kind: str) -> None:
    names = {"tables": set(load_tables("en").tables), "patterns": set(load_patterns("en")),
             "text": set(load_text("en"))}[kind]
    used = _references() | _names_read_by_code() | set(MODIFIER_TABLES)
    assert sorted(names - used) == [], f"unused {kind} in timeline/rules/en: delete them or use them"


def test_every_name_the_code_reads_exists() -> None:
    available = set(load_tables("en").tables) | set(load_text("en"))
    read = _names_read_by_code() | set(MODIFIER_TABLES)
    assert read, "the accessor scan found nothing: has timeline.language.resources changed?"
    assert sorted(read - available) == []


def test_the_scan_finds_what_the_code_reads() -> None:
    """The scan sees each way the code reads a resource (so the two tests above can fail)."""
    assert {"forward_preposition", "participle_auxiliary", "stopwords", "boilerplate", "name_runs", "number",
            "ordinal"} <= _names_read_by_code()


def test_an_unknown_resource_is_an_error_not_an_empty_default() -> None:
    from timeline.errors import RuleError
    from timeline.language.resources import table, word_list

    with pytest.raises(RuleError, match="not_a_table"):
        table("en", "not_a_table")
    with pytest.raises(RuleError, match="no_such_words"):
        word_list("en", "no_such_words")


@pytest.mark.parametrize("spec", [{"type": "DATES"},
                                  {"type": "DATE", "context": [{"if": "x", "value": "Y", "type": "day"}]}])
def test_a_rule_of_no_timex3_type_is_refused_as_rules_load(spec: dict[str, object]) -> None:
    """The tagger makes its expressions without validating them, so a rule's types are checked here."""
    from timeline.errors import RuleError
    from timeline.tag.rules import _compile_rule

    with pytest.raises(RuleError, match="is none of DATE, TIME, DURATION, SET"):
        _compile_rule({"name": "bad", "pattern": "never", "value": "X", **spec}, {}, 0, "test.yaml")


def test_a_rule_name_defined_twice_is_refused_as_rules_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule's name is what the output says tagged an expression, and how its examples find its genres."""
    import timeline.tag.rules as rules
    from timeline.errors import RuleError

    real = rules.language_file

    def twice(language: str, name: str) -> object:
        specs = real(language, name)
        return [*specs, specs[0]] if name == rule_files(language)[-1].name and specs else specs

    monkeypatch.setattr(rules, "language_file", twice)
    rules.load_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match="is already defined in"):
            rules.load_rules("en", "news")
    finally:
        rules.load_rules.cache_clear()
