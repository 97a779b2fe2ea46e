"""The hostile-input corpus: broken, strange and malicious inputs, generated into a folder.

Every case names the input class it stands for (one row of docs/hostile-input.md)
and what tei-tools must answer: a fragment of the one error line, or None when
the input must be converted or read normally. XML attacks point at a secret
file whose content must never appear in any output.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

SECRET = "TOP-SECRET-b7c1e2"

MINIMAL_TEI = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
    "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
    "<text><body><p>{}</p></body></text></TEI>"
)
MULTILINGUAL = (
    "Летопись\n\nЭто первый абзац текста.\n\nΚαλημέρα κόσμε, ένα δεύτερο κομμάτι.\n\n"
    "שלום עולם, זה טקסט בעברית.\n\nمرحبا بالعالم، هذا نص عربي.\n\n这是中文文本的一个段落。日本語の文章もあります。\n"
)
FRENCH = "Café crème\n\nLes élèves étaient déjà là, d’une naïve façon — « guillemets » et “quotes”…\n"


@dataclass(frozen=True)
class Case:
    """One input of the corpus: its file name, its bytes, and the refusal expected (None: accepted)."""

    name: str
    data: bytes
    refusal: str | None = None

    @property
    def is_text(self) -> bool:
        return self.name.endswith(".txt")


def secret_files(folder: Path) -> tuple[Path, Path]:
    """A secret text file and a secret XML file in ``folder``; their content must never leak."""
    folder.mkdir(parents=True, exist_ok=True)
    text, xml = folder / "secret.txt", folder / "secret.xml"
    text.write_text(SECRET + "\n", encoding="utf-8")
    xml.write_text(f"<settings><password>{SECRET}</password></settings>\n", encoding="utf-8")
    return text, xml


def xml_cases(secret_text: Path, secret_xml: Path) -> list[Case]:
    """XML attacks and damage, for validate and export."""
    text_url = secret_text.as_uri()
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return [
        Case("xxe-local-file.xml", f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{text_url}">]>{MINIMAL_TEI.format("&x;")}'.encode()),
        Case("xxe-network.xml", f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>{MINIMAL_TEI.format("&x;")}'.encode()),
        Case("xxe-parameter-entity.xml", f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{text_url}"> %p;]>{MINIMAL_TEI.format("a")}'.encode()),
        Case("xxe-error-exfiltration.xml", (f'<!DOCTYPE TEI [<!ENTITY % file SYSTEM "{text_url}">'
                                            "<!ENTITY % eval \"<!ENTITY &#x25; error SYSTEM 'file:///nowhere/%file;'>\">"
                                            f'%eval; %error;]>{MINIMAL_TEI.format("a")}').encode(), "PEReferences forbidden"),
        Case("external-dtd.xml", f'<!DOCTYPE TEI SYSTEM "{text_url}">{MINIMAL_TEI.format("a")}'.encode()),
        Case("external-dtd-entity.xml", f'<!DOCTYPE TEI SYSTEM "{text_url}">{MINIMAL_TEI.format("a&mdash;b")}'.encode()),
        Case("billion-laughs.xml", f'<!DOCTYPE TEI [<!ENTITY l0 "ha">{laughs}]>{MINIMAL_TEI.format("&l9;")}'.encode(), "entity bomb"),
        Case("quadratic-blowup.xml", (f'<!DOCTYPE TEI [<!ENTITY a "{"x" * 50_000}">]>'
                                      f'{MINIMAL_TEI.format("&a;" * 50_000)}').encode(), "entity bomb"),
        Case("internal-entity.xml", f'<!DOCTYPE TEI [<!ENTITY name "Leon">]>{MINIMAL_TEI.format("&name;")}'.encode()),
        Case("xinclude-local-file.xml", MINIMAL_TEI.format(
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{text_url}" parse="text"/>').encode()),
        Case("deep-nesting.xml", MINIMAL_TEI.format("<hi>" * 100_000 + "x" + "</hi>" * 100_000).encode(), "nested deeper than 256"),
        Case("huge-text-node.xml", MINIMAL_TEI.format("x" * 10_000_001).encode(), "text node longer than"),
        Case("truncated.xml", MINIMAL_TEI.format("cut")[:150].encode(), "not well-formed"),
        Case("not-xml.xml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not well-formed"),
        Case("empty.xml", b"", "not well-formed"),
        Case("schema-is-a-secret-xsd.xml", (f'<?xml-model href="{secret_xml}" schematypens="http://www.w3.org/2001/XMLSchema"?>'
                                            f'{MINIMAL_TEI.format("a")}').encode()),
        Case("schema-is-a-secret-rng.xml", (f'<?xml-model href="{secret_xml}" schematypens="http://relaxng.org/ns/structure/1.0"?>'
                                            f'{MINIMAL_TEI.format("a")}').encode()),
        Case("schema-reads-a-file.xml", f'<?xml-model href="reads-a-file.sch"?>{MINIMAL_TEI.format("a")}'.encode()),
    ]


def schema_cases(secret_text: Path, secret_xml: Path) -> list[Case]:
    """Schemas that try to read local files (given with --schema, or named by a document beside them)."""
    xml_url = secret_xml.as_uri()
    return [
        Case("reads-a-file.sch", (
            '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt"><pattern><rule context="/*">'
            f"<assert test=\"false()\">leak: <value-of select=\"document('{xml_url}')\"/></assert>"
            "</rule></pattern></schema>").encode(), "may not read files"),
        Case("reads-a-file.xsd", (
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.tei-c.org/ns/1.0">'
            '<xs:element name="TEI"><xs:complexType><xs:sequence><xs:any processContents="skip" maxOccurs="unbounded"/>'
            f"</xs:sequence><xs:assert test=\"string(doc('{xml_url}')) = 'x'\"/></xs:complexType></xs:element>"
            "</xs:schema>").encode(), "Error retrieving resource"),
        Case("includes-a-file.rng", (
            f'<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="{xml_url}"/>'
            '<start><element name="TEI"><text/></element></start></grammar>').encode(), "unusable RELAX NG"),
    ]


def text_cases() -> list[Case]:
    """Plain texts in every encoding, line ending and script, and files that are not text at all."""
    binary = bytes(range(256)) * 8
    return [
        Case("utf-8.txt", MULTILINGUAL.encode("utf-8")),
        Case("utf-8-bom.txt", codecs.BOM_UTF8 + MULTILINGUAL.encode("utf-8")),
        Case("utf-16le-bom.txt", codecs.BOM_UTF16_LE + MULTILINGUAL.encode("utf-16-le")),
        Case("utf-16be-bom.txt", codecs.BOM_UTF16_BE + MULTILINGUAL.encode("utf-16-be")),
        Case("utf-32le-bom.txt", codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le")),
        Case("utf-16le-no-bom.txt", FRENCH.encode("utf-16-le")),
        Case("utf-16be-no-bom.txt", MULTILINGUAL.encode("utf-16-be")),
        Case("windows-1252.txt", FRENCH.encode("cp1252")),
        Case("latin-1.txt", "Café crème\n\nÀ la française : « guillemets », ± ¼ ÿ.\n".encode("latin-1")),
        Case("damaged-utf-8.txt", MULTILINGUAL.encode("utf-8")[:40] + b"\xff\xfe" + MULTILINGUAL.encode("utf-8")[40:]),
        Case("crlf.txt", FRENCH.replace("\n", "\r\n").encode()),
        Case("cr.txt", FRENCH.replace("\n", "\r").encode()),
        Case("control-characters.txt", "Title\n\nPage one.\x0c\n\nPage two\x01 with \x1b[1mescapes\x1b[0m.\n".encode()),
        Case("nul-bytes.txt", b"Title\n\nText\x00 with a NUL.\n", "binary file"),
        Case("binary.txt", binary, "binary file"),
        Case("empty.txt", b"", "empty"),
        Case("whitespace-only.txt", b"  \n\t\n \r\n\x0c", "empty"),
        Case("bom-only.txt", codecs.BOM_UTF8, "empty"),
        Case("one-long-line.txt", ("word " * 200_000).encode()),
        Case("no-blank-lines.txt", "\n".join(f"Line {i} of a text without blank lines." for i in range(2000)).encode()),
        Case("cyrillic.txt", ("Письмо другу\n\n" + "Это и не то, что он сказал, но в этом и есть смысл. " * 20).encode()),
        Case("greek.txt", ("Επιστολή\n\n" + "Η γλώσσα είναι ένα σύστημα επικοινωνίας. " * 20).encode()),
        Case("hebrew-arabic.txt", "מכתב\n\nשלום עולם.\n\nرسالة\n\nمرحبا بالعالم.\n".encode()),
        Case("cjk.txt", "书信\n\n这是中文文本的一个段落。\n\n日本語の文章もあります。\n\n한국어 문장입니다.\n".encode()),
        Case("bidi-and-invisible.txt", "Title\n\nText with \u202e an override, \u200f a mark and zero\u200bwidth space.\n".encode()),
    ]


def write_corpus(folder: Path) -> dict[str, Case]:
    """Write the whole corpus into ``folder`` (secrets in ``folder/private``); return its cases by name."""
    secret_text, secret_xml = secret_files(folder / "private")
    cases = xml_cases(secret_text, secret_xml) + schema_cases(secret_text, secret_xml) + text_cases()
    for case in cases:
        (folder / case.name).write_bytes(case.data)
    return {case.name: case for case in cases}
