"""Tables as Arrow data: the contract's column types for Parquet partitions and DuckDB.

The per-article stage of a parse writes each batch's rows as Parquet files, and the corpus
steps read them back through DuckDB. Both sides take their types from here, so a column has
one type on disk whatever the batch (a batch whose column happens to be all empty is still
typed as the contract says, and every partition of a table can be read as one dataset).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import pyarrow as pa

from .resources import RESOURCES

ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
               "boolean": pa.bool_()}


def arrow_schema(name: str, extra: Sequence[tuple[str, pa.DataType]] = ()) -> pa.Schema:
    """The Arrow schema of table ``name`` in contract column order, plus ``extra`` columns
    (the corpus steps' own working columns, such as a claim's set of names)."""
    resource = RESOURCES[name]
    return pa.schema([(c, ARROW_TYPES[resource.field(c).type]) for c in resource.fields]
                     + list(extra))


def to_arrow(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    """``frame`` as an Arrow table of ``schema`` (its columns in schema order)."""
    frame = frame[schema.names]
    return pa.Table.from_pandas(frame, schema=schema, preserve_index=False)


def from_arrow(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as the frames the pipeline builds: text columns hold ``''`` (never
    missing), integers stay integers where no value is missing."""
    frame = table.to_pandas()
    for field in table.schema:
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            frame[field.name] = frame[field.name].fillna("")
    return frame
