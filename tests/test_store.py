"""Spilling to disk: sorted runs read back in order, stored timelines rendered like in-memory ones."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.store
from tests.conftest import EXAMPLES
from timeline.atomic import write_all_atomic
from timeline.cli import cli
from timeline.errors import InputError
from timeline.models import DateClaim, Event, Skipped, Source, Timeline
from timeline.order import EVICT_EVERY, merge_events, sort_key
from timeline.pipeline import build_timeline, stream_timeline
from timeline.render.dispatch import FORMAT_NAMES, json_chunks, render
from timeline.render.view import event_ids
from timeline.select import Selection, select_events
from timeline.store import Spill, spill_folder

INPUTS = [str(EXAMPLES / "mixed"), *map(str, sorted(EXAMPLES.glob("*.md")))]


def _event(start: str, text: str, position: int = 0, **fields: object) -> Event:
    base = dict(start=start, end=start, granularity="day", approximate=False, upcoming=False, text=text,
                headline=text, time_text="on that day", value=start, source=Source(path="a.txt"), position=position)
    base.update(fields)
    base.setdefault("sources", [base["source"]])  # as extraction gives them
    return Event(**base)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 3)), max_size=120), st.integers(1, 9))
def test_a_sorted_spill_reads_back_as_a_stable_sort(tmp_path_factory: pytest.TempPathFactory,
                                                    keys: list[tuple[int, int]], run_size: int) -> None:
    events = [_event(f"2020-01-{day + 1:02d}", f"event {index}", position=hint)
              for index, (day, hint) in enumerate(keys)]
    spill = Spill(Event, tmp_path_factory.mktemp("spill"), "e", key=sort_key, run_size=run_size)
    spill.extend(events)
    expected = [e.text for e in sorted(events, key=sort_key)]
    assert [e.text for e in spill] == expected
    assert [e.text for e in spill] == expected  # read as often as asked
    assert len(spill) == len(events)


def _source_key(source: Source) -> tuple[object, ...]:
    """A key of every kind a sorted spill writes: any text, negative and large integers, floats, booleans."""
    number = int(source.path or "0")
    return source.title, -number, number * 10**20, number / 3, number % 2 == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=6), max_size=60), st.integers(1, 5))
def test_keys_of_any_text_and_number_read_back_exactly_and_in_order(
        tmp_path_factory: pytest.TempPathFactory, titles: list[str], run_size: int) -> None:
    """Keys are written as JSON arrays by hand and parsed by json's C scanner, and merging runs
    copies their lines as they are: quotes, tabs, newlines, any character sort as Python sorts them."""
    sources = [Source(title=title, path=str(index)) for index, title in enumerate(titles)]
    spill = Spill(Source, tmp_path_factory.mktemp("keys"), "s", key=_source_key, run_size=run_size)
    spill.extend(sources)
    expected = sorted(sources, key=_source_key)
    assert list(spill) == expected
    for _, path in spill.runs:
        for line in path.read_text(encoding="utf-8").split("\n")[:-1]:
            key, _, text = line.partition("\t")
            assert tuple(json.loads(key)) == _source_key(Source.model_validate_json(text))


def test_runs_are_merged_as_they_accumulate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.store, "FAN_IN", 3)
    rng = random.Random(5)
    events = [_event(f"2020-02-{rng.randint(1, 28):02d}", f"e{index}") for index in range(50)]
    spill = Spill(Event, tmp_path, "e", key=sort_key, run_size=4)
    spill.extend(events)
    assert [e.text for e in spill] == [e.text for e in sorted(events, key=sort_key)]
    # 12 runs of 4 were written: 9 merged into one of level 2, the last 3 into one of level 1.
    assert [level for level, _ in spill.runs] == [2, 1] and len(list(tmp_path.iterdir())) == 2
    spill.discard()
    assert list(spill) == [] and not list(tmp_path.iterdir())


def test_items_given_as_text_sort_with_the_others_and_are_restored_from_their_key(tmp_path: Path) -> None:
    """As a build cache hands events over: JSON text without the article's number, which the key holds."""
    def numbered(event: Event, key: tuple[str, int, int, int, int]) -> None:
        event.article = key[3]

    spill = Spill(Event, tmp_path, "e", key=sort_key, run_size=3, restore=numbered)
    rng = random.Random(8)
    events = [_event(f"2020-03-{rng.randint(1, 9):02d}", f"e{index} \t tab", article=index % 4, position=index)
              for index in range(20)]
    for index, event in enumerate(events):
        if index % 2:
            spill.append(event)
        else:
            spill.append_text(sort_key(event), event.model_dump_json(exclude={"article"}))
    read = list(spill)
    assert [e.model_dump_json() for e in read] == [e.model_dump_json() for e in sorted(events, key=sort_key)]


def test_an_unsorted_spill_keeps_the_order_items_came_in(tmp_path: Path) -> None:
    sources = [Source(title=f"t{index}") for index in range(25)]
    spill = Spill(Source, tmp_path, "s", run_size=4)
    spill.extend(sources)
    assert list(spill) == sources


def test_stream_json_is_byte_identical_to_the_model() -> None:
    event = _event("2019-02-21", "Le président a parlé «aujourd'hui» \u2028 \x01.", details=["a", "b"],
                   conflicts=[DateClaim(start="2019-02-20", end="2019-02-20", time_text="hier", source=Source())])
    for model in (Timeline(), Timeline(title="Crise – «2019»", as_of="2019-02-21", events=[event, event],
                                       sources=[Source(title="x", date="2019-02-21")],
                                       skipped=[Skipped(where="b.txt", reason="no date")], events_found=3)):
        with_ids = model.model_copy(update={"events": [e.model_copy(update={"id": ident})
                                                       for e, ident in event_ids(model.events)]})
        assert "".join(json_chunks(model)) == with_ids.model_dump_json(indent=2) + "\n"


def test_a_stored_timeline_renders_every_format_as_the_one_in_memory() -> None:
    memory = build_timeline(INPUTS)
    with stream_timeline(INPUTS) as stored:
        assert stored.materialize() == memory
        for fmt in FORMAT_NAMES:
            assert render(stored, fmt) == render(memory, fmt), fmt
        selection = Selection(start=dt.date(2020, 1, 1), max_events=3, min_granularity="month")
        assert render(select_events(stored, selection), "md") == render(select_events(memory, selection), "md")
    assert not stored.folder.exists()  # closed: its files are gone


def test_merging_still_finds_a_report_after_done_events_left() -> None:
    # Many events of other days come between two reports of one event; the days before it leave the window.
    rng = random.Random(9)
    words = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)) for _ in range(5000)]

    def story(day: str, name: str) -> Event:
        return _event(day, " ".join(rng.sample(words, 6)), source=Source(path=name))

    filler = [story(f"2020-03-{day:02d}", f"f{day}-{i}") for day in range(1, 20) for i in range(EVICT_EVERY // 8)]
    first = _event("2020-03-25", "The harbour bridge reopened to traffic", source=Source(path="one.txt"))
    second = _event("2020-03-25", "Traffic returned as the harbour bridge reopened", source=Source(path="two.txt"),
                    position=1)
    later = [story("2020-04-20", f"g{i}") for i in range(EVICT_EVERY)]
    events = sorted([*filler, first, second, *later], key=sort_key)
    merged = list(merge_events(events))
    assert len(merged) == len(events) - 1
    [bridge] = [e for e in merged if "bridge" in e.text]
    assert [s.path for s in bridge.sources] == ["one.txt", "two.txt"]


def test_a_kept_event_that_took_a_finer_date_leaves_once_when_that_date_is_done() -> None:
    # A month-long event joined by a report of one of its days ends with that day: it is given out
    # once, as soon as that day is done (the end it was first kept with is then stale).
    month = _event("2020-03-01", "The harbour bridge closed for repairs", end="2020-03-31", granularity="month",
                   source=Source(path="one.txt"))
    day = _event("2020-03-05", "The harbour bridge closed for repairs on that day", source=Source(path="two.txt"))
    filler = [_event(f"2020-03-{index % 14 + 16:02d}", f"unrelated story {index}", source=Source(path=f"f{index}"))
              for index in range(2 * EVICT_EVERY)]
    given: list[tuple[int, str]] = []
    for count, event in enumerate(merge_events(sorted([month, day, *filler], key=sort_key))):
        given.append((count, event.text))
    bridge = [text for _, text in given if "bridge" in text]
    assert bridge == ["The harbour bridge closed for repairs on that day"]  # one event, dated by the finer report
    assert given[0][1] == bridge[0]  # out at the first look after its day, while the month is still open


def test_writing_several_files_replaces_none_when_one_fails(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("old a", encoding="utf-8")

    def failing() -> object:
        yield "partial"
        raise InputError("renderer failed")

    with pytest.raises(InputError):
        write_all_atomic([(first, "new a"), (second, failing())])
    assert first.read_text(encoding="utf-8") == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_cli_build_leaves_no_temporary_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spills = tmp_path / "tmp"
    spills.mkdir()
    monkeypatch.setenv("TMPDIR", str(spills))
    monkeypatch.setattr("tempfile.tempdir", None)
    out = tmp_path / "t.json"
    result = CliRunner().invoke(cli, ["build", *INPUTS, "--format", "json", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["events"]
    bad = CliRunner().invoke(cli, ["build", str(EXAMPLES / "mixed"), "--format", "nope"])
    assert bad.exit_code == 2
    assert list(spills.iterdir()) == []
    assert spill_folder().parent == spills


def test_merging_holds_at_most_max_live_events(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.order as order

    monkeypatch.setattr(order, "MAX_LIVE", 40)
    rng = random.Random(2)
    words = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)) for _ in range(3000)]
    # Year-long events all open at once: only the cap makes any of them leave before the end.
    events = sorted((_event(f"2020-01-{index % 28 + 1:02d}", " ".join(rng.sample(words, 6)), end="2020-12-31",
                            granularity="year", source=Source(path=f"s{index}")) for index in range(1200)),
                    key=sort_key)
    held: list[int] = []
    add = order._Merger.add

    def counting(self: order._Merger, event: Event) -> None:
        held.append(len(self.live))
        add(self, event)

    monkeypatch.setattr(order._Merger, "add", counting)
    merged = list(merge_events(events))
    assert sorted(e.text for e in merged) == sorted(e.text for e in events)  # none lost
    assert max(held) <= 40 + EVICT_EVERY


def test_outputs_get_the_umask_permissions_or_keep_the_replaced_files(tmp_path: Path) -> None:
    import os

    umask = os.umask(0o022)
    try:
        new, old = tmp_path / "new.html", tmp_path / "old.html"
        old.write_text("before", encoding="utf-8")
        old.chmod(0o640)
        write_all_atomic([(new, "page"), (old, "page")])
        assert new.stat().st_mode & 0o777 == 0o644  # readable once published, as any new file
        assert old.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(umask)


def test_a_build_collects_garbage_less_often_and_restores_the_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import timeline.pipeline as pipeline

    seen: list[tuple[int, int, int]] = []
    assemble = pipeline._assemble
    monkeypatch.setattr(pipeline, "_assemble", lambda *args, **kwargs: (seen.append(gc.get_threshold()),
                                                                      assemble(*args, **kwargs))[1])
    before = gc.get_threshold()
    with stream_timeline(INPUTS[:2]) as stored:
        assert list(stored.events)
    assert gc.get_threshold() == before
    assert seen == [(max(before[0], pipeline.YOUNG_THRESHOLD), *before[1:])]


def test_stream_json_gives_events_that_have_an_id_already_the_one_of_their_place() -> None:
    event = _event("2019-02-21", "The bridge reopened.")
    model = Timeline(events=[event.model_copy(update={"id": "tl-old"}), event, event])
    with_ids = model.model_copy(update={"events": [e.model_copy(update={"id": ident})
                                                   for e, ident in event_ids(model.events)]})
    assert "".join(json_chunks(model)) == with_ids.model_dump_json(indent=2) + "\n"
    assert '"id": "tl-old"' not in "".join(json_chunks(model))


def _stored(events: list[Event], run_size: int) -> timeline.store.StoredTimeline:
    """A stored timeline of these events: those past the last `run_size` written out as runs."""
    folder = spill_folder()
    kept = Spill(Event, folder, "kept", key=sort_key, run_size=run_size)
    kept.extend(events)
    return timeline.store.StoredTimeline(folder=folder, events=kept, sources=Spill(Source, folder, "sources"),
                                         title="Port", as_of="2019-03-01")


def _varied_events() -> list[Event]:
    """Events as a build keeps them: repeated sentences (ids -2, -3), one with an id already,
    scores of every kind, text JSON must escape, sources and conflicts."""
    rng = random.Random(4)
    texts = ["The ferry «resumed» service.", "Tolls rose by 5%\t\u2028again.", "Le pont a rouvert.", "\u202eNew pier."]
    events = []
    for number in range(40):
        day = f"2019-02-{rng.randint(1, 6):02d}"
        events.append(_event(day, rng.choice(texts), position=number, score=rng.choice([0.0, 1.25, 0.625, 1e-3, 7.0]),
                             more_sources=rng.choice([0, 0, 3]), article=number % 5,
                             conflicts=[DateClaim(start=day, end=day, time_text="then", source=Source(path="b.md"))]
                             if number % 7 == 0 else []))
    events[3] = events[3].model_copy(update={"id": "tl-given"})
    return sorted(events, key=sort_key)


@pytest.mark.parametrize("run_size", [1, 7, 1000])  # all on disk, some of both, all in memory
def test_stored_events_render_json_from_their_text_as_the_models_would(run_size: int) -> None:
    events = _varied_events()
    memory = Timeline(title="Port", as_of="2019-03-01", events=events)
    with _stored(events, run_size) as stored:
        assert "".join(json_chunks(stored)) == "".join(json_chunks(memory))


def test_stored_events_written_out_render_json_without_being_made_into_models(monkeypatch: pytest.MonkeyPatch) -> None:
    events = _varied_events()
    expected = "".join(json_chunks(Timeline(title="Port", as_of="2019-03-01", events=events)))
    with _stored(events, 1) as stored:
        def refuse(*_: object, **__: object) -> Event:
            raise AssertionError("parsed into a model")

        monkeypatch.setattr(Event, "model_validate_json", refuse)
        assert "".join(json_chunks(stored)) == expected


def test_a_sorted_spill_gives_its_items_raw_in_the_order_it_reads_them(tmp_path: Path) -> None:
    events = _varied_events()[::-1]
    spill = Spill(Event, tmp_path, "kept", key=sort_key, run_size=6)
    spill.extend(events)
    raw = list(spill.raw())
    assert any(isinstance(item, str) for item in raw) and any(isinstance(item, Event) for item in raw)
    assert [item if isinstance(item, Event) else Event.model_validate_json(item) for item in raw] == list(spill)


def test_selecting_nothing_keeps_a_stored_timeline_as_it_is() -> None:
    with _stored(_varied_events(), 7) as stored:
        assert select_events(stored, Selection()) is stored
        assert select_events(stored, Selection(max_events=3)) is not stored
