"""The archive's ``index.html``: every work in one table, sortable and filterable in the browser.

The page is self-contained (CSS and JavaScript embedded, no external
resources), so it works opened from disk (``file://``) with no server.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

import lxml.html
from lxml import etree

from tei_tools import __version__

#: The table's columns: heading, and the :class:`Work` attribute shown.
COLUMNS = (("Title", "title"), ("Author", "author"), ("Date", "date"), ("Source", "source"))

#: The page's script and stylesheet, embedded in it.
SCRIPT = files("tei_tools.writers").joinpath("index.js").read_text(encoding="utf-8")
STYLESHEET = files("tei_tools.writers").joinpath("index.css").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Work:
    """One row of the index: what the work is, and its files (label, relative link)."""

    title: str
    author: str
    date: str
    source: str
    links: tuple[tuple[str, str], ...]


def to_index(works: list[Work], title: str = "Archive") -> str:
    """Render the index page of an archive listing ``works`` in the given order."""
    html = etree.Element("html", lang="en")
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    etree.SubElement(head, "meta", name="generator", content=f"tei-tools {__version__}")
    etree.SubElement(head, "title").text = title
    etree.SubElement(head, "style").text = STYLESHEET
    body = etree.SubElement(html, "body")
    main = etree.SubElement(body, "main")
    etree.SubElement(main, "h1").text = title
    search = etree.SubElement(main, "p", {"class": "filter"})
    label = etree.SubElement(search, "label", {"for": "filter"})
    label.text = "Filter "
    etree.SubElement(search, "input", {"type": "search", "id": "filter", "placeholder": "title, author, date, source…",
                                       "autocomplete": "off"})
    etree.SubElement(search, "span", {"id": "count", "role": "status"}).text = _count(len(works))
    main.append(_table(works))
    etree.SubElement(body, "script").text = SCRIPT
    return lxml.html.tostring(html, doctype="<!DOCTYPE html>", encoding="unicode", method="html") + "\n"


def _count(works: int) -> str:
    return f"{works} work{'s' if works != 1 else ''}"


def _table(works: list[Work]) -> etree._Element:
    table = etree.Element("table", id="works")
    header = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for heading, _ in COLUMNS:
        cell = etree.SubElement(header, "th", scope="col", **{"aria-sort": "none"})
        etree.SubElement(cell, "button", type="button").text = heading
    etree.SubElement(header, "th", scope="col").text = "Files"
    rows = etree.SubElement(table, "tbody")
    for work in works:
        row = etree.SubElement(rows, "tr")
        for _, attribute in COLUMNS:
            etree.SubElement(row, "td").text = getattr(work, attribute)
        if work.links:  # the title opens the first edition
            title = row[0]
            etree.SubElement(title, "a", href=work.links[0][1]).text, title.text = title.text, None
        links = etree.SubElement(row, "td", {"class": "links"})
        for number, (label, href) in enumerate(work.links):
            if number:
                links[-1].tail = " "
            etree.SubElement(links, "a", href=href).text = label
    return table
