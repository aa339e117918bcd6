"""Every column of every table, defined once: one name, one meaning.

Following PUDL's ``metadata/fields.py``, a column is described here by name (type, unit,
meaning, allowed values) and the tables in :mod:`.resources` list names only, so a column
that appears in several tables means the same thing in each. Where two tables needed the
same word for different things, the names differ (``cell`` of a markdown table,
``facet_value`` of a facet, ``value`` of a quantity, ``threshold`` of a rule).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import vocabulary as v


@dataclass(frozen=True)
class Field:
    """One column: its type, unit and meaning, plus the constraints validation enforces."""

    name: str
    type: str  # string | integer | number | boolean
    description: str
    unit: str = ""
    allowed: tuple[str, ...] | None = None
    nullable: bool = False


_S, _I, _N, _B = "string", "integer", "number", "boolean"

_LIST = [
    # --- articles and lines ------------------------------------------------------------
    Field("article_id", _S, "Identifier of the article: its file name without extension."),
    Field("file", _S, "File name of the article inside the input folder."),
    Field("title", _S, "Title of the article or page the row describes: for an article, the "
          "detected title line (first non-boilerplate line if it reads as a title).",
          nullable=True),
    Field("n_lines", _I, "Number of lines in the file, as str.splitlines() counts them.",
          unit="lines"),
    Field("n_content_lines", _I,
          "Lines that are article content (title, heading, body, list item, table row).",
          unit="lines"),
    Field("n_boilerplate_lines", _I, "Lines classified as scraped boilerplate.", unit="lines"),
    Field("sha256", _S, "SHA-256 of the file's raw bytes (hex); empty if unreadable.",
          nullable=True),
    Field("encoding", _S, "Encoding the file was decoded with; empty if it was skipped.",
          nullable=True),
    Field("status", _S,
          "'ok', or a short statement of what is wrong with the file and what was done about it."),
    Field("duplicate_of", _S,
          "The earlier article that the row's article copies (identical file, or content at "
          "least 80% contained in it): counted once wherever sources are counted. Empty for "
          "originals.", nullable=True),
    Field("relays", _S, "The outside source the article's own text says it relays (the site "
          "of a source link, or an agency in its dateline), one lowercase word; articles "
          "relaying the same source count once as independent reports. Empty when it names "
          "none.", nullable=True),
    Field("published_from", _S, "Earliest day the article can have been published (ISO): the "
          "day itself when known; empty when undated.", nullable=True),
    Field("published_to", _S, "Latest day the article can have been published (ISO); empty "
          "when only a lower bound is known, or undated.", nullable=True),
    Field("published_evidence", _S, "How the publication date was found: the override file, "
          "a date line, the latest dated event the text reports, or the latest year it reports "
          "an event in; or why it is unknown."),
    Field("line_no", _I,
          "1-based line number in the file, counting every line (blank ones too) as "
          "str.splitlines() does.", unit="line"),
    Field("kind", _S, "What the line is.", allowed=v.LINE_KINDS),
    Field("reason", _S,
          "Why a boilerplate line was classified as boilerplate (the rule's reason); "
          "empty for content and blank lines.", allowed=v.BOILERPLATE_REASONS, nullable=True),
    Field("rule_id", _S,
          "Identifier of the boilerplate rule that fired (see the rules data file); "
          "empty for content and blank lines.", nullable=True),
    Field("text", _S, "Exact text of the line or sentence the row is about, as it appears in "
          "the file; a line break inside a sentence is written as a space.", nullable=True),
    # --- markdown tables -----------------------------------------------------------------
    Field("table_id", _S, "Identifier of a markdown table: article id and table number."),
    Field("row", _I, "0-based row of the table body (the header row is not counted).",
          unit="row"),
    Field("column", _S, "Column header of the table cell."),
    Field("cell", _S, "Text of a table cell, stripped of surrounding spaces.", nullable=True),
    # --- sentences and mentions ----------------------------------------------------------
    Field("sentence_id", _S,
          "Stable sentence identifier: article id, line number and start column of the "
          "sentence's first character, joined by ':'."),
    Field("start", _I, "0-based column in line `line_no` where the span starts.",
          unit="character"),
    Field("end", _I,
          "0-based column, exclusive, where the span ends (in line `end_line_no` for "
          "sentences, in line `line_no` otherwise).", unit="character"),
    Field("end_line_no", _I,
          "Line where the sentence ends; equal to `line_no` unless the sentence was broken "
          "over several lines in the file.", unit="line"),
    Field("block", _S, "What kind of content block the sentence comes from.",
          allowed=v.SENTENCE_BLOCKS),
    Field("topics", _S, "Storylines the sentence or article touches, semicolon-separated, "
          "from: " + ", ".join(v.TOPICS) + ". An article's are its sentences' named topics, "
          "plus 'other' when half its sentences or more have none; empty for an article "
          "with no sentences.", nullable=True),
    Field("hedged", _B,
          "True when the sentence speculates or is modal (could, may, reportedly, "
          "speculate, suggests...; cues in hedges.csv)."),
    Field("attribution", _S,
          "To whom the sentence attributes its claim: a canonical entity name or a group "
          "such as 'industry experts'; empty when unattributed.", nullable=True),
    Field("surface", _S, "The exact words of the mention or statement, as in the file."),
    Field("canonical", _S,
          "One name per real-world thing (aliases and misspellings map to it)."),
    Field("type", _S, "What kind of thing the entity is.", allowed=v.ENTITY_TYPES),
    Field("source", _S,
          "How the entity was found: gazetteer alias, pattern for unknown product names, "
          "news-prose context, fuzzy match of a misspelt alias, or a place name from GeoNames "
          "and ISO 3166.", allowed=v.ENTITY_SOURCES),
    Field("flag", _S, "'misspelling' when the surface is a misspelt alias; else empty.",
          allowed=v.ENTITY_FLAGS, nullable=True),
    Field("value", _N,
          "The number, normalised: scale words applied ('$1.4 billion' gives 1400000000); "
          "empty for a statement that carries no number.", nullable=True),
    Field("unit", _S,
          "Unit of a quantity: a currency code, %, nm, GB, TB/s, TFLOPS, W..., 'year', or "
          "the counted noun for counts; empty when unknown.", nullable=True),
    Field("quantity_kind", _S, "What the number measures.", allowed=v.QUANTITY_KINDS),
    Field("time_kind", _S, "What the time expression names.", allowed=v.TIME_KINDS),
    Field("resolved", _S,
          "ISO date, month, year or interval (start/end) the expression refers to, where the "
          "text or the article's publication date allows; empty otherwise.", nullable=True),
    # --- claims, facets, contradictions --------------------------------------------------
    Field("claim_id", _S, "Stable claim id: the sentence id (one sentence, one claim)."),
    Field("group_id", _S,
          "Claims saying the same thing share a group: 'check:ID' (same check), "
          "'facet:FACET=VALUE' (same facet value), 'record:FACTS' (the same facts of the "
          "record, with the same figures and verdicts, e.g. the same listing proceeds), "
          "'similar:ID' "
          "(same names, nearly the same words) or 'single:ID'."),
    Field("check_id", _S, "The analyst checks that match the claim (checks.csv), most "
          "specific first, separated by ';'.", nullable=True),
    Field("verdict", _S, "The verdict on the claim or statement as of the article's "
          "publication date; empty if nothing judges it.", allowed=v.VERDICTS, nullable=True),
    # --- statements: what a claim sentence asserts, judged against the record -------------
    Field("statement_id", _S, "Stable statement id: the sentence id, '#', and the statement's "
          "number within the sentence."),
    Field("statement_kind", _S, "What the statement asserts.", allowed=v.STATEMENT_KINDS),
    Field("action", _S, "For events and money: what was done (statement_rules.csv), e.g. "
          "entity_list, licence_required, listing, funding; for specifications and "
          "comparisons: the metric (compute_fp16, memory_gb...).", nullable=True),
    Field("subjects", _S, "Canonical names the statement is about, separated by ';'.",
          nullable=True),
    Field("stated_date", _S, "The date or period the sentence gives for what it states (ISO, "
          "year-month or year; several separated by ';'); empty when it gives none.",
          nullable=True),
    Field("attributed_to", _S, "Who the sentence credits for the claim ('according to X', "
          "'X said'); empty when it credits no one.", nullable=True),
    Field("statement", _S, "What the statement asserts, in words generated from its fields."),
    Field("as_of", _S, "The day the statement is judged as of: the article's publication date, "
          "or the record's date when the article's date is unknown (ISO)."),
    Field("basis", _S, "How the verdict was reached: computed from the record or an analyst "
          "check.", allowed=v.VERDICT_BASES),
    Field("rationale", _S, "One line: why the verdict, against which record."),
    Field("evidence", _S, "Reference ids the verdict rests on (facts, events, specifications, "
          "sources), separated by ';'.", nullable=True),
    Field("verdict_today", _S, "The verdict as of the record's latest date (what holds now); "
          "empty if nothing judges it.", allowed=v.VERDICTS, nullable=True),
    Field("note_today", _S, "What changed between publication and now, if anything ('true "
          "when published; changed on DATE by EVENT').", nullable=True),
    Field("n_articles", _I, "Articles in the claim's group.", unit="articles"),
    Field("n_independent", _I,
          "Independent articles in the group: copies count with their original.",
          unit="articles"),
    Field("facet", _S, "Facet id (facets.csv)."),
    Field("subject", _S, "What the facet value is said of."),
    Field("attribute", _S, "The attribute the facet describes."),
    Field("facet_value", _S, "The facet value stated."),
    Field("implicit_subject", _B,
          "True when the sentence does not name the subject and the article's most "
          "mentioned candidate stands in."),
    Field("contradiction_id", _S, "Facet and the two sentence ids."),
    Field("same_article", _B, "True for a self-contradiction within one article."),
    # --- reference data ------------------------------------------------------------------
    Field("source_id", _S, "Identifier of a source, also its citation key in references.bib."),
    Field("source_ids", _S,
          "Sources for the row: ids from reference/sources.csv, separated by ';'."),
    Field("publisher", _S, "Original outlet or author."),
    Field("via", _S, "Host of the syndicated or scraped copy that was used, if any.",
          nullable=True),
    Field("url", _S, "Address of the page used."),
    Field("published", _S, "Publication date (ISO, or year-month, or year); 'n.d.' if the "
          "page is undated."),
    Field("event_id", _S, "Identifier (A: export controls, C: Zhipu, D: Ascend, "
          "N: Nvidia products)."),
    Field("track", _S, "Which timeline the event belongs to.", allowed=v.EVENT_TRACKS),
    Field("date", _S, "Date or start date of the event (ISO; year-month or year if that is "
          "all that is known)."),
    Field("date_end", _S, "End of the date range, if the event spans one.", nullable=True),
    Field("date_note", _S, "What the date means (announced, effective, reported).",
          nullable=True),
    Field("actor", _S, "Who acted."),
    Field("event", _S, "What happened, paraphrased."),
    Field("entities", _S, "Canonical names involved, separated by ';'.", nullable=True),
    Field("spec_id", _S, "Identifier of a chip-specification row."),
    Field("chip", _S, "Chip (canonical name plus form factor)."),
    Field("vendor", _S, "Designer of the chip."),
    Field("year", _S, "Year of introduction or of the figures.", nullable=True),
    Field("process", _S, "Manufacturing process as the source states it.", nullable=True),
    Field("fp16_tflops_low", _N, "Dense FP16/BF16 throughput, low end.", unit="TFLOPS",
          nullable=True),
    Field("fp16_tflops_high", _N, "Dense FP16/BF16 throughput, high end.", unit="TFLOPS",
          nullable=True),
    Field("int8_tops", _N, "Dense INT8 throughput.", unit="TOPS", nullable=True),
    Field("fp8_tflops", _N, "Dense FP8 throughput.", unit="TFLOPS", nullable=True),
    Field("fp4_tflops", _N, "Dense FP4 throughput.", unit="TFLOPS", nullable=True),
    Field("memory_gb_low", _N, "Memory capacity, low end.", unit="GB", nullable=True),
    Field("memory_gb_high", _N, "Memory capacity, high end.", unit="GB", nullable=True),
    Field("memory_type", _S, "Memory technology.", nullable=True),
    Field("mem_bw_tbs_low", _N, "Memory bandwidth, low end.", unit="TB/s", nullable=True),
    Field("mem_bw_tbs_high", _N, "Memory bandwidth, high end.", unit="TB/s", nullable=True),
    Field("tdp_w", _N, "Power (TDP or maximum).", unit="W", nullable=True),
    Field("interconnect_gbs", _N, "Chip-to-chip bandwidth.", unit="GB/s", nullable=True),
    Field("die_area_mm2", _N, "Die area, where a source gives it.", unit="mm2",
          nullable=True),
    Field("die_area_source", _S, "Source of the die area.", nullable=True),
    Field("sparse_converted", _B,
          "True when the source's headline was a 2:4-sparse figure, halved here."),
    Field("figure_status", _S, "What kind of figure the specification row holds.",
          allowed=v.FIGURE_STATUSES),
    Field("note", _S, "What is special about this row.", nullable=True),
    Field("threshold_id", _S, "Identifier of a control threshold."),
    Field("rule", _S, "The rule and its version."),
    Field("test", _S, "What the threshold compares.", allowed=v.THRESHOLD_TESTS),
    Field("operator", _S, "Comparison.", allowed=v.THRESHOLD_OPERATORS),
    Field("threshold", _N, "Threshold on TPP."),
    Field("second_threshold", _N, "Threshold on the second quantity (density, GB/s).",
          nullable=True),
    Field("valid_from", _S, "First day the threshold holds (ISO): the day its rule was "
          "published."),
    Field("description", _S, "The threshold in words."),
    Field("fact_id", _S, "Identifier of a typed fact of the record (its event's id plus a "
          "letter; spec ids for chip figures)."),
    Field("metric", _S, "For specification and comparison facts: the measured quantity "
          "(statement_rules.csv).", nullable=True),
    Field("any_of", _S, "Canonical names of which a statement must name at least one, "
          "separated by ';'.", nullable=True),
    Field("known_from", _S, "First day the record holds the fact (ISO); empty means its date.",
          nullable=True),
    Field("valid_to", _S, "Day from which the fact no longer holds (ISO); empty while it "
          "holds.", nullable=True),
    Field("changed_by", _S, "The event that ended the fact.", nullable=True),
    Field("amount", _N, "The figure the fact carries, low end (in its unit).", nullable=True),
    Field("amount_high", _N, "The figure's high end (equal to the low end for one value; "
          "very large for 'more than').", nullable=True),
    Field("qualifiers", _S, "What the fact is and is not: 'cumulative', 'pledge', "
          "'forecast' (a report that something would happen, such as shipments to start "
          "in a month: told as done, it is partly supported), 'rise' (a figure that is a rise: "
          "told as a fall, it is contradicted), 'third_party' (another party's finding about the "
          "event, such as a teardown: not the event's actor's word), 'first', "
          "'not_a_ban' (a licence requirement or guidance, not a prohibition), 'under_licence' "
          "(sales allowed under licence or on conditions: the restriction stays), 'by_name' "
          "(a fact about a name: a sentence giving its subject under a name the fact does not "
          "use is not about it), "
          "'about_chips' (about a company's chips in general: a word for chips must "
          "stand next to the act's words), 'priced' (an act whose price the record does "
          "not hold, such as a purchase: a sentence stating a sum is about the price and not "
          "judged on the act), 'background' (an act told in passing beside another, such as "
          "the purchase behind a probe: a date nearer the other act's words is not its own), "
          "'completed' (the day an act was done: a date told with its announcement or agreement "
          "is not it), 'no_reason' (the record has a chip made for China but not that US rules "
          "were the reason: a sentence giving that reason is partly supported), "
          "'us_side' (a US act a sentence must place on the US side, by a licence or a US "
          "body, and not give to a Chinese authority), "
          "'by:ORG' (the act's doer: another company named right before the act's words, or "
          "the fact's subject told as goods, 'Mellanox switches', is not it), "
          "'vendor claim', 'generic' (about a kind of chip in general, which a sentence "
          "naming one chip is not judged on), 'any_company' (about listed companies in general, "
          "which a sentence naming a listed company is not judged on), 'ordered' (a sentence "
          "must name the subjects before the act's words and the others after them), "
          "'actor' (the subject must be who acts: in 'DeepSeek uses Huawei's chips for "
          "inference' Huawei does not act), 'partial' (done only in part: a sentence calling "
          "it done fully is partly right), 'unveiled' (a thing shown for the first time: a "
          "sentence telling its launch, release or a plan for it is not about the unveiling), "
          "'top_model' (a figure of a family's top model, such as the Kunpeng 920's 64 cores: "
          "another figure may be another model's, so it is left unverifiable, not "
          "contradicted)..., "
          "separated by ';'.",
          nullable=True),
    Field("negative", _B, "True when the fact is itself a denial (so negated sentences may "
          "match it)."),
]

FIELDS: dict[str, Field] = {f.name: f for f in _LIST}
if len(FIELDS) != len(_LIST):  # pragma: no cover - a programming error, caught at import
    raise RuntimeError("a field is defined twice in chipclaims.contract.fields")


# A contradiction pairs two statements: these columns appear once per side, suffixed _a, _b.
PAIRED = ("facet_value", "sentence_id", "article_id", "line_no", "text")


def _side(name: str, suffix: str, which: str) -> Field:
    f = FIELDS[name]
    return Field(f"{name}_{suffix}", f.type, f"{f.description.rstrip('.')} ({which} "
                 "statement).", f.unit, f.allowed, f.nullable)


FIELDS.update({f.name: f for suffix, which in (("a", "first"), ("b", "second"))
               for f in (_side(n, suffix, which) for n in PAIRED)})
