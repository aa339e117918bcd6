"""Reference data shipped with the package, and the calculations made on it.

Tables (``data/reference/*.csv``, loaded with :mod:`importlib.resources`):

* ``sources``: every source cited (publisher, title, URL, date; ``via`` names the host of a
  syndicated or scraped copy, the publisher being the original outlet);
* ``events``: the export-control timeline and the Zhipu and Ascend events, in our own words;
* ``chip_specs``: one row per (chip, source), so that sources that disagree each keep their
  figures; compute figures are dense (a sparse headline halved is flagged ``sparse_converted``);
* ``facts``: the record as typed facts (action, subjects, dates, figure, validity), each
  tied to an event and its sources, that claim statements are matched to;
* ``thresholds``: the ECCN 3A090 thresholds and the January 2026 licence-policy limits.

Every row of every table must cite at least one source that exists in ``sources``;
:func:`load_reference` checks it, with a message naming file, row and column.

TPP (Total Processing Performance), the measure since the October 2022 rule: 2 x MacTOPS x
bit length at the precision giving the highest value, i.e. dense TFLOPS (or TOPS) x bit
length.
Performance density is TPP divided by die area, computed only where a cited die area exists.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .contract import REFERENCE_TABLES, RESOURCES, SchemaError, read_dtypes, validate
from .rules.loader import read_rule_file

BIT_LENGTHS = {"fp16_tflops": 16, "int8_tops": 8, "fp8_tflops": 8, "fp4_tflops": 4}
TPP_3A090 = 4800.0
TPP_3A090_WITH_PD = 1600.0
PD_3A090 = 5.92


@dataclass(frozen=True)
class Reference:
    """The reference tables, validated."""

    sources: pd.DataFrame
    events: pd.DataFrame
    chip_specs: pd.DataFrame
    facts: pd.DataFrame
    thresholds: pd.DataFrame



def _read(name: str, folder: Path | None) -> tuple[pd.DataFrame, str]:
    resource = RESOURCES[f"ref_{name}"]
    source = read_rule_file(f"reference/{name}.csv",
                            None if folder is None else folder / f"{name}.csv")
    frame = pd.read_csv(io.StringIO(source.text), dtype=read_dtypes(resource.name),
                        keep_default_na=False, na_values=[""])
    for col in resource.fields:
        kind = resource.field(col).type
        if col not in frame.columns:
            continue  # validate names the missing column
        if kind == "string":
            frame[col] = frame[col].fillna("")
        elif kind == "number":  # plain floats (NaN for missing) for arithmetic
            frame[col] = frame[col].astype("float64")
        elif kind == "boolean":
            frame[col] = frame[col].astype(bool)
    return validate(frame, resource.name, source=source.where), source.where


def load_reference(folder: str | Path | None = None) -> Reference:
    """Load and validate the reference tables (default: the packaged ones)."""
    folder = Path(folder) if folder is not None else None
    frames, wheres = {}, {}
    for name in REFERENCE_TABLES:
        frames[name], wheres[name] = _read(name, folder)
    known = set(frames["sources"]["source_id"])
    for name in REFERENCE_TABLES[1:]:
        for i, ids in enumerate(frames[name]["source_ids"], start=2):
            for sid in ids.split(";"):
                if sid.strip() not in known:
                    raise SchemaError(
                        f"{wheres[name]}: row {i}, column 'source_ids': unknown source "
                        f"{sid.strip()!r} (not in sources.csv)")
        if name == "chip_specs":
            for i, sid in enumerate(frames[name]["die_area_source"], start=2):
                if sid and sid not in known:
                    raise SchemaError(
                        f"{wheres[name]}: row {i}, column 'die_area_source': unknown source "
                        f"{sid!r}")
    events = set(frames["events"]["event_id"])
    for i, eid in enumerate(frames["facts"]["event_id"], start=2):
        if eid not in events:
            raise SchemaError(f"{wheres['facts']}: row {i}, column 'event_id': unknown event "
                              f"{eid!r} (not in events.csv)")
    return Reference(**frames)


def tpp(row: pd.Series, bound: str = "high") -> float:
    """TPP of one spec row: the highest of dense throughput x bit length over precisions.

    ``bound`` picks the low or high end of a range where a source gives one.
    """
    best = math.nan
    for column, bits in BIT_LENGTHS.items():
        key = f"fp16_tflops_{bound}" if column == "fp16_tflops" else column
        value = row.get(key)
        if value is not None and not pd.isna(value):
            best = max(best, float(value) * bits) if not math.isnan(best) else float(value) * bits
    return best


def classify_3a090(tpp_value: float, density: float) -> str:
    """Where a chip stands against 3A090.a (October 2023 thresholds)."""
    if math.isnan(tpp_value):
        return "no figures"
    if tpp_value >= TPP_3A090:
        return "3A090.a (TPP)"
    if tpp_value < TPP_3A090_WITH_PD:
        return "below 3A090.a"
    if math.isnan(density):
        return "undetermined: no cited die area"
    return "3A090.a (TPP + density)" if density >= PD_3A090 else "below 3A090.a"


def tpp_table(specs: pd.DataFrame) -> pd.DataFrame:
    """One row per spec row: TPP (low, high), performance density and 3A090 standing."""
    out = specs[["spec_id", "chip", "vendor", "source_ids", "figure_status",
                 "sparse_converted"]].copy()
    out["tpp_low"] = specs.apply(lambda r: tpp(r, "low"), axis=1)
    out["tpp_high"] = specs.apply(lambda r: tpp(r, "high"), axis=1)
    area = pd.to_numeric(specs["die_area_mm2"], errors="coerce")
    out["die_area_mm2"] = area
    out["density_high"] = out["tpp_high"] / area
    out["standing"] = [classify_3a090(t, d) for t, d in zip(out["tpp_high"],
                                                            out["density_high"])]
    return out


def _bib_escape(text: str) -> str:
    """A title as BibTeX text. ``%`` starts a comment and must be escaped; a dollar sign is
    left bare, since the book's bibliography prints an escaped one with its backslash."""
    return text.replace("\\", "").replace("&", r"\&").replace("%", r"\%").replace(
        "#", r"\#").replace("_", r"\_").replace("{", "").replace("}", "")


def bibtex(sources: pd.DataFrame) -> str:
    """``references.bib`` for the book, one ``@misc`` entry per source (key = source_id)."""
    entries = []
    for row in sources.itertuples(index=False):
        year = row.published[:4] if row.published[:4].isdigit() else ""
        fields = [
            ("author", "{" + _bib_escape(row.publisher) + "}"),
            ("title", "{" + _bib_escape(row.title) + "}"),
            ("howpublished", f"Copy hosted at {_bib_escape(row.via)}" if row.via else ""),
            ("year", year or "n.d."),
            ("note", f"Dated {row.published}" if len(row.published) > 4 and year else ""),
            ("url", row.url),
        ]
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields if v)
        entries.append(f"@misc{{{row.source_id},\n{body},\n}}")
    header = ("% Generated from src/chipclaims/data/reference/sources.csv by "
              "`make bib`; do not edit by hand.\n\n")
    return header + "\n\n".join(entries) + "\n"
