"""Atomic writing, for outputs and caches alike: a temporary file beside the target, renamed into place."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from timeline.errors import InputError

Content = str | bytes | Iterable[str]


def write_atomic(path: str | Path, text: Content) -> None:
    """Write text (or its chunks, as they come) so that readers see the old file or the whole
    new one, never a part."""
    write_all_atomic([(Path(path), text)])


def write_all_atomic(outputs: Iterable[tuple[Path, Content]]) -> None:
    """Write several files so that either all of them are replaced or none: each is written to a
    temporary file first, and only when every one is complete are they renamed into place."""
    written: list[tuple[str, Path]] = []
    try:
        for target, text in outputs:
            written.append((_write_temporary(target, text), target))
        for temporary, target in written:
            os.replace(temporary, target)
    except BaseException:
        for temporary, _ in written:
            Path(temporary).unlink(missing_ok=True)
        raise


def _write_temporary(target: Path, text: Content) -> str:
    """A complete temporary file beside `target` holding `text`; its path."""
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give a file name for the output")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{target}: folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{target}: cannot write in {folder} ({exc.strerror})") from exc
    try:
        os.chmod(temporary, _mode_for(target))
        if isinstance(text, bytes):
            with os.fdopen(handle, "wb") as binary:
                binary.write(text)
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.writelines([text] if isinstance(text, str) else text)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _mode_for(target: Path) -> int:
    """The permissions the output gets: those of the file it replaces, else what the umask allows
    a new file (a temporary file is created private, and a page must stay readable once published)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
