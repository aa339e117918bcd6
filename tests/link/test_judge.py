"""Statements read from hand-made sentences and judged against the record: each statement
kind, each verdict path, time, and the traps a broad match falls into (a count the record
does not hold, another company's model, a 'first', a negation, a cumulative total called
one round, a pledge told as done)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import write_article

from chipclaims import load_corpus
from chipclaims.cli import EXIT_OK, EXIT_USAGE, main
from chipclaims.link.judge import overall
from chipclaims.ondemand import InputError, judge_text
from chipclaims.pipeline import default_record
from chipclaims.rules import Rulebook


@pytest.fixture(scope="module")
def book():
    return Rulebook.load()


@pytest.fixture(scope="module")
def record():
    return default_record()


def judged(text, book, record, on=None):
    """The statements of one sentence as (kind, verdict, verdict today) plus the rows."""
    day = dt.date.fromisoformat(on) if on else None
    rows = judge_text(text, day, book, record).statements
    return rows


def verdicts(rows, kind=None, action=None):
    sel = rows
    if kind:
        sel = sel[sel["statement_kind"] == kind]
    if action:
        sel = sel[sel["action"] == action]
    return sel["verdict"].tolist()


def acts(st, action):
    """(subjects, verdict) of each statement of one action."""
    sel = st[st["action"] == action]
    return list(zip(sel["subjects"], sel["verdict"]))


def claims_by_line(tmp_path, text):
    """The claims of a one-article folder holding ``text``, by line number."""
    write_article(tmp_path, "a.txt", text)
    return load_corpus(tmp_path)["claims"].set_index("line_no")


def article_statements(tmp_path, text):
    """The statements of a one-article folder holding ``text``."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return load_corpus(tmp_path)["statements"]


# --- specifications -------------------------------------------------------------------

def test_chip_figure_inside_the_sources_range_is_supported(book, record):
    rows = judged("The Ascend 910C delivers about 800 TFLOPS of FP16 compute.", book, record)
    assert verdicts(rows, "specification") == ["supported"]
    assert "780" in rows["rationale"].iloc[0]  # the range of every source is shown


def test_a_process_node_from_the_events_table(book, record):
    """D2: the briefing gives the Kunpeng 920's 7 nm process and 64 cores (fact rows, not
    chip_specs rows)."""
    rows = judged("The new Kunpeng 920 CPU is a 7nm process chip with 64 cores.", book, record,
                  "2019-01-08")
    assert verdicts(rows, "specification") == ["supported", "supported"]


def test_chip_figure_outside_the_range_is_contradicted(book, record):
    rows = judged("The H100 delivers 400 TFLOPS of dense FP16 compute.", book, record)
    assert verdicts(rows, "specification") == ["contradicted"]


def test_sparse_figure_given_as_dense_is_misleading(book, record):
    rows = judged("The H100 delivers 1,979 TFLOPS of FP16 compute.", book, record)
    assert verdicts(rows, "specification") == ["misleading"]
    said = judged("The H100 delivers 1,979 TFLOPS of FP16 compute with sparsity.", book, record)
    assert verdicts(said, "specification") == ["supported"]


def test_a_figure_in_a_relative_clause_is_the_named_things(book, record):
    """B26: a figure in "..., which delivers" belongs to the name the clause hangs on, even
    after a contrast between two chips; the format between number and unit is no obstacle."""
    rows = judged("The Ascend 910C offers around 780 BF16 TFLOPS, significantly less than "
                  "Nvidia's H100, which delivers approximately 2,000 BF16 TFLOPS.", book, record)
    spec = rows[rows["statement_kind"] == "specification"]
    assert list(zip(spec["subjects"], spec["verdict"])) == [
        ("Ascend 910C", "supported"), ("H100", "misleading")]


@pytest.mark.parametrize(("text", "metric", "verdict"), [
    ("The H20 offers 296 FP8 TFLOPS.", "compute_fp8", "supported"),
    ("The H20 offers 148 FP8 TFLOPS.", "compute_fp8", "contradicted"),
    ("The Ascend 910 delivers 256 INT8 TFLOPS.", "compute_int8", "contradicted"),
    ("The Ascend 910C delivers 800 FP8 TFLOPS.", "compute_fp8", "unverifiable"),
])
def test_the_number_format_inside_a_figure_names_its_metric(book, record, text, metric,
                                                             verdict):
    """B7/B9, B13: "296 FP8 TFLOPS" is an FP8 figure, not a 16-bit one; a format the record
    has no figures of ("312 TF32 TFLOPS") is no 16-bit figure either."""
    rows = judged(text, book, record, "2025-10-01")
    spec = rows[rows["statement_kind"] == "specification"]
    assert list(zip(spec["action"], spec["verdict"])) == [(metric, verdict)]
    rows = judged("The A100 offers 312 TF32 TFLOPS.", book, record, "2025-10-01")
    assert "supported" not in verdicts(rows)


def test_a_figure_written_with_a_plus_sign(book, record):
    rows = judged("The Ascend 910 is a high-end, 300+ watt system on a chip.", book, record,
                  "2019-08-23")
    assert verdicts(rows, "specification") == ["supported"]


def test_a_figure_after_a_bracketed_aside_is_the_named_things(book, record):
    """D11c: the rack's 180 PFLOPS, not the GB200 GPU named inside the brackets."""
    rows = judged("Outpaces Nvidia's flagship NVL72 (powered by GB200 GPUs) delivering only "
                  "180 PFLOPS.", book, record)
    assert list(zip(rows["subjects"], rows["verdict"])) == [("GB200 NVL72", "supported")]


def test_a_system_named_only_by_its_parts(book, record):
    """D11b/D11e: the one system the record has built of 384 Ascend 910C chips; a count the
    record has for no system leaves the figure unjudged against any."""
    rows = judged("- 300 PFLOPS BF16 performance across 16 racks, using 384 Ascend 910C "
                  "dual-chiplet processors.", book, record)
    spec = rows[rows["statement_kind"] == "specification"]
    assert list(zip(spec["subjects"], spec["action"], spec["verdict"])) == [
        ("CloudMatrix 384", "compute_fp16", "supported"),
        ("CloudMatrix 384", "chips", "supported")]
    other = judged("The cluster gives 300 PFLOPS using 100 Ascend 910C processors.", book,
                   record)
    assert "supported" not in set(other["verdict"])


def test_parts_counted_by_their_family_and_parts_of_another_kind(book, record):
    """D11e/D11f: "a cluster of 384 Ascend AI processors" counts the Ascend 910C chips the
    CloudMatrix 384 is built of; "384 Kunpeng processors" are not its chips."""
    rows = judged("CloudMatrix 384 system, which is a cluster of 384 Ascend AI processors, was "
                  "unveiled in April.", book, record, "2025-12-20")
    assert verdicts(rows, "specification") == ["supported"]
    for text in ("The CloudMatrix 384 combines 384 Kunpeng processors.",
                 "CloudMatrix 384 links 384 Nvidia GPUs.",
                 "The Atlas 950 SuperPoD links 8,192 Ascend 910C chips.",
                 "Each Ascend 910C package combines two Kunpeng dies."):
        assert "supported" not in verdicts(judged(text, book, record, "2025-12-20")), text
    rows = judged("The Atlas 950 SuperPoD links 8,192 Ascend chips.", book, record, "2025-12-20")
    assert verdicts(rows, "specification") == ["supported"]


def test_figure_of_a_metric_the_record_lacks_is_unverifiable(book, record):
    rows = judged("The H20 is made on a 5 nm process.", book, record)
    assert verdicts(rows, "specification") == ["unverifiable"]


# --- control thresholds ---------------------------------------------------------------

def test_threshold_figures_a_limit_word_governs(book, record):
    """G2a/G2b: "a limit ... at 4,800 TPP and a performance density of 5.92" states both
    thresholds of the October 2023 rule; the limit word governs the second figure too."""
    rows = judged("The new rules include a limit on total chip performance at 4,800 TPP and "
                  "a performance density of 5.92.", book, record, "2023-12-01")
    sel = rows[rows["action"].str.startswith("threshold")]
    assert list(zip(sel["action"], sel["verdict"])) == [
        ("threshold_tpp", "supported"), ("threshold_density", "supported")]
    assert "G2a" in sel["evidence"].iloc[0] and "G2b" in sel["evidence"].iloc[1]


def test_a_chips_own_figure_is_no_threshold(book, record):
    """A sentence about a chip says where the chip stands ("The H20 exceeds 4,800 TPP"),
    which the thresholds alone do not settle: no threshold statement; and a limit's figure
    is never read as the chip's own ("below the 6,500 GB/s cap" is no H200 figure)."""
    for text in ("The H20 exceeds 4,800 TPP.", "The H800 has a TPP below 4,800.",
                 "Nvidia's H800 falls under the 4,800 TPP limit.",
                 "The H20's performance density exceeds 5.92.",
                 "The original RTX 4090 exceeded the limit of 4,800 with a TPP of 5,285."):
        rows = judged(text, book, record, "2024-06-01")
        assert not rows["action"].str.startswith("threshold").any(), text
    for text in ("The chip exceeds 4,800 TPP.", "It has a TPP just under 4,800."):
        assert judged(text, book, record, "2024-06-01").empty, text
    # a possibility elsewhere in the sentence is not the rule's
    rows = judged("The new GPUs could help Nvidia circumvent the new restrictions, including a "
                  "limit on total chip performance at 4,800 TPP and a performance density of "
                  "5.92.", book, record, "2024-01-01")
    assert verdicts(rows, "specification") == ["supported", "supported"]
    rows = judged("The H200's memory bandwidth of 4.8 TB/s is below the 6,500 GB/s cap.", book,
                  record, "2026-02-01")
    assert list(zip(rows["value"], rows["verdict"])) == [(4.8, "supported")]


def test_counts_and_negations_near_a_limit_are_no_thresholds(book, record):
    for text in ("The TPP threshold hit sales, which fell to under 4,800 a month.",
                 "The rules do not cap chips at 4,800 TPP.",
                 "The limit is 4,800 TPP, and Nvidia's China chip scores 2,368 TPP."):
        rows = judged(text, book, record, "2024-06-01")
        sel = rows[rows["action"].str.startswith("threshold")]
        assert list(sel["value"]) in ([], [4800]), text
        assert "supported" not in set(sel["verdict"]) or list(sel["value"]) == [4800], text
    negated = judged("The rules do not cap chips at 4,800 TPP.", book, record, "2024-06-01")
    assert negated.empty


def test_a_threshold_given_the_wrong_way_round_or_by_half(book, record):
    """G4 reviews chips under 21,000 TPP: "above 21,000" is no threshold the record has; a
    TPP of 1,600 alone is half of G2b's test; a year the rule was not made is a wrong
    detail."""
    above = judged("Chips with a TPP above 21,000 are reviewed case by case.", book, record,
                   "2026-02-01")
    assert verdicts(above, "specification") == ["unverifiable"]
    half = judged("All chips with a TPP of 1,600 or more now need a licence.", book, record,
                  "2024-01-01")
    assert verdicts(half, "specification") == ["partly supported"]
    year = judged("In 2022 the US set a TPP threshold of 1,600.", book, record, "2024-01-01")
    assert verdicts(year, "specification") == ["partly supported"]
    assert "2023-10-17" in year["rationale"].iloc[0]


def test_a_threshold_the_record_lacks_and_one_called_a_ban(book, record):
    rows = judged("The rules cover chips with a TPP of 4,000 or more.", book, record,
                  "2023-12-01")
    assert verdicts(rows, "specification") == ["unverifiable"]
    ban = judged("Any chip with a performance density of 5.92 or above faces an absolute "
                 "export ban.", book, record, "2023-12-01")
    assert verdicts(ban, "specification") == ["partly supported"]
    assert "not a formal ban" in ban["rationale"].iloc[0]


def test_either_test_of_a_two_part_threshold_is_partly_supported(book, record):
    """G4 needs TPP under 21,000 and DRAM bandwidth under 6,500 GB/s; "or" makes either
    enough, which the rule does not say."""
    text = ("The policy applies to processors with total processing performance under 21,000 "
            "{} DRAM bandwidth below 6,500 gigabytes per second.")
    either = judged(text.format("or"), book, record, "2026-01-14")
    assert verdicts(either, "specification") == ["partly supported", "partly supported"]
    both = judged(text.format("and"), book, record, "2026-01-14")
    assert verdicts(both, "specification") == ["supported", "supported"]


def test_a_threshold_as_of_the_articles_date(book, record):
    """4,800 TPP was half of the October 2022 test (G3, with a 600 GB/s chip-to-chip rate)
    and all of the October 2023 rule's first test (G2a); before October 2022 the record held
    neither."""
    def first_evidence(rows):
        return rows["evidence"].iloc[0].split(";")[0]

    early = judged("The rules cap chips at 4,800 TPP.", book, record, "2023-03-01")
    assert first_evidence(early) == "G3"  # which also needed a 600 GB/s chip-to-chip rate
    assert list(early["verdict"]) == ["partly supported"]
    both = judged("The rules cover chips with a TPP of 4,800 or more and a chip-to-chip rate "
                  "of 600 GB/s or more.", book, record, "2023-03-01")
    assert list(both["verdict"]) == ["supported", "supported"]
    later = judged("The rules cap chips at 4,800 TPP.", book, record, "2024-03-01")
    assert first_evidence(later) == "G2a" and list(later["verdict"]) == ["supported"]
    before = judged("The rules cap chips at 4,800 TPP.", book, record, "2022-06-01")
    assert first_evidence(before) == "G3" and list(before["verdict"]) == ["unverifiable"]


def test_a_presumption_of_denial_is_a_licence_requirement(book, record):
    """A1e: licences for Huawei are reviewed with a presumption of denial since May 2019."""
    rows = judged("Licence applications for Huawei are reviewed under a presumption of "
                  "denial.", book, record, "2019-05-20")
    assert acts(rows, "licence_required") == [("Huawei", "supported")]


def test_a_probe_for_potential_violations_is_the_probe(book, record):
    """A8a: "investigating ... for potential violations of China's antimonopoly laws" reports
    the probe (the possibility is the violation's), not a finding; the regulator's name is no
    export "Regulation", and investigating is not investing."""
    rows = judged("The State Administration for Market Regulation (SAMR) announced on "
                  "December 9, 2024, that it's investigating Nvidia Corporation (NASDAQ: NVDA) "
                  "for potential violations of China's antimonopoly laws.", book, record,
                  "2024-12-10")
    assert list(zip(rows["action"], rows["verdict"])) == [("antitrust", "supported")]


def test_told_as_done_an_act_not_its_pledge(tmp_path):
    """A15a, not the July 2025 assurance (A13a, a pledge): "has begun issuing licences" in an
    article the parser can only bound long before either (by a date of 2020 it reports)."""
    st = article_statements(tmp_path, "US issues H20 licences\n\nThe export ban on Nvidia's "
                            "chips was imposed in October 2020.\n\nThe US Commerce Department "
                            "has begun issuing licenses to Nvidia to export its H20 chips to "
                            "China.\n")
    row = st[st["action"] == "licence_granted"].iloc[0]
    assert row["verdict"] == "supported" and row["evidence"].startswith("A15a")


def test_new_affiliates_of_a_listed_company_are_a_later_round(book, record):
    """A1a is Huawei's own listing of May 2019; "new Huawei affiliates" were added later, in
    a round the record does not hold. "More Chinese entities, including Zhipu" is Zhipu's
    own round (A10a)."""
    rows = judged("The Commerce Department added dozens of new Huawei affiliates to the Entity "
                  "List.", book, record)
    assert acts(rows, "entity_list") == []
    rows = judged("The US added more Chinese entities to the Entity List, including Zhipu.",
                  book, record)
    assert acts(rows, "entity_list") == [("Zhipu", "supported")]


def test_swift_enforcement_is_an_immediate_effect(book, record):
    """A6a: the October 2023 licence requirements applied at once, told as "the swift
    enforcement of new US export restrictions"."""
    rows = judged("Nvidia has announced the swift enforcement of new US export restrictions "
                  "on the sale of its AI chips to China.", book, record, "2023-10-25")
    assert acts(rows, "immediate_effect") == [("Nvidia", "supported")]


def test_who_acts_is_the_facts_subject(book, record):
    """D8a is Huawei's own push of Ascend for inference: "DeepSeek uses Huawei's Ascend 910C
    for inference" names Huawei only as the chips' owner; D17b is DeepSeek's own."""
    rows = judged("DeepSeek uses Huawei's Ascend 910C chip for inference.", book, record,
                  "2025-01-30")
    assert acts(rows, "inference_focus") == []
    rows = judged("Huawei's Ascend 910C is being used by DeepSeek for inference.", book,
                  record, "2025-01-30")
    assert acts(rows, "inference_focus") == []
    rows = judged("Huawei is focusing its Ascend chips on inference.", book, record,
                  "2025-01-30")
    assert acts(rows, "inference_focus") == [("Ascend;Huawei", "supported")]


def test_an_act_of_a_chinese_authority_is_no_us_rule(book, record):
    """"Beijing barred Alibaba ... from buying" is China's steer (A18b), not a US export rule
    on Nvidia; "the US barred ..." still is one."""
    rows = judged("Beijing barred Alibaba and ByteDance from buying Nvidia's China-specific AI "
                  "chip.", book, record, "2025-09-20")
    assert acts(rows, "export_rule") == []
    assert acts(rows, "discourage") == [("Nvidia", "supported")]
    rows = judged("The US barred Nvidia from selling the H100 to China.", book, record,
                  "2024-01-01")
    assert acts(rows, "export_rule") == [("H100", "partly supported")]


def test_review_traps_of_the_new_cues(book, record):
    """Words that read like the new cues but are not the acts: an expedited shipment, a
    Chinese act reported with "that", "China" as a US rule's adjective, a suspected violation
    (the probe, not the finding), an accused one (the finding)."""
    def acted(text, day, action):
        return acts(judged(text, book, record, day), action)

    assert acted("Nvidia expedited shipments of the H20 to Chinese customers.", "2024-06-01",
                 "immediate_effect") == []
    assert acted("China's SAMR promised swift enforcement against Nvidia.", "2024-12-10",
                 "immediate_effect") == []
    assert acted("Reports said that Beijing restricted purchases of the H20.", "2025-08-15",
                 "export_rule") == []
    assert acted("The H20 became subject to Washington's new China export controls in April "
                 "2025.", "2025-06-01", "export_rule") == [("H20", "supported")]
    assert acted("The A100 and H100 were caught by sweeping US-China export restrictions in "
                 "October 2022.", "2025-06-01", "export_rule") == [("A100;H100", "supported")]
    assert acted("SAMR said Nvidia is suspected of violating the Anti-Monopoly Law.",
                 "2024-12-10", "antitrust") == [("Nvidia", "supported")]
    assert acted("Chinese regulators recently accused Nvidia of violating antitrust laws.",
                 "2025-09-20", "antitrust_finding") == [("Nvidia", "supported")]


def test_review_traps_of_parts_rounds_and_actors(book, record):
    """A figure set against another thing or given per part is not the system's; a company
    named again nearer the act keeps its own listing; "According to the FT, Huawei's ..." is
    still Huawei's; "700+ TFLOPS" is a lower bound the sources meet."""
    rows = judged("Using 384 Ascend 910C chips, it consumes 559 kW versus 145 kW for Nvidia's "
                  "rack.", book, record)
    assert "contradicted" not in verdicts(rows)
    rows = judged("Huawei was blacklisted in 2019, and dozens of new Huawei affiliates followed "
                  "in 2020.", book, record, "2020-08-20")
    assert acts(rows, "entity_list") == [("Huawei", "supported")]
    rows = judged("According to the Financial Times, Huawei's Ascend strategy now targets "
                  "inference.", book, record, "2025-03-01")
    assert acts(rows, "inference_focus") == [("Ascend;Huawei", "supported")]
    rows = judged("Huawei's 910C delivers 700+ TFLOPS of FP16 compute.", book, record)
    assert verdicts(rows, "specification") == ["supported"]
    rows = judged("Chips exceeding 4,800 TPP or 600 GB/s interconnect need a licence.", book,
                  record, "2022-10-20")
    assert verdicts(rows, "specification") == ["partly supported", "partly supported"]


def test_a_headline_infinitive_is_a_plan(book, record):
    """"Huawei to open-source CANN" (a headline's future) is the pledge of 5 August 2025, not
    the December release; "Exports to the US rose" and "According to Reuters" are no plan."""
    rows = judged("Huawei to open-source CANN by the end of the year.", book, record,
                  "2025-08-06")
    assert acts(rows, "open_source") == [("CANN", "supported")]
    assert "pledged" in rows["rationale"].iloc[0]
    rows = judged("According to Reuters, Huawei open-sourced CANN.", book, record,
                  "2025-08-06")
    assert acts(rows, "open_source") == [("CANN", "partly supported")]


def test_told_not_to_buy_is_a_steer_and_told_not_to_panic_is_not(book, record):
    """A21b: firms "instructed not to purchase the H200 unless necessary"; being told not to
    panic, or to stop exporting (a US act on a seller), is no steer away from buying."""
    rows = judged("During these meetings, companies were explicitly instructed not to purchase "
                  "the H200 chips unless it was absolutely necessary.", book, record,
                  "2026-01-14")
    assert acts(rows, "discourage") == [("H200", "supported")]
    for text in ("Nvidia told investors not to panic about the H20.",
                 "Officials had told Nvidia to stop exporting two of its top chips to China."):
        assert acts(judged(text, book, record, "2025-09-01"), "discourage") == [], text


def test_new_as_of_the_date_the_sentence_gives(book, record):
    """"New" restrictions dated October 2023 by the sentence itself were new then, not at the
    article's date 14 months later (A5c)."""
    rows = judged("The US introduced new export restrictions on advanced chips in October "
                  "2023.", book, record, "2024-12-20")
    assert acts(rows, "export_rule") == [("United States", "supported")]


def test_new_in_a_later_month_of_a_standing_restriction_is_no_match(book, record):
    """A standing restriction (A10c: Zhipu restricted since its January 2025 listing) is not
    "new" in a later month the sentence gives: that is another act the record lacks."""
    for text, day in (("Zhipu was hit with new US export restrictions in March 2025.",
                       "2026-01-20"),
                      ("Huawei faced new US export restrictions in March 2024.", "2025-06-01")):
        assert "supported" not in verdicts(judged(text, book, record, day)), text


def test_an_act_dated_a_day_early_is_that_act_its_date_wrong(book, record):
    """A7b: the package of 2 December 2024 reported "on 1 December": partly supported."""
    rows = judged("The Commerce Department issued new controls on 1 December 2024.", book,
                  record, "2024-12-20")
    assert verdicts(rows, "event", "export_rule") == ["partly supported"]
    assert "2024-12-02" in rows["rationale"].iloc[0]


def test_a_further_act_a_few_days_off_is_another_act(book, record):
    """"Tightened ... on October 14, 2023": a further act three days before the rules of 17
    October 2023 is not judged as those rules with a wrong date."""
    rows = judged("The US tightened chip export curbs on October 14, 2023.", book, record,
                  "2024-01-01")
    assert "partly supported" not in verdicts(rows)


# --- comparisons ----------------------------------------------------------------------

def test_ratio_computed_from_both_chips_figures(book, record):
    rows = judged("CloudMatrix 384 has about 1.7 times the dense BF16 compute of the "
                  "GB200 NVL72.", book, record)
    assert verdicts(rows, "comparison") == ["supported"]
    wrong = judged("CloudMatrix 384 has 3 times the dense BF16 compute of the GB200 NVL72.",
                   book, record)
    assert verdicts(wrong, "comparison") == ["contradicted"]


def test_lower_bound_ratio(book, record):
    rows = judged("The Ascend 910C has more than twice the floating-point performance of "
                  "the H20.", book, record)
    assert verdicts(rows, "comparison") == ["supported"]


def test_vendor_comparison_in_the_record(book, record):
    rows = judged("Huawei says the Ascend 910B reaches 80% of the A100's efficiency.", book,
                  record)
    assert verdicts(rows, "comparison") == ["supported"]


def test_order_comparison(book, record):
    assert verdicts(judged("The H200 has more memory than the H20.", book, record),
                    "comparison") == ["supported"]
    assert verdicts(judged("The H20 has more memory than the H200.", book, record),
                    "comparison") == ["contradicted"]


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("The H20 is less powerful than the H100.", "supported"),
    ("The H20 lags the H100 in memory.", "contradicted"),  # 96 GB against 80 GB
])
def test_an_order_with_words_between_the_cue_and_than(book, record, sentence, verdict):
    assert verdicts(judged(sentence, book, record), "comparison") == [verdict]


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("The H200 is as fast as the H100.", "supported"),  # the same dense compute
    ("The Ascend 910C is on par with Nvidia's H100.", "partly supported"),  # about 0.8
    ("The Ascend 910C achieves comparable performance to NVIDIA's H100 chips.",
     "partly supported"),
    ("The H20 is on par with the H100.", "contradicted"),  # about 0.15
    ("The H20 is on par with the H100 in memory bandwidth.", "partly supported"),  # 1.19
    ("The Ascend 910C matches the performance of Nvidia's widely used H100.",
     "partly supported"),
])
def test_a_parity_is_a_ratio_near_one(book, record, sentence, verdict):
    assert verdicts(judged(sentence, book, record), "comparison") == [verdict]


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("The H100 is about six times as powerful as the H20.", "supported"),  # a ratio, 6.7
    ("The H20 is about half as powerful as the A100.", "supported"),  # 148 against 312
    ("The H20 has six times less computing power than the H100.", "partly supported"),
    ("The H20 is six times slower than the H100.", "supported"),  # its order: slower
    ("The Ascend 910C, Huawei's answer to Nvidia's H20, is comparable to the H100.",
     "partly supported"),  # the 910C's, not the H20's
])
def test_ratios_and_appositions_are_no_parity(book, record, sentence, verdict):
    assert verdicts(judged(sentence, book, record), "comparison") == [verdict]


@pytest.mark.parametrize("sentence", [
    "The H20 is nowhere near as powerful as the H100.",
    "The Ascend 910C is at least as powerful as Nvidia's H100.",
])
def test_a_negated_or_bounded_parity_is_not_judged_as_one(book, record, sentence):
    assert "partly supported" not in verdicts(judged(sentence, book, record), "comparison")


def test_a_comparison_scoped_to_a_task_is_no_compute_ratio(book, record):
    rows = judged("The H200 offers nearly twice the performance of the H100 in inference.",
                  book, record)
    assert verdicts(rows, "comparison") == ["unverifiable"]


def test_a_relative_clause_keeps_its_own_subject(book, record):
    rows = judged("The Ascend 910C is an upgrade over its predecessor, the 910B, which itself "
                  "was roughly comparable to Nvidia's A100.", book, record)
    assert rows.loc[rows["statement_kind"] == "comparison", "subjects"].tolist() == [
        "Ascend 910B;A100"]


def test_last_with_a_day_of_the_current_month_is_the_year_before(book, record):
    rows = judged("The rules announced last Oct. 7 restricted sales of the A100 and H100 to "
                  "China.", book, record, on="2023-10-20")
    assert acts(rows, "export_rule") == [("A100;H100", "supported")]


def test_a_parity_needs_its_subject_before_it(book, record):
    rows = judged("It can achieve comparable performance to the H100 by combining two "
                  "Ascend 910B dies.", book, record)
    assert verdicts(rows, "comparison") == []


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("The H200 offers roughly six times the performance of the H20.", "supported"),
    ("The H200 offers six times the performance of the H20.", "partly supported"),
    ("The H200 offers about 5 times the performance of the H20.", "contradicted"),
    ("The H200 is 30 times faster than the H20 in some tasks.", "unverifiable"),
])
def test_a_ratio_of_performance_as_a_whole(book, record, sentence, verdict):
    """The sources give the H200 6.7 times the H20's dense 16-bit compute; a task speed-up
    names no metric the record holds."""
    assert verdicts(judged(sentence, book, record), "comparison") == [verdict]


def test_comparison_on_an_unrecorded_metric_is_unverifiable(book, record):
    rows = judged("The Ascend 910C reaches 60% of the H100's inference performance.", book,
                  record)
    assert verdicts(rows, "comparison") == ["unverifiable"]


# --- events ---------------------------------------------------------------------------

def test_event_with_the_right_date(book, record):
    rows = judged("Zhipu was added to the US Entity List in January 2025.", book, record,
                  "2025-02-01")
    assert verdicts(rows, "event", "entity_list") == ["supported"]
    assert "A10a" in rows["evidence"].iloc[0].split(";")


def test_event_with_the_wrong_date_is_partly_supported(book, record):
    rows = judged("Zhipu was added to the US Entity List in March 2024.", book, record,
                  "2025-02-01")
    assert verdicts(rows, "event", "entity_list") == ["partly supported"]
    assert "2025-01-15" in rows["rationale"].iloc[0]


def test_recurring_event_with_an_unrecorded_date_is_left_unjudged(book, record):
    rows = judged("The Commerce Department issued new chip export rules in June 2021.", book,
                  record, "2021-07-01")
    assert "supported" not in verdicts(rows) and "partly supported" not in verdicts(rows)


def test_a_ban_is_more_than_the_licence_requirement_the_record_holds(book, record):
    banned = judged("The US banned H20 exports to China in April 2025.", book, record,
                    "2025-05-01")
    licensed = judged("The US required a licence for H20 exports to China in April 2025.",
                      book, record, "2025-05-01")
    assert "partly supported" in verdicts(banned, "event")
    assert "not a formal ban" in " ".join(banned["rationale"])
    assert "supported" in verdicts(licensed, "event")
    assert "partly supported" not in verdicts(licensed, "event")


def test_a_company_wide_fact_does_not_speak_for_a_chip_it_does_not_name(book, record):
    chip = judged("Nvidia's B300 processors are restricted from export to China.", book,
                  record, "2025-09-01")
    company = judged("Nvidia's most advanced chips are restricted from export to China.", book,
                     record, "2025-09-01")
    assert "A3c" not in ";".join(chip["evidence"])
    assert "A3c" in ";".join(company["evidence"])


def test_an_action_belongs_to_the_thing_it_acts_on(book, record):
    two = judged("Zhipu released GLM-130B in 2022, and its README listed the Ascend 910 as a "
                 "supported platform.", book, record, "2023-01-01")
    assert not any("Ascend 910" in s and "Released" in s for s in two["statement"])
    listed = judged("Since the launch of the Ascend 310 chip in 2018 and the Ascend 910 chip "
                    "in 2019, Huawei has expanded its range.", book, record, "2025-01-01")
    assert any("Ascend 910" in s for s in listed["statement"])  # a list: both are launched
    entity = judged("Zhipu was listed on the Entity List in January 2025.", book, record,
                    "2025-02-01")
    assert "listing" not in set(entity["action"]) and "entity_list" in set(entity["action"])


def test_a_chip_in_a_relative_clause_is_not_the_subject(book, record):
    """"The 910D, which follows the 910B and 910C, uses …" is about the 910D: the record's
    facts on how the 910C is built do not support it (test fails without the guard)."""
    rows = judged("The Ascend 910D, which follows the 910B and the 910C, uses advanced "
                  "packaging to combine more dies.", book, record, "2025-04-28")
    assert "supported" not in verdicts(rows, "event", "components")
    model = judged("The DeepSeek-V3 model, launched on Jan. 10, used Nvidia's H800 chips.",
                   book, record, "2025-01-28")
    released = model[model["action"] == "release"]  # launched: the model, not the H800
    assert list(released["subjects"]) == ["DeepSeek V3"]
    assert list(released["verdict"]) == ["partly supported"]  # the record: late December
    own = judged("The Ascend 910C, which Huawei ships to Chinese clouds, uses two 910B dies.",
                 book, record, "2025-04-28")
    assert "supported" in verdicts(own, "event", "components")


@pytest.mark.parametrize(
    ("text", "on", "action"),
    [
        ("Zhipu, founded in 2019 and considered one of the country's leading labs, raised "
         "new money.", "2025-03-10", "founded"),
        ("Huawei said on Friday that the Ascend 910 is now available for purchase.",
         "2019-08-24", "release"),
        ("Nvidia sells the A800 in China to meet US export control rules.", "2023-08-10",
         "china_model"),
    ],
)
def test_more_wordings_of_recorded_events(book, record, text, on, action):
    """"Considered one of" is no speculation; "now available" is a launch; "to meet export
    control rules" names a chip made for China."""
    assert "supported" in verdicts(judged(text, book, record, on), "event", action)


def test_standing_restrictions_on_a_listed_company(book, record):
    """An Entity List listing is a standing US export restriction on the company: a later
    sentence on "sanctions against Huawei" is supported, a wrong year partly, "May 2019" is
    a month (not the modal "may"), and "banned" overstates a licence requirement."""
    assert verdicts(judged("Huawei has faced increasingly restrictive US sanctions.", book,
                           record, "2023-09-05"), "event", "export_rule") == ["supported"]
    assert verdicts(judged("The US imposed sanctions on Huawei in May 2019.", book, record,
                           "2019-06-05"), "event", "export_rule") == ["supported"]
    assert verdicts(judged("The US sanctioned Zhipu in 2024.", book, record, "2025-04-05"),
                    "event", "export_rule") == ["partly supported"]
    assert verdicts(judged("US regulators banned sales of the H100 in China in 2022.", book,
                           record, "2023-05-01"), "event", "export_rule") == [
        "partly supported"]


def test_us_export_controls_on_chips_in_general(book, record):
    """The standing US controls on advanced chips for China (A3e): a sentence that names only
    countries is a claim when it states them; a sentence naming one chip is judged on that
    chip's own facts; China's own controls on a metal are not these."""
    rows = judged("US export controls on advanced chips to China are ongoing.", book, record,
                  "2025-11-06")
    assert verdicts(rows, "event", "chip_controls") == ["supported"]
    early = judged("In 2019 the US restricted chip exports to China.", book, record,
                   "2024-01-01")
    assert verdicts(early, "event", "chip_controls") == ["partly supported"]
    named = judged("US export rules restrict the H20 chip.", book, record, "2024-06-01")
    assert "supported" not in verdicts(named, "event")
    assert judged("China's export controls on gallium hit chipmakers.", book, record,
                  "2024-01-01").empty
    model = judged("US export controls on advanced AI chips to China remain in force and "
                   "slowed work on DeepSeek R2, officials said.", book, record, "2025-11-06")
    assert verdicts(model, "event", "chip_controls") == ["supported"]  # a model is no chip
    banned = judged("Washington has already banned direct sales of advanced AI chips to China "
                    "since 2022.", book, record, "2025-07-14")
    assert verdicts(banned, "event", "chip_controls") == ["partly supported"]  # not a ban


@pytest.mark.parametrize("text", [
    "The entire training pipeline used Huawei's MindSpore machine learning framework.",
    "Huawei controls every layer of the Ascend software stack.",
])
def test_a_framework_or_a_verb_is_no_export_rule(book, record, text):
    """Bare "framework" and the verb "controls" are no export rules (with the standing
    restriction on Huawei in the record, either would have supported a sentence that says
    nothing about it)."""
    assert not verdicts(judged(text, book, record, "2026-01-15"), "event", "export_rule")


def test_a_share_of_revenue_the_record_holds_for_named_chips_only(book, record):
    broad = judged("Nvidia must share 15% of its China sales revenue with the US government.",
                   book, record, "2025-08-20")
    assert verdicts(broad, action="revenue_share") == ["partly supported"]
    named = judged("Nvidia must pay the US government 15% of its H20 revenue from China.",
                   book, record, "2025-08-20")
    assert verdicts(named, action="revenue_share") == ["supported"]


def test_allowed_to_be_sold_is_a_sales_decision(book, record):
    rows = judged("The US would allow H20 chips to be sold in China.", book, record,
                  "2025-09-01")
    assert verdicts(rows, "event", "sales_allowed")
    for text in ("The Trump administration recently authorised exports of the H200 to China.",
                 "Orders rose after eased U.S. export rules on the H200."):
        assert verdicts(judged(text, book, record, "2026-01-02"), "event",
                        "sales_allowed") == ["supported"], text


def test_nvidia_launch_dates(book, record):
    assert verdicts(judged("Nvidia announced the H100 in March 2022.", book, record,
                           "2023-01-01"), "event", "release") == ["supported"]
    assert verdicts(judged("Nvidia launched the H200 in 2021.", book, record, "2025-01-05"),
                    "event", "release") == ["partly supported"]


def test_the_h20_was_sold_without_a_licence_until_april_2025(book, record):
    """Designed within the October 2023 rules, the H20 needed no licence until April 2025:
    true in March 2025, not in May 2025 (the record is silent until the August licences)."""
    text = "Nvidia is legally permitted to sell the H20 in China."
    assert verdicts(judged(text, book, record, "2025-03-20"), "event",
                    "sales_allowed") == ["supported"]
    assert "supported" not in verdicts(judged(text, book, record, "2025-05-20"), "event",
                                       "sales_allowed")


def test_a_share_of_the_related_revenue_is_the_recorded_share(book, record):
    rows = judged("Nvidia and AMD won approval to resume lower-end AI chip sales to China on "
                  "condition that they give the US government a 15% cut of the related "
                  "revenue.", book, record,
                  "2025-08-22")
    assert verdicts(rows, action="revenue_share") == ["supported"]


def test_a_date_of_the_future_dates_a_plan_not_the_act(book, record):
    rows = judged("Baidu and ByteDance are currently testing the Ascend 910C ahead of its "
                  "expected October debut.", book, record, "2024-09-15")
    assert "supported" in verdicts(rows, "event", "testing")
    dated = judged("Baidu and ByteDance tested the Ascend 910C in March 2023.", book, record,
                   "2024-09-15")
    assert "partly supported" in verdicts(dated, "event", "testing")


def test_a_new_act_is_not_a_standing_state_or_an_old_act(book, record):
    """'New rules' are an act near the article's date: neither the restriction Nvidia has been
    under since 2022 nor, for an article of 2025, the rules of October 2022 support them
    (test fails without the guard: A3c supports the first, A3d the second)."""
    new = judged("Nvidia criticised Biden over his new AI chip rules.", book, record,
                 "2025-01-14")
    assert "A3c" not in ";".join(new["evidence"])
    old = judged("The Commerce Department issued new export controls on AI chips.", book,
                 record, "2025-01-14")
    assert "A3d" not in ";".join(old["evidence"])
    standing = judged("Nvidia's China revenue fell because of export restrictions.", book,
                      record, "2025-01-14")
    assert "A3c" in ";".join(standing["evidence"])


def test_a_figure_a_chip_was_cut_down_to_is_not_that_chips(book, record):
    rows = judged("With the A100, Nvidia trimmed the GPU's 600 GBps interconnect down to "
                  "400 GBps and rebranded it as the A800.", book, record, "2023-03-22")
    specs = rows[rows["statement_kind"] == "specification"]
    assert "contradicted" not in specs["verdict"].tolist()
    assert "supported" in specs["verdict"].tolist()  # the A100's own 600 GBps


def test_negated_sentence_is_not_matched_to_the_positive_fact(book, record):
    rows = judged("Nvidia was not added to the Entity List.", book, record, "2025-02-01")
    assert "supported" not in verdicts(rows)


def test_another_companys_model_is_not_supported(book, record):
    rows = judged("DeepSeek trained its new model on Huawei's Ascend chips.", book, record,
                  "2026-01-20")
    assert "supported" not in verdicts(rows)


def test_a_first_the_record_does_not_hold(book, record):
    rows = judged("GLM-Image is the first AI model ever trained on Huawei's Ascend chips.",
                  book, record, "2026-01-20")
    first = rows[rows["statement"].str.contains("superlative")]
    assert first["verdict"].tolist() == ["unverifiable"]
    # the statement shows what is claimed first, up to the phrase's end
    assert first["statement"].tolist() == [
        "a superlative: 'first AI model ever trained on Huawei's Ascend chips'"]
    assert overall(rows["verdict"].tolist()) == "partly supported"


@pytest.mark.parametrize("text", [
    "First announced in 2023, Nvidia's H20 GPUs are a cut-down version of its H100.",
    "Nvidia said it would book $5.5 billion of charges in its first financial quarter.",
])
def test_first_as_a_time_is_no_superlative(book, record, text):
    rows = judged(text, book, record, "2025-04-20")
    assert not rows["statement"].str.contains("superlative").any()
    assert "supported" in verdicts(rows)


def test_a_listing_told_as_to_list_in_a_market(book, record):
    rows = judged("Zhipu became the first Chinese AI company to list in Hong Kong in "
                  "January 2026.", book, record, "2026-02-01")
    assert verdicts(rows, "event", "listing") == ["supported"]
    assert overall(rows["verdict"].tolist()) == "partly supported"  # the 'first' is extra


def test_a_figure_after_an_opening_while_is_the_first_things(book, record):
    """An opening "While" sets nothing side by side yet: the figure after the first thing
    named is that thing's, and the one after "compared to … provided by" the other's."""
    rows = judged("While Huawei's CM384 claims to offer 300 petaflops of BF16 compared to the "
                  "180 petaflops of BF16 provided by Nvidia's GB200 NVL72, it uses more power.",
                  book, record, "2025-04-25")
    spec = rows[rows["statement_kind"] == "specification"]
    assert sorted(spec["subjects"].tolist()) == ["CloudMatrix 384", "GB200 NVL72"]
    assert spec["verdict"].tolist() == ["supported", "supported"]


def test_a_gpu_named_with_its_maker_is_not_said_of_ascend(tmp_path):
    write_article(tmp_path, "a.txt", "Huawei courts Nvidia users\n\nSince Nvidia GPU and "
                  "Ascend chips run different software, Huawei offers a tool to make the two "
                  "compatible.\n\nHuawei calls its Ascend chips GPUs in some of its "
                  "marketing.\n")
    st = load_corpus(tmp_path)["statements"]
    said = st.loc[st["statement"] == "Ascend chips are GPUs", "line_no"].tolist()
    assert said == [5]


def test_a_relative_time_in_the_past_dates_the_act(book, record):
    """Against the article's day, "three years ago" is 2021: not the A100's launch of 2020
    (no few days' slack for a stated year), and the chip the relative clause is not about
    is not said to have debuted."""
    rows = judged("Huawei's 910B chip is regarded as a challenger to Nvidia's A100 chip, "
                  "which debuted approximately three years ago.", book, record, "2024-02-23")
    release = rows[rows["action"] == "release"]
    assert release["subjects"].tolist() == ["A100"]
    assert release["verdict"].tolist() == ["partly supported"]


def test_a_weekday_of_speech_does_not_date_the_act(book, record):
    """"said on Monday" dates the saying; "on Saturday by unveiling" dates the unveiling."""
    said = judged("DeepSeek's R2 is delayed, the report said on Monday.", book, record,
                  "2025-12-25")
    assert verdicts(said, "event", "release_delay") == ["supported"]
    shown = judged("Huawei sparked attention on Saturday by unveiling the CloudMatrix 384.",
                   book, record, "2025-07-28")
    assert verdicts(shown, "event", "release") == ["partly supported"]  # April, not July


def test_a_relative_time_of_the_present_runs_up_to_the_article_day(book, record):
    """"this month" in a page of 15 September is 1 to 15 September: not the CloudMatrix 384's
    April unveiling; in a page of 20 April it is April, and agrees."""
    sept = judged("Huawei unveiled the CloudMatrix 384 this month.", book, record, "2025-09-15")
    assert verdicts(sept, "event", "release") == ["partly supported"]
    april = judged("Huawei unveiled the CloudMatrix 384 this month.", book, record,
                   "2025-04-20")
    assert verdicts(april, "event", "release") == ["supported"]


@pytest.mark.parametrize("text", [
    "Analysts excluded Huawei from the ranking.",
    "The H20 charge was excluded from Nvidia's adjusted earnings.",
    "Nvidia said the H20 complies with all applicable laws.",
    "Chinese firms must comply with Beijing's guidance on H20 purchases.",
    "Chinese regulators discouraged banks from using H2O.ai's AutoML software.",
])
def test_words_near_a_rule_that_state_no_rule(book, record, text):
    """Review findings: "excluded", "complies" and "H2O" alone say nothing the record holds."""
    rows = judged(text, book, record, "2025-09-01")
    assert "supported" not in verdicts(rows, "event")


def test_an_act_keeps_its_own_date(book, record):
    """"initially launched ... in 2017" is dated by 2017; "said it launched ... last month"
    by last month: the speech guard covers only "said on Monday"-like tails."""
    rows = judged("Huawei had initially launched the Ascend 910 in 2017.", book, record,
                  "2020-01-01")
    assert verdicts(rows, "event", "release") == ["partly supported"]
    rows = judged("Nvidia said it launched the H20 last month.", book, record, "2024-09-15")
    assert verdicts(rows, "event", "release") == ["partly supported"]


def test_a_relative_clause_check_stays_linear():
    """A run of adverbs after "which" used to backtrack exponentially (2^40 steps here: the
    test would not end); the repetition is possessive now."""
    from chipclaims.link.judge import RELATIVE_OPENING

    assert RELATIVE_OPENING.fullmatch(" chip, which " + "only " * 40 + "5 ") is None
    assert RELATIVE_OPENING.fullmatch(" chip, which recently ")


def test_a_delayed_act_is_not_the_act(book, record):
    rows = judged("The H20 launch has now been pushed back until the first quarter of next "
                  "year, the sources say.", book, record, "2023-11-24")
    assert "release" not in rows["action"].tolist()
    rows = judged("Biden pushed ahead with further export restrictions on AI chips, despite "
                  "push back from the industry.", book, record, "2025-01-16")
    assert "supported" in verdicts(rows)


def test_a_count_the_record_does_not_hold_is_its_own_statement(book, record):
    rows = judged("Zhipu trained GLM-Image on 1,000 Ascend chips.", book, record, "2026-01-20")
    assert verdicts(rows, "event", "trained_on") == ["supported"]
    extra = rows[rows["value"] == 1000]
    assert extra["verdict"].tolist() == ["unverifiable"]
    assert overall(rows["verdict"].tolist()) == "partly supported"


@pytest.mark.parametrize(("count", "verdict"), [
    ("68 affiliates", "supported"),
    ("nearly 70 affiliates", "supported"),  # an approximate count within the tolerance
    ("67 of its affiliates", "partly supported"),  # stated plainly, one short of 68 to 70
    ("38 affiliates", "unverifiable"),  # far off: another listing, which the record lacks
])
def test_a_count_stated_plainly_must_be_the_records(book, record, count, verdict):
    rows = judged(f"The Commerce Department added Huawei and {count} to the Entity List.",
                  book, record, "2019-05-17")
    stated = rows[rows["statement_kind"] != "attribution"]  # who said it: not in the record
    assert overall(stated["verdict"].tolist()) == verdict
    if verdict == "partly supported":
        assert "the record gives 68–70" in " ".join(stated["rationale"])


def test_an_agencys_rules_in_an_undated_sentence_are_not_guessed(book, record):
    """The record has several Commerce rules; with no date, "new rules" could be any of
    them, so none is picked (the latest would be a guess); a dated article picks the rule
    known by its day."""
    text = "The US Department of Commerce outlined new rules on chip export restrictions."
    assert "export_rule" not in judged(text, book, record)["action"].tolist()
    rows = judged(text, book, record, "2023-10-18")
    assert verdicts(rows, action="export_rule") == ["supported"]
    assert "17 October 2023" in rows.loc[rows["action"] == "export_rule", "rationale"].iloc[0]


@pytest.mark.parametrize(("text", "supported"), [
    ("Zhipu trained GLM-Image entirely on Huawei Ascend chips.", True),
    ("Zhipu trained GLM-Image on Nvidia H100 chips.", False),  # not the record's hardware
    ("Huawei trained Pangu Ultra MoE on Nvidia GPUs.", False),
])
def test_training_hardware_must_be_the_records(book, record, text, supported):
    rows = judged(text, book, record, "2026-01-20")
    assert ("supported" in verdicts(rows, action="trained_on")) is supported


def test_amd_s_mi308_is_restricted_and_pays_the_fee(book, record):
    rows = judged("In April, US authorities placed the MI308 under export restrictions "
                  "alongside Nvidia's H20 accelerator.", book, record, "2025-12-05")
    assert "supported" in verdicts(rows, action="export_rule")
    rows = judged("AMD would pay a 15% fee on MI308 sales to China.", book, record,
                  "2025-12-05")
    assert verdicts(rows, action="revenue_share") == ["supported"]


def test_without_approval_is_no_reversal(book, record):
    """"approval" (a noun) does not lift a restriction as "approved sales" does."""
    rows = judged("The US placed Huawei on an entity list in May 2019, which barred US "
                  "companies from doing business with it without government approval.", book,
                  record, "2020-05-18")
    assert verdicts(rows, action="entity_list") == ["supported"]


def test_a_document_released_is_not_the_product(book, record):
    rows = judged("Huawei expected CloudMatrix 384 to reshape AI infrastructure, according to "
                  "the paper released this week.", book, record, "2025-06-18")
    assert "release" not in rows["action"].tolist()
    rows = judged("Huawei released the CloudMatrix 384 in April.", book, record, "2025-06-18")
    assert verdicts(rows, action="release") == ["supported"]


def test_a_cue_inside_an_organisations_name_is_no_cue(book, record):
    """"Regulation" in "State Administration for Market Regulation" is not a rule, and the
    year of "its 2020 acquisition" dates the acquisition, not the probe."""
    rows = judged("China's State Administration for Market Regulation said on Monday that it is "
                  "investigating whether Nvidia broke the anti-monopoly law with its 2020 "
                  "acquisition of Mellanox.", book, record, "2024-12-10")
    assert "export_rule" not in rows["action"].tolist()
    assert verdicts(rows, action="antitrust") == ["supported"]


@pytest.mark.parametrize("text", [
    "Zhipu AI emerged from the academic sphere, having been born at Tsinghua University.",
    "China's OpenAI challenger Zhipu AI has just received funding from Meituan, the food "
    "delivery company.",
    "A Zhipu AI affiliate joined a Meituan subsidiary as a shareholder, giving the firm a 10% "
    "stake.",
])
def test_zhipu_s_origin_and_its_investors(book, record, text):
    assert "supported" in verdicts(judged(text, book, record, "2023-07-20"))


def test_a_lower_bound_agrees_with_a_larger_record_figure(book, record):
    rows = judged("Zhipu AI, valued at more than 2 billion dollars, developed ChatGLM.", book,
                  record, "2024-06-10")
    assert verdicts(rows, "money") == ["supported"]
    rows = judged("Zhipu AI, valued at 2 billion dollars, developed ChatGLM.", book, record,
                  "2024-06-10")
    assert verdicts(rows, "money") == ["partly supported"]


def test_a_fee_for_certain_chips_is_the_records_fee_for_named_chips(book, record):
    rows = judged("Trump negotiated an arrangement letting Nvidia and AMD resume shipments of "
                  "certain chips to China, provided they pay a 15% fee.", book, record,
                  "2025-12-05")
    assert verdicts(rows, action="revenue_share") == ["supported"]


def test_a_plan_to_list_is_no_listing_even_in_an_undated_article(book, record):
    """An undated article is judged as of the day the record learned a fact it reports, so
    reading "IPO" in a plan as the listing would make it "supported"."""
    for text in ("Zhipu is preparing an IPO in Hong Kong.",
                 "Zhipu and MiniMax are currently building their IPO books in Hong Kong."):
        rows = judged(text, book, record)
        assert "listing" not in rows["action"].tolist()


def test_a_date_before_and_belongs_to_the_other_predicate(book, record):
    rows = judged("Z.ai was spun out of Tsinghua University in 2019 and listed in Hong Kong "
                  "this January.", book, record, "2026-02-01")
    listing = rows[rows["action"] == "listing"]
    assert listing["verdict"].tolist() == ["supported"]
    assert "2019" not in listing["stated_date"].iloc[0]
    # a date opening the sentence governs every predicate
    rows = judged("In 2020, Huawei was blacklisted and added to the Entity List.", book, record,
                  "2020-06-01")
    assert verdicts(rows, action="entity_list") == ["partly supported"]


def test_an_allowance_with_its_fee_is_two_statements_of_one_decision(book, record):
    rows = judged("Trump's announcement allowing H200 exports to China for a 25% royalty "
                  "surprised prosecutors.", book, record, "2025-12-31")
    assert sorted(rows["action"]) == ["revenue_share", "sales_allowed"]
    assert set(verdicts(rows)) == {"supported"}  # the December decision, not January's rule
    assert "release" not in rows["action"].tolist()  # the announcement releases no chip


def test_a_chip_designed_to_fall_outside_the_rules_is_a_china_model(book, record):
    rows = judged("Its H20 chips are designed to fall outside US restrictions on AI chip sales "
                  "to Chinese customers.", book, record, "2024-07-04")
    assert rows["action"].tolist() == ["china_model"]
    assert verdicts(rows) == ["supported"]


def test_a_former_name_in_an_appositive_is_not_dated_by_the_main_clause(book, record):
    rows = judged("Z.ai, formerly Zhipu AI, was spun out of Tsinghua University in 2019.", book,
                  record, "2025-09-04")
    assert verdicts(rows, action="rebrand") == ["supported"]
    assert verdicts(rows, action="founded") == ["supported"]


@pytest.mark.parametrize(("text", "on"), [
    # a date before "Huawei and its affiliates" still dates the listing
    ("The Commerce Department on May 16, 2018 placed Huawei and its affiliates on the Entity "
     "List.", "2026-02-01"),
    # a comma inside an appositive does not close it
    ("The Ascend 910, launched in Shenzhen, China, in 2016, is a data-centre chip.",
     "2025-06-01"),
    ("Zhipu was co-founded in 2015 by Tsinghua professors.", "2025-06-01"),  # not "US-"
    # bounds: negated, against an open-ended record, and no tolerance past the record
    ("Huawei was added to the Entity List in May 2019 with not more than 20 affiliates.",
     "2025-06-01"),
    ("Huawei was added to the Entity List in May 2019 with at least 76 affiliates.",
     "2025-06-01"),
    ("Zhipu raised less than 3 billion yuan in 2023.", "2024-06-01"),
    # a market share is no fee; a former backer is no former name; a software version is no chip
    ("The H200 accounts for 25% of Nvidia's data-centre sales, while the US share of global "
     "chip manufacturing has shrunk.", "2025-12-20"),
    ("Zhipu, formerly a research lab at Tsinghua University, builds GLM models.", "2025-09-01"),
    ("Nvidia's H800 sold well, and an updated version of its software for China followed.",
     "2025-06-01"),
    # a second subject of the same action keeps its own (wrong) date
    ("Huawei and 68 affiliates were added to the Entity List in May 2019, and Zhipu was added "
     "to the Entity List in March 2021.", "2025-06-01"),
])
def test_review_traps_are_not_supported(book, record, text, on):
    rows = judged(text, book, record, on)
    stated = rows[rows["statement_kind"] != "attribution"]
    assert overall(stated["verdict"].tolist()) != "supported"


@pytest.mark.parametrize(("text", "on", "action"), [
    ("Huawei, which has 200,000 employees, was added to the Entity List in May 2019.",
     "2019-06-01", "entity_list"),  # a count of something else leaves the listing judged
    ("The H20 falls under US export controls since April 2025.", "2025-09-01", "export_rule"),
    ("Zhipu, after preparing for months, completed its Hong Kong listing on January 8, 2026.",
     "2026-01-09", "listing"),
    ("Nvidia announced on Tuesday the H100, its new flagship GPU.", "2022-03-23", "release"),
])
def test_review_true_claims_keep_their_verdict(book, record, text, on, action):
    assert "supported" in verdicts(judged(text, book, record, on), action=action)


@pytest.mark.parametrize(("text", "verdict"), [
    ("The US granted Nvidia licences to sell the H20 in China in July 2025.",
     "partly supported"),  # July was the assurance; licences came in August
    ("The US said in July 2025 that it would grant Nvidia licences to sell the H20 in China.",
     "supported"),
    ("The US granted Nvidia licences to sell the H20 in China in August 2025.", "supported"),
])
def test_a_pledge_told_as_done_on_its_own_date(book, record, text, verdict):
    assert verdicts(judged(text, book, record, "2025-09-01"), action="licence_granted") == [
        verdict]


@pytest.mark.parametrize(("text", "on", "action", "verdict"), [
    ("China has launched an anti-monopoly investigation into Nvidia, the leading US chipmaker.",
     None, "antitrust", "supported"),  # the probe of December 2024, not the later finding
    ("China's market regulator found that Nvidia violated the anti-monopoly law.",
     "2025-09-20", "antitrust_finding", "supported"),
    ("China's market regulator found that Nvidia violated the anti-monopoly law.",
     "2025-01-20", "antitrust_finding", "unverifiable"),
])
def test_an_antitrust_probe_and_its_finding_are_two_acts(book, record, text, on, action,
                                                         verdict):
    rows = judged(text, book, record, on)
    assert verdicts(rows, action=action) == [verdict]
    assert len(set(rows["action"]) - {""}) == 1


@pytest.mark.parametrize(("text", "on"), [
    ("Huawei plans to launch the Ascend 960 in the fourth quarter of 2027.", "2025-10-01"),
    ("Huawei has delivered more than ten CloudMatrix 384 systems.", "2025-08-01"),
    ("Nvidia released the A800 for China in late 2022.", "2023-01-10"),
    ("Huawei announced the Ascend 310 at Huawei Connect in October 2018.", "2018-11-01"),
])
def test_roadmap_and_launch_facts_from_the_briefing(book, record, text, on):
    assert "supported" in verdicts(judged(text, book, record, on))


def test_each_figure_is_read_with_its_own_cue(book, record):
    """Many figures in one long sentence: each statement spans its figure and the cue nearest
    it, not everything from the sentence's first cue (which grew with the square of the
    sentence's length)."""
    text = "Nvidia agreed to pay the US government 15% of its China revenue from the H20, " * 40
    rows = judged(text.rstrip(", ") + ".", book, record, "2025-09-01")
    spans = (rows["end"] - rows["start"]).tolist()
    assert spans and max(spans) < 200


# --- money ----------------------------------------------------------------------------

def test_money_figure_of_the_record(book, record):
    rows = judged("Zhipu raised HK$4.35 billion in its Hong Kong listing.", book, record,
                  "2026-01-09")
    assert verdicts(rows, "money") == ["supported"]


def test_cumulative_total_called_one_round(book, record):
    rows = judged("Zhipu raised $1.4 billion in a single funding round.", book, record,
                  "2025-09-01")
    assert verdicts(rows, "money") == ["partly supported"]
    assert "cumulative" in " ".join(rows.loc[rows["statement_kind"] == "money", "rationale"])


def test_wrong_figure_for_the_only_matching_fact(book, record):
    rows = judged("Nvidia booked a $7 billion charge over the H20 licence rule.", book, record,
                  "2025-05-01")
    assert verdicts(rows, "money") == ["partly supported"]
    assert "5.5 billion" in " ".join(rows.loc[rows["statement_kind"] == "money", "rationale"])


def test_share_of_revenue(book, record):
    rows = judged("Nvidia will pay the US government 15% of its H20 revenue from China.",
                  book, record, "2025-08-12")
    assert "supported" in verdicts(rows, action="revenue_share")


# --- attribution ----------------------------------------------------------------------

def test_attribution_to_the_recorded_source(book, record):
    rows = judged("DeepSeek's R2 training runs on Huawei Ascend chips failed, the Financial "
                  "Times reported.", book, record, "2025-08-15")
    att = rows[rows["statement_kind"] == "attribution"]
    assert att["verdict"].tolist() == ["supported"]
    assert att["attributed_to"].iloc[0] == "Financial Times"


# --- time -----------------------------------------------------------------------------

def test_fact_the_record_learned_later_is_unverifiable_as_of_publication(book, record):
    rows = judged("Zhipu listed its shares on the Hong Kong stock exchange.", book, record,
                  "2025-06-01")
    row = rows[rows["action"] == "listing"].iloc[0]
    assert row["verdict"] == "unverifiable" and row["verdict_today"] == "supported"
    assert "2026-01-08" in row["note_today"]


def test_true_when_published_then_changed(book, record):
    rows = judged("Nvidia can sell the H800 to Chinese customers.", book, record, "2023-05-01")
    row = rows[rows["action"] == "sales_allowed"].iloc[0]
    assert row["verdict"] == "supported"
    assert row["verdict_today"] == "partly supported"
    assert row["note_today"].startswith("true when published; changed on 2023-10-17 by A5")


def test_pledge_told_as_done_then_kept(book, record):
    rows = judged("Huawei has open-sourced its CANN toolkit.", book, record, "2025-08-20")
    row = rows[rows["action"] == "open_source"].iloc[0]
    assert row["verdict"] == "partly supported" and "pledge" in row["rationale"]
    assert row["verdict_today"] == "supported"


def test_undated_article_is_judged_as_of_the_record_and_says_so(book, record):
    rows = judged("Zhipu was added to the US Entity List in January 2025.", book, record)
    assert rows["as_of"].iloc[0] == record.latest.isoformat()
    assert "publication date unknown" in rows["rationale"].iloc[0]


# --- one claim per sentence -----------------------------------------------------------

def test_overall_verdict_of_a_sentence():
    assert overall(["supported", "supported"]) == "supported"
    assert overall(["supported", "unverifiable"]) == "partly supported"
    assert overall(["supported", "contradicted"]) == "contradicted"
    assert overall(["unverifiable"]) == "unverifiable"
    assert overall([]) == ""


def test_one_claim_per_sentence_whatever_checks_match(tmp_path):
    write_article(tmp_path, "a.txt", "Zhipu moves to Ascend\nPublished: January 20, 2026\n"
                  "Zhipu trained its GLM-Image model on 1,000 of Huawei's Ascend chips, with "
                  "thousands of interconnected chips in total.\n")
    corpus = load_corpus(tmp_path)
    claims = corpus["claims"]
    assert claims["claim_id"].is_unique and (claims["claim_id"] == claims["sentence_id"]).all()
    row = claims[claims["text"].str.contains("GLM-Image")].iloc[0]
    assert len(row["check_id"].split(";")) >= 2  # several checks, one claim
    assert row["verdict"] != "supported"  # the count is not in the record
    st = corpus["statements"]
    parts = st[st["sentence_id"] == row["sentence_id"]]
    assert set(parts["basis"]) == {"record", "check"}


def test_the_ipo_plan_check_needs_words_of_a_plan(tmp_path):
    """"Zhipu plans a public offering" (F4) judges a plan, not every sentence naming the IPO
    ("suspended its public trading following a ... public offering" is no plan)."""
    claims = claims_by_line(tmp_path, "Zhipu news\nPublished: September 20, 2025\n"
                            "Zhipu plans to organise a public offering next year.\n"
                            "Zhipu has suspended its public trading following its initial "
                            "public offering.\n")
    assert "F4" in claims.loc[3, "check_id"].split(";")
    assert "F4" not in claims.loc[4, "check_id"].split(";")


def test_check_applies_only_within_its_validity(tmp_path):
    text = ("Zhipu news\nPublished: {day}\nZhipu trained its GLM-Image model on Huawei's "
            "Ascend chips.\n")
    write_article(tmp_path, "early.txt", text.format(day="March 3, 2024"))
    write_article(tmp_path, "late.txt", text.format(day="January 20, 2026"))
    st = load_corpus(tmp_path)["statements"]
    checked = st[st["basis"] == "check"]
    late = checked[checked["article_id"] == "late"]
    early = checked[checked["article_id"] == "early"]
    assert "Z1" in {i.split("#")[1] for i in late["statement_id"]}
    assert early.empty or (early["verdict"] == "").all()


def test_a_check_does_not_support_a_day_none_of_its_evidence_holds(tmp_path):
    text = ("Zhipu news\nPublished: December 22, 2025\nZhipu plans a public offering in "
            "Hong Kong{tail}.\n")
    write_article(tmp_path, "dated.txt", text.format(
        tail=" after it cleared a listing hearing on December 17, 2025"))
    write_article(tmp_path, "plain.txt", text.format(tail=""))
    st = load_corpus(tmp_path)["statements"]
    checked = st[st["basis"] == "check"].set_index("article_id")
    assert checked.loc["plain", "verdict"] == "supported"
    assert checked.loc["dated", "verdict"] == "unverifiable"
    assert "2025-12-17" in checked.loc["dated", "rationale"]


# --- the command ----------------------------------------------------------------------

def test_judge_command_prints_verdicts_and_evidence(capsys):
    code = main(["judge", "Zhipu was added to the US Entity List in January 2025.",
                 "--date", "2025-02-01"])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "supported" in out and "as of 2025-02-01" in out and "https://" in out


@pytest.mark.parametrize("text,message", [
    ("   ", "empty"), ("华为发布昇腾芯片", "English"), ("1234 5678", "no words")])
def test_judge_command_rejects_bad_input_clearly(text, message, capsys):
    code = main(["judge", text])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and message in err and "Traceback" not in err


def test_judge_command_rejects_a_bad_date(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["judge", "Zhipu listed in Hong Kong.", "--date", "2025-13-01"])
    assert exc.value.code == EXIT_USAGE and "not a date" in capsys.readouterr().err


def test_check_text_is_a_function_too(book):
    with pytest.raises(InputError):
        judge_text("", None, book)


def _bounded(tmp_path, text: str, bound: str):
    """The statements of a one-article corpus whose only date is the lower bound ``bound``."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    arts = corpus["articles"]
    assert arts["published_from"].iloc[0] == bound and not arts["published_to"].iloc[0]
    return corpus["statements"]


@pytest.mark.parametrize(("text", "bound", "action"), [
    # dated only by "June 2025", its own statement of an event of 30 June 2025
    ("Huawei opens its models\n\nIn June 2025, Huawei open-sourced the Pangu Pro MoE models "
     "on a developer platform to encourage adoption among developers.\n", "2025-06-01",
     "open_source"),
    # dated only by "April 2025", the 15% share of H20 revenue (a fact of August 2025)
    ("Nvidia to pay the US\n\nH20 sales to China stopped in April 2025. Nvidia agreed to pay "
     "the US government 15% of its H20 revenue from China.\n", "2025-04-01", "revenue_share"),
])
def test_an_article_dated_by_a_bound_was_written_after_the_dated_event_it_reports(
        tmp_path, text, bound, action):
    """An article dated only by a lower bound that states an event with its own date, or
    gives its figure, was written after that event: supported, not 'not yet in the
    record'."""
    st = _bounded(tmp_path, text, bound)
    row = st[st["action"] == action].iloc[0]
    assert row["verdict"] == "supported" and "written on or after" in row["rationale"]


def test_an_article_dated_by_a_bound_was_written_after_an_undated_fact_it_reports(tmp_path):
    """Dated only by "October 2022", an article that says the H800 was made for China reports
    a fact the record holds from November 2022: judged as of then; a statement the record
    dates otherwise ("released in 2019") is not moved."""
    st = _bounded(tmp_path, "Chips for China\n\nThe US restricted the A100 in October 2022. "
                  "The H800 chips were designed specifically for China. The H800 was released "
                  "in 2019.\n", "2022-10-01")
    made = st[st["action"] == "china_model"].iloc[0]
    assert made["verdict"] == "supported" and "written on or after" in made["rationale"]
    released = st[st["action"] == "release"].iloc[0]
    assert released["verdict"] != "supported"


@pytest.mark.parametrize("text", [
    "The A800 and H800 are cut-down versions of the A100 and H100.",
    "The A800 is Nvidia's alternative to the A100 for customers in China.",
    "The H800 was designed for China after the US barred exports of more powerful AI chips.",
])
def test_a_chip_made_for_china(book, record, text):
    rows = judged(text, book, record, "2023-06-01")
    assert verdicts(rows, "event", "china_model") == ["supported"]
    assert "sales_allowed" not in rows["action"].tolist()  # made for China is not "may sell"


def test_rules_a_chip_complies_with_do_not_restrict_it(book, record):
    rows = judged("The A800 complies with US export restrictions.", book, record, "2023-06-01")
    assert "export_rule" not in rows["action"].tolist()
    assert verdicts(rows, "event", "export_compliant") == ["supported"]
    # a state, not a design: after the October 2023 rules the A800 needed a licence (A5)
    rows = judged("The A800 complies with US export restrictions.", book, record, "2024-06-01")
    assert verdicts(rows, "event", "export_compliant") == ["partly supported"]
    assert "held until 2023-10-17" in rows["rationale"].iloc[0]
    rows = judged("Nvidia designed the A800 to comply with US export rules.", book, record,
                  "2024-06-01")
    assert verdicts(rows, "event", "china_model") == ["supported"]
    rows = judged("Nvidia made another GPU for China that's compliant with the U.S. "
                  "government's export restrictions.", book, record, "2023-12-01")
    assert "supported" not in verdicts(rows, "event", "export_rule")


def test_a_chip_that_abides_by_the_rules_meets_them(book, record):
    """"abides by the new rules that aim to limit ..." is compliance, not a restriction."""
    rows = judged("Nvidia has started production on a processor for China, known as A800 GPU, "
                  "which abides by the new rules that aim to limit the country's access to "
                  "high-level chips.", book, record, "2022-11-08")
    assert "export_rule" not in rows["action"].tolist()
    assert verdicts(rows, "event", "export_compliant") == ["supported"]


def test_without_government_approval_states_a_licence_requirement(book, record):
    """The cue's own "without" is no negation; "the telecommunications company" is Huawei, not
    the Commerce Department named before it (a public body is never a company)."""
    rows = judged("The US Commerce Department on Thursday placed Huawei Technologies and 68 "
                  "affiliates on its Entity List - a move that bans the telecommunications "
                  "company from buying parts from American firms without US government "
                  "approval.", book, record, "2019-05-17")
    assert verdicts(rows, "event", "licence_required") == ["supported"]
    assert "Huawei" in rows.loc[rows["action"] == "licence_required", "subjects"].iloc[0]
    rows = judged("Huawei was not required to seek government approval.", book, record,
                  "2019-05-17")
    assert "supported" not in verdicts(rows, "event", "licence_required")


@pytest.mark.parametrize("text", [
    "Nvidia cannot ship its most cutting-edge chips to China.",
    "Nvidia has been unable to send its most powerful chips to China for several years.",
])
def test_a_company_that_cannot_ship_to_china_is_restricted(book, record, text):
    rows = judged(text, book, record, "2025-07-16")
    assert verdicts(rows, "event", "export_rule") == ["supported"]


def test_announcing_that_sales_resume_is_no_launch(book, record):
    rows = judged("Nvidia announced Tuesday it will resume sales of its H20 chips to China.",
                  book, record, "2025-09-20")
    assert "release" not in rows["action"].tolist()
    rows = judged("Huawei announced that by the end of March 2026 it will begin shipping a new "
                  "AI accelerator, the Ascend 950PR.", book, record, "2025-09-20")
    assert "release" in rows["action"].tolist()


def test_a_sentence_opening_with_a_description_is_judged(tmp_path):
    """"The California-based company ... cannot ship" is about Nvidia, named just before: the
    sentence is a claim although it names no organisation itself."""
    st = article_statements(tmp_path, "Nvidia shares rose\nUS tech giant Nvidia said on "
                            "Tuesday it had filed applications to sell its H20 chips again.\n"
                            "The California-based company cannot ship its most cutting-edge "
                            "chips to China.\n")
    row = st[(st["line_no"] == 3) & (st["action"] == "export_rule")]
    assert row["subjects"].tolist() == ["Nvidia"] and row["verdict"].tolist() == ["supported"]


def test_a_chip_that_meets_the_rules_and_blocked_shipments(book, record):
    rows = judged("Nvidia started producing a chip called the A800, which is dedicated to the "
                  "Chinese market and meets US export control rules.", book, record, "2022-11-10")
    assert verdicts(rows, "event", "export_compliant") == ["supported"]
    assert "supported" not in verdicts(rows, "event", "export_rule")
    rows = judged("The charges stem from blocked shipments of AMD's high-end MI308 AI processors "
                  "to China.", book, record, "2025-04-20")
    assert verdicts(rows, "event", "export_rule") == ["supported"]
    rows = judged("The Trump administration recently gave the go-ahead for Nvidia to send the "
                  "H200 to China.", book, record, "2025-12-20")
    assert verdicts(rows, "event", "sales_allowed") == ["supported"]
    rows = judged("Nvidia executives were meeting with officials as export controls on the A800 "
                  "took effect.", book, record, "2023-11-10")
    assert verdicts(rows, "event", "export_rule") == ["supported"]  # "meeting with": no compliance


def test_a_date_in_an_aside_or_another_relative_clause_does_not_date_the_design(book, record):
    rows = judged("These include the H100 chip – whose exports to China were banned in "
                  "September 2022 – as well as the A800 and H800 chips Nvidia then developed for "
                  "the Chinese market but which were also banned in October 2023.", book, record,
                  "2024-01-15")
    design = rows[rows["action"] == "china_model"]
    assert design["verdict"].tolist() == ["supported"]
    assert "dated" not in design["statement"].iloc[0]


def test_a_target_is_a_restriction_only_when_rules_target(book, record):
    """"targets" alone needs no licence ("Huawei is targeting the sale of 70,000 chips", "the
    H20, Nvidia's China-targeted chip"); rules that target a chip restrict it."""
    for text in ("Huawei is targeting the sale of 70,000 Ascend 910B chips.",
                 "The H200 differs from Nvidia's previous China-targeted chip, the H20."):
        rows = judged(text, book, record, "2025-06-01")
        assert "licence_required" not in rows["action"].tolist()
        assert "supported" not in verdicts(rows, "event", "export_rule")
    rows = judged("The tighter controls target Nvidia's A800 and H800 chips.", book, record,
                  "2023-10-20")
    assert verdicts(rows, "event", "export_rule") == ["supported"]


@pytest.mark.parametrize("text,on", [
    ("Google can supply Huawei without government approval.", "2019-06-01"),
    ("The A800 was sold to China without a licence until October 2023.", "2023-06-01"),
    ("Nvidia could not ship the H20 fast enough to meet demand in China.", "2025-07-16"),
    ("SMIC is unable to deliver enough wafers to Huawei.", "2025-07-16"),
    ("Huawei was blocked from the Google Play store.", "2025-07-16"),
    ("The deal between Nvidia and Arm was blocked.", "2025-07-16"),
    ("Nvidia approved a plan and sent H20 samples to ByteDance.", "2025-09-10"),
    ("Chinese customs cleared the H20 chips sent from Taiwan last week.", "2025-09-10"),
    ("The CAC gave the go-ahead for firms to send H20 chips back to Nvidia.", "2025-09-10"),
])
def test_words_of_the_new_cues_that_state_nothing_the_record_holds(book, record, text, on):
    """Review traps: each new cue's words in a sense the record does not hold."""
    rows = judged(text, book, record, on)
    assert "supported" not in verdicts(rows) and "contradicted" not in verdicts(rows)


def test_meeting_a_threshold_is_being_caught_not_compliance(book, record):
    rows = judged("The H20 meets the performance thresholds of the April rules.", book, record,
                  "2025-05-10")
    assert "export_compliant" not in rows["action"].tolist()


def test_another_chips_process_node_is_not_the_named_chips(book, record):
    rows = judged("The Ascend 910C competes with chips built on 5nm technology from TSMC.",
                  book, record, "2025-06-01")
    assert "contradicted" not in verdicts(rows, "specification")


def test_a_wrong_date_after_an_aside_still_disagrees(book, record):
    rows = judged("The US added Zhipu to the Entity List (a trade blacklist) in June 2023.",
                  book, record, "2025-01-20")
    assert verdicts(rows, "event", "entity_list") == ["partly supported"]


def test_without_after_an_act_is_an_adjunct_not_a_negation(book, record):
    """"released GLM-5 ... trained entirely on Ascend chips without any Nvidia hardware" still
    states the training the record lacks; "was not trained" is negated."""
    rows = judged("Zhipu released GLM-5, trained entirely on Huawei Ascend chips without any "
                  "Nvidia hardware.", book, record, "2026-02-20")
    assert verdicts(rows, "event", "trained_on") == ["unverifiable"]
    assert overall(rows["verdict"].tolist()) == "partly supported"


def test_a_rule_named_by_its_issuer_says_who_acted(book, record):
    rows = judged("The US Commerce Department issued export controls on advanced chips to China "
                  "in October 2022.", book, record, "2023-11-20")
    rule = rows[rows["action"] == "export_rule"]
    assert rule["statement"].str.startswith(
        "Restricted by US export rules (acting: US Department of Commerce)").tolist() == [True]


def test_a_superlative_leaves_the_act_beside_it_to_be_stated(book, record):
    rows = judged("Zhipu released GLM-5, the first model trained entirely on Ascend 910B chips.",
                  book, record, "2026-02-20")
    assert verdicts(rows, "event", "trained_on") == ["unverifiable"]


def test_a_description_with_its_own_name_is_not_one_named_before(tmp_path):
    st = article_statements(tmp_path, "Zhipu news\nZhipu was added to the Entity List.\n"
                            "The startup it competes with, DeepSeek, was also blacklisted.\n")
    assert "Zhipu" not in ";".join(st.loc[st["line_no"] == 3, "subjects"])


def test_banned_chip_sales_to_china_is_the_chip_controls(book, record):
    rows = judged("The Biden administration banned advanced AI chip sales to China.", book,
                  record, "2025-12-22")
    assert verdicts(rows, "event", "chip_controls") == ["partly supported"]  # not a formal ban


def test_a_ban_on_supplying_chips_is_the_chip_controls(book, record):
    rows = judged("In October 2022, the US Commerce Department implemented a ban on supplying "
                  "advanced chips and chip-making equipment to China.", book, record, "2023-11-20")
    controls = rows[rows["action"] == "chip_controls"]
    assert controls["verdict"].tolist() == ["partly supported"]  # not a formal ban
    assert "not a formal ban" in controls["rationale"].iloc[0]


def test_blackwell_stayed_excluded_from_the_h200_opening(book, record):
    """A19: the H200 was opened to China in December 2025, Blackwell was not (the briefing
    says nothing of Rubin, so a sentence adding it is not supported)."""
    rows = judged("Nvidia's Blackwell chips remain excluded from the deal.", book, record,
                  "2025-12-09")
    assert verdicts(rows, "event", "export_rule") == ["supported"]
    rows = judged("Nvidia's Blackwell chips and next-generation Rubin chips remain excluded "
                  "from the deal.", book, record, "2025-12-09")
    assert "supported" not in verdicts(rows)
    early = judged("Nvidia's Blackwell chips remain excluded from the deal.", book, record,
                   "2025-06-01")
    assert "supported" not in verdicts(early)  # the record holds it from December 2025


def test_an_opening_it_or_the_system_stands_for_the_thing_named_before(tmp_path):
    """"It combines 384 Ascend 910C chips": the figure is the CloudMatrix 384's, named by the
    sentence before; "The chip" would stand only for a chip, so it does not take the system."""
    st = article_statements(tmp_path, (
        "Huawei shows a cluster\n\nPublished: July 28, 2025\n\nHuawei has unveiled the "
        "CloudMatrix 384, its new AI computing system. It combines 384 Ascend 910C chips "
        "into a single cluster.\n\nHuawei showed the CloudMatrix 384 again. The chip uses "
        "384 Ascend 910C chips.\n"))
    chips = st[st["action"] == "chips"]
    assert chips["line_no"].tolist() == [5]
    assert chips["subjects"].tolist() == ["CloudMatrix 384"]
    assert chips["verdict"].tolist() == ["supported"]


def test_the_firm_stands_for_the_one_organisation_named_before(tmp_path):
    """"Last year, the US-blacklisted firm ..." is Huawei when the sentence before named only
    Huawei; after a sentence naming two companies it stands for neither."""
    st = article_statements(tmp_path, (
        "Huawei's new phone chip\n\nPublished: December 3, 2024\n\nAnalysts watched the "
        "Mate 70 for clues to Huawei's chip progress. Last year, the US-blacklisted firm "
        "surprised analysts with a new phone.\n\nAnalysts compared Huawei and Xiaomi this "
        "week. The US-blacklisted company surprised them again.\n"))
    listed = st[st["action"] == "entity_list"]
    assert listed["line_no"].tolist() == [5]
    assert listed["subjects"].tolist() == ["Huawei"]
    assert listed["verdict"].tolist() == ["supported"]


def test_the_firm_s_customer_is_not_the_firm(tmp_path):
    """"The firm's key customer Zhipu" is about Zhipu, not the firm named before."""
    st = article_statements(tmp_path, (
        "Huawei and Zhipu\n\nPublished: June 1, 2025\n\nHuawei unveiled the CloudMatrix 384 "
        "in April 2025. The firm's key customer Zhipu was placed on the Entity List in May "
        "2019.\n"))
    assert "Huawei" not in ";".join(st.loc[st["action"] == "entity_list", "subjects"])


def test_a_sum_of_money_about_a_thing_named_earlier_in_the_article(tmp_path):
    """"The issue price was HK$116.2 per share" names no company, but the article named
    Zhipu before, and the sum is exactly the record's for Zhipu's listing; a sum only near
    the record's (HK$135 against a close of HK$131.50) is nobody's in particular."""
    (tmp_path / "a.txt").write_text(
        "Zhipu lists in Hong Kong\n\nPublished: January 9, 2026\n\nZhipu listed its shares "
        "in Hong Kong on January 8, 2026.\n\nThe issue price was HK$116.2 per share, the "
        "filing showed.\n\nThe price rose to HK$135 per share during trading.\n",
        encoding="utf-8")
    st = load_corpus(tmp_path)["statements"]
    price = st[st["line_no"] == 7]
    assert price["verdict"].tolist() == ["supported"]
    assert "named earlier in the article" in price["rationale"].iloc[0]
    assert "supported" not in st.loc[st["line_no"] == 9, "verdict"].tolist()


def test_h2o_is_a_misspelt_h20(book, record):
    rows = judged("Beijing has reportedly discouraged local firms from purchasing H2O units.",
                  book, record, "2025-09-01")
    assert verdicts(rows, "event", "discourage") == ["supported"]


def test_a_counted_part_gives_its_figure_to_the_whole(tmp_path):
    """"The architecture combines 384 Ascend 910C processors to provide 300 PFLOPs": the
    910C chips are counted parts, so the figure is the system's, which a description two
    sentences on stands for, passing over the rival the system was set against; and "the
    GB200 NVL72, which employs 72 Blackwell GPUs to generate 180 PFLOPs" is the rack's."""
    st = article_statements(tmp_path, (
        "Huawei shows a rack\n\nPublished: July 28, 2025\n\nHuawei launched its CloudMatrix "
        "384, a system to compete with Nvidia's GB200 NVL72, at WAIC. The unveiling drew wide "
        "attention.\nThe architecture combines 384 Ascend 910C processors to provide up to "
        "300 PFLOPs of dense BF16 compute, almost 1.7 times more throughput than Nvidia's "
        "GB200 NVL72, which employs 72 Blackwell GPUs to generate approximately 180 PFLOPs.\n"))
    spec = st[st["action"] == "compute_fp16"].set_index("value")
    assert spec.loc[300.0, "subjects"] == "CloudMatrix 384"
    assert spec.loc[300.0, "verdict"] == "supported"
    assert spec.loc[180.0, "subjects"] == "GB200 NVL72"
    ratio = st[st["statement_kind"] == "comparison"]
    assert ratio["subjects"].tolist() == ["CloudMatrix 384;GB200 NVL72"]
    assert ratio["verdict"].tolist() == ["supported"]


def test_a_counted_part_with_nothing_before_is_nobodys_figure(book, record):
    """"8 H100 GPUs deliver 32 PFLOPS": the figure is the eight's, not one H100's, and with
    no system named it is judged against nobody."""
    rows = judged("A server of 8 H100 GPUs delivers 32 PFLOPS of FP16 compute.", book, record,
                  "2024-06-01")
    assert "contradicted" not in verdicts(rows)
    assert "H100" not in ";".join(rows.loc[rows["action"] == "compute_fp16", "subjects"])


def test_a_chip_set_against_a_system_is_no_comparison(book, record):
    rows = judged("The Ascend 910C offers 1.7 times the compute of the GB200 NVL72.", book,
                  record, "2025-08-01")
    comp = rows[rows["statement_kind"] == "comparison"]
    assert comp["verdict"].tolist() == ["unverifiable"]
    assert "a chip against a hardware" in comp["rationale"].iloc[0]


def test_an_order_of_capability_is_read_on_dense_compute(book, record):
    """"more capable than the prior H20" names no metric: capability is dense 16-bit compute;
    a task speed-up ("30 times faster in some tasks") is no compute ratio."""
    rows = judged("The H200 is significantly more capable than the prior H20.", book, record,
                  "2025-12-10")
    assert verdicts(rows, "comparison") == ["supported"]
    assert "989" in rows.loc[rows["statement_kind"] == "comparison", "rationale"].iloc[0]
    rows = judged("The H20 is more powerful than the H200.", book, record, "2025-12-10")
    assert verdicts(rows, "comparison") == ["contradicted"]
    rows = judged("The B200 is 30 times faster than the H100 in some tasks.", book, record,
                  "2025-12-10")
    assert "supported" not in verdicts(rows, "comparison")
    assert "contradicted" not in verdicts(rows, "comparison")


def test_memory_bandwidth_is_not_memory_capacity(book, record):
    rows = judged("The H20 beats the Ascend 910B on memory bandwidth.", book, record,
                  "2025-09-01")
    assert "mem bw" in rows.loc[rows["statement_kind"] == "comparison", "rationale"].iloc[0]
    rows = judged("The H200 offers more memory than the H20.", book, record, "2025-12-10")
    assert "memory gb" in rows.loc[rows["statement_kind"] == "comparison", "rationale"].iloc[0]


def test_a_ratio_is_of_the_metric_its_own_words_name(book, record):
    """"almost double the capacity and around 1.4x the bandwidth of H100": the 1.4 is of
    bandwidth (4.8 against 3.35 TB/s), not of the memory named first (141 against 80 GB)."""
    rows = judged("The H200 provides 141 GB of memory with up to 4.8 TB/s bandwidth, almost "
                  "double the capacity and around 1.4× the bandwidth of H100.", book, record,
                  "2024-06-01")
    ratio = rows.loc[rows["statement_kind"] == "comparison"]
    assert list(ratio["verdict"]) == ["supported"]
    assert "mem bw" in ratio["rationale"].iloc[0]


def test_a_bare_figure_counted_out_of_a_whole_takes_its_unit(book, record):
    """"activates only 44 billion of its 744 billion total parameters": the 44 billion are
    parameters too (the record has 40 billion active), and "only" before a figure is no
    superlative."""
    rows = judged("GLM-5 employs a mixture-of-experts design that activates only 44 billion "
                  "of its 744 billion total parameters per inference.", book, record,
                  "2026-03-01")
    spec = rows.loc[rows["statement_kind"] == "specification"].set_index("action")
    assert spec.loc["active_parameters", "verdict"] == "contradicted"
    assert spec.loc["parameters", "verdict"] == "supported"
    assert not rows["statement"].str.startswith("a superlative").any()


def test_export_compliant_is_a_state_that_ended(book, record):
    """"The H20, the export-compliant option": true from late 2023 until the April 2025
    licence requirement (A11), so only partly supported in an article of September 2025."""
    sentence = "Firms must justify purchases of the H20, the export-compliant option."
    early = judged(sentence, book, record, "2024-06-01")
    assert verdicts(early, "event", "export_compliant") == ["supported"]
    late = judged(sentence, book, record, "2025-09-01")
    assert verdicts(late, "event", "export_compliant") == ["partly supported"]


def test_an_act_the_record_is_silent_on_keeps_the_sentence_from_support(book, record):
    """"Zhipu released GLM-5, trained entirely on Huawei Ascend processors": the record has
    the release, and no training hardware for GLM-5, so the training is a statement of its
    own, unverifiable, and the sentence is not wholly supported."""
    from chipclaims.link.judge import overall
    rows = judged("Zhipu AI released GLM-5, a model trained entirely on Huawei Ascend "
                  "processors.", book, record, "2026-02-13")
    assert verdicts(rows, "event", "release") == ["supported"]
    trained = rows[rows["action"] == "trained_on"]
    assert trained["verdict"].tolist() == ["unverifiable"]
    assert "no act of this kind" in trained["rationale"].iloc[0]
    assert overall(rows["verdict"].tolist()) == "partly supported"


def test_silence_does_not_doubt_what_the_confirmed_fact_says(book, record):
    """"failing to complete training on Ascend 910 processors": the record's fact on R2
    speaks of training on Ascend, so no unverifiable training act is added; a sentence the
    record confirms nothing of gets none either."""
    rows = judged("DeepSeek postponed the launch of its R2 model after failing to complete "
                  "training on Huawei's Ascend 910 series processors.", book, record,
                  "2025-08-15")
    assert "trained_on" not in rows["action"].tolist()
    rows = judged("Acme trained its Foo-7 model on Ascend 910B chips.", book, record,
                  "2025-08-15")
    assert "no act of this kind" not in " ".join(rows["rationale"])


def test_lifting_a_ban_is_only_partly_sales_under_licence(book, record):
    """A15/A19: sales were allowed under licence or to approved buyers; the restriction
    stayed, so "lifted the ban" or "the removal of export restrictions" is partly right."""
    rows = judged("Washington last month lifted a ban on the sale of the H20 chip in China.",
                  book, record, "2025-09-10")
    assert verdicts(rows, "event", "sales_allowed") == ["partly supported"]
    assert "not lifted" in rows.loc[rows["action"] == "sales_allowed", "rationale"].iloc[0]
    rows = judged("Washington now allows H20 sales to China under licence.", book, record,
                  "2025-09-10")
    assert verdicts(rows, "event", "sales_allowed") == ["supported"]


def test_announcing_a_measure_about_a_chip_is_no_launch_of_the_chip(book, record):
    """"announced on December 8, 2025, the removal of export restrictions on the H200": the
    object of "announced" is the removal, not the H200 (launched in 2023)."""
    rows = judged("The US announced on December 8, 2025, the removal of export restrictions "
                  "on Nvidia's H200 chips to China.", book, record, "2025-12-10")
    assert "release" not in rows["action"].tolist()
    rows = judged("Nvidia announced on Monday, November 13, 2023, the H200.", book, record,
                  "2023-11-14")
    assert verdicts(rows, "event", "release") == ["supported"]


def test_it_stands_for_the_subject_of_the_sentence_before(tmp_path):
    """"The H200 is based on the Hopper architecture. It is the first GPU to use HBM3e,
    providing 141 GB": "It" is the H200, the subject, not the architecture named last."""
    st = article_statements(tmp_path, (
        "H200 specs\n\nPublished: December 9, 2025\n\nThe H200 is based on the Nvidia Hopper "
        "architecture and integrates fourth-generation Tensor Cores. It provides 141 GB of "
        "high-bandwidth memory.\n"))
    mem = st[st["action"] == "memory_gb"]
    assert mem["subjects"].tolist() == ["H200"]
    assert mem["verdict"].tolist() == ["supported"]


def test_a_count_of_the_systems_own_chips_is_its_chips_figure(tmp_path):
    """"It consists of 384 Ascend 910C neural processing units": whatever word follows the
    chip's name, the count is of the CloudMatrix 384's chips (D11e); "192 Kunpeng server
    processors" are not the chips the record counts for it."""
    st = article_statements(tmp_path, (
        "CloudMatrix\n\nPublished: June 20, 2025\n\nHuawei expected CloudMatrix to reshape AI "
        "infrastructure. It consists of 384 Ascend 910C neural processing units and 192 "
        "Kunpeng server central processing units.\n"))
    chips = st[st["action"] == "chips"]
    assert chips["value"].tolist() == [384.0]
    assert chips["verdict"].tolist() == ["supported"]
    assert "contradicted" not in st["verdict"].tolist()


def test_a_reversal_in_another_coordinated_act_does_not_undo_the_listing(book, record):
    """"adds 140 entities to the Entity List and removes three entities from the VEU
    programme": the removal is another act; "was removed from the Entity List" is undone."""
    rows = judged("BIS issued a Final Rule on Dec. 2, 2024, that adds 140 entities to the "
                  "Entity List and removes three entities from the Validated End-User "
                  "Program.", book, record, "2024-12-05")
    assert verdicts(rows, "event", "entity_list") == ["supported"]
    rows = judged("Huawei was removed from the Entity List.", book, record, "2025-09-01")
    assert "supported" not in verdicts(rows)


def test_two_chips_in_a_chip_are_its_dies(book, record):
    """"The 910C combines two 910B processors into a single package": a chip made of chips
    counts dies (D12b), not chips per system."""
    rows = judged("The Ascend 910C combines two 910B processors into a single package.",
                  book, record, "2025-05-01")
    assert verdicts(rows, "specification", "dies") == ["supported"]
    assert "chips" not in rows["action"].tolist()


def test_the_company_inside_a_sentence_is_the_one_organisation_named_before(tmp_path):
    """"Zhipu AI said it disagrees with a US decision to add the company to an export
    blacklist": the company is Zhipu; after two companies it stands for neither."""
    st = article_statements(tmp_path, (
        "Zhipu listed\n\nPublished: January 17, 2025\n\nChinese start-up Zhipu AI said it "
        "strongly disagrees with a US decision to add the company and its subsidiaries to an "
        "export blacklist.\n\nAnalysts at Nvidia and AMD said a US decision to add the "
        "company to an export blacklist was expected.\n"))
    listed = st[st["action"] == "entity_list"]
    assert listed["line_no"].tolist() == [5]
    assert listed["subjects"].tolist() == ["Zhipu"]
    assert listed["verdict"].tolist() == ["supported"]


def test_a_new_act_in_an_undated_page_is_the_only_such_act_the_record_holds(book, record):
    """"imposed a new export licence requirement on its H20 chips" in a page with no date:
    the record has one H20 licence requirement (A11), so that is the new one; "new
    restrictions on Huawei" could be any of several, and stays unjudged."""
    rows = judged("The US government has imposed a new export license requirement on its "
                  "advanced H20 chips.", book, record, None)
    assert verdicts(rows, "event", "licence_required") == ["supported"]


def test_a_reporting_period_end_does_not_date_the_act(book, record):
    """"a $5.5 billion hit in charges for its fiscal first quarter ending April 27": the
    date ends the quarter, it does not date the charge (A11d)."""
    rows = judged("Nvidia expects to take a $5.5 billion hit in related charges for its fiscal "
                  "first quarter ending April 27, 2025.", book, record, "2025-04-16")
    assert verdicts(rows, "money", "charge") == ["supported"]
    rows = judged("Nvidia must now obtain a license to export the H20 to China.", book, record,
                  "2025-04-16")
    assert verdicts(rows, "event", "licence_required") == ["supported"]


def test_a_date_another_participle_owns_does_not_date_the_act(book, record):
    """"engineered for China to comply with restrictions imposed in 2022": 2022 dates the
    restrictions, not the H20's design (A5d)."""
    rows = judged("The H20 was engineered specifically for the Chinese market to comply with "
                  "earlier US export restrictions imposed in 2022 and updated in 2023.", book,
                  record, "2025-01-10")
    assert verdicts(rows, "event", "china_model") == ["supported"]
    rows = judged("The Ascend 910, announced in 2018, was launched in August 2019.", book,
                  record, "2025-01-10")
    assert verdicts(rows, "event", "release") == ["supported"]


def test_a_rename_is_matched_only_under_the_names_the_record_uses(book, record):
    """C11: Zhipu is Z.ai abroad, and Knowledge Atlas Technology is its legal entity's English
    name; "Knowledge Atlas Technology JSC Ltd., better known as Zhipu" names the entity under a
    form the record does not use, so the rename does not support it."""
    rows = judged("Zhipu AI, also known as Knowledge Atlas Technology, listed in Hong Kong.",
                  book, record, "2026-01-09")
    assert verdicts(rows, "event", "rebrand") == ["supported"]
    rows = judged("Zhipu AI, now known as Z.ai, released GLM-4.5.", book, record, "2025-09-01")
    assert verdicts(rows, "event", "rebrand") == ["supported"]
    rows = judged("Knowledge Atlas Technology JSC Ltd., better known as Zhipu, announced on "
                  "Wednesday that its model completed training.", book, record, "2026-01-15")
    assert "rebrand" not in rows["action"].tolist()


def test_an_attempt_is_not_the_act(book, record):
    """"they are trying to ban it": the ban is sought, not done; "allowed to sell" in the
    same sentence is still judged."""
    rows = judged("Nvidia is only allowed to sell H20, and they are trying to ban it.", book,
                  record, "2025-09-01")
    assert "sales_halted" not in rows["action"].tolist()
    assert verdicts(rows, "event", "sales_allowed") == ["supported"]


@pytest.mark.parametrize("sentence", [
    "Restrictions on sales of Nvidia's H20 to China were eased in July 2025.",
    "The ban on Nvidia's H20 chips was lifted in July 2025.",
])
def test_a_passive_reversal_after_the_cue_undoes_the_restriction(book, record, sentence):
    rows = judged(sentence, book, record, "2025-08-01")
    assert "supported" not in verdicts(rows)


def test_new_restrictions_on_a_company_in_an_undated_page_stay_open(book, record):
    """A company may have had several rounds the record does not hold: only a chip's one
    act of a kind is "the new one" in an undated page."""
    rows = judged("The US imposed new restrictions on Huawei.", book, record, None)
    assert "supported" not in verdicts(rows)


def test_non_compliant_is_not_compliant(book, record):
    rows = judged("Under the April 2025 rules the H20 became non-compliant for China.", book,
                  record, "2025-06-01")
    assert "export_compliant" not in rows["action"].tolist()


@pytest.mark.parametrize("sentence", [
    "Nvidia's H100 is not more capable than the Ascend 910C.",
    "Nvidia's H20 does not outperform Huawei's Ascend 910C.",
])
def test_a_negated_comparison_is_left_open(book, record, sentence):
    rows = judged(sentence, book, record, "2025-08-01")
    assert verdicts(rows, "comparison") == ["unverifiable"]


def test_a_participle_after_a_name_leaves_the_date_to_the_cue(book, record):
    """"Export controls on the A100 imposed in March 2021": the date is the controls' own,
    and the record dates them October 2022."""
    rows = judged("Export controls on the A100 imposed in March 2021 hit Nvidia.", book, record,
                  "2023-06-01")
    assert "supported" not in verdicts(rows)


def test_silence_is_not_hidden_by_a_longer_name(book, record):
    """"H20" is not found inside the confirmed "H200": the training on H20 chips stays an
    unverifiable statement of its own."""
    rows = judged("Nvidia announced the H200 in November 2023, and Zhipu trained GLM-5 on H20 "
                  "chips.", book, record, "2026-02-13")
    assert verdicts(rows, "event", "trained_on") == ["unverifiable"]


def test_a_count_with_another_thing_before_a_comma_is_nobodys_parts(book, record):
    rows = judged("Compared with the H100, a server of 8 Ascend 910C chips gives 6.4 PFLOPS of "
                  "FP16 compute.", book, record, "2025-08-01")
    judged_specs = rows[(rows["statement_kind"] == "specification") & (rows["action"] != "")]
    assert "H100" not in ";".join(judged_specs["subjects"])
    assert "contradicted" not in verdicts(rows)


def test_a_year_is_no_count_of_parts(tmp_path):
    """"in 2025 Ascend 910C output doubled. The chip offers 800 TFLOPS": 2025 is a year, so
    the 910C is the chip the next sentence speaks of."""
    st = article_statements(tmp_path, (
        "Output\n\nPublished: June 1, 2025\n\nHuawei said that in 2025 Ascend 910C output "
        "doubled. The chip offers 800 TFLOPS of FP16 compute.\n"))
    spec = st[st["action"] == "compute_fp16"]
    assert spec["subjects"].tolist() == ["Ascend 910C"]
    assert spec["verdict"].tolist() == ["supported"]


def test_long_sentences_with_many_descriptions_and_metrics_stay_linear(book, record):
    """Work per sentence grows with its length, not its square: a sentence of repeated "the
    company" descriptions and of repeated comparisons is judged in well under a second per
    100 KB (the speed targets themselves are in ``make bench``)."""
    import time
    for sentence in ("Huawei said the company " * 4000, "the H20 has more memory than the "
                     "H100, " * 2500, "The H20 is " + "more than " * 10000 + "the H100.",
                     "The H20 and the H200 compare: " + "96 GB and 141 GB, " * 5000):
        t0 = time.perf_counter()
        judged(sentence, book, record, "2025-08-01")
        assert time.perf_counter() - t0 < 30  # quadratic code took minutes here


def test_a_maker_the_sources_dispute_is_only_partly_supported(book, record):
    """"manufactured by SMIC on its N+1 (7nm-class) process": the node is right, but the
    sources name TSMC as well as SMIC for the 910B's dies (B20); a sentence naming no maker
    is supported on the node alone."""
    rows = judged("Ascend 910B: Redesigned to be manufactured by SMIC using its N+1 (7nm-class) "
                  "process.", book, record, "2025-05-01")
    spec = rows[rows["action"] == "process_nm"]
    assert spec["verdict"].tolist() == ["partly supported"]
    assert "SMIC and TSMC" in spec["rationale"].iloc[0]
    rows = judged("The Ascend 910C is made on a 7 nm process.", book, record, "2025-05-01")
    assert verdicts(rows, "specification", "process_nm") == ["supported"]


def test_it_passes_over_a_thing_given_up(tmp_path):
    """"Chinese firms dropped the H20 for Huawei's Ascend 910C. It offers 800 TFLOPS": the
    H20 is what they gave up, so "It" is the 910C."""
    st = article_statements(tmp_path, (
        "Switch\n\nPublished: September 1, 2025\n\nChinese firms dropped the H20 for Huawei's "
        "Ascend 910C. It offers 800 TFLOPS of FP16 compute.\n"))
    spec = st[st["action"] == "compute_fp16"]
    assert spec["subjects"].tolist() == ["Ascend 910C"]
    assert spec["verdict"].tolist() == ["supported"]


def test_the_chip_inside_a_sentence_stands_for_the_chip_named_before(tmp_path):
    """"Huawei said the chip can deliver 256 teraflops" names no chip: its figures are the
    Ascend 910's, named by the sentence before. A figure before "and" keeps its own metric's
    words after it ("512 teraflops for integer calculations (INT8)"), and an integer figure
    told in flops is right only in part. "Its original target of 350W" is a goal, not a
    figure of the chip; "the chip industry" stands for no chip."""
    st = article_statements(tmp_path, (
        "Huawei's AI chip\n\nPublished: August 24, 2019\n\nHuawei launched the Ascend 910 "
        "this week. Huawei said the chip can deliver 256 teraflops for half-precision (FP16) "
        "operations and 512 teraflops for integer precision calculations (INT8).\n\n"
        "The company also touted the chip's efficiency, saying its maximum power "
        "consumption was 310W, higher than Huawei's original target of 350W.\n\n"
        "Nvidia sells the H100. Analysts said the chip industry has 80 GB of stock.\n"))
    specs = st[st["statement_kind"] == "specification"]
    got = {(r.action, r.value): (r.subjects, r.verdict) for r in specs.itertuples()}
    assert got[("compute_fp16", 256.0)] == ("Ascend 910", "supported")
    assert got[("compute_int8", 512.0)] == ("Ascend 910", "partly supported")
    assert got[("power", 310.0)] == ("Ascend 910", "supported")
    assert ("power", 350.0) not in got
    assert "H100" not in ";".join(specs.loc[specs["line_no"] == 9, "subjects"])


def test_the_entity_list_needs_a_licence(book, record):
    """What a listing means: a licence for every item under US rules, for listed companies in
    general and for Zhipu since its listing; not before it."""
    rows = judged("For companies on the Entity List, a license must be issued by BIS for the "
                  "sale or transfer of U.S. technology.", book, record, "2020-01-01")
    assert verdicts(rows, action="licence_required") == ["supported"]
    rows = judged("The listing bars US suppliers from selling to Zhipu without a licence.",
                  book, record, "2025-01-20")
    assert verdicts(rows, action="licence_required") == ["supported"]
    rows = judged("US suppliers need a licence to sell to Zhipu.", book, record, "2024-06-01")
    assert "supported" not in verdicts(rows, action="licence_required")


@pytest.mark.parametrize(("text", "expected"), [
    # a Chinese regulator banning purchases is its order to stop buying (A18a)
    ("Internet Regulator Bans RTX Pro 6000D Purchases", [("RTX Pro 6000D", "supported")]),
    ("Chinese regulators have banned purchases of the RTX Pro 6000D.",
     [("RTX Pro 6000D", "supported")]),
    ("China's internet regulator banned the country's biggest tech companies from buying "
     "Nvidia's RTX Pro 6000D.", [("RTX Pro 6000D", "supported")]),
    # ... not its denial, another country's regulator or a possibility
    ("China's internet regulator did not ban RTX Pro 6000D purchases.", []),
    ("US regulators banned RTX Pro 6000D purchases.", []),
    ("Beijing may ban purchases of the RTX Pro 6000D.", []),
    # China banning the chip itself, ordering firms to halt purchases, or to cease ordering
    ("- China bans Nvidia's RTX Pro 6000D, escalating tech decoupling.",
     [("RTX Pro 6000D", "supported")]),
    ("China did not ban Nvidia's RTX Pro 6000D.", []),
    ("China is ordering leading firms to halt purchases and testing of the RTX Pro 6000D.",
     [("RTX Pro 6000D", "supported")]),
    ("Beijing has instructed major firms to cease ordering the RTX Pro 6000D.",
     [("RTX Pro 6000D", "supported")]),
    # not another country's regulator, a ban on anything but the chips, or firms or the US
    # acting on their own
    ("India's cyberspace regulator banned purchases of Nvidia's RTX Pro 6000D.", []),
    ("China bans Nvidia's CEO from visiting, state media said.", []),
    ("The US is ordering Nvidia to halt purchases of Chinese components.", []),
    ("Alibaba decided to cease ordering the RTX Pro 6000D on its own.", []),
    # a denial or rumour inside China's order, or a company's own instruction, is no steering
    ("China denied ordering firms to halt purchases of the RTX Pro 6000D.", []),
    ("China rumoured to be ordering firms to halt purchases of the RTX Pro 6000D.", []),
    ("Investors urged Alibaba to cease buying the RTX Pro 6000D.", []),
    ("ByteDance instructed engineers to cease testing the RTX Pro 6000D.", []),
    # firms told so, in the passive, are told by the authorities
    ("Chinese firms were told to stop buying the RTX Pro 6000D.",
     [("RTX Pro 6000D", "supported")]),
])
def test_a_chinese_regulator_banning_purchases_steers_buyers(text, expected, book, record):
    assert acts(judged(text, book, record, "2025-09-20"), "discourage") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a review of a deal dated before it does not date the purchase (A8b is of 2020) ...
    ("In December 2024, Beijing began a review of Nvidia's deal to acquire Mellanox.", []),
    ("China's market regulator is probing Nvidia's acquisition of Mellanox.",
     [("Nvidia", "antitrust", "supported"), ("Mellanox", "acquisition", "supported")]),
    ("In December 2024, the EU began a review of Nvidia's deal to acquire Mellanox.", []),
    ("After a review of the market, Nvidia bought Mellanox in 2020.",
     [("Mellanox", "acquisition", "supported")]),
    # ... unless the deal's own date follows it, or the sentence dates nothing
    ("SAMR said it is investigating Nvidia's 2020 acquisition of Mellanox.",
     [("Nvidia", "antitrust", "supported"), ("Mellanox", "acquisition", "supported")]),
    ("In December 2024, SAMR said it was investigating Nvidia's acquisition of Mellanox in "
     "2020.", [("Nvidia", "antitrust", "supported"), ("Mellanox", "acquisition", "supported")]),
    ("Nvidia faced a review of its acquisition of Mellanox.",
     [("Mellanox", "acquisition", "supported")]),
    # a review of any other deal is no probe the record holds
    ("China opened a probe into Nvidia's H20 deal with the Trump administration.", []),
])
def test_a_review_of_a_deal_is_the_probe_not_the_purchase(text, expected, book, record):
    rows = judged(text, book, record, "2025-09-16")
    rows = rows[rows["statement_kind"] == "event"]
    assert [(r.subjects, r.action, r.verdict) for r in rows.itertuples()] == expected


@pytest.mark.parametrize(("text", "on", "expected"), [
    # a roadmap listed thing by thing: each release on its own date (D18l, D18h, D18i)
    ("The rollout timelines are as follows: Ascend 950 in 2026, Ascend 960 in 2027, and "
     "Ascend 970 in 2028.", "2025-09-25",
     [("Ascend 950", "supported"), ("Ascend 960", "supported"), ("Ascend 970", "supported")]),
    ("Huawei plans to launch the Ascend 950 in 2026, the Ascend 960 in 2027 and the Ascend "
     "970 in 2029.", "2025-09-25",
     [("Ascend 950", "supported"), ("Ascend 960", "supported"),
      ("Ascend 970", "partly supported")]),
    # a row's label with its date
    ("- Ascend 960 (2027): Promises double the computing power of the 950.", "2025-09-25",
     [("Ascend 960", "supported")]),
    # before the roadmap was announced the record did not hold it
    ("The rollout timelines are as follows: Ascend 960 in 2027 and Ascend 970 in 2028.",
     "2025-06-01", [("Ascend 960", "unverifiable"), ("Ascend 970", "unverifiable")]),
    # the launch of a system the record holds only as unveiled is not dated by its unveiling
    ("The company plans to launch its Atlas 950 SuperPoD in 2026 and Atlas 960 SuperPoD in "
     "2027.", "2025-09-25", []),
    # another act's dates are not releases
    ("The US restricted the H100 in 2022 and the H20 in 2025.", "2025-09-25", []),
    ("Huawei sold the Ascend 910B in 2024 and the Ascend 910C in 2025, as planned.",
     "2025-09-25", []),
    ("SMIC will manufacture the Ascend 950 in 2026 and the Ascend 960 in 2027, according to "
     "the roadmap.", "2025-09-25", []),
    # a denial, a delay, a possibility or a row's date that is no plan dates no release
    ("Huawei will not launch the Ascend 960 in 2027 or the Ascend 970 in 2028.",
     "2025-09-25", []),
    ("Huawei delayed the launch of the Ascend 960 from 2027 to 2028 and the Ascend 970 from "
     "2028 to 2029.", "2025-09-25", []),
    ("Huawei may launch the Ascend 960 in 2027 and the Ascend 970 in 2028.", "2025-09-25",
     []),
    ("- H100 (2023): Nvidia's best-selling chip.", "2025-09-25", []),
    ("Huawei's roadmap: Ascend 950 in 2026, Ascend 960 in 2027 and Ascend 970 in 2028, but "
     "the 970 has since been cancelled.", "2025-09-25", []),
    ("- Ascend 960 (2027): scrapped in favour of the 970.", "2025-09-25", []),
    ("Alibaba's roadmap targets the Ascend 950 in 2026 and the Ascend 960 in 2027.",
     "2025-09-25", []),
    ("Huawei will launch the Ascend 950PR in Q1 2026; SMIC will make the 950DT in Q4 2026.",
     "2025-09-25", [("Ascend 950PR", "supported")]),
    # a row's description after its date is not read for a denial
    ("- Ascend 970 (2028): No specs released yet.", "2025-09-25", [("Ascend 970", "supported")]),
    # a plan told as done is only planned; a plan credited to another maker is partly right
    ("Huawei launched the Ascend 960 in 2027 and the Ascend 970 in 2028.", "2025-09-25",
     [("Ascend 960", "partly supported"), ("Ascend 970", "partly supported")]),
    ("Nvidia will launch the Ascend 960 in 2027 and the Ascend 970 in 2028.", "2025-09-25",
     [("Ascend 960", "partly supported")]),
])
def test_a_roadmap_list_dates_each_release(text, on, expected, book, record):
    assert acts(judged(text, book, record, on), "release") == expected


@pytest.mark.parametrize(("text", "action", "expected"), [
    # security risks are the Chinese regulator's summons (A14a) only when China raises them
    ("China's internet regulator demanded that Nvidia provide an explanation of the security "
     "issues in the H20 chip sold in China.", "security_summons", ["supported"]),
    ("China's internet regulator raised concerns over backdoor risks in the H20.",
     "security_summons", ["supported"]),
    ("US lawmakers worry that the H20 has security risks.", "security_summons", []),
    ("Trump judged that H20 sales to China pose a lower national-security risk.",
     "security_summons", []),
    ("China questioned Nvidia over suspected backdoors in its H20 chips.", "security_summons",
     ["supported"]),
    ("The Global Times said the H20 posed security risks.", "security_summons",
     ["supported"]),
    ("The US Congress demanded that Nvidia explain its sales of H20 chips to China.",
     "security_summons", []),
    # chips modified, not anything else done so that chips sell in China
    ("DeepSeek adapted its model to run on H20 chips sold in China.", "china_model", []),
    ("Chinese firms are seeking alternatives to H20 chips sold in China.", "china_model", []),
    # chips modified so they can be sold in China are chips made for China (A4h); the
    # purpose clause's "could" is no possibility of the act
    ("Nvidia modified its chips at least twice so that they could be sold in China.",
     "china_model", ["supported"]),
    ("Nvidia did not modify its chips to sell in China.", "china_model", []),
    ("Nvidia might modify its chips so that they can be sold in China.", "china_model", []),
])
def test_a_chinese_regulators_risks_and_modified_chips(text, action, expected, book, record):
    assert verdicts(judged(text, book, record, "2025-09-16"), action=action) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date in an aside set off by commas ("founded in 2019,") is the aside's, not the
    # funding's (C-rows: Tencent and Meituan invested in 2023)
    ("Zhipu AI, founded in 2019, has received investments from Tencent and Meituan.",
     ["supported"]),
    ("Founded in 2019, Zhipu AI has secured investments from Tencent and Meituan.",
     ["supported"]),
    # a date of the act's own still dates it
    ("Zhipu, founded in 2019, raised money from Tencent in 2019.", ["partly supported"]),
])
def test_a_founding_aside_does_not_date_the_funding(text, expected, book, record):
    assert verdicts(judged(text, book, record, "2025-09-25"), action="funding") == expected


def test_an_acts_own_opening_participle_still_dates_it(book, record):
    """"Introduced in 2021, US export controls restrict ...": the controls' date (A3, 2022)."""
    rows = judged("Introduced in 2021, US export controls restrict Nvidia's A100 and H100 chips "
                  "for China.", book, record, "2025-01-16")
    assert verdicts(rows, action="export_rule") == ["partly supported"]


@pytest.mark.parametrize(("text", "expected"), [
    # unveiled at a showing the record dates after the first unveiling (D15a after D11a)
    ("Huawei has unveiled its latest AI system, the CloudMatrix 384, at the World Artificial "
     "Intelligence Conference (WAIC) in Shanghai.", ["partly supported"]),
    # a launch the sentence dates on its own is its own statement
    ("Huawei unveiled the CloudMatrix 384 in April 2025 and later showed it at WAIC.",
     ["supported"]),
    ("Huawei unveiled the CloudMatrix 384 in April 2025, three months before it drew crowds "
     "at WAIC.", ["supported"]),
    ("Huawei unveiled the CloudMatrix 384 in April 2025.", ["supported"]),
])
def test_a_launch_at_a_later_showing_is_partly_right(text, expected, book, record):
    assert verdicts(judged(text, book, record, "2025-08-01"), action="release") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a roadmap's horizon is no date of setting it out (D18c, September 2025)
    ("Huawei's Ascend roadmap runs through 2028.", ["supported"]),
    ("Huawei set out an Ascend roadmap that extends to 2028.", ["supported"]),
])
def test_a_roadmaps_horizon_is_not_its_date(text, expected, book, record):
    assert verdicts(judged(text, book, record, "2025-09-25"), action="roadmap") == expected


def test_officials_urging_firms_off_nvidia_is_the_steering(book, record):
    """Officials urging firms to move away from Nvidia is Beijing steering buyers (after it
    began); firms moving away on their own, or an "urgent need", is no such act."""
    for text in ("Chinese officials have urged local tech giants to buy more AI chips from "
                 "Huawei and move away from Nvidia.",
                 "Beijing has urged Chinese firms to prioritise domestic AI accelerators over "
                 "Nvidia's.",
                 "Chinese officials want to wean the country off Nvidia chips."):
        assert verdicts(judged(text, book, record, "2025-10-01"),
                        action="discourage") == ["supported"], text
    assert verdicts(judged("Chinese firms are moving away from Nvidia.", book, record,
                           "2025-10-01"), action="discourage") == []
    assert verdicts(judged("There is an urgent need to reduce reliance on Nvidia.", book,
                           record, "2025-10-01"), action="discourage") == []


def test_a_date_opening_a_long_sentence_dates_its_act(book, record):
    """"On August 26, 2022, the government ... informed Nvidia ... effective immediately":
    the opening date dates the act however far the cue is from it, so the record's
    immediate effect of October 2023 is not this one."""
    rows = judged("On August 26, 2022, the U.S. government, or USG, informed NVIDIA that the "
                  "USG has imposed a new license requirement, effective immediately, for any "
                  "future export to China.", book, record, "2023-12-01")
    sel = rows[rows["action"] == "immediate_effect"]
    assert sel["stated_date"].tolist() == ["2022-08-26"]
    assert "supported" not in sel["verdict"].tolist()


def test_chips_left_out_of_the_h200_deal(book, record):
    """"Blackwell chips, neither of which are part of this deal" is the record's exclusion of
    Blackwell from the December 2025 opening; a chip the record does not leave out of a deal
    ("The H20 is not part of the deal") gets no verdict from it, and before the deal none."""
    for text in ("Nvidia's U.S. customers are moving forward with Blackwell and soon Rubin "
                 "chips, neither of which are part of this deal, he said.",
                 "The approval does not include Nvidia's Blackwell chips."):
        assert verdicts(judged(text, book, record, "2025-12-10"),
                        action="deal_excluded") == ["supported"], text
    assert verdicts(judged("The H20 is not part of the deal.", book, record, "2025-08-12"),
                    action="deal_excluded") == []
    assert "supported" not in verdicts(judged(
        "Nvidia's Blackwell chips are not part of the deal.", book, record, "2025-06-10"))


def test_export_rules_that_allow_a_sale_do_not_restrict_it(book, record):
    """"Export rules have allowed the shipment of the H20" says the sale is allowed, not that
    the H20 is restricted: the allowing reading takes the rule's words."""
    rows = judged("Recent adjustments to U.S. export rules have allowed for the shipment of "
                  "the Nvidia H20 to China.", book, record, "2025-08-14")
    assert verdicts(rows, action="sales_allowed") == ["supported"]
    assert verdicts(rows, action="export_rule") == []
    rows = judged("Export rules have allowed the sale of the H20 to China since August.", book,
                  record, "2025-09-14")
    assert verdicts(rows, action="export_rule") == []


def test_an_interconnect_cut_from_one_figure_to_another(book, record):
    """"Reduced the interconnect bandwidth from 600GB/s to 400GB/s": both figures are of the
    interconnect, not of memory bandwidth; the first is the A100's, the second the cut
    version's, which the sentence does not name."""
    rows = judged("While the computational performance offered by the A800 is the same as the "
                  "A100, Nvidia reduced the interconnect bandwidth from 600GB/s to 400GB/s.",
                  book, record, "2022-11-08")
    specs = rows[rows["statement_kind"] == "specification"]
    a100 = specs[specs["subjects"] == "A100"]
    assert a100["action"].tolist() == ["interconnect"]
    assert a100["value"].tolist() == [600.0]
    assert a100["verdict"].tolist() == ["supported"]
    assert "contradicted" not in specs["verdict"].tolist()


def test_a_system_set_against_its_rival(book, record):
    """"Designed to rival the GB200 NVL72" is the record's positioning of the CloudMatrix 384
    (after its April 2025 unveiling, not before); launched and set against a rival in one
    sentence are two statements of the same event; "no rival" is not the positioning."""
    rows = judged("Huawei has launched CloudMatrix 384, a system designed to rival Nvidia's "
                  "GB200 NVL72.", book, record, "2025-07-28")
    assert verdicts(rows, action="rival") == ["supported"]
    assert verdicts(rows, action="release") == ["supported"]
    rows = judged("The Ascend 910B is positioned as an alternative to Nvidia's A100.", book,
                  record, "2024-03-01")
    assert verdicts(rows, action="rival") == ["supported"]
    assert "supported" not in verdicts(judged("CloudMatrix 384 rivals the GB200 NVL72.", book,
                                              record, "2024-03-01"))
    assert verdicts(judged("The Ascend 910B is no rival to the A100.", book, record,
                           "2024-03-01"), action="rival") == []


@pytest.mark.parametrize("text", [
    # "its" is the speaker's own, not the chip named before
    "Huawei launched the Ascend 910 this week. Cambricon said its chips deliver 256 teraflops "
    "for half-precision (FP16) operations.",
    # "that" opening a clause is no description
    "Huawei launched the Ascend 910 this week. Analysts said that chips delivering 256 "
    "teraflops of FP16 compute are rare.",
    # two chips named before: which one "the new chip" is stays open
    "Nvidia's H20 was banned, so Huawei launched the Ascend 910C. Huawei said the new chip "
    "offers 96 GB of memory.",
    # a description after the figure is not what the figure is of
    "Huawei launched the Ascend 910 this week. Nvidia's best product offers 256 teraflops of "
    "FP16 compute, more than the chip.",
    # a relative clause after the description says which thing it is
    "Zhipu released GLM-4.5 this week. DeepSeek said the model it is training has 355 billion "
    "parameters.",
])
def test_a_description_that_does_not_stand_for_the_chip_before(tmp_path, text):
    st = article_statements(tmp_path, f"Chips\n\nPublished: August 24, 2025\n\n{text}\n")
    specs = st[(st["statement_kind"] == "specification") & (st["line_no"] == 5)]
    assert "supported" not in specs["verdict"].tolist()


@pytest.mark.parametrize("text", [
    "Nvidia told investors that Chinese customers are moving away from its chips.",
    "Analysts asked whether Chinese firms would move away from Nvidia.",
    "US lawmakers asked Nvidia to move away from selling chips to China.",
    "Chinese regulators urged firms to prioritise Nvidia's H20 over domestic chips.",
    "Nvidia encouraged customers to prioritise the H20 over older parts.",
    "Chinese officials urged firms not to move away from Nvidia.",
    "Chinese officials urged firms to prioritise " + "\u2019" * 45 + " x Nvidia.",
])
def test_urging_that_is_not_beijing_steering_buyers_off_nvidia(book, record, text):
    assert verdicts(judged(text, book, record, "2025-10-01"), action="discourage") == []


def test_what_a_listing_means_is_not_a_named_company_s_licence(book, record):
    """A company named in the sentence is judged on its own listing, not on what a listing
    means in general: Zhipu before its listing needs no licence yet."""
    rows = judged("Zhipu was added to the Entity List and must obtain a licence.", book,
                  record, "2024-06-01")
    assert "supported" not in verdicts(rows)


@pytest.mark.parametrize("text", [
    "Huawei launched the Ascend 910, targeting 350W of power consumption.",
    "Huawei launched the Ascend 910 with a target power consumption of 350W.",
])
def test_a_goal_is_no_figure_of_the_chip(book, record, text):
    rows = judged(text, book, record, "2019-09-01")
    assert 350.0 not in rows.loc[rows["action"] == "power", "value"].tolist()


def test_an_unclear_act_is_not_the_act(book, record):
    rows = judged("It is unclear whether Huawei would need a licence.", book, record,
                  "2020-01-01")
    assert "supported" not in verdicts(rows)


def test_a_chip_that_meets_the_test_of_the_controls_is_not_restricted_by_them(book, record):
    """"The A800 ... meets the U.S. government's clear test for reduced export control" says
    the chip is within the rules: no "restricted" statement, while the sale is allowed."""
    rows = judged("The result is a new GPU called the A800, which according to Nvidia, \"meets "
                  "the U.S. government's clear test for reduced export control and cannot be "
                  "programmed to exceed it.\"", book, record, "2022-11-08")
    assert verdicts(rows, action="export_rule") == []
    assert verdicts(rows, action="sales_allowed") == ["supported"]


@pytest.mark.parametrize("text, day, action", [
    ("US export rules have not allowed the sale of the H200 to China.", "2026-03-01",
     "sales_allowed"),
    ("The export rules cleared last year block the shipment of the H20 to China.",
     "2025-09-01", "sales_allowed"),
    ("Trump did not say whether Blackwell was part of the deal.", "2025-12-10",
     "deal_excluded"),
    ("Beijing hasn't urged firms to move away from Nvidia.", "2025-10-01", "discourage"),
    ("US officials urged allies to move away from Nvidia's H20.", "2025-10-01", "discourage"),
    ("The A100 was designed to rival the Ascend 910B.", "2024-01-01", "rival"),
    ("The Ascend 910B fails to compete with the A100.", "2024-01-01", "rival"),
])
def test_negated_reversed_or_foreign_acts_are_not_the_record_s(book, record, text, day,
                                                                 action):
    assert "supported" not in verdicts(judged(text, book, record, day), action=action)


def test_a_long_opening_date_still_dates_an_addition(book, record):
    rows = judged("In March 2023, the Commerce Department, citing national security concerns "
                  "raised repeatedly by lawmakers, added Huawei to the Entity List.", book,
                  record, "2023-04-01")
    assert verdicts(rows, action="entity_list") == ["partly supported"]


def test_a_seller_named_beside_the_listed_companies(book, record):
    rows = judged("Nvidia cannot sell to companies on the Entity List without a licence.",
                  book, record, "2024-01-01")
    assert verdicts(rows, action="licence_required") == ["supported"]


def test_a_fee_named_only_as_a_percentage_of_a_chip_named_earlier(tmp_path):
    """"He would allow the chip sales in exchange for a 25% fee" names no chip, but the
    article named the H200 before and 25% is exactly the record's fee on it; a 15% fee in
    the same article is the H20's, which the article never named, so it stays open."""
    st = article_statements(tmp_path, (
        "Trump lets Nvidia sell H200 chips to China\n\nPublished: December 9, 2025\n\nThe "
        "administration will let Nvidia ship its H200 chips to approved customers in China."
        "\n\nU.S. President Donald Trump announced that he would allow the chip sales in "
        "exchange for a 25% fee for the U.S. government.\n\nBuyers will pay a 15% fee on "
        "top, analysts said.\n"))
    fee = st[(st["line_no"] == 7) & (st["action"] == "revenue_share")]
    assert fee["verdict"].tolist() == ["supported"]
    assert fee["subjects"].tolist() == ["H200"]
    assert "supported" not in st.loc[st["line_no"] == 9, "verdict"].tolist()


def test_meeting_a_licensing_requirement_is_needing_the_licence(book, record):
    """"Will have to meet new licensing requirements" is not a chip complying with rules
    that leave it free: it needs the licence."""
    rows = judged("The Trump administration on Monday informed U.S. chipmaker Nvidia that "
                  "exports of its powerful H20 chips to China will have to meet new "
                  "licensing requirements.", book, record, "2025-04-15")
    assert verdicts(rows, "event", "licence_required") == ["supported"]
    assert verdicts(judged("License Required for Exports and Transfers of U.S.-Origin Items "
                           "to Huawei Technologies and 68 Affiliates", book, record,
                           "2019-05-17"), "event", "licence_required") == ["supported"]


def test_the_date_of_imposing_a_standing_rule_must_be_when_it_began(book, record):
    """"Imposed further export restrictions on Huawei in August 2020": the restrictions of
    May 2019 and May 2020 held then, but neither was imposed then, so the record does not
    hold this act; "have applied since May 2019" states the standing rule."""
    rows = judged("BIS imposed further export restrictions on Huawei in August 2020.", book,
                  record, "2020-09-01")
    assert "supported" not in verdicts(rows)
    rows = judged("US export restrictions have applied to Huawei since May 2019.", book,
                  record, "2020-09-01")
    assert verdicts(rows, "event", "export_rule") == ["supported"]
    rows = judged("The US imposed export restrictions on Huawei in May 2019.", book, record,
                  "2020-09-01")
    assert verdicts(rows, "event", "export_rule") == ["supported"]


def test_announcing_that_is_not_a_release(book, record):
    """"Nvidia announced last month that sales would be allowed to resume" announces a
    decision, not a product; the sales allowed to resume are the statement."""
    rows = judged("Nvidia announced last month that sales of the H20 would be allowed to "
                  "resume.", book, record, "2025-08-11")
    assert verdicts(rows, "event", "release") == []
    assert verdicts(rows, "event", "sales_allowed") == ["supported"]
    rows = judged("Sales of the H20 to China will not be allowed to resume.", book, record,
                  "2025-08-11")
    assert "supported" not in verdicts(rows)


def test_an_act_on_the_chips_named_just_before(tmp_path):
    """"Nvidia will be permitted to sell the chips to China" names no chip, but the sentence
    before named only the H200: the sales allowed are the H200's."""
    st = article_statements(tmp_path, (
        "US approves H200\n\nPublished: January 14, 2026\n\nThe H200, Nvidia's "
        "second-most-advanced AI semiconductor, had previously been restricted amid concerns "
        "in Washington. Under the revised rules, however, Nvidia will be permitted to sell "
        "the chips to China provided that sufficient supply is available.\n"))
    assert acts(st, "sales_allowed") == [("H200", "supported")]


@pytest.mark.parametrize("sentence, action", [
    ("Recently, the US government notified Nvidia that exporting its H20 AI chip to China now "
     "necessitates a special license.", "licence_required"),
    ("Huawei is poised to commence widespread distribution of its Ascend 910C AI chip as soon "
     "as next month.", "shipments"),
])
def test_necessitating_a_licence_and_widespread_distribution(sentence, action, book, record):
    assert verdicts(judged(sentence, book, record, "2025-04-24"), "event", action) == [
        "supported"]


def test_a_description_names_the_chip_for_acts_not_for_fees(tmp_path):
    """"A 15% fee on the chip was proposed in a Senate bill": "the chip" is the H20 named
    before, but a fee in the sentence must still pass the tests of a figure of the article's
    context (no proposal, no other government); a bare "sales" of something else is not the
    chip's."""
    st = article_statements(tmp_path, (
        "H20 cleared\n\nPublished: August 20, 2025\n\nNvidia's H20 was cleared for China in "
        "August 2025. A 15% fee on the chip was proposed in a Senate bill. China's Ministry "
        "of Commerce set a 15% fee on the chip. Smartphone sales were halted in April 2025."
        "\n"))
    assert st.loc[st["verdict"] == "supported", "statement"].str.contains("15%").sum() == 0
    assert not st["statement"].str.contains("stopped").any()


def test_a_later_tightening_on_a_day_no_rule_began_is_another_act(book, record):
    """"Tightened export restrictions on Huawei in August 2020" is a later act on the rule,
    which the record does not hold: no statement, not the 2019 listing misdated."""
    rows = judged("Washington tightened export restrictions on Huawei in August 2020.", book,
                  record, "2020-09-01")
    assert verdicts(rows, "event") == []


def test_plural_chips_after_two_chips_stand_for_neither(tmp_path):
    st = article_statements(tmp_path, (
        "Chips\n\nPublished: May 1, 2025\n\nNvidia's H20 and Huawei's Ascend 910B compete for "
        "Chinese buyers. The chips were banned from sale to China in April 2025.\n"))
    assert "H20" not in ";".join(st.loc[st["line_no"] == 5, "subjects"])


def test_percentages_that_are_not_the_fee(tmp_path):
    """A share of revenue from China, a fee proposed in a bill or floated and dropped, and a
    levy on something else are not the record's fee on the H200 the article named; the US
    government taking 25% of the sales is."""
    st = article_statements(tmp_path, (
        "Trump lets Nvidia sell H200 chips to China\n\nPublished: December 10, 2025\n\nThe "
        "administration will let Nvidia ship its H200 chips to approved customers in China."
        "\n\nAbout 25% of the revenue comes from China, analysts estimate.\n\nA 25% fee was "
        "also proposed by Senate Democrats in a separate bill on cloud services.\n\nTrump had "
        "floated a 25% fee but dropped it.\n\nMalaysia charges a 25% levy on data centre "
        "power.\n\nThe U.S. government takes 25% of sales revenue.\n"))
    for line in (7, 9, 11, 13):
        assert "supported" not in st.loc[st["line_no"] == line, "verdict"].tolist(), line
    assert "supported" in st.loc[st["line_no"] == 15, "verdict"].tolist()


def test_a_unit_spelt_teraflops_is_tflops(book, record):
    rows = judged("The Ascend 910C delivers 780 TeraFLOPS of BF16 compute.", book, record,
                  "2025-06-01")
    assert verdicts(rows, "specification") == ["supported"]


def test_the_ai_chip_stands_for_the_chip_named_before(tmp_path):
    st = article_statements(tmp_path, (
        "Huawei ships 910C\n\nPublished: April 24, 2025\n\nHuawei will ship the Ascend 910C "
        "next month. The AI chip is manufactured by SMIC using its N+2 7nm process.\n"))
    node = st[st["action"] == "process_nm"]
    assert node["subjects"].tolist() == ["Ascend 910C"]


@pytest.mark.parametrize("sentence", [
    "As expected, the US banned sales of the H20 to China in April 2025.",
    "Nvidia had warned that the US banned H20 sales to China in April 2025, costing it "
    "billions.",
])
def test_what_was_expected_or_warned_and_then_done_is_the_act(sentence, book, record):
    assert verdicts(judged(sentence, book, record, "2025-08-01"), "event")


@pytest.mark.parametrize("sentence", [
    "Analysts expected sales of the H20 to be halted in April 2025.",
    "Officials warned that sales of the H20 would be halted in April 2025.",
    "Sales of the H20 would have been halted in April 2025 without the deal.",
])
def test_expected_feared_or_counterfactual_acts_are_not_supported(sentence, book, record):
    assert "supported" not in verdicts(judged(sentence, book, record, "2025-08-01"))


def test_a_charge_a_company_expects_to_book_is_the_charge_it_flagged(book, record):
    rows = judged("Nvidia said on Tuesday that it expects to incur a quarterly charge of "
                  "approximately $5.5 billion due to constraints on exporting its H20 chips.",
                  book, record, "2025-04-16")
    assert verdicts(rows, "money") == ["supported"]


def test_the_source_a_figure_is_credited_to_is_not_whose_it_is(tmp_path):
    """"The fund joined the $400 million raise for the Chinese group, according to the
    Financial Times": the Financial Times reports the sum, which is Zhipu's round."""
    st = article_statements(tmp_path, (
        "Saudi fund joins Zhipu round\n\nPublished: June 3, 2024\n\nProsperity7 Ventures "
        "reportedly participated in the latest financing round for Zhipu AI. The fund joined "
        "the $400 million raise for the Chinese group, according to the Financial Times.\n"))
    assert acts(st, "funding") == [("Zhipu", "supported")]


def test_two_things_under_one_act_of_one_event_make_one_statement(book, record):
    """"MI308 chips are blocked, similar to Nvidia's H20 processors, under new U.S. Commerce
    rules": the April 2025 rules on both, one statement naming both, with both facts."""
    rows = judged("MI308 chips are blocked, similar to Nvidia's H20 processors, under new U.S. "
                  "Commerce rules.", book, record, "2025-05-01")
    rule = rows[rows["action"] == "export_rule"]
    assert rule["subjects"].tolist() == ["H20;MI308"]
    assert rule["verdict"].tolist() == ["supported"]
    assert "MI308" in rule["rationale"].iloc[0]


# --- cues widened on the twenty-third blind set ----------------------------------------

@pytest.mark.parametrize("sentence, day, action, verdict", [
    ("Prosperity7's $400 million investment values Zhipu at approximately $3 billion.",
     "2024-06-03", "valuation", "supported"),
    ("Among them, the H100 chip was prohibited from sale in China in 2022.", "2025-04-28",
     "export_rule", "partly supported"),  # a licence requirement, not a formal ban
    ("Chinese customs are now prohibiting Nvidia's H200 chips from entering the country.",
     "2026-01-15", "customs_block", "supported"),
    ("Chinese authorities have advised tech firms against purchasing the Nvidia H200 unless "
     "absolutely necessary.", "2026-01-15", "discourage", "supported"),
    ("The Chinese government advised local companies not to use Nvidia H20 chips.",
     "2025-08-14",
     "discourage", "supported"),
    ("Nvidia will pay 15% of revenues from H20 chip sales, and AMD will hand over the same "
     "share of its MI308 revenue.", "2025-08-11", "revenue_share", "supported"),
    ("Zhipu AI has secured a foreign investment from Saudi Arabia's Prosperity7 Ventures.",
     "2024-06-03", "funding", "supported"),
    ("Nvidia faces scrutiny from Chinese regulators over potential antitrust violations "
     "related to its acquisition of Mellanox.", "2024-12-10", "antitrust", "supported"),
    ("The DeepSeek R1 model was launched in January this year.", "2025-08-14", "release",
     "supported"),
    ("Eric Xu announced annual updates, beginning with the Ascend 950 in 2026.", "2025-09-20",
     "release", "supported"),
])
def test_widened_cues(book, record, sentence, day, action, verdict):
    assert verdicts(judged(sentence, book, record, day), action=action) == [verdict]


def test_pay_to_the_us_is_a_revenue_share_but_not_pay_to_us_companies(book, record):
    rows = judged("Nvidia and AMD settle to pay 15% of China chip revenue to US", book, record,
                  "2025-08-11")
    assert verdicts(rows, action="revenue_share") == ["partly supported"]  # chips unnamed
    rows = judged("Chinese buyers pay 15% of their budgets to US chipmakers.", book, record,
                  "2025-08-11")
    assert verdicts(rows, action="revenue_share") == []


def test_a_company_warning_it_will_book_a_charge_discloses_it(book, record):
    """"warned it will report about $5.5bn in writedowns": a disclosure, not a forecast; and
    "the first quarter 2026 that ends on 27 April 2025" is a reporting period, not the date
    of the charge."""
    rows = judged("Nvidia warned it will report about $5.5bn in writedowns during the first "
                  "quarter 2026 that ends on 27 April 2025, linked to inventory for the H20 "
                  "chip.", book, record, "2025-04-16")
    assert verdicts(rows, action="charge") == ["supported"]


def test_first_before_a_verb_of_making_a_rule_is_a_time(book, record):
    rows = judged("The Commerce Department revealed new regulations that strengthen export "
                  "controls, first brought in October 2022.", book, record, "2023-10-18")
    assert not rows["statement"].str.startswith("a superlative").any()


def test_an_agency_act_named_through_the_us_needs_a_date(book, record):
    """"The US tightened its controls in October 2023" is the rule of 17 October 2023; an
    undated "US restrictions" is not whichever act the record holds last (the AI diffusion
    rule), and the statement names who acted."""
    rows = judged("The US government announced tightened chip export restrictions in October "
                  "2023.", book, record, "2024-03-01")
    st = rows[rows["action"] == "export_rule"]
    assert list(st["verdict"]) == ["supported"] and "17 October 2023" in st["rationale"].iloc[0]
    assert "(acting: United States)" in st["statement"].iloc[0]
    rows = judged("The original US restrictions on AI chips were imposed in October 2022.",
                  book, record, "2023-10-18")
    assert "7 October 2022" in rows.loc[rows["action"] == "export_rule", "rationale"].iloc[0]
    for other in ("In 2022, the US banned TikTok on government devices.",  # no chips
                  "In October 2023, the US restricted Chinese investment in farmland."):
        assert judged(other, book, record, "2024-01-10").empty, other
    rows = judged("US restrictions have made life hard for chip buyers.", book, record,
                  "2025-08-01")
    assert not rows["rationale"].str.contains("diffusion").any()


def test_export_controlled_and_no_longer_allowed(book, record):
    assert verdicts(judged("The A100 and H100 are export-controlled.", book, record,
                           "2025-03-01"), action="export_rule") == ["supported"]
    assert verdicts(judged("The H800 is no longer allowed to be sold to China.", book, record,
                           "2023-11-10"), action="export_rule") == ["supported"]
    assert verdicts(judged("The H20 is no longer subject to US export controls.", book, record,
                           "2025-06-01"), action="export_rule") == []


def test_a_listed_subject_is_the_whole_list(book, record):
    """"The A100, H100 and L40S are covered by the restrictions": the subject is the list, so
    the October 2022 rule on the A100 and H100 is stated beside the October 2023 one."""
    rows = judged("The A100, H100 and L40S are also covered by the restrictions.", book, record,
                  "2023-10-20")
    assert acts(rows, "export_rule") == [("A100;H100", "supported"), ("L40S", "supported")]


def test_a_fee_on_the_makers_revenue_is_the_chips_fee(tmp_path):
    """"a 25% fee on the revenues Nvidia earns from those transactions", in a report on the
    H200: Nvidia makes the H200, so it does not make the fee another company's; the fee is
    the H200's 25%, not the H20's 15%."""
    st = article_statements(tmp_path, "H200 approved\nPublished: 14 January 2026\n"
                            "The decision allows Nvidia to resume shipments of its H200 "
                            "processor to China.\nTrump said his administration would permit "
                            "sales of advanced AI chips to approved customers in China, while "
                            "imposing a 25% fee on the revenues Nvidia earns from those "
                            "transactions.\n")
    fee = st[st["action"] == "revenue_share"]
    assert list(fee["verdict"]) == ["supported"] and "H200" in fee["subjects"].iloc[0]


def test_a_class_of_products_is_no_superlative(book, record):
    """"its most powerful chips" names what is restricted; "the world's most powerful AI
    processor" and "Nvidia's most advanced chip for China" claim a first or best."""
    sup = "a superlative"
    rows = judged("Nvidia has been unable to send its most powerful chips to China for several "
                  "years.", book, record, "2025-04-20")
    assert not rows["statement"].str.startswith(sup).any()
    rows = judged("The Ascend 910 is the world's most powerful AI processor, delivering 256 "
                  "TFLOPS of FP16.", book, record, "2019-08-25")
    assert rows["statement"].str.startswith(sup).any()
    rows = judged("The H20, Nvidia's most advanced chip for China, needs a licence.", book,
                  record, "2025-05-01")
    assert rows["statement"].str.startswith(sup).any()


# --- found by review on the twenty-third blind set's changes ---------------------------

@pytest.mark.parametrize("sentence, day, action", [
    ("Zhipu debuted in Hong Kong on 8 January 2025, closing up 13%.", "2026-01-20", "listing"),
    ("Aramco sold its stake in Zhipu.", "2025-06-01", "funding"),
    ("Aramco sold its Zhipu shares in 2025.", "2025-06-01", "funding"),
    ("Huawei has already released the Ascend 950 to customers.", "2025-10-01", "release"),
    ("The market now values Zhipu at about US$3 billion.", "2026-03-01", "valuation"),
    ("Analysts advised investors against buying Nvidia shares ahead of its H20 results.",
     "2025-08-20", "discourage"),
    ("Supply shortages kept the H200 from entering the Chinese market in volume.",
     "2026-01-20", "customs_block"),
    ("AMD booked 15% of its MI308 revenues from Chinese customers.", "2025-09-01",
     "revenue_share"),
    ("Investors fear Washington will take steps to restrict H20 sales further.", "2025-06-01",
     "export_rule"),
])
def test_not_wholly_supported(book, record, sentence, day, action):
    """Each sentence either has no statement of the act or a verdict short of supported: a
    wrong date beside 'closing', a stake sold, a plan told as done, a stale valuation, advice
    from no Chinese authority, no customs, revenue booked (not paid), a fear."""
    assert "supported" not in verdicts(judged(sentence, book, record, day), action=action)


def test_only_one_and_first_approved_are_superlatives(book, record):
    for sentence in ("Zhipu is the only one of China's AI tigers to have listed in Hong Kong.",
                     "Zhipu became the first approved Chinese AI start-up to list in Hong Kong."):
        rows = judged(sentence, book, record, "2026-02-01")
        assert rows["statement"].str.startswith("a superlative").any(), sentence


def test_a_comparison_of_bandwidth_is_not_one_of_memory(book, record):
    rows = judged("The H200 offers 1.8x the memory bandwidth of the H100, with 141GB of memory.",
                  book, record, "2025-06-01")
    ratio = rows[rows["statement_kind"] == "comparison"]
    assert list(ratio["verdict"]) == ["contradicted"] and "mem bw" in ratio["rationale"].iloc[0]


def test_a_part_borrows_only_a_unit_that_adds_up(book, record):
    rows = judged("The Ascend 910C combines 2 of the 7nm dies made by SMIC.", book, record,
                  "2025-06-01")
    assert not (rows["value"] == 2).any()


def test_without_foreign_components_is_not_wholly_supported(tmp_path):
    """Check F9 reads "without foreign components" as it reads "without US semiconductor
    technology": the record cannot confirm it, so the Z1 training check beside it does not
    make the claim supported."""
    claims = claims_by_line(tmp_path, "Z.ai trains GLM-Image on Ascend\nPublished: January "
                            "20, 2026\nZhipu released GLM-Image, trained on Huawei Ascend "
                            "chips.\nHuawei's Ascend series now handles full-stack model "
                            "training without foreign components.\n")
    assert "F9" in claims.loc[4, "check_id"].split(";")
    assert claims.loc[4, "verdict"] != "supported"


def test_a_day_before_the_record_is_a_wrong_date(book, record):
    """The slack is for a report that trails the event: "released GLM-5 on 11 February"
    (the record: 12 February) is the release with its date wrong, partly supported."""
    rows = judged("Zhipu AI released GLM-5 on 11 February 2026.", book, record, "2026-02-20")
    assert verdicts(rows, action="release") == ["partly supported"]
    rows = judged("Zhipu AI released GLM-5 on 13 February 2026.", book, record, "2026-02-20")
    assert verdicts(rows, action="release") == ["supported"]


# --- found by the second review of the session -----------------------------------------

@pytest.mark.parametrize("sentence, day, action", [
    ("Huawei was added to the Entity List in 2021 over national security concerns.",
     "2025-06-01", "entity_list"),  # a year after "in" dates the act
    ("DeepSeek released V3 in January 2025.", "2025-03-01", "release"),  # a month: no slack
    ("Nvidia gives 15% of its H20 revenues to US shareholders.", "2025-09-01",
     "revenue_share"),  # paid to someone else than the US government
    ("Huawei released the Ascend 950PR in March 2026.", "2026-06-01", "release"),  # a plan
    ("Zhipu listed in Hong Kong on 8 January 2026, the first time a Chinese AI start-up had "
     "gone public.", "2026-01-20", "listing"),
])
def test_not_supported_after_the_second_review(book, record, sentence, day, action):
    rows = judged(sentence, book, record, day)
    assert overall_of(rows) != "supported", sentence


def overall_of(rows):
    return overall([v for v in rows["verdict"] if v])


def test_a_revenue_share_with_sales_to_china(book, record):
    rows = judged("President Trump announced the U.S. will take a 25% cut of Nvidia H200 sales "
                  "to China.", book, record, "2025-12-10")
    assert verdicts(rows, action="revenue_share") == ["supported"]


def test_check_f9_reads_common_wordings(tmp_path):
    claims = claims_by_line(tmp_path, "GLM-Image on Ascend\nPublished: January 20, 2026\n"
                            "Zhipu trained GLM-Image without relying on any American "
                            "technology.\nZhipu built it without foreign partners.\n")
    assert "F9" in claims.loc[3, "check_id"].split(";")
    assert "F9" not in str(claims["check_id"].get(4, ""))


def test_announcing_what_someone_will_do_is_no_release(book, record):
    """"Trump announced the U.S. will take a 25% cut of H200 sales": a report of a decision,
    not the H200's launch; "Nvidia announced the H200" is one."""
    rows = judged("President Trump announced the U.S. will take a 25% cut of Nvidia H200 sales "
                  "to China.", book, record, "2025-12-10")
    assert verdicts(rows, action="release") == []
    rows = judged("Nvidia announced the H200 in November 2023.", book, record, "2024-01-10")
    assert verdicts(rows, action="release") == ["supported"]


def test_buying_only_when_necessary(book, record):
    """"only when necessary" limits the advice and ranks nothing; told by Chinese officials it
    is their steer away from the chip, said of anyone else it is no act of theirs."""
    rows = judged("Chinese officials instructed firms to buy the H200 only when necessary.",
                  book, record, "2026-01-20")
    assert verdicts(rows, action="discourage") == ["supported"]
    assert not rows["statement"].str.startswith("a superlative").any()
    assert judged("Companies buy the H200 only when necessary.", book, record,
                  "2026-01-20").empty


def test_a_figure_the_record_learned_later_is_unverifiable_when_published(book, record):
    """Pangu Ultra MoE's 718 billion parameters entered the record on 30 May 2025: a page of
    11 May states them before the record held them (supported now, not then)."""
    rows = judged("Huawei's Pangu Ultra MoE has 718 billion parameters.", book, record,
                  "2025-05-11")
    spec = rows[rows["statement_kind"] == "specification"]
    assert list(spec["verdict"]) == ["unverifiable"] and list(spec["verdict_today"]) == [
        "supported"]


def test_chinese_authorities_barring_firms_from_buying(book, record):
    rows = judged("China's Cyberspace Administration (CAC) has barred Alibaba, ByteDance and "
                  "other tech firms from purchasing Nvidia's RTX Pro 6000D.", book, record,
                  "2025-09-17")
    assert verdicts(rows, action="discourage") == ["supported"]
    rows = judged("The US has barred Nvidia from selling the H20 to China.", book, record,
                  "2025-05-01")
    assert verdicts(rows, action="discourage") == []


def test_a_us_act_in_a_side_clause_of_a_sentence_about_chips(book, record):
    """A US act named only through the US, in a clause that names no company or chip, is
    judged even when the main clause is about chips; each clause keeps its own date."""
    rows = judged("The tighter controls target Nvidia's A800 and H800 chips, which the "
                  "company created after the Biden administration imposed its original "
                  "restrictions last October.", book, record, on="2023-10-18")
    rules = rows[rows["action"] == "export_rule"]
    assert sorted(zip(rules["subjects"], rules["verdict"])) == [
        ("A800;H800", "supported"), ("Joe Biden", "supported")]
    assert sorted(rules["rationale"].str.contains("7 October 2022")) == [False, True]
    # the act's clause names a company of its own: about that company, not a US rule
    rows = judged("The US sanctioned Zhipu and restricted its access to advanced chips in "
                  "January 2025.", book, record, on="2025-02-01")
    assert acts(rows, "export_rule") == [("Zhipu", "supported")]


@pytest.mark.parametrize("text", [
    "The Biden administration restricted the sale of more advanced chips to China in 2022.",
    "In October 2022 the Biden administration announced measures to block China from "
    "buying high-end AI chips designed by Nvidia.",
])
def test_chip_controls_told_in_other_words(book, record, text):
    assert verdicts(judged(text, book, record, on="2024-01-01"),
                    action="chip_controls") == ["supported"]


def test_an_arms_embargo_is_not_a_ban_word(book, record):
    rows = judged("Chip producers must acquire licences for countries that are subject to "
                  "US arms embargoes, to prevent China from obtaining advanced US chips.",
                  book, record, on="2022-10-10")
    assert verdicts(rows, action="chip_controls") == ["supported"]



@pytest.mark.parametrize(("sentence", "on", "action"), [
    # a named rule is a thing a claim can be about ("other" entities make claims)
    ("The US scrapped the AI diffusion rule.", "2025-05-14", "rule_rescinded"),
    ("Nvidia was cleared earlier this year to resume H20 sales in China.", "2025-10-10",
     "sales_allowed"),
    ("Beijing has previously directed domestic tech firms to prioritize locally produced "
     "semiconductors over older Nvidia models.", "2025-12-09", "discourage"),
    ("Huawei's CloudMatrix 384 was tested with DeepSeek's R1 model.", "2025-06-20",
     "runs_on"),
    ("Zhipu announced that GLM-Image is a result of training on chips by Huawei.",
     "2026-01-15", "trained_on"),
    ("The AI diffusion rule was repealed in May.", "2025-06-01", "rule_rescinded"),
])
def test_acts_told_in_other_words(book, record, sentence, on, action):
    assert verdicts(judged(sentence, book, record, on=on), action=action) == ["supported"]


def test_a_rescinded_rule_is_not_stated_as_a_restriction(book, record):
    rows = judged("The Trump administration rescinded the AI diffusion rule.", book, record,
                  on="2025-05-14")
    assert rows["action"].tolist() == ["rule_rescinded"]


def test_a_count_whose_unit_took_in_the_chips_name(book, record):
    """"8,192 Ascend NPUs" is read as a count of Ascend chips however the figure's unit was
    parsed, and the system named before it is the whole they make up."""
    rows = judged("The Atlas 950 system integrates up to 8,192 Ascend NPUs into a single "
                  "logical AI system.", book, record, on="2026-03-05")
    assert list(zip(rows["statement"], rows["verdict"])) == [
        ("Atlas 950 SuperPoD: chips per system of 8,192", "supported")]


def test_a_later_participle_owns_the_dates_after_it(book, record):
    """"imposed in 2015, further tightening them in 2021 and 2022": the act is dated 2015
    (wrong for the record's controls of October 2022); a date before the cue keeps its act
    ("on January 13, 2026, shifting to case-by-case reviews")."""
    rows = judged("The U.S. first imposed restrictions on exports of chips to China in 2015, "
                  "further tightening them in 2021 and twice in 2022.", book, record,
                  on="2023-01-30")
    assert acts(rows, "chip_controls") == [("United States", "partly supported")]
    rows = judged("The Commerce Department revised H200 China sales rules on January 13, 2026, "
                  "shifting to case-by-case reviews for H200 exports.", book, record,
                  on="2026-01-20")
    assert rows.loc[rows["action"] == "licence_granted", "stated_date"].tolist() == [
        "2026-01-13"]


def test_a_second_sum_for_a_stated_charge_is_of_something_else(book, record):
    rows = judged("Nvidia took a US$5.5 billion inventory write-down, and the restrictions cost "
                  "it an estimated US$15 billion in lost business.", book, record,
                  on="2025-05-20")
    money = rows[rows["statement_kind"] == "money"]
    assert sorted(zip(money["value"], money["verdict"])) == [
        (5.5e9, "supported"), (15e9, "unverifiable")]


def test_announcing_in_a_post_that_something_happened_is_no_launch(book, record):
    rows = judged("On Monday, July 14, the company announced in a blog post that the U.S. "
                  "government had approved the sale of the H20.", book, record, on="2025-07-18")
    assert "release" not in rows["action"].tolist()


def test_not_made_available_to_china_is_a_restriction(book, record):
    rows = judged("Trump said the Blackwell series will be reserved for US use and not made "
                  "available to China.", book, record, on="2025-12-20")
    assert acts(rows, "export_rule") == [("Blackwell", "supported")]


def test_a_launch_said_to_match_a_rival_is_at_best_partly_supported(book, record):
    """The record holds the 910B's appearance but no dense figure of its own to set against
    the H100's, so the sentence adds a comparison the record cannot settle."""
    rows = judged("Huawei has launched the Ascend 910B, a next-generation AI chip that appears "
                  "to match the computational performance of Nvidia's widely used H100.",
                  book, record, on="2025-04-20")
    assert overall(rows["verdict"].tolist()) == "partly supported"


def test_restricting_investments_is_no_export_rule(book, record):
    rows = judged("Nvidia's shares rose after Washington restricted investments in Chinese AI "
                  "firms in 2023.", book, record, on="2023-09-01")
    assert verdicts(rows, action="export_rule") == []


def test_a_count_with_a_demonym_before_its_noun(book, record):
    rows = judged("The US added 140 Chinese entities to the Entity List.", book, record,
                  on="2024-12-03")
    assert verdicts(rows, action="entity_list") == ["supported"]


def test_a_bracketed_pair_of_figures_follows_the_order_of_the_things(book, record):
    """"the GB200 ... the Ascend 910C (2,500 vs. 780 TeraFLOPS)": the first figure is the
    first thing's, the second the second's."""
    rows = judged("Its GB200 GPU delivers three times the BF16 performance of Huawei's Ascend "
                  "910C (2,500 vs. 780 TeraFLOPS) and boasts more memory (192 GB compared to "
                  "128 GB).", book, record, on="2025-06-01")
    spec = rows[rows["statement_kind"] == "specification"]
    assert sorted(zip(spec["statement"], spec["verdict"])) == [
        ("Ascend 910C: dense 16-bit compute of 780 TeraFLOPS", "supported"),
        ("Ascend 910C: memory capacity of 128 GB", "supported"),
        ("GB200: memory capacity of 192 GB", "unverifiable")]


@pytest.mark.parametrize(("sentence", "on", "stated"), [
    ("Huawei unveiled the CloudMatrix 384 in Shanghai, Beijing and Shenzhen in April 2023.",
     "2025-08-01", "2023-04"),  # ", Beijing" is no participle
    ("Nvidia launched the H20, cutting its compute to 148 TFLOPS, in 2021.", "2025-08-01",
     "2021"),  # a participle phrase closed by a comma leaves the date to the main verb
])
def test_a_participle_closed_off_leaves_the_date_to_the_act(book, record, sentence, on,
                                                            stated):
    rows = judged(sentence, book, record, on=on)
    assert rows.loc[rows["action"] == "release", "verdict"].tolist() == ["partly supported"]
    assert rows.loc[rows["action"] == "release", "stated_date"].tolist() == [stated]


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("The Ascend 910C is 100 times faster than the H20.", "partly supported"),  # about 5.3
    ("The Ascend 910C is half as fast as the H100.", "partly supported"),  # about 0.8
    ("The H100 is faster than the H20 by six times.", "supported"),
])
def test_a_speed_up_is_judged_by_size_then_order(book, record, sentence, verdict):
    assert verdicts(judged(sentence, book, record), "comparison")[:1] == [verdict]


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("Compared with the Ascend 910C, the H20, however, is six times slower than the H100.",
     "H20;H100"),
    ("Unlike the H20, the Ascend 910C, analysts say, is comparable to the H100.",
     "Ascend 910C;H100"),
])
def test_a_parenthetical_is_no_apposition(book, record, sentence, subjects):
    rows = judged(sentence, book, record)
    assert rows.loc[rows["statement_kind"] == "comparison", "subjects"].tolist() == [subjects]


@pytest.mark.parametrize("sentence", [
    "In inference, the H20 is twice as fast as the Ascend 910C.",
    "The H20 outperforms the Ascend 910C on inference workloads.",
    "The H200 is up to six times faster than the H20 for certain AI tasks.",
])
def test_a_task_scope_anywhere_leaves_a_comparison_open(book, record, sentence):
    assert verdicts(judged(sentence, book, record), "comparison") == ["unverifiable"]


@pytest.mark.parametrize("sentence", [
    "ByteDance bought half of the H20 chips sold in China.",  # half is no ratio here
    "The H20 was never sold in China.",  # no US rule
])
def test_no_comparison_or_rule_is_made_up(book, record, sentence):
    rows = judged(sentence, book, record, on="2025-06-01")
    assert not rows["action"].isin(["times", "export_rule"]).any()


def test_a_model_number_before_a_parity_is_no_ratio(book, record):
    rows = judged("Huawei's CloudMatrix 384 on par with Nvidia's GB200 NVL72, analysts say.",
                  book, record, on="2025-06-01")
    assert verdicts(rows, "comparison") == ["contradicted"]  # 300 against 180 PFLOPS


def test_a_named_rule_makes_a_claim_a_video_platform_does_not(tmp_path):
    claims = claims_by_line(tmp_path, "A title about chips\n"
                            "The US scrapped the AI diffusion rule in May.\n"
                            "Watch the full keynote on Bilibili, fans of the show.\n")
    assert set(claims.index) == {2}


def test_a_yearless_day_on_an_undated_page_takes_the_records_one_year(book, record):
    """No date given: "17 October" is the October 2023 rules' day, the one year an act of
    the kind fell on it; "In October" fits 2022 and 2023 alike and stays open."""
    rows = judged("On 17 October, the Biden Administration released a new package of export "
                  "controls on advanced computing semiconductors.", book, record)
    assert rows.loc[rows["action"] == "export_rule", "stated_date"].tolist() == ["2023-10-17"]
    assert verdicts(rows, action="export_rule") == ["supported"]
    rows = judged("In October, the Biden administration imposed new export controls on AI "
                  "chips.", book, record)
    assert verdicts(rows, action="export_rule") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("US export restrictions on high-performance AI chips were first imposed under Biden in "
     "2023.", "partly supported"),
    ("US export restrictions on high-performance AI chips were first imposed in 2022.",
     "supported"),
    ("US export restrictions on high-performance AI chips were imposed under Biden in 2023.",
     "supported"),
    ("The deal traces back to US export restrictions on AI chips, first imposed during the "
     "Biden administration in 2023.", "partly supported"),
])
def test_a_rule_first_imposed_in_the_passive_is_dated_by_its_start(book, record, text,
                                                                   expected):
    """"Restrictions ... were first imposed under Biden in 2023" dates the act that began
    the standing controls of October 2022, so the year is the detail wrong; "were imposed in
    2023" may tell a later round (the rules of October 2023) and leaves the rule standing.
    "First imposed in 2022" is also the act of October 2022 itself."""
    assert set(verdicts(judged(text, book, record, "2025-08-12"), "event")) == {expected}


def test_a_hyphenated_backer_carries_no_sum(book, record):
    """"Secured over 1 billion yuan in a new funding round led by state-backed firms" in March
    2025: the new round is not the 2023 one, and "state-backed" describes the firms, so it
    cannot carry the sum to the 2023 round's "more than 2.5 billion yuan"."""
    rows = judged("Chinese AI startup Zhipu has secured over 1 billion yuan in a new funding "
                  "round led by state-backed firms.", book, record, "2025-03-05")
    assert "supported" not in verdicts(rows, "money")


def test_a_licence_with_an_adjective_is_still_a_licence_requirement(book, record):
    """"Will now necessitate a specific license": the H20 licence requirement of April 2025."""
    rows = judged("Nvidia has disclosed that future sales of its H20 accelerators to China will "
                  "now necessitate a specific license from the U.S. Department of Commerce.",
                  book, record, "2025-04-17")
    assert verdicts(rows, "event", "licence_required") == ["supported"]


def test_an_opening_subject_owns_an_act_told_late_in_the_sentence(book, record):
    """"The H20 chip was specifically developed as a less potent alternative to Nvidia's
    flagship AI accelerators, tailored to comply with previous US export restrictions": the
    opening subject is what was tailored, however far the cue stands from it."""
    rows = judged("The H20 chip was specifically developed as a less potent alternative to "
                  "Nvidia's flagship AI accelerators, tailored to comply with previous U.S. "
                  "export restrictions targeting China.", book, record, "2025-04-17")
    assert verdicts(rows, "event", "china_model") == ["supported"]


def test_a_chip_that_fits_within_the_rules_is_not_restricted_by_them(book, record):
    """"Fitting within US restrictions" and "allowed to export to China under existing US
    restrictions" say the rules let the chip through."""
    for text in ("The H20 was a compromise product from Nvidia for China: powerful enough for "
                 "local demand, but fitting within US restrictions.",
                 "The H20 chip is currently allowed to export to China under existing U.S. "
                 "restrictions."):
        rows = judged(text, book, record, "2025-03-01")
        assert verdicts(rows, "event", "export_rule") == []


def test_unveiled_at_a_later_showing_is_not_the_first_unveiling(book, record):
    """CloudMatrix 384 was unveiled in April 2025 and shown at WAIC in July: "unveiled at
    WAIC" gets the showing right and the first unveiling wrong; "showed at WAIC" is right."""
    rows = judged("Huawei has unveiled its latest AI system, the CloudMatrix 384, at the World "
                  "Artificial Intelligence Conference (WAIC) in Shanghai.", book, record,
                  "2025-08-01")
    assert verdicts(rows, "event", "showcase") == ["partly supported"]
    rows = judged("Huawei showed the CloudMatrix 384 at WAIC in Shanghai.", book, record,
                  "2025-08-01")
    assert verdicts(rows, "event", "showcase") == ["supported"]


def test_a_precise_figure_near_the_sources_is_none_of_them(book, record):
    """"752 TFLOPS" is written to three places: not a rounding of the sources' 780-800, so
    only partly supported; "about 800" and "760" are roundings of them."""
    rows = judged("Each Ascend 910C delivers 752 TFLOPS of FP16/BF16 compute.", book, record,
                  "2025-08-01")
    assert verdicts(rows, "specification") == ["partly supported"]
    for text in ("Each Ascend 910C delivers 760 TFLOPS of FP16/BF16 compute.",
                 "The Ascend 910C delivers about 800 TFLOPS of FP16 compute."):
        assert verdicts(judged(text, book, record, "2025-08-01"), "specification") == [
            "supported"]


def test_a_name_as_a_compound_modifier_is_not_what_the_act_is_on(book, record):
    """"Huawei launched new Ascend-based servers" launches servers, not Ascend chips."""
    rows = judged("Huawei launched new Ascend 910B-based servers last month.", book, record,
                  "2025-06-01")
    assert verdicts(rows, "event", "release") == []


def test_the_rule_by_its_full_name(book, record):
    """"The Artificial Intelligence Diffusion Rule" is the AI diffusion rule."""
    rows = judged("On June 11, 2025, the U.S. Department of Commerce officially rescinded the "
                  "Biden administration's Artificial Intelligence Diffusion Rule.", book, record,
                  "2025-06-12")
    assert verdicts(rows, "event") == ["partly supported"]  # rescinded, but on 13 May


def test_a_us_act_after_a_sentence_on_chips_is_a_chip_rule(tmp_path):
    """"The U.S. government introduced new restriction rules" names no chip, but after a
    sentence on Nvidia's chips it tells the October 2023 chip rules; alone it is no chip
    rule (it could be on anything)."""
    text = ("Chips\n\nPublished: April 3, 2024\n\nNvidia's A100 and H100 chips could not be sold "
            "to China after 2022. However, on October 17, 2023, the U.S. government introduced "
            "new restriction rules, further tightening the scope of restrictions.\n")
    st = article_statements(tmp_path, text)
    dated = st[st["stated_date"].str.startswith("2023-10-17")]
    assert dated["verdict"].tolist() == ["supported"]
    (tmp_path / "b").mkdir()
    alone = article_statements(tmp_path / "b", (
        "Rules\n\nPublished: April 3, 2024\n\nOn October 17, 2023, the U.S. government "
        "introduced new restriction rules.\n"))
    assert alone.empty or not alone["stated_date"].str.startswith("2023-10-17").any()


def test_told_to_suspend_purchases_is_being_steered_away(book, record):
    """"Instructed domestic technology companies to suspend purchases and testing of Nvidia's
    RTX Pro 6000D": the September 2025 instruction."""
    rows = judged("China's Cyberspace Administration (CAC) has instructed domestic technology "
                  "companies, including ByteDance and Alibaba, to suspend purchases and testing "
                  "of Nvidia's RTX Pro 6000D GPUs.", book, record, "2025-09-18")
    assert verdicts(rows, "event", "discourage") == ["supported"]


def test_not_only_is_no_superlative(book, record):
    """"Not only Nvidia but also AMD" claims no "only"."""
    rows = judged("The rules affect not only Nvidia but also U.S.-based competitor AMD, whose AI "
                  "chip exports to China now face similar restrictions.", book, record,
                  "2025-04-17")
    assert not rows["statement"].str.contains("superlative").any()


def test_fully_done_against_a_fact_held_only_in_part(book, record):
    """"Huawei has fully open-sourced its CANN toolkit": the record has an open-source week
    whose completion nobody verified, so "fully" is more than it holds; "will be fully open
    source" is the pledge, which is not judged against the later week."""
    rows = judged("Huawei has now fully open-sourced its CANN toolkit.", book, record,
                  "2026-01-10")
    assert verdicts(rows, "event", "open_source") == ["partly supported"]
    rows = judged("Huawei announced that its CANN toolkit will be fully open source.", book,
                  record, "2026-01-10")
    assert "told as done" not in rows["rationale"].str.cat()


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("Huawei has announced plans to make its CANN software toolkit for Ascend AI GPUs open "
     "source.", "2025-08-06", ["supported"]),
    ("Huawei made its CANN toolkit for Ascend chips, which were launched in 2019, open source "
     "in December.", "2026-01-10", ["partly supported"]),
])
def test_a_thing_made_for_a_chip_is_still_the_object(book, record, text, day, expected):
    """D16a/D19a: in "its CANN toolkit for Ascend AI GPUs open source" the chips are what CANN
    is for; the act is still CANN's, even past a closed aside on the chips."""
    assert verdicts(judged(text, book, record, day), "event", "open_source") == expected


def test_a_chip_with_its_own_clause_takes_its_own_act(book, record):
    """"optimised R1 for Huawei's Ascend chips, which were launched in 2019": the launch is the
    chips', not the model's."""
    rows = judged("DeepSeek optimised R1 for Huawei's Ascend chips, which were launched in "
                  "2019.", book, record, "2025-08-06")
    assert not any("DeepSeek R1" in s for s in rows.loc[rows["action"] == "release",
                                                         "subjects"])


def test_a_rule_adding_names_to_the_entity_list_is_a_listing(book, record):
    """A "Final Rule adding ... to the Entity List" is the listing, not the export rule of the
    same day (A5): the record holds no such listing of 13 entities, so nothing is supported;
    a rule adding Huawei in May 2019 is the listing the record holds."""
    rows = judged("On October 17, 2023, the Bureau of Industry and Security (BIS) issued a Final "
                  "Rule adding two Chinese entities and their subsidiaries (a total of 13 "
                  "entities) to the Entity List.", book, record)
    assert "supported" not in verdicts(rows, "event")
    rows = judged("In May 2019 the Commerce Department issued a rule adding Huawei to the "
                  "Entity List.", book, record)
    assert verdicts(rows, "event", "entity_list") == ["supported"]
    # a rule adding controls, and entities beside them, keeps its export-rule statement
    rows = judged("In October 2023, the US issued rules that added the A800 and H800 to its "
                  "export controls and added 13 Chinese firms to the Entity List.", book, record)
    assert verdicts(rows, "event", "export_rule") == ["supported"]


def test_the_regulator_alleging_a_breach_is_its_finding(book, record):
    """A17a: "SAMR alleges that Nvidia failed to comply" after September 2025 is the finding;
    before it, the record does not yet hold it; others alleging are no finding."""
    text = ("SAMR alleges that NVIDIA failed to comply with stipulated approval conditions, "
            "thereby breaching the Anti-Monopoly Law.")
    assert verdicts(judged(text, book, record, "2025-12-20"), "event",
                    "antitrust_finding") == ["supported"]
    assert verdicts(judged(text, book, record, "2024-12-20"), "event",
                    "antitrust_finding") == ["unverifiable"]
    for other in ("Critics alleged that SAMR failed to act against Nvidia.",
                  "A complaint filed with SAMR accused Nvidia of violating antitrust rules.",
                  "SAMR accused Nvidia of allegedly violating the Anti-Monopoly Law.",
                  "SAMR alleged that Nvidia is believed to have violated the Anti-Monopoly Law.",
                  "Nvidia said SAMR accused it without evidence of breaching the law."):
        rows = judged(other, book, record, "2025-12-20")
        assert verdicts(rows, "event", "antitrust_finding") == [], other


@pytest.mark.parametrize("text", [
    "Nvidia said discounts on the B200 are off the table for Chinese customers.",
    "A trade deal that covers Blackwell is off the table for China, Trump said.",
    "The H20 is off the table for Chinese buyers after Beijing told firms to avoid it.",
])
def test_off_the_table_is_no_us_restriction(book, record, text):
    """"Off the table" names no actor and no rule: a discount, a deal or Beijing's advice
    may be what is off the table, so it is never read as a US export restriction."""
    assert verdicts(judged(text, book, record, "2025-12-20"), "event", "export_rule") == []


def test_a_document_released_and_a_thing_based_on_parts(book, record):
    """A report released about GLM-5 is no release of GLM-5 (N-rows date the model); the
    910D "based on the existing 910B and 910C" is not the 910C built of 910B dies (D12b)."""
    rows = judged("On February 22, Zhipu officially released the detailed technical report of "
                  "its flagship open-source model, GLM-5.", book, record, "2026-02-25")
    assert verdicts(rows, "event", "release") == []
    rows = judged("The Ascend 910D is the latest iteration of Huawei's AI processors based on "
                  "the existing 910B and 910C models.", book, record, "2025-05-01")
    assert verdicts(rows, "event", "components") == []
    rows = judged("The Ascend 910C is based on two 910B dies.", book, record, "2025-05-01")
    assert verdicts(rows, "event", "components") == ["supported"]
    # a product released with a report, and a thing named in another clause, keep the act
    rows = judged("Zhipu released GLM-5 with a technical report on February 12, 2026.", book,
                  record, "2026-02-25")
    assert verdicts(rows, "event", "release") == ["supported"]
    rows = judged("While the H100 is a single die, Huawei combines two 910B dies in the Ascend "
                  "910C.", book, record, "2025-05-01")
    assert verdicts(rows, "event", "components") == ["supported"]


def test_a_verbless_roadmap_row_is_a_plan(book, record):
    """D18h: "The Ascend 960 in 2027." in a roadmap is the plan the record holds, a plan and
    not a launch told as done; the wrong year is partly supported."""
    rows = judged("The Ascend 960 in 2027.", book, record, "2025-10-01")
    assert verdicts(rows, "event", "release") == ["supported"]
    rows = judged("The Ascend 960 in 2026.", book, record, "2025-10-01")
    assert verdicts(rows, "event", "release") == ["partly supported"]
    rows = judged("Huawei's revenue rose sharply in 2027.", book, record, "2025-10-01")
    assert verdicts(rows, "event", "release") == []
    # a sentence with a verb, or a noun after the name, is no roadmap row
    for text in ("Nvidia H20 ban in 2025.", "The H20 approval for 2025.",
                 "Huawei shipped 910C in 2025."):
        assert verdicts(judged(text, book, record, "2025-10-01"), "event", "release") == [], text
    rows = judged("Huawei open-sourced MindSpore in 2019.", book, record, "2025-10-01")
    assert verdicts(rows, "event", "open_source") == ["partly supported"]


def test_done_against_a_fact_held_only_in_part(book, record):
    """D19a: "Huawei has open-sourced CANN" tells as done what the record holds only in part
    (an open-source week, completion not verified): partly supported; a sentence that says
    it was in part ("open-sourced parts of CANN", "an open-source week") is supported."""
    for text in ("Huawei has open-sourced its CANN toolkit.",
                 "Huawei open-sourced its CANN toolkit as part of its effort to rival CUDA.",
                 "Huawei has open-sourced CANN, a move partly driven by US export controls.",
                 "Huawei held an open-source week and released the entire CANN toolkit.",
                 "Huawei has open-sourced CANN and will open-source more tools in 2026.",
                 "Huawei made good on its pledge to open-source CANN in December.",
                 "Huawei's plan to open-source CANN was completed in December."):
        rows = judged(text, book, record, "2026-01-10")
        assert verdicts(rows, "event", "open_source")[:1] == ["partly supported"], text
    for text in ("Huawei open-sourced parts of CANN in December 2025.",
                 "Huawei held a CANN open-source week in December 2025."):
        rows = judged(text, book, record, "2026-01-10")
        assert verdicts(rows, "event", "open_source") == ["supported"], text


def test_a_charge_called_a_blow_or_a_hit(book, record):
    """"A $5.5 billion blow tied to tightened export controls" and "a $5.5 billion hit from"
    are the H20 charge; shares "hit hard" are no charge."""
    for text in ("Nvidia's stock fell after it revealed a $5.5 billion blow tied to tightened "
                 "U.S. export controls on its AI chips.",
                 "Nvidia took a $5.5 billion hit from the H20 licence rules."):
        assert verdicts(judged(text, book, record, "2025-04-17"), "money") == ["supported"]
    rows = judged("Nvidia shares were hit hard as the $4 trillion company lost ground.", book,
                  record, "2025-04-17")
    assert "A charge booked" not in rows["statement"].str.cat()


def test_a_revenue_share_in_more_wordings(book, record):
    """"Pay the U.S. Commerce Department 15% of the revenue" and "a 15% revenue share to the
    U.S. government" are the August 2025 arrangement."""
    for text in ("In exchange, Nvidia will pay the U.S. Commerce Department 15% of the revenue "
                 "from those sales.",
                 "AMD agreed to a comparable deal for its MI308 chip, also subject to a 15% "
                 "revenue share to the U.S. government."):
        rows = judged(text, book, record, "2025-08-20")
        assert verdicts(rows, "event", "revenue_share") == ["supported"], text


def test_a_list_with_vendor_names_and_a_rule_change(book, record):
    """"The NVIDIA H20 and AMD MI308 - currently allowed for export to China after a recent
    US export rule change": the list is one subject (the vendor's name between does not
    break it), sales are allowed, and a rule change restricts nothing."""
    rows = judged("Reports say NVIDIA and AMD GPUs, the NVIDIA H20 and AMD MI308, currently "
                  "allowed for export to China after a recent US export rule change, match "
                  "China's own GPUs.", book, record, "2025-08-20")
    assert verdicts(rows, "event", "sales_allowed") == ["supported"]
    assert verdicts(rows, "event", "export_rule") == []


def test_a_launch_planned_for_a_quarter(book, record):
    """"The Ascend 950DT is planned for the fourth quarter" is Huawei's plan for its launch;
    a rule "scheduled for May 15" launches nothing."""
    rows = judged("An upgraded version, the Ascend 950DT, is planned for the fourth quarter.",
                  book, record, "2026-05-10")
    assert verdicts(rows, "event", "release") == ["supported"]
    rows = judged("The new licensing rule is scheduled for May 15, 2025.", book, record,
                  "2025-05-01")
    assert verdicts(rows, "event", "release") == []


def test_considered_a_violation_of_export_controls(book, record):
    rows = judged("The new rules clarify that using Ascend AI chips without official "
                  "authorisation is considered a violation of US export controls.", book,
                  record, "2025-05-20")
    assert verdicts(rows, "event", "ascend_guidance") == ["supported"]



def test_an_act_after_a_sentence_on_chips_must_be_on_trade(tmp_path):
    """A sentence on chips before it makes a US act a chip rule only when the act is about
    trade in technology: "the US banned TikTok" is not."""
    st = article_statements(tmp_path, "Chips\n\nPublished: June 1, 2025\n\nNvidia's chips power "
                            "most of China's AI data centres. In January, the US banned "
                            "TikTok.\n")
    assert st.empty or not (st["verdict"] == "supported").any()


@pytest.mark.parametrize(("text", "day", "kind", "action", "expected"), [
    # a company pausing its own orders is no regulator's steer; Beijing advising firms not to
    # use a chip is
    ("Chinese authorities advised firms not to use Nvidia's H20, especially for government "
     "projects.", "2025-09-20", "event", "discourage", ["supported"]),
    ("Nvidia halted orders of the H20 from Chinese customers because of the US licence "
     "requirement.", "2025-09-01", "event", "discourage", []),
    # "fully" must tell the act itself, and its clause be no pledge
    ("Huawei's wholly owned unit open-sourced parts of CANN in December.", "2026-01-05",
     "event", "open_source", ["supported"]),
    ("Huawei open-sourced parts of CANN, now fully compatible with PyTorch, in December.",
     "2026-01-05", "event", "open_source", ["supported"]),
    ("Huawei fully open-sourced CANN in December and will release more developer tools next "
     "year.", "2026-01-05", "event", "open_source", ["partly supported"]),
    # an opening subject does not own another's act after a clause break
    ("Zhipu is a Beijing start-up spun out of Tsinghua University, and several of its Chinese "
     "peers were added to the US Entity List in January.", "2025-06-01", "event",
     "entity_list", []),
    # a thing unveiled earlier and then shown claims no first showing
    ("Huawei's CloudMatrix 384, unveiled in April, was on display at WAIC in Shanghai on "
     "Saturday.", "2025-07-28", "event", "showcase", ["supported"]),
    # "state-backed to the tune of" carries the sum
    ("Zhipu, which is state-backed to the tune of $1.4 billion, is preparing an IPO.",
     "2025-07-01", "money", "funding", ["supported"]),
    # a negated "allowed ... under" is no compliance
    ("The H20 is not allowed to be sold to China under the tightened US export rules.",
     "2025-05-01", "event", "export_rule", ["supported"]),
])
def test_review_cases_for_the_newer_rules(book, record, text, day, kind, action, expected):
    """Cases a review of the session's rules found."""
    assert verdicts(judged(text, book, record, day), kind, action) == expected


def test_the_rule_stands_for_the_one_named_rule_before(tmp_path):
    """"The rule ..." opening a sentence is the named rule of the sentence before: its acts
    are that rule's. With two named rules before, it stands for neither; a rule has no
    figures of its own."""
    st = article_statements(tmp_path, "Biden's AI rule draws backlash\n\nPublished January "
                            "20, 2025\n\nThe Biden administration issued the AI diffusion rule "
                            "on January 13. The rule creates new licensing requirements for "
                            "companies exporting advanced chips.\n\nThe paper compared the AI "
                            "diffusion rule with the Foreign Direct Product Rule. The rule "
                            "creates new licensing requirements.\n")
    second = st[st["line_no"] == 5]
    assert ("licence_required", "AI Diffusion Rule", "supported") in set(
        zip(second["action"], second["subjects"], second["verdict"]))
    assert "licence_required" not in set(st.loc[st["line_no"] == 7, "action"])


def test_the_day_a_rule_takes_effect_is_its_own(book, record):
    """A9d: the AI diffusion rule was to apply from 15 May 2025. The day it takes effect
    dates that, not the rule's issue (January 2025), which the sentence leaves undated."""
    rows = judged("The AI diffusion rule is set to come into force on May 15.", book, record,
                  on="2025-05-01")
    assert acts(rows, "takes_effect") == [("AI Diffusion Rule", "supported")]
    # the rule's name alone is no claim that it restricts (no export_rule statement), and
    # no other statement takes the day
    assert rows.loc[rows["action"] != "takes_effect", "stated_date"].eq("").all()


def test_a_fiscal_quarter_of_results_dates_no_charge(book, record):
    """A11d: a charge "in its financial results for the first quarter of 2025" is Nvidia's
    fiscal quarter, not the calendar's January to March."""
    rows = judged("Nvidia is set to incur a charge of up to $5.5 billion in its financial "
                  "results for the first quarter of 2025.", book, record,
                  on="2025-04-16")
    assert acts(rows, "charge") == [("Nvidia", "supported")]


def test_an_administration_counted_is_no_superlative(book, record):
    rows = judged("During the first Trump administration, the US restricted American "
                  "companies from dealing with Huawei.", book, record, on="2025-11-02")
    assert "superlative" not in " ".join(rows["statement"])
    assert acts(rows, "export_rule") == [("Huawei", "supported")]


@pytest.mark.parametrize("sentence", [
    "Zhipu has yet to be added to the Entity List.",
    "Huawei has yet to begin volume shipments of the Ascend 910C.",
    "Analysts doubt that Huawei has begun volume shipments of the Ascend 910C.",
    "Nvidia denied reports that it had booked a $5.5 billion charge on the H20.",
    "The US is expected to add Zhipu to the Entity List.",
])
def test_a_denied_doubted_or_awaited_act_is_not_supported(sentence, book, record):
    """"Has yet to", a doubt, a denial of reports, or an expectation: the act is not told
    as done, so the fact that it was done does not support the sentence."""
    rows = judged(sentence, book, record, on="2025-06-01")
    assert "supported" not in set(rows["verdict"]) - {"unverifiable"} or not len(rows)
    assert not any(v == "supported" and k != "attribution"
                   for k, v in zip(rows["statement_kind"], rows["verdict"]))


def test_a_state_told_as_still_holding_after_it_changed_is_contradicted(book, record):
    """A11/A15: H20 sales stopped in April 2025 and resumed under licence in August. "Remain
    halted" in September is wrong; "were halted in April" is history, still true."""
    assert acts(judged("H20 sales to China remain halted.", book, record, on="2025-09-01"),
                "sales_halted") == [("H20", "contradicted")]
    assert acts(judged("H20 sales to China remain halted.", book, record, on="2025-06-01"),
                "sales_halted") == [("H20", "supported")]
    assert acts(judged("H20 sales to China were halted in April.", book, record,
                       on="2025-09-01"), "sales_halted") == [("H20", "supported")]


def test_since_dates_the_start_of_a_state(book, record):
    """A3b: a licence for the A100 since October 2022. "Since 2024" puts the start two years
    late, so the sentence is only partly supported; "since October 2022" is right."""
    late = judged("Exports of the A100 to China have required a licence since 2024.", book,
                  record, on="2025-09-01")
    assert acts(late, "licence_required") == [("A100", "partly supported")]
    right = judged("Exports of the A100 to China have required a licence since October "
                   "2022.", book, record, on="2025-09-01")
    assert acts(right, "licence_required") == [("A100", "supported")]


def test_a_forecast_told_as_done_is_partly_supported(book, record):
    """D12a: Reuters reported in April 2025 that 910C volume shipments would start as early as
    May; nothing in the record says they did."""
    done = judged("Huawei began volume shipments of the Ascend 910C in May 2025.", book,
                  record, on="2025-06-01")
    assert acts(done, "shipments") == [("Ascend 910C", "partly supported")]
    for told in ("Huawei will begin volume shipments of the Ascend 910C in May.",
                 "Huawei is gearing up to begin mass shipments of the Ascend 910C as early "
                 "as May."):
        assert acts(judged(told, book, record, on="2025-04-24"), "shipments") == [
            ("Ascend 910C", "supported")]


def test_a_rise_told_as_a_fall_is_contradicted(book, record):
    """C14f: Zhipu's shares closed their first day 13.2% higher."""
    lower = judged("Zhipu's shares closed their first day 13.2% lower.", book, record,
                   on="2026-01-09")
    assert acts(lower, "ipo_figures") == [("Zhipu", "contradicted")]
    mixed = judged("Zhipu shares jumped 13.2% on debut, though they fell later in the day.",
                   book, record, on="2026-01-09")
    assert acts(mixed, "ipo_figures") == [("Zhipu", "supported")]


def test_a_memory_figure_of_the_wrong_kind_is_partly_supported(book, record):
    """B1: the H100's 80 GB are HBM3; B8-B10: the H20's sources say HBM3 or HBM3e."""
    wrong = judged("The H100 has 80GB of HBM3e memory.", book, record, on="2025-01-01")
    assert verdicts(wrong, "specification") == ["partly supported"]
    for right in ("The H100 has 80GB of HBM3 memory.", "The H20 carries 96 GB of HBM3e.",
                  "The H20 carries 96 GB of HBM3 memory.", "The H100 has 80GB of memory."):
        assert verdicts(judged(right, book, record, on="2025-01-01"), "specification") == [
            "supported"]


def test_a_sale_told_as_needing_no_licence_is_partly_supported_once_licensed(book, record):
    """A20c: from January 2026 the H200 may be sold to China under licence, case by case;
    the H20 needed no licence while it stayed within the October 2023 rules (A5e)."""
    h200 = judged("The H200 can be sold to China without a licence.", book, record,
                  on="2026-02-01")
    assert acts(h200, "sales_allowed") == [("H200", "partly supported")]
    h20 = judged("The H20 can be sold to China without a licence.", book, record,
                 on="2024-06-01")
    assert acts(h20, "sales_allowed") == [("H20", "supported")]


def test_more_wordings_of_licences_probes_findings_and_steers(book, record):
    """A15a (H20 licences, August 2025), A8a (SAMR's probe, December 2024), A17a (its
    finding, September 2025), A18b (firms told to stop buying Nvidia chips, September 2025):
    a licence "secured", a probe the market regulator "began looking into", a finding that
    Nvidia "may have failed to follow conditions", China "restricts firms from buying"."""
    assert acts(judged("Nvidia secured the necessary export license to sell the H20 GPU in "
                       "China.", book, record, on="2025-08-25"),
                "licence_granted") == [("H20", "supported")]
    probe = judged("SAMR first began looking into Nvidia's conduct back in December 2024.",
                   book, record, on="2025-09-16")
    assert acts(probe, "antitrust") == [("Nvidia", "supported")]
    assert "superlative" not in " ".join(probe["statement"])
    assert acts(judged("The State Administration for Market Regulation announced Monday that "
                       "a preliminary review found Nvidia may have failed to follow "
                       "conditions set when it acquired Mellanox.", book, record,
                       on="2025-09-16"), "antitrust_finding") == [("Nvidia", "supported")]
    assert acts(judged("A court found that Nvidia failed to comply with its licence terms.",
                       book, record, on="2025-09-16"), "antitrust_finding") == []
    assert acts(judged("China restricts domestic firms from buying Nvidia hardware.", book,
                       record, on="2025-09-19"), "discourage") == [("Nvidia", "supported")]


def test_a_date_stated_twice_is_shown_once(book, record):
    rows = judged("July 15, 2025 – Nvidia announced on July 15, 2025, that it will resume sales "
                  "of its H20 chips to China, following assurances from the U.S. government "
                  "that export licenses will be granted.", book, record, on="2025-07-15")
    granted = rows[rows["action"] == "licence_granted"]
    assert list(granted["stated_date"]) == ["2025-07-15"]


def test_a_thing_told_as_closed_after_it_was_opened_is_contradicted(book, record):
    """D4a: MindSpore was made open source in March-April 2020. CANN's opening (D19a) is
    only partial and unverified, so "proprietary CANN" is left open; an undated sentence
    is not judged ("proprietary MindSpore" was true in 2019)."""
    late = judged("Teams must shift towards Huawei's proprietary MindSpore framework.", book,
                  record, on="2025-06-30")
    assert verdicts(late, action="open_source") == ["contradicted"]
    early = judged("Huawei's proprietary MindSpore framework competes with TensorFlow.", book,
                   record, on="2019-10-01")
    assert verdicts(early, action="open_source") == ["unverifiable"]
    assert verdicts(judged("Huawei's proprietary CANN software stack is key.", book, record,
                           on="2026-02-01"), action="open_source") == []
    assert verdicts(judged("MindSpore is not proprietary.", book, record, on="2025-06-30"),
                    action="open_source") == []
    assert verdicts(judged("Huawei's proprietary MindSpore framework is key.", book, record),
                    action="open_source") == []


@pytest.mark.parametrize(("sentence", "on", "action", "expected"), [
    # another country's regulator is not China's (A8a, A17a are SAMR's)
    ("The EU's competition regulator is examining Nvidia's acquisition of Run:ai.",
     "2024-12-15", "antitrust", []),
    ("South Korea's competition regulator is probing Nvidia.", "2024-12-15", "antitrust", []),
    # "since" with a present perfect tells the state as holding today (A11b ended 2025-08-08)
    ("H20 sales to China have been halted since April.", "2025-09-01", "sales_halted",
     [("H20", "contradicted")]),
    # a date puts "still" in its own time
    ("In July, H20 sales to China were still halted.", "2025-09-01", "sales_halted",
     [("H20", "supported")]),
    # a ban word does not soften a state told as holding after it ended
    ("H20 sales to China remain banned.", "2025-09-01", "sales_halted",
     [("H20", "contradicted")]),
    # no sales in a past period is the halt, in its own time (A11b); "did not sell" in the
    # cue is the act, not its negation; the halt is no fact about another chip
    ("Nvidia sold zero H20 chips to China in the last quarter.", "2025-08-28",
     "sales_halted", [("H20", "supported")]),
    ("Nvidia reported no sales of its China-focused H20 chip in the past quarter.",
     "2025-08-28", "sales_halted", [("H20", "supported")]),
    ("Nvidia did not sell any H20 chips to China in the second quarter.", "2025-08-28",
     "sales_halted", [("H20", "supported")]),
    ("Nvidia sold zero H100 chips to China last year.", "2025-08-28", "sales_halted", []),
    # no sales "since" a month, told on a day after the halt ended, is told as still holding
    ("Nvidia has sold no H20 chips to China since April.", "2025-12-01", "sales_halted",
     [("H20", "contradicted")]),
    # ... but not a quantity ("no fewer than"), another thing sold, a market elsewhere, or
    # "no" about something other than the sales
    ("Nvidia sold no fewer than a million H20 chips to China in the past quarter.",
     "2025-08-28", "sales_halted", []),
    ("Nvidia has sold no shares; the H20 remains its China chip.", "2025-06-10",
     "sales_halted", []),
    ("Nvidia sold no H20 chips to customers outside China.", "2025-06-10", "sales_halted", []),
    ("Nvidia did not sell any H20 chips to the US military.", "2025-06-10", "sales_halted",
     []),
    ("There are no restrictions on sales of the H20 to China.", "2025-06-10", "sales_halted",
     []),
    ("The licence rule had no impact on sales of the H20, Nvidia said.", "2025-06-10",
     "sales_halted", []),
    ("Nvidia said it had zero sales of its China-specific H20 chip in the last quarter.",
     "2025-08-28", "sales_halted", [("H20", "supported")]),
    # the AI diffusion rule's compliance date (A9d), withdrawn two days before it (A12)
    ("The AI diffusion rule takes effect on 15 May 2025.", "2025-02-01", "takes_effect",
     [("AI Diffusion Rule", "supported")]),
    ("The AI diffusion rule will take effect later this year.", "2025-06-01", "takes_effect",
     [("AI Diffusion Rule", "contradicted")]),
    ("The AI diffusion rule took effect on 15 May 2025.", "2025-06-01", "takes_effect",
     [("AI Diffusion Rule", "contradicted")]),
    ("Commerce rescinded the AI Diffusion Rule, which was set to take effect on May 15, "
     "2025.", "2025-05-14", "takes_effect", [("AI Diffusion Rule", "supported")]),
    # a denial's reach ends at another clause; "little doubt that" affirms; rejecting a
    # decision is no denial that it was made
    ("Nvidia denied that it would stop selling chips in China, but it booked a $5.5 billion "
     "charge over the H20 in April.", "2025-06-01", "charge", [("Nvidia", "supported")]),
    ("There is little doubt that Zhipu was added to the Entity List in January.",
     "2025-06-01", "entity_list", [("Zhipu", "supported")]),
    ("Zhipu rejected the US decision that added it to the Entity List.", "2025-06-01",
     "entity_list", [("Zhipu", "supported")]),
    # "above the offer price" is the rise
    ("Zhipu's debut saw shares decline, closing 13.2% above the offer price.", "2026-01-09",
     "ipo_figures", [("Zhipu", "supported")]),
])
def test_the_review_traps_of_the_new_rules(sentence, on, action, expected, book, record):
    assert acts(judged(sentence, book, record, on=on), action) == expected


def test_the_new_rule_is_not_the_rule_named_before(tmp_path):
    """"The new rule" after a withdrawn rule may be its replacement, which the record does
    not hold: it stands for no named rule."""
    st = article_statements(tmp_path, "Diffusion rule withdrawn\n\nPublished June 1, 2025\n\n"
                            "The AI Diffusion Rule was withdrawn on 13 May. The Commerce "
                            "Department said it would issue a replacement. The new rule "
                            "will take effect later this year.\n")
    assert "takes_effect" not in set(st["action"])


def test_training_on_a_chip_the_company_did_not_name_is_partly_supported(book, record):
    """C15a: Zhipu said GLM-Image was trained on Ascend (Atlas 800T A2, MindSpore) and named
    no chip; "Ascend 910" adds one. "Ascend chips" is what Zhipu said."""
    named = judged("GLM-Image was the first model trained entirely on Chinese hardware "
                   "(Huawei Ascend 910).", book, record, on="2026-02-01")
    assert verdicts(named, action="trained_on") == ["partly supported"]
    plain = judged("Zhipu trained GLM-Image entirely on Huawei Ascend chips.", book, record,
                   on="2026-02-01")
    assert verdicts(plain, action="trained_on") == ["supported"]


def test_a_source_is_credited_only_with_what_it_is_on_record_as_saying(book, record):
    """B20a is a teardown's finding about Huawei's chip, not Huawei's word; D9b (R1 on the
    910C) came from a post on X and is in dispute. TechInsights' teardown is its own."""
    for sentence in ("Huawei said the Ascend 910B is made by TSMC.",
                     "DeepSeek R1 runs on Huawei's Ascend 910C, Huawei confirmed."):
        rows = judged(sentence, book, record, on="2025-06-01")
        assert verdicts(rows, "attribution") == ["unverifiable"]
    own = judged("TechInsights said a teardown found TSMC-made dies in the Ascend 910B.",
                 book, record, on="2025-06-01")
    assert verdicts(own, "attribution") == ["supported"]


def test_a_year_dates_an_act_of_the_us_as_a_whole_when_it_was_the_only_one(book, record):
    """"The US" stands for an agency's act only when the sentence dates it. A year is enough
    when the record holds one such act that year (October 2023's update), not when "first"
    makes it the first act, which was in 2022."""
    rows = judged("In 2023, the U.S. government expanded export rules restricting "
                  "high-performance chips to China.", book, record, on="2024-06-01")
    assert acts(rows, "export_rule") == [("United States", "supported")]
    assert "A5c" in rows["evidence"].iloc[0]
    first = judged("Export restrictions on AI chips were first imposed by the US in 2023.",
                   book, record, on="2024-06-01")
    assert "supported" not in verdicts(first, action="export_rule")
    undated = judged("The U.S. government expanded export rules restricting "
                     "high-performance chips to China.", book, record, on="2024-06-01")
    assert verdicts(undated, action="export_rule") == []


def test_the_purchase_behind_the_antitrust_case_is_on_record_but_not_its_price(book, record):
    """A8b: Nvidia bought Mellanox in 2020 with China's conditional approval. A wrong year
    is a wrong detail; a sentence stating a price is about the price, which the record does
    not hold; buying Mellanox's products is no purchase of the company."""
    assert acts(judged("Beijing conditionally approved Nvidia's acquisition of Mellanox in "
                       "2020.", book, record, on="2025-01-01"), "acquisition") == [
        ("Mellanox", "supported")]
    assert acts(judged("The probe concerns its acquisition of Mellanox, approved by Beijing "
                       "in 2019.", book, record, on="2025-01-01"), "acquisition") == [
        ("Mellanox", "partly supported")]
    priced = judged("Nvidia bought Mellanox for $6.9 billion in 2020.", book, record,
                    on="2025-01-01")
    assert verdicts(priced) == ["unverifiable"]
    assert verdicts(judged("Chinese firms buy Mellanox switches.", book, record,
                           on="2025-01-01"), action="acquisition") == []


def test_a_regulator_saying_a_company_broke_the_rules_is_its_finding(book, record):
    """A17a: "SAMR said Nvidia failed to comply" is the finding; "said it would investigate
    whether Nvidia violated" is not."""
    said = judged("The SAMR said Nvidia failed to fully comply with the conditions of its "
                  "approval.", book, record, on="2025-09-16")
    assert verdicts(said, action="antitrust_finding") == ["supported"]
    probe = judged("SAMR said it would investigate whether Nvidia violated the conditions.",
                   book, record, on="2025-09-16")
    assert verdicts(probe, action="antitrust_finding") == []


def test_a_state_told_in_the_past_is_history(tmp_path):
    """After the AI diffusion rule was withdrawn, "the rule aimed to impose tiered controls"
    is history (supported), while "the rule imposes" tells it as still in force (partly
    supported). "Issued in January 2025 and set to take effect" dates the issue, not the
    effect, and the plan told from the past stays true of a plan later withdrawn."""
    st = article_statements(tmp_path, "Diffusion rule withdrawn\n\nPublished June 1, 2025\n\n"
                            "On May 13, 2025, BIS rescinded the AI Diffusion Rule, which was "
                            "initially issued in January 2025 and set to take effect shortly "
                            "thereafter.\n\nThe AI Diffusion Rule aimed to impose tiered "
                            "export controls on chips.\n\nThe AI Diffusion Rule imposes tiered "
                            "export controls on chips.\n")
    assert verdicts(st, action="takes_effect") == ["supported"]
    assert verdicts(st, action="export_rule") == ["supported", "partly supported"]


def test_an_opening_dated_phrase_leaves_this_rule_to_stand_for_the_rule_named_before(tmp_path):
    st = article_statements(tmp_path, "Diffusion rule withdrawn\n\nPublished June 1, 2025\n\n"
                            "On May 13, 2025, BIS rescinded the AI Diffusion Rule. Initially "
                            "issued in January 2025, this rule aimed to regulate exports of "
                            "AI chips.\n")
    assert acts(st, "export_rule") == [("AI Diffusion Rule", "supported")]


def test_it_stands_for_the_one_company_that_opened_the_sentence_before(tmp_path):
    """"It" after a sentence whose subject is the one company it names is that company; after
    "The company works with Huawei" it is not Huawei."""
    st = article_statements(tmp_path, "Zhipu profile\n\nZhipu AI is one of China's AI tigers. "
                            "It was spun out of Tsinghua University in 2019.\n")
    assert acts(st, "founded") == [("Zhipu", "supported")]
    (tmp_path / "b").mkdir()
    other = article_statements(tmp_path / "b", "Zhipu profile\n\nThe company works with "
                               "Huawei in Malaysia. It was founded in 2019.\n")
    assert acts(other, "founded") == []


def test_almost_double_is_a_little_under_two(book, record):
    """The CloudMatrix 384's 300 PFLOPS against the NVL72's 180: 1.67 times. "Almost double"
    is near, not right; "roughly 1.7 times" is right."""
    almost = judged("The CloudMatrix 384 offers almost double the compute of the GB200 "
                    "NVL72.", book, record, on="2025-08-01")
    assert verdicts(almost, "comparison") == ["partly supported"]
    near = judged("The CloudMatrix 384 offers roughly 1.7 times the compute of the GB200 "
                  "NVL72.", book, record, on="2025-08-01")
    assert verdicts(near, "comparison") == ["supported"]


def test_activated_parameters_are_not_the_total(book, record):
    rows = judged("Pangu Pro MoE activates 16 billion parameters per token.", book, record,
                  on="2025-08-01")
    assert rows["action"].tolist() == ["active_parameters"]
    assert verdicts(rows) == ["unverifiable"]


def test_proceedings_of_the_market_regulator_are_its_probe_and_antitrust_rules_no_export_rule(
        book, record):
    rows = judged("On December 9, 2024, SAMR formally launched proceedings against Nvidia for "
                  "alleged noncompliance with antitrust rules.", book, record, on="2025-01-01")
    assert rows["action"].tolist() == ["antitrust"]
    assert verdicts(rows) == ["supported"]


def test_a_plural_acronym_is_what_a_number_counts(book, record):
    """D18d: up to 8,192 Ascend chips in the Atlas 950 SuperPoD, however they are called."""
    rows = judged("The Atlas 950 SuperPoD can link up to 8,192 NPUs.", book, record,
                  on="2025-10-01")
    assert acts(rows, "chips") == [("Atlas 950 SuperPoD", "supported")]


def test_the_chips_a_system_holds_is_no_figure_of_a_chip_or_a_model(book, record):
    """"1,000 A800 GPUs in storage" or "trained on 8,192 NPUs" is no system's size: the figure
    is one the record does not hold, not a chip's "chips per system"."""
    for sentence in ("A Shenzhen store owner said he has 1,000 A800 GPUs in storage.",
                     "Pangu Ultra 135B was pre-trained on 8,192 Ascend NPUs."):
        rows = judged(sentence, book, record, on="2025-10-01")
        assert "chips" not in set(rows["action"])
        assert verdicts(rows) == ["unverifiable"]


def test_a_tax_on_a_chip_is_a_tariff(book, record):
    """A20b: the 25% tariff of January 2026 on H200-class chips; a tax cut is no tariff."""
    rows = judged("Trump imposed a 25% tax on H200 chips.", book, record, on="2026-01-20")
    assert acts(rows, "tariff") == [("H200", "supported")]
    cut = judged("China cut taxes on chipmakers by 25%.", book, record, on="2026-01-20")
    assert "tariff" not in set(cut["action"])


def test_a_maker_s_chips_made_for_china_in_general(book, record):
    """A4h: Nvidia has made chips for China within US rules since late 2022. A sentence about
    one chip is judged on that chip (the H20's own fact, even called "latest"), and one that
    names no chip beside the words is not about Nvidia's chips."""
    rows = judged("Nvidia's chips for the Chinese market were specifically designed to comply "
                  "with U.S. export restrictions.", book, record, on="2025-06-01")
    assert acts(rows, "china_model") == [("Nvidia", "supported")]
    h20 = judged("Nvidia's latest AI chip, the H20, tailored for the Chinese market, is "
                 "struggling with weak demand.", book, record)
    assert acts(h20, "china_model") == [("H20", "supported")]
    assert "A5d" in h20["evidence"].iloc[0]
    assert acts(judged("For a time, Nvidia still fought for the Chinese market.", book, record,
                       on="2025-06-01"), "china_model") == []


def test_the_purchase_is_nvidia_s_of_the_company_itself(book, record):
    """A8b names Nvidia as the buyer (by:Nvidia): another company right before the act, or
    Mellanox's goods or unit, is no purchase of Mellanox by Nvidia; a probe's date is not the
    purchase's; a year before the act's word is its own."""
    for sentence in ("AMD bought Mellanox in 2020.", "Huawei purchased Mellanox switches in 2020.",
                     "Chinese cloud providers bought Mellanox networking gear in 2020.",
                     "Nvidia's Mellanox unit struck a deal with Huawei in 2020.",
                     "SAMR launched proceedings against Nvidia in December 2024 over the "
                     "Mellanox deal."):
        assert verdicts(judged(sentence, book, record, on="2025-06-01"),
                        action="acquisition") == [], sentence
    own = judged("SAMR is investigating the company's 2020 acquisition of Mellanox.", book,
                 record, on="2025-06-01")
    assert verdicts(own, action="acquisition") == ["supported"]


def test_a_regulator_s_hedged_or_denied_words_are_no_finding(book, record):
    for sentence in ("SAMR said that Nvidia could have breached the terms of its approval.",
                     "SAMR stated that Nvidia was believed to have violated the law.",
                     "SAMR never said Nvidia violated the Anti-Monopoly Law."):
        assert verdicts(judged(sentence, book, record, on="2025-09-20"),
                        action="antitrust_finding") == [], sentence


def test_a_year_of_the_us_as_a_whole_holds_one_restriction_or_none(book, record):
    """2025 holds January's rule and April's H20 requirement: "in 2025" is neither. "Since"
    and "first" date the first act: 2022, not 2023."""
    rows = judged("Washington tightened chip export controls on China in 2025.", book, record,
                  on="2025-12-01")
    assert verdicts(rows, action="export_rule") == []
    wrong = judged("Washington has restricted AI chip sales to China since 2023.", book, record,
                   on="2025-12-01")
    assert "supported" not in verdicts(wrong)
    right = judged("Export restrictions on AI chips were first imposed by the US in 2022.", book,
                   record, on="2025-12-01")
    assert verdicts(right, action="export_rule") == ["supported"]


def test_a_relative_clause_in_the_past_leaves_the_main_verb_present(book, record):
    """The H20 could be sold without a licence until April 2025 (A5e): "which was designed
    for China" does not make "can be sold" history."""
    rows = judged("The H20, which was designed for the Chinese market, can be sold to China "
                  "without a licence.", book, record, on="2025-06-01")
    assert verdicts(rows, action="sales_allowed") == ["partly supported"]


def test_just_under_twice_is_near_two(book, record):
    rows = judged("The CloudMatrix 384 delivers just under twice the performance of Nvidia's "
                  "GB200 NVL72.", book, record, on="2025-08-01")
    assert verdicts(rows, "comparison") == ["partly supported"]


def test_going_into_effect_is_the_effect_s_date(book, record):
    """A9d: compliance with the AI diffusion rule was due from 15 May 2025."""
    rows = judged("The AI Diffusion Rule was scheduled to go into effect on May 15, 2025.", book,
                  record, on="2025-05-01")
    assert acts(rows, "takes_effect") == [("AI Diffusion Rule", "supported")]
    assert "export_rule" not in set(rows["action"])


def test_a_reason_the_record_does_not_give_is_a_detail_it_lacks(book, record):
    """A18c has the RTX Pro 6000D made for China, not why (fact qualifier no_reason)."""
    why = judged("The RTX Pro 6000D was a cut-down China version made to comply with US "
                 "export rules.", book, record, on="2025-09-20")
    assert verdicts(why, action="china_model") == ["partly supported"]
    plain = judged("The RTX Pro 6000D was made for the Chinese market.", book, record,
                   on="2025-09-20")
    assert verdicts(plain, action="china_model") == ["supported"]


def test_an_announced_deal_is_not_the_completed_purchase(book, record):
    """A8b dates the completed purchase (2020); "announced the deal in 2019" is the
    announcement, which the record does not hold."""
    rows = judged("Nvidia and Mellanox announced the deal in 2019.", book, record,
                  on="2025-09-20")
    assert verdicts(rows, action="acquisition") == []
    done = judged("Nvidia completed the Mellanox acquisition in 2020.", book, record,
                  on="2025-09-20")
    assert verdicts(done, action="acquisition") == ["supported"]


@pytest.mark.parametrize("sentence", [
    "Investigators said the scheme involved computers containing restricted Nvidia chips.",
    "Demand for the banned H20 remains strong.",
])
def test_a_restriction_used_as_an_adjective_is_a_description(book, record, sentence):
    assert verdicts(judged(sentence, book, record, on="2025-09-20"), "event") == []


def test_the_restriction_itself_is_still_read(book, record):
    rows = judged("Nvidia's chips were restricted in 2022.", book, record, on="2025-09-20")
    assert verdicts(rows, action="export_rule") == ["supported"]


def test_a_rule_s_name_is_no_claim_that_it_restricts(book, record):
    """"Rule" in "the AI Diffusion Rule" is the rule's name: with no word for what the rule
    did near it, the sentence makes no claim about the rule."""
    rows = judged("The AI Diffusion Rule drew widespread industry backlash.", book, record,
                  on="2025-06-01")
    assert verdicts(rows, action="export_rule") == []
    issued = judged("The AI Diffusion Rule was introduced by Joe Biden in January 2025.", book,
                    record, on="2025-06-01")
    assert verdicts(issued, action="export_rule") == ["supported"]


def test_a_maker_named_in_a_compound_is_the_maker(book, record):
    """B20b: Huawei says SMIC makes the 910B; a teardown found TSMC dies: disputed."""
    rows = judged("Even Huawei's current most advanced processor, the SMIC-made 910B, trails "
                  "Nvidia.", book, record, on="2025-09-20")
    assert acts(rows, "components") == [("Ascend 910B;SMIC", "partly supported")]


def test_the_january_2026_policy_covers_the_mi325x_and_sets_conditions(book, record):
    """A20: H200- and MI325X-class licences reviewed case by case, with US testing and volume
    conditions (A20d) and a 25% tariff; the conditions are not known before January 2026."""
    rows = judged("The tariff of 25% applies to accelerators like the Nvidia H200 and AMD's "
                  "MI325X.", book, record, on="2026-01-20")
    assert verdicts(rows, action="tariff") == ["supported"]
    cond = judged("H200 licences require third-party testing.", book, record, on="2026-01-20")
    assert acts(cond, "licence_conditions") == [("H200", "supported")]
    early = judged("H200 licences require third-party testing.", book, record, on="2025-06-01")
    assert verdicts(early, action="licence_conditions") == ["unverifiable"]
    for other in ("China imposed volume caps on H200 imports in January.",
                  "The US scrapped volume caps on H200 licences in January."):
        rows = judged(other, book, record, on="2026-01-20")
        assert "supported" not in verdicts(rows, action="licence_conditions"), other


@pytest.mark.parametrize("sentence", [
    "The Chinese market regulator said it had not yet determined whether Nvidia breached the "
    "law.",
    "China's market regulator said it was investigating whether Nvidia violated the "
    "anti-monopoly law.",
    "China's market regulator said Nvidia appeared to have violated the law.",
])
def test_an_open_question_is_no_finding(book, record, sentence):
    assert verdicts(judged(sentence, book, record, on="2025-10-01"),
                    action="antitrust_finding") == []


def test_a_date_in_a_relative_clause_dates_that_clause(book, record):
    """The A800 could be sold without a licence until October 2023 (A4b): "which was launched
    in 2022" dates the launch, not the present claim."""
    rows = judged("The A800, which was launched in 2022, can be sold to China.", book, record,
                  on="2025-12-01")
    assert verdicts(rows, action="sales_allowed") == ["partly supported"]
    assert verdicts(rows, action="release") == ["supported"]


@pytest.mark.parametrize("sentence", [
    "Nvidia, the chip designer, made a big push for the Chinese market.",
    "Jensen Huang said Nvidia's chips are designed for the world, not for China.",
])
def test_no_chip_for_china_without_chips_made_for_china(book, record, sentence):
    assert verdicts(judged(sentence, book, record, on="2025-10-01"),
                    action="china_model") == []


@pytest.mark.parametrize("sentence", ["Mellanox was acquired by Intel in 2020.",
                                      "Mellanox acquired the startup Titan IC in 2019."])
def test_the_purchase_needs_its_buyer_and_its_bought(book, record, sentence):
    assert verdicts(judged(sentence, book, record, on="2025-10-01"),
                    action="acquisition") == []


def test_a_levy_china_charges_is_not_the_us_tariff(book, record):
    rows = judged("China charges a 25% tax on imported H200 chips.", book, record,
                  on="2026-02-01")
    assert "tariff" not in set(rows["action"])


def test_words_for_what_a_named_rule_did_keep_it_a_claim(book, record):
    rows = judged("The Foreign Direct Product Rule cut Huawei off from TSMC in 2020.", book,
                  record, on="2025-10-01")
    assert "supported" in verdicts(rows, action="export_rule")
    verb = judged("The Commerce Department tightened licensing in April and restricted H20 "
                  "chips.", book, record, on="2025-10-01")
    assert verdicts(verb, action="export_rule") == ["supported"]
    ruling = judged("China's market regulator will rule on whether Nvidia violated the "
                    "conditions.", book, record, on="2025-10-01")
    assert "export_rule" not in set(ruling["action"])


def test_firms_told_to_refrain_from_buying(book, record):
    """A21b: Chinese firms were told to buy the H200 only if necessary; firms refraining of
    their own accord, or the US limiting imports, are not it."""
    for sentence in ("Chinese tech giants refrain from buying the H200 amid uncertainty.",
                     "The US limits H200 imports into America with a 25% tariff."):
        rows = judged(sentence, book, record, on="2026-01-20")
        assert not {"discourage", "customs_block"} & set(rows["action"]), sentence
    told = judged("Authorities advised local technology companies to refrain from purchasing "
                  "H200 chips unless absolutely essential.", book, record, on="2026-01-20")
    assert verdicts(told, action="discourage") == ["supported"]


@pytest.mark.parametrize(("sentence", "action"), [
    ("It was trained on export-restricted Huawei H800 GPUs that US sanctions were meant to keep "
     "out of China.", "export_rule"),
    ("Nvidia released the Ascend 910B in 2023.", "release"),
])
def test_a_chip_credited_to_another_maker_is_a_wrong_detail(book, record, sentence, action):
    """The H800 is Nvidia's and the Ascend 910B Huawei's (chip_specs vendors)."""
    rows = judged(sentence, book, record, on="2025-06-01")
    assert verdicts(rows, action=action) == ["partly supported"]
    assert "the record has it" in rows.loc[rows["action"] == action, "rationale"].iloc[0]


def test_a_chip_credited_to_its_own_maker_stays_supported(book, record):
    rows = judged("Huawei released the Ascend 910B in 2023.", book, record, on="2025-06-01")
    assert verdicts(rows, action="release") == ["supported"]
    rival = judged("Nvidia, Huawei's rival, unveiled the H20 in November 2023.", book, record,
                   on="2024-01-01")
    assert verdicts(rival, action="release") == ["supported"]
    other = judged("Regulators steered firms away from the H20 toward Huawei's H20 alternative "
                   "in August 2025.", book, record, on="2025-09-01")
    assert verdicts(other, action="discourage") == ["supported"]


def test_a_chinese_levy_is_no_us_tariff(book, record):
    rows = judged("The H200 carries a 25% Chinese import tariff.", book, record,
                  on="2026-02-01")
    assert "tariff" not in set(rows["action"])


@pytest.mark.parametrize("sentence", [
    "Beijing did not block H200 imports.",
    "Beijing denied telling firms to avoid the H200.",
    "Beijing may tell firms to avoid the H200.",
])
def test_a_prohibition_denied_or_only_possible_is_not_the_record_s(book, record, sentence):
    """A21a and A21b are prohibitions whose cues hold their own negation ("may not enter");
    a negation, denial or possibility before the cue still undoes the claim."""
    rows = judged(sentence, book, record, on="2026-01-20")
    assert "supported" not in verdicts(rows), sentence


def test_a_prohibition_told_plainly_stays_supported(book, record):
    rows = judged("Customs officials said the H200 is not allowed to enter China.", book, record,
                  on="2026-01-20")
    assert verdicts(rows, action="customs_block") == ["supported"]


def test_the_company_inside_a_sentence_is_the_one_company_of_the_sentence_before(tmp_path):
    """"Washington put the company on its trade blacklist" after a sentence naming Zhipu alone
    is Zhipu's listing (A10); after one naming two companies it stands for neither."""
    st = article_statements(tmp_path, "Zhipu profile\n\nPublished June 1, 2025\n\nZhipu sells "
                            "AI systems to governments abroad. Washington put the company on "
                            "the Entity List in January 2025.\n")
    assert acts(st, "entity_list") == [("Zhipu", "supported")]
    (tmp_path / "b").mkdir()
    two = article_statements(tmp_path / "b", "Zhipu profile\n\nPublished June 1, 2025\n\n"
                             "Zhipu works with Huawei abroad. Washington put the company on the "
                             "Entity List in January 2025.\n")
    assert "Zhipu" not in ";".join(two.loc[two["action"] == "entity_list", "subjects"])


def test_a_plans_date_a_few_words_after_its_word_of_the_future_is_no_date_of_the_delay(
        book, record):
    """"originally scheduled for May 2025, was postponed": May is the plan's, not the delay's
    (the record's, of August 2025), so the delay is supported, not dated wrong."""
    rows = judged("The R2 launch, originally scheduled for May 2025, was postponed due to "
                  "technical obstacles.", book, record)
    assert verdicts(rows, action="release_delay") == ["supported"]
    assert "(dated" not in rows.loc[rows["action"] == "release_delay", "statement"].iloc[0]


@pytest.mark.parametrize("opening", ["(Feb 13): ", "SHANGHAI, Feb 13 — ", "Feb 13 (Reuters) - "])
def test_a_wire_dateline_without_a_year_dates_no_act(book, record, opening):
    """The day a page was filed is not the day of the listing it reports (8 January 2026):
    the Hong Kong listing stays supported, not partly for a wrong date."""
    rows = judged(opening + "Zhipu is planning a second listing in Shanghai following its "
                  "recent initial public offering in Hong Kong.", book, record)
    assert verdicts(rows, action="listing") == ["supported"]


def test_a_timeline_entry_keeps_its_date(book, record):
    """"April 2020: ..." opens a timeline's entry, which it dates (not a dateline)."""
    rows = judged("April 2020: China conditionally approves Nvidia's purchase of Mellanox.",
                  book, record)
    assert any("(dated 2020-04)" in s for s in rows["statement"])


def test_a_main_clause_after_a_when_clause_owns_its_own_date(book, record):
    """"When Nvidia responded with the A800 and H800 ..., the rules were tightened again in
    October 2023": October 2023 is the rules', not the date the A800 and H800 were made."""
    rows = judged("When NVIDIA responded with the A800 and H800, slightly detuned variants "
                  "designed to comply, the rules were tightened again in October 2023 to close "
                  "that gap.", book, record)
    assert verdicts(rows, action="china_model") == ["supported"]
    rows = judged("Nvidia launched the H20 in 2023, the chips were later restricted in April "
                  "2025.", book, record)
    assert verdicts(rows, action="export_rule") == ["supported"]


def test_a_tracking_capability_alone_is_no_summons(book, record):
    """The CAC quoting experts on tracking features reports no summons (A14): only a summons,
    a call-in, or the backdoor and security risks it was over."""
    rows = judged('"The location-tracking and remote shutdown capabilities on Nvidia chips are '
                  'ready, according to US AI experts," CAC said.', book, record)
    assert "security_summons" not in set(rows["action"])
    rows = judged("China's internet regulator summoned Nvidia over backdoor risks in its H20 "
                  "chips.", book, record, on="2025-08-01")
    assert verdicts(rows, action="security_summons") == ["supported"]


def test_an_act_expected_all_along_is_still_dated(book, record):
    """"As expected, on 15 January 2024": "expected" with a comma between is no plan's word for
    the date, which still dates the listing (a year early: partly supported)."""
    rows = judged("As expected, on 15 January 2024 Zhipu was added to the Entity List.", book,
                  record, on="2025-06-01")
    assert verdicts(rows, action="entity_list") == ["partly supported"]


@pytest.mark.parametrize("sentence", [
    "On March 9 — weeks before the tariff announcements — Nvidia was told the H20 would need "
    "a licence.",
    "May 20 - The AI diffusion rule is rescinded.",
])
def test_a_reported_day_or_a_timeline_entry_is_no_dateline(book, record, sentence):
    """Only a place before the day, an agency in brackets after it or the day in brackets
    make a dateline; "On March 9 —" and a bare "May 20 -" date the act (wrongly here)."""
    rows = judged(sentence, book, record, on="2025-06-01")
    assert "supported" not in verdicts(rows)
    assert "partly supported" in verdicts(rows)


def test_a_date_before_the_comma_of_a_main_clause_still_dates_it(book, record):
    """"Just over a year later, in April 2024, the H20 was restricted too": the date opens the
    clause of the act (a year early: partly supported)."""
    rows = judged("Just over a year later, in April 2024, the H20 was restricted too.", book,
                  record, on="2025-06-01")
    assert verdicts(rows, action="export_rule") == ["partly supported"]



def test_an_unveiling_is_not_a_launch_or_a_plan(book, record):
    """D18m: Huawei unveiled the Atlas 950 SuperPoD at Huawei Connect (18 September 2025). A
    launch date or a plan for it ("slated for late 2026", "will launch") is another act the
    record does not date, and the SuperCluster (over 500,000 chips) is another system."""
    rows = judged("At Connect 2025 in Shanghai, rotating chairman Eric Xu unveiled the Atlas 950 "
                  "and Atlas 960 SuperPoDs.", book, record, on="2025-09-20")
    assert verdicts(rows, action="release") == ["supported"]
    for sentence in ("The Atlas 950 SuperPoD, slated for late 2026, will hold 8,192 chips.",
                     "Huawei will launch the Atlas 950 SuperPoD next year.",
                     "Huawei will unveil the Atlas 950 SuperPoD next month.",
                     "Huawei unveiled the Atlas 950 SuperCluster with over 500,000 chips.",
                     "At present, the Atlas 950 SuperPoD is Huawei's largest AI system.",
                     "The Atlas 950 SuperPoD presents a challenge to Nvidia's GB200 NVL72.",
                     "Alibaba unveiled its own rival to the Atlas 950 SuperPoD.",
                     "China Mobile unveiled a data centre built on Huawei's Atlas 950 "
                     "SuperPoD."):
        rows = judged(sentence, book, record, on="2025-09-20")
        assert "release" not in set(rows["action"]), sentence


@pytest.mark.parametrize("sentence", [
    "The US added Zhipu to the Entity List in its January 2024 update.",
    "The October 2021 controls restricted Nvidia's A100 and H100 for China.",
    "The Commerce Department rescinded the AI Diffusion Rule in its May 2024 announcement.",
])
def test_a_month_and_year_before_a_noun_still_date_the_act(book, record, sentence):
    """"its January 2024 update", "the October 2021 controls": the month and year date the
    act the sentence tells, a year early here (partly supported, not supported)."""
    rows = judged(sentence, book, record, on="2025-09-01")
    assert "partly supported" in verdicts(rows)
    assert "supported" not in verdicts(rows)


def test_an_effective_ban_is_the_licence_requirement_s_effect(book, record):
    """"effectively banned", "a de facto ban": readers count the April 2025 licence
    requirement as support; a plain "banned" is only partly right (a licence, not a ban)."""
    rows = judged("Washington had effectively banned the H20 in April.", book, record,
                  on="2025-08-20")
    assert set(verdicts(rows)) == {"supported"}
    rows = judged("Washington banned the H20 in April.", book, record, on="2025-08-20")
    assert set(verdicts(rows)) == {"partly supported"}
    # China's guidance "effectively banned" is still no formal ban, nor a US act's effect
    for sentence, day in (("Chinese authorities have effectively banned firms from buying the "
                           "H200.", "2026-01-20"),
                          ("Beijing has virtually banned Nvidia from China.", "2025-09-20"),
                          ("The controls in effect ban sales of the H20 to China.",
                           "2025-05-01")):
        assert "supported" not in verdicts(judged(sentence, book, record, on=day)), sentence


def test_a_family_s_top_model_figure_leaves_other_models_open(book, record):
    """D2c, D2d: the Kunpeng 920 has 64 cores at 2.6 GHz (its launch model). "48 cores" may be
    another model of the family: unverifiable, not contradicted."""
    rows = judged("The Kunpeng 920 is a 7 nm, 64-core CPU that runs at 2.6 GHz.", book, record,
                  on="2019-01-08")
    assert set(verdicts(rows, kind="specification")) == {"supported"}
    assert len(verdicts(rows, kind="specification")) == 3
    rows = judged("The Kunpeng 920 5250 runs 48 cores at 3.0 GHz.", book, record,
                  on="2019-01-08")
    assert "contradicted" not in verdicts(rows)


def test_a_figure_reported_by_a_page_dated_only_by_a_lower_bound(tmp_path):
    """A page dated no earlier than October 2018 that gives the Kunpeng 920's 64 cores was
    written after the record learned them (January 2019): the figure is supported."""
    st = article_statements(tmp_path, "Huawei chip\n\nThe Ascend series was launched in "
                            "October 2018. The Kunpeng 920 sports a 64-core CPU, the company "
                            "said in a statement.\n")
    cores = st[st["statement"].str.contains("cores")]
    assert cores["verdict"].tolist() == ["supported"]


def test_cutting_china_off_from_advanced_chips_is_the_chip_controls(book, record):
    rows = judged("Washington has largely cut off the country's access to the most advanced "
                  "chips and AI know-how.", book, record, on="2025-05-01")
    assert verdicts(rows, action="chip_controls") == ["supported"]
    rows = judged("The outage cut off China from advanced chips for a day.", book, record,
                  on="2025-05-01")
    assert "chip_controls" not in set(rows["action"])


def test_an_unveiling_with_its_shipping_plan_after_it_is_still_the_unveiling(book, record):
    rows = judged("Huawei on Thursday unveiled the Atlas 950 SuperPoD, slated for the fourth "
                  "quarter of 2026.", book, record, on="2025-09-19")
    assert verdicts(rows, action="release") == ["supported"]


def test_a_rule_told_as_what_would_have_applied_is_history(book, record):
    """A9, rescinded by A12 in May 2025: "the rule would have restricted ..." tells what the
    rule did, not that it still holds, so a page written after the rescission is right; told
    in the present it is only partly so."""
    rows = judged("The AI diffusion rule would have restricted exports of advanced AI chips "
                  "under a tiered system.", book, record, on="2025-05-20")
    assert verdicts(rows, action="export_rule") == ["supported"]
    rows = judged("The AI diffusion rule restricts exports of advanced AI chips under a "
                  "tiered system.", book, record, on="2025-05-20")
    assert verdicts(rows, action="export_rule") == ["partly supported"]


def test_restrictions_told_as_imposed_by_the_restricted_company_are_not_the_us_rule(
        book, record):
    rows = judged("Tech giants have built in-house chips to counter restrictions imposed by "
                  "Nvidia Corp and other suppliers.", book, record, on="2025-07-20")
    assert "supported" not in verdicts(rows)
    for sentence in ("Nvidia has built chips for China to meet restrictions imposed by the "
                     "US government.",
                     "Nvidia has lost market share in China due to restrictions imposed by "
                     "Nvidia's home government.",
                     "Chinese buyers of Nvidia chips face restrictions imposed by Nvidia and "
                     "AMD's home country."):
        rows = judged(sentence, book, record, on="2025-07-20")
        assert "supported" in verdicts(rows), sentence


@pytest.mark.parametrize("sentence", [
    "Huawei's Ascend 910C delivers 60% of the inference performance of Nvidia's H100.",
    "The release includes optimised inference code tailored for Huawei's Ascend chips.",
    "Huawei's Ascend chips now power the whole pipeline, from data preparation to inference "
    "optimisation.",
    "BIS cautioned US firms against supplying Huawei's Ascend chips for overseas AI training "
    "or inference.",
    "Huawei's Ascend 910B chip is designed primarily for AI inference tasks.",
    "Huawei's Ascend chips lag far behind Nvidia's in inference.",
    "Huawei designed the Ascend 910C chips for inference.",
    "Huawei shifted its Ascend chips from inference to training.",
    "ByteDance deployed Huawei's Ascend chips to enhance inference.",
])
def test_inference_words_that_are_no_use_of_chips_for_inference(sentence, book, record):
    """D8a (Huawei pushes Ascend for inference) and D17b (DeepSeek keeps Ascend for
    inference) are uses; a chip's inference figures, inference software, a list of purposes
    and what a chip was designed for are not."""
    rows = judged(sentence, book, record, on="2025-09-01")
    assert acts(rows, "inference_focus") == []


@pytest.mark.parametrize("sentence", [
    "DeepSeek uses Nvidia chips for training and keeps Huawei's Ascend chips for inference.",
    "DeepSeek trained on Nvidia chips but still runs inference on Huawei's Ascend chips.",
    "Huawei is positioning its Ascend processors as the hardware of choice for groups that "
    "perform \u201cinference\u201d.",
    "Huawei built Ascend clusters to run inference for Chinese customers.",
    "Huawei dedicated its Ascend chips to inference.",
    "Huawei is gearing Ascend toward inference as its clusters remain weak for training.",
])
def test_chips_put_to_inference_are_judged(sentence, book, record):
    rows = judged(sentence, book, record, on="2025-09-01")
    assert "supported" in verdicts(rows, action="inference_focus")


def test_a_chip_designed_for_inference_is_no_focus_of_huawei_s(tmp_path):
    """Check F12 (Huawei focusing its chips on inference) is a strategy: a chip "designed
    primarily for inference" is a claim on its design the check does not settle."""
    claims = claims_by_line(tmp_path, "ByteDance and the Ascend 910B\nPublished: March 3, "
                            "2025\nThe Ascend 910B chip is designed primarily for AI inference "
                            "tasks.\nHuawei is focusing its Ascend chips on inference.\n")
    assert "F12" not in claims.loc[3, "check_id"].split(";")
    assert "F12" in claims.loc[4, "check_id"].split(";")


def test_officials_advising_firms_not_to_buy_unless_necessary_is_the_h200_guidance(
        book, record):
    """A21b: in January 2026 Chinese firms were told to buy the H200 only if necessary."""
    rows = judged("Chinese officials summoned leading technology firms to high-level meetings "
                  "and explicitly advised them not to buy H200 processors unless absolutely "
                  "necessary.", book, record, on="2026-01-16")
    assert acts(rows, "discourage") == [("H200", "supported")]
    for sentence in ("Analysts advised investors not to buy Nvidia shares unless the H200 "
                     "sells well.",
                     "The internet watchdog has never told firms not to buy the H200 unless "
                     "necessary."):
        rows = judged(sentence, book, record, on="2026-01-16")
        assert acts(rows, "discourage") == [], sentence


def test_orders_to_cease_buying_given_by_no_chinese_authority_are_no_steering(book, record):
    """Steering (A18a, A16a) is a Chinese authority's; a company's order, a denial, a plan, a
    foreign regulator or another product's ban is not."""
    for sentence in ("Nvidia has mandated that its distributors cease all orders for the RTX "
                     "Pro 6000D.",
                     "Beijing has not mandated that firms cease orders of Nvidia's RTX Pro "
                     "6000D, officials said.",
                     "Chinese officials denied they had ordered firms to cease all purchases "
                     "of Nvidia chips.",
                     "Beijing is expected to order that firms halt orders of the RTX Pro "
                     "6000D.",
                     "US regulators required that Nvidia halt all orders of its RTX Pro 6000D "
                     "chips.",
                     "After Beijing ordered operators to cease purchases of Micron memory, "
                     "Nvidia's sales fell.",
                     "China Mobile required that its vendors cease purchases of Nvidia GPUs.",
                     "Chinese regulators rescinded guidance telling firms not to buy Nvidia "
                     "chips unless necessary.",
                     "Chinese regulators did not tell firms not to buy the H20 unless "
                     "necessary.",
                     "Chinese regulators never told firms not to buy the H20."):
        rows = judged(sentence, book, record, on="2025-09-20")
        assert acts(rows, "discourage") == [], sentence


def test_assurances_that_licences_will_be_granted_are_the_july_2025_pledge(book, record):
    """A13a: in July 2025 Nvidia said the US had assured it that H20 licences would be
    granted: a pledge, told as one."""
    for sentence in ("Nvidia said the US government had assured it that licences to sell the "
                     "H20 would be granted.",
                     "Nvidia confirmed Monday that it is filing for licenses to sell its H20 "
                     "AI chips to Chinese firms, and U.S. officials reportedly assured "
                     "approvals."):
        rows = judged(sentence, book, record, on="2025-07-16")
        assert acts(rows, "licence_granted") == [("H20", "supported")], sentence
    for sentence in ("Nvidia assured customers that no licence was needed for the H20.",
                     "Nvidia sought assurances that approvals for the H20 would come, but "
                     "none were given.",
                     "Officials assured lawmakers that no H20 licences would be granted.",
                     "Commerce assured lawmakers that approvals for H20 exports to China "
                     "would remain frozen.",
                     "US officials assured allies that licences for H20 chips would be "
                     "issued sparingly.",
                     "Nvidia hopes licences for the H20 will be granted soon."):
        rows = judged(sentence, book, record, on="2025-09-01")
        assert acts(rows, "licence_granted") == [], sentence


def test_the_first_of_a_package_s_rules_is_no_superlative(book, record):
    rows = judged("The first final rule adds 140 entities to the Entity List.", book, record,
                  on="2024-12-10")
    assert verdicts(rows) == ["supported"]
    for sentence in ("It was the first rule to add 140 entities to the Entity List.",
                     "It was the first final rule to add 140 entities to the Entity List."):
        rows = judged(sentence, book, record, on="2024-12-10")
        assert "unverifiable" in verdicts(rows), sentence


def test_what_chips_are_built_for_is_read_neither_way(tmp_path):
    """The facet of Huawei's chip focus takes no value from "built for inference, not
    training": a design, read the same way for either value, so the sentence is no
    contradiction of check F12."""
    claims = claims_by_line(tmp_path, "Ascend\nPublished: March 3, 2025\nHuawei's Ascend "
                            "chips are built for inference, not training.\n")
    assert claims.loc[3, "verdict"] != "contradicted"


def test_a_backer_the_record_does_not_name_is_left_open(book, record):
    """C4c names Alibaba, Tencent and Meituan among Zhipu's investors: Xiaomi, listed beside
    them, is a backer the record does not hold, so the sentence is not wholly supported;
    an investor of another of Zhipu's rounds (Aramco, C6c) is one it holds."""
    rows = judged("Zhipu AI has secured investments from Tencent, Meituan, and Xiaomi.", book,
                  record, on="2025-03-20")
    assert acts(rows, "funding") == [("Meituan;Tencent;Zhipu", "supported"),
                                     ("Xiaomi", "unverifiable")]
    assert overall(rows["verdict"].tolist()) == "partly supported"
    rows = judged("Zhipu investors include Tencent, Alibaba and Aramco.", book, record,
                  on="2024-06-20")
    assert "unverifiable" not in verdicts(rows, action="funding")
    for sentence in ("Zhipu raised money from Tencent and Meituan, according to Reuters.",
                     "Zhipu raised money from Alibaba, Tencent and Meituan, Reuters reported."):
        rows = judged(sentence, book, record, on="2024-03-20")
        assert verdicts(rows, action="funding") == ["supported"], sentence


def test_a_round_s_total_told_as_one_investor_s_is_partly_right(book, record):
    """C6a: Zhipu raised about US$400 million in May 2024, a round Aramco's Prosperity7
    joined (C6c): "Prosperity7 invests $400 mn in Zhipu" gives the round's sum as its own."""
    rows = judged("Saudi Aramco-owned Prosperity7 venture capital invests $400 mn in Chinese "
                  "AI firm Zhipu", book, record, on="2024-06-01")
    assert verdicts(rows, action="funding") == ["partly supported"]
    rows = judged("Xiaomi invested $400 million in Zhipu.", book, record, on="2024-06-01")
    assert verdicts(rows, action="funding") == ["partly supported"]
    for sentence in ("Prosperity7 joined a $400 million funding round for Zhipu AI.",
                     "Prosperity7 led a $400 million round in Zhipu."):
        rows = judged(sentence, book, record, on="2024-06-01")
        assert verdicts(rows, action="funding") == ["supported"], sentence


def test_a_headline_in_the_present_tells_the_order(book, record):
    rows = judged("China tells ByteDance and Alibaba to cancel all RTX Pro 6000D chip orders.",
                  book, record, on="2025-09-18")
    assert acts(rows, "discourage") == [("RTX Pro 6000D", "supported")]
    # what is to be cancelled must be orders or purchases
    for sentence in ("China asks Nvidia to cancel its plan to sell the RTX Pro 6000D.",
                     "China urged Washington to cancel its H20 export curbs.",
                     "China urges the US to cancel export controls on Nvidia chips."):
        rows = judged(sentence, book, record, on="2025-09-18")
        assert acts(rows, "discourage") == [], sentence


def test_weeks_ago_is_that_week(book, record):
    """A15a: licences began in August 2025 (8 to 11 August). "Two weeks ago", written on 20
    August, is the week of 4 August, which meets it; one day would miss it."""
    rows = judged("Two weeks ago, the U.S. Department of Commerce confirmed that it had "
                  "started granting licenses for H20 sales to China.", book, record,
                  on="2025-08-20")
    assert acts(rows, "licence_granted") == [("H20", "supported")]


def test_the_cloudmatrix384_spellings_are_the_system(book, record):
    rows = judged("Huawei's CloudMatrix 384 Supernode delivers 300 petaFLOPs of compute.",
                  book, record, on="2025-07-28")
    assert acts(rows, "compute_fp16") == [("CloudMatrix 384", "supported")]
    rows = judged("CloudMatrix384 combines 384 Ascend 910C NPUs.", book, record,
                  on="2025-07-28")
    assert ("Ascend 910C;CloudMatrix 384", "supported") in acts(rows, "components")


def test_a_launch_based_on_a_system_is_not_the_system_s_launch(book, record):
    """D11: the CloudMatrix 384 was unveiled in April 2025; a cloud service "based on" it,
    launched in June, is another thing's launch."""
    rows = judged("Huawei Cloud fully launched the Ascend AI cloud service based on the "
                  "CloudMatrix384 super node.", book, record, on="2025-07-05")
    assert acts(rows, "release") == []
    rows = judged("Huawei launched the CloudMatrix 384, a system based on the Ascend 910C.",
                  book, record, on="2025-04-12")
    assert acts(rows, "release") == [("CloudMatrix 384", "supported")]


@pytest.mark.parametrize("sentence", [
    "TikTok Investigates Huawei Chips for AI Model Development Amid U.S. Sanctions",
    "Despite US sanctions, Huawei unveiled a new smartphone in August.",
])
def test_a_restriction_named_as_background_does_not_make_the_sentence_supported(
        sentence, book, record):
    """A1c holds Huawei's listing, not the act told against it: the sentence is at most
    partly supported, its restriction still judged."""
    rows = judged(sentence, book, record, on="2025-03-01")
    assert verdicts(rows, action="export_rule") == ["supported"]
    assert overall(rows["verdict"].tolist()) == "partly supported"


def test_a_restriction_told_as_the_claim_stays_supported(book, record):
    rows = judged("The US sanctions on Huawei remain in place.", book, record,
                  on="2025-03-01")
    assert overall(rows["verdict"].tolist()) == "supported"


@pytest.mark.parametrize(("sentence", "steered"), [
    ("US trade officials told Chinese buyers not to purchase Nvidia's H20 without a licence.",
     False),
    ("Japanese officials told firms not to buy Nvidia chips from grey-market dealers.", False),
    ("US government officials urged firms not to buy Nvidia chips.", False),
    ("US officials said Beijing told firms not to buy the H20.", True),
    ("Chinese authorities have told companies not to buy Nvidia's H20 chips.", True),
])
def test_a_foreign_government_telling_firms_what_to_buy_is_no_chinese_steer(
        sentence, steered, book, record):
    """A16a, A18b: steering is China's; a US or other government telling firms not to buy
    is not, unless it reports that Beijing did."""
    rows = judged(sentence, book, record, on="2025-09-01")
    assert bool(acts(rows, "discourage")) is steered


def test_a_long_list_of_backers_is_read_in_linear_time(book, record):
    """A scraped page can hold a list of thousands of names in one sentence: the list is read
    in one pass, and an unnamed backer in it is still found."""
    names = ", ".join(["Tencent"] + ["Baidu", "Xiaomi"] * 1500)
    rows = judged(f"Zhipu AI has secured investments from {names}.", book, record,
                  on="2025-03-20")
    assert acts(rows, "funding") == [("Tencent;Zhipu", "supported"),
                                     ("Baidu;Xiaomi", "unverifiable")]
