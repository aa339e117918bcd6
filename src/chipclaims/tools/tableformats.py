"""``make formats``: which table format reads better for the long registers, measured.

The book shows its long tables (the claim register above all) as static HTML styled by the
book's stylesheet. Two maintained alternatives a reader of the issue tracker would suggest are
an interactive table that works offline (``itables`` in its offline mode, the DataTables
library embedded in the page) and a static table made for print (``great_tables``). This tool
renders the claim register of a parse in all three, opens each in headless Chromium (the
system browser, offline) and prints it to A4 as the PDF export does, and measures what a reader
gets: the page's weight, any request to the internet, how many of the claims are on the page
without clicking, whether the table fits the screen and the printed page, and how many of the
claims the PDF holds. The two libraries are installed in a throwaway virtual environment (they
are not dependencies of the project); the results go to a CSV file the book's appendix shows.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

from ..analysis import claims
from ..analysis.context import load_context
from ..analysis.present import header, html_table
from .browser import CHROMIUM, launch
from .csvout import write_rows

PACKAGES = ("itables>=2.5,<3", "great_tables>=0.17,<2", "ipython>=8", "pandas>=2.1")
FIELDS = ["format", "html_kb", "internet_requests", "claims", "claims_on_screen",
          "fits_screen", "pdf_pages", "claims_in_pdf", "fits_a4", "note"]
SCREEN = {"width": 1280, "height": 900}
A4_CONTENT_PX = 703  # 210 mm less 2 x 12 mm margins, at 96 px per inch

_RENDER = r'''
import sys
from pathlib import Path
import pandas as pd
frame = pd.read_json(sys.argv[1], orient="split")
out = Path(sys.argv[2])
html_frame = frame.apply(lambda c: c.astype(str).str.replace("\n", "<br>", regex=False))

import IPython.display as display
import itables
parts = []
display.display = lambda obj, *a, **k: parts.append(getattr(obj, "data", str(obj)))
itables.init_notebook_mode(all_interactive=False, connected=False)
table = itables.to_html_datatable(html_frame, connected=False, allow_html=True,
                                  display_logo_when_loading=False)
(out / "itables.html").write_text(
    "<!doctype html><html><head><meta charset='utf-8'><title>itables</title></head><body>"
    + "".join(parts) + table + "</body></html>", encoding="utf-8")

import great_tables
gt = great_tables.GT(html_frame).fmt_markdown(columns=list(html_frame.columns))
(out / "great_tables.html").write_text(
    "<!doctype html><html><head><meta charset='utf-8'><title>great_tables</title></head><body>"
    + gt.as_raw_html() + "</body></html>", encoding="utf-8")
print(itables.__version__, great_tables.__version__)
'''


def register_frame(tables_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The claim register as the book shows it, and the articles table (for names)."""
    ctx = load_context(tables_dir, downloads=tempfile.mkdtemp())
    full = claims.register(ctx.tables, ctx.checks, ctx.ref)
    return claims.register_view(full), ctx.tables["articles"]


def _book_page(frame: pd.DataFrame, articles: pd.DataFrame, css: Path) -> str:
    return ("<!doctype html><html><head><meta charset='utf-8'><title>static</title><style>"
            + css.read_text(encoding="utf-8") + "</style></head><body>"
            + html_table(frame, articles) + "</body></html>")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def measure(page_path: Path, claims_text: list[str], browser) -> dict:
    """What a reader gets from one rendering, on screen and printed to A4."""
    from pypdf import PdfReader

    requests: list[str] = []
    page = browser.new_page(viewport=SCREEN)
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_path.as_uri(), wait_until="networkidle")
    on_screen = page.evaluate("""() => [...document.querySelectorAll('tbody tr')]
        .filter(r => r.offsetParent !== null && r.querySelectorAll('td').length > 1).length""")
    fits_screen = page.evaluate(
        "() => document.documentElement.scrollWidth <= window.innerWidth")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_CONTENT_PX, "height": 1000})
    fits_a4 = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    pdf = page.pdf(format="A4", print_background=True,
                   margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"})
    page.close()
    reader = PdfReader(io.BytesIO(pdf))
    printed = _norm(" ".join(p.extract_text() or "" for p in reader.pages))
    found = sum(1 for c in claims_text if _norm(c)[:40] in printed)
    external = [u for u in requests if not u.startswith(("file:", "data:", "about:", "blob:"))]
    return {"html_kb": round(page_path.stat().st_size / 1024, 1),
            "internet_requests": len(external), "claims": len(claims_text),
            "claims_on_screen": on_screen, "fits_screen": "yes" if fits_screen else "no",
            "pdf_pages": len(reader.pages), "claims_in_pdf": found,
            "fits_a4": "yes" if fits_a4 else "no"}


def run(tables_dir: Path, css: Path, out_csv: Path, chromium: str) -> list[dict]:
    from playwright.sync_api import sync_playwright

    frame, articles = register_frame(tables_dir)
    claim_col = frame.columns[2] if len(frame.columns) > 2 else frame.columns[0]
    claims_text = [str(t).split("\n")[0] for t in frame[claim_col]]
    shown = frame.rename(columns={c: header(str(c)) for c in frame.columns})
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "static.html").write_text(_book_page(frame, articles, css), encoding="utf-8")
        rows = [{"format": "static HTML, the book's stylesheet (used)", "note": ""}]
        spec = tmp / "frame.json"
        shown.to_json(spec, orient="split")
        env = tmp / "venv"
        try:
            subprocess.run([sys.executable, "-m", "venv", str(env)], check=True,
                           capture_output=True)
            subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "--quiet",
                            "--disable-pip-version-check", *PACKAGES], check=True,
                           capture_output=True, text=True, timeout=900)
            done = subprocess.run([str(env / "bin" / "python"), "-c", _RENDER, str(spec),
                                   str(tmp)], check=True, capture_output=True, text=True)
            versions = done.stdout.split()
            rows += [{"format": "itables, offline mode", "note": f"itables {versions[0]}; "
                      "DataTables embedded in the page, 10 rows a page by default"},
                     {"format": "great_tables", "note": f"great_tables {versions[1]}"}]
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
            why = getattr(err, "stderr", "") or str(err)
            print(f"chipclaims: the libraries could not be installed or run: {why[-300:]}",
                  file=sys.stderr)
        files = {"static": "static.html", "itables": "itables.html",
                 "great_tables": "great_tables.html"}
        with sync_playwright() as p:
            browser = launch(p, chromium)
            for row in rows:
                key = next(k for k in files if row["format"].startswith(k.split("_")[0]))
                row |= measure(tmp / files[key], claims_text, browser)
            browser.close()
    write_rows(out_csv, FIELDS, rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", type=Path, help="folder of parsed tables")
    parser.add_argument("--css", type=Path, default=Path("book/_static/chipclaims.css"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--chromium", default=CHROMIUM)
    args = parser.parse_args(argv)
    for row in run(args.tables, args.css, args.out, args.chromium):
        print(row)
    print(f"chipclaims: table formats measured in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
