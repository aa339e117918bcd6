"""Claims as the chapters show them: by topic, by check or book section, tallied by verdict,
and the full register with each verdict's rationale and evidence."""

from __future__ import annotations

import pandas as pd

from ..contract.vocabulary import VERDICTS
from ..reference import Reference
from ..rules import Check
from .common import in_topic


def matches_check(claims: pd.DataFrame, check_id: str) -> pd.Series:
    """Which claims the check matches (a claim lists every matching check)."""
    return claims["check_id"].fillna("").str.split(";").map(lambda ids: check_id in ids)


def topic_claims(tables: dict[str, pd.DataFrame], topic: str,
                 checks: tuple[Check, ...] = ()) -> pd.DataFrame:
    """Claims from sentences tagged with ``topic``, with their check and verdict."""
    claims = tables["claims"]
    sents = tables["sentences"]
    topical = set(sents.loc[in_topic(sents, topic), "sentence_id"])
    out = claims[claims["sentence_id"].isin(topical)].copy()
    names = {c.check_id: c.claim for c in checks}
    out["checked_claim"] = out["check_id"].map(
        lambda ids: "; ".join(names[c] for c in ids.split(";") if c in names))
    return out[["article_id", "line_no", "text", "check_id", "checked_claim", "verdict",
                "verdict_today", "n_independent"]].reset_index(drop=True)


def claims_for_check(tables: dict[str, pd.DataFrame], check_id: str) -> pd.DataFrame:
    """Where a checked claim appears, with the check's verdict on it (as of the article's
    date) and who the sentence credits for it."""
    claims = tables["claims"]
    hit = claims[matches_check(claims, check_id)]
    sents = tables["sentences"].set_index("sentence_id")
    st = tables["statements"].set_index("statement_id")["verdict"]
    out = hit[["article_id", "line_no", "text"]].copy()
    out["verdict"] = [st.get(f"{sid}#{check_id}", "") for sid in hit["sentence_id"]]
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
    """Claims per article and verdict (articles as rows): each sentence once, with the one
    verdict its statements give as of the article's date."""
    claims = tables["claims"]
    checked = claims[claims["verdict"] != ""]
    arts = tables["articles"]["article_id"]
    tally = pd.crosstab(checked["article_id"], checked["verdict"]).reindex(
        index=arts, columns=list(VERDICTS), fill_value=0)
    tally.columns.name = None
    tally.index.name = "article_id"
    return tally.reset_index()


def statement_parts(statements: pd.DataFrame) -> dict[str, str]:
    """Each claim's statements as one line each: what was judged, the verdict and why, and
    where it differs, the verdict now and what changed."""
    out: dict[str, list[str]] = {}
    for sid, what, verdict, why, now, note in zip(
            statements["sentence_id"], statements["statement"], statements["verdict"],
            statements["rationale"], statements["verdict_today"].fillna(""),
            statements["note_today"].fillna("")):
        if verdict:
            later = f" Now {now}: {note}." if now and now != verdict else ""
            out.setdefault(sid, []).append(f"{what} — {verdict}: {why}.{later}"
                                           .replace("..", "."))
    return {k: "\n".join(v) for k, v in out.items()}


def register(tables: dict[str, pd.DataFrame], checks: tuple[Check, ...],
             ref: Reference) -> pd.DataFrame:
    """The full claim register: every claim once, with its verdict as of publication and as
    of now, its statements (what each asserts, its verdict and why) and the sources."""
    from ..link.record import Record

    record = Record.from_reference(ref)
    st = tables["statements"]
    parts = statement_parts(st)
    evidence = {sid: list(dict.fromkeys(e for ids in g["evidence"].fillna("")
                                        for e in ids.split(";") if e))
                for sid, g in st.groupby("sentence_id")}
    claims = tables["claims"]
    out = claims[["claim_id", "article_id", "line_no", "text", "group_id", "check_id",
                  "verdict", "verdict_today", "n_independent"]].copy()
    out["statements"] = claims["sentence_id"].map(parts).fillna("")
    out["evidence"] = claims["sentence_id"].map(
        lambda s: "; ".join(evidence.get(s, []))).fillna("")
    out["evidence_sources"] = claims["sentence_id"].map(
        lambda s: "; ".join(record.urls(evidence.get(s, []))))
    return out.reset_index(drop=True)


def register_view(full: pd.DataFrame) -> pd.DataFrame:
    """The register as a page shows it: each claim with its statements beneath it (one line
    each: what was judged, the verdict and why), and its two verdicts."""
    claim = [text + "".join(f"\n• {line}" for line in parts.split("\n") if line)
             for text, parts in zip(full["text"], full["statements"])]
    return pd.DataFrame({"article_id": full["article_id"], "line_no": full["line_no"],
                         "claim": claim, "verdict": full["verdict"],
                         "verdict_today": full["verdict_today"]})
