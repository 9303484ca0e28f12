"""Jinja's compiled templates kept between runs (imported with Jinja, by the template formats only)."""

from __future__ import annotations

import contextlib

import jinja2
import jinja2.bccache


class KeptTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's bytecode cache that only saves time: an unreadable entry is compiled again, and
    one that cannot be written is not kept, never an error."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry (Jinja checks magic and source, not the pickle)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)
