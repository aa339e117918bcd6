"""Reference data shipped with the package, and the calculations made on it.

Tables (``data/reference/*.csv``, loaded with :mod:`importlib.resources`):

* ``sources``: every source cited (publisher, title, URL, date; ``via`` names the host of a
  syndicated or scraped copy, the publisher being the original outlet);
* ``events``: the export-control timeline and the Zhipu and Ascend events, in our own words;
* ``chip_specs``: one row per (chip, source), so that sources that disagree each keep their
  figures; compute figures are dense (a sparse headline halved is flagged ``sparse_converted``);
* ``thresholds``: the ECCN 3A090 thresholds and the January 2026 licence-policy limits.

Every row of every table must cite at least one source that exists in ``sources``;
:func:`load_reference` checks it, with a message naming file, row and column.

TPP (Total Processing Performance) follows the October 2023 rule: 2 x MacTOPS x bit length at
the precision giving the highest value, i.e. dense TFLOPS (or TOPS) x bit length.
Performance density is TPP divided by die area, computed only where a cited die area exists.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd

from . import schema

REFERENCE_TABLES = ("sources", "events", "chip_specs", "thresholds")
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
    thresholds: pd.DataFrame

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)


def _read(name: str, folder: Path | None) -> tuple[pd.DataFrame, str]:
    resource = schema.RESOURCES[f"ref_{name}"]
    if folder is None:
        source = resources.files("chipclaims") / "data" / "reference" / f"{name}.csv"
        where = f"reference/{name}.csv"
        with resources.as_file(source) as path:
            frame = pd.read_csv(path, dtype=schema.read_dtypes(resource.name),
                                keep_default_na=False, na_values=[""])
    else:
        path = folder / f"{name}.csv"
        where = str(path)
        frame = pd.read_csv(path, dtype=schema.read_dtypes(resource.name),
                            keep_default_na=False, na_values=[""])
    for col in resource.fields:
        kind = resource.field(col).type
        if kind == "string":
            frame[col] = frame[col].fillna("")
        elif kind == "number":  # plain floats (NaN for missing) for arithmetic
            frame[col] = frame[col].astype("float64")
        elif kind == "boolean":
            frame[col] = frame[col].astype(bool)
    return schema.validate(frame, resource.name, source=where), where


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
                    raise schema.SchemaError(
                        f"{wheres[name]}: row {i}, column 'source_ids': unknown source "
                        f"{sid.strip()!r} (not in sources.csv)")
        if name == "chip_specs":
            for i, sid in enumerate(frames[name]["die_area_source"], start=2):
                if sid and sid not in known:
                    raise schema.SchemaError(
                        f"{wheres[name]}: row {i}, column 'die_area_source': unknown source "
                        f"{sid!r}")
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
    out = specs[["spec_id", "chip", "vendor", "source_ids", "status", "sparse_converted"]].copy()
    out["tpp_low"] = specs.apply(lambda r: tpp(r, "low"), axis=1)
    out["tpp_high"] = specs.apply(lambda r: tpp(r, "high"), axis=1)
    area = pd.to_numeric(specs["die_area_mm2"], errors="coerce")
    out["die_area_mm2"] = area
    out["density_high"] = out["tpp_high"] / area
    out["standing"] = [classify_3a090(t, d) for t, d in zip(out["tpp_high"],
                                                            out["density_high"])]
    return out


def chip_ranges(specs: pd.DataFrame, include_erroneous: bool = False) -> pd.DataFrame:
    """Per chip: the range of each figure across sources, and how many sources give it.

    Rows flagged ``erroneous`` are left out unless asked for, but stay in ``chip_specs``.
    """
    data = specs if include_erroneous else specs[specs["status"] != "erroneous"]
    t = tpp_table(data)
    frame = data.assign(tpp_low=t["tpp_low"], tpp_high=t["tpp_high"])
    agg = frame.groupby("chip", sort=False).agg(
        vendor=("vendor", "first"),
        sources=("spec_id", "count"),
        fp16_min=("fp16_tflops_low", "min"), fp16_max=("fp16_tflops_high", "max"),
        memory_min=("memory_gb_low", "min"), memory_max=("memory_gb_high", "max"),
        bw_min=("mem_bw_tbs_low", "min"), bw_max=("mem_bw_tbs_high", "max"),
        tpp_min=("tpp_low", "min"), tpp_max=("tpp_high", "max"),
    )
    return agg.reset_index()


def _bib_escape(text: str) -> str:
    return text.replace("\\", "").replace("&", r"\&").replace("%", r"\%").replace(
        "$", r"\$").replace("#", r"\#").replace("_", r"\_").replace("{", "").replace("}", "")


def bibtex(sources: pd.DataFrame) -> str:
    """``references.bib`` for the book, one ``@misc`` entry per source (key = source_id)."""
    entries = []
    for row in sources.itertuples(index=False):
        year = row.date[:4] if row.date[:4].isdigit() else ""
        fields = [
            ("author", "{" + _bib_escape(row.publisher) + "}"),
            ("title", "{" + _bib_escape(row.title) + "}"),
            ("howpublished", f"Copy hosted at {_bib_escape(row.via)}" if row.via else ""),
            ("year", year or "n.d."),
            ("note", f"Dated {row.date}" if len(row.date) > 4 and year else ""),
            ("url", row.url),
        ]
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields if v)
        entries.append(f"@misc{{{row.source_id},\n{body},\n}}")
    header = ("% Generated from src/chipclaims/data/reference/sources.csv by "
              "`make bib`; do not edit by hand.\n\n")
    return header + "\n\n".join(entries) + "\n"
