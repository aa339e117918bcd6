"""The reader, the pipeline and the CLI on hand-made folders and on the seeds."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest
from conftest import write_article

from chipclaims import load_corpus, read_tables, write_tables
from chipclaims.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main
from chipclaims.contract import RESOURCES
from chipclaims.parse import read_folder
from chipclaims.pipeline import LOCAL_CLUSTER_CONFIG, local_cluster, parse_folder
from chipclaims.rules import RULE_FILES


def test_seeds_every_line_exactly_once(seed_corpus, seeds_dir):
    lines = seed_corpus.lines
    for path in sorted(seeds_dir.iterdir()):
        text = path.read_text(encoding="utf-8")
        got = lines[lines["article_id"] == path.stem].sort_values("line_no")
        assert got["line_no"].tolist() == list(range(1, len(text.splitlines()) + 1))
        assert got["text"].tolist() == text.splitlines()


def test_seed_articles_table(seed_corpus, seeds_dir):
    arts = seed_corpus.articles.set_index("article_id")
    assert len(arts) == len(list(seeds_dir.iterdir()))
    for path in seeds_dir.iterdir():
        row = arts.loc[path.stem]
        assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert row["status"] == "ok"
        assert row["n_lines"] == row["n_content_lines"] + row["n_boilerplate_lines"] + (
            (seed_corpus.lines["article_id"] == path.stem)
            & (seed_corpus.lines["kind"] == "blank")).sum()


def test_markdown_table_rows_and_dataframe(tmp_path):
    write_article(tmp_path, "t.txt", "A title\nSome text.\n| Chip | TFLOPS |\n|---|---|\n"
                  "| 910C | 800 |\n| H100 | 989 |\nAfter the table.\n")
    corpus = load_corpus(tmp_path)
    kinds = corpus.lines["kind"].tolist()
    assert kinds[2:6] == ["table_row"] * 4
    (table,) = corpus.article_tables("t")
    assert table.columns.tolist() == ["Chip", "TFLOPS", "line_no"]
    assert table.values.tolist() == [["910C", "800", 5], ["H100", "989", 6]]


def test_seed_tables_found(seed_corpus):
    found = {a: seed_corpus.article_tables(a) for a in seed_corpus.articles["article_id"]}
    with_tables = {a: t for a, t in found.items() if t}
    assert len(with_tables) == 1
    (tables,) = with_tables.values()
    assert len(tables) == 1 and len(tables[0]) == 5 and tables[0].shape[1] == 4


@pytest.mark.parametrize(
    ("payload", "status_part", "skipped"),
    [
        ("Caf\xe9 costs \u20ac 5\n".encode("cp1252"), "decoded as cp1252", False),
        (b"Caf\xe9 \x81 na\xefve\n", "decoded as latin-1", False),  # 0x81: not cp1252
        (b"\xef\xbb\xbfTitle\r\nBody line.\r\n", "byte-order mark removed", False),
        (b"", "empty file", False),
        (b"\n\n   \n", "only blank lines", False),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", True),
        (b"Title\nA NUL\x00 inside.\n", "NUL", False),
    ],
)
def test_bad_input_is_read_or_skipped_with_status(tmp_path, payload, status_part, skipped):
    write_article(tmp_path, "odd file é.txt", payload)
    articles, problems = read_folder(tmp_path)
    (article,) = articles
    assert status_part in article.status
    assert article.skipped is skipped
    assert problems and problems[0].file == "odd file é.txt"
    if not skipped:
        corpus = load_corpus(tmp_path)
        assert len(corpus.lines) == len(article.lines)


def test_crlf_lines_are_counted_like_splitlines(tmp_path):
    write_article(tmp_path, "crlf.txt", b"Title\r\n\r\nBody one.\r\nBody two.")
    corpus = load_corpus(tmp_path)
    assert corpus.lines["text"].tolist() == ["Title", "", "Body one.", "Body two."]


def test_hidden_files_and_subfolders_are_ignored(tmp_path):
    write_article(tmp_path, ".hidden.txt", "Not an article")
    (tmp_path / "sub").mkdir()
    write_article(tmp_path / "sub", "inner.txt", "Not read either")
    write_article(tmp_path, "real.txt", "A title\nBody.")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["real"]


def test_empty_folder_writes_headers(tmp_path):
    (tmp_path / "in").mkdir()
    corpus = load_corpus(tmp_path / "in")
    write_tables(corpus, tmp_path / "out")
    back = read_tables(tmp_path / "out")
    assert all(frame.empty for frame in back.values())
    assert (tmp_path / "out" / "lines.csv").read_text().startswith("article_id,line_no,kind")


def test_round_trip_through_csv(seed_corpus, tmp_path):
    write_tables(seed_corpus, tmp_path)
    back = read_tables(tmp_path)
    assert back["lines"]["text"].tolist() == seed_corpus.lines["text"].tolist()
    assert back["articles"]["n_lines"].tolist() == seed_corpus.articles["n_lines"].tolist()


def test_cli_parse_writes_tables(seeds_dir, tmp_path, capsys):
    assert main(["parse", str(seeds_dir), "--out", str(tmp_path)]) == EXIT_OK
    assert {p.name for p in tmp_path.iterdir()} >= {"articles.csv", "lines.csv", "tables.csv"}
    assert "5 file(s) read" in capsys.readouterr().out


def test_cli_missing_folder_is_one_line_error(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    assert err.startswith("chipclaims: error:") and "nope: no such folder" in err
    assert "Traceback" not in err and len(err.splitlines()) == 1


def test_cli_skipped_file_sets_exit_status(tmp_path, capsys):
    write_article(tmp_path, "pic.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write_article(tmp_path, "ok.txt", "Title\nBody.")
    assert main(["parse", str(tmp_path), "--out", str(tmp_path / "out")]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert "chipclaims: warning: pic.png: binary file, not text (skipped)" in err


def test_python_dash_m_entry_point(seeds_dir, tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "chipclaims", "parse", str(seeds_dir),
                           "--out", str(tmp_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "articles.csv").exists()


def _copies_of_seeds(seeds_dir, folder, n=3):
    import shutil

    folder.mkdir()
    for i in range(n):
        for p in seeds_dir.iterdir():
            shutil.copy(p, folder / f"{p.stem}_{i}.txt")
    return folder


def test_jobs_and_batches_give_identical_tables(seeds_dir, tmp_path):
    """Worker processes and small batches (copies land in other batches than their
    originals) change nothing, duplicates included."""
    folder = _copies_of_seeds(seeds_dir, tmp_path / "many")
    one = load_corpus(folder)
    two = load_corpus(folder, jobs=2, batch_size=4)
    for name in one.tables:
        pd.testing.assert_frame_equal(one[name], two[name], check_dtype=False)
    assert one.claim_reviews == two.claim_reviews
    assert (one.articles["duplicate_of"] != "").sum() == 2 * len(list(seeds_dir.iterdir()))


def test_streamed_files_equal_in_memory_files(seeds_dir, tmp_path):
    """parse_folder (what the CLI runs) writes byte-for-byte what write_tables writes for the
    in-memory corpus, and leaves no scratch file behind."""
    folder = _copies_of_seeds(seeds_dir, tmp_path / "many", n=2)
    write_tables(load_corpus(folder), tmp_path / "memory")
    result = parse_folder(folder, tmp_path / "streamed", jobs=2, batch_size=3)
    assert result.n_articles == 2 * len(list(seeds_dir.iterdir()))
    memory = sorted(p.relative_to(tmp_path / "memory")
                    for p in (tmp_path / "memory").rglob("*") if p.is_file())
    assert sorted(p.relative_to(tmp_path / "streamed")
                  for p in (tmp_path / "streamed").rglob("*") if p.is_file()) == memory
    for name in memory:
        if name.suffix in (".duckdb", ".parquet"):  # binary formats that stamp their writer
            continue
        assert (tmp_path / "memory" / name).read_bytes() == \
            (tmp_path / "streamed" / name).read_bytes(), name


def test_streaming_an_empty_folder_writes_every_table(tmp_path):
    (tmp_path / "in").mkdir()
    parse_folder(tmp_path / "in", tmp_path / "out")
    tables = read_tables(tmp_path / "out")
    assert all(frame.empty for frame in tables.values())
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [RESOURCES[n].file for n in tables]
        + ["claim_reviews.jsonld", "rules", "chipclaims.duckdb", "parquet"])  # no scratch
    assert sorted(p.name for p in (tmp_path / "out" / "rules").iterdir()) == sorted(RULE_FILES)


def test_tables_are_in_article_id_order(tmp_path):
    for name in ("b.txt", "a b.txt", "a.txt"):
        write_article(tmp_path, name, f"Huawei ships the Ascend 910C, says {name}.\n")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["a", "a b", "b"]
    assert corpus.lines["article_id"].tolist() == ["a", "a b", "b"]


def test_html_page_is_read_with_markup_set_aside(tmp_path):
    page = ("<!DOCTYPE html>\n<html>\n<head><title>Chips</title></head>\n<body>\n"
            "<div class=\"post\">\nHuawei said the Ascend 910C ships in May.\n</div>\n"
            "</body>\n</html>\n")
    write_article(tmp_path, "page.html", page)
    corpus = load_corpus(tmp_path)
    assert "HTML page" in corpus.articles["status"].iloc[0]
    lines = corpus.lines.set_index("line_no")
    assert lines.loc[1, "kind"] == "boilerplate" and lines.loc[5, "reason"] == "other"
    assert lines.loc[6, "kind"] == "body"
    assert len(corpus.lines) == len(page.splitlines())


def test_non_english_article_is_parsed_with_a_note(tmp_path):
    text = ("Huawei a annoncé que ses puces Ascend seraient livrées aux clients chinois. " * 12)
    write_article(tmp_path, "fr.txt", "Les puces de Huawei\n" + text + "\n")
    corpus = load_corpus(tmp_path)
    assert "may not be English" in corpus.articles["status"].iloc[0]
    assert (corpus["entities"]["canonical"] == "Huawei").any()


def test_very_long_line_is_parsed(tmp_path):
    line = "Huawei shipped 384 Ascend 910C chips to Beijing in May 2025. " * 3000
    write_article(tmp_path, "long.txt", "A title\n" + line + "\n")
    corpus = load_corpus(tmp_path)
    assert len(corpus.lines) == 2
    assert len(corpus["quantities"]) >= 3000


def test_exact_duplicate_counts_once(tmp_path, seeds_dir):
    import shutil

    src = sorted(seeds_dir.iterdir())[1]
    shutil.copy(src, tmp_path / "a.txt")
    shutil.copy(src, tmp_path / "b copy.txt")
    corpus = load_corpus(tmp_path)
    assert corpus.articles.set_index("article_id").loc["b copy", "duplicate_of"] == "a"
    claims = corpus["claims"]
    assert (claims["n_independent"] <= 1).all()


def test_a_page_that_lost_its_line_breaks_parses_whole(tmp_path):
    """Thousands of sentences on one line, names and accents included: every sentence, name
    and number is found (span choice and offset mapping no longer compare all with all)."""
    sentence = "Zürich-based analysts said Huawei shipped 384 Ascend 910C chips in May 2025. "
    write_article(tmp_path, "one.txt", "A title\n" + sentence * 2000 + "\n")
    corpus = load_corpus(tmp_path)
    sents = corpus["sentences"]
    assert (sents["block"] == "body").sum() == 2000
    ents = corpus["entities"]
    assert (ents["canonical"] == "Ascend 910C").sum() == 2000
    assert (corpus["quantities"]["surface"] == "384").sum() == 2000
    line = corpus.lines.set_index("line_no").loc[2, "text"]
    last = ents.iloc[-1]
    assert line[last["start"]:last["end"]] == last["surface"]


def test_progress_shows_only_when_asked_or_watched(seeds_dir, tmp_path, capsys, monkeypatch):
    from chipclaims.progress import wanted

    assert main(["parse", str(seeds_dir), "--out", str(tmp_path / "quiet")]) == EXIT_OK
    assert "parsing" not in capsys.readouterr().err  # captured, not a terminal: no bar
    assert main(["parse", str(seeds_dir), "--out", str(tmp_path / "bar"), "--progress"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "parsing" in err and "MB/s" in err and "5/5" in err
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    monkeypatch.setenv("CI", "true")
    assert not wanted(None)  # a terminal, but in CI
    monkeypatch.delenv("CI")
    assert wanted(None) and not wanted(False)


def test_a_run_that_stops_half_way_leaves_the_earlier_tables(seeds_dir, tmp_path, monkeypatch):
    """Tables are published by renames when the run ends: one that fails part-way leaves the
    folder's earlier tables as they were, and no scratch folder."""
    from chipclaims.link.state import CorpusState

    out = tmp_path / "out"
    parse_folder(seeds_dir, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    calls = {"n": 0}
    real_add = CorpusState.add

    def add_then_fail(self, batch):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real_add(self, batch)

    monkeypatch.setattr(CorpusState, "add", add_then_fail)
    with pytest.raises(KeyboardInterrupt):
        parse_folder(_copies_of_seeds(seeds_dir, tmp_path / "many", n=3), out, batch_size=3)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".chipclaims-")]


def test_a_rerun_over_the_same_folder_replaces_its_tables(seeds_dir, tmp_path):
    out = tmp_path / "out"
    parse_folder(_copies_of_seeds(seeds_dir, tmp_path / "many", n=2), out)
    one = tmp_path / "one"
    one.mkdir()
    first = sorted(seeds_dir.iterdir())[0]
    (one / first.name).write_bytes(first.read_bytes())
    parse_folder(one, out)
    tables = read_tables(out)
    assert len(tables["articles"]) == 1
    assert set(tables["sentences"]["article_id"]) == {first.stem}
    assert sorted(p.name for p in (out / "rules").iterdir()) == sorted(RULE_FILES)


def test_sql_queries_every_table_with_its_contract_types(seeds_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["parse", str(seeds_dir), "--out", str(out)]) == EXIT_OK
    capsys.readouterr()
    tables = read_tables(out)
    for name, frame in tables.items():
        assert main(["sql", str(out), f"select count(*) as n from {name}"]) == EXIT_OK
        assert capsys.readouterr().out == f"n\n{len(frame)}\n", name
        parquet = out / "parquet" / f"{name}.parquet"
        assert main(["sql", str(out), f"select count(*) as n from '{parquet}'"]) == EXIT_OK
        assert capsys.readouterr().out == f"n\n{len(frame)}\n", name
    assert main(["sql", str(out), "select typeof(line_no) as t, typeof(hedged) as h "
                 "from sentences limit 1"]) == EXIT_OK
    assert capsys.readouterr().out == "t,h\nBIGINT,BOOLEAN\n"
    assert main(["sql", str(out), "select count(*) as n from claims where verdict = ''"]) \
        == EXIT_OK  # an empty text stays empty, not NULL
    assert capsys.readouterr().out == \
        f"n\n{(tables['claims']['verdict'].fillna('') == '').sum()}\n"


def test_sql_explains_a_bad_query_or_folder(seeds_dir, tmp_path, capsys):
    out = tmp_path / "out"
    main(["parse", str(seeds_dir), "--out", str(out)])
    capsys.readouterr()
    assert main(["sql", str(out), "select nope from claims"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "nope" in err and "Traceback" not in err
    assert main(["sql", str(tmp_path / "empty"), "select 1"]) == EXIT_USAGE
    assert "no database here" in capsys.readouterr().err


def test_a_dask_cluster_gives_the_same_tables(seeds_dir, tmp_path):
    """`--scheduler local:2`: a real Dask scheduler and two worker processes on the loopback
    parse the batches; the tables are byte-for-byte those of one process."""
    pytest.importorskip("distributed")
    folder = _copies_of_seeds(seeds_dir, tmp_path / "many", n=2)
    parse_folder(folder, tmp_path / "one", batch_size=3)
    parse_folder(folder, tmp_path / "cluster", batch_size=3, scheduler="local:2")
    one = tmp_path / "one"
    for path in [*sorted(one.glob("*.csv")), one / "claim_reviews.jsonld"]:
        assert path.read_bytes() == (tmp_path / "cluster" / path.name).read_bytes(), path.name


def _worker_settings() -> tuple:
    import dask

    return tuple(dask.config.get(k) for k in LOCAL_CLUSTER_CONFIG)


def test_a_local_cluster_passes_its_settings_to_the_worker_processes():
    """The housekeeping settings of a ``local:N`` cluster reach the worker processes (spawned
    by their nannies), not only the launching process, where they would change nothing."""
    pytest.importorskip("distributed")
    from distributed import Client

    with local_cluster(1) as cluster, Client(cluster) as client:
        seen = list(client.run(_worker_settings).values())
    assert seen == [tuple(LOCAL_CLUSTER_CONFIG.values())]
    assert _worker_settings() != tuple(LOCAL_CLUSTER_CONFIG.values())  # nothing leaked here


def test_tables_keep_the_corpus_order_across_many_partitions(seeds_dir, tmp_path):
    """Rows come out in article order and, within an article, in line order, however many
    batches (Parquet partitions) the corpus took."""
    folder = _copies_of_seeds(seeds_dir, tmp_path / "many", n=3)
    tables = read_tables(parse_folder(folder, tmp_path / "out", batch_size=2).paths[0].parent)
    ids = sorted(p.stem for p in folder.iterdir())
    assert tables["articles"]["article_id"].tolist() == ids
    for name, keys in (("lines", ["article_id", "line_no"]),
                       ("sentences", ["article_id", "line_no", "start"]),
                       ("entities", ["article_id", "line_no", "start"]),
                       ("claims", ["article_id", "line_no"])):
        frame = tables[name]
        assert frame["article_id"].nunique() > 10, name
        order = frame.sort_values(keys, kind="stable")
        assert frame.index.equals(order.index), name


def test_a_write_that_fails_publishes_nothing_and_says_why(seeds_dir, tmp_path, monkeypatch,
                                                          capsys):
    """DuckDB writes the tables; when it fails half-way (here: a full disk after the first
    file), the folder keeps its earlier tables, the message names the folder and the reason,
    and there is no traceback and no scratch folder left."""
    import duckdb

    from chipclaims import database

    out = tmp_path / "out"
    parse_folder(seeds_dir, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real = database._csv_columns
    calls = {"n": 0}

    def full_disk(name):
        calls["n"] += 1
        if calls["n"] == 2:
            raise duckdb.IOException("No space left on device")
        return real(name)

    monkeypatch.setattr(database, "_csv_columns", full_disk)
    assert main(["parse", str(seeds_dir), "--out", str(out)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert str(out) in err and "No space left on device" in err and "Traceback" not in err
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".chipclaims-")]


def test_a_worker_lost_mid_run_is_replaced_and_the_tables_are_whole(seeds_dir, tmp_path):
    """A Dask worker killed while batches are in flight: Dask runs its batches again on the
    other worker (and the one its nanny restarts), and the tables are those of one process."""
    pytest.importorskip("distributed")
    import os
    import signal
    import threading
    import time

    from distributed import Client, LocalCluster

    folder = _copies_of_seeds(seeds_dir, tmp_path / "many", n=4)
    parse_folder(folder, tmp_path / "one", batch_size=2)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    killed: list[int] = []

    def kill_one_worker_after_a_batch() -> None:
        with Client(cluster.scheduler_address) as client:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                # a batch is done when its partitions are written (by the worker itself)
                done = list((tmp_path / "cluster").glob(".chipclaims-*/parts/articles/*.parquet"))
                if done:
                    pid = next(iter(client.run(os.getpid).values()))
                    os.kill(pid, signal.SIGKILL)
                    killed.append(time.monotonic())
                    return
                time.sleep(0.05)

    killer = threading.Thread(target=kill_one_worker_after_a_batch)
    try:
        killer.start()
        parse_folder(folder, tmp_path / "cluster", batch_size=2,
                     scheduler=cluster.scheduler_address)
        ended = time.monotonic()
        killer.join()
    finally:
        cluster.close()
    assert killed and killed[0] < ended  # a worker was lost while the run went on
    one = tmp_path / "one"
    for path in [*sorted(one.glob("*.csv")), one / "claim_reviews.jsonld"]:
        assert path.read_bytes() == (tmp_path / "cluster" / path.name).read_bytes(), path.name
