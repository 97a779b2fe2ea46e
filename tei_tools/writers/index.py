"""The archive's ``index.html``: every work in one table, sortable and filterable in the browser.

The page is self-contained (CSS and JavaScript embedded, no external
resources), so it works opened from disk (``file://``) with no server. It is
written row by row as the works come, so an archive of any size is indexed
in the same little memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from typing import BinaryIO

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


@contextmanager
def index_writer(stream: BinaryIO, title: str = "Archive") -> Iterator[Callable[[Work], None]]:
    """Write an archive's index page to ``stream``: yields a function adding one work's row.

    The rows come in the order they are added; the page ends when the block does.
    """
    with etree.htmlfile(stream, encoding="utf-8") as page:
        page.write_doctype("<!DOCTYPE html>")
        with page.element("html", lang="en"):
            page.write(_head(title))
            with page.element("body"), page.element("main"):
                page.write(_heading(title))
                with page.element("table", id="works"):
                    page.write(_column_headings())
                    with page.element("tbody"):
                        yield lambda work: page.write(_row(work))
            page.write(_element("script", SCRIPT))
    stream.write(b"\n")


def _element(tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.Element(tag, attributes)
    element.text = text
    return element


def _head(title: str) -> etree._Element:
    head = etree.Element("head")
    head.append(_element("meta", charset="utf-8"))
    head.append(_element("meta", name="viewport", content="width=device-width, initial-scale=1"))
    head.append(_element("meta", name="generator", content=f"tei-tools {__version__}"))
    head.append(_element("title", title))
    head.append(_element("style", STYLESHEET))
    return head


def _heading(title: str) -> etree._Element:
    """The page title and the filter box; the script counts the works shown."""
    header = etree.Element("header")
    header.append(_element("h1", title))
    search = etree.SubElement(header, "p", {"class": "filter"})
    search.append(_element("label", "Filter ", **{"for": "filter"}))
    search.append(_element("input", type="search", id="filter", placeholder="title, author, date, source…",
                           autocomplete="off"))
    search.append(_element("span", id="count", role="status"))
    return header


def _column_headings() -> etree._Element:
    head = etree.Element("thead")
    row = etree.SubElement(head, "tr")
    for heading, _ in COLUMNS:
        etree.SubElement(row, "th", scope="col", **{"aria-sort": "none"}).append(_element("button", heading, type="button"))
    row.append(_element("th", "Files", scope="col"))
    return head


def _row(work: Work) -> etree._Element:
    row = etree.Element("tr")
    for _, attribute in COLUMNS:
        row.append(_element("td", getattr(work, attribute)))
    if work.links:  # the title opens the first edition
        title = row[0]
        title.append(_element("a", title.text, href=work.links[0][1]))
        title.text = None
    links = etree.SubElement(row, "td", {"class": "links"})
    for number, (label, href) in enumerate(work.links):
        if number:
            links[-1].tail = " "
        links.append(_element("a", label, href=href))
    return row
