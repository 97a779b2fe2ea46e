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


class _NothingExternal(etree.Resolver):
    """Answers every request for an external DTD or entity with nothing, so nothing is ever read."""

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        return self.resolve_string("", context)


def _hardened_parser() -> etree.XMLParser:
    # No entity is expanded, and no external DTD, entity or XInclude is ever
    # read (local file or network): the resolver answers every such request
    # with nothing. libxml2's limits on amplification, depth and text size
    # (huge_tree=False) refuse bombs before anything is built. collect_ids=False:
    # a duplicate xml:id is a validity problem for the validator to report,
    # not a reason to refuse the whole file.
    parser = etree.XMLParser(
        collect_ids=False,
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_comments=False,
    )
    parser.resolvers.add(_NothingExternal())
    return parser


#: libxml2 messages for what the hardened parser refuses -> the reason, in the user's words
REFUSALS = {
    "Entity '": "an entity that is not declared in the document (external DTDs and entities are never read)",
    "entity amplification": "refused: entity expansion too large (an entity bomb)",
    "Excessive depth": "refused: elements nested deeper than 256 levels",
    "Text node too long": "refused: a text node longer than 10,000,000 characters",
}


class NotWellFormed(TeiToolsError):
    """The input is not well-formed XML, or the hardened parser refuses it; ``line`` and ``column`` say where."""

    def __init__(self, name: str, line: int, column: int, reason: str) -> None:
        super().__init__(f"{name}:{line}:{column}: not well-formed XML: {reason}")
        self.line, self.column, self.reason = line, column, reason


def read_file(path: Path) -> bytes:
    """The bytes of a file; :class:`TeiToolsError` naming it when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise TeiToolsError(f"{path}: cannot read: {error.strerror or error}") from error


def parse(source: bytes | str | Path, name: str = "<input>") -> etree._ElementTree:
    """Parse XML bytes or a file with the hardened parser.

    ``name`` names bytes in messages (a file is named by its path). Raises
    :class:`NotWellFormed` naming the line and column when the input is not
    well-formed or is refused, :class:`TeiToolsError` when it cannot be read.
    """
    if isinstance(source, bytes):
        data, base_url = source, None
    else:
        name = base_url = str(source)
        data = read_file(Path(source))
    try:
        # Parsed from bytes, never by file name: the resolver would be asked for the document itself.
        return etree.ElementTree(etree.fromstring(data, _hardened_parser(), base_url=base_url))
    except etree.XMLSyntaxError as error:
        message = error.msg.split(", line ")[0]
        reason = next((f"{message} ({why})" if fragment == "Entity '" else why
                       for fragment, why in REFUSALS.items() if fragment in message), message)
        raise NotWellFormed(name, error.lineno or 0, error.offset or 0, reason) from error


def content(element: etree._Element) -> Iterator[str | etree._Element]:
    """Yield an element's content in document order.

    First its ``.text``, then each child node (element, comment or processing
    instruction) followed by that child's ``.tail``; empty strings are skipped.
    An entity reference (the parser never expands one) is yielded as its
    literal text, ``&name;``, so that it is kept, not lost.
    Every tree walk in tei-tools goes through this one helper, so no text or
    tail is ever forgotten.
    """
    if element.text:
        yield element.text
    for child in element:
        yield child.text if child.tag is etree.Entity else child
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
        if len(child):  # (most children are leaves: no call for them)
            _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


#: the most characters of an output's name kept in its temporary file's name
TEMPORARY_NAME = 100


@contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """Open ``path`` for writing through a temporary file, renamed over ``path`` when the block ends.

    A failure or an interrupt never leaves a partial file behind: the
    temporary file is removed and ``path`` keeps what it had. An I/O failure
    (a full disk, a name too long) is raised as a :class:`TeiToolsError` naming ``path``.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # (the temporary name keeps only the start of the output's: a name of 250 bytes fits, with more it would not)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:TEMPORARY_NAME]}.", suffix=".tmp")
    except OSError as error:
        raise _cannot_write(path, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        # mkstemp makes the file private (0600); give it the mode of the file it replaces, else
        # the mode an ordinary write would give it.
        os.chmod(temporary, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):  # a full disk, a name too long: one message, no traceback
            raise _cannot_write(path, error) from error
        raise


def _cannot_write(path: Path, error: OSError) -> TeiToolsError:
    return TeiToolsError(f"{path}: cannot write: {error.strerror or error}")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`open_atomic`)."""
    with open_atomic(path) as stream:
        stream.write(data)


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it
    os.umask(mask)
    return mask
