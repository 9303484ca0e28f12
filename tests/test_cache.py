"""The build cache: rebuilds reuse each unchanged file's extraction, and the output never changes."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
from pathlib import Path
from types import SimpleNamespace

import platformdirs
import pytest
from click.testing import CliRunner

from timeline import api, cache, pipeline
from timeline.cli import cli
from timeline.read.inputs import Entry

# Articles in several shapes (front matter, a dateline, a JSON Lines file of two records), written for these tests.
ARTICLES = {
    "ferry.md": "---\ntitle: Ferry service resumes\ndate: 2023-05-04\n---\nThe island ferry resumed sailing on "
                "Tuesday after a three-week repair. A second boat joins the route next month.\n",
    "museum.md": "---\ntitle: Museum wing opens\ndate: 2023-05-06\n---\nThe new wing of the city museum opened "
                 "yesterday. The old hall closes in the autumn of 2024 for repairs.\n",
    "council.txt": "Council delays vote\nRIVERTON, May 9, 2023 - The council postponed its vote on the ferry "
                   "budget until June 12. It had met on Monday to discuss the repairs.\n",
    "records.jsonl": '{"title": "Harbour dredging", "date": "2023-05-10", "text": "Dredging of the harbour '
                     'begins on Friday and lasts until the end of July."}\n{"title": "Ferry fares", "date": '
                     '"2023-05-11", "text": "Fares on the island ferry rise by ten percent from next Monday."}\n',
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _render(inputs: list[Path], **options: object) -> tuple[str, str, object]:
    """The JSON and HTML outputs of a build, and its cache statistics."""
    with api.stream_timeline(inputs, title="Island", **options) as stored:  # type: ignore[arg-type]
        timeline = stored.materialize()
        stats = stored.cache
    return api.render(timeline, "json"), api.render(timeline, "html"), stats


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"))


def test_cached_builds_are_byte_identical_to_an_uncached_one(archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    expected = _render([archive])[:2]
    cold = _render([archive], cache=store)
    assert cold[:2] == expected and (cold[2].reused, cold[2].extracted) == (0, 4)  # type: ignore[union-attr]
    assert len(_entries(store)) == 4
    for options in ({}, {"jobs": 2}, {"engine": "dask"}):
        warm = _render([archive], cache=store, **options)
        assert warm[:2] == expected, options
        assert (warm[2].reused, warm[2].extracted) == (4, 0), options  # type: ignore[union-attr]


def test_a_rebuild_extracts_only_new_and_changed_files(archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    _render([archive], cache=store)
    (archive / "museum.md").write_text(ARTICLES["museum.md"].replace("yesterday", "on Sunday"), encoding="utf-8")
    (archive / "quay.md").write_text("---\ntitle: Quay\ndate: 2023-05-12\n---\nThe quay reopens on Monday.\n",
                                     encoding="utf-8")
    json_text, html, stats = _render([archive], cache=store)
    assert (stats.reused, stats.extracted) == (3, 2)  # type: ignore[union-attr]
    assert (json_text, html) == _render([archive])[:2]
    assert "on Sunday" in json_text and "quay reopens" in json_text


def test_settings_that_change_extraction_are_part_of_the_key(archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    _render([archive], cache=store)
    for options in ({"genre": "news"}, {"options": api.read_options(timezone="Europe/Oslo")},
                    {"date": api.parse_date_option("2023-06-01")}):
        _, _, stats = _render([archive], cache=store, **options)
        assert (stats.reused, stats.extracted) == (0, 4), options  # type: ignore[union-attr]
    renamed = archive.rename(archive.parent / "renamed")  # a path is part of each event's source
    _, _, stats = _render([renamed], cache=store)
    assert stats.reused == 0  # type: ignore[union-attr]


def test_an_entry_of_another_version_is_never_used(archive: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "cache"
    expected = _render([archive], cache=store)[:2]
    monkeypatch.setattr(cache, "code_digest", lambda: "another version")
    _, _, stats = _render([archive], cache=store)
    assert (stats.reused, stats.extracted) == (0, 4)  # type: ignore[union-attr]
    monkeypatch.undo()
    # An entry at the right name that says it was written in another context is not trusted either.
    for path in _entries(store):
        header, outcomes = cache._parse_entry(path.read_bytes())
        if header["context"] != cache.open_cache(store, "en", "auto", api.read_options())[0].context:
            path.unlink()  # the other version's own entries
            continue
        forged = [outcome._replace(events=[(key, json.dumps({**json.loads(line), "text": "A forged event."}))
                                           for key, line in outcome.events]) for outcome in outcomes]
        # Whole, not corrupt (its digest matches): only written in another context.
        path.write_bytes(cache._entry_bytes("0" * 64, str(header["name"]), forged))
    json_text, html, stats = _render([archive], cache=store)
    assert (json_text, html) == expected and "forged" not in json_text
    assert (stats.reused, stats.extracted) == (0, 4)  # type: ignore[union-attr]


def test_a_worker_running_other_code_extracts_without_the_cache(archive: Path, tmp_path: Path) -> None:
    """A cluster's worker may run another version than the machine that started the build: the
    entries it would write are keyed by the build's version, so it neither reads nor writes them."""
    store = tmp_path / "cache"
    build_cache, _ = cache.open_cache(store, "en", "auto", api.read_options())
    assert build_cache.runs_here()
    elsewhere = dataclasses.replace(build_cache, code="another version")
    task = (Entry(str(archive / "ferry.md"), False), True)
    result = pipeline._file_result(task, api.read_options(), "en", cache=elsewhere)
    assert result.reused is None and result.warnings == (pipeline.OTHER_CODE,)
    assert result.outcomes[0].events  # extracted all the same
    assert not _entries(store)
    assert pipeline._file_result(task, api.read_options(), "en", cache=build_cache).reused is False
    assert len(_entries(store)) == 1


def test_the_code_digest_is_kept_by_what_stat_says_of_the_files(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "RECENT_NS", 0)  # the package's files may have been written just now
    computed = cache.code_digest.__wrapped__()
    [kept] = (tmp_path / "build-context").iterdir()
    kept.write_bytes(pickle.dumps("the kept digest"))
    assert cache.code_digest.__wrapped__() == "the kept digest"  # read back, not computed
    files = cache._package_files(Path(cache.__file__).resolve().parent)
    relative, path, info = files[0]
    changed = SimpleNamespace(st_size=info.st_size, st_mtime_ns=info.st_mtime_ns + 1, st_ino=info.st_ino)  # newer
    monkeypatch.setattr(cache, "_package_files", lambda root: [(relative, path, changed), *files[1:]])
    assert cache.code_digest.__wrapped__() == computed  # not the kept one: computed again


def test_a_corrupt_entry_is_rebuilt_with_a_one_line_warning(archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    command = ["build", str(archive), "--format", "json", "--cache", str(store), "--report", str(tmp_path / "r.json")]
    first = CliRunner().invoke(cli, command)
    assert first.exit_code == 0, first.output
    broken = _entries(store)[0]
    broken.write_bytes(b'{"format": "timeline-build-cache/1", "outc')
    second = CliRunner().invoke(cli, command)
    assert second.exit_code == 0, second.output
    assert second.stdout == first.stdout
    warnings = [line for line in second.stderr.splitlines() if line.startswith("timeline: warning:")]
    assert len(warnings) == 1 and "is corrupt" in warnings[0], second.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert (report["cache"]["reused"], report["cache"]["extracted"]) == (3, 1)
    assert "cache: 3 reused, 1 extracted, 4 entries" in second.stderr
    assert cache._parse_entry(broken.read_bytes())[1]  # written again, whole


def test_an_unwritable_cache_folder_gives_one_warning_and_a_correct_build(archive: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(archive), "--format", "json", "--cache", str(blocker / "cache")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("timeline: warning:")]
    assert len(warnings) == 1 and "cannot write the build cache" in warnings[0], result.stderr
    uncached = CliRunner().invoke(cli, ["build", str(archive), "--format", "json", "--no-cache"])
    assert result.stdout == uncached.stdout


def test_the_default_folder_is_the_users_cache_unless_the_environment_says(monkeypatch: pytest.MonkeyPatch,
                                                                           tmp_path: Path) -> None:
    monkeypatch.setenv(cache.ENVIRONMENT, str(tmp_path / "elsewhere"))
    assert api.default_cache_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv(cache.ENVIRONMENT)
    assert api.default_cache_dir() == Path(platformdirs.user_cache_dir("timeline", appauthor=False)) / "builds"


def test_the_command_line_caches_in_the_default_folder_unless_told_not_to(archive: Path,
                                                                          build_cache_folder: Path) -> None:
    assert CliRunner().invoke(cli, ["build", str(archive), "--no-cache", "-q"]).exit_code == 0
    assert not build_cache_folder.exists()
    assert CliRunner().invoke(cli, ["build", str(archive), "-q"]).exit_code == 0
    assert len(_entries(build_cache_folder)) == 4


def test_standard_input_is_not_cached(tmp_path: Path) -> None:
    store = tmp_path / "cache"
    result = CliRunner().invoke(cli, ["build", "-", "--format", "json", "--cache", str(store)],
                                input=ARTICLES["ferry.md"])
    assert result.exit_code == 0, result.output
    assert _entries(store) == [] and "cache: 0 reused, 0 extracted" in result.stderr


def test_trimming_drops_the_oldest_entries_and_nothing_else(tmp_path: Path) -> None:
    names = [f"{digit * 64}.json" for digit in "abcd"]
    for age, name in enumerate(names):
        (tmp_path / name).write_bytes(b"x" * 100)
        os.utime(tmp_path / name, ns=(10**18 - age * 10**9, 10**18 - age * 10**9))  # "a" is the newest
    (tmp_path / "notes.json").write_bytes(b"y" * 1000)  # not an entry: never counted nor deleted
    stats = cache.trim(tmp_path, 250)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([names[0], names[1], "notes.json"])
    assert (stats.entries, stats.bytes, stats.dropped) == (2, 200, 2)


def test_cache_max_bounds_a_build(archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    result = CliRunner().invoke(cli, ["build", str(archive), "--cache", str(store), "--cache-max", "1K"])
    assert result.exit_code == 0, result.output
    assert sum(p.stat().st_size for p in _entries(store)) <= 1024
    assert "old entries dropped" in result.stderr
    bad = CliRunner().invoke(cli, ["build", str(archive), "--cache-max", "lots"])
    assert bad.exit_code == 2 and bad.stderr.startswith("timeline: error: ") and bad.stderr.count("\n") == 1


@pytest.mark.parametrize(("text", "size"), [
    ("1000", 1000), ("64K", 65536), ("500M", 500 * 1024**2), ("2G", 2 * 1024**3), ("1.5GiB", 3 * 1024**3 // 2),
    ("3 mb", 3 * 1024**2),
])
def test_sizes(text: str, size: int) -> None:
    assert api.parse_size(text) == size


def test_a_file_name_that_is_not_utf8_is_cached_too(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.md")).write_text(ARTICLES["ferry.md"], encoding="utf-8")
    store = tmp_path / "cache"
    first = _render([folder], cache=store)
    second = _render([folder], cache=store)
    assert first[:2] == second[:2] == _render([folder])[:2]
    assert (second[2].reused, second[2].extracted) == (1, 0)  # type: ignore[union-attr]


def _outcome(*lines: str) -> cache.Outcome:
    events = [(("2023-05-0" + str(index + 1), 0, 3, index * 10), line) for index, line in enumerate(lines)]
    return cache.Outcome(source=None, events=events, names=["ferry"], skipped=None, article=None)


def test_an_entry_gives_back_what_was_kept() -> None:
    outcomes = [_outcome('{"text":"Ferry\\tfares \\u2028rise \\u00e9"}', '{"text":"Two"}'), _outcome(),
                _outcome('{"text":"Three"}')]
    header, parsed = cache._parse_entry(cache._entry_bytes("context", "a.md", outcomes))
    assert parsed == outcomes and (header["context"], header["name"]) == ("context", "a.md")


@pytest.mark.parametrize("damage", [lambda lines: lines[:-1], lambda lines: [*lines, lines[-1]],
                                    lambda lines: [lines[0], lines[1].replace("\t", " ", 1), *lines[2:]]])
def test_an_entry_whose_events_do_not_match_its_outcomes_is_corrupt(damage) -> None:  # type: ignore[no-untyped-def]
    entry = cache._entry_bytes("context", "a.md", [_outcome('{"text":"One"}', '{"text":"Two"}')])
    first, body = entry.split(b"\n", 1)
    damaged = "\n".join(damage(body.decode().split("\n"))).encode()
    header = {**json.loads(first), "sha256": hashlib.sha256(damaged).hexdigest()}  # whole, yet wrong
    with pytest.raises(ValueError):
        cache._parse_entry(json.dumps(header).encode() + b"\n" + damaged)


def test_an_event_that_cannot_be_written_on_one_line_is_not_kept() -> None:
    with pytest.raises(ValueError):
        cache._entry_bytes("context", "a.md", [cache.Outcome(None, [(("2023\t05", 0, 3, 0), "{}")], [], None, None)])


def test_an_entry_that_cannot_be_read_is_extracted_again_with_a_warning(archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache"
    command = ["build", str(archive), "--format", "json", "--cache", str(store)]
    first = CliRunner().invoke(cli, command)
    assert first.exit_code == 0, first.output
    blocked = _entries(store)[0]
    blocked.unlink()
    blocked.mkdir()  # a folder where the entry was: opening it fails (not as a missing file)
    second = CliRunner().invoke(cli, command)
    assert second.exit_code == 0, second.output
    assert second.stdout == first.stdout
    warnings = [line for line in second.stderr.splitlines() if line.startswith("timeline: warning:")]
    assert any("unreadable" in line and "extracting" in line for line in warnings), second.stderr
