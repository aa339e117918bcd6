"""Numbers with their units: money, percentages, process nodes, memory, compute, bandwidth,
power, years and counts (the counted noun is the unit), including numbers written as words.

Units and currencies are data (``data/units.csv``, ``data/currencies.csv``). General-purpose
libraries misread this domain (quantulum3 takes "910C" for 910 coulombs), so the patterns are
our own, and numbers that belong to a name (Ascend 910C, H20, Kunpeng 920, GLM-4.5) are never
quantities: any candidate overlapping an entity span is dropped.
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
from .spans import non_overlapping

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a thousand": 1000,
}
_STOP = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "and",
        "or",
        "from",
        "by",
        "that",
        "which",
        "who",
        "than",
        "as",
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "be",
        "been",
        "its",
        "their",
        "this",
        "these",
        "those",
        "such",
        "per",
        "each",
        "more",
        "less",
        "about",
        "around",
        "over",
        "under",
        "into",
    ]
)


@dataclass(frozen=True)
class Quantity:
    """One number found in a text (offsets into that text)."""

    start: int
    end: int
    surface: str
    value: float
    unit: str
    kind: str


def _number(text: str) -> float:
    return float(text.replace(",", ""))


@dataclass(frozen=True)
class QuantityFinder:
    """Patterns built once from the unit and currency tables."""

    units: tuple[tuple[str, str, str, float], ...]  # pattern, unit, kind, factor
    currencies: tuple[tuple[str, str, str], ...]  # position, pattern, unit

    @classmethod
    def load(
        cls, units: str | Path | None = None, currencies: str | Path | None = None
    ) -> QuantityFinder:
        def rows(name: str, path: str | Path | None) -> list[dict[str, str]]:
            text = (
                (resources.files("chipclaims") / "data" / name).read_text("utf-8")
                if path is None
                else Path(path).read_text("utf-8")
            )
            return list(csv.DictReader(text.splitlines()))

        u = tuple(
            (r["pattern"], r["unit"], r["kind"], float(r["factor"]))
            for r in rows("units.csv", units)
        )
        c = tuple(
            (r["position"], r["pattern"], r["unit"]) for r in rows("currencies.csv", currencies)
        )
        return cls(u, c)

    @cached_property
    def _regexes(self) -> dict[str, re.Pattern[str]]:
        pre = "|".join(f"(?:{p})" for pos, p, _ in self.currencies if pos == "prefix")
        post = "|".join(f"(?:{p})" for pos, p, _ in self.currencies if pos == "suffix")
        units = "|".join(f"(?:{p})" for p, *_ in self.units)
        scale = r"(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b"
        word = "|".join(sorted(WORDS, key=len, reverse=True))
        return {
            "money_pre": re.compile(
                rf"(?<![\w$€£¥])(?P<cur>{pre})\s?(?P<num>{NUM})"
                rf"(?:\s?{scale})?",
                re.IGNORECASE,
            ),
            "money_post": re.compile(
                rf"(?<![\w.,])(?P<num>{NUM})\s?(?:{scale}\s?)?"
                rf"(?P<cur>{post})\b"
            ),
            "unit": re.compile(
                rf"(?<![\w.,$€£¥/-])(?P<num>{NUM})(?:\s?(?P<scale>thousand|"
                rf"million|billion|trillion)\b)?(?:\s|-)?(?P<unit>{units})"
                r"(?![\w/²])"
            ),
            "year": re.compile(
                r"(?<![\w.,$€£¥/-])(?P<num>(?:19[5-9]|20[0-4])\d)(?:s\b)?"
                r"(?![\w%]|[.,]\d)"
            ),
            "bare": re.compile(
                rf"(?<![\w.,$€£¥/-])(?P<num>{NUM})(?:\s(?P<scale>thousand|"
                rf"million|billion|trillion)\b)?(?![\w%]|[.,]\d)"
            ),
            "word": re.compile(
                rf"\b(?P<word>{word})\b(?:\s(?P<scale>thousand|million|"
                rf"billion)\b)?",
                re.IGNORECASE,
            ),
        }

    @cached_property
    def _gates(self) -> dict[str, tuple[str, ...] | None]:
        return {name: required_literals(rx) for name, rx in self._regexes.items()}

    def _currency(self, position: str, surface: str) -> str:
        for pos, pattern, unit in self.currencies:
            if pos == position and re.fullmatch(pattern, surface.strip(), re.IGNORECASE):
                return unit
        return ""

    def _unit(self, surface: str) -> tuple[str, str, float]:
        for pattern, unit, kind, factor in self.units:
            if re.fullmatch(pattern, surface):
                return unit, kind, factor
        return surface, "other", 1.0

    def find(
        self, text: str, entities: Sequence[Mention] = (), skip: Sequence[tuple[int, int]] = ()
    ) -> list[Quantity]:
        """Quantities in ``text``; ``entities`` spans are names, ``skip`` spans (dates) are
        left to the time expressions, except for the year they contain."""
        blocked = [(m.start, m.end) for m in entities]
        cands: list[tuple[int, Quantity]] = []
        rx = self._regexes
        folded = fold(text)
        gates = self._gates
        for name, position in (("money_pre", "prefix"), ("money_post", "suffix")):
            if not gate_open(gates[name], folded):
                continue
            for m in rx[name].finditer(text):
                unit = self._currency(position, m.group("cur"))
                cands.append((0, _quantity(m, _number(m.group("num")), unit, "money")))
        for m in rx["unit"].finditer(text):
            unit, kind, factor = self._unit(m.group("unit"))
            cands.append((1, _quantity(m, _number(m.group("num")) * factor, unit, kind)))
        for m in rx["year"].finditer(text) if gate_open(gates["year"], folded) else ():
            cands.append((2, Quantity(m.start(), m.end(), m.group(0), _number(m.group("num")),
                                      "year", "year")))
        for name in ("bare", "word"):
            if not gate_open(gates[name], folded):
                continue
            for m in rx[name].finditer(text):
                if any(a <= m.start() < b for a, b in skip):
                    continue
                base = _number(m.group("num")) if name == "bare" else \
                    float(WORDS[m.group("word").lower()])
                noun = counted_noun(text, m.end(), entities)
                if name == "word" and not noun:
                    continue
                cands.append((3, _quantity(m, base, noun, "count" if noun else "other")))
        free = [(p, q) for p, q in cands
                if not any(a < q.end and q.start < b for a, b in blocked)]
        return non_overlapping(free, lambda pq: (pq[0], -(pq[1].end - pq[1].start),
                                                 pq[1].start))


def _quantity(m: re.Match[str], base: float, unit: str, kind: str) -> Quantity:
    """A quantity from a match, with its scale word ("billion", "bn") applied."""
    scale = SCALES.get((m.groupdict().get("scale") or "").lower(), 1.0)
    return Quantity(m.start(), m.end(), m.group(0), base * scale, unit, kind)


_WORD = re.compile(r"\s*([A-Za-z][A-Za-z-]*)")


def counted_noun(text: str, pos: int, entities: Sequence[Mention]) -> str:
    """What a bare number counts: the last word of the lower-case run after it (stopping at
    function words), or the entity right after it ("2,048 H800s" counts H800)."""
    rest = text[pos:]
    stripped = len(rest) - len(rest.lstrip())
    entity = next((e for e in entities if e.start == pos + stripped), None)
    found = ""
    if entity is not None:
        pos = entity.end
        found = entity.canonical
    words: list[str] = []
    while len(words) < 3:
        m = _WORD.match(text, pos)
        if not m or not m.group(1)[0].islower() or m.group(1) in _STOP:
            break
        words.append(m.group(1))
        pos = m.end()
    return words[-1] if words else found
