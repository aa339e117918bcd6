"""Keyword patterns for topics (``data/topics.csv``) and hedge cues (``data/hedges.csv``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contract.vocabulary import TOPICS
from .loader import RuleFile, one_of, rows


@dataclass(frozen=True)
class TopicRule:
    topic: str
    pattern: re.Pattern[str]  # case-insensitive


def parse_topics(source: RuleFile) -> tuple[TopicRule, ...]:
    def build(r: dict[str, str]) -> TopicRule:
        return TopicRule(one_of(r["topic"], TOPICS, "topic"),
                         re.compile(r["pattern"], re.IGNORECASE))

    return tuple(rows(source, build))


def parse_hedges(source: RuleFile) -> tuple[re.Pattern[str], ...]:
    """Hedge cues, matched case-sensitively (so "may" is a modal and "May" a month)."""
    return tuple(rows(source, lambda r: re.compile(r["cue"])))
