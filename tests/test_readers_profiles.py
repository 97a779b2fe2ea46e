"""Source profiles: detected automatically, or chosen."""

from __future__ import annotations

import textwrap

import pytest
from conftest import REPO, SOURCES

from tei_tools.errors import TeiToolsError
from tei_tools.readers.plaintext import convert_text
from tei_tools.readers.profiles import PROFILES, choose_profile
from tei_tools.tei import NSMAP
from tei_tools.validation import validate_tree

GUTENBERG = "The Project Gutenberg eBook of X, by Y\n\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\nText.\n"
ARCHIVE = "Leon Trotsky\n\nA Title\n\nWritten: 1930\n\nText of the article.\n"
PROSE = "A Short Story\n\nIt was a dark night.\n"
# A long page (chrome near the top of a short one makes it an archive page): its chrome at the foot.
WEB = ("A Short Story\n\n" + "It was a dark night, and the rain fell in torrents on the roofs of the town.\n\n" * 40
       + "Share on facebook\n\nHome l Stories l Poems l Contact us\n")


@pytest.mark.parametrize(("text", "name"), [(GUTENBERG, "gutenberg"), (ARCHIVE, "archive"), (WEB, "web"), (PROSE, "prose")],
                         ids=["gutenberg", "archive", "web", "prose"])
def test_profiles_are_detected(text: str, name: str) -> None:
    assert choose_profile("auto", text.split("\n")).name == name


def test_the_bundled_sources_read_as_archive_pages() -> None:
    assert {choose_profile("auto", s.read_text(encoding="utf-8").split("\n")).name for s in SOURCES} == {"archive"}


def test_a_profile_can_be_chosen_and_an_unknown_one_is_refused() -> None:
    assert convert_text(ARCHIVE, "a.txt", profile="prose").report.profile == "prose"
    with pytest.raises(TeiToolsError, match="unknown profile 'novel'"):
        choose_profile("novel", [])
    assert list(PROFILES) == ["gutenberg", "muse", "archive", "web", "prose"]


def test_prose_takes_its_title_from_the_first_line_or_the_file_name() -> None:
    titled = convert_text("The Gift\n\nby O. Henry\n\nOne dollar and eighty-seven cents.\n", "gift.txt")
    root = titled.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Gift"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["O. Henry"]
    stopped = convert_text("Two Bells With A Different Ring.\n\nWorking class history is all too often lost, forgotten or hidden, "
                           "but it is there.\n", "bells.txt")  # every word capitalised, closed by a full stop
    assert stopped.tree.getroot().xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Two Bells With A Different Ring"]
    untitled = convert_text("Four score and seven years ago our fathers brought forth a nation.\n", "gettysburg-address.txt")
    assert untitled.tree.getroot().xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Gettysburg address"]


def test_a_subtitle_under_the_title_with_its_author_and_year_is_no_heading() -> None:
    text = ("The Harbour Union of Leith\n\nA Short History, Part 2 by AB Roe-Lee, 1981\n\n"
            "In considering the history of the union two things must be made clear before anything else is said.\n")
    root = convert_text(text, "union.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Harbour Union of Leith", "A Short History, Part 2"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["AB Roe-Lee"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1981"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    # "by" after a role names an editor or an illustrator, not the author: the line stays in the text
    edited = convert_text("The Harbour Union of Leith\n\nLetters and papers, edited by Ann Roe, Leith 1981\n\n"
                          "In considering the history of the union two things must be made clear before anything else is said.\n",
                          "union.txt").tree.getroot()
    assert not edited.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


def test_a_page_name_over_the_title_page_setting_it_again_is_the_title() -> None:
    """A wiki's page name in small letters over the book's title page in capitals, no blank lines between: the
    title, its second setting removed, the name in capitals over the publisher's line the author."""
    text = ("Short lessons in harbour law\nSHORT LESSONS\nIN HARBOUR LAW\nANN ROE-LEE\nPUBLISHED BY THE DOCKERS' LEAGUE:\n"
            "PREFACE.\nThese lessons were first given to the classes of the league, and are printed here as they were given.\n")
    conversion = convert_text(text, "harbour.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Short lessons in harbour law"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe-Lee"]
    assert [(e.line, e.text) for e in conversion.report.removed if "set again" in e.reason] == [
        (2, "SHORT LESSONS"), (3, "IN HARBOUR LAW")]
    # the same words set again in the same case are no title page (a web page's title and heading are taken elsewhere)
    plain = convert_text("Short lessons in harbour law\nShort lessons in harbour law\n" + text.split("\n", 5)[5], "x.txt")
    assert not [e for e in plain.report.removed if "set again" in e.reason]


def test_a_label_in_brackets_under_the_title_in_its_block_is_a_header_note() -> None:
    text = ("Notes to the Harbour Union\nfrom behind the dock gates\n(Harbour Workers in Action column)\n"
            "This column is written by members of the union, who answer the letters sent to its office in the town.\n")
    root = convert_text(text, "notes.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Notes to the Harbour Union from behind the dock gates"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["(Harbour Workers in Action column)"]
    assert root.xpath("//tei:body//tei:p/text()", namespaces=NSMAP) == [
        "This column is written by members of the union, who answer the letters sent to its office in the town."]


def test_a_span_of_days_after_between_closing_the_title_dates_the_text() -> None:
    text = ("Letter to Ann Roe, Between February 19 and 27, 1917\n\nDear Friend,\n\n"
            "I am sending you a leaflet. Will you please translate it into French and English for the harbour workers.\n")
    root = convert_text(text, "letter.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@from", namespaces=NSMAP) == ["1917-02-19"]
    assert root.xpath("//tei:creation/tei:date/@to", namespaces=NSMAP) == ["1917-02-27"]


def test_a_headline_over_a_summary_opening_with_its_words_is_the_title() -> None:
    text = ("Ann Roe recalls the end of the strike\nAnn Roe recalls the end of the strike and what she felt about it.\n"
            "Cy Lee\nSo when the strike was called off and you went back to work, what did you feel about the union?\n")
    root = convert_text(text, "strike.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe recalls the end of the strike"]


def test_a_page_title_closed_by_its_separator_is_the_title_without_it() -> None:
    conversion = convert_text("The Tides of the Harbour -\n\nThe tides of the harbour were studied for a long time by the "
                              "members of the union, who kept records of them.\n", "tides.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Tides of the Harbour"]
    assert [(e.line, e.text) for e in conversion.report.removed] == [(1, "-")]


def test_a_page_title_naming_its_issuer_over_the_title_set_alone_and_an_adoption_line_dating_it() -> None:
    """A web page's title ("Issuer 1921 Title") and the site's lines over the title set alone: the title, the lines over
    it header notes; "(Adopted by ..., June 3-5, 1921)" under it dates the text over the days it names."""
    text = ("Harbour Union of Leith 1921 Resolution on the Tides\n\n\nHarbour Union of Leith (HUL)\n"
            "1921 Resolution on the Tides\n\nResolution on the Tides\n\n"
            "(Adopted by the Third Convention of the Harbour Union of Leith, Leith, June 3-5, 1921)\n\n"
            "The convention, having heard the reports of its branches on the tides of the past year, resolves as follows.\n")
    root = convert_text(text, "resolution.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Resolution on the Tides"]
    assert root.xpath("//tei:creation/tei:date/@from", namespaces=NSMAP) == ["1921-06-03"]
    assert root.xpath("//tei:creation/tei:date/@to", namespaces=NSMAP) == ["1921-06-05"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == [
        "Harbour Union of Leith 1921 Resolution on the Tides", "Harbour Union of Leith (HUL)", "1921 Resolution on the Tides"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert root.xpath("count(//tei:body//tei:p)", namespaces=NSMAP) == 1


def test_a_sites_label_of_the_book_over_a_title_and_the_days_the_meeting_was_held_under_it() -> None:
    text = ("[Book] Harbour Writings: Volume Two\n\n\nFusion conference of the dockers' unions\n\n"
            "Held on the 11th and 12th of March, 1944\n\n\nThe conference was held to bring the two unions of the harbour together.\n")
    root = convert_text(text, "page.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Fusion conference of the dockers' unions"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["[Book] Harbour Writings: Volume Two"]
    assert [root.xpath(f"string(//tei:creation/tei:date/@{end})", namespaces=NSMAP) for end in ("from", "to")] == ["1944-03-11", "1944-03-12"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert root.xpath("count(//tei:body//tei:p)", namespaces=NSMAP) == 1


POET_PAGE = ("This page is a labour of love, and it will come.\n\n\nAnn Example\n\n\n"
             "Composed during illness, in a solitary cell, on the sixth day of my sentence, on bread and water and without books, --August, 1849.\n\n\n"
             "      They told me 'twas a fearful thing\n\n        to pine in prison lone:\n\n"
             "      The brain became a shrivelled scroll,\n\n        the heart a living stone.\n")


def test_a_name_alone_over_a_poets_headnote_is_the_author_under_the_sites_note() -> None:
    root = convert_text(POET_PAGE, "prison-songs.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Prison songs"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["This page is a labour of love, and it will come."]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1849-08"]  # the headnote's closing date
    # a name in capitals alone over the text is its title; a name the text names again is its subject
    capitals = convert_text("HARBOUR WORKERS UNION\n\nThe union met on Tuesday in the hall by the quay, and after a long debate"
                            " its members voted by a large majority to strike.\n", "page.txt")
    assert capitals.tree.getroot().xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["HARBOUR WORKERS UNION"]
    subject = convert_text("Ann Example\n\nAnn Example was born in Leith, and she worked all her life at the harbour.\n", "page.txt")
    assert not subject.tree.getroot().xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


def test_a_subjects_name_over_an_obituarys_byline_is_the_title() -> None:
    root = convert_text("Ann Example\nObituary by H.Bea Roe\n\nAnn Example died at Leith on September 15, 1927.\n", "page.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["H.Bea Roe"]


PRINTED_TITLE_PAGE = """\
REPORT

OF THE

Harbour Workers' Congress,

HELD IN THE

TOWN HALL, LEITH,
SEPTEMBER 3, 4, and 5,

1891.

"Union is strength." -- Old Saying.

Published by the Authority of the Congress.

LEITH:
PRINTED BY ANN ROE AND SONS, 12, SHORE STREET.

1891.

The first congress of the harbour workers met in the Town Hall on the third of September, and sat for three
days under the chair of the oldest delegate, who opened it with a short address.
"""


def test_a_printed_title_page_goes_down_to_its_printers_imprint_and_its_days_over_the_year_date_it() -> None:
    conversion = convert_text(PRINTED_TITLE_PAGE, "report.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["REPORT"]
    assert [" ".join(p.itertext()) for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == [
        " ".join(PRINTED_TITLE_PAGE.split("\n")[-3:]).strip()]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert root.xpath("//tei:titlePart/text()", namespaces=NSMAP)[1:4] == ["OF THE", "Harbour Workers' Congress,", "HELD IN THE"]
    assert root.xpath("//tei:creation/tei:date/@from | //tei:creation/tei:date/@to", namespaces=NSMAP) == ["1891-09-03", "1891-09-05"]
    # with no printer's line, the lines over the text stay in it
    unprinted = convert_text(PRINTED_TITLE_PAGE.replace("PRINTED BY", "ANN ROE AND SONS,").replace("Published by", "By"), "report.txt")
    assert len(unprinted.tree.getroot().xpath("//tei:body//tei:p", namespaces=NSMAP)) > 1


def test_a_second_printed_title_page_under_the_first_is_the_title_pages_too() -> None:
    page = PRINTED_TITLE_PAGE.split("The first congress")[0]
    conversion = convert_text(page + "LIBRARY STAMP\n\n" + PRINTED_TITLE_PAGE, "report.txt")
    assert len(conversion.tree.getroot().xpath("//tei:body//tei:p", namespaces=NSMAP)) == 1


def test_a_pictures_captions_under_the_headline_and_between_paragraphs_are_a_figure_not_headings() -> None:
    body = "The strike began in the spring of that year and lasted for many months, longer than anyone had expected it would.\n\n"
    text = ("Skip to main content Skip to navigation\n\nNo quiet harbour: the Ann Roe interviews\n\n"
            "Portrait of Ann Roe by Bob Lee\n\nPortrait of Ann Roe by Bob Lee, 1981\n\n(Leith Harbour Gallery)\n\n"
            "A life on the docks\n\n" + body + "A photograph of the strike committee\n\n" + body)
    root = convert_text(text, "roe.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["No quiet harbour: the Ann Roe interviews"]
    assert not root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)  # the painter is no author
    assert [" ".join(figure.xpath("string()").split()) for figure in root.xpath("//tei:body//tei:figure/tei:head", namespaces=NSMAP)] == [
        "Portrait of Ann Roe by Bob Lee Portrait of Ann Roe by Bob Lee, 1981 (Leith Harbour Gallery)", "A photograph of the strike committee"]
    assert root.xpath("//tei:body//tei:div/tei:head/text()", namespaces=NSMAP) == ["A life on the docks"]
    assert len(root.xpath("//tei:body//tei:p", namespaces=NSMAP)) == 2


def test_a_headline_over_a_salutation_or_right_over_a_name_and_where_the_writer_is_from() -> None:
    body = "The strike began in the spring of that year and lasted for many months, longer than anyone had expected it would.\n"
    letter = convert_text("Lettre d’invitation aux camarades du port pour le premier congrès de la fédération\n\n"
                          "Chers Camarades !\n\n" + body, "lettre.txt").tree.getroot()
    assert letter.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "Lettre d’invitation aux camarades du port pour le premier congrès de la fédération"]
    assert letter.xpath("//tei:opener/tei:salute/text()", namespaces=NSMAP) == ["Chers Camarades !"]
    post = convert_text("Who are those who fear the harbour strike and why?\nAnn Roe | Collective of Harbour Workers, Leith\n"
                        + body + body, "post.txt").tree.getroot()
    assert post.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Who are those who fear the harbour strike and why?"]
    assert post.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert post.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Collective of Harbour Workers, Leith"]
    assert post.xpath("string(//tei:body//tei:p)", namespaces=NSMAP).startswith("The strike began")  # the byline is not glued to it


def test_a_review_from_a_pdf_under_a_pager_arrow_and_its_journals_volume_line_with_the_author_in_capitals() -> None:
    text = ("<<\n\nHarbour Labour History, Vol. 3, No. 1, 2004\n\nShades of Grey: The Dockers and the Shaping of the Port\n\n"
            "ANN B. ROE*\n\nDockers and carters have played a major role in the building of the unions of the port, "
            "beginning in the mid-1930s and lasting until the container came.\n")
    root = convert_text(text, "review.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Shades of Grey: The Dockers and the Shaping of the Port"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann B. Roe"]
    assert root.xpath("//tei:titlePage/tei:byline/text()", namespaces=NSMAP) == ["ANN B. ROE*"]  # as printed
    assert root.xpath("//tei:sourceDesc/tei:bibl/tei:title[@level='j']/text()", namespaces=NSMAP) == ["Harbour Labour History"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2004"]


def test_an_online_librarys_full_text_words_around_the_title_and_the_first_day_making_its_year_precise() -> None:
    text = ("Skip to main content\n\nFull text of \"Proceedings. Harbour Union . Emergency Convention at Leith, 1917\"\n\n"
            "See other formats\n\nApril 7, 1917.\nMorning Session.\n\n"
            "Convention called to order by the secretary, Ann Roe, who read the official call for the assembling of the Convention.\n")
    conversion = convert_text(text, "proceedings.txt")
    root = conversion.tree.getroot()
    assert root.xpath("string(//tei:titleStmt/tei:title)", namespaces=NSMAP).strip() == (
        "Proceedings. Harbour Union . Emergency Convention at Leith, 1917")
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1917-04-07"]
    assert [(entry.line, entry.text) for entry in conversion.report.removed] == [
        (1, "Skip to main content"), (3, 'Full text of ""'), (5, "See other formats")]


def test_a_year_in_an_editors_brackets_after_the_title_dates_the_text_and_is_no_part_of_the_title() -> None:
    text = ("Ann Roberts: “Harbours Are Ordinary” {1958}\n\n"
            "The bus stop was outside the cathedral, and I had been looking at the old map with its rivers out of Paradise.\n")
    root = convert_text(text, "harbours.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["“Harbours Are Ordinary”"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1958"]
    assert root.xpath("//tei:titlePage/tei:docDate/text()", namespaces=NSMAP) == ["{1958}"]  # kept as printed


def test_a_sentence_of_the_text_makes_the_year_after_the_title_precise() -> None:
    text = ("Letters on the Present Crisis [1870]\n\n"
            "It was written on September 1, 1870, when the armies of the Empire fell apart before the enemy and the people rose.\n")
    root = convert_text(text, "crisis.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1870-09-01"]


def test_a_standfirst_over_the_text_names_its_author() -> None:
    text = ("What Was He Like?\n\nIn this final chapter of the biography of Ted Example, Ann Roberts writes about him as a man.\n\n"
            "He was a man of few needs and many ideas, and he lived for the movement for more than sixty years of his life.\n")
    conversion = convert_text(text, "like.txt")
    assert conversion.tree.getroot().xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]
    assert ("Ann Roberts", "header field: author (named in the standfirst)") in [(e.text, e.reason) for e in conversion.report.recognised]


def test_a_name_over_life_dates_is_an_obituarys_title_not_its_author() -> None:
    text = "Ann Roberts: 1913-2006\n\nWhen I first got involved in politics in the early 1980s, her group was the largest on the left.\n"
    root = convert_text(text, "obituary.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roberts: 1913-2006"]
    assert root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []


def test_a_web_page_with_its_chrome_at_the_foot_reads_as_prose_without_the_chrome() -> None:
    conversion = convert_text(WEB, "story.txt")
    root = conversion.tree.getroot()
    assert conversion.report.profile == "web"
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["A Short Story"]
    assert [p.text[:20] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["It was a dark night,"] * 40
    assert {(e.text, e.reason) for e in conversion.report.removed} >= {
        ("Share on facebook", "site chrome"), ("Home l Stories l Poems l Contact us", "navigation bar")}


def test_a_headline_in_sentence_case_over_captions_and_a_byline() -> None:
    text = ("The long road to the united front\n\nPortrait-3\n\nThe author in 1920\n\nBy Jane Roe\n\n"
            "May 7, 2019 — This essay first appeared in a book about the years after the war, and is reposted here.\n")
    root = convert_text(text, "road.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The long road to the united front"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Jane Roe"]
    assert root.xpath("//tei:titlePage/tei:figure/tei:figDesc/text()", namespaces=NSMAP) == ["Portrait-3", "The author in 1920"]
    assert [p.text[:11] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["May 7, 2019"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


@pytest.mark.parametrize(("line", "authors"), [
    ("Von Anna Beispiel", ["Anna Beispiel"]), ("Por Ana Ejemplo", ["Ana Ejemplo"]),
    ("Von Trapp", ["Von Trapp"]), ("Par la grève générale", [])])  # a name alone, "Von" its own; no names
def test_a_byline_in_another_language_names_the_author(line: str, authors: list[str]) -> None:
    text = (f"Vorwort zur zweiten Auflage\n\n{line}\n\n"
            "Die Revolution ist gekommen, die ich so nicht vorausgesehen habe. Der Krieg ist gekommen, den ich "
            "vorausgesehen habe; und in ihm habe ich dann frühzeitig schon Zusammenbruch und Revolution gesehen.\n")
    root = convert_text(text, "vorwort.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == authors


def test_a_web_article_under_chrome_its_caption_the_title_again_a_subtitle_and_the_byline() -> None:
    text = ("Major Theme - {title}\nStrike or Arbitration?\nAnn Roe (left) and Bob Lee Photo: The Harbour Collection, "
            "Dock Town Library & 'The Poems of Bob Lee' (London, 1916)\n\nStrike or Arbitration?\n\n"
            "Ann Roe, Bob Lee & the Course of the Dock Strike, 1915\n\nBy Cy Doe\n\n"
            "It was a direct challenge, sent by one activist to another at what both saw as a crossroads of the strike.\n")
    root = convert_text(text, "strike.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "Strike or Arbitration?", "Ann Roe, Bob Lee & the Course of the Dock Strike, 1915"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Cy Doe"]
    assert root.xpath("//tei:titlePage/tei:figure/tei:figDesc/text()", namespaces=NSMAP)[0].startswith("Ann Roe (left)")
    assert [p.text[:9] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["It was a "]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_the_title_again_in_fewer_words_and_signed_is_no_heading() -> None:
    text = ("Sunday, 29 July 2012\n\nResponse to Ann Roe on Jim Lee by Bob Doe\n\n"
            "Response to Roe on Lee by Bob Doe\n\n"
            "Ann Roe's review of the book fails to engage with its central arguments about the strike and the union.\n")
    root = convert_text(text, "response.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Response to Ann Roe on Jim Lee"]
    assert root.xpath("//tei:titlePage/tei:docTitle/tei:titlePart/text()", namespaces=NSMAP)[-1] == (
        "Response to Roe on Lee by Bob Doe")
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_mail_archive_post_names_its_poster_and_date_under_the_subject() -> None:
    post = convert_text("Rosa Parks\n\nJane Roe jroe at example.org\nThu Dec 9 15:54:50 MST 1999\n\n"
                        "She would not give up her seat, and the boycott began.\n", "post.txt")
    root = post.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Rosa Parks"]  # a name, but the subject
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Jane Roe"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1999-12-09"]
    assert ("jroe at example.org", 3) in [(entry.text, entry.line) for entry in post.report.removed]
    assert [p.text[:8] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["She woul"]
    # the list's name before the subject; a subject of a few words is no label of the site's over a dated title
    tagged = convert_text("[harbour-l] Ann Roe 1868-1927\n\nJane Roe jroe at example.org\nThu Dec 9 15:54:50 MST 1999\n\n"
                          "She would not give up her seat, and the boycott began.\n", "post.txt").tree.getroot()
    assert tagged.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe 1868-1927"]
    assert tagged.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Jane Roe"]
    assert not tagged.xpath("//tei:notesStmt", namespaces=NSMAP)


def test_a_mail_whose_subject_names_the_author_keeps_the_poster_apart() -> None:
    post = convert_text("[harbour-l] Ann Roe: The Tides of the Harbour\n\nJ Doe jdoe at example.org\n"
                        "Thu Dec 9 15:54:50 MST 1999\n\n\n    The Tides of the Harbour\n\nAnn Roe <../whoweare.php>\n\n"
                        "The tide came in over the quays twice that winter, and the men who worked them\n"
                        "were laid off each time, said the secretary of their branch,\nBob Lee. Even the dockers' "
                        "union could not say when the work\nwould come back to the harbour.\n", "post.txt")
    root = post.tree.getroot()
    # (the wrapped line "... Bob Lee. Even the dockers' union" reads as no header's author and title)
    assert post.report.profile == "prose"
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Tides of the Harbour"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1999-12-09"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["J Doe jdoe at example.org"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert [p.text[:8] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The tide"]
    assert ("<../whoweare.php>", 9) in [(entry.text, entry.line) for entry in post.report.removed]


def test_a_sites_name_over_a_title_in_two_lines_is_a_header_note() -> None:
    page = convert_text("Teaching Harbour History\n\nThe Long Strike:\nDockers in the Great Depression\n\n"
                        "Document Analysis A. The Minutes\n\nThe minutes of the strike committee survive in the "
                        "union's archive, and they tell us who spoke and when.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "The Long Strike: Dockers in the Great Depression"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Teaching Harbour History"]
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["Document Analysis A. The Minutes"]
    # a name over the title is its author's
    named = convert_text("Ann Roe\n\nThe Long Strike:\nDockers in the Great Depression\n\nThe minutes of the strike "
                         "committee survive in the union's archive, and they tell us who spoke.\n", "page.txt").tree.getroot()
    assert named.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert named.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Long Strike: Dockers in the Great Depression"]


def test_a_blogs_section_over_the_posts_title_and_byline_is_a_header_note() -> None:
    post = convert_text("Blog and News\n\nWinning the Union Back: The Dockers’ Own Story by Ann Roe\n\n"
                        "In our latest blog Ann Roe looks back on the harbour's union.\n\nIn the summer of 2018 I was "
                        "asked to write the history of the union, and I began with its minutes.\n", "post.txt").tree.getroot()
    assert post.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Winning the Union Back: The Dockers’ Own Story"]
    assert post.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert post.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Blog and News"]
    # a title of those words over a title line of its own is the title
    news = convert_text("News\n\nThe Harbour in Winter\n\nIn the summer of 2018 I was asked to write the history of the "
                        "union, and I began with its minutes.\n", "news.txt").tree.getroot()
    assert news.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP)[0] == "The Harbour in Winter"


def test_a_headline_over_a_pictures_placeholder_is_the_title() -> None:
    page = convert_text("Harbour: looking back at the strike -- thirty years on\n\nImage removed.\n\n"
                        "The dockers walked out in the spring, and the harbour stood still for eleven weeks.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "Harbour: looking back at the strike -- thirty years on"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert ("Image removed.", 3) in [(entry.text, entry.line) for entry in page.report.removed]


def test_a_first_line_with_the_author_a_stop_and_the_title_and_a_letter_closed_in_gratitude() -> None:
    letter = convert_text("Ann Example. A Great Gift\n\nDear Friends:\n\nThe work of the committee was a gift to all of us, "
                          "and we will not forget it.\n\nIn gratitude,\n\nAnn Example\n", "gift.txt")
    root = letter.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["A Great Gift"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:body//tei:opener/tei:salute/text()", namespaces=NSMAP) == ["Dear Friends:"]
    assert root.xpath("//tei:body//tei:closer/tei:salute/text()", namespaces=NSMAP) == ["In gratitude,"]
    assert root.xpath("//tei:body//tei:closer/tei:signed/text()", namespaces=NSMAP) == ["Ann Example"]


def test_an_issue_in_brackets_over_the_headline_and_byline_is_the_source() -> None:
    page = convert_text("(Harbour International Review, No. 23, October 1982)\nThe docks are ours: but we must hold them\n"
                        "By Ann Example\nThe programme of 1982 will be the ground of most of the debates at this year's "
                        "conference in Portside, and every branch will have its say.\n", "docks.txt").tree.getroot()
    assert page.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The docks are ours: but we must hold them"]
    assert page.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    source = page.xpath("//tei:sourceDesc/tei:bibl[@type='source']", namespaces=NSMAP)[0]
    assert source.xpath("tei:title[@level='j']/text()", namespaces=NSMAP) == ["Harbour International Review"]
    assert source.xpath("tei:date/@when", namespaces=NSMAP) == ["1982-10"]


def test_a_name_alone_under_the_title_is_its_author_unless_other_sections_are_named_after_people() -> None:
    paragraph = "The harbour workers met in the hall on Friday, and they voted to stay out until the owners gave way.\n\n"
    article = convert_text("Harbour meetings remember the strike\n\nAnn Example\n\n" + paragraph * 2, "strike.txt").tree.getroot()
    assert article.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    assert not article.xpath("//tei:body//tei:head", namespaces=NSMAP)
    # (a word holding the surname is no mention of the person: "Leeds" under "Ann Lee")
    leeds = convert_text("Harbour meetings remember the strike\n\nAnn Lee\n\n" + paragraph.replace("in the hall", "in the hall at Leeds") * 2,
                         "strike.txt").tree.getroot()
    assert leeds.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Lee"]
    lives = convert_text("Harbour lives\n\nAnn Example\n\n" + paragraph + "Carl Roe\n\n" + paragraph, "lives.txt").tree.getroot()
    assert lives.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []
    assert lives.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["Ann Example", "Carl Roe"]


def test_a_reviews_book_and_its_byline_under_the_review_label_are_not_the_pages_and_an_editions_date_dates_it() -> None:
    page = convert_text("Issue 4-2021-300dpi\n\n5 May 2005 Edition\n\nResize: A A A Print\n\nThe rebel from the harbour\n\n"
                        "Book review\n\nMisfit - a Life\n\nBy Captain Ann Example\n\n"
                        "The name of Captain Ann Example flits through histories of the harbour strike, and this book tells "
                        "her story at last.\n", "review.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The rebel from the harbour"]
    assert root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Book review", "Misfit - a Life", "By Captain Ann Example"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2005-05-05"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_magazines_issue_label_glued_to_its_month_and_a_byline_naming_the_pieces_kind() -> None:
    """"IssueJune 2012" (the label glued to its date by the page's template) dates the page to the month, its label
    reported; "Feature by Ann Roe" names the author, "Feature by" reported; a date over a byline is no picture's caption."""
    body = ("A hundred years ago a group of dockers from the harbour published a pamphlet that was read in every port.\n\n"
            "The conflict was especially sharp in the south, where many thousands had taken part in the strike.\n")
    conversion = convert_text("Taking the harbour\n\nIssueJune 2012\nFeature by Ann Roe\n\n" + body, "harbour.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Taking the harbour"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2012-06"]
    assert {(e.line, e.text) for e in conversion.report.removed} == {(3, "Issue"), (4, "Feature by")}
    spaced = convert_text("Taking the harbour\n\nJune 2012\nBy Ann Roe\n\n" + body, "harbour.txt").tree.getroot()
    assert spaced.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["2012-06"]
    assert not spaced.xpath("//tei:figure", namespaces=NSMAP)
    # a picture's credit is no byline of the text
    photo = convert_text("Taking the harbour\n\nPhoto by Ann Roe\n\n" + body, "harbour.txt").tree.getroot()
    assert not photo.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


def test_a_reviewed_books_reference_first_is_a_header_note_naming_no_author() -> None:
    page = convert_text("Captain Ann Example: Docks, Tides and the Harbour Army, by Bob Lee, Harbour Press, 288 pp, £18.99, ISBN: "
                        "978-1908928924\nCaptain Ann Example must have seemed heaven-sent to the harbour workers when she first "
                        "appeared on their platforms in 1913, tall and eloquent.\n", "review.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP)[0].endswith("ISBN: 978-1908928924")
    assert [p.text[:15] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["Captain Ann Exa"]


def test_a_title_with_its_author_after_a_dash_over_the_name_again_gives_title_and_author() -> None:
    page = convert_text("A Night at Harbour Bridge - Ann Example\n\nAnn Example\nA man stood upon the harbour bridge in northern Cork, looking down\n"
                        "into the swift water twenty feet below. His hands were behind\nhis back, the wrists bound with a cord.\n", "story.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["A Night at Harbour Bridge"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:body//tei:p/text()", namespaces=NSMAP)[0].startswith("A man stood")
    assert ("Ann Example", "the author's name repeated") in [(entry.text, entry.reason) for entry in page.report.removed]


def test_a_subheading_closed_by_an_exclamation_mark_over_its_paragraph_is_a_heading_a_salutation_is_not() -> None:
    paragraph = ("The harbour workers met in the hall on Friday, and they voted to stay out until the owners gave way; "
                 "the owners sent for the police, and the workers stayed out all the same.")
    page = convert_text(f"The harbour strike\n\n{paragraph}\n\nMilitants of the Harbour\n{paragraph}\n\nDon’t Give Way!\n{paragraph}\n\n"
                        f"Dear Comrades!\n\n{paragraph}\n", "strike.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["Militants of the Harbour", "Don’t Give Way!"]
    assert "Dear Comrades!" in root.xpath("//tei:body//tei:p/text()", namespaces=NSMAP)


def test_lines_from_sources_over_extracts_cite_the_extracts_and_a_wiki_tagline_naming_its_site_goes() -> None:
    paragraph = "The harbour workers met in the hall on Friday, and they voted to stay out until the owners gave way.\n\n"
    page = convert_text("Ann Example\n\nFrom Notes of the Harbour\nJump to: navigation, search\n\n" + paragraph
                        + 'From "The Strike," in Harbour News (March, 1912), p. 15.\n\n' + paragraph
                        + "From Bob Lee, Harbour Days (1906-1926), p. 177:\n\n" + paragraph, "wiki.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Example"]
    assert not root.xpath("//tei:sourceDesc//tei:bibl[@type='source'] | //tei:creation/tei:date", namespaces=NSMAP)
    assert [p.text[:6] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)][1:4] == ["From \"", "The ha", "From B"]
    # one such line under the standfirst tells where the text comes from
    single = convert_text("Ann Example\n\n" + paragraph + 'From "The Strike," in Harbour News (March, 1912), p. 15.\n\n'
                          + paragraph, "page.txt").tree.getroot()
    assert single.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1912-03"]


def test_two_names_under_the_title_with_the_last_surname_on_a_line_of_its_own_are_its_authors() -> None:
    page = convert_text("Unions and the Harbour: A Conversation\n\nAnn Example and Bob\nLeeward\n\n"
                        "Ann: The harbour workers met in the hall on Friday, and they voted to stay out until the owners "
                        "gave way.\n\nBob: They did, and the owners gave way within the week.\n", "talk.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example", "Bob Leeward"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert [p.text[:4] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["Ann:", "Bob:"]


def test_a_letter_under_an_editors_line_with_its_dateline_and_a_signature_over_its_office_and_stamp() -> None:
    letter = convert_text("Letter on the harbour strike fund\n\n[date stamp] 2 MAY 1926\n\nPortside, Kent Apr. 28, 1926\n\n"
                          "Dear Comrades!\n\nWe enclose the cards for the strike fund, and we ask you to pass them on to the "
                          "branches.\n\nFraternally yours\n\nAnn Example, Sec’y\n\n[stamped] Harbour Workers Relief "
                          "Committee\n12 Quay Street\nPortside Kent\n\nP.S. Please answer soon.\n", "letter.txt")
    root = letter.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]  # less the office
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1926-04-28"]
    assert root.xpath("//tei:body//tei:opener/tei:dateline/tei:placeName/text()", namespaces=NSMAP) == ["Portside, Kent"]
    assert root.xpath("//tei:body//tei:closer/tei:salute/text()", namespaces=NSMAP) == ["Fraternally yours"]
    assert root.xpath("//tei:body//tei:closer/tei:signed/text()", namespaces=NSMAP) == ["Ann Example, Sec’y"]
    assert root.xpath("//tei:body//tei:closer/tei:address/tei:addrLine/text()", namespaces=NSMAP) == [
        "[stamped] Harbour Workers Relief Committee", "12 Quay Street", "Portside Kent"]
    assert [p.text[:8] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["[date st", "We enclo", "P.S. Ple"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert validate_tree(letter.tree, schemas=(REPO / "schemas" / "tei-tools.xsd",)) == []  # the address in the closer too


def test_an_issue_line_over_the_page_is_its_source_and_whole_paragraph_lines_stay_apart() -> None:
    standfirst = "The founder of the group made major contributions to theory, and a new biography assesses his place " \
                 "in the history of the post-war left"
    first = "Few revolutionaries become household names, but it is a travesty that the greatest of them is so little " \
            "known today, even among those who share his politics."
    page = convert_text(f"Vol. XLI No. 42 October 15, 2017\n\nThe Anniversary of a Death\n\n{standfirst}\n{first}\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Anniversary of a Death"]
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "Vol. XLI No. 42 October 15, 2017"
    assert [p.text[:8] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The foun", "Few revo"]


def test_an_issue_line_closed_by_a_copyright_notice_is_the_source_and_dates_the_text() -> None:
    page = convert_text("Issue 12 of HARBOUR REVIEW Published March 1987 Copyright © Harbour Review\n\nTides and Wages\n\n"
                        "The dockers voted on Monday, and the vote was close.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("string(//tei:bibl[@type='source']/tei:date/@when)", namespaces=NSMAP) == "1987-03"
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Tides and Wages"]


@pytest.mark.parametrize("publisher", ["", "Central Committee of the Harbour League\n"])
def test_a_journals_volume_and_year_in_brackets_under_its_publisher_is_the_source_not_the_title(publisher: str) -> None:
    text = (f"{publisher}Harbour Review Vol. 20 (1994): Capital and the Docks\n\nThe Death of Ann Example (1905-1992)\n\n"
            "Ann Example, a founding member of the union, died July 30, 1992, at the age of eighty-six.\n\n"
            "She was among the last of the generation who joined the movement in the 1930s.\n")
    root = convert_text(text, "obituary.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Death of Ann Example (1905-1992)"]
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "Harbour Review Vol. 20 (1994): Capital and the Docks"
    assert root.xpath("string(//tei:creation/tei:date/@notAfter)", namespaces=NSMAP) == "1994"
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == [publisher.strip()] * bool(publisher)
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_posts_categories_over_its_title_and_author_name_no_one() -> None:
    text = ("History, Blog\n\nRemembering Ann Example by Jane Roe\n\n"
            "Ann Example was one of the brave women who went to prison in support of the dockers in 1921.\n")
    root = convert_text(text, "post.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Remembering Ann Example"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Jane Roe"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["History, Blog"]


def test_a_magazines_running_head_dates_the_text_and_a_title_run_into_the_first_paragraph() -> None:
    text = ("HARBOUR MONTHLY, SEPTEMBER, 1978 271\n\n"
            "Interview with Bob Lee (The interview was conducted for Harbour Monthly by ANN EXAMPLE, a member of the"
            " Editorial Board, formerly a docker. BOB LEE is the secretary of the dockers' union.)\n\n"
            "Bob, could you tell us something about the harbour and the union's history there?\n")
    root = convert_text(text, "interview.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Interview with Bob Lee"]
    assert root.xpath("string(//tei:creation/tei:date/@notAfter)", namespaces=NSMAP) == "1978-09"
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "HARBOUR MONTHLY, SEPTEMBER, 1978 271"
    assert [p.text[:16] for p in root.iterfind(".//tei:body/tei:p", NSMAP)] == ["Interview with B", "Bob, could you t"]


def test_a_parliaments_record_its_reference_and_its_speaker_over_the_speech_or_under_a_standfirst() -> None:
    speech = "With your permission, Mr. Speaker, I ask the indulgence of the House while I make a brief explanation.\n"
    root = convert_text("HC Deb 13 July 1925 vol 186 c871\nMr. ROE\n\n" + speech, "debate.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Roe"]
    assert root.xpath("string(//tei:creation/tei:date/@notAfter)", namespaces=NSMAP) == "1925-07-13"
    assert root.xpath("//tei:titlePage/tei:byline/text()", namespaces=NSMAP) == ["Mr. ROE"]  # its words kept
    introduced = convert_text("Ann Roe entered the House of Commons as the member for Harbour South in 1892.\n\n"
                              "MRS. A.N. ROE (Harbour, S.)\n\n" + speech, "speech.txt").tree.getroot()
    assert introduced.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["A. N. Roe"]
    assert introduced.xpath("//tei:titlePage/tei:byline/text()", namespaces=NSMAP) == ["MRS. A.N. ROE (Harbour, S.)"]
    assert [p.text[:12] for p in introduced.iterfind(".//tei:body/tei:p", NSMAP)] == ["Ann Roe ente", "With your pe"]


def test_a_parliamentary_question_and_its_answers_are_speeches_of_members_and_offices_with_no_author() -> None:
    record = ("HC Deb 06 December 1922 vol 159 cc1760-1\n59. Mr. ROE\n\nasked the Prime Minister whether he will give time for a "
              "discussion of the harbour.\n\nThe PRIME MINISTER\n\nIt would be impossible, I think, to find time for it.\n\n"
              "Mr. LEE\n\nIs the right hon. Gentleman aware of the state of the harbour?\n\nThe CHANCELLOR of the EXCHEQUER "
              "(Mr. Doe)\n\nI am quite aware of all the facts.\n")
    root = convert_text(record, "debate.txt").tree.getroot()
    assert not root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)  # the record of several speakers
    assert root.xpath("//tei:body/tei:sp/tei:speaker/text()", namespaces=NSMAP) == [
        "59. Mr. ROE", "The PRIME MINISTER", "Mr. LEE", "The CHANCELLOR of the EXCHEQUER (Mr. Doe)"]
    assert [p.text[:8] for p in root.iterfind(".//tei:body/tei:sp/tei:p", NSMAP)] == ["asked th", "It would", "Is the r", "I am qui"]
    answer = convert_text("The PRIME MINISTER\n\nIt would be impossible, I think, to find time for such a discussion.\n", "answer.txt")
    assert not answer.tree.getroot().xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)  # an office names no one


def test_a_description_closed_by_the_day_under_the_title_is_the_subtitle_and_dates_the_text() -> None:
    text = ("Admission of Branches to the Harbour Union\n\nExecutive Committee of the Harbour Union, Resolution on the Report of"
            " the Committee. June 9, 1921\n\nThe Congress, having heard the report of the committee on the new branches,"
            " decides to admit them all.\n")
    root = convert_text(text, "resolution.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "Admission of Branches to the Harbour Union", "Executive Committee of the Harbour Union, Resolution on the Report of the Committee"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1921-06-09"]
    assert [p.text[:12] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["The Congress"]
    # a sentence closed by a year alone is no such line
    yearly = convert_text(text.replace("June 9, 1921", "In 1921"), "resolution.txt").tree.getroot()
    assert not yearly.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP)


def test_members_named_in_capitals_in_a_record_speak_over_their_paragraphs_and_a_title_in_the_possessive_heads() -> None:
    speech = "With your permission, Mr. Speaker, I ask the indulgence of the House while I make a brief explanation.\n\n"
    text = ("HC Deb 13 July 1925 vol 186 c871\n\nOrder for Second Reading read.\n\nMr. A. N. ROE\n\n" + speech * 2
            + "Question put, and agreed to.\n\nSir BOB O'LEE (Harbour, S.)\n\n" + speech)
    body = convert_text(text, "debate.txt").tree.getroot().find(".//tei:body", NSMAP)
    assert [(child.tag.split("}")[1], [part.tag.split("}")[1] for part in child]) for child in body] == [
        ("p", []), ("sp", ["speaker", "p", "p"]), ("p", []), ("sp", ["speaker", "p"])]
    assert body.xpath("tei:sp/tei:speaker/text()", namespaces=NSMAP) == ["Mr. A. N. ROE", "Sir BOB O'LEE (Harbour, S.)"]
    diary = convert_text("A Diary\n\nDR. ROE'S DIARY.\n\n" + speech, "diary.txt").tree.getroot()
    assert diary.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["DR. ROE'S DIARY."]


def test_the_authors_possessive_before_a_book_in_quotation_marks_over_a_chapter_title_is_the_source() -> None:
    text = ("Roe's “Memories of the Harbour”\n\nThe Union Moves to Leith, Its First Months of Work There\n\n"
            "In the spring the union moved its office to Leith, and the first months there were the hardest of all.\n")
    root = convert_text(text, "chapter.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Union Moves to Leith, Its First Months of Work There"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Roe"]
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "Roe's “Memories of the Harbour”"
    # a phrase in the possessive is no author: "The Docker's “Song”" opens no citation
    plain = convert_text(text.replace("Roe's", "the docker's"), "chapter.txt").tree.getroot()
    assert not plain.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


@pytest.mark.parametrize("chapter", ["CHAPTER 7\nThe Dockers and the Sea", "\nCHAPTER 7\nTHE DOCKERS AND THE SEA\n"])
def test_a_citation_of_the_book_over_a_chapter_names_its_author_title_and_source(chapter: str) -> None:
    text = (f"Ann Example, Harbours, 1973.\n{chapter}\n"
            "The tradition of the harbour has been bitterly hostile to the sea ever since the first wall was built there, or for"
            " that matter ever since the first boat was rowed out past the rocks and did not come back before the night.\n"
            "The theoretical attitude with which the dockers approached the sea after the great flood was quite clear.\n"
            "Yet if we investigate the history of the harbour in the period of the flood, we find a curious asymmetry.\n")
    root = convert_text(text, "chapter.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("string(//tei:creation/tei:date/@notAfter)", namespaces=NSMAP) == "1973"
    source = root.find(".//tei:bibl[@type='source']", NSMAP)
    assert [(child.tag.split("}")[1], child.text) for child in source] == [("author", "Ann Example"), ("title", "Harbours"), ("date", "1973")]
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Harbours"]  # the chapter's book
    assert [" ".join(" ".join(head.itertext()).split()) for head in root.iterfind(".//tei:body//tei:head", NSMAP)] == [
        " ".join(chapter.split())]


def test_a_long_title_over_a_dateline_under_a_sites_section_labels() -> None:
    title = "‘Remembering the Harbour Strike, its Causes, Course and Some Lessons’ Address at the 2011 Annual Memorial Lecture"
    page = convert_text(f"News Room\n\nSpeeches\n\n{title}\n\nCork, 4 May 2011\n\n"
                        "It is a pleasure to be asked to speak here tonight, among old friends.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [title]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["2011-05-04"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["News Room", "Speeches"]
    assert not root.xpath("//tei:author", namespaces=NSMAP)
    assert [p.text[:5] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["It is"]


def test_a_name_over_a_title_over_a_dateline_is_the_author() -> None:
    page = convert_text("Ann Example\n\nOn the Harbour Strike\n\nCork, 4 May 2011\n\nIt is a pleasure to speak here.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["On the Harbour Strike"]


def test_a_sites_menu_over_a_title_in_two_lines_and_a_name_over_the_first_numbered_section() -> None:
    menu = "Current Issue\nBack Issues\nHarbour History\nLeft Groups\nNew Voices\n\n"
    page = convert_text(menu + "Twenty Years of the Harbour:\nDockers’ Unions 1900–1920\n\nAnn Example\n\n"
                        "1. The Founding of the Union\n\nThe union was founded in a back room, and for years it met there.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Twenty Years of the Harbour: Dockers’ Unions 1900–1920"]
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["1. The Founding of the Union"]
    assert [entry.text for entry in page.report.removed if entry.reason == "the site's menu, over the page"] == \
        menu.strip().split("\n")


def test_a_speakers_name_place_and_day_over_the_speech_are_no_sites_menu() -> None:
    page = convert_text("Ann Example\nHarbour Hall\nPortside Town\nApril 2, 1911\n\n"
                        "I would be a traitor to those who died if I came here to talk good fellowship with you tonight.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1911-04-02"]
    assert not [entry for entry in page.report.removed if entry.reason == "the site's menu, over the page"]


def test_a_sites_menu_numbered_as_an_ordered_list_over_a_dated_title() -> None:
    menu = "1. Harbour Home\n  2. About\n  3. Office of the Secretary\n  4. Speeches & Letters\n\n"
    page = convert_text(menu + "Harbour College Address to the Graduates\n\nJune 13, 2011\n\n"
                        "What a fine day it is to celebrate all that the class has done.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Harbour College Address to the Graduates"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["2011-06-13"]
    assert [entry.text for entry in page.report.removed if entry.reason == "the site's menu, over the page"] == \
        [line.strip() for line in menu.strip().split("\n")]
    # numbered from 2, the lines are no menu; a longer link is no menu's
    for other in (menu.replace("1. ", "2. ", 1), menu.replace("3. Office of the Secretary", "3. Office of the Harbour Secretary")):
        page = convert_text(other + "Harbour College Address to the Graduates\n\nJune 13, 2011\n\nWhat a fine day.\n", "page.txt")
        assert not [entry for entry in page.report.removed if entry.reason == "the site's menu, over the page"]


@pytest.mark.parametrize("top", ["", "On the Harbour Strike\n\nCork, 4 May 2011\n\n",
                                 "Ann Example\nOn the Harbour Strike\n\nWritten: May 1911\nSource: The Harbour Review.\n"])
def test_a_speechs_delivery_label_over_the_text_is_a_header_note(top: str) -> None:
    page = convert_text(f"{top}(As prepared for delivery)\n\nGood afternoon!\n\nIt is a pleasure to speak here today.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["(As prepared for delivery)"]
    assert [p.text for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["Good afternoon!", "It is a pleasure to speak here today."]


def test_an_issue_numbered_with_a_hash_a_section_label_in_capitals_and_a_byline_under_the_standfirst() -> None:
    standfirst = "The women who fought in the rising struggled to be accepted on equal terms by the labour movement."
    page = convert_text(f"Harbour Review #12\n\n\nOUR PAST\n\n\nWomen in the harbour strike 1900-1916\n\n\n{standfirst}\n\n"
                        "By Ann Example.\n\nThe strike began in the spring, and by summer it had spread along the coast.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Women in the harbour strike 1900-1916"]
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "Harbour Review #12"
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["OUR PAST"]
    assert [p.text[:9] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The women", "The strik"]


def test_a_logo_over_an_issue_line_with_volume_and_number_set_apart_by_a_slash() -> None:
    text = ("The Harbour Times (logo)\n\nVol. 75/No. 25      July 11, 2011\n\n"
            "The row over the new quay became the key issue in the harbour this year, supposedly marking the difference"
            " between the dockers and the boatmen.\n")
    conversion = convert_text(text, "page.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2011-07-11"]
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "Vol. 75/No. 25      July 11, 2011"
    assert [entry.text for entry in conversion.report.removed] == ["The Harbour Times (logo)"]
    assert [p.text[:7] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The row"]


def test_a_path_of_the_sites_sections_over_a_name_as_headline_and_its_byline_with_a_bar() -> None:
    text = ("News / Articles\n\nAnn Example\n\nBob Lee | Published on 12/1/2018\n\n"
            "The row over the new quay became the key issue in the harbour this year, supposedly marking the difference"
            " between the dockers and the boatmen.\n")
    root = convert_text(text, "page.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Bob Lee"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["News / Articles"]


def test_a_byline_naming_the_periodical_and_day_under_or_over_the_title() -> None:
    """"Name, in Periodical, date" is a byline whose rest is the source; set over the title, or a plain "By Name" over
    it, the byline still leaves the title to the line under it."""
    body = ("The strike that ended last week has taught the dockers more than any book could, and the owners gave way at "
            "the last.\n\nBut the lesson is not yet learned by all.\n")
    byline = "Ann Roe, in The Harbour Worker, January 27th 1923"
    for text in (f"The Lesson of the Strike\n\n{byline}\n\n{body}", f"{byline}\n\nThe Lesson of the Strike\n\n{body}"):
        page = convert_text(text, "page.txt")
        root = page.tree.getroot()
        assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Lesson of the Strike"]
        assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Roe"]
        assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == "The Harbour Worker, January 27th 1923"
        assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1923-01-27"]
        assert any(entry.text == "in" for entry in page.report.removed)
        assert [p.text[:9] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The strik", "But the l"]
    by_first = convert_text(f"By Ann Roe\n\nThe Lesson of the Strike\n\n{body}", "page.txt").tree.getroot()
    assert by_first.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Lesson of the Strike"]
    assert by_first.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Roe"]
    # a sentence naming where a writer wrote goes on after the date: the text's first line, no byline
    said = convert_text(f"Marx, in Capital, 1867, showed the harbour's trade.\n\n{body}", "page.txt").tree.getroot()
    assert not said.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)
    # with no date closing it, such a line is a subtitle: the writer in her own words
    own_words = convert_text(f"The Lesson of the Strike\n\nAnn Roe, in Her Own Words, Volume Two\n\n{body}", "page.txt").tree.getroot()
    assert not own_words.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


def test_a_sections_label_in_title_case_over_a_headline_in_sentence_case() -> None:
    text = ("Harbour Party\n\nDocks and boats\n\n"
            "The row over the new quay became the key issue in the harbour this year, supposedly marking the difference"
            " between the dockers and the boatmen.\n")
    root = convert_text(text, "page.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Docks and boats"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["Harbour Party"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    # a title in title case over a line in title case is a title and its subtitle, or a title of two lines
    assert not convert_text("Harbour Party\n\nDocks and Boats\n\n" + text.split("\n\n")[2], "page.txt").tree.getroot().xpath(
        "//tei:notesStmt", namespaces=NSMAP)


def test_a_name_after_a_dash_under_the_title_is_the_author() -> None:
    page = convert_text("Tom Example (1922–2003)\n\n— Ann Example\n\nTOM EXAMPLE, founder of the harbour journal, died in Cork on "
                        "March 8, 2003, after a long illness. He was 81 years old.\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Example"]
    assert [p.text[:11] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["TOM EXAMPLE"]
    assert any(entry.text == "—" for entry in page.report.removed)


def test_an_editors_note_over_the_title_its_byline_and_a_day_beside_a_long_place() -> None:
    note = "When Ann Example stood up to speak at the harbour dinner in Cork that spring, no one was expecting sparks to fly."
    speech = "Some of you may be disappointed in what you hear from me tonight, and I am sorry for it, but I must say it."
    page = convert_text(f"by\n_____\n\n{note}\n\n“Make the Harbour Safe for Trade”\n\nby Ann Example\n\n"
                        f"March 17, 1918 — The Harbour Dining Club, Grand Hotel, Cork City\n\n{speech}\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Make the Harbour Safe for Trade"]
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Example"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1918-03-17"]
    assert [p.text[:8] for p in root.xpath("//tei:front/tei:div/tei:p", namespaces=NSMAP)] == ["When Ann"]
    assert root.xpath("//tei:front/tei:titlePage[2]/tei:byline/text()", namespaces=NSMAP) == ["by Ann Example"]
    assert [p.text[:8] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["Some of "]
    assert [entry.text for entry in page.report.removed[:2]] == ["by", "_____"]


def test_a_speechs_day_and_occasion_after_a_dash_under_its_title() -> None:
    speech = "It may be that there are many here for the first time tonight, drawn by curiosity or by some deeper interest."
    page = convert_text("Select Page\n\nThe Harbour We Keep\n\nApril 16, 1909 — Harbour Hall, after a long march from "
                        f"the docks celebrating her release from prison, Portside\n\n\n{speech}\n", "page.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Harbour We Keep"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1909-04-16"]
    assert root.xpath("string(//tei:titlePage/tei:docDate)", namespaces=NSMAP).endswith("from prison, Portside")
    assert [p.text[:8] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["It may b"]
    # (a sentence after a date and a dash is the text's: "March 3, 1917 — The Tsar abdicates. The war goes on.")
    chronicle = convert_text("The Harbour Year\n\nMarch 3, 1917 — The harbour closes. The boats stay in.\n\n" + speech, "y.txt")
    assert not chronicle.tree.getroot().xpath("//tei:creation/tei:date", namespaces=NSMAP)


def test_prose_paragraphs_come_from_indentation_when_there_are_no_blank_lines() -> None:
    text = "Self-Reliance\n" + "".join(f"    Paragraph {n} begins here\nand goes on here.\n" for n in range(4))
    root = convert_text(text, "self-reliance.txt").tree.getroot()
    assert root.xpath("//tei:body/tei:p/text()", namespaces=NSMAP) == [
        f"Paragraph {n} begins here and goes on here." for n in range(4)]


def test_prose_paragraphs_end_where_a_wrapped_line_broke_early_when_there_are_no_blank_lines() -> None:
    first = "The speaker was a leader of the movement and a founder of its monthly review. " * 3
    second = "Gentlemen, when we asked whether you would be prejudiced against us, you were told to say no. " * 3
    third = "The history of human growth is the history of every new idea heralding a brighter dawn. " * 3
    lines = [*textwrap.wrap(first, 60), "The Plea of the Accused", *textwrap.wrap(second, 60), *textwrap.wrap(third, 60)]
    root = convert_text("\n".join(lines) + "\n", "plea.txt").tree.getroot()
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["The Plea of the Accused"]
    assert [p.text.split()[0] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["The", "Gentlemen,", "The"]
    assert [p.text for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == [first.strip(), second.strip(), third.strip()]


def test_a_quoted_title_a_dash_and_the_author_with_the_year_on_the_first_line() -> None:
    story = convert_text("“The Story of An Evening”-- Ann Roberts, 1894\n\nKnowing that she was ill, they told her gently.\n",
                         "story.txt")
    root = story.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Story of An Evening"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1894"]
    assert [(entry.line, entry.text) for entry in story.report.removed] == [(1, "--")]


def test_an_interviews_title_names_the_one_who_answers_as_the_author() -> None:
    interview = convert_text("An Interview With Ann Roberts\n\nQuestion: Your mother belonged to a little known tradition."
                             " What was it?\n\nAnswer: It was the council movement.\n", "interview.txt")
    assert interview.tree.getroot().xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roberts"]


def test_a_numbered_chapter_heading_is_neither_title_nor_under_an_author() -> None:
    book = convert_text("THE TREATISE\n\nCHAPTER I\n\nOF KINDS\n\nAll states are republics or monarchies.\n", "treatise.txt")
    root = book.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["THE TREATISE"]
    assert root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []
    assert root.xpath("//tei:body/tei:div/@n", namespaces=NSMAP) == ["1"]
    chapter = convert_text("CHAPTER I. SEEING\n\nIs there any knowledge which is certain?\n", "seeing-and-knowing.txt")
    root = chapter.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Seeing and knowing"]
    assert root.xpath("//tei:body/tei:div/tei:head/text()", namespaces=NSMAP) == ["CHAPTER I. SEEING"]


def test_a_title_page_of_several_lines_over_a_byline_is_the_title() -> None:
    book = convert_text("THE POND\n\nand\n\nON THE DUTY OF NEIGHBOURS\n\nby Ann Other\n\n"
                        "I went to the woods because I wished to live deliberately, and to see the pond.\n", "pond.txt")
    root = book.tree.getroot()
    assert root.xpath("string(//tei:titleStmt/tei:title[@type='main'])", namespaces=NSMAP) == "THE POND and ON THE DUTY OF NEIGHBOURS"
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Other"]
    assert [p.text[:6] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["I went"]
    whale = convert_text("THE POND;\n\nor, THE NEIGHBOURS.\n\nBy Ann Other\n\nI went to the woods because I wished to live "
                         "deliberately, and to see the pond.\n", "pond.txt").tree.getroot()
    assert whale.xpath("string(//tei:titleStmt/tei:title[@type='main'])", namespaces=NSMAP) == "THE POND; or, THE NEIGHBOURS"
    assert whale.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Other"]


# A printed book's title page: "BY" over the name in capitals, an imprint with a date, a preface,
# contents with page numbers and the title among the entries, a heading over its subtitle in quotes.
PRINTED_BOOK = """\
                          THE SAMPLE HOUSE.

                                  BY

                            MARY EXAMPLE.

                             Illustrated.

                                LONDON:
                        HARROW AND SONS,
                                 1878.

                        _All rights reserved._
                           October 22, 1874.


                    PREFACE TO THE SECOND EDITION.

Much to the author's surprise, her sketch of the house has caused a stir
among the neighbours, who read in it more than she ever put there.

                               CONTENTS.

THE PORCH.—INTRODUCTORY                     1

                          THE SAMPLE HOUSE.

I. THE DOOR OF THE SAMPLE HOUSE             51

II. THE STAIR                               54


                            THE PORCH.

                  INTRODUCTORY TO “THE SAMPLE HOUSE.”

It is a little remarkable that a porch should have so much to say for
itself, standing all day between the street and the hall.
"""


def test_a_printed_title_page_makes_a_book_not_an_archive_page() -> None:
    book = convert_text(PRINTED_BOOK, "house.txt")
    root = book.tree.getroot()
    assert book.report.profile == "prose"
    assert root.xpath("//tei:titleStmt/tei:title[@type='main']/text()", namespaces=NSMAP) == ["THE SAMPLE HOUSE"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Mary Example"]
    page = root.xpath("//tei:front/tei:titlePage", namespaces=NSMAP)[0]
    assert page.xpath("tei:byline/text()", namespaces=NSMAP) == ["MARY EXAMPLE."]  # as printed
    assert [" ".join("".join(e.itertext()).split()) for e in page.xpath("tei:docImprint", namespaces=NSMAP)] == [
        "LONDON: HARROW AND SONS, 1878.", "_All rights reserved._ October 22, 1874."]
    assert len(root.xpath("//tei:div[@type='contents']/tei:list/tei:item", namespaces=NSMAP)) == 4
    assert root.xpath("//tei:front/tei:div[@type='preface']/tei:head/text()", namespaces=NSMAP) == ["PREFACE TO THE SECOND EDITION."]
    assert root.xpath("//tei:body/tei:div/tei:head/text()", namespaces=NSMAP) == ["THE PORCH.", "INTRODUCTORY TO “THE SAMPLE HOUSE.”"]
    assert [p.text[:9] for p in root.xpath("//tei:text//tei:p", namespaces=NSMAP)] == ["Much to t", "It is a l"]


def test_paragraphs_numbered_from_the_start_keep_their_numbers_and_are_no_notes() -> None:
    speech = ("[1] This, my friends, marks the most remarkable move ever made in the State.\n\n"
              "[2] From this day on, my friends, the State shall march in the front of the nation.\n\n"
              "[3] Therefore, suffice it to say, that they beat and abuse citizens without process of law.\n")
    paragraphs = convert_text(speech, "speech.txt").tree.getroot().findall(".//tei:body/tei:p", NSMAP)
    assert [(p.get("n"), p.text[:15]) for p in paragraphs] == [("1", "This, my friend"), ("2", "From this day o"), ("3", "Therefore, suff")]
    # Numbered the same way after the text, and pointed at from it, they are notes.
    notes = convert_text("A Title\n\nThe text says so.[1] And so.[2] And more.[3]\n\n" + speech, "notes.txt")
    assert notes.tree.getroot().xpath("//tei:back//tei:note/@n", namespaces=NSMAP) == ["1", "2", "3"]


def test_a_first_line_naming_title_and_author_in_a_wiki_heading() -> None:
    story = convert_text("=== The Upper Berth by F. Marion Crawford ===\nSomebody asked for the cigars. We had talked long.\n", "s.txt")
    header = story.tree.getroot()
    assert header.xpath("//tei:titleStmt/tei:title[@type='main']/text()", namespaces=NSMAP) == ["The Upper Berth"]
    assert header.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["F. Marion Crawford"]
    assert [p.text[:9] for p in header.findall(".//tei:body/tei:p", NSMAP)] == ["Somebody "]
    # Quoted, with its dated source after "from", and repeated as the page's heading.
    line = "‘A Life’ by Ann Other from The Review. Vol. 3 No. 1. February, 1919."
    essay = convert_text(f"{line}\n\n{line}\n\nSomebody asked for the cigars. We had talked long.\n", "e.txt")
    root = essay.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title[@type='main']/text()", namespaces=NSMAP) == ["A Life"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Other"]
    assert root.xpath("string(//tei:bibl[@type='source'])", namespaces=NSMAP) == "The Review. Vol. 3 No. 1. February, 1919."
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1919-02"]
    assert [p.text[:9] for p in root.findall(".//tei:body/tei:p", NSMAP)] == ["Somebody "]


def test_a_chapter_title_in_capitals_under_its_bare_number_is_no_signature() -> None:
    book = convert_text("The Tale\n\nI\n\nMY VISITOR\n\nThere are some events of which each circumstance is graven on the memory.\n\n"
                        "II\n\nTHE YEARS ROLL BY\n\nIt was long after that the letter came to my rooms one night.\n", "tale.txt")
    heads = [[h.text for h in div.findall("tei:head", NSMAP)] for div in book.tree.getroot().iterfind(".//tei:body/tei:div", NSMAP)]
    assert heads == [["I", "MY VISITOR"], ["II", "THE YEARS ROLL BY"]]


@pytest.mark.parametrize("text", [
    # one line a paragraph, as web pages are: "I." and its title are two lines of their own
    "The Thinker\n\nIF any reader should never have heard of him (a perfectly possible contingency, for his name "
    "was little before the public), I will begin by reminding them of a preface. That was Roe.\n\n"
    "I.\nEARLY LIFE.\n\nAnn Roe was born in the town of Leamington, of parents who kept a shop, and she "
    "describes the narrow faith in which she was brought up, and which left a reminiscence behind it.\n",
    # wrapped lines: "I." over its title is one block
    "The Thinker\n\nIF any reader should never have heard of him, I will begin with a preface.\nThat was Roe.\n\n"
    "I.\nEARLY LIFE.\n\nAnn Roe was born in the town of Leamington, of parents who kept a shop.\n"
    "She was brought up in a narrow faith.\n",
])
def test_a_bare_number_over_a_title_in_capitals_after_a_paragraph_heads_a_division(text: str) -> None:
    root = convert_text(text, "roe.txt").tree.getroot()
    assert root.xpath("//tei:closer", namespaces=NSMAP) == []  # "I." is no initial signing the paragraph
    heads = root.xpath("//tei:body/tei:div[@n='1']/tei:head", namespaces=NSMAP)
    assert " ".join("".join(head.itertext()).strip() for head in heads) == "I. EARLY LIFE."


@pytest.mark.parametrize(("second", "subtitle"), [
    ("Interview with the General Secretary", True),
    ("THE LEAGUE INTERVIEWS THE UNION OF TANNERS", True),
    ("Ann Roe's Trial and Imprisonment (1918)", False),  # the one section's title
])
def test_the_only_heading_under_the_title_is_its_subtitle_when_it_names_the_kind_of_text(second: str, subtitle: bool) -> None:
    text = (f"Fighting for the Union\n\n{second}\n\nComrade, can you tell us about the state of the union and the struggles of "
            "its sections this year?\n\nFirst, thanks to the comrades who showed solidarity. It was very important for us.\n")
    root = convert_text(text, "union.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title[@type='sub']/text()", namespaces=NSMAP) == ([second] if subtitle else [])
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ([] if subtitle else [second])


def test_a_quoted_line_between_paragraphs_of_one_line_each_is_a_heading() -> None:
    text = ("Though she ‘ignored all the conditions of the licence as to reporting her movements to the police’, she went on "
            "speaking against the war in the streets of the city.\n"
            "The year was 1915, and the name of the gentleman with the beard and the badge was Ann Roe, who spoke daily.\n"
            "‘A small tool that makes revolutions’\n"
            "The poet, who was shot in 1916 for his part in the rising, said of Roe that ‘she would die at the stake for the "
            "least of her rights, even her right to wear knickerbockers.’ [8]\n")
    root = convert_text(text, "roe.txt").tree.getroot()
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == ["‘A small tool that makes revolutions’"]
    assert root.xpath("//tei:body//tei:quote", namespaces=NSMAP) == []


def test_initials_over_a_dateline_in_italics_sign_the_preface() -> None:
    # "L. C." is no division numbered 50, nor "C. D." one numbered 100; the italics do not hide the date
    book = convert_text("The Tale\n\nPREFACE.\n\nThis Tale originally appeared as a serial in a monthly magazine, for the amusement "
                        "of the fair readers of that Magazine.\n\n                                  L. C.\n\n   _October, 1885._\n\n"
                        "CHAPTER I.\n\nEXCELSIOR.\n\nThe day was all but over when the two travellers began their climb.\n", "tale.txt")
    root = book.tree.getroot()
    assert root.xpath("//tei:closer/tei:signed/text()", namespaces=NSMAP) == ["L. C."]
    assert root.xpath("//tei:closer/tei:dateline/tei:date/@when", namespaces=NSMAP) == ["1885-10"]
    assert root.xpath("//tei:div/@n", namespaces=NSMAP) == ["1"]


def test_headings_in_italics_or_wiki_fences_and_an_ordinal_chapter() -> None:
    book = convert_text("The Tale\n\n_Printed in the United States of America_\n\n_PREFACE._\n\n"
                        "Come with me, ladies and gentlemen, who are weary of the town and its noise.\n\n"
                        "== THE BRIDE ==\n\nThe sun was low when the horse-man came down from the hills.\n\n"
                        "_THE FIRST CHAPTER_\n\nTHE COBBLER'S SON\n\nThere was once a cobbler in our town who made boots.\n", "tale.txt")
    heads = [[h.text for h in div.findall("tei:head", NSMAP)] for div in book.tree.getroot().iterfind(".//tei:body/tei:div", NSMAP)]
    assert heads == [["_PREFACE._"], ["== THE BRIDE =="], ["_THE FIRST CHAPTER_", "THE COBBLER'S SON"]]
    assert book.tree.getroot().xpath("//tei:body/tei:div[3]/@n", namespaces=NSMAP) == ["1"]
    assert [p.text for p in book.tree.getroot().iterfind(".//tei:body/tei:p", NSMAP)] == ["_Printed in the United States of America_"]


def test_a_name_over_a_numbered_chapter_title_broken_over_two_lines() -> None:
    text = ("Ann Example\n\n\n1. The Days of the Downfall\nof the Old Empire\n\n"
            "Our representative in the capital called me on the telegraph machine late that night.\n")
    root = convert_text(text, "chapter.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["1. The Days of the Downfall of the Old Empire"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Example"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)


def test_a_text_dated_only_in_its_opening_sentence() -> None:
    text = ("The following document is a record of the speech delivered by Ann Roe, September 6, 1918, at a session "
            "of the city soviet, where it was heard by many.\n\nComrades, we meet at a grave hour.\n")
    conversion = convert_text(text, "speech.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1918-09-06"]
    assert not [w for w in conversion.report.warnings if "no date" in w.reason]


def test_a_headline_in_lower_case_is_the_title_and_a_wrapped_first_line_is_none() -> None:
    blog = convert_text("ann roe’s “socialism: a perspective for the left”\n\nThe following pamphlet was published in 1964 "
                        "as an outline of the ideas of the committees of that time.\n", "blog.txt")
    assert blog.tree.getroot().xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "ann roe’s “socialism: a perspective for the left”"]
    assert blog.tree.getroot().xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]  # whose work it is
    ours = convert_text("Our party’s “line” today\n\nThe line was set at the congress of that year, and it held.\n", "line.txt")
    assert not ours.tree.getroot().xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)
    wrapped = convert_text("Today it\npays to take an unbiased look at the ideological and political\ncreed of those "
                           "who follow the old leaders.\n", "interview.txt")
    root = wrapped.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Interview"]
    assert root.xpath("string(//tei:body/tei:p)", namespaces=NSMAP).startswith("Today it pays to take")


def test_a_page_line_dates_a_scanned_page_and_a_sentence_broken_by_a_blank_line_is_no_title() -> None:
    scan = convert_text("27 JULY 1912, Page 1\n\nWe greatly regret to record that the harbour strike still\n\n"
                        "remains unsettled, and on Wednesday somewhat serious rioting took place at the gates.\n", "scan.txt")
    root = scan.tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1912-07-27"]
    assert root.xpath("//tei:titlePage/tei:docDate/text()", namespaces=NSMAP) == ["27 JULY 1912, Page 1"]
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Scan"]
    assert root.xpath("string(//tei:body/tei:p)", namespaces=NSMAP).startswith("We greatly regret to record that the harbour strike still remains")
    refined = convert_text("The Harbour Strike\n\nJuly 1912\n27 JULY 1912, Page 1\n\n"
                           "We greatly regret to record that the harbour strike remains unsettled today.\n", "t.txt")  # the day refines the month
    assert refined.tree.getroot().xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1912-07-27"]
    # a title over a blank line stays the title, though the text opens in lower case
    titled = convert_text("The Harbour Strike\n\nremains unsettled, and on Wednesday somewhat serious rioting took place at the gates.\n", "t.txt")
    assert titled.tree.getroot().xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Harbour Strike"]
    asked = convert_text("What Shall the Men Do Now About the Strike at the Harbour Gates?\n\nremains the question, and on Wednesday "
                         "somewhat serious rioting took place at the gates.\n", "t.txt")
    assert asked.tree.getroot().xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "What Shall the Men Do Now About the Strike at the Harbour Gates?"]


def test_a_name_alone_between_an_introduction_and_the_text_signs_the_introduction() -> None:
    intro = ("ann roe’s “the next step”\n\nThe following pamphlet was published in 1964 as an outline of the ideas of "
             "the committees, which involved such figures as Ann Roe.\n\nJohn Kane\n\nThere are many pamphlets "
             "explaining the idea of socialism; this is not another one.\n")
    root = convert_text(intro, "blog.txt").tree.getroot()
    assert root.xpath("//tei:body/tei:div[1]/tei:closer/tei:signed/text()", namespaces=NSMAP) == ["John Kane"]
    assert root.xpath("string(//tei:body/tei:div[2]/tei:p)", namespaces=NSMAP).startswith("There are many")
    assert not root.xpath("//tei:head", namespaces=NSMAP)
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]  # not the introducer
    # Sections named after people are headings.
    sketches = convert_text("Three lives\n\nThese are sketches of three lives.\n\nJohn Kane\n\nHe was born in a mill town.\n\n"
                            "Mary Lee\n\nShe was born in the city.\n", "sketches.txt").tree.getroot()
    assert sketches.xpath("//tei:head/text()", namespaces=NSMAP) == ["John Kane", "Mary Lee"]
    chapter = convert_text("The night\n\nIt was late when they came.\n\nCHAPTER II\n\nThe morning came.\n", "novel.txt").tree.getroot()
    assert chapter.xpath("//tei:head/text()", namespaces=NSMAP) == ["CHAPTER II"]


def test_a_sidebars_teasers_over_the_page_are_removed_and_a_heading_may_read_like_a_sentence() -> None:
    teasers = "".join(f"{link}\n\n{summary}\n\n{link}\n\n" for link, summary in (
        ("Ann Roe: Letters from the Strike", "A look back at the miners' letters of 1926."),
        ("Appeal for Funds", "Help us keep the site going!")))
    text = (teasers + "A Programme for the Left\n\nShare on FacebookShare on TwitterShare on Reddit\n\n"
            "Part one: the present crisis\n\n1. The present crisis is not one of scarcity but of distribution, "
            "and it cannot be ended by the measures proposed so far by any of the parties.\n\n"
            "Part two: what is to be done\n\n2. We propose instead a programme of public works, of shorter hours "
            "and of control by those who do the work over how it is done.\n")
    conversion = convert_text(text, "programme.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["A Programme for the Left"]
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP) == [
        "Part one: the present crisis", "Part two: what is to be done"]
    assert [p.text[:6] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["1. The", "2. We "]
    removed = [(e.line, e.reason) for e in conversion.report.removed]
    assert removed[:6] == [(line, "a web page's teaser (a link to another page around its summary)")
                           for line in (1, 3, 5, 7, 9, 11)]
    assert (15, "share buttons") in removed
    # One title repeated over a paragraph is no sidebar: it stays.
    once = convert_text("The Strike\n\nIt began in May.\n\nThe Strike\n\nIt ended in November.\n", "strike.txt")
    assert not once.report.removed


def test_dates_under_a_prose_title_date_the_text_unless_they_open_a_letter() -> None:
    body = "The strike began in the spring of that year and lasted for many months, longer than anyone expected.\n"
    dated = convert_text("The Long Strike\n\nMay 3, 2004\n\nby Jane Roe\n\n" + body, "strike.txt").tree.getroot()
    assert dated.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["The Long Strike"]
    assert dated.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Jane Roe"]
    assert dated.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["2004-05-03"]
    placed = convert_text("The Long Strike\n\nby Jane Roe\n\nLondon, May 3, 2004\n\n" + body, "strike.txt").tree.getroot()
    assert placed.xpath("//tei:titlePage/tei:docDate/text()", namespaces=NSMAP) == ["London, May 3, 2004"]
    assert [p.text[:10] for p in placed.iterfind(".//tei:body//tei:p", NSMAP)] == ["The strike"]
    letter = convert_text("JANE ROE TO ANN LEE\n\nLondon, 21 February 1891\n\nDear Ann,\n\n" + body, "letter.txt").tree.getroot()
    assert letter.xpath("//tei:opener/tei:dateline/tei:date/@when", namespaces=NSMAP) == ["1891-02-21"]
    assert not letter.xpath("//tei:docDate", namespaces=NSMAP)


def test_markdown_heading_marks_are_taken_off_and_the_headings_read_as_any_other() -> None:
    text = ("The Harbour Strike\n\n#PUBLICATION NOTE\n\n"
            "This edition of The Harbour Strike has been prepared and revised for digital publication from the first edition.\n\n"
            "#INTRODUCTION NOTE\n\n"
            "This is a letter from Ann Roe to Bob Lee written at the harbour and dated the 5th of January, 1930, in the winter.\n\n"
            "Several days have gone by since New Year, and I still have not replied to your letter about the strike.\n")
    conversion = convert_text(text, "harbour.txt")
    root = conversion.tree.getroot()
    assert root.xpath("//tei:head/text()", namespaces=NSMAP) == ["PUBLICATION NOTE", "INTRODUCTION NOTE"]
    assert [(e.line, e.text) for e in conversion.report.removed if e.reason == "Markdown heading mark"] == [(3, "#"), (7, "#")]
    assert "#" not in "".join(root.xpath("//tei:text//text()", namespaces=NSMAP))


def test_a_name_in_capitals_under_the_title_and_over_the_text_is_the_author() -> None:
    text = ("Introduction\n\nANN ROE\n\n"
            "Bob Lee (1873-1958) was born in the harbour town, into a family of skilled workers with liberal views, and worked the docks.\n")
    root = convert_text(text, "introduction.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:titlePage/tei:byline/text()", namespaces=NSMAP) == ["ANN ROE"]


def test_a_byline_in_capitals_going_on_to_where_the_text_appeared_under_a_title_and_its_subtitle() -> None:
    essay = convert_text(
        "A Forgotten Organiser\n\nJane Example and the Harbour Strike\n\n"
        "By ANN O’SAMPLE. A shorter version appeared in Sample Review No 2, Leeds, Winter, 1990.\n\n"
        "Jane Example is little known outside her own town. Yet there she holds an important place in the\n"
        "history of the harbour, and of the strike that closed it for a month.\n", "essay.txt").tree.getroot()
    assert essay.xpath("//tei:titleStmt/tei:title[@type='main']/text()", namespaces=NSMAP) == ["A Forgotten Organiser"]
    assert essay.xpath("//tei:titleStmt/tei:title[@type='sub']/text()", namespaces=NSMAP) == ["Jane Example and the Harbour Strike"]
    assert essay.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["ANN O’SAMPLE"]
    assert essay.xpath("string(//tei:sourceDesc//tei:bibl)", namespaces=NSMAP) == "A shorter version appeared in Sample Review No 2, Leeds, Winter, 1990."
    assert not essay.xpath("//tei:body//tei:head", namespaces=NSMAP)


@pytest.mark.parametrize("more", ["", " It is the same in every port, and on every coast, in every year that the owners count."],
                         ids=["wrapped", "one-paragraph-a-line"])
def test_a_dateline_with_the_place_after_a_dash_and_quotations_with_their_attribution_on_the_next_line(more: str) -> None:
    long_line = "The harbour had been quiet for many years before the strike, and nobody in the town expected it."
    text = ("The Harbour Strike: A Study in Three Parts\n\n"
            "Below is the first part of my study of the harbour strike of that year; comments and corrections from readers are welcome.\n\n"
            "March 4, 2011 — Leeds\n\n"
            f"“The sea gives and the sea takes, and the owners take the rest of what the sea has given to the town.{more}\n"
            "Nobody who has worked the docks for a winter will tell you otherwise, whatever the owners may say.”\n"
            "–Ann Example 1990[1]\n\n"
            f"…the strike means by its very nature a transfer of power over the harbour to the men who work in it.{more}\n"
            "–Bob Sample, Preface to the First Edition of The Harbour and its Men (1926)[2]\n\n"
            f"{long_line}\n{long_line}\n")
    root = convert_text(text, "harbour.txt").tree.getroot()
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["2011-03-04"]
    assert root.xpath("//tei:dateline/tei:placeName/text()", namespaces=NSMAP) == ["Leeds"]
    assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    assert [bibl.text[:10] for bibl in root.iterfind(".//tei:epigraph/tei:bibl", NSMAP)] == ["–Ann Examp", "–Bob Sampl"]
    assert [p.text[:12] for p in root.iterfind(".//tei:epigraph/tei:p", NSMAP)] == ["“The sea giv", "…the strike "]
    assert [p.text[:12] for p in root.iterfind(".//tei:body//tei:p", NSMAP) if p.getparent().tag != "{http://www.tei-c.org/ns/1.0}epigraph"] == [
        "Below is the", "The harbour ", "The harbour "]


def test_a_name_with_initials_under_a_letters_title_signs_it_and_a_salutation_run_into_the_first_paragraph_opens_it() -> None:
    text = ("An Open Letter to Bob Lee\n\nA. N. Example\n\n\n"
            "Dear Bob Lee, First, I must introduce myself, since this is an unusual kind of letter. You do not know me,\n"
            "but I know your work well, and I have followed it for many years from the other side of the sea.\n")
    root = convert_text(text, "letter.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["A. N. Example"]
    assert root.xpath("//tei:titlePage/tei:byline/text()", namespaces=NSMAP) == ["A. N. Example"]
    assert root.xpath("//tei:body/tei:opener/tei:salute/text()", namespaces=NSMAP) == ["Dear Bob Lee,"]
    assert [p.text[:24] for p in root.iterfind(".//tei:body/tei:p", NSMAP)] == ["First, I must introduce "]
    # a section named after a person, in mixed case and without initials, stays a heading
    section = convert_text("Harbour Lives\n\nBob Lee\n\n" + text.split("\n\n\n")[1], "lives.txt").tree.getroot()
    assert not section.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)


@pytest.mark.parametrize("title", ["Letter from Ann Roe", "A Letter from Comrade Ann Roe to Bob Lee"])
def test_a_letters_title_naming_its_writer_names_the_author(title: str) -> None:
    text = f"{title}\n\nHarbourtown, 17 November 1918\n\nMy dearest Bob,\n\nCan you imagine how happy I was to hear your voice again?\n"
    root = convert_text(text, "letter.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [title]


def test_a_list_announced_by_a_colon_numbered_over_ranges_with_items_over_lines() -> None:
    text = ("On Tides\n\nThe recordings were many, and the following list indicates their variety:--\n\n"
            "     1-3. The story of how the moon drew the sea up the beach, given in\n"
            "     substantially the same way as published by the harbour master in his book.\n\n"
            "     4. A collection of words for the winds, with those found\n     in the harbour's logbook.\n\n"
            "     6, 7. An old tale of the drowned bell.\n\n     9. A sailors' song.\n\n"
            "It appears to me that these recordings are the best we have of the coast and its people.\n")
    root = convert_text(text, "tides.txt").tree.getroot()
    items = [" ".join("".join(item.itertext()).split()) for item in root.iterfind(".//tei:body//tei:list/tei:item", NSMAP)]
    assert [item[:12] for item in items] == ["1-3. The sto", "4. A collect", "6, 7. An old", "9. A sailors"]
    assert [p.text[:12] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["The recordin", "It appears t"]


def test_a_blank_line_inside_a_sentence_does_not_break_the_paragraph() -> None:
    text = ("The Harbour Pilots\n\nby Ann Roe\n\n"
            "Bob Jones’s The Long Tide (1969) established the standard narrative of the\n\n"
            "Harbour Pilots’ Union, long considered the most radical union on the coast. Jones confirmed it.\n\n"
            "AR: - which is a - not very wide-spread. It’s only lately, according to him, that the universities\n\n"
            "have given - all that - their attention to the history of the harbour.\n\n"
            "The following rules were laid down by the board for all of the pilots of the\n\nPort\n\n"
            "a) no pilot works alone, at night or in fog, whatever the harbour master says\n")
    root = convert_text(text, "pilots.txt").tree.getroot()
    paragraphs = [" ".join(p.text.split()) for p in root.iterfind(".//tei:body//tei:p", NSMAP)]
    assert paragraphs[:2] == [
        "Bob Jones’s The Long Tide (1969) established the standard narrative of the Harbour Pilots’ Union, long considered the"
        " most radical union on the coast. Jones confirmed it.",
        "AR: - which is a - not very wide-spread. It’s only lately, according to him, that the universities have given - all"
        " that - their attention to the history of the harbour."]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]  # the byline apart
    assert paragraphs[-1].startswith("a) no pilot")  # a list's item apart, and a one-word line under an open one
    assert "Port" not in paragraphs[-2]


@pytest.mark.parametrize(("over", "under", "joined"), [
    ("HARBOUR WEIGHTS AND MEASURES", "AND MONEY USED IN THE HARBOUR", True),
    ("HARBOUR WEIGHTS AND MEASURES", "\nAND MONEY USED IN THE HARBOUR", False),  # under two blank lines
    ("HARBOUR WEIGHTS AND MEASURES", "AND MONEY", False),  # the word alone, as a title page sets it
    ("HARBOUR WEIGHTS AND MEASURES", "AND Money Used in the Harbour", False),
    ("Harbour Weights and Measures", "AND MONEY USED IN THE HARBOUR", False),
])
def test_a_heading_in_capitals_goes_on_under_a_blank_line_with_a_word_that_joins(over: str, under: str, joined: bool) -> None:
    text = ("The Harbour Book\n\nby Ann Roe\n\nThe pilots keep their own measures, and the board its own.\n\n"
            f"{over}\n\n{under}\n\n"
            "The pilots reckon a fathom at six feet, and a cable at a hundred fathoms, as every sailor does.\n")
    root = convert_text(text, "harbour.txt").tree.getroot()
    heads = [" ".join("".join(head.itertext()).split()) for head in root.iterfind(".//tei:body//tei:head", NSMAP)]
    assert heads[-1] == (f"{over} " if joined else "") + under.strip()


def test_works_listed_one_a_line_with_their_dates_are_a_list() -> None:
    text = ("Ann Roe\n\nAnn Roe (1860 – 1929) was a harbour pilot and a writer on the sea and its trades.\n\n* * *\n\n"
            "The Harbour, July 9, 1898\n\nReview of the Pilots' Meeting: Portside, January 29-February 1, 1903\n\n"
            "A Letter to the Harbour Board, April 1, 1905\n\nNo Tolls for Us!, September 1906\n\n"
            "On Tides (interview), 1917\n")
    root = convert_text(text, "ann-roe.txt").tree.getroot()
    items = [item.text for item in root.iterfind(".//tei:body//tei:list/tei:item", NSMAP)]
    assert items[0] == "The Harbour, July 9, 1898" and items[-1] == "On Tides (interview), 1917" and len(items) == 5
    assert not root.xpath("//tei:body//tei:head | //tei:body//tei:closer", namespaces=NSMAP)
    assert [p.text[:7] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["Ann Roe"]


def test_a_byline_opening_a_text_with_no_title_names_its_author_even_a_single_name() -> None:
    text = ("by Harbourcat\nThe current period is one in which the harbour is supposed to be bankrupt, and the dockers"
            " are told that there is nothing to be done about it but wait for better days.\n"
            "Yet shortly after that event critics had already begun to doubt the credentials of the new owners of the port.\n")
    root = convert_text(text, "introduction.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Harbourcat"]
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Introduction"]
    assert len(root.xpath("//tei:body//tei:p", namespaces=NSMAP)) == 2


def test_a_headline_in_sentence_case_over_a_numbered_parts_label_is_the_title() -> None:
    text = ("Aims, methods and tasks\n\nMotion 2\n\nThis meeting\n\n"
            "1. That the harbour branches should meet once a month to discuss the work of the union and its paper.\n")
    root = convert_text(text, "motion.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title[@type='main']/text()", namespaces=NSMAP) == ["Aims, methods and tasks"]
    assert root.xpath("//tei:body//tei:head/text()", namespaces=NSMAP)[:1] == ["Motion 2"]


def test_a_title_closed_by_a_colon_over_a_subtitle_in_lower_case_and_a_byline() -> None:
    text = ("Mary Vale:\nthe weaver, her guild and the mill\n\nby Tom Reed\n\n"
            "The mill stood idle that spring, and the guild had lost half its members to the long lockout of the year before.\n")
    root = convert_text(text, "vale.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Mary Vale: the weaver, her guild and the mill"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Tom Reed"]
    assert [p.text[:8] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["The mill"]


def test_a_reviewed_books_title_over_its_byline_and_details_is_a_bibl() -> None:
    long = ("In 1958 the harbour union's small locals, long quiet, were put under a trustee by the national officers, who then"
            " banned every leaflet and every meeting that they had not called themselves, and the members fought back. ")
    text = ("Defending the Locals\n\n\nTides and Trustees:\nHow the Dockers\nWon Back Their Union\nby Ann Roe,\n"
            "Harbour Press, 2004\n195 pp $22\n\n\n" + long + "\n\n" + long + "\n")
    root = convert_text(text, "review.txt").tree.getroot()
    bibl = root.find(".//tei:body//tei:bibl", NSMAP)
    assert bibl.findtext("tei:title", namespaces=NSMAP) == "Tides and Trustees: How the Dockers Won Back Their Union"
    assert bibl.findtext("tei:author", namespaces=NSMAP) == "Ann Roe"
    assert "".join(bibl.itertext()).endswith("by Ann Roe, Harbour Press, 2004 195 pp $22")
    assert [p.text[:7] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["In 1958", "In 1958"]


def test_a_pamphlets_cover_lines_then_the_heading_its_prose_begins_under_which_is_the_title() -> None:
    text = ("to the Dockers' Conference, to-\ngether with the notes on\n\n\nTWO PENCE\n\nHARBOUR PUBLICATION DEPARTMENT\n\n"
            "14 QUAY STREET, PORTSIDE\n\n1931\n\n\n\nWHERE THE UNION\nSTANDS\n\n\nThe Chairman's Address at the\nConference, Portside, 1931\n\n\n"
            "I AM completing my second year of office, and the union has never had so many members at its conference as today.\n\n"
            "The union, from its outset until now, has been a workers' organisation, and it means to stay one for many years.\n")
    root = convert_text(text, "pamphlet.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "WHERE THE UNION STANDS", "The Chairman's Address at the Conference, Portside, 1931"]
    # a price in words, a publisher: no one who signs the pamphlet
    assert root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []
    assert root.xpath("//tei:body//tei:head[contains(., 'WHERE')]", namespaces=NSMAP) == []
    assert [p.text[:6] for p in root.iterfind(".//tei:body//tei:p", NSMAP)][-2:] == ["I AM c", "The un"]


def test_a_dateline_the_prose_begins_under_is_no_title() -> None:
    text = ("of the delegation, and the\n\n\nReval, June 7\n\n"
            "Lenin has his own way with interviewers, and he turns the tables on them before they have asked a thing.\n")
    root = convert_text(text, "interview.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Interview"]


def test_a_reviewers_line_under_the_reviewed_books_byline_names_the_author() -> None:
    text = ("A Life on the Quays\n\nBy Ann Roe\nHarbour Press (2004)\nReviewed by Tom Reed\n\n\n"
            "This is a biography of a docker who led the great strike, and the reader ends up wishing the book were longer.\n")
    root = convert_text(text, "review.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Tom Reed"]
    assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == ["By Ann Roe", "Harbour Press (2004)"]
    assert root.xpath("//tei:titlePage/tei:byline/text()", namespaces=NSMAP) == ["Reviewed by Tom Reed"]


def test_a_sites_time_stamp_under_the_title_dates_the_page_and_the_byline_below_names_the_author() -> None:
    page = convert_text("The Harbour At Home: A hundred years on, remember the words of the dockers\n2019-01-01 12:40:55 -\n\n\n"
                        "By Áine Ní Bhriain\n\n\nAs the commemorations of the first strike in 1919 go on, the name of the harbour "
                        "union's secretary is forgotten again.\n", "column.txt")
    root = page.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "The Harbour At Home: A hundred years on, remember the words of the dockers"]
    assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Áine Ní Bhriain"]
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["2019-01-01"]
    assert [p.text[:6] for p in root.iterfind(".//tei:body//tei:p", NSMAP)] == ["As the"]


def test_a_speakers_line_with_a_date_or_a_parliaments_letters_and_an_office_names_the_author() -> None:
    speech = "Harbour Programmes – on the Centenary of the Strike\n\n21 January 2019\n\n{}\n\n" \
             "The harbour is one of only a handful of ports that has kept its union, uninterrupted, for a century.\n"
    for line in ("21st January 2019. Ann Roe TD, Leader of the Harbour Party", "Ann Roe MP, Secretary of State for Harbours"):
        root = convert_text(speech.format(line), "speech.txt").tree.getroot()
        assert root.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
        assert root.xpath("//tei:notesStmt/tei:note/text()", namespaces=NSMAP) == [line]
        assert not root.xpath("//tei:body//tei:head", namespaces=NSMAP)
    # a name and an office alone may be a title
    root = convert_text("Ann Roe, leader of the first harbour suffragettes\n\nAnn Roe was born by the docks in 1870 and "
                        "lived there all her life.\n", "roe.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["Ann Roe, leader of the first harbour suffragettes"]


def test_the_writer_on_the_day_over_a_salutation_is_the_header_not_the_letters_address() -> None:
    letter = convert_text("A Letter to the Harbour Union\n\nAnn Roe on 5 March 1928\n\nDear Comrade Lee,\n\n"
                          "We have read your report on the strike with great interest, and we agree with most of it.\n", "l.txt")
    root = letter.tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:author//text()", namespaces=NSMAP) == ["Ann Roe"]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1928-03-05"]
    assert [child.tag.split("}")[1] for child in root.xpath("//tei:opener/*", namespaces=NSMAP)] == ["salute"]
    # a letter's dateline over its salutation stays its own
    dated = convert_text("A Letter to the Harbour Union\n\nLeith, 5 March 1928\n\nDear Comrade Lee,\n\n"
                         "We have read your report on the strike with great interest, and we agree with most of it.\n", "l.txt")
    assert dated.tree.getroot().xpath("string(//tei:opener/tei:dateline)", namespaces=NSMAP) == "Leith, 5 March 1928"


def test_a_letters_dateline_and_address_in_one_block_over_an_old_salutation_open_the_letter() -> None:
    paragraph = "You are not unaware that your book enjoys great popularity among the dockers of the port. " * 3
    letter = convert_text("Letter from Ann Roe to Bob Lee\n\n16 Feb. 1881, Leith,\nHarbour Road, No. 49,\n"
                          f"The union's print shop.\n\nHonoured Citizen,\n\n{paragraph}\n\n{paragraph}\n", "l.txt")
    root = letter.tree.getroot()
    opener = root.xpath("//tei:body/tei:opener", namespaces=NSMAP)[0]
    assert [(child.tag.split("}")[1], "".join(child.itertext())) for child in opener] == [
        ("dateline", "16 Feb. 1881, Leith,"), ("address", "Harbour Road, No. 49,The union's print shop."),
        ("salute", "Honoured Citizen,")]
    assert opener.xpath("tei:address/tei:addrLine/text()", namespaces=NSMAP) == ["Harbour Road, No. 49,", "The union's print shop."]
    assert root.xpath("//tei:creation/tei:date/@when", namespaces=NSMAP) == ["1881-02-16"]


def test_a_newspapers_headline_with_a_stop_over_its_deck_in_capitals() -> None:
    article = ("Smith and Jones.\nTHE GREAT HARBOUR STRIKE.\nPRISON THREATENED\n"
               "Fellow-workers, over in the jail at Leith two of our most capable fellows are lying awaiting trial.\n")
    root = convert_text(article, "article.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == [
        "Smith and Jones", "THE GREAT HARBOUR STRIKE. PRISON THREATENED"]
    assert root.xpath("//tei:head", namespaces=NSMAP) == []
    assert [p.text[:14] for p in root.xpath("//tei:body//tei:p", namespaces=NSMAP)] == ["Fellow-workers"]
    # Set apart by a blank line, a line in capitals under the title heads the text's first part.
    parted = convert_text(article.replace("PRISON THREATENED\n", "\nPRISON THREATENED\n"), "article.txt").tree.getroot()
    assert parted.xpath("//tei:titleStmt/tei:title[@type='sub']", namespaces=NSMAP) == []


def test_a_periodicals_name_month_and_number_over_the_title_and_an_interview_with_a_described_worker() -> None:
    page = ("Harbour Workers Monthly, June 1974, No. 25\n\n1974 Strike - Interview with Leith Shop Steward\n\n"
            "The following is an interview with a member of the District Committee, shop steward at the docks.\n\n"
            "HWM: How did the strike begin on the first morning at the docks?\n")
    root = convert_text(page, "interview.txt").tree.getroot()
    assert root.xpath("//tei:titleStmt/tei:title/text()", namespaces=NSMAP) == ["1974 Strike - Interview with Leith Shop Steward"]
    assert root.xpath("string(//tei:sourceDesc/tei:bibl[@type='source'])", namespaces=NSMAP) == "Harbour Workers Monthly, June 1974, No. 25"
    assert root.xpath("//tei:creation/tei:date/@notAfter", namespaces=NSMAP) == ["1974-06"]
    assert root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP) == []  # a worker described, not named
    named = convert_text(page.replace("Leith Shop Steward", "Ann Roe"), "interview.txt").tree.getroot()
    assert named.xpath("//tei:titleStmt/tei:author/tei:persName/text()", namespaces=NSMAP) == ["Ann Roe"]
