"""Amusewiki's muse texts: directives into the header, heading marks and block tags off the text."""

from __future__ import annotations

from conftest import texts, words

from tei_tools.readers.language import language_named
from tei_tools.readers.muse import directives
from tei_tools.readers.plaintext import convert_text
from tei_tools.tei import NSMAP

ESSAY = """\
#title The Worker and the State
#subtitle An Essay on Federation
#author Jane Q. Writer
#authors Jane Q. Writer, Tom Introducer
#SORTtopics federation
#date 1912
#source Retrieved on 3 May 2019 from [[https://example.org/worker][example.org]]
#lang en
#pubdate 2019-05-03T10:00:00
#publisher Example Press
#notes Translated by Peter Roe.

* Part One

** The State

The state is a thing that grows, and it grows by taking from the workers what they make with their hands.[1]

<quote>
We shall not be moved by the promises of those who rule over the land and the sea.
</quote>

[1] See the Review, 1910.
"""


def test_directives_make_the_header() -> None:
    tree = convert_text(ESSAY, "essay.muse").tree
    assert tree.findtext(".//tei:titleStmt/tei:title[@type='main']", namespaces=NSMAP) == "The Worker and the State"
    assert tree.findtext(".//tei:titleStmt/tei:title[@type='sub']", namespaces=NSMAP) == "An Essay on Federation"
    # "#authors" indexes everyone credited: the author is "#author"'s
    assert tree.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Jane Q. Writer"]
    assert tree.xpath("//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()", namespaces=NSMAP) == ["Peter Roe"]
    assert tree.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1912"]
    assert "".join(texts(tree.find(".//tei:bibl[@type='source']", NSMAP))) == \
        "Retrieved on 3 May 2019 from https://example.org/worker"  # the link kept as its address
    assert tree.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Publisher: Example Press"]
    assert tree.xpath("//tei:langUsage/tei:language/@ident", namespaces=NSMAP) == ["en"]
    assert not tree.xpath("//tei:body//text()[contains(., '#') or contains(., 'pubdate')]", namespaces=NSMAP)


def test_heading_marks_and_block_tags_are_taken_off() -> None:
    conversion = convert_text(ESSAY, "essay.muse")
    body = conversion.tree.find(".//tei:body", NSMAP)
    assert [" ".join(texts(head)) for head in body.iter("{*}head")] == ["Part One", "The State"]
    assert [" ".join(texts(p)).strip() for p in body.iter("{*}p")][1] == \
        "We shall not be moved by the promises of those who rule over the land and the sea."
    removed = {(entry.line, entry.text) for entry in conversion.report.removed}
    assert {(13, "*"), (15, "**"), (19, "<quote>"), (21, "</quote>"), (9, "#pubdate 2019-05-03T10:00:00")} <= removed
    # every word of the text is kept, in the header or the body, or reported removed
    kept = words(" ".join(texts(conversion.tree.getroot())) + " ".join(entry.text for entry in conversion.report.removed))
    assert not words(ESSAY) - kept


def test_directives_run_together_on_one_line_are_split() -> None:
    line = "#title The Years #author Ann Writer #date 1956 #cover years.jpg"
    assert directives(line) == [("title", "The Years"), ("author", "Ann Writer"), ("date", "1956"), ("cover", "years.jpg")]
    tree = convert_text(line + "\nA first paragraph of the text, which is long enough to be one.\n", "years.muse").tree
    assert tree.findtext(".//tei:titleStmt/tei:title", namespaces=NSMAP) == "The Years"
    assert tree.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Writer"]
    assert len(tree.findall(".//tei:body/tei:p", NSMAP)) == 1


def test_a_hash_word_that_is_no_directive_is_markdown() -> None:
    tree = convert_text("#Notes on Markdown\n\nA paragraph of the text.\n\n#Another heading\n\nMore text here.\n", "md.txt").tree
    assert tree.findtext(".//tei:titleStmt/tei:title", namespaces=NSMAP) == "Notes on Markdown"


def test_a_language_is_named_by_its_code_too() -> None:
    assert language_named("en") == ("en", "English")
    assert language_named("Hungarian") == ("hu", "Hungarian")
