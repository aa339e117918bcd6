"""Who a sentence attributes its claim to, and whether it hedges.

Attribution follows the ways news prose credits a source: "according to X", "X said / noted
/ announced …", "…, said X", and unnamed groups ("industry experts speculate", "analysts
say"). A named source is reported by its canonical entity name, so "Z.ai says" and "Zhipu
said" both credit Zhipu. Hedge cues (could, may, reportedly, speculate, suggests…) live in
``data/hedges.csv``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from .entities import Mention
from .gates import fold, gate_open, required_literals

SPEECH = (r"said|says|say|told|tells|noted|notes|added|adds|announced|announces|reported|"
          r"reports|claimed|claims|claim|stated|states|argued|argues|wrote|writes|estimated|"
          r"estimates|calls|called|believes|believe|speculated|speculates|speculate|expects|"
          r"expect|confirmed|confirms|explained|explains|revealed|reveals|disclosed|discloses|"
          r"warned|warns|insisted|insists|predicted|predicts|suggested|suggests|posted|tweeted")
GROUPS = (r"industry (?:experts|analysts|insiders|sources|observers|watchers)|analysts|experts|"
          r"sources|officials|insiders|observers|critics|researchers|people familiar with the "
          r"(?:matter|plans|situation)|people with knowledge of the matter|the company|"
          r"the government|executives|investors|engineers|reports|media reports")
_SOURCE_TYPES = ("org", "person")
_AFTER = re.compile(rf"\s*(?:also\s|has\s|had\s|have\s|later\s|previously\s|reportedly\s|"
                    rf"publicly\s)?(?:{SPEECH})\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?:the\s+|a\s+|an\s+)?(?P<rest>[^,;.]{1,80})")
_GROUP_SAYS = re.compile(rf"\b(?P<g>{GROUPS})\s+(?:also\s|have\s|had\s)?(?:{SPEECH})\b",
                         re.IGNORECASE)
_QUOTE_SAID = re.compile(rf"[,\"”]\s*(?:{SPEECH})\s+(?P<rest>.{{1,60}})")


@dataclass(frozen=True)
class HedgeRules:
    cues: tuple[re.Pattern[str], ...]

    @classmethod
    def load(cls, path: str | Path | None = None) -> HedgeRules:
        text = (resources.files("chipclaims") / "data" / "hedges.csv").read_text("utf-8") \
            if path is None else Path(path).read_text("utf-8")
        return cls(tuple(re.compile(r["cue"]) for r in csv.DictReader(text.splitlines())))

    @cached_property
    def _gates(self) -> tuple[tuple[str, ...] | None, ...]:
        return tuple(required_literals(rx) for rx in self.cues)

    def hedged(self, text: str) -> bool:
        folded = fold(text)
        return any(gate_open(gate, folded) and rx.search(text)
                   for rx, gate in zip(self.cues, self._gates))


def _first_source(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if start <= m.start < end and m.type in _SOURCE_TYPES),
                None)


def attribute(text: str, mentions: Sequence[Mention]) -> str:
    """The source a sentence credits (canonical name or group phrase), or '' if none.

    ``mentions`` are the entity mentions of this sentence, with offsets into ``text``.
    """
    m = _ACCORDING.search(text)
    if m:
        hit = _first_source(mentions, m.start("rest"), m.end("rest"))
        if hit:
            return hit.canonical
        g = re.match(rf"(?:{GROUPS})\b", m.group("rest"), re.IGNORECASE)
        if g:
            return g.group(0).lower()
        words = re.match(r"(?:[A-Z][\w'’&.-]*\s?){1,5}", m.group("rest"))
        if words:
            return words.group(0).strip()
    for mention in mentions:
        if mention.type in _SOURCE_TYPES and _AFTER.match(text, mention.end):
            return mention.canonical
    m = _QUOTE_SAID.search(text)
    if m:
        hit = _first_source(mentions, m.start("rest"), m.end("rest"))
        if hit:
            return hit.canonical
    m = _GROUP_SAYS.search(text)
    if m:
        return m.group("g").lower()
    return ""
