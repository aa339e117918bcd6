"""Time expressions (dates, months, years, relative phrases) and their resolution.

Absolute expressions resolve from the text alone ("January 14, 2026" -> 2026-01-14; "Q1 2026"
-> 2026-01/2026-03). Expressions without a year ("September", "this week", "next year",
"on Wednesday") resolve against the article's publication date, taken from
``data/publication_dates.csv`` (exact date or an interval, with the evidence), which a user
extends. With an interval, an expression resolves only when both ends of the interval give
the same answer; otherwise, and whenever no date is known, ``resolved`` stays empty rather
than guessed. A month named without a year is read as the latest such month not after the
publication date. Relative phrases to be anchored on another event ("on the same day") never
resolve from the publication date.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from .gates import fold, gate_open, required_literals
from .spans import longest_first, non_overlapping

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
_MONTH = (r"(?:January|February|March|April|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_MAY = r"May"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
WORD_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
QUARTERS = {"q1": 1, "q2": 2, "q3": 3, "q4": 4, "first": 1, "second": 2, "third": 3,
            "fourth": 4}


@dataclass(frozen=True)
class TimeExpr:
    """One time expression found in a text (offsets into that text)."""

    start: int
    end: int
    surface: str
    kind: str
    resolved: str


@dataclass(frozen=True)
class PubDate:
    """When an article was published: an exact date (min == max) or an interval."""

    date_min: dt.date
    date_max: dt.date
    evidence: str = ""


class DatesError(ValueError):
    """The publication-dates file is malformed; the message names the file and row."""


def load_publication_dates(path: str | Path | None = None) -> dict[str, PubDate]:
    """Publication dates by article id (default: the packaged table)."""
    if path is None:
        text = (resources.files("chipclaims") / "data" / "publication_dates.csv").read_text(
            "utf-8")
        where = "publication_dates.csv"
    else:
        text, where = Path(path).read_text("utf-8"), str(path)
    out = {}
    for i, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            lo = dt.date.fromisoformat(row["date_min"])
            hi = dt.date.fromisoformat(row.get("date_max") or row["date_min"])
        except (KeyError, ValueError) as exc:
            raise DatesError(f"{where}: row {i}: {exc}") from None
        if hi < lo:
            raise DatesError(f"{where}: row {i}: date_max is before date_min")
        out[row["article_id"]] = PubDate(lo, hi, row.get("evidence", ""))
    return out


def _iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _anchor(anchor: str, shift: int, day: dt.date) -> str:
    if anchor == "day":
        return (day + dt.timedelta(days=shift)).isoformat()
    if anchor == "week":
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=shift)
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    if anchor == "month":
        return _iso_month(*_shift_month(day.year, day.month, shift))
    if anchor == "quarter":
        q = (day.month - 1) // 3
        y, m = _shift_month(day.year, q * 3 + 1, 3 * shift)
        return f"{_iso_month(y, m)}/{_iso_month(*_shift_month(y, m, 2))}"
    if anchor == "year":
        return f"{day.year + shift:04d}"
    return ""


def _latest_month(month: int, day: dt.date) -> str:
    year = day.year if month <= day.month else day.year - 1
    return _iso_month(year, month)


def _latest_day(month: int, dom: int, day: dt.date) -> str:
    year = day.year if (month, dom) <= (day.month, day.day) else day.year - 1
    try:
        return dt.date(year, month, dom).isoformat()
    except ValueError:
        return ""


def _latest_weekday(weekday: int, day: dt.date) -> str:
    return (day - dt.timedelta(days=(day.weekday() - weekday) % 7)).isoformat()


def _both(pub: PubDate | None, fn) -> str:
    """Resolve with both ends of the publication interval; agree or stay unresolved."""
    if pub is None:
        return ""
    a, b = fn(pub.date_min), fn(pub.date_max)
    return a if a == b else ""


@dataclass(frozen=True)
class TimeFinder:
    """Patterns for time expressions; relative phrases come from ``relative_dates.csv``."""

    relative: tuple[tuple[str, str, int], ...]

    @classmethod
    def load(cls, path: str | Path | None = None) -> TimeFinder:
        text = (resources.files("chipclaims") / "data" / "relative_dates.csv").read_text(
            "utf-8") if path is None else Path(path).read_text("utf-8")
        return cls(tuple((r["pattern"], r["anchor"], int(r["shift"] or 0))
                         for r in csv.DictReader(text.splitlines())))

    @cached_property
    def _absolute(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        mon = rf"(?P<mon>{_MONTH}|{_MAY})"
        return (
            ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
            ("mdy", re.compile(rf"\b{mon}\s(?P<d>{_DAY}),?\s(?P<y>{_YEAR})\b")),
            ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s{mon},?\s(?P<y>{_YEAR})\b")),
            ("quarter", re.compile(rf"\b(?P<q>Q[1-4]|(?:first|second|third|fourth) quarter)"
                                   rf"(?:\sof)?\s(?P<y>{_YEAR})\b", re.IGNORECASE)),
            ("my", re.compile(rf"\b(?:(?:early|mid|late|end of|mid-)\s?)?{mon},?\s(?P<y>{_YEAR})"
                              r"\b")),
            ("md", re.compile(rf"\b{mon}\s(?P<d>{_DAY})\b(?!,?\s\d)")),
            ("m", re.compile(rf"\b(?:(?:early|mid|late)\s|mid-)?(?P<mon>{_MONTH})(?!\s?\d)\b")),
            ("may", re.compile(rf"\b(?:in|since|by|from|until|around|last|this|next|of|early|"
                               rf"mid|late)\s(?P<core>(?:mid-)?(?P<mon>{_MAY}))\b(?!\s?\d)")),
            ("decade", re.compile(r"\b(?P<y>(?:19[5-9]|20[0-4])0)s\b")),
            ("year", re.compile(rf"(?<![\w$€£¥.,/-])(?:(?:early|mid|late|mid-)\s?)?(?P<y>{_YEAR})"
                                r"(?![\w%]|[.,]\d)")),
        )

    @cached_property
    def _relative(self) -> tuple[tuple[re.Pattern[str], str, int], ...]:
        return tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE if a != "weekday" else 0), a, s)
                     for p, a, s in self.relative)

    @cached_property
    def _gates(self) -> tuple[tuple[tuple[str, ...] | None, ...], tuple[tuple[str, ...] | None,
                                                                         ...]]:
        return (tuple(required_literals(rx) for _, rx in self._absolute),
                tuple(required_literals(rx) for rx, _, _ in self._relative))

    def find(self, text: str, pub: PubDate | None = None) -> list[TimeExpr]:
        """Time expressions in ``text``, resolved where the text or ``pub`` allows."""
        cands: list[tuple[int, TimeExpr]] = []
        folded = fold(text)
        absolute_gates, relative_gates = self._gates
        for prio, (name, rx) in enumerate(self._absolute):
            if not gate_open(absolute_gates[prio], folded):
                continue
            for m in rx.finditer(text):
                kind, resolved = self._resolve_absolute(name, m, pub)
                a, b = m.span("core") if "core" in rx.groupindex else m.span()
                cands.append((prio, TimeExpr(a, b, text[a:b], kind, resolved)))
        for (m_rx, anchor, shift), gate in zip(self._relative, relative_gates):
            if not gate_open(gate, folded):
                continue
            for m in m_rx.finditer(text):
                cands.append((50, TimeExpr(m.start(), m.end(), m.group(0), "relative",
                                           self._resolve_relative(anchor, shift, m, pub))))
        return non_overlapping(cands, longest_first)

    @staticmethod
    def _resolve_absolute(name: str, m: re.Match[str], pub: PubDate | None) -> tuple[str, str]:
        g = m.groupdict()
        mon = MONTHS.get((g.get("mon") or "").rstrip(".").lower(), 0)
        if name == "iso":
            return "date", f"{g['y']}-{g['m']}-{g['d']}"
        if name in ("mdy", "dmy"):
            try:
                day = dt.date(int(g["y"]), mon, int(re.sub(r"\D", "", g["d"])))
            except ValueError:
                return "date", ""
            return "date", day.isoformat()
        if name == "quarter":
            q = QUARTERS[g["q"].split()[0].lower()]
            y = int(g["y"])
            return "month", f"{_iso_month(y, 3 * q - 2)}/{_iso_month(y, 3 * q)}"
        if name == "my":
            return "month", _iso_month(int(g["y"]), mon)
        if name == "md":
            dom = int(re.sub(r"\D", "", g["d"]))
            return "date", _both(pub, lambda d: _latest_day(mon, dom, d))
        if name in ("m", "may"):
            return "month", _both(pub, lambda d: _latest_month(mon, d))
        if name == "decade":
            return "year", f"{g['y']}/{int(g['y']) + 9}"
        return "year", g["y"]

    @staticmethod
    def _resolve_relative(anchor: str, shift: int, m: re.Match[str], pub: PubDate | None) -> str:
        if not anchor:
            return ""
        if anchor == "weekday":
            wd = list(calendar.day_name).index(m.group("weekday"))
            return _both(pub, lambda d: _latest_weekday(wd, d))
        if anchor == "n":
            n = m.group("n").lower()
            k = int(n) if n.isdigit() else WORD_N[n]
            unit = m.group("unit").lower().rstrip("s")
            if unit in ("day", "week"):
                days = k if unit == "day" else 7 * k
                return _both(pub, lambda d: (d - dt.timedelta(days=days)).isoformat())
            return _both(pub, lambda d: _anchor(unit, -k, d))
        return _both(pub, lambda d: _anchor(anchor, shift, d))


def date_spans(exprs: Sequence[TimeExpr]) -> list[tuple[int, int]]:
    """Spans of full dates, whose day numbers are not quantities."""
    return [(t.start, t.end) for t in exprs if t.kind in ("date", "month") and
            any(c.isdigit() for c in t.surface)]
