"""Word lists the parser needs, kept as data (``data/words.csv``: list, word, value, note).

Lists: ``not_name`` (capitalised words that are not names), ``person_title`` (words that
introduce a person's name), ``speech_verb`` (verbs that credit a source; value
``names_person`` for those that also introduce a person), ``source_group`` (unnamed sources
such as "analysts"), ``org_word`` (words that make a name an organisation), ``number_word``
and ``scale_word`` (with their values), ``stop_word`` (function words that end a counted
noun) ``quarter_word``, ``region`` (regions news prose names, beside the places of
:mod:`.places`) and ``not_place`` (place names that are ordinary words here). Order within a
list is kept as in the file. ``org_descriptor`` (common nouns that introduce an organisation's
name: "chipmaker", "brokerage") and ``org_head`` (words that head a name before "of"/"for")
feed the context rules for organisations; ``multiplier_word`` ("twice", "double", with their
factor), ``ratio_word`` (a ratio's word read only in comparisons: "half as fast as", not
"the first half"), ``count_modifier`` (words passed over between a number and what it counts,
demonyms among them: "140 Chinese entities"),
``count_partitive`` (phrases passed over likewise: "67 of its affiliates");
``date_label``, ``author_role``, ``role_modifier`` and ``section_label`` for the structural
boilerplate detectors (stand-alone date lines, author lines, section labels).
``office_word`` (words that end the name of an office or a department in a job title:
"Secretary of Commerce", "Vice President of Government Affairs"), so that the name after them
is read as the person's; ``person_cue`` (phrases after which a full name is a person's:
"founded by"); ``lead_heading`` (headings of a summary box between the title and the body,
"Key Takeaways", which are content, not page furniture).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .loader import RuleFile, rows

LISTS = ("not_name", "person_title", "speech_verb", "source_group", "org_word",
         "number_word", "scale_word", "stop_word", "quarter_word", "region", "not_place",
         "org_descriptor", "org_head", "multiplier_word", "ratio_word", "count_modifier",
         "count_partitive",
         "date_label", "author_role", "role_modifier", "section_label", "office_word", "person_cue",
         "lead_heading", "future_lead")


@dataclass(frozen=True)
class Words:
    """The word lists, each a tuple of ``(word, value)`` in file order."""

    lists: dict[str, tuple[tuple[str, str], ...]]

    @classmethod
    def parse(cls, source: RuleFile) -> Words:
        found: dict[str, list[tuple[str, str]]] = {name: [] for name in LISTS}

        def build(row: dict[str, str]) -> None:
            if row["list"] not in found:
                raise ValueError(f"unknown list {row['list']!r} (expected one of "
                                 f"{', '.join(LISTS)})")
            if not row["word"]:
                raise ValueError("empty word")
            if row["list"] in ("number_word", "scale_word", "quarter_word", "multiplier_word",
                               "ratio_word"):
                float(row["value"])  # a ValueError names the row
            found[row["list"]].append((row["word"], row["value"] or ""))

        rows(source, build)
        return cls({k: tuple(v) for k, v in found.items()})

    def words(self, name: str) -> tuple[str, ...]:
        return tuple(w for w, _ in self.lists[name])

    def values(self, name: str) -> dict[str, float]:
        return {w: float(v) for w, v in self.lists[name]}

    def alternation(self, name: str, value: str | None = None, caseless: bool = False) -> str:
        """A regex alternation of the list's words (escaped, in file order), optionally only
        those with ``value``, factored by common prefixes (:func:`prefix_alternation`).
        ``caseless``: for a pattern matched without regard to case only, where the words can
        be folded to lower case first and factored further ("CEO|chief" as "c(?:eo|hief)")."""
        words = [w for w, v in self.lists[name] if value is None or v == value]
        if caseless and all(w.isascii() for w in words):
            words = list(dict.fromkeys(w.lower() for w in words))
        return prefix_alternation(words)


def prefix_alternation(words: list[str]) -> str:
    """``word1|word2|...`` (escaped) with common prefixes factored out ("chief executive|chief
    financial officer" as "chief\\ (?:executive|financial\\ officer)"), which Python's
    regular expressions try several times faster at each position of a long text.

    It matches exactly what the plain alternation in the same order matches, with or without
    case-insensitive matching: words whose first letters differ (case aside) cannot both
    match at one place, so only their relative order within a shared first letter is kept,
    and a group whose first letters differ only in case, an empty word (which matches
    anywhere) or a word that is not ASCII ends the factoring there."""
    if not all(w.isascii() for w in words):
        return "|".join(re.escape(w) for w in words)
    return _factored(words)


def _factored(words: list[str]) -> str:
    out: list[str] = []
    segment: list[str] = []
    for w in [*words, None]:  # an empty word is a barrier: what follows it keeps its place
        if w is None or w == "":
            out.extend(_factored_segment(segment))
            segment = []
            if w == "":
                out.append("")
        else:
            segment.append(w)
    return "|".join(out)


def _common_prefix(words: list[str]) -> int:
    """Length of the characters every word starts with."""
    first, last = min(words), max(words)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return n


def _factored_segment(words: list[str]) -> list[str]:
    if any(w[0].isspace() for w in words):
        # a space may later become "\\s+" (a name split over lines): its matches are not
        # exclusive of other whitespace, so a segment holding one keeps its order unfactored
        return [re.escape(w) for w in words]
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].casefold(), []).append(w)
    out = []
    for group in groups.values():
        if len(group) == 1 or len({w[0] for w in group}) > 1:
            out.extend(re.escape(w) for w in group)
        else:
            n = _common_prefix(group)
            while n > 1 and group[0][n - 1].isspace():
                n -= 1  # a shared prefix never ends on a space
            out.append(re.escape(group[0][:n]) + "(?:" + _factored([w[n:] for w in group])
                       + ")")
    return out
