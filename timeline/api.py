"""The library's one entry: everything the command line does, as functions for Python users.

    >>> import datetime as dt
    >>> from timeline import api
    >>> [t.value for t in api.tag_text("The vote was held last Tuesday.", dt.datetime(2019, 2, 21))]
    ['2019-02-19']

Each function hands its work to the stage that does it (read, tag, events, order, select,
render, evaluation); stages are imported when first used, so that `timeline --help` and a
one-article build load only what they need.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from timeline.errors import TimelineError
from timeline.models import GENRES, GRANULARITIES, Article, Event, Skipped, TaggedDocument, Timeline, Timex
from timeline.read.options import INPUT_FORMATS
from timeline.render.formats import FORMAT_CHOICES, FORMAT_NAMES, GROUP_BY, format_names, leads_with_key_dates

if TYPE_CHECKING:
    from timeline.evaluation.dating import DatingReport
    from timeline.evaluation.events import EventReport
    from timeline.evaluation.tempeval import EvalReport
    from timeline.evaluation.tls import TlsReport
    from timeline.read.options import ReadOptions
    from timeline.report import BuildReport
    from timeline.select import Selection
    from timeline.store import AnyTimeline, StoredTimeline

# and every function below
__all__ = ["FORMAT_CHOICES", "FORMAT_NAMES", "GENRES", "GRANULARITIES", "GROUP_BY", "INPUT_FORMATS", "format_names",
           "leads_with_key_dates"]
Engine = Literal["local", "dask"]
OnArticle = Callable[[Article | Skipped], None]


# Read ------------------------------------------------------------------------------------------

def read_options(**fields: Any) -> ReadOptions:
    """How inputs are read (`date`, `timezone`, `input_format`, record field names, `max_bytes`);
    an unknown time zone is a DateError before anything is read."""
    from timeline.read.options import ReadOptions, zone

    zone(fields.get("timezone"))
    return ReadOptions(**{key: value for key, value in fields.items() if value is not None})


def count_articles(inputs: Iterable[str | Path]) -> int | None:
    """How many articles (or skipped inputs) reading `inputs` will give, for a progress bar's total;
    None when that is unknown before reading (a feed, a JSON file, standard input, a URL) or the
    inputs are wrong (reading them reports why)."""
    from timeline.read.inputs import EXTENSIONS, URL_PREFIXES, expand_inputs

    count = 0
    try:
        for name, *_ in expand_inputs(str(i) for i in inputs):
            if name == "-" or name.startswith(URL_PREFIXES) or EXTENSIONS.get(Path(name).suffix.lower()) in {
                    "feed", "json", "jsonl"}:
                return None
            count += 1
    except TimelineError:
        return None
    return count


def parse_date_option(text: str) -> dt.datetime:
    """`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, strictly (the `--date` option)."""
    from timeline.read.options import parse_date_option as parse

    return parse(text)


def check_outputs(inputs: Iterable[str | Path], outputs: Iterable[str | Path | None], formats: Iterable[str] = (),
                  options: ReadOptions | None = None) -> None:
    """Refuse, before anything is read, output files that would replace an input. With several
    `formats` the output is a folder holding timeline.<ext> files."""
    from timeline.read.inputs import ReadOptions
    from timeline.read.inputs import check_outputs as check
    from timeline.render.formats import output_name

    unique = list(dict.fromkeys(formats))
    paths: list[str | Path] = []
    for output in outputs:
        if output is None or str(output) == "-":
            continue
        paths.extend([Path(output) / output_name(fmt) for fmt in unique] if len(unique) > 1 else [output])
    check([str(name) for name in inputs], paths, options or ReadOptions())


def read_article(path: str | Path, *, date: dt.datetime | None = None, options: ReadOptions | None = None) -> Article:
    """One article file (text, Markdown, HTML, or a feed or JSON file holding exactly one)."""
    from timeline.read.inputs import read_article as read

    return read(path, date=date, options=options)


def read_text(text: str, *, date: dt.datetime | None = None, path: str | None = None,
              options: ReadOptions | None = None) -> Article:
    """An article from text already in memory (front matter and datelines are read as in files)."""
    from timeline.read.text import read_text as read

    return read(text, path=path, options=options, date=date)


# Tag and extract -------------------------------------------------------------------------------

def tag_text(text: str, anchor: dt.datetime | dt.date, language: str = "en", genre: str = "auto") -> list[Timex]:
    """Every time expression in `text`, its value resolved against `anchor` (the publication time)
    as the genre anchors it (`GENRES`: `news`, `narrative`, `colloquial`, or `auto` from the text)."""
    from timeline.tag.tagger import tag_text as tag

    return tag(text, anchor, language, genre)


def tag_article(article: Article, language: str = "en", genre: str = "auto") -> list[Timex]:
    """The time expressions of an article's body, offsets into its whole text."""
    from timeline.tag.tagger import tag_article as tag

    return tag(article, language, genre)


def tag_file(path: str | Path, date: dt.datetime | None = None, language: str = "en",
             options: ReadOptions | None = None, genre: str = "auto") -> TaggedDocument:
    """Tag an article file (`-`: standard input), or a TimeML file (its DCT as the date, its own tags ignored)."""
    date = date or (options.date if options else None)
    if str(path).lower().endswith((".tml", ".timeml")):
        from timeline.evaluation.timeml import read_timeml

        gold = read_timeml(path)
        dct = date or gold.dct
        return TaggedDocument(doc_id=gold.doc_id, dct=dct, text=gold.text,
                              timexes=tag_text(gold.text, dct, language, genre))
    from timeline.read.align import remapped
    from timeline.read.inputs import read_article_as_read

    article, original = read_article_as_read(path, date=date, options=options)
    timexes = tag_article(article, language, genre)
    doc_id = "stdin" if str(path) == "-" else Path(path).stem
    # Offsets index the file as read, also where reading repaired it ("â€™", "Mon\u200bday").
    if original is None:
        return TaggedDocument(doc_id=doc_id, dct=article.published, text=article.text, timexes=timexes)
    return TaggedDocument(doc_id=doc_id, dct=article.published, text=original,
                          timexes=remapped(timexes, original, article.text))


def timeml(document: TaggedDocument) -> str:
    """A tagged document as TempEval-3 TimeML."""
    from timeline.evaluation.timeml import write_timeml

    return write_timeml(document.doc_id, document.dct, document.text, document.timexes)


def extract_events(article: Article, language: str = "en", genre: str = "auto") -> list[Event]:
    """The dated events of one article, in text order (its time expressions anchored as the genre does)."""
    from timeline.events import extract_events as extract

    return extract(article, tag_article(article, language, genre), language=language)


# Build -----------------------------------------------------------------------------------------

def build_timeline(inputs: Iterable[str | Path], date: dt.datetime | None = None, title: str | None = None,
                   language: str = "en", options: ReadOptions | None = None, stdin: BinaryIO | None = None,
                   on_article: OnArticle | None = None, jobs: int = 1, engine: Engine = "local",
                   scheduler: str | None = None, genre: str = "auto", cache: str | Path | bool | None = None,
                   cache_max: int | None = None) -> Timeline:
    """Read inputs (files, folders, globs, `-`, URLs), date their events and order them into one
    timeline, in memory. Inputs that could not be read are listed in `timeline.skipped`.
    `genre` says how time is anchored (`GENRES`; `auto` decides for each article). `cache`: a
    folder where each input file's extraction is kept and reused while the file and the settings
    are the same (True: `default_cache_dir()`, the command line's; None or False: no cache),
    holding at most `cache_max` bytes (1 GiB), the oldest entries dropped. Standard input and
    URLs are never cached."""
    from timeline.cache import DEFAULT_MAX_BYTES
    from timeline.pipeline import build_timeline as build

    return build(inputs, date, title, language, options, stdin, on_article, jobs, engine, scheduler, genre,
                 cache=_cache_folder(cache), cache_max=DEFAULT_MAX_BYTES if cache_max is None else cache_max)


def stream_timeline(inputs: Iterable[str | Path], date: dt.datetime | None = None, title: str | None = None,
                    language: str = "en", options: ReadOptions | None = None, stdin: BinaryIO | None = None,
                    on_article: OnArticle | None = None, jobs: int = 1, engine: Engine = "local",
                    scheduler: str | None = None, on_stage: Callable[[str], None] | None = None,
                    genre: str = "auto", cache: str | Path | bool | None = None,
                    cache_max: int | None = None) -> StoredTimeline:
    """`build_timeline` in flat memory: events stay in temporary files, read back in order when
    rendered. Use the result as a context manager (leaving it deletes the files). `on_stage` hears
    when every article is read and the events are being merged ("merging"). With `cache`, the
    result's `cache` says what the build cache gave and holds (`CacheStats`)."""
    from timeline.cache import DEFAULT_MAX_BYTES
    from timeline.pipeline import stream_timeline as stream

    return stream(inputs, date, title, language, options, stdin, on_article, jobs, engine, scheduler, on_stage, genre,
                  cache=_cache_folder(cache), cache_max=DEFAULT_MAX_BYTES if cache_max is None else cache_max)


def _cache_folder(cache: str | Path | bool | None) -> str | Path | None:
    """The build cache's folder: True means the default one, None or False none."""
    return default_cache_dir() if cache is True else cache or None


def default_cache_dir() -> Path:
    """The build cache `timeline build` uses unless told otherwise: $TIMELINE_BUILD_CACHE, else
    `builds` in the user's cache directory (platformdirs: ~/.cache/timeline/builds on Linux)."""
    from timeline.cache import default_folder

    return default_folder()


def parse_size(text: str) -> int:
    """Bytes from a size such as `500M`, `2G`, `64K` or `1000000` (the `--cache-max` option)."""
    from timeline.cache import parse_size as parse

    return parse(text)


def timeline_from_articles(articles: Iterable[Article], title: str | None = None, language: str = "en",
                           genre: str = "auto") -> Timeline:
    """One timeline from articles already read."""
    from timeline.pipeline import timeline_from_articles as build

    return build(articles, title, language, genre=genre)


def progress_bar(shown: bool, **options: Any) -> Any:
    """A tqdm bar on stderr when `shown`, else one that draws nothing, without importing tqdm
    (a tenth of a one-article build's start-up)."""
    if not shown:
        return _Silent()
    from tqdm import tqdm

    return tqdm(file=sys.stderr, leave=False, **options)


class _Silent(contextlib.nullcontext):  # type: ignore[type-arg]
    """What tqdm's disabled bar does: counts, describes and draws nothing."""

    disable = True

    def __enter__(self) -> _Silent:
        return self

    def update(self, *_: Any) -> None:
        """Count nothing."""

    def set_description(self, *_: Any) -> None:
        """Describe nothing."""

    def refresh(self) -> None:
        """Draw nothing."""


def build_report() -> BuildReport:
    """An empty report of a build: feed it each article or skip (`add`), then the timeline (`finish`)."""
    from timeline.report import BuildReport

    return BuildReport()


# Select ----------------------------------------------------------------------------------------

def selection(**criteria: Any) -> Selection:
    """Which events to keep: `start`, `end` (days), `when` ("upcoming" or "past"),
    `min_granularity`, `max_events`, `key_dates` (the N most important days) and `per_date`."""
    from timeline.select import Selection

    return Selection(**{key: value for key, value in criteria.items() if value is not None})


def select(timeline: AnyTimeline, chosen: Selection | None = None, **criteria: Any) -> AnyTimeline:
    """The timeline restricted to the events a selection keeps (given whole, or as criteria)."""
    from timeline.select import select_events

    return select_events(timeline, chosen or selection(**criteria))


def highlight(timeline: AnyTimeline, count: int | None = None, chosen: Selection | None = None) -> AnyTimeline:
    """The timeline marked with the events of its `count` key dates, which the page, fragment,
    Markdown and text lead with (the email shows only them), the full record following, folded by
    period. `count=None`: ten when the timeline has over 60 events and `chosen` keeps them all."""
    from timeline.select import highlight as mark

    return mark(timeline, count, chosen)


def read_edition(path: str | Path) -> Timeline:
    """An earlier build's JSON output (`--format json`), to compare a new build with (`since`)."""
    from pydantic import ValidationError

    try:
        return Timeline.model_validate_json(Path(path).read_bytes())
    except OSError as exc:
        raise TimelineError(f"{path}: cannot read the earlier edition: {exc.strerror or exc}") from exc
    except ValidationError as exc:
        raise TimelineError(f"{path}: not the JSON output of a timeline build ({exc.error_count()} errors, "
                            f"first: {exc.errors()[0]['msg']})") from exc


def since(timeline: AnyTimeline, previous: Timeline | str | Path | dt.date) -> AnyTimeline:
    """A newsletter edition: only the events new or updated since an earlier build (a Timeline, or
    the path of its JSON output) — marked `edition` "new" or "updated" with their `changes` — or
    first reported after a day."""
    from timeline.edition import since_edition

    if isinstance(previous, dt.date):
        return since_edition(timeline, since=previous)
    earlier = previous if isinstance(previous, Timeline) else read_edition(previous)
    return since_edition(timeline, previous=earlier)


# Render ----------------------------------------------------------------------------------------

def render(timeline: AnyTimeline, fmt: str = "html", template_dir: str | Path | None = None, group_by: str = "month",
           template: str | Path | None = None, locale: str = "en", front_matter: bool = False) -> str:
    """The timeline in one output format (see `FORMAT_NAMES`; `FORMAT_CHOICES` adds other names,
    "markdown" for "md"), as text (`front_matter`: YAML front matter on the Markdown, for Jekyll and Hugo)."""
    from timeline.render.dispatch import render as render_text

    return render_text(timeline, format_names((fmt,))[0], template_dir, group_by, template=template, locale=locale,
                       front_matter=front_matter)


def render_chunks(timeline: AnyTimeline, fmt: str = "html", template_dir: str | Path | None = None,
                  group_by: str = "month", template: str | Path | None = None, locale: str = "en",
                  front_matter: bool = False) -> Iterator[str]:
    """`render` as a stream of chunks, for archives too large to hold as one string."""
    from timeline.render.dispatch import render_chunks as chunks

    return chunks(timeline, format_names((fmt,))[0], template_dir, group_by, template=template, locale=locale,
                  front_matter=front_matter)


def write_outputs(timeline: AnyTimeline, formats: Iterable[str], folder: str | Path, **options: Any) -> list[Path]:
    """Several formats into one folder (`timeline.<ext>` each), every file finished before any is replaced."""
    from timeline.render.dispatch import write_outputs as write

    return write(timeline, formats, folder, **options)


def write_file(path: str | Path, content: str | Iterable[str]) -> None:
    """Text (or its chunks) written whole or not at all: a temporary file renamed into place."""
    from timeline.atomic import write_atomic

    write_atomic(path, content)


def schema_json() -> str:
    """The JSON Schema of the timeline that the json format writes."""
    from timeline.render.dispatch import schema_json as schema

    return schema()


# Evaluate --------------------------------------------------------------------------------------

def evaluate_tagger(gold: Iterable[str], system_dir: str | None = None, ignore_types: bool = False,
                    genre: str = "auto") -> EvalReport:
    """TempEval-3 scores of the tagger (or of the TimeML files in `system_dir`) on TimeML gold files,
    the tagger anchoring time as `genre` says."""
    import functools

    from timeline.evaluation.tempeval import evaluate_documents

    tagger = None if system_dir else functools.partial(tag_text, genre=genre)
    return evaluate_documents(list(gold), tagger=tagger, system_dir=system_dir, ignore_types=ignore_types)


def tagger_report_text(report: EvalReport, errors: bool = False) -> str:
    """A TempEval-3 report as text, with every error listed when `errors`."""
    from timeline.evaluation.tempeval import format_report

    return format_report(report, errors=errors)


def evaluate_events(gold_dir: str | Path) -> EventReport:
    """Event extraction scored on a folder of articles with gold events (NAME.events.yaml)."""
    from timeline.evaluation.events import evaluate_events as evaluate

    return evaluate(gold_dir)


def events_report_text(report: EventReport, errors: bool = False) -> str:
    """An event-extraction report as text."""
    from timeline.evaluation.events import format_event_report

    return format_event_report(report, errors)


def evaluate_tls(folder: str | Path, pad: int = 0, per_date: int = 1, jobs: int = 1,
                 engine: Engine = "local") -> TlsReport:
    """Key dates scored as timeline summarization on a collection of STORY/articles.jsonl and
    STORY/timelines.jsonl: for each gold timeline, this library's own build of the articles
    published in its range (± `pad` days), with as many key dates as the timeline has, `per_date`
    events each; Date F1 and ROUGE-1/2 beside the publication-count baseline."""
    from timeline.evaluation.tls import evaluate_collection

    options = read_options(input_format="jsonl")

    def build(folder: Path) -> Timeline:
        return build_timeline([folder], options=options, jobs=jobs, engine=engine)

    def choose(timeline: Timeline, first: dt.date, last: dt.date, n: int, k: int) -> Timeline:
        return select(timeline, start=first, end=last, key_dates=n, per_date=k)

    return evaluate_collection(folder, build, choose, pad=pad, per_date=per_date)


def tls_report_text(report: TlsReport, errors: bool = False) -> str:
    """A timeline-summarization report as text: per gold timeline, then tool and baseline averages
    (with `errors`, the days each missed or chose wrongly)."""
    from timeline.evaluation.tls import format_tls_report

    return format_tls_report(report, errors)


def evaluate_dating(timeml_dir: str | Path, event_times: str | Path | None = None) -> DatingReport:
    """Event dating scored on real news: TimeML files with event–time TLINKs, or the dates a
    TimeBank-EventTime table gives their events (lenient, strict, recall)."""
    from timeline.evaluation.dating import evaluate_dating as evaluate

    return evaluate(timeml_dir, event_times)


def dating_report_text(report: DatingReport, errors: bool = False) -> str:
    """An event-dating report as text."""
    from timeline.evaluation.dating import format_dating_report

    return format_dating_report(report, errors)
