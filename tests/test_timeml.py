"""Tests for reading and writing TimeML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.evaluation.timeml import (
    TimemlError,
    format_dct,
    parse_dct,
    read_timeml,
    write_timeml,
)
from timeline.models import Timex

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo_01</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-04" temporalFunction="false" \
functionInDocument="CREATION_TIME">March 4, 2021</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>
The bakery <EVENT eid="e1" class="OCCURRENCE">opened</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2021-03-03">yesterday</TIMEX3> &amp; sold bread \
<SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="PT3H" mod="APPROX">\
about three hours</TIMEX3>.
Fish &lt;fresh&gt; arrives \
<TIMEX3 tid="t3" type="SET" value="P1W" freq="2X" quant="EVERY">twice a week</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""


def spans(timexes: list[Timex]) -> list[tuple[int, int, str, str, str]]:
    """Comparable span tuples."""
    return [(t.start, t.end, t.text, t.type, t.value) for t in timexes]


def test_read_strips_tags_and_unescapes_entities() -> None:
    doc = read_timeml(SAMPLE)
    assert doc.doc_id == "demo_01"
    assert doc.dct == dt.datetime(2021, 3, 4)
    assert doc.dct_value == "2021-03-04"
    assert doc.text == (
        "\nThe bakery opened yesterday & sold bread for about three hours."
        "\nFish <fresh> arrives twice a week.\n"
    )
    assert "Not part" not in doc.text


def test_read_offsets_and_attributes() -> None:
    doc = read_timeml(SAMPLE)
    assert [t.text for t in doc.timexes] == ["yesterday", "about three hours", "twice a week"]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text
    yesterday, hours, weekly = doc.timexes
    assert (yesterday.type, yesterday.value, yesterday.mod) == ("DATE", "2021-03-03", None)
    assert (hours.type, hours.value, hours.mod) == ("DURATION", "PT3H", "APPROX")
    assert (weekly.type, weekly.freq, weekly.quant) == ("SET", "2X", "EVERY")


def test_read_from_path_uses_docid_and_path(tmp_path: Path) -> None:
    path = tmp_path / "sample.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.doc_id == "demo_01"
    assert doc.path == str(path)
    assert read_timeml(str(path)).text == doc.text


def test_dct_with_time_and_wrapping_in_text() -> None:
    markup = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="TIME" value="2019-11-20T19:30" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
        '<TEXT>Late <TIMEX3 tid="t1" type="TIME" value="2019-11-20TNI">tonight</TIMEX3>'
        "</TEXT></TimeML>"
    )
    doc = read_timeml(markup)
    assert doc.dct == dt.datetime(2019, 11, 20, 19, 30)
    assert doc.doc_id == ""
    assert spans(doc.timexes) == [(5, 12, "tonight", "TIME", "2019-11-20TNI")]


def test_crlf_is_normalized_consistently() -> None:
    markup = SAMPLE.replace("\n", "\r\n")
    doc = read_timeml(markup.encode("utf-8").decode("utf-8"))
    assert "\r" not in doc.text
    assert spans(doc.timexes) == spans(read_timeml(SAMPLE).timexes)


def test_malformed_xml_falls_back_to_tolerant_parser() -> None:
    markup = SAMPLE.replace("&amp; sold", "& sold").replace('<SIGNAL sid="s1">for</SIGNAL>', "<SIGNAL>for")
    doc = read_timeml(markup)
    assert doc.text == read_timeml(SAMPLE).text
    assert spans(doc.timexes) == spans(read_timeml(SAMPLE).timexes)


@pytest.mark.parametrize(
    "markup, message",
    [
        ("<TimeML><DCT></DCT><TEXT>nothing</TEXT></TimeML>", "creation time"),
        (
            '<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="2020-01-01"/></DCT></TimeML>',
            "TEXT",
        ),
        (
            (
                '<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="soon"/></DCT>'
                "<TEXT>a</TEXT></TimeML>"
            ),
            "not a date",
        ),
        (
            (
                '<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="2020"/></DCT>'
                '<TEXT><TIMEX3 type="EPOCH" value="X">then</TIMEX3></TEXT></TimeML>'
            ),
            "unknown type",
        ),
        ("<TimeML><broken", "TEXT"),
    ],
)
def test_errors_are_typed(markup: str, message: str) -> None:
    with pytest.raises(TimemlError, match=message):
        read_timeml(markup)


def test_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><TEXT>no creation time</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(TimemlError, match=r"bad\.tml"):
        read_timeml(path)
    with pytest.raises(TimemlError, match=r"missing\.tml"):
        read_timeml(tmp_path / "missing.tml")
    assert issubclass(TimemlError, ValueError)
    assert issubclass(TimemlError, InputError)


def test_parse_and_format_dct() -> None:
    assert parse_dct("1998-02-27") == dt.datetime(1998, 2, 27)
    assert parse_dct("1998-02-27T08:05:09") == dt.datetime(1998, 2, 27, 8, 5, 9)
    assert parse_dct("1998-02") == dt.datetime(1998, 2, 1)
    assert format_dct(dt.datetime(1998, 2, 27)) == "1998-02-27"
    assert format_dct(dt.datetime(1998, 2, 27, 8, 5)) == "1998-02-27T08:05"
    assert format_dct(dt.date(1998, 2, 27)) == "1998-02-27"


def test_write_then_read_round_trip() -> None:
    doc = read_timeml(SAMPLE)
    out = write_timeml(doc.doc_id, doc.dct, doc.text, doc.timexes)
    assert out.startswith("<?xml")
    assert 'functionInDocument="CREATION_TIME"' in out
    assert '<TIMEX3 tid="t1" type="DATE" value="2021-03-03">yesterday</TIMEX3>' in out
    assert 'mod="APPROX"' in out and 'freq="2X"' in out and 'quant="EVERY"' in out
    back = read_timeml(out)
    assert (back.doc_id, back.dct, back.text) == (doc.doc_id, doc.dct, doc.text)
    assert [t.model_dump(exclude={"rule", "anchor"}) for t in back.timexes] == [
        t.model_dump(exclude={"rule", "anchor"}) for t in doc.timexes
    ]


def test_write_escapes_special_characters_and_keeps_cr() -> None:
    text = 'A & B <said> "hi"\r\nat noon\x01.'
    start = text.index("noon")
    timex = Timex(start=start, end=start + 4, text="noon", type="TIME", value='X"Y&Z')
    back = read_timeml(write_timeml("d&1", dt.datetime(2000, 1, 2, 12, 0), text, [timex]))
    assert back.doc_id == "d&1"
    assert back.dct == dt.datetime(2000, 1, 2, 12, 0)
    assert back.text == text.replace("\x01", "\ufffd")
    assert spans(back.timexes) == [(start, start + 4, "noon", "TIME", 'X"Y&Z')]


def test_write_drops_overlapping_and_rejects_out_of_range() -> None:
    text = "from early May to June"
    first = Timex(start=5, end=14, text="early May", type="DATE", value="2000-05", mod="START")
    inner = Timex(start=11, end=14, text="May", type="DATE", value="2000-05")
    later = Timex(start=18, end=22, text="June", type="DATE", value="2000-06")
    back = read_timeml(write_timeml("d", dt.datetime(2000, 1, 1), text, [later, inner, first]))
    assert [t.text for t in back.timexes] == ["early May", "June"]
    with pytest.raises(ValueError):
        outside = Timex(start=20, end=40, text="?", type="DATE", value="X")
        write_timeml("d", dt.datetime(2000, 1, 1), text, [outside])


@pytest.mark.skipif(not CORPORA.is_dir(), reason="shared corpora not available")
def test_every_corpus_file_parses_with_consistent_offsets() -> None:
    files = sorted(CORPORA.rglob("*.tml"))
    assert files
    total = 0
    for path in files:
        doc = read_timeml(path)
        assert doc.doc_id, path
        for timex in doc.timexes:
            assert doc.text[timex.start : timex.end] == timex.text, (path, timex)
        total += len(doc.timexes)
    assert total > 0
