"""chipclaims: news articles on China's AI-chip push, parsed into tidy tables with provenance.

The public API: :func:`load_corpus` parses a folder into a :class:`Corpus` of DataFrames,
:func:`parse_folder` parses it straight to CSV files batch by batch (for large corpora),
:func:`write_tables` / :func:`read_tables` move tables to and from CSV, :class:`Rulebook`
holds every rule file a parse uses, and :mod:`chipclaims.contract` holds the data contract
every table is validated against.

The packages follow the pipeline: ``contract`` (vocabularies, columns, tables, validation,
table I/O) → ``rules`` (rule files as data) → ``parse`` (one article to rows) → ``link``
(the corpus-level step: duplicates, facets, claims, groups, verdicts) → ``pipeline`` (batches,
workers, sinks) → ``analysis`` and ``figures`` (the book's chapters); ``tools`` stands apart.
"""

from .contract import FIELDS, RESOURCES, SchemaError, read_table, read_tables, validate
from .parse import Article, Problem, classify_lines, read_folder
from .pipeline import Corpus, load_corpus, parse_folder, write_tables
from .rules import Rulebook, RulesError

__all__ = [
    "FIELDS",
    "RESOURCES",
    "Article",
    "Corpus",
    "Problem",
    "Rulebook",
    "RulesError",
    "SchemaError",
    "classify_lines",
    "load_corpus",
    "parse_folder",
    "read_folder",
    "read_table",
    "read_tables",
    "validate",
    "write_tables",
]
