"""Relative time phrases (``data/relative_dates.csv``) and articles' publication dates
(``data/publication_dates.csv``, which a user extends or overrides)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..contract.vocabulary import TIME_KINDS
from .loader import RuleFile, one_of, rows

ANCHORS = ("", "day", "week", "month", "quarter", "year", "weekday", "n")


@dataclass(frozen=True)
class RelativeDate:
    """A relative phrase ("last week") and how it resolves: the period it anchors on and the
    shift; no anchor means it is anchored on another event and never resolved."""

    pattern: str
    anchor: str
    shift: int
    time_kind: str = "relative"


@dataclass(frozen=True)
class PubDate:
    """When an article was published: an exact date (min == max) or an interval."""

    date_min: dt.date
    date_max: dt.date
    evidence: str = ""


def parse_relative_dates(source: RuleFile) -> tuple[RelativeDate, ...]:
    def build(r: dict[str, str]) -> RelativeDate:
        re.compile(r["pattern"])
        return RelativeDate(r["pattern"], one_of(r["anchor"], ANCHORS, "anchor"),
                            int(r["shift"] or 0),
                            one_of(r.get("time_kind") or "relative", TIME_KINDS, "time kind"))

    return tuple(rows(source, build))


def parse_publication_dates(source: RuleFile) -> dict[str, PubDate]:
    def build(r: dict[str, str]) -> tuple[str, PubDate]:
        lo = dt.date.fromisoformat(r["date_min"])
        hi = dt.date.fromisoformat(r.get("date_max") or r["date_min"])
        if hi < lo:
            raise ValueError("date_max is before date_min")
        return r["article_id"], PubDate(lo, hi, r.get("evidence", ""))

    return dict(rows(source, build))
