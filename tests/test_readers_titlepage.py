"""A book's title page read line by line: what repeats the header goes, bylines, imprints, epigraphs and dates stay."""

from __future__ import annotations

from tei_tools.readers.preamble import Field, Metadata
from tei_tools.readers.report import Report
from tei_tools.readers.titlepage import IMPRINT_LINE, read_title_page

PAGE = """\
THE LONG VOYAGE

BY

MARY ANN TOWNE

NEW EDITION

    The sea is wide, the night is long,
    And far away the shore.
    --OLD SONG

BOSTON & CAMBRIDGE:
HILL AND SONS, PUBLISHERS.

MDCCCLXI.

CHAPTER I.

THE HARBOUR

The harbour lay quiet under a grey sky, and the ships waited for the tide to turn
before they went out into the open water, one by one, with their sails still furled.
"""


def read(text: str, metadata: Metadata) -> tuple[list[str], int, Report]:
    lines = text.split("\n")
    report = Report("book.txt")
    return lines, read_title_page(lines, 0, len(lines), metadata, report), report


def test_the_page_keeps_what_the_header_does_not_say() -> None:
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    lines, end, report = read(PAGE, metadata)
    assert lines[end] == "CHAPTER I."  # the book begins at its first heading
    assert metadata.title_page == [
        ("docEdition", "NEW EDITION"),
        ("epigraph", "The sea is wide, the night is long,\nAnd far away the shore.\n--OLD SONG"),
        ("docImprint", "BOSTON & CAMBRIDGE:\nHILL AND SONS, PUBLISHERS."),
    ]
    assert (metadata.date_line, metadata.date and metadata.date.when) == ("MDCCCLXI.", "1861")
    assert {entry.text for entry in report.removed} == {"THE LONG VOYAGE", "BY", "MARY ANN TOWNE"}


def test_a_name_spelled_otherwise_is_a_byline_and_a_poem_heading_ends_the_page() -> None:
    metadata = Metadata(title="Songs", authors=["Mary Ann Towne"])
    lines, end, _ = read("SONGS\n\nM. A. TOWNE\n\nTO THE READER\n\nO reader, stay a while,\nAnd read these songs with me.\n", metadata)
    assert metadata.title_page == [("byline", "M. A. TOWNE")]
    assert lines[end] == "TO THE READER"


def test_a_credit_wrapped_over_two_lines_is_read_whole() -> None:
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    lines, end, report = read("E-text prepared by Ann Smith, Bob Jones, and the Project\nGutenberg Proofreading Team\n\n" + PAGE, metadata)
    assert [(f.kind, f.value) for f in metadata.fields] == [
        ("credit:trc", "Ann Smith, Bob Jones, and the Project Gutenberg Proofreading Team")]
    assert lines[end] == "CHAPTER I."
    # Another credit on the next line is not part of it.
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    read("Produced by Ann Smith, and the Online\nProofreading Team\nRevised by Bob Jones\n\n" + PAGE, metadata)
    assert [f.value for f in metadata.fields] == ["Ann Smith, and the Online Proofreading Team"]


def test_a_credits_name_set_apart_under_its_label_is_read_and_a_label_with_no_name_names_no_one() -> None:
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    read("THE LONG VOYAGE\n\nEDITED BY\n\nA.B. ROE\n\n" + PAGE, metadata)
    assert [(f.kind, f.label, f.value) for f in metadata.fields] == [("credit:edt", "EDITED BY", "A.B. ROE")]
    # the same credit as the header's is the header's: its label and name are reported, not the blank line between
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"], fields=[Field("credit:edt", "Edited by", "A. B. Roe", 3)])
    _, _, report = read("THE LONG VOYAGE\n\nEDITED BY\n\nA.B. ROE\n\n" + PAGE, metadata)
    assert [(entry.line, entry.text) for entry in report.removed if "credit" in entry.reason] == [(3, "EDITED BY"), (5, "A.B. ROE")]
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    read("THE LONG VOYAGE\n\nEDITED BY\n\n\n\n\nWITH A FRONTISPIECE\n\n" + PAGE, metadata)
    assert not metadata.fields and ("titlePart", "EDITED BY") in metadata.title_page


def test_a_books_printing_history_is_its_editions_and_its_first_printing_is_when_it_was_published() -> None:
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    history = ("_First printed serially in the_ Harbour Weekly, 1861.\n\n_Reprinted April_, _June_ 1862; _March_\n1863.\n\n"
               "_Harbour Press Edition_, 1864.\n\n")
    lines, end, _ = read(PAGE.replace("MDCCCLXI.\n\n", "Published by the Harbour Press, 1860\n\n" + history), metadata)
    assert lines[end] == "CHAPTER I."
    assert metadata.title_page[-4:] == [
        ("docImprint", "Published by the Harbour Press, 1860"),  # a publisher's line is the imprint's
        ("docEdition", "_First printed serially in the_ Harbour Weekly, 1861."),
        ("docEdition", "_Reprinted April_, _June_ 1862; _March_\n1863."),
        ("docEdition", "_Harbour Press Edition_, 1864.")]
    assert [(f.kind, f.value) for f in metadata.fields] == [("published", "First printed serially in the Harbour Weekly, 1861.")]
    # set centred, a first printing wrapped over two lines is read whole
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    read(PAGE.replace("MDCCCLXI.\n\n", "    _First printed serially in the_\n    Harbour Weekly, 1861.\n\n"), metadata)
    assert [(f.kind, f.value) for f in metadata.fields] == [("published", "First printed serially in the Harbour Weekly, 1861.")]
    # a first publication the header gives already is the text's
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"], fields=[Field("published", "", "Harbour Weekly, 1859", 1)])
    read(PAGE.replace("MDCCCLXI.\n\n", history), metadata)
    assert [f.value for f in metadata.fields] == ["Harbour Weekly, 1859"]


def test_the_earliest_date_is_the_works_and_a_later_one_stays_on_the_page() -> None:
    metadata = Metadata(title="An Interview With Ann Roe", authors=["Ann Roe"])
    lines, end, report = read("lundi 3 mai 2004\n\nIn New York, November 17 1991\n\nby Bob Jones\n\n"
                              "Bob Jones : What did the strike change, in the end, for those who took part in it?\n", metadata)
    assert (metadata.date_line, metadata.date and metadata.date.when) == ("In New York, November 17 1991", "1991-11-17")
    assert metadata.title_page == [("docDate", "lundi 3 mai 2004"), ("byline", "by Bob Jones")]  # another's byline
    assert lines[end].startswith("Bob Jones : What")
    # With no author yet, a byline under the date names the author.
    metadata = Metadata(title="The Long Strike")
    read("May 3, 2004\n\nby Jane Roe\n\nThe strike began in the spring.\n", metadata)
    assert (metadata.authors, metadata.date_line) == (["Jane Roe"], "May 3, 2004")


def test_the_writer_on_the_day_of_writing_gives_author_and_date() -> None:
    metadata = Metadata(title="Letter to Bob Lee")
    read("Ann Roe on 5 March 1928\n\nDear Bob,\n\nThe strike began in the spring.\n", metadata)
    assert (metadata.authors, metadata.date_line, metadata.date and metadata.date.when) == (["Ann Roe"], "5 March 1928", "1928-03-05")
    metadata = Metadata(title="Letter to Bob Lee")  # the month first
    read("Ann Roe on March 5, 1928\n\nDear Bob,\n\nThe strike began in the spring.\n", metadata)
    assert (metadata.authors, metadata.date and metadata.date.when) == (["Ann Roe"], "1928-03-05")
    metadata = Metadata(title="The Long Strike")  # a sentence is no such line
    read("The strike was called off on 5 March 1928\n\nThe strike began in the spring.\n", metadata)
    assert metadata.authors == []


def test_an_imprint_of_one_line_may_end_the_text() -> None:
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    lines, end, _ = read("THE LONG VOYAGE\n\nLONDON: HILL & SONS", metadata)
    assert metadata.title_page == [("docImprint", "LONDON: HILL & SONS")]
    assert end == len(lines)


def test_an_imprints_place_over_a_colon_is_capitalised_and_no_notes_label() -> None:
    assert all(IMPRINT_LINE.search(line) for line in ("London: Heinemann", "BOSTON & CAMBRIDGE:", "Reprint:", "PRINTING SHOP AT PORTSIDE,"))
    assert not any(IMPRINT_LINE.search(line) for line in ("Transcriber's Note:", "by Ann Roe: thoughts,", "Transcriber's note:"))


def test_a_transcription_credit_from_an_edition_with_an_address_goes_to_the_header_once() -> None:
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    metadata.fields.append(Field("credit:trc", "Credits: Transcribed from 1901 Hill and Sons edition by", "Ann Smith. Second proof by Bob Jones", 20))
    lines, end, report = read("Transcribed from 1901 Hill and Sons edition by Ann Smith, email\nann@example.org  Second proof by Bob Jones\n\n"
                              + PAGE, metadata)
    assert lines[end] == "CHAPTER I."  # the credit does not end the title page
    assert [f.value for f in metadata.fields] == ["Ann Smith, email ann@example.org Second proof by Bob Jones"]  # the address kept
    assert [entry.reason for entry in report.removed[:2]] == ["title page line repeating a credit of the header"] * 2


def test_a_short_word_opens_the_title_a_picture_and_an_imprint_ending_in_a_year_stay() -> None:
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    lines, end, report = read("THE\nLONG VOYAGE\n\n[Picture: The harbour at dawn]\n\n* * * * *\n\n    ‘The sea is wide.’\n\n"
                              "                                   MARVELL.\n\nLONDON\nHILL & SONS\n1901\n\nCHAPTER I.\n", metadata)
    assert lines[end] == "CHAPTER I."
    assert metadata.title_page == [("figure", "The harbour at dawn"), ("epigraph", "‘The sea is wide.’\nMARVELL."),
                                   ("docImprint", "LONDON\nHILL & SONS\n1901")]
    assert {"THE", "LONG VOYAGE", "* * * * *"} <= {entry.text for entry in report.removed}


def test_a_roman_year_of_the_twentieth_century_dates_the_page_and_the_copyright_under_it_stays_on_it() -> None:
    metadata = Metadata(title="The Long Voyage", authors=["Mary Ann Towne"])
    lines, end, _ = read("THE LONG VOYAGE\n\nNEW YORK AND LONDON HILL & SONS PUBLISHERS\n\nMCMIX\n\n\n\n"
                         "Copyright, 1909, by HILL & SONS.\n\nCONTENTS\n", metadata)
    assert (metadata.date_line, metadata.date and metadata.date.when) == ("MCMIX", "1909")  # no chapter numbered 1909
    assert ("docImprint", "Copyright, 1909, by HILL & SONS.") in metadata.title_page
    assert lines[end] == "CONTENTS"
