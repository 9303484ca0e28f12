"""The JSON Schema of `--format json` is strict, and every JSON output validates against it (jsonschema)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from tests.test_render_golden import GOLDEN, fixed_timeline
from tests.test_render_safety import hostile_timeline
from timeline import api
from timeline.cli import cli
from timeline.models import Timeline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(api.schema_json())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _errors(validator: jsonschema.Draft202012Validator, document: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_the_schema_names_its_dialect_and_id() -> None:
    schema = json.loads(api.schema_json())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema" and schema["$id"].startswith("urn:")
    assert CliRunner().invoke(cli, ["schema"]).stdout == api.schema_json()


def _event_document() -> dict:
    return json.loads(api.render(fixed_timeline(), "json"))


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d.clear(), "required"),
    (lambda d: d["events"][0].update(start="not a date"), "does not match"),
    (lambda d: d["events"][0].update(end="2023-13-01"), "does not match"),
    (lambda d: d["events"][0].update(start="2023-03-01T25:00"), "does not match"),
    (lambda d: d["events"][0]["source"].update(date="March 2023"), "not valid under any"),  # a string or null
    (lambda d: d.update(as_of="yesterday"), "not valid under any"),
    (lambda d: d["events"][0].update(colour="red"), "Additional properties"),
    (lambda d: d.update(extra=1), "Additional properties"),
    (lambda d: d["events"][0].pop("granularity"), "required"),
    (lambda d: d["events"][0].update(granularity="fortnight"), "is not one of"),
    (lambda d: d["events"][0].update(id=None), "is not of type 'string'"),
    (lambda d: d["events"][0].update(edition="old"), "not valid under any"),
])
def test_the_schema_refuses_what_the_json_format_never_writes(validator, change, where: str) -> None:
    document = copy.deepcopy(_event_document())
    assert not _errors(validator, document)
    change(document)
    errors = _errors(validator, document)
    assert errors and any(where in error for error in errors), errors


def _build_json(*args: str) -> dict:
    cwd = Path.cwd()
    try:
        import os

        os.chdir(ROOT)
        result = CliRunner().invoke(cli, ["build", *args, "--format", "json", "-q"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_json_output_validates(validator) -> None:
    documents = {
        "fixed": _event_document(),
        "golden examples": json.loads((GOLDEN / "examples" / "timeline.json").read_text(encoding="utf-8")),
        "hostile": json.loads(api.render(hostile_timeline(), "json")),
        "empty": json.loads(api.render(Timeline(), "json")),
        "mixed inputs": _build_json("examples/mixed"),
        "selected": _build_json("examples", "--upcoming", "--min-granularity", "day"),
    }
    previous = Timeline.model_validate(documents["mixed inputs"])
    previous.events = previous.events[:2]
    documents["edition"] = json.loads(api.render(api.since(Timeline.model_validate(documents["mixed inputs"]),
                                                           previous), "json"))
    assert {e["edition"] for e in documents["edition"]["events"]} == {"new"}  # all but the two earlier ones
    for name, document in documents.items():
        assert not _errors(validator, document), (name, _errors(validator, document)[:5])
