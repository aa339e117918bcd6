"""Sentences with exact provenance, from the content lines of one article.

Content lines are first grouped into :class:`Paragraph` blocks: consecutive body lines are
joined when the first does not end a sentence or the next starts in lower case, because
scraped pages break sentences at inline links. Titles, headings and list items are blocks of
their own (without their bullet or ``#`` marks), and each cell of a markdown table is a block.
Blocks are segmented with BlingFire's rule-based sentence breaker (compiled, shipped with its
model inside the wheel, so nothing is downloaded), which returns exact character offsets; every
offset is mapped back to a (line, column) position in the original file, so
``line[start:end]`` is the sentence whenever it sits on one line.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import blingfire

from ..contract.vocabulary import ONE_LINE_BLOCKS
from .lines import BULLET
from .mdtables import is_separator, split_row

_MARK = re.compile(rf"^(\s*(?:{BULLET}|#{{1,6}})\s+)")
_TERMINAL = tuple(".!?…:;\"”’)]")


@dataclass(frozen=True)
class Paragraph:
    """A block of text made of (parts of) one or more lines, with a map back to them."""

    article_id: str
    kind: str
    text: str
    line_nos: tuple[int, ...]
    offsets: tuple[int, ...]  # where each line's piece starts in ``text``
    cols: tuple[int, ...]  # the column in the line where that piece starts

    def locate(self, offset: int) -> tuple[int, int]:
        """(line_no, column) of a character offset in ``text``."""
        k = max(bisect_right(self.offsets, offset) - 1, 0)
        return self.line_nos[k], self.cols[k] + offset - self.offsets[k]


def _joins(prev: str, nxt: str) -> bool:
    prev, nxt = prev.rstrip(), nxt.lstrip()
    return bool(nxt) and (not prev.endswith(_TERMINAL) or nxt[0].islower() or nxt[0] in ",;:)")


def paragraphs(article_id: str, lines: Sequence[tuple[int, str, str]]) -> Iterator[Paragraph]:
    """Blocks of content from ``(line_no, kind, text)`` triples of one article, in order."""
    pending: list[tuple[int, str, int]] = []  # body lines waiting to be joined

    def flush() -> Iterator[Paragraph]:
        if pending:
            yield _block(article_id, "body", pending)
            pending.clear()

    for line_no, kind, text in lines:
        if kind == "body":
            lead = len(text) - len(text.lstrip())
            if pending and not (pending[-1][0] == line_no - 1 and _joins(pending[-1][1], text)):
                yield from flush()
            pending.append((line_no, text[lead:], lead))
            continue
        yield from flush()
        if kind in ONE_LINE_BLOCKS:
            m = _MARK.match(text)
            lead = m.end() if m and kind != "title" else len(text) - len(text.lstrip())
            if text[lead:].strip():
                yield _block(article_id, kind, [(line_no, text[lead:], lead)])
        elif kind == "table_row":
            yield from _cells(article_id, line_no, text)
    yield from flush()


def _block(article_id: str, kind: str, pieces: list[tuple[int, str, int]]) -> Paragraph:
    offsets, pos = [], 0
    for _, piece, _ in pieces:
        offsets.append(pos)
        pos += len(piece) + 1
    return Paragraph(article_id, kind, "\n".join(p for _, p, _ in pieces),
                     tuple(n for n, _, _ in pieces), tuple(offsets), tuple(c for _, _, c in pieces))


def _cells(article_id: str, line_no: int, text: str) -> Iterator[Paragraph]:
    cells = split_row(text)
    if is_separator(cells):
        return
    col = text.index("|") + 1 if "|" in text else 0
    for cell in cells:
        raw_start = text.find(cell, col) if cell else -1
        if cell and raw_start >= 0:
            yield Paragraph(article_id, "table_cell", cell, (line_no,), (0,), (raw_start,))
            col = raw_start + len(cell)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its id, where it starts and ends, its text and its paragraph."""

    sentence_id: str
    article_id: str
    line_no: int
    start: int
    end_line_no: int
    end: int
    text: str
    paragraph: Paragraph
    offset: int  # start offset inside the paragraph text


def sentence_id(article_id: str, line_no: int, start: int) -> str:
    """A stable id: it changes only if the sentence itself moves."""
    return f"{article_id}:{line_no}:{start}"


def _breaker_offsets(text: str) -> list[tuple[int, int]]:
    """BlingFire's sentence offsets for ``text``, as character (not UTF-8 byte) positions.

    Calls the library's C entry point directly: its Python wrapper maps byte offsets to
    character offsets with a loop over every byte, which cost more than the segmentation.
    Here ASCII text needs no mapping and other text maps only the sentence ends.
    """
    data = text.encode("utf-8")
    size = 2 * len(data) + 16
    buffer = ctypes.create_string_buffer(size)
    starts = (ctypes.c_int32 * size)()
    ends = (ctypes.c_int32 * size)()
    n = _LIB.TextToSentencesWithOffsets(ctypes.c_char_p(data), ctypes.c_int(len(data)),
                                        ctypes.byref(buffer), ctypes.byref(starts),
                                        ctypes.byref(ends), ctypes.c_int(size))
    if n <= 0 or n > size:
        raise ValueError("sentence breaker failed")
    count = buffer.value.count(b"\n") + 1
    pairs = list(zip(starts[:count], ends[:count]))
    if len(data) == len(text):
        return [(a, b + 1) for a, b in pairs]
    return _to_characters(data, pairs)


def _to_characters(data: bytes, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """UTF-8 byte offsets (increasing) to character offsets, decoding each stretch of bytes
    once, so a long non-ASCII paragraph costs time linear in its length."""
    cuts = sorted({x for a, b in pairs for x in (a, b + 1)})
    chars: dict[int, int] = {}
    done = count = 0
    for cut in cuts:
        count += len(data[done:cut].decode("utf-8", "ignore"))
        chars[cut] = count
        done = cut
    return [(chars[a], chars[b + 1]) for a, b in pairs]


_LIB = blingfire.blingfire  # the loaded C library (with its built-in sentence model)


def boundaries(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in ``text``, whitespace-only pieces dropped.

    BlingFire cannot take an empty string or lone surrogates (which no decoded file contains
    but an API caller could pass); such text is returned as a single sentence rather than lost.
    """
    if not text.strip():
        return []
    try:
        offsets = _breaker_offsets(text)
    except (ValueError, UnicodeError):
        offsets = [(0, len(text))]
    out = []
    for a, b in offsets:
        piece = text[a:b]
        if piece.strip():
            a += len(piece) - len(piece.lstrip())
            b -= len(piece) - len(piece.rstrip())
            out.append((a, b))
    return out


def split(paragraph: Paragraph) -> Iterator[Sentence]:
    """Sentences of one paragraph, with exact offsets mapped back to lines and columns."""
    text = paragraph.text
    for a, b in boundaries(text):
        line_no, col = paragraph.locate(a)
        end_line, end_col = paragraph.locate(b - 1)
        yield Sentence(sentence_id(paragraph.article_id, line_no, col), paragraph.article_id,
                       line_no, col, end_line, end_col + 1, text[a:b].replace("\n", " "),
                       paragraph, a)
