"""Offsets in a repaired text mapped back to the text as read (what `timeline tag` promises)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from timeline.cli import cli
from timeline.read.align import OffsetMap
from timeline.read.repair import INVISIBLE, repaired

DAMAGED = ("The band\u00e2\u20ac\u2122s tour began on Mon\u200bday &amp; ends on 3 Feb\u00adruary 2022, "
           "HIV\\/Aids clinics said.")


def as_read(text: str) -> str:
    return INVISIBLE.sub("", repaired(text))


def test_every_word_of_a_repaired_text_maps_to_its_place_as_read() -> None:
    changed = as_read(DAMAGED)
    offsets = OffsetMap(DAMAGED, changed)
    shown = {word: DAMAGED[offsets.start(changed.index(word)):offsets.end(changed.index(word) + len(word))]
             for word in ["The", "band\u2019s", "Monday", "&", "3 February 2022", "HIV/Aids", "said."]}
    assert shown == {"The": "The", "band\u2019s": "band\u00e2\u20ac\u2122s", "Monday": "Mon\u200bday", "&": "&amp;",
                     "3 February 2022": "3 Feb\u00adruary 2022", "HIV/Aids": "HIV\\/Aids", "said.": "said."}


WORDS = st.sampled_from(["Monday", "the", "vote", "3 May", "2021", "&amp;", "band\u00e2\u20ac\u2122s", "\u200b",
                         "\u00ad", "a", "\n", "HIV\\/Aids", "said", "on", "."])


@given(st.lists(WORDS, min_size=1, max_size=40))
def test_the_map_never_leaves_the_text_and_keeps_clean_words(words: list[str]) -> None:
    original = " ".join(words)
    changed = as_read(original)
    offsets = OffsetMap(original, changed)
    for position in range(len(changed)):
        start, end = offsets.start(position), offsets.end(position + 1)
        assert 0 <= start < end <= len(original)
    if "Monday" in changed and "Monday" in original:
        first = changed.index("Monday")
        found = original[offsets.start(first):offsets.end(first + 6)]
        assert found.replace("\u200b", "").replace("\u00ad", "") == "Monday"


def test_tag_offsets_index_the_file_as_read_where_reading_repaired_it(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_text(f"Published 10 June 2021\n{DAMAGED}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["tag", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    content = path.read_text(encoding="utf-8")
    rows = json.loads(result.stdout)
    assert [(row["value"], content[row["start"]:row["end"]]) for row in rows] == [
        ("2021-06-10", "10 June 2021"), ("2021-06-07", "Mon\u200bday"), ("2022-02-03", "3 Feb\u00adruary 2022")]
    assert all(content[row["start"]:row["end"]] == row["text"] for row in rows)
