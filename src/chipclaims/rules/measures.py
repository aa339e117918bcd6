"""Units and currencies for quantities (``data/units.csv``, ``data/currencies.csv``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contract.vocabulary import QUANTITY_KINDS
from .loader import RuleFile, one_of, rows

POSITIONS = ("prefix", "suffix")


@dataclass(frozen=True)
class Unit:
    pattern: str  # a regular expression for the unit's surface forms
    unit: str
    quantity_kind: str
    factor: float


@dataclass(frozen=True)
class Currency:
    position: str  # prefix ($5) or suffix (5 yuan)
    pattern: str
    unit: str


def parse_units(source: RuleFile) -> tuple[Unit, ...]:
    def build(r: dict[str, str]) -> Unit:
        re.compile(r["pattern"])
        return Unit(r["pattern"], r["unit"],
                    one_of(r["quantity_kind"], QUANTITY_KINDS, "quantity kind"),
                    float(r["factor"]))

    return tuple(rows(source, build))


def parse_currencies(source: RuleFile) -> tuple[Currency, ...]:
    def build(r: dict[str, str]) -> Currency:
        re.compile(r["pattern"])
        return Currency(one_of(r["position"], POSITIONS, "position"), r["pattern"], r["unit"])

    return tuple(rows(source, build))
