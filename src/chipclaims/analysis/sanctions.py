"""Chapter 03, the sanctions context: where each chip stands against the control thresholds
(the timeline itself is :mod:`.timeline`)."""

from __future__ import annotations

import pandas as pd

from ..reference import Reference, tpp_table


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
    """The TPP thresholds and the density threshold quoted in the chapter, as plain numbers
    for glue (keys: ``thr_tpp``, ``thr_tpp_pd``, ``thr_pd``, ``thr_jan2026``)."""
    by_test = ref.thresholds.drop_duplicates("test").set_index("test")
    return {"thr_tpp": float(by_test.loc["tpp", "threshold"]),
            "thr_tpp_pd": float(by_test.loc["tpp_and_pd", "threshold"]),
            "thr_pd": float(by_test.loc["tpp_and_pd", "second_threshold"]),
            "thr_jan2026": float(by_test.loc["tpp_and_dram_bw", "threshold"])}


def threshold_lines(ref: Reference) -> dict[str, float]:
    """Label and TPP value of each threshold line the TPP chart draws."""
    by_test = ref.thresholds.drop_duplicates("test").set_index("test")
    return {label: by_test.loc[test, "threshold"] for test, label in THRESHOLD_LINES.items()
            if test in by_test.index}
