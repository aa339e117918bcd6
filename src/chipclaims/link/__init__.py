"""The corpus-level step: duplicates, facet statements and contradictions, claims and their
groups, verdicts from the analyst checks, and ClaimReview markup."""

from .claims import checkable, claim_candidates, claimable, match_checks
from .duplicates import content_text, find_copies, fingerprint
from .facets import contradictions, facet_statements
from .groups import similar_groups
from .state import Batch, CorpusState

__all__ = [
           "Batch",
           "CorpusState",
           "checkable",
           "claim_candidates",
           "claimable",
           "content_text",
           "contradictions",
           "facet_statements",
           "find_copies",
           "fingerprint",
           "match_checks",
           "similar_groups",
]
