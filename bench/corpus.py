"""Deterministic generated news text for the benchmarks (no text is taken from anywhere).

Sentences are assembled from small hand-written vocabularies with a seeded `random.Random`, so
the same seed always gives the same bytes. About 45 % of sentences carry no time expression
at all (and many of those carry numbers that are not dates: money, counts, percentages, road
and room numbers, scores); the rest carry one or two expressions of many kinds: full dates in
several spellings, numeric dates, bare years, months, weekdays, relative days and units, times
of day, parts of day, durations, sets, quarters, seasons, ranges, decades and centuries.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

_PLACE_HEADS = ["North", "Port ", "Mill", "Car", "Linden", "Salt", "Brack", "Upper ", "Kestrel ", "Old", "Fen",
                "Marrow", "Ash", "Stone", "West ", "Glen", "Hollow ", "Red", "Elm", "Ravens"]
_PLACE_TAILS = ["vale", "ford", "brook", "row", "feld", "mere", "water", "bridge", "haven", "ton", "wick", "dale"]
PLACES = [head + (tail.capitalize() if head.endswith(" ") else tail) for head in _PLACE_HEADS for tail in _PLACE_TAILS]
_FIRST = ["Ana", "Tomas", "Mira", "John", "Li", "Greta", "Samir", "Paula", "Kofi", "Irene", "Daniel", "Ruth",
          "Omar", "Elena", "Piet", "Yusuf", "Hana", "Victor", "Noor", "Marta"]
_LAST = ["Ortiz", "Reyl", "Castell", "Abara", "Wen", "Holm", "Nadeem", "Brandt", "Mensah", "Vass", "Okafor",
         "Lindqvist", "Daher", "Kowal", "Strand", "Ferreira", "Ito", "Moreau", "Achebe", "Novak"]
PEOPLE = [f"{first} {last}" for first in _FIRST for last in _LAST]
ROLES = ["the mayor", "the finance minister", "a spokeswoman for the port authority", "the union leader",
         "the chief executive", "the police chief", "a hospital spokesman", "the lead negotiator",
         "the head of the school board", "an engineer on the project", "the environment commissioner",
         "a lawyer for the families", "the governor", "the opposition leader", "the fire chief"]
BODIES = ["The city council", "The port authority", "Shareholders", "The central bank", "Police",
          "The regional court", "Negotiators", "Local farmers", "The transport ministry", "Residents",
          "The hospital board", "Dock workers", "The electricity company", "Inspectors", "The opposition",
          "The health agency", "Teachers", "The water utility", "Firefighters", "The airline", "Prosecutors",
          "The football club", "The university", "Rail operators", "The planning committee"]
SPEECH = ["said", "announced", "confirmed", "warned", "reported", "told reporters", "insisted", "argued"]
_VERBS = ["approved", "rejected", "published", "delayed", "cancelled", "announced", "signed", "reviewed",
          "suspended", "reopened", "sold", "bought", "inspected", "challenged", "funded", "expanded",
          "closed", "defended", "audited", "proposed", "unveiled", "postponed", "criticised", "renewed"]
_OBJECTS = ["the budget", "the bridge repairs", "a new contract", "the ferry service", "the harbor wall",
            "the northern terminal", "plans for a stadium", "the audit", "a pay offer", "the tunnel project",
            "the school merger", "a recall of the vehicles", "the water tariffs", "the housing scheme",
            "the wind farm", "the night trains", "a flood barrier", "the hospital wing", "the bus lanes",
            "the fishing quota", "the airport expansion", "the pension reform", "the library", "a tax rebate",
            "the cycle path", "the grain silos", "the market hall", "the coastal road", "the power plant",
            "the merger talks"]
_ALSO = ["went on strike", "raised interest rates", "evacuated the building", "detained two suspects",
         "agreed to resume talks", "opened an inquiry", "hired a new director", "filed a lawsuit",
         "called an emergency meeting", "paid the first instalment"]
ACTIONS = [f"{verb} {obj}" for verb in _VERBS for obj in _OBJECTS] + _ALSO
CLAIMS = ["the repairs would cost more than planned", "talks would continue", "the vote was close",
          "the figures were disappointing", "no one was injured", "the site was safe",
          "the plan had broad support", "prices would rise", "the decision was final", "more rain was expected",
          "the contract had been breached", "the money had run out", "the tests were reassuring",
          "the timetable was unrealistic", "the company would appeal"]
NO_TIME_FACTS = [
    "The project is expected to cost ${m}.{d} million.", "About {n},{k:03d} people live in the district.",
    "Unemployment in the region stands at {p}.{d} percent.", "The ferry carries up to {n} cars.",
    "The meeting took place in Room {r} of the town hall.", "Traffic on Route {r} was diverted.",
    "The home side won {a}-{b}.", "Shares fell {p} percent in early trading.",
    "The bridge is {n} meters long and {a} meters wide.", "Around {n} workers joined the protest.",
    "The report runs to {r} pages.", "The company employs {n},{k:03d} people in {a} countries.",
    "Investigators have interviewed more than {n} witnesses.", "The fund holds {p}.{d} billion euros.",
    "Flight {r} was diverted to {place}.", "The tower has {a} floors and {r} apartments.",
]
NO_TIME_PLAIN = [
    "{role} declined to comment.", "The cause of the fire is not yet known.",
    "{person}, {role}, said the town deserved better.", "Critics say the plan does not go far enough.",
    "The opposition called the decision a mistake.", "Engineers are studying the damage.",
    "{body} did not respond to a request for comment.", "Residents near {place} were asked to stay indoors.",
    "The union represents most of the workers at the port.", "Both sides said they wanted a deal.",
    "It was not clear how many jobs would be affected.", "The road between {place} and {place2} remains closed.",
    "{person} has led the group since its founding.", "The council is divided on the question.",
    "Officials stressed that the water is safe to drink.", "The museum will remain open to visitors.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "ten", "twelve"]
UNITS = ["days", "weeks", "months", "years"]
PARTS = ["morning", "afternoon", "evening", "night"]
SEASONS = ["spring", "summer", "autumn", "winter"]
ORDINALS = ["first", "second", "third", "fourth"]


def _time_expression(rng: random.Random, dct: dt.date) -> str:
    """One time phrase (with its preposition), of a kind picked at random."""
    year = dct.year + rng.choice([-3, -2, -1, -1, 0, 0, 0, 0, 1])
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    kind = rng.randrange(30)
    choices = [
        lambda: f"on {MONTHS[month]} {day}, {year}",
        lambda: f"on {MONTH_ABBR[month]} {day}",
        lambda: f"on {day} {MONTHS[month]} {year}",
        lambda: f"on {year}-{month + 1:02d}-{day:02d}",
        lambda: f"in {year}",
        lambda: f"in {MONTHS[month]}",
        lambda: f"last {MONTHS[month]}",
        lambda: f"in {MONTHS[month]} {year}",
        lambda: f"on {rng.choice(WEEKDAYS)}",
        lambda: f"last {rng.choice(WEEKDAYS)}",
        lambda: f"on {rng.choice(WEEKDAYS)} {rng.choice(PARTS)}",
        lambda: rng.choice(["yesterday", "today", "tomorrow", "earlier today", "this morning", "last night",
                            "tonight"]),
        lambda: f"{rng.choice(NUMBER_WORDS)} {rng.choice(UNITS)} ago",
        lambda: f"{rng.choice(['last', 'next', 'this'])} {rng.choice(['week', 'month', 'year'])}",
        lambda: f"earlier this {rng.choice(['week', 'month', 'year'])}",
        lambda: f"in the coming {rng.choice(['days', 'weeks', 'months'])}",
        lambda: f"at {rng.randint(1, 11)} {rng.choice(['a.m.', 'p.m.'])}",
        lambda: f"at {rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}",
        lambda: f"at noon on {rng.choice(WEEKDAYS)}",
        lambda: f"for {rng.choice(NUMBER_WORDS)} {rng.choice(UNITS)}",
        lambda: f"over the past {rng.choice(NUMBER_WORDS)} {rng.choice(UNITS)}",
        lambda: f"every {rng.choice(WEEKDAYS)}",
        lambda: rng.choice(["each month", "twice a year", "daily", "every year"]),
        lambda: f"in the {rng.choice(ORDINALS)} quarter",
        lambda: f"in the {rng.choice(ORDINALS)} quarter of {year}",
        lambda: f"{rng.choice(['last', 'this', 'next'])} {rng.choice(SEASONS)}",
        lambda: f"from {MONTHS[month]} {day} to {MONTHS[month]} {min(day + rng.randint(1, 9), 28)}",
        lambda: f"between {year - rng.randint(3, 10)} and {year}",
        lambda: f"in the {rng.choice(['1970s', '1980s', '1990s', '2000s'])}",
        lambda: rng.choice(["in the 19th century", "since the end of the war", "in recent years", "recently"]),
    ]
    return choices[kind]()


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        m=rng.randint(2, 900), d=rng.randint(0, 9), n=rng.randint(12, 950), k=rng.randint(0, 999),
        p=rng.randint(1, 19), r=rng.randint(2, 480), a=rng.randint(0, 6), b=rng.randint(0, 6),
        role=rng.choice(ROLES).capitalize() if template.startswith("{role}") else rng.choice(ROLES),
        person=rng.choice(PEOPLE), body=rng.choice(BODIES), place=rng.choice(PLACES),
        place2=rng.choice(PLACES))


def sentence(rng: random.Random, dct: dt.date) -> str:
    """One news sentence; about 45 % carry no time expression."""
    roll = rng.random()
    if roll < 0.22:
        return _fill(rng.choice(NO_TIME_FACTS), rng)
    if roll < 0.45:
        return _fill(rng.choice(NO_TIME_PLAIN), rng)
    when = _time_expression(rng, dct)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{rng.choice(BODIES)} {rng.choice(ACTIONS)} {when}."
    if shape == 1:
        return f"{when[0].upper()}{when[1:]}, {rng.choice(BODIES).lower()} {rng.choice(ACTIONS)}."
    if shape == 2:
        return (f"{rng.choice(PEOPLE)}, {rng.choice(ROLES)}, {rng.choice(SPEECH)} {when} that "
                f"{rng.choice(CLAIMS)}.")
    if shape == 3:
        later = _time_expression(rng, dct)
        return f"{rng.choice(BODIES)} {rng.choice(ACTIONS)} {when} and {rng.choice(ACTIONS)} {later}."
    if shape == 4:
        claim = rng.choice(CLAIMS)
        return f"\"{claim[0].upper()}{claim[1:]},\" {rng.choice(PEOPLE)} said {when}."
    return f"In {rng.choice(PLACES)}, {rng.choice(BODIES).lower()} {rng.choice(ACTIONS)} {when}."


FIRST_DAY = dt.date(2018, 1, 1)  # articles are dated within three years from this day


def article_date(rng: random.Random, first_day: dt.date = FIRST_DAY) -> dt.date:
    return first_day + dt.timedelta(days=rng.randrange(3 * 365))


def article_body(rng: random.Random, dct: dt.date, size: int) -> str:
    """Paragraphs of 2-5 sentences until about `size` characters."""
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(sentence(rng, dct) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def articles(count: int, size: int = 2000, seed: int = 1,
             first_day: dt.date = FIRST_DAY) -> list[tuple[str, dt.date, str]]:
    """`count` articles of about `size` characters each: (title, date, body)."""
    rng = random.Random(seed)
    out = []
    for index in range(count):
        dct = article_date(rng, first_day)
        body = article_body(rng, dct, rng.randint(size * 2 // 3, size * 4 // 3))
        title = f"{rng.choice(BODIES)} in {rng.choice(PLACES)}: report {index + 1}"
        out.append((title, dct, body))
    return out


def markdown(title: str, dct: dt.date, body: str) -> str:
    return f"---\ntitle: \"{title}\"\ndate: {dct.isoformat()}\n---\n{body}\n"


def write_articles(folder: Path, count: int, size: int = 1200, seed: int = 1,
                   first_day: dt.date = FIRST_DAY) -> list[Path]:
    """Write `count` Markdown articles with front matter into `folder` (files named in order),
    dated within three years from `first_day`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, (title, dct, body) in enumerate(articles(count, size, seed, first_day)):
        path = folder / f"a{index:05d}.md"
        path.write_text(markdown(title, dct, body), encoding="utf-8")
        paths.append(path)
    return paths


def plain_text(size: int, seed: int = 7, newlines: bool = True) -> str:
    """About `size` characters of news text (paragraphs, or one line when `newlines` is false)."""
    rng = random.Random(seed)
    dct = dt.date(2019, 2, 21)
    text = article_body(rng, dct, size)
    return text if newlines else text.replace("\n\n", " ")
