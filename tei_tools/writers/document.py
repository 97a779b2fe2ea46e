"""What every writer reads from a TEI document, whatever its source.

A :class:`Document` finds the texts to render, the header fields to show and
the notes with their markers; :func:`display` says whether an element is laid
out as a container of blocks, a block of text, or inline. The HTML and the
plain-text writers share all of this, so both render any TEI the same way.
"""

from __future__ import annotations

import copy
import re
from typing import Literal

from lxml import etree

from tei_tools.tei import NSMAP, TEI_NS, content, tei, text_of, xml_attr

XINCLUDE_NS = "http://www.w3.org/2001/XInclude"

Display = Literal["container", "block", "inline"]

#: Elements always laid out inline, even where blocks are expected.
INLINE = frozenset({
    "abbr", "add", "addName", "affiliation", "anchor", "choice", "corr", "damage", "date", "del",
    "emph", "expan", "foreign", "forename", "gap", "geogName", "gloss", "hi", "lb", "measure",
    "mentioned", "name", "num", "orgName", "orig", "pb", "persName", "placeName", "ptr", "q",
    "ref", "reg", "roleName", "rs", "sic", "soCalled", "space", "supplied", "surname", "term",
    "time", "title", "unclear", "ex", "am", "lem", "rdg", "app", "c", "w", "pc", "g", "cb",
    "milestone", "seg",
})

#: Elements that always hold a line of text, never a sequence of blocks.
TEXT_BLOCKS = frozenset({
    "p", "ab", "head", "l", "speaker", "stage", "trailer", "salute", "signed", "dateline",
    "byline", "docAuthor", "docDate", "docImprint", "titlePart", "label", "cell", "row",
    "bibl", "figDesc", "castItem",
})

#: Division elements: each is a section with a heading level.
DIVISIONS = frozenset({"div", "div1", "div2", "div3", "div4", "div5", "div6", "div7"})

#: MARC relator codes used in ``resp/@key`` and the label they get in the metadata.
RESPONSIBILITIES = {"trl": "Translator", "trc": "Transcriber", "edt": "Editor", "ann": "Annotator",
                    "aut": "Author", "com": "Compiler", "mrk": "Encoder", "pbl": "Publisher", "ivr": "Interviewer"}

#: Header fields shown in the metadata block: label and XPath below ``teiHeader``.
HEADER_FIELDS: tuple[tuple[str, str], ...] = (
    ("Subtitle", "tei:fileDesc/tei:titleStmt/tei:title[@type='sub']"),
    ("Author", "tei:fileDesc/tei:titleStmt/tei:author"),
    ("Editor", "tei:fileDesc/tei:titleStmt/tei:editor"),
    ("Written", "tei:profileDesc/tei:creation/tei:date[not(@notAfter) or @when or @from or @notBefore]"),
    # only a bound: "not after its publication" is no date of writing
    ("Written no later than", "tei:profileDesc/tei:creation/tei:date[@notAfter and not(@when or @from or @notBefore)]"),
    ("Source", ("tei:fileDesc/tei:sourceDesc/tei:bibl[@type='source' or not(@type)]"
                " | tei:fileDesc/tei:sourceDesc/tei:biblStruct | tei:fileDesc/tei:sourceDesc/tei:p"
                " | tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msIdentifier")),
    ("First published", "tei:fileDesc/tei:sourceDesc/tei:bibl[@type='firstPublished']"),
    ("Transcription", "tei:fileDesc/tei:sourceDesc/tei:bibl[@type='transcription']"),
    ("Publisher", "tei:fileDesc/tei:publicationStmt/tei:publisher"),
    ("Published", "tei:fileDesc/tei:publicationStmt/tei:date"),
    ("Licence", "tei:fileDesc/tei:publicationStmt/tei:availability"),
    ("Publication", "tei:fileDesc/tei:publicationStmt/tei:p"),
    ("Notes", "tei:fileDesc/tei:notesStmt/tei:note"),
)

_TITLE = "tei:fileDesc/tei:titleStmt/tei:title[not(@type='sub')]"
_SPACES = re.compile(r"\s+")
_TEI_PREFIX = f"{{{TEI_NS}}}"


def name_of(element: etree._Element) -> str:
    """Return a TEI element's local name; ``""`` for comments, PIs and other vocabularies."""
    tag = element.tag
    if isinstance(tag, str) and tag.startswith(_TEI_PREFIX):
        return tag[len(_TEI_PREFIX):]
    return ""


def normalized(text: str) -> str:
    """Collapse runs of white space into single spaces and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def display(element: etree._Element, in_block_context: bool) -> Display:
    """Say how an element is laid out: a container of blocks, a block, or inline.

    Inside a block everything is inline. Where blocks are expected, elements
    not listed in :data:`INLINE` or :data:`TEXT_BLOCKS` are containers when
    they hold only elements, blocks when they hold text: so unknown TEI, and
    elements such as ``quote`` or ``note`` that hold either, are laid out
    by what they contain.
    """
    name = name_of(element)
    if not isinstance(element.tag, str) or not in_block_context or name in INLINE:
        return "inline"
    if name in TEXT_BLOCKS:
        return "block"
    holds_text = any(isinstance(item, str) and item.strip() for item in content(element))
    return "block" if holds_text or len(element) == 0 else "container"


def generated_text(element: etree._Element) -> str | None:
    """Return the text shown for an element that has no text of its own, if any."""
    name = name_of(element)
    if name == "gap":
        return "[…]"
    if name == "pb" and element.get("n"):
        return f"[p. {element.get('n')}]"
    if name == "ptr":
        return element.get("target")
    if name == "graphic":
        return f"[image: {element.get('url', '')}]"
    if element.tag == f"{{{XINCLUDE_NS}}}include":
        return f"[not included: {element.get('href', '')}]"
    return None


def rend_tokens(element: etree._Element) -> list[str]:
    """Return the tokens of ``@rend`` (``"italic bold"`` gives ``["italic", "bold"]``)."""
    return element.get("rend", "").split()


class Document:
    """A parsed TEI document as the writers see it.

    Documents without the TEI namespace (TEI P4, fragments) are read by local
    name: their unqualified elements are moved into the TEI namespace in a copy,
    so every writer deals with one vocabulary.
    """

    def __init__(self, tree: etree._ElementTree | etree._Element) -> None:
        root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
        if etree.QName(root).namespace is None:
            root = _adopted_into_tei(root)
        self.root = root
        self.header = _first(root.xpath("tei:teiHeader", namespaces=NSMAP))
        self._texts = self._find_texts()
        self._by_id = {element.get(xml_attr("id")): element
                       for element in root.xpath("//*[@xml:id]")}
        self._used_ids = set(self._by_id)
        self._pointers = self._note_pointers()
        self._marked_notes = {pointer: note for note, pointers in self._pointers.items()
                              for pointer in pointers}
        self._labels: dict[etree._Element, str] = {}
        self._generated: dict[etree._Element, str] = {}
        self._marker_ids: dict[etree._Element, str] = {}

    # ---- what to render -------------------------------------------------

    def texts(self) -> list[etree._Element]:
        """Return the outermost ``text`` elements, or the root of a fragment without any."""
        return self._texts

    def _find_texts(self) -> list[etree._Element]:
        texts = self.root.xpath("//tei:text[not(ancestor::tei:text)]", namespaces=NSMAP)
        if texts or name_of(self.root) in {"TEI", "TEI.2", "teiCorpus"}:
            return texts
        return [self.root]

    def language(self) -> str | None:
        """Return the document's ``xml:lang`` (root, else first text), if any."""
        for element in [self.root, *self.texts()[:1]]:
            if element.get(xml_attr("lang")):
                return element.get(xml_attr("lang"))
        return None

    def title(self) -> str:
        """Return the main title as plain text, or a stand-in when there is none."""
        titles = self._header_elements(_TITLE)
        return "; ".join(normalized(text_of(title)) for title in titles) or "Untitled TEI document"

    def metadata(self) -> list[tuple[str, list[etree._Element]]]:
        """Return the header fields to show, as (label, elements) pairs, in display order.

        Responsibilities (``respStmt``: translator, transcriber...) follow the
        editor; fields without any non-empty element are left out.
        """
        fields = [(label, self._header_elements(path)) for label, path in HEADER_FIELDS]
        after_editor = [label for label, _ in HEADER_FIELDS].index("Editor") + 1
        fields[after_editor:after_editor] = self._responsibilities()
        return [(label, elements) for label, elements in fields if elements]

    def _responsibilities(self) -> list[tuple[str, list[etree._Element]]]:
        found: dict[str, list[etree._Element]] = {}
        for statement in self._header_elements("tei:fileDesc/tei:titleStmt/tei:respStmt"):
            resp = _first(statement.xpath("tei:resp", namespaces=NSMAP))
            if resp is None:
                continue
            label = RESPONSIBILITIES.get(resp.get("key", "")) or normalized(text_of(resp)).capitalize()
            names = statement.xpath("tei:persName | tei:name | tei:orgName", namespaces=NSMAP)
            found.setdefault(label, []).extend(name for name in names if text_of(name).strip())
        return [(label, names) for label, names in found.items() if label and names]

    def _header_elements(self, path: str) -> list[etree._Element]:
        if self.header is None:
            return []
        return [element for element in self.header.xpath(path, namespaces=NSMAP)
                if text_of(element).strip()]

    # ---- sections -------------------------------------------------------

    @staticmethod
    def heading_level(head: etree._Element) -> int | None:
        """Return 1 for the head of a top-level division, 2 below it...; None for other heads.

        A subtitle (``head type="sub"``) is no heading of its own.
        """
        parent = head.getparent()
        if parent is None or name_of(parent) not in DIVISIONS or head.get("type") == "sub":
            return None
        return sum(1 for ancestor in head.iterancestors() if name_of(ancestor) in DIVISIONS)

    def heading_text(self, head: etree._Element) -> str:
        """Return a heading as plain text, without its notes and note markers."""
        parts: list[str] = []
        for item in content(head):
            if isinstance(item, str):
                parts.append(item)
            elif name_of(item) != "note" and self.note_pointed_at(item) is None:
                parts.append(self.heading_text(item))
        return normalized("".join(parts))

    # ---- ids ------------------------------------------------------------

    def element_id(self, element: etree._Element, prefix: str | None = None) -> str | None:
        """Return an element's ``xml:id``; else, when ``prefix`` is given, a new unique id."""
        existing = element.get(xml_attr("id"))
        if existing or prefix is None:
            return existing
        if element not in self._generated:
            self._generated[element] = self.new_id(prefix)
        return self._generated[element]

    def new_id(self, prefix: str) -> str:
        """Return ``prefix-N``, an id used nowhere else in the document or the output."""
        number = 1
        while f"{prefix}-{number}" in self._used_ids:
            number += 1
        self._used_ids.add(f"{prefix}-{number}")
        return f"{prefix}-{number}"

    # ---- notes ----------------------------------------------------------

    def _note_pointers(self) -> dict[etree._Element, list[etree._Element]]:
        """Map each note to the elements pointing at it, in document order.

        A ``ref`` or ``ptr`` whose ``@target`` is ``#id`` of a note points at
        it; so does an ``anchor`` named by the note's own ``@target``.
        """
        pointers: dict[etree._Element, list[etree._Element]] = {}
        for pointer in self.root.xpath("//tei:ref[@target] | //tei:ptr[@target]", namespaces=NSMAP):
            note = self._target(pointer)
            if note is not None and name_of(note) == "note":
                pointers.setdefault(note, []).append(pointer)
        for note in self.root.xpath("//tei:note[@target]", namespaces=NSMAP):
            anchor = self._target(note)
            if anchor is not None and name_of(anchor) == "anchor":
                pointers.setdefault(note, []).append(anchor)
        return pointers

    def _target(self, element: etree._Element) -> etree._Element | None:
        target = element.get("target", "").split(" ")[0]
        return self._by_id.get(target[1:]) if target.startswith("#") else None

    def note_pointed_at(self, element: etree._Element) -> etree._Element | None:
        """Return the note that ``element`` (a ``ref``, ``ptr`` or ``anchor``) marks, if any."""
        return self._marked_notes.get(element)

    def has_markers(self, note: etree._Element) -> bool:
        """Tell whether some ``ref``, ``ptr`` or ``anchor`` marks this note in the text."""
        return note in self._pointers

    def note_label(self, note: etree._Element) -> str:
        """Return a note's label: its ``@n``, else its number among the notes."""
        if note not in self._labels:
            self._labels[note] = note.get("n") or str(len(self._labels) + 1)
        return self._labels[note]

    def note_id(self, note: etree._Element) -> str:
        """Return the id a note has in the output."""
        return self.element_id(note, "note") or ""

    def marker_id(self, note: etree._Element) -> str:
        """Return the id of a note's (first) marker: where its back-link returns."""
        pointers = self._pointers.get(note)
        if pointers:
            return self.element_id(pointers[0], "noteref") or ""
        # A note standing at its anchor has no pointer element: its marker gets an id of its own.
        if note not in self._marker_ids:
            self._marker_ids[note] = self.new_id("noteref")
        return self._marker_ids[note]


def _first(elements: list[etree._Element]) -> etree._Element | None:
    return elements[0] if elements else None


def _adopted_into_tei(root: etree._Element) -> etree._Element:
    """Return a copy of ``root`` whose unqualified elements are in the TEI namespace."""
    adopted = copy.deepcopy(root)

    def adopt(element: etree._Element) -> None:
        if isinstance(element.tag, str) and etree.QName(element).namespace is None:
            element.tag = tei(element.tag)
        for item in content(element):
            if not isinstance(item, str):
                adopt(item)

    adopt(adopted)
    etree.cleanup_namespaces(adopted)
    return adopted

