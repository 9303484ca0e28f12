"""Events stage: clauses that carry a time expression become dated events (see `extract`)."""

from timeline.events.extract import extract_events, headline

__all__ = ["extract_events", "headline"]
