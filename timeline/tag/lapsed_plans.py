"""A plan told in the past perfect ("the offer had been due to expire [Friday]"): the text has
seen it changed or lapse, so the day it was set for lies on either side of the day of writing."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import resource
from timeline.tag.tense import Tense

WEEKDAY_BY_TENSE = lazy(r"^(?:CLOCK .* ON )?WEEKDAY ([1-7]) tense")
LOOK_BEHIND = 24  # characters before a cue that "had already been " and the like fit in


@lru_cache(maxsize=8)
def _before_cue(language: str) -> re.Pattern[str]:
    """What stands right before a future cue that makes it a lapsed plan (text.yaml's lapsed_plan_before)."""
    return compile_kept(resource(language, "lapsed_plan_before"), re.I)


def lapsed_plan_tense(text: str, cue_start: int, template: str, written: dt.date, language: str) -> Tense | None:
    """The tense that puts the weekday of a lapsed plan on the nearer side of the day of writing
    (written on a Monday, "had been due to expire [Friday]" is three days back, not four ahead;
    written on a Thursday, "had been due to reopen on [Sunday]" is three days ahead); None when
    the template is no weekday counted by tense or no past perfect stands before the cue.
    Months and dates keep the future cue's reading."""
    weekday = WEEKDAY_BY_TENSE.match(template)
    if weekday is None or not _before_cue(language).search(text, max(0, cue_start - LOOK_BEHIND), cue_start):
        return None
    ahead = (int(weekday.group(1)) - written.isoweekday()) % 7
    return "future" if 0 < ahead <= 3 else "past"
