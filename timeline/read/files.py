"""Files and folders: only regular files are read, folders are walked without leaving them.

A device, a named pipe or a socket is never opened for reading (`/dev/zero` would never end, a
pipe without a writer would wait for ever): given alone it is an error, found in a folder it is
skipped and reported. Inside a folder, a symbolic link is followed only when its target stays
inside the folder given (or with `--follow-links`); links that lead outside, dangling links and
loops are skipped and reported. The size limit is enforced while reading, whatever `stat` said.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from timeline.errors import InputError, shown
from timeline.read.options import ReadOptions, check_size


class Entry(NamedTuple):
    """One input after folders and globs are expanded: a name to read, or one to report."""

    name: str
    in_folder: bool  # came from a folder or a glob (then a failure skips it rather than stopping)
    skip: str | None = None  # why a folder's entry is not read, when it is not


def file_kind(mode: int) -> str | None:
    """What a file that is not a regular file or a folder is ("named pipe (FIFO)"), else None."""
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "special file"


def _not_regular(where: str, kind: str) -> InputError:
    hint = "; to read a pipe, give - and send it to standard input" if "pipe" in kind else ""
    return InputError(f"{where}: {kind}, not a regular file; only files are read{hint}")


def read_file(path: str, options: ReadOptions) -> bytes:
    """The bytes of a regular file, at most `max_bytes` of them, or a clear error."""
    where = shown(path)
    try:
        kind = file_kind(os.stat(path).st_mode)  # before opening: opening a device or a pipe may block
        if kind is not None:
            raise _not_regular(where, kind)
        # O_NONBLOCK: should the file have been swapped for a pipe since, opening does not wait for a writer.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(descriptor, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _not_regular(where, file_kind(info.st_mode) or "folder")
            check_size(info.st_size, where, options)  # before reading: never load an oversized file
            os.set_blocking(stream.fileno(), True)
            data = _read_at_most(stream, info.st_size, options.max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{where}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{where}: is a directory") from exc
    except PermissionError as exc:
        raise InputError(f"{where}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({_reason(exc)})") from exc
    if len(data) > options.max_bytes:  # the file grew, or `stat` did not know its size
        raise InputError(f"{where}: over the {options.max_bytes:,}-byte limit; raise it with --max-bytes")
    return data


def _read_at_most(stream: BinaryIO, expected: int, limit: int) -> bytes:
    """At most `limit` bytes of a stream whose size `stat` gave as `expected` (it may have grown
    since): `read(limit)` alone would first allocate `limit` bytes, the size limit (50 MB) for a
    file of a few kB, which costs a rebuild that reads thousands of files some 20 µs each."""
    data = stream.read(min(expected + 1, limit))
    if len(data) <= expected or len(data) == limit:
        return data  # the whole file (it ended where stat said, or sooner), or the limit reached
    return data + stream.read(limit - len(data))  # it grew after stat: the rest, up to the limit


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return exc.strerror or str(exc)


def folder_entries(folder: str, follow_links: bool = False) -> Iterator[Entry]:
    """The files under a folder, recursively, in the order of their paths; hidden ones left out.

    What cannot be read is given with the reason (`Entry.skip`), never dropped. Folders are
    listed one at a time as they are walked (an archive is never listed whole), with a stack
    rather than recursion (a folder may be nested thousands deep).
    """
    inside = os.path.realpath(folder)
    try:
        top = _identity(folder)
    except OSError as exc:
        raise InputError(f"{shown(folder)}: cannot read ({_reason(exc)})") from exc
    try:
        stack: list[tuple[Iterator[str], tuple[int, int]]] = [(iter(_listing(folder)), top)]
    except OSError as exc:
        raise InputError(f"{shown(folder)}: cannot list this folder ({_reason(exc)})") from exc
    ancestors = {top}  # the folders being walked: a link back to one of them is a loop
    while stack:
        names, identity = stack[-1]
        path = next(names, None)
        if path is None:
            stack.pop()
            ancestors.discard(identity)
            continue
        kind, reason = _classify(path, inside, follow_links)
        if kind != "folder":
            yield Entry(path, True, reason)
            continue
        identity = _identity(path)
        if identity in ancestors:
            yield Entry(path, True, "symbolic link loop (leads back to a folder being read)")
            continue
        try:
            listing = _listing(path)
        except OSError as exc:
            yield Entry(path, True, f"cannot list this folder ({_reason(exc)})")
            continue
        stack.append((iter(listing), identity))
        ancestors.add(identity)


def _identity(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _listing(folder: str) -> list[str]:
    """The paths in one folder, hidden ones left out, in the order of whole paths (a folder's
    name sorts with a "/" after it)."""
    with os.scandir(folder) as listing:
        names = sorted((entry.name + "/" if entry.is_dir(follow_symlinks=False) else entry.name, entry.path)
                       for entry in listing if not entry.name.startswith("."))
    return [path for _, path in names]


def _classify(path: str, inside: str, follow_links: bool) -> tuple[str, str | None]:
    """("file" or "folder", None) for what is read, ("skip", reason) for what is reported."""
    try:
        info = os.stat(path)  # follows links
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "skip", "symbolic link loop"
        if os.path.islink(path):
            return "skip", f"dangling symbolic link (to {shown(os.readlink(path))}, which does not exist)"
        return "skip", f"cannot read ({_reason(exc)})"
    if os.path.islink(path) and not follow_links:
        target = os.path.realpath(path)
        if os.path.commonpath([target, inside]) != inside:
            return "skip", (f"symbolic link to {shown(target)}, outside the folder; "
                            "pass --follow-links to read it")
    if stat.S_ISDIR(info.st_mode):
        return "folder", None
    kind = file_kind(info.st_mode)
    if kind is not None:
        return "skip", f"{kind}, not a regular file"
    return "file", None


def is_regular_or_folder(path: str) -> bool:
    """Whether a path names a regular file or a folder (following links)."""
    try:
        return file_kind(os.stat(path).st_mode) is None
    except OSError:
        return False


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one existing file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
