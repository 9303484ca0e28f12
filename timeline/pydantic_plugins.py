"""Stands for pydantic's plugin loader (`pydantic.plugin._loader`) while plugins are disabled.

pydantic imports its plugin loader when it builds its first model, and the loader imports
`importlib.metadata` (with the email parser, zipfile and csv modules it brings) to look for
plugins: some 3 % of a one-article build, even when `PYDANTIC_DISABLE_PLUGINS` turns every plugin
off, as the `timeline` command does (`timeline.console`). While the variable turns them all off,
this module takes the loader's place and says there are none, as the loader would; if the
variable changes, or anything else of the loader's is asked for, the loader itself is imported
and answers.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable
from types import ModuleType
from typing import Any

LOADER = "pydantic.plugin._loader"
VARIABLE = "PYDANTIC_DISABLE_PLUGINS"
ALL_DISABLED = ("__all__", "1", "true")  # the values for which pydantic's loader loads no plugin


def install() -> None:
    """Take the loader's place if every plugin is disabled and the loader is not imported yet."""
    if os.getenv(VARIABLE) in ALL_DISABLED and LOADER not in sys.modules:
        sys.modules[LOADER] = sys.modules[__name__]


def get_plugins() -> Iterable[Any]:
    """No plugins while they are all disabled (as the loader says), else the loader's answer."""
    if os.getenv(VARIABLE) in ALL_DISABLED:
        return ()
    return loader().get_plugins()


def loader() -> ModuleType:
    """pydantic's own plugin loader, imported now if this module stood for it."""
    if sys.modules.get(LOADER) is sys.modules[__name__]:
        del sys.modules[LOADER]
    return importlib.import_module(LOADER)


def __getattr__(name: str) -> Any:
    """Anything else of the loader's (its constants, its state): the loader's own."""
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(loader(), name)
