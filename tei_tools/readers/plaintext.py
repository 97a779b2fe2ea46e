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
from tei_tools.readers.blocks import (
    classify,
    drop_page_furniture,
    drop_heading_marks,
    drop_relative_links,
    drop_residue,
    drop_teasers,
    join_broken_sentences,
    split_blocks,
    take_late_fields,
    take_lines_under_standfirst,
    take_subtitle,
    take_title_heading,
)
from tei_tools.readers import muse
from tei_tools.readers.header import build_header
from tei_tools.readers.language import UNDETERMINED, detect_language
from tei_tools.readers.profiles import choose_profile
from tei_tools.readers.report import Report
from tei_tools.readers.sidecar import apply, read_sidecar
from tei_tools.readers.text import build_text
from tei_tools.tei import TEI_NS, tei, xml_attr

# Characters XML 1.0 does not allow (C0 controls but tab and line feed, lone surrogates, U+FFFE/FFFF).
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The C0 controls among them, as UTF-8 bytes (each is its own single byte there).
_FORBIDDEN_CONTROLS = bytes(code for code in range(0x20) if FORBIDDEN.match(chr(code)))


def _holds_forbidden(text: str) -> bool:
    """True when ``text`` holds a character of :data:`FORBIDDEN`, told three times faster than by the
    pattern (which steps through every character): a lone surrogate cannot be encoded, and a C0
    control is a byte of its own in UTF-8."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return len(data.translate(None, _FORBIDDEN_CONTROLS)) < len(data) or "\ufffe" in text or "\uffff" in text


@dataclass(frozen=True)
class Conversion:
    """The result of converting one text: the TEI tree and the report."""

    tree: etree._ElementTree
    report: Report


#: byte-order mark -> encoding (UTF-32 first: its little-endian mark begins like UTF-16's)
BYTE_ORDER_MARKS = {
    codecs.BOM_UTF32_LE: "UTF-32LE", codecs.BOM_UTF32_BE: "UTF-32BE", codecs.BOM_UTF8: "UTF-8",
    codecs.BOM_UTF16_LE: "UTF-16LE", codecs.BOM_UTF16_BE: "UTF-16BE",
}
#: A text with more control characters than this share (in its first 64 KiB) is taken for a binary file.
BINARY_SHARE = 0.1
_HIGH_BYTES = bytes(range(0x80, 0x100))


def decode(data: bytes, report: Report, encoding: str | None = None) -> str:
    """Decode a text file: as ``encoding`` when given, else by its byte-order mark, else as UTF-16
    when its NUL bytes show it, else UTF-8, else Windows-1252 (or Latin-1). The encoding found is
    reported; a binary file is refused."""
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise TeiToolsError(f"{report.source}: not {encoding}: byte 0x{data[error.start]:02X} at offset "
                                f"{error.start} cannot be decoded (try another --encoding)") from error
        except LookupError as error:
            raise TeiToolsError(f"unknown text encoding {encoding!r}") from error
        text, found = text.removeprefix("\ufeff"), encoding
    else:
        text, found = _detect(data, report)
    if "\x00" in text:
        raise TeiToolsError(f"{report.source}: looks like a binary file (it contains NUL bytes), not plain text "
                            "(if it is UTF-16 without a byte-order mark, give --encoding utf-16-le or utf-16-be)")
    sample = text[:65536]
    # Form feeds are page breaks (pdftotext writes one per page), and a few controls in a tiny file are no sign.
    if _holds_forbidden(sample) and len(FORBIDDEN.findall(sample)) - sample.count("\x0c") > max(8, BINARY_SHARE * len(sample)):
        raise TeiToolsError(f"{report.source}: looks like a binary file (it is full of control characters), not plain text")
    if found:
        report.recognise(0, found, "normalised: decoded")
    return text


def _detect(data: bytes, report: Report) -> tuple[str, str | None]:
    """The text and the name of its encoding (None for plain UTF-8, the default)."""
    for bom, encoding in BYTE_ORDER_MARKS.items():
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), f"{encoding} (its byte-order mark removed)"
    if b"\x00" in data and len(data) % 2 == 0:
        # UTF-16 without a mark: the NUL high bytes of ASCII characters all fall on one side.
        # Enough of them to tell: 8 at least, one code unit in ten (spaces and line feeds in any script).
        nul_even, nul_odd = data[0::2].count(0), data[1::2].count(0)
        enough = max(8, len(data) // 20)
        encoding = ("UTF-16LE" if nul_odd >= enough and nul_odd > 20 * nul_even else
                    "UTF-16BE" if nul_even >= enough and nul_even > 20 * nul_odd else None)
        if encoding:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = "\x00"
            if not _holds_forbidden(text):  # taken only when it reads as clean text
                return text, f"{encoding} (no byte-order mark; told by its NUL bytes)"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(text) - len(data.translate(None, _HIGH_BYTES)) - text.count("\ufffd")
    if multibyte > invalid:
        # Mostly UTF-8 (Windows-1252 text hardly ever holds valid UTF-8 sequences): a damaged file.
        line = text.count("\n", 0, text.index("\ufffd")) + 1
        report.warn(line, f"{invalid} byte(s)", "not valid UTF-8, replaced by U+FFFD")
        return text, f"UTF-8 ({invalid} invalid byte(s) replaced by U+FFFD)"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined: Latin-1 maps every byte
        return data.decode("latin-1"), "ISO-8859-1 (Latin-1)"
    # The two differ only on bytes 0x80-0x9F (printable in Windows-1252, controls in Latin-1).
    windows = any(0x80 <= byte <= 0x9F for byte in set(data))
    return text, "Windows-1252" if windows else "ISO-8859-1 (Latin-1)"


def clean(text: str, report: Report) -> str:
    """Normalise line endings and Unicode, and remove characters XML cannot hold (reported)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        report.recognise(0, "", "normalised: line endings")
    if _holds_forbidden(text):  # rare: the lines are looked through only then
        for number, line in enumerate(text.split("\n"), start=1):
            for char in FORBIDDEN.findall(line):
                report.remove(number, f"U+{ord(char):04X}", "character not allowed in XML")
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
    lines = drop_relative_links(text.split("\n"), report)
    # A muse text marks headings its own way ("** Chapter"): its "#" lines are directives, not Markdown's headings.
    lines = drop_teasers(muse.drop_markup(lines, report) if muse.detect(lines) else drop_heading_marks(lines, report), report)
    chosen = choose_profile(profile, lines)
    report.profile = chosen.name
    metadata, body_start, body_end = chosen.read_header(lines, name, report)
    for where, values in (meta or {}).items():
        apply(values, metadata, report, where)
    blocks = join_broken_sentences(drop_page_furniture(drop_residue(split_blocks(lines[:body_end], body_start), report, chosen.web_page), report))
    if chosen.web_page:
        blocks = take_late_fields(blocks, metadata, report)
    blocks = take_lines_under_standfirst(blocks, metadata, report)
    items = take_title_heading(take_subtitle(classify(blocks, metadata, report), metadata, report), metadata, report)
    # A short body may hold too few common words to tell its language: the header's lines add theirs.
    language = metadata.language or detect_language("\n".join(lines[body_start:body_end]))
    if language == UNDETERMINED:
        language = detect_language("\n".join(lines[:body_end]))
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(xml_attr("lang"), language[0])
    text_element = build_text(items, metadata, report)
    root.append(build_header(metadata, language, name, conversion_date(), report))
    root.append(text_element)
    return Conversion(etree.ElementTree(root), report)


def convert_bytes(data: bytes, name: str | None = None, profile: str = "auto",
                  meta: dict[str, dict[str, object]] | None = None, encoding: str | None = None) -> Conversion:
    """Decode (as ``encoding``, or detected) and convert the bytes of a plain-text file."""
    report = Report(name or "<stdin>")
    return convert_text(decode(data, report, encoding), name, report, profile, meta)


def convert_file(path: Path, profile: str = "auto", meta: dict[str, dict[str, object]] | None = None,
                 encoding: str | None = None) -> Conversion:
    """Convert a plain-text file, decoded as ``encoding`` or as detected; a ``.toml`` sidecar
    beside it gives header fields (before ``meta``)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TeiToolsError(f"{path}: cannot read: {error.strerror or error}") from error
    sidecar = path.with_suffix(".toml")
    given = {str(sidecar): read_sidecar(sidecar)} if sidecar.is_file() else {}
    report = Report(str(path))
    return convert_text(decode(data, report, encoding), path.name, report, profile, {**given, **(meta or {})})
