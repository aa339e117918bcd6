"""Named entities: a gazetteer kept as data, patterns for names it has never heard of, the way
news prose introduces people and organisations, and fuzzy matching for misspelt aliases.

Sources, by priority when spans overlap (the longest span wins first):

1. ``gazetteer``: ``data/gazetteer.csv`` (canonical name, type, aliases, case sensitivity,
   topics, known misspellings). A user adds a row to teach it a new name.
2. ``pattern``: ``data/entity_patterns.csv``, regular expressions for product families
   (Ascend 9xx, H/A/B-series GPUs, Atlas and CloudMatrix systems, GLM-/DeepSeek-/Pangu models).
3. ``context``: people and organisations introduced by news conventions (see :mod:`.names`).
4. ``fuzzy``: a capitalised token within a small edit distance of a gazetteer alias (rapidfuzz)
   is taken as a misspelling of it and flagged, e.g. "CUNN" for CANN.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz.distance import Levenshtein

from ..contract.vocabulary import FUZZY_ENTITY_TYPES
from ..rules.lexicon import EntityPattern, Entry
from ..rules.patterns import PatternSet
from ..rules.words import Words, prefix_alternation
from .names import ContextNames, Mention
from .spans import SpanIndex, longest_first, non_overlapping

__all__ = ["Extractor", "Mention"]

_SPACES = re.compile(r"\s+")
# Letters that continue a Latin word: a name is not matched inside one ("Ascendant"), but is
# matched right next to Chinese characters ("英伟达NVIDIA"), where Python's \w would refuse it.
LATIN = r"A-Za-z0-9_\u00C0-\u024F"
_CAPITALISED = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]{3,}(?![\w-])")
_WORDCASE = re.compile(r"\b[A-Z][a-z]+\b")
_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*")
_WORD = re.compile(r"[A-Z]\w*(?:[-'’.][A-Z]\w*)*")
_ACRONYM = re.compile(r"(?<![\w&.-])[A-Z]{2,6}(?![\w&-])")
ALIAS_CHUNK = 100  # aliases per alternation handed to the multi-pattern engine
_MINOR = frozenset({"of", "the", "and", "for", "de", "&"})


def initials(name: str) -> str:
    """The initials of a name of several words ("China Securities Regulatory Commission" ->
    "CSRC"), or '' for a name of one word."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _MINOR]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


@dataclass
class Seen:
    """What earlier paragraphs of an article have named, for the later ones: people by each
    part of their name (a bare surname), organisations by their initials (an acronym)."""

    people: dict[str, str] = field(default_factory=dict)
    acronyms: dict[str, tuple[str, str]] = field(default_factory=dict)

    def learn(self, mentions: Sequence[Mention], text: str) -> None:
        for m in mentions:
            if m.type == "person" and " " in m.canonical:
                for part in m.canonical.split():
                    self.people.setdefault(part, m.canonical)
            elif m.type == "org":
                for short in _acronyms_of(m, text):
                    self.acronyms.setdefault(short, (m.canonical, m.type))


def _acronyms_of(m: Mention, text: str) -> list[str]:
    """The short forms an organisation's mention defines: its initials, and a bracketed
    acronym right after it ("China International Capital Corporation (CICC)")."""
    out = [s for s in (initials(m.canonical), initials(m.surface)) if s]
    after = re.match(r"\s*\(([A-Z]{2,6})\)", text[m.end:m.end + 12])
    if after:
        out.append(after.group(1))
    return out


@dataclass(frozen=True)
class Extractor:
    """Everything entity extraction needs, built once from the rulebook's parts."""

    entries: tuple[Entry, ...]
    patterns: tuple[EntityPattern, ...]
    words: Words
    places: dict[str, str] = field(default_factory=dict, compare=False)

    @cached_property
    def _alias_index(self) -> tuple[dict[str, Entry], dict[str, Entry]]:
        """Case-sensitive aliases by exact text; case-insensitive ones by folded text."""
        exact: dict[str, Entry] = {}
        folded: dict[str, Entry] = {}
        for e in self.entries:
            for a in e.aliases:
                if e.case_sensitive:
                    exact.setdefault(a, e)
                else:
                    folded.setdefault(a.casefold(), e)
        return exact, folded

    def lookup(self, surface: str) -> Entry | None:
        """The gazetteer entry a surface form names (case-sensitively where the entry says)."""
        exact, folded = self._alias_index
        hit = exact.get(surface)
        if hit is not None:
            return hit
        s = _SPACES.sub(" ", surface.strip())
        return exact.get(s) or folded.get(s.casefold())

    @cached_property
    def _gazetteer_regexes(self) -> tuple[re.Pattern[str], ...]:
        """The aliases as alternations, longest first, in chunks of :data:`ALIAS_CHUNK`: one
        alternation of every alias outgrows the multi-pattern engine's pattern length (it
        then ran in Python, and was compiled again in every process). Overlapping matches
        of different chunks are settled by the span choice, longest first. Each chunk is
        factored by common prefixes (:func:`.prefix_alternation`), which matches the same."""
        def longest_first(a: str) -> tuple[int, str]:
            return -len(a), a

        sens = sorted({a for e in self.entries if e.case_sensitive for a in e.aliases},
                      key=longest_first)
        ins = sorted({a for e in self.entries if not e.case_sensitive for a in e.aliases},
                     key=longest_first)

        def build(aliases: list[str], flags: int) -> re.Pattern[str]:
            if flags & re.IGNORECASE and all(a.isascii() for a in aliases):
                aliases = list(dict.fromkeys(a.lower() for a in aliases))
            body = prefix_alternation(aliases).replace(r"\ ", r"\s+") or "(?!)"
            return re.compile(rf"(?<![{LATIN}.-])(?:{body})(?![{LATIN}$]|-\d|\.[{LATIN}])",
                              flags)

        return tuple(build(group[k:k + ALIAS_CHUNK], flags)
                     for group, flags in ((sens, 0), (ins, re.IGNORECASE))
                     for k in range(0, max(len(group), 1), ALIAS_CHUNK))

    @cached_property
    def _misspelling_regexes(self) -> tuple[tuple[re.Pattern[str], Entry, str], ...]:
        """Known misspellings and literal translations of a name, each with its flag."""
        known = {(m, "misspelling"): e for e in self.entries for m in e.misspellings}
        known |= {(t, "translation"): e for e in self.entries for t in e.translations}
        return tuple((re.compile(rf"(?<![{LATIN}-])" + re.escape(word).replace(r"\ ", r"\s+")
                                 + rf"(?![{LATIN}-])"), entry, flag)
                     for (word, flag), entry in known.items())

    @cached_property
    def _fuzzy_targets(self) -> tuple[tuple[str, Entry], ...]:
        return tuple(
            (a, e)
            for e in self.entries
            for a in e.aliases
            if len(a) >= 4
            and " " not in a
            and a[0].isupper()
            and e.type in FUZZY_ENTITY_TYPES
        )

    @cached_property
    def context(self) -> ContextNames:
        return ContextNames(self.words)

    @cached_property
    def _patterns(self) -> PatternSet:
        """Every pattern :meth:`find` runs, for one scan of the text."""
        return PatternSet([*self._gazetteer_regexes,
                           *(rx for rx, _, _ in self._misspelling_regexes),
                           *(p.pattern for p in self.patterns),
                           *(rx for *_, rx in self.context.rules)])

    @cached_property
    def topics_by_canonical(self) -> dict[str, tuple[str, ...]]:
        return {e.canonical: e.topics for e in self.entries}

    def find(self, text: str, seen: Seen | None = None) -> list[Mention]:
        """All entity mentions in ``text``, non-overlapping, in order. ``seen`` (what earlier
        paragraphs of the article named) lets a bare surname name a person, and an acronym an
        organisation, introduced before this text."""
        cands: list[tuple[int, Mention]] = []
        hits = self._patterns.scan(text)
        gazetteer, misspelt = self._gazetteer_regexes, self._misspelling_regexes
        n_gaz, n_mis = len(gazetteer), len(gazetteer) + len(misspelt)
        n_pat = n_mis + len(self.patterns)
        for k in hits.positions():  # in the set's order: the same candidates as a full loop
            if k >= n_pat:
                break
            if k < n_gaz:
                for m in gazetteer[k].finditer(text):
                    entry = self.lookup(m.group(0))
                    if entry is not None:
                        cands.append((0, _mention(m, entry.canonical, entry.type,
                                                  "gazetteer")))
                continue
            if k < n_mis:
                rx, entry, flag = misspelt[k - n_gaz]
                cands += [(0, _mention(m, entry.canonical, entry.type, "gazetteer", flag))
                          for m in rx.finditer(text)]
                continue
            p = self.patterns[k - n_mis]
            for m in p.pattern.finditer(text):
                canonical = _SPACES.sub(" ", p.canonical.format(m.group(0), **m.groupdict()))
                if p.type == "chip" and canonical.endswith("s"):
                    canonical = canonical.rstrip("s")  # plural "H800s" names the H800
                known = self.lookup(canonical)
                cands.append((1, _mention(m, known.canonical if known else canonical,
                                          known.type if known else p.type, "pattern")))
        cands += [(2, c) for c in self.context.find(text, hits, self.lookup)]
        cands += [(3, c) for c in self._places(text)]
        chosen = non_overlapping(cands, longest_first)
        chosen += self._fuzzy(text, chosen)
        seen = seen or Seen()
        chosen += self._surnames(text, chosen, seen.people)
        chosen += self._acronyms(text, chosen, seen)
        return sorted(chosen, key=lambda m: m.start)

    def _places(self, text: str) -> list[Mention]:
        """Place names in runs of capitalised words (and all-capital datelines such as
        "TEHRAN"), longest first within a run."""
        if not self.places:
            return []
        out = []
        for run in _CAPITALISED_RUN.finditer(text):
            words = list(_WORD.finditer(run.group(0)))
            i = 0
            while i < len(words):
                for j in range(min(len(words), i + 3), i, -1):
                    a, b = words[i].start(), words[j - 1].end()
                    surface = run.group(0)[a:b]
                    key = surface.title() if surface.isupper() and len(surface) > 3 else surface
                    name = self.places.get(key)
                    if name is not None:
                        out.append(Mention(run.start() + a, run.start() + b, surface, name,
                                           "place", "places"))
                        i = j - 1
                        break
                i += 1
        return out

    def _fuzzy(self, text: str, chosen: Sequence[Mention]) -> list[Mention]:
        taken = SpanIndex((m.start, m.end) for m in chosen)
        not_names = self.context.not_names
        out = []
        for m in _CAPITALISED.finditer(text):
            word = m.group(0)
            if taken.overlaps(m.start(), m.end()) or word in not_names:
                continue
            if not (word.isupper() or any(c.isupper() for c in word[1:])):
                continue  # only acronyms and CamelCase: ordinary capitalised words are too risky
            for alias, entry in self._fuzzy_targets:
                limit = 1 if len(alias) <= 7 else 2
                if (
                    word != alias
                    and word[0] == alias[0]
                    and abs(len(word) - len(alias)) <= 1
                    and Levenshtein.distance(word, alias, score_cutoff=limit) <= limit
                ):
                    out.append(Mention(m.start(), m.end(), word, entry.canonical, entry.type,
                                       "fuzzy", "misspelling"))
                    break
        return out

    def _acronyms(self, text: str, chosen: Sequence[Mention], seen: Seen) -> list[Mention]:
        """An acronym of an organisation named earlier in the text or article is that
        organisation ("... China Securities Regulatory Commission ... the CSRC filing")."""
        known = dict(seen.acronyms)
        for m in chosen:
            if m.type == "org":
                for short in _acronyms_of(m, text):
                    known.setdefault(short, (m.canonical, m.type))
        if not known:
            return []
        taken = SpanIndex((m.start, m.end) for m in chosen)
        return [Mention(a.start(), a.end(), a.group(0), *known[a.group(0)], "context")
                for a in _ACRONYM.finditer(text)
                if a.group(0) in known and not taken.overlaps(a.start(), a.end())]

    def _surnames(self, text: str, chosen: Sequence[Mention],
                  earlier: dict[str, str]) -> list[Mention]:
        """A bare surname (or given name) of a person named earlier in the text, or in an
        earlier paragraph (``earlier``), is that person."""
        people = {part: (-1, name) for part, name in earlier.items()}
        for m in chosen:
            if m.type == "person" and " " in m.canonical:
                for part in m.canonical.split():
                    people.setdefault(part, (m.start, m.canonical))
        if not people:
            return []
        taken = SpanIndex((m.start, m.end) for m in chosen)
        out = []
        names = {n for _, n in people.values()}  # a whole name again, in a run of capitals
        for run in _CAPITALISED_RUN.finditer(text):
            words = list(_WORD.finditer(run.group(0)))
            i = 0
            while i < len(words):
                for j in range(min(len(words), i + 4), i + 1, -1):
                    a, b = run.start() + words[i].start(), run.start() + words[j - 1].end()
                    if text[a:b] in names and not taken.overlaps(a, b):
                        out.append(Mention(a, b, text[a:b], text[a:b], "person", "context"))
                        i = j - 1
                        break
                i += 1
        taken = SpanIndex([(m.start, m.end) for m in chosen] + [(m.start, m.end) for m in out])
        for m in _WORDCASE.finditer(text):
            hit = people.get(m.group(0))
            if hit and hit[0] < m.start() and not taken.overlaps(m.start(), m.end()):
                out.append(Mention(m.start(), m.end(), m.group(0), hit[1], "person", "context"))
        return out


def _mention(m: re.Match[str], canonical: str, type_: str, source: str, flag: str = "") -> Mention:
    return Mention(m.start(), m.end(), m.group(0), canonical, type_, source, flag)
