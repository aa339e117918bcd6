"""Chapter 03, the sanctions context: where each chip stands against the control thresholds,
and which rules were in force when each article was published (the timeline itself is
:mod:`.timeline`)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..link.record import Fact, Record
from ..link.statements import judging_days
from ..reference import Reference, tpp_table

TRACK = "export_controls"
NONE_YET = "none in the record yet"


def chip_standing(ref: Reference) -> pd.DataFrame:
    """Every (chip, source) row with compute figures: TPP range, density and 3A090 standing."""
    t = tpp_table(ref.chip_specs)
    t = t[t["tpp_high"].notna()].copy()
    return t[["spec_id", "chip", "vendor", "source_ids", "figure_status", "tpp_low", "tpp_high",
              "density_high", "standing"]].reset_index(drop=True)


# The thresholds a chapter quotes, by the test they apply (the table may hold several rules).
THRESHOLD_LINES = {
    "tpp": "3A090.a: TPP",
    "tpp_and_pd": "3A090.a with density",
    "tpp_and_dram_bw": "Jan 2026 case-by-case limit",
}


def threshold_values(ref: Reference) -> dict[str, float]:
    """The thresholds the chapter quotes, as plain numbers for glue: ``thr_tpp``,
    ``thr_tpp_pd`` and ``thr_pd`` (October 2023 rule), ``thr_oct2022`` and
    ``thr_interconnect`` (October 2022 rule: TPP with a chip-to-chip rate), ``thr_jan2026``
    and ``thr_jan2026_bw`` (January 2026 case-by-case limits: TPP and DRAM bandwidth), and
    ``h20_tpp``, the highest TPP any cited source gives the H20."""
    by_test = ref.thresholds.drop_duplicates("test").set_index("test")
    t = tpp_table(ref.chip_specs)
    h20 = t.loc[t["chip"] == "H20", "tpp_high"].max()
    return {"thr_tpp": float(by_test.loc["tpp", "threshold"]),
            "thr_tpp_pd": float(by_test.loc["tpp_and_pd", "threshold"]),
            "thr_pd": float(by_test.loc["tpp_and_pd", "second_threshold"]),
            "thr_oct2022": float(by_test.loc["tpp_and_interconnect", "threshold"]),
            "thr_interconnect": float(by_test.loc["tpp_and_interconnect", "second_threshold"]),
            "thr_jan2026": float(by_test.loc["tpp_and_dram_bw", "threshold"]),
            "thr_jan2026_bw": float(by_test.loc["tpp_and_dram_bw", "second_threshold"]),
            "h20_tpp": float(h20) if h20 == h20 else 0.0}


def threshold_lines(ref: Reference) -> dict[str, float]:
    """Label and TPP value of each threshold line the TPP chart draws."""
    by_test = ref.thresholds.drop_duplicates("test").set_index("test")
    return {label: by_test.loc[test, "threshold"] for test, label in THRESHOLD_LINES.items()
            if test in by_test.index}


def _in_force(fact: Fact, day: dt.date) -> bool:
    start = fact.known_from or fact.start
    return start is not None and start <= day and (fact.valid_to is None
                                                   or day < fact.valid_to)


def rules_in_force(tables: dict[str, pd.DataFrame], ref: Reference, types: dict[str, str],
                   measures: frozenset[str]) -> pd.DataFrame:
    """For every article, the record's measures on AI chips in force on the day it is judged
    as of (its publication date, else the record's date): what US rules required or allowed,
    and what China had told its firms, one line per measure, newest first. Measures that
    had ended by then (the AI diffusion rule once withdrawn, H800 sales once barred) are left
    out; ``types`` (canonical name -> entity type) says which names are chips, ``measures``
    which actions are rules or measures (``statement_rules.csv``)."""
    record = Record.from_reference(ref)
    events = ref.events.set_index("event_id")
    chips = {n for f in record.facts for n in f.names if types.get(n) == "chip"}
    facts = [f for f in record.facts if f.action in measures and f.event_id in events.index
             and events.loc[f.event_id, "track"] == TRACK and f.names & chips]
    days = judging_days(tables["articles"])
    rows = []
    for aid in tables["articles"]["article_id"]:
        day = days.get(aid) or record.latest
        found: dict[str, list[tuple[dt.date, str]]] = {"us": [], "china": []}
        seen: set[str] = set()
        for f in facts:  # the record's order: an event's first measure speaks for it
            if f.event_id in seen or not _in_force(f, day):
                continue
            seen.add(f.event_id)
            side = "china" if str(events.loc[f.event_id, "actor"]).startswith("Chin") else "us"
            found[side].append((f.start, f"{f.start:%Y-%m-%d} ({f.event_id}): {f.statement}"))
        for side in found:
            found[side].sort(reverse=True)
        rows.append({"article_id": aid,
                     "judged_as_of": day.isoformat() + ("" if days.get(aid) else
                                                        " (record's date)"),
                     "us_rules": "\n".join(t for _, t in found["us"]) or NONE_YET,
                     "china_measures": "\n".join(t for _, t in found["china"]) or NONE_YET})
    return pd.DataFrame(rows, columns=["article_id", "judged_as_of", "us_rules",
                                       "china_measures"])
