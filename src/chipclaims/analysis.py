"""The computations behind the analysis chapters: sanctions context, Ascend claims, the Zhipu
timeline and the per-article source assessment.

Each function takes the parsed tables (and the reference data where it needs them) and returns
the DataFrame a chapter shows or plots; nothing here reads files or assumes what articles are
in the corpus, so every chapter works over any folder of articles, including one where none of
the checked claims appear.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .claims import Check, load_checks
from .pipeline import read_tables
from .reference import Reference, load_reference, tpp_table
from .report import article_label
from .temporal import PubDate, load_publication_dates

VERDICT_ORDER = ("supported", "partly supported", "misleading", "unverifiable", "contradicted")


@dataclass(frozen=True)
class Context:
    """What every chapter loads: the parsed tables, the reference data, the checks and the
    publication dates."""

    tables: dict[str, pd.DataFrame]
    ref: Reference
    checks: tuple[Check, ...]
    dates: dict[str, PubDate]


def load_context(tables_dir: str | Path) -> Context:
    """Read (and validate) the tables in ``tables_dir`` and the packaged reference data."""
    return Context(read_tables(tables_dir), load_reference(), load_checks(),
                   load_publication_dates())


def _date(text: str, end: bool = False) -> pd.Timestamp:
    """An ISO date, month or year as a timestamp (start of the period, or its end)."""
    if not text:
        return pd.NaT
    period = pd.Period(text, freq={4: "Y", 7: "M"}.get(len(text), "D"))
    return period.end_time.normalize() if end else period.start_time


def events_frame(ref: Reference, track: str) -> pd.DataFrame:
    """Reference events of one track with parsed start and end dates."""
    ev = ref.events[ref.events["track"] == track].copy()
    ev["start"] = ev["date"].map(_date)
    ev["end"] = [_date(e or d, end=True) for d, e in zip(ev["date"], ev["date_end"])]
    return ev[["event_id", "date", "date_end", "start", "end", "actor", "event", "source_ids"]]


def publication_spans(tables: dict[str, pd.DataFrame], dates: dict[str, PubDate]) -> pd.DataFrame:
    """Each article's publication date or interval, where the dates table knows it."""
    arts = tables["articles"]
    rows = []
    for aid, label in zip(arts["article_id"], article_label(arts)):
        pub = dates.get(aid)
        rows.append({"article_id": aid, "title": label,
                     "date_min": pd.Timestamp(pub.date_min) if pub else pd.NaT,
                     "date_max": pd.Timestamp(pub.date_max) if pub else pd.NaT,
                     "evidence": pub.evidence if pub else ""})
    return pd.DataFrame(rows, columns=["article_id", "title", "date_min", "date_max", "evidence"])


def chip_standing(ref: Reference) -> pd.DataFrame:
    """Every (chip, source) row with compute figures: TPP range, density and 3A090 standing."""
    t = tpp_table(ref.chip_specs)
    t = t[t["tpp_high"].notna()].copy()
    return t[["spec_id", "chip", "vendor", "source_ids", "status", "tpp_low", "tpp_high",
              "density_high", "standing"]].reset_index(drop=True)


def topic_claims(tables: dict[str, pd.DataFrame], topic: str,
                 checks: tuple[Check, ...] = ()) -> pd.DataFrame:
    """Claims from sentences tagged with ``topic``, with their check and verdict."""
    claims = tables["claims"]
    sents = tables["sentences"]
    topical = sents.loc[sents["topics"].str.split(";").map(lambda t: topic in t),
                        "sentence_id"]
    base = claims["claim_id"].str.split("/").str[0]
    out = claims[base.isin(set(topical))].copy()
    names = {c.check_id: c.claim for c in checks}
    out["checked_claim"] = out["check_id"].map(names).fillna("")
    return out[["article_id", "line_no", "text", "check_id", "checked_claim", "verdict",
                "n_independent"]].reset_index(drop=True)


def corroboration_matrix(tables: dict[str, pd.DataFrame], checks: tuple[Check, ...],
                         topic: str | None = None) -> pd.DataFrame:
    """Claim groups (rows) x articles (columns): how many sentences of each article make each
    claim. Groups shown: those judged by a check, plus any made by two or more articles."""
    claims = tables["claims"]
    if topic is not None:
        keep = set(topic_claims(tables, topic)["text"])
        claims = claims[claims["text"].isin(keep)]
    names = {f"check:{c.check_id}": f"{c.check_id}: {c.claim}" for c in checks}
    wanted = claims[(claims["check_id"] != "") | (claims["n_articles"] >= 2)]
    if wanted.empty:
        return pd.DataFrame()
    labels = wanted["group_id"].map(lambda g: names.get(g, g))
    matrix = pd.crosstab(labels, wanted["article_id"])
    matrix.index.name = "claim"
    matrix.columns.name = None
    order = sorted(matrix.index, key=lambda s: (s.split(":")[0][0], _natural(s)))
    return matrix.loc[order]


def _natural(label: str) -> tuple:
    head = label.split(":")[0]
    digits = "".join(ch for ch in head if ch.isdigit())
    return (int(digits) if digits else 0, head)


def spec_ratios(ref: Reference, chip: str, baseline: str) -> pd.DataFrame:
    """``chip`` / ``baseline`` for compute, memory bandwidth and memory, as ranges over every
    pair of source rows (erroneous and roadmap rows left out)."""
    specs = ref.chip_specs[~ref.chip_specs["status"].isin(["erroneous", "roadmap"])]
    a = specs[specs["chip"] == chip]
    b = specs[specs["chip"] == baseline]
    metrics = [("dense FP16/BF16 compute", "fp16_tflops_low", "fp16_tflops_high", "TFLOPS"),
               ("memory bandwidth", "mem_bw_tbs_low", "mem_bw_tbs_high", "TB/s"),
               ("memory capacity", "memory_gb_low", "memory_gb_high", "GB")]
    rows = []
    for name, lo, hi, unit in metrics:
        a_lo, a_hi = a[lo].min(), a[hi].max()
        b_lo, b_hi = b[lo].min(), b[hi].max()
        ok = not any(pd.isna(v) for v in (a_lo, a_hi, b_lo, b_hi))
        rows.append({
            "metric": name, "unit": unit,
            f"{chip} low": a_lo, f"{chip} high": a_hi,
            f"{baseline} low": b_lo, f"{baseline} high": b_hi,
            "ratio low": round(a_lo / b_hi, 2) if ok else float("nan"),
            "ratio high": round(a_hi / b_lo, 2) if ok else float("nan"),
            "sources": int(a[hi].notna().sum() + b[hi].notna().sum()),
        })
    return pd.DataFrame(rows)


def dense_vs_sparse(ref: Reference, chip: str, baseline: str) -> pd.DataFrame:
    """The comparison error made visible: ``chip``'s dense figure against ``baseline``'s dense
    figure and against its sparse headline (twice the dense figure)."""
    specs = ref.chip_specs[~ref.chip_specs["status"].isin(["erroneous", "roadmap"])]
    a = specs[specs["chip"] == chip]
    b = specs[specs["chip"] == baseline]
    a_lo, a_hi = a["fp16_tflops_low"].min(), a["fp16_tflops_high"].max()
    b_dense = b["fp16_tflops_high"].max()
    rows = [
        {"figure": f"{chip}, dense", "tflops_low": a_lo, "tflops_high": a_hi, "ratio": ""},
        {"figure": f"{baseline}, dense", "tflops_low": b_dense, "tflops_high": b_dense,
         "ratio": f"{a_lo / b_dense:.2f} to {a_hi / b_dense:.2f}" if b_dense else ""},
        {"figure": f"{baseline}, sparse headline", "tflops_low": 2 * b_dense,
         "tflops_high": 2 * b_dense,
         "ratio": f"{a_lo / (2 * b_dense):.2f} to {a_hi / (2 * b_dense):.2f}" if b_dense else ""},
    ]
    return pd.DataFrame(rows)


def claims_for_check(tables: dict[str, pd.DataFrame], check_id: str) -> pd.DataFrame:
    """Where a checked claim appears, with who the sentence credits for it."""
    claims = tables["claims"]
    hit = claims[claims["check_id"] == check_id]
    sents = tables["sentences"].set_index("sentence_id")
    base = hit["claim_id"].str.split("/").str[0]
    out = hit[["article_id", "line_no", "text", "verdict"]].copy()
    out["attribution"] = base.map(sents["attribution"]).fillna("").to_numpy()
    out["hedged"] = base.map(sents["hedged"]).fillna(False).astype(bool).to_numpy()
    return out.reset_index(drop=True)


def events_for(ref: Reference, ids: list[str]) -> pd.DataFrame:
    """Reference events by id, in the order given."""
    ev = ref.events.set_index("event_id")
    ids = [i for i in ids if i in ev.index]
    return ev.loc[ids, ["date", "actor", "event", "source_ids"]].reset_index()


def reported_dates(tables: dict[str, pd.DataFrame], topic: str) -> pd.DataFrame:
    """Resolved time expressions in sentences of ``topic``: what the articles date, and when."""
    t = tables["temporal"]
    sents = tables["sentences"].set_index("sentence_id")
    topical = sents["topics"].str.split(";").map(lambda x: topic in x)
    t = t[t["sentence_id"].map(topical).fillna(False).astype(bool)].copy()
    t["text"] = t["sentence_id"].map(sents["text"])
    t["start"] = [_date(r.split("/")[0]) if r else pd.NaT for r in t["resolved"]]
    t["end"] = [_date(r.split("/")[-1], end=True) if r else pd.NaT for r in t["resolved"]]
    return t[["article_id", "line_no", "surface", "kind", "resolved", "start", "end", "text"]]


def verdict_tally(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Checked claims per article and verdict (articles as rows)."""
    claims = tables["claims"]
    checked = claims[claims["verdict"] != ""]
    arts = tables["articles"]["article_id"]
    tally = pd.crosstab(checked["article_id"], checked["verdict"]).reindex(
        index=arts, columns=list(VERDICT_ORDER), fill_value=0)
    tally.columns.name = None
    tally.index.name = "article_id"
    return tally.reset_index()


def scorecard(tables: dict[str, pd.DataFrame], dates: dict[str, PubDate]) -> pd.DataFrame:
    """One row per article: what a reader should know before trusting it."""
    arts = tables["articles"].set_index("article_id")
    lines = tables["lines"]
    sents = tables["sentences"]
    body = sents[sents["block"].isin(["body", "list_item"])]
    ents = tables["entities"]
    contra = tables["contradictions"]
    tally = verdict_tally(tables).set_index("article_id")
    out = pd.DataFrame(index=arts.index)
    out["title"] = article_label(arts.reset_index()).to_numpy()
    out["published"] = [(_span(dates[a]) if a in dates else "unknown") for a in out.index]
    non_blank = (arts["n_content_lines"] + arts["n_boilerplate_lines"]).where(lambda s: s > 0)
    out["boilerplate_pct"] = (100 * arts["n_boilerplate_lines"] / non_blank).round(1).fillna(0)
    n_body = body.groupby("article_id").size().reindex(out.index, fill_value=0)
    attributed = (body["attribution"] != "").groupby(body["article_id"]).sum()
    hedged = body["hedged"].astype(bool).groupby(body["article_id"]).sum()

    def pct(counts: pd.Series) -> pd.Series:
        share = 100 * counts.reindex(out.index, fill_value=0) / n_body.where(n_body > 0)
        return share.round(1).fillna(0)

    out["attributed_pct"] = pct(attributed)
    out["hedged_pct"] = pct(hedged)
    for v in VERDICT_ORDER:
        out[v] = tally[v].reindex(out.index, fill_value=0).astype(int)
    out["misspellings"] = (ents["flag"] == "misspelling").groupby(ents["article_id"]).sum() \
        .reindex(out.index, fill_value=0).astype(int)
    self_contra = contra[contra["same_article"].astype(bool)].groupby("article_id_a").size()
    out["self_contradictions"] = self_contra.reindex(out.index, fill_value=0).astype(int)
    cross = pd.concat([contra.loc[~contra["same_article"].astype(bool), "article_id_a"],
                       contra.loc[~contra["same_article"].astype(bool), "article_id_b"]])
    out["contradicted_by_others"] = cross.value_counts().reindex(out.index, fill_value=0) \
        .astype(int)
    ai = lines[(lines["kind"] == "boilerplate") & (lines["reason"] == "ai_disclaimer")]
    out["ai_disclosure"] = out.index.isin(set(ai["article_id"]))
    out["copy_of"] = arts["duplicate_of"]
    return out.reset_index()


def _span(pub: PubDate) -> str:
    a, b = pub.date_min.isoformat(), pub.date_max.isoformat()
    return a if a == b else f"{a} to {b}"


def register(tables: dict[str, pd.DataFrame], checks: tuple[Check, ...],
             ref: Reference) -> pd.DataFrame:
    """The full claim register: every claim with its verdict, rationale and evidence."""
    by_id = {c.check_id: c for c in checks}
    ev_sources = dict(zip(ref.events["event_id"], ref.events["source_ids"]))
    ev_sources |= dict(zip(ref.chip_specs["spec_id"], ref.chip_specs["source_ids"]))
    claims = tables["claims"]
    out = claims[["claim_id", "article_id", "line_no", "text", "group_id", "check_id",
                  "verdict", "n_independent"]].copy()
    out["rationale"] = out["check_id"].map(lambda c: by_id[c].rationale if c in by_id else "")
    out["evidence"] = out["check_id"].map(
        lambda c: "; ".join(by_id[c].evidence) if c in by_id else "")
    out["evidence_sources"] = out["check_id"].map(
        lambda c: "; ".join(dict.fromkeys(s for e in by_id[c].evidence
                                          for s in ev_sources.get(e, "").split(";") if s))
        if c in by_id else "")
    return out.reset_index(drop=True)
