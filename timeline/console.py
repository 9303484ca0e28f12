"""The `timeline` command as a process: the collector tuned for a short run, then the command line."""

from __future__ import annotations

import gc

# A command makes most of its objects in bursts that live as long as the process (the libraries'
# and the rules' imports, then a build's models). With a young collection every 700 new containers
# (the default), the collector walks them again and again: some 10 to 20 ms of a one-article build.
# Only reference cycles wait for a collection (everything else is freed when its last reference
# goes), so a collection every 100,000 still frees them long before they weigh on memory.
YOUNG_COLLECTION_EVERY = 100_000


def main() -> None:
    """Console-script entry point (and `python -m timeline`)."""
    gc.set_threshold(YOUNG_COLLECTION_EVERY)
    from timeline.cli import main as command_line

    command_line()
