"""RELAX NG validation: the disk cache of pruned grammars, jing-like positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED
from lxml import etree
from test_validation_pruning import GRAMMAR

from tei_tools.validation import relaxng


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
