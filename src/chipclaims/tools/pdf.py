"""Export the built book as one PDF, offline: Chromium prints each page in reading order and
pypdf joins them, with one bookmark per page (``make pdf``).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from .browser import CHROMIUM, launch, page_order


def export_pdf(html_dir: Path, out: Path, chromium: str | Path = CHROMIUM) -> int:
    """Print every page of the book in ``html_dir`` into ``out``; return the page count."""
    from playwright.sync_api import sync_playwright
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    with sync_playwright() as p:
        browser = launch(p, chromium)
        page = browser.new_page()
        page.emulate_media(media="print")
        for path in page_order(html_dir):
            page.goto(path.as_uri(), wait_until="load")
            data = page.pdf(format="A4", print_background=True,
                            margin={"top": "15mm", "bottom": "15mm", "left": "12mm",
                                    "right": "12mm"})
            reader = PdfReader(io.BytesIO(data))
            first = len(writer.pages)
            for pdf_page in reader.pages:
                writer.add_page(pdf_page)
            writer.add_outline_item(page.title().split("—")[0].strip() or path.stem, first)
        browser.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer.write(fh)
    return len(writer.pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Export the built book as one PDF.")
    parser.add_argument("html_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--chromium", default=CHROMIUM)
    args = parser.parse_args(argv)
    if not (args.html_dir / "index.html").exists():
        print(f"chipclaims: error: {args.html_dir}: no built book (run make book)",
              file=sys.stderr)
        return 2
    n = export_pdf(args.html_dir, args.out, args.chromium)
    print(f"chipclaims: {n} PDF pages written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
