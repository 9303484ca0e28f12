"""What a build did: articles read (and where each date came from), inputs skipped, events."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, Field

from timeline.models import Article, Skipped, Timeline


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

    def finish(self, timeline: Timeline) -> None:
        """Take the event counts from the built timeline."""
        self.events_kept = len(timeline.events)
        self.events_found = timeline.events_found

    def summary(self) -> str:
        """One line: articles read, skipped, events kept and merged."""
        merged = self.events_found - self.events_kept
        skipped = f", skipped {len(self.skipped)} (see above)" if self.skipped else ", skipped 0"
        return (f"read {self.articles} article{'s' * (self.articles != 1)}{skipped}; "
                f"{self.events_kept} events ({merged} merged)")
