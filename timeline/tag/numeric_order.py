"""The order of day and month in an article's numeric dates: "05/03/2025" is 5 March in an
article that writes "10 March" or "21/08/2025", and 3 May in one that writes "March 10". With no
such sign, the reading that puts the article's ambiguous dates near its own date wins: a chat
export of "[01/09/2025, 18:02]" to "[04/09/2025, 20:11]" written on 4 September is day first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from statistics import median

from timeline.tag.rules import Match

US_NUMERIC = frozenset({"numeric_date_us", "numeric_date_dashed"})  # month/day/year: the rules' reading
DAY_FIRST_RULES = frozenset({"day_month_year", "day_month", "numeric_date_day_first", "numeric_date_dashed_day_first",
                             "numeric_date_dotted"})
MONTH_FIRST_RULES = frozenset({"weekday_month_day_year", "weekday_month_day"})
MONTHS = 12
# Without a sign from the article's other dates, its ambiguous dates are read day first when that
# puts them (their median) within NEAR_DAYS of the article's date and month first would put them
# at least FAR_RATIO times further away.
NEAR_DAYS, FAR_RATIO = 62, 4


def in_article_order(text: str, matches: list[Match], anchor: dt.date | None = None) -> list[Match]:
    """The matches, with each ambiguous month/day/year date read day first when the article
    writes its other dates day first more often than month first, or, when they say nothing,
    when that reading puts them near the article's date (`anchor`)."""
    numeric = [m for m in matches if m.rule.name in US_NUMERIC]
    if not numeric:
        return matches
    day_first = sum(m.rule.name in DAY_FIRST_RULES for m in matches)
    month_first = sum(m.rule.name in MONTH_FIRST_RULES or (m.rule.name in US_NUMERIC and not _ambiguous(text, m))
                      for m in matches)
    if day_first < month_first or (day_first == month_first and not _nearer_day_first(text, numeric, anchor)):
        return matches
    return [_day_first(text, m) if m.rule.name in US_NUMERIC and _ambiguous(text, m) else m for m in matches]


def _nearer_day_first(text: str, numeric: list[Match], anchor: dt.date | None) -> bool:
    """Read day first, the article's ambiguous dates lie near its date, and month first far from it."""
    ambiguous = [m for m in numeric if _ambiguous(text, m)]
    if anchor is None or not ambiguous:
        return False
    as_written = [_distance(m.value, anchor) for m in ambiguous]
    swapped = [_distance(_day_first(text, m).value, anchor) for m in ambiguous]
    if None in as_written or None in swapped:
        return False  # (a year the rules leave to the context: no distance to weigh)
    near = median(swapped)  # type: ignore[type-var]
    return near <= NEAR_DAYS and median(as_written) >= FAR_RATIO * max(near, 1)  # type: ignore[type-var, operator]


def _distance(value: str, anchor: dt.date) -> int | None:
    """Days between a value's date and the anchor, when the value is a whole date."""
    try:
        return abs((dt.date.fromisoformat(value[:10]) - anchor).days)
    except ValueError:
        return None


def _numbers(text: str, match: Match) -> tuple[int, int]:
    first, second = re.split(r"[/-]", text[match.start:match.end])[:2]
    return int(first), int(second)


def _ambiguous(text: str, match: Match) -> bool:
    """Both numbers could be the month ("05/03/2025"; not "2/21/2019")."""
    return max(_numbers(text, match)) <= MONTHS


def _day_first(text: str, match: Match) -> Match:
    """The match read as day/month/year."""
    day, month = _numbers(text, match)
    return replace(match, value=f"{match.value[:-6]}-{month:02d}-{day:02d}")
