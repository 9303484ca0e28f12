"""A range's two ends read together: "Monday to Wednesday" of one week, and "between June and
December last year", whose opening month lies in the year its end names."""

from __future__ import annotations

import datetime as dt

import regex as re

from timeline.events import neighbours
from timeline.language.compiled import lazy_regex
from timeline.models import Interval, Timex

YEAR_TEXT = lazy_regex(r"\b\d{4}\b|['’]\d{2}\b")
UNTIL_GAP = lazy_regex(r"^\s*(?:until|till|to)\s+$", re.I)  # not "made Friday and Thursday": two days
TO_PRESENT = lazy_regex(r"\s?[-–]\s?(?:present|now|date)\b|\s+(?:to|until|till)\s+(?:the\s+)?(?:present|date)\b", re.I)


def range_ends(sentence: str, start: int, best: Timex, end: Timex | None,
               published: dt.datetime | None = None) -> tuple[Interval, Timex | None]:
    """The opening's interval and the range's end (None when there is no range): a month without
    its year that the tagger put after the range's end ("between June and December last year")
    lies in the year before; "2019–present" runs to the publication day."""
    assert best.interval is not None
    if end is None and published is not None and best.interval.granularity in {"year", "month"} and \
            TO_PRESENT.match(sentence, best.end - start):
        return best.interval.model_copy(update={"end": published.date().isoformat()}), None
    if end is None or end.interval is None:
        return best.interval, end
    end = neighbours.weekday_range_end(sentence, start, best, end)  # "Monday to Wednesday" of one week
    opening = best.interval
    if end.interval is not None and end.interval.end < opening.start and \
            UNTIL_GAP.match(sentence[best.end - start:end.start - start]):  # "from 6pm today until 11am on Friday"
        end = end.model_copy(update={"interval": neighbours.range_end_after_start(
            end.interval, sentence[end.start - start:][:20], opening)})
    if end.interval is None or end.interval.end >= opening.start or opening.granularity != "month" or \
            YEAR_TEXT.search(best.text):
        return opening, end
    earlier = opening.model_copy(update={name: _year_before(getattr(opening, name)) for name in ("start", "end")})
    return (earlier if earlier.start <= end.interval.end else opening), end


def _year_before(moment: str) -> str:
    """The same moment a year earlier (29 February: the 28th)."""
    year = int(moment[:4]) - 1
    return f"{year:04d}-02-28{moment[10:]}" if moment[5:10] == "02-29" else f"{year:04d}{moment[4:]}"


def closing(end: Interval, text: str, end_text: str, opening: Interval) -> Interval:
    """A range's end read after its opening: a closing weekday after the opening's day; a closing
    day without its year in the year its opening was put in ("Last year the lifts were out of
    action from 6 May to 22 July": 22 July of last year, not the tagger's coming one), or the
    year after when it would come before the opening ("from November to February")."""
    end = neighbours.range_end_after_start(end, text, opening)
    if YEAR_TEXT.search(end_text) or end.start[:4] == opening.start[:4] or len(end.start) < 7:
        return end
    year = int(opening.start[:4]) + (end.start[4:] < opening.start[4:])
    moved = {name: f"{year + int(getattr(end, name)[:4]) - int(end.start[:4]):04d}{getattr(end, name)[4:]}"
             for name in ("start", "end")}
    return end.model_copy(update=moved) if moved["start"] != end.start and "02-29" not in end.start else end


def overnight_end(end: Timex, opening: Interval) -> Timex:
    """A range's closing clock time earlier on the opening's day runs into the next morning: "It
    snowed from about 9pm yesterday until 5am" ends at 5am today."""
    if end.type != "TIME" or end.interval is None or opening.granularity != "time" or \
            end.interval.start[:10] != opening.start[:10] or end.interval.end >= opening.start:
        return end
    day = (dt.date.fromisoformat(opening.start[:10]) + dt.timedelta(days=1)).isoformat()
    moved = end.interval.model_copy(update={name: day + getattr(end.interval, name)[10:] for name in ("start", "end")})
    return end.model_copy(update={"interval": moved})

