"""The `timeline` group and its commands that build and tag; the scoring commands are in evaluate.py."""

from __future__ import annotations

import datetime as dt
import gc
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import click

from timeline import api
from timeline.cli.evaluate import eval_events, eval_tls, evaluate
from timeline.cli.group import Cli, UserError
from timeline.cli.options import emit, genre_option, input_options, parsed, selection_options


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
@click.option("--cache-max", metavar="SIZE", default="1G", callback=parsed(api.parse_size),
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
                emit(_counted(api.render_chunks(timeline, formats[0], **render_options), written), output)
    if report_path:
        emit(report.model_dump_json(indent=2) + "\n", report_path)
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
    emit(text, output)


for command in (evaluate, eval_events, eval_tls):
    cli.add_command(command)


def main() -> None:
    """Console-script entry point."""
    gc.freeze()  # what the imports made lives as long as the process: no collection need walk it again
    try:
        cli(prog_name="timeline")
    finally:  # the process ends: the collector's last pass at exit skips what is still alive (freed as usual)
        gc.freeze()
