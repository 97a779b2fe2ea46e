"""The TEI ``text``: title page and front matter, body divisions, notes in back."""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby

from lxml import etree

from tei_tools.errors import TeiToolsError
from tei_tools.readers import patterns as pt
from tei_tools.readers.blocks import (BOOK_BYLINE, CONTENTS_PAGE, HEADED_LISTS, SYNOPSIS, Block, Item, bare_number, dashed_summary,
                                     hanging_title, heads_entries, table_cells)
from tei_tools.readers.dates import find_dates
from tei_tools.readers.preamble import Metadata
from tei_tools.readers.report import Report
from tei_tools.readers.titlepage import dated_line
from tei_tools.tei import tei, xml_attr

E = etree.SubElement

# The TEI element for each role a line of an opener or closer can play.
ROLE_ELEMENTS = {"classification": ("seg", {"type": "classification"}), "salute": ("salute", {}), "signed": ("signed", {})}


def _append_text(parent: etree._Element, text: str) -> None:
    """Add character data at the end of ``parent`` (after its last child, if any)."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _numbered_id(prefix: str, number: str, occurrence: int) -> str:
    """``note-3`` for the first note numbered 3, ``note-3-2`` for the second (numbering restarts).

    Asterisk labels are spelled out: ``note-star``, ``note-star2`` for "**".
    """
    label = number if not number.startswith("*") else "star" + (str(len(number)) if len(number) > 1 else "")
    return f"{prefix}-{label}" if occurrence == 1 else f"{prefix}-{label}-{occurrence}"


class _Inline:
    """Writes running text, turning note markers into links to their notes.

    When numbering restarts (several notes numbered 1), the k-th marker "[1]"
    links to the k-th note numbered 1, or to the last one there is.
    """

    def __init__(self, note_counts: Counter[str], report: Report) -> None:
        self.note_counts = note_counts  # note number -> how many notes carry it
        self.report = report
        self.markers: Counter[str] = Counter()  # note number -> markers written so far

    def write(self, parent: etree._Element, text: str, line: int) -> None:
        position = 0
        for marker in pt.note_markers(text):
            number = pt.note_label(marker)
            if number not in self.note_counts:
                if not marker["star"]:  # asterisks without notes are emphasis or ornament, not markers
                    self.report.warn(line, marker.group(0).strip(), "note marker without a note (kept as text)")
                continue
            _append_text(parent, text[position: marker.start()])
            self.markers[number] += 1
            occurrence = self.markers[number]
            note = _numbered_id("note", number, min(occurrence, self.note_counts[number]))
            reference = E(parent, tei("ref"), {"type": "noteref", "target": f"#{note}",
                                               xml_attr("id"): _numbered_id("noteref", number, occurrence)})
            reference.text = number
            position = marker.end()
        _append_text(parent, text[position:])
        for stray in pt.stray_note_numbers(text):
            self.report.warn(line, text[max(0, stray.start() - 20): stray.end() + 1].strip(),
                             f"number {stray['n']} glued to the text looks like a note marker without a note (kept as text)")


def _write_dated(parent: etree._Element, text: str, inline: _Inline | None = None, line: int = 0) -> None:
    """Write text in which dates are tagged (datelines, trailers, a dated title).

    With ``inline``, note markers between the dates link to their notes ("April 25, 1917{1}").
    """
    position = 0
    for date in find_dates(text):
        _write_between(parent, text[position: date.start], inline, line)
        E(parent, tei("date"), date.attributes()).text = date.text
        position = date.end
    _write_between(parent, text[position:], inline, line)


def _write_between(parent: etree._Element, text: str, inline: _Inline | None, line: int) -> None:
    if inline:
        inline.write(parent, text, line)
    else:
        _append_text(parent, text)


def _dateline(parent: etree._Element, line: str, inline: _Inline, number: int) -> None:
    dateline = E(parent, tei("dateline"))
    place, _ = pt.parse_dateline(line) or (None, None)
    if not place:
        _write_dated(dateline, line, inline, number)
        return
    start = 0 if line.startswith(place) else line.rindex(place)  # "Prinkipo, March 1, 1932" or "December 22, 1868. Geneva"
    _write_dated(dateline, line[:start], inline, number)
    E(dateline, tei("placeName")).text = place
    _write_dated(dateline, line[start + len(place):], inline, number)


def _lines_of(blocks: list[Block]) -> list[tuple[int, str]]:
    """The lines of ``blocks``, each with its line number."""
    return [(block.number + offset, line) for block in blocks for offset, line in enumerate(block.lines)]


# Elements that end a division: nothing textual may follow them in it.
CLOSING = {"closer", "trailer", "postscript"}
# Elements that open a division or stand before its text.
PRELIMINARY = {"head", "opener", "epigraph", "dateline", "titlePage"}
# Elements that may stand anywhere in a division, but are no text that a closer may follow (TEI's model.global).
ANYWHERE = {"figure", "milestone", "pb", "note"}
# Their tags, compared directly: these tests run for every paragraph of a division.
_CLOSING_TAGS = frozenset(tei(name) for name in CLOSING)
_NOT_TEXT_TAGS = frozenset(tei(name) for name in PRELIMINARY | CLOSING | ANYWHERE)


def _closed(element: etree._Element) -> bool:
    for child in reversed(element):  # the last element (comments and the like are skipped)
        if isinstance(child.tag, str):
            return child.tag in _CLOSING_TAGS
    return False


def _has_text(element: etree._Element) -> bool:
    """True once a division holds something a closer may follow (paragraphs, quotations, divisions)."""
    return any(isinstance(child.tag, str) and child.tag not in _NOT_TEXT_TAGS for child in element)


class _Divisions:
    """Where the next piece of text goes: the front or the body, and its open divisions."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.open: list[etree._Element] = []  # the open divisions, outermost first: open[k] is at level k + 1

    def current(self) -> etree._Element:
        return self.open[-1] if self.open else self.root

    def start(self, level: int, n: str | None = None, kind: str = "") -> etree._Element:
        """Open a division at ``level``; under a closed parent it goes up to the nearest open one."""
        depth = min(level - 1, len(self.open))
        while depth and _closed(self.open[depth - 1]):
            depth -= 1
        parent = self.open[depth - 1] if depth else self.root
        if parent is self.root and _closed(self.root):
            # Text after a signature at the top: the signed piece becomes a division of its own.
            wrapper = etree.Element(tei("div"))
            wrapper.extend([child for child in self.root if child.tag != tei("titlePage")])
            self.root.append(wrapper)
        division = E(parent, tei("div"), {"type": kind} if kind else {"n": n} if n else {})
        del self.open[depth:]
        self.open.append(division)
        return division

    def for_text(self) -> etree._Element:
        """The container for a paragraph: a new division when the current one was closed."""
        container = self.current()
        # (Divisions only enter the root through start(), after which the current container is one of them.)
        if container is self.root and (_closed(container) or container.tag == tei("front")):
            return self.start(1)
        if _closed(container):
            return self.start(len(self.open))
        return container

    def for_closing(self, next_item: Item | None) -> etree._Element | None:
        """The container for a closer or trailer, or None where one cannot stand yet.

        A section's signature at the end of its parent division closes the parent; at the end of the
        text it closes the text, unless the last division opened as a letter of its own.
        """
        if next_item is None or next_item.kind in ("notes-head", "note"):
            level = len(self.open) if self.open and self.open[-1].find(tei("opener")) is not None else 1
        else:
            level = next_item.level if next_item.kind == "head" else len(self.open)
        container = self.open[level - 1] if 0 < level <= len(self.open) else self.current()
        return container if _has_text(container) else None


def _front_end(items: list[Item]) -> int:
    """Number of leading items that are front matter: up to a table of contents, a cast list or the title
    again (under a note on the author, say), then editorial matter."""
    contents = None
    for index, item in enumerate(items):
        if item.kind == "sp" or item.kind == "head" and item.n:
            break  # the work has begun
        if item.kind in LISTINGS or item.kind == "title":
            contents = index
    start = contents + 1 if contents is not None else 0
    while start < len(items) and items[start].kind in ("title", "dedication"):
        start += 1  # the title repeated over the text, and the dedication under it, belong to the front
    if start >= len(items) or not (items[start].kind == "head" and items[start].editorial):
        return start
    for index in range(start, len(items)):
        if items[index].kind == "head" and items[index].level == 1 and not items[index].editorial:
            return index
    return start


def build_text(items: list[Item], metadata: Metadata, report: Report) -> etree._Element:
    """Build the TEI ``text`` element from the classified items."""
    text = etree.Element(tei("text"))
    front = E(text, tei("front"))
    cut = next((index for index, item in enumerate(items) if item.kind in ("notes-head", "note")), len(items))
    main, notes = items[:cut], items[cut:]
    ending = next((index + 1 for index, item in enumerate(main) if item.kind == "end"), len(main))
    main, back_matter = main[:ending], main[ending:]
    inline = _Inline(Counter(item.n for item in notes if item.kind == "note" and item.n), report)
    _title_page(front, metadata, inline)
    body = E(text, tei("body"))
    front_end = _front_end(main)
    divisions = _Divisions(front if front_end else body)
    for index, (item, following) in enumerate(_with_following(main)):
        if index == front_end and front_end:
            divisions = _Divisions(body)
        _add_item(divisions, item, following, inline, report)
    if back_matter or notes:
        back = E(text, tei("back"))
        if back_matter:  # (a printer's line and a publisher's list after the book's "THE END")
            divisions = _Divisions(E(back, tei("div"), type="backmatter"))
            for item, following in _with_following(back_matter):
                _add_item(divisions, item, following, inline, report)
        if notes:
            _back(back, notes, inline, report)
    if len(body) == 0:
        body.extend(front.findall(tei("div")))  # a page that is only a table of contents: the list is its text
    if len(front) == 0:
        text.remove(front)
    if len(body) == 0:
        # A text of one paragraph reads as a title alone; an empty body would not be valid TEI.
        if not metadata.title or metadata.title_is_file_name:
            raise TeiToolsError(f"{report.source}: only header lines and no text: nothing to encode")
        E(body, tei("p")).text = metadata.title
        report.warn(0, "", "the source has no text after its header: its title is also its text")
    return text


def _with_following(items: list[Item]) -> list[tuple[Item, Item | None]]:
    """Each item with the one after it (None after the last): a closer's place depends on what follows it."""
    return list(zip(items, [*items[1:], None]))


# Roles of title page lines that are parts of the title, and the type of their ``titlePart``.
TITLE_PARTS = {"titlePart": "alt", "subtitle": "sub", "description": "desc"}


def _title_page(front: etree._Element, metadata: Metadata, inline: _Inline) -> None:
    if not (metadata.title or metadata.authors or metadata.date_line or metadata.title_page):
        return
    page = E(front, tei("titlePage"))
    for author in metadata.authors:
        E(page, tei("docAuthor")).text = author
    parts = [(TITLE_PARTS[role], text) for role, text in metadata.title_page if role in TITLE_PARTS]
    if metadata.title or parts:
        title = E(E(page, tei("docTitle")), tei("titlePart"), type="main")
        # (a note marker in the title links to its note: "... Speech to the Court in 1918 [1]")
        if metadata.title_date:
            _write_dated(title, metadata.title or "", inline)
        else:
            inline.write(title, metadata.title or "", 0)
        if metadata.subtitle:
            E(title.getparent(), tei("titlePart"), type="sub").text = metadata.subtitle
        for kind, text in parts:
            _broken_lines(E(title.getparent(), tei("titlePart"), type=kind), list(enumerate(text.split("\n"))))
    for role, text in metadata.title_page:
        if role == "epigraph":
            _epigraph(page, list(enumerate(text.split("\n"))))
        elif role == "figure":
            E(E(page, tei("figure")), tei("figDesc")).text = text
        elif role not in TITLE_PARTS:
            _broken_lines(E(page, tei(role)), list(enumerate(text.split("\n"))))  # an imprint keeps its lines
    if metadata.date_line and metadata.date:
        E(page, tei("docDate"), metadata.date.attributes()).text = metadata.date_line


def _add_item(divisions: _Divisions, item: Item, following: Item | None, inline: _Inline, report: Report) -> None:
    lines = _lines_of(item.blocks)
    if item.kind == "head":
        division = divisions.start(item.level, item.n, item.editorial if divisions.root.tag == tei("front") else "")
        _broken_lines(E(division, tei("head")), lines, inline)
    elif item.kind == "list":
        listing = E(divisions.for_text(), tei("list"))
        for block in item.blocks:  # an item wrapped over lines is one
            inline.write(E(listing, tei("item")), block.text, block.number)
    elif item.kind == "table":
        table = E(divisions.for_text(), tei("table"))
        for number, line in lines:
            row = E(table, tei("row"))
            for cell in table_cells(line):
                inline.write(E(row, tei("cell")), cell, number)
    elif item.kind == "dedication":
        _paragraph(divisions.start(1, kind="dedication"), item.blocks[0], inline, report)
    elif item.kind == "subhead":
        _broken_lines(E(divisions.current(), tei("head"), type="sub"), lines, inline)
    elif item.kind == "epigraph":
        _epigraph(divisions.current(), lines, inline)
    elif item.kind == "dateline":
        container = divisions.current()
        last = container[-1] if len(container) else None
        # under a signature the date is the closer's: a dateline after a closer would stand before the text goes on
        _dateline(last if last is not None and last.tag == tei("closer") else container, lines[0][1], inline, item.number)
    elif item.kind == "opener":
        container = divisions.current()
        # a letter quoted after the text announcing it, or one in the front (an order under the title page): a division of its own
        if _has_text(container) or container.tag == tei("front"):
            container = divisions.start(len(divisions.open) + 1, kind="letter")
        previous = container[-1] if len(container) else None
        opener = previous if previous is not None and previous.tag == tei("opener") else E(container, tei("opener"))
        for (number, line), role in zip(lines, item.parts):
            _role(opener, role, line, number, inline)
    elif item.kind in ("closer", "trailer", "end") and (container := divisions.for_closing(following)) is not None:
        if item.kind != "closer":
            _write_dated(E(container, tei("trailer")), item.blocks[0].text, inline, item.number)
        else:
            closer = E(container, tei("closer"))
            for (number, line), role in zip(lines, item.parts):
                _role(closer, role, line, number, inline)
    elif item.kind == "postscript" and (container := divisions.for_closing(following)) is not None:
        postscript = E(container, tei("postscript"))
        blocks = item.blocks
        if len(blocks) > 1 and len(blocks[0].lines) == 1 and pt.SALUTE.match(blocks[0].text):
            # its own address over it: "To Fotieva or the secretary on duty" / "Please retype, ..."
            inline.write(E(E(postscript, tei("opener")), tei("salute")), blocks[0].text, blocks[0].number)
            blocks = blocks[1:]
        for block in blocks:
            _paragraph(postscript, block, inline, report)
    elif item.kind == "bibl":  # a reviewed book: its author and its title, then its publisher, year and price as printed
        bibl = E(divisions.for_text(), tei("bibl"))
        for role, group in groupby(zip(item.parts, lines), key=lambda pair: pair[0]):
            numbered = [line for _, line in group]
            if len(bibl) or bibl.text:
                _append_text(bibl, " ")
            if role == "details":
                for position, (number, detail) in enumerate(numbered):
                    if position:
                        _append_text(bibl, " ")
                    _write_dated(bibl, detail, inline, number)
            elif role == "author" and (named := BOOK_BYLINE.match(numbered[0][1])):  # "by Ann Roe,": the name alone is the author
                _append_text(bibl, numbered[0][1][:named.start("name")])
                inline.write(E(bibl, tei("author")), named["name"], numbered[0][0])
                _append_text(bibl, numbered[0][1][named.end("name"):])
            else:
                inline.write(E(bibl, tei(role)), " ".join(line for _, line in numbered), numbered[0][0])
    elif item.kind == "quote":
        quote = E(divisions.for_text(), tei("quote"))
        for block in item.blocks:
            _paragraph(quote, block, inline, report)
    elif item.kind == "title" and divisions.root.tag == tei("front"):
        divisions.open.clear()  # a title page stands between the front's divisions, never in one
        page = E(divisions.root, tei("titlePage"))
        _broken_lines(E(E(page, tei("docTitle")), tei("titlePart")), [line for line, part in zip(lines, item.parts) if part == "titlePart"], inline)
        rest = [(line, part) for line, part in zip(lines, item.parts) if part != "titlePart"]
        for part, group in groupby(rest, key=lambda pair: pair[1]):  # the byline, an imprint, a date
            part_lines = [line for line, _ in group]
            if part == "figure":  # a picture on the title page: "[Illustration: Camden Society Logo]"
                for number, line in part_lines:
                    _figure(page, [Block([line], number)], inline, report)
                continue
            if part in TITLE_PARTS:  # a description of the book under its title, or under an imprint in a title of its own
                title_parent = page[-1] if page[-1].tag == tei("docTitle") else E(page, tei("docTitle"))
                _broken_lines(E(title_parent, tei("titlePart"), type=TITLE_PARTS[part]), part_lines, inline)
                continue
            # (in italics: "_Published, 1912_"; in roman numerals: "M.DCCC.XLII.")
            date = (next(iter(find_dates(pt.unmarked(part_lines[0][1]))), None) or dated_line(part_lines[0][1])) if part == "docDate" else None
            _broken_lines(E(page, tei(part), date.attributes() if date else {}), part_lines, inline)
    elif item.kind in LISTINGS:
        _listing(divisions.start(1, kind=item.kind), item.blocks, LISTINGS[item.kind], inline)
    elif item.kind == "verse":
        stanza = E(divisions.for_text(), tei("lg"))
        for line in item.parts:
            inline.write(E(stanza, tei("l")), line, item.number)
    elif item.kind == "figure":
        _figure(divisions.for_text(), item.blocks, inline, report)
    elif item.kind == "milestone":
        E(divisions.for_text(), tei("milestone"), unit="section")
    elif item.kind == "stage":
        inline.write(E(divisions.for_text(), tei("stage")), item.blocks[0].text, item.number)
    elif item.kind == "sp":
        speech = E(divisions.for_text(), tei("sp"))
        speaker, *verse = item.parts
        directed = pt.SPEAKER_INLINE.match(item.blocks[0].lines[0])
        if directed and directed["direction"] and directed["written"] == speaker:  # "RAINA (dreamily). I am so happy."
            E(speech, tei("speaker")).text = speaker[:directed.start("direction")]
            E(speech, tei("stage")).text = speaker[directed.start("direction"):].strip()
        else:
            E(speech, tei("speaker")).text = speaker
        if verse:
            stanza = E(speech, tei("lg"))
            for line in verse:
                inline.write(E(stanza, tei("l")), line, item.number)
        else:  # a paragraph of each block, the first's after the speaker's name
            for position, block in enumerate(item.blocks):
                words = block.lines if position else [block.lines[0][len(speaker):].strip(), *block.lines[1:]]
                if paragraph := " ".join(line for line in words if line):
                    inline.write(E(speech, tei("p")), paragraph, block.number)
    else:  # paragraphs, and closing lines where nothing precedes them to close
        for block in item.blocks:
            if item.kind == "title" and pt.ILLUSTRATION.match(block.text):  # a title page's picture, the page set in the text
                _add_item(divisions, Item("figure", [block]), following, inline, report)
                continue
            paragraph = _paragraph(divisions.for_text(), block, inline, report)
            if item.kind == "p" and item.n:
                paragraph.set("n", item.n)  # the paragraph's number in the source: "[1] This, my friends..."


def _figure(parent: etree._Element, blocks: list[Block], inline: _Inline, report: Report) -> None:
    """A figure: a picture's placeholder ("[Illustration: A mill]"), or its caption as printed."""
    figure = E(parent, tei("figure"))
    block = blocks[0]
    if not (placeholder := pt.ILLUSTRATION.match(block.text)):
        _broken_lines(E(figure, tei("head")), _lines_of(blocks), inline)
    elif caption := placeholder["caption"]:
        inline.write(E(figure, tei("head")), caption, block.number)
        report.remove(block.number, "[[caption]] [[/caption]]", "caption markup (the caption is the figure's head)")
    else:
        if description := placeholder["description"]:
            inline.write(E(figure, tei("figDesc")), description, block.number)
        report.remove(block.number, block.text, "illustration placeholder (a figure)")


# Items that are lists of entries (a table of contents, a play's cast list), with the pattern of their heads.
LISTINGS = {"contents": pt.CONTENTS_HEAD, **HEADED_LISTS}


def _listing(division: etree._Element, blocks: list[Block], head: re.Pattern[str], inline: _Inline) -> None:
    """A table of contents or a cast list: its head, if it has one, and a list of its entries.

    An entry is a line; or a block whose first line is the entry's number alone ("CHAP. I." / "Of the Tides.").
    """
    first = blocks[0]
    if head.match(pt.unmarked(first.lines[0])) or heads_entries(blocks[:2]):
        inline.write(E(division, tei("head")), first.lines[0], first.number)
        blocks = [first.part(1), *blocks[1:]] if len(first.lines) > 1 else blocks[1:]
    listing = E(division, tei("list"))
    synopses = {position for position, block in enumerate(blocks) if position and SYNOPSIS.match(block.text)}
    # A chapter's summary wrapped over lines, its page number closing the last: one entry ("Introduction. Assyrian
    # Record-Rooms. ..." / "... Roman library     1"), under its number alone ("CHAPTER I.") if one stands over it.
    # (Lines set in columns, "CHAP.      PAGE", are entries or labels of their own.)
    summaries = {position for position, block in enumerate(blocks) if len(block.lines) > 1 and CONTENTS_PAGE.search(block.lines[-1])
                 and not any(CONTENTS_PAGE.search(line) or pt.NUMBERED_HEAD.match(line) or "   " in line.strip() for line in block.lines[:-1])}
    for position, block in enumerate(blocks):
        lines = _lines_of([block])
        numbered = pt.NUMBERED_HEAD.match(block.lines[0])
        if position in synopses or position in summaries and position and bare_number(blocks[position - 1]):
            continue  # written with its entry's title or number, over it
        # (an entry's title wrapped hangs under its first word: "IV.     That the soul ..., where" / "        the true ...")
        if numbered and len(lines) > 1 and (not numbered["title"] and not any(pt.NUMBERED_HEAD.match(line) for line in block.lines[1:])
                                            or numbered["title"] and hanging_title(block, numbered)) \
                or position in summaries or dashed_summary(block):
            _broken_lines(E(listing, tei("item")), lines, inline)
        elif position + 1 in synopses or position + 1 in summaries and bare_number(block):  # a title or number over its summary
            _broken_lines(E(listing, tei("item")), _lines_of(blocks[position: position + 2]), inline)
        else:
            for number, line in lines:
                inline.write(E(listing, tei("item")), line, number)


def _role(parent: etree._Element, role: str, line: str, number: int, inline: _Inline) -> None:
    if role == "dateline":
        _dateline(parent, line, inline, number)
    elif role == "signed dateline":  # "WILLIAM HOPE HODGSON December 17, 1907"
        split = pt.dated_signature(line) or 0
        inline.write(E(parent, tei("signed")), line[:split].rstrip(), number)
        _append_text(parent, " ")  # the words stay apart for tools that read the text alone
        _dateline(parent, line[split:], inline, number)
    elif role == "address":  # the lines of one address stay together
        last = parent[-1] if len(parent) else None
        address = last if last is not None and last.tag == tei("address") else E(parent, tei("address"))
        inline.write(E(address, tei("addrLine")), line, number)
    else:
        name, attributes = ROLE_ELEMENTS[role]
        inline.write(E(parent, tei(name), attributes), line, number)


def _broken_lines(parent: etree._Element, lines: list[tuple[int, str]], inline: _Inline | None = None) -> None:
    """Write ``lines`` (line number, text) into ``parent`` (a head, an imprint) with line breaks; ``inline`` links note markers."""
    for position, (number, line) in enumerate(lines):
        if position:  # the space keeps the words apart for tools that ignore <lb/>
            _append_text(parent, " ")
            E(parent, tei("lb"))
        _write_between(parent, line, inline, number)


def _epigraph(parent: etree._Element, lines: list[tuple[int, str]], inline: _Inline | None = None) -> None:
    """An epigraph: its lines as verse (a quotation in prose as a paragraph), its last line a ``bibl``
    when it names the author or work ("— Goethe", "Leon Trotsky, History of the Russian Revolution"),
    or the attribution closing its line a ``bibl`` after the quotation ("... in history. — Schiller")."""
    epigraph = E(parent, tei("epigraph"))
    if inline_attribution := pt.INLINE_ATTRIBUTION.match(" ".join(line for _, line in lines)):  # "... history. — Schiller"
        _broken_lines(E(epigraph, tei("p")), [(lines[0][0], inline_attribution["quote"])], inline)
        _broken_lines(E(epigraph, tei("bibl")), [(lines[-1][0], inline_attribution["attribution"])], inline)
        return
    attribution = len(lines) > 1 and (pt.attribution(lines[-1][1]) or pt.named_work(lines[-1][1]) or bool(
        pt.is_signature(lines[-1][1].rstrip(".")) and pt.QUOTED_LINE.match(lines[-2][1])))  # "‘...’" / "MARVELL."
    quoted = lines[:-1] if attribution else lines
    if any(len(line) > pt.EPIGRAPH_LINE for _, line in quoted):  # prose: its lines are wrapped, not verse
        _broken_lines(E(epigraph, tei("p")), [(quoted[0][0], " ".join(line for _, line in quoted))], inline)
    else:
        stanza = E(epigraph, tei("lg"))
        for line in quoted:
            _broken_lines(E(stanza, tei("l")), [line], inline)
    if attribution:
        _broken_lines(E(epigraph, tei("bibl")), lines[-1:], inline)


def _paragraph(parent: etree._Element, block: Block, inline: _Inline, report: Report) -> etree._Element:
    if len(block.lines) > 1:
        report.recognise(block.number, "", "normalised: joined lines")
    paragraph = E(parent, tei("p"))
    inline.write(paragraph, block.text, block.number)
    return paragraph


def _back(back: etree._Element, notes: list[Item], inline: _Inline, report: Report) -> None:
    """The notes section, each note pointing back at its first marker."""
    division = E(back, tei("div"), type="notes")
    seen: Counter[str] = Counter()
    for item in notes:
        if item.kind == "notes-head":
            _broken_lines(E(division, tei("head")), _lines_of(item.blocks), inline)
        elif item.kind == "p":
            _paragraph(division, item.blocks[0], inline, report)
        else:
            number = item.n or ""
            seen[number] += 1
            attributes = {xml_attr("id"): _numbered_id("note", number, seen[number]), "n": number}
            if inline.markers[number] >= seen[number]:
                attributes["target"] = "#" + _numbered_id("noteref", number, seen[number])
            else:
                report.warn(item.number, item.blocks[0].text[:60], f"note {item.n} has no marker in the text")
            note = E(division, tei("note"), attributes)
            first = pt.NOTE_ITEM.match(item.blocks[0].text)
            blocks = [Block([first["text"]], item.number)] + item.blocks[1:]  # type: ignore[index]
            if first["footnote"]:  # type: ignore[index]
                blocks[-1] = Block([blocks[-1].text.removesuffix("]")], blocks[-1].number)  # "[Footnote 1: ...]": its brackets
                report.remove(item.number, "Footnote", "the word of a footnote's label (its number is the note's n)")
            for block in blocks:
                _paragraph(note, block, inline, report)
