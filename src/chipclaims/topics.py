"""Which storylines a sentence belongs to, from its entities and a keyword table.

A sentence's topics are the topics of the gazetteer entries it mentions (``topics`` column of
``gazetteer.csv``) plus those whose keyword pattern in ``data/topics.csv`` it matches; a
sentence with none is ``other``. Both tables are data a user extends.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from .gates import fold, gate_open, required_literals
from .schema import TOPICS


@dataclass(frozen=True)
class TopicRules:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def load(cls, path: str | Path | None = None) -> TopicRules:
        text = (resources.files("chipclaims") / "data" / "topics.csv").read_text("utf-8") \
            if path is None else Path(path).read_text("utf-8")
        rows = []
        for i, r in enumerate(csv.DictReader(text.splitlines()), start=2):
            if r["topic"] not in TOPICS:
                raise ValueError(f"{path or 'topics.csv'}: row {i}: unknown topic {r['topic']!r}")
            rows.append((r["topic"], re.compile(r["pattern"], re.IGNORECASE)))
        return cls(tuple(rows))

    @cached_property
    def _gates(self) -> tuple[tuple[str, ...] | None, ...]:
        return tuple(required_literals(rx) for _, rx in self.patterns)

    def assign(self, text: str, entity_topics: Iterable[str] = ()) -> list[str]:
        """Topics of one sentence, in the fixed order of :data:`schema.TOPICS`."""
        found = set(entity_topics)
        folded = fold(text)
        found |= {t for (t, rx), gate in zip(self.patterns, self._gates)
                  if t not in found and gate_open(gate, folded) and rx.search(text)}
        found.discard("other")
        return [t for t in TOPICS if t in found] or ["other"]
