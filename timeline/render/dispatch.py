"""Render stage: a Timeline as HTML, a CMS fragment, email, text, Markdown, JSON, TimelineJS or iCalendar.

Text formats go through Jinja templates (autoescaped for HTML) that all receive the same
context (`timeline.render.view.context`); data formats are serialised by their libraries.
"""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Iterable, Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pydantic_core

from timeline.derived import cache_dir, digest
from timeline.errors import InputError, RenderError
from timeline.models import Event, Timeline, event_ids
from timeline.render.dates import clock_moment, display_date, iso_date, parse_locale, period_heading
from timeline.render.formats import FORMAT_NAMES, FORMATS, GROUP_BY, output_name
from timeline.render.view import BIDI_CONTROLS, CONTROL, EMAIL_FORMATS, Link, context, is_ahead, safe_url, scoped
from timeline.store import AnyTimeline, Spill

if TYPE_CHECKING:  # Jinja is imported by the template formats only: JSON never needs it (15 ms of start-up)
    import jinja2

__all__ = [
    "FORMATS", "FORMAT_NAMES", "GROUP_BY", "display_date", "environment", "is_ahead", "md_escape", "output_name",
    "period_heading", "render", "render_chunks", "safe_url", "schema_json", "write_outputs",
]

# Every ASCII character that can start Markdown syntax inside a line (emphasis, code, links, images,
# raw HTML, entities, tables, headings, strikethrough) or a static-site template tag (Liquid's `{%`
# and `{{` in Jekyll, Hugo's `{{<` shortcodes) is neutralised in a way that both CommonMark
# (markdown-it, Hugo, Jekyll) and Python-Markdown (MkDocs) read back as the character itself: a
# backslash where both honour it, a character reference where Python-Markdown would show the
# backslash (it escapes only \\`*_{}[]()>#+-.!) or where a template engine reads the raw file.
MD_ESCAPES = {
    **{char: "\\" + char for char in "\\`*_[]#!>"},
    "&": "&amp;", "<": "&lt;", "{": "&#123;", "}": "&#125;", "|": "&#124;", "~": "&#126;",
}
MD_SPECIAL = re.compile("[" + re.escape("".join(MD_ESCAPES)) + "]")
LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")
# Templates whose names end so are plain text; every other template (custom ones included) is HTML
# and autoescaped, so forgetting an extension fails safe.
PLAIN_SUFFIXES = (".md", ".md.j2", ".txt", ".txt.j2", ".css", ".css.j2")
CUSTOM_PREFIX = "custom:"


def md_escape(text: str) -> str:
    """Escape Markdown control characters so article text cannot change the document."""
    return MD_SPECIAL.sub(lambda found: MD_ESCAPES[found.group()], CONTROL.sub(" ", LINE_BREAKS.sub(" ", str(text))))


def md_url(url: str) -> str:
    """A URL for a Markdown `<…>` link destination: spaces, brackets and non-ASCII percent-encoded."""
    return quote(url, safe=":/?#@!$&'()*+,;=%~[]-._")


def md_source(source: Link) -> str:
    """A source as Markdown: a link when its URL is safe, escaped text otherwise."""
    name = f"[{md_escape(source.text)}](<{md_url(source.url)}>)" if source.url else md_escape(source.text)
    return f"{name} ({md_escape(source.date_label)})" if source.date_label else name


# Joins the words of a phrase that `wrap` must not split ("4 Mar 2024"): a control character, which
# the view model never lets through from article text, so it cannot clash with one in the text.
UNBROKEN = "\x00"


def nobreak(text: str) -> str:
    """A phrase (a date) that `wrap` keeps on one line."""
    return str(text).replace(" ", UNBROKEN)


def wrap(text: str, width: int = 72, indent: str = "", first: str | None = None) -> str:
    """Plain text filled to `width` columns; words, URLs and `nobreak` phrases are never split."""
    start = indent if first is None else first
    filled = textwrap.fill(LINE_BREAKS.sub(" ", str(text)), width=width, initial_indent=start, subsequent_indent=indent,
                           break_long_words=False, break_on_hyphens=False)
    return filled.replace(UNBROKEN, " ")


def _autoescape(name: str | None) -> bool:
    return name is None or not name.endswith(PLAIN_SUFFIXES)


def _builtin_templates() -> str:
    """The built-in templates' folder: the package's own, which importlib.resources would give
    (its readers import zipfile, some 1 % of a one-article page build)."""
    spec = find_spec("timeline.templates")
    if spec is None or spec.origin is None:
        raise RenderError("the built-in templates are not installed")
    return str(Path(spec.origin).parent)


def environment(template_dir: str | Path | None = None, template: str | Path | None = None) -> jinja2.Environment:
    """Jinja environment: a custom template, then `template_dir`, then the built-in templates.

    Templates render in Jinja's sandbox: a template from --template or --template-dir can read
    the timeline and format it, but not reach Python's internals (`x.__class__`, `__globals__`)."""
    import jinja2
    import jinja2.sandbox

    builtin = _builtin_templates()
    paths = [str(template_dir), builtin] if template_dir else [builtin]
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(paths)]
    if template is not None:
        path = Path(template)
        if not path.is_file():
            raise InputError(f"{path}: template file not found")
        custom = CUSTOM_PREFIX + path.name
        loaders.insert(0, jinja2.FunctionLoader(
            lambda name: path.read_text(encoding="utf-8") if name == custom else None))
    env = jinja2.sandbox.SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders), autoescape=_autoescape, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(md=md_escape, md_source=md_source, md_url=md_url, wrap=wrap, nobreak=nobreak,
                       safe_url=safe_url, scoped=scoped)
    return env


@functools.cache
def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Templates compiled by an earlier run (Jinja checks each against its source): in a folder
    named by Jinja's version and this module's code, which sets the options they compile with;
    none when the folder cannot be made (a read-only home)."""
    import jinja2

    from timeline.render.kept import KeptTemplates

    folder = cache_dir() / f"templates-{digest(jinja2.__version__, Path(__file__).read_bytes())}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return KeptTemplates(str(folder))


def site_front_matter(variables: dict[str, Any]) -> str:
    """YAML front matter for a static site (Jekyll, Hugo; MkDocs reads `title`): the title the
    layout shows as the page's H1, the date of the latest article, and the ordinary page layout."""
    import yaml

    fields: dict[str, Any] = {"title": variables["title"]}
    as_of = variables["as_of"]
    if as_of:  # a YAML timestamp each (one shared object would be written as a YAML alias)
        for key in ("date", "lastmod"):
            fields[key] = clock_moment(as_of) if len(as_of) > 10 else iso_date(as_of)
    fields["layout"] = "page"
    return yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1_000_000)


def _template_name(fmt: str, template: str | Path | None) -> str:
    if template is not None:
        return CUSTOM_PREFIX + Path(template).name
    name = FORMATS[fmt].template
    assert name is not None
    return name


def render(timeline: AnyTimeline, fmt: str = "html", template_dir: str | Path | None = None, group_by: str = "month",
           *, template: str | Path | None = None, locale: str = "en", front_matter: bool = False) -> str:
    """Render a timeline in one format (see `FORMATS`); `template` replaces the format's built-in template;
    `front_matter` starts the Markdown with YAML front matter for Jekyll and Hugo."""
    return "".join(render_chunks(timeline, fmt, template_dir, group_by, template=template, locale=locale,
                                 front_matter=front_matter))


def render_chunks(timeline: AnyTimeline, fmt: str = "html", template_dir: str | Path | None = None,
                  group_by: str = "month", *, template: str | Path | None = None,
                  locale: str = "en", front_matter: bool = False) -> Iterator[str]:
    """`render` given out in pieces as the events are read: json and the template formats
    (except email, whose styles are inlined over the whole page) never hold the whole text.
    Options are checked before the first piece."""
    if fmt not in FORMATS:
        raise RenderError(f"unknown format {fmt!r}: choose one of {', '.join(FORMAT_NAMES)}")
    if group_by not in GROUP_BY:
        raise RenderError(f"unknown grouping {group_by!r}: choose one of {', '.join(GROUP_BY)}")
    parse_locale(locale)
    if fmt == "json":
        if template is not None:
            raise RenderError("json is the model itself and has no template; use --template with a text format")
        return json_chunks(timeline)
    variables = context(timeline, group_by, locale, fmt)
    variables["front_matter"] = site_front_matter(variables) if front_matter and fmt == "md" else ""
    if FORMATS[fmt].template is None:
        if template is not None:
            raise RenderError(f"{fmt} is built by its library and has no template; use --template with a text format")
        if fmt == "timelinejs":
            from timeline.render.timelinejs import render_timelinejs

            return iter([render_timelinejs(variables)])
        from timeline.render.ics import render_ics

        return iter([render_ics(variables)])
    import jinja2

    name = _template_name(fmt, template)
    env = environment(template_dir, template)
    try:
        loaded = env.get_template(name)
    except jinja2.TemplateError as exc:
        raise _template_failure(exc, name) from exc
    except UnicodeDecodeError as exc:
        raise RenderError(f"template {name.removeprefix(CUSTOM_PREFIX)} (or one it loads) is not UTF-8 text") from exc
    if fmt not in EMAIL_FORMATS:
        return _template_chunks(loaded, variables, name)
    from timeline.render.email import check_size, email_variables, inline_email

    variables["email"] = email_variables(variables)
    html = "".join(_template_chunks(loaded, variables, name))
    css = env.loader.get_source(env, "email.css")[0] if fmt == "email-body" else None  # type: ignore[union-attr]
    return iter([check_size(inline_email(html, css), fmt)])


def _template_chunks(template: jinja2.Template, variables: dict[str, Any], name: str) -> Iterator[str]:
    import jinja2

    try:
        yield from template.generate(variables)
    except jinja2.TemplateError as exc:
        raise _template_failure(exc, name) from exc
    except RecursionError as exc:  # a template that includes or calls itself without end
        raise RenderError(f"template {name.removeprefix(CUSTOM_PREFIX)} failed: it includes or calls itself "
                          "without end") from exc
    except UnicodeDecodeError as exc:
        raise RenderError(f"template {name.removeprefix(CUSTOM_PREFIX)} failed: a template it loads is not UTF-8 "
                          "text") from exc


def _template_failure(exc: jinja2.TemplateError, name: str) -> RenderError:
    """A template error as one line: which template, which line, what went wrong."""
    line = getattr(exc, "lineno", None)
    where = f"{getattr(exc, 'name', None) or name}" + (f", line {line}" if line else "")
    return RenderError(f"template {where.removeprefix(CUSTOM_PREFIX)} failed: {exc.message or exc}")


# Bidirectional controls written as JSON escapes: the same data for a program, but no raw
# character that reorders the text of the file where a person reads it.
JSON_BIDI = str.maketrans({char: f"\\u{ord(char):04x}" for char in BIDI_CONTROLS})


def json_chunks(timeline: AnyTimeline) -> Iterator[str]:
    """The timeline as JSON, as `Timeline.model_dump_json(indent=2)` writes it (plus a final
    newline and each event's `id`; bidirectional controls escaped), one event at a time."""
    # str.isascii is a flag CPython keeps on the string: most chunks skip translate's per-character lookups
    return (chunk if chunk.isascii() else chunk.translate(JSON_BIDI) for chunk in _json_chunks(timeline))


def _json_chunks(timeline: AnyTimeline) -> Iterator[str]:
    yield "{"
    written = [name for name, spec in Timeline.model_fields.items() if not spec.exclude]
    for number, name in enumerate(written):
        value = getattr(timeline, name)
        yield f'{"," if number else ""}\n  "{name}": '
        if isinstance(value, str | int | None):
            yield pydantic_core.to_json(value).decode()
            continue
        empty = True
        # events each with its id, as every other format gives it
        texts = _events_json(value) if name == "events" else (item.model_dump_json(indent=2) for item in value)
        for text in texts:
            yield f'{"[" if empty else ","}\n    ' + text.replace("\n", "\n    ")
            empty = False
        yield "[]" if empty else "\n  ]"
    yield "\n}\n"


def _events_json(events: Iterable[Event]) -> Iterator[str]:
    """Each event's JSON (indent 2) with its id. A build's stored events are kept as JSON text:
    that is parsed to plain values and written again indented, not made into a model and dumped
    (the same text, at half the cost)."""
    if not (isinstance(events, Spill) and events.model is Event and events.key is not None
            and events.restore is None):
        return (_event_json(event, ident) for event, ident in event_ids(events))
    items = (pydantic_core.from_json(item) if isinstance(item, str) else item for item in events.raw())
    return (_event_json(item, ident) if isinstance(item, Event) else _plain_json(item, ident)
            for item, ident in event_ids(items, _plain_fields))


def _plain_fields(item: Event | dict[str, Any]) -> tuple[str, str, str, str]:
    """What an event's id is made of, from the event or from its JSON's values."""
    if isinstance(item, Event):
        return item.start, item.end, item.granularity, item.text
    return item["start"], item["end"], item["granularity"], item["text"]


def _plain_json(values: dict[str, Any], ident: str) -> str:
    """An event's JSON from the values of its JSON text, with `ident` as its id (its first field)."""
    values["id"] = ident
    return pydantic_core.to_json(values, indent=2).decode()


NO_ID = '{\n  "id": null,'  # how the JSON of an event without an id opens (`id` is its first field)


def _event_json(event: Event, ident: str) -> str:
    """An event's JSON (indent 2) with `ident` as its id. The id is written into the text of an
    event that has none rather than into a copy of the event: copying a pydantic model costs a
    build of 30,000 events some 0.2 s, editing the text a hundredth of that."""
    text = event.model_dump_json(indent=2)
    if text.startswith(NO_ID):
        return '{\n  "id": ' + pydantic_core.to_json(ident).decode() + text[len(NO_ID) - 1:]
    return event.model_copy(update={"id": ident}).model_dump_json(indent=2)


def write_outputs(timeline: AnyTimeline, formats: Iterable[str], folder: str | Path, **options: Any) -> list[Path]:
    """Render several formats into `folder` (created if missing) as timeline.<ext>; returns the
    paths. Every file is complete before any replaces an earlier one."""
    from timeline.atomic import write_all_atomic

    unique = list(dict.fromkeys(formats))
    if options.get("template") is not None and len(unique) > 1:
        raise RenderError("--template replaces one format's template: give a single --format")
    rendered = [(fmt, render_chunks(timeline, fmt, **options)) for fmt in unique]  # options checked first
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: with several formats, -o names a folder")
    target.mkdir(parents=True, exist_ok=True)
    paths = [target / output_name(fmt) for fmt in unique]
    write_all_atomic(zip(paths, (chunks for _, chunks in rendered), strict=True))
    return paths


def schema_json() -> str:
    """The JSON Schema of what `--format json` writes (strict: see `timeline.render.schema`)."""
    from timeline.render.schema import schema_json as strict_schema

    return strict_schema()
