"""Tables to and from CSV files, exactly as the contract types them.

Every table is written the same way (UTF-8, header row, ``\\n`` line ends, booleans as
``true``/``false``, floats with 15 significant digits) and read back with the contract's
dtypes and validated, so a table read from disk equals the one that was written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pandas as pd

from .resources import OUTPUT_TABLES, RESOURCES
from .validate import read_dtypes, validate

CHUNK = 10_000  # rows per part when a table is read back a part at a time


def csv_ready(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Booleans as ``true``/``false``, as the data contract writes them."""
    resource = RESOURCES[name]
    bools = [c for c in resource.fields
             if resource.field(c).type == "boolean" and c in frame.columns]
    if not bools:
        return frame
    frame = frame.copy()
    for col in bools:
        frame[col] = frame[col].map({True: "true", False: "false"})
    return frame


def write_csv(frame: pd.DataFrame, name: str, path: Path, append: bool = False) -> None:
    """Write (or, with ``append``, add rows without a header to) the CSV of table ``name``."""
    csv_ready(frame, name).to_csv(path, mode="a" if append else "w", header=not append,
                                  index=False, encoding="utf-8", lineterminator="\n",
                                  float_format="%.15g")


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


def read_table_parts(path: str | Path, name: str, chunksize: int = CHUNK,
                     columns: Sequence[str] | None = None) -> Iterator[pd.DataFrame]:
    """The CSV file of table ``name`` at ``path``, ``chunksize`` rows at a time, with contract
    dtypes; each part is validated unless the file holds only ``columns`` (an intermediate
    spool)."""
    dtypes = read_dtypes(name)
    names = list(RESOURCES[name].fields) if columns is None else list(columns)
    with pd.read_csv(path, dtype={c: dtypes[c] for c in names}, keep_default_na=False,
                     na_values=[""], encoding="utf-8", chunksize=chunksize) as reader:
        for frame in reader:
            frame = _fill_strings(frame, name)
            yield frame if columns is not None else validate(frame, name, source=str(path))


def read_tables(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Read and validate every output table in ``folder``."""
    return {name: read_table(folder, name) for name in OUTPUT_TABLES}
