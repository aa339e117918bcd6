"""The data contract: every column of every table, defined once.

Following PUDL's ``metadata/fields.py`` + ``resources`` split, :data:`FIELDS` describes each
column (type, unit, meaning, allowed values) and :data:`RESOURCES` lists which columns make up
each table. Both the validation in :func:`validate` and the book's data-dictionary page
(:func:`data_dictionary_markdown`) are generated from these two dictionaries, so the
documentation cannot drift from what the code writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

LINE_KINDS = ("title", "heading", "body", "list_item", "table_row", "boilerplate", "blank")
BOILERPLATE_REASONS = (
    "ad",
    "share_prompt",
    "byline",
    "author_bio",
    "image_credit",
    "source_link",
    "related_links",
    "comment_prompt",
    "ai_disclaimer",
    "affiliate_disclaimer",
    "repeated_title",
    "ui_residue",
    "other",
)
TOPICS = ("sanctions", "ascend", "zhipu", "deepseek", "nvidia_market", "other")
ENTITY_TYPES = ("org", "chip", "hardware", "software", "model", "person", "place", "other")
QUANTITY_KINDS = (
    "money",
    "percent",
    "count",
    "process_node",
    "memory",
    "compute",
    "bandwidth",
    "power",
    "year",
    "other",
)
TEMPORAL_KINDS = ("date", "month", "year", "relative")


@dataclass(frozen=True)
class Field:
    """One column: its type, unit and meaning, plus the constraints validation enforces."""

    name: str
    type: str  # string | integer | number | boolean
    description: str
    unit: str = ""
    allowed: tuple[str, ...] | None = None
    nullable: bool = False


@dataclass(frozen=True)
class Resource:
    """One table: its file name, meaning, columns (in order) and key."""

    name: str
    description: str
    fields: tuple[str, ...]
    primary_key: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    overrides: tuple[Field, ...] = ()

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    def field(self, name: str) -> Field:
        """The column's definition: the table's own where the name means something else
        here (``kind`` of a quantity is not ``kind`` of a line), else the shared one."""
        for f in self.overrides:
            if f.name == name:
                return f
        return FIELDS[name]


_FIELD_LIST = [
    Field("article_id", "string", "Identifier of the article: its file name without extension."),
    Field("file", "string", "File name of the article inside the input folder."),
    Field(
        "title",
        "string",
        "Detected title (first non-boilerplate line if it reads as a title); empty if none.",
        nullable=True,
    ),
    Field("n_lines", "integer", "Number of lines in the file, as str.splitlines() counts them.",
          unit="lines"),
    Field("n_content_lines", "integer",
          "Lines that are article content (title, heading, body, list item, table row).",
          unit="lines"),
    Field("n_boilerplate_lines", "integer", "Lines classified as scraped boilerplate.",
          unit="lines"),
    Field("sha256", "string", "SHA-256 of the file's raw bytes (hex); empty if unreadable.",
          nullable=True),
    Field("encoding", "string", "Encoding the file was decoded with; empty if it was skipped.",
          nullable=True),
    Field("status", "string",
          "'ok', or a short statement of what is wrong with the file and what was done about it."),
    Field("duplicate_of", "string",
          "The article this one copies (identical file, or content at least 80% contained in "
          "it): counted once wherever sources are counted. Empty for originals.",
          nullable=True),
    Field("line_no", "integer",
          "1-based line number in the file, counting every line (blank ones too) as "
          "str.splitlines() does.", unit="line"),
    Field("kind", "string", "What the line is.", allowed=LINE_KINDS),
    Field("reason", "string",
          "Why a boilerplate line was classified as boilerplate (the rule's reason); "
          "empty for content and blank lines.",
          allowed=BOILERPLATE_REASONS, nullable=True),
    Field("rule_id", "string",
          "Identifier of the boilerplate rule that fired (see the rules data file); "
          "empty for content and blank lines.", nullable=True),
    Field("text", "string", "Exact text of the line or sentence as it appears in the file.",
          nullable=True),
    Field("table_id", "string", "Identifier of a markdown table: article id and table number."),
    Field("row", "integer", "0-based row of the table body (the header row is not counted).",
          unit="row"),
    Field("column", "string", "Column header of the table cell."),
    Field("value", "string", "Cell text, stripped of surrounding spaces.", nullable=True),
    Field("sentence_id", "string",
          "Stable sentence identifier: article id, line number and start column of the "
          "sentence's first character, joined by ':'."),
    Field("start", "integer", "0-based column in line `line_no` where the span starts.",
          unit="character"),
    Field("end", "integer",
          "0-based column, exclusive, where the span ends (in line `end_line_no` for "
          "sentences, in line `line_no` otherwise).", unit="character"),
    Field("end_line_no", "integer",
          "Line where the sentence ends; equal to `line_no` unless the sentence was broken "
          "over several lines in the file.", unit="line"),
    Field("block", "string", "What kind of content block the sentence comes from.",
          allowed=("title", "heading", "body", "list_item", "table_cell")),
    Field("topics", "string",
          "Storylines the sentence touches, semicolon-separated, from: " + ", ".join(TOPICS)
          + "."),
    Field("hedged", "boolean",
          "True when the sentence speculates or is modal (could, may, reportedly, "
          "speculate, suggests...; cues in hedges.csv)."),
    Field("attribution", "string",
          "To whom the sentence attributes its claim: a canonical entity name or a group "
          "such as 'industry experts'; empty when unattributed.", nullable=True),
    Field("surface", "string", "The exact text of the mention, as in the file."),
    Field("canonical", "string",
          "One name per real-world thing (aliases and misspellings map to it)."),
    Field("source", "string",
          "How the entity was found: gazetteer alias, pattern for unknown product names, "
          "news-prose context, or fuzzy match of a misspelt alias.",
          allowed=("gazetteer", "pattern", "context", "fuzzy")),
    Field("flag", "string", "'misspelling' when the surface is a misspelt alias; else empty.",
          allowed=("misspelling",), nullable=True),
    Field("unit", "string",
          "Unit of a quantity: a currency code, %, nm, GB, TB/s, TFLOPS, W..., 'year', or "
          "the counted noun for counts; empty when unknown.", nullable=True),
    Field("resolved", "string",
          "ISO date, month, year or interval (start/end) the expression refers to, where the "
          "text or the article's publication date allows; empty otherwise.", nullable=True),
]

FIELDS: dict[str, Field] = {f.name: f for f in _FIELD_LIST}

RESOURCES: dict[str, Resource] = {
    r.name: r
    for r in [
        Resource(
            "articles",
            "One row per file in the input folder, read or skipped.",
            ("article_id", "file", "title", "n_lines", "n_content_lines", "n_boilerplate_lines",
             "sha256", "encoding", "status", "duplicate_of"),
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
            ("table_id", "article_id", "line_no", "row", "column", "value"),
            primary_key=("table_id", "row", "column"),
        ),
        Resource(
            "sentences",
            "Every sentence of article content (titles, headings, paragraphs, list items and "
            "table cells), with topics, hedging and attribution.",
            ("sentence_id", "article_id", "line_no", "start", "end_line_no", "end", "text",
             "block", "topics", "hedged", "attribution"),
            primary_key=("sentence_id",),
            overrides=(Field("text", "string",
                             "The sentence; a line break inside it is written as a space."),),
        ),
        Resource(
            "entities",
            "Every mention of an organisation, chip, system, software, model, person or place.",
            ("sentence_id", "article_id", "line_no", "start", "end", "surface", "canonical",
             "type", "source", "flag"),
            primary_key=("article_id", "line_no", "start"),
            overrides=(Field("type", "string", "What kind of thing the entity is.",
                             allowed=ENTITY_TYPES),),
        ),
        Resource(
            "quantities",
            "Every number with its unit (names such as 910C or Kunpeng 920 are not numbers).",
            ("sentence_id", "article_id", "line_no", "start", "end", "surface", "value", "unit",
             "kind"),
            primary_key=("article_id", "line_no", "start"),
            overrides=(
                Field("value", "number",
                      "The number, normalised: scale words applied ('$1.4 billion' gives "
                      "1400000000)."),
                Field("kind", "string", "What the number measures.", allowed=QUANTITY_KINDS),
            ),
        ),
        Resource(
            "temporal",
            "Every time expression, resolved to a date or interval where possible.",
            ("sentence_id", "article_id", "line_no", "start", "end", "surface", "kind",
             "resolved"),
            primary_key=("article_id", "line_no", "start"),
            overrides=(Field("kind", "string", "What the expression names.",
                             allowed=TEMPORAL_KINDS),),
        ),
    ]
}


def _ref(name: str, description: str, cols: list[Field], key: tuple[str, ...]) -> Resource:
    """A reference-data table, whose columns are defined with it."""
    return Resource(f"ref_{name}", description, tuple(f.name for f in cols), primary_key=key,
                    overrides=tuple(cols))


_SOURCE_IDS = Field("source_ids", "string",
                    "Sources for the row: ids from reference/sources.csv, separated by ';'.")
_NUM = "number"
RESOURCES.update({r.name: r for r in [
    _ref("sources", "Reference data: every source cited (the book's bibliography).", [
        Field("source_id", "string", "Identifier, also the citation key in references.bib."),
        Field("publisher", "string", "Original outlet or author."),
        Field("via", "string", "Host of the syndicated or scraped copy that was used, if any.",
              nullable=True),
        Field("title", "string", "Title of the page, or a short description of it."),
        Field("url", "string", "Address of the page used."),
        Field("date", "string", "Publication date (ISO, or year-month, or year); 'n.d.' if "
              "the page is undated."),
    ], ("source_id",)),
    _ref("events", "Reference data: export-control, Zhipu and Ascend events, in our own words.", [
        Field("event_id", "string", "Identifier (A: export controls, C: Zhipu, D: Ascend)."),
        Field("track", "string", "Which timeline the event belongs to.",
              allowed=("export_controls", "zhipu", "ascend")),
        Field("date", "string", "Date or start date (ISO; year-month or year if that is all "
              "that is known)."),
        Field("date_end", "string", "End of the date range, if the event spans one.",
              nullable=True),
        Field("date_note", "string", "What the date means (announced, effective, reported).",
              nullable=True),
        Field("actor", "string", "Who acted."),
        Field("event", "string", "What happened, paraphrased."),
        Field("entities", "string", "Canonical names involved, separated by ';'.",
              nullable=True),
        _SOURCE_IDS,
    ], ("event_id",)),
    _ref("chip_specs", "Reference data: chip specifications, one row per (chip, source).", [
        Field("spec_id", "string", "Identifier."),
        Field("chip", "string", "Chip (canonical name plus form factor)."),
        Field("vendor", "string", "Designer of the chip."),
        _SOURCE_IDS,
        Field("year", "string", "Year of introduction or of the figures.", nullable=True),
        Field("process", "string", "Manufacturing process as the source states it.",
              nullable=True),
        Field("fp16_tflops_low", _NUM, "Dense FP16/BF16 throughput, low end.", unit="TFLOPS",
              nullable=True),
        Field("fp16_tflops_high", _NUM, "Dense FP16/BF16 throughput, high end.", unit="TFLOPS",
              nullable=True),
        Field("int8_tops", _NUM, "Dense INT8 throughput.", unit="TOPS", nullable=True),
        Field("fp8_tflops", _NUM, "Dense FP8 throughput.", unit="TFLOPS", nullable=True),
        Field("fp4_tflops", _NUM, "Dense FP4 throughput.", unit="TFLOPS", nullable=True),
        Field("memory_gb_low", _NUM, "Memory capacity, low end.", unit="GB", nullable=True),
        Field("memory_gb_high", _NUM, "Memory capacity, high end.", unit="GB", nullable=True),
        Field("memory_type", "string", "Memory technology.", nullable=True),
        Field("mem_bw_tbs_low", _NUM, "Memory bandwidth, low end.", unit="TB/s",
              nullable=True),
        Field("mem_bw_tbs_high", _NUM, "Memory bandwidth, high end.", unit="TB/s",
              nullable=True),
        Field("tdp_w", _NUM, "Power (TDP or maximum).", unit="W", nullable=True),
        Field("interconnect_gbs", _NUM, "Chip-to-chip bandwidth.", unit="GB/s",
              nullable=True),
        Field("die_area_mm2", _NUM, "Die area, where a source gives it.", unit="mm2",
              nullable=True),
        Field("die_area_source", "string", "Source of the die area.", nullable=True),
        Field("sparse_converted", "boolean",
              "True when the source's headline was a 2:4-sparse figure, halved here."),
        Field("status", "string", "What kind of figure this is.",
              allowed=("official", "independent", "secondary", "estimate", "low quality",
                       "erroneous", "roadmap", "dense-vs-sparse error")),
        Field("note", "string", "What is special about this row.", nullable=True),
    ], ("spec_id",)),
    _ref("thresholds", "Reference data: the US control thresholds for AI chips.", [
        Field("threshold_id", "string", "Identifier."),
        Field("rule", "string", "The rule and its version."),
        Field("test", "string", "What is compared.",
              allowed=("tpp", "tpp_and_pd", "tpp_and_interconnect", "tpp_and_dram_bw")),
        Field("operator", "string", "Comparison.", allowed=(">=", "<")),
        Field("value", _NUM, "Threshold on TPP."),
        Field("second_value", _NUM, "Threshold on the second quantity (density, GB/s).",
              nullable=True),
        Field("description", "string", "The threshold in words."),
        _SOURCE_IDS,
    ], ("threshold_id",)),
]})


_VERDICT = Field("verdict", "string", "The check's verdict on the claim; empty if unchecked.",
                 allowed=("supported", "partly supported", "contradicted", "unverifiable",
                          "misleading"), nullable=True)
_SIDE = [("value", "string", "Facet value stated"), ("sentence_id", "string", "Sentence"),
         ("article_id", "string", "Article"), ("line_no", "integer", "Line"),
         ("text", "string", "Sentence text")]
RESOURCES.update({r.name: r for r in [
    Resource(
        "claims",
        "The claim register: every content sentence that asserts something checkable, with its "
        "group, the check that judges it and the verdict.",
        ("claim_id", "article_id", "line_no", "text", "group_id", "check_id", "verdict",
         "n_articles", "n_independent", "duplicate_of"),
        primary_key=("claim_id",),
        overrides=(
            Field("claim_id", "string", "Stable claim id: the sentence id, plus '/CHECK' when a "
                  "check judges it (a sentence can make several checked claims)."),
            Field("text", "string", "The claim as the article words it."),
            Field("group_id", "string",
                  "Claims saying the same thing share a group: 'check:ID' (same check), "
                  "'facet:FACET=VALUE' (same facet value), 'similar:ID' (same names, nearly "
                  "the same words) or 'single:ID'."),
            Field("check_id", "string", "The analyst check that judges the claim (checks.csv).",
                  nullable=True),
            _VERDICT,
            Field("n_articles", "integer", "Articles in the claim's group.", unit="articles"),
            Field("n_independent", "integer",
                  "Independent articles in the group: copies count with their original.",
                  unit="articles"),
        ),
    ),
    Resource(
        "facet_statements",
        "Every facet value stated in the corpus (CANN licence, what Ascend chips are...).",
        ("sentence_id", "article_id", "line_no", "facet", "subject", "attribute", "value",
         "surface", "implicit_subject", "text"),
        primary_key=("sentence_id", "facet", "value"),
        overrides=(
            Field("facet", "string", "Facet id (facets.csv)."),
            Field("subject", "string", "What the value is said of."),
            Field("attribute", "string", "The attribute."),
            Field("value", "string", "The value stated."),
            Field("surface", "string", "The words that state it."),
            Field("implicit_subject", "boolean",
                  "True when the sentence does not name the subject and the article's most "
                  "mentioned candidate stands in."),
            Field("text", "string", "The sentence."),
        ),
    ),
    Resource(
        "contradictions",
        "Each pair of sentences that give different values for the same facet and subject.",
        ("contradiction_id", "facet", "subject", "attribute", "same_article",
         *[f"{k}_a" for k, *_ in _SIDE], *[f"{k}_b" for k, *_ in _SIDE]),
        primary_key=("contradiction_id",),
        overrides=(
            Field("contradiction_id", "string", "Facet and the two sentence ids."),
            Field("facet", "string", "Facet id (facets.csv)."),
            Field("subject", "string", "What the values are said of."),
            Field("attribute", "string", "The attribute."),
            Field("same_article", "boolean", "True for a self-contradiction within one article."),
            *[Field(f"{k}_{x}", t, f"{d} ({'first' if x == 'a' else 'second'} statement).")
              for x in ("a", "b") for k, t, d in _SIDE],
        ),
    ),
]})


class SchemaError(ValueError):
    """A table does not match its contract; the message names file, row and column."""


def _first_bad(mask: pd.Series) -> int | None:
    """Row number (as seen in the CSV file: 1-based plus the header) of the first True."""
    hits = mask.to_numpy().nonzero()[0]
    return int(hits[0]) + 2 if len(hits) else None


def _bad_values(values: pd.Series, f: Field) -> pd.Series:
    """Boolean mask of present values that break the field's type or allowed values."""
    if f.type in ("integer", "number"):
        num = pd.to_numeric(values.astype(object), errors="coerce")
        bad = num.isna()
        if f.type == "integer":
            bad = bad | (num.fillna(0) % 1 != 0)
    elif f.type == "boolean":
        bad = ~values.astype(str).str.lower().isin(["true", "false"])
    else:
        bad = pd.Series(False, index=values.index)
    if f.allowed is not None:
        bad = bad | ~values.astype(str).isin(f.allowed)
    return bad


def validate(df: pd.DataFrame, table: str, source: str | None = None) -> pd.DataFrame:
    """Check ``df`` against the contract of ``table``.

    Raises :class:`SchemaError` on the first problem, naming the file (``source``), the row as
    numbered in the CSV file and the column, so a user can open the file and find it.
    """
    resource = RESOURCES[table]
    where = source or resource.file
    missing = [c for c in resource.fields if c not in df.columns]
    if missing:
        raise SchemaError(f"{where}: missing column(s) {', '.join(missing)}")
    extra = [c for c in df.columns if c not in resource.fields]
    if extra:
        raise SchemaError(f"{where}: unexpected column(s) {', '.join(extra)}")
    df = df.reset_index(drop=True)
    for name in resource.fields:
        f = resource.field(name)
        col = df[name]
        absent = col.isna()
        if not (pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col)):
            absent = absent | col.astype(object).eq("")
        row = _first_bad(absent) if not f.nullable else None
        if row is not None:
            raise SchemaError(f"{where}: row {row}, column {name!r}: value is missing")
        present = col[~absent]
        bad = _bad_values(present, f).reindex(col.index, fill_value=False)
        row = _first_bad(bad)
        if row is not None:
            value = col.iloc[row - 2]
            expected = f"one of {', '.join(f.allowed)}" if f.allowed else f"of type {f.type}"
            raise SchemaError(f"{where}: row {row}, column {name!r}: {value!r} is not {expected}")
    if resource.primary_key and not df.empty:
        row = _first_bad(df.duplicated(list(resource.primary_key), keep="first"))
        if row is not None:
            raise SchemaError(
                f"{where}: row {row}: duplicate key ({', '.join(resource.primary_key)})"
            )
    return df


PANDAS_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def empty_frame(table: str) -> pd.DataFrame:
    """An empty table with the contract's columns, so an empty corpus still writes headers."""
    resource = RESOURCES[table]
    return pd.DataFrame({c: pd.Series(dtype=object) for c in resource.fields})


def read_dtypes(table: str) -> dict[str, str]:
    """pandas dtypes for reading a table's CSV back without type guessing."""
    resource = RESOURCES[table]
    return {c: PANDAS_DTYPES[resource.field(c).type] for c in resource.fields}


def data_dictionary_markdown() -> str:
    """The book's data-dictionary page, generated from :data:`RESOURCES` and :data:`FIELDS`."""
    out = [
        "# Data dictionary",
        "",
        "Every table that `chipclaims parse` writes, with every column. This page is generated "
        "from the package's data contract (`chipclaims.schema`), the same definitions that "
        "validate the tables, so it always describes what the code writes. Regenerate it with "
        "`make dictionary`.",
        "",
    ]
    for resource in RESOURCES.values():
        out += [f"## `{resource.file}`", "", resource.description, ""]
        if resource.primary_key:
            key = ", ".join(f"`{k}`" for k in resource.primary_key)
            out += [f"One row per {key}.", ""]
        out += ["| column | type | unit | meaning | allowed values |", "|---|---|---|---|---|"]
        for name in resource.fields:
            f = resource.field(name)
            allowed = ", ".join(f"`{a}`" for a in f.allowed) if f.allowed else ""
            optional = " (may be empty)" if f.nullable else ""
            desc = f.description.replace("|", "\\|")
            out.append(f"| `{name}` | {f.type} | {f.unit} | {desc}{optional} | {allowed} |")
        out.append("")
        for note in resource.notes:
            out += [note, ""]
    return "\n".join(out).rstrip() + "\n"
