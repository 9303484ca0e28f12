"""Sentence spans as the events stage reads them: an update's stamp joined to its sentence, a
line holding only a date joined to the entry below it, and page furniture cut out."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from timeline.events import refine
from timeline.events.cues import cue_patterns, whole_words
from timeline.language.boilerplate import merged_spans
from timeline.language.compiled import lazy_regex
from timeline.models import Timex

DAY = lazy_regex(r"^\d{4}-\d{2}-\d{2}$")
MAX_CRY_WORDS = 2  # words of an update's opening cry ("VERDICT.", "Breaking news:")
RANGE_WORD = lazy_regex(r"^\W*(?i:to|until|till|through|and)\W*$")
BULLET = lazy_regex(r"[ \t]*[-*•]\s")  # a bulleted list's item
BOLD_PARAGRAPH = lazy_regex(r"^(?:\*\*|__)[^*_\n]+(?:\*\*|__)$")  # "**9:37 p.m. ET**"
# A live page's stamp with its word, as a scraped page keeps it once its bold is lost: "Updated 14:32 GMT"
WORDED_STAMP = lazy_regex(r"^updated?\s+\d{1,2}[:.]\d{2}\b", re.I)


def with_stamps(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentence spans where an update's bare time stamp ("(Update 9:30 a.m.)") is joined to the
    sentence after it on its line, or opening the next line when the stamp is a line of its own (a
    live page's "Update 19:40" over its paragraph): the stamp dates that sentence."""
    joined: list[tuple[int, int]] = []
    for span in spans:
        if joined and ((refine.stamp_end(text[joined[-1][0]:joined[-1][1]]) >= joined[-1][1] - joined[-1][0] and
                        _stamp_reaches(text, joined[-1], span)) or _stamped_cry(text, joined[-1], span)):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def _stamped_cry(text: str, stamped: tuple[int, int], span: tuple[int, int]) -> bool:
    """True when the sentence before is an update's stamp and a cry of a word or two, in capitals or
    before a colon ("5/ 1:47pm: VERDICT.", "**16.02** BREAKING!", "Breaking news:"; not "9:31pm —
    Meeting closes."), and the sentence follows it on its line: what the cry announces."""
    sentence = text[stamped[0]:stamped[1]]
    stamp = refine.stamp_end(sentence)
    cry = sentence[stamp:].strip()
    return stamp > 0 and len(cry.split()) <= MAX_CRY_WORDS and (cry.isupper() or cry.endswith(":")) and \
        "\n" not in text[stamped[1]:span[0]]


def _stamp_reaches(text: str, stamp: tuple[int, int], span: tuple[int, int]) -> bool:
    """True when the sentence follows the stamp on its line, or opens the next line and the stamp
    stands alone on its own. A blank line between them ends the update, unless the stamp is a
    paragraph of its own, set in bold as a live page heads its updates ("**9:37 p.m. ET**", a blank
    line, then the update), or led by its word ("Updated 14:32 GMT", a blank line, then the update;
    not a bold heading such as "**Key points**")."""
    gap = text[stamp[1]:span[0]]
    if "\n" not in gap:
        return True
    alone = not text[text.rfind("\n", 0, stamp[0]) + 1:stamp[0]].strip()
    if gap.strip() or not alone:
        return False
    if gap.count("\n") == 1:
        return True
    if gap.count("\n") == 2 and refine.POST_HEADER_STAMP.match(text[stamp[0]:stamp[1]]):
        return True  # a post's header stands over its post, a blank line between them
    stamp_text = text[stamp[0]:stamp[1]].strip()
    return gap.count("\n") == 2 and (BOLD_PARAGRAPH.match(stamp_text) is not None or (
        WORDED_STAMP.match(stamp_text) is not None and not BOLD_PARAGRAPH.match(text[span[0]:span[1]].strip()))) and \
        text[:stamp[0]].rstrip(" \t").endswith("\n\n")


def with_headings(spans: list[tuple[int, int]], text: str,
                  within: Callable[[int, int], list[Timex]]) -> list[tuple[int, int]]:
    """Sentence spans where a line that holds only a date ("January 2012", "June 2010:") is joined
    to the sentence that opens the next line when that one names no time of its own: a
    chronology's heading dates its entry, and the entry, not the bare date, is the event's text
    (two entries under one heading stay apart; "5 pm" over "… will declare … tomorrow" does not)."""
    joined: list[tuple[int, int]] = []
    for span in spans:
        if joined and is_date_heading(text, *joined[-1], within) and not text[joined[-1][1]:span[0]].strip() \
                and text.count("\n", joined[-1][1], span[0]) <= _heading_reach(text, joined[-1][0]) and \
                not any(t.type in {"DATE", "TIME"} for t in within(*span)):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


MARKED_HEADING = lazy_regex(r"\*\*|#{1,6}\s|__")  # Markdown's bold or heading marks


def _heading_reach(text: str, start: int) -> int:
    """How many line breaks may part a date heading from its entry: one, or two (a blank line, as
    Markdown writes it) when the heading is marked as one ("**Oct. 26**", "## Spring")."""
    return 2 if MARKED_HEADING.match(text, start) else 1


HEADING_CHARS = 60  # a day heading is short: "**Tuesday 17 June**", "Saturday 3 May 2025:"


def day_headings(spans: list[tuple[int, int]], text: str, within: Callable[[int, int], list[Timex]],
                 language: str = "en") -> list[tuple[int, str, bool]]:
    """(start, day, written) of each line that holds only a date named to the day by its number
    ("**Tuesday 17 June**", "3 May 2025:"): a programme's, a log's or a live blog's heading for the
    entries under it; or, written, the day a quoted or forwarded message was written ("On Wed, 5
    Mar 2025 at 18:00, Lee wrote:")."""
    found: list[tuple[int, str, bool]] = []
    for start, end in spans:
        if (day := _message_header(text, start, within, language) or _chat_stamp_day(text, start, within)
                or _dateline_day(text, start, within, language)) is not None:
            found.append((start, day, True))
            continue
        line_end = text.find("\n", start, end)  # (a heading joined to its entry: "**Wed 12 Feb**", "Autoclave broken.")
        end = end if line_end < 0 else line_end
        if end - start > HEADING_CHARS or not is_date_heading(text, start, end, within):
            continue
        dated = [t for t in within(heading_body(text, start, end), end) if t.type == "DATE"]
        if len(dated) == 1 and DAY.match(dated[0].value) and any(c.isdigit() for c in dated[0].text):
            found.append((start, dated[0].value, False))
    return found


def _chat_stamp_day(text: str, start: int, within: Callable[[int, int], list[Timex]]) -> str | None:
    """The day of a chat message's stamp opening the span ("[01/09/2025, 18:02] Priya: …"): the
    message speaks from it ("tmrw", "last night", "on Sat"), or None."""
    if start and text[start - 1] != "\n":
        return None
    line_end = text.find("\n", start)
    found = refine.CHAT_STAMP.match(text[start:len(text) if line_end < 0 else line_end])
    days = {t.value[:10] for t in within(start, start + found.end()) if DAY.match(t.value[:10])} if found else set()
    return days.pop() if len(days) == 1 else None


def _dateline_day(text: str, start: int, within: Callable[[int, int], list[Timex]], language: str) -> str | None:
    """The day of a wire dateline opening a paragraph ("OSAKURA, Japan, Nov. 20 (Northstar) — …"): the
    story under it, up to the next dateline of a round-up, is told from that day, which a time zone
    may put after the page's own ("early on Thursday" there is the 20th), or None."""
    if start and text[start - 1] != "\n":
        return None
    patterns = cue_patterns(language)
    line_end = text.find("\n", start)
    dated = within(start, min(start + 80, len(text) if line_end < 0 else line_end))
    first = dated[0] if dated else None
    if first is None or first.type != "DATE" or not DAY.match(first.value) or \
            patterns["dateline_before"].match(text[start:first.start]) is None or \
            patterns["dateline_after"].match(text[first.end:first.end + 40]) is None:
        return None
    return first.value


def _message_header(text: str, start: int, within: Callable[[int, int], list[Timex]],
                    language: str) -> str | None:
    """The day of a quoted or forwarded message's header line ("On Wed, 5 Mar 2025 at 18:00, Lee
    wrote:", "Date: Tue, 4 Mar 2025 15:00"), or None when the span is no such line."""
    line_end = text.find("\n", start)
    line = text[start:len(text) if line_end < 0 else line_end]
    if (start and text[start - 1] != "\n") or not cue_patterns(language)["message_header"].match(line):
        return None
    days = {t.value[:10] for t in within(start, start + len(line)) if t.type in {"DATE", "TIME"}
            and DAY.match(t.value[:10])}
    return days.pop() if len(days) == 1 else None


LABEL_SEPARATOR = lazy_regex(r"\s[—–-]\s|:\s")  # "**Callout 2025-14 — Saturday 21 June**"


def heading_body(text: str, start: int, end: int) -> int:
    """Where a marked heading's date starts after its label ("**Callout 2025-14 — Saturday 21
    June**": the call-out's number is no date), or start when the line is no such heading."""
    if not MARKED_HEADING.match(text, start):
        return start
    separators = list(LABEL_SEPARATOR.finditer(text, start, end))
    return separators[-1].end() if separators else start


def is_date_heading(text: str, start: int, end: int, within: Callable[[int, int], list[Timex]],
                    language: str = "en") -> bool:
    """True when the span is a line of its own that its time expressions fill ("June 2010:"), and
    no item of a schedule a line announces (`is_scheduled_item`)."""
    if (start and text[start - 1] != "\n") or (end < len(text) and text[end] not in "\r\n"):
        return False
    if is_scheduled_item(text, start, language):
        return False
    start = heading_body(text, start, end)
    dated = [t for t in within(start, end) if t.type in {"DATE", "TIME"} and t.end <= end]
    if not dated:
        return False
    position = start  # read the text between the expressions only: most sentences fail at their first word
    for timex in sorted(dated, key=lambda t: t.start):
        gap = text[position:timex.start]
        if any(character.isalnum() for character in gap) and (position == start or not RANGE_WORD.match(gap)):
            return False  # (a range's word between two expressions is still the heading's: "April to June")
        position = max(position, timex.end)
    return not any(character.isalnum() for character in text[position:end])


def is_scheduled_item(text: str, start: int, language: str = "en") -> bool:
    """True for an item of a bulleted list under a line that announces a schedule ("The committee
    released its meeting schedule for 2026:", then "- 23–24 February 2026"): a date alone there is
    the date of one of the things the schedule lists, not a heading."""
    if not BULLET.match(text, start):
        return False
    line_start = start
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous:line_start].strip()
        line_start = previous
        if line and not BULLET.match(line):
            return line.endswith(":") and whole_words(language, "schedule_list_nouns").search(line) is not None
    return False


CHAPTER_MARK = lazy_regex(r"^[ \t]*\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?(?=[ \t]+\S)", re.M)
MIN_CHAPTERS = 3  # marks in a run that make it a list of a recording's chapters


def with_chapter_marks(furniture: list[tuple[int, int]], text: str, start: int,
                       end: int) -> list[tuple[int, int]]:
    """The furniture spans and a chapter list's marks, in order and merged where they overlap."""
    return merged_spans(furniture + chapter_marks(text, start, end))


def chapter_marks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The time marks opening the lines of a recording's chapter list ("00:00 Intro", "02:15 How the
    strike started: …", "14:40 What the company says"): offsets into the recording, not clock times
    of a day. A list opens at "00:00" (or "0:00") and runs over the lines that each open with a mark."""
    end = len(text) if end is None else end
    marks = [(m.start(), m.end()) for m in CHAPTER_MARK.finditer(text, start, end)]
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for mark in marks:
        follows = bool(run) and text.count("\n", run[-1][1], mark[0]) == 1
        if not follows:
            if len(run) >= MIN_CHAPTERS:
                found.extend(run)
            run = []
        if run or text[mark[0]:mark[1]].strip("( \t)") in {"00:00", "0:00", "00:00:00", "0:00:00"}:
            run.append(mark)
    if len(run) >= MIN_CHAPTERS:
        found.extend(run)
    return found


def without(cuts: list[tuple[int, int]], spans: list[tuple[int, int]], offset: int,
             text: str) -> list[tuple[int, int]]:
    """Sentence spans (relative to `offset`) moved into `text` and with the `cuts` (page
    furniture) taken out: what is left of a sentence on either side of a cut is a sentence."""
    spans = [(start + offset, end + offset) for start, end in spans]
    if not cuts:
        return spans
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        inside = list(_overlapping(cuts, start, end))
        if not inside:
            pieces.append((start, end))
            continue
        for cut_start, cut_end in inside:
            pieces.extend(_trimmed(start, cut_start, text))
            start = max(start, cut_end)
        pieces.extend(_trimmed(start, end, text))
    return pieces


def _overlapping(cuts: list[tuple[int, int]], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The cuts (sorted, not overlapping each other) that overlap `start..end`."""
    for index in range(max(0, bisect.bisect_left(cuts, (start, -1)) - 1), len(cuts)):
        if cuts[index][0] >= end:
            return
        if cuts[index][1] > start:
            yield cuts[index]


def _trimmed(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The span without its outer white space, if any word is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if any(character.isalnum() for character in text[start:end]) else []
