"""Claims, facets, contradictions and checks, across the whole corpus.

* **Claims**: every content sentence that asserts something checkable: it names an
  organisation, chip, system, software, model or person, or gives a number or a date, or it
  states a facet value or matches a check (and it is not a question or a heading). A claim's
  id is its sentence id (plus ``/CHECK`` when a check judges it), which is stable; a sentence
  that makes several checked claims gives one row per check.
* **Facets** (``data/facets.csv``): a subject, an attribute and the values it can take, each
  with a pattern (CANN licence = open source | proprietary...). A value counts for the subject
  entity nearest to it in the sentence (of the facet's entity type); for facets that allow an
  implicit subject, the article's most-mentioned candidate stands in when the sentence names
  none. A sentence stating two values of one facet is "mixed" and not compared.
* **Contradictions**: every pair of facet statements on the same subject and attribute with
  different values.
* **Checks** (``data/checks.csv``): an analyst's verdict on a kind of claim, matched by rules
  (entities, keywords, facet values, misspelling flags), never by a sentence's text or line.
* **Groups**: claims matched to the same check, or stating the same facet value, form one
  group; other claims are grouped when they name the same things and say nearly the same
  words. A group counts its *independent* sources: duplicates and syndicated copies of an
  article count once.
"""

from __future__ import annotations

import csv
import re
import sqlite3
import zlib
from array import array
from collections import Counter, OrderedDict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from . import spill

VERDICTS = ("supported", "partly supported", "contradicted", "unverifiable", "misleading")
CLAIM_BLOCKS = ("title", "body", "list_item", "table_cell")
CLAIM_TYPES = ("org", "chip", "hardware", "software", "model", "person")


def _data(name: str, path: str | Path | None) -> tuple[list[dict[str, str]], str]:
    if path is None:
        text = (resources.files("chipclaims") / "data" / name).read_text("utf-8")
        where = name
    else:
        text, where = Path(path).read_text("utf-8"), str(path)
    return list(csv.DictReader(text.splitlines())), where


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split(";") if x.strip())


class RulesFileError(ValueError):
    """A facets or checks file is malformed; the message names the file and row."""


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

    @property
    def specificity(self) -> int:
        return (len(self.entities_all) + bool(self.entities_any) + bool(self.keywords_all)
                + bool(self.keywords_any) + 2 * bool(self.facet) + bool(self.flag)
                + bool(self.article_entities_any))


def load_facets(path: str | Path | None = None) -> tuple[Facet, ...]:
    rows, where = _data("facets.csv", path)
    out = []
    for i, r in enumerate(rows, start=2):
        try:
            out.append(Facet(
                r["facet_id"], r["subject"],
                re.compile(r["subject_pattern"]) if r["subject_pattern"] else None,
                r["subject_type"], r["attribute"], r["value"],
                re.compile(r["value_pattern"], re.IGNORECASE),
                int(r["max_distance"]) if r["max_distance"] else None,
                r["implicit_subject"].strip().lower() == "true", r["value_from"],
                _split(r["exclude_orgs"])))
        except (KeyError, ValueError, re.error) as exc:
            raise RulesFileError(f"{where}: row {i}: {exc}") from None
    return tuple(out)


def load_checks(path: str | Path | None = None) -> tuple[Check, ...]:
    rows, where = _data("checks.csv", path)
    out = []
    for i, r in enumerate(rows, start=2):
        try:
            if r["verdict"] not in VERDICTS:
                raise ValueError(f"verdict {r['verdict']!r} is not one of {', '.join(VERDICTS)}")
            if not r["evidence"].strip():
                raise ValueError("a check needs evidence")
            out.append(Check(
                r["check_id"], r["claim"], _split(r["entities_all"]), _split(r["entities_any"]),
                _split(r["article_entities_any"]),
                re.compile(r["keywords_all"]) if r["keywords_all"] else None,
                re.compile(r["keywords_any"], re.IGNORECASE) if r["keywords_any"] else None,
                r["facet"], r["flag"], r["verdict"], r["rationale"], _split(r["evidence"])))
        except (KeyError, ValueError, re.error) as exc:
            raise RulesFileError(f"{where}: row {i}: {exc}") from None
    return tuple(out)


# --- duplicates ---------------------------------------------------------------------------

def _shingles(text: str, n: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.casefold())
    return {zlib.crc32(" ".join(words[i:i + n]).encode()) for i in
            range(max(len(words) - n + 1, 0))}


SKETCH = 16
MAX_POSTINGS = 50  # a shingle shared by more articles than this is boilerplate, not evidence
MIN_SHARED = 4  # sketch hashes a candidate must share before the full comparison
CONTENT_KINDS = ("title", "heading", "body", "list_item", "table_row")


def content_text(kinds: Iterable[str], texts: Iterable[str]) -> str:
    """The text duplicate detection compares: an article's content lines joined by spaces."""
    return " ".join(t for k, t in zip(kinds, texts) if k in CONTENT_KINDS)


def fingerprint(text: str) -> array:
    """The sorted word 5-gram hashes of a text, packed (4 bytes each) so that a corpus's worth
    can be held for comparison."""
    return array("I", sorted(_shingles(text)))


class DuplicateFinder:
    """Online duplicate detection: articles are added in id order, each is compared with the
    earlier ones only, so the decision for an article never waits for the rest of the corpus.

    An article copies an earlier one when its bytes are identical, or when the word 5-grams of
    the shorter of the two are at least ``threshold`` contained in the other's (a syndicated
    or scraped copy). Candidates come from a small sketch of each article (its lowest shingle
    hashes), so the cost grows with the corpus, not with its square. The packed fingerprint
    of each original article and the sketch index live in ``db`` (see :mod:`chipclaims.spill`;
    in memory by default), so a parse that spills them to disk holds only ``copies``: one
    entry per copy found.
    """

    def __init__(self, threshold: float = 0.8, db: sqlite3.Connection | None = None) -> None:
        self.threshold = threshold
        self.db = spill.connect(None) if db is None else db
        self.db.executescript("""
            CREATE TABLE dup_original (k INTEGER PRIMARY KEY, article TEXT, sha TEXT,
                                       grams BLOB);
            CREATE INDEX dup_original_sha ON dup_original (sha);
            CREATE TABLE dup_sketch (h INTEGER, k INTEGER);
            CREATE INDEX dup_sketch_h ON dup_sketch (h, k);
        """)
        self._n = 0
        self.copies: dict[str, str] = {}

    def add(self, article_id: str, sha256: str, grams: array) -> str:
        """Register an article; return the id of the earlier article it copies, or ''."""
        db = self.db
        if sha256:
            row = db.execute("SELECT article FROM dup_original WHERE sha = ? LIMIT 1",
                             (sha256,)).fetchone()
            if row is not None:
                self.copies[article_id] = row[0]
                return row[0]
        sketch = grams[:SKETCH]
        shared = Counter(k for h in sketch for (k,) in db.execute(
            "SELECT k FROM dup_sketch WHERE h = ? ORDER BY k LIMIT ?", (h, MAX_POSTINGS)))
        for k, hits in shared.most_common():
            if hits < MIN_SHARED:
                break  # a copy shares most of its sketch with the original
            original, blob = db.execute("SELECT article, grams FROM dup_original WHERE k = ?",
                                        (k,)).fetchone()
            ga = array("I")
            ga.frombytes(blob)
            if ga and grams and (len(set(ga).intersection(grams)) / min(len(ga), len(grams))
                                 >= self.threshold):
                self.copies[article_id] = original
                return original
        k, self._n = self._n, self._n + 1
        db.execute("INSERT INTO dup_original VALUES (?, ?, ?, ?)",
                   (k, article_id, sha256 or None, grams.tobytes()))
        db.executemany("INSERT INTO dup_sketch VALUES (?, ?)", ((h, k) for h in sketch))
        return ""


# --- facets -------------------------------------------------------------------------------

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
    """Every facet value stated in the corpus, with the sentence it is stated in."""
    cols = ["sentence_id", "article_id", "line_no", "facet", "subject", "attribute", "value",
            "surface", "implicit_subject", "text"]
    rows = []
    facets = list(facets)
    if not facets or sentences.empty:
        return pd.DataFrame(rows, columns=cols)
    any_value = re.compile("|".join(f"(?:{f.value_pattern.pattern})" for f in facets),
                           re.IGNORECASE)
    candidates = sentences[sentences["block"].isin(CLAIM_BLOCKS)
                           & sentences["text"].map(lambda t: any_value.search(t) is not None)
                           & ~sentences["text"].str.rstrip().str.endswith("?")]
    ents_by_sentence: dict[str, list[tuple]] = {}
    for sid, line, a, b, canon, typ in zip(*(entities[c].tolist() for c in (
            "sentence_id", "line_no", "start", "end", "canonical", "type"))):
        ents_by_sentence.setdefault(sid, []).append((line, a, b, canon, typ))
    wanted = set(candidates["article_id"])
    ents_by_article = {k: g for k, g in entities[entities["article_id"].isin(wanted)]
                       .groupby("article_id")}
    for s in candidates.astype(object).itertuples(index=False):
        offset = s.start  # entity columns are line columns; sentence text starts at s.start
        local = [(a - offset, b - offset, canon, typ)
                 for line, a, b, canon, typ in ents_by_sentence.get(s.sentence_id, ())
                 if line == s.line_no]
        found: dict[tuple[str, str], set[str]] = {}
        hits = []
        for f in facets:
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
    out = pd.DataFrame(rows, columns=cols).drop_duplicates(["sentence_id", "facet", "value"])
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
    cols = ["contradiction_id", "facet", "subject", "attribute", "same_article"]
    side = ["value", "sentence_id", "article_id", "line_no", "text"]
    out = []
    for (facet, subject), group in statements.groupby(["facet", "subject"], sort=True):
        recs = group.sort_values(["article_id", "line_no"]).to_dict("records")
        for i, a in enumerate(recs):
            for b in recs[i + 1:]:
                if a["value"] != b["value"]:
                    out.append([f"{facet}:{a['sentence_id']}~{b['sentence_id']}", facet,
                                subject, a["attribute"], a["article_id"] == b["article_id"]]
                               + [a[k] for k in side] + [b[k] for k in side])
    return pd.DataFrame(out, columns=cols + [f"{k}_a" for k in side] + [f"{k}_b" for k in side])


# --- claims and checks --------------------------------------------------------------------

def checkable(sentences: pd.DataFrame, entities: pd.DataFrame, quantities: pd.DataFrame,
              temporal: pd.DataFrame) -> pd.DataFrame:
    """The sentences that assert something a reader could check."""
    named = set(entities.loc[entities["type"].isin(CLAIM_TYPES), "sentence_id"])
    numbered = set(quantities["sentence_id"]) | set(temporal["sentence_id"])
    words = sentences["text"].str.split().str.len()
    keep = (sentences["block"].isin(CLAIM_BLOCKS) & ~sentences["text"].str.rstrip().str
            .endswith("?") & (words >= 5)
            & sentences["sentence_id"].isin(named | numbered))
    return sentences[keep]


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


CLAIM_COLUMNS = ["claim_id", "article_id", "line_no", "text", "group_id", "check_id",
                 "verdict", "_canon"]


def claim_candidates(tables: dict[str, pd.DataFrame], statements: pd.DataFrame,
                     checks: Iterable[Check]) -> pd.DataFrame:
    """Claims of the articles in ``tables`` before grouping across the corpus: one row per
    checkable sentence (one per check when checks match), with the rule-based group (check or
    facet value) where there is one and ``_canon``, the set of things the sentence names.

    Everything here depends on one article at a time, so it can run on any batch of articles.
    """
    checks = list(checks)
    all_sents = tables["sentences"]
    claimable = set(checkable(all_sents, tables["entities"], tables["quantities"],
                              tables["temporal"])["sentence_id"])
    sents = all_sents[all_sents["block"].isin(CLAIM_BLOCKS)
                      & ~all_sents["text"].str.rstrip().str.endswith("?")]
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
    for r in statements.itertuples(index=False):
        facet_by_sentence.setdefault(r.sentence_id, set()).update(
            {r.facet, f"{r.facet}={r.value}"})
    rows = []
    for s in sents.astype(object).itertuples(index=False):  # plain objects: much faster
        facet_values = facet_by_sentence.get(s.sentence_id, set())
        found = match_checks(s.text, canon_by_sentence.get(s.sentence_id, set()),
                             canon_by_article.get(s.article_id, set()), facet_values,
                             flags_by_sentence.get(s.sentence_id, set()), checks)
        if not (found or facet_values or s.sentence_id in claimable):
            continue
        canon = frozenset(canon_by_sentence.get(s.sentence_id, set()))
        for check in found or [None]:
            group = f"check:{check.check_id}" if check else ""
            if not group and facet_values:
                group = "facet:" + sorted(v for v in facet_values if "=" in v)[0]
            rows.append((f"{s.sentence_id}/{check.check_id}" if check else s.sentence_id,
                         s.article_id, s.line_no, s.text, group,
                         check.check_id if check else "", check.verdict if check else "",
                         canon))
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


MAX_REPRESENTATIVES = 200  # bounds the work per claim in a large bucket
MAX_HELD = 20_000  # claim texts held for comparison across all buckets: bounds the memory


class ClaimGrouper:
    """Online grouping of claims across articles, fed in corpus order.

    Rule-based groups (a check, a facet value) are kept. Other claims from different articles
    that name the same set of two or more things and share most of their words
    (``token_set_ratio`` >= ``threshold``) join the group of the first such claim. Claims are
    bucketed by their set of names; each is compared with at most the
    ``MAX_REPRESENTATIVES`` most recent groups of its bucket, and at most ``max_held`` texts
    are held over all buckets: when a new one would exceed that, the least recently used
    bucket is forgotten, so a claim whose set of names has not been seen for that long starts
    a new group (an approximation that only very large corpora meet). Which articles and
    sources each group reaches is recorded in ``db`` (see :mod:`chipclaims.spill`) and
    counted by :meth:`finish`, so the memory held does not grow with the corpus.
    """

    def __init__(self, copies: dict[str, str], threshold: float = 70.0,
                 db: sqlite3.Connection | None = None, max_held: int = MAX_HELD) -> None:
        self.copies = copies  # shared with the duplicate finder: filled as articles arrive
        self.threshold = threshold
        self.max_held = max_held
        self.db = spill.connect(None) if db is None else db
        self.db.execute("CREATE TABLE claim_member (grp TEXT, article TEXT, source TEXT)")
        self._recent: OrderedDict[frozenset, deque] = OrderedDict()
        self._held = 0
        self._pending: list[tuple[str, str, str]] = []
        self._counts: dict[str, tuple[int, int]] | None = None

    def assign(self, claim_id: str, article_id: str, text: str, group: str,
               canon: frozenset) -> str:
        """The provisional group of one claim ('' when it stands alone)."""
        if self._counts is not None:
            raise RuntimeError("claims cannot be assigned after ClaimGrouper.finish")
        if not group and len(canon) >= 2:
            recent = self._recent.get(canon)
            if recent is None:
                recent = self._recent[canon] = deque(maxlen=MAX_REPRESENTATIVES)
            else:
                self._recent.move_to_end(canon)
            hit = process.extractOne(text, [t for t, _, _ in recent], scorer=fuzz.token_set_ratio,
                                     score_cutoff=self.threshold) if recent else None
            if hit is not None and recent[hit[2]][1] != article_id:
                group = recent[hit[2]][2]
            else:
                group = f"similar:{claim_id}"
                self._held += len(recent) < MAX_REPRESENTATIVES
                recent.append((text, article_id, group))
                self._forget(keep=canon)
        if group:
            self._note(group, article_id)
        return group

    def _forget(self, keep: frozenset) -> None:
        while self._held > self.max_held:
            canon = next(iter(self._recent))
            if canon == keep:
                break
            self._held -= len(self._recent.pop(canon))

    def _note(self, group: str, article_id: str) -> None:
        self._pending.append((group, article_id, self.copies.get(article_id, article_id)))
        if len(self._pending) >= 10_000:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT INTO claim_member VALUES (?, ?, ?)", self._pending)
        self._pending = []

    def _count(self, groups: Iterable[str]) -> dict[str, tuple[int, int]]:
        if self._counts is None:
            self._flush()
            self.db.executescript("""
                CREATE TABLE claim_count AS
                    SELECT grp, COUNT(DISTINCT article) AS n_articles,
                           COUNT(DISTINCT source) AS n_sources
                    FROM claim_member GROUP BY grp;
                CREATE UNIQUE INDEX claim_count_grp ON claim_count (grp);
                DROP TABLE claim_member;
            """)
            self._counts = {}
        return spill.lookup(self.db, "SELECT grp, n_articles, n_sources FROM claim_count "
                                     "WHERE grp IN ({})", [g for g in groups if g])

    def finish(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Final group ids and counts for claims whose provisional groups came from
        :meth:`assign` (after every claim of the corpus has been assigned; it may be called
        for one part of the claims after another). A "similar" group reached by one article
        only is no group: its claims stand alone."""
        frame = frame.drop(columns="_canon", errors="ignore").copy()
        groups = frame["group_id"].tolist()
        counts = self._count(groups)
        final = [g if g and (not g.startswith("similar:") or counts.get(g, (1,))[0] > 1)
                 else f"single:{c}" for c, g in zip(frame["claim_id"].tolist(), groups)]
        frame["group_id"] = final
        frame["n_articles"] = [counts[g][0] if g in counts else 1 for g in final]
        frame["n_independent"] = [counts[g][1] if g in counts else 1 for g in final]
        frame["duplicate_of"] = [self.copies.get(a, "") for a in frame["article_id"].tolist()]
        return frame
