"""From a folder of articles to validated tables: the package's main entry points.

``load_corpus(folder)`` parses every article and returns a :class:`Corpus` of DataFrames;
``parse_folder(folder, out_dir)`` writes the same tables to files, and its memory does not
grow with the corpus. Both run one code path, :func:`run`, over a sink:

1. the folder is planned (:func:`~chipclaims.parse.plan_folder`: files and ids, in id order);
2. articles are parsed in batches (:func:`parse_batch`), in this process, in worker
   processes or on a Dask cluster: lines, sentences, entities, quantities, time expressions,
   facet statements, claim candidates and verdicts all depend on one article at a time;
3. where a batch is parsed, its rows are written as Parquet partitions named by its number
   (:func:`~chipclaims.link.state.write_batch`);
4. the corpus steps run as DuckDB queries over the partitions
   (:class:`~chipclaims.link.CorpusState`): duplicates and near-copies, claim groups and
   their independent sources, contradictions; the sink reads the final tables (memory) or
   DuckDB writes them (CSV, database, Parquet), in corpus order.
"""

from __future__ import annotations

import errno
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pandas as pd

from . import storage
from .contract import OUTPUT_TABLES, PER_ARTICLE_TABLES, empty_frame
from .link import (
    Batch,
    CorpusState,
    claim_candidates,
    content_text,
    facet_statements,
    fingerprint,
)
from .link.record import Record
from .link.relays import relay_sources
from .link.state import Written, write_batch
from .link.statements import (
    DESCRIBED,
    PLACED_CUE,
    check_rows,
    claim_verdicts,
    judging_days,
    statement_rows,
)
from .parse import ArticleParser, CorpusError, Problem, plan_folder, read_article
from .parse.mdtables import wide
from .progress import Progress
from .reference import load_reference
from .rules import Rulebook
from .sinks import CsvSink, MemorySink, Sink

BATCH = 100  # articles per batch: bounds the memory of the streamed tables
CLAIM_REVIEWS = "claim_reviews.jsonld"


@dataclass
class Corpus:
    """All tables for one folder of articles, the problems met while reading it, and the
    rulebook the parse used."""

    tables: dict[str, pd.DataFrame]
    problems: list[Problem] = field(default_factory=list)
    claim_reviews: dict = field(default_factory=dict)
    rulebook: Rulebook | None = None

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
        cells = self.tables["tables"]
        ids = cells.loc[cells["article_id"] == article_id, "table_id"]
        return [wide(cells, t) for t in dict.fromkeys(ids)]


def frames_from_rows(rows: dict[str, list[dict]],
                     names: Sequence[str] = PER_ARTICLE_TABLES) -> dict[str, pd.DataFrame]:
    """DataFrames in contract column order; empty tables still carry their columns."""
    from .contract import RESOURCES

    return {name: (pd.DataFrame(rows[name], columns=list(RESOURCES[name].fields))
                   if rows.get(name) else empty_frame(name)) for name in names}


def parse_batch(plan: Sequence[tuple[Path, str]], book: Rulebook,
                parser: ArticleParser | None = None, record: Record | None = None) -> Batch:
    """Read and parse a batch of files (``(path, article_id)`` in id order); its claim
    sentences are judged against ``record`` (default: the packaged reference)."""
    parser = ArticleParser.from_rulebook(book) if parser is None else parser
    record = default_record() if record is None else record
    rows: dict[str, list[dict]] = {name: [] for name in PER_ARTICLE_TABLES}
    fingerprints, problems = [], []
    for path, aid in plan:
        article = read_article(path, aid)
        if article.status != "ok":
            problems.append(Problem(article.file, article.status, article.skipped))
        part = parser.parse(article)
        for name in PER_ARTICLE_TABLES:
            rows[name].extend(part.get(name, ()))
        text = content_text((r["kind"] for r in part["lines"]), (r["text"] for r in part["lines"]))
        fingerprints.append((aid, article.sha256, fingerprint(text)))
    tables = frames_from_rows(rows)
    relays = relay_sources(tables["lines"], (e.canonical for e in book.gazetteer
                                             if e.type == "org"))
    tables["articles"]["relays"] = [relays.get(a, "") for a in tables["articles"]["article_id"]]
    statements = facet_statements(tables["sentences"], tables["entities"], book.facets)
    candidates = claim_candidates(tables, statements, book.checks,
                                  book.statements.cue(PLACED_CUE),
                                  book.statements.qualifiers[DESCRIBED])
    judged = statement_rows(tables, book.statements, record)
    checked = check_rows(candidates, tables["sentences"], judging_days(tables["articles"]),
                         record.latest, tables["entities"], tables["temporal"], record)
    parts = [f for f in (judged, checked) if not f.empty]
    tables["statements"] = (pd.concat(parts, ignore_index=True).sort_values(
        "statement_id", kind="stable", ignore_index=True) if parts else judged)
    candidates = claim_verdicts(candidates, tables["statements"]).drop(columns="_checks")
    return Batch(tables, statements, candidates, fingerprints, problems)


def default_record() -> Record:
    """The packaged reference, as the typed record statements are judged against."""
    return Record.from_reference(load_reference())


def parse_and_write(plan: Sequence[tuple[Path, str]], number: int, parts: str | Path,
                    book: Rulebook, parser: ArticleParser, record: Record) -> Written:
    """Parse batch ``number`` and write its rows as Parquet partitions in ``parts`` (see
    :func:`~chipclaims.link.state.write_batch`): the whole per-article stage for one batch,
    run wherever the batch is parsed, so only a small :class:`Written` travels back."""
    return write_batch(parts, number, parse_batch(plan, book, parser, record), record.urls)


_WORKER: dict[str, object] = {}  # per worker process: the rulebook and its parser


def _init_worker(book: Rulebook, record: Record) -> None:
    _WORKER["book"], _WORKER["parser"] = book, ArticleParser.from_rulebook(book)
    _WORKER["record"] = record


def _write_in_worker(plan: Sequence[tuple[Path, str]], number: int, parts: str) -> Written:
    return parse_and_write(plan, number, parts, _WORKER["book"],  # type: ignore[arg-type]
                           _WORKER["parser"], _WORKER["record"])  # type: ignore[arg-type]


_ON_CLUSTER: dict[tuple[int, int], ArticleParser] = {}  # per Dask worker: the parser

# Settings for the workers of a ``local:N`` cluster. Its workers share this machine's cores with
# nothing else to do but parse, so the housekeeping each one runs on its own event loop is made
# rarer: the statistical profiler (a stack sample every 10 ms, for the dashboard, which a
# ``local:N`` run does not start), the memory monitor (every 100 ms) and the event loop's health
# tick (every 20 ms). Measured on 10,000 articles with two workers: 100-103 s with Dask's
# defaults, 89 s with these, against 92 s for ``--jobs 2``. A cluster started elsewhere keeps
# its own settings (the README shows the same ones as environment variables).
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.tick.interval": "500ms",
}


def _write_on_cluster(plan: Sequence[tuple[Path, str]], number: int, parts: str,
                      book: Rulebook, record: Record) -> Written:
    """One batch on a Dask worker; the rulebook and record were sent once to every worker,
    and the parser built from them is kept for the worker's next batches."""
    key = (id(book), id(record))
    if key not in _ON_CLUSTER:
        _ON_CLUSTER.clear()
        _ON_CLUSTER[key] = ArticleParser.from_rulebook(book)
    return parse_and_write(plan, number, parts, book, _ON_CLUSTER[key], record)


def local_cluster(n: int):
    """A Dask cluster of ``n`` single-threaded worker processes on the loopback, with
    :data:`LOCAL_CLUSTER_CONFIG` (set while the cluster starts: the nannies pass it on to the
    worker processes they spawn)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                            host="127.0.0.1", dashboard_address=None)


def _cluster_batches(chunks: Iterator[tuple[int, list[tuple[Path, str]]]], parts: str,
                     book: Rulebook, record: Record, scheduler: str) -> Iterator[Written]:
    """The batches parsed and written on a Dask cluster: the scheduler at ``scheduler`` (an
    address such as ``tcp://10.0.0.5:8786``) or, for ``local:N``, N worker processes started on
    this machine for the run (loopback only). At most two batches per worker are in flight,
    and Dask runs a batch again if its worker is lost (its partitions are replaced whole)."""
    try:
        from distributed import Client
    except ImportError:
        raise CorpusError("--scheduler needs Dask: pip install 'chipclaims[cluster]'") from None
    cluster = None
    if scheduler.startswith("local:"):
        cluster = local_cluster(int(scheduler.removeprefix("local:") or 1))
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        shared_book, shared_record = client.scatter([book, record], broadcast=True)
        ahead = 2 * max(1, len(client.nthreads()))

        def submit(job: tuple[int, list[tuple[Path, str]]]):
            number, plan = job
            return client.submit(_write_on_cluster, plan, number, parts, shared_book,
                                 shared_record, pure=False)

        pending = [submit(c) for c in islice(chunks, ahead)]
        while pending:
            written = pending.pop(0).result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(submit(nxt))
            yield written
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def write_batches(folder: str | Path, parts: str | Path, book: Rulebook, jobs: int = 1,
                  batch_size: int = BATCH, record: Record | None = None,
                  scheduler: str | None = None) -> Iterator[Written]:
    """Parse the folder's articles in batches, in id order, their claims judged against
    ``record`` (default: the packaged reference), and write each batch's rows as Parquet
    partitions in ``parts``; yield what each batch left, in order. With ``jobs`` > 1, worker
    processes parse and write batches ahead (at most ``2 * jobs`` in flight, so memory stays
    bounded); with ``scheduler``, the workers of a Dask cluster do
    (:func:`_cluster_batches`). A batch's partitions carry its number, so every table is the
    same as with one job."""
    plan = plan_folder(folder)
    it = iter(plan)
    if jobs > 1 or scheduler:
        storage.check_shared(folder, parts)
    base = storage.absolute(folder)  # workers may run elsewhere: no relative paths
    parts = str(storage.absolute(parts))
    chunks = enumerate([(storage.join(base, name), aid) for name, aid in chunk]
                       for chunk in iter(lambda: list(islice(it, batch_size)), []))
    record = default_record() if record is None else record
    if scheduler:
        yield from _cluster_batches(chunks, parts, book, record, scheduler)
        return
    if jobs <= 1 or len(plan) <= batch_size:
        parser = ArticleParser.from_rulebook(book)
        for number, chunk in chunks:
            yield parse_and_write(chunk, number, parts, book, parser, record)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(book, record)) as pool:
        pending = [pool.submit(_write_in_worker, c, n, parts)
                   for n, c in islice(chunks, 2 * jobs)]
        while pending:
            written = pending.pop(0).result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_write_in_worker, nxt[1], nxt[0], parts))
            yield written


def run(folder: str | Path, book: Rulebook, sink: Sink, workdir: str | Path, jobs: int = 1,
        batch_size: int = BATCH, progress: bool = False, scheduler: str | None = None,
        parts: str | None = None) -> CorpusState:
    """Parse ``folder`` into ``sink``: the per-article stage writes each batch's rows as
    Parquet partitions in ``parts`` (default: in ``workdir``), then the corpus steps run as
    DuckDB queries over them in ``workdir`` (:class:`~chipclaims.link.CorpusState`). With
    ``progress``, a bar on standard error (:mod:`.progress`)."""
    record = default_record()  # read once: the batches judge with it, the reviews cite it
    state = CorpusState(workdir, parts)
    bar = Progress(folder, len(plan_folder(folder))) if progress else None
    try:
        for written in write_batches(folder, state.parts, book, jobs, batch_size, record,
                                     scheduler):
            if bar is not None:
                bar.update(written.files)
            state.add(written)
    finally:
        if bar is not None:
            bar.close()
    try:
        relations = state.finish()
        sink.take(state.con, relations, state.reviews())
    finally:
        state.close()
    return state


def load_corpus(folder: str | Path, book: Rulebook | None = None, jobs: int = 1,
                batch_size: int = BATCH) -> Corpus:
    """Parse every article in ``folder`` into validated tables held in memory.

    ``book`` defaults to the packaged rules. Unreadable files are listed in
    ``Corpus.problems`` and in ``articles`` with their status; they never raise. With
    ``jobs`` > 1 the articles are parsed by that many worker processes (same result, same
    order). For corpora too large for memory, use :func:`parse_folder`.
    """
    book = Rulebook.load() if book is None else book
    with tempfile.TemporaryDirectory(prefix="chipclaims-") as work:
        sink = MemorySink()
        state = run(folder, book, sink, work, jobs, batch_size)
    return Corpus(sink.frames, state.problems, sink.reviews, book)


@dataclass
class ParseResult:
    """What :func:`parse_folder` did: the files it wrote and the problems met."""

    paths: list[str | Path]  # a URL when the tables went to one
    problems: list[Problem]
    n_articles: int


def parse_folder(folder: str | Path, out_dir: str | Path, book: Rulebook | None = None,
                 jobs: int = 1, batch_size: int = BATCH, progress: bool = False,
                 scheduler: str | None = None) -> ParseResult:
    """Parse ``folder`` and stream every table to ``OUT_DIR/<table>.csv`` batch by batch.

    The files are the same as ``write_tables(load_corpus(folder), out_dir)`` writes, but the
    per-article tables are never all in memory, and the corpus-level state lives in a
    scratch folder inside ``out_dir`` (removed at the end), so peak memory is set by the
    batch size, not by the corpus. A copy of every rule file used goes to ``OUT_DIR/rules``.

    ``folder`` and ``out_dir`` may be fsspec URLs (:mod:`chipclaims.storage`). With a URL
    for ``out_dir``, the partitions go to a scratch folder under it (where a cluster's workers
    can write them), the corpus database and the tables are made in a local temporary folder,
    and each published file is then uploaded under a temporary name and renamed.
    """
    book = Rulebook.load() if book is None else book
    if jobs > 1 or scheduler:
        storage.check_shared(folder, out_dir)
    remote = storage.is_remote(out_dir)
    out = out_dir if remote else storage.local(out_dir)
    storage.make_folder(out)
    import duckdb

    with tempfile.TemporaryDirectory(prefix=".chipclaims-",
                                     dir=None if remote else out) as work:
        parts = storage.join(out, Path(work).name, "parts") if remote else None
        sink = CsvSink(out, Path(work), CLAIM_REVIEWS)
        book.write_copy(sink.staging)  # published with the tables, all or nothing
        try:
            state = run(folder, book, sink, work, jobs, batch_size, progress, scheduler,
                        None if parts is None else str(parts))
        except duckdb.Error as exc:  # a full disk, a spill that failed: nothing published
            raise OSError(errno.EIO, "the tables were not written, the folder's earlier ones "
                          f"are unchanged ({str(exc).splitlines()[0]})", str(out)) from None
        finally:
            if parts is not None:
                storage.remove_tree(storage.join(out, Path(work).name))
    return ParseResult(sink.paths, state.problems, state.n_articles)


def write_tables(corpus: Corpus, out_dir: str | Path) -> list[Path]:
    """Write every table as ``OUT_DIR/<table>.csv`` (with the DuckDB and Parquet copies), the
    ClaimReview document and (when known) a copy of the rulebook; return the table paths.
    The tables go through the same writer as :func:`parse_folder`'s."""
    from . import database
    from .contract import RESOURCES
    from .contract.columnar import arrow_schema, to_arrow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".chipclaims-", dir=out) as work:
        sink = CsvSink(out, Path(work), CLAIM_REVIEWS)
        con = database.scratch(work)
        try:
            for name in OUTPUT_TABLES:
                frame = corpus.tables.get(name, empty_frame(name))
                con.register(f"frame_{name}", to_arrow(
                    frame.reindex(columns=list(RESOURCES[name].fields)), arrow_schema(name)))
            sink.take(con, {name: f"SELECT * FROM frame_{name}" for name in OUTPUT_TABLES},
                      corpus.claim_reviews.get("@graph", []))
        finally:
            con.close()
    if corpus.rulebook is not None:
        corpus.rulebook.write_copy(out)
    return sink.paths
