"""The data contract: vocabularies, columns, tables, validation, table I/O and the data
dictionary. Everything downstream names columns and allowed values through this package."""

from . import vocabulary
from .dictionary import data_dictionary_markdown
from .fields import FIELDS, Field
from .resources import (
    OUTPUT_TABLES,
    PER_ARTICLE_TABLES,
    REFERENCE_TABLES,
    RESOURCES,
    Resource,
)
from .tableio import read_table, read_tables
from .validate import SchemaError, empty_frame, read_dtypes, validate

__all__ = [
    "FIELDS",
    "OUTPUT_TABLES",
    "PER_ARTICLE_TABLES",
    "REFERENCE_TABLES",
    "RESOURCES",
    "Field",
    "Resource",
    "SchemaError",
    "data_dictionary_markdown",
    "empty_frame",
    "read_dtypes",
    "read_table",
    "read_tables",
    "validate",
    "vocabulary",
]
