"""Same input and options give byte-identical output, whatever the machine's clock, time zone,
locale or hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import EXAMPLES

ENVIRONMENTS = [
    {"TZ": "UTC", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "1"},
    {"TZ": "Asia/Tokyo", "LC_ALL": "C", "PYTHONHASHSEED": "2"},
    {"TZ": "America/Los_Angeles", "LANG": "en_US.UTF-8", "PYTHONHASHSEED": "3"},
]


def _build(fmt: str, extra: dict[str, str]) -> bytes:
    inputs = [str(EXAMPLES / "mixed"), *sorted(str(p) for p in EXAMPLES.glob("*.md"))]
    env = {key: value for key, value in os.environ.items() if key not in {"TZ", "LC_ALL", "LANG"}}
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "build", *inputs, "--format", fmt, "-q"],
                            capture_output=True, env={**env, **extra}, check=True)
    return result.stdout


def test_json_and_markdown_do_not_depend_on_the_environment() -> None:
    for fmt in ("json", "md"):
        outputs = {_build(fmt, extra) for extra in ENVIRONMENTS}
        assert len(outputs) == 1, fmt
