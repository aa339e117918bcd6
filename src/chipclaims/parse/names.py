"""People and organisations introduced by news conventions, found from context.

A title before a name ("analyst Jane Doe"), "according to X", "X said" / ", said X", company
suffixes (Inc., Ltd.) and universities. The word lists these rules use (titles, speech
verbs, words that are never names, words that make a name an organisation) are data, in
``data/words.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from ..rules.lexicon import Entry
from ..rules.patterns import Hits, PatternSet
from ..rules.words import Words

_NAME = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"  # "McFaul", "O’Brien" too
_FULLNAME = rf"{_NAME}(?:\s{_NAME}){{1,2}}"
_FULLNAME_RX = re.compile(_FULLNAME)
_RUN_RULES = ("org-word", "org-descriptor", "org-employer", "org-of")
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_POSSESSIVE = re.compile(r"(?:['’]s|(s)['’])$")  # "Commerce’s", "Reuters'"
# a sentence's end inside a run of capitalised words: a period after a lower-case word ("U.S."
# and "Co." are not ends)
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\.\s")
# the legal form closing a company's name: the gazetteer knows the name without it
_LEGAL_FORMS = r"(?:Inc|Ltd|Corp|LLC|Co|GmbH|plc|AG|SA|JSC)"
# ... and the corporate words before it ("Knowledge Atlas Technology JSC Ltd." is the gazetteer's
# "Knowledge Atlas"), tried only when the name without its legal form is still unknown
_CORPORATE_TAIL = re.compile(rf"(?:,?\s+(?:Technology|Technologies|Group|Holdings?|"
                             rf"{_LEGAL_FORMS})\b\.?)+$")
# a possessive or a compound adjective opens no name ("Hangzhou-based", "State-backed")
_ADJECTIVE_ENDS = ("'s", "’s", "-based", "-backed", "-owned", "-run", "-led", "-funded",
                   "-listed", "-controlled")
_JOINERS = frozenset({"of", "for"})  # left at a name's start once a word before it is cut
_LEGAL_SUFFIX = re.compile(rf"(?:,?\s+{_LEGAL_FORMS}\b\.?)+$")


HEADLINE_TOKENS = 30  # a title-case headline is shorter than this
_ENDS_SENTENCE = re.compile(r"[a-z]{2}[.!?]['’\"”)]*\s*$")  # not "... Against U.S."


def _is_headline(text: str) -> bool:
    """Most words (of four letters or more) capitalised, in a short text that does not end
    with a full stop: a title-case headline (a sentence listing many names is not one)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) >= HEADLINE_TOKENS or _ENDS_SENTENCE.search(text):
        return False
    words = [w for w in tokens if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


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
class ContextNames:
    """The context rules, compiled from the word lists."""

    words: Words

    @cached_property
    def not_names(self) -> frozenset[str]:
        return frozenset(self.words.words("not_name"))

    @cached_property
    def _function_words(self) -> frozenset[str]:
        return frozenset(self.words.words("stop_word"))

    @cached_property
    def _org_words(self) -> frozenset[str]:
        return frozenset(self.words.words("org_word"))

    @cached_property
    def _title_word(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.words.alternation('person_title', caseless=True)})",
                          re.IGNORECASE)

    @cached_property
    def _not_person_words(self) -> frozenset[str]:
        """Words that keep a run of capitalised words from being a person's name."""
        return self._org_words | frozenset(self.words.words("org_head")) | self.not_names

    def _looks_like_person(self, text: str) -> bool:
        """Two or three capitalised words, none of which makes a name an organisation's."""
        words = text.split()
        return bool(_FULLNAME_RX.fullmatch(text)) and not (
            self._not_person_words.intersection(words))

    @cached_property
    def _office_words(self) -> frozenset[str]:
        return frozenset(self.words.words("office_word"))

    @cached_property
    def rules(self) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
        titles = f"(?:{self.words.alternation('person_title', caseless=True)})"
        say = f"(?:{self.words.alternation('speech_verb', 'names_person')})"
        cues = f"(?:{self.words.alternation('person_cue', caseless=True)})"
        org_words = f"(?:{self.words.alternation('org_word')})"
        descriptors = f"(?:{self.words.alternation('org_descriptor')})"
        heads = f"(?:{self.words.alternation('org_head')})"
        caps = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
        return tuple((rule_id, type_, re.compile(rx)) for rule_id, type_, rx in (
            ("person-title", "person", rf"\b(?i:{titles})\s+(?P<name>{_FULLNAME})\b"),
            ("person-said-after", "person", rf"(?:,|\"|”)\s*{say}\s+(?P<name>{_FULLNAME})\b"),
            ("person-said", "person", rf"\b(?P<name>{_FULLNAME}),?\s+{say}\b"),
            ("person-of-said", "person",
             rf"\b(?P<name>{_FULLNAME})\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&'’.-]*"
             rf"(?:\s+[A-Z][\w&'’.-]*){{0,3}},?\s+{say}\b"),
            ("person-cue", "person", rf"\b(?i:{cues})\s+(?P<name>{_FULLNAME})\b"),
            # "Chuan Geng and Shiwei Yang, both aged 28, ...": an age names people
            ("person-aged", "person",
             rf"\b(?P<name>{_FULLNAME})(?=(?:\s+and\s+{_FULLNAME})?,\s+(?:both\s+|all\s+)?"
             rf"aged\s+\d{{1,3}}\b)"),
            ("person-and-aged", "person",
             rf"\b{_FULLNAME}\s+and\s+(?P<name>{_FULLNAME}),\s+(?:both\s+|all\s+)?"
             rf"aged\s+\d{{1,3}}\b"),
            ("according-to", "org",
             r"\b[Aa]ccording to\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?"
             r"[A-Z][\w'’&.-]*){0,4})"),
            ("org-suffix", "org",
             rf"\b(?P<name>(?:[A-Z][\w&'’-]+\s){{1,4}}{_LEGAL_FORMS}\b\.?)"),
            # "Jane Doe (53), a Taiwan‑based sales manager": an age, non-breaking hyphens
            ("person-appositive", "person",
             rf"\b(?P<name>{_FULLNAME})(?:\s\(\d{{1,3}}\))?,\s+(?:an?\s+|the\s+)?"
             rf"(?:[\w'’‐‑-]+\s+){{0,3}}(?i:{titles})\b"),
            ("org-employer", "org", rf"\b(?i:{titles})\s+(?:at|of|with)\s+(?P<name>{caps})"),
            ("org-descriptor", "org",
             rf"\b(?:{descriptors})\s+(?P<name>[a-z]{{0,2}}[A-Z][\w&'’.-]*"
             rf"(?:\s+[A-Z][\w&'’.-]*){{0,3}})"),
            ("org-word", "org", rf"\b(?P<name>(?:[A-Z][\w&'’.-]*\s(?:(?:of|for)\s)?)"
                                rf"{{1,5}}{org_words})\b"),
            ("org-of", "org", rf"\b(?P<name>(?:(?:U\.S\.|US|U\.K\.|UK)\s)?"
                              rf"(?:[A-Z][a-z]+\s){{0,3}}{heads}\s(?:of|for)\s"
                              rf"(?:the\s)?{caps})"),
            ("org-university", "org",
             r"\b(?P<name>(?:University of(?:\s[A-Z][\w-]+){1,3})|"
             r"(?:[A-Z][\w-]+\s){1,3}(?:University|Institute of Technology|Academy of "
             r"Sciences))\b"),
        ))

    @cached_property
    def patterns(self) -> PatternSet:
        return PatternSet(rx for *_, rx in self.rules)

    def find(self, text: str, hits: Hits,
             lookup: Callable[[str], Entry | None]) -> Iterator[Mention]:
        """Mentions found from context; a name the gazetteer knows is reported as such.
        In a headline written in title case every word is capitalised, so the rules that
        take a run of capitalised words for a name are not applied there."""
        headline = _is_headline(text)
        for rule_id, type_, rx in self.rules:
            if headline and rule_id in _RUN_RULES:
                continue
            for m in hits.finditer(rx, text):
                kind = type_
                name = (m.group("name").rstrip(".,'’ ") if rule_id != "org-suffix"
                        else m.group("name").rstrip(" "))
                end = _SENTENCE_BREAK.search(name)  # "according to Reuters. Washington has"
                if end is not None:
                    name = name[:end.start()]
                start = m.start("name")
                if rule_id == "org-word":
                    person, of, rest = name.partition(" of ")
                    if of and self._looks_like_person(person):
                        start += len(person) + len(of)  # "Priya Raman of Lakeside Capital"
                        name = rest
                elif rule_id == "according-to":
                    person, of, rest = name.partition(" of ")
                    if of and self._looks_like_person(person):
                        name, kind = person, "person"  # "according to Dylan Patel of
                        # SemiAnalysis": the person; the firm is named on its own
                words = name.split()
                while words and (words[0] in self.not_names or words[0] in _JOINERS
                                 or words[0].endswith(_ADJECTIVE_ENDS)
                                 or self._title_word.fullmatch(words[0])):
                    start += len(words[0]) + 1
                    words = words[1:]
                for i, w in enumerate(words):  # "Commerce’s Bureau": the name ends at its owner
                    owner = _POSSESSIVE.search(w)
                    if owner is not None:
                        words = [*words[:i], w[:owner.start()] + ("s" if owner.group(1) else "")]
                        break
                words = [w for w in words if w]
                office = max((i for i, w in enumerate(words) if w in self._office_words),
                             default=None)
                if office is not None and (kind == "person" or rule_id == "org-employer"):
                    # "Secretary of Commerce Gina Raimondo", "Vice President of Government
                    # Affairs Ned Finkle": the office's name ends at its last office word
                    start += sum(len(w) + 1 for w in words[:office + 1])
                    words = words[office + 1:]
                    if not _FULLNAME_RX.fullmatch(" ".join(words)):
                        continue
                    kind = "person"
                if not words:
                    continue
                if len(words) > 2:
                    # "Deputy Chairman of Huawei Eric Xu": a known company, then a person's
                    # first and last name (kept as the person, or left to the gazetteer)
                    rest = " ".join(words[-2:])
                    head = lookup(" ".join(words[:-2]))
                    if head is not None and head.type == "org" and (
                            self._looks_like_person(rest) or (
                                (known := lookup(rest)) is not None and known.type == "person")):
                        if kind == "org":
                            words = words[:-2]
                        else:
                            start += sum(len(w) + 1 for w in words[:-2])
                            words = words[-2:]
                name = " ".join(words)
                if kind == "org" and len(words) > 1:
                    owner = lookup(words[0])
                    if owner is not None and owner.type == "person":
                        continue  # "the Biden Administration": the person's name is the entity
                known = lookup(name)
                if known is None and kind == "org":  # "Huawei Technologies Co Ltd"
                    known = lookup(_LEGAL_SUFFIX.sub("", name))
                    bare = _CORPORATE_TAIL.sub("", name)
                    if known is None and bare != name and len(bare.split()) > 1:
                        known = lookup(bare)  # not a one-word "Atlas" from "Atlas Group"
                if known is not None:
                    yield Mention(start, start + len(name), name, known.canonical, known.type,
                                  "gazetteer")
                    continue
                if rule_id == "according-to":
                    kind = ("person" if 2 <= len(words) <= 3 and _FULLNAME_RX.fullmatch(name)
                            and not self._org_words.intersection(words) else "org")
                if kind == "person" and self._org_words.intersection(words):
                    kind = "org"
                if kind == "person" and (len(words) < 2 or any(
                        w.casefold() in self._function_words for w in words[1:])):
                    continue  # "CEO Talks With Trump": a headline's words, not a name
                yield Mention(start, start + len(name), name, name, kind, "context")
