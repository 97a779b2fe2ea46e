"""TEI to plain text: a header block, the text, then its notes.

Paragraphs are separated by a blank line; verse lines, list items and the
like (:data:`LINE_BLOCKS`) follow each other line by line. Headings are
underlined. Note markers read ``[n]``; notes standing at their anchor are
collected in a final "Notes" section as ``[n] text``. Output is UTF-8 text
in NFC, wrapped only when a width is given.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from typing import NamedTuple

from lxml import etree

from tei_tools.tei import content, text_of
from tei_tools.writers.document import Document, display, generated_text, name_of

#: Blocks written on consecutive lines, without a blank line between them.
LINE_BLOCKS = frozenset({
    "l", "item", "speaker", "salute", "signed", "dateline", "row", "docAuthor", "docDate",
    "titlePart", "byline", "bibl", "label", "castItem",
})

#: Readings added by an editor, shown in square brackets after the source's.
BRACKETED = frozenset({"corr", "expan", "reg", "rdg", "supplied"})

# Stands for a line break (lb) until white space is normalized: XML text cannot contain it.
_LINE_BREAK = "\x00"
_BLANKS = re.compile(r"[ \t\r\n]+")
_AROUND_BREAK = re.compile(r" ?\x00 ?")


class _Block(NamedTuple):
    text: str
    tight: bool  # a line block: no blank line before another line block of the same parent
    parent: etree._Element | None
    heading: int | None = None  # heading level: underlined with = (level 1) or -


def to_text(tree: etree._ElementTree | etree._Element, width: int | None = None) -> str:
    """Render a TEI document as plain text; ``width`` wraps lines at that many characters."""
    return _TextWriter(Document(tree), width).document_text()


class _TextWriter:
    def __init__(self, document: Document, width: int | None) -> None:
        self.document = document
        self.width = width
        self.collected_notes: list[etree._Element] = []

    def document_text(self) -> str:
        blocks = self._header()
        for text in self.document.texts():
            blocks += self._blocks(text)
        if self.collected_notes:
            blocks.append(_Block("Notes", False, None, heading=1))
        # Rendering a note may collect notes nested in it: they follow in turn.
        for note in self.collected_notes:
            blocks += self._note(note)
        return unicodedata.normalize("NFC", self._join(blocks)) + "\n"

    def _header(self) -> list[_Block]:
        fields = [f"{label}: {'; '.join(self._inline(element) for element in elements)}"
                  for label, elements in self.document.metadata()]
        header = [_Block(self.document.title(), False, None, heading=1)]
        return header + [_Block(field, True, self.document.header) for field in fields]

    # ---- blocks -----------------------------------------------------------

    def _blocks(self, element: etree._Element) -> list[_Block]:
        """Return the blocks of an element laid out where blocks are expected."""
        name = name_of(element)
        if name == "note":
            return self._note(element)
        if display(element, True) == "block":
            text = self._inline(element)
            heading = self.document.heading_level(element) if name == "head" else None
            tight = name in LINE_BLOCKS
            return [_Block(text, tight, element.getparent(), heading)] if text else []
        blocks: list[_Block] = []
        run: list[str | etree._Element] = []  # inline content between blocks
        for item in [*content(element), None]:
            if item is not None and (isinstance(item, str) or display(item, True) == "inline"):
                run.append(item)
                continue
            text = self._inline_items(run)
            if text:
                blocks.append(_Block(text, False, element))
            run = []
            if item is not None:
                blocks += self._blocks(item)
        return blocks

    def _note(self, note: etree._Element) -> list[_Block]:
        blocks = self._note_content(note)
        label = f"[{self.document.note_label(note)}]"
        if not blocks:
            return [_Block(label, False, note.getparent())]
        first = blocks[0]
        return [first._replace(text=f"{label} {first.text}", parent=note.getparent()), *blocks[1:]]

    def _note_content(self, note: etree._Element) -> list[_Block]:
        if display(note, True) == "block":
            text = self._inline(note)
            return [_Block(text, False, note)] if text else []
        return [block for item in content(note) if not isinstance(item, str)
                for block in self._blocks(item)]

    # ---- inline content ---------------------------------------------------

    def _inline(self, element: etree._Element) -> str:
        """Return an element's content as one normalized line (line breaks where ``lb`` stands)."""
        return self._inline_items(list(content(element)))

    def _inline_items(self, items: list[str | etree._Element]) -> str:
        raw = "".join(item if isinstance(item, str) else self._raw(item) for item in items)
        return _AROUND_BREAK.sub("\n", _BLANKS.sub(" ", raw)).strip(" \n")

    def _raw(self, element: etree._Element) -> str:
        """Return the text of an inline element, white space not yet normalized."""
        if not isinstance(element.tag, str):
            return ""  # comments and processing instructions are not text
        name = name_of(element)
        note = self.document.note_pointed_at(element)
        if note is not None:
            own = self._children(element) if text_of(element).strip() else ""
            return f"[{own.strip() or self.document.note_label(note)}]"
        if name == "note":
            self.collected_notes.append(element)
            return f"[{self.document.note_label(element)}]"
        if name == "lb":
            return _LINE_BREAK
        if name == "choice":
            readings = [self._raw(item) for item in content(element) if not isinstance(item, str)]
            return " ".join(readings)
        inner = self._children(element)
        if name == "cell" and element.getprevious() is not None:
            return f" | {inner}"  # cells of a row share its line
        if name in BRACKETED:
            return f"[{inner}]"
        shown = generated_text(element)
        return f"{shown}{inner}" if shown is not None else inner

    def _children(self, element: etree._Element) -> str:
        return "".join(item if isinstance(item, str) else self._raw(item) for item in content(element))

    # ---- layout -----------------------------------------------------------

    def _join(self, blocks: list[_Block]) -> str:
        parts: list[str] = []
        previous: _Block | None = None
        for block in blocks:
            if previous is not None:
                same_lines = previous.tight and block.tight and previous.parent is block.parent
                parts.append("\n" if same_lines else "\n\n")
            parts.append(self._layout(block))
            previous = block
        return "".join(parts)

    def _layout(self, block: _Block) -> str:
        lines = block.text.split("\n")
        if self.width:
            lines = [wrapped for line in lines for wrapped in
                     textwrap.wrap(line, self.width, break_long_words=False, break_on_hyphens=False) or [""]]
        if block.heading is not None:
            lines.append(("=" if block.heading <= 1 else "-") * max(len(line) for line in lines))
        return "\n".join(lines)
