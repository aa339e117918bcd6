"""From a folder of articles to validated tables: the package's main entry points.

``load_corpus(folder)`` parses every article and returns a :class:`Corpus` of DataFrames;
``write_tables`` saves them as UTF-8 CSV; ``read_tables`` loads and validates them again, which
is what the notebooks do. Each article is parsed on its own (:func:`parse_article`), so the
work can be split across processes and streamed to disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import schema
from .boilerplate import Rule, classify_lines, load_rules, title_of
from .claimreview import claim_reviews, dumps
from .claims import build_claims, contradictions, duplicates, facet_statements
from .corpus import Article, Problem, read_folder
from .extract import Extraction, extract_article
from .tables import run_to_long, table_runs, wide

CONTENT_KINDS = ("title", "heading", "body", "list_item", "table_row")
CLAIM_REVIEWS = "claim_reviews.jsonld"


OUTPUT_TABLES = tuple(n for n in schema.RESOURCES if not n.startswith("ref_"))


@dataclass
class Corpus:
    """All tables for one folder of articles, plus the problems met while reading it."""

    tables: dict[str, pd.DataFrame]
    problems: list[Problem] = field(default_factory=list)
    claim_reviews: dict = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    @property
    def articles(self) -> pd.DataFrame:
        return self.tables["articles"]

    @property
    def lines(self) -> pd.DataFrame:
        return self.tables["lines"]

    def article_tables(self, article_id: str) -> list[pd.DataFrame]:
        """The markdown tables of one article, each as a wide DataFrame with ``line_no``."""
        return article_tables(self.tables["tables"], article_id)


def article_tables(cells: pd.DataFrame, article_id: str) -> list[pd.DataFrame]:
    """Wide DataFrames for the tables of ``article_id`` from the long ``tables`` table."""
    ids = cells.loc[cells["article_id"] == article_id, "table_id"]
    return [wide(cells, t) for t in dict.fromkeys(ids)]


def parse_article(article: Article, rules: Sequence[Rule],
                  extraction: Extraction | None = None) -> dict[str, list[dict]]:
    """Rows of every table for one article (skipped files yield only their articles row).

    Without ``extraction`` only the line-level tables are produced (articles, lines, tables).
    """
    labels = classify_lines(article.lines, rules)
    lines = [
        {"article_id": article.article_id, "line_no": i, "kind": lab.kind,
         "reason": lab.reason, "rule_id": lab.rule_id, "text": text}
        for i, (text, lab) in enumerate(zip(article.lines, labels), start=1)
    ]
    n_content = sum(1 for lab in labels if lab.kind in CONTENT_KINDS)
    n_boiler = sum(1 for lab in labels if lab.kind == "boilerplate")
    articles = [{
        "article_id": article.article_id, "file": article.file,
        "title": title_of(article.lines, labels), "n_lines": len(article.lines),
        "n_content_lines": n_content, "n_boilerplate_lines": n_boiler,
        "sha256": article.sha256, "encoding": article.encoding, "status": article.status,
        "duplicate_of": "",
    }]
    cells: list[dict] = []
    if lines:
        frame = pd.DataFrame(lines)
        for k, run in enumerate(table_runs(frame), start=1):
            cells += run_to_long(run, f"{article.article_id}#table{k}")
    out = {"articles": articles, "lines": lines, "tables": cells}
    if extraction is not None:
        triples = [(r["line_no"], r["kind"], r["text"]) for r in lines]
        out |= extract_article(article.article_id, triples, extraction)
    return out


def frames_from_rows(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """DataFrames in contract column order; empty tables still carry their columns."""
    out = {}
    for name, resource in schema.RESOURCES.items():
        if name.startswith("ref_"):
            continue
        data = rows.get(name, [])
        frame = pd.DataFrame(data, columns=list(resource.fields)) if data else \
            schema.empty_frame(name)
        out[name] = frame
    return out


_WORKER: dict[str, object] = {}  # per worker process: the loaded rules (set by _init_worker)


def _init_worker(rules: Sequence[Rule], extraction: Extraction) -> None:
    _WORKER["rules"], _WORKER["extraction"] = rules, extraction


def _parse_in_worker(article: Article) -> dict[str, list[dict]]:
    return parse_article(article, _WORKER["rules"], _WORKER["extraction"])  # type: ignore[arg-type]


def load_corpus(folder: str | Path, rules: Sequence[Rule] | None = None,
                extraction: Extraction | None = None, jobs: int = 1) -> Corpus:
    """Parse every article in ``folder`` into validated tables.

    ``rules`` defaults to the packaged boilerplate rules and ``extraction`` to the packaged
    gazetteer, patterns and publication dates. Unreadable files are listed in
    ``Corpus.problems`` and in ``articles`` with their status; they never raise. With
    ``jobs`` > 1 the articles are parsed by that many worker processes (same result, same
    order); the corpus-level checks then run once over all of them.
    """
    rules = load_rules() if rules is None else rules
    extraction = Extraction.load() if extraction is None else extraction
    articles, problems = read_folder(folder)
    rows: dict[str, list[dict]] = {name: [] for name in OUTPUT_TABLES}
    if jobs > 1 and len(articles) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs, initializer=_init_worker,
                                 initargs=(rules, extraction)) as pool:
            parts = list(pool.map(_parse_in_worker, articles, chunksize=16))
    else:
        parts = [parse_article(article, rules, extraction) for article in articles]
    for part_rows in parts:
        for name, part in part_rows.items():
            rows[name].extend(part)
    tables = frames_from_rows(rows)
    reviews = check_corpus(tables, extraction)
    for name, frame in tables.items():
        schema.validate(frame, name)
    return Corpus(tables, problems, reviews)


def check_corpus(tables: dict[str, pd.DataFrame], extraction: Extraction) -> dict:
    """Corpus-level step: duplicates, facet statements, contradictions and the claim register
    (added to ``tables`` in place); returns the ClaimReview JSON-LD document."""
    copies = duplicates(tables["articles"], tables["lines"])
    arts = tables["articles"]
    arts["duplicate_of"] = [copies.get(a, "") for a in arts["article_id"]]
    statements = facet_statements(tables["sentences"], tables["entities"], extraction.facets)
    tables["facet_statements"] = statements
    tables["contradictions"] = contradictions(statements)
    tables["claims"] = build_claims(tables, statements, extraction.checks, copies)
    return claim_reviews(tables["claims"], tables["articles"], extraction.checks)


def write_tables(corpus: Corpus, out_dir: str | Path) -> list[Path]:
    """Write every table as ``OUT_DIR/<table>.csv`` (UTF-8, header row); return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in corpus.tables.items():
        resource = schema.RESOURCES[name]
        frame = frame.copy()
        for col in resource.fields:
            if resource.field(col).type == "boolean":
                frame[col] = frame[col].map({True: "true", False: "false"})
        path = out / resource.file
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n",
                     float_format="%.15g")
        paths.append(path)
    reviews = out / CLAIM_REVIEWS
    reviews.write_text(dumps(corpus.claim_reviews), encoding="utf-8")
    paths.append(reviews)
    return paths


def read_table(folder: str | Path, name: str) -> pd.DataFrame:
    """Read one table written by :func:`write_tables`, with contract dtypes, and validate it."""
    path = Path(folder) / schema.RESOURCES[name].file
    frame = pd.read_csv(path, dtype=schema.read_dtypes(name), keep_default_na=False,
                        na_values=[""], encoding="utf-8")
    resource = schema.RESOURCES[name]
    for col in resource.fields:
        if resource.field(col).type == "string":
            frame[col] = frame[col].fillna("")
    return schema.validate(frame, name, source=str(path))


def read_tables(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Read and validate every table in ``folder``."""
    return {name: read_table(folder, name) for name in OUTPUT_TABLES}
