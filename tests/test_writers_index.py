"""The archive index page: one row per work, self-contained, written as the works come."""

from __future__ import annotations

import io

import lxml.html

from tei_tools.writers.index import Work, index_writer


def to_index(works: list[Work], title: str = "Archive") -> str:
    stream = io.BytesIO()
    with index_writer(stream, title) as add_work:
        for work in works:
            add_work(work)
    return stream.getvalue().decode("utf-8")


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
    assert page.find(".//span[@id='count']") is not None  # the script counts the works shown


def test_page_needs_nothing_beside_itself() -> None:
    page = lxml.html.document_fromstring(to_index(WORKS))
    assert page.find(".//style").text and "sortBy" in page.find(".//script").text
    assert "if (!first !== !second)" in to_index(WORKS)  # the script is not escaped
    assert page.find(".//script").get("src") is None and page.find(".//link") is None
    assert not [element for element in page.iter() if "://" in (element.get("href") or element.get("src") or "")]


def test_an_empty_archive_still_has_its_table() -> None:
    page = lxml.html.document_fromstring(to_index([]))
    assert page.find(".//table[@id='works']/tbody") is not None
    assert to_index([]).startswith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
