"""tei.py: the one hardened parser and the atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hostile_corpus import SECRET, secret_files, xml_cases
from lxml import etree

from tei_tools import tei
from tei_tools.errors import TeiToolsError
from tei_tools.tei import NotWellFormed, parse, text_of, write_atomic


@pytest.fixture
def cases(tmp_path: Path) -> dict[str, bytes]:
    return {case.name: case.data for case in xml_cases(*secret_files(tmp_path))}


@pytest.mark.parametrize("name", ["xxe-local-file.xml", "xxe-network.xml", "xxe-parameter-entity.xml",
                                  "external-dtd-entity.xml"])
def test_external_entities_are_never_read(name: str, cases: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """An external entity stays a reference, as written: nothing is fetched, nothing expanded."""
    asked: list[str] = []
    resolve = tei._NothingExternal.resolve
    monkeypatch.setattr(tei._NothingExternal, "resolve", lambda self, url, *rest: asked.append(url) or resolve(self, url, *rest))
    text = text_of(parse(cases[name], name).getroot())
    assert SECRET not in text
    assert "&x;" in text or "&mdash;" in text or name == "xxe-parameter-entity.xml"
    # libxml2 asks the resolver for nothing but external DTDs, which get nothing back
    assert all(url.startswith("file:") for url in asked)


def test_entity_tricks_in_the_dtd_are_refused_in_one_line(cases: dict[str, bytes]) -> None:
    with pytest.raises(NotWellFormed, match="PEReferences forbidden") as refusal:
        parse(cases["xxe-error-exfiltration.xml"], "x.xml")
    assert str(refusal.value).startswith("x.xml:1:") and "\n" not in str(refusal.value)
    assert SECRET not in str(refusal.value)


def test_an_external_dtd_is_not_read_and_the_document_still_parses(cases: dict[str, bytes], tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("<!ENTITY mdash '-'>", encoding="utf-8")  # a DTD that would define it
    assert text_of(parse(cases["external-dtd-entity.xml"]).getroot()).endswith("a&mdash;b")
    assert text_of(parse(cases["external-dtd.xml"]).getroot()) == "TPSa"


def test_entities_are_never_expanded_but_kept_as_written(cases: dict[str, bytes]) -> None:
    assert text_of(parse(cases["internal-entity.xml"]).getroot()).endswith("&name;")


@pytest.mark.parametrize(("name", "reason"), [
    ("billion-laughs.xml", "refused: entity expansion too large (an entity bomb)"),
    ("quadratic-blowup.xml", "refused: entity expansion too large (an entity bomb)"),
    ("deep-nesting.xml", "refused: elements nested deeper than 256 levels"),
    ("huge-text-node.xml", "refused: a text node longer than 10,000,000 characters"),
])
def test_resource_attacks_are_refused_in_one_line(name: str, reason: str, cases: dict[str, bytes]) -> None:
    with pytest.raises(NotWellFormed) as refusal:
        parse(cases[name], name)
    assert refusal.value.reason == reason and refusal.value.line == 1 and refusal.value.column > 0


def test_xinclude_is_left_as_an_element(cases: dict[str, bytes]) -> None:
    root = parse(cases["xinclude-local-file.xml"]).getroot()
    assert root.find(".//{http://www.w3.org/2001/XInclude}include") is not None
    assert SECRET not in etree.tostring(root, encoding="unicode")


def test_a_file_is_named_by_its_path_and_relative_includes_keep_working(tmp_path: Path) -> None:
    (tmp_path / "bad.xml").write_bytes(b"<a><b></a>")
    with pytest.raises(NotWellFormed, match=f"^{tmp_path / 'bad.xml'}:1:"):
        parse(tmp_path / "bad.xml")
    with pytest.raises(TeiToolsError, match="cannot read"):
        parse(tmp_path / "missing.xml")
    # schemas are parsed by path: their base URL must stay the file, for their relative includes
    (tmp_path / "ok.xml").write_bytes(b"<a/>")
    assert parse(tmp_path / "ok.xml").docinfo.URL == str(tmp_path / "ok.xml")


class Interrupt(KeyboardInterrupt):
    """Ctrl-C in the middle of a write."""


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), Interrupt()], ids=["disk-full", "ctrl-c"])
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(failure: BaseException, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xml"
    target.write_bytes(b"<old/>")

    class HalfWritingFile:
        """A file that writes half of what it is given, then fails."""

        def __init__(self, handle: int, mode: str) -> None:
            self.stream = open(handle, mode)  # noqa: SIM115 - closed in __exit__

        def __enter__(self) -> HalfWritingFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> None:
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise failure

    monkeypatch.setattr(tei.os, "fdopen", HalfWritingFile)
    with pytest.raises(TeiToolsError if isinstance(failure, OSError) else type(failure)):  # (an I/O error: one message)
        write_atomic(target, b"<new>" + b"x" * 10_000 + b"</new>")
    assert target.read_bytes() == b"<old/>"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]


def test_an_interrupted_rename_leaves_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object) -> None:
        raise Interrupt()

    monkeypatch.setattr(tei.os, "replace", interrupted)
    with pytest.raises(Interrupt):
        write_atomic(tmp_path / "new.xml", b"<new/>")
    assert list(tmp_path.iterdir()) == []


def test_a_long_name_is_written_and_one_too_long_is_one_error(tmp_path: Path) -> None:
    write_atomic(tmp_path / f"{'a' * 250}.xml", b"<a/>")  # its temporary name is shorter
    assert [p.name for p in tmp_path.iterdir()] == [f"{'a' * 250}.xml"]
    with pytest.raises(TeiToolsError, match="cannot write: File name too long"):
        write_atomic(tmp_path / f"{'b' * 300}.xml", b"<b/>")
    assert [p.name for p in tmp_path.iterdir()] == [f"{'a' * 250}.xml"]


def test_written_files_get_the_usual_mode_or_keep_theirs(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.xml", b"<a/>")
        assert stat.S_IMODE((tmp_path / "a.xml").stat().st_mode) == 0o644  # mkstemp alone gives 0600
        (tmp_path / "a.xml").chmod(0o640)
        write_atomic(tmp_path / "a.xml", b"<b/>")
        assert stat.S_IMODE((tmp_path / "a.xml").stat().st_mode) == 0o640
    finally:
        os.umask(umask)
