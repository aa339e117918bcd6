"""The rules claims are judged by: facets (``data/facets.csv``) and analyst checks
(``data/checks.csv``).

A facet is a subject, an attribute and the values it can take, each with a pattern (CANN
licence = open source | proprietary...). A check is an analyst's verdict on a kind of claim,
matched by rules (entities, keywords, facet values, misspelling flags), never by a
sentence's text or line; it cites its evidence (reference event or spec ids) and may name
the book section that discusses it in detail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contract.vocabulary import CHECK_SECTIONS, VERDICTS
from .loader import RuleFile, boolean, one_of, rows, split


@dataclass(frozen=True)
class Facet:
    facet_id: str
    subject: str
    subject_pattern: re.Pattern[str] | None
    subject_type: str
    attribute: str
    value: str
    value_pattern: re.Pattern[str]
    max_distance: int | None
    implicit_subject: bool
    value_from: str
    exclude_orgs: tuple[str, ...]
    note: str = ""  # the question the facet answers, in words (on the facet's first row)


@dataclass(frozen=True)
class Check:
    check_id: str
    claim: str
    entities_all: tuple[str, ...]
    entities_any: tuple[str, ...]
    article_entities_any: tuple[str, ...]
    keywords_all: re.Pattern[str] | None
    keywords_any: re.Pattern[str] | None
    facet: str
    flag: str
    verdict: str
    rationale: str
    evidence: tuple[str, ...]
    section: str = ""

    @property
    def specificity(self) -> int:
        """How many conditions the check sets: the more, the more specific its match."""
        return (len(self.entities_all) + bool(self.entities_any) + bool(self.keywords_all)
                + bool(self.keywords_any) + 2 * bool(self.facet) + bool(self.flag)
                + bool(self.article_entities_any))


def parse_facets(source: RuleFile) -> tuple[Facet, ...]:
    def build(r: dict[str, str]) -> Facet:
        return Facet(
            r["facet_id"], r["subject"],
            re.compile(r["subject_pattern"]) if r["subject_pattern"] else None,
            r["subject_type"], r["attribute"], r["value"],
            re.compile(r["value_pattern"], re.IGNORECASE),
            int(r["max_distance"]) if r["max_distance"] else None,
            boolean(r["implicit_subject"]), r["value_from"], split(r["exclude_orgs"]),
            r.get("note") or "")

    return tuple(rows(source, build))


def parse_checks(source: RuleFile) -> tuple[Check, ...]:
    def build(r: dict[str, str]) -> Check:
        if not r["evidence"].strip():
            raise ValueError("a check needs evidence")
        section = r.get("section") or ""
        return Check(
            r["check_id"], r["claim"], split(r["entities_all"]), split(r["entities_any"]),
            split(r["article_entities_any"]),
            re.compile(r["keywords_all"]) if r["keywords_all"] else None,
            re.compile(r["keywords_any"], re.IGNORECASE) if r["keywords_any"] else None,
            r["facet"], r["flag"], one_of(r["verdict"], VERDICTS, "verdict"), r["rationale"],
            split(r["evidence"]), one_of(section, ("", *CHECK_SECTIONS), "section"))

    return tuple(rows(source, build))
