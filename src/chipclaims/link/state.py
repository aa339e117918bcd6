"""The corpus-level step behind one interface: what every article must be compared with.

:class:`CorpusState` is fed the parsed batches in id order. It finds duplicates online,
gives each claim its provisional group, and spools facet statements and ClaimReview items.
It holds what later articles must be compared with, never the per-article tables, and keeps
even that in ``workdir`` (a scratch folder the caller owns and removes): the duplicate
fingerprints and group members in a SQLite file (:mod:`.spill`), the facet statements and
ClaimReview items in spool files. So its memory does not grow with the corpus, apart from
one entry per duplicate found and one per problem met.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..contract import RESOURCES, empty_frame, read_table_parts, validate, write_csv
from ..parse.reader import Problem
from ..rules.judging import Check
from . import spill
from .claimreview import claim_reviews
from .duplicates import DuplicateFinder
from .facets import contradictions
from .groups import ClaimGrouper


@dataclass
class Batch:
    """Everything parsing a batch of articles gives, before the corpus-level step."""

    tables: dict[str, pd.DataFrame]  # the per-article tables
    statements: pd.DataFrame  # facet statements
    candidates: pd.DataFrame  # claims before grouping across the corpus
    fingerprints: list[tuple[str, str, array]]  # article id, sha256, word 5-gram hashes
    problems: list[Problem]


class CorpusState:
    """Duplicates, claim groups, facet statements and ClaimReview items for one corpus."""

    def __init__(self, checks: tuple[Check, ...], workdir: str | Path,
                 urls: Callable[[Iterable[str]], list[str]] = lambda ids: []) -> None:
        self.checks = checks
        self.urls = urls
        self.workdir = Path(workdir)
        self.db = spill.connect(self.workdir / "state.sqlite")
        self.duplicates = DuplicateFinder(db=self.db)
        self.grouper = ClaimGrouper(db=self.db)
        self.statements_path = self.workdir / RESOURCES["facet_statements"].file
        self.reviews_path = self.workdir / "claim_reviews.jsonl"
        self.reviews_path.write_text("", encoding="utf-8")
        self._statements_written = False
        self.problems: list[Problem] = []
        self.n_articles = 0

    def add(self, batch: Batch) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
        """Fold one batch in; return its finished per-article tables and its claims with
        provisional groups."""
        copies = {aid: self.duplicates.add(aid, sha, grams)
                  for aid, sha, grams in batch.fingerprints}
        tables = dict(batch.tables)
        arts = tables["articles"].copy()
        arts["duplicate_of"] = [copies.get(a, "") for a in arts["article_id"].tolist()]
        tables["articles"] = arts
        claims = batch.candidates.copy()
        relays = dict(zip(arts["article_id"], arts["relays"].fillna("")))
        claims["group_id"] = [
            self.grouper.assign(cid, aid, self.duplicates.original_of(aid)
                                or (f"relay:{relays[aid]}" if relays.get(aid) else aid),
                                text, grp, canon)
            for cid, aid, text, grp, canon in zip(*(claims[c].tolist() for c in (
                "claim_id", "article_id", "text", "group_id", "_canon")))]
        claims = claims.drop(columns="_canon")
        self.db.commit()
        if not batch.statements.empty or not self._statements_written:
            write_csv(batch.statements, "facet_statements", self.statements_path,
                      append=self._statements_written)
            self._statements_written = True
        with self.reviews_path.open("a", encoding="utf-8") as spool:
            for review in claim_reviews(tables["statements"], arts, self.urls)["@graph"]:
                spool.write(json.dumps(review, ensure_ascii=False) + "\n")
        self.problems += batch.problems
        self.n_articles += len(arts)
        for name, frame in tables.items():
            validate(frame, name)
        return tables, claims

    def statement_parts(self) -> Iterator[pd.DataFrame]:
        """The facet statements, validated, a part at a time."""
        if not self._statements_written:
            yield empty_frame("facet_statements")
            return
        yield from read_table_parts(self.statements_path, "facet_statements")

    def contradictions(self) -> pd.DataFrame:
        """The contradictions between facet statements: a first pass finds the (facet,
        subject) pairs stated with more than one value, a second reads only their statements."""
        values: dict[tuple[str, str], set[str]] = {}
        for part in self.statement_parts():
            for key, value in zip(zip(part["facet"].tolist(), part["subject"].tolist()),
                                  part["facet_value"].tolist()):
                values.setdefault(key, set()).add(value)
        mixed = {k for k, v in values.items() if len(v) > 1}
        frames = [part[[k in mixed for k in zip(part["facet"].tolist(),
                                                 part["subject"].tolist())]]
                  for part in self.statement_parts()] if mixed else []
        frames = [f for f in frames if not f.empty]
        frame = pd.concat(frames, ignore_index=True) if frames else empty_frame(
            "facet_statements")
        return validate(contradictions(frame), "contradictions")

    def finish_claims(self, claims: pd.DataFrame) -> pd.DataFrame:
        """Final groups, counts and copies for a part of the claims with provisional groups."""
        frame = self.grouper.finish(claims)
        frame["duplicate_of"] = [self.duplicates.original_of(a)
                                 for a in frame["article_id"].tolist()]
        return validate(frame[list(RESOURCES["claims"].fields)], "claims")

    def reviews(self) -> Iterator[dict]:
        """The ClaimReview items, in claim order, read back from their spool."""
        with self.reviews_path.open(encoding="utf-8") as spool:
            for line in spool:
                yield json.loads(line)

    def close(self) -> None:
        self.db.close()
