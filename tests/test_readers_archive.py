"""Archive pages in their variations: separators, lettered and starred notes, section signs, joint authors."""

from __future__ import annotations

import textwrap

import pytest

from conftest import REPO, TeiAll

from tei_tools.readers import patterns as pt
from tei_tools.readers.plaintext import Conversion, convert_text
from tei_tools.readers.preamble import PHOTO_CAPTION
from tei_tools.tei import NSMAP
from tei_tools.validation import validate_tree

JOINT = """\
Karl Marx and Frederick Engels, March 1850

Address of the Central Committee to the League

Source: Marx & Engels Collected Works, Volume 10, p. 277;

§ 1

The relation of the workers' party to the democrats is this.[note]

§ 2

Their battle-cry must be: The Revolution in Permanence.

[note] The leaflet was printed later that year.
"""
LETTERED = """\
Rosa Luxemburg

The Russian Revolution

Written: 1918
Translated: Bertram Wolfe

a) The Outbreak

The Russian Revolution is the mightiest event of the World War.[A]

* * *

The Bolsheviks solved the problem of winning a majority.[B]

b) Freedom

Freedom only for the supporters of the government is no freedom at all.*

[A] Written in prison at Breslau.

[B] In the margin of the manuscript.
"""
STARRED = """\
Leon Trotsky

The Program

Written: April 4-5, 1938

The chief obstacle is the opportunist character of the leadership.*

N. Trotsky

* The Third International followed the path of the Second.
"""

# A page copied from a browser: a field's value broken over lines, one paragraph a line (one broken mid-sentence), no title, a P.S.
UNWRAPPED = """\
Written: Written May 18 (31), 1917
Source:
Collected Works,
Volume 24,
page 443a.
Translated: Ann Other
Public Domain:
Internet Archive (2005).
You may freely copy this work.
• README
Dear Comrade,
Please send me at once every issue of the paper that has come out since the first of the month, and all the others too.[1]
I have seen nothing!!!
Ask the printers to send them to me by book-post every day, wrapped up in a couple of quiet papers
of no particular trend,
and keep the receipts.
Yours,
Lenin
P.S. A slight misunderstanding: you have not given the secretary your address for the correspondence we need.
[1] The paper was closed down after sixteen numbers had appeared, and the workers answered with a strike.
| | | | | |
"""
# Notes numbered "1. ..." at the foot of a page, without a head; a letter closed by "Your" over initials.
WIKI_LETTER = """\
Letter to a Friend, August 13, 1866

MARX TO ENGELS

Dear Fred,

The post-office was closed on Saturday.[1] I shall send the money on Monday, with the books.[2]

Salut.

Your

K. M.

  1. 11 August
  2. Three volumes
"""

# A letter in a correspondence: the collection, a heading naming writer and addressee, a dateline for the date.
CORRESPONDENCE = """\
Letters of the Year 1880

SMITH TO JONES
IN LEEDS

Source: Collected Letters, Volume 2, p. 14;
Translated and Edited: by Ann Other.

12 High Street, York, May 3, 1880.

Dear Jones,

The parcel came today, with the books and the maps.

Yours,
W. Smith
"""
# A mirror's page: the page title, the letter's heading under it in the text, a numbered letter.
MIRRORED = """\
Letter to Thomas Jones, May 3, 1880


SMITH TO THOMAS JONES

IN LEEDS

York, 3 May 1880

Dear Jones,

The parcel came today, with the books and the maps.
"""
NUMBERED_LETTER = """\
W. Smith

12

To:   THOMAS JONES

Source: Collected Letters, Volume 2, p. 14.

9/V.1880

Dear Jones:

The parcel came today, with the books and the maps.
"""

# A letter dated by day and roman month, a salutation by name, a short question, a signature whose
# initial reads as a roman number with the signer's office under it, a last paragraph after it.
SIGNED_WITH_OFFICE = """\
W. Smith

To the Printers

Source: Collected Letters, Volume 2, p. 14.

20/XII.

Thomas Jones:

The parcel came today, with the books and the maps; the maps are torn.

What about the Invoices?

Please reply at once, and send the invoices with the next parcel.

Yours,

V. Smith (Black)
Chairman, Board of Printers

I have kept the torn maps for you.
"""

# A correspondence page: the collection, then "Writer to Addressee, date"; "Dear X" without a comma.
DATED_HEADING = """\
Smith-Jones Correspondence 1880

William Smith to Thomas Jones, 3 May 1880

Source: Collected Letters, Volume 2, p. 14.

Dear Jones

The parcel came today, with the books and the maps.

Yours

W Smith
"""
# A telegram: the addressee's line over the text, a name alone signing it.
TELEGRAM = """\
W. Smith

TELEGRAM TO THOMAS JONES

Written: May 3, 1880

Jones, Grand Hotel, Leeds

Parcel received today, books and maps complete. Send the invoices by return.

Smith
"""
# A letter copied from a wiki: no blank lines, one paragraph a line, notes as back-links "- ↑" without a label.
BACKLINKED = """\
BROWN TO ALICE GREEN
Dear Alice,
Many thanks for the seeds,[1] which arrived in good order after a long journey across the sea and two weeks in a damp shed at the port.
Your cousin[2] writes that the harvest was poor.[3] I am sorry to hear it.
Yours
T.B.
- ↑ Marigold and sweet pea
- ↑ Mary Green
↑ The summer of that year was the wettest on record in the north of the country.
"""
# The same layout with the addressee's town under the heading and a dateline over the salutation.
BACKLINKED_DATED = """\
BROWN TO ALICE GREEN
IN YORK
Leeds, 4 March 1890
Dear Alice,
Many thanks for the seeds, which arrived in good order after a long journey across the sea and two weeks in a damp shed.
Yours
T.B.
"""
# A telegram to two bodies in two towns, copied without blank lines; "N.U.R." closes no sentence.
TELEGRAM_TWO_ADDRESSES = """\
W. Smith

TELEGRAM ON THE RAILWAY STRIKE

Written: May 3, 1880

District Committee of the N.U.R.
Strike Committee
Leeds
District Committee of the N.U.R.
Strike Committee
York
Hold the line until Monday. Report every evening by wire what the men decide, and keep the depots open to the relief trains that carry the food for the families.
Smith
"""
# A speech with a note in braces, dated under its signature; the note marker is glued to the date.
BRACED = """\
A. Ward

Notes for an Address to the Gardeners

The society was founded by the gardeners themselves.{1}

Long live the society!

A. Ward

June 12, 1921{2}


{1} In the margin: "and their wives".

{2} The date and the signature are in another hand.
"""
# A letter whose notes are numbered at its foot without a "Notes" heading; a marker after a space and one in the signature.
FOOT_NUMBERED = """\
Ann Brown

A Letter on the Garden

Source: Letters of Ann Brown, London 1930.

The garden was sold at a great auction, [1] with the house and the orchard.

Nobody came from the village to bid.

ANN [2]


1. Sale – the editor.

2. Signed with her first name only – the editor.
"""
# An article whose date is given as a "Date:" field.
DATE_FIELD = """\
J.B. Smith

The Mills of the North

Date: 1928
Publisher: The Weavers' Press, Leeds

The mills of the north were built along the rivers.
"""

# A speech page: an empty Notes heading and a link bar with abbreviations at its foot.
EMPTY_NOTES = """\
V. I. Lenin

Speech to the Gardeners

Written: May 3, 1918

The gardeners of the city met in the old hall and heard the speech.


Notes


Works Index   |   Volume 42 | Collected Works   |   L.I.A. Index
"""


def xpath(conversion: Conversion, path: str) -> list:
    return conversion.tree.getroot().xpath(path, namespaces=NSMAP)


def title(conversion: Conversion) -> list[str]:
    """The main title the header gives."""
    return xpath(conversion, "//tei:titleStmt/tei:title[@type='main']/text()")


def authors(conversion: Conversion) -> list[str]:
    """The authors the header names."""
    return xpath(conversion, "//tei:titleStmt/tei:author/*/text()")


def test_joint_authors_dated_on_their_line_section_signs_and_note_words() -> None:
    joint = convert_text(JOINT, "address.txt")
    assert joint.report.profile == "archive"
    assert authors(joint) == ["Karl Marx", "Frederick Engels"]
    assert xpath(joint, "//tei:creation/tei:date/@when") == ["1850-03"]
    assert xpath(joint, "//tei:body/tei:div/@n") == ["1", "2"]
    assert xpath(joint, "//tei:ref/@target") == ["#note-note"] and xpath(joint, "//tei:note/@n") == ["note"]


def test_lettered_sections_separators_and_lettered_notes() -> None:
    lettered = convert_text(LETTERED, "revolution.txt")
    assert xpath(lettered, "//tei:body/tei:div/@n") == ["a", "b"]
    assert len(xpath(lettered, "//tei:div[@n='a']/tei:milestone[@unit='section']")) == 1
    assert xpath(lettered, "//tei:note/@n") == ["A", "B"]
    assert xpath(lettered, "//tei:ref/@target") == ["#note-A", "#note-B"]
    assert any("*" in p for p in xpath(lettered, "//tei:div[@n='b']/tei:p/text()"))  # an asterisk without a note stays


def test_starred_notes_day_ranges_and_a_signature_after_an_initial() -> None:
    starred = convert_text(STARRED, "program.txt")
    assert xpath(starred, "//tei:creation/tei:date/@from") == ["1938-04-04"]
    assert xpath(starred, "//tei:note/@n") == ["*"] and xpath(starred, "//tei:ref/@target") == ["#note-star"]
    assert xpath(starred, "//tei:closer/tei:signed/text()") == ["N. Trotsky"]


def test_archive_variations_are_valid(tei_all: TeiAll) -> None:
    for name, text in (("a.txt", JOINT), ("b.txt", LETTERED), ("c.txt", STARRED), ("d.txt", UNWRAPPED), ("e.txt", WIKI_LETTER)):
        assert tei_all(convert_text(text, name).tree) == [], name


def test_a_page_copied_from_a_browser() -> None:
    page = convert_text(UNWRAPPED, "note-to-the-printers.txt")
    assert xpath(page, "//tei:titleStmt/tei:title/text()") == ["Note to the printers"]  # no title: the file name
    assert xpath(page, "//tei:creation/tei:date/@when") == ["1917-05-31"]
    assert xpath(page, "//tei:bibl[@type='source']/tei:biblScope[@unit='page']/@from") == ["443a"]
    assert "".join(xpath(page, "//tei:bibl[@type='source']//text()")) == "Collected Works, Volume 24, page 443a"
    assert xpath(page, "//tei:availability/tei:licence/text()") == [
        "Public Domain: Internet Archive (2005). You may freely copy this work."]
    paragraphs = ["".join(p.itertext())[:11] for p in xpath(page, "//tei:body//tei:p[not(parent::tei:postscript)]")]
    assert paragraphs == ["Please send", "I have seen", "Ask the pri"]
    assert " ".join("".join(xpath(page, "//tei:body//tei:p")[2].itertext()).split()).endswith("trend, and keep the receipts.")
    assert xpath(page, "//tei:opener/tei:salute/text()") == ["Dear Comrade,"]
    assert xpath(page, "//tei:closer/tei:signed/text()") == ["Lenin"]
    assert xpath(page, "//tei:postscript/tei:p/text()")[0].startswith("P.S. A slight")
    assert xpath(page, "//tei:note/@n") == ["1"]
    assert {e.text for e in page.report.removed} >= {"• README", "| | | | | |"}
    # the repository's project schema (the installed package may point at another checkout's copy)
    assert validate_tree(page.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []  # a postscript may follow the closer


def test_notes_numbered_at_the_foot_and_a_closing_your() -> None:
    letter = convert_text(WIKI_LETTER, "fred.txt")
    assert xpath(letter, "//tei:note/@n") == ["1", "2"]
    assert xpath(letter, "//tei:ref/@target") == ["#note-1", "#note-2"]
    assert xpath(letter, "//tei:closer/tei:salute/text()") == ["Salut.", "Your"]
    assert xpath(letter, "//tei:closer/tei:signed/text()") == ["K. M."]


def test_a_letter_heading_names_author_and_title_and_the_dateline_dates_it() -> None:
    letter = convert_text(CORRESPONDENCE, "letter.txt")
    assert title(letter) == ["SMITH TO JONES IN LEEDS"]
    assert authors(letter) == ["Smith"]
    assert xpath(letter, "//tei:notesStmt/tei:note/text()") == ["Letters of the Year 1880"]  # the collection is no title
    assert xpath(letter, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Ann Other"]
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1880-05-03"]
    assert xpath(letter, "//tei:opener/tei:dateline/tei:placeName/text()") == ["12 High Street, York"]


def test_a_letter_heading_under_the_page_title_heads_the_letter() -> None:
    letter = convert_text(MIRRORED, "letter.txt")
    assert authors(letter) == ["Smith"]
    assert xpath(letter, "//tei:body/tei:div/tei:head/text()") == ["SMITH TO THOMAS JONES", "IN LEEDS"]
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1880-05-03"]
    assert xpath(letter, "//tei:closer") == []


def test_a_letter_number_is_no_title() -> None:
    letter = convert_text(NUMBERED_LETTER, "letter.txt")
    assert title(letter) == ["To:   THOMAS JONES"]
    assert authors(letter) == ["W. Smith"]
    assert xpath(letter, "//tei:notesStmt/tei:note/text()") == ["12"]
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1880-05-09"]


def test_letters_are_valid(tei_all: TeiAll) -> None:
    for text in (CORRESPONDENCE, MIRRORED, NUMBERED_LETTER):
        assert tei_all(convert_text(text, "letter.txt").tree) == []


def test_a_letter_dated_by_roman_month_signed_by_initial_with_office_and_unlabelled_postscript(tei_all: TeiAll) -> None:
    letter = convert_text(SIGNED_WITH_OFFICE, "letter.txt")
    assert xpath(letter, "//tei:opener/tei:dateline/text()") == ["20/XII."]
    assert xpath(letter, "//tei:opener/tei:salute/text()") == ["Thomas Jones:"]
    assert xpath(letter, "//tei:body//tei:head") == []  # the short question is a paragraph of the letter
    assert [p.text[:9] for p in xpath(letter, "//tei:body//tei:p[not(parent::tei:postscript)]")] == ["The parce", "What abou", "Please re"]
    assert xpath(letter, "//tei:closer/tei:salute/text()") == ["Yours,"]
    assert xpath(letter, "//tei:closer/tei:signed/text()") == ["V. Smith (Black)", "Chairman, Board of Printers"]
    assert xpath(letter, "//tei:postscript/tei:p/text()") == ["I have kept the torn maps for you."]
    assert tei_all(letter.tree) == []


def test_datelines_in_french_and_german_and_with_a_note_marker() -> None:
    assert pt.parse_dateline("[London,] 13 août[1] 1866")[1].when == "1866-08-13"  # type: ignore[index]
    assert pt.parse_dateline("London, 5. Dezember 1890")[1].when == "1890-12-05"  # type: ignore[index]
    assert pt.parse_dateline("Paris, 12 mars 1871") is not None


def test_a_dated_letter_heading_under_a_collection_gives_title_author_and_date(tei_all: TeiAll) -> None:
    letter = convert_text(DATED_HEADING, "letter.txt")
    assert xpath(letter, "string(//tei:titleStmt/tei:title[@type='main'])") == "William Smith to Thomas Jones, 3 May 1880"
    assert authors(letter) == ["William Smith"]
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1880-05-03"]
    assert xpath(letter, "//tei:opener/tei:salute/text()") == ["Dear Jones"]
    assert xpath(letter, "//tei:closer/tei:salute/text()") == ["Yours"]
    assert xpath(letter, "//tei:closer/tei:signed/text()") == ["W Smith"]
    assert tei_all(letter.tree) == []


def test_a_telegram_has_its_address_in_the_opener_and_a_name_alone_signs_it(tei_all: TeiAll) -> None:
    telegram = convert_text(TELEGRAM, "telegram.txt")
    assert xpath(telegram, "//tei:opener/tei:address/tei:addrLine/text()") == ["Jones, Grand Hotel, Leeds"]
    assert xpath(telegram, "//tei:body//tei:head") == []
    assert xpath(telegram, "//tei:closer/tei:signed/text()") == ["Smith"]
    assert tei_all(telegram.tree) == []
    assert validate_tree(telegram.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []


def test_a_telegram_to_two_addressees_has_them_all_in_its_opener(tei_all: TeiAll) -> None:
    telegram = convert_text(TELEGRAM_TWO_ADDRESSES, "telegram.txt")
    assert len(xpath(telegram, "//tei:opener/tei:address/tei:addrLine")) == 6
    assert xpath(telegram, "//tei:body//tei:head") == []
    assert [p[:10] for p in xpath(telegram, "//tei:body//tei:p/text()")] == ["Hold the l"]
    assert tei_all(telegram.tree) == []


def test_a_letter_without_blank_lines_heading_town_dateline_and_salutation() -> None:
    letter = convert_text(BACKLINKED_DATED, "brown.txt")
    assert xpath(letter, "//tei:titleStmt/tei:title/text()") == ["BROWN TO ALICE GREEN IN YORK"]
    assert xpath(letter, "//tei:titleStmt/tei:author//text()") == ["Brown"]
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1890-03-04"]
    assert xpath(letter, "//tei:opener/tei:salute/text()") == ["Dear Alice,"]
    assert xpath(letter, "//tei:opener/tei:dateline/tei:placeName/text()") == ["Leeds"]


def test_a_party_of_a_country_on_the_author_line_is_the_author() -> None:
    page = convert_text("Dockers' Party of Upper Portland\n\nDraft Programme of the D.P.U.P. to the Congress\n\n"
                        "Source: The Harbour Review, June 1924, Vol. 5, No. 2.\nTranscription/Markup: Ann Example\n\n"
                        + LONG_LINE + "\n", "programme.txt")
    assert authors(page) == ["Dockers' Party of Upper Portland"]
    assert title(page) == ["Draft Programme of the D.P.U.P. to the Congress"]


def test_a_letter_under_the_fields_without_a_title_opens_with_its_dateline_address_and_salutation() -> None:
    letter = convert_text("Source: A document in the Harbour Archive, f. 51, op. 1.\nTranscription: Ann Example\n"
                          "US, Portside, Pa. Aug l9, 1919\nJohn Roe & Carl Doe\nNew York, NY\nDear Comrades:—\n"
                          "Your letter is at hand, and I read it through.\n" + LONG_LINE + "\n", "letter.txt")
    assert authors(letter) == []  # the dateline's place names no writers
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1919-08-19"]
    assert xpath(letter, "//tei:opener/tei:dateline/tei:placeName/text()") == ["US, Portside, Pa."]
    assert xpath(letter, "//tei:opener/tei:address/tei:addrLine/text()") == ["John Roe & Carl Doe", "New York, NY"]
    assert xpath(letter, "//tei:opener/tei:salute/text()") == ["Dear Comrades:—"]
    assert xpath(letter, "//tei:body//tei:head") == []


def test_a_blogs_posted_by_line_names_the_author_over_a_title_with_a_colon() -> None:
    page = ("jump to navigation\n\nHarbour Archive: Manifesto of the Dockers’ Party\n\n"
            "Posted by HarbourWatcher in Harbour Archive, Dockers' Party [1949 - ].\n\n"
            "This is an important document, donated to the Archive by the party, for which many thanks to all of them.\n")
    conversion = convert_text(page, "manifesto.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Harbour Archive: Manifesto of the Dockers’ Party"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["HarbourWatcher"]
    assert len(root.findall(".//tei:body/tei:p", NSMAP)) == 1
    assert (5, "Posted by … in Harbour Archive, Dockers' Party [1949 - ].") in {(e.line, e.text) for e in conversion.report.removed}


def test_a_blogs_dated_posted_by_line_names_the_author_and_dates_the_page() -> None:
    """"Posted January 11, 2013 by X": the poster (a group's name too) is the author and the post date the page's
    date, a bound (among an archive page's header lines, and under a prose title)."""
    text = "The dockers' strike remembered, a hundred years on, by those who still work on the harbour every day.\n"
    for page in ("Why we will mark the harbour strike\n\nPosted January 11, 2013 by Harbour History Archive\n"
                 "Categories: Uncategorized\n\n\n" + text,
                 "Why We Will Mark the Harbour Strike\n\nPosted on January 11, 2013 by Ann Roe\n\n" + text):
        conversion = convert_text(page, "strike.txt")
        root = conversion.tree.getroot()
        assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) in (
            ["Harbour History Archive"], ["Ann Roe"])
        assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2013-01-11"]
        assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
        assert [e.text for e in conversion.report.removed if e.line == 3] in (["Posted … by"], ["Posted on … by"])


def test_readers_comments_under_a_post_are_removed_from_their_count_to_the_comment_form() -> None:
    """"1 Response to <title>" over a commenter's line ("1. Ann Roe says:") opens the readers' comments: removed and
    reported down to the comment form; a count with no commenter under it removes only itself."""
    post = ("The harbour strike\n\nA hundred years ago the dockers of the harbour stopped work against the owners.\n\n"
            "1 Response to The harbour strike\n\n  1. Bob Doe says:\n\n    Hi There,\n\n    I was there as a boy.\n\n"
            "Leave a Reply\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.\n")
    conversion = convert_text(post, "strike.txt")
    root = conversion.tree.getroot()
    assert [" ".join(p.itertext()) for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == [
        "A hundred years ago the dockers of the harbour stopped work against the owners."]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    removed = {e.text: e.reason for e in conversion.report.removed}
    assert removed["I was there as a boy."] == removed["1 Response to The harbour strike"] == "readers' comments"
    assert removed["Leave a Reply"] == "comment form"
    counted = convert_text(post.replace("  1. Bob Doe says:", "The owners gave way in May."), "strike.txt")
    assert "The owners gave way in May." in "".join(counted.tree.getroot().find(".//tei:body", NSMAP).itertext())


def test_a_wiki_pages_title_stands_over_its_tagline_and_a_caption_under_the_chrome_is_no_title() -> None:
    page = ("Ann Roe\n\nFrom Harbourpedia\nJump to: navigation, search\n\nAnn Roe, 1882–1944\n\nFormative Years\n\n"
            "Ann Roe was born in Portside, a district in the east of the town, which was still a village at that time.\n")
    root = convert_text(page, "roe.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert not root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)  # the page is about her
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Ann Roe, 1882–1944"]
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["Formative Years"]


def test_a_wiki_subpages_name_gives_way_to_the_works_title_under_the_chrome() -> None:
    page = ("Forty Days' Harbour Work/Main\n\nFrom Harbourpedia\nJump to navigation Jump to search\n\n"
            "Forty Days’ Harbour Work.\n\n"
            "To work on the quays and to be silent were one and the same thing, as I learned on my first night there.\n")
    root = convert_text(page, "forty.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Forty Days’ Harbour Work."]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Forty Days' Harbour Work/Main"]
    assert [p.text[:8] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["To work "]


def test_wiki_back_link_notes_are_numbered_in_order() -> None:
    letter = convert_text(BACKLINKED, "brown.txt")
    assert xpath(letter, "//tei:back//tei:note/@n") == ["1", "2", "3"]
    assert xpath(letter, "//tei:back//tei:note/@target") == ["#noteref-1", "#noteref-2", "#noteref-3"]
    assert xpath(letter, "//tei:back//tei:note[1]/tei:p/text()") == ["Marigold and sweet pea"]
    assert not [p for p in xpath(letter, "//tei:body//tei:p/text()") if "↑" in p]


def test_notes_in_braces_and_a_dateline_under_the_signature_dates_the_text() -> None:
    speech = convert_text(BRACED, "ward.txt")
    assert xpath(speech, "//tei:back//tei:note/@n") == ["1", "2"]
    assert xpath(speech, "//tei:body//tei:ref/@target") == ["#note-1", "#note-2"]
    assert xpath(speech, "//tei:closer/tei:dateline/tei:date/@when") == ["1921-06-12"]
    assert xpath(speech, "//tei:closer/tei:dateline/tei:ref/@target") == ["#note-2"]  # the marker glued to the date
    assert xpath(speech, "//tei:creation/tei:date/@when") == ["1921-06-12"]
    assert xpath(speech, "//tei:body//tei:head") == []
    assert validate_tree(speech.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []


def test_numbered_notes_at_the_foot_without_a_heading() -> None:
    letter = convert_text(FOOT_NUMBERED, "brown.txt")
    assert xpath(letter, "//tei:back//tei:note/@n") == ["1", "2"]
    assert xpath(letter, "//tei:back//tei:note/@target") == ["#noteref-1", "#noteref-2"]
    assert not [p for p in xpath(letter, "//tei:body//tei:p/text()") if p.startswith(("1.", "2."))]
    # without the markers in the text, numbered paragraphs at the end stay paragraphs
    unmarked = convert_text(FOOT_NUMBERED.replace(" [1]", "").replace(" [2]", ""), "brown.txt")
    assert xpath(unmarked, "//tei:back") == []


def test_a_date_field_is_the_date_of_writing() -> None:
    article = convert_text(DATE_FIELD, "mills.txt")
    assert xpath(article, "//tei:creation/tei:date/@when") == ["1928"]
    assert xpath(article, "//tei:titleStmt/tei:title[@type='sub']") == []


def test_note_forms_and_stated_dates_are_valid(tei_all: TeiAll) -> None:
    for name, text in (("a.txt", BACKLINKED), ("b.txt", BRACED), ("c.txt", FOOT_NUMBERED), ("d.txt", DATE_FIELD)):
        assert tei_all(convert_text(text, name).tree) == [], name


def test_an_empty_notes_heading_and_a_link_bar_are_page_chrome() -> None:
    speech = convert_text(EMPTY_NOTES, "speech.txt")
    assert [p.text[:13] for p in xpath(speech, "//tei:body//tei:p")] == ["The gardeners"]
    assert xpath(speech, "//tei:body//tei:head") == []
    assert {e.text for e in speech.report.removed} >= {"Notes", "Works Index   |   Volume 42 | Collected Works   |   L.I.A. Index"}


def test_lines_over_the_author_and_title_are_no_title() -> None:
    # A newspaper's running head over the author, the title and its date.
    reprint = convert_text("Labour Weekly, 4 April 1939\nJohn Smith\n“The Enemy at Home”\n(May 1915)\n"
                           "From Labour Weekly, Vol. III No. 21, 4 April 1939, p. 3.\n" + LONG_LINE, "reprint.txt")
    assert title(reprint) == ["“The Enemy at Home”"]
    assert authors(reprint) == ["John Smith"]
    assert xpath(reprint, "//tei:creation/tei:date/@when") == ["1915-05"]
    assert "Labour Weekly, 4 April 1939" in [e.text for e in reprint.report.removed]
    # A journal's issue dated by its season over an author line with a note marker: no author and date.
    review = convert_text("Labour Quarterly, Spring 2002\n\nJohn Smith [1]\n\nThe Long Road\n\n"
                          "From Labour Quarterly 2:94, Spring 2002.\n\n" + LONG_LINE, "review.txt")
    assert title(review) == ["The Long Road"]
    assert authors(review) == ["John Smith"]
    assert xpath(review, "//tei:creation/tei:date/@notAfter") == ["2002"]
    # An author heading with life dates, share buttons, a title closed by a stop, a dateline over two lines.
    letter = convert_text("Mary Example (1872-1952)\nSHARE\nShare on facebook\nA Letter from the Coast.\n"
                          "The following letter has been received by the editor from our correspondent, in reply to a greeting:-\n"
                          "Leeds,\n13th Sept., 1920.\n" + LONG_LINE, "coast.txt")
    assert title(letter) == ["A Letter from the Coast."]
    assert authors(letter) == ["Mary Example"]
    assert xpath(letter, "//tei:notesStmt/tei:note/text()") == ["Mary Example (1872-1952)"]
    assert {"SHARE", "Share on facebook"} <= {e.text for e in letter.report.removed}
    assert "".join(xpath(letter, "//tei:body//tei:dateline")[0].itertext()) == "Leeds, 13th Sept., 1920."
    # A title over two lines, the second opening in lower case.
    speech = convert_text("John Smith\nOn The Position\nof the Party\nSource: Collected Speeches, 1958.\n" + LONG_LINE, "p.txt")
    assert title(speech) == ["On The Position of the Party"]


LONG_LINE = ("The meeting was opened by the chairman, who read the letters of greeting that had come from the branches "
             "in the north and asked the delegates to stand for a minute in memory of the comrades lost that year.\n")


def test_a_speech_dated_and_signed_in_a_field_sentence_and_a_wrapped_note_in_a_page_of_long_lines() -> None:
    report = convert_text(
        "MIA > Archive > John Smith\n"
        "Speech Delivered: In English by John Smith on May 27th, 1896, as part of a speaking tour.\n"
        "Source: The Kansas Agitator, July 10th, 1896.\n"
        "MIA Editor’s Note: This is a newspaper report of a political lecture delivered in English by John Smith\n"
        "in Edinburgh, Scotland, as one stop of an extended speaking tour. A longer report of the tour, which tries to capture\n"
        "Smith’s direct words, is available here.\n" + LONG_LINE, "report.txt")
    assert authors(report) == ["John Smith"]
    assert xpath(report, "//tei:creation/tei:date/@when") == ["1896-05-27"]
    paragraphs = [" ".join("".join(p.itertext()).split()) for p in xpath(report, "//tei:body//tei:p")]
    assert len(paragraphs) == 2 and paragraphs[0].endswith("Smith’s direct words, is available here.")


def test_the_author_from_the_breadcrumb_and_notes_labelled_with_a_stop() -> None:
    speech = convert_text(
        "MIA > Archive > John Smith > Voices of the Hall\n"
        "Written: As a speech, delivered in October, 1878.\n"
        "Source: Voices of the Hall, 1928.\n"
        "The law,[a] they say, is on their side; but the law was written by those who sit on this bench today and "
        "who will sit on it tomorrow, whatever the workers of the town may think of it.\n"
        "[a.] The Hall Law: a measure adopted in 1878 and repealed in 1890.\n", "speech.txt")
    assert authors(speech) == ["John Smith"]
    assert xpath(speech, "//tei:back//tei:note/@n") == ["a"]
    assert xpath(speech, "//tei:body//tei:ref/@target") == ["#note-a"]


def test_a_collection_and_its_author_by_one_name_and_a_date_from_the_source_only() -> None:
    excerpt = convert_text("Essays on Art - Plekhanov\n\nArt and Social Life\n\n"
                           "Source: Pamphlet, 1912, Workers’ Press, London.\n\n" + LONG_LINE, "art.txt")
    assert authors(excerpt) == ["Plekhanov"]
    assert title(excerpt) == ["Art and Social Life"]
    # Not stated when it was written: no later than its source was published.
    assert xpath(excerpt, "//tei:creation/tei:date/@notAfter") == ["1912"]
    assert xpath(excerpt, "//tei:creation/tei:date/@when") == []
    # A section's label after the dash is no author.
    section = convert_text("Reform or Revolution - Conclusion\n\nThe Last Word\n\nSource: Pamphlet, 1900.\n\n" + LONG_LINE, "c.txt")
    assert xpath(section, "//tei:titleStmt/tei:author") == []


def test_an_epigraph_set_apart_by_blank_lines_and_an_aside_in_brackets(tei_all: TeiAll) -> None:
    memoir = convert_text("John Smith\n\nMemories of a Friend\n\nSource: Pamphlet, 1912.\n\n"
                          "He was a man, take him for all in all,\n\nI shall not look upon his like again.\n\n"
                          "(Hamlet, Act I, Sc. 2)\n\n(Delivered at the graveside, October, 1878.)\n\n" + LONG_LINE, "memories.txt")
    assert xpath(memoir, "//tei:body/tei:epigraph/tei:lg/tei:l/text()") == [
        "He was a man, take him for all in all,", "I shall not look upon his like again."]
    assert xpath(memoir, "//tei:body/tei:epigraph/tei:bibl/text()") == ["(Hamlet, Act I, Sc. 2)"]
    assert xpath(memoir, "//tei:head") == []
    assert xpath(memoir, "//tei:body/tei:p[1]/text()") == ["(Delivered at the graveside, October, 1878.)"]
    assert tei_all(memoir.tree) == []
    # A quotation in prose, then its author and work (the comma glued to the title, as web copies of italics have it).
    review = convert_text("John Smith\n\nThe Historian\n\nSource: Review, 1945.\n\n" + LONG_LINE +
                          "Mary Example,The Writing of History.\n\n" + LONG_LINE, "historian.txt")
    assert xpath(review, "//tei:body/tei:epigraph/tei:p/text()") == [LONG_LINE.strip()]
    assert xpath(review, "//tei:body/tei:epigraph/tei:bibl/text()") == ["Mary Example,The Writing of History."]
    assert len(xpath(review, "//tei:body/tei:p")) == 1
    assert tei_all(review.tree) == []
    assert validate_tree(review.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []
    # Under a heading of one line, an aside in brackets is the heading's second line.
    glossary = convert_text("John Smith\n\nWords\n\nSource: Pamphlet, 1912.\n\nETYMOLOGY.\n\n"
                            "(Supplied by a Late Usher to a Grammar School.)\n\n" + LONG_LINE, "words.txt")
    assert xpath(glossary, "//tei:body//tei:head/text()") == ["ETYMOLOGY.", "(Supplied by a Late Usher to a Grammar School.)"]


def test_a_signature_dated_on_its_line_closes_the_division() -> None:
    preface = convert_text("John Smith\n\nThe House\n\nSource: Pamphlet, 1908.\n\nPREFACE\n\n" + LONG_LINE +
                           "\nJOHN SMITH December 17, 1907\n\nI. THE FINDING\n\n" + LONG_LINE, "house.txt")
    closer = xpath(preface, "//tei:closer")
    assert [c.tag.split("}")[1] for c in closer[0]] == ["signed", "dateline"]
    assert xpath(preface, "//tei:closer/tei:signed/text()") == ["JOHN SMITH"]
    assert xpath(preface, "//tei:closer/tei:dateline/tei:date/@when") == ["1907-12-17"]
    assert xpath(preface, "//tei:head/text()") == ["PREFACE", "I. THE FINDING"]


def test_a_letter_quoted_after_the_text_announcing_it(tei_all: TeiAll) -> None:
    page = convert_text("Jane Smith\n\nA Letter from Abroad\n\nThe following letter has been received by the editor from "
                        "Jane Smith, in reply to a letter of greeting:-\n\n"
                        "Moscow,\n13th Sept., 1920.\n\n“Dear Comrade, I was glad to get your greeting and send you mine.\n\n"
                        "“My love to you. I hope we shall meet soon.\n", "letter.txt")
    assert len(xpath(page, "//tei:body/tei:p")) == 1
    letter = xpath(page, "//tei:body/tei:div[@type='letter']")[0]
    assert "".join(letter.find("tei:opener/tei:dateline", NSMAP).itertext()) == "Moscow, 13th Sept., 1920."
    assert len(letter.findall("tei:p", NSMAP)) == 2
    assert xpath(page, "//tei:creation/tei:date/@when") == ["1920-09-13"]
    assert tei_all(page.tree) == []


def test_a_page_of_numbered_chapter_titles_alone_is_a_table_of_contents(tei_all: TeiAll) -> None:
    chapters = "\n\n".join(f"{numeral}. The {word} of the Working Class and the Poorer Elements of the Village Population Under Capital"
                           for numeral, word in (("I", "Reign"), ("II", "Wars"), ("III", "Sharing"), ("IV", "Order")))
    index = convert_text("John Smith\n\nProgramme of the Revolution\n\n(May 1918)\n\nPublished by the Labour Press, Glasgow 1920.\n\n"
                         "Publisher’s Preface\n\n" + chapters + "\n", "index.txt")
    assert xpath(index, "//tei:head") == [] and xpath(index, "//tei:text//tei:p") == []
    items = xpath(index, "//tei:body/tei:div[@type='contents']/tei:list/tei:item/text()")
    assert items[0] == "Publisher’s Preface" and len(items) == 5
    assert tei_all(index.tree) == []


def test_a_books_index_of_numbered_chapters_over_their_synopses_is_a_table_of_contents(tei_all: TeiAll) -> None:
    # one paragraph a line, as copied from a web page
    entries = [("I. The Harbour", "The strike—Victory of the owners—Industrial democracy abroad, industrial serfdom at home—What the "
                                  "dockers won—The outlook."),
               ("II. A Long Defeat", "The urge for mastery—Resistance—The strikes of 1901 and 1909."),
               ("III. The Awakening", "A bleak prospect—Hope springs eternal—The campaign begins.")]
    index = convert_text("The Harbour Strike\n\nWritten: 1920\nSource: Labour Press\n\n"
                         + "\n".join(line for entry in entries for line in entry) + "\n", "index.txt")
    assert xpath(index, "//tei:head") == [] and xpath(index, "//tei:text//tei:p") == []
    items = xpath(index, "//tei:body/tei:div[@type='contents']/tei:list/tei:item")
    assert [" ".join("".join(item.itertext()).split()) for item in items] == [" ".join(entry) for entry in entries]
    assert all(len(item.findall("tei:lb", NSMAP)) == 1 for item in items)
    assert tei_all(index.tree) == []


def test_a_search_box_over_the_title_and_a_sentence_naming_the_translator_under_it() -> None:
    page = convert_text("Search\nClose this search box.\n\nThe Harbour Theses\n\nINTRODUCTION BY THE EDITORS\n\n"
                        "The documents below were translated by Ann Example.\n\n" + LONG_LINE, "page.txt")
    assert xpath(page, "//tei:titleStmt/tei:title/text()") == ["The Harbour Theses"]
    assert xpath(page, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Ann Example"]
    assert xpath(page, "//tei:respStmt/tei:resp/text()") == ["The documents below were translated by"]
    assert xpath(page, "//tei:body//tei:head/text()") == ["INTRODUCTION BY THE EDITORS"]
    assert [entry.reason for entry in page.report.removed[:2]] == ["site chrome", "site chrome"]


def test_with_no_author_named_over_the_text_the_signature_names_the_author() -> None:
    letter = convert_text("Source: Collected Works, Volume 41, p. 568;\nDear Mr Engels,\n" + LONG_LINE + "Yours,\nJenny Smith\n", "l.txt")
    assert authors(letter) == ["Jenny Smith"]
    assert any(e.reason == "header field: author (the signature)" for e in letter.report.recognised)


def test_an_address_line_over_the_dateline_and_salutation_opens_the_letter(tei_all: TeiAll) -> None:
    letter = convert_text("Written: 5 May 1890\nSource: Letters, Volume 2, p. 14.\n\nComrade Example\n\n20/XII.\n\n"
                          "Dear Comrade,\n\n" + LONG_LINE + "\nYours,\n\nJohn Smith\n", "letter.txt")
    assert xpath(letter, "//tei:body//tei:head") == []
    assert xpath(letter, "//tei:opener/tei:address/tei:addrLine/text()") == ["Comrade Example"]
    assert xpath(letter, "//tei:opener/tei:dateline/text()") == ["20/XII."]
    assert xpath(letter, "//tei:opener/tei:salute/text()") == ["Dear Comrade,"]
    assert tei_all(letter.tree) == []


def test_header_statements_broken_over_lines_are_joined_and_not_repeated_in_the_body(tei_all: TeiAll) -> None:
    # A source left open by a comma, its volume and pages under it, a translator's name on the next line.
    letter = convert_text("J. Smith\n\nTo A. Jones\n\nFrom J. Smith, Collected Works, 4th English Edition,\nThe Press, Leeds, 1966\n\n"
                          "Vol. 34, pp. 74-75.\n\nTranslated from the Russian\nby Mary Example\n\n" + LONG_LINE, "to-jones.txt")
    assert "".join(xpath(letter, "//tei:bibl[@type='source']//text()")).startswith(
        "J. Smith, Collected Works, 4th English Edition, The Press, Leeds, 1966 Vol. 34, pp. 74-75")
    assert xpath(letter, "//tei:bibl[@type='source']/tei:author/text()") == ["J. Smith"]  # known by the initials
    assert xpath(letter, "//tei:bibl[@type='source']/tei:title/text()") == ["Collected Works"]
    assert xpath(letter, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Mary Example"]
    assert validate_tree(letter.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []
    # A field's value broken over the last lines of the header is not read again as text.
    page = convert_text("John Smith\n\nA Title\n\nWritten: 1917\nSource:\nCollected Works,\nVolume 24.\n\n" + LONG_LINE, "page.txt")
    assert xpath(page, "//tei:body//tei:head") == []
    assert [p.text[:11] for p in xpath(page, "//tei:body//tei:p")] == ["The meeting"]
    assert tei_all(letter.tree) == [] and tei_all(page.tree) == []


def test_the_words_joining_the_names_of_a_credit_are_reported_not_lost() -> None:
    page = convert_text("John Smith\n\nA Title\n\nSource: Pamphlet, 1912.\nTranscribed by Ann Smith and Bob Jones.\n\n" + LONG_LINE, "t.txt")
    assert xpath(page, "//tei:respStmt[tei:resp/@key='trc']/tei:persName/text()") == ["Ann Smith", "Bob Jones"]
    assert ("and", "words joining the names of a credit") in [(e.text, e.reason) for e in page.report.removed]


def test_an_author_line_with_the_year_and_life_dates_without_brackets() -> None:
    # "Name Year" over the title (or under it), a translator credited "Translated and Transcribed".
    tribute = convert_text("Käte Example 1932\n\nComrade Mary Smith 75 Years Old\n\nSource: Press, Vol. 12, No. 29, June 30, 1932.\n"
                           "Translated and Transcribed: Geoff\n\n" + LONG_LINE, "t.txt")
    assert title(tribute) == ["Comrade Mary Smith 75 Years Old"]
    assert authors(tribute) == ["Käte Example"]
    assert xpath(tribute, "//tei:creation/tei:date/@when") == ["1932"]
    assert xpath(tribute, "//tei:respStmt[tei:resp/@key='trl']/tei:name/text()") == ["Geoff"]
    # Under the title, with the letter's full date below it: the full date dates it.
    letter = convert_text("Letter to a Friend\n\nVictor Example 1936\n\nSource: Letters, Paris, 1977;\n\nAugust 10, 1936\n\n"
                          "Dear Friend,\n\n" + LONG_LINE, "l.txt")
    assert authors(letter) == ["Victor Example"]
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1936-08-10"]
    # Life dates without brackets over the title name the author.
    editorial = convert_text("Antonio Example 1891-1937\n\nOur Tasks\n\nSource: Writings, London, 1978.\n\n" + LONG_LINE, "e.txt")
    assert authors(editorial) == ["Antonio Example"]
    assert title(editorial) == ["Our Tasks"]
    assert xpath(convert_text("A Title\n\nWritten: 1923\nTranslated into English: Mary Smith\n\n" + LONG_LINE, "x.txt"),
                 "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Mary Smith"]


def test_a_letter_opened_by_a_salutation_is_signed_by_the_name_at_its_end_and_updated_without_a_colon() -> None:
    letter = convert_text("John Smith\n\n(January 1934)\n\nSource: The Paper, Vol. 7 No. 5.\n\nTo the Paper:\n\n" + LONG_LINE
                          + "\nJohn Smith\n\nLast updated on 8 February 2016\n", "l.txt")
    assert xpath(letter, "//tei:closer/tei:signed/text()") == ["John Smith"]
    assert xpath(letter, "//tei:date[@type='lastUpdated']/@when") == ["2016-02-08"]
    assert len(xpath(letter, "//tei:body//tei:p")) == 1


def test_a_short_sentence_to_a_comrade_under_the_salutation_is_the_letters_first_paragraph() -> None:
    letter = convert_text("Ann Example\n\nTo Bob Lee\n\nWritten: 1915\nSource: The Paper, Vol. 7 No. 5.\n\n"
                          "Dear Comrade Lee,\n\nComrade Roe has shown me your letter.\n\n" + LONG_LINE, "l.txt")
    assert xpath(letter, "//tei:opener/tei:salute/text()") == ["Dear Comrade Lee,"]
    assert xpath(letter, "//tei:body//tei:p/text()")[0] == "Comrade Roe has shown me your letter."
    # a name that is also a verb is no sentence: "Dear Will." salutes
    will = convert_text("Ann Example\n\nTo Will Lee\n\nWritten: 1915\nSource: The Paper, Vol. 7 No. 5.\n\n"
                        "Dear Will.\n\n" + LONG_LINE, "l.txt")
    assert xpath(will, "//tei:opener/tei:salute/text()") == ["Dear Will."]


def test_a_possessive_author_line_over_the_title_and_a_credit_dated_after_the_name() -> None:
    page = convert_text("Anna Maria Example’s\nCollected Silhouettes\n\nWritten: 1923.\nTranslated into English: John Smith in 1967.\n"
                        "Proofread: Ann Other (August 2011).\n\n" + LONG_LINE, "p.txt")
    assert authors(page) == ["Anna Maria Example"] and title(page) == ["Collected Silhouettes"]
    assert ("’s", "the possessive ending of the author's name over the title") in [(e.text, e.reason) for e in page.report.removed]
    assert xpath(page, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["John Smith"]
    assert xpath(page, "//tei:respStmt[tei:resp/@key='trl']/tei:note/text()") == ["in 1967"]
    assert xpath(page, "//tei:respStmt[tei:resp/@key='pfr']/tei:persName/text()") == ["Ann Other"]


def test_closers_of_a_dedication_and_a_letter_in_a_book_signed_by_initials_and_a_name_in_capitals(tei_all: TeiAll) -> None:
    # Each division ends with its closer: initials over a place broken over lines; a valediction, a name, an italic month.
    wrapped = textwrap.fill(LONG_LINE, 70) + "\n"  # a printed book's lines
    book = convert_text("The Plains\n\nTO A FRIEND\n\n" + wrapped + "\n                R. L. S.\n\nVAILIMA,\n   UPOLU,\n      SAMOA.\n\n"
                        "LETTER TO THE AUTHOR\n\nMY DEAR FRIEND,\n\n" + wrapped + "\n          Yours ever,\n\n          JOHN SMITH.\n\n"
                        "_February_, 1892.\n\nCHAPTER I\n\n" + wrapped, "plains.txt", profile="prose")  # (a book: its dateline is no header)
    closers = [[(tei_tag.split("}")[1], "".join(e.itertext())) for tei_tag, e in ((e.tag, e) for e in closer)]
               for closer in xpath(book, "//tei:closer")]
    assert closers == [[("signed", "R. L. S."), ("dateline", "VAILIMA, UPOLU, SAMOA.")],
                       [("salute", "Yours ever,"), ("signed", "JOHN SMITH."), ("dateline", "_February_, 1892.")]]
    assert xpath(book, "//tei:closer/tei:dateline/tei:date/@when") == ["1892-02"]
    assert xpath(book, "//tei:closer/tei:dateline/tei:date/text()") == ["_February_, 1892"]  # the italics whole
    assert len(xpath(book, "//tei:body//tei:p")) == 3
    assert tei_all(book.tree) == []


def test_a_running_head_over_a_collective_author_a_list_of_topics_and_a_heading_in_two_lines(tei_all: TeiAll) -> None:
    page = convert_text("Main Index | Newspaper Index\n\nThe Review, July 1945\n\n\nThe Editors\n\nNotes of the Month\n\n"
                        "Peace vs. War – The Strike Wave and Its Lessons – Political Preparation of the Latest Turn – The Need of a Left Wing "
                        "Nationally and Locally\n\n\nFrom The Review, vol.6 No.7, July 1945, pp.195-199.\n"
                        "Transcribed, marked up & formatted by Ann Smith & Bob Jones in 2008 for the Archive.\n\n\n"
                        "What the Daily Paper Seeks to Cover Up:\nPeace vs. War\n\n" + LONG_LINE, "p.txt")
    assert authors(page) == ["The Editors"] and title(page) == ["Notes of the Month"]
    assert xpath(page, "//tei:bibl[@type='source']")[0].xpath("string()").startswith("The Review, vol.6 No.7, July 1945")
    assert xpath(page, "//tei:respStmt[tei:resp/@key='trc']/tei:persName/text()") == ["Ann Smith", "Bob Jones"]
    assert xpath(page, "//tei:respStmt[tei:resp/@key='trc']/tei:note/text()") == ["in 2008 for the Archive"]
    assert [h.xpath("string()") for h in xpath(page, "//tei:body//tei:head")] == ["What the Daily Paper Seeks to Cover Up: Peace vs. War"]
    assert [p.text[:11] for p in xpath(page, "//tei:body//tei:p")] == ["The meeting"]
    assert tei_all(page.tree) == []


def test_mirror_layouts_title_slash_author_a_site_name_a_link_bar_author_and_a_collection_over_the_title() -> None:
    mirror = convert_text("Home | Contact | Links\nAnna Example Archives\n\n\nOn Councils and Parties / John Smith\n\n"
                          "Source: The Review, Vol. II (1988) No 5, p. 119-130\n\n\n" + LONG_LINE, "m.txt")
    assert title(mirror) == ["On Councils and Parties"] and authors(mirror) == ["John Smith"]
    assert ("Anna Example Archives", "site name") in [(e.text, e.reason) for e in mirror.report.removed]
    # No author line: the first link of the bar names the writer's archive.
    untitled = convert_text("Ben Example Archive | Writers Index | Main Page\nFrom The Review, Vol. XIII No. 7, September 1947, pp. 195–200.\n"
                            "Transcribed & marked up by Ann Smith for the Archive.\n" + LONG_LINE, "u.txt")
    assert authors(untitled) == ["Ben Example"]
    # The archive's name, a surname alone, tells its writer from the book over him: "Final Argument" / "Ben Example".
    book = convert_text("Example Archive   |   Writers Index   |   Main Page\n\nFinal Argument\n\nBen Example\n\n"
                        "Example Discusses the Witnesses\n\n(November 1941)\n\nFrom The Review, Vol 6 No. 3, 17 January 1942, p. 2.\n\n"
                        + LONG_LINE, "b.txt")
    assert title(book) == ["Example Discusses the Witnesses"] and authors(book) == ["Ben Example"]
    # A collection and its genre over the title; a source "Published in" a title; a credit's wording before "by".
    resolution = convert_text("Third Congress of the League – Resolutions\n\nResolution on Organisation\n\n"
                              "Source: Published in To the Masses, 1921, pp. 1007-1008\nTranslation: Translation team organized by John Smith\n\n"
                              + LONG_LINE, "r.txt")
    assert title(resolution) == ["Resolution on Organisation"] and authors(resolution) == []
    assert xpath(resolution, "//tei:bibl[@type='source']")[0].xpath("string()").startswith("To the Masses, 1921")
    assert xpath(resolution, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["John Smith"]


def test_a_title_ending_on_a_date_dates_the_text() -> None:
    speech = convert_text("Ann Example: the Speech she would have given on 15 Oct 1987\n\nSource: The Blog, 2009.\n\n" + LONG_LINE, "s.txt")
    assert xpath(speech, "//tei:creation/tei:date/@when") == ["1987-10-15"]
    assert xpath(speech, "//tei:titleStmt/tei:title/tei:date/text()") == ["15 Oct 1987"]
    programme = convert_text("Programma van de Arbeiderspartij (AP) - Mei 1920\n\n" + LONG_LINE, "p.txt")  # after a hyphen
    assert xpath(programme, "//tei:creation/tei:date/@when") == ["1920-05"]
    # the day right after the kind of text, as a catalogue names it
    letter = convert_text('Letter October 8, 1918 from [unidentified] to "Father"\n\n' + LONG_LINE, "l.txt")
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1918-10-08"]
    assert xpath(letter, "//tei:titleStmt/tei:title/tei:date/text()") == ["October 8, 1918"]
    # the words after the date are the title's too
    assert xpath(letter, "string(//tei:titleStmt/tei:title)") == 'Letter October 8, 1918 from [unidentified] to "Father"'


def test_a_title_field_a_book_over_a_chapter_and_its_author_and_credits_joined_by_commas() -> None:
    library = convert_text("Title: On Example Syndicalism\nAuthor: Ann Example\nDate: November 21, 2021\n"
                           "Source: Retrieved from example.org\n\n" + LONG_LINE, "l.txt")
    assert title(library) == ["On Example Syndicalism"] and authors(library) == ["Ann Example"]
    assert ("Title", 1) in [(e.text, e.line) for e in library.report.removed]
    # A book and its year over a chapter's title over the author; a two-month issue; credits with commas.
    chapter = convert_text("Building the Example, 1973\n\n9. Gratitude and haymakers\n\nJohn Smith\n\n"
                           "Source: The Review, No. 26, July/August 1973\nTranscription, mark-up: Ann Other\n"
                           "Transcription, Editing and Markup: Bob Other\n\n" + LONG_LINE, "c.txt")
    assert title(chapter) == ["9. Gratitude and haymakers"] and authors(chapter) == ["John Smith"]
    assert xpath(chapter, "//tei:bibl[@type='source']/tei:date/@*") == ["1973-07", "1973-08"]
    assert xpath(chapter, "//tei:creation/tei:date/@*") == ["1973-07", "1973-08"]  # dated by its issue's span
    assert xpath(chapter, "//tei:respStmt[tei:resp/@key='trc']/tei:persName/text()") == ["Ann Other", "Bob Other"]
    assert xpath(chapter, "//tei:notesStmt/tei:note/text()") == ["Building the Example, 1973"]
    assert not xpath(chapter, "//tei:body//tei:head")


def test_a_site_named_on_line_an_organisation_as_author_and_the_part_of_a_book_under_the_book() -> None:
    erol = convert_text("Encyclopedia of Example Studies On-Line\n\nRevolutionary Example Organizing Committee\n\n"
                        "On the party program\n\nFirst Published: The Review, Vol. 3, No. 2, March 1977.\n\n" + LONG_LINE, "e.txt")
    assert title(erol) == ["On the party program"] and authors(erol) == ["Revolutionary Example Organizing Committee"]
    assert ("Encyclopedia of Example Studies On-Line", "site name") in [(e.text, e.reason) for e in erol.report.removed]
    # A book's author and title over those of a note in it; the page's last update bounds its date.
    note = convert_text("Karl Example\n\nThe Accomplishment of Someone\n\nAnn Other\n\nA Note on the Translation\n\n"
                        + LONG_LINE + "\n\nLast updated on 5 November 2020\n", "n.txt")
    assert title(note) == ["A Note on the Translation"] and authors(note) == ["Ann Other"]
    assert xpath(note, "//tei:notesStmt/tei:note/text()") == ["Karl Example", "The Accomplishment of Someone"]
    assert xpath(note, "//tei:creation/tei:date/@notAfter") == ["2020-11-05"]
    assert not xpath(note, "//tei:body//tei:head")


def test_a_blogs_advertising_slots_and_a_name_over_a_title_that_reads_like_a_letter_heading() -> None:
    text = ("Header Ads\n\nErnesto Guevara\n\nGuevara Talks to Young People\n\n"
            "Tens of thousands of people marched through the streets of the city bearing coffins.\n")
    conversion = convert_text(text, "talk.txt")
    root = conversion.tree.getroot()
    assert conversion.report.profile == "archive"
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Guevara Talks to Young People"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ernesto Guevara"]
    assert ("Header Ads", "site chrome") in {(e.text, e.reason) for e in conversion.report.removed}


def test_a_blogs_categories_over_the_title_are_removed_and_the_title_repeated_after_the_standfirst_is_no_heading() -> None:
    text = ("Categories\nHarbour Strikes\n\nThe Life of Ann Example\n\n"
            "The following oration was delivered by a member of the union at our recent meeting.\n\n"
            "The Life of Ann Example\n\nOften, when we think of those who fought for the docks, we forget the women.\n")
    conversion = convert_text(text, "oration.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Life of Ann Example"]
    assert {"Categories", "Harbour Strikes"} <= {e.text for e in conversion.report.removed if e.reason == "a blog's categories"}
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert root.xpath("string(//tei:body/tei:p[1])", namespaces=NSMAP).startswith("Often, when")


def test_a_librarys_fields_with_unknown_labels_and_the_author_over_the_title_again() -> None:
    text = ("Title: The Harbour and the Union\n\nAuthor(s): Ann Example\n\nDate: 1994\n\n"
            "Topics: docks history Portland the harbour strike of 1921 and the union in the years after it\n\n"
            "Notes: Originally published in “Harbour: A Journal” #40 Spring/Summer ’94. Vol. 14, No. 2.\n\n"
            "Ann Example\n\nThe Harbour and the Union\n\n"
            "The union has been described as one of the precursors of the great strike, and it is little known today.\n")
    conversion = convert_text(text, "library.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    notes = root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP)
    assert [note[:7] for note in notes] == ["Topics:", "Origina"]
    assert root.xpath("//tei:front/tei:titlePage[2]/tei:byline/text()", namespaces=NSMAP) == ["Ann Example"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert root.xpath("string(//tei:body/tei:p[1])", namespaces=NSMAP).startswith("The union")


def test_who_submitted_the_page_with_the_day_on_the_next_line_is_chrome() -> None:
    page = ("Submitted by Harbour Review on\nHR 42, 3rd Quarter 1985\nThe Docks Remember Ann Example\n"
            "On the fourth of May the last great figure of the harbour union, Ann Example, died at the age of 95.\n")
    conversion = convert_text(page, "obituary.txt")
    assert ("Submitted by Harbour Review on HR 42, 3rd Quarter 1985", "site chrome") in {
        (e.text, e.reason) for e in conversion.report.removed}
    assert conversion.tree.getroot().xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Docks Remember Ann Example"]


def test_an_author_line_with_the_year_over_the_title_and_where_it_appeared() -> None:
    text = ("Ann Example 1891-1937\n\nAnn Example 1924\n\nEditorial: March 1924\n\nUnsigned, The Weekly Review, March 1924.\n\n"
            "The Weekly Review is resuming publication in the same format and with the same intentions as when it was first printed.\n")
    root = convert_text(text, "editorial.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Editorial: March 1924"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "Unsigned, The Weekly Review, March 1924."
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Ann Example 1891-1937"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_title_line_hanging_on_of_goes_on_on_the_next_line() -> None:
    text = ("Ann Example\n\nJohn Roe, central leader of\nthe Workers League, dies in Antwerp\n\n(August 1995)\n\n"
            "From The Weekly, August 1995, p. 13.\n\nJohn Roe died in Antwerp after a long illness, mourned by many.\n")
    root = convert_text(text, "obituary.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "John Roe, central leader of the Workers League, dies in Antwerp"]


@pytest.mark.parametrize(("lines", "title", "when"), [
    ("For the Tenth Anniversary\nof Comrade Bob Lee\nas General Secretary\nof the Dockers’ Union",
     "For the Tenth Anniversary of Comrade Bob Lee as General Secretary of the Dockers’ Union", "1977"),
    ("Bob Lee,\nSocialist Organiser,\n1901-1970", "Bob Lee, Socialist Organiser, 1901-1970", "1977"),  # a life's years: no date
    ("The Dockers’ Union:\n\nThe Long Strike of the Harbour", "The Dockers’ Union: The Long Strike of the Harbour", "1977"),
], ids=["lower-case-lines", "commas-and-life-years", "colon-over-a-blank-line"])
def test_a_title_over_several_lines(lines: str, title: str, when: str) -> None:
    text = (f"Ann Example\n\n{lines}\n\n(Spring 1977)\n\nFrom The Weekly, Spring 1977, pp. 1-21.\n\n"
            "Bob Lee stood as a beacon on the docks for fifty years, and the union owed him more than most.\n")
    root = convert_text(text, "lee.txt").tree.getroot()
    assert root.xpath("string(//tei:titleStmt/tei:title[@type='main'])", namespaces=NSMAP) == title
    assert not root.xpath("//tei:notesStmt", namespaces=NSMAP)
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == [when]


def test_a_first_line_that_opens_a_wrapped_paragraph_is_no_title() -> None:
    conversion = convert_text("| \n\n Today it\n pays to take an unbiased look at the ideological and political\n"
                              " creed of those who follow the old leaders.\n", "interview.txt")
    root = conversion.tree.getroot()
    assert conversion.report.profile == "archive"
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Interview"]
    assert root.xpath("string(//tei:body/tei:p)", namespaces=NSMAP).startswith("Today it pays to take")


def test_a_note_among_the_header_fields_is_a_header_note_and_the_fields_under_it_are_read() -> None:
    page = ("Ann Example\n\nOn Tides\n\nSource: The Harbour Mercury, page 3, 3 March 1886\n"
            "Note: The Mercury qualifies the title with 'in relation to the floods', which the other report does not, "
            "and some have listed it as another lecture.\nTranscription: by Bob Other for MIA, October 2022\n\n"
            "The tides came in at dawn and went out again at noon, as they always had.\n")
    root = convert_text(page, "tides.txt").tree.getroot()
    assert [note.text[:30] for note in root.xpath("//tei:notesStmt/tei:note", namespaces=NSMAP)] == ["The Mercury qualifies the titl"]
    assert root.xpath("//tei:respStmt/tei:persName/text()", namespaces=NSMAP) == ["Bob Other"]
    assert [p.text[:9] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The tides"]


def test_a_colon_trail_is_a_breadcrumb_and_an_adopted_field_dates_the_text() -> None:
    page = ("MIA: History: ETOL: Documents: FI: 1938-1949: 1948 Congress\n\nThree Resolutions of the Congress\n\n"
            "Adopted: April 1948.\nFirst Published: 1948\n\nThe congress met in a hall near the river, and it "
            "adopted three resolutions on the questions of the day.\n")
    conversion = convert_text(page, "resolutions.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Three Resolutions of the Congress"]
    assert not root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1948-04"]
    assert [entry.reason for entry in conversion.report.removed if entry.line == 1] == ["breadcrumb trail"]


def test_a_post_date_and_a_contact_address_over_a_short_letter_are_no_title() -> None:
    page = ("email info@example.org\n\nTuesday, December 24, 2013\n\nLetters to a Frenchman on the Crisis (1870)\n\n"
            "[This letter is one of the two that he wrote in that year, and it is the first of them. Source: Letters, 1972.]\n\n"
            "My dear friend,\nThe latest events have placed France in such a position that it can be saved only by the people.\n")
    conversion = convert_text(page, "letters.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Letters to a Frenchman on the Crisis (1870)"]
    assert {entry.line: entry.reason for entry in conversion.report.removed if entry.line < 5} == {1: "e-mail address"}
    # the post date is the page's: its copy is dated by it, the text by its source's date
    assert root.xpath("//tei:bibl[@type='transcription']/tei:date[@type='released']/@when", namespaces=NSMAP) == ["2013-12-24"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1972"]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"  # the header's words tell it, the body is short


def test_a_post_on_the_anniversary_of_its_titles_day_is_dated_by_its_post() -> None:
    page = ("Friday, March 3, 2017\n\nThe Harbour Review first appeared today, March 3, 1921\n\n"
            "On this day in 1921 the first number of the Harbour Review was sold at the dock gates for a penny a copy.\n\n"
            "It ran for nine years, and its editor Ann Roe wrote most of every number herself, by lamp light.\n")
    root = convert_text(page, "review.txt").tree.getroot()
    assert root.xpath("string(//tei:titleStmt/tei:title)", namespaces=NSMAP) == (
        "The Harbour Review first appeared today, March 3, 1921")
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2017-03-03"]


def test_a_quoted_title_from_a_dated_source_and_a_title_collecting_a_writers_letters() -> None:
    page = ("‘The Last Letters of Ann Example’ from Harbour Pioneer. Vol. 1. No. 8. December, 1923.\n\n"
            "A collection of seven letters sent by her in 1914-15 to her comrade, who had sailed with her.\n")
    conversion = convert_text(page, "letters.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Last Letters of Ann Example"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP).startswith("Harbour Pioneer")
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1923-12"]


def test_a_speech_placed_in_its_year_by_its_title_and_who_posted_the_page() -> None:
    page = ("Ann Example's speech to the union in 1905\n\nSubmitted by libcom on December 8, 2005\n\n"
            "Ann Example addressed the founding convention of the union, and this is what she said to it.\n")
    conversion = convert_text(page, "speech.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1905"]
    assert [entry.reason for entry in conversion.report.removed if entry.line == 3] == ["site chrome"]
    history = convert_text("Germany in 1848\n\nSource: The Review, 1950\n\nThe revolution came to Germany late.\n", "germany.txt")
    assert history.tree.getroot().xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) != ["1848"]  # a subject, not a date


def test_a_lone_date_under_a_blogs_introduction_dates_the_letter_that_follows() -> None:
    page = ("A Voice from the Dock Strike\n\nAnn Example was the best-known organiser of the port, and the letter"
            " below was written to the strikers on the eve of the lockout, which she did not live to see end.\n\n"
            "January 1, 1906\n\nThe conflict against poverty is a conflict for the liberation of the world.\n")
    root = convert_text(page, "letter.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1906-01-01"]
    letter = root.find(".//tei:body/tei:div[@type='letter']", NSMAP)
    assert letter.xpath("string(tei:opener/tei:dateline)", namespaces=NSMAP) == "January 1, 1906"
    assert letter.xpath("tei:p/text()", namespaces=NSMAP) == ["The conflict against poverty is a conflict for the liberation of the world."]
    diary = page.replace("\n\nThe conflict", "\n\nA first entry.\n\nJanuary 2, 1906\n\nThe conflict")
    assert not convert_text(diary, "diary.txt").tree.getroot().xpath("//tei:opener", namespaces=NSMAP)  # dates heading entries


def test_a_dateline_opening_the_text_is_no_title_and_dates_it() -> None:
    letter = "December 22, 1868. Geneva\n\nMy old friend, Serno has shared with me the part of your letter that concerned me.\n"
    root = convert_text(letter, "to-marx.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["To marx"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1868-12-22"]
    dateline = root.find(".//tei:body/tei:opener/tei:dateline", NSMAP)
    assert (dateline.findtext("tei:date", namespaces=NSMAP), dateline.findtext("tei:placeName", namespaces=NSMAP)) == (
        "December 22, 1868", "Geneva")


def test_an_editors_note_in_brackets_is_no_source_and_a_page_with_only_a_post_date_over_it_keeps_its_title() -> None:
    note = ("[There are two manuscripts with titles very close to this one, written one after the other. The first is"
            " much longer; the second was broken into separate letters by its editors. Here is the first letter from the second, shorter set of manuscripts, dated September 1,1870: ]")
    page = f"Tuesday, December 24, 2013\n\nLetters to a Frenchman (1870)\n\n{note}\n\nLetter to a Frenchman\n____\n\nMy dear friend,\nThe latest events have placed France in danger.\n"
    root = convert_text(page, "letters.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Letters to a Frenchman (1870)"]
    assert not root.xpath("//tei:sourceDesc//tei:bibl[@type='source']", namespaces=NSMAP)
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1870-09-01"]
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["Letter to a Frenchman"]  # underlined: a heading
    assert root.xpath("//tei:body/tei:p/text()", namespaces=NSMAP) == [note]


def test_a_title_naming_a_speech_by_its_givers_possessive_names_the_author_as_the_text_spells_it() -> None:
    page = ("Ann Roberts's speech to the union in 1905\n\nSubmitted by libcom on December 8, 2005\n\n"
            "Ann Roberts addressed the founding convention of the union, and this is what she said.\n")
    root = convert_text(page, "speech.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]
    misspelt = convert_text(page.replace("Roberts's", "Robert's"), "speech.txt").tree.getroot()
    assert misspelt.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]
    rally = convert_text(page.replace("Ann Roberts's speech", "The union's speech"), "speech.txt").tree.getroot()
    assert not rally.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


def test_a_periodicals_running_head_over_a_title_and_byline_is_the_source_and_a_stated_day_dates_the_speech() -> None:
    page = ("Harbour Socialist, June 1955\n\nThe Next Ten Years\n\nby Ann Roberts\n\n"
            "This article was adapted from the text of a speech delivered in Detroit on May 14, 1955\n\n"
            "What is going to happen in the next ten years? Before taking the plunge, let us look back.\n")
    conversion = convert_text(page, "years.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Next Ten Years"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP).startswith("Harbour Socialist")
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1955-05-14"]  # made before it was printed
    assert not root.xpath("//tei:body//tei:p[starts-with(., 'by ')]", namespaces=NSMAP)
    named_twice = convert_text("Ann Roberts\n\nThe Next Ten Years\n\nby Ann Roberts\n\nSource: The Review, June 1955\n\n"
                               "What is going to happen in the next ten years? Let us look back first.\n", "years.txt")
    root = named_twice.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Next Ten Years"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["by Ann Roberts"]  # kept as printed


def test_a_running_head_repeating_the_periodical_of_the_source_is_no_author() -> None:
    page = ("Harbour International, March 1945\n\nAnn Roberts\n\nSocialism Reaffirmed\n\n"
            "From Harbour International, vol.6 No.3, March 1945, pp.91-95.\n"
            "Transcribed by Ted Example in 2008.\n\nThe war in Europe is drawing to its end, and the question is what comes after it.\n")
    conversion = convert_text(page, "reaffirmed.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Socialism Reaffirmed"]
    assert [entry.reason for entry in conversion.report.removed if entry.line == 1] == [
        "running head: the periodical and date of the source stated below"]


def test_a_running_head_without_a_comma_is_no_title_when_the_source_names_the_periodical() -> None:
    page = ("Harbour Vanguard December 1915\n\nAnn Roberts's Trial\n\n"
            "Source: Unattributed, Harbour Vanguard, December 1915, p. 1 & 2;\nTranscribed: by Ted Example.\n\n"
            "On the 10th of November Ann Roberts was tried in the Sheriff Court before a crowded gallery of workers.\n")
    conversion = convert_text(page, "trial.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roberts's Trial"]
    assert root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Unattributed"]
    assert [entry.reason for entry in conversion.report.removed if entry.line == 1] == [
        "running head: the periodical and date of the source stated below"]


def test_a_name_and_year_over_a_source_naming_him_as_a_book_author_stays_the_author() -> None:
    page = ("Letter to a Friend\n\nAnn Roberts 1936\n\nSource: Ann Roberts, Lettres choisies. Harbour Press, Paris, 1977;\n\n"
            "Dear friend,\n\nExcuse me for not yet having answered your letter of July 30; I am overwhelmed with work.\n")
    root = convert_text(page, "friend.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]


def test_a_mirror_page_without_blank_lines_gives_its_wrapped_title_source_and_dated_heading() -> None:
    page = ("HARBOUR ARCHIVE | ROBERTS\nAnn Roberts\nTHE TIDE\nTURNS AT LAST\nFrom the\nCollected Essays of Ann Roberts\n"
            "Harbour Press\nPortsmouth 1967\nSecond Printing 1968, pp. 17-28.\n"
            "Prepared © for the Internet by Ted Example, ted@example.org (September 1999)\npage 17\n"
            "THE TIDE TURNS AT LAST[*] January 5, 1930\n"
            "    Some comrades still do not know how to judge the situation correctly, and so they cannot settle the question of"
            " what action to take at this hour, though they believe that the high tide is bound to come.\n")
    conversion = convert_text(page, "tide.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["THE TIDE TURNS AT LAST"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == (
        "the Collected Essays of Ann Roberts Harbour Press Portsmouth 1967 Second Printing 1968, pp. 17-28")
    assert root.xpath("//tei:respStmt/tei:persName/text()", namespaces=NSMAP) == ["Ted Example"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1930-01-05"]
    assert root.xpath("//tei:front/tei:titlePage[2]/tei:docDate/@when", namespaces=NSMAP) == ["1930-01-05"]
    assert root.xpath("//tei:body/tei:p/text()", namespaces=NSMAP)[0].startswith("Some comrades")
    assert ("page 17", "page number of the printed source") in [(entry.text, entry.reason) for entry in conversion.report.removed]


def test_a_reviewed_books_details_over_a_review_are_its_bibl_not_a_heading() -> None:
    page = ("Harbour Review, June 1996\n\nAnn Roberts\n\nA Life Reconsidered\n\nFrom Harbour Review 2:71, June 1996.\n"
            "Marked up by Ted Example for the Archive.\n\nF. Inglis\nRaymond Williams\nRoutledge 1995, £25\n\n"
            "Raymond Williams deserves a better memorial than this book, whose author claims to be a devout fan of his work.\n")
    review = convert_text(page, "review.txt")
    body = review.tree.getroot().find(".//tei:body", NSMAP)
    assert [child.tag.split("}")[1] for child in body] == ["bibl", "p"]
    assert body.xpath("tei:bibl/tei:author/text()", namespaces=NSMAP) == ["F. Inglis"]
    assert body.xpath("tei:bibl/tei:title/text()", namespaces=NSMAP) == ["Raymond Williams"]
    assert body.xpath("string(tei:bibl)", namespaces=NSMAP) == "F. Inglis Raymond Williams Routledge 1995, £25"
    assert body.xpath("tei:bibl/tei:date/@when", namespaces=NSMAP) == ["1995"]
    assert validate_tree(review.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []


def test_an_edited_books_details_over_a_review_are_its_bibl() -> None:
    page = ("Harbour Review, June 1996\n\nAnn Roberts\n\nA Life Reconsidered\n\nFrom Harbour Review 2:71, June 1996.\n"
            "Marked up by Ted Example for the Archive.\n\nK. Doe (ed.)\nA Harbour Reader\nPortside University Press, 1993) £14.95\n\n"
            "Ann Roberts is best known for the strike she led, and this collection of her writing shows what else she fought for.\n")
    body = convert_text(page, "review.txt").tree.getroot().find(".//tei:body", NSMAP)
    assert [child.tag.split("}")[1] for child in body] == ["bibl", "p"]
    assert body.xpath("tei:bibl/tei:author/text()", namespaces=NSMAP) == ["K. Doe (ed.)"]


def test_archive_notes_in_brackets_over_a_title_wrapped_over_lines() -> None:
    page = ("Harbour Review Index  |  Harbour Communism\n\n"
            "[This issue of Harbour Review is from example.org. They kindly gave us permission to place these documents"
            " here. We made only some formatting changes and corrected obvious misspellings.]\n\n"
            "Hold the Great Red Banner of the Harbour Workers Still\nHigher, Bring the Mass Movement of Studying and\n"
            "Applying the Works to a New Stage\n\n"
            "[This article is reprinted from Harbour Review, Vol. 10, #3, Jan. 13,\n1967, pp. 8-13. This article includes"
            " a very useful glossary\nof terms at the end. Thanks are due to the people who helped with this posting.]\n\n"
            "The New Year has arrived at a time when several hundred million people are marching forward.\n")
    root = convert_text(page, "banner.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "Hold the Great Red Banner of the Harbour Workers Still Higher, Bring the Mass Movement of Studying and "
        "Applying the Works to a New Stage"]
    assert root.xpath("string(//tei:notesStmt/tei:note)", namespaces=NSMAP).startswith("[This issue of Harbour Review")
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP).startswith("This article is reprinted")
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1967-01-13"]
    assert [p.text[:7] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The New"]


def test_a_delivery_line_in_brackets_wrapped_over_lines_dates_the_text() -> None:
    page = ("Lecture 4:\nThe Harbour Strike\n\nTranslated by Ann Roe, 1998\n"
            "(Delivered to the Harbour Workers’ College,\nat the union hall, Leith, on July 13, 1923.)\n\n"
            "The subject of tonight's lecture is the strike of the harbour workers.\n")
    root = convert_text(page, "lecture.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1923-07-13"]
    assert root.xpath("string(//tei:creation/tei:date)", namespaces=NSMAP) == (
        "(Delivered to the Harbour Workers’ College, at the union hall, Leith, on July 13, 1923.)")
    assert [p.text[:7] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The sub"]
    # With a note's marker in it, the line heads the speech: the text's own.
    marked = convert_text(page.replace("College,", "College,[a]") + "\n[a] A college of the union.\n", "lecture.txt")
    assert xpath(marked, "string(//tei:body/tei:p[1])").startswith("(Delivered to the Harbour Workers’ College,")


def test_a_byline_under_an_interviews_title_is_the_interviewers() -> None:
    page = ("An Interview With Ann Roe\n\nTuesday, May 4, 2004\n\nby Bob Jones\n\n"
            "Bob Jones : What did the strike change, in the end, for those who took part in it?\n")
    conversion = convert_text(page, "interview.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["by Bob Jones"]
    # the text states no date of its own: it was made no later than the page was posted
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2004-05-04"]


def test_an_oral_historys_credits_name_the_narrators_and_the_interviewer_and_a_year_in_doubt_is_a_note() -> None:
    page = ("Ann Roe and Bea Doe Narrators\n\nCy Lee Interviewer\n\n1977? Leith, Scotland?\n\n"
            "CL: What did the strike change, in the end, for those who took part in it, and for the town?\n")
    root = convert_text(page, "oral-history.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe", "Bea Doe"]
    assert root.xpath("//tei:titleStmt/tei:respStmt/tei:persName/text()", namespaces=NSMAP) == ["Cy Lee"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["1977? Leith, Scotland?"]
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Oral history"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_title_wrapped_after_its_colon_loses_its_note_marker_in_the_header_and_so_does_the_source() -> None:
    page = ("Ann Roe Archive   |   ETOL Main Page\n\n\nAnn Roe\n\nThe harbour:\nits workers, its owners and the tide [1]\n\n"
            "(Autumn 2004)\n\n\nFrom The Harbour Review 2 : 104, Autumn 2004. [1*]\nTranscribed by Bob Lee.\n\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    conversion = convert_text(page, "harbour.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "The harbour: its workers, its owners and the tide"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == (
        "The Harbour Review 2 : 104, Autumn 2004")
    assert (12, "[1*]", "note marker (the header's source keeps none)") in {
        (e.line, e.text, e.reason) for e in conversion.report.removed}


def test_a_date_alone_over_a_page_dates_it() -> None:
    page = ("November 24th, 1913\n\nFROM THE ARCHIVES: Ann Roe toured the north.\n\n"
            "THE GRAVEST fight of the century was now being carried on in the docks, and she appealed for help.\n")
    root = convert_text(page, "column.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1913-11-24"]
    assert root.xpath("//tei:titlePage/tei:docDate/text()", namespaces=NSMAP) == ["November 24th, 1913"]


def test_the_authors_names_over_the_title_as_the_author_field_gives_them_are_no_title() -> None:
    page = ("Ann Roe and Bob Lee\n\nThe Harbour\n\n\nAuthor: Ann Roe and Bob Lee\nSource: The Harbour Review, no 4, Summer 2011.\n\n\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    root = convert_text(page, "harbour.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Harbour"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe", "Bob Lee"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Ann Roe and Bob Lee"]


def test_a_source_telling_its_translation_dates_the_text_by_the_original_and_quotations_open_it_as_epigraphs() -> None:
    page = ("Ann Roe\n\nThe Tragedy of the Harbour\n\n"
            "Source: New Essays, Volume 3, no 2, Summer 2011, translated by Bob Lee from Neue Hefte (Berlin), no 15, March 2006. "
            "Prepared for the Archive by Cy Doe.\n\n"
            "From the quays hatred and affection storm around him, his image fluctuates in history. — Schiller, Wallenstein\n\n"
            "The owners do him an injustice by calling him a rebel, as do the workers by calling him a convert. — Carl Roe\n\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    root = convert_text(page, "harbour.txt").tree.getroot()
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == "New Essays, Volume 3, no 2, Summer 2011"
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='firstPublished'])", namespaces=NSMAP) == (
        "Neue Hefte (Berlin), no 15, March 2006")
    assert root.xpath("//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()", namespaces=NSMAP) == ["Bob Lee"]
    assert root.xpath("//tei:respStmt[tei:resp/@key='trc']/tei:persName/text()", namespaces=NSMAP) == ["Cy Doe"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2006-03"]  # the original, not the reprint
    assert root.xpath("//tei:body//tei:epigraph/tei:bibl/text()", namespaces=NSMAP) == ["— Schiller, Wallenstein", "— Carl Roe"]
    assert root.xpath("//tei:body//tei:epigraph[1]/tei:p/text()", namespaces=NSMAP) == [
        "From the quays hatred and affection storm around him, his image fluctuates in history."]
    assert len(root.xpath("//tei:body//tei:p[not(ancestor::tei:epigraph)]", namespaces=NSMAP)) == 1


def test_an_art_credit_under_the_byline_is_a_credit_and_a_quotation_with_its_attribution_under_it_an_epigraph() -> None:
    page = ("Ann Roe: When the Dockers Ran the Harbour\n\nBy Bob Lee\n\nArt by Cy Doe\n\n"
            "“Between these two parties a struggle must go on until the dockers of the harbour organise as one body.”\n\n"
            "-Preamble to the Rules of the Harbour Union\n\n"
            "In the spring the harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    root = convert_text(page, "harbour.txt").tree.getroot()
    assert root.xpath("//tei:respStmt[tei:resp[@key='ill'] = 'Art by']/tei:persName/text()", namespaces=NSMAP) == ["Cy Doe"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert root.xpath("//tei:body/tei:epigraph/tei:bibl/text()", namespaces=NSMAP) == ["-Preamble to the Rules of the Harbour Union"]
    assert root.xpath("//tei:body/tei:p/text()", namespaces=NSMAP) == [
        "In the spring the harbour was quiet when the strike began, and quieter still when it ended in the winter."]


def test_a_writer_after_the_titles_hyphen_named_by_the_standfirst_and_a_translator_of_a_collective() -> None:
    page = ("On the new harbour - Ann Roe\n\n"
            "A text by Ann Roe, one of the leaders of the union, on the road to a new harbour. Translated by Bob Lee of Harbour "
            "Collective.\n\nThe harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    conversion = convert_text(page, "harbour.txt")
    assert title(conversion) == ["On the new harbour"] and authors(conversion) == ["Ann Roe"]
    assert xpath(conversion, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Bob Lee"]
    journal = convert_text("Back to the Harbour - Harbour Chains\n\nAnn Roe belonged to the first generation of dockers. "
                           "From Harbour Chains no.1\n\nThe harbour was quiet when the strike began.\n", "harbour.txt")
    assert authors(journal) == []  # a journal after the dash, not the writer


def test_speakers_names_over_a_colon_alone_on_their_lines_speak_in_an_interviews_transcript() -> None:
    page = ("Ann Roe remembers the strike\n\nTranscript of the interview.\n\nHarbour News:\n\n"
            "After the strike was lost, the union sought a new home in the old quarter of the town.\n\n"
            "Ann Roe:\n\nI was sleeping in the next room when someone came in from the quay.\n\n"
            "Harbour News:\n\nAnn Roe, the union's secretary.\n\nAnn Roe:\n\nThere was the smell of tar.\n")
    conversion = convert_text(page, "interview.txt")
    assert xpath(conversion, "//tei:body//tei:sp/tei:speaker/text()") == ["Harbour News:", "Ann Roe:", "Harbour News:", "Ann Roe:"]
    assert xpath(conversion, "//tei:body//tei:sp[2]/tei:p/text()") == ["I was sleeping in the next room when someone came in from the quay."]
    assert "Ann Roe:" not in xpath(conversion, "//tei:body//tei:p/text()")


def test_a_speakers_initials_alone_speak_at_once_in_an_interview_but_head_elsewhere() -> None:
    """Initials in capitals alone over an answer ("AR", "BO’L") are a speaker's label the first time in a text the
    header calls an interview (by its title or an interviewer's credit, "Interviewed by X"); elsewhere such a line heads
    its division."""
    body = ("The conversation starts with BO’L asking AR about the strike.\n\nAR\n\n"
            "Very often when you talk about the harbour you end up going back to the strike of the winter.\n")
    for header in ("INTERVIEW WITH ANN ROE, HARBOUR UNION SECRETARY\n\n",
                   "The Harbour and the Union\n\nInterviewed by Bob O’Lee.\n\n"):
        conversion = convert_text(header + body, "interview.txt")
        assert xpath(conversion, "//tei:body//tei:sp/tei:speaker/text()") == ["AR"]
        assert not xpath(conversion, "//tei:body//tei:head")
    # (the interviewer is credited, not the author)
    assert xpath(conversion, "//tei:respStmt[tei:resp/@key='ivr']/tei:persName/text()") == ["Bob O’Lee"] and not authors(conversion)
    essay = convert_text("The harbour and the union\n\n" + body, "essay.txt")
    assert xpath(essay, "//tei:body//tei:head/text()") == ["AR"]


def test_a_dutch_archive_pages_related_titles_and_empty_update_are_chrome_and_its_letter_opens_with_amice() -> None:
    """Under a Dutch archive page's fields: "Laatst bijgewerkt:" left empty and the related pages' titles under
    "Verwant:" are removed and reported; the letter "Aan X" then opens with its salutation "Amice,"."""
    page = ("Jan Roe\n\nAan B. van der Lee\n\n\nGeschreven: 6 maart 1921\nBron: De Haven, 1921\n\n"
            "Laatst bijgewerkt:\n\n\nVerwant:\nDe haven en de staking, een inleiding\nDe staking van de winter\n\n"
            "Havenarbeid en het probleem van de vakbond\n\nAmice,\n\n"
            "Gij heet met pak en zak naar de andere kant van de haven te zijn overgelopen, zoals ik van anderen vernam.\n")
    conversion = convert_text(page, "brief.txt")
    assert xpath(conversion, "//tei:body//tei:opener/tei:salute/text()") == ["Amice,"]
    assert len(xpath(conversion, "//tei:body//tei:p")) == 1
    removed = {e.text: e.reason for e in conversion.report.removed}
    assert removed["Laatst bijgewerkt:"] == "an empty date of last update"
    assert removed["Verwant:"] == removed["Havenarbeid en het probleem van de vakbond"] == "links to related pages"


def test_a_name_with_life_dates_under_a_blogs_title_is_the_author_and_a_line_from_the_authors_book_the_source() -> None:
    page = ("Showing posts with label Ann Roe. Show all posts\n\nSunday, August 24, 2025\n\nA Mayor and His Harbour\n\n"
            "Ann Roe (1871–1945)\nFrom Ann Roe: Harbour Tales, Dock Stories\n\n"
            "With rare exception, the harbour town was not an incubator of well-known career politicians in that century.\n")
    conversion = convert_text(page, "mayor.txt")
    assert title(conversion) == ["A Mayor and His Harbour"] and authors(conversion) == ["Ann Roe"]
    assert xpath(conversion, "//tei:sourceDesc/tei:bibl[@type='source']/text()") == ["Ann Roe: Harbour Tales, Dock Stories"]
    assert xpath(conversion, "//tei:notesStmt/tei:note/text()") == ["Ann Roe (1871–1945)"]
    # (the source names no year: the post date still bounds the text)
    assert xpath(conversion, "//tei:creation/tei:date/@notAfter") == ["2025-08-24"]
    assert not xpath(conversion, "//tei:body//tei:head") and len(xpath(conversion, "//tei:body//tei:p")) == 1


def test_a_yearless_post_date_dates_nothing_and_a_standfirst_naming_the_writer_gives_the_author_not_the_subject() -> None:
    page = ("Oct 03\n\n\nAnn Roe: Prophet of the harbour strike\n\n"
            "Ann Roe played a key role in the strike among the dockers, writes Bob Lee, in an exploration of her life.\n\n\n"
            "The late 1950s were the years in which the harbour was quiet, and quieter still when the strike ended in the winter.\n")
    conversion = convert_text(page, "harbour.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe: Prophet of the harbour strike"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Bob Lee"]
    assert root.xpath("//tei:bibl[@type='transcription']/tei:date[@type='released']/text()", namespaces=NSMAP) == ["Oct 03"]
    assert not root.xpath("//tei:creation", namespaces=NSMAP)  # a day with no year dates nothing


def test_a_reprints_date_over_its_title_is_no_date_of_writing_when_the_source_is_older() -> None:
    page = ("HarbourWeekly\n\n14.05.1998\n\nAnn Roe’s trial and sentence\n\n"
            "From The Call, paper of the Harbour Party, May 16 1918\n\n"
            "The trial of Ann Roe, the dockers’ delegate on the harbour committee, took place in the winter before a crowded court.\n")
    conversion = convert_text(page, "trial.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe’s trial and sentence"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == (
        "The Call, paper of the Harbour Party, May 16 1918")
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1918-05-16"]
    assert root.xpath("//tei:titlePage/tei:docDate/@when", namespaces=NSMAP) == ["1998-05-14"]  # kept: when the page was posted


def test_an_interview_pages_field_list_is_the_header_and_its_date_of_interview_dates_it() -> None:
    page = ("Oral History: The dock strike – Ann Roe\n\nReturn to Oral History Main Page\n\n"
            "Interview transcript: Ann Roe\n\nDate and place of birth: not given\n\nInterviewer: Bob Lee\n\n"
            "Date of interview: 3 March 2012\n\nGeographical area(s) covered: the harbour\n\n"
            "Present affiliation: none\n\n\n"
            "BL: How did you first come to the union, and who brought you into it in the harbour?\n\n"
            "AR: My father was a docker, and he took me to the meetings when I was twelve years old and no more.\n\n"
            "Interviewer: And did you stay with it after the strike, when so many of the others had left it?\n")
    conversion = convert_text(page, "oral.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Oral History: The dock strike – Ann Roe"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["2012-03-03"]
    assert root.xpath("//tei:respStmt[tei:resp/@key='ivr']/tei:persName/text()", namespaces=NSMAP) == ["Bob Lee"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == [
        "Interview transcript: Ann Roe", "Date and place of birth: not given",
        "Geographical area(s) covered: the harbour", "Present affiliation: none"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert [p.text[:16] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == [
        "BL: How did you ", "AR: My father wa", "Interviewer: And"]  # a question's label is no credit
    assert ("Return to Oral History Main Page", "site chrome") in {(e.text, e.reason) for e in conversion.report.removed}


def test_a_title_in_title_case_before_its_colon_over_the_fields_stays_the_title() -> None:
    page = ("The Long Strike: The Life of Ann Roe\n\nFirst Published: The Harbour Review, 1974.\n"
            "Proofread/Edited: Bob Lee, 2006\n\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    root = convert_text(page, "strike.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Long Strike: The Life of Ann Roe"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Proofread/Edited: Bob Lee, 2006"]


@pytest.mark.parametrize(("source_line", "source", "when"), [
    ("From the Harbour Register, 1974", "the Harbour Register, 1974", "1974"),
    ("From Voices of the Harbour, edited by Ann Roe and Bob Lee", "Voices of the Harbour, edited by Ann Roe and Bob Lee", None),
    ("From Harbour Review, October 1958.", "Harbour Review, October 1958", "1958-10"),  # a month and year after the comma
])
def test_a_from_line_naming_a_year_after_a_comma_or_an_editor_is_the_source(source_line: str, source: str, when: str | None) -> None:
    page = (f"My Views on Everything: Ann Roe's reply to Bob Lee\n\n{source_line}\n\nDear Bob Lee\n"
            "Why I am not very happy about this public correspondence is because your letter deals with persons.\n")
    root = convert_text(page, "reply.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == source
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ([when] if when else [])
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_from_line_under_a_standfirst_is_the_source_and_a_speechs_address_to_its_hearers_its_salutation() -> None:
    page = ("Ann Roe's Address to the Court\n\nNovember 23, 1912\n\n"
            "Among the many strikers who came to the harbour was Ann Roe, a docker and organiser. She was charged with "
            "her friend Bob Lee and acquitted eight months later. Here is her address to the court before the verdict.\n\n"
            "From Voices of the Harbour, edited by Cy Doe and Di Poe\n\nMr. Foreman and gentlemen of the Jury:\n\n"
            "It is the first time in my life that I speak publicly in your language, and the most solemn moment of it.\n")
    conversion = convert_text(page, "address.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == (
        "Voices of the Harbour, edited by Cy Doe and Di Poe")
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert root.xpath("//tei:opener/tei:salute/text()", namespaces=NSMAP) == ["Mr. Foreman and gentlemen of the Jury:"]
    assert [p.text[:12] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["Among the ma", "It is the fi"]
    assert validate_tree(conversion.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []


def test_a_quoted_title_over_where_it_is_from_under_a_standfirst_is_the_title_and_the_source() -> None:
    page = ("Roe gives an accounting for her activity the past year as organizer for the union to its Eighth Convention.\n"
            "‘Report of Ann Roe’ from Stenographic Report of the Eighth Annual Convention of the Harbour Workers, Chicago. 1913.\n"
            "I will try and give you a statement of my work since the last Convention. Leaving Chicago I went to the coast"
            " and took up the work of organizing the dockers and the boatmen in two harbours, and then in a third one.\n"
            "On March 15th, receiving word of the treatment of members who were lying in jail at Denver, we started to Denver.\n")
    root = convert_text(page, "report.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Report of Ann Roe"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == (
        "Stenographic Report of the Eighth Annual Convention of the Harbour Workers, Chicago. 1913.")
    assert root.xpath("string(//tei:creation/tei:date/@notAfter)", namespaces=NSMAP) == "1913"
    assert [p.text[:12] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["Roe gives an", "I will try a", "On March 15t"]
    # with its author: a blog's repost under its standfirst
    reposted = convert_text(page.replace("’ from", "’ by Ann Roe from"), "report.txt").tree.getroot()
    assert reposted.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert [p.text[:12] for p in reposted.iterfind(".//tei:body//tei:p", NSMAP)] == ["Roe gives an", "I will try a", "On March 15t"]


def test_a_title_with_commas_over_the_fields_and_the_author_named_in_the_source_before_the_title() -> None:
    page = ("Ann Roe, Docker and Poet\n\n\nSource: Bob Lee, A Roe, Docker and Poet, (1927) Harbour Literary Committee, [24 p.]\n\n"
            "Transcribed: by Cy Doe.\n\n\nIF any reader of this pamphlet should happen never to have heard of Ann Roe, I will"
            " begin by reminding them of the harbour.\n")
    root = convert_text(page, "roe.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe, Docker and Poet"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Bob Lee"]


def test_a_periodicals_issue_and_date_over_a_page_are_its_source_and_date_not_its_title() -> None:
    page = ("The Harbour Review No. 95\n\n9 April 2010\n\n\nA Docker’s Life in the Union\n\n"
            "We reprint below a speech given by Ann Roe at a meeting that celebrated her fifty years in the union.\n")
    root = convert_text(page, "docker.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["A Docker’s Life in the Union"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == "The Harbour Review No. 95"
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["2010-04-09"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_periodicals_issue_over_a_fuller_source_field_is_a_header_note() -> None:
    page = ("The Harbour Review No. 95\n\nAnn Roe\n\nA Docker’s Life in the Union\n\n"
            "Source: The Harbour Review, No. 95, April 2010, pp. 3-4.\n\n"
            "We reprint below a speech given by Ann Roe at a meeting that celebrated her fifty years in the union.\n")
    root = convert_text(page, "docker.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["A Docker’s Life in the Union"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP).startswith("The Harbour Review, No. 95")
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["The Harbour Review No. 95"]


def test_the_archives_pages_in_other_languages_label_their_fields_in_those_languages() -> None:
    dutch = ("Anna Roe\n\nBrief aan de havenarbeiders\n\n"
             "Bron: De Haven, orgaan van de bond, juli 1965, jg. 8.\n"
             "Transcriptie/HTML en contact: Piet Jansen, voor het Marxists Internet Archive\n"
             "| Hoe te citeren? — Graag bronvermelding !\n\nQr-MIA\n\nDeel deze tekst met een kennis\nHet e-mailadres:\n\n"
             "In De Haven, het blad van de bond, komt een interessant document voor: een brief die op het ogenblik circuleert.\n")
    root = convert_text(dutch, "brief.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Brief aan de havenarbeiders"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1965-07"]  # "juli 1965", the source's date
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP).startswith("De Haven, orgaan")
    assert root.xpath("//tei:respStmt[tei:resp/@key='trc']/tei:persName/text()", namespaces=NSMAP) == ["Piet Jansen"]
    assert [" ".join(p.itertext()) for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == [dutch.rsplit("\n\n", 1)[1].strip()]
    german = ("Anna Roe\n\nAn die Hafenarbeiter\n\nGeschrieben: 5. März 1919.\nQuelle: Die Rote Fahne, 6. März 1919.\n"
              "Übersetzung: Hans Berg.\n\nGenossen! Die Arbeit im Hafen ruht seit drei Tagen, und die Herren verhandeln nicht.\n")
    root = convert_text(german, "hafen.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1919-03-05"]
    assert root.xpath("//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()", namespaces=NSMAP) == ["Hans Berg"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP).startswith("Die Rote Fahne")
    labelled = convert_text("An die Hafenarbeiter\n\nAutor/in: Anna Roe\n\nQuelle: Die Rote Fahne, 6. März 1919.\n\n"
                            "Genossen! Die Arbeit im Hafen ruht seit drei Tagen, und die Herren verhandeln nicht.\n", "hafen.txt")
    assert labelled.tree.getroot().xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Anna Roe"]


def test_a_first_published_line_with_a_comma_dates_the_text() -> None:
    page = ("THE STORY OF THE HARBOUR STRIKE\n by Ann Roe\nFirst Published, 1919 – Reprinted by the Dock Press, 1980, Portside\n\n"
            "I was happy to get my copy of this classic, written by the playwright and former docker, a less known memoir.\n")
    root = convert_text(page, "strike.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1919"]
    assert root.xpath("string(//tei:bibl[@type='firstPublished'])", namespaces=NSMAP).startswith("1919 – Reprinted")
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_standfirst_opening_with_the_piece_by_its_writers_names_the_authors() -> None:
    page = ("Ann Roe, Portside Wobbly\n\nA biographical article by Tom Ward and Bea Lee of Ann Roe, an early member of the union.\n\n"
            "“I was born in a country considered to be free,” said Ann Roe, when she took the post of secretary.\n")
    root = convert_text(page, "roe.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Tom Ward", "Bea Lee"]
    # a standfirst telling of another piece names no author of this one
    page = page.replace("A biographical article by", "A reply to an article by")
    assert not convert_text(page, "roe.txt").tree.getroot().xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


def test_a_sections_label_over_a_title_with_a_colon_and_a_byline() -> None:
    page = ("Book Reviews\n\nLosing Ground: The Dockers’ Union in Portside. A Review of The Dockers’ Union: Documents, "
            "1919–30, edited by Ann Roe\n\nbook cover\n\nBy Tom Ward\n\nBook Cover\n\n"
            "This monumental collection gathers the main documents of the union, a tendency that emerged in December 1920.\n")
    root = convert_text(page, "review.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP)[0].startswith("Losing Ground: The Dockers’ Union")
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Tom Ward"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Book Reviews"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_wire_storys_agency_byline_caption_reporters_credit_and_copyright_line() -> None:
    page = ("Weather Club\nDockers to widen their strike on Friday in the pay dispute with the harbour companies\n\n"
            "Strikers walked out of the harbour gates on Tuesday. (ABC, POOL, WXYZ)\nBy The Associated Press\n"
            "Published: Sep. 27, 2023 at 1:27 PM CDT\n"
            "PORTSIDE (AP) — The dockers' union says it will announce on Friday how it plans to widen its strike.\n\n"
            "The union went on strike on Sept. 14 when it could not reach an agreement with the harbour companies.\n\n"
            "____\n\nRoe reported from Harbour Town.\n\nCopyright 2023 The Associated Press. All rights reserved.\n")
    conversion = convert_text(page, "wire.txt")
    assert title(conversion) == ["Dockers to widen their strike on Friday in the pay dispute with the harbour companies"]
    assert xpath(conversion, "//tei:titleStmt/tei:author/tei:orgName/text()") == ["The Associated Press"]
    # the menu's item over the headline and the picture's caption under it are the page's, kept as header notes
    assert xpath(conversion, "//tei:notesStmt/tei:note[@type = 'sourceHeader']/text()") == [
        "Weather Club", "Strikers walked out of the harbour gates on Tuesday. (ABC, POOL, WXYZ)"]
    assert xpath(conversion, "//tei:notesStmt/tei:note[not(@type)]/text()") == ["Roe reported from Harbour Town."]
    assert xpath(conversion, "//tei:availability/tei:licence/text()") == ["Copyright 2023 The Associated Press. All rights reserved."]
    assert [p[:10] for p in xpath(conversion, "//tei:body//tei:p/text()")] == ["PORTSIDE (", "The union "]
    assert validate_tree(conversion.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []
    # a caption's credit closes its sentence; a title's initials in brackets close none
    assert PHOTO_CAPTION.match("Strikers at the gate. (AP Photo/Ann Roe)")
    assert not PHOTO_CAPTION.match("Speeches by members of the Dockers' Political Union (DPU)")


def test_a_one_word_section_over_a_headline_with_its_subtitle_and_a_day() -> None:
    page = ("Portside\n\nLeading by example: The life and struggles of Ann Roe\n\n02 March 2018\nShare\n\n"
            "ANN Roe was born in 1889 in the harbour town, where her parents had come from the north to work in the mills.\n")
    conversion = convert_text(page, "roe.txt")
    assert title(conversion) == ["Leading by example: The life and struggles of Ann Roe"]
    assert xpath(conversion, "//tei:notesStmt/tei:note/text()") == ["Portside"]
    # A one-word title over a subtitle without a colon stays the title.
    assert title(convert_text("Imperialism\n\nThe Highest Stage of Capitalism\n\n02 March 2018\n\n" + LONG_LINE, "i.txt")) == ["Imperialism"]


def test_a_sites_name_with_its_motto_over_the_pages_title() -> None:
    page = ("Harbour Town: A history of the dockers' unions 1890-1930\n\n\nThe strike bulletin of Ann Roe, 3 May 1926\n\n"
            "image thumbnail  image thumbnail\n\n"
            "Ann Roe led the dockers of the harbour town through the general strike, and printed this bulletin each morning "
            "for the nine days it lasted.\n")
    conversion = convert_text(page, "bulletin.txt")
    assert xpath(conversion, "string(//tei:titleStmt/tei:title)").startswith("The strike bulletin of Ann Roe")
    assert not xpath(conversion, "//tei:titleStmt/tei:author")
    assert xpath(conversion, "//tei:notesStmt/tei:note/text()") == ["Harbour Town: A history of the dockers' unions 1890-1930"]
    assert xpath(conversion, "//tei:creation/tei:date/@when") == ["1926-05-03"]


def test_a_periodicals_number_and_date_under_the_title_and_the_names_over_it() -> None:
    page = ("You are here: The Harbour Society/A Dock in Winter: An interview with Ann Roe\n\n"
            "A Dock in Winter: An interview with Ann Roe\n\nB. C. Lee and Tom Ward\n\nHarbour Review 157 | June 2023\n\n"
            "On January 21, 2023, the society's members B. C. Lee and Tom Ward interviewed Ann Roe about her novel, "
            "in which the dockers of the town win their long strike. An edited transcript follows.\n")
    root = convert_text(page, "dock.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["A Dock in Winter: An interview with Ann Roe"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["B. C. Lee", "Tom Ward"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == "Harbour Review 157 | June 2023"
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_name_alone_between_the_titles_issue_and_the_text_is_the_author() -> None:
    page = ("Dockers and parliaments in Portside 1918-23: A reply to Tom Ward\n\nIssue: 150\n\nAnn Roe\n\n"
            "Tom Ward gave a rather misleading account of my talk on the dockers' councils in the last issue of the Review, "
            "and I answer him here at some length.\n")
    root = convert_text(page, "reply.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Dockers and parliaments in Portside 1918-23: A reply to Tom Ward"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == "Issue: 150"
    assert not root.xpath("//tei:body//tei:head | //tei:body//tei:opener", namespaces=NSMAP)


def test_a_page_with_login_chrome_its_title_repeated_a_delivered_line_and_a_speech_address_run_into_the_text() -> None:
    page = ("My Saved Pages\n\nPlease Login to save pages.\n\nIf you are not a registered user, then click here.\n\n"
            "Tide or Nothing Speech\nAnn Roe\n\n  1 of 12 Next Page\n          Tide or Nothing Speech\n"
            "Images (2)\n\nA speech delivered at the Harbour Hall in Portside, on November 13, 1913.\n"
            "Ann Roe explains why the dockers' movement has grown militant, comparing their cause to the sailors' fight.\n\n"
            "Bob Lee, president of the Portside Dockers' Association, introduced Roe, who held her listeners rapt that night.\n\n"
            "Mr. Lee, ladies and gentlemen: Many people come to Portside to address meetings as advocates of some reform.\n")
    conversion = convert_text(page, "tide.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title[@type='main']/text()", namespaces=NSMAP) == ["Tide or Nothing Speech"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1913-11-13"]
    assert root.xpath("//tei:opener/tei:salute/text()", namespaces=NSMAP) == ["Mr. Lee, ladies and gentlemen:"]
    assert [p.text[:12] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["Ann Roe expl", "Bob Lee, pre", "Many people "]
    removed = {(e.text, e.reason) for e in conversion.report.removed}
    assert {("Please Login to save pages.", "login prompt"), ("If you are not a registered user, then click here.", "login prompt"),
            ("1 of 12 Next Page", "site chrome"), ("Images (2)", "site chrome"),
            ("Tide or Nothing Speech", "the title line repeated (the page's title, then its heading)")} <= removed
    assert validate_tree(conversion.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []


def test_a_kicker_before_a_headlines_colon_is_no_author_and_a_short_answer_under_a_speakers_label_no_heading() -> None:
    page = ("VIDEO: Harbour Activist Ann Roe Turns 100; Watch a Never-Aired Interview\n\n\n"
            "As the harbour activist Ann Roe turns 100 years old today, we revisit an interview with her from our archives.\n\n"
            "BOB LEE: Welcome to the programme, Ann Roe.\n\nANN ROE: It’s wonderful to be here.\n\n"
            "BOB LEE: When were you born?\n\nANN ROE: 1915, during the war. It’s unbelievable, when I think—\n\n"
            "BOB LEE: And the harbour then, what was it like for a girl who lived by the docks?\n")
    root = convert_text(page, "roe.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "VIDEO: Harbour Activist Ann Roe Turns 100; Watch a Never-Aired Interview"]
    assert not root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert len(root.xpath("//tei:body//tei:p", namespaces=NSMAP)) == 6


def test_a_periodicals_running_head_with_the_article_the_source_spells_without_it_is_no_title() -> None:
    page = ("Main Review Index | Main Newspaper Index\n\nThe Harbour Review, January 1938\n\n\u00a0\n\nNotes\n\n"
            "From Harbour Review, Vol.4 No.1, January 1938, p.2.\n\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    root = convert_text(page, "notes.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title[@type='main']/text()", namespaces=NSMAP) == ["Notes"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1938-01"]


def test_a_title_beginning_with_from_takes_no_field_under_it_into_itself() -> None:
    page = ("Ann Roe Archive\n\nFrom A Harbour To a Sea.\n\nSource: original typescript marked “Archer 5/-”;\n"
            "Transcribed: by Bob Lee.\n\n"
            "This short, undated and unsigned typescript review of the book was found in the papers of a bookseller in London.\n")
    root = convert_text(page, "review.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["From A Harbour To a Sea."]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == (
        "original typescript marked “Archer 5/-”")


def test_a_translator_named_in_the_standfirst_is_credited_and_the_sentence_stays() -> None:
    page = ("The Harbour Review, December 1945\n\n\nFacing the New Period\n\n\n"
            "From The Harbour Review, Vol.6 No.12, December 1945, pp.379-382.\n\n\n"
            "We publish below the first section of the thesis approved by the harbour section at its conference.\n\n"
            "This document was translated from the Portuguese by Ann Roe and Bob Lee. The other sections will follow.\n\n"
            "1. The Strike\n\nThe strike began in the winter and ended in the spring, when the ships came back.\n")
    root = convert_text(page, "thesis.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:respStmt[tei:resp/@key='trl']/tei:persName/text()", namespaces=NSMAP) == [
        "Ann Roe", "Bob Lee"]
    assert root.xpath("//tei:body//tei:p[starts-with(., 'This document was translated')]", namespaces=NSMAP)


def test_a_translation_told_of_a_quoted_text_names_no_persons_translator() -> None:
    assert pt.named_translator("The letter, translated by the editors of the paper, follows.") is None
    assert pt.named_translator("It was translated into English by Ann Roe.") == ("translated into English", "Ann Roe")


def test_a_blog_entry_quoting_headline_hyphen_attribution_over_a_rule_and_a_dated_entry_line(tei_all: TeiAll) -> None:
    page = ("Harbour Journal: Dock Trial: Ann Roe, “The interest of the dockers the world over is bound together.”\n\n"
            "Share\n\n"
            "[In the port] they were striking\nto keep the harbour alive\nfor the dockers of the world.\n-Ann Roe\n"
            + "~" * 44 + "\n\n"
            "Harbour Journal, Tuesday August 13, 1918\nDock Town – The Trial, Ann Roe Takes the Stand\n\n"
            "The Dockers Speak on the Right to Work\n\n"
            "From the beginning of the trial the prosecution harped upon one sentence of her pamphlet on the strike, which"
            " said that the question of right or wrong did not concern the dockers at all, whatever the owners thought.\n")
    conversion = convert_text(page, "entry.txt")
    root = conversion.tree.getroot()
    assert title(conversion) == [page.split("\n")[0]]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1918-08-13"]
    epigraph = root.find(".//tei:body/tei:epigraph", NSMAP)
    assert epigraph.findtext("tei:bibl", namespaces=NSMAP) == "-Ann Roe" and len(epigraph.findall(".//tei:l", NSMAP)) == 3
    assert root.xpath("string(//tei:body/tei:dateline/tei:date/@when)", namespaces=NSMAP) == "1918-08-13"
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["The Dockers Speak on the Right to Work"]
    assert validate_tree(conversion.tree, "entry.xml") == [] and tei_all(conversion.tree) == []


def test_a_late_author_field_names_the_author_or_stays_in_the_text_never_lost() -> None:
    page = ("The Harbour Programme\n\n1 The Harbour Programme of the Dock Party. Adopted by its Founding Convention in the town hall of the port of the city on the bay, as published in the Harbour Socialist, Sept. 5, ..\n"
            "Author: Ann Roe\n1 downloads 0 Views 68KB Size\n\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter of that year.\n")
    conversion = convert_text(page, "programme.txt")
    assert authors(conversion) == ["Ann Roe"]
    assert ("Author", "field label (its value is in the TEI header)") in [(e.text, e.reason) for e in conversion.report.removed]
    signed = ("Bob Lee\n\nThe Harbour Programme\n\nWritten: 1919\n\n" + page.split("\n\n", 2)[2]
              + "\nAuthor: Ann Roe\n\nThe dockers read it aloud at every meeting of the winter, and then again in the spring.\n")
    conversion = convert_text(signed, "programme.txt")
    assert authors(conversion) == ["Bob Lee"]
    assert xpath(conversion, "//tei:body//*[. = 'Author: Ann Roe']")  # kept in the text


def test_a_part_of_a_book_under_its_title_and_the_author_from_the_archives_name() -> None:
    page = ("Ann Roe Archive\n\nThe Harbour : A History of the Dock Party\nPreface : Why I Wrote It\n\n"
            "Written: 1935.\nTranscription/Markup: Bob Lee\nOnline Source:; 2021\n\n" + LONG_LINE)
    conversion = convert_text(page, "preface.txt")
    assert title(conversion) == ["Preface : Why I Wrote It"]
    assert authors(conversion) == ["Ann Roe"]
    assert xpath(conversion, "//tei:notesStmt/tei:note/text()") == ["The Harbour : A History of the Dock Party"]
    assert not xpath(conversion, "//tei:body//*[contains(., 'Online Source')]")
    # An unsigned review among the author's papers is not the author's.
    review = convert_text(page.replace("Written: 1935.\n", "") + "\n\nThis unsigned review was found among her papers.\n",
                          "review.txt")
    assert authors(review) == []


def test_a_mail_archives_post_its_sender_the_lists_tag_and_its_links() -> None:
    post = convert_text("[dock-l] The Strike Is Over\n\nFrom: annroe (ann@example.org)\nDate: Wed Sep 05 2001 - 15:25:30 EDT\n\n"
                        "  • Next message: bob: \"[dock-l] Re: The Strike Is Over\"\n\n" + LONG_LINE, "post.txt")
    assert title(post) == ["The Strike Is Over"]
    assert authors(post) == ["annroe"]
    assert xpath(post, "//tei:creation/tei:date/@when") == ["2001-09-05"]
    assert not xpath(post, "//tei:body//*[contains(., 'Next message')]")
    assert {"From: (ann@example.org)", '• Next message: bob: "[dock-l] Re: The Strike Is Over"', "[dock-l]"} <= {
        e.text for e in post.report.removed}
    named = convert_text("The Strike\n\nFrom: ann@example.org (Ann Roe)\n\n" + LONG_LINE, "post.txt")
    assert authors(named) == ["Ann Roe"]


def test_a_mails_subject_header_is_its_title_and_a_quoted_sender_with_a_scrubbed_address_its_author() -> None:
    post = convert_text("Archiver > DOCK-HISTORY > 2003-10 > 1067377130\n\nFrom: \"ann roe\" <>\n"
                        "Subject: [DOCK-History] The harbour strike ( cont )\nDate: Tue, 28 Oct 2003 21:38:56 -0000\n\n"
                        + LONG_LINE, "post.txt")
    assert title(post) == ["The harbour strike ( cont )"]
    assert authors(post) == ["ann roe"]
    assert xpath(post, "//tei:creation/tei:date/@when") == ["2003-10-28"]
    assert {"From: <>", "Subject:", "[DOCK-History]"} <= {e.text for e in post.report.removed}
    # without a sender's header, "Subject:" is a header line like any other, not the title
    page = convert_text("The Harbour Strike\n\nSubject: Harbour history\nDate: 28 October 2003\n\n" + LONG_LINE, "page.txt")
    assert title(page) == ["The Harbour Strike"]
    assert "Subject: Harbour history" in xpath(page, "//tei:notesStmt/tei:note/text()")


def test_an_interviewers_credit_closed_by_the_interviews_day_dates_the_text() -> None:
    interview = convert_text("INTERVIEW WITH ANN ROE, HARBOUR UNION SECRETARY\n\n"
                             "CONDUCTED BY BOB LEE AND CY DOE, 26TH AUGUST 2014.\n\n" + LONG_LINE, "interview.txt")
    assert xpath(interview, "//tei:respStmt[tei:resp/@key='ivr']/tei:persName/text()") == ["BOB LEE", "CY DOE"]
    assert xpath(interview, "//tei:creation/tei:date/@when") == ["2014-08-26"]
    # a transcriber's date is the transcription's, not the text's
    transcribed = convert_text("The Harbour Strike\n\nTranscribed by Bob Lee, 26th August 2014.\n\n" + LONG_LINE, "strike.txt")
    assert not xpath(transcribed, "//tei:creation/tei:date")


def test_a_byline_closing_the_title_line_under_a_running_head_and_the_date_after_a_dash() -> None:
    speech = convert_text("Roe: Keynote Speech to the Dock Convention [May 8, 1920] 1\n\n"
                          "The Hope of the Harbour: Keynote Address to the Convention: Dock Town — May 8, 1920. by Ann Roe\n\n"
                          "Published in The Harbour Day, v. 1, no. 2 (June 19, 1920), pg. 3.\n\n" + LONG_LINE, "keynote.txt")
    assert authors(speech) == ["Ann Roe"]
    assert xpath(speech, "string(//tei:titleStmt/tei:title)").startswith("The Hope of the Harbour: Keynote Address")
    assert xpath(speech, "//tei:creation/tei:date/@when") == ["1920-05-08"]
    assert xpath(speech, "//tei:notesStmt/tei:note/text()") == ["Roe: Keynote Speech to the Dock Convention [May 8, 1920] 1"]
    # A title whose last sentence names who it is by is no byline: the name must close the line.
    essay = convert_text("The Strike. An Account by Ann Roe of the Dock Strike\n\n" + LONG_LINE, "strike.txt")
    assert authors(essay) == []
    # A title in small letters, then the byline in capitals, under a masthead's issue line; not a title in capitals.
    story = convert_text("Harbour Review Vol. X. JULY 1909 No. 1\n\nThe Unanswered Question BY ANN ROE.\n\n" + LONG_LINE, "story.txt")
    assert title(story) == ["The Unanswered Question"] and authors(story) == ["ANN ROE"]
    shouting = convert_text("MURDER BY THE HARBOUR MASTERS\n\n" + LONG_LINE, "murder.txt")
    assert title(shouting) == ["MURDER BY THE HARBOUR MASTERS"] and authors(shouting) == []


def test_a_name_in_the_written_field_is_the_author_and_a_library_records_year_published() -> None:
    index = convert_text("The Great Dock Strike\n\nWritten: Ann B. Roe\nFirst Published: Harbour Press, Dock Town, 1920\n\n"
                         + LONG_LINE, "strike.txt")
    assert authors(index) == ["Ann B. Roe"]
    assert xpath(index, "//tei:creation/tei:date/@notAfter") == ["1920"]
    assert not xpath(index, "//tei:creation/tei:date[. = 'Ann B. Roe']")
    placed = convert_text("The Great Dock Strike\n\nWritten: Dock Town, Harbourland\n\n" + LONG_LINE, "strike.txt")
    assert authors(placed) == []
    record = convert_text("The Dock Strike\n\nRoe, Ann\nPublisher:  Harbour Monthly\nYear Published:  1939\n\n" + LONG_LINE, "r.txt")
    assert xpath(record, "//tei:creation/tei:date/@notAfter") == ["1939"]


def test_a_first_published_at_line_with_no_date_and_a_bare_published_label() -> None:
    page = ("The lost voice of Ann Roe\n\nPublished\nAnn Roe\n\nFirst published at Harbour Journal.\n\n"
            "To students of the harbour's history, the name of the first secretary is a constant, and inevitable, presence.\n")
    root = convert_text(page, "roe.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The lost voice of Ann Roe"]
    assert root.xpath("string(//tei:bibl[@type='firstPublished'])", namespaces=NSMAP) == "Harbour Journal"
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Published", "Ann Roe"]
    # the name the title speaks of, under it, is a picture's caption, not the author
    assert not root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)
    assert root.xpath("string(//tei:body/tei:p)", namespaces=NSMAP).startswith("To students")


def test_a_title_in_capitals_one_word_a_line_and_the_later_printings_under_the_first() -> None:
    page = ("THE\n\nHARBOUR\n\nSTRIKE\n\nFirst Published in \"The Harbour Review,\" 1935.\n\n"
            "First English Translation published in The Dock Gazette, January, 1938.\n\n"
            "Reprinted with an introduction, February, 1940. Reprinted July, 1942\n\n"
            "Introduction\n\nTHE crushing of the strike in the early part of 1921 is, as the author remarks, of decisive importance.\n")
    root = convert_text(page, "strike.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["THE HARBOUR STRIKE"]
    assert not root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1935"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == [
        "First English Translation published in The Dock Gazette, January, 1938.",
        "Reprinted with an introduction, February, 1940. Reprinted July, 1942"]
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["Introduction"]
    assert root.xpath("string(//tei:body//tei:p)", namespaces=NSMAP).startswith("THE crushing")


def test_a_post_date_glued_to_the_titles_end_is_the_pages_date() -> None:
    page = ("jump to navigation\n\nLeft Archive: Manifesto of the Dockers' Party, DP, c.1949 April 11, 2011\n\n"
            "Posted by HarbourWatch in Harbour Archive, Dockers' Party.\n\n"
            "This is an important document, donated to the Archive by the party, for which many thanks to its members.\n")
    root = convert_text(page, "manifesto.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Left Archive: Manifesto of the Dockers' Party, DP, c.1949"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2011-04-11"]
    # a title's own date follows a word like "of", and a post on a page with no chrome is read the same way
    page = "The Massacre of April 11, 1995\n\nBy Ann Roe\n\nThe harbour was quiet that morning, and quieter still when the police came.\n"
    root = convert_text(page, "massacre.txt").tree.getroot()
    assert root.xpath("string(//tei:titleStmt/tei:title)", namespaces=NSMAP) == "The Massacre of April 11, 1995"
    page = page.replace("The Massacre of April", "The Harbour Went Quiet April")
    root = convert_text(page, "massacre.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Harbour Went Quiet"]
    assert root.xpath("//tei:bibl[@type='transcription']/tei:date[@type='released']/@when", namespaces=NSMAP) == ["1995-04-11"]


def test_a_page_title_naming_the_periodical_before_the_title_and_the_issue_running_over_the_page() -> None:
    page = ("HARBOUR NEWS, SepOct 11, Quiet Waters: A Docker's Journal\n\nwww.harbournews.example.org\n\n\n\n\n"
            "HARBOUR NEWS, September-October 2011\n\nAs Others See Us\n\nQuiet Waters: A Docker's Journal\n\n"
            "I recently finished the first part of Quiet Waters, a docker's journal, and have to say that it is a great read.\n")
    root = convert_text(page, "waters.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Quiet Waters: A Docker's Journal"]
    assert root.xpath("//tei:creation/tei:date/@*", namespaces=NSMAP) == ["2011-09", "2011-10"]  # the issue of two months
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "HARBOUR NEWS, September-October 2011"
    notes = root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP)
    assert "www.harbournews.example.org" in notes and "As Others See Us" in notes
    assert [p.text[:10] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["I recently"]


def test_a_title_line_stopping_on_a_small_word_goes_on_with_the_line_under_it_not_a_running_head() -> None:
    page = ("Introduction and Notes for\nInterview with Ann Roe in 1879\n\n\n"
            "Source: Pamphlet by the Harbour Institute, 1972, as “An Interview with Ann Roe in 1879,” first published in "
            "the Portside Tribune, January 5 1879.\nTranscribed: by Bob Lee.\n\n"
            "The Harbour Institute is an educational, research and bibliographical institute with many purposes.\n")
    root = convert_text(page, "roe.txt").tree.getroot()
    assert root.xpath("string(//tei:titleStmt/tei:title)", namespaces=NSMAP) == "Introduction and Notes for Interview with Ann Roe in 1879"


def test_a_series_label_in_lower_case_before_a_bar_and_a_long_standfirst_naming_the_writer_in_this_piece() -> None:
    page = ("harbour reflections | Ann Roe and the Portside Left\n\n"
            "Ann Roe (1934-83) was a lifelong socialist activist and writer. Apart from her work on the history of the "
            "harbour and her critical writings on the union, she produced a series of political pieces covering the 1950s "
            "to the 1980s, many of which are being rediscovered and published. In this piece Bob Lee demonstrates "
            "Ann Roe’s independent approach to handling changing political conditions.\n\n"
            "Ann Roe was one of the most remarkable individuals on the harbour left in the second half of the century, "
            "and her work amply repays study, as the men who knew her on the quays will say.\n")
    root = convert_text(page, "roe.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe and the Portside Left"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["harbour reflections"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Bob Lee"]


def test_a_title_with_its_byline_under_the_fields_and_a_blogs_name_cut_before_its_bar() -> None:
    page = ("Translated and transcribed: for the archive by Bob Lee.\nHarbour Notes |\n"
            "Ann Roe [1] Interview by Carl Moss\n"
            "I met the dockers' leader at the gate of the yard, where the night shift was going in under the lamps.\n"
            "She spoke of the strike as of a thing long past, though it had ended only that spring.\n"
            "[1]Roe, Ann (1879-1940) Leader of the harbour union in the great strike.\n")
    conversion = convert_text(page, "roe.txt")
    assert title(conversion) == ["Ann Roe Interview"]
    assert xpath(conversion, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Carl Moss"]
    assert xpath(conversion, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Bob Lee"]
    assert ("Harbour Notes |", "site name") in [(e.text, e.reason) for e in conversion.report.removed]
    assert xpath(conversion, "//tei:body//tei:head") == [] and xpath(conversion, "//tei:body/tei:p[1]/text()")[0][:5] == "I met"
    dated = convert_text(page.replace("Interview by Carl Moss", "Interview by Carl Moss, 1929"), "roe.txt")
    assert xpath(dated, "//tei:creation/tei:date/@when") == ["1929"]  # the year after the byline is kept


def test_a_notes_label_closing_on_its_first_word() -> None:
    page = ("A Night on the Quays\n\nThe strike began at night.[1] It ended in the spring, when the yards opened again.\n\n"
            "[1]Roe, Ann (1879-1940) Leader of the harbour union.\n")
    conversion = convert_text(page, "quays.txt")
    assert xpath(conversion, "//tei:note[@n='1']/tei:p/text()") == ["Roe, Ann (1879-1940) Leader of the harbour union."]


def test_a_name_and_a_year_in_brackets_under_the_title_name_the_author_and_date_the_text() -> None:
    page = ("THE STORY OF THE HARBOUR STRIKE\n\n(Ann Roe, 1919)\n\n"
            "The strike began at night, when the men of the coal quay walked off the boats and went home to sleep.\n")
    conversion = convert_text(page, "strike.txt")
    assert xpath(conversion, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Ann Roe"]
    assert xpath(conversion, "//tei:creation/tei:date/@when") == ["1919"]
    assert xpath(conversion, "//tei:notesStmt/tei:note/text()") == ["(Ann Roe, 1919)"]
    archived = convert_text("THE HARBOUR STRIKE\n(Ann Roe, 1919)\nTranscribed: Bob Lee.\n\n" + page.split("\n\n")[-1], "strike.txt")
    assert xpath(archived, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Ann Roe"]
    assert xpath(archived, "//tei:creation/tei:date/@when") == ["1919"]


def test_a_swedish_pages_translator_label() -> None:
    page = ("Översättning: Bob Lee\nHTML: Ann Roe\n\n"
            + "Jag har hört att det finns planer på att göra en film om hans liv, och att den inte har kommit till oss. " * 3 + "\n")
    conversion = convert_text(page, "liv.txt")
    assert xpath(conversion, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Bob Lee"]
    assert xpath(conversion, "/tei:TEI/@xml:lang") == ["sv"]


def test_a_byline_going_on_to_a_periodical_named_like_a_person_and_its_date() -> None:
    page = ("This site is a static archive. Visit the current union website at ▸\nSkip to main content\n\n\n"
            "\"High Tides\" of the Harbour Convention\n\n"
            "By Ann Roe, Harbour Pioneer, July 1921 pages 38 to 42, inclusive. Published by the Harbour Union\n\n"
            "THE MORNING SESSION of the tenth day was taken up in debate over the changing of the dues of the union.\n\n"
            "Defense Resolutions\n\nDuring the morning session of the eleventh day the following resolutions were adopted.\n")
    conversion = convert_text(page, "tides.txt")
    assert xpath(conversion, "//tei:body//tei:head/text()") == ["Defense Resolutions"]  # a meeting's papers sign nothing
    assert title(conversion) == ['"High Tides" of the Harbour Convention']
    assert xpath(conversion, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Ann Roe"]
    assert xpath(conversion, "string(//tei:bibl[@type='source'])").startswith("Harbour Pioneer, July 1921")


def test_a_persons_name_over_an_organisations_name_is_the_author_over_the_title() -> None:
    page = ("Ann Roe\n\n\nThe Harbour Group\n\n\n"
            "This brief chronicle tells of the only struggle within the party against its final submission to the leaders.\n\n"
            "Ann Roe, August 1973\n")
    conversion = convert_text(page, "preface.txt")
    assert title(conversion) == ["The Harbour Group"]
    assert xpath(conversion, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Ann Roe"]
    assert not xpath(conversion, "//tei:body//tei:head")


def test_a_pictures_alternative_text_and_the_name_twice_over_the_title_and_a_source_going_on_after_a_semicolon() -> None:
    page = ("ann in blue\nAnn Roe Example\n\n\nAnn Roe Example\n\nLetter to the Harbour Union\n\n\n"
            "Date: December 12, 1940\nSource: The Harbour Weekly Volume II, Number 1, January 1941;\n"
            "Published by the Harbour Publishing Association, New York City\nTranscribed: Bob Lee\n\n" + LONG_LINE)
    conversion = convert_text(page, "letter.txt")
    assert title(conversion) == ["Letter to the Harbour Union"]
    assert authors(conversion) == ["Ann Roe Example"]
    assert xpath(conversion, "//tei:notesStmt/tei:note/text()") == ["ann in blue"]
    source = xpath(conversion, "//tei:bibl[@type='source']")[0]
    assert source.xpath("string()").endswith("January 1941; Published by the Harbour Publishing Association, New York City")
    assert source.xpath("tei:publisher/text()", namespaces=NSMAP) == ["Harbour Publishing Association"]
    assert ("Ann Roe Example", "the author's name repeated") in [(e.text, e.reason) for e in conversion.report.removed]


def test_a_correspondence_between_a_body_and_a_person_closing_in_french_style_and_dated_in_figures() -> None:
    page = ("Ann Roe—Harbour Union\n\nWritten: 1946 through 1949\nTranslation: Bob Lee\n\n"
            "Harbour Union (Radical) to Ann Roe\n\nLyon, 16th December 1946\n\nDear comrade Ann,\n\n" + LONG_LINE + "\n\n"
            "Hoping to hear from you, receive dear comrade our fraternal salutation.\n\n"
            "Address : Jean Lee 7, Impasse du Port LYON\n\n"
            "Ann Roe to the Harbour Union (Radical)\n\nCoyoacan, 28.1.47\n\nDear comrade,\n\n" + LONG_LINE + "\n\n"
            "Receive dear comrade my fraternal salutation.\n\nAnn Roe\n")
    conversion = convert_text(page, "letters.txt")
    assert xpath(conversion, "//tei:body//tei:head/text()") == ["Harbour Union (Radical) to Ann Roe", "Ann Roe to the Harbour Union (Radical)"]
    assert [dateline.xpath("string()") for dateline in xpath(conversion, "//tei:opener/tei:dateline")] == [
        "Lyon, 16th December 1946", "Coyoacan, 28.1.47"]
    assert xpath(conversion, "//tei:closer/tei:salute/text()") == [
        "Hoping to hear from you, receive dear comrade our fraternal salutation.", "Receive dear comrade my fraternal salutation."]
    assert not xpath(conversion, "//tei:address")  # the writer's own address, under the closing, is text
    assert xpath(conversion, "//tei:creation/tei:date/@from") == ["1946"]
    # each letter has its writer: the first heading's is not the author of the whole correspondence
    assert authors(conversion) != ["Harbour Union"]


@pytest.mark.parametrize(("line", "expected_title", "expected_authors"), [
    ("Ann Roe: a revolutionary life", "Ann Roe: a revolutionary life", []),  # the person described: the subject
    ("Ann Roe: Worker, Founder, Visionary", "Ann Roe: Worker, Founder, Visionary", []),
    ("Ann Roe: On the Tides of the Harbour", "On the Tides of the Harbour", ["Ann Roe"]),  # the author and her title
    ("Harbour Rebel: Ann Roe", "Harbour Rebel: Ann Roe", []),  # a name after the colon: the subject, a book on her
    ("Unionism and Democracy: A Conversation", "Unionism and Democracy: A Conversation", []),  # ideas, no authors
    ("Ann Roe: A Life on the Docks, by Bob Lee", "Ann Roe: A Life on the Docks, by Bob Lee", []),  # a book on her, by him
])
def test_a_name_and_a_colon_over_the_text_names_the_author_unless_what_follows_describes_the_person(
        line: str, expected_title: str, expected_authors: list[str]) -> None:
    conversion = convert_text(f"{line}\n\n{LONG_LINE}\n", "page.txt")
    assert title(conversion) == [expected_title]
    assert authors(conversion) == expected_authors


def test_the_years_of_another_writers_work_in_the_title_date_neither_the_text_nor_the_book_citing_it() -> None:
    page = ("Ann Roe\n\n\nCarl Doe: Letters to Ann and Bob Roe from 1901 to 1915\n\n"
            "Published: Carl Doe: Letters to Ann and Bob Roe from 1901 to 1915, Harbour Press, 1972\n"
            "Translated: Cy Lee;\n\n" + LONG_LINE)
    root = convert_text(page, "letters.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1972"]  # the introduction's book
    assert not root.xpath("//tei:creation/tei:date/@from", namespaces=NSMAP)


def test_under_the_licence_closing_the_fields_a_heading_and_a_labelled_line_open_the_text() -> None:
    page = ("Proceedings of the Harbour Conference\n\nPortside, April 1946\n\nAdopted: April, 1946.\n"
            "Source: Harbour News, Volume VII, No. 6, June 1946, pages 183-187.\n"
            "Public Domain: Harbour Archive 2005. You can freely copy, distribute, display and perform this work.\n\n"
            "Motion on the Authority of the Conference\n\n"
            "MOTION: To establish the authority of this Conference and of the bodies elected by it.\n\n" + LONG_LINE)
    conversion = convert_text(page, "motion.txt")
    assert title(conversion) == ["Proceedings of the Harbour Conference"]
    assert not xpath(conversion, "//tei:notesStmt")  # nothing left over in the header
    assert xpath(conversion, "//tei:body//tei:head/text()") == ["Motion on the Authority of the Conference"]
    assert xpath(conversion, "//tei:body//tei:p/text()")[0].startswith("MOTION: To establish")


def test_a_post_date_over_the_title_gives_way_to_the_earlier_day_the_opening_sentence_states() -> None:
    page = ("26 May 2022\n\nResolution on programme\n\n"
            "Resolution agreed at the Party membership aggregate of December 2 1995. Published alongside a report in Harbour News.\n\n\n"
            + LONG_LINE)
    root = convert_text(page, "programme.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1995-12-02"]
    assert root.xpath("//tei:titlePage/tei:docDate/@when", namespaces=NSMAP) == ["2022-05-26"]  # kept: when it was posted


def test_a_postal_address_over_a_yearless_day_and_a_salutation_opens_the_letter() -> None:
    page = ("Ann Roe\n\nTo Her Sister Bea\n\n\nWritten: 14 December, 1915. Letter sent from Berne.\n"
            "Public Domain: Harbour Archive 2008. You may freely copy this work.\n\n\n"
            "Bea Roe,\nHarbour Street, 7, Apt. 13,\nPortside,\nRussia\n\nDecember 14\n\nDear Bea,\n\n" + LONG_LINE)
    conversion = convert_text(page, "letter.txt")
    assert xpath(conversion, "//tei:opener/tei:address/tei:addrLine/text()") == [
        "Bea Roe,", "Harbour Street, 7, Apt. 13,", "Portside,", "Russia"]
    assert xpath(conversion, "//tei:opener/tei:dateline/text()") == ["December 14"]
    assert xpath(conversion, "//tei:opener/tei:salute/text()") == ["Dear Bea,"]
    assert not xpath(conversion, "//tei:body//tei:head")


def test_a_sites_menu_of_links_set_apart_and_an_issue_line_with_its_month_first_over_the_title() -> None:
    page = ("Home\n\nContents\n\nSubscribe\n\nWrite us!\n[email\u00a0protected]\n\n"
            "March 2003 • Vol 3, No. 2 •\n\nAnn Roe\n1910-2003\n\nby Bea Doe and Cy Poe\n\n\n" + LONG_LINE)
    conversion = convert_text(page, "obituary.txt")
    assert title(conversion) == ["Ann Roe"]
    assert authors(conversion) == ["Bea Doe", "Cy Poe"]
    assert xpath(conversion, "//tei:creation/tei:date/@notAfter") == ["2003-03"]  # the issue's month
    assert [entry.text for entry in conversion.report.removed if entry.reason == "the site's menu"] == [
        "Home", "Contents", "Subscribe", "Write us!", "[email\u00a0protected]"]
    assert not xpath(conversion, "//tei:div[@type='contents']")


def test_a_signed_as_line_names_the_author_and_the_title_under_the_credits_keeps_its_note_marker() -> None:
    page = ("From Harbour Studies, Vol. 3 No. 2, Spring 1971.\n"
            "Signed ‘AR’ that is, Ann Roe.\n"
            "Scanned and prepared for the Harbour Archive by Bea Doe.\n"
            "Minor spelling errors have been corrected without indication.\n"
            "Marked up by Cy Poe for the Harbour Archive.\n"
            "Speaking from the Dock:\n"
            "Bob Lee’s Speech to the Court in 1919 [1]\n"
            + LONG_LINE + "\n"
            "1. Obtainable from the Harbour Press, 2/− post free.\n")
    conversion = convert_text(page, "dock.txt")
    assert title(conversion) == ["Speaking from the Dock: Bob Lee’s Speech to the Court in 1919"]
    assert authors(conversion) == ["Ann Roe"]
    assert "Signed ‘AR’ that is, Ann Roe." in xpath(conversion, "//tei:notesStmt/tei:note/text()")
    assert "Minor spelling errors have been corrected without indication." in xpath(conversion, "//tei:notesStmt/tei:note/text()")
    # the marker in the title page's title links to the note at the foot of the page
    assert xpath(conversion, "//tei:titlePart[@type='main']/tei:ref/@target") == ["#note-1"]
    assert xpath(conversion, "//tei:note[@n='1']/tei:p/text()") == ["Obtainable from the Harbour Press, 2/− post free."]
    assert not xpath(conversion, "//tei:body//tei:head")


def test_a_sites_name_over_a_books_title_with_its_subtitle_and_a_byline_surname_first() -> None:
    page = "Read Books Here\n\nAnn Roe: A Life\n\nPage 9\n\nby O'Dowd, Bea\n\n\n" + LONG_LINE
    conversion = convert_text(page, "life.txt")
    assert title(conversion) == ["Ann Roe: A Life"]
    assert authors(conversion) == ["O'Dowd, Bea"]  # one name, as the catalogue gives it
    assert "Read Books Here" in xpath(conversion, "//tei:notesStmt/tei:note/text()")


def test_a_speakers_name_with_a_colon_over_the_speechs_date_is_the_author() -> None:
    page = "Media Library\n\nSpeeches\n\nBea Doe:\n\nThursday 27th May, 2021\n\n" + LONG_LINE
    conversion = convert_text(page, "speech.txt")
    assert authors(conversion) == ["Bea Doe"]
    # a name with a colon over the rest of the title is no speaker
    titled = convert_text("Source: Harbour Review, 1990.\n\nAnn Roe:\nthe docker, her union and the port\n\n" + LONG_LINE, "essay.txt")
    assert authors(titled) != ["Ann Roe"]


def test_a_name_under_an_interviews_title_is_the_interviewer_and_the_interviewees_are_two() -> None:
    page = "<<\n\nInterview with Ann Roe and Bea Doe\n\nCy Poe\n\n" + LONG_LINE
    conversion = convert_text(page, "interview.txt")
    assert authors(conversion) == ["Ann Roe", "Bea Doe"]
    assert xpath(conversion, "//tei:respStmt[tei:resp/@key='ivr']/tei:persName/text()") == ["Cy Poe"]
    assert not xpath(conversion, "//tei:body//tei:head")


def test_another_translations_line_under_the_source_is_a_header_note_not_the_first_paragraph() -> None:
    page = ("Ann Roe\n\nThe Dangers of Office\n\n(August 1928)\n\n"
            "From Harbour Review, Vol. I No. 4, November 1934, pp. 105–109.\n"
            "Another translation entitled The “Professional Dangers” of Office appeared in Ann Roe, Selected Writings "
            "1923–30 (editor: Bea Doe), Harbour Press, Portside, 1980.\n"
            "Transcribed and marked up by Cy Poe for the Harbour Archive.\n\n" + LONG_LINE)
    conversion = convert_text(page, "dangers.txt")
    assert any(note.startswith("Another translation") for note in xpath(conversion, "//tei:notesStmt/tei:note/text()"))
    assert not any("Another translation" in p for p in xpath(conversion, "//tei:body//tei:p/text()"))


def test_words_before_a_headlines_colon_that_the_text_writes_in_lower_case_are_no_authors() -> None:
    page = ("HarbourPaper\n\n21.02.2013\n\nHarbour and Union: Small bad, large good\n\n"
            "Every union needs a harbour to organise in, and every harbour a union that can hold it together.\n\n"
            "The left has long praised the harbour union of the docks, though it would not say what the union was for.\n")
    root = convert_text(page, "union.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Harbour and Union: Small bad, large good"]
    assert not root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


def test_a_name_before_a_headlines_colon_stays_the_author() -> None:
    page = ("HarbourPaper\n\n21.02.2013\n\nAnn Roe: Small bad, large good\n\n"
            "Every union needs a harbour to organise in, and every harbour a union that can hold it together.\n\n"
            "The left has long praised the harbour union of the docks, though it would not say what the union was for.\n")
    root = convert_text(page, "union.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]


@pytest.mark.parametrize("profile", ["auto", "prose"])
def test_an_issue_line_set_twice_titles_the_issues_own_page_and_dates_it(profile: str) -> None:
    page = ("The Harbour Worker. Vol. 3. No. 12. May 9, 1938.\n\nThe Harbour Worker. Vol. 3. No. 12. May 9, 1938.\n\n"
            "The Harbour Worker was a weekly paper of the dockers' union, printed in the port from 1935 until the war.\n")
    conversion = convert_text(page, "worker.txt", profile=profile)
    root = conversion.tree.getroot()
    assert root.xpath("string(//tei:titleStmt/tei:title)", namespaces=NSMAP) == "The Harbour Worker. Vol. 3. No. 12. May 9, 1938."
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1938-05-09"]
    assert [p.text[:16] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["The Harbour Work"]
    assert any(r.reason.startswith("the title line repeated") for r in conversion.report.removed)


def test_a_surname_alone_with_the_month_and_year_is_the_author_a_place_with_a_comma_is_not() -> None:
    page = convert_text("Examplar February 1915\n\nThe War of the Harbour\nThe Coming Triumph of the Dockers\n\n"
                        "Source: Harbour Review, xix (Feb. 1915), pp. 290-304;\n" + LONG_LINE, "t.txt")
    assert xpath(page, "//tei:titleStmt/tei:title/text()") == ["The War of the Harbour", "The Coming Triumph of the Dockers"]
    assert authors(page) == ["Examplar"]
    assert xpath(page, "//tei:creation/tei:date/@when") == ["1915-02"]
    placed = convert_text("Leith, February 1915\n\nThe War of the Harbour\n\n" + LONG_LINE, "t.txt")
    assert authors(placed) == []
    # over the standfirst, a word and the month are the title: "Red November 1918"
    titled = convert_text("Red November 1918\n" + LONG_LINE + "\n" + LONG_LINE, "t.txt")
    assert (title(titled), authors(titled)) == (["Red November 1918"], [])


def test_an_address_over_the_lines_after_the_regards_opens_the_postscript(tei_all: TeiAll) -> None:
    letter = convert_text("Ann Roe\n\nLetter to Bob Lee\n\nWritten: 11 December 1922\n\nDear Comrade Lee,\n\n"
                          "I thank you very much for the kind greetings you have sent me through Comrade Doe.\n\n"
                          "Best regards, wishing you good health,\n\nTo the secretary on duty\n\n"
                          "Please retype, correcting my French, and return to me.\n", "letter.txt")
    assert xpath(letter, "//tei:closer/tei:salute/text()") == ["Best regards, wishing you good health,"]
    assert xpath(letter, "//tei:postscript/tei:opener/tei:salute/text()") == ["To the secretary on duty"]
    assert xpath(letter, "//tei:postscript/tei:p/text()") == ["Please retype, correcting my French, and return to me."]
    assert tei_all(letter.tree) == []
    assert validate_tree(letter.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []


def test_the_lines_over_a_sites_menu_are_its_header_not_the_title_under_it() -> None:
    page = ("An independent forum of strategy, tactics and history in the harbour towns and their labour movements\n"
            "Left links\n\nHarbour home\n\nThe Harbour Union\n\nFrom Strange Dockers I Have Known, 1965\n\nBy Ann Roe\n\n"
            "The harbour was quiet when the strike began, and quieter still when it ended in the winter.\n")
    root = convert_text(page, "harbour.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Harbour Union"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == [
        "An independent forum of strategy, tactics and history in the harbour towns and their labour movements"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_the_book_over_a_chapters_navigation_is_no_title_of_the_page_under_it() -> None:
    page = ("Life of Ann Roe\n<--Previous Up Next-->\nSPEECH OF BOB LEE.\n"
            "Bob Lee was born in Leith; was a docker by trade, and worked steadily at his trade on the quay.\n"
            "COURT OF JUSTICE! With the same irony with which you have regarded my efforts, you now condemn me.\n")
    root = convert_text(page, "harbour.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["SPEECH OF BOB LEE"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Life of Ann Roe"]
    assert root.xpath("//tei:body//tei:p/text()", namespaces=NSMAP)[0].startswith("Bob Lee was born")
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_name_alone_under_the_date_signs_the_text_unless_the_title_names_it_as_the_subject() -> None:
    text = "I would like to thank the organisers for inviting me to this meeting on the quay, and the union for its work.\n"
    signed = convert_text("The Harbour in Winter\n\n9 December 2019\nAnn Roe\n\n" + text, "harbour.txt").tree.getroot()
    assert signed.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    subject = convert_text("“Ann Roe’s last book”\n\n9 December 2019\nAnn Roe\n\n" + text, "harbour.txt").tree.getroot()
    assert subject.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []
    assert subject.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Ann Roe"]
    for root in (signed, subject):
        assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["2019-12-09"]
        assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_review_under_its_issue_line_and_its_writers_name_over_the_reviewed_books_block() -> None:
    page = ("Ann Roe: A Life on the Harbour\n\nHarbour Review No. 210, January/February 2021\n\nBob Lee\n\n"
            "Memoirs of a Critical Docker\nTowards a History of the Union\nBy Ann Roe\n"
            "Preface by Cy Doe, translated by Dee Fox,\nQuay Books, 2019, 456 pages, $28.\n\n"
            "ANN ROE WAS born in Leith in 1923; she was active in the union from 1943 until her death in 2004, and wrote.\n")
    root = convert_text(page, "harbour.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe: A Life on the Harbour"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Bob Lee"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP).startswith("Harbour Review No. 210")
    assert root.xpath("//tei:creation/tei:date/@from", namespaces=NSMAP) == ["2021-01"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert "By Ann Roe" in "".join(root.xpath("//tei:body//text()", namespaces=NSMAP))  # the reviewed book's, in the text


def test_a_letter_from_its_writer_under_the_correspondence_dated_by_a_short_month_then_the_place() -> None:
    place, date = pt.parse_dateline("16 Feb. 1881, Genève,")  # type: ignore[misc]
    assert (place, date.when) == ("Genève", "1881-02-16")
    assert pt.letter_heading("Letter from Ann Roe to Bob Lee") == ("Ann Roe", "Bob Lee")
    assert pt.letter_heading("An Open Letter from Ann Roe to the Union") == ("Ann Roe", "Union")
    letter = convert_text("Roe-Lee Correspondence\n\nLetter from Ann Roe to Bob Lee\n\n16 Feb. 1881, Leith,\n\nDear Citizen,\n\n"
                          "You are not unaware that your book enjoys great popularity on the quay, and is read and read again.\n",
                          "letter.txt")
    assert xpath(letter, "//tei:titleStmt/tei:title/text()") == ["Letter from Ann Roe to Bob Lee"]
    assert xpath(letter, "//tei:notesStmt/tei:note/text()") == ["Roe-Lee Correspondence"]
    assert xpath(letter, "//tei:creation/tei:date/@when") == ["1881-02-16"]


def test_a_print_button_and_a_periodicals_season_under_the_title() -> None:
    page = convert_text("Harbour Union: new leader, new unionism?\n\nPrint\nAutumn 2022\n\n" + LONG_LINE, "u.txt")
    assert title(page) == ["Harbour Union: new leader, new unionism?"]
    assert xpath(page, "//tei:creation/tei:date/@when") == ["2022"]
    assert ("Print", "site chrome") in [(e.text, e.reason) for e in page.report.removed]


def test_a_reposted_columns_issue_dates_it_before_the_post_date() -> None:
    page = convert_text("Tuesday, May 7, 2019\n\nHarbour Notes: All aboard! (1981)\n\n"
                        "The  Harbour Notes Column from the July 1981 issue of the Harbour Standard\n\n" + LONG_LINE, "c.txt")
    root = page.tree.getroot()
    assert root.xpath("string(//tei:bibl[@type='firstPublished'])", namespaces=NSMAP) == "the July 1981 issue of the Harbour Standard"
    assert xpath(page, "//tei:creation/tei:date/@notAfter") == ["1981-07"]  # (written by then)
    assert not xpath(page, "//tei:body//tei:head")


def test_by_alone_over_the_name_and_a_source_broken_over_lines_a_comma_leaves_open() -> None:
    page = convert_text("The Great Strike and Its Lessons\nBy\nAnn Example*.\nSource: Harbour\nReview of the Dockers,\n"
                        "Issue 7, 2017.\n" + LONG_LINE, "s.txt")
    assert authors(page) == ["Ann Example"]
    assert xpath(page, "string(//tei:sourceDesc/tei:bibl[@type='source'])") == "Harbour Review of the Dockers, Issue 7, 2017"
    assert xpath(page, "//tei:creation/tei:date/@notAfter") == ["2017"]


def test_the_fields_run_on_after_a_source_name_the_author_and_the_transcriber() -> None:
    page = ("On the Harbour\n\nAugust 25, 1960.\n\nSource: Harbour Papers, Leith, 1961, pp 19-25. Written : by Ann Roe; "
            "Transcribed : by Bea Doe.\n\n" + LONG_LINE + "\n")
    conversion = convert_text(page, "harbour.txt")
    assert authors(conversion) == ["Ann Roe"]
    assert xpath(conversion, "//tei:respStmt[tei:resp/@key='trc']/tei:persName/text()") == ["Bea Doe"]
    assert xpath(conversion, "string(//tei:bibl[@type='source'])") == "Harbour Papers, Leith, 1961, pp 19-25"
    assert (5, "Written by") in {(entry.line, entry.text) for entry in conversion.report.removed}  # its label's words kept
    named = convert_text("Ann Roe\n\n" + page, "harbour.txt")  # the name over the title and in the field: one author
    assert authors(named) == ["Ann Roe"]


def test_an_interviews_short_turns_open_the_text_under_the_library_holding_it() -> None:
    page = ("Ann Roe, Bob Lee, and Cy Doe Interviews\n\nSpecial Collections and Archives, Harbour University Library\n"
            "Toggle Index/Transcript View Switch.\nSearch this Transcript\n\nJANE DOE: Gossip. I like to use the word gossip, OK?\n\n"
            "ANN ROE: OK. Well, that's what I used.\n\nJANE DOE: We haven't heard that yet.\n\nANN ROE: Gossip?\n")
    conversion = convert_text(page, "interviews.txt")
    assert title(conversion) == ["Ann Roe, Bob Lee, and Cy Doe Interviews"]
    assert authors(conversion) == []  # ("Cy Doe Interviews" is no name)
    assert xpath(conversion, "//tei:notesStmt/tei:note/text()") == ["Special Collections and Archives, Harbour University Library"]
    assert [entry.text for entry in conversion.report.removed] == ["Toggle Index/Transcript View Switch.", "Search this Transcript"]
    assert [p[:9] for p in xpath(conversion, "//tei:body/*/text()")] == ["JANE DOE:", "ANN ROE: ", "JANE DOE:", "ANN ROE: "]
