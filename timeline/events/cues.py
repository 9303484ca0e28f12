"""The cue patterns of event extraction by name: the words and constructions that tell which time
expression dates a clause (reporting verbs, weak cues, comparisons, asides, clause breaks), each
built from the language's word lists in `rules/<lang>/text.yaml` and compiled when first used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache

import regex as re

from timeline.language.compiled import compile_kept_regex as _kept  # regex.compile, kept between runs
from timeline.language.compiled import kept_backward as _backward  # for a pattern only asked whether it matches
from timeline.language.resources import past_forms, resource, word_list
from timeline.language.trie import alternation


def _words(language: str, name: str) -> str:
    """Regex alternation of one of the language's word lists, longest first."""
    return alternation(word_list(language, name))


@lru_cache(maxsize=32)
def whole_words(language: str, name: str) -> re.Pattern[str]:
    """Any word of one of the language's word lists, as a whole word, ignoring case."""
    return _kept(rf"\b(?:{_words(language, name)})\b", re.I)


class LazyPatterns(Mapping[str, "re.Pattern[str]"]):
    """Patterns by name, each compiled on first use from the function that makes it."""

    def __init__(self, makers: dict[str, Callable[[], re.Pattern[str]]]) -> None:
        self._makers = makers
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, name: str) -> re.Pattern[str]:
        found = self._compiled.get(name)
        if found is None:
            found = self._compiled[name] = self._makers[name]()
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


@lru_cache(maxsize=4)
def cue_patterns(language: str) -> LazyPatterns:
    """The language's cue patterns by name, each compiled when first asked for (a short
    article needs few of them)."""
    past = alternation(past_forms(language))
    return LazyPatterns({
        "openers": lambda: _kept(rf"^[\"“‘']?(?:{_words(language, 'continuation_openers')})\b", re.I),
        "speech": lambda: _kept(rf"\b(?:{_words(language, 'speech_verbs')})\b", re.I),
        # A relative clause of the subject, opened by "that" too right before its verb ("A bridge
        # that collapsed in May", "The strike that began on November 1"), not by the "that" of a
        # complement, before its subject ("announces that at its meeting held earlier today …").
        "subject_relative": lambda: _kept(
            r"\b(?:who|which|whom|whose|that(?=\s+(?:(?-i:[a-z]+ed)|was|were|had|has|is|are|will|would|could|can|"
            rf"{_words(language, 'irregular_past')})\b))\s+[^,;:()]{{1,70}}$", re.I),
        "reporting": lambda: _kept(
            rf"(?<!\b(?:was|were|is|are|been|be)\s+)\b(?:{_words(language, 'speech_verbs')})"
            rf"(?:\s+(?:late|early|earlier|later))?\s+(?:on\s+|in\s+|at\s+)?$"
            # (after the one it was said to: "told customers on Monday that …")
            rf"|\b(?:{_words(language, 'speech_object_verbs')})\s+(?:[\w'’-]+\s+){{1,2}}?(?:on|in|at)\s+$", re.I),
        # (a clock time may stand between the cue and the date: "until midnight on Saturday")
        "weak": lambda: _kept(rf"(?<!\b(?:{_words(language, 'slot_participles')})\s)"  # not "is planned for May"
                              rf"\b(?:{_words(language, 'weak_time_cues')})\s+"
                              rf"(?:(?:midnight|noon|midday|\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?)\s+on\s+)?$", re.I),
        "comparison": lambda: _kept(
            rf"\b(?:{_words(language, 'comparison_cues')})\b[^.;]{{0,40}}\bsince\s+"
            rf"(?:(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){{1,4}}?(?:in|on)\s+|(?:the|its|their|his|her)\s+)?$"
            # (or the point a span is counted from: "recovered within seven years of the 2016 heatwave")
            r"|\bwithin\s+(?:[\w-]+\s+){0,2}(?:hours?|days?|weeks?|months?|years?|decades?)\s+of\s+"
            r"(?:(?:the|its|their|his|her)\s+)?$"
            # (or where a span reaches back to: "reports of seepage that went back to 1994")
            r"|\b(?:go|goes|went|gone|going|date|dates|dated|dating)\s+back\s+(?:to|as\s+far\s+as)\s+(?:the\s+)?$",
            re.I),  # (and an event named by its year: "its first title since the 2022 Berlin event")
        # (or since a clause with its date: "the most since the event began in 1983")
        # the period a record or a first is counted in ("for the first time this winter", "the
        # coldest night this year"): the day it happened, when written, dates the clause
        "comparison_frame": lambda: _kept(
            rf"\b(?:{_words(language, 'comparison_cues')})\s+(?:[a-z]+\s+)?(?:so\s+far\s+|yet\s+)?$", re.I),
        "preposition": lambda: _kept(rf"\b(?:{_words(language, 'time_prepositions')})\s+$", re.I),
        "parenthetical": lambda: _kept(rf",\s+(?:{_words(language, 'parenthetical_openers')})\b[^,]*$", re.I),
        "participial": lambda: _kept(rf",\s+(?:(?:{_words(language, 'aside_adverbs')})\s+)?"
                                  rf"(?:{_words(language, 'participles')}|(?-i:[a-z]+ed))\b[^,]*$"
                                  # (or a figure held since a time: "The allowance, £13,100 since 2022, will …")
                                  r"|,\s+[£$€]?\d[\d,.]*\s*(?:%|p|m|bn|million|billion|per\s+cent|percent)?\s+since\s+$",
                                  re.I),
        "finite_verb": lambda: _kept(
            rf"^\s*(?:(?:was|were|is|are|has|have|had|will|would|can|could|did|does|do|may|might|must|should)\b"
            rf"|(?:{past})\b|(?-i:[a-z]+(?:ed|es|s))\b)", re.I),
        "subject_participle": lambda: _kept(
            rf"\b(?:{_words(language, 'participles')}|(?-i:[a-z]+ed))\s+(?:of|with|for|on)\b", re.I),
        "figure_noun": lambda: _kept(rf"\s+(?:[a-z]+\s+)?(?:{_words(language, 'figure_nouns')})\b", re.I),
        "past_deed_after": lambda: _kept(rf"\s+(?:(?-i:[a-z-]+)\s+)?(?:{_words(language, 'past_deed_nouns')})\b", re.I),
        "list_introduction": lambda: _kept(rf"^\W*(?:{_words(language, 'list_introductions')})\b", re.I),
        "question": lambda: _kept(rf"^\W*(?:q\s*:\s*)?(?:{_words(language, 'question_openers')})\b", re.I),
        "negation": lambda: _kept(rf"\b(?:{_words(language, 'negations')})\b|n['’]t\b", re.I),
        "attribution": lambda: _kept(
            rf"^\s*(?:[\w'’.-]+\s+){{0,4}}(?:{_words(language, 'speech_verbs')})\b", re.I),
        # a closing report after the sentence's last comma (", organisers announced on Monday."); not
        # a subordinate clause (", when the prosecution said …") nor a report of what follows
        "reporting_tail": lambda: _kept(
            r"^(?!(?:when|while|after|before|as|because|which|who|whom|whose|where|and|but|since|if|though"
            rf"|although|until|once)\b)(?:[\w'’.-]+\s+){{0,4}}(?:{_words(language, 'speech_verbs')})\b[^,;]{{0,40}}$",
            re.I),
        # a report's release in an aside, its finding after it: "The report, [released on Monday,] found …"
        "release_aside": lambda: _kept(
            rf",\s+(?:{_words(language, 'release_participles')})\b[^,]*,\s*(?:(?:{past})|(?-i:[a-z]{{3,}}ed))\b", re.I),
        # a speech verb right after an aside's comma, with no subject of its own, is the sentence
        # subject's verb ("Mayor Ann Lee, first elected in 2018, has said she will not run again")
        "own_speech": lambda: _kept(
            rf"^\s*(?:(?:has|have|had)\s+(?:also\s+)?)?(?:{_words(language, 'speech_verbs')})\b", re.I),
        # the source a figure is taken from, named by its date ("a population of 48,000 according to
        # the 2011 Census", "according to the May survey"): a document, no event
        "source": lambda: _kept(r"\baccording\s+to\s+(?:the|its|their|his|her|our|a|an)\s+$", re.I),
        # (not the end of a range the clause opens: "has issued a warning from 6pm today until 11am on Friday")
        "bound": lambda: _kept(r"(?<!\bfrom\s+[^,;.]{1,30}?)\b(?:until|till)\s+(?:\w+\s+)?(?:on\s+)?$", re.I),
        "perfect": lambda: _kept(r"\b(?:has|have)\s+(?:\w+\s+)?(?-i:[a-z]+(?:ed|en))\b", re.I),
        "undated": lambda: _kept(rf"^(?:{_words(language, 'undated_expressions')})$", re.I),
        "attributive_relative": lambda: _kept(
            rf"\b(?:{_words(language, 'attributive_prepositions')})\s+"
            rf"(?:{_words(language, 'attributive_determiners')})\s+"
            rf"(?:(?!(?:was|were|is|are|be|been|being|has|have|had)\b)[\w'’-]+\s+){{0,3}}?"  # not "… was deployed at"
            # (a past with no passive is the clause's own verb: "said talks with the port operators collapsed on")
            rf"(?:{_words(language, 'participles')}|(?!(?:{_words(language, 'active_only_pasts')})\s)(?-i:[a-z]+ed))"
            r"\s+(?:on|in|at|during)\s+$", re.I),
        "attributive_before": lambda: _kept(
            rf"(?:\b(?:{_words(language, 'attributive_determiners')})|\w['’]s)\s+(?:[a-z]+\s+)?$", re.I),
        "attributive_after": lambda: _kept(
            rf"^\s+(?!(?:{_words(language, 'attributive_breaks')})\b)[A-Za-z]", re.I),
        "attributive_noun": lambda: _kept(  # a lowercase word that is no break ("the Saturday market")
            rf"\s+(?!(?:{_words(language, 'attributive_breaks')}|{_words(language, 'clause_pronouns')})\b)"
            r"(?-i:[a-z]{3,})\b", re.I),
        "dateline_before": lambda: _kept(resource(language, "dateline_before")),
        "dateline_after": lambda: _kept(resource(language, "dateline_after")),
        "message_header": lambda: _kept(resource(language, "message_header")),
        # a game's clock: "a three-pointer with 0:42 left", "with 7:18 remaining in the third quarter"
        # (a game's clock ends in a digit: "with 0:42 left"; not "on Saturday afternoon to go top")
        "game_clock": lambda: _kept(r"(?<=\d)\s+(?:left|remaining|to\s+play|to\s+go)\b"),
        # (and the period it is left in: "with 7:18 left in [the third quarter]")
        "game_period": lambda: _kept(r"\d:\d{2}\s+(?:left|remaining|to\s+play|to\s+go)\s+in\s+$"),
        "race_time": lambda: _kept(r"\d:$|^(?:(?!\b(?:at|from|by|until|to|on)\b)[^\d\n])*[A-Za-z][^\d\n]*\)\s*$"),
        "clause_break": lambda: _kept(
            rf",\s+(?:and|but|while|then)\s+|,\s+(?:{_words(language, 'clause_openers')})\s+|;\s+"
            # (not an adverb's "shortly after she became treasurer": a time of the clause before it)
            rf"|(?<!\bshortly)(?<!\bsoon)(?<!\bjust)(?<!\bimmediately)(?<!\bright)"
            rf"\s+(?:before|after|ahead\s+of|and\s+then|then)\s+(?=(?:the|a|an|his|her|its|their|he|she|they|we)\s|"
            rf"[a-z]+\s+(?:was|were|had|has|{past})\b)"
            # (a second past verb, perhaps after an adverb: "arrived on 12 May and finally left on 20 June")
            rf"|\s+and\s+(?=(?:(?:{_words(language, 'conjunct_adverbs')})\s+)?(?:{past}|[a-z]+ed)\b)"
            # (a gapped subject after "but": "went out of print in the 1990s but were reissued in 2018";
            # not a state kept on: "retired in 2008 but continued to teach until 2015")
            rf"|\s+but\s+(?!(?:continued|remained|stayed|kept)\b)(?=(?:was|were|had|has|have|{past}|(?-i:[a-z]+ed))\s)"
            rf"|\s+and\s+(?=(?:{_words(language, 'clause_pronouns')})(?:['’](?:re|s|ve|ll|d|m))?\s)"
            rf"|\s+and\s+(?=(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){{1,3}}(?:{past}|(?-i:[a-z]+ed))\b)"
            rf"|\s+and\s+(?=(?:{_words(language, 'clause_future_openers')})\s)"
            # (a present verb of schedules opens a clause of its own: "cleared its second reading on 9
            # September and begins its committee stage next Tuesday"; not one that closes what an
            # opening began: "opens on 2 October and ends … on 25 October" is one span)
            rf"|\s+and\s+(?!(?:{_words(language, 'end_verbs')})\s)(?=(?:{_words(language, 'schedule_cues')})\s)"
            # (and after a subject of its own of one or two lower-case words: "ended their strike on
            # Thursday and sailings resume tomorrow"; not a time's word: "between 9am and noon the …")
            rf"|\s+and\s+(?=(?:(?:the|a|an|his|her|its|their)\s+)?(?!(?:{_words(language, 'clause_time_words')})\b)"
            rf"(?:(?-i:[a-z][a-z'’-]+)\s+){{1,2}}(?!(?:{_words(language, 'end_verbs')})\s)"
            rf"(?:{_words(language, 'schedule_cues')})\s)"
            # (a gapped conjunct that repeats the verb's complement: "resigned as leader in 2021 and as a
            # councillor the following year")
            rf"|\s+and\s+(?=(?:again\s+)?(?:{_words(language, 'gapped_clause_openers')})\s+"
            rf"(?:a|an|the|his|her|its|their)\s)"
            # (a second reported clause: "said timetables would run from Monday and that a review
            # would go ahead in April")
            r"|\s+and\s+that\s+"
            # (a second bare verb that shares the first's modal, with a deadline of its own: "will stop
            # production in September and close by December 31")
            rf"|\s+and\s+(?=(?:{_words(language, 'deadline_verbs')})\s+(?:by|before)\s)"
            # (or with an object and a time of its own: "will report results on February 19 and hold a
            # capital markets day in May")
            r"|(?<=\b(?:will|would|to|must|should|can|could|may|might)\s+[^,;.]{1,80}?)\s+and\s+"
            r"(?=(?-i:[a-z]{3,})\s+(?:a|an|the|its|their|his|her)\s)"
            # (labelled fields on one line: "Received: 12 May 2022 / Accepted: 2 February 2023")
            rf"|\s+[/|·]\s+(?=(?-i:[A-Z])[\w ]{{1,30}}:\s)", re.I),
        "period": lambda: _backward("|".join(f"(?:{p})" for p in word_list(language, "period_cues")) or "(?!)", re.I),
        # (an adverb of a habit's verb reaches its clause's time past a long complement, not past a comma
        # or a dash: "The yen usually strengthens in the run-up to the end of Japan's fiscal year in March")
        "habitual": lambda: _kept(rf"\b(?:{_words(language, 'habitual_cues')})\b(?:\s+\S+){{0,4}}\s+$"
                                  rf"|{resource(language, 'habit_weekdays_before')}"
                                  rf"|\b(?:{_words(language, 'habitual_reaching')})\b"
                                  r"(?:\s+(?![-–—]+\s)[^\s,;:.!?()]+){5,12}\s+$",
                                  re.I),
        "kind_of_day": lambda: _kept(resource(language, "kind_of_day_before"), re.I),
        "superlative_scope": lambda: _kept(resource(language, "superlative_scope_before"), re.I),
        # a document, plan or set of figures after a year and perhaps a word ("its 2024 [budget]")
        # (or a thing or people it names: "the 1998 [film]", "the 2019 [champions]")
        "document_after": lambda: _kept(rf"\s+(?:[a-z]+\s+)?(?:{_words(language, 'document_nouns')}"
                                        rf"|{_words(language, 'year_named_nouns')})\b", re.I),
        # a season's noun after a holiday's name, perhaps joined to another's ("Christmas and New Year [recess]")
        "holiday_season_after": lambda: _kept(
            r"(?:\s+(?:and|&)\s+(?:the\s+)?(?-i:[A-Z][\w'’]*)(?:\s+(?-i:[A-Z][\w'’]*))?)?"
            rf"\s+(?:{_words(language, 'holiday_season_nouns')})\b", re.I),
        # a past verb of holding a post, its object, then "until" ("[and] held the post until ")
        "past_state_end": lambda: _kept(
            rf"\s*(?:{_words(language, 'past_state_verbs')})\s+(?:the|a|an|his|her|its|their|that|this)\s"
            r"[^,;]{0,60}\b(?:until|till)\s+$", re.I),
        "indirect_question": lambda: _kept(resource(language, "indirect_question_before"), re.I),
        "witness_appeal": lambda: _kept(resource(language, "witness_appeal"), re.I),
        "schedule_subject": lambda: _kept(resource(language, "schedule_subject"), re.I),
        # (and a period ranked by a superlative after it: "October has been the wettest on record")
        "habit_after": lambda: _kept(f"{resource(language, 'habit_after')}|{resource(language, 'ranked_period_after')}",
                                     re.I),
        "opening_participle": lambda: _kept(
            rf"^\W*(?:{_words(language, 'participles')}|(?-i:[A-Z][a-z]+ed))\b[^,;]*$", re.I),
        "auxiliary": lambda: _kept(r"\b(?:has|have|had|was|were|will|would)\b", re.I),
        "rate": lambda: _kept(rf"\b(?:{_words(language, 'rate_cues')})\b", re.I),
        "since": lambda: _kept(r"\bsince\s+$", re.I),
        "when_after": lambda: _kept(r",?\s+when\b", re.I),
        "range_start": lambda: _kept(
            r"\b(?:from|between)\s+[^,;]{1,30}?\s+(?:to|and|until|till|through|-|–)\s+$", re.I),
        "range": lambda: _kept(r"^\s*,?\s*(?:and|to|until|till|through|-|–|—)\s*$", re.I),  # ("Monday, Nov. 10, to")
        "pair": lambda: _kept(r"^\s*(?:and|or|,)\s*$", re.I),
        "day_pair": lambda: _kept(r"^\s*(?:and|or|,|[-–]|to|until|till|through)\s*$", re.I),  # ("17–18 June")
        # (between commas, or closing the sentence: "…, which opens on Friday in 4,100 cinemas.")
        "relative_aside": lambda: _kept(
            r",\s+(?:which|who|whose)\s+(?!is\s+(?:midnight|\d))(?:[^,;]|,(?=\d))+?(?=,\s|[.!?]?[\"”’']?\s*$)", re.I),
        "headline_aside": lambda: _kept(
            rf",\s+(?:(?:which|who|whom|whose)\s+[^,;]+|(?:{_words(language, 'participles')}|\w+ed)\b[^,;]*"
            rf"|\d{{1,3}}),(?=\s)", re.I),
        "time_clause": lambda: _kept(rf",\s+which\s+(?:{_words(language, 'time_clause_verbs')})\b", re.I),
        "describing": lambda: _kept(rf"\b(?:{_words(language, 'describing_verbs')})\s+(?:\w+\s+){{0,2}}$", re.I),
        "future_opener": lambda: _kept(rf"(?:{_words(language, 'clause_future_openers')})\s", re.I),
        "describing_verb": lambda: _kept(rf"\b(?:{_words(language, 'describing_verbs')})\b", re.I),
        "provenance": lambda: _kept(
            rf"\b(?:{_words(language, 'describing_verbs')})\b[^,;.]{{0,60}}"
            rf"\b(?:{_words(language, 'provenance_nouns')})\b[^,;.]{{0,30}}?\bfrom\s+(?:the\s+)?$", re.I),
        "range_opener": lambda: _kept(r"\b(?:between|from)\s+$", re.I),
        # a lead's verb: one of lead_verb's, or a present verb that announces the news ("Westmere
        # District Council invites tenders for …", "Corvane plc announces its intention to float"),
        # not in a custom ("When a company announces a recall, the agency posts …")
        "lead_long_state": lambda: _kept(resource(language, "lead_long_state"), re.I),
        "news_lead_verb": lambda: _kept(rf"{cue_patterns(language)['lead_verb'].pattern}"
                                        rf"|^(?!\W*(?:when|whenever|if|once|as)\b)"
                                        rf".*?\b(?:{_words(language, 'present_news_verbs')})\b", re.I),
        "lead_verb": lambda: _kept(
            # (an -ed word joined by a hyphen is an adjective: "a cable-stayed span", "state-owned")
            rf"\b(?:has|have|is|are|was|were)\s+\w+(?:ed|en|ing)\b|\b(?:{past})\b|(?<!-)\b(?-i:[a-z]+ed)\b", re.I),
    })
