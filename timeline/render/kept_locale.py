"""babel's data for a locale kept between runs as babel merges it (imported by the date labels).

babel reads a locale's CLDR data from its pickles, each over the one it inherits from (`en_001`
over `en` over `root`: 600 KB of pickles) and merges them, the first time a date is formatted:
some 3 % of a one-article page build. The merged data is kept (`timeline.derived`, named by
babel's version and place and the locale) and handed to babel's cache of loaded locales, where
its `load` looks first: babel then formats from the same data. A locale babel has loaded
already is left as it is, and a missing, damaged or unwritable file only costs time.
"""

from __future__ import annotations

from pathlib import Path

import babel
from babel import localedata

from timeline.derived import digest, read_derived, write_derived


def prime_locale_data(name: str) -> None:
    """Put the kept data of locale `name` (babel's identifier, e.g. `en_001`) in babel's cache,
    or load it through babel and keep it."""
    cache, lock = getattr(localedata, "_cache", None), getattr(localedata, "_cache_lock", None)
    if not isinstance(cache, dict) or lock is None or name in cache:
        return
    kept_name = f"babel-locales/{digest(babel.__version__, str(Path(babel.__file__).parent), name)}.pickle"
    kept = read_derived(kept_name, dict)
    if kept is not None:
        with lock:
            cache.setdefault(name, kept)
        return
    try:
        data = localedata.load(name)  # as babel would at the first date: merged, and cached by babel
    except (OSError, ValueError):
        return  # an unknown locale: babel says so when it is used
    write_derived(kept_name, data)
