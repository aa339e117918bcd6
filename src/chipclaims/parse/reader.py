"""Reading a folder of articles into :class:`Article` records.

The input folder is treated as immutable raw data. Every regular, non-hidden file directly in
the folder is looked at; each one either becomes an :class:`Article` whose ``lines`` are exactly
``text.splitlines()`` of the decoded file, or is skipped with a one-line reason. Nothing raises
on bad input: problems are reported as :class:`Problem` records so the CLI can print them and
set its exit status, and the reader never silently drops a line.

Documented choices:

* Hidden files (name starting with ``.``) and sub-folders are ignored, so editor back-ups,
  ``.DS_Store`` and checkpoint folders never become articles.
* Decoding tries UTF-8 (a UTF-8 byte-order mark is removed), UTF-16 when a UTF-16 BOM is
  present, then cp1252, then latin-1, which never fails. Any fallback is stated in ``status``.
* An HTML page is read as text; lines holding only markup are boilerplate (rule
  ``html-markup``) and the status says so. A text with few English function words is parsed
  as it is, with a status note, since the rules are written for English.
* A file is binary, and skipped, when it starts with a known binary signature or more than
  10% of its first 8 KiB are control bytes (for a file under 64 bytes: a quarter are NULs).
  A stray NUL in an otherwise textual file is replaced by U+FFFD and reported.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import storage

BINARY_SIGNATURES = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}
MAX_LINE_CHARS = 100_000


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input file: what it is and what was done about it."""

    file: str
    message: str
    skipped: bool

    def __str__(self) -> str:
        action = "skipped" if self.skipped else "read"
        return f"{self.file}: {self.message} ({action})"


@dataclass(frozen=True)
class Article:
    """One input file, decoded. ``lines`` holds every line; ``status`` is 'ok' or what is wrong."""

    article_id: str
    file: str
    sha256: str
    encoding: str
    status: str
    lines: tuple[str, ...] = field(default_factory=tuple)
    skipped: bool = False


def _is_binary(data: bytes) -> bool:
    if data.startswith(BINARY_SIGNATURES):
        return True
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text carries many NULs by design
    head = data[:8192]
    if len(head) < 64:
        return b"\x00" in head and head.count(0) > len(head) // 4
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > 0.10


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode raw bytes; return (text, encoding used, notes about what was unusual)."""
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        notes.append("UTF-8 byte-order mark removed")
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ["decoded as UTF-16 (byte-order mark)"]
        except UnicodeDecodeError:
            notes.append("UTF-16 byte-order mark but invalid UTF-16")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        notes.append(f"not valid UTF-8, decoded as {encoding}")
    if "\x00" in text:
        notes.append(f"{text.count(chr(0))} NUL character(s) replaced by U+FFFD")
        text = text.replace("\x00", "\ufffd")
    return text, encoding, notes


_TAG_LINE = re.compile(r"^\s*<[^>]+>.*$")
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    "the of and to in is that for with as by it was said at from this".split()
)


def looks_like_html(text: str) -> bool:
    """An HTML page rather than article text: a doctype or <html> tag, or mostly tag lines."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    lines = [ln for ln in text.splitlines()[:400] if ln.strip()]
    return len(lines) >= 5 and sum(1 for ln in lines if _TAG_LINE.match(ln)) / len(lines) > 0.5


def looks_like_english(text: str) -> bool:
    """Enough common English function words (checked only on texts of 60 words or more)."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 60:
        return True
    return sum(1 for w in words if w in _ENGLISH) / len(words) >= 0.04


def article_id_for(path: Path) -> str:
    """The article id is the file name without its extension."""
    return path.stem if path.suffix else path.name


def read_article(path: str | Path, article_id: str | None = None) -> Article:
    """Read one file, a path or an fsspec URL (:mod:`chipclaims.storage`). Never raises for
    bad content; an unreadable file comes back skipped.

    ``article_id`` defaults to the file name without its extension (see :func:`plan_folder`).
    """
    name = storage.name_of(path)
    aid = article_id or article_id_for(Path(name))
    try:
        data = storage.read_bytes(path)
    except (OSError, storage.LocationError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
        return Article(aid, name, "", "", f"unreadable: {reason}", skipped=True)
    digest = hashlib.sha256(data).hexdigest()
    if _is_binary(data):
        return Article(aid, name, digest, "", "binary file, not text",
                       skipped=True)
    text, encoding, notes = decode(data)
    lines = tuple(text.splitlines())
    if not lines:
        notes.append("empty file")
    elif all(not ln.strip() for ln in lines):
        notes.append("only blank lines")
    if looks_like_html(text):
        notes.append("looks like an HTML page: markup-only lines are set aside as boilerplate")
    elif not looks_like_english(text):
        notes.append("may not be English (few English function words): parsed as it is")
    longest = max((len(ln) for ln in lines), default=0)
    if longest > MAX_LINE_CHARS:
        notes.append(f"a line of {longest} characters (longer than {MAX_LINE_CHARS})")
    status = "; ".join(notes) if notes else "ok"
    return Article(aid, name, digest, encoding, status, lines)


class CorpusError(ValueError):
    """The input folder itself cannot be used (missing, or not a folder)."""


def plan_folder(folder: str | Path) -> list[tuple[str, str]]:
    """The files to read in ``folder`` (their names) with their article ids, in id order (the
    order every table is written in, and in which duplicates are decided: the earlier id is
    the original). Names rather than paths, so that the plan of a large folder stays small.

    The id is the file name without its extension; two files with the same stem (``a.txt``,
    ``a.md``) keep their full file names as ids, so that ids stay unique. Raises
    :class:`CorpusError` if the folder itself cannot be used. ``folder`` may be an fsspec
    URL (:mod:`chipclaims.storage`).
    """
    try:
        names = storage.list_files(folder)
    except FileNotFoundError:
        raise CorpusError(f"{folder}: no such folder") from None
    except NotADirectoryError:
        raise CorpusError(f"{folder}: not a folder") from None
    except storage.LocationError as exc:
        raise CorpusError(str(exc)) from None
    except OSError as exc:
        raise CorpusError(f"{folder}: cannot be listed ({exc})") from None
    stems = [article_id_for(Path(n)) for n in names]
    counts = Counter(stems)
    plan = [(n, s if counts[s] == 1 else n) for n, s in zip(names, stems)]
    return sorted(plan, key=lambda item: (item[1], item[0]))


def read_folder(folder: str | Path) -> tuple[list[Article], list[Problem]]:
    """Read every article in ``folder`` (all in memory; see :func:`plan_folder` to stream).

    Returns the articles (skipped files included, flagged ``skipped``) and the problems found.
    """
    articles = [read_article(storage.join(folder, name), aid)
                for name, aid in plan_folder(folder)]
    problems = [Problem(a.file, a.status, a.skipped) for a in articles if a.status != "ok"]
    return articles, problems
