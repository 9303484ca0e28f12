"""The tree keeps the pipeline's shape: import contracts, a light render stage, the API, module sizes."""

from __future__ import annotations

import doctest
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from tests.conftest import ROOT

PACKAGE = ROOT / "timeline"
STAGE_PACKAGES = ("read", "language", "tag", "render", "evaluation")


def _modules_after(statement: str) -> set[str]:
    """The project's modules loaded, in a fresh interpreter, by one import statement."""
    code = f"{statement}; import sys; print('\\n'.join(m for m in sys.modules if m.startswith('timeline')))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(found.stdout.split())


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" in done.stdout and " 0 broken" in done.stdout


@pytest.mark.parametrize("statement", ["import timeline.render", "import timeline.render.dispatch",
                                       "from timeline import render"])
def test_rendering_does_not_load_the_tagger(statement: str) -> None:
    loaded = _modules_after(statement)
    assert not {m for m in loaded if m.startswith(("timeline.tag", "timeline.language"))}
    if statement.startswith("import"):
        assert not {m for m in loaded if m.startswith(("timeline.read", "timeline.api"))}


def test_a_json_build_of_markdown_loads_no_template_engine_date_formatting_or_other_readers(tmp_path: Path) -> None:
    """Start-up (issue 18): what a JSON build of a Markdown article does not need stays unimported."""
    article = tmp_path / "one.md"
    article.write_text("---\ntitle: Bridge\ndate: 2019-02-21\n---\nThe bridge closed on Tuesday.\n", encoding="utf-8")
    code = ("import sys; from timeline import api; "
            f"tl = api.build_timeline([{str(article)!r}]); api.render(tl, 'json'); "
            "print('\\n'.join(sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    loaded = set(done.stdout.split())
    assert "timeline.events" in loaded and "timeline.render.dispatch" in loaded  # it did build and render
    unneeded = {"jinja2", "babel.dates", "timeline.render.email", "timeline.read.mail", "timeline.read.html",
                "timeline.read.feed", "timeline.read.records", "timeline.read.fetch", "email.parser"}
    assert loaded & unneeded == set()


def test_the_cli_imports_only_the_api_errors_and_models() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in sorted((PACKAGE / "cli").glob("*.py")))
    imported = set(re.findall(r"^\s*(?:from|import) (timeline(?:\.\w+)*)", source, re.M))
    imported |= {f"timeline.{name}" for name in re.findall(r"^\s*from timeline import (\w+)", source, re.M)}
    imported = {name for name in imported if not name.startswith("timeline.cli")}
    assert imported and imported <= {"timeline", "timeline.api", "timeline.errors", "timeline.models"}


def test_the_package_exports_functions_never_submodules() -> None:
    import timeline.render.dispatch
    from timeline import build_timeline, render, tag_text

    assert all(inspect.isfunction(f) for f in (build_timeline, render, tag_text))
    for name in timeline.__all__:
        assert not inspect.ismodule(getattr(timeline, name)), name


def test_the_stage_packages_exist_and_no_module_is_over_500_lines() -> None:
    assert all((PACKAGE / name / "__init__.py").is_file() for name in STAGE_PACKAGES)
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


def test_every_package_ships_in_the_wheel() -> None:
    """pyproject lists the packages by hand: one missing installs fine in editable mode, but not from a wheel."""
    tomllib = pytest.importorskip("tomllib")
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")
               if "__pycache__" not in p.parts}
    assert on_disk <= listed


def test_the_package_docstring_examples_run() -> None:
    from timeline import api

    for module in (timeline, api):
        failures, tried = doctest.testmod(module, verbose=False)
        assert tried and failures == 0, module.__name__


def test_the_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert "last Tuesday DATE 2019-02-19" in capsys.readouterr().out
    assert '"events"' in (tmp_path / "archive.json").read_text(encoding="utf-8")


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and "build" in done.stdout


def test_shared_vocabulary_is_defined_once() -> None:
    from timeline.models import FUZZY_VALUES, GRANULARITIES, SEASONS
    from timeline.render.dates import COARSENESS
    from timeline.tag.intervals import REF_HINTS

    assert set(COARSENESS) == set(GRANULARITIES)
    assert set(REF_HINTS) == FUZZY_VALUES
    assert [SEASONS[s].middle_month for s in ("SP", "SU", "FA", "WI")] == [4, 7, 10, 1]
    sources = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py") if p.name != "models.py")
    assert '"PAST_REF", "PRESENT_REF"' not in sources and '"Spring"' not in sources
