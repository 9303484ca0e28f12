"""Key dates and importance (timeline.rank, timeline.select): hand-written collections of the kinds
a real archive holds — a day many outlets report, a day a later article names outright, days that
only "today" mentions, and reports of one day told in different words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import api
from timeline.cli import cli
from timeline.models import Article, Event, Source, Support
from timeline.rank import (
    LEAD,
    LEAD_CHARS,
    NAMED_DAY,
    OFF_TOPIC,
    UNCONFIRMED,
    article_names,
    day_summary,
    is_daylike,
    names_day,
    weigh_report,
)


def _article(day: str, text: str, title: str) -> Article:
    return Article(text=text, published=dt.datetime.fromisoformat(day), title=title)


def _collection() -> list[Article]:
    """Five outlets report the dam breach of 3 May; one article mentions a council meeting on 5 May;
    two articles of 9 and 10 May say what happened "today"; an article of 20 May goes back to 6 May."""
    breach = [  # one agency story, as five outlets ran it
        "The Kessing dam gave way on Tuesday, flooding the lower valley.",
        "The Kessing dam gave way on Tuesday, flooding the lower valley, police said.",
        "The old Kessing dam gave way on Tuesday, flooding the lower valley.",
        "The Kessing dam gave way on Tuesday and flooded the lower valley.",
        "The Kessing dam in the north gave way on Tuesday, flooding the lower valley.",
    ]
    articles = [_article("2023-05-04", f"{text} Crews worked through the night.", f"Outlet {n}")
                for n, text in enumerate(breach)]
    articles.append(_article("2023-05-06", "The Kessing council met on Friday to discuss repairs.", "Council"))
    articles.append(_article("2023-05-09", "Kessing schools reopened today after the flood.", "Schools"))
    articles.append(_article("2023-05-10", "Kessing buses ran again today on the valley road.", "Buses"))
    articles.append(_article("2023-05-20", "Kessing's mayor declared an emergency on May 6, a report showed.",
                             "Inquiry"))
    return articles


@pytest.fixture(scope="module")
def timeline():
    return api.timeline_from_articles(_collection(), title="Kessing dam")


def test_an_event_reported_by_five_articles_outranks_one_reported_once(timeline) -> None:
    breach = [e for e in timeline.events if e.start == "2023-05-02"]
    council = [e for e in timeline.events if "council met" in e.text]
    assert breach and council
    assert max(e.score for e in breach) > council[0].score
    assert timeline.day_scores["2023-05-02"] > timeline.day_scores[council[0].start[:10]]
    assert sum(e.support.articles for e in breach) == 5


def test_a_day_named_outright_outranks_days_only_today_mentions(timeline) -> None:
    named = timeline.day_scores["2023-05-06"]  # "on May 6", written on 20 May
    assert named > timeline.day_scores["2023-05-09"] and named > timeline.day_scores["2023-05-10"]
    emergency = next(e for e in timeline.events if "emergency" in e.text)
    assert emergency.support.explicit == 1 and emergency.score == (1 + NAMED_DAY) * LEAD  # its article's lead


def test_key_dates_keep_the_most_important_days_in_timeline_order(timeline) -> None:
    chosen = api.select(timeline, key_dates=2).events
    assert [e.start[:10] for e in chosen] == ["2023-05-02", "2023-05-06"]
    assert all(e.granularity in {"day", "partofday", "time"} for e in chosen)


def test_per_date_gives_sentences_that_do_not_repeat_each_other() -> None:
    reports = [
        _event("The Kessing dam gave way on Tuesday, flooding the lower valley."),
        _event("The Kessing dam gave way on Tuesday, flooding the valley below."),
        _event("Hundreds of families spent the night in the Kessing sports hall on Tuesday."),
    ]
    two = day_summary(reports, 2)
    assert len(two) == 2 and "sports hall" in two[1].text + two[0].text


def _event(text: str):
    from timeline.models import Event, Source

    return Event(start="2023-05-02", end="2023-05-02", granularity="day", approximate=False, upcoming=False,
                 text=text, headline=text, time_text="on Tuesday", value="2023-05-02",
                 source=Source(title=text[:10], date="2023-05-04"))


def test_max_events_keeps_the_most_important(timeline) -> None:
    kept = api.select(timeline, max_events=1).events
    assert len(kept) == 1 and kept[0].start == "2023-05-02"


@pytest.mark.parametrize(("text", "named"), [("on March 3", True), ("3 March", True), ("March 3rd", True),
                                             ("2011-03-03", True), ("3/3/2011", True), ("on Tuesday", False),
                                             ("today", False), ("in March", False), ("at 5 pm", False)])
def test_a_named_day_is_a_month_with_a_day_number_or_a_numeric_date(text: str, named: bool) -> None:
    assert names_day(text) is named


def _write_collection(folder: Path) -> Path:
    path = folder / "kessing.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for number, article in enumerate(_collection()):
            stream.write(json.dumps({"id": number, "date": article.published.date().isoformat(), "title": "",
                                     "text": article.text}) + "\n")
    return path


@pytest.mark.parametrize("options", [["--jobs", "1"], ["--jobs", "2"], ["--engine", "dask"]])
def test_key_dates_from_the_command_line_are_the_same_for_any_jobs_and_engine(tmp_path: Path,
                                                                               options: list[str]) -> None:
    path = _write_collection(tmp_path)
    args = ["build", str(path), "--key-dates", "2", "--per-date", "2", "--format", "json", "-q"]
    first = CliRunner().invoke(cli, args)
    again = CliRunner().invoke(cli, [*args, *options])
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert first.stdout == again.stdout  # (a warning on stderr, such as the shared cache's, is no output)
    events = json.loads(first.stdout)["events"]
    assert {e["start"][:10] for e in events} == {"2023-05-02", "2023-05-06"}
    assert all("score" in e and set(e["support"]) == {"articles", "mentions", "explicit"} for e in events)


def test_a_record_without_title_or_url_is_credited_by_its_file_and_id_not_a_path(tmp_path: Path) -> None:
    path = _write_collection(tmp_path)
    done = CliRunner().invoke(cli, ["build", str(path), "--key-dates", "1", "--format", "text", "-q"])
    assert done.exit_code == 0, done.output
    assert "kessing.jsonl #" in done.output and str(tmp_path) not in done.output


def test_key_dates_never_show_one_sentence_of_an_article_twice() -> None:
    from timeline.models import Event, Source, Timeline

    outlet, other = Source(title="Outlet", date="2023-05-20"), Source(title="Other", date="2023-05-20")
    both = "The dam was inspected on May 1 and failed on May 2."

    def event(day: str, text: str, source: Source) -> Event:
        return Event(start=day, end=day, granularity="day", approximate=False, upcoming=False, text=text,
                     headline=text, time_text=day, value=day, source=source, sources=[source])

    timeline = Timeline(events=[event("2023-05-01", both, outlet), event("2023-05-02", both, outlet),
                                event("2023-05-02", "Water reached the mill on May 2.", other),
                                event("2023-05-03", both.replace("dam", "weir"), other)],
                        day_scores={"2023-05-01": 3.0, "2023-05-02": 2.0, "2023-05-03": 1.0})
    chosen = api.select(timeline, key_dates=2).events
    mill = "Water reached the mill on May 2."
    assert [(e.start, e.text) for e in chosen] == [("2023-05-01", both), ("2023-05-02", mill)]
    assert len(api.select(timeline, max_events=2).events) == 2
    assert len({(e.source, e.text) for e in api.select(timeline, max_events=4).events}) == 3


def test_topic_counting_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.rank as rank

    monkeypatch.setattr(rank, "MAX_NAMES", 50)
    monkeypatch.setattr(rank, "KEPT_NAMES", 10)
    counter = rank.TopicCounter()
    for n in range(200):
        counter.add_article([_event(f"In Kessing the Mayor met Visitor{chr(65 + n % 26)}{n} on Tuesday.")])
    assert len(counter.counts) <= 50 and counter.topic(2) == frozenset({"kessing", "mayor"})


def test_a_days_summary_says_what_happened_rather_than_how_things_stand_now() -> None:
    vague = _event("Police have now closed the Kessing bridge to lorries and traffic.").model_copy(
        update={"value": "PRESENT_REF", "time_text": "now"})  # the most central of the three
    reports = [vague, _event("Police closed the Kessing bridge after a crash."),
               _event("Lorries and traffic were diverted from the bridge.")]
    assert vague not in day_summary(reports, 1)


def test_a_days_summary_is_no_sentence_pointing_at_its_page() -> None:
    chart = _event("The chart below shows how Kessing bridge traffic fell after police closed the bridge.")
    reports = [chart, _event("Police closed the Kessing bridge after a crash."),
               _event("Lorries and traffic were diverted from the bridge.")]
    assert chart not in day_summary(reports, 1)


def _long_article(day: str, lead: str, body: list[str], end: str, title: str) -> Article:
    """An article whose first sentence is its lead and whose last sentence lies far below it."""
    return _article(day, " ".join([lead, *body, end]), title)


def test_a_day_an_article_opens_with_outranks_a_day_it_names_further_down() -> None:
    body = [f"Passengers from the {place} waited on the pier while divers checked the hull and the rudder."
            for place in ("north quay", "south quay", "old mill", "bus station", "ferry office", "fish market",
                          "lighthouse", "school", "church", "boatyard", "customs house", "ticket hall")]
    assert len(" ".join(body)) > LEAD_CHARS
    articles = [_long_article("2023-06-09", f"The Orvin ferry ran aground on Monday{tail}", body,
                              "The Orvin harbour office had repainted the quay on Wednesday.", f"Outlet {n}")
                for n, tail in enumerate((".", " near the harbour.", " in thick fog."))]
    days = api.timeline_from_articles(articles, title="Orvin").day_scores
    # Three articles each, in their leads or far below them.
    assert days["2023-06-05"] > days["2023-06-07"]
    assert days["2023-06-05"] == pytest.approx(LEAD * days["2023-06-07"], rel=1e-3)


def test_a_day_only_announced_beforehand_counts_half_once_the_collection_has_passed_it() -> None:
    announced = [_article("2023-06-01", "The Orvin regatta is set for June 10 on the lower lake.", "Notice"),
                 _article("2023-06-02", "Boats for the regatta on June 10 arrived at the lower lake.", "Boats")]
    later = _article("2023-06-15", "The Orvin council approved the new harbour budget on Wednesday.", "Council")
    still_to_come = api.timeline_from_articles(announced, title="Orvin").day_scores["2023-06-10"]
    passed = api.timeline_from_articles([*announced, later], title="Orvin").day_scores["2023-06-10"]
    assert passed < still_to_come and passed == UNCONFIRMED * still_to_come
    reported = _article("2023-06-11", "Forty boats sailed in the Orvin regatta on Saturday.", "Results")
    confirmed = api.timeline_from_articles([*announced, reported, later], title="Orvin").day_scores["2023-06-10"]
    assert confirmed > still_to_come


def test_a_two_letter_name_can_make_the_topic_and_a_title_cannot() -> None:
    names = article_names([_event("In Beijing, Mr Xi met the Orvin mayor, Dr Li said on Monday.")])
    assert {"xi", "li", "beijing", "orvin"} <= set(names) and not {"mr", "dr", "monday"} & set(names)


def test_a_day_is_said_by_a_sentence_that_tells_what_happened_not_by_a_short_one() -> None:
    from timeline.models import Event, Source
    from timeline.rank import day_summary

    def report(text: str, article: int) -> Event:
        return Event(id=f"e{article}", start="2023-05-02", end="2023-05-02", granularity="day", approximate=False,
                     upcoming=False, text=text,
                     headline=text, time_text="Tuesday", value="2023-05-02", type="DATE",
                     source=Source(title=f"Outlet {article}", date="2023-05-03"), article=article)

    reports = [report("The Kessing dam flood, Tuesday.", 0),  # the words all reports share, and nothing more
               report("Floodwater breached the Kessing dam on Tuesday and forced hundreds of families "
                      "from their homes.", 1),
               report("The Kessing dam flood on Tuesday closed roads and the rail line.", 2),
               report("Engineers watched the Kessing dam flood rise on Tuesday.", 3),
               report("Kessing dam flood warnings went out on Tuesday.", 4)]
    assert [e.article for e in day_summary(reports, 1)] == [1]


def test_a_vague_stretch_of_days_names_no_key_day() -> None:
    day = _event("Crews reopened the coast road on Tuesday.")
    vague = day.model_copy(update={"start": "2023-04-24", "end": "2023-05-02", "approximate": True,
                                   "time_text": "a few days ago", "value": "PAST_REF"})
    listed = day.model_copy(update={"end": "2023-05-03", "time_text": "Tuesday and Wednesday"})
    assert is_daylike(day) and is_daylike(listed)  # two days written out are two named days
    assert not is_daylike(vague)  # "a few days ago" is no report of its first possible day


def _report(text: str, position: int = 0) -> Event:
    source = Source(path="a.md", date="2021-05-03")
    return Event(start="2021-05-03", end="2021-05-03", granularity="day", approximate=False, upcoming=False,
                 text=text, headline=text, time_text="on May 3", value="2021-05-03", source=source, sources=[source],
                 position=position)


@pytest.mark.parametrize(("text", "topic", "off_topic"), [
    ("The Kessing dam gave way.", frozenset({"kessing"}), False),
    ("The KESSING dam gave way.", frozenset({"kessing"}), False),
    ("The dam gave way near Orlo.", frozenset({"kessing", "valley"}), True),
    ("The dam gave way.", frozenset(), False),
    ("Kessing's dam, 2021: it gave way.", frozenset({"kessing"}), False),
])
def test_a_report_off_the_topic_weighs_less(text: str, topic: frozenset[str], off_topic: bool) -> None:
    weighed = weigh_report(_report(text, position=LEAD_CHARS), topic)
    assert weighed.score == pytest.approx(OFF_TOPIC if off_topic else 1.0)


def test_weighing_sets_support_and_score_as_assignment_would() -> None:
    report = _report("The Kessing dam gave way on May 3.")
    expected = report.model_copy(deep=True)
    expected.support = Support(articles=1, mentions=1, explicit=0)
    expected.score = LEAD * OFF_TOPIC
    weighed = weigh_report(report, frozenset({"orlo"}))
    assert weighed is report
    assert weighed.model_dump() == expected.model_dump()
    assert weighed.model_fields_set == expected.model_fields_set
