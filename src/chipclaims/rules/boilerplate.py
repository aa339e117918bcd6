"""Boilerplate rules (``data/boilerplate_rules.csv``): one regular expression per kind of
scraped debris, each with the reason it stands for and a hand-made example the tests run."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contract.vocabulary import BOILERPLATE_REASONS
from .loader import RuleFile, one_of, rows

MATCH_MODES = ("full", "search")  # the whole (normalised) line, or anywhere in it


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule: a regular expression and the reason it stands for."""

    rule_id: str
    reason: str
    match: str
    pattern: re.Pattern[str]
    max_chars: int
    example: str

    def matches(self, text: str) -> bool:
        """Whether the normalised line ``text`` matches."""
        if len(text) > self.max_chars:
            return False
        if self.match == "full":
            return self.pattern.fullmatch(text) is not None
        return self.pattern.search(text) is not None


def parse_boilerplate(source: RuleFile) -> tuple[Rule, ...]:
    def build(r: dict[str, str]) -> Rule:
        flags = re.IGNORECASE if "i" in (r.get("flags") or "") else 0
        return Rule(r["rule_id"], one_of(r["reason"], BOILERPLATE_REASONS, "reason"),
                    one_of(r["match"], MATCH_MODES, "match mode"),
                    re.compile(r["pattern"], flags), int(r["max_chars"]),
                    r.get("example") or "")

    return tuple(rows(source, build))
