"""Amusewiki's muse texts (The Anarchist Library and its kin): directives over the text.

A muse file opens with directives, one a line: ``#title The London Years``,
``#author Rudolf Rocker``, ``#date 1956``, ``#source ...``, ``#lang en``,
``#notes Translated by ...``. Those about the text become metadata; those about
the library's own pages (``#pubdate``, ``#topics``, ``#cover``...) are removed
and reported. A copy saved from the web may run the directives together on one
line: they are split where a directive's name follows a space.

In the text, the marks of headings (``** Chapter``) and the lines that only
open or close a tagged block (``<quote>``, ``</verse>``) are removed and
reported; what the lines are follows from their place, as in any text.
"""

from __future__ import annotations

import re

from tei_tools.readers import patterns as pt
from tei_tools.readers.language import language_named
from tei_tools.readers.preamble import Field, Metadata
from tei_tools.readers.report import Report

# A directive's name, as muse spells it -> the field it gives; None for the library's own settings.
# (Amusewiki's "#date" is the original text's date of publication; "#pubdate" the day the library posted it.)
DIRECTIVE_KINDS: dict[str, str | None] = {
    "title": "title", "subtitle": "subtitle", "author": "author", "authors": "author",
    "date": "published", "source": "source", "lang": "language", "notes": "note", "rights": "licence",
    **{directive: "note" for directive in ("publisher", "isbn", "teaser", "seriesname", "seriesnumber")},
    "pubdate": None, "topics": None, "SORTtopics": None, "SORTauthors": None, "LISTtitle": None, "cover": None,
    "coverwidth": None, "blob": None, "slides": None, "nocoverpage": None, "hyphenation": None, "uid": None,
    "attach": None, "impressum": None, "continuefootnotes": None, "centerchapter": None, "centersection": None,
}
#: how a note's directive is labelled in the header
NOTE_LABELS = {"publisher": "Publisher", "isbn": "ISBN", "teaser": "Teaser", "seriesname": "Series", "seriesnumber": "Number in series"}
# A link: "[[https://example.org/page][example.org]]", or the address alone "[[https://example.org/page]]".
LINK = re.compile(r"<?\[\[(?P<address>[^\]]+)\](?:\[[^\]]*\])?\]>?")
# "#title The London Years": a known directive opening a line; run-in ones follow a space.
DIRECTIVE = re.compile(r"(?:^|(?<=\s))#(?P<name>" + "|".join(DIRECTIVE_KINDS) + r")(?:[ \t]+|$)")


# A heading's mark, "*" to "*****" and a space ("** The State"); and a line holding only a block's tag.
HEADING_MARK = re.compile(r"^(?P<mark>\*{1,5})[ \t]+(?=\S)")
BLOCK_TAG = re.compile(r"^\s*</?(?:quote|verse|center|right|example|biblio|play|comment)>\s*$")


def detect(lines: list[str]) -> bool:
    """True when the text's first line is a muse directive."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return first[:1] == "#" and DIRECTIVE.match(first) is not None


def directives(line: str) -> list[tuple[str, str]]:
    """The ``(name, value)`` of each directive on a line, as written."""
    starts = list(DIRECTIVE.finditer(line))
    return [(match["name"], line[match.end(): after.start() if after else len(line)].strip())
            for match, after in zip(starts, [*starts[1:], None])]


def drop_markup(lines: list[str], report: Report) -> list[str]:
    """Take the heading marks and block tags off a muse text's lines, reporting each."""
    kept = list(lines)
    for number, line in enumerate(lines):
        if line[:1] == "*" and (mark := HEADING_MARK.match(line)):
            report.remove(number + 1, mark["mark"], "muse heading mark")
            kept[number] = line[mark.end():]
        elif line[:1] in (" ", "\t", "<") and BLOCK_TAG.match(line):
            report.remove(number + 1, line.strip(), "muse block tag (the block's lines are kept)")
            kept[number] = ""
    return kept


def read_directives(lines: list[str], report: Report) -> tuple[Metadata, int]:
    """Read the directives at the top: returns the metadata and the index of the text's first line."""
    metadata = Metadata()
    start = 0
    while start < len(lines) and (not lines[start].strip() or DIRECTIVE.match(lines[start].strip())):
        start += 1
    found = [(index + 1, *directive) for index in range(start) for directive in directives(lines[index].strip())]
    # "#authors" lists everyone credited (an introducer too) for the library's index: the authors only without "#author".
    index_only = "authors" if any(directive == "author" for _, directive, _ in found) else None
    for number, directive, value in found:
        if DIRECTIVE_KINDS[directive] is None or not value or directive == index_only:
            report.remove(number, f"#{directive} {value}".strip(), "muse directive for the library's own pages")
        else:
            _directive(directive, value, number, metadata, report)
    return metadata, start


def _directive(directive: str, value: str, number: int, metadata: Metadata, report: Report) -> None:
    """Place one directive's value in the metadata."""
    kind = DIRECTIVE_KINDS[directive]
    report.recognise(number, f"#{directive} {value}", f"header field: {kind}")
    if kind == "language":  # the code is an attribute, langUsage/language/@ident: no text of the header holds it
        report.remove(number, f"#{directive} {value}", "muse directive (the language's code is in langUsage)")
    else:
        report.remove(number, f"#{directive}", "muse directive name (its value is in the TEI header)")
    if kind == "title":
        metadata.title = value
    elif kind == "subtitle":
        metadata.subtitle = value
    elif kind == "author":
        metadata.authors = pt.split_names(value)
    elif kind == "language":
        metadata.language = language_named(value)
        if metadata.language is None:
            report.warn(number, value, "language not recognised (kept as a header note)")
            metadata.unrecognised.append((number, f"#{directive} {value}"))
    elif kind == "note" and (credit := pt.parse_field(value)) and credit[0].startswith("credit:"):
        metadata.fields.append(Field(*credit, number))  # "#notes Translated by Joseph Leftwich."
    elif directive in NOTE_LABELS:
        metadata.fields.append(Field(kind, "", f"{NOTE_LABELS[directive]}: {value}", number))  # "Publisher: AK Press"
    else:  # a source's link is kept as its address: "Retrieved on 2020-01-01 from https://..."
        for link in LINK.finditer(value):
            report.remove(number, link.group(), f"muse link markup (its address is kept: {link['address']})")
        metadata.fields.append(Field(kind, "", LINK.sub(lambda link: link["address"], value), number))
