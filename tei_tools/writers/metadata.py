"""A document's metadata for catalogues and archive ingest: JSON and Dublin Core (OAI-DC).

Both read the header through :class:`~tei_tools.writers.document.Document`,
the same reading the HTML and text editions show, so every output of a
document agrees on its title, author, date and source.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from lxml import etree

from tei_tools.tei import text_of
from tei_tools.writers.document import Document, normalized

OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"

#: Header fields (labels of :data:`~tei_tools.writers.document.HEADER_FIELDS` and of
#: responsibilities) that name contributors other than the author.
CONTRIBUTOR_FIELDS = ("Editor", "Translator", "Transcriber", "Annotator", "Compiler")

#: Where the source of a document is told, most specific first.
SOURCE_FIELDS = ("Source", "First published", "Transcription")

#: Dating attributes of ``creation/date``, the one read first giving the ISO date of writing.
DATE_ATTRIBUTES = ("when", "from", "notBefore", "notAfter", "to")

#: Dublin Core element -> the :class:`Metadata` attribute giving its values.
DUBLIN_CORE = (
    ("title", "title"), ("creator", "authors"), ("contributor", "contributors"), ("date", "date"),
    ("language", "language"), ("source", "source"), ("publisher", "publisher"), ("rights", "rights"),
    ("type", "type"), ("format", "format"),
)


@dataclass(frozen=True)
class Metadata:
    """What a catalogue needs to know about one document, as plain text."""

    title: str
    authors: list[str]
    contributors: list[str]
    #: ISO 8601 date of writing (see :data:`DATE_ATTRIBUTES`), else the date as written, else ""
    date: str
    language: str
    source: str
    publisher: str
    rights: str
    #: every header field shown in the editions: label -> values
    fields: dict[str, list[str]]
    type: str = "Text"
    format: str = "application/tei+xml"


def read_metadata(tree: etree._ElementTree | etree._Element) -> Metadata:
    """Read the metadata of a TEI document (ours or anyone's)."""
    document = Document(tree)
    elements = dict(document.metadata())
    fields = {label: [normalized(text_of(element)) for element in found] for label, found in elements.items()}

    def first(*labels: str) -> str:
        return next(("; ".join(fields[label]) for label in labels if label in fields), "")

    written = elements.get("Written") or elements.get("Written no later than", [])
    return Metadata(
        title=document.title(),
        authors=fields.get("Author", []),
        contributors=[name for label in CONTRIBUTOR_FIELDS for name in fields.get(label, [])],
        date=next((written[0].get(name) for name in DATE_ATTRIBUTES if written and written[0].get(name)),
                  first("Written", "Written no later than")),
        language=document.language() or "",
        source=first(*SOURCE_FIELDS),
        publisher=first("Publisher"),
        rights=first("Licence"),
        fields=fields,
    )


def to_json(tree: etree._ElementTree | etree._Element) -> str:
    """Render a document's metadata as a JSON object."""
    return json.dumps(asdict(read_metadata(tree)), ensure_ascii=False, indent=2) + "\n"


def to_dublin_core(tree: etree._ElementTree | etree._Element) -> str:
    """Render a document's metadata as an OAI-DC record (``oai_dc:dc``), the format OAI-PMH harvesters ingest."""
    metadata = read_metadata(tree)
    record = etree.Element(f"{{{OAI_DC_NS}}}dc", nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS})
    record.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_DC_NS} {OAI_DC_SCHEMA}")
    for element, attribute in DUBLIN_CORE:
        values = getattr(metadata, attribute)
        for value in values if isinstance(values, list) else [values]:
            if value:
                etree.SubElement(record, f"{{{DC_NS}}}{element}").text = value
    return etree.tostring(record, encoding="unicode", pretty_print=True)
