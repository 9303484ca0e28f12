"""Command-line interface: parses options and calls the library; nothing else lives here."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import click

from timeline import api
from timeline.errors import TimelineError, TimelineWarning
from timeline.models import GRANULARITIES

# The status of a command whose output pipe was closed early, as the shell reports a process that
# SIGPIPE stopped (128 + 13): `… | head` is not an error worth a message.
BROKEN_PIPE = 141


class UserError(click.ClickException):
    """Bad input or usage: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"timeline: error: {self.format_message()}", err=True)


def usage_error(exc: click.UsageError, command: str = "timeline") -> UserError:
    """Click's usage error (bad option value, unknown option or command) as the one line of every
    other error, instead of Click's usage block; it names the help to read (that of `command`
    when Click does not say which command failed)."""
    message = " ".join(exc.format_message().split())
    message = message[:1].lower() + message[1:]
    where = exc.ctx.command_path if exc.ctx is not None else command
    return UserError(f"{message} (see '{where} --help')")


def quiet_broken_pipe() -> None:
    """The reader of standard output went away (`timeline build … | head`): stop without a word.
    Standard output is pointed at /dev/null so that the interpreter's last flush cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int, file: Any = None,
                 line: str | None = None) -> None:
    """The library's warnings (an email Gmail will clip) as one line on stderr, like its errors."""
    if issubclass(category, TimelineWarning):
        click.echo(f"timeline: warning: {message}", err=True)
    else:
        SHOW_WARNING(message, category, filename, lineno, file, line)


SHOW_WARNING = warnings.showwarning


class Cli(click.Group):
    """A group that turns library errors into one-line messages instead of tracebacks."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:  # an unknown option of `timeline` itself
            raise usage_error(exc) from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", TimelineWarning)  # every time, not once per process
                warnings.showwarning = show_warning
                return super().invoke(ctx)
        except TimelineError as exc:
            raise UserError(str(exc)) from exc
        except UserError:
            raise
        except click.UsageError as exc:  # a subcommand's options, or an unknown subcommand
            raise usage_error(exc, " ".join(filter(None, [ctx.command_path, ctx.invoked_subcommand]))) from exc
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            quiet_broken_pipe()
            ctx.exit(BROKEN_PIPE)
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM/SIGHUP (timeline.atomic.Terminated)
            click.echo("timeline: interrupted; no output was written (earlier output is intact)", err=True)
            ctx.exit(getattr(exc, "exit_code", 130))
        except Exception as exc:
            if ctx.params.get("debug") or "--debug" in sys.argv:
                raise
            click.echo(f"timeline: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the "
                       "traceback, and please report it)", err=True)
            ctx.exit(1)


def _parsed(parse: Callable[[str], Any]) -> Callable[[click.Context, click.Parameter, str | None], Any]:
    """An option callback: the value parsed by the library (its error as Click's bad value)."""
    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
        try:
            return None if value is None else parse(value)
        except TimelineError as exc:
            raise click.BadParameter(str(exc)) from exc

    return callback


date_option = click.option(
    "--date", "date", metavar="YYYY-MM-DD[THH:MM]", callback=_parsed(api.parse_date_option),
    help="Publication date that relative expressions are anchored to (overrides front matter).",
)


# --min-granularity: every granularity but those no event is filtered by (a weekend is a week's, an
# unknown time is no granularity).
MIN_GRANULARITIES = tuple(name for name in GRANULARITIES if name not in {"weekend", "unknown"})


def option_group(target: str, names: tuple[str, ...], options: list[Callable[..., Any]],
                 build: Callable[[dict[str, Any]], Any]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A reusable set of options: their values (`names`) are taken out of the command's
    arguments and `build` turns them into the single argument `target`."""

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            kwargs[target] = build({name: kwargs.pop(name) for name in names})
            return function(*args, **kwargs)

        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper

    return decorate


def _day(ctx: click.Context, param: click.Parameter, value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def _selection(values: dict[str, Any]) -> Any:
    upcoming = values["upcoming"]
    return api.selection(start=values["since"], end=values["until"], min_granularity=values["min_granularity"],
                         max_events=values["max_events"], key_dates=values["key_dates"], per_date=values["per_date"],
                         when=None if upcoming is None else ("upcoming" if upcoming else "past"))


def _read_options(values: dict[str, Any]) -> Any:
    return api.read_options(**values)  # a bad zone name fails before any input is read


# Options that select events (--from/--to, --upcoming/--past, …), passed on as `selection`.
selection_options = option_group("selection", (
    "since", "until", "upcoming", "min_granularity", "max_events", "key_dates", "per_date"), [
    click.option("--from", "since", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD", callback=_day,
                 help="Keep events that end on or after this day."),
    click.option("--to", "until", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD", callback=_day,
                 help="Keep events that start on or before this day."),
    click.option("--upcoming/--past", "upcoming", default=None,
                 help="Keep only events still to come (or only those past) as of the latest article."),
    click.option("--min-granularity", type=click.Choice(MIN_GRANULARITIES),
                 help="Keep events dated at least this precisely (day keeps days and times)."),
    click.option("--max-events", type=click.IntRange(min=0), metavar="N",
                 help="Keep the N most important events (shown in timeline order)."),
    click.option("--key-dates", type=click.IntRange(min=0), metavar="N",
                 help="Keep the N most important days of the collection (shown in timeline order)."),
    click.option("--per-date", type=click.IntRange(min=1), metavar="K", default=1, show_default=True,
                 help="Events kept on each key date: the K that best say what happened."),
], _selection)

# Options that say how to read inputs, passed on as `read_options` (a ReadOptions).
input_options = option_group("read_options", (
    "date", "timezone", "input_format", "text_field", "date_field", "title_field", "url_field", "id_field",
    "max_bytes", "follow_links", "fetch_timeout"), [
    date_option,
    click.option("--timezone", metavar="ZONE",
                 help="IANA zone (e.g. Europe/London) that dates with a UTC offset are converted to."),
    click.option("--input-format", type=click.Choice(api.INPUT_FORMATS),
                 help="Read every input in this format instead of detecting it."),
    click.option("--text-field", metavar="NAME", help="JSON or CSV field of the article text [text]; a.b: nested."),
    click.option("--date-field", metavar="NAME", help="JSON or CSV field holding the publication date [date]."),
    click.option("--title-field", metavar="NAME", help="JSON or CSV field holding the title [title]."),
    click.option("--url-field", metavar="NAME", help="JSON or CSV field holding the URL [url]."),
    click.option("--id-field", metavar="NAME", help="JSON or CSV field holding the id, credited when a record has no "
                 "title or URL [id]."),
    click.option("--max-bytes", type=click.IntRange(min=1), metavar="N",
                 help="Refuse inputs larger than N bytes [50 MiB]."),
    click.option("--follow-links", is_flag=True, default=None,
                 help="In folders, follow symbolic links that lead outside the folder too."),
    click.option("--fetch-timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
                 help="Give up a URL whose whole answer takes longer [20]."),
], _read_options)


genre_option = click.option(
    "--genre", type=click.Choice(api.GENRES), default="auto", show_default=True,
    help="How time is anchored: news (from the publication date), narrative (from the story's own "
         "time), colloquial (posts; informal forms too); auto decides from each text.")


def _emit(text: str | Iterable[str], output: str | None) -> None:
    """Text (or its chunks) to standard output, or atomically to the file `output`."""
    if output is None or output == "-":
        try:
            for chunk in [text] if isinstance(text, str) else text:
                click.echo(chunk, nl=False)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # a full disk behind `> FILE`, an I/O error
            raise UserError(f"cannot write standard output: {exc.strerror or exc}") from exc
        return
    api.write_file(output, text)


@click.group(cls=Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
@click.option("--debug", is_flag=True, help="Show the traceback of internal errors.")
def cli(debug: bool) -> None:
    """Turn news articles into dated, ordered event timelines."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@input_options
@click.option("--format", "formats", type=click.Choice(api.FORMAT_CHOICES), multiple=True, default=("html",),
              show_default=True, help="Output format; repeat it for several (then -o names a folder).")
@click.option("-o", "--output", metavar="PATH",
              help="Write here (atomically) instead of standard output; a folder when several formats.")
@click.option("--title", help="Title of the timeline (default: the article's title when there is one).")
@click.option("--group-by", type=click.Choice(api.GROUP_BY), default="month", show_default=True,
              help="Period headings in the HTML, email, text and Markdown outputs.")
@click.option("--locale", default="en", show_default=True, help="Locale of dates and headings, e.g. en_US, fr, de.")
@click.option("--template-dir", type=click.Path(file_okay=False),
              help="Folder of templates overriding the built-in ones by name.")
@click.option("--template", type=click.Path(dir_okay=False, exists=True),
              help="Render this Jinja template instead of the format's built-in one.")
@click.option("--since", "edition_since", metavar="PREVIOUS.json|YYYY-MM-DD",
              help="A newsletter edition: keep only the events new or updated since an earlier build (its "
                   "--format json output; updated ones are marked), or first reported after this day.")
@click.option("--front-matter", is_flag=True,
              help="Start the Markdown with YAML front matter (title, date, layout) for Jekyll and Hugo; the title "
                   "is then left to the site's layout instead of a second H1.")
@click.option("--highlights", type=click.IntRange(min=0), metavar="N",
              help="Open the page, fragment, Markdown and text with the N key dates of the collection, the full "
                   "record following folded by period (the email shows only them); default: 10 when the timeline "
                   "has over 60 events and no option selects events; 0: never.")
@selection_options
@click.option("-v", "--verbose", is_flag=True, help="Say where each article's date came from.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr (warnings and errors stay).")
@click.option("--report", "report_path", metavar="FILE", help="Write the skipped inputs and counts as JSON.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for extraction; the output is the same for any number.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run locally, or as a dask.bag (pip install 'timeline[dask]').")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786) for --engine dask.")
@click.option("--cache", "cache_dir", metavar="DIR", help="Keep each file's extraction here, for rebuilds [user's].")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the build cache.")
@click.option("--cache-max", metavar="SIZE", default="1G", callback=_parsed(api.parse_size),
              help="Bound on the build cache (500M, 2G…): the oldest entries are dropped [1G].")
@genre_option
def build(inputs: tuple[str, ...], read_options: Any, formats: tuple[str, ...], output: str | None,
          title: str | None, group_by: str, locale: str, template_dir: str | None, template: str | None,
          edition_since: str | None, front_matter: bool, highlights: int | None, selection: Any, verbose: bool,
          quiet: bool, report_path: str | None, jobs: int, engine: str, scheduler: str | None, cache_dir: str | None,
          no_cache: bool, cache_max: int, genre: str) -> None:
    """Build a timeline from articles: files, folders, globs, - (stdin) or URLs.

    Text/Markdown (YAML front matter), HTML pages, RSS/Atom feeds, JSON, JSON Lines, CSV and
    e-mails (.eml) are read; a folder recursively. Unreadable inputs inside a folder or a batch are
    skipped and reported; a single input that cannot be read is an error.

    Example: timeline build article.txt --date 2019-02-21 --format html -o out/timeline.html
    """
    formats = api.format_names(formats)
    if (several := len(set(formats)) > 1) and output in (None, "-"):
        raise UserError("several --format options need -o FOLDER")
    if front_matter and "md" not in formats:
        raise UserError("--front-matter is for the Markdown output: add --format md")
    render_options = {"template_dir": template_dir, "group_by": group_by, "locale": locale, "template": template,
                      "front_matter": front_matter}
    edition = _edition(edition_since)  # a bad --since fails before any input is read
    api.check_outputs(inputs, [output], formats, read_options)
    api.check_outputs(inputs, [report_path], options=read_options)
    report = api.build_report()
    with _progress(quiet, inputs) as bar:
        def on_article(item: Any) -> None:
            bar.update(1)
            _note(report.add(item), verbose, bar)

        stored = api.stream_timeline(inputs, title=title, options=read_options, stdin=sys.stdin.buffer,
                                     on_article=on_article, jobs=jobs, engine=engine, scheduler=scheduler,
                                     on_stage=lambda stage: _stage(bar, stage), genre=genre,
                                     cache=not no_cache and (cache_dir or True), cache_max=cache_max)
    with stored:
        report.finish(stored)
        if report.articles == 0 and report.skipped:
            raise UserError(f"no article could be read: {report.skipped_text()}")
        timeline = api.select(api.since(stored, edition) if edition is not None else stored, selection)
        if edition is None and any(map(api.leads_with_key_dates, formats)):  # json & co. show none
            timeline = api.highlight(timeline, highlights, selection)
        with _writing(quiet, output) as written:
            if several:
                api.write_outputs(timeline, formats, output, **render_options)
            else:
                _emit(_counted(api.render_chunks(timeline, formats[0], **render_options), written), output)
    if report_path:
        _emit(report.model_dump_json(indent=2) + "\n", report_path)
    if not quiet:
        click.echo(f"timeline: {report.summary()}", err=True)


def _edition(value: str | None) -> Any:
    """`--since`: a day (YYYY-MM-DD), else the JSON output of an earlier build, read now."""
    if value is None:
        return None
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise UserError(f"--since {value!r}: not a day; give YYYY-MM-DD or an earlier build's JSON") from None
    return api.read_edition(value)


def _progress(quiet: bool, inputs: tuple[str, ...]) -> Any:
    """A progress bar of articles read, on a terminal only (silent when stderr is piped): with a
    total and an ETA when the inputs say how many articles they hold (files of one article each)."""
    shown = not quiet and sys.stderr.isatty()
    total = api.count_articles(inputs) if shown else None
    return api.progress_bar(shown, total=total, unit=" articles", desc="reading")


def _stage(bar: Any, stage: str) -> None:
    """Say on the progress bar what the build does once every article is read (merging events)."""
    bar.set_description(stage)
    bar.refresh()


def _writing(quiet: bool, output: str | None) -> Any:
    """A counter of the output written (bytes), on a terminal only and when the output is a file."""
    shown = not quiet and sys.stderr.isatty() and output not in (None, "-")
    return api.progress_bar(shown, unit="B", unit_scale=True, desc="writing")


def _counted(chunks: Iterable[str], bar: Any) -> Iterator[str]:
    """The chunks of an output, counted on the writing bar as they are rendered."""
    for chunk in chunks:
        bar.update(len(chunk.encode("utf-8")))
        yield chunk


def _note(lines: list[str], verbose: bool, bar: Any = None) -> None:
    """Print what reading an input gave: warnings always; skips and date sources with --verbose
    (skips are listed in the summary line anyway)."""
    for line in lines:
        if verbose or line.startswith("warning"):
            message = f"timeline: {line}"
            if bar is not None and not bar.disable:
                bar.write(message, file=sys.stderr)
            else:
                click.echo(message, err=True)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the timeline that --format json writes.

    Example: timeline schema > timeline.schema.json
    """
    click.echo(api.schema_json(), nl=False)


@cli.command()
@click.argument("file", metavar="FILE")
@input_options
@click.option("--format", "fmt", type=click.Choice(["json", "text", "timeml"]), default="json",
              show_default=True, help="JSON array, tab-separated lines, or TempEval-3 TimeML.")
@click.option("-o", "--output", metavar="PATH", help="Write here (atomically) instead of standard output.")
@genre_option
def tag(file: str, read_options: Any, fmt: str, output: str | None, genre: str) -> None:
    """List the time expressions in FILE with their TIMEX3 values.

    FILE is a text/Markdown article (- reads standard input) or a TimeML (.tml) document
    (its DCT is the date, its TIMEX3 tags are ignored). Offsets are Python string indices into the text (the file
    decoded as UTF-8; for .tml, the content of <TEXT> without tags).

    Example: timeline tag article.txt --date 2019-02-21
    """
    api.check_outputs([file], [output], options=read_options)
    document = api.tag_file(file, options=read_options, genre=genre)
    if fmt == "timeml":
        text = api.timeml(document)
    elif fmt == "json":
        rows = [t.model_dump(exclude_none=True) for t in document.timexes]
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(f"{t.start}\t{t.end}\t{t.type}\t{t.value}\t{t.text}\n" for t in document.timexes)
    _emit(text, output)


@cli.command(name="eval")
@click.argument("gold", nargs=-1, required=True, metavar="GOLD...")
@click.option("--system", "system_dir", type=click.Path(file_okay=False, exists=True),
              help="Score the TimeML files in this folder instead of running the tagger.")
@click.option("--errors", is_flag=True, help="List every miss, false positive and wrong value with context.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--ignore-types", is_flag=True, help="Do not score types (corpora whose types were lost).")
@genre_option
def evaluate(gold: tuple[str, ...], system_dir: str | None, errors: bool, as_json: bool, ignore_types: bool,
             genre: str) -> None:
    """Score the tagger on TimeML gold files (TempEval-3 Task A).

    Reports strict and relaxed span P/R/F1, type and value accuracy, value F1, per type.

    Example: timeline eval ../shared/corpora/tbaq-cleaned --errors
    """
    report = api.evaluate_tagger(gold, system_dir=system_dir, ignore_types=ignore_types, genre=genre)
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        click.echo(api.tagger_report_text(report, errors=errors), nl=False)


@cli.command(name="eval-events")
@click.argument("gold_dir", metavar="[GOLD_DIR]", required=False)
@click.option("--timeml", "timeml_dir", type=click.Path(exists=True),
              help="Score event dating on TimeML news (.tml files, recursively) by their event-time links.")
@click.option("--event-times", type=click.Path(exists=True, dir_okay=False),
              help="With --timeml: date the gold events by this TimeBank-EventTime table instead.")
@click.option("--errors", is_flag=True, help="List every missed, spurious and wrongly dated event.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_events(gold_dir: str | None, timeml_dir: str | None, event_times: str | None, errors: bool,
                as_json: bool) -> None:
    """Score event extraction on a folder of articles with gold events, or event dating on TimeML.

    GOLD_DIR holds NAME.md (or .txt) articles dated by front matter and NAME.events.yaml
    files listing each article's events as {text, start, end}. With --timeml DIR, each event
    is checked against the gold events in its sentence: lenient (its interval overlaps theirs),
    strict (its time expression is the one gold links), and recall.

    Example: timeline eval-events tests/gold_events --errors

    Example: timeline eval-events --timeml ../shared/corpora/tbaq-cleaned
    """
    if (gold_dir is None) == (timeml_dir is None):
        raise click.UsageError("give either GOLD_DIR or --timeml DIR")
    if event_times and not timeml_dir:
        raise click.UsageError("--event-times needs --timeml DIR")
    if timeml_dir is not None:
        dating = api.evaluate_dating(timeml_dir, event_times)
        click.echo(dating.model_dump_json(indent=2) if as_json else api.dating_report_text(dating, errors), nl=as_json)
        return
    assert gold_dir is not None
    report = api.evaluate_events(gold_dir)
    click.echo(report.model_dump_json(indent=2) if as_json else api.events_report_text(report, errors), nl=as_json)


@cli.command(name="eval-tls")
@click.argument("folder", metavar="DIR")
@click.option("--pad", type=click.IntRange(min=0), default=0, show_default=True, metavar="DAYS",
              help="Also read articles published up to DAYS days before and after each gold range (Entities: 7).")
@click.option("--per-date", type=click.IntRange(min=1), default=1, show_default=True, metavar="K",
              help="Sentences (events) kept per key date, for ROUGE.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for extraction; the scores are the same for any number.")
@click.option("--errors", is_flag=True, help="List the gold days each system missed and the days it chose wrongly.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_tls(folder: str, pad: int, per_date: int, jobs: int, errors: bool, as_json: bool) -> None:
    """Score key dates as timeline summarization (Date F1, ROUGE-1/2) on news collections.

    DIR holds STORY/articles.jsonl ({id, date, title, text} a line) and STORY/timelines.jsonl
    (one gold timeline a line: [["YYYY-MM-DD", ["sentence", ...]], ...]). For each gold timeline
    the articles published in its range (± --pad days) are built into a timeline and as many key
    dates are chosen as it has; the publication-count baseline is scored beside.

    Example: timeline eval-tls ../shared/corpora/entities-dev --pad 7
    """
    report = api.evaluate_tls(folder, pad=pad, per_date=per_date, jobs=jobs)
    click.echo(report.model_dump_json(indent=2) if as_json else api.tls_report_text(report, errors), nl=as_json)


def main() -> None:
    """Console-script entry point."""
    gc.freeze()  # what the imports made lives as long as the process: no collection need walk it again
    try:
        cli(prog_name="timeline")
    finally:  # the process ends: the collector's last pass at exit skips what is still alive (freed as usual)
        gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
