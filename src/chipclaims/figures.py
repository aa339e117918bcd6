"""Figures for the book, in one style, readable in greyscale.

Every plotting function takes the DataFrame that is shown next to the figure (so the data
behind a figure is always at hand) and returns the matplotlib Figure. :func:`describe` turns a
figure into deterministic text (titles, labels and plotted values), which the notebooks print
under each figure so that strict nbval compares figures too, not only tables.
"""

from __future__ import annotations

from importlib import resources

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

# Grey levels + hatches keep series apart when printed without colour.
GREYS = ("#1a1a1a", "#6e6e6e", "#b0b0b0", "#e0e0e0")
HATCHES = ("", "///", "...", "xx", "\\\\", "oo")


def use_style() -> None:
    """Apply the package style (call once at the top of a notebook)."""
    with resources.as_file(resources.files("chipclaims") / "data" / "chipclaims.mplstyle") as p:
        plt.style.use(str(p))


def line_composition(overview: pd.DataFrame) -> Figure:
    """Stacked horizontal bars: content, boilerplate and blank lines per article."""
    use_style()
    parts = [("content", "content"), ("boilerplate", "boilerplate"), ("blank", "blank")]
    fig, ax = plt.subplots(figsize=(8, 0.55 * max(len(overview), 1) + 1.6))
    left = pd.Series(0, index=overview.index, dtype=float)
    labels = overview["title"].tolist()
    for (col, name), grey, hatch in zip(parts, GREYS, HATCHES):
        ax.barh(labels, overview[col], left=left, color=grey, hatch=hatch, edgecolor="black",
                linewidth=0.5, label=name)
        left = left + overview[col]
    ax.invert_yaxis()
    ax.set_xlabel("lines in the file")
    ax.set_title("What each article is made of")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 - 1.0 / (len(overview) + 3)),
              ncols=3)
    fig.tight_layout()
    return fig


def show(name: str, fig: Figure) -> None:
    """Glue ``fig`` under ``name`` for a captioned ``{glue:figure}`` in the book, close it (so
    it is not displayed twice) and print its :func:`describe` text for nbval to compare."""
    from myst_nb import glue

    glue(name, fig, display=False)
    plt.close(fig)
    print(describe(fig))


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
            ys = ", ".join(f"{y:g}" for y in line.get_ydata())
            out.append(f"  line {line.get_label()!r}: {ys}")
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
