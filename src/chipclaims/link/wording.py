"""Articles that share much of their wording without being copies: paraphrases and rewrites.

A scraped page often rewrites another outlet's report sentence by sentence: some words
changed, the order kept, nothing added. Duplicate detection (:mod:`.duplicates`) only catches
near-copies of a whole article; here each body sentence is compared with the sentences of the
other articles, and an article is reported when enough of its sentences have a close
counterpart in one other article. Such a pair is one report told twice, not two independent
ones.

Sentences are compared by the Jaccard similarity of their word 3-gram sets. Candidates come
from an inverted index of those 3-grams; a 3-gram found in more than ``MAX_POSTINGS`` sentences
is common phrasing ("the company said"), not evidence, and is not indexed, so the work grows
with the corpus, not with its square.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict

import pandas as pd

SIMILAR = 0.5  # Jaccard of word 3-grams from which two sentences say one thing in like words
MIN_SENTENCES = 3  # at least this many sentences shared with one other article...
MIN_SHARE = 0.3  # ...and at least this share of the article's body sentences
MAX_POSTINGS = 200
MIN_WORDS = 6  # shorter sentences share too little to tell
_WORD = re.compile(r"\w+")

COLUMNS = ["article_id", "other_id", "shared", "sentences"]


def _grams(text: str) -> frozenset[int]:
    words = _WORD.findall(text.casefold())
    return frozenset(zlib.crc32(" ".join(words[i:i + 3]).encode())
                     for i in range(len(words) - 2))


def shared_wording(sentences: pd.DataFrame, copies: dict[str, str] | None = None
                   ) -> pd.DataFrame:
    """Pairs (article, other article) where the article's body sentences closely match the
    other's: ``shared`` of its ``sentences`` body sentences have a counterpart of Jaccard
    similarity ``SIMILAR`` or more. Each pair is listed from both sides when it qualifies
    from both. Articles in ``copies`` (copy -> original, the duplicates already found) are
    left out: a copy is not a paraphrase."""
    copies = copies or {}
    body = sentences[sentences["block"].isin(("body", "list_item"))
                     & ~sentences["article_id"].isin(set(copies))]
    grams: list[frozenset[int]] = []
    owner: list[str] = []
    n_body: Counter[str] = Counter()
    for aid, text in zip(body["article_id"], body["text"]):
        n_body[aid] += 1
        g = _grams(text)
        if len(_WORD.findall(text)) >= MIN_WORDS and g:
            grams.append(g)
            owner.append(aid)
    index: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(grams):
        for h in g:
            index[h].append(i)
    matched: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, g in enumerate(grams):
        counts: Counter[int] = Counter()
        for h in g:
            postings = index[h]
            if len(postings) <= MAX_POSTINGS:
                counts.update(j for j in postings if owner[j] != owner[i])
        for j, shared in counts.items():
            if shared / (len(g) + len(grams[j]) - shared) >= SIMILAR:
                matched[(owner[i], owner[j])].add(i)
    rows = [(a, b, len(ids), n_body[a]) for (a, b), ids in matched.items()
            if len(ids) >= MIN_SENTENCES and len(ids) >= MIN_SHARE * n_body[a]]
    return pd.DataFrame(sorted(rows), columns=COLUMNS)
