"""A table of news-style sentences and the TIMEX3s TimeML annotators would give them.

Every row is (sentence, anchor date, expected) where expected lists (span text, type, value)
or (span text, type, value, mod) for every time expression in the sentence, in order. The
sentences are written for this table; the values follow the TimeML conventions of the
TempEval-3 corpora (prepositions outside the span, "the" inside when the time noun heads the
phrase, modifiers inside with a mod, bare weekdays in the past unless the verb looks ahead).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.tagger import tag_text

THU = dt.date(2019, 2, 21)  # a Thursday
WED = dt.date(2020, 7, 15)  # a Wednesday
MON = dt.date(2018, 11, 5)  # a Monday
SUN = dt.date(2021, 1, 3)  # a Sunday
JUN = dt.date(2019, 6, 20)  # a Thursday in June
AUG = dt.date(2019, 8, 10)  # a Saturday
STORM = dt.date(2021, 1, 27)  # a Wednesday
RALLY = dt.date(2023, 1, 19)  # a Thursday
SPRING = dt.date(2023, 4, 12)  # a Wednesday in April

Row = tuple[str, dt.date, list[tuple[str, ...]]]

ABSOLUTE: list[Row] = [
    ("The treaty was signed on Feb. 21, 2019, in Hanoi.", THU, [("Feb. 21, 2019", "DATE", "2019-02-21")]),
    ("The company was founded on 21 February 2019.", THU, [("21 February 2019", "DATE", "2019-02-21")]),
    # (a year before "to seven years" is the date's, not the count of a range "two to three years")
    ("She was jailed on 14 February 2018 to four years in prison.", THU,
     [("14 February 2018", "DATE", "2018-02-14"), ("four years", "DURATION", "P4Y")]),
    ("The filing is dated 2/21/2019.", THU, [("2/21/2019", "DATE", "2019-02-21")]),
    ("Records from 2019-02-21 show the outage.", THU, [("2019-02-21", "DATE", "2019-02-21")]),
    ("Voting ended on the 3rd of March 2018.", THU, [("the 3rd of March 2018", "DATE", "2018-03-03")]),
    ("The singer was born on July 4, 1976, in Ohio.", THU, [("July 4, 1976", "DATE", "1976-07-04")]),
    ("The plant closed on Monday, Jan. 7, 2019.", THU, [("Monday, Jan. 7, 2019", "DATE", "2019-01-07")]),
    ("Sales were strong in March 2018.", THU, [("March 2018", "DATE", "2018-03")]),
    ("The law took effect in Sept. 2017.", THU, [("Sept. 2017", "DATE", "2017-09")]),
    ("The bridge opened in 1998.", THU, [("1998", "DATE", "1998")]),
    ("Prices soared in the 1970s.", THU, [("the 1970s", "DATE", "197")]),
    ("A hit from the '80s returned to the charts.", THU, [("the '80s", "DATE", "198")]),
    ("Castles built in the 12th century still stand.", THU, [("the 12th century", "DATE", "11")]),
    ("The twentieth century was violent.", THU, [("The twentieth century", "DATE", "19")]),
    ("Profit rose in the third quarter of 2018.", THU, [("the third quarter of 2018", "DATE", "2018-Q3")]),
    ("Revenue in Q2 2018 fell.", THU, [("Q2 2018", "DATE", "2018-Q2")]),
    ("Growth slowed in the second half of 2018.", THU, [("the second half of 2018", "DATE", "2018-H2")]),
    ("The budget for fiscal 2019 grew by 4%.", THU, [("fiscal 2019", "DATE", "2019")]),
    ("The film opens in summer 2019.", THU, [("summer 2019", "DATE", "2019-SU")]),
    ("The storm hit in the winter of 2017.", THU, [("the winter of 2017", "DATE", "2017-WI")]),
    ("The report was published on 12.03.2018.", THU, [("12.03.2018", "DATE", "2018-03-12")]),
    ("Elections were held on Nov. 6, 2018, and on Nov. 3, 2020.", THU,
     [("Nov. 6, 2018", "DATE", "2018-11-06"), ("Nov. 3, 2020", "DATE", "2020-11-03")]),
    ("Ceasefire talks began in mid-2018.", THU, [("mid-2018", "DATE", "2018", "MID")]),
    ("The merger was completed in December 2017.", THU, [("December 2017", "DATE", "2017-12")]),
    ("Shares listed on 3 April 2015 doubled.", THU, [("3 April 2015", "DATE", "2015-04-03")]),
    ("The dam burst on 12/3/98, officials recalled.", THU, [("12/3/98", "DATE", "1998-12-03")]),
    ("It happened in nineteen ninety-six.", THU, [("nineteen ninety-six", "DATE", "1996")]),
    ("Plans for the year two thousand were drawn up.", THU, [("the year two thousand", "DATE", "2000")]),
    ("The firm lost money in the 2017 fourth quarter.", THU, [("the 2017 fourth quarter", "DATE", "2017-Q4")]),
    ("The rebels struck in the sixties.", THU, [("the sixties", "DATE", "196")]),
    ("Athens fell in 404 BC.", THU, [("404 BC", "DATE", "BC0404")]),
    ("The strike ran from 2016 to 2018.", THU, [("2016", "DATE", "2016"), ("2018", "DATE", "2018")]),
    ("The war of 1861-1865 divided the nation.", THU, [("1861", "DATE", "1861"), ("1865", "DATE", "1865")]),
    ("Payments are due on the 28th.", THU, [("the 28th", "DATE", "2019-02-28")]),
    ("The 2018 World Cup drew record crowds.", THU, [("2018", "DATE", "2018")]),
]

DEICTIC: list[Row] = [
    ("The minister resigned yesterday.", THU, [("yesterday", "DATE", "2019-02-20")]),
    ("The court will rule tomorrow.", THU, [("tomorrow", "DATE", "2019-02-22")]),
    ("Markets rallied today.", THU, [("today", "DATE", "2019-02-21")]),
    ("A verdict is expected later today.", THU, [("later today", "DATE", "2019-02-21")]),
    ("They met the day before yesterday.", THU, [("the day before yesterday", "DATE", "2019-02-19")]),
    ("The vote comes tonight.", THU, [("tonight", "TIME", "2019-02-21TNI")]),
    ("Rebels attacked the town last night.", THU, [("last night", "TIME", "2019-02-20TNI")]),
    ("Shares fell this morning.", THU, [("this morning", "TIME", "2019-02-21TMO")]),
    ("It snowed yesterday afternoon.", THU, [("yesterday afternoon", "TIME", "2019-02-20TAF")]),
    ("Talks resume tomorrow evening.", THU, [("tomorrow evening", "TIME", "2019-02-22TEV")]),
    ("The minister will speak later this afternoon.", THU, [("later this afternoon", "TIME", "2019-02-21TAF")]),
    ("Shares rose by mid-afternoon yesterday.", THU, [("mid-afternoon yesterday", "TIME", "2019-02-20TAF")]),
    ("He arrived on Monday morning.", THU, [("Monday morning", "TIME", "2019-02-18TMO")]),
    ("The strike ended yesterday.", WED, [("yesterday", "DATE", "2020-07-14")]),
    ("The jury returns tomorrow.", SUN, [("tomorrow", "DATE", "2021-01-04")]),
    ("Voters queued in the rain today.", MON, [("today", "DATE", "2018-11-05")]),
]

CALENDAR_UNITS: list[Row] = [
    ("Sales fell last year.", THU, [("last year", "DATE", "2018")]),
    ("The summit is next week.", THU, [("next week", "DATE", "2019-W09")]),
    ("Prices rose this month.", THU, [("this month", "DATE", "2019-02")]),
    ("The shop closed last weekend.", THU, [("last weekend", "DATE", "2019-W07-WE")]),
    ("Exports fell last month.", THU, [("last month", "DATE", "2019-01")]),
    ("The merger closes next year.", THU, [("next year", "DATE", "2020")]),
    ("Profit fell last quarter.", THU, [("last quarter", "DATE", "2018-Q4")]),
    ("Inflation rose this week.", THU, [("this week", "DATE", "2019-W08")]),
    ("The plant reopens next month.", THU, [("next month", "DATE", "2019-03")]),
    # a present verb of schedules looks ahead, though a verb of saying closes the sentence
    ("Schools reopen on Monday, the district said.", THU, [("Monday", "DATE", "2019-02-25")]),
    ("The strike ends on Saturday.", THU, [("Saturday", "DATE", "2019-02-23")]),
    ("The series premieres on Tuesday.", THU, [("Tuesday", "DATE", "2019-02-26")]),
    ("The strike came to an end on Monday.", THU, [("Monday", "DATE", "2019-02-18")]),
    ("The plant closed last summer.", THU, [("last summer", "DATE", "2018-SU")]),
    ("It will reopen next spring.", THU, [("next spring", "DATE", "2019-SP")]),
    ("They met last Friday.", THU, [("last Friday", "DATE", "2019-02-15")]),
    ("Talks resume next Monday.", THU, [("next Monday", "DATE", "2019-02-25")]),
    ("The law starts next January.", THU, [("next January", "DATE", "2020-01")]),
    ("Prices peaked last March.", THU, [("last March", "DATE", "2018-03")]),
    ("The team won this past Sunday.", THU, [("this past Sunday", "DATE", "2019-02-17")]),
    ("It was announced earlier this month.", THU, [("earlier this month", "DATE", "2019-02", "START")]),
    ("Talks resume later this year.", THU, [("later this year", "DATE", "2019", "END")]),
    ("Earlier this week the regulator fined the bank.", THU, [("Earlier this week", "DATE", "2019-W08", "START")]),
    ("Unemployment rose during the past year.", THU, [("the past year", "DATE", "2018")]),
    ("Sales will grow in the current fiscal year.", THU, [("the current fiscal year", "DATE", "2019")]),
    ("Sales doubled in last year's third quarter.", THU, [("last year's third quarter", "DATE", "2018-Q3")]),
    ("The plant closed in June last year.", THU, [("June last year", "DATE", "2018-06")]),
    ("Rents fell last year.", WED, [("last year", "DATE", "2019")]),
    ("The vote is next week.", WED, [("next week", "DATE", "2020-W30")]),
    ("The firm cut jobs last month.", MON, [("last month", "DATE", "2018-10")]),
    ("Output will recover next quarter.", MON, [("next quarter", "DATE", "2019-Q1")]),
    ("The league starts next month.", SUN, [("next month", "DATE", "2021-02")]),
    ("Prices fell this year.", SUN, [("this year", "DATE", "2021")]),
    ("Trade grew in the last decade.", THU, [("the last decade", "DURATION", "P10Y")]),
]

AGO_LATER: list[Row] = [
    ("He left two years ago.", THU, [("two years ago", "DATE", "2017")]),
    ("The fire began three days ago.", THU, [("three days ago", "DATE", "2019-02-18")]),
    ("She joined a few weeks ago.", THU, [("a few weeks ago", "DATE", "PAST_REF")]),
    ("Elections are two years from now.", THU, [("two years from now", "DATE", "2021")]),
    ("The mine closed a decade ago.", THU, [("a decade ago", "DATE", "200")]),
    ("The mine flooded nearly two years ago.", THU, [("nearly two years ago", "DATE", "2017", "APPROX")]),
    ("The factory shut six months ago.", THU, [("six months ago", "DATE", "2018-08")]),
    ("The deal was struck a week ago.", THU, [("a week ago", "DATE", "2019-W07")]),
    ("He was freed on Jan. 3, 2019. Two days later he fled.", THU,
     [("Jan. 3, 2019", "DATE", "2019-01-03"), ("Two days later", "DATE", "2019-01-05")]),
    ("The vote was on May 4, 2018. The day before, rallies were held.", THU,
     [("May 4, 2018", "DATE", "2018-05-04"), ("The day before", "DATE", "2018-05-03")]),
    ("They met on March 3, 2018. The next day they signed a deal.", THU,
     [("March 3, 2018", "DATE", "2018-03-03"), ("The next day", "DATE", "2018-03-04")]),
    ("The decision came on Oct. 10, 2018. A week earlier the bank had raised rates.", THU,
     [("Oct. 10, 2018", "DATE", "2018-10-10"), ("A week earlier", "DATE", "2018-W40")]),
    ("The firm was sold in June 2016 and closed later that year.", THU,
     [("June 2016", "DATE", "2016-06"), ("later that year", "DATE", "2016")]),
    ("Voting closed on Feb. 2, 2019. That day turnout hit a record.", THU,
     [("Feb. 2, 2019", "DATE", "2019-02-02"), ("That day", "DATE", "2019-02-02")]),
    ("The storm struck on Aug. 28, 2017. The following week, schools reopened.", THU,
     [("Aug. 28, 2017", "DATE", "2017-08-28"), ("The following week", "DATE", "2017-W36")]),
    ("Rebels seized the town on June 1, 2014. Three weeks later the army returned.", THU,
     [("June 1, 2014", "DATE", "2014-06-01"), ("Three weeks later", "DATE", "2014-W25")]),
    ("The council voted on April 9, 2016, and the mayor quit the next day.", THU,
     [("April 9, 2016", "DATE", "2016-04-09"), ("the next day", "DATE", "2016-04-10")]),
    ("Stocks fell 4% from the previous Friday.", THU, [("the previous Friday", "DATE", "2019-02-15")]),
    ("The ceasefire collapsed four days ago.", WED, [("four days ago", "DATE", "2020-07-11")]),
    ("The company was founded ten years ago.", MON, [("ten years ago", "DATE", "2008")]),
]

NARRATIVE: list[Row] = [
    ("On March 3 the council voted. The next day the mayor resigned.", WED,
     [("March 3", "DATE", "2020-03-03"), ("The next day", "DATE", "2020-03-04")]),
    ("The vessel sank on May 9. Two days later divers found the wreck.", WED,
     [("May 9", "DATE", "2020-05-09"), ("Two days later", "DATE", "2020-05-11")]),
    ("Talks opened on Jan. 14 in Geneva. A day earlier, both sides had traded fire.", WED,
     [("Jan. 14", "DATE", "2020-01-14"), ("A day earlier", "DATE", "2020-01-13")]),
    ("The police said the suspect fled on Oct. 2. He was caught the following day.", MON,
     [("Oct. 2", "DATE", "2018-10-02"), ("the following day", "DATE", "2018-10-03")]),
    # parts of the day the story has reached, not the publication day's
    ("The ferry capsized on Aug. 4. Rescuers reached it that evening.", AUG,
     [("Aug. 4", "DATE", "2019-08-04"), ("that evening", "TIME", "2019-08-04TEV")]),
    ("The jury retired on Monday. Early the next morning it returned a verdict.", THU,
     [("Monday", "DATE", "2019-02-18"), ("Early the next morning", "TIME", "2019-02-19TMO", "START")]),
    ("Polls closed on Nov. 2, 2020; that same night crowds gathered, and the previous evening had been calm.",
     THU, [("Nov. 2, 2020", "DATE", "2020-11-02"), ("that same night", "TIME", "2020-11-02TNI"),
           ("the previous evening", "TIME", "2020-11-01TEV")]),
    ("The mill burned on 6 May 1921, and that same day its owners fled.", THU,
     [("6 May 1921", "DATE", "1921-05-06"), ("that same day", "DATE", "1921-05-06")]),
]

TENSE: list[Row] = [
    ("The minister said on Tuesday that talks had failed.", THU, [("Tuesday", "DATE", "2019-02-19")]),
    # "this" + weekday: ahead, unless the clause is past (then this week's, already gone)
    ("The governors met this Monday and agreed on a plan.", THU, [("this Monday", "DATE", "2019-02-18")]),
    ("The governors will meet this Monday.", THU, [("this Monday", "DATE", "2019-02-25")]),
    ("The board will meet on Tuesday.", THU, [("Tuesday", "DATE", "2019-02-26")]),
    ("Officials said Thursday the plan was dead.", THU, [("Thursday", "DATE", "2019-02-21")]),
    ("The leaders are scheduled to meet Saturday.", THU, [("Saturday", "DATE", "2019-02-23")]),
    ("Police arrested him Sunday.", THU, [("Sunday", "DATE", "2019-02-17")]),
    ("The minister resigned Tuesday.", THU, [("Tuesday", "DATE", "2019-02-19")]),
    ("He will fly to Hanoi on Monday.", THU, [("Monday", "DATE", "2019-02-25")]),
    ("The talks collapsed in December.", THU, [("December", "DATE", "2018-12")]),
    ("The vote will be held on March 3.", THU, [("March 3", "DATE", "2019-03-03")]),
    ("The vote was held on Aug. 3.", THU, [("Aug. 3", "DATE", "2018-08-03")]),
    ("The plant will reopen in January.", MON, [("January", "DATE", "2019-01")]),
    ("The firm was founded in January.", WED, [("January", "DATE", "2020-01")]),
    ("Construction began in early March.", JUN, [("early March", "DATE", "2019-03", "START")]),
    ("The company said on Wednesday it would cut 500 jobs.", WED, [("Wednesday", "DATE", "2020-07-15")]),
    # a past verb before the day, with no break between, holds it against a future cue past "that"
    ("The coach told the squad on Monday that he would resign.", WED, [("Monday", "DATE", "2020-07-13")]),
    ("The mayor warned residents on Tuesday that the river would rise.", THU, [("Tuesday", "DATE", "2019-02-19")]),
    ("The union will strike on Friday.", WED, [("Friday", "DATE", "2020-07-17")]),
    ("The union went on strike on Friday.", WED, [("Friday", "DATE", "2020-07-10")]),
    ("The court ruled on Monday.", SUN, [("Monday", "DATE", "2020-12-28")]),
    ("The court will rule on Monday.", SUN, [("Monday", "DATE", "2021-01-04")]),
    ("The summit ended on Saturday.", MON, [("Saturday", "DATE", "2018-11-03")]),
    ("Shares jumped on Oct. 30 after the report.", MON, [("Oct. 30", "DATE", "2018-10-30")]),
    ("The new law takes effect on Jan. 1.", MON, [("Jan. 1", "DATE", "2019-01-01")]),
    ("The ship will dock on Dec. 20.", MON, [("Dec. 20", "DATE", "2018-12-20")]),
    ("Elections are due in June.", THU, [("June", "DATE", "2019-06")]),
    ("The index fell in October.", THU, [("October", "DATE", "2018-10")]),
    ("The fund will launch in September.", THU, [("September", "DATE", "2019-09")]),
]

FUZZY: list[Row] = [
    # an unsaid time to come, not a day's length ("lasted one day" stays a duration)
    ("The bakers hope to one day open a second shop.", THU, [("one day", "DATE", "FUTURE_REF")]),
    ("The dispute lasted one day.", THU, [("one day", "DURATION", "P1D")]),
    ("Prices have recently climbed.", THU, [("recently", "DATE", "PAST_REF")]),
    ("The firm now employs 900 people.", THU, [("now", "DATE", "PRESENT_REF")]),
    ("The factory is currently closed.", THU, [("currently", "DATE", "PRESENT_REF")]),
    ("The plant will soon reopen.", THU, [("soon", "DATE", "FUTURE_REF")]),
    ("They will publish it in the coming weeks.", THU, [("the coming weeks", "DATE", "FUTURE_REF")]),
    ("Crime has fallen in recent years.", THU, [("recent years", "DATE", "PAST_REF")]),
    ("Rates will rise in the future.", THU, [("the future", "DATE", "FUTURE_REF")]),
    ("Nothing will change in the near future.", THU, [("the near future", "DATE", "FUTURE_REF")]),
    ("He had been warned in the past.", THU, [("the past", "DATE", "PAST_REF")]),
    ("Until now, no one knew who owned the land.", THU, [("now", "DATE", "PRESENT_REF")]),
    ("Right now the mood is grim.", THU, [("Right now", "DATE", "PRESENT_REF")]),
    ("Sales have slipped in recent months.", THU, [("recent months", "DURATION", "PXM")]),
    ("The mine closed years ago.", THU, [("years ago", "DATE", "PAST_REF")]),
    ("Shares fell in recent trading.", THU, [("recent", "DATE", "PAST_REF")]),
    ("Investors are nervous these days.", THU, [("these days", "DATE", "PRESENT_REF")]),
    ("Rates may fall in coming months.", THU, [("coming months", "DATE", "FUTURE_REF")]),
    ("Nothing changes in the short term.", THU, [("the short term", "DATE", "FUTURE_REF")]),
    ("He has more recently worked in Asia.", THU, [("more recently", "DATE", "PAST_REF")]),
]

MODIFIERS: list[Row] = [
    # a year as a prefix's boundary: the year, with the side the prefix says
    ("Output is still below pre-2008 levels.", THU, [("pre-2008", "DATE", "2008", "BEFORE")]),
    ("The post-1991 economy grew fast.", THU, [("post-1991", "DATE", "1991", "AFTER")]),
    ("The deal closed in late 2018.", THU, [("late 2018", "DATE", "2018", "END")]),
    ("Fighting resumed in mid-November.", THU, [("mid-November", "DATE", "2018-11", "MID")]),
    ("The report is due at the end of 2019.", THU, [("the end of 2019", "DATE", "2019", "END")]),
    ("He served more than 20 years in the army.", THU, [("more than 20 years", "DURATION", "P20Y", "MORE_THAN")]),
    ("The strike lasted nearly three months.", THU, [("nearly three months", "DURATION", "P3M", "APPROX")]),
    ("The trial lasted about two weeks.", THU, [("two weeks", "DURATION", "P2W")]),
    ("Creditors must wait at least 30 days.", THU, [("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")]),
    ("The talks could last two years or so.", THU, [("two years or so", "DURATION", "P2Y", "APPROX")]),
    ("Oil prices fell from the middle of October.", THU, [("the middle of October", "DATE", "2018-10", "MID")]),
    ("The sale was completed around Nov. 1.", THU, [("around Nov. 1", "DATE", "2018-11-01", "APPROX")]),
    ("The boom ended in the early 1980s.", THU, [("the early 1980s", "DATE", "198", "START")]),
    ("The shares were sold at the beginning of the year.", THU,
     [("the beginning of the year", "DATE", "2019", "START")]),
    ("Prices jumped in late November.", THU, [("late November", "DATE", "2018-11", "END")]),
    ("Output rose in early 2019.", THU, [("early 2019", "DATE", "2019", "START")]),
    ("The audit took less than a week.", THU, [("less than a week", "DURATION", "P1W", "LESS_THAN")]),
    ("Negotiators have up to 180 days to agree.", THU, [("up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS")]),
    ("The rally lasted almost five hours.", THU, [("almost five hours", "DURATION", "PT5H", "LESS_THAN")]),
    ("Works will finish by the end of March.", THU, [("the end of March", "DATE", "2019-03", "END")]),
]

CLOCK: list[Row] = [
    ("Polls close at 8 p.m. in the east.", THU, [("8 p.m.", "TIME", "2019-02-21T20:00")]),
    ("The blast hit at 10:45am.", THU, [("10:45am", "TIME", "2019-02-21T10:45")]),
    ("Trading halted at 14:30 GMT.", THU, [("14:30 GMT", "TIME", "2019-02-21T14:30")]),
    ("The deadline is noon.", THU, [("noon", "TIME", "2019-02-21T12:00")]),
    ("The curfew starts at midnight.", THU, [("midnight", "TIME", "2019-02-21T24:00")]),
    ("Talks broke off at noon Thursday.", THU, [("noon Thursday", "TIME", "2019-02-21T12:00")]),
    ("The offer will expire at 5 p.m. EST Friday.", THU, [("5 p.m. EST Friday", "TIME", "2019-02-22T17:00")]),
    ("The offer expires at 5 p.m. EST, March 6.", THU, [("5 p.m. EST, March 6", "TIME", "2019-03-06T17:00")]),
    ("The raid began at 4:30 a.m. local time.", THU, [("4:30 a.m.", "TIME", "2019-02-21T04:30")]),
    ("The gates open at half past seven tonight.", THU, [("half past seven tonight", "TIME", "2019-02-21T19:30")]),
    ("The server restarts at 1900 GMT tonight.", THU, [("1900 GMT tonight", "TIME", "2019-02-21T19:00")]),
    ("The bomb exploded at 10 p.m. Wednesday.", THU, [("10 p.m. Wednesday", "TIME", "2019-02-20T22:00")]),
    ("Trading resumes at 9 a.m. tomorrow.", THU, [("9 a.m. tomorrow", "TIME", "2019-02-22T09:00")]),
    # Clocks told in words: minutes past or to the hour; counts and a company's quarter are not clocks.
    ("The ferry docked at twenty past four.", THU, [("twenty past four", "TIME", "2019-02-21T04:20")]),
    ("The ferry docks at a quarter to eight in the evening.", THU,
     [("a quarter to eight in the evening", "TIME", "2019-02-21T19:45")]),
    ("Staff left at five to six.", THU, [("five to six", "TIME", "2019-02-21T05:55")]),
    ("The panel voted eleven to nine.", THU, []),
    ("Stalls are open from five to seven.", THU, []),
    ("He served five past presidents.", THU, []),
    # A fixture's copula before its clock and day, and "is set for", look ahead.
    ("Tip-off is at 19:30 on Saturday.", THU,
     [("19:30", "TIME", "2019-02-23T19:30"), ("Saturday", "DATE", "2019-02-23")]),
    ("The sentencing is set for Tuesday.", THU, [("Tuesday", "DATE", "2019-02-26")]),
    # After a year named alone, in news too, "the following spring" is the next year's, "the previous
    # March" the year before's (not the spring or March of that year).
    ("In 2011 the board approved the plan. Work began the following spring.", THU,
     [("2011", "DATE", "2011"), ("the following spring", "DATE", "2012-SP")]),
    ("The mill closed in 2009; the previous March its owner had died.", THU,
     [("2009", "DATE", "2009"), ("the previous March", "DATE", "2008-03")]),
    # An article is no count: "a second span" is an ordinal's noun, not one second.
    ("A second span was added in 2011.", THU, [("2011", "DATE", "2011")]),
    ("She began a second term in office.", THU, []),
    # A tab or a line break is a space to a rule's lookbehind, as a space is.
    ("Auditions tomorrow at\t9.", THU, [("tomorrow", "DATE", "2019-02-22"), ("9", "TIME", "2019-02-22T09:00")]),
    ("Auditions tomorrow at\n9.", THU, [("tomorrow", "DATE", "2019-02-22"), ("9", "TIME", "2019-02-22T09:00")]),
    ("They met at three o'clock.", THU, [("three o'clock", "TIME", "2019-02-21T03:00")]),
    ("Doors open at 7:15 p.m.", WED, [("7:15 p.m.", "TIME", "2020-07-15T19:15")]),
    ("Fire crews arrived at 12:30 a.m.", WED, [("12:30 a.m.", "TIME", "2020-07-15T00:30")]),
    ("The train left at 6 am sharp.", MON, [("6 am", "TIME", "2018-11-05T06:00")]),
]

DURATIONS: list[Row] = [
    # a stretch of unsaid length next to an event: the plural unit alone
    ("A neighbour saw the van near the depot in the weeks before the fire.", THU, [("weeks", "DURATION", "PXW")]),
    ("In the years that followed, the mill closed and the town shrank.", THU, [("years", "DURATION", "PXY")]),
    ("The years after 2008 were hard on the port.", THU, [("2008", "DATE", "2008")]),
    ("Over the years, the ferry has changed owners four times.", THU, [("the years", "DURATION", "PXY")]),
    ("The crew freed the climbers after spending hours on the ridge.", THU, [("hours", "DURATION", "PTXH")]),
    ("The strike lasted three months.", THU, [("three months", "DURATION", "P3M")]),
    ("She returned from a two-week trip.", THU, [("two-week", "DURATION", "P2W")]),
    ("They lived in camps for 2 1/2 years.", THU, [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("The project took two and a half years.", THU, [("two and a half years", "DURATION", "P2Y6M")]),
    ("Shares fell over the past 24 hours.", THU, [("the past 24 hours", "DURATION", "PT24H")]),
    ("Shares fell the past three months.", THU, [("the past three months", "DURATION", "P3M")]),
    ("Profit rose 8% in the first nine months.", THU, [("the first nine months", "DURATION", "P9M")]),
    ("The dispute has run for decades.", THU, [("decades", "DURATION", "PXY")]),
    ("It took half an hour to load.", THU, [("half an hour", "DURATION", "PT30M")]),
    ("The talks could last weeks or months.", THU, [("weeks or months", "DURATION", "PXW")]),
    ("Repairs will take two to three weeks.", THU, [("two to three weeks", "DURATION", "PXW")]),
    ("He spent a year in prison.", THU, [("a year", "DURATION", "P1Y")]),
    ("The 16-hour flight landed safely.", THU, [("16-hour", "DURATION", "PT16H")]),
    ("He has led the party for 10 years.", THU, [("10 years", "DURATION", "P10Y")]),
    ("The ban will last 90 days.", THU, [("90 days", "DURATION", "P90D")]),
    ("Over the past few years it grew.", THU, [("the past few years", "DURATION", "PXY")]),
    ("The siege lasted two decades.", THU, [("two decades", "DURATION", "P20Y")]),
    ("The car was spotted ten days before the murder.", THU, [("ten days", "DURATION", "P10D")]),
    ("The hearing lasted a minute and a half.", THU, [("a minute and a half", "DURATION", "PT1M30S")]),
    ("A year-long inquiry ended.", THU, [("year-long", "DURATION", "P1Y")]),
    ("Sales for the year rose 4%.", THU, [("the year", "DURATION", "P1Y")]),
    ("Fighting continued for several weeks.", THU, [("several weeks", "DURATION", "PXW")]),
    ("The crew worked 12 hours a day.", THU, [("12 hours", "DURATION", "PT12H"), ("a day", "SET", "P1D")]),
    ("The next two years will be hard.", THU, [("The next two years", "DURATION", "P2Y")]),
    ("The inquiry took 18 months.", WED, [("18 months", "DURATION", "P18M")]),
    ("The visit lasted four days.", MON, [("four days", "DURATION", "P4D")]),
    ("He waited 45 minutes for the bus.", SUN, [("45 minutes", "DURATION", "PT45M")]),
    ("The rescue took more than a week.", SUN, [("more than a week", "DURATION", "P1W", "MORE_THAN")]),
]

SETS: list[Row] = [
    ("The market opens every Monday.", THU, [("every Monday", "SET", "XXXX-WXX-1")]),
    ("The paper is printed daily.", THU, [("daily", "SET", "P1D")]),
    ("The council collects glass bi-weekly.", THU, [("bi-weekly", "SET", "P2W")]),
    ("The report comes out each year.", THU, [("each year", "SET", "P1Y")]),
    ("They meet twice a week.", THU, [("twice a week", "SET", "P1W")]),
    ("Elections are held every four years.", THU, [("every four years", "SET", "P4Y")]),
    ("The shop is closed on Sundays.", THU, [("Sundays", "SET", "XXXX-WXX-7")]),
    ("Marchers parade each July.", THU, [("each July", "SET", "XXXX-07")]),
    ("It earns $5 million a year.", THU, [("a year", "SET", "P1Y")]),
    ("The index is updated every hour.", THU, [("every hour", "SET", "PT1H")]),
    # a quarter's period as TimeBank writes it ("every quarter": P1Q), as the durations have it ("P2Q")
    ("Prices are reviewed quarterly.", THU, [("quarterly", "SET", "P1Q")]),
    ("The bus runs every other day.", THU, [("every other day", "SET", "P2D")]),
    ("The club meets on Tuesday nights.", THU, [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("Trains stop three times a day.", THU, [("three times a day", "SET", "P1D")]),
    ("The magazine appears weekly.", THU, [("weekly", "SET", "P1W")]),
    ("Floods hit the valley every spring.", THU, [("every spring", "SET", "XXXX-SP")]),
    ("The festival is held annually.", WED, [("annually", "SET", "P1Y")]),
]

RANGES: list[Row] = [
    # a word after the closing day that names no unit ends the range ("May 3-4 and …", "at …")
    ("The fair will run on May 3-4 and close in June.", THU,
     [("May 3", "DATE", "2019-05-03"), ("4", "DATE", "2019-05-04"), ("June", "DATE", "2019-06")]),
    ("Entries open March 4-8 at the town hall.", THU, [("March 4", "DATE", "2019-03-04"), ("8", "DATE", "2019-03-08")]),
    ("Prices rose from March to May.", JUN, [("March", "DATE", "2019-03"), ("May", "DATE", "2019-05")]),
    ("Sales grew between 2010 and 2012.", THU, [("2010", "DATE", "2010"), ("2012", "DATE", "2012")]),
    ("The show will run from June 1 to June 30.", THU,
     [("June 1", "DATE", "2019-06-01"), ("June 30", "DATE", "2019-06-30")]),
    ("The summit was held from Monday to Wednesday.", THU,
     [("Monday", "DATE", "2019-02-18"), ("Wednesday", "DATE", "2019-02-20")]),
    ("Rates were frozen from 2009 through 2015.", THU, [("2009", "DATE", "2009"), ("2015", "DATE", "2015")]),
    ("The exhibition ran from May 2017 until January 2018.", THU,
     [("May 2017", "DATE", "2017-05"), ("January 2018", "DATE", "2018-01")]),
]

HOLIDAYS_WEEKS: list[Row] = [
    ("Protesters gathered over the weekend.", THU, [("the weekend", "DATE", "2019-W07-WE")]),
    ("Talks will resume over the weekend.", THU, [("the weekend", "DATE", "2019-W08-WE")]),
    ("The shop will open on Christmas Day.", THU, [("Christmas Day", "DATE", "2019-12-25")]),
    ("The boy was found on Thanksgiving Day.", THU, [("Thanksgiving Day", "DATE", "2018-11-22")]),
    ("Sales fell last Christmas.", THU, [("last Christmas", "DATE", "2018-12-25")]),
    ("Stores will stay open on New Year's Eve.", THU, [("New Year's Eve", "DATE", "2019-12-31")]),
    ("Fireworks lit the sky on the Fourth of July.", WED, [("the Fourth of July", "DATE", "2020-07-04")]),
    ("Parades will mark Labor Day.", WED, [("Labor Day", "DATE", "2020-09-07")]),
    ("The race is held on Memorial Day.", JUN, [("Memorial Day", "DATE", "2019-05-27")]),
    ("Shops were shut on Christmas Day 2017.", THU, [("Christmas Day 2017", "DATE", "2017-12-25")]),
    # a feast's weekend: the one before a Monday's feast, Thanksgiving's own
    ("Beaches filled over the Memorial Day weekend.", JUN, [("the Memorial Day weekend", "DATE", "2019-W21-WE")]),
    ("Traffic will be heavy over the Thanksgiving weekend.", THU,
     [("the Thanksgiving weekend", "DATE", "2019-W48-WE")]),
    ("Mosques will be full for Eid al-Adha.", JUN, [("Eid al-Adha", "DATE", "2019-08-11")]),
]

ONE_EXPRESSION: list[Row] = [
    ("Rents fell in the month of January.", THU, [("the month of January", "DATE", "2019-01")]),
    ("Grants for the year 2017 were paid late.", THU, [("the year 2017", "DATE", "2017")]),
    # (a present verb of a fixture looks ahead: the next Friday that is a 15th)
    ("The ferry sails on Friday the 15th.", THU, [("Friday the 15th", "DATE", "2019-03-15")]),
    # a day of the month after a named date is in that date's month, never after the writing
    ("The firm met its lenders on Feb. 12 and signed the deal on the 14th.", THU,
     [("Feb. 12", "DATE", "2019-02-12"), ("the 14th", "DATE", "2019-02-14")]),
    ("Lenders met on Feb. 12; the banks had agreed on the 25th.", THU,
     [("Feb. 12", "DATE", "2019-02-12"), ("the 25th", "DATE", "2019-01-25")]),
    ("The vote was on Feb. 2, and the recount will be on the 28th.", THU,
     [("Feb. 2", "DATE", "2019-02-02"), ("the 28th", "DATE", "2019-02-28")]),
    # a day named again without its year, after the text wrote it with one, is that day
    ("The advice was written on March 7, 2003. The minute of March 7 was leaked.", THU,
     [("March 7, 2003", "DATE", "2003-03-07"), ("March 7", "DATE", "2003-03-07")]),
    # a day that names a past event
    ("Checks tightened after the September 11 attacks.", THU, [("September 11", "DATE", "2001-09-11")]),
    ("Airport checks changed after 9/11.", THU, [("9/11", "DATE", "2001-09-11")]),
    ("The council met on September 11.", THU, [("September 11", "DATE", "2018-09-11")]),
    # a day of the week named with its week
    ("The council met on Tuesday last week.", THU, [("Tuesday last week", "DATE", "2019-02-12")]),
    ("Bids close on Friday of next week.", THU, [("Friday of next week", "DATE", "2019-03-01")]),
    ("Lunch is served at 12 noon.", THU, [("12 noon", "TIME", "2019-02-21T12:00")]),
    ("Shipments resumed in the last week of October 2017.", THU,
     [("the last week of October 2017", "DATE", "2017-W43")]),
    ("The sale should close by year's end.", THU, [("year's end", "DATE", "2019", "END")]),
    ("Shares were thin at month-end.", THU, [("month-end", "DATE", "2019-02", "END")]),
    ("The 2016 summer drought cut yields.", THU, [("2016 summer", "DATE", "2016-SU")]),
    ("Flooding continued throughout the summer.", THU, [("the summer", "DATE", "2018-SU")]),
]

QUARTERS: list[Row] = [
    ("Profit rose in the third quarter.", THU, [("the third quarter", "DATE", "2018-Q3")]),
    ("A fourth-quarter loss is likely.", THU, [("fourth-quarter", "DATE", "2018-Q4")]),
    ("Sales fell in the latest quarter.", THU, [("the latest quarter", "DATE", "2018-Q4")]),
    ("The company expects a loss for the full year.", THU, [("the full year", "DATE", "2019")]),
    ("Sales rose 5% from the year-ago quarter.", THU, [("the year-ago quarter", "DATE", "2017-Q4")]),
    ("Net slipped to $2 million from $3 million in last year's quarter.", THU,
     [("last year's quarter", "DATE", "2017-Q4")]),
    ("Net income rose to $5 million, or 20 cents a share, from $4 million a year earlier.", THU,
     [("a year earlier", "DATE", "2017-Q4")]),
    # over a longer period the base is the year before the report's, not one before another base
    ("Year-earlier results included a one-time gain. For the nine months, the net loss narrowed "
     "to $3 million from $5 million a year earlier.", THU,
     [("Year-earlier", "DATE", "2018"), ("the nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "2018")]),
    ("In fiscal 2009, sales rose to $8 million from $6 million a year earlier.", THU,
     [("fiscal 2009", "DATE", "2009"), ("a year earlier", "DATE", "2008")]),
    # what is left of a unit, or its edge, is a date of the unit, a fiscal year's as a calendar year's
    ("The levy lapses at the end of the fiscal year, the treasurer said.", THU,
     [("the end of the fiscal year", "DATE", "2019", "END")]),
    ("Hiring stays frozen for the rest of the year.", THU, [("the rest of the year", "DATE", "2019")]),
    ("Road works will take up the remainder of the month.", THU, [("the remainder of the month", "DATE", "2019-02")]),
    # the rest of a day is the day the text has reached, not the day of writing
    ("The ferry ran aground on Monday and sat on the bar for the rest of the day.", THU,
     [("Monday", "DATE", "2019-02-18"), ("the rest of the day", "DATE", "2019-02-18")]),
    ("Growth slowed in the first half.", AUG, [("the first half", "DATE", "2019-H1")]),
    ("Profit rose 5% in the quarter.", THU, [("the quarter", "DATE", "2018-Q4")]),
    ("Third-quarter profit doubled.", MON, [("Third-quarter", "DATE", "2018-Q3")]),
    ("The company reported a loss for the second quarter.", AUG, [("the second quarter", "DATE", "2019-Q2")]),
    ("Sales in the current quarter will fall.", THU, [("the current quarter", "DATE", "2019-Q1")]),
    ("Revenue was flat in the first quarter.", JUN, [("the first quarter", "DATE", "2019-Q1")]),
    ("Sales will rise in the fourth quarter.", AUG, [("the fourth quarter", "DATE", "2019-Q4")]),
]

TRAPS: list[Row] = [
    ("The Salt March ended at the sea.", THU, []),
    ("Prices rose after the fall in demand.", THU, []),  # a drop, not autumn
    ("Shares recovered from the fall in the pound.", THU, []),
    ("Veterans of the Long March were honoured.", THU, []),
    ("The year-end bonus was cut.", THU, []),
    ("At the same time, the bank raised its fees.", THU, []),  # a history's phrase, not news'
    ("You may leave whenever you like.", THU, []),
    ("Protesters march through the capital.", THU, []),
    ("He may resign if the vote fails.", THU, []),
    ("May I ask a question?", THU, []),
    ("Theresa May told lawmakers the deal was fair.", THU, []),
    ("Prime Minister May and Mrs. May's aides flew to Brussels.", THU, []),
    ("In May, Prime Minister May called an election.", THU, [("May", "DATE", "2019-05")]),
    ("The May vote and the June count were delayed.", THU, [("May", "DATE", "2019-05"), ("June", "DATE", "2019-06")]),
    ("Robinson Crusoe's servant, Man Friday, was loyal.", THU, []),
    ("She worked as his Girl Friday at the firm.", THU, []),
    ("The 5G network launched in the capital.", THU, []),
    ("Operators are already testing 6G.", THU, []),
    ("The prime minister lives at 10 Downing Street.", THU, []),
    ("COVID-19 cases rose sharply.", THU, []),
    ("The home team won 2-1.", THU, []),
    ("The painting sold for $2019.", THU, []),
    ("The fund holds 2,019 shares.", THU, []),
    ("About 1,500 troops were deployed.", THU, []),
    ("Call 555-2019 for tickets.", THU, []),
    ("Install version 2.1.0 of the app.", THU, []),
    ("The Boeing 747 landed safely.", THU, []),
    ("The second half of the match was dull.", THU, []),
    ("Route 66 runs west from Chicago.", THU, []),
    ("The score stood at 21-18.", THU, []),
    ("He scored 2020 points in his career.", THU, []),
    ("Officials counted 1999 cases.", THU, []),
    ("A 6-year-old boy survived the crash.", THU, []),
    ("The Saturday Night Live cast performed.", THU, []),
    ("She read the Sunday Times.", THU, []),
    ("USA Today ran the interview.", THU, []),
    ("The banner quoted John 3:16 and Psalm 23:4.", THU, []),
    ("The Mail on Sunday printed the letters.", THU, []),
    ("He was a guest on the Today programme.", THU, []),
    ("A second group of directors resigned.", THU, []),
    ("Nearly a quarter of voters abstained.", THU, []),
    ("Nowhere was the damage worse than in the port.", THU, []),
    ("The 11th Circuit Court of Appeals heard the case.", THU, []),
    ("Flight 2019 departed from Gate 12.", THU, []),
    ("He took a second look at the plan.", THU, []),
    ("Sunday school classes were cancelled.", THU, []),
    ("The spring in the mattress broke.", THU, []),
    ("Revenue may fall behind forecasts.", THU, []),
    ("The 44-year-old suspect was charged.", THU, []),
    ("A 1,000-year-old church was restored.", THU, []),
    ("The temperature reached 30 degrees.", THU, []),
    ("The company offers 24/7 support.", THU, []),
    ("Quarterly dividends were cut.", THU, []),
    ("Party daily newspapers attacked the plan.", THU, [("daily", "SET", "P1D")]),
    ("The report was first published as a pamphlet.", THU, []),
    ("Their march on the capital was halted.", THU, []),
    ("Interest rates remain at 2.5 percent.", THU, []),
    ("He wore jersey number 23.", THU, []),
    ("Now, the vote.", THU, []),
]

# Direction words: until/by look forward, auxiliaries carry the tense of a participle, an
# infinitive after a directive verb looks forward, modals with "be" look forward.
DIRECTION: list[Row] = [
    # getting ready for a time looks ahead, whatever the reporting verb ("said:" before a quote);
    # a purpose of readiness too; a past form of it, or a past progressive, tells the past
    ('The ward sister said: "We are getting ready for flu in the autumn."', SPRING,
     [("the autumn", "DATE", "2023-FA")]),
    ("Staff were working with hauliers to have extra lorries in place for the summer.", SPRING,
     [("the summer", "DATE", "2023-SU")]),
    ("Fans braced for a long wait on Saturday.", SPRING, [("Saturday", "DATE", "2023-04-08")]),
    ("Police decided to keep the cordon in place for the weekend.", SPRING, [("the weekend", "DATE", "2023-W14-WE")]),
    ("Residents said they were preparing for the worst on Saturday before the river peaked.", SPRING,
     [("Saturday", "DATE", "2023-04-08")]),
    # a past form after a determiner is an adjective, not the verb ("will run a reduced service")
    ("The operator will run a reduced service on Friday.", SPRING, [("Friday", "DATE", "2023-04-14")]),
    ("The council will publish the revised figures on Monday.", SPRING, [("Monday", "DATE", "2023-04-17")]),
    ("Dozens of families were moved to shelters overnight.", STORM, [("overnight", "TIME", "2021-01-26TNI")]),
    ("Overnight, the water rose by a metre.", STORM, [("Overnight", "TIME", "2021-01-26TNI")]),
    ("A storm warning applies from noon today until Thursday morning.", STORM,
     [("noon today", "TIME", "2021-01-27T12:00"), ("Thursday morning", "TIME", "2021-01-28TMO")]),
    ("The agency has extended the alert until Friday.", STORM, [("Friday", "DATE", "2021-01-29")]),
    ("The Met Office has a warning in place until Saturday.", STORM, [("Saturday", "DATE", "2021-01-30")]),
    ("Bids must arrive by Monday.", STORM, [("Monday", "DATE", "2021-02-01")]),
    ("The ferry sailed before Monday's storm.", STORM, [("Monday", "DATE", "2021-01-25")]),
    ("The libraries will stay closed until at least Monday.", STORM,
     [("at least Monday", "DATE", "2021-02-01", "EQUAL_OR_MORE")]),
    ("The museum will remain shut on Tuesday.", STORM, [("Tuesday", "DATE", "2021-02-02")]),
    ("The union urged members to march through the city on Saturday.", RALLY, [("Saturday", "DATE", "2023-01-21")]),
    ("The mayor asked residents to stay indoors on Sunday.", RALLY, [("Sunday", "DATE", "2023-01-22")]),
    ("The index continued to fall on Monday.", RALLY, [("Monday", "DATE", "2023-01-16")]),
    ("The bridge should be finished by the end of August.", SPRING, [("the end of August", "DATE", "2023-08", "END")]),
    ("The talks must be concluded by the end of the year.", SPRING, [("the end of the year", "DATE", "2023", "END")]),
    ("The deal gives nurses a 5 percent raise this year and a further 3 percent in 2025.", SPRING,
     [("this year", "DATE", "2023"), ("2025", "DATE", "2025")]),
    ("The visitors equalised late in the second half.", SPRING, []),
    ("He scored a first-half goal.", SPRING, []),
    ("First-half sales fell 3 percent.", AUG, [("First-half", "DATE", "2019-H1")]),
    ("Exports will recover in the second half of the year.", SPRING,
     [("the second half of the year", "DATE", "2023-H2")]),
    ("Inflation eased in the first half of last year.", SPRING, [("the first half of last year", "DATE", "2022-H1")]),
    # "the last day of …" is the final day of something, not yesterday
    ("Crowds lined the avenue on the last day of the carnival.", SPRING, []),
    ("The last year of the siege was the hardest.", SPRING, []),
    ("Rents rose 4 percent over the past year.", SPRING, [("the past year", "DATE", "2022")]),
]

TABLE: list[Row] = [
    *DIRECTION, *ABSOLUTE, *DEICTIC, *CALENDAR_UNITS, *AGO_LATER, *NARRATIVE, *TENSE, *FUZZY, *MODIFIERS,
    *CLOCK, *DURATIONS, *SETS, *RANGES, *HOLIDAYS_WEEKS, *QUARTERS, *TRAPS, *ONE_EXPRESSION,
]


def test_table_is_large_and_covers_traps() -> None:
    assert len(TABLE) >= 220
    assert sum(1 for _, _, expected in TRAPS if not expected) >= 30


@pytest.mark.parametrize(("sentence", "anchor", "expected"), TABLE, ids=[row[0][:40] for row in TABLE])
def test_tagger_table(sentence: str, anchor: dt.date, expected: list[tuple[str, ...]]) -> None:
    found = tag_text(sentence, anchor)
    got = [(t.text, t.type, t.value) for t in found]
    assert got == [tuple(e[:3]) for e in expected]
    for timex, row in zip(found, expected, strict=True):
        if len(row) > 3:
            assert timex.mod == row[3], f"{timex.text!r}: mod {timex.mod} != {row[3]}"


@pytest.mark.parametrize(("sentence", "bounds"), [
    ("He died several days ago.", ("2019-02-11", "2019-02-19")),
    ("She left a few weeks ago.", ("2018-12-27", "2019-02-14")),
    ("Talks will end a few years from now.", ("2021-02-21", "2029-02-21")),
    ("The firm was sold in the past.", ("2018-02-21", "2019-02-20")),  # no count: within the year
])
def test_a_vague_count_of_units_spans_what_such_counts_reach(sentence: str, bounds: tuple[str, str]) -> None:
    [timex] = [t for t in tag_text(sentence, THU) if t.interval is not None]
    assert timex.value in {"PAST_REF", "FUTURE_REF"} and (timex.interval.start, timex.interval.end) == bounds
