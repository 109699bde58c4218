"""The book's Sphinx extension (``book/_config.yml``: ``azru.book.extension``).

It does a few small things to every build:

- prints which page is read or written and how many are left;
- drops any script or stylesheet that would load from the network;
- points the ".ipynb" download button of each lesson at the notebook written
  beside the pages (``notebooks/NN_*.ipynb``: the student's copy in the
  student edition), and removes the source-download button of other pages
  (their Markdown sources are not shipped);
- links the first use of each glossary term in every lesson to its entry
  (:mod:`azru.book.glossary`);
- links each table cell of a lesson's outputs that holds a happening id to
  that happening in the chronology (:mod:`azru.book.chronology`);
- turns the empty header cells of the tables in cell outputs (the corner of
  a pandas table) into plain cells, which assistive technology expects
  (axe-core: "empty-table-header"); the notebooks keep their outputs.
"""

from __future__ import annotations

import re
from typing import Any

from azru.book.build import HAPPENINGS_FILE, NOTEBOOKS_DIR

__all__ = ["empty_headers_as_cells", "link_happenings", "setup"]

GLOSSARY_PAGE = "glossary"
_ID_CELL = re.compile(r"<td>([a-z0-9][a-z0-9-]*)</td>")
_EMPTY_HEADER = re.compile(r"<th((?:\s[^>]*)?)>(?:\s|&nbsp;|&#160;|<p>\s*</p>)*</th>")


def empty_headers_as_cells(html: str) -> str:
    """``<th></th>`` (no text: a table's corner) -> ``<td></td>``, attributes kept.

    >>> empty_headers_as_cells('<tr><th></th><th class="blank" >&nbsp;</th><th>year</th></tr>')
    '<tr><td></td><td class="blank" ></td><th>year</th></tr>'
    >>> empty_headers_as_cells('<th class="head"><p></p></th>')  # a Markdown table's empty corner
    '<td class="head"></td>'
    """
    return _EMPTY_HEADER.sub(r"<td\1></td>", html)


def link_happenings(html: str, pages: dict[str, str]) -> str:
    """A table cell holding just a happening id -> a link to that happening in the chronology.

    >>> link_happenings("<td>visit-2008</td><td>other</td>", {"visit-2008": "chronology/2000-2009.html#visit-2008"})
    '<td><a class="azru-happening-link" href="chronology/2000-2009.html#visit-2008">visit-2008</a></td><td>other</td>'
    """

    def replace(match: re.Match[str]) -> str:
        target = pages.get(match.group(1))
        if target is None:
            return match.group(0)
        return f'<td><a class="azru-happening-link" href="{target}">{match.group(1)}</a></td>'

    return _ID_CELL.sub(replace, html)


def _progress(message: str) -> None:
    print(message, flush=True)


def _is_external(filename: Any) -> bool:
    name = str(getattr(filename, "filename", filename) or "")
    return name.startswith(("http://", "https://", "//"))


def _is_lesson(docname: str) -> bool:
    return docname[:2].isdigit() and "/" not in docname


def _download_buttons(pagename: str, context: dict[str, Any]) -> None:
    """Lessons: the source button downloads the edition's notebook. Other pages: no source button."""
    for group in context.get("header_buttons", []):
        buttons = group.get("buttons")
        if not isinstance(buttons, list):
            continue
        kept = []
        for button in buttons:
            if button.get("label") == "download-source-button":
                if not _is_lesson(pagename):
                    continue
                button = {
                    **button,
                    "url": context["pathto"](f"{NOTEBOOKS_DIR}/{pagename}.ipynb", 1),
                    "text": ".ipynb",
                    "tooltip": "Download this lesson's notebook",
                }
            kept.append(button)
        group["buttons"] = kept


def _glossary_targets(app: Any, docname: str) -> dict[str, str]:
    """Each glossary term -> the link to its entry from ``docname``."""
    std = app.env.get_domain("std")
    targets = {}
    for (kind, name), (page, label) in std.objects.items():
        if kind == "term" and page == GLOSSARY_PAGE:
            targets[name] = f"{app.builder.get_relative_uri(docname, page)}#{label}"
    return targets


def setup(app: Any) -> dict[str, Any]:
    """Sphinx hook: progress lines, local assets only, working download links, glossary links."""
    from azru.book.glossary import link_first_uses

    state = {"read": 0, "to_read": 0, "written": 0}
    happenings: dict[str, dict[str, str]] = {}

    def happening_pages() -> dict[str, str]:
        if "pages" not in happenings:
            import json
            from pathlib import Path

            path = Path(app.srcdir) / HAPPENINGS_FILE
            happenings["pages"] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        return happenings["pages"]

    def before_read(app: Any, env: Any, docnames: list[str]) -> None:
        state["read"], state["to_read"], state["written"] = 0, len(docnames), 0
        _progress(f"  reading {len(docnames)} changed page(s) of {len(env.found_docs)}")

    def source_read(app: Any, docname: str, content: list[str]) -> None:
        state["read"] += 1
        left = state["to_read"] - state["read"]
        kind = "notebook" if _is_lesson(docname) else "page"
        _progress(f"  [{state['read']}/{state['to_read']}] reading {kind} {docname} ({left} left)")

    def doctree_resolved(app: Any, doctree: Any, docname: str) -> None:
        if _is_lesson(docname) and app.builder.format == "html":
            link_first_uses(doctree, _glossary_targets(app, docname))

    def page_context(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
        for key in ("script_files", "css_files"):
            if key in context:
                dropped = [f for f in context[key] if _is_external(f)]
                if dropped:
                    context[key] = [f for f in context[key] if not _is_external(f)]
                    names = ", ".join(str(getattr(f, "filename", f)) for f in dropped)
                    _progress(f"  {pagename}: dropped network asset(s) {names}")
        _download_buttons(pagename, context)
        if isinstance(context.get("body"), str):
            context["body"] = empty_headers_as_cells(context["body"])
            if _is_lesson(pagename):
                context["body"] = link_happenings(context["body"], happening_pages())
        if doctree is not None:
            state["written"] += 1
            _progress(f"  [{state['written']}] writing {pagename}")

    app.connect("env-before-read-docs", before_read)
    app.connect("source-read", source_read)
    app.connect("doctree-resolved", doctree_resolved)
    app.connect("html-page-context", page_context, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
