"""Source profiles: the kinds of plain text the converter knows, and how to tell them apart.

A profile says how to read the top (and bottom) of a text, the part that is
about the text rather than the text itself, and which options the rest of the
pipeline uses. Everything after that (blocks, heads, notes, letters, plays) is
one pipeline for all profiles. ``auto`` takes the first profile whose detector
accepts the text, in the order of :data:`PROFILES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import PurePath

from tei_tools.errors import TeiToolsError
from tei_tools.readers import gutenberg, muse
from tei_tools.readers import patterns as pt
from tei_tools.readers.blocks import TEXT_WORDS, heading_in_two
from tei_tools.readers.dates import Date, parse_date
from tei_tools.readers.preamble import (
    BYLINE,
    FULL_TEXT_OF,
    LIST_TAG,
    OPENING_LINES,
    REVIEWED_BOOK,
    TITLE_BY_AUTHOR,
    Field,
    Metadata,
    author_and_title,
    byline,
    byline_and_rest,
    date_title,
    delivered_line,
    has_header_lines,
    letter_writer,
    name_over_prose,
    page_title_over_title,
    read_preamble,
    split_post_date,
    take_attribution,
    take_byline,
    take_printed_name,
    take_speaker,
    take_title_author,
    take_title_line,
    without_wrapper,
)
from tei_tools.readers.report import Report
from tei_tools.readers.titlepage import IMPRINT_LINE, dated_line, imprint_end, name_on_date, read_title_page

#: What a header reader returns: the metadata, the first line of the text and the line after its last.
HeaderReader = Callable[[list[str], str | None, Report], tuple[Metadata, int, int]]


@dataclass(frozen=True)
class Profile:
    """A kind of source: how to recognise it, how to read its header, which options apply."""

    name: str
    description: str
    detect: Callable[[list[str]], bool]
    read_header: HeaderReader
    web_page: bool  # a web page: remove site residue (breadcrumbs, navigation, wiki chrome), read fields at its foot


def _archive_page(lines: list[str]) -> bool:
    """Archive header lines at the top, and no book's title page (whose imprint may carry a date)."""
    return has_header_lines(lines) and not (_printed_title_page(lines) and not has_header_lines(lines, dates=False))


def _archive_header(lines: list[str], name: str | None, report: Report) -> tuple[Metadata, int, int]:
    lines = _without_site_menu(lines, report)[0]
    metadata, start = read_preamble(lines, report)
    issues = [f for f in metadata.fields if f.kind == "issue"]  # a periodical's issue over the page
    metadata.fields = [f for f in metadata.fields if f.kind != "issue"]
    # A title alone under a site's chrome ("Major Theme - {title}") heads a web article: read as a prose page's.
    title_line = next(index for index, line in enumerate(lines) if line.strip() and not pt.residue_reason(line)) \
        if metadata.title and not (metadata.authors or metadata.fields or metadata.subtitle or metadata.unrecognised
                                   or metadata.date_line) else None
    # (an issue under the title is the page's own, unless the "title" is its publisher's name over it)
    publisher = title_line is not None and _publisher_over_issue(
        list(islice(((index, line.strip()) for index, line in enumerate(lines[title_line:], title_line) if line.strip()), 3)))
    if title_line is not None and (report.removed or publisher or any(f.line <= title_line for f in issues)) \
            and all(entry.line <= title_line for entry in report.removed):
        report.recognised = [entry for entry in report.recognised if entry.line <= title_line]  # the title is read again
        start, metadata.title = title_line, None
        if publisher:
            issues = []  # read again with the title
    posted = [f for f in metadata.fields if f.kind == "released"]  # a blog's post date: the page's, not the text's
    if not (metadata.title or metadata.authors or len(metadata.fields) > len(posted)):
        # Only a site's chrome, a periodical's issue or a date over the text (a blog's post date, a column's
        # "November 24th, 1913"): the page's first lines read as a prose page's, under them.
        dated = metadata
        metadata, title_end, _ = _prose_header([""] * start + lines[start:], name, report)
        if dated.date_line and not metadata.date_line:
            metadata.date_line, metadata.date = dated.date_line, dated.date
        metadata.fields += posted
        metadata.unrecognised[:0] = dated.unrecognised  # (the site's lines over its navigation, kept as notes)
        start = max(start, title_end)
    else:
        _writer_from_letter_heading(metadata, lines, start, start + 12, report)
        if not metadata.title:
            start = _title_under_fields(metadata, lines, start, report)
        if not metadata.title and name:  # a page that starts with its fields ("Written: ...") states no title
            _title_from_file_name(metadata, name, report)
    # The issue is the source, unless a fuller one is given.
    metadata.fields += [Field("note" if metadata.first("source") else "source", "", f.value, f.line) for f in issues]
    return metadata, start, len(lines)


def _title_under_fields(metadata: Metadata, lines: list[str], start: int, report: Report) -> int:
    """Under a page's fields, a title with its byline, as a prose page sets them ("Title by Name" over the text), or a
    title alone where the fields named the author; returns where the text starts. (A line with no byline under fields
    naming no author is the text's own: an address, a note.)"""
    found = Report(report.source)
    under, title_end, _ = _prose_header([""] * start + lines[start:], None, found)
    # (a title alone reads as one: no sentence, nothing in brackets: "(Delivered in the Reichstag, October, 1878.)")
    alone = under.title and pt.title_like(under.title) and under.title[:1] not in "([" and not under.title.endswith((".", ".)"))
    if not (under.title and (under.authors or metadata.authors and alone)):
        return start
    metadata.title, metadata.title_date, metadata.subtitle = under.title, under.title_date, under.subtitle
    metadata.title_page += under.title_page
    if under.date_line and not metadata.date_line:  # "Title by Name, 1921", a date under the title
        metadata.date_line, metadata.date = under.date_line, under.date
    elif under.date_line:
        metadata.title_page.append(("docDate", under.date_line))  # (as a title page keeps a later date)
    metadata.authors = metadata.authors or under.authors  # (the fields' author is kept over the byline's)
    metadata.fields += under.fields
    metadata.unrecognised += under.unrecognised
    report.removed += found.removed
    report.recognised += found.recognised
    report.warnings += found.warnings
    return max(start, title_end)


#: how many lines at the foot of a text are looked at for a web site's chrome
CHROME_LINES = 10


def _chrome_at_foot(lines: list[str]) -> bool:
    """A page saved from a web site: its chrome (share buttons, navigation bars, advertising slots) under the text.

    Chrome at the top makes a page an archive page (see :func:`has_header_lines`).
    """
    foot = tuple(islice((stripped for line in reversed(lines) if (stripped := line.strip())), CHROME_LINES))
    return any(pt.residue_reason(line, foot) not in (None, "heading underline") for line in foot)


def _title_from_file_name(metadata: Metadata, name: str, report: Report) -> None:
    stem = re.sub(r"[_-]+", " ", PurePath(name).stem).strip()
    metadata.title = stem[:1].upper() + stem[1:]
    metadata.title_is_file_name = True
    report.recognise(0, metadata.title, "header field: title (from the file name)")


def _muse_header(lines: list[str], name: str | None, report: Report) -> tuple[Metadata, int, int]:
    metadata, start = muse.read_directives(lines, report)
    if not metadata.title and name:
        _title_from_file_name(metadata, name, report)
    return metadata, start, len(lines)


# A page's title after its series' or site's name, set in lower case before a bar: "revolutionary reflections | Title".
SERIES_LABEL = re.compile(r"^(?P<label>[a-z][a-z' ]{2,40}?)\s+\|\s+(?P<title>[A-Z“\"‘'].+)$")


def _publisher_over_issue(numbered: list[tuple[int, str]]) -> bool:
    """A line naming the publisher or the site, with the periodical's issue under it and then the title, set apart by
    a blank line: "International Committee of the Fourth International" / "Fourth International Vol. 20 (1994)"."""
    return len(numbered) > 2 and numbered[1][0] == numbered[0][0] + 1 and numbered[2][0] > numbered[1][0] + 1 \
        and bool(pt.ISSUE_LINE.match(numbered[1][1])) and pt.title_like(numbered[0][1])


# Who reviewed the book the lines above name: "Reviewed by Ann Roe".
REVIEWED_BY = re.compile(r"^reviewed by:?\s+(?P<name>\S.*?)\.?$", re.I)
#: the most lines of a reviewed book's byline and details over its reviewer's line
REVIEWED_BOOK_LINES = 3


def _reviewer(numbered: list[tuple[int, str]], at: int) -> int:
    """The position of the reviewer's line ("Reviewed by Ann Roe") among ``numbered`` lines, at most
    :data:`REVIEWED_BOOK_LINES` after ``at`` and set with them line after line; 0 if none."""
    for position in range(at, min(at + REVIEWED_BOOK_LINES + 1, len(numbered))):
        if position > at and numbered[position][0] != numbered[position - 1][0] + 1:
            return 0
        if (named := REVIEWED_BY.match(numbered[position][1])) and pt.name_like(named["name"]):
            return position
    return 0


# A site's label of the work a page is part of, its kind in brackets: "[Book] Ted Grant Writings: Volume Two".
WORK_LABEL = re.compile(r"^\[(?:book|pamphlet|collection|series|volume|anthology)\]\s+\S.{0,100}$", re.I)


# The site's word on the page, opening it: "This page is a labour of love -- ... It will come.....".
SITE_NOTE = re.compile(r"^This (?:page|site|website|web page)\b")
#: the longest site's note over a page
SITE_NOTE_LENGTH = 200


def _label_over_page(line: str) -> str | None:
    """What ``line``, opening a page, labels (a header note), or None: a speech's delivery label ("(As prepared for
    delivery)": the text as the speaker meant to give it), the site's note on the page, the site's label of the work
    the page is part of."""
    if pt.delivery_label(line):
        return "the speech's delivery label, over the text"
    if len(line) <= SITE_NOTE_LENGTH and SITE_NOTE.match(line):
        return "the site's note on the page, over the text"
    return "the site's label of the work the page is part of" if WORK_LABEL.match(line) else None


def _header_note(metadata: Metadata, index: int, line: str, report: Report, what: str) -> None:
    """Keep the line at ``index`` (0-based) over the title as a note in the header, reporting ``what`` it is."""
    metadata.unrecognised.append((index + 1, line))
    report.recognise(index + 1, line, f"header note: {what}")


def _byline_over_title(numbered: list[tuple[int, str]]) -> bool:
    """True when the page opens with its byline over its title: "By Ann Roe" or "Ann Roe, in The Harbour Worker,
    January 27th 1923", then the title."""
    return bool(byline(numbered[0][1]) or byline_and_rest(numbered[0][1])) and pt.title_like(numbered[1][1])


def _prose_header(lines: list[str], name: str | None, report: Report) -> tuple[Metadata, int, int]:
    """The first line is the title when it reads as one ("by X" under it names the author); else the file name.

    A numbered heading ("CHAPTER I") is never the title, nor is the line over it an author.
    """
    metadata = Metadata()
    lines, start = _without_site_menu(lines, report)
    numbered = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    if numbered and (label := _label_over_page(numbered[0][1])):
        index, line = numbered.pop(0)
        _header_note(metadata, index, line, report, label)
        start = index + 1
    if len(numbered) > 1 and numbered[0][1].lower() == "by" and (
            (underlined := bool(pt.UNDERLINE.match(numbered[1][1]))) or _headline_alone(numbered)):
        report.remove(numbered[0][0] + 1, numbered[0][1], "a byline with no name (the page's template)")
        if underlined:
            report.remove(numbered[1][0] + 1, numbered[1][1], "heading underline")
        start, numbered = numbered[underlined][0] + 1, numbered[1 + underlined:]
    if numbered:
        numbered[0] = (numbered[0][0], without_wrapper(numbered[0][1], FULL_TEXT_OF, numbered[0][0] + 1, report))
    if numbered and numbered[0][1].endswith(" -") and pt.title_like(cut := numbered[0][1][:-2].rstrip()):
        # a web page's title closed by the separator its site's name stood after ("Title -"): a dash closing a line
        # elsewhere leads into what follows ("Motion, by leave; agreed to -"), no heading
        report.remove(numbered[0][0] + 1, "-", "the separator closing a page's title (the site's name cut off)")
        numbered[0] = (numbered[0][0], cut)
    posted = len(numbered) > 1 and numbered[0][1][:1] == "[" and bool(byline(numbered[1][1]))
    if posted:  # a mail's subject over its poster: "[Marxism] Subject"
        numbered[0] = (numbered[0][0], without_wrapper(numbered[0][1], LIST_TAG, numbered[0][0] + 1, report))
    if _publisher_over_issue(numbered):  # "International Committee of the Fourth International" over its journal's issue
        _header_note(metadata, *numbered.pop(0), report, "the publisher over the periodical's issue")
    if numbered and REVIEWED_BOOK.search(numbered[0][1]):
        index, line = numbered.pop(0)  # a review's head: the book it reviews, not the text's title nor its author
        _header_note(metadata, index, line, report, "the reviewed book's reference, over the review")
        start = index + 1
    # Over the text, a periodical's issue or the book it is taken from ("Eric Hobsbawm, Revolutionaries, 1973."):
    # the source, never the title; a book's citation names the author too.
    cited = pt.citation(numbered[0][1], possessive=True) if numbered else None
    if cited or numbered and pt.ISSUE_LINE.match(numbered[0][1]) and not _issue_page(numbered):
        index, line = numbered.pop(0)
        metadata.fields.append(Field("source", "", line, index + 1))
        if cited:
            metadata.authors = pt.split_names(cited["names"])
        report.recognise(index + 1, line, "header field: source (over the text)")
        if cited and numbered and pt.NUMBERED_HEAD.match(numbered[0][1]):
            metadata.title = cited["work"].strip()  # a chapter of the cited book ("CHAPTER IX"): the book names the text
            report.recognise(index + 1, metadata.title, "header field: title (the book cited over its chapter)")
        start = index + 1
    if numbered:
        numbered[0] = (numbered[0][0], split_post_date(metadata, numbered[0][0] + 1, numbered[0][1], report))
    if numbered and (series := SERIES_LABEL.match(numbered[0][1])):  # "revolutionary reflections | Title"
        metadata.fields.append(Field("note", "", series["label"], numbered[0][0] + 1))
        report.recognise(numbered[0][0] + 1, series["label"], "header note: the series or site over the title, in lower case")
        numbered[0] = (numbered[0][0], series["title"])
    if numbered and take_speaker(metadata, numbered[0][0] + 1, numbered[0][1], report, [line for _, line in numbered[1:]]):
        start, numbered = numbered[0][0] + 1, numbered[1:]
    if numbered and not author_and_title(numbered[0][1]) and (heading := page_title_over_title(numbered[:PAGE_TITLE_LINES])) \
            and not pt.name_like(numbered[heading][1]):  # (a name is the author: "Title - Ann Roe" over "Ann Roe")
        # A web page's title naming its issuer before the title, which the page's heading gives alone below
        # ("Party of America 1920 Resolution on X" / ... / "Resolution on X"): the lines over the heading are notes.
        for index, line in numbered[:heading]:
            _header_note(metadata, index, line, report, "the page's title and the site's lines, over the title set alone")
        numbered = numbered[heading:]
    if len(numbered) > 1 and not metadata.authors and _byline_over_title(numbered):
        start, numbered = take_byline(metadata, *numbered[0], report), numbered[1:]
    over_dateline = _title_over_dateline(numbered)
    kicker = over_dateline is None and _kicker(numbered)
    if over_dateline is not None or kicker:
        labels = 1 if over_dateline is None else over_dateline
        for index, line in numbered[:labels]:  # "Media Library" / "Speeches" over the title: the site's sections
            _header_note(metadata, index, line, report, "a section of the site, over the title")
        numbered = numbered[labels:]
    elif len(numbered) > 1 and not metadata.authors and pt.name_like(numbered[0][1]) \
            and (pt.title_like(numbered[1][1]) or _title_in_two(numbered[1:])) and not (
            pt.NUMBERED_HEAD.match(numbered[0][1]) or  # "CHAPTER IX" over its title: a heading, no name
            pt.name_like(numbered[1][1]) or pt.NUMBERED_HEAD.match(numbered[1][1]) and not _numbered_title(numbered[1][1])
            or byline(numbered[1][1])):
        metadata.authors = pt.split_names(numbered[0][1])
        report.recognise(numbered[0][0] + 1, numbered[0][1], "header field: author (the first line)")
        numbered = numbered[1:]
    elif not metadata.authors and numbered and not numbered[0][1].isupper() and len(pt.split_names(numbered[0][1])) == 1 \
            and not pt.NUMBERED_HEAD.match(numbered[0][1]) and _name_over_text(numbered[:2], lines):
        # one name alone over the text in mixed case, no title between (a poet's page: "Ernest Jones" / the headnote, the
        # poem), which the text does not name again: the author, and the file name the title (in capitals, the
        # name is the title: "BRITISH LABOUR PARTY")
        take_printed_name(metadata, numbered[0][0] + 1, numbered[0][1], report, "a name over the text")
        start, numbered = numbered[0][0] + 1, numbered[1:]
    set_again = _title_set_again(numbered)
    # A first line that numbers a division ("CHAPTER I. ...") heads the text; it is not the title.
    if _issue_page(numbered):
        (number, metadata.title), (again, line) = numbered[:2]
        report.recognise(number + 1, metadata.title, "header field: title (an issue line set twice: the issue's own page)")
        report.remove(again + 1, line, "the title line repeated (the page's title, then its heading)")
        start = again + 1
    elif numbered and take_title_line(metadata, numbered[0][0] + 1, numbered[0][1], report):
        number = numbered[0][0] + 1  # "=== The Upper Berth by F. Marion Crawford ===": title and author on one line
        start = number
        if len(numbered) > 1 and numbered[1][1] == numbered[0][1]:  # a web page's title line, then the same line as its heading
            start = numbered[1][0] + 1
            report.remove(start, numbered[1][1], "the title line repeated (the page's title, then its heading)")
    elif numbered and not metadata.authors and (pair := author_and_title(numbered[0][1])) and pt.title_like(pair[1]):
        number = numbered[0][0] + 1  # "August Bebel. Woman and Socialism", "Ann Example: On Tides"
        metadata.authors, metadata.title = pt.split_names(pair[0]), pair[1]
        report.recognise(number, numbered[0][1], "header field: author and title (the first line)")
        start = number
        if posted:  # under a subject naming the author ("Ann Roe: On Tides"), the poster only sent the mail to the list
            _header_note(metadata, *numbered[1], report, "who posted the mail, under a subject naming its author")
            start = read_title_page(lines, numbered[1][0] + 1, len(lines), metadata, report)
    elif numbered and not metadata.authors and (captions := _captioned_byline(numbered)):
        # A web page's headline over a picture's captions and the byline: "Clara Zetkin’s defense of the united front" /
        # "Clara Zetkin in the 1920s" / "By John Riddell".
        metadata.title = numbered[0][1]
        report.recognise(numbered[0][0] + 1, metadata.title, "header field: title (the first line)")
        again = False
        for number, line in numbered[1:captions]:
            if line == metadata.title:
                again = True
                report.remove(number + 1, line, "the title line repeated (the page's title, then its heading)")
            elif again and not metadata.subtitle and pt.title_like(line):
                metadata.subtitle = line  # under the heading: "Pacificism or Physical Force?" / "Two Men and the War, 1915"
                report.recognise(number + 1, line, "header field: subtitle (under the title set again)")
            else:
                metadata.title_page.append(("figure", line))
                report.recognise(number + 1, line, "title page: a picture's caption (between the title and the byline)")
        start = take_byline(metadata, *numbered[captions], report)
    elif numbered and ((over_byline := _title_over_byline(numbered)) or _title_line(numbered[0][1]) or _headline_alone(numbered)
                       or _quoting_headline(numbered[0][1]) or over_dateline is not None or kicker or _title_in_two(numbered) or set_again) \
            and (len(_QUOTATION_CLOSING.sub("", numbered[0][1]).split()) <= 15 or over_dateline is not None) and (
            not pt.NUMBERED_HEAD.match(numbered[0][1]) or metadata.authors and _numbered_title(numbered[0][1])) \
            and not pt.opens_paragraph(numbered[:2]) and not pt.parse_dateline(numbered[0][1]) \
            and not pt.caption_lines([numbered[0][1]]):  # ("Photo of a burnt bus" over the text: a picture's caption)
        lines_of_title = over_byline or 1 + set_again
        if lines_of_title == 1 and len(numbered) > 1 and pt.letter_heading(numbered[0][1]) and pt.ADDRESSEE_PLACE.match(numbered[1][1]):
            lines_of_title = 2  # "ENGELS TO KAUTSKY" over "IN STUTTGART": where the letter went is part of its title
        while lines_of_title < len(numbered) and numbered[lines_of_title][0] == numbered[lines_of_title - 1][0] + 1 \
                and pt.carries_on_title(numbered[lines_of_title - 1][1], numbered[lines_of_title][1], adjacent=True):
            lines_of_title += 1  # the title goes on: "1. The Days of the Downfall" / "of German Imperialism"
        titles = [line for _, line in numbered[:lines_of_title]]
        if set_again:
            for index, line in numbered[1:lines_of_title]:
                report.remove(index + 1, line, "the title set again under it (the title page)")
            titles = titles[:1]
        if over_byline == 2 and not titles[0].endswith((",", ";", ":")) and titles[1].split()[0].lower() not in pt.TITLE_JOINERS:
            # two titles over the byline, neither carrying the other on: a title and its subtitle
            metadata.subtitle = titles.pop().removesuffix(".")
        metadata.title = " ".join(titles).removesuffix(".")
        report.recognise(numbered[0][0] + 1, metadata.title, "header field: title (the first lines)" if lines_of_title > 1 and not set_again else "header field: title (the first line)")
        start = numbered[lines_of_title - 1][0] + 1
        if not metadata.subtitle and not set_again and (deck := _deck(numbered, lines_of_title)):  # a newspaper's headline over its deck
            decked = numbered[lines_of_title: lines_of_title + deck]
            metadata.subtitle = " ".join(line for _, line in decked)
            report.recognise(decked[0][0] + 1, metadata.subtitle, "header field: subtitle (the headline's deck, in capitals)")
            start, numbered = decked[-1][0] + 1, numbered[:lines_of_title] + numbered[lines_of_title + deck:]
        if not metadata.authors and (reviewer := _reviewer(numbered, lines_of_title)):
            for number, line in numbered[lines_of_title: reviewer]:  # "By Ann Roe" / "Harbour Press (2004)" over "Reviewed by"
                _header_note(metadata, number, line, report, "the reviewed book, over its reviewer")
            number, line = numbered[reviewer]
            take_printed_name(metadata, number + 1, line, report, "the reviewer", REVIEWED_BY.match(line)["name"])
            start = number + 1
        elif not metadata.authors and len(numbered) > lines_of_title and (
                byline(numbered[lines_of_title][1]) or byline_and_rest(numbered[lines_of_title][1])):
            start = take_byline(metadata, *numbered[lines_of_title], report)
        elif not metadata.authors and _by_over_name(numbered[lines_of_title: lines_of_title + 2]):
            (by_number, by), (number, line) = numbered[lines_of_title: lines_of_title + 2]
            report.remove(by_number + 1, by, "byline word (the author is in the header)")
            take_printed_name(metadata, number + 1, line, report, "a byline")
            start = number + 1
        elif not metadata.authors and len(numbered) > lines_of_title and take_title_author(
                metadata, numbered[0][0] + 1, " ".join(lines[:OPENING_LINES]), report, under=(under := numbered[lines_of_title])[1]):
            report.remove(under[0] + 1, under[1], "the author's name repeated")  # "Title - Ann Roe" over "Ann Roe"
            start = under[0] + 1
        elif not metadata.authors and _name_over_text((name_lines := _name_lines(numbered, lines_of_title))[0], lines):
            (number, line), last = name_lines[0][0], name_lines[1]  # "Introduction" / "NICOLAS WALTER" / the text
            if dashed := DASHED_NAME.match(line):  # "— Samuel Farber"
                report.remove(number + 1, dashed["dash"], "the dash before the author's name (the author is in the header)")
                line = dashed["name"]
            take_printed_name(metadata, number + 1, line, report, "a name under the title")
            start = last + 1
        elif not metadata.authors and not metadata.subtitle and len(numbered) > lines_of_title \
                and not pt.caption_lines([numbered[lines_of_title][1]]) and take_title_line(  # (a picture's "by" names its maker)
                metadata, numbered[lines_of_title][0] + 1, numbered[lines_of_title][1], report, subtitle=True):
            start = numbered[lines_of_title][0] + 1
        elif not metadata.subtitle and not metadata.date and len(numbered) > lines_of_title \
                and (dated := _dated_description(numbered[lines_of_title][1])):
            # "Executive Committee of the Third International, Resolution on ... . June 9, 1921": who issued it and when
            number, line = numbered[lines_of_title]
            metadata.subtitle, (metadata.date_line, metadata.date) = dated
            report.recognise(number + 1, line, "header field: subtitle and date (a description closed by the day, under the title)")
            start = number + 1
        elif len(numbered) > lines_of_title and delivered_line(numbered[lines_of_title][1]):
            number, line = numbered[lines_of_title]  # "(Adopted by the ... Convention, May 5-10, 1920)" under the title
            metadata.fields.append(Field("written", "", line, number + 1))
            report.recognise(number + 1, line, "header field: date (when it was delivered, adopted or held, under the title)")
            start = number + 1
        elif len(numbered) > lines_of_title and numbered[lines_of_title][0] == numbered[lines_of_title - 1][0] + 1 \
                and BRACKETED_LABEL.match(numbered[lines_of_title][1]):
            # "(Young Socialists in Action column)" right under the title, in its block: the column or series it stands in
            _header_note(metadata, *numbered[lines_of_title], report, "a label in brackets under the title, in its block")
            start = numbered[lines_of_title][0] + 1
        elif len(numbered) > lines_of_title and take_attribution(metadata, numbered[lines_of_title][0] + 1, numbered[lines_of_title][1], report):
            start = numbered[lines_of_title][0] + 1  # "(Ann Roe, 1919)" under the title
        elif not metadata.authors:
            take_title_author(metadata, numbered[0][0] + 1, " ".join(lines[:OPENING_LINES]), report)
        through = imprint_end(lines, start)
        if metadata.authors and start > numbered[lines_of_title - 1][0] + 1 or _dates_under_title(lines, start) or through:
            # A title page goes on under a byline (edition, imprint...), a web page's dates stand under its title,
            # or a printed title page goes down to its printer's imprint.
            start = read_title_page(lines, start, len(lines), metadata, report, through)
    elif numbered and not metadata.authors and (names := _opening_byline(numbered[0][1])):
        number = start = numbered[0][0] + 1  # "by Wildcat" opening a text with no title line
        metadata.authors = pt.split_names(names)
        report.remove(number, numbered[0][1][:2], "byline word (the author is in the header)")
        report.recognise(number, numbered[0][1], "header field: author (a byline opening the text)")
        if name:
            _title_from_file_name(metadata, name, report)
    elif numbered and (run_in := RUN_IN_TITLE.match(numbered[0][1])) and pt.title_like(run_in["title"]) \
            and len(run_in["note"].split()) >= pt.PROSE_LINE_WORDS:
        metadata.title = run_in["title"]  # the paragraph stays the text's first
        report.recognise(numbered[0][0] + 1, metadata.title, "header field: title (run into the first paragraph)")
    elif late := _title_over_byline_below(numbered):
        # An editor's note over the title and its byline: the title page stands below it, in the text.
        (title_number, metadata.title), (number, line) = late
        metadata.title = metadata.title.strip("“”\"")
        metadata.authors = pt.split_names(byline(line)[0])  # type: ignore[index]
        report.recognise(title_number + 1, metadata.title, "header field: title (over the byline, under an editor's note)")
        report.recognise(number + 1, line, "header field: author (a byline, under an editor's note)")
    elif name and not metadata.title:  # (a book cited over its chapter names it)
        _title_from_file_name(metadata, name, report)
    date_title(metadata)
    top = numbered[0][0] if metadata.title and not metadata.title_is_file_name else start  # the title may be a letter heading
    _writer_from_letter_heading(metadata, lines, top, start + 12, report)
    return metadata, start, len(lines)


def _opening_byline(line: str) -> str | None:
    """The names of a byline opening a text, where a single name may sign ("by Wildcat"); or None."""
    signed = BYLINE.match(line)
    names = signed["names"] if signed else ""
    one_name = bool(pt.SINGLE_NAME.match(names)) and names.lower() not in pt.NOT_IN_NAMES
    return names if signed and (pt.name_like(names) or one_name) else None


def _writer_from_letter_heading(metadata: Metadata, lines: list[str], top: int, end: int, report: Report) -> None:
    """A letter heading at the top of the text (in ``lines[top:end]``: "ENGELS TO KAUTSKY") names the writer; it stays
    in the text as its head. A correspondence, where a later heading names another writer, has no one author."""
    if metadata.authors:
        return
    for index in range(top, min(end, len(lines))):
        if writer := letter_writer(line := lines[index].strip()):
            if all(letter_writer(later.strip()) in (None, writer) for later in lines[index + 1:]):
                metadata.authors = [writer]
                report.recognise(index + 1, line, "header field: author (a letter heading)")
            return


# A title run into the first paragraph, over a note on the text in brackets, as a magazine sets an interview:
# "Interview with Bob Wright (The interview was conducted for Marxism Today by ...)".
RUN_IN_TITLE = re.compile(r"^(?P<title>[A-Z][^()]{2,60}?)\s+\((?P<note>.+)\)$")


# A headline as web pages set it, in sentence case or all in lower case: at most fifteen words, no closing stop.
HEADLINE = re.compile(r"^[‘“'\"]?\w(?:\S*\s+){0,14}\S*(?<![.,;:!])$")
# A numbered part's label under a headline: "Resolution 1", "Section IV".
NUMBERED_LABEL = re.compile(r"^[A-Z][a-z]{2,15}\s+(?:\d{1,3}|[IVXLC]{1,6})[.:]?$")


# A headline closed by a quotation of the words it reports: "Chicago Trial: Vincent St. John, “The interest of wage
# workers the world over is bound together.”"; its words are counted without the quotation.
_QUOTATION_CLOSING = re.compile(r"(?<=\S)[,:]?\s+“[^“”]+”$|(?<=\S)[,:]?\s+\"[^\"]+\"$")
#: the most words of a quotation closing a headline
QUOTATION_WORDS = 20


def _quoting_headline(line: str) -> bool:
    """A headline in title case closed by a quotation (see :data:`_QUOTATION_CLOSING`)."""
    quotation = _QUOTATION_CLOSING.search(line) if line.endswith(("”", '"')) else None
    return bool(quotation) and len(quotation.group().split()) <= QUOTATION_WORDS and pt.title_like(line[:quotation.start()])


def _headline_alone(numbered: list[tuple[int, str]]) -> bool:
    """A headline alone on the first line, maybe in lower case ("hal draper’s “independent socialism”"), over a
    paragraph, a picture's caption, a letter's salutation or a numbered part's label ("Resolution 1"), or right over
    its byline or a summary that opens with its words ("Ann Roe recalls the strike" / "Ann Roe recalls the strike and
    ..."): the title of a blog's page."""
    index, line = numbered[0]
    if len(numbered) < 2 or not HEADLINE.match(line):
        return False
    below = numbered[1][1]
    return numbered[1][0] > index + 1 and (len(below.split()) >= pt.PROSE_LINE_WORDS or bool(pt.caption_lines([below]))
                                           or bool(pt.SALUTE.match(below)) or name_over_prose(numbered[1:3])
                                           or bool(NUMBERED_LABEL.match(below))) \
        or bool(byline(below) or byline_and_rest(below)) or below.startswith(f"{line} ")  # (a summary opening with it)


#: the most lines of a headline's deck, and the most words of each
DECK_LINES, DECK_WORDS = 3, 8


def _deck(numbered: list[tuple[int, str]], at: int) -> int:
    """How many lines from ``at`` are a newspaper's deck under its headline: short lines in capitals right under it,
    over the article's first paragraph ("Ettor and Giovanitti." / "THE GREAT STRIKE." / "TRIAL THREATENED" / ...)."""
    count = 0
    while count < DECK_LINES and at + count < len(numbered) and numbered[at + count][0] == numbered[at + count - 1][0] + 1 \
            and numbered[at + count][1].isupper() and len(numbered[at + count][1].split()) <= DECK_WORDS:
        count += 1
    below = numbered[at + count][1] if count and at + count < len(numbered) else ""
    return count if len(below.split()) >= pt.PROSE_LINE_WORDS else 0


#: the most labels of a site's sections over a title, and the most words of each
SECTION_LABELS, SECTION_LABEL_WORDS = 2, 3
#: the most words of a title over a dateline
DATED_TITLE_WORDS = 30


#: the fewest links of a site's menu, and the most words of each
MENU_LINKS, MENU_LINK_WORDS = 4, 3


# A link of a site's menu set with a bullet: "• March of the Women".
MENU_BULLET = re.compile(r"^[•▪►]\s*\S.{0,60}$")


def _site_menu(numbered: list[tuple[int, str]]) -> int:
    """How many lines open the page as a site's menu: a run of short links in title case, one a line and no blank line
    between ("Current Issue" / "Back Issues" / "Marxist Theory" / ...), over a blank line, or links set with a bullet
    ("• March of the Women"), or two or more closed by a bar ("Contact the PRL |" / "Order PRL Literature |"; among a
    table's cells a page's number is one, "Foreword |" / "3 |"), which no title is, or numbered as an ordered list
    ("1. Union Home" / "2. About" / ...); 0 if none."""
    bullets = next((count for count, (_, line) in enumerate(numbered) if not MENU_BULLET.match(line)), len(numbered))
    if bullets:
        return bullets
    barred = next((count for count, (_, line) in enumerate(numbered) if not pt.NAME_BEFORE_BAR.match(line)), len(numbered))
    if barred >= 2 and not any(line[:-1].strip().isdigit() for _, line in numbered[:barred]):
        return barred
    numbers = bool(numbered) and numbered[0][1].startswith("1. ")  # an ordered list's links: "1. Home" / "2. About"
    length = 0
    while length < len(numbered) and numbered[length][0] == numbered[0][0] + length \
            and _menu_link(numbered[length][1], length + 1 if numbers else None):
        length += 1
    ends_apart = length < len(numbered) and numbered[length][0] > numbered[length - 1][0] + 1
    return length if length >= MENU_LINKS and ends_apart else 0


def _menu_link(line: str, number: int | None) -> bool:
    """True when ``line`` reads as a link of a site's menu, numbered ``number`` in an ordered list (a number gives a
    longer link away: "3. Office of the President")."""
    if number is not None:
        if not line.startswith(prefix := f"{number}. "):
            return False
        line = line[len(prefix):]
    words = MENU_LINK_WORDS + (number is not None)
    # (a day is no link: "Rose Roe" / "Harbour Hall" / "April 2, 1911" are a speech's speaker, place and date)
    return len(line.split()) <= words and ":" not in line and pt.title_like(line) and not pt.parse_dateline(line)


def _without_site_menu(lines: list[str], report: Report) -> tuple[list[str], int]:
    """``lines`` with a site's menu over the page blanked (reported removed), and the index of the first line under it."""
    numbered = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    if not (menu := _site_menu(numbered)):
        return lines, 0
    for index, line in numbered[:menu]:
        report.remove(index + 1, line, "the site's menu, over the page")
    start = numbered[menu - 1][0] + 1
    return [""] * start + lines[start:], start


#: the most lines between a headline and the byline that shows its section's label is no author
KICKER_BYLINE_LINES = 3


def _kicker(numbered: list[tuple[int, str]]) -> bool:
    """A section's label in capitals over a headline that is not ("OUR HISTORY" / "Women in the movement 1900-1916"),
    where a byline further down names the author (else the line in capitals might be the author's name); not a title
    running down to its byline ("WALDEN" / "and" / "ON THE DUTY OF CIVIL DISOBEDIENCE" / "by Henry David Thoreau").
    A label in title case stands over a headline in sentence case, each a paragraph of its own ("Labour Party" /
    "Mods and rockers"); a path of sections ("News / Articles") over any headline with a byline under it; a blog's
    section ("Blog and News") over a title; a site's name over a title in two lines ("Investigating US History" / "The
    Big Strike:" / "Labor Unrest ...")."""
    if len(numbered) > 1 and CATEGORY_LIST.match(numbered[0][1]) and (titled := TITLE_BY_AUTHOR.match(numbered[1][1])) \
            and titled["by"].strip() == "by" and pt.name_like(titled["names"]):
        return True  # the post's categories ("Biography, Blog") over its title and author: no authors of their own
    if len(numbered) > 2 and SITE_SECTION.match(numbered[0][1]) and numbered[1][0] > numbered[0][0] + 1 \
            and (pt.title_like(numbered[1][1]) or TITLE_BY_AUTHOR.match(numbered[1][1])):
        return True  # a blog's section over the post's title, maybe with its byline ("Blog and News" / "Title by Ann Roe")
    if len(numbered) > 3 and _section_label(numbered[0][1]) and numbered[1][0] > numbered[0][0] + 1 \
            and _title_in_two(numbered[1:]) and numbered[3][0] > numbered[2][0] + 1 and not pt.name_like(numbered[0][1]):
        return True  # (the title a paragraph of its own: not a book's title running on to its byline, which a review heads)
    if not (len(numbered) > 2 and _section_label(numbered[0][1]) and not numbered[1][1].isupper() and HEADLINE.match(numbered[1][1])):
        return False
    if SECTION_PATH.match(numbered[0][1]):  # "News / Articles" over "Melvina Walker" / "Ann Roe | Published on ..."
        return any(byline(line) or byline_and_rest(line) for _, line in numbered[2: 2 + KICKER_BYLINE_LINES])
    if numbered[0][1].isupper():
        return any(byline(line) for _, line in numbered[2: 2 + KICKER_BYLINE_LINES]) and not _title_over_byline(numbered)
    return not pt.title_like(numbered[1][1]) and bool(_TITLE_WITHOUT_SENTENCE.match(numbered[1][1])) and not byline(numbered[1][1]) \
        and numbered[1][0] > numbered[0][0] + 1 and numbered[2][0] > numbered[1][0] + 1


# A blog's or a news site's section, a paragraph of its own over the title: "News", "Blog and News".
_SECTION = r"(?:blog|news|articles|posts|events|features|opinion|analysis|comment)"
SITE_SECTION = re.compile(rf"^{_SECTION}(?:\s+(?:and|&)\s+{_SECTION})?$", re.I)
# A site's section and its subsection, a word or two each: "News / Articles".
SECTION_PATH = re.compile(r"^[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?(?: / [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?)+$")
# A blog's categories over a post, single words: "Biography, Blog", "History, Labour, Women".
CATEGORY_LIST = re.compile(r"^[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+$")
# A title that is no sentence (over a dateline, under a label): capitalised, maybe quoted, no sentence closed inside or at its end.
_TITLE_WITHOUT_SENTENCE = re.compile(r"^[‘“'\"]?[A-Z](?!.*[.!?]\s)(?!.*[.,;:!]$).*[\w’”'\")?]$")


def _title_over_dateline(numbered: list[tuple[int, str]]) -> int | None:
    """The position of a title standing over a dateline at the top of a page ("‘Remembering ...’ Address at the ...
    Lecture" / "Dublin, 18 June 2013"), maybe under short labels of the site's sections ("Media Library" /
    "Speeches"); None if there is none. A single label that reads as a name is left to be the author."""
    for position, (_, line) in enumerate(numbered[:SECTION_LABELS + 1]):
        if position + 1 < len(numbered) and pt.parse_dateline(numbered[position + 1][1]) \
                and len(line.split()) <= DATED_TITLE_WORDS and _TITLE_WITHOUT_SENTENCE.match(line) and not byline(line):
            return None if position == 1 and pt.name_like(numbered[0][1]) else position
        if not _section_label(line):
            return None
    return None


def _issue_page(numbered: list[tuple[int, str]]) -> bool:
    """True when a periodical's issue line is set twice, as a page's title and its heading: the issue's own page
    ("The Militant. Vol. 5. No. 15. April 12, 1941." twice, over its contents), not the source of an article."""
    return len(numbered) > 1 and numbered[1][1] == numbered[0][1] and bool(pt.ISSUE_LINE.match(numbered[0][1]))


def _section_label(line: str) -> bool:
    """A label of a site's or a magazine's section: a few words in title case ("Speeches", "OUR HISTORY")."""
    return len(line.split()) <= SECTION_LABEL_WORDS and pt.title_like(line)


# A few words in brackets, no date nor sentence in them: "(Young Socialists in Action column)".
BRACKETED_LABEL = re.compile(r"^\((?=[A-Z])[^()\d.!?]{3,60}\)$")
#: the most lines from a web page's title down to the title set alone
PAGE_TITLE_LINES = 5


#: the most lines a title page sets a page's title over again in
TITLE_AGAIN_LINES = 3


def _title_set_again(numbered: list[tuple[int, str]]) -> int:
    """The number of lines right under the first that set its words again, otherwise (a wiki's page name over the
    book's title page: "Easy outlines of economics" / "EASY OUTLINES" / "OF ECONOMICS"), or 0."""
    if not numbered or not pt.sentence_heading(first := numbered[0][1]):
        return 0
    for offset, (index, line) in enumerate(numbered[1: 1 + TITLE_AGAIN_LINES], start=1):
        if index != numbered[offset - 1][0] + 1:
            break
        if pt.same_words(first, " ".join(again for _, again in numbered[1: offset + 1])):
            return offset if line != first else 0  # (the same line twice is a web page's, taken elsewhere)
    return 0


def _title_in_two(numbered: list[tuple[int, str]]) -> bool:
    """A title whose first line a colon closes, going on on the next: "Ten Years for the Locust:" / "British Trotskyism"."""
    return len(numbered) > 1 and numbered[1][0] == numbered[0][0] + 1 and heading_in_two(numbered[0][1], numbered[1][1])


#: the most lines of an editor's note over a text's title and byline
NOTE_OVER_TITLE_LINES = 12


def _title_over_byline_below(numbered: list[tuple[int, str]]) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """A title over its byline below the first lines, under an editor's note on the text ("When Rose Pastor Stokes stood
    up to speak ..." / "“Make the World Safe for Capital”" / "by Rose Pastor Stokes"): the title's and the byline's lines."""
    for position in range(1, min(len(numbered) - 1, NOTE_OVER_TITLE_LINES)):
        (index, line), (next_index, following) = numbered[position: position + 2]
        if (following[:3].lower() == "by " and byline(following) and next_index > index + 1
                and pt.title_like(line.strip("“”\"")) and len(numbered[position - 1][1].split()) >= pt.PROSE_LINE_WORDS):
            return numbered[position], numbered[position + 1]
    return None


def _numbered_title(line: str) -> bool:
    """A section's number and title under the author's name ("1. The Days of the Downfall"): a chapter page's title,
    where a keyword's number ("CHAPTER I") heads a book's text."""
    match = pt.NUMBERED_HEAD.match(line)
    return bool(match and match["n"] and match["title"] and pt.title_like(match["title"]))


def _title_line(line: str, stops: str = ".") -> bool:
    """A title: a heading's words, or a line in capitals closed by one of ``stops`` as old title pages print it
    ("THE SCARLET LETTER."), or every word capitalised and closed by a full stop ("Two Bells With A Different Ring.")."""
    return pt.title_like(line) or line[-1:] in stops and (
        line.isupper() or line[-1] == "." and all(word[:1].isupper() or word in pt.SMALL_WORDS for word in line.split())) and pt.title_like(line[:-1])


#: the most words of a picture's caption between a headline and its byline
CAPTION_WORDS = 8


#: the most lines of a letter's dateline and its address, in one block over the salutation
DATELINE_BLOCK = 4


def _dates_under_title(lines: list[str], start: int) -> bool:
    """A date at ``start``, under the title: a web page's ("lundi 3 mai 2004") or its writer's day ("Ann Roe on
    5 March 1928", also over a letter's salutation), not a letter's dateline over its salutation, maybe with the
    address in its block ("16 Feb. 1881, Genève," / "Rue de Lausanne, No. 49," over "Honoured Citizen,")."""
    opening = [(index, line.strip()) for index, line in enumerate(lines[start:start + OPENING_LINES], start) if line.strip()]
    if not opening or dated_line(opening[0][1]) is None:
        return False
    # the lines of the date's block (up to the first blank line), and the first line under it
    block = next((offset for offset, (index, _) in enumerate(opening) if index != opening[0][0] + offset), len(opening))
    under = opening[1: min(block, DATELINE_BLOCK) + 1]
    return name_on_date(opening[0][1]) is not None or not any(pt.SALUTE.match(line) for _, line in under)


# A description of the text closed by its day after a full stop: "Resolution on the Report of the Executive. June 9, 1921".
DESCRIBED_DAY = re.compile(r"^(?P<description>[A-Z][^.]{10,200}?)\.\s+(?P<date>[^.]{6,30}?)\.?$")


def _dated_description(line: str) -> tuple[str, tuple[str, Date]] | None:
    """The description and (the date as written, the date) of a line describing the text and closed by its day, or None."""
    if not (match := DESCRIBED_DAY.match(line)) or not (date := parse_date(match["date"])) or not date.to_the_day:
        return None
    return match["description"], (match["date"], date)


def _title_over_byline(numbered: list[tuple[int, str]]) -> int:
    """How many lines a title runs down to a byline ("WALDEN" / "and" / "ON THE DUTY OF CIVIL DISOBEDIENCE" /
    "by Henry David Thoreau"; "MOBY-DICK;" / "or, THE WHALE." / "By Herman Melville"); 0 if no byline is under it."""
    lines = next((position for position, (_, line) in enumerate(numbered[1:4], start=1) if byline(line) or byline_and_rest(line)), 0)
    return lines if (all(_title_part(line) for _, line in numbered[:lines])
                     or lines == 2 and _lower_case_subtitle(numbered[0][1], numbered[1][1])) and not any(
        dated_line(line) for _, line in numbered[1:lines]) else 0  # a date under the title is no part of it


#: the most words of a subtitle in lower case under a title a colon closes
LOWER_CASE_SUBTITLE_WORDS = 12


def _lower_case_subtitle(title: str, line: str) -> bool:
    """A subtitle in lower case under a title a colon closes ("Ann Roe:" / "the docker, her union and the port"):
    a few words no sentence closes."""
    return title.endswith(":") and pt.title_like(title[:-1]) and line[:1].islower() and len(line.split()) <= LOWER_CASE_SUBTITLE_WORDS \
        and not line.endswith((".", "!", "?", ":"))


def _title_part(line: str) -> bool:
    """A line of a title set over several: title words, a word joining titles ("or, THE WHALE."), or capitals
    closed as a title page closes them ("IOLA LEROY,", "MOBY-DICK;")."""
    first, _, rest = line.partition(" ")
    if rest and first.rstrip(",").lower() in pt.TITLE_JOINERS:
        line = rest
    return _title_line(line, ".,;") or line.lower() in pt.TITLE_JOINERS


def _captioned_byline(numbered: list[tuple[int, str]]) -> int:
    """The position of the byline under a headline not in title case with one or two captions between; 0 if none.

    A headline in title case over lines in title case is a title of several lines (read elsewhere), unless the
    page's title is set again as its heading over the byline: then a picture's caption may stand between (one that
    says so: "... (left) and ... Photo: ..."), and a subtitle under the title again.
    """
    headline = numbered[0][1] if len(numbered) >= 3 else ""
    repeated = any(line == headline for _, line in numbered[1:4])
    if not headline or not repeated and (pt.title_like(headline) or not HEADLINE.match(headline)):
        return 0
    again = False
    for position, (_, line) in enumerate(numbered[1:5 if repeated else 4], start=1):
        if byline(line):
            return position if position > 1 else 0
        again = again or line == headline
        if repeated and (line == headline or pt.CAPTION.search(line) or again and pt.title_like(line)):
            continue
        if len(line.split()) > CAPTION_WORDS or line[-1:] in ".,;:!?" or parse_date(line):
            return 0  # (a date over the byline is the page's date: "June 2012" / "By Ann Roe")
    return 0


def _by_over_name(lines: list[tuple[int, str]]) -> bool:
    """A title page's "BY" alone over the author's name ("NATHANIEL HAWTHORNE.")."""
    return len(lines) == 2 and lines[0][1].lower() == "by" and pt.name_like(lines[1][1].rstrip("."))


# A name after a dash, as a byline under the title: "— Samuel Farber".
DASHED_NAME = re.compile(r"^(?P<dash>[—–]|--)\s*(?P<name>\S.*)$")


def _name_over_text(lines: list[tuple[int, str]], text: list[str]) -> bool:
    """A name alone under the title and over a paragraph ("NICOLAS WALTER", "E. P. Thompson"): the author's byline.

    In mixed case it must sign as a name does (initials, or a name in capitals), or be the only name alone on its line
    in the ``text``, which does not name the person again: a section may be named after a person, but not over the
    first numbered section ("Jim Higgins" / "1. The Founding of the International"), nor after a dash ("— Samuel Farber").
    """
    if len(lines) != 2:
        return False
    (_, line), (_, following) = lines
    dashed = DASHED_NAME.match(line)
    name = dashed["name"] if dashed else line
    if not all(2 <= len(one.split()) <= 4 for one in pt.split_names(name)):
        return False
    if dashed:
        return len(following.split()) >= TEXT_WORDS and pt.name_like(name)
    if _numbered_title(following):
        return pt.name_like(name)
    if name.isupper() and IMPRINT_LINE.search(following):
        return pt.name_like(name.title())  # a title page's: "NOAH ABLETT" over "PUBLISHED BY THE PLEBS LEAGUE:"
    return len(following.split()) >= TEXT_WORDS and (name.isupper() and pt.name_like(name.title()) or pt.is_signature(name)
                                                     or pt.name_like(name) and not _named_elsewhere(text, name))


def _name_lines(numbered: list[tuple[int, str]], at: int) -> tuple[list[tuple[int, str]], int]:
    """The line ``at`` and the line under it, with a surname broken off onto its own line joined to the name
    ("Ann Roe and Bob" / "Lee"), and the number of the name's last line."""
    pair = numbered[at: at + 3]
    if len(pair) == 3 and pair[1][0] == pair[0][0] + 1 and pt.carries_on_name(pair[0][1], pair[1][1]):
        return [(pair[0][0], f"{pair[0][1]} {pair[1][1]}"), pair[2]], pair[1][0]
    return pair[:2], pair[0][0] if pair else -1


def _named_elsewhere(text: list[str], name: str) -> bool:
    """True when the ``text`` speaks of the person ``name`` names (the surname comes again), or another line holds a
    name alone between blank lines: sections named after people ("Alan Roe" / ... / "Carl Doe")."""
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")  # the word ("Roe", not the "roe" of "heroes")
    if sum(bool(surname.search(line)) for line in text) > 1:
        return True
    return any(line != name and not text[i - 1].strip() and not text[i + 1].strip() and len(line.split()) <= 4
               and pt.name_like(line) for i, line in ((i, text[i].strip()) for i in range(1, len(text) - 1)) if line)


def _printed_title_page(lines: list[str]) -> bool:
    """True when the text opens with a book's title page: title lines over a byline ("by X", or "BY" over a name)."""
    top = [line.strip() for line in lines[:60] if line.strip()][:6]
    return any(byline(line) or _by_over_name(list(enumerate(top[index: index + 2])))
               for index, line in enumerate(top[1:5], start=1))


#: The profiles, in the order ``auto`` tries them (prose accepts anything).
PROFILES: dict[str, Profile] = {
    profile.name: profile
    for profile in (
        Profile("gutenberg", "Project Gutenberg e-texts: licence header and footer around the book",
                gutenberg.detect, gutenberg.read_frame, web_page=False),
        Profile("muse", "Amusewiki's muse texts (The Anarchist Library...): directives such as #title over the text",
                muse.detect, _muse_header, web_page=False),
        Profile("archive", "archive transcriptions (the Marxists Internet Archive and the like): "
                "author, title, date and header fields at the top", _archive_page, _archive_header, web_page=True),
        Profile("web", "a page saved from a web site, its chrome at the foot: read as prose, the chrome removed",
                _chrome_at_foot, _prose_header, web_page=True),
        Profile("prose", "plain prose: a title line (or the file name), then paragraphs",
                lambda lines: True, _prose_header, web_page=False),
    )
}


def choose_profile(name: str, lines: list[str]) -> Profile:
    """The profile called ``name``, or for ``auto`` the first whose detector accepts ``lines``."""
    if name == "auto":
        return next(profile for profile in PROFILES.values() if profile.detect(lines))
    if name not in PROFILES:
        raise TeiToolsError(f"unknown profile {name!r} (choose auto, {', '.join(PROFILES)})")
    return PROFILES[name]
