"""Render: a `Timeline` (or a `StoredTimeline`) as a page, fragment, email, text, Markdown, JSON,
TimelineJS or iCalendar. `view` builds the view model the templates read, `dates` the localised date
labels, `ics` and `timelinejs` serialise through their libraries, `atomic` writes files whole."""
