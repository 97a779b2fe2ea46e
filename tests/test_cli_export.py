"""``tei-tools export``: files, directories and stdin to HTML or plain text."""

import shutil
from pathlib import Path

from click.testing import CliRunner

from tei_tools.cli import cli

LETTER = Path(__file__).parent / "fixtures" / "export" / "letter.xml"


def run(*arguments: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, ["export", *arguments], input=stdin)


def test_file_to_html_in_output_dir(tmp_path):
    result = run(str(LETTER), "--to", "html", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    page = (tmp_path / "letter.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "On the Harbour Ferries" in page
    assert f"-> {tmp_path / 'letter.html'}" in result.stderr


def test_directory_to_text_beside_the_sources(tmp_path):
    shutil.copy(LETTER, tmp_path / "a.xml")
    shutil.copy(LETTER, tmp_path / "b.xml")
    (tmp_path / "notes.txt").write_text("not TEI")
    result = run(str(tmp_path), "--to", "text")
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in tmp_path.glob("*.txt")) == ["a.txt", "b.txt", "notes.txt"]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8").startswith("On the Harbour Ferries\n")


def test_stdin_to_stdout_with_width():
    result = run("-", "--to", "text", "--width", "30", stdin=LETTER.read_bytes())
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("On the Harbour Ferries\n")
    assert max(len(line) for line in result.stdout.splitlines()) <= 30


def test_width_is_for_text_only():
    result = run(str(LETTER), "--to", "html", "--width", "30")
    assert result.exit_code == 2
    assert "--width applies to --to text only" in result.output


def test_unknown_format_is_a_usage_error():
    assert run(str(LETTER), "--to", "pdf").exit_code == 2


def test_broken_xml_is_one_error_line(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI><text></TEI>")
    good = tmp_path / "good.xml"
    good.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Fine.</p></body></text></TEI>')
    result = run(str(broken), str(good), "--to", "html", "-o", str(tmp_path / "out"))
    assert result.exit_code == 1  # the batch goes on past the bad file, then reports the failure
    assert result.stderr.startswith(f"tei-tools: error: {broken}:1:")
    assert "1 of 2 failed" in result.stderr
    assert not (tmp_path / "out" / "broken.html").exists()
    assert (tmp_path / "out" / "good.html").exists()
