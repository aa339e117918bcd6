"""Progress of a long parse on standard error, shown only when a person is watching.

A parse of thousands of articles runs for minutes. When standard error is a terminal (and the
run is not in CI, where ``CI`` is set), a bar shows the articles done, the throughput in MB/s
and the time left (``tqdm``); piped, redirected or in CI it prints nothing, so logs and test
output stay clean. ``chipclaims parse --progress`` / ``--no-progress`` override the choice.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from . import storage


def wanted(flag: bool | None) -> bool:
    """Whether to show progress: the user's choice, else only on a terminal outside CI."""
    if flag is not None:
        return flag
    return sys.stderr.isatty() and not os.environ.get("CI")


class Progress:
    """A bar over the articles of one folder, advanced batch by batch."""

    def __init__(self, folder: str | Path, total: int) -> None:
        from tqdm import tqdm

        self.folder = folder
        self.bytes = 0
        self.start = time.perf_counter()
        self.bar = tqdm(total=total, unit=" articles", desc="parsing", file=sys.stderr,
                        dynamic_ncols=True, leave=True)

    def update(self, files: list[str]) -> None:
        """Count the articles of a parsed batch (their files) and their bytes."""
        for name in files:
            self.bytes += storage.size(storage.join(self.folder, name))
        seconds = max(time.perf_counter() - self.start, 1e-9)
        self.bar.set_postfix_str(f"{self.bytes / 1e6 / seconds:.2f} MB/s", refresh=False)
        self.bar.update(len(files))

    def close(self) -> None:
        self.bar.close()
