"""Which lines of a scraped article are debris, and why.

Per-line rules live in ``data/boilerplate_rules.csv`` (see :mod:`chipclaims.rules.boilerplate`),
so a user adds a rule for a new site's debris without touching code. Two rules need the
whole article and live here, each with its own ``rule_id``:

* ``byline-name``: a lone line that is exactly a name given in a ``By …`` byline;
* ``bio-name``: a line that starts with that name and goes on to describe the person.

(``repeated-title``, a later line identical to the title, needs the title and is applied
where line kinds are assigned, in :mod:`.lines`.) A line is boilerplate only if a rule says
so; a missing rule shows up as debris left in the content, never as content removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..rules.boilerplate import Rule
from ..rules.patterns import pattern_set

_LEAD = re.compile(r"^[^\w©$€£¥(\[<]*?(?=[\w©$€£¥(\[<])")
_BYLINE_NAME = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Rr]eported by|[Aa]uthor:)\s+"
    r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
)
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class LineLabel:
    """The classification of one line: its kind, and for boilerplate the reason and rule."""

    kind: str
    reason: str = ""
    rule_id: str = ""


def normalise(text: str) -> str:
    """The line as rules see it: stripped, with leading bullets, emoji and markdown marks gone."""
    text = text.strip()
    stripped = _LEAD.sub("", text, count=1)
    return stripped or text


def same_text(a: str, b: str) -> bool:
    """Equal up to case and runs of white space."""
    return _WS.sub(" ", a).strip().casefold() == _WS.sub(" ", b).strip().casefold()


def rule_labels(lines: Sequence[str], rules: Sequence[Rule],
                skip: Sequence[bool]) -> list[LineLabel | None]:
    """Boilerplate labels from the rules and the byline-name rules; ``None`` for lines no
    rule claims. Lines where ``skip`` is true (blank lines, table rows) are never tried."""
    labels: list[LineLabel | None] = [None] * len(lines)
    names: list[str] = []
    scan = pattern_set(tuple(rule.pattern for rule in rules))
    for i, line in enumerate(lines):
        if skip[i]:
            continue
        text = normalise(line)
        for k in scan.scan(text).positions():
            rule = rules[k]
            if rule.matches(text):
                labels[i] = LineLabel("boilerplate", rule.reason, rule.rule_id)
                if rule.reason == "byline":
                    m = _BYLINE_NAME.match(text)
                    if m:
                        names.append(m.group(1))
                break
    if not names:
        return labels
    for i, line in enumerate(lines):
        if labels[i] is not None or skip[i]:
            continue
        text = normalise(line)
        for name in names:
            if same_text(text, name):
                labels[i] = LineLabel("boilerplate", "byline", "byline-name")
            elif text.startswith(name + " ") and len(text) <= 800 and \
                    text[len(name) + 1:len(name) + 2].islower():
                labels[i] = LineLabel("boilerplate", "author_bio", "bio-name")
    return labels
