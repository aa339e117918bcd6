"""Choosing among overlapping candidate spans, the one rule every extractor shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar


class Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=Span)


def non_overlapping(candidates: Iterable[tuple[int, S]],
                    order: Callable[[tuple[int, S]], tuple]) -> list[S]:
    """Greedy choice of non-overlapping spans from ``(priority, span)`` candidates, taken in
    ``order`` (e.g. longest first, then priority); returned sorted by position."""
    chosen: list[S] = []
    for _, span in sorted(candidates, key=order):
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def longest_first(pc: tuple[int, Span]) -> tuple[int, int, int]:
    """Order for names and dates: the longest span wins, then the source's priority."""
    return -(pc[1].end - pc[1].start), pc[0], pc[1].start
