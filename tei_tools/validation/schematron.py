"""ISO Schematron validation through lxml (XSLT 1.0 / XPath 1.0 query binding only)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from lxml import etree

from tei_tools.errors import TeiToolsError
from tei_tools.tei import parse
from tei_tools.validation.problems import Problem, element_at, problem_at

SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}


@lru_cache(maxsize=16)
def _schematron(path: Path, modified: float) -> etree.XSLT:
    """The schema compiled to the XSLT that writes its SVRL report, run with no file or network access:
    otherwise its XPath could read any local file (``document()``) into the messages."""
    from lxml import (
        isoschematron,  # imported here: most runs use no Schematron, and it is slow to load
    )

    try:
        compiled = isoschematron.Schematron(parse(path), store_xslt=True)
        return etree.XSLT(compiled.validator_xslt, access_control=etree.XSLTAccessControl.DENY_ALL)
    except (etree.SchematronParseError, etree.XSLTParseError) as error:
        raise TeiToolsError(f"{path}: unusable Schematron (only the XSLT 1.0 query binding is supported): {error}") from error


def load(path: Path) -> etree.XSLT:
    """The compiled Schematron at ``path`` (kept for the rest of the run)."""
    return _schematron(path, path.stat().st_mtime)


def validate(tree: etree._ElementTree, schema: Path, file: str, source_lines: Sequence[str]) -> list[Problem]:
    """Validate ``tree`` against the Schematron at ``schema``: each failed assertion or report is a problem."""
    try:
        report = load(schema)(tree)
    except etree.XSLTApplyError as error:
        raise TeiToolsError(f"{schema}: Schematron failed (it may not read files or the network): {error}") from error
    problems = []
    for failure in report.xpath("//svrl:failed-assert | //svrl:successful-report", namespaces=SVRL):
        message = " ".join("".join(failure.xpath("svrl:text//text()", namespaces=SVRL)).split())
        severity = "warning" if failure.get("role") in ("warning", "warn", "info") else "error"
        problems.append(problem_at(file, element_at(tree, failure.get("location")), message,
                                   failure.get("id") or "schematron", source_lines, severity))
    return problems
