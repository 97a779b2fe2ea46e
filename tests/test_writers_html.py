"""HTML export: one valid, self-contained, navigable page per TEI document."""

from pathlib import Path

import lxml.html
import pytest
from export_checks import html_problems
from lxml import etree

from tei_tools.tei import parse
from tei_tools.writers import WRITERS, to_html
from tei_tools.writers.document import TEXT_BLOCKS
from tei_tools.writers.html import HTML_TAGS

LETTER = Path(__file__).parent / "fixtures" / "export" / "letter.xml"


def tei_text(xml: str) -> etree._ElementTree:
    """A TEI document whose ``text`` holds ``xml``."""
    return etree.ElementTree(etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>{xml}</text></TEI>'.encode()))


def page_of(xml: str | Path) -> lxml.html.HtmlElement:
    tree = parse(xml) if isinstance(xml, Path) else tei_text(f"<body>{xml}</body>")
    return lxml.html.document_fromstring(to_html(tree))


@pytest.fixture(scope="module")
def letter() -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(to_html(parse(LETTER)))


def test_registry_names_the_writer():
    assert WRITERS["html"] is to_html


def test_page_is_html5_and_self_contained(letter):
    html = to_html(parse(LETTER))
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert html_problems(html) == []
    assert letter.find("head/meta[@charset='utf-8']") is not None
    assert letter.find("head/meta[@name='viewport']") is not None
    style = letter.find("head/style").text
    assert "@media print" in style and "@media (max-width" in style
    assert not letter.xpath("//link | //script | //img | //@src")


def test_metadata_block_shows_the_header(letter):
    header = letter.find("body/header")
    assert header.find("h1").text == "On the Harbour Ferries"
    fields = {dt.text: dt.getnext().text_content() for dt in header.iter("dt")}
    assert fields["Author"] == "Mara Lindqvist"
    assert fields["Translator"] == "Otto Brenner"
    assert fields["Transcriber"] == "Ada Quill"
    assert fields["Written"] == "2 March 1931"
    assert fields["Source"].startswith("The Coastal Review, 3, 7, April 1931")
    assert header.xpath(".//dd/span[@class='tei-bibl type-source']/cite")[0].text == "The Coastal Review"


def test_table_of_contents_links_every_headed_division(letter):
    links = letter.xpath("//nav[@role='doc-toc']//a")
    assert [link.text for link in links] == [
        "Editor’s preface", "On the Harbour Ferries", "1. The timetable", "2. The crews", "Footnotes"]
    assert letter.xpath("//nav/ol/li[2]/ol/li/a/@href") == ["#section-timetable", "#section-2"]
    for link in links:
        section = letter.get_element_by_id(link.get("href")[1:])
        assert section.tag == "section"
        assert section[0].tag in {"h2", "h3"}


def test_no_table_of_contents_for_a_single_division():
    assert not page_of("<div><head>Only</head><p>x</p></div>").xpath("//nav")


def test_note_markers_and_notes_link_both_ways(letter):
    marker = letter.get_element_by_id("noteref-1")
    assert marker.get("role") == "doc-noteref" and marker.get("href") == "#note-1"
    note = letter.get_element_by_id("note-1")
    assert note.get("role") == "doc-endnote"
    backlink = note.find("a")
    assert backlink.get("role") == "doc-backlink" and backlink.get("href") == "#noteref-1"


def test_notes_at_their_anchor_get_a_marker_and_are_collected_at_the_end():
    page = page_of('<p>Text<note place="foot">A <hi rend="italic">foot</hi> note.</note> goes on.</p>')
    marker = page.xpath("//a[@role='doc-noteref']")[0]
    assert marker.text_content() == "1"
    assert page.xpath("//p")[0].text_content() == "Text1 goes on."
    notes = page.xpath("//section[@role='doc-endnotes']")[0]
    assert notes.find("h2").text == "Notes"
    note = page.get_element_by_id(marker.get("href")[1:])
    assert note.getparent() is notes
    assert note.text_content() == "1 A foot note."
    assert note.find("a").get("href") == f"#{marker.get('id')}"


def test_front_openers_closers_quotations_and_trailers_are_distinct(letter):
    assert letter.xpath("//section[@class='tei-front']/div[@class='tei-titlePage']")
    assert letter.xpath("//div[@class='tei-opener']/p[@class='tei-salute']")
    closer = letter.xpath("//div[@class='tei-closer']")[-1]
    assert [child.get("class") for child in closer] == ["tei-signed", "tei-dateline"]
    assert letter.xpath("//blockquote[@class='tei-quote']/p")
    assert letter.xpath("//p[@class='tei-trailer']")[0].text == "End of the letter."
    assert letter.xpath("//p[@class='tei-head type-sub']")[0].text == "An open letter"


def test_ids_and_languages_are_kept():
    page = page_of('<div xml:id="d1" xml:lang="fr"><p>Bonjour <foreign xml:lang="de">Tag</foreign></p></div>')
    assert page.get_element_by_id("d1").get("lang") == "fr"
    assert page.xpath("//i[@class='tei-foreign']/@lang") == ["de"]


@pytest.mark.parametrize(("xml", "expected"), [
    ('<hi rend="italic">x</hi>', '<i class="tei-hi rend-italic">x</i>'),
    ('<hi rend="bold smallcaps">x</hi>', '<b class="tei-hi rend-bold rend-smallcaps">x</b>'),
    ('<hi rend="superscript">x</hi>', '<sup class="tei-hi rend-superscript">x</sup>'),
    ('<q>x</q>', '<q class="tei-q">x</q>'),
    ('<quote>x</quote>', '<q class="tei-quote">x</q>'),
    ('<persName>x</persName>', '<span class="tei-persName">x</span>'),
    ('<ref target="http://example.org/">x</ref>', '<a class="tei-ref" href="http://example.org/">x</a>'),
    ('<lb/>', '<br class="tei-lb">'),
    ('<pb n="4"/>', '<span class="tei-pb">[p. 4]</span>'),
    ('<gap reason="illegible"/>', '<span class="tei-gap" title="illegible">[…]</span>'),
    ('<del>x</del><add>y</add>', '<del class="tei-del">x</del><ins class="tei-add">y</ins>'),
    ('<unclear>x</unclear>', '<span class="tei-unclear">x</span>'),
    ('<choice><abbr>Dr</abbr><expan>Doctor</expan></choice>',
     '<span class="tei-choice"><abbr class="tei-abbr">Dr</abbr><span class="tei-expan">Doctor</span></span>'),
    ('<unknownThing>kept</unknownThing>', '<span class="tei-unknownThing">kept</span>'),
])
def test_inline_elements(xml, expected):
    paragraph = page_of(f"<p>{xml}</p>").xpath("//p[@class='tei-p']")[0]
    assert lxml.html.tostring(paragraph, encoding="unicode").startswith(f'<p class="tei-p">{expected}')


def test_verse_drama_lists_tables_and_figures():
    page = page_of(
        '<lg><l>one</l><l>two</l></lg>'
        '<sp><speaker>HAMLET</speaker><l>To be</l><stage>Exit.</stage></sp>'
        '<list><item>a</item><item>b</item></list>'
        '<table><row><cell>1</cell><cell>2</cell></row></table>'
        '<figure><graphic url="map.png"/><figDesc>A map</figDesc></figure>'
        '<figure><head>Portrait of Ann Roe</head><graphic url="roe.png"/></figure>')
    assert page.xpath("//div[@class='tei-lg']/div[@class='tei-l']/text()") == ["one", "two"]
    assert page.xpath("//div[@class='tei-sp']/p[@class='tei-speaker']/text()") == ["HAMLET"]
    assert page.xpath("//p[@class='tei-stage']/text()") == ["Exit."]
    assert page.xpath("//div[@role='list']/div[@role='listitem']/text()") == ["a", "b"]
    assert page.xpath("//div[@role='table']/div[@role='row']/span[@role='cell']/text()") == ["1", "2"]
    assert page.xpath("//figure/div[@class='tei-graphic']/text()") == ["[image: map.png]", "[image: roe.png]"]
    assert page.xpath("//figure/div[@class='tei-figDesc']/text()") == ["A map"]
    assert page.xpath("//figure/figcaption[@class='tei-head']/text()") == ["Portrait of Ann Roe"]


def test_blocks_inside_paragraphs_stay_valid_html():
    page = to_html(tei_text(
        '<body><p>He said <quote><p>one</p><p>two</p></quote>'
        ' and <list><item>x</item></list><ref target="#a">see <ref target="#b">b</ref></ref></p>'
        '<div><head>A <note place="foot">n</note></head><hi><p>inline</p></hi></div></body>'))
    assert html_problems(page) == []


def test_paragraph_tags_only_for_elements_that_never_hold_blocks():
    phrasing_only = {name for name, tags in HTML_TAGS.items() if tags.block in {"p", "pre"}}
    assert phrasing_only <= TEXT_BLOCKS


def test_a_note_marked_twice_keeps_ids_unique_and_links_back_to_the_first_marker():
    page = to_html(tei_text(
        '<body><p>a<ref target="#n">1</ref> b<ptr target="#n"/> c<ptr target="http://example.org/"/></p></body>'
        '<back><note xml:id="n">Note.</note></back>'))
    assert html_problems(page) == []
    root = lxml.html.document_fromstring(page)
    first, second = root.xpath("//a[@role='doc-noteref']")
    assert [first.text_content(), second.text_content()] == ["1", "1"]
    assert root.get_element_by_id("n").find("a").get("href") == f"#{first.get('id')}"
    assert root.xpath("//a[@class='tei-ptr']/text()") == ["http://example.org/"]
