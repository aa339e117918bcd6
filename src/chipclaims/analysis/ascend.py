"""Chapter 04, the Ascend claims: who repeats which claim, how the chips compare on the
record, and the dense-versus-sparse error behind a popular comparison."""

from __future__ import annotations

import pandas as pd

from ..contract.vocabulary import (
    DOUBTFUL_FIGURES,
    NOT_COMPARABLE_FIGURES,
    SPARSE_ERROR_FIGURE,
)
from ..link.record import Record, chip_name
from ..reference import Reference, tpp_table
from ..rules import Check
from .common import in_topic

# The comparison the chapter draws: Huawei's current part against Nvidia's reference GPU.
CHIP, BASELINE = "Ascend 910C", "H100 SXM"
# The chips a Chinese buyer could actually choose between: Nvidia's parts for China and
# Huawei's (canonical names, as the record's facts and specifications name them).
BUYER_CHOICE = ("H20", "H200", "Ascend 910B", "Ascend 910C")


def _usable(ref: Reference) -> pd.DataFrame:
    """Spec rows fit for comparison: erroneous and roadmap figures left out."""
    return ref.chip_specs[~ref.chip_specs["figure_status"].isin(NOT_COMPARABLE_FIGURES)]


def independent_support(tables: dict[str, pd.DataFrame], checks: tuple[Check, ...],
                        topic: str | None = None) -> pd.DataFrame:
    """How many independent articles make each claim: one row per claim group that a check
    judges or that two or more articles make, with the articles that make it and how many
    of them are independent (a copy counts with its original). Repetition inside one
    article is not corroboration, so sentences are not counted."""
    claims = tables["claims"]
    if topic is not None:
        sents = tables["sentences"]
        claims = claims[claims["sentence_id"].isin(set(sents.loc[in_topic(sents, topic),
                                                                  "sentence_id"]))]
    names = {f"check:{c.check_id}": f"{c.check_id}: {c.claim}" for c in checks}
    wanted = claims[claims["group_id"].str.startswith("check:") | (claims["n_articles"] >= 2)]
    cols = ["claim", "articles", "independent_articles"]
    if wanted.empty:
        return pd.DataFrame(columns=cols)
    groups = wanted.groupby("group_id", sort=False).agg(
        articles=("n_articles", "max"), independent_articles=("n_independent", "max"))
    groups.index = [names.get(g, g.split(":", 1)[-1]) for g in groups.index]
    out = groups.rename_axis("claim").reset_index()
    out = out.sort_values(["independent_articles", "articles", "claim"],
                          ascending=[False, False, True], key=None, kind="stable")
    return out[cols].reset_index(drop=True)


def _natural(label: str) -> tuple:
    head = label.split(":")[0]
    digits = "".join(ch for ch in head if ch.isdigit())
    return (int(digits) if digits else 0, head)


def spec_ratios(ref: Reference, chip: str = CHIP, baseline: str = BASELINE) -> pd.DataFrame:
    """``chip`` / ``baseline`` for compute, memory bandwidth and memory, as ranges over every
    pair of source rows (erroneous and roadmap rows left out)."""
    specs = _usable(ref)
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


def dense_vs_sparse(ref: Reference, chip: str = CHIP, baseline: str = BASELINE) -> pd.DataFrame:
    """The comparison error made visible: ``chip``'s dense figure against ``baseline``'s dense
    figure and against its sparse headline (twice the dense figure)."""
    specs = _usable(ref)
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


def _span(values: pd.Series, digits: int = 0) -> str:
    values = values.dropna()
    if values.empty:
        return "not in the record"
    lo, hi = values.min(), values.max()
    fmt = f"{{:,.{digits}f}}"
    return fmt.format(lo) if lo == hi else f"{fmt.format(lo)}–{fmt.format(hi)}"


def buyer_comparison(ref: Reference, chips: tuple[str, ...] = BUYER_CHOICE) -> pd.DataFrame:
    """The chips a Chinese buyer could choose between, side by side: dense 16-bit compute,
    memory, memory bandwidth and TPP as ranges over every usable source, the price where the
    record has one, when each became available (and on what terms) by the record, and its
    sources, with how many of those rows come from a source the record flags as weak.
    Roadmap figures and errors are left out."""
    usable = _usable(ref)
    specs = usable[usable["figure_status"] != SPARSE_ERROR_FIGURE].assign(
        canon=lambda d: d["chip"].map(chip_name))
    tpp = tpp_table(specs).assign(canon=lambda d: d["chip"].map(chip_name))
    record = Record.from_reference(ref)
    prices = {f.subjects and next(iter(f.subjects)): f for f in record.by_action.get("price", [])
              if len(f.subjects) == 1}
    allowed: dict[str, list[str]] = {}
    for action in ("china_model", "sales_allowed", "licence_required", "licence_granted",
                   "customs_block"):
        for f in record.by_action.get(action, []):
            for chip in f.names & set(chips):
                allowed.setdefault(chip, []).append(f"{f.start:%Y-%m}: {f.statement}")
    rows = []
    for chip in chips:
        rows_of = specs[specs["canon"] == chip]
        price = prices.get(chip)
        rows.append({
            "chip": chip,
            "dense_fp16_tflops": _span(pd.concat([rows_of["fp16_tflops_low"],
                                                  rows_of["fp16_tflops_high"]])),
            "memory_gb": _span(pd.concat([rows_of["memory_gb_low"], rows_of["memory_gb_high"]])),
            "memory_bandwidth_tbs": _span(pd.concat([rows_of["mem_bw_tbs_low"],
                                                     rows_of["mem_bw_tbs_high"]]), 2),
            "tpp": _span(tpp.loc[tpp["canon"] == chip, "tpp_high"]),
            "price": (f"about {price.amount:,.0f} {price.unit} ({price.start:%Y})"
                      if price is not None else "not in the record"),
            "in_china": "\n".join(sorted(allowed.get(chip, []))) or (
                "made in China" if chip.startswith("Ascend") else "not in the record"),
            "weak_sources": int(rows_of["figure_status"].isin(DOUBTFUL_FIGURES).sum()),
            "spec_ids": ", ".join(rows_of["spec_id"]),
        })
    return pd.DataFrame(rows)


def supply_side(ref: Reference, types: dict[str, str]) -> pd.DataFrame:
    """Who makes the Ascend dies and memory, by the record: the process node each source
    gives, and every cited finding on the foundry and the memory maker (teardowns included),
    with its date and sources. ``types`` (canonical name -> entity type) tells the makers
    (organisations) from the chips."""
    record = Record.from_reference(ref)
    rows = []
    for f in record.by_action.get("components", []):
        makers = sorted(n for n in f.any_of if types.get(n) == "org")
        chips = sorted(n for n in f.subjects if types.get(n) == "chip")
        if not makers or not chips:
            continue
        rows.append({"chip": ", ".join(chips), "makers": ", ".join(makers),
                     "finding": f.statement, "date": f"{f.start:%Y-%m}",
                     "disputed": "disputed" in f.qualifiers,
                     "sources": "; ".join(f.sources)})
    process = ref.chip_specs[ref.chip_specs["process"].astype(bool)]
    for chip, g in process.groupby("chip", sort=False):
        if not chip.startswith("Ascend"):
            continue
        rows.append({"chip": chip, "makers": "", "finding": "process as the sources give it: "
                     + "; ".join(dict.fromkeys(g["process"])), "date": "",
                     "disputed": g["process"].nunique() > 1,
                     "sources": "; ".join(dict.fromkeys(s for ids in g["source_ids"]
                                                        for s in ids.split(";")))})
    cols = ["chip", "makers", "finding", "date", "disputed", "sources"]
    return pd.DataFrame(rows, columns=cols).sort_values(["chip", "date"], kind="stable",
                                                         ignore_index=True)
