"""Timelines: the record's events, when each article appeared, and what the articles date
(chapters 03 and 05)."""

from __future__ import annotations

import pandas as pd

from ..contract.vocabulary import STACK_ENTITY_TYPES
from ..reference import Reference
from ..rules import PubDate
from .common import article_label, in_topic, to_timestamp


def events_frame(ref: Reference, track: str) -> pd.DataFrame:
    """Reference events of one track with parsed start and end dates."""
    ev = ref.events[ref.events["track"] == track].copy()
    ev["start"] = ev["date"].map(to_timestamp)
    ev["end"] = [to_timestamp(e or d, end=True) for d, e in zip(ev["date"], ev["date_end"])]
    return ev[["event_id", "date", "date_end", "start", "end", "actor", "event", "source_ids"]]


def publication_spans(tables: dict[str, pd.DataFrame], dates: dict[str, PubDate]) -> pd.DataFrame:
    """Each article's publication date or interval, where the dates table knows it."""
    arts = tables["articles"]
    rows = []
    for aid, label in zip(arts["article_id"], article_label(arts)):
        pub = dates.get(aid)
        rows.append({"article_id": aid, "title": label,
                     "date_min": pd.Timestamp(pub.date_min) if pub else pd.NaT,
                     "date_max": pd.Timestamp(pub.date_max) if pub else pd.NaT,
                     "evidence": pub.evidence if pub else ""})
    return pd.DataFrame(rows, columns=["article_id", "title", "date_min", "date_max", "evidence"])


def drawn_note(spans: pd.DataFrame) -> str:
    """The end of the timeline's caption: which articles' publication dates are drawn,
    worded for all, some or none of them."""
    drawn, total = int(spans["date_min"].notna().sum()), len(spans)
    if total and drawn == total:
        return f", and the publication dates of all {total} articles"
    if drawn:
        return (f", and the publication dates of the {drawn} of the {total} articles whose "
                "date or interval is known (the others are not drawn)")
    return " (no article's publication date or interval is known, so none is drawn)"


def events_for(ref: Reference, ids: list[str]) -> pd.DataFrame:
    """Reference events by id, in the order given (ids that are not events are left out)."""
    ev = ref.events.set_index("event_id")
    ids = [i for i in ids if i in ev.index]
    return ev.loc[ids, ["date", "actor", "event", "source_ids"]].reset_index()


def reported_dates(tables: dict[str, pd.DataFrame], topic: str) -> pd.DataFrame:
    """Resolved time expressions in sentences of ``topic``: what the articles date, and when."""
    t = tables["temporal"]
    sents = tables["sentences"].set_index("sentence_id")
    topical = in_topic(sents, topic)
    t = t[t["sentence_id"].map(topical).fillna(False).astype(bool)].copy()
    t["text"] = t["sentence_id"].map(sents["text"])
    t["start"] = [to_timestamp(r.split("/")[0]) if r else pd.NaT for r in t["resolved"]]
    t["end"] = [to_timestamp(r.split("/")[-1], end=True) if r else pd.NaT
                for r in t["resolved"]]
    return t[["article_id", "line_no", "surface", "time_kind", "resolved", "start", "end",
              "text"]]


def days_between(ref: Reference, first: str, second: str) -> int:
    """Days from the start of event ``first`` to the start of event ``second``."""
    ev = ref.events.set_index("event_id")
    a, b = (pd.Timestamp(str(ev.loc[i, "date"])) for i in (first, second))
    return int((b - a).days)


def disclosed(ref: Reference, event_id: str, kinds: dict[str, str]) -> dict[str, str]:
    """What an event names and what the record notes as not given: the hardware and software
    it names (by entity type, from ``kinds``: canonical name -> type) and the part of its
    description that says what was left out ("gives no ...")."""
    ev = ref.events.set_index("event_id").loc[event_id]
    names = [n for n in str(ev["entities"]).split(";") if n]
    shown = [n for n in names if kinds.get(n) in STACK_ENTITY_TYPES]
    text = str(ev["event"])
    gap = text[text.find(" gives no "):].strip(" ;.") if " gives no " in text else ""
    return {"named": ", ".join(shown), "not_given": gap.removeprefix("it ").strip()}


# The record's events that frame Zhipu's move to Huawei's chips: the Entity List designation,
# the first statement that its models run on Ascend, the Hong Kong listing, the GLM-Image
# announcement and GLM-5.
ZHIPU_CONTEXT = ("A10", "C13", "C14", "C15", "C16")


def zhipu_context(ref: Reference, kinds: dict[str, str]) -> dict[str, object]:
    """The values the Zhipu chapter's context paragraph glues (keys ``zc_...``): the dates of
    the framing events, the days between the designation and the move to Ascend and between
    the listing and GLM-Image, and what the GLM-Image announcement named and did not give."""
    events = events_for(ref, list(ZHIPU_CONTEXT))
    dates = dict(zip(events["event_id"], events["date"]))
    out: dict[str, object] = {
        f"zc_{key}_date": dates.get(event, "not in the record")
        for key, event in (("el", "A10"), ("ascend", "C13"), ("listing", "C14"),
                           ("image", "C15"))}
    out["zc_days_el_ascend"] = days_between(ref, "A10", "C13")
    out["zc_days_list_image"] = days_between(ref, "C14", "C15")
    told = disclosed(ref, "C15", kinds)
    out["zc_named"], out["zc_not_given"] = told["named"], told["not_given"]
    return out
