"""Score the computed verdicts on the labelled sets of real articles (``make score``).

Each labelled statement (``tests/data/*/labels``: the sentence, its kind, the verdict a careful
reader gives as of publication and today, the evidence ids) is paired with one statement the
parser found in the same sentence and resting on the same record: the one sharing most
evidence ids; a found statement that cites no evidence pairs by kind. Among those, a found
statement whose own words (its action's or metric's cue in ``statement_rules.csv``, or the
superlative) occur in the labelled statement goes first: "GLM-5 was trained entirely on Ascend"
is the found "a model trained on this hardware", not the release beside it that shares the
event's evidence.
The scores a reader needs:

* **claim sentences judged**: the share of claim sentences (every sentence the parser reads
  as a claim, labelled or not) with at least one statement the record decides (any verdict
  but *unverifiable*), and the share with any computed verdict (unverifiable included: the
  record was searched and is silent);
* **correct**: of the paired statements the parser decided, the share whose verdict is the
  labelled one; and of all paired statements (unverifiable included);
* **wrong "supported"**: statements the parser calls supported where the reader found the
  record silent or against them (the target is zero);
* **as of today**: the same agreement for the verdict as of the record's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from ..contract.vocabulary import DECIDED_VERDICTS
from ..rules.rulebook import Rulebook
from ..rules.statements import StatementRules

SPACE = re.compile(r"\s+")
DECIDED = DECIDED_VERDICTS


def _norm(text: str) -> str:
    return SPACE.sub(" ", text).strip().casefold()


@dataclass
class VerdictScore:
    claim_sentences: int = 0
    with_verdict: int = 0
    judged_sentences: int = 0
    labelled: int = 0
    paired: int = 0
    decided: int = 0
    decided_correct: int = 0
    all_correct: int = 0
    today_correct: int = 0
    wrong_supported: int = 0
    wrong: list[dict] = field(default_factory=list)

    def row(self, set_name: str, n_articles: int) -> dict[str, str]:
        def share(a: int, b: int) -> str:
            return f"{a / b:.2f}" if b else ""

        return {
            "set": set_name, "articles": str(n_articles),
            "claim sentences": str(self.claim_sentences),
            "with a verdict": share(self.with_verdict, self.claim_sentences),
            "judged share": share(self.judged_sentences, self.claim_sentences),
            "labelled statements": str(self.labelled), "paired": str(self.paired),
            "decided": str(self.decided), "decided correctly": str(self.decided_correct),
            "correct share": share(self.decided_correct, self.decided),
            "agreement (all paired)": share(self.all_correct, self.paired),
            "agreement now": share(self.today_correct, self.paired),
            "wrong supported": str(self.wrong_supported),
        }


def _sentence_ids(sentences: pd.DataFrame, aid: str, line: int, text: str) -> list[str]:
    """The parser's sentences that hold the labelled sentence (or lie inside it)."""
    want = _norm(text)
    mine = sentences[(sentences["article_id"] == aid) & (sentences["line_no"] == line)]
    out = [sid for sid, t in zip(mine["sentence_id"], mine["text"])
           if _norm(t) and (_norm(t) in want or want in _norm(t))]
    return out


WORD = re.compile(r"[a-z0-9]+")


def _overlap(lab: dict, part: dict) -> float:
    """Share of words two statements have in common (0 to 1): among statements resting on
    the same record, the one saying the same thing pairs first."""
    a = set(WORD.findall(lab.get("statement", "").lower()))
    b = set(WORD.findall(f"{part['statement']} {part['surface']}".lower()))
    return len(a & b) / len(a | b) if a | b else 0.0


FIGURE = re.compile(r"(?<![\w.-])\d+(?:[.,]\d+)*(?![\w-])")  # not "H20" or "GLM-5"


def _figures(text: str) -> set[str]:
    """The figures a statement states, not the numbers of product names ("Ascend 910",
    "CloudMatrix 384": a number right after a capitalised word)."""
    out = set()
    for m in FIGURE.finditer(text):
        word = text[:m.start()].rstrip().rsplit(" ", 1)[-1]
        if not (word[:1].isupper() and text[m.start() - 1:m.start()] == " "):
            out.add(m.group(0).replace(",", ""))
    return out


def _figures_agree(lab: dict, part: dict) -> int:
    """+1 when a labelled and a found statement state a figure in common, -1 when both state
    figures and none in common ("44 billion active" is not "744 billion in total"), else 0."""
    a, b = _figures(lab.get("statement", "")), _figures(str(part["statement"]))
    if not a or not b:
        return 0
    return 1 if a & b else -1


def _says(lab: dict, part: dict, cues: dict[str, re.Pattern[str]]) -> bool:
    """Whether the labelled statement's wording holds the found statement's own cue: its
    action's or metric's, or the superlative's for a superlative statement."""
    text = lab.get("statement", "")
    rx = cues.get(str(part.get("action") or ""))
    if rx is None and str(part["statement"]).startswith("a superlative"):
        rx = cues.get(SUPERLATIVE)
    return bool(rx is not None and rx.search(text))


def _about_superlative(lab: dict, part: dict) -> bool:
    """Whether a found superlative's phrase makes up most of the labelled statement's words:
    "The H200 is the first GPU to use HBM3e" is about its "first"; "In October 2022 the US
    for the first time restricted exports of Nvidia's chips" is about the act."""
    if not str(part["statement"]).startswith("a superlative"):
        return False
    a = WORD.findall(lab.get("statement", "").lower())
    b = set(WORD.findall(str(part["statement"]).lower())) - {"a", "superlative"}
    return bool(a) and sum(w in b for w in a) >= len(a) / 2


SUPERLATIVE = "superlative"
SAYS = 6  # outweighs shared evidence (2 per id): the same act or metric first


def _pair(labels: list[dict], parts: list[dict], cues: dict[str, re.Pattern[str]] | None = None
          ) -> list[tuple[dict, dict | None]]:
    """Pair each labelled statement with at most one found statement, best matches first.

    Two statements are the same statement only if they rest on the same record: a found
    statement that cites evidence pairs only with a labelled one sharing an evidence id (the
    event, the chip figure, the source); one that cites none (a figure the record does not
    hold, a credit) pairs with a labelled statement of the same kind, or one in its words
    ("The H200 is the first GPU to use HBM3e", labelled a specification, is the found
    superlative whatever kind each gives it). Among candidates, a
    found statement whose cue (``cues``: action or metric name to pattern) the labelled
    statement's wording holds goes first (a superlative before a metric word: "the first GPU
    to use HBM3e" is the "first", not the memory), then the pair sharing most evidence,
    whose statements share most words and state the same figure."""
    cues = cues or {}
    scored = []
    for i, lab in enumerate(labels):
        ev = set(lab.get("evidence", []))
        for j, p in enumerate(parts):
            found = set(filter(None, str(p["evidence"] or "").split(";")))
            shared = len(ev & found)
            same_kind = lab["kind"] == p["statement_kind"]
            says = _says(lab, p, cues)
            if (found and not shared) or not (shared or same_kind or says):
                continue
            first = says and _about_superlative(lab, p)
            scored.append((-(SAYS * (says + first) + 2 * shared + same_kind
                             + _overlap(lab, p) + _figures_agree(lab, p)), i, j))
    pairs: dict[int, dict | None] = {}
    taken: set[int] = set()
    for _, i, j in sorted(scored):
        if i in pairs or j in taken:
            continue
        pairs[i] = parts[j]
        taken.add(j)
    return [(lab, pairs.get(i)) for i, lab in enumerate(labels)]


def cue_patterns(rules: StatementRules) -> dict[str, re.Pattern[str]]:
    """Each action's and metric's cue by name, and the superlative's, for :func:`_pair`."""
    return {**{c.name: c.pattern for c in (*rules.actions, *rules.metrics)},
            SUPERLATIVE: rules.qualifiers[SUPERLATIVE]}


def score_verdicts(tables: dict[str, pd.DataFrame], labels: dict[str, dict],
                   rules: StatementRules | None = None) -> VerdictScore:
    """Verdict scores over the labelled articles of one set (``rules``: the statement rules
    the tables were parsed with; the packaged ones by default)."""
    sc = VerdictScore()
    cues = cue_patterns(rules or Rulebook.load().statements)
    st, sents, claims = tables["statements"], tables["sentences"], tables["claims"]
    wanted = set(labels)
    claim_ids = set(claims.loc[claims["article_id"].isin(wanted), "sentence_id"])
    judged = set(st.loc[st["verdict"].isin(DECIDED), "sentence_id"])
    sc.claim_sentences = len(claim_ids)
    sc.with_verdict = len(claim_ids & set(st.loc[st["verdict"] != "", "sentence_id"]))
    sc.judged_sentences = len(claim_ids & judged)
    by_sentence = {sid: g.to_dict("records") for sid, g in st.groupby("sentence_id")}
    for aid, lab in labels.items():
        groups: dict[tuple[str, ...], list[dict]] = {}
        for s in lab.get("statements", []):
            sc.labelled += 1
            ids = tuple(_sentence_ids(sents, aid, s["line"], s["sentence"]))
            groups.setdefault(ids, []).append(s)
        for ids, labs in groups.items():
            parts = [p for sid in ids for p in by_sentence.get(sid, [])]
            for lab_s, part in _pair(labs, parts, cues):
                if part is None:
                    continue
                sc.paired += 1
                sc.all_correct += part["verdict"] == lab_s["as_published"]
                sc.today_correct += part["verdict_today"] == lab_s["today"]
                if part["verdict"] in DECIDED:
                    sc.decided += 1
                    ok = part["verdict"] == lab_s["as_published"]
                    sc.decided_correct += ok
                    if not ok:
                        sc.wrong.append({"article": aid, "line": lab_s["line"],
                                         "labelled": lab_s["as_published"],
                                         "found": part["verdict"],
                                         "statement": lab_s["statement"],
                                         "found_statement": part["statement"],
                                         "rationale": part["rationale"]})
                    if part["verdict"] == "supported" and lab_s["as_published"] not in (
                            "supported", "partly supported"):
                        sc.wrong_supported += 1
    return sc
