"""Tables read back from CSV files, exactly as the contract types them.

Every table is written by DuckDB (:func:`chipclaims.database.publish`: UTF-8, header row,
``\\n`` line ends, booleans as ``true``/``false``, an empty text as an empty field) and read
back here with the contract's dtypes and validated, so a table read from disk equals the one
that was written.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .resources import OUTPUT_TABLES, RESOURCES
from .validate import read_dtypes, validate


def _fill_strings(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Empty strings back where the CSV reader saw missing values."""
    resource = RESOURCES[name]
    for col in frame.columns:
        if col in resource.fields and resource.field(col).type == "string":
            frame[col] = frame[col].fillna("")
    return frame


def read_table(folder: str | Path, name: str) -> pd.DataFrame:
    """Read one table from ``folder``, with contract dtypes, and validate it."""
    path = Path(folder) / RESOURCES[name].file
    frame = pd.read_csv(path, dtype=read_dtypes(name), keep_default_na=False,
                        na_values=[""], encoding="utf-8")
    return validate(_fill_strings(frame, name), name, source=str(path))


def read_tables(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Read and validate every output table in ``folder``."""
    return {name: read_table(folder, name) for name in OUTPUT_TABLES}
