"""The teiHeader: everything the text says about itself, and what the converter did.

Nothing is invented: an element is written only for what the source states.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from tei_tools import __version__
from tei_tools.readers import patterns as pt
from tei_tools.readers.dates import Date, earlier, find_dates, parse_date, refines
from tei_tools.readers.preamble import Field, Metadata, author_and_title
from tei_tools.readers.report import Report
from tei_tools.tei import tei

E = etree.SubElement


def _scope(unit: str) -> Callable[[re.Match[str]], tuple[str, dict[str, str]]]:
    def build(match: re.Match[str]) -> tuple[str, dict[str, str]]:
        first = _scope_number(match["a"])
        last = _scope_number(match["b"]) if match["b"] else first
        return "biblScope", {"unit": unit, "from": first, "to": last}

    return build


def _scope_number(number: str) -> str:
    """A volume, issue or page number in arabic figures; a half page ("360a") as given."""
    return number if number[-1:].isalpha() and number[:1].isdigit() else pt.arabic(number)


# Parts of a bibliographic reference, tried in this order; earlier ones win an overlap.
# Each maps a match to (element name, attributes).
BIBL_PARTS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[str, dict[str, str]]]]] = [
    (re.compile(r"\bWhole No\.?\s*(?P<a>\d+)(?P<b>)"), _scope("whole")),
    (re.compile(r"\bVol(?:ume|\.)?\s*(?P<a>[IVXLC]+|\d+)\b(?P<b>)"), _scope("volume")),
    (re.compile(r"\b(?:No|Nos|Number|Issue)\.?\s*(?P<a>\d+)(?:\s*[-–/]\s*(?P<b>\d+))?"), _scope("issue")),
    (re.compile(r"\b(?:pp?\.|pages?)\s*(?P<a>\d+[ab]?)(?:\s*(?:-|–|&|and|to)\s*(?P<b>\d+[ab]?))?\b"), _scope("page")),  # "page 360a": a half page
    (re.compile(r"(?<=by )[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*"), lambda m: ("publisher", {})),
    # A publisher named as such: "Progress Publishers", "Pathfinder Press", "Dietz Verlag".
    (re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*\s+(?:Publishers|Publishing(?: House| Association| Company)?|Press|Verlag|Books|Editions)\b"),
     lambda m: ("publisher", {})),
    # A place of publication: capitalised words after a comma, before a year or after a publisher.
    (re.compile(r"(?<=, )[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=,? (?:1[5-9]|20)\d\d\b)"), lambda m: ("pubPlace", {})),
]


# A name after its initials: "V. I. Lenin", "J.-P. Sartre".
INITIALLED_NAME = re.compile(r"^(?:[A-Z]\.[\s-]?){1,3}[A-Z][a-z]")


def structure_bibl(parent: etree._Element, text: str) -> None:
    """Fill ``parent`` with ``text``, tagging the parts of a reference it can recognise.

    The text is kept exactly; dates, volume, issue, whole number, pages and
    publisher become elements, and a leading title (maybe after its author)
    becomes ``title`` (``@level="j"`` for a periodical with issues, ``"m"`` otherwise).
    """
    spans: list[tuple[int, int, str, dict[str, str]]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _, _ in spans)

    spans += [(date.start, date.end, "date", date.attributes()) for date in find_dates(text)]
    for pattern, build in BIBL_PARTS:
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                spans.append((match.start(), match.end(), *build(match)))
    # "Eric Hobsbawm, Revolutionaries, 1973.": a book's author and title, where a place of publication would stand
    if (cited := pt.citation(text)) and all(name == "pubPlace" or start >= cited.end("work") for start, _, name, _ in spans):
        spans = [span for span in spans if span[2] != "pubPlace"]
        spans += [(0, cited.end("names"), "author", {}), (cited.start("work"), cited.end("work"), "title", {"level": "m"})]
    for _, end, name, _ in list(spans):
        if name == "publisher" and (place := re.match(r", ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b", text[end:])):
            if free(end + 2, end + place.end()):
                spans.append((end + 2, end + place.end(), "pubPlace", {}))
    scopes = {attrs.get("unit") for _, _, name, attrs in spans if name == "biblScope"}
    if scopes & {"volume", "issue"}:
        level = {"level": "j" if "issue" in scopes else "m"}
        first_comma = text.find(",")
        second_comma = text.find(",", first_comma + 1)
        title_start = first_comma + 1 + len(text[first_comma + 1:]) - len(text[first_comma + 1:].lstrip())
        # "V. I. Lenin, Collected Works, ...": the author first, known by the initials ("Lenin Collected Works" reads as a name too)
        if first_comma > 0 and second_comma > 0 and free(0, second_comma) and INITIALLED_NAME.match(text[:first_comma]) \
                and pt.name_like(text[:first_comma]) and pt.title_like(text[title_start:second_comma]):
            spans += [(0, first_comma, "author", {}), (title_start, second_comma, "title", level)]
        elif first_comma > 0 and free(0, first_comma) and pt.title_like(text[:first_comma]):
            spans.append((0, first_comma, "title", level))
    _fill(parent, text, sorted(spans))


def _fill(parent: etree._Element, text: str, spans: list[tuple[int, int, str, dict[str, str]]]) -> None:
    parent.text = text[: spans[0][0]] if spans else text
    for start, end, name, attributes in spans:
        child = E(parent, tei(name), attributes)
        child.text = text[start:end]
        following = next((s for s, _, _, _ in spans if s > start), len(text))
        child.tail = text[end:following]


def _date(parent: etree._Element, text: str, date: Date | None, **attributes: str) -> etree._Element:
    element = E(parent, tei("date"), {**attributes, **(date.attributes() if date else {})})
    element.text = text
    return element


def _clean(value: str) -> str:
    """A field value without the stop or semicolon that ends its line."""
    return value.strip().rstrip(".;,").strip()


def build_header(metadata: Metadata, language: tuple[str, str], source_name: str | None,
                 when: str | None, report: Report) -> etree._Element:
    """Build the ``teiHeader`` for a converted text."""
    header = etree.Element(tei("teiHeader"))
    file_desc = E(header, tei("fileDesc"))
    _title_statement(E(file_desc, tei("titleStmt")), metadata, report)
    publication = E(file_desc, tei("publicationStmt"))
    E(publication, tei("p")).text = "Encoded in TEI P5 by tei-tools from a plain-text transcription; not otherwise published."
    header_notes = [field.value for field in metadata.fields if field.kind == "note"]
    if header_notes or metadata.unrecognised:
        notes = E(file_desc, tei("notesStmt"))
        for value in header_notes:
            E(notes, tei("note")).text = value
        for _, line in metadata.unrecognised:
            E(notes, tei("note"), type="sourceHeader").text = line
    _source_description(E(file_desc, tei("sourceDesc")), metadata, source_name, report)
    _encoding_description(E(header, tei("encodingDesc")), report)
    profile = E(header, tei("profileDesc"))
    created = _creation_date(metadata)
    # Else the latest the text can have been made: when it was published, or its page last updated (the first of those
    # fields that gives a date: a source naming a book without its year leaves the page's post date to bound it).
    bound = None if created else next((date for field in map(metadata.first, ("published", "source", "released", "updated"))
                                       if field and (date := _publication_date(field.value, metadata))), None)
    # An opening sentence may tell when the text was made ("the speech delivered by X, September 6, 1918, ..."), which
    # says more than when it was published; or when it was published, where nothing else does.
    # (It may also make the date found above more precise: "(1870)" after the title, "written on September 1, 1870";
    # or tell that the date line over the title is when the page was posted: "26 May 2022" over "Resolution agreed at
    # the Party membership aggregate of December 2 1995.")
    if metadata.stated_date and (not created or metadata.stated_date[0] == "when" and (
            refines(metadata.stated_date[1], created[1]) or _posted_later(metadata, metadata.stated_date[1], created[1]))):
        kind, date = metadata.stated_date
        if kind == "when" and not (bound and bound.when and date.when and earlier(bound.when, date.when)):
            created, bound = (date.text, date), None  # when it was made, within the bound of its publication
            report.recognise(0, date.text, "header field: date (made, as an opening sentence says)")
        elif not bound:
            bound = date
            report.recognise(0, date.text, "header field: date (published, as an opening sentence says)")
    if created:
        _date(E(profile, tei("creation")), *created)
        if written := metadata.first("written"):
            _remove_label(written, report)
    elif bound and bound.range:  # published over a span (an issue of two months, a run of years): the span dates it
        _date(E(profile, tei("creation")), bound.text, bound)
    elif bound:
        _date(E(profile, tei("creation")), bound.text, None, notAfter=bound.when)
    else:
        report.warn(0, "", "no date of writing or publication found: add profileDesc/creation/date (the project schema requires one)")
    E(E(profile, tei("langUsage")), tei("language"), ident=language[0]).text = language[1]
    change = E(E(header, tei("revisionDesc")), tei("change"), {"when": when} if when else {})
    change.text = f"Converted from plain text by tei-tools {__version__}."
    return header


def _title_statement(statement: etree._Element, metadata: Metadata, report: Report) -> None:
    if metadata.title:
        title = E(statement, tei("title"), type="main")
        words = pt.without_note_markers(metadata.title)  # the title page keeps the marker, with its note
        if metadata.title_date:
            date = metadata.title_date
            start = words.rfind(date.text)
            title.text = words[:start]
            # (the words after the date are the title's too: "Letter <date/> from X to Y")
            _date(title, date.text, date).tail = words[start + len(date.text):] or None
        else:
            title.text = words
    else:
        report.warn(1, "", "no title found: the TEI title is empty")
        E(statement, tei("title"))
    if metadata.subtitle:
        E(statement, tei("title"), type="sub").text = metadata.subtitle
    for author in metadata.authors:
        _person(E(statement, tei("author")), author, metadata)
    credited: set[tuple[str, str]] = set()
    for credit in (f for f in metadata.fields if f.kind.startswith("credit:")):
        if (credit.kind, credit.value) in credited:  # "..., Translated by Y" on the first line and "Translator: Y"
            report.remove(credit.line, f"{credit.label} {credit.value}", "credit repeating another (it is in the header once)")
            continue
        credited.add((credit.kind, credit.value))
        responsibility = E(statement, tei("respStmt"))
        E(responsibility, tei("resp"), key=credit.kind.split(":")[1]).text = credit.label
        names, note = pt.split_credit(credit.value)
        if joiners := pt.joiners(names):
            report.remove(credit.line, " ".join(joiners), "words joining the names of a credit")
        for name in pt.split_names(names):
            if pt.name_like(name) or name in metadata.refs:
                _person(responsibility, name, metadata)
            else:
                E(responsibility, tei("name")).text = name
        if note:
            E(responsibility, tei("note")).text = note


def _person(parent: etree._Element, name: str, metadata: Metadata) -> None:
    """A ``persName`` (an ``orgName`` for a body: "The Associated Press"), pointing at its authority record when one
    was given."""
    ref = metadata.refs.get(name)
    E(parent, tei("orgName" if pt.organisation_like(name) else "persName"), {"ref": ref} if ref else {}).text = name


def _source_description(description: etree._Element, metadata: Metadata, source_name: str | None,
                        report: Report) -> None:
    for source in (f for f in metadata.fields if f.kind == "source"):
        for marker in pt.note_markers(source.value):  # "The Socialist Register 1994, pp.20-31. [1*]"
            report.remove(source.line, marker[0].strip(), "note marker (the header's source keeps none)")
        value = pt.without_note_markers(source.value)
        structure_bibl(E(description, tei("bibl"), type="source"), _clean(value) if source.label else value)
        _remove_label(source, report)
    for publisher in (f for f in metadata.fields if f.kind == "publisher"):
        sources = description.findall(tei("bibl"))
        bibl = sources[0] if sources else E(description, tei("bibl"), type="source")
        E(bibl, tei("publisher")).text = publisher.value
    for published in (f for f in metadata.fields if f.kind == "published"):
        bibl = E(description, tei("bibl"), type="firstPublished")
        structure_bibl(bibl, _clean(published.value))
        _remove_label(published, report)
    _check_dates(metadata, description, report)
    transcription = E(description, tei("bibl"), type="transcription")
    if metadata.archive_id:
        E(transcription, tei("idno"), type="archive").text = metadata.archive_id
    for identifier in (f for f in metadata.fields if f.kind.startswith("idno:")):
        E(transcription, tei("idno"), type=identifier.kind.split(":")[1]).text = identifier.value
    for released in (f for f in metadata.fields if f.kind == "released"):
        _date(transcription, _clean(released.value), _first_date(released.value), type="released")
    if source_name:
        E(transcription, tei("idno"), type="file").text = source_name
    for updated in (f for f in metadata.fields if f.kind == "updated"):
        _date(transcription, _clean(updated.value), parse_date(updated.value) or _first_date(updated.value), type="lastUpdated")
        _remove_label(updated, report)
    for encoding in (f for f in metadata.fields if f.kind == "encoding"):
        E(transcription, tei("note"), type="characterSet").text = encoding.value
    licences = [f for f in metadata.fields if f.kind == "licence"]
    if licences:
        availability = E(transcription, tei("availability"))
        for licence in licences:
            E(availability, tei("licence")).text = f"{licence.label}: {licence.value}" if licence.label else licence.value
    if len(transcription) == 0:
        description.remove(transcription)
    if len(description) == 0:
        E(description, tei("p")).text = "A plain-text transcription that states no source."


def _remove_label(field: Field, report: Report) -> None:
    if field.label:
        report.remove(field.line, field.label, "field label (its value is in the TEI header)")


def _check_dates(metadata: Metadata, description: etree._Element, report: Report) -> None:
    """Warn when the source is dated before the text was written (kept as given, never fixed)."""
    written = _creation_date(metadata)
    if not written or not written[1] or not written[1].when:
        return
    for date in description.iter(tei("date")):
        when = date.get("when")
        if when and earlier(when, written[1].when):
            line = next((f.line for f in metadata.fields if date.text and date.text in f.value), 0)
            report.warn(line, date.text or "", f"source date {when} is earlier than the date of writing {written[1].when} (kept as given)")


def _first_date(text: str) -> Date | None:
    """The first date written in ``text``, if any."""
    return next(iter(find_dates(text)), None)


def _publication_date(reference: str, metadata: Metadata) -> Date | None:
    """The first date of a source's reference outside the title it cites: "Rosa Luxemburg: Letters ... from 1896 to
    1918, Gordon Press, 1975" was published in 1975. A newspaper's run of years is no date of its issue, the day after
    it is: "South Bend news-times. (South Bend, Ind.) 1913-1938, September 22, 1919"."""
    title = metadata.title or ""
    dates = find_dates(reference.replace(title, " ") if len(title.split()) > 1 else reference)
    if len(dates) > 1 and dates[0].range and dates[1].when and dates[0].range[0] <= dates[1].when[:4] <= dates[0].range[1]:
        return dates[1]
    return dates[0] if dates else None


def _creation_date(metadata: Metadata) -> tuple[str, Date | None] | None:
    """When the text was written: the "Written:" field, else a date in the title, the date line or a letter's dateline."""
    written = metadata.first("written")
    if written:
        return _clean(written.value), parse_date(written.value) or _first_date(written.value)
    # (Years from and to in a title are a life or a period the text looks back on, "Ann Roe, 1924-1994":
    # a date line under it tells when the text was written.)
    # A year the text's first date falls in is made precise by it: "Victor Serge 1936" over a letter dated "August 10, 1936",
    # "Convention at St. Louis, 1917" over its first day's "April 7, 1917."
    stated = metadata.title_date if metadata.title_date and not (metadata.title_date.range and (
        metadata.date_line or _another_writers_work(metadata))) and not _anniversary(metadata) else None
    if not stated and metadata.date and metadata.date_line and not _published_before(metadata, metadata.date):
        stated = metadata.date
    if stated:
        date = metadata.opening_date if refines(metadata.opening_date, stated) else stated
        return date.text, date  # type: ignore[union-attr]
    if metadata.opening_date:
        return metadata.opening_date.text, metadata.opening_date
    return None


def _another_writers_work(metadata: Metadata) -> bool:
    """True when the title names another writer before a colon ("Rosa Luxemburg: Letters to Karl and Luise Kautsky
    from 1896 to 1918" over Luise Kautsky's introduction): its years are that writer's work, not this text's."""
    pair = author_and_title(metadata.title or "")
    return bool(pair and metadata.authors and pair[0] not in metadata.authors)


def _posted_later(metadata: Metadata, stated: Date, created: Date | None) -> bool:
    """True when ``created`` is the date line's and later than the date the opening sentence states: the page's post date
    (under a periodical's issue, "Workers Vanguard No. 956" / "9 April 2010", the date line is the issue's, which dates
    the reprint and its introduction)."""
    return bool(created is metadata.date and created and created.when and stated.when and earlier(stated.when, created.when)
                and not (metadata.first("source") or metadata.first("published")))


def _anniversary(metadata: Metadata) -> bool:
    """True when the title's day is the day the page was posted, in an earlier year: a post marking an anniversary
    ("Il Martello first published today, December 14, 1917", posted December 14, 2011) is about that day, not of it."""
    posted, day = metadata.first("released"), metadata.title_date
    return bool(posted and day and day.to_the_day and (post := _first_date(posted.value)) and post.to_the_day
                and post.when[4:] == day.when[4:] and earlier(day.when, post.when))  # type: ignore[index,arg-type]


def _published_before(metadata: Metadata, date: Date) -> bool:
    """True when the source was published before ``date``: a date line over a reprint ("14.05.1998" over
    "From The Call, May 16 1918") tells when the page was posted, not when the text was written."""
    published = metadata.first("published") or metadata.first("source")
    first = _publication_date(published.value, metadata) if published else None
    return bool(first and first.when and date.when and earlier(first.when, date.when) and not refines(date, first))


# What the converter may have done, in the words of the encodingDesc; keyed by report reason.
NORMALISATIONS = {
    "decoded": "The file was decoded as {detail}.",
    "line endings": "Line endings were normalised to line feeds.",
    "unicode": "Text was normalised to Unicode NFC.",
    "forbidden characters": "Characters that XML 1.0 forbids were removed.",
    "joined lines": "Lines broken inside a paragraph were joined with a space.",
}


def _encoding_description(description: etree._Element, report: Report) -> None:
    app_info = E(description, tei("appInfo"))
    application = E(app_info, tei("application"), ident="tei-tools", version=__version__)
    E(application, tei("label")).text = "tei-tools"
    editorial = E(description, tei("editorialDecl"))
    normalised = [entry for entry in report.recognised if entry.reason.startswith("normalised:")]
    paragraph = E(E(editorial, tei("normalization")), tei("p"))
    sentences = [NORMALISATIONS[entry.reason.split(":", 1)[1].strip()].format(detail=entry.text) for entry in normalised]
    paragraph.text = " ".join(dict.fromkeys(sentences)) or "The text is given as in the source; no characters were changed."
    interpretation = E(E(editorial, tei("interpretation")), tei("p"))
    interpretation.text = (
        "Header lines of the source (author, title, dates, source, credits) are encoded in this header; "
        "headings, paragraphs, block quotations, openers, closers and trailers are encoded as such; "
        "note markers such as [1] are links to the notes."
    )
    removed = [entry for entry in report.removed if not entry.reason.startswith("field label")]
    if removed:
        interpretation.text += " Lines removed from the text (by line number):"
        listing = E(interpretation, tei("list"))
        for entry in removed:
            E(listing, tei("item"), n=str(entry.line)).text = entry.text
