"""What a build did: articles read (and where each date came from), inputs skipped, events."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, Field

from timeline.models import Article, Skipped
from timeline.store import AnyTimeline


class BuildReport(BaseModel):
    """Counts and reasons of one build, for the summary line and `--report FILE`."""

    articles: int = 0
    date_sources: dict[str, int] = Field(default_factory=dict)
    skipped: list[Skipped] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    events_found: int = 0
    events_kept: int = 0

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
                f"{self.events_kept} events ({merged} merged)")
