"""The tables of a parse as a DuckDB database and as Parquet files, for querying them.

The CSV files stay the published tables (anyone can open them). Next to them a parse writes
``chipclaims.duckdb``, one table per CSV file with the data contract's column types, and
``parquet/<table>.parquet``, the same tables in a columnar format other tools read fast
(pandas, Polars, Spark, DuckDB itself). ``chipclaims sql OUT "select ..."`` runs a query on the
database. DuckDB reads the CSV files itself (it never holds a table in Python), so building
the database costs little memory even for a large corpus.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .contract import RESOURCES
from .contract.resources import OUTPUT_TABLES

DATABASE = "chipclaims.duckdb"
MEMORY_LIMIT = "256MB"  # what DuckDB may hold while it loads the tables: flat in the corpus
MAX_FIELD = 2**26  # bytes of one CSV record (64 MB): a page that lost its line breaks is one line
PARQUET = "parquet"
SQL_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE",
             "boolean": "BOOLEAN"}


def quoted(value: str) -> str:
    """``value`` as an SQL string literal (a path, a column name in a type list)."""
    return "'" + value.replace("'", "''") + "'"


def scratch(workdir: str | Path):
    """A DuckDB database in ``workdir`` for a parse's corpus steps: its memory capped at
    :data:`MEMORY_LIMIT`, past which DuckDB spills to ``workdir``."""
    import duckdb

    workdir = Path(workdir)
    return duckdb.connect(str(workdir / "corpus.duckdb"), config={
        "memory_limit": MEMORY_LIMIT, "threads": 1,
        "temp_directory": str(workdir / "duckdb-spill")})


def build(folder: str | Path) -> Path:
    """Write ``folder/chipclaims.duckdb`` and ``folder/parquet/`` from the CSV tables in
    ``folder`` (those that exist); return the database's path."""
    import duckdb

    folder = Path(folder)
    target = folder / DATABASE
    target.unlink(missing_ok=True)
    (folder / PARQUET).mkdir(exist_ok=True)
    # bounded memory whatever the corpus: DuckDB spills to disk past the limit
    con = duckdb.connect(str(target), config={
        "memory_limit": MEMORY_LIMIT, "threads": 1,
        "temp_directory": str(folder.parent / ".duckdb-spill")})
    try:
        for name in OUTPUT_TABLES:
            resource = RESOURCES[name]
            path = folder / resource.file
            if not path.exists():
                continue
            types = {c: SQL_TYPES[resource.field(c).type] for c in resource.fields}
            columns = "{" + ", ".join(f"{quoted(c)}: {quoted(t)}"
                                      for c, t in types.items()) + "}"
            text = [c for c, t in types.items() if t == "VARCHAR"]
            keep = f", force_not_null = [{', '.join(map(quoted, text))}]" if text else ""
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv({quoted(str(path))}, "
                        f"header = true, columns = {columns}, nullstr = ''{keep}, "
                        f"max_line_size = {MAX_FIELD})")
            con.execute(f"COPY {name} TO "
                        f"{quoted(str(folder / PARQUET / (name + '.parquet')))} "
                        f"(FORMAT parquet)")
    finally:
        con.close()
    return target


def discard(folder: str | Path) -> None:
    """Remove a database and Parquet files left half-written in ``folder``."""
    import shutil

    folder = Path(folder)
    (folder / DATABASE).unlink(missing_ok=True)
    shutil.rmtree(folder / PARQUET, ignore_errors=True)


class QueryError(ValueError):
    """A query that cannot run (no database in the folder, or bad SQL), with the reason."""


def query(folder: str | Path, sql: str) -> pd.DataFrame:
    """The result of ``sql`` on the database of the tables in ``folder`` (read-only)."""
    import duckdb

    path = Path(folder) / DATABASE
    if not path.exists():
        raise QueryError(f"{path}: no database here; run `chipclaims parse ... --out "
                         f"{folder}` first")
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchdf()
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from None
    finally:
        con.close()
