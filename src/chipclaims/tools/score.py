"""Score the parser on the development set of real articles (``make score``).

The development set (``tests/data/dev``: articles plus hand labels, see its README) holds
pages the rules were not written for. This module parses the articles exactly as a user
would (the packaged rules), compares every layer with the labels and prints precision and
recall per layer, so a change that helps the seeds but hurts unseen pages shows up here:

* **boilerplate**: non-empty lines labelled debris vs lines the parser set aside;
* **entities**: per article, the labelled aliases vs the surfaces the parser found (a
  possessive ``'s`` is not part of a name);
* **quantities**, **times**: occurrences matched on the same line when one surface contains
  the other, each found occurrence used once;
* **topics**: mean Jaccard agreement of each article's topics (``articles.csv``);
* **publication date**: a labelled date is found when the inferred day or interval holds it;
* **boilerplate (jusText alone)**: the peer a user might reach for, jusText with each line as
  a paragraph, on the same lines;
* **verdicts** (:mod:`.verdicts`): the share of claim sentences the record or a check
  judges, and how many of the verdicts agree with the labelled ones.

The scores are written to CSV files (the book's methodology page shows them).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..pipeline import load_corpus
from .csvout import write_rows
from .verdicts import score_verdicts

LAYERS = ("boilerplate", "entities", "quantities", "times", "topics", "publication date")
PEER = "boilerplate (jusText alone)"


@dataclass
class Score:
    """True positives, false positives and false negatives of one layer."""

    layer: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    agreement: float | None = None  # for topics: mean Jaccard

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_labels(folder: Path) -> dict[str, dict]:
    """The hand labels by article id."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((folder / "labels").glob("*.json"))}


def _name(surface: str) -> str:
    for tail in ("'s", "’s"):
        if surface.endswith(tail):
            return surface[: -len(tail)]
    return surface


def _match_spans(labelled: Iterable[tuple[int, str]], found: Iterable[tuple[int, str]],
                 score: Score) -> None:
    """Match (line, surface) occurrences: same line, one surface inside the other."""
    pool: dict[int, list[str]] = {}
    for line, surface in found:
        pool.setdefault(int(line), []).append(surface.casefold())
    n_found = sum(len(v) for v in pool.values())
    hits = 0
    for line, surface in labelled:
        want = surface.casefold()
        cands = pool.get(int(line), [])
        k = next((i for i, s in enumerate(cands) if s == want), None)
        if k is None:
            k = next((i for i, s in enumerate(cands) if want in s or s in want), None)
        if k is not None:
            cands.pop(k)
            hits += 1
        else:
            score.fn += 1
    score.tp += hits
    score.fp += n_found - hits


def justext_lines(text: str) -> set[int]:
    """Line numbers jusText alone calls boilerplate, each non-empty line given to it as one
    paragraph (its English stop list, default settings): the peer the structural detectors
    are measured against."""
    import html

    import justext

    lines = text.split("\n")
    numbered = [(i, line) for i, line in enumerate(lines, start=1) if line.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for _, line in numbered) \
        + "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist("English"))
    return {n for (n, _), p in zip(numbered, paragraphs) if p.is_boilerplate}


def score_peer(folder: Path, labels: dict[str, dict]) -> Score:
    """jusText alone on the same articles and labels."""
    score = Score(PEER)
    for aid, lab in labels.items():
        text = (folder / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        said, truth = justext_lines(text), set(lab["boilerplate_lines"])
        score.tp += len(said & truth)
        score.fp += len(said - truth)
        score.fn += len(truth - said)
    return score


def _score_date(row: pd.DataFrame, want: str | None, score: Score) -> None:
    """A labelled date is found when the inferred day or interval holds it (an interval open at
    the top counts when its lower bound is not after it); wrong when it does not."""
    if not want:
        return
    lo, hi = (row["published_from"].iloc[0], row["published_to"].iloc[0]) if len(row) else ("", "")
    if not lo:
        score.fn += 1
    elif lo <= want and (not hi or want <= hi):
        score.tp += 1
    else:
        score.fp += 1
        score.fn += 1


def score_corpus(tables: dict[str, pd.DataFrame], labels: dict[str, dict]) -> list[Score]:
    """Scores of every layer over the articles that have labels."""
    scores = {name: Score(name) for name in LAYERS}
    lines, ents = tables["lines"], tables["entities"]
    qty, tim, arts = tables["quantities"], tables["temporal"], tables["articles"]
    jaccard = []
    for aid, lab in labels.items():
        mine = lines[lines["article_id"] == aid]
        said = set(mine.loc[mine["kind"] == "boilerplate", "line_no"].astype(int))
        truth = set(lab["boilerplate_lines"])
        b = scores["boilerplate"]
        b.tp += len(said & truth)
        b.fp += len(said - truth)
        b.fn += len(truth - said)
        found = {_name(s) for s in ents.loc[ents["article_id"] == aid, "surface"]}
        names = {a for e in lab["entities"] for a in e["aliases"]}
        e = scores["entities"]
        e.tp += len(found & names)
        e.fp += len(found - names)
        e.fn += len(names - found)
        for layer, frame, key in (("quantities", qty, "quantities"), ("times", tim, "times")):
            part = frame[frame["article_id"] == aid]
            _match_spans([(x["line"], x["surface"]) for x in lab[key]],
                         zip(part["line_no"], part["surface"]), scores[layer])
        topics = {t for ts in arts.loc[arts["article_id"] == aid, "topics"]
                  for t in ts.split(";") if t}
        want = set(lab["topics"])
        jaccard.append(len(topics & want) / len(topics | want) if topics | want else 1.0)
        _score_date(arts[arts["article_id"] == aid], lab["published"],
                    scores["publication date"])
    scores["topics"].agreement = sum(jaccard) / len(jaccard) if jaccard else None
    return list(scores.values())


def rows(scores: list[Score], set_name: str, n_articles: int) -> list[dict[str, str]]:
    """The scores of one set as table rows (precision and recall, or agreement for topics)."""
    out = []
    for sc in scores:
        row = {"set": set_name, "layer": sc.layer, "articles": str(n_articles),
               "labelled": "", "precision": "", "recall": "", "agreement": ""}
        if sc.agreement is not None:
            row["agreement"] = f"{sc.agreement:.2f}"
        else:
            row |= {"labelled": str(sc.tp + sc.fn), "precision": f"{sc.precision:.2f}",
                    "recall": f"{sc.recall:.2f}"}
        out.append(row)
    return out


def score_set(folder: Path) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Parse one labelled set as a user would and score every layer, plus the peer, and the
    verdicts."""
    labels = load_labels(folder)
    corpus = load_corpus(folder / "articles")
    scores = [*score_corpus(corpus.tables, labels), score_peer(folder, labels)]
    rules = corpus.rulebook.statements if corpus.rulebook is not None else None
    verdicts = score_verdicts(corpus.tables, labels, rules).row(folder.name, len(labels))
    return rows(scores, folder.name, len(labels)), verdicts


README_COLUMNS = ("set", "articles", "claim sentences", "with a verdict", "judged share",
                  "labelled statements", "decided", "correct share", "agreement (all paired)",
                  "wrong supported")
MARKERS = ("<!-- verdict-scores: written by make score -->", "<!-- /verdict-scores -->")


def verdict_markdown(rows: list[dict[str, str]]) -> str:
    """The verdict scores as the README's markdown table."""
    head = "| " + " | ".join(README_COLUMNS) + " |\n|" + "---|" * len(README_COLUMNS) + "\n"
    return head + "".join("| " + " | ".join(r[c] for c in README_COLUMNS) + " |\n"
                          for r in rows)


def update_readme(path: Path, rows: list[dict[str, str]]) -> None:
    """Replace the table between the README's verdict-score markers."""
    text = path.read_text(encoding="utf-8")
    a, b = text.index(MARKERS[0]) + len(MARKERS[0]), text.index(MARKERS[1])
    path.write_text(text[:a] + "\n" + verdict_markdown(rows) + text[b:], encoding="utf-8")


def _write(path: Path, result: list[dict[str, str]]) -> None:
    write_rows(path, list(result[0]), result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+",
                        help="labelled set folders (articles/, labels/), e.g. tests/data/dev")
    parser.add_argument("--out", type=Path, help="CSV file for the layer scores")
    parser.add_argument("--verdicts-out", type=Path, help="CSV file for the verdict scores")
    parser.add_argument("--readme", type=Path, help="README whose verdict table to update")
    args = parser.parse_args(argv)
    scored = [score_set(folder) for folder in args.sets]
    result = [row for layers, _ in scored for row in layers]
    verdicts = [v for _, v in scored]
    print(f"{'set':<8} {'layer':<28} {'labelled':>8} {'precision':>9} {'recall':>6} "
          f"{'agreement':>9}")
    for r in result:
        print(f"{r['set']:<8} {r['layer']:<28} {r['labelled']:>8} {r['precision']:>9} "
              f"{r['recall']:>6} {r['agreement']:>9}")
    print()
    print(f"{'set':<8} {'claims':>6} {'verdict':>7} {'judged':>7} {'labelled':>8} "
          f"{'decided':>7} {'correct':>7} {'all agree':>9} {'wrong supported':>15}")
    for v in verdicts:
        print(f"{v['set']:<8} {v['claim sentences']:>6} {v['with a verdict']:>7} "
              f"{v['judged share']:>7} {v['labelled statements']:>8} {v['decided']:>7} "
              f"{v['correct share']:>7} {v['agreement (all paired)']:>9} "
              f"{v['wrong supported']:>15}")
    if args.out is not None:
        _write(args.out, result)
    if args.verdicts_out is not None:
        _write(args.verdicts_out, verdicts)
    if args.readme is not None:
        update_readme(args.readme, verdicts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
