"""``make bench``: speed and memory of the parser at corpus scale, and of the book build.

A benchmark, not a test: it measures and reports, it does not pass or fail. It generates
synthetic corpora of realistic size and variety (sentences assembled from templates, with
names drawn from the gazetteer, random numbers, dates and scraped debris; no file is a copy of
another), parses each in a child process (so its peak memory can be read), and compares the
throughput with a bare one-pass regular-expression scan over the gazetteer's aliases on the
same files. It can also time the whole book from a clean tree and a rebuild with nothing
changed. Results go to a CSV file that the book's appendix shows.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .entities import load_gazetteer

TEMPLATES = (
    "{org} said on {weekday} that its {chip} would ship to customers in {month} {year}.",
    "According to {org2}, the {chip} delivers {num} TFLOPS of dense compute at {watts} W.",
    "Analysts estimate that {org} spent ${money} billion on {hardware} systems last year.",
    "The {software} stack now supports {model}, {person} told reporters in {place}.",
    "Shares of {org} fell {pct}% after the {org2} report on export controls.",
    "{person}, a researcher at {org2}, said the {chip} could reach {pct}% of the {chip2}.",
    "The company plans to build {count} data centres using {chip} accelerators by {year}.",
    "Industry experts speculate that {org} may switch from {software} to {software2}.",
    "{org} trained {model} on {count} {chip} chips over {days} days, it said in a statement.",
    "Regulators in {place} asked firms to avoid the {chip} for government work in {month}.",
    "The {hardware} links {count} chips with {bw} TB/s of memory bandwidth per chip.",
    "{org} raised HK${money} billion in its listing, valuing it at {money2} billion yuan.",
    "Critics note that the {nm}nm process still lags the most advanced nodes.",
    "The new rules, announced {relative}, cover chips above a TPP of {tpp}.",
)
DEBRIS = ("Spread the love", "Share this article", "Advertisement", "Read more: {title}",
          "By {person}", "Source: www.example-news.com", "Post a Comment",
          "Related Stories", "© Photographer/Agency", "4 min read")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("January", "March", "May", "July", "September", "November")
RELATIVE = ("this week", "last month", "next year", "on Tuesday", "earlier this year")


def _names(kind: str, entries) -> list[str]:
    return [e.aliases[0] for e in entries if e.type == kind] or ["X"]


def make_article(rng: random.Random, entries, n_sentences: int) -> str:
    """One synthetic article: a title, paragraphs of varied sentences, some debris."""
    pools = {k: _names(k, entries) for k in ("org", "chip", "hardware", "software", "model",
                                             "person", "place")}

    def fill(template: str) -> str:
        return template.format(
            org=rng.choice(pools["org"]), org2=rng.choice(pools["org"]),
            chip=rng.choice(pools["chip"]), chip2=rng.choice(pools["chip"]),
            hardware=rng.choice(pools["hardware"]), software=rng.choice(pools["software"]),
            software2=rng.choice(pools["software"]), model=rng.choice(pools["model"]),
            person=rng.choice(pools["person"]), place=rng.choice(pools["place"]),
            weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS),
            year=rng.randint(2019, 2027), num=rng.randint(100, 2000),
            watts=rng.randint(150, 800), money=round(rng.uniform(0.1, 9.9), 2),
            money2=rng.randint(10, 500), pct=rng.randint(5, 95), count=rng.randint(2, 9000),
            days=rng.randint(3, 120), bw=round(rng.uniform(0.5, 8), 2), nm=rng.choice((3, 5, 7)),
            tpp=rng.randint(1000, 30000), relative=rng.choice(RELATIVE),
            title=f"{rng.choice(pools['org'])} news")

    lines = [fill("{org} and the race for {chip} chips"), ""]
    if rng.random() < 0.4:
        lines[:0] = [fill(rng.choice(DEBRIS)), ""]
    paragraph: list[str] = []
    for _ in range(n_sentences):
        paragraph.append(fill(rng.choice(TEMPLATES)))
        if len(paragraph) >= rng.randint(2, 5):
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    lines += [fill(rng.choice(DEBRIS)) for _ in range(rng.randint(0, 4))]
    return "\n".join(lines) + "\n"


def generate(folder: Path, n: int, seed: int = 0) -> int:
    """Write ``n`` synthetic articles (2 to 6 KB each) into ``folder``; return total bytes."""
    rng = random.Random(seed)
    entries = load_gazetteer()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        text = make_article(rng, entries, rng.randint(12, 40))
        (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def bare_scan(folder: Path) -> float:
    """Seconds for one pass of one regex of every gazetteer alias over every file."""
    aliases = sorted({a for e in load_gazetteer() for a in e.aliases}, key=len, reverse=True)
    rx = re.compile("|".join(re.escape(a) for a in aliases))
    start = time.perf_counter()
    hits = 0
    for path in sorted(folder.iterdir()):
        hits += sum(1 for _ in rx.finditer(path.read_text(encoding="utf-8")))
    return time.perf_counter() - start


_CHILD = """
import resource, sys
from chipclaims.cli import main
main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(own + workers, file=sys.stderr)
"""


def timed_parse(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak resident memory in MB) of ``chipclaims parse`` in a child process: the
    parent's peak plus the largest worker's."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, "parse", str(folder), "--out",
                           str(out), "--jobs", str(jobs)], check=True, capture_output=True,
                          text=True)
    seconds = time.perf_counter() - start
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def time_book(root: Path) -> dict[str, float]:
    """Seconds for the book from a clean tree (tables, notebooks executed, HTML) and for a
    rebuild with nothing changed."""
    for path in (root / "build" / "tables", root / "book" / "_build"):
        shutil.rmtree(path, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(["make", "-s", "notebooks", "book"], cwd=root, check=True,
                   capture_output=True)
    clean = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(["make", "-s", "book"], cwd=root, check=True, capture_output=True)
    return {"book_clean_s": clean, "book_rebuild_s": time.perf_counter() - start}


def run(sizes: list[int], jobs: list[int], out_csv: Path, root: Path | None,
        max_parallel_size: int | None = None) -> list[dict]:
    """Measure every size with every job count (job counts above one only up to
    ``max_parallel_size`` articles, to keep the whole run within a session), then the book."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = Path(tmp) / f"c{n}"
            size = generate(corpus, n, seed=n)
            scan = bare_scan(corpus)
            for j in jobs:
                if j > 1 and max_parallel_size is not None and n > max_parallel_size:
                    continue
                seconds, peak = timed_parse(corpus, Path(tmp) / f"out{n}_{j}", j)
                row = {"measure": "parse", "articles": n, "jobs": j, "mb": round(size / 1e6, 2),
                       "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
                       "mb_per_s": round(size / 1e6 / seconds, 3),
                       "peak_rss_mb": round(peak, 1), "scan_mb_per_s": round(size / 1e6 / scan, 1),
                       "times_bare_scan": round(seconds / scan, 1)}
                rows.append(row)
                print(row, flush=True)
            shutil.rmtree(corpus)
    parse_rows = [r for r in rows if r["jobs"] == jobs[0]]
    for a, b in itertools.pairwise(parse_rows):
        rows.append({"measure": f"scaling {a['articles']} to {b['articles']}",
                     "articles": b["articles"], "jobs": jobs[0],
                     "seconds": round(b["seconds"] / a["seconds"], 2),
                     "mb": round(b["mb"] / a["mb"], 2)})
    if root is not None:
        for key, value in time_book(root).items():
            rows.append({"measure": key, "seconds": round(value, 1)})
    fields = ["measure", "articles", "jobs", "mb", "seconds", "articles_per_s", "mb_per_s",
              "peak_rss_mb", "scan_mb_per_s", "times_bare_scan"]
    out_csv.parent.mkdir(parents=True, exist_ok=True)
    with out_csv.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--max-parallel-size", type=int, default=None,
                        help="measure several jobs only for corpora up to this many articles")
    parser.add_argument("--book", type=Path, default=None,
                        help="repository root: also time the book build there")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    jobs = list(dict.fromkeys(int(j) for j in args.jobs.split(",") if j))
    run(sizes, jobs, args.out, args.book, args.max_parallel_size)
    print(f"chipclaims: benchmark results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
