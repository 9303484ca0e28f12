"""The JSON Schema of `--format json`: pydantic's schema of the Timeline model, made strict.

What the json format writes, and nothing else, validates: every field is required (the output
always writes them all, but `more_sources`, written when not 0), unknown fields are refused, and
dates must be ISO days or day-and-time (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`; TIMEX3's T24:00 is the
end of a day), ids permalink ids.
"""

from __future__ import annotations

import json
from typing import Any

from timeline.models import Timeline

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:timeline:schema:timeline:1"
DAY = r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
MOMENT = rf"^{DAY}(T([01]\d|2[0-3]):[0-5]\d|T24:00)?$"
EVENT_ID = r"^tl-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}(-\d+)?$"
# The string fields that hold a date or a moment, and their patterns, per definition.
PATTERNS: dict[str, dict[str, str]] = {
    "Timeline": {"as_of": MOMENT},
    "Event": {"start": MOMENT, "end": MOMENT, "id": EVENT_ID},
    "DateClaim": {"start": MOMENT, "end": MOMENT},
    "Source": {"date": MOMENT},
}

# Fields written only when they are not 0 (`exclude_if` in the model): not required.
OPTIONAL: dict[str, set[str]] = {"Event": {"more_sources"}}


def _strings(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The string branches of a property's schema (itself, or the alternatives of an anyOf)."""
    branches = schema.get("anyOf", [schema])
    return [branch for branch in branches if branch.get("type") == "string"]


def _strict(definition: dict[str, Any], patterns: dict[str, str], optional: set[str] | None = None) -> None:
    """Every property required (but the optional ones), no other property allowed, dates and ids constrained."""
    properties = definition.get("properties", {})
    definition["required"] = [name for name in properties if name not in (optional or set())]
    definition["additionalProperties"] = False
    for name, pattern in patterns.items():
        for branch in _strings(properties[name]):
            branch["pattern"] = pattern
    if "id" in patterns:  # the json format always gives an id (it is null only in a model built in Python)
        properties["id"] = {key: value for key, value in properties["id"].items() if key != "anyOf"}
        properties["id"].update(type="string", pattern=patterns["id"])
        properties["id"].pop("default", None)


def timeline_schema() -> dict[str, Any]:
    """The strict JSON Schema (draft 2020-12) of the json format."""
    schema = Timeline.model_json_schema(mode="serialization")  # what is written: no excluded field
    _strict(schema, PATTERNS["Timeline"])
    for name, definition in schema.get("$defs", {}).items():
        _strict(definition, PATTERNS.get(name, {}), OPTIONAL.get(name))
    return {"$schema": DIALECT, "$id": SCHEMA_ID, **schema}


def schema_json() -> str:
    """The schema as the text `timeline schema` prints."""
    return json.dumps(timeline_schema(), ensure_ascii=False, indent=2) + "\n"
