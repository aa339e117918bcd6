"""The corpus-level steps: per-article rows as Parquet partitions, the rest as DuckDB queries.

:func:`write_batch` writes one parsed batch's rows as Parquet files
(``parts/<table>/<batch>.parquet``, typed by the data contract, see
:mod:`chipclaims.contract.columnar`), wherever the batch was parsed: this process, a worker
process or a Dask worker. :class:`CorpusState` owns the ``parts`` folder in ``workdir`` (a
scratch folder the caller owns and removes) and counts what each batch left; it holds nothing
that grows with the corpus. :meth:`CorpusState.finish` then runs
the steps that need the whole corpus as queries over those partitions in DuckDB, which spills
to disk past its memory limit:

1. duplicates and near-copies (:mod:`.duplicates`);
2. claim groups and the independent sources each reaches (:mod:`.groups`);
3. contradictions between facet statements (:func:`.facets.contradictions` on the
   statements whose facet and subject are stated with more than one value);
4. every final table as a query over the partitions and those results, in corpus order,
   which a sink reads or :func:`chipclaims.database.publish` writes.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import database, storage
from ..contract import RESOURCES, empty_frame, validate
from ..contract.columnar import arrow_schema, from_arrow, to_arrow
from ..parse.reader import Problem
from .claimreview import claim_reviews
from .claims import PROVISIONAL
from .duplicates import copy_pairs, fingerprint_table
from .facets import contradictions
from .groups import GROUPS, group_batches

_CLAIM_SCHEMA = pa.schema([(c, arrow_schema("claims").field(c).type) for c in PROVISIONAL]
                          + [("seq", pa.int64()), ("canon", pa.string())])
_REVIEWS = pa.schema([("review", pa.string())])
_COPIES = pa.schema([("article_id", pa.string()), ("original", pa.string())])


SEQ_STRIDE = 1 << 32  # a row's place in the corpus: batch number * stride + row in the batch


@dataclass
class Batch:
    """Everything parsing a batch of articles gives, before the corpus-level step."""

    tables: dict[str, pd.DataFrame]  # the per-article tables
    statements: pd.DataFrame  # facet statements
    candidates: pd.DataFrame  # claims before grouping across the corpus
    fingerprints: list[tuple[str, str, array]]  # article id, sha256, word 5-gram hashes
    problems: list[Problem]


@dataclass
class Written:
    """What writing one batch's partitions leaves for the corpus steps to know: little, so a
    worker process or a cluster's worker sends back only this."""

    number: int
    files: list[str]  # the article files, for progress
    problems: list[Problem]
    tables: tuple[str, ...]  # the per-article tables written


def _write(parts: str | Path, name: str, number: int, table: pa.Table) -> None:
    # under a temporary name first: a worker lost mid-write leaves no partition
    storage.write_atomic(storage.join(parts, name, f"{number:08d}.parquet"),
                         lambda stream: pq.write_table(table, stream))


def write_batch(parts: str | Path, number: int, batch: Batch,
                urls: Callable[[Iterable[str]], list[str]] = lambda ids: []) -> Written:
    """Validate batch ``number``'s tables and write its rows as Parquet partitions in
    ``parts`` (a folder or an fsspec URL), where this batch's files get the name
    ``<number>.parquet``. Runs wherever the batch was parsed (this process, a worker process,
    a Dask worker that reaches ``parts``)."""
    tables = batch.tables
    for name, frame in tables.items():
        validate(frame, name)
        _write(parts, name, number, to_arrow(frame, arrow_schema(name)))
    _write(parts, "facet_statements", number,
           to_arrow(validate(batch.statements, "facet_statements"),
                    arrow_schema("facet_statements")))
    claims = batch.candidates.rename(columns={"_canon": "canon"})
    claims["seq"] = range(number * SEQ_STRIDE, number * SEQ_STRIDE + len(claims))
    _write(parts, "claims", number, to_arrow(claims, _CLAIM_SCHEMA))
    _write(parts, "fingerprints", number,
           fingerprint_table(batch.fingerprints, number * SEQ_STRIDE))
    reviews = claim_reviews(tables["statements"], tables["articles"], urls)["@graph"]
    _write(parts, "reviews", number, pa.table(
        {"review": [json.dumps(r, ensure_ascii=False) for r in reviews]}, schema=_REVIEWS))
    return Written(number, tables["articles"]["file"].tolist(), batch.problems, tuple(tables))


class CorpusState:
    """The partitions of one corpus, and the queries that finish its tables."""

    def __init__(self, workdir: str | Path, parts: str | Path | None = None) -> None:
        """``workdir``: a local scratch folder for the corpus database and its spills;
        ``parts``: where the batches' partitions go (default ``workdir/parts``; an fsspec URL
        when the workers share no disk with this machine)."""
        self.workdir = Path(workdir)
        self.parts = self.workdir / "parts" if parts is None else parts
        storage.remove_tree(self.parts)  # never a stale partition
        self.problems: list[Problem] = []
        self.n_articles = 0
        self.n_batches = 0
        self._tables: tuple[str, ...] = ()
        self.con = None  # the DuckDB connection of the corpus steps (see finish)

    # -- the per-article stage -----------------------------------------------------------
    def add(self, written: Written) -> None:
        """Count in one batch whose partitions are written."""
        self._tables = self._tables or written.tables
        self.problems += written.problems
        self.n_articles += len(written.files)
        self.n_batches += 1

    # -- the corpus steps ----------------------------------------------------------------
    def _glob(self, name: str, ordered: bool = False) -> str:
        """The partitions of table ``name`` as one relation; ``ordered`` adds the columns
        ``filename`` and ``file_row_number`` that put its rows back in corpus order."""
        files = database.quoted(str(storage.join(self.parts, name, "*.parquet")))
        return (f"read_parquet({files}, filename = true, file_row_number = true)" if ordered
                else f"read_parquet({files})")

    def finish(self) -> dict[str, str]:
        """Run the corpus steps in DuckDB (:attr:`con`, open until :meth:`close`); return
        every output table as the SQL of its rows in corpus order."""
        self.con = database.scratch(self.workdir)
        if storage.is_remote(self.parts):  # DuckDB reads the partitions through fsspec
            self.con.register_filesystem(storage.filesystem(str(self.parts))[0])
        if not self.n_batches:  # an empty folder: every table empty, with its columns
            for name in RESOURCES:
                if not name.startswith("ref_"):
                    self.con.register(f"empty_{name}", pa.table(
                        {f.name: pa.array([], f.type) for f in arrow_schema(name)}))
            return {name: f"SELECT * FROM empty_{name}" for name in RESOURCES
                    if not name.startswith("ref_")}
        self._copies()
        self._groups()
        self._contradictions()
        return self._relations()

    def close(self) -> None:
        if getattr(self, "con", None) is not None:
            self.con.close()
            self.con = None

    def _store(self, name: str, table: pa.Table) -> None:
        """A result computed in Python, as table ``name`` of the corpus database."""
        self.con.register(f"found_{name}", table)
        self.con.execute(f"CREATE TABLE {name} AS SELECT * FROM found_{name}")
        self.con.unregister(f"found_{name}")

    def _copies(self) -> None:
        rows = list(copy_pairs(self.con, self._glob("fingerprints")))
        self._store("copies", pa.table(
            {"article_id": [c for c, _ in rows], "original": [o for _, o in rows]},
            schema=_COPIES))

    def _groups(self) -> None:
        groups = self.workdir / "groups.parquet"
        with pq.ParquetWriter(groups, GROUPS) as out:
            for part in group_batches(self.con, self._glob("claims")):
                out.write_batch(part)
        groups = database.quoted(str(groups))
        self.con.execute(f"""
            CREATE TABLE claim_group AS
            SELECT g.claim_id, g.grp, n.n_articles, n.n_independent FROM read_parquet({groups}) g
            JOIN (SELECT g.grp, count(DISTINCT g.article_id) AS n_articles,
                         count(DISTINCT coalesce(c.original, CASE WHEN a.relays <> ''
                               THEN 'relay:' || a.relays ELSE g.article_id END))
                             AS n_independent
                  FROM read_parquet({groups}) g
                  JOIN (SELECT article_id, relays FROM {self._glob('articles')}) a
                       USING (article_id)
                  LEFT JOIN copies c USING (article_id)
                  GROUP BY g.grp) n USING (grp)""")

    def _contradictions(self) -> None:
        """Contradictions among the statements whose (facet, subject) is stated with more
        than one value: only those are read into memory."""
        stated = self._glob("facet_statements")
        mixed = self.con.sql(f"""
            SELECT s.* EXCLUDE (filename, file_row_number)
            FROM {self._glob("facet_statements", ordered=True)} s JOIN (
                SELECT facet, subject FROM {stated} GROUP BY facet, subject
                HAVING count(DISTINCT facet_value) > 1) m USING (facet, subject)
            ORDER BY s.filename, s.file_row_number""").to_arrow_table()
        frame = from_arrow(mixed) if mixed.num_rows else empty_frame("facet_statements")
        found = to_arrow(validate(contradictions(frame), "contradictions"),
                         arrow_schema("contradictions"))
        self._store("contradictions", found)

    def _relations(self) -> dict[str, str]:
        def columns(name: str, alias: str, computed: dict[str, str]) -> str:
            return ", ".join(computed.get(c, f"{alias}.{c}") for c in RESOURCES[name].fields)

        def in_order(name: str, select: str = "p.*", joins: str = "") -> str:
            return (f"SELECT {select} FROM {self._glob(name, ordered=True)} p {joins} "
                    f"ORDER BY p.filename, p.file_row_number")

        copy = {"duplicate_of": "coalesce(c.original, '') AS duplicate_of"}
        final = copy | {
            "group_id": """CASE WHEN g.grp IS NOT NULL AND (NOT (starts_with(g.grp,
                'similar:') OR starts_with(g.grp, 'record:')) OR g.n_articles > 1) THEN g.grp
                ELSE 'single:' || p.claim_id END AS group_id""",
            "n_articles": "coalesce(g.n_articles, 1) AS n_articles",
            "n_independent": "coalesce(g.n_independent, 1) AS n_independent"}
        # A table no step joins is read as it was written: DuckDB reads the partitions in
        # the order of their names and keeps the rows' order (one thread, insertion order
        # preserved), so no sort is needed.
        out = {name: f"SELECT {columns(name, 'p', {})} FROM {self._glob(name)} p"
               for name in self._tables}
        out["articles"] = in_order("articles", columns("articles", "p", copy),
                                   "LEFT JOIN copies c USING (article_id)")
        out["facet_statements"] = (f"SELECT {columns('facet_statements', 'p', {})} "
                                   f"FROM {self._glob('facet_statements')} p")
        out["contradictions"] = "SELECT * FROM contradictions"
        out["claims"] = (f"SELECT {columns('claims', 'p', final)} FROM {self._glob('claims')} p "
                         f"LEFT JOIN claim_group g USING (claim_id) "
                         f"LEFT JOIN copies c USING (article_id) ORDER BY p.seq")
        return out

    def reviews(self) -> Iterator[dict]:
        """The ClaimReview items, in corpus order."""
        for path in storage.glob(storage.join(self.parts, "reviews"), "*.parquet"):
            with storage.open_read(path) as stream:
                texts = pq.read_table(stream).column("review").to_pylist()
            for text in texts:
                yield json.loads(text)
