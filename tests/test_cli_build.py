"""`tei-tools build`: encoded/ reproduced, up-to-date sources skipped, hand edits kept, the archive."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import REPO, SOURCES
from lxml import etree

from tei_tools.cli import cli
from tei_tools.manifest import MANIFEST_NAME
from tei_tools.writers.metadata import DC_NS, OAI_DC_NS

KIROV = "trotsky-1934-12-on-the-kirov-assassination"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the sources, as the current directory."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    shutil.copytree(REPO / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def build(*options: str) -> Result:
    return CliRunner().invoke(cli, ["build", *options])


def test_build_reproduces_encoded_and_its_manifest(project: Path) -> None:
    result = build("-j", "2")
    assert result.exit_code == 0, result.output
    for source in SOURCES:
        assert (project / "encoded" / f"{source.stem}.xml").read_bytes() == (REPO / "encoded" / f"{source.stem}.xml").read_bytes()
    assert (project / "encoded" / MANIFEST_NAME).read_bytes() == (REPO / "encoded" / MANIFEST_NAME).read_bytes()
    assert "tei-tools: convert: 5 files in " in result.stderr and ": 5 converted, 0 failed" in result.stderr
    assert "tei-tools: built archive/index.html: 5 of 5 works (5 converted, 0 up to date, 0 failed)" in result.stderr


def test_second_build_skips_what_is_up_to_date(project: Path) -> None:
    assert build().exit_code == 0
    again = build("-j", "1")
    assert again.exit_code == 0, again.output
    assert ": 5 up to date, 0 failed" in again.stderr and " -> encoded/" not in again.stderr


def test_hand_edited_file_is_kept_unless_forced(project: Path) -> None:
    assert build("-q").exit_code == 0
    edited = project / "encoded" / f"{KIROV}.xml"
    edited.write_bytes(edited.read_bytes().replace(b"Kirov", b"Kirov (edited)", 1))
    kept = build("-q")
    assert kept.exit_code == 1
    assert f"tei-tools: error: encoded/{KIROV}.xml: changed since tei-tools wrote it" in kept.stderr
    assert b"Kirov (edited)" in edited.read_bytes()
    forced = build("-q", "--force")
    assert forced.exit_code == 0, forced.output
    assert edited.read_bytes() == (REPO / "encoded" / f"{KIROV}.xml").read_bytes()


def test_unrecorded_different_file_is_not_clobbered(project: Path) -> None:
    (project / "encoded").mkdir()
    mine = project / "encoded" / f"{KIROV}.xml"
    mine.write_text("<TEI>mine</TEI>", encoding="utf-8")
    result = build("-q")
    assert result.exit_code == 1
    assert "tei-tools has no record of writing it" in result.stderr
    assert mine.read_text(encoding="utf-8") == "<TEI>mine</TEI>"
    assert f"{KIROV}.xml: invalid TEI, left out of the archive" in result.stderr


def test_a_malformed_file_in_encoded_is_reported_and_left_out_of_the_archive(project: Path) -> None:
    (project / "encoded").mkdir()
    (project / "encoded" / f"{KIROV}.xml").write_text("<TEI>mine", encoding="utf-8")
    result = build("-q")
    assert result.exit_code == 1
    assert f"{KIROV}.xml:1:" in result.stderr and "not well-formed XML" in result.stderr
    assert f"{KIROV}.xml: invalid TEI, left out of the archive" in result.stderr
    assert not (project / "archive" / f"{KIROV}.html").exists()


def test_archive_has_every_work_in_every_format(project: Path) -> None:
    assert build("-q").exit_code == 0
    archive = project / "archive"
    for source in SOURCES:
        for suffix in (".html", ".txt", ".xml", ".json", ".dc.xml"):
            assert (archive / f"{source.stem}{suffix}").is_file(), suffix
    assert (archive / f"{KIROV}.xml").read_bytes() == (REPO / "encoded" / f"{KIROV}.xml").read_bytes()
    metadata = json.loads((archive / f"{KIROV}.json").read_text(encoding="utf-8"))
    assert (metadata["title"], metadata["authors"], metadata["date"]) == ("On the Kirov Assassination", ["Leon Trotsky"], "1934-12")
    record = etree.parse(str(archive / f"{KIROV}.dc.xml")).getroot()
    assert record.tag == f"{{{OAI_DC_NS}}}dc"
    assert record.findtext(f"{{{DC_NS}}}title") == "On the Kirov Assassination"
    index = (archive / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr>") == 1 + len(SOURCES)
    assert f'href="{KIROV}.dc.xml"' in index


def test_quiet_build_prints_only_warnings(project: Path) -> None:
    result = build("-q")
    assert result.exit_code == 0
    assert all(": warning: " in line for line in result.stderr.splitlines())


def test_build_without_sources_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = build()
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("tei-tools: error: sources: no .txt sources found")
