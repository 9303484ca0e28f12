"""Regexes compiled once and kept between runs (the standard module's, and the regex module's).

The rules' patterns and the lead scanner are large alternations (tries of every table key):
parsing them takes most of a one-article build's tagging time. The code the standard module
compiles a pattern into is kept (`timeline.derived`, one file per pattern, named by a
hash of the pattern, its flags, the interpreter and the module's code version), and a later run
hands it straight to the module's compiler `_sre.compile`, which is what `re.compile` ends with;
the compiled pattern also goes to the standard module's cache, where the `timeline` command keeps
the patterns it compiles in one file (`timeline.kept_patterns`) and puts them back at its start.
The result is the same compiled pattern; any file that is missing, unreadable or refused by
`_sre` is ignored and the pattern compiled as usual. `compile_kept_regex` does the same for the
`regex` module (the patterns that need it: lookbehinds of any width), whose compiler ends by
handing its C module's `compile` what it made of the pattern: that is kept, named by the
module's version too. `lazy` and `lazy_regex` give a module's pattern that is compiled the first
time it is used: a command then compiles only the patterns it runs.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any, cast

import regex

from timeline.derived import digest, read_derived, write_derived
from timeline.kept_patterns import CACHE as _re_cache
from timeline.kept_patterns import SRE as _sre  # None where the standard module's internals differ
from timeline.kept_patterns import arguments as _arguments
from timeline.kept_patterns import code_name

MIN_LENGTH = 40  # shorter patterns compile in about the time reading a file takes (the standard module)
# The regex module parses in Python: even "^\d{4}" takes 0.2-0.3 ms, four times reading what was kept.
MIN_REGEX_LENGTH = 0


def compile_kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the code kept by an earlier run when there is some."""
    if _sre is None or len(pattern) < MIN_LENGTH:
        return re.compile(pattern, flags)
    flags = int(flags)
    key = (str, pattern, flags)  # the standard module's own cache: `timeline.kept_patterns` may have put it there
    found = _re_cache.get(key) if _re_cache is not None else None
    if found is not None:
        return found
    compiled = _compiled_kept(pattern, flags)
    if _re_cache is not None:
        _re_cache.setdefault(key, compiled)  # where the command's kept patterns are taken from at exit
    return compiled


def _compiled_kept(pattern: str, flags: int) -> re.Pattern[str]:
    """The pattern from its own file of kept code, or compiled and kept there."""
    name = code_name(pattern, flags)
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


@cache  # as regex.compile keeps its own: call sites compile a pattern once, but not all of them
def compile_kept_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, from what an earlier run's compilation made of it when kept."""
    flags = int(flags)
    if len(pattern) < MIN_REGEX_LENGTH or flags & regex.LOCALE or "(?L" in pattern:  # a locale's pattern varies
        return regex.compile(pattern, flags)
    name = "regex-module/" + digest(regex.__version__, str(regex.DEFAULT_VERSION), str(flags), pattern) + ".pickle"
    kept = read_derived(name, tuple)
    if kept is not None and kept and kept[0] == pattern:
        return regex._regex.compile(*kept)
    compiled, arguments = _compile_recorded(pattern, flags)
    if arguments is not None:
        write_derived(name, arguments)
    return compiled


def kept_backward(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`compile_kept_regex` for a pattern only asked whether it matches somewhere (`search(...)`
    is None or not), compiled to search from the end of the text back: whether some match
    exists does not depend on the direction of the search, but a pattern whose matches end the
    text ("… for (the )?$") then fails at once at every other end, where a forward search tries
    every start (six times faster for the period cues of `timeline.events.govern`). Atomic groups
    and possessive repeats do depend on the direction: a pattern with them is searched forward."""
    if ATOMIC.search(pattern):
        return compile_kept_regex(pattern, flags)
    return compile_kept_regex(pattern, flags | regex.REVERSE)


ATOMIC = re.compile(r"\(\?>|[*+?}]\+")  # an atomic group or a possessive repeat (or an escaped look-alike)
_RECORDING = threading.Lock()


class _Recorder:
    """Stands for the regex module's C part while one pattern compiles, to keep what it is handed
    (by the thread that compiles: another thread's patterns pass through untouched)."""

    def __init__(self, module: Any) -> None:
        self.module, self.thread = module, threading.get_ident()
        self.arguments: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.module, name)

    def compile(self, *arguments: Any) -> Any:
        if threading.get_ident() == self.thread:
            self.arguments = arguments
        return self.module.compile(*arguments)


def _compile_recorded(pattern: str, flags: int) -> tuple[regex.Pattern[str], tuple[Any, ...] | None]:
    """The pattern compiled by the regex module (not from its cache), and what its C part was handed."""
    main = regex._main  # where `_compile` finds the C module, by this name
    with _RECORDING:
        recorder = _Recorder(main._regex)
        main._regex = recorder
        try:
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            main._regex = recorder.module
    arguments = recorder.arguments
    return compiled, (arguments if arguments and arguments[0] == pattern else None)


# What a pattern is asked for, set on a `LazyPattern` once compiled: then a call costs what a
# call on the compiled pattern does (no `__getattr__` in between).
PATTERN_ATTRIBUTES = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                      "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A pattern compiled the first time one of its attributes is asked for, by the standard
    module or by the regex module (`compile_kept`, `compile_kept_regex`). The events and tagger
    modules define a hundred patterns, of which a one-article build runs about half: compiling
    every one on import took a sixth of that build's time."""

    def __init__(self, pattern: str, flags: int, module: str) -> None:
        self._source = (pattern, int(flags), module)

    def __getattr__(self, name: str) -> Any:  # called only for what is not set yet
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        pattern, flags, module = self._source
        compiled = compile_kept(pattern, flags) if module == "re" else compile_kept_regex(pattern, flags)
        for attribute in PATTERN_ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        pattern, flags, module = self._source
        return f"lazy {module}.compile({pattern!r}, {flags})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags, "re"))


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("regex.Pattern[str]", LazyPattern(pattern, flags, "regex"))
