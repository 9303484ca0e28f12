"""Frames an article sets for later entries (a log's week, an almanac's day) and the direction of
a future clause's clock time (events/frames.py, events/outlook.py), on texts written for the project."""

from __future__ import annotations

import datetime as dt

from tests.event_rows import event_spans
from timeline.events import extract_events
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2022, 10, 13, 9, 30)  # a Thursday


def dated(body: str, published: dt.datetime = PUBLISHED) -> list[tuple[str, str]]:
    return event_spans(body, published)


def test_a_logs_weekday_stamps_lie_inside_the_week_it_covers() -> None:
    body = ("Entries from the harbour master's log for October 3 to October 9.\n"
            "Monday, 7:45 a.m.: A yacht ran aground off Pier Head.\n"
            "Thursday, 10:10 p.m.: Two men were seen on the slipway.\n")
    stamped = [pair for pair in dated(body) if "T" in pair[0]]
    assert stamped == [("2022-10-03T07:45", "2022-10-03T07:45"), ("2022-10-06T22:10", "2022-10-06T22:10")]


def test_without_a_log_range_a_weekday_stamp_keeps_its_usual_day() -> None:
    body = "Thursday, 10:10 p.m.: Two men were seen on the slipway.\n"
    assert dated(body) == [("2022-10-13T22:10", "2022-10-13T22:10")]


def test_an_almanac_entry_with_only_a_year_happened_on_the_columns_day() -> None:
    body = ("Today in history\nOn this date:\nIn 1952, the lifeboat Mary Kell was launched at Pellow.\n"
            "Fifty years ago: The pier at Sandmouth burned down.\n")
    assert dated(body) == [("1952-10-13", "1952-10-13"), ("1972-10-13", "1972-10-13")]


def test_outside_an_almanac_a_year_is_the_whole_year() -> None:
    assert dated("In 1952, the lifeboat Mary Kell was launched at Pellow.") == [("1952-01-01", "1952-12-31")]


def test_the_almanacs_own_furniture_is_no_event() -> None:
    body = ("Today is Thursday, Oct. 13, the 286th day of 2022. There are 79 days left in the year.\n"
            "Today's highlight in history:\nOn Oct. 13, 1884, the Sandmouth pier opened.\n"
            "Thought for today: \"Nothing is new.\"\n")
    assert dated(body) == [("1884-10-13", "1884-10-13")]


def test_a_future_clock_time_the_tagger_put_on_a_past_day_is_still_to_come() -> None:
    body = "The ferry ran aground on Monday. The next bulletin will be broadcast at 6 p.m."
    assert dated(body)[-1] == ("2022-10-13T18:00", "2022-10-13T18:00")


def test_a_future_clock_time_lies_on_the_coming_day_the_story_named() -> None:
    body = ("The new library will open on Saturday. Builders finished the roof on Monday. "
            "The mayor will cut the ribbon at 11am.")
    assert dated(body)[-1] == ("2022-10-15T11:00", "2022-10-15T11:00")


def test_a_clock_time_of_the_past_is_left_alone() -> None:
    body = "The ferry ran aground on Monday. It was refloated at 6 p.m."
    assert dated(body)[-1] == ("2022-10-10T18:00", "2022-10-10T18:00")


def test_a_clock_time_of_the_thing_named_lies_on_the_day_it_was_given() -> None:
    body = ("The old mill will be sold at auction on 26 October. Viewings are on Tuesday 18 October. "
            "The auction starts at 11am at the Corn Exchange.")
    assert dated(body)[-1] == ("2022-10-26T11:00", "2022-10-26T11:00")


def test_minutes_close_on_the_day_of_their_meeting() -> None:
    body = ("Minutes of the meeting of Holt Parish Council held on Monday 10 October 2022.\n"
            "The date of the next meeting was confirmed as Monday 14 November 2022.\n"
            "The meeting closed at 9.05pm.\n")
    assert dated(body, dt.datetime(2022, 10, 13))[-1] == ("2022-10-10T21:05", "2022-10-10T21:05")


def test_a_clock_time_earlier_than_the_one_before_is_the_next_day_only_overnight() -> None:
    body = "Between 13:05 and 14:47 on 11 October, logins failed. The fault began after a change went live at 13:02."
    assert dated(body)[-1] == ("2022-10-11T13:02", "2022-10-11T13:02")


def test_a_day_with_its_weekday_lies_in_the_year_that_weekday_fits() -> None:
    body = "The festival returns from Friday 14 July to Sunday 16 July, organisers announced on Tuesday."
    assert dated(body)[0] == ("2023-07-14", "2023-07-16")


def test_a_line_up_under_a_festivals_days_lies_inside_them() -> None:
    body = ("The festival returns from Friday 14 July to Sunday 16 July, organisers announced on Tuesday.\n"
            "Saturday: The Lowlands close the night.\nSunday: a brass band finale at 8pm.\n"
            "Tickets go on sale at 10am on Friday.\n")
    assert dated(body)[1:] == [("2023-07-15", "2023-07-15"), ("2023-07-16T20:00", "2023-07-16T20:00"),
                               ("2022-10-14T10:00", "2022-10-14T10:00")]


def test_a_listing_line_names_a_weekday_and_a_day_of_the_month() -> None:
    body = ("Sunday 16th: Harvest service at 10.30am, followed by lunch.\n"
            "Saturday 22nd: Jumble sale, 10am to 2pm.\n")
    assert dated(body) == [("2022-10-16T10:30", "2022-10-16T10:30"), ("2022-10-22T10:00", "2022-10-22T14:00")]


def test_an_itinerarys_day_takes_the_clock_times_of_its_line() -> None:
    body = "Day 3 (Mon 17 Oct): Stavanger, 8am to 6pm.\n"
    assert dated(body) == [("2022-10-17T08:00", "2022-10-17T18:00")]


def test_a_future_clauses_month_is_the_coming_one_whatever_year_the_story_told_of() -> None:
    body = "Pike died in 1989. A new biography of her will be published in November."
    assert dated(body)[-1] == ("2022-11-01", "2022-11-30")
    body = "In 1979 she led the rescue of eleven fishermen. Her funeral will be held on 16 November."
    assert dated(body)[-1] == ("2022-11-16", "2022-11-16")


def test_a_deictic_day_or_month_is_the_publications() -> None:
    body = "First published in 1957 and out of print since the 1980s, the novel is reissued this month."
    assert dated(body) == [("2022-10-01", "2022-10-31")]
    assert dated("The offer, which was due to expire yesterday, lapsed.") == [("2022-10-12", "2022-10-12")]


def test_a_birth_opening_the_sentence_keeps_its_date() -> None:
    # (and the main clause, with a date of its own, is a second event, as the gold set lists them)
    assert dated("Born May 2, 1931, in Dover, he served in the Army from 1951 to 1953.") == [
        ("1931-05-02", "1931-05-02"), ("1951-01-01", "1953-12-31")]


def test_an_entry_clock_after_its_words_and_a_monthly_habit() -> None:
    assert dated("Friday: first practice 12.30pm.\n") == [("2022-10-14T12:30", "2022-10-14T12:30")]
    assert dated("The society meets on the second Tuesday of each month at 7.30pm.") == []


def test_a_range_can_end_at_the_event_that_ends_it() -> None:
    assert dated("She served as coxswain from 1981 until her retirement in 1996.") == [("1981-01-01", "1996-12-31")]


def test_a_story_told_day_by_day_counts_from_the_day_before() -> None:
    body = ("We flew into Porto on Friday 30 September. On the Saturday morning we walked across the bridge. "
            "The next day we took the train up the valley. Our flight home on the Monday was delayed.")
    assert dated(body) == [("2022-09-30", "2022-09-30"), ("2022-10-01", "2022-10-01"), ("2022-10-02", "2022-10-02"),
                           ("2022-10-03", "2022-10-03")]


def test_a_day_named_by_its_number_takes_the_month_named_before() -> None:
    body = "The comet will make its closest approach on 12 November. It should be visible from about the 14th."
    assert dated(body)[-1] == ("2022-11-14", "2022-11-14")


def test_a_past_passive_further_from_its_month_still_puts_it_in_the_past() -> None:
    body = "The comet will pass on 12 November. It was discovered by an amateur astronomer in Sweden in January."
    assert dated(body)[-1] == ("2022-01-01", "2022-01-31")


def test_a_clock_time_of_the_meeting_named_anywhere_in_the_sentence() -> None:
    body = ("Councillors approved the budget at a meeting of the full council on Tuesday evening. "
            "Opposition councillors walked out of the meeting shortly before the vote at 9.40pm.")
    assert dated(body, dt.datetime(2022, 10, 13))[-1] == ("2022-10-11T21:40", "2022-10-11T21:40")


def test_references_figures_and_customs_date_nothing() -> None:
    assert dated("The chart was announced on Friday. Notice to Mariners No. 4 of 2022 is cancelled.") == [
        ("2022-10-07", "2022-10-07")]
    assert dated("The chart was announced on Friday. The album sold 14,200 copies in the week to Thursday.") == [
        ("2022-10-07", "2022-10-07")]
    assert dated("The comet passed on Monday. Its last visit was around 4,000 years ago.") == [
        ("2022-10-10", "2022-10-10")]
    assert dated("The carnival was revived in 1987 and is held on the last Saturday in August.") == [
        ("1987-01-01", "1987-12-31")]


def test_the_narrower_day_keeps_its_clock_time() -> None:
    assert dated("Next week's chart will be announced on Friday 21 October at 5.45pm.") == [
        ("2022-10-21T17:45", "2022-10-21T17:45")]


def test_a_future_clock_time_on_a_day_without_its_own_clock_lies_on_the_day_named() -> None:
    body = "Okoye will fight Bradley at the O2 on Saturday 29 October. Ring walks are expected at around 10.30pm."
    assert dated(body, dt.datetime(2022, 10, 13))[-1] == ("2022-10-29T22:30", "2022-10-29T22:30")


def test_a_part_of_the_day_before_a_range_of_days_yields_to_it() -> None:
    assert dated("The A1 will be closed overnight from Monday 17 October to Friday 21 October.") == [
        ("2022-10-17", "2022-10-21")]


def test_what_is_in_force_until_a_weekday_looks_ahead() -> None:
    assert dated("An amber alert is in force until 9am on Saturday.") == [("2022-10-15T09:00", "2022-10-15T09:00")]


def test_a_period_on_the_24_hour_clock_runs_from_the_coming_weekday() -> None:
    assert dated("The flood alert runs from 21:00 on Friday until 09:30 on Sunday.") == [
        ("2022-10-14T21:00", "2022-10-16T09:30")]


def test_the_slot_something_was_moved_from_dates_nothing() -> None:
    assert dated("The race will be run on 30 October. It was moved from April to avoid the rain.") == [
        ("2022-10-30", "2022-10-30")]


def test_bounds_written_with_than_are_the_events_time() -> None:
    assert dated("The crew will now return to Earth no earlier than 18 November.") == [("2022-11-18", "2022-11-18")]
    assert dated("Proxy forms must reach the registrar no later than 11.00am on 13 November 2022.") == [
        ("2022-11-13T11:00", "2022-11-13T11:00")]


def test_a_day_and_the_clock_time_its_clause_gives_later() -> None:
    assert dated("On Boxing Day the first sailing will leave at 10am.") == [("2022-12-26T10:00", "2022-12-26T10:00")]
    assert dated("A memorial garden will be opened by the mayor on Saturday at noon.") == [
        ("2022-10-15T12:00", "2022-10-15T12:00")]


def test_the_next_one_on_a_weekday_is_to_come() -> None:
    body = "A ticket won on Saturday. The next draw, on Wednesday, has an estimated jackpot of £2 million."
    assert dated(body)[-1] == ("2022-10-19", "2022-10-19")


def test_ahead_of_opens_a_clause_with_its_own_date() -> None:
    assert dated("The revival begins previews on 4 November ahead of an opening night on 11 November.") == [
        ("2022-11-04", "2022-11-04"), ("2022-11-11", "2022-11-11")]


def test_a_weekday_inside_a_season_dates_the_clause_unless_it_dates_the_report() -> None:
    body = "The manager has signed seven players this summer, the last of them on Wednesday."
    assert dated(body, dt.datetime(2022, 8, 11, 9, 30)) == [("2022-08-10", "2022-08-10")]
    body = "The firm will cut 400 jobs by the end of the year, the company told staff on Friday."
    assert dated(body) == [("2022-01-01", "2022-12-31")]


def test_a_day_heading_dates_the_clock_times_opening_the_lines_under_it() -> None:
    body = ("The Tarrow Lantern Festival runs over two days next month.\n\n"
            "**Friday 11 November**\n\n"
            "18:00 Lantern-making tent opens on the green\n\n"
            "19:45 Parade from the station to the quay\n\n"
            "Saturday 12 November\n\n"
            "10:30 Storytelling in the library\n")
    assert dated(body) == [("2022-11-01", "2022-11-30"),
                           ("2022-11-11T18:00", "2022-11-11T18:00"), ("2022-11-11T19:45", "2022-11-11T19:45"),
                           ("2022-11-12T10:30", "2022-11-12T10:30")]


def test_a_clock_time_inside_a_sentence_is_not_framed_by_a_heading() -> None:
    body = ("Open day at the lifeboat station.\n\n**Saturday 15 October**\n\n09:00 Registration\n\n"
            "The organisers said on Tuesday that doors had opened at 8.15pm last year.\n")
    assert dated(body)[0] == ("2022-10-15T09:00", "2022-10-15T09:00")
    assert ("2022-10-15T20:15", "2022-10-15T20:15") not in dated(body)


def test_a_weekday_and_day_after_a_clock_time_lie_in_a_year_they_fit_near_the_tagger_or_publication() -> None:
    from timeline.events.frames import weekday_year
    # a CV's story year (2019) is far from the day's: 22 April is a Tuesday in 2025, the publication's year
    assert weekday_year("7pm on Tuesday 22 April", "2019-04-22T19:00", dt.date(2025, 4, 17)) == "2025-04-22T19:00"
    assert weekday_year("7pm on Tuesday 22 April", "2019-04-22T19:00") == "2019-04-22T19:00"
    assert weekday_year("Friday 11 July", "2024-07-11", dt.date(2025, 4, 17)) == "2025-07-11"


def test_an_entry_under_an_earlier_days_heading_speaks_from_that_day() -> None:
    published = dt.datetime(2022, 10, 13, 8, 15)  # Thursday morning; the entries below are Wednesday's
    body = ("Harbour dispute: live\n\nThursday 13 October\n\n08:05\nTugs are back at work.\n\n"
            "Wednesday 12 October\n\n21:50\nPilots will vote on the offer at 10:00 tomorrow.\n\n"
            "17:20\nDock gates were shut this afternoon.\n\n"
            "09:00\nThe stoppage began at 06:00, the port said.\n")
    assert dated(body, published) == [("2022-10-13T08:05", "2022-10-13T08:05"),
                                      ("2022-10-13T10:00", "2022-10-13T10:00"), ("2022-10-12", "2022-10-12"),
                                      ("2022-10-12T06:00", "2022-10-12T06:00")]


def test_a_clock_time_a_past_verb_already_put_on_the_day_before_stays_there() -> None:
    published = dt.datetime(2022, 10, 13, 8, 15)
    body = "Wednesday 12 October\n\n17:20\nThe pier was closed at 16:40 after a crane fell.\n"
    assert dated(body, published) == [("2022-10-12T16:40", "2022-10-12T16:40")]


def test_a_live_pages_greetings_and_sign_offs_date_nothing() -> None:
    published = dt.datetime(2022, 10, 13, 8, 15)
    body = ("07:30\nGood morning and welcome to our live coverage. Ferries resumed at 07:10.\n\n"
            "08:10\nThat's all from us for now. We'll have more updates tomorrow.\n")
    assert dated(body, published) == [("2022-10-13T07:10", "2022-10-13T07:10")]


def test_a_heading_days_clock_entry_on_a_page_dated_to_the_day_alone_is_not_upcoming() -> None:
    """Published "2022-10-13" with no time: 09:10 that day is not known to be still to come."""
    body = "Storm: live\n\nThursday 13 October\n\n09:10 Trains resumed on the coast line.\n"
    events = extract_events(read_text(body, date=dt.datetime(2022, 10, 13)))
    assert [(e.start, e.upcoming) for e in events] == [("2022-10-13T09:10", False)]


def test_a_bare_weekday_under_an_earlier_days_heading_is_read_from_that_day() -> None:
    """Under Monday the 10th's heading, Wednesday is the 12th and Saturday the 8th, though the page
    is of Friday the 14th (from which the tagger reads the 19th and the 8th)."""
    body = ("Harbour news\n\nMonday 10 October\n\nThe ferry board will meet on Wednesday.\n\n"
            "A van broke down on the quay on Saturday.\n")
    assert dated(body, dt.datetime(2022, 10, 14, 9, 0)) == [("2022-10-12", "2022-10-12"),
                                                             ("2022-10-08", "2022-10-08")]


def test_a_weekday_under_a_logs_day_heading_is_the_nearer_of_that_day_either_way() -> None:
    """A call-out log's heading names the day it tells; its story runs on past midnight ("at 0100
    on Sunday" under Saturday the 8th is the 9th, though the page of the 25th reads the 23rd), and its
    clock times close their clauses."""
    body = ("Rescue log\n\n**Callout 7 — Saturday 8 October**\n\n"
            "Two walkers were reported overdue at 1930. The team found them shortly after 0100 on Sunday.\n")
    assert dated(body, dt.datetime(2022, 10, 25, 9, 0)) == [("2022-10-08T19:30", "2022-10-08T19:30"),
                                                            ("2022-10-09T01:00", "2022-10-09T01:00")]


def test_a_weekday_under_the_day_a_message_was_written_lies_before_it() -> None:
    """Under the line that opens a quoted message of Monday the 10th, a past Thursday is the 6th,
    though the 13th is nearer: the writer told what had happened."""
    body = ("Re: the van\n\nSorry to hear it.\n\nOn Mon, 10 Oct 2022 at 18:00, Kim Reyes wrote:\n"
            "> The van broke down on the quay on Thursday.\n")
    assert ("2022-10-06", "2022-10-06") in dated(body)
