"""Judge one sentence on demand (``chipclaims judge "SENTENCE" [--date YYYY-MM-DD]``).

An analyst reading a new article pastes a sentence; the sentence goes through the same
parser as any article (names, numbers, dates) and the same judge as the corpus, as of the
given date (the article's publication date) and as of the record's date, and the verdicts come
back with their rationale and evidence (source title and address).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .link.record import Record
from .link.statements import statement_rows
from .parse import ArticleParser, read_article
from .pipeline import default_record, frames_from_rows
from .rules import Rulebook
from .rules.time import PubDate

LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
LATIN = re.compile(r"[A-Za-z]")
WORD = re.compile(r"[A-Za-z']+")
ARTICLE_ID = "sentence"
SHORT_TEXT = 12  # words: a shorter Latin-script sentence is read as English without proof
# (headline-like English drops function words: "Chinese regulators advised companies against
# buying Nvidia's H20 chips.")


class InputError(ValueError):
    """The text cannot be judged (empty, or not English); the message says why."""


@dataclass
class Judgement:
    """The statements found in one sentence, judged."""

    text: str
    as_of: dt.date | None
    record_date: dt.date
    statements: pd.DataFrame


def check_text(text: str, stop_words: tuple[str, ...]) -> str:
    """The text, stripped; :class:`InputError` when it is empty or does not read as English
    (most letters outside the Latin alphabet, or, in a sentence of more than
    :data:`SHORT_TEXT` words, none of the commonest English words)."""
    text = " ".join(text.split())
    if not text:
        raise InputError("the sentence is empty")
    letters = LETTERS.findall(text)
    if not letters:
        raise InputError("the sentence has no words")
    latin = sum(1 for c in letters if LATIN.match(c))
    words = {w.lower() for w in WORD.findall(text)}
    common = words & {w.lower() for w in stop_words}
    if latin < 0.6 * len(letters) or (len(words) > SHORT_TEXT and not common):
        raise InputError("the sentence does not read as English; chipclaims reads English "
                         "news text only")
    return text


def judge_text(text: str, on: dt.date | None = None, book: Rulebook | None = None,
               record: Record | None = None) -> Judgement:
    """Parse ``text`` as a one-sentence article published on ``on`` and judge it."""
    book = Rulebook.load() if book is None else book
    record = default_record() if record is None else record
    text = check_text(text, book.words.words("stop_word"))
    dates = dict(book.dates)
    if on is not None:
        dates[ARTICLE_ID] = PubDate(on, on, "given on the command line")
    parser = dataclasses.replace(ArticleParser.from_rulebook(book), dates=dates)
    with tempfile.TemporaryDirectory(prefix="chipclaims-judge-") as tmp:
        path = Path(tmp) / f"{ARTICLE_ID}.txt"
        path.write_text(f"{text}\n", encoding="utf-8")
        part = parser.parse(read_article(path, ARTICLE_ID))
    tables = frames_from_rows(part)
    if on is None:
        tables["articles"]["published_from"] = ""
        tables["articles"]["published_to"] = ""
    return Judgement(text, on, record.latest,
                     statement_rows(tables, book.statements, record))


def _evidence(ids: str, record: Record) -> list[str]:
    out = []
    for i in filter(None, ids.split(";")):
        src = record.sources.get(i)
        if src is not None:
            out.append(f"{src['publisher']}, \u201c{src['title']}\u201d, {src['url']}")
    return out


def report(j: Judgement, record: Record) -> str:
    """The judgement as plain text for a terminal."""
    when = (f"as of {j.as_of} (the date given)" if j.as_of
            else "with no date given: a fact the record holds as of the day it learned it, "
                 "anything else as of the record's date")
    lines = [f"Sentence: {j.text}", f"Judged {when}; now means the record's latest date, "
             f"{j.record_date}.", ""]
    if j.statements.empty:
        lines.append("No checkable statement found: nothing the sentence says matches a fact, "
                     "figure or check the record holds.")
        return "\n".join(lines)
    for n, r in enumerate(j.statements.itertuples(index=False), start=1):
        lines.append(f"{n}. {r.statement_kind}: {r.statement}")
        lines.append(f"   verdict: {r.verdict} \u2014 {r.rationale}")
        now = r.verdict_today + (f" ({r.note_today})" if r.note_today else "")
        lines.append(f"   now: {now}")
        if r.attributed_to:
            lines.append(f"   credited to: {r.attributed_to}")
        for e in _evidence(r.evidence, record):
            lines.append(f"   evidence: {e}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
