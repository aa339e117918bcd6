"""Names the parser knows (``data/gazetteer.csv``) and the patterns for product names it
does not (``data/entity_patterns.csv``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contract.vocabulary import ENTITY_TYPES, TOPICS
from .loader import RuleFile, one_of, rows, split


@dataclass(frozen=True)
class Entry:
    """A gazetteer row: one real-world thing, its aliases, topics and known misspellings."""

    canonical: str
    type: str
    aliases: tuple[str, ...]
    case_sensitive: bool
    topics: tuple[str, ...]
    misspellings: tuple[str, ...]
    translations: tuple[str, ...] = ()  # literal renderings of a Chinese name ("Sheng Teng")


@dataclass(frozen=True)
class EntityPattern:
    """A pattern for a family of product names (``canonical`` is a format string over the
    match and its named groups)."""

    pattern_id: str
    type: str
    canonical: str
    pattern: re.Pattern[str]
    example: str


def parse_gazetteer(source: RuleFile) -> tuple[Entry, ...]:
    def build(r: dict[str, str]) -> Entry:
        if not r.get("canonical"):
            raise ValueError("empty canonical name")
        return Entry(r["canonical"], one_of(r.get("type") or "", ENTITY_TYPES, "type"),
                     split(r.get("aliases"), "|") or (r["canonical"],), r.get("case") != "i",
                     tuple(one_of(t, TOPICS, "topic") for t in split(r.get("topics"), "|")),
                     split(r.get("misspellings"), "|"), split(r.get("translations"), "|"))

    return tuple(rows(source, build))


def parse_entity_patterns(source: RuleFile) -> tuple[EntityPattern, ...]:
    def build(r: dict[str, str]) -> EntityPattern:
        return EntityPattern(r["pattern_id"], one_of(r["type"], ENTITY_TYPES, "type"),
                             r["canonical"], re.compile(r["pattern"]),
                             r.get("example") or "")

    return tuple(rows(source, build))
