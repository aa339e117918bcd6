"""Markdown tables inside article content, returned as DataFrames with provenance.

A table is a run of consecutive ``table_row`` lines. Its first row is the header; a
separator row of dashes (``|---|:--:|``) is recognised and dropped. Cells are split on
unescaped pipes, so ``\\|`` inside a cell stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

_SPLIT = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r"^\s*:?-{1,}:?\s*$")


def split_row(text: str) -> list[str]:
    """Cells of one markdown table row, stripped."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().replace("\\|", "|") for c in _SPLIT.split(inner)]


def is_separator(cells: list[str]) -> bool:
    return bool(cells) and all(_SEPARATOR_CELL.match(c) for c in cells)


def table_runs(lines: pd.DataFrame) -> Iterator[pd.DataFrame]:
    """Runs of consecutive table_row lines of one article (``lines`` sorted by line_no)."""
    rows = lines[lines["kind"] == "table_row"]
    if rows.empty:
        return
    run_id = (rows["line_no"].diff() != 1).cumsum()
    for _, run in rows.groupby(run_id, sort=True):
        yield run


def run_to_long(run: pd.DataFrame, table_id: str) -> list[dict]:
    """Long-form cells of one run: one dict per (body row, column), with the source line."""
    cells = [split_row(t) for t in run["text"]]
    header = cells[0]
    header = [h if h else f"column_{j + 1}" for j, h in enumerate(header)]
    seen: dict[str, int] = {}
    unique = []
    for h in header:
        seen[h] = seen.get(h, 0) + 1
        unique.append(h if seen[h] == 1 else f"{h}_{seen[h]}")
    out = []
    body_row = 0
    sources = run[["line_no", "article_id"]].itertuples(index=False)
    next(sources)  # the header row
    for (line_no, article_id), row in zip(sources, cells[1:]):
        if is_separator(row):
            continue
        for j, name in enumerate(unique):
            out.append({"table_id": table_id, "article_id": article_id, "line_no": line_no,
                        "row": body_row, "column": name, "cell": row[j] if j < len(row) else ""})
        body_row += 1
    return out


def wide(long: pd.DataFrame, table_id: str) -> pd.DataFrame:
    """One table back in its wide shape: header as columns, plus the source ``line_no``."""
    part = long[long["table_id"] == table_id]
    columns = list(dict.fromkeys(part["column"]))
    frame = part.pivot(index=["row", "line_no"], columns="column", values="cell")
    frame = frame[columns].reset_index().drop(columns="row")
    frame.columns.name = None
    frame.attrs["table_id"] = table_id
    frame.attrs["article_id"] = part["article_id"].iloc[0]
    return frame[[*columns, "line_no"]]
