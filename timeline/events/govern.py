"""Which time dates a clause: the governing expression of each clause of a sentence.

A sentence is cut into clauses at coordinations ("…, and …", "; ", "…, having …") when each side
has a date of its own; each clause is dated by its best-ranked expression (`rank_timex`), read
with its neighbours where they belong together (`refine`), and dates that describe things, not
events, are left out (`dates_no_event`). The cue patterns are in `cues`, their words data in
`rules/<lang>/text.yaml`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice

import regex as re

from timeline.events import attributive, clocks, named_year, neighbours, periods, ranges, refine, roles
from timeline.events.attributive import (
    is_attributive,
    is_described_season,
    is_modifier,
    names_a_document,
    names_a_holiday_season,
)
from timeline.events.cues import cue_patterns
from timeline.events.descriptions import describes_only, describing_opener, participial_aside
from timeline.events.long_states import held_since_a_year, state_by_a_period, still_today
from timeline.events.tallies import states_a_tally
from timeline.language.compiled import lazy_regex
from timeline.language.resources import word_list
from timeline.models import FUZZY_VALUES, Interval, Timex

# A name and the appositive or relative clause after it ("Kopp, a 44-year-old protester",
# "MindSpring, which hosted the site"): an -ed word after its comma is the subject's verb.
BRACKETED_FIGURE = lazy_regex(r"^\s*[:=]\s*[^\w\s]?\s?\d")  # "(H1 2024: £132.3 million)", "(2023: 4.1%)"
NOW_AGED = lazy_regex(r"\s+(?:aged\s+)?\d{1,3}\b(?![.,:]?\d|\s*(?:%|per|years?\s+(?:ago|later|after|since)))", re.I)
HAS_BEFORE = lazy_regex(r"\b(?:has|have)\s+$", re.I)
NOW_TALLY = lazy_regex(r"\s+(?:[a-z]+ed|won|sold|grown|risen|made|seen|done|given|taken)\b[^.;,]{0,30}?\d", re.I)
# "since" and an event with its date ("haven't stood together since the Baftas in 2020")
SINCE_EVENT = lazy_regex(r"\bsince\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:[\w'’-]+\s+){1,4}?(?:in|on|of)\s+$",
                         re.I)
# an indefinite appositive after the subject ("The film, a ghost story set in 1947, opens …"), also
# past a dateline ("CALDER, May 6 — The museum will open X, an exhibition of glass from 1500 to
# 1800, on June 14"), not a time's distance ("…, a week after the storm on Tuesday, …")
APPOSITIVE_OPEN = lazy_regex(r"^(?:[^,;]*|[^;]*\s[-–—]\s[^,;]*),\s+(?:a|an)\s+"
                             r"(?!(?:few\s+)?(?:day|days|week|weeks|fortnight|month|months|year|"
                             r"years|decade|hour|hours|minute|minutes|night|morning|afternoon|evening)\b)[^,;]*$", re.I)
# An update's label before its stamp: "UPDATE 6 p.m. Thursday: …" is when the line was written, no
# clause's own date (the sentence is not cut at its "and" for it).
# "will not reopen until March", "won't sail until Friday", "wasn't to begin production until 2025", "would
# not resume until at least March 28": it happens then
NOT_UNTIL = lazy_regex(r"(?:(?:\bnot|n['’]t)\s+(?:[\w'’-]+\s+){0,5}?(?:until|till)\s+|(?<!\bnot\s)\b(?:can|may)\s+"
                       r"(?!not\b)(?:[\w'’-]+\s+){1,6}?(?:until|till|through)\s+"  # (a deadline: "can sign up until")
                       # (a run's end: "The production runs until 1 March, then tours …")
                       r"|\b(?:runs|ran|continues|continued|lasts|lasted)\s+(?:[\w'’-]+\s+){0,2}?(?:until|till)\s+)"
                       r"(?:at\s+(?:the\s+)?(?:least|earliest)\s+)?$", re.I)
THROUGH_SEASON = lazy_regex(r"\bthrough\s+$", re.I)  # "trained through [the winter]": the season it lasted
UPDATE_LABEL = lazy_regex(r"^\W*(?:update[sd]?|latest)\W*$", re.I)
# The start of a state in the perfect: "has been closed for repairs since " (not a count: "three times since")
PERFECT_SINCE = lazy_regex(r"\b(?:has|have)\s+(?:been\s+)?(?-i:[a-z]+)"
                           r"(?:\s+(?!since\b|times?\b|every\b|each\b|once\b|twice\b)[\w'’-]+){0,3}\s+since\s+$", re.I)
# Cue patterns (events.cues) right before a time that make it date no event
NO_EVENT_BEFORE = ("comparison", "habitual", "kind_of_day", "indirect_question", "source", "superlative_scope")
# A reference in brackets: "(Report, 24 September)", "(Smith et al., 2019)", a law report's "[2025] EWCA
# Civ 881": when what is cited appeared, not when the sentence's event happens.
CITATION_BEFORE = lazy_regex(r"\(\s*(?-i:[A-Z])[^()\d]{0,40},\s*$|\[\s*$", re.I)
CITATION_AFTER = lazy_regex(r"^\s*(?:,\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\s*\)|^\]\s+(?-i:[A-Z]{2,})\b")


def inside_quotes(sentence: str, offset: int) -> bool:
    """True when a position in a sentence lies between straight or curly double quotes."""
    before = sentence[:offset]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


@dataclass
class Dating:
    """The time of an event: its governing expression, widened to a range's end if any."""

    timex: Timex
    interval: Interval
    time_text: str
    end: int = -1  # absolute end of the dating phrase (a range's second expression), if wider
    upcoming: bool = False  # still to come although the interval holds the publication day
    begin: int = -1  # absolute start of the dating phrase when it opens before the expression

    @property
    def phrase_end(self) -> int:
        return max(self.end, self.timex.end)

    @property
    def phrase_start(self) -> int:
        return self.begin if 0 <= self.begin < self.timex.start else self.timex.start


def rank_timex(sentence: str, offset: int, timex: Timex, language: str = "en") -> tuple[int, ...]:
    """How well an expression dates its clause; lower is better.

    Outside quotes first; then not a state's bound ("since March", "until 2026"); then
    specific rather than fuzzy; then not the time of a report ("said today that profit fell
    in the third quarter" is about the quarter); then in the main clause rather than an aside
    (", which opened in 1968,"); then not a modifier ("fourth-quarter results on February
    12"); then earlier.
    """
    patterns = cue_patterns(language)
    before = sentence[max(0, offset - 60):offset]
    interval = timex.interval
    assert interval is not None
    return (
        int(inside_quotes(sentence, offset)),
        int((roles.weak_bound(before, patterns["weak"].search(before[-30:]), timex, language)
             and NOT_UNTIL.search(before) is None)
            or is_described_season(sentence, offset, timex, language)),
        int(roles.in_brackets(sentence, offset)),  # "Lunchtime News (repeated Sunday 10am)": a note
        # (an update's stamp, like a dateline, dates what has no time of its own: "[03/09/2025, 12:30]
        # Margaret: the committee meets on Sat at 10" is Saturday's meeting)
        int(is_dateline(sentence, offset, timex, language) or roles.in_heading(sentence, offset)
            or offset < refine.stamp_end(sentence)),
        int(bool(is_modifier(sentence, offset, timex) or roles.POSSESSIVE.match(sentence, offset + len(timex.text))) and
            patterns["figure_noun"].match(sentence[offset + len(timex.text):].removeprefix("'s").removeprefix("’s"))
            is not None),  # "said on Monday that fourth-quarter profit fell", "January's figures are due on 12 March"
        int(roles.in_condition(sentence, offset, timex) or roles.before_a_range(sentence, offset, timex)),
        # (not a time in the possessive, which qualifies the noun after it: "said [Friday]'s
        # profit-taking was …" tells of Friday's selling, not of when it was said)
        int(roles.said_at(sentence, offset, timex, language)),
        int(timex.value in FUZZY_VALUES),
        int(((patterns["parenthetical"].search(sentence[:offset]) is not None
              or APPOSITIVE_OPEN.match(sentence[:offset]) is not None) and "," in sentence[offset:])
            or roles.in_fronted_appositive(sentence, offset)
            or in_subject(sentence, offset, timex, language) or _relative_ago(sentence, offset, timex)
            or roles.in_subject_relative(sentence, offset, timex, language)),
        int(is_modifier(sentence, offset, timex) or is_attributive(sentence, offset, timex, language)
            or names_a_holiday_season(sentence, offset, timex, language)
            or roles.frames_comparison(sentence, offset, timex, language)),
        offset,
    )


def _relative_ago(sentence: str, offset: int, timex: Timex) -> bool:
    """An "ago" that ends a relative clause without commas ("paid tribute to the men who launched
    the revolution four decades ago in a rally on Saturday"): it counts back for the clause's own
    verb, so a time after it dates the sentence."""
    return timex.text.endswith("ago") and roles.RELATIVE_OPEN.search(sentence, max(0, offset - 80), offset) is not None


def in_subject(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The expression lies in a participle phrase of the subject, before the main verb: "A man
    accused of faking his death last summer pleaded guilty on Thursday"; or in a phrase after the
    subject's noun (`roles.in_subject_phrase`)."""
    patterns = cue_patterns(language)
    if roles.in_subject_phrase(sentence, offset, timex):
        return True
    found = patterns["subject_participle"].search(sentence[:offset])
    if found is None or patterns["lead_verb"].search(sentence[:found.start()]):
        return False
    return not patterns["lead_verb"].search(sentence[found.end():offset]) and \
        patterns["lead_verb"].search(sentence[offset + len(timex.text):]) is not None


def is_dateline(sentence: str, offset: int, timex: Timex, language: str = "en") -> bool:
    """The date of a dateline ("KINGSTON, Feb. 20 — …") or the clock time of a live update
    ("17:40 — …"): when the story or the update was filed, which dates the sentence only when it
    has no time of its own."""
    patterns = cue_patterns(language)
    before = sentence[:offset]
    if timex.type == "TIME" and offset < refine.stamp_end(sentence):
        return True  # "(Update 9:30 a.m.) The coastguard says …"
    opens = patterns["dateline_before"].match(before) is not None or (timex.type == "TIME" and not before.strip())
    return opens and patterns["dateline_after"].match(sentence[offset + len(timex.text):]) is not None


def dates_no_event(sentence: str, offset: int, language: str = "en", timex: Timex | None = None) -> bool:
    """True for dates that never date an event: comparisons ("the largest since 2008"),
    periods a figure covers ("profit for 2021"), habits ("usually falls in January"), what was
    asked about ("asked whether … by Christmas") and descriptive asides (", built in 1911,")."""
    patterns, sentence = cue_patterns(language), refine.unstamped(sentence, offset)  # (a stamp is no participle)
    before = sentence[max(0, offset - 120):offset]
    if (patterns["comparison"].search(before) or patterns["since"].search(before[-12:])) and \
            _dates_when_clause(sentence, offset, patterns, timex):
        return False  # "her first win since March 2022, when she beat …", "has run since 1911, when the
        # county paid for …": the when-clause happened then
    if any(patterns[name].search(before) for name in NO_EVENT_BEFORE) or \
            patterns["schedule_subject"].match(sentence) or \
            (timex is not None and patterns["habit_after"].match(sentence[offset + len(timex.text):])) or \
            (timex is not None and roles.in_subject_condition(sentence, offset, timex)) or \
            (timex is not None and roles.noun_participle_in_present(sentence, offset, timex, language)) or \
            (timex is not None and (roles.holiday_as_modifier(sentence, offset, timex, language)
                                    or roles.names_an_edition(sentence, offset, timex, language)
                                    or roles.in_web_address(sentence, offset, timex)
                                    or roles.in_lifespan(sentence, offset)
                                    or roles.in_advice_condition(sentence, offset, timex, language)
                                    or roles.names_a_schedule_year(sentence, offset, timex, language)
                                    or roles.names_a_titled_document(sentence, offset, timex, language)
                                    or roles.state_of_a_noun(sentence, offset)
                                    or roles.in_partitive_opening(sentence, offset, timex)
                                    or roles.deictic_in_name(sentence, offset, timex, language)
                                    or names_a_document(sentence, offset, timex, language)
                                    or states_a_tally(sentence, offset, timex, language)
                                    or held_since_a_year(sentence, offset, timex, language)
                                    or state_by_a_period(sentence, offset, timex, language)
                                    or still_today(sentence, offset, timex, language))):
        return True  # (and "the Christmas lights", "the September newsletter")
    if timex is not None and patterns["lead_verb"].search(before) is None and (
            patterns["provenance"].search(before) or (is_attributive(sentence, offset, timex, language) and (
                patterns["describing"].search(before[-60:]) or (patterns["describing_verb"].search(sentence, offset)
                                                                and patterns["lead_verb"].search(sentence) is None)))):
        return True  # "The centrepiece is a 1920s lens", "A 19th-century coat hangs beside a photograph from 1953"
    possessive = timex is not None and attributive.qualifies_the_noun_after(sentence, offset, timex, language)
    if patterns["period"].search(before) and not possessive and \
            not _written_date_when(sentence, offset, patterns, timex):
        return True  # "profit for 2021", but not "the location for Friday's ceremony"
    if patterns["since"].search(before[-12:]) and patterns["rate"].search(re.split(r"[;:]\s", sentence)[0]):
        return True  # "Since 2010 revenue has grown by 6 per cent a year": a statistic, not an event
    if timex is not None and timex.type != "TIME" and CITATION_BEFORE.search(before[-50:]) and \
            CITATION_AFTER.match(sentence[offset + len(timex.text):]):
        return True  # "(Report, 24 September)" is a reference; "(BBC Two, Saturday, 8pm)" a listing's slot
    if timex is not None and BRACKETED_FIGURE.match(sentence[offset + len(timex.text):]) and "(" in before[-12:]:
        return True  # "Revenue rose 12% to £148.2 million (H1 2024: £132.3 million)": the figure compared with
    if timex is not None and not sentence[:offset].strip(" \"“‘'") and \
            " ".join(timex.text.lower().split()) in word_list(language, "habit_present_expressions"):
        return True  # "These days she reads scripts at the kitchen table": a habit of the present, no event
    if timex is not None and timex.value == "PRESENT_REF" and \
            timex.text.lower() in word_list(language, "present_state_words"):
        return True  # "is the current director": a state of now, no event
    after_now = offset + len(timex.text) if timex is not None else offset
    if timex is not None and timex.text.lower() == "now" and (NOW_AGED.match(sentence, after_now) or (
            HAS_BEFORE.search(sentence, max(0, offset - 12), offset) and NOW_TALLY.match(sentence, after_now))):
        return True  # "Hollis, now 79, still lives …": an age; "has now raised £250,000": a running tally
    if patterns["habitual"].search(patterns["range_start"].sub("", before)):
        return True  # "is common in the valleys from November to March": the range's end too
    bound = patterns["weak"].search(before[-30:]) or SINCE_EVENT.search(before[-60:])  # "since the cup in 2011"
    if bound and not NOT_UNTIL.search(before) \
            and patterns["negation"].search(re.split(r"[,;]\s", before)[-1]) \
            and not _dates_when_clause(sentence, offset, patterns, timex):
        return True  # "have not reached a semi-final since 2009": no event, a state that held
    if timex is not None and patterns["witness_appeal"].match(sentence):
        return True  # "Witnesses who were in the area on Tuesday afternoon are asked to call police"
    if timex is not None and patterns["game_period"].search(before[-30:]):
        return True  # "with 7:18 left in the third quarter": a game's quarter, not a year's
    if timex is not None and timex.type == "TIME" and (
            patterns["race_time"].search(before) or patterns["game_clock"].match(sentence, offset + len(timex.text))
            or (timex.text[-1:].isdigit() and sentence[offset + len(timex.text):][:1] == ":")):
        return True  # "in 3:07:35", "1. Tom Achebe (Striders) 16:42": race times; "with 0:42 left" a game's
        # clock; "Friday, 11:48 p.m.: …" a stamp
    return describes_only(sentence, offset, language, timex) or participial_aside(sentence, offset, patterns) \
        or describing_opener(sentence, offset, patterns)


def _written_date_when(sentence: str, offset: int, patterns: Mapping[str, re.Pattern[str]],
                       timex: Timex | None) -> bool:
    """A written date a figure is compared with, followed by ", when …" ("down 6.8% from Sept. 9, when
    a bank failure set off selling"): the when-clause happened that day ("a year ago, when …" names
    the figure's earlier period)."""
    return timex is not None and any(c.isdigit() for c in timex.text) and \
        _dates_when_clause(sentence, offset, patterns, timex)


def _dates_when_clause(sentence: str, offset: int, patterns: Mapping[str, re.Pattern[str]],
                       timex: Timex | None) -> bool:
    """The date is followed by ", when …", a clause that happened at that date ("have not won since
    2009, when they beat …")."""
    return timex is not None and patterns["when_after"].match(sentence[offset + len(timex.text):]) is not None


def _range_end(sentence: str, start: int, timex: Timex, dated: list[Timex], language: str) -> Timex | None:
    """The second expression of "between X and Y", "from X to Y", or of a pair of like dates
    ("on Monday and Tuesday", "in March or April"), when timex is X."""
    patterns = cue_patterns(language)
    following = [t for t in dated if t.start >= timex.end]
    if not following:
        return None
    gap = sentence[timex.end - start:following[0].start - start]
    if patterns["range_opener"].search(sentence[max(0, timex.start - start - 10):timex.start - start]):
        return following[0] if patterns["range"].match(gap) or neighbours.RANGE_VIA_NOUN.match(gap) else None
    if neighbours.runs_until(gap, language):  # (to the last of the days it ends on: "… on 2 and 3 April")
        return neighbours.last_listed_day(sentence, start, following[0], following[1:], patterns["day_pair"]) \
            or following[0] if neighbours.BARE_DAY.match(following[0].text) else following[0]
    if gap.strip() == "|" and timex.type == following[0].type == "TIME":
        return following[0]  # a table row's two clock cells ("| Marine Parade | 6.45am | 11.15am |"): from, to
    if neighbours.BARE_DAY.match(timex.text):  # "on [3], [4] and [5 October]": to the one with its month
        return neighbours.last_listed_day(sentence, start, timex, following, patterns["day_pair"])
    same_kind = timex.interval and following[0].interval and \
        timex.interval.granularity == following[0].interval.granularity
    # (a comma alone joins days listed, each an event: "on 3 May, 9 June and 14 July")
    days = timex.interval is not None and timex.interval.granularity in {"day", "time"}
    if not same_kind or not patterns["day_pair"].match(gap) or (days and gap.strip() == ",") or \
            neighbours.years_apart(timex, following[0], gap, sentence[following[0].end - start:]):
        return None
    return neighbours.last_listed_year(sentence, start, following) if gap.strip() == "," else following[0]



# Clauses of real text hold at most 13 dates or times (a listing; 0.01% more than 5 in t17-dev, the
# gold set and entities-dev); the first so many are the candidates, so that a run of thousands of
# numbers (a table flattened, a hostile text) costs time in proportion to its length.
MAX_CANDIDATES = 24


def _candidates(timexes: list[Timex]) -> list[Timex]:
    """The first dates and times of a clause, in text order: those that may date it."""
    return list(islice((t for t in timexes if t.type in {"DATE", "TIME"} and t.interval is not None),
                       MAX_CANDIDATES))


def governing_dating(sentence: str, start: int, timexes: list[Timex], language: str = "en",
                     published: dt.datetime | None = None) -> Dating | None:
    """The time that dates a clause (offsets of timexes are absolute; the clause starts at start).
    With the publication time, a future duration ("will be held in two weeks") dates an
    otherwise undated clause."""
    dated = [t for t in _candidates(timexes)
             if not roles.part_of_number(sentence, start, t)  # the "24" of "2023-24", "000" of "4,000"
             and not dates_no_event(sentence, t.start - start, language, t)
             and not neighbours.in_habit(sentence, start, t, timexes, language)]
    if not dated:  # "a runoff will be held in two weeks"
        found = periods.dated_by_duration(sentence, start, timexes, language, published)
        return Dating(found[0], found[1], found[0].text, upcoming=True) if found else None
    best = min(dated, key=lambda t: rank_timex(sentence, t.start - start, t, language))
    if (found := periods.reported_future(sentence, start, best, timexes, language)) is not None:
        return Dating(found[0], found[1], found[0].text, upcoming=True)  # "said Monday it would … in two weeks"
    best = roles.finer_date_after_year_label(sentence, start, best, dated) or \
        roles.restated_date(sentence, start, best, dated) or roles.ordinal_day_named(best, dated) or \
        roles.weekday_restated(sentence, start, best, dated) or roles.finer_day_in_period(
            best, [t for t in dated if not roles.said_at(sentence, t.start - start, t, language)]) or best
    if best.value == "PRESENT_REF" and inside_quotes(sentence, best.start - start):
        return None  # "now" inside a quote dates the quote, not an event of the story
    if best.value == "PRESENT_REF":  # "3.41pm: The first ship has now berthed": now is the update's time
        best = next((t for t in dated if refine.by_own_stamp(sentence, start, t)), best)
    best = refine.stamp_of_its_day(sentence, start, best, dated)  # "**08.30** 41 schools are closed today"
    best = refine.end_over_report(sentence, start, best, dated, language)
    assert best.interval is not None
    if published is not None:
        update = refine.update_clock(sentence, start, best, published)
        if update is not None:
            return Dating(best, update, best.text)
    joined = _joined(sentence, start, best, dated, language, published)
    if joined is not None:
        return _joined_range(sentence, start, joined, dated, language)
    opening, end = ranges.range_ends(sentence, start, best, _range_end(sentence, start, best, dated, language),
                                     published)
    end = ranges.overnight_end(end, opening) if end is not None else None
    if end is None or end.interval is None or end.interval.end < opening.start:
        day_end = refine.day_range_end(sentence, start, best, cue_patterns(language)["range_opener"])
        if day_end is not None:
            return Dating(best, day_end[0], sentence[best.start - start:day_end[1] - start], day_end[1])
        return Dating(best, refine.period_part(best, opening), best.text)
    widened = opening.model_copy(update={"end": end.interval.end})
    return Dating(best, widened, sentence[best.start - start:end.end - start], end.end)


def _joined_range(sentence: str, start: int, joined: Dating, dated: list[Timex], language: str) -> Dating:
    """A joined phrase that opens a range runs to the range's end, itself read with its date: "from
    8pm on Friday 7 February until 6am on Monday 10 February"."""
    patterns, phrase = cue_patterns(language), sentence.find(joined.time_text)
    following = [t for t in dated if t.start >= joined.phrase_end]
    if phrase < 0 or not following or not patterns["range_opener"].search(sentence[max(0, phrase - 10):phrase]):
        return joined
    last = following[0]
    if not patterns["range"].match(sentence[joined.phrase_end - start:last.start - start]) or last.interval is None:
        return joined
    moment = refine.clock_at_date(sentence, start, last, dated, language)
    end = ranges.closing(moment or last.interval, sentence[last.start - start:][:20], last.text, joined.interval)
    last_end = max([last.end] + [t.end for t in dated if moment is not None and last.end <= t.start
                                 and t.start - last.end <= 8])
    if end.end < joined.interval.start:
        return joined
    widened = joined.interval.model_copy(update={"end": end.end})
    return Dating(joined.timex, widened, sentence[phrase:last_end - start], last_end, joined.upcoming)


def _joined(sentence: str, start: int, best: Timex, dated: list[Timex], language: str,
            published: dt.datetime | None = None) -> Dating | None:
    """The governing expression read with its neighbours: a clock time and its date, a month and
    its year, "1957-58", "a week on Tuesday"."""
    offset = best.start - start
    in_year = named_year.day_of_named_year(sentence, start, best, dated, cue_patterns(language), language)
    if in_year is not None:  # (then with its clock time: "Next week's chart … on Friday 4 April at 5.45pm")
        inner = _joined(sentence, start, in_year[0], dated, language, published) \
            if in_year[1] is in_year[0].interval else None
        end = _range_end(sentence, start, in_year[0], dated, language) if inner is None else None
        if end is not None and end.interval is not None:  # "next week, on 18 and 19 March"
            closing = ranges.closing(end.interval, sentence[end.start - start:][:20], end.text, in_year[1])
            if closing.end >= in_year[1].end:
                widened = in_year[1].model_copy(update={"end": closing.end})
                return Dating(in_year[0], widened, sentence[in_year[0].start - start:end.end - start], end.end)
        return inner or Dating(in_year[0], in_year[1], in_year[0].text)
    clock = clocks.clock_after_day(sentence, start, best, dated)
    if clock is not None:  # ("Saturday, with kick-off at 3pm", "Sunday: Farmers' market, 9am to 1pm": the
        phrase = sentence[offset:clock[1]]  # weekday's direction is read from the weekday alone)
        return Dating(best, clock[0], best.text if clocks.CLOCK_APART.search(phrase) else phrase, start + clock[1])
    before = clocks.clock_before_day(sentence, start, best, dated)
    if before is not None:
        return Dating(best, before[0], sentence[before[1]:offset + len(best.text)], begin=start + before[1])
    part = refine.part_of_day_on(sentence, start, best, dated, language)
    if part is not None and part.interval is not None:
        return Dating(part, part.interval, sentence[offset:part.end - start], begin=best.start)
    window = refine.clock_window(sentence, start, best, dated, language)
    if window is not None and window.interval is not None:
        return Dating(window, clocks.window_hours(best, dated, window) or window.interval, window.text)
    moment = refine.clock_at_date(sentence, start, best, dated, language)
    if moment is not None:
        partner = min((t for t in dated if t is not best), key=lambda t: abs(t.start - best.start))
        first, last = min(best.start, partner.start), max(best.end, partner.end)
        return Dating(best, moment, sentence[first - start:last - start], last)
    listed = neighbours.listed_days(sentence, start, best)
    if listed is not None:
        return Dating(best, listed[0], sentence[listed[1]:offset + len(best.text)], begin=start + listed[1])
    ago = neighbours.years_ago_this(sentence, start, best, published) if published is not None else None
    if ago is not None:
        return Dating(best, ago[0], sentence[offset:ago[1]], start + ago[1])
    day = refine.day_before_month(sentence, start, best)
    if day is not None:
        return Dating(best, day[0], sentence[day[1]:offset + len(best.text)], begin=start + day[1])
    in_year = refine.month_in_year(sentence, start, best, dated, language)
    if in_year is not None:
        interval, year = in_year
        return Dating(best, interval, sentence[offset:year.end - start], year.end)
    week = refine.week_of(sentence, start, best)
    if week is not None:
        return Dating(best, week, best.text)
    weekend = refine.weekend_of(sentence, start, best, dated)
    if weekend is not None:
        interval, day = weekend
        return Dating(best, interval, sentence[offset:day.end - start], day.end)
    season = refine.season_span(sentence, start, best)
    if season is not None:
        return Dating(best, season, sentence[offset:offset + len(best.text) + 3], best.end + 3)
    week_on = refine.week_on(sentence, offset, best, language, published)
    if week_on is not None:
        interval, length = week_on
        return Dating(best, interval, sentence[offset:offset + length], best.start + length)
    return None


def has_own_date(sentence: str, start: int, span: tuple[int, int], timexes: list[Timex], language: str) -> bool:
    """True when the span holds a date that could govern it (not a weak bound: "since", "until")."""
    weak = cue_patterns(language)["weak"]  # (a weak date is no date of its own, but "was not finished until 1998" is)
    for timex in timexes:
        if span[0] <= timex.start and timex.end <= span[1] and timex.type in {"DATE", "TIME"} and timex.interval:
            before = sentence[max(0, timex.start - start - 30):timex.start - start]
            season = timex.interval.granularity == "season" and THROUGH_SEASON.search(before) is not None
            if (not weak.search(before) or season or NOT_UNTIL.search(sentence, max(0, timex.start - start - 70),
                                                           timex.start - start)
                    or refine.past_state_end(sentence[span[0] - start:timex.start - start], language)) and \
                    not inside_quotes(sentence, timex.start - start) and \
                    not UPDATE_LABEL.match(sentence[:timex.start - start]):
                return True
    return False
