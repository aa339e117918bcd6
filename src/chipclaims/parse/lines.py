"""What every line of an article is: blank, boilerplate (see :mod:`.boilerplate`), title,
heading, list item, markdown table row or body text.

Kinds are assigned after the boilerplate rules, since the title is the first line that is
neither blank nor debris (when it reads as a title), and a later copy of the title is
boilerplate (``repeated-title``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..rules.boilerplate import Rule
from .boilerplate import LineLabel, normalise, rule_labels, same_text
from .structure import (
    PARAGRAPH_WORDS,
    Structure,
    body_span,
    header_labels,
    paragraph_like,
    structure_labels,
)

# A list bullet: a symbol or a number with a full stop or bracket. Shared with the sentence
# splitter, which removes it from a list item's text.
BULLET = r"(?:[-*+•▪‣◦●○■□➤►→✓✔]|\d{1,3}[.)])"
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_LIST_ITEM = re.compile(rf"^\s*(?:{BULLET}|[a-z][.)])\s+\S")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")


def is_table_row(text: str) -> bool:
    return bool(_TABLE_ROW.match(text)) and text.count("|") >= 2


CELL_WORDS = 15  # a table cell longer than this is running text with a pipe in it
# a markdown table's separator row, with or without its outer pipes ("---|---|---|")
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def table_rows(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines that are rows of a markdown table: a row between outer pipes, or
    a table written without them ("Model | Parameters |"), known by its separator row of
    dashes: the header above it and the rows below with as many cells. Each line is looked
    at a bounded number of times, so a long page stays linear."""
    rows = {i for i, line in enumerate(lines) if is_table_row(line)}
    i = 0
    while i < len(lines):
        line = lines[i]
        if not _SEPARATOR_ROW.match(line) or i == 0:
            i += 1
            continue
        pipes = line.strip().strip("|").count("|")
        if lines[i - 1].strip().strip("|").count("|") < pipes:
            i += 1
            continue
        rows.update((i - 1, i))
        j = i + 1
        while j < len(lines) and lines[j].strip() and \
                lines[j].strip().strip("|").count("|") >= max(1, pipes - 1) and \
                max(len(c.split()) for c in lines[j].split("|")) <= CELL_WORDS:
            rows.add(j)
            j += 1
        i = j
    return rows


def looks_like_title(text: str) -> bool:
    """A title is short, has no sentence-final full stop, and is not a list item."""
    t = text.strip().lstrip("#").strip()
    return 0 < len(t) <= 200 and len(t.split()) <= 30 and not t.endswith((".", ",", ";", ":")) \
        and not _LIST_ITEM.match(text)


def looks_like_heading(text: str) -> bool:
    """A heading: a markdown heading, or a short line that does not end like a sentence."""
    if _MD_HEADING.match(text):
        return True
    t = text.strip()
    if not t or len(t) > 100 or len(t.split()) > 14:
        return False
    if t.endswith((".", ",", ";", ":", "…", "-", "–")):
        return False
    return t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘*"


TITLE_WORDS = 4  # a headline has at least this many words
TITLE_SEARCH = 8  # non-blank lines searched for a headline below the site's furniture


def find_title(lines: Sequence[str], labels: Sequence[LineLabel | None],
               lead_heading: Callable[[str], bool] | None = None) -> int | None:
    """Where the title is: the first line left if it reads as a title, else the first
    headline-like line (four words or more) among the next few lines before the body and
    above any long line of text (the lines above a title are furniture, and a long line is
    more likely a summary than a site's furniture)."""
    first, _ = body_span(lines, labels)
    open_lines = [i for i, lab in enumerate(labels) if lab is None]
    if not open_lines:
        return None
    head = open_lines[0]
    if looks_like_title(lines[head]) and len(lines[head].split()) >= TITLE_WORDS:
        return head
    for i in open_lines[:TITLE_SEARCH]:
        if first >= 0 and i >= first:
            break
        if looks_like_title(lines[i]) and len(lines[i].split()) >= TITLE_WORDS:
            return i
        if len(lines[i].split()) >= 2 * PARAGRAPH_WORDS:
            break  # a long text line (a summary's bullet): no title below it
    # a lone word ("Overview", a section's name) is no headline, nor a summary box's heading
    # ("Key Points" above the bullets of a page that lost its headline)
    if lead_heading is not None and lead_heading(lines[head].strip().lstrip("#").strip()):
        return None
    return head if looks_like_title(lines[head]) and len(lines[head].split()) > 1 else None


def classify_lines(lines: Sequence[str], rules: Sequence[Rule],
                   structure: Structure | None = None) -> list[LineLabel]:
    """Label every line: blank, boilerplate (with reason and rule) or a content kind.

    Rules come first, then (with ``structure``) the structural detectors of
    :mod:`.structure`, then the title and the kinds of the remaining lines."""
    in_table = table_rows(lines)
    fixed: list[LineLabel | None] = [
        LineLabel("blank") if not line.strip() else
        LineLabel("table_row") if i in in_table else None for i, line in enumerate(lines)]
    labels = rule_labels(lines, rules, [f is not None for f in fixed])
    labels = [f if f is not None else lab for f, lab in zip(fixed, labels)]
    if structure is not None:
        labels = structure_labels(lines, labels, structure)
    title_at = _repeated_opening(lines, labels)
    if title_at is None:
        title_at = find_title(lines, labels,
                              structure.lead_heading if structure is not None else None)
    if title_at is not None:
        labels[title_at] = LineLabel("title")
        for i in range(title_at):
            if labels[i] is None and trail_of(lines[i], lines[title_at]):
                labels[i] = LineLabel("boilerplate", "navigation", "trail-and-title")
        if structure is not None:
            header_labels(lines, labels, title_at, structure)
    for i, line in enumerate(lines):
        if labels[i] is not None:
            continue
        if title_at is not None and i > title_at and same_text(line, lines[title_at]):
            labels[i] = LineLabel("boilerplate", "repeated_title", "repeated-title")
        elif _LIST_ITEM.match(line):
            labels[i] = LineLabel("list_item")
        elif looks_like_heading(line):
            labels[i] = LineLabel("heading")
        else:
            labels[i] = LineLabel("body")
    _repeated_header_lines(lines, labels)
    return [lab if lab is not None else LineLabel("body") for lab in labels]


REPEAT_REACH = 15  # lines after the first line of text searched for its repeat
TRAIL_WORDS = 6  # words a breadcrumb trail or a kicker may add before a headline


def trail_of(line: str, title: str) -> bool:
    """Whether ``line`` is a short trail of section names (or a kicker) run into the
    headline ``title`` that the page prints again on its own: "Home Technology Artificial
    Intelligence DeepSeek-V4 is adapted ..." above "DeepSeek-V4 is adapted ..."."""
    a, b = normalise(line), normalise(title)
    extra = len(a.split()) - len(b.split())
    return (len(b.split()) >= TITLE_WORDS and 0 < extra <= TRAIL_WORDS
            and a.endswith(" " + b))


def _repeated_opening(lines: Sequence[str], labels: Sequence[LineLabel | None]) -> int | None:
    """A line above the body that a later line near it repeats word for word before any
    running text (a headline the page prints again above the body, after the byline and the
    photo): that line is the title, and its repeat is debris. The first line of text
    qualifies whatever its length; a later one (below a section name or a site's name) must
    read as a headline of :data:`TITLE_WORDS` words or more, so that an author's name
    printed twice stays a byline."""
    opening = [i for i, lab in enumerate(labels[:REPEAT_REACH * 4])
               if lab is None and lines[i].strip()][:TITLE_SEARCH]
    for n, first in enumerate(opening):
        if n and paragraph_like(lines[first]):
            return None  # the body began (the first line may be a deck printed again)
        if n and not (looks_like_title(lines[first])
                      and len(lines[first].split()) >= TITLE_WORDS):
            continue
        for j in range(first + 1, min(len(lines), first + 1 + REPEAT_REACH)):
            if labels[j] is None and lines[j].strip():
                if same_text(lines[j], lines[first]):
                    return first
                if trail_of(lines[first], lines[j]):
                    return j  # "Home Technology AI <headline>", then the headline alone
                if paragraph_like(lines[j]):
                    break  # the body began: this line was not printed again
    return None


def _repeated_header_lines(lines: Sequence[str], labels: list[LineLabel | None]) -> None:
    """A short line printed twice in a row above the article's body (an author's name under
    an avatar and again beside it) is page furniture, not a heading: both become bylines."""
    previous = None
    for i, line in enumerate(lines):
        label = labels[i]
        if label is None or label.kind == "blank":
            continue
        if label.kind == "body":
            return
        if (label.kind == "heading" and previous is not None
                and labels[previous].kind == "heading" and same_text(line, lines[previous])):
            for k in (previous, i):
                labels[k] = LineLabel("boilerplate", "byline", "repeated-header-line")
        previous = i


_TEMPLATE_TAG = re.compile(r"\{\{[^{}]{0,80}\}\}|\{%[^{}]{0,80}%\}")  # "{{^adFree}}"


_EMPHASIS = re.compile(r"^([*_]{1,3})(?=\S)(.+?)(?<=\S)\1$")  # "**A headline**"


def title_of(lines: Sequence[str], labels: Sequence[LineLabel]) -> str:
    """The article's title line (without markdown marks, heading or emphasis, nor the tags
    of a page template left by the scraper, "{{^adFree}} {{/adFree}}"), or '' when none was
    detected."""
    for line, label in zip(lines, labels):
        if label.kind == "title":
            title = " ".join(_TEMPLATE_TAG.sub(" ", line).split()).lstrip("#").strip()
            return _EMPHASIS.sub(r"\2", title)
    return ""
