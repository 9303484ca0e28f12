"""What a time expression does in its sentence besides dating it: it describes the subject's noun
("Tickets for a performance on 20 February go on sale on Monday"), states a condition ("if April
is dry"), names a holiday before a noun ("the Christmas lights"), or is the tail of a figure the
tagger cut ("2023-24", "4,000 years ago"). Such a time yields to another or dates nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.events.cues import cue_patterns
from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import word_list
from timeline.language.trie import alternation
from timeline.models import Timex

FINITE_AUXILIARY = lazy(r"\b(?:is|are|was|were|has|have|had|will|would|did|does|do)\b", re.I)
# (not a letter's thanks, whose verb is its own: "Thank you for contacting us on 2 September about …")
SUBJECT_PHRASE = lazy(r"^\W*(?!thank\s+you\b|thanks\b)(?:(?:the|a|an|its|their|his|her|our)\s+)?"
                      r"(?:[\w'’-]+\s+){1,2}(?:for|of)\s+"
                      r"(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\w'’-]+,?\s+){0,3}(?:on|in|at)\s+$", re.I)
SUBJECT_PARTICIPLE = lazy(r"^\W*(?:[\w'’-]+\s+){1,3}?(?-i:[a-z]{2,}ed)\s+(?:during|in|on|at|after|before|over)\s+"
                          r"(?:[\w'’-]+\s+){0,4}?(?:(?:in|on|at|during)\s+)?$", re.I)
# (not "Born Aug. 2, 1938, in Dover, he served …": a birth is an event of its own)
OPENING_PARTICIPLE = lazy(r"^\W*(?:(?:first|originally|once|newly|long)\s+)?(?:(?-i:[a-z]{2,}ed)|built|"
                          r"written|founded|made|known|given|taken|begun|won|sold|held|shown)\b[^,;]*$", re.I)
# a noun of the subject and the period it comes from ("Music from the late 1960s filled the hall on
# Saturday", "Letters of the 1940s were sold on Tuesday"): the period describes the thing
PERIOD_OF_SUBJECT = lazy(r"^\W*(?:(?:the|a|an|its|their|his|her|our|some|\d+)\s+)?(?:[\w'’-]+\s+){0,2}?"
                         r"[\w'’-]+\s+(?:from|of|dating\s+from)\s+$", re.I)
COARSE = frozenset({"year", "decade", "century"})
POSSESSIVE = lazy(r"['’]s\b")  # right after a time: it qualifies the noun after it ("Friday's vote")
RELATIVE_OPEN = lazy(r"\b(?:who|which|whom|whose)\s+[^,;:()]{1,70}$", re.I)  # "… the crew who sank the raider "
FINITE_AFTER = lazy(r"^\s+(?:was|were|is|are|has|have|had|will|would)\b", re.I)
CONDITION = lazy(r"\b(?:if|unless|provided|providing)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:on|in|at|by)\s+)?$", re.I)
LATER_TIME = lazy(r"\s(?:on|in|at|by)\s+\S|\b(?:today|tonight|yesterday|tomorrow)\b"
                  r"|\b(?:this|last|next)\s+(?:week|month|year|weekend|morning|afternoon|evening|spring|summer|"
                  r"autumn|fall|winter)\b", re.I)
SERVICE_BEFORE = lazy(r"\b(?:the|a|an|its|their|our)\s+$", re.I)


def in_subject_phrase(sentence: str, offset: int, timex: Timex) -> bool:
    """The expression lies in a phrase after the subject's noun ("Tickets for a signed performance
    on 20 February go on sale on Monday", "Restrictions introduced during the pandemic in March
    2020 were partly lifted in 2022"), and a time follows that the verb may take instead."""
    before, after = sentence[:offset], sentence[offset + len(timex.text):]
    if SUBJECT_PARTICIPLE.match(before) and FINITE_AFTER.match(after) and LATER_TIME.search(after):
        return True
    if PERIOD_OF_SUBJECT.match(before) and LATER_TIME.search(after) and (
            POSSESSIVE.match(after) or (timex.interval is not None and timex.interval.granularity in COARSE)):
        return True  # (a day in the possessive names the thing too: "Damage from Monday's storm was repaired …")
    if OPENING_PARTICIPLE.match(before) and "," in after and LATER_TIME.search(after.split(",", 1)[1]):
        return True  # "First published in 1957 and out of print since the 1980s, The Salt Road is reissued this month"
    return LATER_TIME.search(after) is not None and SUBJECT_PHRASE.match(before) is not None and \
        FINITE_AUXILIARY.search(before) is None and re.search(r"\b(?:on|in|at|by)\s+$", after) is None


def in_condition(sentence: str, offset: int, timex: Timex) -> bool:
    """The expression lies in a condition ("…has not been ruled out if April is dry, the company
    said on Monday") and a time follows: what may happen then is no event of the sentence, even
    beside a time of reporting."""
    return CONDITION.search(sentence[:offset]) is not None and \
        LATER_TIME.search(sentence[offset + len(timex.text):]) is not None


@lru_cache(maxsize=4)
def _schedule_for(language: str) -> re.Pattern[str]:
    nouns = alternation(word_list(language, "schedule_list_nouns"))
    return compile_kept(rf"\b(?:{nouns})\s+(?:for|of)\s+(?:the\s+(?:year\s+)?)?$", re.IGNORECASE)


def names_a_schedule_year(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A year after a schedule's noun and "for" ("released its meeting schedule for 2026", "the
    fixtures for 2025") is the year the schedule covers, no date of its release."""
    return YEAR_OR_SPAN.match(timex.text.strip()) is not None and \
        _schedule_for(language).search(sentence, max(0, offset - 40), offset) is not None


# An opening condition up to its comma: "If you have not received your ballot paper by 16 March, …"
OPENING_CONDITION = lazy(r"^\W*(?:if|unless)\s+[^,;:.!?]*$", re.I)


@lru_cache(maxsize=4)
def _advice_after(language: str) -> re.Pattern[str]:
    verbs = alternation(word_list(language, "advice_imperatives"))
    return compile_kept(rf"[^,;:.!?]*,\s+(?:please\s+)?(?:{verbs})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _advice_answer(language: str) -> re.Pattern[str]:
    verbs = alternation(word_list(language, "advice_imperatives"))
    return compile_kept(rf"^\W*(?:if|unless)\s+[^,;:.!?]*,\s+(?:please\s+)?(?:{verbs})\b[^;:.!?]*$", re.IGNORECASE)


def in_advice_condition(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The expression lies in an opening condition that an imperative answers ("If you have not
    received your ballot paper by 16 March, please contact the branch office", "If your supply has
    not returned by 4pm, call us"), or in the imperative that answers it ("If she hasn't replied by
    then, let it rest until Christmas"): advice to the reader, no event."""
    return (OPENING_CONDITION.match(sentence[:offset]) is not None and
            _advice_after(language).match(sentence, offset) is not None) or \
        _advice_answer(language).match(sentence[:offset]) is not None


# The subject's own condition: "[Players who log in before] 30 November [will receive] the mount"
SUBJECT_CONDITION = lazy(r"^\W*(?:[\w'’-]+\s+){0,3}?(?:who|that)\s+(?:[\w'’-]+\s+){1,5}?(?:before|by|until)\s+$", re.I)
CONDITION_THEN = lazy(r"^\s*(?:will|would|can|could|may|must|should|get|gets|receive|receives|qualify|qualifies|"
                      r"are\s+eligible|is\s+eligible)\b", re.I)


def in_subject_condition(sentence: str, offset: int, timex: Timex) -> bool:
    """The expression bounds a restrictive clause that picks out the subject, before the main verb
    of an offer or a rule ("Players who log in before 30 November will receive the mount",
    "Anyone who registers by Friday can vote"): a condition, no event at that time."""
    return SUBJECT_CONDITION.match(sentence[:offset]) is not None and \
        CONDITION_THEN.match(sentence[offset + len(timex.text):]) is not None


HOLIDAY_RULES = frozenset({"holiday", "holiday_relative"})  # the tagger's rules that name a holiday


@lru_cache(maxsize=4)
def _holiday_noun(language: str) -> re.Pattern[str]:
    return compile_kept(rf"^\s+(?:{alternation(word_list(language, 'holiday_modified_nouns'))})\b", re.IGNORECASE)


def holiday_as_modifier(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A holiday's name before a noun it describes ("the Christmas lights are switched on at 5pm")
    dates nothing."""
    after = sentence[offset + len(timex.text):]
    return timex.rule in HOLIDAY_RULES and _holiday_noun(language).match(after) is not None


EDITION_BEFORE = lazy(r"\b(?:the|our|this|its|their|your|a)\s+$", re.I)


def _edition_noun(language: str) -> re.Pattern[str]:
    return compile_kept(rf"^\s+(?:{alternation(word_list(language, 'edition_nouns'))})\b", re.IGNORECASE)


def names_an_edition(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A month, season or year naming an issue ("Welcome to the September newsletter", "in our
    spring issue") dates nothing: the issue is the page itself, not an event of it. A day's issue
    ("In its Friday issue, the paper quoted …") is when what it printed appeared."""
    return timex.interval is not None and timex.interval.granularity in {"month", "season", "year"} and \
        EDITION_BEFORE.search(sentence[max(0, offset - 8):offset]) is not None and \
        _edition_noun(language).match(sentence[offset + len(timex.text):]) is not None


SEASON_HEAD = lazy(r"\b\d{4}\s?[-–/]\s?$")
THOUSANDS_HEAD = lazy(r"\d,$")


def part_of_number(sentence: str, start: int, timex: Timex) -> bool:
    """The expression is the tail of a season or of a figure the tagger cut: the "24" of
    "2023-24", the "000 years ago" of "4,000 years ago"."""
    before = sentence[:timex.start - start]
    return (len(timex.text) == 2 and SEASON_HEAD.search(before) is not None) or \
        (timex.text[:1].isdigit() and THOUSANDS_HEAD.search(before) is not None)



# (a range of days, not of hours: "overnight from Monday 9 June", not "on Thursday evening from 5pm")
BEFORE_A_RANGE = lazy(r"^\s+(?:from|between)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
                      r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,}|[a-z]{3,}\.?\s+\d)", re.I)


def before_a_range(sentence: str, offset: int, timex: Timex) -> bool:
    """A part of the day written as a word right before a range of dates ("will be closed
    overnight from Monday 9 June to Friday 13 June"): the range dates the clause; the word says
    when in each day."""
    return not any(c.isdigit() for c in timex.text) and BEFORE_A_RANGE.match(sentence[offset + len(timex.text):]) \
        is not None and timex.type == "TIME"


OPEN_HEADING = lazy(r"^\s*(?:\*\*|__)[^*_\n]{1,40}$")


def in_brackets(sentence: str, offset: int) -> bool:
    """A time inside round brackets ("followed by The Garden Hour (repeated Sunday 10am)"): a note
    on the clause, which its own time outside the brackets dates first."""
    before = sentence[:offset]
    return before.count("(") > before.count(")")


def in_heading(sentence: str, offset: int) -> bool:
    """The offset lies in a bold heading that opens the sentence after a label ("**Day 18 (Monday
    17 March).** The spare drill head arrived at 11am"): like a dateline, it dates the sentence
    only when the sentence has no time of its own. A heading that is only a date ("**November** –
    …") stays the entry's date."""
    return OPEN_HEADING.match(sentence[:offset]) is not None


OPENING_YEAR = lazy(r"^\W{0,3}$")  # what may stand before a chronology entry's year: nothing, "**", "- "


def finer_date_after_year_label(sentence: str, start: int, best: Timex, dated: list[Timex]) -> Timex | None:
    """A later date inside the year that labels a chronology entry ("1955 Ada Moss is born in Leeds
    on 24 February 1955"): the entry's own, finer date. A date outside the label's year is
    background ("1985 The firm, founded on 1 April 1976, closes a plant") and leaves the label."""
    label = best.interval
    if label is None or label.granularity not in {"year", "month"} or \
            OPENING_YEAR.match(sentence[:best.start - start]) is None:
        return None
    return next((t for t in dated if t.start > best.end and t.interval is not None and label.start <= t.interval.start
                 and t.interval.end <= label.end and (t.interval.start, t.interval.end) != (label.start, label.end)),
                None)


RELATIVE_PERIOD_TEXT = lazy(r"\b(?:next|this|coming|following|last|previous)\s+(?:week|weekend|month)$", re.I)
FINE_GRANULARITIES = {"day", "partofday", "time"}


def finer_day_in_period(best: Timex, dated: list[Timex]) -> Timex | None:
    """A day named later in the clause inside the week or month that opens it ("Next week Brantley
    host Kelso on Tuesday night"): that day, which says which day of the period."""
    period = best.interval
    if period is None or period.granularity not in {"week", "weekend", "month"} or \
            RELATIVE_PERIOD_TEXT.search(best.text) is None:
        return None
    return next((t for t in dated if t.start >= best.end and t.interval is not None
                 and t.interval.granularity in FINE_GRANULARITIES
                 and period.start <= t.interval.start[:10] and t.interval.end[:10] <= period.end), None)


DISTANCE_TEXT = lazy(r"\b(?:later|earlier|afterwards?|before|after|on)$", re.I)  # "four centuries later"
RESTATED_GAP = lazy(r"^\s*,\s*(?:(?:in|on|at|by)\s+)?$", re.I)
WRITTEN_YEAR = lazy(r"\b\d{4}\b")


def restated_date(sentence: str, start: int, best: Timex, dated: list[Timex]) -> Timex | None:
    """A date written out right after a distance from an earlier time that it restates ("four
    centuries later, in 1539, the abbey was dissolved"): the date, which says the same more precisely."""
    if DISTANCE_TEXT.search(best.text) is None:
        return None
    following = next((t for t in dated if t.start >= best.end), None)
    if following is None or WRITTEN_YEAR.search(following.text) is None or \
            RESTATED_GAP.match(sentence[best.end - start:following.start - start]) is None:
        return None
    return following


WEEKDAY_ONLY_TEXT = lazy(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$", re.I)
APPOSITION_GAP = lazy(r"^\s*,\s*$")


def weekday_restated(sentence: str, start: int, best: Timex, dated: list[Timex]) -> Timex | None:
    """The date written right after a weekday that names the same day ("On Tuesday, 14.01.2025,
    between 13:00 and 15:30"): the date, which its clock times follow."""
    if WEEKDAY_ONLY_TEXT.match(best.text) is None or best.interval is None:
        return None
    following = next((t for t in dated if t.start >= best.end), None)
    if following is None or following.interval is None or following.interval.start[:10] != best.interval.start[:10] \
            or APPOSITION_GAP.match(sentence[best.end - start:following.start - start]) is None:
        return None
    return following


ORDINAL_DAY_TEXT = lazy(r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)"
                        r"\s+day$", re.I)
FULL_DAY_VALUE = lazy(r"^\d{4}-\d{2}-\d{2}$")


def ordinal_day_named(best: Timex, dated: list[Timex]) -> Timex | None:
    """The day a counted day of something is named as in its clause ("The first day of school will
    be Wednesday, August 13, 2025"): that written date, not the day the story last named."""
    if ORDINAL_DAY_TEXT.match(best.text) is None:
        return None
    return next((t for t in dated if t is not best and FULL_DAY_VALUE.match(t.value)
                 and WRITTEN_YEAR.search(t.text) is not None), None)


@lru_cache(maxsize=4)
def _service_after(language: str) -> re.Pattern[str]:
    nouns = alternation(word_list(language, "service_nouns"))
    return compile_kept(rf"^\s+(?:(?:from|to)\s+(?-i:[A-Z])|(?:{nouns})\b)", re.IGNORECASE)


def names_a_service(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A clock time after "the" and before "from" or "to" and a place, or a service's noun, names a
    departure ("The 14:45 from Kessock left at 15:05", "the 07:10 sailing was cancelled"), not a time."""
    if timex.type != "TIME":
        return False
    return SERVICE_BEFORE.search(sentence[max(0, offset - 8):offset]) is not None and \
        _service_after(language).match(sentence[offset + len(timex.text):]) is not None


def frames_comparison(sentence: str, offset: int, timex: Timex, language: str) -> bool:
    """A "this …" period that a first or a record is counted in ("for the first time this winter
    on Tuesday night", "the coldest night this year"): not when it happened."""
    return timex.text.lower().startswith("this ") and \
        cue_patterns(language)["comparison_frame"].search(sentence[max(0, offset - 40):offset]) is not None


def in_subject_relative(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The expression lies in a relative clause of the subject, without commas, before the main
    verb: it yields to the main clause's time ("A man who stabbed his neighbour in March was jailed
    on Monday" is dated by Monday). Alone, it still dates the sentence: "The engineer whose bridge
    won the prize in 1998 has died" tells the prize of 1998 (the death has no date)."""
    patterns = cue_patterns(language)
    found = patterns["subject_relative"].search(sentence, max(0, offset - 80), offset)
    if found is None or sentence[:found.start()].rstrip().endswith(",") or \
            patterns["speech"].search(sentence, found.start(), offset):
        return False  # ", who joined … in June,": an aside; "officials who … said Thursday": the main verb's
    lead_verb = patterns["lead_verb"]
    main = lead_verb.search(sentence, offset + len(timex.text))
    return lead_verb.search(sentence, 0, found.start()) is None and main is not None


# A past participle right after its noun, with its agent and its time ("two ferries ordered by
# Island Links in March 2022", "a report commissioned by the council in 2024", "the peak of
# £321,000 reached in June 2022"); not a passive's ("was ordered in March"), which is the verb.
NOUN_PARTICIPLE = lazy(r"\b(?P<before>[\w'’£$€%.,-]+)\s+(?-i:[a-z]{3,}ed)\s+(?:by\s+[^,;:]{1,40}?\s+)?"
                       r"(?:in|on|during)\s+(?:the\s+)?$", re.I)
AUXILIARY_WORD = lazy(r"^(?:was|were|is|are|be|been|being|has|have|had|get|gets|got|and|or|but|then|also|it|he|"
                      r"she|they|we|i|you|who|which|that|not|never|just|only|first|later)$", re.I)
# A present verb of the main clause before the participle ("Glen Arrin is the first of two ferries
# ordered …"; not a relative clause's, "Society Corp., which is also a bank, agreed in June"), or
# right after the participle's time, the verb of the subject it describes ("… in 2024 describes it")
PRESENT_MAIN = lazy(r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)"
                    r"\b(?:is|are|remains?|describes?|shows?|holds?|includes?)\b[^,;:]*$", re.I)
SUBJECT_VERB_AFTER = lazy(r"\s+(?:had|has|have|was|were|is|are|will|would)\s+(?!been\s+(?:in|on|at)\b)", re.I)
PRESENT_AFTER = lazy(r"^\s+(?:is|are|remains?|describes?|shows?|holds?|includes?)\b", re.I)


def noun_participle_in_present(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The expression dates a participle that describes a noun ("Glen Arrin is the first of two
    ferries ordered by Island Links in March 2022") in a sentence whose own verb is a present
    state: the sentence describes, and the participle's time dates no event of it; so does one
    whose noun is the subject of the verb right after the time ("price increases introduced in
    July had held up better than feared")."""
    found = NOUN_PARTICIPLE.search(sentence, 0, offset)
    if found is None or AUXILIARY_WORD.match(found.group("before")):
        return False
    if (found.group("before").islower() or found.group("before")[:1].isdigit()) and \
            SUBJECT_VERB_AFTER.match(sentence, offset + len(timex.text)):
        return True  # "said price increases introduced in July had held up": the subject's description
    rest = sentence[:found.start("before")] + sentence[offset + len(timex.text):]
    present = PRESENT_MAIN.search(sentence, 0, found.start("before")) or PRESENT_AFTER.match(
        sentence[offset + len(timex.text):])
    return present is not None and cue_patterns(language)["lead_verb"].search(rest) is None


def report_then_when(sentence: str, start: int, cut: re.Match[str], left: tuple[int, int],
                     timexes: list[Timex], language: str = "en") -> bool:
    """True for a when-clause after a reported clause whose only times are the report's ("The
    department announced on Wednesday that the line will be taken over by a state operator, when
    the contract expires on 1 March"): the when-clause's time is the reported event's, no cut."""
    if not cut.group().strip(" ,").lower().startswith("when"):
        return False
    reporting = cue_patterns(language)["reporting"]
    dated = [t for t in timexes if left[0] <= t.start and t.end <= left[1] and t.type in {"DATE", "TIME"}]
    return bool(dated) and all(
        reporting.search(sentence[max(0, t.start - start - 26):t.start - start]) is not None
        and sentence[t.end - start:].lstrip().lower().startswith("that ") for t in dated)


WEB_TOKEN = lazy(r"(?:https?://|www\.|@)|[\w-]\.(?:[a-z]{2,6})\b", re.I)
NAME_WORD_BEFORE = lazy(r"(?:^|[(\s])(?-i:[A-Z][\w'’&.-]*)\s+$", re.I)


# A person's years in brackets after the name: "the poet Ellen Caddow (1921–1998)", "Ann Lee (b. 1950)".
LIFESPAN = lazy(r"(?-i:[A-Z])[\w'’.-]*\s+\(\s*(?:\d{4}\s*[–—-]\s*(?:\d{4}|\d{2})?|(?:b|born|d|died)\.?\s*\d{4})"
                r"\s*\)", re.I)


BIRTH_OR_DEATH_AFTER = lazy(r"\s*(?:,\s*)?(?:(was\s+born)|died)\b", re.I)  # the verb after a lifespan
FOUR_DIGITS = lazy(r"\d{4}")
YEAR_OR_SPAN = lazy(r"^\d{4}(?:\s*[–—/-]\s*\d{2,4})?$")


@lru_cache(maxsize=4)
def _titled_document(language: str) -> re.Pattern[str]:
    words = list(word_list(language, "titled_document_nouns"))
    nouns = alternation(words + [word.upper() for word in words])  # a notice's capitals: "REGULATION ACT 1984"
    return compile_kept(rf"(?-i:\b(?:{nouns}))\s+$")


def names_a_titled_document(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A year, or a span of two, written after the capitalised noun of a law's or a document's title
    ("the Trade Union Act 2016", "Supplementary Budget Estimates 2025–26", a notice's "ROAD TRAFFIC
    REGULATION ACT 1984"): part of its name, no date."""
    return YEAR_OR_SPAN.match(timex.text.strip()) is not None and \
        _titled_document(language).search(sentence, max(0, offset - 40), offset) is not None


def in_lifespan(sentence: str, offset: int) -> bool:
    """The year lies in the years a name's brackets give its bearer ("the poet Ellen Caddow
    (1921–1998) left her papers to …"): who the person is, no date of the clause; unless the clause
    tells the birth or the death they bound ("Martha Greave (1861–1939) was born at No. 4": 1861)."""
    for found in LIFESPAN.finditer(sentence, 0, offset + 20):
        if found.start() < offset < found.end():
            told = BIRTH_OR_DEATH_AFTER.match(sentence, found.end())
            years = [found.start() + year.start() for year in FOUR_DIGITS.finditer(found.group())]
            return told is None or offset != years[-1 if told.group(1) is None else 0]
    return False


def in_web_address(sentence: str, offset: int, timex: Timex) -> bool:
    """The expression is part of a web or e-mail address ("subscribed at friday-stack.example.org"):
    a name, no time."""
    begin = max(sentence.rfind(" ", 0, offset), sentence.rfind("\n", 0, offset)) + 1
    end = next((i for i in range(offset + len(timex.text), len(sentence)) if sentence[i].isspace()), len(sentence))
    return WEB_TOKEN.search(sentence[begin:end].rstrip(".,;:!?)")) is not None


def deictic_in_name(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """A capitalised "Today", "Tonight" after a capitalised word that is no opener of a clause is
    part of a name ("(Sport Today)", "on Britain Tonight"): no time."""
    words = word_list(language, "deictic_name_words")
    if timex.text not in {w.capitalize() for w in words}:
        return False
    found = NAME_WORD_BEFORE.search(sentence[:offset])
    if found is None:
        return False
    previous = found.group().strip(" (").lower()
    return previous not in word_list(language, "clause_opening_words")


# (a tally: "that has seen 23 days of strikes since", "who has been to 61 shows since"; TimeML links
# a relative's state to its start: "which has been ruled from London since 1972")
RELATIVE_SINCE = lazy(r"\b(?:that|which|who)\s+(?:has|have)\s+(?:been\s+)?(?-i:[a-z]+)(?:\s+[\w'’-]+){0,2}?"
                      r"\s+\d[\d,.]*(?:\s+[\w'’-]+){1,4}?\s+since\s+(?:at\s+least\s+)?$", re.I)
PARTITIVE_OPENING = lazy(r"^\W*(?:\d{1,2}[:.]\d{2}\W*)?of\s+(?:the|all|those|these)\b[^,;]{0,100}$", re.I)


def state_of_a_noun(sentence: str, offset: int) -> bool:
    """The time is the start of a tally a relative clause keeps of its noun ("ending a dispute that
    has seen 23 days of strikes since last June"): the noun's history, no date of the clause."""
    return RELATIVE_SINCE.search(sentence, max(0, offset - 100), offset) is not None


def in_partitive_opening(sentence: str, offset: int, timex: Timex) -> bool:
    """The time lies in an opening "Of the …," that picks out a set ("Of the 64 flights due to leave
    before noon, 23 have been cancelled"): it describes the set, not when the clause happened."""
    return PARTITIVE_OPENING.match(sentence[:offset]) is not None and \
        "," in sentence[offset + len(timex.text):offset + len(timex.text) + 60]


def said_at(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The time of a report ("said on Thursday"), not of what it reports (nor one in the
    possessive: "said [Friday]'s profit-taking was …" tells of Friday's selling)."""
    return cue_patterns(language)["reporting"].search(sentence[max(0, offset - 26):offset]) is not None \
        and POSSESSIVE.match(sentence, offset + len(timex.text)) is None


FRONTED_APPOSITIVE = lazy(r"^\W*(?:a|an)\s+(?!(?:few\s+)?(?:day|days|week|weeks|fortnight|month|months|"
                          r"year|years|decade|hour|hours|minute|minutes|night|morning|afternoon|evening)\b)"
                          r"[^,;]*$", re.I)
PRONOUN_SUBJECT_AFTER = lazy(r"[^,;]*,\s+(?:he|she|they|it|we|I)\s+(?-i:[a-z])", re.I)


def in_fronted_appositive(sentence: str, offset: int) -> bool:
    """The expression lies in a noun phrase opening the sentence before its pronoun subject ("A
    member of the 1953 minor team, he made his debut in the 1955 championship"): it describes him."""
    return FRONTED_APPOSITIVE.match(sentence[:offset]) is not None and \
        PRONOUN_SUBJECT_AFTER.match(sentence, offset) is not None


def weak_bound(before: str, found: re.Match[str] | None, timex: Timex, language: str = "en") -> bool:
    """A state's bound before the time; "for" before a day names the day's slot ("heavy rain for
    Friday and Saturday"), as strong as "on" (a period it covers is a year's or a quarter's), unless
    a plan's participle sets the slot ("had pencilled in exchange for 17 October": only planned)."""
    if found is None:
        return False
    if not (found.group().lower().startswith("for") and timex.interval is not None
            and timex.interval.granularity == "day"):
        return True
    return _planned_slot(language).search(before[-40:]) is not None


@lru_cache(maxsize=8)
def _planned_slot(language: str) -> re.Pattern[str]:
    """A plan's participle ("pencilled in", "scheduled") as a whole word."""
    return re.compile(rf"\b(?:{alternation(word_list(language, 'slot_participles'))})\b", re.I)
