"""Matching: every rule tried where its leads start, overlapping matches settled (longest, then
priority), modifiers ("early", "about") attached, and each match's value template filled."""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter

import regex as re

from timeline.errors import RuleError
from timeline.language.compiled import lazy_regex
from timeline.tag.leads import LEAD_CHARS, fold, fold_behind, standard_reads
from timeline.tag.numeric_order import in_article_order
from timeline.tag.rules import Filled, Match, Modifier, Rule, RuleSet

MODIFIER_WINDOW = 40
LAST_WORD = lazy_regex(r"(\w+)[\s-]+$", re.REVERSE)  # the word a modifier before a match ends with (read from the end)
FIRST_WORD = lazy_regex(r",?\s+(\w+)")  # the word a modifier after a match starts with
POSSESSIVE = lazy_regex(r"['’]s\b")
PLACEHOLDER = lazy_regex(r"\{([a-z_0-9]+)((?:\|[a-z_0-9:]+)*)(?:=([^}]*))?\}")
DECIMAL = lazy_regex(r"\d+(?:\.\d+)?")
NUMBER_PARTS = lazy_regex(r"[- ]")
LEADING_DIGITS = lazy_regex(r"\d+")
NOT_DIGIT = lazy_regex(r"\D")
SORT_KEY = itemgetter(0, 1, 2, 3)  # a candidate's length, start, priority and rule order
FILLED_CACHE = 8_192  # matches (rule and groups) whose filled templates are remembered


def _apply_filter(ruleset: RuleSet, value: str, name: str) -> str:
    """Apply one template filter (`|month`, `|num`, `|2d`, `|year`, `|century`, …) to a value."""
    if name == "2d":
        return value.zfill(2)
    if name == "4d":
        return value.zfill(4)
    if name == "num":
        return normalize_number(ruleset, value)
    if name == "year":
        return expand_year(value)
    if name == "century":
        return str(int(normalize_ordinal(ruleset, value)) - 1).zfill(2)
    if name == "ordinal":
        return normalize_ordinal(ruleset, value)
    if name == "lower":
        return value.lower()
    return ruleset.normalize(name, value)


def fill_template(ruleset: RuleSet, template: str, match: re.Match[str]) -> str:
    """Fill `{group|filter|…=default}` placeholders from a match; unmatched groups give the default."""
    parts = []
    for literal, placeholder in _template_parts(template):
        parts.append(literal)
        if placeholder is not None:
            group, filters, default = placeholder
            value = match.group(group)
            if value is None:
                parts.append(default)
                continue
            for name in filters:
                value = _apply_filter(ruleset, value, name)
            parts.append(value)
    return "".join(parts)


Placeholder = tuple[str, tuple[str, ...], str]


@lru_cache(maxsize=4096)
def _template_parts(template: str) -> tuple[tuple[str, Placeholder | None], ...]:
    """A template cut into (literal text, placeholder after it): read once, filled many times."""
    parts: list[tuple[str, Placeholder | None]] = []
    position = 0
    for placeholder in PLACEHOLDER.finditer(template):
        group, filters, default = placeholder.groups()
        parts.append((template[position:placeholder.start()],
                      (group, tuple(filter(None, filters.split("|"))), default or "")))
        position = placeholder.end()
    parts.append((template[position:], None))
    return tuple(parts)


def normalize_number(ruleset: RuleSet, text: str) -> str:
    """`three` → `3`, `twenty-four` → `24`, `2.5` → `2.5`, `several` → `X`."""
    cleaned = " ".join(text.lower().replace(",", "").split())
    if DECIMAL.fullmatch(cleaned):
        return cleaned
    numbers = ruleset.tables["number"]
    if cleaned in numbers:
        return numbers[cleaned]
    parts = NUMBER_PARTS.split(cleaned)
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return str(int(numbers[parts[0]]) + int(numbers[parts[1]]))
    raise RuleError(f"not a number: {text!r}")


def normalize_ordinal(ruleset: RuleSet, text: str) -> str:
    """`third` → `3`, `21st` → `21`."""
    cleaned = text.lower().strip()
    digits = LEADING_DIGITS.match(cleaned)
    if digits:
        return str(int(digits.group()))
    return ruleset.normalize("ordinal", cleaned)


def expand_year(text: str) -> str:
    """Four-digit year from `1998`, `'98` or `98` (two digits: 1930–2029)."""
    digits = NOT_DIGIT.sub("", text)
    if len(digits) == 2:
        return ("19" if int(digits) >= 30 else "20") + digits
    return digits


def find_matches(text: str, ruleset: RuleSet, anchor: dt.date | None = None) -> list[Match]:
    """All non-overlapping rule matches in text: longest first, then higher priority, then earliest rule.

    Only overlapping matches compete, so the matches, found in order of start, are cut into runs
    of overlapping ones and each run is settled on its own as soon as it is complete: a text of
    many separate expressions costs no sort of them all, no insertions into one long list of the
    spans taken, and keeps few raw matches alive at a time.
    """
    matches: list[Match] = []
    run: list[tuple[Rule, re.Match[str]]] = []
    run_end = -1
    for pair in iter_rule_matches(text, ruleset):
        found = pair[1]
        if found.start() >= run_end and run:  # overlaps nothing before it: the run is complete
            _settle(ruleset, run, matches)
            run = [pair]
        else:
            run.append(pair)
        end = found.end()
        if end > run_end:
            run_end = end
    if run:
        _settle(ruleset, run, matches)
    # (an ambiguous "05/03/2025" read in the order of day and month the article writes its dates in)
    return in_article_order(text, _extend_modifiers(text, ruleset, _without_name_runs(text, ruleset, matches)), anchor)


def _without_name_runs(text: str, ruleset: RuleSet, matches: list[Match]) -> list[Match]:
    """The matches, less runs of bare names separated only by spaces (the `name_runs` of the
    language's text resources: lists and calendar headers, not dates)."""
    if ruleset.name_runs is None:
        return matches
    names, least = ruleset.name_runs
    kept: list[Match] = []
    run: list[Match] = []
    for match in matches:
        if match.rule.name not in names or (run and not text[run[-1].end:match.start].isspace()):
            kept.extend(run if len(run) < least else ())
            run = []
        if match.rule.name in names:
            run.append(match)
        else:
            kept.append(match)
    kept.extend(run if len(run) < least else ())
    return kept


def _settle(ruleset: RuleSet, run: list[tuple[Rule, re.Match[str]]], matches: list[Match]) -> None:
    """Add the matches that win a run of overlapping ones to `matches`, in order of start."""
    if len(run) == 1:  # most expressions: nothing to choose between
        match = _make_match(ruleset, *run[0])
        if match is not None:
            matches.append(match)
        return
    candidates = [(-(found.end() - found.start()), found.start(), -rule.priority, rule.order, found, rule)
                  for rule, found in run]
    candidates.sort(key=SORT_KEY)
    taken_starts: list[int] = []  # the spans taken so far, disjoint and sorted
    taken_ends: list[int] = []
    chosen: list[Match] = []
    for _, start, _, _, found, rule in candidates:
        end = found.end()
        before = bisect.bisect_left(taken_starts, end) - 1  # the last span that starts before this ends
        if before >= 0 and taken_ends[before] > start:
            continue
        match = _make_match(ruleset, rule, found)
        if match is None:
            continue  # a match the rule's tables cannot normalize is not a time expression
        chosen.append(match)
        taken_starts.insert(before + 1, start)
        taken_ends.insert(before + 1, end)
    chosen.sort(key=lambda m: m.start)
    matches.extend(chosen)


def rule_matches(text: str, ruleset: RuleSet) -> list[tuple[Rule, re.Match[str]]]:
    """Every non-empty match of every rule, exactly as each rule's `finditer` over the text gives
    them, in order of start (see `iter_rule_matches`)."""
    return list(iter_rule_matches(text, ruleset))


def iter_rule_matches(text: str, ruleset: RuleSet) -> Iterator[tuple[Rule, re.Match[str]]]:
    """Every non-empty match of every rule, in order of start (a rule's own in its order).

    A rule is tried only where one of its leads starts (`timeline.tag.leads`), at each such token in
    order and not inside its own previous match. The matches are given as they are found, so a
    caller that settles them as it goes keeps few of them at a time.
    """
    rules = ruleset.rules
    scanned = [(rules[index], found) for index in ruleset.leads.scan
               for found in rules[index].regex.finditer(text) if found.end() > found.start()]
    led = _led_matches(text, ruleset)
    if not scanned:
        return led
    scanned.sort(key=_start_of)
    return heapq.merge(scanned, led, key=_start_of)


def _start_of(pair: tuple[Rule, re.Match[str]]) -> int:
    return pair[1].start()


def _led_matches(text: str, ruleset: RuleSet) -> Iterator[tuple[Rule, re.Match[str]]]:
    """The matches of the rules tried at their leads, in order of start."""
    rules = ruleset.rules
    standard = standard_reads(text)  # then both modules read the text alike: the faster one matches
    reading = "ascii" if standard and text.isascii() else standard
    matchers = ruleset.matchers.setdefault(reading, [None] * len(rules))
    behind = ruleset.leads.behind
    ends = [0] * len(rules)  # where each rule's last match ended
    for start, indices in ruleset.leads.starts(text, standard):
        before = None  # the characters before the token, folded when a rule's lookbehind first asks
        for index in indices:
            if start < ends[index]:
                continue  # inside the rule's own previous match
            tails = behind[index]
            if tails is not None:
                if before is None:  # (once per token: several rules at a token may ask)
                    before = fold_behind(text[max(0, start - LEAD_CHARS):start])
                if not before.endswith(tails):
                    continue  # the rule's lookbehind cannot hold here
            matcher = matchers[index]
            if matcher is None:
                matcher = matchers[index] = _matcher(rules[index], reading)
            found = matcher(text, start)
            if found is not None:
                ends[index] = found.end()
                yield rules[index], found


def _matcher(rule: Rule, reading: bool | str) -> Callable[[str, int], re.Match[str] | None]:
    """A rule's match function for text read so (`_led_matches`): its pattern for ASCII text, in
    the standard module, or in the regex module, the fastest that matches alike."""
    for pattern in ((rule.ascii,) if reading == "ascii" else ()) + ((rule.standard,) if reading else ()):
        if pattern is not None:
            return pattern.match
    return rule.regex.match


def _extend_modifiers(text: str, ruleset: RuleSet, matches: list[Match]) -> list[Match]:
    """Take modifier words next to each match into its span, without reaching into a neighbour."""
    extended: list[Match] = []
    for index, match in enumerate(matches):
        modifiers = ruleset.modifiers_of(match.rule.type)
        if modifiers:
            ceiling = matches[index + 1].start if index + 1 < len(matches) else len(text)
            match = _modified(text, ruleset, match, modifiers, extended[-1].end if extended else 0, ceiling)
        extended.append(match)
    return extended


def _modified(text: str, ruleset: RuleSet, match: Match, modifiers: tuple[Modifier, ...], floor: int,
              ceiling: int) -> Match:
    """A match with the modifier words right before or after it (between `floor` and `ceiling`)
    taken in, unless it names the day of a thing ("around [Wednesday]'s ruling": the words
    belong to the noun; asked only once a modifier word stands next to it)."""
    original = match
    last: tuple[int, str | None] | None = None  # the word before the match, as of its start
    for modifier in modifiers:
        if modifier.side == "before":
            window_start = max(floor, match.start - MODIFIER_WINDOW)
            if last is None or last[0] != match.start:
                word = _last_word(text, window_start, match.start)  # as in the window alone
                last = (match.start, fold(word) if word else None)
            if last[1] not in modifier.edge_words:
                continue  # only a word right before the match can end a modifier
            found = modifier.regex.search(text[window_start:match.start])  # its lookbehind sees the window only
            if found and _follows_what_it_may_not(text, modifier, window_start + found.start()):
                continue
            if found and POSSESSIVE.match(text, original.end):
                return original
            if found:
                match = replace(match, start=window_start + found.start(),
                                mod=match.mod or ruleset.normalize(modifier.table, found.group("w")))
        else:
            window = text[match.end:min(ceiling, match.end + MODIFIER_WINDOW)]
            first = FIRST_WORD.match(window)
            if first is None or fold(first.group(1)) not in modifier.edge_words:
                continue
            found = modifier.regex.match(window)
            if found and POSSESSIVE.match(text, original.end):
                return original
            if found:
                match = replace(match, end=match.end + found.end(),
                                mod=match.mod or ruleset.normalize(modifier.table, found.group("w")))
    return match


def _follows_what_it_may_not(text: str, modifier: Modifier, start: int) -> bool:
    """Whether a prefix starting at `start` follows what makes it no modifier ("an hour late")."""
    return modifier.not_after is not None and \
        modifier.not_after.search(text, max(0, start - MODIFIER_WINDOW), start) is not None


ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
ASCII_SPACES_OR_HYPHEN = frozenset(" \t\n\x0b\x0c\r-")  # the regex module's `[\s-]` in ASCII (not \x1c-\x1f)


def _last_word(text: str, start: int, end: int) -> str | None:
    """The word text[start:end] ends with before spaces or hyphens (LAST_WORD's group), or None:
    read backwards in Python when the window is ASCII (most text; a regex-module search costs more
    than the few steps), else by the pattern."""
    if not text[start:end].isascii():
        found = LAST_WORD.search(text, start, end)
        return found.group(1) if found else None
    after = end
    while after > start and text[after - 1] in ASCII_SPACES_OR_HYPHEN:
        after -= 1
    first = after
    while first > start and text[first - 1] in ASCII_WORD_CHARS:
        first -= 1
    return text[first:after] if first < after < end else None


def _make_match(ruleset: RuleSet, rule: Rule, found: re.Match[str]) -> Match | None:
    """The match of a rule, its templates filled from the match's groups, or None when the
    rule's tables cannot normalize them (then it is no time expression).

    Filling depends on nothing but the rule and the groups, and the same words recur (a text
    names the same months and years again and again), so what a rule and groups give is
    remembered, a failure too.
    """
    key = (rule.order, found.groups())
    filled = ruleset.filled.get(key, False)
    if filled is False:
        try:
            filled = _fill(ruleset, rule, found)
        except RuleError:
            filled = None
        if len(ruleset.filled) >= FILLED_CACHE:
            ruleset.filled.clear()
        ruleset.filled[key] = filled
    if filled is None:
        return None
    value, mod, freq, quant, interval, alternatives = filled
    return Match(found.start(), found.end(), rule, value, mod, freq, quant, interval, alternatives)


def _fill(ruleset: RuleSet, rule: Rule, found: re.Match[str]) -> Filled:
    """The templates of a rule filled from a match."""
    def fill(template: str | None) -> str | None:
        return fill_template(ruleset, template, found) or None if template else None

    return (fill_template(ruleset, rule.value, found), fill(rule.mod), fill(rule.freq), fill(rule.quant),
            fill(rule.interval), tuple((alt, fill_template(ruleset, alt.value, found)) for alt in rule.alternatives))
