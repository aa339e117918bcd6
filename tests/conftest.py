"""Shared fixtures: the repository's paths, passed to tests explicitly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_corpus(seeds_dir):
    from chipclaims import load_corpus

    return load_corpus(seeds_dir)


def write_article(folder: Path, name: str, text: str | bytes) -> Path:
    """Write a hand-made article into ``folder`` and return its path."""
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Path:
    """The book built from the repository (warnings as errors) into a temporary folder."""
    out = tmp_path_factory.mktemp("book")
    exe = Path(sys.executable).with_name("jupyter-book")
    done = subprocess.run(
        [str(exe), "build", str(ROOT / "book"), "--path-output", str(out), "--all", "-n", "-W",
         "--keep-going"],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out / "_build" / "html"


BIN = Path(sys.executable).parent


def _run(*cmd: str, env_tables: Path | None = None) -> None:

    env = dict(os.environ)
    if env_tables is not None:
        env["CHIPCLAIMS_TABLES"] = str(env_tables)
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    assert done.returncode in (0, 3), done.stdout[-2000:] + done.stderr[-2000:]


def build_over(folder: Path, work: Path) -> Path:
    """Parse ``folder``, stage the book, execute its notebooks, build it; return html dir."""
    tables, stage = work / "tables", work / "book"
    _run(str(BIN / "chipclaims"), "parse", str(folder), "--out", str(tables))
    _run(sys.executable, "-m", "chipclaims.tools.stage", str(ROOT / "book"), str(stage))
    notebooks = sorted(str(p) for p in (stage / "notebooks").glob("*.ipynb"))
    _run(sys.executable, "-m", "chipclaims.tools.notebooks", *notebooks, env_tables=tables)
    _run(str(BIN / "jupyter-book"), "build", str(stage), "--all", "-n", "-W", "--keep-going")
    return stage / "_build" / "html"
