"""What a chapter starts from, loaded in one call: the parsed tables, the reference data and
the checks and publication dates the parse used (read from the copy the parse wrote next to
its tables, so the book cannot judge with other rules than the tables were made with)."""

from __future__ import annotations

import datetime as dt
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..contract import read_tables
from ..reference import Reference, load_reference
from ..rules import Check, Facet, PubDate, Rulebook
from .common import save_csv
from .present import html_table

TABLES_VARIABLE = "CHIPCLAIMS_TABLES"  # set by the Makefile for every notebook run
DEFAULT_TABLES = Path("..") / "build" / "tables"  # `make tables`, seen from notebooks/


@dataclass(frozen=True)
class Context:
    """The parsed tables, the reference data, the checks the parse used, the publication
    dates it inferred, and the folder a chapter writes its CSV downloads to."""

    tables: dict[str, pd.DataFrame]
    ref: Reference
    checks: tuple[Check, ...]
    dates: dict[str, PubDate]
    downloads: Path = Path("data")
    facets: tuple[Facet, ...] = ()
    types: dict[str, str] = field(default_factory=dict)  # canonical name -> entity type
    measures: frozenset[str] = frozenset()  # actions that are rules or measures on chips

    def show(self, frame: pd.DataFrame, empty: str | None = None):
        """``frame`` as the reader sees it (:mod:`.present`): human headers, articles by
        name and date, no row numbers."""
        from IPython.display import HTML

        return HTML(html_table(frame, self.tables["articles"], *([empty] if empty else [])))

    def check(self, section: str) -> Check | None:
        """The first check the rules set aside for a book section (``section`` column)."""
        return next((c for c in self.checks if c.section == section), None)

    def save(self, frame: pd.DataFrame, name: str) -> None:
        """Offer ``frame`` as the CSV download ``name``.csv. Returns nothing, so that a cell
        ending with it shows nothing either."""
        save_csv(frame, self.downloads, name)


def load_context(tables_dir: str | Path, downloads: str | Path = "data") -> Context:
    """Read (and validate) the tables in ``tables_dir``, the rules the parse used and the
    packaged reference data."""
    book = Rulebook.used_by(tables_dir)
    tables = read_tables(tables_dir)
    return Context(tables, load_reference(), book.checks, publication_dates(tables["articles"]),
                   Path(downloads), book.facets,
                   {e.canonical: e.type for e in book.gazetteer}, book.statements.measures)


def publication_dates(articles: pd.DataFrame) -> dict[str, PubDate]:
    """Each article's publication date or closed interval, as the parse inferred it (an
    interval open at the top is not a date to place an article at)."""
    out = {}
    for aid, lo, hi, evidence in zip(articles["article_id"], articles["published_from"],
                                     articles["published_to"], articles["published_evidence"]):
        if lo and hi:
            out[aid] = PubDate(dt.date.fromisoformat(lo), dt.date.fromisoformat(hi), evidence)
    return out


def setup(tables_dir: str | Path | None = None) -> Context:
    """A notebook's set-up: the context for the tables in ``tables_dir`` (default: the
    folder named by ``CHIPCLAIMS_TABLES``, which ``make`` sets, else ``../build/tables``),
    with wide text columns for the tables the chapter shows. Matplotlib's warning for a
    character its font lacks (an article titled in Chinese) is silenced: the figures replace
    such characters before they are drawn for the book (:func:`chipclaims.figures.drawable`),
    and a warning would otherwise print on the page."""
    folder = tables_dir or os.environ.get(TABLES_VARIABLE) or DEFAULT_TABLES
    pd.set_option("display.max_colwidth", 120)
    warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
    return load_context(folder)
