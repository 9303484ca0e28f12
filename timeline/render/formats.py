"""The output formats: names, file extensions and built-in templates (no heavy imports: the CLI reads it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutputFormat:
    """One output format: its file extension and, for text formats, its built-in template."""

    name: str
    extension: str
    template: str | None
    description: str


FORMATS: dict[str, OutputFormat] = {f.name: f for f in [
    OutputFormat("html", "html", "page.html.j2", "standalone static page, no external requests"),
    OutputFormat("fragment", "fragment.html", "fragment.html.j2", "one <section> with tl- classes, for a CMS"),
    OutputFormat("email", "email.html", "email.html.j2", "newsletter HTML: 600 px table, styles inlined"),
    OutputFormat("email-body", "email-body.html", "email-body.html.j2",
                 "the newsletter's content block alone, to paste into a Mailchimp or Buttondown template"),
    OutputFormat("text", "txt", "timeline.txt.j2", "plain text, the email's alternative part"),
    OutputFormat("md", "md", "timeline.md.j2", "CommonMark/GFM"),
    OutputFormat("json", "json", None, "the Timeline model as JSON"),
    OutputFormat("timelinejs", "timelinejs.json", None, "TimelineJS3 JSON"),
    OutputFormat("ics", "ics", None, "iCalendar"),
]}
FORMAT_NAMES = tuple(FORMATS)
# Other names people type for a format ("--format markdown").
FORMAT_ALIASES = {"markdown": "md", "txt": "text", "ical": "ics", "icalendar": "ics", "page": "html"}
FORMAT_CHOICES = FORMAT_NAMES + tuple(FORMAT_ALIASES)


def format_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Format names as the renderers know them, aliases replaced ("markdown" → "md")."""
    return tuple(FORMAT_ALIASES.get(name, name) for name in names)
GROUP_BY = ("day", "week", "month", "year")


def leads_with_key_dates(fmt: str) -> bool:
    """Whether a format shows key dates (`highlights`): those written from a template do; json,
    timelinejs and ics do not, so a build of those alone need not choose them."""
    return FORMATS[fmt].template is not None


def output_name(fmt: str) -> str:
    """File name of a format's output when several formats go to one folder: timeline.<ext>."""
    return f"timeline.{FORMATS[fmt].extension}"
