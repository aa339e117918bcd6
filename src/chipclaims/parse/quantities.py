"""Numbers with their units: money, percentages, process nodes, memory, compute, bandwidth,
power, years and counts (the counted noun is the unit), including numbers written as words.

Units, currencies, number and scale words are data (``data/units.csv``,
``data/currencies.csv``, ``data/words.csv``). General-purpose
libraries misread this domain (quantulum3 takes "910C" for 910 coulombs), so the patterns are
our own, and numbers that belong to a name (Ascend 910C, H20, Kunpeng 920, GLM-4.5) are never
quantities: any candidate overlapping an entity span is dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..rules.measures import Currency, Unit
from ..rules.patterns import PatternSet
from ..rules.words import Words, prefix_alternation
from .names import Mention
from .spans import SpanIndex, non_overlapping

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Quantity:
    """One number found in a text (offsets into that text)."""

    start: int
    end: int
    surface: str
    value: float
    unit: str
    quantity_kind: str


def _number(text: str) -> float:
    return float(text.replace(",", ""))


@dataclass(frozen=True)
class QuantityFinder:
    """Patterns built once from the unit and currency tables and the word lists."""

    units: tuple[Unit, ...]
    currencies: tuple[Currency, ...]
    words: Words

    @cached_property
    def _numbers(self) -> tuple[dict[str, float], dict[str, float], frozenset[str],
                                dict[str, float], Modifiers]:
        """Number words, scale words, stop words, multiplier words, and the count modifiers
        with the partitive phrases."""
        partitive = self.words.alternation("count_partitive").replace(r"\ ", r"\s+")
        return (self.words.values("number_word"), self.words.values("scale_word"),
                frozenset(self.words.words("stop_word")),
                self.words.values("multiplier_word"),
                Modifiers(frozenset(self.words.words("count_modifier")),
                          re.compile(rf"\s+(?:{partitive})\s" if partitive else "(?!)",
                                     re.IGNORECASE)))

    @cached_property
    def _regexes(self) -> dict[str, re.Pattern[str]]:
        pre = "|".join(f"(?:{c.pattern})" for c in self.currencies if c.position == "prefix")
        post = "|".join(f"(?:{c.pattern})" for c in self.currencies if c.position == "suffix")
        units = "|".join(f"(?:{u.pattern})" for u in self.units)
        scale = r"(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b"
        # longest first, factored by prefix (both are matched caselessly only)
        word = prefix_alternation(list(dict.fromkeys(
            w.lower() for w in sorted(self._numbers[0], key=len, reverse=True))))
        multiplier = prefix_alternation(list(dict.fromkeys(
            w.lower() for w in sorted(self._numbers[3], key=len, reverse=True))))
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
                # "300+ watt": a lower bound written as a plus sign
                rf"(?<![\w.,$€£¥/-])(?P<num>{NUM})\+?(?:\s?(?P<scale>thousand|"
                rf"million|billion|trillion)\b)?"
                # "780 BF16 TFLOPS", "2,000 dense FP16 TFLOPS": the number format between
                r"(?:\s(?:dense|sparse))?(?:\s(?:MX)?(?:FP|BF|INT|TF)\d{1,2})?"
                rf"(?:\s|-)?(?P<unit>{units})"
                r"(?![\w/²])"
            ),
            "year": re.compile(
                r"(?<![\w.,$€£¥/-])(?P<num>(?:19[5-9]|20[0-4])\d)(?:s\b)?"
                r"(?![\w%]|[.,]\d)"
            ),
            "bare": re.compile(
                rf"(?<![\w.,$€£¥/-])(?P<num>{NUM})(?:[\s-](?P<scale>thousand|"
                rf"million|billion|trillion)\b)?(?![\w%]|[.,]\d)"
            ),
            "word": re.compile(
                rf"\b(?P<word>{word})\b(?:\s(?P<scale>thousand|million|"
                rf"billion|hundred|dozen)\b)?",
                re.IGNORECASE,
            ),
            "times": re.compile(
                rf"(?<![\w.,$€£¥/-])(?P<num>{NUM})\s?(?:x|×|times|-fold|fold)(?![\w])"
                rf"|\b(?P<wnum>{word})\s(?:times|-fold|fold)\b"
                rf"|\b(?P<mword>{multiplier})\b"
                rf"|(?<![\w.,$€£¥/-])(?P<lo>{NUM}|\b(?:{word}))(?=\s(?:to|or)\s(?:{NUM}|{word})"
                rf"\s?(?:x|×|times)\b)", re.IGNORECASE),
            "suffix": re.compile(
                r"(?<![\w.,$€£¥/-])(?P<num>\d+(?:\.\d+)?)(?P<suffix>[KMBT])(?![\w/])"),
        }

    @cached_property
    def _patterns(self) -> PatternSet:
        return PatternSet(self._regexes.values())

    @cached_property
    def _lookups(self) -> tuple[dict[tuple[str, str], str], dict[str, tuple[str, str, float]]]:
        """Currency and unit of each surface seen so far: a few dozen distinct surfaces
        recur thousands of times, and the tables are tried in order for each."""
        return {}, {}

    def _currency(self, position: str, surface: str) -> str:
        memo = self._lookups[0]
        key = (position, surface)
        if key not in memo:
            if len(memo) > MEMO_LIMIT:
                memo.clear()
            memo[key] = next((c.unit for c in self.currencies
                              if c.position == position
                              and re.fullmatch(c.pattern, surface.strip(), re.IGNORECASE)), "")
        return memo[key]

    def _unit(self, surface: str) -> tuple[str, str, float]:
        memo = self._lookups[1]
        if surface not in memo:
            if len(memo) > MEMO_LIMIT:
                memo.clear()
            memo[surface] = next(((u.unit, u.quantity_kind, u.factor) for u in self.units
                                  if re.fullmatch(u.pattern, surface)),
                                 (surface, "other", 1.0))
        return memo[surface]

    def find(self, text: str, entities: Sequence[Mention] = (),
             times: Sequence[tuple[int, int, str]] = ()) -> list[Quantity]:
        """Quantities in ``text``; ``entities`` spans are names, and ``times`` spans
        ``(start, end, time_kind)`` are time expressions, which own their numbers: durations
        and dates are times, not quantities; a year standing alone is both."""
        blocked = SpanIndex((m.start, m.end) for m in entities)
        in_time = SpanIndex((a, b) for a, b, _ in times)
        in_date = SpanIndex((a, b) for a, b, kind in times if kind != "year")
        by_start = {e.start: e for e in entities}
        by_end = sorted(entities, key=lambda e: e.end)  # for the name right before a number
        ends = [e.end for e in by_end]
        cands: list[tuple[int, Quantity]] = []
        rx = self._regexes
        numbers, scales, stop, multipliers, modifiers = self._numbers
        hits = self._patterns.scan(text)
        no_partitive = Modifiers(modifiers.words)
        for name, position in (("money_pre", "prefix"), ("money_post", "suffix")):
            for m in hits.finditer(rx[name], text):
                unit = self._currency(position, m.group("cur"))
                cands.append((0, _quantity(m, _number(m.group("num")), unit, "money", scales)))
        for m in hits.finditer(rx["unit"], text):
            unit, kind, factor = self._unit(m.group("unit"))
            cands.append((1, _quantity(m, _number(m.group("num")) * factor, unit, kind, scales)))
        for m in hits.finditer(rx["times"], text):
            num, wnum, lo = m.group("num"), m.group("wnum"), m.group("lo")
            value = (_number(num) if num else numbers[wnum.lower()] if wnum else
                     (_number(lo) if lo[0].isdigit() else numbers[lo.lower()]) if lo else
                     multipliers[m.group("mword").lower()])
            cands.append((1, Quantity(m.start(), m.end(), m.group(0), value, "times",
                                      "multiplier")))
        for m in hits.finditer(rx["suffix"], text):
            noun = counted_noun(text, m.end(), by_start, stop, modifiers)
            cands.append((1, Quantity(m.start(), m.end(), m.group(0),
                                      _number(m.group("num")) * SUFFIXES[m.group("suffix")],
                                      noun, "count")))
        for m in hits.finditer(rx["year"], text):
            if not in_date.contains(m.start()):
                cands.append((2, Quantity(m.start(), m.end(), m.group(0),
                                          _number(m.group("num")), "year", "year")))
        for name in ("bare", "word"):
            for m in hits.finditer(rx[name], text):
                if in_time.contains(m.start()):
                    continue
                if name == "bare" and (_cited(text, m.start(), m.end())
                                       or _model_number(text, m.start(), by_end, ends,
                                                        by_start)):
                    continue
                base = _number(m.group("num")) if name == "bare" else \
                    numbers[m.group("word").lower()]
                noun = counted_noun(text, m.end(), by_start, stop,
                                    modifiers if name == "bare" else no_partitive)
                if name == "word" and not noun:  # "one of the largest" counts nothing
                    continue
                cands.append((3, _quantity(m, base, noun, "count" if noun else "other", scales)))
        free = [(p, q) for p, q in cands if not blocked.overlaps(q.start, q.end)]
        return non_overlapping(free, lambda pq: (pq[0], -(pq[1].end - pq[1].start),
                                                 pq[1].start))


def _cited(text: str, start: int, end: int) -> bool:
    """A reference marker ("... for the first time [3].") or a list's enumerator ("(2)
    removes three entities", "; and (3) designates"), not a figure: a number of one or two
    digits alone in brackets, opening the text or a list item and followed by a word in lower
    case (not an age after a name: "Wally Liaw (71), a co-founder")."""
    if (text[start - 1:start], text[end:end + 1]) == ("[", "]"):
        return True
    return (text[start - 1:start], text[end:end + 1]) == ("(", ")") \
        and end - start <= ENUMERATOR_DIGITS \
        and _ENUMERATED.search(text, max(0, start - 1 - ENUMERATOR_LEAD), start - 1) \
        is not None and text[end + 1:end + 3].startswith(" ") and text[end + 2:end + 3].islower()


ENUMERATOR_DIGITS = 2  # "(12)" may number a list item; "(2025)" or "(384)" is a figure
_ENUMERATED = re.compile(r"(?:^|[;:,]|\band|\bor|\brule|\bwhich)\s*$")  # before an item
ENUMERATOR_LEAD = 12  # characters before an enumerator read for what opens it: bounded, linear
_SERIES_GAP = re.compile(r"\s*(?:/|&|\band\b|\bor\b)\s*")


_TRAILING_NUMBER = re.compile(r"(\d+)$")
# a model number has three digits or more ("Atlas 950 and 960", not "NVL72 and 36")
SERIES_DIGITS = 3
_SERIES_NEXT = re.compile(r"(\d+)[A-Za-z]*(?=\s+[A-Z]|\s*[.,;:!?)]|\s*$)")


def _model_number(text: str, start: int, by_end: Sequence[Mention], ends: Sequence[int],
                  by_start: dict[int, Mention]) -> bool:
    """The next member of a product series after a name ending in a number, as long as its
    number, before a name or at a clause's end ("the Atlas 950 and 960 SuperClusters"): a
    model number, not a figure ("the H100 and 200 others" counts). The names come sorted by
    their ends (``ends``) and by their starts, so a line with thousands stays linear."""
    k = bisect.bisect_right(ends, start) - 1
    before = by_end[k] if k >= 0 else None
    if before is None or _SERIES_GAP.fullmatch(text, before.end, start) is None:
        return False
    own = _TRAILING_NUMBER.search(before.surface)
    nxt = _SERIES_NEXT.match(text, start)
    if own is None or nxt is None or len(nxt.group(1)) != len(own.group(1)) \
            or len(own.group(1)) < SERIES_DIGITS:
        return False
    after = _SPACE.match(text, nxt.end()).end()
    return after not in by_start  # "and 500 H800 chips" counts H800s


MEMO_LIMIT = 4096  # distinct surfaces remembered; past it the memo starts again (bounded memory)
SUFFIXES = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def _quantity(m: re.Match[str], base: float, unit: str, kind: str,
              scales: dict[str, float]) -> Quantity:
    """A quantity from a match, with its scale word ("billion", "bn") applied."""
    scale = scales.get((m.groupdict().get("scale") or "").lower(), 1.0)
    return Quantity(m.start(), m.end(), m.group(0), base * scale, unit, kind)


_WORD = re.compile(r"\s*([A-Za-z][A-Za-z-]*)")
_SPACE = re.compile(r"\s*")


class Modifiers(NamedTuple):
    """What may stand between a number and the noun it counts."""

    words: frozenset[str] = frozenset()  # "three more chips"
    partitive: re.Pattern[str] = re.compile("(?!)")  # "67 of its affiliates"


NO_MODIFIERS = Modifiers()


PLURAL_ACRONYM = re.compile(r"[A-Z]{2,4}s")  # "NPUs", "GPUs": a counted noun, not a name


def counted_noun(text: str, pos: int, entities: dict[int, Mention],
                 stop: frozenset[str], modifiers: Modifiers = NO_MODIFIERS) -> str:
    """What a bare number counts: the last word of the lower-case run after it (stopping at
    function words), or the entity right after it ("2,048 H800s" counts H800; ``entities`` by
    start position). A hyphen joins
    the noun to the number ("four-die"); modifiers ("more", "other") and partitive phrases
    ("of its") are passed over ("three more Ascend models" counts models, "67 of its
    affiliates" affiliates)."""
    if text.startswith("-", pos):  # "a four-die model" counts dies, not models
        m = _WORD.match(text, pos + 1)
        return m.group(1).lower() if m else ""
    if (p := modifiers.partitive.match(text, pos)) is not None:
        pos = p.end() - 1
    while (m := _WORD.match(text, pos)) and m.group(1).lower() in modifiers.words:
        pos = m.end()
    entity = entities.get(_SPACE.match(text, pos).end())  # no copy of the rest: linear
    found = ""
    if entity is not None:
        pos = entity.end
        found = entity.canonical
    words: list[str] = []
    while len(words) < 3:
        m = _WORD.match(text, pos)
        if not m or m.group(1) in stop or not (
                m.group(1)[0].islower() or (not words and PLURAL_ACRONYM.fullmatch(m.group(1)))):
            break  # a lower-case run, or a plural acronym right after it ("8,192 NPUs")
        words.append(m.group(1))
        pos = m.end()
    return words[-1] if words else found
