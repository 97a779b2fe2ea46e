"""Pruning a RELAX NG grammar to one document, so that libxml2 compiles and checks it fast.

libxml2 needs about 20 s to compile the whole ``tei_all.rng``; a document only
ever uses a few dozen of its ~600 elements. Two exact rewrites (the verdict on
the document cannot change) make the grammar small and fast:

1. *Elements*: the definition of every element whose name does not occur in
   the document is replaced by ``notAllowed`` (it could never match anything
   here), ``notAllowed`` is propagated exactly as the RELAX NG specification's
   simplification does (sections 4.19-4.21), and unreachable definitions go.
2. *Attributes*: each element's attribute classes (TEI's ``att.*.attributes``
   references) are expanded in place, keeping only the attributes the document
   uses on that element. libxml2 takes an attribute out of an element's
   content only when a reference holds nothing but attributes (an ``empty``
   left by pruning is enough to stop it); an attribute left in the content
   keeps the element, and every element below it, from being compiled into an
   automaton, and then validation grows with the square of the children.
   libxml2 also tries each optional attribute in turn, copying its state: an
   element with 60 possible attributes costs 60 tries.

Only self-contained grammars are pruned (one ``grammar`` with ``define``s and
a ``start``, no ``include``, ``externalRef``, nested grammars or
``combine``); any other RELAX NG is compiled whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter, methodcaller

from lxml import etree

from tei_tools.tei import XML_NS

RNG_NS = "http://relaxng.org/ns/structure/1.0"
_NOT_FLAT = {f"{{{RNG_NS}}}{name}" for name in ("include", "externalRef", "parentRef", "div")}

#: each element name a document uses, with the attribute names it carries there (sorted, hashable)
Usage = tuple[tuple[str, tuple[str, ...]], ...]


def _rng(local_name: str) -> str:
    return f"{{{RNG_NS}}}{local_name}"


def document_usage(tree: etree._ElementTree) -> Usage:
    """The element names in ``tree`` (Clark notation), each with the attribute names it carries."""
    signatures = set(zip(map(attrgetter("tag"), tree.iter(etree.Element)),
                         map(tuple, map(methodcaller("keys"), tree.iter(etree.Element)))))
    attributes: dict[str, set[str]] = {}
    for tag, names in signatures:
        attributes.setdefault(tag, set()).update(names)
    return tuple(sorted((tag, tuple(sorted(names))) for tag, names in attributes.items()))


class Grammar:
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

    def prune(self, usage: Usage) -> etree._Element:
        """Return a grammar that decides exactly as this one on a document with this ``usage``."""
        pruned = _ElementPruning(self, frozenset(name for name, _ in usage)).pruned()
        return _AttributeInlining(pruned, dict(usage)).inlined()


def element_name(pattern: etree._Element) -> str | None:
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
class _ElementPruning:
    """One pruning of a grammar to the element names a document uses (RELAX NG 4.19-4.21)."""

    source: Grammar
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
        return any(self._is_not_allowed(child) for child in patterns(parent))

    def _is_not_allowed(self, pattern: etree._Element) -> bool:
        kind = etree.QName(pattern).localname
        if kind == "notAllowed":
            return True
        if kind == "ref":
            return self._define_not_allowed(pattern.get("name"))
        if kind == "element":
            name = element_name(pattern)
            return name is not None and name not in self.used
        if kind == "choice":
            return all(self._is_not_allowed(child) for child in patterns(pattern))
        if kind in ("group", "interleave", "mixed", "oneOrMore", "list", "attribute"):
            return self._group_not_allowed(pattern)
        return False  # optional, zeroOrMore, empty, text, value, data

    # --- copying what is allowed ----------------------------------------------

    def _copy_content(self, source: etree._Element, target: etree._Element) -> set[str]:
        """Copy the (group of) patterns under ``source`` into ``target``; return refs met."""
        children = patterns(source)
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
            allowed = [child for child in patterns(pattern) if not self._is_not_allowed(child)]
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
            kept = [child for child in patterns(pattern) if not self._is_empty(child)]
            if len(kept) == 1:
                return self._copy_pattern(kept[0], target)
        copy = etree.SubElement(target, pattern.tag, dict(pattern.attrib))
        if kind == "data":
            return self._copy_data(pattern, copy)
        return self._copy_content(pattern, copy)

    def _copy_data(self, pattern: etree._Element, copy: etree._Element) -> set[str]:
        # 4.20: a notAllowed child of except is removed; an empty except goes.
        refs: set[str] = set()
        for child in patterns(pattern):
            if child.tag == _rng("except"):
                kept = [grand for grand in patterns(child) if not self._is_not_allowed(grand)]
                if kept:
                    holder = etree.SubElement(copy, _rng("except"), dict(child.attrib))
                    for grand in kept:
                        refs |= self._copy_pattern(grand, holder)
            else:
                refs |= self._copy_pattern(child, copy)
        return refs


class _AttributeInlining:
    """Expand each element's attribute references in place, keeping the attributes it uses.

    An attribute that never occurs on an element cannot change the verdict on
    it when it is optional; a required one that never occurs is kept, so that
    the error is the one the full grammar gives.
    """

    def __init__(self, root: etree._Element, used: dict[str, tuple[str, ...]]) -> None:
        self.root = root
        self.used = used
        self.defines = {define.get("name"): define for define in root.iterchildren(_rng("define"))}
        self.attributes_only: dict[str, bool] = {}

    def inlined(self) -> etree._Element:
        for element in list(self.root.iter(_rng("element"))):
            name = element_name(element)
            allowed = None if name is None else frozenset(self.used.get(name, ()))
            items = patterns(element)
            content = [item for item in items if not self._only_attributes(item)]
            attributes: list[etree._Element] = []
            for item in items:
                if item in content:
                    continue
                expanded = self._expand(item, allowed)
                attributes += expanded if expanded is not None else self._expand(item, None) or []
                element.remove(item)
            if not content:
                element.append(etree.Element(_rng("empty")))
            element.extend(attributes)
        self._drop_unreachable()
        return self.root

    def _only_attributes(self, pattern: etree._Element) -> bool:
        """Whether ``pattern`` can only ever match attributes (or nothing)."""
        kind = etree.QName(pattern).localname
        if kind in ("attribute", "empty"):
            return True
        if kind == "ref":
            name = pattern.get("name")
            if name not in self.attributes_only:
                self.attributes_only[name] = False  # a recursion without elements is no attribute class
                self.attributes_only[name] = all(map(self._only_attributes, patterns(self.defines[name])))
            return self.attributes_only[name]
        if kind in ("optional", "zeroOrMore", "oneOrMore", "group", "interleave", "choice"):
            children = patterns(pattern)
            return bool(children) and all(map(self._only_attributes, children))
        return False

    def _expand(self, pattern: etree._Element, allowed: frozenset[str] | None) -> list[etree._Element] | None:
        """The attribute patterns of ``pattern`` with references resolved: [] for empty, None for notAllowed.

        ``allowed`` are the attribute names to keep (None: all of them).
        """
        kind = etree.QName(pattern).localname
        if kind == "empty":
            return []
        if kind == "attribute":
            name = attribute_name(pattern)
            return None if allowed is not None and name is not None and name not in allowed else [_clean_copy(pattern)]
        if kind == "ref":
            return self._expand_group(patterns(self.defines[pattern.get("name")]), allowed)
        if kind in ("group", "interleave"):  # the order of attributes never matters
            return self._expand_group(patterns(pattern), allowed)
        if kind == "choice":
            return self._expand_choice(pattern, allowed)
        inner = self._expand_group(patterns(pattern), allowed)  # optional, zeroOrMore, oneOrMore
        if inner is None and kind == "oneOrMore":
            return None
        return [_wrap(kind, inner)] if inner else []

    def _expand_group(self, children: list[etree._Element], allowed: frozenset[str] | None) -> list[etree._Element] | None:
        expanded: list[etree._Element] = []
        for child in children:
            inner = self._expand(child, allowed)
            if inner is None:
                return None
            expanded += inner
        return expanded

    def _expand_choice(self, pattern: etree._Element, allowed: frozenset[str] | None) -> list[etree._Element] | None:
        branches = [self._expand(child, allowed) for child in patterns(pattern)]
        kept = [branch[0] if len(branch) == 1 else _wrap("group", branch) for branch in branches if branch]
        if not kept:
            return [] if [] in branches else None
        choice = kept if len(kept) == 1 else [_wrap("choice", kept)]
        return [_wrap("optional", choice)] if [] in branches else choice

    def _drop_unreachable(self) -> None:
        reached: set[str] = set()
        pending = [self.root.find(_rng("start"))]
        while pending:
            for reference in pending.pop().iter(_rng("ref")):
                if reference.get("name") not in reached:
                    reached.add(reference.get("name"))
                    pending.append(self.defines[reference.get("name")])
        for name, define in self.defines.items():
            if name not in reached:
                self.root.remove(define)


def attribute_name(pattern: etree._Element) -> str | None:
    """The Clark name of an ``attribute`` pattern with a ``@name`` (attributes never inherit ``@ns``)."""
    name = pattern.get("name")
    if name is None:
        return None
    name = name.strip()
    if ":" in name:
        prefix, local = name.split(":", 1)
        namespace = XML_NS if prefix == "xml" else pattern.nsmap.get(prefix)
        return f"{{{namespace}}}{local}" if namespace else None
    return f"{{{pattern.get('ns')}}}{name}" if pattern.get("ns") else name


def _wrap(kind: str, children: list[etree._Element]) -> etree._Element:
    wrapper = etree.Element(_rng(kind))
    wrapper.extend(children)
    return wrapper


def _rng_children(parent: etree._Element) -> list[etree._Element]:
    return [child for child in parent if isinstance(child.tag, str) and child.tag.startswith(f"{{{RNG_NS}}}")]


def _name_class(parent: etree._Element) -> etree._Element | None:
    """The name class child of an ``element``/``attribute`` that has no ``@name``."""
    if parent.tag not in (_rng("element"), _rng("attribute")) or parent.get("name") is not None:
        return None
    return _rng_children(parent)[0]


def patterns(parent: etree._Element) -> list[etree._Element]:
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
