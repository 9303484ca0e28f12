"""The cue patterns of the refinements (events.refine, events.publication), from the language's
word lists."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.language.compiled import compile_kept
from timeline.language.resources import future_cue_source, past_forms, resource, word_list
from timeline.language.trie import alternation


@lru_cache(maxsize=4)
def refine_patterns(language: str) -> dict[str, re.Pattern[str]]:
    """The cue patterns of the refinements, from the language's word lists."""
    past = alternation(past_forms(language))
    return {
        "future": compile_kept(future_cue_source(language), re.I),
        "clock_date_gap": compile_kept(
            r"^\s*(?:local\s+time\s+)?(?:,\s*)?(?:on\s+|of\s+)?(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?$",
            re.I),
        "date_clock_gap": compile_kept(r"^\s*(?:,\s*)?(?:at\s+|around\s+|about\s+)?$", re.I),
        "year_gap": compile_kept(rf"^\s+(?:(?:{alternation(word_list(language, 'day_nouns'))})\s+)?(?:in|of)\s+$",
                               re.I),
        # (not a duration's "for two weeks from Monday": the closure starts on Monday)
        "week_on": compile_kept(
            rf"(?<!\bfor\s)\b(?P<lead>{alternation(list(resource(language, 'weeks_on')))})\s+(?P<on>on|from)\s+$",
            re.I),
        "weekday_week": compile_kept(
            rf"^\s+(?P<unit>{alternation(list(resource(language, 'weekday_weeks')))})\b(?![-'’])", re.I),
        "period_part": compile_kept(r"\b(early|mid|late)\b", re.I),
        "earlier": compile_kept(rf"\b(?:{alternation(word_list(language, 'so_far_cues'))})\b", re.I),
        "past_verb": compile_kept(
            # (after a present "is", "are" or "am" a participle is a present passive: "is needed in July")
            # (a past passive may stand further off: "was discovered by an amateur astronomer in Sweden in")
            # (nor is an infinitive's bare verb spelt as its past: "has promised to cut the tax by August")
            rf"(?:(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bto )"
            rf"\b(?:{alternation([*word_list(language, 'past_cues'), *word_list(language, 'irregular_past')])}"
            rf"|(?-i:[a-z]{{2,}}ed))\s+(?:[\w'’-]+\s+){{0,3}}?|\b(?:was|were)\s+(?-i:[a-z]{{2,}}ed)\s+(?:[\w'’-]+\s+){{0,6}}?)"
            rf"(?:in|on|during|at|around|about|by|shortly after|just after|just before)\s+$", re.I),
        "deferred": compile_kept(rf"\b(?:{alternation(word_list(language, 'deferring_verbs'))})\s+"
                                 r"(?:[\w'’–-]+\s+){0,4}?(?:until|till|to)\s+$", re.I),
        "present_is": compile_kept(rf"\b(?:{alternation(word_list(language, 'scheduled_present'))})\b"
                                   r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:on|in|for|by|until|from|at)\s+)?$", re.I),
        # a present passive is no past verb: "the concert on Friday is sold out", "is held on Sunday"
        "present_passive": compile_kept(
            rf"\b(?:is|are|am)\s+(?:now\s+|already\s+|fully\s+)?"
            rf"(?:{alternation(word_list(language, 'participles'))})\b", re.I),
        "since_before": compile_kept(r"\bsince\s+(?:[\w'’-]+\s+){0,4}$", re.I),
        "opening": compile_kept(r"^\W*(?:(?:in|on|during|at|by|early\s+in|late\s+in)\s+)?$", re.I),
        "past_main": compile_kept(
            rf"\b(?:{alternation([*word_list(language, 'past_cues'), *word_list(language, 'irregular_past')])}"
            rf"|(?-i:[a-z]{{2,}}ed))\b", re.I),
        "any_past": compile_kept(rf"(?<![\w'’])(?:{past}|ago|last|has|have|had|since|(?-i:[a-z]+ed))(?![\w])", re.I),
        "deadline": compile_kept(rf"\b(?:{alternation(word_list(language, 'deadline_cues'))})\b", re.I),
        "entry_ahead": compile_kept(str(resource(language, "entry_ahead")), re.I),
        "later": compile_kept(rf"\b(?:{alternation(word_list(language, 'still_to_come_cues'))})\b", re.I),
    }
