"""Dates as readers see them: labels at an event's granularity and period headings, localised by babel."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from timeline.errors import RenderError
from timeline.models import FUZZY_VALUES, SEASONS, Event
from timeline.render.kept_locale import prime_locale_data

# babel.dates is imported by the functions that format with it: importing it works out the
# machine's time zone (through pytz, which looks up every zone name: some 10 ms of start-up, unless
# PYTZ_SKIPEXISTSCHECK is set, as the `timeline` command does), which JSON, whose dates are ISO
# text, never needs.

PART_OF_DAY = {"MO": "morning1", "AF": "afternoon1", "EV": "evening1", "NI": "night1"}
GROUP_LEVELS = ("day", "week", "month", "year")
# How coarse each granularity is on the scale of the group levels (day 0 … year 3): an event
# coarser than the grouping is filed under a heading coarse enough to hold it.
COARSENESS = {
    "time": 0, "partofday": 0, "day": 0, "unknown": 0, "weekend": 1, "week": 1, "month": 2,
    "season": 2.5, "quarter": 2.5, "half": 2.5, "year": 3, "decade": 4, "century": 5,
}
# CLDR has no words for seasons, halves, decades or centuries; English has them, other locales
# show the same span as a CLDR month or year interval instead.
LABELS = {
    "en": {"upcoming": "Upcoming", "sources": "Sources", "source": "Source", "as_of": "As of",
           "permalink": "Permalink", "empty": "No dated events found.", "title": "Timeline",
           "conflict": "Also reported as", "more": "and {n} more", "new": "New", "updated": "Updated",
           "change_sources": "new sources", "change_date": "date changed", "change_conflict": "another date given",
           "key_dates": "Key dates", "full_record": "The full record"},
    "fr": {"upcoming": "À venir", "sources": "Sources", "source": "Source", "as_of": "Mis à jour le",
           "permalink": "Lien permanent", "empty": "Aucun événement daté.", "title": "Chronologie",
           "conflict": "Autre date rapportée", "more": "et {n} autres", "new": "Nouveau", "updated": "Mis à jour",
           "change_sources": "nouvelles sources", "change_date": "date modifiée",
           "change_conflict": "autre date rapportée", "key_dates": "Dates clés", "full_record": "Le fil complet"},
    "de": {"upcoming": "Demnächst", "sources": "Quellen", "source": "Quelle", "as_of": "Stand",
           "permalink": "Permalink", "empty": "Keine datierten Ereignisse gefunden.", "title": "Chronik",
           "conflict": "Andere Datierung", "more": "und {n} weitere", "new": "Neu", "updated": "Aktualisiert",
           "change_sources": "neue Quellen", "change_date": "Datum geändert", "change_conflict": "andere Datierung",
           "key_dates": "Wichtige Daten", "full_record": "Die ganze Chronik"},
    "es": {"upcoming": "Próximamente", "sources": "Fuentes", "source": "Fuente", "as_of": "Actualizado el",
           "permalink": "Enlace permanente", "empty": "No se encontraron eventos fechados.", "title": "Cronología",
           "conflict": "Otra fecha publicada", "more": "y {n} más", "new": "Nuevo", "updated": "Actualizado",
           "change_sources": "nuevas fuentes", "change_date": "fecha cambiada",
           "change_conflict": "otra fecha publicada", "key_dates": "Fechas clave",
           "full_record": "El registro completo"},
}


@lru_cache(maxsize=32)
def parse_locale(name: str) -> Locale:
    """The babel locale for a name such as `en`, `fr`, `pt_BR` or `pt-BR`.

    Bare `en` formats dates the international way (CLDR's en_001: "21 Feb 2019"); ask for
    `en_US` to get "Feb 21, 2019".
    """
    try:
        locale = Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise RenderError(f"unknown locale {name!r}: give a CLDR locale such as en, en_US, fr or de") from exc
    if str(locale) == "en":
        return Locale.parse("en_001")
    return locale


@lru_cache(maxsize=32)
def formatting_locale(name: str) -> Locale:
    """`parse_locale`, for the functions that format with babel's data: that data is then put in
    babel's cache from what an earlier run kept (`timeline.render.kept_locale`). Loading it
    imports babel's date module, which a JSON build never needs."""
    locale = parse_locale(name)
    prime_locale_data(str(locale))
    return locale


def language_tag(name: str) -> str:
    """BCP 47 tag for the `lang` attribute: `pt_BR` → `pt-BR`, `en` → `en`."""
    return name.replace("_", "-")


def labels(name: str) -> dict[str, str]:
    """The interface words for a locale, in English where no translation is shipped."""
    return {**LABELS["en"], **LABELS.get(parse_locale(name).language, {})}


def iso_date(text: str) -> dt.date:
    """The calendar date at the start of an ISO date or date-time string."""
    return dt.date.fromisoformat(text[:10])


def clock_moment(text: str) -> dt.datetime:
    """The date-time at the start of an ISO string ("2019-02-21T14:30"); "T24:00" (TIMEX3 midnight, the
    end of that day) is 00:00 of the next day, which is what calendars and `<time>` need."""
    if text[10:16] == "T24:00":
        return dt.datetime.fromisoformat(text[:10]) + dt.timedelta(days=1)
    return dt.datetime.fromisoformat(text[:16])


def clock_label(text: str, locale: Locale) -> str:
    """The clock time of an ISO date-time as a reader writes it; midnight in the locale's word for it."""
    from babel.dates import format_time

    if text[10:16] == "T24:00":
        return locale.day_periods.get("format", {}).get("wide", {}).get("midnight") or "24:00"
    return format_time(clock_moment(text), "short", locale=locale)


def _english(locale: Locale) -> bool:
    return locale.language == "en"


def day_label(day: dt.date, locale: str = "en") -> str:
    """A day as "21 Feb 2019" (localised)."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMd", day, locale=formatting_locale(locale))


@lru_cache(maxsize=4096)  # a batch repeats the same publication dates in every source list
def moment_label(text: str, locale: str = "en") -> str:
    """A publication moment (ISO date or date-time) as a short date, with its clock time when it has one."""
    from babel.dates import get_datetime_format

    day = day_label(iso_date(text), locale)
    if len(text) < 16 or text[10] != "T":
        return day
    clock = clock_label(text, formatting_locale(locale))
    return get_datetime_format("medium", locale=formatting_locale(locale)).format(clock, day)


def span_label(start: dt.date, end: dt.date, locale: str = "en") -> str:
    """A day or a span of days: "21 Feb 2019", "4–10 Mar 2024"."""
    from babel.dates import format_skeleton

    loc = formatting_locale(locale)
    return format_skeleton("yMMMd", start, locale=loc) if start == end else _span(start, end, "yMMMd", loc)


def _span(start: dt.date, end: dt.date, skeleton: str, locale: Locale) -> str:
    from babel.dates import format_interval

    return format_interval(start, end, skeleton, locale=locale)


def display_date(event: Event, locale: str = "en") -> str:
    """The event's time as a reader would write it, at its granularity ("Feb 2019", "Q3 2018")."""
    from babel.dates import format_skeleton, get_datetime_format

    loc = formatting_locale(locale)
    start, end = iso_date(event.start), iso_date(event.end)
    kind = event.granularity
    if event.value in FUZZY_VALUES and event.time_text.strip():
        phrase = event.time_text.strip()
        phrase = phrase[:1].upper() + phrase[1:]
        return phrase if start == end else f"{phrase} ({_span(start, end, 'yMMMd', loc)})"
    if kind == "time":
        day = format_skeleton("yMMMEd", start, locale=loc)
        return get_datetime_format("medium", locale=loc).format(clock_label(event.start, loc), day)
    if kind == "partofday":
        part = loc.day_periods.get("stand-alone", {}).get("wide", {}).get(PART_OF_DAY.get(event.value[-2:], ""))
        day = format_skeleton("yMMMEd", start, locale=loc)
        return f"{day}, {part}" if part else day
    if kind in {"day", "unknown"}:
        return format_skeleton("yMMMEd", start, locale=loc)
    if kind in {"week", "weekend"}:
        return _span(start, end, "yMMMd", loc)
    if kind == "month":
        return format_skeleton("yMMM", start, locale=loc)
    if kind == "quarter":
        return format_skeleton("yQQQ", start, locale=loc)
    if _english(loc) and kind == "season" and event.value[-2:] in SEASONS:
        years = str(start.year) if start.year == end.year else f"{start.year}–{end.year % 100:02d}"  # "Winter 2023–24"
        return f"{SEASONS[event.value[-2:]].name} {years}"
    if _english(loc) and kind == "half":
        return f"H{1 if start.month <= 6 else 2} {start.year}"
    if kind in {"season", "half"}:
        return _span(start, end, "yMMM", loc)
    if kind == "year":
        return format_skeleton("y", start, locale=loc)
    if _english(loc) and kind == "decade":
        return f"{start.year}s"
    if _english(loc) and kind == "century":
        number = start.year // 100 + 1
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix} century"
    return _span(start, end, "y", loc)


def machine_date(event: Event) -> str:
    """A valid HTML `<time datetime>` value at the event's granularity (its start for ranges)."""
    start = iso_date(event.start)
    if event.granularity == "time":
        return clock_moment(event.start).isoformat(timespec="minutes")
    if event.granularity == "week" and event.value not in FUZZY_VALUES:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if event.granularity == "month" and event.value not in FUZZY_VALUES:
        return event.start[:7]
    if event.granularity == "year":
        return event.start[:4]
    return start.isoformat()


def _capitalise(text: str) -> str:
    # Headings start with a capital even where CLDR writes month and day names in lower case.
    return text[:1].upper() + text[1:]


def period(event: Event, group_by: str = "month", locale: str = "en") -> tuple[str, str]:
    """The key (stable, ASCII) and heading of the section an event is listed under.

    Events are filed by their start; one coarser than the grouping (a season when grouping by
    month) goes under a heading coarse enough to hold it ("2011", not "June 2011").
    """
    from babel.dates import format_date, format_skeleton

    if group_by not in GROUP_LEVELS:
        raise RenderError(f"unknown grouping {group_by!r}: choose one of {', '.join(GROUP_LEVELS)}")
    loc = formatting_locale(locale)
    start = iso_date(event.start)
    rank = COARSENESS[event.granularity]
    level = group_by
    if rank > GROUP_LEVELS.index(group_by):
        fitting = [name for index, name in enumerate(GROUP_LEVELS) if index >= rank]
        if not fitting:
            return f"{event.granularity}-{event.value}", display_date(event, locale)
        level = fitting[0]
    if level == "day":
        return start.isoformat(), _capitalise(format_date(start, "full", locale=loc))
    if level == "week":
        year, week, weekday = start.isocalendar()
        monday = start - dt.timedelta(days=weekday - 1)
        return f"{year}-W{week:02d}", _span(monday, monday + dt.timedelta(days=6), "yMMMd", loc)
    if level == "month":
        return start.isoformat()[:7], _capitalise(format_skeleton("yMMMM", start, locale=loc))
    return str(start.year), format_skeleton("y", start, locale=loc)


def period_heading(event: Event, group_by: str = "month", locale: str = "en") -> str:
    """Heading of the section an event is listed under."""
    return period(event, group_by, locale)[1]
