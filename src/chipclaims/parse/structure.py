"""Boilerplate found from a page's structure rather than remembered strings.

The rules file catches debris by its wording; these detectors catch it by its shape, so that
they hold on pages the rules have never seen:

* ``structure-dateline`` (byline): a stand-alone publish or update line: dates, times and
  their labels ("Updated:", "Views:"), with at most a short outlet or section name or an
  author's role left over ("2025-08-07 Emerging Technologies editor").
* ``structure-role`` (byline): a short line made only of news roles and their modifiers
  ("Senior Technology Reporter"), or a short name ending in one ("Example Team"); a line of
  metadata segments ("March 9, 2026 · 7 min read · Source: Example", "Example | Updated:
  07-03-2023 23:40") counts as a date line.
* ``structure-role`` also takes a list of authors' names between separators.
* ``structure-tags`` (navigation): a row of four or more short tags between separators.
* ``structure-section`` (navigation): a short line of section or category words ("Breaking
  News Featured") before the article body begins or after it ends; inside the body such a
  line is a heading.
* ``structure-header`` (navigation, or other for a long line): anything left before the title
  when the page opens with site furniture ("About Example News", a site blurb).
* ``structure-tail`` (the reason of the heading that opens it): once the body has ended, a
  comments, related-stories or author heading makes every following short line part of that
  block (reader names, reply buttons, headlines of other stories).
* ``structure-repeat`` (the reason of the line it repeats): a debris line repeated on the
  next line (a caption printed twice).
* ``structure-headlines`` (related_links): four or more headline-like lines in a row right
  before the body (a ticker of other stories); the last of them is the article's title.

Zones follow jusText's idea of context: the body runs from the first to the last
paragraph-like line (a dozen words or more, ending like a sentence); short lines inside it
are headings, short lines outside it are furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..contract.vocabulary import TAIL_REASONS
from ..rules.words import Words
from .boilerplate import LineLabel, normalise

_MONTH = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
          r"april|june|july|august|september|october|november|december")
_WEEKDAY = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|" \
           r"friday|saturday|sunday"
_DATE_TOKEN = re.compile(
    rf"^(?:(?:{_MONTH}|{_WEEKDAY})\.?|\d{{1,4}}(?:[/.\-]\d{{1,4}}){{0,2}}(?:st|nd|rd|th)?|"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?|\d{1,2}(?:am|pm))$", re.IGNORECASE)
# A token that can only be part of a date or time: a month or weekday, a year, a numeric
# date, a clock time (a bare day number needs one of these beside it).
_STRONG_DATE = re.compile(
    rf"^(?:(?:{_MONTH}|{_WEEKDAY})\.?|(?:19|20)\d{{2}}|\d{{1,4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,4}}|"
    rf"(?:19|20)\d{{2}}[/.\-]\d{{1,2}}|"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?|\d{1,2}(?:am|pm))$", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s,;:()\[\]|•·–—-]+")
# a year glued to the name after it ("July 14, 2025Example Report"): a lost space
YEAR_GLUED = re.compile(r"\b((?:19|20)\d{2})(?=[A-Z][a-z])")
_SENTENCE_END = tuple(".!?\"”’)")
_SEGMENTS = re.compile(r"\s[·•|]\s|\s{3,}")
_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?:\s(?:[A-Z]\.|[A-Z][a-z'’-]+|[A-Z]['’][A-Z][a-z]+)){1,3}$")
_META = re.compile(r"(?i)^(\d+\s*(min|mins|minutes?)\s*(read|listen)|(source|via|from)\s*:?\s+\S"
                   r".{0,60}|(by|reviewed by|edited by)\s*[A-Z].{0,40})$")
# a bare outlet's or author's name of one to three capitalised words, or its site's domain, as
# one segment of a metadata line beside a date ("Reuters | Updated: …", "example.com | …")
_OUTLET = re.compile(r"[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,2}|[\w-]+(?:\.[\w-]+)+")
# a quarter or half of a year ("Q3", "H2"): a period a fact sheet gives, never a stamp
_QUARTER = re.compile(r"[QH][1-4]", re.IGNORECASE)
# "Release: 2026", "- Memory: 96 GB": the words before a row's colon (not a clock's)
_ROW_LABEL = re.compile(r"^\W*([A-Za-z][^:]*?)\s*:(?!\d{2})\s*\S")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# a line opening with its publishing label: what follows the date is the desk and outlet
_PUBLISHED_STAMP = re.compile(r"^\W*(?:first |originally )?(?:published|posted|updated)"
                              r"(?:\s+on)?\s*:?\s*\d", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^\W*[1-9](?:\.[1-9]\d?){1,3}\.?\s+[A-Z]")
# "2027: Ascend 960", "September 2025: Huawei Connect": an item of a timeline
_TIMELINE_ITEM = re.compile(rf"^\W*(?:(?:{_MONTH})\.?\s+)?(?:19|20)\d{{2}}\s*[:–—-]\s*[A-Za-z]",
                            re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-*•–]\s")
PARAGRAPH_WORDS = 12  # a line this long that ends like a sentence is article text
HEADLINE_RUN = 4  # this many headline-like lines in a row before the body list other stories
HEADLINE_WORDS = 16
SHORT = 6  # words: a line this short outside the body is furniture, inside it a heading


@dataclass(frozen=True)
class Structure:
    """The structural detectors, built from the word lists."""

    words: Words

    @cached_property
    def _lists(self) -> tuple[frozenset[str], ...]:
        w = self.words
        return tuple(frozenset(x.casefold() for x in w.words(name)) for name in
                     ("date_label", "author_role", "role_modifier", "section_label"))

    def dateline(self, text: str, listed: bool = False) -> bool:
        """Dates, times and their labels, plus at most a short name or role (``listed``: the
        line was a list item before its bullet was stripped)."""
        labels, roles, modifiers, _ = self._lists
        # a full stop closing the line ("Shenzhen, Wednesday, 26 February 2025.") is no part
        # of its last date token
        text = text.rstrip()
        text = text[:-1] if text.endswith(".") and text[-2:-1].isdigit() else text
        tokens = _TOKEN.findall(YEAR_GLUED.sub(r"\1 ", text))
        if not tokens or len(tokens) > 14:
            return False
        tokens = [t.replace(".", "") if t.casefold() in ("a.m.", "p.m.") else t for t in tokens]
        dated = [t for t in tokens if _DATE_TOKEN.match(t)]
        rest = [t for t in tokens if not _DATE_TOKEN.match(t)
                and t.casefold().rstrip(".") not in labels]
        if not dated:
            return not rest and len(tokens) <= 3 and text.rstrip().endswith(":")
        if _PUBLISHED_STAMP.match(text) and any(_STRONG_DATE.match(t) for t in dated) and \
                len(rest) <= 2 * SHORT and all(t[:1].isupper() or _DATE_TOKEN.match(t.rstrip("."))
                                               for t in rest if len(t) > 3):
            return True  # "Published: 17 January 2026. The Example Desk. The Example Online"
        if text.rstrip().endswith("|") and not any(_STRONG_DATE.match(t) for t in dated):
            return False  # "141 GB |": a table cell split over lines, not a date line
        if not rest:
            return True
        if not any(_STRONG_DATE.match(t) for t in dated) and any(
                len(t.strip(".")) >= 3 and t.strip(".").isdigit() for t in dated):
            return False  # "Atlas 950 SuperPod": a model number with names, no date
        if any(_QUARTER.fullmatch(t) for t in rest):
            return False  # "Launch: Q4 2025": a period in a fact sheet, not a stamp
        if _TIMELINE_ITEM.match(text):
            return False  # "2027: Ascend 960": an item of a timeline
        if _SECTION_NUMBER.match(text) and not any(
                _STRONG_DATE.match(t) and not _YEAR.fullmatch(t) for t in dated):
            return False  # "2.2 Architectural Innovations": a numbered section's heading
        label = _ROW_LABEL.match(text)
        if label and any(t.casefold().rstrip(".") not in labels | roles
                         and not _DATE_TOKEN.match(t) for t in _TOKEN.findall(label.group(1))):
            return False  # "Launch date: May 2026", "Ascend 960: 2027": a fact sheet's row
        if (listed or _BULLET.match(text)) and not any(_STRONG_DATE.match(t) for t in dated):
            return False  # "- 50 Nvidia H200 GPUs": a list item with a count
        named = len(rest) <= 4 and all(t[0].isupper() or t.casefold() in roles for t in rest)
        return named and not any(t.casefold() in modifiers - roles and not t[0].isupper()
                                 for t in rest)

    def role_line(self, text: str) -> bool:
        """News roles and their modifiers ("Senior Technology Reporter"), or a short name
        ending in a role ("Example Team")."""
        _, roles, modifiers, _ = self._lists
        raw = _TOKEN.findall(text)
        tokens = [t.casefold() for t in raw]
        if not 0 < len(tokens) <= SHORT or not any(t in roles for t in tokens):
            return False
        if all(t in roles or t in modifiers for t in tokens):
            return True
        return len(raw) <= 3 and tokens[-1] in roles and all(t[0].isupper() for t in raw)

    def meta_line(self, text: str) -> bool:
        """A line of metadata segments ("March 9, 2026 · 7 min read · Source: Example"):
        two or more, each a date line, a role line, a read time or a source credit."""
        parts = [p.strip() for p in _SEGMENTS.split(text) if p.strip()]
        dated = [self.dateline(p) for p in parts]
        return len(parts) >= 2 and all(
            d or self.role_line(p) or _META.match(p)
            or (any(dated) and _OUTLET.fullmatch(p))  # "Reuters | Updated: 07-03-2023 …"
            for p, d in zip(parts, dated))

    def name_list(self, text: str) -> bool:
        """Authors' names between separators ("Jane A. Doe | John Roe | Li Wei")."""
        parts = [p.strip() for p in _SEGMENTS.split(text) if p.strip()]
        return len(parts) >= 2 and all(_PERSON.match(p) for p in parts)

    def tag_line(self, text: str) -> bool:
        """A row of tags: four or more short segments between separators."""
        parts = [p.strip() for p in _SEGMENTS.split(text) if p.strip()]
        return len(parts) >= 4 and all(len(p.split()) <= 3 for p in parts)

    def lead_heading(self, text: str) -> bool:
        """A heading that opens a summary box above the body ("Key Takeaways")."""
        return text.casefold().rstrip(":") in self._lead_headings

    @cached_property
    def _lead_headings(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self.words.words("lead_heading"))

    def section_line(self, text: str) -> bool:
        *_, sections = self._lists
        tokens = [t.casefold() for t in _TOKEN.findall(text)]
        return 0 < len(tokens) <= 4 and all(t in sections for t in tokens)


def _strongly_dated(text: str) -> bool:
    """A token only a date or a time can be (a month, a year, a numeric date, a clock)."""
    return any(_STRONG_DATE.match(t) for t in _TOKEN.findall(YEAR_GLUED.sub(r"\1 ", text)))


def _named_in(text: str, running: set[str]) -> bool:
    """Every word of the line, a letter among them, is a word of the article's running text
    (``running``, as written): inside the body, a name with a number ("Hanguang 800") heads
    a section about it and is no date line (above the body it may be a photo's caption). A
    set of words keeps this linear in the article's length."""
    tokens = _TOKEN.findall(text)
    return any(c.isalpha() for c in text) and bool(tokens) and all(t in running
                                                                   for t in tokens)


def paragraph_like(text: str) -> bool:
    """A line of running text: a dozen words or more, ending like a sentence."""
    t = text.strip()
    return len(t.split()) >= PARAGRAPH_WORDS and t.endswith(_SENTENCE_END)


def body_span(lines: Sequence[str], labels: Sequence[LineLabel | None]) -> tuple[int, int]:
    """First and last index of paragraph-like lines not already set aside (-1, -1 if none)."""
    idx = [i for i, line in enumerate(lines) if labels[i] is None and paragraph_like(line)]
    return (idx[0], idx[-1]) if idx else (-1, -1)


def structure_labels(lines: Sequence[str], labels: list[LineLabel | None],
                     structure: Structure) -> list[LineLabel | None]:
    """Fill in boilerplate the structure shows; lines already labelled are kept."""
    out = list(labels)
    first, last = body_span(lines, out)
    running = {t for line in lines if paragraph_like(line) for t in _TOKEN.findall(line)}
    for i, line in enumerate(lines):
        if out[i] is not None:
            continue
        text = normalise(line)
        outside = first < 0 or i < first or i > last
        heading = not outside and _named_in(text, running) and not _strongly_dated(text)
        listed = _BULLET.match(line) is not None
        if (structure.dateline(text, listed) or structure.meta_line(text)) and not heading:
            out[i] = LineLabel("boilerplate", "byline", "structure-dateline")
        elif structure.tag_line(text):
            out[i] = LineLabel("boilerplate", "navigation", "structure-tags")
        elif structure.role_line(text) or structure.name_list(text):
            out[i] = LineLabel("boilerplate", "byline", "structure-role")
        elif outside and structure.section_line(text):
            out[i] = LineLabel("boilerplate", "navigation", "structure-section")
    _repeats(lines, out)
    nxt = _next_lines(lines)
    _by_neighbour(lines, out, nxt)
    _related_block(lines, out, nxt)
    _headline_run(lines, out, first)
    _tail(lines, out, last)
    return out


def _next_lines(lines: Sequence[str]) -> list[int | None]:
    """For every line, the index of the next non-blank line after it (one backward pass, so
    a long run of blank lines costs no more than its length)."""
    out: list[int | None] = [None] * len(lines)
    after = None
    for i in range(len(lines) - 1, -1, -1):
        out[i] = after
        if lines[i].strip():
            after = i
    return out


def _by_neighbour(lines: Sequence[str], out: list[LineLabel | None],
                  nxt: Sequence[int | None]) -> None:
    """A short line right above a photo credit is the photo's caption ("Huawei building" /
    "Credit: Huawei", "… / (Image: Example)"), unless it is the page's first line of text
    or, above the body, reads like a headline (the title, above a lead photo's credit); a
    bare name right above a stand-alone date line is the byline ("Jane van Doe" /
    "12 August 2020")."""
    opening = next((i for i, line in enumerate(lines) if out[i] is None and line.strip()),
                   None)
    first, last = body_span(lines, out)
    for i, line in enumerate(lines):
        if out[i] is not None or not line.strip():
            continue
        j = nxt[i]
        below = out[j] if j is not None else None
        if below is None or below.kind != "boilerplate":
            continue
        credit = below.reason == "image_credit" or (
            below.reason == "caption" and len(lines[j].split()) <= CREDIT_WORDS)
        headline = (i == opening or (i < first and len(line.split()) >= 4
                                     and not line.rstrip().endswith(".")))
        # running text inside the body is no caption, unless a photo's number opens it
        # ("3 Nvidia's chips are banned for sale to China." above "REUTERS")
        text_line = first < i <= last and paragraph_like(line) and not _GALLERY.match(line)
        if credit and not headline and not text_line and len(line.split()) <= CAPTION_WORDS:
            out[i] = LineLabel("boilerplate", "caption", "structure-caption")
        elif below.rule_id == "structure-dateline" and _BARE_NAME.fullmatch(line.strip()):
            out[i] = LineLabel("boilerplate", "byline", "structure-role")
    prev: int | None = None  # a dash and a name under a photo is its credit ("– Huawei")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        above = out[prev] if prev is not None else None
        if (out[i] is None and above is not None and above.kind == "boilerplate"
                and above.reason in ("caption", "image_credit")
                and _DASH_CREDIT.fullmatch(line.strip())):
            out[i] = LineLabel("boilerplate", "image_credit", "structure-credit")
        prev = i


def _related_block(lines: Sequence[str], out: list[LineLabel | None],
                   nxt: Sequence[int | None]) -> None:
    """A related-stories heading ("Most Read from Example", "Also see:") claims the lines
    after it that are not running text (the headlines it lists), wherever it stands; the
    line right above the first paragraph of the article is its title, where the block
    ends."""
    first, _ = body_span(lines, out)
    for i, line in enumerate(lines):
        label = out[i]
        if (label is None or label.reason != "related_links"
                or len(line.split()) > RELATED_HEADING_WORDS):
            continue
        j = nxt[i]
        while j is not None and out[j] is None and not paragraph_like(lines[j]):
            k = nxt[j]
            if k is not None and k == first:
                break
            out[j] = LineLabel("boilerplate", "related_links", "structure-related")
            j = k


HEADER_WORDS = 3  # between the title and the body, a line this short is furniture
_GALLERY = re.compile(r"[1-9] [A-Z]")  # a photo's number in a gallery caption
CAPTION_WORDS = 20  # a caption above a photo credit is at most this long
CREDIT_WORDS = 4  # a caption rule's line this short is a bare credit ("(Image: Example)")
RELATED_HEADING_WORDS = 6  # a related-stories heading is this short; longer is one story
_WORDS_ONLY = re.compile(r"[A-Z][A-Za-z'’-]*(?:\s[A-Za-z][A-Za-z'’-]*){0,2}")
_DASH_CREDIT = re.compile(r"[–—-]\s*[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}")
_BARE_NAME = re.compile(r"(?:[A-Z][\w'’.-]+\s(?:(?:van|von|de|der|da|di|le|la|bin|al)\s)?)"
                        r"{1,3}[A-Z][\w'’-]+")


def _headline_like(text: str) -> bool:
    t = text.strip()
    words = t.split()
    return (3 <= len(words) <= HEADLINE_WORDS and len(t) <= 120 and t[:1].isupper()
            and not t.endswith(_SENTENCE_END))


def _headline_run(lines: Sequence[str], out: list[LineLabel | None], first: int) -> None:
    """A run of :data:`HEADLINE_RUN` or more headline-like lines right before the body is a
    list of other stories (a ticker, "trending"); its last line is the article's title."""
    if first < 0:
        return
    run = []
    for i in range(first - 1, -1, -1):
        if not lines[i].strip():
            continue
        if out[i] is not None or not _headline_like(lines[i]):
            break
        run.append(i)
    if len(run) >= HEADLINE_RUN:
        for i in run[1:]:  # run[0] is the line nearest the body: the title
            out[i] = LineLabel("boilerplate", "related_links", "structure-headlines")


def _repeats(lines: Sequence[str], out: list[LineLabel | None]) -> None:
    prev = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if out[i] is None and prev is not None and out[prev] is not None \
                and out[prev].kind == "boilerplate" and line.strip() == lines[prev].strip():
            out[i] = LineLabel("boilerplate", out[prev].reason, "structure-repeat")
        prev = i


def _tail(lines: Sequence[str], out: list[LineLabel | None], last: int) -> None:
    """After the body: a tail heading claims the short lines that follow it. Without a body
    there is no telling the tail from the article, so nothing is claimed."""
    if last < 0:
        return
    reason = ""
    for i in range(last + 1, len(lines)):
        label, line = out[i], lines[i]
        if label is not None and label.kind == "boilerplate" and label.reason in TAIL_REASONS:
            reason = label.reason
            continue
        if reason and label is None and line.strip() and not paragraph_like(line):
            out[i] = LineLabel("boilerplate", reason, "structure-tail")


def _opens_a_box(lines: Sequence[str], i: int, title_at: int) -> bool:
    """Whether the summary heading at ``i`` is followed by its points: the next line above
    the title is a list item or a sentence, not another menu word."""
    nxt = next((j for j in range(i + 1, title_at) if lines[j].strip()), None)
    return nxt is not None and (bool(_BULLET.match(lines[nxt]))
                                or len(lines[nxt].split()) >= SHORT)


def header_labels(lines: Sequence[str], labels: list[LineLabel | None],
                  title_at: int, structure: Structure) -> None:
    """Lines left before the title are site furniture: navigation if short, else other.
    Between the title and the first paragraph, a line of one to three words that is no
    sentence is furniture too (an author's or outlet's name under an avatar, "Listen").
    A summary box above the title ("Key Takeaways:" and its points, on a page whose
    headline was lost) is the article's own text, not furniture."""
    box = next((i for i in range(title_at) if labels[i] is None
                and structure.lead_heading(normalise(lines[i]).lstrip("#").strip())
                and _opens_a_box(lines, i, title_at)), title_at)
    for i in range(box):
        if labels[i] is None and lines[i].strip():
            short = len(lines[i].split()) <= 2 * SHORT
            labels[i] = LineLabel("boilerplate", "navigation" if short else "other",
                                  "structure-header")
    if body_span(lines, labels)[0] < 0:
        return  # no running text: short lines may be the article's own headings
    nxt = _next_lines(lines)
    for i in range(title_at + 1, len(lines)):
        text = lines[i].strip()
        if labels[i] is not None or not text:
            continue
        if paragraph_like(text):
            return
        if len(text.split()) > HEADER_WORDS or not _WORDS_ONLY.fullmatch(text):
            continue
        j = nxt[i]
        head = lines[j].lstrip()[:1] if j is not None else ""
        runs_on = head.islower() or (head != "" and head in ",.;:’')")  # a split sentence
        if not runs_on and not structure.lead_heading(text):
            labels[i] = LineLabel("boilerplate", "byline", "structure-header")
