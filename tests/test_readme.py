"""The Python API examples of the README run as shown."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO

from tei_tools.validation import validate_tree


def test_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    examples = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.DOTALL)
    assert len(examples) == 3
    shutil.copytree(REPO / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    names: dict[str, object] = {}
    for example in examples:
        exec(compile(example, "README.md", "exec"), names)  # noqa: S102 (our own README)
    assert validate_tree(names["conversion"].tree) == []  # type: ignore[attr-defined]
    assert str(names["errors"][0]).startswith("letter.xml:2:1: error: no creation date")  # type: ignore[index]
    assert str(names["html"]).startswith("<!DOCTYPE html>") and names["title"] == "A Letter"
    assert str(names["text"]).startswith("A Letter\n")
