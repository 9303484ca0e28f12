"""Headlines: cuts that would leave a fragment keep more of the sentence."""

from __future__ import annotations

import pytest

from timeline.events.headline import headline

CASES = [
    # a thousands comma does not end an opening phrase
    ("During the 1998 floods more than 4,000 homes were lost and 12 bridges fell.",
     "During the 1998 floods more than 4,000 homes were lost and 12 bridges fell"),
    # "as well as" continues the subject
    ("Ferry crews, as well as the harbour staff, have walked out.",
     "Ferry crews, as well as the harbour staff, have walked out"),
    # a cut leaving one word keeps the sentence
    ("Or as one skipper put it on the quay, the season is over.",
     "Or as one skipper put it on the quay, the season is over"),
    # "for which" does not end the clause
    ("The last season for which records survive was a wet one.",
     "The last season for which records survive was a wet one"),
    # a real subordinate clause still ends the headline
    ("The council closed the pier, after storms cracked its deck.", "The council closed the pier"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_headline_keeps_a_whole_main_clause(sentence: str, expected: str) -> None:
    assert headline(sentence) == expected


@pytest.mark.parametrize("bullet", ["- ", "* ", "\\* ", "• "])
def test_a_list_bullet_opens_no_headline(bullet: str) -> None:
    sentence = f"{bullet}In 1953, the pier was rebuilt in concrete."
    start = sentence.index("1953")
    assert headline(sentence, start, start + 4) == "The pier was rebuilt in concrete"


def test_a_quote_mark_and_the_comma_left_by_the_time_phrase_open_no_headline() -> None:
    sentence = '"As of May 2, 2024, ferries had carried 9,000 people," the operator said.'
    start = sentence.index("May 2, 2024")
    assert headline(sentence, start, start + len("May 2, 2024")).startswith("Ferries had carried 9,000 people")


@pytest.mark.parametrize("dateline", ["TOKYO, March 3 (Reuters) - ", "CAPE TOWN, South Africa (AP) -- ", "LIMA — "])
def test_a_wire_dateline_opens_no_headline(dateline: str) -> None:
    assert headline(f"{dateline}The yen fell sharply against the dollar.") == "The yen fell sharply against the dollar"
