"""Metadata for catalogues: JSON and Dublin Core (OAI-DC) read from the header."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from tei_tools.cli import cli
from tei_tools.tei import parse
from tei_tools.writers.metadata import (
    DC_NS,
    OAI_DC_NS,
    XSI_NS,
    read_metadata,
    to_dublin_core,
    to_json,
)

LETTER = Path(__file__).parent / "fixtures" / "export" / "letter.xml"


def test_metadata_reads_the_header_fields() -> None:
    metadata = read_metadata(parse(LETTER))
    assert metadata.title == "On the Harbour Ferries"
    assert metadata.authors == ["Mara Lindqvist"]
    assert metadata.contributors == ["Otto Brenner", "Ada Quill"]
    assert metadata.date == "1931-03-02"  # the ISO value, not the date as written
    assert metadata.language == "en"
    assert metadata.source == "The Coastal Review, 3, 7, April 1931, pp. 12–14."
    assert metadata.fields["Author"] == ["Mara Lindqvist"]


def test_a_document_without_header_has_empty_fields() -> None:
    metadata = read_metadata(etree.fromstring(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>'))
    assert (metadata.title, metadata.authors, metadata.date, metadata.source) == ("Untitled TEI document", [], "", "")


def test_a_date_bound_is_no_date_of_writing() -> None:
    bound = etree.fromstring(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><creation>'
                             b'<date notAfter="1972">1972</date></creation></profileDesc></teiHeader><text/></TEI>')
    metadata = read_metadata(bound)
    assert metadata.fields["Written no later than"] == ["1972"] and "Written" not in metadata.fields
    assert metadata.date == "1972"


def test_json_holds_every_field() -> None:
    data = json.loads(to_json(parse(LETTER)))
    assert data["title"] == "On the Harbour Ferries" and data["type"] == "Text"
    assert data["fields"]["Author"] == ["Mara Lindqvist"]


def test_dublin_core_is_an_oai_dc_record() -> None:
    record = etree.fromstring(to_dublin_core(parse(LETTER)).encode())
    assert record.tag == f"{{{OAI_DC_NS}}}dc"
    assert record.nsmap == {"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS}
    assert record.get(f"{{{XSI_NS}}}schemaLocation").split() == [OAI_DC_NS, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"]
    elements = [(etree.QName(child).localname, child.text) for child in record]
    assert elements[:5] == [("title", "On the Harbour Ferries"), ("creator", "Mara Lindqvist"),
                            ("contributor", "Otto Brenner"), ("contributor", "Ada Quill"), ("date", "1931-03-02")]
    assert all(etree.QName(child).namespace == DC_NS for child in record)


def test_export_to_dc_and_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(LETTER), "--to", "dc", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "letter.dc.xml").read_text(encoding="utf-8").startswith("<oai_dc:dc ")
    stdout = CliRunner().invoke(cli, ["export", "-", "--to", "json"], input=LETTER.read_bytes())
    assert json.loads(stdout.stdout)["authors"] == ["Mara Lindqvist"]
