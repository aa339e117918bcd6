"""When an article was published, inferred from its own text, with the evidence.

In order of trust:

1. **override**: a row for the article in ``publication_dates.csv`` (a user's data file; the
   seeds' hand-checked dates live there), an exact date or an interval;
2. **date line**: the first full date (day, month, year) among the first lines on a line set
   aside as debris (a publish or update line, a byline, a credit), the title or another short
   line, or opening the first paragraph
   ("Example City, Tuesday, August 12, 2025 -"): that day;
3. **latest event**: otherwise the article was published no earlier than the latest date (a
   full date, the start of a named month, or the first day of a year) it reports outside
   future-tense sentences: an interval open at the top;
4. otherwise it stays undated, and the evidence says why.

The first two are known before the article is parsed further, so relative expressions ("last
week", "on Tuesday") resolve against them; the third needs the article's time expressions and
is only reported.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence

from ..rules.time import PubDate
from .boilerplate import LineLabel
from .structure import PARAGRAPH_WORDS, YEAR_GLUED, body_span
from .temporal import TimeFinder

_ABBR = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_NUMERIC = re.compile(r"(?<!\d)(?:(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})|"
                      r"(?P<m2>\d{1,2})/(?P<d2>\d{1,2})(?:/|,?\s)(?P<y2>(?:19|20)\d\d)|"
                      r"(?P<d3>\d{1,2})[.-](?P<m3>\d{1,2})[.-](?P<y3>(?:19|20)\d\d)|"
                      r"(?P<d4>\d{1,2})-(?P<b4>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                      r"dec))-(?P<y4>(?:19|20)\d\d))(?!\d)")
_FUTURE = re.compile(r"\b(will|would|shall|expected|expects|plans?|planned|scheduled|set to|"
                     r"aims?|target|targets|deadline|due|until|by the end|could|may|might)\b",
                     re.IGNORECASE)
# words of a schedule that make a bare year after them a plan's ("The rollout timelines are:
# Ascend 950 in 2026, ... Ascend 970 in 2028"); a year before them ("In 2025, Huawei set out
# a roadmap"), a full date or a month still reports an event
_SCHEDULE = re.compile(r"\b(?:roadmap|timelines?|slated|upcoming|forthcoming|as follows)\b",
                       re.IGNORECASE)
_YEAR_IN = re.compile(r"\d{4}")
_GLUED = re.compile(r"(?<=\b[a-z]{2})(?=\d)")  # a short word glued to a number: "on24"
OPENING = 80  # characters of the first paragraph searched for a dateline
FUTURE_AFTER = 40  # characters after a date in which a word of the future makes it a plan's
# ... and after a date that opens its sentence, whose subject may run long before the verb
# ("In March 2026, the Chinese telecommunications equipment maker Huawei is expected to")
OPENING_DATE = 12  # a date starting within this many characters opens its sentence
FUTURE_AFTER_OPENING = 100
# before a year alone, words that make it a plan's or a deadline's ("by 2027", "to be delivered
# in 2024"); a month or day carries its own tense more often and keeps the general test
_YEAR_PLAN = re.compile(r"\b(?:by|before|to be|to reach|goal|target\w*)\b[^.;:]{0,30}$",
                        re.IGNORECASE)
# a year alone dates an event only after "in", "since" or "during" ("sold more in 2025"): not a
# count ("2048 H800 chips"), a name ("Vision 2030", "Outlook 2026"), a range or a modifier
# ("2026 shipments")
_YEAR_EVENT = re.compile(r"\b(?:in|since|during)\s+$", re.IGNORECASE)
YEAR_BOUND = "latest year the text reports an event in"  # evidence of a bound from a year alone
_CLAUSE_END = re.compile(r"[,;]|\bthat\b")  # "informed Nvidia that it would": another clause
NUMERIC_DATE_CHARS = 10  # "2025-08-07", "10/25/2023": the span of a numeric date
# What may precede the date of a dateline: capitalised words (a place, an outlet, a weekday).
# A preposition opens a sentence that reports a date ("On February 11, 2026, Zhipu released
# GLM-5"), not a dateline.
_REPORTED = re.compile(r"^\s*(?:On|Since|Until|During)\b")
_DATELINE = re.compile(r"^\s*(?!(?:On|Since|Until|During)\b)"
                       r"(?:[A-Z][\w.'’&-]*,?\s+){0,5}$")
HEAD_LINES = 15  # lines at the top searched for a date line when the body starts late


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def full_dates(text: str, times: TimeFinder) -> list[dt.date]:
    return [d for _, d in dated(text, times)]


def dated(text: str, times: TimeFinder) -> list[tuple[int, dt.date]]:
    """Every full date in ``text``, in order: written out ("January 8, 2026") or numeric
    ("2025-08-07", "2025/07/29", "10/25/2023" and "08/24 2025", read month first as US pages
    write them; "08.11.2023" and "18-09-2025", read day first as European and Indian pages
    write them; "21-Jul-2020")."""
    found: list[tuple[int, dt.date]] = []
    for t in times.find(text):
        if t.time_kind == "date" and len(t.resolved) == 10:
            found.append((t.start, dt.date.fromisoformat(t.resolved)))
    for pos, day in _numeric_at(text):
        if not any(a <= pos < a + 10 for a, _ in found):
            found.append((pos, day))
    return sorted(found, key=lambda x: x[0])


def _numeric_at(text: str) -> list[tuple[int, dt.date]]:
    """Numeric full dates with their positions ("2025-08-07", "2025/07/29", "10/25/2023",
    read month first as US pages write it)."""
    return [(pos, days[0]) for pos, days in _numeric_readings(text)]


def _numeric_readings(text: str) -> list[tuple[int, list[dt.date]]]:
    """Numeric full dates with their positions and every reading each allows, the usual one
    first: "01/08/2025" is 8 January as US pages write it, or 1 August as most others do
    (:func:`_closest_reading` chooses); "2025-08-07" and "18-09-2025" have one reading."""
    out = []
    for m in _NUMERIC.finditer(text):
        g = m.groupdict()
        if g["y"]:
            days = [_date(int(g["y"]), int(g["m"]), int(g["d"]))]
        elif g["y2"]:
            days = [_date(int(g["y2"]), int(g["m2"]), int(g["d2"])),
                    _date(int(g["y2"]), int(g["d2"]), int(g["m2"]))]
        elif g["y3"]:
            days = [_date(int(g["y3"]), int(g["m3"]), int(g["d3"])),
                    _date(int(g["y3"]), int(g["d3"]), int(g["m3"]))]  # "09-18-2025"
        else:
            days = [_date(int(g["y4"]), _ABBR[g["b4"].lower()], int(g["d4"]))]
        days = list(dict.fromkeys(d for d in days if d is not None))
        if days:
            out.append((m.start(), days))
    return out


def _start(resolved: str) -> dt.date | None:
    """The first day of a resolved time ("2025-07-31", "2025-07", "2025-04/2025-06")."""
    first = resolved.split("/")[0]
    try:
        return dt.date.fromisoformat(first if len(first) == 10 else first[:7] + "-01")
    except ValueError:
        return None


def _closest_reading(days: Sequence[dt.date], text: str, times: TimeFinder) -> dt.date:
    """Of a numeric date's readings, the one nearest the days and months the text names
    ("On July 31, the regulator ...", "in September 2025"): news reports what just happened,
    so a date line "01/08/2025" over a report of 31 July is 1 August, not 8 January. With no
    such names, or a tie, the usual reading (the first)."""
    best, best_gap = days[0], None
    for day in days:
        pub = PubDate(day, day)
        gaps = [_gap(start, day, bool(_YEAR_IN.search(t.surface)))
                for t in times.find(text, pub) if t.time_kind in ("date", "month")
                and (start := _start(t.resolved)) is not None]
        if not gaps:
            return days[0]
        gap = min(gaps)  # the news is the nearest date: background dates do not outvote it
        if best_gap is None or gap < best_gap:
            best, best_gap = day, gap
    return best


def _gap(start: dt.date, day: dt.date, with_year: bool) -> int:
    """Days between a date the text names and a reading of the date line; a day or month
    named without a year is as near as its nearest year allows ("September 18" in a preview
    is eight days after 10 September, not a year before it)."""
    if with_year:
        return abs((start - day).days)
    return min(abs((start.replace(year=day.year + k) - day).days)
               for k in (-1, 0, 1) if not (start.month == 2 and start.day == 29))


def _head(lines: Sequence[str], labels: Sequence[LineLabel]
          ) -> Iterator[tuple[int, str, bool]]:
    """The places a date line may sit, in order: each of the first lines that is a title, debris
    or short (with a lost space restored), then the opening of the first paragraph; with the
    line's index and whether it is the opening."""
    first, _ = body_span(lines, [None if lab.kind != "boilerplate" else lab for lab in labels])
    for i in range(min(len(lines), HEAD_LINES)):
        short = len(lines[i].split()) < PARAGRAPH_WORDS
        if lines[i].strip() and (labels[i].kind in ("title", "boilerplate") or short):
            # a lost space: "by on24 November 2023", "July 14, 2025Example Report"
            yield i, YEAR_GLUED.sub(r"\1 ", _GLUED.sub(" ", lines[i])), False
    if first >= 0:
        yield first, lines[first][:OPENING], True


def _lead_allowed(text: str, at: int, label: LineLabel | None, opening: bool) -> bool:
    """Whether the words before a date on a head line leave it a publication date: not a
    photo's date after a caption's words, not a reported day ("On February 11, 2026, Zhipu
    released GLM-5", even on a short line), and in the first paragraph only a dateline's
    capitalised words (a place, an outlet, a weekday)."""
    if opening:
        return bool(_DATELINE.match(text[:at]))
    pictured = label is not None and label.reason in ("caption", "image_credit")
    return not (pictured and text[:at].strip()) and not _REPORTED.match(text[:at])


def from_date_line(lines: Sequence[str], labels: Sequence[LineLabel],
                   times: TimeFinder) -> tuple[PubDate, str] | None:
    """The date of a publish line, byline or dateline before the body, with the evidence."""
    for i, text, opening in _head(lines, labels):
        days = dated(text, times)
        if days and _lead_allowed(text, days[0][0], labels[i], opening):
            day, read = days[0][1], ""
            readings = dict(_numeric_readings(text)).get(days[0][0], [])
            if len(readings) > 1:  # the rest of the line and the content after it
                written = _NUMERIC.match(text, days[0][0])
                found = lines[i].find(written.group(0)) if written else -1
                rest = [lines[i][found + len(written.group(0)):] if found >= 0 else ""] + [
                    line for line, lab in zip(lines[i + 1:], labels[i + 1:])
                    if lab.kind != "boilerplate"]
                day = _closest_reading(readings, "\n".join(rest), times)
                read = (f", read as {day.day} {day:%B %Y}, not {readings[0].day} "
                        f"{readings[0]:%B}: the dates the text names lie nearer"
                        if day != readings[0] else "")
            if opening:
                return PubDate(day, day), (f"dateline opening line {i + 1}: "
                                           f"'{text.strip()}'{read}")
            return PubDate(day, day), f"date line '{lines[i].strip()}' (line {i + 1}){read}"
    return None


def latest_event(sentences: Sequence[dict], temporal: Sequence[dict]
                 ) -> tuple[dt.date, str] | None:
    """The latest date (a full date, the first day of a named month of a year, or the first day
    of a year named alone) the article reports, with the evidence: a page that tells an event
    of 2025 in the past was written in 2025 or later, a weak bound but a true one. A date told
    as a plan is left out: one after a word of the future in its sentence ("is set to take
    effect on May 15"), or with one just after it ("On March 1, 2026, Huawei will launch");
    a future word further on in another clause
    ("On June 11, 2025, Commerce rescinded the rule, just days before it was set to be
    implemented") does not make the date a plan; after a date that opens the sentence its
    whole clause is read, to take in a long subject before the verb. ``sentences`` and
    ``temporal`` are the article's rows: the time expressions found while extracting are
    reused, and only numeric dates ("10/25/2023") are looked for again."""
    found: dict[str, list[tuple[int, int, dt.date, bool]]] = {}
    for t in temporal:
        if t["time_kind"] == "date" and len(t["resolved"]) == 10:
            day = dt.date.fromisoformat(t["resolved"])
        elif t["time_kind"] == "month" and len(t["resolved"]) == 7:
            day = dt.date.fromisoformat(t["resolved"] + "-01")
        elif t["time_kind"] == "year" and len(t["resolved"]) == 4:
            day = dt.date(int(t["resolved"]), 1, 1)
        else:
            continue
        found.setdefault(t["sentence_id"], []).append(
            (t["start"], t["end"], day, t["time_kind"] == "year"))
    best: tuple[dt.date, str] | None = None
    for s in sentences:
        text, off = s["text"], s["start"]
        days = [(a - off, b - off, day, year) for a, b, day, year
                in found.get(s["sentence_id"], ())]
        days += [(a, a + NUMERIC_DATE_CHARS, day, False) for a, day in _numeric_at(text)]
        for a, b, day, year_only in days:
            end = b + FUTURE_AFTER
            if a <= OPENING_DATE:  # the opening date's clause, up to its next comma
                rest = text[b:b + FUTURE_AFTER_OPENING]
                lead = len(rest) - len(rest.lstrip(" ,"))
                cut = _CLAUSE_END.search(rest, lead)
                end = b + (cut.start() if cut else len(rest))
            if _FUTURE.search(text, 0, max(0, a)) or _FUTURE.search(text, b, end):
                continue
            if year_only and (_YEAR_PLAN.search(text, 0, max(0, a))
                              or _SCHEDULE.search(text, 0, max(0, a))
                              or not _YEAR_EVENT.search(text, max(0, a - 10), a)
                              or text[b:b + 1] in ("-", "–")):  # "2026-2030": a range
                continue
            if best is None or day > best[0]:
                told = (f"{YEAR_BOUND}: {day.year}" if year_only
                        else f"latest dated event the text reports: {day.isoformat()}")
                best = (day, f"{told} (line {s['line_no']})")
    return best


def year_bound(evidence: str) -> bool:
    """Whether a publication date is only the first day of a year the text reports an event in
    (see :func:`latest_event`): a bound too weak to judge claims as of, so such an article is
    judged as one with no date (as of the day the record learned each fact)."""
    return YEAR_BOUND in evidence
