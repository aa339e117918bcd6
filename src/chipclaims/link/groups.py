"""Claims saying the same thing across articles, grouped over the whole corpus.

Rule-based groups (a check, a facet value) are kept. Other claims that name the same set of
two or more things form a *bucket*; within it, in corpus order, a claim from another article
that shares most of its words with one of the bucket's groups (``token_set_ratio`` >=
``THRESHOLD``) joins that group, else it starts a new one. DuckDB sorts the claims by bucket
(spilling to disk when the corpus is large), so one bucket at a time is held here, and every
bucket is complete whatever the corpus: no claim is ever compared with a forgotten subset.

A group counts its *independent* sources: duplicates and syndicated copies of an article
(see :mod:`.relays`) count once. A "similar" group reached by one article only is no group:
its claims stand alone (``single:``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import pyarrow as pa
from rapidfuzz import fuzz, process

THRESHOLD = 70.0  # token_set_ratio at which two claims of one bucket say the same thing
MAX_REPRESENTATIVES = 200  # the latest groups of a bucket a claim is compared with
NAMES_SEP = "\x1f"  # between the names of a claim's set, in its ``canon`` column

GROUPS = pa.schema([("claim_id", pa.string()), ("article_id", pa.string()),
                    ("grp", pa.string())])

# The claims a similarity group can take, bucket by bucket, in corpus order.
_BUCKETED = """
SELECT claim_id, article_id, text, canon FROM {claims}
WHERE group_id = '' AND canon LIKE '%' || chr(31) || '%'
ORDER BY canon, seq
"""


def canon_key(names: Iterable[str]) -> str:
    """The set of names a claim makes, as one sortable text (the bucket it falls in)."""
    return NAMES_SEP.join(sorted(set(names)))


def similar_groups(rows: Iterable[tuple[str, str, str, str]], threshold: float = THRESHOLD
                   ) -> Iterator[tuple[str, str, str]]:
    """``(claim id, article id, group)`` for claims ``(claim id, article id, text, bucket)``
    sorted by bucket, then corpus order."""
    bucket, recent = None, []
    for claim_id, article_id, text, canon in rows:
        if canon != bucket:
            bucket, recent = canon, []
        hit = process.extractOne(text, [t for t, _, _ in recent], scorer=fuzz.token_set_ratio,
                                 score_cutoff=threshold) if recent else None
        if hit is not None and recent[hit[2]][1] != article_id:
            group = recent[hit[2]][2]
        else:
            group = f"similar:{claim_id}"
            recent.append((text, article_id, group))
            if len(recent) > MAX_REPRESENTATIVES:
                recent.pop(0)
        yield claim_id, article_id, group


def group_batches(con, claims: str, batch: int = 65_536) -> Iterator[pa.RecordBatch]:
    """The provisional group of every claim in ``claims`` (a relation DuckDB can read, with
    the columns of :data:`~chipclaims.link.claims.PROVISIONAL` plus ``seq`` and ``canon``)
    that has one, as Arrow batches of :data:`GROUPS`: the rule-based groups as they are, then
    the similarity groups bucket by bucket."""
    reader = con.sql(f"SELECT claim_id, article_id, group_id AS grp FROM {claims} "
                         f"WHERE group_id <> ''").to_arrow_reader(batch)
    for part in reader:
        yield pa.RecordBatch.from_arrays(part.columns, schema=GROUPS)
    reader = con.sql(_BUCKETED.format(claims=claims)).to_arrow_reader(batch)

    def rows() -> Iterator[tuple[str, str, str, str]]:
        for part in reader:
            yield from zip(*(part.column(c).to_pylist() for c in
                             ("claim_id", "article_id", "text", "canon")))

    grouped = similar_groups(rows())
    while out := list(islice(grouped, batch)):
        yield pa.RecordBatch.from_arrays([pa.array(c, pa.string()) for c in zip(*out)],
                                         schema=GROUPS)
