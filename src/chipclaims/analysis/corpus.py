"""Chapter 01, the corpus: what each article is made of, and the debris set aside."""

from __future__ import annotations

import pandas as pd

from ..contract.vocabulary import CONTENT_KINDS
from .common import article_label


def article_overview(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per article: title, line counts by class, and the boilerplate share."""
    arts = tables["articles"]
    lines = tables["lines"]
    blank = lines[lines["kind"] == "blank"].groupby("article_id").size()
    out = pd.DataFrame({
        "article_id": arts["article_id"].astype(str),
        "title": article_label(arts),
        "lines": arts["n_lines"].astype(int),
        "content": arts["n_content_lines"].astype(int),
        "boilerplate": arts["n_boilerplate_lines"].astype(int),
    })
    out["blank"] = out["article_id"].map(blank).fillna(0).astype(int)
    non_blank = (out["content"] + out["boilerplate"]).where(lambda s: s > 0)
    out["boilerplate_share_pct"] = (100 * out["boilerplate"] / non_blank).round(1).fillna(0.0)
    out["status"] = arts["status"].astype(str)
    return out.reset_index(drop=True)


def boilerplate_lines(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every line removed as boilerplate, with the reason and the rule that fired."""
    lines = tables["lines"]
    out = lines[lines["kind"] == "boilerplate"][["article_id", "line_no", "reason", "rule_id",
                                                 "text"]]
    return out.sort_values(["article_id", "line_no"]).reset_index(drop=True)


def boilerplate_by_reason(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Count of boilerplate lines per reason (rows) and article (columns), with totals."""
    bp = boilerplate_lines(tables)
    if bp.empty:
        return pd.DataFrame({"reason": [], "total": []})
    counts = pd.crosstab(bp["reason"], bp["article_id"])
    counts["total"] = counts.sum(axis=1)
    counts = counts.sort_values(["total"], ascending=False, kind="stable")
    counts.columns.name = None
    return counts.reset_index()


def corpus_totals(tables: dict[str, pd.DataFrame]) -> dict[str, float | int]:
    """Headline numbers for the prose, as plain Python numbers (safe to glue)."""
    arts = tables["articles"]
    lines = tables["lines"]
    n_boiler = int((lines["kind"] == "boilerplate").sum())
    n_content = int(lines["kind"].isin(CONTENT_KINDS).sum())
    share = round(100 * n_boiler / (n_boiler + n_content), 1) if n_boiler + n_content else 0.0
    return {
        "n_articles": len(arts),
        "n_lines": len(lines),
        "n_content_lines": n_content,
        "n_boilerplate_lines": n_boiler,
        "boilerplate_share_pct": float(share),
        "n_problem_files": int((arts["status"] != "ok").sum()),
        "n_reasons": int(lines.loc[lines["kind"] == "boilerplate", "reason"].nunique()),
    }
