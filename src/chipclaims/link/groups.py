"""Claims saying the same thing across articles, grouped online in corpus order.

Rule-based groups (a check, a facet value) are kept. Other claims from different articles
that name the same set of two or more things and share most of their words
(``token_set_ratio`` >= ``threshold``) join the group of the first such claim. A group counts
its *independent* sources: duplicates and syndicated copies of an article count once.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict, deque
from collections.abc import Iterable

import pandas as pd
from rapidfuzz import fuzz, process

from . import spill

MAX_REPRESENTATIVES = 200  # bounds the work per claim in a large bucket
MAX_HELD = 20_000  # claim texts held for comparison across all buckets: bounds the memory


class ClaimGrouper:
    """Online grouping of claims, fed in corpus order.

    Claims are bucketed by their set of names; each is compared with at most the
    ``MAX_REPRESENTATIVES`` most recent groups of its bucket, and at most ``max_held`` texts
    are held over all buckets: when a new one would exceed that, the least recently used
    bucket is forgotten, so a claim whose set of names has not been seen for that long starts
    a new group (an approximation that only very large corpora meet). Which articles and
    sources each group reaches is recorded in ``db`` (see :mod:`.spill`) and counted by
    :meth:`finish`, so the memory held does not grow with the corpus.
    """

    def __init__(self, threshold: float = 70.0, db: sqlite3.Connection | None = None,
                 max_held: int = MAX_HELD) -> None:
        self.threshold = threshold
        self.max_held = max_held
        self.db = spill.connect(None) if db is None else db
        self.db.execute("CREATE TABLE claim_member (grp TEXT, article TEXT, source TEXT)")
        self._recent: OrderedDict[frozenset, deque] = OrderedDict()
        self._held = 0
        self._pending: list[tuple[str, str, str]] = []
        self._counts: dict[str, tuple[int, int]] | None = None

    def assign(self, claim_id: str, article_id: str, source_id: str, text: str, group: str,
               canon: frozenset) -> str:
        """The provisional group of one claim ('' when it stands alone); ``source_id`` is the
        article ``article_id`` copies, or itself for an original."""
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
            self._pending.append((group, article_id, source_id))
            if len(self._pending) >= 10_000:
                self._flush()
        return group

    def _forget(self, keep: frozenset) -> None:
        while self._held > self.max_held:
            canon = next(iter(self._recent))
            if canon == keep:
                break
            self._held -= len(self._recent.pop(canon))

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
        return frame
