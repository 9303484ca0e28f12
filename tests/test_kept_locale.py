"""babel's locale data kept between runs (timeline.render.kept_locale): dates formatted from the
kept data read as babel formats them from its own files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel import Locale, localedata
from babel.dates import format_interval, format_skeleton, format_time

from timeline.render.kept_locale import prime_locale_data

DAY, LATER = dt.date(2019, 2, 21), dt.date(2019, 3, 4)


@pytest.fixture
def derived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty folder of derived data, and babel's loaded locales forgotten before and after."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    localedata.clear_caches()
    yield tmp_path
    localedata.clear_caches()


def _labels(name: str) -> list[str]:
    locale = Locale.parse(name)
    return [format_skeleton(skeleton, DAY, locale=locale) for skeleton in ("yMMMd", "yMMMEd", "yMMM", "yQQQ", "y")] + [
        format_interval(DAY, LATER, "yMMMd", locale=locale), format_time(dt.time(14, 30), "short", locale=locale),
        str(locale.day_periods["format"]["wide"].get("midnight")), str(locale.months["format"]["wide"][2])]


@pytest.mark.parametrize("name", ["en_001", "fr_FR", "de", "pt_BR"])
def test_dates_formatted_from_kept_locale_data_are_babels(derived: Path, name: str) -> None:
    prime_locale_data(name)  # babel loads the data; it is kept
    from_babel = _labels(name)
    assert list(derived.glob("babel-locales/*.pickle"))
    localedata.clear_caches()
    prime_locale_data(name)  # from the kept file
    assert name in localedata._cache
    assert _labels(name) == from_babel


def test_a_damaged_kept_file_or_an_unknown_locale_only_costs_time(derived: Path) -> None:
    prime_locale_data("fr")
    for path in derived.glob("babel-locales/*.pickle"):
        path.write_bytes(b"damaged")
    localedata.clear_caches()
    prime_locale_data("fr")
    assert format_skeleton("yMMMd", DAY, locale=Locale.parse("fr")) == "21 févr. 2019"
    prime_locale_data("xx_NOWHERE")
    assert "xx_NOWHERE" not in localedata._cache
