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


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    assert sentences("Dr. Lee spoke on Monday. Then she left.") == ["Dr. Lee spoke on Monday.", "Then she left."]
