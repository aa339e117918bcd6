"""Each figure draws what its table holds, and says so when there is nothing to draw."""

from __future__ import annotations

import itertools

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from chipclaims import figures
from chipclaims.analysis import ascend, sanctions, timeline
from chipclaims.contract.vocabulary import VERDICTS
from chipclaims.reference import load_reference

REF = load_reference()


def _bars(fig):
    return [p for ax in fig.axes for p in ax.patches if hasattr(p, "get_width")]


def test_line_composition_stacks_one_bar_per_article_and_kind():
    over = pd.DataFrame({"title": ["a", "b"], "content": [5, 3], "boilerplate": [1, 0],
                         "blank": [2, 2]})
    fig = figures.line_composition(over)
    widths = sorted(b.get_width() for b in _bars(fig) if b.get_width())
    assert widths == [1, 2, 2, 3, 5]
    assert "a" in figures.describe(fig) and "title='What each article is made of'" in \
        figures.describe(fig)


def test_verdict_bars_follow_the_vocabulary():
    card = pd.DataFrame({"title": ["x"], **{v: [i] for i, v in enumerate(VERDICTS)}})
    fig = figures.verdict_bars(card)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == list(VERDICTS)


def test_tpp_chart_draws_every_chip_and_threshold():
    standing = sanctions.chip_standing(REF)
    lines = sanctions.threshold_lines(REF)
    fig = figures.tpp_chart(standing, lines)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == list(dict.fromkeys(standing["chip"]))
    drawn = {ln.get_label() for ln in fig.axes[0].get_lines()}
    assert set(lines) <= drawn


def test_dense_sparse_chart_has_three_bars():
    fig = figures.dense_sparse_chart(ascend.dense_vs_sparse(REF))
    assert len(_bars(fig)) == 3


@pytest.mark.parametrize("make", [
    lambda: figures.independent_bars(pd.DataFrame(), "nothing"),
    lambda: figures.tpp_chart(sanctions.chip_standing(REF).iloc[:0], {}),
])
def test_empty_tables_say_there_is_nothing_to_show(make):
    assert "nothing to show" in figures.describe(make())


def test_describe_is_deterministic():
    events = timeline.events_frame(REF, "zhipu")
    spans = pd.DataFrame({"article_id": ["a"], "title": ["An article"],
                          "date_min": [pd.Timestamp("2025-08-08")],
                          "date_max": [pd.Timestamp("2025-08-31")], "evidence": [""]})
    reported = pd.DataFrame(columns=["article_id", "line_no", "surface", "time_kind",
                                     "resolved", "start", "end", "text"])
    one = figures.describe(figures.dated_events(events, reported, spans, "t"))
    two = figures.describe(figures.dated_events(events, reported, spans, "t"))
    assert one == two and "C14" in one and "title='t'" in one


def test_timeline_labels_never_share_a_level_too_close():
    dates = pd.Series(pd.to_datetime(["2025-01-01", "2025-01-02", "2025-01-03", "2025-06-01",
                                      "2025-01-02"]))
    levels = figures.stack_levels(dates, min_gap_days=10)
    for level in set(levels):
        on = sorted(d for d, lv in zip(dates, levels) if lv == level)
        assert all((b - a).days >= 10 for a, b in itertools.pairwise(on))
    assert levels[3] == 0  # far from the others: back on the first level


def test_characters_the_font_lacks_become_an_ellipsis_without_a_warning():
    import warnings

    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.barh(["Alter聊科技 (2025-07-03)", "Zürich – “quoted”"], [1, 2])
    ax.set_title("智谱 GLM")
    assert figures.drawable(fig)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would raise here
        fig.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alter… (2025-07-03)",
                                                            "Zürich – “quoted”"]
    assert ax.get_title() == "… GLM"
    plt.close(fig)
