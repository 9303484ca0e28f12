"""Order stage: merge events reported more than once and sort them into a documented total order.

Order: interval start; then the within-day hint (earlier today < this morning < today <
afternoon < evening < later today); then granularity, finest first (a time before its day,
a day before its month); then the article's order in the input and the sentence's position.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import snowballstemmer

from timeline.language.resources import word_list
from timeline.models import GRANULARITY_RANK, DateClaim, Event, Source, Timeline

WORD = re.compile(r"[^\W_]+")
CONFLICT_WINDOW_DAYS = 10


def sort_key(event: Event) -> tuple[str, int, int, int, int]:
    """The total order of events (see the module docstring)."""
    return (event.start, event.day_hint, GRANULARITY_RANK[event.granularity], event.article, event.position)


@lru_cache(maxsize=4)
def _language_tools(language: str) -> tuple[frozenset[str], snowballstemmer.Stemmer]:
    stopwords = frozenset(word_list(language, "stopwords"))
    return stopwords, snowballstemmer.stemmer({"en": "english"}.get(language, "english"))


@lru_cache(maxsize=1 << 14)
def _stem(word: str, language: str) -> str:
    """One word's stem (words repeat a lot across a news archive: stem each once)."""
    return _language_tools(language)[1].stemWord(word)


@lru_cache(maxsize=1 << 12)  # about the headlines of the merge window (see _Merger): bounded memory
def content_stems(text: str, language: str = "en") -> frozenset[str]:
    """Stems of the content words of a text: what two reports of one event share."""
    stopwords = _language_tools(language)[0]
    return frozenset(_stem(w, language) for w in WORD.findall(text.lower()) if w not in stopwords and not w.isdigit())


def similarity(a: str, b: str) -> float:
    """Shared content stems over the shorter text's (overlap coefficient): one report is often
    a short recap ("the strike began") of a longer one."""
    left, right = content_stems(a), content_stems(b)
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def _overlap(a: Event, b: Event) -> bool:
    return a.start <= b.end and b.start <= a.end


SAME_SIMILARITY, SAME_SHARED = 0.6, 2  # two reports of one event: the words they share
CONFLICT_SIMILARITY, CONFLICT_SHARED = 0.8, 3  # one event dated differently: nearly all their words


def same_event(a: Event, b: Event, threshold: float = SAME_SIMILARITY, min_shared: int = SAME_SHARED) -> bool:
    """Two reports of one event: overlapping time and the same content words in their headlines."""
    shared = len(content_stems(a.headline) & content_stems(b.headline))
    return _overlap(a, b) and shared >= min_shared and similarity(a.headline, b.headline) >= threshold


def conflicting_report(a: Event, b: Event, threshold: float = CONFLICT_SIMILARITY,
                       min_shared: int = CONFLICT_SHARED) -> bool:
    """The same event dated differently by two articles: near-identical words, close dates."""
    if _overlap(a, b) or a.granularity != b.granularity:
        return False
    gap = abs((_day(a.start) - _day(b.start)).days)
    shared = len(content_stems(a.headline) & content_stems(b.headline))
    return gap <= CONFLICT_WINDOW_DAYS and shared >= min_shared and similarity(a.headline, b.headline) >= threshold


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


@lru_cache(maxsize=1 << 16)  # a few thousand distinct days in an archive; merging asks for each many times
def _ordinal(text: str) -> int:
    """The day of an ISO date or time, as days since 0001-01-01."""
    return _day(text).toordinal()


# An event keeps at most this many sources and other dates; further sources are only
# counted (`more_sources`), so that an event reported a million times stays small in memory.
MAX_SOURCES = 20
RECENT_SOURCES = 64  # sources beyond the listed ones still remembered, to tell an article's own repeats


class _Reporters:
    """The sources that reported a kept event, for membership tests, in bounded memory: those
    listed on the event, and the most recent of the others."""

    def __init__(self, sources: Iterable[Source]) -> None:
        self.listed = {_identity(source) for source in sources}
        self.recent: dict[tuple[str | None, ...], None] = {}

    def __contains__(self, source: Source) -> bool:
        return self.has(_identity(source))

    def has(self, identity: tuple[str | None, ...]) -> bool:
        return identity in self.listed or identity in self.recent

    def add(self, kept: Event, source: Source) -> None:
        """Count a new source on the event: listed while there is room, else counted and remembered a while."""
        if len(kept.sources) < MAX_SOURCES:
            kept.sources.append(source)
            self.listed.add(_identity(source))
            return
        kept.more_sources += 1
        self.recent[_identity(source)] = None
        if len(self.recent) > RECENT_SOURCES:
            del self.recent[next(iter(self.recent))]


def _identity(source: Source) -> tuple[str | None, ...]:
    """What makes two sources equal, as a plain tuple (hashed in C: merging tests membership a lot)."""
    return source.title, source.url, source.path, source.date, source.record


def _absorb(kept: Event, event: Event, known: _Reporters) -> None:
    """Add a second report's sources and details; when it dates the event more precisely, its
    sentence and time become the event's (the vaguer report stays a source)."""
    new = [s for s in event.sources if s not in known]
    for source in new:
        known.add(kept, source)
    kept.more_sources += event.more_sources
    kept.support = kept.support.model_copy(update={
        "articles": kept.support.articles + len(new), "mentions": kept.support.mentions + event.support.mentions,
        "explicit": kept.support.explicit + event.support.explicit})
    kept.score += event.score
    # Details are the sentences after an event's own sentence in its article: they go with the
    # text that is kept, never with another article's ("Tuesday's earthquake was 7.0." under a
    # quote from a report on donations read as nonsense).
    if GRANULARITY_RANK[event.granularity] < GRANULARITY_RANK[kept.granularity]:
        # What pydantic's __setattr__ does for each field (the model validates no assignment), at once:
        # a tenth of the cost of fifteen calls through it.
        kept.__dict__.update({name: event.__dict__[name] for name in FINER_REPORT})
        kept.__pydantic_fields_set__.update(FINER_REPORT)


# What a finer report gives the event it joins: its date, sentence and place.
FINER_REPORT = ("start", "end", "granularity", "approximate", "upcoming", "text", "headline", "time_text", "value",
                "type", "day_hint", "source", "article", "position", "details")


WIDE_MONTHS = 24
NARROW_DAYS = 62
MARGIN_WEEKS = 2  # close conflicting dates (CONFLICT_WINDOW_DAYS) meet within this margin
MAX_CANDIDATES = 40
BUCKET_CAP = 48
COMMON_STEM = 200  # a stem filed under more kept events than this finds no candidates by itself


def _weeks(event: Event) -> range | None:
    """Week buckets (days since 0001-01-01 // 7) of a narrow event, with a margin; None if wide."""
    start, end = _ordinal(event.start), _ordinal(event.end)
    if end - start > NARROW_DAYS:
        return None
    return range(start // 7 - MARGIN_WEEKS, end // 7 + MARGIN_WEEKS + 1)


@lru_cache(maxsize=1 << 16)
def _month_number(text: str) -> int:
    """The month of an ISO date, counted from year 0 (year * 12 + month - 1)."""
    day = _day(text)
    return day.year * 12 + day.month - 1


def _months(event: Event, margin: int = 1) -> range | None:
    """The month buckets (year * 12 + month - 1) an event's interval touches, widened by a
    margin of months; None for intervals too wide to bucket."""
    first = _month_number(event.start) - margin
    last = _month_number(event.end) + margin
    if last - first > WIDE_MONTHS:
        return None
    return range(first, last + 1)


class _MergeIndex:
    """Kept events indexed by time bucket and content stem, so that each new report is
    compared only with the few reports near it in time that share the most words with it:
    merging stays near-linear in the number of events.

    Narrow events (up to two months) are filed under weeks, wider ones under months, and
    events wider than two years under their stems alone.
    """

    def __init__(self) -> None:
        self.by_week: dict[str, dict[int, list[int]]] = {}  # stem -> week -> kept events
        self.by_month: dict[str, dict[int, list[int]]] = {}  # stem -> month -> kept events
        self.wide: dict[str, list[int]] = {}
        self.by_stem: dict[str, list[int]] = {}

    def add(self, index: int, event: Event, stems: frozenset[str]) -> None:
        """File a kept event (`stems`: those of its headline) under its stems and time buckets."""
        weeks = _weeks(event)
        months = None if weeks is not None else _months(event)
        by_stem = self.by_stem
        for stem in stems:
            filed = by_stem.get(stem)
            if filed is None:
                by_stem[stem] = [index]
            else:
                filed.append(index)
            if weeks is not None:
                _file(self.by_week, stem, weeks, index)
            elif months is not None:
                _file(self.by_month, stem, months, index)
            else:
                self.wide.setdefault(stem, []).append(index)

    def _near(self, event: Event, lookup: list[str]) -> set[int]:
        """Kept events filed under the stems of `lookup` whose time may overlap (or nearly) the
        event's: in each bucket the latest BUCKET_CAP of them (events arrive in time order, so
        those are the nearest; a busy week of one story must not make merging quadratic)."""
        found: set[int] = set()
        add, wide = found.update, self.wide
        months = _months(event, margin=0)
        if months is None:
            for stem in lookup:
                add(wide.get(stem, ())[-BUCKET_CAP:])
                add(self.by_stem.get(stem, ())[-BUCKET_CAP:])
            return found
        weeks = range(_ordinal(event.start) // 7, _ordinal(event.end) // 7 + 1)
        by_month, by_week = self.by_month, self.by_week
        # Most events fall within one month and one week: one bucket of each to look in.
        month = months[0] if len(months) == 1 else None
        week = weeks[0] if len(weeks) == 1 else None
        for stem in lookup:
            if stem in wide:
                add(wide[stem][-BUCKET_CAP:])
            buckets = by_month.get(stem)
            if buckets is not None:
                if month is not None:
                    bucket = buckets.get(month)
                    if bucket is not None:
                        add(bucket if len(bucket) <= BUCKET_CAP else bucket[-BUCKET_CAP:])
                else:
                    _add_tails(add, buckets, months)
            buckets = by_week.get(stem)
            if buckets is not None:
                if week is not None:
                    bucket = buckets.get(week)
                    if bucket is not None:
                        add(bucket if len(bucket) <= BUCKET_CAP else bucket[-BUCKET_CAP:])
                else:
                    _add_tails(add, buckets, weeks)
        return found

    def candidates(self, event: Event, stems_of: dict[int, frozenset[str]], min_shared: int = 2,
                   stems: frozenset[str] | None = None) -> list[tuple[int, int, int]]:
        """The kept events most likely to be the same, with the number of stems each shares
        with the event and the number of its own: at least `min_shared` in common, most shared
        first (then the earliest kept), at most MAX_CANDIDATES of them. `stems`: the event's
        headline's, when the caller has them.

        Candidates are looked up through the event's rarer stems only (a stem as common as
        "council" in a city's archive would make every council story a candidate); the two
        rarest are always used, and shared stems are then counted in full.
        """
        if stems is None:
            stems = content_stems(event.headline)
        by_stem = self.by_stem
        filed = sorted([(len(found), stem) for stem in stems if (found := by_stem.get(stem)) is not None])
        lookup = [stem for place, (count, stem) in enumerate(filed) if place < min_shared or count <= COMMON_STEM]
        # Kept events that left are still filed until the index is rebuilt (no stems of theirs are
        # known); those sharing fewer than `min_shared` stems would rank last and be dropped anyway.
        known = stems_of.get
        ranked = [(-shared, index) for index in self._near(event, lookup)
                  if (kept := known(index)) is not None and (shared := len(stems & kept)) >= min_shared]
        ranked.sort()
        return [(index, -shared, len(stems_of[index])) for shared, index in ranked[:MAX_CANDIDATES]]


def _file(buckets: dict[str, dict[int, list[int]]], stem: str, spans: range, index: int) -> None:
    """File a kept event under a stem in each of its time buckets."""
    by_span = buckets.get(stem)
    if by_span is None:
        buckets[stem] = {span: [index] for span in spans}
        return
    for span in spans:
        bucket = by_span.get(span)
        if bucket is None:
            by_span[span] = [index]
        else:
            bucket.append(index)


def _add_tails(add: Callable[[Iterable[int]], None], buckets: dict[int, list[int]], spans: range) -> None:
    """Add the latest BUCKET_CAP kept events of each bucket of `spans`."""
    for span in spans:
        bucket = buckets.get(span)
        if bucket is not None:
            add(bucket if len(bucket) <= BUCKET_CAP else bucket[-BUCKET_CAP:])


def _conflicts(kept: Event, event: Event, shared: int, kept_stems: frozenset[str], stems: frozenset[str]) -> bool:
    """`conflicting_report(kept, event)`, given the stems they share."""
    if kept.granularity != event.granularity or _overlap(kept, event):
        return False
    gap = abs(_ordinal(kept.start) - _ordinal(event.start))
    return (gap <= CONFLICT_WINDOW_DAYS and shared >= CONFLICT_SHARED
            and shared / min(len(kept_stems), len(stems)) >= CONFLICT_SIMILARITY)


# A kept event that ended more than CONFLICT_WINDOW_DAYS before the next report starts can take no
# more reports: joining needs overlapping dates, or starts CONFLICT_WINDOW_DAYS apart at most.
EVICT_DAYS = CONFLICT_WINDOW_DAYS + 1
EVICT_EVERY = 256  # reports between two looks for kept events that are done
# Kept events held at most: beyond, those that end first leave early (they can then take no more
# reports), so that no archive, however dense in events, holds more than this in memory.
MAX_LIVE = 5_000


class _Merger:
    """The kept events that later reports may still join, and the index to find them.

    Reports arrive in time order, and a report joins a kept event only when their dates overlap
    or start within CONFLICT_WINDOW_DAYS: a kept event that ended EVICT_DAYS before the current
    report can take no more and leaves (`finished`). Memory then follows the events whose dates
    are still open (a few days of news, and the wider events that span them), not the size of
    the archive.
    """

    def __init__(self, owned: bool = False) -> None:
        self.owned = owned  # the reports are the merger's to change (no one else holds them or their lists)
        self.live: dict[int, Event] = {}
        self.sources: dict[int, _Reporters] = {}  # the sources of each kept event, for fast membership tests
        self.stems: dict[int, frozenset[str]] = {}  # the content stems of each kept event's headline
        self.index = _MergeIndex()
        self.next_id = 0
        self.gone = 0  # kept events left since the index was last built
        # (end day, id) of each kept event, the earliest first, to find those that are done without
        # looking at every kept event; an entry whose event has left or ended later since is stale.
        self.ends: list[tuple[int, int]] = []

    def add(self, event: Event) -> None:
        """Fold a report into the kept event it repeats, or keep it as a new event."""
        reporter, stems = _identity(event.source), content_stems(event.headline)
        size, text, live = len(stems), event.text, self.live
        for candidate, shared, own in self.index.candidates(event, self.stems, SAME_SHARED, stems):
            # The tests of `_joins` and `_conflicts`, the cheapest first: either needs this share of
            # words. A candidate short of it (most are) matters only when the article repeats its own
            # sentence: the reporter test below, asked only of a candidate with the same text.
            if shared / min(own, size) < SAME_SIMILARITY:
                if text == live[candidate].text and self.sources[candidate].has(reporter):
                    return  # the article repeats its own sentence: one report
                continue
            kept, known = live[candidate], self.sources[candidate]
            if reporter in known.listed or reporter in known.recent:
                if text == kept.text:
                    return  # the article repeats its own sentence: one report
                continue
            if kept.start <= event.end and event.start <= kept.end:  # overlapping: _joins (never _conflicts)
                if shared >= SAME_SHARED:
                    self._join(candidate, kept, event)
                    return
                continue
            if _conflicts(kept, event, shared, self.stems[candidate], stems):  # conflicting_report
                self._conflict(candidate, kept, event)
                return
        self._keep(event, stems)

    def _join(self, candidate: int, kept: Event, event: Event) -> None:
        """A second report of a kept event (`same_event`): its sources and details join it."""
        headline, end = kept.headline, kept.end
        _absorb(kept, event, self.sources[candidate])
        if kept.end != end:
            heapq.heappush(self.ends, (_ordinal(kept.end), candidate))
        if kept.headline != headline:
            self.stems[candidate] = content_stems(kept.headline)
            self.index.add(candidate, kept, self.stems[candidate])  # it took the finer report's date and words

    def _conflict(self, candidate: int, kept: Event, event: Event) -> None:
        """A report dating a kept event differently (`conflicting_report`): its date is kept as a claim."""
        if len(kept.conflicts) < MAX_SOURCES:
            kept.conflicts.append(DateClaim(start=event.start, end=event.end, time_text=event.time_text,
                                            source=event.source))
        self.sources[candidate].add(kept, event.source)
        kept.support = kept.support.model_copy(update={
            "articles": kept.support.articles + 1, "mentions": kept.support.mentions + 1})

    def _keep(self, event: Event, stems: frozenset[str]) -> None:
        """A report of no kept event: kept as a new one."""
        ident = self.next_id
        self.next_id += 1
        self.live[ident] = event if self.owned else event.model_copy(
            update={"sources": list(event.sources), "details": list(event.details), "conflicts": list(event.conflicts)})
        self.sources[ident] = _Reporters(event.sources)
        self.stems[ident] = stems
        self.index.add(ident, self.live[ident], stems)
        heapq.heappush(self.ends, (_ordinal(event.end), ident))

    def end_of_earliest(self, count: int) -> int:
        """The day (an ordinal) before which at least the `count` kept events ending first end."""
        ends = sorted(_ordinal(kept.end) for kept in self.live.values())
        return ends[count - 1] + 1

    def finished(self, before: int | None = None) -> list[Event]:
        """Take out the kept events that ended before day `before` (an ordinal), or all of them."""
        if before is None:
            done, self.ends = list(self.live), []
        else:
            done = sorted(self._ended(before))  # in the order they were kept, as `live` holds them
        for ident in done:
            del self.sources[ident], self.stems[ident]
        events = [self.live.pop(ident) for ident in done]
        self.gone += len(done)
        if self.gone > len(self.live):  # most of the index is about events that left: file the rest anew
            self.index = _MergeIndex()
            for ident, kept in self.live.items():
                self.index.add(ident, kept, self.stems[ident])
            self.gone = 0
        for kept in events:
            kept.sources.sort(key=lambda source: (source.date or "", source.title or "", source.path or ""))
        return events

    def _ended(self, before: int) -> set[int]:
        """The ids of the kept events that end before day `before`, taken off `ends`."""
        ends, live, done = self.ends, self.live, set()
        while ends and ends[0][0] < before:
            end, ident = heapq.heappop(ends)
            kept = live.get(ident)
            if kept is not None and _ordinal(kept.end) == end:  # else stale: gone, or pushed again with its new end
                done.add(ident)
        return done


def merge_events(events: Iterable[Event], owned: bool = False) -> Iterator[Event]:
    """Fold repeated reports of an event from different articles into one, keeping every source.

    `events` come in timeline order (`sort_key`); merged events are given out as soon as no later
    report can join them, not in any particular order. Reports that date the same event
    differently are folded too, with the other dates kept in `conflicts` so that a reader sees
    the disagreement. With `owned`, the reports are the merger's to keep and change (a build's,
    parsed from its spill): a kept event is then the first report itself, not a copy of it.
    """
    merger = _Merger(owned)
    for count, event in enumerate(events):
        if count % EVICT_EVERY == 0:
            yield from merger.finished(_ordinal(event.start) - EVICT_DAYS)
            if len(merger.live) > MAX_LIVE:
                yield from merger.finished(merger.end_of_earliest(len(merger.live) - MAX_LIVE))
        merger.add(event)
    yield from merger.finished()


def order_timeline(per_article: list[list[Event]], sources: list[Source], title: str | None) -> Timeline:
    """One ordered, merged timeline from the events of each article (in input order), in memory."""
    events = [event.model_copy(update={"article": index})
              for index, article_events in enumerate(per_article) for event in article_events]
    events.sort(key=sort_key)
    merged = sorted(merge_events(events), key=sort_key)  # a merged event may have taken a more precise date
    dates = [source.date for source in sources if source.date]
    return Timeline(title=title, events=merged, sources=sources, as_of=max(dates) if dates else None)
