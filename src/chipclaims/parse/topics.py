"""Which storylines a sentence belongs to, from its entities and a keyword table.

A sentence's topics are the topics of the gazetteer entries it mentions (``topics`` column of
``gazetteer.csv``) plus those whose keyword pattern in ``data/topics.csv`` it matches; a
sentence with none is ``other``. Both tables are data a user extends.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..contract.vocabulary import TOPICS
from ..rules.cues import TopicRule
from ..rules.patterns import fold


@dataclass(frozen=True)
class TopicRules:
    rules: tuple[TopicRule, ...]

    def assign(self, text: str, entity_topics: Iterable[str] = ()) -> list[str]:
        """Topics of one sentence, in the fixed order of the topic vocabulary."""
        found = set(entity_topics)
        folded = fold(text)
        found |= {r.topic for r in self.rules
                  if r.topic not in found and r.pattern.search(text, folded)}
        found.discard("other")
        return [t for t in TOPICS if t in found] or ["other"]
