"""Which way a weekday, month or date without its year points when the sentence shows it (issue 15,
news value F1): the kinds of plainly wrong readings among `tbaq-cleaned`'s value errors, each a
general rule, in sentences written for this project. Rows are (text, creation date, expected
[(text, type, value), ...]); a row lists every expression its text holds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.tagger import tag_text

THU, FRI, SAT, MON = dt.date(2019, 2, 21), dt.date(2019, 2, 22), dt.date(2019, 2, 23), dt.date(2019, 2, 25)
MAY = dt.date(2019, 5, 9)

Row = tuple[str, dt.date, list[tuple[str, str, str]]]

ROWS: list[Row] = [
    # "since" a few words before a date, no verb between: the past, however far back
    ("Detectives have hunted the driver since shortly after the Oct. 30 crash.", MAY,
     [("Oct. 30", "DATE", "2018-10-30")]),
    ("Ever since the Oct. 28 flood the bridge has stayed shut.", MAY, [("Oct. 28", "DATE", "2018-10-28")]),
    ("Since the vote is on Friday, campaigning stops tonight.", THU,
     [("Friday", "DATE", "2019-02-22"), ("tonight", "TIME", "2019-02-21TNI")]),
    # a day in the possessive of what was decided or happened is gone, whatever the clause's verb
    ("Lawyers for the tenants said they would appeal Wednesday's ruling by the housing board.", FRI,
     [("Wednesday", "DATE", "2019-02-20")]),
    ("The union will challenge Thursday's surprise decision in court.", SAT, [("Thursday", "DATE", "2019-02-21")]),
    ("Fans are already queueing ahead of Saturday's final.", FRI, [("Saturday", "DATE", "2019-02-23")]),
    ("The families are awaiting Monday's verdict.", FRI, [("Monday", "DATE", "2019-02-25")]),
    # a plan told in the past perfect is a plan of the past; "by" still looks ahead after it
    ("The takeover offer had been due to lapse on Friday evening.", MON, [("Friday evening", "TIME", "2019-02-22TEV")]),
    ("The hearing had originally been scheduled for Friday but was moved to March 6.", MON,
     [("Friday", "DATE", "2019-02-22"), ("March 6", "DATE", "2019-03-06")]),
    ("The sale, which had been expected, lets the group repay its loan by August.", MON,
     [("August", "DATE", "2019-08")]),
    # a past verb of arranging with a new object: the time arranged still lies ahead
    ("Farmers planned a large protest outside parliament on Saturday and were planning to block the ring "
     "road on Monday.", FRI, [("Saturday", "DATE", "2019-02-23"), ("Monday", "DATE", "2019-02-25")]),
    ("The vigil planned at the cathedral for Saturday was called off.", MON, [("Saturday", "DATE", "2019-02-23")]),
    ("The strike went ahead as planned on Tuesday.", THU, [("Tuesday", "DATE", "2019-02-19")]),
    # a verb of committing before an infinitive looks ahead, in the infinitive's own clause only
    ("The council agreed to sell the old depot for $4 million in November.", dt.date(2019, 10, 30),
     [("November", "DATE", "2019-11")]),
    ("The mayor pledged to reopen the pool by June.", THU, [("June", "DATE", "2019-06")]),
    ("Ministers voted for a joint force to guard the border, with the first units arriving Tuesday, envoys said.",
     THU, [("Tuesday", "DATE", "2019-02-19")]),
    # "between" one name "and" another joins no clauses: the future before it still governs
    ("The airline will triple its flights between Perth and Jakarta by August in markets untouched by the "
     "slump.", FRI, [("August", "DATE", "2019-08")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ROWS, ids=[row[0][:50] for row in ROWS])
def test_direction_shown_by_the_sentence(text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    found = tag_text(text, dct, genre="news")
    assert [(t.text, t.type, t.value) for t in found] == expected
