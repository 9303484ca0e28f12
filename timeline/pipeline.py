"""The whole pipeline in two calls: `build_timeline(...) -> Timeline`, then `render(...)`.

Articles stream through: each is read and its events extracted; the events and the article's
source go to temporary files (`timeline.store`), are merged there and read back in order when
rendered, so memory does not grow with the number of articles.
With `jobs > 1` extraction runs in a process pool (`imap`, in input order, so the output is
identical whatever the number of jobs); with `engine="dask"` every input file is read and
processed as one task of a `dask.bag`, on a local or a distributed scheduler.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import BinaryIO, Literal

from timeline.errors import TimelineError
from timeline.events import extract_events
from timeline.models import Article, Event, Skipped, Source, Timeline
from timeline.order import merge_events, sort_key
from timeline.rank import DayScores, TopicCounter, weigh_report
from timeline.read.inputs import Entry, ReadOptions, expand_inputs, is_single_input, read_inputs, read_named
from timeline.store import Spill, StoredTimeline, remove_spill_folder, spill_folder
from timeline.tag.genre import check_genre
from timeline.tag.tagger import tag_article

Engine = Literal["local", "dask"]
Outcome = tuple[Source | None, list[Event], Skipped | None, Article | None]
CHUNK = 8
POOL_WAVE = 4096  # input files handed to the worker pool at a time
DASK_PARTITION = 100  # input files per dask task
DASK_WAVE = 8  # dask tasks computed at once (their results are then consumed)


def timeline_from_articles(articles: Iterable[Article], title: str | None = None, language: str = "en",
                           skipped: Iterable[Skipped] = (), genre: str = "auto") -> Timeline:
    """One ordered timeline from articles already read."""
    outcomes = ((article.source, _events(article, language, genre), None, article) for article in articles)
    with _assemble(outcomes, title, list(skipped), language=language) as stored:
        return stored.materialize()


def _assemble(outcomes: Iterable[Outcome], title: str | None, skipped: list[Skipped],
              on_article: Callable[[Article | Skipped], None] | None = None, language: str = "en",
              on_stage: Callable[[str], None] | None = None) -> StoredTimeline:
    """Collect sources and events of processed articles (in input order) into a timeline on disk:
    events are spilled as they come, sorted, merged, and spilled again in timeline order."""
    folder = spill_folder()
    try:
        found = Spill(Event, folder, "found", key=sort_key)
        topics = TopicCounter(language)
        sources = Spill(Source, folder, "sources")
        first_title: str | None = None
        as_of: str | None = None
        for source, events, skip, article in outcomes:
            if skip is not None:
                skipped.append(skip)
            if source is not None:
                topics.add_article(events)
                for event in events:
                    event.article = len(sources)  # the event is this article's own: numbered in place
                    found.append(event)
                sources.append(source)
                first_title = first_title or source.title
                as_of = max(as_of or "", source.date or "") or None
            if on_article is not None and (skip or article) is not None:
                on_article(skip or article)  # type: ignore[arg-type]
        if on_stage is not None:
            on_stage("merging")  # every article is read: what follows runs over the events alone
        kept = Spill(Event, folder, "kept", key=sort_key)
        topic, days = topics.topic(), DayScores()
        reports = days.watch(weigh_report(event, topic, language) for event in found)
        kept.extend(merge_events(reports))  # a merged event may have taken a more precise date: sorted again
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
        return None, [], item, None
    light = item.model_copy(update={"text": ""})  # the caller reports on it; the text stays here
    return item.source, _events(item, language, genre), None, light


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and reports once; SIGTERM and
    SIGHUP kill them outright, as `Pool.terminate` expects: a worker that inherited the parent's
    handler (timeline.atomic) would raise instead, and one still waiting for the pool's task
    lock would then wait for ever, with the parent joining it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def _local_outcomes(names: list[str], options: ReadOptions, stdin: BinaryIO | None, jobs: int,
                    language: str, genre: str = "auto") -> Iterator[Outcome]:
    """Outcomes in input order: in this process, or with `jobs` worker processes that each
    read and process whole input files (only file names go to them, only events come back;
    files are handed out POOL_WAVE at a time, so neither names nor results pile up)."""
    jobs = worker_count(jobs, names)
    if jobs <= 1 or "-" in names:
        yield from (_process(item, language, genre) for item in read_inputs(names, options, stdin))
        return
    task = functools.partial(_process_task, options=options, language=language, genre=genre)
    with Pool(jobs, initializer=_ignore_interrupts) as pool:
        for wave in _task_waves(names, POOL_WAVE, options):
            for outcomes in pool.imap(task, wave, chunksize=CHUNK):
                yield from outcomes


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


def _process_task(task: Task, options: ReadOptions, language: str, genre: str = "auto") -> list[Outcome]:
    """`process_file` for one task (what workers and dask run)."""
    entry, strict = task
    return process_file(entry, options, language, strict, genre)


def build_timeline(inputs: Iterable[str | Path], date: dt.datetime | None = None, title: str | None = None,
                   language: str = "en", options: ReadOptions | None = None, stdin: BinaryIO | None = None,
                   on_article: Callable[[Article | Skipped], None] | None = None, jobs: int = 1,
                   engine: Engine = "local", scheduler: str | None = None, genre: str = "auto") -> Timeline:
    """Read inputs (files, folders, globs, `-`, URLs), tag and date their events, and order
    them into one timeline. Inputs that could not be read are listed in `timeline.skipped`.
    The timeline is held in memory; for archives, `stream_timeline` keeps it on disk."""
    with stream_timeline(inputs, date, title, language, options, stdin, on_article, jobs, engine,
                         scheduler, genre=genre) as stored:
        return stored.materialize()


def stream_timeline(inputs: Iterable[str | Path], date: dt.datetime | None = None, title: str | None = None,
                    language: str = "en", options: ReadOptions | None = None, stdin: BinaryIO | None = None,
                    on_article: Callable[[Article | Skipped], None] | None = None, jobs: int = 1,
                    engine: Engine = "local", scheduler: str | None = None,
                    on_stage: Callable[[str], None] | None = None, genre: str = "auto") -> StoredTimeline:
    """`build_timeline` in constant memory: the events and sources stay in temporary files that
    `render` reads in order. Use the result as a context manager (it deletes the files).
    `on_stage("merging")` is called once every article is read."""
    check_genre(genre)  # before anything is read
    options = options or ReadOptions()
    if date is not None:
        options = options.model_copy(update={"date": date})
    names = [str(i) for i in inputs]
    if engine == "dask":
        outcomes: Iterable[Outcome] = _dask_outcomes(names, options, language, scheduler, genre)
    else:
        outcomes = _local_outcomes(names, options, stdin, jobs, language, genre)
    return _assemble(outcomes, title, [], on_article, language, on_stage)


def process_file(entry: Entry | tuple[str, bool], options: ReadOptions, language: str = "en",
                 strict: bool = False, genre: str = "auto") -> list[Outcome]:
    """Read one input and extract the events of each of its articles (a task for dask)."""
    return [_process(item, language, genre) for item in read_named(Entry(*entry), options, None, strict)]


def _dask_outcomes(names: list[str], options: ReadOptions, language: str, scheduler: str | None,
                   genre: str = "auto") -> Iterator[Outcome]:
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
                _process_task, options=options, language=language, genre=genre)
            results = client.compute(bag).result() if client else bag.compute(scheduler="processes")
            yield from (outcome for per_file in results for outcome in per_file)
    finally:
        if client is not None:
            client.close()
