"""The chapter functions on a small hand-made corpus whose answers are known, and on the
reference data; the notebooks only call these."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import write_article

from chipclaims import parse_folder
from chipclaims.analysis import (
    ascend,
    claims,
    corpus,
    extraction,
    load_context,
    present,
    sanctions,
    sources,
    summary,
    timeline,
)
from chipclaims.contract.vocabulary import VERDICTS
from chipclaims.rules import read_rule_file

ZHIPU = """Zhipu shares climb in Hong Kong debut
Zhipu raised $1.4 billion in investment from state funds, according to OpenAI.
Analysts said the Ascend 910C reaches 60% of the H100's performance in inference.
Share this story
"""
COPY = ZHIPU + "Source link\n"
WEATHER = """Lisbon harbour reopens
The harbour reopened on Monday after repairs, officials said on 3 March 2025.
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    root = tmp_path_factory.mktemp("analysis")
    folder = root / "in"
    folder.mkdir()
    write_article(folder, "a_zhipu.txt", ZHIPU)
    write_article(folder, "b_copy.txt", COPY)
    write_article(folder, "c_weather.txt", WEATHER)
    rules = root / "rules"
    rules.mkdir()
    header = read_rule_file("publication_dates.csv").text.splitlines()[0]
    (rules / "publication_dates.csv").write_text(
        header + "\na_zhipu,2026-01-08,2026-01-08,dateline,\n", encoding="utf-8")
    from chipclaims import Rulebook

    parse_folder(folder, root / "tables", Rulebook.load(rules))
    return load_context(root / "tables", downloads=root / "downloads")


def test_context_reads_the_rules_the_parse_used(ctx):
    assert set(ctx.dates) == {"a_zhipu"}  # the parse's dates, not the packaged seed dates
    assert ctx.dates["a_zhipu"].date_min == dt.date(2026, 1, 8)
    assert ctx.checks and all(c.evidence for c in ctx.checks)


def test_save_writes_the_download(ctx):
    assert ctx.save(pd.DataFrame({"a": [1]}), "x") is None  # a cell ending with it shows nothing
    assert (ctx.downloads / "x.csv").read_text() == "a\n1\n"


def test_corpus_overview_and_totals(ctx):
    over = corpus.article_overview(ctx.tables).set_index("article_id")
    assert over.loc["a_zhipu", "boilerplate"] == 1  # "Share this story"
    assert over.loc["b_copy", "boilerplate"] == 2  # plus "Source link"
    totals = corpus.corpus_totals(ctx.tables)
    assert totals["n_articles"] == 3 and totals["n_boilerplate_lines"] == 3
    assert totals["boilerplate_share_pct"] == round(100 * 3 / (3 + 8), 1)
    by_reason = corpus.boilerplate_by_reason(ctx.tables).set_index("reason")
    assert by_reason.loc["share_prompt", "total"] == 2


def test_extraction_tables(ctx):
    top = extraction.top_entities(ctx.tables).set_index("canonical")
    assert top.loc["Zhipu", "articles"] == 2
    money = extraction.numbers_found(ctx.tables)
    assert (money["quantity_kind"] == "money").sum() == 2
    times = extraction.times_found(ctx.tables)
    assert "3 March 2025" in set(times["surface"])
    voice = extraction.voice_by_article(ctx.tables).set_index("article_id")
    assert voice.loc["a_zhipu", "attributed"] == 2  # OpenAI, analysts
    assert extraction.extraction_totals(ctx.tables)["n_body_sentences"] == 5


def test_topic_claims_follow_the_sentences_topics(ctx):
    zhipu = claims.topic_claims(ctx.tables, "zhipu", ctx.checks)
    assert set(zhipu["article_id"]) == {"a_zhipu", "b_copy"}
    assert "F3" in set(zhipu["check_id"])
    assert zhipu.loc[zhipu["check_id"] == "F3", "checked_claim"].str.contains("1.4").all()
    assert claims.topic_claims(ctx.tables, "sanctions").empty


def test_claims_by_section_and_their_evidence(ctx):
    traced = claims.claims_for_section(ctx.tables, ctx.checks, "traced_number")
    assert len(traced) == 2 and set(traced["attribution"]) == {"analysts"}
    money = claims.claims_for_section(ctx.tables, ctx.checks, "funding", "first_claim")
    assert set(money["check"]) == {"F3"} and set(money["attribution"]) == {"OpenAI"}
    funding = [c for c in ctx.checks if c.section == "funding"]
    assert claims.section_evidence(ctx.checks, ("funding",)) == list(funding[0].evidence)
    assert claims.claims_for_section(ctx.tables, ctx.checks, "no such section").empty


def test_verdict_tally_counts_each_claim_once_in_vocabulary_order(ctx):
    tally = claims.verdict_tally(ctx.tables).set_index("article_id")
    assert list(tally.columns) == list(VERDICTS)
    # the weather story states nothing the record or a check decides
    assert tally.loc["c_weather", ["supported", "partly supported", "misleading",
                                   "contradicted"]].sum() == 0
    checked = ctx.tables["claims"].query("article_id == 'a_zhipu' and verdict != ''")
    assert tally.loc["a_zhipu"].sum() == len(checked)
    assert ctx.tables["claims"]["sentence_id"].is_unique


def test_register_lists_each_claims_statements_and_sources(ctx):
    reg = claims.register(ctx.tables, ctx.checks, ctx.ref)
    assert reg["claim_id"].is_unique
    f3 = reg[claims.matches_check(reg, "F3")].iloc[0]
    assert "cumulative" in f3["statements"] or "running total" in f3["statements"]
    assert f3["evidence"] and f3["evidence_sources"].startswith("http")
    assert f3["verdict"] == "partly supported" and f3["verdict_today"]
    assert (reg.loc[reg["verdict"] == "", "statements"] == "").all()


def test_summary_counts_claims_and_judgements_once(ctx):
    nums = summary.summary_numbers(ctx.tables, ctx.tables["contradictions"],
                                   ascend.spec_ratios(ctx.ref), pd.DataFrame(
                                       columns=["article_id", "attribution"]))
    cl = ctx.tables["claims"]
    assert nums["n_claims"] == len(cl) == cl["sentence_id"].nunique()
    assert nums["n_judged"] == sum(nums[f"n_{v.replace(' ', '_')}"] for v in VERDICTS
                                   if v != "unverifiable")
    # the same check on two articles (an original and its copy) is two judgements, not more
    assert nums["n_judgements"] <= len(ctx.tables["statements"])
    assert summary.checks_used(cl) >= {"F3"}


def test_copies_and_scorecard(ctx):
    card = sources.scorecard(ctx.tables, ctx.dates).set_index("article_id")
    assert card.loc["b_copy", "copy_of"] == "a_zhipu"
    assert card.loc["a_zhipu", "published"] == "2026-01-08"
    assert card.loc["c_weather", "published"] == "not before 2025-03-03"  # its latest event
    assert list(card.columns[card.columns.isin(VERDICTS)]) == list(VERDICTS)


def test_timeline_frames(ctx):
    events = timeline.events_frame(ctx.ref, "zhipu")
    assert (events["start"] <= events["end"]).all()
    assert set(events["event_id"].str[0]) == {"C"}
    spans = timeline.publication_spans(ctx.tables, ctx.dates).set_index("article_id")
    assert spans.loc["a_zhipu", "date_min"] == pd.Timestamp("2026-01-08")
    assert pd.isna(spans.loc["c_weather", "date_min"])
    assert timeline.events_for(ctx.ref, ["C14", "nope", "A3"])["event_id"].tolist() == [
        "C14", "A3"]


def test_reported_dates_keep_only_the_topic(ctx):
    assert timeline.reported_dates(ctx.tables, "zhipu").empty  # the zhipu article dates nothing
    other = timeline.reported_dates(ctx.tables, "other")
    row = other[other["surface"] == "3 March 2025"].iloc[0]
    assert row["start"] == pd.Timestamp("2025-03-03")


def test_summary_numbers(ctx):
    traced = claims.claims_for_section(ctx.tables, ctx.checks, "traced_number")
    numbers = summary.summary_numbers(ctx.tables, ctx.tables["contradictions"],
                                      ascend.spec_ratios(ctx.ref), traced)
    assert numbers["n_articles"] == 3 and numbers["n_copies"] == 1
    assert numbers["sixty_articles"] == 2
    with_verdict = (ctx.tables["claims"]["verdict"] != "").sum()
    assert sum(numbers[f"n_{v.replace(' ', '_')}"] for v in VERDICTS) == with_verdict


def test_spec_ratios_are_ranges_over_the_source_rows(ctx):
    ratios = ascend.spec_ratios(ctx.ref).set_index("metric")
    compute = ratios.loc["dense FP16/BF16 compute"]
    specs = ctx.ref.chip_specs
    usable = specs[~specs["figure_status"].isin(["erroneous", "roadmap"])]
    chip = usable[usable["chip"] == ascend.CHIP]
    base = usable[usable["chip"] == ascend.BASELINE]
    assert compute["ratio low"] == round(chip["fp16_tflops_low"].min()
                                         / base["fp16_tflops_high"].max(), 2)
    assert compute["ratio low"] <= compute["ratio high"]
    dvs = ascend.dense_vs_sparse(ctx.ref)
    assert dvs["tflops_high"].iloc[2] == 2 * dvs["tflops_high"].iloc[1]


def test_thresholds_come_from_the_table(ctx):
    values = sanctions.threshold_values(ctx.ref)
    thr = ctx.ref.thresholds.set_index("threshold_id")
    by_test = thr.drop_duplicates("test").set_index("test")
    assert values["thr_tpp"] == by_test.loc["tpp", "threshold"]
    assert values["thr_pd"] == by_test.loc["tpp_and_pd", "second_threshold"]
    assert values["thr_interconnect"] == by_test.loc["tpp_and_interconnect", "second_threshold"]
    assert values["thr_jan2026_bw"] == by_test.loc["tpp_and_dram_bw", "second_threshold"]
    assert 0 < values["h20_tpp"] < values["thr_tpp"]  # why the H20 needed a bandwidth test
    assert next(iter(sanctions.threshold_lines(ctx.ref).values())) == values["thr_tpp"]
    standing = sanctions.chip_standing(ctx.ref)
    assert standing["tpp_high"].notna().all()


def test_independent_support_counts_articles_not_sentences(ctx):
    table = ascend.independent_support(ctx.tables, ctx.checks, topic="ascend")
    row = table[table["claim"].str.startswith("F17")].iloc[0]
    assert (row["articles"], row["independent_articles"]) == (2, 1)  # a copy is not support


def test_findings_are_computed_from_the_articles(ctx):
    assert summary.contradiction_finding(ctx.tables["contradictions"], ctx.facets).startswith(
        "No two articles")
    traced = summary.check_finding(ctx.tables, ctx.check("traced_number"))
    assert "appears in 2 articles (2 sentences), judged unverifiable:" in traced
    first = summary.check_finding(ctx.tables, ctx.check("first_claim"), rationale=False)
    assert first.startswith("No article in this folder makes the claim")
    assert summary.check_finding(ctx.tables, None).startswith("No check")
    values = summary.page_values(ctx)
    assert values["n_articles"] == 3 and "contradiction_finding" in values
    assert (values["n_copies"], values["copies_phrase"]) == (1, "1 is a copy")


def test_contradiction_finding_counts_disagreements_between_articles():
    import pandas as pd

    from chipclaims.rules import Rulebook

    facets = Rulebook.load().facets
    frame = pd.DataFrame({  # three sentence pairs: two between a and b, one inside c
        "facet": ["cann_licence"] * 3, "subject": ["CANN"] * 3,
        "article_id_a": ["a", "b", "c"], "article_id_b": ["b", "a", "c"],
        "same_article": [False, False, True]})
    assert len(summary.disagreements(frame)) == 1
    text = summary.contradiction_finding(frame, facets)
    assert text == ("1 disagreement between pairs of articles on 1 question: whether "
                    "Huawei's CANN stack is open source (3 pairs of sentences in all).")
    inside = frame[frame["same_article"]]
    assert "within single articles" in summary.contradiction_finding(inside, facets)


def test_register_view_puts_statements_under_their_claim(ctx):
    full = claims.register(ctx.tables, ctx.checks, ctx.ref)
    view = claims.register_view(full)
    assert list(view.columns) == ["article_id", "line_no", "claim", "verdict", "verdict_today"]
    judged = view[full["statements"] != ""]
    assert judged["claim"].str.contains("\n• ").all()


def test_rules_in_force_follow_each_articles_date(ctx):
    table = sanctions.rules_in_force(ctx.tables, ctx.ref, ctx.types, ctx.measures)
    assert list(table["article_id"]) == list(ctx.tables["articles"]["article_id"])
    zhipu = table.set_index("article_id").loc["a_zhipu"]  # published 2026-01-08
    assert zhipu["judged_as_of"] == "2026-01-08"
    assert "(A19)" in zhipu["us_rules"] and "(A20)" not in zhipu["us_rules"]  # not yet
    assert "(A9)" not in zhipu["us_rules"]  # the AI diffusion rule was withdrawn in May 2025
    assert "(A16)" in zhipu["china_measures"]
    weather = table.set_index("article_id").loc["c_weather"]  # only a lower bound: 2025-03
    assert "(A11)" not in weather["us_rules"] and "(A3)" in weather["us_rules"]


def test_buyer_comparison_sets_china_parts_against_ascend(ctx):
    table = ascend.buyer_comparison(ctx.ref).set_index("chip")
    assert list(table.index) == list(ascend.BUYER_CHOICE)
    assert table.loc["H20", "dense_fp16_tflops"] == "148"
    assert "licence" in table.loc["H20", "in_china"]  # the April 2025 requirement
    assert table.loc["Ascend 910C", "in_china"] == "made in China"
    assert "CNY" in table.loc["Ascend 910B", "price"]


def test_supply_side_lists_foundries_and_memory_makers_with_sources(ctx):
    table = ascend.supply_side(ctx.ref, ctx.types)
    c = table[table["chip"] == "Ascend 910C"]
    assert {"TSMC", "SMIC"} <= {m for ms in c["makers"] for m in ms.split(", ") if m}
    assert c["disputed"].any() and (table["sources"] != "").all()


def test_zhipu_context_dates_and_disclosure(ctx):
    assert timeline.days_between(ctx.ref, "C14", "C15") == 5  # listing, then GLM-Image
    told = timeline.disclosed(ctx.ref, "C15", ctx.types)
    assert "Atlas 800T A2" in told["named"] and "MindSpore" in told["named"]
    assert "server count" in told["not_given"] and "training time" in told["not_given"]
    values = timeline.zhipu_context(ctx.ref, ctx.types)
    assert values["zc_listing_date"] == "2026-01-08" and values["zc_days_list_image"] == 5
    assert values["zc_named"] == told["named"] and values["zc_days_el_ascend"] > 0


def test_provenance_reads_what_an_article_says_of_itself(ctx, tmp_path):
    origin = sources.provenance(ctx.tables, ctx.types).set_index("article_id")
    assert "copies Zhipu shares climb in Hong Kong debut" in origin.loc["b_copy", "provenance"]
    assert origin.loc["c_weather", "provenance"] == (
        "has no date line of its own (published no earlier than 2025-03-03, from the events "
        "it reports)")
    from chipclaims import load_corpus

    write_article(tmp_path, "wire.txt", "Chips news\nSINGAPORE, Jan 8 (Reuters) - Zhipu rose "
                  "in its debut on Thursday, traders said.\nSource: https://www.reuters.com/x\n")
    tables = load_corpus(tmp_path).tables
    text = sources.provenance(tables, ctx.types).iloc[0]["provenance"]
    assert "Reuters dateline (line 2)" in text and "reuters.com (line 3)" in text


def _origins(folder, ctx):
    """Each article's provenance, by article id, for the articles in ``folder``."""
    from chipclaims import load_corpus

    return sources.provenance(load_corpus(folder).tables, ctx.types).set_index(
        "article_id")["provenance"]


def test_provenance_flags_a_byline_of_another_outlet(ctx, tmp_path):

    write_article(tmp_path, "wire.txt", "Chips news\nBy Bloomberg News\nSINGAPORE, Jan 8 "
                  "(Reuters) - Zhipu rose in its debut on Thursday, traders said.\n")
    write_article(tmp_path, "own.txt", "Chips news\nBy Reuters staff\nSINGAPORE, Jan 8 "
                  "(Reuters) - Zhipu rose in its debut on Thursday, traders said.\n")
    origin = _origins(tmp_path, ctx)
    assert "byline credits Bloomberg (line 2) but it relays reuters" in origin["wire"]
    assert "byline" not in origin["own"]


REPORT = [
    "Huawei plans to ship about 600,000 Ascend 910C dies next year, people familiar said.",
    "The company doubled its output target after yields at SMIC improved this spring.",
    "Chinese buyers have turned to the chip since US rules cut off sales of the H20.",
    "Analysts at Bernstein expect Huawei to hold half of the Chinese accelerator market.",
    "Nvidia declined to comment on the estimates when asked by reporters on Monday.",
]


def test_provenance_flags_a_rewrite_of_another_article(ctx, tmp_path):

    rewrite = [s.replace("plans to", "intends to").replace("people familiar said",
                                                             "sources said")
               .replace("Analysts at", "Experts from").replace("this spring", "in spring")
               for s in REPORT]
    other = ["Lisbon harbour reopened on Monday after two years of repairs to its quays.",
             "Officials said the ferries would resume their old timetable within weeks.",
             "Tourism groups welcomed the news after a long campaign by local traders.",
             "The city expects more cruise ships to call at the port in the summer.",
             "Repairs cost more than planned because of storms in the winter of 2024."]
    write_article(tmp_path, "a_report.txt", "Huawei ramps up\n" + " ".join(REPORT) + "\n")
    write_article(tmp_path, "b_rewrite.txt", "Huawei to boost AI chips\n" + " ".join(rewrite)
                  + "\n")
    write_article(tmp_path, "c_other.txt", "Harbour news\n" + " ".join(other) + "\n")
    origin = _origins(tmp_path, ctx)
    assert "in near the same words as Huawei ramps up" in origin["b_rewrite"]
    assert "near the same words" in origin["a_report"]  # the pair shows from both sides
    assert "near the same words" not in origin["c_other"]


def test_provenance_reads_the_title_printed_twice_and_a_missing_date_line(ctx, tmp_path):

    write_article(tmp_path, "scraped.txt", "Zhipu lists in Hong Kong\nZhipu lists in Hong Kong\n"
                  "Zhipu listed its shares in Hong Kong on January 8, 2026, traders said.\n")
    write_article(tmp_path, "dated.txt", "Zhipu lists in Hong Kong\nPublished: January 9, 2026\n"
                  "Zhipu listed its shares in Hong Kong on Thursday, traders said.\n")
    origin = _origins(tmp_path, ctx)
    assert "repeats its title (line 2)" in origin["scraped"]
    assert "has no date line of its own (published no earlier than 2026-01-08" in \
        origin["scraped"]
    assert origin["dated"] == "no signal in the text"


def test_provenance_flags_word_for_word_translations(ctx, tmp_path):
    from chipclaims import load_corpus

    write_article(tmp_path, "mt.txt", "DeepSeek model news\nThe new model will be supported by "
                  "Sheng Teng, Cambrian and Haiguang chips, the company said.\n")
    tables = load_corpus(tmp_path).tables
    ents = tables["entities"]
    assert set(ents.loc[ents["flag"] == "translation", "canonical"]) == {
        "Ascend", "Cambricon", "Hygon"}
    text = sources.provenance(tables, ctx.types).iloc[0]["provenance"]
    assert "machine translation" in text and "Sheng Teng for Ascend (line 2)" in text


def test_articles_judged_alike_share_one_row():
    """Two undated articles judged as of the same day show one row naming both, each by its
    title; an article judged otherwise keeps its own row."""
    frame = pd.DataFrame({"article_id": ["a", "b", "c"], "judged_as_of": ["d1", "d1", "d2"],
                          "us_rules": ["r", "r", "r"]})
    merged = present.merge_articles(frame)
    assert merged["article_id"].tolist() == ["a\nb", "c"]
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "title": ["Alpha", "Beta", "Gamma"],
                             "file": ["a.txt", "b.txt", "c.txt"],
                             "published_from": ["", "", ""], "published_to": ["", "", ""]})
    html = present.html_table(merged, articles)
    assert "Alpha (undated)<br>Beta (undated)" in html


def test_merging_articles_keeps_each_once_and_odd_frames_whole():
    frame = pd.DataFrame({"article_id": ["a", "b", "a"], "x": [pd.NA, pd.NA, pd.NA]})
    merged = present.merge_articles(frame)
    assert merged["article_id"].tolist() == ["a\nb"]
    assert merged["x"].isna().all()
    alone = pd.DataFrame({"article_id": ["a", "b"]})
    assert present.merge_articles(alone).equals(alone)


@pytest.mark.parametrize(("known", "expected"), [
    ([True, True], ", and the publication dates of all 2 articles"),
    ([True, False], ", and the publication dates of the 1 of the 2 articles whose date or "
                    "interval is known (the others are not drawn)"),
    ([False, False], " (no article's publication date or interval is known, so none is drawn)"),
])
def test_the_timeline_caption_says_which_dates_are_drawn(known, expected):
    spans = pd.DataFrame({"date_min": [pd.Timestamp("2025-01-01") if k else pd.NaT
                                       for k in known]})
    assert timeline.drawn_note(spans) == expected
