"""The book over other folders of articles: unrelated subjects, and the seeds plus new
articles. Runs the same steps as ``make book SEEDS=path`` on a staged copy, so no repository
file changes, and checks that the summary's numbers follow the articles."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, build_over, write_article


def summary_text(html: Path) -> str:
    page = (html / "notebooks" / "00_summary.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_book_builds_over_unrelated_articles(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    write_article(folder, "harbour.txt", "Lisbon harbour reopens\nThe harbour reopened on "
                  "Monday after repairs, officials said.\n")
    write_article(folder, "bakery.txt", "Bakery wins prize\nA bakery in Porto won a prize.\n")
    write_article(folder, "teahouse.txt", "茶馆 Teahouse reopens\nThe teahouse in Macau "
                  "reopened on Monday after repairs, its owner said.\n")  # a title no font of
    html = build_over(folder, tmp_path / "work")  # the figures can draw in full
    for page in ("00_summary", "03_sanctions", "04_ascend", "05_zhipu", "06_sources",
                 "90_claim_register"):
        assert (html / "notebooks" / f"{page}.html").exists()
    assert re.search(r"The corpus\. 3 articles", summary_text(html))
    _no_seed_findings(html)


# Findings true of the five seed articles, which must never be stated of other articles.
SEED_FINDINGS = ("CANN is open source or proprietary", "one post on social media",
                 "in one case here", "US$1.4 billion in circulation", "Two claims need",
                 "The reference data settle some of them", "one says part of it",
                 "appears in 1 article")


def _no_seed_findings(html: Path) -> None:
    """No finding of the seeds, and no warning or error printed by a notebook, on any page."""
    for page in html.rglob("*.html"):
        raw = page.read_text(encoding="utf-8")
        assert "output stderr" not in raw, f"{page.name}: a notebook printed to stderr"
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", raw))
        for finding in SEED_FINDINGS:
            assert finding not in text, f"{page.name}: {finding!r}"


def test_a_folder_of_other_real_articles_states_its_own_findings(tmp_path):
    """Real articles on the same subjects, none of them a seed: the summary names the
    contradictions and traced claims of these articles, not the seeds'."""
    folder = tmp_path / "fresh"
    shutil.copytree(ROOT / "tests" / "data" / "fresh" / "articles", folder)
    html = build_over(folder, tmp_path / "work")
    _no_seed_findings(html)
    assert re.search(r"The corpus\. 8 articles", summary_text(html))


def test_summary_numbers_follow_added_articles(tmp_path):
    folder = tmp_path / "more"
    shutil.copytree(ROOT / "seeds", folder)
    seeds = sorted(p for p in folder.iterdir())
    write_article(folder, "zz_copy.txt", "Spread the love\n" + seeds[0].read_text("utf-8"))
    write_article(folder, "zz_new.txt", "Chip claims again\nA new report says the Ascend 910C "
                  "achieves 60% of the H100's inference performance, analysts said.\n")
    text = summary_text(build_over(folder, tmp_path / "work"))
    n = len(seeds) + 2
    assert re.search(rf"The corpus\. {n} articles, of which 1 is a copy", text), text[:500]
    assert re.search(r"appears in 2 articles", text)


@pytest.fixture(autouse=True, scope="module")
def _repository_untouched():
    before = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True,
                            text=True, check=False).stdout
    yield
    after = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True,
                           text=True, check=False).stdout
    assert after == before, "building over another folder changed repository files"
