"""Tense: the cue words of a sentence (future and past forms, auxiliaries) that decide which way a
relative expression such as "Tuesday" or "March 3" points (driven by the language's word lists)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Literal

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import resource, table, word_list
from timeline.language.trie import build_trie, trie_pattern

Tense = Literal["past", "present", "future"]
# "perfect": a past form after has/have; "schedule": a present verb of fixtures ("play", "starts"),
# future for a time after it in its clause, nothing otherwise
CueTense = Literal["past", "present", "future", "perfect", "schedule"]


def _cue_alternatives(language: str, lowered: bool = False) -> tuple[str, str]:
    """The future cues (with the schedule ones, told apart after matching: one pattern is faster)
    and the past cues, each as an alternation, to match ignoring case, or case-sensitively in
    lowered text."""
    ahead = [*word_list(language, "future_cues"), *word_list(language, "schedule_cues")]
    suffix = "".join(_char(char, lowered) for char in resource(language, "past_suffix"))
    letters = "[a-z\u0131\u017f]" if lowered else "[a-z]"
    past_words = _trie(word_list(language, "past_cues"), lowered)
    return f"(?:{_trie(ahead, lowered)})", rf"(?:{past_words}|{letters}{{3,}}{suffix})"


@lru_cache(maxsize=32)
def _words(language: str, name: str) -> frozenset[str]:
    """A text.yaml word list as a set, in lower case, to test a matched cue against: schedule cues
    ("play"), deferring verbs ("postponed"), adjective intensifiers ("so excited"), modal perfects."""
    return frozenset(word.lower() for word in word_list(language, name))


@lru_cache(maxsize=16)
def _text_pattern(language: str, name: str) -> re.Pattern[str]:
    """A text.yaml pattern, compiled ignoring case: arranged_future, readying_for, fixture_on, next_in_series."""
    return compile_kept(resource(language, name), re.I)


# The letters that matching ignoring case takes for an ASCII one and that `str.lower` leaves as
# they are (dotless i, long s); the other look-alikes lower to ASCII, or change the length of the text.
LOWERED_LOOK_ALIKES = {"i": "[i\u0131]", "s": "[s\u017f]"}


def _char(char: str, lowered: bool) -> str:
    """A character of a cue as a pattern: in lowered text, with the look-alikes of its letter."""
    return LOWERED_LOOK_ALIKES.get(char, re.escape(char)) if lowered else re.escape(char)


def _trie(words: list[str], lowered: bool = False) -> str:
    """Alternation of words with shared beginnings factored out ("will(?: be)?"): a regex tries
    one branch per character instead of every word; longer words still win, as sorted longest first."""
    return trie_pattern(build_trie(word.lower() for word in words), lambda char: _char(char, lowered))


@lru_cache(maxsize=8)
def _cue_pattern(language: str, lowered: bool = False) -> re.Pattern[str]:
    """Future and past cues in one pattern, future first: where both fit ("set to", "scheduled"),
    the future one is the cue, as the nearest-cue rule would choose anyway. `lowered`: for text
    lowered by `str.lower` to the same length (twice as fast as matching ignoring case)."""
    future, past = _cue_alternatives(language, lowered)
    # A cue starts no word ("(?<![\w])" once for both, so the search passes over the inside of a
    # word in one test) and ends one.
    return compile_kept(rf"(?<![\w])(?:(?P<future>{future})(?![\w])|(?P<past>{past})(?![\w]))", 0 if lowered else re.I)


@lru_cache(maxsize=8)
def _cues_lower_alike(language: str) -> bool:
    """True when no cue word holds a non-ASCII letter (whose look-alikes lowered text may not show)."""
    words = [*word_list(language, "future_cues"), *word_list(language, "past_cues"),
             *word_list(language, "schedule_cues"), resource(language, "past_suffix")]
    return not any(not char.isascii() and char.lower() != char.upper() for word in words for char in word)


TENSE_RANK: dict[str, int] = {"future": 0, "past": 1, "perfect": 2}  # the first wins a tie of distance and side


@dataclass  # not frozen: a frozen dataclass sets each field through a slow path, once per sentence
class TenseCues:
    """The tense cue words of one sentence, in order (where each starts and ends, and its tense),
    and where an infinitive ("to rally") starts and clause breaks stand (both found when first
    asked: only a directive verb or a future cue before an expression asks)."""

    starts: list[int]
    ends: list[int]
    tenses: list[CueTense]
    directives: frozenset[int]  # the cues (by position in the lists) that ask someone to do something
    text: str = field(repr=False)  # the text and the span of the sentence in it
    span: tuple[int, int] = (0, 0)
    language: str = "en"
    deferrals: frozenset[int] = frozenset()  # the cues that put something off ("postponed", "delayed")

    @cached_property
    def infinitives(self) -> list[int]:
        """Where "to" and a verb start ("to rally"; not "to the house", "to a flat")."""
        return [found.start() for found in _infinitive(self.language).finditer(self.text, *self.span)]

    @cached_property
    def breaks(self) -> tuple[int, ...]:
        """Where a comma, semicolon, dash or joining word splits the sentence."""
        return tuple(found.start() for found in CLAUSE_BREAK.finditer(self.text, *self.span))

    def nearest(self, start: int, end: int) -> CueTense | None:
        """Tense of the cue nearest to text[start:end] (the one before wins a tie: "said on Friday it
        would"); cues inside the expression itself ("ago", "earlier") are not its verb. A future cue
        before the expression with no clause break between decides alone.

        The nearest verb governs a time expression far more often than the first one of a long
        sentence ("X said Friday it will ..." dates Friday by "said", not by "will"). An infinitive
        between a directive verb and the expression looks forward: "urged supporters to rally on
        Saturday".
        """
        text, language, first = self.text, self.language, self.span[0]
        if text.endswith("since ", first, start) or text.endswith("Since ", first, start):
            return "past"  # "raining since [monday] and it'll last": a time something has gone on from
        if _text_pattern(language, "arranged_future").search(text, max(first, start - ARRANGED_REACH), start):
            return "future"  # "… and we are meeting on Saturday," she said
        if _text_pattern(language, "readying_for").search(text, max(first, start - READYING_REACH), start):
            return "future"  # "preparing for a harder season in [the autumn]", "to put plans in place for [the summer]"
        if text.endswith(("on ", "is ", "are "), first, start) \
                and _text_pattern(language, "fixture_on").search(text, max(first, start - COPULA_REACH), start):
            return "future"  # "the vote is on [Saturday]", "the deadline is [9am Monday]": a fixture still to come
        if _text_pattern(language, "next_in_series").search(text, max(first, start - NEXT_REACH), start):
            after = bisect.bisect_left(self.starts, end)  # not when a past verb follows in the clause
            if after >= len(self.starts) or self.tenses[after] not in {"past", "perfect"} \
                    or self._break_between(end, self.starts[after]):
                return "future"  # "next game [Weds]", "next stop Glasgow on [the 22nd]" (not "… on Sunday was a draw")
        candidates = []
        before = bisect.bisect_right(self.ends, start) - 1  # cues never overlap: ends are sorted too
        scheduled = False  # a schedule verb before, past a clause break: the future if nothing else speaks
        if before >= 0:
            tense = self.tenses[before]
            if before in self.directives and self._infinitive_between(self.ends[before], start):
                tense = "future"
            elif before in self.deferrals and DEFERRED_TO.search(self.text, self.ends[before], start):
                tense = "future"  # "was postponed until [Friday]": the day it is put off to lies ahead
            if tense in {"future", "schedule"} and not self._break_between(self.ends[before], start):
                return "future"  # "will double its flights by August in markets untouched by …"
            scheduled = tense == "schedule"
            if not scheduled:
                candidates.append((self._break_between(self.ends[before], start), start - self.ends[before], 0,
                                   TENSE_RANK[tense], tense))
        after = bisect.bisect_left(self.starts, end)
        if after < len(self.starts) and self.tenses[after] != "schedule" and not (
                candidates and candidates[0][-1] == "past" and COORDINATED.search(self.text, end, self.starts[after])):
            # a verb of the expression's own clause beats a nearer one past a break, and a verb
            # coordinated after a past one is another predicate's ("met him, the envoy, on Tuesday and
            # will see her tomorrow": "met" dates Tuesday); a reporting participle opens a clause too
            # ("sent a letter on Wednesday saying he would …": "sent" dates Wednesday)
            candidates.append((self._clause_opens_between(end, self.starts[after]), self.starts[after] - end, 1,
                               TENSE_RANK[self.tenses[after]], self.tenses[after]))
        if not candidates:  # "Polls open at 7 a.m. and close at 8 p.m. on Nov. 5"; "brunch Sunday?"
            return "future" if scheduled or self._asked(start, end) else None
        return min(candidates)[4]

    def _asked(self, start: int, end: int) -> bool:
        """True when the clause ends in a question mark ("brunch Sunday?", "r u free thurs arvo?") and
        the expression follows no "since" ("issues since the update on Tuesday?" asks of the past)."""
        return ASKED.match(self.text, end, self.span[1]) is not None \
            and SINCE.search(self.text, max(self.span[0], start - SINCE_REACH), start) is None

    def _break_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.breaks, start)
        return index < len(self.breaks) and self.breaks[index] < end

    def _clause_opens_between(self, start: int, end: int) -> bool:
        """True when a clause break or a reporting participle ("saying", "adding") stands between."""
        return self._break_between(start, end) or \
            _speech_participle(self.language).search(self.text, start, end) is not None

    def _infinitive_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.infinitives, start)
        return index < len(self.infinitives) and self.infinitives[index] < end


COORDINATED = lazy(r"\b(?:and|but|or|then)\s+$")  # right before a cue: the next predicate's verb
CLAUSE_BREAK = lazy(r"[,;:–—]|\s-\s|\b(?:and|but|or|after|before|when|while|because|as|that|which|who)\b")


@lru_cache(maxsize=8)
def _speech_participle(language: str) -> re.Pattern[str]:
    """A reporting participle that opens a clause of what was said ("released a letter on
    Wednesday [saying] he would be away"): the tense after it is the report's, not the day's."""
    return compile_kept(rf"(?<![\w])(?:{_trie(sorted(_words(language, 'speech_participles')))})(?![\w])", re.I)


@lru_cache(maxsize=8)
def _infinitive(language: str) -> re.Pattern[str]:
    """ "to" and a lower-case word that is no determiner nor object pronoun: "were called to the
    house on Sunday" is no call to do something on Sunday."""
    return compile_kept(rf"(?<![\w])[Tt]o\s+(?!(?:{_trie(word_list(language, 'not_after_infinitive_to'))})(?![\w]))"
                        r"([a-z]+)(?![\w])")


COPULA_REACH = 16  # characters before an expression that hold "is due on "
ASKED = lazy(r"[^.!?\n]*\?")  # a question ends the clause: with no verb of a tense, a plan ("free thurs?")
SINCE = lazy(r"\bsince\b[^,;.!?]*$", re.IGNORECASE)
SINCE_REACH = 40  # characters before an expression that hold "since the update on "
# right before the day, or before its clock ("moved to 12:30 on Sunday")
DEFERRED_TO = lazy(r"\b(?:until|till|to|for)\s+(?:the\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+on\s+)?$",
                   re.IGNORECASE)
WORD_BEFORE_CUE = lazy(r"(\w+)\s+$")
CUE_CONTEXT = 24  # characters before a cue enough to hold the word before it
OPENING = lazy(r"[\s\"'“‘(\[]*")  # what may come before the first word of a sentence


def tense_cues(text: str, sentence: tuple[int, int], language: str = "en", lowered: str | None = None) -> TenseCues:
    """The tense cues of one sentence, found once for all the expressions in it. A past form right
    after an auxiliary ("has issued", "will stay closed") is a participle: the auxiliary, itself a
    cue or not, carries the tense. A capitalized cue inside the sentence is part of a name.
    `lowered`: the text lowered by `str.lower`, when that kept its length (the cues are then
    found in it, faster)."""
    auxiliaries, directive_verbs, schedules, deferring, intensifiers, modals = _cue_vocabulary(language)
    starts, ends, tenses, directives, deferrals = [], [], [], set(), set()
    if lowered is not None and len(lowered) == len(text) and _cues_lower_alike(language):
        cues = _cue_pattern(language, True).finditer(lowered, sentence[0], sentence[1])
    else:
        cues = _cue_pattern(language).finditer(text, sentence[0], sentence[1])
    for cue in cues:
        if text[cue.start()].isupper() and not OPENING.fullmatch(text, sentence[0], cue.start()) \
                and not text[cue.start():cue.end()].isupper():
            continue  # a capital inside a sentence makes a name: "the Met Office", "Will Smith" (not "SALE ENDS")
        tense, word = cue.lastgroup, cue.group().lower()
        if tense == "future" and word in schedules:
            tense = "schedule"
        elif tense == "future" and (word in modals or word.endswith(" to")) and HAVE_AFTER.match(text, cue.end()):
            tense = "past"  # "should have done so by June 12", "are expected to have died in Tuesday's quake"
        elif tense == "past":
            before = WORD_BEFORE_CUE.search(text, max(sentence[0], cue.start() - CUE_CONTEXT), cue.start())
            previous = before.group(1).lower() if before is not None else ""
            if previous in intensifiers:
                continue  # an adjective: "so excited", "very tired" (a post's "flight is on the 23rd, so excited")
            auxiliary, deferral = auxiliaries.get(previous), word in deferring
            if auxiliary == "perfect":
                tense = "perfect"  # "has fluctuated": past, or a state that may hold ("has issued … until")
            elif auxiliary is not None and not deferral and word not in directive_verbs:
                continue  # (a directive stays a cue: "have been ordered to leave by Sunday" looks ahead)
            if deferral:
                deferrals.add(len(starts))  # "was postponed": kept for the day it is put off to
        if word in directive_verbs:
            directives.add(len(starts))
        starts.append(cue.start())
        ends.append(cue.end())
        tenses.append(tense)
    return TenseCues(starts=starts, ends=ends, tenses=tenses,  # type: ignore[arg-type]
                     directives=frozenset(directives), deferrals=frozenset(deferrals), text=text, span=sentence,
                     language=language)


HAVE_AFTER = lazy(r"\s*(?:have|['’]ve)\b", re.I)


@lru_cache(maxsize=8)
def _cue_vocabulary(language: str) -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str],
                                            frozenset[str], frozenset[str]]:
    """The tables and word sets `tense_cues` reads each cue against, fetched once per language (it
    runs for every sentence an expression asks the tense of): participle auxiliaries, directive
    verbs, schedule cues, deferring verbs, adjective intensifiers, modal perfects."""
    return (table(language, "participle_auxiliary"), table(language, "directive_verb"),
            _words(language, "schedule_cues"), _words(language, "deferring_verbs"),
            _words(language, "adjective_intensifiers"), _words(language, "modal_perfects"))



READYING_REACH = 90  # characters before an expression that hold "to put contingency plans in place for the "
ARRANGED_REACH = 60  # characters before an expression that hold a progressive verb and a place
NEXT_REACH = 32  # characters before an expression that hold "next stop Glasgow on "

