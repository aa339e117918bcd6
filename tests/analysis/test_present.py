"""Tables as the reader sees them."""

from __future__ import annotations

import pandas as pd

from chipclaims.analysis.present import article_names, header, html_table

ARTICLES = pd.DataFrame({"article_id": ["a", "b"], "title": ["Chips <b>rule</b>", ""],
                         "file": ["a.txt", "b.txt"], "published_from": ["2025-01-02", ""],
                         "published_to": ["2025-01-02", ""]})


def test_headers_are_words():
    assert header("article_id") == "Article"
    assert header("boilerplate_share_pct") == "Boilerplate share (%)"
    assert header("n_independent") == "Independent articles"


def test_articles_are_named_with_their_date():
    names = article_names(ARTICLES)
    assert names == {"a": "Chips <b>rule</b> (2025-01-02)", "b": "b (undated)"}


def test_a_long_title_is_cut_at_a_word():
    long = pd.DataFrame({"article_id": ["a"], "title": ["SMIC has been formally added to the "
                         "Entity List by the US Commerce Department, hitting the chipmaker's "
                         "access to American technology."], "file": ["a.txt"],
                         "published_from": [""], "published_to": [""]})
    name = article_names(long)["a"]
    assert name.endswith("… (undated)") and len(name) < 140
    assert "technology" not in name


def test_table_has_no_index_escapes_text_and_names_articles():
    frame = pd.DataFrame({"article_id": ["a"], "title": ["x"], "text": ["<script>x</script>"],
                          "share": [12.5], "hedged": [True]})
    out = html_table(frame, ARTICLES)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "Chips &lt;b&gt;rule&lt;/b&gt; (2025-01-02)" in out
    assert "<th>Title</th>" not in out  # the article's name carries it
    assert ">12.5<" in out and ">yes<" in out and "<th></th>" not in out
    assert '<td class="long">' in out and '<td class="article">' in out


def test_an_empty_table_is_a_sentence():
    assert "Nothing to show" in html_table(pd.DataFrame({"a": []}))


def test_counted_reads_as_prose():
    from chipclaims.analysis.present import counted
    assert counted(0, "article", ("states", "state")) == "no article states"
    assert counted(1, "article", ("states", "state")) == "1 article states"
    assert counted(3, "article", ("states", "state")) == "3 articles state"
    assert counted(2, "article") == "2 articles"


def test_a_part_of_a_whole_reads_for_any_count():
    from chipclaims.analysis.present import of_which
    verbs = ("has a verdict", "have a verdict")
    assert of_which(0, 0, "claim", verbs, "shown") == "No claim shown in this folder of articles."
    assert of_which(1, 0, "claim", verbs, "shown") == "Of the 1 claim shown, none has a verdict."
    assert of_which(4, 1, "claim", verbs) == "Of the 4 claims, 1 has a verdict."
    assert of_which(4, 3, "claim", verbs) == "Of the 4 claims, 3 have a verdict."


def test_a_cell_shows_text_not_markdown_emphasis():
    from chipclaims.analysis.present import _cell
    assert _cell("**US Revokes Licences** for Intel") == "US Revokes Licences for Intel"
    assert _cell("2**3 and a__b") == "2**3 and a__b"
