"""Every closed vocabulary of the project, defined once.

Line kinds, boilerplate reasons, topics, entity types, quantity and time kinds, verdicts and
the reference tables' categories: the data contract's allowed values, the rule loaders'
checks, the pipeline's filters and the book's orderings all read them from here, so a new
value is added in one place.
"""

from __future__ import annotations

# What a line of an article is. The first five are content.
CONTENT_KINDS = ("title", "heading", "body", "list_item", "table_row")
LINE_KINDS = (*CONTENT_KINDS, "boilerplate", "blank")

# Why a line is boilerplate (the ``reason`` of a boilerplate rule).
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
    "navigation",
    "caption",
    "comment",
    "other",
)

# Reasons of a heading that opens a block at the end of a page (comments, related stories, the
# author's biography): the short lines after it belong to the block.
TAIL_REASONS = ("comment_prompt", "comment", "related_links", "author_bio")

# The block a sentence comes from, and the blocks whose sentences can make claims (headings
# name a section; they assert nothing).
SENTENCE_BLOCKS = ("title", "heading", "body", "list_item", "table_cell")
# Line kinds that are a block of their own (body lines join into paragraphs; table rows split
# into cells).
ONE_LINE_BLOCKS = ("title", "heading", "list_item")
CLAIM_BLOCKS = ("title", "body", "list_item", "table_cell")

TOPICS = ("sanctions", "ascend", "zhipu", "deepseek", "nvidia_market", "other")

ENTITY_TYPES = ("org", "chip", "hardware", "software", "model", "person", "place", "other")
# Entity types that make a sentence a claim, and those that can be credited as a source.
CLAIM_ENTITY_TYPES = ("org", "chip", "hardware", "software", "model", "person")
# Entity types that make a claim only in a sentence of a named topic (a rule or list, not a
# video platform): "The US scrapped the AI diffusion rule".
TOPICAL_ENTITY_TYPES = ("other",)
# Entity types of the stack a model runs or is trained on (what an announcement names).
STACK_ENTITY_TYPES = ("chip", "hardware", "software")
# Entity types that name one specific product: a check about one does not cover another.
SPECIFIC_ENTITY_TYPES = ("chip", "hardware", "model")
SOURCE_ENTITY_TYPES = ("org", "person")
# Entity types whose misspelt names are looked for (short chip names are too alike).
FUZZY_ENTITY_TYPES = ("org", "software", "model")
# How an entity mention was found, and the one flag a mention can carry.
ENTITY_SOURCES = ("gazetteer", "pattern", "context", "fuzzy", "places")
# A name spelled wrong ("CUNN"), or rendered word for word from Chinese ("Sheng Teng" for
# Ascend), which marks a machine-translated text.
ENTITY_FLAGS = ("misspelling", "translation")

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
    "multiplier",
    "other",
)
TIME_KINDS = ("date", "month", "year", "weekday", "quarter", "duration", "relative")
# Time kinds that date what a sentence states (a weekday or "now" does not).
DATING_TIME_KINDS = ("date", "month", "year", "quarter")
# ... and those that date it once resolved: a weekday or a relative time is resolved only
# against an article whose day is known ("on Saturday" in a page of Monday 28 July 2025 is
# 26 July; "three years ago" in one of February 2024 is 2021).
RESOLVED_DATING_KINDS = (*DATING_TIME_KINDS, "weekday", "relative")

# Verdicts, from the record holding a claim to the record saying otherwise; the book shows
# them in this order. The rating is the schema.org ClaimReview ``ratingValue`` (0 to 5).
VERDICTS = ("supported", "partly supported", "misleading", "unverifiable", "contradicted")
VERDICT_RATINGS = {"supported": 5, "partly supported": 3, "misleading": 2, "contradicted": 1,
                   "unverifiable": 0}

# What a claim sentence asserts, as data (statements.csv): a chip's figure, a comparison of two
# things, an event, a sum of money, or who the sentence credits.
STATEMENT_KINDS = ("specification", "comparison", "event", "money", "attribution")
# How a verdict was reached: computed from the reference record, or an analyst check.
VERDICT_BASES = ("record", "check")

# Verdicts the record or a check decides (all but "unverifiable"), and the order that picks
# one verdict for a sentence from its statements': the worst decided one first.
DECIDED_VERDICTS = tuple(v for v in VERDICTS if v != "unverifiable")
VERDICT_SEVERITY = ("contradicted", "misleading", "partly supported", "supported",
                    "unverifiable")
# Quantity kinds a sentence states as a figure of its own (a sum, a share, a count, a chip
# figure): one the record does not hold is a statement of its own, unverifiable.
FIGURE_KINDS = ("money", "percent", "count", "compute", "memory", "bandwidth", "power",
                "process_node")
# ...of which these can be the figure an event or a sum carries (a fee, proceeds, a count).
EVENT_FIGURE_KINDS = FIGURE_KINDS[:3]

# Reference data categories.
EVENT_TRACKS = ("export_controls", "zhipu", "ascend", "nvidia_products")
FIGURE_STATUSES = ("official", "independent", "secondary", "estimate", "low quality",
                   "erroneous", "roadmap", "dense-vs-sparse error")
# Figures drawn hollow in charts (a source's error or a weak source), and figures left out of
# chip-to-chip comparisons (errors, and roadmap parts not yet shipping).
SPARSE_ERROR_FIGURE = "dense-vs-sparse error"  # a source's sparse figure given as dense
DOUBTFUL_FIGURES = ("erroneous", SPARSE_ERROR_FIGURE, "low quality")
NOT_COMPARABLE_FIGURES = ("erroneous", "roadmap")
THRESHOLD_TESTS = ("tpp", "tpp_and_pd", "tpp_and_interconnect", "tpp_and_dram_bw")
THRESHOLD_OPERATORS = (">=", "<")
# The quantities each test compares, in the order of ``threshold`` and ``second_threshold``
# (the names of the ``threshold`` rows of statement_rules.csv).
THRESHOLD_QUANTITIES = {"tpp": ("tpp",), "tpp_and_pd": ("tpp", "density"),
                        "tpp_and_interconnect": ("tpp", "interconnect"),
                        "tpp_and_dram_bw": ("tpp", "dram_bw")}

# Book sections that discuss a check in detail (``section`` column of checks.csv).
CHECK_SECTIONS = ("traced_number", "funding", "first_claim")
