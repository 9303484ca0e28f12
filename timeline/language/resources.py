"""A language's resources as data: word lists (`text.yaml`), tables and named patterns, read from
`timeline/rules/<lang>/` without compiling any rule, so every stage can use them cheaply."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

import timeline.rules
from timeline.derived import digest, read_derived, write_derived
from timeline.errors import RuleError
from timeline.language.trie import alternation

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: rules load 20x faster
RESOURCE_FILES = ("tables.yaml", "patterns.yaml", "text.yaml")  # every other YAML file holds rules


class Tables(NamedTuple):
    """A language's tables (lower-case key -> normalized value) and the keys matched case-sensitively."""

    tables: dict[str, dict[str, str]]
    case_sensitive: frozenset[str]


def rules_dir(language: str = "en") -> Path:
    """Folder that holds the shipped rule files of a language (the package's own folder, what
    importlib.resources gives for it, without importing zipfile for its readers)."""
    return Path(timeline.rules.__file__).parent / language


def load_yaml(path: Path) -> Any:
    """One rule or resource file, parsed safely; a syntax error is a RuleError naming the file."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)  # a safe loader
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: {exc}") from exc


@lru_cache(maxsize=8)
def _file_contents(language: str) -> tuple[dict[str, bytes], str]:
    """Every YAML file of a language by name, and a hash of their names and bytes (and of the
    parser): what is derived from the language's data is kept under it."""
    contents = {path.name: path.read_bytes() for path in sorted(rules_dir(language).glob("*.yaml"))}
    return contents, digest(yaml.__version__, YAML_LOADER.__name__,
                            *(f"{file}\0".encode() + data for file, data in contents.items()))


def data_digest(language: str) -> str:
    """A hash of a language's rule and resource files (see `_file_contents`)."""
    return _file_contents(language)[1]


@lru_cache(maxsize=8)
def _parsed_files(language: str) -> dict[str, Any]:
    """Every YAML file of a language, parsed, by file name: kept between runs (parsing them takes
    longer than reading a pickle) under a hash of their names and bytes."""
    contents, hashed = _file_contents(language)
    parsed = read_derived(f"yaml-{hashed}.pickle", dict)
    if parsed is None or set(parsed) != set(contents):
        parsed = {file: load_yaml(rules_dir(language) / file) for file in contents}
        write_derived(f"yaml-{hashed}.pickle", parsed)
    return parsed


def language_file(language: str, name: str) -> Any:
    """One YAML file of a language (`tables.yaml`, a rule file …), parsed; None when it is empty."""
    return _parsed_files(language)[name]


def rule_files(language: str = "en") -> list[Path]:
    """The files of a language that hold rules, in the order their rules are tried."""
    return [path for path in sorted(rules_dir(language).glob("*.yaml")) if path.name not in RESOURCE_FILES]


@lru_cache(maxsize=8)
def load_tables(language: str = "en") -> Tables:
    """A language's tables, keys and values as text."""
    data = dict(language_file(language, "tables.yaml") or {})
    case_sensitive = frozenset(data.pop("case_sensitive", []))
    return Tables({name: {str(k): str(v) for k, v in table.items()} for name, table in data.items()}, case_sensitive)


@lru_cache(maxsize=8)
def load_patterns(language: str = "en") -> dict[str, Any]:
    """A language's named patterns (`%name` in rules)."""
    return language_file(language, "patterns.yaml") or {}


@lru_cache(maxsize=8)
def load_text(language: str = "en") -> dict[str, Any]:
    """A language's text resources: word lists for sentences, tense, events and merging."""
    return _parsed_files(language).get("text.yaml") or {}


def resource(language: str, name: str) -> Any:
    """One text resource by name; a name the language's data lacks is a RuleError, never an empty default."""
    try:
        return load_text(language)[name]
    except KeyError:
        raise RuleError(f"{language}/text.yaml has no {name!r}") from None


def word_list(language: str, name: str) -> list[str]:
    """One word list of the text resources."""
    return list(resource(language, name))


def table(language: str, name: str) -> dict[str, str]:
    """One table by name (lower-case key -> value); a missing table is a RuleError."""
    try:
        return load_tables(language).tables[name]
    except KeyError:
        raise RuleError(f"{language}/tables.yaml has no table {name!r}") from None


def past_forms(language: str) -> list[str]:
    """Past-tense cue words: the regular list and the irregular verbs."""
    return [*word_list(language, "past_cues"), *word_list(language, "irregular_past")]


def future_cue_source(language: str) -> str:
    """The future cue words as a pattern, whole words only; a modal before "have" is none ("should
    have done so by June 12" tells the past): one lookahead per modal, each of a fixed width."""
    modals = word_list(language, "modal_perfects")
    guard = "".join(rf"(?!(?<={re.escape(modal)})\s+(?:have|['’]ve)\b)" for modal in modals)
    return rf"(?<![\w'’])(?:{alternation(word_list(language, 'future_cues'))})(?![\w]){guard}"
