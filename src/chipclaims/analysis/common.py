"""What every chapter shares: article labels, dates as timestamps, topic filters and the
CSV download behind each table or figure."""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def article_label(articles: pd.DataFrame) -> pd.Series:
    """A short human label per article: its title, or its id when no title was detected."""
    title = articles["title"].fillna("").astype(str)
    short = title.where(title.str.len() <= 60, title.str.slice(0, 57) + "...")
    return short.where(short != "", "(no title) " + articles["article_id"].astype(str))


def to_timestamp(text: str, end: bool = False) -> pd.Timestamp:
    """An ISO date, month or year as a timestamp (start of the period, or its end)."""
    if not text:
        return pd.NaT
    period = pd.Period(text, freq={4: "Y", 7: "M"}.get(len(text), "D"))
    return period.end_time.normalize() if end else period.start_time


def in_topic(sentences: pd.DataFrame, topic: str) -> pd.Series:
    """Boolean mask of the sentences tagged with ``topic``."""
    return sentences["topics"].str.split(";").map(lambda t: topic in t)


def save_csv(frame: pd.DataFrame, folder: Path, name: str) -> Path:
    """Write the data behind a table or figure as ``folder/name.csv`` for the book's download
    link; returns the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    frame.to_csv(path, index=False, lineterminator="\n", float_format="%.6g")
    return path


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]{}<>#|"})


def md(text: str):
    """``text`` as inline markdown for a ``{glue:md}`` role, its markdown characters escaped:
    a computed sentence reads as prose (a ``{glue:text}`` role would set it in bold)."""
    from IPython.display import Markdown

    return Markdown(text.translate(_MD_SPECIAL))


def totals_view(counts: pd.DataFrame, key: str) -> pd.DataFrame:
    """A per-article crosstab (``key`` rows, one column per article, ``total``) as a page
    shows it: the total and the number of articles it occurs in, so that the table keeps
    its width whatever the number of articles (the CSV file keeps every column)."""
    per_article = [c for c in counts.columns if c not in (key, "total")]
    return pd.DataFrame({key: counts[key], "total": counts["total"],
                         "articles": (counts[per_article] > 0).sum(axis=1)
                         if per_article else 0})
