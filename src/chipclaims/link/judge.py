"""Read a claim sentence as statements and judge each against the record, as of a date.

A statement is what a sentence asserts, as data: a chip's figure (specification), a ratio
between two things (comparison), an event (actor, action, target, date), a sum of money, or
who the sentence credits (attribution). The cues come from ``data/statement_rules.csv``; the
names, numbers and dates are the parser's own entities, quantities and time expressions.

The verdict is computed, never assumed:

* an event or sum is matched to the record's facts with the same action whose subjects the
  sentence names; it is *supported* when the stated date and figure agree with the fact
  (within :data:`TOLERANCE`), *partly supported* when the right fact carries a different date
  or figure, a cumulative total is called one round, a pledge is told as done, or the fact no
  longer held on the day; a figure the record does not hold is a separate *unverifiable*
  statement, so a sentence that adds a count, a "first" or a sum is never wholly supported;
* a chip figure is compared with the range of every (non-doubtful) source's value for that
  chip and metric: inside the range *supported*, twice the dense figure without saying
  "sparse" *misleading*, elsewhere *contradicted*;
* a ratio is compared with the vendor's stated comparison or with the ratio of the two
  chips' figure ranges;
* anything else, and anything the record only learned after the article's date, is
  *unverifiable* as of publication.

Each statement is judged twice: as of its article's publication date, and as of the record's
latest date ("now"), with a note when the two differ.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..contract.vocabulary import (
    DATING_TIME_KINDS,
    EVENT_FIGURE_KINDS,
    FIGURE_KINDS,
    RESOLVED_DATING_KINDS,
    SPECIFIC_ENTITY_TYPES,
    VERDICT_SEVERITY,
)
from ..parse.temporal import MONTHS
from ..rules.patterns import Hits
from ..rules.statements import StatementRules
from .record import LISTING, MEMORY_KIND, MEMORY_METRIC, Fact, Record, base, period

TOLERANCE = 0.10  # relative difference a stated figure may have from the record's range
PLAUSIBLE = 10  # a stated figure this many times off the chip's range is not of that chip
OWN_TYPES = (*SPECIFIC_ENTITY_TYPES, "org")  # a sentence naming one speaks of its own
EXACT = 0.005  # a sum of money about a thing the sentence does not name must be the record's
APPROX_RATIO_TOLERANCE = 0.2  # "roughly six times": a ratio rounded to a whole number
APPROX_REACH = 15  # characters before a ratio's cue an "about" or "roughly" governs it
PRECISE_DIGITS = 3  # significant digits that make a figure precise, not rounded ("752")
PRECISE_SLACK = 0.01  # how far a precise figure may be from the sources' (a halved 1,979)
SPEC_TOLERANCE = 0.05  # figures in a datasheet are rounded less than sums in a news story
DATE_SLACK = dt.timedelta(days=3)  # a reported date may trail the event by a few days
WEEK = 7  # days: a stated day or week gets the slack, a month or a year none
OPEN_ENDED = 10  # a range whose top is this many times its bottom reads "more than"
DATE_REACH = 80  # characters between an action's cue and a date that dates it
NEGATION_REACH = 40  # characters before an action's cue a negation still governs it
DENIAL_REACH = 200  # characters before an action's cue a denial ("denied reports that") governs
UNDONE_AFTER = 70  # characters after a cue a passive reversal still governs it ("... was lifted")
CLAUSE_BREAKS = (";", ":", " but ", " after ", " while ", " which ")
LONGEST_NAME = 200  # characters: no name the parser finds is longer
NEAR = 90  # characters between an action's cue and a name of the fact it matches
# words between an opening subject and a cue that start another predicate or subject
OTHER_SUBJECT = re.compile(r"\b(?:even as|while|whereas|after|before|since|when|who|which|"
                           r"whose|according to|analysts?|noted|said|says|say)\b",
                           re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?\b")
OPENING_SUBJECT_REACH = 12  # characters before a sentence's opening subject ("The ", "Nvidia's ")
PARTICIPLE_REACH = 30  # characters before a date searched for a participle that owns it
PERIOD_WORD_REACH = 20  # characters before a date searched for a period word it belongs to
PERIOD_REACH = 40  # characters around a date searched for a reporting period it ends or is
SOFTENED_REACH = 16  # characters before a ban word searched for 'effectively', 'de facto'
PLAN_REACH = 30  # characters before a date searched for a plan's word and preposition
FUTURE_REACH = 12  # characters before a date in which a word of the future makes it a plan's
RECENT_REACH = 25  # characters before an action's cue in which "new", "latest" make it recent
REDUCED_REACH = 90  # characters before a figure read for "cut down to", "reduced ... from X to"
RECENT_DAYS = 366  # how long before an article's date a "new" act can have happened
OBJECT_GAP = 12  # characters between a cue and the name it acts on ("launched the new ...")
DOCUMENT_REACH = 25  # characters before a cue searched for the document that did the act
OPENING_WORDS = 3  # a date this near the sentence's start ("Back in 2019,") governs all of it
OPENING_REACH = 40  # characters: how far into the sentence such an opening date may start
PAIR_REACH = 60  # characters either side of a figure searched for its bracket
PAIR_NAMES_REACH = 400  # characters before a bracketed pair searched for the two things
CUE_WINDOW = 80  # characters around a figure searched for the words naming its metric
CUE_LENGTH = 12  # characters a metric's words may run past the window's end
# a metric's words before a figure with "and" between belong to the conjunct before: the
# figure's own words, if any, come after it
COORDINATED = re.compile(r"\sand\s")
TARGET_REACH = 90  # characters before a figure searched for a goal ("a target of 350W")
NAME_TYPES = SPECIFIC_ENTITY_TYPES  # what a figure or a comparison can be about
NUMBER = re.compile(r"\d+(?:\.\d+)?")
BOUND = re.compile(r"(?:(more than|over|at least|upwards of)|(less than|under|up to|at most))"
                   r"\s*$", re.IGNORECASE)  # "more than twice": a lower bound
# "15% of the related revenue": a share of revenue named before, not of all sales
ANAPHORIC_BASE = re.compile(r"\b(?:related|those|these|such|the same)\s+(?:\w+\s+){0,2}"
                            r"(?:revenues?|sales|income)\b", re.IGNORECASE)
# "shipments of certain chips ... a 15% fee": the sentence says the figure is for some chips
SOME_CHIPS = re.compile(r"\b(?:certain|some|specific|particular|those|these|such)\s+"
                        r"(?:\w+\s+){0,2}(?:chips?|processors?|accelerators?|GPUs?)\b"
                        r"(?!\s+(?:analysts?|makers?|industry|sector|stocks?|firms?|compan\w+|"
                        r"designers?|experts?|markets?|shortages?|supply|war))",
                        re.IGNORECASE)
SPEECH_REACH = 45  # characters before a weekday or relative time searched for "said"
EARLIER_REACH = 25  # characters before a cue searched for "previously", "already"
COMPLIANCE_REACH = 70  # characters before a rule's cue searched for "complies with"
ACT_REACH = 60  # characters before a standing rule's cue searched for "imposed", "introduced"
CLAUSE_REACH = 200  # characters either side of a figure searched for its clause's edges
ACT, FURTHER_ACT = "act", "further"  # what a date near a rule's cue dates (see _around)
DOUBTED = frozenset({"partial", "disputed", "not independently verified"})  # done in doubt
PLANNED_ONLY = frozenset({"pledge", "forecast"})  # fact qualifiers of what was only foreseen
THIRD_PARTY = "third_party"  # a fact qualifier: another party's finding about the event
TRAINED_ON = "trained_on"  # the action of training a model on some hardware
OPEN_SOURCE = "open_source"  # the action of making a model or software open source
CLOSED_GAP = 2  # characters between "proprietary" and the name it describes (a space)
MEMORY_KIND_REACH = 25  # characters after a memory figure searched for its kind ("of HBM3e")
DIRECTION_REACH = 30  # characters around a figure searched for the way it moved ("fell")
SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)
SINCE_REACH = 16  # characters before a date searched for "since" ("ever since early")
FUNDING_ACTION = "funding"  # money raised, which selling a stake undoes
ACQUISITION_ACTION = "acquisition"  # a company bought, which a review of the deal only names
SUMMONS_ACTION = "security_summons"  # China's regulator calling a company in over risks
DISCOURAGE_ACTION = "discourage"  # Chinese authorities steering firms off a chip
INFERENCE_ACTION = "inference_focus"  # chips put to inference rather than training
DESIGN_REACH = 60  # characters before a use read for the words that make it a design
ASIDE_REACH = 80  # characters before a restriction read for "despite", "amid" and the like
ACTOR_IN_CUE = 60  # characters of a steer's words that may still name who tells
LICENCE_ACTION = "licence_required"  # a requirement one must meet is a licence needed
COMPONENTS = "components"  # the action of being built from parts or by makers
SHOWCASE_ACTION = "showcase"  # shown in public, which is not a first unveiling if released
RELEASE_ACTION = "release"  # ... before it
# acts on a product, which a document released about it ("released the technical report of
# GLM-5") is not
PRODUCT_ACTS = frozenset({RELEASE_ACTION, OPEN_SOURCE, SHOWCASE_ACTION, COMPONENTS})
COMPLETE_REACH = 25  # characters around an act's cue searched for "fully", "entirely"
FIRST_SHOWING_REACH = 100  # characters before a showing's cue searched for "unveiled"
AT_EVENT = re.compile(r"\bat\s+(?:the\s+)?[^,;.]*$", re.IGNORECASE)
AT_REACH = 45  # characters before a showing's cue searched for "at (the)"
OF_THING = re.compile(r"\bof\s+(?:its|the|their|his|her)?\s*$", re.IGNORECASE)
# a hyphenated word used as a verb, not before a noun ("state-backed to the tune of ...")
VERB_USE = re.compile(r"\s+(?:to|by|with|in|for)\b")
SUBJECT_REACH = 300  # characters before a cue searched for its subject
PARTICIPLE_COMMA = re.compile(r",\s*$")  # the comma right before the cue
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|that)\b[^,;:]*,")
# the cue opens a relative clause on the name right before it ("the A100 chip, which
# debuted three years ago"): the clause is about that name
RELATIVE_OPENING = re.compile(r"(?:\s+[\w-]+){0,2}\s*,?\s*(?:which|that|who)\s+"
                              r"(?:(?:was|were|is|are|had|has|have|first|just|\w+ly)\s+)*+")
NO_FIGURES = "the record holds no comparable figures for this metric"  # a comparison left open
PARITY = (0.9, 1.1)  # a ratio of two figures within which "on par with" holds
NEAR_PARITY = (0.75, 4 / 3)  # close but not equal: "on par" is partly supported
PARITY_FORM = "order_equal"  # the comparison form of a parity (statement_rules.csv)
PARITY_REACH = 30  # characters before a parity's cue searched for words that undo it
RIVAL_REACH = 45  # "to compete with Nvidia's new GB200 NVL72": the words before a rival
# what a count of chips that make up a thing measures, by the thing's type: "384 Ascend 910C
# chips" in a system are its chips, "two 910B dies" in a chip its dies
PARTS_METRIC = {"hardware": "chips", "chip": "dies"}
INTEGER_METRIC = "compute_int8"  # counted in operations (TOPS), not floating-point ones
CHIP_WORD_REACH = 25  # characters around a cue searched for a chip word (about_chips)
RULE_ACT_REACH = 60  # characters around a rule's name searched for what it did (rule_act)
ANNOUNCED_REACH = 50  # characters before a completed act's cue searched for its announcement
ATTRIBUTIVE_GAP = 2  # characters between a year and the word it modifies ("2020 acquisition")
BY = "by:"  # a fact qualifier naming the act's doer ("by:Nvidia")
# words that put a us_side fact on the US side: a licence, a US body or leader
US_SIDE = re.compile(r"\b(?:licen[cs]\w*|BIS|Commerce|Washington|Trump)\b")
CHIPS_METRIC = "chips"  # the chips a system holds: a figure of hardware only
PROCESS_METRIC = "process_nm"  # the metric whose sources also say who makes the chip
MAKER_WORD = re.compile(r"\b[A-Z]{3,}\b")  # a foundry's acronym: "SMIC", "TSMC"
# "without": a licence's exception inside a cue ("barred ... without approval") and an
# adjunct after one ("trained on Ascend without Nvidia hardware"), never the act's negation
WITHOUT = re.compile(r"\bwithout\b", re.IGNORECASE)
MODIFIER_GAP = 30  # characters of one modifier word between a comparison's cue and a thing
CAPABILITY_METRIC = "compute_fp16"  # what "more capable than" is read on, no metric named
# "384 Ascend 910C": parts, not the topic ("in 2025 Ascend 910C output" is a year)
COUNTED = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\s)\d[\d,.]*\s{1,2}$")
# between a whole and the count of its parts: a verb or two, or ", which/that" and a verb
# ("CloudMatrix 384 system, which is a cluster of 384 ...")
WHOLE_GAP = re.compile(r"(?:(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?:which|that)\s+|\s+)"
                       r"(?:[a-z][\w-]*\s+){0,4}")
WHOLE_REACH = 120  # characters before a count in which another thing leaves its whole open
# ... and a vendor's name before the next ("the NVIDIA H20 and AMD MI308", "Nvidia's H20 and
# AMD's MI308")
COORDINATION = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|&)\s+)(?:the\s+)?"
                          r"(?:[A-Z][A-Za-z-]*(?:['’]s)?\s+)?")
COUNT_GAP = re.compile(r"\s{1,2}")  # "384 Ascend 910C": a count right before a name
ADDITIVE_UNITS = ("parameters", "GB", "count")  # units a part of a whole is counted in
# "44 billion of its 744 billion parameters": a bare figure counted out of a whole with a unit
PART_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:its|the|their|a|an)\s+)?(?:total\s+)?")
FOR_NAME = re.compile(r"[^.;,]{0,30}\b(?:for|of|on|from|in|to|by)\b[^.;,]{0,20}$")


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    canonical: str
    type: str


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float
    unit: str
    kind: str
    surface: str


@dataclass(frozen=True)
class Time:
    start: int
    end: int
    kind: str
    resolved: str


def outermost(spans: dict[str, list[tuple[int, int]]]) -> set[str]:
    """The names with a span not lying inside another name's longer span: "memory
    bandwidth" names the bandwidth, not the memory. One sweep over the sorted spans."""
    inside, reach = set(), -1  # a span lies in one that starts before it and reaches past
    for lo, hi in sorted({x for found in spans.values() for x in found},
                         key=lambda x: (x[0], -x[1])):
        if reach >= hi:
            inside.add((lo, hi))
        reach = max(reach, hi)
    return {name for name, found in spans.items() if any(x not in inside for x in found)}


@dataclass
class Sentence:
    """What the judge reads of one sentence: its text and the spans the parser found in it
    (columns local to the sentence)."""

    text: str
    names: list[Name] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    attribution: str = ""
    # what an opening "It" or "The system" stands for: the thing of that type a sentence
    # just before named first (:func:`antecedent`), spanning the words that stand for it
    antecedent: Name | None = None
    # whether the article named a thing or organisation before this sentence (a test per
    # name, so that nothing per sentence grows with the article's names)
    named_earlier: Callable[[str], bool] | None = None
    # whether the sentence just before it is about chips (``chip_scope``): "the U.S.
    # government introduced new restriction rules" after a sentence on Nvidia's chips is a
    # chip rule, though it names no chip itself
    after_chips: bool = False

    def __post_init__(self) -> None:
        # Names sorted by position once, so that every lookup below is a bisection: a
        # sentence of a megabyte with thousands of names stays linear.
        things = sorted((n for n in self.names if n.type in NAME_TYPES),
                        key=lambda n: (n.start, n.end))
        self._things = things
        self._names_sorted = sorted(self.names, key=lambda n: (n.start, n.end))
        self._name_starts = [n.start for n in self._names_sorted]
        self._thing_names = {n.canonical for n in things}
        self._thing_starts = [n.start for n in things]
        self.numbers = sorted(self.numbers, key=lambda n: (n.start, n.end))
        self._number_starts = [n.start for n in self.numbers]
        self.numbers_by_end = sorted(self.numbers, key=lambda n: n.end)
        self._number_ends = [n.end for n in self.numbers_by_end]
        by_end = sorted(things, key=lambda n: n.end)
        self._things_by_end = by_end
        self._thing_ends = [n.end for n in by_end]
        self._hits: Hits | None = None
        self._metrics: frozenset[str] | None = None
        self._cues: list[tuple[object, list]] | None = None
        self._spans: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
        spans: dict[str, list[tuple[int, int]]] = {}
        for n in sorted(self.names, key=lambda n: n.start):
            spans.setdefault(n.canonical, []).append((n.start, n.end))
        for canon, items in spans.items():
            self._spans[canon] = ([a for a, _ in items], items)

    def scan(self, rules: StatementRules) -> Hits:
        """Which of the statement cues may match the sentence (one scan, then cached)."""
        if self._hits is None:
            self._hits = rules.patterns.scan(self.text)
        return self._hits

    def only_orgs(self, names: set[str] | frozenset[str]) -> bool:
        """Whether every one of ``names`` is named in the sentence as an organisation."""
        named = [n for n in self.names if n.canonical in names]
        return bool(named) and all(n.type == "org" for n in named)

    def names_own_besides(self, names: frozenset[str], rules: StatementRules,
                          start: int = 0, end: int | None = None) -> bool:
        """Whether the sentence (or its span ``start``..``end``) names a company, chip,
        system or model other than ``names`` and the public bodies (what it is about, when a
        US act is named only through the US as a whole)."""
        public = rules.qualifiers["public_body"]
        end = len(self.text) if end is None else end
        lo = bisect.bisect_left(self._name_starts, start - LONGEST_NAME)
        hi = bisect.bisect_left(self._name_starts, end)  # only the names of the span: linear
        return any(n.type in OWN_TYPES and n.canonical not in names
                   and not (n.type == "org" and public.search(n.canonical))
                   and n.end > start for n in self._names_sorted[lo:hi])

    def names_a_company(self, rules: StatementRules, among: frozenset[str]) -> bool:
        """Whether the sentence names an organisation of ``among`` that is not a public
        body."""
        public = rules.qualifiers["public_body"]
        return any(n.type == "org" and n.canonical in among and not public.search(n.canonical)
                   for n in self.names)

    @property
    def canon(self) -> set[str]:
        return set(self._spans)

    @property
    def names_a_chip(self) -> bool:
        """Whether the sentence names a chip (not only a model or a system)."""
        return any(n.type == "chip" for n in self._things)

    @property
    def things(self) -> set[str]:
        """The different chips, systems and models the sentence names."""
        return self._thing_names

    def numbers_within(self, start: int, end: int) -> list[int]:
        """Indexes of the numbers that overlap ``start:end``."""
        i = bisect.bisect_left(self._number_starts, start - LONGEST_NAME)
        out = []
        while i < len(self.numbers) and self.numbers[i].start < end:
            if self.numbers[i].end > start:
                out.append(i)
            i += 1
        return out

    def contrast_at(self, rules: StatementRules) -> int:
        """Where the first word setting two things side by side stands, after the first
        thing named (or past the end): a "While" that opens the sentence sets nothing against
        a thing yet ("While Huawei's CM384 offers 300 PFLOPS, …" gives the CM384's figure)."""
        if not hasattr(self, "_contrast"):
            rx = rules.qualifiers["contrast"]
            m = (rx.search(self.text, self._things[0].end)
                 if self._things and self.scan(rules).may(rx) else None)
            self._contrast = m.start() if m else len(self.text) + 1
        return self._contrast

    def task_scoped(self, rules: StatementRules) -> bool:
        """Whether the sentence scopes what it compares to tasks ("in inference", "on some
        benchmarks"), once per sentence: no dense-compute figure settles such a comparison."""
        if not hasattr(self, "_task_scoped"):
            self._task_scoped = rules.qualifiers["task_scope"].search(self.text) is not None
        return self._task_scoped

    def things_before(self, pos: int, reach: int) -> list[Name]:
        """The things named in the ``reach`` characters before ``pos``, in text order."""
        i = bisect.bisect_right(self._thing_ends, pos)
        j = bisect.bisect_left(self._thing_ends, pos - reach)
        return sorted(self._things_by_end[j:i], key=lambda n: (n.start, n.end))

    def counted_thing(self, num: Number) -> Name | None:
        """The thing a count counts, named right after its figure ("384 Ascend 910C
        chips"), whether the count's unit took the name in ("8,192 Ascend") or not."""
        i = bisect.bisect_left(self._thing_starts, num.start)
        part = self._things[i] if i < len(self._things) else None
        if part is None or (part.start >= num.end and not COUNT_GAP.fullmatch(
                self.text, num.end, part.start)):
            return None
        return part if part.start > num.start else None

    def names_before(self, pos: int, count: int) -> list[Name]:
        """The last ``count`` names starting before ``pos``, in order (a bisection: linear
        however many names the sentence holds)."""
        i = bisect.bisect_left(self._name_starts, pos)
        return self._names_sorted[max(0, i - count):i]

    def name_after(self, pos: int) -> Name | None:
        """The first name of any type at or after ``pos``."""
        i = bisect.bisect_left(self._name_starts, pos)
        return self._names_sorted[i] if i < len(self._names_sorted) else None

    def thing_after(self, pos: int, exclude: str = "") -> Name | None:
        """The first chip, system or model named at or after ``pos`` (other than
        ``exclude``)."""
        i = bisect.bisect_left(self._thing_starts, pos)
        while i < len(self._things) and self._things[i].canonical == exclude:
            i += 1
        return self._things[i] if i < len(self._things) else None

    def thing_before(self, pos: int, exclude: str = "") -> Name | None:
        """The chip, system or model named last before ``pos`` (ending at or before it;
        other than ``exclude``)."""
        i = bisect.bisect_right(self._thing_ends, pos)
        while i and self._things_by_end[i - 1].canonical == exclude:
            i -= 1
        return self._things_by_end[i - 1] if i else None

    def whole_of(self, name: Name) -> Name | None:
        """What a thing counted as a part stands for: "384 Ascend 910C processors" in "The
        architecture combines 384 Ascend 910C processors to provide 300 PFLOPS" are parts
        of the system, whose figure it is (the thing named before the count in the
        sentence, else the system an opening "The system" stands for, else nobody known).
        Any other name stands for itself."""
        i = bisect.bisect_right(self._number_ends, name.start)
        count = self.numbers_by_end[i] if i < len(self.numbers_by_end) else None
        if count is None or not count.start < name.start < count.end:
            # a count whose unit did not take the name in ("384 Ascend 910C chips")
            count = self.numbers_by_end[i - 1] if i else None
            if count is not None and not COUNT_GAP.fullmatch(self.text, count.end,
                                                             name.start):
                count = None
        if count is None or count.kind != "count":
            return name
        before = self.thing_before(count.start)
        if before is not None and WHOLE_GAP.fullmatch(self.text, before.end, count.start):
            return before  # "CloudMatrix 384 combines 384", "GB200 NVL72, which employs 72"
        if before is not None and before.start >= count.start - WHOLE_REACH:
            return None  # "Compared with the H100, a server of 8 ...": whose is unknown
        ante = self.antecedent
        return (ante if ante is not None and ante.type in PARTS_METRIC
                and ante.end <= count.start else None)

    def cue_matches(self, rules: StatementRules) -> list[tuple[object, list]]:
        """Each action's cue matches (:func:`_cue_matches`), found once per sentence for the
        events and for the acts the record is silent on."""
        if self._cues is None:
            self._cues = _cue_matches(self, rules, self.scan(rules))
        return self._cues

    def metrics_named(self, rules: StatementRules) -> frozenset[str]:
        """The compute and memory metrics the sentence names, once per sentence: a word
        inside a longer metric's words names only the longer ("memory bandwidth" is no
        memory capacity)."""
        if self._metrics is None:
            spans = {cue.name: [m.span() for m in self.scan(rules).finditer(cue.pattern,
                                                                             self.text)]
                     for cue in rules.metrics
                     if cue.name.startswith(("compute", "memory", "mem_bw"))}
            self._metrics = frozenset(outermost(spans))
        return self._metrics

    def names_as(self, f: Fact) -> bool:
        """Whether every name the sentence gives the fact's subjects is one the fact's own
        statement uses ("Zhipu AI, now known as Z.ai" for the Z.ai rename; not "Knowledge
        Atlas Technology, better known as Zhipu")."""
        return all(self.text[n.start:n.end] in f.statement
                   for n in self.names if n.canonical in f.subjects)

    def things_near(self, start: int, end: int, reach: int) -> list[Name]:
        """The chips, systems and models named within ``reach`` characters of
        ``start:end``."""
        i = bisect.bisect_left(self._thing_starts, start - reach - LONGEST_NAME)
        out = []
        while i < len(self._things) and self._things[i].start <= end + reach:
            n = self._things[i]
            if max(n.start - end, start - n.end, 0) <= reach:
                out.append(n)
            i += 1
        return out

    def first_after(self, names: frozenset[str], pos: int) -> int | None:
        """Where the first mention of one of ``names`` at or after ``pos`` starts."""
        best = None
        for canon in names:
            found = self._spans.get(canon)
            if found:
                i = bisect.bisect_left(found[0], pos)
                if i < len(found[0]) and (best is None or found[0][i] < best):
                    best = found[0][i]
        return best

    def only_as_modifier(self, names: frozenset[str] | set[str],
                         rules: StatementRules) -> bool:
        """Whether every mention of ``names`` is the first half of a compound modifier
        ("Ascend-based servers", "Nvidia-powered"): the sentence then acts on another thing."""
        suffix = rules.qualifiers["modifier_suffix"]
        spans = [sp for n in names for sp in self._spans.get(n, ((), ()))[1]]
        return bool(spans) and all(suffix.match(self.text, b) for _, b in spans)

    def opens_with(self, names: frozenset[str], cue_start: int,
                   rules: StatementRules) -> bool:
        """Whether the sentence opens with one of ``names`` as the subject of its main verb
        ("The H20 chip was specifically developed as a less potent alternative to Nvidia's
        flagship accelerators, tailored to comply with previous US export restrictions"), and
        no other chip, system or model stands between it and the cue: the act is that
        subject's, however long the sentence runs before the cue."""
        if not self._names_sorted:
            return False
        first = self._names_sorted[0]
        if (first.canonical not in names or first.start > OPENING_SUBJECT_REACH
                or first.end > cue_start
                or rules.qualifiers["opening_subject"].match(self.text, first.end) is None):
            return False
        k = bisect.bisect_right(self._thing_starts, first.start)
        if any(n.start < cue_start and n.canonical != first.canonical
               for n in self._things[k:k + 1]):
            return False
        between = self.text[first.end:cue_start]
        if rules.qualifiers["clause_break"].search(between) or OTHER_SUBJECT.search(between):
            return False  # ", and several of its peers were added", "even as Washington"
        # another organisation acting in between ("a position helped by Washington's
        # decision"): only a company's possessive ("Nvidia's flagship accelerators") passes
        lo = bisect.bisect_right(self._name_starts, first.start)
        hi = bisect.bisect_left(self._name_starts, cue_start)
        public = rules.qualifiers["public_body"]
        generic = rules.qualifiers["generic_actor"]
        return not any(
            n.type in OWN_TYPES and n.canonical != first.canonical
            and (public.search(n.canonical) or generic.fullmatch(n.canonical)
                 or not (POSSESSIVE.match(self.text, n.end)
                         or self.text[n.end - 2:n.end] in ("'s", "’s")))
            for n in self._names_sorted[lo:hi])

    def named_between(self, names: frozenset[str], start: int, end: int) -> bool:
        """Whether one of ``names`` is named wholly inside ``start:end``."""
        lo = bisect.bisect_left(self._name_starts, start)
        hi = bisect.bisect_left(self._name_starts, end)
        return any(n.canonical in names and n.end <= end for n in self._names_sorted[lo:hi])

    def named_near(self, names: frozenset[str], start: int, end: int, reach: int) -> bool:
        """Whether one of ``names`` is named within ``reach`` characters of ``start:end``."""
        for canon in names:
            found = self._spans.get(canon)
            if not found:
                continue
            starts, spans = found
            i = bisect.bisect_left(starts, start - reach - LONGEST_NAME)
            while i < len(spans) and spans[i][0] <= end + reach:
                a, b = spans[i]
                if max(a - end, start - b, 0) <= reach:
                    return True
                i += 1
        return False


@dataclass
class Part:
    """One statement of a sentence with its verdicts."""

    kind: str
    action: str
    subjects: tuple[str, ...]
    start: int
    end: int
    statement: str
    verdict: str
    rationale: str
    evidence: list[str]
    verdict_today: str = ""
    note_today: str = ""
    value: float | None = None
    unit: str = ""
    stated_date: str = ""
    attributed_to: str = ""
    fact: Fact | None = None


# --- small helpers ----------------------------------------------------------------------

def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _within(value: float, low: float, high: float, tol: float) -> bool:
    return low * (1 - tol) <= value <= high * (1 + tol)


_DIGITS = re.compile(r"\d[\d,.]*")


def _precise(surface: str) -> bool:
    """Whether a figure is written to more places than news rounds to ("752", "1,456",
    "2.65"), rather than rounded ("800", "8,000", "1.4"): at least
    :data:`PRECISE_DIGITS` significant digits. A rounded figure may stand for a source's
    value within :data:`SPEC_TOLERANCE`; a precise one that is none of them is a different
    value."""
    m = _DIGITS.search(surface)
    if m is None:
        return False
    digits = m.group(0).replace(",", "").replace(".", "").lstrip("0").rstrip("0")
    return len(digits) >= PRECISE_DIGITS


def _fmt(x: float) -> str:
    if x >= 1e9:
        return f"{x / 1e9:g} billion"
    if x >= 1e6:
        return f"{x / 1e6:g} million"
    return f"{x:,.6g}"


def _range(low: float, high: float, unit: str) -> str:
    unit = "" if unit == "count" else unit
    if high >= 1e11 and high > 10 * low:
        return f"more than {_fmt(low)} {unit}".strip()
    return (f"{_fmt(low)}–{_fmt(high)} {unit}" if high != low else f"{_fmt(low)} {unit}").strip()


def _figure_agrees(value: float, fact: Fact, tolerance: float = TOLERANCE,
                   bound: str = "") -> bool:
    """A stated figure agrees with a fact's figure or range; for an open-ended one ("more
    than US$1.4 billion") only the stated threshold agrees: a larger figure is not shown.
    A stated lower bound (``bound="at_least"``: "more than $2 billion") agrees with a record
    figure at or above it, up to :data:`OPEN_ENDED` times it; an upper bound ("at_most")
    with one at or below it, down to a tenth of it; no tolerance widens a bound."""
    real_high = fact.amount_high if fact.amount_high is not None else fact.amount
    high = fact.amount if real_high > OPEN_ENDED * fact.amount else real_high
    if bound == "at_least":  # the record's figure is at or above the bound, not far above
        return high >= value and fact.amount <= value * OPEN_ENDED
    if bound == "at_most":  # at or below it (an open-ended record never is)
        return real_high <= value and fact.amount >= value / OPEN_ENDED
    return _within(value, fact.amount, high, tolerance)


def _nearest(cues: list[re.Match[str]], starts: list[int], num: Number) -> re.Match[str]:
    """The cue match (``cues`` in text order, ``starts`` their starts) nearest a figure: one
    bisection, however many cues."""
    k = bisect.bisect_left(starts, num.start)
    near = cues[max(0, k - 1):k + 1] or cues[-1:]
    return min(near, key=lambda c: max(c.start() - num.end, num.start - c.end(), 0))


def _counts_the_same(num: Number, fact: Fact) -> bool:
    """Whether a stated count counts what the fact's count does: its noun ("affiliates")
    is in the fact's statement."""
    noun = num.unit.lower().rstrip("s")
    return len(noun) > 2 and noun in fact.statement.lower()


def _bound(s: Sentence, num: Number, rules: StatementRules) -> str:
    """Whether words right before a figure make it a lower or an upper bound ("more than
    $2 billion", "fewer than 100"): the qualifier's name, or ''."""
    before = s.text[max(0, num.start - CUE_WINDOW):num.start]
    return next((q for q in ("at_least", "at_most") if rules.qualifiers[q].search(before)), "")


def _tolerance(s: Sentence, num: Number, rules: StatementRules) -> float:
    """How far a stated figure may be from the record's: :data:`TOLERANCE` for sums and
    measures, which news rounds; none for a count stated plainly ("67 affiliates" is not the
    record's 68), unless words before it make it approximate ("nearly 70 affiliates")."""
    if num.kind != "count":
        return TOLERANCE
    before = s.text[max(0, num.start - CUE_WINDOW):num.start]
    return TOLERANCE if rules.qualifiers["approximate"].search(before) else 0.0


def _states_figure(num: Number, fact: Fact, tolerance: float = TOLERANCE) -> bool:
    """The sentence states the fact's own figure (then the cue may stand anywhere in it)."""
    if num.kind == "count":
        return fact.unit == "count" and _figure_agrees(num.value, fact, tolerance)
    based = base(num.value, num.unit)
    return (based is not None and based[1] == fact.unit
            and _figure_agrees(based[0], fact, tolerance))


def _dateline_end(s: Sentence, rules: StatementRules | None) -> int:
    """Where a wire dateline without a year opening the sentence ends ("June 25 (Reuters) -"),
    else 0: its day is when the page was filed, not a date of the act it reports."""
    found = rules.qualifiers["dateline"].match(s.text) if rules is not None else None
    return found.end() if found else 0


def _stated_periods(s: Sentence, rules: StatementRules | None = None,
                    before: dt.date | None = None) -> Dates:
    """The dates the sentence states: (first day, last day, as written resolved, span). With
    ``rules``, a date right after a word of the future ("its expected October debut") is left
    out: it dates a plan, not the act the sentence reports. A weekday or a relative time
    ("on Saturday", "three years ago", "this month") dates an act only against ``before``,
    the article's day, and only up to that day ("this year" in a page of June is January to
    June), so a standing fact of an earlier year still holds in it; one right after words of
    speech ("the report said on Monday") dates the saying and is left out. The last element
    of each period says whether it came from such a relative time."""
    out = []
    future = rules.qualifiers["future"] if rules is not None else None
    filed = _dateline_end(s, rules)
    for t in s.times:
        if t.kind not in RESOLVED_DATING_KINDS or not t.resolved or t.start < filed:
            continue
        relative = t.kind not in DATING_TIME_KINDS
        if relative and (before is None or rules is None or rules.qualifiers[
                "speech_time"].search(s.text, max(0, t.start - SPEECH_REACH), t.start)):
            continue  # "the report said on Monday": Monday is when it was said
        if future is not None and (
                future.search(s.text, max(0, t.start - FUTURE_REACH), t.start)
                or rules.qualifiers["plan_date"].search(s.text, max(0, t.start - PLAN_REACH),
                                                        t.start)
                or rules.qualifiers["period_end"].search(s.text, max(0, t.start - PERIOD_REACH),
                                                         t.start)
                or _names_period(s.text, t, rules)):
            # a plan's date, or a reporting period or its end ("quarter ending April 27",
            # "the first quarter 2026 that ends on 27 April 2025")
            continue
        bounds = t.resolved.split("/")
        try:
            lo, hi = period(bounds[0]), period(bounds[-1], end=True)
        except ValueError:
            continue
        if lo and hi and relative:  # "this month" is up to the article's day, not after it
            if lo > before:
                continue
            hi = min(hi, before)
        if lo and hi:
            out.append((lo, hi, t.resolved, t.start, t.end, relative))
    if rules is None:
        return Dates(out)
    dates = Dates(out, rules.qualifiers["earlier_act"], rules.qualifiers["clause_break"],
                  rules.qualifiers["year_modifier"], rules.qualifiers["participle_date"],
                  rules.qualifiers["act_verb"], rules.qualifiers["participle_break"],
                  rules.qualifiers["act_verb_passive"], rules.qualifiers["since_date"])
    return dates


def _names_period(text: str, t: Time, rules: StatementRules) -> bool:
    """Whether a date names a reporting period: a period word in it or just before it, a
    verb of ending right after it ("the first quarter 2026 that ends on 27 April 2025")."""
    m = rules.qualifiers["period_named"].search(text, max(0, t.start - PERIOD_WORD_REACH),
                                                t.end + PERIOD_REACH)
    return m is not None and m.start() < t.end


class Dates(list):
    """The dates a sentence states, in text order, with their start columns for bisection,
    the words that put an act before them and the words that start another predicate (see
    :func:`_around`)."""

    def __init__(self, items=(), earlier: re.Pattern[str] | None = None,
                 breaks: re.Pattern[str] | None = None,
                 modifier: re.Pattern[str] | None = None,
                 participle: re.Pattern[str] | None = None,
                 act: re.Pattern[str] | None = None,
                 breaks_after: re.Pattern[str] | None = None,
                 act_after: re.Pattern[str] | None = None,
                 since: re.Pattern[str] | None = None) -> None:
        super().__init__(items)
        self.act_after = act_after  # the act told after the cue, in the passive
        self.breaks_after = breaks_after  # predicates that own only the dates after them
        self.starts = [p[3] for p in self]
        self.earlier = earlier
        self.breaks = breaks
        self.modifier = modifier
        self.participle = participle
        self.act = act
        self.cue_ends: list[int] = []  # where the sentence's action cues end, sorted
        self.since = since  # the word before a date making it a state's start ("since 2024")

    def owned(self, cue: re.Match[str], p: tuple) -> bool:
        """Whether a participle right after another action's cue owns the date ("to comply
        with export restrictions imposed in 2022" near "engineered for China": 2022 is the
        restrictions'); a participle after the cue's own words, or after a name ("controls
        on the A100 imposed in March 2021"), leaves the date to the cue."""
        if self.participle is None or not self.cue_ends:
            return False
        m = self.participle.search(cue.string, max(0, p[3] - PARTICIPLE_REACH), p[3])
        if m is None:
            return False
        if m.group("effect"):  # "set to come into force on May 15": the day it applies,
            # which dates no act but the effect's own cue
            return not cue.start() <= m.start() < cue.end()
        if cue.start() <= m.start() <= cue.end() + 1:
            return False
        lead = cue.string[:m.start()].rstrip()
        if (not lead or lead.endswith(",")) and cue.string[p[4]:].lstrip().startswith(",") \
                and cue.start() >= p[4] and m.group("founding"):
            return True  # "Zhipu, founded in 2019, has received investments": the aside's
        k = bisect.bisect_right(self.cue_ends, m.start()) - 1
        if p[4] <= cue.start() and k >= 0 and self.cue_ends[k] < cue.start():
            # "the rule, which was issued in January 2025 and set to take effect later":
            # the participle tells the earlier cue's act, and a cue after the date is
            # another act ("Issued in October 2022, the rules ..." names no cue before)
            return True
        return k >= 0 and self.cue_ends[k] != cue.end() and \
            not cue.string[self.cue_ends[k]:m.start()].strip()


def _around(periods: Dates, cue: re.Match[str]) -> list[tuple]:
    """The stated dates close enough to an action's cue to date it ("added to the Entity
    List in January", not the "2020 acquisition" a long sentence also mentions). Only the
    neighbourhood of the cue is looked at, so a long sentence stays linear. A cue joined to
    a capitalised word before it by a hyphen ("the US-blacklisted firm") describes a standing
    state (not "co-founded"),
    which the sentence's dates do not date ("Last year, the US-blacklisted firm ...")."""
    if cue.start() > 1 and cue.string[cue.start() - 1] == "-":
        joined = cue.string[max(0, cue.start() - 12):cue.start() - 1].split()
        if joined and joined[-1][:1].isupper():
            return []  # "US-blacklisted", not "co-founded"
    if periods.earlier is not None and periods.earlier.search(
            cue.string, max(0, cue.start() - EARLIER_REACH), cue.start()):
        # "previously blacklisted Huawei was named on Monday": Monday is not it, though a
        # date written out ("had initially launched the Ascend 910 in 2017") still is
        kept = Dates([p for p in periods if not p[5]], breaks=periods.breaks,
                     modifier=periods.modifier, participle=periods.participle,
                     act=periods.act, breaks_after=periods.breaks_after,
                     act_after=periods.act_after, since=periods.since)
        kept.cue_ends, periods = periods.cue_ends, kept
    i = bisect.bisect_left(periods.starts, cue.start() - DATE_REACH - LONGEST_NAME)
    out = []
    while i < len(periods) and periods[i][3] <= cue.end() + DATE_REACH:
        p = periods[i]
        if max(p[3] - cue.end(), cue.start() - p[4], 0) <= DATE_REACH and not _other_clause(
                periods, i, cue) and not _dates_a_noun(cue, p, periods.modifier) \
                and not periods.owned(cue, p):
            out.append(p)
        i += 1
    if (not out and periods and periods.starts[0] < cue.start()
            and (len(periods) == 1 or periods.starts[1] > cue.start())):
        # a date that opens the sentence ("On August 26, 2022, the government informed
        # Nvidia ... effective immediately") dates its act however long the sentence runs
        # on, unless the act is told in a relative clause or by someone speaking on that
        # date ("In June 2025, Huang noted that Huawei was put on the Entity List")
        p = periods[0]
        if (p[3] <= OPENING_REACH and len(cue.string[:p[3]].split()) <= OPENING_WORDS
                and not periods.owned(cue, p) and not _dates_a_noun(cue, p, periods.modifier)
                and not OPENING_BLOCK.search(cue.string, p[4], cue.start())):
            out.append(p)
    if out:  # "The A800, which was launched in 2022, can be sold": the clause's date
        out = [p for p in out if not _in_relative_clause(cue, p[3], p[4])]
    act = None if not out or periods.act is None else periods.act.search(
        cue.string, max(0, cue.start() - ACT_REACH), cue.start())
    if act is None and out and periods.act_after is not None:
        # "restrictions ... were first imposed under Biden in 2023": the act, in the passive
        act = periods.act_after.match(cue.string, cue.end(), cue.end() + ACT_REACH)
        if act is not None and not any(p[3] >= act.end() for p in out):
            act = None  # the date stands before the verb: it dates the cue's noun
    if act is not None:
        # "imposed restrictions on Huawei in May 2019": the date is the act's; "tightened
        # ... in August 2020" is a later act on the rule (see :func:`_date_agrees`)
        out = [(*p[:6], FURTHER_ACT if act.groupdict().get("further") else ACT) for p in out]
    elif periods.since is not None:
        # "have required a licence since 2024": the date is when the state began, as the
        # act that began it is dated
        out = [(*p[:6], ACT) if periods.since.search(cue.string, max(0, p[3] - SINCE_REACH),
                                                      p[3]) else p for p in out]
    return out


# words between an opening date and a cue that put the cue's act out of the date's reach
OPENING_BLOCK = re.compile(r"\b(?:which|who|whom|whose|said|says|say|noted|notes|argued|"
                           r"claimed|recalled|explained|according|speaking)\b", re.IGNORECASE)


def _dates_a_noun(cue: re.Match[str], p: tuple, modifier: re.Pattern[str] | None) -> bool:
    """A year written before a noun that is not the cue ("its 2020 acquisition of Mellanox"
    near "anti-monopoly") dates that noun, not the act the cue names; "the 2022 rules" still
    dates the rules (``modifier``: the ``year_modifier`` qualifier)."""
    if modifier is None or p[4] - p[3] != 4:
        return False
    m = modifier.match(cue.string, p[3], p[4] + 30)
    return m is not None and not cue.start() <= m.start("noun") < cue.end()


_MAIN_VERB = re.compile(r",\s*(?:was|were|is|are|has|had|have|will|would|can|could|did|does)\b")


def _dates_of(periods: list[tuple]) -> str:
    """The stated dates of a statement, as its ``stated_date`` shows them: each once ("July
    15, 2025 - Nvidia announced on July 15, 2025" states one date)."""
    return ";".join(dict.fromkeys(p[2] for p in periods))


def _other_clause(periods: Dates, i: int, cue: re.Match[str]) -> bool:
    """A date another predicate owns. Before the cue: "was spun out of Tsinghua in 2019 and
    listed in Hong Kong this January" does not date the listing to 2019; after a cue set off
    by commas, past the closing comma: "Z.ai, formerly Zhipu AI, was spun out in 2019" does
    not date the new name. A date that
    opens the sentence ("In 2019, the US blacklisted Huawei and added ...") governs all of
    it, and one followed by another date before the cue ("in 2022 and 2023 released") is part
    of a list of dates."""
    p = periods[i]
    text = cue.string
    if p[3] >= cue.end():  # after the cue: past another predicate, or an appositive's comma
        if any(b is not None and b.search(text, cue.end(), p[3])
               for b in (periods.breaks, periods.breaks_after)):
            return True  # "spun out in 2019 and listed ... this January"
        if not text[max(0, cue.start() - 4):cue.start()].rstrip().endswith(","):
            return False
        # ", formerly Zhipu AI, was spun out in 2019": the comma before the main clause's verb
        # closes the appositive ("launched in Shenzhen, China, in 2016" has no such comma)
        return _MAIN_VERB.search(text, cue.end(), p[3]) is not None
    if periods.breaks is None or p[4] > cue.start():
        return False
    if i + 1 < len(periods) and periods[i + 1][4] <= cue.start():
        return False
    if p[3] <= OPENING_REACH and len(text[:p[3]].split()) <= OPENING_WORDS:
        return False
    if _in_aside(text, p[3], p[4], cue.start()):
        return True  # "the H100 – banned in September 2022 – as well as the A800 Nvidia made"
    return periods.breaks.search(cue.string, p[4], cue.end()) is not None  # "and listed"


_DASH = re.compile(r"\s[\u2013\u2014]\s|\s--\s")
ASIDE_REACH = 200  # characters before a date searched for the opening of its aside


def _in_aside(text: str, a: int, b: int, cue_start: int) -> bool:
    """Whether the date at ``a:b``, before an action's cue, lies in an aside that closes
    before the cue: parentheses ("(banned in 2022) and the A800") or a pair of spaced dashes
    ("– banned in September 2022 – as well as"). An aside between a cue and a date after it
    is no break ("added Zhipu to the Entity List (a trade blacklist) in June 2023")."""
    lo = max(0, a - ASIDE_REACH)
    opened, closed = text.rfind("(", lo, a), text.rfind(")", lo, a)
    if opened > closed and ")" in text[b:cue_start]:
        return True
    before = len(_DASH.findall(text, lo, a))
    return before % 2 == 1 and _DASH.search(text, b, cue_start) is not None


def _time_near(s: Sentence, cue: re.Match[str]) -> bool:
    """Whether a date, month, year or quarter stands near an action's cue, resolved or not,
    outside a relative clause before it ("The A800, which was launched in 2022, can be
    sold": the launch's year)."""
    return any(t.kind in DATING_TIME_KINDS
               and max(t.start - cue.end(), cue.start() - t.end, 0) <= DATE_REACH
               and not _in_relative_clause(cue, t.start, t.end)
               for t in s.times)


def _in_relative_clause(cue: re.Match[str], start: int, end: int) -> bool:
    """Whether a span lies in a relative clause set between commas before an action's cue
    (", which was launched in 2022,"): that clause's, not the cue's."""
    return any(m.start() <= start and end <= m.end() for m in RELATIVE_CLAUSE.finditer(
        cue.string, max(0, cue.start() - PAST_WINDOW), cue.start()))


def _date_near(fact: Fact, periods: list[tuple]) -> bool:
    """Whether a stated day or week falls within :data:`DATE_SLACK` of the fact's dates on either
    side (a report a day early or late is of that fact, its date wrong)."""
    if fact.start is None:
        return False
    hi = fact.end or fact.start
    return any((b - a).days <= WEEK and a <= hi + DATE_SLACK and b >= fact.start - DATE_SLACK
               for a, b, *_ in periods)


def _date_agrees(fact: Fact, periods: list[tuple]) -> bool | None:
    """None when the sentence dates nothing (or the fact is undated); else whether a stated
    date overlaps the fact's dates."""
    if not periods or fact.start is None:
        return None
    # a state of affairs holds from its start on, unless the sentence dates the act that
    # began it ("imposed ... in August 2020": see :func:`_around`)
    ongoing = "ongoing" in fact.qualifiers and not any(len(p) > 6 for p in periods)
    hi = (fact.valid_to or dt.date.max) if ongoing else (fact.end or fact.start)

    def overlaps(a: dt.date, b: dt.date) -> bool:
        # the slack is for a day or week the report trails by, not for a month or year
        # ("in January 2025" is not DeepSeek-V3's release of late December 2024)
        slack = DATE_SLACK if (b - a).days <= WEEK else dt.timedelta(0)
        return a <= (hi if ongoing else hi + slack) and b >= fact.start
    return any(overlaps(a, b) for a, b, *_ in periods)


# a bracketed aside right after a name: "NVL72 (powered by GB200 GPUs) delivering 180 PFLOPS"
ASIDE = re.compile(r"\s*\([^()]{0,80}\)")


def _outside_aside(s: Sentence, name: Name, num: Number) -> Name:
    """The thing a figure after a bracketed aside belongs to: the name before the bracket,
    not one inside it ("the NVL72 (powered by GB200 GPUs) delivering only 180 PFLOPS" is the
    rack's figure, not the GPU's)."""
    opening = s.text.rfind("(", 0, name.start)
    if opening < 0 or s.text.find(")", name.end, num.start) < 0 \
            or s.text.find(")", opening, name.start) >= 0:
        return name
    outer = s.thing_before(opening)
    if outer is not None and ASIDE.match(s.text, outer.end) is not None \
            and ASIDE.match(s.text, outer.end).end() <= num.start \
            and not s.text[outer.end:opening].strip():
        return outer
    return name


# a relative clause on a name that gives the figure as that name's own: ", which delivers
# approximately", " that offers up to"
RELATIVE_OWNER = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:(?:also|only|still|now)\s+)?(?:delivers?|offers?|has|"
    r"provides?|gives?|achieves?|reaches|boasts?|features?|packs?|runs? at|is rated at|"
    r"comes with)\s+(?:(?:about|around|approximately|roughly|up to|nearly|some|over|"
    r"more than|just over|almost|an estimated)\s+)?", re.I)


def _subject_of_figure(s: Sentence, num: Number, rules: StatementRules) -> Name | None:
    """The name a figure belongs to: one right after it ("300 PFLOPS for CloudMatrix"),
    else the nearest before it, else what an opening "It" stands for (:func:`antecedent`).
    None when there is none ("It offers 141 GB, double the H100's", with nothing named in the
    sentence before), when a sentence that sets several chips side by side leaves it open, or
    when the figure is what a chip was cut down to (the cut-down version's, named or not). A
    thing counted as parts ("384 Ascend 910C processors to provide 300 PFLOPS") gives the
    figure to its whole (:meth:`Sentence.whole_of`)."""
    nxt = s.thing_after(num.end)
    if nxt is not None and FOR_NAME.match(s.text, num.end, nxt.start):
        return nxt
    paired = _pair_subject(s, num)
    if paired is not None:
        return paired
    if rules.qualifiers["reduced_to"].search(s.text[max(0, num.start - REDUCED_REACH):
                                                    num.start]):
        return None  # "trimmed the A100's 600 GBps link down to 400 GBps": the cut version's
    before = s.thing_before(num.start)
    if before is not None:
        before = _outside_aside(s, before, num)
    whole = None if before is None else s.whole_of(before)
    if whole is not None and whole is not before and whole is not s.antecedent:
        return whole  # "the GB200 NVL72, which employs 72 Blackwell GPUs to give 180 PFLOPS"
    if before is not None and before is whole and RELATIVE_OWNER.fullmatch(
            s.text, before.end, num.start):
        return before  # "less than Nvidia's H100, which delivers about 2,000 TFLOPS"
    if len(s.things) > 1 and s.contrast_at(rules) < num.start:
        return None  # "twice the H100's memory (141 GB)": whose figure is it?
    # "It combines 384 Ascend 910C chips": with no thing named before the figure, an opening
    # "It" or "The system" stands for the thing the sentence before named; a description
    # after the figure ("256 teraflops, more than the chip") is not what the figure is of
    if before is None:
        ante = s.antecedent
        return ante if ante is not None and ante.end <= num.start else None
    return whole


def antecedent(text: str, previous: Sequence[tuple[str, Sequence[Name]]],
               rules: StatementRules) -> Name | None:
    """What a sentence opening with a pronoun or a definite description ("It combines ...",
    "The system uses ...", "Last year, the US-blacklisted firm ...") is about, as a name
    spanning the opening words; None when the sentence opens otherwise or nothing before
    fits. ``previous`` holds the sentences before, nearest first, each as its text and its
    names (columns local to it, in text order).

    A chip, system or model is the one of the description's type named first (the subject,
    as a rule: "The H200 is based on the Hopper architecture. It is the first GPU to use
    HBM3e" is about the H200) in the nearest sentence that names one; a sentence of comment
    may stand between ("Huawei launched the
    CloudMatrix 384. The unveiling drew attention. The architecture combines ..."), and a
    thing named as what another is set against ("to compete with Nvidia's GB200 NVL72") or
    counted as its parts ("384 Ascend 910C chips") is not it; "It" looks only at the
    sentence right before. An organisation is taken only from the sentence right before,
    and only when it named exactly one."""
    m = rules.qualifiers["anaphoric_subject"].match(text)
    if m is None or not previous:
        return None
    return _resolve(m, previous, rules)


def _opens_with_thing(text: str, rules: StatementRules) -> bool:
    """Whether the sentence opens with words that stand for a thing named before ("It",
    "The chip"); "The rule" stands for a rule, which has no figures of its own."""
    m = rules.qualifiers["anaphoric_subject"].match(text)
    return m is not None and m.lastgroup != "rule"


def described_within(text: str, previous: Sequence[tuple[str, Sequence[Name]]],
                     rules: StatementRules) -> Name | None:
    """What a definite description inside a sentence that names no chip, system or model
    stands for ("Huawei said the chip can deliver 256 teraflops", "touted the chip's
    efficiency, saying its power consumption was 310W"): the thing of its type named first in
    the nearest sentence before that names one, as for an opening description
    (:func:`antecedent`), when that sentence names only one ("Nvidia's H20 was banned, so
    Huawei launched the Ascend 910C. Huawei said the new chip ..." is left open). The caller
    makes sure the sentence names no such thing itself."""
    m = rules.qualifiers["embedded_description"].search(text)
    if m is None or not previous:
        return None
    kind = m.lastgroup or ""
    for before, names in previous:
        found = {n.canonical: n for n in names
                 if n.type == kind and _may_stand_for(before, n, rules)}
        if found:  # the nearest sentence naming one: it must name only one
            if len(found) > 1:
                return None
            (name,) = found.values()
            return Name(m.start(kind), m.end(kind), name.canonical, name.type)
    return None


def _resolve(m: re.Match[str], previous: Sequence[tuple[str, Sequence[Name]]],
             rules: StatementRules) -> Name | None:
    """The thing a description's match (its group named by the type it stands for) stands
    for, from the sentences before (nearest first)."""
    kind = m.lastgroup or "any"  # the group's name is the entity type it stands for
    if kind == "rule":  # "The rule": the one named rule of the nearest sentence naming one
        named_rule = rules.qualifiers["rule_name"]
        for _, names in previous:
            found = {n.canonical: n for n in names
                     if n.type == "other" and named_rule.search(n.canonical)}
            if found:
                if len(found) > 1:
                    return None
                (rule,) = found.values()
                return Name(m.start(kind), m.end(kind), rule.canonical, rule.type)
        return None
    if kind == "org":
        orgs = {n.canonical: n for n in previous[0][1] if n.type == "org"}
        if len(orgs) != 1:
            return None
        (org,) = orgs.values()
        return Name(m.start(kind), m.end(kind), org.canonical, org.type)
    # "The chips were banned" after sentences naming two chips stands for both, so for
    # neither alone
    plural = kind != "any" and m.group(kind).endswith("s")
    if plural and len({name.canonical for before, names in previous for name in names
                       if name.type == kind and _may_stand_for(before, name, rules)}) > 1:
        return None
    for before, names in previous[:1] if kind == "any" else previous:
        fit = [name for name in names
               if (name.type in NAME_TYPES and (kind == "any" or name.type == kind)
                   and _may_stand_for(before, name, rules))]
        if fit:
            if plural and len({n.canonical for n in fit}) > 1:
                return None
            return Name(m.start(kind), m.end(kind), fit[0].canonical, fit[0].type)
    before, names = previous[0]
    orgs = {n.canonical: n for n in names if n.type == "org"}
    if kind == "any" and len(orgs) == 1 and all(n.type in ("org", "place") for n in names):
        # "Zhipu AI is one of China's AI tigers. It was spun out of Tsinghua in 2019": the
        # one company of a sentence that names no other company, person or thing, and
        # opens it ("The company works with Huawei. It ..." is not Huawei)
        (org,) = orgs.values()
        if len(before[:org.start].split()) <= OPENING_SUBJECT_WORDS:
            return Name(m.start(kind), m.end(kind), org.canonical, org.type)
    return None


OPENING_SUBJECT_WORDS = 1  # words before an organisation that still make it the subject


def _may_stand_for(before: str, name: Name, rules: StatementRules) -> bool:
    """Whether a thing named in an earlier sentence can be what a later description stands
    for: not one it was set against ("to compete with Nvidia's GB200 NVL72") nor one counted
    as its parts ("384 Ascend 910C chips")."""
    return not (rules.qualifiers["rival_object"].search(before, max(0, name.start - RIVAL_REACH),
                                                         name.start)
                or COUNTED.search(before, max(0, name.start - 12), name.start))


# --- time ----------------------------------------------------------------------------------

def _at(fact: Fact, verdict: str, rationale: str, day: dt.date, dated: bool,
        pledge_told_as_done: bool, plan_told_as_done: bool = False,
        persists: str = "", plan_ahead: bool = False) -> tuple[str, str]:
    """The verdict a match gives as of ``day``: the record may not hold the fact yet, or the
    fact may have stopped holding, or it was only planned then (a launch the record knew of
    before its date, told as done: "Huawei has already released the Ascend 950"). A state
    told as still holding (``persists``: "sales remain halted") after it changed is
    contradicted; told without saying so, it is only partly supported. A plan withdrawn
    before it was due is contradicted, told as to come (``plan_ahead``) after the withdrawal
    or told as done."""
    if not fact.known_by(day):
        return "unverifiable", (f"the record holds this only from {fact.known_from}: "
                                f"{fact.statement}")
    if plan_told_as_done and fact.start is not None and verdict == "supported":
        if fact.valid_to and fact.valid_to <= fact.start <= day:
            # "took effect on 15 May": withdrawn on 13 May, it never did
            return "contradicted", (f"withdrawn on {fact.valid_to} by {fact.changed_by}, "
                                    f"before it was due: {fact.statement}")
        if day < fact.start:
            return "partly supported", (f"only planned on {day}, for {fact.start}: "
                                        f"{fact.statement}")
        return "unverifiable", f"the record holds only the plan: {fact.statement}"
    if pledge_told_as_done and not (fact.valid_to and fact.valid_to <= day):
        if "forecast" in fact.qualifiers:
            return "partly supported", (f"only forecast, not reported done by {day}: "
                                        f"{fact.statement}")
        return "partly supported", f"a pledge, not yet done on {day}: {fact.statement}"
    if plan_ahead and fact.valid_to and fact.valid_to <= day and verdict == "supported" \
            and fact.start is not None and fact.valid_to <= fact.start:
        # "will take effect later this year", written after the plan was withdrawn
        return "contradicted", (f"no longer planned on {day}: withdrawn on {fact.valid_to} "
                                f"by {fact.changed_by}: {fact.statement}")
    if persists and (not dated or SINCE_WORD.search(persists)) and fact.valid_to \
            and fact.valid_to <= day and verdict in ("supported", "partly supported") \
            and "pledge" not in fact.qualifiers:
        # "H20 sales remain banned" after they resumed: wrong, whatever the wording; a date
        # puts "still" in its time ("in July, sales were still halted"), "since" does not
        return "contradicted", (f"no longer so on {day}: it held until {fact.valid_to}, "
                                f"when {fact.changed_by} changed it: {fact.statement}")
    if (fact.valid_to and fact.valid_to <= day and not dated and verdict == "supported"
            and "pledge" not in fact.qualifiers):  # a pledge stays made once it is kept
        return "partly supported", (f"held until {fact.valid_to}, when {fact.changed_by} "
                                    f"changed it: {fact.statement}")
    return verdict, rationale


def _clause_parts(text: str, cue: re.Match[str], reach: int = 0) -> tuple[str, str]:
    """The words of an action's clause before and after its cue: up to
    :data:`NEGATION_REACH` characters (``reach`` after it, when given), cut at clause
    breaks."""
    before = text[max(0, cue.start() - NEGATION_REACH):cue.start()]
    after = text[cue.end():cue.end() + (reach or NEGATION_REACH)]
    cut = max(before.rfind(p) for p in CLAUSE_BREAKS)
    ends = [i for i in (after.find(p) for p in CLAUSE_BREAKS) if i >= 0]
    return before[cut + 1:], after[:min(ends) if ends else len(after)]


def _not_an_unveiling(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether an act's cue tells something other than a thing shown for the first time: a
    launch, a release or a plan ("slated for 2027", "will debut"), or an unveiling still to
    come ("will unveil"; a plan told after the cue, "unveiled the system, slated for 2026",
    is another clause's)."""
    before, _ = _clause_parts(text, cue)
    return (not rules.qualifiers["unveil_word"].fullmatch(cue.group(0))
            or rules.qualifiers["future"].search(before) is not None)


def _clause(text: str, cue: re.Match[str]) -> str:
    """The words around an action's cue that govern it (:func:`_clause_parts`)."""
    before, after = _clause_parts(text, cue)
    return before + cue.group(0) + after


def _acts_on_another(s: Sentence, cue: re.Match[str], f: Fact) -> bool:
    """Whether the cue's object, a chip, system or model right after it ("released
    GLM-130B"), is another than the one the fact is about, which the sentence names in
    another clause ("..., and its README listed the Ascend 910"). A name in a list with the
    object ("the launch of the Ascend 310 in 2018 and the Ascend 910 in 2019") is an object
    of the cue too."""
    obj = s.thing_after(cue.end())
    if (obj is None or obj.start - cue.end() > OBJECT_GAP or obj.canonical in f.names
            or not f.names & s.things):
        return False
    after = s.first_after(f.names, obj.end)
    return after is None or any(b in s.text[obj.end:after] for b in (",", *CLAUSE_BREAKS))


# a company doing something with another's things: "DeepSeek uses Huawei's", "ByteDance has
# been testing Huawei's"
USES = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|been|also|now|reportedly|still)\s+)*"
                  r"(?:uses?|used|using|runs?|ran|running|deploys?|deployed|deploying|adopts?|"
                  r"adopted|adopting|relies on|relied on|turned to|turns to|buys?|bought|"
                  r"buying|tests?|tested|testing|keeps?|kept|chose|chooses|switched to|"
                  r"ordered|orders)\s+(?:\w+\s+){0,2}?", re.I)
# the passive of the same: "Huawei's chips are being used by DeepSeek"
USED_BY = re.compile(r"\b(?:used|adopted|tested|deployed|bought|ordered|run|chosen)\s+by\s+"
                     r"(?:\w+\s+){0,2}?$", re.I)
# a name owning what follows it ("Huawei's Ascend 910C"): a modifier, not who acts
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _actor_is_another(s: Sentence, cue: re.Match[str], f: Fact) -> bool:
    """Whether the cue's clause names the fact's subject only as an owner ("Huawei's Ascend
    910C") after another organisation, which is then who acts ("DeepSeek uses Huawei's
    Ascend 910C for inference" is DeepSeek's use, not Huawei's own push of Ascend for
    inference)."""
    lo = _clause_start(s.text, cue.start())
    orgs = [n for n in s.names if n.type == "org" and lo <= n.start < cue.start()]
    own = [n for n in orgs if n.canonical in f.subjects]
    if not own or not all(POSSESSIVE_AFTER.match(s.text, n.end) for n in own):
        return False
    hi = _clause_end(s.text, cue.end())
    if any(n.type == "org" and n.canonical not in f.subjects and own[0].end < n.start < hi
           and USED_BY.search(s.text, own[0].end, n.start) for n in s.names):
        return True  # "Huawei's Ascend 910C is being used by DeepSeek for inference"
    # the other company does something with the owner's things ("DeepSeek uses Huawei's"),
    # not "According to the FT, Huawei's ...", "Unlike Nvidia, Huawei's ..."
    return any(n.start < own[0].start and n.canonical not in f.subjects
               and not POSSESSIVE_AFTER.match(s.text, n.end)
               and USES.fullmatch(s.text, n.end, own[0].start) is not None for n in orgs)


# a name the thing before it is made for ("its CANN toolkit for Ascend chips"), right before it
FOR_TARGET = re.compile(r"\w\s+(?:built |designed |made |meant )?for\s+(?:(?:its|the|their|"
                        r"Huawei['’]s|Nvidia['’]s)\s+)?$", re.I)


# a clause of the chip's own between it and the cue ("for Huawei's Ascend chips, which
# were launched"): the act is then the chip's
ASIDE_AFTER = re.compile(r",|\b(?:which|that|who)\b")
CLOSED_ASIDE = re.compile(r",\s*(?:which|that|who)\b[^,]*,")  # ", which were launched in 2019,"


def _subject_is_another(s: Sentence, cue: re.Match[str], f: Fact) -> bool:
    """Whether the cue's subject is a chip, system or model other than those the fact is
    about: the one named last before the cue in its clause, a relative clause set aside
    ("The 910D, which follows the 910B and 910C, uses packaging ..." is about the 910D)."""
    window = max(0, cue.start() - SUBJECT_REACH)  # bounded: a long sentence stays linear
    before = s.text[:cue.start()]
    aside = [(m.start(), m.end())
             for m in RELATIVE_CLAUSE.finditer(s.text, window, cue.start())]
    pos = cue.start()
    while (name := s.thing_before(pos)) is not None and name.start >= window and any(
            a <= name.start and name.end <= b for a, b in aside):
        pos = name.start
    if name is None or name.start < window or name.canonical in f.names:
        return False
    if FOR_TARGET.search(s.text, window, name.start) and s.named_between(
            f.names, window, name.start) and not ASIDE_AFTER.search(
                CLOSED_ASIDE.sub(" ", s.text[name.end:cue.start()])):
        return False  # "its CANN toolkit for Ascend AI GPUs open source": made for the chips
    first = name  # "The A100, H100 and L40S are covered": the whole list is the subject
    while (prev := s.thing_before(first.start)) is not None and prev.start >= window \
            and COORDINATION.fullmatch(s.text, prev.end, first.start):
        if prev.canonical in f.names:
            return False
        first = prev
    between = before[name.end:]
    if RELATIVE_OPENING.fullmatch(between):
        return True
    for a, b in reversed(aside):
        if a >= name.end:
            between = between[:a - name.end] + between[b - name.end:]
    # ", launched on ...": a participle after a comma still says something of the noun
    # before the comma; any other break ends the clause
    between = PARTICIPLE_COMMA.sub("", between)
    return len(between) <= OBJECT_GAP * 3 and not any(
        p in between for p in (",", *CLAUSE_BREAKS))


def _says_ban(text: str, cue: re.Match[str], rules: StatementRules,
              softened_ok: bool = False) -> bool:
    """Whether the cue's clause calls the act a formal prohibition. A ban "without US
    government approval" is a licence requirement in other words: a cue that names the
    exception carries its ban word, which does not count."""
    before, after = _clause_parts(text, cue)
    own = "" if WITHOUT.search(cue.group(0)) else cue.group(0)
    clause = before + own + after
    # "effectively banned", "a de facto ban": the effect of a US licence requirement, not a
    # claim that it was a formal prohibition (``softened_ok``: a US act, told of the US)
    softened = rules.qualifiers["effective_ban"]
    return any(not (softened_ok and softened.search(clause, max(0, m.start() - SOFTENED_REACH),
                                                    m.start()))
               for m in rules.qualifiers["ban"].finditer(clause))


def _in_order(s: Sentence, cue: re.Match[str], f: Fact) -> bool:
    """Whether the fact's subjects are named before the cue and one of its others after."""
    spans = [(n.start, n.canonical) for n in s.names]
    return (all(any(a < cue.start() and c == name for a, c in spans) for name in f.subjects)
            and any(a >= cue.end() and c in f.any_of for a, c in spans))


def _complies(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether the cue names rules a thing is made to meet ("the A800 complies with US export
    restrictions", "to stay within the controls"): the sentence does not say they restrict
    it."""
    return bool(rules.qualifiers["compliance"].search(
        text, max(0, cue.start() - COMPLIANCE_REACH), cue.start()))


def _obliged(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether words of an obligation ("will have to meet") stand right before the cue."""
    return bool(rules.qualifiers["obliged_to_meet"].search(
        text, max(0, cue.start() - COMPLIANCE_REACH), cue.start()))


def _figure_of_context(s: Sentence, f: Fact, canon: set[str],
                       rules: StatementRules | None = None,
                       products: frozenset[str] | set[str] = frozenset(),
                       cues: Sequence[re.Match[str]] = (), carried: Name | None = None,
                       makers: dict[str, str] | None = None) -> bool:
    """Whether a sentence that names no organisation, chip, system or model states a sum
    of money the record holds exactly for a thing the article named before ("The issue
    price was HK$116.2 per share" in a report on Zhipu's listing): the sum is that thing's,
    where a bare count could be anyone's, and a sentence naming another company ("Rival
    chips from Cambricon were priced at ...") is about that company. A percentage counts
    only as a fee or a tariff the record holds exactly ("he would allow the chip sales in
    exchange for a 25% fee for the U.S. government" in a report on the H200): one of the
    matched ``cues`` must name the fee itself (``fee_word``: not "25% of the revenue comes
    from China"), the sentence must put it on chips or their sales (``fee_scope``), the
    figure's clause must not make it a proposal or one given up ("floated a 25% fee but
    dropped it"), and it must be on a product of the fact's (``products``) the
    article named: a company alone (Nvidia pays fees on more than one chip) leaves it open.
    The US government that takes it (``us_body``) is not another party; any other public
    body (a Chinese ministry, a Senate bill) is; nor is the maker of the fact's chip
    (``makers``: "a 25% fee on the revenues Nvidia earns" from the H200). ``carried``: what
    a description in the sentence stands for (:func:`_acting`), which is the article's
    earlier name, not the sentence's own; nor is the source the sentence credits."""
    earlier = s.named_earlier
    if earlier is None or f.amount is None:
        return False
    # who reports the figure is not whose it is ("... including the Financial Times")
    credited = {c.strip() for c in s.attribution.split(";") if c.strip()}
    fee = (rules is not None and f.kind == "money" and f.unit == "%"
           and any(rules.qualifiers["fee_word"].search(c.group(0)) for c in cues)
           and bool(rules.qualifiers["fee_scope"].search(s.text)))

    own_makers = {(makers or {}).get(n) for n in f.names} - {None}

    def own(n: Name) -> bool:  # a name that makes the figure someone else's
        if n.type not in OWN_TYPES or n is carried or n.canonical in credited \
                or n.canonical in own_makers:
            return False
        return not (fee and rules is not None and rules.qualifiers["public_body"].search(
            n.canonical) and rules.qualifiers["us_body"].search(n.canonical))
    if any(own(n) for n in s.names):
        return False
    known = [n in canon or earlier(n) for n in f.subjects]
    alternatives = [n in canon or earlier(n) for n in f.any_of]
    if not (all(known) and (not alternatives or any(alternatives))):
        return False
    fee = fee and any(n in canon or earlier(n) for n in f.names if n in products)
    kinds = ("money", "percent") if fee else ("money",)
    return any(num.kind in kinds and _states_figure(num, f, EXACT)
               and not (num.kind == "percent" and rules is not None and rules.qualifiers[
                   "proposal"].search(_clause_around(s.text, num.start, num.end)))
               for num in s.numbers)


_CLAUSE_EDGE = re.compile(r"[,;:.!?()\u2013\u2014]")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause holding ``text[start:end]``: from the punctuation before it to the
    punctuation after it (a decimal point inside a figure is not an edge)."""
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(text, max(0, start - CLAUSE_REACH), start)
              if not (m.group(0) == "." and text[m.end():m.end() + 1].isdigit())),
             default=max(0, start - CLAUSE_REACH))
    hi = next((m.start() for m in _CLAUSE_EDGE.finditer(text, end, end + CLAUSE_REACH)
               if not (m.group(0) == "." and text[m.end():m.end() + 1].isdigit())),
              min(len(text), end + CLAUSE_REACH))
    return text[lo:hi]


def _held_back(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether a delay governs the cue ("the H20 launch has been pushed back"): the act it
    names has not happened, so the record's act does not support the sentence (the cue of a
    delay itself is not held back by its own word)."""
    delayed = rules.qualifiers["delayed"]
    return not delayed.search(cue.group(0)) and bool(delayed.search(_clause(text, cue)))


def _undone(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether a reversal governs the cue: before it in its clause ("lifted the ban",
    "removed from the Entity List") or after it in a passive ("restrictions on sales of the
    H20 to China were eased"); one in another coordinated act ("adds 140 entities to the
    Entity List and removes three from the VEU programme") does not."""
    before, after = _clause_parts(text, cue, UNDONE_AFTER)
    after = after[:after.find(" and ")] if " and " in after else after
    return bool(rules.qualifiers["reversal"].search(before)
                or rules.qualifiers["undone_passive"].search(after))


def _negated_before(text: str, cue: re.Match[str], rules: StatementRules,
                    with_cue: bool = False) -> bool:
    """A negation, denial or possibility before an action's cue ("Beijing did not block H200
    imports", "Beijing denied telling firms to avoid the H200", "Beijing may tell firms
    ..."): all a fact that is itself a prohibition, whose cue holds its own negation ("may
    not enter", "told not to buy"), is checked for. ``with_cue``: a possibility is also read
    in the cue's words, so that a word after it can rule one out ("warned it will report
    ... writedowns" discloses a charge)."""
    before = _clause_parts(text, cue)[0]
    return bool(rules.qualifiers["negation"].search(before)
                or rules.qualifiers["denial"].search(text, max(0, cue.start() - DENIAL_REACH),
                                                     cue.start())
                or rules.qualifiers["speculative"].search(
                    before + cue.group(0) if with_cue else before))


def _negated(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """A negation ("was not added to the Entity List", "with no connection to TSMC") or a
    possibility ("might allow Nvidia to sell") in the clause of an action's cue, or an
    attempt before it ("trying to ban it"). A negation inside the cue's own words is not
    read: a cue may hold one by design ("barred from buying parts without US government
    approval" states a licence requirement, "cannot ship its chips to China" a restriction);
    a possibility before the act or in its words is ("may sell"), not one in a clause after
    it ("cannot ship its chips to China due to concerns that Beijing could use them")."""
    before, after = _clause_parts(text, cue)
    return bool(_negated_before(text, cue, rules, with_cue=True)
                # "trained entirely on Ascend chips without any Nvidia hardware": an adjunct
                or any(not WITHOUT.fullmatch(m.group(0))
                       for m in rules.qualifiers["negation"].finditer(after))
                # "they are trying to ban it": an attempt before the cue, not the act
                or rules.qualifiers["attempt"].search(before))


def _other_memory_kind(text: str, num: Number, facts: Sequence[Fact],
                       rules: StatementRules) -> str:
    """The memory kinds the sources give, when the sentence names another right after a
    memory figure ("80GB of HBM3e" for a chip whose sources all say HBM3); "" when it names
    none, or one a source gives (the sources may disagree: the H20's HBM3 or HBM3e)."""
    m = rules.qualifiers["memory_kind"].search(text, num.end, num.end + MEMORY_KIND_REACH)
    kinds = {q[len(MEMORY_KIND):] for f in facts for q in f.qualifiers
             if q.startswith(MEMORY_KIND)}
    if m is None or not kinds or m.group(0).upper() in {k.upper() for k in kinds}:
        return ""
    return " or ".join(sorted(kinds))


def _named_or_family(name: str, names: Iterable[str]) -> bool:
    """Whether ``name`` is one of ``names`` or the family of one ("Ascend" for the Ascend
    910B)."""
    return any(g == name or g.startswith(name + " ") for g in names)


def _other_chips(s: Sentence, f: Fact) -> list[str]:
    """The chips the sentence names that the fact does not: not its subjects and
    alternatives, nor the family of one of them ("Ascend" for the Ascend 910B); a member of
    a family the fact names ("Ascend 910" for "Ascend") is a specific it does not give."""
    return sorted({n.canonical for n in s.names if n.type == "chip"
                   and not _named_or_family(n.canonical, f.names)})


def _persisting(text: str, cue: re.Match[str], rules: StatementRules) -> str:
    """The words in an act's clause that tell its state as holding on the article's day
    ("remain halted", "have been halted since April"), or ""."""
    m = rules.qualifiers["persisting"].search(_clause(text, cue))
    return m.group(0) if m else ""


def _told_past(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether the words of an act's clause before its cue tell it in the past ("the rule
    aimed to impose ...", "the US had blocked ..."): history, true of a state that later
    changed. Words after the cue may be another verb's ("is permitted to sell ... and was
    launched")."""
    # "The H20, which was designed for China, can be sold": the relative clause's verb
    # is not the act's; what is left is cut as a clause (:func:`_clause_parts`)
    start = max(0, cue.start() - PAST_WINDOW)
    kept = RELATIVE_CLAUSE.sub(" ", text[start:cue.start()])
    kept = kept[-NEGATION_REACH:]
    kept = kept[max(kept.rfind(p) for p in CLAUSE_BREAKS) + 1:]
    after = _clause_parts(text, cue)[1]
    return rules.qualifiers["past_tense"].search(
        kept + " " + " ".join(after.split()[:PAST_AFTER_WORDS])) is not None


PAST_WINDOW = 200  # characters before a cue read for relative clauses to set aside


RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whom|whose|that)\b[^,;]*,")


PAST_AFTER_WORDS = 2  # words after an act's cue that may hold its verb ("the rule aimed to")


def _told_as_fall(text: str, num: Number, rules: StatementRules) -> bool:
    """Whether the words around a figure tell it as a fall ("closed 13.2% lower") and none
    tells it as a rise ("jumped 13.2% on debut, though they fell later" is the rise)."""
    lo, hi = max(0, num.start - DIRECTION_REACH), num.end + DIRECTION_REACH
    return bool(rules.qualifiers["fall_word"].search(text, lo, hi)) \
        and not rules.qualifiers["rise_word"].search(text, lo, hi)


def _told_in_full(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether "fully", "entirely" or "in full" tells the cue's own act as done in full
    ("fully open-sourced CANN", "made CANN entirely open source", "open-sourced CANN in
    full"), and the act's clause is no pledge ("will be fully open source"): not "now fully
    compatible with PyTorch" further on, nor "a wholly owned unit" before."""
    full = rules.qualifiers["completeness"]
    before = full.search(text, max(0, cue.start() - COMPLETE_REACH), cue.start())
    after = full.search(text, cue.end(), cue.end() + COMPLETE_REACH)
    told = (before is not None and not text[before.end():cue.start()].split()) or (
        after is not None and after.group(0).lower() == "in full")
    before_clause, _ = _clause_parts(text, cue)
    return told and not rules.qualifiers["pledge"].search(before_clause + cue.group(0))


def _last_break(text: str) -> int:
    """Where the last comma or clause break in ``text`` is (-1 when there is none)."""
    return max(text.rfind(p) for p in (",", *CLAUSE_BREAKS))


PLAN_REACH = 120  # characters before an act's cue searched for the words of a plan
# words that tell an act as done whole, against "an open-source week" beside them
WHOLE_ACT = re.compile(r"\b(?:entire|whole|all of|complete[ds]?|in its entirety|made good|"
                       r"followed through|fulfil+(?:s|ed|ling)?|delivered on|kept (?:its|the) "
                       r"(?:promise|pledge)|finally)\b", re.I)


def _planned_or_in_part(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether the cue's own stretch of words (cut at commas and clause breaks) tells the act
    as a plan ("will open-source CANN") or as done in part ("open-sourced parts of CANN",
    "an open-source week"), and not as done whole ("released the entire toolkit"): only
    then does a fact the record holds in part support it."""
    _, after = _clause_parts(text, cue)
    before = text[max(0, cue.start() - PLAN_REACH):cue.start()]
    before = before[_last_break(before) + 1:]
    after = after[:after.find(",")] if "," in after else after
    own = before + cue.group(0) + after
    if WHOLE_ACT.search(own):
        return False  # "made good on its pledge", "completed", "the entire toolkit"
    if rules.qualifiers["planned_act"].search(before + cue.group(0)):
        return True
    return bool(rules.qualifiers["in_part"].search(own))


def _unveiled_before(s: Sentence, cue: re.Match[str], f: Fact, record: Record,
                     rules: StatementRules) -> Fact | None:
    """The record's earlier release of a thing a sentence says was unveiled at a later
    showing ("Huawei unveiled the CloudMatrix 384 at WAIC" in July 2025, three months after
    its unveiling in April): the showing is right, the first unveiling is not. "Showed" or
    "presented" at the event claims no first."""
    if f.action != SHOWCASE_ACTION or f.start is None:
        return None
    # an "unveiled" nearest before "at <the event>", with no date and no other showing
    # between ("Huawei unveiled its latest AI system, the CloudMatrix 384, at WAIC", "It was
    # revealed at WAIC"); not a thing "unveiled in April" and then shown, another's launch,
    # or "the price of" the thing
    if not AT_EVENT.search(s.text, max(0, cue.start() - AT_REACH), cue.start()):
        return None
    words = list(rules.qualifiers["first_showing"].finditer(
        s.text, max(0, cue.start() - FIRST_SHOWING_REACH), cue.start()))
    if not words:
        return None
    word = words[-1]
    if rules.qualifiers["showing_verb"].search(s.text, word.end(), cue.start()) or any(
            t.kind in DATING_TIME_KINDS and word.end() <= t.start and t.end <= cue.start()
            for t in s.times):
        return None
    thing = s.thing_before(cue.start())
    if thing is not None and thing.start >= word.end():  # the object between
        if thing.canonical not in f.names or OF_THING.search(
                s.text, max(0, thing.start - len("of its ")), thing.start):
            return None
    elif not ((thing is not None and thing.canonical in f.names)
              or (s.antecedent is not None and s.antecedent.canonical in f.names)):
        return None
    return next((r for r in record.by_action.get(RELEASE_ACTION, [])
                 if r.subjects & f.subjects and r.start is not None and r.start < f.start),
                None)


def _hyphen_joined(cue: re.Match[str]) -> bool:
    """Whether the cue is the second half of a hyphenated modifier ("state-backed firms",
    "US-blacklisted"): it describes a thing's standing, not an act the sentence reports."""
    a = cue.start()
    return (a > 1 and cue.string[a - 1] == "-" and cue.string[a - 2].isalnum()
            and not VERB_USE.match(cue.string, cue.end()))


def _called_new(s: Sentence, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether words right before the cue, in its clause, call the act new ("new rules",
    "further restricts", "additional controls")."""
    before = s.text[max(0, cue.start() - RECENT_REACH):cue.start()]
    return bool(rules.qualifiers["recent"].search(before)) and not any(
        b in before for b in CLAUSE_BREAKS)


def _later_round_of(s: Sentence, cue: re.Match[str], f: Fact, rules: StatementRules) -> bool:
    """Whether the fact's subject, where the sentence names it nearest the cue, is named in
    a phrase listing more of its affiliates ("dozens of new Huawei affiliates"): a later round
    than its own listing. "More Chinese entities, including Zhipu" names no company in the
    phrase; "Huawei was blacklisted in 2019, and new Huawei affiliates followed" names
    Huawei itself nearer the cue."""
    own = [n for n in s.names if n.canonical in f.subjects]
    if not own:
        return False
    near = min(own, key=lambda n: min(abs(n.start - cue.end()), abs(cue.start() - n.end)))
    return any(m.start() <= near.start and near.end <= m.end()
               for m in s.scan(rules).finditer(rules.qualifiers["further_round"], s.text))


def _too_old_for(s: Sentence, cue: re.Match[str], f: Fact, rules: StatementRules,
                 as_of: dt.date, dated: bool, sole: bool = False,
                 stated: list[tuple] | None = None) -> bool:
    """Whether the sentence calls the act new ("his new AI chip rules", "last-minute export
    controls") and the fact cannot be that act: when the article's date is known, one that
    began more than :data:`RECENT_DAYS` before it; when it is not, a standing state
    (``ongoing``), which only a dated article could show to be new, unless it is the only
    act of its kind the record holds for the chips named (``sole``: "imposed a new licence
    requirement on the H20" can only be the April 2025 one; "new restrictions on Huawei"
    may be a round the record does not hold). New as of a date the sentence gives itself
    ("introduced new export restrictions in October 2023": ``stated``, the periods around the
    cue) is new then, not at the article's date."""
    if not _called_new(s, cue, rules):
        return False
    if stated and f.start is not None and any(
            len(p[2]) >= len("YYYY-MM") and p[0] <= (f.end or f.start) + DATE_SLACK
            and p[1] >= f.start for p in stated):
        return False  # the act's own days, not a later month of the state it began
    if not dated or f.start is None:  # when it was new is unknown: only a state is ruled out
        return "ongoing" in f.qualifiers and not sole
    return (as_of - f.start).days > RECENT_DAYS


def _pledge_done(fact: Fact, record: Record, day: dt.date) -> Fact | None:
    """The fact that fulfilled a pledge by ``day``, if any."""
    if not fact.changed_by:
        return None
    for f in record.by_action.get(fact.action, []):
        if f.event_id == fact.changed_by and f.subjects == fact.subjects and f.known_by(day):
            return f
    return None


# --- the kinds of statement --------------------------------------------------------------

def _counted_parts(s: Sentence, num: Number, rules: StatementRules, record: Record):
    """The chips-per-system cue when ``num`` counts a chip the record has as the parts of the
    system the figure belongs to ("It consists of 384 Ascend 910C neural processing units",
    the CloudMatrix 384 built of Ascend 910C chips), whatever word follows the chip's name,
    and the dies-per-package cue when the whole is itself a chip ("The 910C combines two
    910B processors"); None otherwise ("192 Kunpeng server processors" are not the chips
    the record counts)."""
    if num.kind != "count":
        return None
    part = s.counted_thing(num)
    if part is None or part.type != "chip":
        return None
    whole = s.whole_of(part)
    if whole is None or whole is part or whole.type not in PARTS_METRIC \
            or whole.canonical == part.canonical:
        return None
    if _built_of(record, whole.canonical, part.canonical) is False:
        return None
    return next((c for c in rules.metrics if c.name == PARTS_METRIC[whole.type]), None)


def _other_parts(s: Sentence, num: Number, whole: Name, record: Record) -> bool:
    """Whether a count of parts names parts the record does not build ``whole`` of: another
    chip ("384 Kunpeng processors"), or another maker's ("384 Nvidia GPUs")."""
    counted = s.counted_thing(num)
    if counted is not None and counted.type == "chip":
        return _built_of(record, whole.canonical, counted.canonical) is False
    maker = next((n for n in s.names if n.type == "org" and n.start >= num.end
                  and COUNT_GAP.fullmatch(s.text, num.end, n.start)), None)
    if maker is None:
        return False
    made_of = _made_of(record, whole.canonical)
    return bool(made_of) and not any(maker.canonical in f.names for f in made_of)


def _all_after(s: Sentence, cue: re.Match[str], f: Fact) -> bool:
    """Whether every name of the fact the sentence gives comes after the cue, with another
    thing named before it: the thing before is the cue's subject ("The Ascend 910D is ...
    based on the existing 910B and 910C")."""
    spans = [n for n in s.names if n.canonical in f.names]
    before = s.thing_before(cue.start())
    if not spans or before is None or before.canonical in f.names:
        return False
    # the thing before must be in the cue's own clause ("Despite the H20 ban, Huawei uses
    # TSMC dies in the 910C": the H20 is not what uses them)
    head = s.text[before.end:cue.start()]
    if _last_break(head) >= 0:
        return False
    return all(n.start >= cue.end() for n in spans)


def _made_of(record: Record, whole: str) -> list[Fact]:
    """The record's facts on what ``whole`` is built from or by."""
    return [f for f in record.by_action.get(COMPONENTS, []) if whole in f.names]


def _built_of(record: Record, whole: str, part: str) -> bool | None:
    """Whether the record builds ``whole`` of the chip ``part`` (named or by its family's
    name: "Ascend" for the Ascend 910C); None when it names no chips of ``whole``."""
    chips = [f for f in _made_of(record, whole) if f.names & record.products - {whole}]
    if not chips:
        return None
    return any(_named_or_family(part, f.names) for f in chips)


# a number format written between a figure and its unit ("800 FP8 TFLOPS")
FORMAT_IN_FIGURE = re.compile(r"\b(?:MX)?(?:FP|BF|INT|TF)\d{1,2}\b", re.I)
# a figure of each part, not of the whole ("800 TFLOPS per chip")
PER_PART = re.compile(r"\s*(?:\w+\s+){0,2}?(?:per|each|apiece|a piece)\b", re.I)


def _system_of_parts(s: Sentence, record: Record, figure: Number, metric: str,
                     rules: StatementRules) -> Name | None:
    """The system a sentence that names none describes by its parts: "300 PFLOPS ... using
    384 Ascend 910C processors" is the CloudMatrix 384's, the one system the record has built
    of 384 Ascend 910C chips (None when the record has none, or several). The figure must be
    in the count's clause, not set against something else ("versus 145 kW for Nvidia's
    rack") nor given per part ("800 TFLOPS per chip"); a count of chips is the system's only
    when it is the count that identified it."""
    if s.contrast_at(rules) < figure.start or PER_PART.match(s.text, figure.end):
        return None
    found = set()
    for num in s.numbers:
        part = s.counted_thing(num) if num.kind == "count" else None
        if part is None or part.type != "chip":
            continue
        if metric == "chips" and num is not figure:
            continue
        if _clause_start(s.text, num.start) != _clause_start(s.text, figure.start):
            continue
        for f in record.by_action.get(COMPONENTS, []):
            system = next(iter(f.subjects), None) if len(f.subjects) == 1 else None
            if system is None or part.canonical not in f.any_of:
                continue
            if any(c.amount == num.value for c in record.by_metric.get((system, "chips"), [])):
                found.add((system, part.start, part.end))
    if len(found) != 1:
        return None
    system, start, end = found.pop()
    return Name(start, end, system, "hardware")


def _makers(s: Sentence, facts: list[Fact], rules: StatementRules) -> list[str]:
    """When the sentence names who makes a chip ("made by SMIC on its N+2 process") and the
    sources name another maker too or instead ("TSMC-made dies found"), the makers the
    sources name; else nothing (the sentence names no maker, or only one the sources all
    agree on). A maker is an acronym in the sources' process descriptions, less the jargon
    (``process_jargon``: EUV, HBM ...)."""
    jargon = rules.qualifiers["process_jargon"]
    named = {w for f in facts for w in MAKER_WORD.findall(f.statement.split(": process ", 1)[-1])
             if not jargon.match(w)}
    said = {n.canonical for n in s.names if n.type == "org" and n.canonical in named}
    return sorted(named) if said and named - said else []


PAIR_GAP = re.compile(r"\s*(?:vs\.?|versus|compared (?:to|with)|against)\s*", re.I)


def _bracketed_pair(s: Sentence, num: Number) -> tuple[Number, Number, int] | None:
    """Two figures set against each other in a bracket that names nothing ("(2,500 vs. 780
    TeraFLOPS)"), with the bracket's opening, when ``num`` is one of them."""
    opening = s.text.rfind("(", max(0, num.start - PAIR_REACH), num.start)
    closing = s.text.find(")", num.end, num.end + PAIR_REACH)
    if opening < 0 or closing < 0 or s.text.find(")", opening, num.start) >= 0:
        return None
    inside = [s.numbers[i] for i in s.numbers_within(opening, closing)]
    named = s.thing_after(opening)
    if len(inside) != 2 or not PAIR_GAP.fullmatch(s.text, inside[0].end, inside[1].start) \
            or (named is not None and named.start < closing):
        return None
    return inside[0], inside[1], opening


def _pair_subject(s: Sentence, num: Number) -> Name | None:
    """Whose figure one of a bracketed pair is: the first figure the first of the two things
    the sentence set side by side before the bracket, the second the second ("Its GB200
    delivers three times the BF16 performance of the Ascend 910C (2,500 vs. 780 TeraFLOPS)":
    780 is the 910C's)."""
    pair = _bracketed_pair(s, num)
    if pair is None:
        return None
    first, _, opening = pair
    named: dict[str, Name] = {}
    for thing in s.things_before(opening, PAIR_NAMES_REACH):
        named.pop(thing.canonical, None)
        named[thing.canonical] = thing  # the last mention of each, in text order
    two = list(named.values())[-2:]
    if len(two) != 2:
        return None
    return two[0] if num is first else two[1]


def _unit_of_pair(s: Sentence, num: Number) -> str:
    """The unit the first of a bracketed pair borrows from the second ("2,500 vs. 780
    TeraFLOPS")."""
    pair = _bracketed_pair(s, num)
    return pair[1].unit if pair is not None and num is pair[0] else ""


def _unit_of_whole(s: Sentence, i: int) -> str:
    """The unit of the whole a bare figure is counted out of, right after it ("activates 44
    billion of its 744 billion total parameters": parameters), else ""."""
    if i + 1 >= len(s.numbers):
        return ""
    whole = s.numbers[i + 1]
    gap = PART_OF_WHOLE.fullmatch(s.text, s.numbers[i].end, whole.start)
    based = base(1.0, whole.unit)
    if gap is None or whole.value <= s.numbers[i].value or based is None \
            or based[1] not in ADDITIVE_UNITS:
        return ""  # "2 of the 7nm dies" are no 2 nm
    return whole.unit


def _specifications(s: Sentence, rules: StatementRules, record: Record,
                    used: set[int]) -> list[Part]:
    parts = []
    sparse = rules.qualifiers["sparse"]
    for i, num in enumerate(s.numbers):
        if i in used:
            continue  # a control threshold's figure (:func:`_thresholds`)
        best = None
        parts_cue = _counted_parts(s, num, rules, record)
        borrowed = not num.unit and (_unit_of_whole(s, i) or _unit_of_pair(s, num))
        unit = num.unit or borrowed or ""
        based = (num.value, "count") if parts_cue is not None else base(num.value, unit)
        if based is None or rules.qualifiers["target_figure"].search(
                s.text, max(0, num.start - TARGET_REACH), num.start):
            continue  # "its original target of 350W" is no figure the chip has
        if parts_cue is not None:
            best = (0, parts_cue)
        # a cue may start up to half the window after the figure ("... (INT8)")
        lo_w, hi_w = max(0, num.start - CUE_WINDOW), num.end + CUE_WINDOW // 2 + CUE_LENGTH
        unit = unit.lower()
        # the number format written inside the figure ("800 FP8 TFLOPS") names its metric
        fmt = FORMAT_IN_FIGURE.search(num.surface)
        fmt_at = (num.start + fmt.start(), num.start + fmt.end()) if fmt else None
        for cue in rules.metrics_for(unit) if best is None else ():
            if not s.scan(rules).may(cue.pattern):
                continue
            # a part of a whole is named by words before it ("activates 44 billion of its
            # 744 billion parameters"), not by the whole's own ("parameters")
            for m in cue.pattern.finditer(s.text, lo_w, num.start if borrowed else hi_w):
                d = max(m.start() - num.end, num.start - m.end(), 0)
                if m.end() <= num.start and COORDINATED.search(s.text, m.end(), num.start):
                    d += CUE_WINDOW // 2  # "(FP16) operations and 512 teraflops ... (INT8)"
                if num.start <= m.start() and m.end() <= num.end:
                    d = CUE_WINDOW  # the figure's own unit ("256 TFLOPS (INT8)"): a fallback
                if fmt_at is not None:
                    if m.start() < fmt_at[1] and fmt_at[0] < m.end():
                        d = -1  # the format inside the figure decides
                    elif num.start <= m.start() and m.end() <= num.end:
                        continue
                if best is None or d < best[0]:
                    best = (d, cue)
        if fmt_at is not None and best is not None and best[0] != -1:
            continue  # "312 TF32 TFLOPS": a format the record has no figures of
        chip = _subject_of_figure(s, num, rules)
        if chip is None and parts_cue is None and best is not None \
                and not _opens_with_thing(s.text, rules):
            # ("The chip uses 384 Ascend 910C chips" says what "the chip" is, not a system)
            chip = _system_of_parts(s, record, num, best[1].name, rules)
        if best is None or chip is None:
            continue
        metric = best[1].name
        if metric == CHIPS_METRIC and chip.type != "hardware":
            continue  # "1,000 A800 GPUs in storage", "trained on 8,192 NPUs": no system's size
        if metric in PARTS_METRIC.values() and parts_cue is None and (
                _other_parts(s, num, chip, record)):
            continue  # "384 Kunpeng processors", "384 Nvidia GPUs": not the record's parts
        used.add(i)
        facts = record.by_metric.get((chip.canonical, metric), [])
        value, unit = based
        own = base(num.value, best[1].units[0])  # "256 TFLOPS (INT8)": INT8 is counted in TOPS
        if own is not None and own[1] != unit and own[0] == value:
            value, unit = own
        stmt = f"{chip.canonical}: {rules.describe(metric)} of {num.surface}"
        common = dict(kind="specification", action=metric, subjects=(chip.canonical,),
                      start=min(chip.start, num.start), end=max(chip.end, num.end),
                      statement=stmt, value=num.value, unit=num.unit or borrowed or "")
        comparable = [f for f in facts if base(1.0, f.unit) and base(1.0, f.unit)[1] == unit]
        if not comparable:
            parts.append(Part(**common, verdict="unverifiable", evidence=[],
                              rationale=f"the record holds no {metric.replace('_', ' ')} "
                              f"figure for the {chip.canonical}"))
            continue
        scale = base(1.0, comparable[0].unit)[0]
        low = min(f.amount for f in comparable) * scale
        high = max(f.amount_high for f in comparable) * scale
        ids = sorted({f.fact_id for f in comparable})
        told_sparse = bool(sparse.search(s.text, lo_w, hi_w))
        v = value / 2 if told_sparse and metric.startswith("compute") else value
        shown = _range(low / scale, high / scale, comparable[0].unit)
        makers = _makers(s, comparable, rules) if metric == PROCESS_METRIC else None
        if _within(v, low, high, SPEC_TOLERANCE) and makers:
            verdict, why = "partly supported", (f"the sources give {shown}, but name "
                                                f"{' and '.join(makers)} as its maker")
        elif _within(v, low, high, SPEC_TOLERANCE) and metric == INTEGER_METRIC and (
                "flop" in num.unit.lower()):
            verdict, why = "partly supported", (f"the sources give {shown}: the figure is "
                                                "right, but integer operations are not flops")
        elif _within(v, low, high, SPEC_TOLERANCE) and metric == MEMORY_METRIC and (
                kinds := _other_memory_kind(s.text, num, comparable, rules)):
            # "80GB of HBM3e" for the H100's 80 GB of HBM3: the size right, the kind not
            verdict, why = "partly supported", (f"the sources give {shown}, but of {kinds}")
        elif _within(v, low, high, SPEC_TOLERANCE) and not _within(v, low, high, PRECISE_SLACK) \
                and _precise(num.surface):
            # "752 TFLOPS" is no rounding of 780-800: near the sources, but none of them
            verdict, why = "partly supported", (f"the sources give {shown}: {num.surface} is "
                                                "close, but none of their values")
        elif _within(v, low, high, SPEC_TOLERANCE):
            verdict, why = "supported", f"the sources give {shown}"
        elif metric.startswith("compute") and _within(value / 2, low, high, SPEC_TOLERANCE):
            verdict, why = "misleading", (f"twice the dense figure ({shown}): a sparse "
                                          "figure given without saying so")
        elif low / PLAUSIBLE <= v <= high * PLAUSIBLE:
            verdict, why = "contradicted", f"the sources give {shown}"
        else:  # "48 TB" is no chip's memory: the figure is of something else (a system)
            verdict, why = "unverifiable", (f"the figure is far from the sources' {shown}: it "
                                            f"is likely of something else")
        if verdict == "contradicted" and all("top_model" in f.qualifiers for f in comparable):
            # "the Kunpeng 920 5250 runs 48 cores": the record holds the flagship's 64 only
            verdict, why = "unverifiable", (f"the sources give {shown} for the family's top "
                                            "model; other models may differ")
        if "+" in num.surface and verdict == "contradicted":  # "700+ TFLOPS": at least that
            if v <= high * (1 + SPEC_TOLERANCE):
                verdict = "supported"
                why = f"a lower bound ({num.surface}): the sources give {shown}"
            else:
                why = f"the lower bound ({num.surface}) is above the sources' {shown}"
        parts.append(Part(**common, verdict=verdict, rationale=why,
                          evidence=ids + sorted({x for f in comparable for x in f.sources}),
                          fact=comparable[0]))
    return parts


# between a threshold's quantity and its figure: "TPP of 4,800", "density at 5.92", "TPP: 4800",
# "performance under 21,000", "chip-to-chip rate of at least 600 GB/s"
QUANTITY_TO_FIGURE = re.compile(r"[\s(:]*(?:(?:rate|bandwidth|speed|limit|threshold|cap)\s+)?"
                                r"(?:(?:of|at|is|was|to|set at|reaching|under|below|"
                                r"above|over|exceeding|(?:of )?at least|(?:of )?less than|"
                                r"(?:of )?more than|at or above|equal to or (?:greater|more) "
                                r"than)\s+)?(?:(?:a|an|the)\s+)?")
# between a figure and its quantity after it: "4,800 TPP", "600 GB/s interconnect"
FIGURE_TO_QUANTITY = re.compile(r"[\s)]*(?:or (?:more|above|higher|greater)\s+(?:on\s+)?)?")
# a limit named as a noun: the rule's own figure whoever the sentence is about ("the limit of
# 4,800", "the 4,800 TPP limit", "capped at")
LIMIT_WORDS = r"limits?|caps?|thresholds?|ceilings?"  # the nouns that name a limit
LIMIT_NOUN = re.compile(rf"\b(?:{LIMIT_WORDS}|cut-?offs?)\b", re.I)
# words that put a figure above or below: "or more", "exceeds", "under", "less than"
UPWARD = re.compile(r"\b(?:or (?:more|above|higher|greater|over)|and (?:above|higher|over)|"
                    r"at or above|exceed\w*|surpass\w*|above|over|at least|more than)\b", re.I)
DOWNWARD = re.compile(r"\b(?:below|under|less than|no more than)\b", re.I)
# two figures of one two-part test joined by "or" ("TPP under 21,000 or DRAM bandwidth below
# 6,500 GB/s", where the rule needs both)
EITHER = re.compile(r"\bor\b(?!\s+(?:more|above|higher|greater|over)\b)", re.I)
# a figure the sentence gives as something's own ("with a TPP of 5,285", "its TPP of")
OWNED_FIGURE = re.compile(r"\b(?:with|has|have|had|boasts?|offers?|delivers?|its|their|"
                          r"whose|reaches|reached|rated|scores?|scoring|scored)\b|['’]s\b",
                          re.I)
# what may follow a threshold figure: a figure followed by a noun counts something else
# ("shipped at least 1,600 of them", "fell to under 4,800 a month")
AFTER_LIMIT = re.compile(r"\s*(?:$|[,.;:)]|(?:TPP|with|and|or|for|in|on|at|under|which|that|"
                         r"as|to|by|together|total|performance|interconnect|chip-to-chip|"
                         r"I/O|bidirectional|DRAM|memory|bandwidth)\b)", re.I)
# the words that join the second figure of a test to the first: "4,800 TPP and a density of"
# a figure a limit noun names ("the 6,500 GB/s cap", "a limit of 4,800"): the rule's figure,
# never the figure of a chip the sentence is about, even where no quantity is named with it
LIMIT_AFTER = re.compile(rf"\s*(?:[\w/-]+\s+){{0,2}}?(?:{LIMIT_WORDS})\b", re.I)
LIMIT_BEFORE = re.compile(rf"\b(?:{LIMIT_WORDS})\s+(?:of|at)\s+(?:(?:an?|the)\s+)?$", re.I)
JOINED = re.compile(r"[\s\w/]{0,12}?(?:,\s*|\s)(?:and|or|together with|plus|with)\s+"
                    r"(?:(?:an?|the)\s+)?", re.I)
# verbs that place a thing against a figure ("The chip exceeds 4,800 TPP", "It has a TPP just
# under 4,800"), as against the words of a rule ("could help ... circumvent ... a limit")
STANDS_AT = re.compile(r"\b(?:exceed\w*|surpass\w*|falls?|fell|stays?|stayed|remains?|sits?|"
                       r"comes? in|has|have|had|scores?|scored|rated|delivers?|reaches|"
                       r"reached)\b", re.I)
LIMIT_REACH = 60  # characters from a limit word to the figure it governs
CHINA_MAY_DO = {"tariff"}  # US acts whose like China may do too ("Beijing slapped a 25% tax")
CHINA_ACTOR_REACH = 60  # characters before an act searched for a Chinese authority acting
# a cue that is a verb ("barred", "restricts"): only a verb has the authority before it as its
# subject ("the new US China export controls" is a noun phrase about US rules)
ACT_VERB = re.compile(r"(?:\w+ed|(?:ban|bar|block|restrict|require|impose|prohibit|forbid|"
                      r"limit|curb|sanction)s?)\b", re.I)
QUANTITY_REACH = 30  # characters from a figure to its quantity named after it


def _threshold_quantity(s: Sentence, num: Number, rules: StatementRules,
                        hits) -> tuple[str, int] | None:
    """The threshold quantity named with the figure itself, with where its words start:
    before it ("TPP of 4,800", "performance density of 5.92") or right after it ("4,800 TPP",
    "600 GB/s interconnect limit"); None otherwise."""
    for cue in rules.thresholds:
        if not hits.may(cue.pattern):
            continue
        if cue.units and num.unit.lower() not in {u.lower() for u in cue.units}:
            continue
        if not cue.units and num.unit:
            continue  # TPP and density are bare figures; "4,800 GB/s" is no TPP
        for m in cue.pattern.finditer(s.text, max(0, num.start - LIMIT_REACH),
                                      min(len(s.text), num.end + QUANTITY_REACH)):
            if m.end() <= num.start and QUANTITY_TO_FIGURE.fullmatch(s.text, m.end(),
                                                                     num.start):
                return cue.name, m.start()
            if num.end <= m.start() and FIGURE_TO_QUANTITY.fullmatch(s.text, num.end,
                                                                     m.start()):
                return cue.name, m.start()
    return None


def _limit_of_sole(s: Sentence, num: Number, rules: StatementRules,
                   hits) -> tuple[str, int] | None:
    """The quantity of a bare figure right after a limit noun ("exceeded the limit of 4,800
    with a TPP of 5,285") when the sentence names one threshold quantity only, in the same
    clause; not a figure that counts something ("at least 1,600 of them")."""
    if num.unit or not AFTER_LIMIT.match(s.text, num.end):
        return None
    lo = _clause_start(s.text, num.start)
    if not any(LIMIT_NOUN.search(m.group(0)) and QUANTITY_TO_FIGURE.fullmatch(
            s.text, m.end(), num.start) for m in rules.qualifiers["threshold_word"].finditer(
                s.text, max(lo, num.start - LIMIT_REACH), num.start)):
        return None
    hi = _clause_end(s.text, num.end)
    named = {(c.name, m.start()) for c in rules.thresholds if not c.units
             and hits.may(c.pattern) for m in c.pattern.finditer(s.text, lo, hi)}
    return named.pop() if len({n for n, _ in named}) == 1 and len(named) == 1 else None


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last clause break before it)."""
    lo = max(0, pos - CLAUSE_REACH)
    return max([lo] + [text.rfind(b, lo, pos) + len(b) for b in (*CLAUSE_BREAKS, ", and ")
                       if text.rfind(b, lo, pos) >= 0])


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (at the first clause break after it)."""
    hi = min(len(text), pos + CLAUSE_REACH)
    ends = [i for i in (text.find(b, pos, hi) for b in (*CLAUSE_BREAKS, ", and ")) if i >= 0]
    return min(ends) if ends else hi


def _governed_by_limit(s: Sentence, num: Number, rules: StatementRules,
                       limits: dict[int, tuple[re.Match, int]],
                       quantity_at: int) -> re.Match | None:
    """The limit word that makes a figure a threshold: "or more" right after it, or a limit
    word before it in the same clause with no other figure, no thing and no owner ("with a
    TPP of 5,285" is the chip's own figure) in between; or the limit of the threshold read
    just before it, joined by "and" ("a limit ... at 4,800 TPP and a performance density of
    5.92")."""
    word = rules.qualifiers["threshold_word"]
    gap = len(s.text[num.end:]) - len(s.text[num.end:].lstrip())
    after = word.match(s.text, num.end + gap)
    if after is not None and after.group(0).lower().startswith(("or ", "and ")):
        return after
    best = None
    for m in word.finditer(s.text, max(0, num.start - LIMIT_REACH), num.start):
        between = s.text[m.end():num.start]
        if (m.group(0).lower().startswith(("or ", "and "))
                or any(m.end() <= n.start < num.start for n in s.numbers)
                or any(m.end() <= n.start < num.start and n.type == "chip" for n in s.names)
                or OWNED_FIGURE.search(between)
                or rules.qualifiers["clause_break"].search(between)):
            continue
        best = m
    if best is None:
        before = [k for k, n in enumerate(s.numbers) if n.end <= num.start]
        k = before[-1] if before else None
        if k in limits:
            # the words between the first test's figure and this one's quantity are only
            # "and a", "TPP together with" ("..., and Nvidia's chip scores 2,368 TPP" is not)
            first_end = s.numbers[k].end
            if JOINED.fullmatch(s.text, first_end, min(quantity_at, num.start)):
                return limits[k][0]
    return best


def _about_a_thing(s: Sentence, num: Number, limit: re.Match, rules: StatementRules) -> bool:
    """Whether the figure's clause is about a chip or system, named before the limit word
    ("The H20 exceeds 4,800 TPP", "Nvidia's H800 falls under the 4,800 TPP limit"): the
    sentence then says where that thing stands, which the thresholds alone do not settle."""
    lo = _clause_start(s.text, min(limit.start(), num.start))
    return any(lo <= n.start < num.start and n.type in NAME_TYPES for n in s.names) \
        or (lo == 0 and _opens_with_thing(s.text, rules)
            and bool(STANDS_AT.search(s.text, 0, num.start)))


def _direction_fits(s: Sentence, num: Number, limit: re.Match, f: Fact) -> bool:
    """Whether the words around the figure point the way the threshold does: "or more",
    "above" for a floor (">="), "under", "below" for a ceiling ("<"); a limit noun ("a limit
    of", "capped at") fits either."""
    near = s.text[max(0, num.start - 25):num.end + 25]
    up, down = UPWARD.search(near), DOWNWARD.search(near)
    if f.qualifiers & {"under_licence"}:  # a ceiling
        return not (up and not down)
    return not (down and not up)


def _thresholds(s: Sentence, rules: StatementRules, record: Record, used: set[int],
                as_of: dt.date, dated: bool, today: dt.date, bounded: bool) -> list[Part]:
    """Figures a sentence gives as a US control threshold ("a limit on total chip performance
    at 4,800 TPP and a performance density of 5.92"), judged against
    ``reference/thresholds.csv`` as of the article's date: the rule in force then (the
    October 2022 test of 4,800 TPP was replaced in October 2023). A figure no threshold of the
    record has is unverifiable; a threshold called a ban is a licence requirement; one of two
    tests given alone, or with "or" for the rule's "and", is partly supported; a figure of a
    chip or system the sentence is about ("The H20 exceeds 4,800 TPP") is left alone, as is
    a negated one ("the rules do not cap ...")."""
    hits = s.scan(rules)
    if not record.thresholds or not hits.may(rules.qualifiers["threshold_word"]):
        return []
    parts: list[Part] = []
    figures: dict[int, tuple[int, int]] = {}  # each threshold part's figure span
    limits: dict[int, tuple[re.Match, int]] = {}
    if not s.numbers:
        return []
    periods: Dates | None = None  # the sentence's dates, read only once a threshold is found
    # a threshold quantity named anywhere: "a cap" alone may be a market capitalisation
    named = any(hits.may(c.pattern) and c.pattern.search(s.text) for c in rules.thresholds)
    for i, num in enumerate(s.numbers):
        if i in used:
            continue
        found = _threshold_quantity(s, num, rules, hits) or _limit_of_sole(s, num, rules,
                                                                           hits)
        if named and (LIMIT_AFTER.match(s.text, num.end) or LIMIT_BEFORE.search(
                s.text, max(0, num.start - LIMIT_REACH), num.start)):
            used.add(i)  # "below the 6,500 GB/s cap": no figure of the H200's
        if found is None:
            continue
        quantity, quantity_at = found
        limit = _governed_by_limit(s, num, rules, limits, quantity_at)
        if limit is None:
            continue
        used.add(i)  # a limit's figure is no figure of the thing named near it
        if _about_a_thing(s, num, limit, rules) or rules.qualifiers["negation"].search(
                _clause_parts(s.text, limit)[0]):
            continue  # (a possibility elsewhere in the sentence, "GPUs could help ...
            # circumvent the new restrictions, including a limit ...", is not the rule's)
        limits[i] = (limit, quantity_at)
        based = base(num.value, num.unit) if num.unit else (num.value, "")
        if based is None:
            continue
        value = based[0]
        same = [f for f in record.thresholds if f.metric == quantity]
        hit = [f for f in same if abs(f.amount * (base(1.0, f.unit) or (1.0,))[0] - value)
               <= EXACT * value and _direction_fits(s, num, limit, f)]
        what = rules.describe_threshold(quantity)
        common = dict(kind="specification", action=f"threshold_{quantity}", subjects=(),
                      start=min(num.start, limit.start()), end=max(num.end, limit.end()),
                      statement=f"US control threshold: {what} of {num.surface}",
                      value=num.value, unit=num.unit)
        if not hit:
            held = "; ".join(f"{f.amount:g}{' ' + f.unit if f.unit else ''} ({f.fact_id})"
                             for f in same)
            parts.append(Part(**common, verdict="unverifiable", evidence=[],
                              rationale=f"no US threshold of the record sets {what} at "
                              f"{num.surface} that way (it holds {held or 'none'})"))
            continue
        day = as_of if dated else today
        if periods is None:
            periods = _stated_periods(s, rules, as_of if dated else None)
        stated = _around(periods, limit)
        # the rule the sentence dates ("the 2022 rules"), else the one in force on the day,
        # else the first to come after it
        hit.sort(key=lambda f: (_date_agrees(f, stated) is False,
                                not (f.known_by(day) and (f.valid_to is None
                                                           or f.valid_to > day)),
                                (-1 if f.known_by(day) else 1)
                                * (f.start or dt.date.min).toordinal()))
        f = hit[0]
        if _date_agrees(f, stated) is False:
            verdict, why = "partly supported", f"the record dates it {f.start}: {f.statement}"
        elif "not_a_ban" in f.qualifiers and _says_ban(s.text, limit, rules):
            verdict, why = "partly supported", (f"a licence requirement, not a formal ban: "
                                                f"{f.statement}")
        else:
            verdict, why = "supported", f"the record: {f.statement}"
        parts.append(_timed(Part(**common, verdict=verdict, rationale=why,
                                 evidence=f.evidence(), fact=f),
                            record, as_of, dated, today, stated, False, bool(stated),
                            bounded=bounded))
        figures[id(parts[-1])] = (num.start, num.end)
    return _one_of_two(record, _either_of_both(s, parts, figures))


def _either_of_both(s: Sentence, parts: list[Part],
                    figures: dict[int, tuple[int, int]]) -> list[Part]:
    """Two figures of one two-part threshold (the same row of thresholds.csv: "TPP of 1,600
    or more together with performance density of 5.92 or more") joined by "or" state either
    test as enough, where the rule needs both: each is partly supported."""
    by_row: dict[str, list[Part]] = {}
    for p in parts:
        if p.fact is not None and p.verdict == "supported":
            by_row.setdefault(p.fact.fact_id, []).append(p)
    for row in by_row.values():
        metrics = {p.fact.metric for p in row if p.fact is not None}
        if len(metrics) < 2:
            continue
        row.sort(key=lambda p: figures.get(id(p), (p.start, p.end)))
        spans = [figures.get(id(p), (p.start, p.end)) for p in row]
        if not any(EITHER.search(s.text, a[1], b[0]) for a, b in itertools.pairwise(spans)):
            continue
        for p in row:
            p.verdict = p.verdict_today = "partly supported"
            p.rationale = f"the rule needs both tests, not either: {p.fact.statement}"
    return parts


def _one_of_two(record: Record, parts: list[Part]) -> list[Part]:
    """A figure of a two-part test given without the other ("chips with a TPP of 1,600 or
    more need a licence", where the rule also needs a performance density of 5.92) states
    only half the test: partly supported. Given with another test of the same rule ("a limit
    ... at 4,800 TPP and a performance density of 5.92"), it is one of the rule's parameters
    listed, which stands."""
    read = {(p.fact.fact_id, p.fact.metric) for p in parts if p.fact is not None}
    for p in parts:
        f = p.fact
        if f is None or p.verdict != "supported":
            continue
        others = {g.metric for g in record.thresholds if g.fact_id == f.fact_id} - {f.metric}
        listed = any(q.fact is not None and q.fact.fact_id != f.fact_id
                     and q.fact.event_id == f.event_id for q in parts)
        if others and not listed and not any((f.fact_id, m) in read for m in others):
            p.verdict = p.verdict_today = "partly supported"
            p.rationale = f"the rule needs both tests, and the sentence gives one: {f.statement}"
    return parts


def _ratio_value(text: str, rules: StatementRules) -> float | None:
    """The figure of a ratio: "1.7 times" gives 1.7, "twice" 2, "three times" 3."""
    m = NUMBER.search(text)
    if m:
        return float(m.group(0))
    word = text.split()[0].lower() if text.split() else ""
    return rules.multipliers.get(word)


def _comparisons(s: Sentence, rules: StatementRules, record: Record,
                 used: set[int]) -> list[Part]:
    parts = []
    compared: set[int] = set()  # names already compared with a figure
    for cue in rules.ratios:
        for m in s.scan(rules).finditer(cue.pattern, s.text):
            if cue.name == PARITY_FORM and rules.qualifiers["not_parity"].search(
                    s.text, max(0, m.start() - PARITY_REACH), m.start()):
                continue  # "six times as powerful as", "at least as fast as": no parity
            b = s.thing_after(m.end())
            if b is None or b.start in compared or (b.start > m.end() + 3 and (
                    b.start - m.end() > MODIFIER_GAP or not rules.qualifiers[
                        "thing_modifier"].match(s.text[m.end():b.start]))):
                continue
            compared.add(b.start)
            a = s.thing_before(m.start(), exclude=b.canonical)
            if a is None and cue.name == PARITY_FORM:
                continue  # "comparable to the H100 by combining two 910B dies": the 910B
                # after it is no subject
            a = s.thing_after(b.end, exclude=b.canonical) if a is None else s.whole_of(a)
            if a is not None and a.end <= m.start():
                a = _past_apposition(s, a, m.start(), b.canonical, rules)
            if a is None or a.canonical == b.canonical:
                continue
            used.update(s.numbers_within(m.start(), m.end()))
            span = dict(start=min(a.start, m.start()), end=max(b.end, m.end()))
            # "is not more capable than", or a chip's figure against a rack's: left open
            why_open = ("a negated or hedged comparison: the record's figures do not settle "
                        "what it denies" if _negated(s.text, m, rules) else
                        f"sets a {a.type} against a {b.type}: the record compares like with "
                        "like" if a.type != b.type else "")
            if why_open:
                parts.append(Part(kind="comparison", action=cue.name,
                                  subjects=(a.canonical, b.canonical),
                                  statement=f"{a.canonical} compared with {b.canonical}",
                                  verdict="unverifiable", evidence=[], rationale=why_open,
                                  **span))
                continue
            if cue.name == PARITY_FORM:
                parts.append(_judge_parity(s, a.canonical, b.canonical, rules, record, dict(
                    kind="comparison", action=cue.name, subjects=(a.canonical, b.canonical),
                    statement=f"{a.canonical} about equal to {b.canonical}", **span),
                    m.group(0)))
                continue
            if cue.name.startswith("order_"):
                more = cue.name == "order_more"
                capability = bool(rules.qualifiers["capability"].search(m.group(0)))
                parts.append(_judge_order(s, a.canonical, b.canonical, more, capability,
                                          rules, record,
                                          dict(kind="comparison", action=cue.name,
                                               subjects=(a.canonical, b.canonical),
                                               statement=f"{a.canonical} "
                                               f"{'more' if more else 'less'} than "
                                               f"{b.canonical}", **span),
                                          m.group(0)))
                continue
            x = _ratio_value(m.group("value"), rules)
            if x is None:
                continue
            ratio = x / 100 if cue.name == "share_of" else (1 + x / 100 if cue.name ==
                                                             "more_than" else x)
            if cue.name == "times" and rules.qualifiers["inverse_ratio"].match(
                    s.text, m.end("value")):
                ratio = 1 / x  # "six times less computing power than the H100"
            bound = BOUND.search(s.text, max(0, m.start() - 14), m.start())
            if bound is not None:
                span["bound"] = "at least" if bound.group(1) else "at most"
            common = dict(kind="comparison", action=cue.name, subjects=(a.canonical,
                                                                        b.canonical),
                          statement=f"{a.canonical} vs {b.canonical}: ratio "
                          f"{span.get('bound', '')} {ratio:.2f}".replace("  ", " "),
                          value=ratio, unit="times", **span)
            parts.append(_judge_ratio(s, a.canonical, b.canonical, ratio, rules, record,
                                      common, m.group(0)))
    return parts


# the comma that closes an apposition, then the main clause's verb ("The 910C, Huawei's answer
# to the H20, is comparable to ...")
APPOSITION_CLOSE = re.compile(
    r"\s*,\s*(?:(?:also|still|now|reportedly|already)\s+)?"
    r"(?:is|was|are|were|has|had|have|remains|remained|appears|appeared|seems|seemed|offers|"
    r"offered|delivers|delivered|performs|performed|runs|matches|matched|rivals|beats|"
    r"outperforms|lags|trails|can|could|may|might|will|would|should)\b")
CLAUSE_AFTER_COMMA = re.compile(r"\s*,\s*(?:which|that|who|whose|while|whereas|and|but)\b")


def _past_apposition(s: Sentence, a: Name, cue_start: int, other: str,
                     rules: StatementRules) -> Name:
    """The subject of a comparison when the thing right before its cue is named in an
    apposition ("The Ascend 910C, Huawei's answer to Nvidia's H20, is comparable to the
    H100" compares the 910C): the thing before the apposition's opening comma."""
    between = s.text[a.end:cue_start]
    if not APPOSITION_CLOSE.match(between) or CLAUSE_AFTER_COMMA.match(between):
        return a  # "the 910B, which itself was comparable to the A100": the 910B's;
        # "the H20, analysts say, is ...": no apposition
    before = s.thing_before(a.start, exclude=other)
    if before is None or "," not in s.text[before.end:a.start] or rules.qualifiers[
            "rival_object"].search(s.text, max(0, before.start - RIVAL_REACH), before.start):
        return a  # "Unlike the H20, the 910C, ..." sets the H20 aside
    return before


def _capability_figures(s: Sentence, a: str, b: str, rules: StatementRules,
                        record: Record, cue_text: str) -> tuple[str, list[Fact], list[Fact]] | None:
    """Dense 16-bit compute of both, for a comparison of capability as a whole that names no
    metric and no task."""
    if s.metrics_named(rules) or s.task_scoped(rules):
        return None
    return _dense_figures(a, b, record)


def _dense_figures(a: str, b: str, record: Record
                   ) -> tuple[str, list[Fact], list[Fact]] | None:
    """Both things' dense 16-bit compute figures, the measure of capability as a whole."""
    fa = record.by_metric.get((a, CAPABILITY_METRIC), [])
    fb = record.by_metric.get((b, CAPABILITY_METRIC), [])
    return (CAPABILITY_METRIC, fa, fb) if fa and fb else None


def _metric_figures(s: Sentence, a: str, b: str, rules: StatementRules, record: Record,
                    cue_text: str = "") -> tuple[str, list[Fact], list[Fact]] | None:
    """The first metric the sentence names for which the record has figures of both; a
    metric named in the comparison's own words goes first ("almost double the capacity and
    around 1.4x the bandwidth of H100": the 1.4 is of bandwidth). A word inside a longer
    metric's words names only the longer ("memory bandwidth" is no memory capacity)."""
    named = s.metrics_named(rules)
    in_cue = outermost({c.name: [m.span() for m in c.pattern.finditer(cue_text)]
                        for c in rules.metrics if c.name in named and cue_text})
    own = [c for c in rules.metrics if c.name in in_cue]
    for cue in [*own, *(c for c in rules.metrics if c not in own)]:
        if cue.name not in named:
            continue
        fa = record.by_metric.get((a, cue.name), [])
        fb = record.by_metric.get((b, cue.name), [])
        if fa and fb:
            return cue.name, fa, fb
    return None


def _judge_order(s: Sentence, a: str, b: str, more: bool, capability: bool,
                 rules: StatementRules, record: Record, common: dict, cue_text: str = ""
                 ) -> Part:
    """An order between two things on the metric the sentence names; with none named, an
    order of capability ("more capable than", "outperforms") on dense 16-bit compute."""
    found = _metric_figures(s, a, b, rules, record, cue_text)
    if found is None and capability and not s.task_scoped(rules):
        found = _dense_figures(a, b, record)
    if found is None:
        return Part(**common, verdict="unverifiable", evidence=[], rationale=NO_FIGURES)
    metric, fa, fb = found
    a_lo, a_hi = min(f.amount for f in fa), max(f.amount_high for f in fa)
    b_lo, b_hi = min(f.amount for f in fb), max(f.amount_high for f in fb)
    what = metric.replace("_", " ")
    ids = sorted({f.fact_id for f in fa + fb})
    shown = (f"{a}: {_range(a_lo, a_hi, fa[0].unit)}; {b}: {_range(b_lo, b_hi, fb[0].unit)}")
    if (a_lo > b_hi) if more else (a_hi < b_lo):
        verdict = "supported"
    elif (a_hi < b_lo) if more else (a_lo > b_hi):
        verdict = "contradicted"
    else:
        verdict = "unverifiable"
    return Part(**common, verdict=verdict, rationale=f"the sources' {what} figures: {shown}",
                evidence=ids, fact=fa[0])


def _ratio_range(fa: list[Fact], fb: list[Fact]) -> tuple[float, float]:
    """The lowest and the highest ratio of one thing's figures to the other's, over every
    source's range (the sources disagree; each value is kept)."""
    return (min(f.amount for f in fa) / max(f.amount_high for f in fb),
            max(f.amount_high for f in fa) / min(f.amount for f in fb))


def _judge_parity(s: Sentence, a: str, b: str, rules: StatementRules, record: Record,
                  common: dict, cue_text: str = "") -> Part:
    """A parity ("on par with the H100", "comparable to") on the metric the sentence names;
    with none named, on dense 16-bit compute. Within :data:`PARITY` of one it holds; within
    :data:`NEAR_PARITY` the two are close but not equal (the 910C's 780-800 TFLOPS against
    the H100's 989: partly supported); further apart it is contradicted."""
    found = _metric_figures(s, a, b, rules, record, cue_text) \
        or _capability_figures(s, a, b, rules, record, cue_text)
    if found is None:
        return Part(**common, verdict="unverifiable", evidence=[], rationale=NO_FIGURES)
    metric, fa, fb = found
    lo, hi = _ratio_range(fa, fb)
    shown = f"the sources' {metric.replace('_', ' ')} figures give a ratio of {lo:.2f}–{hi:.2f}"
    if hi >= PARITY[0] and lo <= PARITY[1]:
        verdict, why = "supported", shown
    elif hi >= NEAR_PARITY[0] and lo <= NEAR_PARITY[1]:
        verdict, why = "partly supported", f"close, but not equal: {shown}"
    else:
        verdict, why = "contradicted", shown
    return Part(**common, verdict=verdict, rationale=why,
                evidence=sorted({f.fact_id for f in fa + fb}), fact=fa[0])


def _judge_ratio(s: Sentence, a: str, b: str, ratio: float, rules: StatementRules,
                 record: Record, common: dict, cue_text: str = "") -> Part:
    bound = common.pop("bound", "")
    at = s.text.find(cue_text, common["start"]) if cue_text else -1
    if at >= 0 and rules.qualifiers["just_under"].search(s.text, max(0, at - APPROX_REACH), at):
        bound = ""  # "just under twice" is near two, not any ratio below it
    for f in record.comparisons:
        if a in f.subjects and b in f.any_of and f.amount is not None:
            stated = f.amount / 100 if f.unit == "%" else f.amount
            verdict = "supported" if _within(ratio, stated, stated, TOLERANCE) else \
                "partly supported"
            return Part(**common, verdict=verdict, rationale=f"the record: {f.statement}",
                        evidence=f.evidence(), fact=f)
    found = _metric_figures(s, a, b, rules, record, cue_text)
    if found is None and rules.qualifiers["performance_ratio"].search(cue_text):
        found = _capability_figures(s, a, b, rules, record, cue_text)
    elif found is None and rules.qualifiers["capability"].search(cue_text):
        # "six times slower than the H100": a speed-up named by no metric, read on dense
        # compute like "the performance of"; right in size, or only in its order
        found = _capability_figures(s, a, b, rules, record, cue_text)
        if found is not None:
            return _judge_speedup(a, b, ratio, found, common)
    if found is None:
        return Part(**common, verdict="unverifiable", evidence=[], rationale=NO_FIGURES)
    metric, fa, fb = found
    lo, hi = _ratio_range(fa, fb)
    near = False  # within the rounding of a whole-number ratio, not of the stated one
    if bound == "at least":
        ok = hi >= ratio * (1 - TOLERANCE)
    elif bound == "at most":
        ok = lo <= ratio * (1 + TOLERANCE)
    else:
        # "roughly six times" for 6.7: a ratio said to be approximate is a round figure
        at = s.text.find(cue_text, common["start"]) if cue_text else -1
        approx = at >= 0 and rules.qualifiers["approximate"].search(
            s.text, max(0, at - APPROX_REACH), at) is not None
        # "almost double" for 1.67: a little under two, not a rounding of it
        approx = approx and rules.qualifiers["just_under"].search(
            s.text, max(0, at - APPROX_REACH), at) is None
        ok = _within(ratio, lo, hi, APPROX_RATIO_TOLERANCE if approx else TOLERANCE)
        near = _within(ratio, lo, hi, APPROX_RATIO_TOLERANCE)
    why = f"the sources' {metric.replace('_', ' ')} figures give a ratio of {lo:.2f}–{hi:.2f}"
    if ok:
        verdict = "supported"
    elif near:
        verdict, why = "partly supported", f"near, not exact: {why}"
    else:
        verdict = "contradicted"
    return Part(**common, verdict=verdict, rationale=why,
                evidence=sorted({f.fact_id for f in fa + fb}), fact=fa[0])


def _judge_speedup(a: str, b: str, ratio: float,
                   found: tuple[str, list[Fact], list[Fact]], common: dict) -> Part:
    """A speed-up ("six times slower than", "100 times faster than") against the two chips'
    dense compute: supported within the rounding of a stated ratio, partly supported when
    only its direction holds, contradicted when the order is the other way round."""
    metric, fa, fb = found
    lo, hi = _ratio_range(fa, fb)
    why = f"the sources' {metric.replace('_', ' ')} figures give a ratio of {lo:.2f}–{hi:.2f}"
    if _within(ratio, lo, hi, APPROX_RATIO_TOLERANCE):
        verdict = "supported"
    elif (ratio > 1) == (lo > 1) and (ratio > 1) == (hi > 1):
        verdict, why = "partly supported", f"the order holds, not the size: {why}"
    else:
        verdict = "contradicted"
    return Part(**common, verdict=verdict, rationale=why,
                evidence=sorted({f.fact_id for f in fa + fb}), fact=fa[0])


YEARLESS = re.compile(r"(?i)\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>[a-z]+)\.?"
                      r"|(?P<m2>[a-z]+)\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?|(?P<m3>[a-z]+)\.?)$")


def _record_years(s: Sentence, periods: Dates, cue_found: list, record: Record,
                  canon: set[str], rules: StatementRules) -> Dates:
    """On a page with no date, a day or month written without its year ("On 17 October, the
    Biden administration released new export controls") takes the one year in which an act
    the sentence's cues and names match fell on that day or in that month (the October 2023
    rules); with none or several such years it stays unresolved."""
    added = []
    filed = _dateline_end(s, rules)
    for t in s.times:
        if t.resolved or t.kind not in ("date", "month") or t.start < filed:
            continue
        m = YEARLESS.search(s.text, t.start, t.end)
        month = MONTHS.get((m.group("m1") or m.group("m2") or m.group("m3") or "").lower()) \
            if m is not None else None
        if not month:
            continue
        day = int(m.group("d1") or m.group("d2") or 0)
        slack = DATE_SLACK if day else dt.timedelta(0)  # a reported day may trail the act
        years = set()
        for cue, _ in cue_found:
            for f in record.by_action.get(cue.name, []):
                if f.start is None or not f.applies_to(canon):
                    continue
                end = f.end or f.start
                for year in range(f.start.year, end.year + 1):
                    span = _day_or_month(year, month, day)
                    if span is not None and span[0] <= end + slack \
                            and span[1] >= f.start - slack:
                        years.add(year)
        span = _day_or_month(years.pop(), month, day) if len(years) == 1 else None
        if span is not None:
            lo, hi = span
            added.append((lo, hi, lo.isoformat() if day else lo.isoformat()[:7],
                          t.start, t.end, False))
    if not added:
        return periods
    dates = Dates(sorted([*periods, *added], key=lambda p: p[3]), periods.earlier,
                  periods.breaks, periods.modifier, periods.participle, periods.act,
                  periods.breaks_after, periods.act_after, periods.since)
    dates.cue_ends = periods.cue_ends
    return dates


def _day_or_month(year: int, month: int, day: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a day (``day`` > 0) or of a whole month; None for no such
    day ("30 February")."""
    try:
        lo = dt.date(year, month, day or 1)
    except ValueError:
        return None
    if day:
        return lo, lo
    return lo, dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


# "first imposed in 2023" dates the first act, which a year alone cannot tell apart
FIRST_WORD = re.compile(r"\b(?:first|initially|originally)\b", re.IGNORECASE)


def _chip_word_next_to(s: Sentence, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether a word for chips stands next to an act's words, in its phrase: inside or
    after them, or before them with no comma between ("Nvidia's chips for the Chinese
    market"; not "Nvidia, the chip designer, made a push for the Chinese market")."""
    for w in rules.qualifiers["chip_word"].finditer(
            s.text, max(0, cue.start() - CHIP_WORD_REACH), cue.end() + CHIP_WORD_REACH):
        if w.end() > cue.start() or "," not in s.text[w.end():cue.start()]:
            return True
    return False


def _about_the_maker_only(s: Sentence, f: Fact, record: Record, canon: set[str]) -> bool:
    """Whether a fact about a maker's products in general (Nvidia's chips restricted, made
    for China) meets a sentence that names one of its products the fact does not: the
    sentence is about that product ("its B300 is barred"), not the maker's chips at large."""
    return bool(f.action in record.product_actions and s.things - f.names
                and s.only_orgs(f.names & canon))


def _attributive(text: str, cue: re.Match[str]) -> bool:
    """Whether a restriction's cue is one participle used as an adjective before what it
    describes ("bought servers with restricted Nvidia chips", "access to banned chips"): the
    sentence describes the chips, it does not report the restriction ("the US restricted
    Nvidia chips", "chips that were banned" do)."""
    word = cue.group(0)
    if " " in word or not word.endswith("ed"):
        return False
    before = ATTRIBUTIVE_BEFORE.search(text, max(0, cue.start() - ATTRIBUTIVE_REACH), cue.start())
    return before is not None and ATTRIBUTIVE_AFTER.match(text, cue.end()) is not None


# a determiner or preposition right before the participle, a noun phrase right after it
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|these|those|with|of|to|"
                                r"for|on|in|from|buy|buying|bought|smuggled|smuggling|containing|"
                                r"contains|including|includes|using|uses|carrying|holding)\s+$",
                                re.IGNORECASE)
ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:[A-Z][\w.-]*\s+){0,2}(?:AI\s+)?(?:chips?|GPUs?|processors?|"
                               r"accelerators?|semiconductors?|hardware|products?|parts|"
                               r"H\d+\w*|A\d+\w*)\b")
ATTRIBUTIVE_REACH = 15  # characters before a participle searched for a determiner


def _goods_of(s: Sentence, f: Fact, rules: StatementRules) -> bool:
    """Whether the sentence names the fact's subject only as the maker of goods or a part of
    another company ("Mellanox switches", "Nvidia's Mellanox unit"), for a fact with a doer
    (``by:ORG``) done to that subject."""
    if not any(q.startswith(BY) for q in f.qualifiers):
        return False
    goods = rules.qualifiers["company_goods"]
    named = [n for n in s.names if n.canonical in f.subjects]
    return bool(named) and all(goods.match(s.text, n.end) for n in named)


def _done_by_another(s: Sentence, cue: re.Match[str], f: Fact) -> bool:
    """Whether another company than the fact's doer (``by:ORG``) is named right before the
    act's words in its clause ("AMD bought Mellanox" is not Nvidia's purchase; "SAMR's probe of
    Nvidia's acquisition of Mellanox" is)."""
    by = {q[len(BY):] for q in f.qualifiers if q.startswith(BY)}
    if not by:
        return False
    lo = _clause_start(s.text, cue.start())
    before = [n for n in s.names if n.type == "org" and lo <= n.start < cue.start()
              and len(s.text[n.end:cue.start()].split()) <= DOER_GAP_WORDS]
    # "Mellanox acquired a startup": the fact's own subject doing the act (a verb, not
    # "the Mellanox deal") is not its doer
    doers = by if ACT_AS_VERB.search(cue.group(0)) else by | f.names
    if before and max(before, key=lambda n: n.start).canonical not in doers:
        return True
    # "Mellanox was acquired by Intel"
    passive = PASSIVE_BY.match(s.text, cue.end())
    return passive is not None and any(
        n.type == "org" and passive.end() <= n.start <= passive.end() + 1
        and n.canonical not in by for n in s.names)


def _only_as_base(s: Sentence, cue: re.Match[str], f: Fact, rules: StatementRules) -> bool:
    """Whether the fact's things are named after the act's words only as what something
    else is built on ("launched the Ascend AI cloud service based on the CloudMatrix384
    super node"), and not before them: the act is the other thing's."""
    after = [n for n in s.names if n.canonical in f.names and n.start >= cue.end()]
    if not after or any(n.canonical in f.names and n.end <= cue.start() for n in s.names):
        return False
    base_of = rules.qualifiers["base_of"]
    return all(base_of.search(s.text, max(0, n.start - BASE_REACH), n.start) for n in after)


BASE_REACH = 40  # characters before a name read for the words that make it a base (base_of)


def _told_by_foreign(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether the steer's words are told by a government other than China's, named last
    before them in their clause ("US trade officials told Chinese buyers not to purchase the
    H20", "Japanese officials told firms not to buy Nvidia chips"); "US officials said
    Beijing told firms ..." names China after them, which is then who tells."""
    lo = _clause_start(text, cue.start())  # the actor may open the steer's own words
    foreign = [m for m in rules.qualifiers["foreign_actor"].finditer(
        text, lo, min(len(text), cue.start() + ACTOR_IN_CUE)) if m.start() < cue.start()]
    if not foreign:
        return False
    china = rules.qualifiers["china_named"]
    return not (china.search(text, foreign[-1].end(), cue.start())
                or china.match(text, cue.start()))


def _told_as_design(text: str, cue: re.Match[str], rules: StatementRules) -> bool:
    """Whether a use is told as what a chip was designed for ("the chip is designed
    primarily for AI inference tasks", "Huawei designed the 910C for inference"): the design
    words must lead to a "for" or "toward", before the cue or opening it ("built clusters to
    run inference" is a use)."""
    m = rules.qualifiers["design_purpose"].search(text, max(0, cue.start() - DESIGN_REACH),
                                                  cue.start())
    return m is not None and (m.group("prep") is not None
                              or cue.group(0).lower().startswith(("for", "toward")))


def _imposed_by_target(s: Sentence, cue: re.Match[str], f: Fact,
                       rules: StatementRules) -> bool:
    """Whether the restriction's words are said to be imposed by a company the fact has as
    what is restricted ("in-house chips to counter restrictions imposed by Nvidia Corp and
    other suppliers"): the sentence makes the restricted company the restriction's doer,
    which is not the US rule the record holds."""
    by = rules.qualifiers["imposed_by"].match(s.text, cue.end())
    if by is None:
        return False
    doer = s.name_after(by.end())
    # "imposed by Nvidia's home government": the company names whose government acts
    return doer is not None and doer.start <= by.end() + 1 and doer.type == "org" \
        and doer.canonical in f.subjects and not POSSESSIVE_AFTER.match(s.text, doer.end) \
        and not s.text[doer.start:doer.end].endswith(("'s", "’s")) \
        and not OWNERS_AFTER.match(s.text, doer.end)


# more owners joined to a company before a possessive ("Nvidia and AMD's home country")
OWNERS_AFTER = re.compile(r"(?:\s*(?:,|and|&)\s*[\w.&-]+)+['’]s\b")


ACT_AS_VERB = re.compile(r"(?:acquired|bought|purchased)$", re.IGNORECASE)
PASSIVE_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)


DOER_GAP_WORDS = 3  # words between a company and the act's words that leave it the doer


def _date_of_another(periods: Dates, cue: re.Match[str]) -> bool:
    """Whether a date before an act told in passing follows another act's words ("SAMR
    launched proceedings against Nvidia in December 2024 over the Mellanox deal": the date
    is the probe's, and the purchase is left unjudged rather than misdated). A year right
    before the act's word is its own ("its 2020 acquisition")."""
    for p in _around(periods, cue):
        if p[4] > cue.start() or cue.start() - p[4] <= ATTRIBUTIVE_GAP:
            continue
        if periods.cue_ends and periods.cue_ends[0] <= p[3]:
            return True
    return False


def _sole_act_of_year(record: Record, f: Fact, stated: str, periods: Dates,
                      cue: re.Match[str]) -> bool:
    """A year dates an act of the US as a whole ("the US expanded its chip rules in 2023")
    when the record holds no other US restriction in that year: "in 2025" could be January's
    rule or April's licence requirement on the H20, "in 2023" only October's rules. A year
    after "since" is when a state began: it dates the first act only ("restricted since 2023"
    is wrong for controls that began in 2022), and so does "first imposed in 2023"."""
    if len(stated) != len("YYYY") or not stated.isdigit() or f.start is None \
            or f.start.year != int(stated):
        return False
    text = cue.string
    since = periods.since is not None and any(
        p[2] == stated and periods.since.search(text, max(0, p[3] - SINCE_REACH), p[3])
        for p in periods)
    if since or FIRST_WORD.search(text, max(0, cue.start() - DATE_REACH),
                                  cue.end() + DATE_REACH):
        # "since 2022", "first imposed in 2022": right of the first act only
        return not any(g.start is not None and g.start < f.start and not g.subjects
                       and "restriction" in g.qualifiers and bool(g.names & f.names)
                       for g in record.by_action.get(f.action, []))
    return not any(g.event_id != f.event_id and g.start is not None
                   and g.start.year == f.start.year and "restriction" in g.qualifiers
                   for facts in record.by_action.values() for g in facts)


def _events(s: Sentence, rules: StatementRules, record: Record, used: set[int],
            as_of: dt.date, dated: bool, today: dt.date, bounded: bool = False) -> list[Part]:
    canon = s.canon
    hits = s.scan(rules)
    undone = bool(hits.search(rules.qualifiers["reversal"], s.text))
    pledged = bool(hits.search(rules.qualifiers["pledge"], s.text))
    one_round = bool(hits.search(rules.qualifiers["single_round"], s.text))
    periods = _stated_periods(s, rules, as_of if dated else None)
    cue_found = s.cue_matches(rules)
    if not dated:
        periods = _record_years(s, periods, cue_found, record, canon, rules)
    stated = ";".join(p[2] for p in periods)
    matched: list[tuple[object, Fact]] = []
    periods.cue_ends = sorted(m.end() for _, found in cue_found for m in found)
    # a figure fact's qualifying cues, in text order, with their starts
    cue_hits: dict[int, tuple[list[re.Match[str]], list[int]]] = {}
    # what a description stands for names the thing for an act, not for a sum: a fee, a
    # tariff or proceeds must pass the tests of a figure of the article's context
    carried = s.antecedent if any(n is s.antecedent for n in s.names) else None
    own_canon = canon - {carried.canonical} if carried is not None and sum(
        n.canonical == carried.canonical for n in s.names) == 1 else canon
    generic = rules.qualifiers["generic_actor"]
    for cue, found in cue_found:
        events = {f.event_id for f in record.by_action.get(cue.name, []) if f.applies_to(canon)
                  and not _about_the_maker_only(s, f, record, canon)}
        for f in record.by_action.get(cue.name, []):
            named = f.applies_to(own_canon if f.amount is not None else canon)
            if not named and not _figure_of_context(
                    s, f, own_canon, rules, record.products, found, carried, record.makers):
                continue
            if "generic" in f.qualifiers and s.names_a_chip:
                continue  # a kind of chip in general: a sentence naming one is judged on it
            if "priced" in f.qualifiers and any(n.kind == "money" for n in s.numbers):
                continue  # "bought Mellanox for $6.9 billion" is about a price the record
                # does not hold, not the purchase it holds
            if _goods_of(s, f, rules):
                continue  # "Huawei bought Mellanox switches" buys no company
            if "any_company" in f.qualifiers and s.names_a_company(rules, record.listed):
                continue  # listed companies in general: "Zhipu ... must obtain a licence" is
                # judged on Zhipu's own listing, not on what a listing means
            if f.action == LISTING and f.amount is None and all(
                    _later_round_of(s, m, f, rules) for m in found):
                continue  # "dozens of new Huawei affiliates" were listed in a later round,
                # not with Huawei itself
            if "by_name" in f.qualifiers and not s.names_as(f):
                continue  # "Knowledge Atlas, better known as Zhipu" is not the Z.ai rename
            if _about_the_maker_only(s, f, record, canon):
                continue  # "its B300 is barred" is not "its advanced chips are restricted"
            figure = f.amount is not None and any(_states_figure(num, f, _tolerance(s, num, rules))
                                                  for num in s.numbers)
            # an agency's act named only through the US as a whole ("the US", "Washington")
            # is that act only when the sentence dates it
            via_state = (not f.subjects and "generic" not in f.qualifiers
                         and bool(f.names & canon)
                         and all(generic.fullmatch(n) for n in f.names & canon))
            if via_state and not s.after_chips and \
                    not rules.qualifiers["chip_scope"].search(s.text):
                continue  # "In 2022 the US banned TikTok" is about no chip
            ok = (m for m in found
                  if (figure or s.named_near(f.names, m.start(), m.end(), NEAR)
                      or s.opens_with(f.names, m.start(), rules))
                  # undated, it must be called new in a dated article ("the USA further
                  # restricts chip exports", the act near the article's day)
                  # "The US sanctioned Zhipu in 2024" is about Zhipu, not a US rule; "chips
                  # made after the US imposed its restrictions last October" states the rule
                  and not (via_state and s.names_own_besides(
                      f.names, rules, _clause_start(s.text, m.start()),
                      _clause_end(s.text, m.end())))
                  and not (via_state and not any(
                      len(p[2]) >= len("YYYY-MM")
                      or (len(p) > 6 and p[6] and _sole_act_of_year(record, f, p[2], periods, m))
                      for p in _around(periods, m))
                           and not (dated and _called_new(s, m, rules)))
                  and not _acts_on_another(s, m, f)
                  and not _done_by_another(s, m, f)
                  # "the chip is designed primarily for AI inference": its design, not its use
                  and not (f.action == INFERENCE_ACTION and _told_as_design(s.text, m, rules))
                  # "restrictions imposed by Nvidia": the restricted company told as the doer
                  and not ("restriction" in f.qualifiers and _imposed_by_target(s, m, f, rules))
                  # "China imposed volume caps on H200 imports" is no US licence condition
                  and not ("us_side" in f.qualifiers and not US_SIDE.search(s.text)
                           and not rules.qualifiers["us_body"].search(s.text))
                  and not ("us_side" in f.qualifiers and rules.qualifiers["china_actor"].search(
                      s.text, max(0, m.start() - CHINA_ACTOR_REACH), m.start()))
                  # "servers with restricted Nvidia chips": a description, not a claim
                  and not ("restriction" in f.qualifiers and _attributive(s.text, m))
                  and not ("background" in f.qualifiers and _date_of_another(periods, m))
                  # "announced the deal in 2019": the announcement, not the completed purchase
                  and not ("completed" in f.qualifiers and _around(periods, m)
                           and rules.qualifiers["announced_act"].search(
                               s.text, max(0, m.start() - ANNOUNCED_REACH), m.end()))
                  # "Nvidia fought for the Chinese market" is about no chip of Nvidia's
                  and not ("about_chips" in f.qualifiers and not _chip_word_next_to(s, m, rules))
                  # "the Atlas 960, slated for 2027" or "will launch": a plan or a launch,
                  # not the unveiling the record holds
                  and not ("unveiled" in f.qualifiers and _not_an_unveiling(s.text, m, rules))
                  and not ("actor" in f.qualifiers and _actor_is_another(s, m, f))
                  # "Beijing barred Alibaba from buying ...": China's act, not a US rule
                  and not (record.actors.get(f.event_id, "").startswith("US ")
                           and ACT_VERB.match(m.group(0)) is not None
                           and rules.qualifiers["china_actor"].search(
                               s.text, max(0, m.start() - CHINA_ACTOR_REACH), m.start()))
                  # "China charges a 25% tax on imported H200 chips": China's levy
                  and not (f.action in CHINA_MAY_DO and rules.qualifiers["china_levy"].search(
                      s.text, max(0, m.start() - CHINA_ACTOR_REACH), m.end()))
                  and not (f.action in record.product_actions and _subject_is_another(s, m, f))
                  # "launched a cloud service based on the CloudMatrix384": the base, not the
                  # thing launched
                  and not (f.action in (RELEASE_ACTION, SHOWCASE_ACTION)
                           and _only_as_base(s, m, f, rules))
                  and not _too_old_for(s, m, f, rules, as_of, dated,
                                       len(events) == 1 and bool(f.names & record.products),
                                       _around(periods, m))
                  and not _held_back(s.text, m, rules)
                  and not s.only_as_modifier(f.names & canon, rules)
                  # "state-backed firms" describes the firms: it carries no sum of a round
                  and not (f.amount is not None and _hyphen_joined(m))
                  # "Aramco sold its stake in Zhipu" does not report the round
                  and not (f.action == FUNDING_ACTION
                           and rules.qualifiers["divested"].search(_clause(s.text, m)))
                  # "the 910B, designed to rival the A100": the fact's own thing before the
                  # cue, its rival after it, not the other way round
                  and not ("ordered" in f.qualifiers and not _in_order(s, m, f))
                  # "lifted the ban" does not state the ban
                  and not (undone and "restriction" in f.qualifiers
                           and _undone(s.text, m, rules))
                  and not rules.qualifiers["document_act"].search(
                      s.text, max(0, m.start() - DOCUMENT_REACH), m.start())
                  and not (f.action in PRODUCT_ACTS
                           and rules.qualifiers["document_object"].match(s.text, m.end()))
                  # "US lawmakers worry about security risks in the H20": no summons
                  and not (f.action == SUMMONS_ACTION
                           and not rules.qualifiers["summons_own"].match(m.group(0))
                           and not _china_speaks(s, rules))
                  # "Investors urged Alibaba to cease buying the H20": no Chinese authority
                  and not (f.action == DISCOURAGE_ACTION
                           and rules.qualifiers["firms_told"].match(m.group(0))
                           and not rules.qualifiers["authority_named"].search(s.text, 0,
                                                                              m.end())
                           and not _china_speaks(s, rules))
                  # "US trade officials told Chinese buyers not to purchase the H20": a
                  # foreign government's telling, not China's steering
                  and not (f.action == DISCOURAGE_ACTION and _told_by_foreign(s.text, m, rules))
                  # "In December 2024, Beijing began a review of Nvidia's deal to acquire
                  # Mellanox": the date is the review's, not the purchase's (unless the
                  # deal's own date follows it: "... its acquisition of Mellanox in 2020")
                  and not (f.action == ACQUISITION_ACTION
                           and rules.qualifiers["reviewed_object"].search(
                               s.text, max(0, m.start() - DOCUMENT_REACH * 2), m.start())
                           and any(p[4] <= m.start() for p in _around(periods, m))
                           and not any(p[3] >= m.end() for p in _around(periods, m)))
                  # "based on the existing 910B and 910C": the whole and its part both
                  # after the cue are what another thing is based on
                  and not (f.action == COMPONENTS and _all_after(s, m, f))
                  # meeting a licensing requirement one is made to meet is needing the
                  # licence ("exports of the H20 will have to meet new licensing
                  # requirements"); a chip designed to meet them needs none
                  and not ("restriction" in f.qualifiers and _complies(s.text, m, rules)
                           and not (f.action == LICENCE_ACTION and _obliged(s.text, m, rules)))
                  and not (_negated_before(s.text, m, rules) if f.negative
                           else _negated(s.text, m, rules)))
            if f.amount is None:
                near = next(ok, None)
                if near is not None:
                    matched.append((near, f))
            else:  # every qualifying cue, so that each figure takes the one nearest it
                every = list(ok)
                if every:
                    matched.append((every[0], f))
                    cue_hits[id(f)] = (every, [c.start() for c in every])
    parts: list[Part] = []
    done_events: set[str] = set()
    done_actions: set[tuple[str, str]] = set()  # (event, action) a figure has stated
    contested: set[str] = set()  # events a stated count shows the sentence is not about
    # sums of money first: a stated figure picks its fact
    for i, num in enumerate(s.numbers):
        if i in used or num.kind not in EVENT_FIGURE_KINDS:
            continue
        based = base(num.value, num.unit) if num.kind != "count" else (num.value, "count")
        if based is None:
            continue
        same_unit = [(m, f) for m, f in matched if f.amount is not None
                     and (f.unit == "count" if num.kind == "count" else f.unit == based[1])
                     and (f.applies_to(canon) or _states_figure(num, f, EXACT))]
        if not same_unit:
            continue
        bound = _bound(s, num, rules)
        hit = [(m, f) for m, f in same_unit
               if _figure_agrees(based[0], f, _tolerance(s, num, rules), bound)
               and _date_agrees(f, _around(periods, m)) is not False]
        facts = {f.fact_id for _, f in same_unit}
        if not hit and num.kind == "count":
            close = [(m, f) for m, f in same_unit
                     if _figure_agrees(based[0], f, TOLERANCE, bound)]
            if not close:
                # a count far from the record's of the same things ("added 38 Huawei affiliates"
                # against the 68 of May 2019) is of another event, which the record does not
                # hold; a count of something else ("200,000 employees") is left to the extras
                contested.update(f.event_id for _, f in same_unit if _counts_the_same(num, f))
                continue
            same_unit = close  # near it ("67 affiliates"): that event, a detail wrong
            facts = {f.fact_id for _, f in same_unit}
        if not hit and (len(facts) > 1
                        or _date_agrees(same_unit[0][1], _around(periods, same_unit[0][0]))
                        is False
                        or (same_unit[0][1].event_id, same_unit[0][1].action) in done_actions):
            continue  # the figure may be of something else ("a $5.5 billion write-down and
            # $15 billion of lost sales": the sum the record has is already stated): left to
            # the extras
        used.add(i)
        m, f = (hit or same_unit)[0]
        if id(f) in cue_hits:  # the figure's own cue, not the sentence's first one
            m = _nearest(*cue_hits[id(f)], num)
        scope = f.names & (record.products | s.things)  # the chips the fact is for
        if hit and "rise" in f.qualifiers and _told_as_fall(s.text, num, rules):
            # "closed 13.2% lower" against a rise of 13.2%: the right figure, the wrong way
            verdict, why = "contradicted", f"a rise, not a fall: {f.statement}"
        elif hit and "cumulative" in f.qualifiers and one_round:
            verdict, why = "partly supported", f"a cumulative total, not one round: {f.statement}"
        elif (hit and scope and not scope & canon and (f.names - scope) & canon
              and not ANAPHORIC_BASE.search(s.text, num.end, num.end + CUE_WINDOW)
              and not SOME_CHIPS.search(s.text, max(0, num.start - 2 * CUE_WINDOW),
                                        num.end + 2 * CUE_WINDOW)):
            verdict, why = "partly supported", (  # "15% of its China sales": of two chips'
                f"the record gives this for named chips only: {f.statement}")
        elif hit and f.action == FUNDING_ACTION and (
                backer := _one_backer(s, num, f, rules)) is not None:
            verdict, why = "partly supported", (  # "Prosperity7 invests $400 mn in Zhipu"
                f"the round's total, told as {backer}'s own: {f.statement}")
        elif hit:
            verdict, why = "supported", f"the record: {f.statement}"
        else:
            verdict, why = "partly supported", (
                f"the record gives {_range(f.amount, f.amount_high, f.unit)}: {f.statement}")
        named = f.names & canon or {n for n in f.names  # "The issue price was HK$116.2"
                                    if s.named_earlier is not None and s.named_earlier(n)}
        if not f.names & canon:
            why += f" (of {', '.join(sorted(named))}, named earlier in the article)"
        parts.append(_timed(Part(
            kind="money" if num.kind == "money" else "event", action=f.action,
            subjects=tuple(sorted(named)), start=min(m.start(), num.start),
            end=max(m.end(), num.end), statement=f"{_cap(rules.describe(f.action))} "
            f"({num.surface}): {', '.join(sorted(named))}", verdict=verdict,
            rationale=why, evidence=f.evidence(), value=num.value, unit=num.unit,
            stated_date=_dates_of(_around(periods, m)) or stated, fact=f), record, as_of,
            dated, today, _around(periods, m),
            False, bounded=bounded, figure_agrees=bool(hit)))
        done_events.add(f.event_id)
        if hit:  # a wrong figure ("67 affiliates") leaves the act itself to be stated
            done_actions.add((f.event_id, f.action))
    # events without a figure: one statement per event, the best-dated fact. When the
    # sentence gives a date, an action that recurs (several rules, several listings) keeps
    # only the facts of that date; if none has it, the sentence may be about another one
    # the record does not hold, and is left unjudged.
    by_action: dict[str, list[tuple[object, Fact]]] = {}
    # an action one of whose events the sentence's figure already judged is that event's
    # ("allowing H200 exports for a 25% royalty" is the December 2025 decision whose fee
    # the figure states), not another event of the same action (a later rule on the chip)
    covered: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for _, f in matched:
        if f.event_id in done_events:
            covered.setdefault(f.action, []).append((f.event_id, f.names & canon))

    def another_of_covered(f: Fact) -> bool:  # the same action for the same things, another event
        return any(ev != f.event_id and names & f.names
                   for ev, names in covered.get(f.action, ()))

    for m, f in matched:
        if f.amount is None and not another_of_covered(f) \
                and (f.event_id, f.action) not in done_actions and f.event_id not in contested:
            by_action.setdefault(f.action, []).append((m, f))
    # one statement per (action, things named): "sales of the H200 are allowed" is one
    # statement whichever of the record's H200 decisions it is matched to
    by_claim: dict[tuple, list[tuple[object, Fact]]] = {}
    for options in by_action.values():
        # a cue no stated date stands near, for things no dated cue names ("the tighter
        # controls target the A800 ..., made after the US imposed its restrictions last
        # October"): its own claim, not held to the other clause's date
        dated_claims = {(f.action, frozenset(f.names & canon)) for m, f in options
                        if _around(periods, m)}
        loose = [(m, f) for m, f in options if dated_claims and not _around(periods, m)
                 and (f.action, frozenset(f.names & canon)) not in dated_claims]
        for m, f in loose:
            by_claim.setdefault((f.action, f.names & canon), []).append((m, f))
        options = [o for o in options if o not in loose]
        if any(_around(periods, m) for m, _ in options):
            dated_ok = [(m, f) for m, f in options if _date_agrees(f, _around(periods, m))]
            # failing that, an act a day or so from the stated day ("on December 1", the
            # package of 2 December): that act, its date the detail wrong
            near_ok = [(m, f) for m, f in options if _date_near(f, _around(periods, m))]
            further = any(p[6] == FURTHER_ACT for m, _ in options for p in _around(periods, m)
                          if len(p) > 6)
            if not dated_ok and (len({f.event_id for _, f in near_ok}) != 1 or further):
                near_ok = []  # several acts near the day, or "tightened": another act
            if dated_ok or near_ok:
                options = dated_ok or near_ok
            elif len({f.event_id for _, f in options}) > 1 or any(
                    p[6] == FURTHER_ACT for m, _ in options for p in _around(periods, m)
                    if len(p) > 6):
                # several acts and none then, or a later act on a rule ("tightened ... in
                # August 2020") on a day none of the record's acts happened: another act
                continue
        for m, f in options:
            by_claim.setdefault((f.action, f.names & canon), []).append((m, f))
    done: dict[tuple[str, str], tuple[Part, str]] = {}  # one statement per event and act
    for options in by_claim.values():
        if (not dated and not s.things and len({f.event_id for _, f in options}) > 1
                and all(not f.subjects for _, f in options)
                and not any(_around(periods, m) for m, _ in options)):
            # "the Commerce Department's rules" in an undated article, the record's facts
            # naming only who may act (any of the agencies): which of its rules is unknown
            continue
        # the latest act the record held on the day; failing that, the first it came to
        # hold after it (not the last of all: "the record holds this only from ...")
        # and, of acts the record learned after it, one done before a pledge when the
        # sentence tells it as done ("has begun issuing licences": the licences issued, not
        # the assurance that they would be)
        options.sort(key=lambda mf: (_date_agrees(mf[1], _around(periods, mf[0])) is False,
                                     not mf[1].known_by(as_of),
                                     not mf[1].known_by(as_of) and not pledged
                                     and "pledge" in mf[1].qualifiers,
                                     (-1 if mf[1].known_by(as_of) else 1)
                                     * (mf[1].start or dt.date.min).toordinal()))
        m, f = options[0]
        if (f.event_id, f.action) in done:
            _merge_subjects(*done[(f.event_id, f.action)], f, canon, rules)
            continue
        near = _around(periods, m)
        agrees = _date_agrees(f, near)
        # a pledge or a forecast ("shipments would start as early as May") told as done
        told_done = bool(f.qualifiers & PLANNED_ONLY) and not pledged
        if agrees is False:
            when = f"{f.start}" + (f" to {f.end}" if f.end and f.end != f.start else "")
            verdict, why = "partly supported", f"the record dates it {when}: {f.statement}"
        elif "disputed" in f.qualifiers:
            verdict, why = "partly supported", f"the sources disagree: {f.statement}"
        elif "no_reason" in f.qualifiers and rules.qualifiers["rules_reason"].search(s.text):
            verdict, why = "partly supported", (f"the record has it made for China, not that "
                                                f"it was made to meet US rules: {f.statement}")
        elif f.action == TRAINED_ON and (other := _other_chips(s, f)):
            # "trained entirely on Chinese hardware (Huawei Ascend 910)": a chip the
            # company did not name
            verdict, why = "partly supported", (f"names a chip the record does not give "
                                                f"({', '.join(other)}): {f.statement}")
        elif "partial" in f.qualifiers and (_told_in_full(s.text, m, rules)
                                            or not _planned_or_in_part(s.text, m, rules)):
            verdict, why = "partly supported", (f"told as done; the record has it done only "
                                                f"in part: {f.statement}")
        elif (first := _unveiled_before(s, m, f, record, rules)) is not None:
            verdict, why = "partly supported", (f"shown then, but first unveiled earlier "
                                                f"({first.statement.rstrip('.')}): {f.statement}")
        elif "not_a_ban" in f.qualifiers and _says_ban(
                s.text, m, rules, record.actors.get(f.event_id, "").startswith("US ")
                and bool(US_SIDE.search(s.text) or rules.qualifiers["us_body"].search(s.text))
                and not rules.qualifiers["china_actor"].search(
                    s.text, max(0, m.start() - CHINA_ACTOR_REACH), m.start())):
            verdict, why = "partly supported", (f"a licence requirement or guidance, not a "
                                                f"formal ban: {f.statement}")
        elif "under_licence" in f.qualifiers and rules.qualifiers["lifted"].search(
                _clause(s.text, m)):
            verdict, why = "partly supported", (f"allowed under licence or on conditions; the "
                                                f"restriction was not lifted: {f.statement}")
        else:
            verdict, why = "supported", f"the record: {f.statement}"
        dated_as = f" (dated {_dates_of(near)})" if near else ""
        parts.append(_timed(Part(
            kind="event", action=f.action, subjects=tuple(sorted(f.names & canon)),
            start=m.start(), end=m.end(),
            statement=_named_act(rules, f, sorted(f.names & canon)) + dated_as,
            verdict=verdict, rationale=why, evidence=f.evidence(),
            stated_date=_dates_of(near) or stated, fact=f),
            record, as_of, dated, today, near, told_done,
            _time_near(s, m) or _told_past(s.text, m, rules),
            bounded, ahead=pledged,
            persists=_persisting(s.text, m, rules),
            still_ahead=pledged and not hits.search(rules.qualifiers["past_plan"], s.text)))
        done[(f.event_id, f.action)] = (parts[-1], dated_as)
    return parts


def _merge_subjects(part: Part, dated_as: str, f: Fact, canon: set[str],
                    rules: StatementRules) -> None:
    """A second thing the sentence names under the same act of the same event ("MI308 chips
    are blocked, similar to Nvidia's H20 processors, under new U.S. Commerce rules": the
    April 2025 rules on both) joins the statement already made, when the record dates and
    qualifies its fact as the first's (so the verdict is the same); a figure is never
    merged."""
    first = part.fact
    named = (f.names & canon) - set(part.subjects)
    if (first is None or not named or f.amount is not None or first.amount is not None
            or (f.start, f.end, f.known_from, f.valid_to) != (
                first.start, first.end, first.known_from, first.valid_to)
            or set(f.qualifiers) != set(first.qualifiers) or f.negative != first.negative):
        return
    part.subjects = tuple(sorted({*part.subjects, *named}))
    part.statement = _named_act(rules, first, list(part.subjects)) + dated_as
    part.evidence = sorted({*part.evidence, *f.evidence()})
    part.rationale = f"{part.rationale} Also: {f.statement}"


def _named_act(rules: StatementRules, f: Fact, names: list[str]) -> str:
    """A statement's words: the act and what the sentence names of it. A fact with no
    subject whose named things are all public bodies ("Restricted by US export rules" named
    by the Bureau of Industry and Security) names who acted, not what was restricted."""
    public, state = rules.qualifiers["public_body"], rules.qualifiers["generic_actor"]
    if names and not f.subjects and all(public.search(n) or state.fullmatch(n) for n in names):
        return f"{_cap(rules.describe(f.action))} (acting: {', '.join(names)})"
    return f"{_cap(rules.describe(f.action))}: {', '.join(names)}"


def _cue_matches(s: Sentence, rules: StatementRules, hits) -> list[tuple[object, list]]:
    """Each action's cue matches in the sentence, less those inside an organisation's name
    ("Regulation" in "State Administration for Market Regulation") or a rule's ("Rule" in
    "the AI Diffusion Rule was scheduled to go into effect": the name, not a claim that the
    rule restricts anything), and those lying inside a
    longer match of an action that overrides them (``overrides`` in the rules: "IPO" inside
    "preparing an IPO" is a plan, not a listing)."""
    out = []
    act = rules.qualifiers["rule_act"]
    orgs = sorted((n.start, n.end) for n in s.names if (
        (n.type == "org" and s.text[n.start:n.start + 4].lower() != "the ")  # not "the firm"
        or (n.type == "other" and rules.qualifiers["rule_name"].search(n.canonical)
            and not act.search(s.text, max(0, n.start - RULE_ACT_REACH),
                               n.end + RULE_ACT_REACH))))
    starts = [a for a, _ in orgs]

    def in_org(m: re.Match[str]) -> bool:  # "State Administration for Market Regulation"
        k = bisect.bisect_right(starts, m.start())
        return k > 0 and orgs[k - 1][1] >= m.end()

    for k in hits.positions():  # the actions come first in the cue set
        if k >= len(rules.actions):
            break
        cue = rules.actions[k]
        found = [m for m in cue.pattern.finditer(s.text) if not in_org(m)]
        if found:
            out.append((cue, found))
    over = {cue.name: cue.overrides for cue, _ in out}
    if len(out) < 2 or not any(over.values()):
        return out
    spans = sorted(((m.start(), -m.end(), cue.name, id(m)) for cue, found in out for m in found))
    reach: dict[str, tuple[int, int]] = {}  # per action: the furthest end so far, its start
    inside: set[int] = set()
    for a, neg_b, name, key in spans:  # one sweep: linear in the matches times the actions
        b = -neg_b
        if any(name in over[other] and (end > b or (end == b and start < a))
               for other, (end, start) in reach.items()):
            inside.add(key)
        if name not in reach or b > reach[name][0]:
            reach[name] = (b, a)
    kept = [(cue, [m for m in found if id(m) not in inside]) for cue, found in out]
    return [(cue, found) for cue, found in kept if found]


def _timed(part: Part, record: Record, as_of: dt.date, dated: bool, today: dt.date,
           periods: list, told_done: bool, past: bool = False, bounded: bool = False,
           figure_agrees: bool = False, ahead: bool = False, persists: str = "",
           still_ahead: bool = False) -> Part:
    """Set the as-of-publication and as-of-now verdicts of a matched statement. A statement
    dated to the fact's time, or dated at all when the date cannot be resolved (``past``:
    "halted sales in April"), tells history, which a later change does not undo. When the
    article's date is only a lower bound and the statement reports the fact without dating it
    otherwise ("in June 2025, Huawei open-sourced ...", "Huawei open-sourced CANN", "15% of
    their China revenue"), the article was written after the fact: it is judged as of the day
    the record learned it, if that is later than the bound, as an article with no date at all
    is judged as of the record's date. A statement whose date disagrees with the fact's stays
    judged at the bound. An article with no date at all that reports a fact is judged as of
    the day the record learned it (its verdict now shows any later change); a statement the
    record dates otherwise is judged as of the record's date."""
    f = part.fact
    assert f is not None
    agrees = _date_agrees(f, periods)
    # a date a few days off (the GLM-5 release "on 11 February", the record's 12th) still
    # reports the fact: the page was written after it, and the date is the detail wrong
    reported = agrees is not False or figure_agrees or _date_near(f, periods)
    after = bounded and reported and f.known_from is not None and f.known_from > as_of
    if after:
        as_of = f.known_from
    learned = not dated and reported and f.start is not None  # an undated article
    if learned:
        as_of = max(f.known_from or f.start, f.start)
    has_date = agrees is True or (agrees is None and past)
    base_verdict, base_why = part.verdict, part.rationale
    planned = (not ahead and f.known_from is not None and f.start is not None
               and f.known_from < f.start)  # known before it happened: a plan
    # told as still to come, on a known day: "will take effect later this year"
    to_come = still_ahead and dated and not learned and not after
    part.verdict, part.rationale = _at(f, base_verdict, base_why, as_of, has_date, told_done,
                                       planned, persists, to_come)
    done = _pledge_done(f, record, today) if told_done else None
    if done is not None and agrees is True and done.start is not None and all(
            hi < done.start for _, hi, *_ in periods):
        # "granted in July": told as done on the pledge's own date, which was only the pledge
        why = f"a pledge on that date, done only from {done.start}: {f.statement}"
        part.verdict, part.rationale = "partly supported", why
        part.verdict_today, part.note_today = "partly supported", ""
        return part
    if done is not None:
        part.verdict_today, part.note_today = "supported", ""
        why_now = f"done by {done.start}: {done.statement}"
    else:
        part.verdict_today, why_now = _at(f, base_verdict, base_why, today, has_date,
                                          told_done, planned, persists, to_come)
    if part.verdict_today != part.verdict:
        if not f.known_by(as_of):
            part.note_today = (f"not in the record when published; the record holds it "
                               f"from {f.known_from}")
        elif done is not None:
            part.note_today = f"a pledge when published; {why_now}"
        elif f.valid_to:
            part.note_today = (f"true when published; changed on {f.valid_to} by "
                               f"{f.changed_by}: {record.events.get(f.changed_by, '')}")
        else:
            part.note_today = why_now
    if learned:
        part.rationale += (f" (publication date unknown: judged as of {as_of}, when the record "
                           f"learned it)")
    elif not dated:
        part.rationale += " (publication date unknown: judged as of the record's date)"
    elif after:
        part.rationale += (f" (the article is dated only by a lower bound and reports this, "
                           f"so it was written on or after {as_of})")
    return part


def _extras(s: Sentence, used: set[int], has_record_part: bool,
            rules: StatementRules, parts: list[Part]) -> list[Part]:
    """Figures and 'firsts' the record does not hold: statements of their own, unverifiable,
    so that the sentence as a whole is never 'supported' for them."""
    out = []
    names = tuple(sorted({n.canonical for n in s.names}))
    for i, num in enumerate(s.numbers):
        if i in used or num.kind not in FIGURE_KINDS:
            continue
        kind = "money" if num.kind == "money" else (
            "event" if num.kind in ("percent", "count") else "specification")
        out.append(Part(kind=kind, action="", subjects=names, start=num.start, end=num.end,
                        statement=f"A figure the record does not hold ({num.surface})"
                        + (f": {', '.join(names)}" if names else ""),
                        verdict="unverifiable", rationale="the record holds no such figure",
                        evidence=[], value=num.value, unit=num.unit))
    sup = None  # the first superlative that is not a class of products ("its most advanced
    # chips"), however many the sentence holds
    if s.scan(rules).may(rules.qualifiers["superlative"]):
        cls = rules.qualifiers["class_superlative"]
        sup = next((m for m in rules.qualifiers["superlative"].finditer(s.text)
                    if not any(c.start() <= m.start() < c.end() for c in cls.finditer(
                        s.text, max(0, m.start() - CLASS_REACH), m.end() + CLASS_REACH))),
                   None)
    if sup and has_record_part and not any(
            p.fact is not None and ("first" in p.fact.qualifiers or "'" + sup.group(0) + "'"
                                    in p.rationale) for p in parts):
        phrase = s.text[sup.start():_phrase_end(s.text, sup.end())]
        out.append(Part(kind="event", action="", subjects=names, start=sup.start(),
                        end=sup.end(), statement=f"a superlative: '{phrase}'",
                        verdict="unverifiable",
                        rationale="the record does not hold this superlative", evidence=[]))
    return out


CLASS_REACH = 40  # characters around a superlative searched for the product class it names
PHRASE_REACH = 60  # characters a superlative's phrase runs on ("first publicly traded ...")
_PHRASE_STOP = re.compile(r"[,.;:()\[\]\u2013\u2014\u201c\u201d\"]"
                          r"|\s(?:and|but|which|that|who|while)\s")


def _phrase_end(text: str, start: int) -> int:
    """Where the phrase a superlative opens ends: at the next punctuation or clause word
    within :data:`PHRASE_REACH` characters, else at the last whole word inside it, so that
    the statement shows what is claimed first or best ("first publicly traded
    foundation-model company in the world"), not the bare word."""
    window = text[start:start + PHRASE_REACH]
    stop = _PHRASE_STOP.search(window)
    if stop is not None:
        return start + stop.start()
    if start + PHRASE_REACH >= len(text):
        return len(text.rstrip())
    cut = window.rfind(" ")
    return start + (cut if cut > 0 else len(window))


def _unheld(s: Sentence, rules: StatementRules, record: Record, parts: list[Part]
            ) -> list[Part]:
    """Acts a sentence the record otherwise confirms reports of a chip, system or model named
    near the act's words, where the record holds no act of that kind of anything the
    sentence names, nor of the model or software it names ("Zhipu released GLM-5, trained
    entirely on Ascend 910B processors": the record has the release, and no training
    hardware for GLM-5): a statement of its own, unverifiable, so that the sentence as a
    whole is not "supported" for the act beside it. Only for acts the rules mark as ones the
    record is silent on for most things (``silence``). A cue already inside a judged
    statement, or negated, held back, or a document's, says nothing new."""
    out: list[Part] = []
    confirmed = " ".join(p.fact.statement for p in parts if p.fact is not None
                         and p.verdict in ("supported", "partly supported"))
    if not confirmed:
        return out  # nothing the record confirms for the unheld act to ride on
    spans = sorted((p.start, p.end) for p in parts)
    ends = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end so far
    starts = [a for a, _ in spans]

    def covered(m: re.Match[str]) -> bool:
        k = bisect.bisect_left(starts, m.end())  # statements starting before the cue ends
        return k > 0 and ends[k - 1] > m.start()

    seen: set[tuple[str, tuple[str, ...]]] = set()
    made = {n.canonical for n in s.names if n.type in ("model", "software")}  # what acts on
    for cue, found in s.cue_matches(rules):
        if not cue.silence:
            continue
        facts = record.by_action.get(cue.name, [])
        if any(f.applies_to(s.canon) or f.names & made for f in facts):
            continue  # the record holds such an act of them: judged, or left open on purpose
        for m in found:
            things = s.things_near(m.start(), m.end(), NEAR)
            near = tuple(sorted({n.canonical for n in things}))
            hardware = [n for n in things if n.type != "model"]
            if (not near or (cue.name, near) in seen or covered(m)
                    # the confirmed fact speaks of that hardware already ("R2 training runs on
                    # Ascend failed" for "failing to complete training on Ascend 910 chips")
                    or (hardware and all(re.search(
                        rf"\b{re.escape(n.canonical.split()[0])}\b", confirmed)
                        for n in hardware))
                    or _negated(s.text, m, rules) or _held_back(s.text, m, rules)
                    or rules.qualifiers["document_act"].search(
                        s.text, max(0, m.start() - DOCUMENT_REACH), m.start())):
                continue
            seen.add((cue.name, near))
            out.append(Part(kind="event", action=cue.name, subjects=near, start=m.start(),
                            end=m.end(), statement=f"{_cap(rules.describe(cue.name))}: "
                            f"{', '.join(near)}", verdict="unverifiable", evidence=[],
                            rationale="the record holds no act of this kind for "
                            f"{', '.join(near)}"))
    return out


def _one_backer(s: Sentence, num: Number, f: Fact, rules: StatementRules) -> str | None:
    """The investor a round's whole sum is told as investing ("Prosperity7 invests $400 mn
    in Zhipu"), where the record has the sum as the round's and not as that investor's
    (one that joined the round, or one it does not name): None when the sentence tells no
    such investor."""
    # the organisation right before the sum
    doer = next((n for n in reversed(s.names_before(num.start, BACKER_NAMES))
                 if n.end <= num.start and n.type == "org"), None)
    if doer is None or doer.canonical in f.names or not rules.qualifiers["invests"].fullmatch(
            s.text, doer.end, num.start):
        return None
    return doer.canonical


BACKER_NAMES = 3  # names before a sum looked at for the investor told as investing it


def _beside_background(s: Sentence, rules: StatementRules, parts: list[Part]) -> list[Part]:
    """A restriction named only as the background of another act ("Huawei unveiled a new
    smartphone despite US sanctions", "TikTok Investigates Huawei Chips ... Amid U.S.
    Sanctions") is judged, but the act it is the background of is what the sentence
    reports, and the record does not hold it: a statement of its own, unverifiable, so that
    the sentence as a whole is not "supported" for the aside alone."""
    held = [p for p in parts if p.fact is not None and p.verdict != "unverifiable"]
    if not held or not all("restriction" in p.fact.qualifiers for p in held):
        return []
    aside = rules.qualifiers["background_aside"]
    cues = {cue.name: found for cue, found in s.cue_matches(rules)}
    if not all(cues.get(p.action) and all(
            aside.search(s.text, max(0, m.start() - ASIDE_REACH), m.start())
            for m in cues[p.action]) for p in held):
        return []
    return [Part(kind="event", action="", subjects=(), start=0, end=len(s.text),
                 statement="What the sentence reports beside the restriction it names as "
                           "background", verdict="unverifiable", evidence=[],
                 rationale="the record holds the restriction, not the act told against it")]


def _unnamed_backers(s: Sentence, parts: list[Part], record: Record,
                     rules: StatementRules) -> list[Part]:
    """Investors listed beside those the record names for a round ("investments from
    Tencent, Meituan and Xiaomi", the record naming Alibaba, Tencent and Meituan): a
    statement of their own, unverifiable, so that the sentence is not "supported" for a
    backer the record does not hold (in any of the company's rounds). The list is the
    organisations joined to a named investor by commas and "and", nothing else between
    them."""
    out: list[Part] = []
    orgs = sorted((n for n in s.names if n.type == "org"), key=lambda n: n.start)
    joiner, intro = rules.qualifiers["list_joiner"], rules.qualifiers["backers_intro"]
    not_member = rules.qualifiers["not_a_backer"]
    joined = [bool(joiner.fullmatch(s.text, a.end, b.start)) if a.end <= b.start else False
              for a, b in itertools.pairwise(orgs)]
    for p in parts:
        f = p.fact
        if f is None or f.action != FUNDING_ACTION or not f.any_of \
                or p.verdict not in ("supported", "partly supported"):
            continue
        # the runs of organisations joined one to the next, and those holding an investor
        # the record names (one pass: a page-long list stays linear)
        listed: set[int] = set()
        run: list[int] = []
        for k in range(len(orgs)):
            if run and not joined[k - 1]:
                if any(orgs[j].canonical in f.any_of for j in run):
                    listed.update(run)
                run = []
            run.append(k)
        if any(orgs[j].canonical in f.any_of for j in run):
            listed.update(run)
        # the list is one of backers only after words that introduce it ("from", "backed
        # by", "including"), and a name that speaks or owns ("Reuters reported", "Baidu's
        # rival") is not a member of it
        if not listed or not intro.search(s.text, max(0, orgs[min(listed)].start
                                                           - INTRO_REACH),
                                               orgs[min(listed)].start):
            continue
        listed = {k for k in listed if not not_member.match(s.text, orgs[k].end)
                  and not s.text[orgs[k].start:orgs[k].end].endswith(("'s", "’s"))}
        known = {n for g in record.by_action.get(FUNDING_ACTION, []) if g.subjects & f.subjects
                 for n in g.names}
        heads = {n.split()[0] for n in known}  # "Alibaba Group Holding Ltd." is Alibaba
        extra = sorted({orgs[k].canonical for k in listed} - known)
        extra = [n for n in extra if n.split()[0] not in heads]
        if extra:
            first, last = orgs[min(listed)], orgs[max(listed)]
            out.append(Part(kind="event", action=f.action, subjects=tuple(extra),
                            start=first.start, end=last.end,
                            statement=f"Backers the record does not name: {', '.join(extra)}",
                            verdict="unverifiable", evidence=[],
                            rationale=f"the record names other investors: {f.statement}"))
    return out


INTRO_REACH = 40  # characters before a list of investors read for the words that open it


def _attribution(s: Sentence, parts: list[Part], record: Record) -> Part | None:
    """Who the sentence credits. Supported only when the record has every statement the
    sentence makes from that source (its publishers, or the event's actor) and holds them
    all; otherwise the record cannot tell what the source said."""
    who = s.attribution
    if not who:
        return None
    w = who.lower()
    common = dict(kind="attribution", action="", subjects=(who,), start=0, end=len(s.text),
                  statement=f"Credited to {who}", attributed_to=who)
    judged = [p for p in parts if p.kind != "attribution"]
    sources: list[str] = []
    for p in judged:
        # a detail wrong or in dispute ("R1 runs on the 910C, Huawei confirmed", where the
        # claim came from a post on X) is not what the source is on record as saying
        if p.fact is None or p.verdict != "supported":
            break
        # the event's actor said it, unless the fact is another party's finding about it
        # (a teardown of Huawei's chip is not Huawei's word)
        actors = set() if THIRD_PARTY in p.fact.qualifiers else set(
            record.actors.get(p.fact.event_id, "").split(" / "))
        names = {x.lower() for x in record.publishers(p.fact) | actors if x}
        if not any(w in x or x in w for x in names):
            break
        sources += list(p.fact.sources)
    else:
        facts = [p.fact for p in judged if p.fact is not None]
        dated = all(any(_date_agrees(f, [period]) is not False for f in facts)
                    for period in _stated_periods(s))
        if judged and dated:  # and no date the record does not hold ("debut in Q4 2025")
            return Part(**common, verdict="supported",
                        rationale=f"the record has this from {who}",
                        evidence=list(dict.fromkeys(sources)))
    return Part(**common, verdict="unverifiable", evidence=[],
                rationale=f"the record does not hold what {who} said here")


def judge_sentence(s: Sentence, rules: StatementRules, record: Record,
                   as_of: dt.date | None, today: dt.date | None = None,
                   bounded: bool = False) -> list[Part]:
    """Every statement of one sentence, judged as of ``as_of`` (the article's publication
    date; None when unknown, which judges as of the record's date) and as of ``today``
    (default: the record's latest date). ``bounded``: ``as_of`` is only a lower bound (the
    latest dated event the article reports), so a statement dated to its fact's own time
    shows the article was written after that fact (see :func:`_timed`)."""
    today = today or record.latest
    dated = as_of is not None
    day = as_of or today
    used: set[int] = set()
    parts = _thresholds(s, rules, record, used, day, dated, today, bounded)
    parts += _specifications(s, rules, record, used)
    parts += _comparisons(s, rules, record, used)
    for p in parts:  # a figure the record learned after the article's date (a model's size
        # announced later) was not yet in the record when the article was published
        if dated and not bounded and p.fact is not None and p.verdict != "unverifiable" \
                and not p.fact.known_by(day):
            p.verdict_today, p.verdict = p.verdict, "unverifiable"
            p.note_today = f"not in the record when published; the record holds it from " \
                           f"{p.fact.known_from}"
            p.rationale = f"the record holds this only from {p.fact.known_from}: {p.rationale}"
    parts += _events(_acting(s), rules, record, used, day, dated, today, bounded)
    _roadmap_rows(s, rules, record, parts, day, dated, today, bounded)
    _launched_at_showing(parts)
    if dated:
        parts += _told_closed(s, rules, record, day, today)
    for p in parts:
        if not p.verdict_today:
            p.verdict_today = p.verdict
    _wrong_maker(s, record, parts)
    has_record = any(p.fact is not None for p in parts)
    parts += _extras(s, used, has_record, rules, parts)
    parts += _unheld(s, rules, record, parts)
    parts += _unnamed_backers(s, parts, record, rules)
    parts += _beside_background(s, rules, parts)
    att = _attribution(s, parts, record)
    if att is not None:
        parts.append(att)
    for p in parts:
        if not p.verdict_today:
            p.verdict_today = p.verdict
        p.attributed_to = p.attributed_to or s.attribution
    return sorted(parts, key=lambda p: (p.start, p.end, p.kind))


# what may stand between a thing and the date it is planned for on a roadmap: "Ascend 960
# in 2027", "Ascend 950 (Q1 2026)", "Ascend 970: 2028", "the 950DT, due in Q4 2026"
ROADMAP_GAP = re.compile(r"\s*(?:[(:–—-]\s*)?(?:,?\s*(?:is\s+|are\s+)?(?:due|slated|planned|"
                         r"set|scheduled|expected|arriving|launching|coming)\s+)?"
                         r"(?:(?:in|by|for)\s+)?(?:the\s+)?$", re.IGNORECASE)
ROADMAP_REACH = 30  # characters after a thing's name searched for its date
ROADMAP_ACTS = frozenset({RELEASE_ACTION, "roadmap", SHOWCASE_ACTION})  # a roadmap's acts
ROADMAP_ROW = re.compile(r"\s*\)?\s*:")  # the date closing a row's label: "(2027):", ": 2027:"


def _roadmap_rows(s: Sentence, rules: StatementRules, record: Record, parts: list[Part],
                  as_of: dt.date, dated: bool, today: dt.date, bounded: bool) -> None:
    """A roadmap told as a list of things, each with its date ("Ascend 950 in 2026, Ascend
    960 in 2027, and Ascend 970 in 2028", "- Ascend 960 (2027): double the computing
    power"): each thing's release is judged on its own date, in place of one release of the
    first thing dated by all of them. Only in a sentence that tells a release (its cue) or a
    schedule (``roadmap_context``) and nothing that undoes, denies or doubts it or tells
    another act (``roadmap_break``, negation, denial, speculation: "will not launch", "delayed
    the 960 to 2028", "stop making", "shipped"), for things the record has releases of; a
    single dated thing counts only as a row's label (the name opening the sentence) dating a
    plan, or a release the row tells; a row's description after its date is not read."""
    periods = _stated_periods(s)
    starts = [p[3] for p in periods]
    pairs: list[tuple[Name, tuple]] = []
    for n in sorted(s.names, key=lambda n: n.start):
        if n.type not in NAME_TYPES:
            continue
        i = bisect.bisect_left(starts, n.end)
        if i < len(periods) and periods[i][3] - n.end <= ROADMAP_REACH \
                and ROADMAP_GAP.fullmatch(s.text, n.end, periods[i][3]):
            pairs.append((n, periods[i]))
    if not pairs:
        return
    q = rules.qualifiers
    first, when = pairs[0]
    row = (not s.text[:first.start].strip(" -•*–—\t")  # "- Ascend 960 (2027): ..."
           and ROADMAP_ROW.match(s.text[when[4]:]) is not None)
    # a row's description is read only for what drops or denies the plan ("- Ascend 970
    # (2028): No specs released yet" still dates it)
    told = s.text[:pairs[-1][1][4]] if row else s.text
    if any(q[k].search(s.text) for k in ("roadmap_break", "denial")) or any(
            q[k].search(told) for k in ("negation", "speculative")):
        return
    release = [m for cue, found in s.cue_matches(rules) if cue.name == RELEASE_ACTION
               for m in found]
    acts = [m.start() for cue, found in s.cue_matches(rules) if cue.name not in ROADMAP_ACTS
            for m in found]
    if any(at < pairs[-1][1][4] for at in acts):
        return  # "restricted the H100 in 2022 and the H20 in 2025": another act's dates
    # "... while Nvidia's H20 in 2025 faced a Chinese ban": a date another act follows
    pairs = [(n, p) for n, p in pairs if not any(p[4] <= at <= p[4] + ROADMAP_REACH
                                                  for at in acts)]
    if not pairs:
        return
    # "Alibaba's roadmap targets the Ascend 950 in 2026", "...; SMIC will make the 950DT in
    # Q4 2026": another company's plan or act in the sentence
    makers = {record.makers.get(n.canonical) for n, _ in pairs} - {None}
    others = {n.canonical for n in s.names if n.type == "org"
              and not any(n.canonical.startswith(m) for m in makers)}
    if makers and others:
        return
    if len({n.canonical for n, _ in pairs}) < 2 and not row:
        return
    if not row and not release and not q["roadmap_context"].search(s.text):
        return
    # told as a plan: a pledge's words, a schedule's, or a row's label
    pledged = bool(q["pledge"].search(s.text) or q["roadmap_context"].search(s.text)) or row
    at = release[0].start() if release else first.start  # the act's words, for its maker
    judged: list[Part] = []
    for n, p in pairs:
        facts = [f for f in record.by_action.get(RELEASE_ACTION, []) if n.canonical in f.names]
        if not facts:
            continue
        facts.sort(key=lambda f: (_date_agrees(f, [p]) is not True, not f.known_by(as_of),
                                  f.start or dt.date.min))
        f = facts[0]
        if row and not release and not (p[0] > as_of or (
                f.known_from is not None and f.start is not None and f.known_from < f.start)):
            continue  # a row's date that is no plan ("- H100 (2023): its best seller")
        if _date_agrees(f, [p]) is False and "unveiled" in f.qualifiers:
            continue  # "the Atlas 950 in 2026": its launch, which its unveiling does not date
        if _date_agrees(f, [p]) is False:
            when = f"{f.start}" + (f" to {f.end}" if f.end and f.end != f.start else "")
            verdict, why = "partly supported", f"the record dates it {when}: {f.statement}"
        else:
            verdict, why = "supported", f"the record: {f.statement}"
        judged.append(_timed(Part(
            kind="event", action=RELEASE_ACTION, subjects=(n.canonical,), start=min(at, n.start),
            end=p[4], statement=_named_act(rules, f, [n.canonical]) + f" (dated {p[2]})",
            verdict=verdict, rationale=why, evidence=f.evidence(), stated_date=p[2], fact=f),
            record, as_of, dated, today, [p], bool(f.qualifiers & PLANNED_ONLY) and not pledged,
            bounded=bounded, ahead=pledged))
    if not judged:
        return
    listed = {p.subjects[0] for p in judged}
    parts[:] = [p for p in parts if not (p.action == RELEASE_ACTION and set(p.subjects) & listed)]
    parts += judged


def _china_speaks(s: Sentence, rules: StatementRules) -> bool:
    """Whether a Chinese authority or state outlet is named in the sentence, in its words or
    through a description that stands for one ("The agency demanded that Nvidia explain ..."
    after the Cyberspace Administration of China was named)."""
    voice = rules.qualifiers["china_voice"]
    return bool(voice.search(s.text)) or any(n.type == "org" and voice.search(n.canonical)
                                             for n in s.names)


def _dated_as_fact(p: Part) -> bool:
    """Whether a statement's stated date falls in its fact's own dates ("unveiled the
    CloudMatrix 384 in April 2025, before WAIC")."""
    f = p.fact
    if f is None or f.start is None or not p.stated_date:
        return False
    end = f.end or f.start
    for stated in p.stated_date.split(";"):
        bounds = stated.split("/")
        try:
            lo, hi = period(bounds[0]), period(bounds[-1], end=True)
        except ValueError:
            continue
        if lo is not None and hi is not None and lo <= end and hi >= f.start:
            return True
    return False


def _launched_at_showing(parts: list[Part]) -> None:
    """A launch told at a showing the record dates after the thing's first unveiling ("Huawei
    unveiled the CloudMatrix 384 at WAIC", shown in July, unveiled in April): the launch has
    the showing's date, so it is only partly right, as the showing's own statement says. A
    launch the sentence dates otherwise ("unveiled in April and shown at WAIC in July") is
    its own statement."""
    shown = {(c, p.stated_date) for p in parts if p.action == SHOWCASE_ACTION
             and p.verdict == "partly supported" for c in p.subjects}
    for p in parts:
        if p.action != RELEASE_ACTION or p.fact is None or _dated_as_fact(p):
            continue
        if any((c, p.stated_date) in shown
               or (p.stated_date == "" and any(c == d for d, _ in shown)) for c in p.subjects):
            for attr in ("verdict", "verdict_today"):
                if getattr(p, attr) == "supported":
                    setattr(p, attr, "partly supported")
            p.rationale = f"told as launched at a later showing; first unveiled earlier: " \
                          f"{p.rationale.removeprefix('the record: ')}"


def _wrong_maker(s: Sentence, record: Record, parts: list[Part]) -> None:
    """A chip credited to another maker than its own ("export-restricted Huawei H800 GPUs",
    "Nvidia's Ascend 910B"): a statement about it that the record supports is only partly
    supported, the maker named being wrong. Only a maker named right before the chip counts
    (a possessive or a modifier), and only one the record knows as a maker."""
    makers = set(record.makers.values())
    names = sorted(s.names, key=lambda n: (n.start, n.end))
    wrong: dict[str, str] = {}
    for before, n in itertools.pairwise(names):
        own = record.makers.get(n.canonical)
        if own is not None and before.type == "org" and before.canonical in makers \
                and before.canonical != own and MAKER_GAP.fullmatch(s.text[before.end:n.start]) \
                and not RIVAL_AFTER.match(s.text, n.end):  # "Huawei's H20 alternative"
            wrong[n.canonical] = before.canonical
    for p in parts:  # "Nvidia released the Ascend 910B": the maker doing the release
        if p.action == RELEASE_ACTION and p.fact is not None:
            doer = [n for n in names if n.type == "org" and n.canonical in makers
                    and n.end <= p.start and len(s.text[n.end:p.start].split()) <= 2
                    and not POSSESSIVE_AFTER.match(s.text, n.end)  # "Huawei's rival, unveiled"
                    and "," not in s.text[n.end:p.start]]
            for c in p.subjects:
                own = record.makers.get(c)
                if doer and own is not None and doer[-1].canonical != own:
                    wrong[c] = doer[-1].canonical
    if not wrong:
        return
    for p in parts:
        hit = [c for c in p.subjects if c in wrong]
        if hit and p.fact is not None and p.verdict == "supported":
            c = hit[0]
            p.verdict = "partly supported"
            p.rationale = (f"calls the {c} {wrong[c]}'s; the record has it "
                           f"{record.makers[c]}'s: {p.rationale}")
            if p.verdict_today == "supported":
                p.verdict_today = "partly supported"


# what may stand between a maker and its chip: a possessive, a space ("Huawei's H800",
# "Huawei H800")
MAKER_GAP = re.compile(r"(?:['’]s)?\s+")
# a chip named as what another maker's product stands against ("Huawei's H20 alternative")
RIVAL_AFTER = re.compile(r"[\s-]+(?:rivals?|alternatives?|equivalents?|competitors?|answer|"
                         r"counterparts?|replacements?|substitutes?|challengers?|killers?)\b",
                         re.IGNORECASE)


def _told_closed(s: Sentence, rules: StatementRules, record: Record, day: dt.date,
                 today: dt.date) -> list[Part]:
    """A thing called closed ("Huawei's proprietary MindSpore framework", "the closed-source
    GLM-4.5") that the record has made open source by the article's date is contradicted;
    one only pledged to be opened, opened in part or in doubt, is left to the record's
    silence; one opened later is unverifiable when published and contradicted now. Only a
    dated article is judged: "proprietary MindSpore" was true before March 2020."""
    if not s.scan(rules).may(rules.qualifiers["closed_word"]):
        return []
    parts = []
    for m in rules.qualifiers["closed_word"].finditer(s.text):
        name = s.name_after(m.end())
        if name is None or name.start - m.end() > CLOSED_GAP or _negated(s.text, m, rules):
            continue
        opened = [f for f in record.by_action.get(OPEN_SOURCE, []) if name.canonical in f.names
                  and not f.qualifiers & (PLANNED_ONLY | DOUBTED) and f.start is not None]
        if not opened:
            continue
        f = min(opened, key=lambda f: f.start)

        def verdict(on: dt.date, f: Fact = f) -> str:
            return "contradicted" if f.start <= on and f.known_by(on) else "unverifiable"
        then, now = verdict(day), verdict(today)
        parts.append(Part(kind="event", action=OPEN_SOURCE, subjects=(name.canonical,),
                          start=m.start(), end=name.end,
                          statement=f"Told as closed: {name.canonical}",
                          verdict=then, verdict_today=now,
                          rationale=(f"the record has it open source from {f.start}: "
                                     f"{f.statement}" if then == "contradicted" else
                                     f"not yet opened on {day} by the record"),
                          note_today="" if now == then else
                          f"opened on {f.start}: {f.statement}",
                          evidence=f.evidence(), fact=f))
    return parts


def _acting(s: Sentence) -> Sentence:
    """The sentence as its acts read it: what a description stands for ("the chips" in
    "Nvidia will be permitted to sell the chips to China", the H200 named just before) is
    named where the description stands, so an act on it is the thing's. Figures and
    comparisons keep their own reading of the description (only a figure after it is
    the thing's), so only the acts see it as a name; and sums (fees, tariffs, proceeds)
    must still be the named thing's own (see :func:`_events`)."""
    add = s.antecedent
    if add is None or add in s.names:
        return s
    acting = replace(s, names=[*s.names, add])
    acting._hits = s._hits  # the same text: its scan holds
    return acting


def overall(verdicts: list[str]) -> str:
    """One verdict for a sentence from its statements' verdicts: the worst judged one; a
    sentence whose judged statements are all supported but which also states something the
    record does not hold is only partly supported; nothing judged is unverifiable."""
    judged = [v for v in verdicts if v and v != "unverifiable"]
    if not judged:
        return "unverifiable" if verdicts else ""
    worst = min(judged, key=VERDICT_SEVERITY.index)
    if worst == "supported" and len(judged) < len([v for v in verdicts if v]):
        return "partly supported"
    return worst
