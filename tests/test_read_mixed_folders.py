"""Mixed-input folders end to end: every input kind `timeline build` reads in one folder (Markdown
and TOML front matter, plain text with a dateline, HTML pages of different shapes, RSS and Atom
feeds, JSON, JSON Lines and CSV with differing field names, e-mails plain, HTML, forwarded and
replied to), each event's dates written down before the build. Texts written for the project."""

from __future__ import annotations

import base64
import codecs
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

SPRING_TOWN_FILES = {
    "a.md": ("---\n"
             "title: Bridge budget passes\n"
             "date: 2025-03-12\n"
             "---\n"
             "The Kestrel County council approved the new bridge budget on Monday.\n"
             "\n"
             "Construction of the footbridge will begin next month, officials said.\n"),
    "atom.xml": ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                 "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Airport "
                 "news</title><id>urn:x:airport</id><updated>2025-03-21T18:00:00Z</updated>\n"
                 "<entry><title>Terminal B opens</title><id>urn:x:airport:1</id><link "
                 "href=\"https://airport.example/b\"/>\n"
                 "<published>2025-03-21T18:00:00Z</published><updated>2025-03-21T18:00:00Z</updated>\n"
                 "<content type=\"html\">&lt;p&gt;The airport's new Terminal B opened to passengers on Friday "
                 "morning.&lt;/p&gt;&lt;p&gt;The first international flight from it leaves on April "
                 "2.&lt;/p&gt;</content></entry>\n"
                 "</feed>\n"),
    "b.txt": ("HARBORVILLE, March 14, 2025 — The island ferry service resumed on Thursday after a two-week "
              "pause for engine repairs.\n"
              "\n"
              "A public hearing on the fares is scheduled for March 28.\n"),
    "c.html": ("<!doctype html><html><head><title>Warehouse blaze contained</title>\n"
               "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": "
               "\"NewsArticle\", \"headline\": \"Warehouse blaze contained\", \"datePublished\": "
               "\"2025-03-15T09:00:00-05:00\"}</script>\n"
               "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
               "<article><h1>Warehouse blaze contained</h1>\n"
               "<p>Firefighters contained a blaze at a paper warehouse in the Millbrook industrial park on "
               "Friday night, the fire chief said.</p>\n"
               "<p>No one was hurt. The owners said the site will reopen on Tuesday once inspectors have "
               "checked the wiring.</p>\n"
               "</article><footer>Copyright 2025 Millbrook Gazette</footer></body></html>\n"),
    "d.html": ("<!doctype html><html><head><title>Reading room reopens</title></head><body>\n"
               "<div class=\"post\"><h1>Reading room reopens</h1>\n"
               "<p class=\"byline\">By Ana Ferreira, <time datetime=\"2025-03-17T08:30:00\">March 17, "
               "2025</time></p>\n"
               "<div class=\"entry-content\"><p>The Greystone public library unveiled its renovated reading "
               "room yesterday, after eight months of work on the roof and the old oak shelves.</p>\n"
               "<p>The building will stay open until 9 p.m. on weekdays from April 1, the librarian "
               "said.</p></div></div>\n"
               "</body></html>\n"),
    "e.html": ("<!doctype html><html><head><title>Live: school board meeting</title>\n"
               "<meta property=\"og:title\" content=\"Live: school board meeting\">\n"
               "<meta property=\"article:published_time\" content=\"2025-03-18T14:00:00+00:00\">\n"
               "<meta property=\"og:type\" content=\"article\">\n"
               "</head><body><main><h1>Live: school board meeting</h1>\n"
               "<div class=\"live-update\"><p><strong>Update 19:40</strong></p><p>The Ridgefield school board "
               "voted 5-2 to extend the spring term by a week.</p></div>\n"
               "<div class=\"live-update\"><p><strong>Update 18:05</strong></p><p>The meeting opened with more "
               "than two hundred parents in the hall, many of them carrying signs about the bus "
               "routes.</p></div>\n"
               "</main></body></html>\n"),
    "feed.rss": ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
                 "<channel><title>Valley "
                 "Courier</title><link>https://courier.example/</link><description>News</description>\n"
                 "<item><title>Marathon postponed</title><link>https://courier.example/marathon</link>\n"
                 "<pubDate>Wed, 19 Mar 2025 16:00:00 -0500</pubDate>\n"
                 "<description>Short summary.</description>\n"
                 "<content:encoded><![CDATA[<p>The Valley city marathon has been postponed to April 6 because of "
                 "flooding on the river path.</p><p>Runners who cannot make the new date will get a "
                 "refund.</p>]]></content:encoded></item>\n"
                 "<item><title>Power back in the north end</title><link>https://courier.example/power</link>\n"
                 "<pubDate>Thu, 20 Mar 2025 11:30:00 -0500</pubDate>\n"
                 "<content:encoded><![CDATA[<p>Power was restored this morning to about 2,000 homes in the north "
                 "end after a storm knocked down lines on Tuesday.</p>]]></content:encoded></item>\n"
                 "</channel></rss>\n"),
    "mail1.eml": ("From: Public Works <works@kestrel.example>\n"
                  "To: residents@kestrel.example\n"
                  "Subject: Elm Street water main\n"
                  "Date: Mon, 24 Mar 2025 07:15:00 -0500\n"
                  "Message-ID: <m1@kestrel.example>\n"
                  "Content-Type: text/plain; charset=utf-8\n"
                  "\n"
                  "The repair of the water main on Elm Street was finished last night.\n"
                  "\n"
                  "Crews will repave the road on Thursday.\n"),
    "mail2.eml": ("From: Arts Newsletter <news@arts.example>\n"
                  "To: members@arts.example\n"
                  "Subject: This week at the Arts Centre\n"
                  "Date: Tue, 25 Mar 2025 09:00:00 +0000\n"
                  "Message-ID: <m2@arts.example>\n"
                  "MIME-Version: 1.0\n"
                  "Content-Type: multipart/alternative; boundary=\"BOUND\"\n"
                  "\n"
                  "--BOUND\n"
                  "Content-Type: text/html; charset=utf-8\n"
                  "\n"
                  "<html><body><table width=\"600\"><tr><td><h1>This week at the Arts Centre</h1></td></tr>\n"
                  "<tr><td><p>The spring exhibition of local painters opened on Saturday and runs until April "
                  "20.</p></td></tr>\n"
                  "<tr><td><p>The jazz quartet concert on Friday is sold out.</p></td></tr>\n"
                  "<tr><td><p><a href=\"https://arts.example/unsubscribe\">Unsubscribe</a> | <a "
                  "href=\"https://arts.example/prefs\">Preferences</a></p></td></tr></table></body></html>\n"
                  "--BOUND--\n"),
    "mail3.eml": ("From: Dana Price <dana@example.org>\n"
                  "To: desk@paper.example\n"
                  "Subject: Fwd: Clinic opening\n"
                  "Date: Wed, 26 Mar 2025 12:00:00 +0000\n"
                  "Message-ID: <m3@example.org>\n"
                  "MIME-Version: 1.0\n"
                  "Content-Type: multipart/mixed; boundary=\"OUTER\"\n"
                  "\n"
                  "--OUTER\n"
                  "Content-Type: text/plain; charset=utf-8\n"
                  "\n"
                  "See the release below.\n"
                  "\n"
                  "--OUTER\n"
                  "Content-Type: message/rfc822\n"
                  "\n"
                  "From: Health Board <press@health.example>\n"
                  "Subject: Clinic opening\n"
                  "Date: Tue, 25 Mar 2025 15:00:00 +0000\n"
                  "Content-Type: text/plain; charset=utf-8\n"
                  "\n"
                  "The new walk-in clinic on Harbour Road will open on Monday, March 31.\n"
                  "\n"
                  "The health board approved its budget yesterday.\n"
                  "\n"
                  "--OUTER--\n"),
    "mail4.eml": ("From: Sam Ortiz <sam@club.example>\n"
                  "To: members@club.example\n"
                  "Subject: Re: Regatta\n"
                  "Date: Thu, 27 Mar 2025 20:00:00 +0000\n"
                  "Message-ID: <m4@club.example>\n"
                  "In-Reply-To: <m0@club.example>\n"
                  "Content-Type: text/plain; charset=utf-8\n"
                  "\n"
                  "Thanks. The regatta has been moved to Sunday because of the wind forecast.\n"
                  "\n"
                  "On Wed, 26 Mar 2025 at 18:00, Lee Chan <lee@club.example> wrote:\n"
                  "> The boats were launched this afternoon for the trial race.\n"),
    "records.csv": ("Title,Published At,Body\n"
                    "Tram tests,2025-03-24,\"Test runs of the new tram line started two days ago, and passenger "
                    "service is due to begin in June.\"\n"),
    "records.json": ("{\"data\": {\"articles\": [\n"
                     "{\"headline\": \"Market returns\", \"body\": \"The farmers' market returns on Sunday for the "
                     "spring season, with forty stalls on the square.\", \"published_at\": \"2025-03-22T08:00:00Z\", "
                     "\"link\": \"https://market.example/1\"}\n"
                     "]}}\n"),
    "records.jsonl": ("{\"name\": \"Pool closure\", \"content\": \"The municipal pool closed on Wednesday for a month "
                      "of repairs to its filters.\", \"createdAt\": \"2025-03-20T10:00:00\"}\n"
                      "{\"name\": \"Museum night\", \"content\": \"The science museum will hold its first late-night "
                      "opening on Friday, April 11.\", \"createdAt\": \"2025-03-23\"}\n"),
}
# (file, the event's text as it opens, start, end, upcoming)
SPRING_TOWN_EVENTS = [
    ('a.md', 'Construction of the footbridge will begi', '2025-04-01', '2025-04-30', True),
    ('a.md', 'The Kestrel County council approved the ', '2025-03-10', '2025-03-10', False),
    ('atom.xml', "The airport's new Terminal B opened to p", '2025-03-21', '2025-03-21', False),
    ('atom.xml', 'The first international flight from it l', '2025-04-02', '2025-04-02', True),
    ('b.txt', 'A public hearing on the fares is schedul', '2025-03-28', '2025-03-28', True),
    ('b.txt', 'HARBORVILLE, March 14, 2025 — The island', '2025-03-13', '2025-03-13', False),
    ('c.html', 'Firefighters contained a blaze at a pape', '2025-03-14', '2025-03-14', False),
    ('c.html', 'The owners said the site will reopen on ', '2025-03-18', '2025-03-18', True),
    ('d.html', 'The Greystone public library unveiled it', '2025-03-16', '2025-03-16', False),
    ('d.html', 'The building will stay open until 9 p.m.', '2025-04-01', '2025-04-01', True),
    ('e.html', 'The Ridgefield school board voted 5-2 to', '2025-03-18T19:40', '2025-03-18T19:40', False),
    ('e.html', 'The meeting opened with more than two hu', '2025-03-18T18:05', '2025-03-18T18:05', False),
    ('feed.rss', 'A storm knocked down lines on Tuesday.', '2025-03-18', '2025-03-18', False),
    ('feed.rss', 'Power was restored this morning to about', '2025-03-20', '2025-03-20', False),
    ('feed.rss', 'The Valley city marathon has been postpo', '2025-04-06', '2025-04-06', True),
    ('mail1.eml', 'Crews will repave the road on Thursday.', '2025-03-27', '2025-03-27', True),
    ('mail1.eml', 'The repair of the water main on Elm Stre', '2025-03-23', '2025-03-23', False),
    ('mail2.eml', 'The jazz quartet concert on Friday is so', '2025-03-28', '2025-03-28', True),
    ('mail2.eml', 'The spring exhibition of local painters ', '2025-03-22', '2025-04-20', False),
    ('mail3.eml', 'The health board approved its budget yes', '2025-03-24', '2025-03-24', False),
    ('mail3.eml', 'The new walk-in clinic on Harbour Road w', '2025-03-31', '2025-03-31', True),
    ('mail4.eml', 'The boats were launched this afternoon f', '2025-03-26', '2025-03-26', False),
    ('mail4.eml', 'The regatta has been moved to Sunday bec', '2025-03-30', '2025-03-30', True),
    ('records.csv', 'Passenger service is due to begin in Jun', '2025-06-01', '2025-06-30', True),
    ('records.csv', 'Test runs of the new tram line started t', '2025-03-22', '2025-03-22', False),
    ('records.json', "The farmers' market returns on Sunday fo", '2025-03-23', '2025-03-23', True),
    ('records.jsonl', 'The municipal pool closed on Wednesday f', '2025-03-19', '2025-03-19', False),
    ('records.jsonl', 'The science museum will hold its first l', '2025-04-11', '2025-04-11', True),
]


AUTUMN_COUNTY_FILES = {
    "g1.md": ("+++\n"
              "title = \"Harvest festival\"\n"
              "date = 2024-10-30T10:00:00\n"
              "+++\n"
              "The harvest festival in Dunmore drew 12,000 visitors over the weekend.\n"
              "\n"
              "Next year's festival will be held in late September, the organisers said.\n"),
    "g10.eml": ("From: Town Newsletter <hello@town.example>\n"
                "To: you@example.com\n"
                "Subject: Town news, week 46\n"
                "Date: Thu, 14 Nov 2024 07:00:00 +0000\n"
                "Message-ID: <n46@town.example>\n"
                "MIME-Version: 1.0\n"
                "Content-Type: multipart/alternative; boundary=\"ALT\"\n"
                "\n"
                "--ALT\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "\n"
                "The winter market opens on the square on Saturday, 23 November.\n"
                "\n"
                "Last week's quiz night raised 1,200 pounds for the food bank.\n"
                "\n"
                "Unsubscribe: https://town.example/u\n"
                "--ALT\n"
                "Content-Type: text/html; charset=utf-8\n"
                "\n"
                "<html><body><p>The winter market opens on the square on Saturday, 23 November.</p><p>Last "
                "week's quiz night raised 1,200 pounds for the food bank.</p></body></html>\n"
                "--ALT--\n"),
    "g11.eml": ("From: Jo Marsh <jo@example.net>\n"
                "To: editor@paper.example\n"
                "Subject: Fwd: Tree planting\n"
                "Date: Fri, 15 Nov 2024 09:00:00 +0000\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "\n"
                "FYI below.\n"
                "\n"
                "---------- Forwarded message ---------\n"
                "From: Parks Office <parks@council.example>\n"
                "Date: Wed, 13 Nov 2024 at 16:20\n"
                "Subject: Tree planting\n"
                "To: Jo Marsh <jo@example.net>\n"
                "\n"
                "Volunteers planted 300 oak saplings along the canal today.\n"
                "\n"
                "The next planting day is on Saturday.\n"),
    "g12.eml": ("From: Library <news@library.example>\n"
                "To: members@library.example\n"
                "Subject: Library news\n"
                "Date: Mon, 18 Nov 2024 06:00:00 -0500\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/html; charset=utf-8\n"
                "Content-Transfer-Encoding: quoted-printable\n"
                "\n"
                "<html><body><table role=3D\"presentation\"><tr><td style=3D\"padding:10px\"><h2>Li=\n"
                "brary news</h2><p>The library's new opening hours start on December 2.</p><p>The b=\n"
                "ook sale last weekend raised 3,400 dollars for new children's books.</p></td></tr>\n"
                "<tr><td><a "
                "href=3D\"https://library.example/unsub\">Unsubscribe</a></td></tr></table></body></html>\n"),
    "g13.eml": ("From: Pat Reyes <pat@choir.example>\n"
                "To: choir@choir.example\n"
                "Subject: Re: Rehearsal\n"
                "Date: Tue, 19 Nov 2024 21:00:00 +0000\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "\n"
                "On Mon, 18 Nov 2024 at 10:00, Kim Novak <kim@choir.example> wrote:\n"
                "> The choir rehearsal moves to Thursday this week.\n"
                "\n"
                "Thanks Kim. The hall was booked yesterday for the concert on 14 December.\n"),
    "g2.txt": ("Rowing club wins county cup\n"
               "Posted on October 31, 2024 by admin\n"
               "\n"
               "The Brackenridge rowing club won the county cup last Saturday.\n"
               "\n"
               "Its next race is on November 9.\n"),
    "g3.html": ("<html><head><meta name=\"date\" content=\"2024-11-01\"><meta name=\"description\" "
                "content=\"Bakery closes\"><title>Bakery closes after 60 years | Orchard Post</title></head>\n"
                "<body><header><ul><li><a href=\"/\">Home</a></li><li><a "
                "href=\"/local\">Local</a></li></ul></header>\n"
                "<div id=\"content\"><h1 itemprop=\"headline\">Bakery closes after 60 years</h1>\n"
                "<p>The Orchard Street bakery closed its doors for the last time on Thursday after six decades "
                "of bread and buns.</p>\n"
                "<p>A farewell party for its customers is planned for Sunday afternoon at the church "
                "hall.</p></div>\n"
                "<aside><h3>Most read</h3><ul><li><a href=\"/x\">Council tax rises "
                "again</a></li></ul></aside></body></html>\n"),
    "g4.html": ("<html><head><title>Bus drivers strike</title></head><body>\n"
                "<article><h1>Bus drivers strike over pay</h1>\n"
                "<div class=\"meta\">Published 4 November 2024, 10:15</div>\n"
                "<p>The county's bus drivers walked out at dawn today in a dispute over pay and rest "
                "breaks.</p>\n"
                "<p>Talks between the union and the operator resume tomorrow, a spokesperson "
                "said.</p></article></body></html>\n"),
    "g5.xml": ("<?xml version=\"1.0\"?>\n"
               "<rss version=\"2.0\"><channel><title>State "
               "desk</title><link>https://state.example</link><description>x</description>\n"
               "<item><title>Polls open</title><pubDate>Tue, 05 Nov 2024 08:00:00 "
               "GMT</pubDate><description>&lt;p&gt;Polls opened at 7 a.m. across the state, with long queues "
               "in the capital.&lt;/p&gt;</description></item>\n"
               "<item><title>Certification date set</title><pubDate>Wed, 06 Nov 2024 14:30:00 "
               "GMT</pubDate><description>&lt;p&gt;The results will be certified on November "
               "22.&lt;/p&gt;</description></item>\n"
               "<item><title>Turnout</title><pubDate>Thu, 07 Nov 2024 09:00:00 "
               "GMT</pubDate><description>Turnout reached 64 percent on Tuesday, the highest since "
               "2008.</description></item>\n"
               "</channel></rss>\n"),
    "g6.atom": ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                "<feed "
                "xmlns=\"http://www.w3.org/2005/Atom\"><title>Stadium</title><id>urn:s</id><updated>2024-11-09T08:00:00+01:00</updated>\n"
                "<entry><title>Roof nearly "
                "done</title><id>urn:s:1</id><updated>2024-11-08T12:00:00+01:00</updated>\n"
                "<summary>The Lakeside stadium roof will be finished by the end of the month, the builders "
                "say.</summary></entry>\n"
                "<entry><title>Tickets</title><id>urn:s:2</id><updated>2024-11-09T08:00:00+01:00</updated>\n"
                "<summary type=\"html\">&lt;p&gt;Season ticket sales opened this morning at the east "
                "gate.&lt;/p&gt;</summary></entry>\n"
                "</feed>\n"),
    "g7.json": ("[{\"headline\": \"Ferry timetable\", \"description\": \"The harbour ferry timetable changes on "
                "Monday, with an extra sailing at noon.\", \"pubDate\": \"Sat, 09 Nov 2024 09:00:00 GMT\", "
                "\"guid\": \"f-1\"}]\n"),
    "g8.jsonl": ("{\"article\": \"The town hall clock was repaired on 2 November after a month of silence.\", "
                 "\"timestamp\": 1731405600, \"uuid\": \"c-1\"}\n"),
    "g9.csv": ("headline;publication_date;full_text\n"
               "Winter gritting;2024-11-13;\"Gritters were out for the first time this winter on Tuesday "
               "night. The council expects snow by Friday.\"\n"),
}
# (file, the event's text as it opens, start, end, upcoming)
AUTUMN_COUNTY_EVENTS = [
    ('g1.md', "Next year's festival will be held in lat", '2025-09-01', '2025-09-30', True),
    ('g1.md', 'The harvest festival in Dunmore drew 12,', '2024-10-26', '2024-10-27', False),
    ('g10.eml', "Last week's quiz night raised 1,200 poun", '2024-11-04', '2024-11-10', False),
    ('g10.eml', 'The winter market opens on the square on', '2024-11-23', '2024-11-23', True),
    ('g11.eml', 'The next planting day is on Saturday.', '2024-11-16', '2024-11-16', True),
    ('g11.eml', 'Volunteers planted 300 oak saplings alon', '2024-11-13', '2024-11-13', False),
    ('g12.eml', 'The book sale last weekend raised 3,400 ', '2024-11-16', '2024-11-17', False),
    ('g12.eml', "The library's new opening hours start on", '2024-12-02', '2024-12-02', True),
    ('g13.eml', 'The choir rehearsal moves to Thursday th', '2024-11-21', '2024-11-21', True),
    ('g13.eml', 'The hall was booked yesterday for the co', '2024-11-18', '2024-11-18', False),
    ('g2.txt', 'Its next race is on November 9.', '2024-11-09', '2024-11-09', True),
    ('g2.txt', 'The Brackenridge rowing club won the cou', '2024-10-26', '2024-10-26', False),
    ('g3.html', 'A farewell party for its customers is pl', '2024-11-03', '2024-11-03', True),
    ('g3.html', 'The Orchard Street bakery closed its doo', '2024-10-31', '2024-10-31', False),
    ('g4.html', 'Talks between the union and the operator', '2024-11-05', '2024-11-05', True),
    ('g4.html', "The county's bus drivers walked out at d", '2024-11-04', '2024-11-04', False),
    ('g5.xml', 'Polls opened at 7 a.m. across the state,', '2024-11-05T07:00', '2024-11-05T07:00', False),
    ('g5.xml', 'The results will be certified on Novembe', '2024-11-22', '2024-11-22', True),
    ('g5.xml', 'Turnout reached 64 percent on Tuesday, t', '2024-11-05', '2024-11-05', False),
    ('g6.atom', 'Season ticket sales opened this morning ', '2024-11-09', '2024-11-09', False),
    ('g6.atom', 'The Lakeside stadium roof will be finish', '2024-11-08', '2024-11-30', True),
    ('g7.json', 'The harbour ferry timetable changes on M', '2024-11-11', '2024-11-11', True),
    ('g8.jsonl', 'The town hall clock was repaired on 2 No', '2024-11-02', '2024-11-02', False),
    ('g9.csv', 'Gritters were out for the first time thi', '2024-11-12', '2024-11-12', False),
    ('g9.csv', 'The council expects snow by Friday.', '2024-11-15', '2024-11-15', True),
]


WINTER_COAST_FILES = {
    "h1.md": ("---\n"
              "title: New Year's Day swim\n"
              "published: 2026-01-02T08:00:00+01:00\n"
              "---\n"
              "The New Year's Day swim drew 400 people to Marlow beach yesterday.\n"
              "\n"
              "The beach café reopens on 15 February.\n"),
    "h10.eml": ("From: Harbour Trust <trust@harbour.example>\n"
                "Subject: Pier toll\n"
                "Date: Mon, 12 Jan 2026 09:00:00 +0000\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: base64\n"
                "\n"
                "VGhlIHBpZXIgdG9sbCByaXNlcyB0byB0d28gcG91bmRzIGZyb20gbmV4dCBNb25kYXksIHRoZSBo\n"
                "YXJib3VyIHRydXN0IHNhaWQuCg==\n"),
    "h2.txt": ("ORLA, Jan. 3, 2026 (Coast Wire) - The coastguard rescued two kayakers off Gull Point on Friday "
               "evening.\n"
               "\n"
               "An inquiry into the safety of the slipway will report in March.\n"),
    "h3.html": ("<html><head><title>Storm Ida: live</title></head><body>\n"
                "<article itemscope itemtype=\"https://schema.org/LiveBlogPosting\"><h1 "
                "itemprop=\"headline\">Storm Ida: live</h1>\n"
                "<span itemprop=\"datePublished\" content=\"2026-01-05T09:30:00+00:00\">5 January 2026</span>\n"
                "<div class=\"entries\">\n"
                "<h3>Monday 5 January</h3>\n"
                "<p>09:10 Trains resumed on the coast line after engineers cleared the track.</p>\n"
                "<h3>Sunday 4 January</h3>\n"
                "<p>21:30 Storm Ida brought down trees across the county and cut power to 3,000 homes.</p>\n"
                "</div></article></body></html>\n"),
    "h4.html": ("<html><head><title>Schools close | Marlow Herald</title>\n"
                "<meta property=\"article:published_time\" content=\"2026-01-06T17:45:00+00:00\"></head>\n"
                "<body><div class=\"site\"><header class=\"site-header\"><a href=\"/\">Marlow "
                "Herald</a></header>\n"
                "<article class=\"post\"><h1 class=\"entry-title\">Schools close for the snow</h1>\n"
                "<span class=\"posted-on\">January 6, 2026</span>\n"
                "<div class=\"entry-content\"><p>The county council announced this afternoon that all primary "
                "schools will close tomorrow because of snow.</p>\n"
                "<p>The schools will reopen on Thursday if the roads are clear.</p></div></article>\n"
                "<footer>Share this: Facebook Twitter</footer></div></body></html>\n"),
    "h5.rss": ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<rss version=\"2.0\" "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Roads</title><link>https://roads.example</link><description>Roads</description>\n"
               "<item><title>Bypass "
               "closed</title><link>https://roads.example/1</link><dc:date>2026-01-07T06:00:00Z</dc:date>\n"
               "<description><![CDATA[<p>The Marlow bypass was closed after a lorry overturned at 2 a.m. near "
               "the Orla junction.</p>]]></description></item>\n"
               "</channel></rss>\n"),
    "h6.atom": ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                "<feed "
                "xmlns=\"http://www.w3.org/2005/Atom\"><title>Floods</title><id>urn:f</id><updated>2026-01-08T10:00:00Z</updated>\n"
                "<entry><title>Barrier "
                "raised</title><id>urn:f:1</id><published>2026-01-08T10:00:00Z</published><updated>2026-01-08T10:00:00Z</updated>\n"
                "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>The county's flood "
                "barrier was raised on Wednesday as the river rose.</p></div></content></entry>\n"
                "</feed>\n"),
    "h7.json": ("{\"results\": [{\"title\": \"Canal frozen\", \"summary\": \"Ice closed the Orla canal on "
                "Thursday for the first time since 2010.\", \"datetime\": \"2026-01-09T12:00:00Z\"}]}\n"),
    "h8.tsv": ("Title\tDate\tText\n"
               "Ice rink\t2026-01-10\tThe ice rink in Marlow park will stay open until the end of January.\n"),
    "h9.eml": ("From: Lecture Society <news@lectures.example>\n"
               "To: members@lectures.example\n"
               "Subject: Winter lectures\n"
               "Date: Sun, 11 Jan 2026 08:00:00 +0000\n"
               "MIME-Version: 1.0\n"
               "Content-Type: multipart/alternative; boundary=\"ALT\"\n"
               "\n"
               "--ALT\n"
               "Content-Type: text/plain; charset=utf-8\n"
               "\n"
               "View this email in your browser: https://lectures.example/v/123\n"
               "\n"
               "--ALT\n"
               "Content-Type: text/html; charset=utf-8\n"
               "\n"
               "<html><body><table><tr><td><h1>Winter lectures</h1><p>The winter lecture series starts on "
               "Tuesday, 20 January, in the town hall.</p>\n"
               "<p>Last Thursday's talk on tide mills drew a full house.</p></td></tr></table></body></html>\n"
               "--ALT--\n"),
}
# (file, the event's text as it opens, start, end, upcoming)
WINTER_COAST_EVENTS = [
    ('h1.md', "The New Year's Day swim drew 400 people ", '2026-01-01', '2026-01-01', False),
    ('h1.md', 'The beach café reopens on 15 February.', '2026-02-15', '2026-02-15', True),
    ('h10.eml', 'The pier toll rises to two pounds from n', '2026-01-19', '2026-01-19', True),
    ('h2.txt', 'An inquiry into the safety of the slipwa', '2026-03-01', '2026-03-31', True),
    ('h2.txt', 'ORLA, Jan. 3, 2026 (Coast Wire) - The co', '2026-01-02', '2026-01-02', False),
    ('h3.html', '09:10 Trains resumed on the coast line a', '2026-01-05T09:10', '2026-01-05T09:10', False),
    ('h3.html', '21:30 Storm Ida brought down trees acros', '2026-01-04T21:30', '2026-01-04T21:30', False),
    ('h4.html', 'The county council announced this aftern', '2026-01-07', '2026-01-07', True),
    ('h4.html', 'The schools will reopen on Thursday if t', '2026-01-08', '2026-01-08', True),
    ('h5.rss', 'The Marlow bypass was closed after a lor', '2026-01-07T02:00', '2026-01-07T02:00', False),
    ('h6.atom', "The county's flood barrier was raised on", '2026-01-07', '2026-01-07', False),
    ('h7.json', 'Ice closed the Orla canal on Thursday fo', '2026-01-08', '2026-01-08', False),
    ('h8.tsv', 'The ice rink in Marlow park will stay op', '2026-01-10', '2026-01-31', True),
    ('h9.eml', "Last Thursday's talk on tide mills drew ", '2026-01-08', '2026-01-08', False),
    ('h9.eml', 'The winter lecture series starts on Tues', '2026-01-20', '2026-01-20', True),
]

# Shapes the folders above lack: an offset datetime and a written date in front matter, JSON-LD in
# an @graph, a byline's <time>, a news API's envelope with Unix milliseconds, a day-first CSV with a
# byte-order mark and semicolons, a base64 e-mail with an encoded subject, RSS's dc:date, and text
# saved by Windows: Windows-1252 with CRLF, and UTF-16 with its byte-order mark.
HARBOUR_FILES: dict[str, str | bytes] = {
    "a.md": ("---\ntitle: Quay wall repaired\ndate: 2025-10-14T09:30:00+01:00\n---\n"
             "Workers finished repairing the quay wall at Fennick harbour yesterday.\n\n"
             "The harbour will reopen to fishing boats on Friday, the harbour master said.\n"),
    "b.md": ("---\ntitle: Choir tour\ndate: 3 October 2025\n---\n"
             "The Fennick Male Voice Choir returned from its tour of Brittany on Sunday.\n"),
    "c.html": ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lifeboat launched twice | "
               "Fennick Echo</title>\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
               "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Fennick Echo\"},{\"@type\":\"NewsArticle\","
               "\"headline\":\"Lifeboat launched twice\",\"datePublished\":\"2025-10-20T07:15:00+01:00\","
               "\"dateModified\":\"2025-10-21T10:00:00+01:00\"}]}</script>\n</head><body><nav><a href=\"/\">Home"
               "</a> <a href=\"/news\">News</a></nav><article><h1>Lifeboat launched twice</h1>\n"
               "<p>The Fennick lifeboat was launched twice on Sunday to help walkers cut off by the tide.</p>\n"
               "<p>The crew had also been called out on Saturday evening to a yacht with engine failure, a "
               "spokesman said.</p></article>\n<footer>Copyright 2025 Fennick Echo. All rights reserved.</footer>"
               "</body></html>"),
    "d.htm": ("<html><head><title>Café opens on Mill Street</title></head><body><article><h1>Café opens on "
              "Mill Street</h1><p class=\"byline\">By Ana Ruiz &middot; <time datetime=\"2025-10-08\">8 October "
              "2025</time></p><p>A new café opened on Mill Street on Monday in the old bakery, which closed in "
              "2019.</p><p>Its owners plan a second shop in Orrin next spring.</p></article></body></html>"),
    "e.json": ("{\"status\": \"ok\", \"totalResults\": 2, \"articles\": [{\"source\": {\"id\": null, \"name\": "
               "\"Fennick Echo\"}, \"title\": \"Road closed for resurfacing\", \"publishedAt\": "
               "\"2025-10-27T06:00:00Z\", \"content\": \"The coast road between Fennick and Orrin will close for "
               "resurfacing from 3 November for two weeks, the county said on Sunday.\"}, {\"source\": {\"id\": "
               "null, \"name\": \"Fennick Echo\"}, \"title\": \"Fire at boatyard\", \"publishedAt\": "
               "1761897600000, \"content\": \"Firefighters put out a blaze at the Fennick boatyard on Thursday "
               "night.\"}]}"),
    "f.csv": ("\ufeffTitle;Date;Body\nMarket hall sold;02/10/2025;The market hall was sold at auction on "
              "30/09/2025 to a local trust.\nSchool wins award;21/10/2025;Fennick Primary won the county reading "
              "award last week.\n"),
    "g.eml": ("From: Fennick Council <news@fennick.example>\nTo: list@fennick.example\n"
              "Subject: =?utf-8?q?Bin_collections_change?=\nDate: Tue, 28 Oct 2025 16:45:00 +0000\n"
              "Message-ID: <abc@fennick.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: base64\n\n"
              + base64.encodebytes(b"Dear residents,\n\nBin collections move from Wednesdays to Thursdays from "
                                   b"next week.\n\nGarden waste collections end for the winter on 28 November.\n"
                                   ).decode()),
    "h.xml": ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/"
              "elements/1.1/\"><channel><title>Fennick Sports</title><link>https://sports.example/</link>"
              "<description>Sport</description><item><title>Fennick win derby</title><link>https://sports.example/"
              "derby</link><dc:date>2025-10-26T18:00:00Z</dc:date><description>Fennick Town beat Orrin Rovers 2-1 "
              "on Saturday to go top of the league.</description></item></channel></rss>"),
    "i.txt": ("FENNICK, Oct. 30, 2025 \u2014 A \xa34 fare will apply when the Fennick ferry runs a winter "
              "timetable from Monday, the operator\u2019s spokesman said on Wednesday.\r\n").encode("cp1252"),
    "j.txt": codecs.BOM_UTF16_LE + ("Lighthouse open day\n\nPublished: 17 October 2025\n\nThe lighthouse at Gull "
                                    "Head opened to visitors on Saturday for the first time since 1990.\n"
                                    ).encode("utf-16-le"),
}
HARBOUR_EVENTS = [
    ('a.md', 'Workers finished repairing the quay wall', '2025-10-13', '2025-10-13', False),
    ('a.md', 'The harbour will reopen to fishing boats', '2025-10-17', '2025-10-17', True),
    ('b.md', 'The Fennick Male Voice Choir returned fr', '2025-09-28', '2025-09-28', False),
    ('c.html', 'The Fennick lifeboat was launched twice ', '2025-10-19', '2025-10-19', False),
    ('c.html', 'The crew had also been called out on Sat', '2025-10-18', '2025-10-18', False),
    ('d.htm', 'A new café opened on Mill Street on Mond', '2025-10-06', '2025-10-06', False),
    ('d.htm', 'The old bakery closed in 2019.', '2019-01-01', '2019-12-31', False),
    ('d.htm', 'Its owners plan a second shop in Orrin n', '2026-03-01', '2026-05-31', True),
    ('e.json', 'The coast road between Fennick and Orrin', '2025-11-03', '2025-11-03', True),
    ('e.json', 'Firefighters put out a blaze at the Fenn', '2025-10-30', '2025-10-30', False),
    ('f.csv', 'The market hall was sold at auction on 3', '2025-09-30', '2025-09-30', False),
    ('f.csv', 'Fennick Primary won the county reading a', '2025-10-13', '2025-10-19', False),
    ('g.eml', 'Bin collections move from Wednesdays to ', '2025-11-03', '2025-11-09', True),
    ('g.eml', 'Garden waste collections end for the win', '2025-11-28', '2025-11-28', True),
    ('h.xml', 'Fennick Town beat Orrin Rovers 2-1 on Sa', '2025-10-25', '2025-10-25', False),
    ('i.txt', 'FENNICK, Oct. 30, 2025 — A £4 fare will ', '2025-11-03', '2025-11-03', True),
    ('j.txt', 'The lighthouse at Gull Head opened to vi', '2025-10-11', '2025-10-11', False),
]


# Exports and saved pages as scrapers and editors leave them: a chronology laid out as an HTML
# table, a news-please record (its whole text under `maintext`, its date under `date_publish`), a
# message saved as text under its header block, a Markdown note under a heading.
SCRAPED_FILES = {
    "a.html": ("<!doctype html><html><head><title>How the bus strike unfolded</title>"
               "<meta name=\"date\" content=\"2025-03-30\"></head><body>\n"
               "<article><h1>How the bus strike unfolded</h1><p>The dispute over rosters lasted eight weeks.</p>\n"
               "<table><tr><th>Date</th><th>What happened</th></tr>\n"
               "<tr><td>3 Feb</td><td>The drivers' union announces a ballot</td></tr>\n"
               "<tr><td>17 Feb</td><td>Members vote for strike action</td></tr>\n"
               "<tr><td>2 Mar</td><td>The first walkout halts 40 routes</td></tr>\n"
               "<tr><td>28 Mar</td><td>Talks resume at the conciliation service</td></tr></table>"
               "</article></body></html>\n"),
    "b.jsonl": ('{"title": "Quarry expansion approved", "description": "Councillors backed the plan.", '
                '"maintext": "Councillors approved the Redhill quarry expansion on Tuesday after a four-hour '
                'meeting. Blasting will start in September.", "date_publish": "2025-06-12 18:40:00", '
                '"date_download": "2025-07-01 02:00:00", "url": "https://news.example/quarry"}\n'),
    "c.txt": ("Date: 2025-05-14\nSubject: Pool reopening\nFrom: Leisure desk\n\n"
              "The Eastgate pool reopened on Saturday after a month of repairs.\n"),
    "d.md": "# Market notes — 14 May 2025\n\nCopper prices rose on Tuesday as the port strike dragged on.\n",
}
SCRAPED_EVENTS = [
    ("a.html", "3 Feb · The drivers' union announces a b", "2025-02-03", "2025-02-03", False),
    ("a.html", "17 Feb · Members vote for strike action", "2025-02-17", "2025-02-17", False),
    ("a.html", "2 Mar · The first walkout halts 40 route", "2025-03-02", "2025-03-02", False),
    ("a.html", "28 Mar · Talks resume at the conciliatio", "2025-03-28", "2025-03-28", False),
    ("b.jsonl", "Councillors approved the Redhill quarry ", "2025-06-10", "2025-06-10", False),
    ("b.jsonl", "Blasting will start in September.", "2025-09-01", "2025-09-30", True),
    ("c.txt", "The Eastgate pool reopened on Saturday a", "2025-05-10", "2025-05-10", False),
    ("d.md", "Copper prices rose on Tuesday as the por", "2025-05-13", "2025-05-13", False),
]


def build_folder(folder: Path, files: dict[str, str] | dict[str, str | bytes]) -> dict[str, object]:
    """Write the files into the folder (text as UTF-8, bytes as they are) and build its timeline as JSON."""
    folder.mkdir()
    for name, text in files.items():
        if isinstance(text, bytes):
            (folder / name).write_bytes(text)
        else:
            (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(folder), "--format", "json", "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    document: dict[str, object] = json.loads(result.stdout)
    return document


@pytest.mark.parametrize(("files", "expected"), [(SPRING_TOWN_FILES, SPRING_TOWN_EVENTS),
                                                 (AUTUMN_COUNTY_FILES, AUTUMN_COUNTY_EVENTS),
                                                 (WINTER_COAST_FILES, WINTER_COAST_EVENTS),
                                                 (HARBOUR_FILES, HARBOUR_EVENTS),
                                                 (SCRAPED_FILES, SCRAPED_EVENTS)],
                         ids=["spring-town", "autumn-county", "winter-coast", "harbour-legacy", "scraped-exports"])
def test_every_event_of_a_mixed_folder_is_dated_right_and_nothing_is_lost(
        tmp_path: Path, files: dict[str, str | bytes], expected: list[tuple[str, str, str, str, bool]]) -> None:
    document = build_folder(tmp_path / "folder", files)
    assert document["skipped"] == []
    events = document["events"]
    assert isinstance(events, list)
    found = sorted((Path(str(e["source"]["path"])).name.split("#")[0].split(":")[0], e["text"][:40], e["start"],
                    e["end"], e["upcoming"]) for e in events)
    assert found == sorted(expected)


def test_scraped_exports_are_credited_by_their_own_titles(tmp_path: Path) -> None:
    document = build_folder(tmp_path / "folder", SCRAPED_FILES)
    sources = document["sources"]
    assert isinstance(sources, list)
    assert sorted(str(source["title"]) for source in sources) == [
        "How the bus strike unfolded", "Market notes — 14 May 2025", "Pool reopening", "Quarry expansion approved"]
