"""Plain text in, TEI P5 out: the converter's entry points.

``convert_bytes`` decodes and cleans the input, then the text goes through
its source profile (:mod:`profiles`: the header lines of an archive page, the
frame of a Project Gutenberg book, or the title line of plain prose), the
metadata given beside it (:mod:`sidecar`), :mod:`blocks` (classification),
:mod:`header` and :mod:`text` (building the TEI tree). The :class:`Report` lists everything
removed, recognised and doubted on the way.
"""

from __future__ import annotations

import codecs
import os
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tei_tools.errors import TeiToolsError
from tei_tools.readers.blocks import classify, drop_residue, split_blocks, take_late_fields
from tei_tools.readers.header import build_header
from tei_tools.readers.language import detect_language
from tei_tools.readers.profiles import choose_profile
from tei_tools.readers.report import Report
from tei_tools.readers.sidecar import apply, read_sidecar
from tei_tools.readers.text import build_text
from tei_tools.tei import TEI_NS, tei, xml_attr

# Characters XML 1.0 does not allow (C0 controls but tab and line feed, lone surrogates, U+FFFE/FFFF).
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Conversion:
    """The result of converting one text: the TEI tree and the report."""

    tree: etree._ElementTree
    report: Report


def decode(data: bytes, report: Report) -> str:
    """Decode a text file: UTF-8 or UTF-16 by byte-order mark, else UTF-8, else Windows-1252."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TeiToolsError(f"{report.source}: looks like a binary file (it contains NUL bytes), not plain text")
    for bom, encoding in ((codecs.BOM_UTF8, "UTF-8"), (codecs.BOM_UTF16_LE, "UTF-16LE"), (codecs.BOM_UTF16_BE, "UTF-16BE")):
        if data.startswith(bom):
            report.recognise(0, f"{encoding} (its byte-order mark removed)", "normalised: decoded")
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        report.recognise(0, "Windows-1252", "normalised: decoded")
        return data.decode("cp1252", errors="replace")


def clean(text: str, report: Report) -> str:
    """Normalise line endings and Unicode, and remove characters XML cannot hold (reported)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        report.recognise(0, "", "normalised: line endings")
    for number, line in enumerate(text.split("\n"), start=1):
        for char in FORBIDDEN.findall(line):
            report.remove(number, f"U+{ord(char):04X}", "character not allowed in XML")
    if FORBIDDEN.search(text):
        text = FORBIDDEN.sub("", text)
        report.recognise(0, "", "normalised: forbidden characters")
    normalised = unicodedata.normalize("NFC", text)
    if normalised != text:
        report.recognise(0, "", "normalised: unicode")
    return normalised


def conversion_date() -> str | None:
    """The date of the conversion from ``SOURCE_DATE_EPOCH``, or None when it is not set.

    Without it no date is written, so the same input always gives the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return time.strftime("%Y-%m-%d", time.gmtime(int(epoch)))
    except ValueError as error:
        raise TeiToolsError(f"SOURCE_DATE_EPOCH must be a number of seconds, not {epoch!r}") from error


def convert_text(text: str, name: str | None = None, report: Report | None = None, profile: str = "auto",
                 meta: dict[str, dict[str, object]] | None = None) -> Conversion:
    """Convert plain text into a TEI document; ``name`` is the source file name, if any.

    ``profile`` is a name from :data:`~tei_tools.readers.profiles.PROFILES` or
    ``auto``; ``meta`` maps where header fields were given (a sidecar file,
    ``--meta``) to their checked values, applied in that order.
    """
    report = report or Report(name or "<text>")
    text = clean(text, report)
    if not text.strip():
        raise TeiToolsError(f"{report.source}: the file is empty; there is nothing to convert")
    lines = text.split("\n")
    chosen = choose_profile(profile, lines)
    report.profile = chosen.name
    metadata, body_start, body_end = chosen.read_header(lines, name, report)
    for where, values in (meta or {}).items():
        apply(values, metadata, report, where)
    blocks = drop_residue(split_blocks(lines[:body_end], body_start), report, chosen.web_page)
    if chosen.web_page:
        blocks = take_late_fields(blocks, metadata)
    items = classify(blocks, metadata, report)
    language = metadata.language or detect_language("\n".join(lines[body_start:body_end]))
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    if language:
        root.set(xml_attr("lang"), language[0])
    text_element = build_text(items, metadata, report)
    root.append(build_header(metadata, language, name, conversion_date(), report))
    root.append(text_element)
    return Conversion(etree.ElementTree(root), report)


def convert_bytes(data: bytes, name: str | None = None, profile: str = "auto",
                  meta: dict[str, dict[str, object]] | None = None) -> Conversion:
    """Decode and convert the bytes of a plain-text file."""
    report = Report(name or "<stdin>")
    return convert_text(decode(data, report), name, report, profile, meta)


def convert_file(path: Path, profile: str = "auto", meta: dict[str, dict[str, object]] | None = None) -> Conversion:
    """Convert a plain-text file; a ``.toml`` sidecar beside it gives header fields (before ``meta``)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TeiToolsError(f"{path}: cannot read: {error.strerror or error}") from error
    sidecar = path.with_suffix(".toml")
    given = {str(sidecar): read_sidecar(sidecar)} if sidecar.is_file() else {}
    report = Report(str(path))
    return convert_text(decode(data, report), path.name, report, profile, {**given, **(meta or {})})
