"""pydantic's plugin loader stood for while every plugin is disabled (timeline.pydantic_plugins):
no plugins, as the loader says, without importing importlib.metadata; the loader itself answers
anything else, and as soon as the variable lets plugins load."""

from __future__ import annotations

import os
import subprocess
import sys

from timeline import pydantic_plugins

BEFORE_PYDANTIC = "import sys; from timeline import pydantic_plugins as stand_in; stand_in.install(); "


def _run(script: str, disabled: str | None) -> str:
    """Run a script in a fresh interpreter (its own sys.modules) with the variable set or unset."""
    env = dict(os.environ)
    env.pop(pydantic_plugins.VARIABLE, None)
    if disabled is not None:
        env[pydantic_plugins.VARIABLE] = disabled
    done = subprocess.run([sys.executable, "-c", BEFORE_PYDANTIC + script], env=env, capture_output=True,
                          text=True, check=True)
    return done.stdout.strip()


def test_with_every_plugin_disabled_a_model_builds_and_validates_without_importlib_metadata() -> None:
    script = ("from timeline.models import Source; print(Source.model_validate({'title': 'T'}).title, "
              "'importlib.metadata' in sys.modules, sys.modules[stand_in.LOADER] is stand_in, "
              "list(stand_in.get_plugins()))")
    assert _run(script, "__all__") == "T False True []"


def test_the_loader_answers_what_the_stand_in_does_not_know() -> None:
    assert _run("print(stand_in.PYDANTIC_ENTRY_POINT_GROUP, sys.modules[stand_in.LOADER] is stand_in)",
                "__all__") == "pydantic False"


def test_when_the_variable_lets_plugins_load_the_loader_finds_them() -> None:
    script = ("import os; os.environ[stand_in.VARIABLE] = 'logfire'; from timeline.models import Source; "
              "import pydantic.plugin._loader as real; "
              "print(list(stand_in.get_plugins()) == list(real.get_plugins()), real is not stand_in, "
              "'importlib.metadata' in sys.modules)")
    assert _run(script, "1") == "True True True"


def test_without_the_variable_nothing_stands_in() -> None:
    assert _run("print(stand_in.LOADER in sys.modules)", None) == "False"
    assert _run("print(stand_in.LOADER in sys.modules)", "logfire") == "False"
