"""Options shared by the commands (reading inputs, selecting events, genre) and writing their output."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from timeline import api
from timeline.cli.group import UserError
from timeline.errors import TimelineError
from timeline.models import GRANULARITIES


def parsed(parse: Callable[[str], Any]) -> Callable[[click.Context, click.Parameter, str | None], Any]:
    """An option callback: the value parsed by the library (its error as Click's bad value)."""
    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
        try:
            return None if value is None else parse(value)
        except TimelineError as exc:
            raise click.BadParameter(str(exc)) from exc

    return callback


date_option = click.option(
    "--date", "date", metavar="YYYY-MM-DD[THH:MM]", callback=parsed(api.parse_date_option),
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
    "max_bytes", "follow_links", "fetch_timeout", "day_first"), [
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
    click.option("--day-first", is_flag=True, default=None,
                 help="Read all-number dates with slashes in metadata day first (05/11/2026: 5 November); "
                      "without it a JSON or CSV export is read so when one of its dates is only possible so."),
], _read_options)


genre_option = click.option(
    "--genre", type=click.Choice(api.GENRES), default="auto", show_default=True,
    help="How time is anchored: news (from the publication date), narrative (from the story's own "
         "time), colloquial (posts; informal forms too); auto decides from each text.")


def emit(text: str | Iterable[str], output: str | None) -> None:
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
