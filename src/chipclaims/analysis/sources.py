"""Chapter 06, the sources: one row per article with what a reader should know before
trusting it (date, debris, attribution, hedging, verdicts, misspellings, contradictions,
AI disclosure, copies)."""

from __future__ import annotations

import pandas as pd

from ..contract.vocabulary import VERDICTS
from ..link.relays import (
    byline_lines,
    credited_orgs,
    dateline_agency,
    dateline_lines,
    linked_site,
    source_lines,
)
from ..link.wording import shared_wording
from ..rules import PubDate
from .claims import verdict_tally
from .common import article_label


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
    out["published"] = [_span(dates[a]) if a in dates else
                        f"not before {lo}" if lo else "unknown"
                        for a, lo in zip(out.index, arts["published_from"])]
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
    for v in VERDICTS:
        out[v] = tally[v].reindex(out.index, fill_value=0).astype(int)
    cl = tables["claims"]
    changed = cl[(cl["verdict"] != cl["verdict_today"]) & (cl["verdict"] != "")]
    out["changed_since"] = changed.groupby("article_id").size().reindex(
        out.index, fill_value=0).astype(int)
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


def scorecard_view(card: pd.DataFrame) -> pd.DataFrame:
    """The scorecard as the page shows it: the verdict counts are left to the chart beside it
    (and the CSV file), so the table fits the page."""
    return card.drop(columns=[c for c in VERDICTS if c in card.columns])


def provenance(tables: dict[str, pd.DataFrame], types: dict[str, str]) -> pd.DataFrame:
    """What each article's own text says about where it comes from, line by line: a link or
    note naming its original ("Source: https://www.reuters.com/...", "this article cites
    information from ..."), an agency dateline in its first lines ("(Reuters) -"), a note that
    AI tools wrote or helped write it, Chinese names rendered word for word ("Sheng Teng" for
    Ascend: machine translation), a byline crediting another organisation than the source the
    page relays, a title printed twice (the page's header scraped with it), no date line of its
    own, a copy of another article in the corpus, and a rewrite of one (most of its sentences
    in near the same words as another's). ``types`` (canonical name -> entity type)
    tells an agency (an organisation) from other words."""
    lines = tables["lines"]
    arts = tables["articles"].set_index("article_id")
    signals: dict[str, list[str]] = {aid: [] for aid in arts.index}
    orgs = {n.casefold() for n, t in types.items() if t == "org"}
    notes = source_lines(lines)
    for aid, n, text in zip(notes["article_id"], notes["line_no"], notes["text"]):
        site = linked_site(text)
        what = f"links its original at {site[0]}" if site else f"notes “{text.strip()}”"
        signals[aid].append(f"{what} (line {n})")
    top = dateline_lines(lines)
    for aid, n, text in zip(top["article_id"], top["line_no"], top["text"]):
        agency = dateline_agency(text, orgs)
        if agency:
            signals[aid].append(f"carries a {agency} dateline (line {n})")
    ai = lines[(lines["kind"] == "boilerplate") & (lines["reason"] == "ai_disclaimer")]
    for aid, n in zip(ai["article_id"], ai["line_no"]):
        signals[aid].append(f"says AI tools wrote or helped write it (line {n})")
    again = lines[(lines["kind"] == "boilerplate") & (lines["reason"] == "repeated_title")]
    for aid, n in zip(again["article_id"], again["line_no"]):
        signals[aid].append(f"repeats its title (line {n}): scraped with the page's header")
    for aid, lo, hi in zip(arts.index, arts["published_from"].fillna(""),
                           arts["published_to"].fillna("")):
        if not hi:  # no date line and no override: dated, if at all, by what it reports
            signals[aid].append("has no date line of its own" + (
                f" (published no earlier than {lo}, from the events it reports)" if lo else ""))
    ents = tables["entities"]
    literal = ents[ents["flag"] == "translation"]
    for aid, group in literal.groupby("article_id", sort=False):
        words = "; ".join(dict.fromkeys(f"{s} for {c} (line {n})" for s, c, n in zip(
            group["surface"], group["canonical"], group["line_no"])))
        signals[aid].append(f"renders Chinese names word for word, a sign of machine "
                            f"translation: {words}")
    relays = arts["relays"].fillna("") if "relays" in arts else pd.Series("", arts.index)
    by = byline_lines(lines)
    for aid, n, text in zip(by["article_id"], by["line_no"], by["text"]):
        source = relays.get(aid, "")
        others = [o for o in credited_orgs(text, orgs)
                  if source and o.casefold().split()[0] != source]
        if others:
            signals[aid].append(f"its byline credits {others[0]} (line {n}) but it relays "
                                f"{source}")
    label = dict(zip(arts.index, article_label(arts.reset_index())))
    for aid, original in arts["duplicate_of"].items():
        if original:
            signals[aid].append(f"copies {label.get(original, original)} in this folder")
    copies = {a: o for a, o in arts["duplicate_of"].items() if o}
    shared = shared_wording(tables["sentences"], copies)
    for aid, other, n, total in shared.itertuples(index=False):
        signals[aid].append(f"says {n} of its {total} sentences in near the same words as "
                            f"{label.get(other, other)}: a rewrite of one report, or both of a "
                            f"third")
    return pd.DataFrame({"article_id": list(signals),
                         "provenance": ["; ".join(v) or "no signal in the text"
                                        for v in signals.values()]})
