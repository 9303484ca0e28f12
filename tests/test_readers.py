"""Readers: every input format, folders, standard input, and the date-precedence rules."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from timeline.cli import cli
from timeline.errors import DateError, InputError
from timeline.models import Article, Skipped
from timeline.read.inputs import ReadOptions, detect_format, file_suffix, read_article, read_inputs

MIXED = EXAMPLES / "mixed"


def _read(*inputs: str, **options: object) -> list[Article | Skipped]:
    return list(read_inputs(list(inputs), ReadOptions(**options)))  # type: ignore[arg-type]


def test_mixed_folder_reads_every_article_with_the_right_date_source() -> None:
    items = _read(str(MIXED))
    assert not [i for i in items if isinstance(i, Skipped)]
    sources = {Path(a.path or "").name: (a.date_source, a.published) for a in items if isinstance(a, Article)}
    assert sources == {
        "2023-01-09-library-closes.txt": ("front-matter", dt.datetime(2023, 1, 9, 8, 0)),
        "2023-02-15-library-funding.html": ("metadata", dt.datetime(2023, 2, 15)),
        "library-contractor.html": ("extracted", dt.datetime(2023, 4, 3)),
        "town-news.rss#entry1": ("feed-published", dt.datetime(2023, 6, 12, 9, 15)),
        "town-news.rss#entry2": ("feed-published", dt.datetime(2023, 8, 18, 16, 40)),
        "council.atom#entry1": ("feed-published", dt.datetime(2023, 11, 20, 12, 0)),
        "archive.jsonl:1": ("record", dt.datetime(2023, 9, 30)),
        "archive.jsonl:2": ("record", dt.datetime(2023, 10, 27, 11, 0)),
        "volunteer-signups.csv:2": ("record", dt.datetime(2023, 7, 14)),
        "volunteer-signups.csv:3": ("record", dt.datetime(2023, 8, 22)),
        "opening-invitation.eml": ("metadata", dt.datetime(2023, 11, 27, 9, 30)),
    }


def test_html_reader_keeps_the_article_and_drops_the_page_furniture() -> None:
    article = read_article(MIXED / "2023-02-15-library-funding.html")
    assert article.title == "Millbrook wins heritage grant for library roof"
    assert "National Heritage Fund" in article.text
    assert "Most read" not in article.text and "Bypass plans" not in article.text


def test_date_option_overrides_metadata_everywhere() -> None:
    items = _read(str(MIXED), date=dt.datetime(2020, 1, 1))
    assert {(a.date_source, a.published) for a in items if isinstance(a, Article)} == {
        ("option", dt.datetime(2020, 1, 1))}


def test_timezone_converts_dates_that_carry_an_offset() -> None:
    [entry] = [a for a in _read(str(MIXED / "council.atom"), timezone="America/New_York") if isinstance(a, Article)]
    assert entry.published == dt.datetime(2023, 11, 20, 7, 0)


def test_dateline_dates_a_text_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Harbour fees rise\nPORTLAND, March 5, 2021 — Harbour fees rose today.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.date_source, article.published) == ("dateline", dt.datetime(2021, 3, 5))


@pytest.mark.parametrize("dateline", ["KINGSPORT, March 5, 2021 (Reuters) - ", "KINGSPORT, March 5, 2021 (AP) — ",
                                      "Kingsport, Tenn., March 5, 2021 -- "])
def test_a_wire_dateline_after_a_headline_and_a_blank_line_dates_the_text(tmp_path: Path, dateline: str) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(f"Harbour fees rise\n\n{dateline}Harbour fees rose today.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.date_source, article.published) == ("dateline", dt.datetime(2021, 3, 5))


@pytest.mark.parametrize(("header", "published"), [
    ("ISLAND COUNCIL — 10 June 2024", dt.datetime(2024, 6, 10)),
    ("Monday 10 June 2024", dt.datetime(2024, 6, 10)),
    ("Posted on June 10, 2024 by admin", dt.datetime(2024, 6, 10)),
    ("ISLAND COUNCIL (June 10, 2024) —", dt.datetime(2024, 6, 10)),
    ("June 10th, 2024", dt.datetime(2024, 6, 10)),
    ("2024-06-10", dt.datetime(2024, 6, 10)),
    ("10.06.2024", dt.datetime(2024, 6, 10)),  # dotted dates are day first
    ("Ferry news\nPublished on the 10th of June 2024", dt.datetime(2024, 6, 10)),
])
def test_a_date_in_a_header_line_dates_a_text(tmp_path: Path, header: str, published: dt.datetime) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(f"{header}\n\nCouncillors voted on Monday to fund a second ferry.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.date_source, article.published) == ("dateline", published)


def test_a_date_in_the_first_sentence_is_no_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("On 10 June 2024 the councillors of the island voted to fund a second ferry for the route.\n",
                    encoding="utf-8")
    with pytest.raises(DateError, match="no publication date"):
        read_article(path)


def test_json_records_with_custom_field_names(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"items": [{"body": "Rates rose on Monday.", "when": "2022-04-06", "headline": "Rates"},'
                    ' {"body": "No date here."}]}', encoding="utf-8")
    items = _read(str(path), text_field="body", date_field="when", title_field="headline")
    assert isinstance(items[0], Article) and items[0].title == "Rates"
    assert isinstance(items[1], Skipped) and "no publication date" in items[1].reason


@pytest.mark.parametrize("envelope", ["data", "response", "result"])
def test_json_records_inside_an_api_envelope_are_read(tmp_path: Path, envelope: str) -> None:
    path = tmp_path / "api.json"
    path.write_text(f'{{"status": "ok", "{envelope}": {{"total": 1, "results": [{{"content": "Rates rose on Monday.",'
                    ' "pubDate": "Tue, 14 May 2024 08:00:00 GMT", "headline": "Rates"}]}}', encoding="utf-8")
    [article] = _read(str(path))
    assert isinstance(article, Article) and (article.title, article.published) == ("Rates", dt.datetime(2024, 5, 14, 8))


def test_a_mongodb_export_and_a_body_of_paragraphs_are_read(tmp_path: Path) -> None:
    """MongoDB's extended JSON wraps dates ({"$date": …}, as a string or as milliseconds); some
    scrapers give the body as a list of paragraphs."""
    path = tmp_path / "mongo.jsonl"
    records = [{"_id": {"$oid": "a1"}, "title": "Rates", "date": {"$date": "2024-05-14T08:00:00Z"},
                "text": ["Rates rose on Monday.", "", "Markets fell on Tuesday."]},
               {"title": "Fares", "date": {"$date": {"$numberLong": "1715673600000"}}, "text": "Fares rose on Monday."},
               {"title": "Empty", "date": "2024-05-14", "text": ["", "  "]}]
    path.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    first, second, empty = _read(str(path))
    assert isinstance(first, Article) and first.published == dt.datetime(2024, 5, 14, 8, 0)
    assert first.text == "Rates rose on Monday.\n\nMarkets fell on Tuesday."
    assert isinstance(second, Article) and second.published == dt.datetime(2024, 5, 14, 8, 0)
    assert isinstance(empty, Skipped) and "no text" in empty.reason


def test_broken_jsonl_line_alone_is_an_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "Rates rose on Monday.", "date": "2022-04-06"}\n{"text": oops}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        _read(str(path))


def test_broken_jsonl_line_in_a_folder_is_skipped_and_reported(tmp_path: Path) -> None:
    (tmp_path / "broken.jsonl").write_text('{"text": "Rates rose.", "date": "2022-04-06"}\n{oops\n',
                                           encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    items = _read(str(tmp_path))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Skipped"]
    assert items[1].where.endswith("broken.jsonl:2") and "line 2" in items[1].reason
    assert "not an article format" in items[2].reason


def test_feed_without_entries_alone_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
                    encoding="utf-8")
    with pytest.raises(InputError, match="not a feed with entries"):
        _read(str(path))


@pytest.mark.parametrize(("summary", "expected"), [
    # RSS escapes its HTML once: "&amp;amp;" is the page's "&amp;", an ampersand, with or without tags
    ("<description>Sales at Birch &amp;amp; Vale rose on Monday.</description>",
     "Sales at Birch & Vale rose on Monday."),
    ("<description>&lt;p&gt;Birch &amp;amp; Vale rose on Monday.&lt;/p&gt;</description>",
     "Birch & Vale rose on Monday."),
    # an undefined entity left by a broken feed is shown as written, not as "&amp;…"
    ("<description>The ferry sailed on Monday. &amp;c</description>", "The ferry sailed on Monday. &c"),
])
def test_a_feed_entry_s_character_references_are_decoded(tmp_path: Path, summary: str, expected: str) -> None:
    path = tmp_path / "news.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>t</title>'
                    f"<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>{summary}</item></channel></rss>",
                    encoding="utf-8")
    [article] = _read(str(path))
    assert expected in article.text.splitlines() and "&amp;" not in article.text


def test_a_plain_text_atom_summary_keeps_its_ampersands_and_brackets(tmp_path: Path) -> None:
    path = tmp_path / "news.atom"
    path.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry>'
                    "<title>t</title><updated>2025-03-03T10:00:00Z</updated>"
                    '<summary type="text">Fares &amp;lt;3 rose on Monday &lt;b&gt;.</summary></entry></feed>',
                    encoding="utf-8")
    [article] = _read(str(path))
    assert "Fares &lt;3 rose on Monday <b>." in article.text.splitlines()


def test_standard_input_is_read_and_sniffed() -> None:
    data = b"---\ndate: 2021-02-03\n---\nThe ferry sank on Monday.\n"
    [article] = list(read_inputs(["-"], ReadOptions(), stdin=io.BytesIO(data)))
    assert isinstance(article, Article) and article.published == dt.datetime(2021, 2, 3)


def test_missing_date_alone_is_a_date_error(tmp_path: Path) -> None:
    path = tmp_path / "nodate.txt"
    path.write_text("A storm hit the coast on Monday.\n", encoding="utf-8")
    with pytest.raises(DateError):
        _read(str(path))


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(InputError, match="limit"):
        _read(str(path), max_bytes=100, date=dt.datetime(2020, 1, 1))


@pytest.mark.parametrize(("name", "head", "expected"), [
    ("a.md", b"", "text"), ("page", b"<!DOCTYPE html><html>", "html"), ("f", b'<?xml version="1.0"?><rss>', "feed"),
    ("x", b'[{"text": "a"}]', "json"), ("y", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"), ("z", b"Plain", "text"),
    ("posts.csv", b"title,date,text", "csv"), ("posts.TSV", b"", "csv"), ("release.eml", b"From: a", "email"),
])
def test_format_detection(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected


def test_records_with_the_usual_field_names_of_exports(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([
        {"headline": "Port reopens", "published_at": "2021-03-05T09:00:00Z", "body": "The port reopened on Thursday."},
        {"name": "Rail strike", "pubDate": "Fri, 05 Mar 2021 10:00:00 GMT", "content": "Rail workers struck."},
        {"title": "Power back", "timestamp": 1614938400, "text": "Power came back on Friday."},
        {"title": "Milliseconds", "createdAt": 1614938400000, "description": "Water came back on Friday."},
    ]), encoding="utf-8")
    items = _read(str(path))
    assert [(a.title, a.published) for a in items] == [
        ("Port reopens", dt.datetime(2021, 3, 5, 9, 0)), ("Rail strike", dt.datetime(2021, 3, 5, 10, 0)),
        ("Power back", dt.datetime(2021, 3, 5, 10, 0)), ("Milliseconds", dt.datetime(2021, 3, 5, 10, 0))]


@pytest.mark.parametrize(("record", "text", "published"), [
    # news-please: a whole text under `maintext`, a one-line summary under `description`
    ({"title": "Dam opens", "description": "A summary.", "maintext": "The dam opened on Monday. Crowds came.",
      "date_publish": "2021-03-05 09:00:00", "date_download": "2021-04-01 00:00:00"},
     "The dam opened on Monday. Crowds came.", dt.datetime(2021, 3, 5, 9, 0)),
    # newspaper3k
    ({"title": "Dam opens", "text": "The dam opened on Monday.", "publish_date": "2021-03-05T09:00:00"},
     "The dam opened on Monday.", dt.datetime(2021, 3, 5, 9, 0)),
    # schema.org NewsArticle (JSON-LD)
    ({"@type": "NewsArticle", "headline": "Dam opens", "articleBody": "The dam opened on Monday.",
      "datePublished": "2021-03-05T09:00:00Z"}, "The dam opened on Monday.", dt.datetime(2021, 3, 5, 9, 0)),
])
def test_records_as_scrapers_and_schema_org_name_their_fields(
        tmp_path: Path, record: dict[str, str], text: str, published: dt.datetime) -> None:
    path = tmp_path / "scraped.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = _read(str(path))
    assert (article.title, article.text.strip(), article.published) == ("Dam opens", text, published)


def test_a_field_named_by_an_option_has_no_stand_in(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('[{"story": "The port reopened on Thursday.", "date": "2021-03-05"},'
                    ' {"body": "The port closed on Friday.", "date": "2021-03-06"}]', encoding="utf-8")
    kept, skipped = _read(str(path), text_field="story")
    assert isinstance(kept, Article) and isinstance(skipped, Skipped) and "'story'" in skipped.reason


def test_a_dotted_field_name_reaches_into_a_nested_object(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text('{"response": {"results": ['
                    '{"webPublicationDate": "2021-05-04T09:00:00Z", "webTitle": "Ferry strike ends",'
                    ' "fields": {"bodyText": "The ferry strike ended on Monday."}},'
                    ' {"webPublicationDate": "2021-05-05T09:00:00Z", "fields": {"headline": "No body"}},'
                    ' {"fields.bodyText": "A field named with a dot is taken as it is.",'
                    ' "webPublicationDate": "2021-05-06"}]}}',
                    encoding="utf-8")
    nested, broken, dotted = _read(str(path), text_field="fields.bodyText", date_field="webPublicationDate",
                                   title_field="webTitle")
    assert isinstance(nested, Article) and (nested.text, nested.title) == ("The ferry strike ended on Monday.",
                                                                           "Ferry strike ends")
    assert isinstance(broken, Skipped) and "'fields.bodyText'" in broken.reason
    assert isinstance(dotted, Article) and dotted.text.startswith("A field named with a dot")


def test_a_unix_time_is_read_in_utc_whatever_the_machines_zone(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text('{"text": "Power came back on Friday.", "timestamp": 1614938400}\n', encoding="utf-8")
    script = ("import sys; from timeline.read.inputs import read_inputs; "
              "print(next(iter(read_inputs([sys.argv[1]]))).published)")
    outputs = {subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
                              env={**os.environ, "TZ": zone}).stdout for zone in ("UTC", "America/Los_Angeles")}
    assert outputs == {"2021-03-05 10:00:00\n"}


@pytest.mark.parametrize("key", ["date", "publishDate", "published", "pubDate"])
def test_front_matter_dates_under_the_usual_keys(tmp_path: Path, key: str) -> None:
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: A post\n{key}: 2021-03-05\n---\nThe bridge reopened yesterday.\n", encoding="utf-8")
    assert read_article(path).published == dt.datetime(2021, 3, 5)


@pytest.mark.parametrize(("byline", "published"), [
    ("By Jane Doe | March 5, 2021", dt.datetime(2021, 3, 5)),
    ("By Jane Doe, Staff Writer | Mar 5, 2021, 9:14 AM", dt.datetime(2021, 3, 5, 9, 14)),
    ("Jane Doe · 5 March 2021 · 3 min read", dt.datetime(2021, 3, 5))])
def test_a_bylines_date_dates_a_text_without_metadata(tmp_path: Path, byline: str, published: dt.datetime) -> None:
    path = tmp_path / "post.txt"
    path.write_text(f"Council approves budget\n{byline}\n\nThe council approved the budget yesterday.\n",
                    encoding="utf-8")
    assert read_article(path).published == published


def test_a_bar_in_a_heading_without_a_calendar_date_dates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Top 10 tips for 2021 | Opinion\n\nSave more this year.\n", encoding="utf-8")
    with pytest.raises(DateError):
        read_article(path)


# Spreadsheet and CMS exports (CSV, TSV) and e-mail messages.

def test_csv_rows_are_records_with_the_usual_field_names(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text('Title,Published At,Body\n"Port reopens","2021-03-05T09:00:00Z","The port reopened on Thursday."\n'
                    '\n"Rail strike, day two","March 6, 2021","Rail workers struck again, the union said."\n',
                    encoding="utf-8")
    items = _read(str(path))
    assert [(a.title, a.published, a.path) for a in items if isinstance(a, Article)] == [
        ("Port reopens", dt.datetime(2021, 3, 5, 9, 0), f"{path}:2"),
        ("Rail strike, day two", dt.datetime(2021, 3, 6), f"{path}:4")]


@pytest.mark.parametrize(("name", "content"), [
    ("semicolons.csv", 'id;date;text\n7;2021-03-05;"The port reopened on Thursday; crews cleared it."\n'),
    ("tabs.tsv", "id\tdate\ttext\n7\t2021-03-05\tThe port reopened on Thursday, crews said.\n"),
    ("bars.csv", "id|date|text\n7|2021-03-05|The port reopened on Thursday, crews said.\n"),
    # quotes doubled inside a quoted cell (RFC 4180, as spreadsheets write them), under a header without quotes
    ("doubled.csv", 'id,date,text\n7,2021-03-05,"The port reopened on Thursday, ""at last"", crews said."\n'),
    ("doubled-semicolons.csv", 'id;date;text\n7;2021-03-05;"The port reopened on Thursday; ""at last""."\n'),
])
def test_csv_delimiters_are_sniffed(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (article,) = _read(str(path))
    assert isinstance(article, Article) and article.record == "7" and article.text.startswith("The port reopened")
    assert '""' not in article.text


def test_a_csv_cell_may_hold_a_long_article(tmp_path: Path) -> None:
    body = "The port reopened on Thursday. " * 10_000  # over the csv module's default cell limit
    path = tmp_path / "long.csv"
    path.write_text(f'date,text\n2021-03-05,"{body}"\n', encoding="utf-8")
    (article,) = _read(str(path))
    assert isinstance(article, Article) and len(article.text) == len(body)


def test_csv_rows_that_cannot_be_articles_are_skipped_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("date,text\n2021-03-05,The port reopened on Thursday.\n2021-03-06,,\n"
                    "2021-03-07,Too,many,cells\nsoon,The ferry sailed.\n", encoding="utf-8")
    items = _read(str(path))
    assert [type(item).__name__ for item in items] == ["Article", "Skipped", "Skipped", "Skipped"]
    assert [item.where for item in items if isinstance(item, Skipped)] == [f"{path}:{n}" for n in (3, 4, 5)]


@pytest.mark.parametrize(("content", "message"), [
    ("", "empty CSV"),
    ('date,text\n2021-03-05,"The port reopened on Thursday.\n2021-03-06,The ferry sailed.\n',
     "malformed CSV at line 3"),
])
def test_a_broken_csv_file_is_one_input_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        _read(str(path))


EMAIL = """From: City Press Office <press@example.org>
To: desk@example.com
Subject: =?utf-8?q?Library_reopens_after_a_year=E2=80=99s_work?=
Date: Wed, 10 Mar 2021 16:05:00 -0500
Message-ID: <abc123@example.org>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="part"

--part
Content-Type: text/plain; charset=utf-8

The central library reopened to the public on Tuesday after a year of renovation.

--part
Content-Type: text/html; charset=utf-8

<html><body><p>The HTML copy of the message.</p></body></html>
--part--
"""


def test_an_email_is_an_article_dated_by_its_date_header(tmp_path: Path) -> None:
    path = tmp_path / "release.eml"
    path.write_text(EMAIL, encoding="utf-8")
    (article,) = _read(str(path))
    assert isinstance(article, Article)
    assert (article.title, article.published, article.date_source, article.record) == (
        "Library reopens after a year’s work", dt.datetime(2021, 3, 10, 16, 5), "metadata", "<abc123@example.org>")
    assert article.text == "The central library reopened to the public on Tuesday after a year of renovation.\n"


def test_an_html_newsletter_is_read_from_its_table_layout(tmp_path: Path) -> None:
    path = tmp_path / "digest.eml"
    path.write_text("From: digest@example.net\nSubject: This week\nDate: Fri, 12 Mar 2021 07:00:00 +0000\n"
                    "Content-Type: text/html; charset=utf-8\n\n<html><body><table><tr><td><h1>This week</h1>"
                    "<p>The ferry strike ended on Wednesday after two weeks of talks.</p>"
                    "<p>Schools reopen on Monday, the district said.</p></td></tr></table></body></html>\n",
                    encoding="utf-8")
    (article,) = _read(str(path))
    assert isinstance(article, Article)
    assert article.text == ("The ferry strike ended on Wednesday after two weeks of talks.\n"
                            "Schools reopen on Monday, the district said.\n")


REPLY = """From: Desk <desk@example.org>
Subject: Re: Depot
Date: Fri, 05 Nov 2021 16:40:00 +0000
Content-Type: text/plain; charset=utf-8

Noted, thanks - we will cover it.

On Mon, 1 Nov 2021 at 10:00, Press Office <press@example.com> wrote:
> The firm will shut its Harlow depot at the end of March.
>
> ---------- Forwarded message ---------
> Date: Fri, 29 Oct 2021 at 09:15
> Staff were told of the plan on Thursday.
"""


def test_a_reply_quotes_its_message_as_text_without_the_quote_marks_or_the_headers(tmp_path: Path) -> None:
    from timeline.events import extract_events

    path = tmp_path / "reply.eml"
    path.write_text(REPLY, encoding="utf-8")
    (article,) = _read(str(path))
    assert isinstance(article, Article)
    assert not any(line.startswith(">") for line in article.text.splitlines())
    assert "The firm will shut its Harlow depot at the end of March.\n" in article.text
    texts = [event.text for event in extract_events(article)]
    assert not any("wrote" in text or text.startswith(("Date:", "-")) for text in texts), texts
    assert "The firm will shut its Harlow depot at the end of March." in texts


COVER_NOTE = """From: Ann Bell <ann@example.org>
Subject: Fwd: Ferry
Date: Wed, 26 Mar 2025 12:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="OUT"

--OUT
Content-Type: text/plain; charset=utf-8

See the notice below.

--OUT
Content-Type: message/rfc822

From: Ferry Office <office@example.com>
Subject: Ferry
Date: Mon, 24 Mar 2025 15:00:00 +0000
Content-Type: text/plain; charset=utf-8

The ferry board met yesterday. The Orla crossing will reopen on Friday, 4 April.

--OUT--
"""


def test_a_cover_note_does_not_hide_the_message_it_forwards_as_an_attachment(tmp_path: Path) -> None:
    """The forwarded message is read after the note, from its own date ("yesterday": the 23rd)."""
    from timeline.events import extract_events

    path = tmp_path / "forward.eml"
    path.write_text(COVER_NOTE, encoding="utf-8")
    (article,) = _read(str(path))
    assert isinstance(article, Article)
    assert article.text.startswith("See the notice below.\n\nDate: Mon, 24 Mar 2025 15:00:00 +0000\n")
    assert [(e.text, e.start) for e in extract_events(article)] == [
        ("The ferry board met yesterday.", "2025-03-23"),
        ("The Orla crossing will reopen on Friday, 4 April.", "2025-04-04")]


BROWSER_STUB = """From: Lecture Society <news@example.org>
Subject: Winter lectures
Date: Sun, 11 Jan 2026 08:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: text/plain; charset=utf-8

View this email in your browser: https://example.org/v/123

--ALT
Content-Type: text/html; charset=utf-8

<html><body><table><tr><td><p>The winter lecture series starts on Tuesday, 20 January, in the town hall.</p>
<p>Last Thursday's talk on tide mills drew a full house.</p></td></tr></table></body></html>
--ALT--
"""


def test_a_plain_text_stub_beside_an_html_newsletter_gives_way_to_it() -> None:
    from timeline.read.mail import read as read_mail

    (article,) = read_mail(BROWSER_STUB.encode(), "stub.eml", ReadOptions())
    assert isinstance(article, Article)
    assert article.text == ("The winter lecture series starts on Tuesday, 20 January, in the town hall.\n"
                            "Last Thursday's talk on tide mills drew a full house.\n")


BELOW_QUOTE = """From: Pat Reyes <pat@example.org>
Subject: Re: Van
Date: Fri, 22 Nov 2024 21:00:00 +0000
Content-Type: text/plain; charset=utf-8

On Mon, 18 Nov 2024 at 10:00, Kim Novak <kim@example.org> wrote:
> The garage will look at the van on Wednesday.
> It broke down this morning on the ring road.

Thanks Kim. The hall was booked yesterday for the concert.
"""


def test_a_quoted_message_speaks_from_its_date_and_a_reply_below_it_from_its_own() -> None:
    """Under "On Mon, 18 Nov …, Kim wrote:" Wednesday is the 20th and "this morning" the 18th;
    the reply written below the quote is dated from the reply's day again."""
    from timeline.events import extract_events
    from timeline.read.mail import read as read_mail

    (article,) = read_mail(BELOW_QUOTE.encode(), "reply.eml", ReadOptions())
    assert isinstance(article, Article)
    assert [(e.start[:10], e.upcoming) for e in extract_events(article)] == [
        ("2024-11-20", False), ("2024-11-18", False), ("2024-11-21", False)]


def test_a_one_line_email_is_an_article_and_an_empty_one_an_error(tmp_path: Path) -> None:
    head = "From: alerts@example.org\nSubject: Alert\nDate: Tue, 04 May 2021 10:00:00 +0000\n\n"
    short, empty = tmp_path / "short.eml", tmp_path / "empty.eml"
    short.write_text(head + "Ferry cancelled tomorrow.\n", encoding="utf-8")
    empty.write_text(head + "\n", encoding="utf-8")
    (article,) = _read(str(short))
    assert isinstance(article, Article) and article.text == "Ferry cancelled tomorrow.\n"
    with pytest.raises(InputError, match="no text in this e-mail's body"):
        _read(str(empty))


def test_an_email_without_a_date_header_needs_the_date_option(tmp_path: Path) -> None:
    path = tmp_path / "undated.eml"
    path.write_text(EMAIL.replace("Date: Wed, 10 Mar 2021 16:05:00 -0500\n", ""), encoding="utf-8")
    with pytest.raises(DateError, match="--date"):
        _read(str(path))
    (article,) = _read(str(path), date=dt.datetime(2021, 3, 10))
    assert isinstance(article, Article) and article.date_source == "option"


def test_a_file_named_eml_that_is_no_message_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.eml"
    path.write_text("Just some notes about the library, written on Tuesday.\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an e-mail"):
        _read(str(path))


@pytest.mark.parametrize("written", ["yesterday", "2 days ago", "last Friday", "now"])
def test_a_relative_date_in_metadata_is_refused_not_read_from_a_base_of_the_tools(written: str) -> None:
    from timeline.errors import DateError
    from timeline.read.options import parse_metadata_date

    with pytest.raises(DateError, match="cannot understand the date"):
        parse_metadata_date(written, "a.jsonl:3")


def test_a_free_form_date_in_metadata_is_read() -> None:
    from timeline.read.options import parse_metadata_date

    assert parse_metadata_date("Tue, 05 Mar 2024 10:15", "a.jsonl:1").date().isoformat() == "2024-03-05"


@pytest.mark.parametrize("name", ["notes.md", "dir/Story.MD", "..md", ".md", "a.", "plain", "x/y/z.tar.gz", "x.y/z",
                                  "/srv/news/p.html", "a..md", "./a.md", "x/.hidden.md", "é/ü.txt", "a/b/"])
def test_a_files_suffix_is_the_one_pathlib_gives(name: str) -> None:
    assert file_suffix(name) == Path(name).suffix


@pytest.mark.parametrize(("rows", "expected"), [
    # a British CMS's export: 13/11 can only be day first, so 05/11 is 5 November too
    ("title,date,text\nFire,13/11/2026,The mill burned on Wednesday.\nPool,05/11/2026,The pool shut on Monday.\n",
     [dt.datetime(2026, 11, 13), dt.datetime(2026, 11, 5)]),
    # an American one: 11/13 can only be month first
    ("title,date,text\nFire,11/13/2026,The mill burned on Wednesday.\nPool,05/11/2026,The pool shut on Monday.\n",
     [dt.datetime(2026, 11, 13), dt.datetime(2026, 5, 11)]),
    # nothing decides: month first, as dateparser reads it
    ("title,date,text\nPool,05/11/2026,The pool shut on Monday.\n", [dt.datetime(2026, 5, 11)]),
    # dotted dates are day first in a field as in a dateline
    ("title,date,text\nPool,05.11.2026,The pool shut on Monday.\n", [dt.datetime(2026, 11, 5)]),
])
def test_an_exports_slashed_dates_follow_the_day_order_its_other_dates_show(
        tmp_path: Path, rows: str, expected: list[dt.datetime]) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(rows, encoding="utf-8")
    assert [a.published for a in _read(str(path))] == expected


def test_day_first_reads_slashed_dates_in_records_and_datelines_day_first(tmp_path: Path) -> None:
    records, notice = tmp_path / "posts.jsonl", tmp_path / "notice.txt"
    records.write_text('{"date": "05/11/2026", "text": "The pool shut on Monday."}\n', encoding="utf-8")
    notice.write_text("Notice\n\nPosted 05/11/2026\n\nThe pool shut on Monday.\n", encoding="utf-8")
    read = _read(str(records), str(notice), day_first=True)
    assert [a.published for a in read] == [dt.datetime(2026, 11, 5)] * 2


@pytest.mark.parametrize(("head", "title"), [
    ("# Market notes — 14 May 2025\n\n", "Market notes — 14 May 2025"),
    ("## Market notes ##\n\n", "Market notes"),
    ("Date: 2025-05-14\nSubject: Market notes\n\n", "Market notes"),
    ("Title: Market notes\nAuthor: J. Doe\nPosted: 14 May 2025\n\n", "Market notes"),
])
def test_a_text_files_heading_or_header_block_gives_its_title(tmp_path: Path, head: str, title: str) -> None:
    path = tmp_path / "notes.md"
    path.write_text(f"{head}Copper prices rose on Tuesday.\n", encoding="utf-8")
    article = read_article(path, date=dt.datetime(2025, 5, 14))
    assert article.title == title
    assert article.text[article.content_offset:].strip() == "Copper prices rose on Tuesday."


# News agencies' XML and TimeML documents (timeline/read/newsxml.py).

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Port workers end strike</title>
<docdata><date.issue norm="20250514T091500Z"/></docdata></head>
<body><body.head><hedline><hl1>Port workers end strike</hl1></hedline></body.head>
<body.content><p>Dock workers ended their strike on Tuesday.</p>
<p>Ships will be cleared by the weekend, the port said.</p></body.content></body></nitf>
"""
NEWSML_G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1">
<itemMeta><firstCreated>2025-05-14T09:15:00+02:00</firstCreated><versionCreated>2025-05-15T10:00:00+02:00</versionCreated></itemMeta>
<contentMeta><headline>Port workers end strike</headline></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
<p>Dock workers ended their strike on Tuesday.</p><p>Ships will be cleared by the weekend, the port said.</p>
</body></html></inlineXML></contentSet></newsItem>
"""
TIMEML = """<?xml version="1.0" ?>
<TimeML><DOCID>port-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-14" functionInDocument="CREATION_TIME">May 14, 2025</TIMEX3></DCT>
<TITLE>Port workers end strike</TITLE>
<TEXT>Dock workers <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> their strike
<TIMEX3 tid="t1" type="DATE" value="2025-05-13">on Tuesday</TIMEX3>.

Ships will be cleared by the weekend, the port said.</TEXT></TimeML>
"""


@pytest.mark.parametrize(("name", "document", "published"), [
    ("story.xml", NITF, dt.datetime(2025, 5, 14, 9, 15)),
    ("story.nitf", NITF, dt.datetime(2025, 5, 14, 9, 15)),
    ("item.xml", NEWSML_G2, dt.datetime(2025, 5, 14, 9, 15)),
    ("doc.tml", TIMEML, dt.datetime(2025, 5, 14)),
    ("doc.xml", TIMEML, dt.datetime(2025, 5, 14)),
])
def test_news_agencies_xml_and_timeml_are_read_as_stories(
        tmp_path: Path, name: str, document: str, published: dt.datetime) -> None:
    path = tmp_path / name
    path.write_text(document, encoding="utf-8")
    [article] = _read(str(path))
    assert article.title == "Port workers end strike"
    assert article.published == published
    assert " ".join(article.text[article.content_offset:].split()) == (
        "Dock workers ended their strike on Tuesday. Ships will be cleared by the weekend, the port said.")


def test_news_xml_expands_no_entity_and_fetches_nothing(tmp_path: Path) -> None:
    path = tmp_path / "hostile.xml"
    laughs = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY l0 "lol">{laughs}'
                    '<!ENTITY ext SYSTEM "http://example.invalid/secret">]>'
                    '<nitf><head><docdata><date.issue norm="20250514"/></docdata></head><body><body.content>'
                    '<p>The dock strike ended on Tuesday. &l9; &ext;</p></body.content></body></nitf>',
                    encoding="utf-8")
    [article] = _read(str(path))
    assert "lol" not in article.text and "secret" not in article.text
    assert article.text.split()[:6] == ["The", "dock", "strike", "ended", "on", "Tuesday."]


def test_an_xml_file_that_is_neither_feed_nor_story_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "config.xml").write_text('<?xml version="1.0"?><settings><a>1</a></settings>', encoding="utf-8")
    (tmp_path / "story.xml").write_text(NITF, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--format", "json", "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [Path(item["where"]).name for item in document["skipped"]] == ["config.xml"]
    assert [event["start"] for event in document["events"]] == ["2025-05-13", "2025-05-17"]


@pytest.mark.parametrize("depth", [0, 400])
def test_a_news_xml_story_keeps_its_text_however_deep_and_in_its_declared_encoding(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "story.xml"
    path.write_bytes(('<?xml version="1.0" encoding="ISO-8859-1"?><nitf><head><docdata><date.issue norm="20250514"/>'
                      "</docdata></head><body><body.content>" + "<div>" * depth
                      + "<p>The café in Orléans reopened on Tuesday.</p>" + "</div>" * depth
                      + "</body.content></body></nitf>").encode("latin-1"))
    [article] = _read(str(path))
    assert article.text.strip() == "The café in Orléans reopened on Tuesday."
