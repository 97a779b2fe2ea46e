"""The record of generated files: up to date, edited by hand, reproducible."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_tools import __version__, manifest
from tei_tools.errors import TeiToolsError


def test_inputs_name_the_source_its_sidecar_and_the_version(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    assert manifest.inputs_of(source, b"text") == {
        "source": "a.txt", "source_sha256": manifest.sha256(b"text"), "tei_tools": __version__}
    (tmp_path / "a.toml").write_bytes(b"title = 'A'\n")
    assert manifest.inputs_of(source, b"text")["sidecar_sha256"] == manifest.sha256(b"title = 'A'\n")


def test_up_to_date_needs_the_same_inputs_and_the_output_as_written(tmp_path: Path) -> None:
    inputs = manifest.inputs_of(tmp_path / "a.txt", b"text")
    recorded = {**inputs, "output_sha256": manifest.sha256(b"<TEI/>")}
    assert manifest.is_up_to_date(inputs, recorded, b"<TEI/>")
    assert not manifest.is_up_to_date(inputs, recorded, b"<TEI>edited</TEI>")
    assert not manifest.is_up_to_date(inputs, recorded, None)
    assert not manifest.is_up_to_date(inputs, None, b"<TEI/>")
    assert not manifest.is_up_to_date({**inputs, "source_sha256": "0"}, recorded, b"<TEI/>")
    assert not manifest.is_up_to_date({**inputs, "tei_tools": "0.0"}, recorded, b"<TEI/>")


def test_an_output_edited_or_unknown_is_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "a.xml"
    recorded = {"output_sha256": manifest.sha256(b"old")}
    manifest.check_overwrite(target, recorded, b"old", b"new", force=False)  # as generated: replaced
    manifest.check_overwrite(target, None, None, b"new", force=False)  # absent
    manifest.check_overwrite(target, None, b"new", b"new", force=False)  # identical
    with pytest.raises(TeiToolsError, match="changed since tei-tools wrote it"):
        manifest.check_overwrite(target, recorded, b"edited", b"new", force=False)
    with pytest.raises(TeiToolsError, match="no record of writing it"):
        manifest.check_overwrite(target, None, b"someone's", b"new", force=False)
    manifest.check_overwrite(target, recorded, b"edited", b"new", force=True)


def test_saved_manifest_is_sorted_and_reads_back(tmp_path: Path) -> None:
    entries = {"b.xml": {"source": "b.txt", "output_sha256": "2"}, "a.xml": {"source": "a.txt", "output_sha256": "1"}}
    manifest.save(tmp_path, entries)
    text = (tmp_path / manifest.MANIFEST_NAME).read_text(encoding="utf-8")
    assert text.index('"a.xml"') < text.index('"b.xml"') and text.index('"output_sha256"') < text.index('"source"')
    assert manifest.load(tmp_path) == entries
    assert manifest.load(tmp_path / "nowhere") == {}
    (tmp_path / manifest.MANIFEST_NAME).write_text("{", encoding="utf-8")
    with pytest.raises(TeiToolsError, match="unreadable record of generated files"):
        manifest.load(tmp_path)
