"""The text of one event among several of a sentence: its own clause, readable on its own.

A sentence that reports several events at different times ("The ferry sank on Monday, and the
captain was arrested on Tuesday") would otherwise give each of them the whole sentence, and a
record would show the same sentence of the same article several times. Each such event keeps
its clause instead, trimmed of the joining conjunction and punctuation, without an aside that
is an event of its own, and with the subject of the sentence carried over when the clause has
none ("…; died May 4 2005" → "Hackworth died May 4 2005"). The word lists are data in
`rules/<lang>/text.yaml`.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from timeline.language.compiled import compile_kept_regex, lazy_regex
from timeline.language.resources import word_list
from timeline.language.trie import alternation
from timeline.models import Timex

MAX_SUBJECT_WORDS = 8
HEAD_WORDS = 5
HEAD_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those"})
# What a dateline or a time opener leaves before the subject: "LONDON, May 5 — The ferry",
# "On Monday, the ferry".
SUBJECT_BREAK = lazy_regex(r"\s+[—–-]{1,2}\s+|\s*--\s*")
PIECE_BREAK = lazy_regex(r"[,:(]")
EDGE = lazy_regex(r"^[\s,;:–—-]+|[\s,;:–—-]+$")
SPACE_BEFORE_PUNCTUATION = lazy_regex(r"\s+([,.;:])")
RELATIVE_PRONOUN = lazy_regex(r"(?:which|who)\s+", re.I)
POSSESSIVE_PRONOUN = lazy_regex(r"whose\s+", re.I)  # "…, whose first album came out in 1999"
SUBJECT_START = lazy_regex(r"[\w\"“‘']")


@lru_cache(maxsize=4)
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    """The cue patterns clause text needs, compiled once a language."""
    past = alternation(word_list(language, "irregular_past"))
    verbs = alternation(word_list(language, "subject_verbs"))
    conjunctions = alternation(word_list(language, "clause_conjunctions"))
    not_verbs = alternation(word_list(language, "clause_non_verbs"))
    prepositions = alternation(word_list(language, "time_prepositions"))
    participles = alternation(word_list(language, "participles"))
    schedules = alternation(word_list(language, "schedule_cues"))
    active_only = alternation(word_list(language, "active_only_pasts"))
    return {
        # A verb that a subject comes before: an auxiliary, a past form, a regular past.
        "verb": compile_kept_regex(rf"\b(?:{verbs}|{past}|(?-i:[a-z]{{2,}}ed))\b", re.I),
        # A present verb in -s, a looser cue used when no other verb is found.
        "present": compile_kept_regex(rf"\b(?!(?:{not_verbs})\b)(?-i:[a-z]{{2,}}s)\b"),
        # A clause that opens with its verb has no subject of its own ("died May 4 2005"), a verb of
        # schedules among them ("… and [host] the leaders next Saturday").
        "opens_with_verb": compile_kept_regex(rf"^(?:(?:{verbs}|{past}|{schedules}|be|been|being)\b"
                                              rf"|(?-i:[a-z]{{2,}}ed\b))"),
        # ... or with a present verb in -s and its object or a preposition ("closes on Sunday",
        # not "fares fall on Monday").
        "opens_with_present": compile_kept_regex(
            rf"^(?!(?:{not_verbs})\b)(?-i:[a-z]{{2,}}s)\s+(?:{alternation(word_list(language, 'verb_followers'))})\b"),
        "auxiliary": compile_kept_regex(rf"\b(was|were|is|are|(?:has|have|had|will|would)\s+been?)\s+(?:\w+ly\s+)?"
                                rf"(?:{participles}|(?-i:[a-z]{{2,}}ed))\b", re.I),
        "opens_with_participle": compile_kept_regex(
            rf"^(?!(?:{active_only})\b)(?:{participles}|(?-i:[a-z]{{2,}}ed))\b"),
        "conjunction": compile_kept_regex(rf"^(?:(?:{conjunctions})\b\s*)+|\s+(?:{conjunctions})$", re.I),
        "preposition": compile_kept_regex(rf"^(?:{prepositions})\b", re.I),
        # A subject pronoun opening the clause, before its verb.
        "pronoun_subject": compile_kept_regex(
            rf"\s*((?:{alternation(word_list(language, 'clause_pronouns'))}))\s+(?-i:[a-z])", re.I),
    }


def _tidy(text: str, language: str) -> str:
    """Text without the joining conjunction and the punctuation at its edges."""
    text = EDGE.sub("", " ".join(text.split()))
    text = _patterns(language)["conjunction"].sub("", text)
    text = EDGE.sub("", text).rstrip(".!")
    text = SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    return text


def clause_subject(first_clause: str, offset: int, timexes: list[Timex], language: str = "en") -> str | None:
    """The subject of a sentence's first clause (which starts at `offset` of the article), the
    words before its first verb after any dateline or time opener, or None when unclear."""
    patterns = _patterns(language)
    pronoun = patterns["pronoun_subject"].match(first_clause)
    if pronoun is not None:  # "They travel to X on Tuesday and host …": a plain present has no cue of its own
        return pronoun.group(1)
    verb = patterns["verb"].search(first_clause) or patterns["present"].search(first_clause)
    if verb is None:
        return None
    head = first_clause[:verb.start()]
    dateline = list(SUBJECT_BREAK.finditer(head))
    base = dateline[-1].end() if dateline else 0
    for piece in _pieces(head, base):
        begin, end = piece
        words = head[begin:end].strip()
        if not words or patterns["preposition"].match(words) or \
                any(begin + offset <= t.start < end + offset for t in timexes):
            continue
        if len(words.split()) > MAX_SUBJECT_WORDS or not SUBJECT_START.match(words):
            return None
        return words
    return None


def antecedent_head(antecedent: str) -> str | None:
    """The noun phrase that ends a long antecedent, which a relative clause's text takes as its
    subject ("…said the stock of Kellogg Co., which closed Friday" → "Kellogg Co. closed
    Friday"): its last few words from a determiner, a possessive or a capitalised word on."""
    words = antecedent.rstrip(" ,").split()
    sizes = range(min(HEAD_WORDS, len(words)), 0, -1)
    tests = (lambda tail: tail[0].lower() in HEAD_OPENERS or tail[0].endswith(("'s", "’s")),  # "the fund's shares"
             lambda tail: all(word[:1].isupper() for word in tail),  # a name: "Kellogg Co."
             lambda tail: tail[0][:1].isupper())  # "Kellogg stock"
    for test in tests:
        for size in sizes:
            if test(words[-size:]):
                return " ".join(words[-size:])
    return None


def _pieces(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the comma-separated pieces of `text` from `start` on."""
    spans, begin = [], start
    for found in PIECE_BREAK.finditer(text, start):
        spans.append((begin, found.start()))
        begin = found.end()
    spans.append((begin, len(text)))
    return spans


def clause_auxiliary(first_clause: str, language: str = "en") -> str | None:
    """The auxiliary of the first clause's passive verb ("He was convicted in May and sentenced in
    June": a later clause that opens with its participle shares "was")."""
    found = _patterns(language)["auxiliary"].search(first_clause)
    return found.group(1) if found else None


def clause_text(text: str, subject: str | None, language: str = "en", relative: bool = False,
                auxiliary: str | None = None) -> str:
    """A clause as an event's text: tidied, and led by `subject` when it opens with its verb or,
    for a `relative` clause, with its relative pronoun (a pronoun without a subject is dropped,
    as after a preposition: "…, after which regular services will start"); a participle takes
    the first clause's `auxiliary` too ("He was sentenced in June")."""
    text = _tidy(text, language)
    patterns = _patterns(language)
    if relative and subject and (whose := POSSESSIVE_PRONOUN.match(text)):
        return _as_sentence(f"{possessive(subject)} {text[whose.end():]}")  # "The singer's first album came out …"
    pronoun = RELATIVE_PRONOUN.match(text)
    if pronoun and (not relative or not subject):
        text, pronoun = text[pronoun.end():], None
    if subject:
        if pronoun:
            text = f"{subject} {text[pronoun.end():]}"
        elif auxiliary and patterns["opens_with_participle"].match(text):
            text = f"{subject} {auxiliary} {text}"
        elif patterns["opens_with_verb"].match(text) or patterns["opens_with_present"].match(text):
            text = f"{subject} {text}"
    return _as_sentence(text)


def possessive(noun: str) -> str:
    """A noun phrase in the possessive: "the singer's", "the Williams'"."""
    return f"{noun}'" if noun.endswith(("s", "S")) else f"{noun}'s"


def _as_sentence(text: str) -> str:
    """The text as a sentence: a capital first, a full stop last (unless it ends with a mark)."""
    if text and text[-1].isalnum():
        text += "."
    return text[:1].upper() + text[1:]
