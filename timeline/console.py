"""The `timeline` command as a process: the collector tuned for a short run, then the command line."""

from __future__ import annotations

import gc
import os
import sys

# A command makes most of its objects in bursts that live as long as the process (the libraries'
# and the rules' imports, then a build's models). With a young collection every 700 new containers
# (the default), the collector walks them again and again: some 10 to 20 ms of a one-article build.
# Only reference cycles wait for a collection (everything else is freed when its last reference
# goes), so a collection every 100,000 still frees them long before they weigh on memory.
YOUNG_COLLECTION_EVERY = 100_000
# pydantic looks for plugins (the `pydantic` entry points) when it builds its first model, which
# reads the metadata of every installed distribution: some 1.5 % of a one-article build. The
# command's models use no plugin; a user who sets the variable (to name plugins to skip, or to
# an empty value to let them all load) keeps that choice.
PLUGINS_VARIABLE = "PYDANTIC_DISABLE_PLUGINS"
# A page's dates are formatted by babel, whose date module works out the machine's time zone when
# it is imported; with pytz installed, looking up that zone's name first opens the file of every
# zone pytz lists (some 600) to see that it is there: some 3 % of a one-article page build. pytz's
# own switch for "every zone it lists is on disk", true of its packages, skips those checks.
ZONE_CHECK_VARIABLE = "PYTZ_SKIPEXISTSCHECK"


def prepare_process() -> None:
    """What the command sets before it imports anything: the collector's threshold, no pydantic
    plugins (nor their loader: `timeline.pydantic_plugins`), no check of pytz's zone files, the
    patterns and the generated code compiled by earlier runs (`timeline.kept_patterns`,
    `timeline.kept_code`). A variable the user set keeps its value."""
    gc.set_threshold(YOUNG_COLLECTION_EVERY)
    os.environ.setdefault(PLUGINS_VARIABLE, "__all__")
    os.environ.setdefault(ZONE_CHECK_VARIABLE, "1")
    from timeline.pydantic_plugins import install

    install()  # no plugin loader, and no importlib.metadata, while the variable turns all plugins off
    from timeline import kept_code
    from timeline.kept_patterns import command_name, prime

    command = command_name(sys.argv[1:])
    prime(command)  # before any library compiles its patterns on import
    kept_code.prime(command)  # before any dataclass or typed dict is made


def main() -> None:
    """Console-script entry point (and `python -m timeline`)."""
    prepare_process()
    from timeline.cli import main as command_line

    command_line()
