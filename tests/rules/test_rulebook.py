"""Every rule file goes through one loader: a bad row in any of them is one RulesError that
names the file and the row; the rulebook a parse used is written next to its tables and
read back by what comes after."""

from __future__ import annotations

import pytest

from chipclaims.cli import EXIT_USAGE, main
from chipclaims.rules import RULE_FILES, Rulebook, RulesError, read_rule_file

# One breaking edit per rule file: (file, text to replace in its second line, replacement).
BREAKS = {
    "boilerplate_rules.csv": (",ad,", ",nonsense,", "unknown reason 'nonsense'"),
    "gazetteer.csv": (",org,", ",company,", "unknown type 'company'"),
    "entity_patterns.csv": (",chip,", ",gadget,", "unknown type 'gadget'"),
    "words.csv": ("not_name,", "not_a_list,", "unknown list 'not_a_list'"),
    "units.csv": (",percent,", ",bogus_kind,", "unknown quantity kind 'bogus_kind'"),
    "currencies.csv": ("prefix,", "middle,", "unknown position 'middle'"),
    "relative_dates.csv": (",day,", ",fortnight,", "unknown anchor 'fortnight'"),
    "topics.csv": ("sanctions,", "gossip,", "unknown topic 'gossip'"),
    "hedges.csv": ("\\bcould\\b", "(could", "missing \\)"),
    "publication_dates.csv": (",2025-08-08,", ",2025-13-40,", "month must be in 1..12"),
    "facets.csv": ("\\bopen[- ]?sourc\\w*", "(open", "missing \\)"),
    "checks.csv": (",partly supported,", ",probably true,", "unknown verdict 'probably true'"),
    "statement_rules.csv": ("event,", "rumour,", "unknown kind 'rumour'"),
}


def test_every_rule_file_has_a_breaking_case():
    assert set(BREAKS) == set(RULE_FILES)


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_bad_row_names_the_file_and_row(name, tmp_path):
    old, new, message = BREAKS[name]
    lines = read_rule_file(name).text.splitlines()
    assert old in lines[1], f"{name}: the breaking edit no longer applies"
    lines[1] = lines[1].replace(old, new, 1)
    (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RulesError, match=rf"{tmp_path / name}: row 2: .*{message}"):
        Rulebook.load(tmp_path)


def test_a_missing_column_is_named(tmp_path):
    text = read_rule_file("topics.csv").text.replace("topic,pattern", "subject,pattern", 1)
    (tmp_path / "topics.csv").write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=r"topics\.csv: row 2: missing column 'topic'"):
        Rulebook.load(tmp_path)


def test_an_override_must_name_an_action(tmp_path):
    text = read_rule_file("statement_rules.csv").text
    assert ",listing," in text  # ipo_plan overrides listing
    (tmp_path / "statement_rules.csv").write_text(text.replace(",listing,", ",listed,", 1),
                                                  encoding="utf-8")
    with pytest.raises(RulesError, match=r"statement_rules\.csv: 'overrides' names no action: "
                                         r"listed"):
        Rulebook.load(tmp_path)


def test_cli_reports_a_bad_rules_folder_in_one_line(tmp_path, seeds_dir, capsys):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "checks.csv").write_text("check_id\nX1\n", encoding="utf-8")
    code = main(["parse", str(seeds_dir), "--out", str(tmp_path / "out"),
                 "--rules-dir", str(tmp_path / "rules")])
    err = capsys.readouterr().err.strip()
    assert code == EXIT_USAGE
    assert err.startswith("chipclaims: error:") and "checks.csv: row 2" in err
    assert len(err.splitlines()) == 1


def test_a_folder_overrides_only_the_files_it_holds(tmp_path):
    text = read_rule_file("publication_dates.csv").text.splitlines()[0]
    (tmp_path / "publication_dates.csv").write_text(text + "\nx,2024-01-02,,test,\n",
                                                    encoding="utf-8")
    book = Rulebook.load(tmp_path)
    assert set(book.dates) == {"x"}
    assert book.checks == Rulebook.load().checks


def test_the_copy_a_parse_writes_is_the_rulebook_it_used(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "publication_dates.csv").write_text(
        "article_id,date_min,date_max,evidence,source_url\nx,2024-01-02,,test,\n",
        encoding="utf-8")
    book = Rulebook.load(tmp_path / "in")
    folder = book.write_copy(tmp_path / "out")
    assert sorted(p.name for p in folder.iterdir()) == sorted(RULE_FILES)
    assert Rulebook.used_by(tmp_path / "out") == book


def test_word_lists_are_escaped_in_file_order():
    words = Rulebook.load().words
    titles = words.words("person_title")
    assert titles.index("chief executive") < titles.index("chief executive officer")
    assert "Prof\\." in words.alternation("person_title")
    assert set(words.words("speech_verb")) >= {"said", "says", "told"}
    assert words.values("number_word")["twelve"] == 12
