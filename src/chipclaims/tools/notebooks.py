"""Execute notebooks top to bottom and save them with their outputs (``make notebooks``).

Kept in the package so that the one command that produces the stored outputs is the same on
every machine. Timing metadata is not recorded, so re-running an unchanged notebook changes
nothing in git.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def execute(path: Path, timeout: int = 600) -> None:
    """Run ``path`` in its own folder with a fresh kernel and write it back in place."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
    nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Execute notebooks in place.")
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    for path in args.paths:
        print(f"executing {path}", flush=True)
        try:
            execute(path)
        except Exception as exc:
            print(f"chipclaims: error: {path}: {exc.__class__.__name__}: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
