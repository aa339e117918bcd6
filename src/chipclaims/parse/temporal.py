"""Time expressions (dates, months, years, relative phrases) and their resolution.

Absolute expressions resolve from the text alone ("January 14, 2026" -> 2026-01-14; "Q1 2026"
-> 2026-01/2026-03). Expressions without a year ("September", "this week", "next year",
"on Wednesday") resolve against the article's publication date, taken from
``data/publication_dates.csv`` (exact date or an interval, with the evidence), which a user
extends. With an interval, an expression resolves only when both ends of the interval give
the same answer; otherwise, and whenever no date is known, ``resolved`` stays empty rather
than guessed. A month named without a year is read as the latest such month not after the
publication date, and a day or month after a word of the future ("set to take effect on May
15", "will ship in May") as the first such one from it. Relative phrases to be anchored on
another event ("on the same day") never resolve from the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from ..rules.patterns import PatternSet
from ..rules.time import PubDate, RelativeDate
from ..rules.words import Words
from .spans import longest_first, non_overlapping

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
_MONTH = (r"(?:January|February|March|April|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_MAY = r"May"
# characters before a yearless day or month searched for a word of the future
FUTURE_LEAD_REACH = 60
# a past tense right before the word of the future, up to two words between
PAST_LEAD = re.compile(r"\b(?:was|were|had been)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
PAST_LEAD_REACH = 25
LAST_BEFORE = re.compile(r"\blast\s", re.IGNORECASE)  # "last October": before this month
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
@dataclass(frozen=True)
class TimeExpr:
    """One time expression found in a text (offsets into that text)."""

    start: int
    end: int
    surface: str
    time_kind: str
    resolved: str


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


def _latest_month(month: int, day: dt.date, strict: bool = False) -> str:
    """The latest ``month`` up to ``day``'s month; before it when ``strict`` ("last
    October", written in October, is the October of the year before)."""
    year = day.year if month < day.month or (month == day.month and not strict) \
        else day.year - 1
    return _iso_month(year, month)


def _next_month(month: int, day: dt.date) -> str:
    """The first ``month`` from ``day``'s month on ("will ship in May", written in April)."""
    return _iso_month(day.year if month >= day.month else day.year + 1, month)


def _latest_day(month: int, dom: int, day: dt.date, strict: bool = False) -> str:
    """The latest ``month`` ``dom`` up to ``day``; in a month before ``day``'s when
    ``strict`` ("last Oct. 7", written in October, is the October of the year before)."""
    year = day.year if (month, dom) <= (day.month, day.day) and not (
        strict and month == day.month) else day.year - 1
    try:
        return dt.date(year, month, dom).isoformat()
    except ValueError:
        return ""


def _next_day(month: int, dom: int, day: dt.date) -> str:
    """The first ``month`` ``dom`` from ``day`` on: a day told as to come ("set to take
    effect on May 15", written on 1 May 2025) is not the last one past."""
    year = day.year if (month, dom) >= (day.month, day.day) else day.year + 1
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
    try:
        a, b = fn(pub.date_min), fn(pub.date_max)
    except (OverflowError, ValueError):  # "99999999 days ago" is before any calendar
        return ""
    return a if a == b else ""


@dataclass(frozen=True)
class TimeFinder:
    """Patterns for time expressions; relative phrases come from ``relative_dates.csv``,
    number and quarter words from ``words.csv``."""

    relative: tuple[RelativeDate, ...]
    words: Words

    @cached_property
    def _absolute(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        mon = rf"(?P<mon>{_MONTH}|{_MAY})"
        patterns = (
            ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b", 0),
            ("mdy", rf"\b{mon}\s(?P<d>{_DAY}),?\s(?P<y>{_YEAR})\b", 0),
            ("dmy", rf"\b(?P<d>{_DAY})\s{mon},?\s(?P<y>{_YEAR})\b", 0),
            ("quarter", rf"\b(?P<q>Q[1-4]|(?:first|second|third|fourth) quarter)"
                        rf"(?:\sof)?\s(?P<y>{_YEAR})\b", re.IGNORECASE),
            ("my", rf"\b(?:(?:early|mid|late|end of|mid-)\s?)?{mon},?\s(?P<y>{_YEAR})\b", 0),
            ("md", rf"\b{mon}\s(?P<d>{_DAY})\b(?!,?\s\d)", 0),
            ("dm", rf"\b(?P<d>{_DAY})\s{mon}\b(?!,?\s?\d)", 0),  # "on 2 January"
            ("m", rf"\b(?:(?:early|mid|late)\s|mid-)?(?P<mon>{_MONTH})(?!\s?\d)\b", 0),
            ("may", rf"\b(?:in|since|by|from|until|around|last|this|next|of|early|"
                    rf"mid|late)\s(?P<core>(?:mid-)?(?P<mon>{_MAY}))\b(?!\s?\d)", 0),
            ("decade", r"\b(?P<y>(?:19[5-9]|20[0-4])0)s\b", 0),
            ("year", rf"(?<![\w$€£¥.,/-])(?:(?:early|mid|late|mid-)\s?)?(?P<y>{_YEAR})"
                     r"(?![\w%]|[.,]\d)", 0),
        )
        return tuple((name, re.compile(rx, flags)) for name, rx, flags in patterns)

    @cached_property
    def _relative(self) -> tuple[tuple[re.Pattern[str], str, int, str], ...]:
        return tuple((re.compile(rf"\b(?:{r.pattern})\b",
                                 re.IGNORECASE if r.anchor != "weekday" else 0),
                      r.anchor, r.shift, r.time_kind) for r in self.relative)

    @cached_property
    def _patterns(self) -> PatternSet:
        return PatternSet([rx for _, rx in self._absolute] + [r[0] for r in self._relative])

    @cached_property
    def _future_lead(self) -> re.Pattern[str]:
        """A word of the future in the clause just before a date ("is set to take effect
        on"); a sentence break or another clause's comma between ends its reach, and a
        future seen from the past ("was set to take effect on May 15") may be past now."""
        return re.compile(rf"\b(?:{self.words.alternation('future_lead')})\b[^.;,]*$",
                          re.IGNORECASE)

    @cached_property
    def _number_words(self) -> tuple[dict[str, float], dict[str, float]]:
        return self.words.values("number_word"), self.words.values("quarter_word")

    def find(self, text: str, pub: PubDate | None = None) -> list[TimeExpr]:
        """Time expressions in ``text``, resolved where the text or ``pub`` allows."""
        cands: list[tuple[int, TimeExpr]] = []
        n_abs = len(self._absolute)
        for k in self._patterns.scan(text).positions():  # absolute ones first, as listed
            if k < n_abs:
                name, rx = self._absolute[k]
                for m in rx.finditer(text):
                    kind, resolved = self._resolve_absolute(name, m, pub)
                    a, b = m.span("core") if "core" in rx.groupindex else m.span()
                    cands.append((k, TimeExpr(a, b, text[a:b], kind, resolved)))
                continue
            rx, anchor, shift, kind = self._relative[k - n_abs]
            for m in rx.finditer(text):
                cands.append((50, TimeExpr(m.start(), m.end(), m.group(0), kind,
                                           self._resolve_relative(anchor, shift, m, pub))))
        return non_overlapping(cands, longest_first)

    def _resolve_absolute(self, name: str, m: re.Match[str],
                          pub: PubDate | None) -> tuple[str, str]:
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
            q = int(self._number_words[1][g["q"].split()[0].lower()])
            y = int(g["y"])
            return "quarter", f"{_iso_month(y, 3 * q - 2)}/{_iso_month(y, 3 * q)}"
        if name == "my":
            return "month", _iso_month(int(g["y"]), mon)
        strict = LAST_BEFORE.search(m.string, max(0, m.start() - len("last ")),
                                    m.start() + len("last ")) is not None
        lead = None if strict else self._future_lead.search(
            m.string, max(0, m.start() - FUTURE_LEAD_REACH), m.start())
        # "was set to take effect on May 15": a future seen from the past may be past now
        ahead = lead is not None and not PAST_LEAD.search(
            m.string, max(0, lead.start() - PAST_LEAD_REACH), lead.start())
        if name in ("md", "dm"):
            dom = int(re.sub(r"\D", "", g["d"]))
            if ahead:
                return "date", _both(pub, lambda d: _next_day(mon, dom, d))
            return "date", _both(pub, lambda d: _latest_day(mon, dom, d, strict))
        if name in ("m", "may"):
            if ahead:
                return "month", _both(pub, lambda d: _next_month(mon, d))
            return "month", _both(pub, lambda d: _latest_month(mon, d, strict))
        if name == "decade":
            return "year", f"{g['y']}/{int(g['y']) + 9}"
        return "year", g["y"]

    def _resolve_relative(self, anchor: str, shift: int, m: re.Match[str],
                          pub: PubDate | None) -> str:
        if not anchor:
            return ""
        if anchor == "weekday":
            wd = list(calendar.day_name).index(m.group("weekday"))
            return _both(pub, lambda d: _latest_weekday(wd, d))
        if anchor == "n":
            n = m.group("n").lower()
            k = int(n) if n.isdigit() else int(self._number_words[0][n])
            unit = m.group("unit").lower().rstrip("s")
            if unit == "day":
                return _both(pub, lambda d: (d - dt.timedelta(days=k)).isoformat())
            if unit == "week":  # "two weeks ago": that calendar week, not one day of it
                return _both(pub, lambda d: _anchor("week", -k, d))
            return _both(pub, lambda d: _anchor(unit, -k, d))
        return _both(pub, lambda d: _anchor(anchor, shift, d))
