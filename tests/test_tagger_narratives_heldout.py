"""Histories held out from the narrative rules (issue 15, point 2): 31 passages written for this
project in styles WikiWars may lack (campaigns BC, medieval feasts and sieges told day by day,
Old Style dates, naval actions by the clock, biographies, 19th- and 20th-century wars, late
insurgencies; decades, centuries, "the following spring", "that winter", "within a fortnight",
"two days later", "on the 14th", "1914–18", "between 1642 and 1651"), each with the creation date
a Wikipedia page would have, and annotated by hand with TIMEX3 (text, type, value) as WikiWars
annotates it (relative expressions anchored to the story's time) before the tagger was run on them.

Scored before any rule for them, with `--genre auto` as `timeline tag FILE --date DCT` tags a file
(235 expressions): 4 of 31 rows right, strict / relaxed / value F1 0.899 / 0.965 / 0.640 — 29 of
the 31 passages are too short to name the five years a history needs (genre.STORY_MIN_DATES), so
`auto` reads them as news and anchors their year-less dates to the creation date. Tagged as the
history a long article is read as (`--genre narrative`): 13 of 31, 0.937 / 0.972 / 0.919. The rules
written after them (a year opening a clause moves the story; a month of a year before 1000; "on the
7th the fort fell"; "the evening of the 23rd"; dawn and dusk; "late afternoon"; medieval feasts;
"a quarter of an hour"; "some" before a duration; "N years after that"; years and decades of the
first millennium) took them to 19 of 31 as histories (0.968 / 0.989 / 0.959) and, with `auto`,
to 0.908 / 0.969 / 0.642 (4 of 31). One row was re-annotated after scoring, to WikiWars'
convention: "the [former] Yugoslavia" (WikiWars marks "former" PAST_REF 28 times, before names
too: "former French", "former U.S."); the figures above are all with it.

LONGER holds two longer histories written after those rules, each stepping back and forward across
years, scored the same way before any rule for them (39 expressions): as histories 1 of 2 right,
1.000 / 1.000 / 0.974 (a day after ", but in 1706" kept the story's year 1704); with `auto` 0 of 2,
0.987 / 0.987 / 0.701 (the first names four years, and is read as news). After a clause's "but in"
moved the story too: as histories 2 of 2 (1.000 / 1.000 / 1.000); with `auto` 1 of 2 (0.727).
"""

from __future__ import annotations

import pytest

from tests.heldout import held_out_row, known_miss, names_rows, tagged

Row = tuple[str, str, list[tuple[str, str, str]]]

NARRATIVES: list[Row] = [
    # ancient, years BC: a season, "the following year" and a month in the story's year
    ("In 334 BC Alexander crossed the Hellespont with about 40,000 men. That spring he met the satraps' army "
     "at the Granicus and routed it. The following year he defeated Darius at Issus, and in 332 BC he besieged "
     "Tyre for seven months. The city fell in July, and by the end of the year Egypt had opened its gates to him.",
     "2012-03-14",
     [("334 BC", "DATE", "BC0334"), ("That spring", "DATE", "BC0334-SP"), ("The following year", "DATE", "BC0333"),
      ("332 BC", "DATE", "BC0332"), ("seven months", "DURATION", "P7M"), ("July", "DATE", "BC0332-07"),
      ("the end of the year", "DATE", "BC0332")]),
    # late antiquity: a century, a decade, bare years and "the following decade"
    ("Rome's hold on Britain weakened through the 4th century. Raids from across the North Sea grew bolder in "
     "the 360s, and in 383 the usurper Magnus Maximus took much of the garrison to Gaul. By 410 the legions had "
     "gone for good, and the following decade is among the least recorded in the island's history.",
     "2014-08-02",
     [("the 4th century", "DATE", "03"), ("the 360s", "DATE", "036"), ("383", "DATE", "0383"),
      ("410", "DATE", "0410"), ("the following decade", "DATE", "042")]),
    # medieval, day by day: "three days earlier", parts of the story's day, a feast
    ("William landed at Pevensey on 28 September 1066. Harold, who had beaten the Norwegians at Stamford Bridge "
     "three days earlier, marched south at once. The armies met near Hastings on 14 October, and the battle "
     "lasted from mid-morning until dusk. William was crowned in Westminster Abbey on Christmas Day.",
     "2013-05-20",
     [("28 September 1066", "DATE", "1066-09-28"), ("three days earlier", "DATE", "1066-09-25"),
      ("14 October", "DATE", "1066-10-14"), ("mid-morning", "TIME", "1066-10-14TMO"), ("dusk", "TIME", "1066-10-14TEV"),
      ("Christmas Day", "DATE", "1066-12-25")]),
    # medieval: a feast day of the church, "within three months", a night, an age, "ten days later"
    ("The barons renounced their homage in May 1215 and entered London on 17 May. King John met them at "
     "Runnymede, and the charter was sealed on 15 June. Within three months the Pope had annulled it, and by "
     "Michaelmas the realm was again at war. John died at Newark in the night of 18 October 1216, and his "
     "nine-year-old son was crowned ten days later.",
     "2015-06-15",
     [("May 1215", "DATE", "1215-05"), ("17 May", "DATE", "1215-05-17"), ("15 June", "DATE", "1215-06-15"),
      ("three months", "DURATION", "P3M"), ("Michaelmas", "DATE", "1215-09-29"),
      ("the night of 18 October 1216", "TIME", "1216-10-18TNI"), ("nine-year-old", "DURATION", "P9Y"),
      ("ten days later", "DATE", "1216-10-28")]),
    # a siege told day by day: "the winter", a month of the next year, "two days later", "the 7th", "the next morning"
    ("The English laid siege to Orléans on 12 October 1428. Through the winter the garrison held out, and the "
     "town's provisions ran low by February. Joan of Arc entered the city on 29 April 1429. On 4 May the French "
     "took the bastide of Saint-Loup; two days later they stormed the Augustins, and on the 7th the fort of Les "
     "Tourelles fell. The next morning the English drew up in the field, then withdrew.",
     "2012-11-02",
     [("12 October 1428", "DATE", "1428-10-12"), ("the winter", "DATE", "1428-WI"), ("February", "DATE", "1429-02"),
      ("29 April 1429", "DATE", "1429-04-29"), ("4 May", "DATE", "1429-05-04"),
      ("two days later", "DATE", "1429-05-06"),
      ("the 7th", "DATE", "1429-05-07"), ("The next morning", "TIME", "1429-05-08TMO")]),
    # early modern, Old Style: "between 1642 and 1651", "two months later", "the following winter"
    ("The English Civil War was fought between 1642 and 1651. The King raised his standard at Nottingham on "
     "22 August 1642 (Old Style). The first pitched battle, at Edgehill, came two months later and settled "
     "nothing. Over the following winter both sides raised new armies, and Parliament's New Model Army "
     "destroyed the royal army at Naseby on 14 June 1645.",
     "2016-01-10",
     [("1642", "DATE", "1642"), ("1651", "DATE", "1651"), ("22 August 1642", "DATE", "1642-08-22"),
      ("two months later", "DATE", "1642-10"), ("the following winter", "DATE", "1642-WI"),
      ("14 June 1645", "DATE", "1645-06-14")]),
    # early modern, a Julian date beside a Gregorian one, N.S., noon of the story's day
    ("Peter's army was routed at Narva on 30 November 1700 (19 November by the Julian calendar then used in "
     "Russia). Charles XII then turned on Poland, and for six years the Swedes campaigned there. The decisive "
     "battle came at Poltava on 8 July 1709 (N.S.), where Charles's army was destroyed before noon.",
     "2011-09-21",
     [("30 November 1700", "DATE", "1700-11-30"), ("19 November", "DATE", "1700-11-19"),
      ("six years", "DURATION", "P6Y"),
      ("8 July 1709", "DATE", "1709-07-08"), ("noon", "TIME", "1709-07-08T12:00")]),
    # a war's years in brackets, a night and "the next morning", "the 18th", "the following spring"
    ("The Seven Years' War (1756–63) was fought on four continents. In the summer of 1759 British forces "
     "besieged Quebec for nearly three months. On the night of 12 September Wolfe's troops climbed to the "
     "Plains of Abraham, and the battle the next morning lasted barely a quarter of an hour. The city "
     "surrendered on the 18th, and the following spring a French attempt to retake it failed.",
     "2014-02-11",
     [("1756", "DATE", "1756"), ("63", "DATE", "1763"), ("the summer of 1759", "DATE", "1759-SU"),
      ("nearly three months", "DURATION", "P3M"), ("the night of 12 September", "TIME", "1759-09-12TNI"),
      ("the next morning", "TIME", "1759-09-13TMO"), ("barely a quarter of an hour", "DURATION", "PT15M"),
      ("the 18th", "DATE", "1759-09-18"), ("the following spring", "DATE", "1760-SP")]),
    # a naval action by the clock: an afternoon, "half past six", the night, "ten o'clock", noon of the next day
    ("Nelson's fleet sighted the French at Aboukir Bay on the afternoon of 1 August 1798. The action began at "
     "about half past six and went on through the night; at ten o'clock the flagship L'Orient blew up. By noon "
     "on 2 August only two French ships of the line remained under sail, and they escaped the following day.",
     "2017-04-30",
     [("the afternoon of 1 August 1798", "TIME", "1798-08-01TAF"), ("about half past six", "TIME", "1798-08-01T18:30"),
      ("the night", "TIME", "1798-08-01TNI"), ("ten o'clock", "TIME", "1798-08-01T22:00"),
      ("noon", "TIME", "1798-08-02T12:00"), ("2 August", "DATE", "1798-08-02"),
      ("the following day", "DATE", "1798-08-03")]),
    # 19th century: "that September", "within a week", "that winter", "the following March"
    ("Britain and France declared war on Russia in March 1854. The allied armies landed in the Crimea that "
     "September and won at the Alma within a week. The siege of Sevastopol lasted eleven months. Through that "
     "winter the troops suffered terribly from cold and cholera; the city finally fell on 9 September 1855, and "
     "peace was signed at Paris the following March.",
     "2010-10-05",
     [("March 1854", "DATE", "1854-03"), ("that September", "DATE", "1854-09"), ("a week", "DURATION", "P1W"),
      ("eleven months", "DURATION", "P11M"), ("that winter", "DATE", "1854-WI"),
      ("9 September 1855", "DATE", "1855-09-09"), ("the following March", "DATE", "1856-03")]),
    # a biography: "eight years later", a decade, "five years after that"
    ("Born in Ajaccio in 1769, he entered the military school at Brienne in 1779. He was commissioned in the "
     "artillery in 1785, and eight years later his guns drove the British from Toulon. In the 1790s his rise "
     "was swift: by 1799 he was First Consul, and five years after that he crowned himself Emperor.",
     "2013-07-07",
     [("1769", "DATE", "1769"), ("1779", "DATE", "1779"), ("1785", "DATE", "1785"),
      ("eight years later", "DATE", "1793"),
      ("the 1790s", "DATE", "179"), ("1799", "DATE", "1799"), ("five years after that", "DATE", "1804")]),
    # a biography of the 20th century: "1914–18", a term of office, days with their years
    ("Kemal was born in Salonica in 1881 and graduated from the staff college in January 1905. In the war of "
     "1914–18 he made his name at Gallipoli. After the armistice of 30 October 1918 he led the national "
     "movement, and on 29 October 1923 the republic was proclaimed, with him as its first president. He held "
     "the office for fifteen years, until his death on 10 November 1938.",
     "2012-01-15",
     [("1881", "DATE", "1881"), ("January 1905", "DATE", "1905-01"), ("1914", "DATE", "1914"), ("18", "DATE", "1918"),
      ("30 October 1918", "DATE", "1918-10-30"), ("29 October 1923", "DATE", "1923-10-29"),
      ("fifteen years", "DURATION", "P15Y"), ("10 November 1938", "DATE", "1938-11-10")]),
    # the First World War by the hour: a clock, "the evening of the 23rd", "within a fortnight", the summer
    ("The German offensive opened at 4.40 a.m. on 21 March 1918 with a five-hour bombardment. By the evening "
     "of the 23rd the British Fifth Army had fallen back almost forty miles. Within a fortnight the attack had "
     "stalled before Amiens, and on 5 April Ludendorff called it off. The Allies counterattacked in the summer, "
     "and the Hundred Days that followed ended the war.",
     "2014-11-11",
     [("4.40 a.m.", "TIME", "1918-03-21T04:40"), ("21 March 1918", "DATE", "1918-03-21"),
      ("five-hour", "DURATION", "PT5H"), ("the evening of the 23rd", "TIME", "1918-03-23TEV"),
      ("a fortnight", "DURATION", "P2W"), ("5 April", "DATE", "1918-04-05"), ("the summer", "DATE", "1918-SU"),
      ("Hundred Days", "DURATION", "P100D")]),
    # a naval battle in the Pacific: a morning, a clock, minutes, "late that afternoon", "the next day"
    ("Early on the morning of 4 June 1942 Japanese carrier aircraft struck Midway. Shortly after 10.20 "
     "American dive bombers caught three carriers with their decks crowded, and within six minutes all three "
     "were ablaze. The fourth, Hiryu, was hit late that afternoon and sank the next day. Two months later the "
     "Marines landed on Guadalcanal, beginning a campaign of six months.",
     "2015-06-04",
     [("the morning of 4 June 1942", "TIME", "1942-06-04TMO"), ("10.20", "TIME", "1942-06-04T10:20"),
      ("six minutes", "DURATION", "PT6M"), ("late that afternoon", "TIME", "1942-06-04TAF"),
      ("the next day", "DATE", "1942-06-05"), ("Two months later", "DATE", "1942-08"),
      ("six months", "DURATION", "P6M")]),
    # the Second World War in the east: bare months in the story's year, "the following summer"
    ("Operation Barbarossa began on 22 June 1941. By the autumn German armies stood before Leningrad and "
     "Moscow, but the offensive stalled in the mud of October and the frosts of November. On 5 December the "
     "Red Army struck back. The following summer the Germans drove toward the Volga, and the battle for "
     "Stalingrad lasted from August 1942 until 2 February 1943.",
     "2011-06-22",
     [("22 June 1941", "DATE", "1941-06-22"), ("the autumn", "DATE", "1941-FA"), ("October", "DATE", "1941-10"),
      ("November", "DATE", "1941-11"), ("5 December", "DATE", "1941-12-05"),
      ("The following summer", "DATE", "1942-SU"),
      ("August 1942", "DATE", "1942-08"), ("2 February 1943", "DATE", "1943-02-02")]),
    # a late-20th-century insurgency: "a decade", "within weeks", "that summer", "the mid-1990s", "late 1996"
    ("The insurgency began in the northern hills in 1975 and grew slowly for a decade. Government offensives "
     "in 1984 and 1985 failed to hold ground. A ceasefire agreed in March 1989 collapsed within weeks, and "
     "fighting flared again that summer. By the mid-1990s the rebels controlled a third of the country; talks "
     "resumed in late 1996, and an accord was signed on 4 October 1997.",
     "2016-09-01",
     [("1975", "DATE", "1975"), ("a decade", "DURATION", "P1DE"), ("1984", "DATE", "1984"), ("1985", "DATE", "1985"),
      ("March 1989", "DATE", "1989-03"), ("weeks", "DURATION", "PXW"), ("that summer", "DATE", "1989-SU"),
      ("the mid-1990s", "DATE", "199"), ("late 1996", "DATE", "1996"), ("4 October 1997", "DATE", "1997-10-04")]),
    # "within three days", the 1980s, "the following year", "more than nine years"
    ("Soviet troops crossed into Afghanistan on 24 December 1979, and within three days they had seized Kabul. "
     "The war dragged on through the 1980s. In 1986 the mujahideen received their first shoulder-fired "
     "missiles, and the following year Moscow began to look for a way out. The last Soviet soldier left on "
     "15 February 1989, more than nine years after the invasion.",
     "2018-02-15",
     [("24 December 1979", "DATE", "1979-12-24"), ("three days", "DURATION", "P3D"), ("the 1980s", "DATE", "198"),
      ("1986", "DATE", "1986"), ("the following year", "DATE", "1987"), ("15 February 1989", "DATE", "1989-02-15"),
      ("more than nine years", "DURATION", "P9Y")]),
    # wars of the 1990s: "after ten days", a siege "from … to …", a count of days
    ("The wars of the 1990s in the former Yugoslavia began in June 1991, when Slovenia and Croatia declared "
     "independence. The Slovene conflict ended after ten days; the Croatian one lasted until 1995. The siege "
     "of Sarajevo ran from 5 April 1992 to 29 February 1996, a total of 1,425 days.",
     "2019-03-03",
     [("the 1990s", "DATE", "199"), ("former", "DATE", "PAST_REF"), ("June 1991", "DATE", "1991-06"),
      ("ten days", "DURATION", "P10D"),
      ("1995", "DATE", "1995"), ("5 April 1992", "DATE", "1992-04-05"), ("29 February 1996", "DATE", "1996-02-29"),
      ("1,425 days", "DURATION", "P1425D")]),
    # the 1820s: "for months", "that autumn", "within two years"
    ("The Greek revolt broke out in the spring of 1821. The Ottomans held the Peloponnese fortresses for "
     "months, but Tripolitsa fell that autumn after a siege of six months. In 1825 Egyptian troops landed and "
     "retook most of the peninsula within two years. The allied fleets destroyed the Ottoman-Egyptian fleet at "
     "Navarino on 20 October 1827, and independence was recognised in 1830.",
     "2012-03-25",
     [("the spring of 1821", "DATE", "1821-SP"), ("months", "DURATION", "PXM"), ("that autumn", "DATE", "1821-FA"),
      ("six months", "DURATION", "P6M"), ("1825", "DATE", "1825"), ("two years", "DURATION", "P2Y"),
      ("20 October 1827", "DATE", "1827-10-20"), ("1830", "DATE", "1830")]),
    # the Thirty Years' War: "the first ten years", an Old Style day beside its New Style date
    ("The war in Germany began with the defenestration of Prague in May 1618 and ended with the treaties of "
     "Westphalia in October 1648. For the first ten years the Catholic armies carried all before them. Then, "
     "in the summer of 1630, Gustavus Adolphus landed in Pomerania; within two years he had marched to "
     "Munich. He was killed at Lützen on 16 November 1632 (6 November Old Style), in fog, shortly before noon.",
     "2014-05-23",
     [("May 1618", "DATE", "1618-05"), ("October 1648", "DATE", "1648-10"), ("the first ten years", "DURATION", "P10Y"),
      ("the summer of 1630", "DATE", "1630-SU"), ("two years", "DURATION", "P2Y"),
      ("16 November 1632", "DATE", "1632-11-16"), ("6 November", "DATE", "1632-11-06"),
      ("noon", "TIME", "1632-11-16T12:00")]),
    # classical Greece: a season every year, "the following year" BC, "barely six years"
    ("The Peloponnesian War broke out in 431 BC. Every summer a Spartan army marched into Attica and burned "
     "the crops. In 430 BC plague struck Athens, and Pericles died of it the following year. A truce was made "
     "in 421 BC, but it lasted barely six years.",
     "2010-07-19",
     [("431 BC", "DATE", "BC0431"), ("Every summer", "SET", "XXXX-SU"), ("430 BC", "DATE", "BC0430"),
      ("the following year", "DATE", "BC0429"), ("421 BC", "DATE", "BC0421"), ("barely six years", "DURATION", "P6Y")]),
    # ancient China: a century BC, a reign "from 141 to 87 BC", a decade BC
    ("The Qin unified China in 221 BC, but the dynasty fell within fifteen years. Liu Bang founded the Han in "
     "202 BC after four years of civil war. In the 2nd century BC the Han fought the Xiongnu on the northern "
     "frontier; Emperor Wu, who reigned from 141 to 87 BC, sent armies deep into the steppe in the 120s BC.",
     "2013-10-10",
     [("221 BC", "DATE", "BC0221"), ("fifteen years", "DURATION", "P15Y"), ("202 BC", "DATE", "BC0202"),
      ("four years", "DURATION", "P4Y"), ("the 2nd century BC", "DATE", "BC01"), ("141", "DATE", "BC0141"),
      ("87 BC", "DATE", "BC0087"), ("the 120s BC", "DATE", "BC012")]),
    # the Boer War: "a single week", "the 28th", a count of days, "mid-May", "another two years"
    ("The Boers invaded Natal and the Cape in October 1899 and laid siege to Ladysmith, Kimberley and "
     "Mafeking. In a single week in December three British columns were beaten. Reinforcements under Lord "
     "Roberts arrived in January 1900; Kimberley was relieved on 15 February, Ladysmith on the 28th, and "
     "Mafeking, after 217 days, in mid-May. The guerrilla war that followed dragged on for another two years.",
     "2017-10-11",
     [("October 1899", "DATE", "1899-10"), ("a single week", "DURATION", "P1W"), ("December", "DATE", "1899-12"),
      ("January 1900", "DATE", "1900-01"), ("15 February", "DATE", "1900-02-15"), ("the 28th", "DATE", "1900-02-28"),
      ("217 days", "DURATION", "P217D"), ("mid-May", "DATE", "1900-05"), ("another two years", "DURATION", "P2Y")]),
    # the Falklands day by day: "three days later", "two days after that", "the 21st"
    ("Argentine forces landed on South Georgia on 19 March 1982 and on the Falklands on 2 April. A British "
     "task force sailed three days later. The cruiser General Belgrano was sunk on 2 May, and two days after "
     "that HMS Sheffield was struck by a missile. British troops went ashore at San Carlos on the 21st; the "
     "garrison at Stanley surrendered on 14 June, after seventy-four days of occupation.",
     "2012-04-02",
     [("19 March 1982", "DATE", "1982-03-19"), ("2 April", "DATE", "1982-04-02"),
      ("three days later", "DATE", "1982-04-05"),
      ("2 May", "DATE", "1982-05-02"), ("two days after that", "DATE", "1982-05-04"),
      ("the 21st", "DATE", "1982-05-21"),
      ("14 June", "DATE", "1982-06-14"), ("seventy-four days", "DURATION", "P74D")]),
    # a crusade's siege: "the end of the month", "the following weeks", a night, "the 15th", midday
    ("The crusaders reached Jerusalem on 7 June 1099 and began the siege. An assault on 13 June failed for "
     "want of ladders. Genoese ships brought timber at the end of the month, and siege towers were built over "
     "the following weeks. The final attack began on the night of 13 July; the walls were breached on the "
     "15th, around midday.",
     "2011-07-15",
     [("7 June 1099", "DATE", "1099-06-07"), ("13 June", "DATE", "1099-06-13"),
      ("the end of the month", "DATE", "1099-06"),
      ("the following weeks", "DURATION", "PXW"), ("the night of 13 July", "TIME", "1099-07-13TNI"),
      ("the 15th", "DATE", "1099-07-15"), ("around midday", "TIME", "1099-07-15T12:00")]),
    # a galley battle: "the summer", "mid-September", a morning, hours, "late afternoon", "the next year"
    ("The Holy League was formed in May 1571. Its fleet gathered at Messina over the summer and sailed in "
     "mid-September. On the morning of 7 October it met the Ottoman fleet off Lepanto; the fighting lasted "
     "some five hours, and by late afternoon the Ottoman galleys were sunk, taken or fleeing. The League could "
     "not agree on a campaign the next year, and Venice made a separate peace in March 1573.",
     "2015-10-07",
     [("May 1571", "DATE", "1571-05"), ("the summer", "DATE", "1571-SU"), ("mid-September", "DATE", "1571-09"),
      ("the morning of 7 October", "TIME", "1571-10-07TMO"), ("some five hours", "DURATION", "PT5H"),
      ("late afternoon", "TIME", "1571-10-07TAF"), ("the next year", "DATE", "1572"),
      ("March 1573", "DATE", "1573-03")]),
    # 1860: "six days later", "the end of May", "the following February"
    ("Garibaldi sailed from Genoa with about a thousand volunteers on the night of 5 May 1860 and landed at "
     "Marsala six days later. Palermo fell at the end of May after three days of street fighting. In August he "
     "crossed to the mainland, and on 7 September he entered Naples. The first Italian parliament met the "
     "following February, and the kingdom was proclaimed on 17 March 1861.",
     "2011-03-17",
     [("the night of 5 May 1860", "TIME", "1860-05-05TNI"), ("six days later", "DATE", "1860-05-11"),
      ("the end of May", "DATE", "1860-05"), ("three days", "DURATION", "P3D"), ("August", "DATE", "1860-08"),
      ("7 September", "DATE", "1860-09-07"), ("the following February", "DATE", "1861-02"),
      ("17 March 1861", "DATE", "1861-03-17")]),
    # 1904–05: a war's years, months with no year, a day range "27–28 May"
    ("The Russo-Japanese War of 1904–05 opened with a surprise attack on Port Arthur on 8 February 1904. The "
     "siege of the port lasted nearly five months, from August until it surrendered on 2 January 1905. At "
     "Mukden in late February and early March some 600,000 men fought for more than two weeks. On 27–28 May "
     "the Russian Baltic Fleet, having sailed halfway round the world in seven months, was destroyed at Tsushima.",
     "2014-02-08",
     [("1904", "DATE", "1904"), ("05", "DATE", "1905"), ("8 February 1904", "DATE", "1904-02-08"),
      ("nearly five months", "DURATION", "P5M"), ("August", "DATE", "1904-08"),
      ("2 January 1905", "DATE", "1905-01-02"),
      ("late February", "DATE", "1905-02"), ("early March", "DATE", "1905-03"),
      ("more than two weeks", "DURATION", "P2W"), ("27", "DATE", "1905-05-27"), ("28 May", "DATE", "1905-05-28"),
      ("seven months", "DURATION", "P7M")]),
    # decades and centuries in an overview, and a truce's years
    ("Warfare in the Low Countries was almost continuous from the 1560s to the 1640s. The revolt against "
     "Spain, begun in 1568, was interrupted by a truce of 1609–21 and ended only with the peace of 1648. In "
     "the late 17th century the French wars brought armies back to the same fields, and in the 18th century "
     "the region was fought over twice more.",
     "2016-12-01",
     [("the 1560s", "DATE", "156"), ("the 1640s", "DATE", "164"), ("1568", "DATE", "1568"), ("1609", "DATE", "1609"),
      ("21", "DATE", "1621"), ("1648", "DATE", "1648"), ("the late 17th century", "DATE", "16"),
      ("the 18th century", "DATE", "17")]),
    # a recent civil war: "almost twenty-six years", "mid-2006", "the morning of 18 May", "the next day"
    ("The civil war in Sri Lanka began in July 1983 and lasted almost twenty-six years. A ceasefire brokered "
     "by Norway in February 2002 held, with violations, for four years. Fighting resumed in earnest in "
     "mid-2006. In January 2009 the army took Kilinochchi, and on the morning of 18 May the rebel leader was "
     "reported killed; the government declared victory the next day.",
     "2013-05-19",
     [("July 1983", "DATE", "1983-07"), ("almost twenty-six years", "DURATION", "P26Y"),
      ("February 2002", "DATE", "2002-02"),
      ("four years", "DURATION", "P4Y"), ("mid-2006", "DATE", "2006"), ("January 2009", "DATE", "2009-01"),
      ("the morning of 18 May", "TIME", "2009-05-18TMO"), ("the next day", "DATE", "2009-05-19")]),
    # an expedition: "the 14th of December", "thirty-four days later", "the end of January", "the end of March 1912"
    ("Amundsen's party left the Bay of Whales on 20 October 1911. They climbed onto the plateau in November "
     "and reached the Pole on the 14th of December. Scott's party arrived there thirty-four days later. "
     "Amundsen was back at his base by the end of January; Scott and his companions died on the return march, "
     "the last of them at the end of March 1912, eleven miles from a depot.",
     "2012-01-17",
     [("20 October 1911", "DATE", "1911-10-20"), ("November", "DATE", "1911-11"),
      ("the 14th of December", "DATE", "1911-12-14"),
      ("thirty-four days later", "DATE", "1912-01-17"), ("the end of January", "DATE", "1912-01"),
      ("the end of March 1912", "DATE", "1912-03")]),
]


LONGER: list[Row] = [
    ("The war between the United States and Mexico began in April 1846 after a clash of patrols north of the "
     "Rio Grande. Congress declared war on 13 May. In the summer, General Taylor advanced into northern Mexico, "
     "and in September he took Monterrey after three days of fighting. Meanwhile, a small force under Kearny "
     "marched west from Fort Leavenworth in June and occupied Santa Fe on 18 August without firing a shot. The "
     "annexation of Texas the previous year had set the two countries on this course; Mexico had broken off "
     "relations in March 1845. In February 1847 Santa Anna attacked Taylor at Buena Vista, and the battle lasted "
     "two days. The following month Scott landed near Veracruz, which surrendered on 29 March after a siege of "
     "twenty days. In April his army won at Cerro Gordo, and it spent the summer at Puebla waiting for "
     "reinforcements. Mexico City fell on 14 September. The treaty of Guadalupe Hidalgo was signed on "
     "2 February 1848 and ratified by the Senate in March. The war had lasted almost two years.",
     "2011-05-02",
     [("April 1846", "DATE", "1846-04"), ("13 May", "DATE", "1846-05-13"), ("the summer", "DATE", "1846-SU"),
      ("September", "DATE", "1846-09"), ("three days", "DURATION", "P3D"), ("June", "DATE", "1846-06"),
      ("18 August", "DATE", "1846-08-18"), ("the previous year", "DATE", "1845"), ("March 1845", "DATE", "1845-03"),
      ("February 1847", "DATE", "1847-02"), ("two days", "DURATION", "P2D"), ("The following month", "DATE", "1847-03"),
      ("29 March", "DATE", "1847-03-29"), ("twenty days", "DURATION", "P20D"), ("April", "DATE", "1847-04"),
      ("the summer", "DATE", "1847-SU"), ("14 September", "DATE", "1847-09-14"),
      ("2 February 1848", "DATE", "1848-02-02"),
      ("March", "DATE", "1848-03"), ("almost two years", "DURATION", "P2Y")]),
    ("The War of the Spanish Succession broke out after Charles II of Spain died childless on 1 November 1700. "
     "Louis XIV accepted the throne for his grandson within weeks, and in February 1701 French troops occupied "
     "the barrier fortresses in the Spanish Netherlands. The Grand Alliance was renewed that September. Fighting "
     "had begun in Italy the same summer, where Eugene of Savoy beat the French at Carpi on 9 July. In May 1702 "
     "England and the Dutch Republic declared war. Marlborough's great march to the Danube came two years later: "
     "leaving the Low Countries on 19 May 1704, his army covered some 250 miles in five weeks and joined Eugene "
     "in late June. On 13 August they destroyed the Franco-Bavarian army at Blenheim. The next year brought "
     "little, but in 1706 Marlborough won at Ramillies on 23 May, and within a month most of the Spanish "
     "Netherlands had fallen. The winter of 1709 was the coldest in living memory. Peace was made at Utrecht in "
     "April 1713, though the emperor fought on until the following spring.",
     "2010-09-12",
     [("1 November 1700", "DATE", "1700-11-01"), ("weeks", "DURATION", "PXW"), ("February 1701", "DATE", "1701-02"),
      ("that September", "DATE", "1701-09"), ("the same summer", "DATE", "1701-SU"), ("9 July", "DATE", "1701-07-09"),
      ("May 1702", "DATE", "1702-05"), ("two years later", "DATE", "1704"), ("19 May 1704", "DATE", "1704-05-19"),
      ("five weeks", "DURATION", "P5W"), ("late June", "DATE", "1704-06"), ("13 August", "DATE", "1704-08-13"),
      ("The next year", "DATE", "1705"), ("1706", "DATE", "1706"), ("23 May", "DATE", "1706-05-23"),
      ("a month", "DURATION", "P1M"), ("The winter of 1709", "DATE", "1709-WI"), ("April 1713", "DATE", "1713-04"),
      ("the following spring", "DATE", "1714-SP")]),
]

# Rows `auto` reads as news (fewer than five years written out): wrong for that alone, as the
# creation date anchors their year-less dates. Each passes as a history unless KNOWN_MISSES names it.
SHORT_OF_YEARS = "read as news: fewer than the five years a history needs (genre.STORY_MIN_DATES)"
READ_AS_NEWS = (
    "In 334 BC", "Rome's hold", "William landed", "The barons", "The English laid", "The English Civil",
    "Peter's army", "The Seven Years'", "Nelson's fleet", "Britain and France", "Born in Ajaccio",
    "The German offensive", "Early on the morning", "Operation Barbarossa", "The wars of the 1990s",
    "The war in Germany", "The Peloponnesian", "The Qin", "The Boers", "Argentine forces", "The crusaders",
    "The Holy League", "Garibaldi", "The Russo-Japanese", "The civil war in Sri Lanka", "Amundsen's party",
    "The war between the United States and Mexico",
)

# Rows still wrong as histories, and why (each fix would be no general rule, or a corpus convention).
KNOWN_MISSES = {
    "The barons": "an age written 'nine-year-old' is no expression (news corpora leave such ages alone)",
    "The English laid": "'the winter' after October 1428 is labelled by its January (1429-WI), not its December",
    "The English Civil": "'the following winter' after October 1642 is labelled by its January (1643-WI)",
    "Britain and France": "'that winter' after September 1854 is labelled by its January (1855-WI)",
    "The Seven Years'": "'Seven Years' in the war's name is tagged a duration; 'barely' is left out of a span",
    "Nelson's fleet": "'half past six' is no clock, bare 'the night' no expression, 'ten o'clock' in the evening 10:00",
    "The German offensive": "the name 'the Hundred Days' keeps its 'the' (annotated without it)",
    "The insurgency": "'a decade' is P10Y (WikiWars writes both P1DE and P10Y)",
    "Soviet troops": "'more than nine years after the invasion' is counted on from the story, not back to the event",
    "The war in Germany": "an Old Style day in brackets moves the story's day, so 'noon' falls on it",
    "The Peloponnesian": "'barely' is left out of a span (as the corpora's 'barely [a month]')",
}


# Rows `auto` reads as histories (the others pass as news, or fail there for READ_AS_NEWS).
READ_AS_HISTORIES = ("Kemal was born", "The insurgency", "The War of the Spanish")


def _row(row: Row, genre: str) -> object:
    """A row, expected to fail (strictly) when the genre or a known miss makes it wrong."""
    reason = known_miss(row[0], KNOWN_MISSES)
    if genre == "auto" and not row[0].startswith(READ_AS_HISTORIES):
        reason = SHORT_OF_YEARS if row[0].startswith(READ_AS_NEWS) else None
    return held_out_row(row, reason)


@pytest.mark.parametrize(("text", "dct", "expected"), [_row(row, "auto") for row in NARRATIVES + LONGER])
def test_a_held_out_narrative_is_tagged_as_annotated(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [_row(row, "narrative") for row in NARRATIVES + LONGER])
def test_a_held_out_narrative_read_as_a_history(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct, genre="narrative") == expected


def test_every_known_miss_names_a_row() -> None:
    assert names_rows([*KNOWN_MISSES, *READ_AS_NEWS, *READ_AS_HISTORIES], NARRATIVES + LONGER)


# The kinds those rules added, in sentences of their own (anchored on Thursday 2019-02-21).
KINDS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("The fleet sailed in 1521, and in 1523 it reached the islands. It left again in March.", "narrative",
     [("1521", "DATE", "1521"), ("1523", "DATE", "1523"), ("March", "DATE", "1523-03")]),  # the clause's year
    ("The siege began in 1683, but in 1686 the city fell on 2 September.", "narrative",
     [("1683", "DATE", "1683"), ("1686", "DATE", "1686"), ("2 September", "DATE", "1686-09-02")]),
    ("The council met in 325 AD. In June it condemned the priest.", "narrative",
     [("325 AD", "DATE", "0325"), ("June", "DATE", "0325-06")]),  # four digits
    ("Missions reached Kent in the 590s, and in 604 a see was founded in London.", "narrative",
     [("the 590s", "DATE", "059"), ("604", "DATE", "0604")]),
    ("The fleet carried 300 soldiers in 600 ships.", "narrative", []),  # counts, not years
    ("Talks opened on 9 March 1871; on the 12th a truce was agreed.", "narrative",
     [("9 March 1871", "DATE", "1871-03-09"), ("the 12th", "DATE", "1871-03-12")]),
    ("The lift stopped on the 12th floor.", "news", []),
    ("The guns opened on 3 May 1917; the assault on the 5th was repulsed.", "narrative",
     [("3 May 1917", "DATE", "1917-05-03"), ("the 5th", "DATE", "1917-05-05")]),
    ("The line broke on 8 August 1918; the general called this day the army's blackest.", "narrative",
     [("8 August 1918", "DATE", "1918-08-08"), ("this day", "DATE", "1918-08-08")]),
    ("The chapel built in 1450 stands to this day.", "narrative", [("1450", "DATE", "1450")]),
    ("The bombardment began on 2 July 1863. By the afternoon of the 3rd the ridge was lost.", "narrative",
     [("2 July 1863", "DATE", "1863-07-02"), ("the afternoon of the 3rd", "TIME", "1863-07-03TAF")]),
    ("The column left camp on 5 June 1815 and marched from dawn to dusk.", "narrative",
     [("5 June 1815", "DATE", "1815-06-05"), ("dawn", "TIME", "1815-06-05TMO"), ("dusk", "TIME", "1815-06-05TEV")]),
    ("The court sat on 14 May 1649; by early evening the verdict was read.", "narrative",
     [("14 May 1649", "DATE", "1649-05-14"), ("early evening", "TIME", "1649-05-14TEV")]),
    ("The barons met on 10 June 1265; by Lammas the rebels held the city.", "narrative",
     [("10 June 1265", "DATE", "1265-06-10"), ("Lammas", "DATE", "1265-08-01")]),
    ("The rents fell due at Lady Day 1402 and again at Michaelmas.", "narrative",  # a feast with its year
     [("Lady Day 1402", "DATE", "1402-03-25"), ("Michaelmas", "DATE", "1402-09-29")]),  # moves the story
    ("The rents fell due at Lady Day in 1402.", "narrative",  # a date before "in" and its year
     [("Lady Day", "DATE", "1402-03-25"), ("1402", "DATE", "1402")]),
    ("The bridge was opened by the king on 4 June in 1887.", "news",
     [("4 June", "DATE", "1887-06-04"), ("1887", "DATE", "1887")]),
    ("The mill opened in 1790, and three years after that it burned.", "narrative",
     [("1790", "DATE", "1790"), ("three years after that", "DATE", "1793")]),
    ("The alarm sounded for a quarter of an hour on Tuesday.", "news",
     [("a quarter of an hour", "DURATION", "PT15M"), ("Tuesday", "DATE", "2019-02-19")]),
    ("The rescue took some six hours, officials said.", "news", [("some six hours", "DURATION", "PT6H")]),
]


@pytest.mark.parametrize(("text", "genre", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_held_out_narratives_found_is_tagged(text: str, genre: str,
                                                        expected: list[tuple[str, str, str]]) -> None:
    found = tagged(text, "2019-02-21", genre=genre)
    assert found == expected
