"""The plain-text reader on the five bundled sources and on texts of the same kinds."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import REPO, SOURCES, TeiAll, sample_rows, texts, words
from lxml import etree

from tei_tools.errors import TeiToolsError
from tei_tools.readers.blocks import Block, Item
from tei_tools.readers.plaintext import (
    Conversion,
    convert_bytes,
    convert_file,
    convert_text,
)
from tei_tools.readers.preamble import Metadata
from tei_tools.readers.report import Report
from tei_tools.readers.text import build_text
from tei_tools.tei import NSMAP, parse, tei, to_bytes
from tei_tools.validation import validate_tree
from tei_tools.writers import to_text


def convert(name: str) -> Conversion:
    return convert_file(REPO / "sources" / f"{name}.txt")


def xpath(conversion: Conversion | etree._Element, path: str) -> list:
    root = conversion.tree.getroot() if isinstance(conversion, Conversion) else conversion
    return root.xpath(path, namespaces=NSMAP)


def one(conversion: Conversion, path: str) -> etree._Element:
    found = xpath(conversion, path)
    assert len(found) == 1, f"{path}: {len(found)} matches"
    return found[0]


def text(element: etree._Element) -> str:
    return " ".join("".join(texts(element)).split())


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_word_of_the_source_is_kept_or_reported(source: Path) -> None:
    conversion = convert_file(source)
    root = conversion.tree.getroot()
    kept = words(" ".join(texts(root)))
    kept.update(note.get("n") for note in root.iter(tei("note")))  # printed note numbers live in @n
    for entry in conversion.report.removed:
        kept.update(words(entry.text))
    assert words(source.read_text(encoding="utf-8")) - kept == {}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_committed_encoding_is_reproduced_byte_for_byte(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    committed = REPO / "encoded" / f"{source.stem}.xml"
    assert to_bytes(convert_file(source).tree) == committed.read_bytes()


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_encoded_files_are_valid_tei_all(source: Path, tei_all: TeiAll) -> None:
    assert tei_all(etree.parse(str(REPO / "encoded" / f"{source.stem}.xml"))) == []


def test_any_mix_of_source_blocks_gives_valid_tei(tei_all: TeiAll) -> None:
    """Closers, trailers, openers and heads in unusual orders still give valid TEI."""
    generator = random.Random(7)
    blocks = [b for source in SOURCES for b in source.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    for attempt in range(60):
        text = "\n\n".join(generator.choice(blocks) for _ in range(generator.randint(1, 25)))
        document = convert_text(text, f"mix-{attempt}.txt").tree
        assert tei_all(document) == [], attempt


def test_lines_set_in_columns_are_a_table(tei_all: TeiAll) -> None:
    text = ("The Harbour\n\nBy Ann Roe\n\nMay 1, 1920\n\nThe harbour was quiet when the strike began, and quieter still when it ended.\n\n"
            "Transcriber's Note\n\nThe following words were left as printed.\n\n"
            "p.  74  disenfecting                  sic\n\np. 107  tha[t/n]                      Corrected.\n")
    document = convert_text(text, "harbour.txt").tree
    rows = document.getroot().findall(".//tei:body//tei:table/tei:row", NSMAP)
    assert [[cell.text for cell in row] for row in rows] == [["p.  74  disenfecting", "sic"], ["p. 107  tha[t/n]", "Corrected."]]
    assert not document.getroot().xpath("//tei:p[contains(., 'Corrected')]", namespaces=NSMAP)
    assert to_text(document).endswith("p. 74 disenfecting | sic\np. 107 tha[t/n] | Corrected.\n")
    assert tei_all(document) == []
    assert validate_tree(document, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []
    # one line in columns is no table, nor are lines with as many gaps but not as many columns
    single = convert_text(text.replace("\n\np. 107  tha[t/n]                      Corrected.", ""), "harbour.txt").tree
    assert not single.getroot().findall(".//tei:table", NSMAP)


def test_kirov_header() -> None:
    kirov = convert("trotsky-1934-12-on-the-kirov-assassination")
    assert text(one(kirov, "//tei:titleStmt/tei:title[@type='main']")) == "On the Kirov Assassination"
    assert text(one(kirov, "//tei:titleStmt/tei:author/tei:persName")) == "Leon Trotsky"
    assert one(kirov, "//tei:profileDesc/tei:creation/tei:date").get("when") == "1934-12"
    assert one(kirov, "//tei:bibl[@type='firstPublished']/tei:date").get("when") == "1935-02"
    translator = one(kirov, "//tei:respStmt[tei:resp/@key='trl']")
    assert [text(n) for n in xpath(translator, "tei:persName")] == ["John G. Wright"]
    transcription = one(kirov, "//tei:respStmt[tei:resp/@key='trc']")
    assert [text(n) for n in xpath(transcription, "tei:persName")] == ["A. Lehrer", "David Walters"]
    assert "Pioneer Publishers" in text(one(kirov, "//tei:bibl[@type='source']"))
    updated = one(kirov, "//tei:bibl[@type='transcription']/tei:date[@type='lastUpdated']")
    assert (updated.get("when"), text(updated)) == ("2014-11-14", "14 November 2014")
    assert one(kirov, "//tei:langUsage/tei:language").get("ident") == "en"
    assert kirov.tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert "tei-tools" in text(one(kirov, "//tei:revisionDesc/tei:change"))


def test_kirov_front_matter() -> None:
    kirov = convert("trotsky-1934-12-on-the-kirov-assassination")
    heads = [text(h) for h in xpath(kirov, "//tei:front/tei:div/tei:head")]
    assert heads == ["Introduction to 1956 Pioneer Edition", "Note for TIA Readers"]
    assert one(kirov, "//tei:front/tei:div[1]/tei:closer/tei:dateline/tei:date").get("when") == "1956-05-01"
    assert text(one(kirov, "//tei:front/tei:div[2]/tei:closer/tei:signed")) == "A.L."


def test_kirov_body_structure() -> None:
    kirov = convert("trotsky-1934-12-on-the-kirov-assassination")
    article, indictment = xpath(kirov, "//tei:body/tei:div")
    head = one(kirov, "//tei:body/tei:div[1]/tei:head[not(@type)]")
    assert text(head) == "The Stalinist Bureaucracy and the Assassination of Kirov"
    assert len(xpath(head, "tei:lb")) == 1  # one head spanning two lines
    subtitle = one(kirov, "//tei:body/tei:div[1]/tei:head[@type='sub']")
    assert text(subtitle).startswith("A Reply to Friends in America")
    assert xpath(subtitle, "tei:ref/@target") == ["#note-1"]
    sections = xpath(article, "tei:div")
    assert [s.get("n") for s in sections] == [str(n) for n in range(1, 14)]
    assert all(len(xpath(s, "tei:head")) == 1 for s in sections)
    assert text(one(kirov, "//tei:body/tei:div[1]/tei:closer/tei:signed")) == "LEON TROTSKY"
    assert one(kirov, "//tei:body/tei:div[1]/tei:closer/tei:dateline/tei:date").get("when") == "1934-12-28"
    assert text(xpath(indictment, "tei:head")[0]) == "The Indictment"
    assert xpath(indictment, "tei:closer/tei:dateline/tei:date/@when") == ["1934-12-30"]
    quotation = one(kirov, "//tei:div[@n='9']/tei:quote")
    assert len(xpath(quotation, "tei:p")) == 2


def test_kirov_notes_are_linked_both_ways_and_consumed() -> None:
    kirov = convert("trotsky-1934-12-on-the-kirov-assassination")
    notes = xpath(kirov, "//tei:back//tei:note")
    assert [n.get("n") for n in notes] == ["1", "2", "3", "4"]
    for note in notes:
        marker = one(kirov, f"//tei:ref[@target='#{note.get('{http://www.w3.org/XML/1998/namespace}id')}']")
        assert note.get("target") == "#" + marker.get("{http://www.w3.org/XML/1998/namespace}id")
    assert text(notes[3]).endswith("– Translator’s note")
    body = text(one(kirov, "//tei:body"))
    assert "[1]" not in body and "[4]" not in body
    assert "Footnotes" not in body
    assert "return return" not in " ".join(texts(one(kirov, "//tei:text")))
    assert any(e.text.startswith("return") for e in kirov.report.removed)


def test_blumkin_archive_lines() -> None:
    blumkin = convert("trotsky-1930-05-more-about-comrade-blumkin")
    assert text(one(blumkin, "//tei:idno[@type='archive']")) == "19300500"
    assert one(blumkin, "//tei:bibl[@type='firstPublished']/tei:date").get("when") == "1930-05"
    source = one(blumkin, "//tei:bibl[@type='source']")
    page = one(blumkin, "//tei:bibl[@type='source']/tei:biblScope[@unit='page']")
    assert (page.get("from"), page.get("to")) == ("35", "37")
    assert xpath(source, "tei:biblScope[@unit='volume']/@from") == ["13"]
    assert text(one(blumkin, "//tei:titleStmt/tei:title")) == "More About Comrade Blumkin"
    assert text(one(blumkin, "//tei:titleStmt/tei:author")) == "Leon Trotsky"
    reasons = {e.reason for e in blumkin.report.removed}
    assert "breadcrumb trail" in reasons
    assert "[" not in text(one(blumkin, "//tei:body"))


def test_opposition_dates_and_trailer() -> None:
    opposition = convert("trotsky-1930-01-05-opposition-serves-the-bolshevik-revolution")
    assert text(one(opposition, "//tei:titleStmt/tei:author")) == "L. Trotsky"
    assert one(opposition, "//tei:creation/tei:date").get("when") == "1930-01-05"
    assert one(opposition, "//tei:docDate").get("when") == "1930-01"
    source = one(opposition, "//tei:bibl[@type='source']")
    assert text(source) == "The Militant, Vol. III No. 9, 1 March 1920, p. 4"  # kept as the text gives it
    assert xpath(source, "tei:date/@when") == ["1920-03-01"]
    assert xpath(source, "tei:title[@level='j']/text()") == ["The Militant"]
    assert any("earlier than the date of writing" in w.reason for w in opposition.report.warnings)
    trailer = one(opposition, "//tei:body/tei:trailer")
    assert text(trailer).startswith("(Excerpts from letter of")
    assert xpath(trailer, "tei:date/@when") == ["1930-01-05"]


def test_politburo_letter() -> None:
    letter = convert("trotsky-1932-01-04-letter-to-the-politburo")
    assert text(one(letter, "//tei:titleStmt/tei:title")) == "Letter to the Politburo, January 4, 1932"
    assert one(letter, "//tei:creation/tei:date").get("when") == "1932-01-04"
    assert xpath(letter, "//tei:titleStmt/tei:author") == []  # the text names no author: none is invented
    opener = one(letter, "//tei:body//tei:opener")
    assert text(one(letter, "//tei:opener/tei:seg[@type='classification']")) == "Absolutely Secret"
    assert [text(s) for s in xpath(opener, "tei:salute")] == [
        "To the Politburo of the All-Union Communist Party (B)",
        "To the Presidium of the Central Control Commission",
    ]
    removed = [e.text for e in letter.report.removed]
    assert "From Marxists-en" in removed and "Jump to navigation Jump to search" in removed
    assert "Marxists-en" not in text(letter.tree.getroot().find(tei("text")))
    glued = [w for w in letter.report.warnings if "19" in w.reason]
    assert glued and glued[0].line == 14
    assert 'conditions,"19' in text(one(letter, "//tei:body"))  # kept, and reported


def test_open_letter_source_and_dateline() -> None:
    open_letter = convert("trotsky-1932-03-01-open-letter-to-the-cec")
    source = one(open_letter, "//tei:bibl[@type='source']")
    scopes = {s.get("unit"): (s.get("from"), s.get("to")) for s in xpath(source, "tei:biblScope")}
    assert scopes == {"volume": ("5", "5"), "issue": ("15", "15"), "whole": ("111", "111"), "page": ("1", "2")}
    assert xpath(source, "tei:date/@when") == ["1932-04-09"]
    dateline = one(open_letter, "//tei:body/tei:closer/tei:dateline")
    assert text(one(open_letter, "//tei:closer/tei:dateline/tei:placeName")) == "Prinkipo"
    assert xpath(dateline, "tei:date/@when") == ["1932-03-01"]


ARCHIVE_STYLE = """\
Karl Marx and Frederick Engels

Address of the Central Committee to the League

(March 1850)

Written: March 1850;
First Published: as a leaflet in 1850;
Source: Marx & Engels Collected Works, Vol. 10, pp. 277-287;
Translated: Joan Smith;
Transcription/Markup: Brian Baggins/Sally Ryan.

Brothers! In the two revolutionary years 1848-49 the League proved itself in a double fashion.[1]

I. The Present Situation

The workers' party must not allow itself to be used as the tail of bourgeois democracy.

“The democratic petty bourgeois, far from desiring to transform the whole of society, strive for a change.

“They demand above all a diminution of state expenditure.”

II. The Tasks Ahead

Their battle-cry must be: The Revolution in Permanence.[2]

London, March 1850

Notes

1. The League was founded in 1847.

2. A phrase later taken up by others.
"""


def test_rules_are_patterns_that_carry_to_unseen_texts() -> None:
    conversion = convert_text(ARCHIVE_STYLE, "marx-engels-address.txt")
    assert [text(a) for a in xpath(conversion, "//tei:titleStmt/tei:author/tei:persName")] == ["Karl Marx", "Frederick Engels"]
    assert text(one(conversion, "//tei:titleStmt/tei:title")) == "Address of the Central Committee to the League"
    assert one(conversion, "//tei:creation/tei:date").get("when") == "1850-03"
    assert [text(n) for n in xpath(conversion, "//tei:respStmt[tei:resp/@key='trl']/tei:persName")] == ["Joan Smith"]
    assert [text(n) for n in xpath(conversion, "//tei:respStmt[tei:resp/@key='trc']/tei:persName")] == ["Brian Baggins", "Sally Ryan"]
    assert xpath(conversion, "//tei:body/tei:div/@n") == ["1", "2"]
    assert len(xpath(conversion, "//tei:div[@n='1']/tei:quote/tei:p")) == 2
    assert xpath(conversion, "//tei:closer/tei:dateline/tei:placeName/text()") == ["London"]
    assert xpath(conversion, "//tei:back//tei:note/@n") == ["1", "2"]
    assert xpath(conversion, "//tei:ref/@target") == ["#note-1", "#note-2"]


def test_plain_prose_without_header() -> None:
    conversion = convert_text("A Short Story\n\nIt was a dark night. The wind blew.\n\nThen morning came.\n")
    assert text(one(conversion, "//tei:titleStmt/tei:title")) == "A Short Story"
    assert [text(p) for p in xpath(conversion, "//tei:body/tei:p")] == ["It was a dark night. The wind blew.", "Then morning came."]
    assert xpath(conversion, "//tei:author") == []


def test_hard_wrapped_paragraphs_are_joined_and_reported() -> None:
    conversion = convert_text("Title\n\nThe first line of a paragraph\nand its second line.\n")
    assert [text(p) for p in xpath(conversion, "//tei:body/tei:p")] == ["The first line of a paragraph and its second line."]
    assert "joined with a space" in text(one(conversion, "//tei:normalization"))


def test_who_comments_on_a_reposted_text_labels_the_comment_and_gives_no_title() -> None:
    paragraph = ("The meeting was opened by the chairman, who read the letters of greeting that had come from the "
                 "branches in the north and asked the delegates to stand for a minute in memory of the comrades.\n")
    conversion = convert_text(paragraph * 2 + "***************\nRoe comment:\n" + paragraph * 2, "repost.txt")
    assert [text(h) for h in xpath(conversion, "//tei:body//tei:head")] == ["Roe comment:"]
    commented = convert_text("Roe comment:\n" + paragraph * 2, "repost.txt")  # over the text, it names no title
    assert xpath(commented, "//tei:titleStmt/tei:title/text()") == ["Repost"]


def test_in_unwrapped_lines_a_line_left_open_on_a_dash_goes_on_in_the_next() -> None:
    paragraph = ("The meeting was opened by the chairman, who read the letters of greeting that had come from the "
                 "branches in the north and asked the delegates to stand for a minute in memory of the comrades.\n")
    conversion = convert_text("The Harbour\n\nThe Centre and its troubles—Theory and practice—\n"
                              "The lure of the strike—The congress as a review of the forces of the union.\n\n" + paragraph * 2)
    assert not xpath(conversion, "//tei:body//tei:head")
    assert text(xpath(conversion, "//tei:body/tei:p")[0]) == (
        "The Centre and its troubles—Theory and practice— The lure of the strike—The congress as a review of the forces of the union.")


def test_a_picture_between_a_chapters_number_and_its_title_leaves_the_title_under_the_number(tei_all: TeiAll) -> None:
    paragraph = ("Two days before the poll an Englishman came to the harbour and addressed twelve meetings in support "
                 "of the union's candidates.\n\n")
    conversion = convert_text("The Harbour Book\n\nChapter One\n\nBob Lee\n\n" + paragraph + "Chapter Two\n\n"
                              "Ann Roe postcard\n\nAnn Roe\n\n" + paragraph)
    second = xpath(conversion, "//tei:body/tei:div")[1]
    assert [(child.tag.split("}")[1], text(child)) for child in second][:3] == [
        ("head", "Chapter Two"), ("figure", "Ann Roe postcard"), ("head", "Ann Roe")]
    assert xpath(second, "tei:head[2]/@type") == ["sub"]
    assert tei_all(conversion.tree) == []


def test_in_unwrapped_lines_a_note_number_glued_to_a_sentences_end_closes_it() -> None:
    paragraph = ("The meeting was opened by the chairman, who read the letters of greeting that had come from the "
                 "branches in the north and asked the delegates to stand for a minute in memory of the comrades.\n")
    quoted = ('"The dockers have learnt at last to trust no one but themselves, and the strike comes from below."1\n'
              "It was this revolt that the officers of the union feared more than the employers.\n")
    conversion = convert_text("The Harbour\n\n" + paragraph + quoted + paragraph)
    assert [text(p)[:10] for p in xpath(conversion, "//tei:body/tei:p")] == [
        "The meetin", '"The docke', "It was thi", "The meetin"]
    # a number after its abbreviation is no note's: the line stays open
    cited = convert_text("The Harbour\n\n" + paragraph + "They printed it first in the Harbour Review, a small paper, no.1\n"
                         "Harbour Press\n" + paragraph)
    assert [text(p)[-18:] for p in xpath(cited, "//tei:body/tei:p")][1] == "no.1 Harbour Press"


def test_a_letters_dateline_under_a_title_in_unwrapped_lines_opens_the_letter() -> None:
    paragraph = ("The meeting was opened by the chairman, who read the letters of greeting that had come from the "
                 "branches in the north and asked the delegates to stand for a minute in memory of the comrades.\n")
    conversion = convert_text(paragraph + "Letters written in prison to his friend\nMarch 3, 1921. County Jail\n"
                              "DEAR JOE:\n" + paragraph + "Yours,\nAnn Roe\nDecember 30, 1921\n")
    assert [text(p) for p in xpath(conversion, "//tei:body/tei:p")][1] == "Letters written in prison to his friend"
    assert text(one(conversion, "//tei:opener/tei:dateline")) == "March 3, 1921. County Jail"
    # (the name signing over its date stays with it)
    assert [text(e) for e in xpath(conversion, "//tei:closer/*")] == ["Yours,", "Ann Roe", "December 30, 1921"]


@pytest.mark.parametrize("regards", ["Kindest regards to you, your wife, and your son.", "Best greetings to Bob.",
                                     "Warm regards", "Best regards, wishing you good health,", "With fraternal greetings,",
                                     "With comradely and communist greetings,", "With greetings to all the comrades in Leith,",
                                     "All the very best,", "All best wishes to Bob."])
def test_regards_sent_on_close_a_letter(regards: str) -> None:
    paragraph = ("I have read your manuscript with great care and find the chapters on the strike the strongest, though the "
                 "last one needs another look before it goes to the printer.\n\n")
    conversion = convert_text("Dear Tom,\n\n" + paragraph + regards + "\n\nAnn Roe\n")
    assert [text(e) for e in xpath(conversion, "//tei:closer/*")] == [regards, "Ann Roe"]
    assert xpath(conversion, "//tei:closer/tei:salute/text()") == [regards]


def test_an_indented_closer_with_an_adverb_before_its_valediction() -> None:
    paragraph = ("These papers came to me from the hand of the man himself, and I give them to the public as he wrote\n"
                 "them, with no word changed.\n\n")
    conversion = convert_text(paragraph + "  Very respectfully,\n  Ann E. Roe,\n  May 2, 1901. Harbour Town, Va.\n\n\n\n"
                              "THE HARBOUR BOOK.\n\n\n\n" + paragraph + "  Yours, about to sail,\n  TOM WARD.\n")
    assert [[text(e) for e in closer] for closer in xpath(conversion, "//tei:closer")] == [
        ["Very respectfully,", "Ann E. Roe,", "May 2, 1901. Harbour Town, Va."], ["Yours, about to sail,", "TOM WARD."]]
    assert not xpath(conversion, "//tei:lg")
    # (the book's half-title under the dated signature is no place of it)
    assert "THE HARBOUR BOOK." not in [text(e) for e in xpath(conversion, "//tei:closer/*")]


def test_input_cleaning_is_reported() -> None:
    conversion = convert_bytes("\ufeffTitle\r\n\r\nCaf\u0065\u0301 \x0c society.\r\n".encode("utf-8"), "x.txt")
    assert one(conversion, "//tei:body/tei:p").text == "Café  society."
    assert [e.text for e in conversion.report.removed] == ["U+000C"]
    normalisation = text(one(conversion, "//tei:normalization"))
    assert "line feeds" in normalisation and "NFC" in normalisation and "forbids" in normalisation


def test_every_kind_of_forbidden_character_is_removed_beside_any_other_text() -> None:
    # The encoded bytes tell C0 controls and lone surrogates; U+FFFE and U+FFFF are looked for as such.
    conversion = convert_text("Title\n\nThe \u201cend\u201d \x01 of \ud800 it \ufffe all \uffff.\n")
    assert [e.text for e in conversion.report.removed] == ["U+0001", "U+D800", "U+FFFE", "U+FFFF"]
    assert one(conversion, "//tei:body/tei:p").text == "The \u201cend\u201d  of  it  all ."


def test_windows_1252_is_decoded() -> None:
    conversion = convert_bytes("Title\n\nIt costs 5 \u20ac.\n".encode("cp1252"), "x.txt")
    assert text(one(conversion, "//tei:body/tei:p")) == "It costs 5 \u20ac."


def test_empty_and_binary_inputs_are_refused() -> None:
    with pytest.raises(TeiToolsError, match="empty"):
        convert_bytes(b" \n\n", "empty.txt")
    with pytest.raises(TeiToolsError, match="binary"):
        convert_bytes(b"\x89PNG\x00\x00", "image.txt")


def test_conversion_date_comes_from_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    conversion = convert_text("Title\n\nText.\n")
    assert one(conversion, "//tei:revisionDesc/tei:change").get("when") == "2023-11-14"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert one(convert_text("Title\n\nText.\n"), "//tei:revisionDesc/tei:change").get("when") is None


CREDITS_AS_SENTENCES = """\
Jane Roe

Notes on a Strike

From The Clarion Review 3:12, Winter 1921, pp. 10–14.
Transcribed & marked up by Sam Poe for an online archive.

The strike began on a Monday and nobody expected it to last the week.[1]

It lasted a month.[2]

[1] The mills closed on the first day.

[2] See the union's own account.
"""


def test_credit_sentences_sources_from_and_notes_without_a_head() -> None:
    conversion = convert_text(CREDITS_AS_SENTENCES, "roe.txt")
    credit = one(conversion, "//tei:respStmt")
    assert [text(e) for e in credit] == ["Transcribed & marked up by", "Sam Poe", "for an online archive"]
    assert one(conversion, "//tei:bibl[@type='source']/tei:date").get("when") == "1921"
    assert xpath(conversion, "//tei:back//tei:note/@n") == ["1", "2"]
    assert xpath(conversion, "//tei:body//tei:ref/@target") == ["#note-1", "#note-2"]
    assert [text(p) for p in xpath(conversion, "//tei:body//tei:p")] == [
        "The strike began on a Monday and nobody expected it to last the week.1", "It lasted a month.2"]


def test_text_editions_of_real_tei_convert_back_valid_and_whole(shared: Path, tei_all: TeiAll) -> None:
    """Plain texts of many shapes (novels, letters, plays, inscriptions): valid TEI, every word kept."""
    samples = [row["path"] for row in sample_rows() if row["well_formed"] == "yes"]
    assert len(samples) > 80
    for sample in samples:
        edition = to_text(parse(shared / "tei-samples" / sample))
        conversion = convert_text(edition, Path(sample).name)
        root = conversion.tree.getroot()
        kept = words(" ".join(texts(root)))
        kept.update(note.get("n") for note in root.iter(tei("note")))
        for entry in conversion.report.removed:
            kept.update(words(entry.text))
        assert words(edition) - kept == {}, sample
        assert tei_all(conversion.tree) == [], sample


WORKS_STYLE = """\
V. I. Lenin

Letters on Tactics

Written: April 8, 1917
First Published: in 1917 as a pamphlet by Priboi Publishers
Source: Collected Works, Progress Publishers, 1964, Moscow, Volume 24, pages 42-54
Transcription\\Markup: R. Cymbala
Other Formats: Text • README

I

Theory is grey, my friend, but green is the eternal tree of life, a reader once wrote to us.

Chapter 2: The Dual Power

The dual power is a fact that nobody now disputes in the capital.

N. Lenin
Petrograd, April 8, 1917
"""


def test_bare_numbers_chapters_publishers_and_a_signature_over_a_dateline() -> None:
    conversion = convert_text(WORKS_STYLE, "lenin.txt")
    assert xpath(conversion, "//tei:body/tei:div/@n") == ["1", "2"]
    assert [text(h) for h in xpath(conversion, "//tei:body/tei:div/tei:head")] == ["I", "Chapter 2: The Dual Power"]
    source = one(conversion, "//tei:bibl[@type='source']")
    assert xpath(source, "tei:publisher/text()") == ["Progress Publishers"]
    assert xpath(source, "tei:biblScope[@unit='page']/@from") == ["42"]
    closer = one(conversion, "//tei:closer")
    assert xpath(closer, "tei:signed/text()") == ["N. Lenin"]
    assert xpath(closer, "tei:dateline/tei:date/@when") == ["1917-04-08"]
    assert [e.reason for e in conversion.report.removed if e.text.startswith("Other Formats")] == ["site chrome"]
    assert conversion.report.warnings == []


def test_a_lone_number_in_figures_heads_no_division_unless_it_is_1() -> None:
    body = ("The period of fifty years that you ask about is a long one, and much of it was spent in study abroad.\n\n"
            "{number}\n\nThe interview that follows was held over two days in the spring, in the editors' office.\n")
    paged = convert_text("An Interview\n\n" + body.format(number="28"), "interview.txt")
    assert xpath(paged, "//tei:body//tei:head") == []  # a page number, kept as text
    assert "28" in [text(p) for p in xpath(paged, "//tei:body/tei:p")]
    for number in ("1.", "VI."):  # the first section, or an excerpt's one section numbered in numerals
        assert [text(h) for h in xpath(convert_text("An Interview\n\n" + body.format(number=number), "interview.txt"),
                                       "//tei:body//tei:head")] == [number]


def test_a_signature_over_its_place_and_year_closes_the_preface_whatever_follows() -> None:
    book = convert_text("A Book of Sonatas\n\nPREFACE\n\nThis little volume tells how the sonata grew, from the first "
                        "pieces for the harpsichord to the great works of the last century.\n\nJ.S. EXAMPLE.\n\n"
                        "LONDON, 1895.\n\nA BOOK OF SONATAS\n\nThe sonata began as a piece to be sounded, not sung, "
                        "and the name long kept that meaning.\n", "sonatas.txt")
    closer = one(book, "//tei:closer")
    assert xpath(closer, "tei:signed/text()") == ["J.S. EXAMPLE."]
    assert "".join(one(book, "//tei:closer/tei:dateline").itertext()) == "LONDON, 1895."
    assert "LONDON, 1895." not in [text(h) for h in xpath(book, "//tei:head")]
    # notes under the signature are no epigraph of what follows, though a line under them opens with a dash
    noted = convert_text("A Book of Sonatas\n\nPREFACE\n\nThis little volume tells how the sonata grew, from the first "
                         "pieces for the harpsichord to the great works of the last century.\n\nJ.S. EXAMPLE\n\n"
                         "Portside, 10 September 1921.\n\n[I.] Died on 21 Sept. 1921.\n[II.] Died on 12 Dec. 1926.\n\n"
                         "-Ann Example, his wife, died in March, 1921.\n\nThe sonata began as a piece to be sounded, not "
                         "sung, and the name long kept that meaning.\n", "sonatas.txt")
    assert xpath(noted, "//tei:closer/tei:signed/text()") == ["J.S. EXAMPLE"]
    assert xpath(noted, "//tei:epigraph") == []


def test_a_scanned_books_page_furniture_is_removed_and_the_broken_paragraph_joined() -> None:
    text = ("A Book of Ghosts\n\nThe night was cold, and the wind went moaning round the old house while we sat\n"
            "by the fire and listened, and none of us\n\n3\n\nGHOSTS I HAVE MET\n\n"
            "spoke a word until the clock struck twelve and the candles burned low.\n\n"
            "INTRODUCTORY. 4\n\n\" Picou tells me that he saw the were-wolf,\" said a peasant by the door of the inn.\n")
    conversion = convert_text(text, "ghosts.txt")
    paragraphs = [" ".join(p.text.split()) for p in conversion.tree.getroot().iterfind(".//tei:body//tei:p", NSMAP)]
    assert paragraphs == [
        "The night was cold, and the wind went moaning round the old house while we sat by the fire and listened, "
        "and none of us spoke a word until the clock struck twelve and the candles burned low.",
        "\" Picou tells me that he saw the were-wolf,\" said a peasant by the door of the inn."]
    assert [e.text for e in conversion.report.removed if e.reason.startswith("page furniture")] == [
        "3", "GHOSTS I HAVE MET", "INTRODUCTORY. 4"]


def test_a_dedications_first_words_in_capitals_are_no_page_furniture() -> None:
    book = ("The Harbour Light\n\nA Tale of the Sea\n\n"
            "Some words of thanks are due to the harbour master, who read the whole book in proof.\n\n"
            "THE HARBOUR LIGHT\n\n                   TO ONE\n\n"
            "whose name may not be written but to whose steady\nfaith these pages owe what is good in them, this\n"
            "      finished work is herewith dedicated\n\nCHAPTER I\n\n"
            "The boats went out from the harbour every morning and came back with the evening tide.\n")
    conversion = convert_text(book, "light.txt")
    assert [text(p) for p in xpath(conversion, "//tei:front/tei:div[@type='dedication']/tei:p")] == [
        "TO ONE whose name may not be written but to whose steady faith these pages owe what is good in them, this "
        "finished work is herewith dedicated"]
    assert not [e for e in conversion.report.removed if e.reason.startswith("page furniture")]


def test_days_numbered_in_figures_and_words_with_their_titles_after_a_contents_head() -> None:
    prose = "It was a long day in the harbour and the boats were all out in the bay until the evening came over the water.\n\n"
    text = ("Morning Songs\n\n" + prose + "Contents.\n\n1. The Childhood\n2. Our Example\n3. Upholding\n\n\n"
            + prose + "1. First Day.\n\nThe Childhood.\n\n" + prose * 2 + "2. Second Day.\n\nOur Example\n\n" + prose * 2
            + "3. Third Day.\n\nUpholding.\n\n" + prose)
    tree = convert_text(text, "songs.txt").tree
    days = tree.getroot().xpath("//tei:body/tei:div[@n]", namespaces=NSMAP)  # each day a division of the body, none inside another
    assert [day.xpath("tei:head/text()", namespaces=NSMAP) for day in days] == [
        ["1. First Day.", "The Childhood."], ["2. Second Day.", "Our Example"], ["3. Third Day.", "Upholding."]]
    assert [day.xpath("string(tei:head[@type='sub'])", namespaces=NSMAP) for day in days] == ["The Childhood.", "Our Example", "Upholding."]


def test_a_plank_numbered_by_an_ordinal_in_figures_a_stop_and_a_dash_heads_its_demands() -> None:
    demands = "".join(f"({letter}) The repeal of the harbour dues on {what}.\n\n" for letter, what in zip("abc", ("fish", "coal", "salt")))
    conversion = convert_text("2nd.—Reform of the Harbour Laws.\n\n" + demands, "platform.txt")
    assert xpath(conversion, "//tei:body/tei:div[@n='2']/tei:head/text()") == ["2nd.—Reform of the Harbour Laws."]
    numbered = convert_text("123. Harbour Street.\n\n" + demands, "letter.txt")  # a stop alone after the number heads nothing
    assert not xpath(numbered, "//tei:head")


def test_a_date_after_a_signature_with_text_after_it_is_the_closers_and_the_text_a_division_of_its_own() -> None:
    def item(kind: str, line: str, number: int, parts: list[str] | None = None) -> Item:
        return Item(kind, [Block([line], number)], parts=parts or [])

    items = [item("p", "The harbour strike began on a Monday morning in the spring.", 1), item("closer", "Ann Roe", 3, ["signed"]),
             item("dateline", "July 12, 2019", 5), item("p", "The owners gave way in the end.", 7)]
    body = build_text(items, Metadata(title="Harbour"), Report("x.txt")).find(tei("body"))
    assert [child.tag for child in body[0]] == [tei("p"), tei("closer")]
    assert xpath(body, "tei:div[1]/tei:closer/tei:dateline/tei:date/@when") == ["2019-07-12"]
    assert xpath(body, "tei:div[2]/tei:p/text()") == ["The owners gave way in the end."]


def test_a_name_alone_over_a_date_under_a_web_articles_standfirst_is_its_byline() -> None:
    article = ("Facebook Instagram Twitter YouTube\n\nOn the Harbour Strike of the Dockers\n\n"
               "Ann Roe, secretary of the harbour union and a friend of the dockers, was so able in spreading the union's "
               "ideas that she became a danger to the owners.\n\nBea Doe\n\nJuly 12, 2019\nFacebook Twitter Share\n\n"
               "The dockers won the strike in the end, and the harbour was theirs again for a good many years after it.\n")
    conversion = convert_text(article, "strike.txt")
    assert xpath(conversion, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Bea Doe"]
    assert xpath(conversion, "//tei:profileDesc/tei:creation/tei:date/@when") == ["2019-07-12"]
    assert [text(p) for p in xpath(conversion, "//tei:body//tei:p")] == [
        "Ann Roe, secretary of the harbour union and a friend of the dockers, was so able in spreading the union's ideas "
        "that she became a danger to the owners.",
        "The dockers won the strike in the end, and the harbour was theirs again for a good many years after it."]
    assert not xpath(conversion, "//tei:closer | //tei:dateline")


def test_a_poem_set_double_spaced_is_read_in_its_stanzas() -> None:
    """A blank line after every line of verse and two between stanzas: the stanzas are `lg`, the lines `l`; a centred
    title page set the same way (at many indents) is none."""
    stanzas = [["They sailed at dawn from the grey quay,", "And left the harbour wall;"],
               ["The gulls went crying out to sea,", "And none came back at all."]]
    poem = "\n\n\n".join("\n\n".join(f"{' ' * (6 + 2 * (n % 2))}{line}" for n, line in enumerate(stanza)) for stanza in stanzas)
    text = ("The Harbour Song\n\nWritten in the winter of the great strike, when the boats stayed in and the town was "
            "hungry for many weeks.\n\n\n" + poem + "\n\n\n   Harbour Notes, 1851, 66.\n")
    conversion = convert_text(text, "song.txt")
    assert [xpath(lg, "tei:l/text()") for lg in xpath(conversion, "//tei:body//tei:lg")] == stanzas
    assert xpath(conversion, "//tei:body//tei:p/text()")[-1] == "Harbour Notes, 1851, 66."
    centred = "\n\n\n".join("\n\n".join(" " * (20 + 3 * n + 9 * m) + line for n, line in enumerate(stanza)) for m, stanza in enumerate(stanzas))
    assert not xpath(convert_text(text.replace(poem, centred), "song.txt"), "//tei:lg")


def test_a_numbered_section_whose_title_asks_a_question_heads_its_division() -> None:
    prose = "The union was founded in the harbour in the first years of the century, and its members were the dockers.\n\n"
    text = ("Harbour Lessons\n\n" + prose + "1. Introduction: Must we still offer proof that the union is worth joining?\n\n"
            + prose + "2. What the union did in the strike, and why it won it in the end against the owners and the town?\n\n" + prose)
    conversion = convert_text(text, "lessons.txt")
    assert xpath(conversion, "//tei:body/tei:div[@n='1']/tei:head/text()") == [
        "1. Introduction: Must we still offer proof that the union is worth joining?"]
    assert len(xpath(conversion, "//tei:head")) == 1  # (a question of more than twenty words is a paragraph's)


@pytest.mark.parametrize(("top", "day"), [
    # a periodical's name and description, then its volume, number and day; a picture's caption under it is no title
    ("Harbour Voice. Dockers' Union Weekly Newspaper. Volume. 34, Number 15. August 4, 1971\n\n\nPhoto of a burnt boat\n\n",
     "1971-08-04"),
    # a library's line for a newspaper's page: its run of years is no date of the issue, the day after it is
    ("Harbour news-times. (Leith, Scot.) 1913-1938, September 22, 1919, AFTERNOON EDITION\n\n", "1919-09-22"),
])
def test_an_issue_line_over_a_page_is_its_source_and_dates_it(top: str, day: str) -> None:
    interview = ("Question: Why did you come back to the harbour after the strike was over and the union had won it?\n\n"
                 "Answer: Money. I came back to earn some for the union's school, which many of us would like to see.\n")
    conversion = convert_text(top + interview, "interview.txt")
    assert text(one(conversion, "//tei:sourceDesc/tei:bibl[@type='source']")) == top.split("\n")[0]
    assert xpath(conversion, "//tei:creation/tei:date/@notAfter") == [day]  # (the issue bounds when it was made)
    assert text(one(conversion, "//tei:titleStmt/tei:title")) == "Interview"  # (the file's name)


def test_a_speech_address_closed_by_a_full_stop_is_its_salutation_an_exclamation_its_first_sentence() -> None:
    rest = " was struck by the number of reports on the state of the harbour in the morning papers this week.\n\nThe first of them.\n"
    addressed = convert_text("Fellow workers and comrades. I" + rest, "speech.txt")
    assert xpath(addressed, "//tei:opener/tei:salute/text()") == ["Fellow workers and comrades."]
    assert xpath(addressed, "//tei:body//tei:p/text()")[0].startswith("I was struck")
    exclaimed = convert_text("COMRADES! I" + rest, "speech.txt")
    assert not xpath(exclaimed, "//tei:opener")


def test_clauses_numbered_with_a_bracket_under_a_colon_are_a_list_though_the_first_ends_on_and() -> None:
    text = ("The conference of the harbour branches, having heard the report of the secretary and the opinions of the members, "
            "decides:\n\n1) To sit as a conference of the branches and to take binding decisions on all questions on the agenda; and\n\n"
            "2) To dissolve the existing committee and to elect a new one with full authority until the next conference.\n\n"
            "Adopted unanimously.\n")
    conversion = convert_text(text, "motion.txt")
    assert [item[:6] for item in xpath(conversion, "//tei:body//tei:list/tei:item/text()")] == ["1) To ", "2) To "]
    assert [p[:8] for p in xpath(conversion, "//tei:body//tei:p/text()")] == ["The conf", "Adopted "]


def test_a_resolutions_clauses_are_paragraphs_though_each_ends_on_and() -> None:
    text = ("RESOLUTION TO STAY IN THE HARBOUR UNION\n\nWHEREAS in unity there is strength; and\n\n"
            "WHEREAS the necessary changes to the harbour union must at this time be made from within it; and\n\n"
            "WHEREAS it is widely reported that the president plans to take the branch out of the union; now therefore\n\n"
            "BE IT RESOLVED that this branch calls on the president to announce any plans he might have; and\n\n"
            "BE IT FURTHER RESOLVED that this branch opposes the withdrawal of the branch from the union.\n")
    conversion = convert_text(text, "resolution.txt")
    assert xpath(conversion, "//tei:titleStmt/tei:title/text()") == ["RESOLUTION TO STAY IN THE HARBOUR UNION"]
    assert not xpath(conversion, "//tei:titleStmt/tei:author")  # (no letter of "RESOLUTION" to "THE HARBOUR UNION")
    assert [p[:13] for p in xpath(conversion, "//tei:body/*/text()")] == [
        "WHEREAS in un", "WHEREAS the n", "WHEREAS it is", "BE IT RESOLVE", "BE IT FURTHER"]
    assert xpath(conversion, "count(//tei:body/*)") == xpath(conversion, "count(//tei:body/tei:p)") == 5


def test_a_preamble_is_no_letters_writer_and_the_days_it_was_chartered_and_amended_close_it() -> None:
    text = ("Preamble to Constitution\n\nSince the beginning of history the workers of the harbour have struggled together for a"
            " better life, and they form this union to go on with that struggle.\n\nChartered September 1, 1952\n"
            "As amended to December 12, 1997\n")
    conversion = convert_text(text, "preamble.txt")
    assert not xpath(conversion, "//tei:titleStmt/tei:author")
    assert ["".join(dateline.itertext()) for dateline in xpath(conversion, "//tei:body//tei:closer/tei:dateline")] == [
        "Chartered September 1, 1952", "As amended to December 12, 1997"]
    assert xpath(conversion, "//tei:creation/tei:date/@when") == ["1952-09-01"]


def test_a_constitutions_sections_in_sentences_are_paragraphs_and_its_order_of_business_a_list() -> None:
    text = ("Article 1.\nOrder of Business\n\n"
            "Section 1. The order of business shall be as follows, unless suspended by a majority vote of the members present.\n\n"
            "1. Calling the meeting to order.\n\n2. Roll call.\n\n3. Adjournment.\n\n"
            "Section 2. Any member may move that the order of business be suspended for the meeting.\n\n"
            "Section 3. Dues\n\nThe dues shall be paid at the first meeting of every month to the treasurer.\n")
    conversion = convert_text(text, "constitution.txt")
    assert [" ".join(head.itertext()) for head in xpath(conversion, "//tei:body//tei:head")] == [
        "Article 1.  Order of Business", "Section 3. Dues"]
    assert [p[:10] for p in xpath(conversion, "//tei:body//tei:p/text()")] == ["Section 1.", "Section 2.", "The dues s"]
    assert xpath(conversion, "//tei:body//tei:list/tei:item/text()") == [
        "1. Calling the meeting to order.", "2. Roll call.", "3. Adjournment."]


def test_lines_opening_with_the_same_bullet_are_a_list_announced_or_not() -> None:
    text = ("The Harbour Strike\n\nRead the interview and consider:\n\n"
            "  • Who conducted the interview? When? Why?\n  • How reliable do you think the information is?\n"
            "  • What might the speaker have forgotten?\n\nThen post your answer.\n\n• A bullet alone opens no list.\n")
    conversion = convert_text(text, "questions.txt")
    assert [item[:8] for item in xpath(conversion, "//tei:body//tei:list/tei:item/text()")] == ["• Who co", "• How re", "• What m"]
    assert [p[:8] for p in xpath(conversion, "//tei:body//tei:p/text()")] == ["Read the", "Then pos", "• A bull"]


def test_a_menu_link_set_with_a_bullet_over_the_title_is_the_sites_not_the_text() -> None:
    conversion = convert_text("• March of the Dockers\n\nAnn Roe – Docker, Speaker, Radical\n\n"
                              "One of the harbour movement’s best known campaigners was Ann Roe, who lived by the docks all her life.\n",
                              "roe.txt")
    assert xpath(conversion, "//tei:titleStmt/tei:title/text()") == ["Ann Roe – Docker, Speaker, Radical"]
    assert not xpath(conversion, "//tei:body//tei:head")
    assert ("• March of the Dockers", "the site's menu, over the page") in {(e.text, e.reason) for e in conversion.report.removed}
    barred = convert_text("Contact the League |\nOrder League Literature |\n" + "One of the harbour movement’s best known"
                          " campaigners was Ann Roe, who lived by the docks all her life.\n", "roe.txt")
    assert [e.text for e in barred.report.removed if e.reason == "the site's menu, over the page"] == [
        "Contact the League |", "Order League Literature |"]
    table = convert_text("| Written | 1872 |\n\nOne of the harbour movement’s best known campaigners was Ann Roe.\n", "roe.txt")
    assert not [e for e in table.report.removed if e.reason == "the site's menu, over the page"]  # a table's row
    cells = convert_text("Foreword |\n3 |\nThe Quays |\n7 |\n\nOne of the harbour movement’s best known campaigners was Ann Roe.\n",
                         "roe.txt")
    assert not [e for e in cells.report.removed if e.reason == "the site's menu, over the page"]  # a table's cells, with pages


def test_a_transcription_sites_picture_markup_is_a_figure_its_caption_the_head() -> None:
    conversion = convert_text("The Harbour Letter\n\nThe letter came from the prison in the winter, and the committee printed it.\n\n"
                              "[[2 images]]\n\n[[caption]] Ann Roe as she was in 1916. [[/caption]]\n\n"
                              "She wrote to her mother every week of the years she spent in prison, and the letters were kept.\n",
                              "letter.txt")
    assert xpath(conversion, "//tei:body//tei:figure/tei:head/text()") == ["Ann Roe as she was in 1916."]
    assert len(xpath(conversion, "//tei:body//tei:figure")) == 2
    assert not [p for p in xpath(conversion, "//tei:body//tei:p/text()") if "[[" in p]


def test_a_few_capitalised_words_closed_by_a_stop_between_paragraphs_head_a_section() -> None:
    # one paragraph a line, as a page copied from a browser gives them
    body = ("Some of you have come tonight for the first time, drawn by curiosity or by some deeper interest in the harbour, "
            "because a strike stirs a chord even in people who have never stood on a picket line.\n"
            "Quiet Courage.\n"
            "Did I hear somebody say under their breath, “Quiet courage!”? That is what the critics say of the strikers, you know, "
            "that is how they explain it away in the newspapers every morning.\n"
            "James Roe Jr.\n"
            "We meet to bring into being a committee of the whole struggle of the harbour workers and their families, "
            "and to give it the authority that the old committee never had.\n")
    conversion = convert_text("The Harbour Speech\n\n" + body, "speech.txt")
    assert xpath(conversion, "//tei:body//tei:head/text()") == ["Quiet Courage."]
    assert "James Roe Jr." in xpath(conversion, "//tei:body//tei:p/text()")
    assert not xpath(conversion, "//tei:closer")


def test_a_title_in_italics_closed_by_a_stop_over_a_paragraph_heads_a_section() -> None:
    conversion = convert_text("The Harbour Parties\n\nThe parties of the harbour towns differ in their rules and in the members they admit.\n\n"
                              "_The Dockers' Party._\n\nOpen to all who indorse the principles and policy of the party and whose "
                              "application is accepted by a branch.\n\n_Admitted in 1904, expelled in 1906._\n\nShe never came back.\n",
                              "parties.txt")
    assert xpath(conversion, "//tei:body//tei:head/text()") == ["_The Dockers' Party._"]


def test_a_numbered_letter_heading_with_the_addressees_address_and_a_dated_place_heads_the_letter() -> None:
    conversion = convert_text("Letters of the Harbour\n\n1. Ann Roe to Jane Doe, 4 Quay Street, Leith, dated Glasgow, 9.11.22.\n\n"
                              "Dear Jane,\n\nThe boats came in this morning and the men went out on strike at noon, all of them.\n\n"
                              "Yours,\n\nAnn\n", "letters.txt")
    assert [div.get("n") for div in xpath(conversion, "//tei:body/tei:div[tei:opener/tei:salute]")] == ["1"]
    assert xpath(conversion, "//tei:body/tei:div/tei:head/text()") == ["1. Ann Roe to Jane Doe, 4 Quay Street, Leith, dated Glasgow, 9.11.22."]


def test_a_speakers_turn_never_carries_on_the_turn_above_though_it_trails_off() -> None:
    turns = ("JR: Do you feel that the harbour union can be … the people in the different positions and the structure "
             "itself can be changed from inside it, or does it have to be built again?\n"
             "AR: oh I am sure … more democratic … it needs to be much more pulled from the bottom up, by the dockers "
             "themselves and by nobody else …\n"
             "I began to see that the committee would not give up its power very easily, not without the whole quay "
             "behind us all the way.\n"
             "JR: and who are we talking about here … in particular? Institutionally …\n"
             "AR: The committee. The people at the top of the union, who never worked on the quay.\n"
             "JR: ok … and you ought to tell me a little bit about why the paper. I have to tell you as someone who has "
             "stood at the gate that the sellers are everywhere …\n"
             "AR: well that’s because we are rooted in building these movements … we don’t just come in and put our "
             "stalls up and go away again when the strike is over …\n")
    conversion = convert_text(turns, "interview.txt")
    assert [p[:4] for p in xpath(conversion, "//tei:body//tei:p/text()")] == ["JR: ", "AR: ", "I be", "JR: ", "AR: ", "JR: ", "AR: "]


def test_a_quotation_closed_by_a_spaced_hyphen_and_a_name_opens_the_text_as_its_epigraph() -> None:
    page = ("DOCKERS OF THE HARBOUR STAND UP\n\n\n"
            "The strong appear strong because we are on \n\nour knees: Let us stand! - Ann Roe\n\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    conversion = convert_text(page, "harbour.txt")
    assert xpath(conversion, "//tei:body/tei:epigraph/tei:p/text()") == ["The strong appear strong because we are on our knees: Let us stand!"]
    assert xpath(conversion, "//tei:body/tei:epigraph/tei:bibl/text()") == ["- Ann Roe"]
    # a hyphen set apart before words in capitals joins a clause: no epigraph
    shouted = convert_text(page.replace("Ann Roe", "THE DOCKERS WIN"), "harbour.txt")
    assert xpath(shouted, "//tei:body/tei:epigraph") == []


def test_a_reposts_link_instruction_is_chrome_and_its_publication_sentence_a_header_field() -> None:
    page = ("Click on the headline to link to the Harbour Archive website for the article listed below:\n"
            "How the Harbour Union Was Born\nby Ann Roe\n"
            "This article was first published in the May 1931 issue of Harbour Review.\n"
            "[Ann Roe (1900-1980) was a docker in Leith, and a leader of the harbour union through the strikes of the thirties. "
            "She wrote for the union's paper for forty years, and her memoirs of the quay were printed after her death.]\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter.\n"
            "To download the above file please click on the following link: HARBOUR REVIEW\n")  # the link itself: kept
    conversion = convert_text(page, "harbour.txt")
    assert xpath(conversion, "//tei:titleStmt/tei:title/text()") == ["How the Harbour Union Was Born"]
    assert xpath(conversion, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Ann Roe"]
    assert xpath(conversion, "string(//tei:sourceDesc/tei:bibl[@type='firstPublished'])") == "the May 1931 issue of Harbour Review"
    assert [p[:12] for p in xpath(conversion, "//tei:body//tei:p/text()")] == ["[Ann Roe (19", "The harbour ", "To download "]
    assert xpath(conversion, "//tei:body//tei:head") == []


def test_unwrapped_clauses_closed_by_semicolons_are_one_paragraph_and_a_separator_stands_apart_from_the_heading() -> None:
    clause = ("Considering that the harbour workers of every port have the same interest in the outcome of the strike, "
              "whatever their trade;")  # (two whole lines of 120 characters or more: not one line wrapped)
    last = clause.replace("the same", "one").replace(";", ":")  # (the colon closes the clauses over the decision)
    page = (f"The Congress:\n{clause}\n{last}\n"
            "The Congress decides that all sections will call the harbour workers out on the first day of the strike, "
            "and that the strike will go on until the employers give way on every point in dispute.\n* * *\n"
            "THE SECOND RESOLUTION (1896)\n"
            "Below is the minority report of the commission, put forward by the delegates of the harbour unions, "
            "which the congress did not adopt, though it was argued for at length by several speakers.\n")
    conversion = convert_text(page, "resolutions.txt")
    paragraphs = [text(p) for p in xpath(conversion, "//tei:body//tei:p")]
    assert paragraphs[1] == f"{clause} {last}"
    assert paragraphs[2].startswith("The Congress decides")
    assert [text(head) for head in xpath(conversion, "//tei:head")] == ["THE SECOND RESOLUTION (1896)"]
    assert len(xpath(conversion, "//tei:body/tei:milestone")) == 1


def test_a_procedural_line_closed_by_a_dash_leads_into_its_motion_and_heads_nothing() -> None:
    motion = ("That leave of absence for one month be given to the honorable member for the harbour, on account of his illness "
              "and of his absence from the country.")  # (lines of 120 characters or more: one paragraph a line)
    page = ("The Harbour Debates\nThe Speaker took the chair at half past two in the afternoon, and read prayers, the house "
            "being full for the debate on the address.\n"
            f"Motion (by Mr. Roe), by leave; agreed to -\n{motion}\n"
            f"Debate resumed from the last sitting, on motion by Mr. Lee :-\n{motion.replace('leave', 'a recess')}\n"
            "Mr. Lee said that the member had been ill for some weeks, and that the house would wish him well, whatever its "
            "members thought of his politics.\n"
            "The motion was put and agreed to without a division, and the house went on to the orders of the day, the address "
            "in reply coming first.\n")
    conversion = convert_text(page, "debates.txt")
    assert not xpath(conversion, "//tei:body//tei:head")
    assert [text(p) for p in xpath(conversion, "//tei:body//tei:p")][1:3] == ["Motion (by Mr. Roe), by leave; agreed to -", motion]


def test_lines_closed_by_a_tables_bar_are_text_not_a_sites_name() -> None:
    table = ("HARBOUR TALKS\nCONTENTS\nForeword |\n3 |\nI.—The Quays |\n7 |\nII.—The Ships |\n12 |\n"
             "The quays were built in the first years of the century, when the trade of the port grew faster than anyone had "
             "foreseen, and the men who built them were paid by the day, and paid badly, as the records of the harbour board show.\n"
             "Table I |\n1920 |\n1921 |\n")
    conversion = convert_text(table, "talks.txt")
    assert conversion.report.profile != "web"  # cells at the foot are no site's chrome
    assert not [e for e in conversion.report.removed if e.reason == "site name"]
    assert "I.—The Quays |" in text(conversion.tree.getroot())


def test_a_signature_parted_from_its_dateline_in_a_text_set_a_paragraph_a_line_still_signs_and_dates_it() -> None:
    paragraph = "The enlightenment the workers need is coming to them from their own organisations, and much quicker than anyone thinks."
    text = (f"A Foreword\n\n'{paragraph}\n\n{paragraph}\n\n"
            "Thomas Roe,\nDockers' Agent, Harbour Town, Mon.\n3rd June, 1920.'\n")
    conversion = convert_text(text, "foreword.txt")
    assert xpath(conversion, "//tei:closer/tei:signed/text()") == ["Thomas Roe,", "Dockers' Agent, Harbour Town, Mon."]
    assert xpath(conversion, "string(//tei:closer/tei:dateline)") == "3rd June, 1920.'"
    assert xpath(conversion, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Thomas Roe"]
    assert xpath(conversion, "//tei:creation/tei:date/@when") == ["1920-06-03"]
    # a year alone under a name is a title page's, no signature's date: the name stays as it was read, under its label
    text = f"A Thesis\n\n{paragraph}\n\nCopyright by\n\nThomas Roe\n\n2011\n\nAbstract\n\n{paragraph}\n"
    assert xpath(convert_text(text, "thesis.txt"), "//tei:head[@type = 'sub']/text()") == ["Thomas Roe"]


def test_readers_comments_signed_with_the_day_and_hour_are_closers_each_closing_its_comment() -> None:
    text = ("Why the dockers won\n\nThe strike was won by the women who kept the kitchens going.\n\n"
            "Comment by Ann Roe — November 8, 2017 @ 2:15 pm\n\nSo that's why the union grew!\n\n"
            "Posted by tomward at 10:15 PM\n\nIt was the kitchens, and the songs.\n\nReply by Bea Lee on 9 November 2017 at 14:15\n")
    conversion = convert_text(text, "comments.txt")
    assert xpath(conversion, "//tei:body/tei:div/tei:closer/tei:signed/text()") == [
        "Comment by Ann Roe — November 8, 2017 @ 2:15 pm", "Posted by tomward at 10:15 PM", "Reply by Bea Lee on 9 November 2017 at 14:15"]
    assert [len(div) for div in xpath(conversion, "//tei:body/tei:div")] == [2, 2, 2]
    assert not xpath(conversion, "//tei:body//tei:head") and not xpath(conversion, "//tei:titleStmt/tei:author")


def test_a_name_after_a_double_dash_under_a_preface_signs_it() -> None:
    text = ("PREFACE\n\nThe poems in this volume were written in the harbour town over many years of quiet work.\n\n"
            "            ---Thomas Wentworth Roe\n\n\nCHAPTER I\n\nThe harbour was quiet when the strike began.\n")
    root = convert_text(text, "poems.txt").tree.getroot()
    assert root.xpath("//tei:closer/tei:signed/text()", namespaces=NSMAP) == ["---Thomas Wentworth Roe"]


def test_the_hearers_response_set_alone_in_brackets_is_a_direction_not_a_paragraph() -> None:
    speech = convert_text("The Harbour Speech\n\nThank you all for coming out today to stand with the dockers of this city.\n\n"
                          "[Applause]\n\nThe owners have never been richer. (Laughter.)\n\n(Loud and prolonged cheers.)\n\n"
                          "(The rest of this speech was not reported.)\n\nSo we say: enough is enough.\n", "speech.txt")
    assert xpath(speech, "//tei:body/tei:stage/text()") == ["[Applause]", "(Loud and prolonged cheers.)"]
    assert [p[:8] for p in xpath(speech, "//tei:body/tei:p/text()")] == [
        "Thank yo", "The owne", "(The res", "So we sa"]  # a response in the sentence stays in it; an editor's bracket is text


def test_how_a_speech_is_said_between_the_speakers_name_and_its_stop_is_a_direction_in_the_speech() -> None:
    play = convert_text("THE HARBOUR\n\nACT I\n\nANN (at the window). The boats are coming in at last.\n\n"
                        "BOB (without looking up). Let them come.\n\nANN. You always say that.\n\n"
                        "BOB (rising, angrily). Because it is always true!\n", "play.txt")
    assert xpath(play, "//tei:sp/tei:speaker/text()") == ["ANN", "BOB", "ANN.", "BOB"]
    assert xpath(play, "//tei:sp/tei:stage/text()") == ["(at the window).", "(without looking up).", "(rising, angrily)."]
    assert xpath(play, "//tei:sp/tei:p/text()") == [
        "The boats are coming in at last.", "Let them come.", "You always say that.", "Because it is always true!"]
    # (the direction between the speaker and the speech is valid in the project's schema, as in TEI's)
    problems = validate_tree(play.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",))
    assert [problem.message for problem in problems if "creation date" not in problem.message] == []


def test_speakers_named_in_mixed_case_with_two_words_open_their_speeches() -> None:
    play = convert_text("THE HARBOUR\n\nACT I\n\nMrs. Roe. You see, if you come an hour late, you have cold meat.\n\n"
                        "Peter Roe. Good evening, Katherine.\n\nBilling. Very likely.\n\nMrs. Roe (smiling). Now you mustn't think "
                        "that.\n\nPeter Roe. I would never think that of you.\n\nBilling. Quite so.\n", "play.txt")
    assert xpath(play, "//tei:sp/tei:speaker/text()") == ["Mrs. Roe.", "Peter Roe.", "Billing.", "Mrs. Roe", "Peter Roe.", "Billing."]
    assert xpath(play, "//tei:sp/tei:p/text()")[:2] == ["You see, if you come an hour late, you have cold meat.", "Good evening, Katherine."]


def test_a_letter_signed_for_a_body_under_its_close_names_the_signer_and_a_place_and_day_with_no_comma_date_it() -> None:
    body = "The committee has met and decided that the strike must go on until the owners give way on every demand.\n\n"
    letter = convert_text(f"Dear Comrades,\n\n{body}Fraternally,\n\nFor the Executive Committee\n\nA. Roe\n", "letter.txt")
    assert xpath(letter, "//tei:closer/*/text()") == ["Fraternally,", "For the Executive Committee", "A. Roe"]
    assert xpath(letter, "//tei:titleStmt/tei:author//text()") == ["A. Roe"]
    italian = convert_text(f"Rossi alla delegazione di Mosca\n\nRoma 5 agosto 1922\n\nCari compagni,\n\n{body}"
                           "Saluti comunisti.\n\np. il Comitato Esecutivo\n\nA. Rossi\n", "lettera.txt")
    assert xpath(italian, "//tei:titleStmt/tei:title/text()") == ["Rossi alla delegazione di Mosca"]
    assert xpath(italian, "//tei:creation/tei:date/@when") == ["1922-08-05"]
    assert xpath(italian, "//tei:closer/*/text()") == ["Saluti comunisti.", "p. il Comitato Esecutivo", "A. Rossi"]
