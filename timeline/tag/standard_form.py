"""Which regex module compiles a rule's pattern: the standard one matches faster, but takes
fewer patterns, and deciding compiles the pattern in both. The decision is kept between runs
(`timeline.derived`), so a later run compiles each pattern it needs once, in the
module that matches it."""

from __future__ import annotations

import re as standard_re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import regex as re

from timeline.derived import digest, read_derived, write_derived
from timeline.errors import RuleError
from timeline.language.compiled import compile_kept, compile_kept_regex
from timeline.tag.leads import sre_constants, sre_parse

REGEX_ONLY = -1  # the decision for a pattern only the regex module compiles alike


# Most rules never meet their first word in a given text (see `timeline.tag.leads`), so patterns
# are compiled on first use: a short article pays only for the rules it needs.
@cache
def regex_pattern(pattern: str) -> re.Pattern[str]:
    """The pattern compiled by the regex module (ignoring case)."""
    return compile_kept_regex(pattern, re.IGNORECASE)


@cache
def standard_pattern(pattern: str) -> standard_re.Pattern[str] | None:
    """The pattern compiled by the standard module, which matches faster, or None when it needs
    the regex module. A lookbehind of alternatives of different widths ("(?<!\\b(?:Man|Good)\\s)")
    is first split into lookbehinds of one width each, which match exactly the same."""
    decisions = _kept("standard")
    known = decisions.get(pattern)
    if known == REGEX_ONLY:
        return None
    if known is not None:
        try:
            return compile_kept(_candidate(pattern, known), standard_re.IGNORECASE)
        except (standard_re.error, IndexError):
            pass  # not as decided before: decide again
    compiled, decision = _decide(pattern)
    decisions[pattern] = decision
    _keep("standard")
    return compiled


@cache
def ascii_pattern(pattern: str) -> standard_re.Pattern[str] | None:
    """The standard module's pattern compiled to read ASCII classes and case (`re.ASCII`), for
    ASCII text, or None. On ASCII text that the standard module reads alike (`standard_reads`)
    it matches exactly as the pattern does, only faster (its case and classes come from a
    table, not the Unicode database), unless a character of the pattern is a case of an ASCII
    letter beyond ASCII ("ſ" is an "s" ignoring case): then None."""
    source = _standard_source(pattern)
    if source is None:
        return None
    decisions = _kept("ascii")  # (reading a pattern takes longer than compiling what was kept)
    alike = decisions.get(source)
    if alike is None:
        alike = decisions[source] = _ascii_alike(sre_parse.parse(source, standard_re.IGNORECASE))
        _keep("ascii")
    return compile_kept(source, standard_re.IGNORECASE | standard_re.ASCII) if alike else None


def _standard_source(pattern: str) -> str | None:
    """The pattern as the standard module takes it (as decided before; the pattern in the standard
    module is compiled only when nothing was), or None when it needs the regex module."""
    known = _kept("standard").get(pattern)
    if known is None:
        compiled = standard_pattern(pattern)
        return None if compiled is None else compiled.pattern
    return None if known == REGEX_ONLY else _candidate(pattern, known)




def _ascii_alike(items: object) -> bool:
    """False when a parsed pattern holds a character (or a range over one) that matches an
    ASCII character ignoring case only by the Unicode database's cases."""
    if isinstance(items, (sre_parse.SubPattern, list, tuple)):
        for item in items:
            if isinstance(item, tuple) and len(item) == 2 and any(item[0] is op for op in CHARACTER_OPS):
                op, av = item
                low, high = av if op is sre_constants.RANGE else (av, av)
                if any(low <= code <= high for code in ASCII_CASES_BEYOND):
                    return False
            elif not _ascii_alike(item):
                return False
    return True


CHARACTER_OPS = (sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.RANGE)
# The characters beyond ASCII the standard module takes for an ASCII letter ignoring case (its
# documentation lists them; tests/test_rule_examples.py checks against the module's case tables).
ASCII_CASES_BEYOND = frozenset({0x130, 0x131, 0x17F, 0x212A})  # İ ı ſ K


# What is decided about patterns is kept between runs, one derived file per kind: "standard"
# (pattern -> candidate place or REGEX_ONLY), "ascii" (source -> matches alike with re.ASCII),
# "split" (pattern -> its lookbehinds split). Each file is named by this module's code (and the
# regex module's version, which the decisions depend on), so a change of either starts afresh.
KEPT_KINDS = ("standard", "ascii", "split")


def _kept_name(kind: str) -> str:
    return f"{kind}-{digest(re.__version__, Path(__file__).read_bytes())}.pickle"


@lru_cache(maxsize=len(KEPT_KINDS))
def _kept(kind: str) -> dict[str, Any]:
    """What earlier runs decided of one kind, read once per process (empty when nothing was)."""
    found = read_derived(_kept_name(kind), dict)
    return found if found is not None else {}


def _keep(kind: str) -> None:
    """Write what is decided of one kind so far, for later runs."""
    write_derived(_kept_name(kind), _kept(kind))


CANDIDATES = 2  # the pattern as written, and with its lookbehinds split


def _candidate(pattern: str, place: int) -> str:
    """The pattern as written (place 0), or with its lookbehinds split (1: see `split_lookbehinds`)."""
    if place == 0:
        return pattern
    if place != 1:
        raise IndexError(place)
    kept = _kept("split")  # (splitting reads the width of every alternative: kept between runs)
    split = kept.get(pattern)
    if split is None:
        split = kept[pattern] = split_lookbehinds(pattern)
        _keep("split")
    return split




def _decide(pattern: str) -> tuple[standard_re.Pattern[str] | None, int]:
    """The first candidate the standard module compiles with the regex module's groups, and its place."""
    for place in range(CANDIDATES):
        candidate = _candidate(pattern, place)
        try:
            compiled = compile_kept(candidate, standard_re.IGNORECASE)
        except standard_re.error:
            continue
        reference = regex_pattern(pattern)
        if compiled.groupindex == reference.groupindex and compiled.groups == reference.groups:
            return compiled, place
    return None, REGEX_ONLY




LOOKBEHIND = standard_re.compile(r"\(\?<([=!])")


def split_lookbehinds(pattern: str) -> str:
    """The pattern with each lookbehind whose alternatives differ in width split into one
    lookbehind per width: (?<!A|BB|CC) is (?<!A)(?<!BB|CC), and (?<=A|BB|CC) is
    (?:(?<=A)|(?<=BB|CC)). Alternatives of one width stay together: one lookbehind reads them
    all in one step back, where each lookbehind of its own steps back again (a rule tried at
    every number would otherwise step back once for each word of a long list)."""
    parts, position = [], 0
    for opening in LOOKBEHIND.finditer(pattern):
        if opening.start() < position:
            continue  # inside a lookbehind already rewritten
        close = _closing(pattern, opening.end())
        found = _alternatives(pattern[opening.end():close])
        if found is None:
            continue
        before, alternatives, after = found
        bodies = [_joined(before, group, after) for group in _by_width(before, alternatives, after)]
        if len(bodies) == 1:
            continue  # one width: the lookbehind is taken as it is
        parts.append(pattern[position:opening.start()])
        if opening.group(1) == "!":
            parts.append("".join(f"(?<!{body})" for body in bodies))
        else:
            parts.append("(?:" + "|".join(f"(?<={body})" for body in bodies) + ")")
        position = close + 1
    return "".join(parts) + pattern[position:]


def _alternatives(body: str) -> tuple[str, list[str], str] | None:
    """The alternatives of a lookbehind's body: its own, or those of its one alternation group,
    with what stands before and after that group ("\\b(?:a|bb)\\s" gives "\\b", ["a", "bb"],
    "\\s"); None when it has neither."""
    top = _split_top(body)
    if len(top) > 1:
        return "", top, ""
    group = next((index for index, depth in _depths(body) if depth == 0 and body.startswith("(?:", index)), -1)
    if group < 0:
        return None
    close = _closing(body, group + 3)
    inner = _split_top(body[group + 3:close])
    if len(inner) < 2:
        return None
    return body[:group], inner, body[close + 1:]


def _by_width(before: str, alternatives: list[str], after: str) -> list[list[str]]:
    """Alternatives grouped by the width of the text each matches between `before` and `after`,
    in order of each width's first one; one of no fixed width (or that the standard module
    cannot read) is a group of its own."""
    groups: dict[object, list[str]] = {}
    for place, alternative in enumerate(alternatives):
        groups.setdefault(_width(before + alternative + after, place), []).append(alternative)
    return list(groups.values())


def _width(body: str, place: int) -> object:
    """The width of the text a lookbehind's body matches, or its place when that varies."""
    try:
        low, high = sre_parse.parse(body).getwidth()
    except Exception:  # syntax only the regex module knows
        return ("alone", place)
    return low if low == high else ("alone", place)


def _joined(before: str, alternatives: list[str], after: str) -> str:
    """A lookbehind's body of some of its alternatives."""
    if not before and not after:
        return "|".join(alternatives)
    return before + (alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")") + after


def _closing(pattern: str, start: int) -> int:
    """Where the group open right before `start` closes."""
    for index, depth in _depths(pattern, start):
        if depth < 0:
            return index
    raise RuleError(f"unbalanced group in {pattern!r}")


def _split_top(body: str) -> list[str]:
    """A pattern cut at its top-level "|" (not inside a group or a class)."""
    cuts = [index for index, depth in _depths(body) if depth == 0 and body[index] == "|"]
    return [body[start + 1:end] for start, end in zip([-1, *cuts], [*cuts, len(body)], strict=True)]


def _depths(pattern: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(position, depth of group nesting from `start`) of each character of a pattern that is
    neither escaped nor in a character class; a group's "(" and ")" stand at the depth outside it."""
    depth, index, in_class = 0, start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
            index += 1
            continue
        if char == "[":
            in_class = True
            index += 1 + (pattern[index + 1:index + 2] == "^")
            index += pattern[index:index + 1] == "]"  # a "]" first in a class is one of its members
            continue
        elif char == "(":
            yield index, depth
            depth += 1
            index += 1
            continue
        elif char == ")":
            depth -= 1
        yield index, depth
        index += 1

