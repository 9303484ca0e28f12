"""Score event extraction against gold events: precision, recall and date accuracy.

A gold folder holds articles (`NAME.md` or `NAME.txt`, dated by front matter) and, beside
each, `NAME.events.yaml` listing its events as `{text, start, end}` where `text` is a unique
part of the sentence that reports the event. A system event matches a gold event when its
sentence contains that text; a match is dated right when its start and end both equal gold's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from timeline.errors import InputError
from timeline.events import extract_events
from timeline.models import Article, Event, iso_minutes
from timeline.read.inputs import read_article

ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm")
GOLD_SUFFIXES = (".events.yaml", ".events.yml", ".events.json")


class GoldEvent(BaseModel):
    """One expected event."""

    text: str
    start: str
    end: str


class EventError(BaseModel):
    """A missed gold event, a spurious system event, or a wrong date."""

    article: str
    kind: str  # miss | spurious | date
    text: str
    expected: str | None = None
    found: str | None = None


class EventReport(BaseModel):
    """Pooled scores over all articles of a gold folder."""

    articles: int
    gold: int
    system: int
    matched: int
    dated_right: int
    precision: float
    recall: float
    f1: float
    date_accuracy: float
    errors: list[EventError]


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def _moment(value: Any) -> str:
    """A gold bound as the events' own form: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`."""
    if isinstance(value, dt.datetime):
        return iso_minutes(value) if (value.hour, value.minute) != (0, 0) else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip().replace(" ", "T")
    return text[:16] if "T" in text and text[11:16] != "00:00" else text[:10]


def load_gold(path: Path) -> list[GoldEvent]:
    """Read a `NAME.events.yaml` (or `.json`) file: `events:` then `{text, start, end}` items."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}  # YAML reads JSON too
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read gold events ({exc})") from exc
    rows = data.get("events", []) if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise InputError(f"{path}: expected 'events:' followed by a list")
    try:
        return [GoldEvent(text=str(r["text"]), start=_moment(r["start"]), end=_moment(r.get("end", r["start"])))
                for r in rows]
    except (KeyError, TypeError) as exc:
        raise InputError(f"{path}: every event needs text and start (and end)") from exc


def gold_pairs(folder: str | Path) -> list[tuple[Path, Path]]:
    """(article, gold file) pairs of a gold folder, sorted by name."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{root}: not a folder of gold events")
    pairs = []
    golds = sorted(p for p in root.rglob("*.events.*") if p.name.endswith(GOLD_SUFFIXES))
    for gold in golds:
        stem = gold.name[: gold.name.index(".events.")]
        article = next((gold.with_name(stem + s) for s in ARTICLE_SUFFIXES if gold.with_name(stem + s).exists()), None)
        if article is None:
            raise InputError(f"{gold}: no article {stem}.md, .txt or .html beside it")
        pairs.append((article, gold))
    if not pairs:
        raise InputError(f"{root}: no NAME.events.yaml (or .json) files")
    return pairs


def match_events(gold: list[GoldEvent], system: list[Event]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs; a right date wins among candidates."""
    used: set[int] = set()
    pairs = []
    for g_index, expected in enumerate(gold):
        needle = _normal(expected.text)
        candidates = [i for i, e in enumerate(system) if i not in used and needle in _normal(e.text)]
        if not candidates:
            continue
        right = [i for i in candidates if (system[i].start, system[i].end) == (expected.start, expected.end)]
        chosen = (right or candidates)[0]
        used.add(chosen)
        pairs.append((g_index, chosen))
    return pairs


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate_events(folder: str | Path,
                    extractor: Callable[[Article], list[Event]] = extract_events) -> EventReport:
    """Score the extractor on every article of a gold folder."""
    totals = {"gold": 0, "system": 0, "matched": 0, "dated": 0}
    errors: list[EventError] = []
    pairs = gold_pairs(folder)
    for article_path, gold_path in pairs:
        gold, system = load_gold(gold_path), extractor(read_article(article_path))
        matches = match_events(gold, system)
        name = article_path.name
        totals["gold"] += len(gold)
        totals["system"] += len(system)
        totals["matched"] += len(matches)
        matched_gold = {g for g, _ in matches}
        matched_system = {s for _, s in matches}
        for g, s in matches:
            expected, found = gold[g], system[s]
            if (found.start, found.end) == (expected.start, expected.end):
                totals["dated"] += 1
            else:
                errors.append(EventError(article=name, kind="date", text=expected.text,
                                         expected=f"{expected.start}..{expected.end}",
                                         found=f"{found.start}..{found.end} ({found.time_text})"))
        errors.extend(EventError(article=name, kind="miss", text=g.text, expected=f"{g.start}..{g.end}")
                      for i, g in enumerate(gold) if i not in matched_gold)
        errors.extend(EventError(article=name, kind="spurious", text=e.text,
                                 found=f"{e.start}..{e.end} ({e.time_text})")
                      for i, e in enumerate(system) if i not in matched_system)
    precision, recall = _ratio(totals["matched"], totals["system"]), _ratio(totals["matched"], totals["gold"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return EventReport(
        articles=len(pairs), gold=totals["gold"], system=totals["system"], matched=totals["matched"],
        dated_right=totals["dated"], precision=precision, recall=recall, f1=f1,
        date_accuracy=_ratio(totals["dated"], totals["matched"]), errors=errors,
    )


def format_event_report(report: EventReport, errors: bool = False) -> str:
    """A short human-readable report, with every error when asked."""
    lines = [
        f"articles {report.articles}   gold events {report.gold}   system events {report.system}   "
        f"matched {report.matched}",
        f"precision {report.precision:.3f}   recall {report.recall:.3f}   F1 {report.f1:.3f}   "
        f"date accuracy {report.date_accuracy:.3f} ({report.dated_right}/{report.matched})",
    ]
    if errors:
        for error in report.errors:
            detail = " ".join(filter(None, [f"expected {error.expected}" if error.expected else "",
                                            f"found {error.found}" if error.found else ""]))
            text = " ".join(error.text.split())[:100]
            lines.append(f"{error.kind:8} {error.article}: {text}  {detail}")
    return "\n".join(lines) + "\n"
