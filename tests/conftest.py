"""Shared fixtures and paths for the test suite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_f7a716b8d4d95fdf.txt"
CORPORA = SHARED / "corpora"
EXAMPLES = ROOT / "examples"
ANCHOR = dt.datetime(2019, 2, 21)  # a Thursday: the seed article's publication date


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("the seed article (../shared/seeds) is absent")
    return SEED
