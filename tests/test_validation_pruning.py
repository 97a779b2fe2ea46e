"""RELAX NG pruning: the verdict of the whole grammar, from a small grammar libxml2 compiles fast."""

from __future__ import annotations

import pytest
from lxml import etree

from tei_tools.validation import pruning

RNG = "http://relaxng.org/ns/structure/1.0"

# Every construct the pruning rewrites: choice, group, interleave, mixed,
# optional, zeroOrMore, oneOrMore, attribute, list, data/except, recursion,
# an element given by a <name> child and one given by a name class.
GRAMMAR = f"""<grammar xmlns="{RNG}" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><ref name="doc"/></start>
  <define name="doc"><element name="doc">
    <optional><attribute name="lang"><data type="language"/></attribute></optional>
    <ref name="head"/>
    <choice>
      <oneOrMore><ref name="block"/></oneOrMore>
      <group><ref name="table"/><zeroOrMore><ref name="block"/></zeroOrMore></group>
    </choice>
    <optional><ref name="tail"/></optional>
  </element></define>
  <define name="head"><element name="head"><mixed><zeroOrMore><ref name="inline"/></zeroOrMore></mixed></element></define>
  <define name="block"><choice><ref name="p"/><ref name="list"/></choice></define>
  <define name="att.global"><optional><attribute name="id"><data type="ID"/></attribute></optional>
    <optional><attribute name="rend"/></optional><ref name="att.typed"/></define>
  <define name="att.typed"><optional><attribute name="type"><choice><value>a</value><value>b</value></choice></attribute></optional>
    <empty/></define>
  <define name="p"><element><name>p</name><ref name="att.global"/><mixed><zeroOrMore><ref name="inline"/></zeroOrMore></mixed></element></define>
  <define name="inline"><choice>
    <element name="hi"><mixed><zeroOrMore><ref name="inline"/></zeroOrMore></mixed></element>
    <element name="num"><data type="token"><except><value>none</value></except></data></element>
  </choice></define>
  <define name="list"><element name="list"><oneOrMore><element name="item"><ref name="p"/></element></oneOrMore></element></define>
  <define name="table"><element name="table">
    <attribute name="cols"><list><oneOrMore><data type="integer"/></oneOrMore></list></attribute>
    <interleave><element name="caption"><text/></element><oneOrMore><element name="row"><empty/></element></oneOrMore></interleave>
  </element></define>
  <define name="tail"><element><anyName/><text/></element></define>
</grammar>"""

DOCUMENTS = [
    "<doc><head/><p/></doc>",
    "<doc lang='en'><head>A <hi>b</hi></head><p>x<num>3</num></p><list><item><p/></item></list></doc>",
    "<doc><head/><table cols='1 2'><row/><caption>c</caption><row/></table><p/></doc>",
    "<doc><head/><table cols='1 2'><row/></table></doc>",  # caption missing
    "<doc><head/><table cols='x'><caption/><row/></table></doc>",  # not a list of integers
    "<doc><head/><p><num>none</num></p></doc>",  # excluded value
    "<doc><head/></doc>",  # no block
    "<doc><head/><p/><whatever>t</whatever></doc>",  # any name at the end
    "<doc><head/><list/></doc>",  # list needs an item
    "<doc><p/><head/></doc>",  # order
    "<doc lang='not a language!'><head/><p/></doc>",
    "<doc><head/><item><p/></item></doc>",
    "<other/>",
    "<doc><head/><p id='x' type='a'/><p rend='r'/></doc>",
    "<doc><head/><p type='c'/></doc>",  # value not allowed
    "<doc><head/><p colour='red'/></doc>",  # attribute not declared
    "<doc><head/><table><caption/><row/></table></doc>",  # required attribute missing
    "<doc><head/><list><item id='i'><p/></item></list></doc>",  # attribute of another element
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_pruned_grammar_gives_the_whole_grammars_verdict(document: str) -> None:
    whole = etree.RelaxNG(etree.fromstring(GRAMMAR))
    tree = etree.ElementTree(etree.fromstring(document))
    grammar = pruning.Grammar(etree.fromstring(GRAMMAR))
    pruned = etree.RelaxNG(grammar.prune(pruning.document_usage(tree)))
    assert pruned.validate(tree) == whole.validate(tree)


def test_pruning_drops_unused_definitions_and_one_child_groups() -> None:
    grammar = pruning.Grammar(etree.fromstring(GRAMMAR))
    pruned = grammar.prune((("doc", ()), ("head", ()), ("p", ())))
    # inline (hi, num) and table are unused; tail, any element by its name class, stays.
    assert sorted(define.get("name") for define in pruned.iter(f"{{{RNG}}}define")) == \
        ["block", "doc", "head", "p", "tail"]
    # The table branch is gone, so the choice of two is now the oneOrMore alone.
    assert not any(len(group) == 1 for group in pruned.iter(f"{{{RNG}}}group", f"{{{RNG}}}choice"))
    assert etree.RelaxNG(pruned).validate(etree.ElementTree(etree.fromstring("<doc><head/><p/></doc>")))


def test_grammars_with_includes_are_compiled_whole() -> None:
    including = etree.fromstring(f'<grammar xmlns="{RNG}"><include href="x.rng"/><start><empty/></start></grammar>')
    assert not pruning.Grammar.prunable(including)
    assert not pruning.Grammar.prunable(etree.fromstring(f'<element xmlns="{RNG}" name="a"><empty/></element>'))
    assert pruning.Grammar.prunable(etree.fromstring(GRAMMAR))


def test_attribute_classes_are_expanded_in_each_element_keeping_the_attributes_it_uses() -> None:
    """libxml2 compiles an element into an automaton only when no attribute reference is left in its content."""
    usage = pruning.document_usage(etree.ElementTree(etree.fromstring("<doc><head/><p type='a'/></doc>")))
    assert usage == (("doc", ()), ("head", ()), ("p", ("type",)))
    pruned = pruning.Grammar(etree.fromstring(GRAMMAR)).prune(usage)
    (p,) = [element for element in pruned.iter(f"{{{RNG}}}element") if pruning.element_name(element) == "p"]
    assert [pruning.attribute_name(attribute) for attribute in p.iter(f"{{{RNG}}}attribute")] == ["type"]
    assert not [ref for ref in p.iter(f"{{{RNG}}}ref") if ref.get("name").startswith("att.")]
    assert "att.global" not in {define.get("name") for define in pruned.iter(f"{{{RNG}}}define")}
    # The required @cols of <table> is kept although no document element carries it.
    usage = pruning.document_usage(etree.ElementTree(etree.fromstring("<doc><head/><table><caption/><row/></table></doc>")))
    assert "cols" in {pruning.attribute_name(a) for a in pruning.Grammar(etree.fromstring(GRAMMAR)).prune(usage).iter(f"{{{RNG}}}attribute")}
