"""Chapter 02, extraction: names, numbers, time expressions, hedging and attribution."""

from __future__ import annotations

import pandas as pd

from .common import article_label


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
    return q[["article_id", "line_no", "start", "surface", "value", "unit",
              "quantity_kind"]].sort_values(
        ["article_id", "line_no", "start"]).reset_index(drop=True)


def times_found(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every time expression with its resolution (empty where it cannot be resolved)."""
    t = tables["temporal"]
    return t[["article_id", "line_no", "start", "surface", "time_kind", "resolved"]].sort_values(
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
