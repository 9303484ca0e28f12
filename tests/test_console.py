"""The `timeline` process's start: what it sets before the command line runs."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from timeline import console, kept_patterns, pydantic_plugins


@pytest.fixture
def restored_threshold(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give the collector its threshold back (`prepare_process` sets the whole test process's), keep
    no patterns at the test process's exit and leave pydantic's plugin loader in place."""
    monkeypatch.setattr(kept_patterns, "prime", lambda command: None)
    monkeypatch.setattr(pydantic_plugins, "install", lambda: None)  # tests/test_pydantic_plugins.py
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_the_command_skips_pydantic_plugins_and_pytz_zone_checks_by_default(monkeypatch: pytest.MonkeyPatch,
                                                                            restored_threshold: None) -> None:
    monkeypatch.delenv(console.PLUGINS_VARIABLE, raising=False)
    monkeypatch.delenv(console.ZONE_CHECK_VARIABLE, raising=False)
    console.prepare_process()

    assert os.environ[console.PLUGINS_VARIABLE] == "__all__"
    assert os.environ[console.ZONE_CHECK_VARIABLE] == "1"
    assert gc.get_threshold()[0] == console.YOUNG_COLLECTION_EVERY


@pytest.mark.parametrize("chosen", ["", "logfire", "1"])
def test_a_user_who_sets_the_variables_keeps_their_values(monkeypatch: pytest.MonkeyPatch,
                                                          restored_threshold: None, chosen: str) -> None:
    monkeypatch.setenv(console.PLUGINS_VARIABLE, chosen)
    monkeypatch.setenv(console.ZONE_CHECK_VARIABLE, chosen)
    console.prepare_process()

    assert os.environ[console.PLUGINS_VARIABLE] == chosen
    assert os.environ[console.ZONE_CHECK_VARIABLE] == chosen


def test_without_the_zone_check_pytz_gives_the_same_zones() -> None:
    """pytz's switch changes nothing where every zone it lists is on disk (its packages), nor the
    zone babel finds for the machine."""
    pytest.importorskip("pytz")
    script = ("import datetime, pytz, babel.localtime as l; z = pytz.all_timezones; "
              "print(len(z), hash(tuple(z)), repr(l.LOCALTZ), l.LOCALTZ.utcoffset(datetime.datetime(2020, 7, 1)))")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop(console.ZONE_CHECK_VARIABLE, None)
    checked = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    env[console.ZONE_CHECK_VARIABLE] = "1"
    unchecked = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert checked.stdout == unchecked.stdout
    assert checked.stdout.split()[0] != "0"
