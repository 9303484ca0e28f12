"""Where a rule can match: the tokens its matches start with (its *leads*), read off its pattern.

Every rule pattern starts with (?<![\\w]), so a match starts where a token starts: a run of word
characters ("March", "2019", "21st") or a sign, with no word character before it. Nearly every
rule starts with one of a few tokens ("the", a month, a four-digit number), often followed by a
second one from a short list ("the [third] quarter", "3 [days] ago"), and, after a second word
and spaces, a third ("3 days [later]"). `pattern_leads` and `pattern_lead_paths` read these
off the parsed pattern; `LeadIndex` maps the tokens of a text to the rules worth trying there.
A rule is then tried only at those tokens, in order, which finds exactly the matches that
running it over the whole text finds, in a fraction of the time.

Tokens are compared folded: lower case, every digit as 0 ("21st" is "00st"). Leads only ever
widen where a rule is tried: a part of a pattern the walk cannot read (a lookaround, a large
class) is skipped or ends the lead, and a rule whose first token cannot be read gets no leads
(it then runs over the whole text).
"""

from __future__ import annotations

import re as standard_re
from collections.abc import Iterable, Sequence
from typing import Any

import regex as re

try:  # the standard library's parser of regular expressions (the patterns only need its syntax)
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# Tokens: runs of word characters and single signs. Only spaces lie between them, so what follows
# a token, a sign right after it or the next token after spaces, is the next one. A match can
# only start at a token with no word character before it (see `candidate_pattern`). The standard
# module reads a text twice as fast as the regex module, when both class its characters alike.
ASCII_DISAGREEING = "\x1c\x1d\x1e\x1f"  # spaces to the standard module only
AGREES: dict[str, bool] = {}  # non-ASCII characters: whether both modules class them alike
WORD_CHAR = re.compile(r"\w")
SPACE = re.compile(r"\s")
DIGITS = re.compile(r"\d")
LEAD_CHARS = 12  # characters of a token enough to tell leads apart
LEAD_DEPTH = 150  # parse-tree steps beyond which a path is not read further
LEAD_STEPS = 50_000  # states beyond which a pattern is not read at all (its rule runs everywhere)
LARGE_CLASS = 64  # character ranges wider than this are not spelled out
TOKEN_CACHE = 16_384  # distinct tokens (and pairs) whose rules are remembered
# Characters other than A-Z and a-z that case-insensitive matching takes for an ASCII letter
# (tests/test_tagger_properties.py checks the list against the regex module).
ASCII_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})
ASCII_DIGITS = str.maketrans("123456789", "000000000")
ASCII_DIGIT_BYTES = bytes.maketrans(b"123456789", b"000000000")
# The same, with every ASCII character \s may match read as a space: the text before a token
# meets a lookbehind's tails, which spell \s and a literal space alike as " ".
ASCII_SPACES = bytes(code for code in range(128) if chr(code).isspace())
ASCII_BEHIND_BYTES = bytes.maketrans(b"123456789" + ASCII_SPACES, b"000000000" + b" " * len(ASCII_SPACES))
FOLDED: dict[str, str] = {}  # tokens folded so far (at most TOKEN_CACHE)

# A token's key: (folded text, whole) — whole when the token must be exactly that text, not
# merely start with it. A sign is a one-character key.
Key = tuple[str, bool]
# A rule's lead: its first token, and what follows when that is known: the sign right after it
# ("2/21" gives "/") or the token after spaces ("the third" gives "third"). While a walk reads
# the second token it holds one key; once read, all of them.
Lead = tuple[Key, "Key | frozenset[Key] | None"]
Leads = dict[Key, "frozenset[Key] | None"]  # a pattern's leads: what may follow each first token (None: anything)
Frames = tuple[tuple[Sequence[Any], int], ...]  # parsed items still to match, innermost first
State = tuple[Frames, str, "Key | None", bool]
ANY_FIRST = ("", True)  # the first token while the walk reads what may follow any first token
ANY_SECOND = ("", False)  # the same, while it reads the token after a second one that ended in spaces
# A pattern's thirds: for a second token (folded, whole), the keys of the token after it and
# spaces or of the sign right after it ("3 days [later]", "3 [to] 5 days", "2,000[,]000"); a
# second token that may end a match, or be followed by anything, has none.
Thirds = dict[str, "frozenset[Key] | None"]


def fold(token: str) -> str:
    """A token as leads spell it: lower case, ASCII look-alikes made ASCII, digits as 0."""
    folded = FOLDED.get(token)
    if folded is None:  # words recur: each is folded once
        folded = fold_once(token)
        if len(FOLDED) >= TOKEN_CACHE:
            FOLDED.clear()
        FOLDED[token] = folded
    return folded


def fold_once(text: str) -> str:
    """`fold`, not remembered: for text that seldom recurs (the characters before a token)."""
    if text.isascii():  # (most text: its bytes fold alike, eight times faster than `str.translate`)
        return text.encode("ascii").lower().translate(ASCII_DIGIT_BYTES).decode("ascii")
    lowered = text.translate(ASCII_FOLD).lower()
    return lowered.translate(ASCII_DIGITS) if lowered.isascii() else DIGITS.sub("0", lowered)


def fold_behind(text: str) -> str:
    """The text before a token as lookbehind tails spell it: folded, each space character " "."""
    if text.isascii():
        return text.encode("ascii").lower().translate(ASCII_BEHIND_BYTES).decode("ascii")
    return SPACE.sub(" ", fold_once(text))


def pattern_behind(pattern: str) -> tuple[str, ...] | None:
    """What the text right before every match ends with (folded), read off a lookbehind that
    opens the pattern ("(?<=in |by )1[5-8]\\d\\d"), or None when nothing is required."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # syntax only the regex module knows
        return None
    tails: set[str] = set()
    for branch in _openings(list(parsed)):
        found = _lookbehind(branch)
        if found is None:
            return None
        tails |= found
    return tuple(sorted(tails)) if tails and "" not in tails else None


def _openings(items: list[Any]) -> list[list[Any]]:
    """The alternatives a pattern opens with, past zero-width conditions and groups ((?!) left out)."""
    while items and items[0][0].name in {"ASSERT_NOT", "AT"}:
        items = items[1:]
    if not items:
        return [items]
    op, av = items[0]
    if op.name == "SUBPATTERN":
        return _openings(list(av[-1]) + items[1:])
    if op.name == "BRANCH":
        return [opening for branch in av[1] if not (len(branch) == 1 and branch[0][0].name == "ASSERT_NOT"
                                                    and not branch[0][1][1])
                for opening in _openings(list(branch) + items[1:])]
    return [items]


def _lookbehind(items: list[Any]) -> set[str] | None:
    """The tails a positive lookbehind that opens `items` requires, or None."""
    if not items or items[0][0].name != "ASSERT" or items[0][1][0] != -1:
        return None
    return _tails(list(items[0][1][1]), "")


def _tails(items: list[Any], tail: str) -> set[str]:
    """Endings of text that `items` match, read from the last item back (as far as they are plain)."""
    if len(tail) >= LEAD_CHARS or not items:
        return {tail}
    op, av = items[-1]
    rest = items[:-1]
    if op.name == "LITERAL":
        return _tails(rest, _fold_tail_char(chr(av)) + tail)
    if op.name == "IN":
        chars = _class_chars(av)
        if chars is None or len(chars) > LEAD_CHARS:
            return {tail}
        return {found for char in chars for found in _tails(rest, _fold_tail_char(char) + tail)}
    if op.name == "SUBPATTERN":
        return _tails(rest + list(av[-1]), tail)
    if op.name == "BRANCH":
        return {found for branch in av[1] for found in _tails(rest + list(branch), tail)}
    return {tail}


def _fold_tail_char(char: str) -> str:
    """One character of a lookbehind's tail as `fold_behind` reads the text (a space for any)."""
    return " " if SPACE.match(char) else fold(char)


def pattern_leads(pattern: str) -> Leads | None:
    """The leads every match of a pattern starts with, or None when they cannot be told."""
    return pattern_lead_paths(pattern)[0]


def pattern_lead_paths(pattern: str) -> tuple[Leads | None, Thirds]:
    """A pattern's leads, and what follows each whole second token of them after spaces (for
    any first token: a second token that never ends in spaces has none)."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # syntax only the regex module knows: the rule runs everywhere
        return None, {}
    if not parsed or parsed[0][0].name != "ASSERT_NOT" or parsed[0][1][0] != -1 \
            or not _holds_word(parsed[0][1][1]):
        return None, {}  # without (?<![\w]) first, a match may start inside a word
    walk = _Walk()
    try:
        found = walk.leads(((parsed, 0),), "", None, 0)
    except _TooLong:
        return None, {}
    if found is None:
        return None, {}
    leads: Leads = {}
    for key, seconds in found:
        if seconds is None or not key[1] or leads.get(key, frozenset()) is None:
            leads[key] = None
        else:
            leads[key] = leads.get(key, frozenset()) | seconds  # type: ignore[operator]
    return leads, {second: frozenset(thirds) for second, thirds in walk.thirds.items() if thirds is not None}


class _TooLong(Exception):
    """A pattern has too many paths to read."""


class _Walk:
    """Reads the leads of a parsed pattern, one path through it at a time (states remembered)."""

    def __init__(self) -> None:
        self.steps = 0
        self.open: dict[State, int] = {}  # states being read, by their depth in the walk
        self.known: dict[State, set[Lead] | None] = {}
        self.low = LEAD_STEPS  # the shallowest open state the current reading looped back to
        self.thirds: dict[str, set[Key] | None] = {}  # by a whole second token: see `Thirds`

    def leads(self, frames: Frames, word: str, first: Key | None, depth: int,
              glued: bool = False) -> set[Lead] | None:
        """Leads of the rest of a pattern, given the folded characters of the current token so far
        and the first token once the walk is past it (`word` then belongs to the second); `glued`
        when the token already ran two words together."""
        state = (frames, word, first, glued)
        if state in self.known:
            return self.known[state]
        if state in self.open:
            self.low = min(self.low, self.open[state])
            return set()  # a loop back to a state being read: its paths are read there
        self.steps += 1
        if self.steps > LEAD_STEPS:
            raise _TooLong
        level, outer_low = len(self.open), self.low
        self.open[state], self.low = level, LEAD_STEPS
        try:
            found = self.step(frames, word, first, depth, glued)
        finally:
            del self.open[state]
        if self.low >= level:  # complete: it looped back to no state still being read above it
            self.known[state], self.low = found, outer_low
        else:
            self.low = min(self.low, outer_low)
        return found

    def step(self, frames: Frames, word: str, first: Key | None, depth: int, glued: bool) -> set[Lead] | None:
        """Leads from the next item of a pattern."""
        if depth > LEAD_DEPTH or not frames:
            return self.stop(word, first, False)
        (items, index), outer = frames[0], frames[1:]
        op, av = items[index]
        rest = _push(items, index + 1, outer)
        kind = op.name
        if kind == "LITERAL":
            return self.chars([chr(av)], rest, word, first, depth, glued)
        if kind == "IN":
            chars = _class_chars(av)
            if chars is None:
                return self.stop(word, first, word != "" and not _class_may_be_word(av))
            return self.chars(chars, rest, word, first, depth, glued)
        if kind in {"SUBPATTERN", "ATOMIC_GROUP"}:
            return self.leads(_push(av[-1] if kind == "SUBPATTERN" else av, 0, rest), word, first, depth + 1, glued)
        if kind == "BRANCH":
            return _union(self.branch(branch, rest, word, first, depth, glued) for branch in av[1])
        if kind in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            return self.repeat(op, av, rest, word, first, depth, glued)
        if kind == "ASSERT_NOT" and not av[1]:
            return set()  # (?!) never matches
        if kind == "ASSERT_NOT" and av[0] == 1 and word and _holds_word(av[1]):
            return self.stop(word, first, True)  # (?![\w]): the token ends here
        if kind == "ASSERT" and av[0] == 1:  # (?=…): what follows is as the lookahead says
            return self.leads(_push(av[1], 0, ()), word, first, depth + 1)
        if kind in {"ASSERT", "ASSERT_NOT", "AT"}:
            return self.leads(rest, word, first, depth + 1, glued)  # leaving a condition out only widens
        return self.stop(word, first, False)

    def branch(self, items: Sequence[Any], rest: Frames, word: str, first: Key | None, depth: int,
               glued: bool) -> set[Lead] | None:
        """Leads of one alternative; a plain word ("february", a table key) is read in one step."""
        letters = _plain_word(items)
        if letters is not None and len(word) + len(letters) <= LEAD_CHARS:
            return self.leads(rest, word + letters, first, depth + 1, glued)
        return self.leads(_push(items, 0, rest), word, first, depth + 1, glued)

    def stop(self, word: str, first: Key | None, whole: bool) -> set[Lead] | None:
        """The leads of a path that ends, or cannot be read further, here."""
        if first is ANY_FIRST and word and whole:
            self.thirds[word] = None  # a second token that may end here: anything may follow it
        if first is not None:
            return {(first, (word, whole) if word else None)}
        return {((word, whole), None)} if word else None  # a match could start anywhere

    def chars(self, chars: list[str], rest: Frames, word: str, first: Key | None, depth: int,
              glued: bool) -> set[Lead] | None:
        """Leads when the next character is one of `chars`."""
        found: list[set[Lead] | None] = []
        for char in chars:
            if WORD_CHAR.match(char):
                if len(word) >= LEAD_CHARS:
                    found.append(self.stop(word, first, False))
                else:
                    found.append(self.leads(rest, word + fold(char), first, depth + 1, glued))
            elif word and first is None and SPACE.match(char):
                found.append(self.after(_skip_spaces(rest), (word, True), depth))
            elif word and first is None:  # a sign right after the first token: it and what it holds on to
                found.append(self.after(rest, (word, True), depth, fold(char)))
            elif word and first is ANY_FIRST and SPACE.match(char):
                found.append(self.third(_skip_spaces(rest), word, depth))
            elif word and first is ANY_FIRST:  # a sign right after the second token: the third
                found.append(self.followed(word, {(fold(char), True)}))
            elif word:
                found.append(self.stop(word, first, True))
            elif SPACE.match(char):
                found.append(None if first is None else self.leads(rest, "", first, depth + 1))
            else:
                found.append(self.stop(fold(char), first, True))  # a sign is a token of its own
        return _union(found)

    def after(self, frames: Frames, first: Key, depth: int, sign: str = "") -> set[Lead] | None:
        """Leads once the first token has ended, in spaces or in a sign: read once for every first token."""
        seconds = self.leads(frames, sign, ANY_FIRST, depth + 1)
        if seconds is None:
            return None
        keys = {second for _, second in seconds}
        return {(first, None)} if None in keys else {(first, frozenset(keys))}  # type: ignore[arg-type]

    def third(self, frames: Frames, second: str, depth: int) -> set[Lead]:
        """The leads of a second token that ends in spaces, what follows them noted in `thirds`."""
        thirds = self.leads(frames, "", ANY_SECOND, depth + 1)
        return self.followed(second, None if thirds is None else {third for _, third in thirds})

    def followed(self, second: str, keys: set[Key | None] | None) -> set[Lead]:
        """The leads of a second token that ends here, the keys of what may follow it noted."""
        known = self.thirds.get(second, set())
        if known is not None:
            self.thirds[second] = None if keys is None or None in keys else known | keys  # type: ignore[operator]
        return {(ANY_FIRST, (second, True))}

    def repeat(self, op: Any, av: tuple[int, int, Any], rest: Frames, word: str, first: Key | None,
               depth: int, glued: bool) -> set[Lead] | None:
        """Leads of a repeated item: without it (if it may be left out), and with one more."""
        low, high, item = av
        if first is not None and not word and _only_spaces(item):
            return self.leads(rest, word, first, depth + 1)  # spaces between tokens are skipped
        found: list[set[Lead] | None] = []
        if low == 0 and word and _only_spaces(item) and glued:
            found.append(self.stop(word, first, False))  # a third word run on: any token that starts so
        elif low == 0:
            # Left out, optional spaces run two words into one token ("430pm"); once per token
            # keeps the walk from spelling out every pair of number words ("twentytothirty").
            found.append(self.leads(rest, word, first, depth + 1, glued or (word != "" and _only_spaces(item))))
        if high != 0:
            again = ((op, (max(low - 1, 0), high if high == sre_constants.MAXREPEAT else high - 1, item)),)
            found.append(self.leads(_push(item, 0, ((again, 0), *rest)), word, first, depth + 1, glued))
        return _union(found)


def standard_reads(text: str) -> bool:
    """True when the standard module reads text as the regex module does: it classes every
    character alike (word, space, digit or none) and no character folds to ASCII otherwise."""
    if text.isascii():
        return _ascii_alike(text)
    return all(_agrees(char) for char in set(text) if not char.isascii()) and _ascii_alike(text)


def _ascii_alike(text: str) -> bool:
    """True when text holds none of the ASCII characters the two modules class apart (four
    searches for one character, each a quick run through memory, cost a small part of one
    search for the class by either module)."""
    return all(char not in text for char in ASCII_DISAGREEING)


def _agrees(char: str) -> bool:
    """True when both regular-expression modules class a character alike, and it is no
    look-alike of an ASCII letter."""
    found = AGREES.get(char)
    if found is None:
        found = ord(char) not in ASCII_FOLD and \
            (standard_re.match(r"\w", char) is None) == (WORD_CHAR.match(char) is None) and \
            (standard_re.match(r"\s", char) is None) == (SPACE.match(char) is None) and \
            (standard_re.match(r"\d", char) is None) == (DIGITS.match(char) is None)
        AGREES[char] = found
    return found


def _plain_word(items: Sequence[tuple[Any, Any]]) -> str | None:
    """The folded text of an alternative made of word characters only, else None."""
    chars = []
    for op, av in items:
        if op.name != "LITERAL" or not WORD_CHAR.match(chr(av)):
            return None
        chars.append(chr(av))
    return fold("".join(chars)) if chars else None


def _push(items: Sequence[Any], index: int, outer: Frames) -> Frames:
    """Frames with items[index:] to match first; finished items are left out, so that a loop
    through a repeat comes back to the very same frames."""
    return ((items, index), *outer) if index < len(items) else outer


def _skip_spaces(rest: Frames) -> Frames:
    """The frames after any further repeats of spaces (the rest of a \\s+)."""
    while rest:
        (items, index), outer = rest[0], rest[1:]
        op, av = items[index]
        if op.name not in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"} or not _only_spaces(av[2]):
            break
        rest = _push(items, index + 1, outer)
    return rest


def _only_spaces(items: Sequence[tuple[Any, Any]]) -> bool:
    """True for an item that matches one space and nothing else."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op.name == "LITERAL":
        return bool(SPACE.match(chr(av)))
    chars = _class_chars(av) if op.name == "IN" else None
    return chars is not None and all(SPACE.match(char) for char in chars)


def _class_chars(items: Sequence[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a small class (\\d as one digit, \\s as one space), else None."""
    chars: list[str] = []
    for op, av in items:
        if op.name == "LITERAL":
            chars.append(chr(av))
        elif op.name == "RANGE" and av[1] - av[0] < LARGE_CLASS:
            chars.extend(chr(code) for code in range(av[0], av[1] + 1))
        elif op.name == "CATEGORY" and av.name == "CATEGORY_DIGIT":
            chars.append("0")
        elif op.name == "CATEGORY" and av.name == "CATEGORY_SPACE":
            chars.append(" ")
        else:
            return None
    return chars


def _class_may_be_word(items: Sequence[tuple[Any, Any]]) -> bool:
    """False only for a class that surely holds no word character (spaces, signs)."""
    chars = _class_chars(items)
    return chars is None or any(WORD_CHAR.match(char) for char in chars)


def _holds_word(parsed: Sequence[tuple[Any, Any]]) -> bool:
    """True for a lookaround of one class that holds \\w, as in (?![\\w]) or (?![\\w-])."""
    return len(parsed) == 1 and parsed[0][0].name == "IN" and any(
        op.name == "CATEGORY" and av.name == "CATEGORY_WORD" for op, av in parsed[0][1])


def _union(results: Iterable[set[Lead] | None]) -> set[Lead] | None:
    """All leads of several paths; None (unknown) when any path's are unknown."""
    union: set[Lead] = set()
    for result in results:
        if result is None:
            return None
        union |= result
    return union
