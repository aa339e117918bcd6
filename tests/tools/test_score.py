"""The development-set scorer on hand-made labels with known answers, and the labels of the
development set itself: well formed, and pointing at the text they label."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, write_article

from chipclaims import load_corpus
from chipclaims.contract.vocabulary import ENTITY_TYPES, TOPICS, VERDICTS
from chipclaims.tools.score import load_labels, score_corpus

DEV = ROOT / "tests" / "data" / "dev"
TIME_KINDS = ("date", "month", "year", "weekday", "quarter", "duration", "relative")
ARTICLE = """Nvidia shares fall as export rules bite
Share this story
Nvidia said on Tuesday it expects a $5.5 billion charge.
"""


def test_scores_on_a_hand_made_article(tmp_path):
    write_article(tmp_path, "a.txt", ARTICLE)
    labels = {"a": {"boilerplate_lines": [2, 3],  # line 3 wrongly labelled: one miss
                    "entities": [{"canonical": "Nvidia", "aliases": ["Nvidia"]},
                                 {"canonical": "Ghost", "aliases": ["Ghost"]}],
                    "quantities": [{"line": 3, "surface": "$5.5 billion"}],
                    "times": [{"line": 3, "surface": "on Tuesday"}, {"line": 1, "surface": "x"}],
                    "topics": ["sanctions", "nvidia_market"], "published": None}}
    scores = {s.layer: s for s in score_corpus(load_corpus(tmp_path).tables, labels)}
    assert (scores["boilerplate"].tp, scores["boilerplate"].fn) == (1, 1)
    assert scores["boilerplate"].precision == 1.0
    assert (scores["entities"].tp, scores["entities"].fn) == (1, 1)
    assert scores["quantities"].recall == 1.0
    assert (scores["times"].tp, scores["times"].fn) == (1, 1)  # "Tuesday" inside "on Tuesday"
    assert 0 < scores["topics"].agreement <= 1


SETS = [p for p in sorted((ROOT / "tests" / "data").iterdir()) if (p / "labels").is_dir()]
LABELS = {(folder, aid): lab for folder in SETS for aid, lab in load_labels(folder).items()}


def test_the_development_set_is_large_enough():
    dev = load_labels(DEV)
    assert len(dev) >= 15
    assert sum(len(lab["statements"]) for lab in dev.values()) >= 40


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_article_has_labels(folder):
    assert not {p.stem for p in (folder / "articles").glob("*.txt")} ^ set(load_labels(folder))


@pytest.mark.parametrize("key", sorted(LABELS), ids=lambda k: k[1])
def test_labels_point_at_their_text(key):
    folder, aid = key
    lab = LABELS[key]
    lines = (folder / "articles" / f"{aid}.txt").read_text(encoding="utf-8").split("\n")
    assert lab["article_id"] == aid and lab["source"]["url"].startswith("http")
    bad = [n for n in lab["boilerplate_lines"] if not lines[n - 1].strip()]
    assert not bad, f"empty lines labelled boilerplate: {bad}"
    content = "\n".join(t for i, t in enumerate(lines, 1) if i not in lab["boilerplate_lines"])
    for e in lab["entities"]:
        assert e["type"] in ENTITY_TYPES, e
        for alias in e["aliases"]:
            assert alias in content, (e["canonical"], alias)
    for key in ("quantities", "times"):
        for item in lab[key]:
            assert item["surface"] in lines[item["line"] - 1], (key, item)
    assert {t["kind"] for t in lab["times"]} <= set(TIME_KINDS)
    assert set(lab["topics"]) <= set(TOPICS)
    for st in lab["statements"]:
        assert st["as_published"] in VERDICTS and st["today"] in VERDICTS, st
        # the record is silent on an unverifiable statement: it may cite nothing
        assert st["evidence"] or st["as_published"] == "unverifiable", st


def test_labels_are_json_with_the_documented_keys():
    keys = {"article_id", "source", "published", "published_evidence", "boilerplate_lines",
            "entities", "quantities", "times", "topics", "statements"}
    for folder in SETS:
        for path in sorted((folder / "labels").glob("*.json")):
            assert set(json.loads(path.read_text(encoding="utf-8"))) == keys, path.name


def test_the_book_shows_the_current_scores():
    """book/dev_scores.csv and book/verdict_scores.csv are what `make score` gives now on
    every labelled set."""
    import csv

    from chipclaims.tools.score import score_set

    def read(name):
        with (ROOT / "book" / name).open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    scored = [score_set(folder) for folder in SETS]
    now = [row for layers, _ in scored for row in layers]
    key = lambda r: (r["set"], r["layer"])  # noqa: E731
    assert sorted(read("dev_scores.csv"), key=key) == sorted(now, key=key), "run `make score`"
    verdicts = sorted((v for _, v in scored), key=lambda r: r["set"])
    assert sorted(read("verdict_scores.csv"), key=lambda r: r["set"]) == verdicts, \
        "run `make score`"
    from chipclaims.tools.score import verdict_markdown

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert verdict_markdown(read("verdict_scores.csv")) in readme, "run `make score`"


def test_verdict_scores_on_a_hand_made_article(tmp_path):
    from chipclaims.tools.verdicts import score_verdicts

    write_article(tmp_path, "a.txt", "Zhipu news\nPublished: February 1, 2025\n"
                  "Zhipu was added to the US Entity List in January 2025.\n"
                  "The H100 delivers 400 TFLOPS of dense FP16 compute.\n"
                  "The weather in Lisbon was mild on Sunday with 20 boats out.\n")
    labels = {"a": {"statements": [
        {"line": 3, "sentence": "Zhipu was added to the US Entity List in January 2025.",
         "kind": "event", "statement": "Zhipu listed", "as_published": "supported",
         "today": "supported",
         "evidence": ["A10"]},
        {"line": 4, "sentence": "The H100 delivers 400 TFLOPS of dense FP16 compute.",
         "kind": "specification", "statement": "H100 400 TFLOPS",
         "as_published": "supported", "today": "supported",
         "evidence": ["B1"]}]}}  # deliberately wrong label: the parser says contradicted
    sc = score_verdicts(load_corpus(tmp_path).tables, labels)
    assert (sc.labelled, sc.paired, sc.decided, sc.decided_correct) == (2, 2, 2, 1)
    assert sc.wrong_supported == 0 and sc.claim_sentences >= 2
    assert sc.row("x", 1)["correct share"] == "0.50"


def test_pairing_prefers_the_found_statement_stating_the_same_figure():
    """"GLM-5 has 744 billion parameters" pairs with the total, "44 billion active" with the
    active count, however many words the other found statement's span shares."""
    from chipclaims.tools.verdicts import _pair
    labels = [{"kind": "specification", "statement": "GLM-5 is a mixture-of-experts model with "
               "744 billion parameters", "evidence": ["C16"]},
              {"kind": "specification", "statement": "GLM-5 has 44 billion active parameters",
               "evidence": ["C16"]}]
    parts = [{"statement_kind": "specification", "evidence": "C16c;C16",
              "statement": "GLM-5: active parameters per token of 44 billion",
              "surface": "The model features 744 billion parameters in a mixture-of-experts "
                         "architecture with 44 billion"},
             {"statement_kind": "specification", "evidence": "C16b;C16",
              "statement": "GLM-5: model parameters in total of 744 billion",
              "surface": "744 billion parameters"}]
    pairs = _pair(labels, parts)
    assert pairs[0][1] is parts[1]
    assert pairs[1][1] is parts[0]


def test_pairing_prefers_the_found_statement_saying_the_same_act():
    """"GLM-5 was trained entirely on Ascend" is the found training statement (unverifiable),
    not the release beside it that shares the event's evidence; with cues or without, the
    figures still pair as before."""
    from chipclaims.rules.rulebook import Rulebook
    from chipclaims.tools.verdicts import _pair, cue_patterns
    cues = cue_patterns(Rulebook.load().statements)
    labels = [{"kind": "event", "statement": "GLM-5 was trained entirely on Huawei Ascend "
               "processors", "evidence": ["C16", "futu-2026-glm5"]}]
    release = {"statement_kind": "event", "evidence": "C16a;C16;futu-2026-glm5",
               "action": "release", "statement": "Released or announced: GLM-5",
               "surface": "released"}
    trained = {"statement_kind": "event", "evidence": "", "action": "trained_on",
               "statement": "A model trained on this hardware: Ascend, GLM-5",
               "surface": "trained"}
    assert _pair(labels, [release, trained])[0][1] is release  # evidence alone
    assert _pair(labels, [release, trained], cues)[0][1] is trained
    first = {"statement_kind": "event", "evidence": "", "action": "",
             "statement": "a superlative: 'first'", "surface": "first"}
    listing = {"statement_kind": "event", "evidence": "C14a;C14", "action": "",
               "statement": "Zhipu plans a public offering", "surface": "IPO"}
    lab = [{"kind": "event", "statement": "Zhipu became the first publicly traded "
            "foundation-model company in the world", "evidence": ["C14"]}]
    assert _pair(lab, [listing, first], cues)[0][1] is first
    # a "first" labelled as a specification is still the found superlative, not the figure
    # beside it that shares the chip's evidence
    spec = [{"kind": "specification", "statement": "The H200 is the first GPU to use HBM3e",
             "evidence": ["B11"]}]
    memory = {"statement_kind": "specification", "evidence": "B11", "action": "memory_gb",
              "statement": "H200: memory capacity of 141 GB", "surface": "141 GB"}
    hbm = {**first, "statement": "a superlative: 'first GPU to use HBM3e'"}
    assert _pair(spec, [memory, hbm], cues)[0][1] is hbm
    # ... while an act told "for the first time" is the act
    act = [{"kind": "event", "statement": "In October 2022 the US for the first time "
            "restricted exports of Nvidia's advanced AI chips, including the H100, to China",
            "evidence": ["A3"]}]
    rule = {"statement_kind": "event", "evidence": "A3", "action": "export_rule",
            "statement": "Restricted by US export rules: H100", "surface": "export ban"}
    once = {**first, "statement": "a superlative: 'first time'"}
    assert _pair(act, [once, rule], cues)[0][1] is rule
