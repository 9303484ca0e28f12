"""The order of day and month in an article's numeric dates: "05/03/2025" is 5 March in an
article that writes "10 March" or "21/08/2025", and 3 May in one that writes "March 10"."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.tag.rules import Match

US_NUMERIC = frozenset({"numeric_date_us", "numeric_date_dashed"})  # month/day/year: the rules' reading
DAY_FIRST_RULES = frozenset({"day_month_year", "day_month", "numeric_date_day_first", "numeric_date_dashed_day_first",
                             "numeric_date_dotted"})
MONTH_FIRST_RULES = frozenset({"weekday_month_day_year", "weekday_month_day"})
MONTHS = 12


def in_article_order(text: str, matches: list[Match]) -> list[Match]:
    """The matches, with each ambiguous month/day/year date read day first when the article
    writes its other dates day first more often than month first."""
    numeric = [m for m in matches if m.rule.name in US_NUMERIC]
    if not numeric:
        return matches
    day_first = sum(m.rule.name in DAY_FIRST_RULES for m in matches)
    month_first = sum(m.rule.name in MONTH_FIRST_RULES or (m.rule.name in US_NUMERIC and not _ambiguous(text, m))
                      for m in matches)
    if day_first <= month_first:
        return matches
    return [_day_first(text, m) if m.rule.name in US_NUMERIC and _ambiguous(text, m) else m for m in matches]


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
