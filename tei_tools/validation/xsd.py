"""W3C XML Schema validation with xmlschema (XSD 1.0 or 1.1), defused and local-only."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from tei_tools.errors import TeiToolsError
from tei_tools.validation.problems import Problem, problem_at

if TYPE_CHECKING:
    import xmlschema


@lru_cache(maxsize=16)
def _schema(path: Path, modified: float) -> xmlschema.XMLSchemaBase:
    # XSD 1.1 is a superset in practice: one class serves both. No entity
    # expansion, no network: a schema may only include files beside it.
    # Imported here: xmlschema takes 0.1 s to import, a third of a whole
    # RELAX NG run on one file.
    import xmlschema

    try:
        return xmlschema.XMLSchema11(str(path), defuse="always", allow="local")
    except (xmlschema.XMLSchemaException, OSError) as error:
        # Only the first line: the rest quotes the offending file, which may be any local XML file
        # a hostile document named as its schema.
        reason = str(getattr(error, "message", None) or error).partition("\n")[0]
        raise TeiToolsError(f"{path}: unusable XML Schema: {reason}") from error


def load(path: Path) -> xmlschema.XMLSchemaBase:
    """The compiled schema at ``path`` (kept for the rest of the run)."""
    return _schema(path, path.stat().st_mtime)


def validate(tree: etree._ElementTree, schema: Path, file: str, source_lines: Sequence[str]) -> list[Problem]:
    """Validate ``tree`` against the XSD at ``schema``; assertion failures carry the schema's own message."""
    from xmlschema.validators import XsdAssert

    compiled = load(schema)
    problems = []
    for error in compiled.iter_errors(tree):
        element = error.elem if isinstance(error.elem, etree._Element) else None
        annotation = getattr(error.validator, "annotation", None)
        message = str(annotation) if isinstance(error.validator, XsdAssert) and annotation else error.reason
        problems.append(problem_at(file, element, message or "invalid", "xsd", source_lines))
    return problems
