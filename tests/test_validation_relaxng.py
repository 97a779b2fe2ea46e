"""RELAX NG pruning: same verdicts as the whole grammar, small grammars, the disk cache, jing-like positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import SHARED
from tei_tools.validation import relaxng

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
  <define name="p"><element><name>p</name><mixed><zeroOrMore><ref name="inline"/></zeroOrMore></mixed></element></define>
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
]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TEI_TOOLS_CACHE", str(folder))
    return folder


@pytest.fixture()
def grammar_file(tmp_path: Path) -> Path:
    path = tmp_path / "grammar.rng"
    path.write_text(GRAMMAR, encoding="utf-8")
    return path


@pytest.mark.parametrize("document", DOCUMENTS)
def test_pruned_grammar_gives_the_whole_grammars_verdict(document: str) -> None:
    whole = etree.RelaxNG(etree.fromstring(GRAMMAR))
    tree = etree.ElementTree(etree.fromstring(document))
    grammar = relaxng._Grammar(etree.fromstring(GRAMMAR))
    pruned = etree.RelaxNG(grammar.prune(relaxng.document_element_names(tree)))
    assert pruned.validate(tree) == whole.validate(tree)


def test_pruning_drops_unused_definitions_and_one_child_groups() -> None:
    grammar = relaxng._Grammar(etree.fromstring(GRAMMAR))
    pruned = grammar.prune(frozenset({"doc", "head", "p"}))
    # inline (hi, num) and table are unused; tail, any element by its name class, stays.
    assert sorted(define.get("name") for define in pruned.iter(f"{{{RNG}}}define")) == \
        ["block", "doc", "head", "p", "tail"]
    # The table branch is gone, so the choice of two is now the oneOrMore alone.
    assert not any(len(group) == 1 for group in pruned.iter(f"{{{RNG}}}group", f"{{{RNG}}}choice"))
    assert etree.RelaxNG(pruned).validate(etree.ElementTree(etree.fromstring("<doc><head/><p/></doc>")))


def test_grammars_with_includes_are_compiled_whole() -> None:
    including = etree.fromstring(f'<grammar xmlns="{RNG}"><include href="x.rng"/><start><empty/></start></grammar>')
    assert not relaxng._Grammar.prunable(including)
    assert not relaxng._Grammar.prunable(etree.fromstring(f'<element xmlns="{RNG}" name="a"><empty/></element>'))
    assert relaxng._Grammar.prunable(etree.fromstring(GRAMMAR))


def test_pruned_grammars_are_cached_on_disk(cache: Path, grammar_file: Path) -> None:
    tree = etree.ElementTree(etree.fromstring("<doc><head/><p/></doc>"))
    assert relaxng.validate(tree, grammar_file, "a.xml", []) == []
    (cached,) = cache.glob("*.rng")
    relaxng._compiled.cache_clear()
    cached.write_bytes(cached.read_bytes().replace(b">p</", b">para</"))  # prove the cache is read
    problems = relaxng.validate(tree, grammar_file, "a.xml", [])
    assert problems and problems[0].rule == "relaxng"
    relaxng._compiled.cache_clear()


def test_problems_carry_line_column_and_path(cache: Path, grammar_file: Path) -> None:
    source = "<doc>\n  <head/>\n  <p/>\n  <p><bad/></p>\n</doc>"
    tree = etree.ElementTree(etree.fromstring(source))
    (problem, *_) = relaxng.validate(tree, grammar_file, "a.xml", source.splitlines())
    assert (problem.file, problem.line, problem.column, problem.path) == ("a.xml", 4, 6, "/doc/p[2]/bad")
    assert "bad" in problem.message


def test_a_wrong_root_element_is_a_problem(cache: Path, grammar_file: Path) -> None:
    (problem,) = relaxng.validate(etree.ElementTree(etree.fromstring("<other/>")), grammar_file, "a.xml", ["<other/>"])
    assert problem.line == 1 and 'element "other"' in problem.message and "document element" in problem.message


def test_content_needing_absent_elements_is_blamed_on_the_first_child(cache: Path, grammar_file: Path) -> None:
    """Like jing: <table> needs <caption>, which the document never uses, so its first child does not fit."""
    source = "<doc>\n<head/>\n<table cols='1'>\n<row/>\n</table>\n</doc>"
    tree = etree.ElementTree(etree.fromstring(source))
    (problem, *_) = relaxng.validate(tree, grammar_file, "a.xml", source.splitlines())
    assert (problem.line, problem.path) == (4, "/doc/table/row")
    assert 'element "row" not allowed here' in problem.message


def test_tei_all_pruned_to_a_small_file_compiles_in_well_under_a_second(cache: Path) -> None:
    schema = SHARED / "schemas" / "tei_all.rng"
    if not schema.is_file():
        pytest.skip(f"needs {schema}, which is absent here")
    tree = etree.ElementTree(etree.fromstring(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
        b"<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
        b"<text><body><p>x</p><foo/></body></text></TEI>"))
    (problem,) = relaxng.validate(tree, schema, "t.xml", [])
    assert "foo" in problem.message and problem.path == "/TEI/text/body/foo"
