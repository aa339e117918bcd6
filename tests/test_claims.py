"""Claims, groups, contradictions and checks on hand-made articles (and the seeds)."""

from __future__ import annotations

import json

import pytest
from conftest import write_article

from chipclaims import load_corpus, write_tables
from chipclaims.claimreview import validate_claim_reviews
from chipclaims.claims import load_checks

ORIGINAL = """Huawei opens its CANN stack
Huawei said on Tuesday that CANN is now open source, giving developers more freedom.
Analysts said the Ascend 910C reaches 60% of the H100's performance in inference.
Zhipu said it trained GLM-Image entirely on Huawei's Ascend chips.
"""
COPY = "Spread the love\n" + ORIGINAL + "Source link\n"
CLOSED = """CANN under scrutiny
Developers complain that CANN is closed source and poorly documented.
"""
UNRELATED = """A story about something else
The weather in Lisbon was mild on Sunday, and the harbour was busy.
"""


@pytest.fixture()
def corpus(tmp_path):
    write_article(tmp_path, "a_original.txt", ORIGINAL)
    write_article(tmp_path, "b_copy.txt", COPY)
    write_article(tmp_path, "c_closed.txt", CLOSED)
    write_article(tmp_path, "d_unrelated.txt", UNRELATED)
    return load_corpus(tmp_path)


def test_syndicated_copy_is_flagged_and_counted_once(corpus):
    arts = corpus.articles.set_index("article_id")
    assert arts.loc["b_copy", "duplicate_of"] == "a_original"
    assert arts.loc["a_original", "duplicate_of"] == ""
    claims = corpus["claims"]
    z1 = claims[claims["check_id"] == "Z1"]
    assert set(z1["article_id"]) == {"a_original", "b_copy"}
    assert set(z1["n_articles"]) == {2} and set(z1["n_independent"]) == {1}


def test_closed_source_statement_contradicts_open_source(corpus):
    c = corpus["contradictions"]
    cann = c[c["facet"] == "cann_licence"]
    pairs = {tuple(sorted((r.value_a, r.value_b))) for r in cann.itertuples()}
    assert pairs == {("open source", "proprietary")}
    assert "c_closed" in set(cann["article_id_a"]) | set(cann["article_id_b"])
    row = cann[(cann["article_id_b"] == "c_closed") | (cann["article_id_a"] == "c_closed")].iloc[0]
    assert "closed source" in (row["text_a"] + row["text_b"])


def test_sixty_percent_claim_is_matched_to_its_check(corpus):
    claims = corpus["claims"]
    hit = claims[(claims["article_id"] == "a_original") & (claims["check_id"] == "F17")]
    assert len(hit) == 1 and hit["verdict"].iloc[0] == "unverifiable"


def test_unrelated_article_makes_no_checked_claim(corpus):
    claims = corpus["claims"]
    assert (claims.loc[claims["article_id"] == "d_unrelated", "check_id"] == "").all()


def test_claim_reviews_one_per_checked_claim(corpus, tmp_path):
    write_tables(corpus, tmp_path / "out")
    doc = json.loads((tmp_path / "out" / "claim_reviews.jsonld").read_text(encoding="utf-8"))
    assert validate_claim_reviews(doc) == []
    checked = corpus["claims"][corpus["claims"]["check_id"] != ""]
    assert len(doc["@graph"]) == len(checked)
    first = doc["@graph"][0]
    assert first["reviewRating"]["alternateName"] in {
        "supported", "partly supported", "contradicted", "unverifiable", "misleading"}
    assert first["itemReviewed"]["appearance"]["identifier"].endswith(
        f"line {checked['line_no'].iloc[0]}")


def test_validator_catches_malformed_reviews():
    doc = {"@context": "https://schema.org", "@graph": [{"@type": "ClaimReview"}]}
    assert validate_claim_reviews(doc)


def test_claim_ids_are_stable_when_other_articles_change(tmp_path):
    write_article(tmp_path, "a.txt", ORIGINAL)
    before = set(load_corpus(tmp_path)["claims"]["claim_id"])
    write_article(tmp_path, "z.txt", CLOSED)
    after = load_corpus(tmp_path)["claims"]
    assert before <= set(after["claim_id"])


def test_every_check_has_evidence_and_a_known_verdict():
    for check in load_checks():
        assert check.evidence and check.rationale


def test_seed_checks_cover_the_briefing(seed_corpus):
    claims = seed_corpus["claims"]
    matched = set(claims["check_id"]) - {""}
    expected = {f"F{i}" for i in range(1, 25)} | {"F25a", "F25b"}
    assert expected <= matched
    contra = seed_corpus["contradictions"]
    assert {"cann_licence", "cuda_licence", "ascend_kind"} <= set(contra["facet"])
