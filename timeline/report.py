"""What a build did: articles read (and where each date came from), inputs skipped, events."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, Field

from timeline.models import Article, CacheStats, Skipped
from timeline.store import AnyTimeline


class BuildReport(BaseModel):
    """Counts and reasons of one build, for the summary line and `--report FILE`."""

    articles: int = 0
    date_sources: dict[str, int] = Field(default_factory=dict)
    skipped: list[Skipped] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    events_found: int = 0
    events_kept: int = 0
    cache: CacheStats | None = None

    def add(self, item: Article | Skipped) -> list[str]:
        """Count one article or skipped input; return the lines worth telling the user."""
        if isinstance(item, Skipped):
            self.skipped.append(item)
            return [f"skipped {item.where}: {item.reason}"]
        self.articles += 1
        counts = Counter(self.date_sources)
        counts[item.date_source] += 1
        self.date_sources = dict(sorted(counts.items()))
        self.warnings.extend(item.notes)
        where = item.path or item.url or item.title or "<article>"
        return [f"warning: {note}" for note in item.notes] + [
            f"read {where}: dated {item.source.date} from {item.date_source}"]

    def finish(self, timeline: AnyTimeline) -> None:
        """Take the event counts from the built timeline."""
        self.events_kept = len(timeline.events)
        self.events_found = timeline.events_found
        self.cache = getattr(timeline, "cache", None)  # a StoredTimeline built with a cache

    def skipped_text(self, limit: int = 5) -> str:
        """The skipped inputs and their reasons, the first few of them, on one line."""
        shown = "; ".join(f"{s.where}: {s.reason}" for s in self.skipped[:limit])
        more = f"; and {len(self.skipped) - limit} more (see --report)" if len(self.skipped) > limit else ""
        return f"{len(self.skipped)} skipped ({shown}{more})"

    def summary(self) -> str:
        """One line: articles read, skipped (with reasons), events kept and merged."""
        merged = self.events_found - self.events_kept
        skipped = f", {self.skipped_text()}" if self.skipped else ", 0 skipped"
        return (f"read {self.articles} article{'s' * (self.articles != 1)}{skipped}; "
                f"{self.events_kept} events ({merged} merged){self.cache_text()}")

    def cache_text(self) -> str:
        """The build cache's part of the summary: inputs reused and extracted, and its size."""
        if self.cache is None:
            return ""
        c = self.cache
        dropped = f", {c.dropped} old entries dropped" if c.dropped else ""
        return (f"; cache: {c.reused} reused, {c.extracted} extracted, {c.entries} entries, "
                f"{_size(c.bytes)} of {_size(c.limit)}{dropped}")


def _size(count: int) -> str:
    """Bytes as people read them: 512 B, 3.4 MB, 1.0 GB (powers of 1,024)."""
    value, unit = float(count), "B"
    for larger in ("KB", "MB", "GB", "TB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{count} B" if unit == "B" else f"{value:.1f} {unit}"
