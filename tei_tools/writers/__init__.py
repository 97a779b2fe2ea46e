"""Writers: render a TEI tree as HTML, plain text, or its metadata as JSON or Dublin Core.

:data:`WRITERS` maps each export format to its function; all of them read the
document through :mod:`tei_tools.writers.document`. :mod:`tei_tools.writers.index`
renders an archive's index page from many documents' metadata.
"""

from collections.abc import Callable

from lxml import etree

from tei_tools.writers.html import to_html
from tei_tools.writers.metadata import read_metadata, to_dublin_core, to_json
from tei_tools.writers.text import to_text

#: export format -> function rendering a parsed TEI tree as a string
WRITERS: dict[str, Callable[[etree._ElementTree], str]] = {
    "html": to_html, "text": to_text, "json": to_json, "dc": to_dublin_core,
}

#: export format -> suffix of the exported files
SUFFIXES = {"html": ".html", "text": ".txt", "json": ".json", "dc": ".dc.xml"}

__all__ = ["SUFFIXES", "WRITERS", "read_metadata", "to_dublin_core", "to_html", "to_json", "to_text"]
