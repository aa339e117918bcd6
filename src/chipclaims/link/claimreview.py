"""schema.org ClaimReview markup for the checked claims: the format fact-checkers publish
and search engines read. One review per claim matched to a check.

The output is plain JSON-LD with the schema.org context named, not fetched: nothing here
touches the network. :func:`validate_claim_reviews` checks the structure every consumer needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

import pandas as pd

from ..contract.vocabulary import VERDICT_RATINGS
from ..rules.judging import Check

AUTHOR = {"@type": "Organization", "name": "chipclaims"}


def claim_reviews(claims: pd.DataFrame, articles: pd.DataFrame,
                  checks: Iterable[Check]) -> dict:
    """A JSON-LD document (``@graph``) with one ClaimReview per checked claim."""
    by_id = {c.check_id: c for c in checks}
    titles = dict(zip(articles["article_id"], articles["title"]))
    graph = []
    for row in claims[claims["check_id"] != ""].itertuples(index=False):
        check = by_id[row.check_id]
        graph.append({
            "@type": "ClaimReview",
            "identifier": row.claim_id,
            "claimReviewed": row.text,
            "reviewBody": check.rationale,
            "author": AUTHOR,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": VERDICT_RATINGS[check.verdict],
                "bestRating": 5,
                "worstRating": 0,
                "alternateName": check.verdict,
            },
            "itemReviewed": {
                "@type": "Claim",
                "appearance": {
                    "@type": "CreativeWork",
                    "name": titles.get(row.article_id) or row.article_id,
                    "identifier": f"{row.article_id}, line {row.line_no}",
                },
            },
            "isBasedOn": list(check.evidence),
            "about": check.claim,
        })
    return {"@context": "https://schema.org", "@graph": graph}


REQUIRED = ("@type", "claimReviewed", "reviewRating", "itemReviewed", "author")


def validate_claim_reviews(doc: dict) -> list[str]:
    """Problems with a ClaimReview document (empty when it is well formed)."""
    problems = []
    if doc.get("@context") != "https://schema.org":
        problems.append("@context must be https://schema.org")
    for i, review in enumerate(doc.get("@graph", [])):
        missing = [k for k in REQUIRED if k not in review]
        if missing:
            problems.append(f"review {i}: missing {', '.join(missing)}")
            continue
        if review["@type"] != "ClaimReview":
            problems.append(f"review {i}: @type is not ClaimReview")
        rating = review["reviewRating"]
        if rating.get("@type") != "Rating" or "alternateName" not in rating:
            problems.append(f"review {i}: reviewRating needs @type Rating and alternateName")
        appearance = review["itemReviewed"].get("appearance", {})
        if review["itemReviewed"].get("@type") != "Claim" or not appearance:
            problems.append(f"review {i}: itemReviewed must be a Claim with an appearance")
    return problems


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_document(reviews: Iterable[dict], out: TextIO) -> None:
    """Write ``{"@context": ..., "@graph": reviews}`` to ``out`` one review at a time, byte
    for byte as :func:`dumps` would, without holding the reviews in memory."""
    head = '{\n  "@context": "https://schema.org",\n  "@graph": ['
    first = True
    for review in reviews:
        body = json.dumps(review, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        out.write(f"{head}\n    {body}" if first else f",\n    {body}")
        first = False
    out.write('{\n  "@context": "https://schema.org",\n  "@graph": []\n}\n' if first
              else "\n  ]\n}\n")
