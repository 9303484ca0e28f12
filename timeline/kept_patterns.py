"""The standard module's patterns that a command compiles with `re.compile`, kept between runs.

A one-article build compiles some 170 patterns through `re.compile` (the libraries' on import:
PyYAML's reader alone spends some 5 ms on one character class; Jinja's, click's, email's; and
the short patterns of timeline's own modules): about a tenth of its CPU time. The `timeline`
command (`timeline.console`) puts them in the standard module's own cache (`re._cache`, what
`re.compile` looks in first) before it imports anything, compiled by `_sre.compile` from the code
an earlier run's compilation handed it (as `timeline.language.compiled` does pattern by pattern),
so that `re.compile` returns them at once. The result is the same compiled pattern. timeline's own
long patterns (`timeline.language.compiled`, each kept in a file of its own for any caller) go to
the same cache when compiled, and are kept here too: a build then reads one file, not some 180.
The patterns are kept by command (`build`, `tag` …), so that `--help` reads none of a build's.

At exit, the patterns compiled in the run that are not kept yet are added, once a pattern has
been compiled in two runs: some libraries build a pattern from a set (Jinja's operators, the
tokenizer's string prefixes, babel's spaces), whose order changes from one process to the next,
and those would otherwise fill the file with patterns never asked for again; a pattern seen in two
orders is not kept in any. The file is written only when it gains a pattern. Everything here only
saves time: a missing or damaged file, an interpreter without these internals, or a refused code
is ignored.
"""

from __future__ import annotations

import atexit
import re
from array import array
from typing import Any

from timeline.derived import digest, read_derived, write_derived

try:  # the standard module's internals (CPython 3.11 and later); elsewhere nothing is kept
    import _sre
    from re import _compiler, _parser

    CACHE: dict[Any, Any] | None = re._cache  # type: ignore[attr-defined]
    SRE: Any = _sre  # the module `arguments` compiles for (None: these internals are missing)
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    SRE, CACHE = None, None

MAX_KEPT = 400  # below the standard module's cache size (512), so that its own entries still fit
SEEN_MARKS = 4 * MAX_KEPT  # the list of patterns seen once is started again past this length
UNKEPT_FLAGS = re.DEBUG | re.LOCALE | getattr(re, "TEMPLATE", 0)  # debugging output, a locale's rules
Key = tuple[type, Any, int]  # the standard module's cache key: (str or bytes, pattern, flags)
# A pattern's code is kept as the bytes of an array of 32-bit words (what _sre's code is made of):
# some 360,000 words in a build, which pickle writes and reads as one string instead of one int
# at a time (7 ms to write as a list, 1.4 ms as bytes).
CODE_TYPE = "I"
CODE_SIZE = array(CODE_TYPE).itemsize


def _names(command: str) -> tuple[str, str]:
    """File names of the kept patterns' code and of the patterns seen once, for this interpreter
    and command (`build`, `tag` …: `--help` need not read the patterns a build runs)."""
    hashed = digest("re-cache-2", str(getattr(SRE, "MAGIC", "")), str(CODE_SIZE), command)
    return f"re-cache/{hashed}.pickle", f"re-cache/{hashed}-seen.pickle"


def code_name(pattern: str | bytes, flags: int) -> str:
    """The file that keeps the code of one pattern (`timeline.language.compiled`)."""
    return "regex/" + digest(str(getattr(SRE, "MAGIC", "")), str(flags), pattern) + ".pickle"


def arguments(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands `_sre.compile` after the pattern (the same steps)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: opcodes are named ints
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for key, index in groupindex.items():
        indexgroup[index] = key
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def command_name(arguments: list[str]) -> str:
    """The command a command line runs (its first word that is not an option), "" for none."""
    return next((argument for argument in arguments if not argument.startswith("-")), "")


def prime(command: str) -> None:
    """Put the command's kept patterns in the standard module's cache, and keep new ones at exit."""
    kept = prime_cache(command)
    if CACHE is not None:
        atexit.register(keep_new, command, set(kept), kept)


def prime_cache(command: str) -> dict[Key, tuple[Any, ...]]:
    """Put the command's kept patterns in the standard module's cache; what was kept, by cache key."""
    if SRE is None or CACHE is None:
        return {}
    kept = read_derived(_names(command)[0], dict) or {}
    for key, kept_arguments in kept.items():
        try:
            flags, code, *rest = kept_arguments
            CACHE.setdefault(key, SRE.compile(key[1], flags, array(CODE_TYPE, code).tolist(), *rest))
        except Exception:  # a damaged entry or a code this _sre refuses: compiled as usual when asked
            continue
    return kept


def packed(arguments: tuple[Any, ...]) -> tuple[Any, ...]:
    """`arguments` with the code (a list of words) as the bytes of an array, as the kept file holds it."""
    flags, code, *rest = arguments
    return (flags, array(CODE_TYPE, code).tobytes(), *rest)


def _keepable(key: Any) -> bool:
    return (isinstance(key, tuple) and len(key) == 3 and key[0] in (str, bytes) and isinstance(key[1], key[0])
            and type(key[2]) is int and not key[2] & UNKEPT_FLAGS)


def keep_new(command: str, known: set[Key], kept: dict[Key, tuple[Any, ...]]) -> None:
    """Add the patterns compiled in this run and in an earlier one to the kept file; note the
    others as seen once. Never raises: the command has done its work."""
    try:
        _keep_new(command, known, kept)
    except Exception:  # pragma: no cover - a cache only saves time
        return


def _keep_new(command: str, known: set[Key], kept: dict[Key, tuple[Any, ...]]) -> None:
    if CACHE is None:
        return
    new = {key: _mark(key) for key in list(CACHE) if key not in known and _keepable(key)}
    if not new:
        return
    kept_name, seen_name = _names(command)
    seen = read_derived(seen_name, set) or set()
    shapes = {key: _shape(key) for key in new}
    # A pattern built from a set (Jinja's operators, babel's spaces) comes in another order in
    # another process: once two orders have been seen, none of them is kept (each would take a
    # place in the file and be rewritten into it, and the next process asks for yet another).
    unstable = {"unstable:" + shape for key, shape in shapes.items() if shape in seen and new[key] not in seen}
    settled = [key for key, mark in new.items() if mark in seen and "unstable:" + shapes[key] not in seen | unstable]
    again = sorted(settled, key=repr)[: max(0, MAX_KEPT - len(kept))]
    added = dict(kept)
    for key in again:
        try:  # a long pattern of timeline's has its code kept already: parsing it again takes long
            added[key] = packed(read_derived(code_name(key[1], key[2]), tuple) or arguments(key[1], key[2]))
        except Exception:  # pragma: no cover - it compiled once, so it parses: kept only if it does
            continue
    if len(added) > len(kept):  # the file is some 1 MB: written again only when it gains a pattern
        write_derived(kept_name, added)
    once = (set(new.values()) | set(shapes.values()) | unstable) - seen
    if once:  # a pattern that changes with every process adds its mark each time: forget them all now and then
        write_derived(seen_name, seen | once if len(seen) < SEEN_MARKS else once)


def _mark(key: Key) -> str:
    """A short digest that stands for a pattern in the list of patterns seen once."""
    return digest(key[0].__name__, str(key[2]), key[1] if isinstance(key[1], bytes) else key[1].encode(
        "utf-8", "surrogatepass"))[:16]


def _shape(key: Key) -> str:
    """A mark shared by the patterns made of the same characters in any order."""
    pattern = bytes(sorted(key[1])) if isinstance(key[1], bytes) else "".join(sorted(key[1]))
    return "shape:" + _mark((key[0], pattern, key[2]))
