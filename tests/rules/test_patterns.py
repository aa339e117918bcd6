"""A pattern set may skip a pattern only when it cannot match: checked on hand-made patterns,
on every packaged pattern over real and random text, and on the case-folding corner cases."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chipclaims.parse import ArticleParser
from chipclaims.rules import PatternSet, Rulebook
from chipclaims.rules.patterns import translate


def may_match(rx: re.Pattern[str], text: str) -> bool:
    return PatternSet([rx]).scan(text).may(rx)


@pytest.mark.parametrize(("pattern", "flags", "text"), [
    (r"\bAscend\s?\d{3}", 0, "Ascend 910"),
    (r"(?<![\w.-])H20(?![\w$])", 0, "the H20 chip"),  # look-arounds in prefilter mode
    (r"(\w)\1", 0, "aa"),  # a back-reference
    (r"caf\w", 0, "café"),  # Python's \w takes the non-ASCII letter
    (r"\d{2}", 0, "٣٤"),  # and \d the Arabic-Indic digits
    (r"a\sb", 0, "a\u00a0b"),  # and \s the no-break space
    (r"a\sb", 0, "a\x1cb"),  # and the ASCII separators Python counts as space
    (r"[^\s#]+#", 0, "智谱#"),  # a negated class keeps the non-ASCII characters
    (r"[^\W\d]x", 0, "éx"),  # a word character that is not a digit, non-ASCII
    (r"é\b", 0, "é "),  # a Unicode word boundary
    (r"x\u2019s", 0, "x’s"),  # Python's \u escape
    (r"a{,3}b", 0, "aab"),  # Python's "{,n}", a literal in Hyperscan's syntax
    (r"first", re.IGNORECASE, "F\u0130RST"),  # the characters re equates with ASCII letters
    (r"first", re.IGNORECASE, "f\u0131rst"),
    (r"post", re.IGNORECASE, "po\u017ft"),
    (r"kit", re.IGNORECASE, "\u212ait"),
    (r"zürich", re.IGNORECASE, "ZÜRICH"),  # non-ASCII case folding
])
def test_a_matching_pattern_is_never_skipped(pattern, flags, text):
    rx = re.compile(pattern, flags)
    assert rx.search(text)
    assert may_match(rx, text)


def test_a_pattern_that_cannot_match_is_skipped():
    rx, other = re.compile(r"\bexport controls?\b", re.IGNORECASE), re.compile(r"Ascend")
    hits = PatternSet([rx, other]).scan("Huawei's Ascend 910C")
    assert hits.positions() == [1]
    assert not hits.may(rx) and hits.search(rx, "x") is None
    assert hits.may(re.compile("outside the set"))  # unknown patterns always run


def test_translation_widens_classes():
    assert translate(r"\w") == r"[\w\x{80}-\x{10FFFF}]"
    assert translate(r"[^\s#]") == r"[^\s#]"  # narrowed in a negated class: excludes less
    assert translate(r"\bx\B") == "x"
    assert translate(r"[]a]") == r"[\]a]"


def test_a_pattern_hyperscan_rejects_is_always_run():
    odd = re.compile(r"c # a comment", re.VERBOSE)  # comments: not in Hyperscan's syntax
    plain = re.compile("zzz")
    hits = PatternSet([odd, plain]).scan("c")
    assert hits.may(odd) and not hits.may(plain)


def test_text_that_is_not_utf8_opens_everything():
    rx = re.compile("zzz")
    assert PatternSet([rx]).scan("lone \ud800 surrogate").may(rx)


def _packaged_patterns() -> list[re.Pattern[str]]:
    book = Rulebook.load()
    ex = ArticleParser.from_rulebook(book)
    sets = [ex.entities._patterns, ex.times._patterns, ex.quantities._patterns,
            ex.topics._patterns, ex.voice._cue_set, book.statements.patterns]
    return [rx for s in sets for rx in s.regexes] + [r.pattern for r in book.boilerplate]


PATTERNS = _packaged_patterns()
PACKAGED = PatternSet(PATTERNS)


def test_every_packaged_pattern_fits_the_engine():
    """Each packaged pattern compiles into Hyperscan: none falls back to running in Python
    on every line (a gazetteer alternation that outgrew the engine's pattern length did, and
    was compiled again in every process)."""
    PACKAGED.scan("warm up")
    assert not PACKAGED._always, [PATTERNS[i].pattern[:80] for i in PACKAGED._always]


def test_packaged_patterns_never_skipped_on_real_lines(seeds_dir):
    dev = Path(__file__).resolve().parents[1] / "data"
    files = sorted(seeds_dir.iterdir()) + sorted(dev.glob("*/articles/*.txt"))
    lines = [ln for p in files for ln in p.read_text(encoding="utf-8").splitlines()
             if ln.strip()]
    for line in lines:
        hits = PACKAGED.scan(line)
        for rx in PATTERNS:
            if rx.search(line):
                assert hits.may(rx), (rx.pattern, line)


WORDS = ["Ascend", "910C", "said", "according to", "May", "2025", "this week", "export",
         "controls", "Huawei", "H20", "CANN", "Inc", "University", "$", "1.5", "billion",
         "\u0130", "\u0131", "\u017f", "\u212a", "GLM-4.5", "Zhipu", "ago", "Monday", "智谱",
         "\u00a0", "\x1c", "café", "#ai", "٣", "TFLOPS", "HK$", "’s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=12))
def test_packaged_patterns_never_skipped_on_random_text(parts):
    text = " ".join(parts)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return
    hits = PACKAGED.scan(text)
    for rx in PATTERNS:
        if rx.search(text):
            assert hits.may(rx), (rx.pattern, text)


def test_the_engine_changes_no_table(tmp_path, seeds_dir, monkeypatch):
    """The seeds, the development articles and a synthetic corpus give the same tables and
    ClaimReview items whether the pattern sets skip patterns or every pattern is run."""
    import shutil

    from chipclaims import load_corpus
    from chipclaims.rules.patterns import Hits
    from chipclaims.tools.bench import generate

    for path in sorted(seeds_dir.iterdir()):
        shutil.copy(path, tmp_path / path.name)
    dev = Path(__file__).resolve().parents[1] / "data"
    for path in sorted(dev.glob("*/articles/*.txt"))[::4]:
        shutil.copy(path, tmp_path / path.name)
    generate(tmp_path / "synthetic", 40, seed=3)
    for path in (tmp_path / "synthetic").iterdir():
        path.rename(tmp_path / path.name)
    (tmp_path / "synthetic").rmdir()
    fast = load_corpus(tmp_path)
    monkeypatch.setattr(PatternSet, "scan",
                        lambda self, text: Hits(None, self._index, len(self.regexes)))
    slow = load_corpus(tmp_path)
    assert fast.tables.keys() == slow.tables.keys()
    for name, table in fast.tables.items():
        pd.testing.assert_frame_equal(table, slow.tables[name], obj=name)
    assert fast.claim_reviews == slow.claim_reviews


@pytest.mark.parametrize(("spaces", "letters", "tails"), [
    (r"\ ", "abAB ", ("", "b", r"\b", "a$")),
    # the gazetteer turns each escaped space into "\s+" after factoring (a name split over
    # lines): whitespace is not exclusive of other whitespace, so factoring stops at spaces
    (r"\s+", "abAB -", ("", "b", r"\b", "(?![ab])")),
])
def test_a_factored_word_alternation_matches_exactly_what_the_plain_one_does(spaces, letters,
                                                                             tails):
    """Words sharing a prefix are factored ("chief executive|chief executive officer"), which
    must not change a match: the same spans, case-sensitive or not, whatever follows."""
    import random

    from chipclaims.rules.words import prefix_alternation

    rng = random.Random(1)
    for _ in range(1500):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 4)))
                 for _ in range(rng.randint(1, 6))]
        plain = "|".join(re.escape(w) for w in words).replace(r"\ ", spaces)
        factored = prefix_alternation(words).replace(r"\ ", spaces)
        for flags in (0, re.IGNORECASE):
            for tail in tails:
                a = re.compile(f"(?:{plain}){tail}", flags)
                b = re.compile(f"(?:{factored}){tail}", flags)
                for _ in range(4):
                    text = "".join(rng.choice(letters + "\t") for _ in range(10))
                    assert ([m.span() for m in a.finditer(text)]
                            == [m.span() for m in b.finditer(text)]), (words, flags, tail, text)
    assert prefix_alternation(["chief executive", "chief financial officer"]) == \
        r"chief(?:\ executive|\ financial\ officer)"  # a shared prefix never ends on a space
