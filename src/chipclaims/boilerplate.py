"""Which lines of a scraped article are content and which are debris, and why.

Per-line rules live in ``data/boilerplate_rules.csv`` (one reason per rule, each with a
hand-made example that the test-suite checks), so a user adds a rule for a new site's debris
without touching code. A few rules need the whole article and live here, each with its own
``rule_id``:

* ``repeated-title``: a later line identical to the title (scrapers often print it twice);
* ``byline-name``: a lone line that is exactly a name given in a ``By …`` byline;
* ``bio-name``: a line that starts with that name and goes on to describe the person.

A line is boilerplate only if a rule says so; everything else is content, so a missing rule
shows up as debris left in the content, never as content silently removed.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from .gates import fold, gate_open, required_literals
from .schema import BOILERPLATE_REASONS


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule: a regular expression and the reason it stands for."""

    rule_id: str
    reason: str
    match: str  # "full": the whole (normalised) line; "search": anywhere in it
    pattern: re.Pattern[str]
    max_chars: int
    example: str

    @cached_property
    def gate(self) -> tuple[str, ...] | None:
        """Strings one of which the line must contain for the pattern to match."""
        return required_literals(self.pattern)

    def matches(self, text: str, folded: str | None = None) -> bool:
        """Whether the (normalised) line matches; ``folded`` is ``gates.fold(text)``, passed
        when several rules are tried on one line."""
        if len(text) > self.max_chars:
            return False
        if not gate_open(self.gate, fold(text) if folded is None else folded):
            return False
        if self.match == "full":
            return self.pattern.fullmatch(text) is not None
        return self.pattern.search(text) is not None


@dataclass(frozen=True)
class LineLabel:
    """The classification of one line."""

    kind: str
    reason: str = ""
    rule_id: str = ""


class RulesError(ValueError):
    """The rules file is malformed; the message names the file, row and problem."""


DEFAULT_RULES = "boilerplate_rules.csv"


def load_rules(path: str | Path | None = None) -> tuple[Rule, ...]:
    """Load the boilerplate rules from ``path`` (default: the packaged rules file)."""
    if path is None:
        source = resources.files("chipclaims") / "data" / DEFAULT_RULES
        text, where = source.read_text(encoding="utf-8"), DEFAULT_RULES
    else:
        text, where = Path(path).read_text(encoding="utf-8"), str(path)
    rules = []
    for i, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            reason = row["reason"]
            if reason not in BOILERPLATE_REASONS:
                raise RulesError(f"unknown reason {reason!r}")
            if row["match"] not in ("full", "search"):
                raise RulesError(f"match must be 'full' or 'search', not {row['match']!r}")
            flags = re.IGNORECASE if "i" in (row.get("flags") or "") else 0
            rules.append(
                Rule(row["rule_id"], reason, row["match"], re.compile(row["pattern"], flags),
                     int(row["max_chars"]), row.get("example") or "")
            )
        except (KeyError, ValueError, re.error) as exc:
            raise RulesError(f"{where}: row {i}: {exc}") from None
    return tuple(rules)


_LEAD = re.compile(r"^[^\w©$€£¥(\[<]*?(?=[\w©$€£¥(\[<])")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪‣◦●○■□➤►→✓✔]|\d{1,3}[.)]|[a-z][.)])\s+\S")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_BYLINE_NAME = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Rr]eported by|[Aa]uthor:)\s+"
    r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
)
_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The line as rules see it: stripped, with leading bullets, emoji and markdown marks gone."""
    text = text.strip()
    stripped = _LEAD.sub("", text, count=1)
    return stripped or text


def _same(a: str, b: str) -> bool:
    return _WS.sub(" ", a).strip().casefold() == _WS.sub(" ", b).strip().casefold()


def is_table_row(text: str) -> bool:
    return bool(_TABLE_ROW.match(text)) and text.count("|") >= 2


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


def classify_lines(lines: Sequence[str], rules: Sequence[Rule]) -> list[LineLabel]:
    """Label every line: blank, boilerplate (with reason and rule) or a content kind."""
    labels: list[LineLabel | None] = [None] * len(lines)
    names: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            labels[i] = LineLabel("blank")
            continue
        if is_table_row(line):
            labels[i] = LineLabel("table_row")
            continue
        text = normalise(line)
        folded = fold(text)
        for rule in rules:
            if rule.matches(text, folded):
                labels[i] = LineLabel("boilerplate", rule.reason, rule.rule_id)
                if rule.reason == "byline":
                    m = _BYLINE_NAME.match(text)
                    if m:
                        names.append(m.group(1))
                break
    for i, line in enumerate(lines):
        if labels[i] is not None or not names:
            continue
        text = normalise(line)
        for name in names:
            if _same(text, name):
                labels[i] = LineLabel("boilerplate", "byline", "byline-name")
            elif text.startswith(name + " ") and len(text) <= 800 and \
                    text[len(name) + 1:len(name) + 2].islower():
                labels[i] = LineLabel("boilerplate", "author_bio", "bio-name")
    title_at = None
    for i, line in enumerate(lines):
        if labels[i] is None:
            if looks_like_title(line):
                title_at = i
                labels[i] = LineLabel("title")
            break
        if labels[i].kind not in ("blank", "boilerplate"):
            break
    for i, line in enumerate(lines):
        if labels[i] is not None:
            continue
        if title_at is not None and i > title_at and _same(line, lines[title_at]):
            labels[i] = LineLabel("boilerplate", "repeated_title", "repeated-title")
        elif _LIST_ITEM.match(line):
            labels[i] = LineLabel("list_item")
        elif looks_like_heading(line):
            labels[i] = LineLabel("heading")
        else:
            labels[i] = LineLabel("body")
    return [lab if lab is not None else LineLabel("body") for lab in labels]


def title_of(lines: Sequence[str], labels: Sequence[LineLabel]) -> str:
    """The article's title line (without markdown marks), or '' when none was detected."""
    for line, label in zip(lines, labels):
        if label.kind == "title":
            return line.strip().lstrip("#").strip()
    return ""
