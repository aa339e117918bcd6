"""Chapter 00, the summary: every number the executive summary quotes."""

from __future__ import annotations

import pandas as pd

from ..contract.vocabulary import DECIDED_VERDICTS, VERDICTS
from ..rules import Check, Facet
from .claims import matches_check
from .present import counted


def summary_numbers(tables: dict[str, pd.DataFrame], contradictions: pd.DataFrame,
                    ratios: pd.DataFrame, sixty: pd.DataFrame) -> dict[str, int | float | str]:
    """Every number the executive summary quotes, as plain Python values (safe to glue).

    Claims are counted once per sentence, each with the one verdict its statements give;
    judgements are counted once per (article, statement judged), so a check or fact that
    many sentences of one article repeat counts once for that article.
    """
    arts = tables["articles"]
    claims = tables["claims"]
    judged = claims[claims["verdict"].isin(DECIDED_VERDICTS)]
    verdicts = claims["verdict"].value_counts()
    lines = tables["lines"]
    ai = lines[(lines["kind"] == "boilerplate") & (lines["reason"] == "ai_disclaimer")]
    compute = ratios[ratios["metric"].str.startswith("dense")]
    out: dict[str, int | float | str] = {
        "n_articles": len(arts),
        "n_copies": int((arts["duplicate_of"] != "").sum()),
        "n_claims": len(claims),
        "n_judged": len(judged),
        "n_judgements": judgement_count(tables["statements"]),
        "n_checks_used": len(checks_used(claims)),
        "n_contradictions": len(contradictions),
        "n_contradicted_facets": int(contradictions["facet"].nunique()),
        "n_ai_disclosed": int(ai["article_id"].nunique()),
        "sixty_articles": int(sixty["article_id"].nunique()),
        "sixty_attributed": int((sixty["attribution"] != "").sum()),
        "n_changed_since": int((judged["verdict"] != judged["verdict_today"]).sum()),
    }
    out["ai_disclosed_text"] = counted(out["n_ai_disclosed"], "article", ("states", "state"))
    for v in VERDICTS:
        out[f"n_{v.replace(' ', '_')}"] = int(verdicts.get(v, 0))
    n = len(judged)
    out["pct_judged"] = round(100 * n / len(claims), 1) if len(claims) else 0.0
    out["pct_not_supported"] = round(100 * (n - out["n_supported"]) / n, 1) if n else 0.0
    low = compute["ratio low"].iloc[0] if len(compute) else float("nan")
    high = compute["ratio high"].iloc[0] if len(compute) else float("nan")
    out["ratio_compute_low_pct"] = round(100 * float(low)) if low == low else 0
    out["ratio_compute_high_pct"] = round(100 * float(high)) if high == high else 0
    return out


def checks_used(claims: pd.DataFrame) -> set[str]:
    """The analyst checks that match at least one claim."""
    return {c for ids in claims["check_id"] for c in str(ids).split(";") if c}


def judgement_count(statements: pd.DataFrame) -> int:
    """Decided statements counted once per (article, what was judged): the check, or the
    record fact (its first evidence id)."""
    st = statements[statements["verdict"].isin(DECIDED_VERDICTS)]
    keys = {(a, sid.split("#", 1)[1] if basis == "check" else ev.split(";")[0])
            for a, sid, basis, ev in zip(st["article_id"], st["statement_id"], st["basis"],
                                         st["evidence"].fillna(""))}
    return len(keys)


def disagreements(contradictions: pd.DataFrame) -> pd.DataFrame:
    """The disagreements between articles: one row per (question, subject, pair of articles)
    that give different answers, however many sentence pairs say so. A self-contradiction
    within one article is not a disagreement between articles."""
    cols = ["facet", "subject", "article_id_a", "article_id_b"]
    if contradictions.empty:
        return pd.DataFrame(columns=cols)
    cross = contradictions[~contradictions["same_article"].astype(bool)]
    pairs = [(f, s, *sorted((a, b))) for f, s, a, b in zip(
        cross["facet"], cross["subject"], cross["article_id_a"], cross["article_id_b"])]
    return pd.DataFrame(list(dict.fromkeys(pairs)), columns=cols)


def contradiction_finding(contradictions: pd.DataFrame, facets: tuple[Facet, ...]) -> str:
    """The summary's sentence on disagreements between articles (pairs of articles giving
    different answers to one question), naming the questions actually contradicted; the
    sentence pairs behind them are counted after."""
    between = disagreements(contradictions)
    if between.empty:
        within = "" if contradictions.empty else (
            f" ({len(contradictions)} pair{'s' if len(contradictions) != 1 else ''} of "
            "sentences within single articles do)")
        return ("No two articles give different answers to the same question among those the "
                f"parser tracks{within}.")
    notes = {f.facet_id: f.note.rstrip(".") for f in facets if f.note}
    asked = [notes.get(f, f) for f in dict.fromkeys(between["facet"])]
    d, k, n = len(between), len(asked), len(contradictions)
    return (f"{d} disagreement{'s' if d != 1 else ''} between pairs of articles on {k} "
            f"question{'s' if k != 1 else ''}: " + "; ".join(
                q[:1].lower() + q[1:] for q in asked)
            + f" ({n} pair{'s' if n != 1 else ''} of sentences in all).")


def check_finding(tables: dict[str, pd.DataFrame], check: Check | None,
                  rationale: bool = True) -> str:
    """A sentence on one check the book discusses: where its claim appears and what the
    record says of it (the check's rationale, unless the page explains it itself), or that
    no article here makes it."""
    if check is None:
        return "No check is set aside for this in the rules."
    claims = tables["claims"]
    hit = claims[matches_check(claims, check.check_id)]
    n = int(hit["article_id"].nunique())
    if n == 0:
        return (f"No article in this folder makes the claim “{check.claim}”, which the "
                "chapter follows when it appears.")
    found = (f"The claim “{check.claim}” appears in {n} article{'s' if n != 1 else ''} "
             f"({len(hit)} sentence{'s' if len(hit) != 1 else ''}), judged {check.verdict}")
    return f"{found}: {check.rationale}" if rationale else f"{found}."


def page_values(ctx) -> dict[str, object]:
    """Every value the summary page glues (keys without the ``s_`` prefix): the numbers of
    :func:`summary_numbers`, the corpus and extraction shares, the span of the export-control
    timeline, and the two computed findings as markdown."""
    from . import ascend, claims, corpus, extraction, timeline
    from .common import md

    tables = ctx.tables
    traced = claims.claims_for_section(tables, ctx.checks, "traced_number")
    out: dict[str, object] = dict(summary_numbers(tables, tables["contradictions"],
                                                  ascend.spec_ratios(ctx.ref), traced))
    totals = corpus.corpus_totals(tables) | extraction.extraction_totals(tables)
    out |= {k: totals[k] for k in ("boilerplate_share_pct", "attributed_pct", "hedged_pct")}
    years = timeline.events_frame(ctx.ref, "export_controls")["start"].dt.year
    out |= {"n_control_events": len(years), "first_control_year": str(years.min()),
            "last_control_year": str(years.max())}
    n = out["n_copies"]
    out["copies_phrase"] = ("none is a copy" if n == 0 else "1 is a copy" if n == 1
                            else f"{n} are copies")  # "of which 0 are copies" reads badly
    out["contradiction_finding"] = md(contradiction_finding(tables["contradictions"],
                                                            ctx.facets))
    out["traced_finding"] = md(check_finding(tables, ctx.check("traced_number")))
    return out
