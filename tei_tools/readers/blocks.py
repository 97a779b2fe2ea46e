"""The text proper, cut into blocks (runs of lines between blank lines) and classified.

Each block becomes one :class:`Item`: a head, a paragraph, part of a block
quotation, an opener or closer of a letter, a trailer, or a footnote. The
classification looks at a block and its neighbours only, never at its words.
"""

from __future__ import annotations

import re
from collections import Counter
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
    """Consecutive non-blank lines; ``number`` is the 1-based line number of the first.

    A block is not changed once made: its ``text`` is joined once (the classification
    reads it a dozen times per block).
    """

    lines: list[str]
    number: int
    underlined: bool = False  # the block was underlined ("====="), a plain-text heading
    text: str = field(init=False)  # the lines joined by spaces

    def __post_init__(self) -> None:
        self.text = " ".join(line.strip() for line in self.lines)


@dataclass
class Item:
    """A classified block (or run of blocks) of the text."""

    kind: str  # head, subhead, p, quote, opener, closer, postscript, trailer, milestone, contents, sp, stage, notes-head, note
    blocks: list[Block]
    level: int = 0  # heads: 1 for a division, 2 for a numbered section within one
    n: str | None = None  # the number of a section or a note
    editorial: str = ""  # heads of editorial matter: its division type (introduction, preface, note...)
    parts: list[str] = field(default_factory=list)  # openers and closers: the role of each line; sp: the speaker

    @property
    def number(self) -> int:
        return self.blocks[0].number


def split_blocks(lines: list[str], start: int) -> list[Block]:
    """Cut ``lines[start:]`` into blocks at blank lines, or at indented lines when there are no blank lines."""
    by_indent = _indented_paragraphs(lines[start:])
    blocks: list[Block] = []
    current: list[str] = []
    for index in range(start, len(lines) + 1):
        line = lines[index] if index < len(lines) else ""
        if current and by_indent and line[:1].isspace() and line.strip():
            blocks.append(Block(current, first + 1))
            current = []
        if line.strip():
            if not current:
                first = index
            current.append(line.strip())
        elif current:
            blocks.append(Block(current, first + 1))
            current = []
    if not any(len(line) >= UNWRAPPED and len(line.split()) >= 15 for line in lines[start:]):
        return blocks
    return [part for block in blocks for part in _split_unwrapped(block)]


# Longer than any line a wrapping editor leaves: the text was copied from a web page, one paragraph a line.
UNWRAPPED = 120
# In such a text, a line this long, or one closed by a full stop, is a paragraph of its own.
SHORT_LINE = 60


def _split_unwrapped(block: Block) -> list[Block]:
    """Cut a block of an unwrapped text into its lines; short open lines stay together ("Yours," over a name).

    A block of "Label: value" lines (fields) or of "1. ..." lines (notes, a list) is kept whole,
    as is a block of one line (most of them, in such a text).
    """
    if len(block.lines) == 1 or all(pt.FIELD_LINE.match(line) for line in block.lines) or all(
            pt.NOTE_ITEM.match(line) for line in block.lines):
        return [block]
    parts: list[tuple[int, list[str]]] = []  # (offset, lines) of each part
    for offset, line in enumerate(block.lines):
        previous = block.lines[offset - 1] if offset else ""
        if parts and _open_line(previous) and _open_line(line):
            parts[-1][1].append(line)
        else:
            parts.append((offset, [line]))
    return [Block(lines, block.number + offset) for offset, lines in parts]


def _open_line(line: str) -> bool:
    return len(line) < SHORT_LINE and not line.rstrip("”’\"')]").endswith((".", "!", "?"))


def _indented_paragraphs(lines: list[str]) -> bool:
    """True when paragraphs are marked by indenting their first line, not by blank lines."""
    texts = [line for line in lines if line.strip()]
    inner = "\n".join(lines).strip().split("\n")
    separated = sum(1 for before, line in zip(inner, inner[1:]) if before.strip() and not line.strip())
    indented = sum(1 for line in texts if line[:1].isspace())
    return len(texts) >= 6 and separated * 20 <= len(texts) and 2 <= indented < len(texts)


def drop_residue(blocks: list[Block], report: Report, web: bool = True) -> list[Block]:
    """Remove lines of residue (heading underlines; with ``web``, navigation words and wiki chrome), reporting each.

    A line of stars alone is a section separator, not residue; under a heading it underlines it.
    """
    kept: list[Block] = []
    for block in blocks:
        if len(block.lines) == 1 and pt.SEPARATOR.match(block.lines[0]):
            kept.append(block)
            continue
        lines = []
        neighbours = tuple(block.lines)
        for offset, line in enumerate(block.lines):
            reason = pt.residue_reason(line, neighbours, web)
            if not reason and offset and offset == len(block.lines) - 1 and pt.SEPARATOR.match(line):
                reason = "heading underline"
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
    levels = _keyword_levels(main)
    speakers = _speakers(main)
    heads = [_is_head(main, index) for index in range(len(main))]
    boundaries = _boundaries(main, heads)
    letter_title = bool(metadata.title and _announces_letter(metadata.title))
    index = 0
    while index < len(main):
        block = main[index]
        division_start = not items or items[-1].kind in ("head", "subhead", "closer", "trailer", "opener")
        if pt.SEPARATOR.match(block.text):
            items.append(Item("milestone", [block]))
        elif length := _contents_run(main, index):
            items.append(Item("contents", main[index: index + length]))
            index += length
            continue
        elif speakers and (speech := _speech(main, index, speakers)):
            speaker, length = speech
            items.append(Item("sp", main[index: index + length], parts=[speaker]))
            index += length
            continue
        elif speakers and pt.STAGE_DIRECTION.match(block.text):
            items.append(Item("stage", [block]))
        elif run := _closing_run(main, index, boundaries):
            parts = [role for roles in _run_roles(main[index: index + run]) for role in roles]
            items.append(Item("closer", main[index: index + run], parts=parts))
            index += run
            continue
        elif pt.POSTSCRIPT.match(block.text) and items and items[-1].kind == "closer":
            length = next(end for end in range(index + 1, len(main) + 1) if boundaries[end]) - index
            items.append(Item("postscript", main[index: index + length]))
            index += length
            continue
        elif pt.PARENTHESISED.match(block.text) and boundaries[index + 1]:
            items.append(Item("trailer", [block]))
        elif division_start and (roles := _opener_roles(block, letter_title or _expects_letter(items))):
            items.append(Item("opener", [block], parts=roles))
            if "dateline" in roles and not metadata.opening_date:
                dateline = block.lines[roles.index("dateline")]
                metadata.opening_date = (pt.parse_dateline(dateline) or (None, None))[1]
        elif heads[index]:
            items.append(_head(block, items, levels))
        elif length := _quotation_run(main, index):
            items.append(Item("quote", main[index: index + length]))
            index += length
            continue
        else:
            items.append(Item("p", [block]))
        index += 1
    items += _notes(notes, report)
    for item in items:
        if item.kind != "p":
            level = f" (level {item.level})" if item.kind == "head" else ""
            report.recognise(item.number, item.blocks[0].text[:80], f"body: {item.kind}{level}")
    return items


def _announces_letter(title: str) -> bool:
    """A title or head that announces a letter ("Letter to the Politburo", "MARX TO ENGELS")."""
    return bool(LETTER_TITLE.search(title) or pt.letter_heading(title))


def _expects_letter(items: list[Item]) -> bool:
    """True where a letter may open: under a head that announces one, or after an opener line."""
    last_head = next((item for item in reversed(items) if item.kind == "head"), None)
    return bool(last_head and _announces_letter(last_head.blocks[0].text)) or bool(items) and items[-1].kind == "opener"


def _numbered_head(block: Block) -> re.Match[str] | None:
    """The number of a numbered head: one line, or a "CHAPTER I." line over its title."""
    if len(block.lines) > 1:
        match = pt.NUMBERED_HEAD.match(block.lines[0])
        titled = len(block.lines) <= 3 and all(pt.title_like(line) for line in block.lines[1:])
        # A bare number ("II.") takes one title line under it; a keyword ("CHAPTER II") up to two.
        fits = match and (match["keyword"] or len(block.lines) == 2 and match["n"] and not match["n"].islower())
        return match if fits and match["title"] is None and titled else None
    match = pt.NUMBERED_HEAD.match(block.text)
    # "II. The Tasks Ahead", "Chapter 3", "SCENE II. A room in the castle.", or a number alone ("IV")
    titled = match and match["title"] is not None
    return match if match and (not titled or match["keyword"] or pt.title_like(match["title"])) else None


def _keyword_levels(blocks: list[Block]) -> dict[int, int]:
    """The level of each kind of numbered head the text uses, by rank: BOOK 1 and CHAPTER 2, or CHAPTER 1 alone."""
    ranks = {pt.head_rank(match) for block in blocks if (match := _numbered_head(block))} - {None}
    return {rank: level for level, rank in enumerate(sorted(ranks), start=1)}  # type: ignore[type-var]


def _is_head(blocks: list[Block], index: int) -> bool:
    """A heading: numbered, or up to three short title-like lines, with text after it."""
    block = blocks[index]
    if index + 1 >= len(blocks):
        return False
    if _numbered_head(block) or (block.underlined and len(block.lines) <= 3):
        return True
    if len(block.lines) > 3 or any(len(line) > 100 for line in block.lines):
        return False
    if pt.letter_heading(block.text) or index and pt.ADDRESSEE_PLACE.match(block.text) and pt.letter_heading(blocks[index - 1].text):
        return True  # "ENGELS TO KAUTSKY" over "IN DEAL": the letter's heading, though it reads as a signature
    if (pt.is_signature(block.text) and len(block.text.split()) > 1) or pt.parse_dateline(block.text) or pt.CLASSIFICATION.match(block.text):
        return False
    return pt.title_like(block.text) or _capitals_head(block)


def _capitals_head(block: Block) -> bool:
    """A short line in capitals closed by a stop ("PREFACE.", "FEUDALISM AND THE MONARCHY."): a heading."""
    return len(block.lines) == 1 and block.text.isupper() and len(block.text.split()) <= 12 and pt.title_like(block.text[:-1])


def _head(block: Block, items: list[Item], levels: dict[int, int]) -> Item:
    """The item of a block that is a heading: a numbered division, a subhead or a titled division."""
    if numbered := _numbered_head(block):
        rank = pt.head_rank(numbered)
        ranked = next((item for item in reversed(items) if item.kind == "head" and item.editorial == "" and item.n and item.level in levels.values()), None)
        if rank is not None:
            level = levels[rank]
        elif levels and ranked is not None:
            level = ranked.level + 1  # "1." under "CHAPTER I": a section of the chapter
        else:
            # Numbered sections are subdivisions of the latest titled division, if there is one.
            parent = next((item for item in reversed(items) if item.kind == "head" and item.level == 1 and item.n is None), None)
            level = 2 if parent is not None and not parent.editorial else 1
        return Item("head", [block], level=level, n=pt.head_number(numbered))
    if items and items[-1].kind == "head":
        return Item("subhead", [block])
    editorial = EDITORIAL_HEAD.match(block.text)
    return Item("head", [block], level=1, editorial=EDITORIAL_TYPES[editorial["kind"].lower()] if editorial else "")


def _normal(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _entry_like(block: Block) -> bool:
    """Lines of a table of contents: short, none a sentence of running text."""
    return all(len(line) <= 90 and not (len(line.split()) >= 10 and line.endswith(".")) for line in block.lines)


def _contents_run(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` form a table of contents (0 if none).

    It is a "Contents" head with entries, or a block of three or more numbered
    heads; it ends where the text begins, with its first entry again.
    """
    block = blocks[index]
    headed = bool(pt.CONTENTS_HEAD.match(block.lines[0]))
    if not headed and not (len(block.lines) >= 3 and all(pt.NUMBERED_HEAD.match(line) for line in block.lines)):
        return 0
    entries = block.lines[1:] if headed else block.lines
    length = 1
    while index + length < len(blocks) and _entry_like(blocks[index + length]):
        following = _normal(blocks[index + length].lines[0])
        if entries and following and _normal(entries[0]).startswith(following):
            break  # the text begins with the first entry
        entries = entries or blocks[index + length].lines
        length += 1
    return length if entries else 0


def _speakers(blocks: list[Block]) -> set[str]:
    """The speakers of a play: names that open blocks ("HAMLET." or "HAM. To be...").

    In a text with acts or scenes a name in capitals speaks at once, another after
    two appearances; elsewhere it takes three, and a name in capitals.
    """
    drama = any(pt.DRAMA_HEAD.match(block.text) for block in blocks)
    counts: Counter[str] = Counter()
    for block in blocks:
        if (speaker := _speaker_label(block.lines[0], drama)) is not None:
            counts[speaker.rstrip(".")] += 1
    needed = {True: 1 if drama else 3, False: 2}
    return {name.upper() for name, count in counts.items() if count >= needed[name.isupper()]}


def _speaker_label(line: str, drama: bool) -> str | None:
    """The speaker's name as written at the start of ``line`` ("HAMLET."), or None."""
    match = pt.SPEAKER_LINE.match(line) or pt.SPEAKER_INLINE.match(line)
    if not match or pt.NUMBERED_HEAD.match(line) or pt.DRAMA_HEAD.match(line):
        return None  # (the heads are looked for only under a speaker's name: most lines have none)
    name = match["speaker"]
    if name.upper() in pt.NOT_SPEAKERS or len(name.split()) > 4 or not (drama or name.isupper()):
        return None
    return name + "."


def _speech(blocks: list[Block], index: int, speakers: set[str]) -> tuple[str, int] | None:
    """A speech: the speaker's name as written, and how many blocks it takes (the name alone takes the next)."""
    block = blocks[index]
    speaker = _speaker_label(block.lines[0], True)
    if speaker is None or speaker.rstrip(".").upper() not in speakers:
        return None
    if block.lines[0] != speaker or len(block.lines) > 1:
        return speaker, 1
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or _speaker_label(following.lines[0], True) or _is_head(blocks, index + 1):
        return None
    return speaker, 2


def _closing_roles(block: Block, valediction: bool = False) -> list[str]:
    """The role of each line of a signature block ("salute", "signed", "dateline"), or [] if it is not one.

    A name beside a dateline or after a valediction ("Your affectionate brother,")
    signs ("N. Lenin" over "Petrograd, April 10, 1917"); alone, only a name in
    capitals or initials does.
    """
    if len(block.lines) > 3:
        return []  # a paragraph
    datelines = [bool(pt.parse_dateline(line)) for line in block.lines]
    roles: list[str] = []
    for line, dated in zip(block.lines, datelines):
        if dated:
            roles.append("dateline")
        elif not roles and pt.VALEDICTION.match(line):
            roles.append("salute")
        elif pt.is_signature(line) or ((any(datelines) or valediction or "salute" in roles) and (
                pt.name_like(line.lstrip("—–- ")) or pt.SINGLE_NAME.match(line))):
            roles.append("signed")
        else:
            return []
    return [] if _numbered_head(block) else roles  # "ACT II" is a heading, not a signature in capitals


def _run_roles(blocks: list[Block]) -> list[list[str]]:
    """The roles of the lines of consecutive closing blocks ([] from the first that is not one)."""
    runs: list[list[str]] = []
    for block in blocks:
        roles = _closing_roles(block, any("salute" in r for r in runs))
        if not roles:
            break
        runs.append(roles)
    return runs


def _closing_run(blocks: list[Block], index: int, boundaries: list[bool]) -> int:
    """How many blocks from ``index`` form a closer: up to six of signatures and datelines, then a boundary."""
    if not any(boundaries[index + 1: index + 7]):
        return 0  # no division ends soon enough: no need to read the blocks' roles
    runs = _run_roles(blocks[index: index + 6])
    if not runs or pt.letter_heading(blocks[index].text):
        return 0  # "ENGELS TO KAUTSKY" heads a letter, it does not sign one
    return next((length for length in range(len(runs), 0, -1) if boundaries[index + length]), 0)


def _boundaries(blocks: list[Block], heads: list[bool]) -> list[bool]:
    """For each index up to ``len(blocks)``, whether a division may end before that block: at the end
    of the text, before a heading or a postscript, or before a trailer that stands before one.

    ``heads`` tells which blocks are headings. Computed once, from the end: the classification asks
    it near every block, where a closer might stand.
    """
    boundaries = [True] * (len(blocks) + 1)
    for index in range(len(blocks) - 1, -1, -1):
        text = blocks[index].text
        boundaries[index] = heads[index] or bool(pt.POSTSCRIPT.match(text)) or bool(
            pt.PARENTHESISED.match(text) and boundaries[index + 1])
    return boundaries


def _opener_roles(block: Block, expect_letter: bool) -> list[str]:
    """The roles of the lines of a letter's opening block, or [] if it is not one."""
    roles = []
    for line in (line.strip("_*") for line in block.lines):  # _To Mrs. Saville._: emphasis marks are no part of it
        if pt.CLASSIFICATION.match(line):
            roles.append("classification")
        elif pt.SALUTE.match(line) and (expect_letter or roles or line.endswith((",", ":"))) and (
            not line.endswith(".") or expect_letter and len(line.split()) <= 8
        ):
            roles.append("salute")
        elif (pt.parse_dateline(line) or pt.LOOSE_DATELINE.match(line)) and (expect_letter or roles):
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


# How a final run of notes without a "Notes" head may begin.
FIRST_NOTE_LABELS = ("[1] ", "[A] ", "[a] ", "[note] ", "* ")


def _note_item(block: Block) -> re.Match[str] | None:
    return None if pt.SEPARATOR.match(block.text) else pt.NOTE_ITEM.match(block.text)


def _note_list(block: Block) -> list[Block]:
    """The notes of a block of lines numbered 1, 2, 3... one note a line, or [] if it is not one."""
    matches = [pt.NOTE_ITEM.match(line) for line in block.lines]
    if len(block.lines) < 2 or not all(m and m["n"] == str(position) for position, m in enumerate(matches, start=1)):
        return []
    return [Block([line], block.number + offset) for offset, line in enumerate(block.lines)]


def _notes_start(blocks: list[Block]) -> int:
    """Index of the notes section, or len(blocks) when there is none.

    The section is a "Notes" head followed by notes or, without a head, a final
    run of blocks that starts with a first note ("[1] ...", "[A] ...", "* ..."
    after a text with asterisk markers).
    """
    for index in range(len(blocks) - 2, -1, -1):
        if pt.NOTES_HEAD.match(blocks[index].text) and _note_item(blocks[index + 1]):
            return index
    marked = any(pt.note_markers(block.text) for block in blocks[:-1])
    if blocks and marked and _note_list(blocks[-1]):
        return len(blocks) - 1  # "1. ..." "2. ..." on the last lines of a page: its notes, without a head
    starred = False
    for index, block in enumerate(blocks):
        if block.text.startswith(FIRST_NOTE_LABELS) and (starred or not block.text.startswith("* ")) and all(
            _note_item(b) for b in blocks[index:] if b.text.startswith(("[", "*")) and not pt.SEPARATOR.match(b.text)
        ):
            return index
        starred = starred or any(m["star"] for m in pt.note_markers(block.text))
    return len(blocks)


def _notes(blocks: list[Block], report: Report) -> list[Item]:
    """The notes section: its head, then one note per labelled block (later blocks continue it)."""
    items: list[Item] = []
    for block in (part for block in blocks for part in (_note_list(block) or [block])):
        match = _note_item(block)
        if not items and not match:
            items.append(Item("notes-head", [block]))
        elif match:
            items.append(Item("note", [block], n=pt.note_label(match)))
        elif items[-1].kind == "note":
            items[-1].blocks.append(block)
        else:
            report.warn(block.number, block.text[:80], "text in the notes section before the first note (kept as a paragraph)")
            items.append(Item("p", [block]))
    return items
