"""Duplicate and near-duplicate articles, found by queries over the fingerprints of a corpus.

An article copies an earlier *original* when its bytes are identical, or when the word
5-grams of the shorter of the two are at least ``THRESHOLD`` contained in the other's (a
syndicated or scraped copy, an excerpt, the article with debris added). The comparison is
complete, not a sample of pairs: every article is compared with every earlier article that
could be its original, found by a join in DuckDB, and DuckDB spills the join to disk, so the
memory it takes does not grow with the corpus.

Candidates come from a sample of each article's shingles (those whose hash is a multiple of
``SAMPLE``): the sample is the same for any text holding a shingle, so a copy's sample is
(nearly) contained in its original's whether it is the whole article or an excerpt. For each
sampled shingle only its first ``HOLDERS`` articles in corpus order are candidates: an
original comes before its copies, so it is among the first holders of its own shingles, and a
shingle every page carries ("share this story") adds a bounded number of pairs, not a square.
The ``CANDIDATES`` earlier articles sharing most sampled shingles with an article are
compared with it on their samples, and those whose samples are at least ``LIKELY`` contained
in full (the containment of all 5-grams). Which earlier article a copy copies is
then settled in corpus order: the exact copy of an original first, then the candidate sharing
most; an article that is itself a copy is never an original.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import pyarrow as pa

from ..contract.vocabulary import CONTENT_KINDS

SAMPLE = 8  # a shingle is in an article's sample when its hash is a multiple of this
HOLDERS = 8  # the first articles holding a sampled shingle that are candidates for it
CANDIDATES = 8  # the earlier articles sharing most sampled shingles, compared further
LIKELY = 0.5  # containment of the samples above which a candidate is compared in full
THRESHOLD = 0.8  # containment of the shorter article's 5-grams that makes a copy

FINGERPRINTS = pa.schema([("seq", pa.int64()), ("article_id", pa.string()),
                          ("sha256", pa.string()), ("grams", pa.list_(pa.uint32()))])

# Pairs (original candidate, later article) in the order the decision takes them.
_PAIRS = """
WITH fp AS (
    SELECT seq, article_id, sha256, grams,
           list_filter(grams, lambda h: h % {sample} = 0) AS samp FROM {fp}),
exact AS (
    SELECT first_value(seq) OVER (PARTITION BY sha256 ORDER BY seq) AS a, seq AS b
    FROM fp WHERE sha256 <> ''),
sample AS (SELECT seq, unnest(samp) AS h FROM fp),
holders AS (
    SELECT h, seq, row_number() OVER (PARTITION BY h ORDER BY seq) AS r FROM sample),
shared AS (
    SELECT f.seq AS a, s.seq AS b, count(*) AS k
    FROM holders f JOIN sample s ON f.h = s.h AND f.r <= {holders} AND f.seq < s.seq
    GROUP BY f.seq, s.seq),
near AS (
    SELECT a, b, k FROM (
        SELECT a, b, k, row_number() OVER (PARTITION BY b ORDER BY k DESC, a) AS rank
        FROM shared)
    WHERE rank <= {candidates}),
likely AS MATERIALIZED (
    SELECT near.a, near.b, near.k FROM near
    JOIN fp fa ON fa.seq = near.a JOIN fp fb ON fb.seq = near.b
    WHERE len(list_intersect(fa.samp, fb.samp))
          >= {likely} * least(len(fa.samp), len(fb.samp))),
verified AS (
    SELECT likely.a, likely.b, likely.k FROM likely
    JOIN fp fa ON fa.seq = likely.a JOIN fp fb ON fb.seq = likely.b
    WHERE len(fa.grams) > 0 AND len(fb.grams) > 0
      AND len(list_intersect(fa.grams, fb.grams))
          >= {threshold} * least(len(fa.grams), len(fb.grams)))
SELECT pairs.a, pairs.b, fa.article_id AS original, fb.article_id AS copy FROM (
    SELECT a, b, 0 AS kind, 0 AS k FROM exact WHERE a < b
    UNION ALL SELECT a, b, 1 AS kind, k FROM verified) AS pairs
JOIN fp fa ON fa.seq = pairs.a JOIN fp fb ON fb.seq = pairs.b
ORDER BY pairs.b, pairs.kind, pairs.k DESC, pairs.a
"""


def _shingles(text: str, n: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.casefold())
    return {zlib.crc32(" ".join(words[i:i + n]).encode()) for i in
            range(max(len(words) - n + 1, 0))}


def content_text(kinds: Iterable[str], texts: Iterable[str]) -> str:
    """The text duplicate detection compares: an article's content lines joined by spaces."""
    return " ".join(t for k, t in zip(kinds, texts) if k in CONTENT_KINDS)


def fingerprint(text: str) -> array:
    """The sorted word 5-gram hashes of a text, packed (4 bytes each)."""
    return array("I", sorted(_shingles(text)))


def fingerprint_table(rows: Sequence[tuple[str, str, array]], first_seq: int) -> pa.Table:
    """Fingerprints ``(article id, sha256, 5-gram hashes)`` as an Arrow table, numbered in
    corpus order from ``first_seq``."""
    lengths = np.fromiter((len(g) for _, _, g in rows), dtype=np.int32, count=len(rows))
    offsets = np.concatenate([[0], np.cumsum(lengths, dtype=np.int32)])
    values = (np.concatenate([np.frombuffer(g, dtype=np.uint32) for _, _, g in rows])
              if rows and offsets[-1] else np.zeros(0, dtype=np.uint32))
    grams = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), pa.array(values))
    return pa.Table.from_arrays(
        [pa.array(range(first_seq, first_seq + len(rows)), pa.int64()),
         pa.array([r[0] for r in rows], pa.string()),
         pa.array([r[1] or "" for r in rows], pa.string()), grams], schema=FINGERPRINTS)


def _settle(pairs: Iterable[tuple[int, int, str, str]]) -> Iterator[tuple[str, str]]:
    """``(copy, original)`` ids from candidate pairs ``(a, b, original id, copy id)`` sorted
    by ``b`` and preference: each later article takes its first candidate that is not itself
    a copy. What is held is one number per copy found."""
    copies: set[int] = set()
    for a, b, original, copy in pairs:
        if b not in copies and a not in copies:
            copies.add(b)
            yield copy, original


def copy_pairs(con, fingerprints: str, batch: int = 65_536) -> Iterator[tuple[str, str]]:
    """``(copy id, original id)`` for every copy among the fingerprints in ``fingerprints``
    (a relation DuckDB can read, such as ``read_parquet('…/*.parquet')``, with the columns
    of :data:`FINGERPRINTS`), in corpus order."""
    reader = con.sql(_PAIRS.format(fp=fingerprints, sample=SAMPLE, holders=HOLDERS,
                                   candidates=CANDIDATES, likely=LIKELY,
                                       threshold=THRESHOLD)).to_arrow_reader(batch)

    def pairs() -> Iterator[tuple[int, int, str, str]]:
        for part in reader:
            yield from zip(*(part.column(c).to_pylist() for c in ("a", "b", "original",
                                                                  "copy")))

    yield from _settle(pairs())


def find_copies(rows: Sequence[tuple[str, str, array]]) -> dict[str, str]:
    """``{copy id: original id}`` for fingerprints held in memory (in corpus order), in an
    in-memory database: the same queries a parse runs over its partitions."""
    import duckdb

    con = duckdb.connect()
    try:
        con.register("fingerprints", fingerprint_table(rows, 0))
        return dict(copy_pairs(con, "fingerprints"))
    finally:
        con.close()
