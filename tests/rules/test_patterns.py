"""Literal gates may skip a pattern only when it cannot match: checked on hand-made patterns,
on every packaged pattern over real and random text, and on the case-folding corner cases."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chipclaims.parse import ArticleParser
from chipclaims.rules import Rulebook
from chipclaims.rules.patterns import GatedPattern, fold, required_literals


def gate_open(literals, folded):
    return GatedPattern(re.compile(""), literals).may_match(folded)


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bAscend\s?\d{3}", 0, ("ascend",)),
    (r"\b(?:this week|last week)\b", re.IGNORECASE, ("last week", "this week")),
    (r"(?:early\s)?March", 0, ("march",)),  # an optional part gives no literal
    (r"[Aa]ccording to", 0, ("ccording to",)),  # a class ends the literal run
    (r"export[- ]controls?", re.IGNORECASE, ("control",)),  # the longer of two runs
    (r"(?:GLM)+-\d", 0, ("glm",)),  # a repeat of at least one keeps its literal
    (r"\d+(?:\.\d+)?", 0, None),  # nothing literal
    (r"(?:foo|\d+)", 0, None),  # one alternative without a literal: no gate
    (r"a|b", 0, None),  # single letters are not worth a gate
])
def test_required_literals(pattern, flags, expected):
    assert required_literals(re.compile(pattern, flags)) == expected


def test_folding_matches_re_ignorecase():
    """The four non-ASCII characters that ``re`` equates with ASCII letters under
    IGNORECASE (dotted and dotless I, long s, Kelvin sign) are found by the gate too."""
    for pattern, text in ((r"first", "F\u0130RST"), (r"first", "f\u0131rst"),
                          (r"post", "po\u017ft"), (r"kit", "\u212ait")):
        rx = re.compile(pattern, re.IGNORECASE)
        assert rx.search(text)
        assert gate_open(required_literals(rx), fold(text))


def _packaged_patterns() -> list[re.Pattern[str]]:
    book = Rulebook.load()
    ex = ArticleParser.from_rulebook(book)
    gated = [rx for _, rx in ex.times._absolute] + [rx for rx, *_ in ex.times._relative]
    gated += [p.pattern for p in book.entity_patterns]
    gated += [rx for *_, rx in ex.entities.context.rules]
    gated += [r.pattern for r in book.topics] + list(book.hedges)
    gated += list(ex.quantities._regexes.values()) + [r.pattern for r in book.boilerplate]
    return [g.regex for g in gated] + [f.value_pattern for f in book.facets]


PATTERNS = _packaged_patterns()


def test_gates_never_close_on_a_match_in_the_seeds(seeds_dir):
    lines = [ln for p in sorted(seeds_dir.iterdir())
             for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for rx in PATTERNS:
        gate = required_literals(rx)
        for line in lines:
            if rx.search(line):
                assert gate_open(gate, fold(line)), (rx.pattern, line)


WORDS = ["Ascend", "910C", "said", "according to", "May", "2025", "this week", "export",
         "controls", "Huawei", "H20", "CANN", "Inc", "University", "$", "1.5", "billion",
         "\u0130", "\u0131", "\u017f", "\u212a", "GLM-4.5", "Zhipu", "ago", "Monday"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=12))
def test_gates_never_close_on_a_match_in_random_text(parts):
    text = " ".join(parts)
    folded = fold(text)
    for rx in PATTERNS:
        if rx.search(text):
            assert gate_open(required_literals(rx), folded), (rx.pattern, text)
