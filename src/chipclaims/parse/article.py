"""One article to rows: its lines, markdown tables, sentences, entities, quantities, time
expressions, topics, hedging and attribution, each row with its provenance.

Offsets in the output are columns in the original line (``line_no``), so for any row
``line_text[start:end] == surface``. Everything this step needs is built once from the
:class:`~chipclaims.rules.Rulebook` into an :class:`ArticleParser`; it knows nothing of
facets, checks or other articles (those are the linking step's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ..contract.vocabulary import CONTENT_KINDS
from ..rules import PubDate, Rulebook
from ..rules.boilerplate import Rule
from .entities import Extractor, Seen
from .lines import classify_lines, title_of
from .mdtables import run_to_long, table_runs
from .names import Mention
from .published import from_date_line, latest_event
from .quantities import QuantityFinder
from .reader import Article
from .sentences import paragraphs, split
from .spans import within
from .structure import Structure
from .temporal import TimeFinder
from .topics import TopicRules, article_topics
from .voice import Voice


@dataclass(frozen=True)
class ArticleParser:
    """The finders for every per-article table, built from one rulebook."""

    boilerplate: tuple[Rule, ...]
    structure: Structure
    entities: Extractor
    quantities: QuantityFinder
    times: TimeFinder
    topics: TopicRules
    voice: Voice
    dates: dict[str, PubDate]

    @classmethod
    def from_rulebook(cls, book: Rulebook) -> ArticleParser:
        return cls(
            book.boilerplate,
            Structure(book.words),
            Extractor(book.gazetteer, book.entity_patterns, book.words, book.places),
            QuantityFinder(book.units, book.currencies, book.words),
            TimeFinder(book.relative_dates, book.words),
            TopicRules(book.topics),
            Voice(book.hedges, book.words),
            book.dates,
        )

    def parse(self, article: Article, extract: bool = True) -> dict[str, list[dict]]:
        """Rows of every per-article table for one article (a skipped file yields only its
        articles row). With ``extract`` false only the line-level tables are produced."""
        labels = classify_lines(article.lines, self.boilerplate, self.structure)
        aid = article.article_id
        lines = [{"article_id": aid, "line_no": i, "kind": lab.kind, "reason": lab.reason,
                  "rule_id": lab.rule_id, "text": text}
                 for i, (text, lab) in enumerate(zip(article.lines, labels), start=1)]
        pub, evidence = self.published(article, labels)
        articles = [{
            "article_id": aid, "file": article.file,
            "title": title_of(article.lines, labels), "n_lines": len(article.lines),
            "n_content_lines": sum(1 for lab in labels if lab.kind in CONTENT_KINDS),
            "n_boilerplate_lines": sum(1 for lab in labels if lab.kind == "boilerplate"),
            "sha256": article.sha256, "encoding": article.encoding, "status": article.status,
            "duplicate_of": "", "topics": "",
            "published_from": pub.date_min.isoformat() if pub else "",
            "published_to": pub.date_max.isoformat() if pub else "",
            "published_evidence": evidence,
        }]
        cells: list[dict] = []
        if any(lab.kind == "table_row" for lab in labels):
            for k, run in enumerate(table_runs(pd.DataFrame(lines)), start=1):
                cells += run_to_long(run, f"{aid}#table{k}")
        out = {"articles": articles, "lines": lines, "tables": cells}
        if extract:
            out |= self.extract(aid, [(r["line_no"], r["kind"], r["text"]) for r in lines], pub)
            articles[0]["topics"] = article_topics(s["topics"] for s in out["sentences"])
            if pub is None:
                found = latest_event(out["sentences"], out["temporal"])
                if found is not None:
                    articles[0]["published_from"] = found[0].isoformat()
                    articles[0]["published_evidence"] = (
                        "no date line; published no earlier than the " + found[1])
        return out

    def published(self, article: Article, labels: Sequence) -> tuple[PubDate | None, str]:
        """The article's publication date from the override file or its date line, with the
        evidence; ``None`` and the reason when neither settles it."""
        override = self.dates.get(article.article_id)
        if override is not None:
            return override, "override (publication_dates.csv): " + override.evidence
        found = from_date_line(article.lines, labels, self.times)
        if found is not None:
            return found
        return None, "undated: no date line, and no dated event reported in the past tense"

    def extract(self, article_id: str, lines: Sequence[tuple[int, str, str]],
                pub: PubDate | None = None) -> dict[str, list[dict]]:
        """Rows of the sentences, entities, quantities and temporal tables for one article;
        ``lines`` are ``(line_no, kind, text)`` for every line of the article."""
        out: dict[str, list[dict]] = {"sentences": [], "entities": [], "quantities": [],
                                      "temporal": []}
        content = [ln for ln in lines if ln[1] in CONTENT_KINDS]
        seen = Seen()  # people and organisations named so far, for later paragraphs
        for para in paragraphs(article_id, content):
            mentions = self.entities.find(para.text, seen)
            seen.learn(mentions, para.text)
            times = self.times.find(para.text, pub)
            numbers = self.quantities.find(para.text, mentions,
                                           [(t.start, t.end, t.time_kind) for t in times])
            starts = ([m.start for m in mentions], [q.start for q in numbers],
                      [t.start for t in times])
            for sent in split(para):
                lo, hi = sent.offset, sent.offset + len(sent.text)
                inside = [m for m in within(mentions, starts[0], lo, hi) if m.end <= hi]
                local = [Mention(m.start - lo, m.end - lo, m.surface, m.canonical, m.type,
                                 m.source, m.flag) for m in inside]
                by_name = self.entities.topics_by_canonical
                topics = self.topics.assign(sent.text, (t for m in inside
                                                        for t in by_name.get(m.canonical, ())))
                out["sentences"].append({
                    "sentence_id": sent.sentence_id, "article_id": article_id,
                    "line_no": sent.line_no, "start": sent.start,
                    "end_line_no": sent.end_line_no, "end": sent.end, "text": sent.text,
                    "block": para.kind, "topics": ";".join(topics),
                    "hedged": self.voice.hedged(sent.text),
                    "attribution": self.voice.attribute(sent.text, local),
                })
                for m in inside:
                    if "\n" not in para.text[m.start:m.end]:
                        out["entities"].append(_row(sent, para, m.start, m.end,
                                                    surface=m.surface, canonical=m.canonical,
                                                    type=m.type, source=m.source, flag=m.flag))
                for q in within(numbers, starts[1], lo, hi):
                    if "\n" not in para.text[q.start:q.end]:
                        out["quantities"].append(_row(sent, para, q.start, q.end,
                                                      surface=q.surface, value=q.value,
                                                      unit=q.unit,
                                                      quantity_kind=q.quantity_kind))
                for t in within(times, starts[2], lo, hi):
                    if "\n" not in para.text[t.start:t.end]:
                        out["temporal"].append(_row(sent, para, t.start, t.end,
                                                    surface=t.surface, time_kind=t.time_kind,
                                                    resolved=t.resolved))
        return out


def _row(sentence, paragraph, a: int, b: int, **extra) -> dict:
    line_no, col = paragraph.locate(a)
    return {"sentence_id": sentence.sentence_id, "article_id": sentence.article_id,
            "line_no": line_no, "start": col, "end": col + (b - a), **extra}
