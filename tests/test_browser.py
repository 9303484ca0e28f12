"""The HTML page and the CMS fragment in a real browser: screenshots, phone-width overflow, axe-core.

Needs Debian's chromium (/usr/bin/chromium), playwright (dev extra; it drives that chromium, its
own browser download is not used) and axe-core from npm: `make test-browser` installs all three.
Screenshots go to out/browser/ at phone (375 px) and desktop (1280 px) widths in both themes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_render_golden import fixed_timeline
from timeline.render.dispatch import render

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is absent (make test installs it with apt-get)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is absent (pip install -e '.[dev]')")

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "out" / "browser"
AXE = Path(os.environ.get("AXE_CORE_JS", ROOT / ".venv" / "axe" / "node_modules" / "axe-core" / "axe.min.js"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
WIDTHS = {"phone": 375, "desktop": 1280}
SCHEMES = ("light", "dark")
HOST = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fragment host</title></head>
<body style="margin:0 auto;max-width:40rem;padding:1rem;font-family:Georgia,serif;color:#222;background:#fff">
<main><h1>A CMS article</h1><p>The timeline below was pasted into the article body.</p>
{fragment}
</main></body></html>
"""


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The page and the fragment (inside a plain host page) as files, plus the examples page."""
    from tests.test_render_golden import GOLDEN

    folder = tmp_path_factory.mktemp("browser")
    timeline = fixed_timeline()
    files = {
        "page": render(timeline, "html"),
        "fragment": HOST.format(fragment=render(timeline, "fragment")),
        "email": render(timeline, "email"),
        "examples": (GOLDEN / "examples" / "timeline.html").read_text(encoding="utf-8"),
    }
    paths = {}
    for name, text in files.items():
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def _context(playwright: sync_api.Playwright, profile: Path, javascript: bool) -> sync_api.BrowserContext:
    # A persistent context is how playwright takes a fresh --user-data-dir of our own.
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS, java_script_enabled=javascript,
        viewport={"width": WIDTHS["desktop"], "height": 900})


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[sync_api.BrowserContext, ...]]:
    """Two fresh chromium profiles: JavaScript off (what readers may have) and on (for axe-core)."""
    with sync_api.sync_playwright() as playwright:
        without = _context(playwright, tmp_path_factory.mktemp("profile-nojs"), javascript=False)
        with_js = _context(playwright, tmp_path_factory.mktemp("profile-js"), javascript=True)
        yield without, with_js
        without.close()
        with_js.close()


@pytest.mark.parametrize("name", ["page", "fragment", "examples", "email"])
def test_pages_fit_a_phone_and_are_screenshotted(browser: tuple, documents: dict[str, Path], name: str) -> None:
    page = browser[0].new_page()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(documents[name].as_uri())
    for scheme in SCHEMES:
        page.emulate_media(color_scheme=scheme)
        for label, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(SHOTS / f"{name}-{label}-{scheme}.png"), full_page=True)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} overflows by {overflow}px at {width}px ({scheme})"
    if name != "email":
        assert page.locator("ol li article time[datetime]").count() > 0
    page.close()


@pytest.mark.parametrize("name", ["page", "fragment", "examples"])
def test_axe_finds_no_serious_violations(browser: tuple, documents: dict[str, Path], name: str) -> None:
    if not AXE.exists():
        pytest.skip(f"axe-core is absent at {AXE} (make test-browser installs it)")
    page = browser[1].new_page()
    page.goto(documents[name].as_uri())
    page.add_script_tag(path=str(AXE))
    for scheme in SCHEMES:
        page.emulate_media(color_scheme=scheme)
        for width in WIDTHS.values():
            page.set_viewport_size({"width": width, "height": 900})
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            serious = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
                       for v in result["violations"] if v["impact"] in {"serious", "critical"}]
            assert not serious, f"{name} at {width}px ({scheme}): " + "; ".join(serious)
    page.close()


# What site stylesheets do to bare elements (the rules a fragment met on real sites), and the
# ordinary site styles a fragment should take on: the host's font and link colour.
HOSTILE_CSS = """
li { list-style: square inside; } li::before { content: "→ "; } h2, h3 { display: none; }
p { text-indent: 3em; } article { border: 4px solid red; padding: 1em; } time { background: yellow; }
section { display: grid; grid-template-columns: 1fr 1fr; } ol { padding-left: 4em; }
.tl a { color: inherit; } span, strong { float: right; }
"""
ORDINARY_CSS = "body { font-family: Georgia, serif; color: #222; } a { color: rgb(176, 0, 32); }"
HOST_WITH_CSS = HOST.replace("</title>", "</title><style>{css}</style>")
# Where every element of the timeline sits, relative to the timeline, and what a host could break.
LAYOUT_JS = """() => {
  const root = document.querySelector('.tl').getBoundingClientRect();
  return [...document.querySelectorAll('.tl *')].filter(e => e.tagName !== 'STYLE').map(e => {
    const r = e.getBoundingClientRect(), s = getComputedStyle(e), before = getComputedStyle(e, '::before');
    return [e.tagName, e.className, Math.round(r.x - root.x), Math.round(r.y - root.y), Math.round(r.width),
            Math.round(r.height), s.display, s.listStyleType, s.textIndent, s.borderTopWidth, s.backgroundColor,
            before.content];
  });
}"""


def _layout(browser: tuple, path: Path) -> list:
    page = browser[0].new_page()
    page.goto(path.as_uri())
    layout = page.evaluate(LAYOUT_JS)
    page.close()
    return layout


def test_fragment_keeps_its_look_on_a_hostile_host_page(browser: tuple, tmp_path: Path) -> None:
    fragment = render(fixed_timeline(), "fragment")
    plain, hostile = tmp_path / "plain.html", tmp_path / "hostile.html"
    plain.write_text(HOST.format(fragment=fragment), encoding="utf-8")
    hostile.write_text(HOST_WITH_CSS.format(css=HOSTILE_CSS, fragment=fragment), encoding="utf-8")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser[0].new_page()
    page.goto(hostile.as_uri())
    page.screenshot(path=str(SHOTS / "fragment-hostile-host.png"), full_page=True)
    page.close()
    expected, seen = _layout(browser, plain), _layout(browser, hostile)
    assert len(seen) == len(expected) > 100
    moved = [(want, got) for want, got in zip(expected, seen, strict=True) if want != got]
    assert not moved, f"{len(moved)} elements differ on the hostile host, e.g. {moved[:3]}"
    events = [row for row in seen if row[1] == "tl-event"]
    assert events and all(row[6] == "block" and row[7] == "none" and row[11] == '""' for row in events)
    assert all(row[6] != "none" for row in seen if row[0] in {"H2", "H3"})


def test_fragment_takes_the_host_pages_font_and_link_colour(browser: tuple, tmp_path: Path) -> None:
    path = tmp_path / "ordinary.html"
    path.write_text(HOST_WITH_CSS.format(css=ORDINARY_CSS, fragment=render(fixed_timeline(), "fragment")),
                    encoding="utf-8")
    page = browser[0].new_page()
    page.goto(path.as_uri())
    link = page.evaluate("getComputedStyle(document.querySelector('.tl .tl-sources a')).color")
    font = page.evaluate("getComputedStyle(document.querySelector('.tl .tl-text')).fontFamily")
    page.close()
    assert link == "rgb(176, 0, 32)" and font.startswith("Georgia")


def test_two_fragments_on_one_page_have_unique_ids(browser: tuple, tmp_path: Path) -> None:
    first = fixed_timeline()
    second = first.model_copy(update={"title": "Riverside Library: what comes next", "events": first.events[-4:]})
    path = tmp_path / "two.html"
    path.write_text(HOST.format(fragment=render(first, "fragment") + render(second, "fragment")), encoding="utf-8")
    page = browser[1].new_page()
    page.goto(path.as_uri())
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    dangling = page.evaluate("""[...document.querySelectorAll('[aria-labelledby], a[href^="#"]')]
        .map(e => e.getAttribute('aria-labelledby') || e.getAttribute('href').slice(1))
        .filter(id => !document.getElementById(id))""")
    titles = page.evaluate("[...document.querySelectorAll('section.tl')].map(s => s.getAttribute('aria-labelledby'))")
    if AXE.exists():
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {runOnly: ['duplicate-id', 'duplicate-id-aria']})")
        assert not result["violations"], result["violations"]
    page.close()
    assert len(ids) == len(set(ids)) > 2 * len(second.events)
    assert not dangling and len(set(titles)) == 2


TIMELINEJS = Path(os.environ.get("TIMELINEJS_DIST", ROOT / ".venv" / "timelinejs" / "node_modules" / "@knight-lab"
                                 / "timelinejs" / "dist"))


def test_timelinejs_reads_the_output_as_one_story(browser: tuple, tmp_path: Path) -> None:
    """TimelineJS3 itself (npm) loads the JSON: its checks pass, every event is a slide, no group rows,
    and a window that starts mid-month ("the coming months" from 2 March) sorts after what it follows."""
    if not (TIMELINEJS / "js" / "timeline.js").exists():
        pytest.skip(f"TimelineJS is absent at {TIMELINEJS} (make test installs it with npm)")
    from timeline.models import Event

    timeline = fixed_timeline()
    window = Event(start="2023-03-03", end="2023-06-02", granularity="month", value="FUTURE_REF", approximate=True,
                   upcoming=True, text="More closures are expected in the coming months.", headline="More closures",
                   time_text="in the coming months", source=timeline.events[0].source)
    timeline.events.insert(12, window)  # after the events of 2 March, before the meeting of 18 April
    path = tmp_path / "timelinejs.html"
    path.write_text(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="{(TIMELINEJS / 'css' / 'timeline.css').as_uri()}">
<script src="{(TIMELINEJS / 'js' / 'timeline.js').as_uri()}"></script></head>
<body><div id="embed" style="width: 1000px; height: 650px"></div>
<script>window.story = new TL.Timeline("embed", {render(timeline, "timelinejs")});</script></body></html>""",
                    encoding="utf-8")
    page = browser[1].new_page()
    page.goto(path.as_uri())
    page.wait_for_selector(".tl-slide")
    valid, messages, order, rows, slides = page.evaluate("""[story.config.isValid(), story.config.messages,
        story.config.events.map(e => e.text.headline), document.querySelectorAll('.tl-timegroup').length,
        document.querySelectorAll('.tl-slide').length]""")
    page.close()
    assert valid and messages == {"errors": [], "warnings": []}
    assert slides == len(timeline.events) + 1 and rows == 0  # the title slide, then one per event; no group rows
    assert order.index("More closures") == order.index("Fences went up") + 2  # after both reports of 2 March
    assert order.index("More closures") < order.index("Public meeting on the design")
