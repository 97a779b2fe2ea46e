"""A printed book's title page: title, byline, edition, epigraph, imprints and date.

Read at the top of a Project Gutenberg book, under its frame, and of a plain-prose
book whose first lines are a title over a byline. Lines that repeat what the header
already says are removed and reported; the rest is kept for the TEI ``titlePage``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from tei_tools.readers import patterns as pt
from tei_tools.readers.dates import Date, earlier, parse_date
from tei_tools.readers.preamble import HEADER_NOTE, YEAR, Field, Metadata, byline, posted_date, take_byline
from tei_tools.readers.report import Report


def _normal(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.lower().replace("&", "and"))


def read_title_page(lines: list[str], start: int, end: int, metadata: Metadata, report: Report, through: int = 0) -> int:
    """Read the title page at the top of a book: short lines before its first heading or paragraph; returns where it ends.

    Lines that repeat the header (title, subtitle, "By" and the author, credits)
    are removed and reported; bylines, editions and other title lines are kept
    for the TEI title page, a date as the date of the work. Down to ``through``
    (a printed title page's imprint, see ``imprint_end``) every line is the title
    page's, a title line where it has no other role.
    """
    wanted = {"title": _normal(metadata.title or ""), "subtitle": _normal(metadata.subtitle or "")}
    seen = {"title": "", "subtitle": ""}
    authors = {_normal(author) for author in metadata.authors}
    surnames = _surnames(metadata.authors)
    index = start
    while index < end:
        line = " ".join(lines[index].split())
        number = index + 1
        if line.startswith("[") and not line.endswith("]") and (wrapped := _wrapped_illustration(lines, index, end)):
            line, index = wrapped
        normal = _normal(line)
        if line and not lines[index - 1].strip() and (note := HEADER_NOTE.match(line)):
            # "Note: Project Gutenberg also has an HTML version of this file...": on the edition, not the book
            length = next((offset for offset, following in enumerate(lines[index:end]) if not following.strip()), end - index)
            value = " ".join([note["value"], *(" ".join(following.split()) for following in lines[index + 1: index + length])])
            metadata.fields.append(Field("note", note["label"], value, number))
            report.remove(number, note["label"], "field label (its value is in the TEI header)")
            index += length
            continue
        if line and not lines[index - 1].strip() and (printing := _printing(lines, index, end)):
            length, plain = printing
            index = _take_block(lines, index, "docEdition", length, metadata, report)
            if FIRST_PRINTING.match(plain) and not any(field.kind == "published" for field in metadata.fields):
                # the book's first printing, on the back of its title page: when the text was published
                metadata.fields.append(Field("published", "", plain, number))
            continue
        # (the author's other books go on under the byline, in its block too: "By Ann Roe" / "_Author of_" / ...)
        if line and (not lines[index - 1].strip() or AUTHOR_OF.match(pt.unmarked(line))) and not pt.PRODUCED_BY.match(line) \
                and (block := _title_page_block(lines, index, end)):
            role, length = block
            if role == "epigraph" and not pt.attribution(lines[index + length - 1].strip()) and _heads_poem(lines, index + length - 1, end):
                break  # a stanza over another: the poem itself has begun, no epigraph of it
            index = _take_block(lines, index, role, length, metadata, report)
            continue
        # (a short word is the title, or opens it with the next line: "SHE"; "THE" / "CULPRIT FAY,")
        part = next((p for p in ("title", "subtitle") if wanted[p] and normal and wanted[p].startswith(seen[p] + normal)
                     and (seen[p] or len(normal) > 3 or wanted[p] == normal
                          or wanted[p].startswith(normal + _normal(next((f for f in lines[index + 1: end] if f.strip()), ""))))), None)
        credit = pt.parse_field(line) or (("credit:trc", m["label"], m["value"]) if (m := pt.PRODUCED_BY.match(line)) else None)
        if not credit and line.lower().endswith(" by") and (labelled := pt.parse_field(f"{line} X")):
            credit = (labelled[0], labelled[1], "")  # "TRANSLATED BY" over "LADY WALLACE.": the name follows
        elif not credit and index + 2 < end and lines[index + 1].strip().lower() == "by" and (labelled := pt.parse_field(f"{line} by X")):
            index, line = index + 1, f"{line} {lines[index + 1].strip()}"  # "WITH DRAWINGS" / "BY" / "ANN PAINTER"
            credit = (labelled[0], line, "")
        elif not credit and index + 1 < end and lines[index + 1].strip()[:3].lower() == "by " and pt.parse_field(f"{line} by X") \
                and (labelled := pt.parse_field(f"{line} {lines[index + 1].strip()}")):
            index, line, credit = index + 1, f"{line} {lines[index + 1].strip()}", labelled  # "Translated from the Chinese" / "By X"
        if not line:
            pass
        elif pt.delivery_label(line):  # "(As prepared for delivery)" under a speech's title
            metadata.fields.append(Field("note", "", line, number))
            report.recognise(number, line, "header note: the speech's delivery label")
        elif (pt.DEDICATION_START.match(line) or not lines[index - 1].strip()) and pt.dedication_length(_blocks_at(lines, index, end)) \
                or pt.WORKS_HEAD.match(pt.unmarked(line)) or pt.CONTENTS_HEAD.match(pt.unmarked(line)):
            break  # the dedication, a list of the author's books or the contents ("_Contents_"): the front matter begins
        elif picture := pt.ILLUSTRATION.match(line):
            if picture["description"]:  # "[Picture: Picture of Pan by a river, by Walter Crane]": a frontispiece
                metadata.title_page.append(("figure", picture["description"]))
                report.recognise(number, line, "title page: figure")
                report.remove(number, line, "illustration placeholder (a figure)")
            else:
                report.remove(number, line, "illustration placeholder on the title page")
        elif pt.SEPARATOR.match(line):
            report.remove(number, line, "an ornament between the parts of the title page")
        elif line[:1] == "<" and pt.HTML_TAG_LINE.match(line):
            report.remove(number, line, "an HTML tag")  # "</pre>" left under Project Gutenberg's start marker
        elif part:
            seen[part] += normal
            report.remove(number, line, f"title page line repeating the header's {part}")
        elif normal in authors or (normal.startswith("by") and normal[2:] in authors | {""}):
            report.remove(number, line, "title page line repeating the header's author")
        elif credit and credit[0].startswith("credit:"):
            kind, label, value = credit
            wrapped = [line]
            if not value and (name := _next_line(lines, index, end, BLANKS_BEFORE_NAME)) and pt.name_like(lines[name].strip()):
                # the name set apart under its label: "EDITED BY" / "" / "E.V. LUCAS"
                wrapped += [""] * (name - index - 1)
                value, index = lines[name].strip(), name
                wrapped.append(value)
            # The credit wrapped: "...and the Project" / "Gutenberg ... Team"; a bracket left open goes on to its close:
            # "(This file was produced from images" / "generously made available by The Internet Archive.)"; so does
            # a sentence left open ("... for creating the Lilypond sound" / "and image files for the bugle calls.").
            while len(wrapped) < (TITLE_PAGE_BLOCK if (within_brackets := value.count("(") > value.count(")"))
                                  or len(wrapped) >= CREDIT_LINES and not wrapped[-1].endswith((".", ")")) else CREDIT_LINES):
                following = " ".join(lines[index + 1].split()) if index + 1 < end else ""
                # (a line going on in lower case goes on with the credit: "..., email" / "ccx074@pglaf.org  Second proof by")
                if not following or " by " in following.lower() and not within_brackets and not following[:1].islower() \
                        or pt.parse_field(following) \
                        or pt.names_matter(following):
                    break  # a blank line, another credit ("Revised by X"), a heading ("TRANSCRIBER'S NOTE")
                value, index = f"{value} {following}".strip(), index + 1
                wrapped.append(following)
            value = value.rstrip(".") if pt.name_like(value.rstrip(".")) else value  # "LADY WALLACE.": a name, not its stop
            # (the same names are the same credit: "ANN EXAMPLE, M.A. (1910)" under the header's "Ann Example")
            if same := next((f for f in metadata.fields if f.kind == kind
                             and (_normal(pt.CREDIT_EMAIL.sub("", f.value)) == _normal(pt.CREDIT_EMAIL.sub("", value))
                                  or _normal(pt.split_credit(f.value)[0]) == _normal(pt.split_credit(value)[0]))), None):
                if len(value) > len(same.value):  # the page's copy adds the transcriber's address: the header keeps it
                    metadata.fields[metadata.fields.index(same)] = replace(same, value=value)
                for offset, part in enumerate(wrapped):
                    if part:  # (not the blank lines between a label and its name)
                        report.remove(number + offset, part, "title page line repeating a credit of the header")
            elif value:
                metadata.fields.append(Field(kind, label, value, number))
                report.recognise(number, line, f"header field: {kind} (title page)")
            else:  # a label whose name was not found: a line of the title page
                metadata.title_page.append(("titlePart", line))
        elif not metadata.authors and not metadata.date_line and (signed := name_on_date(line)):
            # "Mathilde Jacob on 5 March 1928": who wrote it and when
            metadata.authors, (metadata.date_line, metadata.date) = [signed[0]], signed[1:]
            report.remove(number, "on", "the word between the author and the date (both are in the header)")
            report.recognise(number, line, "header field: author and date")
        elif not EDITION.search(line) and ((date := dated_line(line)) or (date := _date_over_year(lines, index, end))):
            if date.text not in line:  # the days over their year: "NOVEMBER 6, 7, 8, 9, and 10," / "1888."
                index = _next_line(lines, index, end, YEAR_GAP) or index
                line = f"{line} {lines[index].strip()}"
            if metadata.date_line and metadata.date and not earlier(date.when or "", metadata.date.when or ""):
                metadata.title_page.append(("docDate", line))  # a later date: when the text was posted or reprinted
            else:
                if metadata.date_line:
                    metadata.title_page.append(("docDate", metadata.date_line))
                metadata.date_line, metadata.date = line, date  # the earliest date is the work's
            report.recognise(number, line, "title page: date")
        elif len(line) <= pt.EPIGRAPH_LINE and IMPRINT_LINE.search(line) and not lines[index - 1].strip() \
                and (index + 1 == end or not lines[index + 1].strip()) and (COPYRIGHT_CLAIM.match(line) or not _heads_text(lines, index, end)):
            # an imprint of one line: "LONDON: STRANGEWAYS & SONS"; a claim of copyright over the text heads nothing
            metadata.title_page.append(("docImprint", line))
            report.recognise(number, line, "title page: docImprint")
        elif not metadata.authors and byline(line):
            take_byline(metadata, index, line, report)  # under a date: "The Long Strike" / "May 3, 2004" / "by Jane Roe"
            surnames = _surnames(metadata.authors)
        # A description of the book over its byline ("Being an account of ..." / "By William Hope Hodgson"), unless
        # its lines are title lines read one by one; one running on is none ("An Essay on the" / "their Fittings, ...").
        elif not lines[index - 1].strip() and (length := _over_byline(lines, index, end, surnames)) and not (
                _line_role(line, lines, index, end, surnames)
                and all(_title_page_line(" ".join(following.split())) for following in lines[index: index + length])):
            index = _take_block(lines, index, "description", length, metadata, report)
            continue
        elif role := _line_role(line, lines, index, end, surnames):
            if role == "titlePart" and (_heads_poem(lines, index, end) or _over_entries(lines, index, end)):
                break  # "TO THE READER" over a poem: the poem's heading; over numbered entries, the contents': the book has begun
            metadata.title_page.append((role, line))
            report.recognise(number, line, f"title page: {role}")
        elif index < through or through and (through := imprint_end(lines, index)):  # (a reprint's page under the first)
            metadata.title_page.append(("titlePart", line))
            report.recognise(number, line, "title page: titlePart (over the printer's imprint)")
        else:
            break
        index += 1
    return index


def _date_over_year(lines: list[str], index: int, end: int) -> Date | None:
    """The date of the line at ``index`` read with the year alone under it ("NOVEMBER 6, 7, 8, 9, and 10," / "1888."), or None."""
    below = lines[year_line].strip() if (year_line := _next_line(lines, index, end, YEAR_GAP)) else ""
    year = dated_line(below) if lines[index].rstrip().endswith(",") else None
    if not year or len(year.when or "") != 4:  # a year alone: "1888.", "MDCCCLXXXVIII"
        return None
    return parse_date(f"{lines[index].strip()} {below}")


def _next_line(lines: list[str], index: int, end: int, blanks: int) -> int | None:
    """The index of the first line with words under ``index`` and before ``end``, at most ``blanks`` blank lines
    down; None if there is none."""
    return next((below for below in range(index + 1, min(end, index + blanks + 2)) if lines[below].strip()), None)


# A printer's or publisher's line in a printed title page's imprint: "PRINTED BY H. SNAPE AND SON, 61, MARKET ST.",
# "Published by the Authority of the Congress".
PRINTER = re.compile(r"\b(?:printed|published)\s+(?:by|for|at)\b", re.I)
#: the most blocks of a printed title page down to its printer's line
PRINTED_TITLE_PAGE_BLOCKS = 12
#: longer than any line of a printed title page, its motto's included: a line of prose
PRINTED_TITLE_PAGE_LINE = 100
#: the most blank lines between a date's days and their year under them
YEAR_GAP = 3


def imprint_end(lines: list[str], start: int) -> int:
    """Where a printed title page opening at ``start`` ends: under its printer's line, when no paragraph of prose
    stands over that line (an epigraph in quotation marks may); 0 when there is no printer's line."""
    printed, blocks, block = 0, 0, []
    for index in range(start, len(lines) + 1):
        if index < len(lines) and lines[index].strip():
            block.append(lines[index].strip())
            continue
        if not block:
            continue
        if block[0][:1] not in pt.QUOTE_PAIRS and (
                any(len(line) > PRINTED_TITLE_PAGE_LINE for line in block) or pt.opens_paragraph(list(enumerate(block[:2])))):
            break  # prose: the text has begun
        if any(PRINTER.search(line) for line in block):
            printed = index
        blocks, block = blocks + 1, []
        if blocks == PRINTED_TITLE_PAGE_BLOCKS:
            break
    return printed


def _line_role(line: str, lines: list[str], index: int, end: int, surnames: set[str]) -> str | None:
    """The role of a title page's ``line`` (at ``index``), read alone: a byline ("By R. W. Emerson", the author's name
    as the page spells it, "C. J. Cutliffe Hyne", the author's degrees under it, "D.C.L., LL.D.", or another's byline,
    an interviewer's), an edition, or a line of the title, short and heading no text; None if it is none of them."""
    if _names_author(line, surnames) or byline(line) or DEGREES.match(line) and not VOLUME.match(line):
        return "byline"
    if _title_page_line(line, line[:1].islower() and _centred_on(lines, index)) and not _heads_text(lines, index, end):
        return "docEdition" if EDITION.search(line) else "titlePart"
    return None


#: the fewest spaces before a line set in the middle of a title page
CENTRED = 10


def _centred_on(lines: list[str], index: int) -> bool:
    """True when the line at ``index`` stands in the middle of the page under another so set: the title page's phrase
    going on ("By the EARL OF CHESTERFIELD" / "on the Fine Art of becoming a" / "MAN OF THE WORLD")."""
    above = next((lines[before] for before in range(index - 1, -1, -1) if lines[before].strip()), "")
    return all(len(line) - len(line.lstrip()) >= CENTRED for line in (lines[index], above))


def _wrapped_illustration(lines: list[str], index: int, end: int) -> tuple[str, int] | None:
    """An illustration's placeholder wrapped over the lines from ``index`` to its closing bracket, within its block
    ("[Illustration: A harbour at dusk, where" / "the boats come in]"): its lines joined, and the index of its last; or None."""
    for close in range(index + 1, min(end, index + TITLE_PAGE_BLOCK)):
        if not lines[close].strip():
            return None
        if lines[close].rstrip().endswith("]"):
            joined = " ".join(" ".join(line.split()) for line in lines[index: close + 1])
            return (joined, close) if pt.ILLUSTRATION.match(joined) else None
    return None


def _take_block(lines: list[str], index: int, role: str, length: int, metadata: Metadata, report: Report) -> int:
    """Keep the block of ``length`` lines at ``index`` for the title page in ``role``; returns the index after it."""
    metadata.title_page.append((role, "\n".join(" ".join(lines[i].split()) for i in range(index, index + length) if lines[i].strip())))
    report.recognise(index + 1, " ".join(lines[index].split()), f"title page: {role}")
    return index + length


# An edition's line, maybe with its year: "_First Edition, 1912_", "Second Edition."
EDITION = re.compile(r"\bedition\b", re.I)
#: the most lines of a verse epigraph on a title page (a stanza of a ballad, with its couplet)
EPIGRAPH_LINES = 12
#: the most blank lines between an epigraph's quotation and its signature
EPIGRAPH_GAP = 3
#: the most blank lines between a credit's label and the name under it
BLANKS_BEFORE_NAME = 2
#: the most lines of one credit on a title page
CREDIT_LINES = 3


# An imprint's lines: a place over a colon ("BOSTON & CAMBRIDGE:", "London: Heinemann"; every word capitalised, and no
# note's label: "Transcriber's Note:"), a publisher, a printer, a copyright.
# A publisher's street address ("245 Fifth Avenue, New York"), or a publisher named for its books ("Penguin Books").
IMPRINT_LINE = re.compile(r"(?-i:^(?!.*\b[Nn]otes?:)[A-Z][\w.&'’-]*(?:[ ,&]+[A-Z][\w.&'’-]*)*:(?:\s.*)?$)|(?<![a-z])(?:(?:company|publishers?|press|sons|print(?:ed|ers?|ing)|copyright|sold by|"
                          r"entered,? according|all rights reserved)\b|co\.)"
                          r"|^\d{1,5}(?:[-–]\d{1,5})?\s+(?:[A-Z][\w.]*\s+){1,3}(?:avenue|street|road|square|place|lane|row)\b|(?-i:^[A-Z]\w+ Books$)", re.I)
# A claim of copyright: "Copyright, 1891, 1904, 1906", "© 1923 by Ann Roe".
COPYRIGHT_CLAIM = re.compile(r"^(?:copyright\b|©)", re.I)
# The author's degrees under the name, in abbreviations: "D.C.L., LL.D.", "M.A., F.R.S."
DEGREES = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.)+(?:,?\s+(?:[A-Z][A-Za-z]{0,3}\.)+)*$")
# A volume's number, which reads as initials: "VOL. II."
VOLUME = re.compile(r"^vol(?:ume)?\.?\s+[\dIVXLC]+\.?$", re.I)
# The author's other books under the byline: "Author of _Byways of Ghostland_, _Werwolves_, etc.", "TRANSLATOR OF
# 'L'HEPTAMERON';".
AUTHOR_OF = re.compile(r"^(?:by )?(?:the )?(?:author(?:ess)?|translator|editor) of\b", re.I)
#: the most lines of a block of a title page (an imprint, an epigraph)
TITLE_PAGE_BLOCK = 8


def _title_page_block(lines: list[str], index: int, end: int) -> tuple[str, int] | None:
    """The role ("docImprint", "epigraph") and length of a block of short lines opening at ``index``, or None.

    An imprint names a publisher or place or claims copyright; an epigraph is a few
    lines of verse, or a quotation over its author.
    """
    block = []
    for line in lines[index:min(end, index + EPIGRAPH_LINES + 1)]:
        if not line.strip():
            break
        block.append(line.strip())
    if len(block) == 1 and pt.QUOTED_LINE.match(block[0]) and (signer := _signer_below(lines, index + 1, end)):
        return "epigraph", signer - index + 1  # "‘Thus sang they in the English boat.’" over "MARVELL." set at the right
    if block and AUTHOR_OF.match(pt.unmarked(block[0])) and len(block) <= TITLE_PAGE_BLOCK:
        return "byline", len(block)  # the author's other books, as the byline goes on
    if not 2 <= len(block) <= EPIGRAPH_LINES or any(len(line) > pt.EPIGRAPH_LINE for line in block) or _heads_text(lines, index, end):
        return None
    if len(block) <= TITLE_PAGE_BLOCK and (any(IMPRINT_LINE.search(line) for line in block) or pt.YEARS_LINE.match(block[-1].rstrip("."))
                                           and not byline(block[0])):  # (place, publisher, year: "LONDON" / "CHATTO & WINDUS" / "1904")
        return "docImprint", len(block)
    verse = all(pt.VERSE_LINE.match(line) for line in block) and any(line[-1:] in ",;:.!?" for line in block[:-1])
    if verse and not any(line.isupper() for line in block) or pt.attribution(block[-1]):
        return "epigraph", len(block)
    return None


# A line of a book's printing history, as the back of its title page gives it: "_First printed serially in the_
# Commonweal, 1890.", "_Reprinted April_, _June_ 1891", "_Kelmscott Press Edition_, 1892.", "Tenth Impression, 1908".
# (a printer's or publisher's line is the imprint's: "Published by Chatto & Windus, 1904")
PRINTING_HISTORY = re.compile(r"^(?:(?:first|since|thence|then|afterwards|and)\s+(?:re-?)?|re-?)(?:printed|published|issued)\b"
                              r"|^(?:[\w&'’-]+,?\s+){1,3}(?:edition|impression)\b", re.I)
# ... the first: "First printed serially in the Commonweal, 1890.", "First published in 1890 by ..."
FIRST_PRINTING = re.compile(r"^first\s+(?:printed|published|issued)\b", re.I)
#: the most lines of one printing's line, wrapped
PRINTING_LINES = 3


def _printing(lines: list[str], index: int, end: int) -> tuple[int, str] | None:
    """The length of the block of a printing at ``index`` (see :data:`PRINTING_HISTORY`), with its year, and its words
    without their italics' marks, its wrapped lines joined; None if there is none."""
    block = list(takewhile(str.strip, lines[index: min(end, index + PRINTING_LINES + 1)]))
    plain = " ".join(line.strip() for line in block).replace("_", "")
    return (len(block), plain) if len(block) <= PRINTING_LINES and PRINTING_HISTORY.match(plain) and YEAR.search(plain) else None


def _signer_below(lines: list[str], index: int, end: int) -> int | None:
    """The index of a signature alone (see :func:`~patterns.is_signature`), the next line after blank lines from ``index``
    ("MARVELL."), or None."""
    following = next((position for position in range(index, min(end, index + EPIGRAPH_GAP)) if lines[position].strip()), None)
    if following is None or following + 1 < end and lines[following + 1].strip():
        return None
    return following if pt.is_signature(lines[following].strip().rstrip(".")) else None


def _over_entries(lines: list[str], index: int, end: int) -> bool:
    """True when numbered entries begin at ``index``, or under the line there: contents, maybe under a head not naming
    them ("The Chapters in this Book" / "I  MY FIRST LOVE" / "II  THE BIRTH OF ..."), not the title page's lines."""
    blocks = _blocks_at(lines, index, end)
    return pt.numbered_entries(blocks[0]) or len(blocks) > 1 and len(blocks[0]) == 1 and pt.numbered_entries(blocks[1])


def _blocks_at(lines: list[str], index: int, end: int) -> list[list[str]]:
    """The blocks of lines (split at blank lines) from ``index``, as many as a dedication may have."""
    blocks: list[list[str]] = [[]]
    for line in lines[index:end]:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            if len(blocks) == pt.DEDICATION_BLOCKS:
                break
            blocks.append([])
    return [block for block in blocks if block]


def _surnames(authors: list[str]) -> set[str]:
    return {author.split()[-1].lower() for author in authors if author.split()}


def _names_author(line: str, surnames: set[str]) -> bool:
    """A byline naming the author: "By R. W. Emerson", or the name as the title page spells it ("C. J. Cutliffe Hyne"),
    maybe in italics ("_by ... Richard R. Smith_")."""
    line = pt.unmarked(line)
    return (line.lower().startswith("by") or pt.name_like(line)) and any(name in line.lower() for name in surnames)


def _over_byline(lines: list[str], index: int, end: int, surnames: set[str]) -> int:
    """The length of a block of a title page standing over the byline, such as a description of the
    book ("Being an account of their Adventures ..." over "By William Hope Hodgson"); 0 if none."""
    length = next((offset for offset, line in enumerate(lines[index: min(end, index + TITLE_PAGE_BLOCK + 1)]) if not line.strip()), 0)
    following = [line.strip() for line in lines[index + length: min(end, index + length + TITLE_PAGE_BLOCK)] if line.strip()][:2]
    if following[:1] == ["By"]:
        following = [f"By {' '.join(following[1:])}"]  # "By" alone over the name
    return length if following and _names_author(following[0], surnames) else 0


# The writer and the day of writing under the title: "Mathilde Jacob on 5 March 1928".
NAME_ON_DATE = re.compile(r"^(?P<names>[A-Z][^,;:]{2,50}?)\s+on\s+(?P<date>\w.{5,30})$")


def name_on_date(line: str) -> tuple[str, str, Date] | None:
    """The writer, the date as printed and the date of a line naming who wrote on which day
    ("Mathilde Jacob on 5 March 1928"); or None."""
    if (signed := NAME_ON_DATE.match(line)) and pt.name_like(signed["names"]) and (date := parse_date(signed["date"])):
        return signed["names"], signed["date"], date
    return None


# A year in roman numerals, as title pages print it: "MDCCCCI.", "M DCCC XLIX.", "M.DCCC.XLII.", "MCMIX"
ROMAN_YEAR = re.compile(r"^M(?:[\s.]?[MDCLXVI]+){1,4}\.?$")
# A year with the place or the words of its publication: "1893, Philadelphia", "London: 1901.", "First Published 1886."
PLACE_AND_YEAR = re.compile(r"^(?:[A-Z][\w .'’-]{2,30}[,:]?\s+)?(?P<year>(?:1[5-9]|20)\d\d)(?:,?\s+[A-Z][\w .'’-]{2,30})?\.?$")


def dated_line(line: str) -> Date | None:
    """The date of a title page's line of a date ("1884", "MDCCCLXXXIV", "London, 1884", "Published, March, 1912"), a post date
    ("lundi 3 mai 2004") or a dateline ("In New York, November 17 1991"), or None."""
    stripped = pt.unmarked(line.strip())  # (in italics: "_Published, March, 1912_")
    stripped = published["value"] if (published := pt.PUBLISHED_LINE.match(stripped)) else stripped  # "Published, March, 1912"
    if date := parse_date(stripped) or _year_line(stripped) or posted_date(stripped):
        return date
    if (occasion := DATE_DASH_OCCASION.match(stripped)) and (date := parse_date(occasion["date"])) and date.to_the_day:
        return date
    dateline = pt.parse_dateline(stripped)  # the dearest test last
    return dateline[1] if dateline else None


# A day's date, a dash and the occasion, under a speech's title: "April 16, 1909 — Aldwych Theatre, after a long
# procession from Marble Arch celebrating her release from prison, London UK" (no sentence: no stop closes a part).
DATE_DASH_OCCASION = re.compile(rf"{pt.DATE_DASH}[A-Z](?:[^.!?]|\.(?=\S)){{,{pt.DASHED_DATELINE_LENGTH}}}$")


def _year_line(line: str) -> Date | None:
    """The year of a title page's line that gives it in roman numerals or beside the place, or None."""
    if match := PLACE_AND_YEAR.match(line):
        return Date(match.start("year"), match.end("year"), match["year"], match["year"])
    if not ROMAN_YEAR.match(line):
        return None
    year = int(pt.arabic(re.sub(r"[\s.]", "", line)))
    return Date(0, len(line), line, str(year)) if 1400 <= year <= 2100 else None


def _heads_poem(lines: list[str], index: int, end: int) -> bool:
    """True when the line at ``index`` stands over lines of verse, as a poem's heading does."""
    following = next((i for i in range(index + 1, end) if lines[i].strip()), end)
    return following > index + 1 and (_title_page_block(lines, following, end) or ("",))[0] == "epigraph"


def _heads_text(lines: list[str], index: int, end: int) -> bool:
    """True when the line at ``index`` stands over a paragraph of prose ("PREFACE" over its text): a heading."""
    following = next((i for i in range(index + 1, end) if lines[i].strip()), end)
    block = []
    for line in lines[following:end]:
        if not line.strip():
            break
        block.append(line.strip())
    # Prose, not verse: its lines run on in lower case where a poem's lines open with capitals.
    return (following > index + 1 and len(block) >= 2 and all(len(line) > 35 for line in block[:-1])
            and any(line[:1].islower() for line in block[1:]) and not lines[following].startswith((" ", "\t")))


def _title_page_line(line: str, centred: bool = False) -> bool:
    """A short line that is no heading and no sentence: the title page goes on. A line ``centred`` under the page's
    centred lines may open in lower case, as its phrase goes on ("on the Fine Art of becoming a")."""
    words = line.split()
    # Verse and sentences end the title page; a stop may close a few words ("Illustrated.", "NEW EDITION.").
    return (len(line) <= 60 and len(words) <= 10 and not line.endswith(("!", "?", ":", ",", ";"))
            # lower case: "or" between titles, "by X", "etc." after the title; no stray word ("cover")
            and (not line[:1].islower() or centred or words[0] in pt.TITLE_JOINERS or words[0] in ("by", "etc."))
            and not (line.endswith(".") and len(words) > 3 and not line.isupper())  # (in capitals, no sentence)
            and not pt.NUMBERED_HEAD.match(line) and not pt.names_matter(line) and not pt.DRAMA_HEAD.match(line))
