"""Atomic output: write to a temporary file beside the target, then rename it into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from timeline.errors import InputError


def write_atomic(path: str | Path, text: str) -> None:
    """Write text so that readers see the old file or the whole new one, never a part."""
    target = Path(path)
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
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
