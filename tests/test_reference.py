"""Reference data: schema, sources, TPP and the generated bibliography."""

from __future__ import annotations

import math
import shutil
from importlib import resources

import pandas as pd
import pytest
from conftest import ROOT

from chipclaims.contract import SchemaError
from chipclaims.reference import (
    bibtex,
    classify_3a090,
    load_reference,
    tpp,
    tpp_table,
)

REF = load_reference()


def test_source_addresses_are_web_addresses():
    assert REF.sources["url"].str.match(r"https?://").all()


def test_disagreeing_sources_keep_their_own_rows():
    c910 = REF.chip_specs[REF.chip_specs["chip"] == "Ascend 910C"]
    assert c910["source_ids"].nunique() >= 4
    assert c910["mem_bw_tbs_low"].min() < c910["mem_bw_tbs_high"].max()


def test_tpp_worked_examples():
    t = tpp_table(REF.chip_specs).set_index("spec_id")
    assert t.loc["B1", "tpp_high"] == pytest.approx(max(989 * 16, 1979 * 8))  # INT8 wins
    assert t.loc["B8", "tpp_high"] == pytest.approx(148 * 16)
    assert t.loc["B1", "density_high"] == pytest.approx(1979 * 8 / 814)
    assert math.isnan(t.loc["B8", "density_high"])  # no cited die area, so no density


@pytest.mark.parametrize(
    ("row", "expected"),
    [({"fp16_tflops_high": 989.0}, 15824.0), ({"int8_tops": 1000.0}, 8000.0),
     ({"fp16_tflops_high": 100.0, "fp8_tflops": 400.0}, 3200.0), ({}, math.nan)],
)
def test_tpp_takes_the_highest_precision(row, expected):
    got = tpp(pd.Series(row))
    assert (math.isnan(got) and math.isnan(expected)) or got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("tpp_value", "density", "standing"),
    [(5000, math.nan, "3A090.a (TPP)"), (2000, 6.0, "3A090.a (TPP + density)"),
     (2000, 5.0, "below 3A090.a"), (2000, math.nan, "undetermined: no cited die area"),
     (1000, math.nan, "below 3A090.a"), (math.nan, math.nan, "no figures")],
)
def test_3a090_standing(tpp_value, density, standing):
    assert classify_3a090(tpp_value, density) == standing


def test_schema_error_names_file_row_and_column(tmp_path):
    src = resources.files("chipclaims") / "data" / "reference"
    for name in ("sources", "events", "chip_specs", "facts", "thresholds"):
        with resources.as_file(src / f"{name}.csv") as p:
            shutil.copy(p, tmp_path / f"{name}.csv")
    events = (tmp_path / "events.csv").read_text().splitlines()
    events[3] = events[3].replace("export_controls", "gossip", 1)
    (tmp_path / "events.csv").write_text("\n".join(events) + "\n")
    with pytest.raises(SchemaError, match=r"events\.csv: row 4, column 'track': 'gossip'"):
        load_reference(tmp_path)
    events[3] = events[3].replace("gossip", "export_controls", 1)
    events[5] = events[5].rsplit(",", 1)[0] + ",no-such-source"
    (tmp_path / "events.csv").write_text("\n".join(events) + "\n")
    with pytest.raises(SchemaError, match=r"row 6, column 'source_ids': unknown source"):
        load_reference(tmp_path)
    events[5] = (tmp_path / "events.csv").read_text().splitlines()[5]
    shutil.copy(resources.files("chipclaims") / "data" / "reference" / "events.csv",
                tmp_path / "events.csv")
    facts = (tmp_path / "facts.csv").read_text().splitlines()
    facts[1] = facts[1].replace("A1,", "Z99,", 1)
    (tmp_path / "facts.csv").write_text("\n".join(facts) + "\n")
    with pytest.raises(SchemaError, match=r"facts\.csv: row 2, column 'event_id': unknown "
                                          r"event 'Z99'"):
        load_reference(tmp_path)


def test_references_bib_is_current():
    committed = (ROOT / "book" / "references.bib").read_text(encoding="utf-8")
    assert committed == bibtex(REF.sources), "run `make bib`"
    assert committed.count("@misc{") == len(REF.sources)
