"""Plain-text export: header, headings, paragraphs, notes; every word in order."""

import unicodedata
from pathlib import Path

from export_checks import missing_word, word_sequences
from lxml import etree

from tei_tools.tei import parse, tei
from tei_tools.writers import WRITERS, to_text

LETTER = Path(__file__).parent / "fixtures" / "export" / "letter.xml"


def text_of_tei(xml: str, width: int | None = None) -> str:
    root = etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{xml}</TEI>'.encode())
    return to_text(etree.ElementTree(root), width)


def test_registry_names_the_writer():
    assert WRITERS["text"] is to_text


def test_a_whole_document():
    assert text_of_tei(
        "<teiHeader><fileDesc><titleStmt><title>Ferries</title><author>M. L.</author></titleStmt>"
        "<sourceDesc><bibl>The <title>Review</title>, 1931</bibl></sourceDesc></fileDesc>"
        '<profileDesc><creation><date when="1931">1931</date></creation></profileDesc></teiHeader>'
        "<text><body><div><head>One</head><p>First   paragraph,\n  two lines<note place='foot'>A"
        " note.</note>.</p><p>Second<lb/>line.</p>"
        "<div><head>Sub</head><lg><l>a</l><l>b</l></lg></div></div></body></text>"
    ) == (
        "Ferries\n=======\n\n"
        "Author: M. L.\nWritten: 1931\nSource: The Review, 1931\n\n"
        "One\n===\n\n"
        "First paragraph, two lines[1].\n\n"
        "Second\nline.\n\n"
        "Sub\n---\n\n"
        "a\nb\n\n"
        "Notes\n=====\n\n"
        "[1] A note.\n"
    )


def test_fixture_header_notes_and_closer():
    text = to_text(parse(LETTER))
    assert text.startswith("On the Harbour Ferries\n======================\n\n"
                           "Subtitle: An open letter to the harbour board\nAuthor: Mara Lindqvist\n"
                           "Translator: Otto Brenner\nTranscriber: Ada Quill\nWritten: 2 March 1931\n"
                           "Source: The Coastal Review, 3, 7, April 1931, pp. 12–14.\n")
    assert "for eleven weeks[1], and nobody" in text
    assert "Mara Lindqvist\nPort Elling, 2 March 1931\n\nEnd of the letter." in text
    assert "The crews are tird [tired] and the Capt. [Captain] is ill." in text
    assert text.endswith("Footnotes\n=========\n\n[1] Counted from the first week of January.\n\n"
                         "[2] The pier of the northern landing.\n")


def test_every_word_of_the_text_in_order():
    tree = parse(LETTER)
    text = to_text(tree)
    for words in word_sequences(tree.getroot().find(tei("text"))):
        assert missing_word(words, text) is None


def test_width_wraps_lines():
    text = to_text(parse(LETTER), width=24)
    assert max(len(line) for line in text.splitlines()) <= 24
    assert "Transcription:\nTranscription fixture-1," in text
    assert to_text(parse(LETTER)).count("\n") < text.count("\n")


def test_pointers_tables_and_gaps():
    text = text_of_tei('<text><body><p>See<ptr target="#n"/> and <ref target="http://x.org">this</ref>'
                       ' <gap/></p><table><row><cell>1</cell><cell>2</cell></row></table></body>'
                       '<back><note xml:id="n" n="*">Star.</note></back></text>')
    assert "See[*] and this […]\n\n1 | 2\n\n[*] Star.\n" in text


def test_output_is_nfc_and_deterministic():
    decomposed = unicodedata.normalize("NFD", "café")
    text = text_of_tei(f"<text><body><p>{decomposed}</p></body></text>")
    assert "café" in text and unicodedata.is_normalized("NFC", text)
    assert to_text(parse(LETTER)) == to_text(parse(LETTER))
