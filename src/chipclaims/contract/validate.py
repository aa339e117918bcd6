"""Checking a DataFrame against its table's contract, and the dtypes that go with it."""

from __future__ import annotations

import pandas as pd

from .fields import Field
from .resources import RESOURCES


class SchemaError(ValueError):
    """A table does not match its contract; the message names file, row and column."""


def _first_bad(mask: pd.Series) -> int | None:
    """Row number (as seen in the CSV file: 1-based plus the header) of the first True."""
    hits = mask.to_numpy().nonzero()[0]
    return int(hits[0]) + 2 if len(hits) else None


def _bad_values(values: pd.Series, f: Field) -> pd.Series:
    """Boolean mask of present values that break the field's type or allowed values."""
    if f.type in ("integer", "number"):
        num = pd.to_numeric(values.astype(object), errors="coerce")
        bad = num.isna()
        if f.type == "integer":
            bad = bad | (num.fillna(0) % 1 != 0)
    elif f.type == "boolean":
        bad = ~values.astype(str).str.lower().isin(["true", "false"])
    else:
        bad = pd.Series(False, index=values.index)
    if f.allowed is not None:
        bad = bad | ~values.astype(str).isin(f.allowed)
    return bad


def validate(df: pd.DataFrame, table: str, source: str | None = None) -> pd.DataFrame:
    """Check ``df`` against the contract of ``table``.

    Raises :class:`SchemaError` on the first problem, naming the file (``source``), the row as
    numbered in the CSV file and the column, so a user can open the file and find it.
    """
    resource = RESOURCES[table]
    where = source or resource.file
    missing = [c for c in resource.fields if c not in df.columns]
    if missing:
        raise SchemaError(f"{where}: missing column(s) {', '.join(missing)}")
    extra = [c for c in df.columns if c not in resource.fields]
    if extra:
        raise SchemaError(f"{where}: unexpected column(s) {', '.join(extra)}")
    df = df.reset_index(drop=True)
    for name in resource.fields:
        f = resource.field(name)
        col = df[name]
        absent = col.isna()
        if not (pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col)):
            absent = absent | col.astype(object).eq("")
        row = _first_bad(absent) if not f.nullable else None
        if row is not None:
            raise SchemaError(f"{where}: row {row}, column {name!r}: value is missing")
        present = col[~absent]
        bad = _bad_values(present, f).reindex(col.index, fill_value=False)
        row = _first_bad(bad)
        if row is not None:
            value = col.iloc[row - 2]
            expected = f"one of {', '.join(f.allowed)}" if f.allowed else f"of type {f.type}"
            raise SchemaError(f"{where}: row {row}, column {name!r}: {value!r} is not {expected}")
    if resource.primary_key and not df.empty:
        row = _first_bad(df.duplicated(list(resource.primary_key), keep="first"))
        if row is not None:
            raise SchemaError(
                f"{where}: row {row}: duplicate key ({', '.join(resource.primary_key)})"
            )
    return df


PANDAS_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def empty_frame(table: str, columns: tuple[str, ...] | list[str] | None = None) -> pd.DataFrame:
    """An empty table with the contract's columns (or ``columns``), so that an empty corpus
    still writes headers."""
    names = RESOURCES[table].fields if columns is None else columns
    return pd.DataFrame({c: pd.Series(dtype=object) for c in names})


def read_dtypes(table: str) -> dict[str, str]:
    """pandas dtypes for reading a table's CSV back without type guessing."""
    resource = RESOURCES[table]
    return {c: PANDAS_DTYPES[resource.field(c).type] for c in resource.fields}
