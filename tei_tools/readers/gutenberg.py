"""Project Gutenberg's frame: the licence header and footer around a book.

The header's fields (``Title:``, ``Author:``, ``Translator:``, ``Release Date: ...
[EBook #NNNN]``, ``Language:``, ``Produced by ...``, ``Character set encoding:``)
become metadata, its notice and the footer's licence become the licence, and
the ``*** START``/``*** END`` markers are removed and reported. The book is what
lies between the markers, less a title page that repeats the header.
"""

from __future__ import annotations

import re

from tei_tools.readers import patterns as pt
from tei_tools.readers.dates import Date, parse_date
from tei_tools.readers.language import language_named
from tei_tools.readers.preamble import Field, Metadata
from tei_tools.readers.report import Report

START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b.*$", re.I)
END = re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b.*$", re.I)
# "End of the Project Gutenberg EBook of X" / "End of Project Gutenberg's X": the book is over.
END_LINE = re.compile(r"^end of (?:the )?project gutenberg(?:'s|’s)?\b", re.I)
# "The Project Gutenberg EBook of Pride and Prejudice, by Jane Austen"
FIRST_LINE = re.compile(r"^the project gutenberg e-?(?:book|text) of (?P<title>.+?)(?:,? by (?P<author>[^,]+?))?,?\s*$", re.I)
FIELD = re.compile(r"^\[?(?P<label>[A-Z][A-Za-z ]{1,30}?):\s*(?P<value>.*?)\]?$")
# A header label (lower case) -> the field it gives; credit kinds carry a MARC relator code.
FIELD_KINDS = {
    "title": "title", "author": "author", "authors": "author",
    "translator": "credit:trl", "translators": "credit:trl", "translated by": "credit:trl",
    "editor": "credit:edt", "editors": "credit:edt", "illustrator": "credit:ill", "contributor": "credit:ctb",
    "produced by": "credit:trc", "credits": "credit:trc",
    "release date": "released", "posting date": "released", "first posted": "released",
    "last updated": "updated", "most recently updated": "updated", "date last updated": "updated",
    "language": "language", "character set encoding": "encoding",
    "original publication": "published",
}
EBOOK_NUMBER = re.compile(r"\s*\[?\s*e-?(?:book|text)\s*#\s*(?P<id>\d+)\s*\]?", re.I)
# A credit line under the header or at the top of the book: "Produced by Anonymous Volunteers".
PRODUCED_BY = re.compile(r"^(?P<label>(?:produced|prepared|transcribed|e-?text prepared|proofread) by)\s+(?P<value>\S.*)$", re.I)


def detect(lines: list[str]) -> bool:
    """True when the text carries Project Gutenberg's start marker or title line."""
    # The cheap test first: both open with "*" or "The", maybe after a byte-order mark.
    return any(START.match(line.strip()) or FIRST_LINE.match(line.strip().lstrip("\ufeff"))
               for line in lines if line.lstrip()[:1] in ("*", "T", "t", "\ufeff"))


def _paragraphs(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """Blank-line separated paragraphs of ``lines[start:end]`` as (line number, joined text)."""
    paragraphs: list[tuple[int, str]] = []
    current: list[str] = []
    for index in range(start, end + 1):
        line = lines[index].strip() if index < end else ""
        if line:
            if not current:
                first = index + 1
            current.append(line)
        elif current:
            paragraphs.append((first, " ".join(current)))
            current = []
    return paragraphs


def read_frame(lines: list[str], name: str | None, report: Report) -> tuple[Metadata, int, int]:
    """Read the frame: returns the metadata and the first and last (exclusive) lines of the book."""
    metadata = Metadata()
    stripped = [line.strip() for line in lines]
    start = next((i for i, line in enumerate(stripped) if START.match(line)), -1)
    end = next((i for i, line in enumerate(stripped) if END.match(line) and i > start), len(lines))
    header_end = start if start >= 0 else 0
    licence: list[str] = []
    for number, line in _header_entries(stripped[:header_end]):
        _header_line(line, number, metadata, licence, report)
    if start >= 0:
        report.remove(start + 1, stripped[start], "Project Gutenberg start marker")
    if end < len(lines):
        report.remove(end + 1, stripped[end], "Project Gutenberg end marker")
        for number, text in _paragraphs(lines, end + 1, len(lines)):
            licence.append(text)
            report.recognise(number, text[:60], "header field: licence (Project Gutenberg footer)")
    body_start = read_title_page(lines, start + 1, end, metadata, report)
    body_end = end
    # "End of the Project Gutenberg EBook of X" closes the book just before the marker.
    last = next((i for i in range(end - 1, body_start - 1, -1) if stripped[i]), None)
    if last is not None and END_LINE.match(stripped[last]):
        report.remove(last + 1, stripped[last], "Project Gutenberg end line")
        body_end = last
    if licence:
        metadata.fields.append(Field("licence", "", " ".join(licence), 0))
    return metadata, body_start, body_end


def _header_entries(lines: list[str]) -> list[tuple[int, str]]:
    """The header's non-blank lines with their numbers; a field's wrapped value is joined to it."""
    entries: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        wrapped = index and lines[index - 1] and entries and (FIELD.match(entries[-1][1]) or PRODUCED_BY.match(entries[-1][1]))
        if wrapped and line and not FIELD.match(line) and not line.startswith("["):
            entries[-1] = (entries[-1][0], entries[-1][1] + "\n" + line)
        elif line:
            entries.append((index + 1, line))
    return entries


def _header_line(line: str, number: int, metadata: Metadata, licence: list[str], report: Report) -> None:
    """Place one line of the header in the metadata (a field) or the licence (the notice)."""
    line, _, more = line.partition("\n")  # a field's wrapped value follows its first line
    match = FIELD.match(line)
    kind = FIELD_KINDS.get(" ".join(match["label"].lower().split())) if match else None
    if first := FIRST_LINE.match(line.lstrip("\ufeff")):
        metadata.title = metadata.title or first["title"].strip()
        if first["author"] and not metadata.authors:
            metadata.authors = pt.split_names(first["author"], commas=False)
        report.remove(number, line, "Project Gutenberg title line (its title and author are in the header)")
        return
    if match is None or kind is None:
        line = " ".join((line + " " + more).split())
        if credit := PRODUCED_BY.match(line):
            metadata.fields.append(Field("credit:trc", credit["label"], credit["value"], number))
            report.recognise(number, line, "header field: credit:trc")
            return
        licence.append(line)
        report.recognise(number, line[:60], "header field: licence (Project Gutenberg notice)")
        return
    value = match["value"].strip()
    if kind == "title" and more:  # a second line under the title is its subtitle
        metadata.subtitle = " ".join(more.split())
    else:
        value = " ".join((value + " " + more).split())
    report.recognise(number, " ".join((line + " " + more).split()), f"header field: {kind}")
    if kind in ("released", "updated") and (ebook := EBOOK_NUMBER.search(value)):
        metadata.fields.append(Field("idno:gutenberg", "", ebook["id"], number))
        report.remove(number, ebook.group(0).strip(), "EBook number label (the number is kept as idno)")
        value = (value[: ebook.start()] + value[ebook.end():]).strip()
    if kind.startswith("credit:"):  # the label says the responsibility: it is kept as resp
        metadata.fields.append(Field(kind, match["label"], value, number))
        return
    report.remove(number, match["label"], "field label (its value is in the TEI header)")
    if kind == "title":
        metadata.title = value
    elif kind == "author":
        metadata.authors = pt.split_names(value, commas=False)
    elif kind == "language":
        metadata.language = language_named(value)
        if metadata.language is None:
            report.warn(number, value, "language not recognised (kept as a header note)")
            metadata.unrecognised.append((number, line))
    elif value:
        metadata.fields.append(Field(kind, "", value, number))


def _normal(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.lower().replace("&", "and"))




def read_title_page(lines: list[str], start: int, end: int, metadata: Metadata, report: Report) -> int:
    """Read the title page at the top of a book: short lines before its first heading or paragraph; returns where it ends.

    Lines that repeat the header (title, subtitle, "By" and the author, credits)
    are removed and reported; bylines, editions and other title lines are kept
    for the TEI title page, a date as the date of the work.
    """
    wanted = {"title": _normal(metadata.title or ""), "subtitle": _normal(metadata.subtitle or "")}
    seen = {"title": "", "subtitle": ""}
    authors = {_normal(author) for author in metadata.authors}
    surnames = {author.split()[-1].lower() for author in metadata.authors if author.split()}
    index = start
    while index < end:
        line = " ".join(lines[index].split())
        normal = _normal(line)
        number = index + 1
        if line and not lines[index - 1].strip() and (block := _title_page_block(lines, index, end)):
            role, length = block
            metadata.title_page.append((role, "\n".join(" ".join(lines[i].split()) for i in range(index, index + length))))
            report.recognise(number, line, f"title page: {role}")
            index += length
            continue
        part = next((p for p in ("title", "subtitle") if wanted[p] and normal and wanted[p].startswith(seen[p] + normal)
                     and (seen[p] or len(normal) > 3)), None)
        credit = pt.parse_field(line) or (("credit:trc", m["label"], m["value"]) if (m := PRODUCED_BY.match(line)) else None)
        if not line:
            pass
        elif pt.ILLUSTRATION.match(line):
            report.remove(number, line, "illustration placeholder on the title page")
        elif part:
            seen[part] += normal
            report.remove(number, line, f"title page line repeating the header's {part}")
        elif normal in authors or (normal.startswith("by") and normal[2:] in authors | {""}):
            report.remove(number, line, "title page line repeating the header's author")
        elif credit and credit[0].startswith("credit:"):
            kind, label, value = credit
            if any(f.kind == kind and _normal(f.value) == _normal(value) for f in metadata.fields):
                report.remove(number, line, "title page line repeating a credit of the header")
            else:
                metadata.fields.append(Field(kind, label, value, number))
                report.recognise(number, line, f"header field: {kind} (title page)")
        elif (date := parse_date(line) or _roman_year(line)) and not metadata.date_line:
            metadata.date_line, metadata.date = line, date
            report.recognise(number, line, "title page: date")
        elif (byline := (normal.startswith("by") or pt.name_like(line)) and any(name in line.lower() for name in surnames)) or (
                _title_page_line(line) and not _heads_text(lines, index, end)):
            # "By R. W. Emerson", or the author's name as the title page spells it ("C. J. Cutliffe Hyne")
            role = "byline" if byline else "docEdition" if re.search(r"\bedition\b", line, re.I) else "titlePart"
            if role == "titlePart" and _heads_poem(lines, index, end):
                break  # "TO THE READER" over a poem: the poem's heading; the book has begun
            metadata.title_page.append((role, line))
            report.recognise(number, line, f"title page: {role}")
        else:
            break
        index += 1
    return index


# An imprint's lines: a place over a colon ("BOSTON & CAMBRIDGE:"), a publisher, a printer, a copyright.
IMPRINT_LINE = re.compile(r"^[A-Z][A-Z .&,'-]+:(?:\s.*)?$|(?<![a-z])(?:company|co\.|publishers?|press|sons|printed|printers?|copyright|"
                          r"entered,? according|all rights reserved)\b", re.I)
# The last line of an epigraph names its author: "--Shakespeare", "— PLOTINUS."
ATTRIBUTION = re.compile(r"^(?:--|—|–)\s*\S")
#: the most lines of a block of a title page (an imprint, an epigraph)
TITLE_PAGE_BLOCK = 8


def _title_page_block(lines: list[str], index: int, end: int) -> tuple[str, int] | None:
    """The role ("docImprint", "epigraph") and length of a block of short lines opening at ``index``, or None.

    An imprint names a publisher or place or claims copyright; an epigraph is a few
    lines of verse, or a quotation over its author.
    """
    block = []
    for line in lines[index:min(end, index + TITLE_PAGE_BLOCK + 1)]:
        if not line.strip():
            break
        block.append(line.strip())
    if not 2 <= len(block) <= TITLE_PAGE_BLOCK or any(len(line) > 70 for line in block) or _heads_text(lines, index, end):
        return None
    if any(IMPRINT_LINE.search(line) for line in block):
        return "docImprint", len(block)
    verse = all(pt.VERSE_LINE.match(line) for line in block) and any(line[-1:] in ",;:.!?" for line in block[:-1])
    if verse and not any(line.isupper() for line in block) or ATTRIBUTION.match(block[-1]):
        return "epigraph", len(block)
    return None


# A year in roman numerals, as title pages print it: "MDCCCCI.", "M DCCC XLIX."
ROMAN_YEAR = re.compile(r"^M(?:\s?[DCLXVI]+){1,4}\.?$")


def _roman_year(line: str) -> Date | None:
    """The year of a title page's roman date line, or None."""
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


def _title_page_line(line: str) -> bool:
    """A short line that is no heading and no sentence: the title page goes on."""
    words = line.split()
    # Verse and sentences end the title page; a stop may close a few words ("Illustrated.", "NEW EDITION.").
    return (len(line) <= 60 and len(words) <= 10 and not line.endswith(("!", "?", ":", ",", ";"))
            # lower case: "or" between titles, "by X"; no stray word ("cover")
            and (not line[:1].islower() or words[0] in pt.TITLE_JOINERS or words[0] == "by")
            and not (line.endswith(".") and len(words) > 3)
            and not pt.NUMBERED_HEAD.match(line) and not pt.CONTENTS_HEAD.match(line)
            and not pt.DRAMA_HEAD.match(line) and not pt.CAST_HEAD.match(line))
