"""Checks the export tests share: words kept in order, HTML structure kept valid."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from lxml import etree

from tei_tools.tei import content

WORD = re.compile(r"\w+")

#: HTML elements that may hold only phrasing content, and the flow elements they may not hold.
PHRASING_ONLY = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "em", "i", "b", "q", "cite",
                 "sup", "sub", "abbr", "code", "u", "s", "dt"}
FLOW_ONLY = {"div", "p", "section", "article", "blockquote", "figure", "nav", "main", "header",
             "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "dl", "table"}


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _words(element: etree._Element) -> list[str]:
    found: list[str] = []
    for item in content(element):
        if isinstance(item, str):
            found += WORD.findall(unicodedata.normalize("NFC", item))
        elif _local(item) and _local(item) != "note":
            found += _words(item)
    return found


def word_sequences(text: etree._Element) -> list[list[str]]:
    """Return the words of ``text`` without its notes, then the words of each note.

    Writers may move a note away from its anchor, so each note's words are a
    sequence of their own.
    """
    notes = [element for element in text.iter() if _local(element) == "note"]
    return [_words(text), *(_words(note) for note in notes)]


def missing_word(words: list[str], output: str) -> str | None:
    """Return the first word not found, in order, in ``output`` (white space ignored); None if all are."""
    stream = re.sub(r"\s+", "", output)
    position = 0
    for number, word in enumerate(words):
        found = stream.find(word, position)
        if found < 0:
            return f"word {number} {word!r} after {' '.join(words[max(0, number - 8):number])!r}"
        position = found + len(word)
    return None


def html_problems(page: str) -> list[str]:
    """Return what would make the page invalid HTML5 or break it.

    Flow content inside phrasing content, nested links, duplicate ids, note
    and contents links to missing ids, external resources.
    """
    root = lxml.html.document_fromstring(page)
    problems: list[str] = []
    ids = [element.get("id") for element in root.iter() if element.get("id") is not None]
    problems += [f"duplicate id {value}" for value in sorted(set(ids)) if ids.count(value) > 1]
    problems += [f"empty or spaced id {value!r}" for value in ids if not value or " " in value]
    known = set(ids)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        ancestors = [ancestor.tag for ancestor in element.iterancestors()]
        if element.tag in FLOW_ONLY and any(tag in PHRASING_ONLY for tag in ancestors):
            problems.append(f"<{element.tag}> inside <{next(t for t in ancestors if t in PHRASING_ONLY)}>")
        if element.tag == "a" and "a" in ancestors:
            problems.append("<a> inside <a>")
        href = element.get("href") or ""
        generated = element.get("role") in {"doc-noteref", "doc-backlink"} or "nav" in ancestors
        if element.tag == "a" and generated and href[1:] not in known:
            problems.append(f"link to missing id {href}")
        if element.tag in {"img", "script", "link", "iframe", "source"} or element.get("src"):
            problems.append(f"external resource <{element.tag}>")
    return problems
