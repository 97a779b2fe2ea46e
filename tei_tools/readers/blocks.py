"""The text proper, cut into blocks (runs of lines between blank lines) and classified.

Each block becomes one :class:`Item`: a head, a paragraph, part of a block
quotation, an opener or closer of a letter, a trailer, or a footnote. The
classification looks at a block and its neighbours only, never at its words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice, takewhile

from tei_tools.readers import patterns as pt
from tei_tools.readers.dates import Date, find_dates, parse_date
from tei_tools.readers.preamble import (YEARLESS_DAY, Field, Metadata, byline, byline_and_rest, dated_author, from_source, take_byline, take_printed_name,
                                       take_speaker, take_title_line)
from tei_tools.readers.report import Report
from tei_tools.readers.titlepage import IMPRINT_LINE, TITLE_PAGE_BLOCK, dated_line

# The division type of each kind of editorial matter.
EDITORIAL_TYPES = {
    "introduction": "introduction", "introductory note": "introduction", "preface": "preface",
    "prefatory note": "preface", "foreword": "foreword", "editorial note": "note", "note": "note", "notes": "note",
}
# A letter's heading in words: "Letter from MISS SOPHIA MALTRAVERS" / "to her Nephew, ...".
LETTER_FROM = re.compile(r"^(?:an?\s+|the\s+)?(?:letter|epistle)\s+(?:from|of)\s+(?:(?-i:[A-Z])|the\b)", re.I)
# Titles that announce a letter, so that "To the ..." lines open it; a title naming only its addressee
# ("To Maxim Gorky", "To the Printers") does too.
LETTER_TITLE = re.compile(r"\b(?:letter|lettre|brief|epistle|telegram|message|reply|appeal)\b|^(?:to|aan|à):?\s+[^\W\d_]", re.I)


@dataclass
class Block:
    """Consecutive non-blank lines; ``number`` is the 1-based line number of the first.

    A block is not changed once made: its ``text`` is joined once (the classification
    reads it a dozen times per block).
    """

    lines: list[str]
    number: int
    underlined: bool = False  # the block was underlined ("====="), a plain-text heading
    indents: list[int] = field(default_factory=list)  # the spaces before each line, where known (verse)
    text: str = field(init=False)  # the lines joined by spaces

    def __post_init__(self) -> None:
        self.text = " ".join(line.strip() for line in self.lines)

    @property
    def indented(self) -> bool:
        """Its first line was indented (a Gutenberg footnote "    [7] ..." under its paragraph)."""
        return bool(self.indents) and self.indents[0] > 0

    def part(self, start: int, stop: int | None = None) -> Block:
        """Its lines from ``start`` to ``stop`` as a block of their own, numbered and indented as they stand."""
        return Block(self.lines[start:stop], self.number + start, indents=self.indents[start:stop])


@dataclass
class Item:
    """A classified block (or run of blocks) of the text."""

    kind: str  # head, subhead, title, dedication, contents, cast, bibl, p, list, verse, figure, quote, opener, closer, postscript, trailer, end (a trailer before back matter), milestone, sp, stage, notes-head, note
    blocks: list[Block]
    level: int = 0  # heads: 1 for a division, 2 for a numbered section within one
    n: str | None = None  # the number of a section or a note
    editorial: str = ""  # heads of editorial matter: its division type (introduction, preface, note...)
    parts: list[str] = field(default_factory=list)  # openers and closers: the role of each line; sp: the speaker; verse: its lines

    @property
    def number(self) -> int:
        return self.blocks[0].number


def split_blocks(lines: list[str], start: int) -> list[Block]:
    """Cut ``lines[start:]`` into blocks at blank lines, or at indented lines when there are no blank lines."""
    unseparated = _unseparated(lines[start:])
    by_indent = unseparated and _indented_paragraphs(lines[start:])
    blocks: list[Block] = []
    current: list[str] = []
    first, indents = start, []  # the first line of the current block, and each line's indentation
    for index in range(start, len(lines) + 1):
        line = lines[index] if index < len(lines) else ""
        if current and by_indent and line[:1].isspace() and line.strip():
            blocks.append(Block(current, first + 1, indents=indents))
            current = []
        if line.strip():
            if not current:
                first, indents = index, []
            current.append(line.strip())
            indents.append(len(line) - len(line.lstrip()))
        elif current:
            blocks.append(Block(current, first + 1, indents=indents))
            current = []
    blocks = [part for block in blocks for part in _head_apart(block) for part in _bullets_apart(part)]
    if any(len(line) >= UNWRAPPED and len(line.split()) >= 15 for line in lines[start:]):
        blocks = [part for block in blocks for part in _split_unwrapped(block)]
    elif unseparated and not by_indent:
        blocks = [part for block in blocks for part in _split_at_early_breaks(block)]
    return _spaced_stanzas_together(blocks)


def _spaced_stanzas_together(blocks: list[Block]) -> list[Block]:
    """Join a poem set double-spaced into its stanzas: indented short lines, a blank line after each, two or more
    between stanzas ("      They told me 'twas a fearful thing" / "" / "        to pine in prison lone:" / "" / "")."""
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _spaced_verse_line(blocks[end]):
            end += 1
        stanzas = _stanzas(blocks[index:end]) if end - index >= 2 * STANZA_LINES else []
        verse = [stanza for stanza in stanzas if len(stanza) >= STANZA_LINES]  # (a line alone, its source say, is no stanza)
        # (a poem's lines stand at one or two indents; a title page's are centred)
        if len(verse) >= 2 and len({block.indents[0] for stanza in verse for block in stanza}) <= 2:
            for stanza in stanzas:
                joined += [Block([block.text for block in stanza], stanza[0].number, indents=[block.indents[0] for block in stanza])] \
                    if len(stanza) >= STANZA_LINES else stanza
            index = end
        else:
            joined.append(blocks[index])
            index += 1
    return joined


#: the fewest lines of a stanza of a poem set double-spaced
STANZA_LINES = 2


def _spaced_verse_line(block: Block) -> bool:
    """A line alone, indented and short, as a poem set double-spaced has it."""
    return len(block.lines) == 1 and bool(block.indents) and block.indents[0] > 0 and len(block.text) < VERSE_LINE_LENGTH


def _stanzas(blocks: list[Block]) -> list[list[Block]]:
    """One-line blocks cut into stanzas where two blank lines or more stand between them."""
    stanzas = [[blocks[0]]]
    for before, block in zip(blocks, blocks[1:]):
        if block.number - before.number > 2:
            stanzas.append([])
        stanzas[-1].append(block)
    return stanzas


#: the least length of a wrapped line of prose, on average
PROSE_LINE = 40


def join_broken_sentences(blocks: list[Block]) -> list[Block]:
    """Join each block to the one before where a blank line fell inside a sentence, as a PDF's text has them: the
    prose before is left open on a word no sentence ends on ("... the standard narrative of the" / "Industrial
    Workers of the World ..."), or the block goes on in lower case ("..., that universities" / "have given - all that");
    a heading in capitals going on under a blank line ("RUSSIAN WEIGHTS AND MEASURES" / "AND MONEY EMPLOYED ..."); and
    an illustration's caption whose bracket closes under a blank line ("[Illustration: JOHN KEATS." / "Portrait by ...]")."""
    joined: list[Block] = []
    for block in blocks:
        if joined and (_broken_sentence(joined[-1], block) or _heading_goes_on(joined[-1], block)
                       or _illustration_goes_on(joined[-1], block)):
            before = joined[-1]
            joined[-1] = Block(before.lines + block.lines, before.number, indents=before.indents + block.indents)
        else:
            joined.append(block)
    return joined


def _broken_sentence(before: Block, block: Block) -> bool:
    last, first = before.lines[-1], block.lines[0]
    if len(last) < PROSE_LINE:
        return False
    if first[:1].islower():
        goes_on = not LOWER_LIST_ITEM.match(first)
    else:  # (a title page's title left open over a label stays apart: "... and Americanism in the" / "Thesis")
        goes_on = pt.dangles(last) and len(block.text) >= PROSE_LINE and not (  # ("...; and" / "2) To ...", "WHEREAS ...")
            LIST_ITEM_NUMBER.match(first) or pt.RESOLUTION_CLAUSE.match(first))
    # (the cheap tests first: most blocks open in capitals after a closed sentence; a title goes on in its byline,
    # not in a sentence: "..., 1917-1920" / "by Ann Roe")
    return goes_on and not (_closed(last) or last.endswith(";") or byline(first))


def _heading_goes_on(before: Block, block: Block) -> bool:
    """True when ``block``, a line in capitals under one blank line, goes on with the heading in capitals ``before``
    it, opening with a word that joins ("RUSSIAN WEIGHTS AND MEASURES" / "AND MONEY EMPLOYED IN THE PLAYS")."""
    return len(before.lines) == len(block.lines) == 1 and block.number == before.number + 2 \
        and bool(HEADING_GOES_ON.match(block.text)) and before.text.isupper() and block.text.isupper()


def _illustration_goes_on(before: Block, block: Block) -> bool:
    """True when ``block`` closes the bracket of the illustration's caption ``before`` it ("[Illustration: JOHN
    KEATS." / "Portrait by Joseph Severn in the National Portrait Gallery.]")."""
    # (the cheap tests first, as this runs for every block)
    return before.text[:1] == "[" and block.text[-1:] == "]" and bool(pt.ILLUSTRATION.match(f"{before.text} {block.text}"))


# A heading's line going on with the words of the one over it: "AND MONEY EMPLOYED IN THE PLAYS" (more than the word).
HEADING_GOES_ON = re.compile(r"^(?:AND|OR|WITH|TOGETHER WITH)\s+\S+\s+\S")


# A list's item numbered in lower case: "a) ...", "iv. ...".
LOWER_LIST_ITEM = re.compile(r"^(?:[a-z]|[ivxl]+)[.)]\s")


def _head_apart(block: Block) -> list[Block]:
    """A block whose first line names editorial matter over its text ("TRANSCRIBER’S NOTE" / "The original
    publication ..."), as a PDF's text has it: the heading and the text apart."""
    rest = block.lines[1:]
    # (prose under it, not a list of short lines that opens with "Introduction")
    if len(rest) < 2 or not pt.names_editorial(block.lines[0]) or rest[0][:1].islower() or sum(map(len, rest)) < PROSE_LINE * len(rest):
        return [block]
    return [block.part(0, 1), block.part(1)]


def _bullets_apart(block: Block) -> list[Block]:
    """A block whose lines open with the same bullet, two or more ("• Who ..." / "• What ..."): each item a block of
    its own, with the lines that wrap it; the lines over the first stay together."""
    bulleted = [index for index, line in enumerate(block.lines) if line[:1] in BULLETS]
    if len(bulleted) < 2 or len({block.lines[index][:1] for index in bulleted}) > 1:
        return [block]
    starts = sorted({0, *bulleted})
    return [block.part(begin, end) for begin, end in zip(starts, [*starts[1:], len(block.lines)])]


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
        if parts and _carries_on(block.lines[offset - 1], line):
            parts[-1][1].append(line)
        else:
            parts.append((offset, [line]))
    return [Block(lines, block.number + offset) for offset, lines in parts]


def _carries_on(previous: str, line: str) -> bool:
    """True when ``line`` goes on the part of its ``previous`` line, in a text of unwrapped lines."""
    if pt.SEPARATOR.match(previous) or pt.SEPARATOR.match(line):
        return False  # "* * *" stands apart: the heading under it is no part of it
    if heading_in_two(previous, line):
        return True
    if pt.SPEAKER_LABEL.match(line):
        return False  # a speaker's turn ("AL: Tony Blair."), though the turn above trails off ("... Institutionally …")
    if _attribution_line(line):
        return True  # the attribution under a quotation ("the world over is bound together." / "-Vincent St. John")
    if previous[-1:] in "—–" and previous[-2:-1].isalpha():
        return True  # a dash left open goes on ("Difficulties of the Centre—Theory and practice—" / "The allurements ...")
    if _backlink_note(line) or pt.NOTE_ITEM.match(line) or _closed(previous):
        return False
    if previous.endswith(";") and len(previous) >= SHORT_LINE and line[:1].isupper() and not LIST_ITEM_NUMBER.match(line):
        return True  # a resolution's clauses, one sentence: "Considering that ...;" / "Considering that ...;" / "The Congress decides ..."
    if line[:1].islower() or len(previous) >= SHORT_LINE and not (len(previous) >= UNWRAPPED and len(line) >= UNWRAPPED):
        # This line opens mid-sentence, or the long line above, left open, was wrapped after all; but two
        # paragraphs' whole lines stay apart though the first ends open (a standfirst without its stop).
        return True
    # Short open lines stay together ("Yours," over "T.B."), as do the lines of a dateline ("Moscow," / "13th Sept., 1920.")
    # and a short line closing what a comma left open (an address's last line: "No. 49," / "L'imprimerie polonaise."),
    # unless it opens a quotation, as each quoted paragraph does ("“Fraternal greetings," / "“PETER KROPOTKIN.").
    if len(line) >= SHORT_LINE:
        return False
    return bool(pt.parse_dateline(f"{previous} {line}")) or (
        _open_line(line) or previous.endswith(",") and line[:1] not in pt.QUOTE_PAIRS) and not _opens_letter(previous, line)


def _opens_letter(previous: str, line: str) -> bool:
    """True when ``line`` is a letter's dateline to the day with its place ("November 30, 1921. Dedham Jail") under a
    line that is no part of it (a title), nor the name signing over it."""
    dateline = pt.parse_dateline(line)
    return bool(dateline and dateline[0] and dateline[1].to_the_day and not pt.name_like(previous))


def heading_in_two(previous: str, line: str) -> bool:
    """A heading whose first line a colon closes: "What the Paper Seeks to Cover Up:" over "Leninism vs. Stalinism"."""
    return previous.endswith(":") and len(line) < SHORT_LINE and pt.title_like(previous[:-1]) and pt.title_like(line) \
        and not pt.SALUTE.match(previous)


def _open_line(line: str) -> bool:
    """A short line no sentence closes."""
    return len(line) < SHORT_LINE and not _closed(line)


def _closed(line: str) -> bool:
    """A line closed by a sentence's end (an initialism's stop, "R.C.P.", or an editor's mark, "K. Dodd (ed.)", closes none)."""
    # "... Moscow issue.[1]", "... from below.\"1": closed before its note marker
    core = GLUED_NOTE_NUMBER.sub("", pt.without_note_markers(EDITOR_MARK.sub("", line))).rstrip("”’\"')]")
    return core.endswith((".", "!", "?", ":", ":-")) and not INITIALISM_END.search(core)


INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
# A note's number glued to a sentence's end, maybe after its closing quotation mark: "... from below.\"1" (not a
# number after its abbreviation: "Radical Chains no.1"). Stricter than :data:`~tei_tools.readers.patterns.STRAY_NOTE_NUMBER`,
# which only warns of a marker without its note ("War.2" too): here a paragraph ends on it.
GLUED_NOTE_NUMBER = re.compile(r"(?<=[^\W\d]{4}[.!?])\d{1,3}$|(?<=[^\W\d][.!?][”’\"'])\d{1,3}$")


def _unseparated(lines: list[str]) -> bool:
    """True when a text of some length has (almost) no blank lines between its paragraphs."""
    texts = [line for line in lines if line.strip()]
    inner = "\n".join(lines).strip().split("\n")
    separated = sum(1 for before, line in zip(inner, inner[1:]) if before.strip() and not line.strip())
    return len(texts) >= 6 and separated * 20 <= len(texts)


def _indented_paragraphs(lines: list[str]) -> bool:
    """True, in a text without blank lines, when paragraphs are marked by indenting their first line."""
    texts = [line for line in lines if line.strip()]
    return 2 <= sum(1 for line in texts if line[:1].isspace()) < len(texts)


#: the fewest lines of a block, in a text without blank lines, that is cut where its lines broke early
EARLY_BREAK_LINES = 8


def _split_at_early_breaks(block: Block) -> list[Block]:
    """Cut a block of wrapped lines, in a text without blank lines, where a line broke early: the next line's first
    word, not in lower case, would have fitted on it. A wrapping editor fills each line; only the end of a paragraph
    leaves room, or a heading's words, which stand alone after a sentence's end."""
    if len(block.lines) < EARLY_BREAK_LINES:
        return [block]
    lines = block.lines
    lengths = sorted(len(line) for line in lines)
    width = lengths[len(lengths) * 9 // 10]  # the wrapping width, an overlong line or two aside
    early = [offset + 1 < len(lines) and len(line) + 1 + len(lines[offset + 1].split()[0]) <= width
             and not lines[offset + 1][0].islower() for offset, line in enumerate(lines)]
    ends = [broke and _closed(line) for broke, line in zip(early, lines)]
    for offset in range(1, len(lines)):
        if early[offset] and not ends[offset] and _closed(lines[offset - 1]) and pt.title_like(lines[offset]):
            ends[offset - 1] = ends[offset] = True  # a heading between two paragraphs
    starts = [0] + [offset + 1 for offset, end in enumerate(ends) if end]
    return [Block(lines[start:stop], block.number + start) for start, stop in zip(starts, starts[1:] + [len(lines)])]


#: the most blocks between a web page's link to another page and the same link again (its summary)
TEASER_GAP = 1
#: how many runs of lines at the top of a text are looked at for teasers
TEASER_SCAN = 40


def drop_teasers(lines: list[str], report: Report) -> list[str]:
    """Blank out a web page's teasers over its text, reporting each line: links to other pages, each given
    twice around its summary ("Dave Renton: Who Was Blair Peach?" / summary / the same line), as a sidebar
    copied with the page lists them. Only a run of two or more at the very top is taken: a text may
    repeat its title over one paragraph, not over a list of them."""
    groups = _leading_groups(lines, TEASER_SCAN)
    texts = [[lines[number].strip() for number in group] for group in groups]
    end = teasers = 0  # the groups the teasers take, and how many there are
    while end < len(groups) and len(texts[end]) == 1 and len(texts[end][0]) <= pt.CHROME_LENGTH:
        again = next((index for index in range(end + 2, min(end + 2 + TEASER_GAP, len(groups)))
                      if texts[index] == texts[end]), None)
        if again is None:
            break
        end, teasers = again + 1, teasers + 1
    if teasers < 2:
        return lines
    kept = list(lines)
    for number in (n for group in groups[:end] for n in group):
        report.remove(number + 1, lines[number], "a web page's teaser (a link to another page around its summary)")
        kept[number] = ""
    return kept


# Markdown's heading mark opening a line: "#PUBLICATION NOTE", "## Notes"; a "#" alone marks nothing.
HEADING_MARK = re.compile(r"^(?P<mark>#{1,6})[ \t]*(?=[^\s#]|$)")
#: the fewest marked lines that make "#" a text's convention, not a stray character
HEADING_MARKS = 2


def drop_heading_marks(lines: list[str], report: Report) -> list[str]:
    """Take Markdown's heading marks off the lines that open with them, reporting each.

    A web copy may mark its headings, bylines and salutations alike ("#Mao Zedong",
    "#Comrade Lin Biao"): what each line is follows from its place, as in any text.
    """
    marked = [number for number, line in enumerate(lines) if line[:1] == "#" and HEADING_MARK.match(line)]
    if len(marked) < HEADING_MARKS:
        return lines
    kept = list(lines)
    for number in marked:
        mark = HEADING_MARK.match(lines[number])
        report.remove(number + 1, mark["mark"], "Markdown heading mark")  # type: ignore[index]
        kept[number] = lines[number][mark.end():]  # type: ignore[union-attr]
    return kept


# The address a text browser or a mail archive prints after a link's words, relative to the page it was on, so
# leading nowhere off it: "Alan Wald <../whoweare.php>". (A full address, "<http://...>", says where to look: kept.)
RELATIVE_LINK = re.compile(r"(?<=\S)\s+<\.{0,2}/[^\s<>]*>")


def drop_relative_links(lines: list[str], report: Report) -> list[str]:
    """Take the relative addresses of links (see :data:`RELATIVE_LINK`) off the lines, reporting each."""
    kept = list(lines)
    for number, line in enumerate(lines):
        if "<" in line and RELATIVE_LINK.search(line):  # (the cheap test first)
            for link in RELATIVE_LINK.finditer(line):
                report.remove(number + 1, link.group().strip(), "a link's address on the site the text was copied from")
            kept[number] = RELATIVE_LINK.sub("", line)
    return kept


def _leading_groups(lines: list[str], most: int) -> list[list[int]]:
    """The indices of the lines of the first ``most`` runs of non-blank lines."""
    groups: list[list[int]] = []
    after_blank = True
    for number, line in enumerate(lines):
        if line.strip():
            if after_blank:
                if len(groups) == most:
                    break
                groups.append([])
            groups[-1].append(number)
        after_blank = not line.strip()
    return groups


def drop_residue(blocks: list[Block], report: Report, web: bool = True) -> list[Block]:
    """Remove lines of residue (heading underlines; with ``web``, navigation words and wiki chrome), reporting each.

    A line of stars alone is a section separator, not residue; under a heading it underlines it.
    """
    kept: list[Block] = []
    section = None
    for index, block in enumerate(blocks):
        if web and (section := _chrome_section(blocks, index, section)):
            for offset, line in enumerate(block.lines):
                report.remove(block.number + offset, line, section)
            continue
        if len(block.lines) == 1 and pt.SEPARATOR.match(block.lines[0]):
            kept.append(block)
            continue
        lines, indents = [], []
        neighbours = tuple(block.lines)
        for offset, line in enumerate(block.lines):
            reason = pt.residue_reason(line, neighbours, web)
            if not reason and offset and offset == len(block.lines) - 1 and pt.SEPARATOR.match(line):
                reason = "heading underline"
            if reason:
                report.remove(block.number + offset, line, reason)
            else:
                lines.append(line)
                indents += block.indents[offset: offset + 1]
        if lines:
            underlined = len(block.lines) > 1 and bool(pt.UNDERLINE.match(block.lines[-1]))
            kept.append(Block(lines, block.number + block.lines.index(lines[0]), underlined, indents))
    return kept


#: why a web page's sections of chrome are removed (see :func:`_chrome_section`)
COMMENTS_REASON, RELATED_REASON = "readers' comments", "links to related pages"


def _chrome_section(blocks: list[Block], index: int, section: str | None) -> str | None:
    """Why ``blocks[index]`` is part of a section of chrome, given the ``section`` the block over it was part of,
    or None: readers' comments, from their count to the comment form under them or the end; related pages' titles
    under their label ("Verwant:" / "De linkse stroming")."""
    block = blocks[index]
    if section == COMMENTS_REASON or _heads_comments(blocks, index):
        return None if pt.COMMENT_FORM.match(block.lines[0]) else COMMENTS_REASON
    if section == RELATED_REASON and all(map(pt.related_title, block.lines)) or block.lines[0][-1:] == ":" and pt.RELATED_LABEL.match(
            block.lines[0]) and all(map(pt.related_title, block.lines[1:])):
        return RELATED_REASON
    return None


def _heads_comments(blocks: list[Block], index: int) -> bool:
    """True when ``blocks[index]`` is the count of readers' comments over the first commenter's line (see
    :data:`~tei_tools.readers.patterns.COMMENTS_HEADER`)."""
    return (len(blocks[index].lines) == 1 and index + 1 < len(blocks) and bool(pt.COMMENTS_HEADER.match(blocks[index].lines[0]))
            and bool(pt.COMMENTER.match(blocks[index + 1].lines[0])))


# A line of a printed page's furniture, as a scan's text keeps it: a running head in capitals, maybe with the page
# number ("2 THE BOOK OF WERE-WOLVES.", "INTRODUCTORY. 3"), a page number alone, a stray letter or two ("A I").
FURNITURE_LINE = re.compile(r"^(?:\d{1,3}\s+)?[A-Z][A-Z\s.,;:'’-]{0,60}(?:\s+\d{1,3})?$|^\d{1,3}$")
# A running head with the page number after it: no heading ends so.
NUMBERED_RUNNING_HEAD = re.compile(r"^[A-Z][A-Z\s.,;:'’-]{2,60}\.\s+\d{1,3}$")
#: the most blocks of furniture between two pages
FURNITURE_BLOCKS = 3


def drop_page_furniture(blocks: list[Block], report: Report) -> list[Block]:
    """Remove the page furniture of a scanned book (running heads, page numbers), reporting each, and join
    the paragraph it broke: the furniture stands where a sentence goes on in lower case over the page."""
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        length = _furniture_run(blocks, index) if len(blocks[index].lines) == 1 else 0
        if not length:
            kept.append(blocks[index])
            index += 1
            continue
        for block in blocks[index: index + length]:
            report.remove(block.number, block.text, "page furniture of a scanned book (running head, page number)")
        index += length
        after = blocks[index] if index < len(blocks) else None
        if kept and after and _goes_on(after) and not _closed(kept[-1].lines[-1]):
            before = kept.pop()
            kept.append(Block(before.lines + after.lines, before.number, indents=before.indents + after.indents))
            index += 1
    return kept


def _furniture_run(blocks: list[Block], index: int) -> int:
    """How many one-line blocks of page furniture stand at ``index``: before a sentence going on in lower
    case, or ending with a running head numbered after its words; 0 if none."""
    length = 0
    while (length < FURNITURE_BLOCKS and index + length < len(blocks) and len(blocks[index + length].lines) == 1
           and FURNITURE_LINE.match(blocks[index + length].text) and not pt.NUMBERED_HEAD.match(blocks[index + length].text.lstrip("0123456789 "))):
        length += 1
    if not length or index + length >= len(blocks):
        return 0
    if NUMBERED_RUNNING_HEAD.match(blocks[index + length - 1].text):
        return length
    # A page's head breaks a sentence of prose at a word, over its lower-case rest: lines in capitals with no page number
    # under anything else (a contents' last entry, a half-title) are the text's own (a dedication's "TO ONE" over "whose
    # name may not be written ...").
    numbered = any(ch.isdigit() for block in blocks[index: index + length] for ch in block.text)
    before = blocks[index - 1].lines[-1] if index else ""
    broken = SENTENCE_BROKEN.search(before) and any(ch.islower() for ch in before)
    return length if _goes_on(blocks[index + length]) and (numbered or broken) else 0


# The end of a line that breaks a sentence: a word, maybe with a comma, a semicolon or a hyphen after it (no page number).
SENTENCE_BROKEN = re.compile(r"[^\W\d_][,;-]?\s*$")


#: the shortest line of prose going on over a page (a title page's "by" or "or, THE WHALE." is shorter)
GOING_ON_LINE = 30


def _goes_on(block: Block) -> bool:
    """A line of prose opening in lower case: a sentence going on from the page before."""
    return block.text[:1].islower() and len(block.lines[0]) >= GOING_ON_LINE


#: the most blocks over a line telling where the text comes from, under the header: a standfirst and its byline
SOURCE_LINE_BLOCKS = 2


def _cites_extracts(blocks: list[Block]) -> bool:
    """True when a block below is a line "From ..." naming a source too: such lines cite the extracts under them
    ('From "Making a Strike a Crime," in Mother Earth (February, 1913), p. 415.'), not where the text comes from."""
    return any(len(block.lines) == 1 and block.text[:5] == "From " and from_source(block.text) for block in blocks)


def take_late_fields(blocks: list[Block], metadata: Metadata, report: Report) -> list[Block]:
    """Move blocks made only of header fields ("Last updated on: ...") into the metadata, and a line under a
    standfirst telling where the text comes from ("From Voices of the Strike, edited by A. Roe"), who wrote it ("By
    Jane Roe.") or who translated it ("These letters were translated by A. Roe.")."""
    kept = []
    # A name with life dates over the lines under it stands apart ("Ann Roe (1871–1945)" / "From Ann Roe: Tales").
    blocks = [part for position, block in enumerate(blocks) for part in (
        [block.part(0, 1), block.part(1)]
        if position <= SOURCE_LINE_BLOCKS and len(block.lines) > 1 and dated_author(block.lines[0]) else [block])]
    for position, block in enumerate(blocks):
        fields = [pt.parse_field(line) for line in block.lines]
        near_top = position <= SOURCE_LINE_BLOCKS and len(block.lines) == 1  # a line of its own, under the standfirst
        # (an "Author:" line under a header that named the author already is the text's, not the header's)
        if all(fields) and not (metadata.authors and any(field[0] == "author" for field in fields)):  # type: ignore[index]
            for offset, (kind, label, value) in enumerate(fields):  # type: ignore[misc]
                if kind == "author":
                    metadata.authors += pt.split_names(value, commas=False)
                    report.remove(block.number + offset, label, "field label (its value is in the TEI header)")
                else:
                    metadata.fields.append(Field(kind, label, value, block.number + offset))
        elif near_top and not metadata.first("source") and (
                source := from_source(block.text) or _authors_book(block.text, metadata.authors)) and not _cites_extracts(blocks[position + 1:]):
            metadata.fields.append(Field("source", "From", source, block.number))
        elif near_top and not metadata.authors and (name := dated_author(block.text)):
            metadata.authors = [name]  # "Ann Roe (1871–1945)" under the title
            metadata.unrecognised.append((block.number, block.text))  # (the life dates stay, as a header note)
        elif near_top and position and not metadata.authors and (
                byline(block.text) or byline_and_rest(block.text)):
            take_byline(metadata, block.number - 1, block.text, report)  # under a standfirst: "By Jane Roe."
        elif near_top and (told := pt.named_translator(block.text)) \
                and block.text.endswith(f" by {told[1]}."):  # a sentence of its own, only on the translation
            metadata.fields.append(Field("credit:trl", block.text.removesuffix(f" {told[1]}."), told[1], block.number))
        else:
            kept.append(block)
    return kept


def _authors_book(line: str, authors: list[str]) -> str | None:
    """The book a line names as the text's source, the author's name first ("From Ann Roe: Harbour Tales"), or None."""
    return line.removeprefix("From ") if any(line.startswith(f"From {name}: ") for name in authors) else None


def take_lines_under_standfirst(blocks: list[Block], metadata: Metadata, report: Report) -> list[Block]:
    """Take header fields from the line under a standfirst that opens a text: its title with its author or where it
    is from ("‘Why Democracy Must Go’ by A. Roe from The Journal. June 7, 1919."), or its speaker in a parliament's
    record ("MR. J.KEIR HARDIE (West Ham, S.)"); or its author's name alone over the day it was posted ("Ann Roe" /
    "July 12, 2019"), as a web article sets its byline under its summary."""
    if len(blocks) < 2 or len(blocks[1].lines) != 1 or len(blocks[0].text.split()) < pt.PROSE_LINE_WORDS:
        return blocks
    if metadata.title_is_file_name and take_title_line(metadata, blocks[1].number, blocks[1].text, report) \
            or take_speaker(metadata, blocks[1].number, blocks[1].text, report, [block.lines[0] for block in blocks[2:]]):
        return blocks[:1] + blocks[2:]
    if len(blocks) > 2 and not metadata.authors and pt.name_like(blocks[1].text) and (date := parse_date(blocks[2].lines[0])):
        take_printed_name(metadata, blocks[1].number, blocks[1].text, report, "a byline under the standfirst, over the date")
        if not metadata.date_line:
            metadata.date_line, metadata.date = blocks[2].lines[0], date
        report.recognise(blocks[2].number, blocks[2].lines[0], "header field: date (under the byline)")
        rest = [blocks[2].part(1)] if len(blocks[2].lines) > 1 else []
        return blocks[:1] + rest + blocks[3:]
    return blocks


# A line naming the kind of text it stands over, as a subtitle does: "Interview with the General Secretary",
# "NEFAC INTERVIEWS THE CUAC", "A Speech at the Founding Congress", "Open letter to the workers".
TEXT_KIND = re.compile(r"^(?:[\w.'’-]+\s+){0,2}?(?:an?\s+|the\s+|open\s+)?(?:interview(?:s|ed)?|speech|address|lecture|talk|letter"
                       r"|statement|report|reply|response|remarks|resolution|manifesto|declaration|appeal|sermon|testimony)"
                       r"\s+(?:with|to|at|on|of|by|before|the|an?)\b", re.I)


def take_subtitle(items: list[Item], metadata: Metadata, report: Report) -> list[Item]:
    """The line under the title that names the kind of text ("Fighting for Anarcho-syndicalism" / "Interview with the
    General Secretary"), where it is the only heading and text follows, is the subtitle: a text of one section has no
    heading to open it. A section's title over it ("John Roe's Trial (1918)") stays a heading."""
    first = items[0] if len(items) > 1 and metadata.title and not metadata.title_is_file_name and not metadata.subtitle else None
    if first is None or first.kind != "head" or first.n is not None or len(first.blocks) > 1 or len(first.blocks[0].lines) > 1 \
            or not TEXT_KIND.match(first.blocks[0].text) or any(item.kind in ("head", "subhead") for item in items[1:]):
        return items
    metadata.subtitle = first.blocks[0].text
    report.recognise(first.number, metadata.subtitle, "header field: subtitle (the text's only heading, under the title)")
    return items[1:]


def take_title_heading(items: list[Item], metadata: Metadata, report: Report) -> list[Item]:
    """Where the text states no title over it (the file's name stands in), the heading its prose begins under is the
    title, when no heading follows: a pamphlet's "WHERE THE I.L.P. STANDS" under the lines of its cover, with the
    subheading under it ("The Chairman's Address at the Conference") as the subtitle."""
    prose = next((index for index, item in enumerate(items) if item.kind == "p" and _long_paragraph(item.blocks[0])), 0) \
        if metadata.title_is_file_name else 0
    subtitled = prose > 1 and items[prose - 1].kind == "subhead"
    head = prose - 1 - subtitled
    if prose == 0 or items[head].kind != "head" or items[head].n is not None or items[head].editorial \
            or any(item.kind in ("head", "subhead") for item in items[prose:]) \
            or pt.LOOSE_DATELINE.match(items[head].blocks[0].text) or pt.parse_dateline(items[head].blocks[0].text):
        return items  # (a dateline, "Reval, June 7", is no title)
    metadata.title, metadata.title_is_file_name = items[head].blocks[0].text, False
    report.recognise(items[head].number, metadata.title, "header field: title (the heading the text begins under)")
    if subtitled:
        metadata.subtitle = items[prose - 1].blocks[0].text
        report.recognise(items[prose - 1].number, metadata.subtitle, "header field: subtitle (under the title)")
    return items[:head] + items[prose:]


def classify(blocks: list[Block], metadata: Metadata, report: Report) -> list[Item]:
    """Turn the blocks of the text proper into items, in order."""
    numbered = _paragraph_numbers(blocks)
    if numbered:
        blocks = [_unnumbered(block, numbered[index], report) if index in numbered else block for index, block in enumerate(blocks)]
    numbers = {index: match["n"] for index, match in numbered.items()}
    notes_start = _notes_start(blocks, metadata.title or "")
    main, notes = blocks[:notes_start], blocks[notes_start:]
    if not notes and main and pt.NOTES_HEAD.match(main[-1].text):
        report.remove(main[-1].number, main[-1].text, "a notes heading with no notes under it (page chrome)")
        main = main[:-1]
    items: list[Item] = []
    placed_notes: list[Item] = []  # footnotes under their paragraphs; they join the notes at the end
    levels = _keyword_levels(main)
    speakers = _speakers(main, _interview(metadata))
    wrap = max((len(line) for block in main if len(block.lines) > 2 for line in block.lines), default=0)
    title_key = _entry_key(metadata.title or "")
    # The title before its subtitle, as a book may set it again over its text: "How the Other Half Lives: Studies ..."
    # (of a few words at least: "Oral History: Ann Roe" over "Oral History", a heading, is a label's). The first of two
    # works' titles ("The Private Diary of Dr. John Dee, and the Catalog ...") is the title again only spread over
    # blocks as a title page sets it: on one line it heads the first work ("THE OPEN DOOR." in "The Open Door, and the Portrait").
    title_keys = ((title_key, 1), (_title_before(metadata.title, ":"), 1), (_title_before(metadata.title, FIRST_WORK_END), 2))
    labels = pt.speaker_labels(block.text for block in main)
    captions = _captions(main)
    captioned = {position for index, length in captions.items() for position in range(index, index + length)}
    stray = _stray_number(main)
    heads = [(_is_head(main, index) or _titles_poem(main, index, wrap)) and not pt.labelled(main[index].text, labels)
             and index not in captioned and index != stray for index in range(len(main))]
    boundaries = _boundaries(main, heads)
    letter_title = bool(metadata.title and _announces_letter(metadata.title))
    first_markers = _first_markers(main) if any(_placed_form(block) for block in main) else {}
    index = 0
    while index < len(main):
        block = main[index]
        division_start = not items or items[-1].kind in ("head", "subhead", "closer", "trailer", "end", "opener", "epigraph")
        if index in numbers:
            items.append(Item("p", [block], n=numbers[index]))
        elif pt.SEPARATOR.match(block.text):
            items.append(Item("milestone", [block]))
        elif pt.opens_dedication(block.lines) and (length := pt.dedication_length([b.lines for b in main[index: index + pt.DEDICATION_BLOCKS]])):
            items.append(Item("dedication", [Block([" ".join(b.text for b in main[index: index + length])], block.number)]))
            index += length
            continue
        elif items and (length := _announced_list(main, index, items[-1])):
            items.append(Item("list", main[index: index + length]))  # "... the following works:--" / "1. ..." / "2. ..."
            index += length
            continue
        elif length := _bulleted_list(main, index):
            items.append(Item("list", main[index: index + length]))  # "• Who conducted the interview?" / "• What ..."
            index += length
            continue
        elif length := _dated_entries(main, index):
            items.append(Item("list", main[index: index + length]))
            index += length
            continue
        elif (not items or all(item.kind in ("title", "head") for item in items)) and (roles := _reviewed_book(main, index)):
            length = 1 + (len(roles) > len(block.lines))  # "F. Inglis" / "Raymond Williams" / "Routledge 1995" over a review
            items.append(Item("bibl", main[index: index + length], parts=roles))
            index += length
            continue
        elif label := _placed_note(block, index, first_markers, placed_notes):
            length = _footnote_length(main, index)
            placed_notes.append(Item("note", main[index: index + length], n=label))
            index += length
            continue
        elif index in captions:
            items.append(Item("figure", main[index: index + captions[index]]))
            index += captions[index]
            continue
        elif _leads_heading(main, index, heads) and not (_entry_key(block.text) == title_key and (
                pt.DRAMA_HEAD.match(main[index + 1].text) or bare_number(main[index + 1]) and not _lists_title(items, block))) \
                and (head := _head(main[index + 1], items, levels)):
            # (a play's title again over "THE FIRST ACT" is the title: acts have no titles of their own; a book's
            # title again over "CHAPTER I." is its half-title, unless the contents list it as the chapter's)
            items.append(Item("head", [block, *head.blocks], level=head.level, n=head.n, editorial=head.editorial))
            index += 2
            continue
        elif title_key and (dated := _dated_title(block, title_key)):
            title, date_text, date = dated  # "A SINGLE SPARK[*] January 5, 1930": the title again, with the day it was written
            items.append(Item("title", [Block([title], block.number), Block([date_text], block.number)], parts=["titlePart", "docDate"]))
            metadata.opening_date = metadata.opening_date or date
        elif title_key and len(block.lines) == 1 and block.text in metadata.authors \
                and (length := _title_again(main, index + 1, title_keys)):
            # The author's name over the title again ("Brian Morris" / "Flores Magon and ..."): the title page's byline.
            page = main[index: index + 1 + length]
            items.append(Item("title", page, parts=["byline"] + ["titlePart"] * sum(len(b.lines) for b in page[1:])))
            index += 1 + length
            continue
        # The title again, over the text or after the contents; maybe a title page, with its byline. (After a
        # signed preface, the title over prose heads the first story of a collection named after it.)
        elif title_key and (length := _title_again(main, index, title_keys) or _reworded_title(block, title_key, metadata.authors)) \
                and not (
                length == 1 and items and items[-1].kind == "closer" and index + 1 < len(main)
                and _is_text(main[index + 1])):
            # the subtitle, maybe ending with the byline's "by" ("A SECOND TRIP "ABROAD AT HOME" BY" / "JULIAN STREET")
            subtitle = _title_run(main, index + length, _entry_key(metadata.subtitle or ""))
            byline = _byline_run(main, index + length + subtitle, metadata.authors)
            # under a byline, or a title spread over blocks ("THE" / "KAMA SUTRA" / "OF" / "VATSYAYANA."), the page goes on
            # (or another's credit under it: "Edited by Sidney Colvin" / "With Frontispiece", and its imprint)
            described = length + subtitle > 1 or _credit_block(main, index + length + subtitle)
            tail = _title_page_tail(main, index + length + subtitle + byline, described) if byline or described else []
            page = main[index: index + length + subtitle + byline + len(tail)]
            roles = ["titlePart"] * length + ["subtitle"] * subtitle + ["byline"] * byline + tail
            for role, part in zip(roles, page):  # another's credit on the page is the header's ("Edited by Cy Doe")
                if role == "byline" and (credit := pt.parse_field(part.text)) and credit[0].startswith("credit:") \
                        and not any((known.kind, known.value) == (credit[0], credit[2]) for known in metadata.fields):
                    metadata.fields.append(Field(*credit, part.number))
            if byline and tail[:1] == ["docDate"] and (day := dated_line(page[length + subtitle + byline].text)) and day.to_the_day:
                metadata.opening_date = metadata.opening_date or day  # a day under the byline dates the text, not its printing
            items.append(Item("title", page, parts=[role for role, b in zip(roles, page) for _ in b.lines]))  # one a line
            index += len(page)
            continue
        elif length := _contents_run(main, index, heads, title_key):
            items.append(Item("contents", main[index: index + length]))
            index += length
            continue
        elif listed := next(((kind, length) for kind in HEADED_LISTS if (length := _list_run(main, index, kind, heads, title_keys))), None):
            items.append(Item(listed[0], main[index: index + listed[1]]))
            index += listed[1]
            continue
        elif speakers and (speech := _speech(main, index, speakers)):
            speaker, length = speech
            verse = _verse_lines(main[index + 1], wrap) if length == 2 else []  # a speech in verse under its speaker
            items.append(Item("sp", main[index: index + length], parts=[speaker, *verse]))
            index += length
            continue
        elif speakers and pt.STAGE_DIRECTION.match(block.text) and not (pt.names_editorial(block.text) or pt.ILLUSTRATION.match(block.text)) \
                or block.text[:1] in "([" and pt.AUDIENCE_RESPONSE.match(block.text):
            items.append(Item("stage", [block]))
        elif (division_start or items[-1].kind == "title") and (roles := _office_over_dateline(block)):
            items.append(Item("opener", [block], parts=roles))  # an order's heading (not its signature), maybe under the book's title page
            metadata.opening_date = metadata.opening_date or (pt.parse_dateline(block.lines[-1]) or (None, None))[1]
        # A name alone signs at the end of a letter, and under a poem ("Walt Whitman").
        elif run := _closing_run(main, index, boundaries, heads, signing := bool(items) and items[-1].kind == "verse" or (
                index >= len(main) - 2 and (letter_title or _expects_letter(items))), items):
            runs = _run_roles(main[index: index + run], signing)
            parts = [role for roles in runs for role in roles if role != PLACE_GOES_ON]
            closing: list[Block] = []
            for b, roles in zip(main[index: index + run], runs):
                if roles == [PLACE_GOES_ON]:
                    closing[-1] = Block([f"{closing[-1].text} {b.text}"], closing[-1].number)
                else:  # a block with one role for its lines (a place over lines) is one line
                    closing.append(Block([b.text], b.number) if len(roles) < len(b.lines) else b)
            items.append(Item("closer", closing, parts=parts))
            datelines = [dated[1] for block in closing for line in block.lines if (dated := pt.parse_dateline(line))]
            if datelines and not metadata.opening_date:  # a letter dated under its signature
                metadata.opening_date = datelines[0]
            # no author named over the text: the one who signs it (not the body signed for: "For the Executive Committee")
            signers = [line for line, role in zip((line for block in closing for line in block.lines), parts)
                       if role == "signed" and not pt.ON_BEHALF_OF.match(line)]
            if signers and not metadata.authors:
                signer = signers[0]
                metadata.authors = [pt.SIGNERS_OFFICE.sub("", pt.without_note_markers(signer)).strip(" —–-,.")]
                report.recognise(main[index].number, signer, "header field: author (the signature)")
            index += run
            continue
        elif items and items[-1].kind == "closer" and (
                pt.POSTSCRIPT.match(block.text) or "salute" in items[-1].parts and _short_tail(main, index, heads)
                or _saluted(items) and _short_tail(main, index, heads, boundaries)):
            # "P.S. ...", or the last paragraphs after "Yours," and the signature: a postscript
            length = next(end for end in range(index + 1, len(main) + 1) if boundaries[end]) - index
            items.append(Item("postscript", main[index: index + length]))
            index += length
            continue
        elif len(block.lines) == 1 and block.text[:1] in "CcPpRrSsWw" and pt.COMMENT_SIGNATURE.match(block.text):
            items.append(Item("closer", [block], parts=["signed"]))  # a reader's comment's: the next comment follows
        elif _introducers_signature(main, index, heads, items):
            items.append(Item("closer", [block], parts=["signed"]))  # not the text's author: the text follows
        elif pt.THE_END.match(block.text) and _back_matter(main[index + 1:]):
            items.append(Item("end", [block]))
        elif (pt.PARENTHESISED.match(block.text) or pt.THE_END.match(block.text)) and boundaries[index + 1]:
            items.append(Item("trailer", [block]))
        elif pt.ILLUSTRATION.match(block.text):
            items.append(Item("figure", [block]))
        elif salute := _run_in_salute(block, index, division_start, items, letter_title):
            items.append(Item("opener", [Block([salute["salute"]], block.number)], parts=["salute"]))
            main[index] = Block([block.text[salute.end():]], block.number)  # the paragraph, apart
            continue
        elif division_start and _address_over_dateline(main, index):
            # "Comrade Zinoviev" over "11/VI." and "Comrade Zinoviev:"; a postal address, a line to each line
            items.append(Item("opener", [block], parts=["address"] * len(block.lines)))
        elif (division_start or _announces_quotation(items) or _introduction_only(items) or _dateline_over_salute(main, index, items)) \
                and not block.underlined \
                and not (heads[index] and _under_bare_number(main, index)) and (roles := _opener_roles(
                block, letter_title or _expects_letter(items) or _salute_follows(main, index) or _lone_dateline(main, index))):
            if len(roles) < len(block.lines):
                block = Block([block.text], block.number)  # a place and date over two lines: one dateline
            items.append(Item("opener", [block], parts=roles))
            if "dateline" in roles and not metadata.opening_date:
                dateline = block.lines[roles.index("dateline")]
                metadata.opening_date = (pt.parse_dateline(dateline) or (None, None))[1]
        elif division_start and len(block.lines) > 1 and (dated := _dated_entry(block)):
            # "Hellraisers Journal, Tuesday August 13, 1918" over the entry's first lines: a journal's dated entry, no
            # letter's opener (no salutation, no address follows)
            items.append(Item("dateline", [block.part(0, 1)]))
            main[index] = block.part(1)
            metadata.opening_date = metadata.opening_date or dated
            continue
        elif division_start and (length := _epigraph_run(main, index, heads)):
            items.append(Item("epigraph", main[index: index + length]))
            index += length
            continue
        elif items and items[-1].kind == "head" and _under_bare_number(main, index) and _lists_title(items, block):
            items.append(Item("subhead", [block]))  # "CHAPTER I." over the title its entry gives: "In which the Reader ..."
        elif items and items[-1].kind == "head" and (numbered := _numbered_head(items[-1].blocks[0])) \
                and _number_in_words(numbered) and len(block.lines) == 1 and _stopped_title(block.text):
            items.append(Item("subhead", [block]))  # "1. First Day." over "Christ's Childhood.": the day's title
        elif "   " in block.text and (length := _table_run(main, index)):
            items.append(Item("table", main[index: index + length]))
            index += length
            continue
        elif heads[index] and (head := _head(block, items, levels)):
            if head.kind == "head" and not head.n and _titles_poem(main, index, wrap):
                # a poem in a numbered chapter is a division of the chapter, not the next chapter
                head.level = next((item.level for item in reversed(items) if item.kind == "head" and item.n), 0) + 1
            items.append(head)
        elif verse := _verse_lines(block, wrap):
            items.append(Item("verse", [block], parts=verse))
        elif length := _quotation_run(main, index):
            items.append(Item("quote", main[index: index + length]))
            index += length
            continue
        else:
            items.append(Item("p", [block]))
        index += 1
    notes_section = _notes(notes, report)
    head = 1 if notes_section and notes_section[0].kind == "notes-head" else 0
    items += notes_section[:head] + placed_notes + notes_section[head:]
    for item in items:
        if item.kind != "p":
            level = f" (level {item.level})" if item.kind == "head" else ""
            report.recognise(item.number, item.blocks[0].text[:80], f"body: {item.kind}{level}")
    # The opening paragraphs, and a note on the text's publication over it ("(Published in X, Jan. 9, 1996. ...)").
    opening = [item.blocks[0] for item in items[:OPENING_PARAGRAPHS] if item.kind in ("p", "trailer")]
    metadata.stated_date = next((stated for block in opening if (stated := pt.stated_date(block.text))), None)
    if not metadata.authors and opening and opening[0] is main[0] and len(main[0].text.split()) <= STANDFIRST_WORDS \
            and (writer := pt.named_writer(main[0].text)):
        metadata.authors = pt.split_names(writer)  # a standfirst over the text: "In this final chapter ..., Alan Woods writes about ..."
        report.recognise(main[0].number, writer, "header field: author (named in the standfirst)")
    if not metadata.first("credit:trl") and (translated := next(
            ((block, told) for block in opening if (told := pt.named_translator(block.text))), None)):
        (block, (wording, names)) = translated  # "This document was translated from the Spanish by Chris Andrews."
        metadata.fields.append(Field("credit:trl", wording, names, block.number))
        report.recognise(block.number, names, "header field: translator (named in the standfirst)")
    return items


#: the most words of a standfirst, the short paragraph over a text that says what it is and who wrote it
STANDFIRST_WORDS = 90


#: how many of the first items may tell, in a sentence, when the text was made
OPENING_PARAGRAPHS = 3


# "[1] This, my friends, marks...": a paragraph's number, as a transcribed speech or a report has them.
PARAGRAPH_NUMBER = re.compile(r"\[(?P<n>\d{1,3})\]\s+")
#: a block of this many words is text: numbers that start after it are notes' numbers, not paragraphs'
TEXT_WORDS = 20


def _back_matter(blocks: list[Block]) -> bool:
    """True when ``blocks``, after a book's "THE END", are its back matter: short lines such as a printer's line and a
    publisher's list of titles ("Printed by ...", "UNIFORM WITH THIS VOLUME", "Her Treasure of Truth. By ..."), no prose."""
    return bool(blocks) and not any(_long_paragraph(block) and not (  # (a list's lines each closed are no prose)
        len(block.lines) > 2 and all(map(_closed, block.lines))) for block in blocks)


def _is_text(block: Block) -> bool:
    """A block of running text, not a heading, a list entry or a line of a title page: :data:`TEXT_WORDS` words or more."""
    return len(block.text.split()) >= TEXT_WORDS


# What the last line of a book's details gives: its year, its price, its pages ("Routledge 1995", "£12.99", "320pp").
BOOK_DETAILS = re.compile(r"\b(?:1[5-9]|20)\d\d\b|" + pt.BOOK_PRICE_OR_PAGES.pattern)
#: the most lines of a reviewed book's details: author, title, publisher, year, price (a title may wrap over more)
BOOK_LINES = 5
#: the longest line of a reviewed book's details set apart ("195 pp $22")
BOOK_DETAILS_LINE = 40
# A reviewed book's byline under its title: "by Herman Benson,".
BOOK_BYLINE = re.compile(r"^by\s+(?P<name>[^,]+),?$", re.I)
# The mark after an editor's name: "(ed.)", "(eds)", "(editor)".
EDITOR_MARK = re.compile(r"\s*\((?:eds?|editors?)\.?\)$", re.I)


def _reviewed_book(blocks: list[Block], index: int) -> list[str] | None:
    """The roles ("author", "title", "details") of the lines of a reviewed book's details over a review, in a block of
    short lines over a paragraph of text, or None: its author, its title (which may name a person) and its publisher,
    year or price ("F. Inglis" / "Raymond Williams" / "Routledge 1995"); or its title, maybe over lines and closed by
    its subtitle's colon, a byline and the details ("Rebels and Racketeers:" / "How Insurgents ..." / "by Ann Roe," /
    "Harbour Press, 2004" / "195 pp $22"). The roles may go on over a short block of details under it."""
    first, *rest = blocks[index].lines
    lines = [EDITOR_MARK.sub("", first), *rest]  # an editor's book: "K. Dodd (ed.)"
    following = index + 1
    if following < len(blocks) and len(blocks[following].lines) == 1 and BOOK_DETAILS.search(blocks[following].text) \
            and len(blocks[following].text) <= BOOK_DETAILS_LINE:
        lines.append(blocks[following].text)  # its pages and price set apart: "195 pp $22"
        following += 1
    if len(lines) < 3 or not BOOK_DETAILS.search(lines[-1]) or any(len(line) > pt.EPIGRAPH_LINE for line in lines) \
            or not (following < len(blocks) and _is_text(blocks[following])):
        return None
    if len(lines) <= BOOK_LINES and pt.name_like(lines[0]) and not any(_closed(line) for line in lines):
        return ["author", "title"] + ["details"] * (len(lines) - 2)
    by = next((position for position, line in enumerate(lines[1:-1], start=1) if (named := BOOK_BYLINE.match(line))
               and pt.name_like(named["name"])), None)
    if by and len(lines) <= BOOK_LINES + by and not any(line.endswith((".", "!", "?")) for line in lines):
        return ["title"] * by + ["author"] + ["details"] * (len(lines) - by - 1)
    return None


def _announced_list(blocks: list[Block], index: int, previous: Item) -> int:
    """How many blocks from ``index`` are the items of a list that the paragraph before announces with a
    colon, or in words ("The order of business shall be as follows, unless ..."): short, numbered from 1 upwards,
    maybe over a range ("1. The Ratirahasya, or secrets of love.", "6, 7. An old tale", "12-14. Tale of the three
    fires"); 0 if none."""
    announcing = previous.blocks[-1].text
    if previous.kind != "p" or not blocks[index].text[:1].isdigit() or not (
            announcing.rstrip("-—– ").endswith(":") or LIST_ANNOUNCED.search(announcing[-LIST_ITEM:])):
        return 0  # (the cheap tests first: the first item's number)
    length, last = 0, 0
    for block in blocks[index:]:
        match = LIST_ITEM_NUMBER.match(block.text) if len(block.text) <= LIST_ITEM else None
        numbers = [int(number) for number in re.findall(r"\d+", match.group())] if match else []
        if not numbers or numbers != sorted(numbers) or (numbers[0] <= last if length else numbers[0] != 1):
            break  # the numbers go up from 1, maybe skipping some
        length, last = length + 1, numbers[-1]
    return length if length >= 2 else 0


# The words announcing a list in a paragraph's last sentence: "... shall be as follows, unless ...", "... the following:".
LIST_ANNOUNCED = re.compile(r"\b(?:as follows|the following)\b[^.:;!?]*[.:]?$", re.I)


def _bulleted_list(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` are the items of a list, each opening with the same bullet ("• ..."); 0 if fewer than two."""
    bullet = blocks[index].text[:1]
    if bullet not in BULLETS:
        return 0
    length = next((offset for offset, block in enumerate(blocks[index:]) if block.text[:1] != bullet or len(block.text) > LIST_ITEM),
                  len(blocks) - index)
    return length if length >= 2 else 0


# The bullets that open a list's items (no dash nor asterisk: they open speeches and notes too).
BULLETS = "•◦▪▫●○‣⁃"


def _dated_entries(blocks: list[Block], index: int) -> int:
    """How many one-line blocks from ``index`` name a work and its date, as an author's page lists them
    ("American Socialism, July 9, 1898" / "No Impossibilism for Us!, September 1906" / ...); 0 if fewer than four."""
    length = 0
    for block in blocks[index:]:
        line = block.lines[0]
        if len(block.lines) > 1 or len(line) > DATED_ENTRY or not line[-1:].isdigit() \
                or not ((dated := pt.DATED_ENDING.match(line)) and parse_date(dated["date"])):
            break
        length += 1
    return length if length >= DATED_ENTRIES else 0


#: the longest entry of a list of dated works, in characters
DATED_ENTRY = 150
#: the fewest dated entries that make a list
DATED_ENTRIES = 4


# The number of a list's item: "4. ", "1-3. ", "6, 7. ", "2) ".
LIST_ITEM_NUMBER = re.compile(r"^\d{1,3}(?:\s?[-–,]\s?\d{1,3})*[.)](?=\s+\S)")
#: the longest item of a list, in characters: a few lines
LIST_ITEM = 400


def _paragraph_numbers(blocks: list[Block]) -> dict[int, re.Match[str]]:
    """The numbers of paragraphs numbered [1], [2], [3]... from the start of the text: block index -> its number.

    Numbers that no marker in the text points at, starting before any paragraph of text;
    notes numbered the same way come after the text and are pointed at.
    """
    numbered = {index: match for index, block in enumerate(blocks)
                if block.text.startswith("[") and (match := PARAGRAPH_NUMBER.match(block.text))}
    numbers = [match["n"] for match in numbered.values()]
    if len(numbers) < 3 or numbers != [str(n) for n in range(1, len(numbers) + 1)]:
        return {}
    first = next(iter(numbered))
    if any(map(_is_text, blocks[:first])):
        return {}
    bodies = [block.text[numbered[index].end():] if index in numbered else block.text for index, block in enumerate(blocks)]
    marked = {pt.note_label(marker) for text in bodies for marker in pt.note_markers(text)}
    return {} if marked & set(numbers) else numbered


def _unnumbered(block: Block, number: re.Match[str], report: Report) -> Block:
    """The block without its paragraph number (which the paragraph keeps as its ``n``)."""
    report.recognise(block.number, number[0].strip(), "paragraph number (kept as p/@n)")
    return Block([block.lines[0][number.end():], *block.lines[1:]], block.number)


def _placed_note(block: Block, index: int, first_markers: dict[str, int], placed: list[Item]) -> str | None:
    """The label of a footnote placed under its paragraph ("    [7] January 17, new style..."), or None.

    An indented block opening with a bracketed label ("[7]", "[*]") is that note when the text
    before it holds the marker (``first_markers``, see :func:`_first_markers`) and no earlier note took the number.
    """
    if not (_placed_form(block) and (match := _note_item(block))):
        return None
    label = pt.note_label(match)
    if any(note.n == label for note in placed) and not match["footnote"]:
        return None  # (Gutenberg's notes, "[Footnote 1: ...]", may start again at 1 in each chapter or letter)
    return label if first_markers.get(label, index) < index else None


def _placed_form(block: Block) -> bool:
    """A block shaped as a note placed under its paragraph: indented after a bracket ("    [7] ..."), hanging from it
    ("[01] The strength of ..." / "     symphony ..."), or "[Footnote 1: ..."."""
    return block.lines[0].startswith("[") and (block.indented or block.lines[0].startswith("[Footnote")
                                               or len(block.indents) > 1 and min(block.indents[1:]) > 0)


def _footnote_length(blocks: list[Block], index: int) -> int:
    """How many blocks the note at ``index`` runs over: one, or a "[Footnote 1: ..." up to its closing bracket."""
    if not blocks[index].text.startswith("[Footnote") or blocks[index].text.endswith("]"):
        return 1
    end = next((end for end in range(index + 1, min(len(blocks), index + FOOTNOTE_BLOCKS)) if blocks[end].text.endswith("]")), None)
    return end - index + 1 if end is not None else 1


#: the most blocks (paragraphs) of one "[Footnote N: ...]"
FOOTNOTE_BLOCKS = 6


def _first_markers(blocks: list[Block]) -> dict[str, int]:
    """Where each note marker first stands outside the notes placed under paragraphs: label -> index of its block.

    Read once for the text: each placed note asks whether its marker stands before it.
    """
    first: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if not (_placed_form(block) and _note_item(block)):
            for marker in pt.note_markers(block.text):
                first.setdefault(pt.note_label(marker), index)
    return first


def _announces_letter(title: str) -> bool:
    """A title or head that announces a letter ("Letter to the Politburo", "MARX TO ENGELS"), numbered in a book of
    letters or not ("I.--TO CHARLES COWDEN CLARKE.")."""
    if (numbered := pt.NUMBERED_HEAD.match(title)) and numbered["title"]:
        title = numbered["title"]
    return bool(LETTER_TITLE.search(title) or pt.letter_heading(title))


def _announces_quotation(items: list[Item]) -> bool:
    """True after a paragraph announcing what follows ("...the following letter:-"): a letter may open here."""
    return bool(items) and items[-1].kind == "p" and items[-1].blocks[-1].text.endswith((":", ":-", ":—"))


def _introduction_only(items: list[Item]) -> bool:
    """True after the first few paragraphs and nothing else, one of them of prose: an introduction, over which
    a letter's date may stand (not the short lines of a play's first performance: "LONDON: ST. JAMES’S THEATRE")."""
    return 0 < len(items) <= OPENING_PARAGRAPHS and all(item.kind == "p" for item in items) and any(
        _is_text(item.blocks[0]) for item in items)


def _lone_dateline(blocks: list[Block], index: int) -> bool:
    """True when the block is a dateline alone, to the month at least, at the top of the text or under its
    introduction, and the only one of the text ("January 1, 1906"; "December 22, 1868. Geneva"): the date of the
    letter or article that follows. Dates heading entries, as in a diary, come more than once."""
    def dated(block: Block) -> bool:
        dateline = len(block.lines) == 1 and pt.parse_dateline(block.text)
        return bool(dateline and len(dateline[1].when or "") >= 7)
    # (Looking no further than a second dated block: a book of dated letters asks this at many of them.)
    return dated(blocks[index]) and index + 1 < len(blocks) and len(list(islice(filter(dated, blocks), 2))) == 1


def _expects_letter(items: list[Item]) -> bool:
    """True where a letter may open or sign: under a head that announces one, after an opener line,
    or in a division a salutation opened ("To the Militant:" ... "James P. Cannon")."""
    last = _last_opening(items)
    if last is None:
        return False
    if last.kind == "head":
        return _announces_letter(last.blocks[0].text)
    return last is items[-1] or "salute" in last.parts


def _last_opening(items: list[Item]) -> Item | None:
    """The last heading or opener: what opened the division the items have reached."""
    return next((item for item in reversed(items) if item.kind in ("head", "opener")), None)


def _saluted(items: list[Item]) -> bool:
    """True in a division a salutation opened: a letter, whose signature may stand over a last line or two."""
    last = _last_opening(items)
    return last is not None and last.kind == "opener" and "salute" in last.parts


def _numbered_head(block: Block) -> re.Match[str] | None:
    """The number of a numbered head: one line, or a "CHAPTER I." line over its title."""
    if len(block.lines) > 1:
        match = pt.NUMBERED_HEAD.match(block.lines[0])
        titled = len(block.lines) <= 3 and all(pt.title_like(line) or _capitals_title(line) for line in block.lines[1:])
        # A bare number ("II.") takes one title line under it; a keyword ("CHAPTER II") up to two.
        fits = match and (pt.head_rank(match) is not None or len(block.lines) == 2 and match["n"] and not match["n"].islower())
        return match if fits and match["title"] is None and titled else None
    match = pt.NUMBERED_HEAD.match(pt.unmarked(block.text))  # "_I_": a number set in italics
    # "II. The Tasks Ahead", "Chapter 3", "SCENE II. A room in the castle.", "1. First Day.", "1. Marx to Engels",
    # or a number alone ("IV")
    titled = match and match["title"] is not None
    if titled and _provision(match):
        return None
    return match if match and (not titled or pt.head_rank(match) is not None or pt.title_like(match["title"])
                               or _number_in_words(match) or pt.letter_heading(match["title"])
                               or DASHED_NUMBER.match(block.text) and _stopped_title(match["title"])
                               or match["n"] and _question_title(match["title"])) else None


def _provision(numbered: re.Match[str]) -> bool:
    """A rule's section or article that is a sentence, as a constitution numbers its provisions ("Section 1. The order
    of business shall be as follows, unless suspended by a majority vote."): a paragraph, not a heading."""
    title = numbered["title"]
    return (numbered["keyword"] or "").lower() in PROVISION_KEYWORDS and title.endswith(".") \
        and len(title.split()) >= PROVISION_WORDS and not pt.title_like(title)


#: the keywords numbering a rule's provisions, and the fewest words of a provision's sentence
PROVISION_KEYWORDS, PROVISION_WORDS = ("section", "article", "§", "%"), 10


def _question_title(title: str) -> bool:
    """A section's title asking a question, maybe after its name ("Introduction: Must we still start by offering
    special proof that Marxism is worth studying?"): one sentence of a few words, opening with a capital."""
    return title[:1].isupper() and title.endswith("?") and len(title.split()) <= QUESTION_TITLE_WORDS \
        and not re.search(r"[.!?]\s", title)


#: the most words of a numbered section's title asking a question
QUESTION_TITLE_WORDS = 20


# A number closed by a stop and a dash, as a programme numbers its planks: "2nd.—Reform of the Labor Laws.", "IV.--".
DASHED_NUMBER = re.compile(r"^\w+\.\s*(?:--|[—–])")


def _number_in_words(numbered: re.Match[str]) -> bool:
    """True when a numbered head's title only says its number again in words: "1. First Day."."""
    return bool(numbered["title"] and (keyword := pt.NUMBERED_HEAD.match(numbered["title"]))
                and pt.head_rank(keyword) is not None and keyword["title"] is None)


def _leads_heading(blocks: list[Block], index: int, heads: list[bool]) -> bool:
    """True when the block at ``index`` and the heading under it, with text under that, are one heading:
    a chapter's title printed over its bare number ("NATURE." / "CHAPTER I."), or a label ("PREFATORY:")."""
    if index + 2 >= len(blocks) or not heads[index + 1] or heads[index + 2] or len(blocks[index].lines) > 1:
        return False
    text = blocks[index].text
    if pt.CONTENTS_HEAD.match(pt.unmarked(text)):
        return False  # "CONTENTS." over "CHAPTER I." and its summary: the contents' head over their first entry
    if text.isupper() and text.endswith(":") and len(text.split()) <= 3:
        return True
    numbered = _numbered_head(blocks[index + 1])
    return bool(heads[index] and not _numbered_head(blocks[index]) and numbered and numbered["title"] is None
                and len(blocks[index + 1].lines) == 1 and pt.head_rank(numbered) is not None)


def _keyword_levels(blocks: list[Block]) -> dict[int, int]:
    """The level of each kind of numbered head the text uses, by rank: BOOK 1 and CHAPTER 2, or CHAPTER 1 alone."""
    ranks = {pt.head_rank(match) for block in blocks if (match := _numbered_head(block))} - {None}
    return {rank: level for level, rank in enumerate(sorted(ranks), start=1)}  # type: ignore[type-var]


#: the most blocks of one picture's captions and credit
CAPTION_RUN = 4


def _captions(blocks: list[Block]) -> dict[int, int]:
    """The runs of a picture's caption lines between paragraphs (see :func:`~patterns.caption_lines`), by their first block."""
    runs: dict[int, int] = {}
    index = 0
    while index < len(blocks):
        if len(blocks[index].lines) > 1:
            index += 1
            continue
        singles = [block.text for block in takewhile(lambda block: len(block.lines) == 1, blocks[index: index + CAPTION_RUN])]
        if length := pt.caption_lines(singles):
            runs[index] = length
        index += length or 1
    return runs


def _is_head(blocks: list[Block], index: int) -> bool:
    """A heading: numbered, or up to three short title-like lines, with text after it."""
    block = blocks[index]
    if index + 1 >= len(blocks):
        return False
    if _numbered_head(block) or (block.underlined and len(block.lines) <= 3):
        return True
    if len(block.lines) > 3 or any(len(line) > 100 for line in block.lines):
        return False
    if len(block.lines) == 1 and (pt.names_matter(pt.unmarked(block.text)) or COMMENT_LABEL.match(block.text)):
        return True  # "Transcriber's note", "Foreword", "_Note_", "Markin comment:": editorial matter by its name
    if pt.DASHED_SALUTE.search(block.text):
        return False  # "MY GOOD ADJUTANT,--": a salutation
    if pt.letter_heading(block.text) or LETTER_FROM.match(block.text) or (
            index and pt.ADDRESSEE_PLACE.match(block.text) and pt.letter_heading(blocks[index - 1].text)):
        return True  # "ENGELS TO KAUTSKY" over "IN DEAL": the letter's heading, though it reads as a signature
    # A name in capitals signs, unless a bare number stands over it: "I" over "MY VISITOR" is a chapter's title.
    if (pt.is_signature(block.text) and len(block.text.split()) > 1 and not _under_bare_number(blocks, index)) \
            or pt.parse_dateline(block.text) or _dated_entry(block) or pt.CLASSIFICATION.match(block.text) \
            or pt.VALEDICTION.match(block.text) or PRINTER_LINE.match(block.text):
        return False
    if block.text.startswith("(") and block.text.endswith(")"):
        # An aside in brackets (an attribution, when a speech was made) heads nothing; under a heading
        # of one line it is the heading's second line: "ETYMOLOGY." / "(Supplied by a Late Consumptive Usher.)",
        # under a heading of two ("CHAPTER I" / "JONATHAN HARKER’S JOURNAL") the text's first line.
        return index > 0 and _short_heading(blocks[index - 1]) and not (index > 1 and _short_heading(blocks[index - 2]))
    if len(block.lines) == 1 and (words := pt.unmarked(block.text)) != block.text:
        # Fenced ("== PREFACE =="), or in italics: in capitals ("_PUBLISHER'S NOTE._") or under a heading
        # ("BOOK I." / "The House" / "_The Surprising Narration_"); an italic line of an imprint is none.
        return block.text.startswith("=") or _capitals_head(block) or pt.title_like(words) and index > 0 and _short_heading(blocks[index - 1]) \
            or _stopped_title(words) and _long_paragraph(blocks[index + 1])  # "_The Labour Party._" over its section
    return pt.title_like(block.text) or _capitals_head(block) or len(block.lines) == 1 and (
        pt.sentence_heading(block.text) or _exclaimed_title(block.text)) and _long_paragraph(blocks[index + 1]) \
        or _run_in_title(blocks, index)


def _run_in_title(blocks: list[Block], index: int) -> bool:
    """A title of a few words closed by a stop between two paragraphs of prose ("Cheap Martyrdom."): a subheading."""
    return index > 0 and bool(RUN_IN_TITLE.match(blocks[index].text)) and _long_paragraph(blocks[index - 1]) \
        and _long_paragraph(blocks[index + 1])


# A few capitalised words closed by a stop after a whole word, not an abbreviation ("James Larkin Jr.") or initials;
# no quotation or brackets, which a line of dialogue or an aside has.
RUN_IN_TITLE = re.compile(r"^[A-Z][a-z]+(?: (?:(?:a|an|and|for|in|of|on|the|to|with) )*[A-Z][a-z]+){1,7}(?<=[a-z]{3})\.$")


def _exclaimed_title(line: str) -> bool:
    """A title of a few words closed by an exclamation mark ("Don’t Shoot!", "Workers Unite!"; not a salutation,
    "Dear Comrades!"); over a paragraph, a subheading."""
    return line.endswith("!") and 2 <= len(line.split()) <= STOPPED_TITLE_WORDS and _title_but_its_stop(line) \
        and not pt.SALUTE.match(line)


# Who comments on what a page reposts, the label alone over the comment: "Markin comment:", "Editor's comment:".
COMMENT_LABEL = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,3}comments?:$")
# A book's printer, as its last page names him: "Printed by MORRISON & GIBB LIMITED, Edinburgh", "LONDON: RICHARD
# CLAY AND SONS, PRINTERS."
PRINTER_LINE = re.compile(r"^printed (?:by|for|at) \S|^[^,]+,\s*printers\.?$", re.I)


def _long_paragraph(block: Block) -> bool:
    """A block of prose no heading could be: text (see :func:`_is_text`), closed by a full stop (maybe before a note's
    marker: "... knickerbockers.’ [8]")."""
    return _is_text(block) and pt.without_note_markers(block.text).rstrip().rstrip("\"”’)")[-1:] in ".!?"


def _titles_poem(blocks: list[Block], index: int, wrap: int) -> bool:
    """A title in italics over a stanza ("_Madre Mia_"): the poem's heading."""
    block = blocks[index]
    words = pt.unmarked(block.text)
    return (len(block.lines) == 1 and words != block.text and index + 1 < len(blocks) and pt.title_like(words)
            and bool(_verse_lines(blocks[index + 1], wrap)))


def _short_heading(block: Block) -> bool:
    """A block that reads as a heading wherever it stands: numbered, one title-like line, or capitals (not in brackets)."""
    if block.text.startswith("("):
        return False
    return bool(_numbered_head(block)) or len(block.lines) == 1 and pt.title_like(block.text) or _capitals_head(block)


def bare_number(block: Block) -> bool:
    """True when ``block`` is a number alone on its line ("I", "CHAPTER II")."""
    number = _numbered_head(block)
    return bool(number and number["title"] is None and len(block.lines) == 1)


def _stray_number(blocks: list[Block]) -> int | None:
    """The index of the only number in figures alone on its line, when it is not 1: no division is numbered
    alone from 2 on ("28" is a PDF's page number, "11." a day wrapped from its dateline); None otherwise.
    (A numeral, "VI.", may number the one section of an excerpt.)"""
    numbers = [index for index, block in enumerate(blocks) if block.text.rstrip(".").isdigit() and bare_number(block)]
    return numbers[0] if len(numbers) == 1 and int(blocks[numbers[0]].text.rstrip(".")) != 1 else None


def _under_bare_number(blocks: list[Block], index: int) -> bool:
    """True when the block before ``index`` is a number alone (see :func:`bare_number`)."""
    return index > 0 and bare_number(blocks[index - 1])


def _capitals_head(block: Block) -> bool:
    """A short line in capitals closed by a stop ("PREFACE.", "FEUDALISM AND THE MONARCHY."): a heading."""
    return len(block.lines) == 1 and _capitals_title(block.text)


def _capitals_title(line: str) -> bool:
    """A line in capitals closed by a stop that would be a title without it, at most twelve words."""
    # The stop may stand inside closing quotation marks: INTRODUCTORY TO “THE SCARLET LETTER.”
    text = pt.without_note_markers(pt.unmarked(line)).rstrip()  # "TO BARONESS VON ERTMANN.[1]"
    return text.isupper() and len(text.split()) <= 12 and _title_but_its_stop(text)


def _title_but_its_stop(text: str) -> bool:
    """True when ``text`` reads as a title without the stop closing it (maybe inside closing quotation marks)."""
    return pt.title_like(CLOSING_STOP.sub(r"\1", text))


# The stop closing a line, maybe before closing quotation marks.
CLOSING_STOP = re.compile(r"[.!]([”’\"']*)$")


def _head(block: Block, items: list[Item], levels: dict[int, int]) -> Item | None:
    """The item of a block that reads as a heading: a numbered division, a subhead or a titled division;
    None inside a letter, where such a line is a paragraph."""
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
            # (a contents' head is none: its entries stand under it, the chapters after it)
            level = 2 if parent is not None and not parent.editorial and not pt.CONTENTS_HEAD.match(parent.blocks[0].text) else 1
        return Item("head", [block], level=level, n=pt.head_number(numbered))
    if _in_letter(items) and not pt.letter_heading(block.text):
        return None  # a short line in a letter ("What about Foster?") is a paragraph of it, not a heading
    over = next((item for item in reversed(items) if item.kind != "figure"), None)
    if over is not None and over is not items[-1] and over.n is None:
        over = None  # a picture stands only between a division's number and its title ("Chapter Two" / "Tom Mann postcard" / "Tom Mann")
    if over is not None and over.kind == "head":
        numbered = _numbered_head(over.blocks[0])
        if numbered and numbered["title"] and not _number_in_words(numbered):
            # "BOOK I. INSCRIPTIONS" over "One's-Self I Sing": the first poem of the book ("1. First Day." has no title)
            return Item("head", [block], level=over.level + 1)
        return Item("subhead", [block])
    editorial = pt.EDITORIAL_HEAD.match(pt.unmarked(block.text))  # "_PREFACE_" in italics
    kind = EDITORIAL_TYPES[editorial["kind"].lower()] if editorial else "comment" if COMMENT_LABEL.match(block.text) else ""
    return Item("head", [block], level=1, editorial=kind)


def _stopped_title(line: str) -> bool:
    """A title closed by a stop ("Christ's Childhood.", "Upholding.")."""
    return line.endswith(".") and len(line.split()) <= STOPPED_TITLE_WORDS and _title_but_its_stop(line)


#: the most words of a title closed by a stop
STOPPED_TITLE_WORDS = 8


def _in_letter(items: list[Item]) -> bool:
    """True after a letter's opener, until the next heading, or a table of contents or a title page after its closer."""
    return next((item.kind == "opener" for item in reversed(items) if item.kind in ("head", "opener", "contents", "title")), False)


def _entry_like(block: Block) -> bool:
    """Lines of a table of contents: short (a numbered chapter's title may be longer), none a sentence of running text;
    or an entry's number over its title ("CHAP. I." / "To What Extent Forms of Government Are a Matter of Choice.")."""
    if len(block.lines) <= ENTRY_LINES and len(block.text) <= ENTRY_LENGTH and pt.NUMBERED_HEAD.match(block.lines[0]):
        return True
    if len(block.lines) > 1 and CONTENTS_PAGE.search(block.lines[-1]) or dashed_summary(block):
        # a chapter's summary, its sentences wrapped, over its page number or after its number between dashes
        return all(len(line) <= 90 for line in block.lines)
    return not _wrapped_prose(block) and all(
        (len(line) <= 90 or len(line) <= ENTRY_LENGTH and pt.NUMBERED_HEAD.match(line))
        and not (len(line.split()) >= 10 and line.endswith(".") and not pt.NUMBERED_HEAD.match(line)) for line in block.lines)


def dashed_summary(block: Block) -> bool:
    """True when a block of an entry's lines holds a chapter's number and its summary, its phrases between dashes
    wrapped over the lines: "CHAPTER I. The Mississippi is Well worth Reading about.--It is" / "Remarkable.--Instead
    of Widening ..."."""
    return len(block.lines) > 1 and bool(pt.NUMBERED_HEAD.match(block.lines[0])) \
        and block.text.count("--") + block.text.count("—") >= len(block.lines)


def _wrapped_prose(block: Block) -> bool:
    """True when most lines of a block of three or more go on a sentence in lower case: running text, wrapped."""
    return len(block.lines) >= 3 and 2 * sum(line[:1].islower() for line in block.lines[1:]) > len(block.lines) - 1


#: the longest entry of a table of contents: a numbered chapter's title in full
ENTRY_LENGTH = 150
#: the most lines of an entry of a table of contents: its number, and its title wrapped over two
ENTRY_LINES = 3


# The page number closing an entry of a table of contents, with its dot leaders ("THE SEA-CHEST . . . 30"); or the
# range of numbered paragraphs it covers ("Orders, commands and signals      31-47"). A year after a comma closes a
# title ("Infantry Drill Regulations, United States Army, 1911"), not an entry (its page stands apart: "INDEX,     30").
CONTENTS_PAGE = re.compile(r"(?<!,)[\s.]*\s\d{1,4}$|\s{3,}\d{1,4}[-–]\d{1,4}$")


def _contents_run(blocks: list[Block], index: int, heads: list[bool], title_key: tuple[str, ...] = ()) -> int:
    """How many blocks from ``index`` form a table of contents (0 if none).

    It is a "Contents" head with entries, or three or more numbered heads with no
    text between them (in one block, or one a block, maybe under an unnumbered
    entry: "Publisher’s Preface"); it ends where the text begins, with its first entry again.
    """
    block = blocks[index]
    if synopses := _synopsed_entries(blocks, index):
        return 2 * synopses
    if hanging := _hanging_entries(blocks, index):
        return hanging
    headed = bool(pt.CONTENTS_HEAD.match(pt.unmarked(block.lines[0]))) or heads_entries(blocks[index: index + 2])  # (in italics: "_Contents_")
    if not headed and not pt.numbered_entries(block.lines) and not _headless_contents(blocks, index, heads):
        return 0
    entries = _entry_keys(block.lines[1:] if headed else block.lines)
    first_number = _first_entry_number(block.lines)
    length, paged = 1, 0
    while index + length < len(blocks) and (_entry_like(entry_block := blocks[index + length])
                                            or _entry_as_before(entry_block, blocks[index + length - 1])):
        if any(head.match(pt.unmarked(entry_block.lines[0])) for head in HEADED_LISTS.values()):
            break  # a list of its own follows the contents: the play's cast, the book's illustrations
        if paged >= PAGED_ENTRIES and not any(_page_numbered(blocks, index + length + ahead) for ahead in range(PAGED_ENTRIES)):
            break  # after entries with their pages, blocks with none: a heading and a list of their own
        with_pages = [bool(CONTENTS_PAGE.search(line)) for line in entry_block.lines]
        paged += sum(with_pages)  # (counted by entries: all in one block, or a block each)
        following = _entry_key(entry_block.lines[0])
        head = _numbered_head(entry_block) if len(entry_block.lines) == 1 else None
        whole = _entry_key(entry_block.text) if len(entry_block.lines) > 1 else ()
        title_again = following == title_key and not _page_numbered(blocks, index + length + 1)
        if head and head["kn"] and pt.head_number(head) == first_number:
            break  # "CHAPTER I." after entries numbered "1.--": the text begins with the first entry's chapter
        # (entries with their pages are no heading, though named like an earlier part's: "1. Introduction  350-357")
        if following and not (len(with_pages) > 1 and all(with_pages)) and (title_again or any(
                entry and (entry[:len(following)] == following or following[:len(entry)] == entry
                           or head and following[-len(entry):] == entry  # "ADVENTURE I. A SCANDAL...", "CHAPTER I." for "I."
                           or len(whole) > 1 and entry[-len(whole):] == whole  # "I" / "THE EXPERIMENT" for "CHAPTER I. THE EXPERIMENT"
                           or whole[1:] == entry)  # "CHAPTER I." / "A VISION" for "I. A Vision": a keyword before the entry
                for entry in entries)):
            break  # the text begins: with an entry's heading ("PART ONE--The Old Buccaneer"), or the title again
        if following != title_key:  # the title among the entries is no entry that a heading repeats
            entries += _entry_keys(entry_block.lines)
            first_number = first_number or _first_entry_number(entry_block.lines)
        length += 1
    return length if entries else 0


def _entry_as_before(block: Block, before: Block) -> bool:
    """True when ``block`` opens with a number under the keyword of the entry ``before`` it, its statement wrapped over
    more lines than an entry's ("SIXTH PROPOSITION." / "SEVENTH PROPOSITION." over three lines of it)."""
    if len(block.lines) > 2 * ENTRY_LINES or len(block.text) > 2 * ENTRY_LENGTH:
        return False
    head, head_before = pt.NUMBERED_HEAD.match(block.lines[0]), pt.NUMBERED_HEAD.match(before.lines[0])
    return bool(head and head_before and (keyword := pt.head_keyword(head)) and keyword == pt.head_keyword(head_before))


# A chapter's synopsis as books print it under the chapter's title: short phrases between dashes, maybe closed by a
# stop ("The strike—Victory of the employers—What the workers won—The outlook.").
SYNOPSIS = re.compile(r"^[^\s—–][^—–.!?]*(?:\s?[—–]\s?[^—–.!?]+){2,}[.!?]?$")
#: the fewest entries with their synopses that make a table of contents
SYNOPSED_ENTRIES = 3


def _synopsed_entries(blocks: list[Block], index: int) -> int:
    """How many numbered entries from ``index`` each stand over their synopsis and nothing else ("I. The Present
    Situation" / "The strike—Victory of the employers—The outlook."): a book's index of chapters, where its text would
    go on under each synopsis; 0 if fewer than :data:`SYNOPSED_ENTRIES`."""
    entries = 0
    # (the cheap tests first, as this runs for every block: a synopsis holds dashes)
    while index + 1 < len(blocks) and len(blocks[index].lines) == len(blocks[index + 1].lines) == 1 \
            and ("—" in blocks[index + 1].text or "–" in blocks[index + 1].text) \
            and (head := _numbered_head(blocks[index])) and head["title"] and SYNOPSIS.match(blocks[index + 1].text):
        entries, index = entries + 1, index + 2
    return entries if entries >= SYNOPSED_ENTRIES else 0


#: the fewest entries set in columns that make a table of contents
HANGING_ENTRIES = 3


def _hanging_entries(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` are numbered entries set in columns, their titles sentences as essays' titles are
    ("I.      That men by various ways arrive at the same end."): a number, a gap of two spaces or more (or one where
    the number fills the column: "XXVIII. Nine-and-twenty sonnets"), the title, wrapped under its first word; most of
    one line, as an entry is. 0 if fewer than :data:`HANGING_ENTRIES`."""
    if "  " not in blocks[index].lines[0]:
        return 0  # the first entry's gap: the cheap test first, as this runs for every block
    length, single, column = 0, 0, 0
    for block in blocks[index:]:
        head = pt.NUMBERED_HEAD.match(block.lines[0])
        if not (head and head["title"] and len(block.lines) <= ENTRY_LINES
                and ("  " in block.lines[0][:head.start("title")] or column and head.start("title") >= column)
                and hanging_title(block, head)):
            break
        length, single, column = length + 1, single + (len(block.lines) == 1), head.start("title")
    return length if length >= HANGING_ENTRIES and 2 * single > length else 0


def hanging_title(block: Block, head: re.Match[str]) -> bool:
    """True when the lines of ``block`` under its first, a numbered entry (``head``), stand under its title's first
    word: the title wrapped ("IV.     That the soul discharges her passions upon false objects, where" /
    "        the true are wanting.")."""
    return all(indent == block.indents[0] + head.start("title") for indent in block.indents[1:])


def _lists_title(items: list[Item], block: Block) -> bool:
    """True when ``block`` gives the title of an entry of the table of contents among ``items`` ("1.--In which ...")."""
    if len(block.lines) > 2 or len(block.text) > ENTRY_LENGTH:
        return False
    key = _entry_key(block.text)
    # an entry is a line, or a block when it wraps
    entries = [entry for item in items if item.kind == "contents" for block in item.blocks for entry in (block.text, *block.lines)]
    return any(_entry_key(match["title"] if (match := pt.NUMBERED_HEAD.match(entry)) and match["title"] else entry) == key
               for entry in entries)


def _first_entry_number(lines: list[str]) -> str | None:
    """The number, in arabic figures, of the first entry among ``lines`` numbered without a keyword ("1.--Title",
    "IV. Title"): the chapter the text begins with ("CHAPTER I."), where "PART II" is among the contents."""
    return next((pt.head_number(match) for line in lines if (match := pt.NUMBERED_HEAD.match(line)) and match["n"]), None)


def heads_entries(blocks: list[Block]) -> bool:
    """True when the first of ``blocks``, a heading's line of its own, heads the block of numbered entries under it
    ("The Chapters in this Book" over "I  MY FIRST LOVE" / ...): the head of a table of contents not named so (a list
    named otherwise is its own: "LIST OF THE PLATES")."""
    # (the cheap tests first: this runs for every block)
    return len(blocks) == 2 and len(blocks[0].lines) == 1 and pt.numbered_entries(blocks[1].lines) and pt.title_like(blocks[0].text) \
        and not any(head.match(pt.unmarked(blocks[0].text)) for head in HEADED_LISTS.values())


def _headless_contents(blocks: list[Block], index: int, heads: list[bool]) -> bool:
    """True when numbered entries begin at ``index``, or under the unnumbered entry there ("Publisher’s Preface")."""
    block = blocks[index]
    # The cheap test first, as it runs for every block: entries with more under them read as heads.
    if len(block.lines) > 1 or not all(heads[index + 1: index + 3]) or index + 3 > len(heads):
        return False
    if _numbered_head(block):
        return _numbered_entries(blocks, index)
    # "THE SCENES OF THE PLAY" over its acts is a cast list
    return pt.title_like(block.text) and not pt.CAST_HEAD.match(block.lines[0]) and _numbered_entries(blocks, index + 1)


def _numbered_entries(blocks: list[Block], index: int) -> bool:
    """True when three numbered heads of one line follow each other from ``index``, with no text between."""
    run = blocks[index: index + 3]
    return len(run) == 3 and all(len(block.lines) == 1 and (head := _numbered_head(block)) and head["title"] for block in run)


#: how many entries with their page numbers make contents that end at as many blocks without any
PAGED_ENTRIES = 3


def _page_numbered(blocks: list[Block], index: int) -> bool:
    """True when a line of the block at ``index`` ends with a page number ("(AND SOME HUMMERS)    36")."""
    return index < len(blocks) and any(CONTENTS_PAGE.search(line) for line in blocks[index].lines)


# Longer than any title repeated over the text: a paragraph, not compared with the title.
TITLE_LENGTH = 200


def _title_run(blocks: list[Block], index: int, title_key: tuple[str, ...]) -> int:
    """How many blocks from ``index`` repeat the title (0 if none): one, or a title page's lines set apart
    ("A JOURNEY" / "INTO THE" / "INTERIOR OF THE EARTH")."""
    words: tuple[str, ...] = ()
    for length, block in enumerate(blocks[index: index + TITLE_BLOCKS], start=1):
        if len(block.text) >= TITLE_LENGTH:
            return 0
        words += _entry_key(block.text)
        if title_key and (words == title_key or words == (*title_key, "by")):  # (the byline's "by" may close the title's line)
            return length
        if words != title_key[:len(words)]:
            return 0
    return 0


# The words a title may be set again in (whole, before its subtitle...), each with the fewest blocks it must span.
TitleKeys = tuple[tuple[tuple[str, ...], int], ...]


def _title_again(blocks: list[Block], index: int, title_keys: TitleKeys) -> int:
    """How many blocks from ``index`` repeat the title as one of ``title_keys`` gives it over enough blocks (an
    empty key gives none), 0 if none: see :func:`_title_run`."""
    return next((length for key, fewest_blocks in title_keys if key and (length := _title_run(blocks, index, key)) >= fewest_blocks), 0)


def _reworded_title(block: Block, title_key: tuple[str, ...], authors: list[str]) -> int:
    """1 when the block gives the title again in fewer words and signs it ("Response to Roe on Lee by Bob Doe"
    under the title "Response to Ann Roe on Jim Lee" by Bob Doe), else 0."""
    if " by " not in block.text or len(block.lines) > 1 or len(block.text) >= TITLE_LENGTH:
        return 0  # (the cheap tests first: every short paragraph is asked)
    title, _, name = block.text.rpartition(" by ")
    if _name_key(name) not in {_name_key(author) for author in authors}:
        return 0
    words = _entry_key(title)
    remaining = iter(title_key)  # the words in the title's order, some left out
    return int(len(words) * 2 >= len(title_key) and len(words) >= MAIN_TITLE_WORDS and all(word in remaining for word in words))


def _dated_title(block: Block, title_key: tuple[str, ...]) -> tuple[str, str, Date] | None:
    """The title and the date of a line that gives the title again and the date after it
    ("A SINGLE SPARK CAN START A PRAIRIE FIRE[*] January 5, 1930"), or None."""
    if len(block.lines) > 1 or len(block.text) >= TITLE_LENGTH or not block.text.rstrip(". ")[-1:].isdigit():
        return None  # (the cheap tests first: every short paragraph is asked)
    dates = find_dates(block.text)
    if not dates or dates[-1].end != len(block.text.rstrip(". ")) or dates[-1].start == 0:
        return None
    title = block.text[: dates[-1].start].rstrip(" ,")
    return (title, block.text[dates[-1].start:], dates[-1]) if _entry_key(pt.without_note_markers(title)) == title_key else None


#: the most blocks a title page spreads the title over
TITLE_BLOCKS = 6


def _byline_run(blocks: list[Block], index: int, authors: list[str]) -> int:
    """How many blocks from ``index`` are a title page's byline naming one of ``authors``: "by X", "X",
    or "by" over "X" (0 if none)."""
    names = [_name_key(author) for author in authors]
    words = [_name_key(block.text) for block in blocks[index: index + 2]]
    if words and (words[0][:1] == ("by",) and _names_one(words[0][1:], names) or _names_one(words[0], names)):
        return 1
    return 2 if len(words) == 2 and words[0] == ("by",) and _names_one(words[1], names) else 0


# The second part of a double-barrelled name: "Zelda Kahan-Coates" signs what "Zelda Kahan" wrote.
NAME_SECOND_BARREL = re.compile(r"(?<=[^\W\d_])-[^\W\d_]+")


def _name_key(text: str) -> tuple[str, ...]:
    """The words of a name (or a line naming one) as compared with an author's, a double-barrelled name by its first part."""
    return _entry_key(NAME_SECOND_BARREL.sub("", text))


def _names_one(words: tuple[str, ...], names: list[tuple[str, ...]]) -> bool:
    """True when ``words`` name one of ``names`` (each its words in lower case), a name maybe given by its initial:
    "Richard R. Smith" is "Richard Rein Smith"."""
    return any(len(words) == len(name) and all(word == part or min(len(word), len(part)) == 1 and word[0] == part[0]
                                               for word, part in zip(words, name)) for name in names)


#: the most blocks of a title page under its title and byline
TITLE_PAGE_TAIL = 10


def _title_page_tail(blocks: list[Block], index: int, described: bool = False) -> list[str]:
    """The roles of the blocks from ``index`` that go on with a title page under its title and byline: an
    imprint ("Wildside Press" / "Doylestown, Pennsylvania"), a date ("First published in 1909."); when
    ``described``, the short lines that describe the book ("TRANSLATED FROM THE SANSCRIT." / "IN SEVEN PARTS,"),
    up to a heading over text, a dedication or a chapter's number. Under the page's foot (its imprint, then its
    date), only a series number in brackets describes the book ("M.DCCC.XLII." / "(No. XIX.)"): what follows
    heads the front matter."""
    roles: list[str] = []
    for position, block in enumerate(blocks[index: index + TITLE_PAGE_TAIL], start=index):
        # (a date may stand beside a long place: "March 17, 1918 — The Woman’s Dining Club, Baltimore Hotel, Kansas City MO")
        dated = len(block.lines) == 1 and (pt.PUBLISHED_LINE.match(pt.unmarked(block.text)) or dated_line(block.text))
        if not dated and (len(block.lines) > TITLE_PAGE_BLOCK or any(len(line) > pt.EPIGRAPH_LINE for line in block.lines)):
            break
        if any(IMPRINT_LINE.search(line) for line in block.lines) or roles[-1:] == ["docImprint"] and blocks[position - 1].text.endswith(":"):
            roles.append("docImprint")  # or what an imprint's label announces: "Reprint:" / "_Cosmopoli: MDCCCLXXXIII: ..._"
        elif dated:
            roles.append("docDate")
        elif pt.ILLUSTRATION.match(block.text):
            roles.append("figure")  # a picture on the title page: "[Illustration: Camden Society Logo]"
        elif _credit_block(blocks, position):
            roles.append("byline")  # another's part in the book: "WITH DRAWINGS" / "BY" / "ANN PAINTER", "Translated by X"
        elif described and (not _page_foot(roles) or pt.PARENTHESISED.match(block.text)) \
                and not (_is_text(block) or position + 1 < len(blocks) and _is_text(blocks[position + 1])
                         or _numbered_head(block) or pt.opens_dedication(block.lines) or pt.SEPARATOR.match(block.text)
                         or pt.names_matter(pt.unmarked(block.lines[0]))):
            roles.append("description")
        else:
            break
    return roles


def _credit_block(blocks: list[Block], index: int) -> bool:
    """True when the block at ``index`` credits another's part in the book ("Edited by Sidney Colvin")."""
    return index < len(blocks) and bool((credit := pt.parse_field(blocks[index].text)) and credit[0].startswith("credit:"))


def _page_foot(roles: list[str]) -> bool:
    """True when a title page's ``roles`` have reached its foot: an imprint, then a date ("London: ..." / "1842")."""
    return "docImprint" in roles and "docDate" in roles[roles.index("docImprint"):]


def _entry_keys(lines: list[str]) -> list[tuple[str, ...]]:
    """The keys of the entries a block of contents lines gives, one a line, but an entry's title wrapped on under its
    number is one ("% 8.  That, from the stand-point of Justice, Labor destroys" / "Property."): its last word alone
    is no entry that a heading might begin with."""
    entries: list[str] = []
    for line in lines:
        if entries and _open_entry(entries[-1]) and not pt.NUMBERED_HEAD.match(line):
            entries[-1] += f" {line}"
        else:
            entries.append(line)
    return [_entry_key(entry) for entry in entries]


def _open_entry(line: str) -> bool:
    """An entry's numbered line its title goes on from, left open: no stop, no page number."""
    return bool((head := pt.NUMBERED_HEAD.match(line)) and head["title"]) and not _closed(line) and not CONTENTS_PAGE.search(line)


def _entry_key(line: str) -> tuple[str, ...]:
    """An entry of a table of contents as compared with headings: its words, without dot leaders or page number (an
    ampersand is the word "and": "Critical & Historical Essays" is set again as "CRITICAL AND HISTORICAL ESSAYS")."""
    return tuple(re.findall(r"[^\W_]+", CONTENTS_PAGE.sub("", line).lower().replace("&", " and ")))  # italics' underscores are no words


# Lists under a head of their own, by kind: a play's persons or scenes, the author's other books, a book's pictures.
HEADED_LISTS = {"cast": pt.CAST_HEAD, "works": pt.WORKS_HEAD, "illustrations": pt.ILLUSTRATIONS_HEAD}


def _list_run(blocks: list[Block], index: int, kind: str, heads: list[bool], title_keys: TitleKeys) -> int:
    """How many blocks from ``index`` form a list of ``kind`` under its head, such as "Dramatis Personæ" (0 if none).

    It is the head and the blocks of short lines under it, up to a heading of one
    line over the text (the next list, a prologue, the first act), or the title
    again; a list of scenes has act headings with their titles ("ACT I. A Flat in London.").
    """
    if not HEADED_LISTS[kind].match(pt.unmarked(blocks[index].lines[0])):
        return 0
    length = 1
    paged = False  # the entries so far give their pages
    # Entries may be sentences ("MONTAGUE, head of a Veronese family at feud with the Capulets."), but short ones,
    # not running text wrapped (the scene's description under a cast list: "[The scene is laid in ..." / "shelves ...").
    while index + length < len(blocks) and all(len(line) <= 90 for line in blocks[index + length].lines) \
            and not _wrapped_prose(blocks[index + length]) and not _ends_list(blocks, index + length, kind, heads, title_keys):
        with_pages = _page_numbered(blocks, index + length)
        if paged and kind in TITLED_ENTRIES and len(blocks[index + length].lines) >= UNPAGED_LINES and not with_pages:
            break  # lines with no pages under entries with theirs: an epigraph's verse, a paragraph
        paged = paged or with_pages
        length += 1
    return length if length > 1 or len(blocks[index].lines) > 1 else 0


def _ends_list(blocks: list[Block], index: int, kind: str, heads: list[bool], title_keys: TitleKeys) -> bool:
    """True when the block at ``index`` ends a list of ``kind``: a heading of one line, the title again, another list's head,
    an illustration, an ornament ("* * * * *").

    A bare number ("FIRST ACT") always heads the text; so does a titled line under
    a cast list ("THE PROLOGUE"). Where the entries are titles themselves (of
    pictures, of books), a titled line heads the text only over a paragraph:
    "THE INITIATION" over "THEY GAZED FASCINATED", or a picture's credit
    ("Photo by H. W. TAUNT") over the next picture, go on with the list.
    """
    block = blocks[index]
    if any(other.match(pt.unmarked(block.lines[0])) for other in HEADED_LISTS.values()) or pt.ILLUSTRATION.match(block.text) \
            or pt.SEPARATOR.match(block.text) or _title_again(blocks, index, title_keys):
        return True
    if len(block.lines) > 1 or not heads[index] or COLUMN_GAP.search(block.text):
        return False  # (a line in two columns is an entry: "Bewitched Prince.        HERO, the RED CROSS DOG")
    numbered = _numbered_head(block)
    if numbered is not None:
        return numbered["title"] is None
    over_text = kind not in TITLED_ENTRIES or index + 1 < len(blocks) and _is_text(blocks[index + 1])
    return pt.title_like(block.text) and over_text


#: the fewest lines of a block, under a list's entries with their pages, that ends the list when none gives a page
UNPAGED_LINES = 3
#: the fewest words of a title that a book sets again without its subtitle
MAIN_TITLE_WORDS = 3
# Where the title of a book's first work ends and the second's begins: "Moby-Dick; or, The Whale", "..., and the Catalog ..."
FIRST_WORK_END = re.compile(r";|,\s+(?:and|or)\s")


def _title_before(title: str | None, divider: str | re.Pattern[str]) -> tuple[str, ...]:
    """The words of ``title`` before its first ``divider`` when there are :data:`MAIN_TITLE_WORDS` of them, else none."""
    parts = re.split(divider, title or "", maxsplit=1)
    words = _entry_key(parts[0]) if len(parts) > 1 else ()
    return words if len(words) >= MAIN_TITLE_WORDS else ()


# The gap between two columns of a line: a list's entry and what stands beside it (a role and its actor).
COLUMN_GAP = re.compile(r"\S {3,}\S")
#: the longest row of a table: a line, not a paragraph
TABLE_ROW = 120
#: the share of a table's rows that fill every column
FULL_ROWS = 0.75


def table_cells(line: str) -> list[str]:
    """The cells of a line set in columns, cut at the gaps between them."""
    return re.split(r" {3,}", line.strip())


def _table_run(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` are the rows of a table (0 if none): two lines or more, set in as many
    columns, two or more, with gaps of three spaces between ("p.  74  disenfecting          _sic_"). A few rows
    may leave cells out (a group's label over its rows: "_Christmas Stories_--")."""
    columns, rows, length = 0, 0, 0
    for block in blocks[index:]:
        cells = [len(table_cells(line)) if len(line) <= TABLE_ROW else 0 for line in block.lines]
        count = max(cells)
        if count < 2 or min(cells) == 0 or columns and count != columns \
                or cells.count(count) < len(cells) * FULL_ROWS or block.text[:1] in "+|":  # (no box drawn around a note)
            break
        columns, rows, length = count, rows + len(block.lines), length + 1
    return length if rows >= 2 else 0


#: the lists whose entries are titles, and so read as headings
TITLED_ENTRIES = {"works", "illustrations"}


def _interview(metadata: Metadata) -> bool:
    """True when the header tells the text is an interview: an interviewer's credit, or "interview" in the title."""
    return any(field.kind == "credit:ivr" for field in metadata.fields) or any(
        INTERVIEW_WORD.search(title) for title in (metadata.title, metadata.subtitle) if title)


def _speakers(blocks: list[Block], interview: bool = False) -> set[str]:
    """The speakers of a play: names that open blocks ("HAMLET." or "HAM. To be...", "_Filch._ Sir, ...").

    In a text with acts or scenes a name in capitals speaks at once from the first act's heading
    on (over it, on a title page, it takes two), another after two appearances; elsewhere it
    takes three, and a name in capitals. In an ``interview`` initials in capitals speak at once ("FO’G").
    """
    first_act = next((index for index, block in enumerate(blocks) if pt.DRAMA_HEAD.match(block.text)), None)
    drama = first_act is not None
    counts: Counter[str] = Counter()
    early: Counter[str] = Counter()  # the appearances over the first act
    for index, block in enumerate(blocks):
        if (speaker := _speaker_label(block.lines[0], drama)) is not None and not (
                speaker == block.lines[0] and _closing_roles(block)):  # "LEON TROTSKY" over a dateline signs
            counts[_speaker_name(speaker)] += 1
            early[_speaker_name(speaker)] += index < (first_act or 0)
    needed = {True: 1 if drama else 3, False: 2}
    return {name.upper() for name, count in counts.items()
            if count >= needed[name.isupper()] and (count > early[name] or count >= 2)
            or interview and pt.INITIALS.match(name) or pt.PARLIAMENT_SPEAKER.match(name)}


# "interview" in a title: "INTERVIEW WITH ANN ROE", "Ann Roe interviewed"
INTERVIEW_WORD = re.compile(r"\binterview", re.I)


def _speaker_name(speaker: str) -> str:
    """A speaker's name as written without its italics and stop or colon, or how it is said: "_Filch._" is Filch,
    "RAINA (dreamily)." Raina."""
    return speaker.strip("_").rstrip(".:").partition(" (")[0]


def _speaker_label(line: str, drama: bool) -> str | None:
    """The speaker's name as written at the start of ``line`` ("HAMLET."), or None."""
    if pt.PARLIAMENT_SPEAKER.match(line):
        return line  # a parliament's record names its speaker: "Mr. A. M. SAMUEL", "Sir JOHN ROE (Harbour, S.)"
    match = pt.SPEAKER_LINE.match(line) or pt.SPEAKER_INLINE.match(line) or pt.SPEAKER_ALONE.match(line) or (
        pt.SPEAKER_MARKED.match(line) if line[:1] == "_" else None) or (pt.SPEAKER_COLON.match(line) if line[-1:] == ":" else None)
    if not match or pt.NUMBERED_HEAD.match(line) or pt.DRAMA_HEAD.match(line) or pt.names_matter(line):
        return None  # ("INTRODUCTION" heads; the heads are looked for only under a speaker's name: most lines have none)
    name = match["speaker"]
    # (a name in italics speaks in a play with no acts too: "_Q. Cic._ Mihi pilam dâ!")
    italic = match.re is pt.SPEAKER_INLINE and bool(match["mark"])
    # (and a name over a colon, alone on its line, speaks in an interview's transcript: "Esteban Volkov:")
    if name.upper() in pt.NOT_SPEAKERS or name.lower() in pt.SMALL_WORDS or len(name.split()) > 4 \
            or not (drama or italic or name.isupper() or match.re is pt.SPEAKER_COLON) \
            or pt.STAGE_DIRECTION.match(name):  # "_Exit Ogre_"
        return None
    return match["written"] if match.re is pt.SPEAKER_INLINE else line  # the name alone, with its stop or without


def _speech(blocks: list[Block], index: int, speakers: set[str]) -> tuple[str, int] | None:
    """A speech: the speaker's name as written, and how many blocks it takes (the name alone takes the next)."""
    block = blocks[index]
    speaker = _speaker_label(block.lines[0], True)
    if speaker is None or _speaker_name(speaker).upper() not in speakers:
        return None
    length = 1
    if block.lines[0] == speaker and len(block.lines) == 1:
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        # (a short speech reads as a heading, "How are you, Roper?": only a numbered heading or an act's is none)
        if following is None or _numbered_head(following) or pt.DRAMA_HEAD.match(following.text) or _speaks(following, speakers):
            return None  # (a speech may open with a word like a name: "Ta. [GLADYS withdraws.]")
        length = 2
    if pt.PARLIAMENT_SPEAKER.match(speaker):  # a member's speech goes on over its paragraphs, to the next speaker or a short line
        while index + length < len(blocks) and len(blocks[index + length].text.split()) >= pt.PROSE_LINE_WORDS \
                and not _speaks(blocks[index + length], speakers):
            length += 1
    return speaker, length


def _speaks(block: Block, speakers: set[str]) -> bool:
    """True when ``block`` opens with one of the ``speakers``' names."""
    return bool((label := _speaker_label(block.lines[0], True)) and _speaker_name(label).upper() in speakers)


def _closing_roles(block: Block, valediction: bool = False) -> list[str]:
    """The role of each line of a signature block ("salute", "signed", "dateline"), or [] if it is not one.

    A name beside a dateline or after a valediction ("Your affectionate brother,")
    signs ("N. Lenin" over "Petrograd, April 10, 1917"); alone, only a name in
    capitals or initials does.
    """
    if len(block.lines) > 3 or pt.names_matter(block.lines[0]):
        return []  # a paragraph, or the head of a list ("CONTENTS" is no name in capitals)
    lines = [pt.without_note_markers(line) for line in block.lines]  # "Mohr [2]" signs
    # (italics may mark a dateline or part of it: "_October, 1885._", "_Kensington, June_ 5, 1809.")
    datelines = [bool(pt.parse_dateline(line.replace("_", ""))) for line in lines]
    # A place alone over the date ("LYTHAM," / "October, 1912."): the dateline's first line.
    datelines = [dated or line.endswith(",") and following and bool(pt.PLACE_ALONE.match(line))
                 for line, dated, following in zip(lines, datelines, datelines[1:] + [False])]
    # A name set far to the right, as books print a signature, signs wherever it stands.
    aligned = [indent >= RIGHT_ALIGNED for indent in block.indents] if len(block.indents) == len(lines) else [False] * len(lines)
    roles: list[str] = []
    for previous, line, dated, right in zip([""] + lines, lines, datelines, aligned):
        if dated:
            roles.append("dateline")
        elif pt.dated_signature(line):
            roles.append("signed dateline")
        elif not roles and pt.VALEDICTION.match(line):
            roles.append("salute")
        elif pt.is_signature(line) or pt.SIGNING_ROLE.match(line) or pt.ON_BEHALF_OF.match(line) or ((any(datelines) or valediction or right or "salute" in roles) and (
                pt.name_like(line.lstrip("—–- ")) or pt.SINGLE_NAME.match(line))):
            roles.append("signed")
        elif roles and roles[-1] == "signed" and (pt.title_like(line) or previous.endswith(",") and pt.title_like(
                pt.unmarked(line).removesuffix("."))):
            # the signer's office under the name: "Chairman, Council of People's Commissars"; after a comma, maybe in
            # italics and closed by a stop ("LEONARD WOOD," / "_Major General, Chief of Staff._")
            roles.append("signed")
        else:
            return []
    # "ACT II" is a heading, not a signature in capitals; "L. Trotsky" signs
    return [] if _numbered_head(block) and not _initial_and_name(block) else roles


#: the indentation of a line set to the right of the page (a signature), in spaces
RIGHT_ALIGNED = 30


def _initial_and_name(block: Block) -> bool:
    """"L. Trotsky", "V. Ulyanov (Lenin)": an initial that is also a roman number, then a name ("I." alone is a number)."""
    numbered = _numbered_head(block)
    return bool(numbered and numbered["n"] and len(numbered["n"]) == 1 and " " in block.text.strip() and pt.name_like(block.text))


def _stamped_address(block: Block, goes_on: bool) -> bool:
    """True when the block is an organisation's address, as its stamp or letterhead prints it under a signature, maybe
    after the editor's word for it: "[stamped] International Committee for the" / "Relief of Political Prisoners",
    "1846 Euclid Ave." / "Cleveland Ohio". Two lines at least, but where an address ``goes_on`` from the block above."""
    lines = [EDITORS_LABEL.sub("", line, count=1) for line in block.lines]
    return (1 if goes_on else 2) <= len(lines) <= ADDRESS_LINES // 2 and not pt.names_matter(lines[0]) \
        and not _numbered_head(block) and all(
        len(line.split()) <= STAMP_WORDS and "  " not in line and not pt.POSTSCRIPT.match(line)
        and (ADDRESS_LINE.match(line.removesuffix(".")) or pt.PLACE_ALONE.match(line)) for line in lines)


#: the most words on a line of a stamp or letterhead ("Relief of Russian Political Prisoners")
STAMP_WORDS = 6


# The editor's bracketed word for what the line transcribes: "[stamped] ", "[letterhead] ".
EDITORS_LABEL = re.compile(r"^\[[a-z][a-z ]{2,20}\]\s+")


def _place_alone(lines: list[str]) -> bool:
    """A place with no date, under a signature, maybe over lines: "VAILIMA," / "UPOLU," / "SAMOA.",
    or "The Vicarage," / "Broughton-in-Furness" (the last line may go without a stop after a comma)."""
    # ("CONTENTS." and "PREFACE." under a signature head what follows; they are no places.)
    return len(lines) <= 4 and all(pt.PLACE_ALONE.match(line) and not pt.names_matter(line) for line in lines) and all(
        line.endswith(",") for line in lines[:-1]) and (lines[-1].endswith(".") or len(lines) > 1 and lines[-1][-1:].isalpha())


#: the role of a block that carries on the place of the block before it, in a closer
PLACE_GOES_ON = "place goes on"


def _run_roles(blocks: list[Block], signing: bool = False) -> list[list[str]]:
    """The roles of the lines of consecutive closing blocks ([] from the first that is not one).

    ``signing``: the blocks end a letter, where a name alone signs it ("Ulyanov"). A place
    under the signature is one dateline, whatever its lines and blocks; each block after the
    first that carries it on has the one role :data:`PLACE_GOES_ON`.
    """
    runs: list[list[str]] = []
    index = 0
    while index < len(blocks):
        # (a signature dated already has its place: a book's half-title under it is none, "IMPERIUM IN IMPERIO.")
        if runs and "signed" in runs[-1] and "dateline" not in runs[-1] and (place := next((length for length in range(1, len(blocks) - index + 1) if _place_alone(
                [line for block in blocks[index: index + length] for line in block.lines])), 0)):
            runs += [["dateline"]] + [[PLACE_GOES_ON]] * (place - 1)
            index += place
            continue
        if runs and "signed" in runs[-1] and len(blocks[index].lines) == 1 and pt.signers_dateline(blocks[index].text):
            runs.append(["dateline"])
            index += 1
            continue
        valediction = any("salute" in r for r in runs)
        address = runs and "address" in runs[-1] and _stamped_address(blocks[index], True)  # (a town after the street)
        signs = signing or valediction
        roles = [] if address else _closing_roles(blocks[index], signs) or _over_dateline(blocks[index: index + 2], signs)
        if address or not roles and valediction and "signed" in runs[-1] and _stamped_address(blocks[index], False):
            roles = ["address"] * len(blocks[index].lines)  # a letter's: the sender's stamp or letterhead under the signature
        if not roles:
            break
        runs.append(roles)
        index += 1
    return runs


#: the longest line of a signature block (a name, the signer's office and place)
SIGNATURE_LINE = 80


def _over_dateline(blocks: list[Block], valediction: bool) -> list[str]:
    """The roles of the lines of the first of ``blocks`` read with the dateline that is the second's one line, as a
    text set a paragraph a line parts them ("George Barker," / "Miners' Agent, Abertillery, Mon." | "22nd October,
    1917."); [] when they are no signature. (A year alone so parted is a title page's: "Copyright by" / "Ann Roe" | "2011".)"""
    if len(blocks) < 2 or len(blocks[1].lines) > 1 or len(blocks[0].lines) > 2 or any(len(line) > SIGNATURE_LINE for line in blocks[0].lines):
        return []  # (the cheap tests first: most blocks are paragraphs; a signature block has three lines at most)
    dated = pt.parse_dateline(blocks[1].text)
    if not dated or len(dated[1].when or "") < len("YYYY-MM"):  # (a month at least)
        return []
    roles = _closing_roles(Block(blocks[0].lines + blocks[1].lines, blocks[0].number), valediction)
    return roles[:-1] if roles[-1:] == ["dateline"] and "signed" in roles else []


def _closing_run(blocks: list[Block], index: int, boundaries: list[bool], heads: list[bool], signing: bool = False,
                 items: list[Item] | None = None) -> int:
    """How many blocks from ``index`` form a closer: up to six of signatures and datelines, then a
    boundary (or, after a valediction, a short postscript to the end; in a letter a salutation opened,
    see :func:`_saluted` on the ``items`` so far, after a signature, a short postscript to the end of the letter)."""
    if not any(boundaries[index + 1: index + 7]) and len(blocks) - index > 6 + POSTSCRIPT_BLOCKS:
        return 0  # no division ends soon enough: no need to read the blocks' roles
    runs = _run_roles(blocks[index: index + 6], signing)
    if not runs or pt.letter_heading(blocks[index].text):
        return 0  # "ENGELS TO KAUTSKY" heads a letter, it does not sign one
    valediction = any("salute" in roles for roles in runs)
    # (asked last: finding the division's opening looks back over its items)
    signed = any("signed" in roles for roles in runs) and items is not None and _saluted(items)
    # A name set at the right, or in capitals or initials, over the place and date signs, whatever follows (a preface's,
    # over the book's epigraph or the author's acknowledgments: "J.S." / "_October 1, 1917._").
    if {"signed", "dateline"} <= set(runs[0]) and (blocks[index].indents and blocks[index].indents[0] >= RIGHT_ALIGNED
                                                   or runs[0][0] == "signed" and pt.is_signature(blocks[index].lines[0])):
        return 1
    if len(runs) == 2 and runs[0] == ["signed"] and pt.signers_dateline(blocks[index + 1].text):
        return 2  # a signature over its place and date ("J.S. SHEDLOCK." / "LONDON, 1895.") closes, whatever follows
    return next((length for length in range(len(runs), 0, -1) if boundaries[index + length] or valediction and _short_tail(
        blocks, index + length, heads) or signed and _short_tail(blocks, index + length, heads, boundaries)), 0)


# A letter's last paragraphs after "Yours," and the signature, without "P.S.": at most this many.
POSTSCRIPT_BLOCKS = 2
# Before the next division (a book's next letter) only one: more is someone else's text (an address, an epigraph).
DIVISION_POSTSCRIPT_BLOCKS = 1


def _introducers_signature(blocks: list[Block], index: int, heads: list[bool], items: list[Item]) -> bool:
    """A name alone under the first paragraphs and over the text: who signs an introduction ("Chris Kane").

    It reads as a heading; but a text whose sections are named after people has more than one such heading,
    and a heading the paragraph under it says again is the editor's (see :func:`_taken_up`).
    """
    block = blocks[index]
    return (heads[index] and len(block.lines) == 1 and 0 < len(items) <= OPENING_PARAGRAPHS
            and all(item.kind == "p" for item in items) and index + 1 < len(blocks) and not heads[index + 1]
            and 2 <= len(block.text.split()) <= 4 and pt.name_like(block.text) and not _numbered_head(block)
            and not _taken_up(block.text, blocks[index + 1].text)
            and not any(heads[other] and pt.name_like(blocks[other].text) for other in range(len(blocks)) if other != index))


def _taken_up(heading: str, paragraph: str) -> bool:
    """True when the paragraph under ``heading`` says its words again ("Cheap Martyrdom." over "... “Cheap martyrdom!”"):
    an editor's subheading taken from the text, not a name signing what stands above it."""
    return pt.unmarked(heading).rstrip(".").lower() in paragraph.lower()


def _short_tail(blocks: list[Block], index: int, heads: list[bool], boundaries: list[bool] | None = None) -> bool:
    """True when only a few blocks, none a heading, follow ``index`` to the end of the text (or, given
    ``boundaries``, to the end of the division): what follows a signature is a postscript."""
    if boundaries is None:
        end, most = len(blocks), POSTSCRIPT_BLOCKS
    else:
        end, most = next((end for end in range(index + 1, len(blocks)) if boundaries[end]), len(blocks)), DIVISION_POSTSCRIPT_BLOCKS
    return end - index <= most and not any(heads[index:end])


def _boundaries(blocks: list[Block], heads: list[bool]) -> list[bool]:
    """For each index up to ``len(blocks)``, whether a division may end before that block: at the end
    of the text, before a heading or a postscript, or before a trailer, a picture or footnotes that stand before one.

    ``heads`` tells which blocks are headings. Computed once, from the end: the classification asks
    it near every block, where a closer might stand.
    """
    boundaries = [True] * (len(blocks) + 1)
    for index in range(len(blocks) - 1, -1, -1):
        text = blocks[index].text
        if _placed_form(blocks[index]) and _note_item(blocks[index]):  # a footnote under the last paragraph: as if not there
            length = _footnote_length(blocks, index)
            boundaries[index: index + length] = [boundaries[index + length]] * length
            continue
        # (a picture right over the next heading opens the next division: "LYONESSE" / "[Illustration]" / "THE MERMAID")
        boundaries[index] = heads[index] or bool(pt.POSTSCRIPT.match(text)) or bool(
            pt.PARENTHESISED.match(text) and boundaries[index + 1]) or bool(
            index + 1 < len(blocks) and heads[index + 1] and pt.ILLUSTRATION.match(text))
    return boundaries


def _dated_entry(block: Block) -> Date | None:
    """The day a journal's or a diary's entry is dated on the first line of its block ("Monday, 3 May 1920",
    "Hellraisers Journal, Tuesday August 13, 1918"), or None."""
    dated = pt.parse_dateline(block.lines[0]) if len(block.lines[0]) <= pt.DATELINE_LENGTH else None
    return dated[1] if dated and dated[1].to_the_day else None


def _opener_roles(block: Block, expect_letter: bool) -> list[str]:
    """The roles of the lines of a letter's opening block, or [] if it is not one.

    A place and date over two lines ("Moscow," / "13th Sept., 1920.") is one dateline: one role.
    """
    if expect_letter and len(block.lines) == 2 and block.lines[0].endswith(",") and (dated := pt.parse_dateline(block.text)) and dated[0]:
        return ["dateline"]
    roles = []
    for line in (line.strip("_*") for line in block.lines):  # _To Mrs. Saville._: emphasis marks are no part of it
        if pt.CLASSIFICATION.match(line):
            roles.append("classification")
        elif pt.SALUTE.match(line) and (expect_letter or roles or line.endswith((",", ":")) or pt.DASHED_SALUTE.search(line)) and (
            not line.endswith(".") or expect_letter and len(line.split()) <= 8 and not FINITE_VERB.search(line)
        ):
            roles.append("salute")
        elif expect_letter and line.endswith((",", ":", "!")) and pt.name_like(line[:-1]) or DEAR.match(line):
            roles.append("salute")  # the addressee's name ("Alexei Maximovich:"), or "Dear Kugelmann" without a comma
        elif (pt.parse_dateline(line) or pt.LOOSE_DATELINE.match(line) or expect_letter and YEARLESS_DAY.match(line)) and (expect_letter or roles):
            roles.append("dateline")
        elif expect_letter and len(block.lines) <= ADDRESS_LINES and ADDRESS_LINE.match(line.rstrip(",.") if "dateline" in roles else line) and not (
                line.isupper() or pt.NUMBERED_HEAD.match(line) or pt.letter_heading(line)):
            # the addressee of a telegram: "Fürstenberg, Boulevard-Hotel, Christiania"; under the dateline, the
            # writer's address, its lines closed as a letter sets them: "Rue de Lausanne, No. 49," / "L'imprimerie polonaise."
            roles.append("address")
        else:
            return []
    return roles


# A verb that makes a short line a sentence, not a salutation: "Comrade Radek has shown me your letter." (In lower case:
# "Dear Will." and "May 3." are no sentences.)
FINITE_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|must|did|does|do)\b")
# A line of an address: short, opening with a capital, no sentence (a stop only after a capital, "R.C.P.", or in
# an address's abbreviation, "No. 49", "Euclid Ave."), ending in a word (verse lines end in commas); no label
# ("Address : 7, Impasse du Rouet" gives the writer's own).
ADDRESS_LINE = re.compile(r"^(?=.{2,60}$)[A-Z](?:[^.!?:]|(?<=[A-Z])\.|(?<=\bNo|\bSt|\bRd)\.|(?<=\bAve|\bStr)\.)*(?<=\w|\.)$")
# The most lines of a telegram's addresses (a telegram to two committees in two towns has eight).
ADDRESS_LINES = 8


def _run_in_salute(block: Block, index: int, division_start: bool, items: list[Item], letter_title: bool) -> re.Match[str] | None:
    """A salutation run into the first paragraph, or None: a letter's ("Dear Ann Roe, First, I must ..."), or a
    speech's address to its hearers ("Mrs. Roe, ladies and gentlemen: Many people ..."), under the standfirsts
    that introduce the speaker."""
    if division_start and (salute := RUN_IN_SALUTE.match(block.text)) and (not items or letter_title or _expects_letter(items)):
        return salute
    if index <= ADDRESS_BLOCKS and (address := RUN_IN_ADDRESS.match(block.text)) and all(item.kind != "opener" for item in items):
        return address
    return None


# A speech's address to its hearers with its first sentence on its line: "Mrs. Roe, ladies and gentlemen: Many people ...",
# "Friends and fellow workers: We have come ...", "Fellow workers and comrades. I was struck ...". (An exclamation is
# the speech's first sentence, as the editions print it: "COMRADES! Last week may be called ...".)
RUN_IN_ADDRESS = re.compile(r"^(?P<salute>(?:(?:Mr|Mrs|Ms|Dr|Madam)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+)?"
                            r"(?i:" + pt.HEARERS + r")[:.])\s+(?=[A-Z])")
#: the most blocks over a speech's address: the standfirsts introducing the speaker
ADDRESS_BLOCKS = 4
# A salutation with the letter's first sentence on its line: "Dear Ann Roe, First, I must ...", "My dear Sir--Last
# evening ...".
RUN_IN_SALUTE = re.compile(r"^(?P<salute>(?:[Mm]y )?(?:[Dd]ear|DEAR)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,|--|—))\s*(?=[A-Z])")
# "Dear Kugelmann", "My dear Fred": a salutation, whatever the title says, when it is short and no sentence.
DEAR = re.compile(r"^(?:my )?dear\s+\S+(?:\s+\S+){0,3}$(?<![.;])", re.I)


def _salute_follows(blocks: list[Block], index: int) -> bool:
    """True when the next block is a salutation ("Dear Comrades,"): the block opens a letter, a date over it."""
    return index + 1 < len(blocks) and "salute" in _opener_roles(blocks[index + 1], False)


def _dateline_over_salute(blocks: list[Block], index: int, items: list[Item]) -> bool:
    """True when the block is a dateline alone and the next a salutation, under no prose: the letter opens there,
    under an editor's short lines ("[date stamp] 22 SEP 1927" / "Cleveland, Ohio Sep. 7, 1927" / "Dear Comrades!")."""
    return len(blocks[index].lines) == 1 and bool(pt.parse_dateline(blocks[index].text)) and _salute_follows(blocks, index) \
        and not any(item.kind == "p" and _is_text(item.blocks[0]) for item in items)


def _address_over_dateline(blocks: list[Block], index: int) -> bool:
    """True when the block is a letter's address, one short line or a postal address (see :func:`_postal_address`),
    then a dateline, then a salutation."""
    block = blocks[index]
    if not (ADDRESS_LINE.match(block.text) if len(block.lines) == 1 else _postal_address(block.lines)) or index + 2 >= len(blocks) \
            or block.text.isupper() or len(blocks[index + 1].lines) > 1 or pt.letter_heading(block.text):
        return False  # ("IN DEAL", in capitals under "ENGELS TO KAUTSKY", is part of the heading; "ANN TO BOB" heads)
    return _opener_roles(blocks[index + 1], True) == ["dateline"] and "salute" in _opener_roles(blocks[index + 2], True)


def _postal_address(lines: list[str]) -> bool:
    """True when ``lines`` are an addressee's name and address, each closed by a comma but the last, every word
    capitalised or a number ("Maria Ilyinichna Ulyanova," / "Malaya Gruzinskaya, 7, Apt. 13," / "Moscow," / "Russia")."""
    return len(lines) <= ADDRESS_LINES and all(line.endswith(",") for line in lines[:-1]) and all(
        len(line) <= POSTAL_LINE and not SENTENCE_MARK.search(line) and all(word[:1].isupper() or word[:1].isdigit() for word in line.split())
        for line in lines)


def _office_over_dateline(block: Block) -> list[str]:
    """The roles of the lines of an office's heading over the place and day it writes from, as an order or a circular
    opens ("WAR DEPARTMENT," / "OFFICE OF THE CHIEF OF STAFF," / "_Washington, August 19, 1911._"): its address, then
    the dateline; [] if the block is none."""
    *office, last = block.lines
    if not office or not office[-1].endswith(",") or not _postal_address(office):
        return []
    dated = pt.parse_dateline(last)
    return ["address"] * len(office) + ["dateline"] if dated and dated[0] and dated[1].to_the_day else []


#: the longest line of a postal address
POSTAL_LINE = 60
# What no address holds: a sentence's marks.
SENTENCE_MARK = re.compile(r"[!?:;]")


# A line of verse is shorter than the lines of the wrapped prose around it (a share of the widest).
VERSE_WIDTH = 0.8
#: the longest line of verse
VERSE_LINE_LENGTH = 65


#: the most blocks of an epigraph: lines a web copy set apart with blank lines, then the attribution
EPIGRAPH_BLOCKS = 6
#: the longest quotation in prose an epigraph holds (a paragraph, not a page)
EPIGRAPH_PROSE = 1200


def _epigraph_run(blocks: list[Block], index: int, heads: list[bool]) -> int:
    """The number of blocks of an epigraph opening the text or a division at ``index``, or 0.

    A few short lines of quotation, then its attribution alone ("(Hamlet, Act I, Sc. 2)",
    "— Goethe"), with text under it; or a quotation in prose, then the author and work it
    comes from ("Leon Trotsky, History of the Russian Revolution."), or the quotation with
    its attribution closing it ("... fluctuates in history. — Schiller, Wallenstein"), or on
    its own line under it, in the same block or the next; or a motto set far to the right.
    """
    if index + 2 < len(blocks) and len(blocks[index].text) <= EPIGRAPH_PROSE and not heads[index] and len(
            blocks[index + 1].lines) == 1 and pt.named_work(blocks[index + 1].text):
        return 2
    if index + 1 < len(blocks) and len(blocks[index].text) <= EPIGRAPH_PROSE and pt.INLINE_ATTRIBUTION.match(blocks[index].text) \
            and not pt.FIELD_LINE.match(blocks[index].text):  # "Note: ... —Socialist Viewpoint" is the editors' note
        return 1
    if length := _attributed_lines(blocks, index, heads):
        return length
    if index + 2 < len(blocks) and len(blocks[index].text) <= EPIGRAPH_PROSE and pt.QUOTED_LINE.match(blocks[index].text) \
            and len(blocks[index + 1].lines) == 1 and _attribution_line(blocks[index + 1].text):
        return 2  # a quotation in quotation marks, then "-Preamble to the Constitution of the IWW" alone under it
    if _motto(blocks[index]) and index + 1 < len(blocks):
        return 1
    if _note_item(blocks[index]):
        return 0  # ("[I.] Died 21 Sept. 1921." over "-Ann Roe, his wife, died ...": notes under a signature)
    for end in range(index, min(index + EPIGRAPH_BLOCKS, len(blocks) - 1)):
        block = blocks[end]
        if heads[end] or len(block.lines) > 4 or any(len(line) > pt.EPIGRAPH_LINE for line in block.lines):
            return 0
        if end > index and len(block.lines) == 1 and pt.attribution(block.text):
            return end - index + 1
    return 0


#: the most lines of a motto set flush right, and the column they end past (a centred line ends near the middle)
MOTTO_LINES = 3
MOTTO_END = 60


def _motto(block: Block) -> bool:
    """True when the block is a chapter's motto set flush right ("Sic itur ad astra."): not a heading in capitals,
    centred ("PREFACE."), nor a dateline."""
    return len(block.lines) <= MOTTO_LINES and len(block.indents) == len(block.lines) and min(block.indents) >= RIGHT_ALIGNED \
        and all(len(line) <= pt.EPIGRAPH_LINE and indent + len(line) >= MOTTO_END for line, indent in zip(block.lines, block.indents)) \
        and not block.text.isupper() and not pt.parse_dateline(block.lines[0])


#: the longest attribution under a quotation in prose: a name, a work and its year
ATTRIBUTION_LINE = 100


def _attributed_lines(blocks: list[Block], index: int, heads: list[bool]) -> int:
    """The number of blocks of lines with no blank line between (one block, or several that an unwrapped text
    cut apart) whose last is an attribution alone under a quotation in prose, "–Name, Work (1926)", with text
    after; or 0."""
    if heads[index]:
        return 0
    if len(blocks[index].lines) > 1 and _attribution_line(blocks[index].lines[-1]):
        return 1 if index + 1 < len(blocks) and len(blocks[index].text) <= EPIGRAPH_PROSE else 0
    end, length = index, len(blocks[index].text)
    while end + 1 < len(blocks) - 1 and not heads[end + 1] and blocks[end + 1].number == blocks[end].number + len(blocks[end].lines):
        end += 1
        length += len(blocks[end].text)
        if length > EPIGRAPH_PROSE:
            return 0
        if _attribution_line(blocks[end].lines[-1]):
            return end - index + 1
    return 0


def _attribution_line(line: str) -> bool:
    """A line that attributes a quotation (see :func:`~tei_tools.readers.patterns.attribution`), short enough to be one."""
    return len(line) <= ATTRIBUTION_LINE and pt.attribution(line)


def _verse_lines(block: Block, wrap: int) -> list[str]:
    """The lines of a stanza, a run-on line joined to the line it continues, or [] if the block is prose.

    Every line of a stanza opens with a capital, where a wrapped paragraph's lines
    mostly open in lower case; a line indented deeper that opens in lower case
    continues the one above. A stanza is indented, or its lines are clearly
    shorter than the text's wrapped lines; a block in capitals is a title page.
    """
    if len(block.lines) < 2 or len(block.indents) != len(block.lines) or block.text.isupper():
        return []
    base = min(block.indents)
    verse: list[str] = []
    for line, indent in zip(block.lines, block.indents):
        if indent > base and verse and not pt.VERSE_LINE.match(line):
            verse[-1] += " " + line
        elif pt.VERSE_LINE.match(line):
            verse.append(line)
        else:
            return []
    indented = base > 0 and (len(verse) > 2 or max(map(len, verse)) < VERSE_LINE_LENGTH)
    short = len(verse) > 2 and max(map(len, block.lines)) < VERSE_WIDTH * wrap
    return verse if indented or short else []


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
FIRST_NOTE_LABELS = ("[1] ", "{1} ", "[A] ", "[a] ", "[A.] ", "[a.] ", "[note] ", "* ")


def _note_item(block: Block) -> re.Match[str] | None:
    return None if pt.SEPARATOR.match(block.text) else pt.NOTE_ITEM.match(block.text)


def _backlink_note(line: str) -> bool:
    """A wiki's note, "- ↑ text": a back-link to its marker and no label."""
    match = pt.NOTE_ITEM.match(line)
    return bool(match and match["backlink"])


def _marked(blocks: list[Block]) -> set[str]:
    """The labels of the note markers in ``blocks``."""
    return {pt.note_label(marker) for block in blocks for marker in pt.note_markers(block.text)}


def _note_list(block: Block) -> list[Block]:
    """The notes of a block of lines numbered 1, 2, 3... one note a line, or [] if it is not one."""
    matches = [pt.NOTE_ITEM.match(line) for line in block.lines]
    if len(block.lines) < 2 or not all(m and m["n"] == str(position) for position, m in enumerate(matches, start=1)):
        return []
    return [Block([line], block.number + offset) for offset, line in enumerate(block.lines)]


def _notes_start(blocks: list[Block], title: str) -> int:
    """Index of the notes section, or len(blocks) when there is none.

    The section is a "Notes" head followed by notes or, without a head, a final
    run of blocks that starts with a first note ("[1] ...", "[A] ...", "* ..."
    after a text with asterisk markers), of notes numbered 1, 2, 3... whose
    markers the text (or its ``title``) holds, or of a wiki's back-link notes ("- ↑ ...").
    A first note followed by text with markers is not the start of a final run:
    footnotes placed under their paragraphs are read in :func:`classify`.
    """
    for index in range(len(blocks) - 2, -1, -1):
        if pt.NOTES_HEAD.match(blocks[index].text) and _note_item(blocks[index + 1]):
            return index
    in_title = {pt.note_label(marker) for marker in pt.note_markers(title)}  # ("... in 1918 [1]")
    marked = bool(in_title) or any(pt.note_markers(block.text) for block in blocks[:-1])
    if blocks and marked and _note_list(blocks[-1]):
        return len(blocks) - 1  # "1. ..." "2. ..." on the last lines of a page: its notes, without a head
    if marked and (start := _final_note_run(blocks, in_title)) < len(blocks):
        return start
    starred = False
    for index, block in enumerate(blocks):
        if block.text.startswith(FIRST_NOTE_LABELS) and (starred or not block.text.startswith("* ")) and all(
            _note_item(b) for b in blocks[index:] if b.text.startswith(("[", "*")) and not pt.SEPARATOR.match(b.text)
        ) and not _marked([b for b in blocks[index + 1:] if not _note_item(b)]) & _labels(blocks[index:]):
            return index
        starred = starred or any(m["star"] for m in pt.note_markers(block.text))
    return len(blocks)


def _labels(blocks: list[Block]) -> set[str]:
    """The labels of the notes among ``blocks``."""
    return {pt.note_label(match) for block in blocks if (match := _note_item(block))}


def _final_note_run(blocks: list[Block], in_title: set[str]) -> int:
    """Start of a final run of back-link notes, or of blocks numbered 1, 2, 3... each marked in the text before them
    or, as ``in_title`` gives their labels, in the title."""
    start = len(blocks)
    while start and _backlink_note(blocks[start - 1].text):
        start -= 1
    if start < len(blocks):
        return start
    while start and (match := _note_item(blocks[start - 1])) and match["n"]:
        start -= 1
    numbers = [_note_item(block)["n"] for block in blocks[start:]]  # type: ignore[index]
    while numbers and numbers != [str(n) for n in range(1, len(numbers) + 1)]:
        start, numbers = start + 1, numbers[1:]  # the run begins at its note 1
    return start if numbers and set(numbers) <= _marked(blocks[:start]) | in_title else len(blocks)


def _notes(blocks: list[Block], report: Report) -> list[Item]:
    """The notes section: its head, then one note per labelled block (later blocks continue it)."""
    items: list[Item] = []
    for block in (part for block in blocks for part in (_note_list(block) or [block])):
        match = _note_item(block)
        if not items and not match:
            items.append(Item("notes-head", [block]))
        elif match and match["backlink"]:  # no label: the n-th back-link note is note n
            items.append(Item("note", [block], n=str(sum(item.kind == "note" for item in items) + 1)))
        elif match:
            items.append(Item("note", [block], n=pt.note_label(match)))
        elif items[-1].kind == "note":
            items[-1].blocks.append(block)
        else:
            report.warn(block.number, block.text[:80], "text in the notes section before the first note (kept as a paragraph)")
            items.append(Item("p", [block]))
    return items
