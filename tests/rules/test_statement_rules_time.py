"""Every statement rule (actions, metrics, comparisons and qualifiers) stays fast on the
debris scraped pages are made of: runs of dots, dashes and apostrophes after the words the
rules start from. A pattern whose separator and word classes share characters splits such a
run in exponentially many ways ("imposed" followed by a dotted leader took 36 s at 30 dots),
so each pattern is timed here on runs of two dozen characters, where such a pattern
already takes seconds."""

from __future__ import annotations

import time

import pytest

from chipclaims.rules import Rulebook

STARTS = ("imposed", "tightened", "sales", "exports", "announced", "allowed", "licence",
          "the", "designed", "meets", "fee", "25%", "H20", "chips")
RUNS = ("." * 24, "-" * 24, "'" * 24, ".-'’" * 6, " ." * 24, "...- " * 6)


@pytest.fixture(scope="module")
def patterns():
    rules = Rulebook.load().statements
    named = [(c.name, c.pattern) for c in (*rules.actions, *rules.metrics, *rules.ratios)]
    return named + sorted(rules.qualifiers.items())


def test_no_statement_rule_backtracks_on_punctuation_runs(patterns):
    slow = []
    for name, rx in patterns:
        t0 = time.perf_counter()
        for start in STARTS:
            for run in RUNS:
                text = f"{start} {run}; {start} {run} x"
                rx.search(text)
                rx.search(text, 0, len(text) - 2)
        spent = time.perf_counter() - t0
        if spent > 0.5:
            slow.append((name, round(spent, 2)))
    assert not slow, slow
