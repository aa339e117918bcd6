"""From a folder of articles to validated tables: the package's main entry points.

``load_corpus(folder)`` parses every article and returns a :class:`Corpus` of DataFrames;
``parse_folder(folder, out_dir)`` does the same but streams the tables to CSV files as it goes,
so its memory does not grow with the corpus; ``read_tables`` loads and validates the files
again, which is what the notebooks do. Both run one code path:

1. the folder is planned (:func:`~chipclaims.corpus.plan_folder`: files and ids, in id order);
2. articles are parsed in batches (:func:`parse_batch`), in this process or in worker
   processes: lines, sentences, entities, quantities, time expressions, facet statements and
   claim candidates all depend on one article at a time;
3. each batch is then folded, in order, into the corpus-level state (:class:`CorpusState`:
   duplicates, claim groups, ClaimReview markup) and its tables go to a sink (memory or CSV);
4. at the end the claim register gets its final groups and counts, and the facet statements
   their contradictions.
"""

from __future__ import annotations

import json
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pandas as pd

from . import schema, spill
from .boilerplate import Rule, classify_lines, load_rules, title_of
from .claimreview import claim_reviews, dumps, write_document
from .claims import (
    CONTENT_KINDS,
    ClaimGrouper,
    DuplicateFinder,
    claim_candidates,
    content_text,
    contradictions,
    facet_statements,
    fingerprint,
)
from .corpus import Article, Problem, plan_folder, read_article
from .extract import Extraction, extract_article
from .tables import run_to_long, table_runs, wide

CLAIM_REVIEWS = "claim_reviews.jsonld"
BATCH = 100  # articles per batch: bounds the memory of the streamed tables
CHUNK = 10_000  # rows per part when a spooled table is read back

OUTPUT_TABLES = tuple(n for n in schema.RESOURCES if not n.startswith("ref_"))
STREAMED = ("articles", "lines", "tables", "sentences", "entities", "quantities", "temporal")


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
    """Rows of every per-article table for one article (skipped files yield only their
    articles row). Without ``extraction`` only the line-level tables are produced."""
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
    if any(lab.kind == "table_row" for lab in labels):
        frame = pd.DataFrame(lines)
        for k, run in enumerate(table_runs(frame), start=1):
            cells += run_to_long(run, f"{article.article_id}#table{k}")
    out = {"articles": articles, "lines": lines, "tables": cells}
    if extraction is not None:
        triples = [(r["line_no"], r["kind"], r["text"]) for r in lines]
        out |= extract_article(article.article_id, triples, extraction)
    return out


def frames_from_rows(rows: dict[str, list[dict]],
                     names: Iterable[str] = OUTPUT_TABLES) -> dict[str, pd.DataFrame]:
    """DataFrames in contract column order; empty tables still carry their columns."""
    out = {}
    for name in names:
        data = rows.get(name, [])
        out[name] = (pd.DataFrame(data, columns=list(schema.RESOURCES[name].fields)) if data
                     else schema.empty_frame(name))
    return out


@dataclass
class Batch:
    """Everything parsing a batch of articles gives, before the corpus-level step."""

    tables: dict[str, pd.DataFrame]  # the per-article tables (STREAMED)
    statements: pd.DataFrame  # facet statements
    candidates: pd.DataFrame  # claims before grouping across the corpus
    fingerprints: list[tuple[str, str, array]]  # article id, sha256, word 5-gram hashes
    problems: list[Problem]


def parse_batch(plan: Sequence[tuple[Path, str]], rules: Sequence[Rule],
                extraction: Extraction) -> Batch:
    """Read and parse a batch of files (``(path, article_id)`` in id order)."""
    rows: dict[str, list[dict]] = {name: [] for name in STREAMED}
    fingerprints, problems = [], []
    for path, aid in plan:
        article = read_article(path, aid)
        if article.status != "ok":
            problems.append(Problem(article.file, article.status, article.skipped))
        part = parse_article(article, rules, extraction)
        for name in STREAMED:
            rows[name].extend(part.get(name, ()))
        text = content_text((r["kind"] for r in part["lines"]), (r["text"] for r in part["lines"]))
        fingerprints.append((aid, article.sha256, fingerprint(text)))
    tables = frames_from_rows(rows, STREAMED)
    statements = facet_statements(tables["sentences"], tables["entities"], extraction.facets)
    candidates = claim_candidates(tables, statements, extraction.checks)
    return Batch(tables, statements, candidates, fingerprints, problems)


class CorpusState:
    """The corpus-level step, fed batches in id order: duplicates (online), provisional claim
    groups, facet statements and ClaimReview markup.

    It holds what later articles must be compared with, never the per-article tables, and
    keeps even that in ``workdir`` (a scratch folder the caller owns and removes): the
    duplicate fingerprints and group members in a SQLite file (:mod:`chipclaims.spill`), the
    facet statements and ClaimReview items in spool files. So its memory does not grow with
    the corpus, apart from one entry per duplicate found and one per problem met.
    """

    def __init__(self, extraction: Extraction, workdir: str | Path) -> None:
        self.extraction = extraction
        self.workdir = Path(workdir)
        self.db = spill.connect(self.workdir / "state.sqlite")
        self.duplicates = DuplicateFinder(db=self.db)
        self.grouper = ClaimGrouper(self.duplicates.copies, db=self.db)
        self.statements_path = self.workdir / schema.RESOURCES["facet_statements"].file
        self.reviews_path = self.workdir / "claim_reviews.jsonl"
        self.reviews_path.write_text("", encoding="utf-8")
        self._statements_written = False
        self.problems: list[Problem] = []
        self.n_articles = 0

    def add(self, batch: Batch) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
        """Fold one batch in; return its finished per-article tables and its claims with
        provisional groups."""
        copies = {aid: self.duplicates.add(aid, sha, grams)
                  for aid, sha, grams in batch.fingerprints}
        tables = dict(batch.tables)
        arts = tables["articles"].copy()
        arts["duplicate_of"] = [copies.get(a, "") for a in arts["article_id"].tolist()]
        tables["articles"] = arts
        claims = batch.candidates.copy()
        claims["group_id"] = [self.grouper.assign(*row) for row in zip(*(
            claims[c].tolist() for c in ("claim_id", "article_id", "text", "group_id",
                                         "_canon")))]
        claims = claims.drop(columns="_canon")
        self.db.commit()
        if not batch.statements.empty or not self._statements_written:
            _append_csv(_csv_ready(batch.statements, "facet_statements"),
                        self.statements_path, header=not self._statements_written)
            self._statements_written = True
        with self.reviews_path.open("a", encoding="utf-8") as spool:
            for review in claim_reviews(claims, arts, self.extraction.checks)["@graph"]:
                spool.write(json.dumps(review, ensure_ascii=False) + "\n")
        self.problems += batch.problems
        self.n_articles += len(arts)
        for name, frame in tables.items():
            schema.validate(frame, name)
        return tables, claims

    def statement_parts(self) -> Iterator[pd.DataFrame]:
        """The facet statements, validated, a part at a time."""
        if not self._statements_written:
            yield schema.empty_frame("facet_statements")
            return
        yield from read_table_parts(self.statements_path, "facet_statements")

    def contradictions(self) -> pd.DataFrame:
        """The contradictions between facet statements: a first pass finds the (facet,
        subject) pairs stated with more than one value, a second reads only their statements."""
        values: dict[tuple[str, str], set[str]] = {}
        for part in self.statement_parts():
            for key, value in zip(zip(part["facet"].tolist(), part["subject"].tolist()),
                                  part["value"].tolist()):
                values.setdefault(key, set()).add(value)
        mixed = {k for k, v in values.items() if len(v) > 1}
        frames = [part[[k in mixed for k in zip(part["facet"].tolist(),
                                                 part["subject"].tolist())]]
                  for part in self.statement_parts()] if mixed else []
        frame = _concat(frames, "facet_statements")
        return schema.validate(contradictions(frame), "contradictions")

    def finish_claims(self, claims: pd.DataFrame) -> pd.DataFrame:
        """Final groups and counts for a part of the claims with provisional groups."""
        return self.grouper.finish(claims)

    def reviews(self) -> Iterator[dict]:
        """The ClaimReview items, in claim order, read back from their spool."""
        with self.reviews_path.open(encoding="utf-8") as spool:
            for line in spool:
                yield json.loads(line)

    def claim_review_document(self) -> dict:
        return {"@context": "https://schema.org", "@graph": list(self.reviews())}

    def close(self) -> None:
        self.db.close()


_WORKER: dict[str, object] = {}  # per worker process: the loaded rules (set by _init_worker)


def _init_worker(rules: Sequence[Rule], extraction: Extraction) -> None:
    _WORKER["rules"], _WORKER["extraction"] = rules, extraction


def _parse_in_worker(plan: Sequence[tuple[Path, str]]) -> Batch:
    return parse_batch(plan, _WORKER["rules"], _WORKER["extraction"])  # type: ignore[arg-type]


def _batches(plan: Sequence[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    it = iter(plan)
    while chunk := list(islice(it, size)):
        yield chunk


def parse_batches(folder: str | Path, rules: Sequence[Rule], extraction: Extraction,
                  jobs: int = 1, batch_size: int = BATCH) -> Iterator[Batch]:
    """Parsed batches of the folder's articles, in id order. With ``jobs`` > 1, worker
    processes parse batches ahead (at most ``2 * jobs`` in flight, so memory stays bounded);
    the order, and so every table, is the same as with one job."""
    plan = plan_folder(folder)
    chunks = ([(Path(folder) / name, aid) for name, aid in chunk]
              for chunk in _batches(plan, batch_size))
    if jobs <= 1 or len(plan) <= batch_size:
        for chunk in chunks:
            yield parse_batch(chunk, rules, extraction)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs, initializer=_init_worker,
                             initargs=(rules, extraction)) as pool:
        pending = [pool.submit(_parse_in_worker, c) for c in islice(chunks, 2 * jobs)]
        while pending:
            batch = pending.pop(0).result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_parse_in_worker, nxt))
            yield batch


def load_corpus(folder: str | Path, rules: Sequence[Rule] | None = None,
                extraction: Extraction | None = None, jobs: int = 1,
                batch_size: int = BATCH) -> Corpus:
    """Parse every article in ``folder`` into validated tables held in memory.

    ``rules`` defaults to the packaged boilerplate rules and ``extraction`` to the packaged
    gazetteer, patterns and publication dates. Unreadable files are listed in
    ``Corpus.problems`` and in ``articles`` with their status; they never raise. With
    ``jobs`` > 1 the articles are parsed by that many worker processes (same result, same
    order). For corpora too large for memory, use :func:`parse_folder`.
    """
    rules = load_rules() if rules is None else rules
    extraction = Extraction.load() if extraction is None else extraction
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in (*STREAMED, "claims")}
    with tempfile.TemporaryDirectory(prefix="chipclaims-") as work:
        state = CorpusState(extraction, work)
        try:
            for batch in parse_batches(folder, rules, extraction, jobs, batch_size):
                tables, claims = state.add(batch)
                for name, frame in tables.items():
                    parts[name].append(frame)
                parts["claims"].append(claims)
            out = {name: _concat(frames, name) for name, frames in parts.items()
                   if name != "claims"}
            claims = [f for f in parts["claims"] if not f.empty]
            out["claims"] = state.finish_claims(pd.concat(claims, ignore_index=True) if claims
                                                else _provisional_empty())
            out["facet_statements"] = _concat(list(state.statement_parts()), "facet_statements")
            out["contradictions"] = state.contradictions()
            reviews = state.claim_review_document()
        finally:
            state.close()
    tables = {name: out[name] for name in OUTPUT_TABLES}
    for name in ("claims", "facet_statements"):
        schema.validate(tables[name], name)
    return Corpus(tables, state.problems, reviews)


def _concat(frames: list[pd.DataFrame], name: str) -> pd.DataFrame:
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else schema.empty_frame(name)


def _provisional_empty() -> pd.DataFrame:
    cols = [c for c in schema.RESOURCES["claims"].fields
            if c not in ("n_articles", "n_independent", "duplicate_of")]
    return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})


def _csv_ready(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Booleans as ``true``/``false``, as the data contract writes them."""
    resource = schema.RESOURCES[name]
    bools = [c for c in resource.fields if resource.field(c).type == "boolean"]
    if not bools:
        return frame
    frame = frame.copy()
    for col in bools:
        frame[col] = frame[col].map({True: "true", False: "false"})
    return frame


def _append_csv(frame: pd.DataFrame, path: Path, header: bool) -> None:
    frame.to_csv(path, mode="w" if header else "a", header=header, index=False,
                 encoding="utf-8", lineterminator="\n", float_format="%.15g")


@dataclass
class ParseResult:
    """What :func:`parse_folder` did: the files it wrote and the problems met."""

    paths: list[Path]
    problems: list[Problem]
    n_articles: int


def parse_folder(folder: str | Path, out_dir: str | Path, rules: Sequence[Rule] | None = None,
                 extraction: Extraction | None = None, jobs: int = 1,
                 batch_size: int = BATCH) -> ParseResult:
    """Parse ``folder`` and stream every table to ``OUT_DIR/<table>.csv`` batch by batch.

    The files are the same as ``write_tables(load_corpus(folder), out_dir)`` writes, but the
    per-article tables are never all in memory, and the corpus-level state lives in a
    scratch folder inside ``out_dir`` (removed at the end; see :class:`CorpusState`), so peak
    memory is set by the batch size, not by the corpus. Claims are spooled there and
    rewritten with their final groups at the end.
    """
    rules = load_rules() if rules is None else rules
    extraction = Extraction.load() if extraction is None else extraction
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".chipclaims-", dir=out) as work:
        state = CorpusState(extraction, work)
        try:
            _stream(state, parse_batches(folder, rules, extraction, jobs, batch_size), out,
                    Path(work))
        finally:
            state.close()
    paths = [out / schema.RESOURCES[n].file for n in OUTPUT_TABLES] + [out / CLAIM_REVIEWS]
    return ParseResult(paths, state.problems, state.n_articles)


def _stream(state: CorpusState, batches: Iterable[Batch], out: Path, work: Path) -> None:
    """Fold ``batches`` into ``state`` and write every table to ``out`` as it goes."""
    spool = work / "claims.partial.csv"
    written: set[str] = set()
    for batch in batches:
        tables, claims = state.add(batch)
        for name, frame in (*tables.items(), ("claims", claims)):
            path = spool if name == "claims" else out / schema.RESOURCES[name].file
            _append_csv(_csv_ready(frame, name), path, header=name not in written)
            written.add(name)
    for name in STREAMED:
        if name not in written:
            _append_csv(schema.empty_frame(name), out / schema.RESOURCES[name].file, True)
    if "claims" not in written:
        _append_csv(_provisional_empty(), spool, True)
    claims_path = out / schema.RESOURCES["claims"].file
    first = True
    for part in read_table_parts(spool, "claims", columns=list(_provisional_empty())):
        final = schema.validate(state.finish_claims(part), "claims")
        _append_csv(_csv_ready(final, "claims"), claims_path, header=first)
        first = False
    if first:
        _append_csv(schema.empty_frame("claims"), claims_path, True)
    first = True
    for part in state.statement_parts():
        _append_csv(_csv_ready(part, "facet_statements"),
                    out / schema.RESOURCES["facet_statements"].file, header=first)
        first = False
    _append_csv(_csv_ready(state.contradictions(), "contradictions"),
                out / schema.RESOURCES["contradictions"].file, True)
    with (out / CLAIM_REVIEWS).open("w", encoding="utf-8") as doc:
        write_document(state.reviews(), doc)


def write_tables(corpus: Corpus, out_dir: str | Path) -> list[Path]:
    """Write every table as ``OUT_DIR/<table>.csv`` (UTF-8, header row); return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in corpus.tables.items():
        path = out / schema.RESOURCES[name].file
        _append_csv(_csv_ready(frame, name), path, header=True)
        paths.append(path)
    reviews = out / CLAIM_REVIEWS
    reviews.write_text(dumps(corpus.claim_reviews), encoding="utf-8")
    paths.append(reviews)
    return paths


def _fill_strings(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Empty strings back where the CSV reader saw missing values."""
    resource = schema.RESOURCES[name]
    for col in frame.columns:
        if col in resource.fields and resource.field(col).type == "string":
            frame[col] = frame[col].fillna("")
    return frame


def read_table(folder: str | Path, name: str) -> pd.DataFrame:
    """Read one table written by :func:`write_tables`, with contract dtypes, and validate it."""
    path = Path(folder) / schema.RESOURCES[name].file
    frame = pd.read_csv(path, dtype=schema.read_dtypes(name), keep_default_na=False,
                        na_values=[""], encoding="utf-8")
    return schema.validate(_fill_strings(frame, name), name, source=str(path))


def read_table_parts(path: str | Path, name: str, chunksize: int = CHUNK,
                     columns: Sequence[str] | None = None) -> Iterator[pd.DataFrame]:
    """The CSV file of table ``name`` at ``path``, ``chunksize`` rows at a time, with contract
    dtypes; each part is validated unless the file holds only ``columns`` (an intermediate
    spool)."""
    dtypes = schema.read_dtypes(name)
    names = list(schema.RESOURCES[name].fields) if columns is None else list(columns)
    with pd.read_csv(path, dtype={c: dtypes[c] for c in names}, keep_default_na=False,
                     na_values=[""], encoding="utf-8", chunksize=chunksize) as reader:
        for frame in reader:
            frame = _fill_strings(frame, name)
            yield frame if columns is not None else schema.validate(frame, name,
                                                                     source=str(path))


def read_tables(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Read and validate every table in ``folder``."""
    return {name: read_table(folder, name) for name in OUTPUT_TABLES}
