"""Offsets in a repaired text mapped back to the text as it was read.

Reading repairs a text in small local places (a mis-decoded "â€™" becomes "’", "&amp;" becomes
"&", an invisible character goes), so the two texts agree everywhere but there. Walking both at
once and, at each disagreement, finding the nearest place where they agree again gives every
offset of the repaired text its place in the original: what `timeline tag` promises its offsets
index.
"""

from __future__ import annotations

from bisect import bisect_right

from timeline.models import Timex

# How far apart the two texts may drift at one repair ("&#x2014;" is eight characters for one),
# and how many characters must agree again to call it the end of the repair.
REACH = 12
AGREE = 4


class OffsetMap:
    """Offsets of `changed` as offsets of `original`, for a `changed` made by local repairs."""

    def __init__(self, original: str, changed: str) -> None:
        # Stretches where the texts agree: each starts at these offsets and runs for `_length`
        # characters; between two stretches lies one repair.
        self._changed_at: list[int] = [0]
        self._original_at: list[int] = [0]
        self._length: list[int] = []
        self._walk(original, changed)

    def start(self, offset: int) -> int:
        """Where a span that starts at `offset` of the changed text starts in the original
        (inside a repair: where the repair starts)."""
        k = bisect_right(self._changed_at, offset) - 1
        return self._original_at[k] + min(offset - self._changed_at[k], self._length[k])

    def end(self, offset: int) -> int:
        """Where a span that ends at `offset` (exclusive) ends in the original (inside a repair:
        where the repair ends)."""
        k = bisect_right(self._changed_at, offset) - 1
        within = offset - self._changed_at[k]
        if within <= self._length[k] or k + 1 == len(self._changed_at):
            return self._original_at[k] + within
        return self._original_at[k + 1]

    def _walk(self, original: str, changed: str) -> None:
        i = j = 0
        while i < len(changed) and j < len(original):
            if changed[i] == original[j]:
                i, j = i + 1, j + 1
                continue
            self._length.append(i - self._changed_at[-1])
            i, j = _agreeing_again(original, changed, i, j)
            self._changed_at.append(i)
            self._original_at.append(j)
        self._length.append(len(changed) - self._changed_at[-1])


def _agreeing_again(original: str, changed: str, i: int, j: int) -> tuple[int, int]:
    """The nearest pair of positions after a disagreement where the texts agree again (or both
    ends, when they do not within reach)."""
    for drift in range(1, 2 * REACH + 1):
        for skip_changed in range(drift + 1):
            a, b = i + skip_changed, j + drift - skip_changed
            if a <= len(changed) and b <= len(original) and changed[a:a + AGREE] == original[b:b + AGREE]:
                return a, b
    return len(changed), len(original)


def remapped(timexes: list[Timex], original: str, changed: str) -> list[Timex]:
    """Expressions found in `changed` with their offsets and text in `original` instead."""
    if original == changed:
        return timexes
    offsets = OffsetMap(original, changed)
    moved = []
    for timex in timexes:
        start, end = offsets.start(timex.start), offsets.end(timex.end)
        moved.append(timex.model_copy(update={"start": start, "end": end, "text": original[start:end]}))
    return moved
