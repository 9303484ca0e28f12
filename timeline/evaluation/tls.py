"""Score key-date selection as timeline summarization (TLS): Date F1 and per-date ROUGE.

A collection folder holds one folder per story (or is itself one story), each with
`articles.jsonl` (one article a line: `{"id", "date", "title", "text"}`) and `timelines.jsonl`
(one gold timeline a line: `[["YYYY-MM-DD", ["sentence", …]], …]`). As the literature scores it
(Tran et al. 2013; Martschat & Markert 2018; Gholipour Ghalandari & Ifrim 2020), for each gold
timeline the system reads the articles published from its first to its last date (widened by
`pad` days), is asked for as many dates as the timeline has, and its days are compared with the
gold days; precision and recall are averaged over timelines and F1 is taken from the averages.
A day counts as chosen when an output event starts on it. The per-date summaries (the chosen
events' sentences) are compared with the gold sentences by ROUGE-1/2 F1 on the days both
timelines share, where the gold timeline has a summary for every date.

Two baselines are scored from the same build, each day summarized by its first events in
timeline order: the publication-count baseline of the literature (the days of the gold range ranked
by the number of articles published on them) and a source-count baseline (the days ranked by the
number of distinct articles whose day-or-finer events start on them: what counting the JSON
output gives without any ranking). Ties go to the earlier day.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from timeline.errors import InputError, TimelineError
from timeline.models import Event, Source, Timeline

ARTICLES, TIMELINES = "articles.jsonl", "timelines.jsonl"
WINDOW_FILE = 16  # articles per file handed to the build: files are what its worker processes share out
# The system under test: a timeline built from a folder of JSON Lines files of articles, and the events it
# keeps for a gold range (first, last), a number of key dates and of events per date.
Build = Callable[[Path], Timeline]
Choose = Callable[[Timeline, dt.date, dt.date, int, int], Timeline]
FINE = frozenset({"day", "partofday", "time"})  # granularities the source-count baseline counts


class GoldTimeline(BaseModel):
    """One editors' timeline: its dates and each date's summary sentences."""

    story: str
    number: int  # its line in timelines.jsonl, from 1
    dates: dict[dt.date, list[str]]

    @property
    def first(self) -> dt.date:
        return min(self.dates)

    @property
    def last(self) -> dt.date:
        return max(self.dates)

    @property
    def summarized(self) -> bool:
        """Whether every date has its own summary (Entities joins them all on the first date)."""
        return all(self.dates.values())


class SharedDate(BaseModel):
    """ROUGE F1 of a system's summary of one day that the gold timeline also has."""

    date: dt.date
    rouge1: float
    rouge2: float


class Scores(BaseModel):
    """A system's days (and summaries) for one gold timeline, scored."""

    chosen: list[dt.date]
    hits: int
    precision: float
    recall: float
    f1: float
    rouge1: float | None = None  # mean over the shared dates; None when there is none or no gold summaries
    rouge2: float | None = None
    shared: list[SharedDate] = []


class TimelineResult(BaseModel):
    """One gold timeline: its window, what was read, and the scores of the tool and the baselines."""

    story: str
    timeline: int
    first: dt.date
    last: dt.date
    days: int  # days from first to last: what a system chooses its N dates among
    gold: list[dt.date]
    articles: int  # articles published in the (padded) window, as read
    skipped: int  # records of the window that could not be read (listed in `skipped_inputs`)
    skipped_inputs: list[str] = []
    events: int
    dates: int  # N: the gold timeline's number of dates, asked of the systems
    coverage: float  # share of the gold days that some event of the build starts on: recall's ceiling
    tool: Scores
    baseline: Scores
    sources: Scores  # the source-count baseline


class Averages(BaseModel):
    """Precision and recall averaged over timelines, F1 from the averages; ROUGE averaged over
    the timelines that have a shared date with gold summaries."""

    precision: float
    recall: float
    f1: float
    rouge1: float | None = None
    rouge2: float | None = None
    rouge_timelines: int = 0


class TlsReport(BaseModel):
    """Scores of the tool and of the two baselines on a collection."""

    folder: str
    pad: int
    per_date: int
    stories: int
    timelines: list[TimelineResult]
    coverage: float  # mean over timelines of the share of gold days the build dates at all
    tool: Averages
    baseline: Averages
    sources: Averages


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def date_scores(chosen: list[dt.date], gold: list[dt.date]) -> tuple[int, float, float, float]:
    """(hits, precision, recall, F1) of chosen days against gold days (empty choice: precision 0)."""
    hits = len(set(chosen) & set(gold))
    precision = hits / len(set(chosen)) if chosen else 0.0
    recall = hits / len(set(gold)) if gold else 0.0
    return hits, precision, recall, _f1(precision, recall)


def average(scores: list[Scores]) -> Averages:
    """Macro averages over timelines: precision and recall averaged, F1 from those averages."""
    if not scores:
        return Averages(precision=0.0, recall=0.0, f1=0.0)
    precision = sum(s.precision for s in scores) / len(scores)
    recall = sum(s.recall for s in scores) / len(scores)
    rouged = [s for s in scores if s.rouge1 is not None and s.rouge2 is not None]
    return Averages(
        precision=precision, recall=recall, f1=_f1(precision, recall), rouge_timelines=len(rouged),
        rouge1=sum(s.rouge1 for s in rouged) / len(rouged) if rouged else None,  # type: ignore[misc]
        rouge2=sum(s.rouge2 for s in rouged) / len(rouged) if rouged else None,  # type: ignore[misc]
    )


# Reading the collection ------------------------------------------------------------------------

def story_folders(folder: str | Path) -> list[Path]:
    """The story folders of a collection (sorted by name), or the folder itself when it is one."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{root}: not a folder (give a collection of STORY/{ARTICLES} and STORY/{TIMELINES})")
    if (root / TIMELINES).is_file():
        return [root]
    stories = sorted(p for p in root.iterdir() if p.is_dir() and (p / TIMELINES).is_file())
    if not stories:
        raise InputError(f"{root}: no STORY/{TIMELINES} in this folder")
    for story in stories:
        if not (story / ARTICLES).is_file():
            raise InputError(f"{story}: {TIMELINES} without {ARTICLES}")
    return stories


def _day(value: Any, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _gold_dates(rows: Any, where: str) -> dict[dt.date, list[str]]:
    """A timeline line's `[[date, [sentences]], …]` as {day: sentences}; repeated days are joined."""
    if not isinstance(rows, list) or not rows:
        raise InputError(f"{where}: expected a non-empty list of [date, [sentences]] pairs")
    dates: dict[dt.date, list[str]] = {}
    for row in rows:
        if not (isinstance(row, list) and len(row) == 2 and isinstance(row[1], list)):
            raise InputError(f"{where}: every entry must be [date, [sentences]]")
        dates.setdefault(_day(row[0], where), []).extend(str(sentence) for sentence in row[1])
    return dates


def read_gold(story: Path) -> list[GoldTimeline]:
    """The gold timelines of a story folder, in file order."""
    path = story / TIMELINES
    timelines = []
    for number, line in _lines(path):
        where = f"{path}:{number}"
        rows = _json_line(line, where)
        timelines.append(GoldTimeline(story=story.name, number=len(timelines) + 1, dates=_gold_dates(rows, where)))
    if not timelines:
        raise InputError(f"{path}: no timeline in this file")
    return timelines


def _json_line(line: str, where: str) -> Any:
    """One line of a JSON Lines file, or an error naming the line."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg})") from exc


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) for the non-blank lines of a UTF-8 file."""
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line.rstrip("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from exc


def publication_days(story: Path) -> list[tuple[dt.date, int, str]]:
    """(publication day, line number, raw line) of every article of a story, in file order; a line
    without a readable date is an error (an article is never dropped unnoticed)."""
    path = story / ARTICLES
    articles = []
    for number, line in _lines(path):
        where = f"{path}:{number}"
        record = _json_line(line, where)
        if not isinstance(record, dict) or record.get("date") in (None, ""):
            raise InputError(f"{where}: an article needs a 'date' (its publication day)")
        articles.append((_day(record["date"], where), number, line))
    return articles


def in_window(articles: list[tuple[dt.date, int, str]], first: dt.date, last: dt.date,
              pad: int) -> list[tuple[int, str]]:
    """(line number, raw line) of the articles published from `pad` days before `first` to `pad`
    days after `last`."""
    start, end = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
    return [(number, line) for day, number, line in articles if start <= day <= end]


# Scoring ---------------------------------------------------------------------------------------

def _start_day(event: Event) -> dt.date | None:
    try:
        return dt.date.fromisoformat(event.start[:10])
    except ValueError:  # a year before 1 or after 9999 names no calendar day
        return None


def summaries(events: list[Event]) -> dict[dt.date, list[str]]:
    """Each day an event starts on, with the sentences of those events in timeline order."""
    days: dict[dt.date, list[str]] = {}
    for event in events:
        day = _start_day(event)
        if day is not None:
            days.setdefault(day, []).append(event.text)
    return days


def publication_count_baseline(timeline: Timeline, first: dt.date, last: dt.date, n: int,
                               k: int) -> dict[dt.date, list[str]]:
    """The N days of first..last with the most articles published (ties: earlier day), each with
    the sentences of its first K events in timeline order."""
    counts = Counter(day for source in timeline.sources
                     if source.date and first <= (day := _day(source.date, "source")) <= last)
    days = sorted(counts, key=lambda day: (-counts[day], day))[:n]
    return _summarized(days, timeline, k)


def source_count_baseline(timeline: Timeline, first: dt.date, last: dt.date, n: int,
                          k: int) -> dict[dt.date, list[str]]:
    """The N days of first..last with the most distinct articles reporting an event of that day
    (a day or finer; ties: earlier day), each with the sentences of its first K events."""
    reports: dict[dt.date, set[Source]] = {}
    for event in timeline.events:
        day = _start_day(event)
        if day is not None and first <= day <= last and event.granularity in FINE:
            reports.setdefault(day, set()).update([event.source, *event.sources])
    days = sorted(reports, key=lambda day: (-len(reports[day]), day))[:n]
    return _summarized(days, timeline, k)


def _summarized(days: list[dt.date], timeline: Timeline, k: int) -> dict[dt.date, list[str]]:
    """The chosen days in order, each with the sentences of its first K events in timeline order."""
    events = summaries(timeline.events)
    return {day: events.get(day, [])[:k] for day in sorted(days)}


class Rouge:
    """ROUGE-1/2 F1 of one day's summary against the gold sentences (rouge-score, Porter stemming)."""

    def __init__(self) -> None:
        try:
            from rouge_score import rouge_scorer
        except ImportError as exc:
            raise TimelineError("eval-tls needs rouge-score for summaries: pip install 'timeline[tls]'") from exc
        self.scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)

    def score(self, system: list[str], gold: list[str]) -> tuple[float, float]:
        scores = self.scorer.score("\n".join(gold), "\n".join(system))
        return scores["rouge1"].fmeasure, scores["rouge2"].fmeasure


def score_system(chosen: dict[dt.date, list[str]], gold: GoldTimeline, rouge: Rouge | None) -> Scores:
    """Date F1 of a system's days and, with gold summaries, ROUGE on the days both share."""
    hits, precision, recall, f1 = date_scores(sorted(chosen), sorted(gold.dates))
    scores = Scores(chosen=sorted(chosen), hits=hits, precision=precision, recall=recall, f1=f1)
    if rouge is None or not gold.summarized:
        return scores
    shared = [SharedDate(date=day, **dict(zip(("rouge1", "rouge2"), rouge.score(chosen[day], gold.dates[day]),
                                             strict=True)))
              for day in sorted(set(chosen) & set(gold.dates))]
    if shared:
        scores.shared = shared
        scores.rouge1 = sum(s.rouge1 for s in shared) / len(shared)
        scores.rouge2 = sum(s.rouge2 for s in shared) / len(shared)
    return scores


def write_window(window: list[tuple[int, str]], folder: Path) -> None:
    """The window's articles as JSON Lines files of WINDOW_FILE articles each, named by the position
    of their first article (`00032.jsonl`), so that a build with several jobs shares them out."""
    for offset in range(0, len(window), WINDOW_FILE):
        lines = "".join(line + "\n" for _, line in window[offset:offset + WINDOW_FILE])
        (folder / f"{offset:05d}.jsonl").write_text(lines, encoding="utf-8")


def _where(where: str, story: str, window: list[tuple[int, str]]) -> str:
    """A skipped record named by its own line in the story's articles.jsonl, not the window's copy."""
    name, _, line = where.rpartition(":")
    offset = Path(name).stem
    index = int(offset) + int(line) - 1 if offset.isdigit() and line.isdigit() else -1
    return f"{story}/{ARTICLES}:{window[index][0] if 0 <= index < len(window) else '?'}"


def evaluate_timeline(gold: GoldTimeline, articles: list[tuple[dt.date, int, str]], build: Build,
                      choose: Choose, pad: int, per_date: int, rouge: Rouge | None) -> TimelineResult:
    """Build the tool's timeline from the gold timeline's window of articles, and score the tool's
    key dates and the publication-count baseline's."""
    window = in_window(articles, gold.first, gold.last, pad)
    n = len(gold.dates)
    with tempfile.TemporaryDirectory(prefix="timeline-tls-") as folder:
        write_window(window, Path(folder))
        built = build(Path(folder)) if window else Timeline()
    output = choose(built, gold.first, gold.last, n, per_date)
    baseline = publication_count_baseline(built, gold.first, gold.last, n, per_date)
    sources = source_count_baseline(built, gold.first, gold.last, n, per_date)
    return TimelineResult(
        story=gold.story, timeline=gold.number, first=gold.first, last=gold.last,
        days=(gold.last - gold.first).days + 1, gold=sorted(gold.dates), articles=len(built.sources),
        skipped=len(built.skipped), skipped_inputs=[_where(s.where, gold.story, window) + f": {s.reason}"
                                                    for s in built.skipped],
        events=len(built.events), dates=n, coverage=len(set(summaries(built.events)) & set(gold.dates)) / n,
        tool=score_system(summaries(output.events), gold, rouge), baseline=score_system(baseline, gold, rouge),
        sources=score_system(sources, gold, rouge),
    )


def evaluate_collection(folder: str | Path, build: Build, choose: Choose, pad: int = 0,
                        per_date: int = 1) -> TlsReport:
    """Score the system (`build`, then `choose`) and the baseline on every gold timeline of a collection."""
    if pad < 0 or per_date < 1:
        raise InputError("--pad must be 0 or more and --per-date 1 or more")
    stories = story_folders(folder)
    golds = [(story, read_gold(story)) for story in stories]  # every gold file checked before any build
    rouge = Rouge() if any(g.summarized for _, timelines in golds for g in timelines) else None
    results = []
    for story, timelines in golds:
        articles = publication_days(story)
        results.extend(evaluate_timeline(gold, articles, build, choose, pad, per_date, rouge) for gold in timelines)
    coverage = sum(r.coverage for r in results) / len(results)
    return TlsReport(folder=str(folder), pad=pad, per_date=per_date, stories=len(stories), timelines=results,
                     coverage=coverage,
                     tool=average([r.tool for r in results]), baseline=average([r.baseline for r in results]),
                     sources=average([r.sources for r in results]))


# Report ----------------------------------------------------------------------------------------

def _figure(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "  —  "


def format_tls_report(report: TlsReport, errors: bool = False) -> str:
    """The report as text: one line per gold timeline, then the averages of tool and baseline;
    with `errors`, the gold days each system missed and the days it chose wrongly."""
    lines = [f"{report.folder}: {len(report.timelines)} timelines of {report.stories} stories, "
             f"articles published within each timeline's range ± {report.pad} days, "
             f"{report.per_date} sentence(s) per date",
             f"{'story':<18} {'#':>2} {'range':<22} {'days':>5} {'articles':>8} {'events':>6} {'dates':>5}  "
             f"{'tool P':>6} {'R':>5} {'F1':>5}  {'base F1':>7} {'src F1':>6}  {'R-1':>5} {'R-2':>5}"]
    for r in report.timelines:
        lines.append(f"{r.story[:18]:<18} {r.timeline:>2} {r.first}..{r.last} {r.days:>5} {r.articles:>8} "
                     f"{r.events:>6} {r.dates:>5}  {r.tool.precision:>6.3f} {r.tool.recall:>5.3f} "
                     f"{r.tool.f1:>5.3f}  {r.baseline.f1:>7.3f} {r.sources.f1:>6.3f}  {_figure(r.tool.rouge1):>5} "
                     f"{_figure(r.tool.rouge2):>5}")
    lines.append(f"{'':<32}{'Date P':>8} {'R':>6} {'F1':>6}   {'ROUGE-1':>7} {'ROUGE-2':>7}  (F1, shared dates)")
    for name, averages in (("timeline (key dates)", report.tool), ("publication-count baseline", report.baseline),
                           ("source-count baseline", report.sources)):
        rouge = f"{_figure(averages.rouge1):>7} {_figure(averages.rouge2):>7}"
        if averages.rouge1 is not None:
            rouge += f"  over {averages.rouge_timelines} timelines"
        lines.append(f"{name:<32}{averages.precision:>8.3f} {averages.recall:>6.3f} {averages.f1:>6.3f}   {rouge}")
    lines.append(f"gold days that some event of the build starts on (the ceiling of recall): {report.coverage:.3f}")
    if errors:
        lines.extend(_error_lines(report))
    lines.extend(_skipped_lines(report))
    return "\n".join(lines) + "\n"


def _error_lines(report: TlsReport) -> list[str]:
    """Per timeline and system: the gold days missed and the days chosen that gold does not have."""
    lines = []
    for r in report.timelines:
        for name, scores in (("tool", r.tool), ("baseline", r.baseline), ("sources", r.sources)):
            missed = sorted(set(r.gold) - set(scores.chosen))
            wrong = sorted(set(scores.chosen) - set(r.gold))
            lines.append(f"{r.story} #{r.timeline} {name}: missed {len(missed)} "
                         f"{' '.join(map(str, missed)) or '-'}; wrong {len(wrong)} {' '.join(map(str, wrong)) or '-'}")
    return lines


def _skipped_lines(report: TlsReport) -> list[str]:
    """Skipped records, one line per timeline and reason (every one is listed in --json)."""
    lines = []
    for r in report.timelines:
        reasons: dict[str, list[str]] = {}
        for item in r.skipped_inputs:
            where, _, reason = item.partition(": ")
            reasons.setdefault(reason, []).append(where.rpartition(":")[2])
        for reason, numbers in reasons.items():
            shown = ", ".join(numbers[:6]) + (", …" if len(numbers) > 6 else "")
            lines.append(f"skipped {len(numbers)} article(s) of {r.story} #{r.timeline} ({reason}): "
                         f"{ARTICLES} lines {shown}")
    return lines
