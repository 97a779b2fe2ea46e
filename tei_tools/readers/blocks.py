"""The text proper, cut into blocks (runs of lines between blank lines) and classified.

Each block becomes one :class:`Item`: a head, a paragraph, part of a block
quotation, an opener or closer of a letter, a trailer, or a footnote. The
classification looks at a block and its neighbours only, never at its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei_tools.readers import patterns as pt
from tei_tools.readers.preamble import Field, Metadata
from tei_tools.readers.report import Report

# Heads of editorial matter that precedes the work itself and belongs in <front>.
EDITORIAL_HEAD = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:editor|publisher|translator|transcriber)s?['’]?s?\s+)?"
    r"(?P<kind>introduction|introductory note|preface|prefatory note|foreword|editorial note|note|notes)\b",
    re.I,
)
# The division type of each kind of editorial matter.
EDITORIAL_TYPES = {
    "introduction": "introduction", "introductory note": "introduction", "preface": "preface",
    "prefatory note": "preface", "foreword": "foreword", "editorial note": "note", "note": "note", "notes": "note",
}
# Titles that announce a letter, so that "To the ..." lines open it.
LETTER_TITLE = re.compile(r"\b(?:letter|lettre|brief|epistle|telegram|message|reply|appeal)\b", re.I)


@dataclass
class Block:
    """Consecutive non-blank lines; ``number`` is the 1-based line number of the first."""

    lines: list[str]
    number: int
    underlined: bool = False  # the block was underlined ("====="), a plain-text heading

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)


@dataclass
class Item:
    """A classified block: ``kind`` is head, subhead, p, quote, opener, closer, trailer or note."""

    kind: str
    blocks: list[Block]
    level: int = 0  # heads: 1 for a division, 2 for a numbered section within one
    n: str | None = None  # the number of a section or a note
    editorial: str = ""  # heads of editorial matter: its division type (introduction, preface, note...)
    parts: list[str] = field(default_factory=list)  # openers and closers: the role of each line

    @property
    def number(self) -> int:
        return self.blocks[0].number


def split_blocks(lines: list[str], start: int) -> list[Block]:
    """Cut ``lines[start:]`` into blocks at blank lines."""
    blocks: list[Block] = []
    current: list[str] = []
    for index in range(start, len(lines) + 1):
        line = lines[index] if index < len(lines) else ""
        if line.strip():
            if not current:
                first = index
            current.append(line.strip())
        elif current:
            blocks.append(Block(current, first + 1))
            current = []
    return blocks


def drop_residue(blocks: list[Block], report: Report) -> list[Block]:
    """Remove lines of web-site residue (navigation words, wiki chrome), reporting each."""
    kept: list[Block] = []
    for block in blocks:
        lines = []
        for offset, line in enumerate(block.lines):
            reason = pt.residue_reason(line, tuple(block.lines))
            if reason:
                report.remove(block.number + offset, line, reason)
            else:
                lines.append(line)
        if lines:
            underlined = len(block.lines) > 1 and bool(pt.UNDERLINE.match(block.lines[-1]))
            kept.append(Block(lines, block.number + block.lines.index(lines[0]), underlined))
    return kept


def take_late_fields(blocks: list[Block], metadata: Metadata) -> list[Block]:
    """Move blocks made only of header fields ("Last updated on: ...") into the metadata."""
    kept = []
    for block in blocks:
        fields = [pt.parse_field(line) for line in block.lines]
        if all(fields):
            for offset, (kind, label, value) in enumerate(fields):  # type: ignore[misc]
                metadata.fields.append(Field(kind, label, value, block.number + offset))
        else:
            kept.append(block)
    return kept


def classify(blocks: list[Block], metadata: Metadata, report: Report) -> list[Item]:
    """Turn the blocks of the text proper into items, in order."""
    notes_start = _notes_start(blocks)
    main, notes = blocks[:notes_start], blocks[notes_start:]
    items: list[Item] = []
    letter = bool(metadata.title and LETTER_TITLE.search(metadata.title))
    index = 0
    while index < len(main):
        block = main[index]
        division_start = not items or items[-1].kind in ("head", "subhead", "closer", "trailer", "opener")
        run = _closing_run(main, index)
        if run:
            parts = [role for b in main[index: index + run] for role in _closing_roles(b)]
            items.append(Item("closer", main[index: index + run], parts=parts))
            index += run
            continue
        if pt.PARENTHESISED.match(block.text) and _boundary(main, index + 1):
            items.append(Item("trailer", [block]))
        elif division_start and (roles := _opener_roles(block, letter or (bool(items) and items[-1].kind == "opener"))):
            items.append(Item("opener", [block], parts=roles))
        elif head := _head(main, index, items):
            items.append(head)
        elif length := _quotation_run(main, index):
            items.append(Item("quote", main[index: index + length]))
            index += length
            continue
        else:
            items.append(Item("p", [block]))
        index += 1
    items += _notes(notes, report)
    return items


def _numbered_head(block: Block) -> re.Match[str] | None:
    if len(block.lines) != 1:
        return None
    match = pt.NUMBERED_HEAD.match(block.text)
    # "II. The Tasks Ahead", "Chapter 3", or a number alone ("IV")
    return match if match and (match["title"] is None or pt.title_like(match["title"])) else None


def _is_head(blocks: list[Block], index: int) -> bool:
    """A heading: numbered, or up to three short title-like lines, with text after it."""
    block = blocks[index]
    if index + 1 >= len(blocks):
        return False
    if _numbered_head(block) or (block.underlined and len(block.lines) <= 3):
        return True
    if len(block.lines) > 3 or any(len(line) > 100 for line in block.lines):
        return False
    if pt.is_signature(block.text) or pt.parse_dateline(block.text) or pt.CLASSIFICATION.match(block.text):
        return False
    return pt.title_like(block.text)


def _head(blocks: list[Block], index: int, items: list[Item]) -> Item | None:
    if not _is_head(blocks, index):
        return None
    block = blocks[index]
    if numbered := _numbered_head(block):
        # Numbered sections are subdivisions of the latest titled division, if there is one.
        parent = next((item for item in reversed(items) if item.kind == "head" and item.level == 1 and item.n is None), None)
        level = 2 if parent is not None and not parent.editorial else 1
        return Item("head", [block], level=level, n=pt.arabic(numbered["n"]))
    if items and items[-1].kind == "head" and items[-1].level == 1:
        return Item("subhead", [block])
    editorial = EDITORIAL_HEAD.match(block.text)
    return Item("head", [block], level=1, editorial=EDITORIAL_TYPES[editorial["kind"].lower()] if editorial else "")


def _closing_roles(block: Block) -> list[str]:
    """The role of each line of a signature block ("signed", "dateline"), or [] if it is not one.

    A name beside a dateline signs ("N. Lenin" over "Petrograd, April 10, 1917");
    alone, only a name in capitals or initials does.
    """
    datelines = [bool(pt.parse_dateline(line)) for line in block.lines]
    roles = []
    for line, dated in zip(block.lines, datelines):
        if dated:
            roles.append("dateline")
        elif pt.is_signature(line) or (any(datelines) and pt.name_like(line.lstrip("—–- "))):
            roles.append("signed")
        else:
            return []
    return roles if len(block.lines) <= 3 else []


def _closing_run(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` form a closer: signatures and datelines, then a boundary."""
    length = 0
    while index + length < len(blocks):
        block = blocks[index + length]
        if not _closing_roles(block):
            break
        length += 1
        if _boundary(blocks, index + length):
            return length
    return 0


def _boundary(blocks: list[Block], index: int) -> bool:
    """True at the end of the text or before a heading (where a division ends)."""
    return index >= len(blocks) or _is_head(blocks, index) or bool(
        pt.PARENTHESISED.match(blocks[index].text) and _boundary(blocks, index + 1)
    )


def _opener_roles(block: Block, expect_letter: bool) -> list[str]:
    """The roles of the lines of a letter's opening block, or [] if it is not one."""
    roles = []
    for line in block.lines:
        if pt.CLASSIFICATION.match(line):
            roles.append("classification")
        elif pt.SALUTE.match(line) and not line.endswith(".") and (expect_letter or roles or line.endswith((",", ":"))):
            roles.append("salute")
        elif pt.parse_dateline(line) and (expect_letter or roles):
            roles.append("dateline")
        else:
            return []
    return roles


def _quote_state(text: str) -> str:
    """Where the quotation opened by the first character of ``text`` closes.

    "end" when it closes at the very end (only punctuation or a note marker
    after it), "open" when it stays open (the next paragraph continues it),
    "early" when it closes inside the paragraph (a quotation within prose).
    """
    opening = text[0]
    closing = pt.QUOTE_PAIRS[opening]
    depth = 0
    for position, char in enumerate(text):
        if char == opening and (opening != closing or depth == 0):
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                rest = pt.NOTE_MARKER.sub("", text[position + 1:]).strip(" .,;:!?)")
                return "end" if not rest else "early"
    return "open"


def _quotation_run(blocks: list[Block], index: int) -> int:
    """How many paragraphs from ``index`` form one block quotation (0 if none)."""
    length = 0
    while index + length < len(blocks):
        text = blocks[index + length].text
        if not text or text[0] not in pt.QUOTE_PAIRS:
            return 0
        state = _quote_state(text)
        length += 1
        if state == "end":
            return length
        if state == "early":
            return 0
    return 0


def _notes_start(blocks: list[Block]) -> int:
    """Index of the notes section, or len(blocks) when there is none.

    The section is a "Notes" head followed by numbered notes or, without a
    head, a final run of blocks that starts with a bracketed "[1] ...".
    """
    for index in range(len(blocks) - 2, -1, -1):
        if pt.NOTES_HEAD.match(blocks[index].text) and pt.NOTE_ITEM.match(blocks[index + 1].text):
            return index
    for index, block in enumerate(blocks):
        if block.text.startswith("[1] ") and all(pt.NOTE_ITEM.match(b.text) for b in blocks[index:] if b.text.startswith("[")):
            return index
    return len(blocks)


def _notes(blocks: list[Block], report: Report) -> list[Item]:
    """The notes section: its head, then one note per numbered block (later blocks continue it)."""
    items: list[Item] = []
    for block in blocks:
        match = pt.NOTE_ITEM.match(block.text)
        if not items and not match:
            items.append(Item("notes-head", [block]))
        elif match:
            items.append(Item("note", [block], n=match["n"]))
        elif items[-1].kind == "note":
            items[-1].blocks.append(block)
        else:
            report.warn(block.number, block.text[:80], "text in the notes section before the first note (kept as a paragraph)")
            items.append(Item("p", [block]))
    return items
