"""The archive index page: one row per work, self-contained."""

from __future__ import annotations

import lxml.html

from tei_tools.writers.index import Work, to_index

WORKS = [
    Work("Second & last", "B. Author", "1931-02", "A <journal>", (("HTML", "b.html"), ("TEI", "b.xml"))),
    Work("First", "", "1930", "", (("HTML", "a%20b.html"),)),
]


def test_one_row_per_work_with_its_links() -> None:
    page = lxml.html.document_fromstring(to_index(WORKS, title="My archive"))
    assert page.findtext(".//title") == "My archive"
    rows = page.findall(".//tbody/tr")
    assert [[cell.text_content() for cell in row] for row in rows] == [
        ["Second & last", "B. Author", "1931-02", "A <journal>", "HTML TEI"],
        ["First", "", "1930", "", "HTML"],
    ]
    assert [link.get("href") for link in rows[0].iter("a")] == ["b.html", "b.html", "b.xml"]
    assert [th.text_content() for th in page.findall(".//thead/tr/th")] == ["Title", "Author", "Date", "Source", "Files"]
    assert page.find(".//span[@id='count']").text == "2 works"


def test_page_needs_nothing_beside_itself() -> None:
    page = lxml.html.document_fromstring(to_index(WORKS))
    assert page.find(".//style").text and "sortBy" in page.find(".//script").text
    assert page.find(".//script").get("src") is None and page.find(".//link") is None
    assert not [element for element in page.iter() if "://" in (element.get("href") or element.get("src") or "")]


def test_an_empty_archive_still_has_its_table() -> None:
    page = lxml.html.document_fromstring(to_index([]))
    assert page.find(".//table[@id='works']/tbody") is not None
    assert page.find(".//span[@id='count']").text == "0 works"
