"""chipclaims: news articles on China's AI-chip push, parsed into tidy tables with provenance.

The public API: :func:`load_corpus` parses a folder into a :class:`Corpus` of DataFrames,
:func:`parse_folder` parses it straight to CSV files batch by batch (for large corpora),
:func:`write_tables` / :func:`read_tables` move tables to and from CSV, and
:mod:`chipclaims.schema` holds the data contract every table is validated against.
"""

from .boilerplate import classify_lines, load_rules
from .corpus import Article, Problem, read_folder
from .pipeline import (
    Corpus,
    load_corpus,
    parse_folder,
    read_table,
    read_tables,
    write_tables,
)
from .schema import FIELDS, RESOURCES, SchemaError, validate

__all__ = [
    "FIELDS",
    "RESOURCES",
    "Article",
    "Corpus",
    "Problem",
    "SchemaError",
    "classify_lines",
    "load_corpus",
    "load_rules",
    "parse_folder",
    "read_folder",
    "read_table",
    "read_tables",
    "validate",
    "write_tables",
]
