"""Writers: render a TEI tree as HTML or plain text.

:data:`WRITERS` maps each export format to its function; all of them read the
document through :mod:`tei_tools.writers.document`.
"""

from collections.abc import Callable

from lxml import etree

from tei_tools.writers.html import to_html
from tei_tools.writers.text import to_text

#: export format -> function rendering a parsed TEI tree as a string
WRITERS: dict[str, Callable[[etree._ElementTree], str]] = {"html": to_html, "text": to_text}

__all__ = ["WRITERS", "to_html", "to_text"]
