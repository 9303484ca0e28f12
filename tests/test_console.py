"""The `timeline` process's start: what it sets before the command line runs."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

from timeline import console, kept_patterns


@pytest.fixture
def restored_threshold(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give the collector its threshold back (`prepare_process` sets the whole test process's), and
    keep no patterns at the test process's exit."""
    monkeypatch.setattr(kept_patterns, "prime", lambda: None)
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_the_command_skips_pydantic_plugins_by_default(monkeypatch: pytest.MonkeyPatch,
                                                       restored_threshold: None) -> None:
    monkeypatch.delenv(console.PLUGINS_VARIABLE, raising=False)
    console.prepare_process()
    assert os.environ[console.PLUGINS_VARIABLE] == "__all__"
    assert gc.get_threshold()[0] == console.YOUNG_COLLECTION_EVERY


@pytest.mark.parametrize("chosen", ["", "logfire", "1"])
def test_a_user_who_sets_the_plugins_variable_keeps_that_value(monkeypatch: pytest.MonkeyPatch,
                                                               restored_threshold: None, chosen: str) -> None:
    monkeypatch.setenv(console.PLUGINS_VARIABLE, chosen)
    console.prepare_process()
    assert os.environ[console.PLUGINS_VARIABLE] == chosen
