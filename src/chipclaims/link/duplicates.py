"""Duplicate and near-duplicate articles, found online as articles arrive in id order.

An article copies an earlier one when its bytes are identical, or when the word 5-grams of
the shorter of the two are at least ``threshold`` contained in the other's (a syndicated or
scraped copy). Each article is compared with the earlier ones only, so the decision for an
article never waits for the rest of the corpus.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable

from ..contract.vocabulary import CONTENT_KINDS
from . import spill

SAMPLE = 8  # a shingle is in an article's sample when its hash is a multiple of this
MAX_POSTINGS = 50  # a shingle shared by more articles than this is boilerplate, not evidence
CANDIDATES = 8  # originals, most shared first, given the full comparison


def _shingles(text: str, n: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.casefold())
    return {zlib.crc32(" ".join(words[i:i + n]).encode()) for i in
            range(max(len(words) - n + 1, 0))}


def content_text(kinds: Iterable[str], texts: Iterable[str]) -> str:
    """The text duplicate detection compares: an article's content lines joined by spaces."""
    return " ".join(t for k, t in zip(kinds, texts) if k in CONTENT_KINDS)


def fingerprint(text: str) -> array:
    """The sorted word 5-gram hashes of a text, packed (4 bytes each) so that a corpus's worth
    can be held for comparison."""
    return array("I", sorted(_shingles(text)))


class DuplicateFinder:
    """Online duplicate detection over a SQLite store (see :mod:`.spill`).

    Candidates come from a sample of each article's shingles: those whose hash is a multiple
    of ``SAMPLE``. The sample is the same for any text holding the shingle, so a copy's sample
    is (nearly) contained in its original's whether the copy is the whole article, an excerpt
    or the article with debris added, which a sketch of the lowest hashes is not. An earlier
    original sharing at least half of the shorter sample is compared in full. The cost grows
    with the corpus, not with its square. The packed fingerprint of each original
    article and the sketch index live in ``db`` (in memory by default), so a parse that spills
    them to disk holds only :meth:`original_of`'s answers: one entry per copy found.
    """

    def __init__(self, threshold: float = 0.8, db: sqlite3.Connection | None = None) -> None:
        self.threshold = threshold
        self.db = spill.connect(None) if db is None else db
        self.db.executescript("""
            CREATE TABLE dup_original (k INTEGER PRIMARY KEY, article TEXT, sha TEXT,
                                       grams BLOB, n INTEGER);
            CREATE INDEX dup_original_sha ON dup_original (sha);
            CREATE TABLE dup_sketch (h INTEGER, k INTEGER);
            CREATE INDEX dup_sketch_h ON dup_sketch (h, k);
        """)
        self._n = 0
        self._copies: dict[str, str] = {}

    def original_of(self, article_id: str) -> str:
        """The earlier article ``article_id`` copies, or '' for an original."""
        return self._copies.get(article_id, "")

    def add(self, article_id: str, sha256: str, grams: array) -> str:
        """Register an article; return the id of the earlier article it copies, or ''."""
        db = self.db
        if sha256:
            row = db.execute("SELECT article FROM dup_original WHERE sha = ? LIMIT 1",
                             (sha256,)).fetchone()
            if row is not None:
                self._copies[article_id] = row[0]
                return row[0]
        sample = [h for h in grams if h % SAMPLE == 0]
        shared: Counter[int] = Counter()
        telling = 0  # sampled shingles rare enough to tell articles apart
        for h in sample:
            ks = [k for (k,) in db.execute("SELECT k FROM dup_sketch WHERE h = ? LIMIT ?",
                                           (h, MAX_POSTINGS + 1))]
            if len(ks) <= MAX_POSTINGS:
                telling += 1
                shared.update(ks)
        for k, hits in shared.most_common(CANDIDATES):
            original, blob, n = db.execute(
                "SELECT article, grams, n FROM dup_original WHERE k = ?", (k,)).fetchone()
            if hits < max(1, min(n, telling) // 2):
                continue  # a copy shares most of the shorter sample

            ga = array("I")
            ga.frombytes(blob)
            if ga and grams and (len(set(ga).intersection(grams)) / min(len(ga), len(grams))
                                 >= self.threshold):
                self._copies[article_id] = original
                return original
        k, self._n = self._n, self._n + 1
        db.execute("INSERT INTO dup_original VALUES (?, ?, ?, ?, ?)",
                   (k, article_id, sha256 or None, grams.tobytes(), len(sample)))
        db.executemany("INSERT INTO dup_sketch VALUES (?, ?)", ((h, k) for h in sample))
        return ""
