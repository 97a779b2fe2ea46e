"""Validation: the project schema and rules, schema choice, diagnostics, and jing's verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, TeiAll, sample_rows
from lxml import etree

from tei_tools.cli import cli
from tei_tools.validation import prepare, validate_bytes, validate_file, xsd
from tei_tools.validation.formats import FORMATS
from tei_tools.validation.problems import Problem

ENCODED = sorted((REPO / "encoded").glob("*.xml"))
KIROV = REPO / "encoded" / "trotsky-1934-12-on-the-kirov-assassination.xml"
TEI = "http://www.tei-c.org/ns/1.0"


def broken(tmp_path: Path, change: str, replacement: str, source: Path = KIROV) -> Path:
    """A copy of an encoded file with one change (which must apply)."""
    text = source.read_text(encoding="utf-8")
    assert change in text
    target = tmp_path / "broken.xml"
    target.write_text(text.replace(change, replacement, 1), encoding="utf-8")
    return target


@pytest.mark.parametrize("encoded", ENCODED, ids=lambda p: p.stem)
def test_encoded_files_pass_the_project_schema_and_rules(encoded: Path) -> None:
    assert validate_file(encoded) == []


@pytest.mark.parametrize(
    ("change", "replacement", "rule", "words"),
    [
        ('target="#note-2"', 'target="#note-9"', "target-exists", "points at #note-9"),
        ('xml:id="note-2"', 'xml:id="note-1"', "unique-ids", 'xml:id="note-1" is already used'),
        ('when="1934-12-28"', 'when="1934-02-30"', "real-dates", "not a real ISO date"),
        ("<head>The Indictment</head>", "<head> </head>", "no-empty-blocks", "empty <head>"),
        ('<language ident="en">English</language>', "", "xsd", "language is not declared"),
        ("</closer>", "</closer><p>late</p>", "xsd", "Unexpected child"),
        ('<div n="1">', '<div n="0"/><div n="1">', "xsd", "an empty division"),
        ('<div type="notes">', '<div type="ads"><p>Sold here</p></div><div type="notes">', "xsd", 'type="backmatter"'),
        ('<div type="notes">', '<div type="notes"><note n="9"><p>Late</p></note></div><div type="notes">', "xsd", "at most once"),
    ],
)
def test_broken_variants_are_caught_with_a_message_that_says_what_to_fix(
        tmp_path: Path, change: str, replacement: str, rule: str, words: str) -> None:
    problems = validate_file(broken(tmp_path, change, replacement))
    assert any(p.rule == rule and words in p.message for p in problems), problems
    assert all(p.line > 0 and p.column > 0 for p in problems)


def test_project_schema_is_a_subset_of_tei_all(tmp_path: Path, tei_all: TeiAll) -> None:
    """What the project schema accepts, tei_all accepts; some TEI it rejects (it is stricter)."""
    for encoded in ENCODED:
        assert tei_all(etree.parse(str(encoded))) == []
    stricter = broken(tmp_path, ' xml:lang="en"', "")
    assert tei_all(etree.parse(str(stricter))) == []
    assert validate_file(stricter) != []
    # A heading directly over another heads a division of its own: TEI, and accepted.
    head_only = broken(tmp_path, '<div n="1">', '<div n="0"><head>To my brother</head></div><div n="1">')
    assert tei_all(etree.parse(str(head_only))) == []
    assert validate_file(head_only) == []


def test_not_well_formed_is_a_problem_with_line_and_column() -> None:
    (problem,) = validate_bytes(b"<TEI>\n  <text>\n</TEI>\n", "bad.xml")
    assert (problem.file, problem.line, problem.rule) == ("bad.xml", 3, "well-formed")
    assert problem.column > 0 and "not well-formed" in problem.message


def test_xml_model_declarations_choose_the_schema(tmp_path: Path) -> None:
    (tmp_path / "simple.rng").write_text(
        '<element name="doc" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>', encoding="utf-8")
    document = tmp_path / "doc.xml"
    document.write_text('<?xml-model href="simple.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
                        "<doc><child/></doc>\n", encoding="utf-8")
    (problem,) = validate_file(document)
    assert (problem.rule, problem.line) == ("relaxng", 2)


def test_schema_urls_resolve_to_local_copies_and_are_never_fetched(tmp_path: Path) -> None:
    document = tmp_path / "doc.xml"
    document.write_text('<?xml-model href="https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/mini.rng" '
                        'type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n<doc/>\n',
                        encoding="utf-8")
    (missing,) = validate_file(document)
    assert missing.rule == "schema-missing" and "never fetched" in missing.message
    store = tmp_path / "store"
    store.mkdir()
    (store / "mini.rng").write_text('<element name="doc" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>',
                                    encoding="utf-8")
    assert validate_file(document, schema_dirs=(store,)) == []


def test_schematron_assertions_become_problems(tmp_path: Path) -> None:
    rules = tmp_path / "rules.sch"
    rules.write_text(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>'
        '<pattern><rule context="tei:p"><assert test="string-length(.) &lt; 20">Paragraph too long</assert>'
        "</rule></pattern></schema>", encoding="utf-8")
    document = tmp_path / "doc.xml"
    document.write_text(f'<TEI xmlns="{TEI}">\n<p>short</p>\n<p>a paragraph that is far too long</p>\n</TEI>\n', encoding="utf-8")
    (problem,) = validate_file(document, schemas=(rules,))
    assert (problem.line, problem.message) == (3, "Paragraph too long")


def test_formats() -> None:
    problems = [Problem("a.xml", 3, 5, "error", "bad thing", "xsd", "/TEI/text")]
    assert FORMATS["text"](problems, ["a.xml", "b.xml"]).splitlines() == [
        "a.xml:3:5: error: bad thing [xsd] at /TEI/text", "2 file(s) checked, 1 invalid, 1 problem(s)"]
    assert json.loads(FORMATS["json"](problems, ["a.xml"]))["problems"][0]["line"] == 3
    assert FORMATS["github"](problems, ["a.xml"]) == "::error file=a.xml,line=3,col=5,title=xsd::bad thing\n"
    suite = etree.fromstring(FORMATS["junit"](problems, ["a.xml", "b.xml"]).encode())
    assert [case.get("name") for case in suite] == ["a.xml", "b.xml"] and suite[0][0].get("message") == "bad thing"


def test_cli_exit_codes_and_batches(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["validate", str(REPO / "encoded")]).exit_code == 0
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI>", encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(bad), str(KIROV)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{bad}:1:")
    assert "2 file(s) checked, 1 invalid" in result.stdout
    assert runner.invoke(cli, ["validate", str(REPO / "encoded" / "*.xml"), "--format", "github"]).exit_code == 0
    usage = runner.invoke(cli, ["validate", str(KIROV), "--schema", str(tmp_path / "x.dtd")])
    assert usage.exit_code == 2 and "unknown schema type" in usage.stderr
    stdin = runner.invoke(cli, ["validate", "-"], input=KIROV.read_bytes())
    assert stdin.exit_code == 0


@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_output_is_the_same_in_one_process_and_in_workers(tmp_path: Path, format_name: str) -> None:
    invalid = broken(tmp_path, "<p>", "<p><unknown/>")
    not_xml = tmp_path / "not-xml.xml"
    not_xml.write_text("<TEI>", encoding="utf-8")
    letter = Path(__file__).parent / "fixtures" / "export" / "letter.xml"
    files = [str(invalid), *map(str, ENCODED), str(not_xml), str(letter)]
    runner = CliRunner()
    alone = runner.invoke(cli, ["validate", "--format", format_name, "-j", "1", *files])
    workers = runner.invoke(cli, ["validate", "--format", format_name, "-j", "2", *files])
    assert alone.exit_code == workers.exit_code == 1
    assert alone.stdout_bytes == workers.stdout_bytes
    assert alone.stdout_bytes.count(b"broken.xml") >= 1


def test_unreadable_file_is_an_io_error_and_the_others_are_reported(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", "-q", str(tmp_path / "missing.xml"), str(KIROV)])
    assert result.exit_code == 2
    assert f"tei-tools: error: {tmp_path / 'missing.xml'}: cannot read" in result.stderr
    assert result.stdout == "1 file(s) checked, 0 invalid, 0 problem(s)\n"


# jing expands XInclude; tei-tools never follows includes (an include can read any local file),
# so a document built by XInclude is validated as written (docs/validation.md).
XINCLUDE = {"tei-stylesheets/Test/testxi.xml"}


def test_same_verdicts_and_first_error_lines_as_jing(shared: Path) -> None:
    rows = sample_rows()
    schema = shared / "schemas" / "tei_all.rng"
    lines_matching = invalid = 0
    for row in rows:
        problems = validate_file(shared / "tei-samples" / row["path"], schemas=(schema,))
        verdict = "no" if problems else "yes"
        if row["path"] not in XINCLUDE:
            assert verdict == row["jing_valid"], (row["path"], problems[:1])
        if row["jing_valid"] == "no":
            invalid += 1
            lines_matching += problems[0].line == int(row["first_jing_error"].split(":")[0])
    assert invalid > 20 and lines_matching / invalid >= 0.95


def test_prepare_loads_the_project_schema_once_for_a_whole_batch() -> None:
    """What a parallel batch loads before forking, its workers never load again."""
    xsd._schema.cache_clear()
    prepare()
    assert xsd._schema.cache_info().currsize == 1
    assert validate_file(KIROV) == []
    assert xsd._schema.cache_info().misses == 1
