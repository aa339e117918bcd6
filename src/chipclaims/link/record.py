"""The reference record as typed facts a statement can be matched to.

Two kinds of rows make the record: the facts of ``reference/facts.csv`` (events, sums of
money, system figures and vendor comparisons, each with an action, subjects, a date range,
a validity interval and a figure where it has one) and the chip figures of
``reference/chip_specs.csv``, read as one specification fact per (chip, source, metric) so
that sources that disagree each keep their value and a statement is judged against the range.

Every fact knows when the record first holds it (``known_from``) and until when it holds
(``valid_to``), so a statement can be judged as of its article's publication date and as of
the record's latest date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from ..contract.vocabulary import DOUBTFUL_FIGURES, THRESHOLD_QUANTITIES
from ..reference import Reference

# Units a figure can be stated in, and the base unit and factor the record compares in.
# ("800 TFLOPS" and "0.8 PFLOPS" are the same figure.)
UNIT_SCALE = {
    "tflops": ("TFLOPS", 1.0), "teraflops": ("TFLOPS", 1.0), "pflops": ("TFLOPS", 1e3),
    "petaflops": ("TFLOPS", 1e3), "eflops": ("TFLOPS", 1e6), "tops": ("TOPS", 1.0),
    "teraops": ("TOPS", 1.0), "gb": ("GB", 1.0), "tb": ("GB", 1e3), "tb/s": ("GB/s", 1e3),
    "gb/s": ("GB/s", 1.0), "w": ("W", 1.0), "kw": ("W", 1e3), "mw": ("W", 1e6),
    "nm": ("nm", 1.0), "usd": ("USD", 1.0), "hkd": ("HKD", 1.0), "cny": ("CNY", 1.0),
    "%": ("%", 1.0), "parameters": ("parameters", 1.0), "parameter": ("parameters", 1.0),
    "chips": ("count", 1.0), "processors": ("count", 1.0), "npus": ("count", 1.0),
    "accelerators": ("count", 1.0), "gpus": ("count", 1.0), "dies": ("count", 1.0),
    "die": ("count", 1.0), "count": ("count", 1.0), "cores": ("count", 1.0),
    "core": ("count", 1.0), "ghz": ("GHz", 1.0), "mhz": ("GHz", 1e-3),
}
# chip_specs columns read as facts: (low column, high column, metric, unit)
SPEC_COLUMNS = (
    ("fp16_tflops_low", "fp16_tflops_high", "compute_fp16", "TFLOPS"),
    ("int8_tops", "int8_tops", "compute_int8", "TOPS"),
    ("fp8_tflops", "fp8_tflops", "compute_fp8", "TFLOPS"),
    ("fp4_tflops", "fp4_tflops", "compute_fp4", "TFLOPS"),
    ("memory_gb_low", "memory_gb_high", "memory_gb", "GB"),
    ("mem_bw_tbs_low", "mem_bw_tbs_high", "mem_bw", "TB/s"),
    ("tdp_w", "tdp_w", "power", "W"),
    ("interconnect_gbs", "interconnect_gbs", "interconnect", "GB/s"),
)
MEMORY_METRIC = "memory_gb"
MEMORY_KIND = "memory:"  # the qualifier of a memory figure that names the memory's kind
FORM_FACTOR = re.compile(r"\s+(?:\d+\s*GB\s+)?(?:SXM\d*|PCIe)$")
NODE = re.compile(r"(\d+)\s*nm|N\+[12]\b")
LISTING = "entity_list"  # the action of putting a company on the US Entity List


def base(value: float, unit: str) -> tuple[float, str] | None:
    """``value`` in the record's base unit for ``unit``; None for units it does not compare
    (counts carry their noun as unit and compare as ``count``)."""
    scale = UNIT_SCALE.get(unit.lower())
    if scale is None:
        return None
    return value * scale[1], scale[0]


def period(text: str, end: bool = False) -> dt.date | None:
    """First (or last) day of an ISO date, year-month or year; None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        y, m = parts
        if not end:
            return dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


@dataclass(frozen=True)
class Fact:
    """One typed fact of the record."""

    fact_id: str
    event_id: str
    kind: str
    action: str
    metric: str
    subjects: frozenset[str]
    any_of: frozenset[str]
    start: dt.date | None
    end: dt.date | None
    known_from: dt.date | None
    valid_to: dt.date | None
    changed_by: str
    amount: float | None
    amount_high: float | None
    unit: str
    qualifiers: frozenset[str]
    negative: bool
    statement: str
    sources: tuple[str, ...]
    figure_status: str = ""

    @property
    def names(self) -> frozenset[str]:
        return self.subjects | self.any_of

    def applies_to(self, canon: set[str] | frozenset[str]) -> bool:
        """The statement names every subject and, when the fact lists alternatives, one of
        them."""
        return self.subjects <= canon and (not self.any_of or bool(self.any_of & canon))

    def known_by(self, day: dt.date) -> bool:
        return self.known_from is None or self.known_from <= day

    def evidence(self) -> list[str]:
        return [self.fact_id, *([self.event_id] if self.event_id else []), *self.sources]


def _split(cell: str) -> frozenset[str]:
    return frozenset(x.strip() for x in (cell or "").split(";") if x.strip())


def _number(x: float) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def _from_facts(facts: pd.DataFrame) -> list[Fact]:
    out = []
    for r in facts.itertuples(index=False):
        start = period(r.date)
        out.append(Fact(
            r.fact_id, r.event_id, r.statement_kind, r.action, r.metric, _split(r.subjects),
            _split(r.any_of), start, period(r.date_end or r.date, end=True),
            period(r.known_from) or start, period(r.valid_to), r.changed_by,
            _number(r.amount), _number(r.amount_high), r.unit, _split(r.qualifiers),
            bool(r.negative), r.statement, tuple(sorted(_split(r.source_ids)))))
    return out


def chip_name(spec_chip: str) -> str:
    """The canonical chip name of a specification row ("H100 SXM" is the H100)."""
    return FORM_FACTOR.sub("", spec_chip).strip()


def _spec_fact(r, metric: str, low: float, high: float, unit: str) -> Fact:
    """One figure of one chip_specs row as a specification fact."""
    text = (f"{r.chip}: {metric.replace('_', ' ')} {low:g}"
            + (f"–{high:g}" if high != low else "") + f" {unit} ({r.spec_id}).")
    if metric == "process_nm" and r.process:  # who makes it, as the source says
        text = f"{r.chip}: process {r.process} ({r.spec_id})."
    # a memory figure keeps the memory's kind ("HBM3"), which a sentence may get wrong
    kind = getattr(r, "memory_type", "")
    qualifiers = frozenset({MEMORY_KIND + kind}) if (
        metric == MEMORY_METRIC and isinstance(kind, str) and kind) else frozenset()
    return Fact(r.spec_id, "", "specification", "specification", metric,
                frozenset({chip_name(r.chip)}), frozenset(),
                period(r.year) if r.year else None, None, None, None, "", low, high, unit,
                qualifiers, False, text, tuple(sorted(_split(r.source_ids))),
                r.figure_status)


def _from_specs(specs: pd.DataFrame) -> list[Fact]:
    """One specification fact per (chip, source row, metric); doubtful figures are left out
    of the ranges a statement is judged against."""
    out = []
    for r in specs.itertuples(index=False):
        if r.figure_status in DOUBTFUL_FIGURES:
            continue
        for lo_col, hi_col, metric, unit in SPEC_COLUMNS:
            lo, hi = _number(getattr(r, lo_col)), _number(getattr(r, hi_col))
            if lo is None and hi is None:
                continue
            out.append(_spec_fact(r, metric, lo if lo is not None else hi,
                                  hi if hi is not None else lo, unit))
        nodes = {7.0 if m.group(0).startswith("N+") else float(m.group(1))
                 for m in NODE.finditer(r.process or "")}
        if nodes:
            out.append(_spec_fact(r, "process_nm", min(nodes), max(nodes), "nm"))
    return out


# the unit each threshold quantity is stated in (TPP and performance density have none)
THRESHOLD_UNITS = {"interconnect": "GB/s", "dram_bw": "GB/s"}


def _from_thresholds(thresholds: pd.DataFrame) -> list[Fact]:
    """One fact per quantity of each control threshold ("TPP of 1,600 or more together with
    performance density of 5.92 or more" is two), dated from its rule's publication until
    the rule that replaced it. A threshold is a licence requirement ("not_a_ban"); a ceiling
    under which licences are reviewed case by case is "under_licence"."""
    out = []
    for r in thresholds.itertuples(index=False):
        start = period(r.valid_from)
        qualifiers = frozenset({"not_a_ban"} if r.operator == ">=" else {"under_licence"})
        for quantity, amount in zip(THRESHOLD_QUANTITIES[r.test],
                                    (r.threshold, r.second_threshold)):
            amount = _number(amount)
            if amount is None:
                continue
            out.append(Fact(r.threshold_id, r.event_id, "threshold", "threshold", quantity,
                            frozenset(), frozenset(), start, start, start,
                            period(r.valid_to), r.changed_by or "", amount, amount,
                            THRESHOLD_UNITS.get(quantity, ""), qualifiers, False,
                            f"{r.rule}: {r.description}",
                            tuple(sorted(_split(r.source_ids)))))
    return out


@dataclass
class Record:
    """Every fact, indexed by action (events and money) and by (name, metric) (figures)."""

    facts: list[Fact]
    sources: dict[str, dict] = field(default_factory=dict)
    events: dict[str, str] = field(default_factory=dict)
    actors: dict[str, str] = field(default_factory=dict)
    cited: dict[str, tuple[str, ...]] = field(default_factory=dict)  # row id -> source ids
    by_action: dict[str, list[Fact]] = field(default_factory=dict)
    by_metric: dict[tuple[str, str], list[Fact]] = field(default_factory=dict)
    comparisons: list[Fact] = field(default_factory=list)
    # actions some fact takes on a named chip (export rules, licences): a fact of one of them
    # that names no chip speaks of a company's chips in general, not of one the record lacks
    product_actions: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()  # the chips and systems the record has figures of
    listed: frozenset[str] = frozenset()  # the names the record puts on the Entity List
    makers: dict[str, str] = field(default_factory=dict)  # chip -> its vendor (chip_specs)
    thresholds: list[Fact] = field(default_factory=list)  # the US control thresholds

    @classmethod
    def from_reference(cls, ref: Reference) -> Record:
        facts = _from_facts(ref.facts) + _from_specs(ref.chip_specs)
        record = cls(facts,
                     {r["source_id"]: r for r in ref.sources.to_dict("records")},
                     dict(zip(ref.events["event_id"], ref.events["event"])),
                     dict(zip(ref.events["event_id"], ref.events["actor"])))
        record.thresholds = _from_thresholds(ref.thresholds)
        for table, key in ((ref.events, "event_id"), (ref.chip_specs, "spec_id"),
                           (ref.facts, "fact_id"), (ref.thresholds, "threshold_id")):
            record.cited.update((k, tuple(dict.fromkeys(x.strip() for x in (v or "").split(";")
                                                        if x.strip())))
                                for k, v in zip(table[key], table["source_ids"]))
        by_action: dict[str, list[Fact]] = defaultdict(list)
        by_metric: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for f in facts:
            if f.kind == "specification":
                for name in f.subjects:
                    by_metric[(name, f.metric)].append(f)
            elif f.kind == "comparison":
                record.comparisons.append(f)
            else:
                by_action[f.action].append(f)
        record.by_action, record.by_metric = dict(by_action), dict(by_metric)
        chips = {name for name, _ in by_metric}
        record.products = frozenset(chips)
        record.product_actions = frozenset(a for a, fs in by_action.items()
                                           if any(f.names & chips for f in fs))
        record.listed = frozenset(n for f in by_action.get(LISTING, ()) for n in f.names)
        record.makers = {chip_name(c): v for c, v in zip(ref.chip_specs["chip"],
                                                         ref.chip_specs["vendor"]) if v}
        return record

    @property
    def latest(self) -> dt.date:
        """The record's date: the latest day the record learned a fact (chip figures, which
        may describe parts due years ahead, do not count)."""
        return max(f.known_from for f in self.facts
                   if f.kind != "specification" and f.known_from is not None)

    def publishers(self, fact: Fact) -> set[str]:
        """Outlets behind a fact: its sources' publishers and hosts."""
        out = set()
        for sid in fact.sources:
            src = self.sources.get(sid, {})
            out.update(x for x in (src.get("publisher"), src.get("via")) if x)
        return out

    def urls(self, ids: Iterable[str]) -> list[str]:
        """The addresses of the sources behind evidence ids (facts, events, chip figures or
        sources), each once, in order."""
        out: dict[str, None] = {}
        for i in ids:
            for sid in self.cited.get(i, (i,)):
                src = self.sources.get(sid)
                if src is not None and src.get("url"):
                    out[src["url"]] = None
        return list(out)
