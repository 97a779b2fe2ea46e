"""Hostile and broken input through the command line: clear errors, nothing leaked, nothing clobbered.

Each test here is a row of docs/hostile-input.md.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import REPO
from hostile_corpus import (
    MINIMAL_TEI,
    SECRET,
    schema_cases,
    text_cases,
    write_corpus,
    xml_cases,
)

from tei_tools.cli import cli
from tei_tools.errors import TeiToolsError
from tei_tools.readers.plaintext import convert_file, convert_text
from tei_tools.tei import parse
from tei_tools.validation import validate_tree
from tei_tools.writers import to_text

#: the project-schema findings a converted text may carry: metadata the text does not state
#: (the converter warns about both; it never invents a title or a date)
METADATA_GAPS = ("no creation date", "the main title (teiHeader/fileDesc/titleStmt/title) is empty")
NAMES = Path("/nowhere")
XML_CASES = {case.name: case for case in xml_cases(NAMES, NAMES)}
TEXT_CASES = {case.name: case for case in text_cases()}
SCHEMA_CASES = {case.name: case for case in schema_cases(NAMES, NAMES)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    write_corpus(folder)
    return folder


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def assert_clean(result: Result, *outputs: Path, inputs: Path | None = None) -> None:
    """No traceback, a contract exit code, no secret in any output, no empty, partial or temporary file."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.output and SECRET not in result.output
    for folder in outputs:
        for path in (path for path in folder.rglob("*") if path.is_file()):
            assert SECRET.encode() not in path.read_bytes(), path
            assert path.stat().st_size > 0, path
    if inputs is not None:  # nothing written among the inputs but what the commands were asked to
        assert not [path for path in inputs.rglob("*") if path.name.endswith(".tmp")]


@pytest.mark.parametrize("name", sorted(XML_CASES))
def test_xml_input_is_read_or_refused_in_one_line(name: str, corpus: Path, tmp_path: Path) -> None:
    case = XML_CASES[name]
    started = time.perf_counter()
    validated = run("validate", str(corpus / name))
    exported = run("export", str(corpus / name), "--to", "html", "-o", str(tmp_path))
    assert time.perf_counter() - started < 10
    for result in (validated, exported):
        assert_clean(result, tmp_path)
    if case.refusal:
        assert validated.exit_code == 1 and case.refusal in validated.output
        assert exported.exit_code == 1 and case.refusal in exported.stderr
        assert not list(tmp_path.iterdir())
    else:
        assert exported.exit_code == 0 and (tmp_path / name).with_suffix(".html").is_file()


def test_what_the_neutralised_xml_inputs_become(corpus: Path, tmp_path: Path) -> None:
    run("export", str(corpus), "--to", "text", "-o", str(tmp_path))
    assert "&name;" in (tmp_path / "internal-entity.txt").read_text()
    assert f"[not included: {(corpus / 'private' / 'secret.txt').as_uri()}]" in (tmp_path / "xinclude-local-file.txt").read_text()
    assert (tmp_path / "external-dtd.txt").is_file()
    validated = run("validate", str(corpus / "schema-is-a-secret-xsd.xml"), str(corpus / "schema-reads-a-file.xml"))
    assert "unusable XML Schema: 'settings' is not an element of the schema\n" in validated.stderr
    assert "Schematron failed (it may not read files or the network)" in validated.stderr


@pytest.mark.parametrize("name", sorted(SCHEMA_CASES))
def test_a_schema_cannot_read_local_files(name: str, corpus: Path) -> None:
    document = corpus / "minimal.xml"
    document.write_text(MINIMAL_TEI.format("a"), encoding="utf-8")
    result = run("validate", "--schema", str(corpus / name), str(document))
    assert_clean(result)
    # A problem found (1), or a schema that cannot serve at all (2): never a file's content.
    assert result.exit_code in (1, 2) and SCHEMA_CASES[name].refusal in result.output


@pytest.mark.parametrize("name", sorted(TEXT_CASES))
def test_plain_text_gives_valid_tei_or_one_error_line(name: str, corpus: Path, tmp_path: Path) -> None:
    case = TEXT_CASES[name]
    result = run("convert", str(corpus / name), "-o", str(tmp_path))
    assert_clean(result, tmp_path)
    if case.refusal:
        assert result.exit_code == 1 and case.refusal in result.stderr
        assert result.stderr.count("tei-tools: error:") == 1 and not list(tmp_path.iterdir())
        return
    assert result.exit_code == 0, result.output
    tree = parse(tmp_path / f"{Path(name).stem}.xml")
    assert all(p.message.startswith(METADATA_GAPS) for p in validate_tree(tree))
    assert to_text(tree).strip()


@pytest.mark.parametrize(("name", "words", "encoding"), [
    ("utf-16le-no-bom.txt", "élèves étaient déjà", "UTF-16LE (no byte-order mark"),
    ("utf-16be-no-bom.txt", "这是中文文本的一个段落", "UTF-16BE (no byte-order mark"),
    ("utf-16le-bom.txt", "Καλημέρα κόσμε", "UTF-16LE (its byte-order mark removed)"),
    ("utf-32le-bom.txt", "élèves étaient déjà", "UTF-32LE (its byte-order mark removed)"),
    ("windows-1252.txt", "d’une naïve façon — « guillemets » et “quotes”…", "Windows-1252"),
    ("latin-1.txt", "À la française : « guillemets », ± ¼ ÿ.", "ISO-8859-1 (Latin-1)"),
    ("damaged-utf-8.txt", "שלום עולם", "UTF-8 (2 invalid byte(s) replaced by U+FFFD)"),
    ("cr.txt", "Les élèves", None),
    ("hebrew-arabic.txt", "مرحبا بالعالم", None),
])
def test_encodings_are_detected_and_named(name: str, words: str, encoding: str | None, corpus: Path) -> None:
    conversion = convert_file(corpus / name)
    assert words in to_text(conversion.tree)
    decoded = [entry.text for entry in conversion.report.recognised if entry.reason == "normalised: decoded"]
    assert [name[: len(encoding)] for name in decoded] == ([encoding] if encoding else [])


def test_forbidden_characters_are_removed_and_reported(corpus: Path) -> None:
    conversion = convert_file(corpus / "control-characters.txt")
    assert [(e.line, e.text) for e in conversion.report.removed] == [(3, "U+000C"), (5, "U+0001"), (5, "U+001B"), (5, "U+001B")]
    assert "Page two with [1mescapes[0m." in to_text(conversion.tree)


def test_a_text_of_header_lines_only_is_refused_and_one_paragraph_is_its_own_text() -> None:
    with pytest.raises(TeiToolsError, match="only header lines and no text: nothing to encode"):
        convert_text("Written: May 1, 1931\n", "dated.txt")  # its file name is no text to encode either
    conversion = convert_text("Hello world, a text of one paragraph.\n", "one.txt")
    body = conversion.tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}body")
    assert [p.text for p in body] == ["Hello world, a text of one paragraph."]
    assert all(p.message.startswith(METADATA_GAPS) for p in validate_tree(conversion.tree))


def test_an_undetected_language_is_declared_undetermined(corpus: Path) -> None:
    root = convert_file(corpus / "cjk.txt").tree.getroot()
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "und"


def test_encoding_option(corpus: Path, tmp_path: Path) -> None:
    source = tmp_path / "russian.txt"
    source.write_bytes("Письмо\n\nЭто текст в кодировке KOI8-R.\n".encode("koi8-r"))
    assert run("convert", str(source), "--encoding", "koi8-r").exit_code == 0
    assert "Это текст в кодировке KOI8-R." in to_text(parse(tmp_path / "russian.xml"))
    for unknown in ("klingon", "base64"):
        usage = run("convert", str(source), "--encoding", unknown)
        assert usage.exit_code == 2 and f"unknown text encoding '{unknown}'" in usage.stderr
    wrong = run("convert", str(corpus / "latin-1.txt"), "--encoding", "utf-8", "-o", str(tmp_path / "out"))
    assert wrong.exit_code == 1 and "not utf-8: byte 0xE9 at offset 3 cannot be decoded (try another --encoding)" in wrong.stderr


def test_a_long_text_converts_in_linear_time(tmp_path: Path) -> None:
    """20,000 paragraphs (5 MB) took 327 s when a division's children were listed for every paragraph."""
    source = tmp_path / "long.txt"
    source.write_text("Title\n\n" + "\n\n".join(f"Paragraph {i}. " + "Some words in a sentence. " * 8 for i in range(20_000)))
    started = time.perf_counter()
    conversion = convert_file(source)
    assert time.perf_counter() - started < 10
    assert len(conversion.tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}p")) == 20_000


@pytest.mark.parametrize("command", [["convert"], ["export", "--to", "html"], ["export", "--to", "text"], ["validate"]])
def test_every_command_goes_on_past_a_bad_file_and_names_every_failure(command: list[str], tmp_path: Path) -> None:
    suffix = ".txt" if command == ["convert"] else ".xml"
    good = tmp_path / f"good{suffix}"
    good.write_bytes(b"Title\n\nText.\n" if suffix == ".txt" else (REPO / "tests/fixtures/export/letter.xml").read_bytes())
    broken = tmp_path / f"broken{suffix}"
    broken.write_bytes(b"\x00\x01binary" if suffix == ".txt" else b"<TEI><unclosed></TEI>")
    missing = tmp_path / f"missing{suffix}"
    result = run(*command, str(broken), str(missing), str(good))
    assert_clean(result, tmp_path)
    # validate: 1 says "invalid"; a file it could not read gets no verdict, an I/O error (2).
    assert result.exit_code == (2 if command == ["validate"] else 1)
    if command == ["validate"]:
        assert "broken.xml:1:" in result.output and "1 of 3 failed" in result.stderr
        assert "2 file(s) checked" in result.output
    else:
        assert "2 of 3 failed" in result.stderr and len([p for p in tmp_path.iterdir() if p.stem == "good"]) == 2


def test_build_goes_on_past_a_bad_source(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "bad.txt").write_bytes(b"\x00binary")
    (tmp_path / "sources" / "good.txt").write_text("Title\n\nText.\n")
    result = run("build", "--sources", str(tmp_path / "sources"), "--encoded", str(tmp_path / "encoded"),
                 "--archive", str(tmp_path / "archive"))
    assert_clean(result, tmp_path)
    assert result.exit_code == 1 and "1 of 2 failed" in result.stderr
    assert (tmp_path / "encoded" / "good.xml").is_file()


def test_every_command_over_the_whole_corpus(corpus: Path, tmp_path: Path) -> None:
    """The issue's test of done: no traceback, contract exit codes, no partial file, nothing leaked."""
    out = tmp_path / "out"
    runs = [
        run("convert", str(corpus), "-o", str(out / "tei"), "--report-dir", str(out / "reports")),
        run("validate", str(corpus)),
        run("validate", str(out / "tei")),
        run("export", str(corpus), "--to", "html", "-o", str(out / "html")),
        run("export", str(corpus), "--to", "text", "-o", str(out / "text")),
    ]
    schema_runs = [run("validate", "--schema", str(corpus / name), str(corpus / "internal-entity.xml"))
                   for name in SCHEMA_CASES]
    # Every batch holds something refused or invalid (1); validate's corpus also holds documents
    # naming schemas that cannot serve (2).
    for result in [*runs, *schema_runs]:
        assert_clean(result, out, inputs=corpus)
        assert result.exit_code in (1, 2), result.output
    exported = run("export", str(out / "tei"), "--to", "html", "-o", str(out / "html-of-converted"))
    assert_clean(exported, out)
    assert exported.exit_code == 0
    converted = sorted(p.name for p in (out / "tei").glob("*.xml"))
    assert converted == sorted(f"{Path(c.name).stem}.xml" for c in TEXT_CASES.values() if not c.refusal)
    for path in (out / "tei").glob("*.xml"):
        parse(path)  # every written TEI file is whole
