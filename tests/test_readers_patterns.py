"""The line patterns of the plain-text reader: kinds of lines, not strings of one text."""

from __future__ import annotations

import pytest

from tei_tools.readers import patterns as pt
from tei_tools.readers.dates import Date


@pytest.mark.parametrize("line", ["L. Trotsky", "Leon Trotsky", "Karl Marx and Frederick Engels", "V. I. Lenin", "Rosa Luxemburg",
                                  # double names and letters of Europe's languages
                                  "Ann Roe-Lee", "Jean-Anne Roe", "ANN ROE-LEE", "D'Arcy Roe", "Émile Roé", "Łucja Żak", "Ödön Dzierżyk",
                                  "Aodhán Ó Ríordáin", "H.Canne Roe",  # (an initial typed without its space)
                                  "Harbour Workers League", "Dockers' Party of Upper Portland"])  # bodies that write as one
def test_names(line: str) -> None:
    assert pt.name_like(line)


@pytest.mark.parametrize("line", ["On the Kirov Assassination", "Bolshevik-Leninists, forward!", "In 1926 it was so.", "Vol. 13",
                                  "Ann Roberts's Trial", "Harbours Without Illusions", "Docks Against Sails",
                                  "Roe-Lee Correspondence", "Leith Harbour Library-Dock Section",
                                  "The Dockers' Party of Portland", "Harbour Committee of the Fourth Dock",  # (histories' titles)
                                  "BUT STRIKE NOT ENDED", "DOCKS THAT HAVE HAUNTED ME",  # (a headline's clauses in capitals)
                                  "Our Harbour Conference", "Dockers' Congress"])  # (a meeting)
def test_not_names(line: str) -> None:
    assert not pt.name_like(line)


@pytest.mark.parametrize("line", ["LEON TROTSKY", "A.L.", "— V. I. L.", "ROSA LUXEMBURG", "(Signed) A.B. Roe.", "Signed: ANN ROE",
                                  "---Thomas Wentworth Roe", "--Ann Roe.", "---JT", "— AR"])  # (a name or initials after a dash)
def test_signatures(line: str) -> None:
    assert pt.is_signature(line)


@pytest.mark.parametrize("line", ["Thomas Wentworth Roe", "JT", "- Harbour Street", "--and so on."])
def test_not_signatures(line: str) -> None:
    assert not pt.is_signature(line)


@pytest.mark.parametrize(
    ("line", "titled"),
    [
        ("The Stalinist Bureaucracy and the Assassination of Kirov", True),
        ("Are Zinoviev and Kamenev Terrorists?", True),
        ("Open Letter to the C.E.C. of the U.S.S.R.", True),
        ("A Reply to Friends in America [1]", True),
        ("And let this be known to friends and enemies!", False),
        ("It was a dark night.", False),
        ("the beginning of something", False),
        ("“Why?”", False),  # a line of dialogue
        ('"Miss Smith\'s School?"', False),
        ("“Are They Terrorists”?", True),
        ("Motion (by Mr. Roe), by leave; agreed to -", False),  # a dash leading into what follows, as a colon does
        ("The Harbour Resolution:-", False),
        ("The Anglo-", True),  # (a hyphen glued to its word: a word broken over the line)
    ],
)
def test_headings(line: str, titled: bool) -> None:
    assert pt.title_like(line) is titled


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Written: 5 January 1930.", "written"),
        ("First Published: in Pravda, 1917;", "published"),
        ("First Printing: February 1935.", "published"),
        ("Source: The Militant, Vol. III No. 9", "source"),
        ("Translated: John G. Wright.", "credit:trl"),
        ("Translation: Joan Smith", "credit:trl"),
        ("Transcription/Mark-up for TIA: A. Lehrer/David Walters.", "credit:trc"),
        ("Transcription/Markup: Brian Baggins", "credit:trc"),
        ("Transcribed: Zodiac", "credit:trc"),
        ("HTML Mark-up: Einde O'Callaghan", "credit:mrk"),
        ("HTML markup/Editing: Bob Lee in 2006 for the Archive.", "credit:mrk"),
        ("Interview Conducted: 1959.", "written"),
        ("Author(s): Ann Example", "author"),
        ("Proofread: Chris Clayton", "credit:pfr"),
        ("Public Domain: Marxists Internet Archive (2005).", "licence"),
        ("Last updated on: 14 November 2014", "updated"),
        ("Last updated on 8 February 2016", "updated"),
        ("Laatst bijgewerkt: 6 maart 2021", "updated"),
        ("Updated March 2005.", "updated"),
    ],
)
def test_header_fields(line: str, kind: str) -> None:
    field = pt.parse_field(line)
    assert field is not None and field[0] == kind


def test_a_sentence_telling_when_a_speech_was_delivered_dates_the_text() -> None:
    line = "This speech was delivered in Hartford, Connecticut on November 13 1913"
    assert pt.parse_field(line) == ("written", "", line)
    assert pt.parse_field("This speech was delivered in Hartford to a large crowd.") is None  # no date: a sentence of the text


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Frantz Fanon was a prophet of liberation, writes Ann Roberts, in an exploration of his work.", "Ann Roberts"),
        ("In this final chapter of the biography of Ted Example, Ann Roberts writes about him as a man.", "Ann Roberts"),
        ("(Published in the Harbour Bulletin, Jan. 9, 1996. The statement was written by Ann Roberts)", "Ann Roberts"),
        ("Everyone writes about the weather in the spring.", None),
        ("The following is an amended version of a report delivered March 26 by Ann Roberts, the secretary.", "Ann Roberts"),
        ("The report was delivered in the hall, and the hall was built by Joe Bloggs.", None),  # another clause
        ("Ann Roe died in March. In the first of three articles Ann Roberts appraises her life.", "Ann Roberts"),
        ("In the twelfth of our series on meetings with figures from history, Ann Roberts encounters Ted Example.", "Ann Roberts"),
        ("In the end of the strike Ann Roberts recalls nothing.", None),  # no part of a series
    ],
)
def test_the_writer_a_standfirst_names(text: str, writer: str | None) -> None:
    assert pt.named_writer(text) == writer


def test_a_sentence_opening_with_published_dates_the_publication() -> None:
    stated = pt.stated_date("(Published in the Harbour Bulletin, Jan. 9, 1996.)")
    assert stated is not None and (stated[0], stated[1].when) == ("notAfter", "1996-01-09")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Transcribed by A. N. Other.", ("credit:trc", "Transcribed by", "A. N. Other")),
        ("Prepared © for the Internet by Ann J. Roberts, ajr@example.org (September 1999)",
         ("credit:trc", "Prepared © for the Internet by", "Ann J. Roberts, ajr@example.org (September 1999)")),
        ("Transcribed by Ann Roberts for the Archive.", ("credit:trc", "Transcribed by", "Ann Roberts for the Archive")),
        ("conducted by Bob Lee", ("credit:ivr", "conducted by", "Bob Lee")),  # under an interview's title, in lower case
        ("Art by Alex Roberts", ("credit:ill", "Art by", "Alex Roberts")),  # under a web article's byline
        ("EDITED BY W. J. ROE", ("credit:edt", "EDITED BY", "W. J. ROE")),  # the label as written: no word lost
        # what the translator or editor added, between commas or not
        ("Translated, with an Introduction, by Ann Roe", ("credit:trl", "Translated, with an Introduction, by", "Ann Roe")),
        ("Edited with Notes and a Preface by Bob Lee", ("credit:edt", "Edited with Notes and a Preface by", "Bob Lee")),
    ],
)
def test_a_credit_sentence_keeps_its_purpose_initials_and_address(line: str, expected: tuple[str, str, str]) -> None:
    assert pt.parse_field(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ann Roe and Bea Doe Narrators", ("author", "Narrators", "Ann Roe and Bea Doe")),
        ("Cy Lee Interviewer", ("credit:ivr", "Interviewer", "Cy Lee")),
        ("Ann Roe Interviewee", ("author", "Interviewee", "Ann Roe")),
        ("The Union of Narrators", None),  # no names before the role: a title
    ],
)
def test_an_oral_historys_credit_gives_the_role_after_the_names(line: str, expected: tuple[str, str, str] | None) -> None:
    assert pt.parse_field(line) == expected


def test_an_unknown_label_is_not_a_field() -> None:
    assert pt.parse_field("Note: this is text.") is None
    assert pt.parse_field("In this article I wrote: nothing") is None
    assert pt.parse_field("Updated figures for the year 1930 show a fall.") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Leon Trotsky > 1930 >", "breadcrumb trail"),
        ("MIA > Archive > Marx > Works", "breadcrumb trail"),
        ("Home » Works of Ann Roe » A Harbour", "breadcrumb trail"),
        ("Jump to navigation Jump to search", "wiki page chrome"),
        ("return return return", "navigation words"),
        ("Next | Previous | Contents", "navigation words"),
        ("Home l Back issues l Contact us l Search", "navigation bar"),
        ("Header Ads", "site chrome"),
        ("links big ad", "site chrome"),  # a blog template's name for the slot, in small letters
        ("Read the ad", None),
        ("Subscribe to News & Letters", "site chrome"),
        ("Great speeches badge", "site chrome"),
        ("Click here to read part 2 of the speech", "site chrome"),
        ("Click on the headline to link to the Harbour Archive website for the article listed below:", "site chrome"),
        ("Pasar al contenido principal", "site chrome"),
        ("Aller au contenu", "site chrome"),
        ("<--Previous Up Next-->", "navigation words"),
        ("Скачать книгу", "site chrome"),
        ("READ MORE", "site chrome"),
        ("WeeklyWorker", "site chrome"),
        ("Continue reading »", "site chrome"),
        ("Go Directly to The Clarion table of contents", "site chrome"),
        ("Submitted by Anon on 25 November, 2003 - 5:10", "site chrome"),
        ("You are now entering the Harbour News archive.", "site chrome"),
        ("Page generated in 0.2537 seconds.", "site chrome"),
        ("Resize: A A A Print", "site chrome"),
        ("Send to Printer, PDF or Email", "site chrome"),
        ("Issue 3-2023-200dpi", "a picture's file name"),
        ("You are now entering the harbour, where the archive of the union is kept by Ann Roe.", None),
        ("Viewing page 13 of 19", "site chrome"),
        ("Return to ‘Theses and resolutions’", "site chrome"),  # a link back to the page it names
        ("help_outline Skip to main content", "site chrome"),  # after its icon's name
        ("The Harbour Times (logo)", "site chrome"),  # a logo's alternative text
        ("We need your support to keep HarbourWatch running and make sure people across the coast can hold their councillors"
         " to account.", "site chrome"),  # a site's appeal, however long
        ("Donate to our crowdfunder", "site chrome"),
        ("image 1", "site chrome"),  # a picture's alternative text
        ("Figure 1", None),  # a paper's label over its figure's caption
        ("1 2 4 8", None),  # figures, not pages counted on
        ("1917   1918   1919   1920", None),  # a table's years
        ("View PDF (201.8 KB)", "site chrome"),  # a link to the scan, with its size
        ("This page needs to be proofread.", "wiki page chrome"),
        ("Alert me about debates like this", "site chrome"),
        ("Add Me To Your Mailing List", "site chrome"),
        ("This transcription has been completed. Contact us with corrections.", "site chrome"),
        ("Submit to DeliciousSubmit to DiggSubmit to FacebookSubmit to Google BookmarksSubmit to Twitter", "share buttons"),
        ("This page has been validated.", "wiki page chrome"),
        ("This page has been proofread, but needs to be validated.", "wiki page chrome"),
        ("page", "wiki page chrome"),  # a scanned page's link where a transcluded page begins
        ("Encyclopedia of Trotskyism On-Line: Revolutionary History", "site name"),
        ("page 117", "page number of the printed source"),
        ("p. 12", "page number of the printed source"),
        ("<< Home", "navigation words"),
        ("<<", "navigation words"),  # a pager's arrow alone
        ("PREV.   NEXT", "navigation words"),
        ("Select Page", "navigation words"),  # a site's menu folded on a small screen
        ("|<   70   71   72   73   74", "a pager's page numbers"),
        ("95   96   97   98   99   100   >>   >|", "a pager's page numbers"),
        ("This page is powered by Blogger. Isn't yours?", "site chrome"),
        ("Site hosted by Build your free website today!", "site chrome"),
        ("(36,178 posts)", "site chrome"),
        ("Leave a Reply", "comment form"),
        ("Your email address will not be published. Required fields are marked *", "comment form"),
        ("Major Theme - {title}", "web page template residue"),
        ("Posted by {{ author }}", "web page template residue"),
        ("Posted on May 2, 2012, in Labour history, Strikes. Bookmark the permalink. Comments Off on A Strike.",
         "blog post footer"),
        ("This entry was posted in Labour history. Bookmark the permalink.", "blog post footer"),
        ("%d bloggers like this:", "blog post footer"),
        ("Jump to: navigation, search", "wiki page chrome"),
        ("You are here: The Society/Trotsky in Tijuana: An interview", "breadcrumb trail"),
        ("RSS FeedRSS FeedYouTubeYouTubeTwitterTwitterFacebook GroupFacebook Group", "links to the site's feeds and social media"),
        ("Ann-Roe-1920.jpg", "a picture's file name"),
        ("HarbourLogo9.jpg (33484 bytes)", "a picture's file name"),
        ("Harbour Notes |", "site name"),
        ("</pre>", "an HTML tag"),
        ('<pre id="pg-footer">', "an HTML tag"),
        ("Skip to main content", "site chrome"),
        ("Read more in News", "site chrome"),
        ("See more in Encyclopedia of Harbours.", "site chrome"),
        ("This site is a static archive. Visit the current union website at ▸", "site chrome"),
        ("Be the first to comment", "comment form"),
        ("2 comments", "comment form"),
        ("Showing posts with label Ann Roe. Show all posts", "site chrome"),
        ("0 items(s)", "site chrome"),
        ("Cart (0)", "site chrome"),
        ("Hide Articles List", "site chrome"),
        ("5 articles on this Page", "site chrome"),
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comment form"),
        ("No comments:", "comment form"),
        ("Post Comments (Atom)", "comment form"),
        ("Fill in your details below or click an icon to log in:", "comment form"),
        ("You are commenting using your Twitter account. Log Out / Change )", "comment form"),
        ("Google+ photo", "comment form"),
        ("WordPress.com Logo", "comment form"),
        ("Connecting to %s", "comment form"),
        ("View original post 1,688 more words", "blog post footer"),
        ("Total Page:16", "site chrome"),
        ("File Type:pdf, Size:1020Kb", "site chrome"),
        ("image thumbnail  image thumbnail  image thumbnail", "site chrome"),
        ("Image removed.", "what the copy left in a picture's place"),
        ("[Photo not available]", "what the copy left in a picture's place"),
        ("Creative Commons BY-NC-SA", "the site's licence for its copy"),
        ("Facebook Twitter Share", "links to the site's feeds and social media"),  # share buttons
        ("Adobe Portable Document Format file (facsimile images)   TEI XML file   ePub eBook file", "site chrome"),  # formats offered
        ("This item has a Creative Commons license for re-use. You may share it.", "the site's licence for its copy"),
    ],
)
def test_residue(line: str, reason: str) -> None:
    assert pt.residue_reason(line) == reason


def test_a_pictures_placeholder_is_residue_in_any_text_and_stands_as_a_caption() -> None:
    assert pt.residue_reason("Image removed.", web=False) == "what the copy left in a picture's place"
    assert pt.caption_lines(["Image removed."]) == 1
    assert pt.residue_reason("Image removed from the wall, the hall was bare.", web=False) is None


def test_sentences_that_open_like_chrome_are_text() -> None:
    assert pt.residue_reason("Share on the land, share on the harvest, and share the work.") is None
    assert pt.residue_reason("Posted on the gate, the notice said the mill would close.") is None
    assert pt.residue_reason("Twitter and Facebook") is None  # a title naming them
    assert pt.residue_reason("Facebook photographs of the strike") is None
    assert pt.residue_reason("He left.") is None
    assert pt.residue_reason("2 comments on the strike were made by the chairman, who spoke first.") is None
    assert pt.residue_reason("The harbour and its men | a history") is None
    # a sentence's clause, or a table's cells one under another, closed by a cell's bar: no site's name
    assert pt.residue_reason("right, |") is None
    assert pt.residue_reason("Apologia |", ("Apologia |", "3 |")) is None
    assert pt.residue_reason("« Oui » dit-il, « à demain » et il partit.") is None  # French quotes are no trail
    assert pt.residue_reason("Page") is None  # a column's label in a table of contents


@pytest.mark.parametrize(("line", "heading"), [
    ("Introduction: The nature of capitalism", True), ("The war and the workers", True),
    ("And what can one do?", False), ("Copy to the Pravda Printing-Press.1", False),
    ("It was the end of the", False), ("the war and the workers", False),
    ("One two three four five six seven eight", False),
    ("‘A small tool that makes revolutions’", True), ("‘It was the end of the’", False),
])
def test_a_heading_written_like_a_sentence(line: str, heading: bool) -> None:
    assert pt.sentence_heading(line) is heading


def test_a_wiki_tagline_is_residue_only_beside_wiki_chrome() -> None:
    assert pt.residue_reason("From Marxists-en", ("Jump to navigation Jump to search",)) == "wiki page tagline"
    assert pt.residue_reason("From Notes from the Margins", ("Jump to: navigation, search",)) == "wiki page tagline"
    assert pt.residue_reason("From Moscow") is None
    assert pt.residue_reason("From Moscow to the Harbour, with Love", ("Jump to: navigation, search",)) is None
    assert pt.residue_reason("Page:Pentagon-Papers.djvu/263", ("From Wikisource",)) == "wiki page name"
    assert pt.residue_reason("Page:Pentagon-Papers.djvu/263") is None


def test_a_blogs_categories_are_residue_under_their_label() -> None:
    assert pt.residue_reason("Categories") == "a blog's categories"
    assert pt.residue_reason("Harbour Strikes", ("Categories", "Harbour Strikes", "A Day at the Docks")) == "a blog's categories"
    assert pt.residue_reason("Harbour Strikes") is None
    assert pt.residue_reason("The dockers came out.", ("Tags:", "The dockers came out.")) is None


def test_a_news_storys_closing_lines_are_header_fields() -> None:
    for line in ("Copyright 2023 The Associated Press. All rights reserved.", "© 2020 Reuters. All rights reserved"):
        assert pt.parse_field(line) == ("licence", "", line)
    assert pt.parse_field("Copyright 1910 by Charles Scribner's Sons") is None  # a book's title page
    for line in ("Roe reported from Harbour Town.", "Associated Press writer Ann Roe in Portside contributed to this report.",
                 "AP writers Tom Ward and Bea Lee contributed."):
        assert pt.parse_field(line) == ("note", "", line)
    for sentence in ("He contributed.", "The union reported from Portside.", "Roe reported from the front that the line held."):
        assert pt.parse_field(sentence) is None
    assert pt.organisation_like("The Associated Press") and pt.organisation_like("The Editors")
    assert not pt.organisation_like("Ann Roe")


def test_datelines() -> None:
    place, date = pt.parse_dateline("Prinkipo, March 1, 1932")
    assert (place, date.when) == ("Prinkipo", "1932-03-01")
    place, date = pt.parse_dateline("Coyoacan, D.F., August 20, 1940")
    assert (place, date.when) == ("Coyoacan, D.F.", "1940-08-20")
    assert pt.parse_dateline("May 1, 1956")[1].when == "1956-05-01"
    assert pt.parse_dateline("Leon Trotsky, 1932") is None
    # a constitution's making, before its day
    assert pt.parse_dateline("Chartered September 1, 1952")[1].when == "1952-09-01"
    assert pt.parse_dateline("As amended to December 12, 1997")[1].when == "1997-12-12"
    place, date = pt.parse_dateline("December 22, 1868. Geneva")  # the date first, as some letters open
    assert (place, date.when) == ("Geneva", "1868-12-22")
    place, date = pt.parse_dateline("February 2, 2014 — New York")  # or the place after a dash
    assert (place, date.when) == ("New York", "2014-02-02")
    assert pt.parse_dateline("May 1917. Petrograd") is None  # a month is no day: "1917. Petrograd" may be a heading's
    assert pt.parse_dateline("22nd October, 1917.'")[1].when == "1917-10-22"  # closing a quoted foreword
    assert pt.parse_dateline("Harbour Town, June 3, 1920.”")[1].when == "1920-06-03"
    place, date = pt.parse_dateline("_New York, October, 1917._")  # in italics, a comma after the month
    assert (place, date.when) == ("New York", "1917-10")
    assert pt.parse_dateline("First Impression, August, 1908") is None  # a book's printing, no place
    # a speech's date and its venue with a street's number, longer than a dateline; a sentence after the dash is none
    place, date = pt.parse_dateline("March 28, 1909 — Students’ National Literary Society, 25 Harbour Square, Portside, Ireland")
    assert (place, date.when) == ("Students’ National Literary Society, 25 Harbour Square, Portside, Ireland", "1909-03-28")
    assert pt.parse_dateline("March 28, 1909 — the strike began at the docks, and the men walked out") is None
    place, date = pt.parse_dateline("Portside - 13th April 1914")  # the place, a dash, then the date
    assert (place, date.when) == ("Portside", "1914-04-13")
    assert pt.parse_dateline("Harbour Journal – Wednesday August 7, 1912") is None  # a periodical's name and its day
    place, date = pt.parse_dateline("Portside, Kent Apr. 28, 1926")  # the county without a comma before the date
    assert (place, date.when) == ("Portside, Kent", "1926-04-28")
    assert pt.parse_dateline("Portside, March Apr. 28, 1926") is None  # (a month's name is no county)
    place, date = pt.parse_dateline("Roma 5 agosto 1922")  # no comma between, as Italian and French letters write it
    assert (place, date.when) == ("Roma", "1922-08-05")
    for words in ("Since 5 August 1922", "From 5 August 1922", "Harbour 5 August"):  # a sentence's word is no place
        assert pt.parse_dateline(words) is None


def test_a_letters_close_in_other_languages_and_the_body_it_is_signed_for() -> None:
    for close in ("Saluti comunisti.", "Saludos fraternales,", "Mit kommunistischem Gruß", "Met kameraadschappelijke groeten,"):
        assert pt.VALEDICTION.match(close), close
    assert not pt.VALEDICTION.match("Saluti a tutti quelli che verranno domani")
    for body in ("For the Executive Committee", "On behalf of the Central Committee:", "p. il Comitato Esecutivo", "Für den Vorstand"):
        assert pt.ON_BEHALF_OF.match(body), body
    assert not pt.ON_BEHALF_OF.match("For the workers of the harbour there was no work that winter.")


@pytest.mark.parametrize("line", ["May 1, 1956.", "May 1, 1956 [3]", "(May 1, 1956.) ", "Paris, May 1, 1956{2}.", "[Paris,] May 1, 1956]"])
def test_a_dateline_may_end_with_stops_brackets_and_note_markers(line: str) -> None:
    assert pt.parse_dateline(line)[1].when == "1956-05-01"


@pytest.mark.parametrize(("line", "dated"), [("LONDON, 1895.", True), ("    28 HARBOUR STREET, PORTSIDE, July 4, 1890", True),
                                             ("LONDON - 1895", False), ("LONDON", False), ("The strike of 1895.", False)])
def test_a_signers_dateline_has_a_place_in_any_case_and_a_year(line: str, dated: bool) -> None:
    assert pt.signers_dateline(line) is dated


def test_a_line_not_ending_with_a_digit_is_no_dateline() -> None:
    assert pt.parse_dateline("Paris, May 1, 1956, a sunny day") is None
    assert pt.parse_dateline("May 1956 - the end") is None


def test_names_are_split() -> None:
    assert pt.split_names("A. Lehrer/David Walters.") == ["A. Lehrer", "David Walters"]
    assert pt.split_names("Karl Marx, Frederick Engels and V. I. Lenin") == ["Karl Marx", "Frederick Engels", "V. I. Lenin"]
    # a catalogue's surname first is one name
    assert pt.split_names("Öberg, Anna") == ["Öberg, Anna"] and pt.split_names("Smith-Jones, John A.") == ["Smith-Jones, John A"]
    assert pt.split_names("Anna Öberg, John Smith") == ["Anna Öberg", "John Smith"]


def test_roman_numbers() -> None:
    assert [pt.arabic(n) for n in ("IV", "IX", "XIV", "07")] == ["4", "9", "14", "7"]


@pytest.mark.parametrize("line, names", [
    ("MARX TO ENGELS", ("MARX", "ENGELS")),
    ("Engels to Sorge (Excerpt)", ("Engels", "Sorge")),
    ("ENGELS TO FRIEDRICH ADOLPH SORGE[1]", ("ENGELS", "FRIEDRICH ADOLPH SORGE")),
    ("LETTER TO KAUTSKY", None),  # the kind of text, not a writer
    ("RESOLUTION TO STAY IN THE HARBOUR UNION", None),  # a resolution, its subject after "to"
    ("Preamble to Constitution", None),  # a part of a document, not a writer
    ("Supplement to Harbour News", None),
    ("Letter to a Friend, August 13, 1866", None),
    ("I went to London", None),
    # the editor's naming of the writer in brackets; the addressee's address, where and when the letter was dated
    ("(A.B. Roe) to Jane Doe, 4 Quay Street, Leith, dated Glasgow, 9.11.22.", ("A.B. Roe", "Jane Doe")),
    ("Ann Roe to Jane Doe, 4 Quay Street, Leith", None),  # an address with no date: a sentence may go on so
])
def test_letter_headings_name_writer_and_addressee(line: str, names: tuple[str, str] | None) -> None:
    assert pt.letter_heading(line) == names


def test_a_by_after_a_credit_label_joins_the_label() -> None:
    assert pt.parse_field("Translated and Edited: by Ann Other.") == ("credit:trl", "Translated and Edited by", "Ann Other.")


def test_datelines_with_a_house_number_or_a_bracketed_place() -> None:
    assert pt.parse_dateline("4 Cavendish Place, Eastbourne, August 8, 1887.")[0] == "4 Cavendish Place, Eastbourne"  # type: ignore[index]
    assert pt.parse_dateline("[London,] 24 February 1869")[1].when == "1869-02-24"  # type: ignore[index]
    # a number and a comma before the street; a town, its state and its country
    assert pt.parse_dateline("4, Sample-street, _July_ 29, 1857.")[0] == "4, Sample-street"  # type: ignore[index]
    assert pt.parse_dateline("Salem, Mass., U.S.A., May 3, 1948") == (
        "Salem, Mass., U.S.A.", Date(0, 11, "May 3, 1948", "1948-05-03"))


def test_a_credit_closing_a_source_line_is_split_off() -> None:
    source, credits = pt.split_source_credit(
        "Letters to a Friend (Lawrence, London, undated). Scanned and prepared for the Archive by A. N. Other.")
    assert source == "Letters to a Friend (Lawrence, London, undated)."
    assert credits == [("credit:trc", "Scanned and prepared by", "A. N. Other for the Archive")]
    assert pt.split_source_credit("The Militant, 1930. Written by hand.") == ("The Militant, 1930. Written by hand.", [])
    assert pt.split_source_credit("Harbour News, 3 August 1940. Scanned, prepared and annotated for the Archive by Cy Doe.") == (
        "Harbour News, 3 August 1940.", [("credit:trc", "Scanned, prepared and annotated by", "Cy Doe for the Archive")])


def test_fields_run_on_after_a_source_are_fields() -> None:
    assert pt.split_source_credit("Ann Roe: Harbour Writings, Leith, 1961, pp 19-25. Written : by Ann Roe; Transcribed : by Bea Doe.") == (
        "Ann Roe: Harbour Writings, Leith, 1961, pp 19-25.", [("author", "Written by", "Ann Roe"), ("credit:trc", "Transcribed by", "Bea Doe.")])
    # a colon of the source's own (a place and its publisher) is no field
    assert pt.split_source_credit("Harbour Writings, 1961. Leith: Harbour Press")[1] == []
    assert pt.split_source_credit("Harbour Writings, 1961. Leith: Harbour Press. Transcribed: Bea Doe")[1] == []


def test_written_by_a_name_is_its_author() -> None:
    assert pt.parse_field("Written : by Ann Roe") == ("author", "Written by", "Ann Roe")
    assert pt.parse_field("Written: by the sea, 1930") == ("written", "Written", "by the sea, 1930")


def test_the_rights_closing_a_source_line_are_its_licence() -> None:
    source, fields = pt.split_source_credit("Ann Roe (ed), Harbour Lives, Volume 2, Basingstoke, 2005, copyright © Bob Lee. "
                                            "Reproduced here with the permission of Bob Lee. Scanned for the Archive by Cy Doe.")
    assert source == "Ann Roe (ed), Harbour Lives, Volume 2, Basingstoke, 2005"
    assert fields == [("credit:trc", "Scanned by", "Cy Doe for the Archive"),
                      ("licence", "", "copyright © Bob Lee. Reproduced here with the permission of Bob Lee.")]
    assert pt.split_source_credit("A 1956 version published without copyright by Harbour Books")[1] == []  # no rights of its own


def test_an_editors_sentence_in_brackets_after_a_source_is_a_note() -> None:
    assert pt.split_source_credit("Ann Roe: Harbour Writings, Leith, 1963, pp. 119-129. (This translation has been checked "
                                  "against the original by a volunteer.)") == (
        "Ann Roe: Harbour Writings, Leith, 1963, pp. 119-129.",
        [("note", "", "This translation has been checked against the original by a volunteer.")])
    assert pt.split_source_credit("Harbour News, 1963. (Leith)")[1] == []  # a place in brackets is no sentence


def test_a_source_opened_by_unattributed_gives_that_statement_as_a_note() -> None:
    assert pt.split_source_credit("Unattributed, Harbour Vanguard, December 1915, p. 1 & 2") == (
        "Harbour Vanguard, December 1915, p. 1 & 2", [("note", "", "Unattributed")])


def test_a_source_opened_by_its_translator_gives_the_translators_credit() -> None:
    assert pt.split_source_credit("Unattributed but certainly translated by Ann Roe, Harbour Vanguard, October 1915, p.2;") == (
        "Harbour Vanguard, October 1915, p.2;", [("credit:trl", "translated by", "Ann Roe"),
                                                ("note", "", "Unattributed but certainly translated by Ann Roe")])
    assert pt.split_source_credit("Translated by Ann Roe, Harbour Vanguard, 1915.") == (
        "Harbour Vanguard, 1915.", [("credit:trl", "Translated by", "Ann Roe")])
    # a translation named in the source's title is no credit
    assert pt.split_source_credit("Harbour Vanguard, 1915, a new edition translated by Ann Roe, Leith")[1] == []


def test_a_translation_told_inside_a_source_gives_the_translator_and_the_original() -> None:
    source, credits = pt.split_source_credit(
        "New Essays, Volume 3, no 2, Summer 2011, translated by Ann Roe from Neue Hefte (Berlin), no 15, March 2006. "
        "Prepared for the Archive by A. N. Other.")
    assert source == "New Essays, Volume 3, no 2, Summer 2011"
    assert credits == [("credit:trl", "translated by", "Ann Roe"), ("published", "from", "Neue Hefte (Berlin), no 15, March 2006"),
                       ("credit:trc", "Prepared by", "A. N. Other for the Archive")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A record of the speech delivered by Ann Roe, September 6, 1918, at a session of the Soviet.", ("when", "1918-09-06")),
        ("Enclosure #3 to despatch no. 890, dated November 26, 1945 from Embassy, Chungking.", ("when", "1945-11-26")),
        ("The following pamphlet was published in 1964 as an outline of the ideas of the committees.", ("notAfter", "1964")),
        ("The speech was delivered to a crowd. In 1964 it was forgotten.", None),  # another sentence's date
        ("It rained on September 6, 1918, all day.", None),  # no verb telling the text's making
        ("She made her maiden speech on 7 February 1893.", ("when", "1893-02-07")),
        ("She made a boat on 7 February 1893.", None),  # something made, not a speech
        ("On January 21, 2023, members A. B. Roe and Ann Doe interviewed Joe Bloggs about his novel (2020).",
         ("when", "2023-01-21")),  # the date first: the interview's, not the novel's
        ("On January 21, 2023, it rained. The report was read.", None),
        ("Oration by the union's president, Ann Roe, on Thursday 29th August, 2013 at the graveside of Joe Bloggs.",
         ("when", "2013-08-29")),  # the occasion opening the sentence
        ("The oration by Ann Roe on 29th August, 2013 was printed.", None),  # not opening it: a sentence about one
        ("This oration was delivered on the occasion of the Harbour Society's yearly commemoration at the graveside of "
         "the union leader Joe Bloggs, Northfield Cemetery, Lowtown, 12.30 pm, Sunday, October 16, 2005",
         ("when", "2005-10-16")),  # the occasion's place and hour, then its day with the weekday
        ("This oration was delivered on the occasion of the Harbour Society's yearly commemoration at the graveside of "
         "the union leader Joe Bloggs, who fell at the harbour in the strike of October 16, 1905", None),
        ("Resolution agreed at the Party membership aggregate of December 2 1995. Published in Harbour News 121.",
         ("when", "1995-12-02")),  # the resolution agreed
        ("The programme it adopted in 1903 was forgotten.", None),  # a sentence about another programme
    ],
)
def test_a_sentence_telling_when_its_text_was_made_or_published(sentence: str, expected: tuple[str, str] | None) -> None:
    stated = pt.stated_date(sentence)
    assert (stated and (stated[0], stated[1].when)) == expected


@pytest.mark.parametrize(("line", "salute"), [
    ("Mr. Foreman and gentlemen of the Jury:", True),
    ("Friends and fellow workers!", True),
    ("Brothers and sisters:", True),
    ("Friends of mine told me the story of the strike:", False),  # a sentence, though it opens with "Friends"
    ("My dearest Anna,", True),  # a letter's salutation in the superlative
    ("Dearest friend,", True),
    ("Chers Camarades !", True), ("Liebe Genossen!", True), ("Queridos compañeros:", True),  # the archive's other languages
    ("Honoured Citizen,", True), ("Much-respected Comrade Lee,", True),  # the respect a letter of old pays
    ("Honoured by the invitation, she went.", False),
])
def test_a_letters_or_speechs_salutation(line: str, salute: bool) -> None:
    assert bool(pt.SALUTE.match(line)) is salute


@pytest.mark.parametrize(("lines", "count"), [
    (["Portrait of Ann Roe by Bob Lee", "Portrait of Ann Roe, 1981", "(Leith Gallery)", "A life"], 3),
    (["A bust of Ann Roe in Leith. (Bob Lee / Wikimedia Commons)"], 1),
    (["Ann Roe (left) with Bob Lee at the dock gates"], 1),
    (["Ann Roe, (Photo via Harbour Archive/)", "After the strike"], 1),  # a bracketed credit after the name
    (["Ann Roe (photographed in 1921) with the committee"], 0),
    (["[Illustration: a harbour"], 0),  # a placeholder left open is no caption
    (["“Ann Roe (left) is seen in our photograph, with Bob Lee; the photograph was taken in 1921 when the committee "
      "was set up to prepare for the first congress of the union, and both were delegates.”"], 0),  # a paragraph about it
    (["A life on the docks"], 0),
    (["Ann Lee Roe / Harbour World", "After the strike"], 1),  # a photographer's credit over the agency, the picture gone
    (["Left / Right"], 0),  # no name before the stroke
    (["Image of postcard showing the harbour strike", "Postcard showing the harbour strike", "One"], 2),  # alt text, caption
    # a credit after a slash closes a caption of any length, its alternative text glued to it
    (["Ann Roe Image public domainAnn Roe gave her whole life to the dockers of the port, organising them in the "
      "union and in the party through the strikes, the lockout, the war and the long years of defeat / Image: public domain",
      "After the strike"], 1),
    (["Ann Roe and Bob Lee at the 4th Congress of the Dockers' Union, Leith, 1923.", "After the strike"], 1),  # who, where, when
    (["Ann Roe spoke at the 4th Congress of the Dockers' Union, Leith, 1923."], 0),  # a verb after the name: a sentence
    (["Dockers' leaders convicted of conspiracy to obstruct the war effort in the Harbour Case, possibly en route to "
      "the County Jail at Leith (courtesy Harbour Libraries Special Collections)"], 1),  # a lender's credit closing it
    (["Ann Roe gave her whole life to the dockers of the port, organising them in the union and in the party through "
      "the strikes, the lockout, the war and the long years of defeat and the picture shows her then."], 0),
    (["Ann Roe postcard", "Ann Roe"], 1),  # who it shows, then the kind of picture in small letters
    (["The Last Portrait"], 0),  # a title naming a picture
    (["George Novack sketch"], 0),  # a biographical sketch's
    (["Left to right: Ann Roe, Bob Lee; front: Jane Doe", "After the strike"], 1),  # who stands where
    (["Ann Roe, Bob Lee and the committee of the union (1933 photo)", "After the strike"], 1),  # the year it was taken
    (["Left to right and back again, the boats went round the harbour."], 0),
])
def test_caption_lines(lines: list[str], count: int) -> None:
    assert pt.caption_lines(lines) == count


@pytest.mark.parametrize(("line", "title"), [
    ("I. – THE AIMS AND THE TACTICS", "THE AIMS AND THE TACTICS"),  # a stop, then a dash
    ("II.--The Means", "The Means"),
    ("III. The End", "The End"),
])
def test_a_numbered_heads_title_after_its_stop_and_dash(line: str, title: str) -> None:
    assert pt.NUMBERED_HEAD.match(line)["title"] == title  # type: ignore[index]


@pytest.mark.parametrize(("line", "dangles"), [
    ("... the standard narrative of the", True),
    ("Introduction and Notes For", True),  # in any case
    ("The strike was over.", False),
    ("... of theory", False),  # a word that begins like one
])
def test_a_line_dangles_when_it_stops_on_a_small_word(line: str, dangles: bool) -> None:
    assert pt.dangles(line) is dangles


def test_a_one_word_label_typed_with_a_semicolon_is_a_field() -> None:
    assert pt.parse_field("Source; Long Nights - An Oral History; Ann Roe, Harbour Books, NY, 1970.") == (
        "source", "Source", "Long Nights - An Oral History; Ann Roe, Harbour Books, NY, 1970.")
    assert pt.parse_field("However; the source was lost.") is None  # no label


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ann Roe and Bob Lee, November, 2005", ("Ann Roe and Bob Lee", "November, 2005")),  # the date after a comma
        ("Ann Roe, 2005", ("Ann Roe", "2005")),
        ("Ann Roe for the Archive", ("Ann Roe", "for the Archive")),
        ("Ann Roe, Bob Lee", ("Ann Roe, Bob Lee", "")),  # names only
    ],
)
def test_a_credit_splits_its_names_from_what_it_says_of_them(value: str, expected: tuple[str, str]) -> None:
    assert pt.split_credit(value) == expected


@pytest.mark.parametrize("label", ["Translated and Transcribed", "Translated/Edited", "Translated / Edited", "Translated from the Russian by"])
def test_a_translators_labels(label: str) -> None:
    assert pt.field_kind(label) == "credit:trl"


def test_a_menu_link_is_chrome_only_beside_another() -> None:
    assert pt.residue_reason("Contents", ("Home", "Contents", "Subscribe")) == "the site's menu"
    assert pt.residue_reason("Contents", ("CHAPTER I", "Contents", "PREFACE")) is None  # a book's contents heading
    assert pt.residue_reason("Contents") is None
    # a site's name and "home", or a kind of "links", in lower case; not a title in title case
    assert pt.residue_reason("Harbour home", ("Left links", "Harbour home")) == "the site's menu"
    assert pt.residue_reason("Coming Home", ("Left links", "Coming Home")) is None


def test_markers_listed_after_a_colon_are_mentions() -> None:
    assert [pt.note_label(m) for m in pt.note_markers("Notes have small letters: [a], [b]. See the mill.[c]")] == ["c"]
    assert [pt.note_label(m) for m in pt.note_markers("the trouble. [1], [2] Frank Moss")] == ["1", "2"]


@pytest.mark.parametrize("line", [
    "This article contains searchable text which was automatically generated and may contain errors. Join us to correct them.",
    "Thank you for correcting the text in this article. Your corrections improve searches for everyone.",
    "Article image", "Photo", "[PDF][Print]"])
def test_a_digitised_papers_notices_picture_placeholders_and_print_buttons_are_residue(line: str) -> None:
    assert pt.residue_reason(line)


def test_a_sentence_about_an_article_or_an_image_is_text() -> None:
    assert pt.residue_reason("This article was written in the winter of 1928, when the party was at its lowest.") is None
    assert pt.residue_reason("Image and reality") is None


def test_a_number_two_spaces_before_its_title_as_contents_align_it() -> None:
    assert pt.NUMBERED_HEAD.match("XVIII  MY WORKSHOP AND OTHERS")["title"] == "MY WORKSHOP AND OTHERS"
    assert pt.NUMBERED_HEAD.match("4  TESTIMONY  OF") is None  # a scan's words all two spaces apart: a running head
    assert pt.NUMBERED_HEAD.match("I  went home early.") is None
    assert pt.numbered_entries(["I  MY FIRST LOVE", "II  THE BIRTH OF A NEW PASSION", "III  THE LUXURY OF READING"])
