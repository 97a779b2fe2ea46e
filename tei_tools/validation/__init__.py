"""Validation of TEI documents: against RELAX NG, XML Schema and Schematron, plus the project rules.

``validate_file`` and ``validate_tree`` return :class:`Problem` values and
never print. Layout: :mod:`problems` (the value type), :mod:`schemas` (which
schemas apply), :mod:`relaxng`, :mod:`xsd`, :mod:`schematron` (one module per
schema language), :mod:`rules` (what grammars cannot say), :mod:`formats`
(text, JSON, JUnit, GitHub output).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from lxml import etree

from tei_tools.tei import NotWellFormed, parse, read_file
from tei_tools.validation import relaxng, schematron, xsd
from tei_tools.validation.problems import Problem, SourceLines
from tei_tools.validation.rules import check_rules
from tei_tools.validation.schemas import (
    Schema,
    declared_schemas,
    project_schema,
    schema_file,
    search_folders,
)

__all__ = ["Problem", "Schema", "check_bytes", "prepare", "validate_bytes", "validate_file", "validate_tree"]

#: schema language -> validator
VALIDATORS: dict[str, Callable[[etree._ElementTree, Path, str, Sequence[str]], list[Problem]]] = {
    "relaxng": relaxng.validate,
    "xsd": xsd.validate,
    "schematron": schematron.validate,
}


#: schema language -> what loads (and keeps) a schema once for all documents
LOADERS: dict[str, Callable[[Path], object]] = {
    "relaxng": relaxng.load,
    "xsd": xsd.load,
    "schematron": schematron.load,
}


def prepare(schemas: tuple[Path, ...] = ()) -> None:
    """Load the schemas a batch is validated against (``schemas``, else the project schema) now.

    Called before a batch is shared among forked worker processes, it spares
    every worker the loading: they inherit what this process loaded.
    """
    for schema in [schema_file(path) for path in schemas] or [project_schema()]:
        LOADERS[schema.kind](schema.path)


def validate_tree(tree: etree._ElementTree, file: str = "<tree>", schemas: tuple[Path, ...] = (),
                  schema_dirs: tuple[Path, ...] = (), source_lines: Sequence[str] | None = None,
                  document: Path | None = None) -> list[Problem]:
    """Validate a parsed document and return its problems (an empty list when it is valid).

    ``schemas`` are schema files to use; without them the document's own
    ``<?xml-model?>`` declarations apply, and without those the project schema
    and rules. ``schema_dirs`` hold local copies of schemas named by URL.
    """
    lines = source_lines if source_lines is not None else SourceLines(tree)
    chosen = [schema_file(path) for path in schemas]
    problems: list[Problem] = []
    if not chosen:
        chosen, problems = declared_schemas(tree, document, search_folders(schema_dirs), file)
    if not chosen and not problems:
        chosen = [project_schema()]
    for schema in chosen:
        problems += VALIDATORS[schema.kind](tree, schema.path, file, lines)
        if schema.project:
            problems += check_rules(tree, file, lines)
    return sorted(set(problems), key=lambda p: (p.line, p.column, p.message))


def validate_bytes(data: bytes, file: str, **options: object) -> list[Problem]:
    """Validate a document given as bytes; a document that is not well-formed is one problem."""
    return check_bytes(data, file, **options)[1]


def check_bytes(data: bytes, file: str, **options: object) -> tuple[etree._ElementTree | None, list[Problem]]:
    """Parse and validate a document given as bytes: its tree (None when it is not well-formed) and its problems.

    For callers that go on with the tree (the archive writes it in every format): one parse serves both.
    """
    try:
        tree = parse(data, file)
    except NotWellFormed as error:
        return None, [Problem(file, error.line, error.column, "error", f"not well-formed XML: {error.reason}", "well-formed")]
    return tree, validate_tree(tree, file, source_lines=SourceLines(data), **options)  # type: ignore[arg-type]


def validate_file(path: Path, **options: object) -> list[Problem]:
    """Validate a file (see :func:`validate_tree` for the options)."""
    return validate_bytes(read_file(path), str(path), document=path, **options)

