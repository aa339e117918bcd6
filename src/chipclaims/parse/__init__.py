"""The per-article step: reading files, lines and boilerplate, markdown tables, sentences,
entities, quantities, time expressions, topics, hedging and attribution."""

from .article import ArticleParser
from .boilerplate import LineLabel
from .lines import classify_lines
from .reader import Article, CorpusError, Problem, plan_folder, read_article, read_folder

__all__ = ["Article", "ArticleParser", "CorpusError", "LineLabel", "Problem",
           "classify_lines", "plan_folder", "read_article", "read_folder"]
