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
  (axe-core: "empty-table-header"); the notebooks keep their outputs;
- shows a lesson's References, printed by a code cell as lines ``- <citation>``,
  as a list of wrapped text with working links rather than as code output
  (which a phone cuts at about 40 characters); the notebooks keep their outputs.

Its script, ``book/_static/azru.js``, makes every menu and contents button open
the sidebars on a phone (the theme binds only the first, hidden, one).
"""

from __future__ import annotations

import re
from typing import Any

from azru.book.build import HAPPENINGS_FILE, NOTEBOOKS_DIR

__all__ = ["empty_headers_as_cells", "link_happenings", "references_as_lists", "setup"]

GLOSSARY_PAGE = "glossary"
_ID_CELL = re.compile(r"<td>([a-z0-9][a-z0-9-]*)</td>")
_EMPTY_HEADER = re.compile(r"<th((?:\s[^>]*)?)>(?:\s|&nbsp;|&#160;|<p>\s*</p>)*</th>")
REFERENCES_TITLES = ("references", "sources")
_URL = re.compile(r"https?://\S+")


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


def _with_links(text: str) -> list[Any]:
    """``text`` as docutils nodes, each URL in it a link (a closing stop or comma left outside)."""
    from docutils import nodes

    parts: list[Any] = []
    position = 0
    for found in _URL.finditer(text):
        url = found.group(0).rstrip(".,;:")
        parts.append(nodes.Text(text[position : found.start()]))
        parts.append(nodes.reference(url, url, refuri=url))
        position = found.start() + len(url)
    parts.append(nodes.Text(text[position:]))
    return [p for p in parts if not isinstance(p, nodes.Text) or str(p)]


def references_as_lists(doctree: Any) -> int:
    """In a section titled References, each printed output of lines ``- <citation>`` -> a bulleted list.

    Returns how many outputs were turned. The list has the class ``azru-references`` (book/_static/azru.css).

    >>> from docutils import nodes
    >>> from docutils.utils import new_document
    >>> from docutils.frontend import get_default_settings
    >>> doc = new_document("lesson", get_default_settings())
    >>> section = nodes.section("", nodes.title("", "References"))
    >>> section += nodes.literal_block("", "- A. Report. https://x.org/a (accessed 2026).", classes=["output", "stream"])
    >>> doc += section
    >>> references_as_lists(doc)
    1
    >>> item = doc.next_node(nodes.list_item)
    >>> item.astext(), item.next_node(nodes.reference)["refuri"]
    ('A. Report. https://x.org/a (accessed 2026).', 'https://x.org/a')
    """
    from docutils import nodes

    turned = 0
    for section in list(doctree.findall(nodes.section)):
        title = section[0] if len(section) and isinstance(section[0], nodes.title) else None
        if title is None or title.astext().strip().lower() not in REFERENCES_TITLES:
            continue
        for block in list(section.findall(nodes.literal_block)):
            lines = [line for line in block.astext().splitlines() if line.strip()]
            if "output" not in block["classes"] or not lines or not all(line.startswith("- ") for line in lines):
                continue
            listing = nodes.bullet_list(classes=["azru-references"])
            for line in lines:
                listing += nodes.list_item("", nodes.paragraph("", "", *_with_links(line[2:].strip())))
            block.replace_self(listing)
            turned += 1
    return turned


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
            references_as_lists(doctree)  # first, so that no glossary link lands inside a citation
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
