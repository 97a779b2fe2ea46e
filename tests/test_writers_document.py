"""The shared reading of TEI documents: layout, header fields, notes."""

from pathlib import Path

from lxml import etree

from tei_tools.tei import parse
from tei_tools.writers.document import Document, display, generated_text, name_of

LETTER = Path(__file__).parent / "fixtures" / "export" / "letter.xml"


def tei(xml: str) -> etree._Element:
    return etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{xml}</TEI>'.encode())


def test_layout_follows_content_for_elements_that_hold_either():
    root = tei("<div><quote><p>a</p></quote><quote>b</quote><p><hi>c</hi> <hi>d</hi></p></div>")
    division = root[0]
    block_quote, text_quote, paragraph = division
    assert display(division, True) == "container"
    assert display(block_quote, True) == "container"
    assert display(text_quote, True) == "block"
    assert display(paragraph, True) == "block"  # p holds text even when it starts with elements
    assert display(paragraph[0], False) == "inline"
    assert display(etree.Comment("x"), True) == "inline"


def test_metadata_lists_what_the_header_has():
    fields = dict(Document(parse(LETTER)).metadata())
    assert list(fields) == ["Subtitle", "Author", "Translator", "Transcriber", "Written", "Source",
                            "First published", "Transcription", "Publication"]
    assert [etree.QName(element).localname for element in fields["Translator"]] == ["persName"]


def test_title_and_language():
    document = Document(parse(LETTER))
    assert document.title() == "On the Harbour Ferries"
    assert document.language() == "en"
    assert Document(tei("<text><body><p/></body></text>")).title() == "Untitled TEI document"


def test_notes_are_found_from_ref_ptr_and_anchor():
    root = tei('<text><body><p>a<ref target="#n1">1</ref> b<ptr target="#n2"/> c<anchor xml:id="a3"/></p>'
               '<p>d<ref target="#elsewhere">e</ref></p></body><back>'
               '<note xml:id="n1" n="i"><p>one</p></note><note xml:id="n2">two</note>'
               '<note target="#a3">three</note></back></text>')
    document = Document(root)
    ref, ptr, anchor = root[0][0][0]
    notes = list(root[0][1])
    assert [document.note_pointed_at(pointer) for pointer in (ref, ptr, anchor)] == notes
    assert document.note_pointed_at(root[0][0][1][0]) is None
    assert [document.note_label(note) for note in notes] == ["i", "2", "3"]
    assert document.marker_id(notes[1]) != document.marker_id(notes[2])


def test_generated_ids_avoid_existing_ones():
    document = Document(tei('<text><body><div xml:id="section-1"><head>A</head></div><div/></body></text>'))
    assert document.new_id("section") == "section-2"
    assert document.new_id("section") == "section-3"


def test_documents_without_namespace_are_read_as_tei():
    document = Document(etree.fromstring(b"<div><head>Episode</head><p>Yes <hi>because</hi></p></div>"))
    assert [name_of(element) for element in document.texts()] == ["div"]
    assert Document(etree.fromstring(b"<TEI.2><text><body/></text></TEI.2>")).texts()[0].tag.endswith("}text")


def test_empty_elements_get_visible_text():
    root = tei('<gap reason="illegible"/><pb n="7"/><pb/><graphic url="a.png"/>')
    assert [generated_text(element) for element in root] == ["[…]", "[p. 7]", None, "[image: a.png]"]
