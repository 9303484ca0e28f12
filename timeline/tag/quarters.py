"""Quarters of results: the quarter a text's results are of and the one a year before it, as
TimeBank dates "the year-ago quarter" and "a year ago" in earnings copy."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.language.compiled import lazy

QUARTER_VALUE = lazy(r"^\d{4}-Q[1-4]$")
PERIOD_VALUE = lazy(r"^\d{4}-(?:Q[1-4]|H[12])$")  # a quarter or a half year
YEAR_AGO_QUARTER = "REF quarter -5"  # the rules' template of the year-ago quarter of results


def is_results_quarter(value: str, template: str) -> bool:
    """True when a resolved value names a quarter the results may be of (not one they are set
    against: "the year-ago quarter")."""
    return "-Q" in value and QUARTER_VALUE.match(value) is not None and template != YEAR_AGO_QUARTER


def year_ago_of(words: list[str], quarter: str | None, year: int) -> str | None:
    """The year-ago quarter (`REF quarter -5`) as the quarter a year before the one the results
    are of, the first the text named when it named one lately ("its fourth quarter … [a year
    ago]", fiscal quarters and all; not "after a flat second quarter" named in passing after it);
    None when the text named none."""
    if words != YEAR_AGO_QUARTER.split()[1:] or quarter is None or not year - 2 < int(quarter[:4]) <= year:
        return None
    return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}"


@dataclass
class ResultsPeriods:
    """The quarters and halves a text names, for "a year earlier" to be set against: the quarter
    or half named before it in its own sentence ("third-quarter profit jumped … from $4 million [a
    year earlier]", "shipments in the December half will beat [a year ago]"), else the first
    quarter the text named (the results', as a lead names them)."""

    first: str | None = None
    latest: tuple[int, str] | None = None  # the last quarter or half named, by where its sentence starts

    def note(self, value: str, template: str, sentence: int) -> None:
        """Record a resolved value named in the sentence starting at `sentence`."""
        if template == YEAR_AGO_QUARTER or PERIOD_VALUE.match(value) is None:
            return
        self.latest = (sentence, value)
        if self.first is None and is_results_quarter(value, template):
            self.first = value

    def compared(self, sentence: int) -> str | None:
        """The period a year-ago in the sentence starting at `sentence` is set against."""
        return self.latest[1] if self.latest is not None and self.latest[0] == sentence else self.first
