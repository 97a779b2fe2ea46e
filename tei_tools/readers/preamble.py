"""The top of a plain-text source: author, title, date line and archive header fields.

The preamble ends with its last line of header information; what follows is
the text itself. A line that cannot be placed is kept as a header note and
reported, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from tei_tools.readers import patterns as pt
from tei_tools.readers.dates import MONTH_NAMES, SEASON_NAMES, Date, find_dates, parse_date, refines
from tei_tools.readers.report import Report

# "Author: Title", "Title / Author" as mirrors print them, "August Bebel. Woman and Socialism": on one line.
AUTHOR_TITLE = re.compile(r"^(?P<author>[^:]{2,79}[^:\s]):\s+(?P<title>\S.{2,})$|^(?P<title2>[^/]{3,}?)\s+/\s+(?P<author2>[^/]{2,80})$"
                          r"|^(?P<author3>(?:[A-Z]\.\s?)*[^.:]{1,60}?[^\W\d_]{2})\.\s+(?P<title3>[A-Z“‘\"'][^.]{2,})$")
# "Karl Marx and Frederick Engels, March 1850": the authors and the date on one line.
# (A month's name, not any capitalised word: "Käte Duncker 1932" names Käte Duncker, in 1932.)
AUTHORS_DATE = re.compile(r"^(?P<names>[^\d,]+?),?\s+(?P<date>(?:(?i:" + MONTH_NAMES
                          + r")\.?\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d)\.?$")
TITLE_ON_DATE = re.compile(r"^(?P<title>.+?)\s+on\s+(?P<date>\d{1,2}\s+\w+\.?,?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4})$")  # "... given on 15 Oct 1987"
TITLE_WITH_DATE = re.compile(r"^(?P<title>.+?),\s+(?P<date>[^,]+(?:,\s*\d{4})?)$")
# Where a date may begin at a title's end: after a comma, a stop or a dash ("... New York City — May 8, 1920.", "... No. 15. April 12, 1941.").
# (A span's "Between" is no part of its date: "Letter to X, Between February 19 and 27, 1917".)
TITLE_DATE_CUT = re.compile(r"(?:[,.]\s+|\s+[-—–]\s+)(?:(?i:between)\s+)?")
# A speech or letter placed in its year: "Lucy Parsons' speech to the IWW in 1905" (not "Germany in 1848", a history's subject).
_DOCUMENT_KINDS = r"(?:speech|address|lecture|talk|letter|report|interview|statement|testimony)"
TITLE_IN_YEAR = re.compile(rf"^(?P<title>.*\b{_DOCUMENT_KINDS}\b.*?)\s+in\s+(?P<date>(?:[A-Z][a-z]+\s+)?(?:1[5-9]|20)\d\d)$", re.I)
# ... or its day right after its kind, as a catalogue names it: "Letter October 8, 1918 from [unidentified] to "Father"".
TITLE_KIND_DAY = re.compile(rf"^{_DOCUMENT_KINDS}\s+(?:of\s+|dated\s+)?(?P<date>(?:\d{{1,2}}\s+)?[a-z]+\.?\s+(?:\d{{1,2}},?\s+)?(?:1[5-9]|20)\d\d)\b", re.I)
POSSESSIVE = re.compile(r"['’]s?$")  # "Lunacharsky’s", "Marx'", "Engels’"
# A periodical's issue dated by its season: "International Socialism, Spring 2002". Writers date by month.
SEASON = re.compile(rf"^{SEASON_NAMES}\b", re.I)


@dataclass(frozen=True)
class Field:
    """A header field as the source states it: ``Written: 5 January 1930.``"""

    kind: str
    label: str
    value: str
    line: int


@dataclass
class Metadata:
    """What the text says about itself."""

    title: str | None = None
    title_is_file_name: bool = False  # no title in the text: the file's name stands in
    title_date: Date | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    date_line: str | None = None
    date: Date | None = None
    opening_date: Date | None = None  # the date of a letter's dateline, in its opener ("London, 7 March 1884") or else its closer
    stated_date: tuple[str, Date] | None = None  # told in an opening sentence: ("when" or "notAfter", date)
    archive_id: str | None = None
    language: tuple[str, str] | None = None  # (code, name) as the header states it; else it is detected
    refs: dict[str, str] = field(default_factory=dict)  # person's name -> authority URI (VIAF, Wikidata...)
    title_page: list[tuple[str, str]] = field(default_factory=list)  # (TEI element, line) of a book's title page
    fields: list[Field] = field(default_factory=list)
    unrecognised: list[tuple[int, str]] = field(default_factory=list)

    def first(self, kind: str) -> Field | None:
        """The first field of ``kind`` ("written", "source"...), if any."""
        return next((f for f in self.fields if f.kind == kind), None)


# A periodical's or a site's section over the article's title: "Book Reviews", "Obituaries", "Letters".
PERIODICAL_SECTION = re.compile(r"^(?:book |film |tv )?(?:reviews?|letters|speeches|articles|features|obituar(?:y|ies)|interviews"
                           r"|editorials?|opinion|analysis|essays|columns?)$", re.I)


# When the text was spoken, in brackets under the header's fields, the verb first, maybe wrapped over lines:
# "(Delivered to the People’s University," / "at the Student Federation hall, Lima, on July 13, 1923.)"; out of
# brackets, the verb is followed by where or when: "Held on the 11th and 12th of March, 1944".
# (Not with a note's marker in it: "(Delivered in the Reichstag,[a] October, 1878.)" heads the speech.)
_DELIVERED = r"(?:Delivered|Given|Spoken|Read|Broadcast|Adopted|Passed|Held)"
DELIVERED_LINE = re.compile(rf"^(?:(?P<bracket>\(){_DELIVERED}\b|{_DELIVERED}\s+(?:at|on|in|to|before|during)\s)"
                            r"[^.!?()\[\]]{0,160}\.?(?(bracket)\))$")


def delivered_line(line: str) -> bool:
    """True when ``line`` tells, maybe in brackets, when and where the text was delivered or adopted ("(Delivered at
    ..., June 3, 1921)", "(Adopted by the ... Convention, May 5-10, 1920)", "Held on the 11th and 12th of March, 1944")."""
    return bool(DELIVERED_LINE.match(line) and find_dates(line))


# A year in doubt opening a line: "1977? Los Angeles", "[1977?]".
UNCERTAIN_YEAR = re.compile(r"^\[?(?:1[5-9]|20)\d\d\?")
# The library or archive that holds the text, under its title: "Special Collections and Archives, Georgia State University
# Library", "Harbour Museum Records Office".
HOLDING_INSTITUTION = re.compile(r"^(?:[A-Z][\w'’&.-]*(?:,?\s+(?:and|of|for|the|&)\s+|,?\s+)){0,10}"
                                 r"(?:Library|Libraries|Archives?|Special Collections|Museum|Record Office|Records Office)$")

#: the longest line telling of a later printing (a longer one is a sentence of the text: "Reprinted in 1950, it ...")
REPUBLISHED_LENGTH = 100


# A digitised newspaper's page line: "27 JULY 1912, Page 1", the issue's day and the page the text is on.
DATE_AND_PAGE = re.compile(r"^(?P<date>.+?),?\s+(?:page|p\.)\s*\d+$", re.I)


def _line_date(line: str) -> Date | None:
    """The date a line gives alone, maybe with the page it stands on ("27 JULY 1912, Page 1"); None if it gives more."""
    paged = DATE_AND_PAGE.match(line) if line[-1:].isdigit() else None
    return parse_date(paged["date"] if paged else line)


def _kind(line: str, neighbours: tuple[str, ...]) -> str:
    stripped = line.strip()
    if pt.residue_reason(stripped, neighbours):
        return "residue"
    if len(stripped) <= 20 and PERIODICAL_SECTION.match(stripped) or pt.delivery_label(stripped):
        return "section"  # a periodical's section over the article, a speech's delivery label: header notes
    if pt.parse_field(stripped):
        return "field"
    if " " not in stripped and (pt.field_kind(stripped) in ("published", "written") or stripped[:4] in ("www.", "http")) \
            or UNCERTAIN_YEAR.match(stripped) or stripped[-1:] in "ysme" and HOLDING_INSTITUTION.match(stripped) and neighbours.index(line) > 0:
        # a date's label alone, its date left out of the copy ("Published"); a site's address; a year in doubt, with the
        # place maybe in doubt too (an interview's "1977? Leith, Scotland?", no date to rely on); under the title, the library
        # holding the text (the cheap test first: the last letter of "Library", "Archives", "Museum", "Office"): kept as printed
        return "listed"
    if stripped[:1] in "‘“'\"" and TITLE_FROM_SOURCE.match(stripped):
        return "title-source"
    if posted_date(stripped) or len(stripped) <= 16 and YEARLESS_DAY.match(stripped):
        return "posted"
    if HEADER_NOTE.match(stripped) and any(pt.parse_field(other) or LISTED_FIELD.match(other) for other in neighbours if other is not line):
        return "note"  # "Note: The Daily Post qualifies the title ..." among the fields (maybe unknown: "Topics: ..."), not the text
    if TITLE_FIELD.match(stripped):
        return "title-field"
    if pt.PUBLISHED_LINE.match(stripped) or stripped[:1] in "FPAT" and pt.PUBLISHED_WHERE.match(stripped):
        return "published"
    if from_source(stripped):
        return "from-source"
    if len(stripped) <= REPUBLISHED_LENGTH and (pt.REPUBLISHED.match(stripped) or CORRECTIONS.match(stripped)) \
            or stripped[:8].lower() == "another " and ANOTHER_VERSION.match(stripped):
        return "listed"  # the text's later printings and other versions, the transcriber's corrections: kept as printed
    if pt.ISSUE_LINE.match(stripped):
        return "issue"  # a periodical's issue over the page: "The Harbour Review No. 95"
    if pt.ARCHIVE_ID.search(stripped) and len(stripped.split()) > 1 and not stripped.endswith("."):
        return "archive-id"
    if stripped[:1] == "[" and (match := pt.BRACKETED.match(stripped)):
        if re.search(r"\d{4}|\bpp?\.", match["inner"]) and (
                len(stripped.split()) <= BRACKETED_SOURCE_WORDS or VOLUME_AND_PAGES.search(match["inner"])):
            return "source"  # "[Writings of Leon Trotsky, Vol. 4, 1932, New York 1973, p. 328]"; not an editor's note in brackets
        if TRANSCRIBERS_NOTE.match(match["inner"]):
            return "bracketed-note"  # "[This issue of Peking Review is from massline.org ...]": on the transcription
    if "(" in stripped and (match := pt.PARENTHESISED.match(pt.without_note_markers(stripped))) and parse_date(match["inner"]):
        return "date"  # "(March 1850)", maybe with a note marker after it
    if delivered_line(stripped):
        return "delivered"
    if (date := _line_date(stripped)) and (len(date.when or "") >= 7 or SEASON.match(stripped) and date.text == stripped):
        return "date"  # "November 1932" alone on its line, maybe with its page; a periodical's season, "Autumn 2022"
    if (stripped[:3].lower() == "by " or KIND_BYLINE.match(stripped)) and len(stripped) <= BYLINE_LENGTH and "(" not in stripped and byline(stripped):
        return "byline"  # "by Bert Cochran"; not "By Jack London (As Reprinted by ..., by permission.)"
    if (stripped[:5] == "From:" and MAIL_FROM.match(stripped)) or (stripped[:7] == "Posted " and byline(stripped)):
        return "byline"
    if (pair := _title_byline(stripped)) and pt.name_like(pair[1]):
        return "title-byline"
    if author_and_title(stripped) and not pt.parse_dateline(stripped):  # (a letter's "Troy, N.Y., Aug. 9, 1919" opens it)
        return "author-title"
    if (match := AUTHORS_DATE.match(stripped)) and (date := parse_date(match["date"])) and not SEASON.match(match["date"]) and (
            pt.name_like(match["names"]) or len(date.when or "") >= 7 and "," not in stripped and pt.SINGLE_NAME.match(match["names"])
            and not _paragraph_like(_line_after(line, neighbours))):
        # "Käte Duncker 1932"; a surname alone with the month, no comma, over the title: "Hyndman February 1915"
        # ("Paris, April 1946" places; "Red November 1918" over the standfirst is the title)
        return "authors-date"
    if stripped[:7].lower() == "signed " and (match := SIGNED_AS.match(stripped)) and pt.name_like(match["name"]):
        return "signed-as"
    if (match := SPEAKER_OFFICE.match(stripped)) and pt.name_like(match["name"]) and (match["member"] or match["date"]) \
            and (not match["date"] or parse_date(match["date"])):
        return "speaker-office"  # (a name and an office alone may be a title: "Ann Roe, leader of the harbour's suffragettes")
    if stripped[-1:] == ":" and 2 <= len(stripped.split()) <= SPEAKER_WORDS and pt.name_like(stripped[:-1]) \
            and not pt.SALUTE.match(stripped) and (following := _line_after(line, neighbours)) \
            and (posted_date(following) or parse_date(following)):
        return "speaker"  # "John Cunningham:" over the speech's date ("Thursday 27th May, 2021"): who speaks
    return "text"


def _line_after(line: str, neighbours: tuple[str, ...]) -> str:
    """The line after ``line`` among ``neighbours`` (the lines around it, or the whole top of the page); "" if none."""
    position = neighbours.index(line) if line in neighbours else len(neighbours)
    return neighbours[position + 1].strip() if position + 1 < len(neighbours) else ""


def from_source(line: str) -> str | None:
    """The reference of a line telling where the text comes from, without its "From"; or None.

    "From The Journal, Vol. 2, 1988", "From The Call, paper of the Party, May 16 1918", "From The Review, 1974",
    "From Voices of the Strike, edited by A. Roe"; not a heading ("From February to October 1917.").
    """
    match = pt.FROM_SOURCE.match(line)
    return match["value"] if match and (SOURCE_REFERENCE.search(line) or not line.endswith(".") and any(
        date.to_the_day for date in find_dates(line))) else None


# What marks a line "From ..." as a reference: pages, a volume or issue, a year (or month) after a comma, an editor.
SOURCE_REFERENCE = re.compile(r"\bpp?\.|\b[Vv]ol|\bNo\.|\d{1,3}\s?:\s?\d|\bedited by\b|"
                              r",\s*(?:(?i:" + MONTH_NAMES + r")\.?\s+)?(?:1[5-9]|20)\d\d\.?$")
# A quoted title and where it appeared: "‘The Last Letters of Joe Hill’ from Industrial Pioneer. Vol. 1. December, 1923."
TITLE_FROM_SOURCE = re.compile(r"^[‘“'\"](?P<title>[^’”\"]{3,150})[’”'\"]\s+from\s+(?P<source>.+\b(?:1[5-9]|20)\d\d\b.*)$")
# A title naming the writer of what it collects: "The Last Letters of Joe Hill", "Speeches of Eugene V. Debs".
WORKS_OF = re.compile(r"\b(?:letters|writings|speeches|poems|diary|diaries|memoirs|notebooks)\s+of\s+(?P<name>[A-Z][\w.'’ -]+)$", re.I)
# An interview's title naming the one who answers, whose words the text gives: "An Interview With Ann Roberts",
# "Left Voice Interview with Ann Roberts1" (a note marker glued to the name).
INTERVIEW_WITH = re.compile(r"\binterview\s+with\s+(?P<name>[A-Z][\w.'’ -]+?)\d{0,2}$", re.I)
# A web page's title with its writer after a dash: "Life in the Mills – Ann Example" (two names at least).
DASH_AUTHOR = re.compile(r"\s[–—]\s(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3})$")
# A title with its writer after a dash or a hyphen, as a site prints them: "On the new society - Ann Roe".
SIGNED_TITLE = re.compile(r"^(?P<title>.+?)\s(?P<dash>[-–—])\s(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3})$")
# A title naming a writer's work: "hal draper’s “independent socialism”", "Ann Example's speech to the union"
# (not "Our party’s “line”": a name does not start with a determiner).
POSSESSIVE_AUTHOR = re.compile(r"^(?!(?i:the|a|an|our|my|your|his|her|its|their|this|that|every|today|one)\b)"
                               r"(?P<name>[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,3})['’]s (?:[‘“'\"]|(?i:speech|speeches|"
                               r"letter|letters|correspondence|address|article|essay|lecture|report|statement|reply|testimony|manifesto|"
                               r"interview|poems?|diary)\b)")

# How the text was signed, and by whom: "Signed ‘JW’ that is, John Walters.", "Signed A.R., i.e. Ann Roe."
SIGNED_AS = re.compile(r"^Signed\s+(?:[‘“'\"][^’”'\"]{1,30}[’”'\"]|\S{1,30}?),?\s+(?:that is|i\.\s?e\.),?\s+(?P<name>[A-Z][\w.'’ -]+?)\.?$", re.I)
# Who speaks, with the office held, after the day's date or a parliament's letters: "21st January 2019. Brendan
# Howlin TD, Leader of the Labour Party", "Ann Roe MP, Secretary of State for Harbours".
SPEAKER_OFFICE = re.compile(r"^(?:(?P<date>[^.]{6,30})\.\s+)?(?P<name>[^,]{3,60}?)(?P<member>\s+(?:TD|MP|MEP|MSP|MLA|MS|AM|MdB|MHR))?,\s+"
                            rf"(?:the\s+)?{pt.OFFICE}\b[^.]{{0,80}}$", re.I)
#: the most words of a speaker's name over the header's date ("John Cunningham:")
SPEAKER_WORDS = 4
# A byline: "by Bert Cochran", "BY ANN ROE."
BYLINE = re.compile(r"^by\s+(?P<names>.+?)\.?$", re.I)
# A byline in the archive's other languages, of names ("Von Gustav Landauer", "Por Ann Roe", "Par Ann
# Roe", "Door Ann Roe"; "Von Trapp" alone is a name).
FOREIGN_BYLINE = re.compile(r"^(?P<word>von|por|par|door)\s+(?P<names>.+?)\.?$", re.I)
# A magazine's byline naming the kind of piece: "Feature by Ann Roe", "Review by Ann Roe" (not a picture's: "Photo by").
KIND_BYLINE = re.compile(r"^(?P<label>(?:feature|review|article|report|essay|analysis|comment|column|opinion|story|obituary|tribute|appreciation)\s+by)\s+(?P<names>.+?)\.?$", re.I)
# A blog's line of who posted the post, and in which of its categories: "Posted by WorldbyStorm in Irish Left Archive."
# (the name may be the blogger's handle)
POSTED_BY = re.compile(r"^(?P<label>Posted by)\s+(?P<names>[^\s,]+(?: [^\s,]+){0,2}?)\s+(?P<rest>in\s+\S.*)$")
HANDLE = re.compile(r"[A-Za-z][\w.-]{2,30}")
# A blog's line of when the post was posted and by whom: "Posted January 11, 2013 by Harbour History Archive" (the
# template's slot after "by" holds the poster, a person's name, a handle or a group's).
POSTED_ON_BY = re.compile(r"^(?P<label>Posted(?: on)?)\s+(?P<date>\S.{4,30}?)\s+by\s+(?P<names>[A-Z]\S*(?: \S+){0,5}?)\.?$")
#: the longest byline among header lines (two or three names)
BYLINE_LENGTH = 60
#: the most lines of text over a byline among header lines: a running head, a title, a subtitle
LINES_OVER_BYLINE = 3
# Who posted to a mailing list, as its archive prints it: "Louis Proyect lnp3 at panix.com", "Jane Roe <jroe@example.org>".
POSTER = re.compile(r"^(?P<names>[^<>@]+?)\s+(?P<address><?[\w.+-]+(?:@[\w.-]+|\s+at(?:\s+[\w-]+(?:\.[\w-]+)+)?)>?)$")
# A mail's sender, as a mail archive prints the header: "From: radtimes (resist@best.com)", "From: jroe@example.org (Jane Roe)".
MAIL_FROM = re.compile(r"^From:\s+(?:\"?(?P<names>[^()<>@\"]+?)\"?\s+(?P<address>[(<][\w.+-]+@[\w.-]+[)>]|<>)"
                       r"|(?P<mailbox>[\w.+-]+@[\w.-]+)\s+\((?P<named>[^()@]+)\))$")
# A title that ends a sentence, then the byline on its line: "Socialism — The Hope of the World. by Morris Hillquit";
# or a title in small letters, then the byline in capitals: "The Harbour Decision BY ANN ROE."
TITLE_BYLINE = re.compile(r"^(?P<title>.{10,200}?)(?:(?<=[.!?”\"’])\s+(?i:by)\s+(?P<names>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)"
                          r"|(?<=[a-z])\s+BY\s+(?P<capitals>(?:[A-Z][A-Z'’-]*\.?\s+){1,3}[A-Z][A-Z'’-]+)\.?)$")


def _title_byline(line: str) -> tuple[str, str] | None:
    """The title and the names of a line holding both ("X. by Ann Roe", "X BY ANN ROE."), or None."""
    match = TITLE_BYLINE.match(line) if " by " in line[-60:].lower() else None
    return (match["title"], match["names"] or match["capitals"]) if match else None


# Words a site sets around a title, with the title as the group "title": a mailing list's name that its archive sets
# before each subject ("[sixties-l] Passing of a Friend"); an online library's words around the title of the book it
# gives as text ('Full text of "Proceedings ..."').
LIST_TAG = re.compile(r"^\[[\w.-]{3,30}\]\s+(?P<title>\S.*)$")
# A mail's subject among its headers, under or over its sender ("From:"): its title.
MAIL_SUBJECT = re.compile(r"^(?P<label>Subject:)\s*(?P<title>\S.*)$")
FULL_TEXT_OF = re.compile(r"^Full text of\s+[\"“](?P<title>[^\"“”]+)[\"”]$")
#: those words, and why they are removed
WRAPPERS = {LIST_TAG: "the mailing list's name before the mail's subject",
            FULL_TEXT_OF: "the online library's words around the title"}


def without_wrapper(line: str, wrapper: re.Pattern[str], number: int, report: Report) -> str:
    """The title inside the words ``wrapper`` (one of :data:`WRAPPERS`) finds around it, the words reported as
    removed (line ``number``); any other line as it is."""
    if not (wrapped := wrapper.match(line)):
        return line
    report.remove(number, (line[:wrapped.start("title")] + line[wrapped.end("title"):]).strip(), WRAPPERS[wrapper])
    return wrapped["title"]


def byline(line: str) -> tuple[str, str, str] | None:
    """The names of a byline, with the words beside them that the header does not keep and why; or None.

    A byline is "by X" (a news agency too: "By The Associated Press"; "Von X Y" in another language), a mail
    archive's line of the one who posted ("Louis Proyect lnp3 at panix.com"), or a blog's ("Posted by X in Category").
    """
    if (match := BYLINE.match(line)) and (pt.name_like(match["names"]) or pt.NEWS_AGENCY.match(match["names"])):
        return match["names"], line[:2], "byline word (the author is in the header)"
    if line[:1] in "VvPpDd" and (match := FOREIGN_BYLINE.match(line)) and pt.name_like(match["names"]):
        return match["names"], match["word"], "byline word (the author is in the header)"
    if (match := KIND_BYLINE.match(line)) and pt.name_like(match["names"]):
        return match["names"], match["label"], "the piece's kind and byline word (the author is in the header)"
    if (match := POSTER.match(line)) and pt.name_like(match["names"]):
        return match["names"], match["address"], "e-mail address of the one who posted the text (the author is in the header)"
    if line[:5] == "From:" and (match := MAIL_FROM.match(line)):
        return match["names"] or match["named"], f"From: {match['address'] or match['mailbox']}", "mail header's sender label and address (the author is in the header)"
    if line[:7] == "Posted " and (match := POSTED_ON_BY.match(line)) and parse_date(match["date"]) \
            and (pt.name_like(match["names"]) or pt.title_like(match["names"]) or HANDLE.fullmatch(match["names"])):
        return match["names"], f"{match['label']} … by", "a blog's post label and byline word (the post date and the author are in the header)"
    if line[:10] == "Posted by " and (match := POSTED_BY.match(line)) and (pt.name_like(match["names"]) or HANDLE.fullmatch(match["names"])):
        return match["names"], f"{match['label']} … {match['rest']}", "a blog's poster label and the post's categories (the author is in the header)"
    return None


# A writer's name, a bar and where the writer is from: "Ann Roe | Harbour Workers' Collective, Leith"
NAME_BAR_REST = re.compile(r"^(?P<names>[^|]{3,60}?)\s+\|\s+(?P<rest>[^|\s][^|]*)$")
# A writer's name and the periodical the text appeared in, closed by its date: "Ann Roe, in The Harbour Worker,
# January 27th 1923" (a sentence goes on after the date: "Marx, in Capital, 1867, showed that ...").
NAME_IN_PERIODICAL = re.compile(r"^(?P<names>[^,]{3,60}),\s+in\s+(?P<rest>[^,]{3,80},\s+[^,]{4,30}?)\.?$")


def byline_and_rest(line: str) -> tuple[str, str] | None:
    """The names of a byline that a sentence or the source goes on from, and that rest: "By TOM O'LINCOLN. A slightly
    different version appeared in ...", "By Roy Brown, Industrial Pioneer, July 1921 ..."; or the writer's name and where
    she is from after a bar ("Ann Roe | Harbour Workers' Collective, Leith"), or the periodical after "in" ("Ann Roe, in
    The Harbour Worker, January 27th 1923"); None if the line is no such byline."""
    if (bar := NAME_BAR_REST.match(line)) and pt.name_like(bar["names"]):
        return bar["names"], bar["rest"]
    if (placed := NAME_IN_PERIODICAL.match(line)) and pt.name_like(placed["names"]) and parse_date(placed["rest"].rpartition(", ")[2]):
        return placed["names"], placed["rest"]
    if line[:3].lower() != "by " or byline(line):
        return None
    cuts = [cut for cut in re.finditer(r"[.,]\s+(?=\S)", line) if pt.name_like(line[3: cut.start()].strip())]
    if not cuts or pt.name_like(line[3:].rstrip(".")):
        return None
    # The names end where a periodical's name stands before its date, even one that reads as a name ("Industrial Pioneer").
    cut = next((cut for cut in cuts if (after := line[cut.end():].partition(", "))[1] and (dates := find_dates(after[2][:40]))
                and dates[0].start == 0), cuts[-1])
    return line[3: cut.start()].strip(), line[cut.end():]


def take_byline(metadata: Metadata, index: int, line: str, report: Report) -> int:
    """Take the author from the byline at ``lines[index]`` ("By John Riddell"); the index of the line after it.

    The rest of a byline that goes on ("By Jane Roe. First printed in X, 1990.") is the source when it
    gives a date, else a note.
    """
    if split := byline_and_rest(line):
        names, rest = split
        metadata.fields.append(Field("source" if find_dates(rest) else "note", "", rest, index + 1))
        if line[:3].lower() == "by ":
            words, reason = line[:2], "byline word (the author is in the header)"
        elif NAME_BAR_REST.match(line):
            words, reason = "|", "the bar between the author's name and where the author is from (both are in the header)"
        else:
            words, reason = "in", "the word between the author's name and the periodical (both are in the header)"
    else:
        names, words, reason = byline(line)  # type: ignore[misc]
        take_post_date(metadata, index + 1, line)
    metadata.authors = pt.split_names(names)
    report.remove(index + 1, words, reason)
    report.recognise(index + 1, line, "header field: author (a byline)")
    return index + 1


def take_post_date(metadata: Metadata, number: int, line: str) -> None:
    """Keep the date of a blog's dated byline at line ``number`` ("Posted January 11, 2013 by X"): when the post was
    posted, the page's date (a bound), not the text's."""
    if posted := POSTED_ON_BY.match(line):
        metadata.fields.append(Field("released", "", posted["date"], number))


#: how many lines from the top may spell a name the title misspells
OPENING_LINES = 30


def title_author(title: str, text: str) -> str | None:
    """The writer a title names as its own ("The Last Letters of Ann Example", "Ann Example's speech to ...",
    "An Interview With Ann Example", "My Views: Ann Example's reply to ...", "Life in the Mills – Ann Example"), or None.

    ``text`` is the start of the text: a name ending in s is often given a misspelt possessive ("Lucy Parson's
    speech") that the text spells right ("Lucy Parsons addressed ...").
    """
    if (works := WORKS_OF.search(title) or INTERVIEW_WITH.search(title) or DASH_AUTHOR.search(title)) \
            and pt.name_like(works["name"]) and not (works.re is INTERVIEW_WITH and _described(works["name"], text.replace(title, ""))):
        return works["name"]
    owner = POSSESSIVE_AUTHOR.match(title) or POSSESSIVE_AUTHOR.match(title.partition(": ")[2])
    if not (owner and pt.name_like(owner["name"].title())):
        return None
    name = owner["name"].title() if owner["name"].islower() else owner["name"]
    return f"{name}s" if f"{name}s " in text else name


def _described(name: str, text: str) -> bool:
    """True when the ``name`` an interview's title gives is a description the text tells in lower case ("Interview
    with Derry Shop Steward" over "... a member of the District Committee, shop steward in ...") and never names."""
    last = name.split()[-1]
    return last not in text and last.lower() in text


def take_title_author(metadata: Metadata, number: int, opening: str, report: Report, under: str = "") -> bool:
    """Name the author the title on line ``number`` names, if it names one. ``opening`` is the start of the text.

    A name after a dash is the writer when the text under it says so ("On the new society - Ann Roe" over "A text by
    Ann Roe, ..."), or when it is the line ``under`` the title: the title loses it and the dash (not a journal, "Back
    to Bax - Radical Chains" over "From Radical Chains no.1"). Else the title may name its writer's work (see
    :func:`title_author`) and stays whole. True when the line ``under`` the title is the name again.
    """
    if (signed := SIGNED_TITLE.match(metadata.title or "")) and pt.name_like(signed["name"]) and (
            f"by {signed['name']}" in opening or signed["name"] == under):
        metadata.title, metadata.authors = signed["title"], [signed["name"]]
        report.remove(number, signed["dash"], "the dash between the title and its author")
        report.recognise(number, signed["name"], "header field: author (after the title, named again under it)")
        return signed["name"] == under
    if owner := title_author(metadata.title or "", opening):
        metadata.authors = pt.split_names(owner)  # ("Interview with Ann Roe and Bea Doe": two)
        report.recognise(number, owner, "header field: author (whose work the title names)")
    return False


#: the most words of a source's reference in brackets, unless it gives the volume and pages
BRACKETED_SOURCE_WORDS = 40
VOLUME_AND_PAGES = re.compile(r"\bVol(?:ume)?\.?\s*[\dIVXL]+\b.{0,60}\bpp?\.\s*\d")
# An archive's note on its copy, in brackets over the text: "[MIA Note: ...]", "[This issue of X is from massline.org. ...]".
TRANSCRIBERS_NOTE = re.compile(r"^(?:(?:MIA|Transcriber['’]?s|Editor['’]?s|Editorial)\s+Note\b|This (?:issue|article|text|document|"
                               r"page|file|version)\b.{0,80}\b(?:is from|was (?:scanned|transcribed|taken)|reprinted from|first appeared))")
# Where another version of the text appeared, with its year: "Another translation entitled ... appeared in ..., 1980."
ANOTHER_VERSION = re.compile(r"^Another (?:\w+ )?(?:translation|version|edition)\b.{0,250}\b(?:appeared|was (?:published|printed))\b"
                             r".*\b(?:1[5-9]|20)\d\d\.?$", re.I)
# What the transcriber corrected: "Minor spelling errors have been corrected without indication.", "Obvious typos were fixed."
CORRECTIONS = re.compile(r"^(?:(?:minor|obvious|some|a few|typographical|spelling|printing|printer['’]s)\s+){0,3}(?:errors|typos|mistakes|misprints)"
                         r"\s+(?:have been|were|are)\s+(?:silently\s+)?(?:corrected|amended|fixed)\b.*$", re.I)
# A blog's post date over the text, the weekday first: "Tuesday, December 24, 2013", "lundi 3 mai 2004".
POST_DATE = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
                       r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+(?P<date>.+)$"
                       r"|^(?P<edition>[\w ,.]{6,30}?)\s+edition$"  # a periodical's issue: "5 May 2005 Edition"
                       # or its issue's label, maybe glued to the month as a page's template joins them: "IssueJune 2012"
                       rf"|^issue:?\s*(?P<issue>(?:{MONTH_NAMES})\b.{{4,20}})$"
                       # a site's time stamp, maybe with a dash its template left: "2019-01-01 12:40:55 -"
                       r"|^(?P<stamp>(?:199\d|20\d\d)-\d\d-\d\d)[ T]\d\d:\d\d(?::\d\d)?(?:\s*[-–|])?$", re.I)
# A blog's post date without its year ("Oct 03", "3 October"): it dates nothing.
YEARLESS_DAY = re.compile(rf"^(?:(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\.?)$", re.I)
# A blog's post date glued to the end of its title, as a page's template prints them: "Left Archive: Manifesto, c.1949
# April 11, 2011". Posts are of the web's years, and a title's own date follows a comma, a dash or a word like "of".
GLUED_POST_DATE = re.compile(rf"^(?P<title>(?:\S+\s+){{2,}}(?!(?i:on|of|in|at|since|from|until|to|by|and|before|after)\s)\S*[^\s,;:(—–-])"
                             rf"\s+(?P<date>(?i:{MONTH_NAMES})\.?\s+\d{{1,2}},\s+(?:199\d|20\d\d)|\d{{1,2}}\s+(?i:{MONTH_NAMES})\s+(?:199\d|20\d\d))$")


def split_post_date(metadata: Metadata, number: int, line: str, report: Report) -> str:
    """``line`` (numbered ``number``) without a post date glued to its end, which becomes the page's date (see
    :data:`GLUED_POST_DATE`); the line as it is if none is glued to it."""
    glued = GLUED_POST_DATE.match(line) if line[-1:].isdigit() else None  # the cheap test first
    if not glued:
        return line
    metadata.fields.append(Field("released", "", glued["date"], number))
    report.recognise(number, glued["date"], "header field: a web page's post date, glued to the title's end")
    return glued["title"]


# A note among the header's fields: "Note: ...", "Editor's Note: ...".
HEADER_NOTE = re.compile(r"^(?P<label>(?:editor['’]?s |editorial |transcriber['’]?s |translator['’]?s )?notes?):\s*(?P<value>\S.*)$", re.I)
# The title as a field, in a block of labelled fields ("Title:", "Author:", "Date:", "Source:").
TITLE_FIELD = re.compile(r"^Title:\s*(?P<title>\S.*)$")

# A stop that closes a sentence: after a word ("Stalinism. ", "1945."), not an abbreviation ("vs. ").
SENTENCE_STOP = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\d))[.!?:;][”’\"')]?(?:\s|$)")


def _review_label(scanned: list[tuple[int, str, str]]) -> int | None:
    """The number of the line labelling a review ("Book review") over the reviewed book's title, or None."""
    return next((number for position, (number, line, kind) in enumerate(scanned) if kind == "section"
                 and "review" in line.lower() and position + 1 < len(scanned) and scanned[position + 1][2] == "text"), None)


def posted_date(line: str) -> Date | None:
    """The date of a post date, the weekday first ("Tuesday, December 24, 2013"), of a periodical's edition ("5 May
    2005 Edition", to the month at least) or of a time stamp ("2019-01-01 12:40:55"), or None."""
    if not (posted := POST_DATE.match(line)):
        return None
    date = parse_date(posted["date"] or posted["edition"] or posted["issue"] or posted["stamp"])
    return date if date and (not (posted["edition"] or posted["issue"]) or len(date.when or "") >= 7) else None


# Life dates: "1913-2006", "(1872-1952)".
LIFE_DATES = re.compile(r"^\(?(?:1[5-9]|20)\d\d\s*[-–—]\s*(?:1[5-9]|20)\d\d\)?$")


# A title and its author on one line, maybe between the equals signs of a wiki's heading, maybe quoted
# and followed by its year or its dated source: "‘Franz Mehring’ by Ludwig Lore from Class Struggle. February, 1919.";
# after a quoted title a dash may stand for "by": "“The Story of An Hour”-- Kate Chopin, 1894".
TITLE_BY_AUTHOR = re.compile(r"^[=#\s]*[‘“'\"]?(?P<title>[^=#]+?)[’”'\"]?(?P<by>\s+by\s+|(?<=[’”'\"])\s*(?:--|—|–)\s*)(?P<names>[^=#]+?)"
                             r"(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d))?"
                             r"(?:\s+from\s+(?P<source>[^=#]*\b(?:1[5-9]|20)\d\d\b[^=#]*?))?[=#\s]*$")


#: a title's last word that makes "by" name someone else than its author: "..., edited by", "illustrated by"
ROLE_BEFORE_BY = re.compile(r"\b[a-z]+ed$")


def take_printed_name(metadata: Metadata, number: int, line: str, report: Report, how: str, name: str = "") -> None:
    """Take the author from a line that prints the name alone ("ANN B. ROE*", line ``number``), or the ``name`` in it
    ("Reviewed by Ann Roe"): in the header in normal case and without note markers; the line as printed on the title page."""
    metadata.authors = pt.split_names(pt.normal_case(name or line))
    metadata.title_page.append(("byline", line))
    report.recognise(number, line, f"header field: author ({how})")


def take_title_line(metadata: Metadata, number: int, line: str, report: Report, subtitle: bool = False) -> bool:
    """Take the title from a line that gives it with its author or where it is from (see :data:`TITLE_BY_AUTHOR`,
    :data:`TITLE_FROM_SOURCE`), the line numbered ``number``; False, taking nothing, if the line gives no such title.

    With ``subtitle``, the line stands under the title and gives the subtitle with its author ("A Critical History,
    Part 1 by Ann Roe, 1976").
    """
    titled = TITLE_BY_AUTHOR.match(line) if not metadata.authors else None
    if titled and pt.title_like(titled["title"]) and pt.name_like(titled["names"]) and not ROLE_BEFORE_BY.search(titled["title"]):
        metadata.authors = pt.split_names(titled["names"])
        report.recognise(number, titled["names"], "header field: author (the title's line, after 'by')")
        report.remove(number, titled["by"].strip(), "byline word (the author is in the header)")
        if titled["year"]:
            metadata.date_line, metadata.date = titled["year"], parse_date(titled["year"])
            report.recognise(number, titled["year"], "header field: date (the title's line, after the author)")
    elif subtitle or not (titled := TITLE_FROM_SOURCE.match(line)):
        return False
    if subtitle:
        metadata.subtitle = titled["title"]
        report.recognise(number, metadata.subtitle, "header field: subtitle (under the title, with its author)")
        return True
    metadata.title, metadata.title_is_file_name = titled["title"], False
    report.recognise(number, metadata.title, "header field: title (a line with its author or its source)")
    if titled["source"]:
        metadata.fields.append(Field("source", "", titled["source"], number))
        report.recognise(number, titled["source"], "header field: source (the title's line, after 'from')")
        report.remove(number, "from", "byline word (the source is in the header)")
    return True


def take_speaker(metadata: Metadata, number: int, line: str, report: Report, below: list[str]) -> bool:
    """Take the author from a parliament's record naming its speaker (see :data:`~patterns.PARLIAMENT_SPEAKER`), the
    line numbered ``number``, in normal case ("MR. J.KEIR HARDIE" -> "J. Keir Hardie"); False if the line names none,
    or if a speaker speaks in the lines ``below`` it too: a question and its answers are the record of several."""
    if metadata.authors or not (speaker := pt.PARLIAMENT_SPEAKER.match(line)) or not speaker["name"] \
            or any(pt.PARLIAMENT_SPEAKER.match(other) for other in below):
        return False  # (an office names no one: "The PRIME MINISTER")
    metadata.authors = [re.sub(r"\.(?=\w)", ". ", speaker["name"]).title()]
    metadata.title_page.append(("byline", line))  # as printed, with the seat
    report.recognise(number, line, "header field: author (the speaker, as a parliament's record names him)")
    return True


def author_and_title(line: str) -> tuple[str, str] | None:
    """The author and the title of an "Author: Title", "Title / Author" or "Author. Title" line."""
    match = AUTHOR_TITLE.match(line) if ":" in line or " / " in line or ". " in line else None
    author, title = (match["author"] or match["author2"] or match["author3"], match["title"] or match["title2"] or match["title3"]) if match else ("", "")
    # "Ted Grant: 1913-2006" heads an obituary: the life dates are no title, the line is the title; so does a name
    # described after its colon ("Ann Roe: a revolutionary life", "Ann Roe: Worker, Founder, Visionary"): its subject;
    # so does a name after it ("Red Dawn: Ann Roe" reviews a book on Ann Roe). Ideas are no authors ("Socialism and
    # Democracy: A Conversation").
    return (author, title) if match and pt.name_like(author) and not pt.NUMBERED_HEAD.match(line) and not (
        LIFE_DATES.match(title) or match["author"] and (DESCRIBED.match(title) or pt.name_like(title))
        or ABSTRACT_NOUN.search(author) or BOOK_BY.search(title)) else None


# A book's writer named after its title, as a review heads itself: "Ann Roe: A Life, by Bob Lee, Harbour Press, 288 pp":
# the name before the colon is the book's subject.
BOOK_BY = re.compile(r",\s+by\s+[A-Z]")
# The reference of a reviewed book over the review, its price, pages or ISBN after the writer: "..., by Bob Lee, Harbour Press,
# 288 pp, £18.99, ISBN: ...".
REVIEWED_BOOK = re.compile(BOOK_BY.pattern + r".*(?:" + pt.BOOK_PRICE_OR_PAGES.pattern + r"|\bISBN)")
# A word naming an idea, not a person ("Socialism", "Democracy", "Revolution"; not "Clement" or "Ness").
ABSTRACT_NOUN = re.compile(r"\b\w{3,}(?:ism|cracy|tion|sion|ness)s?\b", re.I)
# What a colon after a name may open that describes the person: words all in lower case (not "the Speech he gave"),
# or a list of single words.
DESCRIBED = re.compile(r"^[a-z][^A-Z]*$|^[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)+(?:,?\s+and\s+[A-Z][\w'’-]*)?$")


#: the words closing a title that a source must give after the name of its author
SOURCE_TITLE_WORDS = 3


def _author_in_source(source: str, title: str) -> str | None:
    """The author a source names first, before the title ("Robert Arch, EB Bax, Thinker and Pioneer, (1927)" under
    "Ernest Belfort Bax, Thinker and Pioneer"), or None."""
    writer, _, rest = source.partition(", ")
    closing = " ".join(title.split()[-SOURCE_TITLE_WORDS:]).lower()
    return writer if len(writer.split()) > 1 and pt.name_like(writer) and closing in rest.lower() else None


def _another_writer(name: str, lines: list[str]) -> bool:
    """True when the opening lines say someone other than ``name`` wrote the text: "Frantz Fanon: Prophet of
    African liberation" over "..., writes Cameron Duodu" names its subject, not its author."""
    writer = pt.named_writer(" ".join(lines[:OPENING_LINES]))
    return bool(writer) and writer != name


def _common_words(name: str, lines: list[str]) -> bool:
    """True when the text writes every capitalised word of ``name`` in lower case too: words, not a person's names
    ("Programme and Party: Broad bad, mass good" over a text on "a programme" and "the party")."""
    words = re.findall(r"\b[A-Z][a-z]{2,}\b", name)
    text = " ".join(lines)
    return bool(words) and all(re.search(rf"\b{word.lower()}\b", text) for word in words)


def _in_book_details(lines: list[str], index: int) -> bool:
    """True when the line at ``index`` stands in a block of lines (no blank line between) that closes with a
    book's year and its price or pages: a reviewed book's byline ("By Livio Maitan" over "Merlin Press, 2019, 456
    pages, $28."), not the text's."""
    end = index
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return end > index and bool(pt.BOOK_PRICE_OR_PAGES.search(lines[end]) and find_dates(lines[end]))


def _paragraph_like(line: str) -> bool:
    """A sentence of text: long, or twelve words closed by a stop or by a colon that announces a quotation."""
    words = line.split()
    # A long line with no sentence in it is a list of topics ("Leninism vs. Stalinism – Daily Worker ‘Discussion’ – ...").
    if len(line) > 150 and SENTENCE_STOP.search(line):
        return True
    return len(words) >= 12 and (line.rstrip()[-1:] in ".!?”\"" or line.rstrip().endswith((":", ":-")))


def has_header_lines(lines: list[str], dates: bool = True) -> bool:
    """True when the top of the text holds archive header lines (fields, a source, site residue; with ``dates``, a date)."""
    numbered = list(islice(((index, line.strip()) for index, line in enumerate(lines) if line.strip()), 60))
    joined = _join_broken_lines(numbered)[0][:40]
    top = tuple(line for _, line in joined)
    # a byline is a book's or an article's too, a section's label ("Letters") may head any text, and a prose title may
    # stand over when its text was delivered ("(Delivered at ..., June 3, 1921)")
    ignored = {"text", "byline", "section", "delivered"} if dates else {"text", "byline", "date", "section", "delivered"}
    opened = False
    for position, line in enumerate(top):
        kind = _kind(line, top)
        opened = opened or _opens_text(kind, joined, position)
        # an author and a title on one line open a text; under its first paragraph, "Langston Hughes. Even Michael
        # Gold and ..." is a wrapped sentence's line
        if kind not in ignored and not (opened and kind == "author-title") and not pt.UNDERLINE.match(line):
            return True
    return False


def _opens_text(kind: str, numbered: list[tuple[int, str]], position: int) -> bool:
    """True when the line at ``position`` of ``numbered``, of ``kind``, is the text's first: it reads as a paragraph's."""
    return kind == "text" and (_paragraph_like(numbered[position][1]) or pt.opens_paragraph(numbered[position: position + 2]))


def read_preamble(lines: list[str], report: Report) -> tuple[Metadata, int]:
    """Read the header lines at the top of ``lines``.

    Returns the metadata and the index of the first line of the text proper.
    """
    numbered, last_lines = _join_broken_lines([(index, line.strip()) for index, line in enumerate(lines) if line.strip()])
    scanned: list[tuple[int, str, str]] = []
    speakers = pt.speaker_labels(line for _, line in numbered)  # an interview's: its first speech opens the text
    for position, (index, line) in enumerate(numbered):
        neighbours = tuple(text for _, text in numbered[max(0, position - 1): position + 2])
        kind = _kind(line, neighbours)
        if kind != "field" and pt.labelled(line, speakers):
            break
        if kind == "byline" and sum(kind_ == "text" for _, _, kind_ in scanned) > LINES_OVER_BYLINE:
            kind = "text"  # a byline far down, under a poem's lines, belongs to the text, not the header
        if kind == "delivered" and scanned and scanned[-1][2] == "text":
            kind = "text"  # an aside of the text (under an epigraph's source), not the header's
        if _opens_text(kind, numbered, position):
            break
        if kind == "byline" and _in_book_details(lines, index):
            while scanned and scanned[-1][0] == index - 1:  # the reviewed book's block, with its title over the byline
                index = scanned.pop()[0]
            break
        scanned.append((index, line, kind))
    _mark_field_list(scanned)
    end = _preamble_end(scanned)
    metadata = Metadata()
    texts: list[tuple[int, str]] = []
    wiki_title: tuple[int, str] | None = None
    mail = any(kind == "byline" and line[:5] == "From:" for _, line, kind in scanned[: end + 1])
    for position, (index, line, kind) in enumerate(scanned[: end + 1]):
        number = index + 1
        if mail and kind in ("listed", "text") and (subject := MAIL_SUBJECT.match(line)):
            report.remove(number, subject["label"], "the mail's subject label (the subject is the title)")
            line, kind = subject["title"], "text"
        if kind == "residue":
            reason = pt.residue_reason(line, tuple(t for _, t, _ in scanned)) or "residue"
            report.remove(number, line, reason)
            if reason == pt.WIKI_TAGLINE_REASON and texts and texts[-1][0] == scanned[position - 1][0] + 1:
                wiki_title = texts[-1]  # a wiki prints its page's title over "From Strugglepedia"
            elif reason in (pt.NAVIGATION_REASON, pt.MENU_REASON) and any(later.strip() for later in islice(lines, index + 1, None)):
                # the lines over a site's menu or its "<--Previous Up Next-->" are the site's (its tagline, the book a
                # chapter stands in), not the page's title under it: header notes
                for over in texts:
                    _keep_in_header(metadata, *over, report)
                texts = []
        elif kind == "field":
            kind_, label, value = pt.parse_field(line)  # type: ignore[misc]
            if kind_ == "author" or kind_ == "written" and not metadata.authors and "," not in value \
                    and not find_dates(value) and pt.name_like(value):
                # ("Written: William Z. Foster": who wrote it, where the date of writing should stand; not a place
                # without a date, "Written: Coyoacan, Mexico")
                _take_author_field(metadata, number, label, value, report)
            elif kind_ == "credit:ivr" and (dated := pt.DATED_ENDING.match(value)) and parse_date(dated["date"]):
                # "CONDUCTED BY ANN ROE AND BOB LEE, 26TH AUGUST 2014.": the interview's day is when the text was made
                metadata.fields += [Field(kind_, label, dated["name"], number), Field("written", "", dated["date"].rstrip("."), number)]
            elif kind_ == "source" and (split := pt.split_source_credit(value))[1]:
                source, credits = split
                metadata.fields.append(Field("source", label, source, number))
                for credit in credits:  # ("... pp 19-25. Written : by Ann Roe": who wrote it, run on after the source)
                    if credit[0] == "author":
                        _take_author_field(metadata, number, *credit[1:], report)
                    else:
                        metadata.fields.append(Field(*credit, number))
            else:
                metadata.fields.append(Field(kind_, label, value, number))
        elif kind in ("section", "listed", "bracketed-note"):
            # kept as printed, a header note: the section the article stands in, a field we know no kind of (a date's
            # label alone, a site's address, a later printing), an archive's note in brackets
            metadata.fields.append(Field("note", "", line, number))
        elif kind == "delivered":
            metadata.fields.append(Field("written", "", line, number))
        elif kind == "posted":  # when the page was posted, not when the text was made: the copy's date, and a bound
            value = line
            if (posted := POST_DATE.match(line)) and posted["issue"]:  # "IssueJune 2012": the date, without its label
                report.remove(number, line[:posted.start("issue")], "the issue's label (its date is in the header)")
                value = posted["issue"]
            metadata.fields.append(Field("released", "", value, number))
        elif kind == "note":
            match = HEADER_NOTE.match(line)
            metadata.fields.append(Field("note", match["label"], match["value"], number))  # type: ignore[index]
            report.remove(number, match["label"], "field label (its value is in the TEI header)")  # type: ignore[index]
        elif kind == "published":
            match = pt.PUBLISHED_LINE.match(line) or pt.PUBLISHED_WHERE.match(line)
            metadata.fields.append(Field("published", match["label"], match["value"], number))  # type: ignore[index]
        elif kind == "archive-id":
            metadata.archive_id = pt.ARCHIVE_ID.search(line)["id"]  # type: ignore[index]
            report.remove(number, line, "archive listing line (its identifier is kept as idno)")
        elif kind == "issue" and not texts and metadata.fields and metadata.fields[-1].kind == "issue" and metadata.fields[-1].value == line:
            # the issue set twice, as the page's title and its heading: the issue's own page ("The Militant. Vol. 5. No. 15.
            # April 12, 1941." over its contents), which it titles
            texts.append((metadata.fields.pop().line, line))
            report.remove(number, line, "the title line repeated (the page's title, then its heading)")
            continue
        elif kind == "issue":
            # the source, unless a fuller one is given (the brackets around "(Harbour Review, No. 23, October 1982)" are none of it)
            bracketed = pt.PARENTHESISED.match(line.removesuffix("."))
            metadata.fields.append(Field("issue", "", bracketed["inner"] if bracketed else line, number))
        elif kind == "from-source":
            metadata.fields.append(Field("source", "From", from_source(line), number))  # type: ignore[arg-type]
        elif kind == "source":
            metadata.fields.append(Field("source", "", pt.BRACKETED.match(line)["inner"], number))  # type: ignore[index]
        elif kind == "date" and (not metadata.date_line or refines(_line_date(pt.without_note_markers(line)), metadata.date)):
            metadata.date_line, metadata.date = line, _line_date(pt.without_note_markers(line))  # "1936", then "August 10, 1936"
        elif kind in ("authors-date", "text") and AUTHORS_DATE.match(line) and not _carried_on(texts, number) and (
                stated_below := _periodical_running_head(line, scanned[position + 1: end + 1])) is not None \
                and (stated_below or kind == "authors-date"):
            _running_head(metadata, number, line, stated_below, report)  # "Fourth International, March 1945" over the page
        elif kind == "byline" and (review := _review_label(scanned[:position])) is not None:
            # under "Book review" the reviewed book: its title and its author's byline are header notes, not the page's
            for book_line in [text for text in texts if text[0] > review] + [(number, line)]:
                metadata.fields.append(Field("note", "", book_line[1], book_line[0]))
            texts = [text for text in texts if text[0] < review]
        elif kind == "byline":
            names, words, reason = byline(line)  # type: ignore[misc]
            if metadata.authors or any(kind_ == "text" and (text == names or INTERVIEW_WITH.search(text))
                                       for _, text, kind_ in scanned[: end + 1]):
                # the author named again, as printed; or under "An Interview With X" the interviewer's byline
                metadata.fields.append(Field("note", "", line, number))
            else:
                metadata.authors = pt.split_names(names)
                report.remove(number, words, reason)
                take_post_date(metadata, number, line)
        elif kind == "speaker" and not metadata.authors:
            metadata.authors = [line[:-1]]
            report.remove(number, ":", "the colon after the speaker's name (the author is in the header)")
        elif kind in ("signed-as", "speaker-office"):
            # the name the signature stands for, or the speaker's, is the author's; the line is kept as printed
            metadata.authors = metadata.authors or [(SIGNED_AS.match(line) or SPEAKER_OFFICE.match(line))["name"]]  # type: ignore[index]
            metadata.fields.append(Field("note", "", line, number))
        elif kind == "authors-date" and not metadata.authors and len(texts) <= 1 and not _over_author_and_title(scanned[position + 1: end + 1]):
            match = AUTHORS_DATE.match(line)
            metadata.authors = pt.split_names(match["names"])  # type: ignore[index]
            if joiners := pt.joiners(match["names"]):  # type: ignore[index]
                report.remove(number, " ".join(joiners), "words joining the authors' names")
            if not metadata.date_line:
                metadata.date_line, metadata.date = match["date"], parse_date(match["date"])  # type: ignore[index]
        elif kind == "title-source" and not texts:
            match = TITLE_FROM_SOURCE.match(line)
            texts.insert(0, (number, match["title"]))  # type: ignore[index]
            metadata.fields.append(Field("source", "from", match["source"], number))  # type: ignore[index]
        elif kind == "title-byline" and not metadata.authors:
            title, names = _title_byline(line)  # type: ignore[misc]
            for over in texts:  # a running head over the title ("Keynote Speech to the Convention [May 8, 1920] 1")
                _keep_in_header(metadata, *over, report)
            texts = [(number, title)]
            metadata.authors = pt.split_names(names)
            report.remove(number, "by", "byline word (the author is in the header)")
        elif kind == "title-field":  # "Title: ..." in a block of fields: the title, before any line over it
            texts.insert(0, (number, TITLE_FIELD.match(line)["title"]))  # type: ignore[index]
            report.remove(number, "Title", "field label (its value is in the TEI header)")
        elif kind == "author-title" and not (metadata.authors or texts) and not any(
                kind_ == "byline" or kind_ == "text" and pt.title_like(text) and not _part_title(text)
                for _, text, kind_ in scanned[position + 1: end + 1]) and not _another_writer(
                (pair := author_and_title(line))[0], lines) and not _common_words(pair[0], lines):  # type: ignore[index]
            author, title = pair  # type: ignore[misc]
            metadata.authors = pt.split_names(author)
            texts.insert(0, (number, split_post_date(metadata, number, title, report)))
        else:
            texts.append((number, line if texts else split_post_date(metadata, number, line, report)))
        report.recognise(number, line, f"preamble: {kind}")
    if wiki_title:  # the lines under the wiki's chrome (a picture's caption, "Tom Bell, 1882–1944") are no title,
        # but for the work's own title under a subpage's name
        title = next((text for text in texts if _names_work_of_subpage(wiki_title[1], text[1])), wiki_title)
        for over in (text for text in texts if text != title):
            _keep_in_header(metadata, *over, report)
        texts = [title]
    owner = next((name for _, line, kind in scanned[: end + 1] if kind == "residue" and (name := _link_bar_archive(line))), "")
    _assign_texts(metadata, texts, report, " ".join(line for _, line, _ in scanned[end + 1:]), owner)
    if metadata.title and any(kind == "byline" and MAIL_FROM.match(line) for _, line, kind in scanned[: end + 1]):
        metadata.title = without_wrapper(metadata.title, LIST_TAG, texts[0][0], report)
    if not metadata.authors and metadata.title and (source := metadata.first("source")) \
            and (writer := _author_in_source(source.value, metadata.title)):
        metadata.authors = [writer]
        report.recognise(source.line, writer, "header field: author (named in the source, before the title)")
    if not metadata.authors and metadata.title:
        take_title_author(metadata, texts[0][0], " ".join(lines[:OPENING_LINES]), report)
    if not metadata.authors and (written := metadata.first("written")) and (by := SPEAKER.search(written.value)):
        metadata.authors = [by["name"]]  # "Speech Delivered: In English by Wilhelm Liebknecht on May 27th, 1896"
        report.recognise(written.line, by["name"], "header field: author (named in the date of writing)")
    # The archive a page stands in is its author's, unless the editor says the text is unsigned (a review of the
    # author's book, found among the author's papers).
    presumed = not metadata.authors and not pt.UNSIGNED.search(" ".join(lines[:OPENING_LINES]))
    for index, line, kind in scanned[: end + 1] if presumed else ():
        if kind == "residue" and (name := _archive_author(line)):
            metadata.authors = [name]
            report.recognise(index + 1, name, "header field: author (the archive's breadcrumb trail)")
            break
    body_start = last_lines.get(scanned[end][0], scanned[end][0]) + 1 if scanned and end >= 0 else 0
    if metadata.title and INTERVIEW_WITH.search(metadata.title) and name_over_prose(
            under := list(islice(((index, line.strip()) for index, line in enumerate(lines[body_start:], body_start) if line.strip()), 2))):
        index, name = under[0]  # "Interview with Ann Roe" / "Bea Doe" / the text: who asks the questions
        metadata.fields.append(Field("credit:ivr", "Interviewer", name, index + 1))
        report.recognise(index + 1, name, "header field: credit:ivr (a name under an interview's title)")
        body_start = index + 1
    return metadata, body_start


def _take_author_field(metadata: Metadata, number: int, label: str, value: str, report: Report) -> None:
    """Add the authors an author field names ("Author: Ann Roe", "Written: by Ann Roe") to those known."""
    metadata.authors += pt.split_names(value, commas=False)
    report.remove(number, label, "field label (its value is in the TEI header)")


def name_over_prose(lines: list[tuple[int, str]]) -> bool:
    """A name alone over a line of prose: "Ann Example" over the article (its byline, or the name of its first part)."""
    return len(lines) == 2 and 2 <= len(lines[0][1].split()) <= 4 and len(lines[1][1].split()) >= pt.PROSE_LINE_WORDS \
        and pt.name_like(lines[0][1])


# A field label alone on its line ("Source:"), its value broken over the lines under it, as web pages copy.
LABEL_ALONE = re.compile(r"^(?P<label>[A-Z][A-Za-z/\\ -]{1,40}):$")


# A volume and its pages under a source: "Vol. 34, pp. 74-75."; or pages in a short line ("Second Printing 1967, pp. 117-28.")
VOLUME_LINE = re.compile(r"^(?:vol(?:ume)?\.?|pp?\.|no\.)\s*\d", re.I)
PAGES = re.compile(r"\bpp?\.\s*\d")
YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
#: the most words of a line carrying on a source: a publisher, a place and year, a printing and its pages
SOURCE_LINE_WORDS = 8


#: the most words of a note in brackets whose lines are joined
BRACKETED_NOTE_WORDS = 120
#: the bracket that closes a note opened by each bracket, wrapped over header lines
BRACKET_PAIRS = {"[": "]", "(": ")"}


def _join_broken_lines(numbered: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """Join the lines of a header statement broken over several, as web pages copy them.

    Returns the lines, joined, and the index of the last line of each joined one (by its first).
    """
    joined: list[tuple[int, str]] = []
    last_lines: dict[int, int] = {}
    position = 0
    while position < len(numbered):
        index, line = first = numbered[position]
        position += 1
        # The cheap test first (this runs for every line of the text): each statement opens or goes on so.
        while position < len(numbered) and (
                # a note in brackets goes on: "[This issue ..." / "... massline.org]", "(Delivered to ...," / "... 1923.)"
                line[:1] in "[(" and BRACKET_PAIRS[line[0]] not in line and line.count(" ") < BRACKETED_NOTE_WORDS
                or (first[1].endswith(":") or first[1].startswith("From ") or numbered[position][1].startswith("by "))
                and _carries_on(first[1], line, numbered[position][1])
                # (a source left open by a semicolon or a comma, or broken before a line a comma leaves open:
                # "Source: International" / "Communist Review," / "Issue 7, 2017.")
                or (line[-1:] in ";," or numbered[position][1][-1:] == ",") and numbered[position][0] == last_lines.get(index, index) + 1
                and _source_goes_on(first[1], numbered[position][1])
                or line.lower() == "by" and pt.name_like(numbered[position][1].rstrip("*.†"))  # "By" / "Ann Roe*."
                # who posted the page, the day on the next line: "Submitted by X on" / "IR 42, 3rd Quarter 1985"
                or line[-3:] == " on" and bool(pt.SUBMITTED_BY.match(f"{line} {numbered[position][1]}"))):
            line = f"{line} {numbered[position][1]}"
            last_lines[index] = numbered[position][0]
            position += 1
        joined.append((index, line))
    return joined, last_lines


def _carries_on(first: str, line: str, following: str) -> bool:
    """True when ``following`` carries on the statement ``line`` (which began as ``first``).

    A field label alone ("Source:") takes the lines of its value, up to the next field; a source
    left open by a comma or a small word ("From V. I. Lenin, Collected Works,", "From the") or
    without its year yet its next short lines, and the volume and pages under it; a credit its
    name on the next line ("Translated from the Russian" / "by X").
    """
    if (match := LABEL_ALONE.match(first)) and pt.field_kind(match["label"]):
        return _continues_field(following)
    if first.startswith("From "):
        unfinished = line.endswith(",") or pt.dangles(line) or (
            not YEAR.search(line) and len(following.split()) <= SOURCE_LINE_WORDS and not pt.residue_reason(following)
            and not pt.SALUTE.match(following) and not pt.parse_field(following))
        # (a source names its year; "Dear Ann Roe" under it opens the letter, "Source: ..." is a field of its own)
        return unfinished and not _paragraph_like(following) or bool(VOLUME_LINE.match(following)) or (
            len(following.split()) <= SOURCE_LINE_WORDS and bool(PAGES.search(following)))
    return following.startswith("by ") and bool(pt.parse_field(f"{line} {following}"))


def _source_goes_on(first: str, following: str) -> bool:
    """True when ``following``, the next line, carries on the source field ``first`` left open by a semicolon
    ("Source: Fourth International, January 1941;" / "Published by the ... Association, New York City")."""
    return (field := pt.parse_field(first)) is not None and field[0] == "source" and _continues_field(following)


def _continues_field(line: str) -> bool:
    """A line that can carry on a field's value: not a field, residue, salutation or paragraph of its own."""
    # (A site's name may be a field's value broken over lines: "Public Domain:" / "Lenin Internet Archive".)
    return not (LABEL_ALONE.match(line) or pt.parse_field(line) or pt.residue_reason(line) not in (None, "site name")
                or pt.SALUTE.match(line) or _paragraph_like(line))


# A line of a field list with a label we know no kind of: "Geographical area(s) covered: Newcastle". (A colon set
# apart, "Communism : Story of the Communist Party", joins a book's title and its subtitle, as the archive prints them.)
LISTED_FIELD = re.compile(r"^(?P<label>[A-Z][\w()'’ /,-]{1,59}[\w)]):\s+(?P<value>[^:]{1,100})$")
#: the most words of a field's label
LABEL_WORDS = 9


def _mark_field_list(scanned: list[tuple[int, str, str]]) -> None:
    """Mark as "listed" each line read as text that is a labelled field ("Present affiliation: none") next to a field
    we know ("Date of interview: 13 October 2011") or to a line so marked: the whole list belongs to the header.
    A label is in sentence case; a title's first words ("The Long Strike: A History") are not, and the first line
    stays text: it is the title's place."""
    def listed(position: int, neighbour: int) -> bool:
        _, line, kind = scanned[position]
        match = LISTED_FIELD.match(line) if kind == "text" and position and ": " in line else None
        label = match["label"].split() if match else []
        return bool(match and len(label) <= LABEL_WORDS and not any(word[:1].isupper() for word in label[1:])
                    and 0 <= neighbour < len(scanned)
                    and scanned[neighbour][2] in ("field", "listed"))

    for positions, step in ((range(len(scanned)), -1), (range(len(scanned) - 1, -1, -1), 1)):
        for position in positions:  # down the list, then up it: a run is marked from any known field in it
            if listed(position, position + step):
                scanned[position] = (*scanned[position][:2], "listed")


def _preamble_end(scanned: list[tuple[int, str, str]]) -> int:
    """Index in ``scanned`` of the last line that still belongs to the preamble."""
    # The archive's licence closes its block of fields: under it only a field is the header's ("MOTION: To establish ..."
    # under "Public Domain: ..." opens the text).
    licence = next((i for i, (_, line, kind) in enumerate(scanned) if kind == "field" and (pt.parse_field(line) or ("",))[0] == "licence"),
                   len(scanned))
    strong = [i for i, (_, _, kind) in enumerate(scanned) if kind not in ("text", "residue") and (i <= licence or kind == "field")]
    texts = [i for i, (_, _, kind) in enumerate(scanned) if kind == "text"]
    if strong:
        end = strong[-1]
        if scanned[end][2] == "authors-date":
            # "Antonio Gramsci 1924" over the title and where it appeared ("Unsigned, L'Ordine Nuovo, March 1924."):
            # the author line opens the header, the lines under it belong to it.
            while end + 1 < len(scanned) and scanned[end + 1][2] == "text" and (
                    pt.title_like(scanned[end + 1][1]) or _dated_reference(scanned[end + 1][1].rstrip("."), precision=7)):
                end += 1
    elif not texts:
        return len(scanned) - 1
    else:
        # No header fields: the first line is the title, after an author line if there is one.
        end = texts[0]
        first, second = scanned[texts[0]][1], scanned[texts[1]][1] if len(texts) > 1 else ""
        if second and (_name_over_title(first, second) and pt.title_like(second)
                       or _author_heading(first) and not _paragraph_like(second)):
            end = texts[1]
            pair = [scanned[i][1] for i in texts[2:4]]  # a second author and title: those of a part of the book named first
            if len(pair) == 2 and texts[3] == texts[1] + 2 and _name_over_title(*pair) and pt.title_like(pair[1]):
                end = texts[3]
    # (and a periodical's issue, "Harbour News, July-August 2010", running over the page under the page's title)
    while end + 1 < len(scanned) and (scanned[end + 1][2] == "residue"
                                      or strong and _dated_reference(scanned[end + 1][1], precision=7)
                                      and not pt.parse_dateline(scanned[end + 1][1])):  # (a letter's "London, May 1, 1890")
        end += 1
    if end + 1 < len(scanned) and scanned[end + 1][2] == "text" and any(
            kind == "text" and _names_work_of_subpage(line, scanned[end + 1][1]) for _, line, kind in scanned[:end]):
        end += 1  # the work's title under the wiki's chrome ("Harbour Days." under "Harbour Days/Main")
    if strong and end + 2 == len(scanned) and scanned[end][2] in ("issue", "date") and scanned[end + 1][2] == "text" \
            and pt.name_like(scanned[end + 1][1]) and not pt.SALUTE.match(scanned[end + 1][1]) \
            and any(kind in ("text", "author-title") for _, _, kind in scanned[:end]):
        end += 1  # a name alone between the title's issue ("Issue: 150") or date and the text: the writer's, or its subject's
    return end


# A headline holding its title and subtitle, a colon between: "Leading by example: The life and struggles of Ann Roe".
HEADLINE_WITH_SUBTITLE = re.compile(r"^[A-Z][^:.!?]{5,80}:\s+[A-Z][^:.!?]{10,120}$")
# A book's title with its subtitle, maybe short: "Sean O'Casey: A Life".
BOOK_TITLE = re.compile(r"^[A-Z][^:.!?]{2,80}:\s+[A-Z][^:.!?]{2,120}$")
#: the most words of a site's name over a book's title
SITE_NAME_WORDS = 3
# A news photograph's caption, its credit closing it in brackets after the caption's sentence: "President Biden walked
# ... on Tuesday. (CNN, POOL, KMOV)", "Strikers at the gate. (AP Photo/Ann Roe)", "... (Photo: Ann Roe/Reuters)", "...
# (Getty Images)" (a title's initials close no sentence: "... Political Union (WSPU)").
PHOTO_CAPTION = re.compile(r"^\S.{10,300}[.!?]\s\((?:[A-Z]{2,8}(?:,\s*[A-Z]{2,8})*(?:\s+Photo)?(?:\s*/\s*[^()/]{2,40})?"
                           r"|Photo:\s*[^()]{2,60}|[^()]{2,30}\s+Images)\)$")
# "... by Wilhelm Liebknecht on May 27th, 1896": who wrote or spoke, in a field's sentence.
SPEAKER = re.compile(r"\bby\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)(?=\s+(?:on|in|at)\b|[,.;]|$)")
# "Women and Marxism - Lenin" (a collection, then its author), "Alexandra Kollontai (1872-1952)" (life dates, maybe
# without brackets: "Antonio Gramsci 1891-1937").
AUTHOR_HEADING = re.compile(r"^(?:(?P<collection>.+?)\s+[-–—]\s+(?P<name>[^-–—]+)|(?P<dated>[^()]+?)\s+(?P<open>\()?(?:c\.\s*)?1\d{3}\s*[-–]\s*(?:1\d|20)\d\d(?(open)\)))$")

# An author who goes by one name after a collection's: "Women and Marxism - Lenin".
SURNAME = re.compile(r"[A-Z][a-z]{3,}$")


def _author_heading(line: str) -> str | None:
    """The author named by a heading over the title ("Women and Marxism - Karl Marx", "A. Kollontai (1872-1952)").

    After a collection's name the author may go by one name ("Women and Marxism - Lenin").
    """
    match = AUTHOR_HEADING.match(line)
    if match and (name := match["name"]) and (SURNAME.match(name) and name.lower() not in pt.GENRE_WORDS or pt.name_like(name)):
        return name
    return dated_author(line)


def dated_author(line: str) -> str | None:
    """The name of a line that gives a name and life dates ("Alexandra Kollontai (1872-1952)"), or None."""
    match = AUTHOR_HEADING.match(line)
    return name if match and (name := match["dated"]) and pt.name_like(name) else None


def _archive_author(line: str) -> str | None:
    """The author's section in an archive's breadcrumb trail ("MIA > Archive > Wilhelm Liebknecht > Voices of Revolt"),
    the first link of its link bar ("Ben Hall Archive | Trotskyist Writers Index | ETOL Main Page"), or the name of
    the author's archive over the page ("Guy A. Aldred Archive")."""
    if name := pt.archive_owner(line):
        return name
    steps = [step.strip() for step in line.split(">")]
    if named := next((name for step, name in zip(steps, steps[1:]) if step.lower().endswith("archive") and pt.name_like(name)), None):
        return named
    return name if (name := _link_bar_archive(line)) and pt.name_like(name) else None


def _link_bar_archive(line: str) -> str | None:
    """The name of the archive a link bar links first ("Goldman Archive | Trotskyist Writers Index": "Goldman"), or None."""
    first_link = line.split("|")[0].strip()
    return name if "|" in line and (name := first_link.removesuffix(" Archive")) != first_link else None


def _carried_on(texts: list[tuple[int, str]], number: int) -> bool:
    """True when the text line over line ``number`` stops on a small word ("Introduction and Notes for"): that line
    goes on with it."""
    return bool(texts) and texts[-1][0] == number - 1 and pt.dangles(texts[-1][1])


def _join_title_lines(texts: list[tuple[int, str]], below: str) -> list[tuple[int, str]]:
    """Join each line that carries on the title line above it (see :func:`~tei_tools.readers.patterns.carries_on_title`)
    and names no part of a book ("Preface : The Author's Apology" starts a title of its own), or that the heading
    ``below`` the header repeats with it as one ("A SINGLE SPARK" / "CAN START A PRAIRIE FIRE"
    over "A SINGLE SPARK CAN START A PRAIRIE FIRE January 5, 1930")."""
    joined: list[tuple[int, str]] = []
    previous = (-1, "")  # the line above, as the text has it
    below = below.casefold()
    for number, line in texts:
        adjacent = number == previous[0] + 1
        if joined and not _part_title(line) and (pt.carries_on_title(previous[1], line, adjacent, joined[-1][1])
                                                  or adjacent and f"{joined[-1][1]} {line}".casefold() in below):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {line}")
        else:
            joined.append((number, line))
        previous = (number, line)
    return joined


def _periodical_running_head(line: str, following: list[tuple[int, str, str]]) -> bool | None:
    """For a line of names and a date ("Fourth International, March 1945") that is a periodical's running head over
    the page, not its authors, whether the source under it names the periodical; None if it is no running head.
    It is one when the source under it names the periodical, or a byline under it names the author. A line that
    names no one ("Vanguard December 1915") is one only when the source names it."""
    names, date = AUTHORS_DATE.match(line).group("names", "date")  # type: ignore[union-attr]
    names = names.removeprefix("The ")  # "The New International, January 1938" over "From New International, Vol.4 ..."
    # A "Source:" field must repeat the date too: one naming a book's author ("Victor Serge, La Lutte contre le
    # stalinisme, 1977" under "Victor Serge 1936") is no periodical's.
    if any(names in text and (kind in ("from-source", "source") or kind == "field" and date in text and pt.parse_field(text)[0] == "source")  # type: ignore[index]
           for _, text, kind in following):
        return True
    return False if any(kind == "byline" for _, _, kind in following) else None


def _running_head(metadata: Metadata, number: int, line: str, stated_below: bool, report: Report) -> None:
    """A periodical's running head over the page ("Socialist Appeal, 4 April 1939"): the source, unless stated below."""
    if stated_below:
        report.remove(number, line, "running head: the periodical and date of the source stated below")
    else:
        metadata.fields.append(Field("source", "", line, number))


def _over_author_and_title(scanned: list[tuple[int, str, str]]) -> bool:
    """True when the next lines of text are a name and a title: the line over them is a running head, not an author's."""
    texts = [line for _, line, kind in scanned if kind == "text"][:2]
    return len(texts) == 2 and _name_over_title(*texts)


def _name_over_title(name: str, title: str) -> bool:
    """An author's name over a line that names no one (the title).

    A person's name may stand over an organisation's, which is then the title ("Reg Groves" / "The Balham Group").
    """
    if not pt.name_like(name):
        return False
    return not pt.name_like(title) or not pt.ORGANISATION.match(name) and bool(pt.ORGANISATION.match(title))


def _dated_reference(line: str, precision: int = 10) -> bool:
    """A periodical and the day or season it appeared: "Workers' Republic, 13 August 1898", "International Socialism, Spring 2002".

    ``precision``: how much of the date must be given (10 characters, the day; 7, the month: "Fourth International, July 1945").
    """
    match = TITLE_WITH_DATE.match(line)
    return bool(match and (date := parse_date(match["date"]))
                and (len(date.when or date.range[0]) >= precision or SEASON.match(match["date"])))  # type: ignore[index]


# What follows a part's name to give its title: "Preface : The Author's Apology", "Introduction -- Our Aims".
PART_TITLE_REST = re.compile(r"\s*(?::|--|—|–)\s*\S")


def _part_title(line: str) -> bool:
    """A part of a book named with its own title: "Chapter 3: The Strike", "Preface : The Author's Apology"."""
    if head := pt.NUMBERED_HEAD.match(line):
        return bool(pt.head_keyword(head) and head["title"])
    editorial = pt.EDITORIAL_HEAD.match(line)
    return bool(editorial and PART_TITLE_REST.match(line, editorial.end()))


# A letter's title naming its writer, with or without its addressee: "Letter from Clara Zetkin".
LETTER_FROM = re.compile(pt.LETTER_FROM_WORDS.pattern + r"(?P<writer>.+?)(?:\s+to\s+.+)?$", re.I)


def letter_writer(heading: str) -> str | None:
    """The writer a letter heading names ("MARX TO ENGELS" -> "Marx", "Letter from Clara Zetkin"), in normal case."""
    names = pt.letter_heading(heading)
    if not names and (sent := LETTER_FROM.match(heading)) and pt.name_like(sent["writer"]):
        names = (sent["writer"], "")
    return pt.normal_case(names[0]) if names else None


# A year an editor set after the title, in an editor's brackets: "“Culture is Ordinary” {1958}", "The Twin Crises [1969]".
# (A year in parentheses is printed as part of many titles: "Letters to a Frenchman — First Letter (1870)".)
BRACKETED_YEAR = re.compile(r"^(?P<title>.+?)\s+(?P<year>[\[{](?P<inner>(?:1[5-9]|20)\d\d)[\]}])$")


def date_title(metadata: Metadata) -> None:
    """Date the text by its title: a date at its end ("Letter to X, January 4, 1932"), or a year set after it in
    brackets ("“Culture is Ordinary” {1958}"), which is no part of the title: it stands on the title page as its date."""
    if not metadata.date_line and (match := BRACKETED_YEAR.match(metadata.title or "")):
        metadata.title, metadata.date_line, metadata.date = match["title"], match["year"], parse_date(match["inner"])
    metadata.title_date = title_date(metadata.title)


def title_date(title: str | None) -> Date | None:
    """The date at the end of a title ("Letter to X, January 4, 1932"), or right after the kind of text it names
    ("Letter October 8, 1918 from X to Y")."""
    if match := TITLE_ON_DATE.match(title or "") or TITLE_IN_YEAR.match(title or "") or TITLE_KIND_DAY.match(title or ""):
        return parse_date(match["date"])
    # The fullest date after one of the last two commas or dashes: "..., January 4, 1932.", "... 4/5, 1953."
    cuts = [cut.end() for cut in TITLE_DATE_CUT.finditer(title or "")][-2:]
    return next((date for cut in cuts if (date := parse_date(title[cut:]))), None)  # type: ignore[index]


def _folded(line: str) -> str:
    """A header line as compared with another: its words in one case, one space apart."""
    return " ".join(line.casefold().split())


def _names_work_of_subpage(page: str, line: str) -> bool:
    """True when ``line`` gives, in its own spelling, the work a wiki's subpage name ``page`` stands in
    ("Harbour Days’ Labour." under "Harbour Days' Labour/Main"): the work's title over the wiki's name for the page."""
    match = pt.WIKI_SUBPAGE.match(page) if "/" in page else None
    return bool(match) and pt.same_words(match["work"], line)  # type: ignore[index]


def _repeated_title(texts: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The positions of the first header line that a later one repeats, and of the repeat, if it reads as a title;
    else None."""
    seen: dict[str, int] = {}
    for position, (_, line) in enumerate(texts):
        key = _folded(line)
        if key in seen and " " in key and pt.title_like(line) and not pt.name_like(line):  # (a blog's one-word name may repeat)
            return seen[key], position
        seen.setdefault(key, position)
    return None


# What sets a site's or a periodical's name and issue apart from the title in a page's title: "Periodical, No. 11, Title",
# "Issuer 1920 Title".
PAGE_TITLE_CUT = re.compile(r"(?:[,:]|\s[-–—|]|\s\d{4})\s*$")


def page_title_over_title(texts: list[tuple[int, str]]) -> int | None:
    """The position of a heading that the first line, a web page's title, ends with after a comma, a colon, a dash, a
    bar or a year ("NEWS & LETTERS, SepOct 11, Title" over "Title"): the heading is the title; else None."""
    first = _folded(texts[0][1]) if texts else ""
    for position, (_, line) in enumerate(texts[1:], start=1):
        key = _folded(line)
        if " " in key and len(key) < len(first) and first.endswith(key) and PAGE_TITLE_CUT.search(first[:-len(key)]) \
                and pt.title_like(line):
            return position
    return None


def _site_label_over_title(first: str, second: str, bylined: bool) -> bool:
    """A site's section over a headline with its own subtitle ("Britain" / "Leading by example: The life of ..."); or,
    when a byline names the author (``bylined``), a site's name over a book's title with its subtitle ("Book Read Free" /
    "Sean O'Casey: A Life")."""
    if ":" in first:  # a site's name with its motto ("Red Clydeside: A history of ...") over the page's title
        return bool(author_and_title(first)) and pt.title_like(second) and not pt.name_like(second)  # (a name: its byline)
    return " " not in first and bool(HEADLINE_WITH_SUBTITLE.match(second)) \
        or bylined and len(first.split()) <= SITE_NAME_WORDS and bool(BOOK_TITLE.match(second))


def _assign_texts(metadata: Metadata, texts: list[tuple[int, str]], report: Report, below: str, owner: str = "") -> None:
    """Decide which plain preamble lines are the author, the title and the subtitle.

    A letter heading ("MARX TO ENGELS" over "IN MANCHESTER") is the title and names the
    author; a line above it (the correspondence it belongs to) is no title. ``below`` is the
    text of the lines under the header, where a heading may repeat the title; ``owner`` the name of the
    archive the page stands in, as its link bar gives it ("Goldman Archive | ...": "Goldman").
    """
    # A bare number over the title (the letter's number in its volume) is neither title nor author.
    numbers = [(number, line) for number, line in texts if re.fullmatch(r"\d{1,4}\.?", line)]
    texts = _join_title_lines([text for text in texts if text not in numbers] or texts, below)
    above: list[tuple[int, str]] = []
    # A picture's alternative text over the page ("natalia in red"): words in lower case over the header's names.
    while len(texts) > 1 and not any(character.isupper() for character in texts[0][1]) and pt.name_like(texts[1][1]):
        above.append(texts.pop(0))
    # The author's name twice, as a picture's caption and as the page's byline: once is the author.
    for position in range(len(texts) - 1, 0, -1):
        number, line = texts[position]
        if line == texts[position - 1][1] and " " in line and pt.name_like(line):
            report.remove(number, line, "the author's name repeated")
            del texts[position]
    if repeated := _repeated_title(texts):
        # A web page's title, then the same line as its heading: it is the title, and what stands over it is not.
        first, again = repeated
        report.remove(texts[again][0], texts[again][1], "the title line repeated (the page's title, then its heading)")
        above, texts = texts[:first], texts[first:again] + texts[again + 1:]
    elif heading := page_title_over_title(texts):
        # A web page's title naming the site or periodical before the title, which its heading then gives alone:
        # the heading is the title, the lines over it stay header notes (a periodical's issue is the source).
        above, texts = texts[:heading], texts[heading:]
    # A news page's picture under its headline, the caption crediting the picture: what stands over the headline is the
    # site's (a menu's item, a section's name), and the caption is no subtitle.
    if caption := next((position for position, (_, line) in enumerate(texts) if position and PHOTO_CAPTION.match(line)), None):
        above += texts[:caption - 1] + [texts[caption]]
        texts = [texts[caption - 1]] + texts[caption + 1:]
    # Over the author and title: a running head ("Socialist Appeal, 4 April 1939"), a collection and its author
    # ("Women and Marxism - Lenin"), an author heading with life dates ("Alexandra Kollontai (1872-1952)").
    if len(texts) >= 3 and _dated_reference(texts[0][1], precision=7) and _name_over_title(texts[1][1], texts[2][1]):
        number, line = texts.pop(0)
        _running_head(metadata, number, line, bool(metadata.first("source")), report)
    elif len(texts) >= 2 and (name := _author_heading(texts[0][1])) and (not metadata.authors or metadata.authors == [name]):
        if not metadata.authors:  # else named again by the line under it: "Antonio Gramsci 1891-1937" / "Antonio Gramsci 1924"
            metadata.authors = [name]
            report.recognise(texts[0][0], texts[0][1], "header field: author (a heading naming the author)")
        above.append(texts.pop(0))  # the heading stays, as a header note: the collection, the life dates
    elif len(texts) >= 3 and _dated_reference(texts[0][1], precision=4) and _name_over_title(texts[2][1], texts[1][1]) \
            and not metadata.authors:
        above.append(texts.pop(0))  # a book and its year over a chapter's title and author: "Taming the jungle, 1973"
    elif len(texts) >= 4 and not metadata.authors and _name_over_title(texts[0][1], texts[1][1]) and _name_over_title(texts[2][1], texts[3][1]):
        above += texts[:2]  # a book's author and title over the author and title of a part of it (a translator's note)
        texts = texts[2:]
    elif len(texts) >= 3 and owner and texts[1][1].endswith(f" {owner}") and pt.name_like(texts[1][1]) \
            and owner not in texts[0][1] and not metadata.authors:
        above.append(texts.pop(0))  # a book over its author, in the author's archive: "Final Argument" / "Albert Goldman"
    elif len(texts) >= 2 and (match := AUTHOR_HEADING.match(texts[0][1])) and match["name"] and match["name"].lower() in pt.GENRE_WORDS:
        above.append(texts.pop(0))  # a collection over the title: "Third Congress of the Communist International – Resolutions"
    elif len(texts) >= 2 and _part_title(texts[1][1]) and not _part_title(texts[0][1]) and not pt.name_like(texts[0][1]):
        above.append(texts.pop(0))  # a book's title over its part's: "Communism" over "Preface : The Author's Apology"
    elif len(texts) == 2 and _site_label_over_title(texts[0][1], texts[1][1], bool(metadata.authors)):
        above.append(texts.pop(0))
    heading = next((position for position, (_, line) in enumerate(texts) if pt.letter_heading(line)), None)
    if heading == 1 and pt.name_like(texts[0][1]) and (letter_writer(texts[1][1]) or "").lower() not in texts[0][1].lower():
        heading = None  # a name over "Che Guevara Talks to Young People": the author over a title, no letter's writer
    if heading is not None and not metadata.authors:
        number, line = texts[heading]
        metadata.authors = [letter_writer(line) or line]
        if heading + 1 < len(texts) and pt.ADDRESSEE_PLACE.match(texts[heading + 1][1]):
            line = f"{line} {texts.pop(heading + 1)[1]}"
        report.recognise(number, line, "header field: author and title (a letter heading)")
        metadata.title, above, rest = line, above + texts[:heading], texts[heading + 1:]
    elif len(texts) == 1 and pt.name_like(texts[0][1]) and metadata.fields and not metadata.authors \
            and all(pt.name_like(name) for name in pt.split_names(texts[0][1])):  # ("Ann Roe, Docker and Poet" is a title)
        metadata.authors = pt.split_names(texts[0][1])  # a name alone over the fields: the author
        rest = []
    elif metadata.authors and texts:
        # The authors' names over the title, as the "Author:" field below gives them, stay as a header note.
        named = 1 if len(texts) > 1 and pt.split_names(texts[0][1]) == metadata.authors else 0
        metadata.title = texts[named][1]
        above, rest = above + texts[:named], texts[named + 1:]
    elif len(texts) >= 2 and pt.name_like(texts[0][1]):
        names = texts[0][1]
        if possessive := POSSESSIVE.search(names):  # "Anatoly Lunacharsky’s" over "Revolutionary Silhouettes"
            names = names[:possessive.start()]
            report.remove(texts[0][0], possessive.group(), "the possessive ending of the author's name over the title")
        metadata.authors = pt.split_names(names)
        metadata.title = texts[1][1]
        rest = texts[2:]
    elif texts:
        metadata.title = texts[0][1]
        rest = texts[1:]
        if rest and not metadata.authors and _name_over_title(rest[0][1], metadata.title) and rest[0][1] not in metadata.title:
            take_printed_name(metadata, *rest.pop(0), report, "a name under the title")  # its author, as bylines print it
    else:
        rest = []
    date_title(metadata)
    # (words the title holds again are no subtitle: "The lost voice of Ann Roe" over "Ann Roe", a picture's caption)
    if rest and pt.title_like(rest[0][1]) and rest[0][1] not in (metadata.title or "") and not _dated_reference(rest[0][1], precision=7) \
            and not ATTRIBUTION.match(rest[0][1]):
        metadata.subtitle = rest.pop(0)[1]
    for number, line in sorted(above + rest + [n for n in numbers if n not in texts]):
        _keep_in_header(metadata, number, line, report)


# A name and a year in brackets under the title, as an editor attributes a text: "(Sean O'Casey, 1919)".
ATTRIBUTION = re.compile(r"^\((?P<name>[^(),]+),\s+(?P<year>(?:1[5-9]|20)\d\d)\)\.?$")


def take_attribution(metadata: Metadata, number: int, line: str, report: Report) -> bool:
    """Read a name and a year in brackets ("(Sean O'Casey, 1919)") as the author, unless one is named, and the date,
    unless a date line gives one; the line stays among the header's notes. False if ``line`` is none."""
    if metadata.date_line or not ((attributed := ATTRIBUTION.match(line)) and pt.name_like(attributed["name"])):
        return False
    metadata.authors = metadata.authors or [attributed["name"]]
    metadata.date_line, metadata.date = attributed["year"], parse_date(attributed["year"])
    metadata.unrecognised.append((number, line))
    report.recognise(number, line, "header field: author and date (a name and a year in brackets)")
    return True


def _keep_in_header(metadata: Metadata, number: int, line: str, report: Report) -> None:
    """Keep a header line that is neither title nor author: a source if it names a periodical and its date, else a note;
    a name and a year in brackets name the author and date the text."""
    if _dated_reference(line.rstrip("."), precision=7):  # "Unsigned, L'Ordine Nuovo, March 1924."
        metadata.fields.append(Field("source", "", line, number))
    elif not take_attribution(metadata, number, line, report):
        metadata.unrecognised.append((number, line))
        report.warn(number, line, "unrecognised header line (kept as a note in the TEI header)")
