"""The one value type for everything the validator finds, and its source positions.

Detection produces :class:`Problem` values and never prints; the formatters in
:mod:`tei_tools.validation.formats` turn them into text and never detect.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import cached_property

from lxml import etree


@dataclass(frozen=True, order=True)
class Problem:
    """One finding: where (file, line, column, element path), how bad, what, and which rule."""

    file: str
    line: int
    column: int
    severity: str  # "error" or "warning"
    message: str
    rule: str  # "well-formed", "relaxng", "xsd", "schematron", or a rule id such as "target-exists"
    path: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def as_dict(self) -> dict[str, str | int]:
        """The problem as a plain dictionary (for JSON)."""
        return asdict(self)


class SourceLines(Sequence[str]):
    """A document's source lines, decoded and split only when a problem needs a column.

    Most documents are valid: splitting every one of them would cost more
    than validating some.
    """

    def __init__(self, source: bytes | etree._ElementTree) -> None:
        self._source = source

    @cached_property
    def _lines(self) -> list[str]:
        if isinstance(self._source, bytes):
            return self._source.decode("utf-8", errors="replace").splitlines()
        return etree.tostring(self._source, encoding="unicode").splitlines()

    def __getitem__(self, index):  # type: ignore[no-untyped-def]  # Sequence's int/slice overloads
        return self._lines[index]

    def __len__(self) -> int:
        return len(self._lines)


def element_column(source_lines: Sequence[str], line: int, element: etree._Element | None) -> int:
    """The 1-based column of ``element``'s start tag on ``line``, or 1 when it cannot be found.

    libxml2 reports column 0 for validity errors; the start tag's position is
    what a person needs to find the spot.
    """
    if element is None or not isinstance(element.tag, str) or not 0 < line <= len(source_lines):
        return 1
    qualified = etree.QName(element).localname
    if element.prefix:
        qualified = f"{element.prefix}:{qualified}"
    match = re.search(rf"<{re.escape(qualified)}(?=[\s/>])", source_lines[line - 1])
    return match.start() + 1 if match else 1


def element_path(element: etree._Element) -> str:
    """A readable path to ``element``, such as ``/TEI/text/body/div[2]/p[3]``."""
    steps = []
    for node in [element, *element.iterancestors()]:
        name = etree.QName(node).localname
        parent = node.getparent()
        same = [s for s in parent.iterchildren(node.tag)] if parent is not None else [node]
        steps.append(f"{name}[{same.index(node) + 1}]" if len(same) > 1 else name)
    return "/" + "/".join(reversed(steps))


def problem_at(file: str, element: etree._Element | None, message: str, rule: str, source_lines: Sequence[str],
               severity: str = "error") -> Problem:
    """A problem located at ``element`` (its line, start-tag column and path), or at no element."""
    line = (element.sourceline or 0) if element is not None else 0
    return Problem(file, line, element_column(source_lines, line, element), severity, message, rule,
                   element_path(element) if element is not None else "")


def problems_from_log(log: etree._ListErrorLog, file: str, rule: str, tree: etree._ElementTree,
                      source_lines: Sequence[str],
                      adjust: Callable[[Problem, etree._Element | None], Problem] | None = None) -> list[Problem]:
    """Turn a libxml2 error log (RELAX NG) into problems with real columns and paths.

    ``adjust`` may relocate each problem, given the element the entry names.
    """
    problems = []
    for entry in log:
        element = element_at(tree, entry.path)
        column = entry.column or element_column(source_lines, entry.line, element)
        path = element_path(element) if element is not None else (entry.path or "")
        problem = Problem(file, entry.line, column, "error", entry.message, rule, path)
        problems.append(adjust(problem, element) if adjust else problem)
    return problems


def element_at(tree: etree._ElementTree, path: str | None) -> etree._Element | None:
    """The element at a libxml2 error's XPath ``path``, or None."""
    if not path:
        return None
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return None
    return found[0] if isinstance(found, list) and found and isinstance(found[0], etree._Element) else None
