"""Standard-module regexes compiled once and kept between runs.

The rules' patterns and the lead scanner are large alternations (tries of every table key):
parsing them takes most of a one-article build's tagging time. The code the standard module
compiles a pattern into is kept (`timeline.derived`, one file per pattern, named by a
hash of the pattern, its flags, the interpreter and the module's code version), and a later run
hands it straight to the module's compiler `_sre.compile`, which is what `re.compile` ends with.
The result is the same compiled pattern; any file that is missing, unreadable or refused by
`_sre` is ignored and the pattern compiled as usual.
"""

from __future__ import annotations

import re
from typing import Any

from timeline.derived import digest, read_derived, write_derived

try:  # the standard module's internals: present in CPython, checked by `_kept` before any use
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter: compile as usual
    _sre = None

MIN_LENGTH = 40  # shorter patterns compile in about the time reading a file takes


def compile_kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the code kept by an earlier run when there is some."""
    if _sre is None or len(pattern) < MIN_LENGTH:
        return re.compile(pattern, flags)
    flags = int(flags)
    name = "regex/" + digest(str(getattr(_sre, "MAGIC", "")), str(flags), pattern) + ".pickle"
    kept = read_derived(name, tuple)
    if kept is not None:
        try:
            return _sre.compile(pattern, *kept)
        except Exception:  # code refused by this _sre: compile as usual, below
            pass
    arguments = _arguments(pattern, flags)
    compiled = _sre.compile(pattern, *arguments)
    write_derived(name, arguments)
    return compiled


def _arguments(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands `_sre.compile` after the pattern (the same steps)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: opcodes are named ints
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for key, index in groupindex.items():
        indexgroup[index] = key
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
