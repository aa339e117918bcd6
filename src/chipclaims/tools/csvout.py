"""The tools' result files: one CSV writer, so every file they write has the same form."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path


def write_rows(path: Path, fields: Sequence[str], rows: Iterable[dict]) -> None:
    """Write ``rows`` (missing fields left empty) to ``path`` as UTF-8 CSV with a header."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(fields), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
