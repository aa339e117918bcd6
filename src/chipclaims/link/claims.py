"""Claims: the sentences that assert something checkable, and the analyst checks that judge
them.

A claim is a content sentence of a claim block (not a heading, not a question) that names an
organisation, chip, system, software, model or person, or a named rule or list in a sentence
of a named topic ("The US scrapped the AI diffusion rule", not "Watch it on Bilibili"), or
gives a number or a date, or that
states a facet value or matches a check. One sentence is one claim (its id is the sentence
id, which is stable), whatever number of statements and checks judge it: its verdict is
computed from theirs (:func:`.statements.claim_verdicts`). Checks (``data/checks.csv``) are
matched by rules (entities, keywords, facet values, misspelling flags), never by a
sentence's text or line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from ..contract import RESOURCES
from ..contract.vocabulary import CLAIM_BLOCKS, CLAIM_ENTITY_TYPES, TOPICAL_ENTITY_TYPES
from ..rules.judging import Check
from .groups import canon_key

MIN_WORDS = 5  # shorter sentences are fragments, not claims
# The columns of a claim before its group is final; ``_canon`` is the set of names it makes
# (:func:`.groups.canon_key`).
PROVISIONAL = tuple(c for c in RESOURCES["claims"].fields
                    if c not in ("n_articles", "n_independent", "duplicate_of"))


def claimable(sentences: pd.DataFrame) -> pd.DataFrame:
    """Sentences that can make a claim at all: from a claim block, and not a question."""
    return sentences[sentences["block"].isin(CLAIM_BLOCKS)
                     & ~sentences["text"].str.rstrip().str.endswith("?")]


def checkable(sentences: pd.DataFrame, entities: pd.DataFrame, quantities: pd.DataFrame,
              temporal: pd.DataFrame, placed: re.Pattern[str] | None = None,
              described: re.Pattern[str] | None = None) -> pd.DataFrame:
    """The claimable sentences that assert something a reader could check: they name a
    thing, or give a number or a date, in five words or more. With ``placed`` (the cue of
    US export controls on chips), a sentence that names only countries is checkable too
    when it matches the cue ("US export controls on advanced chips to China are ongoing");
    with ``described`` (the opening words that name a thing named before: "It", "The
    California-based company"), so is a sentence that opens with them."""
    named = set(entities.loc[entities["type"].isin(CLAIM_ENTITY_TYPES), "sentence_id"])
    numbered = set(quantities["sentence_id"]) | set(temporal["sentence_id"])
    s = claimable(sentences)
    ids = named | numbered
    # a named rule or list ("the AI diffusion rule") in a sentence of a named topic
    topical = set(entities.loc[entities["type"].isin(TOPICAL_ENTITY_TYPES), "sentence_id"])
    ids |= {sid for sid, topics in zip(s["sentence_id"], s["topics"])
            if sid in topical and topics and topics != "other"}
    if placed is not None:
        places = set(entities.loc[entities["type"] == "place", "sentence_id"]) - ids
        ids |= {sid for sid, text in zip(s["sentence_id"], s["text"])
                if sid in places and placed.search(text)}
    if described is not None:
        ids |= {sid for sid, text in zip(s["sentence_id"], s["text"])
                if sid not in ids and _describes(described, text)}
    keep = (s["text"].str.split().str.len() >= MIN_WORDS) & s["sentence_id"].isin(ids)
    return s[keep]


def _describes(described: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` opens with a description of a thing ("The California-based company",
    "The new chip"); a bare "It" ("It remains unclear ...") is too often no one's."""
    m = described.match(text)
    return m is not None and m.lastgroup not in (None, "any")


def match_checks(text: str, canon: set[str], article_canon: set[str], facet_values: set[str],
                 flags: set[str], checks: Iterable[Check]) -> list[Check]:
    """Every check whose conditions all hold for this sentence, most specific first.

    A sentence can make several checkable claims ("raised $1.4 billion and plans an IPO").
    """
    hits = []
    for c in checks:  # cheap set tests first, the regular expressions last
        if ((c.entities_all and not canon.issuperset(c.entities_all))
                or (c.entities_any and canon.isdisjoint(c.entities_any))
                or (c.article_entities_any and article_canon.isdisjoint(c.article_entities_any))
                or (c.flag and c.flag not in flags)
                or (c.facet and not any(v == c.facet or v.startswith(c.facet + "=")
                                        for v in facet_values))
                or (c.keywords_all is not None and not c.keywords_all.search(text))
                or (c.keywords_any is not None and not c.keywords_any.search(text))):
            continue
        hits.append(c)
    return sorted(hits, key=lambda c: -c.specificity)


def claim_candidates(tables: dict[str, pd.DataFrame], statements: pd.DataFrame,
                     checks: Iterable[Check], placed: re.Pattern[str] | None = None,
                     described: re.Pattern[str] | None = None) -> pd.DataFrame:
    """Claims of the articles in ``tables`` before grouping across the corpus: one row per
    checkable sentence (one per check when checks match), with the rule-based group (check or
    facet value) where there is one and ``_canon``, the set of things the sentence names.

    Everything here depends on one article at a time, so it can run on any batch of articles.
    """
    checks = list(checks)
    all_sents = tables["sentences"]
    claimable_ids = set(checkable(all_sents, tables["entities"], tables["quantities"],
                                  tables["temporal"], placed, described)["sentence_id"])
    ents = tables["entities"]
    canon_by_sentence: dict[str, set[str]] = {}
    flags_by_sentence: dict[str, set[str]] = {}
    canon_by_article: dict[str, set[str]] = {}
    for sid, aid, canon, flag in zip(*(ents[c].tolist() for c in ("sentence_id", "article_id",
                                                                 "canonical", "flag"))):
        canon_by_sentence.setdefault(sid, set()).add(canon)
        canon_by_article.setdefault(aid, set()).add(canon)
        if flag:
            flags_by_sentence.setdefault(sid, set()).add(flag)
    facet_by_sentence: dict[str, set[str]] = {}
    for sid, facet, value in zip(*(statements[c].tolist() for c in ("sentence_id", "facet",
                                                                    "facet_value"))):
        facet_by_sentence.setdefault(sid, set()).update({facet, f"{facet}={value}"})
    rows = []
    for s in claimable(all_sents).astype(object).itertuples(index=False):
        facet_values = facet_by_sentence.get(s.sentence_id, set())
        found = match_checks(s.text, canon_by_sentence.get(s.sentence_id, set()),
                             canon_by_article.get(s.article_id, set()), facet_values,
                             flags_by_sentence.get(s.sentence_id, set()), checks)
        if not (found or facet_values or s.sentence_id in claimable_ids):
            continue
        canon = canon_key(canon_by_sentence.get(s.sentence_id, ()))
        check = found[0] if found else None
        group = f"check:{check.check_id}" if check else ""
        if not group and facet_values:
            group = "facet:" + sorted(v for v in facet_values if "=" in v)[0]
        rows.append((s.sentence_id, s.sentence_id, s.article_id, s.line_no, s.text, group,
                     ";".join(c.check_id for c in found), "", "", canon, tuple(found)))
    return pd.DataFrame(rows, columns=[*PROVISIONAL, "_canon", "_checks"])
