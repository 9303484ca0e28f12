"""Shared fixtures and paths for the test suite."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests run a fixed, derandomized budget in `make test`; `make fuzz` runs them long.
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_f7a716b8d4d95fdf.txt"
CORPORA = SHARED / "corpora"
EXAMPLES = ROOT / "examples"
ANCHOR = dt.datetime(2019, 2, 21)  # a Thursday: the seed article's publication date


@pytest.fixture(autouse=True)
def build_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                       request: pytest.FixtureRequest) -> Path:
    """Every test's `timeline build` caches in a folder of its own (created when first used),
    never in the user's cache, and never reuses what another test extracted."""
    name = hashlib.sha256(request.node.nodeid.encode()).hexdigest()[:16]
    folder = tmp_path_factory.getbasetemp() / "build-caches" / name
    monkeypatch.setenv("TIMELINE_BUILD_CACHE", str(folder))
    return folder


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("the seed article (../shared/seeds) is absent")
    return SEED
