"""Who a sentence attributes its claim to, and whether it hedges.

Attribution follows the ways news prose credits a source: "according to X", "X said / noted
/ announced …", "…, said X", and unnamed groups ("industry experts speculate", "analysts
say"). A named source is reported by its canonical entity name, so "Z.ai says" and "Zhipu
said" both credit Zhipu. Hedge cues (could, may, reportedly, speculate, suggests…) live in
``data/hedges.csv``; the speech verbs and unnamed groups in ``data/words.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..contract.vocabulary import SOURCE_ENTITY_TYPES
from ..rules.patterns import PatternSet
from ..rules.words import Words
from .names import Mention


@dataclass(frozen=True)
class Voice:
    """Hedge cues and the attribution patterns, built from the rulebook's cues and words."""

    cues: tuple[re.Pattern[str], ...]
    words: Words

    @cached_property
    def _cue_set(self) -> PatternSet:
        return PatternSet(self.cues)

    def hedged(self, text: str) -> bool:
        hits = self._cue_set.scan(text)
        return any(hits.search(rx, text) for rx in self.cues)

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        speech = self.words.alternation("speech_verb")
        groups = self.words.alternation("source_group", caseless=True)  # matched caselessly
        return {
            "after": re.compile(rf"\s*(?:also\s|has\s|had\s|have\s|later\s|previously\s|"
                                rf"reportedly\s|publicly\s)?(?:{speech})\b"),
            "according": re.compile(r"\b[Aa]ccording to\s+(?:the\s+|a\s+|an\s+)?"
                                    r"(?P<rest>[^,;.]{1,80})"),
            "group_says": re.compile(rf"\b(?P<g>{groups})\s+(?:also\s|have\s|had\s)?"
                                     rf"(?:{speech})\b", re.IGNORECASE),
            "quote_said": re.compile(rf"[,\"”]\s*(?:{speech})\s+(?P<rest>.{{1,60}})"),
            "group": re.compile(rf"(?:{groups})\b", re.IGNORECASE),
        }

    def attribute(self, text: str, mentions: Sequence[Mention]) -> str:
        """The source a sentence credits (canonical name or group phrase), or '' if none.

        ``mentions`` are the entity mentions of this sentence, with offsets into ``text``.
        """
        rx = self._patterns
        m = rx["according"].search(text)
        if m:
            hit = _first_source(mentions, m.start("rest"), m.end("rest"))
            if hit:
                return hit.canonical
            g = rx["group"].match(m.group("rest"))
            if g:
                return g.group(0).lower()
            words = _CAPITALISED_RUN.match(m.group("rest"))
            if words:
                return words.group(0).strip()
        for mention in mentions:
            if mention.type in SOURCE_ENTITY_TYPES and rx["after"].match(text, mention.end):
                return mention.canonical
        m = rx["quote_said"].search(text)
        if m:
            hit = _first_source(mentions, m.start("rest"), m.end("rest"))
            if hit:
                return hit.canonical
        m = rx["group_says"].search(text)
        if m:
            return m.group("g").lower()
        return ""


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’&.-]*\s?){1,5}")


def _first_source(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if start <= m.start < end
                 and m.type in SOURCE_ENTITY_TYPES), None)
