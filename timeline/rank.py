"""Rank: how important each event and each day of a collection is, from how strongly it is supported.

A report (one article's sentence dated to a time) weighs 1, and 2 when its own time expression
names the day ("on March 3", "3/3/2011") in an article published on another day: a later article
going back to a day is the strongest sign that the day mattered, while "today" and "on Tuesday"
mostly repeat the news of the moment. A report that names none of the collection's most widespread
proper names (its topic: "Mugabe", "Zimbabwe") weighs half: scraped archives carry off-topic items.
A report in an article's lead (its first sentences) weighs a quarter more: a news article opens
with what it is about, while the days it names further down are background and asides.

An event's score is the sum of the weights of the reports merged into it; a day's score counts each
article once, at its strongest report of that day (ten sentences of one article about a day are
one voice). A day that only articles written before it report (a scheduled vote, a deadline) counts
half once the collection reaches past it without any article reporting it on the day or after:
it did not happen, or it did not matter. Date references and their spread over articles are the
signals the timeline-summarization literature finds strongest (Tran et al. 2013; Martschat &
Markert 2018).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from timeline.language.resources import resource, table, word_list
from timeline.language.trie import alternation
from timeline.models import FUZZY_VALUES, GRANULARITY_RANK, Event, Support
from timeline.order import content_stems

TOPIC_WORDS = 3  # proper names that make a collection's topic
MAX_NAMES, KEPT_NAMES = 100_000, 20_000  # names counted at most; kept (the most frequent) when there are more
OFF_TOPIC = 0.5  # weight of a report that names none of them
NAMED_DAY = 1.0  # extra weight of a report that names its day from another day
# A report whose sentence starts within an article's first LEAD_CHARS characters (its lead: the first
# two or three sentences of a news article) weighs LEAD times more. On the dev sets every LEAD from 1.25
# to 2 with every LEAD_CHARS from 400 to 800 gains on iraq and the people at N days; only this lightest keeps the
# very first days of the ranking (those a short timeline keeps) as good (docs/MEASUREMENTS.md, "Measuring key dates").
LEAD, LEAD_CHARS = 1.25, 400
UNCONFIRMED = 0.5  # a past day that only articles written before it report: announced, never reported
DAY_RANK = GRANULARITY_RANK["day"]  # a day, a part of a day or a clock time: the events a day is chosen by
ARTICLE_TIEBREAK = 1e-3  # between days of equal weight, the one more articles report
REPEAT = 0.5  # cosine above which two sentences of one day say the same thing
NAMES_OWN_DAY = 0.1  # preference, among a day's sentences, for one whose own expression names the day
VAGUE = 1.0  # "now", "recently": the state of things when an article was written, said only when nothing else is
# (so is a sentence that points at its page: "the chart below shows …")
# A sentence with fewer content words than this says little of what happened ("Right now, it's
# 1:00 a.m. in Egypt."): its merit falls by SHORT for each word it lacks, as a share of them.
FULL_WORDS, SHORT = 10, 0.5
# A capitalised word inside a sentence (not its first word): a proper name, or part of one. Two
# letters are enough: "Hu", "Xi", "Li" name whole stories ("Mr", "Dr" are abbreviations, not names).
PROPER_NAME = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b[A-Z][a-z]+\b")
WORD = re.compile(r"[^\W\d_]+")


def is_daylike(event: Event) -> bool:
    """True for an event dated to a day or more precisely (what key dates are chosen among); not
    for a vague stretch of days ("a few days ago", "the coming days"), which names no one day."""
    return GRANULARITY_RANK[event.granularity] <= DAY_RANK and not (
        event.approximate and event.start[:10] != event.end[:10])


@lru_cache(maxsize=4)
def _named_day(language: str) -> re.Pattern[str]:
    """A calendar day written out: a month name with a day number, or a numeric date."""
    months = alternation(table(language, "month"))
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    return re.compile(rf"\b(?:(?:{months})\.?\s+{day}\b|{day}\s+(?:of\s+)?(?:{months})\b|\d{{4}}-\d\d-\d\d"
                      rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _page_reference(language: str) -> re.Pattern[str]:
    """What points at the page around a sentence ("the chart below", "pictured above", "click here")."""
    return re.compile(resource(language, "page_reference"), re.IGNORECASE)


def refers_to_page(text: str, language: str = "en") -> bool:
    """True for a sentence that points at a chart, a picture or a link of its page: no summary of a day."""
    return _page_reference(language).search(text) is not None


def names_day(time_text: str, language: str = "en") -> bool:
    """True when a time expression writes its calendar day out ("March 3", "3 March", "2011-03-03")."""
    return _named_day(language).search(time_text) is not None


@lru_cache(maxsize=4)
def _not_topic(language: str) -> frozenset[str]:
    """Capitalised words that name no topic: stopwords, abbreviations ("Mr", "St"), month and weekday names."""
    return frozenset(word_list(language, "stopwords")) | frozenset(word_list(language, "abbreviations")) | frozenset(
        table(language, "month")) | frozenset(table(language, "weekday"))


def article_names(events: Iterable[Event], language: str = "en") -> list[str]:
    """The proper names an article's event sentences use (lowered, sorted), those a topic may be made of."""
    names = {word.lower() for event in events for word in PROPER_NAME.findall(event.text)}
    return sorted(names - _not_topic(language))


@dataclass
class TopicCounter:
    """Counts, over the articles of a collection, those whose event sentences use each proper name."""

    language: str = "en"
    counts: Counter[str] = field(default_factory=Counter)

    def add_article(self, events: Iterable[Event]) -> None:
        self.add_names(article_names(events, self.language))

    def add_names(self, names: Iterable[str]) -> None:
        """Count one article's names (`article_names`)."""
        self.counts.update(names)
        if len(self.counts) > MAX_NAMES:  # memory stays flat: rare names can never make the topic
            self.counts = Counter(dict(sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))[:KEPT_NAMES]))

    def topic(self, size: int = TOPIC_WORDS) -> frozenset[str]:
        """The names found in the most articles (ties by the name, for a stable result)."""
        ranked = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        return frozenset(name for name, _ in ranked[:size])


def weigh_report(event: Event, topic: frozenset[str], language: str = "en") -> Event:
    """A single report with its own support and score (before merging adds other reports)."""
    day = event.start[:10]
    published = (event.source.date or "")[:10]
    explicit = (event.dated_by == "expression" and is_daylike(event) and published != day
                and names_day(event.time_text, language))
    weight = 1.0 + NAMED_DAY * explicit
    if topic and topic.isdisjoint(map(str.lower, WORD.findall(event.text))):
        weight *= OFF_TOPIC
    if event.position < LEAD_CHARS:
        weight *= LEAD
    # What pydantic's __setattr__ does for these two fields (Event validates no assignment), at
    # once: a build weighs every report, and two calls through it cost a third of this function.
    event.__dict__.update(support=Support(articles=1, mentions=1, explicit=int(explicit)), score=weight)
    event.__pydantic_fields_set__.update(WEIGHED)
    return event


WEIGHED = ("support", "score")  # what weigh_report sets on a report


@dataclass
class DayScores:
    """Each day's score, from the reports of a collection given in timeline order (day by day).
    `as_of`: the latest publication day of the collection, past which no day can be confirmed."""

    as_of: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    day: str | None = None
    voices: dict[int, float] = field(default_factory=dict)  # the current day: article -> its strongest report
    confirmed: bool = False  # the current day: some article published on it or after reports it

    def watch(self, reports: Iterable[Event]) -> Iterator[Event]:
        """Pass the reports on, counting those of a day or more precise as they go."""
        for report in reports:
            if is_daylike(report):
                self._count(report)
            yield report
        self._close_day()

    def _count(self, report: Event) -> None:
        day = report.start[:10]
        if day != self.day:
            self._close_day()
            self.day = day
        self.voices[report.article] = max(self.voices.get(report.article, 0.0), report.score)
        self.confirmed = self.confirmed or (report.source.date or "")[:10] >= day

    def _close_day(self) -> None:
        if self.day is not None and self.voices:
            score = sum(self.voices.values()) + ARTICLE_TIEBREAK * len(self.voices)
            if is_unconfirmed(self.day, self.confirmed, self.as_of):
                score *= UNCONFIRMED
            self.scores[self.day] = score
        self.day, self.voices, self.confirmed = None, {}, False


def is_unconfirmed(day: str, confirmed: bool, as_of: str | None) -> bool:
    """True for a day that only articles written before it report although the collection goes on
    past it: what was announced for it was never reported as done (a day still to come is not judged)."""
    return not confirmed and as_of is not None and as_of[:10] > day


def ranked_days(scores: dict[str, float], start: str | None = None, end: str | None = None) -> list[str]:
    """The days within [start, end], most important first (ties: the earlier day)."""
    return [day for _, day in sorted((-score, day) for day, score in scores.items()
                                     if (start is None or day >= start) and (end is None or day <= end))]


def sentence_of(event: Event) -> tuple[object, str]:
    """What makes two events one sentence: their article and their text."""
    return event.source, event.text


def importance(event: Event, by_score_only: bool = False) -> tuple[int, float]:
    """Sort key, most important first: days and finer before weeks and months, before years and
    coarser (unless `by_score_only`); then by score."""
    rank = GRANULARITY_RANK[event.granularity]
    tier = 0 if by_score_only or rank <= DAY_RANK else 1 if rank < GRANULARITY_RANK["year"] else 2
    return tier, -event.score


def most_important(events: Iterable[Event], count: int, by_score_only: bool = False,
                   key: Callable[[Event], Hashable] | None = None) -> set[int]:
    """Positions (in the given order) of the `count` most important events (ties: the earlier);
    with `key`, never two events of the same key (the first of them in importance stays)."""
    ranked = sorted((*importance(event, by_score_only), index, key(event) if key else index)
                    for index, event in enumerate(events))
    chosen: set[int] = set()
    seen: set[Hashable] = set()
    for _, _, index, group in ranked:
        if len(chosen) == count:
            break
        if group not in seen:
            seen.add(group)
            chosen.add(index)
    return chosen


def day_summary(reports: list[Event], count: int, language: str = "en") -> list[Event]:
    """The `count` reports that best say what happened on a day: central among the day's reports
    (closest to what they say together), not repeating one another."""
    words = [content_stems(report.text, language) for report in reports]
    spread = Counter(stem for stems in words for stem in stems)
    idf = {stem: math.log(1 + len(reports) / n) for stem, n in spread.items()}
    centre = {stem: n * idf[stem] for stem, n in spread.items()}

    def vector(stems: frozenset[str]) -> dict[str, float]:
        return {stem: idf[stem] for stem in stems}

    vectors = [vector(stems) for stems in words]
    merit = [_cosine(v, centre) + report.score / 100 + NAMES_OWN_DAY * names_day(report.time_text, language)
             - VAGUE * ((report.value in FUZZY_VALUES) + refers_to_page(report.text, language))
             - SHORT * max(0, FULL_WORDS - len(stems)) / FULL_WORDS
             for v, stems, report in zip(vectors, words, reports, strict=True)]
    chosen: list[int] = []
    for index in sorted(range(len(reports)), key=lambda i: (-merit[i], i)):
        if len(chosen) == count:
            break
        if all(_cosine(vectors[index], vectors[other]) < REPEAT for other in chosen):
            chosen.append(index)
    return [reports[index] for index in sorted(chosen)]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(weight * b.get(key, 0.0) for key, weight in a.items())
    return dot / math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))
