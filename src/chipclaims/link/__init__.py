"""The corpus-level step: duplicates, facet statements and contradictions, claims and their
groups, verdicts from the analyst checks, and ClaimReview markup."""

from . import spill
from .claims import checkable, claim_candidates, claimable, match_checks
from .duplicates import DuplicateFinder, content_text, fingerprint
from .facets import contradictions, facet_statements
from .groups import ClaimGrouper
from .state import Batch, CorpusState

__all__ = [
           "Batch",
           "ClaimGrouper",
           "CorpusState",
           "DuplicateFinder",
           "checkable",
           "claim_candidates",
           "claimable",
           "content_text",
           "contradictions",
           "facet_statements",
           "fingerprint",
           "match_checks",
           "spill",
]
