"""Shared test fixtures: where the repository and ../shared are."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lxml import etree

from tei_tools.tei import content
from tei_tools.validation import Problem, validate_tree

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SOURCES = sorted((REPO / "sources").glob("*.txt"))
WORD = re.compile(r"\w+")
TeiAll = Callable[[etree._ElementTree], list[Problem]]


SAMPLES = SHARED / "tei-samples"


def sample_rows() -> list[dict[str, str]]:
    """The rows of ../shared/tei-samples/manifest.tsv (path, jing_valid, well_formed...), [] where absent."""
    manifest = SAMPLES / "manifest.tsv"
    if not manifest.is_file():
        return []
    with open(manifest, encoding="utf-8") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


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


@pytest.fixture(scope="session", autouse=True)
def grammar_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Pruned grammars go to a temporary cache, not the user's ~/.cache."""
    folder = tmp_path_factory.mktemp("tei-tools-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TEI_TOOLS_CACHE", str(folder))
        yield folder


@pytest.fixture(scope="session")
def tei_all(shared: Path) -> TeiAll:
    """A check against the official tei_all.rng (P5 4.11.0): returns the problems of a tree.

    It goes through tei-tools' own RELAX NG validation, whose verdicts match
    jing's on the samples (tests/test_validation.py).
    """
    path = shared / "schemas" / "tei_all.rng"
    if not path.is_file():
        pytest.skip(f"needs {path}, which is absent here")
    return lambda tree: validate_tree(tree, schemas=(path,))
