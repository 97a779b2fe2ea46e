"""RELAX NG validation through libxml2, fast on huge grammars such as tei_all.

The grammar is first pruned to what the document uses (see
:mod:`tei_tools.validation.pruning`: the verdict cannot change, compiling and
validating take milliseconds instead of the 20 s libxml2 needs to compile
``tei_all.rng``). Pruned grammars are cached on disk, keyed by the schema's
hash and the document's element and attribute names, and compiled ones in
memory for the rest of the run.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, partial
from pathlib import Path

from lxml import etree

from tei_tools.errors import TeiToolsError
from tei_tools.tei import parse, write_atomic
from tei_tools.validation.problems import Problem, problem_at, problems_from_log
from tei_tools.validation.pruning import (
    RNG_NS,
    Grammar,
    Usage,
    document_usage,
    element_name,
    patterns,
)


def cache_dir() -> Path:
    """Where pruned grammars are kept: ``$TEI_TOOLS_CACHE`` or ``$XDG_CACHE_HOME/tei-tools``."""
    if os.environ.get("TEI_TOOLS_CACHE"):
        return Path(os.environ["TEI_TOOLS_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tei-tools"


@dataclass(frozen=True)
class _Compiled:
    """A compiled grammar, and the grammar itself (a file, or a tree when it could not be cached)."""

    relaxng: etree.RelaxNG
    grammar: Path | etree._Element

    @cached_property
    def impossible(self) -> frozenset[str]:
        """The elements whose content pruning made impossible (only invalid documents need them)."""
        root = parse(self.grammar).getroot() if isinstance(self.grammar, Path) else self.grammar
        return frozenset(
            name for element in root.iter(f"{{{RNG_NS}}}element")
            if [child.tag for child in patterns(element)] == [f"{{{RNG_NS}}}notAllowed"]
            and (name := element_name(element)) is not None
        )


@lru_cache(maxsize=4)
def _digest(path: Path, modified: float) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=4)
def _grammar(path: Path, modified: float) -> Grammar | None:
    """The schema as a grammar that can be pruned, or None when it cannot."""
    root = parse(path).getroot()
    return Grammar(root) if Grammar.prunable(root) else None


@lru_cache(maxsize=64)
def _compiled(path: Path, modified: float, usage: Usage) -> _Compiled:
    """Compile ``path`` pruned to a document's ``usage``, through the disk cache."""
    names = (" ".join([element, *attributes]) for element, attributes in usage)
    key = hashlib.sha256("\n".join([_digest(path, modified), *names]).encode()).hexdigest()
    cached = cache_dir() / f"{key}.rng"
    if not cached.is_file():
        grammar = _grammar(path, modified)
        if grammar is None:
            return _compile(parse(path).getroot(), path)
        pruned = grammar.prune(usage)
        try:
            write_atomic(cached, etree.tostring(pruned))
        except OSError:
            return _compile(pruned, path)  # a read-only or full cache only costs the next run a pruning
    return _compile(cached, path)


def _compile(grammar: Path | etree._Element, path: Path) -> _Compiled:
    """Compile a grammar; a cached one straight from its file (our own), which spares a copy of its tree."""
    try:
        relaxng = etree.RelaxNG(file=str(grammar)) if isinstance(grammar, Path) else etree.RelaxNG(grammar)
    except etree.RelaxNGParseError as error:
        raise TeiToolsError(f"{path}: unusable RELAX NG schema: {error}") from error
    return _Compiled(relaxng, grammar)


def load(path: Path) -> str:
    """What every document's grammar needs first: the schema's hash, the key of its pruned grammars."""
    return _digest(path, path.stat().st_mtime)


def validate(tree: etree._ElementTree, schema: Path, file: str, source_lines: Sequence[str]) -> list[Problem]:
    """Validate ``tree`` against the RELAX NG grammar at ``schema`` (pruned to the tree's usage)."""
    compiled = _compiled(schema, schema.stat().st_mtime, document_usage(tree))
    if compiled.relaxng.validate(tree):
        return []
    root = tree.getroot()
    if not len(compiled.relaxng.error_log):
        # libxml2 says nothing when the root element cannot start the grammar.
        return [problem_at(file, root, f'element "{etree.QName(root).localname}" (namespace '
                           f'"{etree.QName(root).namespace or ""}") is not allowed as the document element',
                           "relaxng", source_lines)]
    log = compiled.relaxng.error_log
    return problems_from_log(log, file, "relaxng", tree, source_lines,
                             partial(_relocated, impossible=compiled.impossible, source_lines=source_lines))


def _relocated(problem: Problem, element: etree._Element | None, impossible: frozenset[str],
               source_lines: Sequence[str]) -> Problem:
    """Point at the first child of an element whose required content never occurs in the document.

    libxml2 then blames the parent; jing, like a reader, the first child
    that does not fit (the required elements it expected are absent).
    """
    if element is None or element.tag not in impossible:
        return problem
    name = etree.QName(element).localname
    child = next((child for child in element if isinstance(child.tag, str)), None)
    if child is None:
        return replace(problem, message=f'element "{name}" incomplete: it requires elements that are missing')
    return problem_at(problem.file, child, f'element "{etree.QName(child).localname}" not allowed here: '
                      f'"{name}" requires other elements first', "relaxng", source_lines)
