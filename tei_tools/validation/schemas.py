"""Which schemas a document is validated against, and where their files are.

In this order: schemas given by the user (``--schema``), else the document's
own ``<?xml-model?>`` processing instructions, else the project schema.
Schema addresses on the web (tei-c.org release and Vault URLs, or any other)
resolve to local copies found by file name in the schema folders; nothing is
ever fetched from the network.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from lxml import etree

from tei_tools import schemas as project_schemas
from tei_tools.errors import TeiToolsError
from tei_tools.validation.problems import Problem

#: file suffix -> schema language
KINDS = {".rng": "relaxng", ".xsd": "xsd", ".sch": "schematron"}
#: xml-model @schematypens -> schema language
SCHEMA_NAMESPACES = {
    "http://relaxng.org/ns/structure/1.0": "relaxng",
    "http://purl.oclc.org/dsdl/schematron": "schematron",
    "http://www.ascc.net/xml/schematron": "schematron",
    "http://www.w3.org/2001/XMLSchema": "xsd",
}
#: Folders searched for local copies of schemas, besides --schema-dir (separated like PATH).
SCHEMA_PATH_VARIABLE = "TEI_TOOLS_SCHEMA_PATH"


@dataclass(frozen=True)
class Schema:
    """A schema file, its language, and whether it is the project's own (which adds the rules)."""

    path: Path
    kind: str
    project: bool = False


def project_schema() -> Schema:
    """The tei-tools project schema (``schemas/tei-tools.xsd``)."""
    return Schema(Path(project_schemas.__file__).with_name("tei-tools.xsd"), "xsd", project=True)


def schema_file(path: Path) -> Schema:
    """A schema named by the user; its language comes from the file suffix."""
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise TeiToolsError(f"{path}: unknown schema type (use .rng, .xsd or .sch)")
    if not path.is_file():
        raise TeiToolsError(f"{path}: no such schema file")
    return Schema(path, kind)


def search_folders(schema_dirs: tuple[Path, ...] = ()) -> list[Path]:
    """The folders where local copies of schemas are looked up, in order."""
    from_environment = [Path(p) for p in os.environ.get(SCHEMA_PATH_VARIABLE, "").split(os.pathsep) if p]
    return [*schema_dirs, *from_environment]


def declared_schemas(tree: etree._ElementTree, document: Path | None, folders: list[Path],
                     file: str) -> tuple[list[Schema], list[Problem]]:
    """The schemas the document declares in ``<?xml-model?>``, with a problem for each that is not available."""
    schemas: list[Schema] = []
    problems: list[Problem] = []
    for instruction in tree.getroot().itersiblings(etree.ProcessingInstruction, preceding=True):
        if instruction.target != "xml-model" or not instruction.get("href"):
            continue
        href = instruction.get("href")
        kind = SCHEMA_NAMESPACES.get(instruction.get("schematypens", "")) or KINDS.get(Path(urlparse(href).path).suffix.lower())
        if kind is None:
            continue
        local = _local_copy(href, document, folders)
        if local is None:
            problems.append(Problem(file, instruction.sourceline or 1, 1, "error",
                                    f"schema {href} is not available locally and is never fetched: put a copy in a "
                                    f"--schema-dir (or ${SCHEMA_PATH_VARIABLE}) or name it with --schema", "schema-missing"))
        else:
            schemas.append(Schema(local, kind))
    return list(reversed(schemas)), problems


def _local_copy(href: str, document: Path | None, folders: list[Path]) -> Path | None:
    """A web address resolves by file name in the schema folders; a relative one beside the document first."""
    address = urlparse(href)
    name = Path(address.path).name
    candidates = []
    if not address.scheme and document is not None:
        candidates.append(document.parent / address.path)
    candidates += [folder / name for folder in folders]
    return next((candidate for candidate in candidates if candidate.is_file()), None)
