"""Spilling to disk: what a build collects (events, sources) lives in temporary files, not in memory.

A `Spill` takes items one at a time and hands them back, as often as asked, in the order they
came or sorted by a key (a tuple of strings and numbers). Items are held in memory up to
`run_size`; then they are sorted and written out as one run (a JSON Lines file, each line after
its key), and reading merges the runs (`heapq.merge`, a stable external merge sort; merging runs
parses keys only). Memory then follows `run_size`, not the number of items: an archive of any
size builds in the same memory. `StoredTimeline` is a timeline whose events and sources are
spills; it renders like a `Timeline` and `materialize()` turns it into one.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import json
import json.scanner
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from timeline.atomic import check_terminated, hold, protect, release, signals_deferred
from timeline.errors import InputError
from timeline.models import CacheStats, Event, Skipped, Source, Timeline

Item = TypeVar("Item", bound=BaseModel)
T = TypeVar("T")
RUN_SIZE = 1_000  # items held in memory before they are written out as a run
FAN_IN = 8  # sorted runs of one size merged into one of the next size


class Spill(Generic[Item]):
    """Items of one pydantic model, appended in turn and read back (in order, or sorted by `key`).

    Sorted runs are merged as they accumulate, FAN_IN runs of one size into one run of the next
    (as a log-structured merge does), so reading never opens more than FAN_IN runs of each size
    and every item is rewritten only a few times, however many there are.
    """

    def __init__(self, model: type[Item], folder: Path, name: str, key: Callable[[Item], Any] | None = None,
                 run_size: int = RUN_SIZE, restore: Callable[[Item, Any], None] | None = None) -> None:
        self.model, self.folder, self.name, self.key, self.run_size = model, folder, name, key, run_size
        self.restore = restore  # gives an item read from JSON text what its key holds and the text left out
        self.buffer: list[Any] = []  # items; in a sorted spill, (key, item or its JSON text) pairs
        self.runs: list[tuple[int, Path]] = []  # (level, file): a run of level n merged FAN_IN**n runs
        self.count = 0
        self.files = 0

    def append(self, item: Item) -> None:
        check_terminated()  # a build goes through here for every event: a swallowed SIGTERM is raised again
        self.buffer.append(item if self.key is None else (self.key(item), item))
        self._added()

    def append_text(self, key: Any, text: str) -> None:
        """An item of a sorted spill given as its key and its JSON text (one line: without its
        newline), as a build cache keeps it: it is parsed only when read back (then `restore`d)."""
        check_terminated()
        self.buffer.append((key, text))
        self._added()

    def _added(self) -> None:
        self.count += 1
        if len(self.buffer) >= self.run_size:
            self._write_run()

    def extend(self, items: Iterable[Item]) -> None:
        for item in items:
            self.append(item)

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0

    def __iter__(self) -> Iterator[Item]:
        if self.key is None:
            return itertools.chain(*(self._read(path) for _, path in self.runs), list(self.buffer))
        buffered = sorted(self.buffer, key=_first)
        merged = heapq.merge(*(self._read_keyed(path) for _, path in self.runs), buffered, key=_first)
        return (self._item(key, item) for key, item in merged)

    def raw(self) -> Iterator[Item | str]:
        """The items of a sorted spill in order, as they are kept: the JSON text of those written
        out (not parsed, nor `restore`d), the items themselves of those still in memory."""
        if self.key is None:
            raise TypeError("raw() reads a sorted spill")
        buffered = sorted(self.buffer, key=_first)
        merged = heapq.merge(*(self._read_keyed(path) for _, path in self.runs), buffered, key=_first)
        return (item for _, item in merged)

    def _item(self, key: Any, item: Item | str) -> Item:
        """An item read back (a line of a run is parsed only now: merging runs needs its key alone)."""
        if not isinstance(item, str):
            return item
        parsed = self.model.model_validate_json(item)
        if self.restore is not None:
            self.restore(parsed, key)
        return parsed

    def discard(self) -> None:
        """Forget every item (and delete the runs)."""
        for _, path in self.runs:
            path.unlink(missing_ok=True)
        self.runs, self.buffer, self.count = [], [], 0

    def _write_run(self) -> None:
        """Write the buffered items out (sorted, when the spill is) as one more run."""
        items = sorted(self.buffer, key=_first) if self.key is not None else self.buffer
        self.runs.append((0, self._write(items)))
        self.buffer = []
        while self.key is not None and self._last_runs_alike():
            self._merge_last_runs()

    def _last_runs_alike(self) -> bool:
        """Whether the last FAN_IN runs are all of one level (then they are merged)."""
        return len(self.runs) >= FAN_IN and len({level for level, _ in self.runs[-FAN_IN:]}) == 1

    def _merge_last_runs(self) -> None:
        """Merge the last FAN_IN runs (all of one level, and consecutive, so the merge is stable)
        into one, line by line: only the keys are parsed."""
        merging = self.runs[-FAN_IN:]
        merged = self._write_lines(line for _, line in heapq.merge(*(self._read_lines(path) for _, path in merging),
                                                                    key=_first))
        for _, path in merging:
            path.unlink()
        self.runs[-FAN_IN:] = [(merging[0][0] + 1, merged)]

    def _write(self, items: Iterable[Any]) -> Path:
        """Write items as a run: one JSON line each, after its key (a JSON array, and a tab) in a
        sorted spill. Items given as text (from the cache) are copied as they are."""
        return self._write_lines(self._line(item) for item in items)

    def _write_lines(self, lines: Iterable[str]) -> Path:
        """Write lines (each ending with a newline) as one more run file."""
        path = self.folder / f"{self.name}-{self.files:06d}.jsonl"
        self.files += 1
        try:
            with path.open("w", encoding="utf-8") as stream:
                stream.writelines(lines)
        except OSError as exc:
            raise _spill_error(self.folder, exc) from exc
        return path

    def _line(self, item: Any) -> str:
        if self.key is None:
            return f"{item.model_dump_json()}\n"
        key, value = item
        return f"{_key_text(key)}\t{value if isinstance(value, str) else value.model_dump_json()}\n"

    def _read(self, path: Path) -> Iterator[Item]:
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                yield self.model.model_validate_json(line)

    def _read_keyed(self, path: Path) -> Iterator[tuple[Any, str]]:
        """(key, JSON text) of each item of a sorted run, the item left unparsed (JSON never holds a raw tab)."""
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                key, _, text = line.rstrip("\n").partition("\t")
                yield tuple(_scan_json(key, 0)[0]), text

    def _read_lines(self, path: Path) -> Iterator[tuple[Any, str]]:
        """(key, the whole line) of each item of a sorted run: merging runs copies lines as they are."""
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                yield tuple(_scan_json(line, 0)[0]), line


# A key is written and read for every item of a sorted spill, and again whenever runs are merged:
# json.dumps and json.loads cost some 5 microseconds a key in their Python layers, these a third.
_scan_json = json.scanner.make_scanner(json.JSONDecoder())  # the C scanner: one JSON value from a position


def _key_text(key: tuple[Any, ...]) -> str:
    """A key as a JSON array (strings and integers written directly, anything else by json.dumps)."""
    return "[" + ",".join([encode_basestring_ascii(part) if type(part) is str
                           else str(part) if type(part) is int else json.dumps(part) for part in key]) + "]"


@dataclass
class StoredTimeline:
    """A timeline whose events and sources are on disk, read back in timeline order when rendered.

    It has the attributes of `Timeline` (events and sources are iterables rather than lists) and
    owns a temporary folder: use it as a context manager, or call `close()`.
    """

    folder: Path
    events: Iterable[Event]
    sources: Iterable[Source]
    title: str | None = None
    as_of: str | None = None
    skipped: list[Skipped] = field(default_factory=list)
    events_found: int = 0
    day_scores: dict[str, float] = field(default_factory=dict)  # each day's importance (timeline.rank)
    highlights: list[str] = field(default_factory=list)  # ids of the key-date events a page leads with
    cache: CacheStats | None = None  # the build cache, when the build used one

    def materialize(self) -> Timeline:
        """The same timeline in memory."""
        return Timeline(title=self.title, as_of=self.as_of, events=list(self.events), sources=list(self.sources),
                        skipped=self.skipped, events_found=self.events_found, day_scores=self.day_scores,
                        highlights=self.highlights)

    def close(self) -> None:
        remove_spill_folder(self.folder)

    def __enter__(self) -> StoredTimeline:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


AnyTimeline = Timeline | StoredTimeline  # what renders: a timeline in memory or on disk
TimelineT = TypeVar("TimelineT", Timeline, StoredTimeline)


def with_events(timeline: TimelineT, produce: Callable[[Iterable[Event]], Iterator[Event]]) -> TimelineT:
    """The timeline with its events passed through `produce` (a filter, say): a list in memory, or,
    for a stored timeline, read afresh through `produce` each time its events are read."""
    if isinstance(timeline, Timeline):
        return timeline.model_copy(update={"events": list(produce(timeline.events))})
    events = timeline.events
    return dataclasses.replace(timeline, events=Reiterable(lambda: produce(events)))


def with_fields(timeline: TimelineT, **fields: Any) -> TimelineT:
    """The timeline with some fields replaced, in memory or on disk alike."""
    if isinstance(timeline, Timeline):
        return timeline.model_copy(update=fields)
    return dataclasses.replace(timeline, **fields)


def _first(pair: tuple[Any, object]) -> Any:
    return pair[0]


def spill_folder() -> Path:
    """A new temporary folder for the spills of one build (deleted should the program be
    terminated: see `timeline.atomic.hold`)."""
    protect()
    with signals_deferred():  # a signal right after the folder is made finds it held
        try:
            folder = Path(tempfile.mkdtemp(prefix="timeline-"))
        except OSError as exc:
            release(Path())
            raise _spill_error(Path(tempfile.gettempdir()), exc) from exc
        hold(folder)
    return folder


def remove_spill_folder(folder: Path) -> None:
    """Delete a build's spill folder and everything in it."""
    shutil.rmtree(folder, ignore_errors=True)
    release(folder)


def _spill_error(folder: Path, exc: OSError) -> InputError:
    return InputError(f"cannot write temporary files in {folder} ({exc.strerror or exc}); "
                      "set TMPDIR to a folder with free space")


class Reiterable(Generic[T]):
    """Items produced afresh on every iteration (a filtered view of a spill, say)."""

    def __init__(self, produce: Callable[[], Iterator[T]]) -> None:
        self.produce = produce

    def __iter__(self) -> Iterator[T]:
        return self.produce()

    def __bool__(self) -> bool:
        return next(iter(self), None) is not None

    def __len__(self) -> int:
        """How many items there are (counted by reading them: templates may ask)."""
        return sum(1 for _ in self)

    def __getitem__(self, index: int) -> T:
        if index < 0:
            index += len(self)
        found = next(itertools.islice(self, index, None), None) if index >= 0 else None
        if found is None:
            raise IndexError(index)
        return found
