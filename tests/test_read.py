"""Read stage: front matter, publication dates, headlines and decoding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import DateError, InputError
from timeline.read.inputs import parse_date_option, read_article, read_text


@pytest.mark.parametrize(("text", "expected"), [
    ("2019-02-21", dt.datetime(2019, 2, 21)),
    ("2019-02-21T09:30", dt.datetime(2019, 2, 21, 9, 30)),
    ("2019-02-21 09:30", dt.datetime(2019, 2, 21, 9, 30)),
])
def test_date_option_accepts_iso_forms(text: str, expected: dt.datetime) -> None:
    assert parse_date_option(text) == expected


@pytest.mark.parametrize("text", ["21/02/2019", "2019-02-30", "yesterday", "2019-2-21", ""])
def test_date_option_rejects_other_forms(text: str) -> None:
    with pytest.raises(DateError):
        parse_date_option(text)


def test_front_matter_gives_title_date_url_and_body_offset() -> None:
    text = "---\ntitle: Port reopens\ndate: 2020-05-04\nurl: https://example.org/a\n---\nThe port reopened today.\n"
    article = read_text(text)
    assert article.title == "Port reopens"
    assert article.published == dt.datetime(2020, 5, 4)
    assert article.url == "https://example.org/a"
    assert article.date_source == "front-matter"
    assert text[article.body_offset:].startswith("The port")


def test_hugo_toml_front_matter_gives_title_date_and_url() -> None:
    text = '+++\ntitle = "Port reopens"\ndate = 2020-05-04T09:30:00Z\nurl = "https://example.org/a"\n+++\nIt rained.\n'
    article = read_text(text)
    assert (article.title, article.published, article.url) == ("Port reopens", dt.datetime(2020, 5, 4, 9, 30),
                                                                "https://example.org/a")
    assert article.date_source == "front-matter" and text[article.body_offset:] == "It rained.\n"


def test_malformed_toml_front_matter_is_an_input_error() -> None:
    with pytest.raises(InputError, match="malformed TOML front matter"):
        read_text('+++\ntitle = "unclosed\n+++\nBody.\n')


def test_free_form_front_matter_date_is_parsed_with_dateparser() -> None:
    article = read_text("---\ndate: March 5, 2021 10:15\n---\nBody.\n")
    assert article.published == dt.datetime(2021, 3, 5, 10, 15)


def test_date_option_wins_over_front_matter() -> None:
    article = read_text("---\ndate: 2020-05-04\n---\nBody.\n", date=dt.datetime(2021, 1, 1))
    assert article.published == dt.datetime(2021, 1, 1)
    assert article.date_source == "option"


def test_missing_date_says_how_to_give_one() -> None:
    with pytest.raises(DateError, match="--date"):
        read_text("A story with no date.\nMore text.\n")


@pytest.mark.parametrize(("name", "expected"), [
    ("2025-03-14-pier-repairs.md", dt.datetime(2025, 3, 14)),  # a static site's post
    ("20250314_pier.txt", dt.datetime(2025, 3, 14)),
    ("pier-2025-03-14.html", dt.datetime(2025, 3, 14)),
])
def test_a_date_in_the_file_name_dates_an_article_that_states_none(tmp_path: Path, name: str,
                                                                     expected: dt.datetime) -> None:
    page = ("<html><head><title>Pier</title></head><body><article><p>Work to repair the storm-damaged pier "
            "began on Wednesday, and the contractor expects it to take three weeks.</p></article></body></html>")
    (tmp_path / name).write_text(page if name.endswith(".html") else "Pier\n\nWork began on Wednesday.\n",
                                 encoding="utf-8")
    article = read_article(tmp_path / name)
    assert (article.published, article.date_source) == (expected, "file-name")


@pytest.mark.parametrize("name", ["pier-2025-13-40.md", "pier-12025-03-14.md", "pier-v2025.03.md"])
def test_a_file_name_without_a_whole_day_gives_no_date(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("Pier\n\nWork began on Wednesday.\n", encoding="utf-8")
    with pytest.raises(DateError, match="--date"):
        read_article(tmp_path / name)


def test_the_articles_own_date_wins_over_its_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2025-03-14-pier.md"
    path.write_text("---\ndate: 2025-03-20\n---\nWork began on Wednesday.\n", encoding="utf-8")
    assert read_article(path).published == dt.datetime(2025, 3, 20)


def test_first_short_line_without_period_is_the_headline() -> None:
    article = read_text("Mayor quits\nThe mayor resigned today.\n", date=dt.datetime(2020, 1, 1))
    assert article.title == "Mayor quits"
    assert article.text[article.content_offset:].startswith("The mayor")


def test_first_sentence_is_not_taken_for_a_headline() -> None:
    article = read_text("The mayor resigned today.\nShe gave no reason.\n", date=dt.datetime(2020, 1, 1))
    assert article.title is None
    assert article.content_offset == 0


def test_malformed_front_matter_is_an_input_error() -> None:
    with pytest.raises(InputError, match="front matter"):
        read_text("---\ntitle: [unclosed\n---\nBody.\n")


def test_text_is_kept_exactly_as_read(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline\r\nIt rained on Monday.\r\n")
    article = read_article(path, date=dt.datetime(2020, 1, 1))
    assert article.text == "Headline\r\nIt rained on Monday.\r\n"


def test_other_encodings_are_detected_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le caf\xe9 de la gare a rouvert lundi apr\xe8s des ann\xe9es de travaux.".encode("latin-1"))
    article = read_article(path, date=dt.datetime(2020, 1, 1))
    assert "café" in article.text
    assert article.notes and "not UTF-8" in article.notes[0]


@pytest.mark.parametrize(("text", "encoding"), [
    # Windows-1252, as English Windows writes it: a pound sign, curly quotes, a dash, a euro
    ("Bus fares rise to £2.50 on Monday, the council’s transport chief said. Café owners “welcomed” the news.",
     "cp1252"),
    ("It costs \u20ac5 \u2013 or \xa34.", "cp1252"),
    ("Tickets cost \xa312 and the \u201cbig\u201d night is on Friday \u2013 doors at 7pm.", "cp1252"),
    # other legacy encodings still read as themselves when the text shows its language
    ("Zażółć gęślą jaźń. Wczoraj w Łodzi padał śnieg, a dziś świeci słońce nad miastem.", "cp1250"),
    ("Сегодня в Москве идёт снег.", "cp1251"),
])
def test_legacy_encodings_read_back_the_text_written(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert read_article(path, date=dt.datetime(2020, 1, 1)).text == text


def test_binary_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        read_article(path, date=dt.datetime(2020, 1, 1))


def test_missing_file_and_directory_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_article(tmp_path)
