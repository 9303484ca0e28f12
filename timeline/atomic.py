"""Atomic writing, for outputs and caches alike: a temporary file beside the target, renamed into place.

Temporary files and folders are registered (`hold`) while they exist: SIGTERM, SIGHUP and SIGINT then
unwind the program as Ctrl-C does (`Terminated`, a KeyboardInterrupt), and the code that made
each path deletes it on the way out, so that nothing is left behind — neither a half-written
output beside its target nor a build's spill folder in $TMPDIR.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from timeline.errors import InputError, shown

Content = str | bytes | Iterable[str]
TERMINATING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))
# The handlers that would end the program without its cleanup code (or, for Ctrl-C, raise where
# an exception is lost): only these are replaced.
DEFAULT_HANDLERS = (signal.SIG_DFL, signal.default_int_handler)


class Terminated(KeyboardInterrupt):
    """SIGTERM, SIGHUP or SIGINT arrived: raised as Ctrl-C's KeyboardInterrupt is, so every cleanup runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.exit_code = 128 + signum  # what a shell reports for a process the signal ended


_held: dict[Path, None] = {}  # temporary paths that exist now (an ordered set)
_installed: dict[int, Any] = {}  # the signal handlers replaced while paths are held
_owner = 0  # the process that holds them (a forked worker inherits the handler, not the paths)
_pending = 0  # the terminating signal received, until nothing is held any more
_deferring = False  # a temporary path is being made and registered: a signal waits (`signals_deferred`)


def protect() -> None:
    """Catch SIGTERM and SIGHUP from now on: call it before creating a temporary path, so that
    no signal can end the program between its creation and `hold`."""
    if not _held:
        _install()


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold a terminating signal back while a temporary path is made and registered: one raised in
    between would leave the path behind, known to no one. It is raised right after. Only the main
    thread defers: a signal's handler runs there, and a worker thread (writing a cache entry, say)
    must neither hold back a signal the main thread receives nor raise it where it would be lost."""
    global _deferring
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _deferring = True
    try:
        yield
    finally:
        _deferring = False
    check_terminated()


def hold(path: Path) -> None:
    """Register a temporary file or folder: the program unwinds (and deletes it) if terminated."""
    protect()
    _held[path] = None


def release(path: Path) -> None:
    """The temporary path is gone or has become the output: forget it."""
    _held.pop(path, None)
    if not _held:
        _restore()


def _install() -> None:
    """Turn SIGTERM and SIGHUP into `Terminated` while temporary paths exist, when they would
    otherwise end the process on the spot (a program that handles or ignores them keeps its way)."""
    global _owner
    if threading.current_thread() is not threading.main_thread():
        return  # signal handlers can only be set from the main thread
    if _owner == 0:
        atexit.register(_remove_leftovers)
    _owner = os.getpid()
    for signum in TERMINATING:
        if signal.getsignal(signum) in DEFAULT_HANDLERS:
            _installed[signum] = signal.signal(signum, _on_signal)


def _restore() -> None:
    global _pending
    if os.getpid() != _owner or threading.current_thread() is not threading.main_thread():
        return
    _pending = 0
    for signum, previous in _installed.items():
        signal.signal(signum, previous)
    _installed.clear()


def _remove_leftovers() -> None:
    """At exit, delete the temporary paths still held: a signal that came between a path's
    creation and the `try` of the code that deletes it left it to no one else."""
    if os.getpid() != _owner:
        return
    for path in list(_held):
        if path.is_dir() and not path.is_symlink() and path.name.startswith("timeline-"):  # a spill folder
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.endswith(".tmp") and not path.is_dir():  # an output's temporary file
            path.unlink(missing_ok=True)
        release(path)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    global _pending
    if os.getpid() != _owner:  # a worker forked from the owner: end as the default action would
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    _pending = signum
    # in a finalizer the exception would be lost, and while a path is made it would leave the path
    # to no one: `check_terminated` raises it later
    if not _deferring and not _in_finalizer(frame):
        raise Terminated(signum)


def _in_finalizer(frame: FrameType | None) -> bool:
    """Whether Python is running a `__del__` method, where it ignores exceptions."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def check_terminated() -> None:
    """Raise `Terminated` if a signal came while Python ran a finalizer (`__del__`, which ignores
    exceptions): called as work goes on."""
    if _pending:
        raise Terminated(_pending)


def write_atomic(path: str | Path, text: Content) -> None:
    """Write text (or its chunks, as they come) so that readers see the old file or the whole
    new one, never a part."""
    write_all_atomic([(Path(path), text)])


def write_all_atomic(outputs: Iterable[tuple[Path, Content]]) -> None:
    """Write several files so that either all of them are replaced or none: each is written to a
    temporary file first, and only when every one is complete are they renamed into place."""
    written: list[tuple[Path, Path]] = []
    try:
        for target, text in outputs:
            written.append((_write_temporary(target, text), target))
        for temporary, target in written:
            try:
                os.replace(temporary, target)
            except OSError as exc:
                raise _write_error(target, exc) from exc
            release(temporary)
    except BaseException:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
            release(temporary)
        raise


def check_target(target: Path) -> None:
    """Refuse an output path that is a folder, a device or a pipe, or whose folder is missing."""
    if target.is_dir():
        raise InputError(f"{shown(target)}: is a folder; give a file name for the output")
    try:
        mode = target.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise InputError(f"{shown(target)}: not a regular file (a device or a pipe); outputs replace files only, "
                         "leave out -o to write to standard output")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{shown(target)}: folder {shown(folder)} does not exist")


def _write_temporary(target: Path, text: Content) -> Path:
    """A complete temporary file beside `target` holding `text`; its path."""
    check_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    protect()
    with signals_deferred():
        try:
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            release(Path())
            raise _write_error(target, exc) from exc
        temporary = Path(name)
        hold(temporary)
    try:
        os.chmod(temporary, _mode_for(target))
        if isinstance(text, bytes):
            with os.fdopen(handle, "wb") as binary:
                binary.write(text)
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                for chunk in [text] if isinstance(text, str) else text:
                    check_terminated()
                    stream.write(chunk)
    except OSError as exc:  # no space left, over the file-size limit, an I/O error
        temporary.unlink(missing_ok=True)
        release(temporary)
        raise _write_error(target, exc) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        release(temporary)
        raise
    return temporary


def _write_error(target: Path, exc: OSError) -> InputError:
    return InputError(f"cannot write {shown(target)}: {exc.strerror or exc}; any earlier file there is intact")


def _mode_for(target: Path) -> int:
    """The permissions the output gets: those of the file it replaces, else what the umask allows
    a new file (a temporary file is created private, and a page must stay readable once published)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
