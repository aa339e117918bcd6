"""Choosing among overlapping candidate spans, the one rule every extractor shares.

Candidates are taken in priority order; a candidate is kept when it overlaps none already
kept. The kept spans never overlap, so sorted by start they are also sorted by end, and a new
span can only touch the kept span that starts just before its end: one look-up in a sorted
list (``sortedcontainers``) instead of a comparison with every kept span, so choosing among
n candidates costs O(n log n), whatever the text (a scraped page that lost its line breaks is
one line with thousands of names on it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from sortedcontainers import SortedKeyList


class Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=Span)


def non_overlapping(candidates: Iterable[tuple[int, S]],
                    order: Callable[[tuple[int, S]], tuple]) -> list[S]:
    """Greedy choice of non-overlapping spans from ``(priority, span)`` candidates, taken in
    ``order`` (e.g. longest first, then priority); returned sorted by position. Empty spans
    name nothing and are never kept."""
    chosen: SortedKeyList = SortedKeyList(key=lambda s: s.start)
    for _, span in sorted(candidates, key=order):
        if span.end <= span.start:
            continue
        k = chosen.bisect_key_left(span.end)  # kept spans starting before this one ends
        if k and chosen[k - 1].end > span.start:
            continue
        chosen.add(span)
    return list(chosen)


def longest_first(pc: tuple[int, Span]) -> tuple[int, int, int]:
    """Order for names and dates: the longest span wins, then the source's priority."""
    return -(pc[1].end - pc[1].start), pc[0], pc[1].start


class SpanIndex:
    """Non-overlapping spans, sorted, for overlap and containment look-ups in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self.starts = [a for a, _ in pairs]
        self.ends = [b for _, b in pairs]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps any span."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.ends[k - 1] > start

    def contains(self, pos: int) -> bool:
        """Whether a span holds the position ``pos``."""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.ends[k - 1] > pos


def within(spans: list[S], starts: list[int], lo: int, hi: int) -> list[S]:
    """The spans (sorted by start, with ``starts`` their start positions) that start in
    [lo, hi)."""
    return spans[bisect_left(starts, lo):bisect_left(starts, hi)]
