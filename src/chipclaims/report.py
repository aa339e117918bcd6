"""Summary tables the notebooks show: small pure functions from tables to DataFrames.

Each function returns the exact data behind a table or figure in the book, so that the same
frame can be displayed, plotted and offered as a CSV download.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .pipeline import CONTENT_KINDS


def article_label(articles: pd.DataFrame) -> pd.Series:
    """A short human label per article: its title, or its id when no title was detected."""
    title = articles["title"].fillna("").astype(str)
    short = title.where(title.str.len() <= 60, title.str.slice(0, 57) + "...")
    return short.where(short != "", "(no title) " + articles["article_id"].astype(str))


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


def kinds_by_article(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Lines per article and kind (content kinds, boilerplate, blank), wide."""
    lines = tables["lines"]
    order = [*CONTENT_KINDS, "boilerplate", "blank"]
    counts = pd.crosstab(lines["article_id"], lines["kind"]).reindex(columns=order, fill_value=0)
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


def _short(ids: pd.Series) -> pd.Series:
    """Article ids shortened to their leading number or name part, for narrow tables."""
    return ids.astype(str).str.split("_").str[0]


def entities_by_type(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Entity mentions per type (rows) and article (columns), with totals."""
    ents = tables["entities"]
    if ents.empty:
        return pd.DataFrame({"type": [], "total": []})
    counts = pd.crosstab(ents["type"], ents["article_id"])
    counts["total"] = counts.sum(axis=1)
    counts.columns.name = None
    return counts.sort_values("total", ascending=False, kind="stable").reset_index()


def top_entities(tables: dict[str, pd.DataFrame], n: int = 20) -> pd.DataFrame:
    """The most-mentioned canonical entities, with the surface forms that named them."""
    ents = tables["entities"]
    if ents.empty:
        return pd.DataFrame(columns=["canonical", "type", "mentions", "articles", "surfaces"])
    grouped = ents.groupby(["canonical", "type"], sort=True)
    out = pd.DataFrame({
        "mentions": grouped.size(),
        "articles": grouped["article_id"].nunique(),
        "surfaces": grouped["surface"].agg(lambda s: " | ".join(sorted(set(s)))),
    }).reset_index()
    return out.sort_values(["mentions", "canonical"], ascending=[False, True],
                           kind="stable").head(n).reset_index(drop=True)


def flagged_entities(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Mentions flagged as misspellings of a known name, with where they are."""
    ents = tables["entities"]
    cols = ["article_id", "line_no", "start", "surface", "canonical", "source"]
    return ents.loc[ents["flag"] == "misspelling", cols].reset_index(drop=True)


def numbers_found(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every quantity with its normalised value, unit and kind."""
    q = tables["quantities"]
    return q[["article_id", "line_no", "start", "surface", "value", "unit", "kind"]].sort_values(
        ["article_id", "line_no", "start"]).reset_index(drop=True)


def times_found(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every time expression with its resolution (empty where it cannot be resolved)."""
    t = tables["temporal"]
    return t[["article_id", "line_no", "start", "surface", "kind", "resolved"]].sort_values(
        ["article_id", "line_no", "start"]).reset_index(drop=True)


def voice_by_article(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per article: sentences, the share that hedge, and the share attributed to a source."""
    s = tables["sentences"]
    s = s[s["block"].isin(["body", "list_item"])]
    if s.empty:
        return pd.DataFrame(columns=["article_id", "title", "sentences", "hedged", "attributed",
                                     "hedged_pct", "attributed_pct"])
    hedged = s["hedged"].astype(bool)
    out = pd.DataFrame({
        "sentences": s.groupby("article_id").size(),
        "hedged": hedged.groupby(s["article_id"]).sum(),
        "attributed": (s["attribution"] != "").groupby(s["article_id"]).sum(),
    }).astype(int)
    out["hedged_pct"] = (100 * out["hedged"] / out["sentences"]).round(1)
    out["attributed_pct"] = (100 * out["attributed"] / out["sentences"]).round(1)
    out = out.reset_index()
    labels = article_label(tables["articles"]).set_axis(tables["articles"]["article_id"])
    out.insert(1, "title", out["article_id"].map(labels))
    return out


def attributions(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The attributed sentences: who is credited, with the sentence and where it is."""
    s = tables["sentences"]
    s = s[s["attribution"] != ""]
    return s[["article_id", "line_no", "attribution", "hedged", "text"]].reset_index(drop=True)


def extraction_totals(tables: dict[str, pd.DataFrame]) -> dict[str, float | int]:
    """Headline extraction numbers for the prose, as plain Python numbers."""
    voice = voice_by_article(tables)
    n = int(voice["sentences"].sum()) if not voice.empty else 0

    def pct(column: str) -> float:
        return round(100 * int(voice[column].sum()) / n, 1) if n else 0.0

    ents = tables["entities"]
    return {
        "n_sentences": len(tables["sentences"]),
        "n_body_sentences": n,
        "n_entities": len(ents),
        "n_canonical": int(ents["canonical"].nunique()),
        "n_quantities": len(tables["quantities"]),
        "n_temporal": len(tables["temporal"]),
        "n_resolved": int((tables["temporal"]["resolved"] != "").sum()),
        "hedged_pct": float(pct("hedged")),
        "attributed_pct": float(pct("attributed")),
        "n_misspellings": int((ents["flag"] == "misspelling").sum()),
    }


def save_csv(frame: pd.DataFrame, folder: Path, name: str) -> Path:
    """Write the data behind a table or figure as ``folder/name.csv`` for the book's download
    link; returns the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    frame.to_csv(path, index=False, lineterminator="\n", float_format="%.6g")
    return path


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
    for v in ("supported", "partly supported", "contradicted", "unverifiable", "misleading"):
        out[f"n_{v.replace(' ', '_')}"] = int(verdicts.get(v, 0))
    n = len(checked)
    out["pct_not_supported"] = round(100 * (n - out["n_supported"]) / n, 1) if n else 0.0
    low = compute["ratio low"].iloc[0] if len(compute) else float("nan")
    high = compute["ratio high"].iloc[0] if len(compute) else float("nan")
    out["ratio_compute_low_pct"] = round(100 * float(low)) if low == low else 0
    out["ratio_compute_high_pct"] = round(100 * float(high)) if high == high else 0
    return out
