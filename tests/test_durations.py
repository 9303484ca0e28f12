"""TIMEX3 duration values from `DUR` templates (timeline/tag/durations.py)."""

from __future__ import annotations

import pytest

from timeline.tag.durations import resolve_duration


@pytest.mark.parametrize(("words", "value"), [
    (["3", "month"], "P3M"),
    (["2.5", "year"], "P2Y6M"),
    (["X", "hour"], "PTXH"),
    (["2", "decade"], "P20Y"),
    (["4", "minute", "30", "second"], "PT4M30S"),  # "4 min 30 sec": two counts of two units
    (["1", "hour", "20", "minute"], "PT1H20M"),
    (["2", "day", "6", "hour"], "P2DT6H"),  # the time units after the T
])
def test_a_duration_template_gives_its_timex3_value(words: list[str], value: str) -> None:
    assert resolve_duration(words) == value
