"""Tables as a reader sees them: human headers, articles by name and date, full text that
wraps, no row numbers.

A chapter hands any DataFrame to :func:`html_table`; the result is plain HTML (no scripts, so
it reads offline and prints), deterministic (so nbval can compare it) and wrapped in the
``chipclaims-table`` class the book's stylesheet sets to wrap long text and fit the page.
"""

from __future__ import annotations

import html
import re

import pandas as pd

# Headers that a plain "snake_case to words" rule would get wrong or leave vague.
HEADERS = {
    "article_id": "Article", "line_no": "Line", "claim_id": "Claim",
    "group_id": "Group", "n_independent": "Independent articles", "n_articles": "Articles",
    "spec_id": "Spec", "event_id": "Event", "source_ids": "Sources", "tpp_low": "TPP (low)",
    "tpp_high": "TPP (high)", "density_high": "Performance density (high)",
    "figure_status": "Figure", "checked_claim": "Checked claim", "rule_id": "Rule",
    "copy_of": "Copy of", "ai_disclosure": "AI disclosure", "facet_value_a": "Value (first)",
    "facet_value_b": "Value (second)", "article_id_a": "Article (first)",
    "article_id_b": "Article (second)", "line_no_a": "Line (first)",
    "line_no_b": "Line (second)", "quantity_kind": "Kind", "time_kind": "Kind",
    "verdict": "Verdict when published", "verdict_today": "Verdict now",
    "statements": "Statements: verdict and reason", "evidence_sources": "Sources",
    "dense_fp16_tflops": "Dense FP16/BF16 (TFLOPS)", "memory_gb": "Memory (GB)",
    "memory_bandwidth_tbs": "Memory bandwidth (TB/s)", "tpp": "TPP",
    "in_china": "In China, by the record", "judged_as_of": "Judged as of",
    "us_rules": "US rules and licences in force", "china_measures": "China's measures so far",
    "check_id": "Checks", "claim": "Claim, and each statement's verdict and reason",
    "event": "What happened",
}
ARTICLE_COLUMNS = ("article_id", "article_id_a", "article_id_b", "copy_of", "duplicate_of")
# Columns of running text, given room to read (the stylesheet's ``long`` class).
LONG_COLUMNS = ("text", "event", "rationale", "checked_claim", "claim", "description",
                "evidence", "status", "note", "statements", "evidence_sources", "us_rules",
                "china_measures", "in_china")


WIDE = 6  # a table with more columns gets a denser style so that it fits the page


def header(name: str) -> str:
    """A readable header for a column name."""
    if name in HEADERS:
        return HEADERS[name]
    words = name.replace("_pct", " (%)").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def counted(n: int, noun: str, verbs: tuple[str, str] = ("", "")) -> str:
    """A count with its noun, and a verb agreeing with it, as prose needs them: "no article
    states", "1 article states", "3 articles state" (a glued "0 article(s)" reads badly)."""
    one, many = verbs
    verb = (f" {one}" if n == 1 else f" {many}") if one else ""
    if n == 0:
        return f"no {noun}{f' {one}' if one else ''}"
    return f"{n} {noun if n == 1 else noun + 's'}{verb}"


def of_which(total: int, some: int, noun: str, predicate: tuple[str, str],
             where: str = "") -> str:
    """A part of a whole as one sentence that reads for any count: "Of the 4 claims shown, 1
    is made by two or more independent articles."; with nothing to count, says so ("No
    claim shown in this folder of articles."). ``predicate``: the singular and plural verb
    phrase."""
    one, many = predicate
    if total == 0:
        return f"No {noun}{f' {where}' if where else ''} in this folder of articles."
    part = "none" if some == 0 else str(some)
    return (f"Of the {counted(total, noun)}{f' {where}' if where else ''}, {part} "
            f"{one if some <= 1 else many}.")


NAME_CHARS = 120  # a title longer than this (a first paragraph) is cut at a word


def short_title(title: str, limit: int = NAME_CHARS) -> str:
    """``title``, cut after its last whole word within ``limit`` characters and marked with an
    ellipsis when it is longer (a page whose headline is its first paragraph)."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return f"{cut}…"


def article_names(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> its title (or, without a title, its file's name less ".txt") and, where
    known, its publication date."""
    out = {}
    for aid, title, file, lo, hi in zip(articles["article_id"], articles["title"],
                                        articles["file"], articles["published_from"],
                                        articles["published_to"]):
        when = lo if lo and lo == hi else (f"{lo} to {hi}" if lo and hi else
                                           (f"after {lo}" if lo else "undated"))
        name = title or (file.rsplit(".", 1)[0] if file.endswith(".txt") else file)
        out[aid] = f"{short_title(name)} ({when})"
    return out


def merge_articles(frame: pd.DataFrame, column: str = "article_id") -> pd.DataFrame:
    """Rows that say the same for several articles, as one row naming them all (one per
    line, in the order they came): eight undated articles judged as of the same day need one
    row of the rules in force, not eight identical ones."""
    others = [c for c in frame.columns if c != column]
    if frame.empty or column not in frame.columns or not others:
        return frame
    rows, ids = {}, {}
    for _, row in frame.iterrows():
        key = "\x1f".join(str(row[c]) for c in others)  # any cell, as text
        rows.setdefault(key, row)
        ids.setdefault(key, {})[str(row[column])] = None  # each article once, in order
    merged = pd.DataFrame([r for r in rows.values()], columns=frame.columns)
    merged[column] = ["\n".join(ids[k]) for k in rows]
    return merged.reset_index(drop=True)


_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")  # "**bold**" left by a scraper


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = _EMPHASIS.sub(r"\2", str(value))  # the page shows text, not markdown marks
    return html.escape(text, quote=False).replace("\n", "<br>")


def html_table(frame: pd.DataFrame, articles: pd.DataFrame | None = None,
               empty: str = "Nothing to show for this folder of articles.") -> str:
    """``frame`` as an HTML table with human headers and article names; a sentence instead of
    an empty table."""
    if frame.empty:
        return f'<p class="chipclaims-empty">{html.escape(empty)}</p>'
    frame = frame.reset_index() if frame.index.name else frame
    names = article_names(articles) if articles is not None else {}
    if names and "article_id" in frame.columns:  # the article's name carries both
        frame = frame.drop(columns=[c for c in ("title", "published") if c in frame.columns])
    kinds = [' class="article"' if c in ARTICLE_COLUMNS else
             ' class="long"' if c in LONG_COLUMNS else "" for c in frame.columns]
    head = "".join(f"<th{k}>{html.escape(header(str(c)), quote=False)}</th>"
                   for c, k in zip(frame.columns, kinds))
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for col, kind, value in zip(frame.columns, kinds, row):
            if col in ARTICLE_COLUMNS and names and isinstance(value, str):
                value = "\n".join(names.get(a, a) for a in value.split("\n"))
            cells.append(f"<td{kind}>{_cell(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    wide = " chipclaims-wide" if len(frame.columns) > WIDE else ""
    return (f'<table class="chipclaims-table{wide}"><thead><tr>' + head + "</tr></thead><tbody>"
            + "".join(body) + "</tbody></table>")
