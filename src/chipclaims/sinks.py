"""Where a parse's tables go: memory (:class:`MemorySink`) or CSV files (:class:`CsvSink`).

A sink takes the rows of every output table, a part at a time in corpus order, and the
ClaimReview items; :func:`chipclaims.pipeline.run` drives both the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import pandas as pd

from . import database
from .contract import RESOURCES, empty_frame, write_csv
from .link.claimreview import write_document

CONTEXT = "https://schema.org"


class Sink(Protocol):
    def write(self, name: str, frame: pd.DataFrame) -> None: ...
    def write_reviews(self, reviews: Iterable[dict]) -> None: ...
    def close(self) -> None: ...


class MemorySink:
    """Holds every table as a list of frames; :meth:`tables` joins them."""

    def __init__(self, workdir: Path) -> None:
        self.frames: dict[str, list[pd.DataFrame]] = {}
        self.reviews: dict = {"@context": CONTEXT, "@graph": []}

    def write(self, name: str, frame: pd.DataFrame) -> None:
        self.frames.setdefault(name, []).append(frame)

    def write_reviews(self, reviews: Iterable[dict]) -> None:
        self.reviews["@graph"] = list(reviews)

    def close(self) -> None:
        pass

    def tables(self, names: Iterable[str]) -> dict[str, pd.DataFrame]:
        out = {}
        for name in names:
            frames = [f for f in self.frames.get(name, []) if not f.empty]
            out[name] = (pd.concat(frames, ignore_index=True) if frames
                         else empty_frame(name))
        return out


class CsvSink:
    """Appends every table to a file in ``workdir`` as rows arrive, and publishes them all to
    ``out/<table>.csv`` when the run closes, each by a rename on the same disk: a run that
    stops half-way leaves the folder's earlier tables as they were, never a half-written one."""

    def __init__(self, out: Path, workdir: Path, reviews_file: str) -> None:
        self.out = out
        self.staging = workdir / "publish"
        self.staging.mkdir(parents=True, exist_ok=True)
        self.reviews_path = out / reviews_file
        self._written: set[str] = set()

    def write(self, name: str, frame: pd.DataFrame) -> None:
        write_csv(frame, name, self.staging / RESOURCES[name].file,
                  append=name in self._written)
        self._written.add(name)

    def write_reviews(self, reviews: Iterable[dict]) -> None:
        with (self.staging / self.reviews_path.name).open("w", encoding="utf-8") as doc:
            write_document(reviews, doc)

    def close(self) -> None:
        """Write the tables no rows reached, then publish every file."""
        for name in RESOURCES:
            if not name.startswith("ref_") and name not in self._written:
                self.write(name, empty_frame(name))
        try:  # the same tables, to query: DuckDB and Parquet (a convenience, never a failure)
            database.build(self.staging)
        except Exception as exc:  # any engine error: the CSV tables stay whole
            database.discard(self.staging)
            print(f"chipclaims: warning: {self.out}: the DuckDB and Parquet copies of the "
                  f"tables were not written ({str(exc).splitlines()[0]}); the CSV tables are "
                  f"complete", file=sys.stderr)
        for path in sorted(self.staging.iterdir()):
            target = self.out / path.name
            if path.is_dir() and target.is_dir():  # a folder is swapped, not merged
                os.replace(target, self.staging.parent / f"replaced-{path.name}")
            os.replace(path, target)

    @property
    def paths(self) -> list[Path]:
        from .contract import OUTPUT_TABLES

        return [self.out / RESOURCES[n].file for n in OUTPUT_TABLES] + [self.reviews_path]
