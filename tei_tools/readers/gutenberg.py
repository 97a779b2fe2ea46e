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
from tei_tools.readers.dates import find_dates
from tei_tools.readers.language import language_named
from tei_tools.readers.preamble import Field, Metadata
from tei_tools.readers.report import Report
from tei_tools.readers.titlepage import read_title_page

START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b.*$", re.I)
# The older etexts (1991-2002) have no start marker: the header's "small print" ends over the book.
SMALL_PRINT_END = re.compile(r"^\*END\*?\s*THE SMALL PRINT!.*$", re.I)
END = re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?(?:BOOK|TEXT)\b.*$", re.I)
# "End of the Project Gutenberg EBook of X" / "End of Project Gutenberg's X": the book is over.
END_LINE = re.compile(r"^end of (?:the )?project gutenberg(?:'s|’s)?\b", re.I)
#: the most lines the end line wraps over, after its first
END_LINES = 2
# "The Project Gutenberg EBook of Pride and Prejudice, by Jane Austen", "The Project Gutenberg eBook, Title, by X,
# Translated by Y"; an older etext's, between asterisks: "****The Project Gutenberg Etext Letters of Pliny****"
FIRST_LINE = re.compile(r"^(?:the project gutenberg e-?(?:book|text)(?: of|,) |\*{2,}\s*the project gutenberg e-?(?:book|text)\s+(?:of\s+)?(?=.*\*{2}$))"
                        r"(?P<title>.+?)(?:,? by (?P<author>[^,*]+?))?"
                        r"(?:,\s*(?P<credit>(?:translated|edited|illustrated)\b.*))?,?\s*\**$", re.I)
# An author's field naming the translator too: "Author: Pliny Translated by William Melmoth [revised by F. C. T. Bosanquet]"
AUTHOR_TRANSLATED = re.compile(r"^(?P<author>.+?)\s+(?P<label>translated by)\s+(?P<names>.+)$", re.I)
FIELD = re.compile(r"^\[?(?P<label>[A-Z][A-Za-z ,.]{1,30}?):\s*(?P<value>.*?)\]?$")
# A header label (lower case) -> the field it gives; credit kinds carry a MARC relator code.
FIELD_KINDS = {
    "title": "title", "author": "author", "authors": "author",
    "translator": "credit:trl", "translators": "credit:trl", "translated by": "credit:trl",
    "editor": "credit:edt", "editors": "credit:edt", "illustrator": "credit:ill", "contributor": "credit:ctb",
    "author of introduction": "credit:aui", "author of introduction, etc.": "credit:aui",
    "produced by": "credit:trc", "credits": "credit:trc",
    "release date": "released", "posting date": "released", "first posted": "released",
    "last updated": "updated", "most recently updated": "updated", "date last updated": "updated",
    "language": "language", "character set encoding": "encoding",
    "original publication": "published",
}
# The years the catalogue gives an author whose life it does not date: "active approximately 1876-1880 Ruth Lynn".
AUTHOR_ACTIVE = re.compile(r"^(?:active|fl\.|flourished)\s+(?:(?:approximately|about|ca?\.)\s+)?\d{3,4}(?:\s*-\s*\d{3,4})?,?\s+(?=\S)", re.I)
EBOOK_NUMBER = re.compile(r"\s*\[?\s*e-?(?:book|text)\s*#\s*(?P<id>\d+)\s*\]?", re.I)


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
    marker = "Project Gutenberg start marker"
    if start < 0:  # an older etext's: the small print's end, unless it stands under the book's end line (the footer's)
        small_print = next((i for i, line in enumerate(stripped) if SMALL_PRINT_END.match(line)), -1)
        if small_print > 0 and not any(END_LINE.match(line) for line in stripped[:small_print]):
            start, marker = small_print, "the end of Project Gutenberg's small print (the book starts under it)"
    end = next((i for i, line in enumerate(stripped) if END.match(line) and i > start), len(lines))
    header_end = start if start >= 0 else 0
    licence: list[str] = []
    for number, line in _header_entries(stripped[:header_end]):
        _header_line(line, number, metadata, licence, report)
    if start >= 0:
        report.remove(start + 1, stripped[start], marker)
        start += _marker_wrapped(stripped, start, report)
    if end < len(lines):
        report.remove(end + 1, stripped[end], "Project Gutenberg end marker")
        for number, text in _paragraphs(lines, end + 1 + _marker_wrapped(stripped, end, report), len(lines)):
            licence.append(text)
            report.recognise(number, text[:60], "header field: licence (Project Gutenberg footer)")
    body_start = read_title_page(lines, start + 1, end, metadata, report)
    body_end = end
    # "End of the Project Gutenberg EBook of X" closes the book just before the marker, maybe wrapped ("..., Vol. 2," / "by X").
    last = next((i for i in range(end - 1, body_start - 1, -1) if stripped[i] and not pt.HTML_TAG_LINE.match(stripped[i])), None)
    first = next((i for i in range(last, max(body_start, last - END_LINES) - 1, -1) if END_LINE.match(stripped[i])), None) if last is not None else None
    if first is not None and all(stripped[first: last + 1]):
        for index in range(first, last + 1):
            report.remove(index + 1, stripped[index], "Project Gutenberg end line")
        for index in range(last + 1, end):  # an HTML tag between it and the marker ("<pre id="pg-footer">")
            if stripped[index]:
                report.remove(index + 1, stripped[index], "an HTML tag")
        body_end = first
    if licence:
        metadata.fields.append(Field("licence", "", " ".join(licence), 0))
    return metadata, body_start, body_end


def _marker_wrapped(stripped: list[str], index: int, report: Report) -> int:
    """1 when the marker at ``index`` wraps onto the next line, its closing asterisks there ("***START OF THE PROJECT
    GUTENBERG EBOOK INFANTRY DRILL REGULATIONS, UNITED" / "STATES ARMY, 1911***"), which is removed; else 0."""
    if stripped[index].endswith("***") or index + 1 >= len(stripped) or not stripped[index + 1].endswith("***"):
        return 0
    report.remove(index + 2, stripped[index + 1], "Project Gutenberg marker (its second line)")
    return 1


def _header_entries(lines: list[str]) -> list[tuple[int, str]]:
    """The header's non-blank lines with their numbers; a field's wrapped value is joined to it."""
    entries: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        opening = entries[-1][1].partition("\n")[0] if entries else ""  # a value may wrap over several lines
        # (a line opening "This ..." is a sentence of its own: "This file was first posted on ...", "This eBook is for ...")
        wrapped = index and lines[index - 1] and entries and not line.startswith("This ") and (
            FIELD.match(opening) or pt.PRODUCED_BY.match(opening)
            or len(entries) == 1 and FIRST_LINE.match(opening.lstrip("\ufeff")))  # "..., by" / "Jane Austen"
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
        if more:
            first = FIRST_LINE.match(" ".join(f"{line} {more}".lstrip("\ufeff").split())) or first
        metadata.title = metadata.title or first["title"].strip()
        if first["author"] and not metadata.authors:
            metadata.authors = pt.split_names(first["author"], commas=False)
        if first["credit"] and (credit := pt.parse_field(first["credit"])) and credit[0].startswith("credit:"):
            metadata.fields.append(Field(credit[0], credit[1], credit[2], number))  # "..., Translated by Y"
        for offset, part in enumerate([line, *more.split("\n")] if more else [line]):
            report.remove(number + offset, part, "Project Gutenberg title line (its title and author are in the header)")
        return
    if (match is None or kind is None) and (ebook := EBOOK_NUMBER.search(line)) and find_dates(line[:ebook.start()]):
        match, kind = FIELD.match(f"Release Date: {line}"), "released"  # an older etext's "September, 2001  [Etext #2811]"
    if match is None or kind is None:
        line = " ".join((line + " " + more).split())
        if credit := pt.PRODUCED_BY.match(line):
            metadata.fields.append(Field("credit:trc", credit["label"], credit["value"], number))
            report.recognise(number, line, "header field: credit:trc")
            return
        licence.append(line)
        report.recognise(number, line[:60], "header field: licence (Project Gutenberg notice)")
        return
    value = match["value"].strip()
    if kind == "title" and more:  # a second line under the title is its subtitle
        metadata.subtitle = " ".join(more.split())
    elif (kind == "author" or kind.startswith("credit:")) and more and all(
            map(pt.name_like, names := [value, *(line.strip() for line in more.split("\n"))])):
        value = "; ".join(names)  # a name a line
    else:
        value = " ".join((value + " " + more).split())
    report.recognise(number, " ".join((line + " " + more).split()), f"header field: {kind}")
    if kind in ("released", "updated") and (ebook := EBOOK_NUMBER.search(value)):
        metadata.fields.append(Field("idno:gutenberg", "", ebook["id"], number))
        report.remove(number, ebook.group(0).strip(), "EBook number label (the number is kept as idno)")
        value = " ".join((value[: ebook.start()] + " " + value[ebook.end():]).split())  # (the words on either side stay apart)
    if kind.startswith("credit:"):  # the label says the responsibility: it is kept as resp
        metadata.fields.append(Field(kind, *pt.credit_wording(match["label"], value), number))
        return
    report.remove(number, match["label"], "field label (its value is in the TEI header)")
    if kind == "title":
        metadata.title = value
    elif kind == "author":
        if translated := AUTHOR_TRANSLATED.match(value):  # the translator named in the author's field
            names = translated["names"] + "]" * (translated["names"].count("[") > translated["names"].count("]"))  # (FIELD took it)
            metadata.fields.append(Field("credit:trl", translated["label"], names, number))
            value = translated["author"]
        if active := AUTHOR_ACTIVE.match(value):  # the catalogue's years for an author without dates of life
            metadata.fields.append(Field("note", "", active.group().strip(), number))
            value = value[active.end():]
        metadata.authors = pt.split_names(value, commas=False)
    elif kind == "language":
        metadata.language = language_named(value)
        if metadata.language is None:
            report.warn(number, value, "language not recognised (kept as a header note)")
            metadata.unrecognised.append((number, line))
    elif value:
        metadata.fields.append(Field(kind, "", value, number))
