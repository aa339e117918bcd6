"""The corpus-level steps: per-article rows as Parquet partitions, the rest as DuckDB queries.

:class:`CorpusState` is fed the parsed batches in id order and writes each one's rows as
Parquet files (``parts/<table>/<batch>.parquet``, typed by the data contract, see
:mod:`chipclaims.contract.columnar`) in ``workdir``, a scratch folder the caller owns and
removes. It holds nothing that grows with the corpus. :meth:`CorpusState.finish` then runs
the steps that need the whole corpus as queries over those partitions in DuckDB, which spills
to disk past its memory limit:

1. duplicates and near-copies (:mod:`.duplicates`);
2. claim groups and the independent sources each reaches (:mod:`.groups`);
3. contradictions between facet statements (:func:`.facets.contradictions` on the
   statements whose facet and subject are stated with more than one value);
4. the final tables, streamed to a sink in corpus order a part at a time.
"""

from __future__ import annotations

import json
import shutil
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import database
from ..contract import RESOURCES, empty_frame, validate
from ..contract.columnar import arrow_schema, from_arrow, to_arrow
from ..parse.reader import Problem
from .claimreview import claim_reviews
from .claims import PROVISIONAL
from .duplicates import copy_pairs, fingerprint_table
from .facets import contradictions
from .groups import GROUPS, group_batches

PART_ROWS = 50_000  # rows per part when a final table is streamed to the sink

_CLAIM_SCHEMA = pa.schema([(c, arrow_schema("claims").field(c).type) for c in PROVISIONAL]
                          + [("seq", pa.int64()), ("canon", pa.string())])
_REVIEWS = pa.schema([("review", pa.string())])
_COPIES = pa.schema([("article_id", pa.string()), ("original", pa.string())])


@dataclass
class Batch:
    """Everything parsing a batch of articles gives, before the corpus-level step."""

    tables: dict[str, pd.DataFrame]  # the per-article tables
    statements: pd.DataFrame  # facet statements
    candidates: pd.DataFrame  # claims before grouping across the corpus
    fingerprints: list[tuple[str, str, array]]  # article id, sha256, word 5-gram hashes
    problems: list[Problem]


class CorpusState:
    """The partitions of one corpus, and the queries that finish its tables."""

    def __init__(self, workdir: str | Path,
                 urls: Callable[[Iterable[str]], list[str]] = lambda ids: []) -> None:
        self.urls = urls
        self.workdir = Path(workdir)
        self.parts = self.workdir / "parts"
        shutil.rmtree(self.parts, ignore_errors=True)  # never a stale partition
        self.problems: list[Problem] = []
        self.n_articles = 0
        self.n_batches = 0
        self._n_claims = 0
        self._tables: list[str] = []

    # -- the per-article stage -----------------------------------------------------------
    def _write(self, name: str, table: pa.Table) -> None:
        folder = self.parts / name
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, folder / f"{self.n_batches:08d}.parquet")

    def add(self, batch: Batch) -> None:
        """Validate one batch's tables and write its rows as partitions."""
        tables = batch.tables
        for name, frame in tables.items():
            validate(frame, name)
            self._write(name, to_arrow(frame, arrow_schema(name)))
        if not self._tables:
            self._tables = list(tables)
        self._write("facet_statements", to_arrow(validate(batch.statements, "facet_statements"),
                                                 arrow_schema("facet_statements")))
        claims = batch.candidates.rename(columns={"_canon": "canon"})
        claims["seq"] = range(self._n_claims, self._n_claims + len(claims))
        self._write("claims", to_arrow(claims, _CLAIM_SCHEMA))
        self._write("fingerprints", fingerprint_table(batch.fingerprints, self.n_articles))
        reviews = claim_reviews(tables["statements"], tables["articles"], self.urls)["@graph"]
        self._write("reviews", pa.table({"review": [json.dumps(r, ensure_ascii=False)
                                                    for r in reviews]}, schema=_REVIEWS))
        self.problems += batch.problems
        self.n_articles += len(tables["articles"])
        self._n_claims += len(claims)
        self.n_batches += 1

    # -- the corpus steps ----------------------------------------------------------------
    def _glob(self, name: str, ordered: bool = False) -> str:
        """The partitions of table ``name`` as one relation; ``ordered`` adds the columns
        ``filename`` and ``file_row_number`` that put its rows back in corpus order."""
        files = database.quoted(str(self.parts / name / "*.parquet"))
        return (f"read_parquet({files}, filename = true, file_row_number = true)" if ordered
                else f"read_parquet({files})")

    def _stream(self, con, sql: str, name: str) -> Iterator[pd.DataFrame]:
        for part in con.sql(sql).to_arrow_reader(PART_ROWS):
            if part.num_rows:
                yield validate(from_arrow(pa.Table.from_batches([part])), name)

    def _files(self, name: str) -> list[Path]:
        return sorted((self.parts / name).glob("*.parquet"))

    def finish(self, write: Callable[[str, pd.DataFrame], None]) -> Iterator[dict]:
        """Run the corpus steps and pass every final table to ``write(name, frame)`` a part at
        a time, in corpus order; return the ClaimReview items, read back in order (the
        caller consumes them after the tables)."""
        if not self.n_batches:
            for name in (*self._tables, "articles", "facet_statements", "claims",
                         "contradictions"):
                write(name, empty_frame(name))
            return iter(())
        con = database.scratch(self.workdir)
        try:
            self._copies(con)
            self._groups(con)
            self._publish(con, write)
        finally:
            con.close()
        return self._reviews()

    def _copies(self, con) -> None:
        with pq.ParquetWriter(self.workdir / "copies.parquet", _COPIES) as out:
            rows = list(copy_pairs(con, self._glob("fingerprints")))
            out.write_table(pa.table({"article_id": [c for c, _ in rows],
                                      "original": [o for _, o in rows]}, schema=_COPIES))

    def _groups(self, con) -> None:
        with pq.ParquetWriter(self.workdir / "groups.parquet", GROUPS) as out:
            for part in group_batches(con, self._glob("claims")):
                out.write_batch(part)
        copies = database.quoted(str(self.workdir / "copies.parquet"))
        groups = database.quoted(str(self.workdir / "groups.parquet"))
        con.execute(f"""
            CREATE TABLE copies AS SELECT * FROM read_parquet({copies});
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

    def _publish(self, con, write: Callable[[str, pd.DataFrame], None]) -> None:
        arts = self._glob("articles", ordered=True)
        cols = ", ".join(f"a.{c}" if c != "duplicate_of" else
                         "coalesce(c.original, '') AS duplicate_of"
                         for c in RESOURCES["articles"].fields)
        for frame in self._stream(con, f"SELECT {cols} FROM {arts} a LEFT JOIN copies c "
                                       f"USING (article_id) ORDER BY a.filename, "
                                       f"a.file_row_number", "articles"):
            write("articles", frame)
        for name in self._tables:
            if name == "articles":
                continue
            for path in self._files(name):
                write(name, from_arrow(pq.read_table(path)))
        for path in self._files("facet_statements"):
            write("facet_statements", from_arrow(pq.read_table(path)))
        write("contradictions", self._contradictions(con))
        final = {"group_id": """CASE WHEN g.grp IS NOT NULL AND (NOT starts_with(g.grp,
                     'similar:') OR g.n_articles > 1) THEN g.grp ELSE 'single:' || p.claim_id
                     END AS group_id""",
                 "n_articles": "coalesce(g.n_articles, 1) AS n_articles",
                 "n_independent": "coalesce(g.n_independent, 1) AS n_independent",
                 "duplicate_of": "coalesce(c.original, '') AS duplicate_of"}
        cols = ", ".join(final.get(c, f"p.{c}") for c in RESOURCES["claims"].fields)
        for frame in self._stream(con, f"SELECT {cols} FROM {self._glob('claims')} p "
                                       f"LEFT JOIN claim_group g USING (claim_id) "
                                       f"LEFT JOIN copies c USING (article_id) ORDER BY p.seq",
                                  "claims"):
            write("claims", frame)

    def _contradictions(self, con) -> pd.DataFrame:
        """Contradictions among the statements whose (facet, subject) is stated with more
        than one value: only those are read into memory."""
        stated = self._glob("facet_statements")
        mixed = con.sql(f"""
            SELECT s.* EXCLUDE (filename, file_row_number)
            FROM {self._glob("facet_statements", ordered=True)} s JOIN (
                SELECT facet, subject FROM {stated} GROUP BY facet, subject
                HAVING count(DISTINCT facet_value) > 1) m USING (facet, subject)
            ORDER BY s.filename, s.file_row_number""").to_arrow_table()
        frame = from_arrow(mixed) if mixed.num_rows else empty_frame("facet_statements")
        return validate(contradictions(frame), "contradictions")

    def _reviews(self) -> Iterator[dict]:
        for path in self._files("reviews"):
            for text in pq.read_table(path).column("review").to_pylist():
                yield json.loads(text)
