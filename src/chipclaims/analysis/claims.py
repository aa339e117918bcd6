"""Claims as the chapters show them: by topic, by check or book section, tallied by verdict,
and the full register with each verdict's rationale and evidence."""

from __future__ import annotations

import pandas as pd

from ..contract.vocabulary import VERDICTS
from ..reference import Reference
from ..rules import Check
from .common import in_topic


def topic_claims(tables: dict[str, pd.DataFrame], topic: str,
                 checks: tuple[Check, ...] = ()) -> pd.DataFrame:
    """Claims from sentences tagged with ``topic``, with their check and verdict."""
    claims = tables["claims"]
    sents = tables["sentences"]
    topical = set(sents.loc[in_topic(sents, topic), "sentence_id"])
    out = claims[claims["sentence_id"].isin(topical)].copy()
    names = {c.check_id: c.claim for c in checks}
    out["checked_claim"] = out["check_id"].map(names).fillna("")
    return out[["article_id", "line_no", "text", "check_id", "checked_claim", "verdict",
                "n_independent"]].reset_index(drop=True)


def claims_for_check(tables: dict[str, pd.DataFrame], check_id: str) -> pd.DataFrame:
    """Where a checked claim appears, with who the sentence credits for it."""
    claims = tables["claims"]
    hit = claims[claims["check_id"] == check_id]
    sents = tables["sentences"].set_index("sentence_id")
    out = hit[["article_id", "line_no", "text", "verdict"]].copy()
    out["attribution"] = hit["sentence_id"].map(sents["attribution"]).fillna("").to_numpy()
    out["hedged"] = hit["sentence_id"].map(sents["hedged"]).fillna(False).astype(bool).to_numpy()
    return out.reset_index(drop=True)


def section_checks(checks: tuple[Check, ...], section: str) -> tuple[Check, ...]:
    """The checks a book section discusses in detail (``section`` column of checks.csv)."""
    return tuple(c for c in checks if c.section == section)


def claims_for_section(tables: dict[str, pd.DataFrame], checks: tuple[Check, ...],
                       *sections: str) -> pd.DataFrame:
    """Where the claims of the checks of ``sections`` appear (a ``check`` column names the
    check)."""
    frames = [claims_for_check(tables, c.check_id).assign(check=c.check_id)
              for s in sections for c in section_checks(checks, s)]
    if not frames:
        return pd.DataFrame(columns=["article_id", "line_no", "text", "verdict", "attribution",
                                     "hedged", "check"])
    return pd.concat(frames, ignore_index=True)


def section_evidence(checks: tuple[Check, ...], sections: tuple[str, ...]) -> list[str]:
    """The evidence ids the checks of ``sections`` cite, each once, in order."""
    return list(dict.fromkeys(e for s in sections for c in section_checks(checks, s)
                              for e in c.evidence))


def verdict_tally(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Checked claims per article and verdict (articles as rows)."""
    claims = tables["claims"]
    checked = claims[claims["verdict"] != ""]
    arts = tables["articles"]["article_id"]
    tally = pd.crosstab(checked["article_id"], checked["verdict"]).reindex(
        index=arts, columns=list(VERDICTS), fill_value=0)
    tally.columns.name = None
    tally.index.name = "article_id"
    return tally.reset_index()


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
