"""Generated code kept compiled between runs (timeline.kept_code): the code taken from the file is
the code the built-in makes of the same text, and a missing, damaged or unwritable file only
costs time."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import kept_code

# A fresh interpreter with the command's start (`prime`), then generated code of all three kinds.
SCRIPT = """
import os, sys
from timeline import kept_code
if os.environ.get("PRIME") != "0":
    kept_code.prime("build")
import dataclasses, typing, collections
@dataclasses.dataclass(frozen=True, order=True)
class Day:
    year: int
    month: int = 1
    notes: tuple = dataclasses.field(default_factory=tuple)
Point = collections.namedtuple("Point", "x y")
Tagged = typing.TypedDict("Tagged", {"value": "list[int]", "type": "typing.Literal['DATE']"})
a, b = Day(2019, 2), Day(2019, 3, ("x",))
print(a, a < b, a == Day(2019, 2), hash(a) == hash(Day(2019, 2)), Point(1, 2), Point(1, 2)._replace(x=3))
print(typing.get_type_hints(Tagged), Day.__init__.__annotations__)
print(len(kept_code._kept) > 0, len(kept_code._new) > 0)
"""


def _run(cache: Path, prime: bool = True) -> list[str]:
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(cache), "PRIME": "1" if prime else "0"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_a_second_run_takes_the_kept_code_and_gives_the_same_classes(tmp_path: Path) -> None:
    first, second = _run(tmp_path), _run(tmp_path)
    assert first[:2] == second[:2] == _run(tmp_path / "unused", prime=False)[:2]
    assert first[0] == ("Day(year=2019, month=2, notes=()) True True True Point(x=1, y=2) Point(x=3, y=2)")
    assert first[2] == "False True"  # nothing kept yet: compiled and written at exit
    assert second[2] == "True False"  # every piece came from the file


def test_a_damaged_file_only_costs_time_and_is_written_again(tmp_path: Path) -> None:
    expected = _run(tmp_path)
    kept = next(tmp_path.glob("code-cache/*.marshal"))
    for damage in (b"", b"\x00garbage", kept.read_bytes()[:100]):
        kept.write_bytes(damage)
        assert _run(tmp_path)[:2] == expected[:2]
    assert _run(tmp_path)[2] == "True False"


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert _run(blocked)[2] == "False True"


def test_the_kept_code_is_the_code_the_builtin_compiles() -> None:
    text = "def __create_fn__(x):\n def f(self, y: 'int' = x) -> None:\n  self.y = y\n return f"
    assert kept_code._compiled(text, "<string>", "exec", 0) == builtins.compile(text, "<string>", "exec",
                                                                                 dont_inherit=True)
    assert kept_code.kept_compile("list[int]", "<string>", "eval") == builtins.compile("list[int]", "<string>",
                                                                                        "eval")


def test_a_caller_s_future_flags_are_inherited_as_by_the_builtins() -> None:
    # this module has `from __future__ import annotations`: annotations of code it execs stay text
    mine: dict[str, object] = {}
    theirs: dict[str, object] = {}
    kept_code.kept_exec("def f(x: int) -> None: pass", mine)
    builtins.exec("def f(x: int) -> None: pass", theirs)
    assert mine["f"].__annotations__ == theirs["f"].__annotations__ == {"x": "int", "return": "None"}  # type: ignore[attr-defined]
    plain = builtins.compile("def call(run):\n ns = {}\n run('def f(x: int): pass', ns)\n return ns['f']",
                             "<test>", "exec", dont_inherit=True)
    namespace: dict[str, object] = {}
    builtins.exec(plain, namespace)
    assert namespace["call"](kept_code.kept_exec).__annotations__ == {"x": int}  # type: ignore[operator]


def test_without_namespaces_the_caller_s_are_used() -> None:
    a = 41
    assert kept_code.kept_eval("a + 1") == builtins.eval("a + 1") == a + 1
    assert kept_code.kept_compile("a", "<x>", "eval", dont_inherit=True) == builtins.compile("a", "<x>", "eval",
                                                                                             dont_inherit=True)
    assert kept_code.kept_compile("a", "<x>", "eval") == builtins.compile("a", "<x>", "eval")


def test_other_calls_go_to_the_builtins_unchanged() -> None:
    code = builtins.compile("1 + 1", "<string>", "eval")
    assert kept_code.kept_eval(code) == 2
    tree = kept_code.kept_compile("x = 1", "<string>", "exec", 0x400)  # ast.PyCF_ONLY_AST
    assert type(tree).__name__ == "Module"
    with pytest.raises(SyntaxError):
        kept_code.kept_compile("x = ", "<string>", "exec")
