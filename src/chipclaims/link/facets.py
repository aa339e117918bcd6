"""Facet statements and the contradictions between them.

A facet value (``data/facets.csv``) counts for the subject entity nearest to it in the
sentence (of the facet's entity type); for facets that allow an implicit subject, the
article's most-mentioned candidate stands in when the sentence names none. A sentence
stating two values of one facet is "mixed" and not compared. A contradiction is every pair
of statements on the same facet and subject with different values.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..contract import RESOURCES, empty_frame
from ..contract.fields import PAIRED
from ..rules.judging import Facet
from ..rules.patterns import pattern_set
from .claims import claimable


def _dominant(entities: pd.DataFrame, pattern: re.Pattern[str] | None,
              type_: str, exclude: tuple[str, ...]) -> str:
    rows = entities
    if type_:
        rows = rows[rows["type"] == type_]
    names = [c for c in rows["canonical"] if (pattern is None or pattern.search(c))
             and c not in exclude]
    return Counter(names).most_common(1)[0][0] if names else ""


def facet_statements(sentences: pd.DataFrame, entities: pd.DataFrame,
                     facets: Iterable[Facet]) -> pd.DataFrame:
    """Every facet value stated in these sentences, with the sentence it is stated in."""
    cols = list(RESOURCES["facet_statements"].fields)
    facets = list(facets)
    if not facets or sentences.empty:
        return empty_frame("facet_statements")
    values = pattern_set(tuple(f.value_pattern for f in facets))
    candidates = claimable(sentences)
    scans = {sid: values.scan(t).positions() for sid, t in zip(candidates["sentence_id"],
                                                                candidates["text"])}
    candidates = candidates[np.array([bool(scans[sid]) for sid in candidates["sentence_id"]],
                                     dtype=bool)]  # an empty mask must stay a row mask
    ents_by_sentence: dict[str, list[tuple]] = {}
    for sid, line, a, b, canon, typ in zip(*(entities[c].tolist() for c in (
            "sentence_id", "line_no", "start", "end", "canonical", "type"))):
        ents_by_sentence.setdefault(sid, []).append((line, a, b, canon, typ))
    wanted = set(candidates["article_id"])
    ents_by_article = {k: g for k, g in entities[entities["article_id"].isin(wanted)]
                       .groupby("article_id")}
    rows = []
    for s in candidates.astype(object).itertuples(index=False):
        offset = s.start  # entity columns are line columns; sentence text starts at s.start
        local = [(a - offset, b - offset, canon, typ)
                 for line, a, b, canon, typ in ents_by_sentence.get(s.sentence_id, ())
                 if line == s.line_no]
        found: dict[tuple[str, str], set[str]] = {}
        hits = []
        for k in scans[s.sentence_id]:
            f = facets[k]
            for m in f.value_pattern.finditer(s.text):
                subject, implicit = _subject_for(f, m, local, s, ents_by_article)
                if not subject:
                    continue
                value = subject if f.value_from == "first_org" else f.value
                label = f.subject if f.subject_pattern is not None or f.value_from else subject
                found.setdefault((f.facet_id, label), set()).add(value)
                hits.append((f, label, value, m.group(0), implicit))
        for f, label, value, surface, implicit in hits:
            if len(found[(f.facet_id, label)]) > 1:
                continue  # the sentence states two values of one facet: mixed, not compared
            rows.append([s.sentence_id, s.article_id, s.line_no, f.facet_id, label,
                         f.attribute, value, surface, implicit, s.text])
    if not rows:
        return empty_frame("facet_statements")
    out = pd.DataFrame(rows, columns=cols).drop_duplicates(["sentence_id", "facet",
                                                            "facet_value"])
    return out.reset_index(drop=True)


def _subject_for(f: Facet, m: re.Match[str], local: list, s, ents_by_article) -> tuple[str, bool]:
    """The subject a value match belongs to, and whether it was implicit."""
    if f.value_from == "first_org":
        orgs = [c for a, b, c, t in sorted(local) if t == "org" and c not in f.exclude_orgs]
        if orgs:
            return orgs[0], False
        arts = ents_by_article.get(s.article_id)
        if f.implicit_subject and arts is not None:
            name = _dominant(arts, None, "org", f.exclude_orgs)
            return name, bool(name)
        return "", False
    candidates = [(min(abs(m.start() - b), abs(a - m.end())), c)
                  for a, b, c, t in local if not f.subject_type or t == f.subject_type]
    if candidates:
        distance, nearest = min(candidates)
        if f.subject_pattern.search(nearest) and (f.max_distance is None
                                                  or distance <= f.max_distance):
            return nearest, False
        if f.subject_type:
            return "", False
    if not f.subject_type and any(f.subject_pattern.search(c) for *_, c, _ in local):
        return next(c for *_, c, _ in local if f.subject_pattern.search(c)), False
    if f.implicit_subject and not any(f.subject_pattern.search(c) for *_, c, _ in local):
        arts = ents_by_article.get(s.article_id)
        if arts is not None:
            name = _dominant(arts, f.subject_pattern, f.subject_type, ())
            return name, bool(name)
    return "", False


def contradictions(statements: pd.DataFrame) -> pd.DataFrame:
    """Each pair of statements on the same facet and subject with different values."""
    cols = list(RESOURCES["contradictions"].fields)
    out = []
    for (facet, subject), group in statements.groupby(["facet", "subject"], sort=True):
        recs = group.sort_values(["article_id", "line_no"]).to_dict("records")
        for i, a in enumerate(recs):
            for b in recs[i + 1:]:
                if a["facet_value"] != b["facet_value"]:
                    out.append([f"{facet}:{a['sentence_id']}~{b['sentence_id']}", facet,
                                subject, a["attribute"], a["article_id"] == b["article_id"]]
                               + [a[k] for k in PAIRED] + [b[k] for k in PAIRED])
    return pd.DataFrame(out, columns=cols) if out else empty_frame("contradictions")
