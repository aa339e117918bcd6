"""Command line: ``chipclaims parse SEEDS_DIR --out OUT_DIR``, ``chipclaims judge "SENTENCE"
[--date YYYY-MM-DD]``, ``chipclaims dictionary`` and ``chipclaims bib``.

Exit status of ``parse``: 0 when every file was read (some perhaps with warnings, printed on
standard error), 3 when the tables were written but one or more files were skipped, 2 when
nothing could be done (missing folder, malformed rules file, a sentence that is empty or
not English). Messages are one line each and
name the file; the command never shows a traceback for bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import storage
from .contract import SchemaError, data_dictionary_markdown
from .parse import CorpusError
from .pipeline import parse_folder
from .progress import wanted
from .reference import bibtex, load_reference
from .rules import Rulebook, RulesError
from .storage import LocationError

EXIT_OK, EXIT_USAGE, EXIT_SKIPPED = 0, 2, 3


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="chipclaims", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    parse = sub.add_parser("parse", help="parse a folder of articles into CSV tables")
    parse.add_argument("seeds", type=_location,
                       help="folder of plain-text articles (a path, or an fsspec URL such "
                            "as s3://bucket/articles)")
    parse.add_argument("--out", type=_location, required=True,
                       help="folder to write tables to (a path or an fsspec URL)")
    parse.add_argument("--rules", type=Path, default=None,
                       help="boilerplate rules CSV (default: the packaged rules)")
    parse.add_argument("--rules-dir", type=Path, default=None,
                       help="folder of rule files that replace the packaged ones of the same "
                            "name (gazetteer.csv, checks.csv, publication_dates.csv, ...)")
    parse.add_argument("--jobs", type=int, default=1,
                       help="worker processes for parsing articles (default 1)")
    parse.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="parse on a Dask cluster: a scheduler's address "
                            "(tcp://host:8786), or local:N for N worker processes here")
    parse.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="show a progress bar on standard error (default: only when it "
                            "is a terminal and CI is not set)")
    sql = sub.add_parser("sql", help="query the tables of a parse (its DuckDB database)")
    sql.add_argument("tables", type=_location, help="the folder a parse wrote (--out)")
    sql.add_argument("query", help='the SQL, in quotes: "select verdict, count(*) from claims '
                                   'group by verdict"')
    judge = sub.add_parser("judge", help="judge one sentence against the record, as of a "
                           "date and as of now")
    judge.add_argument("sentence", help="the sentence, in quotes")
    judge.add_argument("--date", type=_date, default=None,
                       help="the article's publication date, YYYY-MM-DD (default: judge as of "
                            "the record's date)")
    dic = sub.add_parser("dictionary", help="write the data-dictionary page (markdown)")
    dic.add_argument("--out", type=Path, required=True, help="markdown file to write")
    bib = sub.add_parser("bib", help="write the book's references.bib from the sources table")
    bib.add_argument("--out", type=Path, required=True, help="BibTeX file to write")
    return p


def _location(text: str) -> str | Path:
    """A folder argument: a URL stays text (``Path`` would fold its ``//``), a path a Path."""
    return text if storage.is_remote(text) else storage.local(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _error(message: str) -> None:
    print(f"chipclaims: error: {message}", file=sys.stderr)


def cmd_parse(args: argparse.Namespace) -> int:
    try:
        book = Rulebook.load(args.rules_dir, {"boilerplate_rules.csv": args.rules})
        result = parse_folder(args.seeds, args.out, book, jobs=max(1, args.jobs),
                              progress=wanted(args.progress), scheduler=args.scheduler)
    except (CorpusError, RulesError, SchemaError, LocationError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        _error(f"{exc.filename or args.out}: {exc.strerror or exc}")
        return EXIT_USAGE
    for problem in result.problems:
        print(f"chipclaims: warning: {problem}", file=sys.stderr)
    skipped = sum(1 for p in result.problems if p.skipped)
    print(f"chipclaims: {result.n_articles} file(s) read from {args.seeds}, {skipped} skipped; "
          f"tables written to {args.out}")
    return EXIT_SKIPPED if skipped else EXIT_OK


def cmd_judge(args: argparse.Namespace) -> int:
    from .ondemand import InputError, judge_text, report
    from .pipeline import default_record

    try:
        book = Rulebook.load()
        record = default_record()
        result = judge_text(args.sentence, args.date, book, record)
    except InputError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except (RulesError, SchemaError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    print(report(result, record), end="")
    return EXIT_OK


def cmd_dictionary(args: argparse.Namespace) -> int:
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(data_dictionary_markdown(), encoding="utf-8")
    print(f"chipclaims: data dictionary written to {args.out}")
    return EXIT_OK


def cmd_bib(args: argparse.Namespace) -> int:
    try:
        ref = load_reference()
    except (SchemaError, RulesError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(bibtex(ref.sources), encoding="utf-8")
    print(f"chipclaims: {len(ref.sources)} references written to {args.out}")
    return EXIT_OK


def cmd_sql(args: argparse.Namespace) -> int:
    from .database import QueryError, query

    try:
        result = query(args.tables, args.query)
    except QueryError as exc:
        _error(str(exc))
        return EXIT_USAGE
    sys.stdout.write(result.to_csv(index=False))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"parse": cmd_parse, "judge": cmd_judge, "dictionary": cmd_dictionary,
                "bib": cmd_bib, "sql": cmd_sql}
    return handlers[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
