"""Rules as data: one loader and one error type for every rule file, and the
:class:`Rulebook` that holds them all for a parse."""

from .judging import Check, Facet
from .loader import RulesError, read_rule_file
from .patterns import Hits, PatternSet, pattern_set
from .rulebook import RULE_FILES, Rulebook
from .time import PubDate

__all__ = ["RULE_FILES", "Check", "Facet", "Hits", "PatternSet", "PubDate",
           "Rulebook", "RulesError", "pattern_set", "read_rule_file"]
