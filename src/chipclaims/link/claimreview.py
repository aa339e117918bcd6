"""schema.org ClaimReview markup for the judged statements: the format fact-checkers
publish and search engines read. One review per statement with a verdict the record or a
check decides (an *unverifiable* figure is left out: nothing was reviewed).

Each review carries the sentence, the article (title, identifier, publication date when
known), the verdict as a schema.org rating, the rationale, the date it was judged as of, and
the addresses of the sources it rests on. The output is plain JSON-LD with the schema.org
context named, not fetched: nothing here touches the network. :func:`validate_claim_reviews`
checks the structure every consumer needs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TextIO

import pandas as pd

from ..contract.vocabulary import DECIDED_VERDICTS as DECIDED
from ..contract.vocabulary import VERDICT_RATINGS

AUTHOR = {"@type": "Organization", "name": "chipclaims"}


def claim_reviews(statements: pd.DataFrame, articles: pd.DataFrame,
                  urls: Callable[[Iterable[str]], list[str]]) -> dict:
    """A JSON-LD document (``@graph``) with one ClaimReview per judged statement;
    ``urls`` turns evidence ids into source addresses."""
    titles = dict(zip(articles["article_id"], articles["title"]))
    dated = {a: lo for a, lo, hi in zip(articles["article_id"],
                                         articles["published_from"].fillna(""),
                                         articles["published_to"].fillna(""))
             if lo and lo == hi}
    graph = []
    judged = statements[statements["verdict"].isin(DECIDED)
                        | (statements["basis"] == "check") & (statements["verdict"] != "")]
    for row in judged.itertuples(index=False):
        appearance = {
            "@type": "CreativeWork",
            "name": titles.get(row.article_id) or row.article_id,
            "identifier": f"{row.article_id}, line {row.line_no}",
        }
        if row.article_id in dated:
            appearance["datePublished"] = dated[row.article_id]
        graph.append({
            "@type": "ClaimReview",
            "identifier": row.statement_id,
            "claimReviewed": row.surface,
            "reviewBody": row.rationale,
            "author": AUTHOR,
            "dateCreated": row.as_of,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": VERDICT_RATINGS[row.verdict],
                "bestRating": 5,
                "worstRating": 0,
                "alternateName": row.verdict,
            },
            "itemReviewed": {"@type": "Claim", "appearance": appearance},
            "isBasedOn": urls(filter(None, str(row.evidence or "").split(";"))),
            "about": row.statement,
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
