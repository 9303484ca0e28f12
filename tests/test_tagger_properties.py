"""Property tests: on any text the tagger returns sorted, disjoint spans with valid TIMEX3 values."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from functools import cache

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.tag.lead_index import LeadIndex, candidate_pattern
from timeline.tag.leads import ASCII_FOLD, pattern_lead_paths
from timeline.tag.match import rule_matches
from timeline.tag.rules import load_rules
from timeline.tag.tagger import tag_text

# TIMEX3 values: calendar dates down to minutes, weeks, weekends, quarters, halves, seasons,
# decades and centuries (BC too), fiscal years, parts of days, durations and the X-patterns of
# sets, plus the three fuzzy reference tokens.
_YEAR = r"(?:BC)?(?:\d{4}|X{4})"
_DAY = r"(?:\d{2}|XX)"
_PART = r"T(?:MO|AF|EV|NI|DT)"
_CLOCK = r"T(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?"
_DATE = (
    rf"{_YEAR}(?:-(?:\d{{2}}|XX)(?:-{_DAY})?|-W(?:\d{{1,2}}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12]"
    r"|-(?:SP|SU|FA|WI))?"
)
_DURATION = (
    r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|H|DE|CE|WE))+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?"
    r"|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
)
TIMEX3_VALUE = re.compile(
    rf"^(?:{_DATE}(?:{_PART}|{_CLOCK})?|XXXX-WXX-[1-7](?:{_PART})?|(?:BC)?\d{{2,3}}|FY\d{{4}}"
    rf"|{_DURATION}|PAST_REF|PRESENT_REF|FUTURE_REF)$"
)

TEMPORAL_FRAGMENTS = [
    "yesterday", "tomorrow", "today", "tonight", "last", "next", "this", "week", "weekend", "month",
    "year", "quarter", "decade", "century", "Monday", "Friday", "Sunday", "March", "May", "Sept.",
    "December", "the", "of", "in", "on", "at", "ago", "later", "earlier", "before", "after", "from",
    "now", "recently", "soon", "the past", "the coming", "early", "mid-", "late", "the end of",
    "nearly", "more than", "at least", "about", "or so", "two", "three", "a", "half", "and a half",
    "1/2", "few", "several", "days", "weeks", "months", "years", "hours", "minutes", "noon",
    "midnight", "p.m.", "a.m.", "EST", "GMT", "morning", "night", "every", "each", "daily",
    "twice", "times", "per", "third-quarter", "fiscal", "1998", "2019", "'80s", "1990s", "21st",
    "3", "15", "31", "2/21/2019", "2019-02-21", "10:45", "Christmas", "Thanksgiving", "spring",
    "summer", "BC", "-", ",", ".", "\n", "  ", "’s", "'s", "(", ")", "\"",
]
NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
FRAGMENT_TEXT = st.lists(st.one_of(st.sampled_from(TEMPORAL_FRAGMENTS), NOISE), max_size=30).map(" ".join)
ANCHORS = st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2090, 12, 31))
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_invariants(text: str, anchor: dt.datetime) -> None:
    """The tagger's contract on one text."""
    timexes = tag_text(text, anchor)
    previous_end = 0
    for timex in timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.start >= previous_end, "spans overlap or are out of order"
        assert timex.text == text[timex.start:timex.end]
        assert timex.type in {"DATE", "TIME", "DURATION", "SET"}
        assert TIMEX3_VALUE.match(timex.value), f"invalid TIMEX3 value {timex.value!r} for {timex.text!r}"
        previous_end = timex.end


def test_validator_accepts_and_rejects() -> None:
    good = ["2019-02-21", "2019-W08", "2019-W07-WE", "2019-Q3", "2019-H2", "2019-SU", "199", "19",
            "2019-02-21T14:30", "2019-02-21TNI", "P3M", "PT24H", "P2Y6M", "PXY", "PT1M30S",
            "XXXX-WXX-1", "XXXX-WXX-2TNI", "XXXX-07", "PAST_REF", "FY2019", "BC0404", "1989-WXX",
            "2019-02-21T24:00", "P1DT12H", "XXXX-SP"]
    bad = ["", "2019-2-21", "yesterday", "P", "PT", "2019-Q5", "REF day -1", "WEEKDAY 3 tense",
           "2019-W08-8", "DUR 3 month", "PAST", "2019-02-21T25:00"]
    assert all(TIMEX3_VALUE.match(v) for v in good), [v for v in good if not TIMEX3_VALUE.match(v)]
    assert not any(TIMEX3_VALUE.match(v) for v in bad), [v for v in bad if TIMEX3_VALUE.match(v)]


@SETTINGS
@given(text=st.text(max_size=200), anchor=ANCHORS)
def test_arbitrary_text(text: str, anchor: dt.datetime) -> None:
    check_invariants(text, anchor)


@SETTINGS
@given(text=FRAGMENT_TEXT, anchor=ANCHORS)
def test_temporal_fragments_mixed_with_noise(text: str, anchor: dt.datetime) -> None:
    check_invariants(text, anchor)


@settings(max_examples=60, deadline=None)
@given(anchor=ANCHORS, day=st.integers(1, 31), month=st.sampled_from(["Feb.", "April", "June", "Sept."]))
def test_impossible_dates_are_not_values(anchor: dt.datetime, day: int, month: str) -> None:
    check_invariants(f"The vote was held on {month} {day}. The deadline is {month} {day}, 2019.", anchor)


def _scanned(text: str) -> list[tuple[str, int, int]]:
    """Every rule's matches as running its pattern over the whole text finds them."""
    return sorted((rule.name, found.start(), found.end()) for rule in load_rules().rules
                  for found in rule.regex.finditer(text) if found.end() > found.start())


def _led(text: str) -> list[tuple[str, int, int]]:
    return sorted((rule.name, found.start(), found.end()) for rule, found in rule_matches(text, load_rules()))


UNICODE_NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=3)
LEAD_TEXT = st.lists(st.one_of(st.sampled_from(TEMPORAL_FRAGMENTS), UNICODE_NOISE,
                               st.sampled_from(["\u0130", "\u017f", "\u212a", "ſunday", "MAY", "Q3", "3rd", "½",
                                                "’90s", "\u00a0", "2moro", "430pm", "4:30"])),
                     max_size=30).map(lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts)))


@SETTINGS
@given(text=LEAD_TEXT)
def test_rules_tried_at_their_leads_find_what_a_full_scan_finds(text: str) -> None:
    assert _led(text) == _scanned(text)


@pytest.mark.parametrize(("text", "alike"), [("May 3", True), ("May\x1c3", False), ("x\x1f", False), ("\x1d", False),
                                             ("Èt May 3", True), ("Èt\x1eMay", False), ("ſunday", False), ("", True)])
def test_standard_reads_only_text_both_modules_class_alike(text: str, alike: bool) -> None:
    from timeline.tag.leads import standard_reads

    assert standard_reads(text) is alike


# The candidate scan reads the character before each token: a token at the very start of the text,
# one right after a sign that is itself a token ("'98"), and ASCII and other text alike.
@pytest.mark.parametrize("text", ["2019 was dry", "March 3, 2019", "'98 and '99", "(2019) and [May 3]", "May",
                                  "—May 3", "\u00a0May 3", "ſunday at 3pm", "Èt May 3, 2019", "3", "'", "",
                                  "the 3rd quarter. The 3rd QUARTER;the 3rd quarter", "2019-2020 and 2019–20"])
def test_tokens_found_at_text_start_and_after_signs(text: str) -> None:
    assert _led(text) == _scanned(text)


THIRD_TOKEN_TEXTS = ["3 days later, 3 days ago, 3 days.", "five to seven weeks; five to the hour", "3 DAYS  LATER",
                     "2,000 people, 2,000,000 days, 2,000 to 3,000 years ago", "2019-20. 2019-2020 season, 3-5 days",
                     "three days  earlier and 2 years and a half later", "3 days", "3 days\u00a0later", "3 days ſo",
                     "the 2019-20 season, 2 days-later", "a couple of days later", "12.5 billion days later"]


@pytest.mark.parametrize("text", THIRD_TOKEN_TEXTS)
def test_rules_tried_by_their_third_token_find_what_a_full_scan_finds(text: str) -> None:
    assert _led(text) == _scanned(text)


def test_a_rule_is_not_tried_where_its_third_token_cannot_follow() -> None:
    """ "3 days [later]": the token after the pair tells whether the rule is worth trying."""
    ruleset = load_rules()
    later = next(index for index, rule in enumerate(ruleset.rules) if rule.name == "units_later_earlier")
    assert pattern_lead_paths(ruleset.rules[later].regex.pattern)[1]["days"] >= {("later", True)}
    tried = {text: any(later in rules for _, rules in ruleset.leads.starts(text))
             for text in ("3 days later", "3 days LATER", "3 days ago", "3 days", "3 days, later")}
    assert tried == {"3 days later": True, "3 days LATER": True, "3 days ago": False, "3 days": False,
                     "3 days, later": False}


@pytest.mark.parametrize(("pattern", "tried"), [
    (r"(?<![\w])\d+\s+days(?:\s+later)?", {"3 days later": True, "3 days ago": True, "3 days": True}),
    (r"(?<![\w])\d+\s+days\s+(?:later|ago)", {"3 days later": True, "3 days ago": True, "3 days": False}),
    (r"(?<![\w])\d+\s+days\s+\w", {"3 days later": True, "3 days ago": True, "3 days": True}),
    (r"(?<![\w])\d+\s+days(?:\s+later|[.])", {"3 days later": True, "3 days ago": False, "3 days.": True,
                                            "3 days,": False}),
    (r"(?<![\w])\d+\s+days(?:\s+later|(?![\w]))", {"3 days later": True, "3 days ago": True, "3 days,": True}),
    (r"(?<![\w])\d+,\d+\s+(?:days|weeks)", {"3,000 days": True, "3,000 people": False, "3,000": False}),
    (r"(?<![\w])\d+(?:,\d+)+\s+days", {"3,000 days": True, "3,000 people": False, "3,000,000 days": True}),
])
def test_a_third_token_rules_out_only_what_cannot_follow(pattern: str, tried: dict[str, bool]) -> None:
    """A rule is passed over where the token after the second one cannot go on with its
    match; a second token that may end a match keeps its rule tried whatever follows."""
    index = LeadIndex.build([pattern])
    assert {text: any(rules for _, rules in index.starts(text)) for text in tried} == tried


@cache
def _every_pair_word_a_candidate() -> LeadIndex:
    """The lead index, with a candidate pattern that finds every word that may open a pair."""
    leads = load_rules().leads
    keys, prefixes = set(leads.first.whole) | set(leads.second), set(leads.first.prefix)
    return dataclasses.replace(leads, candidates=candidate_pattern(keys, prefixes),
                               lowered_candidates=candidate_pattern(keys, prefixes, True), cache={}, pair_cache={},
                               folded_cache={}, folded_pair_cache={})


def _starts(leads: LeadIndex, text: str) -> list[list[tuple[int, tuple[int, ...]]]]:
    return [list(leads.starts(text, standard)) for standard in (None, False)]  # either module's scanner


@SETTINGS
@given(text=LEAD_TEXT)
def test_words_passed_over_for_what_follows_them_start_no_rule(text: str) -> None:
    """A word that opens only pairs is a candidate only when what follows may complete one: the
    rules tried where are those tried when every such word is a candidate."""
    assert _starts(load_rules().leads, text) == _starts(_every_pair_word_a_candidate(), text)


@pytest.mark.parametrize("text", ["the council met; the third quarter", "3 percent, 3 days ago, 3-day, 3.5 weeks",
                                  "a day-long a-day A FEW WEEKS at present at the time", "the ſecond half, the"])
def test_followers_keep_the_rules_tried(text: str) -> None:
    assert _starts(load_rules().leads, text) == _starts(_every_pair_word_a_candidate(), text)


def test_leads_cover_every_rule() -> None:
    """Every shipped rule has readable leads (none falls back to scanning the whole text)."""
    ruleset = load_rules()
    assert [ruleset.rules[index].name for index in ruleset.leads.scan] == []


def test_ascii_fold_lists_every_look_alike_of_an_ascii_letter() -> None:
    """The characters case-insensitive matching takes for an ASCII letter, besides A-Z and a-z."""
    chars = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    look_alikes = {char for char in regex.findall(r"[a-z]", chars, flags=regex.IGNORECASE) if not char.isascii()}
    assert look_alikes == {chr(code) for code in ASCII_FOLD}


MONTH_NAMES = "January February March April May June July August September October November December "
NEWS_LINE = "The council met on Tuesday, March 3, and said 2,500 homes would be rebuilt within two years. "
# Each text at scale 1; scale 2 doubles it, so the work can be compared between the two.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "digit runs": lambda k: " ".join("1234567890" * count for count in (1, 4, 30, 200, 2000) for _ in range(k)),
    "one digit run": lambda k: "1234567890" * 4_000 * k,
    "numbers and separators": lambda k: (",".join(str(n % 1000) for n in range(8_000 * k)) + "/"
                                         + ".".join(["12"] * 4_000 * k)),
    "may may": lambda k: "May " * 10_000 * k,
    "months": lambda k: MONTH_NAMES * 500 * k,
    "the the": lambda k: "the " * 10_000 * k,
    "last last": lambda k: "last " * 8_000 * k,
    "commas": lambda k: "," * 40_000 * k,
    "dots": lambda k: "... " * 10_000 * k,
    "no newline": lambda k: NEWS_LINE * 400 * k,
    "open quotation": lambda k: '"' + "He left. " * 5_000 * k,
}
# Rules tried per token, at most: numbers lead the most rules (about 12 each); a rule tried at every
# character instead of at its lead would exceed it many times over.
MAX_ATTEMPTS_PER_TOKEN = 20


def rule_attempts(text: str) -> int:
    """How many (position, rule) pairs the lead index hands to the matcher."""
    return sum(len(rules) for _, rules in load_rules().leads.starts(text))


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_text_takes_linear_work(name: str) -> None:
    """Rules are tried a bounded number of times per token, twice the text costs at most twice the
    attempts, and the whole text is tagged (its speed is measured in bench/, not here)."""
    text, doubled = PATHOLOGICAL[name](1), PATHOLOGICAL[name](2)
    tokens = len(text.split()) + text.count(",") + text.count(".") + 1
    assert rule_attempts(text) <= MAX_ATTEMPTS_PER_TOKEN * tokens
    # (a few tokens where the parts of a text meet are not repeated when it doubles: a small constant)
    assert rule_attempts(doubled) <= 2 * rule_attempts(text) + 2 * MAX_ATTEMPTS_PER_TOKEN
    check_invariants(text, dt.datetime(2019, 2, 21))


CUE_TEXT = st.lists(st.sampled_from(["said", "SAID", "ſaid", "sa\u0131d", "wIll", "w\u0131ll", "\u212aept", "kept",
                                     "İs set to", "is set to", "has", "faded", "FADED", "fad\u0131ed", "’ll",
                                     "Will", "to", "rally", " ", "\n", ".", "Mr.", "é", "ß"]),
                    max_size=20).map(" ".join)


@SETTINGS
@given(text=CUE_TEXT)
def test_tense_cues_in_lowered_text_are_those_found_ignoring_case(text: str) -> None:
    from timeline.tag.tense import tense_cues

    assert tense_cues(text, (0, len(text)), lowered=text.lower()) == tense_cues(text, (0, len(text)))


FORWARD_TEXT = st.lists(st.sampled_from(["until", "UNTIL", "Until", "unt\u0131l", "t\u0130ll", "till", "\u212ay", "by",
                                         "BY", "baby", "by-", "_by", "3by", "before", "Before", "\u017fat", "é",
                                         " ", "  ", "\n", "\u00a0", "\x1c", ",", "Friday"]),
                        max_size=20).map("".join)


@SETTINGS
@given(text=FORWARD_TEXT)
def test_forward_words_in_lowered_text_are_those_found_ignoring_case(text: str) -> None:
    from timeline.language.resources import table
    from timeline.tag.tagger import ForwardWords

    words = table("en", "forward_preposition")
    lowered = text.lower()  # ("tİll" lowers to a longer text: then the words are found ignoring case)
    found = ForwardWords(text, words, lambda: lowered)._find()
    ignoring_case = ForwardWords(text, words, lambda: "")._find()  # (a lowered text of another length)
    assert found == ignoring_case


SENTENCE_TEXT = st.lists(st.sampled_from(["He left.", "Mr. Smith", "said", '"Go.', 'now."', "“Yes.", "No.”", "\n",
                                          "\r\n", "  ", "U.S. troops", "It ended!", "Why?", "3 p.m.", "A", "\u00a0"]),
                         max_size=25).map(" ".join)


@SETTINGS
@given(text=SENTENCE_TEXT)
def test_sentences_found_line_by_line_are_those_of_the_whole_text(text: str) -> None:
    import bisect

    from timeline.language.sentences import sentence_spans
    from timeline.tag.tagger import Sentences

    spans = sentence_spans(text)
    starts = [start for start, _ in spans]
    sentences = Sentences(text, "en")
    for position, char in enumerate(text):
        if not char.isspace():
            index = bisect.bisect_right(starts, position) - 1
            assert sentences.at(position).span == (spans[index] if index >= 0 else (0, len(text)))


@SETTINGS
@given(day=st.dates(), months=st.integers(min_value=-2400, max_value=2400))
def test_add_months_moves_a_day_as_relativedelta_does(day: dt.date, months: int) -> None:
    from dateutil.relativedelta import relativedelta

    from timeline.tag.calendar_units import add_months

    try:
        expected: object = day + relativedelta(months=months)
    except (ValueError, OverflowError) as exc:
        expected = type(exc)
    try:
        found: object = add_months(day, months)
    except (ValueError, OverflowError) as exc:
        found = type(exc)
    assert found == expected
