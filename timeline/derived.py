"""Derived data kept between runs (parsed rule files, lead indexes, the regex module each rule
pattern takes): each file is named by a hash of everything that made it, so a stale one is
never read, and it only saves time: a missing, corrupt or unwritable file is simply rebuilt."""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from timeline.atomic import write_atomic
from timeline.errors import TimelineError

UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError,
              IndexError, KeyError, MemoryError)


def user_cache_root() -> Path:
    """The user's cache directory for timeline (platformdirs: ~/.cache/timeline on Linux, or
    $XDG_CACHE_HOME/timeline; the platform's own place elsewhere)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("timeline", appauthor=False))


def cache_dir() -> Path:
    """Where derived data is kept between runs: $TIMELINE_CACHE_DIR, else the user's cache."""
    explicit = os.environ.get("TIMELINE_CACHE_DIR")
    return Path(explicit) if explicit else user_cache_root()


def digest(*parts: bytes | str) -> str:
    """A hash of the parts (and of the interpreter, whose pickles and regex parsing may differ)."""
    hashed = hashlib.sha256(sys.version.encode("utf-8"))
    for part in parts:
        hashed.update(b"\0")
        # surrogatepass: a pattern may hold lone surrogates (a class of the characters XML refuses)
        hashed.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
    return hashed.hexdigest()[:32]


def read_derived(name: str, kind: type | tuple[type, ...]) -> Any | None:
    """The object kept under `name` if it is readable and of `kind`, else None."""
    try:
        found = pickle.loads((cache_dir() / name).read_bytes())  # our own file, named by the hash of what built it
    except UNREADABLE:
        return None
    return found if isinstance(found, kind) else None


def write_derived(name: str, value: Any) -> None:
    """Keep an object under `name`, atomically, or not at all (a read-only home is fine)."""
    path = cache_dir() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, TimelineError):
        return
