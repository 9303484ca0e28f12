"""Tense: the cue words of a sentence (future and past forms, auxiliaries) that decide which way a
relative expression such as "Tuesday" or "March 3" points (driven by the language's word lists)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from timeline.language.compiled import lazy
from timeline.tag.tense_words import (
    CUE_CONTEXT,
    adjectival_words,
    after_determiner,
    commitments,
    cue_pattern,
    cue_vocabulary,
    cues_lower_alike,
    directs_nothing,
    infinitive,
    names_past_outcome,
    not_happened,
    present_verb_near,
    speech_participle,
    speech_present,
    text_pattern,
    word_before,
    word_set,
)

Tense = Literal["past", "present", "future"]
# "perfect": a past form after has/have; "schedule": a present verb of fixtures ("play", "starts"),
# future for a time after it in its clause, nothing otherwise
CueTense = Literal["past", "present", "future", "perfect", "schedule"]



DATES_ACT = lazy(r"\s+(?:(?:in|on|at|during|last|early|late)\s+)?")  # a verb's own time: "promised in [August]"
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
    asides: tuple[tuple[int, int], ...] = ()  # relative clauses between commas (", who hopes to …,")

    @cached_property
    def infinitives(self) -> list[int]:
        """Where "to" and a verb start ("to rally"; not "to the house", "to a flat")."""
        return [found.start() for found in infinitive(self.language).finditer(self.text, *self.span)]

    @cached_property
    def breaks(self) -> tuple[int, ...]:
        """Where a comma, semicolon, dash or joining word splits the sentence ("and" of "between
        Leeds and York" joins two nouns, no clauses)."""
        text, first = self.text, self.span[0]
        if text.find("etween", first, self.span[1]) < 0:  # (most sentences: no pair to look for)
            return tuple(found.start() for found in CLAUSE_BREAK.finditer(text, *self.span))
        pair = text_pattern(self.language, "paired_and_before")
        return tuple(found.start() for found in CLAUSE_BREAK.finditer(text, *self.span)
                     if found.group() != "and" or not pair.search(text, max(first, found.start() - PAIR_REACH),
                                                                  found.start()))

    def nearest(self, start: int, end: int) -> CueTense | None:
        """The tense that directs text[start:end] (`nearest_cue`'s)."""
        return self.nearest_cue(start, end)[0]

    def nearest_cue(self, start: int, end: int) -> tuple[CueTense | None, int]:
        """Tense of the cue nearest to text[start:end] (the one before wins a tie: "said on Friday it
        would"); cues inside the expression itself ("ago", "earlier") are not its verb. A future cue
        before the expression with no clause break between decides alone.

        The nearest verb governs a time expression far more often than the first one of a long
        sentence ("X said Friday it will ..." dates Friday by "said", not by "will"). An infinitive
        between a directive verb and the expression looks forward: "urged supporters to rally on
        Saturday". Also says which cue (its place in the lists; -1 for none, or a cue of words
        around the expression).
        """
        text, language, first = self.text, self.language, self.span[0]
        since_from = max(first, start - SINCE_REACH)
        if (text.find("ince", since_from, start) >= 0 or text.find("wake", since_from, start) >= 0
                or text.find("aftermath", since_from, start) >= 0) \
                and text_pattern(language, "since_before").search(text, since_from, start):
            # "raining since [monday] and it'll last", "since just after the [Oct. 30] landslide",
            # "in the wake of [11 September]"
            return "past", HAS_COME
        if text.startswith(("'s", "’s"), end) and names_past_outcome(text, start, end, language, first):
            return "past", -1  # "will appeal [Wednesday]'s ruling": what was decided is gone; not "ahead of …"
        reach = max(first, start - ARRANGED_REACH)
        if text.find("ing", reach, start) >= 0 \
                and text_pattern(language, "arranged_future").search(text, reach, start):  # ("-ing" in small letters)
            return "future", -1  # "… and we are meeting on Saturday," she said
        readying = max(first, start - READYING_REACH)
        if (text.find("for", readying, start) >= 0 or text.find("FOR", readying, start) >= 0) \
                and text_pattern(language, "readying_for").search(text, readying, start):
            return "future", -1  # "preparing for a harder season in [the autumn]", "plans in place for [the summer]"
        if (text.find("by", readying, start) >= 0 or text.find("before", readying, start) >= 0) \
                and text_pattern(language, "obliged_by").search(text, readying, start):
            return "future", -1  # "was bailed but must surrender his passport by [Friday]": a deadline ahead
        warned = max(first, start - READYING_REACH)
        if text.find("for ", warned, start) >= 0 and text_pattern(language, "warning_for").search(text, warned, start):
            return "future", -1  # "has issued a yellow warning for snow from 6pm on [Wednesday]": ahead
        if any(text.find(word, warned, start) >= 0 for word in ("from", "start", "begin")) and \
                text_pattern(language, "announced_from").search(text, warned, start):
            return "future", -1  # "has declared a two-day stayaway from [Wednesday]": ahead
        if text.find(" be ", readying, start) >= 0 \
                and text_pattern(language, "mandative_be").search(text, readying, start):
            return "future", -1  # "demanded that MPs be recalled before [Christmas]"
        told = self._told_by_words_before(start)
        if told is not None:
            return told, -1
        nearby = max(first, start - NEXT_REACH)
        # "next game [Weds]", "next stop Glasgow on [the 22nd]"; not when a past verb follows in the
        # clause ("… on Sunday was a draw")
        if (text.find("ext", nearby, start) >= 0 or text.find("EXT", nearby, start) >= 0) \
                and text_pattern(language, "next_in_series").search(text, nearby, start) \
                and not self._past_follows(end):
            return "future", -1
        tense, cue = self._nearest_verb(start, end)
        if tense != "future" and self._looks_ahead(start, end):
            return "future", -1
        return tense, cue

    def _told_by_words_before(self, start: int) -> CueTense | None:
        """The direction the words right before text[start:] give a time whatever the verb: a
        fixture's copula ("the vote is on [Saturday]", "the final is at [3 p.m. Sunday]") or what
        is left before it ("five days left before [Tuesday]'s elections") and what the present
        says does not happen until it ("the finals don't start until [September]") look ahead; a market's
        close ("the closing price on [Tuesday]") has come. Each pattern is searched only where its
        last word stands."""
        text, language, first = self.text, self.language, self.span[0]
        if text.endswith(("on ", "is ", "are ", "is at ", "are at "), first, start) \
                and text_pattern(language, "fixture_on").search(text, max(first, start - COPULA_REACH), start):
            return "future"
        reach = max(first, start - WORDS_REACH)
        if text.endswith(("before ", "until ", "till "), first, start) \
                and (text.find("left", reach, start) >= 0 or text.find("remaining", reach, start) >= 0
                     or text.find(" go ", reach, start) >= 0 or text.find("losed", reach, start) >= 0
                     or text.find("shut", reach, start) >= 0 or text.find("n't", reach, start) >= 0
                     or text.find("n’t", reach, start) >= 0 or text.find(" not ", reach, start) >= 0
                     or text.find("never", reach, start) >= 0) \
                and text_pattern(language, "countdown_before").search(text, reach, start):
            return "future"
        if text.endswith(("on ", "of "), first, start) and text.find("losing", reach, start) >= 0 \
                and text_pattern(language, "closing_on").search(text, reach, start):
            return "past"
        if text.endswith("for ", first, start) and text_pattern(language, "figures_for").search(text, reach, start):
            return "past"  # "retail sales data for [December] … is due next week": a month already measured
        return None

    def _nearest_verb(self, start: int, end: int) -> tuple[CueTense | None, int]:
        """Tense of the cue nearest to text[start:end], and which cue (-1 for none). The clause
        breaks between a cue and the expression are asked only when a cue on each side competes
        (a lone cue directs the expression whatever stands between)."""
        ahead: tuple[int, int, int, int, CueTense] | None = None  # the cue before, less its break
        before = bisect.bisect_right(self.ends, start) - 1  # cues never overlap: ends are sorted too
        scheduled = False  # a schedule verb before, past a clause break: the future if nothing else speaks
        if before >= 0:
            tense = self.tenses[before]
            if before in self.directives and self._infinitive_between(self.ends[before], start):
                tense = "future"
            elif before in self.deferrals and DEFERRED_TO.search(self.text, self.ends[before], start):
                tense = "future"  # "was postponed until [Friday]": the day it is put off to lies ahead
            if tense in {"future", "schedule"} and not self._break_between(self.ends[before], start):
                return "future", before  # "will double its flights by August in markets untouched by …"
            scheduled = tense == "schedule"
            if not scheduled:
                ahead = (start - self.ends[before], 0, TENSE_RANK[tense], before, tense)
        after = bisect.bisect_left(self.starts, end)
        for aside_start, aside_end in self.asides:  # a relative clause after the time tells of its antecedent
            if aside_start >= end and after < len(self.starts) and aside_start <= self.starts[after] < aside_end:
                after = bisect.bisect_left(self.starts, aside_end)
        if after < len(self.starts) and self.tenses[after] != "schedule" and not (
                ahead and ahead[-1] == "past" and COORDINATED.search(self.text, end, self.starts[after])):
            # a verb of the expression's own clause beats a nearer one past a break, and a verb
            # coordinated after a past one is another predicate's ("met him, the envoy, on Tuesday and
            # will see her tomorrow": "met" dates Tuesday); a reporting participle opens a clause too
            # ("sent a letter on Wednesday saying he would …": "sent" dates Wednesday)
            if ahead is None:  # "fri nite drinks moved to sat": the plan put off is still ahead
                return ("future" if self._put_off(after) else self.tenses[after]), after
            nearest = min((self._break_between(self.ends[before], start), *ahead),
                          (self._clause_opens_between(end, self.starts[after]), self.starts[after] - end, 1,
                           TENSE_RANK[self.tenses[after]], after, self.tenses[after]))
            return nearest[5], nearest[4]
        if ahead is None:  # "Polls open at 7 a.m. and close at 8 p.m. on Nov. 5"; "brunch Sunday?"
            return ("future" if scheduled or self._asked(start, end) else None), -1
        return ahead[4], ahead[3]

    def _put_off(self, cue: int) -> bool:
        """True when cue is a bare participle putting something off to a time ("drinks moved to
        sat", "match postponed until Sunday"), not a past with its auxiliary ("was moved to")."""
        return cue in self.deferrals and DEFERRED_AHEAD.match(self.text, self.ends[cue]) is not None \
            and AUXILIARY_BEFORE.search(self.text, max(self.span[0], self.starts[cue] - 8), self.starts[cue]) is None

    def _looks_ahead(self, start: int, end: int) -> bool:
        """True when the words right before text[start:end] wait for it ("traders are waiting for
        [Friday]'s jobs report") or make it a present fixture ("the House, which votes on
        [Thursday]"), with no past verb before it in the clause (nor a past verb after a noun: "the
        police reports on [Monday] showed …"); a possessive time is the object's, not the verb's
        ("the move follows [Tuesday]'s decision")."""
        text, language, first = self.text, self.language, self.span[0]
        reach = max(first, start - ARRANGED_REACH)  # (every word of awaiting_before holds one of the three)
        if (text.find("ait", reach, start) >= 0 or text.find("rac", reach, start) >= 0
                or text.find("repar", reach, start) >= 0) \
                and text_pattern(language, "awaiting_before").search(text, reach, start) \
                and not self._past_between(reach, start):
            return True
        if not present_verb_near(text[reach:start]):
            return False  # (both fixture patterns end "VERBs [a word or two] [on]")
        present = text_pattern(language, "present_fixture").search(text, reach, start) \
            or text_pattern(language, "present_fixture_opening").match(text, first, start)
        return present is not None and not text.startswith(POSSESSIVE_ENDS, end) \
            and (present.group("object") != "" or not speech_present(language, present.group("verb"))) \
            and not self._past_between(present.start(), start) and not self._past_follows(end)

    def happened(self, cue: int, start: int, end: int) -> bool:
        """True when cue `cue` (the one directing text[start:end]) is a past verb telling that
        something took place then, in the expression's own clause: the verb before it with no
        break nor infinitive between ("restated its accounts in [December]", "the year ended [Jan.
        31]", a passive's participle: "was killed on [Dec. 2]"), or the main verb after an
        expression that opens the sentence, not one of a relative clause ("In [January], the firm
        hired …"; not "In [November] we welcome Dr Ames, whose book was published …"). A
        time such a verb dates has come ("said", "agreed", "declared a dividend payable …", "was"
        tell of times still ahead too)."""
        if cue == HAS_COME:
            return True
        if cue < 0 or self.tenses[cue] != "past":
            return False
        word = self.text[self.starts[cue]:self.ends[cue]].lower()
        if word in PASSIVE_PAST:  # "was killed on [Dec. 2]": the participle tells what took place
            word = self._participle_after(cue) or word
        if (word in not_happened(self.language) and not self._dates_its_act(word, cue, start)) \
                or self._attributive(start, end):
            return False
        if self.ends[cue] <= start:  # (the infinitives are found only when a "to" stands between)
            return not self._break_between(self.ends[cue], start) and not (
                self.text.find("to ", self.ends[cue], start) >= 0 and self._infinitive_between(self.ends[cue], start))
        if cue > 0 and self.tenses[cue - 1] == "past" and self.ends[cue - 1] <= start and text_pattern(
                self.language, "relative_clause").search(self.text, max(self.span[0], self.starts[cue - 1] - 6),
                                                          self.starts[cue - 1]):
            return self.happened(cue - 1, start, end)  # "A man who stabbed … in [March] was jailed": "stabbed"
        fronted = text_pattern(self.language, "fronted_time_before").fullmatch(self.text, self.span[0], start)
        return fronted is not None \
            and not text_pattern(self.language, "relative_clause").search(self.text, end, self.starts[cue])

    def _dates_its_act(self, word: str, cue: int, start: int) -> bool:
        """True when a verb of promising or asking stands right before text[start:], a preposition
        at most between ("promised in [August] that every family would be back"): the time is when
        it was promised, which has come, not the thing promised."""
        return word in commitments(self.language) and self.ends[cue] <= start \
            and DATES_ACT.fullmatch(self.text, self.ends[cue], start) is not None

    def _attributive(self, start: int, end: int) -> bool:
        """True when text[start:end] qualifies the noun after it ("the [December] concerts")."""
        language = self.language
        return text_pattern(language, "attributive_time_before").search(
            self.text, max(self.span[0], start - CUE_CONTEXT), start) is not None \
            and text_pattern(language, "attributive_time_after").match(self.text, end) is not None

    def _participle_after(self, cue: int) -> str | None:
        """The past participle right after cue `cue` ("was [fatally] shot"), in lower case, or None."""
        found = PARTICIPLE_AFTER.match(self.text, self.ends[cue])
        word = found.group(1).lower() if found is not None else ""
        known = word in word_set(self.language, "participles") or word in word_set(self.language, "irregular_past")
        return word if word.endswith("ed") or known else None

    def _past_follows(self, end: int) -> bool:
        """True when the next cue after `end` is past, with no clause break before it."""
        after = bisect.bisect_left(self.starts, end)
        return after < len(self.starts) and self.tenses[after] in {"past", "perfect"} \
            and not self._break_between(end, self.starts[after])

    def _past_between(self, start: int, end: int) -> bool:
        """True when a past cue stands between ("he says it happened on [Friday]")."""
        return any(self.tenses[cue] in {"past", "perfect"}
                   for cue in range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)))

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
            speech_participle(self.language).search(self.text, start, end) is not None

    def _infinitive_between(self, start: int, end: int) -> bool:
        """True when an infinitive stands between, with no comma, semicolon or dash after it before
        `end` ("called on followers to demonstrate after [Friday] prayers"; not "voted for a force
        to protect the border, with troops arriving [Tuesday]": the arrival is not the force's)."""
        index = bisect.bisect_left(self.infinitives, end) - 1
        return index >= 0 and self.infinitives[index] >= start \
            and PUNCTUATION_BREAK.search(self.text, self.infinitives[index], end) is None


PUNCTUATION_BREAK = lazy(r"[,;:–—]|\s-\s")  # the clause breaks that are no word
COORDINATED = lazy(r"\b(?:and|but|or|then)\s+$")  # right before a cue: the next predicate's verb
# (the lookahead of the characters a break starts with lets the search pass over the others quickly)
CLAUSE_BREAK = lazy(r"(?=[,;:–—\sabotw])"
                    r"(?:[,;:–—]|\s-\s|\b(?:and|but|or|after|before|when|while|because|as|that|which|who)\b)")



PAIR_REACH = 40  # characters before "and" that hold "between" and the first of two names
COPULA_REACH = 40  # characters before an expression that hold "is due on ", "is at Old Trafford on "
WORDS_REACH = 32  # characters before an expression that hold "months remaining until ", "closing prices on "
ASKED = lazy(r"[^.!?\n]*\?")  # a question ends the clause: with no verb of a tense, a plan ("free thurs?")
SINCE = lazy(r"\bsince\b[^,;.!?]*$", re.IGNORECASE)
POSSESSIVE_ENDS = ("'s", "’s")  # a time that owns what follows it ("[Tuesday]'s decision")
HAS_COME = -2  # the cue of words before a time that tell it has come ("since", "in the wake of")
SINCE_REACH = 40  # characters before an expression that hold "since the update on "
# right before the day, or before its clock ("moved to 12:30 on Sunday")
DEFERRED_TO = lazy(r"\b(?:until|till|to|for)\s+(?:the\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+on\s+)?$",
                   re.IGNORECASE)
DEFERRED_AHEAD = lazy(r"\s+(?:to|until|till)\b", re.IGNORECASE)  # after a deferral: the time it is put off to
AUXILIARY_BEFORE = lazy(r"\b(?:was|were|been|has|have|had|is|are|be|being|got|get)\s+$", re.IGNORECASE)
PASSIVE_PAST = frozenset({"was", "were"})  # a passive's past auxiliaries, whose participle is the verb
PARTICIPLE_AFTER = lazy(r"\s+(?:[a-z]+ly\s+)?([a-z]{3,})\b", re.IGNORECASE)  # "was (fatally) shot"
OPENING = lazy(r"[\s\"'“‘(\[]*")  # what may come before the first word of a sentence


def tense_cues(text: str, sentence: tuple[int, int], language: str = "en", lowered: str | None = None) -> TenseCues:
    """The tense cues of one sentence, found once for all the expressions in it. A past form right
    after an auxiliary ("has issued", "will stay closed") is a participle: the auxiliary, itself a
    cue or not, carries the tense. A capitalized cue inside the sentence is part of a name.
    `lowered`: the text lowered by `str.lower`, when that kept its length (the cues are then
    found in it, faster)."""
    auxiliaries, directive_verbs, schedules, deferring, intensifiers, modals, plans = cue_vocabulary(language)
    adjective_words = adjectival_words(language)  # a determiner or modifier: the past form may be no verb
    starts, ends, tenses, directives, deferrals = [], [], [], set(), set()
    if lowered is not None and len(lowered) == len(text) and cues_lower_alike(language):
        cues = cue_pattern(language, True).finditer(lowered, sentence[0], sentence[1])
    else:
        cues = cue_pattern(language).finditer(text, sentence[0], sentence[1])
    for cue in cues:
        if text[cue.start()].isupper() and not OPENING.fullmatch(text, sentence[0], cue.start()) \
                and not text[cue.start():cue.end()].isupper():
            continue  # a capital inside a sentence makes a name: "the Met Office", "Will Smith" (not "SALE ENDS")
        tense, word = cue.lastgroup, cue.group().lower()
        if directs_nothing(text, sentence[0], cue.start(), cue.end(), word, language):
            continue  # "did not meet on Monday" ("did" is the cue), "as expected,", "Friday 10am, set your alarms"
        if tense == "future" and word in schedules:
            tense = "schedule"
        elif tense == "future" and (word in modals or word.endswith(" to")) and HAVE_AFTER.match(text, cue.end()):
            tense = "past"  # "should have done so by June 12", "are expected to have died in Tuesday's quake"
        elif tense == "future" and word in PASSED_PLANS and PAST_BE.search(text, max(sentence[0], cue.start() - 6),
                                                                           cue.start()):
            tense = "past"  # "was scheduled to depart at 14:20": a timetable the story has passed
        elif tense == "future" and word.endswith("ed") and PAST_PASSIVE.search(text, max(sentence[0], cue.start() - 24),
                                                                              cue.start()):
            continue  # "had been widely expected after [January]'s surge": a past passive, no plan ahead
        elif tense == "past":
            word_start, previous = word_before(text, max(sentence[0], cue.start() - CUE_CONTEXT), cue.start())
            previous = previous.lower()
            if previous in intensifiers or ((previous in adjective_words or previous.endswith("ly"))
                                            and after_determiner(text, sentence[0], word_start, previous, language)):
                continue  # an adjective: "so excited", "the revised payout"; a noun: "the first cut"
            auxiliary, deferral = auxiliaries.get(previous), word in deferring
            if auxiliary is None and word in plans and text_pattern(language, "plan_object").match(text, cue.end()):
                tense = "schedule"  # "planned a rally on [Saturday]": the time arranged lies ahead
            elif auxiliary == "perfect":
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
    asides = tuple(found.span() for found in RELATIVE_ASIDE.finditer(text, *sentence)) \
        if text.find(", wh", *sentence) >= 0 or text.find(", Wh", *sentence) >= 0 else ()
    return TenseCues(starts=starts, ends=ends, tenses=tenses,  # type: ignore[arg-type]
                     directives=frozenset(directives), deferrals=frozenset(deferrals), text=text, span=sentence,
                     language=language, asides=asides)


HAVE_AFTER = lazy(r"\s*(?:have|['’]ve)\b", re.I)
PAST_BE = lazy(r"\b(?:was|were)\s+$", re.I)
# before a bare participle, in the clause's own predicate (a relative aside's, "which had been
# expected", leaves the clause's plan as it was)
PAST_PASSIVE = lazy(r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?$", re.I)
PASSED_PLANS = frozenset({"scheduled to", "supposed to"})  # (not "were planning to": still ahead when told)
RELATIVE_ASIDE = lazy(r",\s+(?:who|whom|whose|which)\s[^,;()]*,", re.I)  # its verbs tell of its antecedent



READYING_REACH = 90  # characters before an expression that hold "to put contingency plans in place for the "
ARRANGED_REACH = 60  # characters before an expression that hold a progressive verb and a place
NEXT_REACH = 32  # characters before an expression that hold "next stop Glasgow on "

