"""Sentence and line splitting."""

from __future__ import annotations

import pytest

from timeline.language.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_lines_split_sentences() -> None:
    assert sentences("Rain fell\nThe river rose. Roads shut.") == ["Rain fell", "The river rose.", "Roads shut."]


@pytest.mark.parametrize("ticker", ["(HBF.\nL)", "(NOVN.\nVX)"])
def test_a_stock_ticker_broken_over_two_lines_is_one_sentence(ticker: str) -> None:
    text = f"Lender Harbour {ticker} said defaults rose. Shares fell."
    assert sentences(text) == [f"Lender Harbour {ticker} said defaults rose.", "Shares fell."]


def test_a_clock_broken_from_its_zone_over_two_lines_is_one_sentence() -> None:
    text = "(Update 2:10 p.m. in Lima, 4:10 pm.\nEST) Marchers formed a human chain on Monday. Police watched."
    assert sentences(text) == ["(Update 2:10 p.m. in Lima, 4:10 pm.\nEST) Marchers formed a human chain on Monday.",
                               "Police watched."]


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    assert sentences("Dr. Lee spoke on Monday. Then she left.") == ["Dr. Lee spoke on Monday.", "Then she left."]


@pytest.mark.parametrize(("text", "expected"), [
    # a number's plural before the stop is no initial ("J." is one)
    ("Mills closed in the late 1980s. If the port shuts, jobs go.",
     ["Mills closed in the late 1980s.", "If the port shuts, jobs go."]),
    ("Both are in their 30s. They met at work.", ["Both are in their 30s.", "They met at work."]),
    ("It was signed by J. Marlow on Monday.", ["It was signed by J. Marlow on Monday."]),
])
def test_a_numbers_plural_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Ferry service restored after storm A relief crew reached the island on Monday.",
     ["Ferry service restored after storm", "A relief crew reached the island on Monday."]),
    ("Ann Lee, BBC News, Lima In the old town, shops reopened.",
     ["Ann Lee, BBC News, Lima", "In the old town, shops reopened."]),
    ("Council approves budget They voted on Monday.", ["Council approves budget", "They voted on Monday."]),
    ("Flu cases close a school Another nine cases were confirmed.",
     ["Flu cases close a school", "Another nine cases were confirmed."]),
    ('Harbour chief: "We expect worse storms in the winter" The ferry was cancelled on Friday.',
     ['Harbour chief: "We expect worse storms in the winter"', "The ferry was cancelled on Friday."]),
])
def test_a_headline_or_byline_run_into_the_story_is_a_sentence_of_its_own(line: str, expected: list[str]) -> None:
    assert sentences(line) == expected


@pytest.mark.parametrize("line", [
    "He told The Associated Press on Monday.",
    "Class A drugs were seized and Plan A is dead.",
    "She got an A in maths.",
    "Children lacking vitamin A often go blind.",
    'She called it "a turning point" The Guardian reported on Monday.',
])
def test_capitals_inside_a_sentence_do_not_start_one(line: str) -> None:
    assert sentences(line) == [line]


def test_a_run_without_a_stop_is_cut_into_bounded_pieces_at_clause_breaks() -> None:
    from timeline.language.sentences import MAX_SENTENCE

    text = "the ferry sailed on Monday, " * 400 + "and then it sank"
    pieces = sentences(text)
    assert all(len(piece) <= MAX_SENTENCE for piece in pieces) and len(pieces) > 1
    assert all(piece.endswith(",") for piece in pieces[:-1])  # cut after a comma, not inside a word
    assert "".join(pieces).replace(",", ", ").split() == text.split()


def test_a_long_natural_sentence_stays_whole() -> None:
    text = "The council, which met on Monday, " + "agreed a plan for the harbour and " * 35 + "then adjourned."
    assert len(text) < 1500 and sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation said by someone stays one sentence
    ('"We are shocked. We will appeal," the lawyer said.', ['"We are shocked. We will appeal," the lawyer said.']),
    # a quotation running over paragraphs opens each and closes only the last: their sentences stand apart
    ('"I was called up in 1940. We sailed in April.\n\n"We landed on 2 June. I came home in 1945."',
     ['"I was called up in 1940.', "We sailed in April.", '"We landed on 2 June.', 'I came home in 1945."']),
    # so do those of a paragraph quoted whole
    ('“The board met twice. It voted on Friday.”', ["“The board met twice.", "It voted on Friday.”"]),
    # not when a quotation closes inside the line
    ('"We won." He said so. "Again."', ['"We won."', "He said so.", '"Again."']),
])
def test_quotations_and_their_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
