"""Every table the project writes or reads, as a list of column names from :mod:`.fields`.

Output tables are what ``chipclaims parse`` writes; reference tables (``ref_*``) are the
cited record shipped in ``data/reference/``. A table names its columns and key; what a
column means is the field's business, never the table's.
"""

from __future__ import annotations

from dataclasses import dataclass

from .fields import FIELDS, PAIRED, Field


@dataclass(frozen=True)
class Resource:
    """One table: its file name, meaning, columns (in order) and key."""

    name: str
    description: str
    fields: tuple[str, ...]
    primary_key: tuple[str, ...] = ()

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    def field(self, name: str) -> Field:
        return FIELDS[name]


# A mention's provenance: the sentence it is in and its span in the file, then its words.
MENTION = ("sentence_id", "article_id", "line_no", "start", "end", "surface")


def _mention(name: str, description: str, fields: tuple[str, ...]) -> Resource:
    """A table of mentions found in sentences, keyed by where each mention starts."""
    return Resource(name, description, (*MENTION, *fields),
                    primary_key=("article_id", "line_no", "start"))


_OUTPUT = [
    Resource(
        "articles",
        "One row per file in the input folder, read or skipped.",
        ("article_id", "file", "title", "n_lines", "n_content_lines", "n_boilerplate_lines",
         "sha256", "encoding", "status", "duplicate_of", "relays", "topics", "published_from",
         "published_to", "published_evidence"),
        primary_key=("article_id",),
    ),
    Resource(
        "lines",
        "Every line of every file that was read, exactly once: content, blank or "
        "boilerplate (with the reason).",
        ("article_id", "line_no", "kind", "reason", "rule_id", "text"),
        primary_key=("article_id", "line_no"),
    ),
    Resource(
        "tables",
        "Cells of the markdown tables found in article content, in long form.",
        ("table_id", "article_id", "line_no", "row", "column", "cell"),
        primary_key=("table_id", "row", "column"),
    ),
    Resource(
        "sentences",
        "Every sentence of article content (titles, headings, paragraphs, list items and "
        "table cells), with topics, hedging and attribution.",
        ("sentence_id", "article_id", "line_no", "start", "end_line_no", "end", "text",
         "block", "topics", "hedged", "attribution"),
        primary_key=("sentence_id",),
    ),
    _mention("entities", "Every mention of an organisation, chip, system, software, model, "
             "person or place.", ("canonical", "type", "source", "flag")),
    _mention("quantities", "Every number with its unit (names such as 910C or Kunpeng 920 "
             "are not numbers).", ("value", "unit", "quantity_kind")),
    _mention("temporal", "Every time expression, resolved to a date or interval where "
             "possible.", ("time_kind", "resolved")),
    Resource(
        "claims",
        "The claim register: every content sentence that asserts something checkable, once, "
        "with its group, the checks that judge it and one verdict computed from its "
        "statements (statements.csv), as of publication and as of now.",
        ("claim_id", "sentence_id", "article_id", "line_no", "text", "group_id", "check_id",
         "verdict", "verdict_today", "n_articles", "n_independent", "duplicate_of"),
        primary_key=("claim_id",),
    ),
    Resource("statements", "What each claim sentence asserts, as data (specifications, "
             "comparisons, events, money, attributions), each judged against the reference "
             "record as of the article's publication date and as of now; the span is the "
             "words that carry the statement.",
             ("statement_id", *MENTION, "statement_kind", "action", "subjects", "value",
              "unit", "stated_date", "attributed_to", "statement", "as_of", "verdict",
              "basis", "rationale", "evidence", "verdict_today", "note_today"),
             primary_key=("statement_id",)),
    Resource(
        "facet_statements",
        "Every facet value stated in the corpus (CANN licence, what Ascend chips are...).",
        ("sentence_id", "article_id", "line_no", "facet", "subject", "attribute",
         "facet_value", "surface", "implicit_subject", "text"),
        primary_key=("sentence_id", "facet", "facet_value"),
    ),
    Resource(
        "contradictions",
        "Each pair of sentences that give different values for the same facet and subject.",
        ("contradiction_id", "facet", "subject", "attribute", "same_article",
         *[f"{k}_a" for k in PAIRED], *[f"{k}_b" for k in PAIRED]),
        primary_key=("contradiction_id",),
    ),
]

_REFERENCE = [
    Resource("ref_sources", "Reference data: every source cited (the book's bibliography).",
             ("source_id", "publisher", "via", "title", "url", "published"),
             primary_key=("source_id",)),
    Resource("ref_events",
             "Reference data: export-control, Zhipu and Ascend events, in our own words.",
             ("event_id", "track", "date", "date_end", "date_note", "actor", "event",
              "entities", "source_ids"), primary_key=("event_id",)),
    Resource("ref_chip_specs",
             "Reference data: chip specifications, one row per (chip, source).",
             ("spec_id", "chip", "vendor", "source_ids", "year", "process", "fp16_tflops_low",
              "fp16_tflops_high", "int8_tops", "fp8_tflops", "fp4_tflops", "memory_gb_low",
              "memory_gb_high", "memory_type", "mem_bw_tbs_low", "mem_bw_tbs_high", "tdp_w",
              "interconnect_gbs", "die_area_mm2", "die_area_source", "sparse_converted",
              "figure_status", "note"), primary_key=("spec_id",)),
    Resource("ref_facts",
             "Reference data: the record as typed facts (action, subjects, date, figure, "
             "validity) that statements are matched to; each cites its sources.",
             ("fact_id", "event_id", "statement_kind", "action", "metric", "subjects",
              "any_of", "date", "date_end", "known_from", "valid_to", "changed_by", "amount",
              "amount_high", "unit", "qualifiers", "negative", "statement", "source_ids"),
             primary_key=("fact_id",)),
    Resource("ref_thresholds", "Reference data: the US control thresholds for AI chips.",
             ("threshold_id", "event_id", "rule", "test", "operator", "threshold",
              "second_threshold", "valid_from", "valid_to", "changed_by", "description",
              "source_ids"), primary_key=("threshold_id",)),
]

RESOURCES: dict[str, Resource] = {r.name: r for r in (*_OUTPUT, *_REFERENCE)}
OUTPUT_TABLES = tuple(r.name for r in _OUTPUT)
REFERENCE_TABLES = tuple(r.name.removeprefix("ref_") for r in _REFERENCE)
# The tables a parse writes article by article (the others need the whole corpus).
PER_ARTICLE_TABLES = ("articles", "lines", "tables", "sentences", "entities", "quantities",
                      "temporal")
