"""Tests for TempEval-3 style scoring of time expressions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.evaluation.tempeval import (
    EvalReport,
    evaluate_documents,
    format_report,
    match_timexes,
    prf,
    score_document,
)
from timeline.evaluation.timeml import read_timeml, write_timeml
from timeline.models import Timex

DCT_A = (
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-15" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
)
DCT_B = (
    '<DCT><TIMEX3 tid="t0" type="TIME" value="2020-01-01T09:00" functionInDocument="CREATION_TIME"/></DCT>'
)

DOC_A = f"""<?xml version="1.0" ?>
<TimeML><DOCID>doc_a</DOCID>{DCT_A}
<TEXT>The shop <EVENT eid="e1">closed</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2020-W19">last week</TIMEX3> \
and will reopen on <TIMEX3 tid="t2" type="DATE" value="2020-05-18">Monday</TIMEX3> \
for <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
</TimeML>
"""

DOC_B = f"""<?xml version="1.0" ?>
<TimeML><DOCID>doc_b</DOCID>{DCT_B}
<TEXT>Rain fell <TIMEX3 tid="t1" type="SET" value="XXXX-XX-XXTMO" quant="EVERY">every morning</TIMEX3> \
in <TIMEX3 tid="t2" type="DATE" value="1999">1999</TIMEX3>.</TEXT>
</TimeML>
"""

# What the fake tagger answers, per document: (substring, type, value).
SYSTEM = {
    "doc_a": [
        ("last week", "DATE", "2020-W19"),  # strict match, right value
        ("on Monday", "DATE", "2020-05-18"),  # relaxed only (longer span), right value
        ("three", "DURATION", "P3"),  # relaxed only (shorter span), wrong value
        ("shop", "DATE", "XXXX"),  # false positive
    ],
    "doc_b": [("1999", "TIME", "1999")],  # strict match, wrong type; "every morning" missed
}


def make_timex(text: str, phrase: str, kind: str, value: str) -> Timex:
    """A timex for the first occurrence of phrase in text."""
    start = text.index(phrase)
    return Timex(start=start, end=start + len(phrase), text=phrase, type=kind, value=value)  # type: ignore[arg-type]


class FakeTagger:
    """Answers from SYSTEM, recognising the document by its text, and records the anchors it was given."""

    def __init__(self) -> None:
        self.anchors: list[dt.datetime] = []

    def __call__(self, text: str, anchor: dt.datetime) -> list[Timex]:
        self.anchors.append(anchor)
        key = "doc_a" if "shop" in text else "doc_b"
        return [make_timex(text, *item) for item in SYSTEM[key]]


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """Two gold documents, one of them in a subfolder."""
    folder = tmp_path / "gold"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.tml").write_text(DOC_A, encoding="utf-8")
    (folder / "sub" / "b.tml").write_text(DOC_B, encoding="utf-8")
    (folder / "notes.txt").write_text("not TimeML", encoding="utf-8")
    return folder


def test_pooled_scores_with_fake_tagger(gold_dir: Path) -> None:
    tagger = FakeTagger()
    report = evaluate_documents([gold_dir], tagger=tagger)
    assert tagger.anchors == [dt.datetime(2020, 5, 15), dt.datetime(2020, 1, 1, 9, 0)]
    c = report.counts
    assert (report.documents, c.gold, c.system, c.relaxed, c.strict) == (2, 5, 5, 4, 2)
    assert (c.type_correct, c.value_correct) == (3, 3)
    assert report.strict.precision == pytest.approx(0.4)
    assert report.strict.recall == pytest.approx(0.4)
    assert report.strict.f1 == pytest.approx(0.4)
    assert report.relaxed.f1 == pytest.approx(0.8)
    assert report.type_accuracy == pytest.approx(0.75)
    assert report.value_accuracy == pytest.approx(0.75)
    assert report.type_f1 == pytest.approx(0.6)
    assert report.value_f1 == pytest.approx(0.6)


def test_per_type_breakdown(gold_dir: Path) -> None:
    rows = {r.type: r for r in evaluate_documents(gold_dir, tagger=FakeTagger()).per_type}
    assert (rows["DATE"].gold, rows["DATE"].matched, rows["DATE"].value_correct) == (3, 3, 3)
    assert (rows["DATE"].system, rows["DATE"].false_positives) == (3, 1)
    assert (rows["DURATION"].recall, rows["DURATION"].value_accuracy) == (1.0, 0.0)
    assert (rows["SET"].gold, rows["SET"].recall) == (1, 0.0)
    assert (rows["TIME"].gold, rows["TIME"].system, rows["TIME"].false_positives) == (0, 1, 0)


def test_error_list(gold_dir: Path) -> None:
    errors = evaluate_documents(gold_dir, tagger=FakeTagger()).errors
    found = sorted((e.kind, e.doc_id, e.gold_text, e.system_text) for e in errors)
    assert found == [
        ("false_positive", "doc_a", None, "shop"),
        ("miss", "doc_b", "every morning", None),
        ("span", "doc_a", "Monday", "on Monday"),
        ("span", "doc_a", "three days", "three"),
        ("type", "doc_b", "1999", "1999"),
        ("value", "doc_a", "three days", "three"),
    ]
    miss = next(e for e in errors if e.kind == "miss")
    assert miss.context == "Rain fell [every morning] in 1999."
    assert (miss.gold_type, miss.gold_value) == ("SET", "XXXX-XX-XXTMO")


def test_ignore_types(gold_dir: Path) -> None:
    report = evaluate_documents(gold_dir, tagger=FakeTagger(), ignore_types=True)
    assert report.type_accuracy is None and report.type_f1 is None
    assert report.value_f1 == pytest.approx(0.6)
    assert all(e.kind != "type" for e in report.errors)


def test_dct_is_excluded(tmp_path: Path) -> None:
    markup = DOC_A.replace(
        "<TEXT>The shop",
        '<TEXT><TIMEX3 tid="t9" type="DATE" value="2020-05-15" functionInDocument="CREATION_TIME">'
        "Friday</TIMEX3> The shop",
    )
    path = tmp_path / "dct_in_text.tml"
    path.write_text(markup, encoding="utf-8")
    assert read_timeml(path).text.startswith("Friday The shop")
    report = evaluate_documents(path, tagger=lambda text, anchor: [])
    assert (report.counts.gold, report.counts.system) == (3, 0)
    assert sorted(e.gold_text or "" for e in report.errors) == ["Monday", "last week", "three days"]


def test_one_to_one_matching() -> None:
    text = "from May 5 to June 16, for three hours"
    gold = [
        make_timex(text, "May 5", "DATE", "2020-05-05"),
        make_timex(text, "June 16", "DATE", "2020-06-16"),
        make_timex(text, "three hours", "DURATION", "PT3H"),
    ]
    system = [
        make_timex(text, "May 5 to June 16", "DATE", "2020-06-16"),
        make_timex(text, "three", "DURATION", "PT3H"),
        make_timex(text, "hours", "DURATION", "PT3H"),
    ]
    assert match_timexes(gold, system) == [(1, 0), (2, 1)]
    result = score_document("d", text, gold, system)
    assert (result.counts.relaxed, result.counts.strict, result.counts.value_correct) == (2, 0, 2)
    assert sorted(e.kind for e in result.errors if e.kind in ("miss", "false_positive")) == [
        "false_positive",
        "miss",
    ]


def test_exact_span_wins_over_larger_overlap() -> None:
    text = "early in the morning"
    gold = [make_timex(text, "the morning", "TIME", "TMO")]
    system = [
        make_timex(text, "early in the morning", "TIME", "X"),
        make_timex(text, "the morning", "TIME", "TMO"),
    ]
    assert match_timexes(gold, system) == [(0, 1)]


def test_prf_handles_zero() -> None:
    assert prf(0, 0, 0).f1 == 0.0
    scores = prf(3, 4, 6)
    assert (scores.precision, scores.recall) == (0.75, 0.5)
    assert scores.f1 == pytest.approx(0.6)


def test_system_dir_matches_tagger(gold_dir: Path, tmp_path: Path) -> None:
    system_dir = tmp_path / "system"
    system_dir.mkdir()
    tagger = FakeTagger()
    for path in sorted(gold_dir.rglob("*.tml")):
        doc = read_timeml(path)
        markup = write_timeml(doc.doc_id, doc.dct, doc.text, tagger(doc.text, doc.dct))
        (system_dir / path.name).write_text(markup, encoding="utf-8")
    from_files = evaluate_documents(gold_dir, system_dir=system_dir)
    from_tagger = evaluate_documents(gold_dir, tagger=FakeTagger())
    assert from_files.model_dump() == from_tagger.model_dump()


def test_missing_system_file_scores_empty(gold_dir: Path, tmp_path: Path) -> None:
    report = evaluate_documents(gold_dir / "a.tml", system_dir=tmp_path)
    assert report.counts.system == 0 and report.counts.gold == 3
    assert report.missing_system == [str(gold_dir / "a.tml")]
    assert "no system file" in format_report(report)


def test_tagger_or_system_dir_required(gold_dir: Path) -> None:
    with pytest.raises(ValueError):
        evaluate_documents(gold_dir)
    with pytest.raises(ValueError):
        evaluate_documents(gold_dir, tagger=FakeTagger(), system_dir=gold_dir)


def test_format_report_and_json(gold_dir: Path) -> None:
    report = evaluate_documents(gold_dir, tagger=FakeTagger())
    table = format_report(report)
    assert "documents 2" in table and "strict" in table and "relaxed" in table
    assert "DURATION" in table and "value" in table
    assert "errors (" not in table
    with_errors = format_report(report, errors=True)
    assert "errors (6):" in with_errors
    assert 'gold "every morning" SET XXXX-XX-XXTMO' in with_errors
    dumped = json.loads(json.dumps(report.model_dump()))
    assert dumped["counts"]["relaxed"] == 4
    assert EvalReport.model_validate(dumped).value_f1 == pytest.approx(0.6)
