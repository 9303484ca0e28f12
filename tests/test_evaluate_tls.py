"""Timeline-summarization scoring (`timeline eval-tls`): Date F1 and ROUGE arithmetic, the pad
window and the baseline, on a small collection written for the project (tests/data/tls)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from timeline.cli import cli
from timeline.evaluation.tls import Scores, average, date_scores, in_window, source_count_baseline
from timeline.models import Event, Source, Timeline

TLS = ROOT / "tests" / "data" / "tls"
D = dt.date.fromisoformat


def _eval(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["eval-tls", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _by_story(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["story"]: r for r in report["timelines"]}


def test_date_scores_count_days_once_and_score_an_empty_choice_zero() -> None:
    gold = [D("2021-01-01"), D("2021-01-02"), D("2021-01-03"), D("2021-01-04")]
    assert date_scores([D("2021-01-01"), D("2021-01-09")], gold) == (1, 0.5, 0.25, pytest.approx(1 / 3))
    assert date_scores([], gold) == (0, 0.0, 0.0, 0.0)


def test_f1_is_taken_from_averaged_precision_and_recall() -> None:
    one = Scores(chosen=[], hits=0, precision=1.0, recall=0.2, f1=1 / 3)
    two = Scores(chosen=[], hits=0, precision=0.2, recall=1.0, f1=1 / 3)
    averages = average([one, two])
    assert (averages.precision, averages.recall) == (pytest.approx(0.6), pytest.approx(0.6))
    assert averages.f1 == pytest.approx(0.6)  # not the mean of the per-timeline F1 (1/3)


def _reported(start: str, text: str, *papers: str, granularity: str = "day") -> Event:
    sources = [Source(title=paper) for paper in papers]
    return Event(start=start, end=start, granularity=granularity, approximate=False, upcoming=False, text=text,
                 headline=text, time_text="", value=start, source=sources[0], sources=sources)


def test_source_count_baseline_ranks_days_by_distinct_reporting_articles() -> None:
    timeline = Timeline(events=[
        _reported("2021-03-01", "The bridge closed.", "Post"),
        _reported("2021-03-02", "The strike began.", "Post", "Herald"),
        _reported("2021-03-02", "Talks broke down.", "Post"),  # the Post again: still two articles
        _reported("2021-03-03", "The mayor resigned.", "Post", "Herald", "Gazette"),
        _reported("2021-03-04", "Rain fell all month.", "Post", "Herald", "Gazette", "Echo", granularity="month"),
        _reported("2021-03-09", "The ferry sank.", "Post", "Herald", "Gazette", "Echo"),  # out of range
    ])
    chosen = source_count_baseline(timeline, D("2021-03-01"), D("2021-03-08"), 2, 1)
    assert chosen == {D("2021-03-02"): ["The strike began."], D("2021-03-03"): ["The mayor resigned."]}
    # A tie goes to the earlier day.
    tied = Timeline(events=[_reported("2021-03-05", "The pier reopened.", "Echo"), timeline.events[0]])
    assert list(source_count_baseline(tied, D("2021-03-01"), D("2021-03-08"), 1, 1)) == [D("2021-03-01")]


def test_hand_written_collection_scores_as_computed_by_hand() -> None:
    # quillon_ferry: gold 03-02, 03-05, 03-09, 03-12 (N = 4). The articles date events on 03-02,
    # 03-05, 03-07 and 03-10 and are published on 03-02, 03-07 (twice) and 03-10: the tool has four
    # days to choose from and keeps them all (2 right: P = R = 1/2); the baseline ranks 03-07 (two
    # articles), then 03-02 and 03-10 (one each): 1 right of 3 (P = 1/3, R = 1/4).
    # marrow_fen_dam: gold 06-01, 06-04, 06-08 (N = 3); one article in the range, dating 06-01:
    # tool and baseline P = 1, R = 1/3.
    report = _eval(str(TLS))
    assert (report["stories"], report["pad"], report["per_date"]) == (2, 0, 1)
    ferry, dam = _by_story(report)["quillon_ferry"], _by_story(report)["marrow_fen_dam"]
    assert (ferry["articles"], ferry["dates"]) == (4, 4)
    assert ferry["tool"]["chosen"] == ["2021-03-02", "2021-03-05", "2021-03-07", "2021-03-10"]
    assert (ferry["tool"]["hits"], ferry["tool"]["precision"], ferry["tool"]["recall"]) == (2, 0.5, 0.5)
    assert ferry["baseline"]["chosen"] == ["2021-03-02", "2021-03-07", "2021-03-10"]
    assert ferry["baseline"]["precision"] == pytest.approx(1 / 3)
    assert ferry["baseline"]["recall"] == pytest.approx(1 / 4)
    assert dam["tool"]["chosen"] == ["2021-06-01"]
    assert (dam["tool"]["precision"], dam["tool"]["recall"]) == (1.0, pytest.approx(1 / 3))
    # Averages: P = (1/2 + 1)/2 = 3/4, R = (1/2 + 1/3)/2 = 5/12, F1 = 2PR/(P+R) = 15/28.
    assert report["tool"]["precision"] == pytest.approx(3 / 4)
    assert report["tool"]["recall"] == pytest.approx(5 / 12)
    assert report["tool"]["f1"] == pytest.approx(15 / 28)
    # Baseline: P = (1/3 + 1)/2 = 2/3, R = (1/4 + 1/3)/2 = 7/24, F1 = 28/69.
    assert report["baseline"]["precision"] == pytest.approx(2 / 3)
    assert report["baseline"]["recall"] == pytest.approx(7 / 24)
    assert report["baseline"]["f1"] == pytest.approx(28 / 69)
    # The source-count baseline has the same four days as the tool to rank, and keeps them all.
    assert ferry["sources"]["chosen"] == ferry["tool"]["chosen"]
    # The build dates 2 of the ferry's 4 gold days and 1 of the dam's 3: recall cannot pass 5/12.
    assert (ferry["coverage"], dam["coverage"]) == (0.5, pytest.approx(1 / 3))
    assert report["coverage"] == pytest.approx(5 / 12)


def test_rouge_compares_summaries_on_the_shared_dates_only() -> None:
    ferry = _by_story(_eval(str(TLS)))["quillon_ferry"]
    shared = {s["date"]: (s["rouge1"], s["rouge2"]) for s in ferry["tool"]["shared"]}
    assert set(shared) == {"2021-03-02", "2021-03-05"}
    assert shared["2021-03-02"] == (pytest.approx(1.0), pytest.approx(1.0))  # the gold sentence itself
    # "Talks opened on March 5, 2021." against "Union talks opened.": unigrams 2 of 6 and 2 of 3
    # (F1 4/9); bigrams "talk open" 1 of 5 and 1 of 2 (F1 2/7).
    assert shared["2021-03-05"] == (pytest.approx(4 / 9), pytest.approx(2 / 7))
    assert ferry["tool"]["rouge1"] == pytest.approx((1 + 4 / 9) / 2)
    assert ferry["tool"]["rouge2"] == pytest.approx((1 + 2 / 7) / 2)
    # The baseline shares 03-02 only, summarized by that day's first event: the gold sentence.
    assert [s["date"] for s in ferry["baseline"]["shared"]] == ["2021-03-02"]
    assert ferry["baseline"]["rouge1"] == pytest.approx(1.0)


def test_pad_window_bounds_are_inclusive() -> None:
    articles = [(D("2021-05-29"), 1, "a"), (D("2021-05-30"), 2, "b"), (D("2021-06-10"), 3, "c"),
                (D("2021-06-11"), 4, "d")]
    assert in_window(articles, D("2021-06-01"), D("2021-06-08"), 0) == []
    assert in_window(articles, D("2021-06-01"), D("2021-06-08"), 2) == [(2, "b"), (3, "c")]
    assert in_window(articles, D("2021-06-01"), D("2021-06-08"), 3) == [(1, "a"), (2, "b"), (3, "c"), (4, "d")]


def test_pad_reads_articles_published_after_the_range() -> None:
    # The dam's second article is published on 06-10, two days after the last gold date, and
    # reports the 06-08 draining; the third (07-01) stays out.
    narrow = _by_story(_eval(str(TLS), "--pad", "1"))["marrow_fen_dam"]
    padded = _by_story(_eval(str(TLS), "--pad", "2"))["marrow_fen_dam"]
    assert (narrow["articles"], padded["articles"]) == (1, 2)
    assert padded["tool"]["chosen"] == ["2021-06-01", "2021-06-08"]
    assert (padded["tool"]["precision"], padded["tool"]["recall"]) == (1.0, pytest.approx(2 / 3))
    assert padded["baseline"]["chosen"] == ["2021-06-01"]  # 06-10 is out of the gold range


def test_timelines_without_per_date_summaries_get_date_f1_only(tmp_path: Path) -> None:
    story = tmp_path / "dam"
    shutil.copytree(TLS / "marrow_fen_dam", story)
    (story / "timelines.jsonl").write_text(
        '[["2021-06-01", ["Cracks were found. Villagers moved out."]], ["2021-06-04", []], ["2021-06-08", []]]\n',
        encoding="utf-8")
    report = _eval(str(story))
    assert report["tool"]["rouge1"] is None and report["tool"]["rouge_timelines"] == 0
    assert report["tool"]["recall"] == pytest.approx(1 / 3)
    text = CliRunner().invoke(cli, ["eval-tls", str(story)]).output
    assert "timeline (key dates)" in text and "publication-count baseline" in text and "—" in text


def test_text_report_puts_the_baseline_beside_the_tool() -> None:
    result = CliRunner().invoke(cli, ["eval-tls", str(TLS)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(line.startswith("timeline (key dates)") and "0.536" in line for line in lines)
    assert any(line.startswith("publication-count baseline") and "0.406" in line for line in lines)


def test_scores_are_the_same_for_any_number_of_jobs() -> None:
    assert _eval(str(TLS), "--jobs", "2") == _eval(str(TLS))


@pytest.mark.parametrize(("files", "message"), [
    ({}, "no STORY/timelines.jsonl"),
    ({"s/timelines.jsonl": "[]\n", "s/articles.jsonl": ""}, "non-empty list"),
    ({"s/timelines.jsonl": "[[\"2021-13-01\", []]]\n", "s/articles.jsonl": ""}, "is not a date"),
    ({"s/timelines.jsonl": "[[\"2021-01-01\", [\"x\"]]\n", "s/articles.jsonl": ""}, "malformed JSON"),
    ({"s/timelines.jsonl": "[[\"2021-01-01\", [\"x\"]]]\n"}, "without articles.jsonl"),
    ({"s/timelines.jsonl": "[[\"2021-01-01\", [\"x\"]]]\n", "s/articles.jsonl": "{\"text\": \"x\"}\n"},
     "articles.jsonl:1: an article needs a 'date'"),
])
def test_bad_collections_are_one_line_errors(tmp_path: Path, files: dict[str, str], message: str) -> None:
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval-tls", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("timeline: error:")
    assert message in result.output


def test_skipped_records_are_named_by_their_line_in_the_story(tmp_path: Path) -> None:
    # Twenty articles (the build gets them as two files); line 19 has no text, line 3 is out of range.
    story = tmp_path / "fen"
    story.mkdir()
    records = [{"id": n, "date": "2021-05-01" if n == 3 else "2021-06-01",
                "text": "" if n == 19 else f"Engineers inspected sluice {n} of the Fen dam on June 1, 2021."}
               for n in range(1, 21)]
    (story / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (story / "timelines.jsonl").write_text('[["2021-06-01", ["Sluices were inspected."]]]\n', encoding="utf-8")
    result = _by_story(_eval(str(story)))["fen"]
    assert (result["articles"], result["skipped"]) == (18, 1)
    assert result["skipped_inputs"] == ["fen/articles.jsonl:19: no text in field 'text'"]
    text = CliRunner().invoke(cli, ["eval-tls", str(story)]).output
    assert "skipped 1 article(s) of fen #1 (no text in field 'text'): articles.jsonl lines 19" in text


def test_errors_list_missed_and_wrong_days() -> None:
    output = CliRunner().invoke(cli, ["eval-tls", str(TLS), "--errors"]).output
    assert "quillon_ferry #1 tool: missed 2 2021-03-09 2021-03-12; wrong 2 2021-03-07 2021-03-10" in output
    assert "quillon_ferry #1 baseline: missed 3 2021-03-05 2021-03-09 2021-03-12; wrong 2" in output


def test_the_tool_chooses_what_timeline_build_with_key_dates_outputs() -> None:
    # eval-tls scores exactly `timeline build ARTICLES.jsonl --from FIRST --to LAST --key-dates N`.
    result = CliRunner().invoke(cli, ["build", str(TLS / "quillon_ferry" / "articles.jsonl"), "--from", "2021-03-02",
                                      "--to", "2021-03-12", "--key-dates", "4", "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    built = sorted({event["start"][:10] for event in json.loads(result.output)["events"]})
    assert built == _by_story(_eval(str(TLS)))["quillon_ferry"]["tool"]["chosen"]


def test_without_rouge_score_summaries_ask_for_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rouge_score", None)  # as if it were not installed
    result = CliRunner().invoke(cli, ["eval-tls", str(TLS)])
    assert result.exit_code == 2
    assert result.output == ("timeline: error: eval-tls needs rouge-score for summaries: "
                             "pip install 'timeline[tls]'\n")
