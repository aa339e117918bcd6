"""Named entities: a gazetteer kept as data, patterns for names it has never heard of, the way
news prose introduces people and organisations, and fuzzy matching for misspelt aliases.

Sources, by priority when spans overlap (the longest span wins first):

1. ``gazetteer``: ``data/gazetteer.csv`` (canonical name, type, aliases, case sensitivity,
   topics, known misspellings). A user adds a row to teach it a new name.
2. ``pattern``: ``data/entity_patterns.csv``, regular expressions for product families
   (Ascend 9xx, H/A/B-series GPUs, Atlas and CloudMatrix systems, GLM-/DeepSeek-/Pangu models).
3. ``context``: people and organisations introduced by news conventions: a title before a
   name ("analyst Jane Doe"), "according to X", "X said", company suffixes (Inc., Ltd.) and
   universities. A later bare surname of a person found earlier in the article is that person.
4. ``fuzzy``: a capitalised token within a small edit distance of a gazetteer alias (rapidfuzz)
   is taken as a misspelling of it and flagged, e.g. "CUNN" for CANN.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from .gates import fold, gate_open, required_literals
from .schema import ENTITY_TYPES
from .spans import longest_first, non_overlapping


@dataclass(frozen=True)
class Mention:
    """One entity mention inside a text (offsets into that text)."""

    start: int
    end: int
    surface: str
    canonical: str
    type: str
    source: str
    flag: str = ""


@dataclass(frozen=True)
class Entry:
    canonical: str
    type: str
    aliases: tuple[str, ...]
    case_sensitive: bool
    topics: tuple[str, ...]
    misspellings: tuple[str, ...]


@dataclass(frozen=True)
class EntityPattern:
    pattern_id: str
    type: str
    canonical: str
    regex: re.Pattern[str]
    example: str


class GazetteerError(ValueError):
    """A gazetteer or pattern file is malformed; the message names the file and row."""


def _data_text(name: str, path: str | Path | None) -> tuple[str, str]:
    if path is None:
        return (resources.files("chipclaims") / "data" / name).read_text(encoding="utf-8"), name
    return Path(path).read_text(encoding="utf-8"), str(path)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def load_gazetteer(path: str | Path | None = None) -> tuple[Entry, ...]:
    text, where = _data_text("gazetteer.csv", path)
    out = []
    for i, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        if row.get("type") not in ENTITY_TYPES:
            raise GazetteerError(f"{where}: row {i}: unknown type {row.get('type')!r}")
        if not row.get("canonical"):
            raise GazetteerError(f"{where}: row {i}: empty canonical name")
        aliases = _split(row.get("aliases")) or (row["canonical"],)
        out.append(
            Entry(
                row["canonical"],
                row["type"],
                aliases,
                row.get("case") != "i",
                _split(row.get("topics")),
                _split(row.get("misspellings")),
            )
        )
    return tuple(out)


def load_patterns(path: str | Path | None = None) -> tuple[EntityPattern, ...]:
    text, where = _data_text("entity_patterns.csv", path)
    out = []
    for i, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            if row["type"] not in ENTITY_TYPES:
                raise ValueError(f"unknown type {row['type']!r}")
            out.append(
                EntityPattern(
                    row["pattern_id"],
                    row["type"],
                    row["canonical"],
                    re.compile(row["pattern"]),
                    row.get("example") or "",
                )
            )
        except (KeyError, ValueError, re.error) as exc:
            raise GazetteerError(f"{where}: row {i}: {exc}") from None
    return tuple(out)


# Words that, capitalised at the start of a sentence or in a headline, are not names.
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "Without",
        "As",
        "And",
        "But",
        "Or",
        "If",
        "When",
        "While",
        "Although",
        "Because",
        "Since",
        "After",
        "Before",
        "During",
        "Despite",
        "However",
        "Moreover",
        "Meanwhile",
        "Secondly",
        "First",
        "Firstly",
        "Second",
        "Third",
        "Finally",
        "Also",
        "Still",
        "Yet",
        "Thus",
        "So",
        "Then",
        "There",
        "Here",
        "What",
        "Which",
        "Who",
        "Whom",
        "Whose",
        "Why",
        "How",
        "According",
        "Chinese",
        "American",
        "US",
        "Western",
        "Eastern",
        "Global",
        "National",
        "Domestic",
        "Key",
        "Such",
        "Some",
        "Many",
        "Most",
        "More",
        "Other",
        "Another",
        "Each",
        "Every",
        "All",
        "Both",
        "Either",
        "Neither",
        "A",
        "An",
        "One",
        "Two",
        "Three",
        "New",
        "Latest",
        "Recently",
        "Later",
        "Earlier",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mr",
        "Ms",
        "Mrs",
        "Dr",
        "Prof",
        "AI",
        "Source",
        "Sources",
        "Read",
        "Share",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "We",
        "They",
        "He",
        "She",
        "I",
        "You",
        "Company",
        "Government",
        "Officials",
        "Analysts",
        "Experts",
        "Industry",
        "Huawei's",
        "Nvidia's",
    ]
)
_TITLES = (
    r"(?:CEO|chief executive|chief executive officer|founder|co-founder|cofounder|chairman|"
    r"chairwoman|rotating chairman|president|President|analyst|professor|Professor|Prof\.|"
    r"Dr\.|Mr\.|Ms\.|Mrs\.|Secretary|Senator|Representative|spokesperson|spokesman|"
    r"spokeswoman|researcher|engineer|scientist|figure|director|Director|minister|"
    r"Minister|economist|investor|executive|head|CTO|CFO|COO|VP|vice president)"
)
_TITLE_WORD = re.compile(_TITLES, re.IGNORECASE)
_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_FULLNAME = rf"{_NAME}(?:\s{_NAME}){{1,2}}"
_SAY = (
    r"(?:said|says|told|noted|added|wrote|argued|explained|estimated|warned|stated|"
    r"claimed|claims|believes|predicted|posted|tweeted)"
)
_ORG_WORDS = frozenset(
    [
        "Research",
        "Times",
        "Post",
        "Journal",
        "News",
        "Group",
        "Institute",
        "Ministry",
        "Agency",
        "Bureau",
        "Association",
        "Council",
        "Capital",
        "Partners",
        "Securities",
        "Analytics",
        "Intelligence",
        "Insights",
        "Media",
        "Daily",
        "Week",
        "Review",
        "Lab",
        "Labs",
        "Inc",
        "Ltd",
        "Corp",
        "Company",
        "Technologies",
        "Technology",
        "Holdings",
        "University",
        "College",
        "Bank",
        "Fund",
        "Foundation",
        "Center",
        "Centre",
        "Commission",
        "Department",
        "Office",
        "Administration",
        "Authority",
        "Exchange",
        "Cloud",
        "Systems",
        "Semiconductor",
        "Semiconductors",
        "Electronics",
        "Networks",
        "Capital",
        "Ventures",
        "Consulting",
    ]
)
_SPACES = re.compile(r"\s+")
_FULLNAME_RX = re.compile(_FULLNAME)
_CAPITALISED = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]{3,}(?![\w-])")
_WORDCASE = re.compile(r"\b[A-Z][a-z]+\b")
_CONTEXT = (
    ("person-title", "person", re.compile(rf"\b(?i:{_TITLES})\s+(?P<name>{_FULLNAME})\b")),
    ("person-said-after", "person", re.compile(rf"(?:,|\"|”)\s*{_SAY}\s+(?P<name>{_FULLNAME})\b")),
    ("person-said", "person", re.compile(rf"\b(?P<name>{_FULLNAME}),?\s+{_SAY}\b")),
    (
        "according-to",
        "org",
        re.compile(
            r"\b[Aa]ccording to\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?"
            r"[A-Z][\w'’&.-]*){0,4})"
        ),
    ),
    (
        "org-suffix",
        "org",
        re.compile(
            r"\b(?P<name>(?:[A-Z][\w&'’-]+\s){1,4}(?:Inc|Ltd|Corp|LLC|Co|GmbH|plc|AG|SA)"
            r"\b\.?)"
        ),
    ),
    (
        "org-university",
        "org",
        re.compile(
            r"\b(?P<name>(?:University of(?:\s[A-Z][\w-]+){1,3})|"
            r"(?:[A-Z][\w-]+\s){1,3}(?:University|Institute of Technology|Academy of "
            r"Sciences))\b"
        ),
    ),
)
_CONTEXT_GATES = tuple(required_literals(rx) for _, _, rx in _CONTEXT)


@dataclass(frozen=True)
class Extractor:
    """Everything entity extraction needs, loaded once and passed around explicitly."""

    entries: tuple[Entry, ...]
    patterns: tuple[EntityPattern, ...]

    @classmethod
    def load(
        cls, gazetteer: str | Path | None = None, patterns: str | Path | None = None
    ) -> Extractor:
        return cls(load_gazetteer(gazetteer), load_patterns(patterns))

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
    def _gazetteer_regexes(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        sens = sorted(
            {a for e in self.entries if e.case_sensitive for a in e.aliases}, key=len, reverse=True
        )
        ins = sorted(
            {a for e in self.entries if not e.case_sensitive for a in e.aliases},
            key=len,
            reverse=True,
        )

        def build(aliases: list[str], flags: int) -> re.Pattern[str]:
            body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases) or "(?!)"
            return re.compile(rf"(?<![\w.-])(?:{body})(?![\w$-]|\.\w)", flags)

        return build(sens, 0), build(ins, re.IGNORECASE)

    @cached_property
    def _misspellings(self) -> dict[str, Entry]:
        return {m: e for e in self.entries for m in e.misspellings}

    @cached_property
    def _misspelling_regexes(self) -> tuple[tuple[re.Pattern[str], Entry], ...]:
        return tuple((re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])"), entry)
                     for word, entry in self._misspellings.items())

    @cached_property
    def _fuzzy_targets(self) -> tuple[tuple[str, Entry], ...]:
        return tuple(
            (a, e)
            for e in self.entries
            for a in e.aliases
            if len(a) >= 4
            and " " not in a
            and a[0].isupper()
            and e.type in ("org", "software", "model")
        )

    @cached_property
    def _pattern_gates(self) -> tuple[tuple[str, ...] | None, ...]:
        return tuple(required_literals(p.regex) for p in self.patterns)

    @cached_property
    def topics_by_canonical(self) -> dict[str, tuple[str, ...]]:
        return {e.canonical: e.topics for e in self.entries}

    def find(self, text: str) -> list[Mention]:
        """All entity mentions in ``text``, non-overlapping, in order."""
        cands: list[tuple[int, Mention]] = []
        for rx in self._gazetteer_regexes:
            for m in rx.finditer(text):
                entry = self.lookup(m.group(0))
                if entry is not None:
                    cands.append((0, _mention(m, entry.canonical, entry.type, "gazetteer")))
        for rx, entry in self._misspelling_regexes:
            for m in rx.finditer(text):
                cands.append((0, _mention(m, entry.canonical, entry.type, "gazetteer",
                                          "misspelling")))
        folded = fold(text)
        for p, gate in zip(self.patterns, self._pattern_gates):
            if not gate_open(gate, folded):
                continue
            for m in p.regex.finditer(text):
                canonical = _SPACES.sub(" ", p.canonical.format(m.group(0), **m.groupdict()))
                if p.type == "chip" and canonical.endswith("s"):
                    canonical = canonical.rstrip("s")  # plural "H800s" names the H800
                known = self.lookup(canonical)
                cands.append((1, _mention(m, known.canonical if known else canonical,
                                          known.type if known else p.type, "pattern")))
        cands += [(2, c) for c in self._context(text, folded)]
        chosen = non_overlapping(cands, longest_first)
        chosen += self._fuzzy(text, chosen)
        chosen += self._surnames(text, chosen)
        return sorted(chosen, key=lambda m: m.start)

    def _context(self, text: str, folded: str) -> Iterable[Mention]:
        for (rule_id, type_, rx), gate in zip(_CONTEXT, _CONTEXT_GATES):
            if not gate_open(gate, folded):
                continue
            for m in rx.finditer(text):
                kind = type_
                name = (
                    m.group("name").rstrip(".,'’ ")
                    if rule_id != "org-suffix"
                    else m.group("name").rstrip(" ")
                )
                start = m.start("name")
                words = name.split()
                while words and (words[0] in _NOT_NAMES or _TITLE_WORD.fullmatch(words[0])):
                    start += len(words[0]) + 1
                    words = words[1:]
                if not words:
                    continue
                name = " ".join(words)
                known = self.lookup(name)
                if known is not None:
                    yield Mention(
                        start, start + len(name), name, known.canonical, known.type, "gazetteer"
                    )
                    continue
                if rule_id == "according-to":
                    kind = (
                        "person"
                        if 2 <= len(words) <= 3
                        and _FULLNAME_RX.fullmatch(name)
                        and not _ORG_WORDS.intersection(words)
                        else "org"
                    )
                if kind == "person" and _ORG_WORDS.intersection(words):
                    kind = "org"
                if kind == "person" and len(words) < 2:
                    continue
                yield Mention(start, start + len(name), name, name, kind, "context")

    def _fuzzy(self, text: str, chosen: Sequence[Mention]) -> list[Mention]:
        taken = [(m.start, m.end) for m in chosen]
        out = []
        for m in _CAPITALISED.finditer(text):
            word = m.group(0)
            if any(a < m.end() and m.start() < b for a, b in taken) or word in _NOT_NAMES:
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
                    out.append(
                        Mention(
                            m.start(),
                            m.end(),
                            word,
                            entry.canonical,
                            entry.type,
                            "fuzzy",
                            "misspelling",
                        )
                    )
                    break
        return out

    def _surnames(self, text: str, chosen: Sequence[Mention]) -> list[Mention]:
        """A bare surname (or given name) of a person named earlier in the text is that person."""
        people = {}
        for m in chosen:
            if m.type == "person" and " " in m.canonical:
                for part in m.canonical.split():
                    people.setdefault(part, (m.start, m.canonical))
        if not people:
            return []
        taken = [(m.start, m.end) for m in chosen]
        out = []
        for m in _WORDCASE.finditer(text):
            hit = people.get(m.group(0))
            if (
                hit
                and hit[0] < m.start()
                and not any(a < m.end() and m.start() < b for a, b in taken)
            ):
                out.append(Mention(m.start(), m.end(), m.group(0), hit[1], "person", "context"))
        return out


def _mention(m: re.Match[str], canonical: str, type_: str, source: str, flag: str = "") -> Mention:
    return Mention(m.start(), m.end(), m.group(0), canonical, type_, source, flag)
