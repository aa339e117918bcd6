"""A pattern with its prefilter: skip a regular expression when the text cannot match it.

Most of the parser's patterns can only match where some word occurs ("according to", a month
name, "Ascend", "export control"...), yet Python's ``re`` walks the whole text for each of
them. :func:`required_literals` reads a compiled pattern's own parse tree and returns plain
strings one of which every match must contain (or ``None`` when it cannot tell);
:class:`GatedPattern` keeps them with the pattern and tries it only when the case-folded text
holds one (a substring test that costs next to nothing). The gate is derived from the
pattern itself, so it never changes a result; it only skips scans that would find nothing.

Soundness: literals are taken only from ASCII characters, and the text is folded the way
``re.IGNORECASE`` compares them (``casefold``, plus the dotted and dotless capital/small I
that ``re`` equates with "i"), so a case-insensitive match is found in the folded text too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

try:  # the parser behind ``re`` (private, stable across 3.11-3.13); without it, no gates
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None

_I_FORMS = str.maketrans({"\u0130": "i", "\u0131": "i"})
MIN_LITERAL = 2  # a gate of single letters would open for almost any text


def fold(text: str) -> str:
    """The text as gates compare it (see the module docstring)."""
    return text.translate(_I_FORMS).casefold()


def _best(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two sufficient literal sets (longer shortest member, then
    fewer members)."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: Iterable) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best, run
        if run:
            best = _best(best, frozenset({"".join(run)}))
        run = []

    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        if op is _c.SUBPATTERN:
            best = _best(best, _sequence(av[-1]))
        elif op is _c.BRANCH:
            alternatives = [_sequence(alt) for alt in av[1]]
            if alternatives and all(a is not None for a in alternatives):
                best = _best(best, frozenset().union(*alternatives))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _best(best, _sequence(av[2]))
        elif op is _c.ATOMIC_GROUP:
            best = _best(best, _sequence(av))
        # anything else (classes, anchors, look-arounds, references) ends the literal run
    flush()
    return best


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings (lower case) one of which every match of ``pattern`` contains, or ``None``."""
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        found = _sequence(tree)
    except Exception:  # an unreadable tree just means no gate
        return None
    if not found or min(map(len, found)) < MIN_LITERAL:
        return None
    return tuple(sorted(found))


@dataclass(frozen=True)
class GatedPattern:
    """A compiled pattern and the literals one of which any text it matches must contain."""

    regex: re.Pattern[str]
    literals: tuple[str, ...] | None = field(default=None)

    @classmethod
    def compile(cls, pattern: str | re.Pattern[str], flags: int = 0) -> GatedPattern:
        rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
        return cls(rx, required_literals(rx))

    def may_match(self, folded: str) -> bool:
        """Whether the pattern may match a text whose :func:`fold` is ``folded``."""
        if self.literals is None:
            return True
        for lit in self.literals:  # noqa: SIM110 - a plain loop: runs millions of times
            if lit in folded:
                return True
        return False

    def finditer(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """Matches in ``text`` (none without a scan when the gate is shut)."""
        return self.regex.finditer(text) if self.may_match(folded) else iter(())

    def search(self, text: str, folded: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.may_match(folded) else None
