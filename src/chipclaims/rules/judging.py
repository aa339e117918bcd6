"""The rules claims are judged by: facets (``data/facets.csv``) and analyst checks
(``data/checks.csv``).

A facet is a subject, an attribute and the values it can take, each with a pattern (CANN
licence = open source | proprietary...). A check is an analyst's verdict on a kind of claim,
matched by rules (entities, keywords, facet values, misspelling flags), never by a
sentence's text or line; it cites its evidence (reference event or spec ids), may name
the book section that discusses it in detail, and holds for the articles published within
its validity interval (after it, ``verdict_after`` if given).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..contract.vocabulary import CHECK_SECTIONS, STATEMENT_KINDS, VERDICTS
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
    kind: str = "event"  # the statement kind the check judges
    valid_from: dt.date | None = None  # the check applies to articles published from...
    valid_to: dt.date | None = None  # ...until the day before this one
    verdict_after: str = ""  # the verdict once valid_to has passed ("" = no longer judged)

    def applies_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day < self.valid_to)

    def verdict_on(self, day: dt.date) -> str:
        """The check's verdict for an article judged as of ``day`` ("" when it does not
        apply then)."""
        if self.applies_on(day):
            return self.verdict
        if self.valid_to is not None and day >= self.valid_to:
            return self.verdict_after
        return ""

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


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def parse_checks(source: RuleFile) -> tuple[Check, ...]:
    def build(r: dict[str, str]) -> Check:
        if not r["evidence"].strip():
            raise ValueError("a check needs evidence")
        section = r.get("section") or ""
        after = r.get("verdict_after") or ""
        return Check(
            r["check_id"], r["claim"], split(r["entities_all"]), split(r["entities_any"]),
            split(r["article_entities_any"]),
            re.compile(r["keywords_all"]) if r["keywords_all"] else None,
            re.compile(r["keywords_any"], re.IGNORECASE) if r["keywords_any"] else None,
            r["facet"], r["flag"], one_of(r["verdict"], VERDICTS, "verdict"), r["rationale"],
            split(r["evidence"]), one_of(section, ("", *CHECK_SECTIONS), "section"),
            one_of(r.get("statement_kind") or "event", STATEMENT_KINDS, "statement kind"),
            _day(r.get("valid_from")), _day(r.get("valid_to")),
            one_of(after, ("", *VERDICTS), "verdict_after"))

    return tuple(rows(source, build))
