"""The models' shortcuts: an instance made without validation (`trusted`) is the validated one."""

from __future__ import annotations

import copy
import pickle

from timeline.models import Interval, Timex, trusted

FIELDS = {"start": 3, "end": 11, "text": "March 5", "type": "DATE", "value": "2019-03-05", "mod": None,
          "freq": None, "quant": None, "rule": "month_day", "anchor": "2019-02-21",
          "interval": Interval(start="2019-03-05", end="2019-03-05", granularity="day")}


def test_a_trusted_timex_is_the_validated_one() -> None:
    made, validated = trusted(Timex, dict(FIELDS)), Timex.model_validate(FIELDS)
    assert made == validated
    assert repr(made) == repr(validated)
    assert made.model_dump() == validated.model_dump()
    assert made.model_dump(exclude_none=True) == validated.model_dump(exclude_none=True)
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.model_fields_set == validated.model_fields_set
    moved = made.model_copy(update={"start": 10, "end": 18})
    assert moved == validated.model_copy(update={"start": 10, "end": 18})
    assert pickle.loads(pickle.dumps(made)) == validated
    assert copy.deepcopy(made) == validated


def test_timex_has_nothing_trusted_would_skip() -> None:
    """`trusted` sets fields only: no validator, private attribute or post-init may depend on it."""
    assert not Timex.__pydantic_decorators__.field_validators
    assert not Timex.__pydantic_decorators__.model_validators
    assert not Timex.__private_attributes__
    assert Timex.__pydantic_post_init__ is None
    assert set(FIELDS) == set(Timex.model_fields)
