"""Glossary terms linked to the glossary on their first use in each lesson page.

A Sphinx transform on the resolved doctree of every lesson (a notebook page):
the first time a lesson's prose uses a term of ``book/glossary.md`` (or one
of its forms, see :func:`forms`), that word becomes a link to the term's
entry. Headings, links, code, and cell outputs are left alone, and each term
is linked once per page. The notebooks are not touched.

>>> from docutils import nodes
>>> para = nodes.paragraph("", "", nodes.Text("Trade turnover is exports plus imports; turnover again."))
>>> doc = nodes.section("", para)
>>> link_first_uses(doc, {"Trade turnover": "glossary.html#term-Trade-turnover",
...                       "Exports and imports": "glossary.html#term-Exports-and-imports"})
['Trade turnover', 'Exports and imports']
>>> [(n.astext(), n["refuri"]) for n in doc.findall(nodes.reference)]  # doctest: +NORMALIZE_WHITESPACE
[('Trade turnover', 'glossary.html#term-Trade-turnover'),
 ('exports', 'glossary.html#term-Exports-and-imports')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["LINK_CLASS", "forms", "link_first_uses", "pattern"]

LINK_CLASS = "azru-glossary-link"


def forms(term: str) -> list[str]:
    """The phrases that count as a use of a glossary term.

    A parenthesised acronym is a form of its own; any other parenthesis is
    dropped; "A and B" gives A and B (sharing B's last word when A is one
    word and B is several: "primary and secondary source").

    >>> forms("Trend-indicator value (TIV)")
    ['Trend-indicator value', 'TIV']
    >>> forms("Precision (of a date)")
    ['Precision']
    >>> forms("Primary and secondary source")
    ['Primary source', 'secondary source']
    >>> forms("Exports and imports")
    ['Exports', 'imports']
    """
    found = []
    match = re.fullmatch(r"(.*?)\s*\(([^)]*)\)\s*", term)
    base = match.group(1) if match else term
    if match and re.fullmatch(r"[A-Z]{2,}", match.group(2)):
        found.append(match.group(2))
    left, sep, right = base.partition(" and ")
    if sep:
        words = right.split()
        if " " not in left and len(words) > 1:
            found[:0] = [f"{left} {' '.join(words[1:])}", right]
        else:
            found[:0] = [left, right]
    else:
        found.insert(0, base)
    return found


def pattern(terms: list[str]) -> re.Pattern[str]:
    """One regex finding any form of any term as a whole word, longest form first; group name = term index.

    Matching ignores case, except for acronyms; a plural ``s`` is allowed;
    hyphen and space are the same.

    >>> p = pattern(["Consulate-general", "Trend-indicator value (TIV)"])
    >>> [m.group(0) for m in p.finditer("two consulate generals and a tiv, one TIV")]
    ['consulate generals', 'TIV']
    """
    alternatives = []
    for index, term in enumerate(terms):
        for form in forms(term):
            words = [re.escape(w) for w in re.split(r"[\s-]+", form)]
            body = r"[\s-]+".join(words)
            if form.isupper():
                body = f"(?-i:{body})"
            alternatives.append((len(form), f"(?P<t{index}_{len(alternatives)}>{body})"))
    alternatives.sort(key=lambda item: -item[0])
    joined = "|".join(a for _, a in alternatives)
    return re.compile(rf"(?<![\w-])(?:{joined})(?:e?s)?(?![\w-])", re.IGNORECASE)


# Never link inside these (by docutils class name): headings, links, code, raw HTML, term definitions.
_SKIP = {
    "title",
    "subtitle",
    "rubric",
    "reference",
    "pending_xref",
    "literal",
    "literal_block",
    "raw",
    "term",
    "glossary",
    "caption",
    "toctree",
    "compound",
}
_SKIP_CLASSES = {"cell_output", "output", "toctree-wrapper"}


def _skipped(node: Any) -> bool:
    while node is not None:
        if type(node).__name__ in _SKIP:
            return True
        if _SKIP_CLASSES & set(getattr(node, "get", lambda *_: [])("classes", [])):
            return True
        node = node.parent
    return False


def link_first_uses(doctree: Any, targets: Mapping[str, str]) -> list[str]:
    """Turn the first use of each term in ``doctree`` into a link to ``targets[term]``; return the terms linked."""
    from docutils import nodes

    terms = list(targets)
    if not terms:
        return []
    finder = pattern(terms)
    linked: list[str] = []
    for text in list(doctree.findall(nodes.Text)):
        if _skipped(text.parent):
            continue
        node = text
        while True:
            source = str(node)
            match = next(
                (m for m in finder.finditer(source) if terms[_index(m)] not in linked),
                None,
            )
            if match is None:
                break
            term = terms[_index(match)]
            linked.append(term)
            before, word, after = source[: match.start()], match.group(0), source[match.end() :]
            link = nodes.reference(word, word, internal=True, refuri=targets[term], classes=[LINK_CLASS])
            link["reftitle"] = f"{term}: see the glossary"
            rest = nodes.Text(after)
            replacement = [n for n in (nodes.Text(before) if before else None, link, rest) if n is not None]
            node.parent.replace(node, replacement)
            node = rest
    return linked


def _index(match: re.Match[str]) -> int:
    name = next(key for key, value in match.groupdict().items() if value is not None)
    return int(name[1:].split("_")[0])
