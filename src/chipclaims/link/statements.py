"""The statements table: every claim sentence of a batch of articles read as statements and
judged against the record (:mod:`.judge`), as of each article's publication date.

Everything here depends on one article at a time (its sentences, names, numbers, dates and
publication date), so it runs batch by batch with the rest of the per-article stage.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence

import pandas as pd

from ..contract import RESOURCES, empty_frame
from ..contract.vocabulary import DECIDED_VERDICTS, SPECIFIC_ENTITY_TYPES
from ..parse.published import year_bound
from ..rules.statements import StatementRules
from .claims import checkable
from .judge import (
    DATE_SLACK,
    NAME_TYPES,
    Name,
    Number,
    Sentence,
    Time,
    antecedent,
    described_within,
    judge_sentence,
    overall,
)
from .record import Record, period

DAY = r"^\d{4}-\d{2}-\d{2}$"
PLACED_CUE = "chip_controls"  # the action that makes a sentence naming only countries a claim
DESCRIBED = "anaphoric_subject"  # opening words that make a sentence about a thing named before
# how many sentences back a definite description ("The system ...") may find what it stands
# for: one or two sentences of comment may come between the name and the description
ANTECEDENT_SENTENCES = 3


def publication_day(published_from: str, published_to: str) -> dt.date | None:
    """The day an article is judged as of: its publication date, the latest day it can have
    been published, or, when only a lower bound is known (the latest dated event the text
    reports), that bound: the article was written knowing at least that much. None when the
    article is undated."""
    day = published_to or published_from or ""
    return dt.date.fromisoformat(day) if day else None


def _local(frame: pd.DataFrame, cols: tuple[str, ...]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = defaultdict(list)
    for row in zip(*(frame[c].tolist() for c in ("sentence_id", "line_no", *cols))):
        out[row[0]].append(row[1:])
    return out


def judging_days(articles: pd.DataFrame) -> dict[str, dt.date | None]:
    """The day each article is judged as of (None: unknown, or known only to be no earlier
    than the start of a year: judged as of the record)."""
    return {aid: None if year_bound(e) else publication_day(a, b) for aid, a, b, e in zip(
        articles["article_id"], articles["published_from"].fillna(""),
        articles["published_to"].fillna(""), articles["published_evidence"].fillna(""))}


def statement_rows(tables: dict[str, pd.DataFrame], rules: StatementRules,
                   record: Record) -> pd.DataFrame:
    """One row per statement of every claim sentence in ``tables``, computed from the
    record."""
    sentences = checkable(tables["sentences"], tables["entities"], tables["quantities"],
                          tables["temporal"], rules.cue(PLACED_CUE),
                          rules.qualifiers[DESCRIBED])
    if sentences.empty:
        return empty_frame("statements")
    names = _local(tables["entities"], ("start", "end", "canonical", "type"))
    numbers = _local(tables["quantities"], ("start", "end", "value", "unit", "quantity_kind",
                                            "surface"))
    times = _local(tables["temporal"], ("start", "end", "time_kind", "resolved"))
    days = judging_days(tables["articles"])
    arts = tables["articles"]
    bounded = {aid for aid, day in days.items() if day is not None} & set(
        arts.loc[(arts["published_from"].fillna("") != "")
                 & (arts["published_to"].fillna("") == ""), "article_id"])
    today = record.latest
    place, before = _reading_order(tables["sentences"])
    spans = dict(zip(tables["sentences"]["sentence_id"],
                     zip(tables["sentences"]["text"], tables["sentences"]["start"])))
    first = _first_named(place, tables["entities"])
    chip_scope, trade_scope = rules.qualifiers["chip_scope"], rules.qualifiers["trade_scope"]
    rows = []
    for s in sentences.astype(object).itertuples(index=False):
        off = s.start

        def local(items, line=s.line_no, off=off):
            return [(a - off, b - off, *rest) for ln, a, b, *rest in items if ln == line]

        own = [Name(*x) for x in local(names.get(s.sentence_id, ()))]
        earlier, prev = [], before.get(s.sentence_id)
        while prev is not None and len(earlier) < ANTECEDENT_SENTENCES:
            text, start = spans[prev]
            earlier.append((text, [Name(a - start, b - start, c, t)
                                   for _, a, b, c, t in sorted(names.get(prev, ()))]))
            prev = before.get(prev)
        found = antecedent(s.text, earlier, rules)
        if found is not None and found.type == "org":
            own.append(found)  # "the firm" names the one organisation named just before
        if (found is None or found.type == "org") and not any(n.type in NAME_TYPES
                                                               for n in own):
            found = described_within(s.text, earlier, rules) or found
        own += described_orgs(s.text, own, rules, earlier[0][1] if earlier else ())
        sent = Sentence(
            s.text, own,
            [Number(a, b, float(v), u or "", k, surf)
             for a, b, v, u, k, surf in local(numbers.get(s.sentence_id, ()))],
            [Time(a, b, k, r or "") for a, b, k, r in local(times.get(s.sentence_id, ()))],
            s.attribution or "",
            antecedent=found if found is not None and found.type != "org" else None,
            after_chips=bool(earlier) and bool(chip_scope.search(earlier[0][0]))
            and bool(trade_scope.search(s.text)))
        here, named = place[s.sentence_id], first.get(s.article_id, {})
        sent.named_earlier = lambda name, here=here, named=named: named.get(name, here) < here
        as_of = days.get(s.article_id)
        for i, p in enumerate(judge_sentence(sent, rules, record, as_of, today,
                                             s.article_id in bounded), start=1):
            rows.append([
                f"{s.sentence_id}#{i}", s.sentence_id, s.article_id, s.line_no, p.start + off,
                p.end + off, s.text[p.start:p.end], p.kind, p.action, ";".join(p.subjects),
                p.value, p.unit, p.stated_date, p.attributed_to, p.statement,
                (as_of or today).isoformat(), p.verdict, "record", p.rationale,
                ";".join(dict.fromkeys(p.evidence)), p.verdict_today, p.note_today])
    if not rows:
        return empty_frame("statements")
    return pd.DataFrame(rows, columns=list(RESOURCES["statements"].fields))


def described_orgs(text: str, names: list[Name], rules: StatementRules,
                   before: Sequence[Name] = ()) -> list[Name]:
    """Organisations a sentence names again by a description ("Zhipu AI said it disagrees
    with a US decision to add the company to an export blacklist"): each description stands
    for the one organisation the sentence named before it, and for none when it named
    several. A sentence that names none before it takes the one organisation of the sentence
    right before (``before``: "Zhipu sells AI systems abroad. Washington put the company on
    its trade blacklist a year ago"), and none when that sentence named several (an opening
    description is :func:`.judge.antecedent`'s). Public bodies (``public_body``: "the
    Commerce Department placed Huawei ... bans the company") are not counted: a company's
    description is never theirs."""
    pattern, public = rules.qualifiers["org_description"], rules.qualifiers["public_body"]
    out: list[Name] = []
    orgs = sorted((n.end, n.canonical) for n in names  # a department is no company
                  if n.type == "org" and not public.search(n.canonical))
    prior = {n.canonical for n in before if n.type == "org" and not public.search(n.canonical)}
    carried = next(iter(prior)) if len(prior) == 1 else None
    spans = sorted((n.start, n.end) for n in names)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far
    k, first, several = 0, None, False  # one sweep over the organisations' ends
    for m in pattern.finditer(text):
        while k < len(orgs) and orgs[k][0] <= m.start():
            first = first or orgs[k][1]
            several = several or orgs[k][1] != first
            k += 1
        j = bisect.bisect_right(starts, m.start()) - 1
        inside = j >= 0 and reach[j] > m.start()  # the words are part of a name
        if first is not None and not several and not inside:
            out.append(Name(m.start(), m.end(), first, "org"))
        elif first is None and carried is not None and not inside:
            out.append(Name(m.start(), m.end(), carried, "org"))
    return out


def _reading_order(sentences: pd.DataFrame) -> tuple[dict[str, int], dict[str, str]]:
    """Each sentence's place in reading order, and the id of the sentence right before it in
    its article (for what an opening "It" or "The system" stands for,
    :func:`.judge.antecedent`)."""
    ordered = sentences.sort_values(["article_id", "line_no", "start"], kind="stable")
    ids, arts = ordered["sentence_id"].tolist(), ordered["article_id"].tolist()
    place = {sid: i for i, sid in enumerate(ids)}
    before = {ids[i]: ids[i - 1] for i in range(1, len(ids)) if arts[i] == arts[i - 1]}
    return place, before


def _first_named(place: dict[str, int], entities: pd.DataFrame) -> dict[str, dict[str, int]]:
    """For each article, the place (:func:`_reading_order`) of the sentence that first gave
    each name: whether a name came before a sentence is one lookup, however many names the
    article gives."""
    first: dict[str, dict[str, int]] = defaultdict(dict)
    for sid, aid, canon in zip(entities["sentence_id"], entities["article_id"],
                               entities["canonical"]):
        i = place.get(sid)
        if i is not None and first[aid].get(canon, i + 1) > i:
            first[aid][canon] = i
    return first


def _other_things(check, named: set[str], types: dict[str, str]) -> list[str]:
    """Chips, systems and models the sentence names that the check does not cover: of the
    same type as one it names (another model than the check's model), and not named by it."""
    covered = {*check.entities_all, *check.entities_any, *check.article_entities_any}
    kinds = {types[c] for c in covered if c in types}
    return sorted(n for n in named - covered if types.get(n) in kinds)


def _evidence_spans(record: Record | None) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """The dates of the record's facts, by event id and by fact id."""
    spans: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for f in record.facts if record is not None else ():
        if f.start is not None:
            span = (f.start - DATE_SLACK, (f.end or f.start) + DATE_SLACK)
            spans[f.fact_id].append(span)
            if f.event_id:
                spans[f.event_id].append(span)
    return spans


def _undated_day(stated: list[dt.date], evidence: Iterable[str],
                 spans: dict[str, list[tuple[dt.date, dt.date]]]) -> dt.date | None:
    """A day the sentence names on which none of the check's dated evidence falls (None
    when every day named fits, or when the evidence is undated)."""
    known = [s for e in evidence for s in spans.get(e, ())]
    if not known:
        return None
    for day in stated:
        if not any(a <= day <= b for a, b in known):
            return day
    return None


def check_rows(candidates: pd.DataFrame, sentences: pd.DataFrame,
               days: dict[str, dt.date | None], today: dt.date,
               entities: pd.DataFrame | None = None, temporal: pd.DataFrame | None = None,
               record: Record | None = None) -> pd.DataFrame:
    """One statement row per (claim, analyst check) that applies on the article's date or
    now: the check's verdict, rationale and evidence, as of publication and as of now.

    A check never supports a sentence that adds a specific it does not cover: a chip,
    system or model other than its own ("trained GLM-5 on Ascend" is not the GLM-Image
    claim), or a day on which none of its evidence happened ("cleared the listing hearing on
    17 December" is not "plans an IPO"). Such a sentence gets *unverifiable* from it, with
    the reason."""
    if candidates.empty:
        return empty_frame("statements")
    spans = _evidence_spans(record)
    named_days: dict[str, list[dt.date]] = defaultdict(list)
    if temporal is not None:
        exact = temporal[temporal["resolved"].fillna("").str.match(DAY)]
        for sid, value in zip(exact["sentence_id"], exact["resolved"]):
            named_days[sid].append(period(value))
    sents = sentences.set_index("sentence_id")
    things: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str] = {}
    if entities is not None:
        types = dict(zip(entities["canonical"], entities["type"]))
        kinds = entities[entities["type"].isin(SPECIFIC_ENTITY_TYPES)]
        for sid, canon in zip(kinds["sentence_id"], kinds["canonical"]):
            things[sid].add(canon)
    rows = []
    for sid, aid, checks in zip(candidates["sentence_id"], candidates["article_id"],
                                candidates["_checks"]):
        if not checks:
            continue
        day = days.get(aid)
        as_of = day or today
        s = sents.loc[sid]
        end = int(s["end"]) if int(s["end_line_no"]) == int(s["line_no"]) else \
            int(s["start"]) + len(s["text"])
        for c in checks:
            then, now = c.verdict_on(as_of), c.verdict_on(today)
            if not (then or now):
                continue
            note = "" if then == now else (
                f"the check holds from {c.valid_from}" if not then else
                f"changed on {c.valid_to}" if c.valid_to else "")
            why = c.rationale + ("" if day else " (publication date unknown: judged as of "
                                 "the record's date)")
            others = _other_things(c, things.get(sid, set()), types)
            off_day = _undated_day(named_days.get(sid, []), c.evidence, spans)
            if (others or off_day) and "supported" in (then, now):
                then = "unverifiable" if then == "supported" else then
                now = "unverifiable" if now == "supported" else now
                why = (f"the sentence is about {', '.join(others)}, which this check does not "
                       f"cover; the check: {c.rationale}" if others else
                       f"the sentence dates it {off_day}, when none of the check's evidence "
                       f"happened; the check: {c.rationale}")
            rows.append([f"{sid}#{c.check_id}", sid, aid, int(s["line_no"]), int(s["start"]),
                         end, s["text"], c.kind, "", ";".join(c.entities_all or c.entities_any),
                         None, "", "", s["attribution"] or "", c.claim, as_of.isoformat(),
                         then, "check", why, ";".join(c.evidence), now or then, note])
    if not rows:
        return empty_frame("statements")
    return pd.DataFrame(rows, columns=list(RESOURCES["statements"].fields))


def claim_verdicts(candidates: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """The claims with one verdict each, as of publication and now, from all the statements
    of their sentence (computed and checks): see :func:`.judge.overall`. A credit the record
    cannot check (an attribution left unverifiable) is listed with the claim but does not
    weigh on its verdict."""
    out = candidates.copy()
    then: dict[str, list[str]] = defaultdict(list)
    now: dict[str, list[str]] = defaultdict(list)
    for sid, kind, v, t in zip(statements["sentence_id"], statements["statement_kind"],
                               statements["verdict"].fillna(""),
                               statements["verdict_today"].fillna("")):
        if kind == "attribution" and v == "unverifiable" and t == "unverifiable":
            # who is credited is sourcing, not a detail of the claim: a credit the record
            # cannot check does not make a supported claim partly supported
            then[sid].append("")
            now[sid].append("")
            continue
        then[sid].append(v)
        now[sid].append(t)
    out["verdict"] = [overall(then.get(sid, [])) for sid in out["sentence_id"]]
    out["verdict_today"] = [overall(now.get(sid, [])) for sid in out["sentence_id"]]
    keys = record_keys(statements)
    out["group_id"] = [g or (f"record:{keys[sid]}" if sid in keys else "")
                       for g, sid in zip(out["group_id"], out["sentence_id"])]
    return out


def record_keys(statements: pd.DataFrame) -> dict[str, str]:
    """Per sentence, what it asserts that the record decides, as one key, so that claims in
    other articles asserting the same can be counted together: every statement judged
    against the record, each as the fact it rests on, its figure and its verdict ("Zhipu
    raised HK$4.35 billion in its listing" in three articles is one claim told three times,
    however each is worded; "listed in January 2025" is another claim, partly supported)."""
    decided = statements[(statements["basis"] == "record")
                         & statements["verdict"].isin(DECIDED_VERDICTS)
                         & (statements["statement_kind"] != "attribution")]
    parts: dict[str, set[str]] = defaultdict(set)
    for sid, evidence, value, unit, verdict in zip(
            *(decided[c].tolist() for c in ("sentence_id", "evidence", "value", "unit",
                                            "verdict"))):
        fact = str(evidence or "").split(";", 1)[0]
        figure = value is not None and not pd.isna(value)
        parts[sid].add(f"{fact}" + (f" {float(value):g} {unit}".rstrip() if figure else "")
                       + f" {verdict}")
    return {sid: "; ".join(sorted(keys)) for sid, keys in parts.items()}
