"""Events stage: clauses that carry a time expression become dated events.

A sentence is cut into clauses at coordinations ("…, and …", "; ", "… before …") when each
side has a date of its own; each such clause is an event dated by its governing expression
(see `rank_timex`). "between 2014 and 2016" and "from March to May" date one event with one
interval. A sentence without a date that continues the event before it (a quote, "he added",
a pronoun, or a name the event sentence used) becomes that event's detail; other undated
sentences are background, except the article's lead, which reports the news of the day and
is dated to the publication date. Boilerplate lines ("Read more:", bylines, captions) are
skipped.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt

import regex as re

from timeline.events import anchored, asides, diary, fiscal, frames, lists, neighbours, outlook, publication, refine
from timeline.events import spans as spans_module
from timeline.events.clause_cuts import clauses
from timeline.events.clause_text import antecedent_head, clause_auxiliary, clause_subject, clause_text
from timeline.events.cues import cue_patterns
from timeline.events.descriptions import describes_only
from timeline.events.govern import Dating, governing_dating
from timeline.events.headline import LEADING_UPDATE, LIST_MARKER, headline
from timeline.events.list_years import in_list_order
from timeline.events.recollection import Recollections, quoted_stretches
from timeline.events.story_years import StoryYears, story_years, word_headings
from timeline.events.stretches import dated_stretches
from timeline.language.boilerplate import comments_start, furniture_spans, is_boilerplate
from timeline.language.compiled import lazy_regex
from timeline.language.sentences import sentence_spans
from timeline.language.table_cells import row_as_text
from timeline.models import FUZZY_VALUES, Article, Event, Interval, Source, Timex, iso_minutes
from timeline.tag.tagger import tag_article

QUOTE_OPEN = "\"“‘'"
QUOTE_CHARS = "\"“”"
PART_OF_DAY_HINT = {"MO": -1, "AF": 1, "EV": 2, "NI": 3}
# A capitalised word that does not open the sentence: a cheap stand-in for a named entity.
NAME = lazy_regex(r"(?<=[\w,;:)]\s)([A-Z][a-z]{2,})")
YEAR_VALUE = lazy_regex(r"^\d{4}")
MAX_SUBJECT_WORDS = 8
SUBJECT_OPENING = lazy_regex(r"\s*(?:(?:he|she|they|it|we|i|you|the|a|an|his|her|its|their|our|this|these|those)\b"
                             r"|(?-i:[A-Z][a-z]))", re.I)
COLON_DATELINE = lazy_regex(r"(?m)^\s*[A-Z][A-Z'’. -]{2,30}:\s")  # "VELAPUR: The police on Wednesday arrested …"
EXCLAMATIVE = lazy_regex(r"^(?:what|how)\b[^.?]*!$", re.I)  # "What a week it has been!" reports nothing
LEAD_END = lazy_regex(r"[.!][\"”’')]*$")
PARAGRAPH_BREAK = lazy_regex(r"[ \t]*\n[ \t]*\n")
DASH_END = lazy_regex(r"[-–—]$")
KICKER_LABEL = lazy_regex(r"^[\w'’ -]{2,30}:\s")  # "Allergy alert: ALLERGY 41/2025", "Product notice: …"




class _Lines:
    """Whether the line holding a position is boilerplate, worked out once a line: the sentences
    of one long line (a page saved without line breaks) would each test it whole again."""

    def __init__(self, text: str, language: str) -> None:
        self.text, self.language = text, language
        self.begin, self.end, self.verdict = 0, -1, False

    def is_boilerplate(self, start: int) -> bool:
        if not self.begin <= start <= self.end:
            self.begin = self.text.rfind("\n", 0, start) + 1
            end = self.text.find("\n", start)
            self.end = end if end >= 0 else len(self.text)
            self.verdict = is_boilerplate(self.text[self.begin:self.end], self.language)
        return self.verdict


class _TimexesBySpan:
    """The expressions that start inside a span, found by bisection when they come in order of
    their start (as the tagger gives them), so that an article of many sentences stays linear."""

    def __init__(self, timexes: list[Timex]) -> None:
        self.timexes = timexes
        self.starts = [t.start for t in timexes]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def __call__(self, start: int, end: int) -> list[Timex]:
        if not self.ordered:
            return [t for t in self.timexes if start <= t.start < end]
        return self.timexes[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]


def _names(sentence: str) -> set[str]:
    return {m.group(1) for m in NAME.finditer(sentence)}


def continues(sentence: str, previous: str, language: str = "en") -> bool:
    """True when an undated sentence is detail of the event sentence before it."""
    patterns = cue_patterns(language)
    stripped = sentence.lstrip()
    if stripped[:1] in QUOTE_OPEN or patterns["openers"].search(stripped):
        return True
    if patterns["speech"].search(sentence) and any(q in sentence for q in QUOTE_CHARS):
        return True
    return bool(_names(sentence) & _names(previous))


def day_hint(timex: Timex | None) -> int:
    """Order within a day: earlier today < this morning < today < afternoon < evening < later."""
    if timex is None:
        return 0
    words = timex.text.lower()
    if "earlier" in words:
        return -2
    if "later" in words:
        return 4
    suffix = timex.value.rsplit("T", 1)[-1] if "T" in timex.value else ""
    return PART_OF_DAY_HINT.get(suffix, 0)


def is_upcoming(interval: Interval, hint: int, published: dt.datetime) -> bool:
    """True when the event lies after the publication time ("later today" counts)."""
    day = published.date().isoformat()
    if interval.start[:10] > day:
        return True
    if interval.start[:10] < day:
        return False
    if interval.granularity == "time":
        return interval.start > iso_minutes(published) and published.hour + published.minute > 0
    return hint >= 4 or (hint == 3 and interval.granularity == "partofday")


def _refined(article: Article, sentence: str, position: int, dating: Dating, anchor: int | None,
             language: str, clause: tuple[int, int] | None = None) -> tuple[Interval, bool]:
    """The dating's interval as the sentence refines it (a chronology's year, a past year, this
    week's weekday, the publication's surroundings), and whether that makes it still to come.
    A refinement that would leave the calendar (years 1 to 9999) is not made."""
    timex, interval = dating.timex, dating.interval
    try:
        interval = refine.chronology_year(article.text, timex, interval, article.published, anchor, language)
        interval = outlook.at_publication(timex, interval, article.published)
        interval = outlook.overnight_at_publication(timex, interval, article.published)
        if interval is dating.interval and dating.time_text == timex.text:
            interval = publication.past_year(sentence, timex.start - position, timex, interval, article.published,
                                        language)
            interval = publication.coming_year(sentence, timex.start - position, timex, interval, article.published,
                                          language)
            interval = outlook.coming_clock(sentence, timex.start - position, timex, interval, article.published,
                                            language)
            interval = outlook.coming_date(sentence, timex.start - position, timex, interval, article.published,
                                           language)
        # a weekday's direction comes from its own clause when the sentence was cut into several
        own, begin = (article.text[clause[0]:clause[1]], clause[0]) if clause and _has_subject(
            article.text[clause[0]:clause[1]], clause[0] == position) else (sentence, position)
        phrase = own.find(dating.time_text, max(0, timex.start - begin - len(dating.time_text)))
        if phrase >= 0:
            interval = refine.present_weekday(own, phrase, dating.time_text, interval, article.published, language)
            interval = refine.deferred_weekday(own, phrase, dating.time_text, interval, article.published, language)
            interval = neighbours.coming_weekday(own, phrase, dating.time_text, interval, article.published,
                                                 language)
            interval = outlook.coming_weekday(own, phrase, dating.time_text, interval, article.published, language)
            interval = outlook.past_weekday(own, phrase, dating.time_text, interval, article.published, language)
            interval = outlook.hours_from(own, phrase, timex, interval)
        interval = refine.holiday_season(sentence, timex.start - position, timex, interval, language)
        interval, before = publication.until_before(sentence, timex.start - position, timex, interval,
                                                    article.published, language)
        if before:
            return interval, True
        return publication.around_publication(sentence, timex.start - position, timex, interval, article.published,
                                              language)
    except (OverflowError, ValueError):  # at the calendar's edge: the interval as the expression gives it
        return dating.interval, False


def _has_subject(clause: str, first: bool) -> bool:
    """True for a sentence's first clause, or a later one that opens with its own subject (a
    pronoun, a determiner, a name): "…and they meet again on Tuesday", not "…and partly
    responsible for a drop on Wednesday", which shares the first clause's verb and tense."""
    return first or SUBJECT_OPENING.match(clause) is not None


def make_event(article: Article, sentence: str, position: int, dating: Dating,
               clause: tuple[int, int] | None = None, aside: tuple[int, int] | None = None,
               subject: str | None = None, language: str = "en", source: Source | None = None,
               anchor: int | None = None) -> Event:
    """An event from its sentence, its clause and its dating. An aside inside the clause (a
    relative clause that is an event of its own) is left out of the headline; a relative
    clause's own headline takes its antecedent as subject ("which opened" → "The bridge opened")."""
    timex = dating.timex
    interval, still_to_come = _refined(article, sentence, position, dating, anchor, language, clause)
    hint = day_hint(timex)
    approximate = interval.approximate or timex.value in FUZZY_VALUES or timex.mod in {"APPROX"}
    begin, end = clause or (position, position + len(sentence))
    label_source = article.text[begin:end]
    time_start, time_end = dating.phrase_start - begin, dating.phrase_end - begin
    if aside is not None and begin <= aside[0] < aside[1] <= end:
        label_source = article.text[begin:aside[0]] + article.text[aside[1]:end]
        if timex.start >= aside[1]:
            time_start, time_end = time_start - (aside[1] - aside[0]), time_end - (aside[1] - aside[0])
    if subject is None and aside is None:
        subject, label_source, time_start, time_end = _dated_by_relative_clause(label_source, time_start, time_end,
                                                                                language)
    if subject:
        pronoun = re.match(r"\s*(?:which|who)\s+", label_source, re.I)
        if pronoun:
            shift = len(subject) + 1 - pronoun.end()
            label_source = f"{subject} {label_source[pronoun.end():]}"
            time_start, time_end = time_start + shift, time_end + shift
    return Event(
        start=interval.start, end=interval.end, granularity=interval.granularity, approximate=approximate,
        upcoming=(dating.upcoming or still_to_come or is_upcoming(interval, hint, article.published))
        and not refine.by_own_stamp(sentence, position, timex),
        text=shown_text(sentence),
        headline=headline(label_source, time_start, time_end, language),
        time_text=dating.time_text, value=timex.value, type=timex.type,
        source=source or article.source, sources=[source or article.source], position=begin, day_hint=hint,
    )


def shown_text(sentence: str) -> str:
    """The sentence as an event's text, without a list's bullet or number ("- 12 March 2019: …")
    or a live page's update stamp ("(Update 1:00 a.m. in Cairo, 6:00 p.m. ET) …": the event's
    date says it); a table's row as its cells. A line break inside it is a scraped page's break in
    a stock ticker ("(IPF.\nL)"): it goes."""
    stripped = sentence.strip()
    first_line = stripped.split("\n", 1)[0]
    if "\n" in stripped and refine.stamp_end(first_line) >= len(first_line):
        stripped = stripped.split("\n", 1)[1].strip()  # a stamp on a line of its own over its update
    stripped = stripped.replace("\n", "")
    for furniture in (LEADING_UPDATE, LIST_MARKER):  # "(Update 7:00 p.m.) - Banks will …"
        if (found := furniture.match(stripped)) and found.end() < len(stripped):
            stripped = stripped[found.end():]
    return row_as_text(stripped)


def _dated_by_relative_clause(text: str, time_start: int, time_end: int,
                              language: str) -> tuple[str | None, str, int, int]:
    """When the time lies in a relative clause ("Bus fares, which rose twice last year, will be
    frozen"), the event is that clause: (its antecedent, the clause, shifted time offsets)."""
    for found in cue_patterns(language)["relative_aside"].finditer(text):
        if found.start() <= time_start and time_end <= found.end():
            antecedent = text[:found.start()].strip()
            if 0 < len(antecedent.split()) <= MAX_SUBJECT_WORDS:
                clause_start = found.start() + 2
                return antecedent, text[clause_start:found.end()], time_start - clause_start, time_end - clause_start
    return None, text, time_start, time_end


def lead_event(article: Article, sentence: str, position: int, source: Source | None = None) -> Event:
    """The undated lead of a news story: the news of the publication day."""
    day = article.published.date().isoformat()
    return Event(
        start=day, end=day, granularity="day", approximate=False, upcoming=False, text=shown_text(sentence),
        headline=headline(sentence), time_text="", value=day, type="DATE", dated_by="publication",
        source=source or article.source, sources=[source or article.source], position=position,
    )


def _is_kicker(text: str, start: int, end: int) -> bool:
    """A heading standing as a paragraph of its own above the lead ("Allergy alert: ALLERGY 41/2025",
    "Four stars"): the lead is still the first sentence (an entry's heading runs on into it)."""
    line = text[start:end].strip()
    return not LEAD_END.search(line) and PARAGRAPH_BREAK.match(text, end) is not None and \
        (KICKER_LABEL.match(line) is not None or len(line.split()) <= 3) and DASH_END.search(line) is None
    # (not a headline, "Mothers seek …", nor a dateline "HAVANA (AP) --" whose story runs on below it)


def _is_news_lead(sentence: str, language: str) -> bool:
    """A lead sentence that reports something done (a finite verb), not a quote, a question or the
    introduction of a list ("Here are the key moments since …")."""
    stripped = sentence.strip()
    if not LEAD_END.search(stripped):
        return False  # a heading ("Rail strike – as it happened") reports nothing: a lead ends as a sentence
    patterns = cue_patterns(language)
    return bool(stripped) and stripped[0] not in QUOTE_OPEN and not stripped.endswith("?") and \
        not EXCLAMATIVE.match(stripped) and patterns["list_introduction"].match(stripped) is None and \
        patterns["news_lead_verb"].search(stripped) is not None and \
        patterns["lead_long_state"].search(stripped) is None  # ("has cracked eggs … for 52 years": a state)


def extract_events(article: Article, timexes: list[Timex] | None = None, language: str = "en") -> list[Event]:
    """Dated events of one article, in document order, with their continuing sentences as details."""
    timexes = dated_stretches(article.text, tag_article(article, language) if timexes is None else timexes)
    events: list[Event] = []
    source = article.source  # one object shared by every event of the article (memory)
    previous_event_text: str | None = None
    comments = comments_start(article.text, article.content_offset, language)  # reader comments: not the article
    content = article.text[article.content_offset:comments]
    first, stamped = True, False
    frame: Event | None = None  # the last range of days a story is told in ("a week at camp from …")
    said: set[str] = set()  # the texts of the article's events so far
    since = 0
    years = story_years(article.text, timexes, language)
    lines = _Lines(article.text, language)
    within = _TimexesBySpan(timexes)
    story_year = StoryYears(years, word_headings(article.text))
    furniture = furniture_spans(article.text, article.content_offset, comments, language)
    furniture = spans_module.with_chapter_marks(furniture, article.text, article.content_offset, comments)
    log = frames.log_frames(article.text, timexes)  # "the log for May 9 to May 15"
    almanac = frames.almanac_start(content, language)  # "On this date: In 1936, …"
    almanac = None if almanac is None else article.content_offset + almanac
    coming = outlook.coming_days(timexes, article.published)  # "will be thrown open on the 14th"
    fiscal_month = fiscal.fiscal_start_month(content, language)  # "our fiscal year runs from October"
    reviewed = fiscal.reviewed_year(article.text, timexes, language) if fiscal_month else None
    dateline = _colon_dateline(article)  # once per article: each boilerplate line would search the whole body
    spans = spans_module.without(furniture, spans_module.with_stamps(sentence_spans(content, language), content),
                                 article.content_offset, article.text)
    spans = spans_module.with_headings(spans, article.text, within)
    headings = spans_module.day_headings(spans, article.text, within, language)  # "**Tuesday 17 June**"
    days = diary.diary_sections(article.text, article.content_offset, comments, timexes, article.published, language)
    diary_days = diary.diary_days(days, timexes, article.published, language) if days else {}  # "**Day 2.**"
    recalled = Recollections(quoted_stretches(article.text, article.content_offset, comments), article.published.year,
                             language)  # '"I was called up in 1940 … We landed at Suez on 2 June.'
    updates = [begin for begin, finish in spans if refine.stamps_update(article.text[begin:finish])]
    for start, end in spans:
        sentence = article.text[start:end]
        inside = within(start, end)
        update = updates[max(bisect.bisect_right(updates, start) - 1, 0)] if updates else 0  # (its live update)
        recalled.hear(sentence, start)  # '"These days I live in Leeds.': the recollection's story ends
        if spans_module.is_date_heading(article.text, start, end, within) or \
                diary.heading_only(days, article.text, start, end):
            continue  # a line holding only a date ("12 September 2024", "Day 2 (Friday)") says nothing that happened
        if fiscal_month is not None and fiscal.states_fiscal_year(sentence, language):
            continue  # "Our fiscal year runs from October to September": the calendar, no event
        if lines.is_boilerplate(start) and not _opens_with_date(sentence, start, inside) and \
                article.text.rfind("\n", 0, start) + 1 != dateline and not refine.stamps_update(sentence):
            # (an update's stamp on a line of its own opens its update as a headline opens a story)
            stamped = refine.stamp_end(sentence.strip()) >= len(sentence.strip()) > 0
            continue  # skipped without breaking the thread of the event before it
        found = [] if _asks(sentence, language) else _clause_events(article, sentence, start, inside, language,
                                                                    source, story_year(start))
        if not found and events and (told := anchored.anchored_event(article, sentence, start, events, source,
                                                                     language)) is not None:
            found = [told]  # "the day after his death": the day of an event the story dated
        if found:
            found = diary.deeds_beside_asides(found, sentence, start, days, article.published, language) + found
            reference = events[-1] if events and since <= 2 else None
            clause_before = reference  # ("It snowed from 9pm yesterday until 5am, and the groomers were out from 4am")
            for event in found:  # "13 February 1974 … 14 February": the story's year, not the publication's
                anchored.clock_on_anchored_day(event, events, article.published, language)
                anchored.clock_on_retold_day(event, events, language)
                anchored.distance_from_time(event, language)
                neighbours.in_year_of_reference(event, reference, article.published, language)
                neighbours.on_day_told_before(event, reference, article.published)
                for before in (clause_before, reference):  # (the sentence's reference once its clause's is not)
                    neighbours.after_the_night_before(event, before, article.published)
                frames.in_weekdays_year(event, article.published.date())
                frames.in_log_frame(event, log)
                frames.on_almanac_day(event, almanac, article.published)
                outlook.on_coming_day(event, [day for day in coming if day[0] >= update], article.published, language)
                frames.day_of_named_thing(event, article.text, within, article.published, update)
                frames.listing_day(event, article.text, within, article.published)
                frames.narrative_day(event, reference, events)
                frames.weekday_in_frame(event, frame, reference if since == 1 else None)  # (told straight on)
                frames.ordinal_day(event, within, article.text)
                frames.on_heading_day(event, headings, article.published)
                fiscal.in_fiscal_period(event, fiscal_month, inside, article.text)
                fiscal.in_reviewed_year(event, reviewed, language)
                diary.on_diary_day(event, days, diary_days, timexes, article.published)
                recalled.place(event)
                clause_before = event
            frame = frames.story_frame(found[-1], frame)
            fresh = [event for event in found if event.text not in said]
            said.update(event.text for event in fresh)  # a paragraph the page repeats: its first telling
            events.extend(fresh)
            previous_event_text = sentence if fresh else None
        elif (first or stamped or diary.section_at(days, start) or _describes_only(sentence, start, inside, language)) \
                and _is_news_lead(sentence, language):
            events.append(lead_event(article, sentence, start, source))
            diary.undated_on_diary_day(events[-1], days, article.published)  # "**Day 4.** Two days of rain had …"
            fiscal.lead_by_reported_period(events[-1], sentence, start, inside, language)
            previous_event_text = sentence
        elif events and previous_event_text is not None and continues(sentence, previous_event_text, language):
            events[-1].details.append(sentence.strip())
            previous_event_text = sentence
        else:
            previous_event_text = None  # background: the thread of the last event is broken
        since = 1 if found else since + 1  # sentences since the last event's, the reference of the next ones
        first = first and not found and _is_kicker(article.text, start, end)
        stamped = False
    return in_list_order(events, article.text, article.published)  # "- …, Nov. 12 – Dec. 20"


def _describes_only(sentence: str, start: int, timexes: list[Timex], language: str) -> bool:
    """The sentence's times are all vague or describe things it names ("worried about the
    future", "near its record high set on Aug. 6"): it reports the news of the day."""
    dated = [t for t in timexes if t.type in {"DATE", "TIME"}]
    return bool(dated) and all(t.value != "PAST_REF" and describes_only(sentence, t.start - start, language, t)
                               for t in dated)  # "in the past, Russia has often claimed …" is no news


def _asks(sentence: str, language: str) -> bool:
    """A question ("Q: How did this compare with 2019?") asks, and a stamped reply that only
    acknowledges ("[03/09/2025, 08:15] Priya: Legend, thank you!!") answers: neither reports an event."""
    return (sentence.rstrip().rstrip("\"”’'").endswith("?") and
            cue_patterns(language)["question"].match(sentence) is not None) or \
        refine.acknowledges_only(sentence, language)


def _colon_dateline(article: Article) -> int:
    """Where the article's first line starts when a place in capitals and a colon opens it, as
    Indian papers write a dateline ("VELAPUR: The police on Wednesday arrested …"), else -1: news,
    not a transcript's speaker, whose cue opens other lines too ("OBAMA: …", then "BIDEN: …")."""
    body = article.text[article.content_offset:]
    first = article.content_offset + len(body) - len(body.lstrip())
    if COLON_DATELINE.match(article.text, first) is None or len(COLON_DATELINE.findall(body)) != 1:
        return -1
    return first


def _opens_with_date(sentence: str, start: int, timexes: list[Timex]) -> bool:
    """A sentence that opens "By Friday, …" or "By 2030 …": a deadline, not a byline."""
    opener = re.match(r"\s*by\s+", sentence, re.I)
    return opener is not None and any(t.start == start + opener.end() for t in timexes)


def _clause_events(article: Article, sentence: str, start: int, timexes: list[Timex], language: str,
                   source: Source | None = None, anchor: int | None = None) -> list[Event]:
    events: list[tuple[Event, str]] = []  # each with its clause's own text
    told = asides.time_told_of(sentence, start, timexes, language)
    if told is not None:  # its times describe a time, and date nothing
        timexes = [t for t in timexes if not told[0] <= t.start < told[1]]
    for inside in asides.bracketed_relatives(sentence, start):  # "(who takes over tomorrow)": nothing
        timexes = [t for t in timexes if not inside[0] <= t.start < inside[1]]
    aside = asides.relative_aside(sentence, start, timexes, language)
    opening = aside is None and (aside := asides.opening_aside(sentence, start, timexes, language)) is not None
    main = timexes
    if aside is not None:
        main = [t for t in timexes if not aside[0] <= t.start < aside[1]]
        inner = [t for t in timexes if aside[0] <= t.start < aside[1]]
        dating = governing_dating(sentence, start, inner, language, article.published)
        if dating is not None:  # after the comma: "who won the cup …"; before it: "Born in 1946"
            label = (aside[0], aside[1] - 2) if opening else (aside[0] + 2, aside[1])
            antecedent = article.text[start:aside[0]].strip()
            antecedent = antecedent[bullet.end():] if (bullet := LIST_MARKER.match(antecedent)) else antecedent
            subject = antecedent if 0 < len(antecedent.split()) <= MAX_SUBJECT_WORDS else None
            own_subject = subject or antecedent_head(antecedent)  # the text's: "…, the fund's shares, which …"
            events.append((make_event(article, sentence, start, dating, label, subject=subject, language=language,
                                      source=source, anchor=anchor),
                           clause_text(article.text[label[0]:label[1]], own_subject, language, relative=True)))
    spans = clauses(sentence, start, main, language)
    first_clause = article.text[spans[0][0]:spans[0][1]]
    subject = clause_subject(first_clause, spans[0][0], timexes, language) if len(spans) > 1 else None
    auxiliary = clause_auxiliary(first_clause, language) if subject else None
    for begin, end in spans:
        inside = [t for t in main if begin <= t.start < end]
        dating = governing_dating(sentence, start, inside, language, article.published)
        if dating is None:
            continue
        own = article.text[begin:aside[0]] + article.text[aside[1]:end] \
            if aside is not None and begin <= aside[0] < aside[1] <= end else article.text[begin:end]
        listed = lists.listed_datings(sentence, start, dating, inside, language, article.published)
        span = lists.as_span([dating, *(item for item, _ in listed)]) if listed else None
        if span is not None:  # "on Monday, Tuesday and Wednesday": one span
            dating, listed = dataclasses.replace(dating, interval=span, end=listed[-1][0].phrase_end), []
        if listed:  # "at 1.15am on 6 July, 2.40am on 18 August and …": an event for each date
            head = article.text[begin:dating.phrase_start]
            datings = [dating, *(item for item, _ in listed)]
            for item in datings:
                item = lists.with_list_year(item, datings[-1], sentence, start)
                events.append((make_event(article, sentence, start, item, (begin, end), aside, language=language,
                                          source=source, anchor=anchor),
                               clause_text(head + article.text[item.phrase_start:item.phrase_end], None, language)))
            continue
        events.append((make_event(article, sentence, start, dating, (begin, end), aside, language=language,
                                  source=source, anchor=anchor),
                       clause_text(own, subject if begin > spans[0][0] else None, language, auxiliary=auxiliary)))
        ending = asides.when_after_range_end(sentence, start, dating, inside)
        if ending is not None:  # "… until 1931, when it was sold": an event at the range's end
            when = clause_text(article.text[ending[1]:ending[2]], None, language)
            events.append((make_event(article, sentence, start, ending[0], ending[1:], language=language,
                                      source=source, anchor=anchor), when))
    events.sort(key=lambda pair: pair[0].position)
    kept = _one_per_time(events)
    if len(kept) > 1:  # one sentence, several times: each event says its own clause
        for event, text in kept:
            if text:
                _say_own_clause(event, text, language)
    return [event for event, _ in kept]


def _say_own_clause(event: Event, text: str, language: str) -> None:
    """Give an event its clause's text, and the headline made from it when it names the time
    (the clause may have taken the sentence's subject: "Hackworth died")."""
    event.text = text
    found = text.find(event.time_text) if event.time_text else -1
    if found >= 0:
        event.headline = headline(text, found, found + len(event.time_text), language)


def _one_per_time(events: list[tuple[Event, str]]) -> list[tuple[Event, str]]:
    """The events of one sentence, one per time span: two clauses of a sentence dated alike
    ("will speak tomorrow … at Friday prayers") are one event, the first."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for event, text in events:
        if (event.start, event.end) not in seen:
            seen.add((event.start, event.end))
            kept.append((event, text))
    return kept
