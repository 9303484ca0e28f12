"""The one trie-to-pattern builder: keys with shared beginnings factored out, so that a regex tries
one branch per character instead of every key ("will(?: be)?"), longer keys still first."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

END = "\0end"  # a key ends at this node
PREFIX = "\0prefix"  # a key ends here and whatever follows it matches too
MARKERS = (END, PREFIX)
Trie = dict[str, Any]


def build_trie(keys: Iterable[str], marker: str = END) -> Trie:
    """The characters of `keys` as nested dictionaries, each key's last node marked."""
    root: Trie = {}
    add_keys(root, keys, marker)
    return root


def add_keys(root: Trie, keys: Iterable[str], marker: str = END) -> None:
    """Add `keys` to a trie, each key's last node marked with `marker`."""
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[marker] = {}


def trie_pattern(node: Trie, char: Callable[[str], str], end: str | None = None,
                 then: Mapping[str, str] | None = None, path: str = "") -> str:
    """The alternation of the keys below `node`, each character written by `char`.

    Where a key ends and longer keys go on, the rest is optional (tried first, so the longest key
    wins), or, when `end` is given, `end` is one more alternative (a lookahead such as a word end),
    followed by what `then` holds for that key (`path`: the key's characters above `node`).
    """
    if PREFIX in node:
        return ""
    branches = [char(c) + trie_pattern(child, char, end, then, path + c)
                for c, child in sorted(node.items()) if c not in MARKERS]
    if END in node and end is not None:
        branches.append(end + (then or {}).get(path, ""))
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if END in node and end is None else inner


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so that "will be" is tried before "will")."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
