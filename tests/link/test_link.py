"""Claims, groups, contradictions and checks on hand-made articles (and the seeds)."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from conftest import write_article

from chipclaims import load_corpus, write_tables
from chipclaims.link import find_copies, fingerprint
from chipclaims.link.claimreview import dumps, validate_claim_reviews, write_document
from chipclaims.link.groups import canon_key, group_batches, similar_groups

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
    pairs = {tuple(sorted((r.facet_value_a, r.facet_value_b))) for r in cann.itertuples()}
    assert pairs == {("open source", "proprietary")}
    assert "c_closed" in set(cann["article_id_a"]) | set(cann["article_id_b"])
    row = cann[(cann["article_id_b"] == "c_closed") | (cann["article_id_a"] == "c_closed")].iloc[0]
    assert "closed source" in (row["text_a"] + row["text_b"])


def test_sixty_percent_claim_is_matched_to_its_check(corpus):
    claims = corpus["claims"]
    hit = claims[(claims["article_id"] == "a_original")
                 & claims["check_id"].str.split(";").map(lambda ids: "F17" in ids)]
    assert len(hit) == 1 and hit["verdict"].iloc[0] == "unverifiable"


def test_unrelated_article_makes_no_checked_claim(corpus):
    claims = corpus["claims"]
    assert (claims.loc[claims["article_id"] == "d_unrelated", "check_id"] == "").all()


def test_claim_reviews_one_per_judged_statement(corpus, tmp_path):
    write_tables(corpus, tmp_path / "out")
    doc = json.loads((tmp_path / "out" / "claim_reviews.jsonld").read_text(encoding="utf-8"))
    assert validate_claim_reviews(doc) == []
    st = corpus["statements"]
    judged = st[(st["verdict"] != "unverifiable") & (st["verdict"] != "")
                | (st["basis"] == "check") & (st["verdict"] != "")]
    assert len(doc["@graph"]) == len(judged) > 0
    assert [r["identifier"] for r in doc["@graph"]] == judged["statement_id"].tolist()
    first = doc["@graph"][0]
    row = judged.iloc[0]
    assert first["reviewRating"]["alternateName"] == row["verdict"]
    assert first["itemReviewed"]["appearance"]["identifier"].endswith(f"line {row['line_no']}")
    assert first["dateCreated"] == row["as_of"]
    assert all(u.startswith("http") for r in doc["@graph"] for u in r["isBasedOn"])
    assert any(r["isBasedOn"] for r in doc["@graph"])


def test_validator_catches_malformed_reviews():
    doc = {"@context": "https://schema.org", "@graph": [{"@type": "ClaimReview"}]}
    assert validate_claim_reviews(doc)


def test_claim_ids_are_stable_when_other_articles_change(tmp_path):
    write_article(tmp_path, "a.txt", ORIGINAL)
    before = set(load_corpus(tmp_path)["claims"]["claim_id"])
    write_article(tmp_path, "z.txt", CLOSED)
    after = load_corpus(tmp_path)["claims"]
    assert before <= set(after["claim_id"])


def test_seed_checks_cover_the_briefing(seed_corpus):
    claims = seed_corpus["claims"]
    matched = {c for ids in claims["check_id"] for c in ids.split(";")} - {""}
    expected = {f"F{i}" for i in range(1, 25)} | {"F25a", "F25b"}
    assert expected <= matched
    contra = seed_corpus["contradictions"]
    assert {"cann_licence", "cuda_licence", "ascend_kind"} <= set(contra["facet"])


SIMILAR = [
    ("a/1", "a", "Huawei ships the Ascend 910C to Chinese cloud firms", {"Huawei", "Ascend"}),
    ("b/1", "b", "Zhipu trains GLM models on Huawei hardware", {"Zhipu", "Huawei"}),
    ("c/1", "c", "Huawei ships the Ascend 910C to cloud firms in China", {"Huawei", "Ascend"}),
]


def test_similar_claims_of_two_articles_form_one_group():
    rows = sorted(((c, a, t, canon_key(n)) for c, a, t, n in SIMILAR), key=lambda r: r[3])
    groups = {c: g for c, _, g in similar_groups(rows)}
    assert groups == {"a/1": "similar:a/1", "b/1": "similar:b/1", "c/1": "similar:a/1"}


def test_a_bucket_is_complete_however_many_others_come_between():
    """Two claims on the same names, with 30,000 claims on other names between them, still
    form one group: DuckDB sorts the claims by their names, so no bucket is ever forgotten
    (the grouper that held recent buckets in memory started a new group here)."""
    import duckdb
    import pyarrow as pa

    first, *_, last = SIMILAR
    between = [(f"x/{i}", f"x{i}", f"Company {i} ships a chip", {f"Org{i}", "Chip"})
               for i in range(30_000)]
    rows = [first, *between, last]
    con = duckdb.connect()
    con.register("provisional", pa.table({
        "seq": list(range(len(rows))), "claim_id": [r[0] for r in rows],
        "article_id": [r[1] for r in rows], "text": [r[2] for r in rows],
        "group_id": [""] * len(rows), "canon": [canon_key(r[3]) for r in rows]}))
    groups = {}
    for part in group_batches(con, "provisional"):
        groups.update(zip(part.column("claim_id").to_pylist(), part.column("grp").to_pylist()))
    assert groups["c/1"] == groups["a/1"] == "similar:a/1"
    assert len(groups) == len(rows)


def test_copies_found_by_the_queries():
    text = " ".join(f"word{i}" for i in range(60))
    rows = [("a", "sha-a", fingerprint(text)),
            ("b", "sha-a", fingerprint("anything")),  # same bytes
            ("c", "sha-c", fingerprint("Spread the love. " + text)),
            ("d", "sha-d", fingerprint(" ".join(f"other{i}" for i in range(60)))),
            ("e", "sha-e", fingerprint("Spread the love. " + text))]  # copies a, not c
    assert find_copies(rows) == {"b": "a", "c": "a", "e": "a"}
    assert find_copies([]) == {}


@pytest.mark.parametrize("graph", [[], [{"a": 1, "b": {"c": "x\ny é"}}],
                                   [{"a": [1, 2]}, {"b": {}}, {"c": []}]])
def test_streamed_claim_review_document_equals_dumps(graph):
    out = io.StringIO()
    write_document(iter(graph), out)
    assert out.getvalue() == dumps({"@context": "https://schema.org", "@graph": graph})


def test_claims_stating_the_same_recorded_figure_are_one_claim(tmp_path):
    """Two articles giving the listing's proceeds in other words share a group (the record's
    act, things and figure); a third giving another figure does not join it."""
    write_article(tmp_path, "a.txt", "Zhipu lists\nPublished: January 9, 2026\n"
                  "Zhipu raised HK$4.35 billion in its Hong Kong listing.\n")
    write_article(tmp_path, "b.txt", "Zhipu debut\nPublished: January 10, 2026\n"
                  "The Hong Kong listing brought Zhipu HK$4.35 billion, dealers said.\n")
    write_article(tmp_path, "c.txt", "Zhipu debut\nPublished: January 10, 2026\n"
                  "Zhipu raised HK$5 billion in its Hong Kong listing.\n")
    claims = load_corpus(tmp_path)["claims"].set_index("article_id")
    assert claims.loc["a", "group_id"] == claims.loc["b", "group_id"]
    assert claims.loc["a", "group_id"].startswith("record:")
    assert claims.loc["a", "n_articles"] == 2
    assert claims.loc["c", "group_id"] != claims.loc["a", "group_id"]


def test_articles_relaying_one_outside_source_count_once(tmp_path):
    claim = "Zhipu raised HK$4.35 billion in its Hong Kong listing on Thursday, traders said."
    write_article(tmp_path, "a_wire.txt", f"Zhipu debut\nSINGAPORE, Jan 8 (Reuters) - {claim}\n")
    write_article(tmp_path, "b_copy.txt", f"Zhipu shares rise\n{claim} Shares closed higher.\n"
                  "Source: https://www.reuters.com/markets/zhipu-debut\n")
    write_article(tmp_path, "c_own.txt", f"Zhipu lists\nHONG KONG - {claim}\n")
    corpus = load_corpus(tmp_path)
    relays = dict(zip(corpus.articles["article_id"], corpus.articles["relays"]))
    assert relays == {"a_wire": "reuters", "b_copy": "reuters", "c_own": ""}
    claims = corpus["claims"]
    row = claims[claims["text"].str.startswith("Zhipu raised")].iloc[0]
    assert (row["n_articles"], row["n_independent"]) == (3, 2)


def test_seed_check_verdicts_stay_the_briefings(seed_corpus):
    """On the seeds, as of each seed's date, every matched check gives its own verdict: the
    briefing's verdicts are unchanged by validity intervals and product guards."""
    from chipclaims.rules import Rulebook

    verdicts = {c.check_id: c.verdict for c in Rulebook.load().checks}
    st = seed_corpus["statements"]
    checked = st[st["basis"] == "check"]
    assert len(checked) >= 26
    for sid, verdict in zip(checked["statement_id"], checked["verdict"]):
        assert verdict == verdicts[sid.split("#")[1]], sid


def test_near_copies_agree_with_brute_force_on_two_thousand_articles():
    """Every article compared with every earlier original (containment of word 5-grams):
    the queries flag at least 99 % of the copies, and never an original. Copies are
    planted three ways: words changed, an excerpt, debris added around the article; and
    verbatim copies, each matched to the first article with the same bytes."""
    import random

    from chipclaims.rules import Rulebook
    from chipclaims.tools.bench import make_article

    entries = Rulebook.load().gazetteer
    texts = [make_article(random.Random(1000 + i), entries, random.Random(i).randint(12, 40))
             for i in range(2000)]
    rng = random.Random(5)
    for j in range(300):
        words = texts[rng.randrange(len(texts))].split(" ")
        if j % 3 == 0:
            for _ in range(max(1, len(words) // 20)):
                words[rng.randrange(len(words))] = rng.choice(["alpha", "beta", "gamma"])
            copy = " ".join(words)
        elif j % 3 == 1:
            a = rng.randrange(0, len(words) // 3)
            copy = " ".join(words[a:a + max(40, int(len(words) * rng.uniform(0.4, 0.8)))])
        else:
            copy = "Share this story\nAdvertisement\n" + " ".join(words) + "\nRelated: " + \
                " ".join(rng.choice(words) for _ in range(30))
        texts.insert(rng.randrange(len(texts) + 1), copy)
    for _ in range(60):  # verbatim copies: the same bytes
        texts.insert(rng.randrange(len(texts) + 1), texts[rng.randrange(len(texts))])
    grams = [fingerprint(t) for t in texts]
    shas = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
    sets = [set(g) for g in grams]
    originals: list[int] = []
    copies = set()
    for i, g in enumerate(sets):
        if any(g and sets[k] and len(g & sets[k]) / min(len(g), len(sets[k])) >= 0.8
               for k in originals):
            copies.add(i)
        else:
            originals.append(i)
    found = find_copies([(str(i), sha, g) for i, (sha, g) in enumerate(zip(shas, grams))])
    flagged = {int(i) for i in found}
    assert len(copies) > 200
    assert not flagged - copies  # no false pair
    assert len(flagged & copies) >= 0.99 * len(copies)
    first = {}
    exact = {i: first.setdefault(sha, i) for i, sha in enumerate(shas)}
    exact = {i: k for i, k in exact.items() if k != i and k not in copies}
    assert len(exact) > 40
    assert all(found.get(str(i)) == str(k) for i, k in exact.items())  # every one, exactly


def test_a_credit_the_record_cannot_check_does_not_weaken_a_supported_claim(tmp_path):
    """"The Commerce Department said it added Huawei to the Entity List": the listing is
    the record's; who announced it is sourcing, listed with the claim but not weighed."""
    (tmp_path / "a.txt").write_text(
        "Huawei blacklisted\n\nPublished: May 17, 2019\n\nThe Commerce Department said on "
        "Wednesday it added Huawei to the Entity List.\n", encoding="utf-8")
    tables = load_corpus(tmp_path)
    st = tables["statements"]
    assert set(st["statement_kind"]) >= {"attribution", "event"}
    assert tables["claims"]["verdict"].tolist() == ["supported"]


def test_a_first_introduced_framework_is_no_first_to_train_claim(tmp_path):
    """F8 (Zhipu the first to train on domestic chips) is about Zhipu: a MindSpore sentence
    with "first introduced" and "training" in an article that never names Zhipu is not it."""
    (tmp_path / "a.txt").write_text(
        "Huawei's MindSpore\n\nPublished: March 30, 2020\n\nLast August, when Huawei announced "
        "the launch of its Ascend processor, MindSpore was first introduced, stating that in a "
        "typical ResNet-50 based training session the combination of Ascend 910 and MindSpore "
        "is about twice as fast, perhaps a rival to TensorFlow (backed by Google).\n",
        encoding="utf-8")
    tables = load_corpus(tmp_path)
    assert "F8" not in ";".join(tables["claims"]["check_id"].fillna(""))
    assert "F8" not in set(tables["statements"]["evidence"].fillna(""))
