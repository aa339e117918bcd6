"""The rendered book in a real browser (headless Chromium from Debian, driven by Playwright):
every page opens without console errors, every image loads and has alt text, every internal
link and anchor resolves, no request leaves the machine, the key content is visible; the main
pages are saved as screenshots under build/screenshots. Also: the book read through
``python -m http.server``, and the PDF export."""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from conftest import ROOT, build_over

from chipclaims.tools.browser import CHROMIUM, launch, page_order

CHROME = os.environ.get("CHIPCLAIMS_CHROMIUM", CHROMIUM)
if not Path(CHROME).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROME} is missing; `make browser` installs it")
    pytest.skip(f"no Chromium at {CHROME}; run `make browser`", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402

SCREENSHOTS = ROOT / "build" / "screenshots"
MAIN_PAGES = ("00_summary", "01_corpus", "03_sanctions", "04_ascend", "05_zhipu",
              "06_sources", "90_claim_register")


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = launch(p, CHROME)
        yield b
        b.close()


def _visit(browser, url: str, allowed) -> dict:
    """Open ``url``; return console errors, page errors, outside requests and image facts."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = {"console": [], "errors": [], "outside": [], "dialogs": []}
    page.on("console", lambda m: seen["console"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))

    def route(r):
        if allowed(r.request.url):
            r.continue_()
        else:
            seen["outside"].append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.goto(url, wait_until="networkidle")
    seen["images"] = page.eval_on_selector_all(
        "img", "els => els.map(e => ({src: e.src, alt: e.alt, ok: e.complete && "
        "e.naturalWidth > 0, visible: e.offsetParent !== null}))")
    seen["wide_tables"] = page.eval_on_selector_all(
        "main table", "els => els.filter(t => t.getBoundingClientRect().width > "
        "t.parentElement.getBoundingClientRect().width + 1).map(t => t.rows[0].innerText)")
    seen["page"], seen["context"] = page, context
    return seen


def _local(url: str) -> bool:
    return url.startswith(("file://", "data:", "about:", "blob:"))


@pytest.fixture(scope="module")
def visits(browser, built_book):
    out = {}
    for path in page_order(built_book):
        seen = _visit(browser, path.as_uri(), _local)
        name = path.stem
        if name in MAIN_PAGES or name == "intro":
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            seen["page"].screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)
        seen["text"] = seen["page"].inner_text("body")
        seen["context"].close()
        out[name] = seen
    return out


def test_every_page_is_visited(visits):
    assert {"intro", *MAIN_PAGES, "methodology", "references"} <= set(visits)


def test_no_console_errors(visits):
    bad = {k: v["console"] + v["errors"] for k, v in visits.items() if v["console"] or v["errors"]}
    assert not bad


def test_no_request_leaves_the_machine(visits):
    outside = {k: v["outside"] for k, v in visits.items() if v["outside"]}
    assert not outside


def test_no_table_is_wider_than_its_column(visits):
    wide = {k: v["wide_tables"] for k, v in visits.items() if v["wide_tables"]}
    assert not wide


def test_no_table_overflows_the_printed_page(browser, built_book):
    """As the PDF prints it (print media, an A4 page's width less its margins), every table
    fits its column: nothing is cut at the right margin."""
    context = browser.new_context(viewport={"width": 703, "height": 1000})
    page = context.new_page()
    page.emulate_media(media="print")
    wide = {}
    for path in page_order(built_book):
        page.goto(path.as_uri(), wait_until="load")
        found = page.eval_on_selector_all(
            "main table", "els => els.filter(t => t.getBoundingClientRect().width "
            "> t.parentElement.getBoundingClientRect().width + 1).map(t => t.rows[0].innerText)")
        if found:
            wide[path.stem] = found
    context.close()
    assert not wide


def test_images_load_and_have_alt_text(visits):
    for name, seen in visits.items():
        for img in seen["images"]:
            assert img["ok"], f"{name}: image did not load: {img['src']}"
            assert len(img["alt"]) >= 20, f"{name}: image without alt text: {img['src']}"


def test_key_content_is_visible(visits):
    summary = visits["00_summary"]["text"]
    assert "Key findings" in summary and "The corpus." in summary
    for chapter in ("02_extraction", "03_sanctions", "04_ascend", "05_zhipu", "06_sources",
                    "91_methods"):
        assert any(i["visible"] for i in visits[chapter]["images"]), chapter
    register = visits["90_claim_register"]["text"]
    assert "Claim" in register and "Verdict now" in register and "reason" in register
    assert "claim_id" not in register  # human headers, not column names


def test_internal_links_and_anchors_resolve(built_book):
    ids_cache: dict[Path, set[str]] = {}

    def ids(path: Path) -> set[str]:
        if path not in ids_cache:
            ids_cache[path] = set(re.findall(r'\bid="([^"]+)"', path.read_text("utf-8")))
        return ids_cache[path]

    for page in built_book.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', html):
            parsed = urlparse(href)
            if parsed.scheme in ("http", "https", "mailto"):
                continue
            target = page if not parsed.path else (page.parent / unquote(parsed.path)).resolve()
            assert target.exists(), f"{page.name}: broken link {href}"
            if parsed.fragment and target.suffix == ".html":
                assert parsed.fragment in ids(target), f"{page.name}: missing anchor {href}"


def test_downloads_exist(built_book):
    for page in (built_book / "notebooks").glob("*.html"):
        for href in re.findall(r'href="(\.\./_downloads/[^"]+\.csv)"', page.read_text("utf-8")):
            assert (page.parent / href).resolve().exists(), f"{page.name}: {href}"


def test_book_reads_when_served_over_http(browser, built_book):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                directory=str(built_book))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        seen = _visit(browser, f"{base}/notebooks/00_summary.html",
                      lambda u: u.startswith(base) or _local(u))
        assert not seen["outside"] and not seen["console"] and not seen["errors"]
        assert all(i["ok"] for i in seen["images"])
        seen["context"].close()
    finally:
        server.shutdown()


def test_pdf_export(built_book, tmp_path):
    """``make pdf``'s command, run as its own process (Playwright's sync API wants its own loop)."""
    import subprocess
    import sys

    from pypdf import PdfReader

    out = tmp_path / "book.pdf"
    done = subprocess.run([sys.executable, "-m", "chipclaims.tools.pdf", str(built_book), str(out),
                           "--chromium", CHROME], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    reader = PdfReader(out)
    assert len(reader.pages) >= len(MAIN_PAGES) + 4
    titles = [o.title for o in reader.outline]
    assert "Executive summary" in titles
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() or ""
                                                 for p in reader.pages[:12]))
    assert "Key findings" in text
    everything = "".join(p.extract_text() or "" for p in reader.pages)
    assert "Show code cell" not in everything  # no widgets on paper
    images = sum(len(p.images) for p in reader.pages)
    assert images >= 6, "figures missing from the PDF"


HOSTILE = """Chips <script>alert('title')</script> and <b onmouseover="alert(1)">bold</b>
Huawei said the Ascend 910C <script>alert('xss')</script> ships in May, according to Reuters.
See [the rules](https://example.com/evil) and {download}`secret.csv` or $x^2$ maths.
```{raw} html
<img src=x onerror="alert('raw')">
```
Nvidia's H20 <iframe src="https://example.com"></iframe> is only allowed, sources said.
"""


def test_article_text_is_inert(browser, tmp_path):
    """Markup, links and MyST syntax inside an article show as text, never run or render."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    html = build_over(folder, tmp_path / "work")
    for path in page_order(html):
        source = path.read_text(encoding="utf-8")
        live = re.search(r"<script>alert|<(img|b|iframe)\b[^>]*\bon(error|mouseover)=|<iframe\b"
                         r"|href=\"https://example\.com/evil\"", source)
        assert live is None, (path.name, live and live.group(0))
        seen = _visit(browser, path.as_uri(), _local)
        assert not seen["dialogs"] and not seen["outside"], (path.name, seen["dialogs"])
        seen["context"].close()
    corpus_page = (html / "notebooks" / "01_corpus.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert('title')&lt;/script&gt;" in corpus_page
