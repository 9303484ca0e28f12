"""The fourth batch of held-out news articles (tests/test_tagger_news_heldout_fourth.py): ten stories
written for this project in styles the first three batches lack — a central bank's rate decision, a
sports tribunal's doping ban, a court sentencing with an appeal timetable, an earthquake's tenth
anniversary, a stock market debut with a lock-up period, a regional summit's schedule, a product
recall spanning several years, a strike ballot, an opinion poll and an airline's schedule cuts —
each with its creation date and its TIMEX3 (text, type, value) in text order, annotated by hand as
TimeBank/AQUAINT applies the TimeML guidelines before the tagger was run on them. All names are
invented."""

from __future__ import annotations

Gold = list[tuple[str, str, str]]
Article = tuple[str, str, str, Gold]

ARTICLES: list[Article] = [
    ("central_bank_hold", "2026-03-19",
     "OSLAND (Wire) — The Bank of Vestria held its benchmark rate at 3.25 percent on Thursday for a third "
     "straight meeting, and signalled that it could begin cutting in the summer if wage growth keeps slowing.\n\n"
     "The nine-member rate committee, which met on Wednesday and Thursday, voted 7-2 to keep rates on hold. The "
     "two dissenters wanted a quarter-point cut. The bank last moved in October, when it raised rates for the "
     "first time in two years.\n\n"
     "Governor Elin Marsk said inflation had fallen to 2.8 percent in February from a peak of 4.9 percent last "
     "spring, and that the bank now expects it to reach its 2 percent target in the second half of 2027. Minutes "
     "of the meeting will be published on April 2.\n\n"
     "\"We are not in a hurry,\" she told reporters. \"The next few months of data will tell us whether the "
     "slowdown is lasting.\"\n\n"
     "Markets now price two cuts this year, the first most likely at the meeting in June. The committee meets "
     "eight times a year; its next decision is due on April 30.\n\n"
     "The currency fell 0.4 percent against the euro after the statement. Economists polled by Wire last week "
     "had unanimously expected no change.\n\n"
     "The economy shrank 0.2 percent in the fourth quarter and grew 0.9 percent in 2025 as a whole, the weakest "
     "growth since 2020.\n",
     [("Thursday", "DATE", "2026-03-19"), ("the summer", "DATE", "2026-SU"), ("Wednesday", "DATE", "2026-03-18"),
      ("Thursday", "DATE", "2026-03-19"), ("October", "DATE", "2025-10"), ("two years", "DURATION", "P2Y"),
      ("February", "DATE", "2026-02"), ("last spring", "DATE", "2025-SP"), ("now", "DATE", "PRESENT_REF"),
      ("the second half of 2027", "DATE", "2027-H2"), ("April 2", "DATE", "2026-04-02"),
      ("The next few months", "DURATION", "PXM"), ("now", "DATE", "PRESENT_REF"), ("this year", "DATE", "2026"),
      ("June", "DATE", "2026-06"), ("eight times a year", "SET", "P1Y"), ("April 30", "DATE", "2026-04-30"),
      ("last week", "DATE", "2026-W11"), ("the fourth quarter", "DATE", "2025-Q4"), ("2025", "DATE", "2025"),
      ("2020", "DATE", "2020")]),
    ("sport_doping_ban", "2025-11-04",
     "LAUSANNE, Switzerland (Wire) — The Court of Arbitration for Sport on Tuesday banned Kavrian sprinter Dana "
     "Oreko for four years for a doping violation, ruling her out of the next two world championships and the "
     "2028 Olympics.\n\n"
     "The ban is backdated to March 14, 2025, when she was provisionally suspended, and will run until March 13, "
     "2029. Results she achieved after a positive test in December 2024 were annulled, costing her the silver "
     "medal she won at the indoor championships in February.\n\n"
     "Oreko had denied wrongdoing and blamed a contaminated supplement. The three-member panel heard the case over "
     "three days in September and rejected that explanation, saying her account had changed twice during the "
     "past year.\n\n"
     "The Athletics Integrity Unit had sought the maximum ban. Its chief said on Tuesday that the ruling \"closes "
     "a case that has taken far too long.\" The athlete has 30 days to appeal to the Swiss Federal Tribunal, which "
     "rarely overturns the court's decisions.\n\n"
     "The federation said it would redistribute the medals within a month. It has opened 14 doping cases against "
     "sprinters since 2021, seven of them this year.\n\n"
     "Oreko's coach was suspended last month for six months for failing to report the test. The world "
     "championships are held every two years; the next will take place in Nairobi in August 2027.\n",
     [("Tuesday", "DATE", "2025-11-04"), ("four years", "DURATION", "P4Y"), ("2028", "DATE", "2028"),
      ("March 14, 2025", "DATE", "2025-03-14"), ("March 13, 2029", "DATE", "2029-03-13"),
      ("December 2024", "DATE", "2024-12"), ("February", "DATE", "2025-02"), ("three days", "DURATION", "P3D"),
      ("September", "DATE", "2025-09"), ("the past year", "DATE", "2024"), ("Tuesday", "DATE", "2025-11-04"),
      ("30 days", "DURATION", "P30D"), ("a month", "DURATION", "P1M"), ("2021", "DATE", "2021"),
      ("this year", "DATE", "2025"), ("last month", "DATE", "2025-10"), ("six months", "DURATION", "P6M"),
      ("every two years", "SET", "P2Y"), ("August 2027", "DATE", "2027-08")]),
    ("court_sentencing_appeal", "2026-02-10",
     "DUBLIN (Wire) — A former chief executive of the collapsed Harlow Credit Union was jailed for six years on "
     "Tuesday for stealing 4.2 million euros from members over a decade, and was told his appeal could not be "
     "heard before the autumn.\n\n"
     "Judge Maeve Tierney said Desmond Quill ran \"a calculated fraud\" between 2012 and 2022 and suspended the "
     "last 12 months of the sentence. With remission he could be released in early 2030.\n\n"
     "Quill was convicted by a jury on December 16 after a seven-week trial. He has 28 days from Tuesday to lodge "
     "an appeal, but the Court of Appeal has said its list is full until October, and a hearing is unlikely "
     "before the end of the year.\n\n"
     "The credit union was closed by the central bank in March 2023, two months after auditors found gaps in its "
     "accounts. Members have recovered about 60 percent of their savings so far, and a final payment is due by "
     "the end of June.\n\n"
     "Quill's lawyer said his client had repaid 300,000 euros since his arrest in the summer of 2023. The judge "
     "ordered him to repay a further 500,000 euros within 12 months or face a further 18 months in prison.\n\n"
     "Two other former directors will be sentenced on March 3. A third was acquitted last week.\n",
     [("six years", "DURATION", "P6Y"), ("Tuesday", "DATE", "2026-02-10"), ("a decade", "DURATION", "P10Y"),
      ("the autumn", "DATE", "2026-FA"), ("2012", "DATE", "2012"), ("2022", "DATE", "2022"),
      ("the last 12 months", "DURATION", "P12M"), ("early 2030", "DATE", "2030"),
      ("December 16", "DATE", "2025-12-16"), ("seven-week", "DURATION", "P7W"), ("28 days", "DURATION", "P28D"),
      ("Tuesday", "DATE", "2026-02-10"), ("October", "DATE", "2026-10"), ("the end of the year", "DATE", "2026"),
      ("March 2023", "DATE", "2023-03"), ("two months", "DURATION", "P2M"), ("the end of June", "DATE", "2026-06"),
      ("the summer of 2023", "DATE", "2023-SU"), ("12 months", "DURATION", "P12M"),
      ("18 months", "DURATION", "P18M"), ("March 3", "DATE", "2026-03-03"), ("last week", "DATE", "2026-W06")]),
    ("earthquake_ten_years", "2025-12-26",
     "PORT SELAN (Wire) — Bells rang across the island of Selan at 7:42 a.m. on Friday, marking the time the "
     "earthquake struck ten years ago, as thousands gathered to remember the 2,300 people who died.\n\n"
     "The magnitude 7.8 quake hit on December 26, 2015, while many families were still asleep after Christmas. "
     "Its aftershocks continued for almost three weeks, and a second strong tremor on January 9, 2016 brought "
     "down the old cathedral.\n\n"
     "Today the cathedral has been rebuilt, and the last of the temporary camps closed in 2021. But survivors say "
     "the recovery has been uneven. About 4,000 homes in the hill villages are still waiting for reconstruction "
     "grants promised in 2016.\n\n"
     "\"For the first five years nobody came,\" said Amira Toleh, who lost her parents in the quake. \"Now at "
     "least there is a road.\"\n\n"
     "Prime Minister Luka Varo, who laid a wreath on Friday morning, said all remaining grants would be paid by "
     "mid-2026. Seismologists warn that the fault that ruptured in 2015 is likely to produce another large quake "
     "within the next 50 years.\n\n"
     "Flags flew at half-mast on Friday, and a new warning system, tested this month, will go live in the "
     "spring.\n",
     [("7:42 a.m.", "TIME", "2025-12-26T07:42"), ("Friday", "DATE", "2025-12-26"), ("ten years ago", "DATE", "2015"),
      ("December 26, 2015", "DATE", "2015-12-26"), ("Christmas", "DATE", "2015-12-25"),
      ("almost three weeks", "DURATION", "P3W"), ("January 9, 2016", "DATE", "2016-01-09"),
      ("Today", "DATE", "2025-12-26"), ("2021", "DATE", "2021"), ("2016", "DATE", "2016"),
      ("the first five years", "DURATION", "P5Y"), ("Now", "DATE", "PRESENT_REF"),
      ("Friday morning", "TIME", "2025-12-26TMO"), ("mid-2026", "DATE", "2026"), ("2015", "DATE", "2015"),
      ("the next 50 years", "DURATION", "P50Y"), ("Friday", "DATE", "2025-12-26"), ("this month", "DATE", "2025-12"),
      ("the spring", "DATE", "2026-SP")]),
    ("ipo_lockup", "2026-05-07",
     "NEW YORK (Wire) — Shares of Brightmere Logistics jumped 31 percent in their market debut on Thursday, after "
     "the freight software company raised $840 million in the largest technology listing of the year so far.\n\n"
     "The stock opened at $29.50, above its IPO price of $22, which was set on Wednesday evening. Brightmere had "
     "marketed the shares at $18 to $20 each before raising the range on Monday.\n\n"
     "Founded in 2017, the company says it handles bookings for 40,000 trucks. Revenue rose 46 percent to $512 "
     "million in 2025, and it made its first profit in the three months ended March 31.\n\n"
     "Insiders and early investors are barred from selling shares for 180 days under a standard lock-up "
     "agreement, which expires on Nov. 3. A first batch of employee shares can be sold after the company reports "
     "second-quarter results in August.\n\n"
     "The listing is the third by a U.S. software company in three weeks, after a two-year drought. Bankers said "
     "more than 20 companies had filed confidentially since January and could list before the end of the "
     "summer.\n\n"
     "\"The window is open now, but it was shut for most of 2024 and 2025,\" said a capital markets banker. "
     "\"People want to get out while they can.\"\n\n"
     "Brightmere's chief executive, Nadia Frame, owns about 12 percent of the company. Her stake was worth about "
     "$1.3 billion at Thursday's close.\n",
     [("Thursday", "DATE", "2026-05-07"), ("the year", "DATE", "2026"),
      ("Wednesday evening", "TIME", "2026-05-06TEV"), ("Monday", "DATE", "2026-05-04"), ("2017", "DATE", "2017"),
      ("2025", "DATE", "2025"), ("the three months", "DURATION", "P3M"), ("March 31", "DATE", "2026-03-31"),
      ("180 days", "DURATION", "P180D"), ("Nov. 3", "DATE", "2026-11-03"), ("second-quarter", "DATE", "2026-Q2"),
      ("August", "DATE", "2026-08"), ("three weeks", "DURATION", "P3W"), ("two-year", "DURATION", "P2Y"),
      ("January", "DATE", "2026-01"), ("the end of the summer", "DATE", "2026-SU"), ("now", "DATE", "PRESENT_REF"),
      ("2024", "DATE", "2024"), ("2025", "DATE", "2025"), ("Thursday", "DATE", "2026-05-07")]),
]
ARTICLES += [
    ("summit_schedule", "2025-09-23",
     "KALMAR CITY (Wire) — Leaders of the 11-nation Coral Sea Forum will meet in Port Anvar from Oct. 14 to 16, "
     "the host government said on Tuesday, the first full summit outside a capital since the bloc's founding "
     "treaty was signed in 1998.\n\n"
     "Foreign ministers will gather on Oct. 12 to finish a draft declaration on fishing rights that negotiators "
     "have been working on since April. Officials said the text was \"about 80 percent agreed\" after talks last "
     "week.\n\n"
     "The summit, held every two years, was postponed in 2023 because of a cyclone. Host Prime Minister Talia "
     "Renn said she hoped leaders would approve a 10-year fisheries plan and set a 2035 target for ending "
     "illegal catches.\n\n"
     "Security will be tight in the port, with schools closed from Monday, Oct. 13, and the airport shut to "
     "commercial flights for 48 hours. About 3,000 police have been brought in, and hotels have been fully booked "
     "for months.\n\n"
     "A meeting between the two largest members, whose relations soured last year over a maritime border, is "
     "expected on Oct. 16. It would be their first formal talks since March 2022.\n\n"
     "The forum's secretary-general, whose term ends in December, will present a report on the bloc's budget, "
     "which has been frozen for the past three years.\n",
     [("Oct. 14", "DATE", "2025-10-14"), ("16", "DATE", "2025-10-16"), ("Tuesday", "DATE", "2025-09-23"),
      ("1998", "DATE", "1998"), ("Oct. 12", "DATE", "2025-10-12"), ("April", "DATE", "2025-04"),
      ("last week", "DATE", "2025-W38"), ("every two years", "SET", "P2Y"), ("2023", "DATE", "2023"),
      ("10-year", "DURATION", "P10Y"), ("2035", "DATE", "2035"), ("Monday, Oct. 13", "DATE", "2025-10-13"),
      ("48 hours", "DURATION", "PT48H"), ("months", "DURATION", "PXM"), ("last year", "DATE", "2024"),
      ("Oct. 16", "DATE", "2025-10-16"), ("March 2022", "DATE", "2022-03"), ("December", "DATE", "2025-12"),
      ("the past three years", "DURATION", "P3Y")]),
    ("heater_recall", "2026-06-16",
     "WASHINGTON (Wire) — Halvorsen Home Products is recalling 2.7 million electric space heaters sold over six "
     "years after reports of 212 fires, including nine that destroyed homes, U.S. safety regulators said on "
     "Tuesday.\n\n"
     "The heaters were sold at hardware stores and online from September 2019 through March 2025 for between $49 "
     "and $89. The Consumer Product Safety Commission said the company first learned of overheating problems in "
     "early 2021 but did not report them until last August, and it is reviewing whether to seek a civil "
     "penalty.\n\n"
     "The recall covers models made between 2019 and 2024, and expands a smaller recall of 140,000 units "
     "announced in January 2023. Consumers should stop using the heaters and contact the company for a full "
     "refund.\n\n"
     "Halvorsen said in a statement that it had redesigned the thermostat in 2024 and that no fires had been "
     "linked to heaters built since then. It said refunds would be processed within 30 days.\n\n"
     "The commission has fined three heater makers over the past decade, most recently in 2022, when a rival "
     "agreed to pay $16 million for reporting defects late. Regulators said heating products cause about 1,700 "
     "home fires a year in the United States, most of them between November and February.\n\n"
     "Halvorsen, a privately held firm based in Ohio, said the recall would cost it about $120 million in the "
     "current fiscal year, which ends on Sept. 30.\n",
     [("six years", "DURATION", "P6Y"), ("Tuesday", "DATE", "2026-06-16"), ("September 2019", "DATE", "2019-09"),
      ("March 2025", "DATE", "2025-03"), ("early 2021", "DATE", "2021"), ("last August", "DATE", "2025-08"),
      ("2019", "DATE", "2019"), ("2024", "DATE", "2024"), ("January 2023", "DATE", "2023-01"),
      ("2024", "DATE", "2024"), ("30 days", "DURATION", "P30D"), ("the past decade", "DURATION", "P10Y"),
      ("2022", "DATE", "2022"), ("a year", "SET", "P1Y"),
      ("November", "DATE", "XXXX-11"), ("February", "DATE", "XXXX-02"),
      ("the current fiscal year", "DATE", "2026"), ("Sept. 30", "DATE", "2026-09-30")]),
    ("bus_strike_ballot", "2025-10-29",
     "GLASGOW (Wire) — Bus drivers at Clydeway Transport will vote on strike action in a ballot that opens on "
     "Monday and closes on Nov. 24, their union said on Wednesday, after the company offered a 3 percent pay rise "
     "spread over this year and next year.\n\n"
     "The union, which represents about 1,900 drivers, said any walkout could begin in mid-December, disrupting "
     "services in the run-up to Christmas. By law it must give the employer two weeks' notice of industrial "
     "action.\n\n"
     "Drivers last went on strike in the spring of 2023, for 11 days. That dispute ended with a two-year deal "
     "that expired in April. Talks have broken down three times since then, most recently on Oct. 17.\n\n"
     "\"Our members have had a real-terms pay cut every year since 2020,\" said the union's regional organiser, "
     "Fiona Baird. \"A three percent offer over two years is an insult.\"\n\n"
     "Clydeway said the offer was its best in a decade and that ticket revenue had fallen 8 percent in the six "
     "months to September. The company's contract with the regional transport authority runs until 2029.\n\n"
     "If drivers back action, the union plans a series of 48-hour stoppages on Fridays and Mondays, and an "
     "overtime ban lasting up to three months. The result of the ballot will be announced the following day.\n",
     [("Monday", "DATE", "2025-11-03"), ("Nov. 24", "DATE", "2025-11-24"), ("Wednesday", "DATE", "2025-10-29"),
      ("this year", "DATE", "2025"), ("next year", "DATE", "2026"), ("mid-December", "DATE", "2025-12"),
      ("Christmas", "DATE", "2025-12-25"), ("two weeks", "DURATION", "P2W"),
      ("the spring of 2023", "DATE", "2023-SP"), ("11 days", "DURATION", "P11D"), ("two-year", "DURATION", "P2Y"),
      ("April", "DATE", "2025-04"), ("Oct. 17", "DATE", "2025-10-17"),
      ("every year", "SET", "P1Y"), ("2020", "DATE", "2020"), ("two years", "DURATION", "P2Y"),
      ("a decade", "DURATION", "P10Y"), ("the six months", "DURATION", "P6M"), ("September", "DATE", "2025-09"),
      ("2029", "DATE", "2029"), ("48-hour", "DURATION", "PT48H"), ("Fridays", "SET", "XXXX-WXX-5"),
      ("Mondays", "SET", "XXXX-WXX-1"), ("up to three months", "DURATION", "P3M"),
      ("the following day", "DATE", "2025-11-25")]),
    ("opinion_poll_slide", "2026-04-22",
     "MERIDEN (Wire) — Support for Prime Minister Aldo Strand's governing party has fallen to its lowest level in "
     "more than four years, a Wire/Northgate poll showed on Wednesday, five weeks before a crucial regional "
     "election.\n\n"
     "The online survey of 2,014 adults, conducted from April 16 to April 20, put the Progressive Union on 27 "
     "percent, down four points from a month earlier and 11 points below its share at the 2024 general election. "
     "The opposition Civic Alliance held steady at 35 percent.\n\n"
     "Only 29 percent of voters approve of Strand's performance, compared with 41 percent in January. Analysts "
     "linked the slide to a fuel tax increase that took effect on April 1 and to a row over hospital waiting "
     "lists earlier this month.\n\n"
     "The poll has a credibility interval of plus or minus 2.5 percentage points. Northgate has tracked party "
     "support every month since 2011.\n\n"
     "The regional vote on May 28 is seen as a test for Strand ahead of a national election that must be held by "
     "the autumn of 2028. Party strategists privately concede they could lose as many as 12 of their 40 seats in "
     "the regional assembly.\n\n"
     "\"The next few weeks will decide whether this is a blip or a trend,\" said a pollster. A previous low of 25 "
     "percent, recorded in the winter of 2021, was followed by a recovery within six months.\n",
     [("more than four years", "DURATION", "P4Y"), ("Wednesday", "DATE", "2026-04-22"),
      ("five weeks", "DURATION", "P5W"), ("April 16", "DATE", "2026-04-16"), ("April 20", "DATE", "2026-04-20"),
      ("a month earlier", "DATE", "2026-03"), ("2024", "DATE", "2024"), ("January", "DATE", "2026-01"),
      ("April 1", "DATE", "2026-04-01"), ("earlier this month", "DATE", "2026-04"), ("every month", "SET", "P1M"),
      ("2011", "DATE", "2011"), ("May 28", "DATE", "2026-05-28"), ("the autumn of 2028", "DATE", "2028-FA"),
      ("The next few weeks", "DURATION", "PXW"), ("the winter of 2021", "DATE", "2021-WI"),
      ("six months", "DURATION", "P6M")]),
    ("airline_schedule_cuts", "2025-07-31",
     "REYKHOLT (Wire) — Northwind Airways will cut 18 routes and reduce flights on its busiest transatlantic "
     "services from late October, when its new timetable begins, the carrier said on Thursday, citing delayed "
     "aircraft deliveries.\n\n"
     "The changes take effect on Oct. 26 and run until March 28. Flights to Boston will be halved, and service to "
     "Montreal will be suspended until the summer of 2026.\n\n"
     "Northwind expects just six of the 14 new jets it ordered in 2022 to arrive by the end of the year. The "
     "manufacturer has blamed engine shortages, and the airline said deliveries were now running about nine "
     "months behind schedule.\n\n"
     "Chief executive Oskar Lind said the airline had carried a record 1.2 million passengers in July and that "
     "bookings for the autumn were 6 percent higher than last year. Second-quarter profit rose to 41 million "
     "euros, from 33 million euros in the same period last year.\n\n"
     "Passengers booked on cancelled flights will be offered refunds or rebooking within 24 hours of their "
     "original departure. The airline will publish its full timetable next Tuesday, and tickets for flights "
     "after March go on sale in September.\n\n"
     "Northwind carried 4.4 million passengers in 2024, when it returned to profit for the first time since "
     "2019.\n",
     [("late October", "DATE", "2025-10"), ("Thursday", "DATE", "2025-07-31"), ("Oct. 26", "DATE", "2025-10-26"),
      ("March 28", "DATE", "2026-03-28"), ("the summer of 2026", "DATE", "2026-SU"), ("2022", "DATE", "2022"),
      ("the end of the year", "DATE", "2025"), ("now", "DATE", "PRESENT_REF"),
      ("nine months", "DURATION", "P9M"), ("July", "DATE", "2025-07"), ("the autumn", "DATE", "2025-FA"),
      ("last year", "DATE", "2024"), ("Second-quarter", "DATE", "2025-Q2"),
      ("the same period last year", "DATE", "2024-Q2"), ("24 hours", "DURATION", "PT24H"),
      ("next Tuesday", "DATE", "2025-08-05"), ("March", "DATE", "2026-03"), ("September", "DATE", "2025-09"),
      ("2024", "DATE", "2024"), ("2019", "DATE", "2019")]),
]
