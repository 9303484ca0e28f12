"""TempEval-3 Task A scoring of time expressions: strict/relaxed span P/R/F1, type and value accuracy."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from timeline.evaluation.timeml import TimemlDocument, TimemlError, read_timeml
from timeline.models import Timex

Tagger = Callable[[str, dt.datetime], list[Timex]]
ErrorKind = Literal["miss", "false_positive", "span", "type", "value"]
TYPE_ORDER = ("DATE", "TIME", "DURATION", "SET")
CONTEXT_CHARS = 40


class Scores(BaseModel):
    """Precision, recall and F1."""

    precision: float
    recall: float
    f1: float


class Counts(BaseModel):
    """Tag counts summed over documents; type and value are counted on relaxed matches."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def add(self, other: Counts) -> None:
        """Add another set of counts to this one."""
        for name in Counts.model_fields:
            setattr(self, name, getattr(self, name) + getattr(other, name))


class TypeRow(BaseModel):
    """Per-type breakdown: gold tags of this type (recall, value accuracy) and system tags of it."""

    type: str
    gold: int = 0
    matched: int = 0
    value_correct: int = 0
    system: int = 0
    false_positives: int = 0
    recall: float = 0.0
    value_accuracy: float = 0.0


class EvalError(BaseModel):
    """One scoring error with enough context to look at it."""

    kind: ErrorKind
    doc_id: str
    start: int
    end: int
    gold_text: str | None = None
    gold_type: str | None = None
    gold_value: str | None = None
    system_text: str | None = None
    system_type: str | None = None
    system_value: str | None = None
    context: str = ""


class DocumentResult(BaseModel):
    """Scoring counts and errors of one document."""

    doc_id: str
    counts: Counts
    errors: list[EvalError] = Field(default_factory=list)
    gold: list[Timex] = Field(default_factory=list, exclude=True)
    system: list[Timex] = Field(default_factory=list, exclude=True)
    pairs: list[tuple[int, int]] = Field(default_factory=list, exclude=True)


class DocumentSummary(BaseModel):
    """Per-document counts in a report."""

    doc_id: str
    counts: Counts


class EvalReport(BaseModel):
    """Pooled TempEval-3 Task A scores over a set of documents."""

    documents: int
    counts: Counts
    strict: Scores
    relaxed: Scores
    type_accuracy: float | None
    value_accuracy: float
    type_f1: float | None
    value_f1: float
    per_type: list[TypeRow] = Field(default_factory=list)
    per_document: list[DocumentSummary] = Field(default_factory=list)
    errors: list[EvalError] = Field(default_factory=list)
    missing_system: list[str] = Field(default_factory=list, description="gold files without a system file")


def ratio(numerator: int, denominator: int) -> float:
    """numerator / denominator, 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def prf(correct: int, system: int, gold: int) -> Scores:
    """Precision, recall and F1 from counts."""
    precision, recall = ratio(correct, system), ratio(correct, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision=precision, recall=recall, f1=f1)


def overlap(a: Timex, b: Timex) -> int:
    """Number of characters two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_timexes(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, best first, chosen greedily."""
    candidates = sorted(
        (_match_rank(g, s), gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if overlap(g, s) > 0
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, si in candidates:
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def _match_rank(gold: Timex, system: Timex) -> tuple[bool, int, int]:
    """Sort key of a candidate pair, best first: identical spans, most overlap, smallest union."""
    union = max(gold.end, system.end) - min(gold.start, system.start)
    return ((gold.start, gold.end) != (system.start, system.end), -overlap(gold, system), union)


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The span in [brackets] with up to `width` characters either side, on one line."""
    left = max(0, start - width)
    snippet = f"{text[left:start]}[{text[start:end]}]{text[end : end + width]}"
    return " ".join(snippet.split())


def score_document(
    doc_id: str, text: str, gold: Sequence[Timex], system: Sequence[Timex], ignore_types: bool = False
) -> DocumentResult:
    """Match system tags to gold tags in one text and count strict/relaxed/type/value agreement."""
    gold, system = _ordered(gold), _ordered(system)
    pairs = match_timexes(gold, system)
    counts = Counts(gold=len(gold), system=len(system), relaxed=len(pairs))
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        counts.strict += (g.start, g.end) == (s.start, s.end)
        counts.type_correct += g.type == s.type
        counts.value_correct += g.value == s.value
    errors = _errors(doc_id, text, gold, system, pairs, ignore_types)
    return DocumentResult(doc_id=doc_id, counts=counts, errors=errors, gold=gold, system=system, pairs=pairs)


def _ordered(timexes: Sequence[Timex]) -> list[Timex]:
    """Timexes in text order."""
    return sorted(timexes, key=lambda t: (t.start, t.end))


def _errors(
    doc_id: str,
    text: str,
    gold: Sequence[Timex],
    system: Sequence[Timex],
    pairs: Sequence[tuple[int, int]],
    ignore_types: bool,
) -> list[EvalError]:
    """Misses, false positives and span/type/value disagreements of one document, in text order."""
    matched_gold = {p[0] for p in pairs}
    matched_system = {p[1] for p in pairs}
    errors = [_error("miss", doc_id, text, gold=g) for i, g in enumerate(gold) if i not in matched_gold]
    errors += [
        _error("false_positive", doc_id, text, system=s)
        for i, s in enumerate(system)
        if i not in matched_system
    ]
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        kinds: list[ErrorKind] = []
        if (g.start, g.end) != (s.start, s.end):
            kinds.append("span")
        if g.type != s.type and not ignore_types:
            kinds.append("type")
        if g.value != s.value:
            kinds.append("value")
        errors += [_error(kind, doc_id, text, gold=g, system=s) for kind in kinds]
    return sorted(errors, key=lambda e: (e.start, e.end, e.kind))


def _error(
    kind: ErrorKind, doc_id: str, text: str, gold: Timex | None = None, system: Timex | None = None
) -> EvalError:
    """An error record at the gold span (else the system span); the context brackets both spans."""
    where = gold or system
    assert where is not None
    spans = [t for t in (gold, system) if t is not None]
    start, end = min(t.start for t in spans), max(t.end for t in spans)
    return EvalError(
        kind=kind,
        doc_id=doc_id,
        start=where.start,
        end=where.end,
        gold_text=text[gold.start : gold.end] if gold else None,
        gold_type=gold.type if gold else None,
        gold_value=gold.value if gold else None,
        system_text=text[system.start : system.end] if system else None,
        system_type=system.type if system else None,
        system_value=system.value if system else None,
        context=context(text, start, end),
    )


def build_report(results: Sequence[DocumentResult], ignore_types: bool = False) -> EvalReport:
    """Pool document results into a report: scores from summed counts plus per-type rows."""
    total = Counts()
    for result in results:
        total.add(result.counts)
    relaxed = prf(total.relaxed, total.system, total.gold)
    type_accuracy = None if ignore_types else ratio(total.type_correct, total.relaxed)
    value_accuracy = ratio(total.value_correct, total.relaxed)
    return EvalReport(
        documents=len(results),
        counts=total,
        strict=prf(total.strict, total.system, total.gold),
        relaxed=relaxed,
        type_accuracy=type_accuracy,
        value_accuracy=value_accuracy,
        type_f1=None if type_accuracy is None else type_accuracy * relaxed.f1,
        value_f1=value_accuracy * relaxed.f1,
        per_type=per_type_rows(results),
        per_document=[DocumentSummary(doc_id=r.doc_id, counts=r.counts) for r in results],
        errors=[e for r in results for e in r.errors],
    )


def per_type_rows(results: Iterable[DocumentResult]) -> list[TypeRow]:
    """Recall and value accuracy by gold type; system tag and false-positive counts by system type."""
    rows: dict[str, TypeRow] = {t: TypeRow(type=t) for t in TYPE_ORDER}
    for result in results:
        matched_gold = dict(result.pairs)
        matched_system = {si for _, si in result.pairs}
        for gi, g in enumerate(result.gold):
            row = rows.setdefault(g.type, TypeRow(type=g.type))
            row.gold += 1
            if gi in matched_gold:
                row.matched += 1
                row.value_correct += g.value == result.system[matched_gold[gi]].value
        for si, s in enumerate(result.system):
            row = rows.setdefault(s.type, TypeRow(type=s.type))
            row.system += 1
            row.false_positives += si not in matched_system
    for row in rows.values():
        row.recall = ratio(row.matched, row.gold)
        row.value_accuracy = ratio(row.value_correct, row.matched)
    return list(rows.values())


def expand_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, directories expanded recursively to their *.tml files (sorted)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list[Path] = []
    for item in map(Path, paths):
        files += sorted(item.rglob("*.tml")) if item.is_dir() else [item]
    return files


def system_timexes(
    doc: TimemlDocument, path: Path, tagger: Tagger | None, system_dir: Path | None
) -> list[Timex] | None:
    """The system's timexes for a gold document (None when its system file is missing)."""
    if system_dir is None:
        assert tagger is not None
        return list(tagger(doc.text, doc.dct))
    system_path = system_dir / path.name
    if not system_path.is_file():
        return None
    system_doc = read_timeml(system_path)
    if system_doc.text != doc.text:
        raise TimemlError(f"text differs from the gold text of {path}", str(system_path))
    return system_doc.timexes


def evaluate_documents(
    gold_paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    tagger: Tagger | None = None,
    system_dir: str | os.PathLike[str] | None = None,
    ignore_types: bool = False,
) -> EvalReport:
    """Score a tagger (or TimeML files of the same names in system_dir) against gold TimeML files."""
    if (tagger is None) == (system_dir is None):
        raise ValueError("give exactly one of tagger or system_dir")
    sys_dir = Path(system_dir) if system_dir is not None else None
    results: list[DocumentResult] = []
    missing: list[str] = []
    paths = expand_paths(gold_paths)
    if not paths:
        raise TimemlError("no TimeML (.tml) gold files in the given paths")
    for path in paths:
        doc = read_timeml(path)
        system = system_timexes(doc, path, tagger, sys_dir)
        if system is None:
            missing.append(str(path))
        results.append(score_document(doc.doc_id, doc.text, doc.timexes, system or [], ignore_types))
    report = build_report(results, ignore_types)
    report.missing_system = missing
    return report


def format_report(report: EvalReport, errors: bool = False) -> str:
    """A human-readable table of the scores, per-type lines and (optionally) the error list."""
    lines = [*_summary_lines(report), "", *_type_lines(report)]
    if report.missing_system:
        missing = len(report.missing_system)
        lines += ["", f"warning: {missing} gold file(s) had no system file (scored as empty)"]
    if errors:
        lines += ["", f"errors ({len(report.errors)}):", *(format_error(e) for e in report.errors)]
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    """A score as a percentage with one decimal, or n/a."""
    return "   n/a" if value is None else f"{100 * value:6.1f}"


def _summary_lines(report: EvalReport) -> list[str]:
    """Counts and pooled scores."""
    c = report.counts
    strict, relaxed = report.strict, report.relaxed
    return [
        (
            f"documents {report.documents}   gold {c.gold}   system {c.system}   "
            f"strict matches {c.strict}   relaxed matches {c.relaxed}"
        ),
        "",
        f"{'':16}{'P':>7}{'R':>7}{'F1':>7}",
        f"{'strict':16}{_pct(strict.precision)} {_pct(strict.recall)} {_pct(strict.f1)}",
        f"{'relaxed':16}{_pct(relaxed.precision)} {_pct(relaxed.recall)} {_pct(relaxed.f1)}",
        "",
        f"{'':16}{'acc':>7}{'F1':>7}",
        f"{'type':16}{_pct(report.type_accuracy)} {_pct(report.type_f1)}",
        f"{'value':16}{_pct(report.value_accuracy)} {_pct(report.value_f1)}",
    ]


def _type_lines(report: EvalReport) -> list[str]:
    """One line per timex type: gold recall and value accuracy, system false positives."""
    head = f"{'type':10}{'gold':>6}{'found':>7}{'recall':>8}{'val.acc':>8}{'system':>8}{'false+':>8}"
    rows = [
        f"{r.type:10}{r.gold:6d}{r.matched:7d} {_pct(r.recall)}  {_pct(r.value_accuracy)}"
        f"{r.system:8d}{r.false_positives:8d}"
        for r in report.per_type
    ]
    return [head, *rows]


def format_error(error: EvalError) -> str:
    """One line describing an error: kind, document, gold and system tags, context."""
    gold = system = ""
    if error.gold_text is not None:
        gold = f'gold "{error.gold_text}" {error.gold_type} {error.gold_value}'
    if error.system_text is not None:
        system = f'system "{error.system_text}" {error.system_type} {error.system_value}'
    tags = " | ".join(p for p in (gold, system) if p)
    return f"{error.kind:14} {error.doc_id}: {tags}   … {error.context} …"
