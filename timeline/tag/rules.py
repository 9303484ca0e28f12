"""A small engine for rule data: loads a language's tables, patterns and rules, and finds matches.

Rules are data (``timeline/rules/<lang>/*.yaml``). A rule has a regular expression in which
``%name`` refers to a table (alternation of its keys) or a named pattern, a TIMEX3 type, and a
value template such as ``{y}-{m|month}-{d|2d}`` or an underspecified value (``REF day -1``) that
`timeline.tag.anchor` resolves later. Matching and resolving are two separate steps, as in HeidelTime.
"""

from __future__ import annotations

import re as standard_re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex as re

from timeline.derived import digest, read_derived, write_derived
from timeline.errors import RuleError
from timeline.language.compiled import compile_kept_regex, lazy_regex
from timeline.language.resources import (
    data_digest,
    language_file,
    load_patterns,
    load_tables,
    load_text,
    resource,
    rule_files,
)
from timeline.language.trie import build_trie, trie_pattern
from timeline.models import TIMEX_TYPES
from timeline.tag.lead_index import LeadIndex
from timeline.tag.leads import fold
from timeline.tag.standard_form import ascii_pattern, regex_pattern, standard_pattern

# Tables of words that, just before (or after) a match of the given types, belong to the
# expression and set its mod: "early [March]", "nearly [two years]", "[a year] or so".
MODIFIER_TABLES = {
    "mod_before_point": ("before", frozenset({"DATE", "TIME"})),
    "mod_before_amount": ("before", frozenset({"DATE", "TIME", "DURATION"})),
    "mod_before_duration": ("before", frozenset({"DURATION"})),
    "mod_after_amount": ("after", frozenset({"DURATION"})),
    "mod_after_point": ("after", frozenset({"DATE"})),
}
REFERENCE = lazy_regex(r"%([a-z_0-9]+)")
EXAMPLE_SPLIT = lazy_regex(r"\s*=>\s*")


@dataclass(frozen=True)
class Alternative:
    """A value a rule takes instead when its sentence matches `when` (and not `unless`)."""

    when: re.Pattern[str]
    unless: re.Pattern[str] | None
    value: str
    type: str | None = None

    def applies(self, sentence: str) -> bool:
        """True when the sentence selects this value."""
        return bool(self.when.search(sentence)) and not (self.unless and self.unless.search(sentence))


@dataclass(frozen=True)
class Rule:
    """One rule: its pattern (compiled on first use) and the templates that normalize its match."""

    name: str
    pattern: str
    type: str
    value: str
    mod: str | None = None
    freq: str | None = None
    quant: str | None = None
    interval: str | None = None
    examples: tuple[str, ...] = ()
    order: int = 0
    alternatives: tuple[Alternative, ...] = ()
    priority: int = 0
    requires: re.Pattern[str] | None = None  # the rule tags only in a sentence that holds this
    genres: frozenset[str] = frozenset()  # the genres the rule tags in (empty: every genre)

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern (the regex module)."""
        return regex_pattern(self.pattern)

    @property
    def standard(self) -> standard_re.Pattern[str] | None:
        """The same pattern in the standard module, which matches faster, if it takes it."""
        return standard_pattern(self.pattern)

    @property
    def ascii(self) -> standard_re.Pattern[str] | None:
        """The standard module's pattern for ASCII text, faster still, if it matches alike there."""
        return ascii_pattern(self.pattern)




@dataclass(slots=True)  # not frozen: a frozen dataclass sets every field through a slow path, per match
class Match:
    """A raw rule match before anchoring: span, type and an underspecified value (not changed
    once made: `dataclasses.replace` makes a new one)."""

    start: int
    end: int
    rule: Rule
    value: str
    mod: str | None
    freq: str | None
    quant: str | None
    interval: str | None
    alternatives: tuple[tuple[Alternative, str], ...] = ()

    def allowed(self, sentence: str, known: dict[int, bool] | None = None) -> bool:
        """False when the rule requires words its sentence lacks (`known`: as for `choose`)."""
        requires = self.rule.requires
        if requires is None:
            return True
        known = {} if known is None else known
        if id(requires) not in known:
            known[id(requires)] = requires.search(sentence) is not None
        return known[id(requires)]

    def choose(self, sentence: str, known: dict[int, bool] | None = None) -> tuple[str, str]:
        """(type, value template) for the sentence the match is in; `known` remembers, for one
        sentence, which alternatives it selects (a long sentence is searched once per alternative)."""
        known = {} if known is None else known
        for alternative, value in self.alternatives:
            key = id(alternative)
            if key not in known:
                known[key] = alternative.applies(sentence)
            if known[key]:
                return alternative.type or self.rule.type, value
        return self.rule.type, self.value


@dataclass(frozen=True)
class Modifier:
    """Words that extend a match of some types on one side and give it a mod."""

    table: str
    side: str
    types: frozenset[str]
    regex: re.Pattern[str]
    edge_words: frozenset[str] = frozenset()  # the words next to the match: the last (before) or first (after)
    not_after: re.Pattern[str] | None = None  # what a prefix may not follow, ending where it starts


# The filled templates of a match: value, mod, freq, quant, interval and the alternatives' values.
Filled = tuple[str, "str | None", "str | None", "str | None", "str | None", tuple[tuple[Alternative, str], ...]]


@dataclass
class RuleSet:
    """Everything a language needs: tables, text resources and rules in priority order."""

    language: str
    tables: dict[str, dict[str, str]]
    text: dict[str, Any]
    rules: list[Rule] = field(default_factory=list)
    modifiers: list[Modifier] = field(default_factory=list)
    leads: LeadIndex = field(default_factory=lambda: LeadIndex.build([]))
    # Each rule's match function, by how the text is read ("ascii", or whether it reads alike in
    # both regex modules: see `timeline.tag.match`), filled on first use so that a rule is
    # compiled only when a text needs it.
    matchers: dict[bool | str, list[Any]] = field(default_factory=dict)
    # What each rule's templates give for the groups of a match (see `_make_match`).
    filled: dict[tuple[int, tuple[str | None, ...]], Filled | None] = field(default_factory=dict)
    modifiers_by_type: dict[str, tuple[Modifier, ...]] = field(default_factory=dict)
    # Rules whose matches in a row of `least` or more, with only spaces between them, are a list
    # (the text resources' `name_runs`, read once with the rules).
    name_runs: tuple[frozenset[str], int] | None = None
    written_for: frozenset[str] = frozenset()  # the genres some rule of the language is written for

    def modifiers_of(self, kind: str) -> tuple[Modifier, ...]:
        """The modifiers that apply to matches of a type, in order."""
        found = self.modifiers_by_type.get(kind)
        if found is None:
            found = self.modifiers_by_type[kind] = tuple(m for m in self.modifiers if kind in m.types)
        return found

    def normalize(self, table: str, word: str) -> str:
        """Look a matched word up in a table (case- and period-insensitive)."""
        key = " ".join(word.lower().replace(".", "").split())
        try:
            return self.tables[table][key]
        except KeyError as exc:
            raise RuleError(f"table {table!r} has no entry for {word!r}") from exc


def _table_alternation(keys: list[str], case_sensitive: set[str]) -> str:
    """Regex alternation for table keys, longest first.

    The keys that ignore case are written as a trie (shared beginnings factored out, and each
    longer key tried before the one it extends), which matches as the plain list, longest first,
    does: keys that match at one place are prefixes of one another, and both try them from the
    longest down. A failing attempt then costs a step per character, not one per key. The list is
    kept when a case-sensitive key is a prefix of another key or extends one.
    """
    folded = [key.lower() for key in keys]
    if any(key != other and (key.startswith(other) or other.startswith(key))
           for key in (k.lower() for k in case_sensitive if k in keys) for other in folded):
        return _listed_alternation(keys, case_sensitive)
    parts = [_listed_alternation([key], case_sensitive)[3:-1]
             for key in sorted((k for k in keys if k in case_sensitive), key=lambda k: (-len(k), k))]
    plain = [key for key in keys if key not in case_sensitive]
    if plain:
        parts.append(_key_trie(plain))
    return "(?:" + "|".join(parts) + ")"


def _listed_alternation(keys: list[str], case_sensitive: set[str]) -> str:
    """Regex alternation for table keys, listed longest first."""
    parts = []
    for key in sorted(keys, key=lambda k: (-len(k), k)):
        body = re.escape(key).replace(r"\ ", r"\s+")
        if key in case_sensitive:
            parts.append(f"(?-i:{body.capitalize()}|{body.upper()})")
        else:
            parts.append(body)
    return "(?:" + "|".join(parts) + ")"


def _key_trie(keys: list[str]) -> str:
    """Keys as a trie pattern: at each character the longer keys first, then the key that ends there."""
    return trie_pattern(build_trie(keys), lambda char: r"\s+" if char == " " else re.escape(char))


def _expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    """Replace %name references by their fragments, recursively."""
    if depth > 10:
        raise RuleError(f"pattern references nest too deeply: {pattern}")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise RuleError(f"unknown pattern reference %{name}")
        return _expand(fragments[name], fragments, depth + 1)

    return REFERENCE.sub(replace, pattern)


def _fragments(tables: dict[str, dict[str, str]], patterns: dict[str, list[str]],
               case_sensitive: set[str]) -> dict[str, str]:
    fragments = {name: _table_alternation(list(table), case_sensitive) for name, table in tables.items()}
    for name, alternatives in patterns.items():
        fragments[name] = "(?:" + "|".join(str(a) for a in alternatives) + ")"
    return fragments


def _kept_fragments(language: str) -> dict[str, str]:
    """The fragments of a language's rules, kept between runs under the hash of its data and of
    the code that makes them (turning the tables into tries takes a one-article build some ms)."""
    import timeline.language.trie

    name = "fragments-" + digest(data_digest(language), Path(__file__).read_bytes(),
                                 Path(timeline.language.trie.__file__).read_bytes()) + ".pickle"
    kept = read_derived(name, dict)
    if kept is not None:
        return kept
    tables, case_sensitive = load_tables(language)
    fragments = _fragments(tables, load_patterns(language), set(case_sensitive))
    write_derived(name, fragments)
    return fragments


def _compile_rule(spec: dict[str, Any], fragments: dict[str, str], order: int, source: str) -> Rule:
    try:
        name = spec["name"]
        expanded = _expand(spec["pattern"], fragments)
        # Word boundaries are added here so that no rule can match inside a word or number. The
        # branch that never matches, (?!), keeps the regex module from searching the rest of the
        # text for a string the pattern requires each time a rule is tried at a lead (quadratic).
        pattern = rf"(?<![\w])(?:{expanded}|(?!))(?![\w])"
        _check_type(spec["type"], source, name)
        return Rule(
            name=name,
            pattern=pattern,
            type=spec["type"],
            value=str(spec["value"]),
            mod=spec.get("mod"),
            freq=spec.get("freq"),
            quant=spec.get("quant"),
            interval=spec.get("interval"),
            examples=tuple(str(e) for e in spec.get("examples", [])),
            order=order,
            alternatives=tuple(_alternative(alt, fragments, source, name) for alt in spec.get("context", [])),
            priority=int(spec.get("priority", 0)),
            requires=_sentence_pattern(spec["requires"], fragments) if "requires" in spec else None,
            genres=frozenset(spec.get("genres", ())),
        )
    except KeyError as exc:
        raise RuleError(f"{source}: rule {spec.get('name', '?')} lacks {exc}") from exc
    except re.error as exc:
        raise RuleError(f"{source}: rule {spec.get('name', '?')}: bad pattern: {exc}") from exc


def _check_type(kind: Any, source: str, rule: str) -> None:
    """A rule's TIMEX3 type (or that of one of its contexts) must be one TimeML has."""
    if kind not in TIMEX_TYPES:
        raise RuleError(f"{source}: rule {rule}: type {kind!r} is none of {', '.join(TIMEX_TYPES)}")


def _sentence_pattern(pattern: str, fragments: dict[str, str]) -> re.Pattern[str]:
    """A pattern searched in a match's sentence (whole words)."""
    return compile_kept_regex(rf"(?<![\w])(?:{_expand(pattern, fragments)})(?![\w])", re.IGNORECASE)


def _alternative(spec: dict[str, Any], fragments: dict[str, str], source: str, rule: str) -> Alternative:
    """Compile one `context` entry of a rule: `if` (and `unless`) patterns over the sentence."""
    unless = spec.get("unless")
    if spec.get("type") is not None:
        _check_type(spec["type"], source, rule)
    return Alternative(
        when=_sentence_pattern(spec["if"], fragments),
        unless=_sentence_pattern(unless, fragments) if unless else None,
        value=str(spec["value"]),
        type=spec.get("type"),
    )


@lru_cache(maxsize=8)
def load_rules(language: str = "en", genre: str | None = None) -> RuleSet:
    """Load and compile a language's rules once per process: every rule, or those that tag in
    one genre (the rules written for no genre in particular, and those written for it)."""
    tables = load_tables(language).tables
    text = load_text(language)
    fragments = _kept_fragments(language)
    ruleset = RuleSet(language=language, tables=tables, text=text,
                      modifiers=_modifiers(tables, resource(language, "modifier_not_after")))
    order = 0
    defined: dict[str, str] = {}  # a rule's name says which rule tagged an expression: one rule a name
    for path in rule_files(language):
        for spec in language_file(language, path.name) or []:
            rule = _compile_rule(spec, fragments, order, path.name)
            if rule.name in defined:
                raise RuleError(f"{path.name}: rule {rule.name!r} is already defined in {defined[rule.name]}")
            defined[rule.name] = path.name
            ruleset.written_for |= rule.genres
            if genre is None or not rule.genres or genre in rule.genres:
                ruleset.rules.append(rule)
            order += 1
    ruleset.leads = lead_index([rule.pattern for rule in ruleset.rules])
    ruleset.name_runs = _name_runs(resource(language, "name_runs"), {rule.name for rule in ruleset.rules})
    return ruleset


def _name_runs(spec: dict[str, Any] | None, rule_names: set[str]) -> tuple[frozenset[str], int] | None:
    """The `name_runs` text resource checked against the rules: (rule names, least run)."""
    if not spec:
        return None
    names = frozenset(spec["rules"])
    if names - rule_names:
        raise RuleError(f"name_runs: unknown rules {', '.join(sorted(names - rule_names))}")
    return names, int(spec["least"])


def lead_index(patterns: list[str]) -> LeadIndex:
    """The lead index of the rules, read from the cache when the same rules and the same
    `timeline.tag.leads` built it before (working it out takes most of the start-up time).

    The cache only saves time: a missing, stale or unreadable file is rebuilt, and a cache
    folder that cannot be written is simply not used.
    """
    import timeline.tag.lead_index
    import timeline.tag.leads

    name = "leads-" + digest(Path(timeline.tag.leads.__file__).read_bytes(),
                             Path(timeline.tag.lead_index.__file__).read_bytes(), "\0".join(patterns)) + ".pickle"
    cached = read_derived(name, LeadIndex)
    if cached is not None:
        return cached
    index = LeadIndex.build(patterns)
    write_derived(name, index)
    return index


def _modifiers(tables: dict[str, dict[str, str]], not_after: str) -> list[Modifier]:
    """Compile the modifier tables: a prefix must end right before a match, a suffix start right
    after; a prefix not after what `not_after` matches (text.yaml: "an hour [late] Monday")."""
    modifiers = []
    for table, (side, types) in MODIFIER_TABLES.items():
        if table not in tables:
            raise RuleError(f"the modifier table {table!r} is missing")
        words = _table_alternation(list(tables[table]), set())
        if side == "before":  # not the end of a compound: "the run-up to [Christmas]"
            regex = compile_kept_regex(rf"(?<![\w-])(?P<w>{words})[\s-]+$", re.IGNORECASE)
        else:
            regex = compile_kept_regex(rf"^,?\s+(?P<w>{words})(?![\w])", re.IGNORECASE)
        edges = frozenset(fold(key.split()[-1 if side == "before" else 0]) for key in tables[table])
        modifiers.append(Modifier(table=table, side=side, types=types, regex=regex, edge_words=edges,
                                  not_after=compile_kept_regex(rf"(?:{not_after})$", re.IGNORECASE)))
    return modifiers


def parse_example(example: str) -> tuple[str, str, str]:
    """Split a rule example `He left [last week]. => 2019-W07` into (sentence, phrase, value)."""
    parts = EXAMPLE_SPLIT.split(example)
    if len(parts) != 2:
        raise RuleError(f"example must read 'text => VALUE': {example!r}")
    sentence, value = parts
    bracketed = re.search(r"\[(.+?)\]", sentence)
    if bracketed:
        phrase = bracketed.group(1)
        sentence = sentence[: bracketed.start()] + phrase + sentence[bracketed.end():]
    else:
        phrase = sentence
    return sentence, phrase, value.strip()
