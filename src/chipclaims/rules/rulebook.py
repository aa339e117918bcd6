"""The rulebook: every rule file a parse uses, loaded once and passed around explicitly.

Each file is the packaged one (``src/chipclaims/data/NAME``) unless the user gives a folder
holding a same-named file, or a path for that one file. The rulebook keeps the text of
every file it read, so a parse can write a copy next to its tables (``OUT/rules/``) and
anything that reads the tables later (the book) judges with the very checks and dates the
parse used.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from .boilerplate import Rule, parse_boilerplate
from .cues import TopicRule, parse_hedges, parse_topics
from .judging import Check, Facet, parse_checks, parse_facets
from .lexicon import EntityPattern, Entry, parse_entity_patterns, parse_gazetteer
from .loader import RuleFile, read_rule_file
from .measures import Currency, Unit, parse_currencies, parse_units
from .places import load_places
from .statements import StatementRules, parse_statement_rules
from .time import PubDate, RelativeDate, parse_publication_dates, parse_relative_dates
from .words import Words

RULE_FILES = ("boilerplate_rules.csv", "gazetteer.csv", "entity_patterns.csv", "words.csv",
              "units.csv", "currencies.csv", "relative_dates.csv", "topics.csv", "hedges.csv",
              "publication_dates.csv", "facets.csv", "checks.csv", "statement_rules.csv")
COPY_FOLDER = "rules"  # where a parse writes the rule files it used, inside its output


@dataclass(frozen=True)
class Rulebook:
    """Every rule the pipeline applies, parsed and validated."""

    boilerplate: tuple[Rule, ...]
    gazetteer: tuple[Entry, ...]
    entity_patterns: tuple[EntityPattern, ...]
    words: Words
    units: tuple[Unit, ...]
    currencies: tuple[Currency, ...]
    relative_dates: tuple[RelativeDate, ...]
    topics: tuple[TopicRule, ...]
    hedges: tuple[re.Pattern[str], ...]
    dates: dict[str, PubDate]
    facets: tuple[Facet, ...]
    checks: tuple[Check, ...]
    statements: StatementRules
    places: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    sources: tuple[RuleFile, ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def load(cls, data_dir: str | Path | None = None,
             paths: dict[str, str | Path | None] | None = None) -> Rulebook:
        """Load every rule file: ``paths[NAME]`` if given, else ``data_dir/NAME`` if that
        exists, else the packaged file. Raises :class:`~.loader.RulesError` for a bad one."""
        paths = dict(paths or {})
        unknown = sorted(set(paths) - set(RULE_FILES))
        if unknown:
            raise ValueError(f"unknown rule file(s): {', '.join(unknown)}")

        def pick(name: str) -> Path | str | None:
            if paths.get(name) is not None:
                return paths[name]
            candidate = Path(data_dir) / name if data_dir is not None else None
            return candidate if candidate is not None and candidate.exists() else None

        src = {name: read_rule_file(name, pick(name)) for name in RULE_FILES}
        words = Words.parse(src["words.csv"])
        return cls(
            parse_boilerplate(src["boilerplate_rules.csv"]),
            parse_gazetteer(src["gazetteer.csv"]),
            parse_entity_patterns(src["entity_patterns.csv"]),
            words,
            parse_units(src["units.csv"]),
            parse_currencies(src["currencies.csv"]),
            parse_relative_dates(src["relative_dates.csv"]),
            parse_topics(src["topics.csv"]),
            parse_hedges(src["hedges.csv"]),
            parse_publication_dates(src["publication_dates.csv"]),
            parse_facets(src["facets.csv"]),
            parse_checks(src["checks.csv"]),
            dataclasses.replace(parse_statement_rules(src["statement_rules.csv"]),
                                multipliers=words.values("number_word")
                                | words.values("multiplier_word")
                                | words.values("ratio_word")),
            load_places(words),
            tuple(src.values()),
        )

    def write_copy(self, out_dir: str | Path) -> Path:
        """Write the text of every rule file used to ``out_dir/rules/``; return that folder."""
        folder = Path(out_dir) / COPY_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        for source in self.sources:
            (folder / source.name).write_text(source.text, encoding="utf-8")
        return folder

    @classmethod
    def used_by(cls, tables_dir: str | Path) -> Rulebook:
        """The rulebook a parse wrote next to its tables (packaged files where a copy is
        missing, as for tables written before copies were kept)."""
        return cls.load(Path(tables_dir) / COPY_FOLDER)
