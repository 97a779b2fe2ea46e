"""RELAX NG validation through libxml2, fast on huge grammars such as tei_all.

libxml2 needs about 20 s to compile the whole ``tei_all.rng``. A document
only ever uses a few dozen of its ~600 elements, so the grammar is first
*pruned* to that document: the definition of every element whose name does
not occur in the document is replaced by ``notAllowed`` (such a pattern could
never match anything in this document, so the verdict cannot change), then
``notAllowed`` is propagated exactly as the RELAX NG specification's
simplification does (sections 4.19-4.20), and unreachable definitions are
dropped. What remains compiles in milliseconds and keeps libxml2's fast
content-model automata. Pruned grammars are cached on disk, keyed by the
schema's hash and the document's element names.

Only self-contained grammars are pruned (one ``grammar`` with ``define``s and
a ``start``, no ``include``, ``externalRef``, nested grammars or
``combine``); any other RELAX NG is compiled whole.
"""

from __future__ import annotations

from collections.abc import Sequence

import hashlib
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from lxml import etree

from tei_tools.errors import TeiToolsError
from tei_tools.tei import XML_NS, parse, write_atomic
from tei_tools.validation.problems import Problem, element_at, problem_at, problems_from_log

RNG_NS = "http://relaxng.org/ns/structure/1.0"
_NOT_FLAT = {f"{{{RNG_NS}}}{name}" for name in ("include", "externalRef", "parentRef", "div")}


def _rng(local_name: str) -> str:
    return f"{{{RNG_NS}}}{local_name}"


def cache_dir() -> Path:
    """Where pruned grammars are kept: ``$TEI_TOOLS_CACHE`` or ``$XDG_CACHE_HOME/tei-tools``."""
    if os.environ.get("TEI_TOOLS_CACHE"):
        return Path(os.environ["TEI_TOOLS_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tei-tools"


_TAG = attrgetter("tag")


def document_element_names(tree: etree._ElementTree) -> frozenset[str]:
    """Return the Clark names of all elements in ``tree``."""
    return frozenset(map(_TAG, tree.iter(etree.Element)))


class _Grammar:
    """A self-contained RELAX NG grammar, indexed for pruning."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.start = root.find(_rng("start"))
        self.defines = {define.get("name"): define for define in root.iterchildren(_rng("define"))}

    @staticmethod
    def prunable(root: etree._Element) -> bool:
        """Whether ``root`` is one self-contained grammar (the only shape pruning handles)."""
        starts = root.findall(_rng("start"))
        if root.tag != _rng("grammar") or len(starts) != 1 or starts[0].get("combine"):
            return False
        for element in root.iter(_rng("grammar"), _rng("define"), *_NOT_FLAT):
            if element.tag in _NOT_FLAT or (element.tag == _rng("grammar") and element is not root):
                return False
            if element.tag == _rng("define") and element.get("combine"):
                return False
        return True

    def prune(self, used: frozenset[str]) -> etree._Element:
        """Return a grammar that decides exactly as this one on documents using only ``used`` elements."""
        return _Pruning(self, used).pruned()


def _element_name(pattern: etree._Element) -> str | None:
    """The Clark name of an ``element`` pattern with a single name, else None."""
    name = pattern.get("name")
    if name is None:
        first = _name_class(pattern)
        if first is None or first.tag != _rng("name"):
            return None
        name, scope = (first.text or "").strip(), first
    else:
        scope = pattern
    if ":" in name:
        prefix, local = name.split(":", 1)
        namespace = XML_NS if prefix == "xml" else pattern.nsmap.get(prefix, "")  # xml: is never declared
        return f"{{{namespace}}}{local}"
    for holder in scope.iterancestors() if scope.get("ns") is None else (scope,):
        if holder.get("ns") is not None:
            return f"{{{holder.get('ns')}}}{name}" if holder.get("ns") else name
    return name


@dataclass
class _Pruning:
    """One pruning of a grammar to the element names a document uses (RELAX NG 4.19-4.21).

    Attributes are not pruned: that would be exact too, but libxml2 then
    compiles content models into automata whose error messages blame a
    parent or a sibling instead of the offending element.
    """

    source: _Grammar
    used: frozenset[str]
    not_allowed: dict[str, bool] = field(default_factory=dict)

    def pruned(self) -> etree._Element:
        """The pruned grammar: start and the definitions it reaches."""
        source = self.source.root
        result = etree.Element(source.tag, dict(source.attrib), nsmap=source.nsmap)
        start = etree.SubElement(result, _rng("start"), dict(self.source.start.attrib))
        pending = self._copy_content(self.source.start, start)
        emitted: set[str] = set()
        while pending:
            name = pending.pop()
            if name in emitted:
                continue
            emitted.add(name)
            define = self.source.defines[name]
            copy = etree.SubElement(result, _rng("define"), dict(define.attrib))
            pending |= self._copy_content(define, copy)
        return result

    # --- which patterns are notAllowed --------------------------------------

    def _define_not_allowed(self, name: str) -> bool:
        # Recursion between definitions always passes through an element, and
        # elements stop this computation, so the memo needs no fixpoint loop.
        if name not in self.not_allowed:
            self.not_allowed[name] = self._group_not_allowed(self.source.defines[name])
        return self.not_allowed[name]

    def _group_not_allowed(self, parent: etree._Element) -> bool:
        return any(self._is_not_allowed(child) for child in _patterns(parent))

    def _is_not_allowed(self, pattern: etree._Element) -> bool:
        kind = etree.QName(pattern).localname
        if kind == "notAllowed":
            return True
        if kind == "ref":
            return self._define_not_allowed(pattern.get("name"))
        if kind == "element":
            name = _element_name(pattern)
            return name is not None and name not in self.used
        if kind == "choice":
            return all(self._is_not_allowed(child) for child in _patterns(pattern))
        if kind in ("group", "interleave", "mixed", "oneOrMore", "list", "attribute"):
            return self._group_not_allowed(pattern)
        return False  # optional, zeroOrMore, empty, text, value, data

    # --- copying what is allowed ----------------------------------------------

    def _copy_content(self, source: etree._Element, target: etree._Element) -> set[str]:
        """Copy the (group of) patterns under ``source`` into ``target``; return refs met."""
        children = _patterns(source)
        if any(self._is_not_allowed(child) for child in children):
            etree.SubElement(target, _rng("notAllowed"))
            return set()
        name_class = _name_class(source)
        if name_class is not None:
            target.append(_clean_copy(name_class))
        # An optional or zeroOrMore whose content is notAllowed is empty, and
        # empty in a group is dropped (4.20, 4.21).
        kept = [child for child in children if not self._is_empty(child)]
        if children and not kept:
            etree.SubElement(target, _rng("empty"))
        refs: set[str] = set()
        for child in kept:
            refs |= self._copy_pattern(child, target)
        return refs

    def _is_empty(self, pattern: etree._Element) -> bool:
        kind = etree.QName(pattern).localname
        return kind in ("optional", "zeroOrMore") and self._group_not_allowed(pattern)

    def _copy_pattern(self, pattern: etree._Element, target: etree._Element) -> set[str]:
        kind = etree.QName(pattern).localname
        if self._is_empty(pattern):
            etree.SubElement(target, _rng("empty"))
            return set()
        if kind == "ref":
            target.append(_clean_copy(pattern))
            return {pattern.get("name")}
        if kind in ("value", "param", "empty", "text", "notAllowed"):
            target.append(_clean_copy(pattern))
            return set()
        if kind == "choice":
            allowed = [child for child in _patterns(pattern) if not self._is_not_allowed(child)]
            if len(allowed) == 1:
                return self._copy_pattern(allowed[0], target)
            copy = etree.SubElement(target, pattern.tag, dict(pattern.attrib))
            refs: set[str] = set()
            for child in allowed:
                refs |= self._copy_pattern(child, copy)
            return refs
        if kind in ("group", "interleave"):
            # A group of one is its child. This is not only tidier: libxml2
            # can take minutes to compile some one-child groups.
            kept = [child for child in _patterns(pattern) if not self._is_empty(child)]
            if len(kept) == 1:
                return self._copy_pattern(kept[0], target)
        copy = etree.SubElement(target, pattern.tag, dict(pattern.attrib))
        if kind == "data":
            return self._copy_data(pattern, copy)
        return self._copy_content(pattern, copy)

    def _copy_data(self, pattern: etree._Element, copy: etree._Element) -> set[str]:
        # 4.20: a notAllowed child of except is removed; an empty except goes.
        refs: set[str] = set()
        for child in _patterns(pattern):
            if child.tag == _rng("except"):
                kept = [grand for grand in _patterns(child) if not self._is_not_allowed(grand)]
                if kept:
                    holder = etree.SubElement(copy, _rng("except"), dict(child.attrib))
                    for grand in kept:
                        refs |= self._copy_pattern(grand, holder)
            else:
                refs |= self._copy_pattern(child, copy)
        return refs


def _rng_children(parent: etree._Element) -> list[etree._Element]:
    return [child for child in parent if isinstance(child.tag, str) and child.tag.startswith(f"{{{RNG_NS}}}")]


def _name_class(parent: etree._Element) -> etree._Element | None:
    """The name class child of an ``element``/``attribute`` that has no ``@name``."""
    if parent.tag not in (_rng("element"), _rng("attribute")) or parent.get("name") is not None:
        return None
    return _rng_children(parent)[0]


def _patterns(parent: etree._Element) -> list[etree._Element]:
    """The RELAX NG children of ``parent`` that are patterns (not annotations or name classes)."""
    children = _rng_children(parent)
    return children[1:] if _name_class(parent) is not None else children


def _clean_copy(element: etree._Element) -> etree._Element:
    copy = etree.Element(element.tag, dict(element.attrib))
    copy.text = element.text
    for child in element:
        if isinstance(child.tag, str) and child.tag.startswith(f"{{{RNG_NS}}}"):
            copy.append(_clean_copy(child))
    return copy


@dataclass(frozen=True)
class _Compiled:
    """A compiled grammar and the elements whose content it made impossible."""

    relaxng: etree.RelaxNG
    impossible: frozenset[str]


@lru_cache(maxsize=4)
def _digest(path: Path, modified: float) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=4)
def _grammar(path: Path, modified: float) -> _Grammar | None:
    """The schema as a grammar that can be pruned, or None when it cannot."""
    root = parse(path).getroot()
    return _Grammar(root) if _Grammar.prunable(root) else None


@lru_cache(maxsize=64)
def _compiled(path: Path, modified: float, used: frozenset[str]) -> _Compiled:
    """Compile ``path`` pruned to the names ``used``, through the disk cache."""
    key = hashlib.sha256("\n".join([_digest(path, modified), *sorted(used)]).encode()).hexdigest()
    cached = cache_dir() / f"{key}.rng"
    if cached.is_file():
        return _compile(parse(cached).getroot(), path)
    grammar = _grammar(path, modified)
    if grammar is None:
        return _compile(parse(path).getroot(), path)
    pruned = grammar.prune(used)
    try:
        write_atomic(cached, etree.tostring(pruned))
    except OSError:
        pass  # a read-only or full cache only costs the next run a pruning
    return _compile(pruned, path)


def _compile(root: etree._Element, path: Path) -> _Compiled:
    try:
        relaxng = etree.RelaxNG(root)
    except etree.RelaxNGParseError as error:
        raise TeiToolsError(f"{path}: unusable RELAX NG schema: {error}") from error
    impossible = frozenset(
        name for element in root.iter(_rng("element"))
        if [child.tag for child in _patterns(element)] == [_rng("notAllowed")]
        and (name := _element_name(element)) is not None
    )
    return _Compiled(relaxng, impossible)


def validate(tree: etree._ElementTree, schema: Path, file: str, source_lines: Sequence[str]) -> list[Problem]:
    """Validate ``tree`` against the RELAX NG grammar at ``schema`` (pruned to the tree's elements)."""
    compiled = _compiled(schema, schema.stat().st_mtime, document_element_names(tree))
    if compiled.relaxng.validate(tree):
        return []
    root = tree.getroot()
    if not len(compiled.relaxng.error_log):
        # libxml2 says nothing when the root element cannot start the grammar.
        return [problem_at(file, root, f'element "{etree.QName(root).localname}" (namespace '
                           f'"{etree.QName(root).namespace or ""}") is not allowed as the document element',
                           "relaxng", source_lines)]
    log = compiled.relaxng.error_log
    problems = problems_from_log(log, file, "relaxng", tree, source_lines)
    return [_relocated(problem, element_at(tree, entry.path), compiled.impossible, source_lines)
            for entry, problem in zip(log, problems)]


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
