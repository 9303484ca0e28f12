"""Order stage: the documented total order and merging of repeated reports."""

from __future__ import annotations

import datetime as dt

from timeline.events import extract_events
from timeline.order import merge_events, order_timeline, similarity
from timeline.read import read_text

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
    assert len(merge_events([e for events in per_article for e in events])) == 2


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
