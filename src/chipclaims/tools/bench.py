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
import json
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
from .csvout import write_rows

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


def generate(folder: Path, n: int, seed: int = 0, share: float = 1.0) -> int:
    """Write the synthetic corpus of ``n`` articles (2 to 6 KB each) into ``folder``, or only
    a seeded random ``share`` of it (each article has its own random stream, so a sample holds
    exactly the articles the full corpus would); return the bytes written."""
    entries = Rulebook.load().gazetteer
    folder.mkdir(parents=True, exist_ok=True)
    pick = random.Random(seed)
    total = 0
    for i in range(n):
        if share < 1.0 and pick.random() >= share:
            continue
        rng = random.Random(seed * 1_000_003 + i)
        text = make_article(rng, entries, rng.randint(12, 40))
        (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def one_line(path: Path, size: int, seed: int = 0) -> int:
    """One file of about ``size`` bytes on a single line (a scraped page that lost its line
    breaks): synthetic articles joined with spaces. Returns the bytes written."""
    rng = random.Random(seed)
    entries = Rulebook.load().gazetteer
    parts, total = [], 0
    while total < size:
        part = make_article(rng, entries, 30).replace("\n", " ").strip()
        parts.append(part)
        total += len(part.encode("utf-8")) + 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(" ".join(parts) + "\n", encoding="utf-8")
    return path.stat().st_size


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


# Peak memory is read from /proc (VmHWM, this process's own high-water mark): getrusage's
# ru_maxrss of a child starts at its parent's resident size when it was forked, which would
# report the benchmark's own memory. Workers' peaks come from RUSAGE_CHILDREN (forked from
# the parse process, so they include what they share with it).
_HWM = """
def _hwm_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
# The corpus steps are timed from the call of CorpusState.finish (the per-article stage is
# over) to the end of the run: queries, the final tables written, the DuckDB copy.
_CHILD = _HWM + """
import json, resource, sys, time
from chipclaims.cli import main
from chipclaims.link import state
start, marks = time.perf_counter(), {}
finish = state.CorpusState.finish
def timed(self, *args):
    marks["corpus"] = time.perf_counter()
    return finish(self, *args)
state.CorpusState.finish = timed
try:
    main(sys.argv[1:])
finally:
    end = time.perf_counter()
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"peak_kb": _hwm_kb() + workers,
                      "corpus_share": (end - marks.get("corpus", end)) / (end - start)}),
          file=sys.stderr)
"""


_PEER = _HWM + """
import json, sys, time
from pathlib import Path
start = time.perf_counter()
import spacy
folder, aliases = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text())
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
ruler = nlp.add_pipe("entity_ruler")
ruler.add_patterns([{"label": label, "pattern": alias} for alias, label in aliases])
texts = (p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
ents = sents = 0
for doc in nlp.pipe(texts, batch_size=64):
    ents += len(doc.ents)
    sents += sum(1 for _ in doc.sents)
print(json.dumps({"seconds": time.perf_counter() - start, "entities": ents, "sentences": sents,
                  "peak_kb": _hwm_kb(),
                  "spacy": spacy.__version__}))
"""
PEER_PACKAGE = "spacy>=3.7,<4"


def peer_env(tmp: Path) -> tuple[Path | None, str]:
    """A throwaway virtual environment with spaCy (not a project dependency), for the peer
    run; (python, "") or (None, why it could not be made)."""
    env = tmp / "peer-venv"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True,
                       capture_output=True, timeout=300)
        subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        "--disable-pip-version-check", PEER_PACKAGE], check=True,
                       capture_output=True, text=True, timeout=900)
    except subprocess.CalledProcessError as err:
        return None, f"spaCy could not be installed ({(err.stderr or '').strip()[-200:]})"
    except (OSError, subprocess.TimeoutExpired) as err:
        return None, f"spaCy could not be installed ({err})"
    return env / "bin" / "python", ""


def spacy_peer(python: Path, folder: Path, tmp: Path) -> dict:
    """The peer a user would pick instead: a rule-only spaCy pipeline (blank English, the
    sentencizer, an EntityRuler with the gazetteer's aliases) over ``folder``, timed from
    the start of its process (start-up included, as ours is)."""
    aliases = sorted({(a, e.type.upper()) for e in Rulebook.load().gazetteer for a in e.aliases})
    spec = tmp / "peer-aliases.json"
    spec.write_text(json.dumps(aliases), encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([str(python), "-c", _PEER, str(folder), str(spec)], check=True,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return {"seconds": wall, "peak_rss_mb": out["peak_kb"] / 1024, "spacy": out["spacy"]}


def timed_parse(folder: Path, out: Path, jobs: int, scheduler: str = ""
                ) -> tuple[float, float, float]:
    """(seconds, peak resident memory in MB, share of the time in the corpus steps) of
    ``chipclaims parse`` in a child process: the peak is the parent's plus the largest
    worker's (``--scheduler``: a Dask cluster instead)."""
    start = time.perf_counter()
    how = ["--scheduler", scheduler] if scheduler else ["--jobs", str(jobs)]
    done = subprocess.run([sys.executable, "-c", _CHILD, "parse", str(folder), "--out",
                           str(out), *how], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return seconds, report["peak_kb"] / 1024, report["corpus_share"]


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


FIELDS = ["measure", "articles", "sample", "jobs", "mb", "seconds", "articles_per_s", "mb_per_s",
          "peak_rss_mb", "corpus_share", "times_bare_scan", "speed_vs_peer",
          "note"]
# The results file's header, in words a reader of the book's appendix reads (the code keeps
# the short names above; :func:`read_results` maps the header back).
LABELS = {"measure": "measure", "articles": "articles", "sample": "sample share",
          "jobs": "jobs", "mb": "MB", "seconds": "seconds", "articles_per_s": "articles/s",
          "mb_per_s": "MB/s", "peak_rss_mb": "peak memory (MB)",
          "corpus_share": "corpus steps' share",
          "times_bare_scan": "times the bare scan", "speed_vs_peer": "peer's time over ours",
          "note": "note"}


def write_results(path: Path, rows: list[dict]) -> None:
    """The results table, with the header in words."""
    write_rows(path, [LABELS[f] for f in FIELDS],
               [{LABELS[k]: v for k, v in r.items()} for r in rows])


def read_results(path: Path) -> list[dict[str, str]]:
    """The results table as written by :func:`write_results`, keyed by the short names."""
    keys = {v: k for k, v in LABELS.items()}
    with path.open(encoding="utf-8") as fh:
        return [{keys[k]: v for k, v in r.items()} for r in csv.DictReader(fh)]


def _parse_row(n: int, share: float, jobs: int, size: int, timing: tuple[float, float, float],
               scan: float) -> dict:
    seconds, peak, corpus = timing
    sampled = round(n * share) if share < 1.0 else n
    return {"measure": "parse", "articles": n, "sample": share if share < 1.0 else "",
            "jobs": jobs, "mb": round(size / 1e6, 2), "seconds": round(seconds, 2),
            "articles_per_s": round(sampled / seconds, 1),
            "mb_per_s": round(size / 1e6 / seconds, 3), "peak_rss_mb": round(peak, 1),
            "corpus_share": round(corpus, 3),
            "times_bare_scan": round(seconds / scan, 1)}


def run(sizes: list[int], jobs: list[int], out_csv: Path, root: Path | None,
        max_parallel_size: int | None = None, sample_above: int | None = None,
        sample_share: float = 0.1, peer: bool = True, cluster: bool = True,
        line_sizes: tuple[int, ...] = (1_200_000, 12_000_000)) -> list[dict]:
    """Measure every size with every job count (job counts above one only up to
    ``max_parallel_size`` articles; sizes above ``sample_above`` on a ``sample_share``
    sample, to keep the whole run within a session), the spaCy peer on the largest corpus
    parsed in full, the one-line files, then the book."""
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        python, why_not = peer_env(tmp) if peer else (None, "not asked for (--no-peer)")
        full = [n for n in sizes if sample_above is None or n <= sample_above]
        peer_size = max(full) if full else None
        for n in sizes:
            share = sample_share if sample_above is not None and n > sample_above else 1.0
            corpus = tmp / f"c{n}"
            size = generate(corpus, n, seed=n, share=share)
            scan = bare_scan(corpus)
            own = None
            for j in jobs:
                if j > 1 and max_parallel_size is not None and n > max_parallel_size:
                    continue
                row = _parse_row(n, share, j, size, timed_parse(corpus, tmp / f"out{n}_{j}", j),
                                 scan)
                if share < 1.0:
                    row["note"] = (f"a {share:.0%} sample of the corpus (the articles the "
                                   "full corpus would hold), to keep the run short")
                rows.append(row)
                own = own or row
                print(row, flush=True)
            if cluster and max(jobs) > 1 and share == 1.0 and (
                    max_parallel_size is None or n <= max_parallel_size):
                j = max(jobs)
                timing = timed_parse(corpus, tmp / f"out{n}_dask", j, f"local:{j}")
                rows.append(_parse_row(n, share, j, size, timing, scan)
                            | {"measure": "parse on Dask",
                               "note": f"--scheduler local:{j}: a scheduler and {j} worker "
                                       "processes started for the run"})
                print(rows[-1], flush=True)
            if n == peer_size:
                rows.append(_peer_row(python, why_not, corpus, tmp, n, size, own))
                print(rows[-1], flush=True)
            shutil.rmtree(corpus)
        for target in line_sizes:
            path = tmp / f"line{target}" / "one.txt"
            size = one_line(path, target, seed=target)
            seconds, peak, _ = timed_parse(path.parent, tmp / f"outline{target}", 1)
            rows.append({"measure": "one line", "articles": 1, "jobs": 1,
                         "mb": round(size / 1e6, 2), "seconds": round(seconds, 2),
                         "mb_per_s": round(size / 1e6 / seconds, 3),
                         "peak_rss_mb": round(peak, 1),
                         "note": "one file: a single line of synthetic sentences"})
            print(rows[-1], flush=True)
            shutil.rmtree(path.parent)
    parse_rows = [r for r in rows if r["measure"] == "parse" and r["jobs"] == jobs[0]
                  and not r.get("sample")]
    for a, b in itertools.pairwise(parse_rows):
        rows.append({"measure": f"scaling {a['articles']} to {b['articles']}",
                     "articles": b["articles"], "jobs": jobs[0],
                     "seconds": round(b["seconds"] / a["seconds"], 2),
                     "mb": round(b["mb"] / a["mb"], 2)})
    if root is not None:
        for key, value in time_book(root).items():
            rows.append({"measure": key, "seconds": round(value, 1)})
    write_results(out_csv, rows)
    return rows


def _peer_row(python: Path | None, why_not: str, corpus: Path, tmp: Path, n: int, size: int,
              own: dict | None) -> dict:
    """The spaCy peer on the same corpus, with our one-job time over its time."""
    row: dict = {"measure": "spaCy rule-only peer", "articles": n, "jobs": 1,
                 "mb": round(size / 1e6, 2)}
    if python is None:
        return row | {"note": why_not}
    try:
        found = spacy_peer(python, corpus, tmp)
    except (subprocess.CalledProcessError, ValueError, KeyError) as err:
        return row | {"note": f"the peer failed: {err}"}
    row |= {"seconds": round(found["seconds"], 2),
            "articles_per_s": round(n / found["seconds"], 1),
            "mb_per_s": round(size / 1e6 / found["seconds"], 3),
            "peak_rss_mb": round(found["peak_rss_mb"], 1),
            "note": f"spaCy {found['spacy']}: blank English, sentencizer, EntityRuler with "
                    "the gazetteer's aliases; start-up included"}
    if own is not None:
        own["speed_vs_peer"] = round(found["seconds"] / own["seconds"], 2)
    return row


TARGETS_FIELDS = ["target", "criterion", "measured", "met"]


def _num(value: str) -> float | None:
    return float(value) if value not in ("", None) else None


def targets(results: list[dict[str, str]]) -> list[dict[str, str]]:
    """The project's targets, each judged from a benchmark results table (as read from its
    CSV), so the book can show what was met without a number typed by hand."""
    parse1 = [r for r in results if r["measure"] == "parse" and r["jobs"] == "1"]
    full1 = [r for r in parse1 if not r.get("sample")]
    scaling = [r for r in results if r["measure"].startswith("scaling")]
    peer = [r for r in parse1 if r.get("speed_vs_peer")]
    lines = [r for r in results if r["measure"] == "one line"]
    dask = [r for r in results if r["measure"] == "parse on Dask"]
    book = {r["measure"]: _num(r["seconds"]) for r in results if r["measure"].startswith("book")}
    out = []

    def add(target: str, criterion: str, measured: str, met: bool | None) -> None:
        out.append({"target": target, "criterion": criterion, "measured": measured,
                    "met": "not measured" if met is None else ("yes" if met else "no")})

    def label(r: dict[str, str]) -> str:
        return r["articles"] + (" (sample)" if r.get("sample") else "")

    speeds = [_num(r["mb_per_s"]) for r in parse1]
    add("parse speed, one core", "≥ 2 MB/s at every size",
        ", ".join(f"{label(r)}: {r['mb_per_s']} MB/s" for r in parse1),
        all(v >= 2 for v in speeds) if speeds else None)
    add("against the spaCy rule-only peer, same corpus", "its time over ours ≥ 1.0",
        ", ".join(f"{r['articles']}: {r['speed_vs_peer']}" for r in peer),
        all(_num(r["speed_vs_peer"]) >= 1.0 for r in peer) if peer else None)
    ratios = [_num(r["times_bare_scan"]) for r in parse1]
    add("relative to a bare alias scan", "≤ 10 times its time",
        ", ".join(f"{label(r)}: {r['times_bare_scan']}x" for r in parse1),
        all(v <= 10 for v in ratios) if ratios else None)
    add("linear scaling", "time ratio ≤ 1.1 × size ratio",
        ", ".join(f"{r['measure'].removeprefix('scaling ')}: {r['seconds']}x time for "
                  f"{r['mb']}x data" for r in scaling),
        all(_num(r["seconds"]) <= 1.1 * _num(r["mb"]) for r in scaling) if scaling else None)
    if len(full1) >= 2:
        small, large = full1[0], full1[-1]
        growth = _num(large["peak_rss_mb"]) / _num(small["peak_rss_mb"])
        add("peak memory bounded", "largest corpus ≤ 2 × the smallest's peak",
            f"{small['articles']}: {small['peak_rss_mb']} MB, {large['articles']}: "
            f"{large['peak_rss_mb']} MB ({growth:.1f}x)", growth <= 2)
    else:
        add("peak memory bounded", "largest corpus ≤ 2 × the smallest's peak", "", None)
    shares = [r for r in parse1 if r.get("corpus_share")]
    last = shares[-1] if shares else None
    add("the corpus steps at the largest size", "< 10 % of the whole run",
        f"{label(last)}: {float(last['corpus_share']):.1%}" if last else "",
        _num(last["corpus_share"]) < 0.10 if last else None)
    first = lines[0] if lines else None
    add("a one-line file of about 1.2 MB", "< 5 s",
        f"{first['mb']} MB: {first['seconds']} s" if first else "",
        _num(first["seconds"]) < 5 if first else None)
    if len(lines) >= 2:
        a, b = lines[0], lines[-1]
        ratio = _num(b["seconds"]) / _num(a["seconds"])
        add("a one-line file ten times longer", "< 10 × the time of the short one",
            f"{b['mb']} MB: {b['seconds']} s ({ratio:.1f}x for "
            f"{_num(b['mb']) / _num(a['mb']):.1f}x the data)", ratio < 10)
    else:
        add("a one-line file ten times longer", "< 10 × the time of the short one", "", None)
    pairs = [(d, next(r for r in results if r["measure"] == "parse" and r["jobs"] == d["jobs"]
                      and r["articles"] == d["articles"] and not r.get("sample")))
             for d in dask]
    # judged at the largest corpus run both ways (the cluster's start-up weighs on a small one)
    largest = max(pairs, key=lambda p: int(p[0]["articles"])) if pairs else None
    add("the same workers on a Dask cluster",
        "time within 15 % of --jobs with as many, at the largest corpus",
        ", ".join(f"{d['articles']}: {d['seconds']} s against {j['seconds']} s" for d, j in pairs),
        _num(largest[0]["seconds"]) <= 1.15 * _num(largest[1]["seconds"]) if largest
        else None)
    for key, label_, limit in (("book_clean_s", "book from a clean tree", 60),
                               ("book_rebuild_s", "book rebuild, nothing changed", 15)):
        value = book.get(key)
        add(label_, f"< {limit} s", "" if value is None else f"{value} s",
            None if value is None else value < limit)
    return out


def write_targets(results_csv: Path, out_csv: Path) -> list[dict[str, str]]:
    """Judge the targets from ``results_csv`` and write them to ``out_csv``."""
    rows = targets(read_results(results_csv))
    write_rows(out_csv, TARGETS_FIELDS, rows)
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
    parser.add_argument("--sample-above", type=int, default=None,
                        help="parse corpora larger than this many articles on a sample")
    parser.add_argument("--sample-share", type=float, default=0.1)
    parser.add_argument("--no-cluster", action="store_true",
                        help="skip the Dask run (--scheduler local:N)")
    parser.add_argument("--no-peer", action="store_true",
                        help="skip the spaCy peer (it needs the package index)")
    parser.add_argument("--line-sizes", default="1200000,12000000",
                        help="bytes of the one-line files to time (comma-separated)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    jobs = list(dict.fromkeys(int(j) for j in args.jobs.split(",") if j))
    if not args.targets_only:
        run(sizes, jobs, args.out, args.book, args.max_parallel_size, args.sample_above,
            args.sample_share, not args.no_peer, not args.no_cluster,
            tuple(int(x) for x in args.line_sizes.split(",") if x))
        print(f"chipclaims: benchmark results written to {args.out}")
    if args.targets is not None:
        write_targets(args.out, args.targets)
        print(f"chipclaims: targets judged in {args.targets}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
