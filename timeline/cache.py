"""The build cache: each input file's extraction outcome kept on disk, so a rebuild re-extracts
only the files that are new or changed.

An entry is one file named by a hash of the input's bytes and name and of everything else that
changes what extraction gives (the `context`: package and dependency versions, a digest of the
package's code and rule files, the language, the genre and the read options). It holds a JSON
header line (format, context, the input's name, a SHA-256 of the rest), a JSON line of the
outcomes without their events, then each event on a line: its sort key's parts and the very JSON
text the build's sorted spill of events takes (`Outcome`), tab-separated, so a rebuild copies
events from the cache to the spill without parsing them (nor unescaping them from a JSON string).
An entry is only ever a saving: one written by another version is never looked up (its name
differs) and is ignored should its recorded context not match; an unreadable or corrupt one (its digest does not match)
is extracted again (with a warning); a folder that cannot be written is read but not written
(with a warning). The folder is kept under a size bound by dropping the entries least recently
written or used.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from timeline.atomic import write_atomic
from timeline.derived import digest, read_derived, user_cache_root, write_derived
from timeline.errors import TimelineError, shown
from timeline.models import Article, CacheStats, Skipped, Source

# An extracted event as the sorted spill of a build takes it: its sort key without the article's
# number (start, day hint, granularity rank, position), and its JSON without the article's number
# (both are given the number in the build's input order when the article is collected).
Packed = tuple[tuple[str, int, int, int], str]


class Outcome(NamedTuple):
    """What the extraction of one article gives: its source and events, the proper names its
    event sentences use (what the collection's topic is counted from), or why it was skipped;
    and the article without its text (for the build report)."""

    source: Source | None
    events: list[Packed]
    names: list[str]
    skipped: Skipped | None
    article: Article | None


FORMAT = "timeline-build-cache/3"
ENVIRONMENT = "TIMELINE_BUILD_CACHE"  # the default folder, instead of the user's cache directory
DEFAULT_MAX_BYTES = 1024**3
ENTRY_NAME = re.compile(r"^[0-9a-f]{64}\.json$")  # only files so named are ever read or deleted
SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.I)
UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def default_folder() -> Path:
    """Where builds keep their cache: $TIMELINE_BUILD_CACHE, else `builds` in the user's cache directory."""
    explicit = os.environ.get(ENVIRONMENT)
    if explicit:
        return Path(explicit)
    return user_cache_root() / "builds"


def parse_size(text: str) -> int:
    """A size in bytes from `500M`, `2G`, `64k`, `1.5GiB` or a number of bytes."""
    found = SIZE.match(text)
    if not found:
        raise TimelineError(f"bad size {text!r}: give bytes or a number with K, M, G or T (e.g. 500M)")
    return int(float(found.group(1)) * UNITS[found.group(2).lower()])


@functools.cache
def code_digest() -> str:
    """A digest of what extraction runs: the package's Python files and rule files, the
    versions of the package, of its dependencies and of Python.

    Reading and hashing every file and asking every dependency its version takes a one-article
    build some 20 ms, so the digest is kept in the derived data, named by what `stat` says of
    those files and of the folders of `sys.path` (installing or upgrading a package changes its
    folder): a file changed in any way is seen. A file written in the last seconds may yet change
    within its timestamp's resolution, so a digest is kept only when none is that recent.
    """
    root = Path(__file__).resolve().parent
    files = _package_files(root)
    stamps = [(name, info.st_size, info.st_mtime_ns, info.st_ino) for name, _, info in files]
    name = f"build-context/{digest(str(root), repr(stamps), repr(_path_stamps()))}.pickle"
    kept = read_derived(name, str)
    if kept is not None:
        return kept
    hashed = hashlib.sha256(f"{sys.version}\0{_versions()}\0".encode())
    for relative, path, _ in files:
        hashed.update(relative.encode("utf-8", "surrogateescape") + b"\0")
        hashed.update(hashlib.sha256(path.read_bytes()).digest())
    value = hashed.hexdigest()
    if max((info.st_mtime_ns for *_, info in files), default=0) < time.time_ns() - RECENT_NS:
        write_derived(name, value)
    return value


RECENT_NS = 2_000_000_000  # files changed this recently (in nanoseconds) may change again unseen


def _package_files(root: Path) -> list[tuple[str, Path, os.stat_result]]:
    """The package's .py and .yaml files: (path relative to `root`, path, stat), sorted."""
    found, folders = [], [root]
    while folders:
        with os.scandir(folders.pop()) as listing:
            for item in listing:
                if item.is_dir(follow_symlinks=False):
                    if item.name != "__pycache__":
                        folders.append(Path(item.path))
                elif item.name.endswith((".py", ".yaml")):
                    path = Path(item.path)
                    found.append((path.relative_to(root).as_posix(), path, item.stat()))
    return sorted(found, key=lambda entry: entry[0])


def _path_stamps() -> list[tuple[str, int]]:
    """The modification time of each folder Python imports from (where packages are installed)."""
    stamps = []
    for entry in sys.path:
        with contextlib.suppress(OSError):
            stamps.append((entry, os.stat(entry or ".").st_mtime_ns))
    return stamps


def _versions() -> str:
    """"name=version" of the package and of each dependency it requires (unknown ones as "?")."""
    import importlib.metadata  # only when the digest is not kept yet: importing it takes some 15 ms
    try:
        requirements = importlib.metadata.requires("timeline") or []
        versions = [f"timeline={importlib.metadata.version('timeline')}"]
    except importlib.metadata.PackageNotFoundError:
        return "timeline=?"
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0]
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}=?")
    return ",".join(sorted(versions))


@dataclass(frozen=True)
class BuildCache:
    """The cache of one build: its folder and context (picklable: workers use it too)."""

    folder: Path
    context: str
    writable: bool = True
    code: str = ""  # code_digest() where the build was started: a worker running other code must not use the cache

    def runs_here(self) -> bool:
        """Whether this process runs the code the build was started with (a cluster's worker may not)."""
        return self.code == code_digest()

    def key(self, data: bytes, name: str, in_folder: bool, strict: bool) -> str:
        """The entry name of an input: its bytes and name (and how it was given) in this context."""
        digest = hashlib.sha256(self.context.encode())
        digest.update(f"\0{name}\0{in_folder:d}{strict:d}\0".encode("utf-8", "surrogateescape"))
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def load(self, key: str, name: str) -> tuple[list[Outcome] | None, str | None]:
        """The outcomes kept for `key`, or None; and a warning when the entry was there but unusable."""
        # os.path and open rather than pathlib: a rebuild loads an entry for every file of the archive
        path = os.path.join(self.folder, f"{key}.json")
        try:
            with open(path, "rb") as stream:
                data = stream.read()
        except (FileNotFoundError, NotADirectoryError):  # not kept yet, or no cache folder at all
            return None, None
        except OSError as exc:
            return None, f"cache entry {shown(path)} unreadable ({exc.strerror or exc}); extracting {shown(name)} again"
        try:
            header, outcomes = _parse_entry(data)
        except (ValueError, KeyError, TypeError, IndexError, ValidationError):
            return None, f"cache entry {shown(path)} is corrupt; extracting {shown(name)} again"
        if header.get("context") != self.context or header.get("name") != shown(name):
            return None, None  # written for something else: never trusted, silently replaced
        if self.writable:
            with contextlib.suppress(OSError):
                os.utime(path)  # used now: the last to be dropped when the cache is trimmed
        return outcomes, None

    def save(self, key: str, name: str, outcomes: list[Outcome]) -> str | None:
        """Keep the outcomes of an input (written atomically); a warning when that failed."""
        if not self.writable:
            return None
        try:
            data = _entry_bytes(self.context, shown(name), outcomes)
        except ValueError as exc:  # text JSON cannot hold (a lone surrogate): this input is not kept
            return f"cannot keep {shown(name)} in the build cache ({exc})"
        try:
            write_atomic(self.path(key), data)
        except (OSError, TimelineError) as exc:
            return f"cannot write the build cache in {shown(self.folder)} ({_reason(exc)}); building without it"
        return None


def _entry_bytes(context: str, name: str, outcomes: list[Outcome]) -> bytes:
    """An entry file: its header line, then the body: a JSON line of the outcomes without their
    events, then each event on a line of its own, its key's parts and its JSON text separated by
    tabs (as it is: a rebuild reads it without unescaping it from a JSON string)."""
    lines = [json.dumps([_outcome_json(outcome) for outcome in outcomes], ensure_ascii=False, separators=(",", ":"))]
    for outcome in outcomes:
        for (start, hint, rank, position), line in outcome.events:
            if "\t" in start or "\n" in start or "\n" in line:
                raise ValueError(f"an event of {start!r} cannot be written on one line")
            lines.append(f"{start}\t{hint:d}\t{rank:d}\t{position:d}\t{line}")
    body = "\n".join(lines).encode()
    header = {"format": FORMAT, "context": context, "name": name, "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps(header, separators=(",", ":")).encode() + b"\n" + body


def _outcome_json(outcome: Outcome) -> dict[str, object]:
    def plain(model: BaseModel | None) -> object:
        return None if model is None else model.model_dump(mode="json")

    return {"source": plain(outcome.source), "events": len(outcome.events), "names": outcome.names,
            "skipped": plain(outcome.skipped), "article": plain(outcome.article)}


def _parse_entry(data: bytes) -> tuple[dict[str, object], list[Outcome]]:
    """The header and outcomes of an entry file (ValueError, KeyError or ValidationError if it is damaged)."""
    first, _, body = data.partition(b"\n")
    header = from_json(first)  # pydantic_core's parser: json.loads costs some 10 µs an entry more
    if header["format"] != FORMAT or header["sha256"] != hashlib.sha256(body).hexdigest():
        raise ValueError("damaged entry")
    meta, *lines = body.decode().split("\n")
    outcomes, taken = [], 0
    for item in from_json(meta):
        count = item["events"]
        if not isinstance(count, int) or taken + count > len(lines):
            raise ValueError("damaged entry")
        outcomes.append(Outcome(
            source=None if item["source"] is None else Source.model_validate(item["source"]),
            events=[_packed(line) for line in lines[taken:taken + count]], names=list(item["names"]),
            skipped=None if item["skipped"] is None else Skipped.model_validate(item["skipped"]),
            article=None if item["article"] is None else Article.model_validate(item["article"])))
        taken += count
    if taken != len(lines):
        raise ValueError("damaged entry")
    return header, outcomes


def _packed(line: str) -> Packed:
    """An event of an entry from its line: key parts and JSON text, separated by tabs."""
    start, hint, rank, position, text = line.split("\t", 4)
    return (start, int(hint), int(rank), int(position)), text


def open_cache(folder: str | Path, language: str, genre: str, options: BaseModel) -> tuple[BuildCache, list[str]]:
    """The cache in `folder` for a build with these settings, and warnings (a folder that
    cannot be created or written is only read)."""
    folder = Path(folder)
    settings = f"{code_digest()}\0{language}\0{genre}\0{options.model_dump_json()}"
    context = hashlib.sha256(settings.encode("utf-8", "surrogateescape")).hexdigest()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        warning = f"cannot write the build cache in {shown(folder)} ({_reason(exc)}); building without it"
        return BuildCache(folder, context, writable=False, code=code_digest()), [warning]
    return BuildCache(folder, context, code=code_digest()), []


def trim(folder: str | Path, max_bytes: int, drop: bool = True) -> CacheStats:
    """Drop the oldest entries (by modification time, then name) until the folder holds at
    most `max_bytes` of them (only when `drop`: a read-only cache is left as it is); what it then holds."""
    folder = Path(folder)
    entries: list[tuple[int, str, int]] = []
    try:
        with os.scandir(folder) as listing:
            for item in listing:
                if ENTRY_NAME.match(item.name) and item.is_file(follow_symlinks=False):
                    info = item.stat(follow_symlinks=False)
                    entries.append((info.st_mtime_ns, item.name, info.st_size))
    except OSError:
        pass  # missing or unlistable: nothing to trim
    entries.sort()
    total, dropped = sum(size for *_, size in entries), 0
    for _, name, size in entries:
        if total <= max_bytes or not drop:
            break
        try:
            (folder / name).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            continue  # a read-only folder: it stays over the bound
        total -= size
        dropped += 1
    return CacheStats(folder=shown(folder), entries=len(entries) - dropped, bytes=total, limit=max_bytes,
                      dropped=dropped)


def _reason(exc: BaseException) -> str:
    """Why writing failed, in the system's words (write_atomic's error wraps the OSError)."""
    cause = exc if isinstance(exc, OSError) else exc.__cause__
    if isinstance(cause, OSError):
        return cause.strerror or str(cause)
    return str(exc)
