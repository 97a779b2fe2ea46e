"""TEI to one self-contained HTML5 page.

Each TEI element becomes the HTML tag that :data:`HTML_TAGS` names for it (one
for block layout, one for inline layout) with the class ``tei-NAME``; elements
without a rule become ``div``/``span`` with that class, so nothing is dropped.
Functions cover only what needs logic: headings, ``hi``, links, notes.
"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import NamedTuple

import lxml.html
from lxml import etree

from tei_tools import __version__
from tei_tools.tei import content, text_of, xml_attr
from tei_tools.writers.document import (
    DIVISIONS,
    Document,
    display,
    generated_text,
    name_of,
    rend_tokens,
)


class Tags(NamedTuple):
    """The HTML tag of a TEI element in block and in inline layout, and its ARIA role."""

    block: str = "div"
    inline: str = "span"
    role: str | None = None


#: TEI element -> HTML tags; elements not listed get ``Tags()`` (div/span).
#: A block tag that holds only phrasing content (p) is used only for elements
#: listed in ``TEXT_BLOCKS``, which never hold blocks: the page stays valid HTML.
HTML_TAGS: dict[str, Tags] = {
    "text": Tags("article"),
    **{division: Tags("section") for division in DIVISIONS},
    "front": Tags("section"),
    "back": Tags("section"),
    "p": Tags("p"), "ab": Tags("p"),
    "speaker": Tags("p"), "stage": Tags("p"), "trailer": Tags("p"),
    "salute": Tags("p"), "signed": Tags("p"), "dateline": Tags("p"), "byline": Tags("p"),
    "docAuthor": Tags("p"), "docDate": Tags("p"), "docImprint": Tags("p"), "titlePart": Tags("p"),
    "quote": Tags("blockquote", "q"), "q": Tags("blockquote", "q"),
    "figure": Tags("figure"),
    "list": Tags(role="list"), "listBibl": Tags(role="list"), "item": Tags(role="listitem"),
    "table": Tags(role="table"), "row": Tags(role="row"), "cell": Tags(role="cell"),
    "emph": Tags("em", "em"), "title": Tags("cite", "cite"), "foreign": Tags("i", "i"),
    "mentioned": Tags("i", "i"), "del": Tags("del", "del"), "add": Tags("ins", "ins"),
    "abbr": Tags("abbr", "abbr"), "lb": Tags("br", "br"), "code": Tags("code", "code"),
}

_NO_RULE = Tags()

#: ``hi/@rend`` token -> HTML tag; other tokens only become classes (``rend-smallcaps``).
REND_TAGS = {
    "italic": "i", "italics": "i", "i": "i", "bold": "b", "b": "b",
    "sup": "sup", "superscript": "sup", "sub": "sub", "subscript": "sub",
    "underline": "u", "u": "u", "strikethrough": "s", "strike": "s",
}

#: The page's stylesheet, embedded so the page needs nothing beside itself.
STYLESHEET = files("tei_tools.writers").joinpath("export.css").read_text(encoding="utf-8")

_NOT_IN_CLASS = re.compile(r"[^\w-]+")


class _Context(NamedTuple):
    inline: bool
    in_link: bool


def to_html(tree: etree._ElementTree | etree._Element) -> str:
    """Render a TEI document as one HTML5 page with embedded CSS.

    The page has the header's metadata, a table of contents when the text has
    two or more headed divisions, the text, and its notes linked both ways.
    """
    return _HtmlWriter(Document(tree)).page()


class _HtmlWriter:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.sections: list[tuple[int, str, str]] = []  # heading level, id, heading text
        self.collected_notes: list[etree._Element] = []

    def page(self) -> str:
        html = etree.Element("html")
        language = self.document.language()
        if language:
            html.set("lang", language)
        head = etree.SubElement(html, "head")
        etree.SubElement(head, "meta", charset="utf-8")
        etree.SubElement(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
        etree.SubElement(head, "meta", name="generator", content=f"tei-tools {__version__}")
        etree.SubElement(head, "title").text = self.document.title()
        etree.SubElement(head, "style").text = STYLESHEET
        body = etree.SubElement(html, "body")
        self._metadata(body)
        main = etree.Element("main")
        for text in self.document.texts():
            self.render(text, main, _Context(inline=False, in_link=False))
        self._collected_notes(main)
        if len(self.sections) >= 2:
            body.append(self._table_of_contents())
        body.append(main)
        return lxml.html.tostring(html, doctype="<!DOCTYPE html>", encoding="unicode", method="html") + "\n"

    # ---- the header and the table of contents ----------------------------

    def _metadata(self, body: etree._Element) -> None:
        header = etree.SubElement(body, "header", {"class": "tei-teiHeader"})
        etree.SubElement(header, "h1").text = self.document.title()
        fields = self.document.metadata()
        if not fields:
            return
        listing = etree.SubElement(header, "dl", {"class": "metadata"})
        context = _Context(inline=True, in_link=False)
        for label, elements in fields:
            etree.SubElement(listing, "dt").text = label
            value = etree.SubElement(listing, "dd")
            for number, element in enumerate(elements):
                if number:
                    _append_text(value, "; ")
                self.render(element, value, context)

    def _table_of_contents(self) -> etree._Element:
        heading_id = self.document.new_id("toc-heading")
        nav = etree.Element("nav", {"class": "toc", "role": "doc-toc", "aria-labelledby": heading_id})
        etree.SubElement(nav, "h2", id=heading_id).text = "Contents"
        top = min(level for level, _, _ in self.sections)
        lists = [(top, etree.SubElement(nav, "ol"))]
        item: etree._Element | None = None
        for level, section_id, heading in self.sections:
            while level < lists[-1][0] and len(lists) > 1:
                lists.pop()
            if level > lists[-1][0] and item is not None:
                lists.append((level, etree.SubElement(item, "ol")))
            item = etree.SubElement(lists[-1][1], "li")
            etree.SubElement(item, "a", href=f"#{section_id}").text = heading or "(untitled)"
        return nav

    # ---- the text ---------------------------------------------------------

    def render(self, element: etree._Element, parent: etree._Element, context: _Context) -> None:
        """Append the HTML of one TEI element (not its tail) to ``parent``."""
        if not isinstance(element.tag, str):
            return  # comments and processing instructions are not text
        layout = display(element, not context.inline)
        name = name_of(element)
        note = self.document.note_pointed_at(element)
        if note is not None:
            self._marker(note, element, parent, context)
            return
        if name == "note" and layout == "inline":
            self.collected_notes.append(element)
            self._marker(element, None, parent, context)
            return
        if name == "note":
            marked = self.document.has_markers(element)
            self._note(element, parent, self.document.marker_id(element) if marked else None)
            return
        html = etree.SubElement(parent, self._tag(element, name, layout, context))
        self._attributes(element, name, html)
        if html.tag == "a":
            html.set("href", element.get("target", "").split(" ")[0])
        if name in DIVISIONS and layout != "inline":
            self._section(element, html)
        shown = generated_text(element)
        if shown is not None:
            _append_text(html, shown)
        inner = _Context(layout != "container", context.in_link or html.tag == "a")
        self._children(element, html, inner if inner != context else context)

    def _children(self, element: etree._Element, html: etree._Element, context: _Context) -> None:
        for item in content(element):
            if isinstance(item, str):
                _append_text(html, item)
            else:
                self.render(item, html, context)

    def _tag(self, element: etree._Element, name: str, layout: str, context: _Context) -> str:
        if layout == "inline":
            if name == "hi":
                return next((REND_TAGS[token] for token in rend_tokens(element) if token in REND_TAGS), "span")
            if name in {"ref", "ptr"} and element.get("target"):
                return "span" if context.in_link else "a"
            return HTML_TAGS.get(name, _NO_RULE).inline
        level = self.document.heading_level(element) if name == "head" else None
        if level is not None:
            return f"h{min(level + 1, 6)}"
        if name == "head":  # a picture's caption (HTML wants it first or last in the figure), or a list's or a stanza's head
            parent = element.getparent()
            return "figcaption" if parent is not None and name_of(parent) == "figure" and element in (parent[0], parent[-1]) else "p"
        return HTML_TAGS.get(name, _NO_RULE).block

    def _attributes(self, element: etree._Element, name: str, html: etree._Element) -> None:
        html.set("class", f"tei-{name}" if name else f"xml-{etree.QName(element).localname}")
        role = HTML_TAGS.get(name, _NO_RULE).role
        if role:
            html.set("role", role)
        if not element.attrib:
            return
        classes = [f"rend-{_NOT_IN_CLASS.sub('-', token)}" for token in rend_tokens(element)]
        if element.get("type"):
            classes.append(f"type-{_NOT_IN_CLASS.sub('-', element.get('type', ''))}")
        if classes:
            html.set("class", " ".join([html.get("class", ""), *classes]))
        if name and element.get(xml_attr("id")):
            html.set("id", element.get(xml_attr("id"), ""))
        if element.get(xml_attr("lang")):
            html.set("lang", element.get(xml_attr("lang"), ""))
        if name == "gap" and (element.get("reason") or element.get("extent")):
            html.set("title", " ".join(filter(None, [element.get("reason"), element.get("extent")])))

    def _section(self, division: etree._Element, html: etree._Element) -> None:
        heads = [head for head in content(division)
                 if not isinstance(head, str) and self.document.heading_level(head) is not None]
        if not heads:
            return
        section_id = self.document.element_id(division, "section") or ""
        html.set("id", section_id)
        level = self.document.heading_level(heads[0]) or 1
        self.sections.append((level, section_id, self.document.heading_text(heads[0])))

    # ---- notes --------------------------------------------------------------

    def _marker(self, note: etree._Element, pointer: etree._Element | None,
                parent: etree._Element, context: _Context) -> None:
        """Render a note marker: the pointer's own content, or the note's label, linking to the note."""
        marker = etree.SubElement(parent, "span" if context.in_link else "a", {"class": "noteref"})
        if pointer is None:
            marker.set("id", self.document.marker_id(note))
        else:
            marker.set("id", self.document.element_id(pointer, "noteref") or "")
        if not context.in_link:
            marker.set("href", f"#{self.document.note_id(note)}")
            marker.set("role", "doc-noteref")
        label = etree.SubElement(marker, "sup")
        if pointer is not None and text_of(pointer).strip():
            self._children(pointer, label, _Context(inline=True, in_link=True))
        else:
            label.text = self.document.note_label(note)

    def _note(self, note: etree._Element, parent: etree._Element, marker_id: str | None) -> None:
        """Render a note as an end note: its label links back to its marker when it has one."""
        html = etree.SubElement(parent, "div")
        self._attributes(note, "note", html)
        html.set("id", self.document.note_id(note))
        html.set("role", "doc-endnote")
        label = self.document.note_label(note)
        if marker_id:
            etree.SubElement(html, "a", {"class": "note-label", "href": f"#{marker_id}", "role": "doc-backlink",
                                         "aria-label": f"Back to note {label} in the text"}).text = label
        else:
            etree.SubElement(html, "span", {"class": "note-label"}).text = label
        _append_text(html, " ")
        self._children(note, html, _Context(display(note, True) == "block", in_link=False))

    def _collected_notes(self, main: etree._Element) -> None:
        if not self.collected_notes:
            return
        section = etree.SubElement(main, "section", {"class": "notes", "role": "doc-endnotes"})
        heading_id = self.document.new_id("notes-heading")
        section.set("aria-labelledby", heading_id)
        etree.SubElement(section, "h2", id=heading_id).text = "Notes"
        # Rendering a note may collect notes nested in it: they follow in turn.
        for note in self.collected_notes:
            self._note(note, section, self.document.marker_id(note))


def _append_text(parent: etree._Element, text: str) -> None:
    """Append text at the end of ``parent``: to its text, or to its last child's tail."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text
