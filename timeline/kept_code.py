"""The Python source that libraries compile as a command starts, kept compiled between runs.

Every dataclass writes its methods (`__init__`, `__repr__`, `__eq__` …) as Python source and
`exec`s it, typing compiles each forward reference it is given as a string (pydantic_core's
hundreds of typed dicts), and a named tuple `eval`s its constructor: a one-article build parses
and compiles some 1,300 such pieces, about a sixth of its instructions. The `timeline` command
(`timeline.console`) gives those three modules, in place of the built-in `exec`, `compile` and
`eval` they call, functions that take the code compiled from the same text by an earlier run and
run that: `compile` of the same text, file name, mode and inherited `__future__` flags gives the
same code, which `marshal` keeps as the interpreter keeps a module's (`__pycache__`). At exit, the
pieces compiled in the run and not kept yet are added to the command's file. Everything here only
saves time: a missing or damaged file, or any other call than the one taken over, is handled by
the built-in itself.
"""

from __future__ import annotations
import __future__

import atexit
import builtins
import importlib
import marshal
import sys
from types import CodeType
from typing import Any

from timeline.atomic import write_atomic
from timeline.derived import cache_dir, digest
from timeline.errors import TimelineError

Key = tuple[str, str, int, str]  # (mode, file name, __future__ flags, source)
# The modules whose calls of a built-in are taken over, and which built-in: the only callers of
# these built-ins in them compile the text of generated code (dataclasses._create_fn,
# typing.ForwardRef, collections.namedtuple).
CALLERS = {"collections": "eval", "typing": "compile", "dataclasses": "exec"}
# The compiler flags of the __future__ features, which a text compiled by `exec` or `compile`
# inherits from its caller (nested_scopes and generators are always on: their flags are no options).
FUTURE_FLAGS = 0
for _feature in set(__future__.all_feature_names) - {"nested_scopes", "generators"}:
    FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag
MAX_KEPT = 20_000  # pieces in one command's file; past this it starts again from the run's own
_kept: dict[Key, CodeType] = {}
_new: dict[Key, CodeType] = {}


def _name(command: str) -> str:
    """The file of a command's kept code, for this interpreter (marshal's format is its own)."""
    return f"code-cache/{digest('code-cache-1', str(sys.flags.optimize), command)}.marshal"


def prime(command: str) -> None:
    """Take over the three modules' calls with the command's kept code; keep the new code at exit."""
    _kept.update(_read(command))
    takers = {"exec": kept_exec, "compile": kept_compile, "eval": kept_eval}
    for module_name, builtin in CALLERS.items():  # in this order: importing dataclasses makes named tuples
        module = importlib.import_module(module_name)
        vars(module).setdefault(builtin, takers[builtin])
    atexit.register(keep_new, command)


def _read(command: str) -> dict[Key, CodeType]:
    try:
        kept = marshal.loads((cache_dir() / _name(command)).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _compiled(source: str, filename: str, mode: str, flags: int) -> CodeType:
    """The code of `source`, kept or compiled now, as `compile` would make it with these flags."""
    key = (mode, filename, flags, source)
    code = _kept.get(key) or _new.get(key)
    if code is None:
        code = _new[key] = builtins.compile(source, filename, mode, flags, True)
    return code


def _inherited(depth: int = 2) -> int:
    """The `__future__` flags a text compiled by the caller's caller inherits from it."""
    return sys._getframe(depth).f_code.co_flags & FUTURE_FLAGS


def kept_exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /, **options: Any) -> None:
    """`exec`, running the kept code of a text."""
    if globals is None:  # the caller's namespaces, as `exec` would take them
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    if isinstance(source, str) and not options:
        source = _compiled(source, "<string>", "exec", _inherited())
    builtins.exec(source, globals, locals, **options)


def kept_eval(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> Any:
    """`eval`, evaluating the kept code of a text."""
    if globals is None:
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    if isinstance(source, str):
        source = _compiled(source, "<string>", "eval", _inherited())
    return builtins.eval(source, globals, locals)


def kept_compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
                 optimize: int = -1, **options: Any) -> Any:
    """`compile`, giving the kept code of a text compiled with the default options."""
    inherited = 0 if dont_inherit else _inherited()
    if isinstance(source, str) and isinstance(filename, str) and flags == 0 and optimize == -1 and not options:
        return _compiled(source, filename, mode, inherited)
    return builtins.compile(source, filename, mode, flags | inherited, True, optimize, **options)


def keep_new(command: str) -> None:
    """Add the code compiled in this run to the command's file. Never raises: the command has done its work."""
    if not _new:
        return
    kept = {**_kept, **_new} if len(_kept) + len(_new) <= MAX_KEPT else dict(_new)
    try:
        path = cache_dir() / _name(command)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(kept))
    except (OSError, TimelineError, ValueError):
        return
