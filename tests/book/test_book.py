"""The book builds with warnings as errors, and its generated pages are current."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT

from chipclaims.contract import data_dictionary_markdown


def test_data_dictionary_page_is_current():
    page = (ROOT / "book" / "data_dictionary.md").read_text(encoding="utf-8")
    assert page == data_dictionary_markdown(), "run `make dictionary`"


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def test_book_builds_every_page(built_book):
    assert (built_book / "index.html").exists()
    assert (built_book / "notebooks" / "01_corpus.html").exists()
    assert (built_book / "data_dictionary.html").exists()


def test_glued_numbers_are_rendered(built_book):
    text = _text(built_book / "notebooks" / "01_corpus.html")
    m = re.search(r"The corpus holds (\d+) files with (\d+) lines", text)
    assert m, "glued corpus numbers missing from the rendered chapter"
    n_seeds = len([p for p in (ROOT / "seeds").iterdir() if not p.name.startswith(".")])
    assert int(m.group(1)) == n_seeds


def test_figures_have_alt_text(built_book):
    for page in built_book.rglob("*.html"):
        for img in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            assert re.search(r'alt="[^"]{20,}"', img), f"{page.name}: image without alt text"


def test_no_test_plumbing_on_any_page(built_book):
    """What nbval compares (figure descriptions) and stray object reprs stay off the pages."""
    for page in built_book.rglob("*.html"):
        text = _text(page)
        for plumbing in ("axes 0: title=", "PosixPath(", "<Figure size", "bars: "):
            assert plumbing not in text, f"{page.name}: shows {plumbing!r}"


def test_references_show_no_latex_escapes(built_book):
    text = _text(built_book / "references.html")
    assert "$400 million" in text  # a title with a dollar sign, as the source wrote it
    for escape in ("\\$", "\\&", "\\%", "\\#", "\\_"):
        assert escape not in text, f"references show {escape!r}"
