"""Times that describe rather than date their clause: one too vague to date anything ("worried about
the future"), one in a descriptive aside between commas (", built in 1911,"), one in an opening
participle phrase before a main clause that describes ("Founded in 2018, the firm makes …")."""

from __future__ import annotations

from collections.abc import Mapping

import regex as re

from timeline.events import attributive
from timeline.events.cues import cue_patterns
from timeline.language.compiled import lazy_regex
from timeline.models import Timex

# A subject and an aside after it, the comma that closes the aside next: "The tenants, led by
# Ann Lee[, sued …]": the "-ed" word after that comma is the subject's verb
SUBJECT_ASIDE = lazy_regex(r"^\s*(?:the|a|an|its|their|his|her|our)\s+[^,]{1,40},\s+(?-i:[a-z]+ed)\s+by\s[^,]{1,60}$",
                           re.I)
ASIDE_ADVERB = lazy_regex(r"^\s*(?:never|also|then|later|finally|only|still|soon|eventually)\s+(?=\w)", re.I)
NOTICE_PARTICIPLE = lazy_regex(r"\W*[A-Za-z]+\s+$")  # the participle alone before the time


def describing_opener(sentence: str, offset: int, patterns: Mapping[str, re.Pattern[str]]) -> bool:
    """The offset lies in an opening participle phrase whose main clause describes, in the simple
    present: "Founded in 2018 and based in Leeds, the firm makes …" ("Born in 1933, she began …"
    and "Rescued on Nov. 25, the boy has become …" are events)."""
    closing = sentence.find(",", offset)
    if NOTICE_PARTICIPLE.match(sentence, 0, offset):
        return False  # a notice's "Born 6 February to Priya and Tom, twins …": the date right after it, no preposition
    return closing >= 0 and patterns["opening_participle"].match(sentence[:offset]) is not None and \
        patterns["lead_verb"].search(sentence[closing + 1:]) is None and \
        patterns["auxiliary"].search(sentence[closing + 1:]) is None


def describes_only(sentence: str, offset: int, language: str = "en", timex: Timex | None = None) -> bool:
    """An expression too vague to date anything ("worried about the future") or one that dates a
    thing the clause names ("…, leaving the index near its record high set on Aug. 6"): the
    clause is the news of the day, not an event at that time."""
    patterns = cue_patterns(language)
    if timex is not None and patterns["undated"].match(timex.text.strip()):
        return True  # "worried about the future"
    before = sentence[max(0, offset - 60):offset]
    if patterns["bound"].search(before[-30:]) and patterns["perfect"].search(re.split(r"[,;]\s", before)[-1]):
        return True  # "has issued ice warnings until midday on Thursday": issued today, not at the bound
    relative = patterns["attributive_relative"].search(before)
    return relative is not None and patterns["lead_verb"].search(
        sentence[:max(0, offset - 60) + relative.start()]) is not None


def participial_aside(sentence: str, offset: int, patterns: dict[str, re.Pattern[str]]) -> bool:
    """The offset lies in a descriptive aside between commas (", built in 1911,"): the sentence
    has a finite verb before the aside, or one right after its closing comma. "Ann Lee, 89, died
    in Ripley on Wednesday, …" is the main clause, not an aside."""
    found = patterns["participial"].search(sentence[:offset])
    closing = sentence.find(", ", offset)  # (not a thousands comma: "a 5,000-seat arena")
    if found is None or closing < 0 or attributive.APPOSITIVE_END.search(sentence[:found.start()]) or \
            patterns["release_aside"].match(sentence, found.start()) or \
            SUBJECT_ASIDE.match(sentence[:found.start()]):  # "The report, released on Monday, found …"
        return False  # "Kopp, a 44-year-old protester, lived …": the verb of the subject, not an aside
    if patterns["lead_verb"].search(re.sub(r",\s*\d{1,3}\s*$", "", sentence[:found.start()])):
        return True
    after = ASIDE_ADVERB.sub(" ", sentence[closing + 1:], count=1)  # ", announced in March, never opened"
    return patterns["finite_verb"].match(after) is not None and (  # ("…, has said she will not run": her verb)
        not patterns["attribution"].match(after) or patterns["own_speech"].match(after) is not None)
