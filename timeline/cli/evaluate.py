"""The scoring commands: `eval` (the tagger), `eval-events` (events and their dating), `eval-tls` (key dates)."""

from __future__ import annotations

import click

from timeline import api
from timeline.cli.options import genre_option


@click.command(name="eval")
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


@click.command(name="eval-events")
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


@click.command(name="eval-tls")
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
