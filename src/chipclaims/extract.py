"""Sentence-level extraction for one article: sentences, entities, quantities, time
expressions, topics, hedging and attribution, each row with its provenance.

Offsets in the output are columns in the original line (``line_no``), so for any row
``line_text[start:end] == surface``. Everything the extraction needs is loaded once into an
:class:`Extraction` and passed in; nothing is read at import time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .attribution import HedgeRules, attribute
from .claims import Check, Facet, load_checks, load_facets
from .entities import Extractor, Mention
from .quantities import QuantityFinder
from .sentences import paragraphs, split
from .temporal import PubDate, TimeFinder, date_spans, load_publication_dates
from .topics import TopicRules

CONTENT_FOR_SENTENCES = ("title", "heading", "body", "list_item", "table_row")


@dataclass(frozen=True)
class Extraction:
    """The loaded rule tables for extraction and checking."""

    entities: Extractor
    quantities: QuantityFinder
    times: TimeFinder
    topics: TopicRules
    hedges: HedgeRules
    dates: dict[str, PubDate]
    facets: tuple[Facet, ...]
    checks: tuple[Check, ...]

    @classmethod
    def load(cls, data_dir: str | Path | None = None,
             publication_dates: str | Path | None = None) -> Extraction:
        """Load the packaged tables, or same-named files from ``data_dir`` where present."""
        def pick(name: str) -> Path | None:
            if data_dir is None:
                return None
            path = Path(data_dir) / name
            return path if path.exists() else None

        return cls(
            Extractor.load(pick("gazetteer.csv"), pick("entity_patterns.csv")),
            QuantityFinder.load(pick("units.csv"), pick("currencies.csv")),
            TimeFinder.load(pick("relative_dates.csv")),
            TopicRules.load(pick("topics.csv")),
            HedgeRules.load(pick("hedges.csv")),
            load_publication_dates(publication_dates or pick("publication_dates.csv")),
            load_facets(pick("facets.csv")),
            load_checks(pick("checks.csv")),
        )


def _row(sentence, paragraph, a: int, b: int, **extra) -> dict:
    line_no, col = paragraph.locate(a)
    return {"sentence_id": sentence.sentence_id, "article_id": sentence.article_id,
            "line_no": line_no, "start": col, "end": col + (b - a), **extra}


def extract_article(article_id: str, lines: Sequence[tuple[int, str, str]],
                    ex: Extraction) -> dict[str, list[dict]]:
    """Rows of the sentences, entities, quantities and temporal tables for one article.

    ``lines`` are ``(line_no, kind, text)`` for every line of the article.
    """
    out: dict[str, list[dict]] = {"sentences": [], "entities": [], "quantities": [],
                                  "temporal": []}
    pub = ex.dates.get(article_id)
    content = [ln for ln in lines if ln[1] in CONTENT_FOR_SENTENCES]
    for para in paragraphs(article_id, content):
        mentions = ex.entities.find(para.text)
        times = ex.times.find(para.text, pub)
        numbers = ex.quantities.find(para.text, mentions, date_spans(times))
        for sent in split(para):
            lo, hi = sent.offset, sent.offset + len(sent.text)
            inside = [m for m in mentions if lo <= m.start and m.end <= hi]
            local = [Mention(m.start - lo, m.end - lo, m.surface, m.canonical, m.type,
                             m.source, m.flag) for m in inside]
            topics = ex.topics.assign(sent.text, (t for m in inside for t in
                                                  ex.entities.topics_by_canonical.get(
                                                      m.canonical, ())))
            out["sentences"].append({
                "sentence_id": sent.sentence_id, "article_id": article_id,
                "line_no": sent.line_no, "start": sent.start, "end_line_no": sent.end_line_no,
                "end": sent.end, "text": sent.text, "block": para.kind,
                "topics": ";".join(topics), "hedged": ex.hedges.hedged(sent.text),
                "attribution": attribute(sent.text, local),
            })
            for m in inside:
                if "\n" in para.text[m.start:m.end]:
                    continue
                out["entities"].append(_row(sent, para, m.start, m.end, surface=m.surface,
                                            canonical=m.canonical, type=m.type,
                                            source=m.source, flag=m.flag))
            for q in numbers:
                if lo <= q.start < hi and "\n" not in para.text[q.start:q.end]:
                    out["quantities"].append(_row(sent, para, q.start, q.end, surface=q.surface,
                                                  value=q.value, unit=q.unit, kind=q.kind))
            for t in times:
                if lo <= t.start < hi and "\n" not in para.text[t.start:t.end]:
                    out["temporal"].append(_row(sent, para, t.start, t.end, surface=t.surface,
                                                kind=t.kind, resolved=t.resolved))
    return out
