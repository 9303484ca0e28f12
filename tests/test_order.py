"""Order stage: the documented total order and merging of repeated reports."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from timeline import order
from timeline.events import extract_events
from timeline.models import Event, Source
from timeline.order import merge_events, order_timeline, similarity
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2021, 6, 10)


def articles_events(*bodies: str):
    return [extract_events(read_text(body, date=PUBLISHED, path=f"a{i}.txt")) for i, body in enumerate(bodies)]


def test_events_sort_by_start_then_day_hint_then_granularity() -> None:
    [events] = articles_events(
        "Later today the mayor will speak. Earlier today the council met. "
        "Turnout was low in June. The port reopened this morning. Ships returned on June 1."
    )
    timeline = order_timeline([events], [], None)
    assert [e.time_text for e in timeline.events] == [
        "June 1", "June", "Earlier today", "this morning", "Later today",
    ]


def test_order_is_deterministic_and_stable() -> None:
    per_article = articles_events("Prices rose on Monday. Wages rose on Monday.")
    first = order_timeline(per_article, [], None).model_dump_json()
    second = order_timeline(per_article, [], None).model_dump_json()
    assert first == second
    assert [e.text for e in order_timeline(per_article, [], None).events] == [
        "Prices rose on Monday.", "Wages rose on Monday.",
    ]


def test_same_event_in_two_articles_is_merged_with_both_sources() -> None:
    per_article = articles_events(
        "The central bank raised interest rates on Tuesday to curb inflation.",
        "On Tuesday the central bank raised interest rates to curb rising inflation.",
    )
    timeline = order_timeline(per_article, [], None)
    assert len(timeline.events) == 1
    assert [s.path for s in timeline.events[0].sources] == ["a0.txt", "a1.txt"]


def test_different_events_on_the_same_day_are_not_merged() -> None:
    per_article = articles_events(
        "The central bank raised rates on Tuesday.", "A storm flooded the harbour on Tuesday.",
    )
    assert len(list(merge_events([e for events in per_article for e in events]))) == 2


def test_similarity_ignores_short_words_and_case() -> None:
    assert similarity("The Bank raised rates", "the bank RAISED rates") == 1.0
    assert similarity("", "anything") == 0.0


def test_vaguer_report_merges_into_the_precise_one() -> None:
    precise = extract_events(read_text("The council on Tuesday approved $12 million in emergency funds for the bridge.",
                                       date=dt.datetime(2024, 3, 14), path="first.txt"))
    vague = extract_events(read_text("The council approved $12 million in emergency funds for the bridge in March.",
                                     date=dt.datetime(2024, 6, 20), path="later.txt"))
    timeline = order_timeline([precise, vague], [], None)
    [event] = timeline.events
    assert (event.start, event.granularity, event.time_text) == ("2024-03-12", "day", "Tuesday")
    assert [s.path for s in event.sources] == ["first.txt", "later.txt"]


def test_a_merged_event_keeps_the_details_of_the_sentence_it_shows() -> None:
    first = extract_events(read_text(
        "The central bank raised interest rates on Tuesday to curb inflation. "
        "\u201cIt was overdue,\u201d the governor said.",
        date=PUBLISHED, path="first.txt"))
    second = extract_events(read_text(
        "On Tuesday the central bank raised interest rates to curb rising inflation. \u201cWe fear the worst,\u201d "
        "builders said.", date=PUBLISHED, path="second.txt"))
    vague = extract_events(read_text(
        "In June the central bank raised interest rates to curb inflation. \u201cAt last,\u201d savers said.",
        date=dt.datetime(2021, 7, 20), path="later.txt"))
    [event] = order_timeline([vague, first, second], [], None).events
    assert event.source.path == "first.txt"
    assert event.details == ["\u201cIt was overdue,\u201d the governor said."]


def test_three_articles_on_one_story_give_each_shared_event_once() -> None:
    from tests.conftest import ROOT
    from timeline.pipeline import build_timeline

    paths = sorted((ROOT / "tests" / "gold_events").glob("strike-[0-9].md"))
    timeline = build_timeline(paths)
    by_day: dict[str, list] = {}
    for event in timeline.events:
        by_day.setdefault(event.start, []).append(event)
    [strike] = by_day["2023-09-04"]
    assert len(strike.sources) == 3
    collapse = [e for e in by_day["2023-09-07"] if "broke down" in e.text]
    assert len(collapse) == 1 and len(collapse[0].sources) == 2
    [mediator] = by_day["2023-09-11"]
    assert mediator.granularity == "day" and len(mediator.sources) == 2
    assert len({s.path for e in timeline.events for s in e.sources}) == 3


def test_conflicting_dates_for_one_event_stay_visible() -> None:
    first = extract_events(read_text("The museum reopened its east wing on Monday after a long renovation.",
                                     date=dt.datetime(2022, 5, 4), path="one.txt"))
    second = extract_events(read_text("The museum reopened its east wing on Tuesday after a long renovation.",
                                      date=dt.datetime(2022, 5, 4), path="two.txt"))
    [event] = order_timeline([first, second], [], None).events
    assert event.start == "2022-05-02"
    assert [(c.start, c.source.path) for c in event.conflicts] == [("2022-05-03", "two.txt")]
    assert [s.path for s in event.sources] == ["one.txt", "two.txt"]


def _story():
    from tests.conftest import EXAMPLES
    from timeline.pipeline import build_timeline

    return build_timeline(sorted(EXAMPLES.glob("*.md")))


def test_selection_by_dates_granularity_and_count() -> None:
    from timeline.select import Selection, select_events

    timeline = _story()
    chosen = select_events(timeline, Selection(start=dt.date(2024, 3, 5), end=dt.date(2024, 6, 30),
                                               min_granularity="day"))
    assert chosen.events and all(e.end >= "2024-03-05" and e.start <= "2024-06-30" for e in chosen.events)
    assert all(e.granularity in {"time", "partofday", "day"} for e in chosen.events)
    first_two = select_events(timeline, Selection(max_events=2))
    from timeline.rank import importance

    kept = first_two.events
    assert len(kept) == 2 and kept == [e for e in timeline.events if e in kept]  # shown in timeline order
    assert max(importance(e) for e in kept) <= min(importance(e) for e in timeline.events if e not in kept)


def test_selection_upcoming_and_past_split_the_timeline() -> None:
    from timeline.models import is_ahead
    from timeline.select import Selection, select_events

    timeline = _story()
    upcoming = select_events(timeline, Selection(when="upcoming")).events
    past = select_events(timeline, Selection(when="past")).events
    assert upcoming and past and len(upcoming) + len(past) == len(timeline.events)
    assert all(is_ahead(e, timeline.as_of) for e in upcoming)
    assert all(e.start > "2024-06-20" for e in upcoming)


WORDS = ["appointed", "appointment", "closures", "closing", "running", "generously", "agreed", "flies", "dying",
         "happily", "relational", "conditional", "hopefulness", "electricity", "skies", "news", "Thursday's",
         "café", "naïve", "résumé", "1990s", "reopening", "evacuations", "ceasefire"]


def test_the_stemmer_is_snowballs_compiled_english_and_stems_as_the_pure_python_one() -> None:
    """PyStemmer (a dependency) is what snowballstemmer hands the work to: a start-up without
    the 36 pure-Python languages, and the very same stems, so merges do not change."""
    import snowballstemmer
    import Stemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    compiled = snowballstemmer.stemmer("english")
    assert isinstance(compiled, Stemmer.Stemmer)
    pure = EnglishStemmer()
    assert [compiled.stemWord(w.lower()) for w in WORDS] == [pure.stemWord(w.lower()) for w in WORDS]


def test_merging_owned_reports_gives_the_same_events_and_copies_only_when_not_owned() -> None:
    per_article = articles_events(
        "The central bank raised interest rates on Tuesday to curb inflation. A storm hit the coast on May 3.",
        "On Tuesday the central bank raised interest rates to curb rising inflation.",
        "The storm hit the coast on May 3, flooding the harbour.",
    )
    reports = sorted((event.model_copy(update={"article": number}) for number, events in enumerate(per_article)
                      for event in events), key=lambda event: (event.start, event.article, event.position))
    before = [report.model_dump_json() for report in reports]
    copied = [event.model_dump_json() for event in merge_events(reports)]
    assert [report.model_dump_json() for report in reports] == before  # not owned: the reports are left as they were
    owned = list(merge_events([report.model_copy(deep=True) for report in reports], owned=True))
    assert [event.model_dump_json() for event in owned] == copied
    assert len(copied) == 2 and all(len(json.loads(text)["sources"]) == 2 for text in copied)


class _Reference(order._Merger):
    """The merger with the tests of each candidate in the order they were written (the reporter
    first, then the share of words): what the reordered loop of `_Merger.add` must give."""

    def add(self, event: Event) -> None:
        reporter, stems = order._identity(event.source), order.content_stems(event.headline)
        for candidate, shared, _ in self.index.candidates(event, self.stems, order.SAME_SHARED):
            kept, known = self.live[candidate], self.sources[candidate]
            if reporter in known.listed or reporter in known.recent:
                if event.text == kept.text:
                    return
                continue
            if shared / min(len(self.stems[candidate]), len(stems)) < order.SAME_SIMILARITY:
                continue
            if order._overlap(kept, event):
                if shared >= order.SAME_SHARED:
                    self._join(candidate, kept, event)
                    return
                continue
            if order._conflicts(kept, event, shared, self.stems[candidate], stems):
                self._conflict(candidate, kept, event)
                return
        self._keep(event, stems)


def _random_reports(seed: int) -> list[Event]:
    """Reports from a few sources, of sentences made from a small vocabulary (many share words;
    some repeat a sentence of their own article under another date, whose headline differs)."""
    rng = random.Random(seed)
    words = ["harbour", "ferry", "council", "budget", "bridge", "repairs", "storm", "vote", "fares", "museum"]
    reports = []
    for position in range(160):
        day = dt.date(2021, 3, 1) + dt.timedelta(days=rng.randrange(40))
        granularity, end = ("day", day) if rng.random() < 0.8 else ("month", day.replace(day=28))
        article = rng.randrange(len(words))
        text = f"{words[article // 2]} {words[rng.randrange(3)]}."  # sentences repeat, in an article and in two
        headline = " ".join(rng.sample(words, rng.randint(3, 6)))  # and are dated and cut in several ways
        source = Source(path=f"article-{article}.md", date="2021-04-20")
        reports.append(Event(start=day.isoformat(), end=end.isoformat(), granularity=granularity, approximate=False,
                             upcoming=False, text=text, headline=headline, time_text="then", value=day.isoformat(),
                             source=source, sources=[source], article=int(source.path[8:-3]), position=position))
    return sorted(reports, key=order.sort_key)


@pytest.mark.parametrize("seed", range(12))
def test_the_merger_tests_the_share_of_words_before_the_reporter_with_the_same_outcome(
        monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    reports = _random_reports(seed)
    merged = [event.model_dump_json() for event in merge_events([r.model_copy(deep=True) for r in reports])]
    monkeypatch.setattr(order, "_Merger", _Reference)
    assert [event.model_dump_json() for event in merge_events(reports)] == merged


def test_a_finer_report_gives_the_event_its_fields_as_assignment_would() -> None:
    source, other = Source(path="a.md"), Source(path="b.md")
    kept = Event(start="2021-03-01", end="2021-03-31", granularity="month", approximate=True, upcoming=False,
                 text="Repairs of the bridge began in March.", headline="Repairs of the bridge began",
                 time_text="in March", value="2021-03", source=source, sources=[source], position=5)
    finer = Event(start="2021-03-04", end="2021-03-04", granularity="day", approximate=False, upcoming=True,
                  text="Repairs of the bridge began on March 4.", headline="Repairs of the bridge began on",
                  time_text="March 4", value="2021-03-04", source=other, sources=[other], article=1, position=9,
                  details=["Traffic was diverted."], day_hint=1)
    expected = kept.model_copy(deep=True)
    for name in order.FINER_REPORT:
        setattr(expected, name, getattr(finer, name))
    order._absorb(kept, finer, order._Reporters(kept.sources))
    assert {name: getattr(kept, name) for name in order.FINER_REPORT} == \
        {name: getattr(finer, name) for name in order.FINER_REPORT}
    assert kept.model_fields_set == expected.model_fields_set | {"support", "score", "more_sources"}
    assert "validate_assignment" not in Event.model_config  # else assigning would validate: the shortcut would not
