"""Event dating on TimeML news: reading EVENTs, TLINKs and EventTime values, the scorer's
arithmetic on a document written for the test, and floors on the real corpora when present."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import CORPORA
from timeline.cli import cli
from timeline.errors import InputError
from timeline.evaluation.dating import evaluate_dating
from timeline.evaluation.timeml_events import event_time_bounds, read_event_times, read_linked
from timeline.models import Event, Source

DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>harbour-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-10" functionInDocument="CREATION_TIME">2021-06-10</TIMEX3></DCT>
<TEXT>
The ferry <EVENT eid="e1">sank</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-06-07">Monday</TIMEX3>.
Divers <EVENT eid="e2">searched</EVENT> the bay in <TIMEX3 tid="t2" type="DATE" value="2021-05">May</TIMEX3>.
The port <EVENT eid="e3">reopened</EVENT> quietly.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0" />
</TimeML>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "harbour-1.tml").write_text(DOCUMENT, encoding="utf-8")
    return tmp_path


def test_events_links_and_spans_are_read(folder: Path) -> None:
    document = read_linked(folder / "harbour-1.tml")
    assert document.text[slice(*document.events["e1"].span)] == "sank"
    assert document.events["e1"].times == [(dt.date(2021, 6, 7), dt.date(2021, 6, 7))]
    assert document.events["e2"].times == [(dt.date(2021, 5, 1), dt.date(2021, 5, 31))]
    assert document.events["e3"].times == []  # BEFORE does not date an event
    assert document.events["e1"].tids == {"t1"}


def test_tlink_scores(folder: Path) -> None:
    report = evaluate_dating(folder)
    assert (report.scored, report.lenient, report.strict) == (2, 2, 2)
    assert (report.coverable, report.covered) == (2, 2)


def test_event_times_replace_the_links(folder: Path) -> None:
    table = folder / "times.tab"
    table.write_text("harbour-1\t1\t2\tevent\te1\t1\ttime\t2021-06-08\n"
                     "harbour-1\t2\t1\tevent\te2\t1\ttime\tbefore2021-06-10\n", encoding="utf-8")
    report = evaluate_dating(folder, table)
    assert report.gold_source == "event-times"
    assert (report.scored, report.lenient) == (2, 1)  # Monday is not the 8th
    assert report.coverable == 1  # an open interval is not counted for recall
    assert [e.kind for e in report.errors] == ["date"]


@pytest.mark.parametrize(("value", "bounds"), [
    ("1998-01-08", [(dt.date(1998, 1, 8), dt.date(1998, 1, 8))]),
    ("before1998-01-08", [(None, dt.date(1998, 1, 7))]),
    ("after1998-01-07before1998-01-10", [(dt.date(1998, 1, 8), dt.date(1998, 1, 9))]),
    ("after1997-10-01before1997-10-28", [(dt.date(1997, 10, 1), dt.date(1997, 10, 31))]),
    ("after1996-01-01before1996-12-31", [(dt.date(1996, 1, 1), dt.date(1996, 12, 31))]),  # a year
    ("after1996-05-01before1996-07-31", [(dt.date(1996, 5, 1), dt.date(1996, 7, 31))]),  # May to July
    ("after1996-02-01before1996-02-29", [(dt.date(1996, 2, 1), dt.date(1996, 2, 29))]),
    ("after1996-05-02before1996-07-31", [(dt.date(1996, 5, 3), dt.date(1996, 7, 30))]),  # bounds, not months
    ("after1996-05-01before1996-07-30", [(dt.date(1996, 5, 2), dt.date(1996, 7, 29))]),
    ("beginPoint=1998-01-07endPoint=after1998-01-08", [(dt.date(1998, 1, 7), None)]),
    # begin and end points after the 1st and before the last day: that whole year or month, as above
    ("beginPoint=after1979-01-01endPoint=before1979-12-31", [(dt.date(1979, 1, 1), dt.date(1979, 12, 31))]),
    ("beginPoint=after1984-10-01endPoint=before1984-10-31", [(dt.date(1984, 10, 1), dt.date(1984, 10, 31))]),
    ("beginPoint=after1984-10-01endPoint=before1998-04-18", [(dt.date(1984, 10, 2), dt.date(1998, 4, 17))]),
    ("beginPoint=before1998-01-08endPoint=after1998-01-08", [(None, None)]),
    ("1998-01-08,1998-01-09", [(dt.date(1998, 1, 8), dt.date(1998, 1, 8)), (dt.date(1998, 1, 9), dt.date(1998, 1, 9))]),
    ("n/a", []),
])
def test_event_time_values(value: str, bounds: list) -> None:
    assert event_time_bounds(value) == bounds


def test_bad_inputs_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        evaluate_dating(tmp_path)
    (tmp_path / "short.tab").write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_event_times(tmp_path / "short.tab")


def test_cli(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["eval-events", "--timeml", str(folder)])
    assert result.exit_code == 0, result.output
    assert "lenient 1.000" in result.stdout and "recall 1.000" in result.stdout
    assert CliRunner().invoke(cli, ["eval-events"]).exit_code == 2
    assert CliRunner().invoke(cli, ["eval-events", str(folder), "--timeml", str(folder)]).exit_code == 2


# Floors under the figures measured (README): tbaq lenient 0.927, strict 0.943, recall 0.950;
# EventTime lenient 0.949, strict 0.897, recall 0.992 (one event of EventTime moves its figures 0.006).
def test_real_news_floors() -> None:
    tbaq, eventtime = CORPORA / "tbaq-cleaned", CORPORA / "eventtime" / "event-times_normalized.tab"
    if not tbaq.is_dir() or not eventtime.is_file():
        pytest.skip("corpora absent")
    links = evaluate_dating(tbaq)
    assert links.lenient_accuracy >= 0.92 and links.strict_accuracy >= 0.935 and links.recall >= 0.945
    times = evaluate_dating(tbaq / "TimeBank", eventtime)
    assert times.lenient_accuracy >= 0.94 and times.strict_accuracy >= 0.885 and times.recall >= 0.985


def test_a_clause_event_is_scored_against_its_own_clause() -> None:
    from timeline.evaluation.dating import _sentence_span
    from timeline.events import extract_events
    from timeline.read.inputs import read_text

    body = "Corran Vesk, sculptor, born March 3 1931; died May 4 2005. The museum closed."
    article = read_text(body, date=dt.datetime(2021, 6, 10))
    spans = [article.text[slice(*_sentence_span(article.text, e))] for e in extract_events(article)]
    assert spans == ["Corran Vesk, sculptor, born March 3 1931", "died May 4 2005"]


COREFERENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>quarry-2</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-10" functionInDocument="CREATION_TIME">2021-06-10</TIMEX3></DCT>
<TEXT>
The quarry <EVENT eid="e1">flooded</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-06-07">Monday</TIMEX3>.
Pumps <EVENT eid="e2">failed</EVENT> <TIMEX3 tid="t2" type="DATE" value="2021-06-07">Monday</TIMEX3> as well.
Engineers now <EVENT eid="e3">doubt</EVENT> the old walls.
Trucks <EVENT eid="e4">left</EVENT> in <TIMEX3 tid="t3" type="DATE" value="2021-05">May</TIMEX3>, a week after \
<TIMEX3 tid="t4" type="DATE" value="2021-06-07">Monday</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PRESENT" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t2" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1" />
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0" />
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t3" />
</TimeML>
"""


def test_strict_takes_a_coreferent_timex_and_a_present_reference(tmp_path: Path) -> None:
    """Gold links each Monday event to the other sentence's "Monday" (the same time), and the
    present event to the creation time: the tool's own "Monday" and "now" are that time. A
    tool expression of another value ("Monday" when gold links to "May") is still wrong."""
    (tmp_path / "quarry-2.tml").write_text(COREFERENT, encoding="utf-8")

    def extractor(article):
        text, day = article.text, "2021-06-07"

        def event(sentence: str, time_text: str, start: str, value: str) -> Event:
            return Event(start=start, end=start, granularity="day", approximate=False, upcoming=False,
                         text=sentence, headline=sentence, time_text=time_text, value=value, source=Source(),
                         position=text.index(sentence))
        return [event("The quarry flooded on Monday.", "Monday", day, day),
                event("Pumps failed Monday as well.", "Monday", day, day),
                event("Engineers now doubt the old walls.", "now", "2021-06-10", "PRESENT_REF"),
                event("Trucks left in May, a week after Monday.", "Monday", day, day)]
    report = evaluate_dating(tmp_path, extractor=extractor)
    assert (report.scored, report.strict) == (4, 3)
