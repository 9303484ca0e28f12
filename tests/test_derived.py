"""Derived data kept between runs (timeline.derived and its users): the same results as without
it, and a damaged, stale or unwritable file only costs time."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from timeline import api
from timeline.derived import read_derived, write_derived
from timeline.language import compiled, resources
from timeline.tag import standard_form, tense_words

TRIE = "(?<![\\w])(?:" + "|".join(f"word{n}(?:s|es)?" for n in range(60)) + ")(?P<tail>\\s+\\d+)?(?![\\w])"


@pytest.fixture
def derived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder of derived data for the test."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]


def test_a_kept_pattern_is_the_pattern_the_standard_module_compiles(derived: Path) -> None:
    text = "Word3 12, word41es and WORD59s 7; sword1 word60"
    first = compiled.compile_kept(TRIE, re.IGNORECASE)
    [kept] = list((derived / "regex").iterdir())
    again = compiled.compile_kept(TRIE, re.IGNORECASE)  # from the kept code
    _same(first, re.compile(TRIE, re.IGNORECASE), text)
    _same(again, re.compile(TRIE, re.IGNORECASE), text)
    kept.write_bytes(b"\x80\x05not a pickle")
    _same(compiled.compile_kept(TRIE, re.IGNORECASE), re.compile(TRIE, re.IGNORECASE), text)
    write_derived(f"regex/{kept.name}", (0, [1, 2, 3], 0, {}, ()))  # code _sre refuses
    _same(compiled.compile_kept(TRIE, re.IGNORECASE), re.compile(TRIE, re.IGNORECASE), text)


LOOKBEHIND = r"(?<!\b(?:was|were|is|been)\s+)\b(?P<verb>said|told|announced|reported)(?:\s+(?:late))?\s+(?:on\s+)?$"


def test_a_kept_regex_module_pattern_is_the_pattern_the_regex_module_compiles(derived: Path) -> None:
    texts = ["They announced on ", "It was announced on ", "She said late ", "They SAID ", "reported"]
    expected = regex.compile(LOOKBEHIND, regex.I)
    first = compiled._compile_recorded(LOOKBEHIND, regex.I)[0]
    compiled.compile_kept_regex(LOOKBEHIND, regex.I)
    [kept] = list((derived / "regex-module").iterdir())
    compiled.compile_kept_regex.cache_clear()
    again = compiled.compile_kept_regex(LOOKBEHIND, regex.I)  # from what was kept
    for pattern in (first, again):
        assert (pattern.pattern, pattern.flags, pattern.groupindex) == (expected.pattern, expected.flags,
                                                                        expected.groupindex)
        assert [m and (m.span(), m.groups()) for m in map(pattern.search, texts)] == \
            [m and (m.span(), m.groups()) for m in map(expected.search, texts)]
    kept.write_bytes(b"\x80\x05not a pickle")
    compiled.compile_kept_regex.cache_clear()
    assert compiled.compile_kept_regex(LOOKBEHIND, regex.I).search(texts[0]).span() == (5, 18)  # compiled anew


def test_a_bad_pattern_is_the_same_error_with_or_without_kept_code(derived: Path) -> None:
    with pytest.raises(re.error):
        compiled.compile_kept("(?<=a|bb)" + "x" * 200)


def test_a_damaged_file_of_derived_data_reads_as_none(derived: Path) -> None:
    write_derived("thing.pickle", {"a": 1})
    assert read_derived("thing.pickle", dict) == {"a": 1}
    assert read_derived("thing.pickle", list) is None  # not of the kind asked for
    (derived / "thing.pickle").write_bytes(b"garbage")
    assert read_derived("thing.pickle", dict) is None


def test_the_standard_module_decision_is_kept_and_a_wrong_one_decided_again(derived: Path) -> None:
    pattern = r"(?<![\w])(?:(?<!\b(?:Man|Good)\s)Friday)(?![\w])"
    decided = standard_form.standard_pattern.__wrapped__(pattern)
    assert decided is not None and decided.pattern == standard_form.split_lookbehinds(pattern)
    standard_form._kept.cache_clear()
    assert standard_form._kept("standard")[pattern] == 1  # read back from the file
    standard_form._kept("standard")[pattern] = 0  # as if an earlier run had decided otherwise: the pattern fails
    again = standard_form.standard_pattern.__wrapped__(pattern)
    assert again is not None and again.pattern == decided.pattern
    standard_form._kept.cache_clear()


def test_parsed_rule_files_are_kept_and_a_damaged_copy_parsed_again(derived: Path) -> None:
    fresh = resources._parsed_files.__wrapped__("en")
    [kept] = list(derived.glob("yaml-*.pickle"))
    assert resources._parsed_files.__wrapped__("en") == fresh
    kept.write_bytes(b"garbage")
    assert resources._parsed_files.__wrapped__("en") == fresh
    assert fresh["tables.yaml"] == resources.load_yaml(resources.rules_dir("en") / "tables.yaml")


@pytest.mark.parametrize("lowered", [False, True])
def test_the_tense_cues_are_kept_and_a_damaged_copy_made_again(derived: Path, lowered: bool) -> None:
    made = tense_words._cue_alternatives("en", lowered)
    assert tense_words.cue_alternatives("en", lowered) == made  # made and kept
    [kept] = list(derived.glob("cues-*.pickle"))
    assert tense_words.cue_alternatives("en", lowered) == made  # from the file
    for damage in (b"garbage", pickle.dumps(("one",))):
        kept.write_bytes(damage)
        assert tense_words.cue_alternatives("en", lowered) == made


def test_an_unwritable_folder_of_derived_data_gives_the_same_page(derived: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.render import dispatch

    article = api.read_text("The bridge closed on Tuesday, officials said.", date=dt.datetime(2019, 2, 21))
    page = api.render(api.timeline_from_articles([article], title="Bridge"), "html")
    (derived / "file").write_text("a file, not a folder")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(derived / "file" / "cache"))  # no one can make it, not even root
    dispatch._bytecode_cache.cache_clear()
    compiled.compile_kept(TRIE)
    write_derived("thing.pickle", 1)
    assert read_derived("thing.pickle", int) is None
    assert api.render(api.timeline_from_articles([article], title="Bridge"), "html") == page
    dispatch._bytecode_cache.cache_clear()


def test_kept_templates_give_the_same_page(derived: Path) -> None:
    from timeline.render import dispatch

    article = api.read_text("The bridge closed on Tuesday, officials said.", date=dt.datetime(2019, 2, 21))
    timeline = api.timeline_from_articles([article], title="Bridge")
    dispatch._bytecode_cache.cache_clear()
    first = api.render(timeline, "html")
    assert list(derived.glob("templates-*/*"))  # compiled templates kept
    for entry in derived.glob("templates-*/*"):
        entry.write_bytes(b"garbage")
    assert api.render(timeline, "html") == first
    dispatch._bytecode_cache.cache_clear()
    assert api.render(timeline, "html") == first
    dispatch._bytecode_cache.cache_clear()


def test_a_lazy_pattern_is_the_compiled_one(derived: Path) -> None:
    """`lazy` and `lazy_regex` compile when first used, and then are the pattern itself."""
    text = "word3 12, words7, word12es 4 and word59"
    standard = compiled.lazy(TRIE, re.IGNORECASE)
    assert "match" not in vars(standard)  # nothing compiled yet
    _same(standard, re.compile(TRIE, re.IGNORECASE), text)  # type: ignore[arg-type]
    assert standard.sub("x", text) == re.compile(TRIE, re.IGNORECASE).sub("x", text)
    reverse = compiled.lazy_regex(r"(\w+)[\s-]+$", regex.REVERSE)
    assert reverse.search("early  ").group(1) == "early"
    assert reverse.flags == regex.compile(r"(\w+)[\s-]+$", regex.REVERSE).flags


PERIOD_LIKE = [  # patterns whose matches end the text, as the period cues of timeline.events.govern
    r"(?<!\b(?:set|due)\b[^,;.]{0,20}) for (?:the )?$",
    r"\b(?:months|weeks?|year)\s+(?:to|ended|ending)\s+$",
    r"\bfrom\s+(?:(?!\sto\s)[^,;.]|(?<=\d)[.,](?=\d)){0,30}(?:,\s+(?:in|for)\s+)?$",
    r"\b(?:rise|fall)s?\b(?:[^,;.]|(?<=\d)[.,](?=\d)){0,30}\bfrom\s+\d[\d.,]*\s*(?:%|percent)?\s+$",
    r"(?:a|b)+c",  # not anchored at the end: found from the end all the same
]


@given(st.text(alphabet="ab cdefor,.;%12tmuwyhsinlgkx", max_size=60), st.sampled_from(PERIOD_LIKE))
def test_a_pattern_searched_from_the_end_matches_where_the_forward_one_does(text: str, pattern: str) -> None:
    """`kept_backward` answers whether a pattern matches somewhere exactly as a forward search does."""
    backward = compiled.kept_backward(pattern, regex.I)
    assert backward.flags & regex.REVERSE
    assert (backward.search(text) is None) == (regex.compile(pattern, regex.I).search(text) is None)
    for sample in ("profit for the ", "the year to ", "moved it from March 5 to ", "rose 5% from 12.5 percent ",
                   "aab c", "set for the "):
        assert (backward.search(sample) is None) == (regex.compile(pattern, regex.I).search(sample) is None)


def test_a_pattern_whose_matches_depend_on_the_direction_is_searched_forward() -> None:
    """Atomic groups and possessive repeats commit to a choice that depends on the direction."""
    for pattern in (r"(?>a+)ab$", r"a++b$", r"x(?:ab)*+$"):
        assert not compiled.kept_backward(pattern).flags & regex.REVERSE
