"""The third batch of held-out news articles (tests/test_tagger_news_heldout_third.py): twelve stories
written for this project in styles the first two batches lack — a markets wrap, a federal trial, a
British budget story, an Indian wire with day-first dates, a sports season, a climate report, a
mining company's non-calendar financial year, a retrospective "a year on", an obituary, an
election countdown, a health story and a tech company's results — each with its creation date and
its TIMEX3 (text, type, value) in text order, annotated by hand as TimeBank/AQUAINT applies the
TimeML guidelines before the tagger was run on them. All names are invented."""

from __future__ import annotations

Gold = list[tuple[str, str, str]]
Article = tuple[str, str, str, Gold]

ARTICLES: list[Article] = [
    ("markets_week_wrap", "2025-03-14",
     "NEW YORK (Wire) — Wall Street ended sharply higher on Friday as a rally in technology shares helped the "
     "S&P 500 claw back some of its steep losses from earlier in the week, though all three major indexes still "
     "posted declines on the week.\n\n"
     "The S&P 500 rose 2.1% to end the session at 5,638.94, while the Nasdaq Composite added 2.6%. For the week, "
     "the S&P 500 fell 2.3% and the Nasdaq lost 2.4%, their fourth straight weekly decline. The S&P 500 is now "
     "down 4.1% year-to-date after hitting a record high on Feb. 19.\n\n"
     "\"The past few weeks have been rough, and one good session doesn't change the picture,\" said an investment "
     "strategist in Boston. Investors will focus next week on the Federal Reserve's two-day policy meeting, which "
     "ends on Wednesday. Traders see no change in rates until June, according to futures markets.\n\n"
     "Data on Thursday showed producer prices were unchanged in February after rising 0.6% in January. A survey "
     "released on Friday morning showed consumer sentiment fell in March to its lowest since November 2022.\n\n"
     "Gold topped $3,000 an ounce for the first time before easing. The dollar was on track for its biggest "
     "two-week drop since late 2022. Brent crude settled at $70.58 a barrel, up 1% on the day, and gained 0.3% for "
     "the week.\n\n"
     "Volume on U.S. exchanges was 15.1 billion shares, compared with the 16.9 billion average over the last 20 "
     "trading days.\n",
     [("Friday", "DATE", "2025-03-14"), ("earlier in the week", "DATE", "2025-W11"),
      ("the week", "DATE", "2025-W11"), ("the week", "DATE", "2025-W11"), ("now", "DATE", "PRESENT_REF"),
      ("year-to-date", "DATE", "2025"), ("Feb. 19", "DATE", "2025-02-19"),
      ("The past few weeks", "DURATION", "PXW"), ("next week", "DATE", "2025-W12"),
      ("two-day", "DURATION", "P2D"), ("Wednesday", "DATE", "2025-03-19"), ("June", "DATE", "2025-06"),
      ("Thursday", "DATE", "2025-03-13"), ("February", "DATE", "2025-02"), ("January", "DATE", "2025-01"),
      ("Friday morning", "TIME", "2025-03-14TMO"), ("March", "DATE", "2025-03"),
      ("November 2022", "DATE", "2022-11"), ("two-week", "DURATION", "P2W"), ("late 2022", "DATE", "2022"),
      ("the day", "DATE", "2025-03-14"), ("the week", "DATE", "2025-W11"),
      ("the last 20 trading days", "DURATION", "P20D")]),
    ("courts_bribery_trial", "2024-10-09",
     "CHICAGO (Wire) — A federal jury on Tuesday convicted a former city contractor of bribing two aldermen, "
     "ending a five-week trial that began on Sept. 3 and was interrupted for eight days in mid-September when a "
     "juror fell ill.\n\n"
     "Raymond Kessler, 61, faces up to 20 years in prison on each of the three bribery counts. U.S. District Judge "
     "Alicia Moreno set sentencing for Jan. 22 and allowed him to remain free on bond.\n\n"
     "Prosecutors said Kessler paid the aldermen more than $300,000 between March 2016 and the autumn of 2019 in "
     "exchange for sewer contracts worth $14 million. The scheme came to light in February 2020, when one of the "
     "aldermen began recording conversations for the FBI.\n\n"
     "The jury deliberated for about 11 hours over two days before returning its verdict shortly after 3 p.m. on "
     "Tuesday. Kessler's lawyer, who said on Monday that the government's case rested on \"a witness who has lied "
     "for a decade,\" said he would file a motion for a new trial within 14 days.\n\n"
     "Both aldermen pleaded guilty in 2022. One was sentenced in May to 30 months; the other is due to be "
     "sentenced on Nov. 14, a week after the election.\n\n"
     "The case is the latest in a string of corruption trials at the Dirksen courthouse since 2019, and a third "
     "alderman goes on trial early next year.\n",
     [("Tuesday", "DATE", "2024-10-08"), ("five-week", "DURATION", "P5W"), ("Sept. 3", "DATE", "2024-09-03"),
      ("eight days", "DURATION", "P8D"), ("mid-September", "DATE", "2024-09"),
      ("up to 20 years", "DURATION", "P20Y"), ("Jan. 22", "DATE", "2025-01-22"), ("March 2016", "DATE", "2016-03"),
      ("the autumn of 2019", "DATE", "2019-FA"), ("February 2020", "DATE", "2020-02"),
      ("11 hours", "DURATION", "PT11H"), ("two days", "DURATION", "P2D"),
      ("3 p.m.", "TIME", "2024-10-08T15:00"), ("Tuesday", "DATE", "2024-10-08"), ("Monday", "DATE", "2024-10-07"),
      ("a decade", "DURATION", "P10Y"), ("14 days", "DURATION", "P14D"), ("2022", "DATE", "2022"),
      ("May", "DATE", "2024-05"), ("30 months", "DURATION", "P30M"), ("Nov. 14", "DATE", "2024-11-14"),
      ("a week", "DURATION", "P1W"), ("2019", "DATE", "2019"), ("early next year", "DATE", "2025")]),
    ("uk_autumn_statement", "2026-11-12",
     "LONDON (Wire) — The Chancellor will set out plans to raise £20 billion in his Autumn Statement next "
     "Wednesday, Treasury sources said on Thursday, as ministers braced for a difficult winter.\n\n"
     "The statement, delayed from late October by the change of prime minister, will be followed by a spending "
     "review next spring. Officials said income tax thresholds would stay frozen until April 2028, two years "
     "longer than planned, and that the energy price cap would be reviewed every three months rather than twice "
     "a year.\n\n"
     "The Office for Budget Responsibility is expected to cut its growth forecast for this year to 0.6 per cent "
     "and for next year to 1.1 per cent. Inflation hit 4.1 per cent in the year to October, the highest for "
     "eighteen months.\n\n"
     "Labour said the government had \"wasted the summer\" and demanded that MPs be recalled before Christmas. A "
     "vote on the measures is expected in the week of 5 December, before the Commons rises on 19 December.\n\n"
     "The last Autumn Statement, in 2022, raised taxes by £25 billion over five years. The Chancellor has twice "
     "promised tax cuts before the next general election, due by January 2029.\n\n"
     "A poll for the Sunday papers at the weekend put the Conservatives 14 points behind, their worst position "
     "since the 1990s.\n",
     [("next Wednesday", "DATE", "2026-11-18"), ("Thursday", "DATE", "2026-11-12"), ("winter", "DATE", "2026-WI"),
      ("late October", "DATE", "2026-10"), ("next spring", "DATE", "2027-SP"), ("April 2028", "DATE", "2028-04"),
      ("two years", "DURATION", "P2Y"), ("every three months", "SET", "P3M"), ("twice a year", "SET", "P1Y"),
      ("this year", "DATE", "2026"), ("next year", "DATE", "2027"), ("the year", "DURATION", "P1Y"),
      ("October", "DATE", "2026-10"), ("eighteen months", "DURATION", "P18M"), ("the summer", "DATE", "2026-SU"),
      ("Christmas", "DATE", "2026-12-25"), ("the week of 5 December", "DATE", "2026-W49"),
      ("19 December", "DATE", "2026-12-19"), ("2022", "DATE", "2022"), ("five years", "DURATION", "P5Y"),
      ("January 2029", "DATE", "2029-01"), ("the weekend", "DATE", "2026-W45-WE"), ("the 1990s", "DATE", "199")]),
    ("india_rate_decision", "2025-08-06",
     "MUMBAI, Aug 6 (Wire) — The Reserve Bank of India kept its key repo rate unchanged at 5.50 per cent on "
     "Wednesday, as expected, after cutting it by 100 basis points since February, and said it would watch the "
     "impact of US tariffs that take effect on 27 August.\n\n"
     "The six-member monetary policy committee, which met from 4 August to 6 August, retained its growth forecast "
     "of 6.5 per cent for 2025-26 and lowered its inflation projection for the current fiscal to 3.1 per cent "
     "from 3.7 per cent.\n\n"
     "Retail inflation eased to 2.1 per cent in June, its lowest in more than six years, data released on 14 July "
     "showed. The central bank expects it to rise above 4 per cent in the January-March quarter.\n\n"
     "Governor Sanjay Mehra said the economy had grown 7.4 per cent in the three months to March, and that the "
     "committee would assess the data again at its next meeting, on 1 October. The rupee, which fell to a record "
     "low of 87.95 per dollar on 10 February, closed at 87.73.\n\n"
     "Banks have lowered lending rates by an average of 60 basis points over the last fortnight, according to a "
     "Wire survey. Analysts at a Mumbai brokerage said one more cut was likely by December, before the Union "
     "Budget on 1 February next year.\n",
     [("Aug 6", "DATE", "2025-08-06"), ("Wednesday", "DATE", "2025-08-06"), ("February", "DATE", "2025-02"),
      ("27 August", "DATE", "2025-08-27"), ("4 August", "DATE", "2025-08-04"), ("6 August", "DATE", "2025-08-06"),
      ("2025", "DATE", "2025"), ("26", "DATE", "2026"), ("the current fiscal", "DATE", "2025"),
      ("June", "DATE", "2025-06"), ("more than six years", "DURATION", "P6Y"), ("14 July", "DATE", "2025-07-14"),
      ("the January-March quarter", "DATE", "2026-Q1"), ("the three months", "DURATION", "P3M"),
      ("March", "DATE", "2025-03"), ("1 October", "DATE", "2025-10-01"), ("10 February", "DATE", "2025-02-10"),
      ("the last fortnight", "DURATION", "P2W"), ("December", "DATE", "2025-12"),
      ("1 February next year", "DATE", "2026-02-01")]),
]
ARTICLES += [
    ("sport_season_injury", "2024-05-20",
     "MELBOURNE (Wire) — Carlton's hopes of a first premiership since 1995 suffered a blow on Sunday when captain "
     "Jake Morrow was ruled out with a knee injury, two days after the club's best win of the year.\n\n"
     "Morrow, 29, was hurt in the third quarter of Friday night's 40-point victory over Geelong and had scans on "
     "Saturday morning. He is expected to miss about eight months and will have surgery later this week. He had "
     "kicked 11 goals this season.\n\n"
     "The Blues, who finished fifth last season, sit third after 10 rounds with seven wins. They play Sydney at "
     "the SCG on Saturday night and have a bye in round 14, in the middle of June.\n\n"
     "Coach Tom Lacey said the club would not rush back its other injured players. \"We've got 14 games left and "
     "the finals don't start until September,\" he said.\n\n"
     "Morrow has played 187 games since his debut in 2014 and won the club's best-and-fairest award in 2019 and "
     "2022. He missed most of the 2021 season with a hamstring problem.\n\n"
     "The trade period opens on Oct. 7, and Morrow, who is contracted until the end of 2026, said last month he "
     "wanted to finish his career at the club.\n",
     [("1995", "DATE", "1995"), ("Sunday", "DATE", "2024-05-19"), ("two days", "DURATION", "P2D"),
      ("the year", "DATE", "2024"), ("Friday night", "TIME", "2024-05-17TNI"),
      ("Saturday morning", "TIME", "2024-05-18TMO"), ("eight months", "DURATION", "P8M"),
      ("later this week", "DATE", "2024-W21"), ("this season", "DATE", "2024"), ("last season", "DATE", "2023"),
      ("Saturday night", "TIME", "2024-05-25TNI"), ("the middle of June", "DATE", "2024-06"),
      ("September", "DATE", "2024-09"), ("2014", "DATE", "2014"), ("2019", "DATE", "2019"),
      ("2022", "DATE", "2022"), ("2021", "DATE", "2021"), ("Oct. 7", "DATE", "2024-10-07"),
      ("the end of 2026", "DATE", "2026"), ("last month", "DATE", "2024-04")]),
    ("climate_annual_report", "2026-01-14",
     "GENEVA (Wire) — Last year was the second-hottest on record, the World Meteorological Organization said on "
     "Wednesday, and the past 12 months have been the warmest such period since measurements began in the "
     "1850s.\n\n"
     "The global average temperature in 2025 was 1.47C above the pre-industrial level, just below the record set "
     "in 2024, the agency said. Each of the last 11 years has been among the warmest on record.\n\n"
     "\"This decade is on course to be the hottest ever recorded,\" said the agency's chief scientist. The record "
     "has been broken four times since 2015, and the first half of 2025 was warmer than that of 2024.\n\n"
     "A weak La Nina in the autumn failed to cool temperatures as much as expected. Forecasters give a 60 per "
     "cent chance of a new El Nino developing by mid-year, which could push 2026 or 2027 above the record.\n\n"
     "Sea ice around Antarctica reached its lowest extent on record in February, and glaciers in the Alps lost 3 "
     "per cent of their volume in the summer alone. Europe had its hottest June since records began, and parts of "
     "Spain had no rain for 80 days.\n\n"
     "Governments are due to submit new emissions targets before the next climate summit in November. Emissions "
     "need to fall by 43 per cent by 2030 from 2019 levels to keep warming to 1.5C, scientists say.\n",
     [("Last year", "DATE", "2025"), ("Wednesday", "DATE", "2026-01-14"),
      ("the past 12 months", "DURATION", "P12M"), ("the 1850s", "DATE", "185"), ("2025", "DATE", "2025"),
      ("2024", "DATE", "2024"), ("the last 11 years", "DURATION", "P11Y"), ("This decade", "DATE", "202"),
      ("2015", "DATE", "2015"), ("the first half of 2025", "DATE", "2025-H1"), ("2024", "DATE", "2024"),
      ("the autumn", "DATE", "2025-FA"), ("mid-year", "DATE", "2026"), ("2026", "DATE", "2026"),
      ("2027", "DATE", "2027"), ("February", "DATE", "2025-02"), ("the summer", "DATE", "2025-SU"),
      ("June", "DATE", "2025-06"), ("80 days", "DURATION", "P80D"), ("November", "DATE", "2026-11"),
      ("2030", "DATE", "2030"), ("2019", "DATE", "2019")]),
    ("mining_financial_year", "2025-08-20",
     "SYDNEY (Wire) — Coastline Resources reported a 23 per cent fall in full-year profit on Wednesday and cut its "
     "final dividend, blaming weaker iron ore prices and a strike at its Pilbara mine in the June quarter.\n\n"
     "Net profit for the 12 months to June 30 was A$1.84 billion, down from A$2.39 billion in the previous "
     "financial year. Revenue fell 9 per cent to A$11.2 billion. The company said second-half earnings were hurt "
     "by a 17-day stoppage in May.\n\n"
     "For the 2026 financial year, Coastline expects to ship between 118 million and 124 million tonnes, compared "
     "with 121 million tonnes in fiscal 2025. It plans to spend A$900 million on a new port at Dampier, due to "
     "open in the second half of calendar 2027.\n\n"
     "Chief executive Ruth Okafor said prices had recovered since the end of June and that the company had "
     "shipped a record 33 million tonnes in the first seven weeks since July 1. \"Shipments in the December half "
     "will be stronger than a year ago,\" she said.\n\n"
     "Coastline shares fell 4.2 per cent to A$38.15 by midday, their lowest in three months. They have lost 18 "
     "per cent since the start of the year.\n\n"
     "The final dividend of 95 cents a share will be paid on Sept. 25. The company will hold its annual meeting in "
     "November and report a production update for the September quarter in late October.\n",
     [("full-year", "DATE", "2025"), ("Wednesday", "DATE", "2025-08-20"), ("the June quarter", "DATE", "2025-Q2"),
      ("the 12 months", "DURATION", "P12M"), ("June 30", "DATE", "2025-06-30"),
      ("the previous financial year", "DATE", "2024"), ("second-half", "DATE", "2025-H1"),
      ("17-day", "DURATION", "P17D"), ("May", "DATE", "2025-05"), ("the 2026 financial year", "DATE", "2026"),
      ("fiscal 2025", "DATE", "2025"), ("the second half of calendar 2027", "DATE", "2027-H2"),
      ("the end of June", "DATE", "2025-06"), ("the first seven weeks", "DURATION", "P7W"),
      ("July 1", "DATE", "2025-07-01"), ("the December half", "DATE", "2025-H2"), ("a year ago", "DATE", "2024-H2"),
      ("midday", "TIME", "2025-08-20T12:00"), ("three months", "DURATION", "P3M"),
      ("the start of the year", "DATE", "2025"), ("Sept. 25", "DATE", "2025-09-25"),
      ("November", "DATE", "2025-11"), ("the September quarter", "DATE", "2025-Q3"),
      ("late October", "DATE", "2025-10")]),
    ("floods_a_year_on", "2025-07-15",
     "VALENCIA, Spain (Wire) — A year on from the floods that killed 41 people in the Turia valley, hundreds of "
     "families are still living in temporary housing and the regional government has spent less than a third of "
     "the 900 million euros it promised last summer.\n\n"
     "The storm struck on the night of July 14, 2024, when more than 300 litres of rain per square metre fell in "
     "eight hours. By the next morning the river had burst its banks in 12 places.\n\n"
     "Over the following weeks, volunteers from across Spain cleared mud from streets and homes. The regional "
     "premier promised in August that every family would be back in a permanent home \"within a year\".\n\n"
     "Today about 1,400 people remain in prefabricated units on the edge of Alzira. A new flood barrier, "
     "originally due to be finished last spring, is now expected to be completed in 2027.\n\n"
     "\"At first it was chaos, but now it is the waiting that hurts,\" said Carmen Ruiz, 67, whose house was "
     "destroyed. She moved into a rented flat in March after eight months in a hotel.\n\n"
     "A judge investigating whether the warnings were sent too late has questioned 23 officials since last "
     "October and is expected to decide before the end of the year whether anyone will stand trial. On Monday, "
     "families gathered at the riverbank for a vigil at 9 p.m., the hour the first alert went out a year ago.\n",
     [("A year", "DURATION", "P1Y"), ("last summer", "DATE", "2024-SU"),
      ("July 14, 2024", "DATE", "2024-07-14"), ("eight hours", "DURATION", "PT8H"),
      ("the next morning", "TIME", "2024-07-15TMO"), ("the following weeks", "DURATION", "PXW"),
      ("August", "DATE", "2024-08"), ("a year", "DURATION", "P1Y"), ("Today", "DATE", "2025-07-15"),
      ("last spring", "DATE", "2025-SP"), ("now", "DATE", "PRESENT_REF"), ("2027", "DATE", "2027"),
      ("now", "DATE", "PRESENT_REF"), ("March", "DATE", "2025-03"), ("eight months", "DURATION", "P8M"),
      ("last October", "DATE", "2024-10"), ("the end of the year", "DATE", "2025"),
      ("Monday", "DATE", "2025-07-14"), ("9 p.m.", "TIME", "2025-07-14T21:00"), ("a year ago", "DATE", "2024")]),
]
ARTICLES += [
    ("obituary_novelist", "2023-03-06",
     "EDINBURGH (Wire) — Margaret Ellery, the Scottish novelist whose books about life in the fishing towns of the "
     "Moray Firth sold more than four million copies, died on Saturday at her home in Edinburgh. She was 91.\n\n"
     "Her death was announced on Sunday by her publisher, which said she had been ill for several months.\n\n"
     "Born in Buckie in 1931, Ellery left school at 15 and worked for a decade in a herring-curing yard before "
     "moving to Glasgow in the early 1950s. Her first novel, \"Salt Wives\", was published in 1958 after being "
     "turned down by 11 publishers over three years.\n\n"
     "She wrote 23 novels over five decades, the last of them in 2016, when she was in her mid-80s. Her best-known "
     "book, \"The Winter Boats\", was adapted for television in the 1970s and again in 2009.\n\n"
     "Ellery married the painter Alasdair Ross in 1962; he died in 1998 after 36 years of marriage. She never "
     "remarried and spent every summer at a cottage near Cullen until two years ago.\n\n"
     "In a rare interview in January 2022, she said she wrote every morning before breakfast and never on "
     "Sundays. \"I have been lucky for most of the 20th century and a bit of this one,\" she said.\n\n"
     "A funeral will be held in Buckie next week, and a memorial service is planned in Edinburgh in the "
     "spring.\n",
     [("Saturday", "DATE", "2023-03-04"), ("Sunday", "DATE", "2023-03-05"), ("several months", "DURATION", "PXM"),
      ("1931", "DATE", "1931"), ("a decade", "DURATION", "P10Y"), ("the early 1950s", "DATE", "195"),
      ("1958", "DATE", "1958"), ("three years", "DURATION", "P3Y"), ("five decades", "DURATION", "P50Y"),
      ("2016", "DATE", "2016"), ("the 1970s", "DATE", "197"), ("2009", "DATE", "2009"), ("1962", "DATE", "1962"),
      ("1998", "DATE", "1998"), ("36 years", "DURATION", "P36Y"), ("every summer", "SET", "XXXX-SU"),
      ("two years ago", "DATE", "2021"), ("January 2022", "DATE", "2022-01"),
      ("every morning", "SET", "XXXX-XX-XXTMO"), ("Sundays", "SET", "XXXX-WXX-7"),
      ("the 20th century", "DATE", "19"), ("next week", "DATE", "2023-W11"), ("the spring", "DATE", "2023-SP")]),
    ("election_countdown", "2031-04-20",
     "OTTAWA (Wire) — With eight days to go before polling day, the Liberals and Conservatives were level in a new "
     "poll published on Sunday, setting up the closest federal election since 1979.\n\n"
     "The poll put both parties at 36 per cent, with the New Democrats on 15 per cent. A similar survey a "
     "fortnight ago gave the Conservatives a six-point lead.\n\n"
     "Advance polls opened on Friday and will remain open until Monday evening. Elections Canada said 2.1 million "
     "people had voted over the first two days, up 20 per cent from the 2025 election.\n\n"
     "Polling day is Monday, April 28, and polls close at 9:30 p.m. Results from Atlantic Canada will start "
     "arriving within 30 minutes, but officials warned that a final count in close ridings could take until the "
     "weekend.\n\n"
     "The leaders' final televised debate is on Wednesday night. The prime minister, who called the snap election "
     "four weeks ago, spent the weekend in Quebec and will campaign in Ontario every day until the vote.\n\n"
     "Parliament was dissolved on March 23, seven months before the end of its fixed term in October. The last "
     "time a Canadian government won a majority after trailing at the start of a campaign was in 1988.\n",
     [("eight days", "DURATION", "P8D"), ("polling day", "DATE", "2031-04-28"), ("Sunday", "DATE", "2031-04-20"),
      ("1979", "DATE", "1979"), ("a fortnight ago", "DATE", "2031-W14"), ("Friday", "DATE", "2031-04-18"),
      ("Monday evening", "TIME", "2031-04-21TEV"), ("the first two days", "DURATION", "P2D"),
      ("2025", "DATE", "2025"), ("Polling day", "DATE", "2031-04-28"), ("Monday, April 28", "DATE", "2031-04-28"),
      ("9:30 p.m.", "TIME", "2031-04-28T21:30"), ("30 minutes", "DURATION", "PT30M"),
      ("the weekend", "DATE", "2031-W18-WE"), ("Wednesday night", "TIME", "2031-04-23TNI"),
      ("four weeks ago", "DATE", "2031-W12"), ("the weekend", "DATE", "2031-W16-WE"), ("every day", "SET", "P1D"),
      ("March 23", "DATE", "2031-03-23"), ("seven months", "DURATION", "P7M"), ("October", "DATE", "2031-10"),
      ("1988", "DATE", "1988")]),
    ("health_measles", "2027-09-09",
     "ATLANTA (Wire) — Measles cases in the United States reached 1,214 in the first half of the year, more than "
     "in all of 2019, the Centers for Disease Control and Prevention said on Thursday, and health officials warned "
     "that the total could pass a 30-year high by December.\n\n"
     "Most cases were in unvaccinated children. Nine people have died since January, including three in the past "
     "month.\n\n"
     "Cases rose sharply in the spring, peaking in the week ending April 17 with 148 new infections, before "
     "falling through May and June. They rose again in August as families returned from summer travel.\n\n"
     "\"The next eight weeks are critical,\" CDC director Dr. Helen Park told reporters. Schools in most states "
     "reopened last week, and flu season usually begins in October.\n\n"
     "Vaccination rates among kindergarteners fell to 91.3 per cent in 2026, from 95 per cent a decade ago. The "
     "agency recommends two doses of the vaccine for every child.\n\n"
     "The CDC updates its case counts every Wednesday. In the first half of 2026, it recorded 285 cases.\n",
     [("the first half of the year", "DATE", "2027-H1"), ("2019", "DATE", "2019"), ("Thursday", "DATE", "2027-09-09"),
      ("30-year", "DURATION", "P30Y"), ("December", "DATE", "2027-12"), ("January", "DATE", "2027-01"),
      ("the past month", "DATE", "2027-08"), ("the spring", "DATE", "2027-SP"),
      ("the week ending April 17", "DATE", "2027-W15"), ("May", "DATE", "2027-05"), ("June", "DATE", "2027-06"),
      ("August", "DATE", "2027-08"), ("summer", "DATE", "2027-SU"), ("The next eight weeks", "DURATION", "P8W"),
      ("last week", "DATE", "2027-W35"), ("October", "DATE", "2027-10"), ("2026", "DATE", "2026"),
      ("a decade ago", "DATE", "2017"), ("every Wednesday", "SET", "XXXX-WXX-3"),
      ("the first half of 2026", "DATE", "2026-H1")]),
    ("tech_holiday_quarter", "2028-01-27",
     "SAN FRANCISCO (Wire) — Lumen Devices said on Wednesday that revenue for the holiday quarter rose 14 percent "
     "to a record $18.6 billion, and it forecast sales growth of 8 percent to 10 percent for the March quarter, "
     "above Wall Street's estimates.\n\n"
     "Net income for the fourth quarter rose to $3.1 billion from $2.4 billion a year earlier. Sales of its Orbit "
     "headset, launched in September, exceeded 2 million units in the first 90 days.\n\n"
     "The company plans to release a cheaper version of the headset later this year and a new line of laptops in "
     "the first quarter of next year. Chief executive Priya Raman said the company would also spend $4 billion on "
     "data centres in 2028, double what it spent in the previous two years combined.\n\n"
     "\"Demand was stronger than we planned for,\" Raman told analysts on a call late Wednesday. She said supply "
     "constraints that held back shipments in October and November had eased by mid-December.\n\n"
     "Shares rose 6 percent in after-hours trading, adding to a 35 percent gain over the past year. Lumen will "
     "hold its developer conference from June 5 to June 8 and report results for the first quarter on April "
     "27.\n\n"
     "Its board approved a $10 billion buyback on Jan. 19, the company's third in two years.\n",
     [("Wednesday", "DATE", "2028-01-26"), ("the holiday quarter", "DATE", "2027-Q4"),
      ("the March quarter", "DATE", "2028-Q1"), ("the fourth quarter", "DATE", "2027-Q4"),
      ("a year earlier", "DATE", "2026-Q4"), ("September", "DATE", "2027-09"),
      ("the first 90 days", "DURATION", "P90D"), ("later this year", "DATE", "2028"),
      ("the first quarter of next year", "DATE", "2029-Q1"), ("2028", "DATE", "2028"),
      ("the previous two years", "DURATION", "P2Y"), ("late Wednesday", "DATE", "2028-01-26"),
      ("October", "DATE", "2027-10"), ("November", "DATE", "2027-11"), ("mid-December", "DATE", "2027-12"),
      ("the past year", "DATE", "2027"), ("June 5", "DATE", "2028-06-05"), ("June 8", "DATE", "2028-06-08"),
      ("the first quarter", "DATE", "2028-Q1"), ("April 27", "DATE", "2028-04-27"),
      ("Jan. 19", "DATE", "2028-01-19"), ("two years", "DURATION", "P2Y")]),
]
