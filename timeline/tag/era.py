"""Years before the common era in a story's time.

Python dates start at year 1, so a story told in BC years ("In 490 BC … the following year")
keeps its reference time as a stand-in date: BC year n is year PROXY_BASE - n, which moves
forward as the story does (490 BC, then 489 BC). Values worked out from a stand-in date are
written back as TIMEX3 BC values (`BC0489`, `BC0480-SU`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import resource

PROXY_BASE = 10000
FIRST_PROXY = 5001  # stand-ins for 4999 BC to 1 BC; a later year is a common-era one
BC_VALUE = lazy(r"^BC(\d{4})(?:-(0[1-9]|1[0-2]))?(?:-(\d{2}))?$")
# a year written out, alone or with its month, day, season, quarter or half
WRITTEN_YEAR = lazy(r"^(?:1[0-9]|20)\d\d(?:-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?$")
PROXY_VALUE = lazy(r"^(\d{4})(?=-|$)")
EARLY_VALUE = lazy(r"^0\d{2,3}(?=-|$)")  # a year ("0233", "0240-03") or a decade ("024") of the first millennium
BC_ONLY = "BCONLY "  # the template of a bare year of two digits (narrative.yaml)
BC_NEIGHBOURHOOD = 150  # years from a BC story's within which a year written without its era is BC too


@lru_cache(maxsize=8)
def _common_era_mark(language: str) -> re.Pattern[str]:
    """How a text marks a year of the common era ("AD", "CE"; text.yaml's common_era_mark)."""
    return compile_kept(resource(language, "common_era_mark"))


def proxy_year(bc_year: int) -> int:
    """The stand-in year of a year BC (1 ≤ n < PROXY_BASE - FIRST_PROXY + 1)."""
    if not 1 <= bc_year <= PROXY_BASE - FIRST_PROXY:
        raise ValueError(f"{bc_year} BC is out of range")
    return PROXY_BASE - bc_year


def bc_parts(value: str) -> tuple[int, int | None, int | None] | None:
    """(stand-in year, month, day) of a BC value such as `BC0480-04`, or None for another value."""
    found = BC_VALUE.match(value)
    if not found or int(found.group(1)) == 0:
        return None
    try:
        year = proxy_year(int(found.group(1)))
    except ValueError:
        return None
    return year, int(found.group(2)) if found.group(2) else None, int(found.group(3)) if found.group(3) else None


def era_year(year: int) -> int:
    """A year as it is counted across the eras: a BC stand-in as negative (1 BC is -1), a year of
    the common era as it is, so that a later year is always the greater."""
    return year - PROXY_BASE if year >= FIRST_PROXY else year


def from_proxy(value: str) -> str:
    """A value worked out from a stand-in date written as a BC value (`9511-SU` → `BC0489-SU`);
    any other value as it is."""
    if value[:1] < "5" or value[:1] > "9":  # most values: no stand-in year (read without a regex)
        return value
    found = PROXY_VALUE.match(value)
    if not found or int(found.group(1)) < FIRST_PROXY:
        return value
    return f"BC{PROXY_BASE - int(found.group(1)):04d}{value[4:]}"


def written_year(value: str) -> int | None:
    """The year (negative BC) a value written out in full starts with, else None."""
    first = value[:1]
    if first == "B":
        parts = BC_VALUE.match(value)
        return -int(parts.group(1)) if parts else None
    if first not in {"1", "2"} or len(value) not in {4, 7, 10}:  # most values, read without a regex
        return None
    return int(value[:4]) if WRITTEN_YEAR.match(value) else None


def no_common_era_year(words: list[str], context: object) -> str:
    """`BCONLY yyyy`: a year of two digits written bare names a year only in a story told in BC
    years, where in_bc_story has made it one; elsewhere it is a count ("in 12 the score was level")."""
    raise ValueError(f"{words[0]} is a year only in a BC story")


def in_bc_story(template: str, story: dt.date | None, phrase: str = "", language: str = "en") -> str:
    """A year of the first millennium written without its era ("in 233", "March 240", "the late
    240s") as a BC one when the story has reached a BC year near it: a history names the era once
    ("In 243 BC the treaty lapsed") and leaves it out after; a year far from the story's keeps the
    common era ("in 1961 a dig began" is no first-millennium year anyway), and so does one written
    with it ("AD 6", "the spring of AD 3", "the 80s AD": the story has crossed into the common era)."""
    if template.startswith(BC_ONLY):  # a bare year of two digits ("In 55 the king built"): only a BC story's
        bc = in_bc_story(template[len(BC_ONLY):], story, phrase, language)
        return bc if bc.startswith("BC") else template
    if story is None or story.year < FIRST_PROXY or template[:1] != "0" or not EARLY_VALUE.match(template):
        return template
    if _common_era_mark(language).search(phrase):
        return template
    head = template.split("-", 1)[0]
    year = int(head) * (10 if len(head) == 3 else 1)  # a decade ("024") by its first year
    return "BC" + template if abs(year - (PROXY_BASE - story.year)) <= BC_NEIGHBOURHOOD else template
