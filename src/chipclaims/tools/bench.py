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

from ..contract.vocabulary import ENTITY_TYPES
from ..rules import Rulebook

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
    pools = {k: _names(k, entries) for k in ENTITY_TYPES if k != "other"}

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
    entries = Rulebook.load().gazetteer
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        text = make_article(rng, entries, rng.randint(12, 40))
        (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def bare_scan(folder: Path) -> float:
    """Seconds for one pass of one regex of every gazetteer alias over every file."""
    aliases = sorted({a for e in Rulebook.load().gazetteer for a in e.aliases}, key=len,
                     reverse=True)
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


TARGETS_FIELDS = ["target", "criterion", "measured", "met"]


def _num(value: str) -> float | None:
    return float(value) if value not in ("", None) else None


def targets(results: list[dict[str, str]]) -> list[dict[str, str]]:
    """The project's targets, each judged from a benchmark results table (as read from its
    CSV), so the book can show what was met without a number typed by hand."""
    parse1 = [r for r in results if r["measure"] == "parse" and r["jobs"] == "1"]
    scaling = [r for r in results if r["measure"].startswith("scaling")]
    book = {r["measure"]: _num(r["seconds"]) for r in results if r["measure"].startswith("book")}
    out = []

    def add(target: str, criterion: str, measured: str, met: bool | None) -> None:
        out.append({"target": target, "criterion": criterion, "measured": measured,
                    "met": "not measured" if met is None else ("yes" if met else "no")})

    speeds = [_num(r["mb_per_s"]) for r in parse1]
    add("parse speed, one core", "≥ 2 MB/s at every size",
        ", ".join(f"{r['articles']}: {r['mb_per_s']} MB/s" for r in parse1),
        all(v >= 2 for v in speeds) if speeds else None)
    ratios = [_num(r["times_bare_scan"]) for r in parse1]
    add("relative to a bare alias scan", "≤ 20 times its time",
        ", ".join(f"{r['articles']}: {r['times_bare_scan']}x" for r in parse1),
        all(v <= 20 for v in ratios) if ratios else None)
    add("linear scaling", "time ratio ≤ 1.1 × size ratio",
        ", ".join(f"{r['measure'].removeprefix('scaling ')}: {r['seconds']}x time for "
                  f"{r['mb']}x data" for r in scaling),
        all(_num(r["seconds"]) <= 1.1 * _num(r["mb"]) for r in scaling) if scaling else None)
    if len(parse1) >= 2:
        small, large = parse1[0], parse1[-1]
        growth = _num(large["peak_rss_mb"]) / _num(small["peak_rss_mb"])
        add("peak memory bounded", "largest corpus ≤ 2 × the smallest's peak",
            f"{small['articles']}: {small['peak_rss_mb']} MB, {large['articles']}: "
            f"{large['peak_rss_mb']} MB ({growth:.1f}x)", growth <= 2)
    else:
        add("peak memory bounded", "largest corpus ≤ 2 × the smallest's peak", "", None)
    for key, label, limit in (("book_clean_s", "book from a clean tree", 60),
                              ("book_rebuild_s", "book rebuild, nothing changed", 15)):
        value = book.get(key)
        add(label, f"< {limit} s", "" if value is None else f"{value} s",
            None if value is None else value < limit)
    return out


def write_targets(results_csv: Path, out_csv: Path) -> list[dict[str, str]]:
    """Judge the targets from ``results_csv`` and write them to ``out_csv``."""
    with results_csv.open(encoding="utf-8") as fh:
        rows = targets(list(csv.DictReader(fh)))
    with out_csv.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=TARGETS_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--targets", type=Path, default=None,
                        help="also judge the targets from the results into this CSV")
    parser.add_argument("--targets-only", action="store_true",
                        help="judge the targets from an existing --out file; measure nothing")
    parser.add_argument("--max-parallel-size", type=int, default=None,
                        help="measure several jobs only for corpora up to this many articles")
    parser.add_argument("--book", type=Path, default=None,
                        help="repository root: also time the book build there")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    jobs = list(dict.fromkeys(int(j) for j in args.jobs.split(",") if j))
    if not args.targets_only:
        run(sizes, jobs, args.out, args.book, args.max_parallel_size)
        print(f"chipclaims: benchmark results written to {args.out}")
    if args.targets is not None:
        write_targets(args.out, args.targets)
        print(f"chipclaims: targets judged in {args.targets}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
