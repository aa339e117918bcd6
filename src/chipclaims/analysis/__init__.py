"""The book's analysis, one module per chapter, plus what the chapters share.

A notebook's set-up is one call, ``ctx = setup()``; every function here takes the parsed
tables (and the reference data or checks where it needs them) and returns the DataFrame a
chapter shows or plots. Nothing assumes which articles are in the corpus, so every chapter
works over any folder of articles, including one where none of the checked claims appear.
"""

from . import ascend, claims, corpus, extraction, sanctions, sources, summary, timeline
from .common import article_label, md, save_csv, totals_view
from .context import Context, load_context, setup

__all__ = [
    "Context",
    "article_label",
    "ascend",
    "claims",
    "corpus",
    "extraction",
    "load_context",
    "md",
    "sanctions",
    "save_csv",
    "setup",
    "sources",
    "summary",
    "timeline",
    "totals_view",
]
