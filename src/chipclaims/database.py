"""The published tables, written by DuckDB: CSV files, a DuckDB database and Parquet files.

Every output table is one relation in DuckDB (a query over a parse's Parquet partitions, or a
table held in memory), and :func:`publish` writes it three ways from there: ``<table>.csv``
(the published table anyone can open), ``chipclaims.duckdb`` (one table per CSV file, with the
data contract's column types, for ``chipclaims sql OUT "select ..."``) and
``parquet/<table>.parquet`` (for pandas, Polars, Spark). DuckDB streams the rows from the
partitions to the files without holding a table in Python, within :data:`MEMORY_LIMIT`.

CSV format: UTF-8, a header row, ``\n`` line ends, booleans ``true``/``false``, numbers in
the shortest form that reads back to the same value, an empty text field empty.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from . import storage
from .contract import RESOURCES
from .contract.resources import OUTPUT_TABLES

DATABASE = "chipclaims.duckdb"
MEMORY_LIMIT = "256MB"  # what DuckDB may hold in a parse: flat in the corpus, spilled past it
PARQUET = "parquet"


def quoted(value: str) -> str:
    """``value`` as an SQL string literal (a path, a column name in a type list)."""
    return "'" + value.replace("'", "''") + "'"


def identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def scratch(workdir: str | Path):
    """A DuckDB database in ``workdir`` for a parse's corpus steps: its memory capped at
    :data:`MEMORY_LIMIT`, past which DuckDB spills to ``workdir``."""
    import duckdb

    workdir = Path(workdir)
    return duckdb.connect(str(workdir / "corpus.duckdb"), config={
        "memory_limit": MEMORY_LIMIT, "threads": 1, "preserve_insertion_order": True,
        "temp_directory": str(workdir / "duckdb-spill")})


def _csv_columns(name: str) -> str:
    """The columns of table ``name`` as written to CSV: an empty text is an empty field."""
    resource = RESOURCES[name]
    return ", ".join(f"nullif({identifier(c)}, '') AS {identifier(c)}"
                     if resource.field(c).type == "string" else identifier(c)
                     for c in resource.fields)


def publish(con, folder: str | Path, relations: Mapping[str, str]) -> list[Path]:
    """Write every output table (``relations``: its name to the SQL of its rows, in order)
    to ``folder`` as CSV, as a table of ``folder/chipclaims.duckdb`` and as Parquet; return
    the CSV paths."""
    folder = Path(folder)
    target = folder / DATABASE
    target.unlink(missing_ok=True)
    (folder / PARQUET).mkdir(exist_ok=True)
    con.execute(f"ATTACH {quoted(str(target))} AS published")
    paths = []
    try:
        for name in OUTPUT_TABLES:
            table = f"published.{identifier(name)}"
            con.execute(f"CREATE TABLE {table} AS {relations[name]}")
            path = folder / RESOURCES[name].file
            con.execute(f"COPY (SELECT {_csv_columns(name)} FROM {table}) TO "
                        f"{quoted(str(path))} (HEADER, DELIMITER ',')")
            con.execute(f"COPY {table} TO "
                        f"{quoted(str(folder / PARQUET / (name + '.parquet')))} "
                        f"(FORMAT parquet)")
            paths.append(path)
    finally:
        con.execute("DETACH published")
    return paths


class QueryError(ValueError):
    """A query that cannot run (no database in the folder, or bad SQL), with the reason."""


def query(folder: str | Path, sql: str) -> pd.DataFrame:
    """The result of ``sql`` on the database of the tables in ``folder`` (read-only). For
    tables published to an fsspec URL, the database file is fetched to a temporary folder
    first."""
    if storage.is_remote(folder):
        with tempfile.TemporaryDirectory(prefix="chipclaims-sql-") as work:
            try:
                data = storage.read_bytes(storage.join(folder, DATABASE))
            except storage.LocationError as exc:
                raise QueryError(str(exc)) from None
            except OSError:
                raise _no_database(storage.join(folder, DATABASE), folder) from None
            (Path(work) / DATABASE).write_bytes(data)
            return _query(Path(work) / DATABASE, sql, folder)
    return _query(storage.local(folder) / DATABASE, sql, folder)


def _no_database(path: str | Path, folder: str | Path) -> QueryError:
    """The one message for a folder no parse has written a database to."""
    return QueryError(f"{path}: no database here; run `chipclaims parse ... --out {folder}` "
                      "first")


def _query(path: Path, sql: str, folder: str | Path) -> pd.DataFrame:
    import duckdb

    if not path.exists():
        raise _no_database(path, folder)
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchdf()
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from None
    finally:
        con.close()
