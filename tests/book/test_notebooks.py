"""Stored notebooks are complete and reproducible; strict nbval (``pytest --nbval``) then
re-executes them and compares every output. These checks cover what nbval lets through."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_numbered_notebooks():
    assert NOTEBOOKS, "no notebooks found"
    for path in NOTEBOOKS:
        assert path.name[:2].isdigit() and path.name[2] == "_", path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_executed_top_to_bottom_with_outputs(path):
    """Strict nbval passes a cell stored without outputs, so check execution counts here."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    counts = [c.get("execution_count") for c in code]
    assert counts == list(range(1, len(code) + 1)), f"{path.name}: re-run `make notebooks`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_errors_warnings_or_bare_figures(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", f"{path.name}: a cell raised"
            if out["output_type"] == "stream":
                assert out["name"] == "stdout", f"{path.name}: output on stderr (a warning?)"
            text = "".join(out.get("data", {}).get("text/plain", ""))
            assert not text.startswith("<Figure") or "application/papermill.record" in str(
                out.get("metadata")) or "scrapbook" in str(out.get("metadata")), (
                f"{path.name}: a figure is displayed bare; glue it with figures.show()")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_cells_stay_short(path):
    """Thin notebooks: logic longer than ~15 lines belongs in the package."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert len("".join(cell["source"]).splitlines()) <= 15, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_code_is_folded_away_from_the_reader(path):
    """Every code cell is hidden behind a toggle or removed from the page: a reader sees
    prose, tables and figures, never code (the PDF drops the toggles as well)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            tags = set(cell.get("metadata", {}).get("tags", []))
            assert tags & {"hide-input", "remove-input", "remove-cell"}, (
                path.name, "".join(cell["source"])[:60])
