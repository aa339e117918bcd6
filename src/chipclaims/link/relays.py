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

DOMAIN = re.compile(r"(?:https?://(?:www\.)?|\bwww\.)([\w-]+)(?:\.[\w-]+)+")
AGENCY_DATELINE = re.compile(r"\(([A-Z][\w&.' ]{1,30})\)\s*[-–—]")
DATELINE_LINES = 12  # an agency dateline is looked for in the article's first lines


def relay_sources(lines: pd.DataFrame, orgs: Iterable[str]) -> dict[str, str]:
    """Article id -> the source its text says it relays ('' when it names none): the site of
    a link on a source line set aside as boilerplate, else an organisation named in an
    agency dateline in its first lines. ``orgs`` are the organisations the rules know."""
    known = {o.casefold() for o in orgs}
    out: dict[str, str] = {}
    notes = lines[(lines["kind"] == "boilerplate") & (lines["reason"] == "source_link")]
    for aid, text in zip(notes["article_id"], notes["text"]):
        m = DOMAIN.search(text)
        if m and aid not in out:
            out[aid] = m.group(1).casefold()
    top = lines[lines["kind"].isin(("title", "body")) & (lines["line_no"] <= DATELINE_LINES)]
    for aid, text in zip(top["article_id"], top["text"]):
        m = AGENCY_DATELINE.search(text)
        if m and m.group(1).casefold() in known and aid not in out:
            out[aid] = m.group(1).casefold().split()[0]
    return out
