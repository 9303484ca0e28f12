"""The held-out news articles of tests/test_tagger_news_heldout.py: twelve wire stories written for
this project (dateline and body), each with its creation date and its TIMEX3 (text, type, value)
in text order, annotated by hand as TimeBank/AQUAINT applies the TimeML guidelines."""

from __future__ import annotations

Gold = list[tuple[str, str, str]]
Article = tuple[str, str, str, Gold]

ARTICLES: list[Article] = [
    ("markets_freight", "2019-10-24",
     "SEATTLE (Wire) — Harbor Freight Systems said late Wednesday that its profit rose 18 percent in the latest "
     "quarter, helped by higher shipping rates and a weaker dollar, and it raised its forecast for the current "
     "fiscal year.\n\n"
     "Net income for the three months ended Sept. 30 was $84.2 million, or 91 cents a share, compared with $71.4 "
     "million, or 77 cents a share, in the year-earlier period. Revenue climbed 9 percent to $1.12 billion from "
     "$1.03 billion a year ago.\n\n"
     "The company now expects earnings of $3.60 to $3.75 a share for 2019, up from its previous range of $3.40 to "
     "$3.55. Analysts had expected $3.52.\n\n"
     "\"Volumes held up better than we feared in July and August, and September was the strongest month in our "
     "history,\" Chief Executive Dana Pruitt told analysts on a conference call. She said the company would keep "
     "buying back shares over the coming months and would consider raising its dividend in January.\n\n"
     "Shares of Harbor Freight rose $2.14, or 4.6 percent, to $48.70 in early trading Thursday on the New York "
     "Stock Exchange. The stock has gained 31 percent over the past 12 months but remains below its record of $55 "
     "set in 2007.\n\n"
     "Over the past two years the company has closed eleven terminals and cut about 800 jobs. Pruitt said she "
     "expected no further closings this year.\n",
     [("late Wednesday", "DATE", "2019-10-23"), ("the latest quarter", "DATE", "2019-Q3"),
      ("the current fiscal year", "DATE", "2019"), ("the three months", "DURATION", "P3M"),
      ("Sept. 30", "DATE", "2019-09-30"), ("the year-earlier period", "DATE", "2018-Q3"),
      ("a year ago", "DATE", "2018-Q3"), ("now", "DATE", "PRESENT_REF"), ("2019", "DATE", "2019"),
      ("July", "DATE", "2019-07"), ("August", "DATE", "2019-08"), ("September", "DATE", "2019-09"),
      ("the coming months", "DATE", "FUTURE_REF"), ("January", "DATE", "2020-01"),
      ("Thursday", "DATE", "2019-10-24"), ("the past 12 months", "DURATION", "P12M"), ("2007", "DATE", "2007"),
      ("the past two years", "DURATION", "P2Y"), ("this year", "DATE", "2019")]),
]
ARTICLES += [
    ("politics_midterms", "2022-11-03",
     "PHOENIX (Wire) — With five days left before Tuesday's midterm elections, both parties poured money into "
     "Arizona's Senate race on Wednesday, and early voting figures released overnight suggested turnout could "
     "rival the record set four years ago.\n\n"
     "More than 1.1 million ballots had been returned by Wednesday evening, state officials said, compared with "
     "about 950,000 at the same point in 2018. County officials said they did not expect full results until early "
     "next week, because ballots dropped off on Election Day must be signature-checked before they are counted.\n\n"
     "The Republican candidate, Tom Reyes, held three rallies on Wednesday and planned two more Friday in Tucson "
     "and Flagstaff. The incumbent Democrat, Maria Castellanos, was to campaign Thursday night with the former "
     "governor in Mesa and spend the weekend knocking on doors in the Phoenix suburbs.\n\n"
     "Polls close at 7 p.m. Tuesday, and a close race could leave the count unresolved for days. In 2020, the state "
     "took nine days to call its presidential race. A recount is automatic when the margin is within half a "
     "percentage point, and the state's canvass must be completed by Dec. 8.\n\n"
     "Castellanos, who won a special election in 2020 and is seeking her first full six-year term, has outraised "
     "Reyes by roughly 3 to 1 since July. Reyes said Wednesday that the money gap had narrowed in recent weeks and "
     "that his campaign had raised $4 million in October alone.\n\n"
     "The new Congress will be sworn in on Jan. 3.\n",
     [("five days", "DURATION", "P5D"), ("Tuesday", "DATE", "2022-11-08"), ("Wednesday", "DATE", "2022-11-02"),
      ("overnight", "TIME", "2022-11-02TNI"), ("four years ago", "DATE", "2018"),
      ("Wednesday evening", "TIME", "2022-11-02TEV"), ("2018", "DATE", "2018"),
      ("early next week", "DATE", "2022-W45"), ("Election Day", "DATE", "2022-11-08"),
      ("Wednesday", "DATE", "2022-11-02"), ("Friday", "DATE", "2022-11-04"),
      ("Thursday night", "TIME", "2022-11-03TNI"), ("the weekend", "DATE", "2022-W44-WE"),
      ("7 p.m. Tuesday", "TIME", "2022-11-08T19:00"), ("days", "DURATION", "PXD"), ("2020", "DATE", "2020"),
      ("nine days", "DURATION", "P9D"), ("Dec. 8", "DATE", "2022-12-08"), ("2020", "DATE", "2020"),
      ("six-year", "DURATION", "P6Y"), ("July", "DATE", "2022-07"), ("Wednesday", "DATE", "2022-11-02"),
      ("recent weeks", "DURATION", "PXW"), ("October", "DATE", "2022-10"), ("Jan. 3", "DATE", "2023-01-03")]),
    ("courts_pension_fraud", "2017-03-15",
     "LONDON (Wire) — A former finance director of a collapsed building firm was jailed for six years on Tuesday "
     "for a fraud that prosecutors said cost pension savers more than 40 million pounds over nearly a decade.\n\n"
     "Graham Whitcombe, 58, was convicted last month after a trial lasting 11 weeks at Southwark Crown Court. The "
     "jury heard that between 2006 and 2014 he moved money from the company's pension scheme into accounts he "
     "controlled, and hid the transfers in the firm's annual accounts.\n\n"
     "Passing sentence, Judge Helen Marsh said Whitcombe had shown \"not a moment of remorse\" since his arrest in "
     "the spring of 2015. She ordered him to pay back 2.3 million pounds within three months or serve a further 18 "
     "months.\n\n"
     "His lawyer said he would appeal. A hearing of the appeal is unlikely before the autumn, the court was told.\n\n"
     "Two other former directors will be sentenced on Friday. A third, who pleaded guilty in January, gave "
     "evidence for the prosecution and is due to be sentenced next month.\n\n"
     "The Pensions Regulator said on Wednesday that it had recovered about half of the missing money and expected "
     "to pay members in full by the end of the year. \"These savers have waited far too long,\" a spokeswoman "
     "said. Members have received reduced payments every month since the scheme failed in 2014.\n\n"
     "The case is the largest pension fraud to reach a British court since the 1990s.\n",
     [("six years", "DURATION", "P6Y"), ("Tuesday", "DATE", "2017-03-14"), ("nearly a decade", "DURATION", "P10Y"),
      ("last month", "DATE", "2017-02"), ("11 weeks", "DURATION", "P11W"), ("2006", "DATE", "2006"),
      ("2014", "DATE", "2014"), ("the spring of 2015", "DATE", "2015-SP"), ("three months", "DURATION", "P3M"),
      ("18 months", "DURATION", "P18M"), ("the autumn", "DATE", "2017-FA"), ("Friday", "DATE", "2017-03-17"),
      ("January", "DATE", "2017-01"), ("next month", "DATE", "2017-04"), ("Wednesday", "DATE", "2017-03-15"),
      ("the end of the year", "DATE", "2017"), ("every month", "SET", "P1M"), ("2014", "DATE", "2014"),
      ("the 1990s", "DATE", "199")]),
    ("sports_tennis", "2021-06-08",
     "PARIS (Wire) — Novak Kovac came from two sets down to beat Stefano Rinaldi in a fourth-round match that "
     "lasted four hours and 11 minutes on Monday night, finishing just before the 11 p.m. curfew at Roland "
     "Garros.\n\n"
     "The Serb, who won the title in 2016, will play the second seed in the quarterfinals on Wednesday afternoon. "
     "The two have met 14 times since 2013, and Kovac won their last meeting in Rome last month.\n\n"
     "\"I felt in the third set that something changed,\" Kovac said after the match, which had been delayed by "
     "rain for almost two hours in the early evening.\n\n"
     "Earlier Monday, the women's top seed was knocked out in straight sets, the first time since 2017 that a "
     "defending women's champion has lost before the quarterfinals. She said she would take a few weeks off before "
     "the grass-court season, which starts later this month.\n\n"
     "In the men's draw, three of the last eight were born in the 2000s, the most at a Grand Slam since the "
     "Australian Open in 2008.\n\n"
     "The final is at 3 p.m. Sunday, and organisers said on Tuesday that the floodlit sessions would continue "
     "through the end of the tournament despite complaints from players.\n",
     [("four hours and 11 minutes", "DURATION", "PT4H11M"), ("Monday night", "TIME", "2021-06-07TNI"),
      ("11 p.m.", "TIME", "2021-06-07T23:00"), ("2016", "DATE", "2016"),
      ("Wednesday afternoon", "TIME", "2021-06-09TAF"), ("2013", "DATE", "2013"), ("last month", "DATE", "2021-05"),
      ("almost two hours", "DURATION", "PT2H"), ("the early evening", "TIME", "2021-06-07TEV"),
      ("Monday", "DATE", "2021-06-07"), ("2017", "DATE", "2017"), ("a few weeks", "DURATION", "PXW"),
      ("later this month", "DATE", "2021-06"), ("the 2000s", "DATE", "200"), ("2008", "DATE", "2008"),
      ("3 p.m. Sunday", "TIME", "2021-06-13T15:00"), ("Tuesday", "DATE", "2021-06-08")]),
    ("disaster_typhoon", "2018-09-17",
     "MANILA (Wire) — Rescuers dug through mud with their hands on Monday looking for dozens of miners buried when "
     "a hillside collapsed during Typhoon Marlo, as the death toll from the storm rose to 64.\n\n"
     "The typhoon, the strongest to hit the northern Philippines this year, made landfall early Saturday with "
     "winds of 205 kilometres per hour and weakened as it crossed into the South China Sea late Sunday. It had "
     "been forecast for days, and more than 100,000 people were moved from coastal villages on Friday.\n\n"
     "The landslide struck the mining town of Itogon at 4 p.m. Saturday, burying a bunkhouse where as many as 40 "
     "people had taken shelter. Eleven bodies had been recovered by Monday morning, police said.\n\n"
     "\"We are racing against time. After 72 hours, the chance of finding anyone alive is very small,\" said a "
     "regional disaster official.\n\n"
     "Rain was expected to ease overnight, and the weather bureau said another storm could form east of the "
     "archipelago later this week. Roads to the north remained closed and power was out in much of the "
     "province.\n\n"
     "The region was last hit this hard in 2009, when two storms within a month killed more than 900 people. "
     "Since then the government has spent billions of pesos on early warning systems, and officials have said in "
     "recent years that deaths from typhoons were falling. Residents said the miners had been warned in August "
     "that the slope was unsafe.\n",
     [("Monday", "DATE", "2018-09-17"), ("this year", "DATE", "2018"), ("early Saturday", "DATE", "2018-09-15"),
      ("late Sunday", "DATE", "2018-09-16"), ("days", "DURATION", "PXD"), ("Friday", "DATE", "2018-09-14"),
      ("4 p.m. Saturday", "TIME", "2018-09-15T16:00"), ("Monday morning", "TIME", "2018-09-17TMO"),
      ("72 hours", "DURATION", "PT72H"), ("overnight", "TIME", "2018-09-17TNI"),
      ("later this week", "DATE", "2018-W38"), ("2009", "DATE", "2009"), ("a month", "DURATION", "P1M"),
      ("recent years", "DATE", "PAST_REF"), ("August", "DATE", "2018-08")]),
    ("diplomacy_talks", "2023-02-07",
     "GENEVA (Wire) — Negotiators from the two countries will resume talks on a prisoner exchange early next week, "
     "the Swiss foreign ministry said on Tuesday, after a first round ended late Monday without agreement.\n\n"
     "The talks, the first face-to-face meeting between the sides since the border war of 2020, began on Feb. 1 and "
     "were originally due to last three days. Diplomats said they had agreed on the release of about 200 detainees "
     "but were still divided over a group held since the 1990s.\n\n"
     "\"We have made more progress in the last week than in the previous two years,\" the Swiss mediator, Anna "
     "Keller, told reporters at the Palais des Nations. She said both delegations had been in touch with their "
     "capitals overnight and that she hoped for a signed text before the end of the month.\n\n"
     "The ceasefire, agreed in November 2020, has largely held, though monitors recorded 14 violations in January, "
     "more than in the whole of the autumn.\n\n"
     "A spokesman for one delegation said the next round would begin on Feb. 13 and could run through the weekend. "
     "Foreign ministers of both countries are expected to meet in the coming months, possibly in Vienna, to sign "
     "any deal, and parliaments would have 60 days to ratify it.\n\n"
     "Relations have been frozen for most of the past three decades, and direct flights between the two capitals "
     "were suspended in 1994.\n",
     [("early next week", "DATE", "2023-W07"), ("Tuesday", "DATE", "2023-02-07"), ("late Monday", "DATE", "2023-02-06"),
      ("2020", "DATE", "2020"), ("Feb. 1", "DATE", "2023-02-01"), ("three days", "DURATION", "P3D"),
      ("the 1990s", "DATE", "199"), ("the last week", "DATE", "2023-W05"),
      ("the previous two years", "DURATION", "P2Y"), ("overnight", "TIME", "2023-02-06TNI"),
      ("the end of the month", "DATE", "2023-02"), ("November 2020", "DATE", "2020-11"),
      ("January", "DATE", "2023-01"), ("the autumn", "DATE", "2022-FA"), ("Feb. 13", "DATE", "2023-02-13"),
      ("the weekend", "DATE", "2023-W07-WE"), ("the coming months", "DATE", "FUTURE_REF"),
      ("60 days", "DURATION", "P60D"), ("the past three decades", "DURATION", "P30Y"), ("1994", "DATE", "1994")]),
    ("science_probe", "2016-05-26",
     "CAPE CANAVERAL, Fla. (Wire) — A European probe bound for Mercury fired its main engine for 22 minutes early "
     "Thursday, the first of five burns that will bend its path around the Sun over the next 18 months, mission "
     "controllers said.\n\n"
     "The spacecraft, launched in October 2014, has travelled about 1.5 billion kilometres and is due to enter "
     "orbit around Mercury in late 2017. Once there it will map the planet's surface for a year, with an option to "
     "extend the mission until 2020.\n\n"
     "\"Everything went exactly as planned,\" flight director Paolo Ricci said in a statement released at 9:40 a.m. "
     "The next burn is scheduled for Aug. 3.\n\n"
     "Engineers spent the past six weeks checking the engine after a valve showed unusual readings in March. A "
     "similar fault ended a Japanese mission in the 1990s, and a NASA probe lost contact for several days in 2011 "
     "because of a software error.\n\n"
     "Scientists hope the mission will explain why Mercury, which takes 88 days to orbit the Sun, has a magnetic "
     "field at all. Radio signals take about 10 minutes to reach the craft, so commands are uploaded every morning "
     "and checked each afternoon.\n\n"
     "The mission cost about 1.3 billion euros. The agency said on Wednesday that its next planetary mission, to "
     "Jupiter's moons, would launch in the early 2020s.\n",
     [("22 minutes", "DURATION", "PT22M"), ("early Thursday", "DATE", "2016-05-26"),
      ("the next 18 months", "DURATION", "P18M"), ("October 2014", "DATE", "2014-10"), ("late 2017", "DATE", "2017"),
      ("a year", "DURATION", "P1Y"), ("2020", "DATE", "2020"), ("9:40 a.m.", "TIME", "2016-05-26T09:40"),
      ("Aug. 3", "DATE", "2016-08-03"), ("the past six weeks", "DURATION", "P6W"), ("March", "DATE", "2016-03"),
      ("the 1990s", "DATE", "199"), ("several days", "DURATION", "PXD"), ("2011", "DATE", "2011"),
      ("88 days", "DURATION", "P88D"), ("10 minutes", "DURATION", "PT10M"),
      ("every morning", "SET", "XXXX-XX-XXTMO"), ("each afternoon", "SET", "XXXX-XX-XXTAF"),
      ("Wednesday", "DATE", "2016-05-25"), ("the early 2020s", "DATE", "202")]),
]
ARTICLES += [
    ("deal_snacks", "2020-08-12",
     "NEW YORK (Wire) — Meridian Foods agreed on Wednesday to buy the snack maker Crisp & Co. for $2.4 billion in "
     "cash, its largest acquisition since the 1990s, as packaged-food companies seek growth after a surge in home "
     "eating during the pandemic.\n\n"
     "The deal, approved by both boards overnight, is expected to close in the second half of the year, subject to "
     "regulatory approval. Meridian said it would pay $36 a share, a premium of 29 percent to Crisp's closing price "
     "on Tuesday.\n\n"
     "Crisp's sales rose 14 percent to $612 million in the 12 months to June 30, and its operating profit has "
     "doubled in the past three years. In the latest quarter, sales jumped 22 percent from the year-earlier period "
     "as shoppers stocked up in April and May.\n\n"
     "Meridian expects the purchase to add to earnings in 2021 and to yield $90 million of annual cost savings by "
     "the end of 2022. It will fund the deal with cash and about $1.5 billion of new debt, which it plans to repay "
     "within three years.\n\n"
     "Shares of Crisp jumped 26 percent in early trading, while Meridian's fell 2 percent. Meridian's stock has "
     "lagged the market over the past 12 months.\n\n"
     "Meridian will report results for the three months to July 31 early next month. The company cut 1,200 jobs "
     "last year and said it would not close any plants in the current fiscal year.\n",
     [("Wednesday", "DATE", "2020-08-12"), ("the 1990s", "DATE", "199"), ("overnight", "TIME", "2020-08-11TNI"),
      ("the second half of the year", "DATE", "2020-H2"), ("Tuesday", "DATE", "2020-08-11"),
      ("the 12 months", "DURATION", "P12M"), ("June 30", "DATE", "2020-06-30"),
      ("the past three years", "DURATION", "P3Y"), ("the latest quarter", "DATE", "2020-Q2"),
      ("the year-earlier period", "DATE", "2019-Q2"), ("April", "DATE", "2020-04"), ("May", "DATE", "2020-05"),
      ("2021", "DATE", "2021"), ("the end of 2022", "DATE", "2022"), ("three years", "DURATION", "P3Y"),
      ("the past 12 months", "DURATION", "P12M"), ("the three months", "DURATION", "P3M"),
      ("July 31", "DATE", "2020-07-31"), ("early next month", "DATE", "2020-09"), ("last year", "DATE", "2019"),
      ("the current fiscal year", "DATE", "2020")]),
    ("politics_state_election", "2024-01-30",
     "BERLIN (Wire) — The governing coalition in the German state of Brandenburg agreed late Monday to hold an "
     "early election on Sept. 22, bringing the vote forward by a year after weeks of infighting over school "
     "funding.\n\n"
     "The state premier, who has led Brandenburg since 2013, said on Tuesday that he would seek a fourth term. "
     "Parties have until July 18 to submit their candidate lists, and campaigning officially begins six weeks "
     "before polling day.\n\n"
     "Polls published this month put the far-right party at 28 percent, up from 23.5 percent in the last state "
     "election in 2019 and its highest level in recent years. The Social Democrats, who have governed Brandenburg "
     "since 1990, stood at 21 percent.\n\n"
     "The decision followed a stormy cabinet meeting on Friday and a weekend of talks between party leaders. Under "
     "the state constitution, parliament must dissolve itself with a two-thirds majority at least 60 days before an "
     "early vote; lawmakers are expected to do so on Thursday.\n\n"
     "Two other eastern states, Saxony and Thuringia, vote on Sept. 1. Analysts said three eastern elections within "
     "a month would turn the autumn into a test for the national government ahead of the federal election due in "
     "2025.\n\n"
     "\"The voters should decide now, not next year,\" the premier told reporters. The coalition had been due to "
     "govern until the autumn of 2025.\n",
     [("late Monday", "DATE", "2024-01-29"), ("Sept. 22", "DATE", "2024-09-22"), ("a year", "DURATION", "P1Y"),
      ("weeks", "DURATION", "PXW"), ("2013", "DATE", "2013"), ("Tuesday", "DATE", "2024-01-30"),
      ("July 18", "DATE", "2024-07-18"), ("six weeks", "DURATION", "P6W"), ("this month", "DATE", "2024-01"),
      ("2019", "DATE", "2019"), ("recent years", "DATE", "PAST_REF"), ("1990", "DATE", "1990"),
      ("Friday", "DATE", "2024-01-26"), ("a weekend", "DATE", "2024-W04-WE"), ("at least 60 days", "DURATION", "P60D"),
      ("Thursday", "DATE", "2024-02-01"), ("Sept. 1", "DATE", "2024-09-01"), ("a month", "DURATION", "P1M"),
      ("the autumn", "DATE", "2024-FA"), ("2025", "DATE", "2025"), ("now", "DATE", "PRESENT_REF"),
      ("next year", "DATE", "2025"), ("the autumn of 2025", "DATE", "2025-FA")]),
    ("markets_asia", "2015-07-14",
     "TOKYO (Wire) — Asian shares rose on Tuesday after Greece and its creditors reached a bailout deal overnight, "
     "and oil fell to its lowest level since March as Iran and world powers neared a nuclear agreement in "
     "Vienna.\n\n"
     "Japan's Nikkei index gained 1.6 percent to close at 20,385, its highest close in two weeks, while Hong Kong's "
     "Hang Seng added 0.4 percent. Chinese stocks swung between gains and losses after a three-day rally that "
     "followed a rout of about 30 percent between mid-June and early July.\n\n"
     "\"The worst of the Greek risk is behind us for now, but the focus shifts to China and to the Fed,\" said a "
     "strategist in Singapore. The U.S. Federal Reserve's chair testifies to Congress on Wednesday and Thursday, "
     "and investors will look for clues on whether rates will rise in September, which would be the first increase "
     "since 2006.\n\n"
     "Brent crude fell 1.1 percent to $57.20 a barrel in Asian trade. Prices have fallen by half over the past 12 "
     "months as U.S. shale output surged.\n\n"
     "The dollar was little changed at 123.4 yen. Japan's economy shrank in the three months to March, and a report "
     "due on Aug. 17 is expected to show another contraction in the April-June quarter.\n\n"
     "In Europe, stock futures pointed to a higher open. Germany's DAX rose 1.5 percent on Monday, its biggest gain "
     "in a month. Greek banks have been closed since June 29 and are expected to stay shut at least until the end "
     "of the week.\n",
     [("Tuesday", "DATE", "2015-07-14"), ("overnight", "TIME", "2015-07-13TNI"), ("March", "DATE", "2015-03"),
      ("two weeks", "DURATION", "P2W"), ("three-day", "DURATION", "P3D"), ("mid-June", "DATE", "2015-06"),
      ("early July", "DATE", "2015-07"), ("now", "DATE", "PRESENT_REF"), ("Wednesday", "DATE", "2015-07-15"),
      ("Thursday", "DATE", "2015-07-16"), ("September", "DATE", "2015-09"), ("2006", "DATE", "2006"),
      ("the past 12 months", "DURATION", "P12M"), ("the three months", "DURATION", "P3M"),
      ("March", "DATE", "2015-03"), ("Aug. 17", "DATE", "2015-08-17"), ("the April-June quarter", "DATE", "2015-Q2"),
      ("Monday", "DATE", "2015-07-13"), ("a month", "DURATION", "P1M"), ("June 29", "DATE", "2015-06-29"),
      ("the end of the week", "DATE", "2015-W29")]),
    ("earnings_retailer", "2019-04-02",
     "MINNEAPOLIS (Wire) — Northway Stores Inc. reported a 12 percent drop in profit for its fourth quarter on "
     "Tuesday and said it would close 40 stores by the end of the year, sending its shares down 7 percent in morning "
     "trading.\n\n"
     "For the three months ended Feb. 2, the retailer earned $188 million, or $1.02 a share, down from $214 "
     "million, or $1.15 a share, a year ago. Sales at stores open at least a year fell 1.8 percent, the third "
     "straight quarterly decline. For fiscal 2018, profit fell to $610 million from $702 million in fiscal 2017.\n\n"
     "The company expects same-store sales to be flat in the first half and to grow slightly in the second half of "
     "fiscal 2019, which began on Feb. 3. It forecast earnings of $3.10 to $3.30 a share for the current fiscal "
     "year.\n\n"
     "Chief executive Laura Bianchi, who took over in June, said holiday sales had been \"disappointing\" and that "
     "heavy discounting in late December had hurt margins. Northway has cut more than 3,000 jobs over the past two "
     "years and closed its distribution centre in Ohio last month.\n\n"
     "The retailer, founded in 1962, grew rapidly in the 1980s and 1990s but has struggled in recent years against "
     "online rivals. Its shares have lost 38 percent over the past 12 months.\n\n"
     "Bianchi said the company would announce a new strategy at an investor meeting on April 24 and would give an "
     "update on the store closures in the coming weeks.\n",
     [("fourth quarter", "DATE", "2018-Q4"), ("Tuesday", "DATE", "2019-04-02"),
      ("the end of the year", "DATE", "2019"), ("the three months", "DURATION", "P3M"),
      ("Feb. 2", "DATE", "2019-02-02"), ("a year ago", "DATE", "2017-Q4"), ("at least a year", "DURATION", "P1Y"),
      ("fiscal 2018", "DATE", "2018"), ("fiscal 2017", "DATE", "2017"), ("the first half", "DATE", "2019-H1"),
      ("the second half of fiscal 2019", "DATE", "2019-H2"), ("Feb. 3", "DATE", "2019-02-03"),
      ("the current fiscal year", "DATE", "2019"), ("June", "DATE", "2018-06"), ("late December", "DATE", "2018-12"),
      ("the past two years", "DURATION", "P2Y"), ("last month", "DATE", "2019-03"), ("1962", "DATE", "1962"),
      ("the 1980s", "DATE", "198"), ("1990s", "DATE", "199"), ("recent years", "DATE", "PAST_REF"),
      ("the past 12 months", "DURATION", "P12M"), ("April 24", "DATE", "2019-04-24"),
      ("the coming weeks", "DATE", "FUTURE_REF")]),
    ("labour_rail_strikes", "2022-12-05",
     "LONDON (Wire) — Rail workers will stage four 48-hour strikes in December and early January, their union said "
     "on Monday, threatening travel over Christmas after talks with train operators broke down late last week.\n\n"
     "The walkouts will start on Dec. 13, Dec. 16, Jan. 3 and Jan. 6, and an overtime ban will run from Dec. 18 "
     "until Jan. 2, the union said.\n\n"
     "\"Our members have not had a proper pay rise for three years while inflation is running at a 40-year high,\" "
     "the union's general secretary said. Network Rail said it had made its \"best and final\" offer on Thursday: a "
     "5 percent rise this year and 4 percent next year.\n\n"
     "The dispute began in June, when the union held the first national rail strike since 1989. There have been 11 "
     "days of strikes since then.\n\n"
     "Passengers were advised to travel only if necessary on strike days. The government said it would publish a "
     "bill early next year to guarantee minimum services during strikes.\n\n"
     "Nurses in England are due to strike on Dec. 15 and Dec. 20, and ambulance workers on Dec. 21, making this the "
     "most disrupted December since the winter of 1978-79.\n",
     [("48-hour", "DURATION", "PT48H"), ("December", "DATE", "2022-12"), ("early January", "DATE", "2023-01"),
      ("Monday", "DATE", "2022-12-05"), ("Christmas", "DATE", "2022-12-25"), ("late last week", "DATE", "2022-W48"),
      ("Dec. 13", "DATE", "2022-12-13"), ("Dec. 16", "DATE", "2022-12-16"), ("Jan. 3", "DATE", "2023-01-03"),
      ("Jan. 6", "DATE", "2023-01-06"), ("Dec. 18", "DATE", "2022-12-18"), ("Jan. 2", "DATE", "2023-01-02"),
      ("three years", "DURATION", "P3Y"), ("40-year", "DURATION", "P40Y"), ("Thursday", "DATE", "2022-12-01"),
      ("this year", "DATE", "2022"), ("next year", "DATE", "2023"), ("June", "DATE", "2022-06"),
      ("1989", "DATE", "1989"), ("11 days", "DURATION", "P11D"), ("early next year", "DATE", "2023"),
      ("Dec. 15", "DATE", "2022-12-15"), ("Dec. 20", "DATE", "2022-12-20"), ("Dec. 21", "DATE", "2022-12-21"),
      ("December", "DATE", "2022-12"), ("the winter of 1978-79", "DATE", "1978-WI")]),
]
