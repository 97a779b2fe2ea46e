"""Shared test fixtures: where the repository and ../shared are."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from tei_tools.tei import content

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SOURCES = sorted((REPO / "sources").glob("*.txt"))
WORD = re.compile(r"\w+")


def texts(element: etree._Element) -> Iterator[str]:
    """Every text node below ``element``, in document order (comments and PIs skipped)."""
    for item in content(element):
        if isinstance(item, str):
            yield item
        elif isinstance(item.tag, str):
            yield from texts(item)


def words(text: str) -> Counter[str]:
    """The words of ``text`` with their counts."""
    return Counter(WORD.findall(text))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder beside the repository (skips the test where it is absent)."""
    if not SHARED.is_dir():
        pytest.skip(f"needs {SHARED} (the shared schemas and samples), which is absent here")
    return SHARED


@pytest.fixture(scope="session")
def tei_all(shared: Path) -> etree.RelaxNG:
    """The official tei_all.rng, compiled once per test session (libxml2 needs about 20 s)."""
    path = shared / "schemas" / "tei_all.rng"
    if not path.is_file():
        pytest.skip(f"needs {path}, which is absent here")
    return etree.RelaxNG(etree.parse(str(path)))
