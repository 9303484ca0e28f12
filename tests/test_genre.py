"""Genres (timeline/tag/genre.py): posts tagged with the informal rules, histories anchored on
the story's own time, and `--genre` through the API and the command line.

The rows are tagger-table rows (sentence, anchor, genre, expected (text, type, value[, mod])),
written for this project: informal posts in many styles, and short histories.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import api
from timeline.cli import cli
from timeline.tag.genre import is_history, is_informal
from timeline.tag.tagger import tag_text

THU = dt.date(2019, 2, 21)  # a Thursday
MON = dt.date(2018, 11, 5)  # a Monday

GenreRow = tuple[str, dt.date, str, list[tuple[str, ...]]]

POSTS: list[GenreRow] = [
    ("gonna see the band on sat lol", THU, "auto", [("sat", "DATE", "2019-02-23")]),
    ("cant wait for fri!!", THU, "auto", [("fri", "DATE", "2019-02-22")]),
    ("dinner w the fam next thurs", THU, "auto", [("next thurs", "DATE", "2019-02-28")]),
    # a meeting moved to a day is moved to one ahead (the Tuesday to come, not the one gone)
    ("Meeting moved to Tues. at the office", THU, "auto", [("Tues", "DATE", "2019-02-26")]),
    ("brunch tmrw 11am?? @jo", THU, "auto", [("tmrw", "DATE", "2019-02-22"), ("11am", "TIME", "2019-02-22T11:00")]),
    ("exam 2day, movie 2nite :)", THU, "auto", [("2day", "DATE", "2019-02-21"), ("2nite", "TIME", "2019-02-21TNI")]),
    ("doors open 7.30pm tmr", THU, "auto", [("7.30pm tmr", "TIME", "2019-02-22T19:30")]),
    ("class at 1030am then lunch lol", THU, "auto", [("1030am", "TIME", "2019-02-21T10:30")]),
    ("gig at 10pm tonight, who's in? #music", THU, "auto", [("10pm tonight", "TIME", "2019-02-21T22:00")]),
    ("sat night karaoke was epic haha", THU, "auto", [("sat night", "TIME", "2019-02-16TNI")]),
    ("morning run done, now coffee", THU, "auto",
     [("morning", "TIME", "2019-02-21TMO"), ("now", "DATE", "PRESENT_REF")]),
    ("what a night lol", THU, "auto", [("a night", "TIME", "2019-02-21TNI")]),
    ("weekend plans anyone?? #bored", THU, "auto", [("weekend", "DATE", "2019-W08-WE")]),
    ("i only work weekends now lol", THU, "auto",
     [("weekends", "SET", "XXXX-WXX-WE"), ("now", "DATE", "PRESENT_REF")]),
    ("queued for 1hr just to get in :(", THU, "auto", [("1hr", "DURATION", "PT1H")]),
    ("waited 4 min for the lift", THU, "auto", [("4 min", "DURATION", "PT4M")]),
    ("rained all day, so gaming it is", THU, "auto", [("all day", "DURATION", "P1D")]),
    ("a whole day of meetings ugh", THU, "auto", [("a whole day", "DURATION", "P1D")]),
    ("had a fun day at the zoo with the kids", THU, "auto", [("day", "DURATION", "P1D")]),
    ("these days everyone has a podcast lol", THU, "auto", [("these days", "DATE", "PRESENT_REF")]),
    ("HAPPY FRIDAY EVERYONE!!", THU, "auto", [("FRIDAY", "DATE", "2019-02-22")]),  # no verb: the one at hand
    ("Happy #Friday everyone, see u at the bar", THU, "auto", []),  # a hashtag labels; it dates nothing
    # a range of days with no verb looks ahead, as one day does
    ("shop open fri-sun only, come by!!", THU, "auto", [("fri", "DATE", "2019-02-22"), ("sun", "DATE", "2019-02-24")]),
    ("workshop May 5 - 6 at the studio, sign up!!", THU, "auto",
     [("May 5", "DATE", "2019-05-05"), ("6", "DATE", "2019-05-06")]),
    ("last day to register lol", THU, "auto", [("last day", "DATE", "2019-02-21")]),
    ("so glad this day is over lol", THU, "auto", [("this day", "DATE", "2019-02-21")]),
    ("what a long day at school, need sleep", THU, "auto", [("a long day", "DURATION", "P1D")]),
    # In news: abbreviations, day ranges and short units; glued units, weekday ranges and weekday
    # clocks in posts (forced here); no bare time nouns in news.
    ("Registration closes 30 Sep. for all teams.", THU, "auto", [("30 Sep.", "DATE", "2019-09-30")]),  # closes: ahead
    ("Auditions were held 19 - 20 Oct. at the hall.", THU, "auto",
     [("19", "DATE", "2018-10-19"), ("20 Oct.", "DATE", "2018-10-20")]),
    ("The market is open Fri-Sun.", THU, "colloquial", [("Fri", "DATE", "2019-02-22"), ("Sun", "DATE", "2019-02-24")]),
    ("The show starts this Sat, 7pm at the theatre.", THU, "colloquial",
     [("this Sat, 7pm", "TIME", "2019-02-23T19:00")]),
    ("Pilots may fly 9hrs before a rest.", THU, "colloquial", [("9hrs", "DURATION", "PT9H")]),
    ("Pilots may fly 9 hrs before a rest.", THU, "news", [("9 hrs", "DURATION", "PT9H")]),
    ("Profit for the year rose 4%.", THU, "auto", [("the year", "DURATION", "P1Y")]),
    ("The team had a good day on Monday.", MON, "news", [("Monday", "DATE", "2018-11-05")]),
    ("The team had a good day on Monday.", MON, "colloquial",
     [("day", "DURATION", "P1D"), ("Monday", "DATE", "2018-11-05")]),
    ("nailed my driving test this Tue!! so happy", THU, "colloquial", [("this Tue", "DATE", "2019-02-19")]),
    ("voting for the dance crew closes this Fri night, go go", THU, "colloquial",
     [("this Fri night", "TIME", "2019-02-22TNI")]),
    ("holiday camp in July and Aug. then uni lol", THU, "colloquial",
     [("July", "DATE", "2019-07"), ("Aug.", "DATE", "2019-08")]),
    ("moved back home in Dec, missing the beach", THU, "colloquial", [("Dec", "DATE", "2018-12")]),
    ("so sleepy right now that i could cry", THU, "colloquial", [("right now", "DATE", "PRESENT_REF")]),
]

HISTORIES: list[GenreRow] = [
    ("The town was founded in 1822. The following year a school opened. That spring the river flooded. "
     "In August of that year the mill burned. Later that month it was rebuilt.", THU, "narrative",
     [("1822", "DATE", "1822"), ("The following year", "DATE", "1823"), ("That spring", "DATE", "1823-SP"),
      ("August of that year", "DATE", "1823-08"), ("Later that month", "DATE", "1823-08")]),
    ("The bridge opened in 1822. By the end of the year tolls were collected.", THU, "narrative",
     [("1822", "DATE", "1822"), ("the end of the year", "DATE", "1822", "END")]),
    ("The bridge opened in 1822. By the end of the year tolls were collected.", THU, "news",
     [("1822", "DATE", "1822"), ("the end of the year", "DATE", "2019", "END")]),
    ("Fighting began on 3 March 1917. On 9 March the line broke, and by June the army had withdrawn.", THU,
     "narrative",
     [("3 March 1917", "DATE", "1917-03-03"), ("9 March", "DATE", "1917-03-09"), ("June", "DATE", "1917-06")]),
    ("In 480 BC the fleet sailed. In the summer it reached the straits. The following year it returned.", THU,
     "narrative", [("480 BC", "DATE", "BC0480"), ("the summer", "DATE", "BC0480-SU"),
                   ("The following year", "DATE", "BC0479")]),
    ("The revolt lasted from 499 to 493 BC, and coins of the 5th century BC survive.", THU, "narrative",
     [("499", "DATE", "BC0499"), ("493 BC", "DATE", "BC0493"), ("the 5th century BC", "DATE", "BC04")]),
    ("The army crossed in August 480 BC and wintered there in the autumn of 479 BC.", THU, "narrative",
     [("August 480 BC", "DATE", "BC0480-08"), ("the autumn of 479 BC", "DATE", "BC0479-FA")]),
    ("The abbey was built in the 12th century, rebuilt in the 1340s and sold in 1412.", THU, "auto",
     [("the 12th century", "DATE", "11"), ("the 1340s", "DATE", "134"), ("1412", "DATE", "1412")]),
    ("The talks ran from April to June 1955.", THU, "auto",
     [("April", "DATE", "1955-04"), ("June 1955", "DATE", "1955-06")]),
    ("The congress met March 5-9, 1918, in the capital.", THU, "auto",
     [("March 5", "DATE", "1918-03-05"), ("9, 1918", "DATE", "1918-03-09")]),
    ("Athens fell in 404 BC; a relic of the 5th century BC survives.", THU, "auto",
     [("404 BC", "DATE", "BC0404"), ("the 5th century BC", "DATE", "BC04")]),
    # A long history: `auto` finds it (its years lie far from the creation date) and anchors on the story.
    ("The war began in 1861. In 1862 the navy closed the ports. In 1863 the armies met at the river. "
     "In 1864 the capital was besieged. In 1865 the war ended. By the end of the year the troops had gone home.",
     THU, "auto", [("1861", "DATE", "1861"), ("1862", "DATE", "1862"), ("1863", "DATE", "1863"),
                   ("1864", "DATE", "1864"), ("1865", "DATE", "1865"), ("the end of the year", "DATE", "1865", "END")]),
    # In a history: years of every century, bare seasons, "former", "recent", "N days after" an event.
    ("The colony was founded in 1783. The winter was hard, and recent settlers left for the former capital. "
     "The ice broke on 3 March 1784. Five days after the thaw, ships arrived.", THU, "narrative",
     [("1783", "DATE", "1783"), ("The winter", "DATE", "1783-WI"), ("recent", "DATE", "PAST_REF"),
      ("former", "DATE", "PAST_REF"), ("3 March 1784", "DATE", "1784-03-03"),
      ("Five days after", "DATE", "1784-03-08")]),
    ("The colony was founded in 1783. The winter was hard.", THU, "news", [("1783", "DATE", "1783")]),
    # A history's "the year" is the year the story has reached.
    ("The siege began in 1347. Late in the year the town fell.", THU, "narrative",
     [("1347", "DATE", "1347"), ("Late in the year", "DATE", "1347", "END")]),
    # A history's "during this period" / "at the same time" is the time it has reached; its "soon"
    # orders its events and dates nothing; its night marches are any night.
    ("The duchy rebelled in 1569. During this period the mints closed, and at the same time the ports "
     "soon emptied. The rebels moved only at night and struck in daytime.", THU, "narrative",
     [("1569", "DATE", "1569"), ("this period", "DATE", "1569"), ("the same time", "DATE", "1569"),
      ("night", "TIME", "XXXX-XX-XXTNI"), ("daytime", "TIME", "XXXX-XX-XXTDT")]),
    ("The duchy rebelled in 1569. During this period the ports will soon empty.", THU, "news",
     [("1569", "DATE", "1569"), ("soon", "DATE", "FUTURE_REF")]),
    # A history dates the parts of its dated days.
    ("The garrison fled on the night of 9 May 1799; on the morning of May 11 the town opened its gates.", THU,
     "narrative", [("the night of 9 May 1799", "TIME", "1799-05-09TNI"),
                   ("the morning of May 11", "TIME", "1799-05-11TMO")]),
    # A season a history names alone is one of the year it has reached, even before a name.
    ("The revolt broke out in 1648. Its spring offensive stalled near the river.", THU, "narrative",
     [("1648", "DATE", "1648"), ("spring", "DATE", "1648-SP")]),
    ("The province ranks among the top 1000 towns, with income of USD 1000 a head, as in 1850.", THU,
     "narrative", [("1850", "DATE", "1850")]),
]


@pytest.mark.parametrize(("text", "anchor", "genre", "expected"), POSTS + HISTORIES,
                         ids=[f"{row[2]}:{row[0][:40]}" for row in POSTS + HISTORIES])
def test_genre_table(text: str, anchor: dt.date, genre: str, expected: list[tuple[str, ...]]) -> None:
    found = tag_text(text, anchor, genre=genre)
    assert [(t.text, t.type, t.value) for t in found] == [tuple(row[:3]) for row in expected]
    for timex, row in zip(found, expected, strict=True):
        if len(row) > 3:
            assert timex.mod == row[3], f"{timex.text!r}: mod {timex.mod} != {row[3]}"


@pytest.mark.parametrize("text", ["omg the queue was sooo long", "see u at 5 @sam", "new post up! http://t.co/x1",
                                  "long day at school, need sleep", "tmrw is the big day :)",
                                  # cues of the second round: emoji, two dots, a small "i", shouting,
                                  # swearing, contractions and names written without their marks
                                  "Beach day with the crew 🏖️", "Stuck in the lounge.. boarding soon.",
                                  "Today i finally finished the book.", "BEST NIGHT OF MY LIFE.",
                                  "Havent slept since Monday.", "Can friday come already?", "Just sayin'."])
def test_posts_are_informal(text: str) -> None:
    assert is_informal(text)


@pytest.mark.parametrize("text", ["The council voted on Tuesday to close the bridge.",
                                  "U.S. officials met in Geneva on Monday.", "Sales rose 4% in the quarter!",
                                  "The council voted on Tuesday. " * 60,
                                  "The Senate passed the bill (i) on Monday, the U.N. said... We didn't.",
                                  "NEW YORK (AP) - Stocks rose on Friday in May.", "Sales fell in Part I of the year."])
def test_news_is_not_informal(text: str) -> None:
    assert not is_informal(text)


def test_a_long_text_dense_with_cues_is_informal() -> None:
    assert is_informal("lol u gonna come tmrw? idk haha. " * 60)


def test_histories_are_years_far_from_the_creation_date() -> None:
    created = dt.datetime(2019, 2, 21)
    assert is_history([1861, 1862, 1863, 1864, 1865], 0, created)
    assert not is_history([2018, 2019, 2019, 2017, 2018], 0, created)
    assert not is_history([1861, 1862, 1863, 1864, 1865], 3, created)  # it counts from its own day
    assert not is_history([1861, 1862], 0, created)


def test_a_text_writing_out_many_years_is_a_history_however_recent_they_are() -> None:
    created = dt.datetime(2009, 12, 19)
    recent_war = [2005] * 4 + [2006] * 3 + [2007] * 4 + [2008] * 5 + [2009] * 4  # 11 of 20 two years back or more
    assert len(recent_war) == 20 and is_history(recent_war, 1, created)
    assert not is_history(recent_war[:19], 1, created)  # fewer: most lie within two years of writing
    assert not is_history(recent_war, 5, created)  # it counts from its own day too often


def test_a_recent_war_told_year_by_year_anchors_its_months_to_its_story() -> None:
    # 25 years written out, three in five of them within two years of writing: read as a history
    # only for naming so many, so "In April" after March 2006 is 2006's, not the April before writing
    sections = {2004: "The invasion came", 2005: "Elections were held", 2006: "Sectarian fighting spread",
                2007: "The surge began", 2008: "The cities were handed over"}
    text = "\n\n".join(f"{year}: {title}\n\nIn {year} the war went on. By the end of {year} some {year - 1990} "
                       f"districts were quiet, and in June {year} and in March {year} the talks resumed."
                       + (" In April the last brigade left the capital." if year == 2006 else "")
                       for year, title in sections.items())
    april = [t.value for t in tag_text(text, dt.datetime(2008, 12, 19)) if t.text == "April"]
    assert april == ["2006-04"]


def test_an_unknown_genre_is_refused() -> None:
    with pytest.raises(ValueError, match="genre"):
        tag_text("On Monday.", THU, genre="poetry")


def test_the_api_takes_a_genre(tmp_path: Path) -> None:
    text = "The bridge opened in 1822. By the end of the year tolls were collected.\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    told = api.tag_file(path, date=dt.datetime(2019, 2, 21), genre="narrative")
    assert [t.value for t in told.timexes] == ["1822", "1822"]
    reported = api.tag_file(path, date=dt.datetime(2019, 2, 21), genre="news")
    assert [t.value for t in reported.timexes] == ["1822", "2019"]
    events = api.extract_events(api.read_article(path, date=dt.datetime(2019, 2, 21)), genre="narrative")
    assert [e.start for e in events] == ["1822-01-01", "1822-01-01"]


def test_the_command_line_takes_a_genre(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The bridge opened in 1822. By the end of the year tolls were collected.\n", encoding="utf-8")
    runner = CliRunner()
    for genre, last in (("narrative", "1822"), ("news", "2019")):
        result = runner.invoke(cli, ["tag", str(path), "--date", "2019-02-21", "--genre", genre])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)[-1]["value"] == last
    built = runner.invoke(cli, ["build", str(path), "--date", "2019-02-21", "--genre", "narrative", "--format", "json",
                                "-q"])
    assert built.exit_code == 0, built.output
    assert [e["value"] for e in json.loads(built.stdout)["events"]] == ["1822", "1822"]
    wrong = runner.invoke(cli, ["tag", str(path), "--date", "2019-02-21", "--genre", "poetry"])
    assert wrong.exit_code == 2 and "--genre" in wrong.output and "Traceback" not in wrong.output


def test_next_spring_counts_from_the_day_of_writing_in_an_explainer() -> None:
    """An explainer that names many far years is still news when it counts from its own day
    ("on Tuesday", "next spring"): "next spring" is the coming one, not the story's."""
    text = ("The board on Tuesday approved the new weir, ending a row that began in 2016. The old weir, built in "
            "1958, failed in 2020 and was patched in 2021. Work starts next spring and ends in 2027.")
    found = {t.text: t.value for t in tag_text(text, dt.date(2023, 11, 9))}
    assert found["next spring"] == "2024-SP"


def test_a_short_history_counts_its_seasons_years_and_its_winter_follows_its_summer() -> None:
    """Four years and a season written out make a history: its year-less months and "that winter"
    follow the story, not the day the page was written."""
    text = ("The siege of Karnholm ended in 1412. In the spring of 1411 the duke raised an army. By June he had "
            "crossed the river. The siege began on 2 August 1411. That winter, disease spread through the camp. "
            "In February his engineers breached the wall. On 9 March 1412 the city surrendered. He died in 1420.")
    found = {t.text: t.value for t in tag_text(text, dt.date(2024, 3, 1))}
    assert (found["June"], found["That winter"], found["February"]) == ("1411-06", "1412-WI", "1412-02")


def test_this_winter_in_the_autumn_is_the_coming_one() -> None:
    found = {t.text: t.value for t in tag_text("Heating bills will rise this winter.", dt.date(2024, 11, 10))}
    assert found["this winter"] == "2025-WI"  # December 2024 to February 2025, known by its January


def test_news_that_names_the_day_in_its_lead_is_no_history_whatever_years_it_names() -> None:
    text = ("On Tuesday, the two ministers shook hands, the first time since the revolution of 1979. The deal "
            "signed in Vienna on 14 July ends a dispute that began in 1989, flared in 1988 and again in 2015, "
            "and that both sides trace back to 1979.")
    found = {t.text: t.value for t in tag_text(text, dt.date(2015, 9, 30))}
    assert found["14 July"] == "2015-07-14"


# A wire story whose byline names the day of writing and whose weekday comes late in a long lead,
# with more background years than deictic words.
WIRE_WITH_BACKGROUND = (
    "By Ann Reeve, Health and Science Editor LONDON | Mon May 11, 2015 6:10 pm GMT LONDON (Wire) - The new "
    "strain of measles that has sickened more than 300 children in four northern counties and has been carried "
    "to three other countries by families on holiday spreads faster than any strain its doctors had seen before, "
    "doctors reported on Monday.\n"
    "\"Its severity looks lower than in 1889 but close to that of 1957.\"\n"
    "The 1889 outbreak was the worst of the 19th century, killing thousands.\n"
    "The 1957 outbreak killed far fewer, and a smaller wave followed in 1961.\n"
    "Sequencing suggests the strain first spread around January 20.")


@pytest.mark.parametrize("genre", ["auto", "narrative"])
def test_a_text_whose_byline_names_the_day_of_writing_tells_the_present(genre: str) -> None:
    # a history whose story has reached the day of writing counts its year-less months by tense, as news does
    found = {t.text: t.value for t in tag_text(WIRE_WITH_BACKGROUND, dt.date(2015, 5, 11), genre=genre)}
    assert found["around January 20"] == "2015-01-20"


def test_a_byline_naming_the_day_of_writing_makes_news_of_a_text_full_of_old_years() -> None:
    # read as a history, "In 1961, …" would move the story and take the strain's January there
    text = WIRE_WITH_BACKGROUND.replace("and a smaller wave followed in 1961.", "and a smaller one went round.\n"
                                        "In 1961, a third wave followed.")
    found = {t.text: t.value for t in tag_text(text, dt.date(2015, 5, 11))}
    assert found["around January 20"] == "2015-01-20"
    assert {t.text: t.value for t in tag_text(text, dt.date(2015, 5, 11), genre="narrative")}[
        "around January 20"] == "1961-01-20"


def test_a_weekday_after_the_same_day_written_out_is_that_day() -> None:
    text = "EMBARGOED UNTIL WEDNESDAY 4 JUNE 2025\nThe study was published on Wednesday."
    found = {t.text: t.value for t in tag_text(text, dt.date(2025, 6, 2))}
    assert found["Wednesday"] == "2025-06-04"


def test_a_dateline_in_capitals_is_no_post_shouting() -> None:
    from timeline.tag.genre import is_informal

    assert not is_informal("SAN PEDRO DEL NORTE, Aug 17 (Reuters) - Firefighters contained the blaze on Friday.")
    assert is_informal("SO READY FOR THE WEEKEND")
