"""The fifth batch of held-out news articles (tests/test_tagger_news_heldout_fifth.py): nine stories
written for this project in styles the first four batches lack — a chipmaker's quarterly results, a
stopgap budget vote in the Senate, a High Court ruling on an airport runway, a Met Office heat
warning, a cricket Test series, a malaria vaccine trial, a housebuilder's annual results, an appeals
court upholding an antitrust verdict and an oil producers' output decision — each with its creation
date and its TIMEX3 (text, type, value) in text order, annotated by hand as TimeBank/AQUAINT applies
the TimeML guidelines before the tagger was run on them. All names are invented."""

from __future__ import annotations

Gold = list[tuple[str, str, str]]
Article = tuple[str, str, str, Gold]

ARTICLES: list[Article] = [
    ("chipmaker_results", "2026-10-21",
     "SAN JOSE, Calif. (Wire) — Corvane Semiconductor said on Wednesday that third-quarter revenue rose 18 "
     "percent from a year ago, to $3.4 billion, as demand for data-center chips outweighed a slump in its "
     "smartphone business.\n\n"
     "Net income for the three months ended Sept. 30 was $610 million, up from $488 million in the same quarter "
     "last year. The company forecast fourth-quarter revenue of $3.5 billion to $3.7 billion and said it expected "
     "orders to stay strong in the coming months.\n\n"
     "Corvane has cut about 2,000 jobs over the past three years and now makes most of its chips in Arizona. A "
     "second plant there is due to start production in mid-2027.\n\n"
     "The shares, which have doubled since January, fell 4 percent in after-hours trading. The company will "
     "present its plans to investors at a meeting next week and will pay a dividend of 12 cents a share on "
     "Nov. 16.\n",
     [("Wednesday", "DATE", "2026-10-21"), ("third-quarter", "DATE", "2026-Q3"), ("a year ago", "DATE", "2025-Q3"),
      ("the three months", "DURATION", "P3M"), ("Sept. 30", "DATE", "2026-09-30"),
      ("the same quarter last year", "DATE", "2025-Q3"), ("fourth-quarter", "DATE", "2026-Q4"),
      ("the coming months", "DATE", "FUTURE_REF"), ("the past three years", "DURATION", "P3Y"),
      ("now", "DATE", "PRESENT_REF"), ("mid-2027", "DATE", "2027"), ("January", "DATE", "2026-01"),
      ("next week", "DATE", "2026-W44"), ("Nov. 16", "DATE", "2026-11-16")]),
    ("senate_stopgap_vote", "2026-09-29",
     "WASHINGTON (Wire) — The Senate is expected to vote on Thursday on a stopgap spending bill that would keep "
     "the government open until Dec. 18, after the House narrowly passed the measure late Monday.\n\n"
     "Government funding runs out on Wednesday, and agencies have begun preparing for a shutdown. Tuesday's vote "
     "to open debate passed 62-37, with nine Democrats joining Republicans.\n\n"
     "Senate Majority Leader Tom Avery said the bill would give negotiators a few weeks to agree on funding for "
     "fiscal 2027. The last shutdown, in October 2025, lasted 43 days.\n\n"
     "Congress has relied on stopgap measures in each of the past four years. Budget analysts estimate that a "
     "shutdown would cost the economy about $6 billion every week.\n\n"
     "The White House said on Tuesday that the president would sign the bill as soon as it reached his desk.\n",
     [("Thursday", "DATE", "2026-10-01"), ("Dec. 18", "DATE", "2026-12-18"), ("late Monday", "DATE", "2026-09-28"),
      ("Wednesday", "DATE", "2026-09-30"), ("Tuesday", "DATE", "2026-09-29"), ("a few weeks", "DURATION", "PXW"),
      ("fiscal 2027", "DATE", "2027"), ("October 2025", "DATE", "2025-10"), ("43 days", "DURATION", "P43D"),
      ("the past four years", "DURATION", "P4Y"), ("every week", "SET", "P1W"), ("Tuesday", "DATE", "2026-09-29")]),
    ("runway_ruling", "2026-02-17",
     "LONDON (Wire) — The High Court on Tuesday quashed the government's decision to approve a third runway at "
     "Ashbury airport, ruling that ministers had failed to consider the scheme's carbon emissions properly.\n\n"
     "Mr Justice Harcourt said the transport secretary's approval, granted on 3 June last year, was unlawful. The "
     "government has 21 days to seek permission to appeal, and said it was \"studying the judgment carefully\".\n\n"
     "Campaigners, who brought the case in September, said the ruling was the first of its kind in more than a "
     "decade. Construction had been due to begin early next year and to finish by 2034.\n\n"
     "The airport handled 41 million passengers in 2025, a record. Its owners said they would set out their "
     "response within the next fortnight. A separate challenge to the airport's night flights will be heard over "
     "two days next month.\n",
     [("Tuesday", "DATE", "2026-02-17"), ("3 June last year", "DATE", "2025-06-03"), ("21 days", "DURATION", "P21D"),
      ("September", "DATE", "2025-09"), ("more than a decade", "DURATION", "P10Y"),
      ("early next year", "DATE", "2027"), ("2034", "DATE", "2034"), ("2025", "DATE", "2025"),
      ("the next fortnight", "DURATION", "P2W"), ("two days", "DURATION", "P2D"), ("next month", "DATE", "2026-03")]),
    ("heat_warning", "2026-07-15",
     "EXETER (Wire) — The Met Office issued an amber heat-health warning on Wednesday for much of England, with "
     "temperatures forecast to reach 35C on Saturday, and said the hot spell could last well into next week.\n\n"
     "The warning runs from 9am on Friday until 6pm on Monday. Forecasters said London's minimum temperatures "
     "were not expected to fall below 22C.\n\n"
     "It is the third heatwave of the summer. Earlier this month, Heathrow recorded 34.1C, its highest reading "
     "since 2022.\n\n"
     "Water companies said reservoir levels were lower than at any time in the past three years, and two firms "
     "have announced hosepipe bans starting on 24 July. Rainfall in the spring was 40 per cent below average.\n\n"
     "The NHS said hospitals had seen a rise in admissions in recent days. Forecasters expect the weather to turn "
     "more changeable from the middle of next week.\n",
     [("Wednesday", "DATE", "2026-07-15"), ("Saturday", "DATE", "2026-07-18"), ("next week", "DATE", "2026-W30"),
      ("9am", "TIME", "2026-07-17T09:00"), ("Friday", "DATE", "2026-07-17"), ("6pm", "TIME", "2026-07-20T18:00"),
      ("Monday", "DATE", "2026-07-20"), ("the summer", "DATE", "2026-SU"), ("Earlier this month", "DATE", "2026-07"),
      ("2022", "DATE", "2022"), ("the past three years", "DURATION", "P3Y"), ("24 July", "DATE", "2026-07-24"),
      ("the spring", "DATE", "2026-SP"), ("recent days", "DURATION", "PXD"),
      ("the middle of next week", "DATE", "2026-W30")]),
    ("test_series_win", "2026-08-09",
     "MANCHESTER, England (Wire) — England beat India by six wickets on Sunday to win the five-match Test series "
     "3-1, their first home series win against India since 2018.\n\n"
     "Chasing 247 to win, England reached their target shortly after lunch, with Joe Farrant unbeaten on 112. "
     "Farrant has scored four centuries in the past 12 months, two of them in this series.\n\n"
     "The teams now move on to three one-day internationals, the first of which is at Lord's on Friday. "
     "England's next Test series, in Australia, begins in late November and runs until mid-January.\n\n"
     "Captain Ben Stroud said he would take a few days off before deciding whether to play in the one-day "
     "series. India's coach said the team would review its batting over the coming weeks.\n",
     [("Sunday", "DATE", "2026-08-09"), ("2018", "DATE", "2018"), ("the past 12 months", "DURATION", "P12M"),
      ("now", "DATE", "PRESENT_REF"), ("Friday", "DATE", "2026-08-14"), ("late November", "DATE", "2026-11"),
      ("mid-January", "DATE", "2027-01"), ("a few days", "DURATION", "PXD"),
      ("the coming weeks", "DATE", "FUTURE_REF")]),
]
ARTICLES += [
    ("malaria_vaccine_trial", "2027-01-20",
     "GENEVA (Wire) — An experimental malaria vaccine cut severe cases in young children by 71 percent over two "
     "years, researchers reported on Wednesday, raising hopes that it could be rolled out in the future across "
     "much of Africa.\n\n"
     "The trial enrolled 4,800 young children in Mali, Ghana and Kenya between 2022 and 2024. Each child received "
     "three doses a month apart and a booster after a year.\n\n"
     "Protection waned after 18 months, the researchers said, so children may need a booster every year. The "
     "World Health Organization's advisers will review the data at a meeting in April, and a decision on "
     "approval could come by the end of the year.\n\n"
     "Malaria killed about 600,000 people in 2025, most of them children under five. Two other malaria vaccines "
     "have been approved since 2021, and countries recently began using them in large numbers.\n",
     [("two years", "DURATION", "P2Y"), ("Wednesday", "DATE", "2027-01-20"), ("the future", "DATE", "FUTURE_REF"),
      ("2022", "DATE", "2022"), ("2024", "DATE", "2024"), ("a month", "DURATION", "P1M"),
      ("a year", "DURATION", "P1Y"), ("18 months", "DURATION", "P18M"), ("every year", "SET", "P1Y"),
      ("April", "DATE", "2027-04"), ("the end of the year", "DATE", "2027"), ("2025", "DATE", "2025"),
      ("2021", "DATE", "2021"), ("recently", "DATE", "PAST_REF")]),
    ("housebuilder_results", "2026-03-04",
     "LONDON (Wire) — Brackenridge Homes said on Wednesday that pre-tax profit for 2025 fell 9 per cent to "
     "£412 million, and warned that the housing market would stay subdued in the first half of this year as "
     "buyers wait for lower mortgage rates.\n\n"
     "The company completed 10,240 homes last year, down from 11,050 a year earlier. Its forward order book stood "
     "at £1.6 billion at the end of February, 4 per cent lower than a year ago.\n\n"
     "Chief executive Helen Moss said reservations had picked up in the past six weeks and that the group "
     "expected completions to be \"broadly flat\" in 2026, weighted towards the second half. The final dividend "
     "will be paid on 22 May.\n\n"
     "Brackenridge shares, which have lost a quarter of their value over the past year, rose 2 per cent in "
     "London. The company will update the market again at its annual meeting in late April.\n",
     [("Wednesday", "DATE", "2026-03-04"), ("2025", "DATE", "2025"),
      ("the first half of this year", "DATE", "2026-H1"), ("last year", "DATE", "2025"),
      ("a year earlier", "DATE", "2024"), ("the end of February", "DATE", "2026-02"), ("a year ago", "DATE", "2025"),
      ("the past six weeks", "DURATION", "P6W"), ("2026", "DATE", "2026"), ("the second half", "DATE", "2026-H2"),
      ("22 May", "DATE", "2026-05-22"), ("the past year", "DATE", "2025"), ("late April", "DATE", "2026-04")]),
    ("antitrust_appeal", "2026-11-05",
     "SAN FRANCISCO (Wire) — A federal appeals court on Thursday upheld a $2.1 billion antitrust verdict against "
     "ticket seller Stagepass, rejecting the company's argument that the trial judge had wrongly excluded "
     "evidence.\n\n"
     "A three-judge panel of the 9th U.S. Circuit Court of Appeals said the jury, which deliberated for four days "
     "in March 2025, had ample grounds to find that Stagepass used exclusive contracts to shut rivals out of "
     "major venues.\n\n"
     "Stagepass said it would ask the full court to rehear the case and, if necessary, appeal to the Supreme "
     "Court. It has 14 days to file its petition. The company has set aside $900 million for legal costs this "
     "year and currently holds contracts with 70 percent of the country's large arenas.\n\n"
     "The Justice Department, which filed a separate lawsuit against Stagepass two years ago, is seeking to break "
     "up the company. That trial is scheduled to start on Feb. 8 and is expected to last about six weeks.\n",
     [("Thursday", "DATE", "2026-11-05"), ("four days", "DURATION", "P4D"), ("March 2025", "DATE", "2025-03"),
      ("14 days", "DURATION", "P14D"), ("this year", "DATE", "2026"), ("currently", "DATE", "PRESENT_REF"),
      ("two years ago", "DATE", "2024"), ("Feb. 8", "DATE", "2027-02-08"), ("six weeks", "DURATION", "P6W")]),
    ("oil_output_rise", "2026-05-28",
     "VIENNA (Wire) — Oil producers in the OPEC+ group agreed on Thursday to raise output quotas by 3 percent "
     "from July, the fourth increase this year, as they try to win back market share lost during the past two "
     "years of cuts.\n\n"
     "Brent crude fell 2 percent to $61 a barrel after the decision, its lowest since April 2021. Prices have "
     "dropped 15 percent since the start of the year.\n\n"
     "The group, which meets every month by video link, said it could pause or reverse the increases depending "
     "on market conditions. Its next meeting is on June 25.\n\n"
     "Saudi Arabia, the group's largest producer, is now pumping close to its full capacity. Analysts said the "
     "producers were likely to keep adding supply through the third quarter, when fuel demand peaks, before "
     "reviewing their policy in the autumn.\n",
     [("Thursday", "DATE", "2026-05-28"), ("July", "DATE", "2026-07"), ("this year", "DATE", "2026"),
      ("the past two years", "DURATION", "P2Y"), ("April 2021", "DATE", "2021-04"),
      ("the start of the year", "DATE", "2026"), ("every month", "SET", "P1M"), ("June 25", "DATE", "2026-06-25"),
      ("now", "DATE", "PRESENT_REF"), ("the third quarter", "DATE", "2026-Q3"), ("the autumn", "DATE", "2026-FA")]),
]
