"""TEI as lxml trees: names, the hardened parser, one content walk, writing.

Everything in tei-tools goes through these few functions: readers build trees
with :func:`tei`, writers walk them with :func:`content`, every XML input is
parsed with :func:`parse`, every output is written with :func:`write_atomic` (or :func:`open_atomic`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from tei_tools.errors import TeiToolsError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"tei": TEI_NS}


def tei(local_name: str) -> str:
    """Return the Clark name (``{namespace}name``) of a TEI element."""
    return f"{{{TEI_NS}}}{local_name}"


def xml_attr(local_name: str) -> str:
    """Return the Clark name of an ``xml:`` attribute such as ``xml:id``."""
    return f"{{{XML_NS}}}{local_name}"


def _hardened_parser() -> etree.XMLParser:
    # No entity expansion, no DTD loading, no network: a hostile document can
    # neither read local files nor make the parser fetch or blow up anything.
    # collect_ids=False: a duplicate xml:id is a validity problem for the
    # validator to report, not a reason to refuse the whole file.
    return etree.XMLParser(
        collect_ids=False,
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_comments=False,
    )


def parse(source: bytes | str | Path) -> etree._ElementTree:
    """Parse XML bytes or a file with the hardened parser.

    Raises :class:`TeiToolsError` naming the line and column when the input is
    not well-formed or cannot be read.
    """
    parser = _hardened_parser()
    try:
        if isinstance(source, bytes):
            return etree.ElementTree(etree.fromstring(source, parser))
        return etree.parse(str(source), parser)
    except etree.XMLSyntaxError as error:
        where = f"{error.filename or '<input>'}:{error.lineno}:{error.offset}"
        raise TeiToolsError(f"{where}: not well-formed XML: {error.msg}") from error
    except OSError as error:
        raise TeiToolsError(f"{source}: cannot read: {error}") from error


def content(element: etree._Element) -> Iterator[str | etree._Element]:
    """Yield an element's content in document order.

    First its ``.text``, then each child node (element, comment or processing
    instruction) followed by that child's ``.tail``; empty strings are skipped.
    Every tree walk in tei-tools goes through this one helper, so no text or
    tail is ever forgotten.
    """
    if element.text:
        yield element.text
    for child in element:
        yield child
        if child.tail:
            yield child.tail


def text_of(element: etree._Element) -> str:
    """Return all character data below ``element``, comments and PIs excluded."""
    parts: list[str] = []
    for item in content(element):
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item.tag, str):
            parts.append(text_of(item))
    return "".join(parts)


def to_bytes(tree: etree._ElementTree | etree._Element) -> bytes:
    """Serialise a TEI tree as indented UTF-8 XML with a declaration.

    Indentation is only added where an element holds no text of its own, so
    mixed content (paragraphs, heads) is written exactly as it is.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    _indent(root, 0)
    body = etree.tostring(root.getroottree(), encoding="UTF-8", xml_declaration=True)
    return body + b"\n"


def _holds_text(element: etree._Element) -> bool:
    return any(isinstance(item, str) and item.strip() for item in content(element))


def _indent(element: etree._Element, level: int) -> None:
    # lxml's own indent() also indents mixed content such as <dateline><placeName/>,
    # which would add white space to the text; only element-only content is touched.
    if len(element) == 0 or _holds_text(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


@contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """Open ``path`` for writing through a temporary file, renamed over ``path`` when the block ends.

    A failure or an interrupt never leaves a partial file behind: the
    temporary file is removed and ``path`` keeps what it had.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`open_atomic`)."""
    with open_atomic(path) as stream:
        stream.write(data)
