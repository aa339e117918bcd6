"""Headless Chromium for the book: launching it offline, and the book's page order.

Playwright drives the system Chromium from Debian (``executable_path``), so nothing is
downloaded. The launch flags switch off the browser's own background traffic (updates,
component downloads, sync, field trials), so that any request seen while a page is open comes
from the page itself.
"""

from __future__ import annotations

import re
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
OFFLINE_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication",
    "--metrics-recording-only",
    "--no-pings",
)


def launch(playwright, executable: str | Path = CHROMIUM):
    """A headless Chromium browser from the system install, with background traffic off."""
    return playwright.chromium.launch(executable_path=str(executable), headless=True,
                                      args=list(OFFLINE_FLAGS))


_NAV_LINK = re.compile(r'<a class="reference internal[^"]*" href="([^"#]+\.html)"')


def page_order(html_dir: str | Path) -> list[Path]:
    """The book's pages in reading order: the landing page, then the sidebar's order."""
    html_dir = Path(html_dir).resolve()
    index = html_dir / "index.html"
    text = index.read_text(encoding="utf-8")
    start = re.search(r'http-equiv="Refresh" content="0; url=([^"]+)"', text)
    first = html_dir / start.group(1) if start else index
    nav = first.read_text(encoding="utf-8")
    block = nav[nav.find("bd-docs-nav"):] if "bd-docs-nav" in nav else nav
    pages = [first]
    for href in _NAV_LINK.findall(block):
        path = (first.parent / href).resolve()
        if path.exists() and path not in pages:
            pages.append(path)
    return pages
