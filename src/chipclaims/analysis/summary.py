"""Chapter 00, the summary: every number the executive summary quotes."""

from __future__ import annotations

import pandas as pd

from ..contract.vocabulary import VERDICTS


def summary_numbers(tables: dict[str, pd.DataFrame], contradictions: pd.DataFrame,
                    ratios: pd.DataFrame, sixty: pd.DataFrame) -> dict[str, int | float | str]:
    """Every number the executive summary quotes, as plain Python values (safe to glue)."""
    arts = tables["articles"]
    claims = tables["claims"]
    checked = claims[claims["verdict"] != ""]
    verdicts = checked["verdict"].value_counts()
    lines = tables["lines"]
    ai = lines[(lines["kind"] == "boilerplate") & (lines["reason"] == "ai_disclaimer")]
    compute = ratios[ratios["metric"].str.startswith("dense")]
    out: dict[str, int | float | str] = {
        "n_articles": len(arts),
        "n_copies": int((arts["duplicate_of"] != "").sum()),
        "n_claims": len(claims),
        "n_checked": len(checked),
        "n_checks_used": int(checked["check_id"].nunique()),
        "n_contradictions": len(contradictions),
        "n_contradicted_facets": int(contradictions["facet"].nunique()),
        "n_ai_disclosed": int(ai["article_id"].nunique()),
        "sixty_articles": int(sixty["article_id"].nunique()),
        "sixty_attributed": int((sixty["attribution"] != "").sum()),
    }
    for v in VERDICTS:
        out[f"n_{v.replace(' ', '_')}"] = int(verdicts.get(v, 0))
    n = len(checked)
    out["pct_not_supported"] = round(100 * (n - out["n_supported"]) / n, 1) if n else 0.0
    low = compute["ratio low"].iloc[0] if len(compute) else float("nan")
    high = compute["ratio high"].iloc[0] if len(compute) else float("nan")
    out["ratio_compute_low_pct"] = round(100 * float(low)) if low == low else 0
    out["ratio_compute_high_pct"] = round(100 * float(high)) if high == high else 0
    return out
