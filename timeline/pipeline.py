"""The whole pipeline in two calls: `build_timeline(...) -> Timeline`, then `render(...)`.

Articles stream through: each is read and its events extracted; the events and the article's
source go to temporary files (`timeline.store`), are merged there and read back in order when
rendered, so memory does not grow with the number of articles.
With `jobs > 1` extraction runs in a process pool (`imap`, in input order, so the output is
identical whatever the number of jobs); with `engine="dask"` every input file is read and
processed as one task of a `dask.bag`, on a local or a distributed scheduler.
With a build cache (`timeline.cache`) each input file's outcome is kept, keyed by its bytes and
the build's settings: a rebuild extracts only new or changed files, then merges as always.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import itertools
import os
import signal
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal, NamedTuple

from timeline.cache import DEFAULT_MAX_BYTES, BuildCache, Outcome, open_cache, trim
from timeline.errors import TimelineError, TimelineWarning
from timeline.events import extract_events
from timeline.models import GRANULARITY_RANK, Article, Event, Skipped, Source, Timeline
from timeline.order import merge_events, sort_key
from timeline.rank import DayScores, TopicCounter, article_names, weigh_report
from timeline.read.inputs import (
    Entry,
    ReadOptions,
    expand_inputs,
    is_single_input,
    read_file,
    read_inputs,
    read_named,
    reads_file,
)
from timeline.store import Spill, StoredTimeline, remove_spill_folder, spill_folder
from timeline.tag.genre import check_genre
from timeline.tag.tagger import tag_article

Engine = Literal["local", "dask"]
OTHER_CODE = ("a worker runs another version of timeline or of its dependencies than this build; "
              "the files it extracts are not cached")
CHUNK = 8
POOL_WAVE = 4096  # input files handed to the worker pool at a time
DASK_PARTITION = 100  # input files per dask task
DASK_WAVE = 8  # dask tasks computed at once (their results are then consumed)


def timeline_from_articles(articles: Iterable[Article], title: str | None = None, language: str = "en",
                           skipped: Iterable[Skipped] = (), genre: str = "auto") -> Timeline:
    """One ordered timeline from articles already read."""
    outcomes = (_outcome(article, _events(article, language, genre), language) for article in articles)
    with _assemble(outcomes, title, list(skipped), language=language) as stored:
        return stored.materialize()


def _assemble(outcomes: Iterable[Outcome], title: str | None, skipped: list[Skipped],
              on_article: Callable[[Article | Skipped], None] | None = None, language: str = "en",
              on_stage: Callable[[str], None] | None = None) -> StoredTimeline:
    """Collect sources and events of processed articles (in input order) into a timeline on disk:
    events are spilled as they come, sorted, merged, and spilled again in timeline order."""
    folder = spill_folder()
    try:
        found = Spill(Event, folder, "found", key=sort_key, restore=_numbered)
        topics = TopicCounter(language)
        sources = Spill(Source, folder, "sources")
        first_title: str | None = None
        as_of: str | None = None
        for source, events, names, skip, article in outcomes:
            if skip is not None:
                skipped.append(skip)
            if source is not None:
                topics.add_names(names)
                number = len(sources)  # the article's place in the input: its events' sort key holds it
                for (start, day_hint, rank, position), text in events:
                    found.append_text((start, day_hint, rank, number, position), text)
                sources.append(source)
                first_title = first_title or source.title
                as_of = max(as_of or "", source.date or "") or None
            if on_article is not None and (skip or article) is not None:
                on_article(skip or article)  # type: ignore[arg-type]
        if on_stage is not None:
            on_stage("merging")  # every article is read: what follows runs over the events alone
        kept = Spill(Event, folder, "kept", key=sort_key)
        topic, days = topics.topic(), DayScores(as_of=as_of)
        reports = days.watch(weigh_report(event, topic, language) for event in found)
        # parsed from the found spill, the reports are the merger's own; a merged event may have taken a more
        # precise date: sorted again
        kept.extend(merge_events(reports, owned=True))
        events_found = len(found)
        found.discard()
    except BaseException:
        remove_spill_folder(folder)
        raise
    if title is None and len(sources) == 1:
        title = first_title
    return StoredTimeline(folder=folder, events=kept, sources=sources, title=title, as_of=as_of, skipped=skipped,
                          events_found=events_found, day_scores=days.scores)


def _events(article: Article, language: str, genre: str) -> list[Event]:
    """The events of one article, its time expressions anchored as the genre says."""
    return extract_events(article, tag_article(article, language, genre), language=language)


def _process(item: Article | Skipped, language: str = "en", genre: str = "auto") -> Outcome:
    """Events of one article (run in a worker); the article itself is not sent back."""
    if isinstance(item, Skipped):
        return Outcome(None, [], [], item, None)
    light = item.model_copy(update={"text": ""})  # the caller reports on it; the text stays here
    return _outcome(light, _events(item, language, genre), language)


def _outcome(article: Article, events: list[Event], language: str) -> Outcome:
    """An article's outcome: its events as the sorted spill takes them (JSON text, sent back from
    workers and kept in the build cache as it is), and the names the collection's topic counts."""
    packed = [((event.start, event.day_hint, GRANULARITY_RANK[event.granularity], event.position),
               event.model_dump_json(exclude=NUMBER)) for event in events]
    return Outcome(article.source, packed, article_names(events, language), None, article)


NUMBER = {"article"}  # what an event's JSON text leaves out until it is collected: its article's number


def _numbered(event: Event, key: tuple[str, int, int, int, int]) -> None:
    """An event read back from the found spill takes its article's number from its sort key."""
    # as pydantic's __setattr__ would (Event validates no assignment), without its cost for every event of a build
    event.__dict__["article"] = key[3]
    event.__pydantic_fields_set__.add("article")


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and reports once; SIGTERM and
    SIGHUP kill them outright, as `Pool.terminate` expects: a worker that inherited the parent's
    handler (timeline.atomic) would raise instead, and one still waiting for the pool's task
    lock would then wait for ever, with the parent joining it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


class FileResult(NamedTuple):
    """What processing one input file gave: its outcomes, whether they came from the build
    cache (None when it was not used for this input), and warnings about the cache."""

    outcomes: list[Outcome]
    reused: bool | None = None
    warnings: tuple[str, ...] = ()


def _local_outcomes(names: list[str], options: ReadOptions, stdin: BinaryIO | None, jobs: int,
                    language: str, genre: str = "auto", cache: BuildCache | None = None) -> Iterator[FileResult]:
    """Results in input order: in this process, or with `jobs` worker processes that each
    read and process whole input files (only file names go to them, only events come back;
    files are handed out POOL_WAVE at a time, so neither names nor results pile up)."""
    jobs = worker_count(jobs, names)
    if jobs <= 1 or "-" in names:
        if cache is None:
            yield from (FileResult([_process(item, language, genre)]) for item in read_inputs(names, options, stdin))
            return
        for wave in _task_waves(names, POOL_WAVE, options):
            yield from (_file_result(task, options, language, genre, cache, stdin) for task in wave)
        return
    from multiprocessing import Pool  # only for --jobs above 1

    task = functools.partial(_file_result, options=options, language=language, genre=genre, cache=cache)
    with Pool(jobs, initializer=_ignore_interrupts) as pool:
        for wave in _task_waves(names, POOL_WAVE, options):
            yield from pool.imap(task, wave, chunksize=CHUNK)


def worker_count(jobs: int, names: list[str]) -> int:
    """The worker processes worth starting: no more than the CPUs this process may use, nor
    than the inputs when they are all single files (a folder or a glob may hold any number)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    files = len(names) if all(os.path.isfile(name) or name.startswith(("http://", "https://")) for name in names) \
        else jobs
    return max(1, min(jobs, cpus, files))


Task = tuple[Entry, bool]  # an expanded input, and whether it is strict


def _task_waves(names: list[str], size: int, options: ReadOptions) -> Iterator[list[Task]]:
    """The expanded inputs as tasks for workers, `size` at a time (an archive is never listed whole)."""
    entries = expand_inputs(names, options.follow_links)
    while wave := list(itertools.islice(entries, size)):
        yield [(entry, is_single_input(names, entry.in_folder)) for entry in wave]


def _file_result(task: Task, options: ReadOptions, language: str, genre: str = "auto",
                 cache: BuildCache | None = None, stdin: BinaryIO | None = None) -> FileResult:
    """`process_file` for one task (what workers and dask run), through the cache when there is
    one and the input is a local file: its bytes are read once, hashed, and extracted only when
    no entry holds them already."""
    entry, strict = task
    entry = Entry(*entry)
    if cache is not None and not cache.runs_here():  # a cluster's worker with other code: its entries would lie
        return FileResult(_process_read(read_named(entry, options, stdin, strict), language, genre),
                          warnings=(OTHER_CODE,))
    if cache is None or not reads_file(entry, options):
        return FileResult(_process_read(read_named(entry, options, stdin, strict), language, genre))
    try:
        data = read_file(entry.name, options)
    except TimelineError:  # reading it again reports why, as without a cache
        return FileResult(process_file(entry, options, language, strict, genre))
    key = cache.key(data, entry.name, entry.in_folder, strict)
    outcomes, warning = cache.load(key, entry.name)
    if outcomes is not None:
        return FileResult(outcomes, reused=True)
    outcomes = _process_read(read_named(entry, options, None, strict, data), language, genre)
    failed = cache.save(key, entry.name, outcomes)
    return FileResult(outcomes, reused=False, warnings=tuple(filter(None, (warning, failed))))


def _process_read(items: Iterable[Article | Skipped], language: str, genre: str) -> list[Outcome]:
    return [_process(item, language, genre) for item in items]


def build_timeline(inputs: Iterable[str | Path], date: dt.datetime | None = None, title: str | None = None,
                   language: str = "en", options: ReadOptions | None = None, stdin: BinaryIO | None = None,
                   on_article: Callable[[Article | Skipped], None] | None = None, jobs: int = 1,
                   engine: Engine = "local", scheduler: str | None = None, genre: str = "auto",
                   cache: str | Path | None = None, cache_max: int = DEFAULT_MAX_BYTES) -> Timeline:
    """Read inputs (files, folders, globs, `-`, URLs), tag and date their events, and order
    them into one timeline. Inputs that could not be read are listed in `timeline.skipped`.
    The timeline is held in memory; for archives, `stream_timeline` keeps it on disk."""
    with stream_timeline(inputs, date, title, language, options, stdin, on_article, jobs, engine,
                         scheduler, genre=genre, cache=cache, cache_max=cache_max) as stored:
        return stored.materialize()


def stream_timeline(inputs: Iterable[str | Path], date: dt.datetime | None = None, title: str | None = None,
                    language: str = "en", options: ReadOptions | None = None, stdin: BinaryIO | None = None,
                    on_article: Callable[[Article | Skipped], None] | None = None, jobs: int = 1,
                    engine: Engine = "local", scheduler: str | None = None,
                    on_stage: Callable[[str], None] | None = None, genre: str = "auto",
                    cache: str | Path | None = None, cache_max: int = DEFAULT_MAX_BYTES) -> StoredTimeline:
    """`build_timeline` in constant memory: the events and sources stay in temporary files that
    `render` reads in order. Use the result as a context manager (it deletes the files).
    `on_stage("merging")` is called once every article is read. With `cache` (a folder), each
    input file's extraction is kept there and reused while the file and the settings are the
    same; the folder is then trimmed to `cache_max` bytes (`stored.cache` says what it holds)."""
    check_genre(genre)  # before anything is read
    options = options or ReadOptions()
    if date is not None:
        options = options.model_copy(update={"date": date})
    names = [str(i) for i in inputs]
    build_cache = _open_cache(cache, language, genre, options)
    if engine == "dask":
        results: Iterable[FileResult] = _dask_outcomes(names, options, language, scheduler, genre, build_cache)
    else:
        results = _local_outcomes(names, options, stdin, jobs, language, genre, build_cache)
    tally = _Tally()
    with collecting_less():
        stored = _assemble(tally.outcomes(results), title, [], on_article, language, on_stage)
    if build_cache is not None:
        stats = trim(build_cache.folder, cache_max, drop=build_cache.writable)
        stored.cache = stats.model_copy(update={"reused": tally.reused, "extracted": tally.extracted})
    return stored


# Objects allocated between two collections of the youngest generation while a build runs (Python's
# default is 700). A build allocates a great many short-lived objects (events parsed, copied,
# merged and written out) and holds the kept events of the merge for a while: with the default,
# the collector runs some 1,500 times in a 10,000-article rebuild and re-examines those events
# again and again (callgrind: 2.6 % of the instructions of a 2,000-article rebuild; 0.2 % with this).
YOUNG_THRESHOLD = 50_000


@contextlib.contextmanager
def collecting_less() -> Iterator[None]:
    """Let the cyclic garbage collector run less often for a while (the thresholds are restored after)."""
    thresholds = gc.get_threshold()
    if thresholds[0]:  # 0: collection is disabled, and stays so
        gc.set_threshold(max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _open_cache(folder: str | Path | None, language: str, genre: str, options: ReadOptions) -> BuildCache | None:
    """The build cache in `folder` (None: no cache), its warnings given once."""
    if folder is None:
        return None
    build_cache, notes = open_cache(folder, language, genre, options)
    for note in notes:
        warnings.warn(note, TimelineWarning, stacklevel=3)
    return build_cache


class _Tally:
    """Counts the inputs the cache gave and those extracted; warns once for each distinct cache problem."""

    def __init__(self) -> None:
        self.reused = self.extracted = 0
        self.warned: set[str] = set()

    def outcomes(self, results: Iterable[FileResult]) -> Iterator[Outcome]:
        for result in results:
            self.reused += result.reused is True
            self.extracted += result.reused is False
            for note in result.warnings:
                if note not in self.warned:
                    self.warned.add(note)
                    warnings.warn(note, TimelineWarning, stacklevel=2)
            yield from result.outcomes


def process_file(entry: Entry | tuple[str, bool], options: ReadOptions, language: str = "en",
                 strict: bool = False, genre: str = "auto") -> list[Outcome]:
    """Read one input and extract the events of each of its articles."""
    return _process_read(read_named(Entry(*entry), options, None, strict), language, genre)


def _dask_outcomes(names: list[str], options: ReadOptions, language: str, scheduler: str | None,
                   genre: str = "auto", cache: BuildCache | None = None) -> Iterator[FileResult]:
    """Outcomes computed by dask, in input order: one task per input file, in bags of
    DASK_PARTITION × DASK_WAVE files computed one after another, so that results never pile up."""
    try:
        import dask.bag as db
    except ImportError as exc:
        raise TimelineError("--engine dask needs the dask extra: pip install 'timeline[dask]'") from exc
    client = None
    if scheduler:
        from distributed import Client

        client = Client(scheduler)
    try:
        for wave in _task_waves(names, DASK_PARTITION * DASK_WAVE, options):
            bag = db.from_sequence(wave, npartitions=-(-len(wave) // DASK_PARTITION)).map(
                _file_result, options=options, language=language, genre=genre, cache=cache)
            results = client.compute(bag).result() if client else bag.compute(scheduler="processes")
            yield from (FileResult(*result) for result in results)
    finally:
        if client is not None:
            client.close()
