

@pytest.mark.parametrize(("body", "words", "expected"), [
    # a state lasting through a season has that season as its own date: the clause is cut there
    ("The pool stayed shut through the summer, and on 2 September it reopened.", "The pool stayed shut", "2024-06-01"),
    ("The pool stayed shut through the summer, and on 2 September it reopened.", "it reopened", "2024-09-02"),
])
def test_a_state_through_a_season_is_dated_by_it(body: str, words: str, expected: str) -> None:
    assert date_of(body, words) == expected
