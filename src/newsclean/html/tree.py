"""The page's element trees: newsclean's own reading of the page, and trafilatura's.

:func:`page_tree` is libxml2's HTML parser with lxml's default settings: the tree
``lxml.html.document_fromstring`` builds, without ``lxml.html``'s element classes (each element
a walk touches then costs a Python lookup of its class; nothing here uses their methods) and
without the table of ``id`` attributes (nothing here looks one up).

:func:`trafilatura_tree` is the tree trafilatura builds of the same markup (its
``utils.load_html``: the markup repaired as trafilatura repairs it, comments and processing
instructions dropped by the parser), parsed once for both: trafilatura extracts from a copy of
it (it copies a tree it is given, and leaves the original as it was), and the visible text is
read from it afterwards (:func:`newsclean.html.extract.visible_text`), so the page is parsed
once, not twice.
Its elements are ``lxml.html``'s ``HtmlElement`` (what trafilatura expects), chosen by lxml in C
for every element instead of by ``lxml.html``'s Python lookup, which gives ``<form>``,
``<input>``, ``<select>``, ``<textarea>`` and ``<label>`` classes of their own whose methods
neither trafilatura nor newsclean calls: trafilatura touches about 4,400 elements a ScrapingHub
page, and runs 1.6 ms a page faster on this tree (21.5 -> 19.8 ms, the parse included;
docs/benchmarks.md).
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple


def page_tree(markup: str) -> Any | None:
    """The root element of ``markup``, or None when lxml finds no document in it."""
    import lxml.etree

    try:
        return lxml.etree.fromstring(markup, _parser())
    except (lxml.etree.ParserError, ValueError):  # e.g. a str with an XML encoding declaration
        return None


class Parsed(NamedTuple):
    """:func:`trafilatura_tree`'s answer: the tree, and whether its text is the page's."""

    #: trafilatura's tree of the page; None when trafilatura finds no HTML in it.
    tree: Any | None
    #: Whether the tree holds the text :func:`page_tree` holds: trafilatura repaired nothing
    #: but a doctype on the first line (it also deletes control characters and rewrites a
    #: self-closing ``<html/>`` tag; 2 of the 1,059 pages of the dev files hold a control
    #: character, one a backspace after a list item's text), and read the ``str`` (a page with an
    #: XML encoding declaration it reads from bytes, which :func:`page_tree` does not).
    same_text: bool


def trafilatura_tree(markup: str) -> Parsed:
    """The tree trafilatura's ``load_html`` builds of ``markup`` (the same elements, attributes
    and text: tests/test_html_tree.py compares them), with the element classes chosen in C
    (module docstring). When libxml2 takes no ``str`` (an XML encoding declaration) or returns
    no element, trafilatura reads the page's bytes instead: that reading is left to
    ``load_html`` itself."""
    import lxml.etree
    import lxml.html
    from trafilatura.utils import DOCTYPE_TAG, is_dubious_html, load_html

    beginning = markup[:50].lower()
    repaired = repaired_markup(markup, beginning)
    same = repaired == markup
    if not same and "doctype" in beginning:  # the one repair that changes no text
        first, _, rest = markup.partition("\n")
        same = repaired == DOCTYPE_TAG.sub("", first, count=1) + "\n" + rest
    try:
        tree = lxml.html.fromstring(repaired, parser=_trafilatura_parser())
    except (lxml.etree.LxmlError, ValueError):
        return Parsed(load_html(markup), same_text=False)  # read from bytes: page_tree reads none
    if tree is None or len(tree) < 1:
        return Parsed(load_html(markup), same_text=False)
    if is_dubious_html(beginning) and len(tree) < 2:  # load_html's test: not HTML at all
        return Parsed(None, same)
    return Parsed(tree, same)


#: trafilatura's repair reads the first line and the first lines of this many characters.
REPAIR_WINDOW = 4096


def repaired_markup(markup: str, beginning: str) -> str:
    """trafilatura's ``repair_faulty_html(markup, beginning)``, run on the page's first lines
    only when the page holds none of the characters it deletes (:func:`has_invalid_xml_chars`):
    its other two repairs (a doctype on the first line, a self-closing ``<html/>`` in the
    first four lines of the first ``REPAIR_WINDOW`` characters) change only those lines, and
    its deletion, a regex substitution over the whole page, would change nothing (0.55 ms a
    ScrapingHub page). The lines are cut after a line feed, which no match of its patterns
    crosses. Same answer on every page (tests/test_html_tree.py compares them)."""
    from trafilatura.utils import repair_faulty_html

    cut = markup.find("\n", REPAIR_WINDOW - 1) + 1
    if not cut or has_invalid_xml_chars(markup):
        return str(repair_faulty_html(markup, beginning))
    return str(repair_faulty_html(markup[:cut], beginning)) + markup[cut:]


# The characters trafilatura's ``repair_faulty_html`` deletes (its ``INVALID_XML_CHARS``): C0
# controls but tab, line feed and carriage return, and U+FFFE, U+FFFF. In UTF-8 each C0 control
# is one byte that no other character's bytes contain.
_C0_CONTROLS = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def has_invalid_xml_chars(markup: str) -> bool:
    """Whether ``markup`` holds a character trafilatura's repair deletes. Its own test is a
    regex substitution over the whole page (0.55 ms a ScrapingHub page, on nearly every page for
    nothing: 2 of the 1,059 dev pages hold one); ``bytes.translate`` finds the same in 0.2.
    ``"\\ufffe" in markup`` returns at once on a page whose characters all lie below it."""
    encoded = markup.encode("utf-8", "surrogatepass")
    has_control = len(encoded.translate(None, _C0_CONTROLS)) != len(encoded)
    return has_control or "\ufffe" in markup or "\uffff" in markup


@cache
def _parser() -> Any:
    import lxml.etree

    return lxml.etree.HTMLParser(collect_ids=False)


@cache
def _trafilatura_parser() -> Any:
    """trafilatura's ``utils.HTML_PARSER`` settings; every element an ``HtmlElement``."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser
