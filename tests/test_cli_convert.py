"""`tei-tools convert` through click's CliRunner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from tei_tools.cli import cli
from tei_tools.tei import parse

LETTER = "Letter to a Friend, May 2, 1931\n\nDear friend,\n\nThe weather is fine here.[1]\n\nL. T.\n\nNotes\n\n1. It rained later.\n"


def test_convert_writes_one_tei_file_per_source(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nSome text.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".tei-tools.json", "a.xml", "b.xml"]
    assert parse(tmp_path / "out" / "a.xml").getroot().tag == "{http://www.tei-c.org/ns/1.0}TEI"


def test_convert_skips_what_is_up_to_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LETTER, encoding="utf-8")
    first = CliRunner().invoke(cli, ["convert", str(tmp_path / "a.txt")])
    assert first.exit_code == 0 and ": 1 converted, 0 failed" in first.stderr
    again = CliRunner().invoke(cli, ["convert", str(tmp_path / "a.txt")])
    assert again.exit_code == 0 and ": 1 up to date, 0 failed" in again.stderr
    assert "warning" not in again.stderr and " -> " not in again.stderr


def test_convert_reads_stdin_and_writes_stdout() -> None:
    result = CliRunner().invoke(cli, ["convert", "-"], input=LETTER.encode())
    assert result.exit_code == 0
    assert result.stdout.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<TEI ")
    assert '<ref type="noteref" target="#note-1" xml:id="noteref-1">1</ref>' in result.stdout


def test_convert_writes_reports_and_prints_warnings(tmp_path: Path) -> None:
    source = tmp_path / "w.txt"
    source.write_text("Title\n\nText with a marker.[7]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source), "--report-dir", str(tmp_path / "reports")])
    assert result.exit_code == 0
    assert f"{source}:3: warning: note marker without a note (kept as text): [7]" in result.stderr
    assert '"reason": "note marker without a note (kept as text)"' in (tmp_path / "reports" / "w.report.json").read_text()


def test_a_report_named_too_long_to_write_is_one_error_line(tmp_path: Path) -> None:
    fits, too_long = tmp_path / f"{'a' * 240}.txt", tmp_path / f"{'b' * 248}.txt"  # (".report.json" makes it 260 bytes)
    for source in (fits, too_long):
        source.write_text("Title\n\nText.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(fits), str(too_long), "--report-dir", str(tmp_path / "r"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1  # one file of the batch failed
    assert (tmp_path / "r" / f"{'a' * 240}.report.json").is_file()
    assert f"{'b' * 248}.report.json: cannot write: File name too long" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_a_bad_file_is_one_error_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["convert", str(tmp_path / "empty.txt"), str(missing), str(tmp_path / "good.txt")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"tei-tools: error: {tmp_path / 'empty.txt'}: the file is empty" in result.stderr
    assert f"tei-tools: error: {missing}: cannot read" in result.stderr
    assert (tmp_path / "good.xml").exists() and not (tmp_path / "empty.xml").exists()
    assert "2 of 3 failed" in result.stderr


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run([sys.executable, "-m", "tei_tools", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("tei-tools, version ")


def test_convert_prints_a_text_or_json_report(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("Leon Trotsky\n\nA Title\n\nWritten: 1930\n\nText with a marker.[7]\n\nJump to navigation\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source), "--report", "text"])
    assert result.exit_code == 0, result.output
    assert f"{source}: profile: archive" in result.stderr
    assert f"{source}:5: recognised: preamble: field: Written: 1930" in result.stderr
    assert f"{source}:9: removed: wiki page chrome: Jump to navigation" in result.stderr
    assert f"{source}:7: warning: note marker without a note (kept as text): [7]" in result.stderr
    result = CliRunner().invoke(cli, ["convert", str(source), "--report", "text", "--report-dir", str(tmp_path / "r")])
    assert (tmp_path / "r" / "r.report.txt").read_text().startswith(f"{source}: profile: archive\n")
    result = CliRunner().invoke(cli, ["convert", str(source), "--report", "json"])
    assert '"profile": "archive"' in result.stderr


def test_convert_takes_a_profile_and_meta_fields(tmp_path: Path) -> None:
    source = tmp_path / "m.txt"
    source.write_text("Notes from a Journey\n\nWritten: 1930\n\nText of it.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source), "--profile", "prose", "--report", "text", "--meta", "title=Given",
                                      "--meta", "author=A. Writer <wikidata:Q1>", "--meta", "date=1930-01"])
    assert result.exit_code == 0, result.output
    xml = (tmp_path / "m.xml").read_text(encoding="utf-8")
    assert '<title type="main">Given</title>' in xml and '<persName ref="https://www.wikidata.org/entity/Q1">A. Writer</persName>' in xml
    assert '>Written: 1930<' in xml and 'when="1930-01"' in xml  # prose reads no header fields: --meta dates it
    assert f"{source}:1: removed: title replaced by the given metadata: Notes from a Journey" in result.stderr


def test_bad_profile_and_meta_are_usage_errors(tmp_path: Path) -> None:
    source = tmp_path / "m.txt"
    source.write_text("Title\n\nText.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source), "--profile", "novel"])
    assert result.exit_code == 2 and "'novel' is not one of auto, gutenberg, muse, archive, web, prose" in result.stderr
    result = CliRunner().invoke(cli, ["convert", str(source), "--meta", "colour=red"])
    assert result.exit_code == 2 and result.stderr.strip() == (
        "tei-tools: error: --meta: unknown key 'colour' (known keys: title, subtitle, author, translator, editor, "
        "date, published, source, publisher, licence, language)")
    (tmp_path / "m.toml").write_text('date = "someday"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source)])
    assert result.exit_code == 1 and f"tei-tools: error: {tmp_path / 'm.toml'}: date 'someday' is not a real date" in result.stderr


def test_other_options_convert_again_although_the_source_is_unchanged(tmp_path: Path) -> None:
    """--profile and --meta change the output, so the manifest records them."""
    source = tmp_path / "o.txt"
    source.write_text("Notes from a Journey\n\nWritten: 1930\n\nText of it.\n", encoding="utf-8")
    assert "1 converted" in CliRunner().invoke(cli, ["convert", str(source), "-j", "1"]).stderr
    assert "1 up to date" in CliRunner().invoke(cli, ["convert", str(source), "-j", "1"]).stderr
    result = CliRunner().invoke(cli, ["convert", str(source), "-j", "1", "--meta", "date=1931"])
    assert result.exit_code == 0 and "1 converted" in result.stderr
    assert 'when="1931"' in (tmp_path / "o.xml").read_text(encoding="utf-8")
    assert "1 up to date" in CliRunner().invoke(cli, ["convert", str(source), "-j", "1", "--meta", "date=1931"]).stderr


def test_convert_never_overwrites_a_hand_edited_file_unless_forced(tmp_path: Path) -> None:
    source = tmp_path / "e.txt"
    source.write_text("A Title\n\nWritten: 1930\n\nText of it.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["convert", str(source), "-j", "1"]).exit_code == 0
    target = tmp_path / "e.xml"
    edited = target.read_text(encoding="utf-8").replace("Text of it.", "Text of it, corrected by hand.")
    target.write_text(edited, encoding="utf-8")
    source.write_text("A Title\n\nWritten: 1930\n\nText of it, changed.\n", encoding="utf-8")
    refused = CliRunner().invoke(cli, ["convert", str(source), "-j", "1"])
    assert refused.exit_code == 1 and "changed since tei-tools wrote it" in refused.stderr
    assert target.read_text(encoding="utf-8") == edited
    forced = CliRunner().invoke(cli, ["convert", str(source), "-j", "1", "--force"])
    assert forced.exit_code == 0 and "Text of it, changed." in target.read_text(encoding="utf-8")
