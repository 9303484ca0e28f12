"""What the held-out tagger batches share: rows as parameters, known misses as strict xfails,
and the expressions a row's text is tagged with."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from timeline.api import tag_file
from timeline.evaluation.tempeval import EvalReport, build_report, score_document
from timeline.evaluation.timeml import read_timeml
from timeline.models import Timex
from timeline.tag.tagger import tag_text


def known_miss(text: str, known_misses: Mapping[str, str]) -> str | None:
    """Why a row is still wrong, if its text starts as a known miss does."""
    return next((why for start, why in known_misses.items() if text.startswith(start)), None)


def held_out_row(row: Sequence[Any], reason: str | None) -> Any:
    """A row as a parameter; with a reason, expected to fail (strictly: fixed, it fails the suite
    until its mark goes)."""
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*row, marks=marks, id=row[0][:40])


def tagged(text: str, dct: str, genre: str = "auto") -> list[tuple[str, str, str]]:
    """(text, type, value) of each expression found in `text` written on `dct`."""
    return [(t.text, t.type, t.value) for t in tag_text(text, dt.date.fromisoformat(dct), genre=genre)]


def names_rows(known_misses: Sequence[str], rows: Sequence[Sequence[Any]]) -> bool:
    """Whether every known miss's start names some row (a stale entry would hide nothing)."""
    return all(any(row[0].startswith(start) for row in rows) for start in known_misses)


def gold_timexes(text: str, gold: Sequence[tuple[str, str, str]]) -> list[Timex]:
    """Gold (text, type, value) triples, given in text order, placed at their words in `text`."""
    placed, position = [], 0
    for phrase, kind, value in gold:
        found = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)").search(text, position)
        assert found, f"{phrase!r} is not in the text after offset {position}"
        placed.append(Timex(start=found.start(), end=found.end(), text=phrase, type=kind, value=value))
        position = found.end()
    return placed


def file_tagged(folder: Path, name: str, text: str, dct: str) -> list[Timex]:
    """The expressions `timeline tag FILE --date DCT` finds in `text` saved as a file."""
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return tag_file(path, dt.datetime.fromisoformat(dct)).timexes


def batch_report(documents: Sequence[tuple[str, str, list[Timex], list[Timex]]]) -> EvalReport:
    """TempEval-3 scores of (name, text, gold, system) documents, pooled as `timeline eval` pools them."""
    return build_report([score_document(name, text, gold, system) for name, text, gold, system in documents])


def timeml_batch_report(documents: Sequence[Path], folder: Path, genre: str) -> EvalReport:
    """TimeML documents scored as `timeline tag FILE --date DCT --genre GENRE` tags each text."""
    results = []
    for path in documents:
        gold = read_timeml(path)
        plain = folder / f"{gold.doc_id}.txt"
        plain.write_text(gold.text, encoding="utf-8")
        tagged_file = tag_file(plain, gold.dct, genre=genre)
        assert tagged_file.text == gold.text  # offsets index the same text
        results.append(score_document(gold.doc_id, gold.text, gold.timexes, tagged_file.timexes))
    return build_report(results)


Triple = tuple[str, str, str]  # an expression's (text, type, value)


class ArticleBatch:
    """A batch of held-out articles, (name, creation date, text, gold) each, tagged as `timeline
    tag FILE --date DCT` tags a file: the rows of its expressions, and what the tagger found."""

    def __init__(self, articles: Sequence[tuple[str, str, str, Sequence[tuple[str, str, str]]]]) -> None:
        self.by_name = {name: (dct, text, gold) for name, dct, text, gold in articles}
        self._found: dict[str, tuple[Timex, ...]] = {}

    def system(self, name: str) -> tuple[Timex, ...]:
        """The expressions the tagger finds in the article (tagged once per session)."""
        if name not in self._found:
            dct, text, _ = self.by_name[name]
            with tempfile.TemporaryDirectory() as folder:
                self._found[name] = tuple(file_tagged(Path(folder), name, text, dct))
        return self._found[name]

    def gold(self, name: str) -> list[Timex]:
        _, text, gold = self.by_name[name]
        return gold_timexes(text, gold)

    def expression_rows(self) -> list[tuple[str, int]]:
        """("name#index: phrase", index) for every annotated expression."""
        return [(f"{name}#{index}: {phrase}", index)
                for name, (_, _, gold) in self.by_name.items() for index, (phrase, _, _) in enumerate(gold)]

    def found_and_annotated(self, label: str, index: int) -> tuple[list[Triple], list[Triple]]:
        """What the tagger found at an annotated expression's span, and the annotation."""
        name = label.split("#")[0]
        gold = self.gold(name)[index]
        found = [(t.text, t.type, t.value) for t in self.system(name) if (t.start, t.end) == (gold.start, gold.end)]
        return found, [(gold.text, gold.type, gold.value)]

    def extras(self, name: str) -> list[str]:
        """What the tagger found in an article that no annotated expression overlaps."""
        gold = self.gold(name)
        return [t.text for t in self.system(name) if not any(t.start < g.end and g.start < t.end for g in gold)]

    def report(self) -> EvalReport:
        return batch_report([(name, text, self.gold(name), list(self.system(name)))
                             for name, (_, text, _) in self.by_name.items()])


def reads_as_history(path: Path) -> bool:
    """True when `auto` tags a TimeML history as `narrative` does (it is read as a history)."""
    gold = read_timeml(path)
    return tag_text(gold.text, gold.dct) == tag_text(gold.text, gold.dct, genre="narrative")


def at_floor(report: EvalReport, floors: tuple[float, float, float]) -> bool:
    """True when a batch's strict, relaxed and value F1 reach their floors."""
    strict, relaxed, value = floors
    return report.strict.f1 >= strict and report.relaxed.f1 >= relaxed and report.value_f1 >= value


def created_between(documents: Sequence[Path], first: dt.date, last: dt.date) -> bool:
    """True when every TimeML document's creation date lies in [first, last)."""
    return all(first <= read_timeml(path).dct.date() < last for path in documents)
