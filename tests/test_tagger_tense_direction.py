"""Which way a weekday, month or date without its year points when the sentence shows it (issue 15,
news value F1): the kinds of plainly wrong readings among `tbaq-cleaned`'s value errors, each a
general rule, in sentences written for this project. Rows are (text, creation date, genre,
expected [(text, type, value), ...]); a row lists every expression its text holds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.tagger import tag_text

WED, THU, FRI, SAT = dt.date(2019, 2, 20), dt.date(2019, 2, 21), dt.date(2019, 2, 22), dt.date(2019, 2, 23)
SUN, MON = dt.date(2019, 2, 24), dt.date(2019, 2, 25)
MAY, OCT = dt.date(2019, 5, 9), dt.date(2019, 10, 25)

Row = tuple[str, dt.date, str, list[tuple[str, str, str]]]

ROWS: list[Row] = [
    # "since" a few words before a date, no verb between: the past, however far back
    ("The road has stayed closed since just after the Oct. 30 landslide.", MAY, "news",
     [("Oct. 30", "DATE", "2018-10-30")]),
    ("Ever since the Oct. 28 flood the bridge has stayed shut.", MAY, "news", [("Oct. 28", "DATE", "2018-10-28")]),
    # "in the wake of" / "in the aftermath of" a date looks back as "since" does, and the date has come
    ("Insurers are tightening their terms in the wake of 12 August.", MAY, "news",
     [("12 August", "DATE", "2018-08-12")]),
    ("Tourism struggles in the aftermath of 3 November.", MAY, "news", [("3 November", "DATE", "2018-11-03")]),
    ("The coast road is closed since 20 October.", MAY, "news", [("20 October", "DATE", "2018-10-20")]),
    ("Since the vote is on Friday, campaigning stops tonight.", THU, "news",
     [("Friday", "DATE", "2019-02-22"), ("tonight", "TIME", "2019-02-21TNI")]),
    # a day in the possessive of what was decided or happened is gone, whatever the clause's verb
    ("The tenants will appeal against Wednesday's eviction ruling, their lawyer said.", FRI, "news",
     [("Wednesday", "DATE", "2019-02-20")]),
    ("The union will challenge Thursday's surprise decision in court.", SAT, "news",
     [("Thursday", "DATE", "2019-02-21")]),
    # "left" after a count of time tells what remains, no past ("40 days left until …")
    ("With 150 days left until the vote on 5 October, the parties are campaigning.", MAY, "news",
     [("150 days", "DURATION", "P150D"), ("5 October", "DATE", "2019-10-05")]),
    ("He left on 28 January.", THU, "news", [("28 January", "DATE", "2019-01-28")]),
    # ... also after a score ("Saturday's 2-1 win") or a drawn game
    ("Okafor will miss a month after hurting his knee in Saturday's 2-1 win at Dunmore.", MON, "news",
     [("a month", "DURATION", "P1M"), ("Saturday", "DATE", "2019-02-23")]),
    ("The club will study Sunday's goalless draw before the cup tie.", MON, "news", [("Sunday", "DATE", "2019-02-24")]),
    ("Fans are already queueing ahead of Saturday's final.", FRI, "news", [("Saturday", "DATE", "2019-02-23")]),
    ("The families are awaiting Monday's verdict.", FRI, "news", [("Monday", "DATE", "2019-02-25")]),
    # a present fixture after a subject of two words, or of a word beyond ASCII; not the verb's when
    # the day owns its object ("follows Tuesday's ruling" tells of a day gone)
    ("The night market moves on Friday this week.", WED, "news",
     [("Friday", "DATE", "2019-02-22"), ("this week", "DATE", "2019-W08")]),
    ("The café closes on Saturday for repairs.", WED, "news", [("Saturday", "DATE", "2019-02-23")]),
    ("The Ford move follows Monday's ruling by the court.", WED, "news", [("Monday", "DATE", "2019-02-18")]),
    # a scope widened to take in more days looks ahead, whatever the tense of the widening
    ("The yellow warning has been extended to cover Saturday.", THU, "news", [("Saturday", "DATE", "2019-02-23")]),
    ("The fishing ban was widened to include Sunday.", THU, "news", [("Sunday", "DATE", "2019-02-24")]),
    # a bare participle of a plan after a past "be" is a past passive, no plan ahead ("had been widely
    # expected after January's …"); in a relative aside it leaves the clause's own plan alone
    ("The cut had been widely expected after January's slump in sales.", MAY, "news",
     [("January", "DATE", "2019-01")]),
    ("The sale, which had been expected, is part of a plan to repay the loan by February.", OCT, "news",
     [("February", "DATE", "2020-02")]),
    # a plan told in the past perfect keeps its future: it was changed, on either side of the day
    # (the school stays shut past the Sunday still to come); "by" still looks ahead after it
    ("The school had been due to reopen on Sunday after half-term.", THU, "news", [("Sunday", "DATE", "2019-02-24")]),
    # ... and its weekday is the nearer one: written on a Monday, the Friday just gone (a month
    # keeps the future cue's reading)
    ("The bid had been due to lapse on Friday evening but was extended.", MON, "news",
     [("Friday evening", "TIME", "2019-02-22TEV")]),
    ("The takeover offer had previously been scheduled to run out at midnight Friday.", MON, "news",
     [("midnight Friday", "TIME", "2019-02-22T24:00")]),
    ("The council vote had been expected to take place on Tuesday.", MON, "news",
     [("Tuesday", "DATE", "2019-02-26")]),
    ("The merger had been expected to close in March.", MON, "news", [("March", "DATE", "2019-03")]),
    ("The sale, which had been expected, lets the group repay its loan by August.", MON, "news",
     [("August", "DATE", "2019-08")]),
    # a past verb of arranging with a new object: the time arranged still lies ahead
    ("The growers' union planned a tractor rally through the capital on Saturday.", FRI, "news",
     [("Saturday", "DATE", "2019-02-23")]),
    ("The vigil planned at the cathedral for Saturday was called off.", MON, "news",
     [("Saturday", "DATE", "2019-02-23")]),
    ("The strike went ahead as planned on Tuesday.", THU, "news", [("Tuesday", "DATE", "2019-02-19")]),
    # a verb of committing before an infinitive looks ahead, in the infinitive's own clause only
    ("The council agreed to sell the old depot for $4 million in November.", dt.date(2019, 10, 30), "news",
     [("November", "DATE", "2019-11")]),
    ("The mayor pledged to reopen the pool by June.", THU, "news", [("June", "DATE", "2019-06")]),
    ("The party has called on its followers to march after Friday prayers.", THU, "news",
     [("Friday", "DATE", "2019-02-22")]),
    # (a decision reports what was done as often: no commitment verb)
    ("The airline said it had decided to cancel its flights to Lima on Tuesday.", dt.date(2019, 2, 20), "news",
     [("Tuesday", "DATE", "2019-02-19")]),
    ("The council agreed to hire extra wardens, with a first batch on duty Tuesday.", THU, "news",
     [("Tuesday", "DATE", "2019-02-19")]),
    # "between" one name "and" another joins no clauses: the future before it still governs
    ("The operator will add sailings between Dover and Calais by August on routes spared by the strikes.", FRI,
     "news", [("August", "DATE", "2019-08")]),
    # a past verb of what took place, in the expression's own clause (or after it opening the
    # sentence): the month or day has come, up to a year back; not after a speech verb, an
    # adjective, "until", nor in a post, whose past verbs announce as often as they report
    ("In January, the retailer hired a new finance chief.", OCT, "news", [("January", "DATE", "2019-01")]),
    ("The insurer restated its accounts in December.", OCT, "news", [("December", "DATE", "2018-12")]),
    ("Sales for the year ended Jan. 31 rose 4%, the chain reported.", dt.date(2019, 10, 31), "news",
     [("the year", "DURATION", "P1Y"), ("Jan. 31", "DATE", "2019-01-31")]),
    ("In January, days after the festival ended, a depot fire left two workers dead.", OCT, "news",
     [("January", "DATE", "2019-01"), ("days", "DURATION", "PXD")]),
    # short and irregular past forms, passives, and past forms that are adjectives or nouns
    ("Nearly 40 people died in the fire on Dec. 2.", OCT, "news", [("Dec. 2", "DATE", "2018-12-02")]),
    ("Talks broke down in early December and have not resumed.", OCT, "news",
     [("early December", "DATE", "2018-12")]),
    ("The driver was fatally shot on Dec. 2.", OCT, "news", [("Dec. 2", "DATE", "2018-12-02")]),
    ("The strike that crippled the port in December cost $40 million.", OCT, "news",
     [("December", "DATE", "2018-12")]),
    ("Investors now expect the first cut in September.", FRI, "news",
     [("now", "DATE", "PRESENT_REF"), ("September", "DATE", "2019-09")]),
    ("In November we welcome Dr. Ames, whose book on the port was published last year.", OCT, "news",
     [("November", "DATE", "2019-11"), ("last year", "DATE", "2018")]),
    ("The index closed at a record high on Jan. 3.", dt.date(2019, 1, 2), "news",
     [("Jan. 3", "DATE", "2019-01-03")]),
    ("The company filed for bankruptcy in November.", OCT, "news", [("November", "DATE", "2018-11")]),
    ("Tickets went on sale in November for the December concerts.", OCT, "news",
     [("November", "DATE", "2018-11"), ("December", "DATE", "2019-12")]),
    ("The dividend is payable in January, the company said.", OCT, "news", [("January", "DATE", "2020-01")]),
    ("The revised payout is due Jan. 2, the insurer said.", OCT, "news", [("Jan. 2", "DATE", "2020-01-02")]),
    ("The company declared a dividend payable Dec. 15.", OCT, "news", [("Dec. 15", "DATE", "2019-12-15")]),
    ("The regulator gave the bidder until mid-November to file more papers.", OCT, "news",
     [("mid-November", "DATE", "2019-11")]),
    ("just launched free yoga classes in February!! sign up now", dt.date(2019, 1, 20), "colloquial",
     [("February", "DATE", "2019-02"), ("now", "DATE", "PRESENT_REF")]),
    # a present verb after its subject pronoun, a word or two before a day: one day still to come
    ("The bill now goes to the House, which votes on Thursday.", dt.date(2019, 2, 20), "news",
     [("now", "DATE", "PRESENT_REF"), ("Thursday", "DATE", "2019-02-21")]),
    ("Mr. Khan, who leaves office on Friday, said the reforms would survive.", THU, "news",
     [("Friday", "DATE", "2019-02-22")]),
    ("He says it happened on Friday.", THU, "news", [("Friday", "DATE", "2019-02-15")]),
    ("Shares rose. The company reports earnings on Thursday.", dt.date(2019, 2, 19), "news",
     [("Thursday", "DATE", "2019-02-21")]),
    ("The minister leaves for Paris on Tuesday.", THU, "news", [("Tuesday", "DATE", "2019-02-26")]),
    ("The minister insists on Tuesday that the plan worked.", THU, "news", [("Tuesday", "DATE", "2019-02-19")]),
    ("The police reports on Monday showed a rise in thefts.", THU, "news", [("Monday", "DATE", "2019-02-18")]),
    # waiting for a day, with no past verb before: the day is ahead
    ("Traders are waiting for Friday's jobs report.", dt.date(2019, 2, 20), "news", [("Friday", "DATE", "2019-02-22")]),
    ("Traders were waiting for Friday's jobs report.", MON, "news", [("Friday", "DATE", "2019-02-22")]),
    ("The town is bracing for Sunday, when the river is expected to peak.", THU, "news",
     [("Sunday", "DATE", "2019-02-24")]),
    # kinds already read right, kept: "as soon as" ahead, "earlier that day" on the story's day
    ("The squad could fly home as soon as Tuesday, the coach said.", MON, "news", [("Tuesday", "DATE", "2019-02-26")]),
    ("The mill burned on Oct. 3, 2018. Earlier that day, workers had reported smoke.", OCT, "news",
     [("Oct. 3, 2018", "DATE", "2018-10-03"), ("Earlier that day", "DATE", "2018-10-03")]),
    # "that same day" after a month named without its day: a day of that month, not of the writing
    ("The bridge was last inspected in October. Engineers found the crack that same day.", dt.date(2019, 2, 4),
     "news", [("October", "DATE", "2018-10"), ("that same day", "DATE", "2018-10-XX")]),
    ("The plant closed in March. On Friday the union met, and that same day the owners sold it.", THU, "news",
     [("March", "DATE", "2018-03"), ("Friday", "DATE", "2019-02-15"), ("that same day", "DATE", "2019-02-15")]),
    # a relative clause between commas after the time tells of its antecedent, not the main clause's tense
    ("On Tuesday the ferry's skipper, who the firm hopes to keep, sailed for Oban.", THU, "news",
     [("Tuesday", "DATE", "2019-02-19")]),
    ("On Monday, the chairwoman, who will step down in May, opened the new wing.", THU, "news",
     [("Monday", "DATE", "2019-02-18"), ("May", "DATE", "2019-05")]),
    # … while a time inside the relative clause keeps the clause's own verb
    ("The coach, who will name his squad on Friday, praised the juniors.", THU, "news",
     [("Friday", "DATE", "2019-02-22")]),
    # a negative contraction keeps its verb's direction: "won't" looks ahead, "didn't" back
    ("The lifeboat won't launch until Saturday.", THU, "news", [("Saturday", "DATE", "2019-02-23")]),
    ("The ferry won’t sail on Saturday.", THU, "news", [("Saturday", "DATE", "2019-02-23")]),
    ("The lifeboat crew didn't return until Tuesday.", THU, "news", [("Tuesday", "DATE", "2019-02-19")]),
    ("We didn’t know until Tuesday.", THU, "news", [("Tuesday", "DATE", "2019-02-19")]),
    # "did" carries the past of the base verb after it, a schedule verb too (with a plan word
    # after the time, or in a question): the day just gone
    ("The board did not meet on Monday as planned.", WED, "news", [("Monday", "DATE", "2019-02-18")]),
    ("The two clubs didn't play on Saturday after all.", MON, "news", [("Saturday", "DATE", "2019-02-23")]),
    ("Did the Rovers play on Saturday?", MON, "colloquial", [("Saturday", "DATE", "2019-02-23")]),
    ("Will the Rovers play on Saturday?", MON, "news", [("Saturday", "DATE", "2019-03-02")]),
    # "as planned", "as expected", "as scheduled" is an idiom: the clause's own verb directs the time
    ("On Monday, as expected, the central bank raised its main rate.", WED, "news",
     [("Monday", "DATE", "2019-02-18")]),
    ("On Tuesday, as scheduled, the new bridge opened to cars.", THU, "news", [("Tuesday", "DATE", "2019-02-19")]),
    ("The refund will be paid, as agreed on Monday, by the clinic.", WED, "news", [("Monday", "DATE", "2019-02-18")]),
    # a base-form past opening its clause with no subject, before an object, is an imperative in a
    # post, no past; a past with its subject, or a participle ("Hit by …"), still tells the past
    ("this sunday 8pm, set a reminder 📣", WED, "colloquial", [("this sunday 8pm", "TIME", "2019-02-24T20:00")]),
    ("Tuesday noon 🎉 put your name down", SUN, "colloquial", [("Tuesday noon", "TIME", "2019-02-26T12:00")]),
    ("Sunday we put the tent up by the loch", WED, "colloquial", [("Sunday", "DATE", "2019-02-17")]),
    ("Hit by floods on Monday, the town cleared up.", WED, "news", [("Monday", "DATE", "2019-02-18")]),
    # a need or a wish in the present looks ahead; "had to" tells the past
    ("The Rovers need to beat Carlow on Saturday to stay up.", THU, "news", [("Saturday", "DATE", "2019-02-23")]),
    ("we have to finish the mural by sunday", THU, "colloquial", [("sunday", "DATE", "2019-02-24")]),
    ("The ferry company wants to resume sailings on Monday.", THU, "news", [("Monday", "DATE", "2019-02-25")]),
    ("The crew had to abandon the climb on Monday.", THU, "news", [("Monday", "DATE", "2019-02-18")]),
    # a relative clause's own past verb tells its month took place, not the main verb after the time
    ("A man who stabbed his neighbour in March was jailed.", dt.date(2019, 12, 2), "news",
     [("March", "DATE", "2019-03")]),
    ("The plant that burned in March was closed.", dt.date(2019, 12, 2), "news", [("March", "DATE", "2019-03")]),
    # "this <season>" in a future clause said after that season is the coming one
    ("The plant will reopen this spring under new owners.", OCT, "news", [("this spring", "DATE", "2020-SP")]),
    ("The plant reopened this spring.", OCT, "news", [("this spring", "DATE", "2019-SP")]),
    ("The plant will reopen this autumn.", OCT, "news", [("this autumn", "DATE", "2019-FA")]),
    # a warning names the times it covers, still ahead; not the day it was issued
    ("The Met Office has issued a yellow warning for snow from 6pm on Saturday until midday on Sunday.", THU,
     "news", [("6pm", "TIME", "2019-02-23T18:00"), ("Saturday", "DATE", "2019-02-23"),
              ("midday", "TIME", "2019-02-24T12:00"), ("Sunday", "DATE", "2019-02-24")]),
    ("Forecasters had issued a rainfall warning for the area on Monday.", THU, "news",
     [("Monday", "DATE", "2019-02-18")]),
    # a plural subject that opens or closes for the public is a schedule; its past is not
    ("Doors open at 7pm on Saturday.", THU, "news",
     [("7pm", "TIME", "2019-02-23T19:00"), ("Saturday", "DATE", "2019-02-23")]),
    ("Nominations close on Monday.", THU, "news", [("Monday", "DATE", "2019-02-25")]),
    ("Nominations closed on Monday.", THU, "news", [("Monday", "DATE", "2019-02-18")]),
    # a state announced for a day in the present ("is closed", "is free", "there is no") looks ahead
    ("The library is closed on Monday for staff training.", THU, "news", [("Monday", "DATE", "2019-02-25")]),
    ("Parking is free on Monday.", THU, "news", [("Monday", "DATE", "2019-02-25")]),
    ("There is no bin collection on Monday.", THU, "news", [("Monday", "DATE", "2019-02-25")]),
    ("The library has been closed since Monday.", THU, "news", [("Monday", "DATE", "2019-02-18")]),
    # a clock before the day of the month it falls on, or before a day after "sharp"
    ("The hearing resumes at 10:40 on the 26th.", THU, "news",
     [("10:40", "TIME", "2019-02-26T10:40"), ("the 26th", "DATE", "2019-02-26")]),
    ("The ferry leaves at 9am sharp on Saturday, 23 February.", THU, "news",
     [("9am", "TIME", "2019-02-23T09:00"), ("Saturday, 23 February", "DATE", "2019-02-23")]),
]


@pytest.mark.parametrize(("text", "dct", "genre", "expected"), ROWS, ids=[row[0][:50] for row in ROWS])
def test_direction_shown_by_the_sentence(text: str, dct: dt.date, genre: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    found = tag_text(text, dct, genre=genre)
    assert [(t.text, t.type, t.value) for t in found] == expected
