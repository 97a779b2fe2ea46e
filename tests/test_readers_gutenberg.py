"""Project Gutenberg books: the frame into the header, title page, contents, chapters, letters, plays."""

from __future__ import annotations

import pytest
from conftest import REPO, TeiAll, texts, words

from tei_tools.readers.plaintext import Conversion, convert_text
from tei_tools.tei import NSMAP, tei
from tei_tools.validation import validate_tree

NOTICE = """\
This eBook is for the use of anyone anywhere in the United States and
most other parts of the world at no cost and with almost no restrictions
whatsoever.
"""
FOOTER = """\
*** END OF THE PROJECT GUTENBERG EBOOK {title} ***

Updated editions will replace the previous one--the old editions will
be renamed.

Creating the works from print editions not protected by U.S. copyright
law means that no one owns a United States copyright in these works.
"""
NOVEL = f"""\
The Project Gutenberg eBook of The Sample Voyage, by Mary Example

{NOTICE}
Title: The Sample Voyage
       A Tale of the Sea

Author: Mary Example

Translator: John Doe

Release Date: March 3, 2005 [EBook #7654]
[Most recently updated: June 1, 2021]

Language: French

Character set encoding: UTF-8

Produced by Jane Roe and the Online Distributed
Proofreading Team

*** START OF THE PROJECT GUTENBERG EBOOK THE SAMPLE VOYAGE ***

[Illustration]

THE SAMPLE VOYAGE

A TALE OF THE SEA

By Mary Example

THE SECOND EDITION

CONTENTS

 CHAPTER I.     The Departure
 CHAPTER II.    The Storm
 Letter 1

CHAPTER I.
The Departure

Il faisait beau quand le navire quitta le port, et tout le monde était
joyeux à bord.

* * *

Le vent se leva dans la nuit.

CHAPTER II.

THE STORM.

La tempête éclata à l'aube et dura trois jours.

Letter 1

_To Mrs. Saville, England._

St. Petersburgh, Dec. 11th, 17—.

Vous serez heureuse d'apprendre que rien de fâcheux n'est arrivé.

Your affectionate brother,

R. Walton

End of the Project Gutenberg EBook of The Sample Voyage, by Mary Example

{FOOTER.format(title="THE SAMPLE VOYAGE")}"""

PLAY = f"""\
The Project Gutenberg eBook of A Short Play, by Will Example

Title: A Short Play

Author: Will Example

Release Date: November, 1998 [eBook #1524]

*** START OF THE PROJECT GUTENBERG EBOOK A SHORT PLAY ***

THE TRAGEDY OF A SHORT PLAY

by Will Example

ACT I

SCENE I. A platform before the castle.

 Enter Bernardo and Francisco.

BERNARDO.
Who’s there?

FRANCISCO.
Nay, answer me. Stand and unfold yourself.

[_Exit Francisco._]

SCENE II. A room of state.

HAMLET. Seems, madam! Nay, it is; I know not seems.

QUEEN. Good Hamlet, cast thy nighted colour off.

ACT II

SCENE I. A room in Polonius’s house.

POLONIUS.
Give him this money and these notes, Reynaldo.

{FOOTER.format(title="A SHORT PLAY")}"""

# A title page crediting the translator, then a preface whose heading stands over its prose.
TRANSLATED = f"""\
The Project Gutenberg EBook of The Sample Crime, by Ivan Example

Title: The Sample Crime

Author: Ivan Example

Release Date: March 28, 2006 [EBook #2554]

*** START OF THIS PROJECT GUTENBERG EBOOK THE SAMPLE CRIME ***

THE SAMPLE CRIME

By Ivan Example

Translated By Ann Other

TRANSLATOR'S PREFACE

A few words about the author may help the English reader to
understand his work.

PART I

CHAPTER I

On a hot evening early in July a young man came out of his garret.

{FOOTER.format(title="THE SAMPLE CRIME")}"""

# A Gutenberg book's footnotes, indented under the paragraph that holds their marker (after a verse quotation
# for the second one); the first is numbered 1 and more text follows it; the third is labelled [*].
FOOTNOTED = f"""\
The Project Gutenberg eBook of The Sample Diary, by Mary Example

{NOTICE}
Title: The Sample Diary

Author: Mary Example

Release Date: March 3, 2003 [eBook #99999]

Language: English

*** START OF THE PROJECT GUTENBERG EBOOK THE SAMPLE DIARY ***


CHAPTER I

My grandfather kept the mill at Lowfield,[1] as his father had done
before him, and he kept it well.

    [1] A village on the river, now under the reservoir.

He wrote verses of his own, and one of them, on the mill wheel,[2] I
still remember:

  "Turn, wheel, turn,
    And grind the summer's corn."

    [2] The wheel was replaced by a turbine in
    the year of his death.

The last page of his day-book is signed "Thos. Example."[*]

    [*] Thomas was his name; he wrote it so.

My mother was his youngest daughter.

{FOOTER.format(title="THE SAMPLE DIARY")}"""


def sample_book(title: str, number: int, text: str) -> str:
    """A Gutenberg ebook of ``title`` by Ann Sample (eBook #``number``): the header, ``text`` under the start marker,
    the footer."""
    return (f"The Project Gutenberg eBook of {title}, by Ann Sample\n\n{NOTICE}\nTitle: {title}\n\nAuthor: Ann Sample\n\n"
            f"Release Date: May, 2003 [eBook #{number}]\n\n*** START OF THE PROJECT GUTENBERG EBOOK {title.upper()} ***\n\n{text}{FOOTER}")


def xpath(conversion: Conversion, path: str) -> list:
    return conversion.tree.getroot().xpath(path, namespaces=NSMAP)


def text(element) -> str:
    return " ".join("".join(texts(element)).split())


def xpath_text(element, path: str) -> list[str]:
    return [text(found) for found in element.xpath(path, namespaces=NSMAP)]


# A comedy: its persons, its scenes (act headings with titles), acts named by ordinals.
COMEDY = f"""\
The Project Gutenberg eBook of A Light Comedy, by Will Example

Title: A Light Comedy

Author: Will Example

Release Date: May, 1999 [eBook #1999]

*** START OF THE PROJECT GUTENBERG EBOOK A LIGHT COMEDY ***

THE PERSONS OF THE PLAY

Arthur Penrose, J.P.
Lady Penrose
Dobbs, Butler

THE SCENES OF THE PLAY

ACT I. A Drawing-Room in Bath.

ACT II. The Garden at Penrose Hall.

FIRST ACT

ARTHUR.
Has the post come, Dobbs?

DOBBS.
Not yet, sir.

SECOND ACT

LADY PENROSE.
Arthur, the roses are out.

{FOOTER.format(title="A LIGHT COMEDY")}"""

# A book in parts: its contents, its title again over the text, a dedication in verse, "PART ONE--" heads,
# chapters numbered over their titles, poems under a titled book.
ADVENTURE = f"""\
The Project Gutenberg eBook of Sea Tales, by Mary Example

Title: Sea Tales

Author: Mary Example

Release Date: May, 2001 [eBook #2001]

*** START OF THE PROJECT GUTENBERG EBOOK SEA TALES ***

               TO THE READER

               If tales of ships and sailing men,
                  Of storms and islands, please you still,
               Then read them here and read again,
                  And sail with me wherever you will.

               Mary Example

     CONTENTS

     PART ONE
     The Harbour

     1.  THE OLD INN BY THE QUAY . . . . . . . 11
     2.  A STRANGER AT THE DOOR  . . . . . . . 17

SEA TALES

PART ONE--The Harbour

1

The Old Inn by the Quay

My father kept the inn by the quay, and the sailors came there every
night of the year, and sang until the candles had burned down.

2

A Stranger at the Door

He came on a cold morning, with his chest behind him on a barrow, and
asked for rum before he asked for a bed.

BOOK II.  SONGS

The First Song

  Sing of the harbour, sing of the bay,
  Sing of the ships that sailed away,
      over the edge of the world,
  And never came home to stay.

[Illustration: The harbour at dawn.]

THE END

{FOOTER.format(title="SEA TALES")}"""


def test_the_frame_goes_into_the_header() -> None:
    novel = convert_text(NOVEL, "voyage.txt")
    assert novel.report.profile == "gutenberg"
    assert xpath(novel, "//tei:titleStmt/tei:title/text()") == ["The Sample Voyage", "A Tale of the Sea"]
    assert xpath(novel, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Mary Example"]
    assert xpath(novel, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["John Doe"]
    assert xpath(novel, "//tei:respStmt[tei:resp/@key='trc']/tei:name/text()") == ["the Online Distributed Proofreading Team"]
    transcription = xpath(novel, "//tei:bibl[@type='transcription']")[0]
    assert transcription.xpath("tei:idno[@type='gutenberg']/text()", namespaces=NSMAP) == ["7654"]
    assert transcription.xpath("tei:date[@type='released']/@when", namespaces=NSMAP) == ["2005-03-03"]
    assert transcription.xpath("tei:date[@type='lastUpdated']/@when", namespaces=NSMAP) == ["2021-06-01"]
    assert transcription.xpath("tei:note[@type='characterSet']/text()", namespaces=NSMAP) == ["UTF-8"]
    licence = text(transcription.find(f"{tei('availability')}/{tei('licence')}"))
    assert licence.startswith("This eBook is for the use of anyone") and licence.endswith("copyright in these works.")
    assert xpath(novel, "//tei:creation/tei:date/@notAfter") == ["2005-03-03"]  # released, so written before
    assert xpath(novel, "/tei:TEI/@xml:lang") == ["fr"]  # as the header says
    body = text(xpath(novel, "//tei:text")[0])
    assert "Project Gutenberg" not in body and "START OF" not in body and "Updated editions" not in body


def test_a_release_date_over_a_sentence_on_the_first_posting_keeps_both_apart() -> None:
    old = NOVEL.replace("Release Date: March 3, 2005 [EBook #7654]",
                        "Release Date: October, 2005 [EBook #7654]\nThis file was first posted on September 15, 2003")
    novel = convert_text(old, "voyage.txt")
    transcription = xpath(novel, "//tei:bibl[@type='transcription']")[0]
    assert transcription.xpath("tei:date[@type='released']", namespaces=NSMAP)[0].text == "October, 2005"
    assert "was first posted on September 15, 2003" in text(transcription.find(f"{tei('availability')}/{tei('licence')}"))
    wrapped = convert_text(NOVEL.replace("[EBook #7654]", "[EBook #7654]\n(revised 2006)"), "voyage.txt")
    assert xpath(wrapped, "//tei:date[@type='released']/text()") == ["March 3, 2005 (revised 2006)"]  # words apart


def test_the_catalogues_years_of_activity_before_the_authors_name_are_a_note() -> None:
    novel = convert_text(NOVEL.replace("Author: Mary Example", "Author: active approximately 1876-1880 Mary Example", 1), "voyage.txt")
    assert xpath(novel, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Mary Example"]
    assert "active approximately 1876-1880" in xpath(novel, "//tei:notesStmt/tei:note/text()")


def test_a_header_field_with_a_name_on_each_line_gives_each_name() -> None:
    book = NOVEL.replace("Translator: John Doe\n", "Translator: John Doe\n        Sir Richard Roe\n        Ann Example\n")
    root = convert_text(book, "voyage.txt").tree.getroot()
    assert root.xpath("//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()", namespaces=NSMAP) == [
        "John Doe", "Sir Richard Roe", "Ann Example"]


def test_the_title_page_and_contents_are_front_matter() -> None:
    novel = convert_text(NOVEL, "voyage.txt")
    page = xpath(novel, "//tei:titlePage")[0]
    assert [e.tag.split("}")[1] for e in page] == ["docAuthor", "docTitle", "docEdition"]
    contents = xpath(novel, "//tei:front/tei:div[@type='contents']")[0]
    assert [text(i) for i in contents.iter(tei("item"))][2] == "Letter 1"
    assert any(e.reason.startswith("illustration placeholder") for e in novel.report.removed)


def test_chapters_letters_and_separators() -> None:
    novel = convert_text(NOVEL, "voyage.txt")
    divisions = xpath(novel, "//tei:body/tei:div")
    assert [d.get("n") for d in divisions] == ["1", "2", "1"]
    assert [text(d.find(tei("head"))) for d in divisions] == ["CHAPTER I. The Departure", "CHAPTER II.", "Letter 1"]
    assert xpath(novel, "//tei:body/tei:div[2]/tei:head[@type='sub']/text()") == ["THE STORM."]
    assert len(xpath(novel, "//tei:body/tei:div[1]/tei:milestone[@unit='section']")) == 1
    letter = divisions[2]
    assert [e.tag.split("}")[1] for e in letter.find(tei("opener"))] == ["salute", "dateline"]
    closer = letter.find(tei("closer"))
    assert [(e.tag.split("}")[1], text(e)) for e in closer] == [("salute", "Your affectionate brother,"), ("signed", "R. Walton")]


def test_plays_get_speakers_stage_directions_and_nested_scenes() -> None:
    play = convert_text(PLAY, "play.txt")
    acts = xpath(play, "//tei:body/tei:div")
    assert [text(a.find(tei("head"))) for a in acts] == ["ACT I", "ACT II"]
    assert [len(a.findall(tei("div"))) for a in acts] == [2, 1]
    assert xpath(play, "//tei:sp/tei:speaker/text()") == ["BERNARDO.", "FRANCISCO.", "HAMLET.", "QUEEN.", "POLONIUS."]
    assert xpath(play, "(//tei:sp)[1]/tei:p/text()") == ["Who’s there?"]
    assert xpath(play, "//tei:stage/text()") == ["Enter Bernardo and Francisco.", "[_Exit Francisco._]"]
    assert xpath(play, "//tei:titlePage/tei:docTitle/tei:titlePart[@type='alt']/text()") == ["THE TRAGEDY OF A SHORT PLAY"]
    assert xpath(play, "//tei:titlePage/tei:byline") == []  # it only repeats the author
    assert "by Will Example" in [e.text for e in play.report.removed]


def test_gutenberg_books_are_valid_and_keep_every_word(tei_all: TeiAll) -> None:
    for name, source in (("voyage.txt", NOVEL), ("play.txt", PLAY), ("crime.txt", TRANSLATED), ("harbour.txt", VOYAGE),
                         ("pastorals.txt", PASTORALS), ("harbour.txt", MEMOIR), ("violin.txt", NOVELLA), ("fay.txt", POEMS),
                         ("wardens.txt", WARDENS)):
        conversion = convert_text(source, name)
        assert tei_all(conversion.tree) == [], name
        root = conversion.tree.getroot()
        kept = words(" ".join(texts(root)))
        for entry in conversion.report.removed:
            kept.update(words(entry.text))
        assert words(source) - kept == {}, name


def test_a_translator_on_the_title_page_and_a_heading_over_prose_ends_it() -> None:
    book = convert_text(TRANSLATED, "crime.txt")
    assert xpath(book, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Ann Other"]
    assert xpath(book, "//tei:titlePage//tei:titlePart[@type='alt']") == []
    assert xpath(book, "//tei:text//tei:div/tei:head/text()") == ["TRANSLATOR'S PREFACE", "PART I", "CHAPTER I"]


def test_a_cast_list_and_a_list_of_scenes_are_front_lists_and_ordinal_acts_are_heads(tei_all: TeiAll) -> None:
    comedy = convert_text(COMEDY, "comedy.txt")
    assert xpath(comedy, "//tei:front/tei:div[@type='cast']/tei:head/text()") == [
        "THE PERSONS OF THE PLAY", "THE SCENES OF THE PLAY"]
    assert xpath(comedy, "//tei:front/tei:div[@type='cast'][2]/tei:list/tei:item/text()") == [
        "ACT I. A Drawing-Room in Bath.", "ACT II. The Garden at Penrose Hall."]
    assert [text(h) for h in xpath(comedy, "//tei:body/tei:div/tei:head")] == ["FIRST ACT", "SECOND ACT"]
    assert xpath(comedy, "//tei:body/tei:div/@n") == ["1", "2"]
    assert xpath(comedy, "//tei:sp/tei:speaker/text()") == ["ARTHUR.", "DOBBS.", "LADY PENROSE."]
    assert tei_all(comedy.tree) == []


def test_a_cast_list_in_two_columns_keeps_its_entries_under_its_head() -> None:
    cast = "CHARACTERS           ORIGINAL CAST\n\nKing                 Tom Example.\nQueen                Ann Example.\n\n" \
           "Enchanted Prince.    ROVER, the FAITHFUL DOG\n\nChorus of Elves.\n\n"
    comedy = convert_text(COMEDY.replace("THE PERSONS OF THE PLAY\n\nArthur Penrose, J.P.\nLady Penrose\nDobbs, Butler\n\n", cast),
                          "comedy.txt")
    assert xpath(comedy, "//tei:front/tei:div[@type='cast'][1]/tei:head/text()") == ["CHARACTERS           ORIGINAL CAST"]
    assert [" ".join(item.split()) for item in xpath(comedy, "//tei:front/tei:div[@type='cast'][1]/tei:list/tei:item/text()")] == [
        "King Tom Example.", "Queen Ann Example.", "Enchanted Prince. ROVER, the FAITHFUL DOG", "Chorus of Elves."]


# A printed title page: the author under "BY", an epigraph, the edition, imprints and a copyright;
# the first chapter's title printed over its number.
ESSAY = f"""\
The Project Gutenberg eBook of Fields, by Ann Walter Sample

Title: Fields

Author: Ann Walter Sample

Release Date: May, 2003 [eBook #4001]

*** START OF THE PROJECT GUTENBERG EBOOK FIELDS ***

FIELDS

BY

A. W. SAMPLE


The furrow holds the seed and rain,
The seed is lost and found again;
And all the labour of the plough
Is answered in the harvest now.


SECOND EDITION


LONDON:
HARROW AND COMPANY
M DCCC LX.


Entered, according to the Act of Parliament, in the year 1860
By HARROW AND COMPANY.


CONTENTS

CHAPTER I.     FIELDS       1
CHAPTER II.    MEADOWS      9


FIELDS.

CHAPTER I.

A field is a page on which a farmer writes the year. He writes it in
furrows and rubs it out with the harvest, and writes it again.

CHAPTER II.

MEADOWS.

A meadow is a field that has been left to write itself, and it writes
in grasses and flowers.

{FOOTER.format(title="FIELDS")}"""


def test_parts_contents_the_title_again_verse_and_numbers_over_titles(tei_all: TeiAll) -> None:
    book = convert_text(ADVENTURE, "tales.txt")
    # it ends at the title; the part's number over its title is one entry
    assert [text(item) for item in xpath(book, "//tei:front/tei:div[@type='contents']/tei:list/tei:item")] == [
        "PART ONE The Harbour", "1. THE OLD INN BY THE QUAY . . . . . . . 11", "2. A STRANGER AT THE DOOR . . . . . . . 17"]
    assert xpath(book, "//tei:front/tei:titlePage/tei:docTitle/tei:titlePart[not(@type)]/text()") == ["SEA TALES"]
    assert xpath(book, "//tei:front//tei:lg/tei:l/text()")[1] == "Of storms and islands, please you still,"
    assert xpath(book, "//tei:front//tei:closer/tei:signed/text()") == ["Mary Example"]  # the poet signs
    assert [" ".join(" ".join(map(text, d.findall(tei("head")))).split()) for d in xpath(book, "//tei:body//tei:div")] == [
        "PART ONE--The Harbour", "1 The Old Inn by the Quay", "2 A Stranger at the Door", "BOOK II. SONGS", "The First Song"]
    assert xpath(book, "//tei:body//tei:div[tei:head='The First Song']/tei:lg/tei:l/text()") == [
        "Sing of the harbour, sing of the bay,", "Sing of the ships that sailed away, over the edge of the world,",
        "And never came home to stay."]
    assert xpath(book, "//tei:body//tei:figure/tei:figDesc/text()") == ["The harbour at dawn."]
    assert "[Illustration: The harbour at dawn.]" in [e.text for e in book.report.removed]
    assert xpath(book, "//tei:body/tei:div[last()]/tei:trailer/text()") == ["THE END"]
    assert tei_all(book.tree) == []
    assert validate_tree(book.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []  # a date before an imprint


def test_footnotes_under_their_paragraphs_go_to_the_notes() -> None:
    diary = convert_text(FOOTNOTED, "diary.txt")
    assert xpath(diary, "//tei:back//tei:note/@n") == ["1", "2", "*"]
    assert xpath(diary, "//tei:back//tei:note/@target") == ["#noteref-1", "#noteref-2", "#noteref-star"]
    assert text(xpath(diary, "//tei:back//tei:note[2]")[0]) == "The wheel was replaced by a turbine in the year of his death."
    paragraphs = [text(p)[:12] for p in xpath(diary, "//tei:body//tei:p")]
    assert paragraphs[0] == "My grandfath" and paragraphs[-1] == "My mother wa"
    assert not [p for p in paragraphs if p.startswith("[")]


def test_a_footnote_hanging_from_its_label_and_a_range_of_labels_mentioned_in_the_transcribers_note() -> None:
    book = FOOTNOTED.replace("CHAPTER I\n", "Transcriber's Note: the footnotes are numbered [01] through [03].\n\nCHAPTER I\n", 1)
    book = book.replace("Lowfield,[1]", "Lowfield,[01]").replace("    [1] A village on the river, now under the reservoir.",
                                                                 "[01] A village on the river, now\n     under the reservoir.")
    diary = convert_text(book, "diary.txt")
    assert xpath(diary, "//tei:back//tei:note/@n") == ["01", "2", "*"]
    assert text(xpath(diary, "//tei:back//tei:note[1]")[0]) == "A village on the river, now under the reservoir."
    assert xpath(diary, "//tei:ref[@target='#note-01']/@xml:id") == ["noteref-01"]  # in the chapter, not the mention
    assert "numbered [01] through [03]." in "".join(diary.tree.getroot().itertext())


def test_labels_a_paragraph_lists_after_a_colon_are_mentions_not_references() -> None:
    book = FOOTNOTED.replace("CHAPTER I\n", "CHAPTER I\n\nIn this edition the notes are marked with numbers: [1], [2].\n", 1)
    diary = convert_text(book, "diary.txt")
    assert xpath(diary, "//tei:ref[@target='#note-1']/@xml:id") == ["noteref-1"]  # in the chapter, not the mention
    assert "with numbers: [1], [2]." in "".join(diary.tree.getroot().itertext())
    assert not [w for w in diary.report.warnings if "without a note" in w.reason]


def test_a_book_with_footnotes_is_valid(tei_all: TeiAll) -> None:
    assert tei_all(convert_text(FOOTNOTED, "diary.txt").tree) == []


def test_a_printed_title_page_epigraph_imprints_and_a_title_over_a_chapter_number(tei_all: TeiAll) -> None:
    book = convert_text(ESSAY, "fields.txt")
    page = "//tei:front/tei:titlePage/"
    assert xpath(book, page + "tei:byline/text()") == ["A. W. SAMPLE"]
    assert xpath(book, page + "tei:epigraph/tei:lg/tei:l/text()")[-1] == "Is answered in the harvest now."
    assert xpath(book, page + "tei:docEdition/text()") == ["SECOND EDITION"]
    assert [text(e).split()[0] for e in xpath(book, page + "tei:docImprint")] == ["LONDON:", "Entered,"]
    assert xpath(book, page + "tei:docImprint[1]/tei:lb") and not xpath(book, "//tei:p[contains(., 'HARROW')]")
    assert [" ".join(text(d.find(tei("head"))).split()) for d in xpath(book, "//tei:body/tei:div")] == ["FIELDS. CHAPTER I.", "CHAPTER II."]
    assert xpath(book, "//tei:body/tei:div[1]/@n") == ["1"]
    assert tei_all(book.tree) == []
    assert validate_tree(book.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []  # a date before an imprint


def test_a_roman_year_dates_the_title_page_and_an_italic_number_heads_a_chapter() -> None:
    book = convert_text(ESSAY.replace("""LONDON:
HARROW AND COMPANY
M DCCC LX.
""", """LONDON: HARROW AND SONS.
LEEDS: A. B. PRINTER.

MDCCCCI.
""").replace("CHAPTER II.\n\nMEADOWS.", "_II_\n\nMEADOWS"), "fields.txt")
    page = "//tei:front/tei:titlePage/"
    assert [text(e).split()[0] for e in xpath(book, page + "tei:docImprint")] == ["LONDON:", "Entered,"]
    assert xpath(book, page + "tei:docDate/@when") == ["1901"]
    assert xpath(book, "//tei:body//tei:div[tei:head='_II_']/tei:head[@type='sub']/text()") == ["MEADOWS"]
    assert xpath(book, "//tei:body//tei:div[tei:head='_II_']/@n") == ["2"]


def test_a_chapters_motto_set_flush_right_is_its_epigraph_a_centred_heading_is_none() -> None:
    motto = " " * 52 + "Sic itur ad astra."
    book = convert_text(ESSAY.replace("MEADOWS.\n", f"{' ' * 31}MEADOWS.\n\n{motto}\n"), "fields.txt")
    assert xpath(book, "//tei:body/tei:div[2]/tei:epigraph/tei:lg/tei:l/text()") == ["Sic itur ad astra."]
    assert xpath(book, "//tei:body/tei:div[2]/tei:p/text()")[0].startswith("A meadow is")
    assert not xpath(book, "//tei:epigraph[contains(., 'MEADOWS')]")


def test_the_author_as_the_title_page_spells_it_and_a_label_over_a_heading() -> None:
    book = convert_text(ESSAY.replace("BY\n\nA. W. SAMPLE", "A. W. Sampel Sample").replace("FIELDS.\n\nCHAPTER I.", "PREFATORY:\n\nTHE FIRST FIELD")
                        .replace("CHAPTER I.     FIELDS       1", "PREFATORY: THE FIRST FIELD   1"),
                        "fields.txt")
    assert xpath(book, "//tei:front/tei:titlePage/tei:byline/text()") == ["A. W. Sampel Sample"]
    assert [" ".join(text(h).split()) for h in xpath(book, "//tei:body/tei:div[1]/tei:head")] == ["PREFATORY: THE FIRST FIELD"]


# A translated novel: a description over the byline, a note, the title page again between rules with the
# title set over blocks, a preface signed with initials and a place over two blocks, contents, a chapter's
# number over its title, a poem under an italic title.
VOYAGE = f"""\
The Project Gutenberg eBook of The Deep Harbour, by Jean Exemple

Title: The Deep Harbour

Author: Jean Exemple

Release Date: June, 2004 [eBook #5002]

*** START OF THE PROJECT GUTENBERG EBOOK THE DEEP HARBOUR ***

THE DEEP HARBOUR

Being a true relation of a voyage under the sea, as it was told by one
of the crew to his daughter in the year 1801.

By Jean Exemple

1870

[Transcriber's Note: this translation was printed in London in 1872, and
it is believed to be the most faithful one in the public domain. The few
notes of the translator are kept where he put them, under the paragraphs
that refer to them.]

--------------------------------------------------

                THE DEEP

              HARBOUR

                 by

            Jean Exemple

--------------------------------------------------

PREFACE

The voyages of M. Exemple deserve to be widely read, and this
translation hopes to make them so among readers of English.

A. B. C.

The Rectory,

     Little Hampton

CONTENTS

 CHAPTER I. THE HARBOUR
 CHAPTER II. THE DEEP
 CHAPTER III. THE RETURN

I
THE HARBOUR

We sailed at dawn from the old harbour, and the town was still asleep
behind us when the pilot left the ship. He was an old man, and he had
taken ships out of that harbour for forty years; as he went down the
ladder he sang, as he always did, the song of his trade.

_The Pilot's Song_

Down to the harbour, down to the sea,
  The tide is turning, the wind is free;
Out past the lighthouse, over the bar,
  Follow the light of the evening star.

The pilot sang this as he climbed down into his boat, and we never saw
him again.

{FOOTER.format(title="THE DEEP HARBOUR")}"""


def test_title_pages_a_place_over_blocks_a_number_over_its_title_and_an_italic_poem_title(tei_all: TeiAll) -> None:
    book = convert_text(VOYAGE, "harbour.txt")
    first, second = xpath(book, "//tei:front/tei:titlePage")
    assert text(xpath(book, "//tei:front/tei:titlePage[1]//tei:titlePart[@type='desc']")[0]).startswith("Being a true relation")
    assert first.xpath("tei:docDate/@when", namespaces=NSMAP) == ["1870"]
    assert text(second.find(f"{tei('docTitle')}/{tei('titlePart')}")) == "THE DEEP HARBOUR"  # set over three blocks
    assert text(second.find(tei("byline"))) == "by Jean Exemple"
    assert xpath(book, "//tei:front/tei:div[@type='preface']/tei:closer/tei:signed/text()") == ["A. B. C."]
    assert xpath(book, "//tei:front/tei:div[@type='preface']/tei:closer/tei:dateline/text()") == ["The Rectory, Little Hampton"]
    assert len(xpath(book, "//tei:front/tei:div[@type='contents']/tei:list/tei:item")) == 3  # the chapter's heading is no entry
    chapter = xpath(book, "//tei:body/tei:div[@n='1']")[0]
    assert [text(h) for h in chapter.findall(tei("head"))] == ["I THE HARBOUR"]
    assert chapter.xpath("tei:div[tei:head=\"_The Pilot's Song_\"]/tei:lg/tei:l[1]/text()", namespaces=NSMAP) == [
        "Down to the harbour, down to the sea,"]
    assert not xpath(book, "//tei:p[starts-with(., 'Being') or . = 'by' or . = 'HARBOUR' or starts-with(., 'Little')]")
    assert tei_all(book.tree) == []
    assert validate_tree(book.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []  # a date before an imprint


def test_a_title_pages_description_running_on_in_lower_case_over_by_alone_and_the_name() -> None:
    described = VOYAGE.replace("Being a true relation of a voyage under the sea, as it was told by one\nof the crew to his "
                               "daughter in the year 1801.\n\nBy Jean Exemple", "An Account of the\nVoyage under the Sea and\n"
                               "the return, from the first day to\nthe last of the Voyage\n\nBy\n\nJEAN EXEMPLE, M.A.")
    book = convert_text(described, "harbour.txt")
    assert xpath_text(book.tree.getroot(), "//tei:front/tei:titlePage[1]//tei:titlePart[@type='desc']") == [
        "An Account of the Voyage under the Sea and the return, from the first day to the last of the Voyage"]
    assert xpath(book, "//tei:front/tei:titlePage[1]/tei:byline/text()") == ["JEAN EXEMPLE, M.A."]
    assert not [p for p in xpath(book, "//tei:p") if text(p).startswith(("the end", "By"))]  # nothing left over


@pytest.mark.parametrize(("dedication", "under"), [
    # in capitals, over the contents
    ("        TO ALL THOSE WHO KEEP\n        THE HARBOUR LIGHTS\n        IN THE HOPE THAT THEY MAY SEE\n        AT SECOND HAND\n"
     "        THE DEEP\n\n", "CONTENTS\n"),
    # every word capitalised, over the first part
    ("To Ann And All Others Who,\nLike Herself, Have Crossed In Early Youth\nThe Harbour Bar Of Their Generation With Love\n\n\n\n"
     "PART ONE\n\n", "I\nTHE HARBOUR\n"),
    # offered to a person in a later line: under the title page, over a label of the contents; under its title again
    ("            THIS VOYAGE\n      OF A SHIP OF TO-DAY\n    IS OFFERED IN THE HOPE THAT\n      A LIKENESS WILL BE SEEN\n"
     "                TO\n          JOHN HARBOURMASTER\n\n", "[Transcriber's Note"),
    ("THIS VOYAGE IS OFFERED\nTO ANN ROE\n\n", "CONTENTS\n"),
])
def test_a_dedication_set_line_by_line_over_the_contents_or_the_first_part(dedication: str, under: str) -> None:
    if under.startswith("["):  # right under the title page, the transcriber's note and the title again cut
        dedicated = VOYAGE[:VOYAGE.index(under)] + dedication + "CHAPTER\n\n" + VOYAGE[VOYAGE.index("CONTENTS\n") + 9:]
    else:
        dedicated = VOYAGE[:VOYAGE.index("PREFACE\n")] + dedication + VOYAGE[VOYAGE.index(under):]
    book = convert_text(dedicated, "harbour.txt")
    lines = [line.strip() for line in dedication.split("\n") if line.strip() and line != "PART ONE"]
    assert xpath_text(book.tree.getroot(), "//tei:front/tei:div[@type='dedication']/tei:p") == [" ".join(lines)]
    assert not xpath(book, f"//tei:titlePart[starts-with(., '{lines[0][:6]}')] | //tei:head[starts-with(., '{lines[0][:6]}')]")


# A collection named after its first story, with a preface signed at the right of the page.
STORIES = f"""\
The Project Gutenberg eBook of The Lantern, by Ann Example

Title: The Lantern

Author: Ann Example

Author of introduction, etc.: Bob Other

Release date: March 1, 2004 [eBook #7007]

Credits: Produced by Carol Third

*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN ***

PREFACE

These stories were written in the last years of her short life, and
they are the best of what she left us; the first of them gave the book
its name.

                                                        Bob Other.


The Lantern

The lantern hung at the corner of the lane, and every night the old
man came out to light it, whatever the weather and whoever passed.

{FOOTER.format(title="THE LANTERN")}"""


def test_a_collection_named_after_its_first_story_and_credits_worded_in_their_value() -> None:
    book = convert_text(STORIES, "lantern.txt")
    assert xpath(book, "//tei:respStmt[tei:resp/@key='aui']/tei:persName/text()") == ["Bob Other"]
    assert xpath(book, "//tei:respStmt[tei:resp/@key='trc']/tei:resp/text()") == ["Credits Produced by"]
    assert xpath(book, "//tei:respStmt[tei:resp/@key='trc']/tei:persName/text()") == ["Carol Third"]
    assert xpath(book, "//tei:front/tei:div[@type='preface']/tei:closer/tei:signed/text()") == ["Bob Other."]
    assert xpath(book, "//tei:body/tei:div/tei:head/text()") == ["The Lantern"]
    assert text(xpath(book, "//tei:body/tei:div/tei:p")[0]).startswith("The lantern hung")


PASTORALS = f"""\
The Project Gutenberg eBook of Pastorals, by Ann Example

Title: Pastorals

Author: Ann Example

Release Date: May, 1995 [eBook #230]

*** START OF THE PROJECT GUTENBERG EBOOK PASTORALS ***




ECLOGUE I

MELIBOEUS
You, shepherd, beneath a broad beech-canopy
Reclining, on the slender oat rehearse your songs.

TITYRUS
O Meliboeus, it was a god who gave
This ease to us, for him a god will I deem ever.

MELIBOEUS
I grudge you not the boon, but marvel more,
Such wide confusion fills the country-side.

TITYRUS
The city, Meliboeus, they call Rome,
I deemed, poor fool, was like this town of ours.

MELIBOEUS
And what so potent cause took you to Rome?

TITYRUS
Freedom, which though belated, cast her eyes
Upon me sluggard.


ECLOGUE II

The shepherd Corydon with love was fired
For fair Alexis, his own master's joy.

*** END OF THE PROJECT GUTENBERG EBOOK PASTORALS ***

{FOOTER}"""


def test_speakers_in_capitals_alone_over_their_verse_and_eclogues_as_divisions() -> None:
    poems = convert_text(PASTORALS, "pastorals.txt")
    assert [text(head) for head in xpath(poems, "//tei:body/tei:div/tei:head")] == ["ECLOGUE I", "ECLOGUE II"]
    assert xpath(poems, "//tei:body/tei:div/@n") == ["1", "2"]
    assert xpath(poems, "//tei:sp/tei:speaker/text()") == ["MELIBOEUS", "TITYRUS"] * 3
    assert xpath(poems, "(//tei:sp)[2]/tei:p/text()") == ["O Meliboeus, it was a god who gave This ease to us, for him a god will I deem ever."]


MEMOIR = f"""\
The Project Gutenberg eBook of The Harbour, by Ann Example

Title: The Harbour

Author: Ann Example

Release date: May 1, 2004 [eBook #8008]

*** START OF THE PROJECT GUTENBERG EBOOK THE HARBOUR ***

THE HARBOUR.

BY

ANN EXAMPLE.


1891, Boston

TO MY SON

JOHN EXAMPLE,

THIS BOOK IS LOVINGLY DEDICATED.


INTRODUCTION.

I confess that when I first learned that the author was about to write
a story of the harbour I had my doubts about the matter, which her
book has since put to rest.

BOB OTHER.


CONTENTS.

I. The Pier

II. The Storm


CHAPTER I.

THE PIER.

The pier ran out into the harbour further than any of us could remember,
and every morning the boats went out from it.

{FOOTER.format(title="THE HARBOUR")}"""


def test_a_dedication_over_blocks_a_year_beside_its_place_and_contents_under_a_signature(tei_all: TeiAll) -> None:
    book = convert_text(MEMOIR, "harbour.txt")
    assert xpath(book, "//tei:titlePage/tei:docDate[@when='1891']/text()") == ["1891, Boston"]
    assert xpath(book, "//tei:creation/tei:date/@when") == ["1891"]
    assert [text(p) for p in xpath(book, "//tei:front/tei:div[1]/tei:p")] == ["TO MY SON JOHN EXAMPLE, THIS BOOK IS LOVINGLY DEDICATED."]
    assert xpath(book, "//tei:front/tei:div[@type='introduction']/tei:head/text()") == ["INTRODUCTION."]
    assert xpath(book, "//tei:front/tei:div[@type='introduction']/tei:closer/*/text()") == ["BOB OTHER."]
    assert xpath(book, "//tei:front/tei:div[@type='contents']/tei:head/text()") == ["CONTENTS."]
    assert tei_all(book.tree) == []
    assert validate_tree(book.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []  # a date before an imprint


NOVELLA = f"""\
The Project Gutenberg eBook of The Lost Violin, by Ann Example

Title: The Lost Violin

Author: Ann Example

Release date: May 1, 2004 [eBook #9009]

*** START OF THE PROJECT GUTENBERG EBOOK THE LOST VIOLIN ***

THE LOST VIOLIN

by

ANN EXAMPLE

1895

Owl Books
Harmondsworth Middlesex, England
245 Fifth Avenue, New York, U.S.A.


THE AUTHOR

Ann Example was a remarkable character, as she was not only a scholar
and a writer, but a captain of industry as well.


THE LOST VIOLIN


  Letter from MISS JANE EXAMPLE
  to her Nephew, SIR JOHN EXAMPLE.

  13 Pauncefort Buildings, Bath,
  Oct. 21, 1867.

  MY DEAR JOHN,

  It was your late father's dying request that certain events which
  occurred in his last years should be communicated to you.

{FOOTER.format(title="THE LOST VIOLIN")}"""


def test_an_imprint_with_a_street_a_note_on_the_author_over_the_title_again_and_a_letter_headed_in_words() -> None:
    book = convert_text(NOVELLA, "violin.txt")
    assert [text(e) for e in xpath(book, "//tei:titlePage/tei:docImprint")] == [
        "Owl Books Harmondsworth Middlesex, England 245 Fifth Avenue, New York, U.S.A."]
    assert xpath(book, "//tei:front/tei:div/tei:head/text()") == ["THE AUTHOR"]  # front matter: the title comes again under it
    assert [text(e) for e in xpath(book, "//tei:front/tei:titlePage[2]//tei:titlePart")] == ["THE LOST VIOLIN"]
    assert text(xpath(book, "//tei:body/tei:div/tei:head")[0]).startswith("Letter from MISS JANE EXAMPLE")
    assert xpath(book, "//tei:body/tei:div/tei:opener/tei:dateline/tei:date/@when") == ["1867-10-21"]


# A book's title page: its imprint with the publisher's street numbers, its edition, a dedication "in memory of" a
# time, then a preface signed at the right over its place and date, the book's epigraph, contents with their pages and
# a table of abbreviations whose groups are labelled in a row of their own.
MUSIC_BOOK = f"""\
The Project Gutenberg eBook of Harbours and Music, by Ann Example

Title: Harbours and Music

Author: Ann Example

Release date: May 1, 2004 [eBook #9011]

*** START OF THE PROJECT GUTENBERG EBOOK HARBOURS AND MUSIC ***

HARBOURS AND MUSIC

BY ANN EXAMPLE

London
OWL AND SONG
12-14 QUAY ROAD, AND 3 MILL ROW, E.C.

_First Edition, 1912_

IN PLEASANT MEMORY OF MANY HAPPY YEARS AT HARBOUR HOUSE, PORTLAND




PREFACE


For many years I have been interested in the songs of the harbours, and
have had the impression that a careful examination of them would reveal
an aspect of the docks hitherto unknown.

                                         ANN EXAMPLE.
  PORTLAND,
    _October, 1912._



    I truly love the harbour; and discern in it a tone of real
    Music which struggles to express itself.

                                          BOB ROE.



CONTENTS


    CHAP.                                             PAGE

      I.  THE HARBOUR AS A CHOIR                         1

     II.  SHANTIES                                      23

    III.  WORK SONGS AND                                
          (SOME HYMNS)                                  36

          INDEX OF SONGS                                64



LIST OF WORKS REFERRED TO

_With Abbreviations Used_


    _Harbour Tales_                      1842       _H.T._
    _Harbour Songs_--
          Dockers' Chorus                1865       _D.C._
          Quay Ballads                   1855         --
    _Mill Rhymes_                        1870       _M.R._



CHAPTER I

The songs of the harbour were many, and the dockers sang them at work.

{FOOTER.format(title="HARBOURS AND MUSIC")}"""


def test_a_books_imprint_dedication_signed_preface_paged_contents_and_a_table_with_a_groups_label() -> None:
    book = convert_text(MUSIC_BOOK, "music.txt")
    assert [text(e) for e in xpath(book, "//tei:titlePage/tei:docImprint")] == [
        "London OWL AND SONG 12-14 QUAY ROAD, AND 3 MILL ROW, E.C."]
    assert xpath(book, "//tei:titlePage/tei:docEdition/text()") == ["_First Edition, 1912_"]
    assert [text(e) for e in xpath(book, "//tei:div[@type='dedication']/tei:p")] == [
        "IN PLEASANT MEMORY OF MANY HAPPY YEARS AT HARBOUR HOUSE, PORTLAND"]
    closer = xpath(book, "//tei:div[@type='preface']/tei:closer")[0]
    assert xpath_text(closer, "tei:signed") == ["ANN EXAMPLE."]
    assert xpath_text(closer, "tei:dateline") == ["PORTLAND,", "_October, 1912._"]
    assert [text(e) for e in xpath(book, "//tei:head")] == [
        "PREFACE", "CONTENTS", "LIST OF WORKS REFERRED TO", "_With Abbreviations Used_", "CHAPTER I"]
    assert xpath_text(xpath(book, "//tei:div[@type='contents']")[0], "tei:list/tei:item")[-1] == "INDEX OF SONGS 64"
    rows = [xpath_text(row, "tei:cell") for row in xpath(book, "//tei:table/tei:row")]
    assert rows[:2] == [["_Harbour Tales_", "1842", "_H.T._"], ["_Harbour Songs_--"]] and len(rows) == 5


# A book cut to its front and back matter: the half-title's picture, "THE END" and the publisher's list under it.
BACK_MATTER = f"""\
The Project Gutenberg eBook of The Harbour Locket, by Ann Example

Title: The Harbour Locket

Author: Ann Example

Release date: May 1, 2004 [eBook #9012]

*** START OF THE PROJECT GUTENBERG EBOOK THE HARBOUR LOCKET ***

                              CONTENTS

                           [Illustration]

CHAP.

    I. THE QUAY

   II. THE STORM

  III. THE LOCKET



                           THE HARBOUR

                              LOCKET

                           [Illustration]



                                    THE END



                   Printed by OWL & SONS LIMITED, Portland



                           _UNIFORM WITH THIS VOLUME_

                             EVERY GIRL'S BOOKSHELF

   Her Treasure of Truth. By Ann Roe.
   The Quay at Dawn. By Bob Lee.
   Two Sisters. By Jane Doe.

                     PORTLAND: THE HARBOUR TRACT SOCIETY.

{FOOTER.format(title="THE HARBOUR LOCKET")}"""


def test_the_end_under_a_picture_alone_is_no_trailer_of_a_division_without_text() -> None:
    book = convert_text(BACK_MATTER, "locket.txt")
    assert not xpath(book, "//tei:trailer")  # (a division holding only a picture may not end with one)
    assert xpath(book, "//tei:body/tei:figure/following-sibling::*[1][self::tei:p]/text()") == ["THE END"]


def test_a_printers_line_and_a_publishers_list_after_the_end_are_back_matter() -> None:
    chapter = ("                            CHAPTER I.\n\n"
               "The boats came in at dawn, and the whole quay turned out to count them, for the storm had been long.\n\n")
    book = convert_text(BACK_MATTER.replace("                                    THE END", chapter + "THE END"), "locket.txt")
    assert xpath(book, "//tei:body//tei:trailer/text()") == ["THE END"]
    [back_matter] = xpath(book, "//tei:back/tei:div[@type='backmatter']")
    assert xpath_text(back_matter, "tei:p") == ["Printed by OWL & SONS LIMITED, Portland"]  # a printer's line heads nothing
    assert xpath_text(back_matter, "tei:div/tei:head") == ["_UNIFORM WITH THIS VOLUME_", "EVERY GIRL'S BOOKSHELF"]
    assert not xpath(book, "//tei:body//tei:head[contains(., 'BOOKSHELF')]")
    assert validate_tree(book.tree) == []  # the project schema allows the back matter before the notes


def test_a_printers_line_naming_them_printers_heads_nothing() -> None:
    chapter = ("                            CHAPTER I.\n\n"
               "The boats came in at dawn, and the whole quay turned out to count them, for the storm had been long.\n\n")
    book = convert_text(BACK_MATTER.replace("                                    THE END", chapter + "THE END").replace(
        "Printed by OWL & SONS LIMITED, Portland", "PORTLAND: OWL AND SONS, PRINTERS."), "locket.txt")
    [back_matter] = xpath(book, "//tei:back/tei:div[@type='backmatter']")
    assert xpath_text(back_matter, "tei:p") == ["PORTLAND: OWL AND SONS, PRINTERS."]


def test_a_story_after_the_end_is_no_back_matter() -> None:
    story = BACK_MATTER.replace("   Her Treasure of Truth.", "The storm came back that winter, and the boats stayed in the "
                                "harbour for a month while the men mended their nets and told the old stories again.\n\n"
                                "   Her Treasure of Truth.")
    assert not xpath(convert_text(story, "locket.txt"), "//tei:back")


POEMS = f"""\
The Project Gutenberg eBook of The Lantern Fay, and Other Poems, by Ann Example

Title: The Lantern Fay, and Other Poems

Author: Ann Example

Release date: May 1, 2004 [eBook #9010]

Credits: Produced by Bob Other, Carol Third and the Online
        Distributed Proofreading Team at http://www.pgdp.net

*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN FAY, AND OTHER POEMS ***

Produced by Bob Other, Carol Third and the Online
Distributed Proofreading Team at http://www.pgdp.net


A note on this edition, from the transcriber's copy of the first printing


THE
LANTERN FAY,
AND
OTHER POEMS


BY ANN EXAMPLE.


THE LANTERN FAY.

'Tis the middle watch of a summer's night--
The earth is dark, but the heavens are bright;

{FOOTER.format(title="THE LANTERN FAY, AND OTHER POEMS")}"""


def test_a_credit_repeated_over_two_lines_and_a_title_page_of_one_block_of_lines_under_a_note() -> None:
    book = convert_text(POEMS, "fay.txt")
    assert xpath(book, "//tei:titleStmt/tei:respStmt/tei:name/text()") == ["the Online Distributed Proofreading Team at http://www.pgdp.net"]
    assert [entry.line for entry in book.report.removed if "credit of the header" in entry.reason] == [14, 15]
    assert [text(e) for e in xpath(book, "//tei:front/tei:titlePage[2]/tei:docTitle/tei:titlePart")] == ["THE LANTERN FAY, AND OTHER POEMS"]
    assert xpath(book, "//tei:front/tei:titlePage[2]/tei:byline/text()") == ["BY ANN EXAMPLE."]


def test_a_byline_may_give_the_authors_name_double_barrelled() -> None:
    book = convert_text(POEMS.replace("BY ANN EXAMPLE.", "BY ANN EXAMPLE-ROE."), "fay.txt")
    assert xpath(book, "//tei:front/tei:titlePage[2]/tei:byline/text()") == ["BY ANN EXAMPLE-ROE."]


WARDENS = f"""\
The Project Gutenberg eBook of The Wardens, by Ann Example

Title: The Wardens

Author: Ann Example

Release date: June 2, 2005 [eBook #9011]

*** START OF THE PROJECT GUTENBERG EBOOK THE WARDENS ***

THE WARDENS


_Other books by Ann Example_

   _The Quiet Harbour_
   _A Winter Journey, told in letters_
   _Poems_


THE WARDENS

Ann Example

First published in 1911.

Lantern Press
Leeds, Yorkshire

_Chapter I_

The wardens came to the village in the spring, when the river was high and
the roads were still deep in mud from the winter rains.

{FOOTER.format(title="THE WARDENS")}"""


def test_a_list_of_the_authors_books_and_a_second_title_page_with_its_date_and_imprint(tei_all: TeiAll) -> None:
    book = convert_text(WARDENS, "wardens.txt")
    assert xpath(book, "//tei:front/tei:div[@type='works']/tei:head/text()") == ["_Other books by Ann Example_"]
    assert xpath(book, "//tei:front/tei:div[@type='works']/tei:list/tei:item/text()") == [
        "_The Quiet Harbour_", "_A Winter Journey, told in letters_", "_Poems_"]
    second = xpath(book, "//tei:front/tei:titlePage[2]")[0]
    assert [(child.tag.split("}")[1], text(child)) for child in second] == [
        ("docTitle", "THE WARDENS"), ("byline", "Ann Example"), ("docDate", "First published in 1911."),
        ("docImprint", "Lantern Press Leeds, Yorkshire")]
    assert xpath(book, "//tei:body/tei:div/tei:head/text()") == ["_Chapter I_"]
    assert tei_all(book.tree) == []
    assert validate_tree(book.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []  # a date before an imprint


LIBRARIES = f"""\
The Project Gutenberg eBook of Old Reading Rooms, by Ann Example

Title: Old Reading Rooms

Author: Ann Example

Release date: May 4, 2006 [eBook #9012]

*** START OF THE PROJECT GUTENBERG EBOOK OLD READING ROOMS ***

Note: Project Gutenberg also has an HTML version of this
      file which includes the original illustrations.
      See 9012-h.htm or 9012-h.zip


OLD READING ROOMS

etc.

by

ANN EXAMPLE
M.A., F.S.A.

Author of _Town Halls_, _Market Crosses_,
_Bridges of the North_, etc., etc.

London
Lantern Press, Limited

1911


CONTENTS

     I THE FIRST READERS

    II THE NEW ROOMS


LIST OF ILLUSTRATIONS

THE READERS AT WORK

THEY LOOKED UP

THE LAMPS LIT


LIST OF PLATES

I. THE CLOISTER AT WELLS                                     12

Photo by H. W. TAUNT

II. A READER AND HIS DESK                                    20

From MS. Harl. 2820


OLD READING ROOMS


CHAPTER I

THE FIRST READERS

The first readers came to the rooms in the winter, when the roads were too
deep in mud for travel and the long evenings wanted filling.

{FOOTER.format(title="OLD READING ROOMS")}"""


def test_lists_of_illustrations_and_plates_and_a_title_page_with_degrees_and_the_authors_books(tei_all: TeiAll) -> None:
    book = convert_text(LIBRARIES, "rooms.txt")
    lists = xpath(book, "//tei:front/tei:div[@type='illustrations']")
    assert [xpath_text(division, "tei:head") for division in lists] == [["LIST OF ILLUSTRATIONS"], ["LIST OF PLATES"]]
    assert xpath_text(lists[0], "tei:list/tei:item") == ["THE READERS AT WORK", "THEY LOOKED UP", "THE LAMPS LIT"]
    assert [item.split()[:2] for item in xpath_text(lists[1], "tei:list/tei:item")] == [
        ["I.", "THE"], ["Photo", "by"], ["II.", "A"], ["From", "MS."]]  # a credit over the next plate goes on with the list
    assert xpath(book, "//tei:body/tei:div/tei:head/text()") == ["CHAPTER I", "THE FIRST READERS"]
    page = xpath(book, "//tei:front/tei:titlePage[1]")[0]
    assert [(child.tag.split("}")[1], text(child)) for child in page if child.tag != tei("docTitle")] == [
        ("docAuthor", "Ann Example"), ("byline", "M.A., F.S.A."),
        ("byline", "Author of _Town Halls_, _Market Crosses_, _Bridges of the North_, etc., etc."),
        ("docImprint", "London Lantern Press, Limited"), ("docDate", "1911")]
    # The ebook's note on its other formats is a note in the header, not the book's imprint.
    assert xpath(book, "//tei:notesStmt/tei:note/text()") == [
        "Project Gutenberg also has an HTML version of this file which includes the original illustrations. See 9012-h.htm or 9012-h.zip"]
    assert tei_all(book.tree) == []


def test_a_title_pages_translator_of_and_author_of_lines_are_bylines_over_the_imprint() -> None:
    book = convert_text(LIBRARIES.replace("Author of _Town Halls_, _Market Crosses_,\n_Bridges of the North_, etc., etc.",
                                          "TRANSLATOR OF 'THE HARBOUR SONGS';\n\n\n\nAUTHOR OF 'TOWN HALLS'"), "rooms.txt")
    page = xpath(book, "//tei:front/tei:titlePage[1]")[0]
    assert [(child.tag.split("}")[1], text(child)) for child in page if child.tag != tei("docTitle")][2:] == [
        ("byline", "TRANSLATOR OF 'THE HARBOUR SONGS';"), ("byline", "AUTHOR OF 'TOWN HALLS'"),
        ("docImprint", "London Lantern Press, Limited"), ("docDate", "1911")]
    assert not xpath(book, "//tei:front/tei:div[not(@type)]")
    # in italics, in the byline's block, the books wrapped under it
    italic = convert_text(LIBRARIES.replace("M.A., F.S.A.\n\nAuthor of", "M.A., F.S.A.\n_Author of_\n"), "rooms.txt")
    assert xpath_text(italic.tree.getroot(), "//tei:titlePage[1]/tei:byline")[1:] == [
        "_Author of_ _Town Halls_, _Market Crosses_, _Bridges of the North_, etc., etc."]


CAGE = f"""\
The Project Gutenberg eBook of In the Box, by Ann Example

Title: In the Box

Author: Ann Example

Release date: May 4, 2006 [eBook #9013]

*** START OF THE PROJECT GUTENBERG EBOOK IN THE BOX ***

IN THE BOX

By Ann Example


Contents

 I.
 II.
 III.


CHAPTER I.


It had occurred to her early that in her position, that of a young
person spending in framed and wired confinement the life of a clerk,
she should know a great many persons without their knowing her.

CHAPTER II.

The second chapter began on a winter morning, with the office still dark.

CHAPTER III.

The third chapter began in the spring, when the office had its windows open.

{FOOTER.format(title="IN THE BOX")}"""


def test_a_contents_list_of_bare_numerals_ends_at_the_first_chapter() -> None:
    book = convert_text(CAGE, "box.txt")
    assert xpath(book, "//tei:front/tei:div[@type='contents']/tei:list/tei:item/text()") == ["I.", "II.", "III."]
    assert xpath(book, "//tei:body/tei:div/tei:head/text()") == ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."]


NEIGHBOURS = f"""\
The Project Gutenberg eBook of The Neighbours, by Ann Example

Title: The Neighbours

Author: Ann Example

Release date: May 5, 2006 [eBook #9014]

*** START OF THE PROJECT GUTENBERG EBOOK THE NEIGHBOURS ***

THE NEIGHBOURS

Ann Example

1861



TO THE

COUNTESS OF SAMPLE

THIS BOOK

IS, WITH HER LEAVE,

RESPECTFULLY INSCRIBED,

BY HER OLD FRIEND,

THE AUTHOR.



PREFACE.

The book which follows was written over many winters, and its people
are drawn from the streets the author walked as a child.


CONTENTS

1.--In which a New Family comes to the Street, and is
Talked about

2.--The Quarrel


CHAPTER I.

In which a New Family comes to the Street, and is talked about.

The cart stopped at the corner late in the afternoon, and the whole
street came to its windows to see who had taken the empty house.

CHAPTER II.

The Quarrel.

It began, as such things do, with a fence that stood a foot too far.

{FOOTER.format(title="THE NEIGHBOURS")}"""


def test_a_dedication_a_line_to_a_block_and_chapters_whose_entries_are_numbered_otherwise() -> None:
    book = convert_text(NEIGHBOURS, "neighbours.txt")
    assert [text(p) for p in xpath(book, "//tei:front/tei:div[1]/tei:p")] == [
        "TO THE COUNTESS OF SAMPLE THIS BOOK IS, WITH HER LEAVE, RESPECTFULLY INSCRIBED, BY HER OLD FRIEND, THE AUTHOR."]
    assert xpath(book, "//tei:front/tei:div[@type='preface']/tei:head/text()") == ["PREFACE."]
    # "CHAPTER I." after entries numbered "1.--" is the text's first heading, with the title its entry gives
    assert len(xpath(book, "//tei:front/tei:div[@type='contents']/tei:list/tei:item")) == 3
    assert [text(head) for head in xpath(book, "//tei:body/tei:div/tei:head")] == [
        "CHAPTER I.", "In which a New Family comes to the Street, and is talked about.", "CHAPTER II.", "The Quarrel."]


def test_a_dedication_labelled_in_one_block_and_one_to_my_mother_over_the_preface() -> None:
    labelled = NEIGHBOURS.replace("""TO THE

COUNTESS OF SAMPLE

THIS BOOK

IS, WITH HER LEAVE,

RESPECTFULLY INSCRIBED,

BY HER OLD FRIEND,

THE AUTHOR.""", """                DEDICATION.
                    TO
             THE COUNTESS OF SAMPLE,
          WITH THE AUTHOR'S LOVE""")
    book = convert_text(labelled, "neighbours.txt")
    assert [text(p) for p in xpath(book, "//tei:front/tei:div[@type='dedication']/tei:p")] == [
        "DEDICATION. TO THE COUNTESS OF SAMPLE, WITH THE AUTHOR'S LOVE"]
    assert xpath(book, "//tei:front/tei:div[@type='preface']/tei:head/text()") == ["PREFACE."]
    short = convert_text(labelled.replace("""                DEDICATION.
                    TO
             THE COUNTESS OF SAMPLE,
          WITH THE AUTHOR'S LOVE""", "                TO MY MOTHER"), "neighbours.txt")
    assert [text(p) for p in xpath(short, "//tei:front/tei:div[@type='dedication']/tei:p")] == ["TO MY MOTHER"]
    assert xpath(short, "//tei:front/tei:div[@type='preface']/tei:head/text()") == ["PREFACE."]


SHELVES = f"""\
The Project Gutenberg eBook of The Home Shelves, by Ann Example

Title: The Home Shelves

Author: Ann Example

Release date: May 6, 2006 [eBook #9015]

*** START OF THE PROJECT GUTENBERG EBOOK THE HOME SHELVES ***

THE HOME SHELVES

BY

ANN EXAMPLE

_Second Edition._

LEEDS: SAMPLE & SONS

          SOLD BY
          BOOKMEN, 12 HIGH STREET
          MDCCCXC



_PREFACE_

_Books are kept badly in most houses, and this little volume says how
they might be kept better, at no great cost and with some pleasure._

_A. E._

12 HIGH STREET, N.


ON DUST

Dust is the first enemy of a book, and the housemaid the second.

{FOOTER.format(title="THE HOME SHELVES")}"""


def test_imprints_of_one_line_and_sold_by_and_a_preface_in_italics_signed_by_initials_under_an_address() -> None:
    book = convert_text(SHELVES, "shelves.txt")
    assert [text(imprint) for imprint in xpath(book, "//tei:titlePage/tei:docImprint")] == [
        "LEEDS: SAMPLE & SONS", "SOLD BY BOOKMEN, 12 HIGH STREET MDCCCXC"]
    assert xpath(book, "//tei:front/tei:div[@type='preface']/tei:head/text()") == ["_PREFACE_"]
    assert xpath(book, "//tei:front/tei:div[@type='preface']/tei:closer/*/text()") == ["_A. E._", "12 HIGH STREET, N."]
    assert xpath(book, "//tei:body/tei:div/tei:head/text()") == ["ON DUST"]


MAXIMS = f"""\
The Project Gutenberg eBook of The Maxims of Example, by Example

Title: The Maxims of Example

Author: Example

Release date: May 7, 2006 [eBook #9016]

*** START OF THE PROJECT GUTENBERG EBOOK THE MAXIMS OF EXAMPLE ***

Transcriber's note


Spelling has been kept as printed. Obvious errors are listed at the end.



   THE

   MAXIMS

   OF EXAMPLE.

   TRANSLATED FROM THE LATIN.

   IN THREE BOOKS,

   WITH

   PREFACE AND NOTES.

   Reprint:

   _Bristol: MDCCCXC: for the Sample Club,
   and for its members only._



   DEDICATED

   TO THOSE FEW READERS
   WHO STILL READ LATIN.



PREFACE.

The maxims were gathered over a long life, and only some of them are
known beyond the circle of the author's friends and pupils. Other books
of the kind that are still read are these:--

     1. The Book of Hours, or the day well spent.

     2. The Little Garden, or the mind at rest; also called
          the Hortulus.

The first of them was printed many times, the second only once, in a
small edition now very rare.

BOOK I.

A maxim is a short saying, and it should be remembered for a long time.

{FOOTER.format(title="THE MAXIMS OF EXAMPLE")}"""


def test_an_editors_note_a_title_page_described_over_blocks_a_dedicated_line_and_an_announced_list(tei_all: TeiAll) -> None:
    book = convert_text(MAXIMS, "maxims.txt")
    assert xpath(book, "//tei:front/tei:div[@type='note']/tei:head/text()") == ["Transcriber's note"]
    page = xpath(book, "//tei:front/tei:titlePage")[1]
    assert [text(part) for part in page.xpath("tei:docTitle/tei:titlePart[@type='desc']", namespaces=NSMAP)] == [
        "TRANSLATED FROM THE LATIN. IN THREE BOOKS, WITH PREFACE AND NOTES."]
    assert [text(imprint) for imprint in page.xpath("tei:docImprint", namespaces=NSMAP)] == [
        "Reprint: _Bristol: MDCCCXC: for the Sample Club, and for its members only._"]
    assert [text(p) for p in xpath(book, "//tei:front/tei:div[@type='dedication']/tei:p")] == [
        "DEDICATED TO THOSE FEW READERS WHO STILL READ LATIN."]
    assert [text(item) for item in xpath(book, "//tei:div[tei:head='PREFACE.']/tei:list/tei:item")] == [
        "1. The Book of Hours, or the day well spent.", "2. The Little Garden, or the mind at rest; also called the Hortulus."]
    assert len(xpath(book, "//tei:div[tei:head='PREFACE.']/tei:p")) == 2
    assert tei_all(book.tree) == []
    assert validate_tree(book.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []


NOTEBOOK = f"""\
The Project Gutenberg eBook of A Notebook, by Ann Example

Title: A Notebook

Author: Ann Example

Release date: May 8, 2006 [eBook #9017]

*** START OF THE PROJECT GUTENBERG EBOOK A NOTEBOOK ***

Produced by the Online Distributed Proofreading Team
TRANSCRIBER’S NOTE
The original edition printed the notes at the foot of each page; they have
been moved to the end of each chapter, and their markers kept as printed.

POEMS IN THIS BOOK

Introduction
The Garden
The Well

CHAPTER I.

The notebook was found in a drawer of the old desk, under a bundle of
letters that nobody had read for forty years.

{FOOTER.format(title="A NOTEBOOK")}"""


def test_an_editors_note_heading_glued_over_its_prose_is_a_heading_a_list_that_opens_with_introduction_is_not() -> None:
    book = convert_text(NOTEBOOK, "notebook.txt")
    assert xpath(book, "//tei:div[@type='note']/tei:head/text()") == ["TRANSCRIBER’S NOTE"]
    assert text(xpath(book, "//tei:div[@type='note']/tei:p")[0]).startswith("The original edition printed")
    assert not xpath(book, "//tei:head[.='Introduction']")


LETTERS = f"""\
The Project Gutenberg eBook of Letters of Example, by Ann Example

Title: Letters of Example

Author: Ann Example

Release date: May 9, 2006 [eBook #9018]

*** START OF THE PROJECT GUTENBERG EBOOK LETTERS OF EXAMPLE ***

1.

TO A PRINTER.

The plates came back from the printer yesterday,[1] and they are better
than I had hoped.

[Footnote 1: The printer was in Leipzig; the plates are lost.]

2.

TO A FRIEND.

I send you the book I promised[1] and a song of my own.[2]

[Footnote 1: A book of travels, as later letters show. It was
returned a year later.

The friend kept the song.]

  [Footnote 2: Never printed.]

End of Project Gutenberg's Letters of Example, Vol. 1,
by Ann Example

{FOOTER.format(title="LETTERS OF EXAMPLE")}"""


def test_gutenberg_footnotes_in_brackets_numbered_again_in_each_letter_and_an_end_line_wrapped(tei_all: TeiAll) -> None:
    book = convert_text(LETTERS, "letters.txt")
    notes = xpath(book, "//tei:back//tei:note")
    assert [note.get("n") for note in notes] == ["1", "1", "2"]
    assert [[text(p) for p in note] for note in notes] == [
        ["The printer was in Leipzig; the plates are lost."],
        ["A book of travels, as later letters show. It was returned a year later.", "The friend kept the song."],
        ["Never printed."]]
    # each marker links to its own note, though two notes are numbered 1
    assert xpath(book, "//tei:ref[@type='noteref']/@target") == [f"#{note.get('{http://www.w3.org/XML/1998/namespace}id')}" for note in notes]
    assert not xpath(book, "//tei:body//tei:p[contains(., 'Footnote')]")
    assert ("Footnote" in [entry.text for entry in book.report.removed])  # the label's word, reported
    assert "by Ann Example" in [entry.text for entry in book.report.removed]  # the end line, wrapped
    assert tei_all(book.tree) == []


CORRESPONDENCE = f"""\
The Project Gutenberg eBook, Letters of a Composer, by Hans
Example, Translated by Mary Sample


This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.

Title: Letters of a Composer

Author: Hans Example

Release Date: May 10, 2006 [EBook #9019]

***START OF THE PROJECT GUTENBERG EBOOK LETTERS OF A COMPOSER***

LETTERS OF A COMPOSER.

FROM THE COLLECTION OF DR. KARL SAMPLE.

TRANSLATED BY
MARY SAMPLE.

IN TWO VOLUMES.

VOL. I.

CONTENTS OF VOLUME I.

1. To a Publisher
2. To a Friend
3. To a Lady


1.

TO A PUBLISHER.

MY GOOD PUBLISHER,--

The proofs of the quartet came back this morning,[1] and I have marked
every error in red, as you asked me to do last week.

Your

HANS.

[Footnote 1: The quartet in F, printed the next spring.]

2.

TO A FRIEND.

DEAR OLD FRIEND,--

The winter has been long, and the stove smokes whenever the wind is
in the east,[1] which is every day.

As ever, your true friend,

EXAMPLE.

[Footnote 1: The house stood on the hill above the town.]

3.

TO A LADY.[1]

Feb. 3, 1820.

MY DEAR LADY,--

The songs are finished at last, and I send them to you with this letter,
as I promised when we met in the spring.

H. EXAMPLE.

My regards to your husband.

[Footnote 1: A pupil of many years.]

{FOOTER.format(title="LETTERS OF A COMPOSER")}"""


def test_a_first_line_with_commas_and_its_translator_a_title_page_in_capitals_and_letters_saluted_with_a_dash() -> None:
    book = convert_text(CORRESPONDENCE, "composer.txt")
    assert xpath(book, "//tei:titleStmt/tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Mary Sample"]
    # the title page's "TRANSLATED BY" over the name repeats the first line's credit
    assert [entry.text for entry in book.report.removed if "repeating a credit" in entry.reason] == ["TRANSLATED BY", "MARY SAMPLE."]
    assert xpath(book, "//tei:titleStmt/tei:author/tei:persName/text()") == ["Hans Example"]
    assert xpath(book, "//tei:titlePage/tei:docTitle/tei:titlePart[@type='alt']/text()") == [
        "FROM THE COLLECTION OF DR. KARL SAMPLE.", "IN TWO VOLUMES.", "VOL. I."]
    assert xpath(book, "//tei:front/tei:div[@type='contents']/tei:head/text()") == ["CONTENTS OF VOLUME I."]
    # an addressee with a note marker is the letter's heading all the same
    assert [head.text for head in xpath(book, "//tei:body/tei:div/tei:head[@type='sub']")] == ["TO A PUBLISHER.", "TO A FRIEND.", "TO A LADY."]
    assert xpath(book, "//tei:body/tei:div/tei:opener/tei:salute/text()") == ["MY GOOD PUBLISHER,--", "DEAR OLD FRIEND,--", "MY DEAR LADY,--"]
    assert xpath(book, "//tei:body/tei:div[3]/tei:opener/tei:dateline/tei:date/@when") == ["1820-02-03"]
    # each letter signs in its own division, the footnote under the signature standing in the notes
    assert [[text(line) for line in closer] for closer in xpath(book, "//tei:body/tei:div/tei:closer")] == [
        ["Your", "HANS."], ["As ever, your true friend,", "EXAMPLE."], ["H. EXAMPLE."]]
    assert [len(xpath(book, f"//tei:body/tei:div[{n}]/tei:closer")) for n in (1, 2, 3)] == [1, 1, 1]
    # a line under the signature, before the next letter, is the letter's postscript
    assert xpath(book, "//tei:body/tei:div[3]/tei:postscript/tei:p/text()") == ["My regards to your husband."]


TREATISE = f"""\
The Project Gutenberg EBook of On Tides, by Ann Example

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.

Title: On Tides

Author: Ann Example

Release Date: May 10, 2006 [EBook #9020]

*** START OF THE PROJECT GUTENBERG EBOOK ON TIDES ***

ON TIDES

LIST OF CONTENTS


CHAP.  I.
  To What Extent the Tides Are a Matter of the Moon and of the Sun Together.

CHAP.  II.
  The Criterion of a Good Harbour for the Ships of the Coast.

CHAP.  III.
  That the Ideally Best Harbour is One Sheltered from the Western
  Winds.


Chapter I--To What Extent the Tides Are a Matter of the Moon and of the Sun Together.

The tides rise and fall twice a day on this coast, and every sailor knows it.

Chapter II--The Criterion of a Good Harbour for the Ships of the Coast.

A good harbour keeps the ships from the storm and lets them out with the tide.

Chapter III--That the Ideally Best Harbour is One Sheltered from the Western Winds.

The western winds are the worst of all on this coast, as every sailor knows.

{FOOTER.format(title="ON TIDES")}"""


def test_contents_entries_numbered_over_their_titles_are_one_item_each() -> None:
    book = convert_text(TREATISE, "tides.txt")
    assert [text(item) for item in xpath(book, "//tei:div[@type='contents']/tei:list/tei:item")] == [
        "CHAP. I. To What Extent the Tides Are a Matter of the Moon and of the Sun Together.",
        "CHAP. II. The Criterion of a Good Harbour for the Ships of the Coast.",
        "CHAP. III. That the Ideally Best Harbour is One Sheltered from the Western Winds."]
    assert not xpath(book, "//tei:sp")
    assert [text(head) for head in xpath(book, "//tei:body/tei:div/tei:head")][:1] == [
        "Chapter I--To What Extent the Tides Are a Matter of the Moon and of the Sun Together."]
    assert len(xpath(book, "//tei:body//tei:p")) == 3


PLAY_AFTER_ADVERTISEMENTS = """\
The Project Gutenberg eBook of The Harbour Girl, by Ann Example

Title: The Harbour Girl

Author: Ann Example

Release date: May 1, 2004 [eBook #8009]

*** START OF THE PROJECT GUTENBERG EBOOK THE HARBOUR GIRL ***

_The Plays of Ann Example_

    THE TIDES
    THE FERRY
    THE LIGHTHOUSE

  THE PINERO HARBOUR BOOK
  Selected and Arranged by BOB LEE
  With a Portrait, cloth extra.


  THE HARBOUR GIRL


  THE FIRST ACT


_The scene is a drawing-room over the harbour, prettily but somewhat showily decorated._

ROPER.

[_To FARNCOMBE._] Hul-lo! I'm in luck! Just the chap I'm hunting for.

FARNCOMBE.

How are you, Roper?

GLADYS.

[_To ROPER, languidly._] I'll tell Mrs. Upjohn you're here.

ROPER.

Ta. [_GLADYS withdraws._] Phew, it's hot!

FARNCOMBE.

Miss Parradell's out.

*** END OF THE PROJECT GUTENBERG EBOOK THE HARBOUR GIRL ***
"""


def test_a_plays_title_over_its_first_act_short_speeches_and_the_front_matters_capitals_speak_not() -> None:
    play = convert_text(PLAY_AFTER_ADVERTISEMENTS, "harbour-girl.txt")
    assert [text(head) for head in xpath(play, "//tei:body//tei:head")] == ["THE FIRST ACT"]
    assert xpath(play, "//tei:sp/tei:speaker/text()") == ["ROPER.", "FARNCOMBE.", "GLADYS.", "ROPER.", "FARNCOMBE."]
    assert xpath(play, "//tei:sp[2]/tei:p/text()") == ["How are you, Roper?"]
    assert not xpath(play, "//tei:speaker[contains(., 'THE')]")


ITALIC_SPEAKERS = """\
The Project Gutenberg EBook of The Harbour Opera, by Ann Example

Title: The Harbour Opera

Author: Ann Example

Release Date: May 1, 2008 [EBook #25063]

*** START OF THIS PROJECT GUTENBERG EBOOK THE HARBOUR OPERA ***

[Transcriber's Note:

  The music of the airs is not included in this e-text.]

DRAMATIS PERSONÆ.

  Peachum.
  Filch.

INTRODUCTION

_Beggar._ If Poverty be a Title to Poetry, I am sure no-body can dispute mine.

_Player._ As we live by the Muses, it is but Gratitude in us to encourage Poetical Merit.

_Beggar._ This piece I own was originally writ for the celebrating of a Marriage.

_Player._ But I see it is time for us to withdraw.

ACT I. SCENE I.

_Filch._ Sir, _Black Moll_ hath sent word her Trial comes on in the Afternoon.

_Peachum._ As the Wench is very active and industrious, you may satisfy her.

_Filch._ _Tom Gagg_, Sir, is found guilty.

*** END OF THIS PROJECT GUTENBERG EBOOK THE HARBOUR OPERA ***
"""


def test_speakers_in_italics_an_introductions_speakers_and_a_bracketed_transcribers_note() -> None:
    play = convert_text(ITALIC_SPEAKERS, "opera.txt")
    assert xpath(play, "//tei:sp/tei:speaker/text()") == ["_Beggar._", "_Player._", "_Beggar._", "_Player._", "_Filch._", "_Peachum._", "_Filch._"]
    assert xpath(play, "(//tei:sp)[last()]/tei:p/text()") == ["_Tom Gagg_, Sir, is found guilty."]
    assert "[Transcriber's Note:" in [text(head) for head in xpath(play, "//tei:head")]
    assert not xpath(play, "//tei:stage") and "INTRODUCTION" in [text(head) for head in xpath(play, "//tei:head")]


def test_speakers_in_italics_alone_over_verse_speeches_an_illustration_and_the_curtain(tei_all: TeiAll) -> None:
    masque = ITALIC_SPEAKERS.replace("[Transcriber's Note:\n\n  The music of the airs is not included in this e-text.]\n\n", "").replace(
        ITALIC_SPEAKERS[ITALIC_SPEAKERS.index("DRAMATIS"): ITALIC_SPEAKERS.index("*** END")],
        "ACT I.\n\n[Illustration]\n\n_Ogre_\n\n  Ha, old witch, it is done at last!\n  I have broken the King's stronghold!\n"
        "  I have stolen away his children twain\n\n_Witch_\n\n  Now why didst thou plot such a wicked thing?\n"
        "  The children no harm have done.\n\n_Ogre_\n\n  Then give me a charm to bind the prince.\n  Thou canst do that at least.\n"
        "  I'll give thee more gold than hands can hold.\n\n_Curtain_\n\nACT II.\n\n_Witch_\n\n  Away, away!\n\n_Curtain_\n\n")
    play = convert_text(masque, "masque.txt")
    assert xpath(play, "//tei:sp/tei:speaker/text()") == ["_Ogre_", "_Witch_", "_Ogre_", "_Witch_"]
    assert xpath(play, "(//tei:sp)[1]/tei:lg/tei:l/text()") == [
        "Ha, old witch, it is done at last!", "I have broken the King's stronghold!", "I have stolen away his children twain"]
    assert xpath(play, "(//tei:sp)[4]/tei:p/text()") == ["Away, away!"]  # one line is no stanza
    assert len(xpath(play, "//tei:body//tei:figure")) == 1 and not xpath(play, "//tei:stage")
    assert validate_tree(play.tree, "masque.xml") == [] and tei_all(play.tree) == []


def test_speakers_in_italics_abbreviated_with_a_first_name_speak_in_a_play_with_no_acts() -> None:
    school = ITALIC_SPEAKERS[:ITALIC_SPEAKERS.index("INTRODUCTION")] + (
        "A HARBOUR SCHOOL\n\n_Q. Rob._ Give me the ball!\n\n_M. Rob._ Oh, make room for your betters!\n\n"
        "_Mag._ (entering). Quiet, boys!\n\n_Q. Rob._ I was not speaking, master.\n\n_M. Rob._ Nor I.\n\n"
        "_Mag._ Then sit down, both of you.\n\n") + ITALIC_SPEAKERS[ITALIC_SPEAKERS.index("*** END"):]
    play = convert_text(school, "school.txt")
    assert xpath(play, "//tei:sp/tei:speaker/text()") == ["_Q. Rob._", "_M. Rob._", "_Mag._", "_Q. Rob._", "_M. Rob._", "_Mag._"]
    assert xpath(play, "(//tei:sp)[1]/tei:p/text()") == ["Give me the ball!"]


def test_a_signature_set_right_under_a_foreword_over_a_picture_and_the_next_heading() -> None:
    book = convert_text("Harbour Tales\n\nFOREWORD\n\nAll people should like the old stories; all nice people do. To them I\n"
                        "commend these tales of the harbour, in the hope that they may grow to\nlove them.\n\n"
                        + " " * 60 + "HARBOURSIDE\n\n\n[Illustration]\n\n\nTHE MERMAID OF THE DOCK\n\n"
                        "Carved on one of the pews in the church of the dock is a strange figure\nof a mermaid, and the "
                        "folk there tell a strange story about her.\n", "tales.txt")
    assert xpath(book, "//tei:closer/tei:signed/text()") == ["HARBOURSIDE"]
    assert xpath(book, "//tei:body//tei:head/text()")[-1:] == ["THE MERMAID OF THE DOCK"]
    assert not xpath(book, "//tei:head[. = 'HARBOURSIDE']")


DOCKS = f"""\
The Project Gutenberg eBook of How the Docks Were Built, by Ann Example

Title: How the Docks Were Built: Studies Among the Quays of Portside

Author: Ann Example

Release date: May 4, 2006 [eBook #9014]

*** START OF THE PROJECT GUTENBERG EBOOK HOW THE DOCKS WERE BUILT ***


                                PREFACE.


The belief that every docker's experience ought to be worth something to
the harbour from which he drew it made me begin this book, and the men
of the quays helped me finish it.

                                                                A. E.


CONTENTS.

                                                        PAGE

    INTRODUCTION,                                          1


LIST OF ILLUSTRATIONS.

                                                        PAGE

    THE OLD QUAY,                                          6

    A CRANE OF 1863, FOR TWELVE SHIPS ON EACH
        BERTH,                                            12


          "With gates of iron and bars of steel
          Ye have fenced the river from the sea;
          I have heard the hammers of your men
          Through all these eighteen hundred years."

                                        --JOHN EXAMPLE.


                       HOW THE DOCKS WERE BUILT.


                          _INTRODUCTION._


Long ago it was said that one half of the harbour does not know how the
other half works. That was true then, and it did not know because it did
not care to ask the men who worked it.

{FOOTER.format(title="HOW THE DOCKS WERE BUILT")}"""


def test_a_list_of_illustrations_ends_at_verse_without_pages_and_at_the_title_without_its_subtitle() -> None:
    book = convert_text(DOCKS, "docks.txt")
    illustrations = xpath(book, "//tei:front/tei:div[@type='illustrations']")[0]
    assert [item.split(",")[0] for item in illustrations.xpath("tei:list/tei:item/text()", namespaces=NSMAP)] == [
        "PAGE", "THE OLD QUAY", "A CRANE OF 1863", "BERTH"]
    assert illustrations.xpath("string(tei:lg[1]/tei:l[1])", namespaces=NSMAP) == '"With gates of iron and bars of steel'
    assert xpath(book, "//tei:front/tei:titlePage[last()]//tei:titlePart/text()") == ["HOW THE DOCKS WERE BUILT."]
    assert xpath(book, "//tei:body/tei:div/tei:head/text()") == ["_INTRODUCTION._"]
    assert xpath(book, "string(//tei:body//tei:p[1])").startswith("Long ago it was said")
    # an ornament ends the list: the printer's note under it is the text's
    ornamented = convert_text(DOCKS.replace("        BERTH,                                            12\n",
                                            "        BERTH,                                            12\n\n"
                                            "                     * * * * *\n\n_Most of the blocks used in this book have been made by the\n"
                                            "Harbour Engraving Co._, _Leith_\n"), "docks.txt")
    assert [item.split(",")[0] for item in xpath(ornamented, "//tei:div[@type='illustrations']/tei:list/tei:item/text()")] == [
        "PAGE", "THE OLD QUAY", "A CRANE OF 1863", "BERTH"]
    assert xpath(ornamented, "//tei:milestone/following-sibling::tei:p[1]/text()") == [
        "_Most of the blocks used in this book have been made by the Harbour Engraving Co._, _Leith_"]


BOOKWORM = f"""\
The Project Gutenberg eBook of On the Quays, by Ann Example

{NOTICE}
Title: On the Quays

Author: Ann Example

Release Date: May 4, 2011 [eBook #36000]

Language: English

*** START OF THE PROJECT GUTENBERG EBOOK ON THE QUAYS ***

</pre>

Produced by The Online Distributed Proofreading Team at
http://www.pgdp.net (This file was produced from images
generously made available by The Internet
Archive.)


  DONE INTO A BOOK AT THE HARBOUR
  PRINTING SHOP AT PORTSIDE,
  MDCCCXCVII


Transcriber's note:

The symbol [=] followed by a vowel represents a macron.


The quays were quiet in the winter, when the ships lay up and the men went
home to the hills to wait for the spring and the first of the boats.


End of Project Gutenberg's On the Quays, by Ann Example

<pre id="pg-footer">

{FOOTER.format(title="ON THE QUAYS")}"""


def test_html_tags_around_the_markers_a_credit_in_brackets_over_lines_and_a_printing_shops_imprint() -> None:
    book = convert_text(BOOKWORM, "quays.txt")
    assert {(e.text, e.reason) for e in book.report.removed} >= {("</pre>", "an HTML tag"), ('<pre id="pg-footer">', "an HTML tag"),
                                                                 ("End of Project Gutenberg's On the Quays, by Ann Example", "Project Gutenberg end line")}
    assert xpath(book, "//tei:respStmt[tei:resp='Produced by']/tei:name/text()") == [
        "The Online Distributed Proofreading Team at http://www.pgdp.net (This file was produced from images generously made "
        "available by The Internet Archive.)"]
    assert xpath(book, "string(//tei:docImprint)").startswith("DONE INTO A BOOK")
    assert [p.text[:10] for p in xpath(book, "//tei:body//tei:p")] == ["The symbol", "The quays "]


JOURNEYS = f"""\
The Project Gutenberg EBook of Southern Journeys, by Mary Example

{NOTICE}
Title: Southern Journeys
       A Second Trip 'Along the Coast'

Author: Mary Example

Release Date: May 8, 2006 [EBook #9017]

*** START OF THIS PROJECT GUTENBERG EBOOK SOUTHERN JOURNEYS ***


SOUTHERN JOURNEYS

A SECOND TRIP "ALONG THE COAST" BY

MARY EXAMPLE


WITH DRAWINGS
BY
ANN PAINTER


BOSTON
THE SAMPLE CO.
1912


Copyright, 1912, by
THE SAMPLE CO.

_Published, March, 1912_


TO MY UNCLE
AND OLD TEACHER

JOHN EXAMPLE ROE


FOREWORD


The coast is better known than the towns along it, and these chapters
were written to make the towns better known.

        M.E.
_May 2, 1912._

     The author thanks the friends who travelled with her.

        --M.E.


CHAPTER I

THE FIRST TOWN

It stood at the mouth of a river, and smelt of tar.

{FOOTER.format(title="SOUTHERN JOURNEYS")}"""


def test_a_title_page_with_its_subtitle_closed_by_the_bylines_by_an_imprint_a_dedication_and_a_signed_dated_foreword() -> None:
    book = convert_text(JOURNEYS, "journeys.txt")
    page = xpath(book, "//tei:front/tei:titlePage")[-1]
    # the subtitle again, closed by the byline's "by", is kept; the illustrator's credit over three lines goes to the header
    assert page.xpath(".//tei:titlePart[@type='alt']/text()", namespaces=NSMAP) == ['A SECOND TRIP "ALONG THE COAST" BY']
    assert xpath(book, "//tei:titleStmt/tei:respStmt[tei:resp/@key='ill']/tei:persName/text()") == ["ANN PAINTER"]
    assert [text(imprint) for imprint in page.xpath("tei:docImprint", namespaces=NSMAP)] == [
        "BOSTON THE SAMPLE CO. 1912", "Copyright, 1912, by THE SAMPLE CO."]
    assert page.xpath("tei:docDate/@when", namespaces=NSMAP) == ["1912-03"]  # "_Published, March, 1912_", in italics
    # a dedication of short lines over the foreword, saying no "dedicated"
    assert [text(p) for p in xpath(book, "//tei:div[@type='dedication']/tei:p")] == ["TO MY UNCLE AND OLD TEACHER JOHN EXAMPLE ROE"]
    # initials over an italic date sign the foreword, though the author's thanks follow
    foreword = xpath(book, "//tei:div[@type='foreword']")[0]
    assert foreword.xpath("tei:closer[1]/tei:signed/text()", namespaces=NSMAP) == ["M.E."]
    assert foreword.xpath("tei:closer[1]/tei:dateline/tei:date/@when", namespaces=NSMAP) == ["1912-05-02"]
    assert xpath(book, "//tei:head/text()") == ["FOREWORD", "CHAPTER I", "THE FIRST TOWN"]


def test_the_title_page_again_under_a_transcribers_note_with_its_subtitle_closed_by_by_and_an_illustrators_credit() -> None:
    noted = JOURNEYS.replace("\n\nSOUTHERN JOURNEYS\n", "\n\nTranscriber's note\n\n\nSpelling has been kept as printed.\n\n\n\nSOUTHERN JOURNEYS\n")
    book = convert_text(noted, "journeys.txt")
    page = xpath(book, "//tei:front/tei:titlePage")[-1]
    assert page.xpath(".//tei:titlePart[@type='sub']/text()", namespaces=NSMAP) == ['A SECOND TRIP "ALONG THE COAST" BY']
    assert [text(byline) for byline in page.xpath("tei:byline", namespaces=NSMAP)] == ["MARY EXAMPLE WITH DRAWINGS BY ANN PAINTER"]
    assert [text(imprint) for imprint in page.xpath("tei:docImprint", namespaces=NSMAP)] == [
        "BOSTON THE SAMPLE CO. 1912 Copyright, 1912, by THE SAMPLE CO."]
    assert page.xpath("tei:docDate/@when", namespaces=NSMAP) == ["1912-03"]
    assert xpath(book, "//tei:head/text()") == ["Transcriber's note", "FOREWORD", "CHAPTER I", "THE FIRST TOWN"]


def test_a_picture_on_the_title_page_wrapped_over_lines() -> None:
    pictured = JOURNEYS.replace("\n\nSOUTHERN JOURNEYS\n", "\n\n[Illustration: A harbour at dusk, where\nthe boats come in]\n\n\nSOUTHERN JOURNEYS\n")
    book = convert_text(pictured, "journeys.txt")
    assert xpath(book, "//tei:titlePage/tei:figure/tei:figDesc/text()") == ["A harbour at dusk, where the boats come in"]
    assert not xpath(book, "//tei:body//tei:p[contains(., 'the boats come in')]")


def test_an_illustrators_credit_over_lines_that_the_header_gives_is_removed_whole() -> None:
    credited = JOURNEYS.replace("Release Date:", "Illustrator: Ann Painter\n\nRelease Date:")
    book = convert_text(credited, "journeys.txt")
    assert xpath(book, "//tei:titleStmt/tei:respStmt[tei:resp/@key='ill']/tei:persName/text()") == ["Ann Painter"]
    assert [entry.text for entry in book.report.removed if "PAINTER" in entry.text or "DRAWINGS" in entry.text] == [
        "WITH DRAWINGS BY", "ANN PAINTER"]


LEDGER = f"""\
The Project Gutenberg eBook of The Household Ledger of Mr. Amos Vane, and the List of His Letters, by Amos Vane

{NOTICE}
Title: The Household Ledger of Mr. Amos Vane, and the List of His Letters

Author: Amos Vane

Release Date: May 8, 2006 [eBook #9018]

*** START OF THE PROJECT GUTENBERG EBOOK THE HOUSEHOLD LEDGER OF MR. AMOS VANE ***


  [Transcriber's Note:

  The spelling of the ledger is kept as printed, and the letters
  are listed as the editor gave them, with his numbers.]

       *       *       *       *       *

              The
        HOUSEHOLD LEDGER

              of
         MR. AMOS VANE,

              and
   The Roll of His Letters,

    from the Papers in the County Record Office.


            Edited By
   JOHN PARKER ROWE, Esq. M.A.,
        Hon. F.S.A., &C.

   [Illustration: The Society's Seal]

   London: Printed for the Record Society.

          M.DCCC.LX.


  (No. XII.)


          OFFICERS
             of
        THE RECORD SOCIETY.

  JOHN PARKER ROWE, Esq. M.A. _President._
  WILLIAM STONE, Esq. F.S.A. _Treasurer._


PREFACE.

The ledger printed here was kept by Mr. Vane from his marriage to his death, in a narrow
hand on the blank leaves of his almanacs, and is now in the County Record Office.
"""


def test_a_title_page_set_in_the_text_spreads_the_first_works_title_and_ends_at_its_date() -> None:
    ledger = convert_text(LEDGER, "ledger.txt")
    page = "//tei:front/tei:titlePage[2]/"
    assert xpath_text(ledger.tree.getroot(), page + "tei:docTitle[1]/tei:titlePart[1]")[0].split() == [
        "The", "HOUSEHOLD", "LEDGER", "of", "MR.", "AMOS", "VANE,"]
    assert xpath_text(ledger.tree.getroot(), page + "tei:byline")[0].startswith("Edited By")
    assert xpath(ledger, page + "tei:figure/tei:figDesc/text()") == ["The Society's Seal"]
    assert xpath(ledger, page + "tei:docImprint/text()") == ["London: Printed for the Record Society."]
    assert xpath(ledger, page + "tei:docDate/@when") == ["1860"]
    assert xpath(ledger, page + "tei:docTitle[last()]/tei:titlePart/text()") == ["(No. XII.)"]
    assert "OFFICERS" not in "".join(xpath(ledger, "//tei:titlePage//text()"))  # under the date, the front matter begins
    assert xpath(ledger, "//tei:body//tei:head/text()")[-1] == "PREFACE."
    # (a description under the imprint and the date is a title of its own, as the page prints it)
    assert validate_tree(ledger.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []


def test_the_first_works_title_on_one_line_heads_the_first_work() -> None:
    ledger = convert_text(LEDGER.replace("PREFACE.\n", "THE HOUSEHOLD LEDGER OF MR. AMOS VANE.\n"), "ledger.txt")
    assert "THE HOUSEHOLD LEDGER OF MR. AMOS VANE." in xpath(ledger, "//tei:body//tei:head/text()")


def test_a_title_page_goes_on_under_a_date_over_its_imprint() -> None:
    ledger = convert_text(LEDGER.replace("   London: Printed for the Record Society.\n\n          M.DCCC.LX.\n",
                                         "          M.DCCC.LX.\n\n   WITH NOTES AND AN INDEX\n\n   London: Printed for the Record Society.\n"),
                          "ledger.txt")
    assert "WITH NOTES AND AN INDEX" in xpath(ledger, "//tei:titlePage[2]/tei:docTitle/tei:titlePart[@type='desc']/text()")


def test_markers_wrapped_over_two_lines_and_a_credit_whose_sentence_runs_on() -> None:
    book = f"""\
The Project Gutenberg eBook, Field Drill for Riflemen, by Army Board

{NOTICE}
Title: Field Drill for Riflemen

Author: Army Board

***START OF THE PROJECT GUTENBERG EBOOK FIELD DRILL FOR RIFLEMEN, NORTHERN
STATES MILITIA, 1905***


E-text prepared by Ann Roe, Tom Reed, and the Online Distributed
Proofreading Team (http://www.pgdp.net). Special thanks to Ben Stone
for drawing the maps and tables of the marching orders and
the bugle calls.


CHAPTER I

The company forms in two ranks at the sound of the bugle, and the officers take their posts.

***END OF THE PROJECT GUTENBERG EBOOK FIELD DRILL FOR RIFLEMEN, NORTHERN
STATES MILITIA, 1905***

Updated editions will replace the previous one.
"""
    drill = convert_text(book, "drill.txt")
    assert "STATES MILITIA" not in "".join(drill.tree.getroot().find(".//tei:text", NSMAP).itertext())
    assert xpath(drill, "//tei:licence/text()")[0].endswith("whatsoever. Updated editions will replace the previous one.")
    assert xpath(drill, "//tei:respStmt/tei:note/text()") == ["for drawing the maps and tables of the marching orders and the bugle calls"]
    assert xpath(drill, "//tei:body//tei:head/text()") == ["CHAPTER I"]
    assert [text(p)[:11] for p in xpath(drill, "//tei:body//tei:p")] == ["The company"]


def test_contents_of_parts_whose_entries_give_paragraph_ranges_and_a_title_closed_by_its_year() -> None:
    book = f"""\
The Project Gutenberg eBook of Camp Rules, Northern Militia, 1905, by Army Board

{NOTICE}
Title: Camp Rules, Northern Militia, 1905

Author: Army Board

*** START OF THE PROJECT GUTENBERG EBOOK CAMP RULES ***


CONTENTS.


PART I--_Drill._                                  Paragraph.

 1. Introduction                                        1-30
 2. Orders and signals                                 31-47

PART II--_Camps._

 1. Introduction                                       48-60
 2. Sanitation                                         61-77

PART III--_Marches._

 1. Introduction                                       78-90
 2. Night marches                                      91-99


CAMP RULES.

NORTHERN MILITIA, 1905.


PART I--_Drill._

1. The company forms in two ranks at the sound of the bugle, and the officers take their posts.

{FOOTER.format(title="CAMP RULES")}"""
    rules = convert_text(book, "rules.txt")
    entries = xpath(rules, "//tei:front/tei:div[@type='contents']/tei:list/tei:item/text()")
    assert [entry.split("  ")[0] for entry in entries] == [
        "PART I--_Drill._", "1. Introduction", "2. Orders and signals", "PART II--_Camps._", "1. Introduction", "2. Sanitation", "PART III--_Marches._", "1. Introduction",
        "2. Night marches"]
    # the title again after the contents, closed by its year as the header's title is
    assert xpath_text(rules.tree.getroot(), "//tei:front/tei:titlePage[2]//tei:titlePart") == ["CAMP RULES. NORTHERN MILITIA, 1905."]
    assert xpath_text(rules.tree.getroot(), "//tei:body//tei:head") == ["PART I--_Drill._"]


def test_an_order_under_the_title_page_its_office_over_an_italic_dateline_signed_by_order_with_the_signers_office() -> None:
    book = f"""\
The Project Gutenberg eBook of Camp Rules, by Army Board

{NOTICE}
Title: Camp Rules

Author: Army Board

*** START OF THE PROJECT GUTENBERG EBOOK CAMP RULES ***


CAMP RULES

NORTHERN MILITIA

1905


WAR OFFICE,
BUREAU OF THE ADJUTANT,
_Albany, May 3, 1905._

The following rules, prepared by a board of officers, are approved and published for the government of the militia.

By order of the Governor:

THOMAS REED,
_Brigadier General, Adjutant._


CONTENTS.

 1. Introduction                                        1-30
 2. Orders and signals                                 31-47


CAMP RULES.


DEFINITIONS.

The words of these rules have the meanings given below, in every part of the book.

{FOOTER.format(title="CAMP RULES")}"""
    rules = convert_text(book, "rules.txt")
    order = xpath(rules, "//tei:front/tei:div[tei:opener]")[0]
    assert xpath_text(order, "tei:opener/tei:address/tei:addrLine") == ["WAR OFFICE,", "BUREAU OF THE ADJUTANT,"]
    assert order.xpath("tei:opener/tei:dateline/tei:placeName/text()|tei:opener/tei:dateline/tei:date/@when", namespaces=NSMAP) == [
        "Albany", "1905-05-03"]
    assert xpath_text(order, "tei:closer/tei:salute") == ["By order of the Governor:"]
    assert xpath_text(order, "tei:closer/tei:signed") == ["THOMAS REED,", "_Brigadier General, Adjutant._"]
    assert xpath_text(order, "tei:p") == ["The following rules, prepared by a board of officers, are approved and published for "
                                          "the government of the militia."]
    # the order's letter-like lines end with its closer: the heading after its contents is a heading again
    assert xpath_text(rules.tree.getroot(), "//tei:body/tei:div/tei:head") == ["DEFINITIONS."]
    assert xpath(rules, "//tei:profileDesc/tei:creation/tei:date/@when") == ["1905-05-03"]


def test_contents_with_section_signs_typed_as_percent_wrapped_entries_and_propositions_run_to_the_first_heading() -> None:
    """Entries "% 1." (the section sign an early etext typed in ASCII), an entry wrapped so that its last word stands
    alone ("Property."), propositions over their wording and a line ending with an entry's words ("Appendix to the
    First Proposition."): all contents, up to the text's first heading, which the first entry gives."""
    book = sample_book("Harbour Dues", 9101, """\

CONTENTS.


   ON THE HARBOUR AND ITS DUES

   CHAPTER I.

   THE DUES CONSIDERED AS A RIGHT
   % 1.  The Quays as the Title to the Dues.
   % 2.  That, from the stand-point of the Workers, the Tide destroys
            Dues.
   % 3.  Custom as the Foundation and Sanction of the Dues.

   CHAPTER II.

   THAT DUES ARE IMPOSSIBLE

   Dues are the Right of Increase claimed by the Owner over
   any ship which has entered the harbour.

   FIRST PROPOSITION.
   Dues are Impossible, because, if they exist, the Harbour devours itself.

   Appendix to the First Proposition.

   SECOND PROPOSITION.
   Dues are Impossible, because they are the Negation of Equality.




ON THE HARBOUR AND ITS DUES.

The harbour was built by the town in the first years of the century, and its dues were paid by every ship.
""")
    dues = convert_text(book, "dues.txt")
    assert xpath_text(dues.tree.getroot(), "//tei:body//tei:head") == ["ON THE HARBOUR AND ITS DUES."]
    assert xpath_text(dues.tree.getroot(), "//tei:body//tei:p") == [
        "The harbour was built by the town in the first years of the century, and its dues were paid by every ship."]


def test_contents_entry_wrapped_as_its_neighbours_are_not_and_a_title_opening_with_a_name_and_colon_twice() -> None:
    """A proposition whose wording wraps over three lines is an entry as the propositions around it are; the first
    entry "A. B. EXAMPLE:  HER LIFE AND HER WORKS", given again over the text, is its heading, no speaker's label."""
    book = sample_book("Harbour Dues", 9102, """\

CONTENTS.


   A. B. EXAMPLE:  HER LIFE AND HER WORKS

   FIRST PROPOSITION.
   Dues are Impossible, because they demand Something for Nothing.

   SECOND PROPOSITION.
   Dues are Impossible, because, in collecting them, the Town loses
   them; in hoarding them, it nullifies them; and, in spending
   them on Quays, it turns them against the Ships.

   THIRD PROPOSITION.
   Dues are Impossible, because they are the Negation of Equality.




A. B. EXAMPLE: HER LIFE AND HER WORKS.

The harbour was built by the town in the first years of the century, and its dues were paid by every ship.
""")
    dues = convert_text(book, "dues.txt")
    assert xpath_text(dues.tree.getroot(), "//tei:body//tei:head") == ["A. B. EXAMPLE: HER LIFE AND HER WORKS."]
    assert xpath_text(dues.tree.getroot(), "//tei:body//tei:p") == [
        "The harbour was built by the town in the first years of the century, and its dues were paid by every ship."]


def test_contents_of_numbered_entries_end_at_the_first_chapter_set_under_its_keyword() -> None:
    """Entries "I. A Night on the Quay" end where the text sets the first as "CHAPTER I." over "A NIGHT ON THE QUAY"."""
    book = sample_book("Harbour Dues", 9103, """\

 CONTENTS

 I. A Night on the Quay
 II. The Woman who came by the Tide
 III. The Harbour Master




 CHAPTER I.
 A NIGHT ON THE QUAY

The harbour was built by the town in the first years of the century, and its dues were paid by every ship.
""")
    dues = convert_text(book, "dues.txt")
    assert xpath_text(dues.tree.getroot(), "//tei:body//tei:head") == ["CHAPTER I. A NIGHT ON THE QUAY"]
    assert len(xpath(dues, "//tei:front/tei:div[@type='contents']//tei:item")) == 3


def test_contents_in_one_block_end_at_the_next_heading_and_an_ampersand_is_and_in_the_title_again() -> None:
    book = f"""\
The Project Gutenberg eBook of Tides & Trustees, by Ann Example

{NOTICE}
Title: Tides & Trustees

Author: Ann Example

*** START OF THE PROJECT GUTENBERG EBOOK TIDES & TRUSTEES ***


CONTENTS.

  CHAPTER.                                 PAGE.

      I A Small Beginning                      3
     II The School                             8
    III The Parson's Advice                   15


TO THE PUBLIC.

The papers which are herewith submitted to you were delivered into my hands by a friend of many years.

{FOOTER.format(title="TIDES & TRUSTEES")}"""
    tides = convert_text(book, "tides.txt")
    assert len(xpath(tides, "//tei:div[@type='contents']/tei:list/tei:item")) == 4
    assert xpath_text(tides.tree.getroot(), "//tei:div[tei:p]/tei:head") == ["TO THE PUBLIC."]
    again = convert_text(book.replace("\n\nTO THE PUBLIC.", "\n\nTIDES AND TRUSTEES\n\n\nTO THE PUBLIC."), "tides.txt")
    assert xpath_text(again.tree.getroot(), "//tei:front/tei:titlePage[2]//tei:titlePart") == ["TIDES AND TRUSTEES"]


def test_italic_contents_under_the_title_page_an_italic_note_signed_by_the_author_under_its_place_and_date() -> None:
    book = f"""\
The Project Gutenberg eBook of The Silver Loom, by Ann Example

{NOTICE}
Title: The Silver Loom

Author: Ann Example

*** START OF THE PROJECT GUTENBERG EBOOK THE SILVER LOOM ***

THE SILVER LOOM

ANN EXAMPLE

1911

_Contents_

_Note from the Author_                            3

_One_: DREAMS                                     5

_Two_: THE SCHOOL                                12

_Three_: THE MILL                                16

_Note_

He who would tell a tale must look toward three ideals: to tell it well, to tell it beautifully, and to tell the truth.

NEW YORK CITY

_August 15, 1911_

THE AUTHOR

_One_

DREAMS

Night fell. The red waters of the swamp grew sinister and sullen, and the tall pines lost their slimness in the dark.

{FOOTER.format(title="THE SILVER LOOM")}"""
    loom = convert_text(book, "loom.txt")
    root = loom.tree.getroot()
    assert xpath_text(root, "//tei:div[@type='contents']/tei:head") == ["_Contents_"]
    assert len(xpath(loom, "//tei:div[@type='contents']/tei:list/tei:item")) == 4
    note = xpath(loom, "//tei:div[tei:head='_Note_']")[0]
    assert xpath_text(note, "tei:closer/tei:signed") == ["NEW YORK CITY", "THE AUTHOR"]
    assert xpath_text(note, "tei:closer/tei:dateline") == ["_August 15, 1911_"]


# A poem alone in its book: its title and byline, then stanza after stanza.
POEM = f"""\
The Project Gutenberg eBook of The Harbour Wall

Title: The Harbour Wall

Author: Ann Example

Release date: May 1, 2004 [eBook #9012]

*** START OF THE PROJECT GUTENBERG EBOOK THE HARBOUR WALL ***

THE HARBOUR WALL

by Ann Example


  Down by the wall where the boats come in,
  The nets are hung and the gulls begin,
  And the tide runs out as the day grows thin.

  Over the wall in the evening grey,
  The lamps are lit on the long highway,
  And the boats come home to the quiet bay.

  Under the wall when the night is deep,
  The harbour folds its boats to sleep,
  And the sea keeps watch as the sailors keep.

THE END

{FOOTER.format(title="THE HARBOUR WALL")}"""


def test_a_poems_stanzas_are_its_text_not_epigraphs_of_its_title_page() -> None:
    book = convert_text(POEM, "wall.txt")
    assert not xpath(book, "//tei:epigraph")
    assert [xpath_text(stanza, "tei:l[1]")[0] for stanza in xpath(book, "//tei:body/tei:lg")] == [
        "Down by the wall where the boats come in,", "Over the wall in the evening grey,", "Under the wall when the night is deep,"]
    assert xpath(book, "//tei:trailer/text()") == ["THE END"]


def test_a_byline_giving_the_authors_middle_name_by_its_initial_under_the_title_again() -> None:
    story = POEM.replace("Author: Ann Example", "Author: Ann Rose Example").replace("by Ann Example\n", "_by ... Ann R. Example_\n")
    book = convert_text(story, "wall.txt")
    assert xpath(book, "//tei:titlePage/tei:byline/text()") == ["_by ... Ann R. Example_"]
    # the same under the title set again, under a blurb
    blurb = "_A tale of the wall, as the harbour people who know it best of all the town tell it to their children._\n\n\n"
    book = convert_text(story.replace("THE HARBOUR WALL\n\n_by", blurb + "THE HARBOUR WALL\n\n_by"), "wall.txt")
    assert xpath(book, "//tei:titlePage[2]/tei:byline/text()") == ["_by ... Ann R. Example_"]
    # (another name with the same initials is no byline of the author's)
    other = convert_text(story.replace("Ann R. Example", "Ann R. Exemplar"), "wall.txt")
    assert not xpath(other, "//tei:titlePage/tei:byline")


def test_a_claim_of_copyright_over_the_story_is_the_title_pages_imprint_not_a_heading() -> None:
    story = sample_book("The Cart", 4002, """\
THE CART

By Ann Sample

Harbour Sons New York, 1908

Copyright, 1891, 1904, 1906


I had not seen my friend since we were at college together, and now
naturally we fell to talking of old times and of the harbour we knew.

""")
    book = convert_text(story, "cart.txt")
    assert xpath(book, "//tei:titlePage/tei:docImprint/text()")[-1:] == ["Copyright, 1891, 1904, 1906"]
    assert not xpath(book, "//tei:body//tei:head")


def test_contents_of_chapter_numbers_over_wrapped_summaries_and_the_half_title_over_the_first_chapter() -> None:
    summaries = "\n\n".join(
        f"  CHAPTER {number}.\n\n  Of the {subject}. Its quays, cranes and sheds. The dockers' hiring. The\n"
        f"  strike of the year. Its end. Pay and hours after it.\n  The union's new rules{' ' * 40}{page}\n"
        for number, subject, page in (("I", "harbour", 1), ("II", "river", 31), ("III", "canal", 58)))
    book = sample_book("The Care of Harbours", 4003, f"""\
THE CARE OF HARBOURS

By Ann Sample


  CONTENTS.


{summaries}



THE CARE OF HARBOURS.


CHAPTER I.

I propose, in the following essay, to trace the methods adopted by the
dockers in different ages to keep their harbour and its quays.

CHAPTER II.

The harbour had its first union in the year of the great strike, when
the dockers met on the quay and chose their secretary.

""")
    harbours = convert_text(book, "harbours.txt")
    items = [text(item) for item in xpath(harbours, "//tei:front//tei:list/tei:item")]
    assert [item.split(".")[0] for item in items] == ["CHAPTER I", "CHAPTER II", "CHAPTER III"]
    assert items[0].startswith("CHAPTER I. Of the harbour.") and items[0].endswith("The union's new rules 1")
    assert xpath(harbours, "//tei:front//tei:head/text()") == ["CONTENTS."]
    assert xpath(harbours, "//tei:body//tei:head/text()") == ["CHAPTER I.", "CHAPTER II."]


def test_contents_entries_whose_dashed_summaries_wrap_and_a_wrapped_paragraph_after_them_is_no_entry() -> None:
    book = sample_book("Life on the Harbour", 4003, """\
LIFE ON THE HARBOUR

By Ann Sample


TABLE OF CONTENTS

CHAPTER I. The Harbour is Well worth Reading about.--It is
Remarkable.--Instead of Widening towards its Mouth, it grows
Narrower.--It was First Seen in 1542.

CHAPTER II. The Dockers again Appear.--Cranes
also.--Some Ships are Seen.--More History.

CHAPTER III. A Strike.--A Lively Talker


THE BODY OF THE PORT

BUT the basin of the harbour is the body of the port. All the
other parts are but members, important in themselves, yet more important
in their relations to this, and the quays stretch for miles along
the river, with cranes and sheds at every berth.


CHAPTER 1

The dockers met on the quay and chose their secretary in the year of the
great strike, and the harbour had its first union.

""")
    harbour = convert_text(book, "harbour.txt")
    items = [text(item) for item in xpath(harbour, "//tei:front//tei:list/tei:item")]
    assert [item.split(".")[0] for item in items][:3] == ["CHAPTER I", "CHAPTER II", "CHAPTER III"]
    assert items[1] == "CHAPTER II. The Dockers again Appear.--Cranes also.--Some Ships are Seen.--More History."
    assert not any(item.startswith(("BUT the basin", "other parts")) for item in items)
    assert [text(p)[:13] for p in xpath(harbour, "//tei:body//tei:p")][0] == "BUT the basin"


def test_contents_of_roman_numbers_aligned_by_spaces_under_a_head_not_named_contents() -> None:
    book = sample_book("Love of Ledgers", 4004, """\
LOVE OF LEDGERS

By Ann Sample


The Parts of this Ledger

     I  MY FIRST LEDGER
    II  THE BIRTH OF A NEW HABIT
   III  THE LUXURY OF COUNTING IN BED
    IV  BOOKKEEPERS AND CLERKS, OLD AND NEW


I

MY FIRST LEDGER

At this moment, when I am about to begin the most important reckoning of my life, I recall the
clerks who first taught me to add a column of figures.

""")
    ledgers = convert_text(book, "ledgers.txt")
    assert xpath(ledgers, "//tei:front/tei:div[@type='contents']/tei:head/text()") == ["The Parts of this Ledger"]
    assert [text(item) for item in xpath(ledgers, "//tei:front//tei:list/tei:item")] == [
        "I MY FIRST LEDGER", "II THE BIRTH OF A NEW HABIT", "III THE LUXURY OF COUNTING IN BED",
        "IV BOOKKEEPERS AND CLERKS, OLD AND NEW"]
    assert xpath(ledgers, "//tei:body/tei:div/@n") == ["1"]
    assert [text(p)[:15] for p in xpath(ledgers, "//tei:body//tei:p")] == ["At this moment,"]


def test_essays_listed_in_columns_their_titles_sentences_wrapped_under_their_first_word_are_contents(tei_all: TeiAll) -> None:
    book = sample_book("Essays of Ann Sample", 4005, """\
BOOK THE FIRST.

CHAP.

I.      That men by various roads come to the same harbour.

II.     Of tides.

III.    That the keeper of a lighthouse ought himself to row out
        to a ship in distress.

IV.     Of ledgers.

XXVIII. Nine-and-twenty songs of the fishermen.

XXXVIII. Of solitude.



                         THE LIFE OF ANN SAMPLE

The author of the essays was born, as she tells us herself, between eleven and twelve o'clock in
the day, at the harbour of Eastport, and was taught to row before she could read.

""")
    essays = convert_text(book, "essays.txt")
    items = xpath(essays, "//tei:div[@type='contents']/tei:list/tei:item")
    assert [text(item) for item in items] == [
        "I. That men by various roads come to the same harbour.", "II. Of tides.",
        "III. That the keeper of a lighthouse ought himself to row out to a ship in distress.", "IV. Of ledgers.",
        "XXVIII. Nine-and-twenty songs of the fishermen.", "XXXVIII. Of solitude."]
    assert len(items[2].findall("tei:lb", NSMAP)) == 1
    assert xpath(essays, "//tei:body//tei:head/text()") == ["BOOK THE FIRST.", "CHAP.", "THE LIFE OF ANN SAMPLE"]
    assert [text(p)[:10] for p in xpath(essays, "//tei:body//tei:p")] == ["The author"]
    assert tei_all(essays.tree) == []


def test_numbered_paragraphs_are_no_contents_unless_set_in_columns_their_lines_hanging_and_most_of_one_line() -> None:
    book = sample_book("Rules of Ann Sample", 4006, """\
RULES.

1. That the harbour be kept open to every boat of the town.

2. That the keeper of the lighthouse be paid by the town.

3. That no ledger be kept but in the harbour office.

The rules above were read to the meeting and carried; the rules below were sent back to the harbour board.

4.  That the harbour be kept open to every boat of the
town at all hours of the day.

5.  That the keeper of the lighthouse be paid by the town.

6.  That no ledger be kept but in the harbour office.

The board returned them amended, and the meeting carried them in the form that follows here.

7.  That the harbour be kept open to every boat of the
    town at all hours of the day.

8.  That the keeper of the lighthouse be paid by the town
    and by the owners of the boats.

9.  That no ledger be kept but in the harbour office.

A last rule was moved from the floor, and the meeting carried it with the two that follow.

10.  That the harbour master keep a ledger of every boat that
     comes in or goes out of the harbour, with its owner's name,
     its cargo and the hour of its coming and going, and that he
     show it to any member of the town who asks to see it.

11.  That the ledger be kept in the harbour office.

12.  That the town pay for the ledger.

""")
    rules = convert_text(book, "rules.txt")
    assert xpath(rules, "//tei:div[@type='contents']") == []
    assert [text(p)[:2] for p in xpath(rules, "//tei:body//tei:p")] == [
        "1.", "2.", "3.", "Th", "4.", "5.", "6.", "Th", "7.", "8.", "9.", "A ", "10", "11", "12"]


def test_a_title_pages_phrase_centred_under_its_byline_and_editorial_heads_of_a_kind_or_an_editions_own() -> None:
    book = sample_book("Letters to a Harbour Master", 4007, """\
                         LETTERS TO A HARBOUR MASTER

                                By ANN SAMPLE

                        on the Fine Art of becoming a

                                GOOD KEEPER

                                   and a

                                 NEIGHBOUR



PG Editor's Notes:

The letters were printed in 1901 with their dates in the old style; I have kept them so, and corrected only
the obvious errors of the press.

SPECIAL INTRODUCTION

The harbour master who received these letters kept every one of them in a ledger of his own, and his
daughter gave the ledger to the town library after his death.

LETTER I

DEAR KEEPER: Your lamp was out on Tuesday night, and the boats came in by the light of the moon alone.

""")
    letters = convert_text(book, "letters.txt")
    assert xpath(letters, "//tei:titlePage//tei:titlePart[@type='alt']/text()") == [
        "on the Fine Art of becoming a", "GOOD KEEPER", "and a", "NEIGHBOUR"]
    assert xpath(letters, "//tei:front/tei:div/@type") == ["note", "introduction"]
    assert xpath(letters, "//tei:front/tei:div/tei:head/text()") == ["PG Editor's Notes:", "SPECIAL INTRODUCTION"]
    assert xpath(letters, "//tei:body/tei:div/tei:head/text()") == ["LETTER I"]
    assert [text(p)[:10] for p in xpath(letters, "//tei:text//tei:p")] == ["The letter", "The harbou", "DEAR KEEPE"]


@pytest.mark.parametrize("page", [
    "                         LETTERS TO A HARBOUR MASTER\n\n                                By ANN SAMPLE\n\non the keeping of harbours",
    "LETTERS TO A HARBOUR MASTER\n\nBy ANN SAMPLE\n\n                         on the keeping of harbours"])
def test_a_lower_case_line_not_centred_under_centred_lines_of_the_title_page_opens_the_text(page: str) -> None:
    book = sample_book("Letters to a Harbour Master", 4008, page + """

The letters were printed in 1901 with their dates in the old style, and kept so.

""")
    letters = convert_text(book, "letters.txt")
    assert xpath(letters, "//tei:titlePage//tei:titlePart[@type='alt']") == []
    assert [text(p)[:10] for p in xpath(letters, "//tei:text//tei:p")] == ["on the kee", "The letter"]


def test_a_translators_credit_with_what_he_added_and_a_cast_list_ending_over_the_scenes_description() -> None:
    book = sample_book("On the Harbour Road", 4009, """\
ON THE HARBOUR ROAD

By Ann Sample

Translated, with an Introduction, by Bob Lee


CHARACTERS

     ANN ROE, the keeper of an inn on the harbour road
     TOM ROE, her brother, a fisherman
     A PILGRIM

The action takes place in a harbour town


[The scene is laid in ANN'S bar. On the right is the counter and
shelves with bottles. At the back is a door leading out to the harbour,
and over it hangs a lantern. It is late at night, and the boats are
out in a storm.]

ANN. [To TOM] Will they come in tonight, brother?

TOM. Not in this wind, sister. Not before the morning.

ANN. Then we keep the lantern lit.

TOM. We keep it lit till they come.

ANN. And the pilgrim?

TOM. Let him sleep.

""")
    play = convert_text(book, "play.txt")
    assert xpath(play, "//tei:respStmt[tei:resp/@key='trl']/tei:persName/text()") == ["Bob Lee"]
    assert [text(item) for item in xpath(play, "//tei:div[@type='cast']/tei:list/tei:item")] == [
        "ANN ROE, the keeper of an inn on the harbour road", "TOM ROE, her brother, a fisherman", "A PILGRIM",
        "The action takes place in a harbour town"]
    assert [text(stage)[:20] for stage in xpath(play, "//tei:body/tei:stage")] == ["[The scene is laid i"]
    assert xpath(play, "//tei:sp/tei:speaker/text()") == ["ANN.", "TOM."] * 3


def test_a_credit_on_the_first_line_and_in_a_field_is_one_credit() -> None:
    book = (f"The Project Gutenberg eBook of Tides, by Ann Sample, Translated by Bob Lee\n\n{NOTICE}\nTitle: Tides\n\n"
            "Author: Ann Sample\n\nTranslator: Bob Lee\n\nEditor: Cy Doe\n\nRelease Date: May, 2003 [eBook #4010]\n\n"
            "*** START OF THE PROJECT GUTENBERG EBOOK TIDES ***\n\n"
            f"The tide came in at dawn and went out at dusk, as it always had done in the harbour.\n{FOOTER}")
    tides = convert_text(book, "tides.txt")
    assert [(text(resp), xpath_text(resp, "following-sibling::tei:persName")) for resp in xpath(tides, "//tei:respStmt/tei:resp")] == [
        ("Translated by", ["Bob Lee"]), ("Editor", ["Cy Doe"])]
    assert [entry.text for entry in tides.report.removed if entry.reason.startswith("credit repeating")] == ["Translator Bob Lee"]


@pytest.mark.parametrize("editor_field", ["", "Editor: Cy Doe\n\n"])
def test_the_title_again_under_a_frontispiece_then_an_editors_credit_its_description_and_imprint_is_a_title_page(editor_field: str) -> None:
    book = sample_book("Letters of Ann Sample", 4011, """\
Transcriber's note:

      Text in italics is enclosed by underscores (_italics_).


[Illustration: ANN SAMPLE.

Portrait by Bob Painter in the Harbour Gallery.]


[Note: the portrait was painted in the harbour.

It was given to the gallery by her brother.]


LETTERS OF ANN SAMPLE

Edited by Cy Doe

With Frontispiece



Harbour Press and Co., Limited
Quay Street, Eastport
1925

PREFACE

The object of the present volume is to give the letters of Ann Sample to her family, as she wrote them,
with their dates and places as the harbour's ledgers give them.

""").replace("Author: Ann Sample\n\n", f"Author: Ann Sample\n\n{editor_field}")
    letters = convert_text(book, "letters.txt")
    assert xpath_text(letters.tree.getroot(), "//tei:figure/tei:figDesc") == [
        "ANN SAMPLE. Portrait by Bob Painter in the Harbour Gallery."]
    page = xpath(letters, "//tei:front/tei:titlePage")[-1]
    assert [(child.tag.split("}")[1], text(child)) for child in page] == [
        ("docTitle", "LETTERS OF ANN SAMPLE"), ("byline", "Edited by Cy Doe"), ("docTitle", "With Frontispiece"),
        ("docImprint", "Harbour Press and Co., Limited Quay Street, Eastport 1925")]
    assert xpath_text(letters.tree.getroot(), "//tei:text//tei:head") == ["Transcriber's note:", "PREFACE"]
    assert xpath_text(letters.tree.getroot(), "//tei:front/tei:div[@type='note']/tei:p")[1:] == [
        "[Note: the portrait was painted in the harbour.", "It was given to the gallery by her brother.]"]
    assert xpath(letters, "//tei:respStmt[tei:resp/@key='edt']/tei:persName/text()") == ["Cy Doe"]
    assert not any(entry.reason.startswith("credit repeating") for entry in letters.report.removed)


def test_letters_numbered_to_their_addressees_open_with_bracketed_datelines_and_salutations_run_in_after_a_dash() -> None:
    book = sample_book("Letters of Ann Sample", 4012, """\
I.--TO BOB LEE.


[Eastport, October 31, 1816.]

My dear Sir--I will be as punctual as the tide. Very glad am I at the thoughts of seeing the harbour again,
and all its boats.

A. S.


II.--TO CY DOE.


[Eastport,] Thursday afternoon, November 20, 1816.

Dear Cy, Your letter has filled me with a proud pleasure, and shall be kept by me in the harbour's ledger
with the others.

A. S.

""")
    letters = convert_text(book, "letters.txt")
    assert [xpath_text(div, "tei:opener/*") for div in xpath(letters, "//tei:body/tei:div")] == [
        ["[Eastport, October 31, 1816.]", "My dear Sir--"], ["[Eastport,] Thursday afternoon, November 20, 1816.", "Dear Cy,"]]
    assert xpath(letters, "//tei:opener/tei:dateline/tei:date/@when") == ["1816-10-31", "1816-11-20"]
    assert [text(p)[:10] for p in xpath(letters, "//tei:body//tei:p")] == ["I will be ", "Your lette"]


# An older etext (1991-2002): its title line between asterisks, its fields, its release line without a label and its
# "small print" all over the book, which has no start marker; the translator named in the author's field, and again,
# with his degree and year, on the title page.
OLD_ETEXT = """\
****The Project Gutenberg Etext Letters of Tide the Younger****

Please take a look at the important information in this header.

Title: Letters of Tide

Author: Tide Translated by Ann Example [revised by B. C. Sample]

September, 2001  [Etext #2811]

***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***
Why is this "Small Print!" statement here? You know: lawyers.
*END THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*



                    LETTERS ON THE HARBOUR

                    Translated from the Latin
                    By ANN EXAMPLE, M.A. (1910)


I write to you of the harbour, where the ships come in with the tide.

End of The Project Gutenberg Etext Letters of Tide the Younger
"""


def test_an_older_etext_has_its_small_print_over_the_book_and_the_translator_in_the_authors_field() -> None:
    conversion = convert_text(OLD_ETEXT, "ltpln10.txt")
    header = conversion.tree.getroot().find(tei("teiHeader"))
    assert xpath_text(header, "//tei:titleStmt/tei:title") == ["Letters of Tide"]
    assert xpath_text(header, "//tei:titleStmt/tei:author") == ["Tide"]
    assert xpath_text(header, "//tei:titleStmt/tei:respStmt[tei:resp[starts-with(., 'Translated')]]/tei:persName") == ["Ann Example"]
    assert xpath_text(header, "//tei:idno[@type='gutenberg']") == ["2811"]
    assert xpath(conversion, "//tei:teiHeader//tei:date[@type='released']/@when") == ["2001-09"]
    assert "lawyers" in text(header.find(".//" + tei("licence")))
    assert xpath_text(conversion.tree.getroot(), "//tei:body//tei:p") == [
        "I write to you of the harbour, where the ships come in with the tide."]
    # with no translator in the header, the title page's credit names him, his degree and year its note
    alone = convert_text(OLD_ETEXT.replace(" Translated by Ann Example [revised by B. C. Sample]", ""), "ltpln10.txt")
    credit = alone.tree.getroot().xpath("//tei:titleStmt/tei:respStmt[tei:resp[starts-with(., 'Translated')]]", namespaces=NSMAP)
    assert [(xpath_text(one, "tei:persName"), xpath_text(one, "tei:note")) for one in credit] == [(["ANN EXAMPLE"], ["M.A. (1910)"])]
    # a small print under the book's end line is the footer's: the book is not read from under it
    footer = OLD_ETEXT.replace("*END THE SMALL PRINT!", "End of The Project Gutenberg Etext\n\n*END THE SMALL PRINT!")
    assert "lawyers" in text(convert_text(footer, "ltpln10.txt").tree.getroot().find(tei("text")))
