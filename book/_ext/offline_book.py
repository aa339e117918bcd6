"""Sphinx extension for this book: keep every page free of remote assets.

Jupyter Book 1 always loads sphinx-thebe, which injects a script pointing at a CDN copy of
Thebe (and, here, injects it twice, a JavaScript error). Live code cells are not used in this
book, so those scripts are removed from every page: nothing a reader opens can fetch anything.
"""

from __future__ import annotations


def _strip_thebe(app, pagename, templatename, context, doctree):
    scripts = context.get("script_files")
    if scripts is None:
        return
    keep = []
    for script in scripts:
        filename = str(script)
        body = getattr(script, "attributes", {}).get("body", "")
        if "thebe" in filename.lower() or "THEBE_JS_URL" in body:
            continue
        keep.append(script)
    context["script_files"] = keep


def setup(app):
    app.connect("html-page-context", _strip_thebe, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
