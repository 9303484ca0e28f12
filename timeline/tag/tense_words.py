"""Tense words: the readers of the word lists and patterns of text.yaml that the tense cues are
found with (cue patterns, schedule, plan and speech words, the word before a cue), split from
tense.py, which decides the direction a sentence gives a time."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import timeline.language.trie
from timeline.derived import digest, read_derived, write_derived
from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import data_digest, resource, table, word_list
from timeline.language.trie import build_trie, trie_pattern

CUE_CONTEXT = 24  # characters before a cue enough to hold the word before it


def cue_alternatives(language: str, lowered: bool = False) -> tuple[str, str]:
    """The future cues (with the schedule ones, told apart after matching: one pattern is faster)
    and the past cues, each as an alternation, to match ignoring case, or case-sensitively in
    lowered text; kept between runs under a hash of the language's data and of the code that
    makes them (turning the word lists into tries takes a one-article build some 2 % of its work)."""
    name = "cues-" + digest(data_digest(language), Path(__file__).read_bytes(),
                            Path(timeline.language.trie.__file__).read_bytes(), str(lowered)) + ".pickle"
    kept = read_derived(name, tuple)
    if kept is not None and len(kept) == 2:
        return kept
    made = _cue_alternatives(language, lowered)
    write_derived(name, made)
    return made


def _cue_alternatives(language: str, lowered: bool) -> tuple[str, str]:
    ahead = [*word_list(language, "future_cues"), *word_list(language, "schedule_cues")]
    suffix = "".join(cue_char(char, lowered) for char in resource(language, "past_suffix"))
    letters = "[a-z\u0131\u017f]" if lowered else "[a-z]"
    past_words = word_trie([*word_list(language, "past_cues"), *word_list(language, "negated_past_cues")], lowered)
    return f"(?:{word_trie(ahead, lowered)})", rf"(?:{past_words}|{letters}{{3,}}{suffix})"


@lru_cache(maxsize=32)
def word_set(language: str, name: str) -> frozenset[str]:
    """A text.yaml word list as a set, in lower case, to test a matched cue against: schedule cues
    ("play"), deferring verbs ("postponed"), adjective intensifiers ("so excited"), modal perfects."""
    return frozenset(word.lower() for word in word_list(language, name))


def present_verb_near(before: str) -> bool:
    """Whether one of the last four words before a time can be a present verb in "-s" ("votes",
    not "press" nor "Tuesday's"), as the present-fixture patterns need: a test of a few words that
    spares most expressions two pattern searches."""
    return any(len(word) >= 4 and word.endswith("s") and word[-2] != "s" and word.isalpha() and word.islower()
               and word.isascii() for word in before.split()[-4:])


@lru_cache(maxsize=64)  # (15 patterns a language: a smaller cache would churn)
def text_pattern(language: str, name: str) -> re.Pattern[str]:
    """A text.yaml pattern, compiled ignoring case: arranged_future, readying_for, fixture_on,
    countdown_before, closing_on, next_in_series."""
    return compile_kept(resource(language, name), re.I)


# The letters that matching ignoring case takes for an ASCII one and that `str.lower` leaves as
# they are (dotless i, long s); the other look-alikes lower to ASCII, or change the length of the text.
LOWERED_LOOK_ALIKES = {"i": "[i\u0131]", "s": "[s\u017f]"}


def cue_char(char: str, lowered: bool) -> str:
    """A character of a cue as a pattern: in lowered text, with the look-alikes of its letter."""
    return LOWERED_LOOK_ALIKES.get(char, re.escape(char)) if lowered else re.escape(char)


def word_trie(words: list[str], lowered: bool = False) -> str:
    """Alternation of words with shared beginnings factored out ("will(?: be)?"): a regex tries
    one branch per character instead of every word; longer words still win, as sorted longest first."""
    return trie_pattern(build_trie(word.lower() for word in words), lambda char: cue_char(char, lowered))


@lru_cache(maxsize=8)
def cue_pattern(language: str, lowered: bool = False) -> re.Pattern[str]:
    """Future and past cues in one pattern, future first: where both fit ("set to", "scheduled"),
    the future one is the cue, as the nearest-cue rule would choose anyway. `lowered`: for text
    lowered by `str.lower` to the same length (twice as fast as matching ignoring case)."""
    future, past = cue_alternatives(language, lowered)
    # A cue starts no word ("(?<![\w])" once for both, so the search passes over the inside of a
    # word in one test) and ends one.
    return compile_kept(rf"(?<![\w])(?:(?P<future>{future})(?![\w])|(?P<past>{past})(?![\w]))", 0 if lowered else re.I)


@lru_cache(maxsize=8)
def cues_lower_alike(language: str) -> bool:
    """True when no cue word holds a non-ASCII letter (whose look-alikes lowered text may not show)."""
    words = [*word_list(language, "future_cues"), *word_list(language, "past_cues"),
             *word_list(language, "schedule_cues"), resource(language, "past_suffix")]
    return not any(not char.isascii() and char.lower() != char.upper() for word in words for char in word)


@lru_cache(maxsize=8)
def speech_participle(language: str) -> re.Pattern[str]:
    """A reporting participle that opens a clause of what was said ("released a letter on
    Wednesday [saying] he would be away"): the tense after it is the report's, not the day's."""
    return compile_kept(rf"(?<![\w])(?:{word_trie(sorted(word_set(language, 'speech_participles')))})(?![\w])", re.I)


@lru_cache(maxsize=8)
def infinitive(language: str) -> re.Pattern[str]:
    """ "to" and a lower-case word that is no determiner nor object pronoun: "were called to the
    house on Sunday" is no call to do something on Sunday."""
    return compile_kept(rf"(?<![\w])[Tt]o\s+(?!(?:{word_trie(word_list(language, 'not_after_infinitive_to'))})(?![\w]))"
                        r"([a-z]+)(?![\w])")


@lru_cache(maxsize=8)
def adjectival_words(language: str) -> frozenset[str]:
    """The determiners and modifiers a past form may follow as an adjective or noun."""
    return word_set(language, "adjective_determiners") | word_set(language, "adjective_modifiers")


def after_determiner(text: str, floor: int, word_start: int, previous: str, language: str) -> bool:
    """True when the word before a past form (`previous`, starting at `word_start`) is a
    determiner, or an adverb or modifier right after one ("the [revised]", "a still [unspecified]")."""
    determiners = word_set(language, "adjective_determiners")
    if previous in determiners:
        return True
    if not (previous.endswith("ly") or previous in word_set(language, "adjective_modifiers")):
        return False
    return word_before(text, max(floor, word_start - CUE_CONTEXT), word_start)[1].lower() in determiners


def word_before(text: str, floor: int, position: int) -> tuple[int, str]:
    r"""Where the word that spaces part from `position` starts, and the word ("" when none): what
    `(\w+)\s+$` finds in text[floor:position], read backwards (a search tried every start in the
    window: two to three times slower). `str.isspace` and `str.isalnum` class characters as the
    pattern's `\s` and `\w` do."""
    end = position
    while end > floor and text[end - 1].isspace():
        end -= 1
    start = end
    if end < position:
        while start > floor and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
    return start, text[start:end]


@lru_cache(maxsize=8)
def cue_vocabulary(language: str) -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str],
                                            frozenset[str], frozenset[str], frozenset[str]]:
    """The tables and word sets `tense_cues` reads each cue against, fetched once per language (it
    runs for every sentence an expression asks the tense of): participle auxiliaries, directive
    verbs, schedule cues, deferring verbs, adjective intensifiers, modal perfects, plan verbs."""
    return (table(language, "participle_auxiliary"), table(language, "directive_verb"),
            word_set(language, "schedule_cues"), word_set(language, "deferring_verbs"),
            word_set(language, "adjective_intensifiers"), word_set(language, "modal_perfects"),
            word_set(language, "plan_verbs"))


def speech_present(language: str, verb: str) -> bool:
    """True when a present verb in "-s" reports speech ("says", "insists", "notes": a speech verb
    itself, or its past in "-ed")."""
    speech, verb = word_set(language, "speech_verbs"), verb.lower()
    return verb in speech or f"{verb[:-1]}ed" in speech or f"{verb[:-1]}d" in speech


@lru_cache(maxsize=8)
def not_happened(language: str) -> frozenset[str]:
    """Past cues that do not tell something took place at the time they govern: speech and
    directive verbs, verbs that put off or arrange, and the others of `not_happened_past`."""
    return frozenset({*word_set(language, "not_happened_past"), *word_set(language, "speech_verbs"),
                      *table(language, "directive_verb"), *word_set(language, "deferring_verbs"),
                      *word_set(language, "plan_verbs"), *word_set(language, "slot_participles")})


@lru_cache(maxsize=8)
def commitments(language: str) -> frozenset[str]:
    """Past verbs of asking or promising that look ahead only through an infinitive ("promised to
    rebuild by [August]"): right before a time of their own they date the act ("promised in
    [August] that …"). Speech verbs and the other `not_happened` words are left out."""
    others = {*word_set(language, "not_happened_past"), *word_set(language, "speech_verbs"),
              *word_set(language, "deferring_verbs"), *word_set(language, "plan_verbs"),
              *word_set(language, "slot_participles")}
    return frozenset(set(table(language, "directive_verb")) - others)


def names_past_outcome(text: str, start: int, end: int, language: str = "en", floor: int = 0) -> bool:
    """text[start:end] is a time's possessive before a noun of what was decided or happened
    ("will appeal [Wednesday]'s ruling"): gone, whatever the verb's tense; not when it is awaited
    ("ahead of [Friday]'s verdict"). `floor`: where the sentence starts."""
    return text.startswith(("'s", "’s"), end) and outcome_after(language).match(text, end) is not None \
        and not text_pattern(language, "awaited_before").search(text, max(floor, start - CUE_CONTEXT), start)


@lru_cache(maxsize=8)
def outcome_after(language: str) -> re.Pattern[str]:
    """A possessive right after an expression and a noun of what was decided or happened, perhaps
    after one adjective or a score ("[Wednesday]'s ruling", "[Tuesday]'s deadly blast", "[Saturday]'s
    2-1 win")."""
    nouns = word_trie(sorted(word_set(language, "outcome_nouns")))
    return compile_kept(rf"['’]s\s+(?:[a-z-]+\s+|\d{{1,3}}[-–]\d{{1,3}}\s+)?(?:{nouns})(?![\w])", re.I)


IDIOM_CLOSED = lazy(r"\s*(?:[,.;:!?)\u2013\u2014]|$)")  # what ends "as planned" as an aside
DO_REACH = 24  # characters before a verb that hold "didn't the Rovers "


def directs_nothing(text: str, floor: int, start: int, end: int, word: str, language: str) -> bool:
    """True when the cue text[start:end] (`word`, lowered) gives no direction: a schedule verb's
    base after "did" ("did not meet on [Monday]": "did" tells the past), a participle of an idiom
    after "as" ("as planned"), "left" after a count of time ("40 days left until"), a base-form past
    opening a clause before an object (an imperative: "[Friday 10am], set your alarms"), a past that
    starts a name ("the Met Office says", text.yaml name_pasts), a label before a colon ("JUST
    ANNOUNCED: … on sale [Fri]", label_past), a participle of a plan ("alarm set for", planned_for).
    `floor`: where the sentence starts."""
    label = text_pattern(language, "label_past").match(text, floor, end + 3) if start - floor < CUE_CONTEXT else None
    if text_pattern(language, "name_pasts").match(text, start) or (label is not None and label.end() > end):
        return True  # (the cue is the label's word: not "- water: the council turned the taps off on monday")
    if text_pattern(language, "planned_for").match(text, start):  # "alarm set for 5.45am"
        before = word_before(text, max(floor, start - CUE_CONTEXT), start)[1].lower()
        if before == "":  # its subject left out after a comma: "brunch [Sunday 11am], booked for 6"
            return start > floor and text[floor:start].rstrip().endswith(",")
        return before not in word_set(language, "planned_for_not_after")
    if word in word_set(language, "schedule_cues"):
        reach = max(floor, start - DO_REACH)
        return text.find("id", reach, start) >= 0 and text_pattern(language, "do_support_before").search(
            text, reach, start) is not None
    if word in word_set(language, "countdown_participles"):  # "with 40 days [left] until … 25 June"
        return text_pattern(language, "countdown_count_before").search(text, max(floor, start - CUE_CONTEXT),
                                                                      start) is not None
    if word in word_set(language, "as_idiom_participles"):
        # (closed by punctuation: "as agreed on [Monday]" is a verb of its own that dates the time)
        return word_before(text, max(floor, start - CUE_CONTEXT), start)[1].lower() == "as" \
            and IDIOM_CLOSED.match(text, end) is not None
    return word in word_set(language, "base_form_pasts") and opens_clause(text, floor, start) \
        and text_pattern(language, "imperative_object").match(text, end) is not None


def opens_clause(text: str, floor: int, start: int) -> bool:
    """True when text[start:] opens the sentence, or follows a line break, a comma or an emoji."""
    before = text[floor:start].rstrip(" \t")
    return before == "" or before[-1] in "\n," or unicodedata.category(before[-1]) == "So"
