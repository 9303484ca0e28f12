"""The lead index: which rules may match where each token of a text starts, by that token and,
for some rules, the next one or two (`timeline.tag.leads` reads the leads off each rule's pattern)."""

from __future__ import annotations

import re as standard_re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex as re

from timeline.language.compiled import compile_kept
from timeline.language.trie import PREFIX, add_keys, build_trie, trie_pattern
from timeline.tag.leads import TOKEN_CACHE, WORD_CHAR, Key, fold, pattern_behind, pattern_lead_paths, standard_reads


@dataclass
class KeyIndex:
    """Rules by the key of one token: its whole folded text, a prefix of it, or its sign."""

    whole: dict[str, frozenset[int]] = field(default_factory=dict)
    prefix: dict[str, frozenset[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.prefix_lengths = tuple(sorted({len(text) for text in self.prefix}))

    @classmethod
    def of(cls, entries: Iterable[tuple[Key, int]]) -> KeyIndex:
        """An index of (key, rule) entries."""
        whole: dict[str, set[int]] = {}
        prefix: dict[str, set[int]] = {}
        for (text, is_whole), rule in entries:
            (whole if is_whole else prefix).setdefault(text, set()).add(rule)
        return cls(whole={k: frozenset(v) for k, v in whole.items()},
                   prefix={k: frozenset(v) for k, v in prefix.items()})

    def rules(self, token: str) -> frozenset[int]:
        """The rules recorded for a token, or a sign and the token glued to it."""
        return self.folded_rules(fold(token))

    def has_prefix_of(self, folded: str) -> bool:
        """True when some key that is a prefix, not a whole token, starts a folded token."""
        return any(folded[:length] in self.prefix for length in self.prefix_lengths if length <= len(folded))

    def folded_rules(self, folded: str) -> frozenset[int]:
        """The rules recorded for a token already folded."""
        found = self.whole.get(folded, frozenset())
        for length in self.prefix_lengths:
            if length > len(folded):
                break
            found = found | self.prefix.get(folded[:length], frozenset())
        return found


class ByThird(dict[str | None, tuple[int, ...]]):
    """The rules to try after a pair of tokens when some depend on the token after the pair:
    by that token (None when there is none), each worked out when first asked."""

    def __init__(self, sure: tuple[int, ...], checked: tuple[tuple[int, KeyIndex], ...]) -> None:
        super().__init__()
        self.sure = sure  # rules to try whatever follows
        self.checked = checked  # rules to try only when what follows is one of their keys

    def __missing__(self, third: str | None) -> tuple[int, ...]:
        folded = None if third is None else fold(third)
        found = tuple(sorted(self.sure + tuple(rule for rule, after in self.checked
                                               if folded is not None and after.folded_rules(folded))))
        _remember(self, third, found)
        return found


Pairs = tuple[tuple[int, KeyIndex], ...]  # rules that need a second token, each with its keys
Found = tuple[tuple[int, ...], "Pairs | None", frozenset[int]]  # a token's rules, pairs and rules of its sign


@dataclass
class LeadIndex:
    """Which rules may match where a token starts, by that token and, for some, the next one."""

    first: KeyIndex
    second: dict[str, Pairs]  # by the first token's folded text
    scan: tuple[int, ...]  # rules whose leads are unknown: they run over the whole text
    # By rule: for a whole second token, the keys of the token after it ("3 days [later]").
    thirds: dict[int, dict[str, KeyIndex]] = field(default_factory=dict)
    behind: list[tuple[str, ...] | None] = field(default_factory=list)  # what must come right before, by rule
    candidates: str = ""  # a pattern that finds (at least) every token some lead starts with
    lowered_candidates: str = ""  # the same, for text lowered by `str.lower`
    cache: dict[str, Found] = field(default_factory=dict)
    pair_cache: dict[tuple[str, str], tuple[int, ...] | ByThird] = field(default_factory=dict)
    # The same, by folded text: "1999" and "2019" fold alike, and numbers rarely repeat as written.
    folded_cache: dict[str, Found] = field(default_factory=dict)
    folded_pair_cache: dict[tuple[str, str], tuple[int, ...] | ByThird] = field(default_factory=dict)

    @classmethod
    def build(cls, patterns: Sequence[str]) -> LeadIndex:
        """Index rules (by position) by the leads of their patterns."""
        firsts: list[tuple[Key, int]] = []
        second: dict[str, list[tuple[int, KeyIndex]]] = {}
        shared: dict[frozenset[Key], KeyIndex] = {}  # one index for each set of second (or third) keys
        scan = []
        thirds: dict[int, dict[str, KeyIndex]] = {}
        for rule, pattern in enumerate(patterns):
            leads, after_seconds = pattern_lead_paths(pattern)
            if leads is None:
                scan.append(rule)
                continue
            if after_seconds:
                thirds[rule] = {second: shared.setdefault(keys, KeyIndex.of((key, rule) for key in keys))
                                for second, keys in after_seconds.items()}
            for key, seconds in leads.items():
                if seconds is None:
                    firsts.append((key, rule))
                else:
                    keys = shared.setdefault(seconds, KeyIndex.of((after, rule) for after in seconds))
                    second.setdefault(key[0], []).append((rule, keys))
        first = KeyIndex.of(firsts)
        pairs = {k: tuple(v) for k, v in second.items()}
        followers = pair_followers(first, pairs)
        return cls(first=first, second=pairs, scan=tuple(scan), thirds=thirds,
                   behind=[pattern_behind(pattern) for pattern in patterns],
                   candidates=candidate_pattern(set(first.whole) | set(second), set(first.prefix), False, followers),
                   lowered_candidates=candidate_pattern(set(first.whole) | set(second), set(first.prefix), True,
                                                        followers))

    def lookup(self, token: str) -> Found:
        """Rules to try where `token` starts, the index of the next token, and the rules already tried."""
        found = self.cache.get(token)
        if found is None:
            folded = fold(token)
            found = self.folded_cache.get(folded)
            if found is None:
                rules = self.first.folded_rules(folded)
                pairs = self.second.get(folded) if WORD_CHAR.match(token) else None
                found = (tuple(sorted(rules)), pairs, rules)
                _remember(self.folded_cache, folded, found)
            _remember(self.cache, token, found)
        return found

    def pair_rules(self, token: str, following: str) -> tuple[int, ...] | ByThird:
        """Rules to try where `token` starts, followed by spaces and `following`, beyond its own
        (by the token after those, when some rule's match cannot go on from every one)."""
        found = self.pair_cache.get((token, following))
        if found is None:
            folded = (fold(token), fold(following))
            found = self.folded_pair_cache.get(folded)
            if found is None:
                _, pairs, tried = self.lookup(token)
                rules = [(rule, keys) for rule, keys in pairs or ()
                         if rule not in tried and keys.folded_rules(folded[1])]
                checked = tuple((rule, after) for rule, keys in rules
                                if (after := self._thirds(rule, keys, folded[1])) is not None)
                found = tuple(sorted(rule for rule, _ in rules))
                if checked:
                    found = ByThird(tuple(rule for rule in found if rule not in dict(checked)), checked)
                _remember(self.folded_pair_cache, folded, found)
            _remember(self.pair_cache, (token, following), found)
        return found

    def _thirds(self, rule: int, seconds: KeyIndex, second: str) -> KeyIndex | None:
        """The keys of what must follow this second token (folded) for a rule to match, or None
        when anything may (or the token is one of the rule's second keys as a prefix)."""
        after = self.thirds.get(rule, {}).get(second)
        return None if after is None or seconds.has_prefix_of(second) else after

    def starts(self, text: str, standard: bool | None = None) -> Iterator[tuple[int, tuple[int, ...]]]:
        """(position, rules to try there) for every token of text that starts a lead, in order
        (`standard`: whether the standard module reads text alike, when already known).

        Only the tokens the candidate pattern finds are looked at (it runs in C, and most tokens
        of a text start no lead); the token after one that may start a pair is read where it is.
        """
        standard = standard_reads(text) if standard is None else standard
        lowered = text.lower() if standard else text
        if len(lowered) == len(text) and standard:
            # Each character lowered to one, so offsets hold; the standard module classes every
            # character as its lower case (word, space, digit), and a lowered token folds alike.
            # (In ASCII text, which the standard module then reads as its ASCII classes do, the
            # classes are read from a table instead of the Unicode database.)
            scanner = _standard_scanner(self.lowered_candidates, standard_re.ASCII if text.isascii() else 0)
            found = scanner.finditer(" " + lowered)
        elif standard:
            found = _standard_scanner(self.candidates, standard_re.IGNORECASE).finditer(" " + text)
        else:
            found = _regex_scanner(self.candidates).finditer(" " + text)
        # (the scanners read the character before each token: one space put before the text
        # stands for its start, and every position found is one on)
        lookup, pair_rules, cache, pair_cache = self.lookup, self.pair_rules, self.cache, self.pair_cache
        for token in found:
            word, sign, after, third = token.groups()
            rules, pairs, _ = cache.get(word) or lookup(word)  # the caches inline: this loop runs per candidate
            if pairs is None:  # most candidates: no rule needs the token after them
                if rules:
                    yield token.start(1) - 1, rules
                continue
            if rules:
                yield token.start(1) - 1, rules
            following = sign or after  # what follows the token, read by the pattern's lookahead
            if following is not None:
                more = pair_cache.get((word, following))
                if more is None:
                    more = pair_rules(word, following)
                if more.__class__ is ByThird:
                    more = more[third]  # type: ignore[index]
                if more:
                    yield token.start(1) - 1, more


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Keep a value in a bounded cache (emptied when full: a text of endless distinct tokens
    does not grow it without end)."""
    if len(cache) >= TOKEN_CACHE:
        cache.clear()
    cache[key] = value


# What follows a token that may start a pair (a word: the next character is no word
# character), read in a lookahead that always holds: a sign right after it, with any word glued
# to that sign ("2019.", "2.5", "2/21"), or, after spaces, the next token; and then the token
# after that one: after spaces, or a sign right after it (no word character can be).
FOLLOWING = r"(?=(?:(?:([^\w\s]\w*)|\s+(\w+|[^\w\s]))(?:\s*(\w+|[^\w\s]))?)?)"
WORD_END = r"(?![\w])"  # where a key that is a whole word ends
TOKEN_START = r"(?<![\w])"  # where a token starts
FOLLOWER_CHARS = 3  # characters of the token after a word that starts only pairs read by the candidate pattern


Followers = dict[str, frozenset[Key]]  # by a word: the keys of what may follow it


def pair_followers(first: KeyIndex, pairs: dict[str, Pairs]) -> Followers:
    """For each word that starts nothing but pairs ("the [third] quarter", "3 [days] ago"), the
    keys of the tokens that may follow it ((folded text, whole)); a key that opens with a sign
    stands for any text that opens with that sign (glued to the word, or after spaces: then it
    is a token of its own). The candidate pattern passes over such a word when what follows it
    fits none of them ("the council", "3 percent"): most candidates of news text were these."""
    found: Followers = {}
    for word, entries in pairs.items():
        if not WORD_CHAR.match(word) or first.folded_rules(word):
            continue
        keys = {(text, is_whole) if WORD_CHAR.match(text) else (text[0], False)
                for _, index in entries
                for texts, is_whole in ((index.whole, True), (index.prefix, False)) for text in texts}
        found[word] = frozenset(keys)
    return found


def candidate_pattern(whole: set[str], prefixes: set[str], lowered: bool = False,
                      followers: Followers | None = None) -> str:
    """A pattern that matches every token whose folded text is one of `whole`, or starts with
    one of `prefixes` (a sign key is a whole token of one character, so a prefix too), and, for
    a word of `followers`, only when what follows it (a sign, or the next token after spaces)
    is one of its keys.

    The keys are folded ("0" stands for any digit). The pattern is matched ignoring case, or,
    when `lowered`, case-sensitively in the text lowered by `str.lower` (twice as fast), where
    the one look-alike `fold` reads as ASCII that stays as it is, "ſ", is spelled out. It may
    find more than the keys, never fewer: each token found is looked up all the same.
    """
    followers = followers or {}
    trie = build_trie(k for k in whole if WORD_CHAR.match(k) and (k not in followers or followers[k]))
    add_keys(trie, prefixes | {k for k in whole if not WORD_CHAR.match(k)}, PREFIX)
    if not trie:
        return "(?!)()()()()"  # no keys at all: no token is a candidate
    then = {word: rf"(?=\s*(?:{_after_pattern(keys, lowered)}))" for word, keys in followers.items() if keys}
    keys_pattern = trie_pattern(trie, lambda c: _char_pattern(c, lowered), WORD_END, then)
    return rf"{TOKEN_START}(?={keys_pattern})(\w+|[^\w\s]){FOLLOWING}"


@lru_cache(maxsize=256)
def _after_pattern(keys: frozenset[Key], lowered: bool) -> str:
    """What may follow a word: the first characters of its keys as one trie pattern (more lets
    about as few words through and makes the pattern many times longer)."""
    after = build_trie(text for text, is_whole in keys if is_whole and len(text) <= FOLLOWER_CHARS)
    add_keys(after, {text[:FOLLOWER_CHARS] for text, is_whole in keys if not is_whole or len(text) > FOLLOWER_CHARS},
             PREFIX)
    return trie_pattern(after, lambda c: _char_pattern(c, lowered), WORD_END)


def _char_pattern(char: str, lowered: bool) -> str:
    """One character of a folded key as a pattern."""
    if char == "0":
        return r"\d"
    if lowered and char == "s":
        return "[s\u017f]"
    return standard_re.escape(char)


@lru_cache(maxsize=16)
def _standard_scanner(candidates: str, flags: int) -> standard_re.Pattern[str]:
    """The candidate pattern compiled by the standard module, as a match of the character
    before each token: the search must first find a character that is no word character, and
    passes over the others in one quick loop (a lookbehind first would be tried at every
    character of every word). The token and what follows it are read in a lookahead, so the
    search goes on from the token, which may itself be a sign before the next one; the token
    is group 1."""
    return compile_kept(_after_separator(candidates), flags)


@lru_cache(maxsize=16)
def _regex_scanner(candidates: str) -> Any:
    """The candidate pattern compiled by the regex module (see `_standard_scanner`)."""
    return re.compile(_after_separator(candidates), re.IGNORECASE)


def _after_separator(candidates: str) -> str:
    """The candidate pattern as a match of the one character before the token."""
    if not candidates.startswith(TOKEN_START):
        return candidates  # ("(?!)…": no keys at all)
    return rf"[^\w](?={candidates[len(TOKEN_START):]})"
