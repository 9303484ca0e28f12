"""Events stage: governing expressions, details, boilerplate, upcoming and headlines."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract_events, headline
from timeline.language.boilerplate import is_boilerplate
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2021, 6, 10, 12, 0)  # a Thursday


def events_of(body: str, published: dt.datetime = PUBLISHED):
    return extract_events(read_text(body, date=published))


def test_sentence_with_a_date_is_an_event_dated_by_it() -> None:
    [event] = events_of("The harbour authority raised fees on Monday.")
    assert (event.start, event.end, event.granularity) == ("2021-06-07", "2021-06-07", "day")
    assert event.time_text == "Monday"
    assert not event.upcoming


def test_quote_and_attribution_are_details_not_events() -> None:
    events = events_of(
        "The mayor resigned yesterday. \u201cIt was time,\u201d she said. She will stay on until a successor is found."
    )
    assert len(events) == 1
    assert events[0].details[0].startswith("\u201cIt was time")
    assert len(events[0].details) == 2


def test_background_sentence_without_time_is_not_an_event() -> None:
    events = events_of("Ferries carry most of the island's food. Prices rose last month.")
    assert [e.time_text for e in events] == ["last month"]
    assert events[0].details == []


def test_a_line_holding_only_a_date_is_no_event() -> None:
    events = events_of("Hall roof repaired\n\n12 June 2021\n\nRoofers finished the hall on Tuesday, they said.\n"
                       "The hall will host a supper on 5 July.\n")
    assert [(e.start, e.time_text) for e in events] == [("2021-06-08", "Tuesday"), ("2021-07-05", "5 July")]


def test_a_list_item_is_an_event_without_its_bullet_or_number() -> None:
    events = events_of("How it happened:\n\n- 12 March 2019: The council approves the route.\n"
                       "2. June 2021: Construction begins.\n")
    assert [e.text for e in events] == ["12 March 2019: The council approves the route.",
                                        "June 2021: Construction begins."]


def test_boilerplate_lines_are_never_events() -> None:
    events = events_of("Related: the strike in 2019\nWorkers walked out on Tuesday.\nRead more: Talks begin tomorrow")
    assert [e.time_text for e in events] == ["Tuesday"]


def test_boilerplate_patterns() -> None:
    assert is_boilerplate("Read more: Huawei results today")
    assert is_boilerplate("By Jane Smith, Science Correspondent")
    assert is_boilerplate("© 2021 The Daily Planet")
    assert is_boilerplate("Sign up for our newsletter")
    assert not is_boilerplate("By Tuesday the river had risen two metres.")


def test_month_level_event_keeps_month_granularity() -> None:
    [event] = events_of("The factory closed in March 2020.")
    assert (event.start, event.end, event.granularity) == ("2020-03-01", "2020-03-31", "month")


def test_coming_weeks_is_upcoming_and_approximate() -> None:
    [event] = events_of("The regulator will publish its findings in the coming weeks.")
    assert event.upcoming and event.approximate
    assert "2021-06-10" < event.start <= event.end <= "2021-08-31"


def test_later_today_is_upcoming_but_earlier_today_is_not() -> None:
    earlier, later = events_of("Earlier today the union rejected the offer. Later today the board will respond.")
    assert not earlier.upcoming
    assert later.upcoming


def test_expression_inside_a_quote_does_not_date_the_sentence_when_another_does() -> None:
    [event] = events_of("\u201cWe need the money now,\u201d the governor said on Tuesday.")
    assert event.time_text == "Tuesday"


def test_state_bound_yields_to_the_event_time() -> None:
    [event] = events_of("The ferry, which has run since March, will stop on July 12.")
    assert event.time_text == "July 12"
    assert event.upcoming


def test_headline_drops_time_phrase_and_its_preposition() -> None:
    sentence = "The council voted on Tuesday to close the library."
    start = sentence.index("Tuesday")
    assert headline(sentence, start, start + len("Tuesday")) == "The council voted to close the library"


def test_headline_is_cut_to_a_few_words() -> None:
    sentence = "Officials " + "said many things " * 10 + "yesterday."
    label = headline(sentence)
    assert label.endswith("…") and len(label.split()) <= 15


def test_coordinated_clauses_with_their_own_dates_are_separate_events() -> None:
    events = events_of("The strike began on June 1, and talks broke down three days later.")
    assert [(e.start, e.time_text) for e in events] == [("2021-06-01", "June 1"), ("2021-06-04", "three days later")]
    assert [e.text for e in events] == ["The strike began on June 1.", "Talks broke down three days later."]


def test_each_event_of_a_sentence_says_its_own_clause() -> None:
    events = events_of("The ferry sank on Monday, and the captain was arrested on Tuesday.")
    assert [(e.start, e.text) for e in events] == [("2021-06-07", "The ferry sank on Monday."),
                                                   ("2021-06-08", "The captain was arrested on Tuesday.")]


def test_a_clause_without_a_subject_takes_the_sentence_subject() -> None:
    events = events_of("Corran Vesk, sculptor, born March 3 1931; died May 4 2005.")
    assert [(e.start, e.text) for e in events] == [("1931-03-03", "Corran Vesk, sculptor, born March 3 1931."),
                                                   ("2005-05-04", "Corran Vesk died May 4 2005.")]
    assert events[1].headline == "Corran Vesk died"


def test_a_schedule_verb_s_clause_takes_the_pronoun_subject_of_a_plain_present() -> None:
    events = events_of("They travel to Ardley on Tuesday night and host Corbridge next Saturday.")
    assert [e.text for e in events] == ["They travel to Ardley on Tuesday night.", "They host Corbridge next Saturday."]


def test_a_past_with_no_passive_keeps_its_own_voice_after_a_passive_clause() -> None:
    events = events_of("She was made a dame in 2003 and retired in 2010.")
    assert [e.text for e in events] == ["She was made a dame in 2003.", "She retired in 2010."]
    events = events_of("He was arrested in May and charged in June.")
    assert [e.text for e in events] == ["He was arrested in May.", "He was charged in June."]


def test_a_participle_clause_takes_the_subject_after_a_dateline() -> None:
    events = events_of("TARNMOUTH, June 9 — The coastguard towed the trawler in on Monday, having found it "
                       "adrift on Saturday.")
    assert [e.text for e in events][1] == "The coastguard found it adrift on Saturday."


def test_a_relative_clause_event_and_its_main_clause_each_keep_their_own_words() -> None:
    events = events_of("The tannery, which opened in 1898, closed on Friday.")
    assert sorted(e.text for e in events) == ["The tannery closed on Friday.", "The tannery opened in 1898."]


def test_a_sentence_with_one_event_keeps_the_whole_sentence() -> None:
    [event] = events_of("The minister will speak tomorrow, and the cleric will lead prayers on Friday in the capital.")
    assert event.text == "The minister will speak tomorrow, and the cleric will lead prayers on Friday in the capital."


def test_a_date_heading_line_dates_the_entry_below_it() -> None:
    events = events_of("Key moments\nMarch 2019\nThe guild elects a new warden.\nMarch 2019\n"
                       "The guild sells its hall.\n")
    assert [(e.start, e.headline) for e in events] == [("2019-03-01", "The guild elects a new warden"),
                                                       ("2019-03-01", "The guild sells its hall")]
    assert len({e.text for e in events}) == 2


def test_and_before_a_past_verb_splits_clauses_but_a_range_does_not() -> None:
    events = events_of("She joined the firm in 2009 and became its chief in June 2017.")
    assert [e.time_text for e in events] == ["2009", "June 2017"]
    [event] = events_of("He took bribes between 2014 and 2016.")
    assert (event.start, event.end) == ("2014-01-01", "2016-12-31")


@pytest.mark.parametrize(("body", "times"), [
    # "and" before a subject of its own and a present verb of schedules: two events
    ("Bus drivers ended their walkout on Monday and services resume tomorrow.", ["Monday", "tomorrow"]),
    ("The old bridge shut on Tuesday and the new span opens on 1 July.", ["Tuesday", "1 July"]),
    # a range's second time, however a word of time follows it, stays one event
    ("Lanes stay shut between 7am and noon crews resume on Friday.", None),
])
def test_and_before_a_subject_and_a_schedule_verb_splits_clauses(body: str, times: list[str] | None) -> None:
    events = events_of(body)
    if times is None:
        assert len(events) == 1
    else:
        assert [e.time_text for e in events] == times


def test_reporting_time_yields_to_the_reported_event() -> None:
    [event] = events_of("The grocer said today that its profit fell in the third quarter.")
    assert event.start == "2020-07-01" and event.granularity == "quarter"  # the last third quarter


def test_aside_with_its_own_date_is_a_second_event() -> None:
    repaired, opened = events_of("The bridge, which opened in 1968, was last repaired in the summer of 2011.")
    assert (opened.start[:4], repaired.start[:4]) == ("1968", "2011")
    assert repaired.headline == "The bridge was last repaired"
    assert opened.headline == "The bridge opened"


def test_aside_date_yields_to_the_main_clause() -> None:
    [event] = events_of("Bus fares, which rose twice last year, will be frozen until 2026.")
    assert event.time_text == "last year"


def test_dates_that_date_no_event() -> None:
    assert events_of("The budget is the largest since 2008.") == []
    [flood] = events_of("The river flooded on Monday. Rain fell at twice the rate that usually falls in January.")
    assert flood.time_text == "Monday"
    assert [e.time_text for e in events_of("The bank reported a record profit for 2020 last month.")] == ["last month"]


def test_modifier_date_yields_to_the_event_date() -> None:
    [event] = events_of("The firm will report fourth-quarter results on February 12.")
    assert event.time_text == "February 12"


def test_undated_lead_is_the_news_of_the_publication_day() -> None:
    events = events_of("The chief executive of Lumen Bank has resigned.\nShe joined the bank in 2009.")
    assert [(e.start, e.dated_by) for e in events] == [("2021-06-10", "publication"), ("2009-01-01", "expression")]
    assert events_of("Bridges are vital.\nNothing else.") == []


def test_kicker_paragraph_above_the_lead_leaves_it_the_lead() -> None:
    titled = "---\ntitle: Notices\n---\n"
    events = events_of(titled + "Product safety notice: PSN 7/2021\n\nThe Orla Toy Company is withdrawing its top.")
    assert [(e.start, e.dated_by) for e in events] == [("2021-06-10", "publication")]
    # (an entry's heading runs on into its text, which is no lead: "Mr A. Lee and Miss B. Roe" over an engagement)
    assert events_of(titled + "Mr A. Lee and Miss B. Roe\nThe engagement is announced between Arlo and Bea.") == []


def test_seed_article_gives_exactly_its_real_events(seed_path) -> None:
    from timeline.read.inputs import read_article

    events = extract_events(read_article(seed_path, date=dt.datetime(2019, 2, 21)))
    assert [e.time_text for e in events] == ["today", "Earlier today", "the coming weeks"]
    assert len(events[0].details) >= 3 and len(events[1].details) == 2


def test_descriptive_aside_dates_no_event() -> None:
    assert events_of("The first line is short.\nThe library, built in 1911, is one of the oldest in the county.") == []
    [event] = events_of("Kestrel, founded in 2015, sold 310,000 bikes last year.")
    assert event.time_text == "last year"


def test_relative_clause_with_its_own_date_is_its_own_event() -> None:
    events = events_of("Rovers, who won the cup in 2019, play the final next Saturday.")
    assert [(e.time_text, e.headline) for e in events] == [
        ("next Saturday", "Rovers play the final"), ("2019", "Rovers won the cup")]


def test_pair_of_like_dates_is_one_interval() -> None:
    [event] = events_of("Pupils were offered vaccinations on Monday and Tuesday.")
    assert (event.start, event.end) == ("2021-06-07", "2021-06-08")


def test_passive_report_is_the_event_and_beats_a_fuzzy_date() -> None:
    [event] = events_of("The first case was reported on June 2 in a boy who had recently travelled.")
    assert event.start == "2021-06-02"


def test_a_measure_that_fell_to_a_level_is_still_an_event() -> None:
    [event] = events_of("Vaccination rates fell to 89 percent last year.")
    assert event.time_text == "last year"
    assert events_of("Sales reached 5 million, up from 4 million a year earlier, the firm said on Monday.")[0] \
        .time_text == "Monday"


def test_headlines_drop_asides_ranges_and_take_the_relative_clause_when_it_is_dated() -> None:
    [fares] = events_of("Bus fares, which rose twice last year, will be frozen until 2026.")
    assert fares.headline == "Bus fares rose twice"
    [sentenced] = events_of("Brandt, who denied all charges, will be sentenced on August 14.")
    assert sentenced.headline == "Brandt will be sentenced"
    [bribes] = events_of("He took bribes between 2014 and 2016 in exchange for contracts.")
    assert bribes.headline == "He took bribes in exchange for contracts"
    [hired] = events_of("Virtanen, 58, joined the bank in 2009.")
    assert hired.headline == "Virtanen joined the bank"


def test_two_clauses_of_a_sentence_dated_alike_are_one_event() -> None:
    events = events_of("The minister will speak tomorrow, and the cleric will lead prayers on Friday in the capital.")
    assert [event.start for event in events] == ["2021-06-11"]


def test_two_clauses_of_a_sentence_dated_apart_stay_two_events() -> None:
    events = events_of("The ferry sank on Monday, and the captain was arrested on Tuesday.")
    assert [event.start for event in events] == ["2021-06-07", "2021-06-08"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("(Update 1:00 a.m. in Cairo) Protesters gathered in the square.", "Protesters gathered in the square"),
    ("(Updated 5:31 p.m. (0031 in Cairo)) The minister resigned.", "The minister resigned"),
    ("March 3, 2011 at 6:35 pm | The council should act.", "The council should act"),
    ("The vote began at 10:30: it was close.", "The vote began at 10:30"),
])
def test_headlines_leave_out_update_stamps_and_keep_clock_times_whole(sentence: str, expected: str) -> None:
    assert headline(sentence) == expected


@pytest.mark.parametrize(("sentence", "month"), [
    ("Profits rose in the Christmas quarter, the retailer said.", ("2020-12-01", "2020-12-31")),
    ("Bookings over the Christmas holidays fell sharply, the operator said.", ("2020-12-01", "2020-12-31"))])
def test_a_season_named_after_a_holiday_dates_its_month(sentence: str, month: tuple[str, str]) -> None:
    [event] = events_of(sentence)
    assert (event.start, event.end, event.granularity) == (*month, "month")


def test_a_holiday_itself_dates_the_event() -> None:
    [event] = events_of("The roof of the old mill collapsed on Christmas Day.")
    assert (event.start, event.granularity) == ("2020-12-25", "day")


def test_a_sentence_the_article_repeats_is_one_event() -> None:
    events = events_of("The quarry reopened on Monday. Trucks queued at dawn. The quarry reopened on Monday.")
    assert [e.text for e in events] == ["The quarry reopened on Monday."]


def test_a_clause_cut_after_a_preposition_drops_its_pronoun() -> None:
    events = events_of("The mayor will open the line at 10 am on Saturday, after which fares fall on Monday.")
    assert [e.text for e in events][1] == "Fares fall on Monday."


def test_a_participle_clause_shares_the_first_clauses_passive_auxiliary() -> None:
    events = events_of("Orrin Vale was convicted in March and sentenced on Monday.")
    assert [e.text for e in events] == ["Orrin Vale was convicted in March.", "Orrin Vale was sentenced on Monday."]


def test_a_relative_clause_after_a_long_antecedent_takes_its_last_noun_phrase() -> None:
    events = events_of("Traders watched shares of the Dunmore biscuit maker Harlow Foods Ltd., which closed on "
                       "Friday at 71p, again on Monday.")
    assert "Harlow Foods Ltd. closed on Friday at 71p." in [e.text for e in events]


def test_a_relative_pronoun_without_a_subject_is_dropped() -> None:
    from timeline.events.clause_text import clause_text
    assert clause_text("which closed on Friday at 71p,", None, relative=True) == "Closed on Friday at 71p."


def test_a_time_stamp_line_leaves_a_sentence_with_its_own_time_alone() -> None:
    events = events_of("Live updates\n5 pm\nThe council will publish the result tomorrow.\n")
    assert [(e.start, e.time_text) for e in events if "publish" in e.text] == [("2021-06-11", "tomorrow")]


def test_and_will_opens_a_clause_of_its_own_when_each_side_has_a_date() -> None:
    events = events_of("The ferry terminal closed on Monday for repairs and will reopen on Saturday.")
    assert [(event.start, event.text) for event in events] == [
        ("2021-06-07", "The ferry terminal closed on Monday for repairs."),
        ("2021-06-12", "The ferry terminal will reopen on Saturday.")]


def test_an_escaped_markdown_bullet_stays_out_of_the_event_text() -> None:
    [event] = events_of("\\* In 1976, the pier was rebuilt in concrete.")
    assert event.text == "In 1976, the pier was rebuilt in concrete."
    assert event.headline == "The pier was rebuilt in concrete"


def test_a_span_of_old_years_dates_one_event_over_the_span() -> None:
    [event] = events_of("A famine of 1315 to 1317 emptied the valley.")
    assert (event.start, event.end) == ("1315-01-01", "1317-12-31")


def test_a_stock_ticker_broken_over_two_lines_stays_in_its_sentence() -> None:
    [event] = events_of("Lender Harbour Finance (HBF.\nL) said on Monday that defaults rose.")
    assert event.text == "Lender Harbour Finance (HBF.L) said on Monday that defaults rose."
    assert event.headline == "Lender Harbour Finance (HBF.L) said that defaults rose"
