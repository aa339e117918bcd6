"""Which storylines a sentence belongs to, from its entities and a keyword table.

A sentence's topics are the topics of the gazetteer entries it mentions (``topics`` column of
``gazetteer.csv``) plus those whose keyword pattern in ``data/topics.csv`` it matches; a
sentence with none is ``other``. Both tables are data a user extends. An article's topics are
the union of its sentences' named topics, plus ``other`` when at least half of its sentences
belong to no named topic (a large part of it is about something else).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from ..contract.vocabulary import TOPICS
from ..rules.cues import TopicRule
from ..rules.patterns import PatternSet


@dataclass(frozen=True)
class TopicRules:
    rules: tuple[TopicRule, ...]

    @cached_property
    def _patterns(self) -> PatternSet:
        return PatternSet(r.pattern for r in self.rules)

    def assign(self, text: str, entity_topics: Iterable[str] = ()) -> list[str]:
        """Topics of one sentence, in the fixed order of the topic vocabulary."""
        found = set(entity_topics)
        hits = self._patterns.scan(text)
        found |= {r.topic for r in self.rules
                  if r.topic not in found and hits.search(r.pattern, text)}
        found.discard("other")
        return [t for t in TOPICS if t in found] or ["other"]


OTHER_SHARE = 0.5  # share of an article's sentences in no named topic that makes it "other"


def article_topics(sentence_topics: Iterable[str]) -> str:
    """An article's topics (semicolon-separated, vocabulary order) from its sentences'."""
    per = [set(t.split(";")) for t in sentence_topics]
    named = set().union(*per) - {"other"} if per else set()
    if per and sum(s == {"other"} for s in per) >= OTHER_SHARE * len(per):
        named.add("other")
    return ";".join(t for t in TOPICS if t in named)
