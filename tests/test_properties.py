"""Property-based tests (hypothesis): any text converts to valid TEI that keeps every word;
mutated TEI never crashes or hangs validate or export.

Derandomized and database-free, so a run is the same everywhere (CI included).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, SAMPLES, SOURCES, words
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli_hostile import METADATA_GAPS

from tei_tools.errors import TeiToolsError
from tei_tools.readers.plaintext import clean, convert_bytes
from tei_tools.readers.report import Report
from tei_tools.tei import parse, to_bytes
from tei_tools.validation import validate_bytes
from tei_tools.writers import WRITERS, to_text

PROPERTIES = settings(derandomize=True, database=None, deadline=None, max_examples=60,
                      suppress_health_check=[HealthCheck.too_slow])

# Lines like those of real sources, so the converter's patterns (heads, notes, dates, closers) are met too.
SOURCE_LINES = [line for source in SOURCES[:2] for line in source.read_text(encoding="utf-8").splitlines()[:60]]
line = st.one_of(
    st.text(max_size=80),
    st.sampled_from(SOURCE_LINES),
    st.sampled_from(["", "", "Notes", "[1]", "1. A note.", "Written: May 1, 1931", "CHAPTER I", "L. T.", "\f", "\r"]),
)
plain_text = st.lists(line, max_size=30).map("\n".join)


@PROPERTIES
@given(plain_text, st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_any_text_converts_to_valid_tei_that_keeps_every_word(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    try:
        conversion = convert_bytes(data, "any.txt")
    except TeiToolsError as error:
        assert any(reason in str(error) for reason in ("empty", "binary", "only header lines"))
        return
    written = to_bytes(conversion.tree)
    assert all(p.message.startswith(METADATA_GAPS) for p in validate_bytes(written, "any.xml"))
    exported = words(to_text(parse(written)))
    for entry in conversion.report.removed:
        exported.update(words(entry.text))
    source = words(clean(data.decode(encoding, errors="replace").removeprefix("\ufeff"), Report("any")))
    # Distinct words: a header field given twice is encoded once (preamble.py keeps the first).
    assert set(source) - set(exported) == set()


def _tei_files() -> list[Path]:
    ours = [REPO / "tests" / "fixtures" / "export" / "letter.xml", *sorted((REPO / "encoded").glob("*.xml"))[:2]]
    theirs = sorted(SAMPLES.glob("*/**/*.xml"))[::15] if SAMPLES.is_dir() else []
    return ours + [path for path in theirs if path.stat().st_size < 200_000]


TEI_FILES = {path.name: path.read_bytes() for path in _tei_files()}
SNIPPETS = [b"<", b">", b"&", b"&amp", b"]]>", b"<!--", b"</TEI>", b"<p>", b"<note>", b'xml:id="x"', b"\x00", b"\xff",
            b'<!DOCTYPE TEI [<!ENTITY a "&a;">]>', b"<?xml-model href='nowhere.rng'?>", b"<!ENTITY x SYSTEM 'file:///etc/passwd'>"]


@st.composite
def mutated_tei(draw: st.DrawFn) -> bytes:
    """A real TEI file with a few bytes cut, duplicated or replaced by markup fragments."""
    data = bytearray(TEI_FILES[draw(st.sampled_from(sorted(TEI_FILES)))])
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data)))
        end = min(len(data), start + draw(st.integers(0, 200)))
        data[start:end] = draw(st.sampled_from([b"", bytes(data[start:end]) * 2, *SNIPPETS]))
    return bytes(data)


def test_the_mutated_files_include_real_samples_where_present() -> None:
    if not SAMPLES.is_dir():
        pytest.skip(f"needs {SAMPLES}, which is absent here: only the repository's own TEI files are mutated")
    assert len(TEI_FILES) > 3


@PROPERTIES
@given(mutated_tei())
def test_mutated_tei_never_crashes_validate_or_export(data: bytes) -> None:
    problems = validate_bytes(data, "mutated.xml")
    assert all(problem.file == "mutated.xml" for problem in problems)
    try:
        tree = parse(data)
    except TeiToolsError:
        assert any(problem.rule == "well-formed" for problem in problems)
        return
    for write in WRITERS.values():
        assert isinstance(write(tree), str)
