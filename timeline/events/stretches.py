"""Vague stretches of the recent past that the tagger writes as durations, TimeBank's way ("in
[recent days]" is DURATION PXD), but that place what happened in them: "At least 12 people were
hurt in clashes in recent days" happened in the days before the story was written.

The tagger gives such a duration the stretch it covers (`recent_window` in
`rules/<lang>/tables.yaml`); for dating, it counts as a past reference with that stretch. A clause
in the perfect ("Shares have fallen in recent weeks", "has extended loans in recent months")
tells a change up to the time of writing, not a happening in the stretch: it keeps its duration.
"""

from __future__ import annotations

import regex as re

from timeline.events.cues import cue_patterns
from timeline.models import Timex

SENTENCE_END = re.compile(r"[.!?]\s|\n")
REACH = 200  # characters searched on either side of the stretch for its sentence's ends


def dated_stretches(text: str, timexes: list[Timex], language: str = "en") -> list[Timex]:
    """The timexes, with each duration that covers a stretch of the calendar ("recent weeks") in a
    clause not in the perfect turned into a past reference dated by that stretch."""
    return [t.model_copy(update={"type": "DATE", "value": "PAST_REF"})
            if t.type == "DURATION" and t.interval is not None and not _in_perfect(text, t, language) else t
            for t in timexes]


def _in_perfect(text: str, timex: Timex, language: str) -> bool:
    """Whether the sentence around the expression is told in the perfect ("have fallen")."""
    before = text[max(0, timex.start - REACH):timex.start]
    ends = list(SENTENCE_END.finditer(before))
    start = timex.start - len(before) + (ends[-1].end() if ends else 0)
    after = SENTENCE_END.search(text, timex.end, timex.end + REACH)
    sentence = text[start:after.start() if after else timex.end + REACH]
    return cue_patterns(language)["perfect"].search(sentence) is not None
