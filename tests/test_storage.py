"""Articles read from, and tables written to, fsspec URLs as well as local folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from chipclaims import storage
from chipclaims.cli import EXIT_OK, EXIT_USAGE, main
from chipclaims.parse import read_article
from chipclaims.pipeline import CLAIM_REVIEWS, parse_folder

fsspec = pytest.importorskip("fsspec")


def _published(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in [*sorted(folder.glob("*.csv")),
                                             folder / CLAIM_REVIEWS]}


@pytest.fixture
def memory():
    """fsspec's in-process filesystem, emptied after the test."""
    fs = fsspec.filesystem("memory")
    yield fs
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")


def test_locations_are_paths_or_urls():
    assert not storage.is_remote("seeds") and not storage.is_remote(Path("s3:/b"))
    assert not storage.is_remote("file:///tmp/x")
    assert storage.local("file:///tmp/x") == Path("/tmp/x")
    assert storage.local("file://localhost/tmp/a%20b") == Path("/tmp/a b")
    assert storage.is_remote("s3://bucket/articles") and storage.scheme("GCS://b") == "gcs"
    assert storage.join("s3://bucket/a/", "b", "c.txt") == "s3://bucket/a/b/c.txt"
    assert storage.join("a", "b") == Path("a/b")
    assert storage.name_of("s3://bucket/a/c.txt") == "c.txt"


def test_a_parse_from_and_to_urls_writes_the_same_tables(seeds_dir, tmp_path, memory):
    """Articles listed and read through fsspec, partitions written and read back by DuckDB
    through it, tables uploaded to it: the same bytes as a parse of the local folder, no
    scratch folder left behind, and `chipclaims sql` answers on the URL."""
    for path in sorted(seeds_dir.iterdir()):
        memory.pipe(f"/articles/{path.name}", path.read_bytes())
    memory.pipe("/articles/.hidden", b"not an article")
    result = parse_folder("memory://articles", "memory://out", batch_size=2)
    parse_folder(seeds_dir, tmp_path / "local", batch_size=2)
    local = _published(tmp_path / "local")
    assert result.n_articles == len(list(seeds_dir.iterdir()))
    assert [str(p) for p in result.paths][-1] == f"memory://out/{CLAIM_REVIEWS}"
    for name, data in local.items():
        assert memory.cat_file(f"/out/{name}") == data, name
    assert not [p for p in memory.ls("/out", detail=False) if "/." in p]
    assert memory.exists("/out/parquet/claims.parquet") and memory.exists("/out/rules")
    assert main(["sql", "memory://out", "select count(*) as n from articles"]) == EXIT_OK


def test_a_cluster_reads_and_writes_through_fsspec(seeds_dir, tmp_path, capsys):
    """`--scheduler local:2` with URLs: each Dask worker reads its articles and writes its
    partitions through fsspec (here its `local://` filesystem, which worker processes share),
    and the launching process reads the partitions back through DuckDB's fsspec bridge."""
    pytest.importorskip("distributed")
    parse_folder(seeds_dir, tmp_path / "one", batch_size=2)
    out = tmp_path / "cluster"
    assert main(["parse", f"local://{seeds_dir.resolve()}", "--out", f"local://{out}",
                 "--scheduler", "local:2"]) == EXIT_OK
    assert _published(out) == _published(tmp_path / "one")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_urls_that_cannot_be_used_get_a_clear_message(seeds_dir, tmp_path, memory, capsys):
    assert main(["parse", "nosuch://bucket/articles", "--out", str(tmp_path / "o")]) \
        == EXIT_USAGE
    err = capsys.readouterr().err
    assert "nosuch://bucket/articles" in err and "Traceback" not in err
    assert main(["parse", "memory://nothing-here", "--out", str(tmp_path / "o")]) == EXIT_USAGE
    assert "memory://nothing-here: no such folder" in capsys.readouterr().err
    memory.pipe("/articles/a.txt", b"Huawei ships the Ascend 910C.\n")
    assert main(["parse", "memory://articles", "--out", str(tmp_path / "o"),
                 "--jobs", "2"]) == EXIT_USAGE
    assert "lives in one process" in capsys.readouterr().err
    assert main(["parse", str(seeds_dir), "--out", "nosuch://bucket/out"]) == EXIT_USAGE
    assert "nosuch://bucket/out" in capsys.readouterr().err


def test_an_unreadable_url_is_skipped_with_its_reason(memory):
    article = read_article("memory://articles/missing.txt")
    assert article.skipped and article.file == "missing.txt"
    assert article.article_id == "missing" and article.status.startswith("unreadable")


def test_a_remote_store_failing_in_its_own_way_gets_a_message_not_a_traceback(tmp_path,
                                                                             capsys):
    """A store's own exception type (here a RuntimeError, as botocore raises its own) while
    listing the folder becomes one line naming the URL."""
    from fsspec.implementations.memory import MemoryFileSystem

    class Broken(MemoryFileSystem):
        protocol = "brokenfs"

        def isdir(self, path):
            raise RuntimeError("no credentials")

    fsspec.register_implementation("brokenfs", Broken, clobber=True)
    assert main(["parse", "brokenfs://bucket/articles", "--out", str(tmp_path / "o")]) \
        == EXIT_USAGE
    err = capsys.readouterr().err
    assert "brokenfs://bucket/articles" in err and "no credentials" in err
    assert "Traceback" not in err
