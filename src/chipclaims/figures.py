"""Figures for the book, in one style, readable in greyscale.

Every plotting function takes the DataFrame that is shown next to the figure (so the data
behind a figure is always at hand) and returns the matplotlib Figure. :func:`describe` turns a
figure into deterministic text (titles, labels and plotted values), which the notebooks print
in a cell the book removes, so that strict nbval compares figures too, not only tables.
"""

from __future__ import annotations

from importlib import resources

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from .contract.vocabulary import DOUBTFUL_FIGURES, FIGURE_STATUSES, VERDICTS

# Grey levels + hatches keep series apart when printed without colour.
GREYS = ("#1a1a1a", "#6e6e6e", "#b0b0b0", "#e0e0e0")
HATCHES = ("", "///", "...", "xx", "\\\\", "oo")


def use_style() -> None:
    """Apply the package style (call once at the top of a notebook)."""
    with resources.as_file(resources.files("chipclaims") / "data" / "chipclaims.mplstyle") as p:
        plt.style.use(str(p))


def _stacked(frame: pd.DataFrame, columns: tuple[str, ...], shades: tuple[str, ...],
             xlabel: str, title: str) -> Figure:
    """Stacked horizontal bars, one per row of ``frame`` (labelled by its ``title``), one
    segment per column, told apart by grey level and hatching."""
    use_style()
    fig, ax = plt.subplots(figsize=(8, 0.55 * max(len(frame), 1) + 1.6))
    left = pd.Series(0.0, index=frame.index)
    for col, shade, hatch in zip(columns, shades, HATCHES):
        ax.barh(frame["title"].tolist(), frame[col], left=left, color=shade, hatch=hatch,
                edgecolor="black", linewidth=0.5, label=col)
        left = left + frame[col]
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 - 1.0 / (len(frame) + 3)),
              ncols=3)
    fig.tight_layout()
    return fig


def line_composition(overview: pd.DataFrame) -> Figure:
    """Stacked horizontal bars: content, boilerplate and blank lines per article."""
    return _stacked(overview, ("content", "boilerplate", "blank"), GREYS[:3],
                    "lines in the file", "What each article is made of")


def show(name: str, fig: Figure) -> None:
    """Glue ``fig`` under ``name`` for a captioned ``{glue:figure}`` in the book and close it
    (so it is not displayed twice). Its :func:`describe` text, which nbval compares, is
    printed by the next cell, which the book removes (tag ``remove-cell``): the reader never
    sees it."""
    from myst_nb import glue

    if drawable(fig):
        fig.tight_layout()
    glue(name, fig, display=False)
    plt.close(fig)


def drawable(fig: Figure) -> bool:
    """Replace, in every text of ``fig``, the characters its font cannot draw (an article
    titled in Chinese, with a Latin-only font) by one ellipsis per run, so that the figure
    shows no empty boxes and rendering it prints no warning. Returns whether any text
    changed."""
    import warnings

    from matplotlib.font_manager import FontProperties, findfont, get_font
    from matplotlib.text import Text

    def clean(text: Text) -> str:
        value = text.get_text()
        if not value or value.isascii():
            return value
        font = get_font(findfont(FontProperties(family=text.get_fontfamily())))
        kept: list[str] = []
        for ch in value:
            if ch.isspace() or font.get_char_index(ord(ch)):
                kept.append(ch)
            elif not kept or kept[-1] != "…":
                kept.append("…")
        return "".join(kept)

    with warnings.catch_warnings():  # the draw that makes the tick labels: boxes, unseen
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig.canvas.draw()
    changed = False
    for ax in fig.axes:  # tick labels are remade at each draw: fix them to the clean text
        for axis in (ax.xaxis, ax.yaxis):
            labels = axis.get_ticklabels()
            cleaned = [clean(t) for t in labels]
            if cleaned != [t.get_text() for t in labels]:
                axis.set_ticks(axis.get_ticklocs(), labels=cleaned)
                changed = True
    for text in fig.findobj(Text):
        value = clean(text)
        if value != text.get_text():
            text.set_text(value)
            changed = True
    return changed


def _num(v: object) -> str:
    """A plotted coordinate as stable text (dates as ISO days)."""
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10]
    try:
        return f"{float(v):g}"
    except (TypeError, ValueError):
        return str(v)


def describe(fig: Figure) -> str:
    """Deterministic text description of a figure: titles, axis labels and plotted values."""
    out = []
    for k, ax in enumerate(fig.axes):
        out.append(f"axes {k}: title={ax.get_title()!r} x={ax.get_xlabel()!r} "
                   f"y={ax.get_ylabel()!r}")
        bars = [p for p in ax.patches if hasattr(p, "get_width")]
        if bars:
            out.append("  bars: " + ", ".join(
                f"{b.get_width():g}x{b.get_height():g}@({b.get_x():g},{b.get_y():g})"
                for b in bars))
        for line in ax.get_lines():
            pts = ", ".join(f"{_num(x)}:{_num(y)}" for x, y in zip(line.get_xdata(),
                                                                  line.get_ydata()))
            out.append(f"  line {line.get_label()!r}: {pts}")
        for coll in ax.collections:
            if hasattr(coll, "get_segments"):
                pts = ", ".join("-".join(f"{_num(x)}:{_num(y)}" for x, y in seg)
                                for seg in coll.get_segments())
            else:
                pts = ", ".join(f"{_num(x)}:{_num(y)}" for x, y in coll.get_offsets())
            if pts:
                out.append(f"  points {coll.get_label()!r}: {pts}")
        texts = [t.get_text() for t in ax.texts if t.get_text()]
        if texts:
            out.append("  labels: " + " | ".join(texts))
        ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
        if ticks:
            out.append("  y ticks: " + " | ".join(ticks))
    return "\n".join(out)


def voice_rates(voice: pd.DataFrame) -> Figure:
    """Paired horizontal bars per article: share of sentences hedged and attributed."""
    use_style()
    names = voice["title"].tolist()
    fig, ax = plt.subplots(figsize=(8, 0.6 * max(len(voice), 1) + 1.6))
    y = range(len(voice))
    h = 0.38
    ax.barh([i - h / 2 for i in y], voice["hedged_pct"], height=h, color=GREYS[0],
            label="hedged (could, may, reportedly...)")
    ax.barh([i + h / 2 for i in y], voice["attributed_pct"], height=h, color=GREYS[2],
            hatch=HATCHES[1], edgecolor="black", linewidth=0.5, label="attributed to a source")
    ax.set_yticks(list(y), names)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of the article's body sentences (%)")
    ax.set_title("How often each article hedges, and how often it names a source")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 - 1.0 / (len(voice) + 3)),
              ncols=2)
    fig.tight_layout()
    return fig


def entity_types(by_type: pd.DataFrame) -> Figure:
    """Horizontal bars: entity mentions per type across the corpus."""
    use_style()
    fig, ax = plt.subplots(figsize=(8, 3.6))
    ax.barh(by_type["type"], by_type["total"], color=GREYS[1], edgecolor="black",
            linewidth=0.5)
    ax.invert_yaxis()
    ax.set_xlabel("mentions in article content")
    ax.set_title("What the articles name")
    fig.tight_layout()
    return fig


def _empty(ax, message: str = "nothing to show for this corpus") -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.3")
    ax.set_xticks([])
    ax.set_yticks([])


def stack_levels(dates: pd.Series, min_gap_days: float) -> list[int]:
    """A level for each label on a time axis so that no two labels on one level are closer
    than ``min_gap_days``: each label takes the lowest level that has room (labels in date
    order), so labels never overlap however crowded a month is."""
    last: list[pd.Timestamp] = []
    out = [0] * len(dates)
    for i in sorted(range(len(dates)), key=lambda i: dates.iloc[i]):
        d = dates.iloc[i]
        for level, prev in enumerate(last):
            if (d - prev).days >= min_gap_days:
                last[level] = d
                out[i] = level
                break
        else:
            last.append(d)
            out[i] = len(last) - 1
    return out


def _gap(dates: pd.Series, width_inches: float, label_inches: float = 0.35) -> float:
    """Days on a time axis that one short label takes up."""
    if dates.empty:
        return 1.0
    span = max((dates.max() - dates.min()).days, 1)
    return span * label_inches / width_inches


def control_timeline(events: pd.DataFrame, spans: pd.DataFrame) -> Figure:
    """Export-control events (labelled markers, staggered) above the articles' estimated
    publication dates (bars for intervals)."""
    use_style()
    arts = spans.dropna(subset=["date_min"])
    stack = stack_levels(events["start"], _gap(events["start"], 8.0))
    fig, ax = plt.subplots(figsize=(9, 2.4 + 0.4 * (max(stack, default=0) + 1)
                                    + 0.35 * len(arts)))
    levels = [1.2 + 0.45 * k for k in stack]
    ax.scatter(events["start"], levels, marker="v", color=GREYS[0], zorder=3,
               label="export-control or market-access event")
    for (_, e), y in zip(events.iterrows(), levels):
        ax.vlines(e["start"], 0.6, y, color=GREYS[2], linewidth=0.6)
        ax.annotate(e["event_id"], (e["start"], y), xytext=(0, 4), textcoords="offset points",
                    ha="center", fontsize=8)
    for k, (_, a) in enumerate(arts.iterrows()):
        y = -0.4 - 0.45 * k
        width = max((a["date_max"] - a["date_min"]).days, 4)
        ax.barh(y, width, left=a["date_min"], height=0.3, color=GREYS[1], hatch=HATCHES[1],
                edgecolor="black", linewidth=0.5)
        ax.annotate(a["article_id"].split("_")[0], (a["date_min"], y), xytext=(-4, 0),
                    textcoords="offset points", ha="right", va="center", fontsize=8)
    ax.axhline(0.3, color=GREYS[2], linewidth=0.6)
    ax.set_yticks([])
    ax.set_xlabel("date")
    ax.set_title("Export controls (triangles, labelled by event id) and when the articles "
                 "appeared (bars)")
    fig.tight_layout()
    return fig


# One marker shape per kind of figure, in the vocabulary's order (a roadmap part is a star).
STATUS_MARKERS = dict(zip(FIGURE_STATUSES, "osD^vX*P"))


def tpp_chart(standing: pd.DataFrame, lines: dict[str, float]) -> Figure:
    """TPP of every (chip, source) row against the control thresholds (vertical lines). The
    marker's shape says what kind of figure the source gives (legend), a bar a range; a
    hollow marker is a figure the record flags as doubtful, and a roadmap part (announced,
    not shipping, often quoted at FP8 or FP4) is a star, apart from the shipping chips."""
    use_style()
    chips = list(dict.fromkeys(standing["chip"]))
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(len(chips), 1) + 2.2))
    if standing.empty:
        _empty(ax)
        return fig
    seen: set[str] = set()
    for i, chip in enumerate(chips):
        rows = standing[standing["chip"] == chip].reset_index(drop=True)
        for k, r in rows.iterrows():
            y = i + (k - (len(rows) - 1) / 2) * 0.12
            status = r["figure_status"]
            ax.hlines(y, r["tpp_low"], r["tpp_high"], color=GREYS[0], linewidth=2)
            face = "white" if status in DOUBTFUL_FIGURES else GREYS[0]
            label = None if status in seen else (
                "roadmap part (announced figure)" if status == "roadmap" else f"{status} figure")
            seen.add(status)
            ax.plot([r["tpp_high"]], [y], marker=STATUS_MARKERS.get(status, "o"),
                    color=GREYS[0], markerfacecolor=face, linestyle="none", label=label,
                    markersize=9 if status == "roadmap" else 6)
    for (label, x), style in zip(lines.items(), ("-", "--", ":")):
        ax.axvline(x, color=GREYS[1], linestyle=style, linewidth=1, label=label)
    ax.set_yticks(range(len(chips)), chips)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("Total Processing Performance (TPP), log scale")
    ax.set_title("Each source's figures against the US control thresholds "
                 "(hollow marker: flagged figure)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18 - 0.6 / (len(chips) + 2)),
              ncols=3)
    fig.tight_layout()
    return fig


def independent_bars(table: pd.DataFrame, title: str) -> Figure:
    """Horizontal bars, one per claim: the independent articles that make it (dark), out of
    all the articles that do (light; the difference is copies)."""
    use_style()
    fig, ax = plt.subplots(figsize=(8, 0.42 * max(len(table), 1) + 1.6))
    if table.empty:
        _empty(ax)
        return fig
    labels = [c if len(c) <= 70 else c[:67] + "..." for c in table["claim"]]
    ax.barh(labels, table["articles"], color=GREYS[3], edgecolor="black", linewidth=0.5,
            label="articles that make it")
    ax.barh(labels, table["independent_articles"], color=GREYS[0], edgecolor="black",
            linewidth=0.5, label="of which independent")
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("articles")
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 - 1.0 / (len(table) + 3)),
              ncols=2)
    fig.tight_layout()
    return fig


def dense_sparse_chart(table: pd.DataFrame) -> Figure:
    """Bars for a chip's dense figure and a baseline's dense and sparse figures."""
    use_style()
    fig, ax = plt.subplots(figsize=(8, 2.8))
    if table.empty or table["tflops_high"].isna().all():
        _empty(ax)
        return fig
    y = range(len(table))
    mid = (table["tflops_low"] + table["tflops_high"]) / 2
    err = (table["tflops_high"] - table["tflops_low"]) / 2
    ax.barh(list(y), mid, xerr=err, color=[GREYS[0], GREYS[2], GREYS[3]],
            hatch=None, edgecolor="black", linewidth=0.5, capsize=4)
    ax.set_yticks(list(y), table["figure"])
    ax.invert_yaxis()
    ax.set_xlabel("FP16/BF16 TFLOPS")
    ax.set_title("The same chip looks half as fast against a sparse headline")
    fig.tight_layout()
    return fig


def dated_events(record: pd.DataFrame, reported: pd.DataFrame, spans: pd.DataFrame,
                 title: str) -> Figure:
    """Three lanes on one time axis: reference events, what articles date, and when the
    articles appeared."""
    use_style()
    fig, ax = plt.subplots(figsize=(9, 3.8))
    if record.empty and reported.dropna(subset=["start"]).empty:
        _empty(ax)
        return fig
    ax.scatter(record["start"], [2] * len(record), marker="o", color=GREYS[0], zorder=3,
               label="reference event")
    stack = stack_levels(record["start"], _gap(record["start"], 8.0)) if len(record) else []
    for (_, e), k in zip(record.iterrows(), stack):
        ax.annotate(e["event_id"], (e["start"], 2), xytext=(0, 6 + 9 * k),
                    textcoords="offset points", ha="center", fontsize=8)
    rep = reported.dropna(subset=["start"])
    for _, r in rep.iterrows():
        ax.hlines(1, r["start"], r["end"], color=GREYS[1], linewidth=6, alpha=0.8)
    ax.scatter(rep["start"], [1] * len(rep), marker="s", color=GREYS[1], zorder=3,
               label="date stated in an article")
    arts = spans.dropna(subset=["date_min"])
    for _, a in arts.iterrows():
        ax.hlines(0, a["date_min"], a["date_max"], color=GREYS[0], linewidth=6)
    ax.scatter(arts["date_min"], [0] * len(arts), marker="|", color=GREYS[0], s=200,
               label="article published")
    ax.set_yticks([0, 1, 2], ["articles appeared", "articles say", "record"])
    ax.set_ylim(-0.7, 2.9 + 0.12 * max(stack, default=0))
    ax.set_xlabel("date")
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=3)
    fig.tight_layout()
    return fig


def verdict_bars(card: pd.DataFrame, verdicts: tuple[str, ...] = VERDICTS) -> Figure:
    """Stacked horizontal bars: claims per article by verdict (each sentence once)."""
    shades = (GREYS[3], GREYS[2], "#8c8c8c", GREYS[1], GREYS[0])
    return _stacked(card, verdicts, shades, "claims",
                    "Verdicts on each article's claims")
