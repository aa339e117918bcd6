"""Copy the book sources to a staging folder (``make book SEEDS=other``).

The notebooks are copied as real files (the ``book/notebooks`` symlink is followed) and without
their ``data/`` downloads or any previous build, so re-executing them over another folder of
articles changes nothing in the repository.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

IGNORE = shutil.ignore_patterns("_build", ".ipynb_checkpoints", "__pycache__", "data")


def stage(book: Path, target: Path) -> Path:
    """Copy ``book`` (following symlinks) into a fresh ``target``; return ``target``."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(book, target, symlinks=False, ignore=IGNORE)
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: python -m chipclaims.tools.stage BOOK_DIR TARGET_DIR", file=sys.stderr)
        sys.exit(2)
    print(f"staged {stage(Path(sys.argv[1]), Path(sys.argv[2]))}")
