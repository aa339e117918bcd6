"""One way to read every rule file, and one error for a bad one.

A rule file is a CSV table kept as data (``src/chipclaims/data/``), which a user can replace
with a same-named file of their own. :func:`read_rule_file` reads either, and
:func:`rows` walks its rows with their line numbers, turning any problem found while
building a rule from a row (a missing column, a bad regular expression, a value outside its
vocabulary) into a :class:`RulesError` that names the file and the row. The command line
catches that one error type and prints the message.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypeVar


class RulesError(ValueError):
    """A rule file is malformed; the message names the file, the row and the problem."""


@dataclass(frozen=True)
class RuleFile:
    """The text of one rule file and where it came from (for messages and provenance)."""

    name: str  # the packaged name, e.g. "gazetteer.csv" or "reference/events.csv"
    where: str  # what messages call it: the packaged name or the user's path
    text: str


def read_rule_file(name: str, path: str | Path | None = None) -> RuleFile:
    """The packaged rule file ``name``, or the file at ``path`` when one is given."""
    try:
        if path is None:
            text = (resources.files("chipclaims") / "data" / name).read_text(encoding="utf-8")
            return RuleFile(name, name, text)
        return RuleFile(name, str(path), Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise RulesError(f"{path or name}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise RulesError(f"{path or name}: {exc.strerror or exc}") from None


T = TypeVar("T")


def rows(source: RuleFile, build: Callable[[dict[str, str]], T]) -> list[T]:
    """``build(row)`` for every row of the file; a problem becomes a :class:`RulesError`
    naming the file and the row (numbered as in the file, the header being row 1)."""
    out = []
    for i, row in enumerate(csv.DictReader(source.text.splitlines()), start=2):
        try:
            out.append(build(row))
        except KeyError as exc:
            raise RulesError(f"{source.where}: row {i}: missing column {exc}") from None
        except (ValueError, TypeError, re.error) as exc:
            raise RulesError(f"{source.where}: row {i}: {exc}") from None
    return out


def split(cell: str | None, sep: str = ";") -> tuple[str, ...]:
    """A list kept in one cell (``a;b;c``), without empty items."""
    return tuple(x.strip() for x in (cell or "").split(sep) if x.strip())


def one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    """``value`` if it is in the vocabulary ``allowed``; else a ValueError saying so."""
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r} (expected one of {', '.join(allowed)})")
    return value


def boolean(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


