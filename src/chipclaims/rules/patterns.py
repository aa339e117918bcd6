"""Many regular expressions, one pass over the text: which of them can match it.

Every extractor holds a list of Python regular expressions (rules kept as data), and most of
them match nowhere in a given line. Trying each in turn walks the text once per pattern. A
:class:`PatternSet` compiles all of an extractor's patterns into one `Hyperscan
<https://www.hyperscan.io>`_ database in prefilter mode, scans the text once (a few hundred MB/s
in C) and returns the :class:`Hits`: the patterns that may match. Only those are then run with
Python's ``re``, which gives the groups and the exact semantics; a pattern Hyperscan cannot take
is always run. The database is built the first time the set is used, or loaded from a cache of
compiled databases (see :class:`PatternSet`).

Soundness (a pattern that matches is never skipped; a test checks it on every packaged pattern
over real and random text):

- Prefilter mode over-approximates what Hyperscan cannot express exactly (look-arounds,
  back-references): it may report a pattern that then finds nothing, never the reverse.
- Python's ``\\w``, ``\\d`` and ``\\s`` are Unicode-aware, Hyperscan's (without its slow
  Unicode-property mode) are ASCII. Each is widened to the ASCII class plus every non-ASCII
  character (inside a negated class, narrowed to its ASCII part, so the class excludes less),
  ``\\b`` and ``\\B`` are dropped, and ``\\W``, ``\\D``, ``\\S`` already include every
  non-ASCII character: each translated pattern matches a superset of the original.
- Case-insensitive matching in ``re`` equates a few non-ASCII characters with ASCII letters
  (dotted and dotless I, long s, Kelvin sign) and folds non-ASCII letters; a text holding one
  of those characters opens every case-insensitive pattern, and a text that is not ASCII opens
  every case-insensitive pattern with non-ASCII letters of its own.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

try:
    import hyperscan
except ImportError:  # pragma: no cover - the wheels cover the platforms CI runs on
    hyperscan = None
    _HS_VERSION = ""
else:
    _HS_VERSION = metadata.version("hyperscan")

_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")
_NON_ASCII = r"\x{80}-\x{10FFFF}"
# Python's classes as Hyperscan sees them, widened so that they match a superset: outside a
# class or inside a positive one, each "small" class gains every non-ASCII character (and
# "\s" the ASCII separators \x1c-\x1f that Python counts as space); inside a negated class
# each is narrowed to its ASCII part, so the negation excludes less. "\W", "\D" and "\S"
# already match every non-ASCII character outside a class; inside a negated one they become
# their ASCII members only.
_WIDE = {"w": r"\w" + _NON_ASCII, "d": "0-9" + _NON_ASCII, "s": r"\s\x1c-\x1f" + _NON_ASCII}
_NARROW = {"w": r"\w", "d": "0-9", "s": r"\s",
           "W": r"\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f", "D": r"\x00-\x2f\x3a-\x7f",
           "S": r"\x00-\x08\x0e-\x1b\x21-\x7f"}


def translate(pattern: str) -> str:
    """``pattern`` (Python syntax) as a Hyperscan pattern matching a superset of it."""
    out: list[str] = []
    in_class = negated = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            e = pattern[i + 1]
            if in_class and negated and e in _NARROW:
                out.append(_NARROW[e])
            elif e in _WIDE:
                out.append(_WIDE[e] if in_class else f"[{_WIDE[e]}]")
            elif e in "bB" and not in_class:
                pass  # a word boundary in Unicode: dropped (superset)
            elif e == "u":
                out.append(r"\x{" + pattern[i + 2:i + 6] + "}")
                i += 4
            elif e == "U":
                out.append(r"\x{" + pattern[i + 2:i + 10] + "}")
                i += 8
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
        elif c == "{" and pattern[i + 1:i + 2] == ",":  # Python's "{,n}" is "{0,n}"
            out.append("{0")
        elif c == "[":
            in_class = True
            negated = pattern[i + 1:i + 2] == "^"
            out.append("[^" if negated else "[")
            i += 2 if negated else 1
            if pattern[i:i + 1] == "]":  # "[]...]" or "[^]...]": a literal bracket first
                out.append("\\]")
                i += 1
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


class Hits:
    """The patterns of a set that may match one text."""

    __slots__ = ("_ids", "_index", "_n")

    def __init__(self, ids: set[int] | None, index: dict[int, int], n: int) -> None:
        self._ids = ids  # None: every pattern may match
        self._index = index  # id(regex) -> position in the set
        self._n = n

    def may(self, rx: re.Pattern[str]) -> bool:
        """Whether ``rx`` may match the text (a pattern outside the set always may)."""
        if self._ids is None:
            return True
        pos = self._index.get(id(rx))
        return pos is None or pos in self._ids

    def positions(self) -> list[int]:
        """Positions (in the set's order) of the patterns that may match, ascending: a
        caller with many patterns loops over these instead of asking of each."""
        return list(range(self._n)) if self._ids is None else sorted(self._ids)

    def finditer(self, rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        return rx.finditer(text) if self.may(rx) else iter(())

    def search(self, rx: re.Pattern[str], text: str) -> re.Match[str] | None:
        return rx.search(text) if self.may(rx) else None


class PatternSet:
    """Regular expressions compiled together, so that one scan tells which may match.

    Positions follow the order of ``regexes``. Compiling a database of a few dozen patterns
    takes a fraction of a second; the compiled database is kept in a cache folder (see
    :func:`cache_dir`) keyed by a hash of the patterns, so that later processes load it in
    microseconds. A missing or unwritable cache only costs the compile.
    """

    def __init__(self, regexes: Iterable[re.Pattern[str]]) -> None:
        self.regexes: tuple[re.Pattern[str], ...] = tuple(regexes)
        self._index: dict[int, int] = {}
        for i, rx in enumerate(self.regexes):
            self._index.setdefault(id(rx), i)
        self._db = None
        self._always: set[int] = set()  # patterns Hyperscan cannot take: always run
        self._caseless = {i for i, rx in enumerate(self.regexes) if rx.flags & re.IGNORECASE}
        self._caseless_wide = {i for i in self._caseless if not self.regexes[i].pattern.isascii()}
        self._compiled = False

    def __getstate__(self) -> dict:
        """Pickled without the compiled database (sent to a worker process, which loads it
        from the cache or compiles it again on first use)."""
        state = self.__dict__.copy()
        state.update(_db=None, _compiled=False, _always=set())
        return state

    def _compile(self) -> None:
        self._compiled = True
        if hyperscan is None or not self.regexes:
            self._always = set(range(len(self.regexes)))
            return
        base = (hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_PREFILTER
                | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY)
        exprs, ids, flags = [], [], []
        for i, rx in enumerate(self.regexes):
            source = translate(rx.pattern)
            if rx.flags & re.VERBOSE:
                source = "(?x)" + source
            f = base | (hyperscan.HS_FLAG_CASELESS if rx.flags & re.IGNORECASE else 0)
            f |= hyperscan.HS_FLAG_DOTALL if rx.flags & re.DOTALL else 0
            f |= hyperscan.HS_FLAG_MULTILINE if rx.flags & re.MULTILINE else 0
            exprs.append(source.encode("utf-8"))
            ids.append(i)
            flags.append(f)
        cached = _cache_file(exprs, flags)
        if cached is not None and cached.exists():
            try:
                self._db = _loaded(cached.read_bytes())
                return
            except (OSError, hyperscan.error):
                pass  # unreadable: compile again
        try:
            self._db = _database(exprs, ids, flags)
        except hyperscan.error:  # find the patterns it cannot take; run those in Python
            keep = []
            for k in range(len(exprs)):
                try:
                    _database(exprs[k:k + 1], ids[k:k + 1], flags[k:k + 1])
                    keep.append(k)
                except hyperscan.error:
                    self._always.add(ids[k])
            if keep:
                self._db = _database([exprs[k] for k in keep], [ids[k] for k in keep],
                                     [flags[k] for k in keep])
            return  # a partial database is not cached: the set of skipped ones would be lost
        if cached is not None:
            store_cached(cached, hyperscan.dumpb(self._db))

    def scan(self, text: str) -> Hits:
        """The patterns that may match ``text``."""
        if not self._compiled:
            self._compile()
        n = len(self.regexes)
        if self._db is None:
            return Hits(None, self._index, n)
        found: set[int] = set(self._always)

        def on_match(pid: int, start: int, end: int, flags: int, context: object) -> None:
            found.add(pid)

        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: not UTF-8, so no scan; run everything
            return Hits(None, self._index, n)
        self._db.scan(data, match_event_handler=on_match)
        if not text.isascii():
            found |= self._caseless if _CASE_TRAPS.search(text) else self._caseless_wide
        return Hits(found, self._index, n)


def _database(exprs: list[bytes], ids: list[int], flags: list[int]):
    db = hyperscan.Database()
    db.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
    return db


def _loaded(data: bytes):
    db = hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK)
    db.scratch = hyperscan.Scratch(db)
    return db


def cache_dir() -> Path | None:
    """Where compiled databases are kept: ``$CHIPCLAIMS_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/chipclaims``, else ``~/.cache/chipclaims``; ``CHIPCLAIMS_CACHE_DIR=``
    (empty) turns the cache off. Read when a set is first used, never at import."""
    env = os.environ.get("CHIPCLAIMS_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "chipclaims"


def _cache_file(exprs: list[bytes], flags: list[int]) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"hyperscan {_HS_VERSION}".encode())
    for e, f in zip(exprs, flags):
        h.update(e + b"\0" + str(f).encode() + b"\0")
    return folder / f"patterns-{h.hexdigest()[:32]}.hsdb"


def store_cached(path: Path, data: bytes) -> None:
    """Write atomically (a parallel worker may be writing the same file); never fail."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass


@functools.lru_cache(maxsize=64)
def pattern_set(regexes: tuple[re.Pattern[str], ...]) -> PatternSet:
    """The set of ``regexes``, compiled once per process however often it is asked for."""
    return PatternSet(regexes)
