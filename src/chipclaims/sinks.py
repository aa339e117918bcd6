"""Where a parse's tables go: memory (:class:`MemorySink`) or files (:class:`CsvSink`).

At the end of a run every output table is a query in DuckDB (see
:meth:`chipclaims.link.CorpusState.finish`); a sink takes the connection, those queries and
the ClaimReview items. :func:`chipclaims.pipeline.run` drives both the same way.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Protocol

import pandas as pd

from . import database, storage
from .contract import OUTPUT_TABLES, RESOURCES, validate
from .contract.columnar import from_arrow
from .link.claimreview import write_document

CONTEXT = "https://schema.org"


class Sink(Protocol):
    def take(self, con, relations: Mapping[str, str], reviews: Iterable[dict]) -> None: ...


class MemorySink:
    """Reads every table into a DataFrame."""

    def __init__(self) -> None:
        self.frames: dict[str, pd.DataFrame] = {}
        self.reviews: dict = {"@context": CONTEXT, "@graph": []}

    def take(self, con, relations: Mapping[str, str], reviews: Iterable[dict]) -> None:
        for name in OUTPUT_TABLES:
            self.frames[name] = validate(from_arrow(con.sql(relations[name]).to_arrow_table()),
                                         name)
        self.reviews["@graph"] = list(reviews)


class CsvSink:
    """Writes every table through DuckDB (:func:`chipclaims.database.publish`: CSV, the
    DuckDB file, Parquet) and the ClaimReview document into a staging folder in ``workdir``,
    then moves them all to ``out``, each by a rename on the same disk: a run that stops
    half-way leaves the folder's earlier tables as they were, never a half-written one.
    When ``out`` is an fsspec URL, each file is uploaded under a temporary name and renamed
    (:func:`chipclaims.storage.upload`)."""

    def __init__(self, out: str | Path, workdir: Path, reviews_file: str) -> None:
        self.out = out
        self.staging = workdir / "publish"
        self.staging.mkdir(parents=True, exist_ok=True)
        self.reviews_file = reviews_file

    def take(self, con, relations: Mapping[str, str], reviews: Iterable[dict]) -> None:
        database.publish(con, self.staging, relations)
        with (self.staging / self.reviews_file).open("w", encoding="utf-8") as doc:
            write_document(reviews, doc)
        for path in sorted(self.staging.iterdir()):
            if storage.is_remote(self.out):
                storage.upload(path, storage.join(self.out, path.name))
                continue
            target = Path(self.out) / path.name
            if path.is_dir() and target.is_dir():  # a folder is swapped, not merged
                os.replace(target, self.staging.parent / f"replaced-{path.name}")
            os.replace(path, target)

    @property
    def paths(self) -> list[str | Path]:
        return [storage.join(self.out, RESOURCES[n].file) for n in OUTPUT_TABLES] + [
            storage.join(self.out, self.reviews_file)]
