"""The data contract: one vocabulary, one meaning per column name, validation that names
file, row and column, and tables that survive a round trip through CSV."""

from __future__ import annotations

import ast

import pandas as pd
import pytest
from conftest import ROOT

from chipclaims import Corpus, write_tables
from chipclaims.contract import (
    FIELDS,
    RESOURCES,
    SchemaError,
    data_dictionary_markdown,
    read_table,
    validate,
    vocabulary,
)

VOCABULARIES = {name: set(values) for name, values in vars(vocabulary).items()
                if name.isupper() and isinstance(values, tuple)}


def _string_collections(path):
    """Every tuple, list or set literal of three or more strings in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) >= 3 and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            yield node.lineno, {e.value for e in node.elts}


def test_no_vocabulary_is_spelled_out_outside_the_vocabulary_module():
    """A literal list of three or more verdicts, kinds, types or topics anywhere else in the
    package is a second definition waiting to drift."""
    src = ROOT / "src" / "chipclaims"
    home = src / "contract" / "vocabulary.py"
    for path in src.rglob("*.py"):
        if path == home:
            continue
        for line, values in _string_collections(path):
            for name, vocab in VOCABULARIES.items():
                assert not (len(values & vocab) >= 3 and values <= vocab), (
                    f"{path.relative_to(src)}:{line} repeats {name}")


def test_every_table_names_known_columns_and_its_key():
    for resource in RESOURCES.values():
        assert set(resource.fields) <= set(FIELDS), resource.name
        assert set(resource.primary_key) <= set(resource.fields), resource.name
        assert len(set(resource.fields)) == len(resource.fields), resource.name


def test_data_dictionary_documents_every_column():
    page = data_dictionary_markdown()
    for resource in RESOURCES.values():
        assert f"## `{resource.file}`" in page
        for name in resource.fields:
            assert f"| `{name}` |" in page, (resource.name, name)


def _lines() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"] * 3, "line_no": [1, 2, 3],
                         "kind": ["title", "blank", "boilerplate"],
                         "reason": ["", "", "ad"], "rule_id": ["", "", "ad-casino"],
                         "text": ["A title", "", "Free spins!"]})


def test_validation_names_file_row_and_column():
    bad = _lines()
    bad.loc[1, "kind"] = "paragraph"
    with pytest.raises(SchemaError, match=r"lines\.csv: row 3, column 'kind': 'paragraph'"):
        validate(bad, "lines")
    with pytest.raises(SchemaError, match="missing column"):
        validate(bad.drop(columns="reason"), "lines")
    with pytest.raises(SchemaError, match="unexpected column"):
        validate(_lines().assign(extra=1), "lines")
    with pytest.raises(SchemaError, match=r"row 3: duplicate key"):
        validate(_lines().assign(line_no=[1, 1, 2]), "lines")
    with pytest.raises(SchemaError, match=r"row 3, column 'article_id': value is missing"):
        validate(_lines().assign(article_id=["a", "", "a"]), "lines")


def test_round_trip_keeps_types_and_empty_strings(tmp_path):
    frame = _lines()
    write_tables(Corpus({"lines": frame}), tmp_path)
    back = read_table(tmp_path, "lines")
    assert back["line_no"].tolist() == [1, 2, 3]
    assert back["text"].tolist() == ["A title", "", "Free spins!"]
    assert str(back["line_no"].dtype) == "Int64"


def test_booleans_are_written_as_the_contract_says(tmp_path):
    frame = pd.DataFrame({c: ["x"] for c in RESOURCES["facet_statements"].fields})
    frame["line_no"] = [3]
    frame["implicit_subject"] = [True]
    write_tables(Corpus({"facet_statements": frame}), tmp_path)
    assert ",true," in (tmp_path / "facet_statements.csv").read_text(encoding="utf-8")
