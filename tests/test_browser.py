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
    pytest.skip("/usr/bin/chromium is absent (make test-browser installs it)", allow_module_level=True)
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


@pytest.mark.parametrize("name", ["page", "fragment", "examples"])
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
