"""The outside source an article's own text says it relays.

A scraped page often says where it comes from: a "Source: https://www.reuters.com/..." line,
or an agency dateline in its first lines ("SINGAPORE, Jan 8 (Reuters) -"). Two pages that
relay the same source are not independent reports of a claim, even when neither is in the
corpus, so claim groups count them once. The source is kept as one lowercase word (a link's
site name without its domain suffix, an agency's name), so that a link to reuters.com and a
Reuters dateline name the same source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

DOMAIN = re.compile(r"(?:https?://(?:www\.)?|\bwww\.)(([\w-]+)(?:\.[\w-]+)+)")
AGENCY_DATELINE = re.compile(r"\(([A-Z][\w&.' ]{1,30})\)\s*[-–—]")
DATELINE_LINES = 12  # an agency dateline is looked for in the article's first lines


def source_lines(lines: pd.DataFrame) -> pd.DataFrame:
    """The lines set aside as a note or link naming an article's source."""
    return lines[(lines["kind"] == "boilerplate") & (lines["reason"] == "source_link")]


def linked_site(text: str) -> tuple[str, str] | None:
    """The site a line links to: its host ("reuters.com") and name ("reuters")."""
    m = DOMAIN.search(text)
    return (m.group(1), m.group(2).casefold()) if m else None


def dateline_lines(lines: pd.DataFrame) -> pd.DataFrame:
    """An article's first content lines, where an agency dateline stands."""
    return lines[lines["kind"].isin(("title", "body")) & (lines["line_no"] <= DATELINE_LINES)]


def dateline_agency(text: str, known: set[str]) -> str | None:
    """The agency of a dateline ("(Reuters) -"), if it is an organisation in ``known``
    (casefolded names)."""
    m = AGENCY_DATELINE.search(text)
    return m.group(1) if m and m.group(1).casefold() in known else None


def relay_sources(lines: pd.DataFrame, orgs: Iterable[str]) -> dict[str, str]:
    """Article id -> the source its text says it relays ('' when it names none): the site of
    a link on a source line set aside as boilerplate, else an organisation named in an
    agency dateline in its first lines. ``orgs`` are the organisations the rules know."""
    known = {o.casefold() for o in orgs}
    out: dict[str, str] = {}
    notes = source_lines(lines)
    for aid, text in zip(notes["article_id"], notes["text"]):
        site = linked_site(text)
        if site and aid not in out:
            out[aid] = site[1]
    top = dateline_lines(lines)
    for aid, text in zip(top["article_id"], top["text"]):
        agency = dateline_agency(text, known)
        if agency and aid not in out:
            out[aid] = agency.casefold().split()[0]
    return out


def byline_lines(lines: pd.DataFrame) -> pd.DataFrame:
    """The lines set aside as a byline."""
    return lines[(lines["kind"] == "boilerplate") & (lines["reason"] == "byline")]


def credited_orgs(text: str, known: set[str]) -> list[str]:
    """The organisations a byline credits ("By Reuters staff", "Jane Doe, Bloomberg News"),
    as written, among ``known`` (casefolded names), in order."""
    words = re.findall(r"[\w&.'’-]+", text)
    found = []
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            name = " ".join(words[i:i + size]).strip(".,")
            if name.casefold() in known and not any(name in f for f in found):
                found.append(name)
    return found
