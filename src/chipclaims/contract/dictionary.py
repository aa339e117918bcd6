"""The book's data-dictionary page, generated from the contract so it cannot drift."""

from __future__ import annotations

from .resources import RESOURCES


def data_dictionary_markdown() -> str:
    """Markdown for ``book/data_dictionary.md``: every table and every column."""
    out = [
        "# Data dictionary",
        "",
        "Every table that `chipclaims parse` writes, with every column, and the reference "
        "tables the claims are judged against. This page is generated from the package's "
        "data contract (`chipclaims.contract`), the same definitions that validate the "
        "tables, so it always describes what the code writes. A column name means the same "
        "thing in every table it appears in. Regenerate the page with `make dictionary`.",
        "",
    ]
    for resource in RESOURCES.values():
        out += [f"## `{resource.file}`", "", resource.description, ""]
        if resource.primary_key:
            key = ", ".join(f"`{k}`" for k in resource.primary_key)
            out += [f"One row per {key}.", ""]
        out += ["| column | type | unit | meaning | allowed values |", "|---|---|---|---|---|"]
        for name in resource.fields:
            f = resource.field(name)
            allowed = ", ".join(f"`{a}`" for a in f.allowed) if f.allowed else ""
            optional = " (may be empty)" if f.nullable else ""
            desc = f.description.replace("|", "\\|")
            out.append(f"| `{name}` | {f.type} | {f.unit} | {desc}{optional} | {allowed} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
