"""The standard module's patterns kept between runs (timeline.kept_patterns): `re.compile` then
returns the pattern an earlier run compiled, the same pattern; a damaged file only costs time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline import kept_patterns
from timeline.derived import write_derived

pytestmark = pytest.mark.skipif(kept_patterns.CACHE is None, reason="no standard-module internals to use")
PATTERNS = [(r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)(?: (\d{4}))?", 0), (r"[^\x09\x0A\x20-\x7E\xA0-\uD7FF]", 0),
            (r"^\s*#+ ", re.M), (rb"\r\n|\r|\n", 0), (r"(?i)é+t[ée]", re.I)]
COMMAND = "build"
TEXT = "Met 3 March 2019, 14 May, été ÉTÉ\r\n# heading\n\x01"


@pytest.fixture
def derived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty folder of derived data, and the standard module's cache emptied before and after."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    re.purge()
    yield tmp_path
    re.purge()


def _run() -> dict[kept_patterns.Key, tuple[object, ...]]:
    """One command's life: the kept patterns primed, the patterns compiled, the new ones kept."""
    re.purge()
    kept = kept_patterns.prime_cache(COMMAND)
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    kept_patterns.keep_new(COMMAND, set(kept), kept)
    return kept


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    text: str | bytes = TEXT if isinstance(a.pattern, str) else TEXT.encode()
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]


def test_a_pattern_compiled_in_two_runs_is_primed_and_is_the_pattern_re_compiles(derived: Path) -> None:
    assert _run() == {}
    assert _run() == {}  # seen once so far: not kept yet
    kept = _run()
    assert set(kept) == {(type(pattern), pattern, int(flags)) for pattern, flags in PATTERNS}
    re.purge()
    kept_patterns.prime_cache(COMMAND)
    for pattern, flags in PATTERNS:
        primed = re.compile(pattern, flags)
        assert primed is kept_patterns.CACHE[type(pattern), pattern, int(flags)]
        re.purge()
        _same(primed, re.compile(pattern, flags))


def test_a_pattern_that_changes_from_run_to_run_is_not_kept(derived: Path) -> None:
    for run in range(3):
        re.purge()
        re.compile(f"(a|b|{run})")
        kept_patterns.keep_new(COMMAND, set(), {})
    assert kept_patterns.prime_cache(COMMAND) == {}


def test_a_pattern_seen_in_two_orders_is_kept_in_none(derived: Path) -> None:
    orders = ["a|b|c", "c|b|a", "a|b|c", "c|b|a", "a|b|c"]  # a set's members joined in another process's order
    for pattern in orders:
        re.purge()
        kept = kept_patterns.prime_cache(COMMAND)
        re.compile(pattern)
        re.compile("x+y")
        kept_patterns.keep_new(COMMAND, set(kept), kept)
    assert set(kept_patterns.prime_cache(COMMAND)) == {(str, "x+y", 0)}


def test_a_damaged_or_wrong_kept_file_only_costs_time(derived: Path) -> None:
    name = kept_patterns._names(COMMAND)[0]
    (derived / name).parent.mkdir(parents=True)
    (derived / name).write_bytes(b"not a pickle")
    assert kept_patterns.prime_cache(COMMAND) == {}
    write_derived(name, {(str, "a+", 0): ("bad code",), "not a key": ()})
    re.purge()
    kept_patterns.prime_cache(COMMAND)
    assert re.compile("a+").fullmatch("aaa")


def test_each_command_has_its_own_patterns(derived: Path) -> None:
    for _ in range(3):
        _run()
    assert kept_patterns.prime_cache("build")
    assert kept_patterns.prime_cache("--help") == kept_patterns.prime_cache("") == {}
    assert kept_patterns.command_name(["--debug", "build", "one.md"]) == "build"
    assert kept_patterns.command_name(["--help"]) == ""


def test_a_long_timeline_pattern_goes_to_the_standard_modules_cache_and_comes_back(derived: Path) -> None:
    from timeline.language.compiled import compile_kept

    pattern = r"(?<![\w])(?:" + "|".join(f"word{n}" for n in range(30)) + r")(?![\w])"
    compiled = compile_kept(pattern)
    assert kept_patterns.CACHE[str, pattern, 0] is compiled
    assert compile_kept(pattern) is compiled  # from the cache, not its file
    re.purge()
    _same(compile_kept(pattern), re.compile(pattern))


def test_a_pattern_with_lone_surrogates_is_kept(derived: Path) -> None:
    pattern = "[\x00-\x08\ud800-\udfff\ufffe\uffff]"  # the characters a page leaves out (render.view)
    for _ in range(3):
        re.purge()
        kept = kept_patterns.prime_cache(COMMAND)
        re.compile(pattern)
        kept_patterns.keep_new(COMMAND, set(kept), kept)
    assert (str, pattern, 0) in kept_patterns.prime_cache(COMMAND)
    assert re.compile(pattern).findall("a\x01\ud801\uffff") == ["\x01", "\ud801", "\uffff"]


def test_the_kept_file_is_written_again_only_when_it_gains_a_pattern(derived: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(3):
        _run()
    written: list[str] = []

    def write(name: str, value: object) -> None:
        written.append(name)
        write_derived(name, value)

    monkeypatch.setattr(kept_patterns, "write_derived", write)

    def refused(pattern: str, flags: int) -> tuple[object, ...]:
        raise ValueError("a pattern whose code cannot be kept")

    monkeypatch.setattr(kept_patterns, "arguments", refused)
    for _ in range(2):  # compiled in two runs, but its code cannot be kept
        re.purge()
        kept = kept_patterns.prime_cache(COMMAND)
        re.compile("x+y")
        kept_patterns.keep_new(COMMAND, set(kept), kept)
    assert kept_patterns._names(COMMAND)[0] not in written  # some 1 MB in a build: not written for nothing
