"""The patterns that read a claim sentence as statements (``data/statement_rules.csv``).

One file holds every cue the statement extractor uses, so a user can widen or narrow what
counts as, say, "a listing" without touching code:

* ``event`` and ``money`` rows: an action (``entity_list``, ``licence_required``,
  ``listing``, ``funding``...) and the words that signal it; ``measure`` marks the actions
  that are rules or measures on the chip trade (the book lists those in force per article);
  ``overrides`` names the actions whose cue, found inside a longer match of this one, is
  read as this one ("IPO" inside "preparing an IPO" is a plan, not a listing).
  The reference facts (``reference/facts.csv``) name the same actions; a sentence is matched
  to a fact only when one of the action's cues is in it.
* ``specification`` rows: a metric (``compute_fp16``, ``memory_gb``...), the words that name
  it and the units a figure of it can have.
* ``comparison`` rows: a ratio form ("60% of", "1.7 times", "60% more than") with a
  ``value`` group; the compared thing is the name that follows.
* ``threshold`` rows: a quantity the US control thresholds compare (``tpp``, ``density``,
  ``interconnect``, ``dram_bw``: :data:`~chipclaims.contract.vocabulary.THRESHOLD_QUANTITIES`)
  and the words that name it; a figure a limit word governs ("a limit of 4,800 TPP") is
  judged against the thresholds of ``reference/thresholds.csv``.
* ``qualifier`` rows: negation, a pledge, a superlative, a sparse figure, "one round": words
  that change what a match means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..contract.vocabulary import THRESHOLD_QUANTITIES
from .loader import RuleFile, RulesError, boolean, one_of, rows, split
from .patterns import PatternSet

RULE_KINDS = ("event", "money", "specification", "comparison", "threshold", "qualifier")
QUALIFIERS = ("negation", "pledge", "superlative", "sparse", "single_round", "future",
              "design_purpose", "background_aside", "imposed_by", "base_of", "invests",
              "backers_intro", "not_a_backer", "list_joiner", "foreign_actor",
              "china_named",
              "period_end", "reversal", "undone_passive", "contrast", "speculative", "attempt",
              "ban", "lifted", "recent",
              "reduced_to", "delayed", "compliance", "earlier_act", "anaphoric_subject",
              "embedded_description",
              "org_description", "public_body", "rival_object", "capability", "thing_modifier",
              "speech_time", "rule_name", "rule_act", "denial", "persisting", "since_date",
              "dateline", "plan_date", "unveil_word",
              "effective_ban",
              "fall_word",
              "rise_word", "memory_kind", "closed_word", "past_plan",
              "past_tense",
              "approximate", "just_under",
              "clause_break", "at_least", "at_most", "document_act",
              "year_modifier", "participle_date", "act_verb", "process_jargon", "target_figure",
              "fee_word", "us_body", "proposal", "fee_scope", "obliged_to_meet", "period_named",
              "generic_actor", "class_superlative",
              "chip_scope", "chip_word",
              "company_goods", "rules_reason", "announced_act", "divested", "threshold_word",
              "further_round",
              "china_actor", "china_levy", "performance_ratio", "not_parity", "inverse_ratio",
              "task_scope",
              "participle_break", "act_verb_passive",
              "opening_subject", "first_showing",
              "modifier_suffix", "completeness", "in_part", "planned_act", "document_object",
              "reviewed_object", "roadmap_context", "roadmap_break", "china_voice",
              "summons_own", "firms_told", "authority_named",
              "trade_scope",
              "showing_verb")
RATIO_FORMS = ("share_of", "times", "more_than")  # carry a figure: a (?P<value>...) group
ORDER_FORMS = ("order_more", "order_less", "order_equal")  # an order or a parity: no figure


@dataclass(frozen=True)
class Cue:
    """One row: what it signals (action, metric, ratio form or qualifier) and its pattern."""

    kind: str
    name: str
    pattern: re.Pattern[str]
    units: tuple[str, ...] = ()
    note: str = ""  # what the cue signals, in words (statements are worded from it)
    measure: bool = False  # an action that is a rule or measure on the chip trade
    # actions whose cue, matched inside a longer match of this one, is this one's reading
    # ("IPO" inside "preparing an IPO" is a plan, not a listing)
    overrides: tuple[str, ...] = ()
    # an act the record is known to be silent on for most things ("trained on", "open-source"):
    # stated as unverifiable when a sentence the record otherwise confirms reports it of a
    # thing the record holds no such act of
    silence: bool = False


@dataclass(frozen=True)
class StatementRules:
    """The cues, by kind: ``actions`` (event and money), ``metrics``, ``ratios`` and
    ``qualifiers`` (each name once)."""

    actions: tuple[Cue, ...]
    metrics: tuple[Cue, ...]
    ratios: tuple[Cue, ...]
    qualifiers: dict[str, re.Pattern[str]]
    multipliers: dict[str, float] = field(default_factory=dict)  # "twice": 2 (words.csv)
    thresholds: tuple[Cue, ...] = ()  # the quantities the US control thresholds compare

    @cached_property
    def patterns(self) -> PatternSet:
        """Every cue, for one scan of a sentence."""
        return PatternSet([*(c.pattern for c in (*self.actions, *self.metrics, *self.ratios,
                                                  *self.thresholds)),
                           *self.qualifiers.values()])

    def metrics_for(self, unit: str) -> tuple[Cue, ...]:
        """The metrics whose figures may have ``unit`` (lower case), in file order."""
        return self._metrics_by_unit.get(unit, ())

    @cached_property
    def _metrics_by_unit(self) -> dict[str, tuple[Cue, ...]]:
        out: dict[str, list[Cue]] = {}
        for cue in self.metrics:
            for u in dict.fromkeys(u.lower() for u in cue.units):
                out.setdefault(u, []).append(cue)
        return {u: tuple(c) for u, c in out.items()}

    def describe(self, name: str) -> str:
        """An action's or metric's note, as a phrase ("put on the US Entity List")."""
        for cue in (*self.actions, *self.metrics):
            if cue.name == name and cue.note:
                return cue.note.rstrip(".")[:1].lower() + cue.note.rstrip(".")[1:]
        return name.replace("_", " ")

    def describe_threshold(self, name: str) -> str:
        """A threshold quantity's note ("total processing performance (TPP)")."""
        return next((c.note for c in self.thresholds if c.name == name and c.note),
                    name.replace("_", " "))

    def cue(self, name: str) -> re.Pattern[str] | None:
        """The pattern of the action ``name`` (None when the rules have no such action)."""
        return next((c.pattern for c in self.actions if c.name == name), None)

    @property
    def measures(self) -> frozenset[str]:
        """Actions that are rules or measures on the chip trade (``measure`` column)."""
        return frozenset(c.name for c in self.actions if c.measure)


def parse_statement_rules(source: RuleFile) -> StatementRules:
    def build(r: dict[str, str]) -> Cue:
        kind = one_of(r["kind"], RULE_KINDS, "kind")
        flags = 0 if kind == "comparison" else re.IGNORECASE
        cue = Cue(kind, r["name"], re.compile(r["pattern"], flags), split(r["units"]),
                  r.get("note") or "", boolean(r.get("measure")), split(r.get("overrides")),
                  boolean(r.get("silence")))
        if kind == "qualifier":
            one_of(cue.name, QUALIFIERS, "qualifier name")
        if kind == "comparison":
            one_of(cue.name, RATIO_FORMS + ORDER_FORMS, "comparison form")
            if cue.name in RATIO_FORMS and "value" not in cue.pattern.groupindex:
                raise ValueError("a comparison pattern needs a (?P<value>...) group")
        if kind == "specification" and not cue.units:
            raise ValueError("a specification row needs its units")
        if kind == "threshold":
            one_of(cue.name, sorted({q for qs in THRESHOLD_QUANTITIES.values() for q in qs}),
                   "threshold quantity")
        return cue

    cues = rows(source, build)
    qualifiers = {c.name: c.pattern for c in cues if c.kind == "qualifier"}
    actions = {c.name for c in cues if c.kind in ("event", "money")}
    unknown = sorted({o for c in cues for o in c.overrides} - actions)
    if unknown:
        raise RulesError(f"{source.where}: 'overrides' names no action: {', '.join(unknown)}")
    missing = [q for q in QUALIFIERS if q not in qualifiers]
    if missing:
        raise RulesError(f"{source.where}: missing qualifier row(s): {', '.join(missing)}")
    return StatementRules(
        tuple(c for c in cues if c.kind in ("event", "money")),
        tuple(c for c in cues if c.kind == "specification"),
        tuple(c for c in cues if c.kind == "comparison"),
        qualifiers, thresholds=tuple(c for c in cues if c.kind == "threshold"))
